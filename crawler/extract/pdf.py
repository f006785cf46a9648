"""PDF → text with pdfminer.six, repairing what LaTeX CVs do to text.

Split accents ("Universit´e" → "Université"), ligatures (ﬁ), hyphenation across lines,
glued words ("Supervisors:RémiGribonval") are repaired before the text parser sees them.
"""

from __future__ import annotations

import io
import re
import unicodedata
from functools import cache
from itertools import pairwise

from crawler.claims import UnreadableDocument
from crawler.extract.documents import decode
from crawler.extract.lexicon import LEXICON
from crawler.names import SPACING_ACCENTS

# (LaTeX sets "î" and "ï" on a dotless i: "Lemaˆıtre", "Ana¨ıs")
_ACCENT_BEFORE = re.compile(r"([´`¨˜ˆˇ˚])\s?([A-Za-zı])")
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
    r"(\b(?:Dr|Prof|Pr|Mr|Mrs|Ms|Mme)\.?\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+)\n\n?"
    r"(?=[A-ZÀ-Þ][a-zà-ÿ]|[A-ZÀ-Þ]{2,}[\s,(-])"  # ("Dr Anselme" / "GRUDZINSKI (rapporteur)")
    # "Faculty sponsor: Prof." / "Yoshiro Tanabe-Whitlock": the title alone ends the line.
    # ("sous la direction de Pr" / "Bernard Lacombe-Sarr": a title without its dot too)
    r"|(\b(?:Dr|Prof|Pr|Mr|Mrs|Ms|Mme)\.|(?<=\s)(?:Dr|Pr|Prof))\n\n?"
    r"(?=[A-ZÀ-Þ][a-zà-ÿ'’-]+\s+[A-ZÀ-Þ][a-zà-ÿ])"
    # "co-encadrante : A." / "Terrasson-Mbaye (40 %)": a field's initial ends the line, the
    # family name opens the next one.
    r"|((?:[:,;&]|\bet|\band)\s+[A-ZÀ-Þ]\.)\n[ \t]*"
    r"(?=[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?[\s,(.;])"
)
# "Supervisors: Prof. A and" / "Dr. B": a list of titled names cut after its "and".
_AND_TITLE_CUT = re.compile(
    r"(?<=\s)(and|et|&)\n(?=(?:Dr|Prof|Pr|Mr|Mrs|Ms|Mme)\.?\s+[A-ZÀ-Þ])"
    # "…, Hester, and Tancredi" / "Olawale-Brunström. 2017.": the last author's given name
    # ends the line (after a list's ", and"), the family name opens the next one
    r"|(?<=,\s)(and\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+)\n\n?(?=[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?[.,])"
)
# "sous la direction de A" / "et B. Soutenu le …": the list's last name wrapped onto the next
# line with its "et" (its given name and family name after it).
_AND_NAME_WRAPPED = re.compile(
    r"(?<=[a-zà-ÿ]{2})\n(?=(?:et|and)\s+(?:de\s+)?[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?"
    r"\s+[A-ZÀ-Þ][a-zà-ÿ'’-]+[\s,.;(])"
)
# "…, supervised by Prof. A; co-examiner:" / "Prof. Dr. B (…)": a second field's label after
# a semicolon ends the line, its titled name opens the next one.
_FIELD_AFTER_SEMICOLON = re.compile(
    r"(;[ \t]*[^\W\d][\w-]*(?:[ \t][\w-]+)?[ \t]?:)\n\n?(?:•[ \t])?(?=(?:Prof|Dr|Pr)\b)"
)
# A glued list or title: "Sjöberg,Pascal", "Prof.Miriam", "T.Vasseur-Nakagawa,S.Baptiste".
_GLUED_COMMA = re.compile(r"(?<=[a-zà-ÿ.]),(?=[A-ZÀ-Þ])")
# (not a degree's abbreviation: "M.Tech.", "B.Pharm", "M.Phil" stay whole)
_GLUED_INITIAL = re.compile(
    r"\b(?:[A-ZÀ-Þ]|Prof|Dr|Pr|Mr|Mrs|Ms|Mme)\.(?=[A-ZÀ-Þ][a-zà-ÿ])"
    r"(?!(?<=\b[BMD]\.)(?:Tech|Phil|Eng|Pharm|Arch|Des|Com|Stat)\b)"
)
# "…Baptiste-ArnaudandKonrad…": a glued "and" between two names, told by the given and
# family names glued before it ("BertrandThirion" alone stays whole).
_GLUED_AND = re.compile(r"([a-zà-ÿ][A-ZÀ-Þ][\w'-]*?[a-zà-ÿ]{2})(and|et)(?=[A-ZÀ-Þ][a-zà-ÿ])")
_GLUED_WORDS = re.compile(r"(?<=[a-zà-ÿ]{3})(?=[A-ZÀ-Þ][a-zà-ÿ]{2,})")


def _combine(letter: str, accent: str) -> str:
    letter = "i" if letter == "ı" else letter
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
        if ";" in text:
            text = _FIELD_AFTER_SEMICOLON.sub(r"\1 ", text)
        text = _AND_TITLE_CUT.sub(lambda m: (m.group(1) or m.group(2)) + " ", text)
        if "\net " in text or "\nand " in text:
            text = _AND_NAME_WRAPPED.sub(" ", text)
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
    r"(?m)^([ \t]*)((?:(?:[A-ZÀ-Þ]{1,3}|[&\-'’·()])[ \t]+){3,}(?:[A-ZÀ-Þ]{1,3}|\)))[ \t]*$"
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
    return match.group(1) + " ".join(words).replace(" - ", "-").replace("( ", "(").replace(
        " )", ")"
    )


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
    from pdfminer.layout import LAParams, LTRect, LTTextBox, LTTextLine

    pages: list[tuple[list[list[list]], bool]] = []
    footers: set[str] = set()  # the running footer later pages repeat from the first
    first_height = 0.0
    try:
        for page in extract_pages(
            io.BytesIO(body), laparams=LAParams(line_margin=0.3, boxes_flow=1.0, char_margin=3.0)
        ):
            boxes: list[list[list]] = []
            cells: list[tuple[float, float, float, float]] = []
            chars: dict[int, LTTextLine] = {}  # (a line's characters, to cut a table row)
            for box in page:
                if isinstance(box, LTRect):
                    if box.width >= GRID_CELL and box.height >= GRID_CELL:
                        cells.append((box.x0, box.x1, box.y0, box.y1))
                    continue
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
                            chars[id(lines[-1])] = line
                if lines:
                    boxes.append(lines)
            _drop_turned_letters(boxes)
            _join_heading_column(boxes)
            _join_centred_cells(boxes)
            if len(cells) >= 2 * GRID_ROW_CELLS and _join_grid_rows(boxes, cells, chars):
                boxes = _grid_order(boxes)
            # (no row across a sidebar's gutter: "REFEREES" beside an entry's title line)
            _join_table_rows(boxes, _gutter(boxes))
            if len(pages) == 1:
                _drop_margins(pages[0][0], page.height)  # (the first page's, once a second)
            if pages:
                footers |= _drop_margins(boxes, page.height, pages[0][0])
            else:
                first_height = page.height
            gutter = _gutter(boxes)
            _join_wrapped_dates(boxes)
            dated = _join_date_column(boxes, gutter)
            _join_role_column(boxes)
            _join_label_column(boxes)
            _join_degree_tags(boxes, gutter)
            if gutter is None and dated >= DATED_ENTRIES:
                boxes = _reading_order(boxes)
            if gutter is None:
                boxes = _headings_in_place(boxes)
            if ":" in "".join(line[4][-1:] for box in boxes for line in box):
                boxes = _gather_labelled_lists(boxes)
            pages.append((_column_order(boxes, gutter), gutter is None))
    except Exception as error:  # noqa: BLE001 - any failure of the parser on crawled bytes
        if b"/Encrypt" in body:
            raise UnreadableDocument("encrypted PDF: no text could be read") from None
        reason = " ".join(str(error).split())[:200] or type(error).__name__
        raise UnreadableDocument(f"unreadable PDF: {reason}") from None
    if footers:
        _drop_first_footer(pages[0][0], first_height, footers)
    text = decode(_across_pages([_page_text(boxes, wrapped) for boxes, wrapped in pages]))
    if "(" in text:
        # "A (PhD, co-supervised," / "2022 – )": a bracket wrapped onto the next line.
        text = _WRAPPED_BRACKET.sub(_bracket_line, text)
    if "...." in text:
        # "Directeur de thèse .......... Pr A" (a form's dotted leader to a tab stop): the
        # field's label, then its value
        text = _LEADER.sub(": ", text)
    if ":\n" in text:
        # "Review of Economic Studies 90 (4):" / "1991–2025." (a column's last line, the next
        # column's first): an article's pages, no dated entry of their own
        text = _WRAPPED_PAGES.sub(r"\1 \2", text)
    return repair_pdf_text(text)


