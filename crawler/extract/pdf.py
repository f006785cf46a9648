"""PDF → text with pdfminer.six, repairing what LaTeX CVs do to text.

Split accents ("Universit´e" → "Université"), ligatures (ﬁ), hyphenation across lines,
glued words ("Supervisors:RémiGribonval") are repaired before the text parser sees them.
"""

from __future__ import annotations

import io
import re
import unicodedata
from functools import cache

from crawler.claims import UnreadableDocument
from crawler.extract.documents import decode
from crawler.extract.lexicon import LEXICON
from crawler.names import SPACING_ACCENTS

_ACCENT_BEFORE = re.compile(r"([´`¨˜ˆˇ˚])\s?([A-Za-z])")
_ACCENT_AFTER = re.compile(r"([A-Za-z])\s?([´¨˜ˆˇ˚¸])")
# A word broken at a line's end ("Caza-" / "ubon"), also when the next line starts a new
# text box (a justified paragraph set line by line); a hyphen before a capital joins a
# compound ("Tarbes-" / "Adour", "Jean-" / "Pierre") and stays.
_HYPHENATED = re.compile(r"\b(\w*[a-zà-ÿ])-\n\n?([a-zà-ÿ])")
_COMPOUND_BROKEN = re.compile(
    r"([a-zà-ÿ]{2})-\n\n?(?=[A-ZÀ-Þ][a-zà-ÿ])"
    # "Dr Pascal HEURTEBIZE-" / "NAKATA": a family name in capitals, broken at its hyphen
    r"|(?<![^\W\d_])([A-ZÀ-Þ]{2,})-\n[ \t]*(?=[A-ZÀ-Þ]{2,}\b)"
)
# Prefixes written with their hyphen ("co-encadrement", "post-doctorat"): a break after
# them keeps it.
_HYPHEN_PREFIXES = frozenset(
    "co post pré pre non sous vice ex auto inter multi semi anti self cross".split()
)


def _compound(match: re.Match) -> str:
    return (match.group(1) or match.group(2)) + "-"


def _unbreak(match: re.Match) -> str:
    word = match.group(1)
    glue = "-" if word.rsplit(None, 1)[-1].lower() in _HYPHEN_PREFIXES else ""
    return f"{word}{glue}{match.group(2)}"


_GLUED_LABEL = re.compile(r"(\w)([:;])(?=[A-ZÀ-Þ])")
# "with Dr. Béatrice" / "Gallardo-Renn": a title and a given name end the line, the family
# name opens the next one.
TITLED_NAME_CUT = re.compile(
    r"(\b(?:Dr|Prof|Pr|Mr|Mrs|Ms|Mme)\.?\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+)\n"
    r"(?=[A-ZÀ-Þ][a-zà-ÿ]|[A-ZÀ-Þ]{2,}[\s,(-])"  # ("Dr Anselme" / "GRUDZINSKI (rapporteur)")
    # "Faculty sponsor: Prof." / "Yoshiro Tanabe-Whitlock": the title alone ends the line.
    r"|(\b(?:Dr|Prof|Pr|Mr|Mrs|Ms|Mme)\.)\n(?=[A-ZÀ-Þ][a-zà-ÿ'’-]+\s+[A-ZÀ-Þ][a-zà-ÿ])"
    # "co-encadrante : A." / "Terrasson-Mbaye (40 %)": a field's initial ends the line, the
    # family name opens the next one.
    r"|((?:[:,;&]|\bet|\band)\s+[A-ZÀ-Þ]\.)\n[ \t]*"
    r"(?=[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?[\s,(.;])"
)
# A glued list or title: "Sjöberg,Pascal", "Prof.Miriam", "T.Vasseur-Nakagawa,S.Baptiste".
_GLUED_COMMA = re.compile(r"(?<=[a-zà-ÿ.]),(?=[A-ZÀ-Þ])")
_GLUED_INITIAL = re.compile(r"\b(?:[A-ZÀ-Þ]|Prof|Dr|Pr|Mr|Mrs|Ms|Mme)\.(?=[A-ZÀ-Þ][a-zà-ÿ])")
# "…Baptiste-ArnaudandKonrad…": a glued "and" between two names, told by the given and
# family names glued before it ("BertrandThirion" alone stays whole).
_GLUED_AND = re.compile(r"([a-zà-ÿ][A-ZÀ-Þ][\w'-]*?[a-zà-ÿ]{2})(and|et)(?=[A-ZÀ-Þ][a-zà-ÿ])")
_GLUED_WORDS = re.compile(r"(?<=[a-zà-ÿ]{3})(?=[A-ZÀ-Þ][a-zà-ÿ]{2,})")


