"""RIS reference exports (Zotero, EndNote, Mendeley, publishers' "Download citation") → BibTeX.

A RIS record is one ``TAG  - value`` line per field between ``TY`` and ``ER``; authors
(``AU``/``A1``) come one per line as "Family, Given".  Written as BibTeX, the records are read
by the BibTeX rules (editors, "et al." and theses handled there).
"""

from __future__ import annotations

import re

_LINE = re.compile(r"^(?P<tag>[A-Z][A-Z0-9])  -(?: (?P<value>.*))?$")
# RIS record types → BibTeX entry types (the rest are read as @misc).
_TYPES = {
    "JOUR": "article",
    "JFULL": "article",
    "MGZN": "article",
    "CONF": "inproceedings",
    "CPAPER": "inproceedings",
    "CHAP": "incollection",
    "BOOK": "book",
    "EDBOOK": "book",
    "THES": "phdthesis",
    "RPRT": "techreport",
    "UNPB": "unpublished",
}
_AUTHORS = ("AU", "A1")
_EDITORS = ("ED", "A2")  # (A2 is the secondary author: a chapter's book editors)
_FIELDS = {
    "TI": "title",
    "T1": "title",
    "PY": "year",
    "Y1": "year",
    "DA": "year",
    "JO": "journal",
    "JF": "journal",
    "T2": "booktitle",
    "PB": "publisher",
}


def _braced(value: str) -> str:
    return value.replace("{", "(").replace("}", ")")


def ris_to_bibtex(text: str) -> str:
    """The BibTeX reading of every record of a RIS export."""
    entries: list[str] = []
    record: dict[str, list[str]] = {}
    for line in text.replace("\r\n", "\n").split("\n"):
        match = _LINE.match(line.rstrip())
        if not match:
            continue
        tag, value = match.group("tag"), (match.group("value") or "").strip()
        if tag == "TY":
            record = {"TY": [value]}
        elif tag == "ER":
            if record:
                entries.append(_entry(record, len(entries) + 1))
            record = {}
        elif value:
            record.setdefault(tag, []).append(value)
    if record:
        entries.append(_entry(record, len(entries) + 1))
    return "\n\n".join(entries) + "\n"


def _entry(record: dict[str, list[str]], number: int) -> str:
    kind = _TYPES.get((record.get("TY") or ["GEN"])[0].upper(), "misc")
    fields: list[tuple[str, str]] = []
    authors = [a for tag in _AUTHORS for a in record.get(tag, [])]
    if authors:
        # "et al." written as an author: BibTeX's "others" (no pairs invented).
        names = ["others" if re.fullmatch(r"(?i)et\.?\s*al\.?", a) else a for a in authors]
        fields.append(("author", " and ".join(names)))
    editors = [e for tag in _EDITORS for e in record.get(tag, [])]
    if editors:
        fields.append(("editor", " and ".join(editors)))
    for tag, name in _FIELDS.items():
        if tag in record and name not in {f for f, _ in fields}:
            value = record[tag][0]
            if name == "year":
                year = re.search(r"(?:19|20)\d\d", value)
                if not year:
                    continue
                value = year.group()
            fields.append((name, value))
    if kind == "phdthesis" and "PB" in record:
        fields.append(("school", record["PB"][0]))
    body = ",\n".join(f"  {name} = {{{_braced(value)}}}" for name, value in fields)
    return f"@{kind}{{ris{number},\n{body}\n}}"
