"""SPARQL over the workspace: the embedded pyoxigraph store, saved queries and `genealogy query`.

The store (``workspace/oxigraph``) holds the merge of every statement of the RDF view in its
default graph — per-site named graphs live in the N-Quads/TriG exports, the site of each fact
stays queryable through its evidence (``?claim prov:wasDerivedFrom ?page . ?page ag:site ?s``).
User-supplied names are bound with pyoxigraph ``substitutions``, never pasted into query text.

Beside the RDF view the store holds one entailed layer (:func:`store_statements`):
``ag:academicAncestor``, the transitive closure of ``ag:advisor`` that an OWL 2 RL reasoner
derives from ``exports/ag.ttl`` (``ag:advisor rdfs:subPropertyOf ag:academicAncestor``, an
``owl:TransitiveProperty``).  Lineage questions then read one index range instead of walking
``ag:advisor+`` one look-up per person (descendant count of the largest root, 30k-person
world: 6 ms → 1.3 ms on disk).  The file exports leave it out: a reasoner adds it.

Beside the RocksDB files the store directory holds a small SQLite index
(:mod:`exports.saved_index`) from which the saved queries made of single look-ups
(siblings, students-per-year) and the lineage walks answer; a hand-written query always
goes to the store, and so do the saved ones when the index is missing.
"""

from __future__ import annotations

import io
import json
import os
import re
import shutil
import sqlite3
import stat
import sys
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple, TextIO

import networkx as nx
import pyoxigraph as ox

from exports import saved_index
from exports.rdf import NTriplesReader, Statement, iter_statements
from exports.saved_index import lexical, tsv_rows
from exports.vocabulary import AG, DEFAULT_BASE, PREFIXES

DISPLAY_PREFIXES = {"id": DEFAULT_BASE, **PREFIXES}

STORE_DIRNAME = "oxigraph"
QUERIES_DIR = Path(__file__).with_name("queries")
OUTPUT_FORMATS = ("table", "csv", "tsv", "json")
_IRI_ARGUMENT = re.compile(r"^<?((?:https?|urn|file):[^\s<>\"]+)>?$")


class QueryError(Exception):
    """A query the user asked for cannot run (message is one line)."""


@dataclass(frozen=True)
class SavedQuery:
    """One ``exports/queries/*.rq`` file and what its header comments declare.

    The header is ``# description``, then optional ``# params: person other`` (each bound
    from one ``--person``, required) and ``# optional: person`` (left unbound when absent).
    """

    name: str
    description: str
    required: tuple[str, ...]
    optional: tuple[str, ...]
    text: str

    @property
    def params(self) -> tuple[str, ...]:
        return self.required + self.optional

    @classmethod
    def from_text(cls, name: str, text: str) -> SavedQuery:
        description, required, optional = "", (), ()
        for line in text.splitlines():
            if not line.startswith("#"):
                break
            body = line.lstrip("#").strip()
            if body.startswith("params:"):
                required = tuple(body.removeprefix("params:").split())
            elif body.startswith("optional:"):
                optional = tuple(body.removeprefix("optional:").split())
            elif not description:
                description = body
        return cls(name, description, required, optional, text)


@lru_cache(maxsize=1)
def saved_queries() -> dict[str, SavedQuery]:
    """Every ``exports/queries/*.rq``, read once per process (they ship with the package)."""
    return {
        path.stem: SavedQuery.from_text(path.stem, path.read_text(encoding="utf-8"))
        for path in sorted(QUERIES_DIR.glob("*.rq"))
    }


def describe_saved_queries() -> list[tuple[str, str]]:
    """(name, one-line description) of every saved query, for `genealogy query --list`."""
    return [(query.name, query.description) for query in saved_queries().values()]


ADVISOR_IRI = str(AG.advisor)
ACADEMIC_ANCESTOR_IRI = str(AG.academicAncestor)