def _combine(letter: str, accent: str) -> str:
    return unicodedata.normalize("NFC", letter + SPACING_ACCENTS.get(accent, ""))


def repair_pdf_text(text: str) -> str:
    """Undo the usual damage of PDF text extraction.

    >>> repair_pdf_text("Universit´e de Lyon, Supervisors:RémiGribonval")
    'Université de Lyon, Supervisors: Rémi Gribonval'
    """
    text = text.replace("\u00ad", "")
    text = _ACCENT_BEFORE.sub(lambda m: _combine(m.group(2), m.group(1)), text)
    text = re.sub(r"([A-Za-z])([´¨˜ˆˇ˚])", lambda m: _combine(m.group(1), m.group(2)), text)
    # pdfminer may also emit a space + combining mark: attach it to its letter.
    text = re.sub(r"\s([\u0300-\u036f])([A-Za-z])", lambda m: m.group(2) + m.group(1), text)
    text = unicodedata.normalize("NFKC", text)
    if "-\n" in text:
        text = _HYPHENATED.sub(_unbreak, text)
        text = _COMPOUND_BROKEN.sub(_compound, text)
    text = _GLUED_LABEL.sub(r"\1\2 ", text)
    if "\n" in text:
        text = TITLED_NAME_CUT.sub(lambda m: (m.group(1) or m.group(2) or m.group(3)) + " ", text)
    words = []
    for token in re.split(r"(\s+)", text):
        if len(token) >= 7 and not token.isupper() and "http" not in token and "@" not in token:
            if "," in token:
                token = _GLUED_COMMA.sub(", ", token)
            if "." in token:
                token = _GLUED_INITIAL.sub(lambda m: m.group() + " ", token)
            token = _GLUED_AND.sub(r"\1 \2 ", token)
            token = _GLUED_WORDS.sub(" ", token)
        words.append(token)
    return "".join(words)


# What a PDF's text dump (pdftotext, a crawler's saved copy) keeps of LaTeX's damage: a
# spacing accent beside its letter, a ligature, a word broken at a line's end.
DUMP_DAMAGE = "´¨˜ˆˇ˚\ufb00\ufb01\ufb02\ufb03\ufb04"
_INDENTED_BREAK = re.compile(r"(?<=\w-)\n[ \t]+(?=\w)")


def repair_text_dump(text: str) -> str:
    """A plain-text dump of a PDF: accents, ligatures and line-end hyphens repaired as in
    :func:`repair_pdf_text` (a wrapped line's indent dropped first), its words left as they
    are (no glued-word splitting: a text file keeps its spaces).

    >>> repair_text_dump("Universit´e de Nantes, encadre-\\n   ment, Jean-\\n   Pierre")
    'Université de Nantes, encadrement, Jean-Pierre'
    """
    if any(c in text for c in DUMP_DAMAGE):
        text = _ACCENT_BEFORE.sub(lambda m: _combine(m.group(2), m.group(1)), text)
        text = re.sub(r"([A-Za-z])([´¨˜ˆˇ˚])", lambda m: _combine(m.group(1), m.group(2)), text)
        for ligature in "\ufb00\ufb01\ufb02\ufb03\ufb04":
            text = text.replace(ligature, unicodedata.normalize("NFKC", ligature))
    if "-\n" in text:
        text = _INDENTED_BREAK.sub("\n", text)
        text = _HYPHENATED.sub(_unbreak, text)
        text = _COMPOUND_BROKEN.sub(_compound, text)
    return text


# A title set in letter-spaced capitals ("E D U C AT I O N", "H O N O R S   &   AWA R D S"):
# single letters (a kerned pair or three stay together) a blank apart, words two blanks or
# more apart when the layout kept them.
_SPACED_CAPS = re.compile(
    r"(?m)^([ \t]*)((?:(?:[A-ZÀ-Þ]{1,3}|[&\-'’·])[ \t]+){3,}[A-ZÀ-Þ]{1,3})[ \t]*$"
)
# (a cheap test first: four capitals a blank apart somewhere)
SPACED_CAPS_HINT = re.compile(r"[A-ZÀ-Þ] [A-ZÀ-Þ] [A-ZÀ-Þ] [A-ZÀ-Þ]")
SPACED_CAPS_SINGLES = 0.6  # of the letter groups that are single letters, at least