_LEADER = re.compile(r"(?<=[^\s.:])[ \t]*(?:\.[ \t]?){4,}[ \t]*")


def _across_pages(texts: list[str]) -> str:
    """The pages' texts a blank line apart, but for an entry running on over the page
    break (its page's last line ends on a comma or a cut word, or the next page opens in
    lower case): one paragraph, its lines one a line."""
    out = texts[0] if texts else ""
    for text in texts[1:]:
        if not text:
            continue
        # ("…, Université de" / "Saltmoor, 2022": a line cut on a preposition, one line)
        cut = _ENDS_OPEN.search(out.rstrip()) is not None
        runs_on = cut or out.rstrip()[-1:] in (",", ";", "-") or text.lstrip()[:1].islower()
        glue = " " if cut else "\n"
        out = f"{out.rstrip()}{glue}{text.lstrip()}" if out and runs_on else f"{out}\n\n{text}"
    return out


def _page_text(boxes: list[list[list]], wrapped: bool = True) -> str:
    """A page's boxes a blank line apart, their lines one a line; a box that carries on the
    line just above it (a wrapped line set as a box of its own: "…, présidente" / ": Pr A",
    "…, Harlow Crest" / "University.") follows it without the blank.  (*wrapped* False:
    two columns side by side, where a full line is no sign of a wrap.)"""
    parts: list[str] = []
    above = None
    listed = None  # the line spacing of a labelled list ("Supervisors:" over its names)
    ends = sorted((line[1] for box in boxes for line in box if line[4]), reverse=True)
    # (the text's right edge: where several lines end together, as the lines of a justified
    # paragraph do; a ragged edge tells no wrap)
    right = ends[EDGE_LINES - 1] if len(ends) >= EDGE_LINES else None
    if right is not None and ends[0] - right > COLUMN_EDGE:
        right = None
    numbered = None  # the first line of an entry whose number hangs out on the left
    for box in boxes:
        lines = [line for line in box if line[4]]
        if not lines:
            continue
        if parts:
            glue = _carried_on(above, lines[0], right if wrapped else None)
            if glue != " " and numbered is not None and _hangs_under(numbered, above, lines[0]):
                glue = " "  # "[2] A, « Title »," / "soutenue en 2021": the entry's next lines
            elif glue == "\n\n":
                glue, listed = _listed(above, lines[0], listed, right if wrapped else None)
                numbered = None
            parts.append(glue)
        if _HANGING_NUMBER.match(lines[0][4]):
            numbered = lines[0]
        parts.append(lines[0][4])
        for higher, line in zip(lines, lines[1:], strict=False):
            # (the entry's wrapped lines run on as one: "Université de" / "X, 2022")
            hangs = numbered is not None and _hangs_under(numbered, higher, line)
            parts.append((" " if hangs else "\n") + line[4])
        above = lines[-1]
    return "".join(parts)


# An entry's number set apart before its text ("[12] ", "(3) ", "7. ").
_HANGING_NUMBER = re.compile(r"(?:\[\d{1,3}\]|\(\d{1,3}\)|\d{1,3}\.)\s+\S")


def _hangs_under(numbered: list, above: list, line: list) -> bool:
    """Whether *line* goes on the entry *numbered* opens: right under the line above, in
    its font size, set in from the hanging number as far as the entry's text is (a Word
    list's hanging indent), and opening on no number of its own."""
    char = (numbered[1] - numbered[0]) / max(len(numbered[4]), 1)
    indent = line[0] - numbered[0]
    return (
        0 < above[2] - line[2] <= 2 * max(above[3], line[3])
        and abs(above[3] - line[3]) <= SAME_SIZE * max(above[3], line[3])
        and 2 * char <= indent <= HANGING_CHARS * char
        and (above is numbered or abs(above[0] - line[0]) <= COLUMN_EDGE)
        and not _HANGING_NUMBER.match(line[4])
    )


_CARRIED_ON = re.compile(r"[a-zà-ÿ:;,)]")
_BRACKET_LINE = re.compile(r"\([^()]{4,}")  # (no "(a)", "(iv)": an enumeration's label)
_ABBREVIATION_END = re.compile(
    r"(?:^|[\s,(])(?:[A-ZÀ-Þ]|Dr|Prof|Pr|Mr|Mrs|Ms|St|pp|Vol|vol|No|eds?)\.$"
)
_WRAPPED_PAGES = re.compile(r"(\d\s*(?:\(\d[\d–-]*\))?\s*:)\n\n?(\d+\s*[–-]\s*\d+\.?)(?=\n|$)")
_VOLUME_ISSUE = re.compile(r"\d\s*(?:\(\d[\d–-]*\))?\s*:$")
EDGE_LINES = 3
SAME_SIZE = 0.15  # of a line's height: lines of one paragraph share a font size
HANGING_CHARS = 8  # an entry's number hanging out on the left ("10. ")
_ENTRY_START = re.compile(
    r"(?i)\W*(?:since|from|until|depuis|jusqu|seit|desde|dal|sinds)\b"
    # (a field's label holds no sentence's end: "Vaunier. Taux d'encadrement : 50 %" goes on
    # the sentence wrapped above it)
    r"|[^\W\d](?:(?![a-zà-ÿ]{3}\.\s)[^:\n]){0,30}:\s"
)
_BULLETS = frozenset("•◦▪▫■□●○‣⁃–—-*·▶")
# A numbered item's own marker ("1. Ms. A (2018 – 2023)", "b) B"): a bullet of its own
_NUMBERED_ITEM = re.compile(r"(?:\d{1,2}|[a-z])[.)]\s")


def _own_marker(text: str) -> bool:
    """Whether a line under a label opens on its own bullet or number (no "• " to add)."""
    return text[:1] in _BULLETS or _NUMBERED_ITEM.match(text) is not None


_ENDS_WITH_YEAR = re.compile(r"(?:19|20)\d\d\W{0,2}$")
_LONE_YEAR = re.compile(r"(?:19|20)\d\d[a-z]?\.$")


