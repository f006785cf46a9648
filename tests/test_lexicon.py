"""Lexicons: one module per language, same names, merged into one compiled lexicon.

English and French are complete; German, Dutch, Spanish, Portuguese and Italian carry their
core supervision and jury words, which must reach the language-free rules unchanged.
"""

from __future__ import annotations

import re

import pytest

from crawler.claims import Relation
from crawler.extract import SiteContext, extract_document
from crawler.extract.lexicon import (
    _PHRASE_END,
    DICT_FIELDS,
    LANGUAGES,
    LEXICON,
    TUPLE_FIELDS,
    _case_variants,
    _escaped,
    de,
    en,
    fr,
    phrase_literals,
)
from crawler.extract.page import holds_any
from crawler.extract.relations import jury_members
from crawler.extract.sections import Context, SectionKind, context_of, heading_kind

CORE = ("SECTIONS", "SUPERVISION_CUES", "CONTEXT", "JURY_CUES", "JURY_ROLES", "MONTHS")


@pytest.mark.parametrize("language", LANGUAGES, ids=lambda m: m.LANGUAGE)
def test_every_language_module_has_the_core_vocabulary(language):
    for name in CORE:
        assert getattr(language, name), f"{language.LANGUAGE} lacks {name}"
    for name in TUPLE_FIELDS:
        value = getattr(language, name, ())
        assert isinstance(value, tuple) and all(isinstance(w, str) for w in value), name
    for name in DICT_FIELDS:
        assert isinstance(getattr(language, name, {}), dict), name


@pytest.mark.parametrize("language", (en, fr), ids=lambda m: m.LANGUAGE)
def test_english_and_french_are_complete(language):
    for name in (*TUPLE_FIELDS, *DICT_FIELDS):
        assert getattr(language, name, None), f"{language.LANGUAGE} lacks {name}"
    assert set(language.JURY_ROLES) == {r.value for r in Relation if r.family.value == "jury"}
    assert set(language.CONTEXT) == {c.value for c in Context}


@pytest.mark.parametrize(
    ("word", "context"),
    [
        ("Promotion bei", Context.PHD),
        ("proefschrift", Context.PHD),
        ("tesis doctoral", Context.PHD),
        ("doutorado", Context.PHD),
        ("tesi di dottorato", Context.PHD),
        ("stage de M2", Context.INTERNSHIP),
        ("post-doctorat", Context.POSTDOC),
        ("master thesis", Context.OTHER),
    ],
)
def test_context_words_of_every_language(word, context):
    assert context_of(word) is context


@pytest.mark.parametrize(
    "cue",
    [
        "Betreuer",
        "Doktorvater",
        "promotor",
        "copromotor",
        "director de tesis",
        "orientador",
        "relatore",
        "correlatore",
        "directrice de thèse",
        "co-encadrant",
        "sous la direction de",
        "under the supervision of",
        "advised by",
        "huvudhandledare",
        "biträdande handledare",
        "vejleder",
        "medvejleder",
        "promotor pomocniczy",
    ],
)
def test_supervision_cues_of_every_language_are_recognised(cue):
    match = LEXICON.pattern("SUPERVISION_CUES").search(f"x {cue}: y")
    assert match and match.group().lower() == cue.lower()


@pytest.mark.parametrize(
    ("role", "relation"),
    [
        ("rapporteur", Relation.JURY_REVIEWER),
        ("rapportrice", Relation.JURY_REVIEWER),
        ("rapporteuse", Relation.JURY_REVIEWER),
        ("examinatrice", Relation.JURY_EXAMINER),
        ("présidente", Relation.JURY_PRESIDENT),
        ("reviewer", Relation.JURY_REVIEWER),
        ("chair", Relation.JURY_PRESIDENT),
        ("Gutachter", Relation.JURY_REVIEWER),
        ("vocal", Relation.JURY_EXAMINER),
        ("examinador", Relation.JURY_EXAMINER),
        ("voorzitter", Relation.JURY_PRESIDENT),
        ("presidente", Relation.JURY_PRESIDENT),
        ("outside reader", Relation.JURY_MEMBER),
        ("ordförande", Relation.JURY_PRESIDENT),
        ("formand", Relation.JURY_PRESIDENT),
        ("recenzentka", Relation.JURY_REVIEWER),
    ],
)
def test_jury_roles_of_every_language(role, relation):
    assert jury_members(f"Ada Quill ({role})") == [("Ada Quill", relation)]


