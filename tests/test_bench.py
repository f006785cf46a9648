"""Smoke tests of the benchmark instrument: the synthetic world, the row shape, the harness.

Benchmarks are not tests: nothing here asserts a timing.  What is checked is what a user of
``make bench`` relies on: the world is reproducible and its gold is true to it, every
benchmark module runs on the "smoke" size and returns well-formed rows, and a broken or
missing benchmark becomes a row instead of stopping the run.
"""

from __future__ import annotations

import itertools
import json
from pathlib import Path

import pytest

from bench import run as bench_run
from bench.rows import ROW_KEYS, failed_row, is_well_formed, row
from bench.world import MAX_GENERATIONS, NameForm, World, fold_ascii, mojibake
from crawler.claims import Claim, Relation

SMOKE_PERSONS = 400


@pytest.fixture(scope="module")
def world() -> World:
    return World.generate(SMOKE_PERSONS, seed=11)


# --------------------------------------------------------------------------- rows


def test_row_computes_ratio_and_meets_in_the_stated_direction():
    faster = row("sparql_ancestors_ms", "ms", 3.0, 12.0, "rdflib", 5.0, False, "smoke")
    assert faster["ratio"] == 0.25 and faster["meets"] is True
    slower = row("crawl_pages_per_s", "pages/s", 40.0, 100.0, "bare scrapy", 50.0, True, "smoke")
    assert slower["ratio"] == 0.4 and slower["meets"] is False
    assert tuple(faster)[: len(ROW_KEYS)] == ROW_KEYS


def test_row_without_value_or_target_has_no_verdict():
    assert row("x", "s", None, 2.0, "b", 1.0, False, "default")["meets"] is None
    assert row("x", "s", 1.0, 0.0, "b", None, False, "default")["ratio"] is None
    with pytest.raises(ValueError):
        row("x", "s", 1.0, None, None, None, False, "huge")


def test_failed_row_is_well_formed_and_says_why():
    r = failed_row("build_s_300k", "smoke", "bench_build: ImportError: no graph.build")
    assert is_well_formed(r) and r["value"] is None and "ImportError" in r["note"]
    assert not is_well_formed({"figure": "x"})


# --------------------------------------------------------------------------- world


def test_world_is_deterministic_for_a_seed():
    a = [c.to_json() for c in World.generate(250, seed=3).claims()]
    b = [c.to_json() for c in World.generate(250, seed=3).claims()]
    c = [c.to_json() for c in World.generate(250, seed=4).claims()]
    assert a == b
    assert a != c


def test_world_structure_is_plausible(world: World):
    for p in range(world.n):
        assert len(world.advisors[p]) <= 3
        for a in world.advisors[p]:
            assert world.year[a] < world.year[p], "an advisor graduated before the student"
            assert world.depth[p] > world.depth[a]
        assert 1 <= world.depth[p] <= MAX_GENERATIONS
    facts = world.describe()
    assert facts["advisor_edges"] > world.n * 0.8
    assert facts["max_generations"] >= 8
    assert facts["persons_sharing_full_name"] > 0, "name collisions must occur"


def test_every_claim_is_a_valid_contract_row_whose_mentions_are_known(world: World):
    relations = set()
    for page in world.pages():
        for claim in page.claims():
            assert Claim.from_dict(json.loads(claim.to_json())) == claim
            assert claim.source == page.source and claim.evidence
            assert claim.subject in page.mentions and claim.object in page.mentions
            # The owner is rarely named in the sentence ("PhD, …, advised by X"), others are.
            owner = world.person_id(page.owner)
            for named in (claim.subject, claim.object):
                assert named in claim.evidence or page.mentions[named] == owner
            relations.add(claim.relation)
    assert {Relation.ADVISOR_PHD, Relation.COAUTHOR, Relation.JURY_REVIEWER} <= relations
    assert {Relation.STUDIED_AT, Relation.MEMBER_OF, Relation.PART_OF} <= relations
    assert {Relation.JURY_MEMBER, Relation.ADVISOR_POSTDOC, Relation.EMPLOYED_AT} <= relations


def test_gold_is_true_to_the_world(world: World):
    advisors = set(world.truth_advisors())
    index = {world.person_id(p): p for p in range(world.n)}
    gold = list(world.gold())
    assert gold
    for g in gold:
        if g["relation"] == "advisor_phd":
            assert (index[g["subject_id"]], index[g["object_id"]]) in advisors
        if g["subject_id"].startswith("p"):
            assert g["subject"] == world.name(index[g["subject_id"]])
        if g["relation"] == "part_of":
            child, parent = int(g["subject_id"][1:]), int(g["object_id"][1:])
            assert world.orgs[child].parent == parent
        if g["relation"] == "jury_reviewer":
            candidate = index[g["subject_id"]]
            assert index[g["object_id"]] in world.jury[candidate][0]
    keys = [(g["relation"], g["subject_id"], g["object_id"]) for g in gold]
    assert len(keys) == len(set(keys)), "each gold relation once"


