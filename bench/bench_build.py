"""Graph build at scale: resolution + MultiDiGraph from a synthetic world's claims.

For each world size (persons) the world's claims are written as JSON lines once, then a
fresh interpreter loads them and runs ``graph.build.build_graph`` (timed alone) on them
handed over one by one (the list lets go of each claim as the build reads it, as
``build_workspace`` streams them from the store), then ``save_graph``/``load_graph``; its
peak RSS is the build's own (the loaded claims count until the build has read them).
The baseline, measured the same way, is a bare ``MultiDiGraph`` with one edge per claim
between the names as written (no resolution, no evidence kept): what the build costs on
top of networkx.

Growth: the issue asks for cost no worse than n log n; ``build_growth_vs_nlogn`` is the
time ratio between the largest and smallest sizes divided by the n log n ratio (≤ 1.25
means n log n or better, with some slack for cache effects).
"""

from __future__ import annotations

import json
import math
import tempfile
import time
from collections.abc import Iterator
from pathlib import Path

from bench.measure import in_subprocess, peak_rss_mb
from bench.rows import row

SEED = 20260
SIZES = {"smoke": (3_000,), "default": (30_000, 100_000), "large": (30_000, 100_000, 300_000)}
TARGET_BUILD_S_300K = 60.0
TARGET_PEAK_RSS_MB_300K = 3072.0
TARGET_GROWTH = 1.25
BASELINE_NAME = "bare MultiDiGraph of raw names"


def write_world_claims(n_persons: int, path: Path, seed: int = SEED) -> int:
    """Claims JSONL of a synthetic world of ``n_persons`` (reusable by other benchmarks)."""
    from bench.world import World

    return World.generate(n_persons, seed).write_claims(path)


def _load_claims(path: str) -> list:
    from crawler.claims import Claim

    with open(path, encoding="utf-8") as handle:
        return [Claim.from_dict(json.loads(line)) for line in handle if line.strip()]


def _handed_over(claims: list) -> Iterator:
    """Yield the claims in order, dropping the list's reference to each: the build then
    holds the only copy, as when ``build_workspace`` streams them from the store."""
    for index, claim in enumerate(claims):
        claims[index] = None
        yield claim


def build_from_file(path: str) -> dict:
    """Load claims, build the graph, save and reload it: seconds and memory of each step."""
    import gc

    from graph.build import build_graph
    from graph.store import load_graph, save_graph

    began = time.perf_counter()
    claims = _load_claims(path)
    loaded = time.perf_counter()
    cpu_began = time.process_time()
    G = build_graph(_handed_over(claims))
    built = time.perf_counter()
    cpu = time.process_time() - cpu_began
    rss_build = peak_rss_mb()
    nodes, edges, persons = G.number_of_nodes(), G.number_of_edges(), G.graph["persons"]
    del claims
    with tempfile.TemporaryDirectory() as workspace:
        save_began = time.perf_counter()
        save_graph(G, workspace)
        saved = time.perf_counter()
        del G
        gc.collect()
        load_began = time.perf_counter()
        load_graph(workspace)
        reloaded = time.perf_counter()
    return {
        "load_claims_s": loaded - began,
        "build_s": built - loaded,
        "build_cpu_s": cpu,
        "peak_rss_mb": rss_build,
        "save_s": saved - save_began,
        "reload_s": reloaded - load_began,
        "peak_rss_mb_with_save": peak_rss_mb(),
        "nodes": nodes,
        "edges": edges,
        "persons": persons,
    }


def bare_from_file(path: str) -> dict:
    """The baseline: one MultiDiGraph edge per claim between raw names."""
    import networkx as nx

    claims = _load_claims(path)
    began = time.perf_counter()
    G = nx.MultiDiGraph()
    for claim in _handed_over(claims):
        G.add_edge(claim.subject, claim.object, key=claim.relation.value)
    return {"build_s": time.perf_counter() - began, "peak_rss_mb": peak_rss_mb()}


def _label(n: int) -> str:
    return f"{n // 1000}k" if n >= 1000 else str(n)


def run(size: str, workdir: Path) -> list[dict]:
    rows: list[dict] = []
    times: dict[int, float] = {}
    for n in SIZES[size]:
        path = Path(workdir) / f"world-{n}.jsonl"
        n_claims = write_world_claims(n, path)
        ours = in_subprocess(build_from_file, str(path)).result
        bare = in_subprocess(bare_from_file, str(path)).result
        path.unlink()
        times[n] = ours["build_s"]
        label = _label(n)
        is_target = n == 300_000
        note = (
            f"{n} persons, {n_claims} claims → {ours['persons']} person nodes, "
            f"{ours['nodes']} nodes, {ours['edges']} edges; CPU of the build's own process "
            f"{ours['build_cpu_s']:.1f}s (its forked helpers run on the second core); "
            f"loading claims {ours['load_claims_s']:.1f}s not included"
        )
        rows += [
            row(
                f"build_s_{label}",
                "s",
                ours["build_s"],
                bare["build_s"],
                BASELINE_NAME,
                TARGET_BUILD_S_300K if is_target else None,
                False,
                size,
                note=note,
            ),
            row(
                f"build_peak_rss_mb_{label}",
                "MiB",
                ours["peak_rss_mb"],
                bare["peak_rss_mb"],
                BASELINE_NAME,
                TARGET_PEAK_RSS_MB_300K if is_target else None,
                False,
                size,
                note="claims in memory + resolution + graph, before saving",
            ),
            row(
                f"graph_save_s_{label}",
                "s",
                ours["save_s"],
                None,
                None,
                None,
                False,
                size,
                note=f"pickle, peak RSS while saving {ours['peak_rss_mb_with_save']:.0f} MiB",
            ),
            row(f"graph_load_s_{label}", "s", ours["reload_s"], None, None, None, False, size),
        ]
    if len(times) > 1:
        small, big = min(times), max(times)
        nlogn = (big * math.log(big)) / (small * math.log(small))
        growth = (times[big] / times[small]) / nlogn
        exponent = math.log(times[big] / times[small]) / math.log(big / small)
        rows.append(
            row(
                "build_growth_vs_nlogn",
                "ratio",
                growth,
                None,
                None,
                TARGET_GROWTH,
                False,
                size,
                note=f"{_label(small)}→{_label(big)}: time ×{times[big] / times[small]:.2f}, "
                f"n log n ×{nlogn:.2f}, exponent {exponent:.2f}",
            )
        )
    if size != "large":
        for figure in ("build_s_300k", "build_peak_rss_mb_300k"):
            rows.append(
                row(
                    figure,
                    "s" if figure.startswith("build_s") else "MiB",
                    None,
                    None,
                    None,
                    TARGET_BUILD_S_300K
                    if figure.startswith("build_s")
                    else TARGET_PEAK_RSS_MB_300K,
                    False,
                    size,
                    note="measured with --size large only",
                )
            )
    return rows


if __name__ == "__main__":
    import sys

    chosen = sys.argv[1] if len(sys.argv) > 1 else "smoke"
    with tempfile.TemporaryDirectory() as tmp:
        for result in run(chosen, Path(tmp)):
            print(json.dumps(result, ensure_ascii=False))
