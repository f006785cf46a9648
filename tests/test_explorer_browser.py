"""The explorer in a real headless Chromium (system package, driven by Playwright).

CI needs the Debian package ``chromium`` (at /usr/bin/chromium); Playwright's own browser
download is never used.
"""

from __future__ import annotations

import threading
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pytest
from playwright import sync_api
from test_explorer import (
    BREAKOUT,
    COAUTHOR_SNIPPETS,
    SNIPPET,
    XSS_NAME,
    add_edge,
    add_person,
    fictional_graph,
)

from bench.chromium import CHROMIUM, launch_chromium
from exports.explorer import explorer_routes, write_explorer

pytestmark = pytest.mark.browser

LOCAL_PREFIXES = ("file://", "http://127.0.0.1", "data:", "blob:", "about:")


@pytest.fixture(scope="module")
def browser():
    if not CHROMIUM.exists():
        pytest.fail("Chromium missing: install the Debian package `chromium`")
    with sync_api.sync_playwright() as pw:
        browser = launch_chromium(pw)
        yield browser
        browser.close()


@pytest.fixture(scope="module")
def explorer_file(tmp_path_factory) -> str:
    path = tmp_path_factory.mktemp("explorer") / "explorer.html"
    write_explorer(fictional_graph(), path)
    return path.resolve().as_uri()


class Session:
    """One page plus what it did: requests, dialogs, script errors."""

    def __init__(self, browser):
        self.context = browser.new_context(viewport={"width": 1400, "height": 900})
        self.requests: list[str] = []
        self.blocked: list[str] = []
        self.dialogs: list[str] = []
        self.errors: list[str] = []

        def route(route):
            url = route.request.url
            self.requests.append(url)
            if url.startswith(LOCAL_PREFIXES):
                route.continue_()
            else:
                self.blocked.append(url)
                route.abort()

        self.context.route("**/*", route)
        self.page = self.context.new_page()
        self.page.on("dialog", lambda d: (self.dialogs.append(d.message), d.dismiss()))
        self.page.on("pageerror", lambda e: self.errors.append(str(e)))

    def open(self, url: str, focus: str | None = None):
        self.page.goto(url)
        self.wait_focus(focus)

    def wait_focus(self, focus: str | None):
        selector = "body[data-view=ready]"
        if focus:
            selector = f'body[data-view=ready][data-focus="{focus}"]'
        self.page.wait_for_selector(selector, timeout=15_000)

    def search_and_pick(self, text: str, option_text: str):
        self.page.fill("#search", text)
        option = self.page.locator("#suggestions li", has_text=option_text).first
        option.wait_for(timeout=5_000)
        option.click()

    def shown_names(self) -> set[str]:
        return set(
            self.page.evaluate("agExplorer.cy().nodes().not('.caption').map(n => n.data('label'))")
        )

    def click_edge(self, source: str, target: str, relation: str = ""):
        point = self.page.evaluate(
            """([s, t]) => {
                const cy = agExplorer.cy();
                const e = cy.getElementById('n' + agExplorer.index(s)).edgesTo(
                    cy.getElementById('n' + agExplorer.index(t)))[0];
                const m = e.renderedMidpoint();
                const box = document.getElementById('graph').getBoundingClientRect();
                return [box.left + m.x, box.top + m.y];
            }""",
            [source, target],
        )
        self.page.mouse.click(point[0], point[1])

    def close(self):
        self.context.close()


@pytest.fixture
def session(browser):
    s = Session(browser)
    yield s
    s.close()


def test_search_then_click_edge_shows_evidence(session, explorer_file):
    session.open(explorer_file)
    session.search_and_pick("zed mar", "Zed Marlow")
    session.wait_focus("zed-marlow")
    assert "#person=zed-marlow" in session.page.url
    assert {"Otto Brennholz", "Ada Quill", "Léa Fontanel"} <= session.shown_names()
    session.click_edge("ada-quill", "zed-marlow")
    snippet = session.page.locator("#panel blockquote.snippet")
    snippet.wait_for(timeout=5_000)
    assert snippet.inner_text() == SNIPPET
    panel = session.page.locator("#panel").inner_text()
    assert "test.advisor_phd" in panel and "0.90" in panel
    assert session.page.locator("#panel a", has_text="ada-quill.example.org/cv.html").count() == 1
    assert session.errors == []


