"""`genealogy serve`: a read-only SPARQL 1.1 Protocol endpoint, a query page, the explorer.

Routes: ``/sparql`` (GET ``?query=``; POST form ``query=`` or ``application/sparql-query``;
results by content negotiation — SPARQL JSON/XML/CSV/TSV, Turtle/N-Triples/RDF-XML for
graphs; any update is refused with 403), ``/query`` (an offline page, no CDN), and the
explorer's routes from :func:`exports.explorer.explorer_routes`.  Extension: ``person=NAME``
(repeatable) binds names to a query's ``?person`` / ``?other`` like ``--person`` does — the
name is resolved to an IRI and substituted, never pasted into the query text.
"""

from __future__ import annotations

import json
import re
import sys
import threading
from collections.abc import Callable
from http import HTTPStatus
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from pathlib import Path
from urllib.parse import parse_qs, urlsplit

import pyoxigraph as ox

from exports.sparql import (
    QueryError,
    SavedQuery,
    bind_persons,
    open_store,
    run_query,
    saved_queries,
)

Handler = Callable[[dict[str, list[str]]], tuple[int, str, bytes]]
MAX_BODY = 1 << 20  # a query larger than 1 MiB is not a query someone typed
_PROLOGUE = re.compile(r"\s*(?:#[^\n]*|PREFIX\s+[^\s:]*:\s*<[^>]*>|BASE\s*<[^>]*>)", re.IGNORECASE)
UPDATE_KEYWORDS = {"INSERT", "DELETE", "LOAD", "CLEAR", "CREATE", "DROP", "COPY", "MOVE", "ADD"}
UPDATE_KEYWORDS |= {"WITH"}


def is_update(text: str) -> bool:
    """True when ``text`` is a SPARQL Update request (its first keyword after the prologue)."""
    position = 0
    while match := _PROLOGUE.match(text, position):
        if match.end() == position:
            break
        position = match.end()
    first = re.match(r"\s*([A-Za-z]+)", text[position:])
    return bool(first) and first.group(1).upper() in UPDATE_KEYWORDS


SOLUTION_TYPES = {
    "application/sparql-results+json": ox.QueryResultsFormat.JSON,
    "application/json": ox.QueryResultsFormat.JSON,
    "application/sparql-results+xml": ox.QueryResultsFormat.XML,
    "application/xml": ox.QueryResultsFormat.XML,
    "text/xml": ox.QueryResultsFormat.XML,
    "text/csv": ox.QueryResultsFormat.CSV,
    "text/tab-separated-values": ox.QueryResultsFormat.TSV,
}
GRAPH_TYPES = {
    "text/turtle": ox.RdfFormat.TURTLE,
    "application/n-triples": ox.RdfFormat.N_TRIPLES,
    "application/rdf+xml": ox.RdfFormat.RDF_XML,
    "text/plain": ox.RdfFormat.N_TRIPLES,
}
# ?format= / ?output= shortcuts some clients (SPARQLWrapper) send beside Accept.
FORMAT_NAMES = {
    "json": "application/sparql-results+json",
    "xml": "application/sparql-results+xml",
    "csv": "text/csv",
    "tsv": "text/tab-separated-values",
    "turtle": "text/turtle",
    "n3": "text/turtle",
    "nt": "application/n-triples",
    "rdf+xml": "application/rdf+xml",
}

LOOPBACK = {"127.0.0.1", "::1"}
# Explorer pages carry their own inline script and styles; nothing may load from elsewhere.
CSP = "default-src 'self' 'unsafe-inline' data:; connect-src 'self'; frame-ancestors 'none'"
QUERY_PAGE = Path(__file__).with_name("templates") / "query.html"


class ProtocolError(Exception):
    """A request the endpoint answers with a 4xx status and a one-line message."""

    def __init__(self, status: HTTPStatus, message: str) -> None:
        super().__init__(message)
        self.status = status


def _accepted(header: str | None) -> list[str]:
    """Media types of an Accept header, best first (q-values honoured, order kept on ties)."""
    if not header:
        return ["*/*"]
    ranked = []
    for position, part in enumerate(header.split(",")):
        fields = [f.strip() for f in part.split(";")]
        quality = 1.0
        for field in fields[1:]:
            if field.startswith("q="):
                try:
                    quality = float(field[2:])
                except ValueError:
                    quality = 0.0
        if fields[0] and quality > 0:
            ranked.append((-quality, position, fields[0].lower()))
    return [media for _q, _p, media in sorted(ranked)] or ["*/*"]


def negotiate(accept: list[str], offered: dict, default: str) -> str | None:
    for media in accept:
        if media in offered:
            return media
        if media in ("*/*", "application/*", "text/*"):
            if media == "*/*" or default.startswith(media[:-1]):
                return default
            for candidate in offered:
                if candidate.startswith(media[:-1]):
                    return candidate
    return None


