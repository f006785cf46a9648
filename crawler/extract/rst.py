"""reStructuredText sources (Sphinx sites, ``README.rst``, CVs kept as ``.rst``) → HTML.

docutils reads reST as Sphinx and GitHub render it (sections ranked by adornment, field and
definition lists, directives); its HTML is read by the HTML rules.  Crawled text is untrusted:
no file insertion (``include``, ``:file:`` options), no ``raw`` HTML, no config files read, and
every system message dropped instead of halting or printing.
"""

from __future__ import annotations

import re

# A directive or a field list at a line start: what plain text and Markdown do not write.
_RST_MARK = re.compile(r"(?m)^(?:\.\.[ \t]+[\w-]+::|:[A-Za-z][\w \t-]{0,30}:[ \t])")
_ADORNMENT = re.compile(r"^([=\-~^*#+`'\"_:.])\1{2,}[ \t]*$")
# "#. B. Ifeanyi-Sund, ..." : an author's initial right after a list's enumerator, which reST
# would read as a nested lettered list (dropping the letter); escaped, it stays text.
_INITIAL_AFTER_ENUMERATOR = re.compile(r"(?m)^([ \t]*(?:#|\d+)\.[ \t]+)([A-Za-z]\.[ \t])")
_SETTINGS = {
    "_disable_config": True,  # no docutils.conf read from the working directory
    "file_insertion_enabled": False,
    "raw_enabled": False,
    "report_level": 5,  # no system message in the output
    "halt_level": 5,  # never stop on a malformed document
    "warning_stream": False,
    "output_encoding": "unicode",
    "embed_stylesheet": False,
    "stylesheet_path": "",
    "syntax_highlight": "none",
    "math_output": "HTML",
    "docinfo_xform": False,  # the fields under the title stay fields (see _fields_as_lines)
}


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


def rst_to_html(text: str) -> str | None:
    """The HTML page docutils renders from a reST document, its fields as lines; None when
    docutils fails on it (a few hundred nested lists exhaust its recursion)."""
    from docutils.core import publish_doctree, publish_from_doctree

    text = _INITIAL_AFTER_ENUMERATOR.sub(r"\1\\\2", text)
    try:
        document = publish_doctree(text, settings_overrides=_SETTINGS)
        _fields_as_lines(document)
        return publish_from_doctree(document, writer="html5", settings_overrides=_SETTINGS)
    except Exception:  # untrusted text: a parser failure is a page read as plain text
        return None


def _fields_as_lines(document) -> None:
    """A field list (``:Advisor: X``) as one paragraph of "Advisor: X" lines: the labelled
    lines the page rules read (HTML's definition list would split each label from its value)."""
    from docutils import nodes

    for field_list in list(document.findall(nodes.field_list)):
        lines = nodes.paragraph()
        for name, body in (field.children[:2] for field in field_list.children):
            if len(lines):
                lines += nodes.raw("", "<br />", format="html")  # our markup, not the page's
            lines += nodes.Text(f"{name.astext()}: {' '.join(body.astext().split())}")
        field_list.replace_self(lines)