def _carried_on(above: list, line: list, right: float | None) -> str:
    """What goes between *above* and *line*, the first line of the next box: a blank line
    between paragraphs; a line break where *line* goes on from *above*, the line just over
    it and starting under it, opening in lower case or on a colon, a comma or a closing
    bracket; a blank where *above* runs to the right edge of the text (*right*, the page's)
    without ending a sentence, the same line wrapped ("…, Harlow Crest" / "University.")."""
    if not (
        0 < above[2] - line[2] <= 2 * max(above[3], line[3])
        and above[0] - COLUMN_EDGE <= line[0] < above[1]
        and above[4][-1:] not in "!?"
        # (a sentence's full stop ends it; an initial's or a title's does not: "…, K." /
        # "Osei-Lindgren, R. …")
        and (above[4][-1:] != "." or _ABBREVIATION_END.search(above[4]) is not None)
    ):
        return "\n\n"
    if _CARRIED_ON.match(line[4]) is not None:
        if (
            right is not None
            and line[4][:1].isalpha()
            and above[4][-1:].isalpha()
            and right - above[1] <= COLUMN_EDGE
        ):
            # "Depuis 2021  MCF, Université X – Laboratoire" / "d'informatique de X": a
            # justified line run to the right edge, a name wrapped mid-phrase
            return " "
        return "\n"
    if (
        "...." in line[4]
        and _LEADER_END.search(line[4])
        and "...." not in above[4]
        and len(above[4].split()) >= WRAPPED_TITLE_WORDS
        and above[4][-1:].isalpha()
        and not above[4].isupper()
        and _WRAPPED_TAIL.match(line[4])
    ):
        # "Assistant Professor of Computational and Systems" / "Biology, University X
        # ...... 2016–2021": a Word CV's position wrapped before its dot-leader date
        return " "
    if above[4][-1:] == "," and line[4][:1].isdigit() and _DATE_LINE.match(line[4]):
        return " "  # "Research Fellow, Centre X, University Y," / "2017–2020": its dates
    if line[4][:1].isdigit() and _VOLUME_ISSUE.search(above[4]):
        return " "  # "Review of Economic Studies 90 (4):" / "1991–2025.": the pages, no dates
    if _BRACKET_LINE.match(line[4]) and abs(line[0] - above[0]) <= COLUMN_EDGE:
        return " "  # "Dr. A" / "(Institute X)", "A" / "(président) et B": the line's bracket
    char = (above[1] - above[0]) / max(len(above[4]), 1)  # (a character's mean width)
    wrapped = (
        # the next line's first word would not fit in what is left of this one, at the
        # text's right edge ...
        right is not None
        and right - above[1] <= (len(line[4].split(None, 1)[0]) + 1) * char
        # ... or the line ends on a word no entry ends on ("… les stages de" / "M2 de A")
        or _ENDS_OPEN.search(above[4]) is not None
    )
    same_paragraph = (
        above[2] - line[2] <= 1.6 * max(above[3], line[3])
        and abs(above[3] - line[3]) <= SAME_SIZE * max(above[3], line[3])  # (one font size)
        # (under it, or under its text when the entry's number hangs out on the left)
        and -COLUMN_EDGE <= line[0] - above[0] <= HANGING_CHARS * char
    )
    if not (wrapped and same_paragraph):
        return "\n\n"
    next_entry = (
        above[4][-1:] in ":;-"
        # ("2021  Stage de M2 de A": the next entry's date; "…, 37(11):2450–2461," / "2018."
        # is a reference's year wrapped alone)
        or line[4][:1].isdigit()
        and not (above[4][-1:] == "," and _LONE_YEAR.match(line[4]))
        # ("Since 2018 Chargé de recherche", "Supervisors: A and B": an entry, a field)
        or _ENTRY_START.match(line[4]) is not None
        or line[4][:1] in _BULLETS
        or _ENDS_WITH_YEAR.search(above[4]) is not None  # (a year set at the right margin)
        # ("…… 2021–present" / "Assistant Professor …": a dot leader's date ends its entry)
        or "...." in above[4]
        and _LEADER_END.search(above[4]) is not None
        or _titles_only([[line]])
    )
    return "\n\n" if next_entry else " "


# A dot leader to a tab stop and the date after it, ending a Word CV's entry line.
_LEADER_END = re.compile(r"\.{4,}\s*[^.\s][^.]{0,25}$")
# The rest of a wrapped title: its last word then a comma ("Biology, University X").
_WRAPPED_TAIL = re.compile(r"[^\W\d][\w-]*,\s")
WRAPPED_TITLE_WORDS = 4  # a wrapped position's first line, no two-word sub-heading

# A line ending on a preposition, an article or a conjunction goes on below, and so does one
# ending on an author's initial after a comma ("…, L. Marchetti-Obi, K." / "Osei-Lindgren").
_ENDS_OPEN = re.compile(
    r"(?i)\s(?:of|for|the|and|with|in|at|to|by|from|de|du|des|la|le|les|et|à|au|aux|avec|"
    r"en|par|sur|pour|dans)$|(?-i:,\s[A-ZÀ-Þ]\.)$"
)


def _gather_labelled_lists(boxes: list[list[list]]) -> list[list[list]]:
    """A label's list set one line a box beside another block at the same heights (a
    cover's "Supervisors:" list left of its "Examination committee:" list): pdfminer reads
    the two lists' lines by height, one from each in turn.  Each line under a label at its
    left edge, one line's spacing below the line before, is put back after the label."""
    single = {id(box): box for box in boxes if sum(1 for line in box if line[4]) == 1}
    order = list(boxes)
    for box in boxes:
        lines = [line for line in box if line[4]]
        if not lines or not lines[-1][4].endswith(":") or len(lines[-1][4]) > LABEL_CHARS:
            continue
        chain, above = [], lines[-1]
        while True:
            below = [
                (other, line)
                for other in single.values()
                if other is not box and other not in chain
                for line in other
                if line[4]
                and abs(line[0] - above[0]) <= COLUMN_EDGE
                and 0 < above[2] - line[2] <= 2 * max(above[3], line[3])
            ]
            if not below:
                break
            other, above = max(below, key=lambda pair: pair[1][2])
            chain.append(other)
        if not chain:
            continue
        order = [b for b in order if not any(b is c for c in chain)]
        at = next(i for i, b in enumerate(order) if b is box) + 1
        order[at:at] = chain
    return order


LIST_SPACING = 0.15  # of the line spacing: a list's lines are evenly spaced
JURY_TITLE_CHARS = 40  # "Composition du jury", "Examination committee": a title


