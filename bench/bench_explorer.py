"""Explorer speed and size on the synthetic world, in the system's headless Chromium.

``explorer_person_view_s``: from navigation to a laid-out, painted person view (ancestors,
descendants, ego network, ≤ 500 visible nodes) of the single-file explorer opened from
``file://`` with a deep link, read from the page's own clock (``performance.now()`` at the
first paint after layout, i.e. since navigation start). The focus is the person the page
opens on by default: the one with most supervision links. Baseline in the same run: the
pyvis network view (positions precomputed, physics off) of a 2,000-node piece of the same
graph, navigation to first draw: the classic tool at the largest size it accepts.

``explorer_file_mb``: the size of the exported single file; baseline the world's claims as
JSONL (the raw statements the graph was built from).

The graph is the world's own ideal resolution (every mention mapped to the entity the
generator knows it names), so this measures the explorer, not the resolver.
"""

from __future__ import annotations

import statistics
import time
from pathlib import Path

import networkx as nx

from bench.chromium import CHROMIUM, launch_chromium
from bench.rows import failed_row, row
from bench.world import World, world_graph

PERSONS = {"smoke": 300, "default": 10_000, "large": 300_000}
SEED = 20260
TARGET_VIEW_S = 1.5
NETWORK_BASELINE_NODES = 2_000
RUNS = 3  # the median of these is reported


def _time_page(browser, url: str, ready_selector: str, clock: str) -> float:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    try:
        page.goto(url, wait_until="commit", timeout=600_000)
        page.wait_for_selector(ready_selector, timeout=600_000)
        return page.evaluate(clock) / 1000.0
    finally:
        page.close()


def network_piece(G: nx.MultiDiGraph, focus: str, size: int) -> nx.MultiDiGraph:
    """The ``size`` nodes nearest to ``focus`` (BFS, any direction), as the baseline draws."""
    seen = {focus: None}
    frontier = [focus]
    undirected = G.to_undirected(as_view=True)
    while frontier and len(seen) < size:
        following = []
        for node in frontier:
            for other in sorted(undirected.neighbors(node)):
                if other not in seen and len(seen) < size:
                    seen[other] = None
                    following.append(other)
        frontier = following
    return G.subgraph(seen).copy()


def run(size: str, workdir: Path) -> list[dict]:
    from exports.explorer import ExplorerData, write_explorer
    from exports.network import write_network

    workdir = Path(workdir)
    world = World.generate(PERSONS[size], SEED)
    claims_path = workdir / "world-claims.jsonl"
    world.write_claims(claims_path)
    G = world_graph(world)
    began = time.perf_counter()
    explorer = write_explorer(G, workdir / "explorer.html")
    write_s = time.perf_counter() - began
    focus = ExplorerData(G).start
    file_mb = explorer.stat().st_size / 1e6
    claims_mb = claims_path.stat().st_size / 1e6
    piece = network_piece(G, focus, NETWORK_BASELINE_NODES)
    network = write_network(piece, workdir / "network.html")
    note = (
        f"{world.n} persons; graph {G.number_of_nodes()} nodes, {G.number_of_edges()} edges; "
        f"write_explorer {write_s:.1f}s"
    )
    rows = [
        row(
            "explorer_file_mb",
            "MB",
            file_mb,
            claims_mb,
            "claims JSONL of the same world",
            None,
            False,
            size,
            note=note,
        )
    ]
    if not CHROMIUM.exists():
        return rows + [failed_row("explorer_person_view_s", size, "no /usr/bin/chromium")]
    from playwright.sync_api import sync_playwright

    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        try:
            url = explorer.resolve().as_uri() + "#person=" + focus
            views = [
                _time_page(browser, url, "body[data-view=ready]", "window.agViewReadyMs")
                for _ in range(RUNS)
            ]
            page = browser.new_page(viewport={"width": 1400, "height": 900})
            page.goto(url, timeout=600_000)
            page.wait_for_selector("body[data-view=ready]", timeout=600_000)
            shown = page.evaluate("agExplorer.view().visible.size")
            page.close()
            baseline = [
                _time_page(
                    browser,
                    network.resolve().as_uri(),
                    "body[data-drawn=yes]",
                    "performance.now()",
                )
                for _ in range(RUNS)
            ]
        finally:
            browser.close()
    rows.append(
        row(
            "explorer_person_view_s",
            "s",
            statistics.median(views),
            statistics.median(baseline),
            f"pyvis network view, {piece.number_of_nodes()} nodes, layout precomputed",
            TARGET_VIEW_S,
            False,
            size,
            note=f"{note}; focus {focus}, {shown} nodes shown; runs {[round(v, 3) for v in views]}",
        )
    )
    return rows


if __name__ == "__main__":
    import json
    import sys
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        for r in run(sys.argv[1] if len(sys.argv) > 1 else "smoke", Path(tmp)):
            print(json.dumps(r, ensure_ascii=False))
