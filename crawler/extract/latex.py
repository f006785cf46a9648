"""LaTeX CV sources (moderncv, europecv, awesome-cv, plain article) → Markdown text.

Sites on GitHub often ship ``cv.tex`` beside the PDF.  Its structure is explicit: ``\\name``
and ``\\author`` give the owner, ``\\section`` the sections, ``\\cventry``/``\\cvitem``/``\\item``
the entries; accents and remaining commands are undone by :func:`crawler.names.repair_text`.
The result goes through the Markdown loader like any other page.
"""

from __future__ import annotations

import re

from crawler.names import repair_text

_LATEX_SOURCE = re.compile(r"\\documentclass|\\begin\{document\}")
_COMMENT = re.compile(r"(?<!\\)%.*$", re.M)
# awesome-cv: \cvsection; europecv: \ecvsection
_SECTION = re.compile(r"\\(?:cv|ecv)?(sub)?section\*?\{([^{}]*)\}")
_NAME = re.compile(
    r"\\(?:name|firstname)\{([^{}]*)\}\s*(?:\{([^{}]*)\}|\\(?:familyname|lastname)"
    r"\{([^{}]*)\})?|\\author\{([^{}]*)\}"
)
# europecv: \ecvname{Surname, Given}
_ECV_NAME = re.compile(r"\\ecvname\{([^{},]*),\s*([^{}]*)\}")
# \cventry{2012--2016}{PhD}{Univ X}{}{}{Advisor: Y}, \cvitem{2023}{...}: brace arguments.
_ENTRY = re.compile(
    r"\\(cventry|cvitem|cvitemwithcomment|cvlistitem|cvdoublecolumn|resumeSubheading|"
    r"cvevent|cvhonor|ecvitem|ecvbigitem)\b"
)
_FORMAT = re.compile(
    r"\\(?:textbf|textit|emph|textsc|underline|small|large|Large|footnotesize|"
    r"href\{[^{}]*\})\s*"
)
_PREAMBLE_COMMANDS = re.compile(
    r"^\s*\\(?:documentclass|usepackage|moderncv\w*|geometry|title|"
    r"address|phone|email|homepage|social|photo|makecvtitle|maketitle|"
    r"begin|end|newcommand|renewcommand|setlength|hypersetup|"
    # awesome-cv's header and page furniture
    r"position|colorlet|definecolor|makecvheader|makecvfooter|mobile|github|linkedin|"
    r"orcid|gitlab|twitter|quote|extrainfo|fontdir|setbool|"
    # europecv's header fields (\ecvaddress, \ecvemail, \ecvfootername, …)
    r"ecv\w*)\b.*$",
    re.M,
)


# A plain article CV sets its owner's name big at the top: {\LARGE \textbf{Ada \textsc{Quill}}}
_BIG_NAME = re.compile(r"\\(?:LARGE|Large|huge|Huge)\b[ \t]*(.*)$", re.M)
_NAME_WORDS = re.compile(r"[A-ZÀ-Þ][\w'’.-]*(?:[ \t]+[A-ZÀ-Þ][\w'’.-]*){1,4}")


def _big_name(body: str) -> str:
    """The name a plain article CV prints in large type at the top of its body, if any."""
    big = _BIG_NAME.search(body[:800])
    if not big:
        return ""
    line = big.group(1).split("\\\\")[0]  # up to the LaTeX line break
    line = re.sub(r"\\[a-zA-Z]+\*?|[{}]", " ", line)
    line = " ".join(repair_text(line).split())
    return line if _NAME_WORDS.fullmatch(line) else ""


def is_latex(text: str) -> bool:
    return bool(_LATEX_SOURCE.search(text[:5000]))


def _arguments(text: str, start: int) -> tuple[list[str], int]:
    """The brace arguments written from *start* on, and where they end."""
    arguments, position = [], start
    while True:
        # awesome-cv writes one argument per line: a single line break between them.
        while (position < len(text) and text[position] in " \t") or (
            text[position : position + 1] == "\n" and "\n" not in text[position + 1 : position + 2]
        ):
            position += 1
        if position >= len(text) or text[position] != "{":
            return arguments, position
        depth, begin = 0, position
        for position in range(begin, len(text)):
            depth += {"{": 1, "}": -1}.get(text[position], 0)
            if depth == 0:
                break
        arguments.append(text[begin + 1 : position])
        position += 1


