"""PDF → text with pdfminer.six, repairing what LaTeX CVs do to text.

Split accents ("Universit´e" → "Université"), ligatures (ﬁ), hyphenation across lines,
glued words ("Supervisors:RémiGribonval") are repaired before the text parser sees them.
"""

from __future__ import annotations

import io
import re
import unicodedata

from crawler.extract.documents import decode

# Spacing accents LaTeX fonts emit before or after the letter they belong to.
SPACING_ACCENTS = {"´": "\u0301", "`": "\u0300", "^": "\u0302", "¨": "\u0308", "˜": "\u0303",
                   "¸": "\u0327", "ˆ": "\u0302", "˚": "\u030a", "ˇ": "\u030c", "'": "\u0301"}
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
    """The text of a PDF, page after page, lines kept; empty when unreadable."""
    from pdfminer.high_level import extract_text
    from pdfminer.layout import LAParams

    try:
        text = extract_text(io.BytesIO(body), laparams=LAParams(line_margin=0.3))
    except Exception:  # noqa: BLE001 - a broken PDF is no facts, not a crash
        return ""
    return repair_pdf_text(decode(text))
