"""The explorer page: self-contained, safe embedding of crawled text, served API."""

from __future__ import annotations

import base64
import hashlib
import html
import json
import re
import struct
from html.parser import HTMLParser

import networkx as nx
import pytest

from exports.explorer import (
    EDGES_PER_CLAIM_CHUNK,
    ExplorerData,
    ProfileCount,
    explorer_html,
    explorer_routes,
    external_links,
    script_json,
    search_key,
    write_explorer,
)

XSS_NAME = "<img src=x onerror=alert(1)>"
BREAKOUT = "</script><script>alert('pwned')</script>"
COAUTHOR_SNIPPETS = (
    "A. Quill, R. Castelo. Sparse things. 2015.",
    "Castelo, Rui and Quill, Ada. Sparse things, revisited. 2017.",
)
SNIPPET = "Ada Quill did her PhD under the supervision of Zed Marlow (2009-2012)."


def claim(subject, obj, relation, evidence, *, source, confidence=0.9, start=None, end=None):
    return {
        "claim_id": hashlib.sha1(repr((subject, obj, relation, source)).encode()).hexdigest()[:12],
        "subject": subject,
        "object": obj,
        "source": source,
        "evidence": evidence,
        "extractor": f"test.{relation}",
        "confidence": confidence,
        "start": start,
        "end": end,
        "retrieved": "2026-01-02T03:04:05Z",
    }


def add_person(G, ident, name, aliases=(), ids=None, homonym=False):
    G.add_node(
        ident,
        kind="person",
        name=name,
        aliases=[name, *aliases],
        ids=ids or {},
        homonym=homonym,
        sources=[f"https://{ident}.example.org/"],
    )


def add_org(G, ident, name, aliases=()):
    G.add_node(
        ident,
        kind="organisation",
        name=name,
        aliases=[name, *aliases],
        ids={},
        homonym=False,
        sources=[],
    )


def add_edge(
    G,
    u,
    v,
    relation,
    evidence,
    *,
    start=None,
    end=None,
    confidence=0.9,
    claims=None,
    conflict=False,
):
    rows = claims or [
        claim(
            G.nodes[u]["name"],
            G.nodes[v]["name"],
            relation,
            evidence,
            source=f"https://{u}.example.org/cv.html",
            confidence=confidence,
            start=start,
            end=end,
        )
    ]
    G.add_edge(
        u,
        v,
        key=relation,
        relation=relation,
        start=start,
        end=end,
        confidence=confidence,
        conflict=conflict,
        claims=rows,
    )


