"""The claim contract between the crawler and the graph: one statement read on one page.

Direction: the subject is the student / candidate / member, the object is the advisor /
jury member / organisation.  ``coauthor`` is unordered.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, fields
from enum import StrEnum


class UnreadableDocument(ValueError):
    """What a reader raises instead of claims when no reader can open the document (a
    corrupt or encrypted PDF): the caller records why, one line, and goes on.  (Here, with
    the claims, so the crawl can tell it apart without loading the extraction library.)"""


class Family(StrEnum):
    """Relation families, as scored by ``shared/eval/score.py``."""

    SUPERVISION = "supervision"
    JURY = "jury"
    COLLABORATION = "collaboration"
    ORGANISATION = "organisation"


class Relation(StrEnum):
    """Every relation a claim may state (see DESIGN.md, the claim contract)."""

    ADVISOR_PHD = "advisor_phd"
    ADVISOR_POSTDOC = "advisor_postdoc"
    ADVISOR_INTERNSHIP = "advisor_internship"
    ADVISOR_OTHER = "advisor_other"
    JURY_REVIEWER = "jury_reviewer"
    JURY_EXAMINER = "jury_examiner"
    JURY_PRESIDENT = "jury_president"
    JURY_MEMBER = "jury_member"
    COAUTHOR = "coauthor"
    EMPLOYED_AT = "employed_at"
    STUDIED_AT = "studied_at"
    MEMBER_OF = "member_of"
    PART_OF = "part_of"

    @property
    def family(self) -> Family:
        if self.value.startswith("advisor_"):
            return Family.SUPERVISION
        if self.value.startswith("jury_"):
            return Family.JURY
        if self is Relation.COAUTHOR:
            return Family.COLLABORATION
        return Family.ORGANISATION

    @property
    def symmetric(self) -> bool:
        return self is Relation.COAUTHOR

    @property
    def object_kind(self) -> EntityKind:
        """The kind of entity the object of this relation is."""
        if self.family is Family.ORGANISATION:
            return EntityKind.ORGANISATION
        return EntityKind.PERSON

    @property
    def subject_kind(self) -> EntityKind:
        return EntityKind.ORGANISATION if self is Relation.PART_OF else EntityKind.PERSON


class EntityKind(StrEnum):
    PERSON = "person"
    ORGANISATION = "organisation"


CLAIM_FIELDS = (
    "subject",
    "subject_kind",
    "relation",
    "object",
    "object_kind",
    "start",
    "end",
    "source",
    "evidence",
    "confidence",
    "extractor",
)


@dataclass(frozen=True, slots=True, init=False)
class Claim:
    """One statement read on one page, with the evidence that states it."""

    subject: str
    relation: Relation
    object: str
    source: str
    evidence: str
    extractor: str
    confidence: float = 0.8
    start: int | None = None
    end: int | None = None
    subject_kind: EntityKind | None = None
    object_kind: EntityKind | None = None

    def __init__(
        self,
        subject: str,
        relation: Relation | str,
        object: str,
        source: str,
        evidence: str,
        extractor: str,
        confidence: float = 0.8,
        start: int | None = None,
        end: int | None = None,
        subject_kind: EntityKind | str | None = None,
        object_kind: EntityKind | str | None = None,
    ) -> None:
        # Hand-written rather than generated: pages make claims by the hundred, and the
        # frozen dataclass __init__ (a named object.__setattr__ per field, then a
        # __post_init__ call) costs twice as much as setting the slots directly.
        # Enums are normalised so that claims built from plain strings compare equal;
        # values that are already enums are left alone.
        if type(relation) is not Relation:
            relation = _relation(relation)
        if type(subject_kind) is not EntityKind:
            subject_kind = _kind(subject_kind) if subject_kind else _SUBJECT_KIND[relation]
        if type(object_kind) is not EntityKind:
            object_kind = _kind(object_kind) if object_kind else _OBJECT_KIND[relation]
        if not 0.0 <= confidence <= 1.0:
            raise ValueError(f"confidence out of [0, 1]: {confidence}")
        _set_subject(self, subject)
        _set_relation(self, relation)
        _set_object(self, object)
        _set_source(self, source)
        _set_evidence(self, evidence)
        _set_extractor(self, extractor)
        _set_confidence(self, confidence)
        _set_start(self, start)
        _set_end(self, end)
        _set_subject_kind(self, subject_kind)
        _set_object_kind(self, object_kind)

    @property
    def triple(self) -> tuple[str, str, str]:
        return (self.subject, self.relation.value, self.object)

    @property
    def key(self) -> tuple:
        """Identity of a claim: a re-crawl of the same page yields the same keys."""
        subject, obj = self.subject, self.object
        if self.relation.symmetric and obj < subject:
            subject, obj = obj, subject
        return (subject, self.relation.value, obj, self.start, self.end, self.source)

    def to_dict(self) -> dict:
        """The claim-contract row, fields in CLAIM_FIELDS order, enums as their values."""
        return {
            "subject": self.subject,
            "subject_kind": self.subject_kind.value,
            "relation": self.relation.value,
            "object": self.object,
            "object_kind": self.object_kind.value,
            "start": self.start,
            "end": self.end,
            "source": self.source,
            "evidence": self.evidence,
            "confidence": self.confidence,
            "extractor": self.extractor,
        }

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, row: dict) -> Claim:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in row.items() if k in names})


# Enum look-ups as plain dicts (an Enum call costs a dozen times more); the calls remain
# for what the dicts do not hold, so an unknown value raises the enum's own ValueError.
_RELATIONS = {member.value: member for member in Relation}
_KINDS = {member.value: member for member in EntityKind}
_SUBJECT_KIND = {member: member.subject_kind for member in Relation}
_OBJECT_KIND = {member: member.object_kind for member in Relation}


def _relation(value: object) -> Relation:
    try:
        return _RELATIONS[value]
    except (KeyError, TypeError):
        return Relation(value)


def _kind(value: object) -> EntityKind:
    try:
        return _KINDS[value]
    except (KeyError, TypeError):
        return EntityKind(value)


# The slots' own setters: what Claim.__init__ writes through (a frozen class refuses
# ordinary attribute assignment).
_set_subject = Claim.subject.__set__
_set_relation = Claim.relation.__set__
_set_object = Claim.object.__set__
_set_source = Claim.source.__set__
_set_evidence = Claim.evidence.__set__
_set_extractor = Claim.extractor.__set__
_set_confidence = Claim.confidence.__set__
_set_start = Claim.start.__set__
_set_end = Claim.end.__set__
_set_subject_kind = Claim.subject_kind.__set__
_set_object_kind = Claim.object_kind.__set__