def academic_ancestors(step: dict[str, list[str]]) -> Iterator[Statement]:
    """``ag:academicAncestor`` statements: every (person, ancestor) pair that ``ag:advisor+``
    joins, given ``step`` (person IRI → its advisors' IRIs).

    A person on an advisor cycle is their own academic ancestor, as ``ag:advisor+`` says.

    >>> sorted(s[::2] for s in academic_ancestors({"a": ["b"], "b": ["c"]}))
    [('a', 'b'), ('a', 'c'), ('b', 'c')]
    """
    for person in step:
        reached: set[str] = set()
        frontier = [person]
        while frontier:
            following = []
            for node in frontier:
                for advisor in step.get(node, ()):
                    if advisor not in reached:
                        reached.add(advisor)
                        following.append(advisor)
            frontier = following
        for ancestor in reached:
            yield person, ACADEMIC_ANCESTOR_IRI, ancestor, ()


def store_statements(G: nx.MultiDiGraph, base: str | None = None) -> Iterator[Statement]:
    """What the SPARQL store holds: the RDF view of ``G``, then its ``ag:academicAncestor``
    closure, computed from the very ``ag:advisor`` statements streamed before it."""
    step: dict[str, list[str]] = {}
    for statement in iter_statements(G, base):
        if statement[1] == ADVISOR_IRI:
            advisors = step.setdefault(statement[0], [])
            if statement[2] not in advisors:
                advisors.append(statement[2])
        yield statement
    yield from academic_ancestors(step)


def store_path(workspace: Path) -> Path:
    return Path(workspace) / STORE_DIRNAME


def rebuild_store(G: nx.MultiDiGraph, workspace: Path, base: str | None = None) -> Path:
    """Replace the workspace's SPARQL store by the RDF view of ``G`` (bulk-loaded).

    The new store is loaded beside the old one and swapped in, so a failed load leaves the
    previous store usable.
    """
    workspace = Path(workspace)
    workspace.mkdir(parents=True, exist_ok=True)
    target = store_path(workspace)
    fresh = workspace / (STORE_DIRNAME + ".new")
    shutil.rmtree(fresh, ignore_errors=True)
    try:
        store = ox.Store(str(fresh))
        # Streamed straight from the graph (no temporary file); lenient because every IRI
        # and literal was built, and every crawled IRI checked, by exports.rdf.
        stream = io.BufferedReader(NTriplesReader(store_statements(G, base)), 1 << 20)
        store.bulk_load(input=stream, format=ox.RdfFormat.N_TRIPLES, lenient=True)
        store.flush()
        saved_index.write_index(store, fresh)
        # No `store.optimize()` (a full compaction): measured on the 100k-person world it
        # changes no query's time (siblings 0.73 vs 0.73 ms, descendant-count 72 vs 73 ms)
        # while doubling the store on disk (0.7 → 1.2 GB) and adding 16 s to the build.
        del store
    except BaseException:
        shutil.rmtree(fresh, ignore_errors=True)
        raise
    old = workspace / (STORE_DIRNAME + ".old")
    shutil.rmtree(old, ignore_errors=True)
    if target.exists():
        target.rename(old)
    fresh.rename(target)
    shutil.rmtree(old, ignore_errors=True)
    return target


class _Opened(NamedTuple):
    """A workspace's store and its saved-query index (exports.saved_index; None when the
    store has none, and then the saved SPARQL text answers), opened together."""

    store: ox.Store
    index: sqlite3.Connection | None


_OPENED: dict[tuple[str, int, int], _Opened] = {}


def _store_key(workspace: Path | str) -> tuple[str, int, int]:
    """(path, device, inode) of the workspace's store directory: a rebuilt store is a new
    directory (new inode), so it is opened afresh rather than served stale."""
    path = os.path.join(os.path.abspath(os.fspath(workspace)), STORE_DIRNAME)
    try:
        status = os.stat(path)
    except OSError:
        status = None
    if status is None or not stat.S_ISDIR(status.st_mode):
        raise QueryError(f"no SPARQL store in {workspace} — run `genealogy build` first")
    # Not the mtime: RocksDB writes its LOG and MANIFEST into the directory it has open.
    return path, status.st_dev, status.st_ino