def _listed(above: list, line: list, listing, right: float | None = None) -> tuple[str, object]:
    """A list set one line a box: a label's ("Supervisors:" / "Prof. A" / "Prof. B"),
    each line under the label at its left edge and evenly spaced an item; or a jury's,
    under its title ("Composition du jury" / "A, Présidente" / "Professeure, Université
    X" / "B, Rapporteur" …), each line at its left edge a line of one block.  Where the
    label's items carry their own bullets ("Thèses soutenues :" / "• A, Doctorat (2016).
    « Titre »." / "Co-directeur : B."), a line without one is no item: it goes on the
    item above when that one runs to the text's right edge (*right*), the same entry
    wrapped.  (The glue before *line*, and the list's state: its spacing, a tuple of it
    for a bulleted list, "jury", or None once it ends.)"""
    step = above[2] - line[2]
    if isinstance(listing, tuple):
        if (
            abs(step - listing[0]) <= LIST_SPACING * listing[0]
            and abs(above[0] - line[0]) <= COLUMN_EDGE
        ):
            if _own_marker(line[4]):
                return "\n\n", listing
            if right is not None and right - above[1] <= COLUMN_EDGE:
                return " ", listing
        return "\n\n", None
    if (
        listing is None
        and len(above[4]) <= JURY_TITLE_CHARS
        and 0 < step <= 3 * max(above[3], line[3])
        and abs(above[0] - line[0]) <= COLUMN_EDGE
        and _jury_title(above[4])
    ):
        return "\n\n", "jury"  # (a title set a little apart from its list)
    if not (0 < step <= 2 * max(above[3], line[3]) and abs(above[0] - line[0]) <= COLUMN_EDGE):
        if (
            listing == "jury"
            and 0 < step <= 3 * max(above[3], line[3])
            and abs(above[0] - line[0]) <= COLUMN_EDGE
            and not _titles_only([[line]])
        ):
            return "\n", listing  # (a jury's member set over two lines, rows apart)
        return "\n\n", None
    if above[4].endswith(":") and len(above[4]) <= LABEL_CHARS:
        if _own_marker(line[4]):
            return "\n\n", (step,)  # (the items' own bullets)
        return "\n\n• ", step
    if listing == "jury" and not line[4][:1].isdigit() and not _titles_only([[line]]):
        return "\n", listing
    if isinstance(listing, float) and abs(step - listing) <= LIST_SPACING * listing:
        return "\n• ", listing
    if len(above[4]) <= JURY_TITLE_CHARS and _jury_title(above[4]):
        return "\n\n", "jury"
    return "\n\n", None


# A cover's one jury ("Composition du jury", "Examination committee"), not a CV's section
# of juries sat on ("Jurys de thèse", "Thesis examination"), whose dated entries it lists.
_JURY_TITLE = re.compile(
    r"(?i)^\s*(?:composition\s+du\s+jury|membres\s+du\s+jury|jury(?:\s+de\s+(?:thèse|soutenance))?"
    r"|(?:members\s+of\s+the\s+)?(?:thesis\s+|doctoral\s+|dissertation\s+)?"
    r"(?:examination|examining|defen[cs]e)\s+(?:committee|board)|board\s+of\s+examiners"
    r"|(?:thesis|doctoral|dissertation)\s+committee)\s*:?\s*$"
)


def _jury_title(text: str) -> bool:
    return _JURY_TITLE.match(text) is not None


def _bracket_line(match: re.Match) -> str:
    """The two lines of a wrapped bracket as one (a word cut at the line's end, "avec Ma-"
    / "thilde B, 50 %)", left for the hyphenation repair)."""
    if match.group(1).endswith("-") and match.group(2)[:1].islower():
        return f"{match.group(1)}\n{match.group(2)}"
    dates = _BRACKET_CUT_BY_DATES.search(match.group(1))
    if dates is not None and match.group(2)[:1].isupper():
        # "… (host: Prof.  2014 – 2017" / "Dietmar Kessler)": the entry's dates, set flush
        # right on the bracket's first line, go after the bracket's name
        head = match.group(1)[: dates.start()]
        return f"{head} {match.group(2)}  {dates.group().strip()}"
    return f"{match.group(1)} {match.group(2)}"


# A date range joined at a line's end from the right-hand date column.
_BRACKET_CUT_BY_DATES = re.compile(r"\s+(?:19|20)\d\d\s*[–-]\s*(?:(?:19|20)\d\d|[^\W\d]+)$")


_WRAPPED_BRACKET = re.compile(r"(\([^()\n]{1,60})\n\n?([^()\n]{1,40}\))")


# "Page 2 of 3", "2/3", "– 2 –": a page number in the top or bottom margin.
_PAGE_NUMBER = re.compile(
    r"(?i)^(?:page\s+)?\d{1,3}(?:\s*(?:of|/|sur|de)\s*\d{1,3})?$|^[-–—]\s*\d{1,3}\s*[-–—]$"
)
# A running head ending on its page counter ("Curriculum Vitae — A — page 2/4", "A · CV · 3/5",
# a slide footer's cells read as a row: "| A | Talk title | 3 / 9 |").
_COUNTED_HEAD = re.compile(
    r"(?i)(?:\bpage\s+\d{1,3}\s*(?:/|of|sur|de)\s*\d{1,3}|[—–|·]\s*\d{1,3}\s*/\s*\d{1,3})"
    r"\s*\|?\s*$"
)
MARGIN = 0.08  # of the page's height: where running headers, footers and page numbers sit


def _drop_margins(boxes: list[list[list]], height: float, first: list | None = None) -> set[str]:
    """Blank a multi-page document's page numbers, and the running header or footer a
    later page repeats from *first* (the owner's name stays once, on page one): they would
    read as headings and cut a section that runs on across the page break."""
    repeated = (
        {line[4] for box in first for line in box if _in_margin(line, height)}
        if first is not None
        else set()
    )
    footers = set()
    for box in boxes:
        for line in box:
            if not _in_margin(line, height):
                continue
            if _PAGE_NUMBER.match(line[4]) or _COUNTED_HEAD.search(line[4]):
                line[4] = ""
            elif first is not None and _repeats(line[4], repeated):
                footers.add(line[4])
                line[4] = ""
    return footers


def _drop_first_footer(first: list[list[list]], height: float, footers: set[str]) -> None:
    """Blank the first page's own footer that later pages repeat ("Mis à jour le …"): left
    there, it would cut the entry running on over the page break."""
    for box in first:
        for line in box:
            if line[2] < MARGIN * height and line[4] in footers:
                line[4] = ""


RUNNING_PIECE = 8  # characters: a piece of a running header, not a stray word


def _repeats(text: str, repeated: set[str]) -> bool:
    """*text* is the first page's running header or footer again, whole or one of its
    pieces (pdfminer may read "A — Curriculum Vitae   updated March 2025" as one line on
    one page and as two on the next)."""
    return text in repeated or (
        len(text) >= RUNNING_PIECE and any(text in line for line in repeated)
    )


def _in_margin(line: list, height: float) -> bool:
    return line[2] < MARGIN * height or line[2] > (1 - MARGIN) * height


_DATE_LINE = re.compile(r"^(?=.*(?:19|20)\d\d|.*\b(?:present|today|now|aujourd)).{0,32}$", re.I)


def _beside(
    boxes: list[list[list]],
    index: int,
    line: list,
    *,
    right: bool,
    gutter: float | None = None,
    reach: float = 0.6,
    upper: bool = False,
) -> list | None:
    """The nearest text line of another box at ``line``'s height, to its right or left (on
    the same side of the page's column gutter, when it has one); with *upper*, the nearest
    one above its middle within *reach* line heights."""
    x0, x1, middle, height, _text = line
    best = None
    for other_index, other in enumerate(boxes):
        if other_index == index:
            continue
        for candidate in other:
            if not candidate[4] or abs(candidate[2] - middle) >= reach * min(height, candidate[3]):
                continue
            if upper and candidate[2] <= middle:
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
HEADER_LINES = 6  # a header band over a sidebar and its main column: the name, a tagline
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
    skipped = False
    for gutter in sorted({s[1] for s in spans}):
        left = [s for s in spans if s[1] <= gutter]
        right = [s for s in spans if s[0] >= gutter + GUTTER]
        if not left or not right:
            continue
        # (the lower of the two columns' tops: a short header line may sit in either)
        top = min(max(s[2] for s in left), max(s[2] for s in right))
        if any(s[3] < top for s in spans if s[1] > gutter and s[0] < gutter + GUTTER):
            continue  # a box across the gutter beside the columns: no clean split
        if sum(1 for s in right for line in s[4] if line[4]) < COLUMN_LINES:
            return None
        if sum(1 for s in left for line in s[4] if line[4]) < COLUMN_LINES:
            # (a sidebar's last short line, "request.", alone left of the candidate gutter:
            # the sidebar's wider lines above it may still make a column of their own)
            skipped = True
            continue
        if skipped and (
            sum(1 for s in spans if s[1] > gutter and s[0] < gutter + GUTTER for line in s[4])
            > HEADER_LINES
        ):
            return None  # full-width entries above two columns of papers: no sidebar
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