def join_spaced_capitals(text: str) -> str:
    """Letter-spaced capitals read as the words they spell: the words a wide gap sets apart,
    else the section words of the lexicon the letters spell ("ACADEMIC APPOINTMENTS");
    a line neither tells (a name in single-spaced capitals) stays as it is.

    >>> join_spaced_capitals("  E D U C AT I O N\\nT. A   V U K O")
    '  EDUCATION\\nT. A   V U K O'
    >>> join_spaced_capitals("A C A D E M I C A P P O I N T M E N T S")
    'ACADEMIC APPOINTMENTS'
    """
    return _SPACED_CAPS.sub(_spaced_capitals, text)


def _spaced_capitals(match: re.Match) -> str:
    body = match.group(2)
    letters = [t for t in body.split() if t.isalpha()]
    if len(letters) < 4 or sum(len(t) == 1 for t in letters) < SPACED_CAPS_SINGLES * len(letters):
        return match.group()
    parts = re.split(r"[ \t]{2,}", body)
    if len(parts) > 1:
        words = ["".join(part.split()) for part in parts]
    else:
        words = _section_words("".join(body.split()))
        if words is None:
            return match.group()
    return match.group(1) + " ".join(words).replace(" - ", "-")


# A title in small capitals whose first letter is a capital of its own size (LaTeX's
# \\textsc): "E DUCATION", "S ELECTED P UBLICATIONS", "B RANNIGAN -O SEI".
_SMALL_CAPS_SPLIT = re.compile(r"(?:^|(?<=[\s-]))([A-ZÀ-Þ]) (?=[A-ZÀ-Þ]{2,}\b)")
SMALL_CAPS_LINE_PATTERN = re.compile(r"(?m)^[ \t]*(?:[A-ZÀ-Þ]{1,3} )*[A-ZÀ-Þ] [A-ZÀ-Þ]{2,}[^\n]*$")
SMALL_CAPS_LINE = 60  # characters: a title, not a line of text


def join_small_capitals(text: str) -> str:
    """Capitals lines split after their first letters joined again ("R ESEARCH INTERESTS"
    → "RESEARCH INTERESTS", "D R E ILIDH B RANNIGAN -O SEI" → "DR EILIDH BRANNIGAN-OSEI").

    >>> join_small_capitals("S ELECTED P UBLICATIONS\\nA NOTE\\nA WARDS")
    'SELECTED PUBLICATIONS\\nA NOTE\\nAWARDS'
    """
    return SMALL_CAPS_LINE_PATTERN.sub(_small_capitals, text)


def _small_capitals(match: re.Match) -> str:
    line = match.group()
    letters = [c for c in line if c.isalpha()]
    if len(line.strip()) > SMALL_CAPS_LINE or not all(c.isupper() for c in letters):
        return line
    line = _SMALL_CAPS_SPLIT.sub(_small_caps_word, line)
    line = re.sub(r"(?<=[A-ZÀ-Þ]) -(?=[A-ZÀ-Þ])", "-", line)  # "BRANNIGAN -OSEI"
    return re.sub(r"^(\s*)([A-ZÀ-Þ]) ([A-ZÀ-Þ]) ", r"\1\2\3 ", line)  # "D R" (a title's)


def _small_caps_word(match: re.Match) -> str:
    letter = match.group(1)
    if letter in _ONE_LETTER_WORDS and not match.string[: match.start()].endswith("-"):
        # "A NOTE ON X" keeps its article; "A WARDS" is a title's word cut in two
        rest = re.match(r"[A-ZÀ-Þ]+", match.string[match.end() :])
        if rest is None or letter + rest.group() not in _title_vocabulary():
            return match.group()
    return letter


_ONE_LETTER_WORDS = frozenset("AIÀYO")


def _section_words(glued: str) -> list[str] | None:
    """*glued* cut into the fewest words of the lexicon's section titles (None when no cut
    spells it): "DISSERTATIONCOMMITTEES" → DISSERTATION COMMITTEES."""
    vocabulary = _title_vocabulary()
    best: list[list[str] | None] = [None] * (len(glued) + 1)
    best[0] = []
    for end in range(1, len(glued) + 1):
        for start in range(max(0, end - 24), end):
            head = best[start]
            piece = glued[start:end]
            if head is not None and (piece in vocabulary or not any(c.isalpha() for c in piece)):
                if best[end] is None or len(head) + 1 < len(best[end]):
                    best[end] = [*head, piece]
    return best[-1]


