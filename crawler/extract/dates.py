"""The one year parser: periods such as "since 2025", "2020–2023", "Jan. 2024 - Aug. 2025".

Years are integers where the text states them and ``None`` otherwise; nothing is invented.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from crawler.extract.lexicon import LEXICON, alternation, word_hint

YEAR = r"(?:19[4-9]\d|20[0-4]\d)"
# (Word lists are factored by first letter: the same matches, tried faster.)
MONTH_WORDS = alternation(sorted((re.escape(m) for m in LEXICON.months), key=len, reverse=True))
# An optional month (word or number) and day before a year: "Jan. 2024", "09/2020", "1 mai 2020"
# ("1er mai", "1° novembre", "1º de março": the first of the month an ordinal).
# "01/10/2018" (day and month) and ISO "2014-10-01" are full dates: their year counts.
# ("enero de 2012", "outubro de 2021": Spanish and Portuguese join month and year by "de")
_MONTH = (
    rf"(?:(?:\d{{1,2}}(?:er|[°º])?\s+)?(?:{MONTH_WORDS})\.?,?\s*(?:de\s+(?=\d))?"
    rf"|(?:\d{{1,2}}\s*[/.]\s*){{1,2}})"
)
# ("01/01/2016 | 28/02/2018": a table's start and end cells, both full dates)
_DASH = r"\s*(?:[-–—‐‑]+|/|→|(?<=[/.]\d{4})\s\|\s(?=\d{1,2}[/.]\d{1,2}[/.](?:19|20)\d\d))\s*"
_RANGE_WORD = alternation([re.escape(w) for w in LEXICON.RANGE_WORDS])
_PRESENT = alternation(sorted((re.escape(w) for w in LEXICON.PRESENT), key=len, reverse=True))
_SINCE = alternation(sorted((re.escape(w) for w in LEXICON.SINCE), key=len, reverse=True))
SINCE_WORDS, MONTH = _SINCE, _MONTH  # (a CV entry's leading "seit 08/2023", "desde 2019")
PRESENT_WORDS = _PRESENT  # (a list entry's leading "2022 - atual —", "2021 – present")

_ISO_TAIL = r"(?:-[01]\d-[0-3]\d)?"
_DATE = rf"(?:{_MONTH})?(?P<NAME>{YEAR}){_ISO_TAIL}(?!\d)"
# ("ScD 2019 — now at X", "PhD 2020 — now Assistant Professor at X": "now" before where
# the person is now ends no range.)
# ("PhD 2019 → Google": an arrow to the next job opens no range; "2022 → )" does.)
RANGE = re.compile(
    rf"(?<!\d){_DATE.replace('NAME', 'start')}"
    # (Croatian, Serbian and Hungarian write a year as an ordinal: "2018.–2023.")
    rf"(?:\.(?=[-–—]\s*(?:19|20)\d\d))?"
    rf"(?:{_DASH}|\s+(?:{_RANGE_WORD})\s+)"
    rf"(?:(?P<end>(?:{_MONTH})?{YEAR}){_ISO_TAIL}(?!\d)|(?P<present>{_PRESENT})\b(?!(?<=now)\s+(?:at|with|in|an?|the|(?-i:[A-ZÀ-Þ][\w-]*(?:\s+[\w-]+)?)\s+(?:at|of|in)\b))|(?P<open>(?!(?<=→)\s*[^\W\d_])(?=[\s*:)\],;|]|…|\.\.\.|\?|\.(?:\s+[A-Z]|$)|$)))",
    re.IGNORECASE,
)
# What a RANGE and a SHORT_RANGE match both write: a start year, then a dash or a range
# word.  It opens with a digit, so the engine skips through the text in C: the full
# patterns (whose optional month opens each try) are only searched where it is found.
_RANGE_HINT = re.compile(
    rf"{YEAR}{_ISO_TAIL}(?:\s*(?:[-–—‐‑/→])|\.[-–—]|\s+(?:{_RANGE_WORD})\s|\s\|\s\d)", re.IGNORECASE
)
# "2019-20": an academic year written with two digits (the look-behind after the year, as in
# SINGLE below).
SHORT_RANGE = re.compile(rf"(?P<start>{YEAR})(?<!\d....)\s*[-–/]\s*(?P<end>\d{{2}})(?!\d)")
SINCE = re.compile(
    # (a whole word: "Period: 2024" holds the Polish "od", "Agenda 2024" the Italian "da")
    rf"(?<!\w)(?:{_SINCE})"
    # ("She joined the lab in 2021", "started his PhD in 2022": the stay's start)
    r"(?:\s+(?:us|the\s+(?:lab|group|team)|(?:his|her|their)\s+(?:ph\.?d\.?|doctorate)))?"
    # ("depuis la rentrée 2020", "dès l'automne 2019": an article before the season)
    rf"(?:\s*:\s*|\s+)(?:(?:in|en|le|la|on)\s+|l['’](?=\w))?"
    # A full date opens the range too: "depuis le 01-10-2023", "since 1 Oct. 2023".
    # ("effective July 1, 2024": an American date writes its day after the month)
    rf"(?:{_MONTH}(?:\d{{1,2}}(?:st|nd|rd|th)?,\s*)?|\d{{1,2}}-\d{{1,2}}-)?(?P<start>{YEAR})(?!\d)",
    re.IGNORECASE,
)
UNTIL = re.compile(
    rf"(?<![\d\s–-])\s*\b(?:until|till|up\s+to|jusqu['’]en|jusqu['’]à|bis|end(?=:))(?:\s*:\s*|\s+)"
    rf"(?:{_MONTH})?"
    rf"(?P<start>{YEAR})(?!\d)",
    re.IGNORECASE,
)
# Each match of UNTIL writes one of these words: a text without any is not searched.
_UNTIL_HINT = word_hint(("until", "till", "up", "jusqu", "bis"))
# A year alone, or ending a numeric date ("12/05/2019", "05/2019"); not inside a DOI or path,
# nor after a number no day or month writes (a decree's "RD 99/2011", "n. 211/2025").
# (The look-behinds follow the year, reaching back over it: the pattern then opens with the
# year's digits, which the engine finds by a fast scan instead of trying every position.)
# ("2022/5", "2021/11": the Canadian Common CV's year then month counts as its year)
SINGLE = re.compile(
    rf"(?P<year>{YEAR})(?:(?<![\d/]....)|(?<=(?<!\d)\d/....)|(?<=(?<!\d)(?:[0-2]\d|3[01])/....))"
    r"(?!\d|/(?!(?:1[0-2]|0?[1-9])(?![\d/])))"
)


@dataclass(frozen=True, slots=True)
class Period:
    """Years stated for a fact; ``single`` marks one year whose role the rule decides."""

    start: int | None = None
    end: int | None = None
    single: bool = False

    @property
    def empty(self) -> bool:
        return self.start is None and self.end is None

    def as_point(self) -> Period:
        """A single year read as the year the fact happened (a defence, an internship)."""
        if self.single:
            return Period(self.start, self.start)
        return self

    def as_end(self) -> Period:
        """A single year read as the year something finished (a degree, a thesis)."""
        if self.single:
            return Period(None, self.start)
        return self

    def as_start(self) -> Period:
        if self.single:
            return Period(self.start, None)
        return self


NO_PERIOD = Period()


# "her Licenciatura from X in 2004 and a Maestría from Y in 2007": two dated steps in one
# sentence, each with its own year (a match ends on the first step's year).
DATED_STEPS = re.compile(
    r"\s(?:in|en)\s+(?:19|20)\d\d(?=\s+(?:and|et)\s+(?:an?|une?|her|his|my|their|son|sa|then|puis)"
    r"\s[^.;]{3,200}?\s(?:in|en)\s+(?:19|20)\d\d\b)"
)
_A_YEAR = re.compile(YEAR)


def _year(text: str) -> int:
    return int(_A_YEAR.search(text).group())


# (The word boundary before the year as a look-behind after it: the pattern then opens
# with the year's digits, which the engine finds by a fast scan.)
# (the month may be one digit: "2019/9 - 2024/8", the Canadian Common CV's dates)
_YEAR_MONTH = re.compile(r"((?:19|20)\d\d)(?<!\w....)[./](?:0?[1-9]|1[0-2])\b(?![./]\d)")


# "2010/11 : ATER", "2019/2020": an academic year, from one calendar year to the next (not
# "2010/11 - 2014/08", a year and its month, in a range of such dates)
_ACADEMIC_YEAR = re.compile(
    r"(?<![\d/.–-])((?:19|20)\d\d)/((?:19|20)?\d\d)(?![\d/.])(?!\s*(?:[-–—]|to|à)\s*(?:19|20)\d\d)"
)


def _academic_range(match: re.Match[str]) -> str:
    start, end = int(match.group(1)), int(match.group(2)[-2:])
    if (start + 1) % 100 != end:
        return match.group()
    return f"{start}–{start + 1}"


_BETWEEN = re.compile(
    rf"(?i)\b(?:between|entre)\s+(?:{_MONTH})?({YEAR})\s+(?:and|et)\s+(?:{_MONTH})?({YEAR})"
)


# "until his retirement in 2004", "jusqu'à sa retraite en 2006": the stay's last year.
_RETIREMENT = re.compile(
    rf"(?i)\b(?:until|till)\s+(?:his|her|their)\s+retirement\s+in\s+({YEAR})"
    # (« jusqu'à son départ à la retraite en 2025 »)
    rf"|\bjusqu['’]à\s+(?:(?:sa|leur)\s+retraite|(?:son|leur)\s+départ\s+à\s+la\s+retraite)"
    rf"\s+en\s+({YEAR})"
    # ("retired in 2023 from the X Institute, where she had led Y since 1998")
    rf"|\bretired\s+in\s+({YEAR})"
)


# The date right after a death's words ("who passed away on May 3, 2021, at 83").
_DEATH_DATE = re.compile(rf"[^.;()]{{0,40}}?(?<!\d){YEAR}(?!\d)")


def _without_death_date(text: str) -> str:
    """*text* without an obituary's date of death: "Professor A, who died on 2 May 2025,
    taught at X" states no stay ending in 2025."""
    death = LEXICON.pattern("DEATH_WORDS").search(text)
    dated = _DEATH_DATE.match(text, death.end()) if death is not None else None
    return text[: death.start()] + text[dated.end() :] if dated else text