def fictional_graph() -> nx.MultiDiGraph:
    """Four generations of fictional researchers, two co-advisors, a jury, a team."""
    G = nx.MultiDiGraph()
    add_person(
        G,
        "ada-quill",
        "Ada Quill",
        aliases=["A. Quill", "QUILL Ada"],
        ids={"orcid": "0000-0002-1825-0097", "homepage": "https://ada-quill.example.org/"},
    )
    add_person(G, "zed-marlow", "Zed Marlow", aliases=["Z. Marlow"])
    add_person(G, "iris-vantongeren", "Iris Vantongeren")
    add_person(G, "otto-brennholz", "Otto Brennholz")
    add_person(G, "lea-fontanel", "Léa Fontanel", aliases=["Lea Fontanel"])
    add_person(G, "tom-quaresma", "Tom Quaresma")
    add_person(G, "nina-oksala", "Nina Oksala")
    add_person(G, "rui-castelo", "Rui Castelo", homonym=True)
    add_person(G, "xss-person", XSS_NAME, aliases=[BREAKOUT])
    add_org(G, "team-lumen", "LUMEN team", aliases=["Équipe Lumen"])
    add_org(G, "lab-orion", "Orion Laboratory")
    # Supervision: ada ← zed, iris (co-advisors); zed ← otto; lea, tom ← ada.
    add_edge(G, "ada-quill", "zed-marlow", "advisor_phd", SNIPPET, start=2009, end=2012)
    add_edge(
        G,
        "ada-quill",
        "iris-vantongeren",
        "advisor_phd",
        "Co-supervised by Iris Vantongeren.",
        start=2009,
        end=2012,
        confidence=0.7,
    )
    add_edge(
        G, "zed-marlow", "otto-brennholz", "advisor_phd", "Zed Marlow, student of Otto Brennholz."
    )
    add_edge(
        G,
        "lea-fontanel",
        "ada-quill",
        "advisor_phd",
        "PhD students: Léa Fontanel (2016-2019).",
        start=2016,
        end=2019,
    )
    add_edge(
        G,
        "tom-quaresma",
        "ada-quill",
        "advisor_postdoc",
        "Postdoc host: Ada Quill.",
        start=2021,
        end=2022,
        confidence=0.6,
    )
    # Jury, coauthors, team.
    add_edge(
        G,
        "ada-quill",
        "nina-oksala",
        "jury_reviewer",
        "Rapporteurs : Nina Oksala.",
        start=2012,
        end=2012,
    )
    add_edge(
        G,
        "ada-quill",
        "rui-castelo",
        "coauthor",
        "",
        start=2015,
        end=2015,
        confidence=0.5,
        conflict=True,
        claims=[
            claim(
                "A. Quill",
                "R. Castelo",
                "coauthor",
                COAUTHOR_SNIPPETS[0],
                source="https://ada-quill.example.org/papers.html",
                start=2015,
                end=2015,
            ),
            claim(
                "Quill, Ada",
                "Castelo, Rui",
                "coauthor",
                COAUTHOR_SNIPPETS[1],
                source="file:///home/someone/castelo-cv.pdf",
                confidence=0.4,
                start=2017,
                end=2017,
            ),
        ],
    )
    add_edge(
        G,
        "xss-person",
        "ada-quill",
        "coauthor",
        "Hostile name in an author list.",
        start=2018,
        end=2018,
    )
    add_edge(G, "ada-quill", "team-lumen", "member_of", "Member of the LUMEN team.", start=2013)
    add_edge(G, "nina-oksala", "team-lumen", "member_of", "Nina Oksala (LUMEN).")
    add_edge(G, "team-lumen", "lab-orion", "part_of", "LUMEN is a team of Orion Laboratory.")
    return G


def data_scripts(page: str) -> dict[str, str]:
    """Element id → raw text of every <script type="application/json">, parsed as a browser."""

    class Collector(HTMLParser):
        def __init__(self):
            super().__init__()
            self.current, self.found = None, {}

        def handle_starttag(self, tag, attrs):
            a = dict(attrs)
            if tag == "script" and a.get("type") == "application/json":
                self.current = a["id"]
                self.found[self.current] = ""

        def handle_data(self, data):
            if self.current:
                self.found[self.current] += data

        def handle_endtag(self, tag):
            if tag == "script":
                self.current = None

    collector = Collector()
    collector.feed(page)
    return collector.found


def unpack_edges(block: dict) -> list[tuple[int, int, int, int, int, int, bool]]:
    """The packed edge buffer read the way explorer.js reads it."""
    n, m = len(block["id"]), block["m"]
    raw = base64.b64decode(block["edges"])
    out_start = struct.unpack_from(f"<{n + 1}I", raw, 0)
    at = 4 * (n + 1)
    target = struct.unpack_from(f"<{m}I", raw, at)
    start = struct.unpack_from(f"<{m}H", raw, at + 4 * m)
    end = struct.unpack_from(f"<{m}H", raw, at + 6 * m)
    relation = raw[at + 8 * m : at + 9 * m]
    confidence = raw[at + 9 * m : at + 10 * m]
    assert len(raw) == at + 10 * m
    edges = []
    for u in range(n):
        for e in range(out_start[u], out_start[u + 1]):
            edges.append(
                (
                    u,
                    target[e],
                    relation[e] & 127,
                    start[e],
                    end[e],
                    confidence[e],
                    relation[e] > 127,
                )
            )
    return edges


@pytest.fixture(scope="module")
def page() -> str:
    return explorer_html(fictional_graph())


def test_written_file_is_self_contained(tmp_path, page):
    path = write_explorer(fictional_graph(), tmp_path / "out" / "explorer.html")
    written = path.read_text(encoding="utf-8")
    assert written == page
    # No external script, stylesheet, image or frame; no URL a browser would fetch.
    assert not re.search(r"<(script|link|img|iframe)[^>]*\s(src|href)\s*=", written, re.I)
    assert "cdn" not in written.lower().split("<script", 1)[0]
    assert written.count("<script>") == 2  # cytoscape + the explorer, both inline


