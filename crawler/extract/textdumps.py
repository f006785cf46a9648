"""Text-mode browser dumps of HTML pages (``lynx -dump``, ``w3m -dump``, html2text), as a
crawler saves them in a ``.txt``: undo what the dumper added around the page's own text.

- lynx numbers every link in the text (``[12]Publications``) and lists the URLs under a
  closing ``References`` heading: the markers would glue onto names and the URL list is no
  part of the page;
- w3m draws a bordered table with box-drawing characters, a cell's text wrapped over
  several lines of the same row: each row becomes one ``| a | b |`` line, its cells joined;
- html2text writes a GFM table without the outer pipes (``Name | Role  `` over
  ``---|---``): the rows get them, so the Markdown reader takes them for a table.

>>> lynx_to_text("   [1]Home\\n\\n   I work with [2]Ada Quill.\\n\\nReferences\\n\\n"
...              "   1. https://x.example/\\n   2. https://x.example/ada\\n")
'   Home\\n\\n   I work with Ada Quill.\\n\\n'
>>> print(box_tables_to_rows("┌──┬──┐\\n│A │B │\\n│  │C │\\n├──┼──┤\\n│D │E │\\n└──┴──┘"))
| A | B C |
| D | E |
"""

from __future__ import annotations

import re

# lynx's link list: "References" (or "Visible links") alone, then "  1. URL" lines.
_LYNX_REFERENCES = re.compile(
    r"(?m)^(?:References|Visible links|Hidden links:?)[ \t]*\n(?:[ \t]*\n)*"
    r"(?:[ \t]*\d{1,4}\.[ \t]+\S+[ \t]*\n?|[ \t]*\n)+\Z"
)
_LYNX_MARKER = re.compile(r"\[(?:\d{1,4}|IMG|INLINE|BUTTON|LINK|image)\]")
# "#[1]RSS feed [2]alternate": the page head's <link> elements, no part of its text.
_LYNX_HEAD_LINKS = re.compile(r"(?m)^[ \t]*#\[\d{1,4}\][^\n]*\n?")
LYNX_MARKERS = 3  # link markers: fewer are a text's own citations ("[1]")


def is_lynx_dump(text: str) -> bool:
    """A ``lynx -dump``: numbered link markers in the text and, with the link list, the
    closing ``References`` of numbered URLs."""
    if "[" not in text:
        return False
    tail = text[-200:]
    return (
        ("References" in text or "Visible links" in text)
        and re.search(r"\d\.[ \t]+(?:https?|mailto|file|ftp):", tail) is not None
        and len(_LYNX_MARKER.findall(text[:20000])) >= LYNX_MARKERS
    )


def lynx_to_text(text: str) -> str:
    """The page's text without lynx's link markers and closing link list, each paragraph's
    lines joined where lynx wrapped them at the screen's edge."""
    text = _LYNX_REFERENCES.sub("", text.rstrip() + "\n")
    return _LYNX_MARKER.sub("", join_lynx_wraps(_LYNX_HEAD_LINKS.sub("", text)))


def join_lynx_wraps(text: str) -> str:
    """A lynx dump's paragraphs and items with the lines lynx wrapped at the screen's edge
    joined ("the Polytechnic" over "University of X" is one name)."""
    out: list[str] = []
    for line in text.split("\n"):
        previous = out[-1] if out else ""
        if (
            len(previous.rstrip()) >= LYNX_WRAPPED
            and line.strip()
            and not _LYNX_ENTRY.match(line)
            and not _RULE.match(line)
            and _indent(line) >= _indent(previous)
        ):
            out[-1] = previous.rstrip() + " " + line.strip()
            continue
        out.append(line)
    return "\n".join(out)


LYNX_WRAPPED = 64  # characters: a line this long ran into lynx's right margin (~76)
_RULE = re.compile(r"^\s*[_=─━-]{3,}\s*$")  # a horizontal rule (<hr>)
_LYNX_ENTRY = re.compile(r"^\s*(?:[*+o#-]|\d{1,3}\.)\s")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


_BOX_TOP = "┌╔┏"
_BOX_RULE = "├╠┣└╚┗"
_BOX_SIDES = "│║┃"


