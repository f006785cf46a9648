"""Tab-separated data files (academicpages' ``publications.tsv``/``talks.tsv``, exported
member lists) → Markdown.

A row holding an author list (a ``citation``, ``authors`` or ``author`` column) is a
publication: it becomes a list item under "Publications", as the generated page shows it.
Other files become one Markdown table, whose header row labels the cells.
"""

from __future__ import annotations

import html
import re

_TAG = re.compile(r"<[^<>]{1,200}>")
MIN_COLUMNS = 3
AUTHOR_COLUMNS = ("citation", "authors", "author", "auteurs", "auteur")


def is_tsv(text: str) -> bool:
    """A header row and records, each line with the same (three or more) tab-separated
    columns."""
    lines = [line for line in text[:6000].splitlines() if line.strip()]
    if len(lines) < 2:
        return False
    columns = lines[0].count("\t") + 1
    return columns >= MIN_COLUMNS and all(line.count("\t") + 1 == columns for line in lines[:20])


def without_markup(text: str) -> str:
    """A data file's value as text: its HTML tags dropped, its entities decoded."""
    return html.unescape(_TAG.sub("", text))


def _cell(text: str) -> str:
    return " ".join(without_markup(text).split())


def tsv_to_markdown(text: str) -> str:
    """Markdown for a tab-separated file.

    >>> print(tsv_to_markdown("pub_date\\ttitle\\tcitation\\n2021\\tT\\tQuill, A., "
    ...                       "Marlow, Z. (2021). T.\\n").strip())
    ## Publications
    <BLANKLINE>
    - Quill, A., Marlow, Z. (2021). T.
    """
    rows = [[_cell(c) for c in line.split("\t")] for line in text.splitlines() if line.strip()]
    header = [c.casefold() for c in rows[0]]
    authors = next((header.index(c) for c in AUTHOR_COLUMNS if c in header), None)
    if authors is not None:
        items = [f"- {row[authors]}" for row in rows[1:] if len(row) > authors and row[authors]]
        return "## Publications\n\n" + "\n".join(items) + "\n"
    table = ["| " + " | ".join(rows[0]) + " |", "|" + "---|" * len(rows[0])]
    table.extend("| " + " | ".join(row) + " |" for row in rows[1:])
    return "\n".join(table) + "\n"
