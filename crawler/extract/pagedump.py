"""Text dumps of web pages (``lynx -dump``, ``w3m -dump``, html2text, a browser's copy or
reader view, trafilatura) → the page's own text and its headline: the one stage that undoes,
in a plain text, what the dumper added around the page and lost of its structure
(`clean_text_dump`, run before the Markdown reader sees the text).

- The site's chrome (skip links, menus "Accueil | Recherche | Publications", breadcrumbs,
  footers "Mentions légales · Plan du site") goes: left in, it hides the page's headline
  (the researcher's name, "Soutenance de thèse de A") behind the site's name and menu.  The
  first title line that names a person is the headline an HTML page's ``<h1>`` would be.
- lynx numbers every link (``[12]Publications``), lists the page head's links (``#[1]RSS``)
  and closes on a ``References`` list of URLs: the marks would glue onto names and the
  lists are no part of the page.  lynx also wraps a paragraph at the screen's edge, cutting
  a name in two ("the Polytechnic" / "University of X"): the lines are joined again.
- w3m draws a table with box-drawing characters, a cell's text wrapped over several lines
  of its row: each row becomes one pipe-table line, its cells joined.  Its borderless
  tables (columns set apart by blanks) and html2text's tables without outer pipes
  (``Name | Role`` over ``---|---``) become pipe rows too, so no name runs into the next
  column and the Markdown reader takes them for tables.
- A copy or reader view writes a paragraph a line, its headings bare lines: a short line
  that names a known section ("Biography", "Thèses soutenues :") is a heading again.

>>> dump = clean_text_dump(
...     "   [1]Skip to content\\n\\n   [2]Home | [3]Research | [4]Contact\\n\\n"
...     "                Ada QUILL\\n\\n   I work with [5]Zed Marlow.\\n\\n"
...     "References\\n\\n   1. https://x.example/#c\\n   2. https://x.example/\\n")
>>> print(dump.text.strip())
Ada QUILL
<BLANKLINE>
   I work with Zed Marlow.
>>> dump.page, dump.headline
(True, 'Ada QUILL')
"""

from __future__ import annotations

import re
from typing import NamedTuple

from crawler.extract.lexicon import LEXICON, phrase_pattern
from crawler.names import MARKDOWN_LINK


class TextDump(NamedTuple):
    """A plain text once cleaned; ``page`` when it is a dump of a web page (its chrome
    gone), with the headline naming a person and the title its first lines gave."""

    text: str
    page: bool
    headline: str | None
    title: str | None


def clean_text_dump(text: str) -> TextDump:
    """The text without what a text browser or a copy added (chrome, lynx's links, box
    drawing) and with the tables and section titles it lost, read as the page was."""
    lynx = is_lynx_dump(text)
    if lynx:
        text = join_lynx_wraps(text)  # "the Polytechnic" / "University of X"
    else:
        # a browser's "Text only" save, wrapped at 72; a saved page (its chrome says so) may
        # be wrapped wider, at its saver's own width (96, 100)
        text = join_hard_wraps(text, PAGE_WRAP_MAX if is_page_dump(text) else HARD_WRAP_MAX)
    headline = title = None
    page = is_page_dump(text)
    if page:  # lynx/w3m/html2text or a copy: the site's chrome goes
        text, headline, title = clean_page_dump(titled_unwrapped_sections(text))
    else:
        if lynx:
            lines = _without_link_lists(text).split("\n")
            text = "\n".join(_LINK_MARK.sub("", line) for line in lines)
        if _has_box_table(text):
            text = box_tables_to_rows(text)
    text = pipe_bare_tables(aligned_columns_to_rows(text))
    return TextDump(titled_unwrapped_sections(text), page, headline, title)


# lynx's closing list of the page's links: "References" (or its translation, or "Visible
# links") over "   1. https://…" lines, to the text's end.
_REFERENCES = re.compile(
    r"(?m)^[ \t]*(?:References|Références|Referenzen|Referencias|Visible links|Hidden links:?)"
    r"[ \t]*\n(?:[ \t]*\n)*[ \t]*1\.[ \t]+(?:https?|mailto|file|ftp):"
)
# lynx's link marks: "[12]Publications", "[IMG]" (a "[1] " before a blank is a citation's).
_LINK_MARK = re.compile(r"\[(?:\d{1,4}|IMG|INLINE|BUTTON|LINK|image)\](?=\S|$)")
_LINK_REL = re.compile(r"(?m)^[ \t]*#\[\d{1,4}\].*\n?")  # lynx's "#[1]RSS …" (<link rel>)
LYNX_MARKERS = 3  # link marks: fewer are a text's own citations ("[1]")


