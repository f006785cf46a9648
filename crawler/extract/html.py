"""HTML → :class:`Document`: main content as headings, list items and paragraphs.

lxml keeps this fast (a 20 KB page in about a millisecond); navigation, footers, scripts,
styles, forms and HTML comments are dropped before the walk.  The tree is parsed with plain
``lxml.etree`` elements: ``lxml.html``'s element classes cost a Python lookup per node.
"""

from __future__ import annotations

import json
import re
from copy import deepcopy
from functools import lru_cache

from lxml import etree

from crawler.extract.documents import (
    LONE_DATE,
    Block,
    BlockKind,
    Document,
    DocumentFormat,
    label_table_rows,
)

DROPPED_TAGS = {
    "script",
    "style",
    "noscript",
    "template",
    "svg",
    "nav",
    "footer",
    "form",
    "button",
    "select",
    "iframe",
    "head",
    "canvas",
    "math",
    "object",
    "embed",
}
# A Vue component's slot filled on the server (Wiki.js writes its page's text into
# ``<template slot="contents">``): the page's content, unlike an inert client template.
_CONTENT_SLOT = re.compile(r"(?i)content|main|body|default")
# Class or id fragments of navigation chrome every theme has.
DROPPED_CLASSES = re.compile(
    r"(?:^|[\s_-])(?:nav|navbar|navigation|menu|masthead|breadcrumbs?|"
    r"footer|cookie|skip-links?|share|social|toc|pagination|"
    r"sidebar__right|greedy-nav)(?:$|[\s_-])",
    re.I,
)
HEADINGS = {"h1": 1, "h2": 2, "h3": 3, "h4": 4, "h5": 5, "h6": 6}
BLOCK_TAGS = {
    "p",
    "div",
    "section",
    "article",
    "main",
    "aside",
    "header",
    "blockquote",
    "pre",
    "ul",
    "ol",
    "dl",
    "dt",
    "dd",
    "li",
    "table",
    "thead",
    "tbody",
    "tr",
    "figure",
    "figcaption",
    "address",
    "details",
    "summary",
    "body",
    "center",
    "hr",
    *HEADINGS,
}
CELL_TAGS = {"td", "th"}
# Tags the walk treats apart; any other element is inline (its text joins the block's).
STRUCTURAL_TAGS = frozenset({*BLOCK_TAGS, *CELL_TAGS, "br"})
# A year and a range's dash at a text's end ("held a lectureship at X (2014 –"): the range's
# end year follows.
_RANGE_OPEN_AT_END = re.compile(r"(?:19|20)\d\d\s*[-–—]\s*$")


# Readers' comments and embedded social timelines: other people's words, boosted posts,
# replies (a blog's "comment-list", Disqus, a Mastodon/Twitter/Bluesky embed); dropped even
# when an <article> holds one post of them.
THREAD_TOKENS = frozenset(
    "comment comments commentlist recentcomments responses disqus tweet tweets toot toots twitter "
    "mastodon bluesky".split()
)
DROPPED_TOKENS = (
    frozenset(
        "nav navbar navigation menu masthead footer cookie cookies skip share social toc "
        "pagination greedy skiplinks skiplink tags".split()
    )
    | THREAD_TOKENS
)
# Whole class names of content a reader does not see (al-folio's hidden BibTeX/abstracts).
# (Not "modal": a lab page's member bios open in modals, text a reader clicks to see.)
# (Notion's exported tables: a column header's "property-icon" glyph, "Aa" or "≡", before
# its name.)
# (DokuWiki's "a11y" headings, "User Tools" / "Page Tools", are for screen readers only.)
HIDDEN_CLASSES = frozenset(
    "hidden bibtex abstract d-none sr-only visually-hidden invisible property-icon a11y".split()
)


# Entry types a bibliography's entry is classed with ("entry inproceedings toc", dblp).
_ENTRY_TYPES = frozenset(
    "article inproceedings incollection informal editor book phdthesis reference data".split()
)


BRAND_CLASSES = frozenset(
    "navbar-brand site-title site-name brand profile-name author-name person-name "
    "page-header-name masthead__title".split()
)


# A one-cell row holding a bold list item over a quoted entry (CvLAC's "<td><li><b>Tesis
# de doctorado</b></li><blockquote>A. Title …</blockquote></td>").
_QUOTED_ENTRY_CELL = etree.XPath("td[li[1][b or strong] and blockquote]")


DL_RECORD_FIELDS = 3  # fields at least in a card's record list
ROSTER_TERMS = 3  # group terms at least in a team's roster list
ROSTER_TERM_CHARS = 80  # a group's label, a note in brackets at most
YEAR_DIGITS = re.compile(r"\d")
DL_RECORD_VALUE = 160  # characters at most in a record's field value