def has_box_tables(text: str) -> bool:
    """``w3m -dump`` (or a terminal tool) drew a bordered table."""
    return ("┌" in text or "╔" in text or "┏" in text) and ("│" in text or "║" in text)


def _cells(line: str) -> list[str]:
    parts = re.split(r"[│║┃]", line.strip())
    return [part.strip() for part in parts[1:-1]] if len(parts) > 2 else []


def box_tables_to_rows(text: str) -> str:
    """Every bordered table as one ``| a | b |`` line per row: a cell wrapped over several
    lines of its row is joined, rules and borders go."""
    out: list[str] = []
    row: list[list[str]] = []

    def flush_row() -> None:
        if row:
            width = max(len(line) for line in row)
            cells = [
                " ".join(line[i] for line in row if i < len(line) and line[i]) for i in range(width)
            ]
            if any(cells):
                out.append("| " + " | ".join(cells) + " |")
            row.clear()

    in_table = False
    for line in text.split("\n"):
        stripped = line.strip()
        first = stripped[:1] or " "
        if first in _BOX_TOP and stripped[-1:] in "┐╗┓":
            in_table = True
            flush_row()
            continue
        if in_table and first in _BOX_RULE:
            flush_row()
            if first in "└╚┗":
                in_table = False
            continue
        if in_table and first in _BOX_SIDES:
            cells = _cells(stripped)
            if row and cells and not cells[0] and any(cells[1:]):
                row.append(cells)  # a wrapped cell: more of the same row
                continue
            flush_row()  # a new row, whether or not a rule separates the rows
            row.append(cells)
            continue
        flush_row()
        in_table = False
        out.append(line)
    flush_row()
    return "\n".join(out)


# html2text's GFM table: "A | B  " over "---|---" (no outer pipes).
_BARE_TABLE_RULE = re.compile(r"(?m)^[ \t]*:?-{3,}:?(?:[ \t]*\|[ \t]*:?-{3,}:?)+[ \t]*$")


def pipe_bare_tables(text: str) -> str:
    """Outer pipes on a GFM table written without them (html2text), so it reads as one."""
    if "---|" not in text:
        return text
    lines = text.split("\n")
    for index, line in enumerate(lines):
        if not _BARE_TABLE_RULE.match(line):
            continue
        lines[index] = "|" + line.strip() + "|"
        above = index - 1
        if above >= 0 and "|" in lines[above] and not lines[above].lstrip().startswith("|"):
            lines[above] = "| " + lines[above].strip() + " |"
        below = index + 1
        while below < len(lines) and "|" in lines[below] and lines[below].strip():
            if not lines[below].lstrip().startswith("|"):
                lines[below] = "| " + lines[below].strip() + " |"
            below += 1
    return "\n".join(lines)


LONG_LINE = 160  # characters: a line this long is a whole paragraph, not a wrapped line
LONG_LINES = 2  # … and a text with this many (or one, and no blank lines) was saved
# without wrapping its paragraphs
TITLE_WORDS = 5


def titled_unwrapped_sections(text: str) -> str:
    """A page's text saved one paragraph a line (a browser's reader mode, copy-paste,
    trafilatura): a short line that names a known section ("Biography", "Supervision",
    "Selected publications", "Completed PhD students:") heads the lines after it, as the
    page's heading did; a line introducing a list ("… the following PhD students:") titles
    the entries below it, one a line; where no blank line parts the paragraphs, each line
    is a paragraph of its own."""
    lines = text.split("\n")
    long_lines = sum(len(line) > LONG_LINE for line in lines[:400])
    if not long_lines:
        return text
    blank = sum(1 for line in lines if not line.strip())
    dense = blank < DENSE_BLANKS * (len(lines) - blank)
    if long_lines < LONG_LINES and not dense:
        return text
    from crawler.extract.sections import heading_kind  # (sections reads documents: late)

    out: list[str] = []
    listed = False  # the lines after a list's introduction are its entries
    for index, line in enumerate(lines):
        title = line.strip().rstrip(":").strip()
        following = lines[index + 1].strip() if index + 1 < len(lines) else ""
        if not title:
            listed = False
            out.append(line)
            continue
        if (
            following
            and len(title.split()) <= TITLE_WORDS
            and title[-1] not in ".,;!?)"
            and title[:1].isupper()
            and not title.startswith(("#", "*", "-", "|"))
            and heading_kind(title) is not None
        ):
            out.extend(("", "## " + title, ""))
            listed = False
            continue
        if _introduces_lines(line, lines[index + 1 : index + 3]):
            # "I currently supervise the following PhD students:" over one entry a line:
            # the list's title (the kind of its entries), as a sub-heading would be.
            out.extend(("", "### " + title, ""))
            listed = True
            continue
        if listed:
            out.append("- " + line.strip())
        elif dense:
            out.extend((line, ""))  # a line is a paragraph (a list's entry) of its own
        else:
            out.append(line)
    return "\n".join(out)