def is_lynx_dump(text: str) -> bool:
    """A ``lynx -dump``: numbered link marks in the text and, with the link list, the
    closing ``References`` of numbered URLs."""
    if "[" not in text:
        return False
    tail = text[-200:]
    return (
        ("References" in text or "Visible links" in text)
        and re.search(r"\d\.[ \t]+(?:https?|mailto|file|ftp):", tail) is not None
        and len(_LINK_MARK.findall(text[:20000])) >= LYNX_MARKERS
    )


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
            # (a table's rows, cells set apart by runs of blanks, are lines of their own)
            and "   " not in line.strip()
            and "   " not in previous.strip()
        ):
            out[-1] = previous.rstrip() + " " + line.strip()
            continue
        out.append(line)
    return "\n".join(out)


# A list item's opening: a bullet ("- ", "* ", "• ") or a number ("1. ", "2) ").
_ITEM_OPENING = re.compile(r"^[ \t]*(?:[-*+•]|\d{1,3}[.)])[ \t]+\S")
# A dated entry's opening: "2013 - 2016 : Post-doctorant …" (an item too, its date its bullet).
_DATED_OPENING = re.compile(r"^[ \t]*(?:19|20)\d\d(?:[ \t]*[-–][ \t]*\S+)?[ \t]*:[ \t]+\S")


def join_item_continuations(text: str) -> str:
    """A list item's lines indented under it joined to it ("- 2021 — A, B," over "    C et
    al. Title"): one entry, so an author list keeps its "et al." and a jury member its
    university.  A line that opens an item of its own, or an item that ends on a colon
    (it introduces a list), keeps its lines."""
    out: list[str] = []
    bullet = None  # the open item's indent
    for line in text.split("\n"):
        stripped = line.strip()
        if bullet is not None and stripped and _indent(line) > bullet:
            # (a continuation closing on a colon leads in a list: the lines below are its)
            if (
                not _ITEM_OPENING.match(line)
                and not _laid_out(stripped)
                and not stripped.endswith(":")
            ):
                out[-1] = out[-1].rstrip() + " " + stripped
                continue
        bullet = None
        if (
            (_ITEM_OPENING.match(line) or _DATED_OPENING.match(line))
            and not stripped.endswith(":")
            and not _laid_out(stripped)
            and not stripped.isupper()  # (a numbered section's title, "5. EDUCATION")
        ):
            bullet = _indent(line)
        out.append(line)
    return "\n".join(out)


def listed_under_lead_in(lines: list[str]) -> list[str]:
    """The lines indented under a line closing on a colon ("… devant le jury composé de :"
    over "    A, rapporteur"): its list's entries, each an item (no section's title)."""
    out: list[str] = []
    lead = None  # the lead-in's indent
    for line in lines:
        stripped = line.strip()
        if lead is not None and stripped and _indent(line) > lead:
            out.append(line if _ITEM_OPENING.match(line) else " " * _indent(line) + "- " + stripped)
            continue
        lead = _indent(line) if stripped.endswith(":") and not _ITEM_OPENING.match(line) else None
        out.append(line)
    return out


def _laid_out(stripped: str) -> bool:
    """Cells set apart by a run of blanks or a tab (Word's "Plain text" export puts a date
    right of its entry with tabs): a layout's line, never a wrapped one."""
    return "   " in stripped or "\t" in stripped