def _dl_record(element) -> bool:
    """A description list alone in its box, term and value paired one by one, each a short
    plain text: one record of a CV platform's card (see the walk)."""
    parent = element.getparent()
    if (
        parent is None
        or parent.tag != "div"
        or len(parent) != 1
        or len(element) < 2 * DL_RECORD_FIELDS
    ):
        return False
    tags = [child.tag for child in element]
    if tags != ["dt", "dd"] * (len(tags) // 2):
        return False
    return all(
        not len(child)
        and len(child.text or "") <= DL_RECORD_VALUE
        # a field's label ("Nome do candidato", "Tipo de grau"), no person's name
        and (child.tag == "dd" or sum(w[:1].isupper() for w in (child.text or "").split()) == 1)
        for child in element
    )


def _roster_terms(element) -> bool:
    """A description list whose terms name groups of people ("Chercheurs", "Doctorants",
    "PhD students"), each followed by its members: a team's roster, its terms headings."""
    terms = [child for child in element if child.tag == "dt"]
    if len(terms) < ROSTER_TERMS or len(element) - len(terms) < len(terms):
        return False
    from crawler.extract.lexicon import LEXICON

    people = LEXICON.pattern("PEOPLE")
    texts = [_clean(_text_content(term)) for term in terms]
    if any(not text or len(text) > ROSTER_TERM_CHARS or YEAR_DIGITS.search(text) for text in texts):
        return False  # ("2019–2022", "Rapportrice : A": a dated CV or a jury's roles)
    return 3 * sum(people.match(text) is not None for text in texts) >= 2 * len(texts)


def _label_item_over_quote(element) -> bool:
    """A list item of one bold label, a quoted entry right after it."""
    after = element.getnext()
    return (
        after is not None
        and after.tag == "blockquote"
        and len(element) == 1
        and element[0].tag in ("b", "strong")
        and not (element.text or "").strip()
        and not (element[0].tail or "").strip()
    )


_PANEL_TAGS = frozenset(("div", "section", "article"))
_TAB_OF = etree.XPath("//*[@role='tab'][@aria-controls=$panel]")


def _tab_label(panel) -> str:
    """The text of the tab that shows *panel* (``aria-controls`` names the panel's id)."""
    identifier = panel.get("id")
    tabs = _TAB_OF(panel, panel=identifier) if identifier else []
    return _clean(_text_content(tabs[0])) if tabs else ""


# (no table of ids: no XPath here calls id(), and libxml2 would hash every id attribute)
_PARSER = etree.HTMLParser(collect_ids=False)
# An element's text with its descendants' (what ``lxml.html``'s ``text_content`` returns).
_text_content = etree.XPath("string()")


def _classes(element) -> str:
    return f"{element.get('class', '')} {element.get('id', '')}"


_FIELD_LABEL_CLASS = re.compile(
    r"(?i)label|fieldname|field-name|\b(?:lbl|etq|etiqueta|r[oó]tulo)\b"
)
_FIELD_VALUE_CLASS = re.compile(r"(?i)data|value|item|content|field|\b(?:val|dato|valor)\b")


def _field_label(element) -> bool:
    """A record's field written as two divs ("<div class=fieldname>Advisor</div><div
    class=data>Quill, Ada</div>", repository records; Drupal's "field__label" over
    "field__item"): the label's div is a term, like a ``<dt>``, so its value's block reads
    "Advisor: Quill, Ada"."""
    # (most divs: no class, or children, which no label has, or classes naming no label:
    # no sibling to look at)
    classes = element.get("class")
    if not classes or len(element) or not _label_classes(classes):
        return False
    following = element.getnext()
    return (
        following is not None
        and following.tag == "div"
        and _label_value_classes(classes, following.get("class"))
        and len(_clean(element.text or "")) <= 40
    )


def _labels_value(element, value) -> bool:
    """Whether *element* is a childless label and *value* its value, by their classes."""
    classes = element.get("class")
    return bool(classes and not len(element) and _label_value_classes(classes, value.get("class")))


@lru_cache(maxsize=4096)
def _label_classes(classes: str) -> bool:
    """Whether *classes* name a field's label (cached: a page's record or card divs repeat a
    few class strings for every entry)."""
    return _FIELD_LABEL_CLASS.search(classes) is not None


@lru_cache(maxsize=4096)
def _label_value_classes(classes: str, value_classes: str | None) -> bool:
    """Whether *classes* name a field's label and *value_classes* its value (cached)."""
    return _label_classes(classes) and _FIELD_VALUE_CLASS.search(value_classes or "") is not None


FIELD_RECORD_PAIRS = 2  # label/value pairs that make a box of divs one record


def _field_record(element) -> bool:
    """A box holding only label/value divs ("<div class=etq>Estudiante</div><div
    class=dato>A</div>" over "Rol"/"Directora"): one record, as a list item."""
    if len(element) < 2 * FIELD_RECORD_PAIRS or len(element) > 40:
        return False
    labels = 0
    for child in element:
        if child.tag != "div":
            return False
        if _field_label(child):
            labels += 1
    return labels >= FIELD_RECORD_PAIRS and 2 * labels >= len(element)


def _glued_label(element, value) -> bool:
    """A label span glued to its value span, both named so by their classes."""
    text = element.text or ""
    return (
        0 < len(text) <= 40
        and not text.rstrip().endswith((":", "："))
        and _labels_value(element, value)
    )


def _is_chrome(attributes: dict[str, str]) -> bool:
    """Navigation chrome by class/id token ("navbar", "site-nav", "page__footer")."""
    classes = attributes.get("class") or ""
    identifier = attributes.get("id")
    if identifier:
        classes = f"{classes} {identifier}"
    if not classes:
        return False
    return _chrome_attributes(classes)


_TAB_PANE_CLASSES = frozenset(("tab-pane", "tab-panel", "tabpanel", "property-group"))


def _truncated_item(element) -> bool:
    """A list item classed as its visible sibling items are, "hidden" added."""
    classes = (element.get("class") or "").split()
    if "hidden" not in classes or len(classes) < 2:
        return False
    shown = sorted(c for c in classes if c != "hidden")
    before = element.getprevious()
    return (
        before is not None
        and before.tag == "li"
        and sorted((before.get("class") or "").split()) == shown
    )


def _next_field_label(element) -> bool:
    """A labelled field's label span ("Role:") after another label's field, same class."""
    text = element.text
    if not text or not text.rstrip().endswith(":") or len(text) > 40:
        return False
    before = element.getprevious()
    return (
        before is not None
        and before.tag == "span"
        and bool((before.tail or "").strip())
        and before.get("class") == element.get("class")
        and "label" in (element.get("class") or "").lower()
    )


def _is_hidden(attributes: dict[str, str]) -> bool:
    """Content a reader does not see: ``hidden``, ``style="display: none"``.  A tab panel
    hidden till its tab is clicked (a faculty profile's "Publications" tab) is read."""
    if attributes.get("role") == "tabpanel":
        return False
    classes = attributes.get("class")
    if classes and not _TAB_PANE_CLASSES.isdisjoint(classes.lower().split()):
        # A research-profile system's property group (VIVO's "Background" tab) hidden by
        # an inline style till its tab is clicked: read, as a tab panel is.
        return False
    if "hidden" in attributes:
        return True
    style = attributes.get("style")
    return bool(style) and "display:none" in style.replace(" ", "")


@lru_cache(maxsize=4096)
def _appearance(attributes: tuple[tuple[str, str], ...]) -> tuple[bool, bool, bool]:
    """(hidden, chrome, contents) for an element's attribute pairs, *contents* whether its
    class or id names a table of contents ("toc", see :func:`_book_chapters`); cached, since
    a theme repeats the same attributes on every entry."""
    named = dict(attributes)
    contents = "toc" in f"{named.get('class', '')} {named.get('id', '')}".lower()
    return _is_hidden(named), _is_chrome(named), contents


# Utility classes that show an element from a breakpoint up ("hidden md:block", Bootstrap's
# "d-none d-lg-flex"): the desktop page shows it, whatever "hidden" says for phones.
_SHOWN_FROM_BREAKPOINT = re.compile(
    r"(?:^|\s)(?:(?:sm|md|lg|xl):(?:sl-)?|d-(?:sm|md|lg|xl)-)"
    r"(?:block|flex|inline|inline-block|inline-flex|grid|table|table-cell|contents)(?:\s|$)"
)
# ... and those that hide it from a breakpoint up ("md:hidden", "d-md-none"): the phone
# layout's copy of what the desktop layout says again (a compact "advised by B. Q" line).
_HIDDEN_FROM_BREAKPOINT = re.compile(
    r"(?:^|\s)(?:(?:sm|md|lg):(?:sl-)?hidden|d-(?:sm|md|lg)-none)(?:\s|$)"
)


@lru_cache(maxsize=4096)
def _chrome_attributes(attributes: str) -> bool:
    """Cached: a theme repeats the same class strings on every entry."""
    lowered = attributes.lower()
    if not HIDDEN_CLASSES.isdisjoint(lowered.split()):
        responsive = ":" in lowered or "d-" in lowered
        return not (responsive and _SHOWN_FROM_BREAKPOINT.search(lowered))
    if ("hidden" in lowered or "none" in lowered) and _HIDDEN_FROM_BREAKPOINT.search(lowered):
        return True
    if "header-footer" in lowered:
        # WordPress Twenty Twenty's "header-footer-group": a colour group its header and
        # footer share (the header holds the site's tagline), no footer by itself
        lowered = lowered.replace("header-footer", "")
    tokens = lowered.replace("_", " ").replace("-", " ").split()
    if "toc" in tokens and "entry" in tokens and not _ENTRY_TYPES.isdisjoint(tokens):
        # A bibliography's entry classed "entry article toc" (dblp marks the entries a
        # table of contents links to): a publication, not the page's contents list.
        return not DROPPED_TOKENS.isdisjoint(set(tokens) - {"toc"})
    return not DROPPED_TOKENS.isdisjoint(tokens)


def _toc_entry(classes: str | None) -> bool:
    """A heading classed for the table of contents ("toc-header", Wiki.js; "toc-heading"):
    a section the contents list, not the list itself."""
    if not classes or "toc" not in classes.lower():
        return False
    tokens = classes.lower().replace("_", " ").replace("-", " ").split()
    return (
        not DROPPED_TOKENS.isdisjoint(tokens)
        and _chrome_attributes(classes.lower().replace("toc", "")) is False
    )


def _thread(element) -> bool:
    """An <article> holding one comment or one embedded post ("mt-toot", "comment")."""
    classes = f"{element.get('class', '')} {element.get('id', '')}".lower()
    return not THREAD_TOKENS.isdisjoint(classes.replace("_", " ").replace("-", " ").split())


# "pp. 1–24", or a publisher's "Pages 33–61" beside each chapter
PAGE_RANGE = re.compile(r"\b(?:pp\.|Pages)\s*\d+\s*[–—-]\s*\d+")
BOOK_CHAPTERS = 2  # page ranges that make a "toc" list a book's chapters, not a site's


# A bare page range ("13-24"): counted only when ranges follow on from one another.
BARE_PAGE_RANGE = re.compile(r"(?<![\d.])(\d{1,3})\s*[–—-]\s*(\d{1,4})(?![\d.])")


def _book_chapters(element) -> bool:
    """A list (or the box around it, classed as a table of contents: the walk tells) whose
    entries give page ranges: a book's chapters (their authors are coauthors), not a page's
    navigation."""
    text = _text_content(element)
    if len(PAGE_RANGE.findall(text)) >= BOOK_CHAPTERS:
        return True
    # A proceedings volume's contents without "pp." ("1-12", "13-24"): each range starts
    # on the page after the previous one ends, which a menu's numbers never do.
    if not any(c.isdigit() for c in text):
        return False
    ranges = [(int(a), int(b)) for a, b in BARE_PAGE_RANGE.findall(text)]
    chained = sum(
        1 for (_, end), (start, _) in zip(ranges, ranges[1:], strict=False) if start == end + 1
    )
    return chained >= BOOK_CHAPTERS


def load_html(text: str, source: str) -> Document:
    """Parse an HTML page into blocks, collecting title, meta and links first."""
    text = re.sub(r"^\s*<\?xml[^>]*>", "", text)
    try:
        root = etree.fromstring(text or "<html></html>", _PARSER)
    except (etree.ParserError, ValueError):
        root = None
    document = Document(source, DocumentFormat.HTML)
    if root is None:  # nothing but blanks, comments or processing instructions
        return document
    if (frameset := root.find("frameset")) is not None:
        _frameless_body(root, frameset)
    if (plain := _preformatted_page(root)) is not None:
        # A plain-text CV served inside one <pre>: its lines and columns are the structure.
        from crawler.extract.markdown import load_markdown

        document = load_markdown(plain, source, plain=True)
        document.title = _clean(root.findtext(".//title") or "") or document.title
        return document
    document.title = _clean(root.findtext(".//title") or "") or None
    document.meta = _meta(root)
    if _typeset_legend(text):
        # "Names in <b>bold</b> are Ph.D. students I advise": the names set that way
        document.meta["typeset"] = _typeset_names(root)
    document.links = [href for a in root.iter("a") if (href := a.get("href"))]
    # (a page without tables has no cell to spread: its text is not lowered to look)
    if next(root.iter("table"), None) is not None and "rowspan" in text.lower():
        _spread_rowspans(root)
    if "wikibase-statementgroupview" in text:
        _statement_lines(root)
    if "pdf2htmlEX" in text:
        _typeset_paragraphs(root)
    if "ltx_note" in text or "ltx_tag_item" in text:
        _latexml_marks(root)
    if "footnote-ref" in text:
        _pandoc_notes_inline(root)
    body = root.find("body")
    walker = _Walker(_layout_containers(root, text))
    walker.walk(body if body is not None else root)
    walker.flush()
    document.blocks = label_table_rows(
        role_headed_paragraphs(
            card_name_paragraphs(titled_paragraphs(glyph_bulleted(walker.blocks)))
        )
    )
    return document


MENU_LINKS = 3  # links a layout table's menu column stacks, one a line


def _menu_cell(cell) -> bool:
    """A cell of links only, one a line ("Accueil<br>C.V.<br>Publications"): a menu."""
    if cell is None or cell.tag not in CELL_TAGS:
        return False
    links = list(cell.iter("a"))
    if len(links) < MENU_LINKS or sum(1 for _ in cell.iter("br")) < MENU_LINKS - 1:
        return False
    words = "".join(_text_content(cell).split())
    return words == "".join("".join(_text_content(a).split()) for a in links)


def _frameless_body(root, frameset) -> None:
    """A frames page's ``<noframes>`` holds what a browser without frames shows (often the
    whole homepage): libxml2 keeps it as raw text, so it is parsed and made the body."""
    for fallback in frameset.iter("noframes"):
        markup = "".join(fallback.itertext())
        if "<" not in markup:
            continue
        parsed = etree.fromstring(f"<html>{markup}</html>", _PARSER)
        body = parsed.find("body") if parsed is not None else None
        if body is not None:
            root.remove(frameset)
            root.append(body)
        return


# A legend naming what bold or underlined names mean ("names in <b>bold</b> are …",
# "(students I supervised underlined)"), not a style sheet's "font-weight: bold".
_BOLD_LEGEND_BEFORE = ("in ", "in <b>", "in <strong>")
BOLD_LOOKS = 40  # occurrences of "bold" looked at: a style sheet may write many


def _typeset_legend(text: str) -> bool:
    if "nderlined" in text or "Bold names" in text:
        return True
    at = text.find("bold")
    for _ in range(BOLD_LOOKS):
        if at < 0:
            return False
        if text[max(0, at - 12) : at].endswith(_BOLD_LEGEND_BEFORE) or text.startswith(
            "bold names", at
        ):
            return True
        at = text.find("bold", at + 4)
    return False


_TYPESET_TAGS = {"bold": ("b", "strong"), "underline": ("u", "ins")}
TYPESET_NAME_CHARS = (3, 60)  # a person's name set in bold, not a bold paragraph


def _typeset_names(root) -> dict[str, list[str]]:
    """The short texts each style sets apart (bold, underline): the names a legend marks."""
    low, high = TYPESET_NAME_CHARS
    found: dict[str, list[str]] = {}
    for style, tags in _TYPESET_TAGS.items():
        texts = (" ".join("".join(e.itertext()).split()) for e in root.iter(*tags))
        found[style] = [t for t in texts if low <= len(t) <= high]
    return found


MAX_ROWSPAN = 50  # a taller span is page layout, not a table's shared cell


# A Wikibase item page (Wikidata): each statement group is a property's label over its
# values, each value with its qualifiers ("start time" 1991, "end time" 1996) and references
# ("stated in", "retrieved" 2022) as nested boxes of one-word lines.
_STATEMENT_GROUPS = etree.XPath("//div[contains(@class, 'wikibase-statementgroupview ')]")
_GROUP_PROPERTY = etree.XPath(
    "string(.//div[contains(@class, 'wikibase-statementgroupview-property-label')])"
)
_STATEMENTS = etree.XPath(".//div[contains(@class, 'wikibase-statementview ')]")
_MAIN_VALUE = etree.XPath(
    "string(.//div[contains(@class, 'wikibase-statementview-mainsnak')]"
    "//div[contains(@class, 'wikibase-snakview-value')])"
)
_QUALIFIERS = etree.XPath(
    ".//div[contains(@class, 'wikibase-statementview-qualifiers')]"
    "//div[contains(@class, 'wikibase-snakview') and not(contains(@class, 'wikibase-snakview-'))]"
)
_SNAK_PROPERTY = etree.XPath("string(.//div[contains(@class, 'wikibase-snakview-property')])")
_SNAK_VALUE = etree.XPath("string(.//div[contains(@class, 'wikibase-snakview-value')])")
_START_QUALIFIERS = frozenset(("start time", "start date", "start period"))
_END_QUALIFIERS = frozenset(("end time", "end date", "end period"))
_YEAR_IN = re.compile(r"\b(1[5-9]\d\d|20\d\d)\b")


def _statement_lines(root) -> None:
    """A Wikibase item's statements as one line each, "property: value (qualifiers)", its
    start and end times as the value's period ("employer: Institute X (1996–1998)"), the
    references left out: the line a CV would write, read by the usual rules."""
    for group in _STATEMENT_GROUPS(root):
        label = _clean(_GROUP_PROPERTY(group))
        listing = etree.Element("ul")
        for statement in _STATEMENTS(group):
            value = _clean(_MAIN_VALUE(statement))
            if not value:
                continue
            start = end = None
            notes = []
            for snak in _QUALIFIERS(statement):
                name = _clean(_SNAK_PROPERTY(snak)).lower()
                said = _clean(_SNAK_VALUE(snak))
                year = _YEAR_IN.search(said)
                if name in _START_QUALIFIERS and year:
                    start = year.group(1)
                elif name in _END_QUALIFIERS and year:
                    end = year.group(1)
                elif said:
                    notes.append(said)
            if start or end:
                notes.append(
                    f"{start}–{end}"
                    if start and end
                    else f"since {start}"
                    if start
                    else f"until {end}"
                )
            line = etree.SubElement(listing, "li")
            line.text = f"{label}: {value}" + (f" ({', '.join(notes)})" if notes else "")
        group.clear()
        group.tag = "div"
        group.append(listing)


# pdf2htmlEX sets each printed line in its own positioned <div class="t … h3 …">, the
# height class shared by the lines of one font size; a numbered note opens its own line.
_TYPESET_PAGES = etree.XPath("//div[contains(concat(' ', @class, ' '), ' pc ')]")
_TYPESET_NOTE = re.compile(r"^\s*(?:\d{1,3}[.)]|[*†‡•])\s")


def _typeset_height(line) -> str | None:
    classes = (line.get("class") or "").split()
    if line.tag != "div" or "t" not in classes:
        return None
    return next((c for c in classes if c[:1] == "h" and c[1:].isalnum()), "")


def _typeset_paragraphs(root) -> None:
    """A PDF turned into HTML line by line: the lines of one run of the same font height
    joined into one paragraph ("… sous la direction de A" / "et la soutint en 1967 à" /
    "l'Université X"), so a sentence broken by the page's width reads whole."""
    for page in _TYPESET_PAGES(root):
        head, height = None, None
        for line in list(page):
            kind = _typeset_height(line)
            text = "".join(line.itertext())
            if kind is None or kind != height or head is None or _TYPESET_NOTE.match(text):
                head, height = (line, kind) if kind is not None else (None, None)
                continue
            # the next line's words after a space (a hyphen at the line's end joins them)
            last = head[-1] if len(head) else None
            ending = (last.tail if last is not None else head.text) or ""
            glue = "" if ending.endswith("-") else " "
            if last is not None:
                last.tail = ending + glue + (line.text or "")
            else:
                head.text = ending + glue + (line.text or "")
            for child in list(line):
                head.append(child)
            page.remove(line)


_LTX_MARKS = etree.XPath(
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' ltx_note_mark ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' ltx_tag_note ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' ltx_tag_item ')]"
)
_LTX_NOTE_CONTENT = etree.XPath(
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' ltx_note_content ')]"
)
# (an itemize's default labels; "[1]", "(a)" are kept)
_LTX_BULLETS = frozenset("•∙◦▪‣–—-*·")


def _latexml_marks(root) -> None:
    """A LaTeXML footnote's marks and an itemize's bullet glyph left out, the footnote's
    text its own line: "Supervisor: Prof. A¹" + "¹Co-supervised by B." read "A" then
    "Co-supervised by B.", not the name "A1Co"."""
    for mark in _LTX_MARKS(root):
        if "ltx_tag_item" in (mark.get("class") or "") and (
            _clean("".join(mark.itertext())) not in _LTX_BULLETS
        ):
            continue  # "[1]": a numbered item's label, kept
        # (an lxml.etree element has no drop_tree: its tail is kept by hand)
        tail, mark.tail = mark.tail, None
        mark.clear()
        mark.tail = tail
    for content in _LTX_NOTE_CONTENT(root):
        content.insert(0, etree.Element("br"))


_NOTE_REFS = etree.XPath(
    "//a[contains(concat(' ', normalize-space(@class), ' '), ' footnote-ref ')][@href]"
)
_NOTE_BACKLINKS = etree.XPath(
    ".//a[contains(concat(' ', normalize-space(@class), ' '), ' footnote-back ')]"
)


