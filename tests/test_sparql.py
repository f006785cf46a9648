"""SPARQL store and saved queries: every saved query answers right on the fixture genealogy."""

from __future__ import annotations

import csv
import importlib.util
import io
import json
from pathlib import Path

import networkx as nx
import pyoxigraph as ox
import pytest

from exports import sparql
from exports.sparql import (
    QueryError,
    describe_saved_queries,
    open_store,
    query_rows,
    rebuild_store,
    run_cli_query,
    saved_queries,
)

HERE = Path(__file__).resolve().parent / "rdf"
PERSON = "https://w3id.org/academic-genealogy/id/person/"
ORG = "https://w3id.org/academic-genealogy/id/org/"
SUPERVISION = {"advisor_phd", "advisor_postdoc", "advisor_internship", "advisor_other"}


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


fixture_genealogy = _load("fixture_genealogy")


@pytest.fixture(scope="module")
def genealogy():
    return fixture_genealogy.build_genealogy()


@pytest.fixture(scope="module")
def workspace(tmp_path_factory, genealogy):
    path = tmp_path_factory.mktemp("workspace")
    rebuild_store(genealogy, path)
    return path


def run_saved(workspace, name, *persons, output_format="csv"):
    out = io.StringIO()
    run_cli_query(
        workspace,
        sparql=None,
        saved=name,
        persons=list(persons),
        output_format=output_format,
        out=out,
    )
    return list(csv.DictReader(io.StringIO(out.getvalue())))


def short(iri: str) -> str:
    return iri.removeprefix(PERSON).removeprefix(ORG)


def supervision_graph(G) -> nx.DiGraph:
    """Student → advisor edges of every supervision kind: the oracle for lineage queries."""
    D = nx.DiGraph()
    D.add_edges_from((u, v) for u, v, k in G.edges(keys=True) if k in SUPERVISION)
    return D


COVERED = set()


def covers(name):
    def mark(test):
        COVERED.add(name)
        return test

    return mark


def test_every_saved_query_is_described_and_tested():
    described = dict(describe_saved_queries())
    assert all(description for description in described.values())
    for path in sparql.QUERIES_DIR.glob("*.rq"):
        assert path.read_text(encoding="utf-8").startswith("# ")
    assert set(described) == COVERED
    assert {
        "ancestors",
        "descendants",
        "siblings",
        "shortest-path",
        "jury-coauthors",
        "students-per-year",
        "conflicts",
        "evidence",
    } <= set(described)


@covers("ancestors")
@pytest.mark.parametrize("who", ["yusuf-calder", "ines-halvorsen", "kenji-abara", "orla-venn"])
def test_ancestors_with_generations_match_the_fixture(workspace, genealogy, who):
    rows = run_saved(workspace, "ancestors", genealogy.nodes[who]["name"])
    got = {short(r["ancestor"]): int(r["generation"]) for r in rows}
    expected = nx.single_source_shortest_path_length(supervision_graph(genealogy), who)
    expected.pop(who)
    assert got == expected
    assert all(r["name"] == genealogy.nodes[short(r["ancestor"])]["name"] for r in rows)


def test_ancestors_known_by_hand(workspace):
    rows = run_saved(workspace, "ancestors", "Inès Halvorsen")
    assert {(r["name"], r["generation"]) for r in rows} == {
        ("Bastien Krall", "1"),
        ("Mireille Oduya", "1"),
        ("Orla Venn", "2"),
    }


@covers("descendants")
@pytest.mark.parametrize("who", ["orla-venn", "bastien-krall", "yusuf-calder"])
def test_descendants_with_generations_match_the_fixture(workspace, genealogy, who):
    rows = run_saved(workspace, "descendants", genealogy.nodes[who]["name"])
    got = {short(r["descendant"]): int(r["generation"]) for r in rows}
    reverse = supervision_graph(genealogy).reverse()
    expected = nx.single_source_shortest_path_length(reverse, who) if who in reverse else {}
    expected.pop(who, None)
    assert got == expected


