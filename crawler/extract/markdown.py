"""Markdown (with YAML/TOML front matter), jemdoc and plain text → :class:`Document`.

Plain text (seeds, PDF text) has no markup for headings, so a short isolated line without
sentence punctuation or year is read as a heading; list items keep their continuation lines
("University : X" under a dated item) so a dated entry stays one block.
"""

from __future__ import annotations

import re
import tomllib

import yaml

from crawler.extract.documents import (
    FORM_PART,
    LONE_DATE,
    Block,
    BlockKind,
    Document,
    DocumentFormat,
    label_table_rows,
)
from crawler.extract.lexicon import LEXICON, alternation
from crawler.extract.sections import SectionKind, heading_kind, sentences

# A status sub-heading of a people section ("Current", "Former students", "En cours").
_STATUS_HEADING = re.compile(
    r"(?i)^\s*(?:current|former|past|present|ongoing|completed|graduated|alumni|"
    r"en\s+cours|soutenues?|actuel(?:le)?s|ancien(?:ne)?s)(?:\s+[a-zé]+)?\s*:?\s*$"
)
FRONT_MATTER = re.compile(
    r"\A\ufeff?\s*(---|\+\+\+)[ \t]*\r?\n(.*?)\r?\n\1[ \t]*(?:\r?\n|\Z)", re.S
)
COMMENT = re.compile(r"<!--.*?(?:-->|\Z)", re.S)
LIQUID = re.compile(r"\{%.*?%\}|\{\{<.*?>\}\}|\{\{%.*?%\}\}", re.S)
IAL = re.compile(r"^\s*\{:[^}]*\}\s*$|(?<=\))\{:[^}\n]*\}", re.M)
# A Hugo shortcode card of one person: {{< person name="A" role="Doctorante (2022–)"
# bio="… Encadrant·es : B & C." >}} (a theme's member card, its fields as attributes).
_PERSON_SHORTCODE = re.compile(
    r"\{\{[<%]\s*[\w-]+\s+(?=[^>%]*\bname\s*=)(?P<attrs>[^>%]*?)\s*[>%]\}\}"
)
_SHORTCODE_FIELD = re.compile(
    r"\b(?P<key>name|role|title|position|bio|summary)\s*=\s*\"(?P<value>[^\"]*)\""
)


# A Hugo shortcode holding one CV entry in its parameters: {{< cv-entry annee="2016 – 2018"
# poste="Post-doctorante" lieu="Institut X" encadrant="B" >}} (a theme's dated entry).
_ENTRY_SHORTCODE = re.compile(
    r"\{\{[<%]\s*[\w-]+\s+(?P<attrs>[^<>%{}]*?=\s*\"[^<>%{}]*?)\s*[>%]\}\}"
)
_ENTRY_FIELD = re.compile(r"(?P<key>[\w-]+)\s*=\s*\"(?P<value>[^\"]*)\"")
_ENTRY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
# A parameter that only styles or links ("icon", "href", "/files/cv.pdf"): no text.
_ENTRY_NO_TEXT = re.compile(r"^(?:[a-z0-9_-]*|\S*[/#.]\S*)$")


def _entry_card(match: re.Match[str]) -> str:
    """The entry as a list item: "- 2016 – 2018 : Post-doctorante, Institut X. Encadrant : B",
    its date first, a person's role parameter as the label the entry would write."""
    dates, texts, people = [], [], []
    for field in _ENTRY_FIELD.finditer(match["attrs"]):
        key, value = field["key"], " ".join(field["value"].split())
        if not value or _ENTRY_NO_TEXT.match(value):
            continue
        if not dates and _ENTRY_YEAR.search(value) and len(value) <= 30:
            dates.append(value)
        elif any(
            LEXICON.pattern(cues).fullmatch(key.replace("_", " "))
            for cues in ("SUPERVISION_CUES", "ADVISING_NOUNS", "CONTEXT_CUES")
        ):
            people.append(f"{key[:1].upper()}{key[1:]} : {value}")
        else:
            texts.append(value.rstrip("."))
    if not dates or len(texts) < 2:
        return ""  # (a button, a section's title, a works list's query: no entry)
    entry = f"{dates[0]} : {', '.join(texts)}."
    return f"\n- {' '.join([entry, *(f'{p}.' for p in people)])}\n"


def _person_card(match: re.Match[str]) -> str:
    """The card as a list item: "- A — role. bio", as a member list writes it."""
    fields = {m["key"]: m["value"].strip() for m in _SHORTCODE_FIELD.finditer(match["attrs"])}
    name = fields.pop("name", "")
    if not name:
        return match.group()
    rest = ". ".join(v.rstrip(".") for v in fields.values() if v)
    return f"- {name} — {rest}" if rest else f"- {name}"


# An MDX page's member card, a JSX component with its fields as props (Docusaurus, Astro):
# <PersonCard name="A" role="PhD student" advisor="B" coAdvisor="C" since="2022" />.
_JSX_CARD = re.compile(r"<(?P<tag>[A-Z]\w*)\s+(?=[^<>]*\bname\s*=)(?P<attrs>[^<>]*?)/?>")
_JSX_FIELD = re.compile(
    r"\b(?P<key>name|role|title|position|advisor|co-?advisor|supervisor|co-?supervisor|host|"
    r"since|years|bio|summary)\s*=\s*(?:\"(?P<value>[^\"]*)\"|\{\s*[\"'`]?(?P<braced>[^{}\"'`]*))",
    re.I,
)
_JSX_COMMENT = re.compile(r"\{/\*.*?\*/\}", re.S)
# An MDX page's module lines ("import PersonCard from '@site/src/components/PersonCard';").
_ESM_LINE = re.compile(
    r"^(?:import\s+[\w{}\s,*$]+\s+from\s+[\"'][^\"'\n]+[\"']"
    r"|export\s+(?:const|default|function)\b.*);?[ \t]*$",
    re.M,
)
# A card's people fields, as a member list labels them ("Advisor: B").
_CARD_LABELS = {
    "advisor": "Advisor",
    "supervisor": "Supervisor",
    "coadvisor": "Co-advisor",
    "co-advisor": "Co-advisor",
    "cosupervisor": "Co-supervisor",
    "co-supervisor": "Co-supervisor",
    "host": "Host",
}


def _jsx_card(match: re.Match[str]) -> str:
    """The component as a list item: "- A — role (since 2022). Advisor: B. bio"."""
    fields: dict[str, str] = {}
    for m in _JSX_FIELD.finditer(match["attrs"]):
        value = (m["value"] if m["value"] is not None else m["braced"]).strip()
        if value:
            fields.setdefault(m["key"].lower(), value)
    name = fields.pop("name", "")
    if not name:
        return match.group()
    role = fields.pop("role", "") or fields.pop("position", "") or fields.pop("title", "")
    if since := fields.pop("since", ""):
        role = f"{role} (since {since})" if role else f"Since {since}"
    elif years := fields.pop("years", ""):
        role = f"{role} ({years})" if role else years
    parts = [role.rstrip(".")] if role else []
    parts += [f"{label}: {fields[key]}" for key, label in _CARD_LABELS.items() if key in fields]
    parts += [fields[key].rstrip(".") for key in ("bio", "summary") if key in fields]
    rest = ". ".join(parts)
    return f"\n- {name} — {rest}.\n" if rest else f"\n- {name}\n"


ITEM = re.compile(
    # "[A1]", "[ACL12]": a French works list numbers each kind of publication apart
    # ("– A" / "— A": the dash French typesetting puts before a list's items; a word
    # processor's symbol-font bullets, kept as private-use characters by a PDF's text)
    r"^(?P<indent>[ \t]*)(?P<marker>[-*+•▪◦●‣∙·–—\uf020-\uf0ff➢➤►▸▶✓✔❖◆■]|"
    r"\d{1,3}[.)]|\[[A-Z]{0,4}\d{1,3}\]|\(\d{1,3}\)|"
    # "T15.", "J3)": a dossier numbers each kind of item apart (not "M2." or "L3.", levels)
    r"(?![ML]\d[.)])[A-Z]{1,3}\d{1,3}[.)])"
    r"[ \t]+(?P<text>\S.*)$"
)
ATX = re.compile(r"^\s{0,3}(#{1,6})\s+(.*?)\s*#*\s*$")
JEMDOC = re.compile(r"^(={1,4})\s+(.*)$")
# A jemdoc source: "#" opens a comment line ("# jemdoc: menu{MENU}{index.html}"), a link is
# "[URL text]" and a forced line break a literal "\n" at the line's end.
JEMDOC_COMMENT = re.compile(r"^#.*(?:\n|$)", re.M)
JEMDOC_LINK = re.compile(r"\[[^\s\[\]]*[./:][^\s\[\]]*\s+([^\]\n]+)\]")
JEMDOC_BREAK = re.compile(r"[ \t]*\\n[ \t]*$", re.M)


def jemdoc_source(body: str) -> str:
    """A jemdoc source's text without its comments, link targets and break marks."""
    body = JEMDOC_COMMENT.sub("", body)
    if "[" in body:
        body = JEMDOC_LINK.sub(r"\1", body)
    return JEMDOC_BREAK.sub("", body) if "\\n" in body else body