DENSE_BLANKS = 0.15  # blank lines per text line: fewer, and no blank line parts paragraphs


INTRO_WORDS = 14


def _introduces_lines(line: str, following: list[str]) -> bool:
    """A short line ending with a colon over short lines: a list's introduction."""
    text = line.strip()
    return (
        text.endswith(":")
        and len(text.split()) <= INTRO_WORDS
        and len(following) == 2
        and all(0 < len(f.strip()) < LONG_LINE and not f.rstrip().endswith(":") for f in following)
    )


_COLUMN_GAP = re.compile(r"(?:(?<=\S) {3,}|^ *)(?=\S)")
ALIGNED_ROWS = 2  # lines: one alone may be a heading over a right-aligned date
COLUMN_SLACK = 2  # characters a cell may start left of its column's edge


def _positioned_cells(line: str) -> list[tuple[int, str]]:
    """(start column, text) of each cell of a line whose cells runs of blanks set apart."""
    starts = [m.end() for m in _COLUMN_GAP.finditer(line)]
    ends = [*(m.start() for m in _COLUMN_GAP.finditer(line))][1:] + [len(line)]
    return [(a, line[a:b].strip()) for a, b in zip(starts, ends, strict=False) if line[a:b].strip()]


def aligned_columns_to_rows(text: str) -> str:
    """A borderless table as a text browser lays it out (``w3m -dump``): consecutive lines
    whose cells are set apart by runs of blanks, one of them with three cells or more,
    become ``| a | b | c |`` rows cut at the columns' edges (an empty cell stays a cell; a
    header's second line joins its first), so that no name runs on into the next column."""
    if "   " not in text:
        return text
    out: list[str] = []
    run: list[tuple[str, list[tuple[int, str]]]] = []  # (line, its positioned cells)

    def flush() -> None:
        if len(run) >= ALIGNED_ROWS and any(len(cells) >= 3 for _, cells in run):
            out.extend(_table_rows([cells for _, cells in run]))
        else:
            out.extend(line for line, _ in run)
        run.clear()

    for line in text.split("\n"):
        stripped = line.strip()
        cells = _positioned_cells(line) if "   " in stripped and "|" not in stripped else []
        if len(cells) >= 2 and not stripped.startswith(("*", "+", "-", "•", "#")):
            run.append((line, cells))
            continue
        flush()
        out.append(line)
    flush()
    return "\n".join(out)


def _table_rows(rows: list[list[tuple[int, str]]]) -> list[str]:
    """Each row's cells placed under the columns of the row that has the most."""
    edges = [start for start, _ in max(rows, key=len)]
    placed: list[list[str]] = []
    for index, cells in enumerate(rows):
        row = [""] * len(edges)
        for start, cell in cells:
            column = max(
                (i for i, edge in enumerate(edges) if edge <= start + COLUMN_SLACK), default=0
            )
            row[column] = f"{row[column]} {cell}".strip()
        header_tail = (
            index == 1
            and not any(ch.isdigit() for _, cell in rows[0] + cells for ch in cell)
            and len(cells) < len(edges)
        )
        if header_tail:
            # "Program    Year" over "Type       Start": the header's second line
            placed[0] = [f"{a} {b}".strip() for a, b in zip(placed[0], row, strict=True)]
            continue
        placed.append(row)
    return ["| " + " | ".join(row) + " |" for row in placed]