TURNED_LETTERS = 4  # single letters stacked at one x: a title turned on its side


def _drop_turned_letters(boxes: list[list[list]]) -> None:
    """A title set sideways along the page's edge (a thesis cover's "THÈSE DE DOCTORAT"
    band) comes out one letter a line: the letters are blanked, or a role column beside
    them would be joined to a letter and the band read as words."""
    letters: dict[int, list[list]] = {}
    for box in boxes:
        for line in box:
            if len(line[4]) == 1:
                letters.setdefault(round(line[0]), []).append(line)
    for stack in letters.values():
        if len(stack) >= TURNED_LETTERS:
            for line in stack:
                line[4] = ""


GRID_CELL = 8.0  # points: a table cell's frame, not a rule under a title
GRID_ROW_CELLS = 2  # framed cells side by side at one height: a row of a table
GRID_EDGE = 1.0  # points: edges this close are one edge


def _join_grid_rows(
    boxes: list[list[list]], cells: list[tuple[float, float, float, float]], chars: dict
) -> bool:
    """A table drawn as a grid of framed cells (a word processor's or fpdf's table) sets a
    wrapped cell on two lines and centres a short one at the row's mid-height: lines of one
    row are at different heights, so the row is read from its frames.  Each row of two or
    more framed cells side by side becomes one line "| a | b | c |" (a wrapped cell's lines
    joined; a text line run across two cells cut at their frames), held by the row's top
    line.  Whether any row was joined."""
    rows: dict[tuple[int, int], list[tuple[float, float, float, float]]] = {}
    for cell in cells:
        rows.setdefault((round(cell[2] / GRID_EDGE), round(cell[3] / GRID_EDGE)), []).append(cell)
    lines = [line for box in boxes for line in box if line[4]]
    joined_any = False
    for row in rows.values():
        if len(row) < GRID_ROW_CELLS:
            continue
        row.sort()
        if any(abs(a[1] - b[0]) > GRID_EDGE for a, b in zip(row, row[1:], strict=False)):
            continue  # frames apart: boxes side by side, not one row of a grid
        y0, y1 = row[0][2], row[0][3]
        held = sorted(
            (line for line in lines if y0 < line[2] < y1 and row[0][0] <= line[0] < row[-1][1]),
            key=lambda line: (-line[2], line[0]),
        )
        texts: list[list[str]] = [[] for _ in row]
        for line in held:
            pieces = _cell_pieces(line, row, chars.get(id(line)))
            for index, piece in pieces:
                texts[index].append(piece)
        joined = [" ".join(parts) for parts in texts]
        if sum(bool(text) for text in joined) < GRID_ROW_CELLS:
            continue
        for line in held:
            line[4] = ""
        held[0][4] = "| " + " | ".join(joined) + " |"
        joined_any = True
    return joined_any


def _grid_order(boxes: list[list[list]]) -> list[list[list]]:
    """A grid's rows, each one line now, read top to bottom with the lines between them:
    pdfminer boxes a date column's cells together ("2019 –" over "2014 – 2019"), so the
    full-width row of a section's title ("EMPLOYMENT") would follow the rows it heads."""
    out = []
    for box in boxes:
        if any(line[4][:2] == "| " or not line[4] for line in box):
            out.extend([line] for line in box if line[4])  # (a box holding a grid's rows)
        else:
            out.append(box)
    return sorted(out, key=lambda box: -max(line[2] for line in box))


def _cell_pieces(line: list, row: list[tuple], chars) -> list[tuple[int, str]]:
    """(cell index, text) of a text line in a row of framed cells: the line whole in the
    cell it starts in, or cut at the frames it crosses (by its characters' positions)."""
    start = next(i for i, cell in enumerate(row) if line[0] < cell[1])
    if line[1] <= row[start][1] + GRID_EDGE or chars is None:
        return [(start, line[4])]
    pieces: dict[int, list[str]] = {}
    index = start
    for char in chars:
        x0 = getattr(char, "x0", None)
        if x0 is not None:
            middle = (x0 + char.x1) / 2
            while index + 1 < len(row) and middle >= row[index][1]:
                index += 1
        pieces.setdefault(index, []).append(char.get_text())
    return [(i, text) for i, part in pieces.items() if (text := " ".join("".join(part).split()))]


TABLE_CELLS = 3  # cells side by side on one line: a table's row, not a date beside an entry


CENTRED_CELL_LINES = 5  # a table cell wrapped onto at most this many lines
_DIGIT = re.compile(r"\d")
CELL_FONT_SLACK = 0.2  # points: the lines of one wrapped cell share its type's height
CENTRED_SLACK = 0.3  # line heights: a cell's middle and its row's one-line cell this close


def _join_centred_cells(boxes: list[list[list]]) -> None:
    """A table whose cells are centred in their rows (a jury: "A DUPONT" beside
    "Professeure, Université de" / "Haute-Vienne-Nord" and "Rapporteure") puts a one-line
    cell at the middle of its row's wrapped cell, not at its first line: each run of wrapped
    lines in a column is cut into cells, one centred on each lone line beside it, and each
    cell is read as one line at its row's height.  A run whose first line sits beside a lone
    line (top-aligned rows: a CV's dates) is left alone."""
    lines = [line for box in boxes for line in box if line[4]]
    if len(lines) < 3:
        return
    columns: dict[float, list[list]] = {}
    for line in lines:
        key = next((x0 for x0 in columns if abs(x0 - line[0]) <= TABLE_ALIGN), line[0])
        columns.setdefault(key, []).append(line)
    runs: list[tuple[list[list], float]] = []  # (with its column's right edge)
    lone: list[list] = []
    for column in columns.values():
        column.sort(key=lambda line: -line[2])
        edge = max(line[1] for line in column)
        run = [column[0]]
        for line in column[1:]:
            pitch = run[-1][2] - line[2]
            if 0.8 * line[3] <= pitch <= TABLE_CARRY * line[3]:
                run.append(line)
                continue
            (runs if len(run) > 1 else lone).append((run, edge) if len(run) > 1 else run[0])
            run = [line]
        (runs if len(run) > 1 else lone).append((run, edge) if len(run) > 1 else run[0])
    if not runs or not lone:
        return
    for run, edge in runs:
        _cut_centred_run(run, lone, edge)