class Endpoint:
    """The SPARQL side of the server: one read-only store, requests in, responses out."""

    def __init__(self, workspace: Path) -> None:
        self.workspace = Path(workspace)
        self.store = open_store(self.workspace)
        self.saved = saved_queries()

    def answer(self, params: dict[str, list[str]], accept_header: str | None):
        if "update" in params:
            raise ProtocolError(HTTPStatus.FORBIDDEN, "this endpoint is read-only: no updates")
        queries = params.get("query") or []
        if len(queries) != 1 or not queries[0].strip():
            raise ProtocolError(HTTPStatus.BAD_REQUEST, "give exactly one `query` parameter")
        text = queries[0]
        if is_update(text):
            raise ProtocolError(HTTPStatus.FORBIDDEN, "this endpoint is read-only: no updates")
        accept = _accepted(accept_header)
        for name in ("format", "output", "results"):
            for value in params.get(name, []):
                if value.lower() in FORMAT_NAMES:
                    accept.insert(0, FORMAT_NAMES[value.lower()])
                elif "/" in value:
                    accept.insert(0, value.lower())
        try:
            query = SavedQuery("query", "", (), ("person", "other"), text)
            bindings = bind_persons(self.store, query, params.get("person", []))
            results = run_query(self.store, text, bindings)
            return self._serialize(results, accept)
        except QueryError as error:
            raise ProtocolError(HTTPStatus.BAD_REQUEST, str(error)) from None
        except OSError as error:
            raise ProtocolError(HTTPStatus.INTERNAL_SERVER_ERROR, str(error)) from None

    @staticmethod
    def _serialize(results, accept: list[str]) -> tuple[str, bytes]:
        if isinstance(results, ox.QueryTriples):
            media = negotiate(accept, GRAPH_TYPES, "text/turtle")
            if media is None:
                raise ProtocolError(HTTPStatus.NOT_ACCEPTABLE, "no acceptable RDF format")
            body = results.serialize(format=GRAPH_TYPES[media])
        else:
            media = negotiate(accept, SOLUTION_TYPES, "application/sparql-results+json")
            if media is None:
                raise ProtocolError(HTTPStatus.NOT_ACCEPTABLE, "no acceptable results format")
            body = results.serialize(format=SOLUTION_TYPES[media])
        return f"{media}; charset=utf-8", body


def _saved_queries_json(saved: dict[str, SavedQuery]) -> bytes:
    payload = [
        {"name": q.name, "description": q.description, "params": list(q.params), "text": q.text}
        for q in saved.values()
    ]
    return json.dumps(payload, ensure_ascii=False).encode("utf-8")


def explorer_handlers(workspace: Path) -> dict[str, Handler]:
    """The explorer's routes, or none when the explorer or the built graph is missing."""
    try:
        from exports.explorer import explorer_routes
        from graph.store import load_graph

        return dict(explorer_routes(load_graph(workspace)))
    except Exception as error:  # the SPARQL endpoint is still useful without the explorer
        print(f"genealogy serve: explorer unavailable ({error})", file=sys.stderr)
        return {}


def build_routes(endpoint: Endpoint, explorer: dict[str, Handler]) -> dict[str, Handler]:
    page = QUERY_PAGE.read_bytes()
    script = QUERY_PAGE.with_name("query.js").read_bytes()
    saved = _saved_queries_json(endpoint.saved)
    routes: dict[str, Handler] = dict(explorer)
    routes["/query"] = lambda params: (200, "text/html; charset=utf-8", page)
    routes["/query.js"] = lambda params: (200, "text/javascript; charset=utf-8", script)
    routes["/api/saved-queries"] = lambda params: (200, "application/json", saved)
    routes.setdefault("/", routes["/query"])  # without the explorer, the query page is home
    return routes


class SparqlServer(ThreadingHTTPServer):
    daemon_threads = True

    def __init__(self, address, endpoint: Endpoint, routes: dict[str, Handler]) -> None:
        self.endpoint = endpoint
        self.routes = routes
        super().__init__(address, RequestHandler)