def test_headings_are_read_in_both_languages():
    assert heading_kind("Doctorants encadrés") is SectionKind.STUDENTS
    assert heading_kind("PhD students") is SectionKind.STUDENTS
    assert heading_kind("Formation") is SectionKind.EDUCATION
    assert heading_kind("Publications récentes") is SectionKind.PUBLICATIONS
    assert heading_kind("Enseignement") is SectionKind.TEACHING
    assert heading_kind("Jurys de thèse") is SectionKind.JURY
    assert heading_kind("Veröffentlichungen") is SectionKind.PUBLICATIONS


@pytest.mark.parametrize(
    ("heading", "kind"),
    [
        ("Betreute Promotionen", SectionKind.STUDENTS),
        ("Schriftenverzeichnis", SectionKind.PUBLICATIONS),
        ("Gutachtertätigkeit", SectionKind.SERVICE),
        ("Promotiecommissie", SectionKind.JURY),
        ("Dirección de tesis doctorales", SectionKind.STUDENTS),
        ("Participación en tribunales", SectionKind.JURY),
        ("Tesi seguite", SectionKind.STUDENTS),
        ("Insegnamenti", SectionKind.TEACHING),
        ("Orientações concluídas", SectionKind.STUDENTS),
        ("Artigos completos publicados em periódicos", SectionKind.PUBLICATIONS),
        ("PhD researchers", SectionKind.STUDENTS),
        ("Betygsnämnd", SectionKind.JURY),
        ("Bedømmelsesudvalg", SectionKind.JURY),
        ("Promotorstwa", SectionKind.STUDENTS),
        ("Recenzje rozpraw doktorskich", SectionKind.JURY),
        ("Personal investigador en formación", SectionKind.STUDENTS),
        ("Attività didattica e di tutoraggio", SectionKind.STUDENTS),
    ],
)
def test_cv_headings_of_every_language(heading, kind):
    assert heading_kind(heading) is kind


@pytest.mark.parametrize(
    ("committee", "kind"),
    [
        ("Berufungskommission W3 Physik", "NOT_JURY"),
        ("Tribunal de oposiciones", "NOT_JURY"),
        ("commissione di concorso", "NOT_JURY"),
        ("Concurso público", "NOT_JURY"),
        ("begeleidingscommissie", "NOT_JURY"),
        ("Gutachter für Optics Express", "NOT_JURY"),
        ("Zweitgutachterin", "JURY_CUES"),
        ("commissione giudicatrice", "JURY_CUES"),
    ],
)
def test_hiring_boards_and_journal_reviewing_are_no_thesis_jury(committee, kind):
    assert LEXICON.pattern(kind).search(committee)


def test_roles_only_some_languages_write_are_data():
    assert jury_members("Ada Quill (Zweitgutachterin)") == [("Ada Quill", Relation.JURY_REVIEWER)]
    assert jury_members("Ada Quill (revisore esterno)") == [("Ada Quill", Relation.JURY_REVIEWER)]
    assert "zweit" in LEXICON.CO_ADVISOR_STEMS
    assert "hogeschool" in LEXICON.COMPOUND_HEADS  # (an optional field: no English one)
    assert LEXICON.pattern("STUDENT_LABELS").fullmatch("Alumno/a")


def test_months_of_all_languages_feed_the_year_parser():
    from crawler.extract.dates import parse_period

    assert parse_period("janv. 2021 – juin 2023").start == 2021
    assert parse_period("März 2019 bis Juli 2021") == parse_period("2019 – 2021")
    assert parse_period("desde 2020").start == 2020


def test_a_german_cv_line_is_read_by_the_same_rules():
    claims = extract_document(
        "Promotion an der Universität Tannheim, Betreuer: Jonas Keller.",
        "cv.txt",
        site=SiteContext(owner="Anna Berg"),
    )
    assert ("Anna Berg", "advisor_phd", "Jonas Keller") in {c.triple for c in claims}


def test_a_dutch_promotor_is_an_advisor():
    claims = extract_document(
        "Proefschrift (2019), promotor: Pieter de Vries.",
        "cv.txt",
        site=SiteContext(owner="Sanne Bakker"),
    )
    assert ("Sanne Bakker", "advisor_phd", "Pieter de Vries") in {c.triple for c in claims}


def test_the_merged_lexicon_keeps_every_language():
    assert "doktorvater" in LEXICON.SUPERVISION_CUES
    assert "orientador" in LEXICON.SUPERVISION_CUES
    assert de.LANGUAGE == "de"
    assert LEXICON.months["août"] == 8 and LEXICON.months["märz"] == 3


