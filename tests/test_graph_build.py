"""Building the graph: the shape everyone downstream reads, combined confidence, conflicts,
stable ids, and the workspace round trip (build → save → load)."""

from __future__ import annotations

import pickle

import networkx as nx
import pytest

from crawler.claims import Claim
from crawler.store import ClaimStore
from graph.build import build_graph, build_workspace, claim_id
from graph.store import GraphNotBuilt, graph_path, load_graph, save_graph

ADA = "https://ada.example.org/"
ZED = "https://zed.example.net/"
OTHER = "https://far.example.com/"


def node_named(G: nx.MultiDiGraph, name: str) -> str:
    (node,) = [n for n, data in G.nodes(data=True) if data["name"] == name]
    return node


def edge(G, subject: str, relation: str, obj: str) -> dict:
    return G.edges[node_named(G, subject), node_named(G, obj), relation]


def claim(subject, relation, obj, source=ADA, **kw) -> Claim:
    return Claim(subject, relation, obj, source, kw.pop("evidence", "…"), "test", **kw)


def test_graph_shape_nodes_and_edges_carry_the_agreed_attributes():
    G = build_graph(
        [
            claim("Ada QUILL", "advisor_phd", "Zed Marlow", start=2012, confidence=0.9),
            claim("Ada Quill", "employed_at", "UGA", start=2016),
        ],
        retrieved={ADA: "2026-01-02T03:04:05+00:00"},
    )
    ada = G.nodes[node_named(G, "Ada Quill")]
    assert ada["kind"] == "person" and ada["homonym"] is False
    assert set(ada["aliases"]) == {"Ada QUILL", "Ada Quill"}
    assert ada["ids"] == {} and ada["sources"] == [ADA]
    uga = G.nodes[node_named(G, "Université Grenoble Alpes")]
    assert uga["kind"] == "organisation" and "UGA" in uga["aliases"]
    data = edge(G, "Ada Quill", "advisor_phd", "Zed Marlow")
    assert data["relation"] == "advisor_phd" and data["start"] == 2012 and data["end"] is None
    assert data["conflict"] is False and data["confidence"] == pytest.approx(0.9)
    (row,) = data["claims"]
    assert row["subject"] == "Ada QUILL" and row["object"] == "Zed Marlow"
    assert row["source"] == ADA and row["retrieved"] == "2026-01-02T03:04:05+00:00"
    assert row["claim_id"] == claim_id(claim("Ada QUILL", "advisor_phd", "Zed Marlow", start=2012))
    assert G.graph["persons"] == 2 and G.graph["organisations"] == 1


def test_edge_direction_follows_the_claim_and_coauthor_is_one_edge_per_pair():
    G = build_graph(
        [
            claim("Ada Quill", "advisor_phd", "Zed Marlow"),
            claim("Ada Quill", "coauthor", "Zed Marlow"),
            claim("Zed Marlow", "coauthor", "Ada Quill", source=ZED),
        ]
    )
    ada, zed = node_named(G, "Ada Quill"), node_named(G, "Zed Marlow")
    assert G.has_edge(ada, zed, "advisor_phd") and not G.has_edge(zed, ada, "advisor_phd")
    coauthor_edges = [(u, v) for u, v, k in G.edges(keys=True) if k == "coauthor"]
    assert len(coauthor_edges) == 1
    u, v = coauthor_edges[0]
    rows = G.edges[u, v, "coauthor"]["claims"]
    assert len(rows) == 2
    # a coauthor claim has one id whichever way round it was written
    assert {row["claim_id"] for row in rows} == {
        claim_id(claim("Ada Quill", "coauthor", "Zed Marlow")),
        claim_id(claim("Ada Quill", "coauthor", "Zed Marlow", source=ZED)),
    }
    assert claim_id(claim("Zed Marlow", "coauthor", "Ada Quill")) == claim_id(
        claim("Ada Quill", "coauthor", "Zed Marlow")
    )


