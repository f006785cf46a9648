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
# (a heading's accents keep their braces: \section{Exp{\'e}rience})
_SECTION = re.compile(r"\\(?:cv|ecv)?(sub)?(?:section|chapter)\*?\{((?:[^{}]|\{[^{}]*\})*)\}")
# A thesis template's text macros: \newcommand{\theseDate}{14 mars 2023}, used in the body.
_TEXT_MACRO = re.compile(r"\\(?:re)?newcommand\*?\s*\{\\([A-Za-z]+)\}\s*\{([^{}\\\n]{2,200})\}")
# A source line that goes on in the next one (LaTeX joins them): prose, not a command,
# an item, a heading or a table row.
_SOFT_WRAP = re.compile(r"(?<=[^\s\\}&])[ \t]*\n(?=[ \t]*[^\s\\%#&\-])")
_SKIP_BREAK = re.compile(r"\\\\\[[^\]\n]*\]")
_NAME = re.compile(
    r"\\(?:name|firstname)\{([^{}]*)\}\s*(?:\{([^{}]*)\}|\\(?:familyname|lastname)"
    r"\{([^{}]*)\})?|\\author\{([^{}]*)\}"
)
# A thesis source's PDF metadata: \hypersetup{pdfauthor={Ada Quill}} names its author, whose
# title page sets the thesis's title (not a name) in the largest type.
_PDF_AUTHOR = re.compile(r"\bpdfauthor\s*=\s*\{([^{}\\]{4,80})\}")
# \par ends a paragraph (title pages close each group with it): a line break.
_PAR = re.compile(r"\\par(?![A-Za-z])")
# europecv: \ecvname{Surname, Given}; europasscv: \ecvname{Given \textsc{Surname}}
_ECV_NAME = re.compile(r"\\ecvname\{((?:[^{}]|\{[^{}]*\})*)\}")
# \og Interfaces\fg{}: French quotation marks.
_GUILLEMETS = re.compile(r"\\og(?![A-Za-z])(?:\{\})?[ \t]*|[ \t]*\\fg(?![A-Za-z])(?:\{\})?")
# \cventry{2012--2016}{PhD}{Univ X}{}{}{Advisor: Y}, \cvitem{2023}{...}: brace arguments.
_ENTRY = re.compile(
    r"\\(cventry|cvitem|cvitemwithcomment|cvlistitem|cvdoublecolumn|resumeSubheading|"
    r"cvevent|cvhonor|ecvitem|ecvbigitem|ecvtitle|resumeSubSubheading|resumeProjectHeading)\b"
)
# A CV's own entry macro: \newcommand{\entry}[2]{\textbf{#1}\hfill #2} used as
# \entry{Ph.D., University X}{2010--2015}: its arguments are an entry's cells.
_OWN_MACRO = re.compile(r"\\(?:re)?newcommand\*?\s*\{?\\([A-Za-z]+)\}?\s*\[([2-6])\]")
_FORMAT = re.compile(
    r"\\(?:textbf|textit|emph|textsc|underline|small|large|Large|LARGE|huge|Huge|"
    r"footnotesize|normalsize|scshape|bfseries|itshape|bf|it|sc|rm|sf|noindent|hfill|"
    r"textsuperscript|"
    r"(?:href|vspace|hspace)\*?\{[^{}]*\})(?![A-Za-z])\s*"
)
# Size and font switches inside a name argument (res.cls: \name{\LARGE Ada Quill}).
_SWITCHES = re.compile(
    r"\\(?:LARGE|Large|large|huge|Huge|bf|bfseries|sc|scshape|textbf|textsc)(?![A-Za-z])\s*"
)
# currvita: \begin{cv}{Ada Quill} holds the owner, \begin{cvlist}{Education} a section.
_CURRVITA_OWNER = re.compile(r"\\begin\{cv\}\s*\{((?:[^{}]|\{[^{}]*\})+)\}")
_CURRVITA_SECTION = re.compile(r"\\begin\{cvlist\}\s*\{([^{}]*)\}")
# curve: \leftheader{{\LARGE Ada Quill}\\ ...} in the preamble holds the owner,
# \begin{rubric}{Education} a section, \subrubric{PhD students} a subsection and
# \entry*[2015--2019] PhD ... an entry whose label is its date.
_CURVE_HEADER = re.compile(r"\\(?:left|right)header\s*(?=\{)")
_CURVE_SECTION = re.compile(r"\\(?:begin\{rubric\}|(sub)rubric)\s*\{([^{}]*)\}")
_CURVE_ENTRY = re.compile(r"\\entry\*?[ \t]*\[([^\]]*)\]\s*")
# Jake's resume and other article CVs: the name set in a huge font at the top of the body.
_HUGE_NAME = re.compile(
    r"\\(?:Huge|huge|LARGE)\s*(?:\\(?:scshape|bfseries|sc|bf)\s*)*([^{}\\\n]{4,60}?)\s*[}\\\n]"
)
# \item[2015--2019] PhD ...: the label is the entry's date.
_LABELLED_ITEM = re.compile(r"\\item\s*\[([^\]]*)\]\s*")
# An entry's bullet list (awesome-cv/AltaCV itemize, Jake's \resumeItemListStart): its
# items continue the entry, as a cventry's description does.
_ENTRY_ITEMS = re.compile(r"\s*(?:\\begin\{itemize\}(?:\[[^\]]*\])?|\\resumeItemListStart\b)")
_ENTRY_ITEMS_END = re.compile(r"\\end\{itemize\}|\\resumeItemListEnd\b")
_ITEM_MARK = re.compile(r"\\(?:resumeItem|resumeSubItem|item)\b\s*")
_BARE_COMMAND = re.compile(r"^\s*\\[A-Za-z]+\s*$", re.M)
# Page furniture with its argument: a logo, a page style ("\includegraphics[width=3cm]{logo}").
_FURNITURE = re.compile(
    r"\\(?:includegraphics|thispagestyle|pagestyle)\*?(?:\[[^\]\n]*\])?\{[^{}\n]*\}"
)
# A title page's field label set alone on its line, its value on the lines under it
# ("{\large \textbf{Relatore:}}\\" / "Prof. A\\[0.4cm]"): a field of its own.
_LABEL_LINE = re.compile(r"(?<=[^\n])\n(?=[^\W\d][^\n:]{1,40}:[ \t]*\n(?![ \t]*\n))")
# A tabular row (res.cls ncolumn, tabular CVs): "Ph.D. & Univ. X & 2014--2019 \\".
_ROW = re.compile(r"^[ \t]*([^&\n]+(?:&[^&\n]*)+?)[ \t]*(?:\\\\)?[ \t]*$", re.M)
_PREAMBLE_COMMANDS = re.compile(
    r"^\s*\\(?:documentclass|usepackage|moderncv\w*|geometry|title|"
    r"address|phone|email|homepage|social|photo|makecvtitle|maketitle|"
    r"begin|end|newcommand|renewcommand|setlength|hypersetup|addcontentsline|"
    # awesome-cv's header and page furniture
    r"position|colorlet|definecolor|makeheaders|rubricfont|subrubricfont|prefix|"
    r"leftheader|rightheader|subtitle|makecvheader|makecvfooter|mobile|github|linkedin|"
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
    if kind in ("cventry", "cvevent", "cvhonor") or kind.startswith("resume") or kind[:1] == "!":
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


# A table's header row ("Name & Degree & Years & Notes"): column titles, not an entry.
_COLUMN_TITLE = re.compile(
    r"(?:names?|students?|degrees?|years?|dates?|period|notes?|remarks?|role|position|"
    r"current position|first position|title|thesis(?: title)?|topic|status|level|program(?:me)?|"
    r"co-?(?:advisor|supervisor)s?|institution|affiliation|now)",
    re.I,
)


_FORMAT_OR_BREAK = re.compile(r"\\[A-Za-z]+\*?|[{}\\]")
# A label cell of a two-column title-page table ("Zweitgutachter:", "Tag der Prüfung:").
_LABEL_CELL = re.compile(r"[^\W\d][^:\\{}]{1,60}:")


def _row(match: re.Match, label: list[str]) -> str:
    """A tabular row as a list entry, its date cell first (as a cventry's).  *label* holds
    the label cell of the row above and where that row ended."""
    cells = [" ".join(c.split()).rstrip("\\ ") for c in re.split(r"(?<!\\)&", match.group(1))]
    cells = [c for c in cells if c]
    dated = next((i for i, c in enumerate(cells) if _YEARISH.search(c)), None)
    if len(cells) == 2 and dated != 0 and _LABEL_CELL.fullmatch(cells[0]):
        # "Erstgutachterin: & Prof. Dr. A \\", "Tag der Prüfung: & 26. April 2024": a title
        # page's label and its value
        return f"{cells[0]} {cells[1]} \\\\"
    if dated is None and len(cells) > 2 and _LABEL_CELL.fullmatch(cells[0]):
        # a jury table "Examinateurs : & A & Professeure, Univ. X \\": the label's line, its
        # value's cells read as one; the rows under it with an empty label cell share it
        label[:] = [cells[0], str(match.end())]
        return f"{cells[0]} {', '.join(cells[1:])} \\\\"
    if (
        dated is None
        and len(cells) > 1
        and label
        and int(label[1]) + 1 == match.start()
        and not match.group(1).split("&")[0].strip()
    ):
        label[1] = str(match.end())
        return f"{label[0]} {', '.join(cells)} \\\\".lstrip()
    if dated is None and len(cells) >= 2:
        titles = [re.sub(r"\\[A-Za-z]+|[{}]", "", c).strip(" :") for c in cells]
        if all(_COLUMN_TITLE.fullmatch(t) for t in titles):
            return ""
    if dated is None and len(cells) == 1 and not match.group(1).split("&")[0].strip():
        # "& Universität X \\" under a label row: the value's next line, no cell of its own
        return f"  {cells[0]} \\\\"
    if dated is None and len(cells) > 1 and match.group(1).split("&")[0].strip():
        above = match.string[: match.start()].rstrip().rpartition("\n")[2]
        if (label and int(label[1]) + 1 == match.start()) or _FORMAT_OR_BREAK.sub(
            "", above
        ).rstrip().endswith(":"):
            # "Rapporteurs :" over rows "A & Professeure, Univ. X \\": a table of people
            # under a field label, each row's cells read as one line
            label[:] = ["", str(match.end())]
            return f"{', '.join(cells)} \\\\"
    if dated is None or len(cells) < 2:
        return match.group(0)
    rest = [c for i, c in enumerate(cells) if i != dated]
    return f"- {cells[dated]}: {', '.join(rest)}"


def _curve_entry(match: re.Match) -> str:
    """A curve ``\\entry*[label]`` as a list entry, its label (a date) first; a bare
    ``\\entry*[]`` holding a table or list only opens a new line."""
    label = match.group(1).strip()
    if match.string.startswith("\\begin", match.end()):
        return f"\n- {label}\n" if label else "\n"
    return f"\n- {label}: " if label else "\n- "


def _one_value_field(paragraph: str) -> str:
    """ "Relatore:" / "Prof. A" / "(Univ. X)": a label over one value (its institution in
    brackets under it) as one field line, "Relatore: Prof. A"."""
    lines = paragraph.split("\n")
    if (
        len(lines) > 1
        and _LABEL_ALONE.fullmatch(lines[0])
        and all(line.lstrip().startswith("(") for line in lines[2:])
    ):
        return "\n".join([f"{lines[0].rstrip()} {lines[1].strip()}", *lines[2:]])
    return paragraph


_LABEL_ALONE = re.compile(r"[^\W\d][^\n:]{1,40}:[ \t]*")


def _join_soft_wraps(text: str) -> str:
    """Prose paragraphs of the source as one line each (LaTeX joins a paragraph's lines):
    only where a line of prose goes on in another line of prose."""
    out = []
    for para in text.split("\n\n"):
        lines = para.split("\n")
        if len(lines) > 1 and sum(len(line) >= 40 for line in lines) * 2 >= len(lines):
            para = _SOFT_WRAP.sub(" ", para)
        out.append(para)
    return "\n\n".join(out)


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
    name = (
        _NAME.search(text)
        or _CURRVITA_OWNER.search(text)
        or (_PDF_AUTHOR.search(text) if "pdfauthor" in text else None)
    )
    ecv_name = _ECV_NAME.search(text) if "\\ecvname" in text else None
    body_at = text.find("\\begin{document}")
    if not name and not ecv_name and body_at >= 0:
        name = _HUGE_NAME.search(text, body_at)
    if (
        not name
        and not ecv_name
        and "header" in text[:body_at]
        and (
            big := next(
                (
                    b
                    for h in _CURVE_HEADER.finditer(text, 0, max(body_at, 0))
                    if (b := _big_name("".join(_arguments(text, h.end())[0][:1])))
                ),
                "",
            )
        )
    ):
        title = f"# {big}\n"
    if name:
        parts = [_SWITCHES.sub("", p) for p in name.groups() if p]
        title = f"# {repair_text(' '.join(' '.join(parts).split()))}\n"
    elif ecv_name:
        full = " ".join(repair_text(_SWITCHES.sub("", ecv_name.group(1))).split())
        surname, comma, given = full.partition(",")
        title = f"# {f'{given.strip()} {surname.strip()}' if comma else full}\n"
    entry_pattern, own = _ENTRY, set()
    if body_at >= 0 and "newcommand" in text[:body_at]:
        own = {m.group(1) for m in _OWN_MACRO.finditer(text, 0, body_at)} - {"name", "section"}
        if own:
            names = "|".join(sorted(map(re.escape, own)))
            entry_pattern = re.compile(rf"{_ENTRY.pattern[:-3]}|{names})\b")
    chaptered = "\\chapter" in text  # a thesis's source: prose paragraphs, wrapped
    macros = dict(_TEXT_MACRO.findall(text, 0, body_at)) if body_at >= 0 else {}
    if body_at >= 0:  # the preamble defines macros and layout, never facts
        text = text[body_at + len("\\begin{document}") :]
    if macros:  # "soutenue le \theseDate": the text the template's macro stands for
        text = re.sub(
            r"\\([A-Za-z]+)(?![A-Za-z])(?:\{\})?",
            lambda m: macros.get(m.group(1), m.group(0)),
            text,
        )
    text = _NAME.sub("", text)
    if name and name.re is _HUGE_NAME:
        text = text.replace(name.group(0), name.group(0)[-1], 1)
    elif not title and (big := _big_name(text)):
        title = f"# {big}\n"
        start, end = _BIG_NAME.search(text).span()
        text = text[:start] + text[end:]
    text = _CURRVITA_OWNER.sub("", text)
    text = _CURRVITA_SECTION.sub(lambda m: f"\n## {m.group(1)}\n", text)
    if "rubric" in text:
        text = _CURVE_SECTION.sub(
            lambda m: f"\n{'###' if m.group(1) else '##'} {m.group(2)}\n", text
        )
        text = _CURVE_ENTRY.sub(_curve_entry, text)
    pieces, position, opened = [], 0, False
    for match in entry_pattern.finditer(text):
        if match.start() < position:
            continue
        arguments, end = _arguments(text, match.end())
        pieces.append(text[position : match.start()])
        kind = match.group(1)
        entry = _entry(f"!{kind}" if kind in own else kind, arguments)
        if kind == "ecvitem" and opened and not pieces[-1].strip():
            # europasscv: \ecvtitle{2014--2018}{PhD} then \ecvitem{}{Univ. X, advisor Y}
            # lines: the heading's entry goes on (a label stays at its line's head).
            pieces.pop()
            pieces[-1] = pieces[-1][:-1] + "\n  " + entry[2:].lstrip(": ") + "\n"
            position = end
            continue
        opened = kind == "ecvtitle"
        items = _ENTRY_ITEMS.match(text, end) if entry.startswith("- ") else None
        closing = items and _ENTRY_ITEMS_END.search(text, items.end())
        if closing:
            for item in _ITEM_MARK.split(text[items.end() : closing.start()]):
                line = " ".join(item.split()).strip("{} ")
                if line:
                    entry += f"\n  {line}"
            end = closing.end()
        pieces.append("\n" + entry + "\n")
        position = end
    pieces.append(text[position:])
    text = "".join(pieces)
    text = _SECTION.sub(lambda m: f"\n{'###' if m.group(1) else '##'} {m.group(2)}\n", text)
    text = _PREAMBLE_COMMANDS.sub("", text)
    text = _BARE_COMMAND.sub("", text)
    if "\\includegraphics" in text or "pagestyle" in text:
        text = _FURNITURE.sub("", text)
    text = _PAR.sub("\n", text)
    text = _LABELLED_ITEM.sub(lambda m: f"\n- {m.group(1)}: " if m.group(1) else "\n- ", text)
    if "&" in text:
        label: list[str] = []
        text = _ROW.sub(lambda m: _row(m, label), _SKIP_BREAK.sub("\\\\", text))
    text = re.sub(r"\\(?:item|resumeItem|resumeSubItem)\b\s*", "\n- ", text)
    text = _FORMAT.sub("", text)
    if "\\og" in text:
        text = _GUILLEMETS.sub(lambda m: "« " if m.group().startswith("\\og") else " »", text)
    text = _SKIP_BREAK.sub("\\\\", text)
    if chaptered:
        text = _join_soft_wraps(text)
    text = (
        re.sub(r"\\newline\b", "\n", text)
        # ("line \\" then the source's own line break: one break, the entry goes on)
        .replace("\\\\\n", "\n")
        .replace("\\\\", "\n")
        .replace("---", "—")
        .replace("--", "–")
    )
    lines = [repair_text(line).rstrip() for line in text.split("\n")]
    body = "\n".join(lines)
    if _LABEL_LINE.search(body):
        body = "\n\n".join(map(_one_value_field, _LABEL_LINE.sub("\n\n", body).split("\n\n")))
    body = re.sub(r"\n{3,}", "\n\n", body).strip()
    return f"{title}\n{body}\n" if title else f"{body}\n"
