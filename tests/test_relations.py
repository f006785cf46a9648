"""Exports of the resolved graph: claim-contract JSON lines and Gephi-readable GraphML."""

from __future__ import annotations

import io
import json

import networkx as nx

from crawler.claims import CLAIM_FIELDS, Claim
from exports.relations import iter_relations, write_graphml, write_relations
from graph.build import build_graph

ADA = "https://ada.example.org/"
ZED = "https://zed.example.net/"

CLAIMS = [
    Claim("Ada QUILL", "advisor_phd", "Zed Marlow", ADA, "PhD with Zed Marlow", "t", 0.7, 2012),
    Claim("Ada Quill", "advisor_phd", "Zed Marlow", ZED, "student: Ada Quill", "t", 0.9, 2012),
    Claim("A. Quill", "coauthor", "Zed Marlow", ADA + "pubs", "A. Quill, Z. Marlow", "t"),
    Claim("Ada Quill", "member_of", "LJK", ADA, "member of LJK", "t"),
]


def test_relations_are_claim_rows_with_canonical_names_one_per_edge():
    G = build_graph(CLAIMS)
    rows = list(iter_relations(G))
    assert all(set(CLAIM_FIELDS) <= set(row) for row in rows)
    triples = {(r["subject"], r["relation"], r["object"]) for r in rows}
    assert triples == {
        ("Ada Quill", "advisor_phd", "Zed Marlow"),
        ("Ada Quill", "coauthor", "Zed Marlow"),
        ("Ada Quill", "member_of", "Laboratoire Jean Kuntzmann"),
    }
    (advisor,) = [r for r in rows if r["relation"] == "advisor_phd"]
    assert advisor["support"] == 2 and advisor["start"] == 2012
    assert advisor["evidence"] == "student: Ada Quill"  # the most confident claim
    assert advisor["confidence"] > 0.9
    Claim.from_dict(advisor)  # a row is a valid claim again


def test_reference_hierarchy_is_left_out_unless_asked():
    G = build_graph(CLAIMS)
    assert not any(r["relation"] == "part_of" for r in iter_relations(G))
    reference = [r for r in iter_relations(G, include_reference=True) if r["relation"] == "part_of"]
    assert {"Université Grenoble Alpes"} <= {r["object"] for r in reference}


def test_write_relations_writes_one_json_object_per_line():
    G = build_graph(CLAIMS)
    handle = io.StringIO()
    count = write_relations(G, handle)
    lines = handle.getvalue().splitlines()
    assert count == len(lines) == 3
    assert all(json.loads(line)["subject_id"].startswith("p-") for line in lines)


def test_graphml_round_trips_with_scalar_attributes_only(tmp_path):
    G = build_graph(CLAIMS)
    path = write_graphml(G, tmp_path / "g.graphml")
    back = nx.read_graphml(path, force_multigraph=True)
    assert set(back.nodes) == set(G.nodes)
    assert back.number_of_edges() == G.number_of_edges()
    for _, data in back.nodes(data=True):
        assert all(isinstance(v, str | int | float | bool) for v in data.values())
    ada = next(n for n, d in G.nodes(data=True) if d["name"] == "Ada Quill")
    assert back.nodes[ada]["label"] == "Ada Quill"
    assert "A. Quill" in back.nodes[ada]["aliases"]
    relations = {d["relation"] for _, _, d in back.edges(data=True)}
    assert {"advisor_phd", "coauthor", "member_of", "part_of"} <= relations
