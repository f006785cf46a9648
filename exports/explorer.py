"""The browser explorer: find a person, see their academic family, read each edge's evidence.

Two ways to ship it:

- ``write_explorer(G, path)`` writes ONE self-contained HTML file that works from ``file://``:
  vendored JS and CSS inlined, the graph embedded as a compact adjacency (ids, names, edges as
  flat integer arrays) that the page walks in JS; claims and profiles are embedded in chunks
  parsed only when a user opens an edge or a node, so a huge graph still opens quickly.
- ``explorer_routes(G)`` gives the pages ``genealogy serve`` mounts: ``/`` is the same page in
  served mode, which fetches one person's neighbourhood at a time from ``/api/person`` and
  completions from ``/api/search`` instead of shipping the whole graph.

Crawled text is untrusted: it reaches the page only as JSON inside
``<script type="application/json">`` with ``<``, ``>`` and ``&`` escaped, and the page
inserts it with ``textContent``; a Content-Security-Policy admits only the page's own inline
scripts (by hash), so nothing remote can run.
"""

from __future__ import annotations

import base64
import hashlib
import html
import json
import sys
import unicodedata
from array import array
from collections import deque
from collections.abc import Callable, Iterable
from enum import StrEnum
from pathlib import Path
from urllib.parse import quote

import networkx as nx

from crawler.claims import Family, Relation

TEMPLATES = Path(__file__).parent / "templates"
VENDOR = Path(__file__).parent / "vendor"
# Inlined in this order before the explorer's own script.
VENDOR_SCRIPTS = ("cytoscape.min.js",)

# Claims and profiles are cut into chunks (~1 MB each) so that opening one edge parses one
# chunk only, and so that the HTML parser, busy with them after the first view, yields often.
EDGES_PER_CLAIM_CHUNK = 5_000
NODES_PER_DETAIL_CHUNK = 5_000

# What the served API sends for one person: enough for the page's largest view (500 nodes).
SERVED_NODE_LIMIT = 600
SERVED_GENERATIONS = 8
SEARCH_LIMIT = 12
# A profile lists this many of a node's source pages (the count says how many there are).
SOURCES_SHOWN = 10

# External identifiers → the public page for that id (values already http(s) are kept).
ID_PAGES = {
    "orcid": "https://orcid.org/{}",
    "idref": "https://www.idref.fr/{}",
    "hal": "https://cv.hal.science/{}",
    "dblp": "https://dblp.org/pid/{}",
    "scholar": "https://scholar.google.com/citations?user={}",
    "mgp": "https://www.mathgenealogy.org/id.php?id={}",
    "wikidata": "https://www.wikidata.org/wiki/{}",
    "ror": "https://ror.org/{}",
    "viaf": "https://viaf.org/viaf/{}",
    "isni": "https://isni.org/isni/{}",
}


# One colour, line style and legend label per relation: the explorer's legend and edges and
# the network view's edges all read this table.
RELATION_STYLE: dict[str, tuple[str, str, str]] = {
    Relation.ADVISOR_PHD: ("#1f5fa8", "solid", "PhD advisor"),
    Relation.ADVISOR_POSTDOC: ("#2a9d3c", "solid", "postdoc advisor"),
    Relation.ADVISOR_INTERNSHIP: ("#13a3b5", "dashed", "internship advisor"),
    Relation.ADVISOR_OTHER: ("#7b4fb0", "dashed", "other supervision"),
    Relation.JURY_REVIEWER: ("#d1342f", "dashed", "jury: reviewer"),
    Relation.JURY_EXAMINER: ("#f08a0c", "dashed", "jury: examiner"),
    Relation.JURY_PRESIDENT: ("#8c564b", "dashed", "jury: president"),
    Relation.JURY_MEMBER: ("#e377c2", "dotted", "jury: member"),
    Relation.COAUTHOR: ("#8a8a8a", "solid", "coauthor"),
    Relation.EMPLOYED_AT: ("#a8a61c", "dotted", "employed at"),
    Relation.STUDIED_AT: ("#6f9fd8", "dotted", "studied at"),
    Relation.MEMBER_OF: ("#5cb85c", "dotted", "member of (team)"),
    Relation.PART_OF: ("#b0b0b0", "dotted", "part of"),
}
UNKNOWN_RELATION_STYLE = ("#999999", "dotted", None)


