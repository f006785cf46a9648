"""Loading one document (HTML, Markdown + front matter, PDF, BibTeX, YAML, text) into blocks.

Every format becomes the same :class:`Document`: an ordered list of :class:`Block` (heading,
list item or paragraph), each knowing the headings above it, so that rules reason about
structure ("an item of the *PhD students* section") rather than about one theme's markup.
"""

from __future__ import annotations

import json
import re
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum

import ftfy

from crawler.charsets import wide_encoding, writes_lead_byte
from crawler.extract.asciidoc import asciidoc_to_markdown, is_asciidoc
from crawler.extract.dates import MONTH, SINCE_WORDS
from crawler.extract.lexicon import LEXICON
from crawler.extract.persons import name_from_piece
from crawler.extract.profile_export import is_profile_export, profile_export_to_markdown
from crawler.extract.ris import ris_to_bibtex
from crawler.extract.rst import is_rst, rst_to_html
from crawler.names import romanised_names_first, western_names_first


class DocumentFormat(StrEnum):
    HTML = "html"
    MARKDOWN = "markdown"
    PDF = "pdf"
    BIBTEX = "bibtex"
    YAML = "yaml"
    JSON = "json"
    TEXT = "text"


class BlockKind(StrEnum):
    HEADING = "heading"
    ITEM = "item"
    PARAGRAPH = "paragraph"


@dataclass(slots=True)
class Block:
    """One structural unit of text; ``text`` keeps its inner line breaks."""

    kind: BlockKind
    text: str
    level: int = 0
    section: tuple[str, ...] = ()
    _lines: list[str] | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def lines(self) -> list[str]:
        """The non-blank lines (worked out once: every rule asks; do not modify the list)."""
        lines = self._lines
        if lines is None:
            lines = self._lines = [line for line in self.text.split("\n") if line.strip()]
        return lines


@dataclass
class Document:
    """A loaded document: blocks plus what the page says about itself (title, meta, links)."""

    source: str
    format: DocumentFormat
    blocks: list[Block] = field(default_factory=list)
    title: str | None = None
    meta: dict = field(default_factory=dict)
    links: list[str] = field(default_factory=list)
    bibtex: str | None = None
    _text: tuple | None = field(default=None, init=False, repr=False, compare=False)

    @property
    def text(self) -> str:
        """The blocks' texts, one a line: joined once per blocks list (rules read it a dozen
        times a page).  Loading assigns a new list at each step; once built, a document's
        blocks list and its blocks' texts are never edited in place."""
        blocks = self.blocks
        joined = self._text
        if joined is None or joined[0] is not blocks:
            joined = self._text = (blocks, "\n".join(block.text for block in blocks))
        return joined[1]


def wide_text(body: bytes) -> str | None:
    """A UTF-16 or UTF-32 page as text (every other reader takes one for binary); None for
    bytes in any one-byte encoding or UTF-8."""
    encoding = wide_encoding(body)
    return body.decode(encoding, "replace") if encoding else None


def decode(body: bytes | str, content_type: str | None = None) -> str:
    """Bytes → text: declared charset, else UTF-8, else Latin-1; mojibake repaired by ftfy.
    (UTF-16/32 bytes are turned to text by ``engine.extract`` before anything reads them.)"""
    if isinstance(body, str):
        text = body
    else:
        charset = None
        if content_type:
            match = re.search(r"charset=([\w-]+)", content_type, re.I)
            charset = match.group(1) if match else None
        if charset is None:
            match = re.search(rb"<meta[^>]+charset=[\"']?([\w-]+)", body[:4096], re.I)
            charset = match.group(1).decode("ascii") if match else None
        text = None
        for encoding in (charset, "utf-8", "cp1252", "latin-1"):
            if not encoding:
                continue
            try:
                text = body.decode(encoding)
                break
            except (LookupError, UnicodeDecodeError):
                continue
    if not text.isascii() and any(c in text for c in _MOJIBAKE_LEAD) and _MOJIBAKE.search(text):
        # ftfy costs ~10 ms on a 20 KB page: only pay it where mojibake is likely.
        return _drop_loose_marks(ftfy.fix_text(text, normalization="NFC"))
    return _drop_loose_marks(unicodedata.normalize("NFC", text))


# A combining accent NFC could not fold into its letter ("Adébáyọ̀": the dot-below o has no
# precomposed grave): left in, it splits the word for every \w pattern, and the name with it.
_LOOSE_MARK = re.compile(r"(?<=[^\W\d_])[\u0300-\u036f]+")
_COMBINING_LEADS = (b"\xcc", b"\xcd")  # UTF-8 lead bytes of U+0300–U+037F


def _drop_loose_marks(text: str) -> str:
    """*text* without the Latin combining accents left over after NFC."""
    if not writes_lead_byte(text, _COMBINING_LEADS):
        return text
    return _LOOSE_MARK.sub("", text)


# Sequences UTF-8 text takes when decoded as Latin-1/CP1252 ("Ã©", "â€™", "Â ").
_MOJIBAKE = re.compile("[ÃÂâÅÄ][\u0080-\u00bf\u2018-\u203a\u0152-\u0178\u02c6\u02dc]|\ufffd")
# The characters a match starts with: a fast scan before the full pattern (one ``in`` per
# character runs in C at memory speed, a character class steps through the text).
_MOJIBAKE_LEAD = "ÃÂâÅÄ\ufffd"


_BIBTEX_ENTRY = re.compile(
    r"^\s*@(?:article|inproceedings|incollection|book|misc|phdthesis|"
    r"mastersthesis|techreport|unpublished|proceedings|inbook|online|"
    r"conference|thesis|report)\s*\{",
    re.I | re.M,
)
_ATX_HEADING = re.compile(r"(?m)^#{1,6}[ \t]+\S")
_HTML_PAGE = re.compile(r"<(?:!doctype|html|head|body)\b", re.I)


def _markdown_with_html(head: str, content_type: str | None) -> bool:
    """A README that opens on centred HTML (a banner, badges) and goes on in Markdown
    ("# Lab", "### Alumni", pipe tables): Markdown with inline HTML, no HTML page."""
    return (
        "#" in head
        and not (content_type and "html" in content_type)
        and len(_ATX_HEADING.findall(head)) >= 2
        and _HTML_PAGE.search(head) is None
    )


_HTML_MARK = re.compile(
    r"<(?:!doctype\s+html|html|head|body|div|p|ul|li|h[1-6]|table|span|a\s)\b", re.I
)


_EMPTY_FRONT_MATTER = re.compile(r"\A---[ \t]*\r?\n(?:[ \t]*\r?\n)*---[ \t]*\r?\n")


def sniff(body: bytes | str, source: str = "", content_type: str | None = None) -> DocumentFormat:
    """The document's format, read from its content (seeds come as ``.txt``)."""
    if isinstance(body, bytes) and body.lstrip()[:5] == b"%PDF-":
        return DocumentFormat.PDF
    head = body[:6000] if isinstance(body, str) else body[:6000].decode("utf-8", "replace")
    stripped = head.lstrip("\ufeff \t\r\n")
    if stripped.startswith(("---\n", "---\r\n", "+++\n", "+++\r\n")):
        # jekyll-scholar's papers.bib opens on an empty front matter ("---\n---")
        after = _EMPTY_FRONT_MATTER.sub("", stripped, count=1)
        if after is not stripped and after.lstrip().startswith("@") and _BIBTEX_ENTRY.search(after):
            return DocumentFormat.BIBTEX
        return DocumentFormat.MARKDOWN
    if content_type and "pdf" in content_type:
        return DocumentFormat.PDF
    if (
        _HTML_MARK.search(head)
        and (
            stripped.startswith("<")
            or len(_HTML_MARK.findall(head)) >= 5
            or (content_type and "html" in content_type)
        )
        and not _markdown_with_html(head, content_type)
    ):
        return DocumentFormat.HTML
    if len(_BIBTEX_ENTRY.findall(head)) >= 1 and stripped.startswith(("@", "%")):
        return DocumentFormat.BIBTEX
    if stripped.startswith("TY  -"):  # a RIS reference export, read as BibTeX
        return DocumentFormat.BIBTEX
    if stripped.startswith(("{", "[")) and source.lower().endswith(".json"):
        return DocumentFormat.JSON
    lower = source.lower()
    if lower.endswith((".yml", ".yaml", ".toml")):
        return DocumentFormat.YAML
    if lower.endswith((".md", ".markdown", ".qmd", ".rmd", ".jemdoc")):
        return DocumentFormat.MARKDOWN
    if _BIBTEX_ENTRY.search(head):
        return DocumentFormat.BIBTEX
    if ":" in head or "=" in head:
        if data_file_syntax(head):
            return DocumentFormat.YAML
    return DocumentFormat.TEXT


# A data file's top-level lines: YAML ``key: value`` / ``- key: value`` / ``- item``, TOML
# ``key = value`` / ``[table]`` / ``[[array]]``; indented lines continue a record.
_YAML_TOP = re.compile(r"""^(?:-[ \t]+)?["']?[\w][\w .'"-]{0,40}:(?:[ \t]|$)|^-[ \t]+\S""")
_TOML_TOP = re.compile(r"^\[\[?[\w.\-\"' ]+\]\]?[ \t]*(?:#.*)?$|^[\w\-\"']+[ \t]*=[ \t]*\S")
DATA_FILE_LINES = 4  # lines: fewer say nothing about the file's syntax
_DATA_SUFFIXES = (".yml", ".yaml", ".toml", ".json")


def data_file_syntax(head: str) -> str | None:
    """ "yaml" or "toml" when a file saved without its extension (a crawler's ``.txt``) is a
    data file (``_data/people.yml``, ``data/cv.toml``): every top-level line a key, a list
    entry or a table header, else None (prose, a CV in plain text)."""
    lines = [line for line in head.splitlines()[:200] if line.strip() and line.lstrip()[:1] != "#"]
    top = [line for line in lines if not line[:1].isspace()]
    if not top or len(lines) < DATA_FILE_LINES:
        return None
    if ("](" in head or "**" in head) and _ATX_HEADING.search(head):
        return None  # "# A" headings over "- **PhD**: …" items: Markdown, not YAML comments
    if all(_TOML_TOP.match(line) for line in top) and any(line[:1] == "[" for line in top):
        return "toml"
    if all(_YAML_TOP.match(line) for line in top) and any(":" in line for line in top):
        return "yaml"
    return None


_STACKED_NAME = re.compile(
    r"[A-ZÀ-Þ][a-zà-ÿ'’-]+\n[A-ZÀ-Þ][\w'’-]+|[A-ZÀ-Þ'’-]{2,}\n[A-ZÀ-Þ'’-]{2,}"
)


# A PDF line that goes on from the line above: it opens with a colon or with a preposition
# ("de", "of", "by") before a word, right after a letter (a wrap, no entry of its own).
_CONTINUED_LINE = re.compile(
    r"(?<=[^\W\d_])\n(?=[:;][ \t]|(?:de|d'|du|des|of|by)[ \t]+(?!\d)[^\W\d_])"
)

# A footnote's call set on the line after a bracket ("co-direction avec A (50 %)1."): the
# superscript read as a plain digit, then a stop, a comma or the line's end.
_FOOTNOTE_CALL = re.compile(r"(?<=[%\w])\)\d{1,2}(?=[.;,]?(?:[ \t]|$))", re.M)


def load(
    body: bytes | str,
    source: str,
    content_type: str | None = None,
    placeholders: dict[str, str] | None = None,
    handles: dict[str, str] | None = None,
) -> Document:
    """Load *body* into a :class:`Document` of the sniffed format (*handles*: a site's author
    handles, as Hugo Blox front matter lists them)."""
    head = body[:400] if isinstance(body, str) else body[:400].decode("utf-8", "replace")
    if "<feed" in head or "<rss" in head:
        # an Atom/RSS news feed: its entries' escaped HTML read as one page of articles
        from crawler.extract.feeds import feed_to_html

        page = feed_to_html(body if isinstance(body, str) else decode(body, content_type))
        if page is not None:
            body, content_type = page, "text/html"
    fmt = sniff(body, source, content_type)
    if fmt is DocumentFormat.PDF:
        from crawler.extract.pdf import pdf_text

        text = pdf_text(body if isinstance(body, bytes) else body.encode("latin-1", "replace"))
        from crawler.extract.markdown import load_markdown
        from crawler.extract.pdf import SPACED_CAPS_HINT, join_spaced_capitals

        if SPACED_CAPS_HINT.search(text):
            text = join_spaced_capitals(text)  # "E D U C A T I O N": a letter-spaced title

        if is_profile_export(text):  # a profile's "Save to PDF": fixed section lines
            document = load_markdown(profile_export_to_markdown(text), source)
            document.format = DocumentFormat.PDF
            return document
        if "\n" in text:
            # "… sous la direction" / "de A et de B" (a line wrapped before its preposition or
            # its colon, "jury" / ": A (rapporteur)"): one sentence again
            text = _CONTINUED_LINE.sub(" ", text)
        if ")" in text:
            text = _FOOTNOTE_CALL.sub(")", text)  # "(50 %)1." a footnote's call, set level
        document = load_markdown(text, source, plain=True, soft_wraps=False)
        document.format = DocumentFormat.PDF
        document.blocks = labelled_committee_lists(join_dated_entries(document.blocks))
        first = document.blocks[0] if document.blocks else None
        if (
            first is not None
            and first.text.count("\n") == 1
            and _STACKED_NAME.fullmatch(first.text)
        ):
            # "Henrike" over "Castellví" (a CV class's title sets the given and family names
            # on lines of their own): one name
            document.blocks[0] = Block(
                BlockKind.HEADING, first.text.replace("\n", " "), first.level, first.section
            )
        if "following" in text or "suivants" in text:
            document.blocks = signature_lists(document.blocks)
        if "_____" in text:
            document.blocks = signature_rule_lines(document.blocks)
        if ":\n" in text or "：\n" in text:
            document.blocks = role_labels_joined(document.blocks)
        return document
    tree = None
    if fmt is DocumentFormat.TEXT and _TREE_LEGEND.search(
        body[:TREE_LEGEND_CHARS]
        if isinstance(body, str)
        else body[:TREE_LEGEND_CHARS].decode("utf-8", "replace")
    ):
        tree = indented_tree(decode(body, content_type))
        if tree is not None:
            body = tree[0]  # (its lines dedented, their notes read: no cue for other rules)
    document = _load_text_formats(body, source, content_type, placeholders, fmt, handles)
    if tree is not None:
        document.meta["indented-tree"] = tree[1]
    if fmt is DocumentFormat.TEXT and document.title is None:
        header = running_header(body if isinstance(body, str) else body.decode("utf-8", "replace"))
        if header:
            document.meta["running-header"] = header
    document.blocks = dated_entries(document.blocks)
    if "(" in document.text:
        document.blocks = enumerated_lines(document.blocks)
    if any(b.kind is BlockKind.ITEM and ":\n" in b.text for b in document.blocks):
        document.blocks = labelled_jury_lists(document.blocks)
    if fmt is DocumentFormat.HTML and ":" in document.text:
        document.blocks = jury_lead_in_lists(document.blocks)
        if "group" in document.text or "lab" in document.text or "team" in document.text:
            document.blocks = group_lead_in_lists(document.blocks)
        if "ublications" in document.text or "apers" in document.text:
            document.blocks = publication_lead_in_lists(document.blocks)
    if fmt is DocumentFormat.HTML:
        document.blocks = lone_date_entries(document.blocks)
        if "uteur" in document.text or "utrice" in document.text or "uthor" in document.text:
            document.blocks = record_fields_joined(document.blocks)
    if "?" in document.text:
        document.blocks = speaker_turns(document.blocks)
    if fmt is DocumentFormat.TEXT:
        document.blocks = _titled_names_joined(document.blocks)
        if " — " in document.text:
            document.blocks = _stacked_members_joined(document.blocks)
    return document


# A lineage tree exported as indented text: a legend saying that indentation means "student
# of" ("A line indented under another names a doctoral student of it"), then one line per
# person, "Name (Institution, year)", each indented under its advisor's.
_TREE_LEGEND = LEXICON.pattern("TREE_INDENT_WORDS")
TREE_LEGEND_CHARS = 6000  # the legend heads the export
_TREE_LINE = re.compile(
    r"^(?P<indent>[ \t│├└┌─|`+*•-]*)(?P<name>[^\W\d_][^()\[\]\n]{2,60}?)\s*"
    r"\((?P<inner>[^()\n]{1,120})\)\s*(?:\[(?P<note>[^\]\n]{3,120})\])?[ \t]*$",
    re.M,
)
_TREE_YEAR = re.compile(r"(?:1[89]|20)\d\d")
TREE_LINES = 3  # a tree of at least three persons on two levels