def test_descendants_known_by_hand(workspace):
    rows = run_saved(workspace, "descendants", "Orla Venn")
    assert {(r["name"], r["generation"]) for r in rows} == {
        ("Bastien Krall", "1"),
        ("Mireille Oduya", "1"),
        ("Tomasz Ferrand", "2"),
        ("Inès Halvorsen", "2"),
        ("Lucia Pemberton", "2"),
        ("Kenji Abara", "3"),
        ("Yusuf Calder", "4"),
    }


@covers("descendant-count")
def test_descendant_count(workspace, genealogy):
    rows = run_saved(workspace, "descendant-count", "Orla Venn")
    expected = len(nx.ancestors(supervision_graph(genealogy), "orla-venn"))
    assert [int(r["descendants"]) for r in rows] == [expected] == [7]


@covers("siblings")
def test_siblings_share_an_advisor(workspace):
    rows = run_saved(workspace, "siblings", "Inès Halvorsen")
    assert {(r["name"], r["advisorName"]) for r in rows} == {
        ("Tomasz Ferrand", "Bastien Krall"),
        ("Lucia Pemberton", "Mireille Oduya"),
    }
    assert run_saved(workspace, "siblings", "Orla Venn") == []


@covers("shortest-path")
def test_shortest_path_goes_through_the_closest_common_ancestor(workspace):
    rows = run_saved(workspace, "shortest-path", "Kenji Abara", "Inès Halvorsen")
    assert [(r["length"], r["up"], r["viaName"], r["down"]) for r in rows] == [
        ("3", "2", "Bastien Krall", "1")
    ]
    lineage = run_saved(workspace, "shortest-path", "Bastien Krall", "Yusuf Calder")
    assert [(r["length"], r["up"], r["down"]) for r in lineage] == [("3", "0", "3")]
    assert run_saved(workspace, "shortest-path", "Kenji Abara", "Nadia Sorvik") == []


@covers("jury-coauthors")
def test_jury_members_who_later_coauthored(workspace):
    rows = run_saved(workspace, "jury-coauthors")
    assert [
        (r["name"], r["jurorName"], r["role"], r["defence"], r["firstPaperAfter"]) for r in rows
    ] == [("Tomasz Ferrand", "Nadia Sorvik", "juryReviewer", "2015", "2018")]
    # Pavel Ilves co-authored only before the defence; Orla presided but never co-authored.
    assert run_saved(workspace, "jury-coauthors", "Kenji Abara") == []
    # Our two-step plan answers what the saved text answers, row for row and in order.
    plain = standalone(workspace, "jury-coauthors")
    assert [tuple(r.values()) for r in plain] == [tuple(r.values()) for r in rows]
    assert standalone(workspace, "jury-coauthors", person="kenji-abara") == []
    bound = run_saved(workspace, "jury-coauthors", "Tomasz Ferrand")
    assert bound == rows == standalone(workspace, "jury-coauthors", person="tomasz-ferrand")


@covers("students-per-year")
def test_students_of_an_organisation_per_year(workspace):
    rows = run_saved(workspace, "students-per-year", "Université de Valmont")
    assert {(r["year"], r["students"], r["names"]) for r in rows} == {
        ("2012", "1", "Tomasz Ferrand"),
        ("2013", "1", "Inès Halvorsen"),
        ("2016", "1", "Kenji Abara"),
    }
    team = run_saved(workspace, "students-per-year", "Team Fathom")
    assert [(r["year"], r["names"]) for r in team] == [("2013", "Inès Halvorsen")]
    everywhere = run_saved(workspace, "students-per-year")
    assert {r["organisationName"] for r in everywhere} == {
        "Université de Valmont",
        "Laboratoire Quentar",
        "Team Fathom",
    }


@covers("conflicts")
def test_conflicts_list_each_disagreeing_claim(workspace):
    rows = run_saved(workspace, "conflicts")
    assert {r["name"] for r in rows} == {"Kenji Abara", "Tomasz Ferrand"}
    kenji = [r for r in rows if r["name"] == "Kenji Abara"]
    assert {r["source"] for r in kenji} == {
        "https://abara.example.net/index.html",
        "https://people.example.edu/~krall/students.html",
    }
    assert {r["relation"] for r in kenji} == {"doctoralAdvisor"}
    assert {r["reason"] for r in kenji} == {"end years differ"}
    assert run_saved(workspace, "conflicts", "Orla Venn") == []