# MyST colon-fence directives whose argument is a visible title (Jupyter Book, MyST-MD).
MYST_TITLED = re.compile(r"^:{3,}\s*\{([A-Za-z][\w-]*)\}\s*(\S.*?)\s*$")
MYST_TITLED_FENCE = re.compile(r"^\s*(`{3,}|~{3,})\{([A-Za-z][\w-]*)\}\s*(\S.*?)\s*$")
MYST_TITLED_DIRECTIVES = frozenset(
    {"dropdown", "admonition", "card", "grid-item-card", "tab-item", "topic", "sidebar"}
)
SETEXT = re.compile(r"^\s{0,3}(=+|-+)\s*$")
YEAR = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)")
_MARKER_TAB = re.compile(
    r"(?m)^([ \t]*(?:[-*+•▪◦●‣∙·o§]|\d{1,3}(?:\.\d{1,2})*[.)]?|\[\d{1,3}\]|\(\d{1,3}\)))\t+(?=\S)"
)
# "2.1 Doctorants" alone on its line: a numbered sub-section of a plain-text CV.
_NUMBERED_SUB = re.compile(
    r"^\s*(?:\d{1,2}|[IVX]{1,4})((?:\.\d{1,2})+)\.?\s+"
    # ("II.1 Thèses dirigées (taux d'encadrement entre parenthèses)": an aside after it)
    r"(?P<title>[^\W\d][^:;.,()]{1,50}(?:\([^()]{1,60}\))?)$"
)
# "5 Participation à des jurys": a LaTeX section's number without its dot, then its title.
_BARE_NUMBERED = re.compile(r"^\d{1,2}[ \t]+(?P<title>[A-ZÀ-Þ].*)$")
# An entry's line that stops mid-phrase: after a comma or a joining word ("Université de").
_WRAPPED_END = re.compile(r"(?:,|\b(?:and|et|of|de|du|des|the|at|in))\s*$")
# A year alone on its line over a list ("2024" then "• Rapportrice – thèse de A").
_YEAR_LINE = re.compile(r"^\s*(?:19|20)\d\d\s*:?\s*$")

LINK = re.compile(r"!?\[((?:[^\[\]]|\[[^\]]*\])*)\]\(([^)\s]*)(?:\s+\"[^\"]*\")?\)")
REF_LINK = re.compile(r"\[([^\]]+)\]\[[^\]]*\]")
# Obsidian / Foam / Dendron wiki links: "[[People/Ada Quill|Dr Ada Quill]]", "[[Univ X]]",
# "[[Teaching#INF3|INF3]]", and "![[photo.png]]" embeds; "%% … %%" notes and the callout
# marks "> [!info]- Title" are no part of the published text.
_WIKI_LINK = re.compile(r"!?\[\[([^\[\]|\n]+?)(?:\|([^\[\]\n]+?))?\]\]")
_WIKI_COMMENT = re.compile(r"%%.*?%%", re.S)
_CALLOUT_MARK = re.compile(r"(?m)^(\s*>\s*)\[![A-Za-z-]+\][-+]?[ \t]*")
HTML_LINK = re.compile(r"<a\b[^>]*href=[\"']([^\"']+)[\"'][^>]*>", re.I)
# (only before a short last column running to the line's end: a date or a place)
_COLUMN_GAP = re.compile(r"(?m)^(?P<left>[^\n]*[^\s—–-])[ ]{4,}(?P<right>[^\s—–-][^\n]{0,30})$")


def _column_gap(match: re.Match[str]) -> str:
    """ "Univ. X      City" → "Univ. X — City"; a label's value ("Supervisor:      A"), a
    left date column ("2018        PhD in X") or a table's row (gaps all along) stay."""
    left = match.group("left")
    if len(left.strip()) < 20 or left.endswith((":", "：")) or "   " in left.strip():
        return match.group()
    return f"{left} — {match.group('right')}"


# "2014 – 2018           PhD in X" / "PhD supervision       Primary supervisor of A": a
# label or date column, a run of blanks, then the cell's text.
# (a plain-text CV's dates column may sit a few blanks in: "  2007-2009   M.S., Univ. X")
_CELL_LINE = re.compile(
    r"^(?: {1,4}(?=(?:19|20)\d\d\b))?(?P<label>[^ \n][^\n]{0,30}?\S)[ ]{3,}(?=\S)"
)
_LABEL_START = re.compile(r"[A-Z][\w ./()-]{0,30}[:：](?:\s|$)|[•\-–*]\s|(?:19|20)\d\d\b")


# A line with two gaps or more between its words (leading indent aside): a table's row.
_TABLE_ROW = re.compile(r"(?m)^[ ]*\S(?:[^\n]*?\S[ ]{3,}\S){2,}[^\n]*$")
_CELL_GAP = re.compile(r"(?<=\S)[ ]{3,}(?=\S)")


def _table_row(match: re.Match[str]) -> str:
    """A row of two worded cells or more gets its cells cut; a citation's figures set
    in columns ("Journal X 231, 111-125      153      2019") stay one line."""
    row = match.group()
    cells = _CELL_GAP.split(row.strip())
    if row.isupper() or sum(1 for cell in cells if re.search(r"[^\W\d_]{2}", cell)) < 2:
        return row  # (a header in capitals, "TITLE   CITED BY   YEAR", names its section)
    # ("conferred 12/2024   (principal supervisor)": a bracketed note in a cell of its own
    # goes on with the cell before, so the year before it reads as no open range "2024 —")
    return _CELL_GAP.sub(lambda m: " " if row[m.end()] == "(" else " — ", row)


_SIDE_GAP = re.compile(r"\S( {4,})(?=\S)")


# A jury member's role alone in a cell ("Présidente", "Rapporteur", "Co-encadrante de thèse").
JURY_ROLE_CELL = re.compile(
    r"(?i)^(?:présidente?|président·e|rapporte\w*|rapportrice|examinat\w*|directeur|directrice|"
    r"co-?direct\w*|co-?encadr\w*|encadrant\w*|invitée?|membre\w*|chair|reviewer|examiner|"
    r"(?:co-?)?supervisor|(?:co-?)?advisor|opponent)\b"
)


def _split_side_column(body: str) -> str:
    """pdftotext -layout of a CV with a sidebar sets both columns on the same lines
    ("Research Fellow        CONTACT"): the sidebar's column (one start column, far right,
    after a single gap on many lines) is cut off and read after the main column, so no entry
    runs on into the sidebar.  A table (gaps all along its rows) is left whole."""
    lines = body.split("\n")
    starts: dict[int, int] = {}
    for line in lines:
        gaps = list(_SIDE_GAP.finditer(line))
        if len(gaps) == 1 and gaps[0].end() >= 40 and line[: gaps[0].start()].strip():
            starts[gaps[0].end()] = starts.get(gaps[0].end(), 0) + 1
    if not starts:
        return body
    column, beside = max(starts.items(), key=lambda kv: kv[1])
    if beside < 4:
        return body
    rows = [
        i
        for i, line in enumerate(lines)
        if len(line) > column
        and line[column - 1] == " "
        and line[column] != " "
        and line[column - 4 : column].strip() == ""
    ]
    if len(rows) < 6:
        return body
    cells = [lines[i][column:].strip() for i in rows]
    if sum(bool(JURY_ROLE_CELL.match(c)) for c in cells) * 2 >= len(cells):
        return body  # a thesis cover's jury: each member's role set at the right margin
    first, last = rows[0], rows[-1]
    main: list[str] = []
    side: list[str] = []
    for line in lines[first : last + 1]:
        if len(line) > column and line[column - 4 : column].strip() == "":
            main.append(line[:column].rstrip())
            side.append(line[column:].rstrip())
        else:
            main.append(line)
            if side and side[-1]:
                side.append("")  # the sidebar's own gap between its entries
    return "\n".join([*lines[:first], *main, "", *side, "", *lines[last + 1 :]])


_CUT_LINE = re.compile(r"\([^()]*$|[,–-]\s*$|\b(?:and|of)\s*$")


PAGE_WIDTH_RANK = 0.95  # the line length below which this share of lines ends


def _join_wrapped_cells(body: str) -> str:
    """pdftotext -layout wraps a long cell onto lines indented to the cell's column
    ("Primary supervisor of A (2022 – ) and B" / "(2023 – )."): a line filled to the
    page's width continues on the next one at its column, unless that one opens a label
    ("Examiners: …"), an item or a date of its own."""
    lines = body.split("\n")
    # The page's width: where its longest lines end, not the one line a mended hyphen or a
    # joined header made longer.
    lengths = sorted(len(line.rstrip()) for line in lines if line.strip())
    width = lengths[int(len(lengths) * PAGE_WIDTH_RANK)] if lengths else 0
    if width < 60:
        return body
    out: list[str] = []
    column = None  # the content column of the last cell line
    last = 0  # the width of the last physical line
    single = True  # the last physical line holds one cell (no gap after the label column)
    in_cell = False  # the last line is a label column's cell (or its continuation)
    for line in lines:
        stripped = line.strip()
        indent = len(line) - len(line.lstrip(" "))
        if (
            column is not None
            and out
            and stripped
            and abs(indent - column) <= 1
            and last >= width - 14
            and single  # (a table's row: gaps all along, its second line is the cells')
            # an indented list's line goes on only where it is visibly cut (an open
            # bracket, a trailing comma or hyphen): its next line is often the next entry
            and (in_cell or _CUT_LINE.search(out[-1]))
            and "   " not in stripped
            and not _LABEL_START.match(stripped)
            and not (stripped[:1].isupper() and _LABELLED_NAME_TAIL.search(out[-1].rstrip()))
        ):
            previous = out[-1].rstrip()
            glue = "" if re.search(r"[a-zà-ÿ]-$", previous) and stripped[:1].isupper() else " "
            out[-1] = previous + glue + stripped
            last = len(line.rstrip())  # (the next line continues this one only if it is full)
            continue
        cell = _CELL_LINE.match(line)
        content = line.strip()[cell.end() - indent :] if cell else line.strip()
        single = not re.search(r"\S {3,}\S", content)
        in_cell = cell is not None or (in_cell and column is not None and indent == column)
        if cell:
            column = cell.end()
        elif not stripped or indent == 0:
            column, in_cell = None, False
        elif single and not in_cell:
            column = indent  # an indented list's line: a wrapped one goes on at its indent
        out.append(line)
        last = len(line.rstrip())
    return "\n".join(out)