_ISO_DATE = re.compile(
    r"(?<![\d-])((?:19|20)\d\d)-(?:0[1-9]|1[0-2])-(?:0[1-9]|[12]\d|3[01])(?![\d-])"
)


# "2025-06 | Defended my thesis": a year and its month (ISO), no range; only where the two
# digits can be no later year ("2010-11" stays an academic year).
_ISO_MONTH = re.compile(r"(?<![\d-])((?:19|20)\d\d)-(0[1-9]|1[0-2])(?![\d-])")


def _iso_month(match: re.Match[str]) -> str:
    year, month = match.group(1), match.group(2)
    return year if int(month) < int(year[2:]) else match.group()


# "°1996", "° 12.03.1996" (a Flemish or Italian bio's birth mark): the person's birth.
_BIRTH_MARK = re.compile(r"(?<![nN\d])°\s*(?:\d{1,2}[./-]\d{1,2}[./-])?(?:19|20)\d\d")
# "A (b. 1984) has been …", "née en 1984": a birth, no year of the entry the bio states.
_BIRTH_WORDS = alternation(
    sorted((re.escape(w) for w in LEXICON.BIRTH_YEAR_MARKS), key=len, reverse=True)
)
_BIRTH_YEAR = re.compile(
    rf"(?<![\w.])(?:{_BIRTH_WORDS})\s*(?:{_MONTH})?{YEAR}(?!\d)", re.IGNORECASE
)
_BIRTH_HINT = word_hint(LEXICON.BIRTH_YEAR_MARKS)
# "'06–'09" (a CV's years cut to two digits after an apostrophe): 2006–2009.
_APOSTROPHE_RANGE = re.compile(r"(?<![\w'’‘])['’‘](\d\d)\s*([-–—]+|to)\s*['’‘](\d\d)(?![\d'’])")