def relation_style(name: str) -> tuple[str, str, str]:
    """(colour, line style, legend label) of a relation; unknown ones get a grey dotted line."""
    colour, line, label = RELATION_STYLE.get(name, UNKNOWN_RELATION_STYLE)
    return colour, line, label or name


class ExplorerMode(StrEnum):
    """Where the page gets its data: embedded in the file, or from the serving process."""

    FILE = "file"
    SERVED = "served"


class ProfileCount(StrEnum):
    """The counts shown in a node's profile panel, in the order they are encoded."""

    ADVISORS = "advisors"
    STUDENTS = "students"
    COAUTHORS = "coauthors"
    JURIES_SAT_ON = "juries sat on"
    JURY_MEMBERS = "own jury members"
    ORGANISATIONS = "organisations"
    MEMBERS = "members"
    SOURCES = "sources"


COUNT_SLOT = {count: slot for slot, count in enumerate(ProfileCount)}


def search_key(text: str) -> str:
    """Fold a name for completion: accents, case and punctuation do not matter.

    The page's JS folds the same way (``searchKey`` in explorer.js), so served and offline
    completion agree.

    Examples
    --------
    >>> search_key("  Élodie  O'Brien-Lévy ")
    'elodie o brien levy'
    """
    decomposed = unicodedata.normalize("NFD", text)
    stripped = "".join(c for c in decomposed if not unicodedata.combining(c)).casefold()
    words, word = [], []
    for char in stripped:
        if char.isalnum():
            word.append(char)
        elif word:
            words.append("".join(word))
            word = []
    if word:
        words.append("".join(word))
    return " ".join(words)


def external_links(ids: dict | None) -> list[list]:
    """``[label, value, url-or-None]`` for each external id; only http(s) URLs are links."""
    links = []
    for label, value in sorted((ids or {}).items()):
        if value in (None, ""):
            continue
        for one in value if isinstance(value, list | tuple) else [value]:
            text = str(one)
            url = None
            if text.lower().startswith(("http://", "https://")):
                url = text
            elif label in ID_PAGES:
                url = ID_PAGES[label].format(quote(text, safe="/:-._~"))
            links.append([label, text, url])
    return links


def script_json(value: object) -> str:
    """JSON safe inside a ``<script>`` element: no ``</script>``, no ``<!--``, no entities."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    return (
        text.replace("<", "\\u003c")
        .replace(">", "\\u003e")
        .replace("&", "\\u0026")
        .replace("\u2028", "\\u2028")
        .replace("\u2029", "\\u2029")
    )


def _relation_table(G: nx.MultiDiGraph) -> list[list[str]]:
    """``[name, family]`` for every relation: the enum's order, then any unknown keys."""
    table = [[r.value, r.family.value] for r in Relation]
    known = {r.value for r in Relation}
    extra = sorted({str(_relation_of(k, d)) for _, _, k, d in G.edges(keys=True, data=True)})
    table += [[name, Family.COLLABORATION.value] for name in extra if name not in known]
    return table


def _relation_of(key: object, data: dict) -> str:
    return str(data.get("relation") or key)


def _year(value: object) -> int:
    try:
        return int(value) if value not in (None, "") else 0
    except (TypeError, ValueError):
        return 0


def _confidence(value: object) -> int:
    try:
        return max(0, min(100, round(float(value) * 100)))
    except (TypeError, ValueError):
        return 0