@cache
def _title_vocabulary() -> frozenset[str]:
    words = {"AND", "OF", "IN", "&", "ET", "DE", "DES", "DU", "LA", "LE", "LES", "EN", "À", "AUX"}
    for table in (LEXICON.SECTIONS, LEXICON.WHOLE_SECTIONS):
        for phrases in table.values():
            for phrase in phrases:
                words.update(re.split(r"[\s/'’-]+", phrase.upper()))
    words.discard("")
    return frozenset(words)


def pdf_text(body: bytes) -> str:
    """The text of a PDF, page after page, lines kept (:class:`UnreadableDocument` when the
    parser fails on it).

    CVs put dates in a left column: pdfminer reads that column as its own box, far from
    the entries.  A date-only line is joined to the line at its height on its right, so
    "2016–2018  Postdoc, University X" stays one line.
    """
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextBox, LTTextLine

    pages: list[list[list[list]]] = []
    try:
        for page in extract_pages(
            io.BytesIO(body), laparams=LAParams(line_margin=0.3, boxes_flow=1.0, char_margin=3.0)
        ):
            boxes: list[list[list]] = []
            for box in page:
                if not isinstance(box, LTTextBox):
                    continue
                lines = []
                for line in box:
                    if isinstance(line, LTTextLine):
                        text = line.get_text().strip()
                        if text:
                            lines.append(
                                [line.x0, line.x1, (line.y0 + line.y1) / 2, line.height, text]
                            )
                if lines:
                    boxes.append(lines)
            _join_table_rows(boxes)
            if len(pages) == 1:
                _drop_margins(pages[0], page.height)  # (the first page's, once a second comes)
            if pages:
                _drop_margins(boxes, page.height, pages[0])
            gutter = _gutter(boxes)
            _join_date_column(boxes, gutter)
            _join_role_column(boxes)
            _join_label_column(boxes)
            pages.append(_column_order(boxes, gutter))
    except Exception as error:  # noqa: BLE001 - any failure of the parser on crawled bytes
        if b"/Encrypt" in body:
            raise UnreadableDocument("encrypted PDF: no text could be read") from None
        reason = " ".join(str(error).split())[:200] or type(error).__name__
        raise UnreadableDocument(f"unreadable PDF: {reason}") from None
    texts = (
        "\n\n".join("\n".join(line[4] for line in box if line[4]) for box in boxes)
        for boxes in pages
    )
    text = decode("\n\n".join(texts))
    if "(" in text:
        # "A (PhD, co-supervised," / "2022 – )": a bracket wrapped onto the next line.
        text = _WRAPPED_BRACKET.sub(r"\1 \2", text)
    return repair_pdf_text(text)


_WRAPPED_BRACKET = re.compile(r"(\([^()\n]{1,60})\n\n?([^()\n]{1,40}\))")


# "Page 2 of 3", "2/3", "– 2 –": a page number in the top or bottom margin.
_PAGE_NUMBER = re.compile(
    r"(?i)^(?:page\s+)?\d{1,3}(?:\s*(?:of|/|sur|de)\s*\d{1,3})?$|^[-–—]\s*\d{1,3}\s*[-–—]$"
)
MARGIN = 0.08  # of the page's height: where running headers, footers and page numbers sit


def _drop_margins(boxes: list[list[list]], height: float, first: list | None = None) -> None:
    """Blank a multi-page document's page numbers, and the running header or footer a
    later page repeats from *first* (the owner's name stays once, on page one): they would
    read as headings and cut a section that runs on across the page break."""
    repeated = (
        {line[4] for box in first for line in box if _in_margin(line, height)}
        if first is not None
        else set()
    )
    for box in boxes:
        for line in box:
            if _in_margin(line, height) and (
                _PAGE_NUMBER.match(line[4]) or line[4] in repeated and first is not None
            ):
                line[4] = ""


def _in_margin(line: list, height: float) -> bool:
    return line[2] < MARGIN * height or line[2] > (1 - MARGIN) * height


_DATE_LINE = re.compile(r"^(?=.*(?:19|20)\d\d|.*\b(?:present|today|now|aujourd)).{0,32}$", re.I)


