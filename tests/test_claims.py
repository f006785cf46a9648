"""The claim contract: relation vocabulary, direction metadata and the JSON row form."""

import dataclasses
import json

import pytest

from crawler.claims import CLAIM_FIELDS, Claim, EntityKind, Family, Relation


def test_relation_vocabulary_matches_the_scorer_families():
    families = {relation: relation.family for relation in Relation}
    assert families[Relation.ADVISOR_PHD] is Family.SUPERVISION
    assert families[Relation.JURY_PRESIDENT] is Family.JURY
    assert families[Relation.COAUTHOR] is Family.COLLABORATION
    assert families[Relation.PART_OF] is Family.ORGANISATION
    assert len(Relation) == 13


def test_claim_row_has_exactly_the_contract_fields_in_order():
    claim = Claim(
        "Ada Quill",
        "advisor_phd",
        "Zed Marlow",
        "https://ada.example/",
        "under Zed",
        "t",
        0.9,
        start=2019,
        end=2022,
    )
    row = json.loads(claim.to_json())
    assert tuple(row) == CLAIM_FIELDS
    assert row["relation"] == "advisor_phd"
    assert row["subject_kind"] == "person" and row["object_kind"] == "person"
    assert Claim.from_dict(row) == claim


def test_organisation_relations_default_their_object_kind():
    claim = Claim("Ada Quill", Relation.MEMBER_OF, "Team Kestrel", "s", "e", "t")
    assert claim.object_kind is EntityKind.ORGANISATION
    part = Claim("Team Kestrel", Relation.PART_OF, "Lab Osprey", "s", "e", "t")
    assert part.subject_kind is EntityKind.ORGANISATION


def test_coauthor_key_is_unordered():
    a = Claim("Ada Quill", "coauthor", "Bo Tarn", "s", "e", "t")
    b = Claim("Bo Tarn", "coauthor", "Ada Quill", "s", "e", "t")
    assert a.key == b.key


def test_unknown_relation_and_bad_confidence_are_rejected():
    with pytest.raises(ValueError):
        Claim("A B", "advisor_of_doom", "C D", "s", "e", "t")
    with pytest.raises(ValueError):
        Claim("A B", "coauthor", "C D", "s", "e", "t", confidence=1.5)


def test_claims_built_from_strings_equal_claims_built_from_enums():
    plain = Claim(
        subject="Ada Quill",
        relation="member_of",
        object="Team Kestrel",
        source="s",
        evidence="e",
        extractor="t",
        subject_kind="person",
    )
    typed = Claim("Ada Quill", Relation.MEMBER_OF, "Team Kestrel", "s", "e", "t")
    assert plain == typed and hash(plain) == hash(typed)
    assert plain.relation is Relation.MEMBER_OF and plain.subject_kind is EntityKind.PERSON
    assert typed.object_kind is EntityKind.ORGANISATION
    with pytest.raises(ValueError):
        Claim("A B", "coauthor", "C D", "s", "e", "t", subject_kind="robot")


def test_a_claim_is_immutable_and_replace_keeps_the_rest():
    claim = Claim("Ada Quill", "coauthor", "Bo Tarn", "s", "e", "t", 0.7, 2020, 2021)
    with pytest.raises(dataclasses.FrozenInstanceError):
        claim.subject = "Zed Marlow"
    changed = dataclasses.replace(claim, evidence="shorter")
    assert changed.evidence == "shorter"
    assert changed.to_dict() == {**claim.to_dict(), "evidence": "shorter"}
