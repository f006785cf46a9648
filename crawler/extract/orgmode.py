"""Org-mode sources (``cv.org``, ``index.org`` of ox-hugo or org-publish sites) → Markdown.

Org marks its structure as plainly as Markdown does, with other signs: ``#+AUTHOR:`` names
the owner, ``*``/``**`` are headings, ``- Term :: value`` a description list, ``|---+---|`` a
table rule, ``/italic/``.  A dated sub-heading ("** 2016--2019 : Doctorat, Université X")
is a CV entry: it becomes a list item whose description lines continue it, as a LaTeX
``\\cventry`` does.  Subtrees tagged ``:noexport:`` (or a tag ``#+EXCLUDE_TAGS:`` names, e.g.
a private address block) are not published and are left out.
"""

from __future__ import annotations

import re

_KEYWORD = re.compile(r"^[ \t]*#\+(\w+):[ \t]*(.*)$", re.M)
_ORG_SOURCE = re.compile(r"^#\+(?:title|author|options|startup|setupfile):", re.I | re.M)
_HEADING = re.compile(r"^(\*+)[ \t]+(.*?)(?:[ \t]+(:[\w@#%:]+:))?[ \t]*$")
_DESCRIPTION = re.compile(r"^([ \t]*)[-+][ \t]+(.+?)[ \t]+::[ \t]*(.*)$")
_TABLE_RULE = re.compile(r"^([ \t]*)\|[-+]+\|?[ \t]*$")
_LINK = re.compile(r"\[\[([^\]]+)\](?:\[([^\]]+)\])?\]")
_EMPHASIS = re.compile(r"(?<![\w/])/(\S(?:[^/\n]*\S)?)/(?![\w/])")
# A property drawer under a heading: ":PROPERTIES:" … ":END:", one ":KEY: value" a line
# (":ADVISOR: Zed Marlow"): the entry's labelled lines.
_DRAWER_MARK = re.compile(r"^[ \t]*:(?:PROPERTIES|END|LOGBOOK):[ \t]*$", re.I)
_PROPERTY = re.compile(r"^[ \t]*:([A-Za-zÀ-ÿ][\w-]*?)\+?:[ \t]+(\S.*)$")
# A comment line ("# copied from ~/org/cv.org") and a planning line ("SCHEDULED: <…>"):
# never exported, no text of the page.
_COMMENT = re.compile(r"^[ \t]*#(?:[ \t]|$)|^[ \t]*(?:SCHEDULED|DEADLINE|CLOSED):")
_DATED = re.compile(r"^(?:\d{1,2}[/.])?(?:19|20)\d\d\b")


def is_org(text: str) -> bool:
    """An Org-mode source: its ``#+TITLE:``/``#+AUTHOR:`` keywords, and star headings."""
    head = text[:5000]
    return bool(_ORG_SOURCE.search(head)) and re.search(r"(?m)^\*+[ \t]+\S", text) is not None


def org_to_markdown(text: str) -> str:
    """Markdown for the structure of an Org-mode source.

    >>> print(org_to_markdown("#+AUTHOR: Ada Quill\\n* Parcours\\n** 2019--2022 : PhD, "
    ...                       "Univ. X\\n   - Advisor :: Zed Marlow\\n").strip())
    # Ada Quill
    <BLANKLINE>
    ## Parcours
    - 2019–2022 : PhD, Univ. X
      Advisor: Zed Marlow
    """
    author = next((m.group(2).strip() for m in _KEYWORD.finditer(text) if m.group(1).lower()
                   == "author" and m.group(2).strip()), "")  # fmt: skip
    lines: list[str] = [f"# {author}", ""] if author else []
    excluded = {"noexport"}.union(
        *(
            m.group(2).split()
            for m in _KEYWORD.finditer(text)
            if m.group(1).lower() == "exclude_tags"
        )
    )
    skipped_level = 0  # inside an excluded subtree of this level
    in_entry = False
    raws = text.splitlines()
    for number, raw in enumerate(raws):
        if lines and lines[-1].startswith("|") and not raw.lstrip().startswith("|"):
            lines.append("")  # a table ends where its rows do
        heading = _HEADING.match(raw)
        if heading:
            level = len(heading.group(1))
            if skipped_level and level > skipped_level:
                continue
            skipped_level = 0
            if heading.group(3) and excluded.intersection(heading.group(3).split(":")):
                skipped_level = level
                continue
            title = _inline(heading.group(2))
            if level >= 2 and (
                _DATED.match(title) or (_DATED_TAIL.search(title) and _leaf(raws, number, level))
            ):
                lines.append(f"- {title}")
                in_entry = True
            else:
                lines.extend(["", f"{'#' * (level + 1)} {title}"])
                in_entry = False
            continue
        if skipped_level:
            continue
        if _KEYWORD.match(raw) or raw.lstrip().startswith("#+") or _COMMENT.match(raw):
            continue
        if not raw.strip():
            if not in_entry:  # (an entry's lines stay together: its item goes on)
                lines.append("")
            continue
        if raw.lstrip().startswith(":"):
            if _DRAWER_MARK.match(raw):
                continue
            prop = _PROPERTY.match(raw)
            if prop:  # ":CO_ADVISOR: X" → "Co advisor: X"
                key = prop.group(1).replace("_", " ").replace("-", " ").capitalize()
                raw = f"{'  ' if in_entry else ''}- {key} :: {prop.group(2)}"
        rule = _TABLE_RULE.match(raw)
        if rule:
            cells = raw.strip().strip("|").split("+")
            lines.append("|" + "|".join("-" * max(3, len(c)) for c in cells) + "|")
            continue
        if raw.lstrip().startswith("|"):
            if in_entry:
                lines.append("")  # a table ends the entry's lines and stands on its own
                in_entry = False
            lines.append(_inline(raw.strip()))
            continue
        description = _DESCRIPTION.match(raw)
        line = (
            f"{description.group(2)}: {description.group(3)}"
            if description
            else raw.strip().removeprefix("- ")
            if in_entry
            else raw.rstrip()
        )
        lines.append(f"  {_inline(line)}" if in_entry else _inline(line))
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return body + "\n"


# A headline ending on its entry's dates ("*** Ada Quill (2015--2019)", "(depuis 2023)").
_DATED_TAIL = re.compile(r"\((?:depuis|since|from|dès)?\s*(?:19|20)\d\d[^()]{0,20}\)\s*$", re.I)


def _leaf(raws: list[str], number: int, level: int) -> bool:
    """The headline at *number* heads no deeper headline: an entry, not a section."""
    for raw in raws[number + 1 :]:
        heading = _HEADING.match(raw)
        if heading:
            return len(heading.group(1)) <= level
    return True


def _inline(text: str) -> str:
    text = _LINK.sub(lambda m: m.group(2) or m.group(1), text)
    text = _EMPHASIS.sub(r"*\1*", text)
    return text.replace("---", "—").replace("--", "–")
