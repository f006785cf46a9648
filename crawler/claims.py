"""The claim contract between the crawler and the graph: one statement read on one page.

Direction: the subject is the student / candidate / member, the object is the advisor /
jury member / organisation.  ``coauthor`` is unordered.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from enum import StrEnum


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


@dataclass(frozen=True, slots=True)
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

    def __post_init__(self) -> None:
        # Normalise enums so that claims built from plain strings compare equal; claims are
        # built by the hundred per page, so values that are already enums are left alone.
        relation = self.relation
        if type(relation) is not Relation:
            relation = Relation(relation)
            object.__setattr__(self, "relation", relation)
        if type(self.subject_kind) is not EntityKind:
            kind = self.subject_kind or relation.subject_kind
            object.__setattr__(self, "subject_kind", EntityKind(kind))
        if type(self.object_kind) is not EntityKind:
            kind = self.object_kind or relation.object_kind
            object.__setattr__(self, "object_kind", EntityKind(kind))
        if not 0.0 <= self.confidence <= 1.0:
            raise ValueError(f"confidence out of [0, 1]: {self.confidence}")

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
        row = asdict(self)
        row["relation"] = self.relation.value
        row["subject_kind"] = self.subject_kind.value
        row["object_kind"] = self.object_kind.value
        return {name: row[name] for name in CLAIM_FIELDS}

    def to_json(self) -> str:
        return json.dumps(self.to_dict(), ensure_ascii=False)

    @classmethod
    def from_dict(cls, row: dict) -> Claim:
        names = {f.name for f in fields(cls)}
        return cls(**{k: v for k, v in row.items() if k in names})
