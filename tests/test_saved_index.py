"""The saved-query index answers what the saved SPARQL answers, on the store it was built from."""

from __future__ import annotations

import importlib.util
import io
from collections import Counter
from pathlib import Path

import pyoxigraph as ox
import pytest

from exports import saved_index, sparql
from exports.rdf import IriMinter
from exports.sparql import rebuild_store, saved_queries

HERE = Path(__file__).resolve().parent / "rdf"
PERSON = "https://w3id.org/academic-genealogy/id/person/"

spec = importlib.util.spec_from_file_location("fixture_genealogy", HERE / "fixture_genealogy.py")
fixture_genealogy = importlib.util.module_from_spec(spec)
spec.loader.exec_module(fixture_genealogy)

# A hand-made store for what the graph writer never emits: unnamed persons, two labels, a
# unit under two parents, a cycle of units, an untyped parent, a year only at the end.
AG = "https://w3id.org/academic-genealogy/ns#"
EDGE_CASES = f"""
@prefix ag: <{AG}> .
@prefix org: <http://www.w3.org/ns/org#> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .
@prefix : <http://example.org/> .
:ada ag:advisor :zed, :mira . :ivo ag:advisor :zed . :noname ag:advisor :zed .
:lena ag:advisor :mira . :ada rdfs:label "Ada \\"Q\\" Quill" .
:ivo rdfs:label "Ivo Stan" . :lena rdfs:label "Léa Roux", "Lena Roux" .
:zed rdfs:label "Zed Marlow" .
:uni a org:Organization ; rdfs:label "Université de Castelroc" .
:lab a org:Organization ; org:subOrganizationOf :uni, :other ; rdfs:label "Lab Q" .
:team org:subOrganizationOf :lab ; rdfs:label "Team K" .
:lab org:subOrganizationOf :team .
:other a org:Organization .
:m1 org:member :ada ; org:organization :team ; org:role ag:Student ; ag:startYear 2012 .
:m2 org:member :ivo ; org:organization :lab ; org:role ag:Student ; ag:endYear 2014 .
:m3 org:member :lena ; org:organization :uni ; org:role ag:Student .
:m4 org:member :noname ; org:organization :other ; org:role ag:Student ; ag:startYear 2012 .
:m5 org:member :zed ; org:organization :uni ; org:role ag:Employee ; ag:startYear 2001 .
:m6 org:member :ivo ; org:organization :uni ; org:role ag:Student ; ag:startYear 2012 ;
    ag:endYear 2016 .
"""


@pytest.fixture(scope="module")
def edge_store(tmp_path_factory):
    path = tmp_path_factory.mktemp("edge-store")
    store = ox.Store(str(path))
    store.load(EDGE_CASES.encode(), format=ox.RdfFormat.TURTLE)
    saved_index.write_index(store, path)
    return store, saved_index.open_index(path)


def by_sparql(store, name: str, bindings: dict) -> list[tuple]:
    text = saved_queries()[name].text
    substitutions = {ox.Variable(k): v for k, v in bindings.items()} or None
    return [
        tuple(row) for row in saved_index.tsv_rows(store.query(text, substitutions=substitutions))
    ]


def by_index(db, name: str, bindings: dict) -> list[tuple]:
    return [tuple(row) for row in saved_index.ANSWERS[name](db, bindings)[1]]


def names_as_sets(rows: list[tuple]) -> list[tuple]:
    """GROUP_CONCAT's order is the engine's own: compare the names as sets."""
    return [(*row[:4], frozenset(saved_index.lexical(row[4]).split(", "))) for row in rows]


def assert_same_siblings(store, db, person: str) -> list[tuple]:
    bindings = {"person": ox.NamedNode(person)}
    ours, theirs = by_index(db, "siblings", bindings), by_sparql(store, "siblings", bindings)
    assert Counter(ours) == Counter(theirs)
    # ORDER BY ?name ?advisorName: the same sequence of (name, advisorName).
    assert [row[2::2] for row in ours] == [row[2::2] for row in theirs]
    return ours


def assert_same_students(store, db, organisation: str | None) -> list[tuple]:
    bindings = {} if organisation is None else {"organisation": ox.NamedNode(organisation)}
    ours = by_index(db, "students-per-year", bindings)
    theirs = by_sparql(store, "students-per-year", bindings)
    assert Counter(names_as_sets(ours)) == Counter(names_as_sets(theirs))
    # ORDER BY ?organisationName ?year
    assert [row[1:3] for row in ours] == [row[1:3] for row in theirs]
    return ours


