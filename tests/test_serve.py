"""The SPARQL endpoint over real HTTP, queried with a real SPARQL client (SPARQLWrapper)."""

from __future__ import annotations

import csv
import importlib.util
import io
import re
import sys
import urllib.error
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
from SPARQLWrapper import CSV, JSON, POST, POSTDIRECTLY, TSV, TURTLE, XML, SPARQLWrapper

from exports import serve as serve_module
from exports.sparql import rebuild_store

HERE = Path(__file__).resolve().parent / "rdf"
NAMES_QUERY = """
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX foaf: <http://xmlns.com/foaf/0.1/>
SELECT ?name WHERE { ?p a foaf:Person ; rdfs:label ?name } ORDER BY ?name LIMIT 3
"""
FIRST_NAMES = ["Bastien Krall", "Inès Halvorsen", "Kenji Abara"]


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def workspace(tmp_path_factory):
    path = tmp_path_factory.mktemp("served")
    rebuild_store(_load("fixture_genealogy").build_genealogy(), path)
    return path


@pytest.fixture(scope="module")
def endpoint(workspace):
    server, thread = serve_module.serve_in_thread(workspace, "127.0.0.1", 0)
    host, port = server.server_address[:2]
    yield f"http://{host}:{port}"
    server.shutdown()
    server.server_close()
    thread.join(timeout=5)
    assert not thread.is_alive()


def client(endpoint, query=NAMES_QUERY, fmt=JSON, method="GET"):
    wrapper = SPARQLWrapper(endpoint + "/sparql")
    wrapper.setQuery(query)
    wrapper.setReturnFormat(fmt)
    wrapper.setMethod(method)
    return wrapper


def names_from(fmt, converted):
    if fmt == JSON:
        return [b["name"]["value"] for b in converted["results"]["bindings"]]
    if fmt == XML:
        return [node.firstChild.data for node in converted.getElementsByTagName("literal")]
    if fmt == CSV:
        return [row["name"] for row in csv.DictReader(io.StringIO(converted.decode()))]
    lines = converted.decode().splitlines()
    assert lines[0] == "?name"
    return [line.strip('"') for line in lines[1:]]


def test_binds_to_localhost_by_default(workspace):
    server = serve_module.make_server(workspace, port=0)
    try:
        assert server.server_address[0] == "127.0.0.1"
    finally:
        server.server_close()


@pytest.mark.parametrize("method", ["GET", POST])
@pytest.mark.parametrize(
    "fmt,media",
    [
        (JSON, "application/sparql-results+json"),
        (XML, "application/sparql-results+xml"),
        (CSV, "text/csv"),
        (TSV, "text/tab-separated-values"),
    ],
)
def test_select_over_get_and_post_in_every_results_format(endpoint, method, fmt, media):
    result = client(endpoint, fmt=fmt, method=method).query()
    assert result.info()["content-type"].startswith(media)
    assert names_from(fmt, result.convert()) == FIRST_NAMES


def test_post_with_the_query_as_body(endpoint):
    wrapper = client(endpoint, method=POST)
    wrapper.setRequestMethod(POSTDIRECTLY)
    assert names_from(JSON, wrapper.query().convert()) == FIRST_NAMES


def test_content_negotiation_without_a_client_library(endpoint):
    url = endpoint + "/sparql?" + urllib.parse.urlencode({"query": NAMES_QUERY})
    for accept, expected in [
        ("text/csv;q=0.9, application/sparql-results+xml", "application/sparql-results+xml"),
        ("text/tab-separated-values", "text/tab-separated-values"),
        ("*/*", "application/sparql-results+json"),
    ]:
        request = urllib.request.Request(url, headers={"Accept": accept})
        with urllib.request.urlopen(request, timeout=10) as response:
            assert response.headers["Content-Type"].startswith(expected)
    request = urllib.request.Request(url, headers={"Accept": "image/png"})
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=10)
    assert caught.value.code == 406


def test_construct_and_ask(endpoint):
    construct = client(
        endpoint,
        "PREFIX ag: <https://w3id.org/academic-genealogy/ns#>\n"
        "CONSTRUCT { ?s ag:advisor ?o } WHERE { ?s ag:doctoralAdvisor ?o }",
        fmt=TURTLE,
    )
    graph = construct.query().convert()
    assert b"advisor" in graph and b"bastien-krall" in graph
    ask = client(endpoint, "ASK { ?s <https://w3id.org/academic-genealogy/ns#advisor>+ ?s }")
    assert ask.query().convert()["boolean"] is False


