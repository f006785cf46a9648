"""reStructuredText sources (Sphinx sites, ``README.rst``, CVs kept as ``.rst``) → Markdown.

reST marks sections with punctuation lines under (and optionally over) the title, in any
character, ranked by order of first use; field lists (``:Advisor: X``), directives
(``.. note::``) and definition lists (a year over its indented entry) are its own.  Turned
into Markdown, the page is read by the same rules as any other (as LaTeX CVs are).
"""

from __future__ import annotations

import re

# A directive or a field list at a line start: what plain text and Markdown do not write.
_RST_MARK = re.compile(r"(?m)^(?:\.\.[ \t]+[\w-]+::|:[A-Za-z][\w \t-]{0,30}:[ \t])")
_ADORNMENT = re.compile(r"^([=\-~^*#+`'\"_:.])\1{2,}[ \t]*$")
_FIELD = re.compile(
    r"^(?P<indent>[ \t]*):(?P<name>[A-Za-z][\w \t-]{0,30}):(?:[ \t]+(?P<value>.*))?$"
)
_DIRECTIVE = re.compile(r"^\.\.[ \t]+(?P<name>[\w-]+)::(?P<argument>.*)$")
_ENUMERATED = re.compile(r"^(?P<indent>[ \t]*)#\.[ \t]+")
_INLINE = (
    (re.compile(r"`([^`<]+?)\s*<[^>]+>`__?"), r"\1"),  # `text <url>`_
    (re.compile(r":[\w:-]+:`([^`]+)`"), r"\1"),  # :role:`text`
    (re.compile(r"``([^`]+)``"), r"\1"),  # ``literal``
    (re.compile(r"`([^`]+)`_{0,2}"), r"\1"),  # `interpreted` / `reference`_
)
# Directives whose body is no page text (a table of contents, an image, raw markup).
_SKIPPED = frozenset("contents toctree image figure raw include meta code-block code".split())


def is_rst(text: str) -> bool:
    """Two reST marks (directives, field lists) and a section title adorned in reST's way."""
    if ".." not in text and "\n:" not in text:
        return False
    if len(_RST_MARK.findall(text[:20000])) < 2:
        return False
    lines = text[:20000].split("\n")
    return any(
        _ADORNMENT.match(line) and lines[i - 1].strip() and not _ADORNMENT.match(lines[i - 1])
        for i, line in enumerate(lines[1:], 1)
    )


def rst_to_markdown(text: str) -> str:
    """The Markdown reading of a reST document: ATX headings, plain "Name: value" fields,
    definition-list entries as items, directive bodies as paragraphs."""
    lines = text.replace("\r\n", "\n").replace("\r", "\n").split("\n")
    styles: list[tuple[str, bool]] = []
    out: list[str] = []
    index = 0
    in_definition = False
    skipping = False
    while index < len(lines):
        line = lines[index]
        following = lines[index + 1] if index + 1 < len(lines) else ""
        after = lines[index + 2] if index + 2 < len(lines) else ""
        # "=====\nTitle\n=====" (overlined) or "Title\n=====" (underlined): a section.
        over = _ADORNMENT.match(line)
        if over and following.strip() and _ADORNMENT.match(after):
            style, title, index = (over.group(1), True), following.strip(), index + 3
        elif line.strip() and not line[:1].isspace() and _ADORNMENT.match(following):
            if not _ADORNMENT.match(line):
                style, title, index = (following.strip()[0], False), line.strip(), index + 2
            else:
                index += 1
                continue
        else:
            style = None
        if style is not None:
            if style not in styles:
                styles.append(style)
            out.extend(["", "#" * min(styles.index(style) + 1, 6) + " " + title, ""])
            in_definition = skipping = False
            continue
        index += 1
        if over:
            continue  # a transition line
        directive = _DIRECTIVE.match(line)
        if directive:
            skipping = directive.group("name").lower() in _SKIPPED
            in_definition = False
            out.append("")
            continue
        if skipping:
            if line.strip() and not line[:1].isspace():
                skipping = False
            else:
                continue
        field = _FIELD.match(line)
        if field:
            value = (field.group("value") or "").strip()
            if value:
                indent = "  " if in_definition else ""
                out.append(f"{indent}{field.group('name').strip()}: {value}")
            continue
        if not line.strip():
            # A blank line inside an indented definition body keeps the entry whole.
            if in_definition and following[:1].isspace() and following.strip():
                continue
            in_definition = False
            out.append("")
            continue
        if line[:1].isspace() and in_definition:
            out.append("  " + line.strip())
            continue
        if (
            not line[:1].isspace()
            and following[:1].isspace()
            and following.strip()
            and not line.lstrip().startswith(("*", "-", "+", "#."))
        ):
            out.append("- " + line.strip())  # a definition list's term opens an entry
            in_definition = True
            continue
        line = _ENUMERATED.sub(r"\g<indent>1. ", line)
        out.append(line.strip() if line[:1].isspace() and not in_definition else line)
    markdown = "\n".join(out)
    for pattern, replacement in _INLINE:
        markdown = pattern.sub(replacement, markdown)
    return markdown