class RequestHandler(BaseHTTPRequestHandler):
    server: SparqlServer
    server_version = "academic-genealogy"

    def log_message(self, format: str, *args) -> None:  # noqa: A002 (stdlib signature)
        if getattr(self.server, "verbose", False):
            super().log_message(format, *args)

    def _send(self, status: int, content_type: str, body: bytes, extra=()) -> None:
        self.send_response(status)
        self.send_header("Content-Type", content_type)
        self.send_header("Content-Length", str(len(body)))
        self.send_header("X-Content-Type-Options", "nosniff")
        self.send_header("Content-Security-Policy", CSP)
        for name, value in extra:
            self.send_header(name, value)
        self.end_headers()
        if self.command != "HEAD":
            self.wfile.write(body)

    def _fail(self, status: HTTPStatus, message: str) -> None:
        self._send(status, "text/plain; charset=utf-8", (message + "\n").encode("utf-8"))

    def _sparql(self, params: dict[str, list[str]]) -> None:
        try:
            content_type, body = self.server.endpoint.answer(params, self.headers.get("Accept"))
        except ProtocolError as error:
            self._fail(error.status, str(error))
            return
        self._send(200, content_type, body, [("Vary", "Accept")])

    def _foreign_host(self) -> bool:
        """On a loopback bind, refuse requests naming another host (DNS rebinding)."""
        if self.server.server_address[0] not in LOOPBACK:
            return False
        host = (self.headers.get("Host") or "").strip().lower()
        name = host.rsplit(":", 1)[0] if not host.endswith("]") else host
        return name.strip("[]") not in LOOPBACK | {"localhost"}

    def do_GET(self) -> None:  # noqa: N802 (stdlib name)
        if self._foreign_host():
            self._fail(HTTPStatus.FORBIDDEN, "unexpected Host header")
            return
        url = urlsplit(self.path)
        params = parse_qs(url.query, keep_blank_values=True)
        if url.path == "/sparql":
            self._sparql(params)
            return
        handler = self.server.routes.get(url.path)
        if handler is None:
            self._fail(HTTPStatus.NOT_FOUND, f"no page at {url.path}")
            return
        status, content_type, body = handler(params)
        self._send(status, content_type, body)

    do_HEAD = do_GET

    def do_POST(self) -> None:  # noqa: N802 (stdlib name)
        if self._foreign_host():
            self._fail(HTTPStatus.FORBIDDEN, "unexpected Host header")
            return
        url = urlsplit(self.path)
        if url.path != "/sparql":
            self._fail(HTTPStatus.METHOD_NOT_ALLOWED, "POST only to /sparql")
            return
        try:
            length = int(self.headers.get("Content-Length") or 0)
        except ValueError:
            length = -1
        if not 0 <= length <= MAX_BODY:
            self._fail(HTTPStatus.REQUEST_ENTITY_TOO_LARGE, "request body too large")
            return
        body = self.rfile.read(length).decode("utf-8", "replace")
        media = (self.headers.get("Content-Type") or "").split(";")[0].strip().lower()
        params = parse_qs(url.query, keep_blank_values=True)
        if media == "application/x-www-form-urlencoded":
            for name, values in parse_qs(body, keep_blank_values=True).items():
                params.setdefault(name, []).extend(values)
        elif media == "application/sparql-query":
            params.setdefault("query", []).append(body)
        elif media == "application/sparql-update":
            self._fail(HTTPStatus.FORBIDDEN, "this endpoint is read-only: no updates")
            return
        else:
            self._fail(HTTPStatus.UNSUPPORTED_MEDIA_TYPE, f"unsupported content type {media!r}")
            return
        self._sparql(params)

    def _refuse(self) -> None:
        self._fail(HTTPStatus.METHOD_NOT_ALLOWED, "read-only endpoint")

    do_PUT = do_DELETE = do_PATCH = _refuse


def make_server(workspace: Path, host: str = "127.0.0.1", port: int = 8765) -> SparqlServer:
    """A ready server (``port=0`` picks a free one); call ``serve_forever`` / ``shutdown``."""
    endpoint = Endpoint(Path(workspace))
    routes = build_routes(endpoint, explorer_handlers(Path(workspace)))
    return SparqlServer((host, port), endpoint, routes)


def serve(workspace: Path, host: str = "127.0.0.1", port: int = 8765) -> None:
    """Serve until interrupted (Ctrl-C)."""
    server = make_server(workspace, host, port)
    bound_host, bound_port = server.server_address[:2]
    print(
        f"serving http://{bound_host}:{bound_port}/ — SPARQL at /sparql, query page at /query"
        " (Ctrl-C stops)",
        file=sys.stderr,
    )
    try:
        server.serve_forever()
    except KeyboardInterrupt:
        pass
    finally:
        server.server_close()


def serve_in_thread(workspace: Path, host: str = "127.0.0.1", port: int = 0):
    """Start a server on a background thread; returns (server, thread).  Stop with
    ``server.shutdown(); server.server_close()``."""
    server = make_server(workspace, host, port)
    thread = threading.Thread(target=server.serve_forever, name="sparql-endpoint", daemon=True)
    thread.start()
    return server, thread