def _opened(workspace: Path | str) -> _Opened:
    """The workspace's store and index, opened once and kept for the life of the process.

    The store is opened read-write when no other process holds it — RocksDB answers about
    twice as fast that way (measured on the 30k-person world: students-per-year 0.9 s →
    0.5 s) — and read-only otherwise, so several readers (e.g. `serve` and `query`) coexist.
    """
    key = _store_key(workspace)
    opened = _OPENED.get(key)
    if opened is None:
        path = key[0]
        try:
            store = ox.Store(path)
        except OSError:  # held by another process (its LOCK), or not writable
            try:
                store = ox.Store.read_only(path)
            except OSError as error:
                raise QueryError(f"cannot open the SPARQL store in {path}: {error}") from None
        for stale in [k for k in _OPENED if k[0] == path]:
            if (index := _OPENED.pop(stale).index) is not None:
                index.close()
        opened = _OPENED[key] = _Opened(store, saved_index.open_index(Path(path)))
    return opened


def open_store(workspace: Path | str) -> ox.Store:
    """The workspace's store, for reading (this module never writes through it)."""
    return _opened(workspace).store


def run_query(
    store: ox.Store,
    sparql: str,
    bindings: dict[str, ox.NamedNode | ox.Literal] | None = None,
    *,
    prefixes: dict[str, str] | None = PREFIXES,
):
    """Run ``sparql`` with ``bindings`` substituted for variables; our one query path.

    ``prefixes`` are predeclared for hand-written queries (saved queries declare their own).
    """
    substitutions = {ox.Variable(name): term for name, term in (bindings or {}).items()}
    try:
        return store.query(sparql, prefixes=prefixes, substitutions=substitutions or None)
    except SyntaxError as error:
        raise QueryError(f"invalid SPARQL: {_one_line(error)}") from None
    except RuntimeError as error:  # e.g. a bound variable the query does not select
        raise QueryError(f"cannot run the query: {_one_line(error)}") from None


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())


_LOOKUP_EXACT = """
SELECT DISTINCT ?entity ?name WHERE {
  { ?entity <http://www.w3.org/2000/01/rdf-schema#label> ?name }
  UNION { ?entity <http://www.w3.org/2004/02/skos/core#altLabel> ?name }
}"""

_LOOKUP_ALL = """
SELECT DISTINCT ?entity ?label WHERE {
  ?entity <http://xmlns.com/foaf/0.1/name> ?any .
  { ?entity <http://www.w3.org/2000/01/rdf-schema#label> ?label }
  UNION { ?entity <http://www.w3.org/2004/02/skos/core#altLabel> ?label }
}"""


def _fold(text: str) -> str:
    from crawler.names import fold

    return " ".join(fold(text).split())


def resolve_person(store: ox.Store, name: str) -> ox.NamedNode:
    """The IRI of the entity called ``name`` (label or alias; an IRI is taken as given)."""
    name = name.strip()
    iri = _IRI_ARGUMENT.match(name)
    if iri:
        return ox.NamedNode(iri.group(1))
    found = {row["entity"] for row in run_query(store, _LOOKUP_EXACT, {"name": ox.Literal(name)})}
    if not found:
        # Slow path: accent/case-insensitive match over every label.
        key = _fold(name)
        found = {
            row["entity"]
            for row in run_query(store, _LOOKUP_ALL)
            if _fold(row["label"].value) == key
        }
    if not found:
        raise QueryError(f"no person named {name!r} in the graph")
    if len(found) > 1:
        iris = ", ".join(sorted(f"<{term.value}>" for term in found))
        raise QueryError(f"several persons are named {name!r}: {iris} — pass one IRI instead")
    return found.pop()