class ExplorerData:
    """The graph in the page's compact encoding, with the indexes both modes need."""

    def __init__(self, G: nx.MultiDiGraph) -> None:
        self.G = G
        self.relations = _relation_table(G)
        self.relation_index = {name: i for i, (name, _) in enumerate(self.relations)}
        self.nodes = list(G.nodes)
        self.node_index = {node: i for i, node in enumerate(self.nodes)}
        self.edges = self.ordered_edges(self.nodes, list(G.edges(keys=True, data=True)))
        self.start = self._start_person()
        self._count_table: dict | None = None

    # ----------------------------------------------------------------- encodings
    def config(self, mode: ExplorerMode, title: str) -> dict:
        return {
            "mode": mode.value,
            "title": title,
            "relations": self.relations,
            "styles": [list(relation_style(name)) for name, _ in self.relations],
            "counts": [c.value for c in ProfileCount],
            "claimChunk": EDGES_PER_CLAIM_CHUNK,
            "detailChunk": NODES_PER_DETAIL_CHUNK,
            "start": self.start,
            "persons": sum(1 for n in self.nodes if self._kind(n) == "person"),
            "organisations": sum(1 for n in self.nodes if self._kind(n) != "person"),
            "edges": len(self.edges),
            "years": self._year_range(),
        }

    def ordered_edges(self, nodes: list, edges: list) -> list:
        """``edges`` sorted by their source's position in ``nodes`` (the order blocks use)."""
        local = {node: i for i, node in enumerate(nodes)}
        return sorted(edges, key=lambda edge: local[edge[0]])

    def aliases_block(self, nodes: list) -> list:
        """``[node index, variant…]`` for each node written other ways than its name."""
        rows = []
        for i, node in enumerate(nodes):
            a = self.G.nodes[node]
            name = str(a.get("name") or node)
            extra = sorted({str(x) for x in a.get("aliases") or [] if str(x) != name})
            if extra:
                rows.append([i, *extra])
        return rows

    def graph_block(self, nodes: list, edges: list, *, aliases: bool = True) -> dict:
        """Nodes as parallel arrays; edges (sorted by source, see ``ordered_edges``) packed.

        ``edges`` is base64 of one little-endian buffer, read in JS as typed arrays without
        parsing a number per field: ``outStart`` uint32[n+1] (CSR offsets by source),
        ``target`` uint32[m], ``start`` uint16[m], ``end`` uint16[m] (0 = no year),
        ``relation`` uint8[m] (bit 7 = conflict), ``confidence`` uint8[m] (0-100). Half the
        size of a JSON array and several times faster to load on a 300,000-person graph.
        """
        local = {node: i for i, node in enumerate(nodes)}
        attrs = [self.G.nodes[n] for n in nodes]
        out_start = array("I", bytes(4 * (len(nodes) + 1)))
        target, start, end = array("I"), array("H"), array("H")
        relation, confidence = bytearray(), bytearray()
        previous = -1
        for u, v, key, data in edges:
            source = local[u]
            if source < previous:
                raise ValueError("edges must be sorted by source (ordered_edges)")
            previous = source
            out_start[source + 1] += 1
            target.append(local[v])
            start.append(min(_year(data.get("start")), 65535))
            end.append(min(_year(data.get("end")), 65535))
            flag = 128 if data.get("conflict") else 0
            relation.append(self.relation_index[_relation_of(key, data)] | flag)
            confidence.append(_confidence(data.get("confidence")))
        for i in range(len(nodes)):
            out_start[i + 1] += out_start[i]
        words = [out_start, target, start, end]
        if sys.byteorder != "little":
            for word in words:
                word.byteswap()
        packed = b"".join(w.tobytes() for w in words) + bytes(relation) + bytes(confidence)
        return {
            "id": [str(n) for n in nodes],
            "name": [str(a.get("name") or n) for n, a in zip(nodes, attrs, strict=True)],
            "kind": "".join("p" if self._kind(n) == "person" else "o" for n in nodes),
            "alias": self.aliases_block(nodes) if aliases else [],
            "homonym": [i for i, a in enumerate(attrs) if a.get("homonym")],
            "m": len(edges),
            "edges": base64.b64encode(packed).decode("ascii"),
        }

    def claims_block(self, edges: list) -> dict:
        """Every edge's supporting claims; strings in one table, each kept once.

        Sources, extractors and names repeat, and so do snippets: one publication's author
        list is the evidence of every coauthor pair it states.
        """
        strings: list[str] = []
        where: dict[str, int] = {}

        def ref(value: object) -> int | None:
            if value in (None, ""):
                return None
            text = str(value)
            if text not in where:
                where[text] = len(strings)
                strings.append(text)
            return where[text]

        per_edge = []
        for _, _, _, data in edges:
            rows = []
            for claim in data.get("claims") or []:
                rows.append(
                    [
                        str(claim.get("claim_id") or ""),
                        ref(claim.get("source")),
                        ref(claim.get("evidence") or ""),
                        ref(claim.get("extractor")),
                        _confidence(claim.get("confidence")),
                        _year(claim.get("start")) or None,
                        _year(claim.get("end")) or None,
                        ref(claim.get("retrieved")),
                        ref(claim.get("subject")),
                        ref(claim.get("object")),
                    ]
                )
            per_edge.append(rows)
        return {"strings": strings, "claims": per_edge}

    def details_block(self, nodes: list) -> dict:
        """Per node: external ids as links, sources (first few), and the profile counts.

        Source URLs repeat across nodes (one page names many people), so they are kept once
        in ``strings`` and rows refer to them by index.
        """
        strings: list[str] = []
        where: dict[str, int] = {}
        rows = []
        for node in nodes:
            a = self.G.nodes[node]
            sources = [str(s) for s in a.get("sources") or []]
            refs = []
            for source in sources[:SOURCES_SHOWN]:
                if source not in where:
                    where[source] = len(strings)
                    strings.append(source)
                refs.append(where[source])
            rows.append([external_links(a.get("ids")), refs, self._counts(node, len(sources))])
        return {"strings": strings, "rows": rows}

    def _counts(self, node: object, sources: int) -> list[int]:
        if self._count_table is None:
            self._count_table = self._count_all()
        counts = list(self._count_table.get(node) or [0] * len(ProfileCount))
        counts[COUNT_SLOT[ProfileCount.SOURCES]] = sources
        return counts

    def _count_all(self) -> dict:
        """Every node's profile counts, in one pass over the edges (subject, object slots)."""
        slots = {
            Family.SUPERVISION.value: (ProfileCount.ADVISORS, ProfileCount.STUDENTS),
            Family.JURY.value: (ProfileCount.JURY_MEMBERS, ProfileCount.JURIES_SAT_ON),
            Family.ORGANISATION.value: (ProfileCount.ORGANISATIONS, ProfileCount.MEMBERS),
            Family.COLLABORATION.value: (ProfileCount.COAUTHORS, ProfileCount.COAUTHORS),
        }
        by_relation = {
            name: (COUNT_SLOT[slots[family][0]], COUNT_SLOT[slots[family][1]])
            for name, family in self.relations
        }
        width = len(ProfileCount)
        table: dict = {}
        for u, v, key, data in self.edges:
            if u == v:
                continue
            as_subject, as_object = by_relation[_relation_of(key, data)]
            row_u = table.get(u)
            if row_u is None:
                row_u = table[u] = [0] * width
            row_v = table.get(v)
            if row_v is None:
                row_v = table[v] = [0] * width
            row_u[as_subject] += 1
            row_v[as_object] += 1
        return table

    def _family(self, key: object, data: dict) -> str:
        return self.relations[self.relation_index[_relation_of(key, data)]][1]

    def _kind(self, node: object) -> str:
        return str(self.G.nodes[node].get("kind") or "person")

    def _year_range(self) -> list[int]:
        years = [
            y
            for _, _, d in self.G.edges(data=True)
            for y in (_year(d.get("start")), _year(d.get("end")))
            if y
        ]
        return [min(years), max(years)] if years else [1900, 2030]

    def _start_person(self) -> str | None:
        """The person with most supervision links: what the page shows before any search."""
        best, best_degree = None, -1
        degree: dict = {}
        for u, v, key, data in self.edges:
            if self._family(key, data) == Family.SUPERVISION.value:
                degree[u] = degree.get(u, 0) + 1
                degree[v] = degree.get(v, 0) + 1
        for node in self.nodes:
            if self._kind(node) != "person":
                continue
            d = degree.get(node, 0)
            if d > best_degree:
                best, best_degree = node, d
        return None if best is None else str(best)

    # --------------------------------------------------------------- served API
    def search(self, query: str, limit: int = SEARCH_LIMIT) -> list[dict]:
        """Completions: whole-name prefix first, then word prefix, then substring."""
        key = search_key(query)
        if not key:
            return []
        if not hasattr(self, "_search_index"):
            index = []
            for node in self.nodes:
                a = self.G.nodes[node]
                name = str(a.get("name") or node)
                for surface in dict.fromkeys([name, *[str(x) for x in a.get("aliases") or []]]):
                    index.append((search_key(surface), node, surface))
            self._search_index = index
        ranked: dict = {}
        for folded, node, surface in self._search_index:
            if folded.startswith(key):
                rank = 0
            elif (" " + folded).find(" " + key) >= 0:
                rank = 1
            elif key in folded:
                rank = 2
            else:
                continue
            # At equal match quality, a canonical name ranks before a variant.
            rank = rank * 2 + (surface != self._name(node))
            best = ranked.get(node)
            if best is None or rank < best[0]:
                ranked[node] = (rank, surface)
        order = sorted(ranked.items(), key=lambda item: (item[1][0], self._name(item[0])))
        return [
            {
                "id": str(node),
                "name": self._name(node),
                "kind": self._kind(node),
                "matched": surface,
            }
            for node, (_, surface) in order[:limit]
        ]

    def _name(self, node: object) -> str:
        return str(self.G.nodes[node].get("name") or node)

    def neighbourhood(self, focus: object, limit: int = SERVED_NODE_LIMIT) -> list:
        """A bounded superset of what the page draws around ``focus``.

        Ancestors and descendants along supervision edges (nearest generations first), then
        every neighbour, then team mates through the focus's teams. The page filters and lays
        out this piece itself, with the same code as in file mode.
        """
        G = self.G
        chosen = {focus: None}

        def supervision(edges: Iterable) -> Iterable:
            for u, v, key, data in edges:
                if self._family(key, data) == Family.SUPERVISION.value:
                    yield u, v

        for step in ("up", "down"):
            frontier = [focus]
            for _ in range(SERVED_GENERATIONS):
                following = []
                for node in frontier:
                    if step == "up":
                        found = [v for _, v in supervision(G.out_edges(node, keys=True, data=True))]
                    else:
                        found = [u for u, _ in supervision(G.in_edges(node, keys=True, data=True))]
                    for other in found:
                        if other not in chosen and len(chosen) < limit:
                            chosen[other] = None
                            following.append(other)
                frontier = following
                if not frontier:
                    break
        neighbours = deque()
        teams = []
        for _, other, key, data in G.out_edges(focus, keys=True, data=True):
            neighbours.append((-float(data.get("confidence") or 0), str(other), other))
            if _relation_of(key, data) == Relation.MEMBER_OF.value:
                teams.append(other)
        for other, _, _, data in G.in_edges(focus, keys=True, data=True):
            neighbours.append((-float(data.get("confidence") or 0), str(other), other))
        for team in teams:
            for mate, _, key, data in G.in_edges(team, keys=True, data=True):
                if _relation_of(key, data) == Relation.MEMBER_OF.value:
                    neighbours.append((1 - float(data.get("confidence") or 0), str(mate), mate))
        for *_, other in sorted(neighbours, key=lambda t: (t[0], t[1])):
            if len(chosen) >= limit:
                break
            chosen.setdefault(other, None)
        return list(chosen)

    def person_payload(self, focus: object, limit: int) -> dict:
        nodes = self.neighbourhood(focus, limit)
        inside = set(nodes)
        edges = [
            (u, v, k, d)
            for node in nodes
            for u, v, k, d in self.G.out_edges(node, keys=True, data=True)
            if v in inside
        ]
        edges = self.ordered_edges(nodes, edges)
        return {
            "focus": str(focus),
            "graph": self.graph_block(nodes, edges),
            "claims": self.claims_block(edges),
            "details": self.details_block(nodes),
        }


