"""The pyvis whole-graph view: offline, precomputed layout, plain-text titles, size limit."""

from __future__ import annotations

import html
import json
import re
from pathlib import Path

import networkx as nx
import pytest
from test_explorer import XSS_NAME, add_person, fictional_graph

from exports.network import MAX_NODES, build_network, network_html, write_network
from exports.publish import ExportError

HOSTILE_TITLE = '<a href="https://evil.example/">click</a>'


def hostile_graph() -> nx.MultiDiGraph:
    G = fictional_graph()
    add_person(G, "href-person", HOSTILE_TITLE)
    return G


def embedded(page: str) -> dict:
    match = re.search(r'<script type="application/json" id="net-data">(.*?)</script>', page, re.S)
    return json.loads(match.group(1))


def test_page_is_offline_with_vis_inlined(tmp_path):
    path = write_network(fictional_graph(), tmp_path / "network.html")
    page = path.read_text(encoding="utf-8")
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)\s*=", page, re.I)
    assert "cdnjs" not in page and "jsdelivr" not in page
    assert "vis.Network" in page  # the drawing code
    csp = html.unescape(re.search(r'Content-Security-Policy" content="([^"]+)"', page).group(1))
    assert "default-src 'none'" in csp and "connect-src 'none'" in csp
    assert re.search(r"script-src 'sha256-[^']+' 'sha256-[^']+';", csp)


def test_positions_are_precomputed_and_physics_is_off():
    data = embedded(network_html(fictional_graph()))
    assert data["options"]["physics"]["enabled"] is False
    assert len(data["nodes"]) == 11
    xs = {(n["x"], n["y"]) for n in data["nodes"]}
    assert len(xs) == 11  # every node has its own place
    assert all(n["physics"] is False for n in data["nodes"])


def test_layout_is_deterministic():
    first = embedded(network_html(fictional_graph()))["nodes"]
    second = embedded(network_html(fictional_graph()))["nodes"]
    assert [(n["x"], n["y"]) for n in first] == [(n["x"], n["y"]) for n in second]


def test_titles_stay_plain_text_and_heading_is_escaped():
    G = hostile_graph()
    page = network_html(G, heading=XSS_NAME)
    assert XSS_NAME not in page and HOSTILE_TITLE not in page
    assert "&lt;img src=x onerror=alert(1)&gt;" in page
    # pyvis's link template (innerHTML popups) is not used even with an href in a title.
    assert "popup.innerHTML" not in page
    titles = [n["title"] for n in embedded(page)["nodes"]]
    assert any(t.startswith(HOSTILE_TITLE) for t in titles)


def test_edges_keep_relation_styles_and_evidence_in_titles():
    data = embedded(network_html(fictional_graph()))
    edge = next(e for e in data["edges"] if e["from"] == "ada-quill" and e["to"] == "zed-marlow")
    assert "Ada Quill did her PhD under the supervision of Zed Marlow" in edge["title"]
    coauthor = next(
        e for e in data["edges"] if e["to"] == "ada-quill" and e["from"] == "xss-person"
    )
    assert coauthor["arrows"] == ""
    assert edge["arrows"] == "to"


def test_graph_above_the_limit_points_to_the_explorer():
    G = nx.MultiDiGraph()
    for i in range(MAX_NODES + 1):
        G.add_node(f"p{i}", kind="person", name=f"Person {i}")
    with pytest.raises(ExportError, match="explorer"):
        build_network(G)


@pytest.mark.browser
def test_network_draws_offline_and_shows_titles_as_text(tmp_path):
    from playwright.sync_api import sync_playwright
    from test_explorer_browser import LOCAL_PREFIXES

    from bench.chromium import launch_chromium

    path = write_network(hostile_graph(), Path(tmp_path) / "network.html")
    with sync_playwright() as pw:
        browser = launch_chromium(pw)
        try:
            page = browser.new_page(viewport={"width": 1200, "height": 800})
            requests, dialogs = [], []
            page.on("request", lambda r: requests.append(r.url))
            page.on("dialog", lambda d: (dialogs.append(d.message), d.dismiss()))
            page.goto(path.resolve().as_uri())
            page.wait_for_selector("body[data-drawn=yes]", timeout=15_000)
            point = page.evaluate(
                """() => {
                    const at = agNetwork.getPositions(['href-person'])['href-person'];
                    const p = agNetwork.canvasToDOM(at);
                    const box = document.getElementById('network').getBoundingClientRect();
                    return [box.left + p.x, box.top + p.y];
                }"""
            )
            page.mouse.move(point[0] - 30, point[1] - 30)
            page.mouse.move(point[0], point[1], steps=5)
            tooltip = page.locator("div.vis-tooltip")
            tooltip.wait_for(state="visible", timeout=5_000)
            assert tooltip.inner_text().startswith(HOSTILE_TITLE)
            assert tooltip.locator("a").count() == 0
            assert all(url.startswith(LOCAL_PREFIXES) for url in requests)
            assert dialogs == []
        finally:
            browser.close()
