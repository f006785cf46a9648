"""The classic whole-graph view (`genealogy export html --style network`), drawn by pyvis.

pyvis 0.3.2 as shipped is unusable here: its template loads vis.js and Bootstrap from CDNs
(a blank page offline), turns a node title containing ``href`` into HTML, inserts the heading
raw, and its default physics never settles on a thousand nodes. So pyvis only assembles the
nodes, edges and options; positions come from a networkx layout computed beforehand with
physics off, and the page is our own template with vis-network inlined from pyvis's package
files, data as escaped JSON, titles as plain text (vis-network sets string titles with
``innerText``) and the heading HTML-escaped.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import math
from pathlib import Path

import networkx as nx
import pyvis
from pyvis.network import Network

from exports.explorer import relation_style, script_json
from exports.publish import ExportError

MAX_NODES = 2_000
TEMPLATE = Path(__file__).parent / "templates" / "network.html"
VIS_DIR = Path(pyvis.__file__).parent / "templates" / "lib" / "vis-9.1.2"
NODE_COLOURS = {"person": "#4e79a7", "organisation": "#b8a98f"}
NODE_SHAPES = {"person": "dot", "organisation": "box"}
# Pixels between neighbouring nodes after scaling the [-1, 1] layout.
SPACING = 90
MIN_EXTENT = 300

VIS_OPTIONS = {
    "physics": {"enabled": False},
    "edges": {"smooth": False, "arrows": {"to": {"enabled": True, "scaleFactor": 0.5}}},
    "interaction": {"hover": True, "tooltipDelay": 150, "hideEdgesOnDrag": True},
    "nodes": {"font": {"size": 12}},
}


def _title_text(G: nx.MultiDiGraph, node: object) -> str:
    a = G.nodes[node]
    lines = [str(a.get("name") or node), f"{a.get('kind') or 'person'} · id {node}"]
    aliases = [str(x) for x in a.get("aliases") or [] if str(x) != str(a.get("name"))]
    if aliases:
        lines.append("also: " + "; ".join(aliases[:8]))
    return "\n".join(lines)


def _edge_title(G: nx.MultiDiGraph, u: object, v: object, data: dict, relation: str) -> str:
    years = "–".join(str(y) for y in dict.fromkeys([data.get("start"), data.get("end")]) if y)
    head = f"{G.nodes[u].get('name') or u} — {relation_style(relation)[2]} → "
    head += f"{G.nodes[v].get('name') or v}"
    lines = [head + (f" ({years})" if years else "")]
    for claim in (data.get("claims") or [])[:3]:
        lines.append(f"“{claim.get('evidence', '')}” — {claim.get('source', '')}")
    return "\n".join(lines)


def network_layout(G: nx.MultiDiGraph) -> dict:
    """Positions in pixels, computed once here so the browser never runs physics."""
    if G.number_of_nodes() == 0:
        return {}
    simple = nx.Graph(G.to_undirected(as_view=True))
    positions = nx.spring_layout(simple, seed=7, iterations=50)
    scale = max(MIN_EXTENT, SPACING * math.sqrt(G.number_of_nodes()))
    return {n: (float(x) * scale, float(y) * scale) for n, (x, y) in positions.items()}


def build_network(G: nx.MultiDiGraph) -> Network:
    """The pyvis network for ``G`` with fixed positions and physics off."""
    if G.number_of_nodes() > MAX_NODES:
        raise ExportError(
            f"the graph has {G.number_of_nodes():,} nodes; the network view draws at most "
            f"{MAX_NODES:,}: use the explorer instead (`genealogy export html`)"
        )
    net = Network(directed=True, cdn_resources="in_line", height="100%", width="100%")
    positions = network_layout(G)
    for node in G.nodes:
        a = G.nodes[node]
        kind = str(a.get("kind") or "person")
        x, y = positions[node]
        net.add_node(
            str(node),
            label=str(a.get("name") or node),
            title=_title_text(G, node),
            x=x,
            y=y,
            physics=False,
            color=NODE_COLOURS.get(kind, NODE_COLOURS["person"]),
            shape=NODE_SHAPES.get(kind, "dot"),
            size=10,
        )
    for u, v, key, data in G.edges(keys=True, data=True):
        relation = str(data.get("relation") or key)
        colour, line, _ = relation_style(relation)
        net.add_edge(
            str(u),
            str(v),
            title=_edge_title(G, u, v, data, relation),
            color=colour,
            dashes=line != "solid",
            arrows="" if relation == "coauthor" else "to",
            width=1 + float(data.get("confidence") or 0),
        )
    net.set_options(json.dumps(VIS_OPTIONS))
    return net


def _hash(code: str) -> str:
    return "'sha256-" + base64.b64encode(hashlib.sha256(code.encode()).digest()).decode() + "'"


def network_html(G: nx.MultiDiGraph, heading: str = "Academic genealogy network") -> str:
    """The whole page: vis-network and its CSS inlined, no remote resource."""
    net = build_network(G)
    nodes, edges, _, _, _, options = net.get_network_data()
    data = script_json({"nodes": nodes, "edges": edges, "options": json.loads(options)})
    vis_js = (VIS_DIR / "vis-network.min.js").read_text(encoding="utf-8")
    draw_js = (Path(__file__).parent / "templates" / "network.js").read_text(encoding="utf-8")
    for code in (vis_js, draw_js):
        if "</script" in code.lower():
            raise ValueError("an inlined script contains '</script'")
    csp = (
        f"default-src 'none'; script-src {_hash(vis_js)} {_hash(draw_js)}; "
        "style-src 'unsafe-inline'; img-src data: blob:; connect-src 'none'; "
        "base-uri 'none'; form-action 'none'; object-src 'none'"
    )
    page = TEMPLATE.read_text(encoding="utf-8")
    return (
        page.replace("<!--NET:CSP-->", html.escape(csp, quote=True))
        .replace("<!--NET:HEADING-->", html.escape(heading))
        .replace("<!--NET:SUMMARY-->", html.escape(f"{len(nodes)} nodes, {len(edges)} links"))
        .replace("/*NET:VISCSS*/", (VIS_DIR / "vis-network.css").read_text(encoding="utf-8"))
        .replace("<!--NET:DATA-->", data)
        .replace("<!--NET:VISJS-->", vis_js)
        .replace("<!--NET:DRAWJS-->", draw_js)
    )


def write_network(G: nx.MultiDiGraph, path: Path | str) -> Path:
    """Write the whole graph as one offline pyvis/vis-network page (≤ 2,000 nodes)."""
    text = network_html(G)
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path