def _read(path: Path) -> str:
    return path.read_text(encoding="utf-8")


def _script_hash(code: str) -> str:
    digest = hashlib.sha256(code.encode("utf-8")).digest()
    return "'sha256-" + base64.b64encode(digest).decode("ascii") + "'"


def render_page(
    data: ExplorerData,
    mode: ExplorerMode,
    title: str,
    blocks: list[tuple[str, str]],
    late_blocks: list[tuple[str, str]] = (),
) -> str:
    """The explorer page with ``blocks`` (element id, JSON text) embedded as data scripts.

    ``late_blocks`` go after the scripts: the browser runs the explorer (and draws the first
    view) before it has parsed them, so a big file's claims do not delay the first view.
    """
    scripts = [_read(VENDOR / name) for name in VENDOR_SCRIPTS] + [_read(TEMPLATES / "explorer.js")]
    for code in scripts:
        if "</script" in code.lower():
            raise ValueError("an inlined script contains '</script'")
    connect = "'self'" if mode is ExplorerMode.SERVED else "'none'"
    csp = (
        "default-src 'none'; "
        f"script-src {' '.join(_script_hash(code) for code in scripts)}; "
        "style-src 'unsafe-inline'; img-src data: blob:; "
        f"connect-src {connect}; base-uri 'none'; form-action 'none'; object-src 'none'"
    )
    all_blocks = [("ag-config", script_json(data.config(mode, title))), *blocks]

    def data_html(blocks: Iterable[tuple[str, str]]) -> str:
        return "\n".join(
            f'<script type="application/json" id="{ident}">{text}</script>'
            for ident, text in blocks
        )

    code_html = "\n".join(f"<script>{code}</script>" for code in scripts)
    page = _read(TEMPLATES / "explorer.html")
    # Python-side substitutions happen in one pass each, on markers the template owns.
    return (
        page.replace("<!--AG:CSP-->", html.escape(csp, quote=True))
        .replace("<!--AG:TITLE-->", html.escape(title))
        .replace("/*AG:CSS*/", _read(TEMPLATES / "explorer.css"))
        .replace("<!--AG:DATA-->", data_html(all_blocks))
        .replace("<!--AG:SCRIPTS-->", code_html)
        .replace("<!--AG:LATE-->", data_html(late_blocks))
    )


