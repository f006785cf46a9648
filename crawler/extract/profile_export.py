"""A social profile's "Save to PDF" export (LinkedIn-style) as plain text → Markdown.

The export has no blank lines: a sidebar (Contact, Top Skills, Languages, ...) comes first,
then the owner's name over a "<position> at <org>" headline, then sections whose headings
are lines holding one fixed word.  An experience entry is an organisation line, a title
line and a "March 2022 - Present (3 years 9 months)" line, then place and description; a
studies entry is a school line over "Doctor of Philosophy - PhD, Field · (2017 - 2022)".
Rewritten as Markdown (one heading per section, one list item per entry), the profile is
read by the same rules as any CV.
"""

from __future__ import annotations

import re

from crawler.extract.dates import MONTH_WORDS

# Sections of the export that hold the profile's own story, and those of its sidebar
# (skills, languages, awards, publication titles without authors: nothing to read).
_STORY_SECTIONS = frozenset(
    {
        "Summary",
        "Experience",
        "Education",
        "Volunteer Experience",
        "Résumé",
        "Expérience",
        "Formation",
        "Bénévolat",
    }
)
_SIDEBAR_SECTIONS = frozenset(
    {
        "Contact",
        "Coordonnées",
        "Top Skills",
        "Principales compétences",
        "Languages",
        "Langues",
        "Certifications",
        "Honors-Awards",
        "Distinctions",
        "Publications",
        "Patents",
        "Brevets",
    }
)
_MONTH = rf"(?:{MONTH_WORDS})\.?"
_WHEN = rf"(?:{_MONTH}\s+)?\d{{4}}"
# "March 2022 - Present (3 years 9 months)": one position's dates and length.
_DATES = re.compile(
    rf"^(?P<span>{_WHEN}\s*[-–]\s*(?:{_WHEN}|Present|aujourd’hui|aujourd'hui))"
    r"\s*\((?:less than a year|moins d’un an|\d+\s+\w+(?:\s+\d+\s+\w+)?)\)\s*$",
    re.IGNORECASE,
)
# "3 years 2 months" alone under an organisation: the total of several positions there.
_TOTAL = re.compile(r"^\d+\s+(?:years?|ans?)(?:\s+\d+\s+(?:months?|mois))?$", re.IGNORECASE)
# "Doctor of Philosophy - PhD, Field · (2017 - 2022)": a degree with its years.
_DEGREE = re.compile(r"^(?P<degree>.+?)\s*·\s*\((?P<span>[^()]*\d{4}[^()]*)\)\s*$")
_PAGE = re.compile(r"^(?:Page|Pag\.?)\s+\d+\s+(?:of|sur|/)\s+\d+$", re.IGNORECASE)
_NAME = re.compile(r"^[A-ZÀ-Þ][\w'’.-]+(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){1,3}$")
_HEADLINE = re.compile(r"\s(?:at|à|chez|@)\s+\S")


def _lines(text: str) -> list[str]:
    return [x.strip() for x in text.splitlines() if x.strip() and not _PAGE.match(x.strip())]


def is_profile_export(text: str) -> bool:
    """Fixed section lines, a sidebar before the story, and export-shaped dates."""
    lines = _lines(text)
    sections = [x for x in lines if x in _STORY_SECTIONS or x in _SIDEBAR_SECTIONS]
    if not any(x in _STORY_SECTIONS for x in sections) or len(sections) < 3:
        return False
    return any(_DATES.match(x) or _DEGREE.match(x) for x in lines) and _owner(lines) is not None


def _owner(lines: list[str]) -> int | None:
    """The name-shaped line over a "<position> at <org>" headline, before the story."""
    for i, line in enumerate(lines[:-1]):
        if line in _STORY_SECTIONS:
            return None
        if (
            line not in _SIDEBAR_SECTIONS
            and _NAME.match(line)
            and _HEADLINE.search(lines[i + 1])
            and lines[i + 1] not in _STORY_SECTIONS
        ):
            return i
    return None


def _experience(lines: list[str]) -> list[str]:
    """One item per position: the title, the organisation, the dates, then what follows."""
    items: list[str] = []
    anchors = [i for i, x in enumerate(lines) if _DATES.match(x)]
    organisation = ""
    for n, i in enumerate(anchors):
        title = lines[i - 1] if i >= 1 else ""
        before = lines[i - 2] if i >= 2 else ""
        if _TOTAL.match(before) and i >= 3:  # several positions at one organisation
            organisation = lines[i - 3]
        elif before and (n == 0 or i - 2 > anchors[n - 1]):
            organisation = before
        end = anchors[n + 1] - 2 if n + 1 < len(anchors) else len(lines)
        if n + 1 < len(anchors) and _TOTAL.match(lines[anchors[n + 1] - 2]):
            end = anchors[n + 1] - 3
        rest = [x for x in lines[i + 1 : end] if not _TOTAL.match(x)]
        span = _DATES.match(lines[i])["span"]
        head = ", ".join(x for x in (title, organisation, span) if x)
        items.append("- " + ". ".join([head, *rest]).replace("..", "."))
    return items


def _education(lines: list[str]) -> list[str]:
    """One item per degree: degree and field, the school on the line above, the years."""
    items = []
    for i, line in enumerate(lines):
        if match := _DEGREE.match(line):
            school = lines[i - 1] if i >= 1 and not _DEGREE.match(lines[i - 1]) else ""
            head = ", ".join(x for x in (match["degree"], school, match["span"]) if x)
            items.append(f"- {head}")
    return items


def profile_export_to_markdown(text: str) -> str:
    """The owner as title, the headline under it, each story section as a list."""
    lines = _lines(text)
    owner = _owner(lines)
    if owner is None:
        return text
    out = [f"# {lines[owner]}", ""]
    body = lines[owner + 1 :]
    starts = [i for i, x in enumerate(body) if x in _STORY_SECTIONS or x in _SIDEBAR_SECTIONS]
    out += [*body[: starts[0] if starts else len(body)], ""]
    for n, start in enumerate(starts):
        heading = body[start]
        section = body[start + 1 : starts[n + 1] if n + 1 < len(starts) else len(body)]
        if heading in _SIDEBAR_SECTIONS:
            continue
        out += [f"## {heading}", ""]
        if any(_DATES.match(x) for x in section):
            out += _experience(section)
        elif any(_DEGREE.match(x) for x in section):
            out += _education(section)
        else:
            out += [" ".join(section)]
        out.append("")
    return "\n".join(out)