def _query_text(sparql: str | None, saved: str | None) -> SavedQuery:
    if saved and sparql:
        raise QueryError("give either a SPARQL query or --saved NAME, not both")
    if saved:
        queries = saved_queries()
        if saved not in queries:
            raise QueryError(f"no saved query {saved!r} (known: {', '.join(queries)})")
        return queries[saved]
    if not sparql:
        raise QueryError("give a SPARQL query, a .rq file, or --saved NAME (see --list)")
    candidate = Path(sparql)
    if len(sparql) < 4096 and "\n" not in sparql and candidate.suffix == ".rq":
        if not candidate.is_file():
            raise QueryError(f"no query file {sparql}")
        return SavedQuery.from_text(candidate.stem, candidate.read_text(encoding="utf-8"))
    return SavedQuery("query", "", (), ("person", "other"), sparql)


def bind_persons(store: ox.Store, query: SavedQuery, persons: list[str]) -> dict:
    """Map ``--person`` values, in order, to the query's parameters, resolved to IRIs."""
    if len(persons) > len(query.params):
        wanted = " ".join(f"--person {p.upper()}" for p in query.params) or "no --person"
        raise QueryError(f"{query.name} takes {wanted}; got {len(persons)} --person values")
    if len(persons) < len(query.required):
        wanted = " ".join(f"--person {p.upper()}" for p in query.required)
        raise QueryError(f"{query.name} needs {wanted}")
    return {
        param: resolve_person(store, person)
        for param, person in zip(query.params, persons, strict=False)
    }


def _cell(term) -> str:
    if term is None:
        return ""
    return term.value


def _display(term) -> str:
    """A cell for human eyes: IRIs shortened with the usual prefixes."""
    if isinstance(term, ox.NamedNode):
        for prefix, namespace in DISPLAY_PREFIXES.items():
            if term.value.startswith(namespace):
                return f"{prefix}:{term.value[len(namespace) :]}"
    return _cell(term)


def _write_table(results, out: TextIO) -> None:
    variables = [v.value for v in results.variables]
    rows = [[_display(row[name]) for name in variables] for row in results]
    if getattr(out, "isatty", lambda: False)():
        from rich.console import Console
        from rich.table import Table

        table = Table(show_lines=False)
        for name in variables:
            table.add_column(name, overflow="fold")
        for row in rows:
            table.add_row(*map(_escape, row))
        Console(file=out).print(table)
        out.write(f"{len(rows)} row{'' if len(rows) == 1 else 's'}\n")
        return
    widths = [len(v) for v in variables]
    for row in rows:
        widths = [max(w, len(c)) for w, c in zip(widths, row, strict=True)]
    out.write("  ".join(v.ljust(w) for v, w in zip(variables, widths, strict=True)).rstrip())
    out.write("\n")
    for row in rows:
        out.write("  ".join(c.ljust(w) for c, w in zip(row, widths, strict=True)).rstrip())
        out.write("\n")


def _escape(cell: str) -> str:
    from rich.markup import escape

    return escape(cell)


def write_results(results, output_format: str, out: TextIO) -> None:
    """Print query results: a table, or SPARQL CSV/TSV/JSON results."""
    if isinstance(results, ox.QueryBoolean):
        value = bool(results)
        if output_format == "json":
            out.write(json.dumps({"head": {}, "boolean": value}) + "\n")
        else:
            out.write(("true" if value else "false") + "\n")
        return
    if isinstance(results, ox.QueryTriples):
        out.write(results.serialize(format=ox.RdfFormat.N_TRIPLES).decode("utf-8"))
        return
    if output_format == "table":
        _write_table(results, out)
        return
    formats = {
        "csv": ox.QueryResultsFormat.CSV,
        "tsv": ox.QueryResultsFormat.TSV,
        "json": ox.QueryResultsFormat.JSON,
    }
    if output_format not in formats:
        raise QueryError(f"unknown output format {output_format!r}")
    out.write(results.serialize(format=formats[output_format]).decode("utf-8"))


# Lineage with exact generation numbers.  Shortest-chain lengths over a DAG with co-advisors
# are a breadth-first search, which SPARQL cannot express without enumerating chains; our
# path reads the supervision edges inside one `ag:advisor+` closure (one recursive statement
# on the saved-query index, or, without it, one bounded query on the store, the person
# bound) and walks them level by level here.  The .rq files stay standalone SPARQL for
# endpoint users (explicit chains, exact up to 25 generations).
_AG = "https://w3id.org/academic-genealogy/ns#"