def test_pages_write_names_in_many_surface_forms(world: World):
    forms = set()
    for page in world.pages():
        for surface, entity in page.mentions.items():
            if entity.startswith("p"):
                p = int(entity[1:])
                forms.update(f for f in NameForm if world.surface(p, f) == surface)
    assert {NameForm.FULL, NameForm.INITIAL, NameForm.SURNAME_COMMA_INITIAL} <= forms
    assert len(forms) >= 7


def test_name_helpers():
    assert fold_ascii("Sølvi Bréeau") == "Solvi Breeau"
    assert mojibake("Rémy") == "RÃ©my"


def test_cli_writes_claims_and_gold(tmp_path: Path):
    from bench.world import main

    main(["--persons", "150", "--seed", "2", "--out", str(tmp_path)])
    lines = (tmp_path / "claims.jsonl").read_text(encoding="utf-8").splitlines()
    assert lines and all(Claim.from_dict(json.loads(line)) for line in lines)
    gold = (tmp_path / "gold.jsonl").read_text(encoding="utf-8").splitlines()
    assert gold and json.loads((tmp_path / "world.json").read_text())["claims"] == len(lines)


# --------------------------------------------------------------------------- harness


def test_the_harness_finds_the_benchmark_modules():
    names = bench_run.discover()
    assert "resolution" in names and "run" not in names and "world" not in names


@pytest.mark.slow
@pytest.mark.parametrize("name", bench_run.discover())
def test_each_benchmark_module_runs_on_smoke_and_returns_well_formed_rows(name, tmp_path: Path):
    rows = bench_run.run_module(name, "smoke", tmp_path / name)
    assert rows, name
    for r in rows:
        assert is_well_formed(r), r
        assert r["size"] == "smoke"
        assert "raised" not in r.get("note", ""), r


def test_a_broken_or_missing_benchmark_becomes_a_row(tmp_path: Path):
    rows = bench_run.run_module("no_such_stage", "smoke", tmp_path)
    assert len(rows) == 1 and is_well_formed(rows[0])
    assert "ModuleNotFoundError" in rows[0]["note"]
    isolated = bench_run.run_isolated("no_such_stage", "smoke", tmp_path / "child", 120)
    assert isolated[0]["figure"] == "no_such_stage_error" and "raised" in isolated[0]["note"]
    stopped = bench_run.run_isolated("resolution", "smoke", tmp_path / "slow", 0.001)
    assert "timed out" in stopped[0]["note"]


def test_promised_figures_missing_from_the_run_are_listed_in_the_table():
    rows = [row("resolution_f1_world", "pairwise F1", 0.9, 0.5, "naive", 0.95, True, "smoke")]
    rows += bench_run.missing_figures(rows, ["resolution", "sparql"], "smoke")
    figures = {r["figure"] for r in rows}
    assert {"sparql_ancestors_ms", "sparql_descendants_ms"} <= figures
    assert figures.isdisjoint({"crawl_pages_per_s"}), "only for the modules asked for"
    text = bench_run.table(rows)
    assert "resolution_f1_world" in text and "NO" in text and "bench/bench_sparql.py" in text


def test_fast_claim_serialisation_matches_the_contract(world: World):
    from bench.world import claim_json

    for claim in itertools.islice(world.claims(), 500):
        assert claim_json(claim) == claim.to_json()


def test_the_table_can_show_an_earlier_run(tmp_path: Path):
    now = [row("build_s_30k", "s", 4.0, 1.0, "bare networkx", 60, False, "default")]
    earlier = tmp_path / "reference.json"
    earlier.write_text(json.dumps({"machine": {}, "rows": [{**now[0], "value": 5.5}]}))
    text = bench_run.table(now, bench_run.load_rows(earlier))
    assert "previous" in text.splitlines()[0] and "5.5" in text


def test_world_files_are_written_once_and_reused(tmp_path: Path):
    from bench.world import read_claims, world_files

    first = world_files(200, 9, tmp_path)
    stamp = (first / "claims.jsonl").stat().st_mtime_ns
    again = world_files(200, 9, tmp_path)
    assert again == first and (again / "claims.jsonl").stat().st_mtime_ns == stamp
    claims = list(read_claims(first / "claims.jsonl"))
    assert [c.to_json() for c in claims] == [c.to_json() for c in World.generate(200, 9).claims()]
    assert json.loads((first / "world.json").read_text())["claims"] == len(claims)
    assert (first / "gold.jsonl").stat().st_size > 0


def test_world_graph_is_the_true_resolution_in_the_graph_shape(world: World):
    from bench.world import world_graph

    G = world_graph(world)
    advisors = {(int(u[1:]), int(v[1:])) for u, v, k in G.edges(keys=True) if k == "advisor_phd"}
    assert advisors and advisors <= set(world.truth_advisors())
    for node, data in G.nodes(data=True):
        assert data["name"] == world.entity_name(node) and data["aliases"]
        assert data["kind"] == ("person" if node.startswith("p") else "organisation")
    for _, _, data in G.edges(data=True):
        assert data["claims"] and data["relation"]
    assert G.graph["persons"] + G.graph["organisations"] == G.number_of_nodes()