def test_csp_forbids_remote_scripts(page):
    match = re.search(r'http-equiv="Content-Security-Policy" content="([^"]+)"', page)
    assert match, "the page has no CSP meta"
    csp = html.unescape(match.group(1))
    directives = dict(d.strip().split(" ", 1) for d in csp.split(";") if d.strip())
    assert directives["default-src"] == "'none'"
    script_src = directives["script-src"].split()
    assert script_src and all(s.startswith("'sha256-") for s in script_src)
    assert directives["connect-src"] == "'none'"  # the file fetches nothing


def test_csp_hashes_match_the_inline_scripts(page):
    codes = re.findall(r"<script>(.*?)</script>", page, re.S)
    hashes = {
        "'sha256-" + base64.b64encode(hashlib.sha256(c.encode()).digest()).decode() + "'"
        for c in codes
    }
    csp = html.unescape(re.search(r'Content-Security-Policy" content="([^"]+)"', page).group(1))
    assert hashes == set(csp.split("script-src ", 1)[1].split(";")[0].split())


def test_hostile_names_cannot_break_out_of_the_data_script(page):
    assert BREAKOUT not in page
    assert XSS_NAME not in page
    scripts = data_scripts(page)
    graph = json.loads(scripts["ag-graph"])
    # The browser-side parse gives back the exact names.
    assert XSS_NAME in graph["name"]
    aliases = {a for row in json.loads(scripts["ag-aliases"]) for a in row[1:]}
    assert BREAKOUT in aliases
    assert "Équipe Lumen" in aliases


def test_script_json_escapes_markup_characters():
    text = script_json({"n": "</script><!-- & >"})
    assert "<" not in text and ">" not in text and "&" not in text
    assert json.loads(text) == {"n": "</script><!-- & >"}


def test_embedded_graph_has_every_node_and_edge(page):
    G = fictional_graph()
    graph = json.loads(data_scripts(page)["ag-graph"])
    assert sorted(graph["id"]) == sorted(G.nodes)
    config = json.loads(data_scripts(page)["ag-config"])
    relations = [r[0] for r in config["relations"]]
    ids = graph["id"]
    decoded = {
        (ids[u], ids[v], relations[r]): (start, end, conf, conflict)
        for u, v, r, start, end, conf, conflict in unpack_edges(graph)
    }
    expected = {
        (u, v, k): (d["start"] or 0, d["end"] or 0, round(d["confidence"] * 100), d["conflict"])
        for u, v, k, d in G.edges(keys=True, data=True)
    }
    assert decoded == expected
    assert graph["kind"].count("o") == 2
    assert graph["homonym"] == [graph["id"].index("rui-castelo")]


def test_edge_claims_carry_source_snippet_and_extractor(page):
    G = fictional_graph()
    scripts = data_scripts(page)
    graph = json.loads(scripts["ag-graph"])
    claims = json.loads(scripts["ag-claims-0"])
    config = json.loads(scripts["ag-config"])
    relations = [r[0] for r in config["relations"]]
    for e, (u, v, r, *_) in enumerate(unpack_edges(graph)):
        u, v = graph["id"][u], graph["id"][v]
        expected = G.edges[u, v, relations[r]]["claims"]
        rows = claims["claims"][e]
        assert [claims["strings"][row[2]] for row in rows] == [c["evidence"] for c in expected]
        assert [claims["strings"][row[1]] for row in rows] == [c["source"] for c in expected]
        assert [claims["strings"][row[3]] for row in rows] == [c["extractor"] for c in expected]


def test_claims_are_split_into_chunks_on_big_graphs():
    G = nx.MultiDiGraph()
    for i in range(EDGES_PER_CLAIM_CHUNK + 5):
        add_person(G, f"p{i}", f"Person {i}")
        if i:
            add_edge(G, f"p{i}", f"p{i - 1}", "advisor_phd", f"snippet {i}")
    scripts = data_scripts(explorer_html(G))
    assert {"ag-claims-0", "ag-claims-1"} <= set(scripts)
    second = json.loads(scripts["ag-claims-1"])
    assert len(second["claims"]) == G.number_of_edges() - EDGES_PER_CLAIM_CHUNK