@dataclass(frozen=True, slots=True)
class TreeLine:
    """One person of an indented lineage tree: the advisor is the line it is indented under,
    a co-advisor one its bracketed note names ("[co-advisor: B]")."""

    name: str
    line: str
    advisor: TreeLine | None = None
    institution: str | None = None
    year: int | None = None
    co_advisors: tuple[str, ...] = ()


def indented_tree(text: str) -> tuple[str, list[TreeLine]] | None:
    """The text with its tree's lines dedented and its notes dropped, and the tree's persons;
    None unless the legend says that indentation means "student of" and a run of at least
    three tree lines on two levels follows it."""
    legend = _TREE_LEGEND.search(text[:TREE_LEGEND_CHARS])
    if legend is None or LEXICON.pattern("TREE_STUDENT_OF").search(text, legend.start()) is None:
        return None
    notes = LEXICON.pattern("TREE_CO_ADVISOR_NOTES")
    runs: list[list[re.Match[str]]] = []
    for match in _TREE_LINE.finditer(text, legend.end()):
        run = runs[-1] if runs else None
        if run is not None and text.count("\n", run[-1].end(), match.start()) == 1:
            run.append(match)
        else:
            runs.append([match])
    persons: list[TreeLine] = []
    spans: list[tuple[int, int, str]] = []
    for run in runs:
        indents = [len(m.group("indent").expandtabs(4)) for m in run]
        if len(run) < TREE_LINES or len(set(indents)) < 2 or indents[0] != min(indents):
            continue
        stack: list[tuple[int, TreeLine]] = []
        for match, indent in zip(run, indents, strict=True):
            name = name_from_piece(match.group("name"))
            if name is None:
                stack = []
                continue
            inner = match.group("inner").strip()
            place, _, last = inner.rpartition(",")
            year = int(last.strip()) if _TREE_YEAR.fullmatch(last.strip()) else None
            if year is None:
                place = "" if _TREE_YEAR.search(inner) or "." in inner[:5] else inner
            co_advisors = ()
            note = match.group("note")
            if note and ":" in note and notes.match(note.strip()):
                co_advisors = tuple(
                    n
                    for piece in note.partition(":")[2].split(",")
                    if (n := name_from_piece(piece))
                )
            while stack and stack[-1][0] >= indent:
                stack.pop()
            line = f"{name} ({inner})"
            person = TreeLine(
                name,
                line,
                stack[-1][1] if stack else None,
                place.strip() or None,
                year,
                co_advisors,
            )
            persons.append(person)
            stack.append((indent, person))
            spans.append((match.start(), match.end(), line))
    if not any(p.advisor for p in persons):
        return None
    pieces, last = [], 0
    for start, end, line in spans:
        pieces += [text[last:start], line]
        last = end
    return "".join([*pieces, text[last:]]), persons


# "Femi: And after the PhD?" / "Niamh: I went to France …": an interview's or a podcast
# transcript's turn, its speaker's label before the words.
_SPEAKER_TURN = re.compile(r"^[A-ZÀ-Þ][\w'’.-]{0,20}(?:\s[A-ZÀ-Þ][\w'’.-]{0,20})?\s*:\s+(?=\S)")
SPEAKER_TURNS = 4  # turns of at least two speakers, one of them asking: a conversation


def speaker_turns(blocks: list[Block]) -> list[Block]:
    """A transcript's paragraphs without their speakers' labels ("SVI: I did my PhD at …"):
    the words are the speaker's, the label no name nor organisation of the sentence.  Only
    when two labels each open two paragraphs or more, and one of them asks a question."""
    turns = {}
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.PARAGRAPH and ":" in block.text[:45]:
            label = _SPEAKER_TURN.match(block.text)
            if label is not None:
                turns[index] = label
    if len(turns) < SPEAKER_TURNS:
        return blocks
    speakers = Counter(m.group().rstrip(" :") for m in turns.values())
    recurring = {label for label, count in speakers.items() if count >= 2}
    asked = Counter(
        m.group().rstrip(" :")
        for i, m in turns.items()
        if blocks[i].text.rstrip().endswith("?") and m.group().rstrip(" :") in recurring
    )
    if len(recurring) < 2 or not asked:
        return blocks
    (asker, _), *others = asked.most_common()
    if others and others[0][1] == asked[asker]:
        asker = None  # no one speaker asks the questions
    own = LEXICON.pattern("OWN_PATH")
    turned = list(blocks)
    for index, label in turns.items():
        speaker = label.group().rstrip(" :")
        if speaker in recurring:
            block = blocks[index]
            text = block.text[label.end() :]
            if speaker == asker and own.search(text):
                # "HOST: my own PhD advisor, B, …": the interviewer's path, not the guest's
                text = ""
            turned[index] = Block(block.kind, text, block.level, block.section)
    return turned


# "Rapporteure (4) :", "Examiner (2):": a role label with its count, alone on its line
# (a count: "Members of the Examination Committee:" over a list heads its lines instead).
_LONE_ROLE_LABEL = re.compile(r"^[^\W\d][\w ,'’·.-]{2,40}?\s*\(\d{1,3}\)\s*[:：]$")
_OPENS_WITH_LABEL = re.compile(r"^[^:：\n]{1,45}[:：]")


def role_labels_joined(blocks: list[Block]) -> list[Block]:
    """A PDF's role label in a left column, alone on its line ("Rapporteure (4) :"), joined
    to the block of names beside it that the layout set apart, unless that block opens with
    a label of its own."""
    joined: list[Block] = []
    for block in blocks:
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and previous.kind is not BlockKind.HEADING
            and "\n" not in previous.text
            and _LONE_ROLE_LABEL.match(previous.text)
            and _role_label(previous.text)
            and not _OPENS_WITH_LABEL.match(block.text)
        ):
            text = f"{previous.text} {block.text}"
            joined[-1] = Block(previous.kind, text, previous.level, previous.section)
            continue
        joined.append(block)
    return joined


def labelled_jury_lists(blocks: list[Block]) -> list[Block]:
    """A list item that leads a nested list of thesis juries ("Participation à 6 jurys de
    thèse dont 2 comme rapporteure :" over "A (Univ. X, 2019), examinatrice", …) inside a
    mixed "Service" list: the lead-in is the heading of its sub-items, each its own entry."""
    from crawler.extract.sections import SectionKind, heading_kind

    split = []
    for block in blocks:
        lines = block.lines if block.kind is BlockKind.ITEM and ":\n" in block.text else ()
        label = lines[0].strip().rstrip(" :：") if len(lines) >= 2 else ""
        if (
            label
            and lines[0].rstrip().endswith((":", "："))
            and len(label.split()) <= LEAD_IN_WORDS
            and heading_kind(label) is SectionKind.JURY
        ):
            section = (*block.section, label)
            split.append(Block(BlockKind.HEADING, label, block.level + 1, block.section))
            split.extend(
                Block(BlockKind.ITEM, line.strip(), block.level, section) for line in lines[1:]
            )
            continue
        split.append(block)
    return split


LEAD_IN_WORDS = 14  # a lead-in phrase with its count and roles, not a paragraph


def _lead_in_lists(
    blocks: list[Block], title_of: Callable[[Block], str | None], *, as_heading: bool
) -> list[Block]:
    """The items of the list right after a lead-in paragraph put in a section of their own,
    titled as *title_of* reads the lead-in (None: no lead-in); *as_heading* also sets that
    title as a heading over the lead-in."""
    out: list[Block] = []
    section: tuple[str, ...] | None = None
    outer: tuple[str, ...] = ()
    for block in blocks:
        if section is not None:
            if block.kind is BlockKind.ITEM and block.section == outer:
                out.append(Block(block.kind, block.text, block.level, section))
                continue
            section = None
        title = title_of(block)
        if title is None:
            out.append(block)
            continue
        outer, section = block.section, (*block.section, title)
        if as_heading:
            out.append(Block(BlockKind.HEADING, title, block.level + 1, block.section))
            out.append(Block(block.kind, block.text, block.level, section))
        else:
            out.append(block)
    return out


def _jury_lead_in(block: Block) -> str | None:
    colon = block.text.find(":", 0, 60) if block.kind is BlockKind.PARAGRAPH else -1
    label = block.text[:colon].strip() if colon > 0 else ""
    if (
        label
        and "\n" not in block.text
        # (a bare "Composition du jury :" is a defence notice's own label, read as it is)
        and block.text[colon + 1 :].strip(" :：")
        and block.text.rstrip().endswith((":", "："))
        and len(label.split()) <= 6
    ):
        # (imported here, past the cheap tests: a function's import costs as much as a
        # regex search, and every block of the page is asked)
        from crawler.extract.sections import SectionKind, heading_kind

        if heading_kind(label) is SectionKind.JURY:
            return label
    return None


def jury_lead_in_lists(blocks: list[Block]) -> list[Block]:
    """A paragraph labelled as thesis juries that closes on a colon ("Jurys de thèse :
    rapporteure de 9 thèses, examinatrice de 6. Les plus récents :") over a list inside a
    students section: the label is the heading of the list's items (its juries, not the
    section's students)."""
    return _lead_in_lists(blocks, _jury_lead_in, as_heading=True)


# "Most of the group will move with me:", "My group currently consists of:": a lead-in
# that says the list below it is the group's members
_GROUP_LEAD_IN = re.compile(
    r"(?i)^(?:(?:most|all|some|members|the\s+rest)\s+of\s+(?:the|my|our)\s+(?:group|lab|team)\b"
    r"|(?:the|my|our)\s+(?:current\s+)?(?:group|lab|team)(?:\s+members)?\s+"
    r"(?:is|are|will|currently|consists|includes|comprises)\b)[^:\n]{0,60}:\s*$"
)
GROUP_HEADING = "Group members"  # the heading a group's lead-in stands for


def _group_lead_in(block: Block) -> str | None:
    if (
        block.kind is BlockKind.PARAGRAPH
        and block.text.rstrip().endswith(":")
        and len(block.text) < 120
        and _GROUP_LEAD_IN.match(block.text.strip())
    ):
        return GROUP_HEADING
    return None


def group_lead_in_lists(blocks: list[Block]) -> list[Block]:
    """A paragraph introducing the group's members ("Most of the group will move with
    me:") over a list: the list's items are the group's members, as under a heading."""
    return _lead_in_lists(blocks, _group_lead_in, as_heading=False)


LEAD_IN_CHARS = 120


def _publication_lead_in(block: Block) -> str | None:
    text = block.text.rstrip()
    if (
        block.kind is BlockKind.PARAGRAPH
        and text.endswith(":")
        and len(text) < LEAD_IN_CHARS
        and "\n" not in text
    ):
        # (imported past the cheap tests, as in _jury_lead_in)
        from crawler.extract.sections import SectionKind, heading_kind

        if heading_kind(text[:-1]) is SectionKind.PUBLICATIONS:
            return text[:-1].strip()
    return None


def publication_lead_in_lists(blocks: list[Block]) -> list[Block]:
    """A paragraph that introduces papers ("Recent publications acknowledging the grant
    include:") over a list, under a heading that does not say so: the list's items are
    those papers, as under a publications heading."""
    return _lead_in_lists(blocks, _publication_lead_in, as_heading=False)


def _titled_names_joined(blocks: list[Block]) -> list[Block]:
    """A text dump's bullet whose wrapped line cut a titled name ("directrice : Pr Hélène"
    / "Vernhes-Larue."): the block's lines joined there, once the indent is gone."""
    from crawler.extract.pdf import TITLED_NAME_CUT

    joined = []
    for block in blocks:
        if "\n" in block.text and ("Pr" in block.text or "Dr" in block.text or "M" in block.text):
            text = TITLED_NAME_CUT.sub(
                lambda m: (m.group(1) or m.group(2) or m.group(3)) + " ", block.text
            )
            if text != block.text:
                block = Block(block.kind, text, block.level, block.section)
        joined.append(block)
    return joined


def _stacked_members_joined(blocks: list[Block]) -> list[Block]:
    """A thesis cover's jury in a text dump: each member's name on a line of its own, then
    the title and place with the role at the right margin ("Hélène VASSEUR" / "Professeure,
    Univ. X — Présidente"): one line per member, the name first."""
    from crawler.extract.markdown import JURY_ROLE_CELL

    joined = []
    for block in blocks:
        lines = block.lines if block.kind is BlockKind.PARAGRAPH else []
        if (
            len(lines) >= 4
            and len(lines) % 2 == 0
            and all(
                " — " in second
                and "," not in first
                and len(first.split()) <= 5
                and JURY_ROLE_CELL.match(second.rsplit(" — ", 1)[1])
                and name_from_piece(first)
                for first, second in zip(lines[::2], lines[1::2], strict=True)
            )
        ):
            text = "\n".join(f"{a}, {b}" for a, b in zip(lines[::2], lines[1::2], strict=True))
            block = Block(block.kind, text, block.level, block.section)
        joined.append(block)
    return joined


# A date range alone in its element: "2021.09 - Present", "September 2016 - December 2019".
LONE_DATE = re.compile(
    r"^\W{0,3}(?:[A-Za-zéû]{3,10}\.?\s+|[01]?\d[./])?(?:19|20)\d\d(?:[./]\d\d)?\s*(?:[–—-]+\s*"
    r"(?:(?:[A-Za-zéû]{3,10}\.?\s+|[01]?\d[./])?(?:19|20)\d\d(?:[./]\d\d)?|[A-Za-zé]{3,12})?)?\s*$"
)
# ... or leading a short title in its element: "2015 – 2017 · Post-doctorat" (a card's
# title, its place and host in the card's subtitle element below).
_DATED_TITLE = re.compile(
    r"^\W{0,3}(?:19|20)\d\d\s*[–—-]+\s*(?:(?:19|20)\d\d|[^\W\d]{3,16}'?[^\W\d]*)\s*[·•|]\s*"
    r"[^\W\d][^\d\n·•|]{2,50}$"
)
# A bibliography entry's key before it ("[j12]", "[c3]", "[J-4]", "[12]"), dblp's style.
_KEYED_ENTRY = re.compile(r"\[[A-Za-z]{0,2}-?\d{1,4}\]\s")
LONE_ENTRY_LINES = 6  # an entry's organisation, role and a few notes; not a whole section


# An open archive's thesis notice as a definition list, one item a field: "Auteur: A" over
# "Directeur(s) de thèse: B, C", "Date de soutenance: …", "Jury: …" (a lab's collection
# page lists several notices, each under its title).
_RECORD_AUTHOR_ITEM = re.compile(r"(?i)(?:auteur|auteure|autrice|author)\s*:\s*\S[^\n:]{3,60}")
_RECORD_FIELD_ITEM = re.compile(r"[^\W\d][^:\n]{1,40}:\s*\S[^\n]*")
RECORD_ADVISOR_FIELD = re.compile(
    r"(?im)^(?:co-?)?(?:directeur|directrice|direction|advisor|supervisor)(?:\(s\)|s)?"
    r"(?:\s+de\s+(?:la\s+)?thèse|\s+of\s+thesis)?\s*:"
)


def record_fields_joined(blocks: list[Block]) -> list[Block]:
    """A thesis notice's field items ("Auteur: A", "Directeur(s) de thèse: B", …) joined
    into one item, its author's line first, when one of them names the thesis's advisors
    (a list of several notices: a one-notice page's fields are its owner's)."""
    authors = [
        b
        for b in blocks
        if b.kind is BlockKind.ITEM and _RECORD_AUTHOR_ITEM.fullmatch(b.text.strip())
    ]
    if len(authors) < 2:
        return blocks
    result: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        end = index + 1
        if block.kind is BlockKind.ITEM and _RECORD_AUTHOR_ITEM.fullmatch(block.text.strip()):
            while (
                end < len(blocks)
                and blocks[end].kind is BlockKind.ITEM
                and blocks[end].section == block.section
                and _RECORD_FIELD_ITEM.fullmatch(blocks[end].text.strip())
                and not _RECORD_AUTHOR_ITEM.fullmatch(blocks[end].text.strip())
            ):
                end += 1
            fields = "\n".join(b.text.strip() for b in blocks[index:end])
            if end - index >= 2 and RECORD_ADVISOR_FIELD.search(fields):
                result.append(Block(BlockKind.ITEM, fields, block.level, block.section))
                index = end
                continue
        result.append(block)
        index += 1
    return result


def _opens_entry(text: str) -> bool:
    """A lone date, or a date leading a short title ("2015 – 2017 · Post-doctorat")."""
    return LONE_DATE.match(text) is not None or (
        len(text) <= 80 and text[:1] in "12" and _DATED_TITLE.match(text) is not None
    )