def test_edge_shows_every_claim_with_conflict_and_safe_links(session, explorer_file):
    session.open(explorer_file + "#person=ada-quill", "ada-quill")
    session.click_edge("ada-quill", "rui-castelo")
    panel = session.page.locator("#panel")
    panel.locator("blockquote.snippet").first.wait_for()
    snippets = panel.locator("blockquote.snippet").all_inner_texts()
    assert snippets == list(COAUTHOR_SNIPPETS)
    text = panel.inner_text()
    assert "2 supporting claims" in text.lower() and "conflicting claims" in text
    assert "as written: Quill, Ada \u2192 Castelo, Rui" in text
    # The file path is shown, not linked; the http(s) page is a link.
    hrefs = panel.locator("a").evaluate_all("links => links.map(a => a.href)")
    assert hrefs == ["https://ada-quill.example.org/papers.html"]
    assert "file:///home/someone/castelo-cv.pdf" in text


def test_completion_offers_name_variants(session, explorer_file):
    session.open(explorer_file)
    session.page.fill("#search", "equipe")
    option = session.page.locator("#suggestions li").first
    option.wait_for()
    assert "LUMEN team" in option.inner_text() and "Équipe Lumen" in option.inner_text()


def test_layers_are_generations_with_coadvisors_side_by_side(session, explorer_file):
    session.open(explorer_file + "#person=ada-quill", "ada-quill")
    pos = session.page.evaluate(
        """() => Object.fromEntries(agExplorer.cy().nodes().map(
            n => [n.data('label'), [n.position('x'), n.position('y')]]))"""
    )
    assert pos["Zed Marlow"][1] == pos["Iris Vantongeren"][1] < pos["Ada Quill"][1]
    assert abs(pos["Zed Marlow"][0] - pos["Iris Vantongeren"][0]) < 200
    assert pos["Otto Brennholz"][1] < pos["Zed Marlow"][1]
    assert pos["Léa Fontanel"][1] > pos["Ada Quill"][1]
    assert {"generation \u22122", "generation \u22121", "generation 0", "generation +1"} <= set(pos)


def test_filters_change_what_is_shown(session, explorer_file):
    session.open(explorer_file + "#person=ada-quill", "ada-quill")
    page = session.page
    assert {"Rui Castelo", "Iris Vantongeren", "LUMEN team"} <= session.shown_names()
    page.uncheck("#family-collaboration")
    assert "Rui Castelo" not in session.shown_names()
    page.check("#family-collaboration")
    assert "Rui Castelo" in session.shown_names()
    page.locator("#min-confidence").fill("0.8")
    shown = session.shown_names()
    assert "Iris Vantongeren" not in shown and "Zed Marlow" in shown
    page.locator("#min-confidence").fill("0")
    page.uncheck("#kind-organisation")
    assert "LUMEN team" not in session.shown_names()
    page.check("#kind-organisation")
    page.fill("#year-from", "2016")
    page.dispatch_event("#year-from", "change")
    shown = session.shown_names()
    assert "Zed Marlow" not in shown and "Léa Fontanel" in shown
    assert "Otto Brennholz" not in shown  # reached only through the filtered-out link
    page.fill("#year-from", "2000")
    page.dispatch_event("#year-from", "change")
    nina_team = """() => agExplorer.cy().getElementById('n' + agExplorer.index('nina-oksala'))
        .edgesTo(agExplorer.cy().getElementById('n' + agExplorer.index('team-lumen'))).length"""
    assert page.evaluate(nina_team) == 0  # a link between two others: hidden by default
    page.check("#all-links")
    assert page.evaluate(nina_team) == 1
    page.uncheck("#show-ego")
    shown = session.shown_names()
    assert "Rui Castelo" not in shown and "Zed Marlow" in shown


def test_deep_link_restores_the_view_after_reload(session, explorer_file):
    session.open(explorer_file + "#person=lea-fontanel", "lea-fontanel")
    assert session.page.locator("#panel h2").inner_text() == "Léa Fontanel"
    session.search_and_pick("otto", "Otto Brennholz")
    session.wait_focus("otto-brennholz")
    session.page.reload()
    session.wait_focus("otto-brennholz")
    assert session.page.locator("#panel h2").inner_text() == "Otto Brennholz"
    assert "Zed Marlow" in session.shown_names()


def test_hostile_names_show_as_text_and_run_nothing(session, explorer_file):
    session.open(explorer_file)
    session.search_and_pick("onerror", "onerror")
    session.wait_focus("xss-person")
    page = session.page
    assert page.locator("#panel h2").inner_text() == XSS_NAME
    assert BREAKOUT in page.locator("#panel").inner_text()
    assert page.locator("img").count() == 0
    assert page.locator("script:not([type])").count() == 2  # nothing injected
    session.click_edge("xss-person", "ada-quill")
    page.locator("#panel blockquote.snippet").wait_for()
    assert XSS_NAME in page.locator("#panel h2").inner_text()
    assert session.dialogs == [] and session.errors == []