def join_hard_wraps(text: str, widest: int) -> str:
    """A text hard-wrapped at a fixed width (a browser's "Save as Text", ``fmt``, an e-mail
    client: 72 or 76 columns) with its wrapped lines joined again ("supervised by Dr
    Ottilie" / "Hargreaves-Nakamura."): a line is wrapped where the next line's first word
    would not have fitted on it.  Entries (bullets, numbers, years opening the line),
    headings and table rows keep their own lines; a text with no common width is left.
    *widest* is the widest width read as a wrapping one (a saved page's may be 100)."""
    lines = text.split("\n")
    # (a link's address, "Contact <https://…>", runs past the width: never wrapped)
    # (nor does a layout's line, cells set apart by runs of blanks: a footer's page number)
    widths = [
        len(line.rstrip())
        for line in lines
        if line.strip() and "://" not in line and not _laid_out(line.strip())
    ]
    if len(widths) < HARD_WRAPPED_LINES:
        return text
    width = max((w for w in widths if w <= widest), default=0)
    if width < HARD_WRAP_MIN or sum(w > width for w in widths) * 10 > len(widths):
        return text
    full = sum(w > width - HARD_WRAP_SLACK for w in widths)
    flush = sum(
        len(line.rstrip()) >= width - HARD_WRAP_FLUSH and line.count(" ") >= HARD_WRAP_FLUSH * 2
        for line in lines
    )  # (prose lines: a wrapping program fills them, an entry's title stops where it ends)
    if full < HARD_WRAPPED_LINES or full * 4 < len(widths) or flush < HARD_WRAP_FLUSH:
        return text  # (a wrapped text fills many of its lines to the width, some flush)
    out: list[str] = []
    previous = ""  # the last line as written (before any join)
    for line in lines:
        stripped = line.strip()
        if (
            previous
            and stripped
            and len(previous) + 1 + len(stripped.split(None, 1)[0]) > width
            and len(previous) > width // 2  # (a long word, "Hargreaves-Nakamura.", wraps early)
            and not _WRAP_ENTRY.match(stripped)
            and _indent(line) >= _indent(previous)
            and not _laid_out(stripped)
            and not _laid_out(previous.strip())
        ):
            out[-1] = out[-1].rstrip() + " " + stripped
        else:
            out.append(line)
        previous = line.rstrip()
    return "\n".join(out)


HARD_WRAP_MIN, HARD_WRAP_MAX = 60, 80  # columns a wrapping program fills (72, 76, 78)
PAGE_WRAP_MAX = 100  # … and a page saver's wider lines (a crawler's text dump)
HARD_WRAP_SLACK = 16  # a wrapped line stops at most a long word short of the width
HARD_WRAPPED_LINES = 5  # full lines: fewer say nothing of a wrapping width
HARD_WRAP_FLUSH = 3  # … and as many lines within this many columns of it
# A line that opens an entry of its own: a bullet, a number ("3.", "[3]", "(3)"), a year,
# a Markdown title.
_WRAP_ENTRY = re.compile(
    r"(?:[*+•·o#|-]|\d{1,3}[.)]|\[[A-Z]{0,4}\d{1,3}\]|\(\d{1,3}\))(?:\s|$)|(?:19|20)\d\d\b|"
    r"[^\W\d_][\w'’ -]{0,30}[ \t]?:(?:\s|$)"
)


LYNX_WRAPPED = 64  # characters: a line this long ran into lynx's right margin (~76)
_RULE = re.compile(r"^\s*[_=─━-]{3,}\s*$")  # a horizontal rule (<hr>)
_LYNX_ENTRY = re.compile(r"^\s*(?:[*+o#-]|\d{1,3}\.)\s")


def _indent(line: str) -> int:
    return len(line) - len(line.lstrip())


def _without_link_lists(text: str) -> str:
    """lynx's closing list of URLs and its head links ("#[1]RSS") dropped.

    >>> _without_link_lists("#[1]RSS\\n   [2]Home\\n\\nReferences\\n\\n   1. https://x.example/\\n")
    '   [2]Home\\n\\n'
    """
    references = _REFERENCES.search(text)
    if references:
        text = text[: references.start()]
    return _LINK_REL.sub("", text) if "#[" in text else text


