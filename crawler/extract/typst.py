"""Typst CV sources (``cv.typ``: modern-cv, basic-resume, brilliant-cv, …) → Markdown text.

A Typst CV states its structure in calls: ``= Education`` headings, entry functions with named
arguments (``#resume-entry(title: "PhD", location: "Univ X", date: "2013 - 2018",
description: "…")``, ``#cvEntry(...)``), content blocks (``#resume-item[- Advisor: A]``) and the
owner in the template's settings (``firstname: "Ada", lastname: "Quill"`` or ``name: "…"``).
The result reads as the LaTeX sources' does: ``- date: title, organisation`` with the entry's
description and bullet lines as its continuation lines.
"""

from __future__ import annotations

import re

_TYPST_MARK = re.compile(r'^#(?:import\s+"@preview/|show:\s*\w[\w-]*\.with\()', re.M)
_LINE_COMMENT = re.compile(r"(?m)^[ \t]*//.*$|(?<=[ \t])//[^\n\"]*$")
_BLOCK_COMMENT = re.compile(r"/\*.*?\*/", re.S)
_HEADING = re.compile(r"^(=+)[ \t]+(.+)$", re.M)
# An entry call: ``#name(`` whose arguments are named (``title: …``).
_CALL = re.compile(r"^[ \t]*#([A-Za-z][\w-]*)\(", re.M)
_NAMED = re.compile(r'([A-Za-z][\w-]*)\s*:\s*("(?:[^"\\]|\\.)*"|\[[^\[\]]*\])')
# A content block call: ``#resume-item[ … ]`` (its lines continue the entry above).
_BLOCK = re.compile(r"^[ \t]*#[A-Za-z][\w-]*\[", re.M)
_SECTION_CALL = re.compile(r'^[ \t]*#\w*[sS]ection\(\s*"([^"]+)"\s*\)', re.M)
_DATE_KEYS = ("date", "dates", "period", "years", "year", "start", "end")
_LAST_KEYS = ("description", "details", "summary", "content", "body", "highlights")
_SKIP_KEYS = ("logo", "link", "url", "email", "homepage", "github", "linkedin", "phone")
_FIRST = re.compile(r'\bfirstname\s*:\s*"([^"]+)"')
_LAST = re.compile(r'\blastname\s*:\s*"([^"]+)"')
_OWNER = re.compile(r'^[ \t]*(?:#let\s+)?(?:author|name)\s*[:=]\s*"([^"]{4,60})"', re.M)
_LINK = re.compile(r'#link\("[^"]*"\)(?:\[([^\[\]]*)\])?')
_MARKUP = re.compile(r"(?<![\w\\])[*_]|[*_](?![\w])|\\(?=[@#$*_])")
# The template's settings call (``#show: resume.with(...)``): no entries in it.
_SETTINGS = re.compile(r"^#show:\s*[\w-]+\.with\(", re.M)
# Where a heading, an entry call or a content block starts.
_STARTS = re.compile(r"^[ \t]*(?:=+[ \t]|#[A-Za-z][\w-]*[\[(])", re.M)
_BLANK_RUNS = re.compile(r"\n{3,}")


def is_typst(text: str) -> bool:
    head = text[:5000]
    return bool(_TYPST_MARK.search(head)) and bool(_HEADING.search(text) or _CALL.search(text))


def _clean(value: str) -> str:
    value = value.strip()
    if value[:1] == '"':
        value = value[1:-1].replace('\\"', '"')
    elif value[:1] == "[":
        value = value[1:-1]
    value = _LINK.sub(lambda m: m.group(1) or "", value)
    return " ".join(_MARKUP.sub("", value).split())


def _arguments(text: str, start: int) -> tuple[str, int]:
    """The text inside the parentheses (or brackets) opened just before *start*."""
    opening = text[start - 1]
    closing = ")" if opening == "(" else "]"
    depth, quoted = 1, False
    for position in range(start, len(text)):
        char = text[position]
        if char == '"' and text[position - 1] != "\\":
            quoted = not quoted
        elif not quoted and char == opening:
            depth += 1
        elif not quoted and char == closing:
            depth -= 1
            if depth == 0:
                return text[start:position], position + 1
    return text[start:], len(text)


def _entry(arguments: str) -> str:
    fields = [(k.lower(), _clean(v)) for k, v in _NAMED.findall(arguments)]
    fields = [(k, v) for k, v in fields if v and k not in _SKIP_KEYS]
    if not fields:
        return ""
    dates = [v for k, v in fields if k in _DATE_KEYS]
    last = [v for k, v in fields if k in _LAST_KEYS]
    head = [v for k, v in fields if k not in _DATE_KEYS and k not in _LAST_KEYS]
    line = f"- {' – '.join(dates)}: {', '.join(head)}" if dates else f"- {', '.join(head)}"
    return line + "".join(f"\n  {v}" for v in last)


def _block(content: str, under_entry: bool) -> str:
    lines = []
    for raw in content.splitlines():
        line = _clean(raw.strip().lstrip("-+").strip())
        if line:
            lines.append(f"  {line}" if under_entry else f"- {line}")
    return "\n".join(lines)


def typst_to_markdown(text: str) -> str:
    """Markdown for the structure of a Typst CV source.

    >>> print(typst_to_markdown('#import "@preview/x:0.1.0": *\\n#show: resume.with(author: '
    ...     '(firstname: "Ada", lastname: "Quill"))\\n= Education\\n#resume-entry(title: "PhD",'
    ...     ' location: "Univ X", date: "2019 - 2022")\\n#resume-item[\\n - Advisor: B C\\n]'))
    # Ada Quill
    <BLANKLINE>
    ## Education
    <BLANKLINE>
    - 2019 - 2022: PhD, Univ X
      Advisor: B C
    <BLANKLINE>
    """
    text = _BLOCK_COMMENT.sub("", _LINE_COMMENT.sub("", text))
    first, last = _FIRST.search(text), _LAST.search(text)
    owner = f"{first.group(1)} {last.group(1)}" if first and last else ""
    if not owner and (named := _OWNER.search(text)):
        owner = named.group(1)
    out: list[str] = [f"# {' '.join(owner.split())}", ""] if owner else []
    position, previous_entry = 0, False
    # (the settings call is skipped whole)
    if (settings := _SETTINGS.search(text)) is not None:
        position = _arguments(text, settings.end())[1]
    while (match := _STARTS.search(text, position)) is not None:
        line_start = match.start()
        if heading := _HEADING.match(text, line_start):
            out.append(f"\n{'#' * (len(heading.group(1)) + 1)} {_clean(heading.group(2))}\n")
            position, previous_entry = heading.end(), False
            continue
        if section := _SECTION_CALL.match(text, line_start):
            out.append(f"\n## {section.group(1)}\n")
            position, previous_entry = section.end(), False
            continue
        arguments, position = _arguments(text, match.end())
        if match.group(0).endswith("["):
            block = _block(arguments, previous_entry)
            if block:
                out.append(block)
            continue
        entry = _entry(arguments)
        if entry:
            out.append(entry)
            previous_entry = True
    return _BLANK_RUNS.sub("\n\n", "\n".join(out)).strip() + "\n"