def test_external_ids_become_https_links_only():
    links = external_links(
        {"orcid": "0000-0002-1825-0097", "homepage": "javascript:alert(1)", "scholar": "ab_CD"}
    )
    by_label = {label: url for label, _, url in links}
    assert by_label["orcid"] == "https://orcid.org/0000-0002-1825-0097"
    assert by_label["homepage"] is None
    assert by_label["scholar"].startswith("https://scholar.google.com/")


def test_profile_counts():
    data = ExplorerData(fictional_graph())
    details = dict(zip(data.nodes, data.details_block(data.nodes)["rows"], strict=True))
    counts = dict(zip([c.value for c in ProfileCount], details["ada-quill"][2], strict=True))
    assert counts["advisors"] == 2
    assert counts["students"] == 2
    assert counts["coauthors"] == 2
    assert counts["own jury members"] == 1
    assert counts["organisations"] == 1


def test_start_person_is_the_most_connected_in_supervision():
    assert ExplorerData(fictional_graph()).start == "ada-quill"


def test_search_key_folds_accents_case_and_punctuation():
    assert search_key("Léa FONTANEL") == search_key("lea  fontanel") == "lea fontanel"


def call(routes, path, **params):
    status, content_type, body = routes[path]({k: [v] for k, v in params.items()})
    return status, content_type, body


def test_served_page_fetches_instead_of_embedding():
    routes = explorer_routes(fictional_graph())
    status, content_type, body = call(routes, "/")
    page = body.decode()
    assert status == 200 and content_type.startswith("text/html")
    assert set(data_scripts(page)) == {"ag-config"}
    assert "Ada Quill" not in page
    csp = html.unescape(re.search(r'Content-Security-Policy" content="([^"]+)"', page).group(1))
    assert "connect-src 'self'" in csp


def test_served_search_completes_names_and_variants():
    routes = explorer_routes(fictional_graph())
    _, content_type, body = call(routes, "/api/search", q="lea font")
    rows = json.loads(body)
    assert content_type.startswith("application/json")
    assert rows[0]["id"] == "lea-fontanel"
    variant = json.loads(call(routes, "/api/search", q="equipe")[2])
    assert variant[0] == {
        "id": "team-lumen",
        "name": "LUMEN team",
        "kind": "organisation",
        "matched": "Équipe Lumen",
    }
    assert json.loads(call(routes, "/api/search", q="quill")[2])[0]["id"] == "ada-quill"


def test_served_person_payload_is_the_neighbourhood_with_evidence():
    routes = explorer_routes(fictional_graph())
    status, _, body = call(routes, "/api/person", id="zed-marlow")
    payload = json.loads(body)
    assert status == 200
    ids = payload["graph"]["id"]
    # Ancestors, descendants two generations down, and the focus itself.
    assert {"zed-marlow", "otto-brennholz", "ada-quill", "lea-fontanel", "tom-quaresma"} <= set(ids)
    assert len(payload["claims"]["claims"]) == payload["graph"]["m"]
    assert len(unpack_edges(payload["graph"])) == payload["graph"]["m"]
    strings = payload["claims"]["strings"]
    assert SNIPPET in [strings[row[2]] for rows in payload["claims"]["claims"] for row in rows]


def test_served_person_respects_the_limit():
    routes = explorer_routes(fictional_graph())
    payload = json.loads(call(routes, "/api/person", id="ada-quill", limit="3")[2])
    assert len(payload["graph"]["id"]) == 3


def test_served_unknown_person_is_404():
    routes = explorer_routes(fictional_graph())
    status, _, body = call(routes, "/api/person", id="nobody")
    assert status == 404 and "nobody" in json.loads(body)["error"]


def test_teammates_reach_the_served_neighbourhood():
    data = ExplorerData(fictional_graph())
    assert "nina-oksala" in data.neighbourhood("ada-quill")


def test_search_prefers_names_to_variants_at_equal_match():
    G = nx.MultiDiGraph()
    add_person(G, "aurele", "Aurèle Mariès", aliases=["Mariès, A."])
    add_person(G, "marie", "Marie Tollan")
    rows = ExplorerData(G).search("marie")
    assert [r["id"] for r in rows] == ["marie", "aurele"]
    assert rows[1]["matched"] == "Mariès, A."