def _beside(
    boxes: list[list[list]], index: int, line: list, *, right: bool, gutter: float | None = None
) -> list | None:
    """The nearest text line of another box at ``line``'s height, to its right or left (on
    the same side of the page's column gutter, when it has one)."""
    x0, x1, middle, height, _text = line
    best = None
    for other_index, other in enumerate(boxes):
        if other_index == index:
            continue
        for candidate in other:
            if not candidate[4] or abs(candidate[2] - middle) >= 0.6 * min(height, candidate[3]):
                continue
            if gutter is not None and (x1 <= gutter) != (candidate[1] <= gutter):
                continue  # the other column's line at that height: another entry
            if right:
                if candidate[0] > x1 and (best is None or candidate[0] < best[0]):
                    best = candidate
            elif (
                candidate[1] < x0
                and not _DATE_LINE.match(candidate[4])
                and (best is None or candidate[1] > best[1])
            ):
                best = candidate
    return best


GUTTER = 6.0  # points of blank page between a sidebar and the main column
COLUMN_LINES = 6  # a column, not a few titles in a margin


def _spans(boxes: list[list[list]]) -> list[tuple[float, float, float, float, list]]:
    """(left x, right x, top y, bottom y, box) of each box with text."""
    spans = []
    for box in boxes:
        lines = [line for line in box if line[4]]
        if lines:
            spans.append(
                (
                    min(line[0] for line in lines),
                    max(line[1] for line in lines),
                    max(line[2] + line[3] / 2 for line in lines),
                    min(line[2] - line[3] / 2 for line in lines),
                    box,
                )
            )
    return spans


def _gutter(boxes: list[list[list]]) -> float | None:
    """The x of the gap between two columns side by side (a resume's sidebar beside its
    main column), or None.  Only a clean split counts: no box crosses the gutter but a
    header band above both columns (the name, a tagline, contact lines), and each side
    holds several lines (a margin of section titles is no column)."""
    spans = _spans(boxes)
    for gutter in sorted({s[1] for s in spans}):
        left = [s for s in spans if s[1] <= gutter]
        right = [s for s in spans if s[0] >= gutter + GUTTER]
        if not left or not right:
            continue
        # (the lower of the two columns' tops: a short header line may sit in either)
        top = min(max(s[2] for s in left), max(s[2] for s in right))
        if any(s[3] < top for s in spans if s[1] > gutter and s[0] < gutter + GUTTER):
            continue  # a box across the gutter beside the columns: no clean split
        if min(sum(1 for s in side for line in s[4] if line[4]) for side in (left, right)) < (
            COLUMN_LINES
        ):
            return None
        if any(_dates_mostly([s[4] for s in side]) for side in (left, right)):
            return None  # a column of dates beside their entries: one column of entries
        if _titles_only([s[4] for s in left]):
            return None  # a margin of section titles beside their entries, not a sidebar
        return gutter
    return None


def _column_order(boxes: list[list[list]], gutter: float | None) -> list[list[list]]:
    """Two columns side by side read one after the other (pdfminer orders text boxes by
    height, interleaving the sidebar's "Languages" with the main column's entries): the
    header band first, then the left column, then the right one."""
    if gutter is None:
        return boxes
    spans = _spans(boxes)
    # The header band: every box above the lower of the two columns' tops.
    left_top = max((s[2] for s in spans if s[1] <= gutter), default=0.0)
    right_top = max((s[2] for s in spans if s[0] >= gutter + GUTTER), default=0.0)
    band = {id(s[4]) for s in spans if s[3] >= min(left_top, right_top)}
    left = {id(s[4]) for s in spans if s[1] <= gutter and id(s[4]) not in band}
    right = {id(s[4]) for s in spans if s[0] >= gutter + GUTTER and id(s[4]) not in band}
    header = [box for box in boxes if id(box) not in left and id(box) not in right]
    header.sort(key=lambda box: -max(line[2] for line in box))
    return (
        header
        + [box for box in boxes if id(box) in left]
        + [box for box in boxes if id(box) in right]
    )


TABLE_CELLS = 3  # cells side by side on one line: a table's row, not a date beside an entry


def _join_table_rows(boxes: list[list[list]]) -> None:
    """A ruled table (a funder's "Professional Preparation": institution, location, degree,
    year) comes out one cell per box, column after column: lines of three or more boxes at
    one height are one row, written "| a | b | c |" in reading order."""
    if len(boxes) < TABLE_CELLS:
        return
    lines = sorted(
        ((index, line) for index, box in enumerate(boxes) for line in box if line[4]),
        key=lambda cell: cell[1][2],
    )
    start = 0
    while start < len(lines):
        first = lines[start][1]
        end = start + 1  # the lines at the height of the first (sorted by height)
        while end < len(lines) and lines[end][1][2] - first[2] < 0.5 * min(
            first[3], lines[end][1][3]
        ):
            end += 1
        row = sorted(lines[start:end], key=lambda cell: cell[1][0])
        start = end
        if len(row) < TABLE_CELLS or len({i for i, _ in row}) != len(row):
            continue
        if any(a[1][1] > b[1][0] for a, b in zip(row, row[1:], strict=False)):
            continue  # overlapping cells: not a row of a table
        row[0][1][4] = "| " + " | ".join(cell[4] for _, cell in row) + " |"
        for _, cell in row[1:]:
            cell[4] = ""


