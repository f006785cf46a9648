"""PDF → text with pdfminer.six, repairing what LaTeX CVs do to text.

Split accents ("Universit´e" → "Université"), ligatures (ﬁ), hyphenation across lines,
glued words ("Supervisors:RémiGribonval") are repaired before the text parser sees them.
"""

from __future__ import annotations

import io
import re
import unicodedata

from crawler.extract.documents import decode
from crawler.names import SPACING_ACCENTS

_ACCENT_BEFORE = re.compile(r"([´`¨˜ˆˇ˚])\s?([A-Za-z])")
_ACCENT_AFTER = re.compile(r"([A-Za-z])\s?([´¨˜ˆˇ˚¸])")
_HYPHENATED = re.compile(r"([a-zà-ÿ])-\n([a-zà-ÿ])")
_GLUED_LABEL = re.compile(r"(\w)([:;])(?=[A-ZÀ-Þ])")
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
    text = _HYPHENATED.sub(r"\1\2", text)
    text = _GLUED_LABEL.sub(r"\1\2 ", text)
    words = []
    for token in re.split(r"(\s+)", text):
        if len(token) >= 7 and not token.isupper() and "http" not in token and "@" not in token:
            token = _GLUED_WORDS.sub(" ", token)
        words.append(token)
    return "".join(words)


def pdf_text(body: bytes) -> str:
    """The text of a PDF, page after page, lines kept; empty when unreadable.

    CVs put dates in a left column: pdfminer reads that column as its own box, far from
    the entries.  A date-only line is joined to the line at its height on its right, so
    "2016–2018  Postdoc, University X" stays one line.
    """
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams, LTTextBox, LTTextLine

    pages: list[str] = []
    try:
        for page in extract_pages(
            io.BytesIO(body), laparams=LAParams(line_margin=0.3, boxes_flow=1.0)
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
            _join_date_column(boxes)
            boxes = _column_order(boxes)
            texts = ("\n".join(line[4] for line in box if line[4]) for box in boxes)
            pages.append("\n\n".join(texts))
    except Exception:  # noqa: BLE001 - a broken PDF is no facts, not a crash
        return ""
    return repair_pdf_text(decode("\n\n".join(pages)))


_DATE_LINE = re.compile(r"^(?=.*(?:19|20)\d\d|.*\b(?:present|today|now|aujourd)).{0,32}$", re.I)


def _beside(boxes: list[list[list]], index: int, line: list, *, right: bool) -> list | None:
    """The nearest text line of another box at ``line``'s height, to its right or left."""
    x0, x1, middle, height, _text = line
    best = None
    for other_index, other in enumerate(boxes):
        if other_index == index:
            continue
        for candidate in other:
            if not candidate[4] or abs(candidate[2] - middle) >= 0.6 * min(height, candidate[3]):
                continue
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


def _column_order(boxes: list[list[list]]) -> list[list[list]]:
    """Two columns side by side (a resume's sidebar beside its main column) read one after
    the other: pdfminer orders text boxes by height, interleaving the sidebar's "Languages"
    with the main column's entries.  Only a clean split counts: no box crosses the gutter,
    and each side holds several lines (a margin of section titles is no column)."""
    spans = []
    for box in boxes:
        lines = [line for line in box if line[4]]
        if lines:
            spans.append((min(line[0] for line in lines), max(line[1] for line in lines), box))
    for gutter in sorted({x1 for _, x1, _ in spans}):
        left = [box for x0, x1, box in spans if x1 <= gutter]
        right = [box for x0, x1, box in spans if x0 >= gutter + GUTTER]
        if len(left) + len(right) != len(spans) or not left or not right:
            continue
        if min(sum(1 for b in side for line in b if line[4]) for side in (left, right)) < (
            COLUMN_LINES
        ):
            return boxes
        if _titles_only(left):
            return boxes  # a margin of section titles beside their entries, not a sidebar
        ids = {id(box) for box in left}
        return left + [box for box in boxes if id(box) not in ids]
    return boxes


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


def _join_date_column(boxes: list[list[list]]) -> None:
    """Prefix each date-only line to the text line beside it (same height, to its right)."""
    for index, box in enumerate(boxes):
        for line in box:
            text = line[4]
            if not text or not _DATE_LINE.match(text):
                continue
            best = _beside(boxes, index, line, right=True)
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
            best = _beside(boxes, index, line, right=False)
            if best is not None:
                best[4] = f"{best[4]}  {text}"
                line[4] = ""