@covers("evidence")
def test_evidence_behind_an_edge(workspace):
    rows = run_saved(workspace, "evidence", "Bastien Krall", "Orla Venn")
    assert {(r["relation"], r["source"], r["evidence"]) for r in rows} == {
        ("doctoralAdvisor", "https://venn.example.org/students.html", "Bastien Krall (PhD 2001)"),
        (
            "doctoralAdvisor",
            "https://people.example.edu/~krall/cv.html",
            "PhD under Orla Venn, 2001",
        ),
    }
    assert {r["extractor"] for r in rows} == {"fixture.advisor_phd"}
    assert {r["retrieved"] for r in rows} == {"2026-03-01T10:00:00Z"}
    every_edge = run_saved(workspace, "evidence", "Yusuf Calder")
    assert [(r["otherName"], r["relation"]) for r in every_edge] == [
        ("Kenji Abara", "internshipAdvisor")
    ]
    # Memberships are found from either end (their ends are org:member / org:organization).
    job = run_saved(workspace, "evidence", "Bastien Krall", "Université de Valmont")
    assert [(r["relation"], r["evidence"]) for r in job] == [
        ("worksFor", "Professor, Université de Valmont (since 2005)")
    ]
    staff = run_saved(workspace, "evidence", "Team Fathom")
    assert {(r["otherName"], r["relation"]) for r in staff} == {
        ("Bastien Krall", "memberOf"),
        ("Inès Halvorsen", "alumniOf"),
        ("Laboratoire Quentar", "subOrganizationOf"),
    }


@covers("top-advisors")
def test_top_advisors(workspace, genealogy):
    rows = run_saved(workspace, "top-advisors")
    counts = {}
    for _student, v in supervision_graph(genealogy).edges:
        counts[v] = counts.get(v, 0) + 1
    assert {(short(r["advisor"]), int(r["students"])) for r in rows} == set(counts.items())
    assert [int(r["students"]) for r in rows] == sorted(counts.values(), reverse=True)


def test_person_names_resolve_by_alias_and_without_accents(workspace):
    for spelling in ("Inès Halvorsen", "ines halvorsen", "INES HALVORSEN"):
        rows = run_saved(workspace, "ancestors", spelling)
        assert {r["name"] for r in rows} == {"Bastien Krall", "Mireille Oduya", "Orla Venn"}
    assert {r["name"] for r in run_saved(workspace, "ancestors", "B. Krall")} == {"Orla Venn"}
    iri = f"<{PERSON}bastien-krall>"
    assert {r["name"] for r in run_saved(workspace, "ancestors", iri)} == {"Orla Venn"}


def test_unknown_person_is_a_one_line_error(workspace):
    with pytest.raises(QueryError) as caught:
        run_saved(workspace, "ancestors", "Nobody Here")
    assert str(caught.value) == "no person named 'Nobody Here' in the graph"


def test_wrong_number_of_persons_is_an_error(workspace):
    with pytest.raises(QueryError, match="needs --person"):
        run_saved(workspace, "ancestors")
    with pytest.raises(QueryError, match="takes"):
        run_saved(workspace, "siblings", "Orla Venn", "Kenji Abara")
    with pytest.raises(QueryError, match="no saved query"):
        run_saved(workspace, "no-such-query")


HOSTILE_NAME = 'Rob "Bobby" Tables\' } ; DROP ALL ; # ?person <x>'