def _cut_centred_run(run: list[list], lone: list[list], edge: float) -> None:
    """Cut *run* (a column's wrapped lines, top to bottom) into cells centred on the *lone*
    lines beside it, and join each cell's lines; nothing when they do not fit so."""
    height = run[0][3]
    left, right = run[0][0], max(line[1] for line in run)
    top, bottom = run[0][2] + CENTRED_SLACK * height, run[-1][2] - CENTRED_SLACK * height
    beside = sorted(
        (line for line in lone if bottom <= line[2] <= top and (line[1] < left or line[0] > right)),
        key=lambda line: -line[2],
    )
    rows: list[list[list]] = []  # (the row's one-line cells in several columns: one height)
    for line in beside:
        if rows and rows[-1][0][2] - line[2] <= CENTRED_SLACK * height:
            rows[-1].append(line)
        else:
            rows.append([line])
    cells: list[tuple[list[list], list[list]]] = []
    start = 0
    for row in rows:
        y = row[0][2]
        if start >= len(run):
            return
        size = next(
            (
                size
                for size in range(1, CENTRED_CELL_LINES + 1)
                if start + size <= len(run)
                and abs((run[start][2] + run[start + size - 1][2]) / 2 - y)
                <= CENTRED_SLACK * height
            ),
            None,
        )
        if size is None:
            return
        cells.append((run[start : start + size], row))
        start += size
    if start != len(run) or not cells or len(cells[0][0]) < 2:
        return
    if not all(_fills(above, below, edge) for cell, _ in cells for above, below in pairwise(cell)):
        return  # (a short line over the next: lines of their own, "A DUPONT" / "Univ. X")
    if any(_DIGIT.search(line[4]) for _, row in cells for line in row):
        return  # ("2018 – 2019", "[C2]" beside an entry: a CV's date column, read apart)
    for cell, row in cells:
        text = cell[0][4]
        for line in cell[1:]:
            glue = "" if text.endswith("-") and line[4][:1].isupper() else " "
            text += glue + line[4]
            line[4] = ""
        label = row[0]
        if (
            len(row) == 1
            and label[1] < left
            and label[4].endswith(":")
            and len(label[4]) <= LABEL_CHARS
        ):
            # ("Internal:" beside "Dr A, School of X," / "University Y": a two-column
            # table's label and its value, one line where the label is read)
            label[4] = f"{label[4]} {text}"
            label[1] = max(line[1] for line in cell)
            cell[0][4] = ""
            continue
        cell[0][1] = max(line[1] for line in cell)
        cell[0][2] = row[0][2]
        cell[0][4] = text


def _fills(above: list, below: list, right: float) -> bool:
    """*above* broke where *below*'s first word would have run past the column's *right*
    edge: one cell wrapped, not two lines set apart."""
    if abs(above[3] - below[3]) > CELL_FONT_SLACK:
        return False  # (a name over its institution in a smaller type: two fields)
    word = below[4].split(None, 1)[0]
    per_char = (above[1] - above[0]) / max(len(above[4]), 1)
    return above[1] + per_char * (len(word) + 1) > right


def _join_table_rows(boxes: list[list[list]], gutter: float | None = None) -> None:
    """A ruled table (a funder's "Professional Preparation": institution, location, degree,
    year) comes out one cell per box, column after column: lines of three or more boxes at
    one height are one row, written "| a | b | c |" in reading order.  A cell wrapped onto
    a second line ("Institut polytechnique de" / "Garonne-Save") carries on under its row,
    and a row whose cells run together ("A MCF Université X", "Co-encadrante") starts at the
    table's columns: both are read with the rows above them."""
    lines = sorted(
        ((index, line) for index, box in enumerate(boxes) for line in box if line[4]),
        key=lambda cell: -cell[1][2],
    )
    # (a row read run together under a full row: that full row's columns, by the row's id)
    full_columns: dict[int, list[float]] = {}
    groups: list[list[list] | None] = []  # the lines at each height, top to bottom
    rows: list[list[list]] = []  # each row's cells as [line, texts], top to bottom
    joined: set[int] = set()  # the rows read above a table's row: one table with it
    start = 0
    while start < len(lines):
        first = lines[start][1]
        end = start + 1  # the lines at the height of the first (sorted by height)
        while end < len(lines) and first[2] - lines[end][1][2] < 0.5 * min(
            first[3], lines[end][1][3]
        ):
            end += 1
        row = sorted(lines[start:end], key=lambda cell: cell[1][0])
        start = end
        if len(row) < TABLE_CELLS:
            if rows and rows[-1] is groups[-1]:
                _carry_table_row(rows, [line for _, line in row], full_columns)
                groups.append(rows[-1])
            else:
                groups.append([line for _, line in row])
                groups[-1].append(None)  # (no row: a marker)
            continue
        # (a justified line cut at each word, its pieces in one box or several, first)
        row = _join_justified_words(row)
        if len(row) < TABLE_CELLS or len({i for i, _ in row}) != len(row):
            groups.append(None)
            continue
        if gutter is not None and row[0][1][1] <= gutter < row[-1][1][0]:
            groups.append(None)
            continue  # a sidebar's line beside the main column's: two columns, no table
        if any(a[1][1] > b[1][0] for a, b in zip(row, row[1:], strict=False)):
            groups.append(None)
            continue  # overlapping cells: not a row of a table
        # ("Rapporteurs : A" | "Univ. X" over "Garant :" | "B" | "Univ. Y": the rows above
        # whose label and name ran together, two cells at the table's columns)
        above = _rows_above(groups, [cell[0] for _, cell in row], first)
        rows.extend(above)
        rows.append([[cell, [cell[4]]] for _, cell in row])
        groups.append(rows[-1])
        if above:  # (each row under the first of them goes on its paragraph)
            joined.update(id(r) for r in rows[-len(above) :])
    # (a table's rows in one paragraph, though pdfminer boxed them apart)
    head, columns = None, []
    for index, row in enumerate(rows):
        text = "| " + " | ".join(" ".join(texts) for _, texts in row) + " |"
        if index and (id(row) in joined or _same_table(rows[index - 1], row, columns)):
            head[4] += "\n" + text
            row[0][0][4] = ""
        else:
            head, columns = row[0][0], []
            head[4] = text
        columns.extend(cell[0] for cell, _ in row)
        for cell, _ in row[1:]:
            cell[4] = ""


WRAPPED_TABLE_CELLS = 4  # a table this wide: the lines under a row may carry on its cells
TABLE_ALIGN = 2.0  # points: a cell's lines start this close to its column's left edge
TABLE_CARRY = 1.8  # line heights: a wrapped cell's next line, or the next row, this close


def _same_table(above: list[list], row: list[list], columns: list[float]) -> bool:
    """*row* comes right under *above* and starts at the table's *columns*: one table."""
    top = above[0][0]
    reach = TABLE_CARRY * (1 + max(len(texts) for _, texts in above)) * top[3]
    return top[2] - row[0][0][2] <= reach and all(
        any(abs(cell[0] - x0) <= TABLE_ALIGN for x0 in columns) for cell, _ in row
    )


def _rows_above(groups: list, columns: list[float], top: list) -> list[list[list]]:
    """The groups of two cells or more right above a table's row *top* whose cells start
    at its *columns*: rows of the table, top to bottom."""
    found: list[list[list]] = []
    for group in reversed(groups):
        if group is None or group[-1] is not None or len(group) < 3:
            break  # (a row already, a lone line, or no cells: the table starts below)
        pieces = group[:-1]
        if pieces[0][2] - top[2] > 2 * TABLE_CARRY * top[3] or not all(
            any(abs(piece[0] - x0) <= TABLE_ALIGN for x0 in columns) for piece in pieces
        ):
            break
        found.insert(0, [[piece, [piece[4]]] for piece in pieces])
        top = pieces[0]
    return found