_DESCRIPTION_BREAK = re.compile(r"\\item\s*|\\newline\b\s*|\\\\\s*")
_YEARISH = re.compile(r"(?:19|20)\d\d|\b(?:present|now|today|current)\b", re.I)
_CVITEMS = re.compile(r"\\(?:begin|end)\{cvitems\}")


def _entry(kind: str, arguments: list[str]) -> str:
    if kind == "cventry":
        dated = next((i for i, a in enumerate(arguments[:5]) if _YEARISH.search(a)), 0)
        if dated:
            # awesome-cv: {title}{organisation}{location}{date}{description}: date first.
            arguments = [arguments[dated], *arguments[:dated], *arguments[dated + 1 :]]
    cells = [" ".join(a.split()) for a in arguments if a.strip()]
    if not cells:
        return ""
    if kind == "cventry" and len(arguments) >= 5 and arguments[-1].strip():
        # The last argument is the entry's description: its lines continue the entry.
        head = [" ".join(a.split()) for a in arguments[1:-1] if a.strip()]
        description = _CVITEMS.sub("", arguments[-1])
        # (moderncv descriptions break lines with \newline or \\ as often as \item)
        lines = [" ".join(line.split()) for line in _DESCRIPTION_BREAK.split(description)]
        body = "".join(f"\n  {line.strip('{} ')}" for line in lines if line.strip("{} "))
        return f"- {cells[0]}: {', '.join(head)}{body}"
    if len(cells) == 1:
        return f"- {cells[0]}"
    return f"- {cells[0]}: {', '.join(cells[1:])}"


def latex_to_markdown(text: str) -> str:
    """Markdown for the structure of a LaTeX CV source.

    >>> source = ("\\\\documentclass{moderncv}\\\\name{Ada}{Quill}\\n\\\\section{Education}\\n"
    ...           "\\\\cventry{2019--2022}{PhD}{Univ. X}{}{}{}")
    >>> print(latex_to_markdown(source).strip())
    # Ada Quill
    <BLANKLINE>
    ## Education
    <BLANKLINE>
    - 2019–2022: PhD, Univ. X
    """
    text = _COMMENT.sub("", text)
    title = ""
    name = _NAME.search(text)
    ecv_name = _ECV_NAME.search(text) if "\\ecvname" in text else None
    if name:
        parts = [p for p in name.groups() if p]
        title = f"# {repair_text(' '.join(parts))}\n"
    elif ecv_name:
        title = f"# {repair_text(ecv_name.group(2).strip() + ' ' + ecv_name.group(1).strip())}\n"
    text = _NAME.sub("", text)
    begin = text.find("\\begin{document}")
    if begin >= 0:
        # the preamble only sets the page up (\pagestyle, \setlist, …): the CV is the body
        text = text[begin + len("\\begin{document}") :]
    if not title and (big := _big_name(text)):
        title = f"# {big}\n"
        start, end = _BIG_NAME.search(text).span()
        text = text[:start] + text[end:]
    pieces, position = [], 0
    for match in _ENTRY.finditer(text):
        arguments, end = _arguments(text, match.end())
        pieces.append(text[position : match.start()])
        pieces.append("\n" + _entry(match.group(1), arguments) + "\n")
        position = end
    pieces.append(text[position:])
    text = "".join(pieces)
    text = _SECTION.sub(lambda m: f"\n{'###' if m.group(1) else '##'} {m.group(2)}\n", text)
    text = _PREAMBLE_COMMANDS.sub("", text)
    text = re.sub(r"\\item\s*", "\n- ", text)
    text = _FORMAT.sub("", text)
    text = (
        re.sub(r"\\newline\b", "\n", text)
        .replace("\\\\", "\n")
        .replace("---", "—")
        .replace("--", "–")
    )
    lines = [repair_text(line).rstrip() for line in text.split("\n")]
    body = re.sub(r"\n{3,}", "\n\n", "\n".join(lines)).strip()
    return f"{title}\n{body}\n" if title else f"{body}\n"