def explorer_html(G: nx.MultiDiGraph, title: str = "Academic genealogy explorer") -> str:
    """The whole single-file page as a string (what ``write_explorer`` writes)."""
    data = ExplorerData(G)
    blocks = [("ag-graph", script_json(data.graph_block(data.nodes, data.edges, aliases=False)))]
    # Variants matter for search and profiles, not for the first view: parsed after it.
    late = [("ag-aliases", script_json(data.aliases_block(data.nodes)))]
    for start in range(0, len(data.edges), EDGES_PER_CLAIM_CHUNK):
        chunk = data.edges[start : start + EDGES_PER_CLAIM_CHUNK]
        late.append(
            (f"ag-claims-{start // EDGES_PER_CLAIM_CHUNK}", script_json(data.claims_block(chunk)))
        )
    for start in range(0, len(data.nodes), NODES_PER_DETAIL_CHUNK):
        chunk = data.nodes[start : start + NODES_PER_DETAIL_CHUNK]
        late.append(
            (
                f"ag-details-{start // NODES_PER_DETAIL_CHUNK}",
                script_json(data.details_block(chunk)),
            )
        )
    return render_page(data, ExplorerMode.FILE, title, blocks, late)


def write_explorer(G: nx.MultiDiGraph, path: Path | str) -> Path:
    """Write the explorer as ONE self-contained HTML file that works offline from file://."""
    path = Path(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(explorer_html(G), encoding="utf-8")
    return path


Handler = Callable[[dict[str, list[str]]], tuple[int, str, bytes]]

JSON_TYPE = "application/json; charset=utf-8"


def _json_response(status: int, value: object) -> tuple[int, str, bytes]:
    return status, JSON_TYPE, json.dumps(value, ensure_ascii=False).encode("utf-8")


def _param(params: dict[str, list[str]], name: str, default: str = "") -> str:
    values = params.get(name) or [default]
    return values[0]


def explorer_routes(G: nx.MultiDiGraph) -> dict[str, Handler]:
    """The explorer's pages for ``genealogy serve``: path → handler(query params).

    ``/`` the page (served mode); ``/api/search?q=`` completions; ``/api/person?id=&limit=``
    one person's bounded neighbourhood with its claims and profiles.
    """
    data = ExplorerData(G)
    page = render_page(data, ExplorerMode.SERVED, "Academic genealogy explorer", []).encode()
    by_id = {str(node): node for node in data.nodes}

    def index(params: dict[str, list[str]]) -> tuple[int, str, bytes]:
        return 200, "text/html; charset=utf-8", page

    def search(params: dict[str, list[str]]) -> tuple[int, str, bytes]:
        try:
            limit = max(1, min(50, int(_param(params, "limit", str(SEARCH_LIMIT)))))
        except ValueError:
            limit = SEARCH_LIMIT
        return _json_response(200, data.search(_param(params, "q"), limit))

    def person(params: dict[str, list[str]]) -> tuple[int, str, bytes]:
        ident = _param(params, "id")
        if ident not in by_id:
            return _json_response(404, {"error": f"no node with id {ident!r}"})
        try:
            limit = max(1, min(2000, int(_param(params, "limit", str(SERVED_NODE_LIMIT)))))
        except ValueError:
            limit = SERVED_NODE_LIMIT
        return _json_response(200, data.person_payload(by_id[ident], limit))

    return {"/": index, "/api/search": search, "/api/person": person}