def test_person_names_are_bound_over_http(endpoint):
    query = "SELECT ?person ?advisor WHERE { ?person ag:advisor ?advisor }"
    url = (
        endpoint
        + "/sparql?"
        + urllib.parse.urlencode({"query": query, "person": "Yusuf Calder", "format": "csv"})
    )
    with urllib.request.urlopen(url, timeout=10) as response:
        rows = list(csv.DictReader(io.StringIO(response.read().decode())))
    assert [r["advisor"].rsplit("/", 1)[1] for r in rows] == ["kenji-abara"]


def _count(endpoint) -> str:
    wrapper = client(endpoint, "SELECT (COUNT(*) AS ?n) WHERE { ?s ?p ?o }")
    return wrapper.query().convert()["results"]["bindings"][0]["n"]["value"]


def test_updates_are_refused_with_a_4xx(endpoint):
    before = _count(endpoint)
    update = client(endpoint, "INSERT DATA { <urn:a> <urn:b> <urn:c> }", method=POST)
    with pytest.raises(urllib.error.HTTPError) as caught:
        update.query()
    assert caught.value.code == 403
    for body, media in [
        (b"DROP ALL", "application/sparql-update"),
        (b"update=CLEAR+DEFAULT", "application/x-www-form-urlencoded"),
        (
            b"query=PREFIX+x%3A+%3Curn%3Ax%3E+DELETE+WHERE+%7B+%3Fs+%3Fp+%3Fo+%7D",
            "application/x-www-form-urlencoded",
        ),
    ]:
        request = urllib.request.Request(
            endpoint + "/sparql", data=body, headers={"Content-Type": media}, method="POST"
        )
        with pytest.raises(urllib.error.HTTPError) as refused:
            urllib.request.urlopen(request, timeout=10)
        assert 400 <= refused.value.code < 500
    assert _count(endpoint) == before


def test_errors_are_client_errors(endpoint):
    for params in ({"query": "SELECT WHERE {"}, {}, {"query": NAMES_QUERY, "person": "Nobody"}):
        url = endpoint + "/sparql?" + urllib.parse.urlencode(params)
        with pytest.raises(urllib.error.HTTPError) as caught:
            urllib.request.urlopen(url, timeout=10)
        assert caught.value.code == 400
        assert len(caught.value.read().decode().strip().splitlines()) == 1


def test_query_page_is_offline(endpoint):
    with urllib.request.urlopen(endpoint + "/query", timeout=10) as response:
        page = response.read().decode()
        assert response.headers["Content-Type"].startswith("text/html")
    with urllib.request.urlopen(endpoint + "/query.js", timeout=10) as response:
        script = response.read().decode()
    for text in (page, script):
        assert not re.search(r"""(src|href)\s*=\s*["']?(https?:)?//""", text)
        assert "innerHTML" not in text
    assert 'src="/query.js"' in page
    with urllib.request.urlopen(endpoint + "/api/saved-queries", timeout=10) as response:
        assert b'"ancestors"' in response.read()


def test_explorer_routes_are_merged(workspace, monkeypatch):
    explorer = {"/": lambda params: (200, "text/html; charset=utf-8", b"<p>explorer</p>")}
    monkeypatch.setattr(serve_module, "explorer_handlers", lambda ws: explorer)
    server, thread = serve_module.serve_in_thread(workspace)
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        with urllib.request.urlopen(base + "/", timeout=10) as response:
            assert response.read() == b"<p>explorer</p>"
        with urllib.request.urlopen(base + "/query", timeout=10) as response:
            assert b"SPARQL" in response.read()
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_without_the_explorer_the_endpoint_still_serves(workspace, monkeypatch):
    monkeypatch.setitem(sys.modules, "exports.explorer", None)  # import fails
    server, thread = serve_module.serve_in_thread(workspace)
    try:
        base = f"http://127.0.0.1:{server.server_address[1]}"
        with urllib.request.urlopen(base + "/", timeout=10) as response:
            assert b"SPARQL" in response.read()
        assert _count(base) != "0"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


def test_requests_for_another_host_are_refused(endpoint):
    # A page on evil.example that resolves to 127.0.0.1 must not read the graph.
    request = urllib.request.Request(
        endpoint + "/sparql?" + urllib.parse.urlencode({"query": NAMES_QUERY}),
        headers={"Host": "evil.example:80"},
    )
    with pytest.raises(urllib.error.HTTPError) as caught:
        urllib.request.urlopen(request, timeout=10)
    assert caught.value.code == 403
