"""Author lists of publication entries → ``coauthor`` claims (one per pair of authors).

A publication list writes authors in every style: "J. Bolte, T. Le and E. Pauwels",
"Nguyen, Q. and Hein, M.", "Le, Quoc-Tung; Gribonval, Rémi", "Authors : A, B, C",
BibTeX ``author = {A and B}``; titles come before or after the authors; proceedings
editors ("In: X, Y (eds.)") are not authors; "et al." ends a list and invents nobody;
a venue badge on an item's first line ("JFM", "ICML 2021", "[C3] NeurIPS") is no author.
Every name goes through :mod:`crawler.names`, the one name normaliser.

Examples
--------
>>> split_authors("Marlow, Z., Quill, A. and Okafor, B.")
['Z. Marlow', 'A. Quill', 'B. Okafor']
>>> parse_entry("A. Quill, Z. Marlow. Sparse tea leaves. J. Fict. Math., 2021.").authors
('A. Quill', 'Z. Marlow')
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from enum import StrEnum
from functools import lru_cache

from crawler.claims import Claim, EntityKind, Relation
from crawler.extract.dates import MONTH_WORDS
from crawler.extract.lexicon import LEXICON
from crawler.names import (
    CAPITAL_PARTICLES,
    GIVEN_ONLY,
    GIVEN_OR_FAMILY,
    MARKDOWN_LINK,
    PARTICLES,
    PersonName,
    chinese_family_name,
    chinese_given_first,
    compatible,
    family_first_list,
    fold,
    initial_key,
    is_initials,
    name_key,
    parse_name,
    repair_text,
    single_spaced,
)

__all__ = [
    "EntryStyle",
    "PublicationEntry",
    "bibtex_entries",
    "coauthor_claims",
    "parse_entry",
    "read_author_list",
    "recurring_author",
    "split_authors",
]


class EntryStyle(StrEnum):
    """How an author list was read; sets the confidence and the extractor id."""

    BIBTEX = "bibtex"
    LABELLED = "labelled"  # "Authors: A, B, C"
    AUTHOR_LIST = "author_list"  # a text known to be an author list
    QUOTED = "quoted"  # authors beside a quoted title
    APA = "apa"  # "Authors (2021). Title."
    RUN = "run"  # a run of names found among title and venue
    WITH = "with"  # "Title (with A and B)": the owner's partners, the owner omitted
    SURNAMES = "surnames"  # a run of lone family names ("Venturi, Bandeira, Bruna")


CONFIDENCE = {
    EntryStyle.BIBTEX: 0.95,
    EntryStyle.LABELLED: 0.9,
    EntryStyle.AUTHOR_LIST: 0.85,
    EntryStyle.QUOTED: 0.85,
    EntryStyle.APA: 0.85,
    EntryStyle.RUN: 0.75,
    EntryStyle.WITH: 0.75,
    EntryStyle.SURNAMES: 0.6,
}
#: The claims' extractor id per entry style.
_EXTRACTORS = {style: f"publications.{style.value}" for style in EntryStyle}
EVIDENCE_CHARS = 400
MAX_ENTRY_CHARS = 3000
MAX_CLIQUE_AUTHORS = 30

# ---------------------------------------------------------------------------
# Patterns (compiled once; these run on every entry of every page)
# ---------------------------------------------------------------------------

# Markdown emphasis and short HTML tags; the same matches as
# r"\*\*|__|(?<![\w*])\*(?=\w)|(?<=\w)\*(?![\w*])|<[^>]{1,40}>", written to start with the
# class of every character a match starts with (the engine then scans for that class).
_EMPHASIS = re.compile(
    r"[*_<](?:(?<=\*)\*|(?<=_)_|(?<=\*)(?<![\w*]\*)(?=\w)|(?<=\w\*)(?![\w*])|(?<=<)[^>]{1,40}>"
    # "Khosla-Duval, A.*, B": a student's mark after an initial
    r"|(?<=\.\*)(?=[,;\s])"
    r")"
)
# (a wiki's reference opens on its back-link caret, "^ a b" when cited more than once;
# bibtex2html's "[1] | A, B and C." its number cell before the entry's cell)
_LIST_MARK = re.compile(
    r"^\s*(?:[-*•▪◦·]\s+|\[\d{1,4}\]\s*(?:\|\s*)?|\(?\d{1,4}[.)]\s+|[A-Z]?\d{1,4}\.\s+|"
    r"[\^↑](?:\s+[a-z]{1,2}(?=\s))*\s+|"
    # "1   A B; C D. (2023). Title" (a CVN's text export: its bare number, then the authors;
    # "2021  A B, C D and E F. Title" a moderncv list's year column; "2023  Quill-Obi, T.,
    # …" the same column before an author written family name first, "2024  Quill-Obi T,
    # Marlow Z." before a Vancouver list's family name and bare initials)
    r"(?:\d{1,3}|(?:19|20)\d\d)\s+(?=[A-ZÀ-Þ][a-zß-ÿ]+\s+[A-ZÀ-Þ][a-zß-ÿ]+[\s,;]|"
    r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?,\s+[A-ZÀ-Þ]\.|"
    r"[A-ZÀ-Þ][a-zß-ÿ]+(?:-[A-ZÀ-Þ][a-zß-ÿ]+)?\s+[A-Z]{1,3},\s+[A-ZÀ-Þ]))"
)
_LABEL = re.compile(
    r"(?:^|(?<=[\s.;|]))(?:co-?)?(?:authors?|auteur(?:e)?s?|autor(?:en|es|i)?|written by|"
    r"contribut(?:ors?|eurs?|rices?)|"
    r"joint work with|en collaboration avec|avec|with)\s*[:：]\s*",
    re.IGNORECASE,
)
_LABEL_END = re.compile(
    r"\s+(?:year|ann[ée]e|journal|conference|conférence|venue|type|scope|date|pages|"
    r"title|titre|doi|editors?|éditeurs?)\s*[:：]",
    re.IGNORECASE,
)
_ET_AL = re.compile(
    r"(?:,\s*|\s+)(?:et\.?\s*al\b\.?|and\s+others\b|et\s+coll?\b\.?|et\s+autres\b|"
    r"u\.\s*a\.|and\s+\d+\s+others?)",
    re.IGNORECASE,
)
_TOP_SEP = re.compile(
    r"\s*;\s*|\s*,?\s+(?:and|&|et|und|y|e|en|och|og|i)\s+|\s*,?\s*&\s*|\s*\band\s+"
)
_SEPARATOR_WORDS = frozenset({"and", "et", "und", "y", "e", "en", "och", "og", "i"})
_INITIAL_SPLIT = re.compile(r"\.(?=[^\s\-‐‑])")
_COMMA = re.compile(r"\s*,\s*")
# Proceedings editors: names before "(eds.)" / ", editors," or after "eds." / "edited by".
_EDITOR_SUFFIX = re.compile(
    r"\s*\((?i:eds?|editors?|éds?|dirs?|hrsg|coords?)\.?\)|,?\s+(?i:eds?\.|editors?)(?=\s*[,:])"
)
_EDITOR_PREFIX = re.compile(
    r"\b(?i:edited\s+by|eds?\.(?:\s+by)?|editors?\s*:|éd(?:s|iteurs?)?\.?\s*:|éds?\.|"
    r"sous\s+la\s+direction\s+de|hrsg\.(?:\s+von)?|herausgegeben\s+von|"
    # the owner's co-editors ("Direction, avec B, du dossier « … »", "Co-edited with B")
    r"(?:co-?)?(?:direction|coordination)\s*,?\s+avec|(?:co-?)?edited\s+with|"
    # Translators are no authors either ("Translated by X", "Traduit de l'anglais par X").
    r"translated(?:\s+from\s+(?:the\s+)?[^\W\d_]+)?\s+by|translators?\s*:|"
    r"tradu(?:it|ite|its|ites)(?:\s+d[eu]\s+(?:l['’]\s*)?[^\W\d_]+)?\s+par|trad\.(?:\s+par)?|"
    r"traduct(?:eur|rice)s?\s*:|übersetzt\s+von)\s*:?\s*"
)
# A run of turned-round names with initials ending the text ("Gengoux, O. & Thiry, B.").
_TURNED_TAIL = re.compile(
    r"(?:[A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,2},\s+(?:[A-ZÀ-Þ][a-z]?\.[\s-]*){1,3}"
    r"(?:\s*(?:,|&|\band\b|\bet\b)\s*)?)+\s*$"
)
_EDITOR_HINT = re.compile(
    r"(?i:\bed(?:s|ited|itors?|\.)|\béd|\bdir\.|hrsg|herausgeg|coord|direction(?: de|,? avec)|"
    r"\btransl|\btrad|übersetzt)"
)
_ROLE_PIECE = re.compile(
    r"[^;,()]*\(\s*(?i:eds?|editors?|éd(?:s|iteur|itrice)?s?|dir|translators?|"
    r"tradu(?:cteur|ctrice)s?|trad|hrsg)\.?\s*\)\s*[;,]?"
)
_INVERTED_DATED = re.compile(
    r"\s*(?P<family>[^\W\d_][\w'’\-]+),\s+(?P<given>[^\W\d_][\w'’\-]+)\.\s+(?:19|20)\d\d\b"
)
_IN_TAIL = re.compile(r"\bIn:?\s+(?P<name>[^:]+)$")
_QUOTED_TITLE = re.compile(r"[“\"«„]\s*(?P<title>[^“”\"«»„]{4,})\s*[”\"»“]")
_APA = re.compile(
    r"^(?P<authors>.{3,}?)\s*\((?P<year>(?:19|20)\d{2})[a-z]?\)[.,:]?\s*(?P<rest>.*)$"
)
_YEAR = re.compile(r"(?:19[5-9]\d|20\d{2})(?<!\d....)(?!\d)")
# A sentence ends at ". " unless the word before it is an initial ("J. Bolte", "Ch."),
# at "?", "!" or ":" and a space, or at a spaced dash, bar or slash (a catalogue's
# "Title / Authors").
# The patterns below start with the class of every character a match can start with, and
# look-behinds then tell which branch it was: the engine scans for that class instead of
# trying each branch at each position (same matches as the plain alternation, which reads:
# r"\.(?<!…)\s+|\.$|[?!:]\s+|\s[-–—|]\s").
_SENTENCE_END = re.compile(
    r"[.?!:\s](?:(?<=\.)(?<![\s.\-(][A-ZÀ-ÖØ-Þ]\.)(?<!^[A-ZÀ-ÖØ-Þ]\.)(?<![\s\-](?:Ch|Th|Ph|St)\.)\s+"
    r"|(?<=\.)$|(?<=[?!:])\s+|(?<=\s)[-–—|/]\s)"
)
# The same without its last branch, for a line without any dash or bar (then equal).
_SENTENCE_END_UNDASHED = re.compile(
    r"[.?!:](?:(?<=\.)(?<![\s.\-(][A-ZÀ-ÖØ-Þ]\.)(?<!^[A-ZÀ-ÖØ-Þ]\.)(?<![\s\-](?:Ch|Th|Ph|St)\.)\s+"
    r"|(?<=\.)$|(?<=[?!:])\s+)"
)
# Between authors: "," or ";" (and maybe a word "and"), a word "and", or "&"; same matches
# as r"\s*[,;]\s*(?:(?:AND)\s+)?|\s+(?:AND)\s+|\s*&\s*", written as above.  A space
# separates only before a space, a comma, a semicolon, "&" or a word of _AND (which start
# with "a", "e", "o", "u" or "y"): the look-ahead rejects the spaces inside names at once.
_AND = "and|&|et|und|y|e|en|och|og"
_PIECE_SEP = re.compile(
    rf"[\s,;&](?:(?<=\s)(?=[\s,;&aeouy])"
    rf"(?:\s*[,;]\s*(?:(?:{_AND})\s+)?|\s*(?:{_AND})\s+|\s*&\s*)"
    rf"|(?<=[,;])\s*(?:(?:{_AND})\s+)?|(?<=&)\s*)"
)
_SPACES = re.compile(r"\s+")
# Look-behinds placed after the first character they guard, so that the engine scans for
# that character first (same matches).
_AFFILIATION_DIGITS = re.compile(r"\d(?<=[a-zß-ÿ]\d)\d?(?:,\d{1,2})*(?=[\s,;*†‡]|$)")
# "[…]" and link-button parentheses ("(pdf)", "(slides)"), with the spaces before them; the
# same matches as r"\s*\[[^\]]*\]|\s*\((?:LINKS)[^)]*\)", written as _EMPHASIS is.
_LINKS = "pdf|slides|code|paper|preprint|link|arxiv|hal|doi"
_BRACKETS = re.compile(
    rf"[\s\[(](?:(?<=\s)\s*\[[^\]]*\]|(?<=\[)[^\]]*\]|(?<=\s)\s*\((?:{_LINKS})[^)]*\)"
    rf"|(?<=\()(?:{_LINKS})[^)]*\))",
    re.I,
)
# The only characters that match an ASCII letter under re.IGNORECASE without lowering to it:
# a text holding one skips the keyword pre-filters below and runs the full pattern.
_ODD_FOLD = re.compile("[\u0130\u0131\u017f\u212a]")


def _odd_fold(text: str) -> bool:
    """Whether _ODD_FOLD finds a character in *text*: four substring tests, much cheaper
    than the scan with its class (and free on a text of narrower characters)."""
    return "\u0130" in text or "\u0131" in text or "\u017f" in text or "\u212a" in text


def keywords(*words: str) -> re.Pattern[str]:
    """Lower-case *words* as one literal pattern for :func:`may_hold`."""
    pattern = re.compile("|".join(re.escape(word) for word in words))
    if words:  # (no words: the empty pattern, which matches everywhere)
        _KEYWORDS[pattern] = words
    return pattern


# The words of each keywords() pattern: may_hold tests them as substrings, much faster
# than a search with the alternation (which finds one exactly when a substring test does).
_KEYWORDS: dict[re.Pattern[str], tuple[str, ...]] = {}


def may_hold(text: str, keywords: re.Pattern[str]) -> bool:
    """Cheap exact pre-filter for a case-insensitive pattern that can only match where one
    of *keywords* (lower case) is written."""
    return _holds(text.lower(), keywords) or (not text.isascii() and _odd_fold(text))


def _holds(low: str, keywords: re.Pattern[str]) -> bool:
    """Whether the lower-cased text holds one of *keywords*."""
    words = _KEYWORDS.get(keywords)
    if words is None:
        return keywords.search(low) is not None
    for word in words:
        if word in low:
            return True
    return False


class _Folded:
    """One text lower-cased once for the several keyword pre-filters of an entry."""

    __slots__ = ("low", "odd")

    def __init__(self, text: str) -> None:
        self.low = text.lower()
        self.odd = not text.isascii() and _odd_fold(text)

    def holds(self, keywords: re.Pattern[str]) -> bool:
        """:func:`may_hold` on the text."""
        return self.odd or _holds(self.low, keywords)


def lowered(text: str) -> str | None:
    """*text* lower-cased, so that a case-sensitive search on it finds what the same
    case-insensitive search finds on *text* (much faster on long prose); None when it
    holds a character that re.IGNORECASE folds otherwise."""
    if not text.isascii() and _odd_fold(text):
        return None
    return text.lower()


_EDITOR_WORDS = keywords(
    "eds",
    "edit",
    "ed.",
    "éd",
    "dir.",
    "hrsg",
    "herausgeg",
    "coord",
    "direction de",
    "direction, avec",
    "direction avec",
    "transl",
    "trad",
    "übersetzt",
)
_LABEL_WORDS = keywords("aut", "with", "written by", "avec", "contribut")
_ET_AL_WORDS = keywords("et", "other", "u.")
_WITH_WORDS = keywords("with", "avec")


@dataclass(frozen=True, slots=True)
class PublicationEntry:
    """One publication item as read: authors and editors in display form."""

    authors: tuple[str, ...]
    editors: tuple[str, ...] = ()
    title: str | None = None
    venue: str | None = None
    year: int | None = None
    text: str = ""
    style: EntryStyle = EntryStyle.AUTHOR_LIST
    omits_owner: bool = False

    @property
    def confidence(self) -> float:
        return CONFIDENCE[self.style]


_GROUP_COLON = re.compile(
    r"\b(Collaboration|Consortium|Collaborators|Study Group|Working Group)\s*:\s+(?=[A-ZÀ-Þ])"
)
# A large collaboration signing a paper ("KESTREL Collaboration, A, B, … et al.", "(X
# Consortium), A, B", "Collaboration X (A, B et al.)"): the named authors are the head of an
# alphabetical list of hundreds, cut short, not the people who wrote it together.
_SIGNING_GROUP = re.compile(r"\b(?:Collaborations?|Consortium)\b")
# dblp tells homonyms apart by a four-digit number after the name ("Wei Zhang 0003").
_DBLP_NUMBER = re.compile(r"(?<=[^\W\d_]) 0\d{3}(?=\s*[,:;]|\s+(?:and|&)\s|$)")
_GLUED_MARKS = re.compile("[†‡✉§¶⁎∗⋆☆★]")
# A caret glued to an author's name or initials ("Kwan, E.^,"): a supervised student's mark
# (not a formula's "x^2": a separator or the end follows); a hash glued to the initials
# ("Nandakumar, S.#,"): an equal contribution's mark (not "C#": only after an initial's dot)
_ASCII_GLUED_MARK = re.compile(r"(?<=[\w.])\^+(?=[\s,;&)]|$)|(?<=\.)#+(?=[\s,;&)]|$)")
# "A, B, +4 authors, Z": an author index's count of the names it leaves out between the
# first authors and the last one, no author (the names on both sides are the list's).
_ELIDED_AUTHORS = re.compile(r"\s*,\s*\+\s?\d{1,4}\s+(?:more\s+)?authors?\b\s*(?=,|$)")


@lru_cache(maxsize=1 << 14)
def _clean_text(text: str) -> str:
    text = repair_text(text)
    if "](" in text:
        text = MARKDOWN_LINK.sub(r"\1", text)
    if "*" in text or "_" in text or "<" in text:
        text = _EMPHASIS.sub("", text)
    # (No digit pre-check: the pattern scans for a digit first, as a check would.)
    text = _AFFILIATION_DIGITS.sub("", text)  # "Ada Quill1,2, Zed Marlow3"
    # "Castellví, J.†; Ní Bhriain, S.✉", "Oduya, K.★": a student's, trainee's or
    # corresponding author's mark glued to the initials would hide them as initials (no name
    # holds these signs; none is ASCII, so an ASCII text has none to drop).
    if not text.isascii():
        text = _GLUED_MARKS.sub("", text)
    if "^" in text or ".#" in text:
        text = _ASCII_GLUED_MARK.sub("", text)  # "Kwan, E.^, & B", "Roe, S.#, B" (marks)
    if ":" in text and _GROUP_COLON.search(text):
        # "Authors: X Collaboration: A, B, C" (arXiv): the group, then its named members
        text = _GROUP_COLON.sub(r"\1, ", text)
    if "+" in text and _ELIDED_AUTHORS.search(text):
        text = _ELIDED_AUTHORS.sub("", text)
    if " 0" in text:
        text = _DBLP_NUMBER.sub("", text)  # "Wei Zhang 0003, Ada Quill:": dblp's homonym number
    if (", Jr" in text or ", Sr" in text or ", I" in text) and _COMMA_SUFFIX.search(text):
        # "Whitfield, R. L., Jr., & B" / "Washington, D., III, & B" (APA): the suffix's
        # own comma is no author's end
        text = _COMMA_SUFFIX.sub("", text)
    return single_spaced(text)


# Where _ET_AL matches, the lower-cased text holds "et" after a space or a comma, "other"
# or "u.": a second pre-filter for a text whose "et" may be inside a name ("Greta"),
# written to start with its literals (the engine then scans for them).
# A generational suffix between commas after a name's initials ("R. L., Jr., & B").
_COMMA_SUFFIX = re.compile(r"(?<=[\w.]),\s*(?:Jr|Sr|II|III|IV)\.?(?=\s*(?:[,;&(]|and\s|$))")
_ET_AL_LEAD = re.compile(r"et(?<=[\s,]et)|other|u\.")


def _cut_et_al(text: str, folded: _Folded | None = None) -> tuple[str, bool]:
    if folded is None:
        holds = may_hold(text, _ET_AL_WORDS)
    else:
        holds = folded.holds(_ET_AL_WORDS) and (
            folded.odd or _ET_AL_LEAD.search(folded.low) is not None
        )
    match = _ET_AL.search(text) if holds else None
    if match:
        return text[: match.start()], True
    return text, False


def _is_initials_piece(piece: str) -> bool:
    """ "Q.", "J.-P.", "A. B.", "JP": a given name written only as initials."""
    tokens = _INITIAL_SPLIT.sub(". ", piece).split()
    return 0 < len(tokens) <= 4 and all(is_initials(t) for t in tokens)


def _pair_surname_first(pieces: list[str]) -> list[str] | None:
    """["Nguyen", "Q.", "Hein", "M."] → ["Nguyen, Q.", "Hein, M."] when the pattern holds."""
    if len(pieces) < 2:
        return None
    if len(pieces) % 2 == 0:
        families, givens = pieces[0::2], pieces[1::2]
        if all(_is_initials_piece(g) for g in givens) and not any(
            _is_initials_piece(f) for f in families
        ):
            return [f"{f}, {g}" for f, g in zip(families, givens, strict=True)]
    if len(pieces) < 5:
        return None
    # "Quill, A., Sukarni, & Whitfield, R. L.": a one-word name (a mononym) among
    # "Family, I." pairs, no initials of its own
    out: list[str] = []
    index = 0
    while index < len(pieces):
        piece = pieces[index]
        if _is_initials_piece(piece):
            return None
        if index + 1 < len(pieces) and _is_initials_piece(pieces[index + 1]):
            out.append(f"{piece}, {pieces[index + 1]}")
            index += 2
        elif " " not in piece.strip() and piece[:1].isupper():
            out.append(piece)
            index += 1
        else:
            return None
    return out if len(out) > sum(", " not in p for p in out) * 2 else None


_VANCOUVER = re.compile(r"^(?P<family>(?:[^\W\d_][\w'’\-]*\s+){1,3}?)(?P<initials>[A-Z]{1,3})\.?$")


_VANCOUVER_LEAD = re.compile(
    r"[^\W\d_][\w'’\-]*(?:\s+[^\W\d_][\w'’\-]*){0,2}\s+[A-Z]{1,3}\.?(?:\s|$)"
)


def _vancouver(pieces: list[str]) -> list[str]:
    """ "Quill AE", "Marlow ZP" → "Quill, A. E.", "Marlow, Z. P." when two or more
    consecutive pieces end in bare capitals (Vancouver style: "AE" are initials there,
    not a capitalised family name)."""
    forms = [_vancouver_form(p) for p in pieces]
    if forms.count(None) == len(forms) - 1 and len(forms) >= 2:
        # "Quill AE, Marlow Z. Title …": two authors, the second's piece running on into the
        # title; "AE" (two capitals or more) beside a "Family Z" piece are initials too.
        index = next(i for i, f in enumerate(forms) if f is not None)
        capitals = forms[index].count(".") >= 2
        beside = pieces[index + 1] if index + 1 < len(pieces) else ""
        if capitals and _VANCOUVER_LEAD.match(beside.strip()):
            return [*pieces[:index], forms[index], *pieces[index + 1 :]]
    if forms.count(None) > len(forms) - 2:
        return pieces  # (fewer than two such pieces: no run to rewrite)
    out = list(pieces)
    index = 0
    while index < len(pieces):
        end = index
        while end < len(pieces) and forms[end] is not None:
            end += 1
        if end - index >= 2:
            out[index:end] = forms[index:end]
        index = max(end, index + 1)
    return out


@lru_cache(maxsize=1 << 16)
def _vancouver_form(piece: str) -> str | None:
    """ "Quill AE" → "Quill, A. E." when the piece reads as a Vancouver name, else None
    (cached: the same authors recur on every entry of a list)."""
    if piece[-1:] in _MARKS:
        piece = piece.rstrip(_MARKS)  # "Lindholm R*": a corresponding author's mark
    if not _ends_in_capital(piece):
        return None
    match = _VANCOUVER.match(piece.strip())
    if match is None:
        return None
    initials = " ".join(f"{c}." for c in match.group("initials"))
    return f"{match.group('family').strip()}, {initials}"


_MARKS = "*†‡#§ "


def _ends_in_capital(piece: str) -> bool:
    """Pre-filter for _VANCOUVER: the piece ends in a capital, or a capital and a dot."""
    piece = piece.strip()
    last = piece[-2:-1] if piece.endswith(".") else piece[-1:]
    return "A" <= last <= "Z"


def _mla(pieces: list[str]) -> list[str]:
    """MLA / Chicago invert only the first author: "Quill, Ada, Zed Marlow, and Bea Okafor"."""
    if (
        len(pieces) >= 3
        and _lone_family(pieces[0])
        and (
            len(pieces[1].split()) == 1
            # "Ramaswamy, Lakshmi Narayanan, Ada Quill, and …": two given names, when every
            # other author is written given-first in full
            or len(pieces[1].split()) == 2
            and len(pieces[0].split()) == 1
            and all(len(p.split()) >= 2 and "." not in p for p in pieces[2:])
        )
        and parse_name(pieces[2]) is not None
        and len(pieces[2].split()) >= 2
        and not _is_initials_piece(pieces[0])
    ):
        return [f"{pieces[0]}, {pieces[1]}", *pieces[2:]]
    return pieces


_TRAILING_YEAR = re.compile(r"\s*\(\s*(?:19|20)\d\d[a-z]?\s*\)[\s.,:]*$")


# An upper-case family name, its initials, then a capitalised word and a lower-case one.
_TITLE_AFTER_CAPS = re.compile(
    # (the capital first, then the look-behind on it: the engine scans for capitals)
    r"[A-ZÀ-Þ](?<![\w-].)[A-ZÀ-Þ'’-]+(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)*\s+(?:[A-ZÀ-Þ]\.\s?-?){1,3}"
    # (a title of one word closes its sentence: "DUNN B. Fjords. Nature, 2020")
    r"(?=\s+[A-ZÀ-Þ][a-zà-ÿ]{2,}(?:\s+[a-zà-ÿ]|[.:?]\s))"
)
# What every match of _TITLE_AFTER_CAPS holds: a space, a capital and a period (its first
# initial), written to start with the period so that the engine scans for it: a cheap
# pre-check (most entries write no initial, and the full pattern tries every capital).
_SPACED_INITIAL = re.compile(r"\.(?<=\s[A-ZÀ-Þ]\.)")


def read_author_list(text: str, *, strict: bool = False) -> list[PersonName]:
    """Read a text known to be an author list; names that do not parse are skipped
    (or, with ``strict``, make the whole list unreadable: an empty result)."""
    text = _clean_text(text)
    match = _LABEL.match(text)
    if match:
        text = text[match.end() :]
    if "(" in text and _ROLE_PIECE.search(text):
        # "A (Editor); B (Author)" (ORCID, CSL exports): the editors are no authors.
        text = _ROLE_PIECE.sub("", text)
    cut, et_al = _cut_et_al(text)
    # (MLA writes the comma: "Lindqvist, Harald, et al."; "Quill, Marlow et al." is two)
    et_al = et_al and text[len(cut) : len(cut) + 1] == ","
    text = cut
    dated = _TRAILING_YEAR.search(text)
    text = (text[: dated.start()] if dated else text).strip(" .,;:")
    if not text:
        return []
    if text.islower():  # "ada quill, zed marlow": a list styled in lower case
        text = " ".join(
            w if w in PARTICLES or w in _SEPARATOR_WORDS else w.title() for w in text.split()
        )
    top = [p for p in _top_split(text) if p and p.strip(" ,.")]
    pieces: list[str]
    turned = False  # every piece of a ";" list is "Family, Given"
    if len(top) > 1 and all(p.count(",") == 1 for p in top):
        pieces = top  # "Family, Given and Family, Given" / "Family, G.; Family, H."
        turned = ";" in text and " and " not in text and "&" not in text
    else:
        flat = [q for p in top for q in _COMMA.split(p.strip(" ,")) if q.strip(" .")]
        paired = _pair_surname_first(flat)
        if paired is not None:
            pieces = paired
        elif len(top) > 1 and top[-1].count(",") == 1 and len(flat) % 2 == 0:
            # "Le, Quoc-Tung, Gribonval, Rémi, and Riccietti, Elisa"
            pieces = [f"{f}, {g}" for f, g in zip(flat[0::2], flat[1::2], strict=True)]
        elif (
            (dated or (et_al and _given_like(flat[-1])))
            and len(top) == 1
            and len(flat) == 2
            and all(len(q.split()) == 1 for q in flat)
        ):
            # "Lindqvist, Harald (2011)": one author, family name first (APA); so is
            # "Lindqvist, Harald, et al." (MLA inverts the first author before "et al.").
            pieces = [f"{flat[0]}, {flat[1]}"]
        else:
            pieces = _mla(_vancouver(flat))
    allow_single = len(pieces) > 1
    # "Oukacha-Delorme Yasmine, Ballanger Hugues": one piece read family-first by its
    # given name sets the order of its two-word neighbours, whose given names no list knows.
    family_first = family_first_list(pieces)
    names: list[PersonName] = []
    for piece in pieces:
        name = parse_name(
            piece, allow_single=allow_single, surname_first=" ".join(piece.split()) in family_first
        )
        if name is None and turned:
            # "Antunes Melo, Rui Pedro; Sequeira, Anacleto": two family names, two given
            # names (Iberian), which alone could be two people; the list's shape says one.
            family, given = (p.strip() for p in piece.split(","))
            name = parse_name(f"{given} {family}") if given and family else None
        if name is None:
            if strict:
                return []
            continue
        names.append(name)
    return _unique(names)


# "de Souza e Silva, J. P.", "Fernández de Castro y Olmedo, J. L.": a lone word then the
# comma of "Family, Given" after "y"/"e"/"i" closes one double surname, no second author.
_SURNAME_JOIN = re.compile(r"(?<=[^\W\d_])\s(?:y|e|i)\s(?=[A-ZÀ-Þ][\w'’-]+,)")


def _top_split(text: str) -> list[str]:
    """*text* split at "and", "&", ";" — not inside an Iberian double surname."""
    if " e " not in text and " y " not in text and " i " not in text:
        return _TOP_SEP.split(text)
    joins = {m.start() for m in _SURNAME_JOIN.finditer(text)}
    if not joins:
        return _TOP_SEP.split(text)
    parts, position = [], 0
    for sep in _TOP_SEP.finditer(text):
        if sep.start() in joins and sep.group().strip() in ("y", "e", "i"):
            continue
        parts.append(text[position : sep.start()])
        position = sep.end()
    parts.append(text[position:])
    return parts


def _given_like(piece: str) -> bool:
    """ "Harald": one capitalised word, not initials nor an upper-case family name."""
    word = piece.strip(" .,")
    return len(word) > 2 and word[0].isupper() and word[1:].islower()


def _unique(names: Iterable[PersonName]) -> list[PersonName]:
    seen, out = set(), []
    for name in names:
        key = name.key  # (= name_key(name))
        if key and key not in seen:
            seen.add(key)
            out.append(name)
    return out


def split_authors(text: str) -> list[str]:
    """Display names of an author list, in order; "et al." adds nobody.

    >>> split_authors("Ada Quill*, Zed Marlow† & Bea OKAFOR et al.")
    ['Ada Quill', 'Zed Marlow', 'Bea Okafor']
    """
    return [name.display for name in read_author_list(text)]


# ---------------------------------------------------------------------------
# Entries
# ---------------------------------------------------------------------------


def _take_editors(text: str, folded: _Folded | None = None) -> tuple[str, list[PersonName]]:
    """Read and cut out proceedings editors, so that they never become authors."""
    editors: list[PersonName] = []
    holds = folded.holds(_EDITOR_WORDS) if folded else may_hold(text, _EDITOR_WORDS)
    if not holds or not _EDITOR_HINT.search(text):
        return text, editors
    # Suffix marks, right to left so that earlier offsets stay valid.
    for match in reversed(list(_EDITOR_SUFFIX.finditer(text))):
        names, begin = _trailing_names(text[: match.start()])
        if not names and (turned := _TURNED_TAIL.search(text, 0, match.start())):
            # "Book. Gengoux, O. & Thiry, B. (éds.)" (Pure): editors turned round, initials
            names = read_author_list(turned.group(), strict=True)
            begin = turned.start()
        if names:
            editors.extend(names)
            text = f"{text[:begin]} In: {text[match.end() :]}"
    for match in reversed(list(_EDITOR_PREFIX.finditer(text))):
        names, length = _names_ahead(text[match.end() :])
        if names:
            editors.extend(names)
            text = f"{text[: match.start()]} In: {text[match.end() + length :]}"
    return text, _unique(editors)


def _pieces_with_spans(text: str) -> list[tuple[str, int]]:
    spans, position = [], 0
    for sep in _PIECE_SEP.finditer(text):
        spans.append((text[position : sep.start()], position))
        position = sep.end()
    spans.append((text[position:], position))
    return [(piece, at) for piece, at in spans if piece.strip()]


def _trailing_names(text: str) -> tuple[list[PersonName], int]:
    """Names at the end of the text ("…Teapots. In: B. Okafor and C. Dunn") and where
    they begin; the walk back stops at the first piece that is not a name."""
    names: list[PersonName] = []
    begin = len(text)
    for piece, at in reversed(_pieces_with_spans(text)):
        name = parse_name(piece)
        if name is not None:
            names.append(name)
            begin = at
            continue
        tail = _IN_TAIL.search(piece)
        edge = parse_name(tail.group("name")) if tail else None
        if edge is not None:
            names.append(edge)
            begin = at + tail.start()
        else:
            found = _edge_name(piece.split(), prefix=False)
            if found is not None:
                names.append(found[0])
                begin = at + piece.rfind(piece.split()[-found[1]])
        break
    return names[::-1], begin


def without_trailing_names(text: str) -> str:
    """*text* without the names that end it ("Book. In: B. Okafor and C. Dunn", "Book.
    Gengoux, O. & Thiry, B."): a chapter's book editors, cut off before their mark."""
    names, begin = _trailing_names(text)
    if names:
        return text[:begin]
    turned = _TURNED_TAIL.search(text)
    return text[: turned.start()] if turned else text


def _names_ahead(text: str) -> tuple[list[PersonName], int]:
    """Names at the start of the text ("Ola Berg and Ivo Stan, 2019") and their length."""
    names: list[PersonName] = []
    end = 0
    for piece, at in _pieces_with_spans(text):
        name = parse_name(piece.rstrip(" ."))
        if name is None:
            break
        names.append(name)
        end = at + len(piece)
    return names, end


def _sentences(text: str) -> list[str]:
    return [s for line in text.split("\n") for s in _line_sentences(line)]


@lru_cache(maxsize=1 << 14)
def _line_sentences(line: str) -> tuple[str, ...]:
    """Cached: venue and link lines recur on every entry of a list."""
    dashed = "-" in line or "|" in line or "–" in line or "—" in line or " / " in line
    parts = (_SENTENCE_END if dashed else _SENTENCE_END_UNDASHED).split(line)
    return tuple([s.strip() for s in parts if s and s.strip(" ,;")])


def _edge_name(tokens: list[str], *, prefix: bool) -> tuple[PersonName, int] | None:
    """A name glued to a title or venue: "Pauwels E. Title…" or "…Optimization J. Bolte"."""
    for size in (2, 3, 4):
        if size >= len(tokens):
            break
        part = tokens[:size] if prefix else tokens[-size:]
        # Only initials make the edge safe: "Machine Learning" must not become a name.
        # (Tested first: most title edges hold none, and then need no parse.)
        if not any("." in t and is_initials(t) for t in part):
            continue
        name = parse_name(" ".join(part))
        if name is not None and (name.initials_only or name.order_known):
            if not prefix and name.particles:
                # "… times M. E. van den Hewett": the particles filled the edge's four
                # words; initials before it are the name's too
                while (
                    size < len(tokens) and size < 6 and _INITIAL_WORD.fullmatch(tokens[-size - 1])
                ):
                    size += 1
                name = parse_name(" ".join(tokens[-size:])) or name
            return name, size
    return None


_INITIAL_WORD = re.compile(r"[A-ZÀ-Þ]\.")


def _pair_pieces(pieces: list[str]) -> list[str]:
    """Join "Quill", "A." into "Quill, A." inside a sentence; a title glued after the
    last initials ("A. Kettles") becomes its own piece."""
    out: list[str] = []
    index = 0
    count = len(pieces)
    # "Quispe Huamán, M., Antunes Brito, R.": a bare initials piece sets the list in the
    # "Family, I." form, where two capitalised words before initials are one family name
    paired = count > 2 and any(map(_is_initials_piece, pieces))
    while index < count:
        piece = pieces[index]
        if (
            index + 1 < count
            and _leading_initials(pieces[index + 1])
            and (_lone_family(piece) or paired and _double_family(piece))
        ):
            nxt = pieces[index + 1].split()
            lead = _leading_initials(pieces[index + 1])
            if lead < len(nxt) and nxt[-1] in PARTICLES and all(t in PARTICLES for t in nxt[lead:]):
                lead = len(nxt)  # "Meulen", "J. van der": the sorting form's particles
            out.append(f"{piece}, {' '.join(nxt[:lead])}")
            if lead < len(nxt):
                out.append(" ".join(nxt[lead:]))
            index += 2
            continue
        out.append(piece)
        index += 1
    return out


@lru_cache(maxsize=1 << 16)
def _leading_initials(piece: str) -> int:
    """How many tokens at the start of the piece are initials ("A. B. Kettles" → 2)."""
    lead = 0
    for token in piece.split():
        if not is_initials(token):
            break
        lead += 1
    return lead


# Words that open a family name of several words ("Mac Giolla", "Ní Bhriain", "De Souza").
_FAMILY_LEADS = PARTICLES | CAPITAL_PARTICLES


@lru_cache(maxsize=1 << 16)
def _lone_family(piece: str) -> bool:
    """Whether the piece is one family name alone ("Quill" before "A."; "Mac Giolla",
    "De Souza", "van der Berg": particles, then the name)."""
    if " " in piece.strip():
        *lead, last = piece.split()
        if (
            len(lead) > 2
            or not all(
                t in _FAMILY_LEADS
                # "de Souza Lima", "De León Vidal": a particle opens a compound family name
                or at
                and lead[0] in _FAMILY_LEADS
                and t[:1].isupper()
                for at, t in enumerate(lead)
            )
        ):
            return False
        piece = last
    single = parse_name(piece, allow_single=True)
    return single is not None and not single.given


def _double_family(piece: str) -> bool:
    """ "Quispe Huamán", "Antunes Brito": two family-name words, neither a given name."""
    words = piece.split()
    return len(words) == 2 and all(w[:1].isupper() and _lone_family(w) for w in words)


# "…, Ettore Zanchetta May 2022 Low-rank attractors…": a card's last author, then its date
# (a theme's metadata line joins the author list and the date with a space only).
_NAME_BEFORE_DATE = re.compile(
    rf"(?P<name>[^\W\d_][^\d,;:()]{{2,50}}?)\s+(?:(?i:{MONTH_WORDS})\.?\s+)?(?:19|20)\d\d(?!\d)"
    # ("A Quill, Zed Marlow 1931-2008, J. Stat. …": an obituary's title, the years of a life)
    r"(?!\s*[-–—]\s*(?:19|20)\d\d)"
)


def _name_before_date(piece: str) -> PersonName | None:
    """The name a piece opens with, when a date follows it right away."""
    if not ("19" in piece or "20" in piece):
        return None
    dated = _NAME_BEFORE_DATE.match(piece)
    if dated is None or not 2 <= len(dated.group("name").split()) <= 4:
        return None
    return parse_name(dated.group("name"))


_BRACKET = re.compile(r"\(([^()]{3,40})\)")


def _role_brackets(text: str) -> int:
    """How many brackets of *text* hold an advising role ("(directeur de thèse)")."""
    role = LEXICON.pattern("ADVISING_NOUNS")
    return sum(bool(role.search(m.group(1))) for m in _BRACKET.finditer(text))


@lru_cache(maxsize=1 << 16)
def _piece(piece: str) -> tuple[str | None, int, PersonName | None]:
    """What _runs asks of one piece, in one look-up (the same authors recur on every
    entry): its Vancouver form, its leading initials, the name it reads as."""
    return _vancouver_form(piece), _leading_initials(piece), parse_name(piece)


def _runs(sentence: str) -> tuple[tuple[PersonName, ...], ...]:
    """Runs of consecutive names in one sentence."""
    pieces = [p for p in _PIECE_SEP.split(sentence) if p and p.strip(" .")]
    forms, leads, parsed = zip(*map(_piece, pieces), strict=True) if pieces else ((), (), ())
    names: list[PersonName | None] | tuple[PersonName | None, ...]
    if (
        forms.count(None) > len(forms) - 2  # no Vancouver run to rewrite
        and (forms.count(None) != 1 or _vancouver(pieces) is pieces)  # (nor a lone "Quill AE")
        and not any(leads[1:])  # no initials to pair with a family name
        and _mla(pieces) is pieces  # no MLA first author to join
    ):
        names = parsed  # the pieces stay as split
    else:
        pieces = _pair_pieces(_mla(_vancouver(pieces)))
        names = [parse_name(piece) for piece in pieces]
    if all(names):  # (the common author list: every piece is a name, one run)
        return (tuple(names),) if names else ()
    runs: list[tuple[PersonName, ...]] = []
    current: list[PersonName] = []
    for piece, name in zip(pieces, names, strict=True):
        if name is not None:
            current.append(name)
            continue
        tokens = piece.split()
        head = _edge_name(tokens, prefix=True) if current else None
        if head is not None:
            current.append(head[0])
        elif current and (dated := _name_before_date(piece)) is not None:
            current.append(dated)
        if current:
            runs.append(tuple(current))
        current = []
        tail = _edge_name(tokens, prefix=False)
        if tail is not None:
            current = [tail[0]]
    if current:
        runs.append(tuple(current))
    return tuple(runs)


def _trim_style(names: tuple[PersonName, ...]) -> tuple[PersonName, ...]:
    """Drop title words at the run's edges that differ in style from the authors
    ("Teapots A. Quill" → "A. Quill", "Okafor B. Kettle" → "B. Okafor")."""
    if len(names) < 2:
        return names
    initials = sum([n.initials_only for n in names])
    majority_initials = initials * 2 > len(names)
    if not majority_initials:
        return names
    run = list(names)
    for index, prefix in ((0, False), (-1, True)):
        while len(run) > 1 and not run[index].initials_only:
            if index == 0 and _INITIAL_DOUBLE_FAMILY.fullmatch(run[0].display):
                break  # "M. Carvalho Rocha, B. Ilie, …": a double family name, no title word
            edge = _edge_name(run[index].display.split(), prefix=prefix)
            if edge is not None and edge[0].initials_only:
                run = [*run[:-1], edge[0]] if index == -1 else [edge[0], *run[1:]]
                break
            if len(run) <= 2:
                break
            run = run[1:] if index == 0 else run[:-1]
    return tuple(run)


# An initial before two capitalised words: the first author's double family name
# ("M. Carvalho Rocha"), where a title's words would stand before the initial ("Teapots A.").
_INITIAL_DOUBLE_FAMILY = re.compile(r"[A-ZÀ-Þ]\.\s[A-ZÀ-Þ][\w'-]+\s[A-ZÀ-Þ][\w'-]+")


def _run_score(run: Sequence[PersonName], first: bool) -> float:
    """Initials and capitals are strong signs of an author list; title words are not."""
    score = sum([1.0 if n.initials_only or n.order_known else 0.8 for n in run])
    return score + (0.5 if first else 0.0)


def _best_run(text: str) -> list[PersonName]:
    """The strongest run of names; lines are tried as boundaries (al-folio puts title,
    authors and venue on their own lines) and joined (a PDF wraps a list anywhere)."""
    sentences = _sentences(text)
    best, best_score = _best_run_in(sentences)
    if "\n" in text and not _ends_alike(text):
        joined = _sentences(text.replace("\n", " "))
        if joined != sentences:  # the same sentences give the same runs: read once
            run, score = _best_run_in(joined)
            if score > best_score:
                best = run
    return best


# A line end where _SENTENCE_END splits a line but not the same text joined to the next
# line: after an initial ("Z.", "(Z.") or an abbreviated given name ("Th.").
_ABBREVIATED_END = re.compile(r"(?:^|[\s.\-(])[A-Z]\.$|(?:^|[\s\-])(?:Ch|Th|Ph|St)\.$")
_ABBREVIATED_START = ("Ch.", "Th.", "Ph.", "St.")


def _ends_alike(text: str) -> bool:
    """Whether joining the lines with spaces leaves the sentences as they are (then the
    joined reading would read the same runs): every line but the last ends a sentence
    with a period that also ends one mid-line, and no line opens with a space or with an
    abbreviation that the joining space would protect from a split."""
    lines = text.split("\n")
    for line in lines[:-1]:
        # (Searched from four characters before the end, which all it can match spans;
        # "^" still matches only at the line's real start.)
        if not line.endswith("."):
            return False
        # (a match ends on a capital's or an "h"'s or "t"'s period: "Z.", "Ch.", "St.")
        before = line[-2:-1]
        if ("A" <= before <= "Z" or before in "ht") and _ABBREVIATED_END.search(
            line, max(0, len(line) - 4)
        ):
            return False
    for line in lines[1:]:
        if line.startswith(_ABBREVIATED_START) or line[:1].isspace():
            return False  # (spaces after the join are read with it: " - X" splits alone)
    return True


def _best_run_in(sentences: list[str]) -> tuple[list[PersonName], float]:
    best: tuple[PersonName, ...] = ()
    best_score = 0.0
    for number, sentence in enumerate(sentences):
        for index, (run, score) in enumerate(_scored_runs(sentence)):
            if number == 0 and index == 0:
                score += 0.5  # (as _run_score adds it: the same float)
            if score > best_score:
                best, best_score = run, score
    return list(best), best_score


@lru_cache(maxsize=1 << 14)
def _scored_runs(sentence: str) -> tuple[tuple[tuple[PersonName, ...], float], ...]:
    """Each run of names of one sentence, trimmed, with its score when not first
    (cached: venues and titles recur, and a multi-line item is read twice)."""
    scored = []
    for names in _runs(sentence):
        run = _trim_style(names)
        if run is names:
            pass  # (nothing trimmed, the common case: nothing to put back)
        elif (
            len(run) == len(names) - 1
            and run == names[:-1]
            and _LAST_AFTER_AND.search(sentence)
            and sentence.rstrip(" .").endswith(names[-1].display)
        ):
            # "P. Oyelaran, I. Quill and Tomasz Quillfeldt.": the last author after the
            # list's "and", written in full, is no title word glued to the list
            run = names
        elif (
            len(run) == len(names)
            and run[-1] != names[-1]
            and run[:-1] == names[:-1]
            and _INITIAL_COMPOUND.fullmatch(names[-1].display)
            and sentence.rstrip(" .").endswith(names[-1].display)
        ):
            # "…, F. Quéméneur-Aït Saïd. Title": an initial, then a hyphenated family
            # name and its last word, closing the sentence: no title word to trim.
            run = names
        if (
            run is names
            and len(names) >= 2
            and not names[-1].initials_only
            and names[-1].given[-1:] == "."
            and _VANCOUVER_OPENING.match(sentence)
            and (edge := _edge_name(names[-1].display.split(), prefix=True)) is not None
            and edge[0].initials_only
        ):
            # "Quist Y, Lamb H. Fjords. J Coast…": a list of family names, each followed by
            # its initials, ends at its last initials; "Fjords" is the title's.
            run = (*names[:-1], edge[0])
        scored.append((run, _run_score(run, first=False)))
    return tuple(scored)


# A Vancouver-like list's first author: a family name, then its initials ("Quist HL, ",
# "Quist H.L., ").
_VANCOUVER_OPENING = re.compile(r"[^\W\d_][\w'’\-]*(?: [^\W\d_][\w'’\-]*)? (?:[A-Z]\.?-?){1,3},\s")


_INITIAL_COMPOUND = re.compile(
    r"(?:[A-ZÀ-Þ]\.[\s-]?){1,2}[A-ZÀ-Þ][\w'’]+-[A-ZÀ-Þ][\w'’]+\s[A-ZÀ-Þ][\w'’]+"
)
# The list's last separator right before its last name ("… and Tomasz Quillfeldt.").
_LAST_AFTER_AND = re.compile(
    r"\s(?:and|&|et)\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,2}\.?\s*$"
)


# "Rumour and Reason: An Essay in X": a book's two-noun title before its subtitle's colon.
_TITLE_BEFORE_SUBTITLE = re.compile(r"[A-ZÀ-Þ][\w'’-]*\s+(?:and|et|&)\s+[A-ZÀ-Þ][\w'’-]*\s*:\s")


def _surname_run(text: str) -> list[PersonName]:
    """ "Venturi, Bandeira, Bruna" before a title: lone family names, two at least."""
    names = read_author_list(text, strict=True)
    return names if len(names) >= 2 else []


def _year(text: str) -> int | None:
    years = _YEAR.findall(text)
    return int(years[-1]) if years else None


def _first_sentence(text: str) -> str | None:
    sentences = _sentences(text)
    return sentences[0].strip(" ,.;") if sentences else None


_WITH = re.compile(
    r"(?:^|(?<=[(\[,;:.\n])|(?<=[(\[,;:.]\s)|(?<=\s[-–—]\s))\s*"
    r"(?:joint(?:\s+work)?\s+with|in\s+collaboration\s+with|en\s+collaboration\s+avec|"
    r"co-?(?:authored|written)\s+with|with|avec)\s*:?\s+(?P<names>[^()\[\]\n]+?)"
    r"\s*(?:[)\]]|(?<![\s.\-][A-Z])[.;]\s|[.;]?$)",
    re.IGNORECASE,
)


_LINE_HYPHEN = re.compile(r"-(?<=\w-)[ \t]*\r?\n[ \t]*(?=(\w))")


def _join_hyphen(match: re.Match) -> str:
    """A word cut at a line end: "Gri-\\nbonval" → "Gribonval", "Quoc-\\nTung" → "Quoc-Tung"."""
    return "" if match.group(1).islower() else "-"


def _lines(text: str) -> list[str]:
    """Clean each line of an entry; lines are hard boundaries (al-folio, jemdoc, CVs)."""
    return [line for line in map(_clean_line, (text or "").splitlines()) if line]


@lru_cache(maxsize=1 << 14)
def _clean_line(line: str) -> str:
    """One cleaned line, or "" when nothing of it is left."""
    line = _LIST_MARK.sub("", _clean_text(line))
    if "[" in line or "(" in line:
        line = _BRACKETS.sub("", line)
    if "." in line and _GLUED_SENTENCE.search(line):
        line = _GLUED_SENTENCE.sub(". ", line)  # "…, B Harcastle.Structured models" (a PDF)
    return line if line.strip(" .,;") else ""


# A sentence's period glued to the next word (a PDF's lost space): after a lower-case word,
# before a capitalised one ("Vähäkangas.Compiling"); "Ph.D.", "J.Bolte" and URLs stay.
# (the period first, so that the engine scans for it; same matches as the look-behind first)
_GLUED_SENTENCE = re.compile(r"\.(?<=[a-zß-ÿ]{2}\.)(?=[A-ZÀ-Þ][a-zß-ÿ]{2})")


# Venue badges and labels that themes put on their own line before an entry (al-folio's
# ``<abbr class="badge">JFM</abbr>``, "NeurIPS", "ICML 2021", "JMLR-W", "AISTATS'21",
# "C1"): each token an acronym (two capitals at least), a letter-and-number label or a year.
_BADGE_MAX_CHARS = 24
_BADGE_ACRONYM = re.compile(r"[A-Za-z][A-Za-z&/+\-]{1,11}(?:['’]\d\d)?")
_BADGE_LABEL = re.compile(r"[A-Z]{1,2}\d{1,3}")
_BADGE_YEAR = re.compile(r"(?:19|20)\d\d|['’]\d\d")


@lru_cache(maxsize=1 << 12)
def _is_badge(line: str) -> bool:
    """Whether a line is only a venue badge or label: glued to the next line it would
    read as a name's first token ("JFM Nora Sorvik" → "J. F. M. Nora Sorvik").  (Cached:
    a list repeats its badges.)"""
    line = line.strip(" .:")  # (not "," or ";": "DUPONT," opens an author list)
    tokens = line.split()
    if len(line) > _BADGE_MAX_CHARS or not 0 < len(tokens) <= 3:
        return False
    marks = 0
    for token in tokens:
        if _BADGE_YEAR.fullmatch(token):
            continue
        if _BADGE_LABEL.fullmatch(token) or (
            _BADGE_ACRONYM.fullmatch(token) and sum(c.isupper() for c in token) >= 2
        ):
            marks += 1
            continue
        return False
    # An upper-case name ("NORA SORVIK", "LI Wei") is an author, not a badge.
    return marks > 0 and parse_name(line) is None


def _entry(
    names: Iterable[PersonName],
    editors: tuple[str, ...],
    style: EntryStyle,
    raw: str,
    year: int | None,
    *,
    title: str | None = None,
    venue: str | None = None,
    omits_owner: bool = False,
) -> PublicationEntry:
    # (Positional, in field order: cheaper, and one is built per item of every list.)
    return PublicationEntry(_displays(names), editors, title, venue, year, raw, style, omits_owner)


# The last comma piece of a title-less reference, then its volume and "(year)"
# ("…, Z. Festkörperchem. 12 (2013) 77"; "…, J. Solid State Ionics 88 (2024) 1203").
_VOLUME_AFTER_VENUE = re.compile(
    r",\s*(?P<venue>[A-ZÀ-Þ][^,()\d]{1,60}?)\.?\s+\d{1,4}\s*\((?:19|20)\d\d\)"
)


def parse_entry(text: str) -> PublicationEntry | None:
    """Read one publication-list item; None when no author could be read.

    Lines of a multi-line item are read as separate sentences.  An item that names only
    the owner's partners ("Title (with A and B)") is marked ``omits_owner``.

    >>> e = parse_entry('Quill, A. and Marlow, Z., "Steep", J. Fict. 2020. In: B. Okafor (ed.) X')
    >>> e.authors, e.editors, e.title, e.year
    (('A. Quill', 'Z. Marlow'), ('B. Okafor',), 'Steep', 2020)
    """
    raw = " ".join((text or "").split())
    if not raw or len(raw) > MAX_ENTRY_CHARS:
        return None  # not one publication item: a whole section or page
    if "\n" in text:
        text = _LINE_HYPHEN.sub(_join_hyphen, text)
    lines = _lines(text)
    if len(lines) > 1 and _is_badge(lines[0]):
        del lines[0]  # a venue badge is not the first author's given name
    joined = "\n".join(lines)
    folded = _Folded(joined)
    body, editors = _take_editors(joined, folded)
    if not body.strip():
        return None
    if body is not joined:  # editors were cut out
        folded = _Folded(body)
    editor_display = tuple([e.display for e in editors]) if editors else ()
    year = _year(body)

    has_colon = ":" in body or "：" in body  # (a label ends with one)
    label = _LABEL.search(body) if has_colon and folded.holds(_LABEL_WORDS) else None
    if label:
        rest = body[label.end() :].split("\n", 1)[0]
        end = _LABEL_END.search(rest)
        names = read_author_list(rest[: end.start()] if end else rest)
        if names:
            title = _first_sentence(body[: label.start()])
            return _entry(names, editor_display, EntryStyle.LABELLED, raw, year, title=title)

    quoted = (
        _QUOTED_TITLE.search(body)
        if '"' in body or "“" in body or "«" in body or "„" in body  # (where it starts)
        else None
    )
    if quoted:
        before, after = body[: quoted.start()], body[quoted.end() :]
        if not any(c.isalpha() for c in before) and not any(c.isalpha() for c in after):
            return None  # '"Coalition Clocks and Budget Cycles"' alone: a solo draft
        for is_before, part in ((True, before), (False, after)):
            whole = part.strip(" ,.;:\n")
            if not is_before and whole[:3] == "by ":
                whole = whole[3:]  # "“Title” by A, B and C": the authors after their title
            # ("“Title”, with B and C, Venue": the clause right after the title, unbracketed)
            # ("Avec B, « Titre », Revue 12": the partners opening the entry, before the title)
            opens_with = whole[:5].casefold() in ("with ", "avec ")
            within = (
                _WITH.search(whole)
                if ("(" in whole or opens_with) and folded.holds(_WITH_WORDS)
                else None
            )
            partners, others = None, ""
            if within is None and opens_with:
                # "“Title,” with B, Journal 22 (2018)": the clause runs to the venue's comma
                partners = _leading_names(whole[5:].split("(", 1)[0])
                others = "" if is_before else before.strip(" ,.;:\n")
            elif within:
                # "A (with B and C), “Title”" / "“Title” (with B and C)": the owner's
                # partners; outside the clause only the owner's name (or nothing) is left.
                partners = _leading_names(within.group("names"))
                others = whole[: within.start()] + whole[within.end() :]
            if partners and len(_best_run(others)) <= 1:
                return _entry(
                    partners,
                    editor_display,
                    EntryStyle.WITH,
                    raw,
                    year,
                    title=quoted.group("title").strip(" ,."),
                    omits_owner=True,
                )
            part, _ = _cut_et_al(whole)
            names = read_author_list(whole, strict=True) if part and "\n" not in part else []
            if not names:
                names = _best_run(part)
            if names:
                return _entry(
                    names,
                    editor_display,
                    EntryStyle.QUOTED,
                    raw,
                    year,
                    title=quoted.group("title").strip(" ,."),
                    venue=_first_sentence(after.strip(" ,.;:")) if is_before else None,
                )

    first_line = body.split("\n", 1)[0]
    apa = _APA.match(first_line) if "(" in first_line else None
    if apa:
        part, _ = _cut_et_al(apa.group("authors"))
        names = read_author_list(part, strict=True)
        if names:
            rest = apa.group("rest") or body.split("\n", 1)[-1]
            return _entry(
                names,
                editor_display,
                EntryStyle.APA,
                raw,
                int(apa.group("year")),
                title=_first_sentence(rest),
            )

    cut, was_cut = _cut_et_al(body, folded)
    inverted = _inverted_list(cut) if ";" in cut else []
    if inverted:
        return _entry(inverted, editor_display, EntryStyle.RUN, raw, year)
    # HAL's citation ("Authors. Title. Editors; of the book. Book, …⟨hal-…⟩") puts its
    # authors first: a later run of names is a chapter's book editors.
    run = _best_run_in(_sentences(cut)[:1])[0] if "⟨" in cut else []
    if (
        not run
        and ". " in cut
        and _SPACED_INITIAL.search(cut)
        and (title := _TITLE_AFTER_CAPS.search(cut))
    ):
        # "MORVAN L., ACHARD F. Diatomées et assecs": after the last upper-case family
        # name's initials, the title's first words (no given name "F. Diatomées").
        run = _best_run(cut[: title.end()])
    run = run or _best_run(cut)
    with_words = _Folded(cut).holds(_WITH_WORDS) if was_cut else folded.holds(_WITH_WORDS)
    for match in _WITH.finditer(cut) if with_words else ():
        partners = _leading_names(match.group("names"))
        if partners and (not run or _inside(run, partners) or _weak(cut, match)):
            title = _first_sentence(cut[: match.start()].rstrip(" ,;:([-–—"))
            return _entry(
                partners,
                editor_display,
                EntryStyle.WITH,
                raw,
                year,
                title=title,
                omits_owner=True,
            )
    if (
        len(run) > 1
        and year is not None
        and f"({year})" in cut  # (the cheap test first: most references have no volume)
        and (volume := _VOLUME_AFTER_VENUE.search(cut.split("\n", 1)[0]))
    ):
        # "A. Quill, B. Kettle, J. Solid State Ionics 88 (2024) 1203" (a chemist's
        # reference: no title, the journal's abbreviation after the last author): the
        # run's last "name" opens the journal before its volume.
        venue, family = volume.group("venue"), run[-1].family
        after = venue.find(family) + len(family) if family in venue else 0
        if (
            after
            and fold(venue).startswith(fold(run[-1].display).rstrip("."))
            # ("…, H. Quill. Title. Numer. Math. 149 (2022)": a title after the author)
            and venue[after : after + 1] != "."
        ):
            run = run[:-1]
    if run and "(" in cut and _role_brackets(cut) > 1:
        return None  # "A (thesis advisor), B (co-advisor)": referees by their roles
    if run:
        return _entry(run, editor_display, EntryStyle.RUN, raw, year)
    # "Family, Given. 2017. Title" (Chicago author-date, one author): one inverted name.
    single = _INVERTED_DATED.match(cut) if year is not None else None
    if single and _given_like(single.group("given")):
        name = parse_name(f"{single.group('family')}, {single.group('given')}")
        if name is not None:
            return _entry([name], editor_display, EntryStyle.SURNAMES, raw, year)
    # Lone family names are weak ("English and French"): only in a dated entry.
    first = _sentences(cut)[:1] if year is not None else []
    run = _surname_run(first[0]) if first and not _TITLE_BEFORE_SUBTITLE.match(cut) else []
    if run:
        return _entry(run, editor_display, EntryStyle.SURNAMES, raw, year)
    return None


_TURNED_NAME = (
    # ("van der Pennick, Gijsbert", "da Silva, Ana": a family name may open on its particles)
    r"(?:[a-z]{1,4}\s+){0,3}"
    r"[A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,2},\s+[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2}"
)
# "Quill, Ada Maria; Marlow, Zed; Okafor, Bea" as a sentence of its own (VIVO, DiVA, Pure
# lists put it after the title): full given names, turned round, between ";".
_INVERTED_LIST = re.compile(rf"{_TURNED_NAME}(?:\s*;\s*{_TURNED_NAME})+")


def _inverted_list(text: str) -> list[PersonName]:
    """The authors of a sentence that is a ";" list of "Family, Given", every piece one name
    (a particle or a family name of two words read as the list writes it, not as a
    given-first name): "Ó Súilleabháin, Dónal; Mac Lochlainn, Ciarán; Quill, A. Title"
    first, or a later sentence after the title as VIVO, DiVA and Pure write it."""
    for index, sentence in enumerate(_sentences(text)):
        if ";" not in sentence:
            continue
        pieces = sentence.split(";")
        if index == 0:
            if (last := _INVERTED_LAST.match(pieces[-1])) is not None:
                pieces[-1] = last.group()  # "…; Quill, A. Title of the paper": the title goes on
        elif not _INVERTED_LIST.fullmatch(sentence.strip(" .")):
            continue  # (after the title, only a sentence made of turned names alone)
        if any(p.count(",") != 1 for p in pieces):
            continue
        names = read_author_list(";".join(pieces), strict=True)
        if len(names) == len(pieces):
            return names
    return []


INITIALS_CHARS = 8  # the longest run of initials ("J.-P.-M."): longer words are none
_INVERTED_LAST = re.compile(r"\s*[^,;]+,\s*(?:[A-ZÀ-Þ][a-z]?\.[\s-]*){1,3}(?=\s+[A-ZÀ-Þ]|$)")


def _leading_names(text: str) -> list[PersonName]:
    """Partners after "with": the names at the start of the text, up to the first piece
    that is not a name of two tokens or more ("A and B, Journal of Tea" → A, B)."""
    names: list[PersonName] = []
    for piece in _PIECE_SEP.split(text):
        name = parse_name(piece) if piece.strip() else None
        if name is None or not name.given:
            break
        names.append(name)
    return _unique(names)


def _weak(text: str, match: re.Match) -> bool:
    """Whether, without the "with" list, the item has no author list worth the name
    (at most one title-like "name" such as "Kettle Markets")."""
    rest = _best_run(f"{text[: match.start()]}\n{text[match.end() :]}")
    return len(rest) <= 1 and not any(n.initials_only or n.order_known for n in rest)


def _inside(run: list[PersonName], partners: list[PersonName]) -> bool:
    """Whether the best run is the "with" list itself (then the owner is omitted)."""
    keys = {name_key(n) for n in partners}
    return all(name_key(n) in keys for n in run)


def _displays(names: Iterable[PersonName]) -> tuple[str, ...]:
    """The display forms of :func:`_unique` names (one pass: one per entry read)."""
    seen, out = set(), []
    for name in names:
        key = name.key
        if key and key not in seen:
            seen.add(key)
            out.append(name.display)
    return tuple(out)


# ---------------------------------------------------------------------------
# BibTeX
# ---------------------------------------------------------------------------

_BIB_START = re.compile(r"@\s*(\w+)\s*[{(]")
_BIB_FIELD = re.compile(r"\s*,?\s*([\w\-:.]+)\s*=\s*")
_BIB_BARE = re.compile(r"[^,#}\s)]+")
_BIB_AND_OR_BRACE = re.compile(r"[{}]|\s+and\s+", re.IGNORECASE)


def _bib_value(text: str, pos: int) -> tuple[str, int]:
    """Read one field value (braced, quoted, bare, with # concatenation) from ``pos``."""
    parts = []
    while pos < len(text):
        char = text[pos]
        if char == "{":
            depth, start = 0, pos
            while pos < len(text):
                if text[pos] == "{":
                    depth += 1
                elif text[pos] == "}":
                    depth -= 1
                    if depth == 0:
                        break
                pos += 1
            parts.append(text[start + 1 : pos])
            pos += 1
        elif char == '"':
            start = pos = pos + 1
            depth = 0
            while pos < len(text) and not (text[pos] == '"' and depth == 0):
                depth += {"{": 1, "}": -1}.get(text[pos], 0)
                pos += 1
            parts.append(text[start:pos])
            pos += 1
        else:
            match = _BIB_BARE.match(text, pos)
            if match:
                parts.append(match.group())
                pos = match.end()
        while pos < len(text) and text[pos].isspace():
            pos += 1
        if pos < len(text) and text[pos] == "#":
            pos += 1
            while pos < len(text) and text[pos].isspace():
                pos += 1
            continue
        return "".join(parts), pos
    return "".join(parts), pos


def _bib_people(value: str) -> list[PersonName]:
    names = []
    for part in _split_top_level_and(value):
        part = part.strip()
        if not part or part.lower() == "others":
            continue
        if part.startswith("{") and part.endswith("}") and part.count("{") == 1:
            continue  # "{Fictional Consortium}": a corporate author, not a person
        commas = part.count(",")
        if commas == 2:  # "von Last, Jr, First"
            family, _, given = (p.strip() for p in part.split(","))
            part = f"{family}, {given}"
        name = parse_name(part, allow_single=True)
        if name is not None:
            names.append(name)
    return _unique(names)


def _split_top_level_and(value: str) -> list[str]:
    parts, depth, start = [], 0, 0
    for match in _BIB_AND_OR_BRACE.finditer(value):
        token = match.group()
        if token == "{":
            depth += 1
        elif token == "}":
            depth -= 1
        elif depth == 0:
            parts.append(value[start : match.start()])
            start = match.end()
    parts.append(value[start:])
    return parts


def bibtex_entries(text: str) -> list[PublicationEntry]:
    """Every entry of a BibTeX file with its authors (editors kept apart, not authors).

    >>> bibtex_entries("@article{k, author = {Quill, Ada and M{\\\\'a}rlow, Zed}}")[0].authors
    ('Ada Quill', 'Zed Márlow')
    """
    entries = []
    for start in _BIB_START.finditer(text):
        kind = start.group(1).lower()
        if kind in {"string", "comment", "preamble"} or _commented_out(text, start.start()):
            continue
        pos = text.find(",", start.end())
        if pos < 0:
            continue
        fields: dict[str, str] = {}
        spans: dict[str, tuple[int, int]] = {}
        end = len(text)
        while pos < end:
            match = _BIB_FIELD.match(text, pos)
            if not match:
                break
            value, pos = _bib_value(text, match.end())
            fields[match.group(1).lower()] = value
            spans[match.group(1).lower()] = (match.start(1), pos)
            while pos < end and text[pos] in " \t\r\n,":
                pos += 1
            if pos < end and text[pos] in "})":
                break
        authors = _bib_people(fields.get("author", ""))
        if not authors:
            continue
        editors = _bib_people(fields.get("editor", ""))
        title = _SPACES.sub(" ", repair_text(fields.get("title", ""))).strip() or None
        venue = fields.get("journal") or fields.get("booktitle") or fields.get("publisher")
        entries.append(
            PublicationEntry(
                authors=_displays(authors),
                editors=_displays(editors),
                title=title,
                venue=_SPACES.sub(" ", repair_text(venue)).strip() if venue else None,
                year=_year(fields.get("year", "")),
                # The author field is the span that states the fact (and the entry key
                # line may hold an "@" that privacy checks would take for an e-mail).
                text=_SPACES.sub(" ", text[slice(*spans["author"])]).strip(),
                style=EntryStyle.BIBTEX,
            )
        )
    return entries


_THESIS_KINDS = {"phdthesis": Relation.ADVISOR_PHD, "mastersthesis": Relation.ADVISOR_OTHER}
# ("Supervised by Quill, Ada": the rest of the note; "Encadré par A, stage au …": up to the
# clause's end)
_SUPERVISED_NOTE = re.compile(
    r"(?i)\b(?:supervised|advised|directed)\s+by\s+(.+)|(?:(?:encadr|dirig)[ée]e?s?\s+par|"
    r"sous\s+la\s+direction\s+d[e'’]|betreut\s+von|dirigid[oa]\s+por)\s+([^,;(]+)"
)
# A master's thesis written during an internship ("stage au Laboratoire X"): its supervisor
# supervised the internship.
_INTERNSHIP_NOTE = re.compile(r"(?i)\b(?:stage|internship|praktikum|prácticas)\b")
# A thesis entry's note that lists its jury ("devant le jury composé de A (rapportrice), …",
# "Committee: A (chair), B"): the list after the cue.
_JURY_NOTE = re.compile(
    r"(?i)\b(?:jury|committee|examiners|tribunal|kommission)\b"
    r"(?:\s+(?:compos[ée]e?|consisting|made\s+up|formado|compuesto)\s+(?:de|d['’]|of|por)|\s*:)\s*"
)


def _commented_out(text: str, at: int) -> bool:
    """An entry start on a ``%`` comment line (a template's sample entry kept in the file)."""
    line_start = text.rfind("\n", 0, at) + 1
    return text[line_start:at].lstrip()[:1] == "%"


def bibtex_theses(text: str, source: str, jury=None) -> list[Claim]:
    """A BibTeX thesis entry states its author's degree: ``@phdthesis`` / ``@mastersthesis``
    with an ``advisor`` (or ``supervisor``) field or a "Supervised by X" note gives the
    supervision, and ``school`` the institution, both ending in the entry's year; *jury*
    (the jury-list reader) reads a jury its note lists."""
    claims: list[Claim] = []
    for start in _BIB_START.finditer(text):
        relation = _THESIS_KINDS.get(start.group(1).lower())
        pos = text.find(",", start.end())
        if relation is None or pos < 0 or _commented_out(text, start.start()):
            continue
        fields: dict[str, str] = {}
        spans: dict[str, tuple[int, int]] = {}
        while (match := _BIB_FIELD.match(text, pos)) is not None:
            value, pos = _bib_value(text, match.end())
            fields[match.group(1).lower()] = value
            spans[match.group(1).lower()] = (match.start(1), pos)
            while pos < len(text) and text[pos] in " \t\r\n,":
                pos += 1
            if pos >= len(text) or text[pos] in "})":
                break
        authors = _displays(_bib_people(fields.get("author", "")))
        if len(authors) != 1:
            continue
        year = _year(fields.get("year", ""))
        key = next(
            (k for k in ("advisor", "advisors", "supervisor", "supervisors") if k in fields), None
        )
        note_text = repair_text(fields.get("note", "")) if "note" in fields else ""
        note = _SUPERVISED_NOTE.search(note_text)
        if note and not key and relation is Relation.ADVISOR_OTHER:
            if _INTERNSHIP_NOTE.search(note_text):
                relation = Relation.ADVISOR_INTERNSHIP
        supervisors = (note.group(1) or note.group(2).rstrip(". ")) if note else ""
        advisors = _displays(_bib_people(fields[key] if key else supervisors))
        for advisor in advisors:
            field = key or "note"
            evidence = _SPACES.sub(" ", text[slice(*spans[field])]).strip()
            start_year = year if relation is not Relation.ADVISOR_PHD else None
            claims.append(
                Claim(
                    authors[0],
                    relation,
                    advisor,
                    source,
                    evidence,
                    "bibtex.thesis",
                    0.85,
                    start_year,
                    year,
                    EntityKind.PERSON,
                    EntityKind.PERSON,
                )
            )
        listed = _JURY_NOTE.search(note_text) if jury and relation is Relation.ADVISOR_PHD else None
        if listed:
            evidence = _SPACES.sub(" ", text[slice(*spans["note"])]).strip()
            for member, role in jury(_SPACES.sub(" ", note_text[listed.end() :])):
                claims.append(
                    Claim(
                        authors[0],
                        role,
                        member,
                        source,
                        evidence,
                        "bibtex.thesis-jury",
                        0.75,
                        year,
                        year,
                        EntityKind.PERSON,
                        EntityKind.PERSON,
                    )
                )
        school = _SPACES.sub(" ", repair_text(fields.get("school", ""))).strip()
        if school and "school" in spans:
            evidence = _SPACES.sub(" ", text[slice(*spans["school"])]).strip()
            claims.append(
                Claim(
                    authors[0],
                    Relation.STUDIED_AT,
                    school,
                    source,
                    evidence,
                    "bibtex.thesis",
                    0.8,
                    None,
                    year,
                    EntityKind.PERSON,
                    EntityKind.ORGANISATION,
                )
            )
    return claims


# ---------------------------------------------------------------------------
# Page owner
# ---------------------------------------------------------------------------


def recurring_author(
    entries: Iterable[str | PublicationEntry], *, min_share: float = 0.6, min_entries: int = 2
) -> str | None:
    """The author found in (nearly) every entry of a list: the list's owner.

    Counts entries per first-initial + family key (so "T. Vo" and "Tam Vo" count as
    one), requires a clear winner present in ``min_share`` of the entries, and returns
    its fullest written form; None when no one recurs (a reference list, not a CV).

    >>> recurring_author(["T. Vo and A. Quill. X. 2020", "Tam Vo, Z. Marlow. Y. 2021"])
    'Tam Vo'
    """
    counts: dict[str, int] = {}
    forms: dict[str, list[PersonName]] = {}
    total = 0
    for item in entries:
        entry = parse_entry(item) if isinstance(item, str) else item
        if entry is None or entry.omits_owner:
            continue
        total += 1
        seen = set()
        for display in entry.authors:
            name = parse_name(display, allow_single=True)
            if name is None or not name.given:
                continue
            key = initial_key(name)
            forms.setdefault(key, []).append(name)
            if key not in seen:
                seen.add(key)
                counts[key] = counts.get(key, 0) + 1
    if total < min_entries or not counts:
        return None
    ranked = sorted(counts.items(), key=lambda item: -item[1])
    key, count = ranked[0]
    if count < min_share * total or (len(ranked) > 1 and ranked[1][1] == count):
        return None
    full = [n for n in forms[key] if not n.initials_only]
    if len({name_key(n) for n in full}) > 1:
        return None  # "Tam Vo" and "Thu Vo" share the key: not one recurring person
    best = max(full or forms[key], key=lambda n: (len(n.given), n.display))
    return best.display


# ---------------------------------------------------------------------------
# Claims
# ---------------------------------------------------------------------------


def _as_double_family(name: PersonName) -> PersonName:
    """*name* with its last given name read as the first half of a double family name: a
    name read as given "Ilse Maren Brezza", family "Hessel" is also given "Ilse Maren",
    family "Brezza Hessel" (a list's "I. M. Brezza-Hessel")."""
    given = name.given.split()
    return PersonName(" ".join(given[:-1]), f"{given[-1]} {name.family}", "", False, True)


class _Resolver:
    """Rewrites an author written short as the full name the same page vouches for:
    the page owner ("T. Le" on Tam Le's own list) or a full name written elsewhere on
    the page ("J. Bolte" beside "Advised by Jérôme Bolte") when exactly one fits."""

    def __init__(
        self, owner: str | None, known: Iterable[str], maiden: Iterable[tuple[str, str]] = ()
    ) -> None:
        self.owner = parse_name(owner) if owner else None
        # "Margaret Kowalczyk-Ellis (née Kowalczyk)": her papers signed "Kowalczyk, M."
        self.maiden = [
            (before, now)
            for before, now in ((parse_name(b), parse_name(n)) for b, n in maiden)
            if before is not None and now is not None
        ]
        # The owner's family name written another way on their own list: glued ("Y. Levaunier"
        # for Yvonne Le Vaunier) or one part of a double name ("T. Brezza" before
        # Tomás Brezza-Hessel took the second).
        self.owner_families: frozenset[str] = frozenset()
        if self.owner is not None and " " in self.owner.family_key:
            family = self.owner.family_key
            parts = [p for p in family.split() if p not in PARTICLES and len(p) >= 3]
            self.owner_families = frozenset(
                (family.replace(" ", ""), *(parts if len(parts) >= 2 else ()))
            )
        # "Ilse Maren Brezza Hessel" read with three given names: her lists' "I. M.
        # Brezza-Hessel" (a double family name) is her all the same.
        self.owner_double: PersonName | None = None
        if self.owner is not None and not self.owner.initials_only:
            if len(self.owner.given.split()) >= 3 and " " not in self.owner.family_key:
                self.owner_double = _as_double_family(self.owner)
        self.by_initial: dict[str, dict[str, PersonName]] = {}
        # "Boukhalfa-Reyes Yasmine" (a French list's "Family Given") beside "Yasmine
        # Boukhalfa-Reyes" written elsewhere on the page: the name turned round.
        self.turned: dict[str, PersonName] = {}
        # (and "Ramón Vaunier Ostrelle", read so, for the "R. Vaunier-Ostrelle" of a list)
        self.doubles: dict[str, list[tuple[PersonName, PersonName]]] = {}
        # "Tran Minh Quan" (a Vietnamese or Chinese name written family first, as at home)
        # beside the "M. Q. Tran" of a list written given first: first word → the others.
        # (A two-word name only on a Chinese family name: "Okonjo Ifeoma" of a French
        # list is turned round later, see engine._resolve.)
        self.family_first: dict[str, list[tuple[list[str], PersonName]]] = {}
        for text in known:
            name = parse_name(text)
            if name is not None and not name.initials_only and name.given:
                words = fold(name.display).replace("-", " ").split()
                if (
                    words[0] not in GIVEN_ONLY
                    and words[0] not in GIVEN_OR_FAMILY
                    and (name.display.count(" ") >= 2 or chinese_family_name(words[0]))
                ):
                    self.family_first.setdefault(words[0], []).append((words[1:], name))
                key = name_key(name)
                self.by_initial.setdefault(initial_key(name), {})[key] = name
                self.turned.setdefault(fold(f"{name.family} {name.given}"), name)
                if name.given.count(" ") == 1 and " " not in name.family_key:
                    double = _as_double_family(name)
                    self.doubles.setdefault(double.family_key, []).append((double, name))

    def __call__(self, name: PersonName) -> PersonName:
        # (Not memoised here: coauthor_claims asks once per author display of the page.)
        owner = self.owner
        if (
            owner is not None
            # (compatible names share a family key, or one's given key is the other's
            # family key, or they share the whole key: a cheap test rules out the others)
            and (
                name.family_key in (owner.family_key, owner.given_key)
                or name.given_key == owner.family_key
                or name.key == owner.key
            )
            and compatible(name, owner)
        ):
            return owner
        if (
            name.family_key in self.owner_families
            and name.given
            and compatible(
                PersonName(name.given, owner.family, owner.particles, name.initials_only, True),
                owner,
            )
        ):
            return owner
        if (
            self.owner_double is not None
            and name.family_key == self.owner_double.family_key
            and compatible(name, self.owner_double)
        ):
            return owner
        if name.initials_only or not name.given:
            fits = [
                full
                for full in self.by_initial.get(initial_key(name), {}).values()
                if compatible(name, full)
            ]
            if len(fits) == 1:
                return fits[0]
            if not fits and name.family_key in self.doubles:
                doubles = {
                    full
                    for double, full in self.doubles[name.family_key]
                    if compatible(name, double)
                }
                if len(doubles) == 1:
                    return doubles.pop()
            if not fits and name.family_key in self.family_first:
                turned = {
                    full
                    for rest, full in self.family_first[name.family_key]
                    if _initials_cover(fold(name.given).replace("-", " ").split(), rest)
                }
                if len(turned) == 1:
                    return turned.pop()
            if self.maiden:
                now = {n for b, n in self.maiden if compatible(name, b)}
                if len(now) == 1:
                    return now.pop()
        elif (
            self.turned
            and (turned := self.turned.get(fold(name.display))) is not None
            # ("Junhao Lu" in an author list beside "Lu Junhao": the author's form is
            # the given-first one, kept; the other is turned to it, see engine._resolve)
            and not chinese_given_first(name.display)
        ):
            return turned
        elif (
            name.initial in self.by_initial  # (else no full name fits)
            and len(lead := name.given.split(None, 1)[0]) <= INITIALS_CHARS
            and is_initials(lead)
        ):
            # "I. Etxeberria Goikoetxea", "J. P. de Souza e Silva" (read back from "Family,
            # I." displays): initials, then a double family name the page writes in full.
            fits = [
                full
                for full in self.by_initial.get(initial_key(name), {}).values()
                if _initials_before(name, full)
            ]
            if len(fits) == 1:
                return fits[0]
        return name


def _initials_cover(initials: list[str], given: list[str]) -> bool:
    """The *initials* open the first and the last of the *given* names and, between
    them, some of the others in order ("T. H." for "Thi Thu Ha", whose middle name a
    list may drop)."""
    if not initials or len(initials) > len(given):
        return False
    if not given[0].startswith(initials[0]) or not given[-1].startswith(initials[-1]):
        return False
    if len(initials) == 1:
        return len(given) == 1
    middle = iter(given[1:-1])
    return all(any(word.startswith(i) for word in middle) for i in initials[1:-1])


def _initials_before(short: PersonName, full: PersonName) -> bool:
    """*full* ends with the words *short* writes after its initials, and its given names
    before them start with those initials."""
    words = short.display.split()
    count = next(i for i, w in enumerate(words) if not is_initials(w))
    tail = fold(" ".join(words[count:]))
    written = fold(full.display)
    if not written.endswith(" " + tail) or written == fold(short.display):
        return False
    head = [w for w in written[: -len(tail)].split() if w not in PARTICLES]
    initials = fold(" ".join(words[:count])).split()
    return (
        bool(head)
        and len(initials) <= len(head)
        and all(h.startswith(i) for h, i in zip(head, initials, strict=False))
    )


def _author_pairs(authors: list[PersonName], owner: PersonName | None) -> Iterable[tuple[int, int]]:
    """Every pair (as positions) of a normal author list; a large collaboration (hundreds
    of authors) gives only the owner's pairs, not a clique of tens of thousands of claims."""
    if len(authors) <= MAX_CLIQUE_AUTHORS:
        return itertools.combinations(range(len(authors)), 2)
    if owner is None or owner not in authors:
        return ()
    mine = authors.index(owner)
    return ((mine, i) for i, other in enumerate(authors) if other != owner)


def _truncated_group_head(
    entry: PublicationEntry, authors: list[PersonName], owner: PersonName | None
) -> bool:
    """A collaboration's paper whose list is cut by "et al." and leaves the page's owner out:
    its named authors are the alphabetical head of the whole collaboration, not the owner's
    partners (a list naming the owner, or read without one, is read as usual)."""
    return (
        owner is not None
        and owner not in authors
        and _SIGNING_GROUP.search(entry.text) is not None
        and _ET_AL.search(entry.text) is not None
    )


def _is_short(name: PersonName) -> bool:
    """A name written short (initials or no given name): it may repeat a full one."""
    return name.initials_only or not name.given


def coauthor_claims(
    entries: Iterable[str | PublicationEntry],
    source: str,
    *,
    owner: str | None = None,
    known: Iterable[str] = (),
    maiden: Iterable[tuple[str, str]] = (),
) -> list[Claim]:
    """One ``coauthor`` claim per unordered pair of authors of each entry (the clique).

    ``owner`` is the page owner: an author compatible with them ("Q. Tran" for "Quang
    Tran") is written with the owner's full name, since it is their own list.  ``known``
    are full names read elsewhere on the same page; an initial that fits exactly one of
    them is resolved to it.  An entry that omits the owner ("Title, with A and B") gets
    the owner back (without one, its partners still pair with each other).  Editors and
    "et al." add nobody.
    """
    resolve = _Resolver(owner, known, maiden)
    claims: list[Claim] = []
    coauthor, person = Relation.COAUTHOR, EntityKind.PERSON
    # Author display → resolved name: the same authors recur on every entry of a list.
    by_display: dict[str, PersonName | None] = {}
    for item in entries:
        entry = parse_entry(item) if isinstance(item, str) else item
        if entry is None:
            continue
        authors: list[PersonName] = []
        for display in entry.authors:
            # (a test, not try/except: most displays of a page are new, and a raised
            # KeyError costs more than a second look-up)
            if display in by_display:
                name = by_display[display]
            else:
                name = parse_name(display, allow_single=True)
                name = by_display[display] = None if name is None else resolve(name)
            if name is not None:
                authors.append(name)
        if entry.omits_owner and resolve.owner is not None:
            authors.insert(0, resolve.owner)
        authors = _unique(authors)
        if _truncated_group_head(entry, authors, resolve.owner):
            continue
        evidence = single_spaced(entry.text)[:EVIDENCE_CHARS]
        extractor = _EXTRACTORS[entry.style]
        confidence = entry.confidence
        # Computed once per author, not once per pair.
        displays = [name.display for name in authors]
        short = [_is_short(name) for name in authors]
        pairs = _author_pairs(authors, resolve.owner)
        if any(short):  # one author written twice ("A. Quill" and "Ada Quill"): no pair
            pairs = [
                (i, j)
                for i, j in pairs
                if not ((short[i] or short[j]) and compatible(authors[i], authors[j]))
            ]
        # Positional, in the order of the claim contract (subject, relation, object,
        # source, evidence, extractor, confidence, start, end, subject_kind,
        # object_kind): a quarter cheaper than keywords, and pages make hundreds.
        # The kinds are given, not derived: two enum look-ups less per claim.
        claims += [
            Claim(
                displays[i],
                coauthor,
                displays[j],
                source,
                evidence,
                extractor,
                confidence,
                None,
                None,
                person,
                person,
            )
            for i, j in pairs
        ]
    return claims