# A menu line: short items between bars or middots ("Accueil | Recherche | Contact").
_MENU_SPLIT = re.compile(r"[ \t]+[|·•][ \t]+")
_MD_LINK_ONLY = re.compile(r"^[ \t]*[*+-][ \t]+\[[^\]]{1,40}\]\([^)]*\)[ \t]*$")
_LYNX_LINK_ITEM = re.compile(r"^[ \t]*(?:[*+•-]|\d{1,2}\.)[ \t]+\[\d{1,4}\][^\[\]]{1,40}$")
# "Vous êtes ici : Accueil > Annuaire > A", "Home > People > B": a breadcrumb's last crumb
# is the page's own title.
_CRUMBS = re.compile(r"^[ \t]*(?:[^>\n:]{0,30}:[ \t]*)?(?:[^>\n]{1,60}[ \t]+>[ \t]+){1,6}[^>\n]+$")
WRAP_WIDTH = 100  # lynx, w3m and html2text wrap lines at 80 characters or fewer
TITLE_LINES = 8  # a page's headline comes within its first few lines of content
TITLE_LENGTH = 120  # characters: longer is prose, not a title

_chrome = None


def _chrome_pattern() -> re.Pattern[str]:
    global _chrome
    if _chrome is None:
        _chrome = phrase_pattern(LEXICON.SITE_CHROME)
    return _chrome


def is_page_dump(text: str) -> bool:
    """A text browser's or a copy's dump of a web page: lynx's link marks or URL list,
    w3m's box tables, or the site's chrome lines (skip links, legal footer)."""
    head = text[:20000]
    if "┌" in head and "│" in head:  # w3m's box (other boxes are a terminal tool's)
        return True
    if len(_LINK_MARK.findall(head[:4000])) >= LYNX_MARKERS:
        return True
    if "](" in head[:3000]:
        lines = head[:3000].split("\n")
        if sum(1 for line in lines if _MD_LINK_ONLY.match(line)) >= 3:
            return True  # html2text's menu: a list of bare links
    return _chrome_pattern().search(head) is not None


def clean_page_dump(text: str) -> tuple[str, str | None, str | None]:
    """(the text without chrome, the headline naming a person or None, the page's title:
    its first title line, or None).

    >>> text, headline, title = clean_page_dump(
    ...     "   [1]Aller au contenu\\n\\n   [2]Accueil | [3]Recherche | [4]Contact\\n\\n"
    ...     "   [5]Université X\\n\\n                Ada QUILL\\n\\n   Statut : MCF\\n\\n"
    ...     "References\\n\\n   1. https://x.example/#c\\n")
    >>> print(text.strip())
    Université X
    <BLANKLINE>
                    Ada QUILL
    <BLANKLINE>
       Statut : MCF
    >>> headline, title
    ('Ada QUILL', 'Université X')
    """
    text = _without_link_lists(text)
    if _has_box_table(text):
        text = box_tables_to_rows(text)
    chrome = _chrome_pattern()
    kept: list[str] = []
    crumbs: list[str] = []
    lines = text.split("\n")
    marked = "[" in text
    for index, line in enumerate(lines):
        if marked and _link_run(lines, index):
            continue
        line = _LINK_MARK.sub("", line) if marked else line
        stripped = line.strip()
        if not stripped:
            kept.append("")
            continue
        bare = MARKDOWN_LINK.sub(r"\1", stripped).replace("**", "")
        if _is_menu(bare) or (len(bare) <= 160 and chrome.search(bare) and _is_chrome(bare)):
            continue
        if not stripped.startswith("|") and _CRUMBS.match(bare) and _starts_at_home(bare):
            crumbs.append(bare.rsplit(">", 1)[1].strip())
            continue
        kept.append(line)
    if not marked and any(len(x) > WRAP_WIDTH and x.lstrip()[:1] != "|" for x in kept):
        # A browser's copy (or reader view): no line is wrapped to a terminal's width, so
        # each line is a block (a <p>, an <li>) of its own, blank or not between them; an
        # item's lines indented under it are its own (a plain-text item's wrapped lines).
        kept = listed_under_lead_in(join_item_continuations("\n".join(kept)).split("\n"))
        kept = [
            part
            for at, line in enumerate(kept)
            for part in (
                (line,)
                if line.lstrip()[:1] == "|"
                and kept[at + 1 : at + 2] != [""]
                and (kept[at + 1 : at + 2] or [""])[0].lstrip()[:1] == "|"
                else (line, "")
            )
            if line.strip()
        ]
    kept = _section_titles(_joined_items(kept))
    headline, title = _headline(kept, crumbs)
    return "\n".join(kept), headline, title