@pytest.mark.parametrize("person", ["ada", "ivo", "lena", "noname", "zed", "nobody"])
def test_siblings_match_the_saved_query_on_edge_cases(edge_store, person):
    store, db = edge_store
    rows = assert_same_siblings(store, db, "http://example.org/" + person)
    if person == "ada":  # two advisors; unnamed first (unbound), then by code point
        assert [saved_index.lexical(row[2]) for row in rows] == [
            "",
            "Ivo Stan",
            "Lena Roux",
            "Léa Roux",
        ]


@pytest.mark.parametrize("organisation", ["uni", "lab", "team", "other", "nowhere", None])
def test_students_per_year_match_the_saved_query_on_edge_cases(edge_store, organisation):
    store, db = edge_store
    iri = None if organisation is None else "http://example.org/" + organisation
    rows = assert_same_students(store, db, iri)
    if organisation == "uni":  # units below, a cycle walked once, the end year when alone
        assert [(saved_index.lexical(r[2]), saved_index.lexical(r[3])) for r in rows] == [
            ("", "1"),
            ("2012", "2"),
            ("2014", "1"),
        ]
        assert {saved_index.lexical(r[4]) for r in rows} == {
            "Lena Roux, Léa Roux",
            'Ada "Q" Quill, Ivo Stan',
            "Ivo Stan",
        }
    if organisation == "other":  # a student without a name: GROUP_CONCAT is unbound
        other = "<http://example.org/other>"
        assert rows == [(other, "", "2012", "2", ""), (other, "", "2014", "1", '"Ivo Stan"')]


@pytest.fixture(scope="module")
def genealogy_workspace(tmp_path_factory):
    G = fixture_genealogy.build_genealogy()
    path = tmp_path_factory.mktemp("workspace")
    rebuild_store(G, path)
    return G, path


def test_the_index_agrees_with_the_store_on_every_person_and_organisation(genealogy_workspace):
    G, path = genealogy_workspace
    store = sparql.open_store(path)
    db = saved_index.open_index(sparql.store_path(path))
    mint = IriMinter()
    for node, data in G.nodes(data=True):
        iri = mint.node(G, node)
        if data["kind"] == "person":
            assert_same_siblings(store, db, iri)
        else:
            assert_same_students(store, db, iri)
    assert assert_same_students(store, db, None)


def test_lineages_walked_in_the_index_match_the_store(genealogy_workspace):
    G, path = genealogy_workspace
    store = sparql.open_store(path)
    db = saved_index.open_index(sparql.store_path(path))
    mint = IriMinter()
    for node, data in G.nodes(data=True):
        if data["kind"] != "person":
            continue
        person = ox.NamedNode(mint.node(G, node))
        for upward in (True, False):
            walked = sparql._closure(store, person, upward, db)
            asked = sparql._closure(store, person, upward, None)
            depth = sparql.generations(asked.step, str(person))
            assert sparql.generations(walked.step, str(person)) == depth
            assert {n: walked.names[n] for n in depth} == {n: asked.names[n] for n in depth}


def test_a_store_without_the_index_answers_from_sparql(tmp_path):
    G = fixture_genealogy.build_genealogy()
    rebuild_store(G, tmp_path)
    (sparql.store_path(tmp_path) / saved_index.INDEX_FILENAME).unlink()
    rows = sparql.query_rows(tmp_path, "SELECT (1 AS ?one) {}")
    assert rows == [{"one": "1"}]
    out = io.StringIO()
    sparql.run_cli_query(
        tmp_path, saved="siblings", persons=["Inès Halvorsen"], out=out, output_format="csv"
    )
    assert "Tomasz Ferrand" in out.getvalue() and "Lucia Pemberton" in out.getvalue()
    out = io.StringIO()
    sparql.run_cli_query(
        tmp_path, saved="ancestors", persons=["Inès Halvorsen"], out=out, output_format="csv"
    )
    assert "Bastien Krall" in out.getvalue()


def test_a_rebuilt_store_brings_its_own_index(tmp_path):
    G = fixture_genealogy.build_genealogy()
    rebuild_store(G, tmp_path)

    def siblings() -> set[str]:
        out = io.StringIO()
        sparql.run_cli_query(
            tmp_path, saved="siblings", persons=["Inès Halvorsen"], out=out, output_format="tsv"
        )
        return {line.split("\t")[2] for line in out.getvalue().splitlines()[1:]}

    before = siblings()
    fixture_genealogy.add_node(G, "newcomer", "person", "Nell Newcomer", [], {})
    fixture_genealogy.add_edge(
        G,
        "newcomer",
        "advisor_phd",
        "bastien-krall",
        2020,
        None,
        [("https://krall.example.org/", "Nell Newcomer (PhD, 2020)")],
    )
    rebuild_store(G, tmp_path)
    assert siblings() == before | {'"Nell Newcomer"'}