def lone_date_entries(blocks: list[Block]) -> list[Block]:
    """Profile widgets (al-folio's CV, research-network "Experience" lists) set an entry's
    dates in an element of their own, then the organisation and the role in the next ones,
    often as headings: the dates and those short lines are one entry, up to the next lone
    date or a known section heading."""
    from crawler.extract.sections import heading_kind

    if sum(1 for b in blocks if _opens_entry(b.text)) < 2:
        return blocks
    result: list[Block] = []
    entry: list[Block] = []

    def close() -> None:
        if len(entry) == 1:
            result.append(entry.pop())
        if entry:
            first = entry[0]
            text = "\n".join(b.text for b in entry)
            result.append(Block(BlockKind.ITEM, text, first.level, first.section))
            entry.clear()

    levels: dict[str, int] = {}  # heading text → its level, to know a section's own heading
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            levels.setdefault(block.text, block.level)
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if (
            _opens_entry(block.text)
            and block.kind is not BlockKind.HEADING
            # "2012 - 2017" then "Thesis advisor: A": the dates close an entry told above
            # (but a heading "PhD student: A" after them titles the entry they open).
            and not (
                following is not None
                and following.kind is not BlockKind.HEADING
                and re.match(r"[^:：]{1,40}[:：]", following.text)
            )
        ):
            close()
            if (
                block.section
                and block.text[:1].isdigit()  # ("2019 – 2021", not a card's "since 2021")
                and (following is None or following.kind is BlockKind.HEADING)
                and (closed := _date_closed_entry(result, block, following))
            ):
                result.append(closed)
                continue
            entry.append(block)
            continue
        if (
            entry
            and len(entry) < LONE_ENTRY_LINES
            and _entry_lines(block.text)
            and not _opens_entry(block.text)
            # "[j12]" / "[C3]": a numbered bibliography entry of its own, under a year
            and not (block.text[:1] == "[" and _KEYED_ENTRY.match(block.text))
            and not (
                block.kind is BlockKind.HEADING
                and (
                    # "PhD student: A. Name" titles an entry, "PhD students" a section
                    (heading_kind(block.text) is not None and ":" not in block.text)
                    # as high as the entry's section heading (an entry's own heading lines
                    # are set to 0): "Education" / entries / "Viva" opens a new section
                    or block.level <= max((levels.get(h, 0) for h in entry[0].section), default=0)
                )
            )
        ):
            entry.append(block)
            if block.kind is BlockKind.HEADING:
                levels[block.text] = 0  # an entry's line, not its section's heading
            continue
        close()
        result.append(block)
    close()
    return result


DATE_CLOSED_LINES = 2  # the lines between a box's title and the date closing its entry


def _date_closed_entry(result: list[Block], date: Block, following: Block | None) -> Block | None:
    """A résumé theme's box ("<h3>Postdoc</h3><div>Institute X</div><span>2019 – 2021</span>")
    sets its dates last, the next box's title after them: the title, its lines and the dates
    are one entry (the dates open no entry of the next box)."""
    title = date.section[-1]
    lines: list[Block] = []
    for block in reversed(result):
        if block.kind is BlockKind.HEADING:
            at = len(result) - len(lines) - 1
            if (
                block.text != title
                or not lines
                or following is not None
                and following.level > block.level
                # (a date before the title: the page's dates open its entries)
                or at
                and _opens_entry(result[at - 1].text.split("\n", 1)[0])
            ):
                return None
            del result[at:]
            text = "\n".join([block.text, *(b.text for b in reversed(lines)), date.text])
            return Block(BlockKind.ITEM, text, block.level, block.section)
        if block.section != date.section or len(lines) == DATE_CLOSED_LINES or "\n" in block.text:
            return None
        lines.append(block)
    return None


def _entry_lines(text: str) -> bool:
    """A short line, or a few short lines (a ``<p>`` of "University<br>Supervisors: X"),
    may belong to the entry a lone date opens; a longer paragraph is text of its own."""
    if "\n" not in text:
        return len(text) <= 120
    lines = text.split("\n")
    return len(lines) <= 3 and all(len(line) <= 160 for line in lines)


_ENUMERATED_LINE = re.compile(r"^\s*\((?:[ivx]{1,5}|[a-h]|\d{1,2})\)\s+(?=\S)")


def enumerated_lines(blocks: list[Block]) -> list[Block]:
    """A paragraph whose every line opens with its own enumerator ("(i) Mr. A, …<br>(ii)
    Ms. B, …", an Indian faculty profile's "Ph.D. Thesis Guided") is a list: one item per
    line, the enumerator left out."""
    result: list[Block] = []
    for block in blocks:
        if (
            block.kind is BlockKind.PARAGRAPH
            and block.text[:1] == "("
            and "\n" in block.text
            and all(_ENUMERATED_LINE.match(line) for line in block.lines)
        ):
            result.extend(
                Block(
                    BlockKind.ITEM,
                    _ENUMERATED_LINE.sub("", line).strip(),
                    block.level,
                    block.section,
                )
                for line in block.lines
            )
            continue
        result.append(block)
    return result


def dated_entries(blocks: list[Block]) -> list[Block]:
    """A paragraph of lines that each start with a date ("2015–2019: PhD ...<br>Advisor: X
    <br>2013–2015: MSc ...") is a list of entries: one item per dated line and its follow-ups."""
    result: list[Block] = []
    for block in _split_at_dates(blocks):
        if (
            block.kind is BlockKind.PARAGRAPH
            and "\n" in block.text
            and _LEADING_DATE.match(block.text)
        ):
            block = Block(BlockKind.ITEM, block.text, block.level, block.section)
        result.append(block)
    return result


def _load_text_formats(body, source, content_type, placeholders, fmt, handles=None) -> Document:
    text = decode(body, content_type)
    if placeholders:
        text = fill_placeholders(text, placeholders)
    # "LAU Chi Keung, Kelvin" (a Hong Kong staff list): one name, its Western given name
    # first, before any line is split at its commas; "李佳琪 (LI Jiaqi, 2021–)": one name, read
    text = romanised_names_first(western_names_first(text))
    if fmt is DocumentFormat.HTML:
        from crawler.extract.html import load_html

        return load_html(text, source)
    if fmt is DocumentFormat.BIBTEX:
        text = _EMPTY_FRONT_MATTER.sub("", text.lstrip("\ufeff \t\r\n"), count=1)
        if text.startswith("TY  -"):
            text = ris_to_bibtex(text)
        return Document(source, fmt, bibtex=text)
    if fmt in (DocumentFormat.YAML, DocumentFormat.JSON):
        from crawler.extract.datafiles import load_data_file

        document = load_data_file(text, source, fmt)
        data = document.meta.get("data")
        if source.lower().endswith(_DATA_SUFFIXES) or (
            isinstance(data, list)
            or isinstance(data, dict)
            and any(isinstance(v, dict | list) for v in data.values())
        ):
            return document
        # Key-shaped lines without records ("Name: A" / "Email: …", or no YAML at all):
        # a plain text, read as one.
        fmt = DocumentFormat.TEXT
    from crawler.extract.markdown import load_markdown

    if fmt in (DocumentFormat.TEXT, DocumentFormat.MARKDOWN) and "-+\n" in text:
        from crawler.extract.pagedump import grid_tables_to_rows

        text = grid_tables_to_rows(text)  # pandoc's grid tables: one line per row
    if fmt is DocumentFormat.TEXT:
        from crawler.extract.latex import is_latex, latex_to_markdown

        if text.lstrip()[:1] in ("/", "#") and "#" in text[:5000]:
            from crawler.extract.typst import is_typst, typst_to_markdown

            if is_typst(text):  # a Typst CV source (cv.typ): its calls say the structure
                return load_markdown(typst_to_markdown(text), source, soft_wraps=False)
        from crawler.extract.pdf import DUMP_DAMAGE, repair_text_dump

        if "\f" in text:
            # (before the layout is read: a footer's far-right page number is no column)
            text = _repeated_page_edges(text)
        # pdfminer's glued words come with its ligatures and split accents: told before
        # the accents are mended, the words split after the layout is read
        glued = _pdf_damaged(text)
        from crawler.extract.pdf import (
            SMALL_CAPS_LINE_PATTERN,
            SPACED_CAPS_HINT,
            join_small_capitals,
            join_spaced_capitals,
        )

        if SPACED_CAPS_HINT.search(text):
            # "E D U C AT I O N": a letter-spaced title, its words again (before the
            # layout's wide gaps are read as columns)
            text = join_spaced_capitals(text)
        if SMALL_CAPS_LINE_PATTERN.search(text):
            text = join_small_capitals(text)  # "S ELECTED P UBLICATIONS": small capitals
        if "\n\n" not in text[:3000].strip():
            from crawler.extract.pagedump import capitals_titles_apart

            text = capitals_titles_apart(text)  # no blank line: the capitals titles apart
        if "      " in text:
            text = wrapped_table_rows(text)  # a printed table's wrapped cells, joined
            text = label_column(split_header_columns(right_sidebar(text)))  # (as printed)
            if _RIGHT_DATE.search(text):
                text = right_dated_entries(text)  # each dated title line an entry
            text = hanging_entries(text)
        if "=====" in text or "*****" in text or "-----" in text:
            text = _BOXED_TITLE.sub(_boxed_title, text)  # "=====" / "2. FORMATION" / "====="
        if "://" in text:
            text = _BROKEN_URL.sub(r"\1\2", text)  # ".../members/" / "ada-quill": one address
        if "¹" in text or "²" in text:
            text = _FOOTNOTE_MARK.sub("", text)  # "Université X¹": a footnote's mark
        if "-\n" in text or any(c in text for c in DUMP_DAMAGE):
            text = repair_text_dump(text)  # a saved PDF's text: its accents and line breaks
        if "\f" in text or "/" in text:
            text = drop_page_furniture(text)
        if "                              " in text:
            text = _FOOTER_NUMBER.sub("", text)
        text = stacked_table_rows(text)
        if "\n\n" in text:
            text = stacked_date_column(text)  # pdfminer's date column, its boxes first
        if "\n(" in text or " (" in text:
            # "… interns: A" / "(2019), B (2021)": a name's bracketed year went to the next line
            text = _WRAPPED_YEAR.sub(r"\1 ", text)
        if "ury" in text or "ommittee" in text:
            text = stacked_role_column(text)  # a jury table read column by column

        if "\n" in text and ("Dr" in text or "Pr" in text or "M" in text):
            from crawler.extract.pdf import TITLED_NAME_CUT

            # "Faculty sponsor: Prof. Yoshiro" / "Tanabe-Whitlock": a text dump's line cut a
            # titled name in two.
            text = TITLED_NAME_CUT.sub(
                lambda m: (m.group(1) or m.group(2) or m.group(3)) + " ", text
            )
        if glued:
            # A crawled text dump of a PDF (pdfminer's output) keeps its glued words too:
            # repaired as the PDF reader repairs its own text.
            from crawler.extract.pdf import repair_pdf_text

            text = repair_pdf_text(text)

        if is_latex(text):  # a CV's LaTeX source: its commands say the structure
            return load_markdown(latex_to_markdown(text), source, soft_wraps=False)

        from crawler.extract.mail import is_mail, mail_to_text, subject_of

        if is_mail(text):  # a saved message: its subject over its body; the sender owns nothing
            document = load_markdown(mail_to_text(text), source, plain=True, handles=handles)
            document.title = document.title or subject_of(text) or None
            return document

        from crawler.extract.orgmode import is_org, org_to_markdown

        if is_org(text):  # an Org-mode source (cv.org): its marks say the structure
            return load_markdown(org_to_markdown(text), source, soft_wraps=False)

        from crawler.extract.delimited import is_tsv, tsv_to_markdown

        if "\t" in text[:2000] and is_tsv(text):  # academicpages' publications.tsv
            return load_markdown(tsv_to_markdown(text), source, soft_wraps=False)

        if is_rst(text) and (html := rst_to_html(text)) is not None:
            from crawler.extract.html import load_html

            return load_html(html, source)  # a reST source (Sphinx page, README.rst), rendered

        if is_asciidoc(text):  # an AsciiDoc source: its marks say the structure
            return load_markdown(asciidoc_to_markdown(text), source)

        if is_profile_export(text):  # a profile's "Save to PDF": fixed section lines
            return load_markdown(profile_export_to_markdown(text), source)

        from crawler.extract.pagedump import clean_text_dump

        # lynx/w3m/html2text or a copy: the dumper's marks and the site's chrome go
        dump = clean_text_dump(text)
        text = dump.text
        if dump.page:
            document = load_markdown(text, source, plain=True, handles=handles)
            document.title = document.title or dump.title
            if dump.headline:
                document.meta["h1"] = dump.headline  # what the page's <h1> said
            return document
    if fmt is DocumentFormat.MARKDOWN and (page := _html_under_front_matter(text, source, handles)):
        return page
    document = load_markdown(text, source, plain=fmt is DocumentFormat.TEXT, handles=handles)
    if fmt is DocumentFormat.TEXT and "following" in text and _signature_intro().search(text):
        # a text dump of an approval page: its signatories, as the PDF reader lists them
        document.blocks = signature_lists(document.blocks)
    return document


# A CV's running header or footer: "Ada Quill — Curriculum Vitae    Page 1 of 2",
# "CV – Ada QUILL – 2/6" (the page furniture dropped from the text names the CV's owner).
_CV_WORDS = r"(?:curriculum\s+vit(?:ae|æ)|cv|r[ée]sum[ée])"
_RUNNING_HEADER = re.compile(
    r"(?im)^[ \t]*(?:(?P<before>[^\n—–|·]{4,60}?)[ \t]*[—–|·-][ \t]*"
    + _CV_WORDS
    + r"|"
    + _CV_WORDS
    + r"[ \t]*[—–|·:-][ \t]*(?P<after>[^\n—–|·]{4,60}?))[ \t]*(?:[—–|·-][ \t]*)?"
    r"(?:page[ \t]+)?\d{1,2}[ \t]*(?:/|of|sur|de)[ \t]*\d{1,2}[ \t]*$"
)


def running_header(text: str) -> str | None:
    """The name a CV's page header or footer repeats beside its page counter, if any."""
    if not any(word in text for word in ("urriculum", "CV", "sum")):
        return None
    match = _RUNNING_HEADER.search(text)
    return (match.group("before") or match.group("after")).strip() if match else None


# A page counter ending a line: "CV — Ada QUILL — 2/6", "page 3 sur 5", "2/2".
_PAGE_COUNTER = re.compile(
    r"(?i)(?:^|[\s—–|-])(?:page\s+)?(?P<page>\d{1,2})\s*(?:/|sur|of)\s*(?P<pages>\d{1,2})\s*$"
)
_FOOTER_INDENT = 10  # pdftotext -layout sets a footer far right or centred
_RUNNING_LINES = 3  # a running header sits this close after the page break


def drop_page_furniture(text: str) -> str:
    """A PDF's text dump without its page counters ("CV — Ada QUILL — 2/6", "page 1/3")
    and the running header each page repeats: read as headings, they would cut a section
    that runs on across the page break.  A counter is a footer when it stands far from the
    margin, says "page", or recurs with the same page count ("1/4" … "4/4"); a bare "1/2"
    written in a line of content (a supervision share) stays."""
    lines = text.replace("\f", "\n\n").split("\n")
    counters = {}
    for index, line in enumerate(lines):
        # (a layout dump sets the counter far right of the name: the words, not the gap)
        short = len(line.strip()) <= 80 or len(" ".join(line.split())) <= 80
        match = _PAGE_COUNTER.search(line) if short else None
        if match and 1 <= int(match.group("page")) <= int(match.group("pages")) <= 60:
            counters[index] = match
    if not counters:
        return text.replace("\f", "\n\n") if "\f" in text else text
    totals = Counter(m.group("pages") for m in counters.values())
    dropped = {
        index
        for index, match in counters.items()
        if totals[match.group("pages")] >= 2
        or len(lines[index]) - len(lines[index].lstrip()) >= _FOOTER_INDENT
        or "age" in lines[index]
    }
    if not dropped:
        return text
    seen: Counter[str] = Counter(line.strip() for line in lines if len(line.strip()) >= 10)
    for index in sorted(dropped):
        # the next page's running header: a line the document repeats, right after the break
        following = [i for i in range(index + 1, len(lines)) if lines[i].strip()]
        for later in following[:1]:
            if later - index <= _RUNNING_LINES + 2 and seen[lines[later].strip()] >= 2:
                dropped.add(later)
        # a two-line footer ("A. Quill — CV" over "Page 1 of 2"): its repeated first line
        if index and seen[lines[index - 1].strip()] >= 2:
            dropped.add(index - 1)
    return "\n".join(line for index, line in enumerate(lines) if index not in dropped)


def _repeated_page_edges(text: str) -> str:
    """pdftotext's pages (form feeds between them) without the first and last lines that
    most pages repeat, their numbers aside ("Mis à jour le 2 avril 2025      3"): a running
    footer or header with no page counter to tell it."""
    pages = text.split("\f")
    edges: list[tuple[int, int, str]] = []  # (page, line index, line's shape)
    split = [page.split("\n") for page in pages]
    for number, lines in enumerate(split):
        filled = [i for i, line in enumerate(lines) if line.strip()]
        for index in {*filled[:1], *filled[-1:]}:
            edges.append((number, index, _DIGITS.sub("#", lines[index].strip())))
    shapes = Counter(shape for _, _, shape in edges)
    printed = sum(1 for lines in split if any(line.strip() for line in lines))
    repeated = {shape for shape, count in shapes.items() if count >= 2 and 2 * count >= printed}
    if not repeated:
        return text
    for number, index, shape in edges:
        if shape in repeated:
            split[number][index] = ""
    return "\f".join("\n".join(lines) for lines in split)