SECTION_TITLE_WORDS = 6  # "Thèses soutenues :", "Encadrement doctoral": short lines


def _section_titles(lines: list[str]) -> list[str]:
    """A copied page runs its blocks together, one line each: a short line that names a
    section ("Parcours", "Encadrement doctoral", "Thèses soutenues :") is that section's
    heading again, set apart (a label closing on ":" one level down)."""
    from crawler.extract.sections import heading_kind

    out: list[str] = []
    for line in lines:
        stripped = line.strip()
        if (
            stripped
            and stripped[0].isalpha()
            and len(stripped.split()) <= SECTION_TITLE_WORDS
            and ":" not in stripped.rstrip(" :")
            and "\t" not in stripped  # "Doctoral students<TAB>A": an infobox's label, value
            and not _ITEM.match(line)
            and heading_kind(stripped) is not None
            # ("The examination committee was composed of:": a sentence that lists the
            # members below it, no section's title)
            and not LEXICON.pattern("JURY_COMPOSED").search(stripped)
        ):
            level = "###" if stripped.endswith(":") else "##"
            out.extend(("", f"{level} {stripped.rstrip(' :')}", ""))
            continue
        out.append(line)
    return out


_ITEM = re.compile(r"^([ \t]*(?:[*+•-]|\d{1,3}\.)[ \t]+)\S")


def _joined_items(lines: list[str]) -> list[str]:
    """A text browser wraps a list item under its own text ("     * Mme A, Professeure,
    Univ. X -" / "       Rapporteure"): the lines indented to the item's text are the
    item's, one line again (as its ``<li>`` was)."""
    out: list[str] = []
    column = 0  # the text column of the open item, 0 when none
    for line in lines:
        stripped = line.lstrip()
        indent = len(line) - len(stripped)
        if column and stripped and indent == column:  # (a "- " there is the text's dash)
            last = out[-1]
            glue = "" if re.search(r"\w-$", last) else " "
            out[-1] = last + glue + stripped
            continue
        item = _ITEM.match(line)
        column = len(item.group(1)) if item else 0
        out.append(line)
    return out


def _starts_at_home(crumbs: str) -> bool:
    """A breadcrumb opens on the site's home ("Accueil > …") or its label ("Vous êtes ici :")."""
    first = crumbs.split(">", 1)[0].lower()
    return ":" in first or any(word in first for word in LEXICON.HOME_WORDS)


def _is_menu(line: str) -> bool:
    """ "Accueil | Recherche | Enseignement | Publications": three or more short items."""
    if line.startswith("|") or ("|" not in line and "·" not in line and "•" not in line):
        return False
    items = [i for i in _MENU_SPLIT.split(line) if i]
    if len(items) < 3 or any(len(i.split()) > 4 for i in items):
        return False
    low = line.lower()
    return any(word in low for word in LEXICON.MENU_WORDS) or _chrome_pattern().search(line)


def _is_chrome(line: str) -> bool:
    """A skip link, a footer's legal links, a "you are here" label: the line is the chrome
    words and separators, with at most a copyright holder or a short label beside them."""
    rest = _chrome_pattern().sub("", line)
    rest = re.sub(r"(?:©|\(c\))[^·|•]*", "", rest, flags=re.I)
    rest = re.sub(r"[\W\d_]+", " ", rest).strip()
    return len(rest.split()) <= 6


def _link_run(lines: list[str], index: int) -> bool:
    """A menu written as a list of bare links ("* [Accueil](/)", lynx's "* Recherche" once
    its marks are gone are told by the original marks): three or more in a row."""

    def is_link(i: int) -> bool:
        return 0 <= i < len(lines) and bool(
            _MD_LINK_ONLY.match(lines[i]) or _LYNX_LINK_ITEM.match(lines[i])
        )

    if not is_link(index):
        return False
    run = 1
    for step in (-1, 1):
        i = index + step
        while is_link(i) or (0 <= i < len(lines) and not lines[i].strip() and is_link(i + step)):
            run += is_link(i)
            i += step
    return run >= 3