_LISTED_NAME_CUT = re.compile(
    r"(\b(?:and|&|,)\s+[A-ZÀ-Þ][a-zà-ÿ]+)\n(?=[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?\s*\()"
)
_HTML_CELL_OPEN = re.compile(r"(?i)<(?:td|th|li)\b[^>]*>")
_HTML_TABLE = re.compile(r"(?is)<table\b[^>]*>(.*?)</table\s*>")
_HTML_ROW = re.compile(r"(?is)<tr\b[^>]*>(.*?)</tr\s*>")
_HTML_CELL = re.compile(r"(?is)<(t[dh])\b[^>]*>(.*?)</t[dh]\s*>")


def _pipe_table(match: re.Match[str]) -> str:
    """A data table's rows (under a ``<th>`` header row) as Markdown pipe-table lines; a
    table without one (a row of member cards) is left to the cell rule."""
    rows = [_HTML_CELL.findall(row.group(1)) for row in _HTML_ROW.finditer(match.group(1))]
    rows = [cells for cells in rows if cells]
    if rows and all(
        len(cells) >= 2 and LONE_DATE.match(inline(TAG.sub(" ", cells[0][1])).strip())
        for cells in rows
    ):
        # A CV's table without a header, a date cell then the entry ("<td>2019 – 2022</td>
        # <td>Diplôme d'ingénieur, École X</td>"): each row one dated list item.
        items = (
            " — ".join(inline(_HTML_LINE_BREAK.sub(" ", text)).strip() for _, text in cells)
            for cells in rows
        )
        return "\n\n" + "\n".join(f"- {item}" for item in items) + "\n\n"
    if len(rows) < 2 or not all(tag.lower() == "th" for tag, _ in rows[0]):
        return match.group(0)
    lines: list[str] = []
    for cells in rows:
        texts = [inline(_HTML_LINE_BREAK.sub(" ", text)).replace("|", "/") for _, text in cells]
        lines.append("| " + " | ".join(texts) + " |")
        if len(lines) == 1:
            lines.append("|" + "---|" * len(cells))
    return "\n\n" + "\n".join(lines) + "\n\n"


_HTML_LINE_BREAK = re.compile(r"(?i)<br\s*/?>")
# A README's collapsible block: "<details><summary><b>PhD students</b></summary>" titles
# the table or list it folds, as a heading would.
_HTML_SUMMARY = re.compile(r"(?i)<summary\b[^>\n]*>([^\n]{1,120}?)</summary\s*>")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
EMPHASIS = re.compile(r"(\*\*\*|\*\*|__|\*|(?<![\w])_)(?=\S)(.+?)(?<=\S)\1(?![\w])")
ESCAPE = re.compile(r"\\([\\`*_{}\[\]()#+\-.!|~$])")


def _wiki_text(match: re.Match[str]) -> str:
    if match.group(0).startswith("!"):
        return ""
    if match.group(2):
        return match.group(2).strip()
    target = match.group(1).split("#")[0].rsplit("/", 1)[-1].strip()
    return target or match.group(1).rsplit("#", 1)[-1].strip()


def inline(text: str, links: list[str] | None = None) -> str:
    """Markdown/HTML inline markup → plain text; link targets go to *links*."""
    if links is not None:
        links.extend(m.group(2) for m in LINK.finditer(text))
        links.extend(m.group(1) for m in HTML_LINK.finditer(text))

    def link_text(match: re.Match[str]) -> str:
        return "" if match.group(0).startswith("!") else match.group(1)

    text = LINK.sub(link_text, text)
    text = REF_LINK.sub(r"\1", text)
    text = TAG.sub("", text)
    if "\\*" in text or "\\_" in text:
        # "Montazeri\*, Quill\*" (html2text's escaped equal-contribution marks): a mark,
        # not the ends of an emphasis.
        text = text.replace("\\*", "\ue001").replace("\\_", "\ue002")
    for _ in range(2):
        text = EMPHASIS.sub(r"\2", text)
    text = text.replace("`", "").replace("\ue001", "*").replace("\ue002", "_")
    text = ESCAPE.sub(r"\1", text)
    text = re.sub(r"&nbsp;|\u00a0", " ", text)
    text = text.replace("&amp;", "&")
    return re.sub(r"[ \t]+", " ", text).strip()


# Pelican's (and MultiMarkdown's) metadata header: "Title: CV" lines up to a blank line.
METADATA_HEADER = re.compile(r"\A\ufeff?((?:[A-Za-z][\w-]{0,20}:[^\n]*\n)+)[ \t]*(?:\n|\Z)")
METADATA_KEYS = frozenset(
    "title slug date modified tags category lang author authors summary status save_as url "
    "template translation keywords subtitle".split()
)


def _metadata_header(text: str) -> tuple[dict, str] | None:
    if text[:7].lstrip("\ufeff").lower()[:6] != "title:":
        return None
    match = METADATA_HEADER.match(text)
    if not match:
        return None
    fields = dict(line.split(":", 1) for line in match.group(1).splitlines())
    if any(key.strip().lower() not in METADATA_KEYS for key in fields):
        return None
    return {key.strip().lower(): value.strip() for key, value in fields.items()}, text[
        match.end() :
    ]


def _pandoc_title_block(text: str) -> tuple[dict, str] | None:
    """Pandoc's "% title" / "% author" / "% date" lines opening a Markdown source: the
    title, an author line that is a name, and the body with the date line left out (an
    "Updated: April 2025" dates no entry); a line that is no name stays in the body."""
    if not text.startswith("% "):
        return None
    lines = text.split("\n")
    count = next((i for i, line in enumerate(lines) if not line.startswith("%")), len(lines))
    if count > 3:
        return None
    from crawler.names import looks_like_person_name

    block = [line[1:].strip() for line in lines[:count]]
    front: dict = {"title": block[0]} if block[0] else {}
    kept = []
    for index, line in enumerate(block[1:], start=1):
        if index == 1 and looks_like_person_name(line):
            front["author"] = line
        elif index == count - 1 and count == 3:
            front["date"] = line
        elif line:
            kept.append(line)
    return front, "\n".join([*kept, *lines[count:]])


# A YAML list entry its author marked as the theme's sample ("- course: BSc in Physics
# # example, delete me", "# exemple du thème, à supprimer"): no fact of the page's owner.
_SAMPLE_NOTE = re.compile(
    r"(?im)^(?P<indent>[ \t]*)-[ \t][^#\n]*[ \t]#[^\n]*\b(?:example|exemple|sample|demo|"
    r"démo|placeholder|delete|remove|à\s+supprimer|à\s+effacer|à\s+remplacer)\b[^\n]*$"
)


def _sample_items_dropped(raw: str) -> str:
    """The front matter less the list entries a comment marks as samples (the entry's
    line and the lines indented below it)."""
    lines = raw.split("\n")
    kept: list[str] = []
    dropping = -1  # the dropped entry's indent
    for line in lines:
        indent = len(line) - len(line.lstrip())
        if dropping >= 0:
            if line.strip() and (indent > dropping) and not line.lstrip().startswith("- "):
                continue
            dropping = -1
        if (note := _SAMPLE_NOTE.match(line)) is not None:
            dropping = len(note["indent"])
            continue
        kept.append(line)
    return "\n".join(kept)


def split_front_matter(text: str) -> tuple[dict, str]:
    match = FRONT_MATTER.match(text)
    if not match:
        if text.startswith("% ") and (block := _pandoc_title_block(text)):
            return block
        return _metadata_header(text) or ({}, text)
    raw = match.group(2)
    if "#" in raw and match.group(1) == "---" and _SAMPLE_NOTE.search(raw):
        raw = _sample_items_dropped(raw)
    try:
        data = tomllib.loads(raw) if match.group(1) == "+++" else yaml.safe_load(raw)
    except (yaml.YAMLError, tomllib.TOMLDecodeError, ValueError):
        data = {}
    return (data if isinstance(data, dict) else {}), text[match.end() :]


_TRAILING_BRACKETS = re.compile(r"\s*\([^()]*\)$")


_ENUMERATOR = re.compile(r"^\((?:[a-h]|[ivx]{1,4})\)\s+(?=[A-Z])")
_SUB_LABEL = re.compile(r"[^\W\d][^:;,.()]{1,40}?\s*:")  # "Thèses :", "Stages de master :"


LIST_TITLE_WORDS = 6  # "Stages de master 2", "Undergraduate research assistants"


def _students_label(label: str) -> bool:
    """A label naming a group of students ("Undergraduate summer students", "Stagiaires
    de M2"): plural, and a students section's words."""
    return label[-1:] in "sx2" and heading_kind(label) is SectionKind.STUDENTS


# A group title inside a list: "Examinateur", "Thèses en cours" (a few words, no figures).
_LIST_TITLE = re.compile(r"[A-ZÀ-Þ][^\W\d_]*(?:[ '’-][^\W\d_]+){0,3}")
_CIVILITY = re.compile(r"(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Pr|Prof)\.?\s+[A-ZÀ-Þ]")


# A saved encyclopedia page's infobox, one row a line: "Doctoral advisor<TAB>A", then
# "Doctoral students<TAB>B" over "C" and "D" (the cell's other values, one a line).
_INFOBOX_ROW = re.compile(
    r"(?m)^(?P<label>[A-Z][a-z]+(?:[ \xa0][a-z]+){0,3})\t+(?P<value>\S[^\t\n]*)$"
)
INFOBOX_ROWS = 4  # rows of that shape in the text: fewer is a table's, not an infobox
_INFOBOX_VALUE = re.compile(r"[A-ZÀ-Þ][^\t.:;!?]{1,60}")