def _apostrophe_range(match: re.Match[str]) -> str:
    start, end = (("19" if int(y) >= 40 else "20") + y for y in match.group(1, 3))
    return f"{start}–{end}"


# "PhD expected 2026", « soutenance prévue en 2026 »: a planned year, no stated end.
_EXPECTED_YEAR = re.compile(
    rf"(?i)\b(?:expected|anticipated|pr[ée]vue?s?)\s+(?:(?:in|en)\s+)?(?:{_MONTH})?{YEAR}(?!\d)"
)
_JOB_MARKET = re.compile(
    r"(?i)\bjob[\s-]+market\b[^\n\d]{0,24}(?:19|20)\d\d(?:\s*[-–/]\s*(?:(?:19|20)\d\d|\d\d)(?!\d))?"
)


@lru_cache(maxsize=4096)
def parse_period(text: str) -> Period:
    """The first period stated in *text*.

    >>> parse_period("Jan. 2024 - Aug. 2025: postdoc")
    Period(start=2024, end=2025, single=False)
    >>> parse_period("depuis septembre 2025")
    Period(start=2025, end=None, single=False)
    >>> parse_period("PhD, 2023").single
    True
    """
    if ("'" in text or "’" in text or "‘" in text) and _APOSTROPHE_RANGE.search(text):
        text = _APOSTROPHE_RANGE.sub(_apostrophe_range, text)  # "'08–'11": 2008–2011
    if not _may_hold_year(text):
        return NO_PERIOD  # (each step below reads a year: a text without one states none)
    if "/" in text and _ACADEMIC_YEAR.search(text):
        text = _ACADEMIC_YEAR.sub(_academic_range, text)  # "2019/20": one academic year
    if "." in text or "/" in text:
        text = _YEAR_MONTH.sub(r"\1", text)  # "2021.09 - Present" (al-folio's JSON resume)
    if "-" in text and _ISO_DATE.search(text):
        text = _ISO_DATE.sub(r"\1", text)  # "2022-05-13": one day, no range from 2022
    if "-" in text and _ISO_MONTH.search(text):
        text = _ISO_MONTH.sub(_iso_month, text)  # "2025-06": a month, no range from 2025
    if "°" in text:
        text = _BIRTH_MARK.sub("", text)  # "(°1988, Brugge)": a Flemish birth, no stay
    if _may_hold_year(text) and _BIRTH_HINT.search(text):
        text = _BIRTH_YEAR.sub("", text)  # "(b. 1980)", "né en 1980": a birth, no stay
    if "etween" in text or "entre" in text:
        text = _BETWEEN.sub(r"\1–\2", text)  # "between 2019 and 2021": a range
    if ("xpected" in text or "évu" in text or "nticipated" in text) and _may_hold_year(text):
        text = _EXPECTED_YEAR.sub("", text)
    if "arket" in text:
        # "On the job market 2025–2026": a hiring season, no entry's years.
        text = _JOB_MARKET.sub("", text)
    if "ied" in text or "away" in text or "écéd" in text or "quitt" in text:
        text = _without_death_date(text)
    retired = _RETIREMENT.search(text) if "retr" in text or "retir" in text else None
    if retired:
        # "joined X in 1971 and led Y until his retirement in 2004": one stay, 1971–2004.
        end = int(retired.group(1) or retired.group(2) or retired.group(3))
        lone = SINGLE.search(text, 0, retired.start())
        if lone and int(lone.group("year")) <= end:
            return Period(int(lone.group("year")), end)
        since = SINCE.search(text, retired.end()) if retired.group(3) else None
        if since and int(since.group("start")) <= end:
            return Period(int(since.group("start")), end)  # "…, where she worked since 1998"
        return Period(None, end)
    single = SINGLE.search(text) if _may_hold_year(text) else None
    if single is None:
        return NO_PERIOD
    # Every statement starts a few words before its first year: skip the text before.
    offset = max(0, single.start() - 40)
    candidates = []
    may_range = _RANGE_HINT.search(text, offset) is not None
    year_bound = None
    for pattern in (RANGE, SHORT_RANGE, SINCE, UNTIL):
        if pattern is UNTIL and not (_UNTIL_HINT.search(text, offset) or "nd:" in text):
            continue
        if not may_range and (pattern is RANGE or pattern is SHORT_RANGE):
            continue
        if pattern is SINCE or pattern is UNTIL:
            year_bound = year_bound or _after_last_year(text)
            match = pattern.search(text, offset, year_bound)
        else:
            match = pattern.search(text, offset)
        if match:
            candidates.append((match.start(), pattern, match))
    if candidates:
        shorts = [c[0] for c in candidates if c[1] is SHORT_RANGE]
        if shorts:
            # "2019 – 22": a short end year, not an open range before a number
            candidates = [
                c
                for c in candidates
                if not (c[1] is RANGE and c[2]["open"] is not None and c[0] in shorts)
            ]
        position, pattern, match = min(candidates, key=lambda c: c[0])
        if pattern is SINCE:
            # "From 2022 to 2024": the range inside the "from" phrase is the statement.
            # ("Depuis 2023 — directrice : A": a dash after the year opens no range.)
            ranged = [
                c
                for c in candidates
                if c[1] is RANGE and c[0] < match.end() and (c[2]["end"] or c[2]["present"])
            ]
            if ranged:
                position, pattern, match = ranged[0]
            elif (
                until := next((c[2] for c in candidates if c[1] is UNTIL), None)
            ) is not None and 0 <= until.start() - match.end() <= 12:
                # "Since: 2014 | Until: 2018" (a wiki's two columns): one stay, 2014–2018.
                start, end = int(match.group("start")), int(until.group("start"))
                if end >= start:
                    return Period(start, end)
        if single is None or single.start() >= position:
            return _period_from(pattern, match)
        # A lone year precedes the range: keep the earliest statement, unless the range
        # spells that same year out ("PhD in 2021 (2017–2021)").
        lone = int(single.group("year"))
        spelled = _period_from(pattern, match)
        if lone in (spelled.start, spelled.end):
            return spelled
        return Period(lone, None, single=True)
    if single:
        return Period(int(single.group("year")), None, single=True)
    return NO_PERIOD


