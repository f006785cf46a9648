"""A small fictional web served on 127.0.0.1 for crawl tests, and a stand-in claim reader.

Not a test module: test_crawl and test_frontier serve pages with ``LocalSite``; crawl
subprocesses import ``read_marked_claims`` (through PYTHONPATH) so a crawl's claims are
known exactly, whatever the extraction library does.
"""

from __future__ import annotations

import hashlib
import html
import os
import re
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer

from crawler.claims import Claim

MARK = re.compile(rb"claim: ([^|<\n]+)\|([a-z_]+)\|([^<\n]+?)\s*(?:<|\n|$)")
LAST_MODIFIED = "Mon, 02 Mar 2026 10:00:00 GMT"


def read_marked_claims(body, url, content_type=None) -> list[Claim]:
    """Claims written in a page as ``claim: Subject|relation|Object`` lines.

    A PDF without its end-of-file marker is corrupt, as a real reader would find it.
    """
    if isinstance(body, str):
        body = body.encode()
    if body.startswith(b"%PDF-") and b"%%EOF" not in body:
        raise ValueError("corrupt PDF: no end-of-file marker")
    return [
        Claim(s.decode().strip(), r.decode(), o.decode().strip(), url, m.group(0).decode(), "mark")
        for m in MARK.finditer(body)
        for s, r, o in [m.groups()]
    ]


def marked_page(title: str, claims=(), links=(), filler: int = 0) -> bytes:
    """An HTML page stating ``claims`` (triples) and linking to ``links`` (href, text)."""
    items = "".join(f"<p>claim: {s}|{r}|{o}</p>\n" for s, r, o in claims)
    anchors = "".join(
        f'<li><a href="{html.escape(href)}">{html.escape(text)}</a></li>\n' for href, text in links
    )
    padding = "<p>" + "lorem ipsum " * filler + "</p>" if filler else ""
    return (
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>{html.escape(title)}</title>"
        f"</head><body><h1>{html.escape(title)}</h1>\n{items}<ul>\n{anchors}</ul>{padding}"
        "</body></html>"
    ).encode()


@dataclass
class Page:
    body: bytes = b""
    status: int = 200
    content_type: str = "text/html; charset=utf-8"
    redirect: str | None = None
    sleep: float = 0.0
    validators: bool = True
    headers: dict[str, str] = field(default_factory=dict)


class LocalSite:
    """Serve ``pages`` (path → Page) on 127.0.0.1 in a thread; log every request."""

    def __init__(self, pages: dict[str, Page], delay: float = 0.0):
        self.pages = pages
        self.delay = delay
        self.log: list[tuple[str, dict[str, str], int]] = []
        self._lock = threading.Lock()
        self._server: ThreadingHTTPServer | None = None
        self._thread: threading.Thread | None = None

    def __enter__(self) -> LocalSite:
        site = self

        class Handler(BaseHTTPRequestHandler):
            def do_GET(self):  # noqa: N802 (http.server's name)
                status = site.answer(self)
                with site._lock:
                    site.log.append((self.path, dict(self.headers), status))

            def log_message(self, *args):
                pass

        class Server(ThreadingHTTPServer):
            request_queue_size = 128  # a crawl opens many connections at once
            daemon_threads = True

        self._server = Server(("127.0.0.1", 0), Handler)
        self._thread = threading.Thread(
            target=self._server.serve_forever, kwargs={"poll_interval": 0.05}, daemon=True
        )
        self._thread.start()
        return self

    def __exit__(self, *exc) -> None:
        self._server.shutdown()
        self._server.server_close()
        self._thread.join(timeout=5)

    @property
    def root(self) -> str:
        host, port = self._server.server_address[:2]
        return f"http://{host}:{port}"

    def url(self, path: str) -> str:
        return self.root + path

    def fetched(self, path: str | None = None) -> list[str]:
        with self._lock:
            return [p for p, _, _ in self.log if path is None or p == path]

    def answer(self, handler: BaseHTTPRequestHandler) -> int:
        if self.delay:
            time.sleep(self.delay)
        page = self.pages.get(handler.path.split("?")[0])
        if page is None:
            handler.send_response(404)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return 404
        if page.sleep:
            time.sleep(page.sleep)
        if page.redirect:
            handler.send_response(page.status if page.status in (301, 302, 307) else 302)
            handler.send_header("Location", page.redirect)
            handler.send_header("Content-Length", "0")
            handler.end_headers()
            return 302
        etag = '"' + hashlib.sha1(page.body).hexdigest()[:16] + '"'
        if page.validators and handler.headers.get("If-None-Match") == etag:
            handler.send_response(304)
            handler.send_header("ETag", etag)
            handler.end_headers()
            return 304
        handler.send_response(page.status)
        handler.send_header("Content-Type", page.content_type)
        handler.send_header("Content-Length", str(len(page.body)))
        if page.validators:
            handler.send_header("ETag", etag)
            handler.send_header("Last-Modified", LAST_MODIFIED)
        for name, value in page.headers.items():
            handler.send_header(name, value)
        handler.end_headers()
        try:
            handler.wfile.write(page.body)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the crawler gave up (size cap, timeout): that is the point
        return page.status


def read_by_crashing(body, url, content_type=None) -> list[Claim]:
    """A reader that dies like a segfaulting PDF library (for crawler.reader tests)."""
    os._exit(3)


def read_slowly(body, url, content_type=None) -> list[Claim]:
    """A reader stuck on a pathological document (for crawler.reader tests)."""
    time.sleep(float(body))
    return []