@pytest.fixture(scope="module")
def hostile_workspace(tmp_path_factory):
    G = fixture_genealogy.build_genealogy()
    fixture_genealogy.add_node(G, "bobby", "person", HOSTILE_NAME, [], {})
    fixture_genealogy.add_node(G, "twin-a", "person", "Sam Twin", [], {})
    fixture_genealogy.add_node(G, "twin-b", "person", "Sam Twin", [], {})
    fixture_genealogy.add_edge(
        G,
        "bobby",
        "advisor_phd",
        "orla-venn",
        2020,
        2023,
        [("https://venn.example.org/students.html", HOSTILE_NAME + " PhD 2023")],
    )
    path = tmp_path_factory.mktemp("hostile")
    rebuild_store(G, path)
    return path


def test_person_values_are_bound_not_pasted(hostile_workspace, monkeypatch):
    seen = []
    original = sparql.run_query

    def spy(store, text, bindings=None, **options):
        seen.append((text, bindings))
        return original(store, text, bindings, **options)

    monkeypatch.setattr(sparql, "run_query", spy)
    rows = run_saved(hostile_workspace, "ancestors", HOSTILE_NAME)
    assert [(r["name"], r["generation"]) for r in rows] == [("Orla Venn", "1")]
    # Resolved by a bound query; the lineage then walks the saved-query index by IRI.
    assert seen and all(HOSTILE_NAME not in text for text, _ in seen)
    seen.clear()
    rows = run_saved(hostile_workspace, "siblings", HOSTILE_NAME)
    # (Answered from the saved-query index, the IRI bound as an SQL parameter.)
    assert rows and {(r["person"], r["advisorName"]) for r in rows} == {
        (PERSON + "bobby", "Orla Venn")
    }
    assert all(HOSTILE_NAME not in text for text, _ in seen)
    seen.clear()
    run_saved(hostile_workspace, "jury-coauthors", HOSTILE_NAME)
    # Two steps: the pairs with the person bound, then a VALUES block of store IRIs.
    assert seen[-2] == (sparql._JURY_PAIRS, {"person": ox.NamedNode(PERSON + "bobby")})
    assert all(HOSTILE_NAME not in text for text, _ in seen)
    # The store is intact after the "DROP ALL" name went through it.
    assert run_saved(hostile_workspace, "descendant-count", "Orla Venn")[0]["descendants"] == "8"


def test_homonyms_are_reported_not_guessed(hostile_workspace):
    with pytest.raises(QueryError, match="several persons are named 'Sam Twin'"):
        run_saved(hostile_workspace, "ancestors", "Sam Twin")


def test_output_formats(workspace):
    def output(fmt):
        out = io.StringIO()
        run_cli_query(
            workspace, saved="ancestors", persons=["Yusuf Calder"], output_format=fmt, out=out
        )
        return out.getvalue()

    names = {"Kenji Abara", "Tomasz Ferrand", "Bastien Krall", "Orla Venn"}
    csv_rows = list(csv.DictReader(io.StringIO(output("csv"))))
    assert {r["name"] for r in csv_rows} == names
    tsv_lines = output("tsv").splitlines()
    assert tsv_lines[0].split("\t") == ["?person", "?ancestor", "?name", "?generation"]
    assert len(tsv_lines) == 5
    data = json.loads(output("json"))
    assert {b["name"]["value"] for b in data["results"]["bindings"]} == names
    table = output("table")
    assert table.splitlines()[0].split() == ["person", "ancestor", "name", "generation"]
    assert all(name in table for name in names)


def test_table_on_a_terminal_uses_rich(workspace):
    class Terminal(io.StringIO):
        def isatty(self):
            return True

    out = Terminal()
    run_cli_query(workspace, saved="siblings", persons=["Tomasz Ferrand"], out=out)
    text = out.getvalue()
    assert "Halvorsen" in text and "1 row\n" in text
    assert "│" in text or "┃" in text  # drawn as a table


def test_sparql_text_rq_file_and_ask(workspace, tmp_path):
    rows = query_rows(workspace, "SELECT (COUNT(*) AS ?n) WHERE { ?p a foaf:Person }")
    assert rows == [{"n": "10"}]
    rq = tmp_path / "mine.rq"
    rq.write_text("# my query\nSELECT ?name WHERE { ?p ag:homonym true ; rdfs:label ?name }\n")
    out = io.StringIO()
    run_cli_query(workspace, sparql=str(rq), output_format="csv", out=out)
    assert out.getvalue().splitlines() == ["name"]
    out = io.StringIO()
    run_cli_query(workspace, sparql="ASK { ?s ag:advisor+ ?s }", out=out)
    assert out.getvalue() == "false\n"