_ADVISOR = f"<{_AG}advisor>"
_LABEL = "<http://www.w3.org/2000/01/rdf-schema#label>"

# The person is bound by substitution, which the planner cannot see: a plain join after the
# closure becomes a hash join over every supervision triple, and so does a nested OPTIONAL.
# One flat OPTIONAL per look-up is done row by row instead (measured on the 100k-person
# world's on-disk store: 6.7 s → 0.42 s for the 6,771 descendants of the largest root).
#
# Rows (x, a, name of x): every supervision edge x → a with x the person or an ancestor
# (?a unbound for a root).
_UPWARD_EDGES = f"""
SELECT ?person ?x ?a ?name WHERE {{
  ?person {_ADVISOR}* ?x .
  OPTIONAL {{ ?x {_ADVISOR} ?a }}
  OPTIONAL {{ ?x {_LABEL} ?name }}
}}"""

# Rows (d, a, name of d): every supervision edge d → a with d a descendant of the person,
# the descendants read from the materialised closure (one index range, no path walk).
_DOWNWARD_EDGES = f"""
SELECT ?person ?d ?a ?name WHERE {{
  ?d <{ACADEMIC_ANCESTOR_IRI}> ?person .
  OPTIONAL {{ ?d {_ADVISOR} ?a }}
  OPTIONAL {{ ?d {_LABEL} ?name }}
}}"""

_PERSON_LABEL = f"SELECT ?person ?name WHERE {{ ?person {_LABEL} ?name }}"


class Closure(NamedTuple):
    """The supervision edges inside one person's lineage, as adjacency lists, with names.

    Terms stay in their N-Triples form (as SPARQL TSV results write them): reading rows
    as text is several times faster than building a Python object per term.
    """

    step: dict[str, list[str]]
    names: dict[str, str]


def _closure(
    store: ox.Store, person: ox.NamedNode, upward: bool, index: sqlite3.Connection | None
) -> Closure:
    if index is not None:  # level by level through the saved-query index
        return Closure(*saved_index.lineage(index, str(person), upward))
    step: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    bound = {"person": person}
    if upward:  # columns: person, x, a, name of x
        for _person, x, a, name in tsv_rows(run_query(store, _UPWARD_EDGES, bound, prefixes=None)):
            names[x] = name
            if a:  # not a root
                step.setdefault(x, []).append(a)
    else:  # columns: person, d, a, name of d
        for _person, d, a, name in tsv_rows(
            run_query(store, _DOWNWARD_EDGES, bound, prefixes=None)
        ):
            step.setdefault(a, []).append(d)
            names[d] = name
    return Closure(step, names)


def generations(step: dict, start) -> dict:
    """Shortest number of steps from ``start`` to every node it reaches (itself excluded,
    unless a cycle leads back to it)."""
    depth = {start: 0}
    frontier = [start]
    level = 0
    back = None
    while frontier:
        level += 1
        following = []
        for node in frontier:
            for reached in step.get(node, ()):
                if reached == start and back is None:
                    back = level
                if reached not in depth:
                    depth[reached] = level
                    following.append(reached)
        frontier = following
    del depth[start]
    if back is not None:
        depth[start] = back
    return depth


def _person_name(store: ox.Store, person: ox.NamedNode) -> str:
    rows = tsv_rows(run_query(store, _PERSON_LABEL, {"person": person}, prefixes=None))
    return rows[0][1] if rows else ""


def _solutions(variables: list[str], rows: Iterable[Sequence[str]]) -> ox.QuerySolutions:
    """Rows computed here (terms in N-Triples form) as SPARQL results, so every output
    format is written by the same serialisers as a plain query's."""
    text = "\t".join("?" + name for name in variables) + "\n"
    text += "".join("\t".join(row) + "\n" for row in rows)
    return ox.parse_query_results(text.encode("utf-8"), format=ox.QueryResultsFormat.TSV)


