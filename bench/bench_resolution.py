"""Resolution accuracy on the synthetic world: does one graph node hold one real person?

Every mention of the world (a surface form on a page: ``(source, "J. Quill")``) belongs to
exactly one person, and the generator knows which.  The project's resolution
(``graph.build.build_graph`` on the world's claims) puts each mention into a node, read back
from the claims each edge keeps.  The figure is the pairwise F1 of that partition against the
gold one; the baseline, in the same run, merges mentions whose names are written exactly
alike (what a system without resolution would do).  B-cubed F1 is reported beside it since
pairwise scores are dominated by the persons mentioned most.

``resolution_f1_world`` scores against the generator's full truth, which includes merges
that nothing on the pages supports: "S. Keslanstein" in a coauthor list whose coauthors
appear nowhere else beside the person is, to any reader, possibly someone else, and the
rules (an initial resolves only with evidence) must not merge it.
``resolution_f1_world_evidence`` scores the same partition against the gold refined to
what evidence can tell (:func:`evidence_gold`), an upper bound of what any evidence-based
resolver may merge; false merges count exactly as in the plain figure.
"""

from __future__ import annotations

import json
import re
import time
import unicodedata
from collections import Counter
from collections.abc import Callable, Hashable, Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from bench.rows import row
from bench.world import World
from crawler.claims import Claim, EntityKind
from graph.persons import UnionFind

PERSONS = {"smoke": 300, "default": 30_000, "large": 300_000}
SEED = 20260
TARGET_F1 = 0.95
TARGET_ORG_F1 = 0.95
BASELINE_NAME = "exact-name merge"

Mention = tuple[str, str]  # (source, surface form)


@dataclass(frozen=True)
class PartitionScore:
    """Pairwise and B-cubed precision/recall/F1 of a predicted partition against the gold."""

    precision: float
    recall: float
    f1: float
    bcubed_precision: float
    bcubed_recall: float
    bcubed_f1: float


def _f1(p: float, r: float) -> float:
    return 2 * p * r / (p + r) if p + r else 0.0