def _infobox_items(body: str) -> str:
    """Each infobox row as a labelled list item ("- Doctoral students: B"), with the lines
    below it that carry no label of their own ("C", "D") as the item's further lines."""
    out: list[str] = []
    in_row = False
    for line in body.split("\n"):
        row = _INFOBOX_ROW.match(line)
        if row:
            out.append(f"- {row.group('label')}: {row.group('value').strip()}")
            in_row = True
        elif in_row and "\t" not in line and _INFOBOX_VALUE.fullmatch(line.strip()):
            out.append(f"  {line.strip()}")
        else:
            in_row = False
            out.append(line)
    return "\n".join(out)


def _names_a_section(text: str) -> bool:
    from crawler.extract.sections import heading_kind  # (sections reads documents: late)

    return heading_kind(text) is not None


SECTION_LINE_CHARS = 30  # "Working Papers", "Thèses encadrées": a section's own line
NUMBERED_SECTION_LINE_CHARS = 40


_OUTLINE_NUMBER = re.compile(r"(?:[a-zA-Z]\.\d{1,2}|\d{1,2}(?:\.\d{1,2})+)\.?\s+(?=[A-ZÀ-Þ])")


def _is_plain_heading(line: str, previous: str, following: str) -> bool:
    """A short isolated line without sentence punctuation or year, starting upper-case."""
    stripped = line.strip()
    if not stripped:
        return False
    if previous.strip() and not (
        # "SUPERVISION" / "  Doctoral students" / "    - A (2019–2024)": a list's title
        # right below the capitals heading it divides
        previous.strip().isupper()
        and ITEM.match(following)
        and not stripped.isupper()
        and len(stripped) <= SECTION_LINE_CHARS
        and _names_a_section(stripped)
    ):
        return False
    outline = None
    if following[-1:] == ")" and following.lstrip()[:1] == "(" and len(following) < 60:
        following = ""  # "C.1 Students supervised" / "   (current at 31/12/2024)": its note
    if stripped[0] == "(" and _ENUMERATOR.match(stripped):
        stripped = _ENUMERATOR.sub("", stripped)  # "(b) Appointments": a form's lettered part
    elif stripped[:1] in "SPAspa" and (outline := FORM_PART.match(stripped)):
        # "Section c: Track record (max. 2 pages)": a funder form's lettered part that names
        # a known section
        if _names_a_section(_TRAILING_BRACKETS.sub("", stripped[outline.end() :])):
            stripped = stripped[outline.end() :]
        else:
            outline = None
    elif "." in stripped[1:5] and (outline := _OUTLINE_NUMBER.match(stripped)):
        # "b.3 Track record", "4.2 Publications": a proposal's numbered part that names a
        # known section
        if _names_a_section(stripped[outline.end() :]):
            stripped = stripped[outline.end() :]
    # "JURYS DE THÈSE (rapporteur : 5, examinateur : 3)": counts in brackets after capitals.
    # "Participation à des jurys de thèse (rapporteur : 3, examinateur : 5)": the same in
    # a title's own case, when the words before the brackets name a section; "C.1 Students
    # supervised (current at 31/12/2024)": a report's numbered part and its bracketed date.
    core = _TRAILING_BRACKETS.sub("", stripped)
    if core != stripped and (
        core.isupper() or (":" in stripped or outline) and _names_a_section(core)
    ):
        stripped = core
    # "EMPLOYMENT" over its entries: a plain-text CV's heading in capitals needs no gap.
    if (
        following.strip()
        and not ITEM.match(following)
        and not stripped.isupper()
        # "Working Papers" right over its entries (a PDF CV's sub-heading): a few words
        # that name a section, over a line that does not go on with them
        and not (
            # (a numbered part's title is longer: "C.4. Participación en tribunales de tesis")
            len(stripped) <= (NUMBERED_SECTION_LINE_CHARS if outline else SECTION_LINE_CHARS)
            and stripped[-1:].isalpha()
            and not following.lstrip()[:1].islower()
            and following[:1] not in (" ", "\t")  # (an indented list's title: read below)
            and _names_a_section(stripped)
        )
    ):
        return False
    words = stripped.split()
    # (the length of the words: "TITLE      CITED BY   YEAR" pads its columns with spaces)
    if (
        # "Articles dans des revues à comité de lecture": a longer title that names a section
        # (a report's numbered part is longer: "C.2 Higher degree by research candidates
        # supervised as co-supervisor / associate supervisor")
        len(words) > (14 if outline else 10)
        or len(words) > 7
        and not _names_a_section(stripped)
        or len(" ".join(words)) > (100 if outline else 70)
        or stripped[-1] in ".,;:!?"
        or YEAR.search(stripped)
    ):
        return False
    if ":" in stripped or stripped[0].isdigit() or stripped.startswith(("[", "(", "|", "<")):
        return False
    if "," in stripped and _CIVILITY.match(stripped):
        return False  # "M. A, Professeur, Université X, Rapporteur": a jury's line
    if stripped.count(" — ") >= 2:
        return False  # "Degree — Subject Area — Dates": a table's header row, not a title
    if "), " in stripped and stripped.endswith(")"):
        return False  # "A (’21), B (’23)": a list of people with their brackets
    first_letter = next((c for c in stripped if c.isalpha()), "")
    return bool(first_letter) and first_letter.isupper()


MEMBER_LINE_CHARS = 120
_REFEREES_LABEL = re.compile(r"(?i)referees?|references?|référents?")


def _signature_member(line: str, above: Block) -> bool:
    """*line* names one person ("A, Co-Supervisor", "Dr B (internal)") under the committee's
    or the supervisors' label that *above* (a title, or a "Label:" line) ends with."""
    from crawler.extract.persons import name_from_piece  # (persons reads documents: late)

    stripped = line.strip()
    if not stripped or any(c.isdigit() for c in stripped) or len(stripped.split()) > 8:
        return False
    label = above.text if above.kind is BlockKind.HEADING else above.text.split("\n")[0]
    if above.kind is not BlockKind.HEADING:
        if above.text.count("\n") > (0 if ":" in above.text.rsplit("\n", 1)[-1] else 8):
            return False  # (no field's line: a paragraph)
        label = above.text.rsplit("\n", 1)[-1] if ":" in above.text.rsplit("\n", 1)[-1] else label
        label = label.split(":", 1)[0]
    label = label.strip(" :：")
    if _REFEREES_LABEL.fullmatch(label):
        return False  # "Referees:" over a CV's references, a line each: no thesis's jury
    if len(label) > 40 or not (
        LEXICON.pattern("JURY_CUES").fullmatch(label)
        or LEXICON.pattern("SUPERVISION_CUES").fullmatch(label)
    ):
        return False
    if heading_kind(stripped) is not None:
        return False  # "Declaration", "Acknowledgements": the next part's title
    return name_from_piece(stripped.split(",")[0]) is not None


def _indented_list_title(line: str) -> bool:
    """A short line that names a known section ("Doctoral students advised"), with no
    sentence punctuation, label colon or year."""
    from crawler.extract.sections import heading_kind

    stripped = line.strip()
    if not stripped or len(stripped.split()) > 6 or stripped[-1] in ".,;:" or ":" in stripped:
        return False
    if " — " in stripped:
        from crawler.extract.persons import name_at_start

        if name_at_start(stripped.split(" — ", 1)[1]):
            return False  # "Doctoral students<TAB>A" (an infobox's row): a label and its value
    return not YEAR.search(stripped) and heading_kind(stripped) is not None


def _numbered_caps_heading(
    text: str, previous: str, following: str, in_publications: bool = False
) -> bool:
    """ "2. PERSONNEL SUPERVISED" between blank lines: capitals, a few words, no year; or
    "3. Encadrement doctoral" in a title's own case, when its words name a section (not
    a numbered paper's title in a publications list)."""
    # ("… : rapporteur (2), examinateur (3)": a count in brackets or a colon is no word)
    words = [word for word in text.split() if any(c.isalpha() for c in word)]
    return (
        not previous.strip()
        and not following.strip()
        and 0 < len(words) <= NUMBERED_LONG_TITLE_WORDS
        and (
            text.isupper()
            and len(words) <= NUMBERED_CAPS_WORDS
            # "6. Recommandations" after a numbered list of papers: one or two bare words,
            # a title no paper has (a paper's entry writes its authors' commas and dots)
            or in_publications
            and len(words) <= 2
            and text[:1].isupper()
            and all(w.replace("'", "").replace("-", "").isalpha() for w in words)
            or not in_publications
            and text[:1].isupper()
            and (
                len(words) <= NUMBERED_TITLE_WORDS
                # "3. Participation à des jurys de thèse et d'HDR": longer, no name in it
                or all(not w[:1].isupper() or w.isupper() for w in words[1:])
            )
            and _names_a_section(text.strip())
        )
        # ("5. Publications depuis 2014 (sélection)": a span the title's section covers)
        and not YEAR.search(_SINCE_YEAR.sub("", text) if "20" in text or "19" in text else text)
    )


# "depuis 2014", "since 2019": the years a section's title says it covers (a student's
# "(2022–)" is an entry's, no title's)
_SINCE_YEAR = re.compile(r"(?i)\b(?:depuis|since|après)\s+(?:19|20)\d\d\b")


NUMBERED_CAPS_WORDS = 7  # "2. PERSONNEL SUPERVISED"
NUMBERED_TITLE_WORDS = 8  # "3. Participation à des jurys de thèse et d'HDR"
# "8. Publications dans des revues internationales à comité de lecture": longer still, its
# words after the first in lower case (no paper's title with a name in it)
NUMBERED_LONG_TITLE_WORDS = 12

# A dated entry's opening: "2019 – 2023 A", "depuis 2017 …", "2024 : rapportrice de A".
_DATED_LINE = re.compile(r"^\s*(?:(?:depuis|since|from)\s+)?(?:19|20)\d\d\b")
_ACRONYM_WORD = re.compile(r"(?<![^\s'’])[A-Z]{2,}\b")
_DEGREE_DOTS = re.compile(r"\b(Ph|M|B)\.\s?(D|Sc|S|A|Phil)\.")
_GROUP_TITLE = re.compile(r"[^\W\d][^\d.,;:!?|()\[\]]{2,48}")