def _lineage(
    store: ox.Store, bindings: dict, index, upward: bool, column: str
) -> ox.QuerySolutions:
    person = bindings["person"]
    closure = _closure(store, person, upward, index)
    start = str(person)
    depth = generations(closure.step, start)
    names = closure.names
    if start in depth:  # a cycle: the person is its own ancestor
        names[start] = _person_name(store, person)
    # By generation, then name: the N-Triples form of a plain literal sorts as its text does
    # (only escaped quotes and backslashes differ), without decoding every row.
    ordered = sorted(depth.items(), key=lambda item: (item[1], names.get(item[0], ""), item[0]))
    rows = ((start, node, names.get(node, ""), str(gen)) for node, gen in ordered)
    return _solutions(["person", column, "name", "generation"], rows)


def lineage_ancestors(store: ox.Store, bindings: dict, index=None) -> ox.QuerySolutions:
    return _lineage(store, bindings, index, True, "ancestor")


def lineage_descendants(store: ox.Store, bindings: dict, index=None) -> ox.QuerySolutions:
    return _lineage(store, bindings, index, False, "descendant")


def lineage_shortest_path(store: ox.Store, bindings: dict, index=None) -> ox.QuerySolutions:
    """Through the closest common ancestor: ↑up from the person, ↓down to the other."""
    person, other = bindings["person"], bindings["other"]
    mine, theirs = _closure(store, person, True, index), _closure(store, other, True, index)
    start, end = str(person), str(other)
    up, down = generations(mine.step, start), generations(theirs.step, end)
    up[start], down[end] = 0, 0
    common = up.keys() & down.keys()
    variables = ["person", "other", "length", "up", "via", "viaName", "down", "path"]
    if not common:
        return _solutions(variables, [])
    length = min(up[via] + down[via] for via in common)
    names = mine.names | theirs.names
    names.setdefault(start, _person_name(store, person))
    names.setdefault(end, _person_name(store, other))

    def label(node: str) -> str:
        return lexical(names[node]) if names.get(node) else node[1:-1]

    rows = []
    for via in common:
        if up[via] + down[via] == length:
            path = f"{label(start)} ↑{up[via]} {label(via)} ↓{down[via]} {label(end)}"
            row = (start, end, str(length), str(up[via]), via, names.get(via, ""), str(down[via]))
            rows.append((*row, json.dumps(path, ensure_ascii=False)))
    rows.sort(key=lambda r: (lexical(r[5]), r[4]))
    return _solutions(variables, rows)


# Jury members who later co-authored, in two steps.  The engine cannot see which few
# (candidate, juror) pairs survive the join of jury seats with coauthorships, so the saved
# query's seat and paper patterns become hash joins over every qualified node of the graph
# (30k-person world: 0.37 s on disk, of which the pairs take 0.05 s).  Our path asks for the
# pairs first, then gives them to the rest of the same query as a VALUES block, which the
# planner starts from (the rest: 7 ms).  Same algebra, same rows, same order.
_JURY_PREFIXES = f"""PREFIX ag: <{_AG}>
PREFIX rdf: <http://www.w3.org/1999/02/22-rdf-syntax-ns#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
PREFIX prov: <http://www.w3.org/ns/prov#>
"""
_JURY_PAIRS = (
    _JURY_PREFIXES
    + """SELECT DISTINCT ?person ?juror WHERE {
  { SELECT ?person ?juror WHERE { ?person ag:juryMember ?juror } }
  { SELECT ?person ?juror WHERE {
      { ?person ag:coauthor ?juror } UNION { ?juror ag:coauthor ?person } } }
}"""
)
_JURY_SEATS_AND_PAPERS = (
    _JURY_PREFIXES
    + """SELECT ?person ?name ?juror ?jurorName ?role ?defence (MIN(?paperYear) AS ?firstPaperAfter)
WHERE {
  VALUES (?person ?juror) { %s }
  ?seat rdf:subject ?person ; rdf:object ?juror ; a ag:JuryRole ;
        rdf:predicate ?roleProperty ; ag:startYear ?defence .
  { ?paper rdf:subject ?person ; rdf:object ?juror }
  UNION { ?paper rdf:subject ?juror ; rdf:object ?person }
  ?paper a ag:Coauthorship .
  { ?paper prov:wasDerivedFrom/ag:startYear ?paperYear }
  UNION { ?paper ag:startYear|ag:endYear ?paperYear }
  FILTER(?paperYear > ?defence)
  BIND(STRAFTER(STR(?roleProperty), "#") AS ?role)
  OPTIONAL { ?person rdfs:label ?name }
  OPTIONAL { ?juror rdfs:label ?jurorName }
}
GROUP BY ?person ?name ?juror ?jurorName ?role ?defence
ORDER BY ?name ?jurorName ?role ?defence ?person ?juror"""
)