_DIGITS = re.compile(r"\d+")


# A header line of a layout dump: a cell at the margin (the name, a label line), the right
# column's cell (a position, a contact) far to its right.
_HEADER_CELLS = re.compile(
    r"^[ \t]{0,3}(?P<left>\S(?:\S| (?! ))*)[ \t]{8,}(?P<right>\S(?:\S| (?! ))*)[ \t]*$"
)
HEADER_LINES = 4  # the text's first lines, where a CV sets its header
# A plain-text dossier's section title boxed between two rules ("=====", "1. FORMATION",
# "=====" again): the title alone on its line, its number dropped (no list item).
_BOXED_TITLE = re.compile(
    r"(?m)^[ \t]*([=*-])\1{4,}[ \t]*\n[ \t]*(?:(?:\d{1,2}|[IVX]{1,4})[.)][ \t]+)?"
    r"(?P<title>[^\n]{2,80}?)[ \t]*\n[ \t]*\1{5,}[ \t]*$"
)


def _boxed_title(match: re.Match) -> str:
    title = match.group("title")
    if match.group(1) == "-" and not title.isupper():
        return match.group(0)  # a simple table's header between its dashed rules
    return title


# An address the PDF's line broke after a slash or a hyphen, its rest alone on the next line.
_BROKEN_URL = re.compile(r"(https?://\S*[/_.-])[ \t]*\n[ \t]*([\w./%#?=&~-]+/?)[ \t]*(?=\n|$)")
# A footnote's superscript mark glued to a word ("Université X¹", "2022²").
_FOOTNOTE_MARK = re.compile(r"(?<=[^\W\d_)»”])[¹²³⁴⁵⁶⁷⁸⁹]+")


# An entry's title line with its dates set far right ("Staff Scientist, X Ltd      2018 –
# 2023"): after a line of text, it opens an entry of its own (a hanging-indent layout
# runs its entries together, their notes indented under each).
_RIGHT_DATE = re.compile(
    r"(?m)^[ \t]{0,4}\S[^\n]*?\S[ \t]{3,}(?:[A-Za-zéû]{3,10}\.?\s+)?(?:19|20)\d\d"
    r"(?:\s*[–—-]\s*(?:(?:[A-Za-zéû]{3,10}\.?\s+)?(?:19|20)\d\d|[A-Za-zé']{3,14}|…)?)?[ \t]*$"
)
_RIGHT_DATE_LINE = re.compile(_RIGHT_DATE.pattern[4:])


def right_dated_entries(text: str) -> str:
    """A blank line before each title line dated far right that ends a run of two lines or
    more (the notes of the entry before it); an organisation's line right over its
    dated role line ("Institute X" / "Postdoc, with B      2018 - 2020") stays with it."""
    lines = text.split("\n")
    out: list[str] = []
    for index, line in enumerate(lines):
        if (
            index >= 2
            and lines[index - 1].strip()
            and lines[index - 2].strip()
            and _RIGHT_DATE_LINE.match(line)
        ):
            out.append("")
        out.append(line)
    return "\n".join(out)


_WRAPPED_YEAR = re.compile(r"([^\W\d_])\n[ \t]*(?=\((?:19|20)\d\d\b[^()\n]{0,20}\))")
HANGING_INDENT = 2  # columns a hanging entry's notes sit right of its title line, at least
SIDEBAR_COLUMN = 45  # a right sidebar's cells start this far right, at least
SIDEBAR_ROWS = 4  # lines with a sidebar cell at the same column, at least
SIDEBAR_CELL = 45  # characters: a sidebar's cell is short (a label, a contact line)
_WIDE_GAP = re.compile(r"\S[ \t]{3,}(?=\S)")
# A cell far right after a wide gap, the main column's text before it.
_FAR_CELL = re.compile(r"\S[ \t]{3,}(?P<cell>\S(?:\S| (?! ))*)[ \t]*$")


def right_sidebar(text: str) -> str:
    """A two-column CV dumped with pdftotext -layout, a sidebar on the right ("CONTACT",
    "LANGUAGES", "AWARDS" over short lines): the main column's text read on its own, then
    the sidebar's (read across, each line would run the two columns' words together).
    The sidebar's column is where lines of text end on a cell after a wide gap (centred
    titles and right-aligned dates are no sidebar)."""
    starts: Counter[int] = Counter()
    two_cells: Counter[int] = Counter()  # lines of the main text and the sidebar's cell only
    for line in text.split("\n"):
        cell = _FAR_CELL.search(line) if len(line) > SIDEBAR_COLUMN else None
        if (
            cell
            and cell.start("cell") >= SIDEBAR_COLUMN
            # (right-aligned dates: "2019 – 2025 (expected)" ends its entry's line)
            and not _LEADING_DATE.match(cell["cell"])
        ):
            starts[cell.start("cell")] += 1
            two_cells[cell.start("cell")] += len(_WIDE_GAP.findall(line.strip())) == 1
    if not starts:
        return text
    column, count = starts.most_common(1)[0]
    # (a table's rows set more cells apart: "M. A    Professeur, Univ. X    Rapporteur")
    if count < SIDEBAR_ROWS or two_cells[column] * 2 < count:
        return text
    main: list[str] = []
    side: list[str] = []
    for line in text.split("\n"):
        cell = line[column:] if len(line) > column and line[column - 2 : column] == "  " else ""
        if (
            cell[:1].strip()  # (a cell of the sidebar's column, not one further right)
            and len(cell.strip()) <= SIDEBAR_CELL
            and not _LEADING_DATE.match(cell)
        ):
            main.append(line[:column].rstrip())
            side.append(cell.strip())
        else:
            main.append(line)
            if side and side[-1]:
                side.append("")
    cells = [c for c in side if c]
    from crawler.extract.markdown import JURY_ROLE_CELL

    if sum(bool(JURY_ROLE_CELL.match(c)) for c in cells) * 2 >= len(cells):
        return text  # a thesis cover's jury: each member's role set at the right margin
    return "\n".join([*main, "", "", *side])


def hanging_entries(text: str) -> str:
    """A layout dump's hanging-indent lists (a title line at the margin, its notes or its
    wrapped lines indented under it, then the next title at the margin, no blank line
    between): each entry a paragraph of its own, as the layout showed it."""
    lines = text.split("\n")
    out: list[str] = []
    changed = False
    run: list[str] = []

    def close() -> None:
        nonlocal changed
        indents = [len(line) - len(line.lstrip(" ")) for line in run]
        margin = indents[0] if indents else 0
        hanging = any(
            indent >= margin + HANGING_INDENT
            and (line.lstrip()[:1].isalnum() or "(" in line[: indent + 1])
            for indent, line in zip(indents, run, strict=True)
        ) and not any(len(_WIDE_GAP.findall(line.strip())) > 1 for line in run)
        # (notes are words: a list's bullets under their title, "Rapporteur" / "   – A,
        # 2024", and a rule "  ____" are the Markdown reader's; a table's rows, "A    PhD
        # 2018    2023", its own)
        for index, (indent, line) in enumerate(zip(indents, run, strict=True)):
            if hanging and index and indent == margin:
                out.append("")  # the next entry's title line
                changed = True
            out.append(line)
        run.clear()

    for line in lines:
        if line.strip():
            run.append(line)
            continue
        close()
        out.append(line)
    close()
    return "\n".join(out) if changed else text


def _names_section(line: str) -> bool:
    from crawler.extract.sections import heading_kind  # (sections reads this module: late)

    return len(line.split()) <= HEADER_TITLE_WORDS and heading_kind(line) is not None


HEADER_TITLE_WORDS = 4  # "Experience", "Academic Positions": a section's title line


def split_header_columns(text: str) -> str:
    """A layout dump's header lines ("Ada QUILL        Doctorante en X (3e année)") cut in
    their two cells, the left one first: run together, the name would take the position
    for more of itself.  Capitals lines ("EXPERIENCE      CONTACT") are two columns'
    section titles, left as they are."""
    lines = text.split("\n")
    seen = 0
    for index, line in enumerate(lines):
        if not line.strip():
            continue
        seen += 1
        if seen > HEADER_LINES:
            break
        cells = _HEADER_CELLS.match(line)
        if cells is None and (line.strip().isupper() or _names_section(line.strip())):
            break  # "APPOINTMENTS", "Experience": the header is over, the entries follow
        if (
            cells
            and not cells.group("left").isupper()
            and not cells.group("right").isupper()
            and not cells.group("left")[:1].isdigit()  # "2020        Professor, …": a date's
        ):
            lines[index] = f"{cells.group('left')}\n{cells.group('right')}"
    return "\n".join(lines)


# A left-column cell, a gap of two blanks or more, the right column's text.
_LEFT_CELL = re.compile(r"^(?P<left>[ \t]{0,3}\S(?:\S| (?! ))*)[ \t]{2,}(?P<right>\S.*)$")
_BARE_PAGE_NUMBER = re.compile(r"^[ \t]{30,}\d{1,2}[ \t]*$")
# A running footer set far right, its page number after a gap ("A. Quill — CV    2").
_FOOTER_NUMBER = re.compile(r"(?m)^[ \t]{30,}\S[^\n]{0,60}?\S[ \t]{3,}\d{1,2}[ \t]*$\n?")
LABEL_COLUMN_MIN, LABEL_COLUMN_MAX = 12, 40  # where a CV's right column may start
LABEL_COLUMN_SHARE = 0.5  # of the text's lines that sit in the right column
LABEL_COLUMN_ROWS = 3  # rows with a left cell, at least
WRAP_SLACK = 15  # a line ending this near the column's right edge was wrapped (a long word)
# A right-column line that starts an entry of its own: a bullet, a date, a "Label :".
_FRESH_CELL = re.compile(
    r"^\s*(?:[•\-–—*▪◦●]|(?:19|20)\d\d\b|[^\s:]{1,25}(?: [^\s:]{1,25})?\s?:\s)"
)


def label_column(text: str) -> str:
    """A two-column CV's text dump (pdftotext -layout of a moderncv or Word layout): the
    left column's labels ("Thèses", "Jurys", "Publications") become headings over the
    right column's text, dates stay on their entry's line, the right column's indent is
    dropped; unchanged when no column holds most lines."""
    lines = text.split("\n")
    starts: Counter[int] = Counter()
    for line in lines:
        if not line.strip() or _BARE_PAGE_NUMBER.match(line):
            continue
        indent = len(line) - len(line.lstrip(" "))
        cell = _LEFT_CELL.match(line) if indent <= 3 else None
        starts[cell.start("right") if cell else indent] += 1
    column = next(
        (c for c, _ in starts.most_common(3) if LABEL_COLUMN_MIN <= c <= LABEL_COLUMN_MAX), None
    )
    written = sum(starts.values())
    if column is None or starts[column] < LABEL_COLUMN_SHARE * written:
        return text
    rows = [m for line in lines if (m := _LEFT_CELL.match(line)) and m.start("right") == column]
    if len(rows) < LABEL_COLUMN_ROWS:
        return text
    if sum("   " in m.group("right") for m in rows) * 2 >= len(rows):
        return text  # more columns to the right ("M. A    Professeur    Rapporteur"): a table
    # The column's right edge: where its own lines (not a right-aligned header) end.
    edge = (
        max(
            len(line.rstrip())
            for line in lines
            if column <= len(line) - len(line.lstrip(" ")) <= column + 4
            or (m := _LEFT_CELL.match(line)) is not None
            and m.start("right") == column
        )
        - WRAP_SLACK
    )
    # ("Clermont-" / "Volcans": a word broken at the edge joins its line, as printed)
    out: list[str] = []
    wrapped = False  # the line before filled the column: this one goes on with it
    labelled = False  # a label row was read: the page's centred header lines are above it
    record_first = None  # the first field label of a form's record ("Tipo de tesis:")
    for line in lines:
        if _BARE_PAGE_NUMBER.match(line):
            out.append("")
            wrapped = False
            continue
        indent = len(line) - len(line.lstrip(" "))
        cell = _LEFT_CELL.match(line) if indent <= 3 else None
        if cell and cell.start("right") == column:
            labelled = True
            left, right = cell.group("left").strip(), cell.group("right")
            if any(ch.isdigit() for ch in left) or _role_label(left) or _FIELD_CELL.match(left):
                # "2015-2017 : ATER   Université X", "Internal examiner   PhD of A (2022)":
                # one entry, its date or role first ("Director/es:   QUILL, ADA": a form's
                # field, its people written family first in capitals, turned round)
                if "," in right and left.endswith(":") and _CAPS_FAMILY_FIRST.match(right):
                    right = re.sub(r"\s*;\s*", ", ", _CAPS_PERSON.sub(r"\2 \1", right))
                elif "(" in right and left.endswith(":"):
                    right = _CAPS_BRACKET_FIELD.sub(r"\2 \1", right)  # "(Director: QUILL, ADA)"
                if left.endswith(":"):
                    # "Tipo de tesis: …" again: the next record of a form's stacked records
                    if left == record_first:
                        out.append("")
                    record_first = record_first or left
                out.append(f"{left} {right}")
            else:
                record_first = None
                out.extend(("", left, "", right))  # "Thèses   • A …": a label over its text
        elif indent >= column:
            right = line[column:]
            if (
                wrapped
                and labelled
                and out
                and out[-1].strip()
                and indent <= column + 4
                and not _FRESH_CELL.match(right)
            ):
                # "co-directrice : Ngozi" / "Adeyemi-Clarke (…)": a line the column wrapped
                glue = "" if out[-1].endswith("-") else " "
                out[-1] = out[-1].rstrip() + glue + right.strip()
            else:
                out.append(right)
        elif line.strip() and indent <= 3:
            out.extend(("", line.strip(), ""))  # " Publications": a section across both
            wrapped = False
            record_first = None
            continue
        else:
            out.append(line)
        # (a right-aligned header line ends at the edge too: only the column's own text wraps)
        wrapped = len(line.rstrip()) >= edge and (cell is not None or indent <= column + 4)
    return "\n".join(out)