def test_page_requests_nothing_remote_and_exports(session, explorer_file):
    session.open(explorer_file + "#person=ada-quill", "ada-quill")
    page = session.page
    page.fill("#search", "a")
    page.locator("#suggestions li").first.wait_for()
    with page.expect_download() as svg_download:
        page.click("#export-svg")
    svg = Path(svg_download.value.path()).read_text(encoding="utf-8")
    assert svg.startswith("<svg") and "Ada Quill" in svg and "generation +1" in svg
    assert "&lt;img src=x onerror=alert(1)&gt;" in svg
    with page.expect_download() as png_download:
        page.click("#export-png")
    assert Path(png_download.value.path()).read_bytes()[:8] == b"\x89PNG\r\n\x1a\n"
    assert svg_download.value.suggested_filename == "genealogy-ada-quill.svg"
    assert session.requests and session.blocked == []
    assert all(url.startswith(LOCAL_PREFIXES) for url in session.requests)


def test_profile_panel_shows_ids_as_https_links_and_organisations(session, explorer_file):
    session.open(explorer_file + "#person=ada-quill", "ada-quill")
    panel = session.page.locator("#panel")
    orcid = panel.locator("a", has_text="0000-0002-1825-0097")
    assert orcid.get_attribute("href") == "https://orcid.org/0000-0002-1825-0097"
    text = panel.inner_text()
    assert "A. Quill" in text and "QUILL Ada" in text
    assert "LUMEN team" in text and "2013" in text
    assert "students: 2" in text


def test_big_neighbourhood_is_bounded_with_show_more(session, tmp_path):
    G = fictional_graph()
    for i in range(700):
        add_person(G, f"co-{i:03d}", f"Coauthor {i:03d}")
        add_edge(G, "zed-marlow", f"co-{i:03d}", "coauthor", f"Paper {i}.")
    path = write_explorer(G, tmp_path / "big.html")
    session.open(path.resolve().as_uri() + "#person=zed-marlow", "zed-marlow")
    page = session.page
    first = page.evaluate("agExplorer.view().visible.size")
    assert first <= 200
    assert "more available" in page.inner_text("#view-status")
    assert {"Otto Brennholz", "Ada Quill"} <= session.shown_names()  # the tree comes first
    for _ in range(5):
        if page.is_disabled("#show-more"):
            break
        page.click("#show-more")
        session.wait_focus("zed-marlow")
    last = page.evaluate("agExplorer.view().visible.size")
    assert first < last <= 500


class RoutesServer:
    """`explorer_routes` mounted on a loopback HTTP server, as `genealogy serve` does."""

    def __init__(self, routes):
        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                parts = urlsplit(self.path)
                handler = routes.get(parts.path)
                if handler is None:
                    status, ctype, body = 404, "text/plain", b"not found"
                else:
                    status, ctype, body = handler(parse_qs(parts.query))
                self.send_response(status)
                self.send_header("Content-Type", ctype)
                self.send_header("Content-Length", str(len(body)))
                self.end_headers()
                self.wfile.write(body)

            def log_message(self, *args):
                pass

        self.server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self.thread = threading.Thread(target=self.server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self.server.server_address[1]}/"

    def __enter__(self):
        self.thread.start()
        return self

    def __exit__(self, *exc):
        self.server.shutdown()
        self.server.server_close()
        self.thread.join(timeout=5)


def test_served_mode_fetches_neighbourhoods_on_demand(session):
    with RoutesServer(explorer_routes(fictional_graph())) as server:
        session.open(server.url + "#person=zed-marlow", "zed-marlow")
        assert {"Otto Brennholz", "Ada Quill"} <= session.shown_names()
        session.search_and_pick("lea", "Léa Fontanel")
        session.wait_focus("lea-fontanel")
        session.click_edge("lea-fontanel", "ada-quill")
        snippet = session.page.locator("#panel blockquote.snippet")
        snippet.wait_for()
        assert snippet.inner_text() == "PhD students: Léa Fontanel (2016-2019)."
        apis = [u for u in session.requests if "/api/" in u]
        assert any("/api/search?q=lea" in u for u in apis)
        assert any("/api/person?id=lea-fontanel" in u for u in apis)
        assert all(u.startswith(server.url) for u in session.requests)
        assert session.errors == []