def _headline(kept: list[str], crumbs: list[str]) -> tuple[str | None, str | None]:
    from crawler.extract.owner import _name_shaped, announced_candidate

    title = None
    seen = 0
    for line in kept:
        stripped = line.strip()
        if not stripped:
            continue
        if stripped.startswith(("|", "*", "- ", "+ ", "•")) or re.match(r"\d{1,2}\.\s", stripped):
            break  # a list or a table: the content has begun
        stripped = (
            MARKDOWN_LINK.sub(r"\1", MARKDOWN_LINK.sub(r"\1", stripped)).lstrip("#!").strip(" *_")
        )
        if len(stripped) > TITLE_LENGTH or (stripped.endswith(".") and len(stripped.split()) > 2):
            break  # prose (a title ends on no full stop): the content has begun
        if _laid_out(stripped):
            # "Apply   Give   Directory   MyAshgrove": a menu laid out in columns, no title
            seen += 1
            continue
        if ":" in stripped[:40] and not announced_candidate(stripped):
            # "Statut : MCF" — a field, not a title (but "Prix 2024 : félicitations à A")
            if not re.search(r":\s.*\b(?:à|to)\s+[A-ZÀ-Þ]", stripped):
                seen += 1
                if seen >= TITLE_LINES:
                    break
                continue
        title = title or stripped
        name = _name_shaped(stripped)
        if name:
            return stripped, title
        seen += 1
        if seen >= TITLE_LINES:
            break
    for crumb in reversed(crumbs):
        if _name_shaped(crumb):
            return crumb, title
    return None, title


# A box table's border: a top, a rule between rows or a bottom, in light, heavy or double
# lines ("┌──┬──┐", "╞══╪══╡", "┗━━┻━━┛").
_BOX_BORDER = re.compile(r"^[ \t]*[┌╒╔┏├╞╠┣└╘╚┗][─━═┬┳╦╤┼╋╬╪┴┻╩╧┤┫╣╡┐┓╗╕┘┛╝╛ \t]+$")
_BOX_TOPS = "┌╒╔┏"
_BOX_BOTTOMS = "└╘╚┗"
_BOX_SIDES = "│║┃"
_BOX_SIDE = re.compile("[│║┃]")


def _has_box_table(text: str) -> bool:
    return any(corner in text for corner in _BOX_TOPS) and any(s in text for s in _BOX_SIDES)


def box_tables_to_rows(text: str) -> str:
    """Every box-drawn table (w3m's, or a terminal tool's) as a pipe table, one line per
    row: a cell wrapped over several lines of its row is joined again.  Rules between the
    rows part them; in a table without such rules, a line whose first cell is empty goes
    on with the row above.

    >>> print(box_tables_to_rows("┌──┬──┐\\n│A │B │\\n│  │C-│\\n├──┼──┤\\n│D │E │\\n└──┴──┘"))
    <BLANKLINE>
    | A | B C- |
    |---|---|
    | D | E |
    <BLANKLINE>
    >>> print(box_tables_to_rows(
    ...     "╔══╦══╗\\n║A ║B ║\\n╠══╬══╣\\n║D ║E ║\\n║  ║F ║\\n║G ║H ║\\n╚══╩══╝"))
    <BLANKLINE>
    | A | B |
    |---|---|
    | D | E F |
    | G | H |
    <BLANKLINE>
    """
    out: list[str] = []
    table: list[list[list[str]]] | None = None  # the open table: its ruled parts' lines' cells

    def close() -> None:
        nonlocal table
        if table is not None:
            out.extend(_pipe_table(table))
            table = None

    for line in text.split("\n"):
        stripped = line.strip()
        if _BOX_BORDER.match(line):
            corner = stripped[0]
            if corner in _BOX_TOPS:
                close()
                out.append("")
                table = [[]]
            elif corner in _BOX_BOTTOMS:
                close()
                out.append("")
            elif table is not None:
                table.append([])
            continue
        if table is not None and stripped[:1] in _BOX_SIDES:
            table[-1].append([cell.strip() for cell in _BOX_SIDE.split(stripped.strip(_BOX_SIDES))])
            continue
        close()
        out.append(line)
    close()
    return "\n".join(out)