def _dated_group_title(line: str, sections: list[tuple[int, str]]) -> bool:
    """A few words over dated entries that group them: a known section's name ("Thèses
    soutenues", "Post-doctorants accueillis"), or a word of supervision inside a students'
    or a jury's section ("Thèse arrêtée", "Garant d'HDR"), never a person's name."""
    from crawler.extract.persons import name_at_start
    from crawler.extract.sections import SectionKind, contexts_in

    stripped = line.strip()
    # ("Ph.D. students (primary advisor)": a degree's dots and a closing note in brackets)
    core = (
        _DEGREE_DOTS.sub(r"\1\2", _TRAILING_BRACKETS.sub("", stripped))
        if "." in stripped or ")" in stripped
        else stripped
    )
    if not _GROUP_TITLE.fullmatch(core) or len(stripped.split()) > 6:
        return False
    if not stripped[0].isupper():
        return False
    if name_at_start(stripped) and not _ACRONYM_WORD.search(stripped):
        return False  # (an acronym is no name: "Garant d'HDR" reads like "Jean d'Ormesson")
    if heading_kind(stripped) is not None:
        return True
    outer = next((k for _, t in reversed(sections) if (k := heading_kind(t))), None)
    return outer in (SectionKind.STUDENTS, SectionKind.JURY) and (
        bool(contexts_in(stripped)) or "HDR" in stripped
    )


def _in_publications(sections: list[tuple[int, str]]) -> bool:
    from crawler.extract.sections import SectionKind, heading_kind

    kinds = [heading_kind(title) for _, title in sections]
    kinds = [k for k in kinds if k is not None]
    return bool(kinds) and kinds[-1] is SectionKind.PUBLICATIONS


# A line break inside a sentence: the line ends on a word that needs its continuation.
_OPEN_TAIL = re.compile(
    r"(?:[,(]|\b(?:and|with|by|of|at|the|to|from|under|in|for|de|du|des|la|le|les|et|par|avec"
    r"|à|au|aux|sous|chez|en|sur)|\b[dl]['’]"
    # "auprès de Pr.\nWouter X": a title cut from the name it stands before
    r"|\b(?:Pr|Prof|Dr|Mme|Mr|Mrs|Ms)\.)\s*$",
    re.I,
)
# A line that starts something of its own: a list item, a date, a "Label: value".
_FRESH_LINE = re.compile(r"^\s*(?:[-*+•|\[(]|\d|[^\s:]{1,20}(?:\s[^\s:]{1,20}){0,2}\s?:\s)")
# "J'ai soutenu ma thèse en\n2007 à …": a year the wrap pushed to the next line, after a
# preposition that asks for one (not a dated entry "2007–2010: …" of its own).
_YEAR_TAIL = re.compile(r"(?i)\b(?:en|in|since|depuis|until|jusqu'en|from|after|before)\s*$")
_WRAPPED_YEAR = re.compile(r"^\s*(?:19|20)\d\d\b(?!\s*[-–—:/.)])")


def _wrapped_year(previous: str, line: str) -> bool:
    return bool(_WRAPPED_YEAR.match(line) and _YEAR_TAIL.search(previous))


# "sept. 2019 – août 2021   Post-doctorante, …": a plain-text CV's entry opens with its
# month-and-year range, a fresh line as much as one opening with the bare year.
_MONTHS = alternation(sorted((re.escape(m) for m in LEXICON.months), key=len, reverse=True))
_MONTH_RANGE_LINE = re.compile(rf"(?i)^\s*(?:{_MONTHS})\.?\s+(?:19|20)\d\d\s*[–—-]")


# "T Quill, S Marlow, ..." under a paper's title (a citation index's export): the authors'
# own line, initials first, not the title's continuation.
_AUTHOR_LINE = re.compile(
    r"^\s*(?:[A-Z]{1,3}\.?\s+[A-ZÀ-Þ][\w'’-]+\s*,\s*)+[A-Z]{1,3}\.?\s+[A-ZÀ-Þ]"
    # "Family GH, Other I, …": the Vancouver form opens an entry too
    r"|^\s*[A-ZÀ-Þ][\w'’-]+\s[A-Z]{1,3},\s[A-ZÀ-Þ][\w'’-]+\s[A-Z]{1,3}\b"
)
# "Université X" over "Laboratoire Y" in a CV's header: each line names a unit of its own.
_UNIT_LINE = re.compile(
    r"^\s*(?:Laboratoire|Laboratory|Institut|Institute|Université|University|École|"
    r"Département|Department|UMR|UPR)\b"
)
# "… my PhD from Ashgrove\nUniversity in 2014": the unit word ends a name the wrap cut (the
# sentence goes on after it), no unit line of its own.
_NAME_TAIL_LINE = re.compile(
    r"^\s*(?:Institute|University|Université|Institut)"
    r"(?=\s*(?:[,.;)]|(?:in|at|and|since|from|en|à|depuis|et|where|où)\b))"
)
_LIST_CUT_TAIL = re.compile(r"(?:[:,]|\band)\s+[A-ZÀ-Þ][\w'’-]+$")
_LIST_CUT_HEAD = re.compile(r"^\s*[A-ZÀ-Þ][\w'’-]+(?:,\s|\s+\(|\s*$)")
# "prof. dr hab. inż. A" / "dr B": a name under its titles written in lower case, as Polish
# and Czech lists write each member on a line of its own (no sentence's continuation).
_TITLED_NAME_LINE = re.compile(
    r"^\s*(?:prof|dr|doc|mgr)\.?(?:\s+(?:dr|hab|inż|n\.\s?[a-z]+|prof)\.?)*\s+[A-ZÀ-ÞŁŚŻŹĆŃ][a-zà-ÿ]"
)
SOFT_WRAP_WIDTH = 50  # a longer line that stops mid-sentence ran into the text's right edge
# A line ending on a person cue and a given name ("avec Rui", "under Prof. Jane"), and the
# next line's one capitalised word closing the name ("Tavares-Bento.", "Doe, …").
_NAME_CUT_TAIL = re.compile(
    r"\b(?:avec|with|under|par|by|chez|auprès\s+d[e'’]|direction\s+d[e'’]|supervision\s+of)"
    r"\s+(?:(?:Pr|Prof|Dr)\.?\s+)?[A-ZÀ-Þ][a-zà-ÿ'’-]+$"
)
_NAME_END_LINE = re.compile(r"^\s*[A-ZÀ-Þ][\w'’-]+(?:[.,;)]|\s*\(|\s*$)")
# "Directeur : A ; co-encadrant : Ada Quill" over "Soutenue le …": a labelled field's
# name closes the line, and a capitalised next line opens a sentence of its own.
_LABELLED_NAME_TAIL = re.compile(
    r"(?:^|[;,]\s)[^\s:;,]{2,25}(?:\s[^\s:;,]{1,20}){0,3}\s?:\s+(?:(?:Pr|Prof|Dr)\.?\s+)?"
    r"(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-Þ][\w'’-]+$"
)


def unwrap(lines: list[str], fresh: set[int] = frozenset()) -> str:
    """Join the lines of a hard-wrapped paragraph (a README or Markdown source wrapped at 72
    columns): a name or a cue cut by the line end ("advised by Jane\\nDoe") is read whole,
    while lines that each start an entry, a date or a label (or a sub-item: *fresh*) stay
    apart."""
    joined = [lines[0]]
    for index, line in enumerate(lines[1:], 1):
        previous = joined[-1].rstrip()
        wrapped = (
            index not in fresh
            and " | " not in previous  # a table row is a line of its own
            and line.count(" — ") < 2  # (so is a row of cells set apart by blanks)
            and (not _FRESH_LINE.match(line) or _wrapped_year(previous, line))
            and not _MONTH_RANGE_LINE.match(line)
            and (
                _OPEN_TAIL.search(previous)
                or (
                    line[:1].islower()
                    and len(previous) >= SOFT_WRAP_WIDTH // 2
                    and not _TITLED_NAME_LINE.match(line)
                )
                or (
                    # "Committee: A (chair), B, Rafael" over "Quintanilla, C (external)":
                    # the line's edge cut a listed name after its given name; "B (external,
                    # Department of Mechanical" over "Engineering)": a bracket left open.
                    len(previous) >= SOFT_WRAP_WIDTH
                    and (
                        _LIST_CUT_TAIL.search(previous)
                        and _LIST_CUT_HEAD.match(line)
                        or previous.count("(") > previous.count(")")
                        and "," in previous.rsplit("(", 1)[1]
                        and line.find(")") >= 0
                        and (line.find("(") < 0 or line.find(")") < line.find("("))
                    )
                )
                # "…, avec Rui" / "Tavares-Bento.": a person's name the line end cut
                or (
                    len(previous) >= SOFT_WRAP_WIDTH
                    and _NAME_CUT_TAIL.search(previous) is not None
                    and _NAME_END_LINE.match(line) is not None
                )
                or (
                    len(previous) >= SOFT_WRAP_WIDTH
                    and previous[-1:] not in ".:;!?)"
                    and _prose(previous)
                    and not _AUTHOR_LINE.match(line)
                    and not _TITLED_NAME_LINE.match(line)
                    and (not _UNIT_LINE.match(line) or _NAME_TAIL_LINE.match(line))
                )
            )
        )
        if wrapped:
            joined[-1] = f"{previous} {line.lstrip()}"
        else:
            joined.append(line)
    return "\n".join(joined)