def test_confidence_grows_with_independent_sites_not_with_pages_of_one_site():
    one_site = build_graph(
        [
            claim("Ada Quill", "advisor_phd", "Zed Marlow", source=ADA, confidence=0.6),
            claim("Ada Quill", "advisor_phd", "Zed Marlow", source=ADA + "cv", confidence=0.6),
        ]
    )
    two_sites = build_graph(
        [
            claim("Ada Quill", "advisor_phd", "Zed Marlow", source=ADA, confidence=0.6),
            claim("Ada Quill", "advisor_phd", "Zed Marlow", source=ZED, confidence=0.6),
        ]
    )
    assert edge(one_site, "Ada Quill", "advisor_phd", "Zed Marlow")["confidence"] == pytest.approx(
        0.6
    )
    assert edge(two_sites, "Ada Quill", "advisor_phd", "Zed Marlow")["confidence"] == pytest.approx(
        1 - 0.4 * 0.4
    )


def test_different_years_for_one_thesis_keep_both_claims_and_flag_a_conflict():
    G = build_graph(
        [
            claim("Ada Quill", "advisor_phd", "Zed Marlow", source=ADA, start=2012),
            claim("Ada Quill", "advisor_phd", "Zed Marlow", source=ZED, start=2013),
        ]
    )
    data = edge(G, "Ada Quill", "advisor_phd", "Zed Marlow")
    assert data["conflict"] is True and "2012" in data["conflict_reason"]
    assert {row["start"] for row in data["claims"]} == {2012, 2013}


def test_a_single_year_named_inside_a_period_agrees_with_it():
    G = build_graph(
        [
            claim("Ada Quill", "advisor_postdoc", "Zed Marlow", start=2024, end=2025),
            claim("Ada Quill", "advisor_postdoc", "Zed Marlow", source=ZED, start=2024, end=2024),
        ]
    )
    data = edge(G, "Ada Quill", "advisor_postdoc", "Zed Marlow")
    assert data["conflict"] is False
    assert (data["start"], data["end"]) == (2024, 2025)


def test_two_separate_stints_at_one_organisation_are_not_a_conflict():
    G = build_graph(
        [
            claim("Ada Quill", "employed_at", "TSE", start=2010, end=2012),
            claim("Ada Quill", "employed_at", "TSE", source=ZED, start=2018, end=2020),
        ]
    )
    data = edge(G, "Ada Quill", "employed_at", "Toulouse School of Economics")
    assert data["conflict"] is False
    assert (data["start"], data["end"]) == (2010, 2020)


def test_a_position_still_held_after_an_earlier_one_at_the_same_place_stays_open():
    G = build_graph(
        [
            claim("Ada Quill", "employed_at", "TSE", start=2004, end=2010),
            claim("Ada Quill", "employed_at", "TSE", start=2010),  # "professor since 2010"
            claim("Zed Marlow", "employed_at", "TSE", start=2001, end=2009),
            claim("Zed Marlow", "employed_at", "TSE", source=ZED, start=2001),  # older page
        ]
    )
    ada = edge(G, "Ada Quill", "employed_at", "Toulouse School of Economics")
    assert (ada["start"], ada["end"]) == (2004, None)
    assert ada["conflict"] is False  # one position after the other, not two versions of one
    # a page that says the position ended wins over one that did not know it yet
    zed = edge(G, "Zed Marlow", "employed_at", "Toulouse School of Economics")
    assert (zed["start"], zed["end"]) == (2001, 2009)


def test_one_position_told_with_two_start_years_is_a_conflict():
    G = build_graph(
        [
            claim("Ada Quill", "employed_at", "TSE", start=2017, end=2020),
            claim("Ada Quill", "employed_at", "TSE", source=ZED, start=2018, end=2020),
        ]
    )
    assert edge(G, "Ada Quill", "employed_at", "Toulouse School of Economics")["conflict"] is True


def test_coauthor_years_never_conflict():
    G = build_graph(
        [
            claim("Ada Quill", "coauthor", "Zed Marlow", start=2012),
            claim("Ada Quill", "coauthor", "Zed Marlow", source=ZED, start=2019),
        ]
    )
    u, v, data = next(iter(G.edges(data=True)))
    assert data["conflict"] is False