@pytest.mark.parametrize("name", TUPLE_FIELDS)
def test_word_list_pre_filter_keeps_every_phrase(name):
    """Rules skip a word list's search in a block holding none of its literals: every
    phrase, written in any case, inclusive plural or spacing, must still pass the filter."""
    literals = LEXICON.literals[name]
    if literals is None:
        return  # no literal: the list is always searched
    pattern = LEXICON.pattern(name)
    for phrase in LEXICON.words[name]:
        for text in (phrase, phrase.upper(), phrase.title(), f"x {phrase.replace(' ', '  ')} y"):
            if pattern.search(text):
                assert any(w in text.lower() for w in literals), (name, text)
    plural = [p for p in LEXICON.words[name] if len(p) >= 5 and p.endswith("s")]
    for phrase in plural:
        inclusive = phrase[:-1] + "·es"
        if pattern.search(inclusive):
            assert any(w in inclusive.lower() for w in literals), (name, inclusive)


def test_a_word_list_with_a_phrase_no_literal_stands_for_filters_nothing():
    """Such a list gives no pre-filter: the rules gated on it must still search every text
    rather than go silent."""
    assert phrase_literals(("thèse", "—")) is None
    assert holds_any("a block without the word", phrase_literals(("thèse", "—")))
    assert not holds_any("a block without the word", phrase_literals(("thèse",)))
    assert holds_any("sa thèse", phrase_literals(("thèse",)))


def _first_letters() -> set[str]:
    phrases = [w for name in TUPLE_FIELDS for w in LEXICON.words[name]]
    phrases += [
        w for field in DICT_FIELDS for words in LEXICON.words[field].values() for w in words
    ]
    return {p[:1].lower() for p in phrases if p[:1].isalpha()}


def test_case_variants_are_what_the_regex_engine_folds_together():
    """A pattern's opening class holds every character that matches a phrase's first
    letter under IGNORECASE: checked against the engine over the whole Unicode range."""
    everything = "".join(map(chr, range(0x110000)))
    for letter in sorted(_first_letters()):
        folded = set(re.findall(re.escape(letter), everything, re.IGNORECASE))
        assert set(_case_variants(letter)) == folded, letter
    assert set(_case_variants("k")) == {"k", "K", "\u212a"}  # the Kelvin sign folds to k
    assert set(_case_variants("s")) == {"s", "S", "\u017f"}  # and the long s to s


@pytest.mark.parametrize(
    "text",
    [
        "Directeur de thèse : Ada Quill",
        "DIRECTEUR DE THÈSE: Ada Quill",
        "co-directeur de thèse Zed Marlow",  # "co-" is not a word boundary
        "sous la direction d'Ada Quill",  # an elision runs into the next word
        "supervised by Mira Okafor; ſupervised by Nora Pike",  # long s folds to s
        "Advisors: A and B, advisors' list, xadvisor, advisor_x, advisor-y",
        "Thesis \u212aommittee (Kelvin-sign K), Jury, JURY, jury-member",
    ],
)
def test_phrase_patterns_match_what_the_plain_pattern_matches(text):
    """The compiled form (opening class, boundary after the first character) is a faster
    way to write ``(?<![\\w-])(?:a|b|…)`` + the end check: same matches, same spans."""
    for name in TUPLE_FIELDS:
        ordered = sorted({w for w in LEXICON.words[name] if w}, key=len, reverse=True)
        plain = re.compile(
            rf"(?<![\w-])(?:{'|'.join(_escaped(w) for w in ordered)}){_PHRASE_END}", re.I
        )
        fast = LEXICON.pattern(name)
        spans = [m.span() for m in plain.finditer(text)]
        assert [m.span() for m in fast.finditer(text)] == spans, name


@pytest.mark.parametrize(
    ("text", "relation"),
    [
        # Romanian: the public defence committee's chair and official reviewers
        ("Președinte: Prof. univ. dr. Remus Tătaru", "jury_president"),
        ("Referent oficial: Prof. dr. Ilinca Drăgan", "jury_reviewer"),
        # Croatian and Serbian: the chair of the committee ("predsjednik", "predsednik")
        ("predsjednik povjerenstva", "jury_president"),
        ("predsednik komisije", "jury_president"),
    ],
)
def test_romanian_and_croatian_jury_roles_reach_the_merged_lexicon(text, relation):
    assert any(w.lower() in text.lower() for w in LEXICON.words["JURY_ROLES"][relation]), relation