def _pipe_table(parts: list[list[list[str]]]) -> list[str]:
    """A box table's rows as pipe-table lines, the first over a header rule."""
    parts = [part for part in parts if part]
    rows: list[list[list[str]]] = []  # each row: the cells of its lines
    for part in parts:
        if len(parts) > 2:  # rules part every row: a part is one row
            rows.append(part)
            continue
        for at, cells in enumerate(part):
            if at and cells and not cells[0] and any(cells[1:]):
                rows[-1].append(cells)  # a wrapped cell: more of the same row
            else:
                rows.append([cells])
    lines = []
    for row in rows:
        columns = max(len(cells) for cells in row)
        joined = []
        for column in range(columns):
            cell = ""
            for part in (cells[column] for cells in row if column < len(cells)):
                if part:
                    cell = cell + part if cell.endswith("-") or not cell else f"{cell} {part}"
            joined.append(cell)
        if not any(joined):
            continue
        lines.append("| " + " | ".join(joined) + " |")
        if len(lines) == 1:
            lines.append("|" + "---|" * columns)
    return lines


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
            and "\t" not in title  # "Doctoral students<TAB>A": an infobox's label and value
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


def capitals_titles_apart(text: str) -> str:
    """A PDF's text dump without blank lines (pdftotext's default or raw output): a line in
    capitals that names a known section ("EMPLOYMENT", "PhD EXAMINING", "SELECTED
    PUBLICATIONS") between two lines of text is set apart, as the heading it was."""
    lines = text.split("\n")
    out: list[str] = []
    changed = False
    for index, line in enumerate(lines):
        title = line.strip()
        if (
            0 < index < len(lines) - 1
            and title
            and sum(c.isupper() for c in title) > sum(c.islower() for c in title)
            and len(title.split()) <= SECTION_TITLE_WORDS
            and lines[index - 1].strip()
            and title[:1].isalpha()
        ):
            from crawler.extract.sections import heading_kind  # (sections reads documents)

            if heading_kind(title.rstrip(" :")) is not None:
                out.extend(("", title, ""))
                changed = True
                continue
        if (
            out
            and out[-1].strip()
            and len(out) >= 2
            and out[-2].strip()
            and _ENDING_RANGE.search(title)
            and not _lone_date().match(title)
        ):
            # "…, University X 2018–2021" after the lines of the entry before: a new entry
            out.append("")
        if (
            out
            and out[-1].strip()
            and lines[index - 1].strip()
            and lines[index - 1][:1].isalpha()
            and _lone_date().match(title)
        ):
            # "PhD in X, University Y" / "2014–2018": the right-aligned dates of the entry
            # line above, which opens an entry of its own
            if len(out) >= 2 and out[-2].strip():
                out.insert(len(out) - 1, "")
            out[-1] = f"{out[-1].rstrip()} {title}"
            changed = True
            continue
        out.append(line)
    return "\n".join(out) if changed else text


# A line of text ending on its entry's date range ("… University X 2018–2021").
_ENDING_RANGE = re.compile(
    r"\S\s+(?:19|20)\d\d\s*[–—-]\s*(?:(?:19|20)\d\d|present|now|today|aujourd'hui)\s*$", re.I
)


def _lone_date() -> re.Pattern[str]:
    from crawler.extract.documents import LONE_DATE  # (documents reads this module: late)

    return LONE_DATE


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


_NUMBERED_ENTRY = re.compile(r"\d{1,2}[.)]\s+[^\W\d]")


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
        if run and stripped.startswith("---") and _DASH_RULER.match(stripped):
            continue  # "-------  -----" under the header: the ruler of a plain-text table
        if run and stripped and line.startswith("   ") and _wrapped_cell(line, run[-1][1]):
            continue  # "MCF, Université de" / "Tréguennec": a cell wrapped onto its own line
        cells = _positioned_cells(line) if "   " in stripped and "|" not in stripped else []
        if (
            len(cells) >= 2
            and not (
                stripped.startswith(("*", "+", "-", "•", "#"))
                # "1. A      PhD      commenced 03/2021": a numbered list's entry in columns
                or stripped[:1].isdigit()
                and _NUMBERED_ENTRY.match(stripped)
            )
        ):
            run.append((line, cells))
            continue
        flush()
        out.append(line)
    flush()
    return "\n".join(out)