def test_different_advisor_lists_for_one_thesis_flag_the_disputed_advisors():
    G = build_graph(
        [
            claim("Ada Quill", "advisor_phd", "Zed Marlow", source=ADA),
            claim("Ada Quill", "advisor_phd", "Rhea Tamm", source=ADA),
            claim("Ada Quill", "advisor_phd", "Zed Marlow", source=OTHER),
            claim("Ada Quill", "advisor_phd", "Kofi Mensah", source=OTHER),
        ]
    )
    assert edge(G, "Ada Quill", "advisor_phd", "Zed Marlow")["conflict"] is False
    assert edge(G, "Ada Quill", "advisor_phd", "Rhea Tamm")["conflict"] is True
    assert edge(G, "Ada Quill", "advisor_phd", "Kofi Mensah")["conflict"] is True


def test_an_advisor_page_naming_only_itself_does_not_contradict_the_student():
    G = build_graph(
        [
            claim("Ada Quill", "advisor_phd", "Zed Marlow", source=ADA),
            claim("Ada Quill", "advisor_phd", "Rhea Tamm", source=ADA),
            claim("Ada Quill", "advisor_phd", "Zed Marlow", source=ZED),
        ]
    )
    assert not any(data["conflict"] for _, _, data in G.edges(data=True))


def _conflicted_pairs(G) -> set[tuple[str, str]]:
    """(subject name, object name) of every edge marked as a conflict."""
    return {
        (G.nodes[u]["name"], G.nodes[v]["name"])
        for u, v, data in G.edges(data=True)
        if data["conflict"]
    }


def test_advisor_cycles_are_flagged_on_every_edge_of_the_cycle():
    G = build_graph(
        [
            claim("Ada Quill", "advisor_phd", "Zed Marlow"),
            claim("Zed Marlow", "advisor_phd", "Rhea Tamm", source=ZED),
            claim("Rhea Tamm", "advisor_postdoc", "Ada Quill", source=OTHER),
            claim("Kofi Mensah", "advisor_phd", "Ada Quill", source=OTHER),
        ]
    )
    assert _conflicted_pairs(G) == {
        ("Ada Quill", "Zed Marlow"),
        ("Zed Marlow", "Rhea Tamm"),
        ("Rhea Tamm", "Ada Quill"),
    }


def test_an_advisor_chain_between_two_cycles_is_not_itself_flagged():
    G = build_graph(
        [
            claim("Ada Quill", "advisor_phd", "Zed Marlow"),
            claim("Zed Marlow", "advisor_phd", "Ada Quill", source=ZED),
            claim("Zed Marlow", "advisor_postdoc", "Rhea Tamm", source=OTHER),
            claim("Rhea Tamm", "advisor_phd", "Kofi Mensah", source=OTHER),
            claim("Kofi Mensah", "advisor_phd", "Rhea Tamm"),
            claim("Ines Dubois", "advisor_phd", "Kofi Mensah", source=ZED),
        ]
    )
    assert _conflicted_pairs(G) == {
        ("Ada Quill", "Zed Marlow"),
        ("Zed Marlow", "Ada Quill"),
        ("Rhea Tamm", "Kofi Mensah"),
        ("Kofi Mensah", "Rhea Tamm"),
    }


def test_a_claim_whose_two_sides_resolve_to_one_person_adds_no_self_loop():
    G = build_graph(
        [
            claim("Ada Quill", "advisor_phd", "Zed Marlow"),
            claim("Ada Quill", "coauthor", "Ada QUILL", source=ZED),
        ]
    )
    assert nx.number_of_selfloops(G) == 0


def test_same_claims_give_the_same_graph_and_ids():
    claims = [
        claim("Ada Quill", "advisor_phd", "Zed Marlow"),
        claim("A. Quill", "coauthor", "Z. Marlow", source=ADA + "pubs"),
        claim("Ada Quill", "member_of", "LJK"),
    ]
    a, b = build_graph(claims), build_graph(list(reversed(claims)))
    assert list(a.nodes) == list(b.nodes)
    assert sorted(a.edges(keys=True)) == sorted(b.edges(keys=True))