def _carry_table_row(
    rows: list[list[list]], pieces: list[list], full_columns: dict[int, list[float]]
) -> None:
    """Read *pieces* (lines at one height under the table's last row) as that row's
    wrapped cells, or as a row of its own when they start at its columns' first one."""
    last = rows[-1]
    above = last[0][0]
    # (a row of its own run together, "A MCF Université X" | "Co-encadrante de": the
    # columns of the table's full row above it)
    columns = full_columns.get(id(last))
    if columns is None or len(columns) <= len(last):
        columns = [cell[0] for cell, _ in last]
    if len(columns) < WRAPPED_TABLE_CELLS:
        return  # ("Institut X," | "sous la" over "responsabilité de B": a justified line cut)
    if above[2] - pieces[0][2] > TABLE_CARRY * (1 + max(len(t) for _, t in last)) * above[3]:
        return
    fits = []
    for piece in pieces:
        at = [i for i, x0 in enumerate(columns) if abs(piece[0] - x0) <= TABLE_ALIGN]
        if not at:
            return
        fits.append(at[0])
    if len(pieces) >= 2 and fits[0] == 0:
        rows.append([[piece, [piece[4]]] for piece in pieces])
        full_columns[id(rows[-1])] = columns
        return
    cells = []
    for piece, at in zip(pieces, fits, strict=True):
        right = columns[at + 1] if at + 1 < len(columns) else None
        if right is not None and piece[1] > right:
            return  # a line across the columns: the text after the table
        # (the row's cell that starts at that column, or the last one before it)
        before = [cell for cell in last if cell[0][0] <= columns[at] + TABLE_ALIGN]
        if not before:
            return
        cells.append(before[-1])
    for piece, cell in zip(pieces, cells, strict=True):
        cell[1].append(piece[4])
        piece[4] = ""


JUSTIFIED_GAP = 1.0  # points: word gaps of one justified line differ by less


def _join_justified_words(row: list[tuple[int, list]]) -> list[tuple[int, list]]:
    """A justified line stretched so far that pdfminer cuts it at each word ("External",
    "examiner,", "Ph.D.", …) is no table row: three or more pieces the same gap apart are
    one line again (its words a blank apart), the rest of the row as it was."""
    gaps = [b[1][0] - a[1][1] for a, b in zip(row, row[1:], strict=False)]
    out: list[tuple[int, list]] = []
    index = 0
    while index < len(row):
        end = index
        while end < len(gaps) and abs(gaps[end] - gaps[index]) <= JUSTIFIED_GAP:
            end += 1
        if end - index >= TABLE_CELLS - 1:  # (three pieces or more, at one gap)
            first = row[index][1]
            first[4] = " ".join(cell[4] for _, cell in row[index : end + 1])
            first[1] = row[end][1][1]
            for _, cell in row[index + 1 : end + 1]:
                cell[4] = ""
            out.append(row[index])
            index = end + 1
        else:
            out.append(row[index])
            index += 1
    return out


def _dates_mostly(boxes: list[list[list]]) -> bool:
    """Most lines of *boxes* are dates ("2016 – 2020" right-aligned on each entry)."""
    lines = [line[4] for box in boxes for line in box if line[4]]
    return sum(bool(_DATE_LINE.match(text)) for text in lines) * 2 >= len(lines)


def _titles_only(boxes: list[list[list]]) -> bool:
    """Most lines of *boxes* are section titles ("EDUCATION", "Publications")."""
    from crawler.extract.sections import heading_kind

    lines = [line[4] for box in boxes for line in box if line[4]]
    # (a wrapped sentence that says "encadrement" is no title: a title is a few words)
    return sum(
        len(text.split()) <= TITLE_WORDS and heading_kind(text) is not None for text in lines
    ) * 2 >= len(lines)


TITLE_WORDS = 10


COLUMN_EDGE = 2.0  # points: lines starting this close share their column's left edge


def _starts_column(boxes: list[list[list]], line: list) -> bool:
    """*line* starts at the left edge of a column of text lines (not of dates)."""
    return any(
        abs(other[0] - line[0]) <= COLUMN_EDGE and other[4] and not _DATE_LINE.match(other[4])
        for box in boxes
        for other in box
    )


# "Sep 2012 –" over "Jun 2017", "Summer" over "2023": a date a narrow column wrapped.
_OPEN_RANGE = re.compile(r"(?:[-–—]|\bto|\bà|\bau)$")
_DATE_TAIL = re.compile(
    r"(?i)^(?:[a-zé]{3,9}\.?\s+)?(?:19|20)\d\d$|^(?:present|today|now|aujourd'hui|auj\.?)$"
)
_DATE_HEAD = re.compile(r"^[^\W\d_]{3,9}\.?$")  # a month or a season (of the lexicon)
_RANGE_TO_MONTH = re.compile(r"(?:19|20)\d\d\s*[-–—]\s*([^\W\d_]{3,9})\.?$")


def _join_wrapped_dates(boxes: list[list[list]]) -> None:
    """A date wrapped onto two lines of a narrow date column ("Sep 2012 –" / "Jun 2017",
    "Summer" / "2023") read as one date line, on its first line's height (where its entry
    starts): else each half is joined to a different line of the entry."""
    heads = [
        line
        for box in boxes
        for line in box
        if line[4]
        and len(line[4]) <= DATE_CELL_CHARS
        and (
            _OPEN_RANGE.search(line[4])
            and _DATE_LINE.match(line[4])
            or _DATE_HEAD.match(line[4])
            and line[4].rstrip(".").casefold() in LEXICON.months
            # "Sep 2019 – Jul" / "2021": the range's last month, its year wrapped below
            or (month := _RANGE_TO_MONTH.search(line[4])) is not None
            and month.group(1).casefold() in LEXICON.months
        )
    ]
    if not heads:
        return
    tails = [line for box in boxes for line in box if line[4] and _DATE_TAIL.match(line[4])]
    for head in heads:
        for tail in tails:
            if (
                tail[4]
                and 0 < head[2] - tail[2] <= 1.6 * max(head[3], tail[3])
                and (abs(head[0] - tail[0]) <= COLUMN_EDGE or abs(head[1] - tail[1]) <= COLUMN_EDGE)
                and (_OPEN_RANGE.search(head[4]) or tail[4][:1].isdigit())
            ):
                head[4] = f"{head[4]} {tail[4]}"
                head[1] = max(head[1], tail[1])
                tail[4] = ""
                break


DATE_CELL_CHARS = 16  # "Sep 2012 –": a date column's line, not a line of text


DATED_ENTRIES = 3  # dates joined to the entries beside them: a page of dated entries


def _reading_order(boxes: list[list[list]]) -> list[list[list]]:
    """A page whose dates sat in a narrow left column, beside their entries (joined to them
    now), read top to bottom: pdfminer reads that column as one block before the entries,
    so its section titles ("Education", "Appointments") all came first."""
    return sorted(boxes, key=lambda box: -max((line[2] for line in box if line[4]), default=0))


_OPEN_DASH = re.compile(r"(?<=(?:19|20)\d\d)\s+(?=[-–—]$)")


def _join_date_column(boxes: list[list[list]], gutter: float | None = None) -> int:
    """Prefix each date-only line to the text line beside it (same height, to its right);
    how many were."""
    joined = 0
    for index, box in enumerate(boxes):
        for line in box:
            text = line[4]
            if not text or not _DATE_LINE.match(text):
                continue
            best = _beside(boxes, index, line, right=True, gutter=gutter)
            if best is not None:
                # ("2020 –" alone in its cell: a range still open, written "2020–" so that
                # no dash between blanks reads as a separator before the entry's words)
                best[4] = f"{_OPEN_DASH.sub('', text)}  {best[4]}"
                line[4] = ""
                joined += 1
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
    return joined


ROLE_ROW_REACH = 1.2  # line heights: a role centred on a two-line row reaches its first line
ROLE_CELL_CHARS = 40  # "Directrice de thèse", "Rapportrice": a role cell, not a sentence