def jury_coauthors(store: ox.Store, bindings: dict, index=None) -> ox.QuerySolutions:
    """The saved jury-coauthors query, its pairs computed first (see above).

    The VALUES block holds IRIs the store itself returned, written back by pyoxigraph's own
    N-Triples serialiser (``str(NamedNode)``), never text from the user or a page: a
    NamedNode cannot hold ``>``, a space or a quote, so the block cannot change the query.
    """
    pairs = []
    for row in run_query(store, _JURY_PAIRS, bindings, prefixes=None):
        person, juror = row["person"], row["juror"]
        if not (isinstance(person, ox.NamedNode) and isinstance(juror, ox.NamedNode)):
            # Not expected (persons are IRIs); the saved query answers it as written.
            return run_query(store, saved_queries()["jury-coauthors"].text, bindings, prefixes=None)
        pairs.append(f"({person} {juror})")
    return run_query(store, _JURY_SEATS_AND_PAPERS % " ".join(pairs), prefixes=None)


# Saved queries our path answers in its own steps (same rows as the .rq text), given the
# store, the bound persons and the store's saved-query index (None when it has none).
QUERY_PLANS = {
    "ancestors": lineage_ancestors,
    "descendants": lineage_descendants,
    "shortest-path": lineage_shortest_path,
    "jury-coauthors": jury_coauthors,
}


def run_cli_query(
    workspace: Path,
    *,
    sparql: str | None = None,
    saved: str | None = None,
    persons: list[str] | tuple[str, ...] = (),
    output_format: str = "table",
    out: TextIO | None = None,
) -> None:
    """What `genealogy query` does: resolve the query and the persons, run, print."""
    out = out or sys.stdout
    query = _query_text(sparql, saved)
    store, index = _opened(workspace)
    bindings = bind_persons(store, query, list(persons))
    packaged = saved is not None
    plan = QUERY_PLANS.get(saved) if packaged else None
    index = index if packaged else None
    if index is not None and saved in saved_index.ANSWERS:
        results = _solutions(*saved_index.ANSWERS[saved](index, bindings))
    elif plan is not None:
        results = plan(store, bindings, index)
    else:
        results = run_query(store, query.text, bindings, prefixes=None if packaged else PREFIXES)
    try:
        write_results(results, output_format, out)
    except OSError as error:  # e.g. an evaluation error surfacing while iterating
        raise QueryError(f"query failed: {_one_line(error)}") from None


def results_as_rows(results) -> list[dict[str, str]]:
    """Plain rows (variable → lexical value) of SELECT results, for tests and scripts."""
    variables = [v.value for v in results.variables]
    return [{name: _cell(row[name]) for name in variables} for row in results]


def query_rows(workspace: Path, sparql: str, **bindings: str) -> list[dict[str, str]]:
    """Run ``sparql`` on the workspace store with persons bound by name; rows as dicts."""
    store = open_store(Path(workspace))
    terms = {name: resolve_person(store, value) for name, value in bindings.items()}
    return results_as_rows(run_query(store, sparql, terms))


__all__ = [
    "QueryError",
    "SavedQuery",
    "bind_persons",
    "describe_saved_queries",
    "open_store",
    "rebuild_store",
    "resolve_person",
    "run_cli_query",
    "run_query",
    "saved_queries",
    "write_results",
]