def test_claims_streamed_once_give_the_same_graph_as_a_list():
    claims = [
        claim("Ada Quill", "advisor_phd", "Zed Marlow", start=2012),
        claim("A. Quill", "coauthor", "Z. Marlow", source=ADA + "pubs", evidence="Paper."),
        claim("Zed Marlow", "coauthor", "Ada QUILL", source=ZED, evidence="Paper."),
        claim("Ada Quill", "member_of", "LJK"),
    ]
    listed = build_graph(claims)
    streamed = build_graph(iter(claims))  # how build_workspace hands the store's claims
    assert nx.utils.graphs_equal(listed, streamed)
    assert streamed.graph["claims"] == len(claims)


def test_a_page_whose_claims_come_in_several_runs_is_listed_once_per_node():
    claims = [
        claim("Ada Quill", "advisor_phd", "Zed Marlow", source=ZED),
        claim("Ada Quill", "coauthor", "Zed Marlow", source=ADA),
        claim("Zed Marlow", "employed_at", "UGA", source=ZED),  # ZED again, after ADA
    ]
    G = build_graph(claims)
    assert G.nodes[node_named(G, "Zed Marlow")]["sources"] == [ADA, ZED]
    assert G.nodes[node_named(G, "Ada Quill")]["sources"] == [ADA, ZED]
    assert G.nodes[node_named(G, "Université Grenoble Alpes")]["sources"] == [ZED]


def test_claim_ids_in_the_graph_are_each_claims_own_id():
    """Ids of many claims (hashed in chunks, possibly by a helper process) match
    :func:`claim_id` of each claim, symmetric relations included."""
    claims = [
        claim(f"Ada Quill{i}", "coauthor" if i % 2 else "advisor_phd", f"Zed Marlow{i}", start=i)
        for i in range(5000)
    ]
    G = build_graph(claims)
    found = {row["claim_id"] for _, _, data in G.edges(data=True) for row in data["claims"]}
    assert found == {claim_id(c) for c in claims}


def test_build_workspace_reads_the_store_records_crawl_time_and_saves(tmp_path):
    with ClaimStore(tmp_path) as store:
        store.replace_page(ADA, [claim("Ada Quill", "advisor_phd", "Zed Marlow")])
        store.replace_page(ZED, [claim("Ada Quill", "advisor_phd", "Zed Marlow", source=ZED)])
    G = build_workspace(tmp_path)
    assert graph_path(tmp_path).exists()
    rows = edge(G, "Ada Quill", "advisor_phd", "Zed Marlow")["claims"]
    assert all(row["retrieved"] and row["retrieved"].startswith("20") for row in rows)
    loaded = load_graph(tmp_path)
    assert nx.utils.graphs_equal(loaded, G)
    assert loaded.graph["persons"] == 2


def test_load_graph_without_a_build_says_what_to_run(tmp_path):
    with pytest.raises(GraphNotBuilt, match="genealogy build"):
        load_graph(tmp_path)
    graph_path(tmp_path).write_bytes(b"not a pickle")
    with pytest.raises(GraphNotBuilt, match="genealogy build"):
        load_graph(tmp_path)
    graph_path(tmp_path).write_bytes(pickle.dumps({"a": 1}))
    with pytest.raises(GraphNotBuilt):
        load_graph(tmp_path)


def test_save_graph_replaces_the_file_and_leaves_no_temporary_files(tmp_path):
    G = build_graph([claim("Ada Quill", "advisor_phd", "Zed Marlow")])
    save_graph(G, tmp_path)
    G.add_node("p-extra", kind="person", name="Extra")
    save_graph(G, tmp_path)
    assert "p-extra" in load_graph(tmp_path)
    assert [p.name for p in tmp_path.iterdir()] == [graph_path(tmp_path).name]