def _after_last_year(text: str) -> int:
    """Where a SINCE or UNTIL search may stop.  Their matches end with a year, which starts
    with the last "19" or "20" of the text at the latest: the search stops one character
    past such a year (the one their "(?!\\d)" reads), and finds the same matches without
    trying the words of a long tail.  (That makes a pre-filter on SINCE's words, many of
    them short ones written in most texts, cost more than it saves.)"""
    return min(len(text), max(text.rfind("19"), text.rfind("20")) + 5)


def _period_from(pattern: re.Pattern[str], match: re.Match[str]) -> Period:
    start = int(match.group("start"))
    if pattern is SINCE:
        return Period(start, None)
    if pattern is UNTIL:
        return Period(None, start)  # "until 2020": an end, no start stated
    if pattern is SHORT_RANGE:
        end = start // 100 * 100 + int(match.group("end"))
        return Period(start, end) if end >= start else Period(start, None)
    if match.group("end"):
        end = _year(match.group("end"))
        return Period(start, end) if end >= start else Period(end, start)
    if not match.group("present") and _DASH_SEPARATOR.match(match.string, match.end("start")):
        # "2023 — Rapportrice de ...": a dash between spaces before words separates the
        # date from its entry; "2021–", "2019- Lecturer" and "(2022–)" stay open ranges.
        return Period(start, None, single=True)
    return Period(start, None)


# ("--": a text browser's dump writes an em dash as two hyphens)
_DASH_SEPARATOR = re.compile(r"\s+(?:[-–—]|--)\s+[^\W\d]")


def years_in(text: str) -> list[int]:
    """Every year written in *text*, in order."""
    if not _may_hold_year(text):
        return []
    return [int(m.group("year")) for m in SINGLE.finditer(text)]


def _may_hold_year(text: str) -> bool:
    """Every YEAR starts with "19" or "20": a text without either holds none."""
    return "19" in text or "20" in text