def _pandoc_notes_inline(root) -> None:
    """A pandoc footnote's text set in brackets where its mark stands, the end note left
    out: "sous la direction de A¹" + "1. Thèse co-encadrée par B." read in the entry."""
    notes = {note.get("id"): note for note in root.iter("li") if note.get("id")}
    for ref in _NOTE_REFS(root):
        note = notes.get(ref.get("href", "").lstrip("#"))
        if note is None:
            continue
        for back in _NOTE_BACKLINKS(note):
            back.text, back[:] = None, []
        said = _clean(" ".join(note.itertext()))
        if not said:
            continue
        tail = ref.tail
        ref.clear()
        ref.text, ref.tail = f" ({said.rstrip('.')})", tail
        note.getparent().remove(note)


def _spread_rowspans(root) -> None:
    """Copy each ``rowspan`` cell into the rows it spans: a group table shares one
    "PhD student" or supervisor cell across several rows, and each row is read alone."""
    for table in root.iter("table"):
        rows = [
            r
            for r in table.iter("tr")
            if r.getparent() is table or r.getparent().getparent() is table
        ]
        pending: dict[int, list] = {}  # column → [cell, rows still to fill]
        for row in rows:
            cells = [c for c in row if c.tag in CELL_TAGS]
            column, position = 0, 0
            placed: list = []
            while position < len(cells) or any(col >= column for col in pending):
                if column in pending:
                    cell, left = pending[column]
                    copy = deepcopy(cell)
                    copy.attrib.pop("rowspan", None)
                    copy.tail = None
                    placed.append((column, copy, True))
                    pending[column][1] = left - 1
                    if left <= 1:
                        del pending[column]
                elif position < len(cells):
                    cell = cells[position]
                    position += 1
                    span = cell.get("rowspan", "1")
                    if span.isdigit() and 1 < int(span) <= MAX_ROWSPAN:
                        pending[column] = [cell, int(span) - 1]
                    placed.append((column, cell, False))
                else:
                    column += 1
                    continue
                column += 1
            for index, (_, cell, is_copy) in enumerate(placed):
                if is_copy:
                    row.insert(_cell_index(row, placed, index), cell)


def _cell_index(row, placed: list, index: int) -> int:
    """Where the ``index``-th placed cell goes among the row's children."""
    if index == 0:
        return 0
    before = placed[index - 1][1]
    return list(row).index(before) + 1


def _preformatted_page(root) -> str | None:
    """The text of a page whose body is one <pre> block of many lines, else None."""
    if next(root.iter("pre"), None) is None:
        return None  # (most pages: no <pre> at all, no path search)
    pres = root.findall(".//body/pre") or root.findall(".//body/*/pre")
    body = root.find("body")
    if not pres or body is None:
        return None
    if len(pres) == 1:
        text = _text_content(pres[0])
        if text.count("\n") < 8:
            return None
        return text if len(text) >= 0.8 * len(_text_content(body).strip()) else None
    return _preformatted_sections(pres, body)


PREFORMATTED_SHARE = 0.7  # of a page's text held in its <pre> blocks


def _preformatted_sections(pres: list, body) -> str | None:
    """The text of a hand-written page made of several <pre> blocks under short headings
    ("<h2>Parcours</h2><pre>2016-  Chargée de recherche …</pre>"), one plain text in page
    order: its columns and labelled lines are read as a text CV's; else None."""
    parent = pres[0].getparent()
    if any(pre.getparent() is not parent for pre in pres):
        return None
    held = sum(len(_text_content(pre).strip()) for pre in pres)
    if sum(_text_content(pre).count("\n") for pre in pres) < 12:
        return None
    if held < PREFORMATTED_SHARE * len(_text_content(body).strip()):
        return None
    pieces = []
    for child in parent:
        if not isinstance(child.tag, str) or child.tag in ("script", "style"):
            continue
        piece = _text_content(child)
        if child.tag in HEADINGS:
            # (a heading outranks the titles inside the <pre> below it: they are its parts)
            piece = f"# {_clean(piece)}"
        pieces.append(piece.strip("\n") if child.tag == "pre" else _clean(piece))
    return "\n\n".join(piece for piece in pieces if piece.strip())


def titled_paragraphs(blocks: list[Block]) -> list[Block]:
    """A paragraph whose first line is a known section title ("<b>Education</b><br>1993
    PhD ...", pages without heading tags) is that heading, then its lines."""
    from crawler.extract.sections import heading_kind

    result: list[Block] = []
    level = 2
    for block in blocks:
        if block.kind is BlockKind.HEADING:
            level = block.level
        if block.kind is not BlockKind.PARAGRAPH:
            result.append(block)
            continue
        title, _, rest = block.text.partition("\n")
        title = title.strip().rstrip(":")
        if (
            rest.strip()
            and 0 < len(title.split()) <= 5
            and not re.search(r"[\d.,;]$", title)
            and heading_kind(title) is not None
        ):
            result.append(Block(BlockKind.HEADING, title, min(level + 1, 6), block.section))
            for inner, lines in _capital_titled(rest, heading_kind):
                # "EDUCATION" / … / "EMPLOYMENT" / … (a CV in one <pre>): each its section
                if inner != title:
                    result.append(Block(BlockKind.HEADING, inner, min(level + 1, 6), block.section))
                result.append(
                    Block(BlockKind.PARAGRAPH, lines, block.level, (*block.section, inner or title))
                )
            continue
        result.append(block)
    return result


def _capital_titled(text: str, heading_kind) -> list[tuple[str, str]]:
    """*text* cut before each line that is a section title in capitals ("EMPLOYMENT"):
    (title or "", the lines under it) pairs, the first untitled."""
    pieces: list[tuple[str, list[str]]] = [("", [])]
    for line in text.split("\n"):
        bare = line.strip().rstrip(":")
        if (
            bare.isupper()
            and 0 < len(bare.split()) <= 5
            and pieces[-1][1]
            and heading_kind(bare) is not None
        ):
            pieces.append((bare, []))
            continue
        pieces[-1][1].append(line)
    return [(title, "\n".join(lines)) for title, lines in pieces if "".join(lines).strip()]


# A word processor's list exported as paragraphs: its bullet is a glyph ("·", "•", "▪").
_GLYPH_BULLET = re.compile(r"^[·•▪◦■□►➢✓\uf0b7\uf0a7\uf0d8]\s+")


def glyph_bulleted(blocks: list[Block]) -> list[Block]:
    """A paragraph opening with a bullet glyph (Word's "MsoListParagraph") is a list item,
    and so is each of a run of numbered paragraphs ("1. A (2018–2021), dir. B" / "2. C …",
    a word processor's numbered list)."""
    result = [
        Block(BlockKind.ITEM, _GLYPH_BULLET.sub("", b.text), b.level, b.section)
        if b.kind is BlockKind.PARAGRAPH
        and b.text[:1] in _BULLET_GLYPHS
        and _GLYPH_BULLET.match(b.text)
        else b
        for b in blocks
        for b in (bulleted_lines(b) if _BULLET_AFTER_BREAK.search(b.text) else (b,))
    ]
    numbered = [
        b.kind is BlockKind.PARAGRAPH and b.text[:1].isdigit() and bool(_NUMBERED.match(b.text))
        for b in result
    ]
    if sum(numbered) < 2:
        return result
    last = 0  # the number of the last numbered paragraph: a list may go on under a heading
    for index, block in enumerate(result):
        if not numbered[index]:
            continue
        number = int(_NUMBERED.match(block.text).group(1))
        if (
            number == last + 1
            or any(
                0 <= other < len(result)
                and numbered[other]
                and result[other].section == block.section
                for other in (index - 1, index + 1)
            )
            # "1. A …" alone under its heading (a CV's list of one, its numbering begun
            # again below each heading)
            or number == 1
            and 0 < index
            and result[index - 1].section != block.section
        ):
            text = _NUMBERED.sub("", block.text)
            result[index] = Block(BlockKind.ITEM, text, block.level, block.section)
        last = number
    return result


# A line opening with a bullet typed as text ("• ", "- ", "– ") inside one paragraph.
_LINE_BULLET = re.compile(r"(?m)^[·•▪◦■►➢\-–]\s+(?=\S)")
# … after a line break: the cheap test of every block (a literal line break leads it).
_BULLET_AFTER_BREAK = re.compile(r"\n[·•▪◦■►➢\-–]\s")
# A short label line closing on a colon ("Main advisor:", "Committee member:").
_LINE_LABEL = re.compile(r"^[^\W\d_][^:\n]{0,40}:$")
# ... or a label with its value on the line ("Président du jury : Pr A").
_LABELLED_LINE = re.compile(r"^[^\W\d_][^:\n]{0,40}\s?:\s*\S")


def bulleted_lines(block: Block) -> list[Block]:
    """A list typed as "• " or "- " lines inside one paragraph (``<p>• A<br>• B<br>``):
    each bulleted line is an item, the unbulleted lines after it continue it ("Advisor:
    X" under "- Ph.D., Y"), and a short label line alone ("Committee member:") is the
    heading of the bulleted lines under it.  Fewer than two bulleted lines: no list."""
    lines = block.text.split("\n")
    bulleted = [bool(_LINE_BULLET.match(line)) for line in lines]
    if sum(bulleted) < 2:
        return [block]
    out: list[Block] = []
    section = block.section
    entry: list[str] = []
    kind = block.kind

    def close() -> None:
        if entry:
            out.append(Block(kind, "\n".join(entry), block.level, section))
            entry.clear()

    for line, bullet in zip(lines, bulleted, strict=True):
        if bullet:
            close()
            kind = BlockKind.ITEM
            entry.append(_LINE_BULLET.sub("", line, count=1))
        elif _LINE_LABEL.match(line):
            close()
            title = line[:-1].strip()
            out.append(Block(BlockKind.HEADING, title, 7, block.section))
            section = (*block.section, title)
            kind = block.kind
        elif section != block.section and _LABELLED_LINE.match(line):
            # "Examinateurs :" / "– A" / "– B" / "Président du jury : C": a labelled line
            # after a label's bullets closes that label's list, its own entry.
            close()
            section, kind = block.section, block.kind
            entry.append(line)
            close()
        else:
            entry.append(line)
    close()
    return out


# "1. ", "12) " opening a paragraph: a numbered list's item written as paragraphs.
_NUMBERED = re.compile(r"^(\d{1,3})[.)]\s+(?=[^\W\d])")