def _role_cell(text: str) -> bool:
    """*text* is a jury or supervision role alone ("Président", "Co-encadrant")."""

    if len(text) > 2 * ROLE_CELL_CHARS or any(c.isdigit() for c in text):
        return False
    # ("Rapporteur & Examinateur", "Président / Examinateur": two roles of one member)
    parts = _ROLE_JOIN.split(text.strip(" :"))
    return all(
        len(part) <= ROLE_CELL_CHARS
        and (
            any(p.fullmatch(part) for p in LEXICON.jury_role_patterns.values())
            or bool(LEXICON.pattern("ADVISING_NOUNS").fullmatch(part))
        )
        for part in parts
    )


_ROLE_JOIN = re.compile(r"\s*(?:&|/|\bet\b|\band\b)\s*")


def _join_role_column(boxes: list[list[list]]) -> None:
    """A thesis cover's jury sets each member's role in a column on the right ("M. A,
    Professeur, Université X" … "Rapporteur"): pdfminer reads that column as its own box.
    A role-only line is appended to the line at its height on its left."""
    for index, box in enumerate(boxes):
        for line in box:
            if not line[4] or not _role_cell(line[4]):
                continue
            best = _beside(boxes, index, line, right=False)
            if best is None:
                # set at the middle of a two-line row ("NAME" / "Title, University"):
                # the row's first line, just above it
                best = _beside(boxes, index, line, right=False, reach=ROLE_ROW_REACH, upper=True)
            if best is not None and not _role_cell(best[4]):
                best[4] = f"{best[4]}, {line[4]}"
                line[4] = ""


HEADING_CHARS = 40  # "Professional experience", "Thesis committees": a section's name


def _join_heading_column(boxes: list[list[list]]) -> None:
    """A CV may set each section's heading in a left column beside its first entry
    ("Advising" beside "Ann Roe, PhD 2015–2019, now at X"): pdfminer reads the heading after
    that entry, or cuts a wrapped one ("Thesis" / "committees") into two labels.  When every
    line of that column is a heading (a sidebar holds items too), each heading is put on
    its own line before the entry beside it."""
    from crawler.extract.sections import heading_kind

    left: dict[int, list[tuple[int, list]]] = {}  # lines by their left edge (points)
    for index, box in enumerate(boxes):
        for line in box:
            if line[4]:
                left.setdefault(round(line[0]), []).append((index, line))
    for column in left.values():
        column.sort(key=lambda cell: -cell[1][2])
        heads: list[tuple[int, list, str]] = []
        for index, line in column:
            text = line[4]
            if len(text) > HEADING_CHARS or any(c.isdigit() for c in text):
                break
            above = heads[-1][1] if heads else None
            if (
                text[0].islower()
                and above is not None
                and above[2] - line[2] < 2 * line[3]
                and heading_kind(f"{heads[-1][2]} {text}") is not None
            ):
                heads[-1] = (heads[-1][0], above, f"{heads[-1][2]} {text}")
                line[4] = ""
                continue
            if heading_kind(text) is None:
                break
            heads.append((index, line, text))
        else:
            if len(heads) < 2:
                continue
            beside = [_beside(boxes, index, line, right=True) for index, line, _text in heads]
            if None in beside:
                continue
            for (_index, line, text), entry in zip(heads, beside, strict=True):
                entry[4] = f"{text}\n{entry[4]}"
                line[4] = ""


# A jury member's line opening on their title ("Prof. A, …", "Mme B, Professeure, …").
_TITLED_MEMBER = re.compile(r"(?:Prof|Dr|Pr|Mr|Mrs|Ms|Mme|M)\.?\s+[A-ZÀ-Þ]")


def _headings_in_place(boxes: list[list[list]]) -> list[list[list]]:
    """A section title set in a label column ("ADVISING" over "Ph.D." beside "A (2023–)")
    may be read after the entries under it: pdfminer reads the label column's boxes after
    the value column's.  On a page of one column, a lone title read after boxes set wholly
    below it, none of them left of it, goes back before them."""
    order = list(boxes)
    for box in boxes:
        lines = [line for line in box if line[4]]
        if len(lines) != 1 or not _titles_only([lines]) or len(lines[0][4]) > HEADING_CHARS:
            continue
        title = lines[0]
        at = next(i for i, b in enumerate(order) if b is box)
        start = at
        while start > 0:
            above = [line for line in order[start - 1] if line[4]]
            if above and not all(
                line[2] < title[2] - title[3] and line[0] >= title[0] - COLUMN_EDGE
                for line in above
            ):
                break
            start -= 1
        while start < at and not any(line[4] for line in order[start]):
            start += 1  # (the emptied label boxes stay where they were)
        if start < at:
            order[start:start] = [order.pop(at)]
    return order


def _join_label_column(boxes: list[list[list]]) -> None:
    """A Europass grid sets each field's label ("Dates", "Name and address of employer")
    right-aligned in a left column, its value beside it: pdfminer may read them apart.  A
    label-only line is prefixed to the line at its height on its right."""

    labels = LEXICON.pattern("CV_FIELD_LABELS")
    # a two-column CV's bare label ("Advisor" beside "Prof. A"): its colon restored
    bare = LEXICON.pattern("CV_SIDE_LABELS")
    for index, box in enumerate(boxes):
        for line in box:
            text = line[4]
            if not text or len(text) > LABEL_CHARS:
                continue
            # ("Surname(s) / First name(s)": the plural marks are no words of the label)
            glue = " " if labels.fullmatch(text.replace("(s)", "")) else None
            role = False
            if glue is None and bare.fullmatch(text):
                glue = ": "
            elif glue is None and ":" not in text and not text.isupper() and _role_cell(text):
                # (a committee slide's role column: "Chair" beside "Prof. A, University X")
                glue, role = ": ", True
            if glue is None:
                continue
            best = _beside(boxes, index, line, right=True)
            if (
                best is not None
                and not labels.fullmatch(best[4])
                and not bare.fullmatch(best[4])
                and not (role and (_role_cell(best[4]) or not _TITLED_MEMBER.match(best[4])))
            ):
                best[4] = f"{text}{glue}{best[4]}"
                line[4] = ""


DEGREE_TAG_CHARS = 30  # "Ph.D., ongoing", "M.Res. thesis": a tag, not an entry's line
FLUSH_RIGHT = 3.0  # points: lines ending this close share the text's right edge


def _join_degree_tags(boxes: list[list[list]], gutter: float | None) -> None:
    """An Awesome-CV entry sets its tag flush right on the title line ("Anahera X" …
    "Ph.D., ongoing"): pdfminer reads the right-hand tags as boxes of their own, all after
    the entries.  A short flush-right line naming a degree is appended to the line at its
    height on its left."""
    from crawler.extract.sections import contexts_in

    edge = max((line[1] for box in boxes for line in box if line[4]), default=0.0)
    for index, box in enumerate(boxes):
        for line in box:
            text = line[4]
            if (
                not text
                or len(text) > DEGREE_TAG_CHARS
                or edge - line[1] > FLUSH_RIGHT
                or any(c.isdigit() for c in text)
                or not contexts_in(text)
            ):
                continue
            best = _beside(boxes, index, line, right=False, gutter=gutter)
            if best is not None and best[1] < line[0] - 2 * line[3]:
                best[4] = f"{best[4]} ({text})"
                line[4] = ""


LABEL_CHARS = 70  # the longest Europass label ("Name and type of organisation providing …")