def test_bad_queries_are_one_line_errors(workspace, tmp_path):
    with pytest.raises(QueryError, match="^invalid SPARQL"):
        run_cli_query(workspace, sparql="SELECT WHERE {", out=io.StringIO())
    with pytest.raises(QueryError):
        run_cli_query(workspace, sparql="DELETE WHERE { ?s ?p ?o }", out=io.StringIO())
    assert query_rows(workspace, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")[0]["n"] != "0"
    with pytest.raises(QueryError, match="no query file"):
        run_cli_query(workspace, sparql=str(tmp_path / "missing.rq"), out=io.StringIO())
    with pytest.raises(QueryError, match="run `genealogy build`"):
        run_cli_query(tmp_path / "empty", saved="ancestors", persons=["x"], out=io.StringIO())


def test_rebuild_replaces_the_store(tmp_path, genealogy):
    rebuild_store(genealogy, tmp_path)
    first = len(open_store(tmp_path))
    rebuild_store(genealogy, tmp_path)
    assert len(open_store(tmp_path)) == first  # same graph, same statements, no duplicates
    smaller = genealogy.copy()
    smaller.remove_edge("yusuf-calder", "kenji-abara", key="advisor_internship")
    rebuild_store(smaller, tmp_path)
    assert run_saved(tmp_path, "ancestors", "Yusuf Calder") == []
    assert not (tmp_path / "oxigraph.new").exists()


@pytest.fixture(scope="module")
def dag_workspace(tmp_path_factory):
    """Co-advisors with unequal chains: Una reaches Rhea in 2 steps via Cato, 4 via Ada."""
    G = nx.MultiDiGraph()
    names = {
        "una": "Una Pell",
        "ada": "Ada Brisk",
        "ari": "Ari Brisk",
        "abe": "Abe Brisk",
        "cato": "Cato Lind",
        "rhea": "Rhea Mott",
        "zed": "Zed Mott",
    }
    for node, name in names.items():
        fixture_genealogy.add_node(G, node, "person", name, [], {})
    page = "https://dag.example.org/cv.html"
    for u, relation, v in [
        ("una", "advisor_phd", "ada"),
        ("una", "advisor_phd", "cato"),
        ("ada", "advisor_postdoc", "ari"),
        ("ari", "advisor_phd", "abe"),
        ("abe", "advisor_phd", "rhea"),
        ("cato", "advisor_internship", "rhea"),
        ("zed", "advisor_phd", "abe"),
    ]:
        fixture_genealogy.add_edge(G, u, relation, v, 2000, 2004, [(page, f"{u} {v}")])
    path = tmp_path_factory.mktemp("dag")
    rebuild_store(G, path)
    return G, path


def standalone(workspace, name, **persons):
    """The saved .rq text as an endpoint user runs it (no lineage plan)."""
    store = open_store(workspace)
    bindings = {k: ox.NamedNode(PERSON + v) for k, v in persons.items()}
    return sparql.results_as_rows(
        sparql.run_query(store, saved_queries()[name].text, bindings, prefixes=None)
    )


def test_generations_are_shortest_chains_in_a_dag_with_co_advisors(dag_workspace):
    G, path = dag_workspace
    D = supervision_graph(G)
    rows = run_saved(path, "ancestors", "Una Pell")
    got = {short(r["ancestor"]): int(r["generation"]) for r in rows}
    expected = nx.single_source_shortest_path_length(D, "una")
    del expected["una"]
    assert got == expected == {"ada": 1, "cato": 1, "ari": 2, "rhea": 2, "abe": 3}
    rows = run_saved(path, "descendants", "Rhea Mott")
    got = {short(r["descendant"]): int(r["generation"]) for r in rows}
    assert got == {"abe": 1, "cato": 1, "una": 2, "ari": 2, "zed": 2, "ada": 3}
    # Ordered by generation, then name.
    assert [r["name"] for r in rows][:2] == ["Abe Brisk", "Cato Lind"]
    # The standalone .rq files give the same answers.
    cases = (("ancestors", "una", "ancestor"), ("descendants", "rhea", "descendant"))
    for name, person, column in cases:
        plain = standalone(path, name, person=person)
        ours = run_saved(path, name, G.nodes[person]["name"])
        assert {(r[column], r["generation"]) for r in plain} == {
            (r[column], r["generation"]) for r in ours
        }


def test_shortest_path_in_a_dag_takes_the_short_branch(dag_workspace):
    G, path = dag_workspace
    rows = run_saved(path, "shortest-path", "Una Pell", "Zed Mott")
    # Una ↑ Ada ↑ Ari ↑ Abe (3 up) ↓ Zed (1 down) = 4; via Rhea: 2 up + 2 down = 4 too.
    assert {(r["length"], r["up"], r["viaName"], r["down"]) for r in rows} == {
        ("4", "3", "Abe Brisk", "1"),
        ("4", "2", "Rhea Mott", "2"),
    }
    plain = standalone(path, "shortest-path", person="una", other="zed")
    assert {(r["length"], r["via"], r["path"]) for r in plain} == {
        (r["length"], r["via"], r["path"]) for r in rows
    }


CLOSURE_PAIRS = {
    "walked": "SELECT ?d ?a WHERE { ?d ag:advisor+ ?a }",
    "materialised": "SELECT ?d ?a WHERE { ?d ag:academicAncestor ?a }",
}


def closure_pairs(workspace) -> dict[str, set[tuple[str, str]]]:
    store = open_store(workspace)
    return {
        how: {
            (short(r["d"]), short(r["a"]))
            for r in sparql.results_as_rows(sparql.run_query(store, text))
        }
        for how, text in CLOSURE_PAIRS.items()
    }


def test_the_store_holds_the_advisor_closure_as_academic_ancestors(
    workspace, genealogy, dag_workspace
):
    """ag:academicAncestor (materialised at build) is exactly what ag:advisor+ walks."""
    for path, G in ((workspace, genealogy), (dag_workspace[1], dag_workspace[0])):
        pairs = closure_pairs(path)
        D = supervision_graph(G)
        expected = {(d, a) for d in D for a in nx.descendants(D, d)}
        assert pairs["materialised"] == pairs["walked"] == expected
    assert ("una", "rhea") in pairs["materialised"]  # reached by two chains of unequal length


def test_an_advisor_cycle_is_walked_once(tmp_path):
    """Bad data (A advised B advised A) must not loop; the person is their own ancestor."""
    G = nx.MultiDiGraph()
    for node, name in (("kai", "Kai Doran"), ("lev", "Lev Doran")):
        fixture_genealogy.add_node(G, node, "person", name, [], {})
    for u, v in (("kai", "lev"), ("lev", "kai")):
        page = f"https://{u}.example.org/cv.html"
        fixture_genealogy.add_edge(G, u, "advisor_phd", v, 2000, 2004, [(page, f"{u} {v}")])
    rebuild_store(G, tmp_path)
    for name, column in (("ancestors", "ancestor"), ("descendants", "descendant")):
        rows = run_saved(tmp_path, name, "Kai Doran")
        assert [(r["name"], r["generation"]) for r in rows] == [
            ("Lev Doran", "1"),
            ("Kai Doran", "2"),
        ]
        plain = standalone(tmp_path, name, person="kai")
        assert {(r[column], r["generation"]) for r in plain} == {
            (r[column], r["generation"]) for r in rows
        }
    # On a cycle each person is their own academic ancestor, as ag:advisor+ says.
    pairs = closure_pairs(tmp_path)
    assert (
        pairs["materialised"]
        == pairs["walked"]
        == {("kai", "lev"), ("lev", "kai"), ("kai", "kai"), ("lev", "lev")}
    )
    assert run_saved(tmp_path, "descendant-count", "Kai Doran")[0]["descendants"] == "2"