# A form's field value of people written "FAMILY NAMES, GIVEN NAMES" in capitals, several
# parted by semicolons (a research-council CV export: "GÓMEZ RUIZ, ANA ; QUILL, ADA").
_CAPS_WORDS = r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]+(?: [A-ZÀ-Þ][A-ZÀ-Þ'’-]+){0,3}"
_CAPS_PERSON = re.compile(rf"\b({_CAPS_WORDS}), ({_CAPS_WORDS})\b")
_CAPS_BRACKET_FIELD = re.compile(rf"(?<=: )({_CAPS_WORDS}), ({_CAPS_WORDS})(?=\))")
_CAPS_FAMILY_FIRST = re.compile(
    rf"^{_CAPS_WORDS}, {_CAPS_WORDS}(?:\s*;\s*{_CAPS_WORDS}, {_CAPS_WORDS})*(?=\s*(?:\(|$))"
)
# A form's field label ("Director/es:", "Fecha de inicio:"): its value is on its line, it
# heads no section.
_FIELD_CELL = re.compile(r"^[^\W\d][\w/().-]*(?: [\w/().-]+){0,3}:$")


def _role_label(label: str) -> bool:
    """A left-column label that is a role, not a section ("Internal examiner",
    "Rapporteure", "Second supervisor")."""
    return any(p.search(label) for p in LEXICON.jury_role_patterns.values()) or bool(
        LEXICON.pattern("ADVISING_NOUNS").search(label)
    )


# A table's column label: a short capitalised title ("Année", "Co-encadrant·e", "Devenir").
_COLUMN_LABEL = re.compile(r"[A-ZÀ-Þ][^\W\d_]*(?:[ ·'’./-]+[^\W\d_]+){0,2}\.?")
TABLE_COLUMNS = (3, 8)  # how many cells a stacked row may have


def stacked_table_rows(text: str) -> str:
    """A PDF table dumped one cell a line (pdftotext without -layout): a run of column
    labels ("Doctorant·e" / "Période" / "Taux"), then runs of as many cells, each run a
    row, turned into a Markdown pipe table the table rules read."""
    if "\n\n" not in text:
        return text
    runs = text.split("\n\n")
    out: list[str] = []
    index = 0
    while index < len(runs):
        header = [line.strip() for line in runs[index].strip("\n").split("\n")]
        width = len(header)
        if (
            TABLE_COLUMNS[0] <= width <= TABLE_COLUMNS[1]
            and all(_COLUMN_LABEL.fullmatch(cell) for cell in header)
            and len(set(header)) == width
        ):
            rows = []
            following = index + 1
            while following < len(runs):
                cells = [line.strip() for line in runs[following].strip("\n").split("\n")]
                if len(cells) != width or not all(cells) or len(runs[following].strip()) == 0:
                    break
                rows.append(cells)
                following += 1
            if rows:
                table = [header, ["---"] * width, *rows]
                out.append("\n".join("| " + " | ".join(row) + " |" for row in table))
                index = following
                continue
        out.append(runs[index])
        index += 1
    return "\n\n".join(out)


# A date column's box alone: "Since Oct. 2022", "2016 – 2019", "Depuis 2019".
_STACKED_DATE = re.compile(
    r"(?i)^\W{0,3}(?:(?:since|depuis|from|dès)\s+)?(?:[a-zéû]{3,10}\.?\s+)?(?:19|20)\d\d"
    r"(?:\s*[–—-]+\s*(?:(?:[a-zéû]{3,10}\.?\s+)?(?:19|20)\d\d|[a-zé']{3,14}|…)?)?\s*$"
)
STACKED_ENTRY_WORDS = 3  # an entry's box, not a heading's


def stacked_date_column(text: str) -> str:
    """A CV's date column that pdfminer wrote box after box before the entries' column
    ("Depuis 2019" / "2016 – 2019" / "2012 – 2016", then the three entries): each date
    goes back to the start of its entry, in order."""
    runs = text.split("\n\n")
    index, changed = 0, False
    while index < len(runs):
        end = index
        while end < len(runs) and _STACKED_DATE.match(runs[end].strip()):
            end += 1
        count = end - index
        entries = runs[end : end + count]
        if (
            count >= 2
            and len(entries) == count
            and all(
                len(entry.split()) >= STACKED_ENTRY_WORDS
                and not _STACKED_DATE.match(entry.strip().split("\n")[0])
                for entry in entries
            )
        ):
            for offset in range(count):
                runs[end + offset] = f"{runs[index + offset].strip()} {runs[end + offset].lstrip()}"
            del runs[index:end]
            index += count
            changed = True
        else:
            index = max(end, index + 1)
    return "\n\n".join(runs) if changed else text


def stacked_role_column(text: str) -> str:
    """A jury table dumped column by column (pdftotext without -layout on a thesis cover):
    the members' column, a name line over its title lines, then the roles' column, one
    role a line ("Présidente", "Rapporteur & Examinateur").  As many roles as names: each
    role goes back to its member's line ("A, Professeure, Université X, Présidente")."""
    lines = text.split("\n")
    roles = [index for index, line in enumerate(lines) if _role_line(line)]
    if len(roles) < 2:
        return text
    runs: list[list[int]] = []
    for index in roles:
        gap = lines[runs[-1][-1] + 1 : index] if runs else None
        if gap is not None and all(not line.strip() for line in gap):
            runs[-1].append(index)
        else:
            runs.append([index])
    changed = False
    for run in runs:
        if len(run) < 2:
            continue
        end = run[0] - 1
        while end >= 0 and not lines[end].strip():
            end -= 1
        start = end
        while start > 0 and lines[start - 1].strip():
            start -= 1
        members = [i for i in range(start, end + 1) if _member_line(lines[i])]
        if len(members) != len(run) or not members or members[0] != start:
            continue
        for member, following, role in zip(members, [*members[1:], end + 1], run, strict=True):
            cell = ", ".join(line.strip() for line in lines[member:following])
            lines[member] = f"{cell}, {lines[role].strip()}"
            for index in range(member + 1, following):
                lines[index] = None
        for index in run:
            lines[index] = None
        changed = True
    return "\n".join(line for line in lines if line is not None) if changed else text


def _role_line(line: str) -> bool:
    """A line that is a jury role alone, or two joined ("Rapporteur & Examinateur")."""
    from crawler.extract.pdf import _role_cell

    text = line.strip()
    if not text or len(text) > 2 * ROLE_LINE_CHARS or text[0].islower():
        return False
    return all(_role_cell(part) for part in _ROLE_JOIN.split(text))


ROLE_LINE_CHARS = 40
_ROLE_JOIN = re.compile(r"\s*(?:&|/|\bet\b|\band\b)\s*")


def _member_line(line: str) -> bool:
    """A name alone on its line ("Sophie VERHAEGHE-NDIAYE", "M. Paul Arsac")."""
    text = line.strip()
    return (
        0 < len(text.split()) <= 5
        and not any(c.isdigit() or c in ",;:()" for c in text)
        and name_from_piece(text) is not None
    )


# Markdown's own block syntax at a line's start: an ATX heading, a kramdown attribute list,
# two list items in a row.
_MARKDOWN_STRUCTURE = re.compile(
    r"(?m)^(?:#{1,6}[ \t]+\S|\{:\s*\.|[*-][ \t]+\S[^\n]*\n[*-][ \t]+\S)"
)

# Characters only PDF text extraction leaves in running text: ligatures and spacing accents
# ("Universit´e", "Sj¨oberg", "ﬁlms").
_PDF_DAMAGE = re.compile("[\ufb00-\ufb06]|[´¨ˆ˜ˇ˚][a-zA-Z]|[a-zA-Z][´¨˜ˇ˚]")


def _pdf_damaged(text: str) -> bool:
    """A plain-text dump of a PDF whose extraction damage is still in it (a cheap scan:
    the text needs one of the tell-tale characters first)."""
    if text.isascii():
        return False
    return len(_PDF_DAMAGE.findall(text[:20000])) >= 2


def _html_under_front_matter(text: str, source: str, handles) -> Document | None:
    """A Jekyll/Eleventy page: front matter over an HTML body (``index.html``, ``.njk``),
    read as HTML (its template tags dropped) with the front matter's fields."""
    from crawler.extract.markdown import LIQUID, split_front_matter

    front, body = split_front_matter(text)
    if not front or not body.lstrip().startswith("<") or len(_HTML_MARK.findall(body[:6000])) < 2:
        return None
    if _MARKDOWN_STRUCTURE.search(body):
        # An about.md opening on "<p align=…>" then going on with "## Headings" and "- "
        # lists: Markdown with inline HTML, read as Markdown.
        return None
    from crawler.extract.datafiles import front_matter_blocks
    from crawler.extract.html import load_html

    document = load_html(LIQUID.sub("", body), source)
    document.meta["front_matter"] = front
    title = front.get("title")
    if isinstance(title, str) and title.strip():
        document.title = title.strip()
    from crawler.extract.sections import under_page_title

    blocks = under_page_title(document.blocks, document.title)
    document.blocks = front_matter_blocks(front, handles) + blocks
    return document


_LEADING_DATE = re.compile(
    # "2019", "Sept. 2019", "fév. – juil. 2024" (a month range in one year), "depuis ..."
    # ("2022; 49(3): e2021GL09" is a citation's wrapped year and volume, no entry's date)
    r"^\W{0,3}(?:[A-Za-zéû]{3,10}\.?\s*(?:[–—-]\s*[A-Za-zéû]{3,10}\.?)?\s+)?(?:19|20)\d\d(?!;)|"
    r"^(?:since|depuis)\s|"
    # "seit 08/2023 Postdoktorandin", "desde 2019": any language's "since" before a date
    rf"^(?:{SINCE_WORDS})\s+(?:{MONTH})?(?:19|20)\d\d",
    re.I,
)


def _entry_title(block: Block) -> bool:
    """A title-case heading inside a section that names no section: an entry's title line."""
    from crawler.extract.sections import heading_kind

    return (
        block.kind is BlockKind.HEADING
        and bool(block.section)
        and not block.text.isupper()
        and heading_kind(block.text) is None
    )


# "by" / "Présentée par" alone on a thesis title page's line, the candidate's name on the next.
# (lexicon THESIS_BY: "submitted by", "présentée par", "vorgelegt von", "presentada por")
COVER_BY_LINE = re.compile(
    "(?i)" + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in sorted(LEXICON.THESIS_BY))
)


# "Section c: Track record", "Part B2 — Project", "Annexe 3 : …": a form's part title.
FORM_PART = re.compile(
    r"(?i)(?:section|part|partie|annexe|appendix)\s+[a-z0-9]{1,3}\b\s*[:.—–-]\s*(?=[A-ZÀ-Þ])"
)


def join_dated_entries(blocks: list[Block]) -> list[Block]:
    """PDF text puts every line in its own paragraph: lines after a dated line belong to
    that entry ("2012–2016 PhD ..." then "Supervisors: ...") until the next date or heading.

    A CV class that sets the date in a left column gives a lone date line, then the entry's
    title, which the text parser takes for a heading: such a title (not a known section
    heading) is a line of the entry, and what it seemed to head returns to its section.
    A line wrapped inside a sentence (ending with a comma, or continued lower-case or by
    "(") is joined with a space, so lists of names stay one sentence.
    """
    from crawler.extract.sections import SectionKind, heading_kind

    joined: list[Block] = []
    moved: dict[tuple[str, ...], tuple[str, ...]] = {}
    group: str | None = None  # the students' or examining heading over role sub-headings
    split = list(_split_at_dates(blocks))
    for index, block in enumerate(split):
        if block.section in moved:
            block = Block(block.kind, block.text, block.level, moved[block.section])
        if block.kind is BlockKind.HEADING and not block.section:
            kind = heading_kind(block.text)
            if kind in (SectionKind.STUDENTS, SectionKind.JURY):
                group = block.text
            elif kind is not None or not _role_group(block.text):
                group = None
            elif group is not None:
                # "PhD supervision" › "Primary supervisor — completed" / "Secondary
                # supervisor" (sub-headings set at the section title's size): the role's
                # list inside the section, not a section of its own
                moved[(block.text,)] = (group, block.text)
                block = Block(block.kind, block.text, block.level, (group,))
        if (
            joined
            and block.kind is not BlockKind.HEADING
            and joined[-1].kind is BlockKind.PARAGRAPH
            and joined[-1].text.endswith(",")
            and _CITATION_TAIL.match(block.text)
        ):
            # "…, Écologie & Forêt," over "2024, 12, pp.44-61. ⟨hal-…⟩": a reference's year
            # and volume wrapped onto a line of their own, no dated entry of the CV's
            first, _, rest = block.text.partition("\n")
            above = joined.pop()
            joined.append(Block(above.kind, f"{above.text} {first}", above.level, above.section))
            if not rest:
                continue
            block = Block(BlockKind.PARAGRAPH, rest, block.level, block.section)
        previous = joined[-1] if joined else None
        if (
            previous is not None
            and "\n" in block.text
            and block.kind is BlockKind.PARAGRAPH
            and LONE_DATE.fullmatch(previous.text.strip())
            and _committee_field(block.text)
        ):
            # "September 2023" closing a title page, then "Examiners:" / "Dr A" / "Dr B":
            # the thesis's committee, no entry of that date's
            joined.append(block)
            continue
        if (
            previous is not None
            and previous.kind is BlockKind.HEADING
            and block.kind is not BlockKind.HEADING
            and block.section == (*previous.section, previous.text)
            and _entry_title(previous)
            and LONE_DATE.match(block.text.split("\n", 1)[0])
            # ("by" / "A" / "August 2025": a title page's candidate over its date, no entry)
            and not (len(joined) > 1 and COVER_BY_LINE.fullmatch(joined[-2].text.strip()))
        ):
            # "Senior Scientist" / "Institute X" / "Sept 2021 – Ongoing" (AltaCV and other
            # classes that set the date under the entry's title lines): one entry.
            titles = [joined.pop()]
            if joined and _entry_title(joined[-1]) and joined[-1].section == titles[0].section:
                titles.insert(0, joined.pop())
            parent = titles[0].section
            for title in titles:
                moved[(*title.section, title.text)] = parent
            date, _, rest = block.text.partition("\n")
            text = "\n".join([date, *(t.text for t in titles), *([rest] if rest else [])])
            joined.append(Block(BlockKind.ITEM, text, block.level, parent))
            continue
        if (
            previous is not None
            and block.kind is BlockKind.HEADING
            and previous.kind is not BlockKind.HEADING
            and _wrapped_tail(previous.text, block.text)
            and heading_kind(block.text) is None
            # (the page's first line ending on a number is a banner, "… Date generated:
            # 2026-10-14" or "… Session 2027", over the owner's name: no wrapped sentence)
            and not (len(joined) == 1 and previous.text[-1:].isdigit())
            # ("Title of the thesis" / "A" / "A thesis submitted for …": the candidate's
            # name on a cover, under the title's full line)
            and not (
                index + 1 < len(split)
                and LEXICON.pattern("THESIS_SUBMITTED").search(split[index + 1].text[:80])
            )
        ):
            # "Committee: A (chair), B, C" wrapped before "D" or "University X)": the short
            # tail of a full-width line, not a title.
            moved[(*block.section, block.text)] = previous.section
            joined[-1] = Block(
                previous.kind, f"{previous.text} {block.text}", previous.level, previous.section
            )
            continue
        if (
            previous is not None
            and block.kind is BlockKind.HEADING
            and previous.kind is BlockKind.ITEM
            and (
                _LEADING_DATE.match(previous.text)
                # a Word CV's entry: its dates on a right tab stop, its note below in italics
                or _TRAILING_DATE.search(previous.text.split("\n", 1)[0])
                and ("\n" not in previous.text or _field_label(block.text))
            )
            # ("Nom et adresse de l'employeur" names a field, not a "contact" section)
            and (heading_kind(block.text) is None or _field_label(block.text))
            # ("Principal supervisor" over its entries, then "Associate supervisor": the
            # next role's list, no note of the entry above)
            and not (
                previous.section and _role_group(block.text) and _role_group(previous.section[-1])
            )
            and (
                _DATE_ONLY.match(previous.text)
                or _ENTRY_LINE.search(block.text)
                or _ROLE_NOTE.search(block.text)
                or _field_label(block.text)
                # "2020–present  A" / "Ph.D. student" (a two-column CV's entry: the date, a
                # bold name or institution, then its role in italics on a line of its own)
                or _entry_head(previous.text)
                and len(block.text.split()) <= ENTRY_HEAD_WORDS
                and (
                    block.section == previous.section
                    # (under a section titled in capitals, a line in lower case is no
                    # section's title of the same rank)
                    or bool(previous.section)
                    and previous.section[0].isupper()
                    and not block.text.isupper()
                )
            )
        ):
            moved[(*block.section, block.text)] = previous.section
            joined[-1] = Block(
                BlockKind.ITEM, f"{previous.text}\n{block.text}", previous.level, previous.section
            )
            continue
        if (
            previous is not None
            and (
                block.kind is BlockKind.PARAGRAPH
                # "• Worked with Prof. A on …": a bullet under a dated entry is its line
                or (block.kind is BlockKind.ITEM and block.level > previous.level)
            )
            and previous.kind is not BlockKind.HEADING
            and previous.section == block.section
            and _dated_entry(previous.text)
            and not _dated_entry(block.text)
            # ("Section c: Track record": a form's next part, at a page's top)
            and not FORM_PART.match(block.text)
            # ("Since 2015 I have advised 9 students." over "Student | Years | Co-advisor"
            # and its rows: a table under a dated sentence, no lines of its; a lone row is
            # a form's field, "| Employer | Institute X |", and stays the entry's)
            and not (
                block.kind is BlockKind.ITEM
                and " | " in block.text
                and " | " not in previous.text
                and index + 1 < len(split)
                and " | " in split[index + 1].text
            )
        ):
            glue = " " if _WRAPPED.search(previous.text) or _CONTINUED.match(block.text) else "\n"
            joined[-1] = Block(
                BlockKind.ITEM,
                f"{previous.text}{glue}{block.text}",
                previous.level,
                previous.section,
            )
            continue
        if (
            previous is not None
            and block.kind is BlockKind.PARAGRAPH
            and previous.kind is not BlockKind.HEADING
            and previous.section == block.section
            and (_CONTINUED.match(block.text) or _open_bracket(previous.text))
            and not _dated_entry(block.text)  # ("fév. – juil. 2024 Stage …": a new entry)
            and not COVER_BY_LINE.fullmatch(block.text)  # (the line before a candidate's name)
            and _wrapped_line(previous.text)
        ):
            # "examiner: A (Univ. X, 2021); B" / "(Univ. Y, 2023)": one sentence broken at
            # the column's edge, not two paragraphs.
            joined[-1] = Block(
                previous.kind, f"{previous.text} {block.text}", previous.level, previous.section
            )
            continue
        if (
            block.kind is BlockKind.PARAGRAPH
            and _dated_entry(block.text)
            and not _cover_date(split, index)
        ):
            block = Block(BlockKind.ITEM, block.text, block.level, block.section)
        joined.append(block)
    return joined


COVER_DATE_REACH = 4  # a title page's lines between "A thesis submitted for …" and its date


def _cover_date(blocks: list[Block], index: int) -> bool:
    """The block at *index* is a thesis cover's lone date ("A thesis submitted for the degree
    of …" / "September 2023"): the cover's, no CV entry the declaration below would join."""
    return bool(LONE_DATE.fullmatch(blocks[index].text.strip())) and any(
        LEXICON.pattern("THESIS_SUBMITTED").search(above.text[:80])
        for above in blocks[max(0, index - COVER_DATE_REACH) : index]
    )


# Years right-aligned at the end of an entry's first line ("Postdoc, Institute X  2012–2015").
_TRAILING_DATE = re.compile(
    # ("Dates 09/2017 → 12/2020": a European form's numeric months and its arrow)
    r"\s(?:[01]?\d/)?(?:19|20)\d\d(?:\s*(?:[–—-]+|→)\s*"
    r"(?:(?:[01]?\d/)?(?:19|20)\d\d|present|now|today|aujourd'hui|présent)?)?"
    r"\s*$",
    re.I,
)


# A reference's year, volume (issue) and pages: "2024, 12, pp.44-61", "2017, 33 (2), pp.200".
_CITATION_TAIL = re.compile(r"(?:19|20)\d\d,\s*\d{1,4}(?:\s*\(\d{1,3}\))?,\s*(?:pp?\.|\d)")


# "Internal: Dr A, University X": a committee's line, a short seat label then a person.
_SEAT_LINE = re.compile(r"^([A-Za-zÀ-ÿ-]{3,20}(?:\s[A-Za-zÀ-ÿ-]{3,20})?):\s+(?=[A-ZÀ-Þ])")


def labelled_committee_lists(blocks: list[Block]) -> list[Block]:
    """A PDF's lone plural committee label ("Examiners:") over its lines each labelled with
    a member's seat only ("Internal: Dr A, …" / "External: Prof. B, …"): each line names
    the seat in the label's role ("Internal examiner: Dr A, …"), read as a jury's line."""
    out: list[Block] = []
    role = ""
    for block in blocks:
        seat = _SEAT_LINE.match(block.text) if role else None
        if seat is not None and block.kind is BlockKind.PARAGRAPH and "\n" not in block.text:
            text = f"{seat.group(1)} {role}:{block.text[seat.end(1) + 1 :]}"
            out.append(Block(block.kind, text, block.level, block.section))
            continue
        label = block.text.strip()[:-1].strip()
        role = (
            label[:-1].lower()
            if block.kind is BlockKind.PARAGRAPH
            and block.text.strip().endswith(":")
            and label.endswith("s")
            and LEXICON.pattern("JURY_CUES").fullmatch(label)
            else ""
        )
        out.append(block)
    return out


def _committee_field(text: str) -> bool:
    """*text* opens on a committee's or the supervisors' label ("Examiners:", "Supervisors:
    A"), its people on the lines below."""
    label, colon, _ = text.partition("\n")[0].partition(":")
    label = label.strip()
    return bool(
        colon
        and len(label) <= 40
        and (
            LEXICON.pattern("JURY_CUES").fullmatch(label)
            or LEXICON.pattern("SUPERVISION_CUES").fullmatch(label)
        )
    )


def _dated_entry(text: str) -> bool:
    """*text* starts an entry of a CV: a date leads its first line or ends it (not a
    thesis cover's "Thèse présentée et soutenue à A, le 8 mars 2023", its defence)."""
    if _LEADING_DATE.match(text):
        return True
    first = text.split("\n", 1)[0]
    return bool(_TRAILING_DATE.search(first)) and not (
        LEXICON.pattern("DEFENCE_STATEMENTS").match(first)
    )


WRAP_WIDTH = 60  # a line this long that stops mid-sentence ran into the column's edge
FULL_LINE = 80  # a line this long filled a page-wide column


def _field_label(text: str) -> bool:
    """*text* opens on a CV form's field label ("Fonction ou poste occupé X", Europass)."""

    return LEXICON.pattern("CV_FIELD_LABELS").match(text) is not None


def _open_bracket(text: str) -> bool:
    """*text* leaves a bracket open ("thèse de A (Université de" / "X, 2024)")."""
    return text.count("(") > text.count(")")


def _wrapped_line(previous: str) -> bool:
    """The last line of *previous* ran into the column's edge mid-sentence."""
    last = previous.rsplit("\n", 1)[-1].rstrip()
    # (a justified line stretches its word gaps: "Institut  des  Sciences  de  X," filled
    # the column whatever its length)
    return (len(last) >= WRAP_WIDTH or "  " in last) and last[-1:] not in ".;!?:"


# "Mentor: Dr." at a line's end: the title's dot ends no sentence, the name follows.
_TITLE_AT_END = re.compile(r"\b(?:Dr|Prof|Pr|Mr|Mrs|Ms|M|Mme)\.$")


def _wrapped_tail(previous: str, line: str) -> bool:
    """*line* ends the sentence that *previous* broke at the column's edge."""
    last = previous.rsplit("\n", 1)[-1].rstrip()
    if len(last) < WRAP_WIDTH or last[-1:] in ".;!?" and not _TITLE_AT_END.search(last):
        return False
    if " " not in line and line.isupper() and len(line) > 3:
        return False  # "ACKNOWLEDGMENTS": a section title in capitals starts the next page
    if _ENDS_WITH_ROLE.search(last):
        return False  # "…, Dissertation Advisor, Chair of Committee" over the next name
    if last.endswith(":") and _introduces_list(last):
        return False  # "… approved by the following:" over the signatories, one per line
    # ("Mentor:" then the name; "committee: A" then "B (chair), C": a title has no comma;
    # a full line ending on a lower-case word, "… financement" then "CIFRE avec …", broke
    # mid-phrase)
    word = last.rsplit(None, 1)[-1]
    return (
        len(line.split()) <= 3
        or line.count(")") > line.count("(")
        or ", " in line
        # ("Assistant Professor of X, Division of Y," over "Z University School of Medicine":
        # a post's line broken after its comma, the employer on the next)
        or last.endswith(",")
        or len(last) >= FULL_LINE
        and word.isalpha()
        and word.islower()
    )


def _signature_intro() -> re.Pattern[str]:

    return LEXICON.pattern("SIGNATURE_INTROS")


def _introduces_list(line: str) -> bool:
    """*line* ("… approved by the following:", "Thesis Advisor and Postgraduate-Scholar
    Sponsor:") opens a list whose entries each start a line of their own."""
    from crawler.extract.sections import heading_kind

    return bool(_signature_intro().search(line)) or heading_kind(line.rstrip(": ")) is not None


# An approval page's title line ends with the member's role ("…, Outside Member").
_ENDS_WITH_ROLE = re.compile(
    r"(?i),\s*(?:(?:outside|external|internal|committee)\s+member|member|chair(?:\s+of"
    r"\s+(?:the\s+)?committee)?|co-?chair|(?:dissertation|thesis)\s+(?:advisor|director))$"
)


def _split_at_dates(blocks: list[Block]):
    """A PDF text box may hold the end of one entry and the start of the next: a line that
    starts with a date starts a new paragraph."""
    for block in blocks:
        if block.kind is not BlockKind.PARAGRAPH or "\n" not in block.text:
            yield block
            continue
        lines = block.text.split("\n")
        start = 0
        for index in range(1, len(lines)):
            if (
                _LEADING_DATE.match(lines[index])
                and not _dates_below_title(lines, start, index)
                and not (index == 1 and _card_name_line(lines[0]))
                # "… interns: A" / "(2019), B (2021)": the bracketed year of a wrapped name;
                # "… IEEE RA-L," / "2024.": a wrapped reference's year
                and not (
                    lines[index].lstrip()[:1] == "("
                    and lines[index - 1].rstrip()[-1:].isalpha()
                    or lines[index - 1].rstrip()[-1:] == ","
                )
                # "… Soutenue le 12" / "décembre 2022. …": a day's date wrapped at its month
                and not (lines[index][:1].islower() and _DAY_END.search(lines[index - 1]))
            ):
                yield Block(block.kind, "\n".join(lines[start:index]), block.level, block.section)
                start = index
        yield Block(block.kind, "\n".join(lines[start:]), block.level, block.section)


_DAY_END = re.compile(r"(?<![\d.,/-])\b(?:[1-9]|[12]\d|3[01])(?:er)?\s*$")
CARD_NAME_CHARS = 50


def _card_name_line(line: str) -> bool:
    """ "Dr. A Quill" / "PhD 2015 · Thesis title" / "Now: …": a card's name line over the
    degree its person took, one entry (a date line after it dates that person's entry)."""
    from crawler.extract.sections import heading_kind  # (sections reads documents' blocks)

    line = line.strip()
    return (
        len(line) <= CARD_NAME_CHARS
        and not any(ch.isdigit() or ch in ",:;|" for ch in line)
        and name_from_piece(line) is not None
        and len(name_from_piece(line)) + 6 >= len(line)  # (the name, a title at most)
        and heading_kind(line) is None  # ("Beruflicher Werdegang" over "seit 2023 …")
    )


def _dates_below_title(lines: list[str], start: int, index: int) -> bool:
    """ "Research Fellow" / "Institute X, University Y" / "2022 – present": a sidebar CV
    sets an entry's dates alone under its title and organisation lines; they date that
    entry, not open the next one."""
    return (
        start == 0
        and index <= 3
        and _DATE_ONLY.match(lines[index].strip()) is not None
        and not any(_LEADING_DATE.match(line) or ":" in line for line in lines[:index])
    )


# A date column's cell alone ("2010–2014", "2017–present", "Since 2020").
# ("Mar 2021 - Sep 2021 · 7 mos": a profile's copied dates with the stay's length)
_DATE_ONLY = re.compile(
    r"^\W{0,3}(?:[A-Za-zéû]{3,10}\.?\s+)?(?:19|20)\d\d\s*(?:[–—-]+\s*"
    r"(?:(?:[A-Za-zéû]{3,10}\.?\s+)?(?:19|20)\d\d|[A-Za-zé]{3,12})?)?"
    r"(?:\s*·\s*\d{1,2}\s*(?:yrs?|mos?|years?|months?|ans?|mois)(?:\s+\d{1,2}\s*(?:mos?|months?|mois))?)?\s*$"
)
# An entry's title line, not a section title: "Postdoc, Institute X", "Hosted by X".
_ENTRY_LINE = re.compile(r",|\b(?:by|with|under|de|par|avec)\b", re.I)


def _entry_head(text: str) -> bool:
    """*text* is a dated entry's head alone: the date and a short title, perhaps a short
    role line under it ("2022  University X" / "External examiner"), no sentence."""
    lines = text.split("\n")
    return len(lines) <= ENTRY_HEAD_LINES and all(
        len(line.split()) <= ENTRY_HEAD_WORDS and line[-1:] not in ".:" for line in lines
    )


ENTRY_HEAD_LINES = 2
ENTRY_HEAD_WORDS = 8


def _role_group(title: str) -> bool:
    """*title* ("Secondary supervisor", "Internal examiner, University X") heads the list of
    the theses the owner had one part in: a short line naming the role, no field."""
    return (
        ":" not in title
        and len(title.split()) <= ROLE_GROUP_WORDS
        and _GROUP_ROLE.search(title) is not None
    )


ROLE_GROUP_WORDS = 8
_GROUP_ROLE = re.compile(r"(?i)\b(?:co-?)?(?:supervisor|advisor|adviser|examiner)s?\b")
# A note naming the owner's part in the entry above ("Principal supervisor").
_ROLE_NOTE = re.compile(r"(?i)\b(?:supervisor|advisor|directeur|directrice|encadrant|encadrante)\b")
_WRAPPED = re.compile(r"[,;(]\s*$|\b(?:and|et|of|de)\s*$")
_CONTINUED = re.compile(r"^\s*(?:[(\[]|[a-zà-ÿ])")


_PLACEHOLDER = re.compile(
    r"\{\{\s*(?:site\.|page\.|\.Site\.|\.Params\.|site\.Params\.)?"
    r"([\w.]+)\s*(?:\|[^}]*)?\}\}"
)


def fill_placeholders(text: str, placeholders: dict[str, str]) -> str:
    """Replace ``{{ site.author.name }}``-style placeholders by the site's values."""

    def replace(match: re.Match[str]) -> str:
        key = match.group(1)
        for candidate in (key, key.split(".")[-1], key.lower()):
            if candidate in placeholders:
                return str(placeholders[candidate])
        return ""

    return _PLACEHOLDER.sub(replace, text)


def as_json(text: str):
    try:
        return json.loads(text)
    except ValueError:
        return None


_CELL = " | "


# An empty cell leaves "A | | B": cells split on any bar, so each row keeps its columns.
_CELL_SPLIT = re.compile(r"\s*\|\s*")


# A row's first cell naming a person ("Mme Ségolène DUVERNOY", "Dr Ada Quill"): data, not
# the header of a table that has none.
_PERSON_CELL = re.compile(
    r"^(?:(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Prof|Pr)\.?\s+[A-ZÀ-Þ]|"
    r".*\b[A-ZÀ-Þ][a-zà-ÿ]+\s+[A-ZÀ-Þ]{2,}(?:[-\s][A-ZÀ-Þ]{2,})*$|"
    r"[A-ZÀ-Þ]{2,}(?:[-\s][A-ZÀ-Þ]{2,})*\s+[A-ZÀ-Þ][a-zà-ÿ]+)"
)


def _cells(text: str) -> list[str]:
    """A row's cells (a text without a bar is one cell: no split needed)."""
    return _CELL_SPLIT.split(text) if "|" in text else [text]


# "1ère inscription", "1st year": an ordinal in a header's label, no figure of a row's
_ORDINAL = re.compile(r"\b\d(?:ère|re|er|st|nd|rd|th)\b")


_KEYED_CELL = re.compile(r"\w:[ \t]+\w")


def _is_header_row(block: Block) -> bool:
    cells = block.text.split(_CELL)
    text = _ORDINAL.sub("", block.text) if "1" in block.text else block.text
    return (
        block.kind is BlockKind.ITEM
        and len(cells) >= 2
        and not _PERSON_CELL.match(cells[0].strip())
        and "\n" not in block.text
        and not any(ch.isdigit() or ch in ",;." for ch in text)
        # "Nom: A | Prénom: B": a form's label and value pairs, no column labels
        and not (":" in text and _KEYED_CELL.search(text))
        # "Directeur·rice(s) de thèse / encadrant·e": a slash joins two labels in one cell.
        and all(0 < len([w for w in cell.split() if w != "/"]) <= 5 for cell in cells)
        # "Rector Magnificus | voorzitter" (a promotiecommissie's first row): a chair's
        # role as the last cell is a row of the table, not its columns' names
        and not LEXICON.jury_role_patterns["jury_president"].fullmatch(cells[-1].strip())
    )


def _key_value_rows(blocks: list[Block], start: int) -> tuple[int, int]:
    """How many rows from *start* form a two-column record table (HAL's thesis notice:
    "Type de document | Thèse", "Directeur(s) de thèse | A, B"): each first cell a short
    label, one at least a supervision or jury label; 0 when it is not such a table.  Also
    the index where the scan stopped (the rows before it need no second scan)."""

    labels: list[str] = []
    for block in blocks[start:]:
        cells = _CELL_SPLIT.split(block.text) if block.kind is BlockKind.ITEM else []
        label = cells[0].strip() if len(cells) == 2 else ""
        if not label or len(label.split()) > 5 or "\n" in label or _DIGIT.search(label):
            break
        labels.append(label)
    cues = LEXICON.pattern("SUPERVISION_CUES"), LEXICON.pattern("JURY_CUES")
    found = any(cue.search(label) for label in labels[1:] for cue in cues)
    if not found and labels:
        # "Nom d'usage | QUILL" / "Prénom | Ada": an identity form's fields, no header row.
        family, given = (
            LEXICON.pattern("FAMILY_NAME_COLUMNS"),
            LEXICON.pattern("GIVEN_NAME_COLUMNS"),
        )
        found = family.fullmatch(labels[0]) is not None and any(
            given.fullmatch(label) for label in labels[1:3]
        )
    return (len(labels) if len(labels) >= 3 and found else 0), start + max(1, len(labels))


_DIGIT = re.compile(r"\d")


def _split_name_columns(header: list[str]) -> str | None:
    """ "family" for "Nom | Prénom | ...", "given" for "First name | Last name | ...": a
    directory writing each person's name over its first two columns."""

    if len(header) < 2:
        return None
    family, given = LEXICON.pattern("FAMILY_NAME_COLUMNS"), LEXICON.pattern("GIVEN_NAME_COLUMNS")
    first, second = header[0].strip(), header[1].strip()
    if family.fullmatch(first) and given.fullmatch(second):
        return "family"
    if given.fullmatch(first) and family.fullmatch(second):
        return "given"
    return None


# "S.No. | Name of the Scholar | …" then "1 | A | …": a row-number column says nothing.
_SERIAL_HEADER = re.compile(r"(?i)^(?:s\.?\s*no|sr\.?\s*no|sl\.?\s*no|serial\s+no|no|#)\.?$")
_SERIAL_CELL = re.compile(r"^\d{1,3}\.?$")


def _drop_serial_column(blocks: list[Block]) -> list[Block]:
    """The blocks with a table's row-number column removed, so its header row and its first
    cell (the row's subject) are the ones the other rules expect."""
    if not any(block.text.startswith(("S", "s", "N", "#")) for block in blocks):
        return blocks
    result = list(blocks)
    for index, block in enumerate(blocks):
        cells = _cells(block.text) if block.kind is BlockKind.ITEM else []
        if len(cells) < 3 or not _SERIAL_HEADER.match(cells[0].strip()):
            continue
        rows = index + 1
        while rows < len(blocks) and blocks[rows].kind is BlockKind.ITEM:
            row = _cells(blocks[rows].text)
            if len(row) != len(cells) or not _SERIAL_CELL.match(row[0].strip()):
                break
            rows += 1
        if rows == index + 1:
            continue
        for position in range(index, rows):
            old = blocks[position]
            text = _CELL.join(_cells(old.text)[1:])
            result[position] = Block(old.kind, text, old.level, old.section)
    return result


# "Whitcombe, Delphine" in a repository record's field: one name, family name first
# ("Van Hoorebeke, Geert", "Sjöberg Wennerström, Linnea": a particle, a second family name).
# (Two family words only before one given name: "Ahmad Karimi, Birgit Lagerlöf" is two
# people, "Sjöberg Wennerström, Linnea" one.)
_INVERTED_NAME = re.compile(
    r"^\s*(?:((?:(?:[Vv][ao]n|[Dd][eiaou]|[Dd]e[lr]|[Dd]ella|[Dd]os|[Ll][ea]|[Tt]e[rn]|den)\s+){0,2}"
    r"[A-ZÀ-Þ][\w'’-]+),\s+([A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,2})"
    r"|([A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ][\w'’-]+),\s+([A-ZÀ-Þ][\w'’-]*\.?))"
    # (a reviewer's place after the name: "Dalla Torre, Benedetta (Universität Bozen)")
    r"\s*(\([^()\n]{2,80}\))?\s*$"
)


def _given_family(match: re.Match[str]) -> str:
    family, given = (match.group(1), match.group(2)) if match.group(1) else match.group(3, 4)
    place = match.group(5)
    return f"{given} {family} {place}" if place else f"{given} {family}"


# "Abernathy, Colin (Chair)", "Sandoval-Rask, Mateo (External examiner, Institute X)"
_ROLE_TAGGED_INVERTED = re.compile(
    r"[^,()]{2,40},[^,()]{2,40}\((?:[\w-]+\s+){0,2}(?i:chair(?:person)?|co-?chair|examiner|"
    r"(?:committee\s+)?member|reader|(?:co-?)?(?:advisor|adviser|supervisor))\s*[,)]"
)


def record_names(blocks: list[Block]) -> list[Block]:
    """Dissertation records write "Author: Penrose, Callum" and "Committee members:
    Kiyota, Hanae; Soto, Ramon": a person field's names, family first, put in reading
    order ("Callum Penrose", "Hanae Kiyota, Ramon Soto") so the field reads like others.
    A block of such fields, one a line, has each line turned."""

    result = []
    for block in blocks:
        if (
            ":" not in block.text
            and "(" in block.text
            and "\n" not in block.text
            and _ROLE_TAGGED_INVERTED.match(block.text)
            and (inverted := _INVERTED_NAME.match(block.text))
        ):
            # "Oyelaran, Funmilayo (Internal examiner)" (a committee field's cell, one
            # person with a role a line): the name in reading order, the role kept
            result.append(Block(block.kind, _given_family(inverted), block.level, block.section))
            continue
        if ":" not in block.text or "," not in block.text and "(" not in block.text:
            result.append(block)
            continue
        if block.kind is BlockKind.HEADING:
            result.append(block)
            continue
        lines = block.text.split("\n")
        turned = [_turned_field(line) for line in lines]
        if not any(turned):
            result.append(block)
            continue
        kept: list[str] = []
        field = False  # the line before was one person field's names, turned
        for new, line in zip(turned, lines, strict=True):
            inverted = _INVERTED_NAME.match(line) if field and ":" not in line else None
            if inverted:
                # "Co-supervisor(s): Papadakis, Stavros" / "Whitehorse, Lachlan J." (a
                # field's cell, one name a line): the field's next name
                kept[-1] += f", {_given_family(inverted)}"
                continue
            kept.append(new or line)
            field = bool(new) and "\n" not in new
        text = "\n".join(kept)
        result.append(Block(block.kind, text, block.level, block.section))
    return result


# "Directeur de recherche : Boisvert, Jean" (a Québec thesis record's label)
_RESEARCH_DIRECTOR = re.compile(r"(?i)(?:co-?)?direct(?:eur|rice)\s+de\s+recherche")
_PERSON_FIELD_CUES = ("AUTHOR_LABELS", "SUPERVISION_CUES", "JURY_CUES", "COSUPERVISION_CUES")


# "Halloran, Declan J (advisor), Ambrose-Ueda, Keiko (committee member)" (OATD, NDLTD):
# each person with a role in brackets.
_TAGGED_PERSON = re.compile(r"\s*(?P<name>[^()]{3,60}?)\s*\((?P<role>[^()]{3,30})\)\s*[.,;]?")
_TAGGED_ROLE = re.compile(
    r"(?i)(?:co-?)?(?:advisor|adviser|supervisor|committee\s+(?:member|chair)|chair|reader|"
    r"examiner|member)"
)


def _role_tagged(value: str) -> str | None:
    """A field listing people each tagged with a role, one "Role: Name" line each (the
    names in reading order); None when any piece is not such a person."""
    people = []
    position = 0
    for match in _TAGGED_PERSON.finditer(value):
        if match.start() != position or not _TAGGED_ROLE.fullmatch(match.group("role").strip()):
            return None
        name = match.group("name").strip(" ,;")
        inverted = _INVERTED_NAME.match(name) if "," in name else None
        role = match.group("role").strip()
        people.append(
            f"{role[:1].upper()}{role[1:]}: {_given_family(inverted) if inverted else name}"
        )
        position = match.end()
    if len(people) < 1 or value[position:].strip(" .;"):
        return None
    return "\n".join(people)


def _turned_field(line: str) -> str | None:
    """One person field's line with its names in reading order, or None when it is none."""
    label, colon, value = line.partition(":")
    if not colon or "," not in value and "(" not in value or len(label.split()) > 4:
        return None
    if "(" in value and "/" in label and (tagged := _role_tagged(value)) is not None:
        return tagged  # "Advisors/Committee Members: A (advisor), B (committee member)"
    if "," not in value:
        return None
    pieces = value.split(";") if ";" in value else [value]
    tail = ""
    if len(pieces) == 1 and value.count(",") >= 2:
        # "Eklund, Gunnar, Professor, Institute X" (DiVA): the name, then the person's
        # position and place.
        family, given, rest = value.split(",", 2)
        if LEXICON.pattern("POSITIONS").match(rest.strip()):
            pieces, tail = [f"{family},{given}"], f",{rest}"
    names = [_INVERTED_NAME.match(piece) for piece in pieces]
    if not all(names) or not (
        any(LEXICON.pattern(cue).search(label) for cue in _PERSON_FIELD_CUES)
        or _RESEARCH_DIRECTOR.fullmatch(label.strip())
        # "Vorsitzender: Hallmann, Rüdiger", "Chair: Okoro, Ada": a board's role as the label
        or len(label.split()) <= 2
        and LEXICON.jury_role_patterns["jury_president"].fullmatch(label.strip()) is not None
    ):
        return None
    return f"{label}: " + ", ".join(_given_family(m) for m in names if m) + tail


# "Date de soutenance : 7 décembre 2023" — a record's field, a label then its value.
_FIELD_LINE = re.compile(r"[A-ZÀ-Þ][^:：\n]{1,40}?\s?[:：][ \t]+\S")
FIELD_LINES = 3  # a paragraph of this many fields or more is a record's field list
# A catalogue record's fields open on its type or date ("Type de document :", "Date de
# soutenance :"); an identity form's ("Nom :", "Prénom :") stay one block.
_RECORD_FIELDS_LEAD = re.compile(r"(?i)(?:(?:document|item|resource)\s+)?(?:type|date)\b")


def field_paragraphs(blocks: list[Block]) -> list[Block]:
    """A paragraph whose every line is a labelled field, the first its type or date (a
    record's fields copied as text: "Type de document : Thèses" / "Établissement de
    soutenance : Université X" / …): one item per field, as the record's table has them."""
    result: list[Block] = []
    for block in blocks:
        if (
            block.kind is BlockKind.PARAGRAPH
            and block.text.count("\n") >= FIELD_LINES - 1
            and _RECORD_FIELDS_LEAD.match(block.text)
            and all(_FIELD_LINE.match(line) for line in block.lines)
        ):
            result.extend(
                Block(BlockKind.ITEM, line, block.level, block.section) for line in block.lines
            )
            continue
        result.append(block)
    return result


ROLE_RUN = 8  # the most people one role label lists, one item each


_HEAD_OF_UNIT = re.compile(r"(?i)direct(?:eur|rice|or|ora)s?")


def _role_title(text: str, heading: bool) -> bool:
    """A short title that names a supervision or thesis-jury role ("Supervisors",
    "Opponent", "Examiner:"), not a section of its own kind ("Examining committee")."""
    from crawler.extract.sections import heading_kind

    words = text.strip(" :：")
    if not words or len(words.split()) > 3 or "\n" in words:
        return False
    if heading and _HEAD_OF_UNIT.fullmatch(words):
        return False  # "Directeur", "Director": a lab's or a school's head, no advisor
    # A heading names an advisor's role only in an advisor's noun ("Responsable
    # scientifique" heads a team's leader); a label item may use any supervision cue.
    cues = LEXICON.pattern("ADVISING_NOUNS" if heading else "SUPERVISION_CUES")
    # A heading's reviewers and examiners ("Chair" or "Members" title other lists too);
    # a label item's president ("Président :"; its reviewers' and examiners' items the
    # jury rule reads below it).
    roles = LEXICON.jury_role_patterns
    kinds = ("jury_reviewer", "jury_examiner") if heading else ("jury_president",)
    cue = (
        cues.fullmatch(words)
        or cues.fullmatch(words[:-1])
        or any(roles[role].fullmatch(words) for role in kinds)
        # a repository record's field heading "Committee Member" over its names: a member's
        # role qualified by its body (a bare "Members" heads any list)
        or (heading and " " in words and roles["jury_member"].fullmatch(words))
    )
    return bool(cue) and heading_kind(words) is None


def _in_jury_section(block: Block) -> bool:
    from crawler.extract.sections import SectionKind, heading_kind

    return any(heading_kind(title) is SectionKind.JURY for title in block.section)


# A students list's entry: a degree or thesis word ("A, PhD (expected 2026)", "B, ME
# thesis (2019)"); an advisor's entry names a title and a place instead.
_STUDENT_ENTRY = re.compile(
    r"\b(?:Ph\.?\s?D|D\.?Phil|M\.?\s?Sc|M\.?Phil|MEng|MRes|M\.?S|M\.?A|M\.?E|Master|Doctor of|"
    r"[Tt]hesis|[Dd]issertation)\b"
)


# "A (2020–2025), with Prof. B": a name and the years of its stay, a student's entry.
_DATED_NAME_ENTRY = re.compile(
    r"[^\W\d_][^\W\d_ .'’-]*(?:[ .'’-]+[^\W\d_]+){1,4}\s\((?:19|20)\d\d\s?[-–—]"
)


def _students_under_role(block: Block, blocks: list[Block], index: int) -> bool:
    """A role heading under a students section whose items are students' entries."""
    from crawler.extract.sections import SectionKind, heading_kind

    if not any(heading_kind(title) is SectionKind.STUDENTS for title in block.section):
        return False
    items = []
    for following in blocks[index:]:
        if following.kind is BlockKind.HEADING:
            break
        items.append(following)
    return bool(items) and all(
        _STUDENT_ENTRY.search(item.text) or _DATED_NAME_ENTRY.match(item.text) for item in items
    )


ROLE_ENTRY_CHARS = 240  # a person's entry under a role's label: a name and a place or two
# A title page's foot: "Valdeolmos, 2025", "Lindenau, im Januar 2024", a page number "iii".
_COVER_FOOT = re.compile(
    r"(?i:[ivxlc]{1,6}|\d{1,4})|[A-ZÀ-Þ][\w'’ .-]{1,40},\s+(?:\w+\s+){0,2}(?:19|20)\d\d\.?"
)


def role_labelled_runs(blocks: list[Block]) -> list[Block]:
    """A role's label then its people, one block each (a repository record: DiVA's
    "<h2>Supervisors</h2><ul><li>Eklund, Gunnar, Professor, …</li>…", Zenodo's
    "<li>Supervisors:</li><li>Kettunen, Aleksi</li><li>Obuya, Grace</li>"): each person
    reads "Supervisors: Eklund, Gunnar, …", as a labelled field does."""
    if not any(b.text.endswith(":") or b.kind is BlockKind.HEADING for b in blocks):
        return blocks
    result: list[Block] = []
    index = 0
    while index < len(blocks):
        block = blocks[index]
        result.append(block)
        index += 1
        heading = block.kind is BlockKind.HEADING
        if not (heading or block.text.endswith((":", "："))) or not _role_title(
            block.text, heading
        ):
            continue
        if heading and _in_jury_section(block):
            continue  # "Jury" › "Rapporteurs" › items: the jury rules read that list
        if heading and _students_under_role(block, blocks, index):
            # "Graduate Students" › "Thesis advisor" › "A, PhD (expected 2026)": the
            # owner's role toward the students listed, not the people's own role
            continue
        run = []
        while index + len(run) < len(blocks) and len(run) <= ROLE_RUN:
            following = blocks[index + len(run)]
            if (
                following.kind is BlockKind.HEADING
                or "\n" in following.text
                or ":" in following.text
                or (not heading and following.section != block.section)
                # (a paragraph of prose below the role's people: a certificate's "El Dr. A,
                # Profesor Titular …, y la Dra. B … CERTIFICAN", no person's entry)
                or len(following.text) > ROLE_ENTRY_CHARS
                # (a cover's "Town, 2025" or a page's number below them: the role's list ends)
                or _COVER_FOOT.fullmatch(following.text.strip()) is not None
            ):
                break
            run.append(following)
        after = blocks[index + len(run)] if index + len(run) < len(blocks) else None
        if (
            not run
            or len(run) > ROLE_RUN
            or (
                heading
                and after
                and after.kind is not BlockKind.HEADING
                # ("Examinateurs :" / "– A" / "– B" / "Président : C": a label line made a
                # heading (level 7) ends where the next label's line starts)
                and not (block.level == 7 and ":" in after.text[:45])
            )
        ):
            continue  # (under a heading: the whole section, up to the next heading)
        label = block.text.strip(" :：")
        if not heading:
            result.pop()  # the label's own item is now each person's
        for person in run:
            result.append(
                Block(person.kind, f"{label}: {person.text}", person.level, person.section)
            )
        index += len(run)
    return result


# A listing's column naming each row's person, when the title comes first.
_AUTHOR_COLUMN = re.compile(
    r"(?i)(?:author|student|candidate|doctoral\s+candidate|auteur|autrice|doctorant|doctorante|"
    r"étudiant|étudiante)(?:\s*\(s\))?"
)


_TITLE_COLUMN = re.compile(
    r"(?i)(?:(?:thesis|dissertation)\s+)?title|titre(?:\s+de\s+la\s+thèse)?|thesis|thèse"
)


# A listing's first column naming each row's supervisor, when the student comes after.
_ADVISOR_COLUMN = re.compile(
    r"(?i)(?:(?:research|thesis|phd|doctoral|faculty|primary|main)\s+)?(?:advis[oe]r|supervisor|"
    r"directeur|directrice|encadrant|encadrante)(?:s|\s*\(s\))?(?:\s+de\s+thèse)?"
)


# German gender marks: "Betreuer*in", "Doktorand:innen", "Mitarbeiter_innen",
# "Gutachter/in", "DoktorandInnen" (not "linkedin.com/in/", no word goes on after them).
_GENDER_MARK = re.compile(
    r"[*:_/I](?<=[a-zäöüß][*:_/I])(?=(?:(?<=I)nnen|(?<!I)in(?:nen)?)\b(?![/@]|\.\w))"
)


def _unmarked(text: str) -> str:
    return _GENDER_MARK.sub(lambda m: "i" if m.group() == "I" else "", text)


# German puts the participle last: "Die Arbeit wurde von A betreut und von A und B
# begutachtet" is read as "wurde betreut von A und begutachtet von A und B", the order
# the cues ("betreut von", "begutachtet von") are written in.
_VERB_LAST_PASSIVE = re.compile(
    r"\b(?P<lead>wurde|wird|wurden|werden|war|ist|und)\s+(?P<by>(?:von|durch)\s+[A-ZÀ-Þ]"
    r"[^;!?\n]{2,160}?)\s+(?P<verb>(?:mit|gemeinsam\s+)?betreut|begutachtet)\b"
)


def _verb_moved(match: re.Match[str]) -> str:
    return f"{match['lead']} {match['verb']} {match['by']}"


def german_forms_read(blocks: list[Block]) -> list[Block]:
    """German inclusive forms written whole ("Betreuer*in: A" → "Betreuerin: A",
    "Doktorand:innen" → "Doktorandinnen"), in texts and section titles alike, so labels and
    headings read as the lexicon writes them; a passive's last participle moved before its
    agents ("von A betreut" → "betreut von A")."""
    result = []
    # (the blocks under one heading share its titles: each section is searched once)
    marked_sections: dict[tuple[str, ...], bool] = {}
    for block in blocks:
        if (marked := marked_sections.get(block.section)) is None:
            marked = marked_sections[block.section] = any(map(_GENDER_MARK.search, block.section))
        if marked or _GENDER_MARK.search(block.text):
            block = Block(
                block.kind,
                _unmarked(block.text),
                block.level,
                tuple(_unmarked(title) for title in block.section),
            )
        if " von " in block.text and "etreut" in block.text or "egutachtet" in block.text:
            text = _VERB_LAST_PASSIVE.sub(_verb_moved, block.text)
            if text != block.text:
                block = Block(block.kind, text, block.level, block.section)
        result.append(block)
    return result


_ROLE_CELL_ROW = re.compile(r"^\s*(?P<label>[^|:：]{2,40}?)\s*[:：]\s*\|\s*(?P<rest>\S.*)$")


def _role_cell_rows(blocks: list[Block]) -> list[Block]:
    """A title page's jury set in columns, the role in the left one ("Rapporteurs : | M. A |
    Professeur, Université X" over "| M. B | Professeure, …"): each row reads as the role's
    labelled line ("Rapporteurs : M. A, Professeur, …"), an empty role cell the one above."""
    result: list[Block] = []
    label = None
    for block in blocks:
        text = block.text
        if block.kind is not BlockKind.ITEM or "|" not in text or "\n" in text:
            label = None
            result.append(block)
            continue
        row = _ROLE_CELL_ROW.match(text)
        if row and _role_label(row.group("label")):
            label = row.group("label")
            rest = row.group("rest")
        elif label and text.lstrip().startswith("|"):
            rest = text.lstrip()[1:].strip()
        else:
            label = None
            result.append(block)
            continue
        cells = [c for c in _cells(rest) if c.strip()]
        result.append(
            Block(block.kind, f"{label} : {', '.join(cells)}", block.level, block.section)
        )
    return result


# "Doctorant(e) / PhD candidate": a header cell in two languages, one label after the other.
_TWO_LANGUAGE_CELL = re.compile(r"^(?P<first>[^/\d|]{2,40}?)\s+/\s+[^/\d|]{2,40}$")
BILINGUAL_HEADER_CELLS = 2


def _one_language_header(cells: list[str]) -> list[str]:
    """A header row written in two languages ("Doctorant(e) / PhD candidate | Sujet / Topic |
    Co-encadrant / Co-advisor"), each cell's first label kept: a row's field reads "Sujet: …",
    "Co-encadrant: B" as a one-language table's would.  A row with one such cell keeps it
    ("Supervisor / Co-supervisor" may name two roles)."""
    matches = [_TWO_LANGUAGE_CELL.match(cell.strip()) for cell in cells]
    if sum(m is not None for m in matches) < BILINGUAL_HEADER_CELLS:
        return cells
    return [m["first"] if m else cell for m, cell in zip(matches, cells, strict=True)]


def label_table_rows(blocks: list[Block]) -> list[Block]:
    """Rows under a table's header row name their cells: "Nia Oduya | Supervisors: A, B |
    Started: 2021", so a role or supervisor column reads like a labelled line.  The first
    cell (the row's subject) stays bare."""
    blocks = role_labelled_runs(field_paragraphs(german_forms_read(blocks)))
    if not any("|" in block.text for block in blocks):
        return record_names(blocks)  # no cells: no table (most pages)
    blocks = _role_cell_rows(blocks)
    blocks = _drop_serial_column(blocks)
    result: list[Block] = []
    header: list[str] | None = None
    split_name: str | None = None
    key_value_rows = scanned = 0
    for index, block in enumerate(blocks):
        cells = _cells(block.text) if block.kind is BlockKind.ITEM else []
        following = blocks[index + 1] if index + 1 < len(blocks) else None
        if header is None and not key_value_rows and len(cells) == 2 and index >= scanned:
            key_value_rows, scanned = _key_value_rows(blocks, index)
        if key_value_rows:
            # "Directeur(s) de thèse | A, B": a record's label column, no header row.
            key_value_rows -= 1
            text = f"{cells[0]}: {cells[1]}" if len(cells) == 2 else block.text
            result.append(Block(block.kind, text, block.level, block.section))
            continue
        if (
            header is None
            and _is_header_row(block)
            and following is not None
            and following.kind is BlockKind.ITEM
            and len(_cells(following.text)) == len(cells)
        ):
            header = _one_language_header(cells)
            split_name = _split_name_columns(header)
            if split_name:
                names = [header[0], *header[2:]]
                block = Block(block.kind, _CELL.join(names), block.level, block.section)
            result.append(block)
            continue
        if header is not None and len(cells) == len(header):
            if split_name:
                # "BERTHOLON | Maëlle | ..." under "Nom | Prénom": one name cell.
                family, given = cells[:2] if split_name == "family" else cells[1::-1]
                cells = [f"{given.strip()} {family.strip()}".strip(), *cells[2:]]
                labelled = [cells[0]] + [
                    f"{name}: {cell}" if cell.strip() else cell
                    for name, cell in zip(header[2:], cells[1:], strict=True)
                ]
                result.append(Block(block.kind, _CELL.join(labelled), block.level, block.section))
                continue
            labelled = [cells[0]] + [
                f"{name}: {cell}" if cell.strip() and not _degree_cell(name, cell) else cell
                for name, cell in zip(header[1:], cells[1:], strict=True)
            ]
            author = (
                next(
                    (
                        position
                        for position, name in enumerate(header[1:], 1)
                        if _AUTHOR_COLUMN.fullmatch(name.strip())
                    ),
                    None,
                )
                if _TITLE_COLUMN.fullmatch(header[0].strip())
                # "Advisor | Student | Degree" (a department's students by advisor): the
                # student is the row's subject, the advisor one of its fields.
                or _ADVISOR_COLUMN.fullmatch(header[0].strip())
                else None
            )
            if author is not None and cells[author].strip():
                # "Title | Author | Type | Role | Year" (a portal's supervised theses): the
                # author is the row's subject, the title one of its fields.
                # ("Mwangi, Esther" under "Student", "Ainsworth, Corinne" under "Advisor":
                # a directory's names family first, put in reading order)
                subject, first = (
                    _given_family(m) if turn and (m := _INVERTED_NAME.match(c)) else c.strip()
                    for c, turn in (
                        (cells[author], True),
                        (cells[0], _ADVISOR_COLUMN.fullmatch(header[0].strip())),
                    )
                )
                labelled = [
                    subject,
                    f"{header[0]}: {first}",
                    *(
                        cell
                        for position, cell in enumerate(labelled)
                        if position not in (0, author)
                    ),
                ]
            result.append(Block(block.kind, _CELL.join(labelled), block.level, block.section))
            continue
        header = None
        result.append(block)
    return record_names(result)


DEGREE_CELL_WORDS = 2


def _degree_cell(label: str, cell: str) -> bool:
    """A cell that is only a supervision's kind ("PhD", "MSc", "Postdoc") under a label that
    reads as an internship ("Stage": a phase in English, an internship in French): the
    cell says its kind itself, the label would only blur it."""
    from crawler.extract.sections import Context, contexts_in  # (sections reads documents)

    if len(cell.split()) > DEGREE_CELL_WORDS:
        return False
    own = {kind for _, kind in contexts_in(cell)}
    labelled = {kind for _, kind in contexts_in(label)}
    return bool(own) and labelled == {Context.INTERNSHIP} and Context.INTERNSHIP not in own


SIGNATORY_TITLE = 120  # characters: a signatory's title line, not a paragraph
SIGNATORY_LINES = 4  # a signatory's title and role lines under the name
_SIGNATORY_ROLE = re.compile(
    r"(?i)(?:outside|external|internal|minor|graduate\s+school)\s+(?:reader|member|examiner|"
    r"representative)|(?:committee|faculty)\s+(?:member|reader)|reader"
)
# An approval page's signatory for an office, not the committee: "Chair, Graduate Program in
# X", "Head of the Department of Y", "Dean of the Graduate School".
_OFFICE_SIGNATORY = re.compile(
    r"(?i),\s*(?:(?:department\s+)?(?:head|chair|director)(?:,|\s+of)\s+(?:the\s+)?"
    r"(?:[\w-]+\s+){0,3}(?:department|(?:degree\s+)?program(?:me)?|graduate\s+studies)\b"
    r"|(?:associate\s+)?dean\b)"
)


def signature_lists(blocks: list[Block]) -> list[Block]:
    """An approval page's signatories ("…approved by the following:" then each name on a
    line of its own, read as a heading, over its title line): one item per signatory, "Name,
    Title", under the introducing line, as a committee list is."""
    from crawler.extract.sections import heading_kind

    intro = _signature_intro()
    # ("… reviewed and approved by the" / "following:": the intro wrapped onto its last line)
    at = next(
        (i for i, b in enumerate(blocks) if intro.search(" ".join(b.text.rsplit("\n", 2)[-2:]))),
        None,
    )
    if at is None:
        return blocks
    line = blocks[at].text.rsplit("\n", 1)[-1]
    if not intro.search(line):
        line = " ".join(blocks[at].text.rsplit("\n", 2)[-2:])
    items: list[Block] = []
    index = at + 1
    while index < len(blocks):
        block = blocks[index]
        if (
            block.kind is not BlockKind.HEADING
            or heading_kind(block.text) is not None
            or name_from_piece(block.text) is None
        ):
            break
        text, index = block.text, index + 1
        # its title line, and its roles on the lines under it ("Dissertation Advisor" /
        # "Chair of Committee"), each a heading of its own in a PDF's text
        for _ in range(SIGNATORY_LINES):
            title = blocks[index] if index < len(blocks) else None
            if (
                title is None
                or "\n" in title.text
                or len(title.text) > SIGNATORY_TITLE
                or heading_kind(title.text) is not None
                # ("Outside Reader", capitalised, reads as a name but is the role)
                or name_from_piece(title.text) is not None
                and not _SIGNATORY_ROLE.fullmatch(title.text.strip())
                or title.kind is not BlockKind.HEADING
                and _ != 0
            ):
                break
            text, index = f"{text}, {title.text}", index + 1
        if _OFFICE_SIGNATORY.search(text):
            continue  # "A, Chair, Graduate Program in X": signs for the programme, no member
        items.append(Block(BlockKind.ITEM, text, block.level, (line,)))
    if len(items) < 2:
        return blocks
    return [*blocks[: at + 1], *items, *blocks[index:]]


# A signature line's rule before the signatory it is for: "______  A, Committee Chair".
_SIGNATURE_RULE = re.compile(r"_{5,}[ \t]*(?P<rest>[^_\n]{4,})")


def signature_rule_lines(blocks: list[Block]) -> list[Block]:
    """An approval page's signature rules, each with its signatory beside it ("Approved by:"
    then "______ A, Dissertation Advisor", "______ B, Committee Chair"): one item per
    signatory under the introducing line, as :func:`signature_lists` reads them."""
    out: list[Block] = []
    intro: tuple[str, ...] | None = None
    for block in blocks:
        match = _SIGNATURE_RULE.fullmatch(block.text.strip())
        rest = match.group("rest").strip() if match else ""
        if not match or name_from_piece(rest.split(",", 1)[0]) is None:
            out.append(block)
            intro = (block.text,) if block.text.rstrip().endswith(":") else None
            continue
        if _OFFICE_SIGNATORY.search(rest):
            continue  # "______ A, Dean of the Graduate School": signs for an office
        section = intro or block.section
        out.append(Block(BlockKind.ITEM, rest, block.level, section))
    return out


# A printed table's header whose first column holds the dates ("Datas   Título   Papel"),
# its cells apart by runs of blanks; its rows' cells wrap onto the lines below.
_DATES_HEADER = re.compile(
    r"(?im)^(?:datas?|dates?|fechas?|per[ií]odo|years?|anos?|años?)[ ]{3,}\S[^\n]*[ ]{3,}\S"
)
_PRINTED_CELL = re.compile(r"\S+(?: \S+)*")
_ROW_DATE = re.compile(r"^(?:19|20)\d\d(?:[/.-]\d\d){0,2}\b")
_CELL_FIELD = re.compile(r"^[A-ZÀ-Þ][\w()/ -]{1,30}:\s")
_CELL_ORG = re.compile(
    r"^(?:Universi(?:ty|dad|dade|té|tät)|Institut[eo]?|Escola|Escuela|Centr[eo]|Faculdade|"
    r"Facultad|College)\b"
)
WRAPPED_ROW_LINES = 8  # lines one printed row may wrap onto
_TABLE_TITLE = re.compile(r"[^\W\d][^\d:|]{2,40}")


def _printed_row_goes_on(row: list[str], line: str, second: int) -> bool:
    """Whether *line* is more of the printed row *row* (a table's date column at 0, its
    second column at *second*)."""
    if not line.strip() or len(row) >= WRAPPED_ROW_LINES:
        return False
    if _ROW_DATE.match(line):
        # "2020/11" under "2016/09 -": the range's end, not the next row
        return len(row) == 1 and row[0].split("  ")[0].rstrip().endswith(("-", "–"))
    return line[:1] == " " or len(line.split("  ")[0]) < second


def _printed_cell(pieces: list[str], fields: list[str]) -> str:
    """One column's pieces of a row as one cell; a labelled piece ("Orientador(es): A")
    and its wrapped lines go to *fields*, an institution after a name set apart."""
    parts: list[str] = []
    in_field = False
    for piece in pieces:
        if _CELL_FIELD.match(piece):
            fields.append(piece)
            in_field = True
        elif in_field:
            fields[-1] += f" {piece}"
        elif parts and _CELL_ORG.match(piece):
            parts.append(f"— {piece}")
        else:
            parts.append(piece)
    return " ".join(parts)


def wrapped_table_rows(text: str) -> str:
    """A printed table whose cells wrap onto several lines (a CV portal's PDF export:
    "2016/09 -   Consenso assíncrono com   Orientador   Rodrigo Manuel" over "2020/11
    assinaturas agregadas   Valente Pimentel"): each row one line, each cell whole, a
    cell's own labelled lines ("Orientador(es): A") on lines of their own below it."""
    if not _DATES_HEADER.search(text):
        return text
    lines = text.split("\n")
    out: list[str] = []
    index = 0
    while index < len(lines):
        line = lines[index]
        index += 1
        if not _DATES_HEADER.match(line):
            out.append(line)
            continue
        if len(out) > 1 and out[-2].strip() and _TABLE_TITLE.fullmatch(out[-1]):
            out.insert(len(out) - 1, "")  # "Outros" / "Orientação": the table's own title
        columns = [m.start() for m in _PRINTED_CELL.finditer(line)]
        labels = [[m.group()] for m in _PRINTED_CELL.finditer(line)]
        while index < len(lines) and lines[index][:1] == " " and lines[index].strip():
            for piece in _PRINTED_CELL.finditer(lines[index]):  # the header's wrapped labels
                at = piece.start() + 2
                labels[max(i for i, start in enumerate(columns) if start <= at or not i)].append(
                    piece.group()
                )
            index += 1
        out.append(f"| {' | '.join(' '.join(label) for label in labels)} |")
        out.append("|" + "---|" * len(labels))
        while index < len(lines) and _ROW_DATE.match(lines[index]):
            row = [lines[index]]
            index += 1
            while index < len(lines) and _printed_row_goes_on(row, lines[index], columns[1]):
                row.append(lines[index])
                index += 1
            cells: list[list[str]] = [[] for _ in columns]
            for printed in row:
                for piece in _PRINTED_CELL.finditer(printed):
                    at = piece.start() + 2
                    column = max(i for i, start in enumerate(columns) if start <= at or not i)
                    cells[column].append(piece.group())
            fields: list[str] = []
            out.append(f"| {' | '.join(_printed_cell(pieces, fields) for pieces in cells)} |")
            out.extend(fields)
    return "\n".join(out)