_BULLET_GLYPHS = "·•▪◦■□►➢✓\uf0b7\uf0a7\uf0d8"
_LONE_NAME = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+(?:\s+[\w'’.-]+){1,3}$")


def _supervision_field(text: str) -> bool:
    """A card field naming a supervisor: a supervision cue, or a context cue written as a
    label ("responsable : A", "host: B")."""
    from crawler.extract.lexicon import LEXICON

    if LEXICON.pattern("SUPERVISION_CUES").search(text):
        return True
    if any(
        # "Thèse soutenue en 2022, co-dirigée avec B" (a bare "avec" is no cue)
        " " in m.group().strip()
        for m in LEXICON.pattern("COSUPERVISION_CUES").finditer(text)
    ):
        return True
    return any(
        m.group().endswith((":", "：")) or text[m.end() : m.end() + 2].lstrip()[:1] in (":", "：")
        for m in LEXICON.pattern("CONTEXT_CUES").finditer(text)
    )


def card_name_paragraphs(blocks: list[Block]) -> list[Block]:
    """A grid card's name field then its supervision field, each its own paragraph ("Ada
    Quill" / "Depuis 2023 — directrice de thèse : B"): one entry, "Ada Quill — Depuis …"."""
    from crawler.extract.persons import name_at_start, name_from_piece

    result: list[Block] = []
    skip = False
    for index, block in enumerate(blocks):
        if skip:
            skip = False
            continue
        body = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            body is not None
            and block.kind is BlockKind.PARAGRAPH
            and body.kind is BlockKind.PARAGRAPH
            and body.section == block.section
            and len(block.text) < 50
            and _LONE_NAME.match(block.text)
            and _supervision_field(body.text)
            and name_at_start(body.text) is None
            and name_from_piece(block.text) == block.text
        ):
            text = f"{block.text} — {body.text}"
            result.append(Block(body.kind, text, body.level, body.section))
            skip = True
            continue
        result.append(block)
    return result


def role_headed_paragraphs(blocks: list[Block]) -> list[Block]:
    """A supervision role set as a heading over one paragraph ("<h2>Main supervisor</h2>
    <p>Senior Researcher X, Dept. Y</p>"): the paragraph reads "Main supervisor: X, …"."""
    from crawler.extract.lexicon import LEXICON
    from crawler.extract.sections import heading_kind

    cues = LEXICON.pattern("SUPERVISION_CUES")
    result = list(blocks)
    for index in range(len(blocks) - 1):
        heading, body = blocks[index], blocks[index + 1]
        after = blocks[index + 2] if index + 2 < len(blocks) else None
        if (
            heading.kind is BlockKind.HEADING
            and body.kind is BlockKind.PARAGRAPH
            and (after is None or after.kind is BlockKind.HEADING)
            and len(heading.text.split()) <= 4
            and ":" not in body.text.split("\n")[0][:40]
            and cues.search(heading.text)
            and heading_kind(heading.text) is None  # "PhD supervision": the owner's students
        ):
            lines = body.lines
            if len(lines) > 1 and all(map(_name_line, lines)):
                # one name a line ("A (chair)" / "B" / "C"): the label's list of people
                text = f"{heading.text}: {', '.join(line.strip() for line in lines)}"
            else:
                text = f"{heading.text}: {body.text}"
            result[index + 1] = Block(body.kind, text, body.level, body.section)
    return result


def _name_line(line: str) -> bool:
    """A line holding a person's name alone, or with a bracketed note ("A (chair)")."""
    from crawler.extract.persons import name_from_piece

    line = re.sub(r"\s*\([^()]{1,30}\)\s*$", "", line.strip())
    return len(line) <= 50 and name_from_piece(line) == line


# The thesis-record tags of EPrints and Dublin Core, read as their Highwire equivalents.
_HIGHWIRE_OF = {
    "citation_author": ("eprints.creators_name", "dc.creator"),
    "citation_date": ("eprints.date", "dc.date"),
    "citation_dissertation_institution": ("eprints.institution",),
}
_RECORD_TAGS = ("eprints.type", "dc.type", *(n for names in _HIGHWIRE_OF.values() for n in names))


def _thesis_tagged(meta: dict) -> bool:
    """The page's record type says thesis ("eprints.type" = thesis; "DC.type" = Thesis)."""
    kind = f"{meta.get('eprints.type', '')} {meta.get('dc.type', '')}".lower()
    return "thes" in kind or "dissertation" in kind


def _meta(root) -> dict:
    meta: dict = {}
    for element in root.iter("meta"):
        key = (element.get("name") or element.get("property") or "").lower()
        if key in (
            "author",
            "og:title",
            "og:site_name",
            "citation_author",
            # Highwire tags of a thesis record: its year and degree-granting institution
            "citation_date",
            "citation_publication_date",
            "citation_dissertation_institution",
            # (and its author's own unit: HAL's "citation_author_institution", the lab)
            "citation_author_institution",
            "profile:first_name",
            "profile:last_name",
            "twitter:title",
            "description",
            *_RECORD_TAGS,
        ):
            meta.setdefault(key, _clean(element.get("content") or ""))
            if key == "citation_author" and (author := _clean(element.get("content") or "")):
                # every author of a scholarly record, in order ("; " between them)
                authors = meta.get("citation_authors")
                meta["citation_authors"] = f"{authors}; {author}" if authors else author
    if "citation_author" not in meta and _thesis_tagged(meta):
        # An EPrints or Dublin Core thesis record: its tags in Highwire's names.
        for highwire, names in _HIGHWIRE_OF.items():
            value = next((meta[n] for n in names if meta.get(n)), None)
            if value:
                meta.setdefault(highwire, value)
    for link in root.iterfind(".//a[@rel='author']"):
        # a CMS's post byline ("par <a rel=author>A</a>"): the post's writer, kept apart
        # from the page's own subject (a defence post's candidate)
        meta.setdefault("rel:author", _clean("".join(link.itertext())))
        break
    if "author" not in meta and meta.get("dc.creator") and not _thesis_tagged(meta):
        # a blog post's Dublin Core creator (a research notebook's platform writes it, no
        # author tag): the post's writer
        meta["author"] = meta["dc.creator"]
    for script in root.iter("script"):
        if (script.get("type") or "").lower() == "application/ld+json" and script.text:
            try:
                data = json.loads(script.text)
            except ValueError:
                continue
            for item in data if isinstance(data, list) else [data]:
                if not isinstance(item, dict):
                    continue
                if item.get("@type") == "Person" and isinstance(item.get("name"), str):
                    meta.setdefault("jsonld:person", item["name"])
                author = item.get("author")
                if isinstance(author, dict) and isinstance(author.get("name"), str):
                    meta.setdefault("jsonld:author", author["name"])
    spelled = " ".join(_NAMING_ATTRIBUTES(root)).lower()
    hinted = any(hint in spelled for hint in _NAMING_HINTS)
    for element in root.iter() if hinted else ():
        if not isinstance(element.tag, str):
            continue
        classes = _classes(element)
        if "author__name" in classes or (
            element.get("itemprop") == "name"
            and not _byline_name(element)
            and not _names_other_thing(element)
        ):
            meta.setdefault("profile:name", _clean(_text_content(element)))
        elif _is_brand(classes):
            # The site's name in the header ("<a class=navbar-brand>Jane Doe</a>"), read
            # before navigation is dropped.
            brand = _clean(_text_content(element))
            if 0 < len(brand) <= 60:
                meta.setdefault("brand", brand)
    if "ltx_role_author" in spelled and "author" not in meta:
        # A LaTeXML document's creator block ("<span class=ltx_personname>A</span>"): a
        # thesis has one author, its owner; a paper's several authors name no owner
        creators = _LATEXML_AUTHORS(root)
        name = _clean(_text_content(creators[0])) if len(creators) == 1 else ""
        if name and "," not in name and " and " not in name:
            meta["author"] = name  # (an IEEE paper's one block "A, Member, IEEE, and B")
    h1 = root.find(".//h1")
    if h1 is not None and "logo" in (h1.get("class") or ""):
        # A research-profile system's logo set as the first <h1> (VIVO): the page's own
        # headline is the next one.
        h1 = next(iter(_LATER_H1(root)), h1)
    if h1 is not None:
        meta["h1"] = _headline_text(h1)
    for footer in root.iter("footer"):
        # "© 2025 Jane Doe · Built with Jekyll": the site's author, read before footers go.
        # (its elements' texts apart: "<div>… DuraSpace</div><div>Contact Us</div>")
        text = _clean(" ".join(footer.itertext()))
        mark = _COPYRIGHT.search(text)
        if mark:
            meta.setdefault("copyright", mark.group("name").strip())
            if ". " in text[mark.end() : mark.end() + 2] and (
                post := _COPYRIGHT_POST.match(text, mark.end())
            ):
                # "© 2026 A. Associate Professor, School of X, University Y. Powered by
                # Jekyll": the owner's own post, between the name and the theme's credit
                meta.setdefault("copyright_post", post.group("post"))
        if "(" in text or " is the " in text or " est l" in text:
            # "NIAS is the Northwood Institute …", "Institut X (IX) – UMR 5521": the footer
            # spells out the acronyms the page uses (read for them only; footers go).
            meta["footer"] = f"{meta.get('footer', '')}\n{text}"
    return meta


_LATER_H1 = etree.XPath("(//h1)[position() > 1][not(contains(@class, 'logo'))]")
_HEADLINE_TAIL_CLASS = re.compile(r"(?i)title|position|subtitle|role")


def _headline_text(h1) -> str:
    """The headline without a position set beside the name in its own element ("<h1>Quill,
    Ada <span class=display-title>Professor</span></h1>", "<small>Professor</small>")."""
    tail = h1[-1] if len(h1) else None
    if (
        tail is not None
        and isinstance(tail.tag, str)
        and (tail.tag == "small" or _HEADLINE_TAIL_CLASS.search(tail.get("class") or ""))
        and not (tail.tail or "").strip()
        and (h1.text or "").strip()
    ):
        return _clean(h1.text)
    return _clean(_text_content(h1))


# The owner's post after the copyright's name, before the site's credits.
_COPYRIGHT_POST = re.compile(
    r"\.\s+(?P<post>[A-Z][^.©|·•]{8,160}?)\.\s+"
    r"(?=(?:Powered|Built|Hosted|Made|Last\s+updated|Site|Theme|Propulsé|Mis\s+à\s+jour)\b)"
)
_COPYRIGHT = re.compile(
    r"(?:©|\(c\)|\bcopyright\b)\s*(?:©\s*)?(?:(?:19|20)\d\d(?:\s*[-–]\s*(?:19|20)\d\d)?\s*,?\s*)?"
    r"(?P<name>[^·•|,.;\n©]{3,60})",
    re.IGNORECASE,
)


# What an element's class, id or itemprop must spell (in lower case) for ``_meta`` to read
# its name ("name" covers "author__name" and itemprop="name"): most pages spell none of it
# in any of those attributes, and then no element needs a look.
_NAMING_HINTS = ("name", *sorted(BRAND_CLASSES))
_NAMING_ATTRIBUTES = etree.XPath("//@class|//@id|//@itemprop", smart_strings=False)
_LATEXML_AUTHORS = etree.XPath(
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' ltx_role_author ')]"
    "//*[contains(concat(' ', normalize-space(@class), ' '), ' ltx_personname ')]"
)


# An article's byline ("Écrit par <span itemprop=name>Webmaster</span>" in a CMS's
# createdby field): its writer's name, not the profile's person.
_BYLINE_CLASSES = frozenset(("createdby", "byline", "modifiedby", "article-info", "post-author"))


def _byline_name(element) -> bool:
    parent = element.getparent()
    for _ in range(3):
        if parent is None:
            return False
        if not _BYLINE_CLASSES.isdisjoint(_classes(parent).lower().split()):
            return True
        parent = parent.getparent()
    return False


def _names_other_thing(element) -> bool:
    """An ``itemprop="name"`` inside an item of no person (a blog's "BlogPosting", an item
    marked only ``itemprop="blogPost"``, an "Organization"): the title of a post or a
    body, not the page's person."""
    scope = next(
        (a for a in element.iterancestors() if a.get("itemscope") is not None or a.get("itemprop")),
        None,
    )
    kind = (scope.get("itemtype") or scope.get("itemprop") or "") if scope is not None else ""
    return bool(kind) and not re.search(r"(?i)person|author", kind)


@lru_cache(maxsize=4096)
def _is_brand(classes: str) -> bool:
    return not BRAND_CLASSES.isdisjoint(classes.lower().split())


_LATEX_WRAPPER = re.compile(r"\\(?:textsc|textbf|textit|textrm|textsf|emph|mbox)\{([^{}]*)\}")


def _clean(text: str) -> str:
    return " ".join(text.replace("\u200b", "").split())


CARRIED_ROWS = 8  # rows a label cell may stand over, the cells under it left empty
CARRIED_LABEL_CHARS = 40


def _carried_label(cell) -> str | None:
    """The label of the nearest row above whose label cell is filled, when *cell* is the
    empty label cell of a two-cell row in a table of two-cell rows, else None."""
    row = cell.getparent()
    if row is None or len(row) != 2:
        return None
    above = row.getprevious()
    for _ in range(CARRIED_ROWS):
        if above is None or above.tag != "tr" or len(above) != 2:
            return None
        label = _clean(_text_content(above[0]))
        if label:
            return label if len(label) <= CARRIED_LABEL_CHARS else None
        above = above.getprevious()
    return None


def _row_label(cell) -> bool:
    """*cell* follows its row's only header cell: a key/value row of an infobox or a
    profile table ("<th>Doctoral advisor</th><td>X</td>") reads "Doctoral advisor: X"."""
    previous = cell.getprevious()
    return (
        previous is not None
        and isinstance(previous.tag, str)
        and previous.tag.lower() == "th"
        and (previous.getprevious() is None or _paired_row(cell.getparent()))
        and not _text_content(previous).rstrip().endswith(":")
    )


