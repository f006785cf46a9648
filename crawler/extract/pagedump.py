"""Text dumps of web pages (``lynx -dump``, ``w3m -dump``, html2text, a browser's copy or
reader view) → the page's text without its chrome, and its headline.

A crawler that saves what a text browser printed keeps what the HTML loader would have
dropped: skip links, menus ("Accueil | Recherche | Publications"), breadcrumbs, footers
("Mentions légales · Plan du site"), lynx's ``[12]`` link marks and its closing list of
URLs.  Left in, they hide the page's headline (the researcher's name, "Soutenance de thèse
de A") behind the site's name and menu; w3m draws tables with box-drawing characters that
no rule reads.  Here the chrome goes, box tables become pipe tables (a Markdown table, as
html2text writes them), and the first title line that names a person is the headline an
HTML page's ``<h1>`` would be.
"""

from __future__ import annotations

import re

from crawler.extract.lexicon import LEXICON, phrase_pattern

# lynx's closing list of the page's links: "References" (or its translation) over
# "   1. https://…" lines.
_REFERENCES = re.compile(
    r"(?m)^[ \t]*(?:References|Références|Referenzen|Referencias)[ \t]*\n(?:[ \t]*\n)*"
    r"[ \t]*1\.[ \t]+(?:https?|mailto|file|ftp):"
)
_LINK_MARK = re.compile(r"\[\d{1,4}\](?=\S|$)")  # lynx's "[12]Publications"
_LINK_REL = re.compile(r"(?m)^[ \t]*#\[\d{1,4}\].*\n?")  # lynx's "#[1]RSS …" (<link rel>)
# A menu line: short items between bars or middots ("Accueil | Recherche | Contact").
_MENU_SPLIT = re.compile(r"[ \t]+[|·•][ \t]+")
_MD_LINK = re.compile(r"!?\[([^\]]*)\]\([^)]*\)")
_MD_LINK_ONLY = re.compile(r"^[ \t]*[*+-][ \t]+\[[^\]]{1,40}\]\([^)]*\)[ \t]*$")
_LYNX_LINK_ITEM = re.compile(r"^[ \t]*(?:[*+•-]|\d{1,2}\.)[ \t]+\[\d{1,4}\][^\[\]]{1,40}$")
# "Vous êtes ici : Accueil > Annuaire > A", "Home > People > B": a breadcrumb's last crumb
# is the page's own title.
_CRUMBS = re.compile(r"^[ \t]*(?:[^>\n:]{0,30}:[ \t]*)?(?:[^>\n]{1,60}[ \t]+>[ \t]+){1,6}[^>\n]+$")
_BOX_TOP = "┌"
_BOX_ROW = "│"
_BOX_RULE = re.compile(r"^[ \t]*[├┌└╞╘╒][─═┬┼┴┤╪╤╧┐┘╡ \t]+$")
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
    if _BOX_TOP in head and _BOX_ROW in head:
        return True
    if len(_LINK_MARK.findall(head[:4000])) >= 3:
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
    references = _REFERENCES.search(text)
    if references:
        text = text[: references.start()]
    if "#[" in text:
        text = _LINK_REL.sub("", text)
    if _BOX_TOP in text:
        text = _box_tables(text)
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
        bare = _MD_LINK.sub(r"\1", stripped).replace("**", "")
        if _is_menu(bare) or (len(bare) <= 160 and chrome.search(bare) and _is_chrome(bare)):
            continue
        if not stripped.startswith("|") and _CRUMBS.match(bare) and _starts_at_home(bare):
            crumbs.append(bare.rsplit(">", 1)[1].strip())
            continue
        kept.append(line)
    if not marked and any(len(x) > WRAP_WIDTH and x.lstrip()[:1] != "|" for x in kept):
        # A browser's copy (or reader view): no line is wrapped to a terminal's width, so
        # each line is a block (a <p>, an <li>) of its own, blank or not between them.
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
            and not _ITEM.match(line)
            and heading_kind(stripped) is not None
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
        stripped = _MD_LINK.sub(r"\1", _MD_LINK.sub(r"\1", stripped)).lstrip("#!").strip(" *_")
        if len(stripped) > TITLE_LENGTH or (stripped.endswith(".") and len(stripped.split()) > 2):
            break  # prose (a title ends on no full stop): the content has begun
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


def _box_tables(text: str) -> str:
    """w3m's box-drawn tables → pipe tables, one row per ruled row (a cell's wrapped lines
    joined back)."""
    out: list[str] = []
    rows: list[list[str]] = []  # the current ruled row: its cells' lines per column
    header_done = False

    def flush_row() -> None:
        nonlocal header_done
        if not rows:
            return
        columns = max(len(r) for r in rows)
        cells = []
        for c in range(columns):
            parts = [r[c] for r in rows if c < len(r) and r[c]]
            cell = ""
            for part in parts:
                cell = cell + part if cell.endswith("-") or not cell else f"{cell} {part}"
            cells.append(cell)
        out.append("| " + " | ".join(cells) + " |")
        if not header_done:
            out.append("|" + "---|" * columns)
            header_done = True
        rows.clear()

    in_table = False
    for line in text.split("\n"):
        stripped = line.strip()
        if _BOX_RULE.match(line) and stripped[:1] in "├┌└╞╘╒":
            if stripped[:1] in "┌╒":
                in_table, header_done = True, False
                out.append("")
            else:
                flush_row()
            if stripped[:1] in "└╘":
                in_table = False
                out.append("")
            continue
        if in_table and stripped.startswith(_BOX_ROW):
            rows.append([cell.strip() for cell in stripped.strip(_BOX_ROW).split(_BOX_ROW)])
            continue
        if in_table:
            flush_row()
            in_table = False
        out.append(line)
    flush_row()
    return "\n".join(out)