def _dates_mostly(boxes: list[list[list]]) -> bool:
    """Most lines of *boxes* are dates ("2016 – 2020" right-aligned on each entry)."""
    lines = [line[4] for box in boxes for line in box if line[4]]
    return sum(bool(_DATE_LINE.match(text)) for text in lines) * 2 >= len(lines)


def _titles_only(boxes: list[list[list]]) -> bool:
    """Most lines of *boxes* are section titles ("EDUCATION", "Publications")."""
    from crawler.extract.sections import heading_kind

    lines = [line[4] for box in boxes for line in box if line[4]]
    return sum(heading_kind(text) is not None for text in lines) * 2 >= len(lines)


COLUMN_EDGE = 2.0  # points: lines starting this close share their column's left edge


def _starts_column(boxes: list[list[list]], line: list) -> bool:
    """*line* starts at the left edge of a column of text lines (not of dates)."""
    return any(
        abs(other[0] - line[0]) <= COLUMN_EDGE and other[4] and not _DATE_LINE.match(other[4])
        for box in boxes
        for other in box
    )


def _join_date_column(boxes: list[list[list]], gutter: float | None = None) -> None:
    """Prefix each date-only line to the text line beside it (same height, to its right)."""
    for index, box in enumerate(boxes):
        for line in box:
            text = line[4]
            if not text or not _DATE_LINE.match(text):
                continue
            best = _beside(boxes, index, line, right=True, gutter=gutter)
            if best is not None:
                best[4] = f"{text}  {best[4]}"
                line[4] = ""
                continue
            # Years right-aligned on the entry's first line (LaTeX article CVs): the entry
            # is the nearest line at that height on the left; the date follows it.  A date
            # at the left edge of its column heads the entry below it: what lies on its left
            # is another column (a resume's sidebar), not its entry.
            if _starts_column(boxes, line):
                continue
            best = _beside(boxes, index, line, right=False, gutter=gutter)
            if best is not None:
                best[4] = f"{best[4]}  {text}"
                line[4] = ""


ROLE_CELL_CHARS = 40  # "Directrice de thèse", "Rapportrice": a role cell, not a sentence


def _role_cell(text: str) -> bool:
    """*text* is a jury or supervision role alone ("Président", "Co-encadrant")."""

    if len(text) > ROLE_CELL_CHARS or any(c.isdigit() for c in text):
        return False
    text = text.strip(" :")
    return any(p.fullmatch(text) for p in LEXICON.jury_role_patterns.values()) or bool(
        LEXICON.pattern("ADVISING_NOUNS").fullmatch(text)
    )


def _join_role_column(boxes: list[list[list]]) -> None:
    """A thesis cover's jury sets each member's role in a column on the right ("M. A,
    Professeur, Université X" … "Rapporteur"): pdfminer reads that column as its own box.
    A role-only line is appended to the line at its height on its left."""
    for index, box in enumerate(boxes):
        for line in box:
            if not line[4] or not _role_cell(line[4]):
                continue
            best = _beside(boxes, index, line, right=False)
            if best is not None and not _role_cell(best[4]):
                best[4] = f"{best[4]}, {line[4]}"
                line[4] = ""


def _join_label_column(boxes: list[list[list]]) -> None:
    """A Europass grid sets each field's label ("Dates", "Name and address of employer")
    right-aligned in a left column, its value beside it: pdfminer may read them apart.  A
    label-only line is prefixed to the line at its height on its right."""

    labels = LEXICON.pattern("CV_FIELD_LABELS")
    for index, box in enumerate(boxes):
        for line in box:
            text = line[4]
            # ("Surname(s) / First name(s)": the plural marks are no words of the label)
            if not text or len(text) > LABEL_CHARS or not labels.fullmatch(text.replace("(s)", "")):
                continue
            best = _beside(boxes, index, line, right=True)
            if best is not None and not labels.fullmatch(best[4]):
                best[4] = f"{text} {best[4]}"
                line[4] = ""


LABEL_CHARS = 70  # the longest Europass label ("Name and type of organisation providing …")