def _group_title(item: re.Match[str], following: re.Match[str] | None) -> bool:
    """A short item without figures or punctuation whose next line is a deeper item."""
    text = item.group("text").strip()
    return (
        following is not None
        and len(following.group("indent").expandtabs(4)) > len(item.group("indent").expandtabs(4))
        and len(text.split()) <= 4
        and not any(c.isdigit() or c in ",;:()." for c in text)
    )


def _prose(line: str) -> bool:
    """A sentence's words, not a CV entry's capitalised titles and places ("Associate
    Professor of Mathematics, University of X"): many of its words are lower case."""
    words = line.split()
    return sum(w[:1].islower() for w in words) >= PROSE_SHARE * len(words)


PROSE_SHARE = 0.4
_SUB_ITEM = "\ue000"  # marks a sub-item's line inside its parent item (never joined)


_HARD_BREAK = re.compile(r"(?<=\S)\\\n")


# Markdown footnotes: "A (2016–2019)[^1]" and, further down, "[^1]: Co-supervised with B.".
_FOOTNOTE_DEFINITION = re.compile(r"(?m)^[ \t]{0,3}\[\^([^\]\s]{1,20})\]:[ \t]*(\S[^\n]*)\n?")
_FOOTNOTE_MARK = re.compile(r"\[\^([^\]\s]{1,20})\]")


_DEFINITION_ITEM = re.compile(
    r"(?m)^(?P<term>[^\s:#>|*-][^\n:]{1,80}|\*\*[^\n*]{2,80}\*\*)\n:[ \t]+(?P<definition>\S[^\n]*)$"
)


# A definition list's term over several definitions ("Doctoral candidates" over ": A
# (2017--2021)", ": B (2020--)"): a group title over its items, not one "term — item".
_DEFINITION_GROUP = re.compile(
    r"(?m)^(?P<term>[^\s:#>|*\-\d][^\n:\d]{1,60})\n"
    r"(?P<items>(?::[ \t]+\S[^\n]*\n(?:[ \t]+\S[^\n]*\n)*)+)"
)
_DEFINITION_MARK = re.compile(r"(?m)^:[ \t]+")


def _definition_group(match: re.Match[str]) -> str:
    """Several definitions, or one under a students group's term ("Postdoctoral
    researchers" over ": A (2021--2023)"): the term a title over list items."""
    term = match.group("term").strip()
    items = match.group("items")
    if len(_DEFINITION_MARK.findall(items)) < 2 and not _students_label(term):
        return match.group()
    items = _DEFINITION_MARK.sub("- ", items)
    return f"###### {term}\n\n{items}"


_OPENING_RULE = re.compile(r"(?:\A|(?<=\n\n))[ \t]*(?:={10,}|-{10,})[ \t]*\n")
_RULE_LINE = re.compile(r"[ \t]*(?:-{4,}|={4,}|_{4,}|~{4,})[ \t]*")


def _inline_footnotes(body: str) -> str:
    """Each footnote's text put back in brackets where its mark stands (the note is about
    that entry: "co-supervised with B" belongs to the student it is attached to)."""
    notes: dict[str, str] = {}

    def keep(match: re.Match[str]) -> str:
        notes[match.group(1)] = match.group(2).strip().rstrip(".")
        return ""

    body = _FOOTNOTE_DEFINITION.sub(keep, body)
    if not notes:
        return body
    return _FOOTNOTE_MARK.sub(
        lambda m: f" {_bracketed_note(notes[m.group(1)])}" if m.group(1) in notes else m.group(),
        body,
    )


def _bracketed_note(note: str) -> str:
    """A note's sentences ("…; I thank B for …") each in its own brackets: a sentence
    ending inside one pair would leave the entry's sentence with an open bracket."""
    return " ".join(f"({piece.strip().rstrip(';.')})" for _, piece in sentences(note))


# An R chunk building a table ("```{r}" … "tribble(" ~ what, ~ when, … rows of quoted cells).
_TRIBBLE_CHUNK = re.compile(
    r"^```\{r[^}\n]*\}[ \t]*\n(?:(?!```)[^\n]*\n)*?"
    r"[^\n]*\btribble\((?:(?!```)[^\n]*\n)*?```[ \t]*$",
    re.M,
)
_R_STRING = re.compile(r'"((?:[^"\\\n]|\\.)*)"')


def _tribble_items(match: re.Match) -> str:
    """Each row of a tribble (a line of two or more quoted cells) as a list item whose cells
    are joined in order: "Lecturer", "2016--2020", "Univ. of Quillby" → one CV entry."""
    items = []
    for line in match.group(0).split("\n"):
        cells = _R_STRING.findall(line)
        if len(cells) >= 2 and line.lstrip().startswith('"'):
            items.append("- " + ", ".join(c.strip() for c in cells if c.strip()))
    return "\n".join(items)


