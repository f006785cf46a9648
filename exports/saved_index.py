"""A small SQLite index beside the SPARQL store for the saved queries made of single look-ups.

Siblings and students-per-year spend their time fetching one fact at a time (a label, a
membership's year): RocksDB answers each such look-up about three times slower than
pyoxigraph's in-memory maps (30k-person world: siblings 0.64 vs 0.22 ms, students-per-year
132 vs 41 ms), while loading the store in memory would cost minutes on every `genealogy
query`.  These few facts are copied, at build time and from the store's own answers, into
indexed SQLite tables that open in microseconds; the two saved queries then answer with one
SQL statement each.  The rows are the saved SPARQL's rows (tests compare them on fixture
genealogies); a store without the index (built by an older version, or unreadable) is asked
the SPARQL text instead.

Terms are kept in their N-Triples form (``<iri>``, ``"text"``, ``"2015"^^<…integer>``), as
the SPARQL TSV results write them, so the answers go through the same result serialisers.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable
from pathlib import Path

import pyoxigraph as ox

INDEX_FILENAME = "saved-queries.sqlite"
_INTEGER = "http://www.w3.org/2001/XMLSchema#integer"

_SCHEMA = """
CREATE TABLE label (node TEXT NOT NULL, term TEXT NOT NULL, text TEXT NOT NULL,
                    PRIMARY KEY (node, term)) WITHOUT ROWID;
CREATE TABLE advisor (student TEXT NOT NULL, advisor TEXT NOT NULL,
                      PRIMARY KEY (student, advisor)) WITHOUT ROWID;
CREATE INDEX advisor_students ON advisor (advisor, student);
CREATE TABLE organisation (node TEXT PRIMARY KEY) WITHOUT ROWID;
CREATE TABLE unit (parent TEXT NOT NULL, child TEXT NOT NULL,
                   PRIMARY KEY (parent, child)) WITHOUT ROWID;
CREATE TABLE study (unit TEXT NOT NULL, student TEXT NOT NULL, year TEXT NOT NULL,
                    year_value INTEGER, PRIMARY KEY (unit, student, year)) WITHOUT ROWID;
"""

_PREFIXES = """PREFIX ag: <https://w3id.org/academic-genealogy/ns#>
PREFIX org: <http://www.w3.org/ns/org#>
PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
"""
# What each table holds, asked of the freshly built store (so the index says what it says).
# A study's year is the saved query's COALESCE(start, end); "" when neither is known.
_EXTRACTS = {
    "label": "SELECT ?node ?term WHERE { ?node rdfs:label ?term }",
    "advisor": "SELECT ?student ?advisor WHERE { ?student ag:advisor ?advisor }",
    "organisation": "SELECT ?node WHERE { ?node a org:Organization }",
    "unit": "SELECT ?parent ?child WHERE { ?child org:subOrganizationOf ?parent }",
    "study": """SELECT DISTINCT ?unit ?student ?year WHERE {
  ?membership org:role ag:Student ; org:organization ?unit ; org:member ?student .
  OPTIONAL { ?membership ag:startYear ?start }
  OPTIONAL { ?membership ag:endYear ?end }
  BIND(COALESCE(?start, ?end) AS ?year)
}""",
}


def lexical(term: str) -> str:
    """The text of a term in N-Triples form: a literal's lexical form (``"a\\"b"@en`` →
    ``a"b``), anything else as given."""
    if not term.startswith('"'):
        return term
    body = term[: term.rindex('"') + 1]
    try:
        return json.loads(body)
    except ValueError:
        return body[1:-1]


def tsv_rows(results) -> list[list[str]]:
    """SPARQL results as rows of N-Triples terms ("" when unbound): reading rows as text is
    several times faster than building a Python object per term."""
    text = results.serialize(format=ox.QueryResultsFormat.TSV).decode("utf-8")
    return [line.split("\t") for line in text.split("\n")[1:] if line]


def _extract(store: ox.Store, table: str) -> list[list[str]]:
    return tsv_rows(store.query(_PREFIXES + _EXTRACTS[table]))


def _integer(term: str) -> int | None:
    """An xsd:integer's value (TSV writes it bare: ``2015``), else None."""
    if term.endswith(f"<{_INTEGER}>"):
        term = lexical(term)
    try:
        return int(term)
    except ValueError:
        return None


def write_index(store: ox.Store, directory: Path) -> Path:
    """Build the index from ``store`` into ``directory`` (the new store's own directory, so
    the two are swapped in together)."""
    path = Path(directory) / INDEX_FILENAME
    path.unlink(missing_ok=True)
    tables = {
        "label": [(node, term, lexical(term)) for node, term in _extract(store, "label")],
        "advisor": _extract(store, "advisor"),
        "organisation": _extract(store, "organisation"),
        "unit": _extract(store, "unit"),
        "study": [(*row, _integer(row[2])) for row in _extract(store, "study")],
    }
    with sqlite3.connect(path) as db:
        # No journal: a failed build leaves no store directory to read it from.
        db.executescript("PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;" + _SCHEMA)
        for table, rows in tables.items():
            if rows:
                marks = ", ".join("?" * len(rows[0]))
                db.executemany(f"INSERT OR IGNORE INTO {table} VALUES ({marks})", rows)
    db.close()
    return path