def _paired_row(row) -> bool:
    """ "<th>Nom</th><td>A</td><th>Prénom</th><td>B</td>": a form's row of label and value
    cells side by side (an application's identity table), each value after its label."""
    tags = [c.tag.lower() if isinstance(c.tag, str) else "" for c in row]
    return len(tags) >= 4 and len(tags) % 2 == 0 and tags == ["th", "td"] * (len(tags) // 2)


# CV builders nest one entry's lines as a one-column table in the row's cell ("<td>2019 –
# present</td><td><table><tr><td>Professor</td></tr><tr><td>University X</td></tr>…"): a
# row whose nested tables only stack a few one-cell rows is one entry, not page layout.
_STACKED_ROWS = 8
_NESTED_ROWS = etree.XPath(".//table//tr")
_NESTED_HEADINGS = etree.XPath(".//h1|.//h2|.//h3|.//table//table")


def _stacked_cell_row(row) -> bool:
    rows = _NESTED_ROWS(row)
    return (
        0 < len(rows) <= _STACKED_ROWS
        and all(len(r) == 1 for r in rows)
        and not _NESTED_HEADINGS(row)
    )


# A "row" or "item" holding headings, lists or tables is page layout, not one entry: an
# element with one of these below it (a list nested two deep: "ul/li/ul").
_LAYOUT_TAGS = ("h1", "h2", "h3", "table")


def _nested_lists(root):
    """Each list holding a list nested two deep ("ul/li/ul"): the outer list of every inner
    one (a walk over the page's few lists, not an XPath test of every node)."""
    for inner in root.iter("ul"):
        item = inner.getparent()
        if item is not None and item.tag == "li":
            outer = item.getparent()
            if outer is not None and outer.tag == "ul":
                yield outer


def _titled_groups(root):
    """A list item that opens with a small heading over a list of its own ("<li><h6>PhD
    graduates</h6><ul><li>A (PhD 2023)</li>…</ul></li>", a CV theme's card of groups): the
    heading titles the inner list, so the item is layout, not one entry (the inner list is
    yielded: its ancestors are the containers).  Only the heading and the list: a paper's
    item ("<h4>Title</h4><div>authors</div><ul>meta</ul>") stays one entry."""
    for inner in root.iter("ul", "ol"):
        item = inner.getparent()
        if item is None or item.tag != "li":
            continue
        children = [child for child in item if isinstance(child.tag, str)]
        first = children[0] if len(children) == 2 and children[1] is inner else None
        if (
            first is not None
            and first.tag in HEADINGS
            and not (item.text or "").strip()
            and len(_text_content(first)) <= 60
        ) or (first is not None and _group_label(first)):
            yield inner


# The boxes a site builder writes a list item's own line in ("<li><p><span>Co-advisor
# </span></p><ul>…</ul></li>", Google Sites' nested lists).
_LABEL_BOXES = frozenset(("p", "div", "span", "strong", "b"))
GROUP_LABEL_WORDS = 8


def _group_label(element) -> bool:
    """A list item's opening line titling the list nested under it ("<li><p>Master's
    students</p><ul><li>A, MS 2023</li>…</ul></li>"): the item is a group, not one entry.
    A title of a known section kind; any short title in a list itself nested ("Doctoral
    students" › "Primary advisor"): a paper's item titles itself at more length or dated."""
    item = element.getparent()
    if (
        element.tag not in _LABEL_BOXES
        or item is None
        or item.tag != "li"
        or element.getprevious() is not None
        or (item.text or "").strip()
        or len(item) != 2
        or (inner := element.getnext()) is None
        or inner.tag not in ("ul", "ol")
        or not len(inner)
    ):
        return False
    text = _clean(_text_content(element))
    if (
        not text
        or len(text.split()) > GROUP_LABEL_WORDS
        or text[-1] in ".,;!?"
        or any(ch.isdigit() for ch in text)
    ):
        return False
    from crawler.extract.sections import heading_kind

    outer = item.getparent()
    nested = outer is not None and (upper := outer.getparent()) is not None and upper.tag == "li"
    return nested or heading_kind(text.rstrip(" :")) is not None


_LAYOUT_CONTENT = etree.XPath("//*[@id='layout-content']")  # jemdoc's content column
# A toggle list (Notion, Hugo/Docusaurus collapsibles): an item that is all one <details>,
# its <summary> the title of the section the toggle folds away.
_TOGGLES = etree.XPath("//li[not(normalize-space(text()))][count(*)=1]/details/summary")
# A site builder's accordion list (Squarespace: "<li class=accordion-item><h4><button
# aria-expanded>PhD graduates</button></h4><div>pane</div></li>"): the item is layout, its
# button the title of the pane, as a toggle's <summary> is.
_ACCORDION_ITEMS = etree.XPath(
    "//li[contains(@class, 'ccordion')]/*[self::h2 or self::h3 or self::h4 or self::h5"
    " or self::h6 or self::div]/button[@aria-expanded]"
)


def _may_spell(source: str | None, value: str) -> bool:
    """False only when no attribute of the page can equal *value*: the page source does not
    write it, nor any numeric character reference that could hide it (the parser's named
    entities spell no ASCII letter).  Cheaper than a page-wide search for the attribute."""
    return source is None or value in source or "&#" in source


# (or a whole list in one cell: a layout table holding a section's list of entries; or two
# paragraphs of prose: a generated homepage's table row holding the bio beside the photo;
# or a site builder's tile writing each line as a bare div: a section, not one entry)
_LAYOUT_ROW = (
    "count(.//p) + count(.//br) + count(.//div[not(*[self::div or self::p])]) > 6"
    " or count(.//li) > 2"
    " or count(.//p[string-length(normalize-space(.)) > 150]) > 1"
)
_LAYOUT_ROW_XPATH = etree.XPath(_LAYOUT_ROW)


def _keyed_list_row(row) -> bool:
    """An infobox's key and its values: "<th>Doctoral students</th><td><ul><li>A</li>
    <li>B</li><li>C</li></ul></td>" (a wiki's plain list in the data cell) is one field,
    however many values its list holds, not a layout row."""
    return (
        len(row) == 2
        and row[0].tag == "th"
        and row[1].tag == "td"
        and len(_text_content(row[0]).strip()) <= 40
        and not _NESTED_TABLE(row[1])
    )


_NESTED_TABLE = etree.XPath("boolean(.//table|.//h1|.//h2|.//h3|.//h4)")


def _layout_containers(root, source: str | None = None) -> set:
    """Every element holding a layout mark below it, found in one pass over the page rather
    than one search per list item.  (The set holds the elements, so lxml hands the walk
    these same objects.)"""
    containers: set = set()
    marks = [*root.iter(*_LAYOUT_TAGS), *_nested_lists(root)]
    marks.extend(_titled_groups(root))
    if _may_spell(source, "layout-content"):
        marks.extend(_LAYOUT_CONTENT(root))
    if source is None or "<details" in source:
        marks.extend(_TOGGLES(root))
    if _may_spell(source, "aria-expanded"):
        marks.extend(_ACCORDION_ITEMS(root))
    for mark in marks:
        for ancestor in mark.iterancestors():
            if ancestor in containers:
                break
            containers.add(ancestor)
    return containers


# A container with the page's main content inside is not chrome, whatever its class says
# (Quarto's "page-navbar" layout div holds the whole page).
_CONTENT_INSIDE = ".//main|.//article|.//h1|.//h2|.//h3"
_CONTENT_INSIDE_XPATH = etree.XPath(_CONTENT_INSIDE)
_STANDFIRST_CLASS = re.compile(r"(?i)(?:^|[\s_-])(?:subtitle|standfirst|dek)(?:$|[\s_-])")


_DATED_SUBTITLE = re.compile(r"\b(?:19|20)\d\d\b")


def _standfirst(element) -> bool:
    """A heading classed as its headline's subtitle, right after the page's <h1> (or a
    card's: "<h5 class=card-title>A</h5><h6 class=card-subtitle>PhD 1994 (advisor B)</h6>",
    a line of the card's text under its title)."""
    before = element.getprevious()
    return (
        before is not None
        and bool(_STANDFIRST_CLASS.search(element.get("class") or ""))
        and (
            before.tag == "h1"
            # (a dated line only: "Graduate Student", "University X" title the card's person)
            or before.tag in HEADINGS
            and HEADINGS[before.tag] < HEADINGS.get(element.tag, 0)
            and _DATED_SUBTITLE.search(_text_content(element)) is not None
        )
    )


_PAGE_INSIDE_XPATH = etree.XPath(".//main|.//article|.//h1")


def _titled_thread(element) -> bool:
    """Readers' responses under their own title ("<section class=responses><h2>Responses
    (6)</h2>…"): a thread's heading is no page content, the thread is dropped."""
    return _thread(element) and not _PAGE_INSIDE_XPATH(element)


# A <form> around the page's title or main content wraps the page (ASP.NET WebForms:
# SharePoint, DotNetNuke, older Sitefinity post the whole page back), so it is read; any
# other form (search, login, contact) is dropped.
# (a JSF page's form wraps its whole content: section headings over their lists and tables)
# (and a listing's form around its table of rows, to select or export them: a citation
# profile's articles table, "Title | Cited by | Year", posts back its ticked rows)
_PAGE_FORM_XPATH = etree.XPath(
    ".//main|.//article|.//h1|.//h2[following-sibling::*[1][self::table or self::ul or self::ol]]"
    "|self::*[not(.//input[@type='password'])]//table[tr[4] or tbody/tr[4]][.//td//a]"
)


# "Section B2: ", "Part 3. ": a form's numbering before its section title.
_FORM_NUMBER = re.compile(r"^(?:section|part|module)\s+[A-Z]?\d{1,2}\s*[:.]\s+", re.I)
# A report's numbered section title ("IV. Graduate Student Supervision", "B. Teaching").
_ROMAN_NUMBER = re.compile(r"^(?:[IVX]{1,5}|[A-H])\.\s+(?=[A-Z])")
# A title and its qualifier after a dash ("Scholarly Works — Refereed Journal Articles").
_TITLE_DASH = re.compile(r"\s[—–]\s")


# A repository's full item record (DSpace "Show full item record"): one row per qualified
# metadata field, "dc.contributor.advisor | Quill, Ada | en".
_FIELD_KEY = re.compile(r"[a-z]+(?:\.[a-zA-Z]+)+")
_LANGUAGE_CELL = re.compile(r"(?:[a-z]{2,3}(?:[_-][A-Za-z]{2})?|\*)?")
_CAMEL = re.compile(r"(?<=[a-z])(?=[A-Z])")
_AGENT_ELEMENTS = ("contributor", "creator")
_GENERIC_SCHEMAS = ("dc", "dcterms", "local", "datacite", "oaire", "person")


def _caption_row(row) -> bool:
    """A table's first row, one cell spanning the table, over at least two label/value rows
    (a newsletter's defence box: the candidate and date over "Direction", "Jury")."""
    cell = row[0]
    if cell.tag not in CELL_TAGS or not (cell.get("colspan") or "").strip().isdigit():
        return False
    if int(cell.get("colspan")) < 2 or row.getprevious() is not None:
        return False
    rows = [r for r in row.itersiblings() if r.tag == "tr"]
    return len(rows) >= 2 and all(
        len(r) == 2 and r[0].tag in CELL_TAGS and r[1].tag in CELL_TAGS for r in rows
    )


def _metadata_row(row) -> str | None:
    """A qualified metadata field's row as a labelled line ("Advisor: Quill, Ada"; "Thesis
    degree grantor: University X"), its language cell dropped; None for any other row.  A
    generic schema prefix goes ("dc."), and a contributor's qualifier is its role
    ("dc.contributor.advisor" is the advisor)."""
    first = row[0]
    if not isinstance(first.tag, str) or first.tag not in CELL_TAGS:
        return None
    key = _clean(_text_content(first))
    if "." not in key or not _FIELD_KEY.fullmatch(key):
        return None
    cells = [_clean(_text_content(cell)) for cell in row[1:]]
    if len(cells) == 2 and not _LANGUAGE_CELL.fullmatch(cells[1]):
        return None
    parts = key.split(".")
    if parts[0] in _GENERIC_SCHEMAS:
        parts = parts[1:]  # ("thesis.degree.grantor" keeps its "thesis")
    agent = len(parts) > 1 and parts[0] in _AGENT_ELEMENTS
    if agent:
        parts = parts[1:]
    label = " ".join(_CAMEL.sub(" ", part).lower() for part in parts)
    if label == "other" and cells[0].endswith(")") and _jury_role_bracket(cells[0]):
        label = "jury"  # "dc.contributor.other | Quill, Ada (Rapporteure)": a jury member
    value = cells[0]
    if (
        agent
        and label not in ("other", "jury")
        and "," in value
        and (turned := _AGENT_TURNED.fullmatch(value))
    ):
        # "dc.contributor.advisor | Quill Moreno, Ada María": one person a row, turned
        # round here (two given names would read as a second person after the comma)
        value = f"{turned['given']} {turned['family']}{turned['rest'] or ''}"
    return f"{label[:1].upper()}{label[1:]}: {value}" if value else None


# A repository row's one "Family, Given" person (particles in the family part, given names
# capitalised), a bracketed role after it.
_AGENT_TURNED = re.compile(
    r"(?P<family>(?:(?:de|del|della|di|da|dos|das|van|von|der|den|la|le)\s+)*[A-ZÀ-Þ][\w'’-]+"
    r"(?:\s+(?:(?:de|del|di|da|dos|das|van|von|der|den|la|le|y|e|i)\s+)*[A-ZÀ-Þ][\w'’-]+){0,3})"
    r",\s*(?P<given>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2})(?P<rest>\s*\([^()]*\))?"
)


_CLOSING_BRACKET = re.compile(r"\(([^()]{3,40})\)$")


def _jury_role_bracket(value: str) -> bool:
    """Whether *value* closes on a bracketed jury role ("Quill, Ada (Présidente du jury)")."""
    from crawler.extract.lexicon import LEXICON

    bracket = _CLOSING_BRACKET.search(value)
    return bracket is not None and any(
        pattern.search(bracket.group(1)) for pattern in LEXICON.jury_role_patterns.values()
    )


ADVISOR_TITLE_CHARS = 24
_ADVISOR_TITLE = re.compile(
    r"(?i)(?:(?:ph\.?\s?d\.?|doctoral|thesis|research)\s+)?(?:advis[eo]rs|supervisors)"
)


# A degree's dotted abbreviation alone on its line ("Ph.D.", "M.Sc.", "M.Phil."): a
# sub-title over the students of that degree, its full stop no sentence's end.
_DOTTED_DEGREE = re.compile(r"[A-Z][A-Za-z]{0,3}\.(?:\s?[A-Z][A-Za-z]{0,3}\.)+")


DEGREE_SUBTITLE_CHARS = 8


def _students_section(titles: tuple) -> bool:
    from crawler.extract.sections import heading_kind

    if titles and _DOTTED_DEGREE.fullmatch(titles[-1]):
        titles = titles[:-1]  # "M.Sc." after "Ph.D.": the sibling sub-title
    return bool(titles) and heading_kind(titles[-1]) == "students"


def _label_heading(text: str) -> bool:
    from crawler.extract.sections import SectionKind, heading_kind

    if text[:1] in "SsPpMm" and _FORM_NUMBER.match(text):
        text = _FORM_NUMBER.sub("", text)
    elif text[:1] in "IVXABCDEFGH" and "." in text[:6]:
        text = _ROMAN_NUMBER.sub("", text)
    if (
        (dash := _TITLE_DASH.search(text)) is not None
        and len(text.split()) <= 8
        and text[-1] not in ".,;:!?)"
        and not any(ch.isdigit() for ch in text)
    ):
        text = text[: dash.start()]
    if text.count("\n") >= 2:
        return False  # "Accueil\nCV\nPublications": a column of menu links, a line each
    words = text.split()
    # A title in capitals may be long ("SUPERVISION OF GRADUATE STUDENTS AND POSTDOCTORAL
    # FELLOWS", a European CV form's own section titles).
    longest = 10 if text.isupper() else 4
    return (
        0 < len(words) <= longest
        and len(text) <= 20 * longest
        and text[-1] not in ".,;:!?"
        and not any(ch.isdigit() for ch in text)
        and ": " not in text  # "Reviewer: A (Place)": a field and its value, no title
        and (kind := heading_kind(text)) is not None
        and not (kind is SectionKind.EMPLOYMENT and _one_post_title(text))
    )


def _one_post_title(text: str) -> bool:
    """The line ends on one person's post ("Leverhulme Early Career Fellow" under a card's
    name): a member's title, though a section word ("career") stands in it."""
    from crawler.extract.lexicon import LEXICON

    posts = list(LEXICON.pattern("POSITIONS").finditer(text))
    return bool(posts) and posts[-1].end() == len(text) and not posts[-1].group().endswith("s")


_FIRST_TEXT = etree.XPath("(.//text()[normalize-space()])[1]")


def _titled_tile(row) -> bool:
    """A one-cell row opening on a bold section title alone on its line ("<div><b>Publications
    récentes</b></div>" over the list): a site builder's tile holding a whole section, whose
    lines are the section's entries, not one table entry."""
    first = _FIRST_TEXT(row)
    if not first or first[0].is_tail:
        return False
    bold = first[0].getparent()
    line = bold.getparent()
    if bold.tag not in _TITLE_TAGS or line is None or line.tag not in ("div", "p"):
        return False
    title = _clean(_text_content(bold))
    return _clean(_text_content(line)) == title and _label_heading(title)


# "Ph.D. Guided: 6 (Completed), 3 (Ongoing)" (an Indian faculty page): a label and its
# counts over the list or table of those students.
_COUNTED_LABEL = re.compile(
    r"([^:\n\d]{3,40}?)\s*:\s*\d{1,3}(?:\s*\([A-Za-z ]{1,20}\))?"
    r"(?:\s*[,;/&+]\s*\d{1,3}(?:\s*\([A-Za-z ]{1,20}\))?)*"
)


QUALIFIED_LABEL_CHARS = 80
RUN_IN_LABEL_CHARS = 60  # "Postdoctoral researchers I have hosted."


def _students_label(text: str) -> bool:
    """A short paragraph naming a list of supervised people ("Current doctoral researchers")."""
    from crawler.extract.sections import SectionKind, heading_kind

    return (
        len(text.split()) <= 4
        and _label_heading(text)
        and heading_kind(text) is SectionKind.STUDENTS
    )


_EDIT_LINK = re.compile(r"\[\s*(?:edit|edit source|modifier|modifier le code)\s*\]\s*$", re.I)
# A superscript after an author's name holding only affiliation numbers, contribution or
# correspondence marks, or one-letter marks ("Heskett<sup>2,*</sup>", "Okafor L<sup>a</sup>",
# "Quill<sup>a,b</sup>"): a note on the name, not part of it.  ("M<sup>me</sup>" stays.)
_NAME_MARK_SUP = re.compile(
    r"[\d*†‡§¶#✉,\s]{0,12}(?:[a-z](?:[\d*†‡§¶#]|\s*,\s*[a-z\d*†‡§¶#]){0,4})?\s*"
)
_GLUE_LINES = frozenset(("span", "div", "small"))
# A person card's field spans inside one link or box ("<span class=portrait-name>Ada
# Quill</span><span class=portrait-role>PhD Student</span><span class=portrait-description>
# 2021 – present</span>", Jekyll lab themes): the field its class names, each a line.
_CARD_FIELD_CLASS = re.compile(
    r"(?:^|[\s_-])(name|role|position|description|desc|subtitle|status|years|dates)(?:$|\s)"
)
_NEXT_FIELDS = {
    "name": frozenset(("role", "position", "description", "desc", "subtitle", "status")),
    "role": frozenset(("description", "desc", "status", "years", "dates")),
    "position": frozenset(("description", "desc", "status", "years", "dates")),
}


def _card_field_break(element) -> bool:
    """A card's name (or role) span followed by its next field's span: a line break."""
    if (element.tail or "").strip():
        return False
    field = _CARD_FIELD_CLASS.search(element.get("class") or "")
    if field is None or field.group(1) not in _NEXT_FIELDS:
        return False
    following = element.getnext()
    if following is None or following.tag not in _GLUE_LINES:
        return False
    other = _CARD_FIELD_CLASS.search(following.get("class") or "")
    return other is not None and other.group(1) in _NEXT_FIELDS[field.group(1)]


def _linked_card(element) -> bool:
    """A box holding one link that is a person's card (its name span, then a role span):
    one entry, as a card of field boxes is (_name_card)."""
    if len(element) != 1 or element[0].tag != "a":
        return False
    for child in element[0]:
        if child.tag == "span" and child.get("class"):
            return _card_field_break(child) and bool(_LONE_NAME.match(_clean(child.text or "")))
    return False


_ACCORDION_CLASS = re.compile(r"(?i)accordion|collaps")
ACCORDION_TITLE_CHARS = 80


def _accordion_title(element) -> bool:
    """A button that opens an accordion's pane (``aria-expanded``, an accordion class),
    its text a short title."""
    # (Bootstrap's toggle attribute says it as well as the class: "<button class=btn-link
    # data-toggle=collapse data-target=#pane>Education</button>")
    toggle = element.get("data-toggle") or element.get("data-bs-toggle")
    if element.get("aria-expanded") is None and toggle is None:
        return False
    if not _ACCORDION_CLASS.search(element.get("class") or "") and (
        toggle is None or not _ACCORDION_CLASS.search(toggle)
    ):
        return False
    title = _clean(_text_content(element))
    return 0 < len(title) <= ACCORDION_TITLE_CHARS


_YEAR_AT_END = re.compile(r"(?<!\d)(?:19|20)\d\d$")
_COLUMN_CLASS = re.compile(r"(?:^|\s)(?:flex-column|flex-col)(?:\s|$)")
# A card's badges, chips or pills, one field each ("<span class='badge'>PhD Student</span>
# <span class='badge'>Advisor: A</span>", a people page built from front matter).
_BADGE_CLASS = re.compile(r"(?:^|[\s_-])(?:badge|chip|pill|tag)(?:$|[\s_-])")
_TITLE_TAGS = frozenset(("b", "strong", "font"))
# A span styled bold in its own ``style`` (site builders, hand-written pages faking their
# headings: ``<span style="font-size:20px;font-weight:bold">Education</span>``).
_BOLD_STYLE = re.compile(r"font-weight\s*:\s*(?:bold|[6-9]00)")


def _styled_title(element) -> bool:
    style = element.get("style")
    return style is not None and "font-weight" in style and _BOLD_STYLE.search(style) is not None


_ROMAN_BEFORE_SUP = re.compile(r"\b[IVXLC]+$")
_NAME_BEFORE_SUP = re.compile(r"(?:[^\W\d_]{2,}|\b[A-Z]\.?)\s*$")


LABEL_PARTS = 4  # a field label's block holds a few words, no nested markup
_CARD_FIELDS = frozenset(("p", "div", "span"))
CARD_FIELDS = 5  # a name, a role with years, a topic, a note or two: a card, not a section
# A field holding more than inline text (a list, a heading, a nested box): no card's line.
# (Drupal's views fields wrap their value in one more div of inline text: "<div
# class=views-field><div class=field-content><a>Ada Quill</a></div></div>", still a line;
# so is a site builder's field box around one paragraph: "<div class=image-subtitle><p>PhD
# student (2021–)</p></div>".)
_NESTED_BOX = etree.XPath(
    "boolean(./*/*[not(self::b or self::strong or self::a or self::em or self::i or "
    "self::span or self::small or self::br or self::sup or self::time or self::code or "
    "self::div[contains(@class, 'field-content')][not(./*[not(self::a or self::span or "
    "self::em or self::b or self::strong or self::i)])] or "
    "self::p[count(../*) = 1][not(./*[not(self::a or self::span or self::em or self::b or "
    "self::strong or self::i or self::br)])])])"
)


# A degree written after a card's name ("Ada Quill, M.Sc.", "Zed Marlow, PhD").
_DEGREE_AFTER_NAME = re.compile(r",\s*([\w.]+)\s*$")


def _without_degree(name: str) -> str:
    """*name* without its trailing post-nominal degree (a team page's doctoral student)."""
    from crawler.names import SUFFIXES

    match = _DEGREE_AFTER_NAME.search(name)
    if match is None or match.group(1).lower() not in SUFFIXES:
        return name
    return name[: match.start()]


def _name_card(element) -> bool:
    """A grid card: a few one-line fields, the first a person's name alone ("Priya Holt" /
    "Ph.D. student, 2021–" / "Levee reliability"): one entry, its fields the lines, so
    the years and the note on the second line belong to the name on the first."""
    if not 2 <= len(element) <= CARD_FIELDS:
        return False
    if any(child.tag not in _CARD_FIELDS for child in element):
        return False
    name = _clean(_text_content(element[0]))
    if "," in name:
        name = _without_degree(name)
    if not (4 <= len(name) <= 50 and _LONE_NAME.match(name)) or _NESTED_BOX(element):
        return False
    from crawler.extract.persons import name_from_piece
    from crawler.extract.sections import heading_kind

    # ("Dr. Lucia Fontanarossa": the title before the name)
    found = name_from_piece(name)
    return found is not None and name.endswith(found) and heading_kind(name) is None


# A thesis portal's card box (a person page's "Thèses dirigées", "Rapporteur" tabs): its
# title a small heading, then "par A" and "sous la direction de B et de C" fields.
_THESIS_CARD_PARTS = frozenset(("p", "div", "span", "a", "h3", "h4", "h5", "h6"))
_BYLINE_FIELD = re.compile(r"^(?:par|by)\s+[A-ZÀ-Þ]")
_DIRECTION_FIELD = re.compile(
    r"(?i)^(?:sous\s+la\s+(?:co-?)?direction\s+d|(?:co-?)?dirigée?\s+par|supervised\s+by)"
)


def _thesis_card_box(element) -> bool:
    """A thesis listing's card box ("Soutenue" / <h3>Title</h3> / "par A" / "sous la
    direction de B" / "Thèse de doctorat … soutenue le 09-12-2021"): one entry, so the
    student, the advisors and the defence stay together (and the title is no section)."""
    if not 3 <= len(element) <= CARD_FIELDS + 2:
        return False
    if any(child.tag not in _THESIS_CARD_PARTS for child in element) or _NESTED_BOX(element):
        return False  # (a wrapper of boxes: no field's text read)
    fields = [_clean(_text_content(child)) for child in element]
    byline = next((i for i, f in enumerate(fields) if _BYLINE_FIELD.match(f)), None)
    return (
        byline is not None
        and byline + 1 < len(fields)
        and _DIRECTION_FIELD.match(fields[byline + 1]) is not None
    )


_LABELLED_CELL = re.compile(r"[A-Z][a-z]{2,15}:\s\S")


def _provenance_cell(text: str) -> bool:
    """ "Source: X HR feed" (the lexicon's record source labels, then a colon)."""
    from crawler.extract.lexicon import LEXICON

    label = LEXICON.pattern("RECORD_SOURCE_LABELS").match(text.strip())
    return label is not None and text.strip()[label.end() :].lstrip()[:1] == ":"


# "2016-09-01 to 2020-02-29", "2020-03 to present": a record export's full dates
_ISO_RANGE = re.compile(
    r"(?:19|20)\d\d(?:-\d\d){0,2}\s+(?:to|–)\s+(?:(?:19|20)\d\d(?:-\d\d){0,2}|present|now)$"
)


def _dated_row(element) -> bool:
    """A grid row of one-line cells, its dates in the first or the last ("PhD Advisor" /
    "Ada Quill" / "2018 – 2023"; "Postdoc" / "Institute X (x.org)" / "2019 – 2021",
    profile sites' history and relation rows): one entry, its cells the lines, so the
    dates stay with their row instead of opening the next one."""
    if not 2 <= len(element) <= CARD_FIELDS + 3:
        return False
    if any(child.tag not in _CARD_FIELDS for child in element):
        return False
    cells = [_clean(_text_content(child)) for child in element]
    ends = [cells[-1], cells[0]]
    if len(cells) > 2 and _LABELLED_CELL.match(cells[-1]):
        # "… | 2016-09-01 to 2020-02-29 | Source: X" (a record export's rows): a labelled
        # provenance cell after the dates still ends the row
        ends.append(cells[-2])
    elif len(element) > CARD_FIELDS:
        return False
    if not any(len(end) <= 40 and (LONE_DATE.match(end) or _ISO_RANGE.match(end)) for end in ends):
        return False
    return not _NESTED_BOX(element)


def _dotted_row(text: str) -> str:
    """A list item written as a row of middle-dot cells, its dates first or last ("PhD
    Advisor · Ada Quill · 2018 – 2023"; "Postdoc · Institute X · 2019 – 2021"): the cells
    set apart as a table row's, so the label is not read as part of the name."""
    cells = text.split(" · ")
    if not 3 <= len(cells) <= CARD_FIELDS or not any(
        len(end) <= 40 and LONE_DATE.match(end) for end in (cells[-1], cells[0])
    ):
        return text
    return " | ".join(cells)


def _dated_box(element) -> bool:
    """A date alone in a grid's cell ("2019 — 2023"), the entry in the cell beside it."""
    text = element.text
    following = element.getnext()
    return (
        bool(text)
        and len(text) <= 40
        and following is not None
        and following.tag in _CARD_FIELDS
        and len(following) > 0  # (a date over a title line, each a leaf: other rules' case)
        and LONE_DATE.match(text.strip()) is not None
    )


# A LaTeXML paper's section or bibliography element (its headings end with it).
_LATEXML_SECTION = etree.XPath(
    "contains(concat(' ', normalize-space(@class), ' '), ' ltx_section ')"
    " or contains(concat(' ', normalize-space(@class), ' '), ' ltx_bibliography ')"
)
# What may come before a card's name heading: its portrait and its position badge.
_CARD_BOXES = frozenset(("div", "article", "li", "section"))
_BADGE_TAGS = frozenset(("img", "picture", "figure", "span", "small", "p", "div", "a"))
BADGE_WORDS = 5


def badge_first(element) -> list | None:
    """A member card that sets its position badge above its name heading ("<span>PhD
    Student</span><h3>A</h3><p>Supervisor: B</p>", a React or Tailwind grid): its children
    with the heading first, so the badge is the first line under the name rather than a
    last line of the card before it."""
    if not 2 <= len(element) <= 10 or element[0].tag in HEADINGS:
        return None
    children = list(element)
    index = next((i for i, child in enumerate(children) if child.tag in HEADINGS), None)
    if index is None:
        return None
    badge = False
    for child in children[:index]:
        if child.tag not in _BADGE_TAGS or len(child) > 1:
            return None
        text = _text_content(child).strip()
        if text:
            if len(text) > 40 or len(text.split()) > BADGE_WORDS or badge:
                return None
            badge = True
    if not badge:
        return None
    from crawler.extract.owner import is_card_name

    heading = _clean(_text_content(children[index]))
    if not 4 <= len(heading) <= 60 or not is_card_name(heading):
        return None
    if is_card_name(_clean(_text_content(children[index - 1]))):
        return None  # a name above a heading: the card's own order
    return [children[index], *children[:index], *children[index + 1 :]]


LIST_HEADING_CHARS = 60  # a list's own title, not a sentence


def _list_heading(element, level: int, text: str) -> tuple[int, etree._Element] | None:
    """(level, the box holding it) of a publications heading, else None."""
    from crawler.extract.sections import SectionKind, heading_kind

    box = element.getparent()
    if box is None or len(text) > LIST_HEADING_CHARS:
        return None
    text = " ".join(text.split())
    return (level, box) if text and heading_kind(text) is SectionKind.PUBLICATIONS else None


def _entry_heading_level(element, listed: tuple[int, etree._Element]) -> int:
    """The level of a heading no deeper than the publications heading before it: one below
    it when the heading sits in a box nested in the list's own box ("<section><h2>Papers</h2>
    <div class=paper><h2>Title</h2>…"), one entry's title, not a section of its own."""
    level, box = listed
    parent = element.getparent()
    if parent is None or parent is box:
        return HEADINGS[element.tag]
    for ancestor in parent.iterancestors():
        if ancestor is box:
            return level + 1
    return HEADINGS[element.tag]


class _Walker:
    """Depth-first walk that flushes a block at every block-level boundary."""

    def __init__(self, layout: set) -> None:
        self.layout = layout
        self.blocks: list[Block] = []
        self.buffer: list[str] = []
        self.kinds: list[BlockKind] = [BlockKind.PARAGRAPH]
        self.section: list[tuple[int, str]] = []
        self.titles: tuple[str, ...] = ()  # the section's titles, as blocks hold them
        self.list_depth = 0
        self.in_item = 0
        self.preformatted = 0  # depth of <pre> elements: their line breaks are kept
        self.term_open = False
        self.pending_term: Block | None = None
        self.last_term: str | None = None  # the term the last description took
        self.dd_term: str | None = None  # … for a second description under that term
        self.stacked = 0  # inside a CV builder's entry row (a table nested in its cell)
        self.rosters: dict = {}  # description lists read as a team's roster (_roster_terms)
        self.entries: set = set()  # boxes beside a date cell: each one entry (_dated_box)
        self.grid_rows: set = set()  # rows of one-line cells, dates first or last (_dated_row)
        # (level, box) of the last publications heading: see _entry_heading_level
        self.list_heading: tuple[int, etree._Element] | None = None
        self.chapters = False  # inside a book's table of contents (_book_chapters)

    def flush(self, kind: BlockKind | None = None, level: int = 0) -> None:
        raw = "".join(self.buffer)
        self.buffer = []
        if not raw or raw.isspace():
            return
        if "\u200b" in raw:
            raw = raw.replace("\u200b", "")
        if "\\" in raw:
            # pandoc/LaTeX-converted pages keep raw "\textsc{Name}": the braces are markup.
            raw = _LATEX_WRAPPER.sub(r"\1", raw)
        # Each line with its blank runs as single spaces, blank lines dropped (in C loops:
        # an item's nested blocks leave many empty lines).
        text = "\n".join(filter(None, map(" ".join, map(str.split, raw.split("\n")))))
        if self.stacked and (" |\n" in text or "\n| " in text):
            # A cell's separator left alone at a line's end or start by a table nested in
            # the next cell (a CV builder's entry): no cell on that side of the break.
            text = "\n".join(line.strip(" |") for line in text.split("\n"))
        if not text:
            return
        kind = kind or self.kinds[-1]
        if kind is BlockKind.ITEM and " · " in text and "\n" not in text:
            text = _dotted_row(text)
        counted = None
        if (
            kind is BlockKind.PARAGRAPH
            and (
                _label_heading(text)
                # "Advisors" (a profile card's title over its list of names; a singular
                # "Advisor" is a record's field label, paired with the value beside it)
                or len(text) <= ADVISOR_TITLE_CHARS
                and text[-1] == "s"
                and _ADVISOR_TITLE.fullmatch(text) is not None
                or text[-1] == ":"
                and _students_label(text[:-1])
                # "Doctoral students (as first supervisor unless stated)": a qualified label
                or text[-1] == ")"
                and len(text) <= QUALIFIED_LABEL_CHARS
                and "\n" not in text
                and not any(map(str.isdigit, text))  # ("Students (3)": a counted label)
                and (opening := text.find(" (")) > 0
                and _students_label(text[:opening].rstrip(" :"))
                or text[-1] in "0123456789)"
                and (counted := _COUNTED_LABEL.match(text)) is not None
                and _students_label(counted.group(1))
                # "Ph.D." / "M.Sc." alone over its list, under a students' section
                or len(text) <= DEGREE_SUBTITLE_CHARS
                and text[-1] == "."
                and _DOTTED_DEGREE.fullmatch(text) is not None
                and _students_section(self.titles)
            )
        ):
            # "<p><strong>Education</strong></p>": a theme's section title in a paragraph;
            # "<p>Former PhD students:</p>" over its list, under a "Research group" heading.
            kind, level = BlockKind.HEADING, 7
            if counted is not None and text[-1] != ":":
                text = counted.group(1)  # "Ph.D. Guided: 6 (Completed), 3 (Ongoing)": its label
        if kind is BlockKind.HEADING and (text[-1] in "¶§" or text[0] in "¶§" or text[:2] == "# "):
            # a permalink anchor (MkDocs, Sphinx after the title; Wiki.js, Hugo before): no
            # part of the title ("#1 in the ranking" keeps its "#")
            text = text.rstrip("¶§ ").lstrip("¶§ ")
            if text[:2] == "# ":
                text = text[2:].lstrip()
            if not text:
                return
        if kind is BlockKind.HEADING:
            self.section = [(lvl, title) for lvl, title in self.section if lvl < level]
            self.blocks.append(Block(kind, text, level, tuple(t for _, t in self.section)))
            self.section.append((level, text.replace("\n", " ")))
            # (kept with the section, not rebuilt for each of the blocks under it)
            self.titles = tuple(t for _, t in self.section)
            return
        if self.pending_term is not None and self.blocks and self.blocks[-1] is self.pending_term:
            # <dt>2019–2022</dt><dd>PhD, University X</dd>: one entry.
            term = self.blocks.pop()
            # The term labels its description ("PhD students: A, B"; "2019–2022: PhD, X").
            glue = " " if term.text.rstrip()[-1:] in ":.;,–-" else ": "
            if term.text.endswith((" –", " -")):
                glue = ": "  # "2022 –" is an open range, not a dash before the entry
            text = f"{term.text}{glue}{text}"
            self.last_term = term.text
        elif self.dd_term is not None:
            # <dt>2024</dt><dd>Rapportrice : A</dd><dd>Présidente : B</dd>: the term labels
            # each of its descriptions.
            glue = " " if self.dd_term.rstrip()[-1:] in ":.;,–-" else ": "
            text = f"{self.dd_term}{glue}{text}"
        self.dd_term = None
        self.pending_term = None
        block = Block(kind, text, self.list_depth, self.titles)
        self.blocks.append(block)
        if self.term_open:
            self.pending_term = block
            self.term_open = False

    def _name_mark(self, element) -> bool:
        """A mark superscript right after a name (see :data:`_NAME_MARK_SUP`); civility
        abbreviations ("M<sup>me</sup>", "M<sup>r</sup>") and ordinals stay."""
        if len(element) or not self.buffer:
            return False
        mark = element.text or ""
        if not mark or mark.isspace() or not _NAME_MARK_SUP.fullmatch(mark):
            return False
        before = self.buffer[-1][-12:]
        if mark.strip() in ("e", "r") and before.rsplit(None, 1)[-1:] == ["M"]:
            return False  # "M<sup>r</sup> X", "M<sup>e</sup> X" (Maître)
        if mark.strip() in ("e", "er", "re") and _ROMAN_BEFORE_SUP.search(before):
            return False  # "XIX<sup>e</sup> siècle", "I<sup>er</sup>": an ordinal
        return bool(_NAME_BEFORE_SUP.search(before))

    def _run_in_label(self, element) -> str | None:
        """The label of a bold run-in title closed by a full stop at a paragraph's start,
        before its text ("<strong>Graduated.</strong> A (PhD 2019), B"), when it names
        supervised people or thesis juries; None otherwise."""
        text = element.text
        if (
            not text
            or len(element)
            or text[-1:] != "."
            or len(text) > RUN_IN_LABEL_CHARS
            or not (element.tail or "")[:1].isspace()
            or any(piece.strip() for piece in self.buffer)
        ):
            return None
        from crawler.extract.sections import SectionKind, heading_kind

        label = " ".join(text.split()).rstrip(".")
        if not label or any(ch.isdigit() for ch in label) or "." in label:
            return None
        kind = heading_kind(label)
        return label if kind is SectionKind.STUDENTS or kind is SectionKind.JURY else None

    def _line_title(self, element) -> bool:
        """A bold or font element alone on its line (after a <br> or at a block's start,
        before a <br>) whose text is a known section title."""
        if (element.tail or "").strip():
            return False
        following = element.getnext()
        if following is not None and following.tag != "br" and following.tag not in BLOCK_TAGS:
            return False  # (a block after it starts a line of its own: "<span>…</span><p>")
        for piece in reversed(self.buffer):
            if piece.strip(" \t\xa0"):
                if not piece.rstrip(" \t\xa0").endswith("\n"):
                    return False
                break
        return _label_heading(_clean(_text_content(element)))

    def _span_separator(self, element, attributes) -> str | None:
        """What sets an inline span apart from the span after it: a line break between a
        card's fields or in a column of spans, a cell's bar before a row's years."""
        if attributes and _card_field_break(element):
            return "\n"
        below = element.getnext()
        if below is None or below.tag != "span":
            return None
        tail = element.tail
        if self.chapters and not (tail or "").strip():
            return "\n"  # a chapter's title, its authors, its pages: a line each
        if not tail and _glued_label(element, below):
            # "<span class=lbl>Tutor</span><span class=val>A</span>" (a CV platform's
            # label/value row, glued on screen by its style sheet): "Tutor: A"
            return ": "
        if (
            not (tail or "").strip()
            and attributes
            and _BADGE_CLASS.search(element.get("class") or "")
            and _BADGE_CLASS.search(below.get("class") or "")
        ):
            return "\n"  # (each badge a field of the card)
        if not (tail or "").strip():
            # "<div class='flex-column'><span>Role</span> <span>Employer</span>": a column
            # of spans (a profile's entry), one line each
            column = element.getparent().get("class") or ""
            if "col" in column and _COLUMN_CLASS.search(column):
                return "\n"
        if (
            not tail
            and (below.text or "")[:1].isdigit()
            and self.buffer
            and self.buffer[-1][-1:].isalpha()
        ):
            # "<span>A — PhD</span><span>2022–</span>" (a flex row, name left and years
            # right): the years are a column of their own, as a cell's.
            return " | "
        if (
            not tail
            and (below.text or "")[:1].isupper()
            and self.buffer
            and _YEAR_AT_END.search(self.buffer[-1])
        ):
            # "<span class=date>2019 – 2022</span><span>Postdoc, X</span>" (a CV's flex row,
            # years left): the years open the entry, not glued to its first word.
            return " "
        return None

    def walk_content(self, element, children=None) -> None:
        """The element's own text, then each child followed by the text after it (the
        children in *children*'s order when given).

        (Source line breaks are spaces in HTML; only <br> and blocks break lines.)
        """
        # (inside <pre>, the source's line breaks are the page's lines)
        joint = "\n" if self.preformatted else " "
        if text := element.text:
            self.buffer.append(text.replace("\n", joint))
        for child in element if children is None else children:
            self.walk(child)
            if tail := child.tail:
                self.buffer.append(tail.replace("\n", joint))

    def walk(self, element) -> None:
        tag = element.tag
        if not isinstance(tag, str):  # comments, processing instructions
            return
        # (lxml's HTML parser writes tag names in lower case)
        if (
            tag in DROPPED_TAGS
            and not (tag == "form" and _PAGE_FORM_XPATH(element))
            and not (tag == "template" and _CONTENT_SLOT.search(element.get("slot") or ""))
        ):
            if tag == "button" and not self.in_item and _accordion_title(element):
                # An accordion pane's header button ("PhD graduates", "Postdoctoral
                # fellows"): the title of the pane it opens, as a toggle's <summary> is.
                self.flush()
                self.buffer.append(_text_content(element))
                self.flush(BlockKind.HEADING, 7)
            return
        attributes = element.items()
        if attributes:
            hidden, chrome, contents = _appearance(tuple(attributes))
            if chrome and self.chapters:
                chrome = False  # (a chapter's "c-toc__item", its "c-toc__authors" span)
            elif (
                chrome
                and not hidden
                and (tag in ("ol", "ul") or contents and tag not in ("li", "span"))
                and _book_chapters(element)
            ):
                # a book's table of contents ("Title — A, B. Pages 33–61"): its chapters,
                # their classes the same "toc" as a site's contents list
                self.chapters = True
                try:
                    self.walk(element)
                finally:
                    self.chapters = False
                return
            if chrome and tag == "li" and _truncated_item(element):
                # A list's items past its "Show more" link, classed hidden till clicked
                # (a research profile's longer lists): the list's own entries.
                hidden = chrome = False
            if hidden or (
                chrome
                and not (tag in HEADINGS and _toc_entry(element.get("class")))
                and (
                    tag not in ("body", "main", "article") or tag == "article" and _thread(element)
                )
                # (an element without children holds no content below it: no search)
                and not (
                    len(element) and _CONTENT_INSIDE_XPATH(element) and not _titled_thread(element)
                )
            ):
                return
        if tag not in STRUCTURAL_TAGS:
            if tag == "sup" and self._name_mark(element):
                return
            if (
                not self.in_item
                and (tag in _TITLE_TAGS or tag == "span" and _styled_title(element))
                and self._line_title(element)
            ):
                # "…<br><font size=3><b>Graduate Students</b></font><br>…" (a hand-written
                # page's <br>-separated sections): a section title on a line of its own.
                self.flush()
                self.buffer.append(_clean(_text_content(element)))
                self.flush(BlockKind.HEADING, 7)
                return
            if tag in ("b", "strong") and (label := self._run_in_label(element)):
                # "<p><strong>Current PhD students.</strong> A (2021–), B (2023–)</p>": a
                # run-in label closed by a full stop is the list's label, as with a colon.
                self.buffer.append(f"{label}:")  # (its parent adds the text after it)
                return
            if tag == "span" and self.buffer and _next_field_label(element):
                # "<span class=label>Student:</span> A <span class=label>Role:</span> B"
                # (a research-profile record's fields, one run of text): a line each.
                self.buffer.append("\n")
            self.walk_content(element)  # an inline element: its text joins the block's
            if tag == "span":
                if (separator := self._span_separator(element, attributes)) is not None:
                    self.buffer.append(separator)
                return
            if tag == "a" and not element.tail and (glued := element.getnext()) is not None:
                # "<a>Ada Quill</a><span>Professor, X</span>" (a co-author sidebar styled
                # as two lines): the link's text is a line of its own.
                if glued.tag in _GLUE_LINES and (glued.text or "")[:1].isupper():
                    self.buffer.append("\n")
            return
        if tag == "br":
            if not self.in_item and "".join(self.buffer[-2:]).rstrip(" \t").endswith("\n"):
                # "· A<br>· B<br><br>Prospective students: …": a blank line after a list
                # typed with bullet glyphs ends that list
                last = "".join(self.buffer).rstrip().rpartition("\n")[2].lstrip()
                if last[:1] in _BULLET_GLYPHS:
                    self.flush()
                    return
            if (element.tail or "").lstrip()[:2] in ("19", "20") and _RANGE_OPEN_AT_END.search(
                "".join(self.buffer[-2:])
            ):
                # "(2014 –<br>2019)": a range broken over two lines is one range
                self.buffer.append(" ")
                return
            self.buffer.append("\n")
            return
        if tag == "dd" and self.in_item and element.getparent().tag == "dd":
            # "<dt>PhD students<dd>A (2003)<dd>B (2004)" with no closing tags: the parser
            # nests B inside A, yet B is A's sibling, the term labelling it too
            self.flush()
            self.dd_term = self.last_term
            self.walk_content(element)
            self.flush()
            return
        if self.in_item and (tag in BLOCK_TAGS or tag in HEADINGS):
            if self.grid_rows and element.getparent() in self.grid_rows:
                # a grid row's cells (_dated_row), set apart as a table row's are
                if element.getnext() is None and _provenance_cell(_text_content(element)):
                    return  # "Source: X HR feed" (a record export's row): who filed it, no post
                if "".join(self.buffer).strip():
                    self.buffer.append(" | ")
                self.walk_content(element)
                return
            if (
                tag == "p"
                and (cell := element.getparent()) is not None
                and cell.tag in CELL_TAGS
                and len(cell) == 1
                and not (cell.text or "").strip()
            ):
                # "<td><p class=MsoNormal>A</p></td>" (a word processor's table): the one
                # paragraph is the cell's text, on the row's line
                self.walk_content(element)
                return
            # Inside a list item or table row, nested blocks are lines of that one entry
            # ("PhD, Univ. X" / "Advisor: Y" / nested sub-items) so the entry stays whole.
            labelled = element.getprevious()
            if tag == "div" and _field_label(element):
                # a record's label div (_field_record): its value follows on its line
                self.buffer.append("\n")
                self.walk_content(element)
                self.buffer.append(
                    " " if "".join(self.buffer[-1:]).rstrip().endswith(":") else ": "
                )
                return
            if labelled is not None and labelled.tag == "div" and _field_label(labelled):
                self.walk_content(element)
                self.buffer.append("\n")
                return
            if (
                labelled is not None
                and labelled.tag == "span"
                and not (labelled.tail or "").strip()
                and (labelled.text or "").rstrip().endswith(":")
                and _FIELD_LABEL_CLASS.search(labelled.get("class") or "")
            ):
                # "<span class=views-label>Supervisor: </span><div>B</div>": the value
                # on its label's line
                self.walk_content(element)
                self.buffer.append("\n")
                return
            self.buffer.append("\n")
            self.walk_content(element)
            self.buffer.append("\n")
            return
        if tag in _PANEL_TAGS and element.get("role") == "tabpanel":
            label = _tab_label(element)
            if label:
                # A tabbed profile: the clicked tab's label ("Publications", "Advising") is
                # its panel's heading.
                self.flush()
                self.buffer.append(label)
                self.flush(BlockKind.HEADING, 2)
        if tag == "summary" and element.getparent() in self.layout:
            # A toggle's title (see _TOGGLES): the heading of what it folds away.
            self.flush()
            self.buffer.append(_text_content(element))
            self.flush(BlockKind.HEADING, 7)
            return
        if tag == "dl" and _dl_record(element):
            # "<div class=cv-item><dl><dt>Datas</dt><dd>2019 - 2024</dd><dt>Tipo</dt>…":
            # a card's one record, its fields a line each
            self.flush()
            self.buffer.append(
                "\n".join(
                    f"{_clean(_text_content(term)).rstrip(': ')}: "
                    f"{_clean(_text_content(term.getnext()))}"
                    for term in element
                    if term.tag == "dt"
                )
            )
            self.flush(BlockKind.ITEM)
            return
        if tag == "dt" and (dl := element.getparent()) is not None:
            if dl not in self.rosters:
                self.rosters[dl] = _roster_terms(dl)
            if self.rosters[dl]:
                # "<dl><dt>Doctorants</dt><dd>A (B)</dd><dt>Ingénieurs</dt><dd>C</dd>": a
                # team's roster, each term the heading of the people listed under it
                self.flush()
                self.buffer.append(_text_content(element))
                self.flush(BlockKind.HEADING, 7)
                return
        if tag == "tr" and len(element) == 1 and _caption_row(element):
            # "<tr><td colspan=2>A — 3 décembre</td></tr><tr><td>Jury</td><td>B</td></tr>": a
            # full-width first row over label/value rows titles the entry they describe
            self.flush()
            self.buffer.append(_text_content(element))
            self.flush(BlockKind.HEADING, 7)
            return
        if tag == "li" and _label_item_over_quote(element):
            # "<li><b>Tesis de doctorado</b></li><blockquote>A. Title …</blockquote>" (a
            # research council's CV page): the bold item titles the quoted entries below it
            self.flush()
            self.buffer.append(_text_content(element))
            self.flush(BlockKind.HEADING, 7)
            return
        if (
            tag in _LABEL_BOXES
            and element.getprevious() is None
            and (item := element.getparent()) is not None
            and item.tag == "li"
            and item in self.layout
            and _group_label(element)
        ):
            # "<li><p>Co-advisor</p><ul>…</ul></li>": the title of the list under it, a
            # sub-heading one level deeper for each list it is nested in
            self.flush()
            self.buffer.append(_text_content(element))
            self.flush(BlockKind.HEADING, 6 + self.list_depth)
            return
        if tag in HEADINGS and tag != "h1" and _standfirst(element):
            # "<h1>Title</h1><h2 class=subtitle>Notes from five years of …</h2>": a post's
            # standfirst under its headline, a sentence over the text, no section's title
            self.flush()
            self.buffer.append(_text_content(element))
            self.flush()
            return
        if tag in HEADINGS:
            self.flush()
            # A wiki's "[edit]" link is inside its section headings.
            text = _EDIT_LINK.sub("", _text_content(element))
            level = HEADINGS[tag]
            if (listed := self.list_heading) is not None and level <= listed[0]:
                level = _entry_heading_level(element, listed)
            self.buffer.append(text)
            self.flush(BlockKind.HEADING, level)
            if level == HEADINGS[tag]:
                self.list_heading = _list_heading(element, level, text)
            return
        block = tag in BLOCK_TAGS
        item = tag in ("li", "dt", "dd", "tr") and element not in self.layout
        if tag == "div" and not item and not self.in_item and len(element):
            # a grid's entry: the box beside its date cell, or a person's card
            item = element in self.entries or (
                element not in self.layout
                and len(element) <= CARD_FIELDS
                and (_name_card(element) or _linked_card(element))
            )
            if not item and element not in self.layout and _field_record(element):
                item = True  # a box of label/value divs: one entry, a field a line
            if not item and _thesis_card_box(element):
                item = True  # (its title heading alone makes it a layout box: no section)
            if not item and element not in self.layout and _dated_row(element):
                item = True
                self.grid_rows.add(element)
        stacked = not item and tag == "tr" and element in self.layout and _stacked_cell_row(element)
        if stacked:
            item = True  # a CV builder's entry: a date cell beside a table of stacked lines
            self.stacked += 1
        if item and tag == "tr" and _LAYOUT_ROW_XPATH(element) and not _keyed_list_row(element):
            item = False  # a 1990s layout table: the row holds the whole page
        elif item and tag == "tr" and len(element) == 1 and _QUOTED_ENTRY_CELL(element):
            item = False  # "<td><li><b>Label</b></li><blockquote>…": a titled entry, see below
        elif item and tag == "tr" and len(element) == 1:
            # "<tr><td><b>Current students</b></td></tr>" (Google Sites): a one-cell row
            # holding a section title is that section's heading, not a table entry.
            item = not _label_heading(_clean(_text_content(element))) and not _titled_tile(element)
        if block:
            self.flush()
            if item:
                self.kinds.append(BlockKind.ITEM)
            else:
                self.kinds.append(
                    self.kinds[-1]
                    if tag in ("p", "div", "span") and self.kinds[-1] is BlockKind.ITEM
                    else BlockKind.PARAGRAPH
                )
            if tag in ("ul", "ol"):
                self.list_depth += 1
        if (
            tag == "td"
            and not len(element)
            and not (element.text or "").strip()
            and element.getprevious() is None
            and (label := _carried_label(element))
        ):
            # "<tr><td>Bihandledare</td><td>A</td></tr><tr><td></td><td>B</td></tr>": the
            # empty label cell repeats the label above it (B is a co-supervisor too).
            self.buffer.append(label)
        elif tag in CELL_TAGS and self.buffer and (done := "".join(self.buffer).rstrip()):
            if _menu_cell(element.getprevious()):
                # "<td>Accueil<br>C.V.<br>Publications</td><td>Ada Quill<br>…": a layout
                # table's menu column, no part of the page's first lines
                self.flush()
            else:
                # "<td>Président :</td><td>A</td>": a label cell already ends with its colon.
                glue = " " if done.endswith((":", "：")) else " | "
                self.buffer.append(": " if tag == "td" and _row_label(element) else glue)
        if (
            tag == "dd"
            and self.last_term is not None
            and (before := element.getprevious()) is not None
            and before.tag == "dd"
        ):
            self.dd_term = self.last_term
        if (
            tag == "aside"
            and (before := element.getprevious()) is not None
            and before.tag in ("main", "article")
        ):
            # a page's sidebar after its main column ("<main>…</main><aside>profile</aside>"):
            # none of the main column's headings is over it
            self.flush()
            self.section = []
            self.titles = ()
        if item:
            self.in_item += 1
        if tag == "pre":
            self.preformatted += 1
        # A LaTeXML paper's <section class="ltx_section"> holds its own heading: its headings
        # end with it (the authors' biographies after the references are no references).
        scoped = list(self.section) if tag == "section" and _LATEXML_SECTION(element) else None
        # a list item titled by its first line (_group_label): its title ends with it
        grouped = (
            list(self.section)
            if tag == "li"
            and len(element) == 2
            and element in self.layout
            and _group_label(element[0])
            else None
        )
        field = _metadata_row(element) if tag == "tr" and item and 2 <= len(element) <= 3 else None
        if field is not None:
            self.buffer.append(field)
        elif tag in _CARD_BOXES and not item and (order := badge_first(element)) is not None:
            self.walk_content(element, order)
        else:
            self.walk_content(element)
        if item:
            self.in_item -= 1
        if tag == "pre":
            self.preformatted -= 1
        if scoped is not None:
            # (the titles from before it that its own headings left standing)
            self.flush()
            kept = 0
            while kept < min(len(scoped), len(self.section)) and (
                self.section[kept] is scoped[kept]
            ):
                kept += 1
            self.section = self.section[:kept]
            self.titles = tuple(t for _, t in self.section)
        if grouped is not None:
            self.flush()
            self.section = grouped
            self.titles = tuple(t for _, t in grouped)
        if block:
            # (a grid's date cell labels the box beside it, read as one entry: _dated_box)
            dated = tag == "div" and not len(element) and not self.in_item and _dated_box(element)
            self.term_open = (
                tag == "dt"
                or dated
                or (tag == "div" and _field_label(element) and len(self.buffer) < LABEL_PARTS)
            )
            if dated:
                self.entries.add(element.getnext())
            self.flush()
            self.kinds.pop()
            if tag in ("ul", "ol"):
                self.list_depth -= 1
        if stacked:
            self.stacked -= 1