_DASH_RULER = re.compile(r"-{3,}(?: +-{3,})+$")


def _wrapped_cell(line: str, above: list[tuple[int, str]]) -> bool:
    """A line of one cell that starts where a later cell of the row above starts: that
    cell's wrapped end, joined to it in *above* (the row's cells, edited in place)."""
    cells = _positioned_cells(line)
    if len(cells) != 1 or len(above) < 3:
        return False
    start, cell = cells[0]
    for index, (edge, text) in enumerate(above[1:], 1):
        if abs(edge - start) <= COLUMN_SLACK:
            above[index] = (edge, f"{text} {cell}")
            return True
    return False


def _table_rows(rows: list[list[tuple[int, str]]]) -> list[str]:
    """Each row's cells placed under the columns of the row that has the most."""
    edges = [start for start, _ in max(rows, key=len)]
    placed: list[list[str]] = []
    for index, cells in enumerate(rows):
        if len(cells) < len(edges):
            cells = _cut_overrun_cells(cells, edges)
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


def _cut_overrun_cells(cells: list[tuple[int, str]], edges: list[int]) -> list[tuple[int, str]]:
    """A cell that ran up to (or past) the next column's edge, two blanks only before that
    column's text ("B, C  Assistant Professor, X"): cut at that gap into two cells."""
    out: list[tuple[int, str]] = []
    for start, cell in cells:
        for edge in edges:
            if start + COLUMN_SLACK >= edge or start + len(cell) <= edge or "  " not in cell:
                continue
            gaps = [m for m in _DOUBLE_BLANK.finditer(cell) if start + m.end() >= edge - OVERRUN]
            if not gaps:
                break
            gap = min(gaps, key=lambda m: abs(start + m.end() - edge))
            out.append((start, cell[: gap.start()]))
            # (the text pushed left of the edge still belongs to the column there)
            start, cell = max(start + gap.end(), edge), cell[gap.end() :]
        out.append((start, cell))
    return out


_DOUBLE_BLANK = re.compile(r" {2,}")
OVERRUN = 8  # characters left of its column's edge a pushed cell may start


# pandoc's grid table (a docx or HTML page converted to Markdown): "+----+----+" borders
# ("+====+" under the header), "| a  | b  |" lines between them, a cell wrapped over lines.
_GRID_BORDER = re.compile(r"^[ \t]*\+(?:[-=:]{3,}\+)+[ \t]*$")


def grid_tables_to_rows(text: str) -> str:
    """Every pandoc grid table as a pipe table, one line per row: a cell's wrapped lines
    are joined again (its paragraphs with "; "), columns cut where the border's "+" are.

    >>> print(grid_tables_to_rows("+----+------+\\n| A  | B    |\\n|    | C    |\\n+----+------+"))
    <BLANKLINE>
    | A | B C |
    |---|---|
    <BLANKLINE>
    """
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        border = _GRID_BORDER.match(lines[index])
        if not border:
            out.append(lines[index])
            index += 1
            continue
        cuts = [i for i, ch in enumerate(lines[index]) if ch == "+"]
        rows: list[list[list[str]]] = []  # each row: its columns' lines
        current: list[list[str]] | None = None
        index += 1
        while index < len(lines):
            line = lines[index]
            if _GRID_BORDER.match(line):
                if current:
                    rows.append(current)
                current = None
                index += 1
                continue
            if not line.lstrip().startswith("|"):
                break
            current = current or [[] for _ in cuts[1:]]
            for column, (left, right) in enumerate(zip(cuts, cuts[1:], strict=False)):
                current[column].append(line[left + 1 : right].strip())
            index += 1
        if current:
            rows.append(current)
        table = []
        for row in rows:
            cells = []
            for column in row:
                paragraphs = " ".join(part if part else "\n" for part in column).split("\n")
                cells.append("; ".join(" ".join(p.split()) for p in paragraphs if p.strip()))
            table.append("| " + " | ".join(cells) + " |")
            if len(table) == 1:
                table.append("|" + "---|" * len(cells))
        out.extend(["", *table, ""])
    return "\n".join(out)