def open_index(directory: Path) -> sqlite3.Connection | None:
    """The store's index, read-only; None when it is missing or unreadable."""
    path = Path(directory) / INDEX_FILENAME
    if not path.is_file():
        return None
    try:
        db = sqlite3.connect(f"{path.as_uri()}?mode=ro", uri=True, check_same_thread=False)
        db.execute("SELECT 1 FROM study LIMIT 1")
    except sqlite3.Error:
        return None
    return db


_SIBLINGS = """
SELECT mine.student, theirs.student, sibling_label.term, mine.advisor, advisor_label.term
FROM advisor AS mine
JOIN advisor AS theirs ON theirs.advisor = mine.advisor AND theirs.student != mine.student
LEFT JOIN label AS sibling_label ON sibling_label.node = theirs.student
LEFT JOIN label AS advisor_label ON advisor_label.node = mine.advisor
WHERE mine.student = ?
ORDER BY sibling_label.text, advisor_label.text, theirs.student, mine.advisor
"""


def siblings(db: sqlite3.Connection, bindings: dict) -> tuple[list[str], list[tuple]]:
    """The saved siblings query: (variables, rows of N-Triples terms, "" when unbound)."""
    rows = db.execute(_SIBLINGS, (str(bindings["person"]),)).fetchall()
    variables = ["person", "sibling", "name", "advisor", "advisorName"]
    return variables, [tuple(cell or "" for cell in row) for row in rows]


_STUDIES = """
WITH RECURSIVE under (unit, organisation) AS (
  SELECT node, node FROM organisation WHERE ?1 IS NULL OR node = ?1
  UNION
  SELECT unit.child, under.organisation FROM unit JOIN under ON unit.parent = under.unit
)
SELECT DISTINCT under.organisation, organisation_label.term, organisation_label.text,
       study.year, study.year_value, study.student, student_label.text
FROM under
JOIN study ON study.unit = under.unit
LEFT JOIN label AS organisation_label ON organisation_label.node = under.organisation
LEFT JOIN label AS student_label ON student_label.node = study.student
"""


def students_per_year(db: sqlite3.Connection, bindings: dict) -> tuple[list[str], list[tuple]]:
    """The saved students-per-year query, grouped here: COUNT(DISTINCT) of students and
    GROUP_CONCAT(DISTINCT) of their names (unbound, as in SPARQL, when one has no name)."""
    organisation = bindings.get("organisation")
    groups: dict[tuple, tuple[set, set]] = {}
    order: dict[tuple, tuple] = {}
    for org, org_term, org_text, year, year_value, student, name in db.execute(
        _STUDIES, (None if organisation is None else str(organisation),)
    ):
        key = (org, org_term or "", year)
        if key not in groups:
            groups[key] = (set(), set())
            # ORDER BY ?organisationName ?year: unbound first, names by code point, years
            # by value (then the organisation, for a stable order among equals).
            order[key] = (
                org_text is not None,
                org_text or "",
                year_value is not None,
                year_value or 0,
                org,
            )
        students, names = groups[key]
        students.add(student)
        names.add(name)
    rows = []
    for key in sorted(groups, key=order.__getitem__):
        students, names = groups[key]
        concatenated = "" if None in names else str(ox.Literal(", ".join(sorted(names))))
        rows.append((*key, str(len(students)), concatenated))
    return ["organisation", "organisationName", "year", "students", "names"], rows


# Everyone reached from ?1 (up through advisors, or down through students; UNION keeps each
# once, so a cycle ends), then each one's steps (kind 0) and labels (kind 1).
_LINEAGE = """
WITH RECURSIVE reached (node) AS (
  SELECT ?1 UNION SELECT step.{to} FROM advisor AS step JOIN reached ON step.{of} = reached.node
)
SELECT 0, step.{of}, step.{to} FROM advisor AS step JOIN reached ON step.{of} = reached.node
UNION ALL
SELECT 1, label.node, label.term FROM label JOIN reached ON label.node = reached.node
"""
_LINEAGES = {
    True: _LINEAGE.format(of="student", to="advisor"),
    False: _LINEAGE.format(of="advisor", to="student"),
}


def lineage(
    db: sqlite3.Connection, person: str, upward: bool
) -> tuple[dict[str, list[str]], dict[str, str]]:
    """The supervision steps reachable from ``person`` — up through advisors, or down
    through students — and the labels of everyone reached: what the lineage queries walk
    (exports.sparql's Closure)."""
    step: dict[str, list[str]] = {}
    names: dict[str, str] = {}
    for kind, node, other in db.execute(_LINEAGES[upward], (person,)):
        if kind:
            names[node] = other
        else:
            step.setdefault(node, []).append(other)
    return step, names


# Saved query name → its answer from the index.
ANSWERS: dict[str, Callable[[sqlite3.Connection, dict], tuple[list[str], list[tuple]]]] = {
    "siblings": siblings,
    "students-per-year": students_per_year,
}
