"""RIS reference exports (Zotero, EndNote, Mendeley, publishers' "Download citation") → BibTeX.

rispy reads the records (one ``TAG  - value`` line per field between ``TY`` and ``ER``,
authors one per line as "Family, Given"); written as BibTeX, they are read by the BibTeX rules
(editors, "et al." and theses handled there).
"""

from __future__ import annotations

import re

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
_AUTHORS = ("authors", "first_authors")  # AU, A1
# ED (which rispy does not name) and A2, the secondary author: a chapter's book editors.
_EDITORS = ("editors", "secondary_authors")
# BibTeX field ← rispy keys, the first one present.
_FIELDS = {
    "title": ("title", "primary_title"),  # TI, T1
    "year": ("year", "publication_year", "date"),  # PY, Y1, DA
    "journal": ("journal_name", "alternate_title3"),  # JO, JF
    "booktitle": ("secondary_title",),  # T2
    "publisher": ("publisher",),  # PB
}


def _braced(value: str) -> str:
    return value.replace("{", "(").replace("}", ")")


def ris_to_bibtex(text: str) -> str:
    """The BibTeX reading of every record of a RIS export."""
    import rispy

    records = rispy.loads(
        # A closing "ER" so a last record cut short is kept (after a closed one it is skipped).
        text.lstrip("\ufeff \t\r\n") + "\nER  - \n",
        mapping={**rispy.TAG_KEY_MAPPING, "ED": "editors"},
        list_tags=[*rispy.LIST_TYPE_TAGS, "ED"],
        skip_unknown_tags=True,
    )
    return "\n\n".join(_entry(record, n) for n, record in enumerate(records, 1)) + "\n"


def _entry(record: dict, number: int) -> str:
    kind = _TYPES.get(str(record.get("type_of_reference", "GEN")).upper(), "misc")
    fields: list[tuple[str, str]] = []
    authors = [a for key in _AUTHORS for a in record.get(key, []) if a.strip()]
    if authors:
        # "et al." written as an author: BibTeX's "others" (no pairs invented).
        names = ["others" if re.fullmatch(r"(?i)et\.?\s*al\.?", a) else a for a in authors]
        fields.append(("author", " and ".join(names)))
    editors = [e for key in _EDITORS for e in record.get(key, []) if e.strip()]
    if editors:
        fields.append(("editor", " and ".join(editors)))
    for name, keys in _FIELDS.items():
        value = next((record[key] for key in keys if record.get(key)), None)
        if name == "year" and value:
            year = re.search(r"(?:19|20)\d\d", value)
            value = year.group() if year else None
        if value:
            fields.append((name, value))
    if kind == "phdthesis" and record.get("publisher"):
        fields.append(("school", record["publisher"]))
    body = ",\n".join(f"  {name} = {{{_braced(value)}}}" for name, value in fields)
    return f"@{kind}{{ris{number},\n{body}\n}}"