def score_partition(
    gold: dict[Mention, Hashable], predicted: dict[Mention, Hashable]
) -> PartitionScore:
    """Score ``predicted`` (mention → cluster) against ``gold`` (mention → entity).

    Mentions missing from ``predicted`` count as singletons (a dropped mention merges nothing).

    Examples
    --------
    >>> gold = {("s", "A"): 1, ("s", "A."): 1, ("t", "B"): 2}
    >>> s = score_partition(gold, {("s", "A"): "x", ("s", "A."): "x", ("t", "B"): "x"})
    >>> round(s.precision, 3), s.recall
    (0.333, 1.0)
    """
    n_gold: Counter = Counter()
    n_pred: Counter = Counter()
    n_both: Counter = Counter()
    for mention, entity in gold.items():
        cluster = predicted.get(mention, ("singleton", mention))
        n_gold[entity] += 1
        n_pred[cluster] += 1
        n_both[cluster, entity] += 1
    pairs = sum(n * (n - 1) // 2 for n in n_both.values())
    pred_pairs = sum(n * (n - 1) // 2 for n in n_pred.values())
    gold_pairs = sum(n * (n - 1) // 2 for n in n_gold.values())
    precision = pairs / pred_pairs if pred_pairs else 1.0
    recall = pairs / gold_pairs if gold_pairs else 1.0
    total = len(gold) or 1
    b_precision = sum(n * n / n_pred[c] for (c, _), n in n_both.items()) / total
    b_recall = sum(n * n / n_gold[e] for (_, e), n in n_both.items()) / total
    return PartitionScore(
        precision,
        recall,
        _f1(precision, recall),
        b_precision,
        b_recall,
        _f1(b_precision, b_recall),
    )


def world_mentions(world: World) -> tuple[list[Claim], dict[Mention, str], list[dict]]:
    """The world's claims, the gold entity of every mention they make, the gold relations."""
    claims: list[Claim] = []
    gold: dict[Mention, str] = {}
    relations: list[dict] = []
    seen: set = set()
    for page in world.pages():
        relations.extend(world.page_gold(page, seen))
        for claim in page.claims():
            claims.append(claim)
            gold[page.source, claim.subject] = page.mentions[claim.subject]
            gold[page.source, claim.object] = page.mentions[claim.object]
    return claims, gold, relations


def evidence_gold(world: World, claims: Iterable[Claim], gold: dict[Mention, str]) -> dict:
    """The gold refined to what the pages can tell: mention → (person, evidence part).

    Two mentions of one person are one gold cluster when a chain of evidence joins them,
    each link judged with the generator's perfect knowledge of who everyone else is (so
    this is an upper bound): the same page; the same linked person or organisation named
    beside it on both pages (a shared co-author, advisor, student, institution); or both
    written with the full given name, when no other person the pages name bears that name
    (for a shared name, "Wei Gan" on two pages is not evidence of one person).
    Organisation mentions keep their plain gold entity.
    """
    sets = UnionFind()
    find, union = sets.find, sets.union

    # Bearers among the persons the pages name: a namesake no page mentions is no doubt.
    named = {entity for entity in gold.values() if entity[0] == "p"}
    bearers = Counter(scorer_fold(world.name(int(entity[1:]))) for entity in named)
    first_page: dict[tuple[str, str], str] = {}  # (person, linked entity) → first page
    full_page: dict[str, str] = {}  # person with a unique name → first page naming it in full
    for claim in claims:
        source = claim.source
        ends = (gold[source, claim.subject], gold[source, claim.object])
        for entity, other in (ends, ends[::-1]):
            if entity[0] != "p":
                continue
            here = (entity, source)
            seen = first_page.setdefault((entity, other), source)
            if seen != source:
                union(here, (entity, seen))
    for (source, form), entity in gold.items():
        if entity[0] != "p":
            continue
        p = int(entity[1:])
        name = scorer_fold(world.name(p))
        if bearers[name] > 1:
            continue
        words = set(scorer_fold(form).split())
        if set(scorer_fold(world.given[p]).split()) <= words:
            seen = full_page.setdefault(entity, source)
            if seen != source:
                union((entity, source), (entity, seen))
    refined = {}
    for mention, entity in gold.items():
        if entity[0] == "p":
            person, page = find((entity, mention[0]))
            entity = f"{person}@{page}"
        refined[mention] = entity
    return refined


def scorer_fold(name: str) -> str:
    """Names compared as ``shared/eval/score.py`` compares them (accents, case, punctuation).

    A copy of the scorer's rule, not the project's normaliser: the figure must be the one
    the evaluation would give.
    """
    text = unicodedata.normalize("NFKD", name or "")
    text = "".join(c for c in text if not unicodedata.combining(c)).casefold()
    return " ".join(re.sub(r"[.\-‐‑–,'’]", " ", text).split())


def relation_keys(triples: Iterable[tuple[str, str, str]], aliases: dict[str, str]) -> set:
    """Distinct (relation, subject, object) keys, coauthor unordered, org aliases mapped."""
    keys = set()
    for subject, relation, obj in triples:
        s = aliases.get(scorer_fold(subject), scorer_fold(subject))
        o = aliases.get(scorer_fold(obj), scorer_fold(obj))
        if relation == "coauthor":
            s, o = sorted((s, o))
        keys.add((relation, s, o))
    return keys


def relations_f1(predicted: set, gold: set) -> float:
    hits = len(predicted & gold)
    return _f1(hits / len(predicted) if predicted else 0.0, hits / len(gold) if gold else 0.0)


def graph_triples(G) -> Iterator[tuple[str, str, str]]:
    """The built graph's relations with canonical names (what ``export relations`` writes)."""
    names = G.nodes
    for u, v, key, data in G.edges(keys=True, data=True):
        yield names[u].get("name", u), str(data.get("relation", key)), names[v].get("name", v)


def exact_name_partition(gold: Iterable[Mention]) -> dict[Mention, str]:
    """The baseline: mentions written exactly alike are one entity, whatever the page."""
    return {mention: mention[1] for mention in gold}


def graph_partition(G) -> dict[Mention, str]:
    """Mention → node id, read from the claims each edge of the built graph keeps."""
    found: dict[Mention, str] = {}
    for u, v, data in G.edges(data=True):
        aliases_u = G.nodes[u].get("aliases") or ()
        for c in data.get("claims") or ():
            subject_node, object_node = u, v
            # A symmetric edge is stored once per pair, maybe reversed from the claim.
            if c["subject"] not in aliases_u and c["object"] in aliases_u:
                subject_node, object_node = v, u
            found.setdefault((c["source"], c["subject"]), subject_node)
            found.setdefault((c["source"], c["object"]), object_node)
    return found


def partition_errors(
    gold: dict[Mention, str],
    predicted: dict[Mention, str],
    name_of: Callable[[str], str],
    limit: int = 25,
) -> dict:
    """The worst false merges and splits, with surface forms, for whoever tunes resolution."""
    by_node: dict[str, dict[str, set[str]]] = {}
    by_entity: dict[str, dict[str, set[str]]] = {}
    for mention, entity in gold.items():
        node = predicted.get(mention)
        if node is None:
            continue
        by_node.setdefault(node, {}).setdefault(entity, set()).add(mention[1])
        by_entity.setdefault(entity, {}).setdefault(node, set()).add(mention[1])
    merges = sorted(
        ((node, e) for node, e in by_node.items() if len(e) > 1), key=lambda x: -len(x[1])
    )
    splits = sorted(
        ((entity, n) for entity, n in by_entity.items() if len(n) > 1), key=lambda x: -len(x[1])
    )
    return {
        "false_merges": len(merges),
        "splits": len(splits),
        "worst_false_merges": [
            {"node": node, "persons": {f"{e} {name_of(e)}": sorted(f) for e, f in ents.items()}}
            for node, ents in merges[:limit]
        ],
        "worst_splits": [
            {"person": f"{e} {name_of(e)}", "nodes": {n: sorted(f) for n, f in nodes.items()}}
            for e, nodes in splits[:limit]
        ],
    }


def _split(gold: dict[Mention, str], kind: EntityKind) -> dict[Mention, str]:
    prefix = "p" if kind is EntityKind.PERSON else "o"
    return {m: e for m, e in gold.items() if e.startswith(prefix)}


def run(size: str, workdir: Path) -> list[dict]:
    world = World.generate(PERSONS[size], SEED)
    claims, gold, gold_relations = world_mentions(world)
    aliases = {
        scorer_fold(alias): scorer_fold(line["canonical"])
        for line in world.org_aliases()
        for alias in [line["canonical"], *line["aliases"]]
    }
    gold_keys = relation_keys(
        ((g["subject"], g["relation"], g["object"]) for g in gold_relations), aliases
    )
    base_relations = relations_f1(relation_keys((c.triple for c in claims), aliases), gold_keys)
    ours_relations = None
    persons, orgs = _split(gold, EntityKind.PERSON), _split(gold, EntityKind.ORGANISATION)
    naive = exact_name_partition(gold)
    base_p, base_o = score_partition(persons, naive), score_partition(orgs, naive)
    note_world = f"{world.n} persons, {len(claims)} claims, {len(persons)} person mentions"
    try:
        from graph.build import build_graph
    except ImportError as error:
        ours_p = ours_o = ours_e = None
        base_e = score_partition(
            _split(evidence_gold(world, claims, gold), EntityKind.PERSON), naive
        )
        note = f"graph.build unavailable ({error}); {note_world}"
    else:
        began = time.perf_counter()
        G = build_graph(claims)
        seconds = time.perf_counter() - began
        predicted = graph_partition(G)
        ours_p, ours_o = score_partition(persons, predicted), score_partition(orgs, predicted)
        supported = _split(evidence_gold(world, claims, gold), EntityKind.PERSON)
        ours_e, base_e = score_partition(supported, predicted), score_partition(supported, naive)
        ours_relations = relations_f1(relation_keys(graph_triples(G), aliases), gold_keys)
        errors = partition_errors(persons, predicted, world.entity_name)
        (workdir / "resolution-errors.json").write_text(
            json.dumps(errors, indent=1, ensure_ascii=False), encoding="utf-8"
        )
        note = (
            f"{note_world}; build_graph {seconds:.1f}s, {G.number_of_nodes()} nodes; "
            f"{errors['false_merges']} false merges, {errors['splits']} split persons "
            f"(examples in resolution-errors.json)"
        )

    def value(score: PartitionScore | None, attribute: str) -> float | None:
        return None if score is None else getattr(score, attribute)

    figures = (
        ("resolution_f1_world", ours_p, base_p, "f1", TARGET_F1, note),
        ("resolution_precision_world", ours_p, base_p, "precision", None, None),
        ("resolution_recall_world", ours_p, base_p, "recall", None, None),
        ("resolution_bcubed_f1_world", ours_p, base_p, "bcubed_f1", None, None),
        ("resolution_org_f1_world", ours_o, base_o, "f1", TARGET_ORG_F1, None),
        (
            "resolution_f1_world_evidence",
            ours_e,
            base_e,
            "f1",
            None,
            "gold refined to the merges evidence on the pages can support (evidence_gold)",
        ),
        ("resolution_precision_world_evidence", ours_e, base_e, "precision", None, None),
        ("resolution_recall_world_evidence", ours_e, base_e, "recall", None, None),
    )
    rows = [
        row(
            figure,
            "pairwise F1" if attribute == "f1" else attribute.replace("_", " "),
            value(ours, attribute),
            getattr(base, attribute),
            BASELINE_NAME,
            target,
            True,
            size,
            note=text,
        )
        for figure, ours, base, attribute, target, text in figures
    ]
    rows.append(
        row(
            "relations_f1_world",
            "F1 (score.py rules)",
            ours_relations,
            base_relations,
            "claims as written, unresolved",
            None,
            True,
            size,
            note=f"{len(gold_keys)} distinct gold relations; names compared as score.py does",
        )
    )
    return rows