def load_markdown(
    text: str,
    source: str,
    *,
    plain: bool = False,
    soft_wraps: bool = True,
    handles: dict[str, str] | None = None,
) -> Document:
    """Parse Markdown / text into blocks; front matter lands in ``meta['front_matter']``.
    With *soft_wraps*, hard-wrapped lines of a paragraph or list item are joined (not for
    PDF text, whose line layout the CV rules read)."""
    document = Document(source, DocumentFormat.TEXT if plain else DocumentFormat.MARKDOWN)
    front, body = split_front_matter(text)
    if front:
        document.format = DocumentFormat.MARKDOWN
        document.meta["front_matter"] = front
        title = front.get("title")
        if isinstance(title, str) and title.strip():
            document.title = title.strip()
            subtitle = front.get("subtitle")
            if isinstance(subtitle, str) and subtitle.strip():
                # "People" over "The Quill Lab for X" (a theme's page subtitle): the lab
                # the page speaks for, as an HTML page's "People – Quill Lab" title says.
                document.title = f"{document.title} – {subtitle.strip()}"
    body = COMMENT.sub("", body)
    if not plain and "[[" in body and "]]" in body:
        body = _WIKI_LINK.sub(_wiki_text, body)
    if not plain and "%%" in body:
        body = _WIKI_COMMENT.sub("", body)
    if not plain and "[!" in body:
        body = _CALLOUT_MARK.sub(r"\1", body)
    if body.startswith("# jemdoc") or "\n# jemdoc:" in body[:2000]:
        body = jemdoc_source(body)
    if "**" in body:
        # "**Ada Quill**, B. Ng. Title…": the name a page sets in bold among authors
        # (owner.py reads it when one entry alone cannot show a recurring author).
        document.meta["bold"] = re.findall(r"\*\*([^*\n]{3,60})\*\*", body)
    if "{{" in body and "name=" in body:
        body = _PERSON_SHORTCODE.sub(_person_card, body)
    if not plain and "{{" in body and '="' in body:
        body = _ENTRY_SHORTCODE.sub(_entry_card, body)
    if not plain and ("import " in body or "export " in body):
        body = _ESM_LINE.sub("", body)
    if not plain and "{/*" in body:
        body = _JSX_COMMENT.sub("", body)  # an MDX comment (a template's sample card)
    if not plain and "name=" in body and "<" in body:
        body = _JSX_CARD.sub(_jsx_card, body)
    body = LIQUID.sub("", body)
    body = IAL.sub("", body)
    body = body.replace("\r\n", "\n").replace("\r", "\n")
    if not plain and "[^" in body:
        body = _inline_footnotes(body)
    if not plain and "\\\n" in body:
        body = _HARD_BREAK.sub("\n", body)  # Pandoc/Quarto's "line\" hard line break
    if not plain and "\n: " in body:
        # Pandoc's definition list ("**A**" over ": Since 2023, co-advised with B."): one
        # list item, the term then its definition, as "A — Since 2023 …" reads.
        body = _DEFINITION_GROUP.sub(_definition_group, body)
        body = _DEFINITION_ITEM.sub(r"- \g<term> — \g<definition>", body)
    if not plain and "<summary" in body:
        body = _HTML_SUMMARY.sub(r"\n\n###### \1\n\n", body)
    if not plain and "<tr" in body and "</t" in body:
        # An HTML table in Markdown (academicpages' "<table>" of students): one row a
        # pipe-table line, read as a Markdown table is (the header row labels the cells).
        body = _HTML_TABLE.sub(_pipe_table, body)
    if not plain and ("<td" in body or "<li" in body or "<br" in body):
        # Raw HTML in Markdown (a README's table of member cards): each cell or item is a
        # paragraph of its own, a <br> a line break.
        body = _HTML_LINE_BREAK.sub("\n", _HTML_CELL_OPEN.sub("\n\n", body))
    if plain and ("====" in body[:200] or "----" in body[:200]):
        # "=====" / "CURRICULUM VITAE" / "Name": a rule that opens a text file (or follows a
        # blank line) underlines nothing; it frames the title block and is dropped.
        body = _OPENING_RULE.sub("\n", body)
    if plain and soft_wraps and "    " in body:
        # A text dump of a two-column CV (pdftotext -layout of Awesome-CV, moderncv): a run
        # of blanks before a short right-aligned last column is a column gap ("Univ. X
        # City, Country", "PhD in Y      Jul. 2013 - Mar. 2018"), a cell boundary.
        body = _join_wrapped_cells(_split_side_column(body))
        body = _COLUMN_GAP.sub(_column_gap, body)
        if "   " in body:
            # "McAllister University   PhD   Chemical Engineering   2009 – 2014": a table's
            # row, gaps all along; each gap is a cell boundary (as a tab is).
            body = _TABLE_ROW.sub(_table_row, body)
    if plain and "\n" in body and (" and " in body or ", " in body):
        # "projects of Keziah Doran (2023) and Arjun" / "Baptiste-Rao (2024)": the line
        # cut a listed name in two.
        body = _LISTED_NAME_CUT.sub(r"\1 ", body)
    if plain and "\t" in body:
        # Columns aligned with tabs ("2019-2021<TAB>Post-doctorat<TAB>Université X"): a
        # cell ends where a tab starts, so no name runs on into the next column.
        # A tab after a line's list marker or section number ("•<TAB>A", "2.1<TAB>Doctorants",
        # Word's plain-text export) only indents: no cell.
        body = _MARKER_TAB.sub(r"\1 ", body)
        if len(_INFOBOX_ROW.findall(body)) >= INFOBOX_ROWS:
            body = _infobox_items(body)
        body = re.sub(r"(?<=\S)\t+(?=\S)", " — ", body)
    if not plain and "tribble(" in body:
        # R Markdown CVs (vitae): an entry table written as an R chunk is the CV's text.
        body = _TRIBBLE_CHUNK.sub(_tribble_items, body)
    lines = body.split("\n")
    blocks: list[Block] = []
    sections: list[tuple[int, str]] = []
    current: list[str] = []
    current_kind = BlockKind.PARAGRAPH
    current_level = 0
    item_stack: list[tuple[int, str]] = []  # (indent, text) of open list items, for context
    signed: Block | None = None  # a committee's field read from a signature page's lines

    def section_titles() -> tuple[str, ...]:
        return tuple(title for _, title in sections)

    def flush() -> None:
        nonlocal current
        if current:
            raw = "\n".join(current)
            lines = [
                (t, line.startswith(_SUB_ITEM))
                for line in raw.split("\n")
                if (t := inline(line.lstrip(_SUB_ITEM), document.links))
            ]
            cleaned = "\n".join(t for t, _ in lines)
            if soft_wraps and len(lines) > 1:
                cleaned = unwrap(
                    [t for t, _ in lines], {i for i, (_, sub) in enumerate(lines) if sub}
                )
            if cleaned:
                blocks.append(Block(current_kind, cleaned, current_level, section_titles()))
        current = []

    def heading(level: int, title: str) -> None:
        flush()
        title = inline(title, document.links)
        if not title:
            return
        while sections and sections[-1][0] >= level:
            sections.pop()
        blocks.append(Block(BlockKind.HEADING, title, level, section_titles()))
        sections.append((level, title))
        item_stack.clear()

    # Capitals outrank other short lines only where several capitals titles split the text.
    caps_titled = plain and sum(1 for x in lines[:400] if x.strip().isupper()) >= 3
    in_fence = False
    divs: list[int | None] = []  # open fenced divs: a titled one's heading level
    fenced_divs: list[str] = []  # the backtick fences of open MyST directives

    def open_div(title: str) -> None:
        """A titled directive heads a section one level below the one around it."""
        outer = next((lv for lv in reversed(divs) if lv), None)
        level = min((outer or (sections[-1][0] if sections else 1)) + 1, 6)
        divs.append(level)
        heading(level, title)

    def close_div() -> None:
        """After a titled directive, its text belongs to the section around it again."""
        flush()
        closed = divs.pop() if divs else None
        while closed and sections and sections[-1][0] >= closed:
            sections.pop()

    dated_titles: set[tuple[int, str]] = set()  # group titles read over dated entries
    numbered_titles: set[tuple[int, str]] = set()  # "3. Encadrement": a numbered section

    def _under_numbered(level: int) -> int:
        """A plain text's unnumbered title below a numbered one ("3. Activités
        d'encadrement" then "Thèses soutenues", "Thèses en cours"): a part of it."""
        if level != 2 or not numbered_titles or not sections:
            return level
        if sections[-1] in numbered_titles:
            return 3
        if len(sections) > 1 and sections[-2] in numbered_titles and sections[-1][0] == 3:
            return 3  # (the sibling of the part before)
        return level

    bold_titles: set[tuple[int, str]] = set()  # "**Defended:**" read as a title
    indented_list = False  # the lines before were an indented plain-text list's entries
    entry_indent = 0  # the indentation of that list's last entry's first line
    label_titles = False  # a margin label ("Doctorants :") over a list was read as a title
    skipped = -1  # the line a callout's opening read as its title
    for index, line in enumerate(lines):
        if index == skipped:
            continue  # (a callout's title, read with its opening)
        previous = lines[index - 1] if index else ""
        following = lines[index + 1] if index + 1 < len(lines) else ""
        directive = None if in_fence else MYST_TITLED_FENCE.match(line)
        if directive and directive.group(2).lower() in MYST_TITLED_DIRECTIVES:
            # MyST "```{admonition} Advisors": a titled block of text, not code.
            fenced_divs.append(directive.group(1))
            open_div(directive.group(3))
            continue
        if not in_fence and fenced_divs and line.strip() == fenced_divs[-1]:
            fenced_divs.pop()
            close_div()
            continue
        if line.strip().startswith(("```", "~~~")):
            in_fence = not in_fence
            flush()
            continue
        if in_fence:
            continue
        atx = ATX.match(line)
        if atx:
            heading(_under_numbered(len(atx.group(1))), atx.group(2))
            continue
        jemdoc = JEMDOC.match(line)
        if jemdoc and not plain:
            heading(len(jemdoc.group(1)), jemdoc.group(2))
            continue
        if (
            SETEXT.match(following)
            and line.strip()
            and not previous.strip()
            and not ITEM.match(line)
            and len(following.strip()) >= 2
        ):
            heading(1 if following.strip()[0] == "=" else 2, line)
            continue
        if SETEXT.match(line) and previous.strip() and not ITEM.match(previous):
            continue  # underline already consumed
        if re.match(r"^\s*(?:[-*_]\s*){3,}$", line):
            flush()
            continue
        if line.startswith(":::"):
            flush()  # a Pandoc fenced div (":::: {.columns}"): layout around blocks
            titled = MYST_TITLED.match(line)
            if titled and titled.group(1).lower() in MYST_TITLED_DIRECTIVES:
                # MyST ":::{dropdown} Thesis committee": a collapsible section's title.
                open_div(titled.group(2))
            elif ".callout" in line and (callout_title := ATX.match(following)):
                # Quarto's "::: {.callout-note}" over "## A": the heading is the callout's
                # title, a part of the section around it (a member's card in a grid).
                open_div(callout_title.group(2))
                skipped = index + 1
            elif line.strip(": \t"):
                divs.append(None)  # an opening without a title
            else:
                close_div()
            continue
        item = ITEM.match(line)
        label = item and re.fullmatch(r"([^:]{1,40}?)\s*:\s*", inline(item.group("text")))
        if label and len(label.group(1).split()) <= 4:
            heading(max(len(item_stack) + 3, 3), label.group(1))
            continue
        if (
            item
            and plain
            and _numbered_caps_heading(
                item.group("text"), previous, following, _in_publications(sections)
            )
        ):
            # "2. PERSONNEL SUPERVISED" alone on its line: a report's numbered section.
            heading(2, item.group("text").strip())
            numbered_titles.add(sections[-1])
            continue
        if item and _group_title(item, ITEM.match(following)):
            # "* PhD students" over "  * A (2016 – 2021)": a group's title, each sub-item
            # its own entry under it (a sibling of the group before, whose entries it closes).
            indent = len(item.group("indent").expandtabs(4))
            while item_stack and item_stack[-1][0] >= indent:
                item_stack.pop()
            heading(max(len(item_stack) + 3, 3), inline(item.group("text")))
            continue
        if item:
            indent = len(item.group("indent").expandtabs(4))
            if (
                current
                and current_kind is BlockKind.ITEM
                and item_stack
                and indent > item_stack[0][0]
                and not _in_publications(sections)
            ):
                # A sub-item ("  * Supervisor: X" under "* 2015: Research Assistant") is a
                # line of its parent entry.
                current.append(_SUB_ITEM + item.group("text"))
                continue
            flush()
            while item_stack and item_stack[-1][0] >= indent:
                item_stack.pop()
            current_kind, current_level = BlockKind.ITEM, len(item_stack) + 1
            current = [item.group("text")]
            item_stack.append((indent, item.group("text")))
            continue
        if not line.strip():
            flush()
            current_kind, current_level = BlockKind.PARAGRAPH, 0
            continue
        if plain and (sub := _NUMBERED_SUB.match(line)) and not previous.strip():
            heading(2 + sub.group(1).count("."), sub.group("title").strip())
            continue
        if (
            plain
            and line[:1].isdigit()
            and (bare := _BARE_NUMBERED.match(line))
            and _numbered_caps_heading(
                bare.group("title"), previous, following, _in_publications(sections)
            )
        ):
            # "5 Participation à des jurys" (a LaTeX report's section number, no dot, as
            # its text dump prints it) alone between blank lines: a numbered section.
            heading(2, bare.group("title").strip())
            numbered_titles.add(sections[-1])
            continue
        if (
            plain
            and not current
            # (or right under the rule that underlines the section's own title)
            and (not previous.strip() or _RULE_LINE.fullmatch(previous))
            and sections
            and _DATED_LINE.match(following)
            and _dated_group_title(line, sections)
        ):
            # "Thèses soutenues" (or "Garant d'HDR") between a blank line and "2019 – 2023 A
            # (…)": a PDF dump's group title over dated entries, inside the section above.
            last = sections[-1]
            level = last[0] if last in dated_titles else last[0] + 1
            heading(level, line.strip())
            dated_titles.add(sections[-1])
            continue
        if (
            plain
            and not current
            and line[:1] not in (" ", "\t")
            and (following[:2] == "  " or following[:1] == "\t")
            and _indented_list_title(line)
            and not _is_plain_heading(line, previous, following)
        ):
            # "Ph.D. committees (external member)" over "   A, University X, 2019": a
            # plain-text CV's sub-heading over its indented entries.
            heading(3, line.strip())
            indented_list = True
            continue
        if plain and _YEAR_LINE.match(line) and ITEM.match(following):
            # (under the previous year's heading: the same level, a sibling)
            last = sections[-1] if sections else (2, "")
            level = last[0] if _YEAR_LINE.match(last[1]) else max(last[0] + 1, 3)
            heading(level, line.strip(" :"))
            continue
        if (
            plain
            and current_kind is BlockKind.ITEM
            and item_stack
            and ITEM.match(following)
            and _LIST_TITLE.fullmatch(line.strip())
            and (
                len(line) - len(line.lstrip()) < item_stack[-1][0]
                # (a dump without blank lines: "◦ A (2023–), …" / "MSc by Research" /
                # "◦ B (2022–2023)": a title of a few words after an entry that ended, or
                # one naming a kind of students)
                or current
                and " " in line.strip()
                and not line.startswith((" ", "\t"))
                and (
                    current[-1].rstrip()[-1:] in ").;"
                    or any(p.search(line) for p in LEXICON.context_patterns.values())
                )
            )
        ):
            # "   – A, Univ. X, 2021" then "Examinateur" at the margin over "   – B, …": an
            # indented list's next group title (a continuation line would be indented).
            level = sections[-1][0] if sections and sections[-1][0] >= 3 else 3
            if len(sections) >= 2 and len(line) - len(line.lstrip()) >= item_stack[-1][0]:
                level = sections[-1][0]  # (no indent tells: the sibling of the list's title)
            heading(level, line.strip())
            continue
        if (
            plain
            and not current
            and not previous.strip()
            and not following.strip()  # (a line of its own: no name over its position)
            and blocks
            and len(line) < MEMBER_LINE_CHARS
            and (
                blocks[-1].kind is BlockKind.HEADING
                and sections
                and blocks[-1].text == sections[-1][1]
                or blocks[-1] is signed
                or ":" in blocks[-1].text
                and blocks[-1].kind is not BlockKind.HEADING
            )
            and _signature_member(line, blocks[-1])
        ):
            # "Committee:" over "A, Supervisor" / "B" / "C" set apart by blank lines (a
            # signature page's lines): the committee's one field, a member a line.
            last = blocks.pop()
            if last.kind is BlockKind.HEADING:
                sections.pop()
                text = f"{last.text}:\n{line.strip()}"
            elif last is signed:
                text = f"{last.text}\n{line.strip()}"
            else:
                # ("September 2023" / "Supervisors: A": the label's line starts the field)
                *others, label = last.text.split("\n")
                if others:
                    blocks.append(Block(last.kind, "\n".join(others), last.level, last.section))
                text = f"{label}\n{line.strip()}"
            signed = Block(BlockKind.PARAGRAPH, text, 0, section_titles())
            blocks.append(signed)
            continue
        bold = re.fullmatch(r"\s*(\*\*|__)([^*_]{2,80})\1\s*", line)
        if not current and (
            bold
            and (not previous.strip() or SETEXT.match(previous))
            # ("**Doctorants**" right over its "* A (2019 – 2023)" items: a list's title)
            # (or a known section's title: "**Ph.D. students**" has a word in lower case)
            and (
                not following.strip()
                or ITEM.match(following)
                and (not _prose(bold.group(2)) or heading_kind(bold.group(2)) is not None)
            )
            or _is_plain_heading(line, previous, following)
        ):
            # A section title in capitals over title-case entry lines (a PDF CV's
            # "EXPERIENCE" over "Senior Scientist"): the capitals are the outer level.
            level = 3 if bold else (1 if plain and line.isupper() and caps_titled else 2)
            level = _under_numbered(level)
            if bold:
                # "### Doctoral students" then "**Defended:**": a bold title is below the
                # headings written with marks (its siblings are the other bold titles).
                marked = [lvl for lvl, title in sections if (lvl, title) not in bold_titles]
                level = max(level, marked[-1] + 1) if marked else level
            if (
                plain
                and not bold
                and blocks
                and blocks[-1].kind is BlockKind.HEADING
                and sections
                and sections[-1] == (level, blocks[-1].text)
                and heading_kind(line) is None
                and heading_kind(sections[-1][1]) is not None
            ):
                # "Students" then "Current" with nothing between (a text dump of a page's
                # h2 over h3): the unnamed heading is a part of the section above it.
                level += 1
            elif (
                plain
                and not bold
                and len(sections) > 1
                and sections[-1][0] == level + 1
                and _STATUS_HEADING.match(line)
                and _STATUS_HEADING.match(sections[-1][1])
            ):
                level += 1  # … and "Former" after "Current"'s items: its sibling
            heading(level, bold.group(2) if bold else line)
            if bold:
                bold_titles.add(sections[-1])
            continue
        if line.strip().startswith("|") and set(line.strip()) <= set("|-: "):
            continue  # table rule
        if line.strip().startswith("|"):
            flush()
            current_kind, current_level = BlockKind.ITEM, 1
            current = [" | ".join(c.strip() for c in line.strip().strip("|").split("|"))]
            flush()
            continue
        if (
            plain
            and not current
            and line[:1] not in (" ", "\t", "-", "*")
            and not previous.strip()
            and following[:1] in (" ", "\t", "-", "*", "•")
            and line.rstrip().endswith(":")
            and _SUB_LABEL.fullmatch(line.strip())
            # (a title's few words: "Le jury sera composé de :" leads a sentence's list)
            and _LIST_TITLE.fullmatch(line.strip().rstrip(" :"))
            and (ITEM.match(following) or _SUB_LABEL.fullmatch(following.strip()))
            and (label_titles or _names_a_section(line.strip().rstrip(" :")))
        ):
            # "Doctorants :" at the margin over "  - A [Inria, depuis 2022]": a plain-text
            # report's list title (its sibling labels, "Stagiaires :", are titles too).
            heading(3, line.strip().rstrip(" :"))
            label_titles = True
            continue
        if (
            plain
            and line[:1] in (" ", "\t")
            and (
                indented_list
                or not current
                and previous.strip()
                and blocks
                and blocks[-1].kind is BlockKind.HEADING
            )
            and _SUB_LABEL.fullmatch(line.strip())
        ):
            # "ENCADREMENT" then "  Thèses :" over indented entries: a plain-text CV's
            # sub-heading (one of a section's indented lists); under a margin label
            # ("Jury :" over "  Rapporteurs :"), one level below it.
            heading(4 if label_titles else 3, line.strip().rstrip(" :"))
            indented_list = True
            continue
        if (
            plain
            and line[:1] in (" ", "\t")
            and (
                indented_list
                or current
                and current[-1].endswith(":")
                # ("… (présidente :" / "  B)": a bracket's label wrapped, no list's title)
                and current[-1].count("(") <= current[-1].count(")")
            )
            and current_kind is BlockKind.PARAGRAPH
        ):
            # "le jury, composé de :" over indented lines: a plain-text list, one entry each.
            flush()
            entry = inline(line.strip(), document.links)
            last = blocks[-1] if indented_list and blocks else None
            indent = len(line.expandtabs(8)) - len(line.expandtabs(8).lstrip())
            if (
                last is not None
                and last.kind is BlockKind.ITEM
                and (
                    last.text.count("(") > last.text.count(")")
                    or _WRAPPED_END.search(last.text)
                    # (Word's export: a wrapped cell's line sits deeper than its entry's)
                    or line[:2] == "\t\t"
                    and indent > entry_indent + 8
                )
            ):
                # "… of A (Université de Valmont," / "2023).": the entry's line wrapped.
                blocks[-1] = Block(BlockKind.ITEM, f"{last.text} {entry}", last.level, last.section)
            else:
                blocks.append(Block(BlockKind.ITEM, entry, 1, section_titles()))
                entry_indent = indent
            indented_list = True
            continue
        indented_list = False
        if (
            plain
            and line[:1] not in (" ", "\t")
            and (
                current
                and current_kind is BlockKind.ITEM
                or not current
                and previous.strip()
                and blocks
                and blocks[-1].kind is BlockKind.HEADING
            )
            and ITEM.match(following)
            and len(line.split()) <= LIST_TITLE_WORDS
            and line.rstrip()[-1:].isalnum()
            and _students_label(line.strip())
        ):
            # "– A (depuis 2023)" / "Stages de master 2" / "– B (2021)": the next list's
            # title, right under the last entry of the one before (a sibling of its title)
            # or right under the section's title ("ENCADREMENT" / "Thèses en cours").
            if current:
                level = sections[-1][0] if len(sections) >= 2 else 2
            else:
                level = min(sections[-1][0] + 1, 6) if sections else 2
            heading(level, line.strip())
            continue
        if (
            plain
            and current
            and current_kind is BlockKind.ITEM
            and line[:1] not in (" ", "\t")
            and (kind_label := _SUB_LABEL.match(line))
            and _students_label(kind_label.group().rstrip(" :"))
        ):
            # "◦ A (2022–2023), thesis on X" / "Undergraduate summer students: B (2022)" (a
            # dump without blank lines): a list of its own after the entry.
            flush()
            current_kind, current_level = BlockKind.PARAGRAPH, 0
        if (
            plain
            and current
            and current_kind is BlockKind.ITEM
            and item_stack
            and item_stack[0][0] > 0
            and line[:1] not in (" ", "\t")
            and line.rstrip()[-1:] not in ":："  # ("Co-supervisor:": the next list's label)
        ):
            # "  - Prof. B (University X), chair of the committee" / "A joins the Y Group as
            # a postdoc …" at the margin: a line left of the indented list's marks is no
            # continuation of its last item, but the text after the list
            flush()
            current_kind, current_level = BlockKind.PARAGRAPH, 0
        if current_kind is BlockKind.ITEM and not current and item_stack:
            current_kind = BlockKind.PARAGRAPH
        current.append(line.strip())
    flush()
    document.blocks = label_table_rows(blocks)
    if front:
        from crawler.extract.datafiles import front_matter_blocks
        from crawler.extract.sections import under_page_title

        document.blocks = under_page_title(document.blocks, document.title)

        document.blocks = front_matter_blocks(front, handles) + document.blocks
    return document
