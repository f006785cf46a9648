"""One document → claims: load, find the owner, run every rule per block, tidy the claims."""

from __future__ import annotations

import re
from collections.abc import Callable
from functools import cache, lru_cache

from crawler.claims import Claim, Family, Relation
from crawler.extract import affiliations, forms, relations
from crawler.extract.dates import years_in
from crawler.extract.documents import (
    Block,
    BlockKind,
    Document,
    DocumentFormat,
    decode,
    load,
    sniff,
    wide_text,
)
from crawler.extract.html import PAGE_RANGE
from crawler.extract.lexicon import LEXICON
from crawler.extract.markdown import YEAR
from crawler.extract.organisations import acronym_map, title_acronyms
from crawler.extract.owner import (
    DEFENDS,
    LABEL_CHARS,
    PageOwner,
    _defended,
    _name_shaped,
    _turned_round,
    announced_candidate,
    bio_subject,
    block_subject,
    card_subject,
    find_owner,
    fuller_owner,
    given_first_owner,
    is_card_name,
    lab_head,
    memorial_blocks,
    spelled_owner,
    thesis_item,
    tribute_subject,
    welcomed_subject,
)
from crawler.extract.page import Page, scrub
from crawler.extract.persons import (
    AFFILIATION_BRACKET,
    DEGREE,
    PARENS,
    full_names_written,
    name_at_start,
    name_from_piece,
    names_after,
)
from crawler.extract.publications import (
    PublicationEntry,
    bibtex_entries,
    bibtex_theses,
    coauthor_claims,
    keywords,
    may_hold,
    parse_entry,
    without_trailing_names,
)
from crawler.extract.sections import (
    QUIET,
    SectionKind,
    among_others,
    bare_theses,
    heading_kind,
    section_kind,
)
from crawler.extract.sites import SiteContext
from crawler.extract.templates import is_sample_entity, is_template_text
from crawler.extract.threads import may_be_thread, thread_posts
from crawler.extract.topics import paragraph_topics
from crawler.names import (
    GIVEN_ONLY,
    GIVEN_OR_FAMILY,
    TITLES,
    chinese_given_first,
    clean_name,
    compatible,
    fold,
    parse_name,
    written_family_first,
)

# Sections whose entries name people in another role than their own (jury members,
# referees, co-authors): no entry there speaks for its person.
_NOT_CARDS = frozenset(
    {
        SectionKind.JURY,
        SectionKind.PUBLICATIONS,
        SectionKind.STUDENTS,
        SectionKind.TALKS,
        SectionKind.TEACHING,
    }
)
BLOCK_RULES = (
    relations.supervision,
    relations.student_list,
    relations.speaker_brackets,
    relations.owner_advises,
    relations.possessive_group,
    relations.student_table,
    relations.relation_rows,
    relations.jury,
    relations.award_mentors,
    relations.coauthors_named,
    affiliations.affiliations,
    affiliations.offer_contacts,
    affiliations.structure,
    affiliations.people_page,
    affiliations.heading_cards,
)
# Which rules read which blocks, decided once per kind of block rather than asked by every
# rule of every block: each rule left out of a set returns at once there, before any
# reading.  Rules that read entries, never titles:
_ENTRY_ONLY = (
    relations.supervision,
    relations.award_mentors,
    relations.coauthors_named,
    relations.speaker_brackets,
    relations.owner_advises,
    relations.possessive_group,
    relations.student_table,
    relations.relation_rows,
    affiliations.offer_contacts,
    affiliations.people_page,
)
# Rules that return at once in a quiet section (publications, teaching, talks ...): a
# publication list's many items skip the calls.
_QUIET_RETURNING = (
    relations.supervision,
    relations.owner_advises,
    relations.possessive_group,
    relations.student_table,
    relations.relation_rows,
    affiliations.affiliations,
    affiliations.people_page,
    affiliations.heading_cards,
)
# (structure reads an offer's "The X Lab is part of Y": it returns in the other quiet ones)
_OFFERS_ONLY_WHEN_QUIET = (affiliations.structure,)
# Rules that read job offers only (they return at once on any other page).
_OFFER_ONLY = (affiliations.offer_contacts,)


BYLINE_BLOCKS = 8  # an article's byline sits under its headline
_BYLINE = re.compile(r"^By\s+(?P<names>[^,|·•\n]{5,120}?)\s*(?:[,|·•]|$)")


def _name_lined_card(page: Page, block: Block) -> str | None:
    """The person a people list's card names on its first line, its position on the next
    ("A" / "Professor, University Y"), outside alumni and quiet sections."""
    from crawler.extract.persons import name_at_start

    if block.kind is not BlockKind.PARAGRAPH or "\n" not in block.text or not block.section:
        return None
    first, second = block.lines[0], block.lines[1]
    if (
        len(first) > CARD_NAME_CHARS
        or not (
            LEXICON.pattern("POSITIONS").match(second)
            or LEXICON.pattern("POSITIONS").match(_TITLED_POSITION.sub("", second))
        )
        or page.kind(block) in _NOT_CARDS
        or any(LEXICON.pattern("ALUMNI").search(t) for t in block.section)
        or not is_card_name(first)
    ):
        return None
    return name_at_start(first)


CARD_NAME_CHARS = 60
# "CNRS Research Scientist", "Inria Researcher": a body's acronym before the position
_TITLED_POSITION = re.compile(r"^(?:[A-Z][A-Za-z]{1,7}\s+)?")


def _without_signature(blocks: list[Block]) -> list[Block]:
    """An article without the paragraph that signs it again at its end ("A (University X)
    and B (Y)", the byline's writers): the writers are no list of the article's people."""
    byline = None
    for block in blocks[:BYLINE_BLOCKS]:
        byline = _BYLINE.match(block.text) if block.text[:3] == "By " else None
        if byline is not None:
            break
    writers = set(names_after(byline["names"])[0]) if byline else set()
    if not writers:
        return blocks
    kept = []
    for block in blocks:
        if block.kind is BlockKind.PARAGRAPH and "(" in block.text and len(block.text) < 200:
            stripped = PARENS.sub("", block.text).strip(" .")
            names, end = names_after(stripped, stop=False)
            if names and set(names) <= writers and not stripped[end:].strip(" .,;"):
                continue
        kept.append(block)
    return kept


# "March 6, 2026 · By A, School Communications", "12 May 2026 | Story by B, News Office":
# a news item's date line with its writer and the writer's office
_BYLINE_DATE = r"(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},?\s+|\d{1,2}\s+[A-Z][a-z]{2,8}\.?\s+)(?:19|20)\d\d"
_DATED_BYLINE = re.compile(
    rf"^{_BYLINE_DATE}\s*[·|•—–-]\s*(?:(?:Story|Written|Posted|Text|Words|Article)\s+)?[Bb]y\s+"
    r"[A-ZÀ-Þ][^\n]{3,120}$"
)
# ... or the date after them: "By C, College of Arts · May 12, 2026" (the writer kept)
_BYLINE_THEN_DATE = re.compile(
    rf"^(?P<writer>By\s+[A-ZÀ-Þ][^,\n]{{2,60}}),\s+[^\n]{{3,80}}?\s[·|•—–-]\s*{_BYLINE_DATE}\s*$"
)


def _byline_year(blocks: list[Block]) -> int | None:
    """The year of the dated byline under an article's headline (the line itself is
    dropped: affiliations.newcomer_cards dates a story's hires by it)."""
    for b in blocks[:BYLINE_BLOCKS]:
        if b.kind is BlockKind.PARAGRAPH and (
            _DATED_BYLINE.match(b.text) or b.text[:3] == "By " and _BYLINE_THEN_DATE.match(b.text)
        ):
            return years_in(b.text)[-1]
    return None


def _without_dated_byline(blocks: list[Block]) -> list[Block]:
    """An article without its dated byline line under the headline: the writer's office
    there is no place of the article's people (the writer after "By" stays: a credit)."""
    drop = {
        id(b)
        for b in blocks[:BYLINE_BLOCKS]
        if b.kind is BlockKind.PARAGRAPH and _DATED_BYLINE.match(b.text)
    }
    kept = []
    for at, block in enumerate(blocks):
        if id(block) in drop:
            continue
        if at < BYLINE_BLOCKS and block.kind is BlockKind.PARAGRAPH and block.text[:3] == "By ":
            if (writer := _BYLINE_THEN_DATE.match(block.text)) is not None:
                block = Block(block.kind, writer["writer"], block.level, block.section)
        kept.append(block)
    return kept


# "Prononcée par le professeur B", "Delivered by C": a tribute's speaker, under its heading.
_SPOKEN_BY = re.compile(
    r"(?i)^\W*(?:prononcée?|lue?|présentée?|delivered|given|read|spoken)\s+(?:par|by)\s"
)
_PRIZE_THEN_NAME = re.compile(r"^[^:—–]{3,60}(?::|\s[—–])\s+(?P<name>[^:—–]{5,60})$")


def _laureate_heading(section: tuple[str, ...], seen: dict[str, str | None]) -> str | None:
    """The laureate's full name when the section's heading is a prize's, then its
    laureate's ("Halvorsen Medal: A", "Early Career Award — B"): what follows is the
    laureate's citation."""
    heading = section[-1]
    if heading not in seen:
        prize = _PRIZE_THEN_NAME.match(heading)
        name = name_from_piece(prize["name"]) if prize else None
        seen[heading] = name if name and len(name.split()) >= 2 else None
    return seen[heading]


# "9h30 – A : « Titre »", "14:00 - B (Univ. X): Title": a programme's slot heading naming
# its one speaker, whose bio the slot's folded panel holds
_SLOT_SPEAKER = re.compile(
    r"^\W{0,3}\d{1,2}\s?(?:[hH:.]\s?\d{2}|[hH])(?:\s?[-–—]\s?\d{1,2}\s?(?:[hH:.]\s?\d{2}|[hH]))?"
    r"\s*[-–—|]\s*(?P<name>[^:«\"“(—–|]{4,60}?)\s*(?:[:«\"“(—–|]|$)"
)


def _slot_speaker(heading: str) -> str | None:
    """The one speaker a programme's slot heading names before its talk's title."""
    slot = _SLOT_SPEAKER.match(heading) if heading[:1].isdigit() else None
    name = name_from_piece(slot["name"]) if slot else None
    return name if name and len(name.split()) >= 2 else None


# "… Speaker: Dr A (Institute X)" / "About the speaker. A is a postdoc …": a talk listing's
# entry closing on its speaker's bio, which tells the speaker's own path
_SPEAKER_BIO_LINE = re.compile(
    r"(?im)^[ \t]*(?:about\s+the\s+speaker|speaker(?:['’]s)?\s+bio(?:graphy)?|short\s+bio)"
    r"\s*[:：.]\s+(?=[A-ZÀ-Þ])"
)
# "Student representative: A, PhD candidate (advisor: Prof. B)", "Peer mentor: C, 4th-year
# PhD student in Prof. D's group": an office's holder, a student whose card tells her advisor
_LABELLED_STUDENT_CARD = re.compile(
    r"^(?P<label>[^:\n]{3,60}?)\s*:\s+(?P<name>[^,:;()\n]{4,60}?),\s+"
    r"(?:an?\s+)?(?:(?:\d(?:st|nd|rd|th)|first|second|third|fourth|fifth|final)[- ]year\s+)?"
    r"(?:ph\.?\s?d\.?|doctoral|graduate)\s+(?:student|candidate)\b",
    re.I,
)
_CARD_KEY = "\x00card:"  # a laureate's bare name heading, kept apart from prize headings


_THESIS_LINE = re.compile(r"(?i)^\W*(?:th[eè]se|ph\.?\s?d\.?|dissertation|doctoral\s+thesis)\b")


def _slot_person(block: Block, seen: dict[str, str | None]) -> str | None:
    """The person a programme's table row speaks for, in its cell's later lines: a bio
    opening on the speaker's name, or a thesis line under a laureate's label."""
    for line in block.lines[1:]:
        if len(line) > 60 and (bio := bio_subject(line)):
            return bio
    if not any(_THESIS_LINE.match(line) for line in block.lines[1:]):
        return None
    cell = block.lines[0].rsplit(" | ", 1)[-1]
    return _laureate_heading((re.split(r"\s[—–]\s", cell, maxsplit=1)[0],), seen)


def _laureate_card(section: tuple[str, ...], seen: dict[str, str | None]) -> str | None:
    """The laureate a bare name heading under an awards heading names ("Outstanding
    Dissertation Awards" › "A" › "A was jointly advised by B …"): what follows is A's."""
    from crawler.extract.persons import name_at_start

    if len(section) < 2:
        return None
    key = _CARD_KEY + section[-1]
    if key not in seen:
        name = name_at_start(section[-1]) if is_card_name(section[-1]) else None
        seen[key] = name if name and len(name.split()) >= 2 else None
    return seen[key]


# "Ph.D., Chemistry, 2024" under a laureate's name heading: the degree line of the citation.
_DEGREE_META = re.compile(
    r"^\W{0,3}(?:Ph\.?\s?D\.?|D\.?\s?Phil\.?|Ed\.?\s?D\.?|M\.?\s?S(?:c)?\.?|M\.?\s?A\.?|"
    r"B\.?\s?S(?:c)?\.?|Doctor\s+of\b)[^\n]{0,80}(?:19|20)\d\d\W{0,3}$"
)


@cache
def rules_for(block: BlockKind, section: SectionKind, offer: bool) -> tuple:
    """The rules that may read a block of this kind, in this kind of section, on a page
    that is (or is not) an offer."""
    left_out = () if offer else _OFFER_ONLY
    if section in QUIET:
        left_out += _QUIET_RETURNING
        if section is not SectionKind.OFFERS:
            left_out += _OFFERS_ONLY_WHEN_QUIET
    if block is BlockKind.HEADING:
        left_out += _ENTRY_ONLY
    if section is SectionKind.OTHERS:
        # "People also viewed": not this unit's
        left_out += (affiliations.people_page, affiliations.heading_cards)
    if section is SectionKind.PUBLICATIONS:
        # A publication entry tells no jury (the owner's own thesis among them is read
        # apart, as an education entry: _own_thesis_entry).
        left_out += (relations.jury,)
    return tuple(rule for rule in BLOCK_RULES if rule not in left_out)


_AUTHOR_LABEL = re.compile(
    rf"^\s*(?:{'|'.join(re.escape(w) for w in LEXICON.AUTHOR_LABELS)})\s*[:：]\s*", re.I
)
OFFER_MIN_WORDS = 3


def without_template_sections(blocks: list[Block]) -> list[Block]:
    """Drop theme sample content: blocks holding sample text, and whole sections where most
    blocks are samples (al-folio's sample CV puts "Supervisor: ..." beside its sample
    university), while a user's real entries mixed with leftovers are kept."""
    if not is_template_text("\n".join(b.text for b in blocks)):
        return blocks
    totals: dict[tuple, list[int]] = {}
    for block in blocks:
        if block.kind is not BlockKind.HEADING and block.section:
            counts = totals.setdefault(block.section, [0, 0])
            counts[0] += 1
            counts[1] += is_template_text(block.text)
    marked = {
        section for section, (total, samples) in totals.items() if samples * 2 > total and samples
    }
    kept = []
    for block in blocks:
        path = (*block.section, block.text) if block.kind is BlockKind.HEADING else block.section
        if is_template_text(block.text) or any(path[: len(m)] == m for m in marked):
            continue
        kept.append(block)
    return kept


# ("© Copyright 2026 A": the word and the year the footer's name kept)
_COPYRIGHT_LEAD = re.compile(r"(?i)^(?:copyright\s*)?(?:(?:19|20)\d\d\s*[-–,]?\s*)*")
# A post's title opening the footer's line ("Associate Professor, …", "Maître de conférences").
_POST_LEAD = re.compile(
    r"(?:(?:Assistant|Associate|Full|Adjunct|Research|Senior|Visiting)\s+)?"
    r"(?:Professor|Lecturer|Reader|Researcher|Scientist|Fellow|Professeure?|Maître\s+de\s+"
    r"conférences|Chargée?\s+de\s+recherche|Directeur|Directrice|Postdoctoral)\b"
)


def publication_entries(document: Document) -> list[str]:
    """The texts of the page's publication entries (author lists, with titles and venues)."""
    blocks = [
        b
        for b in document.blocks
        if b.kind is not BlockKind.HEADING
        and (
            (kind := section_kind(b)) is SectionKind.PUBLICATIONS
            # "Publications et communications › Communications": a list of co-authored
            # talks and posters under the publications (a talks section on its own is not)
            or kind is SectionKind.TALKS
            and any(heading_kind(t) is SectionKind.PUBLICATIONS for t in b.section[:-1])
        )
    ]
    # "Authors: A, B" lines hold the entries' authors; a lone "Author: X" is a page byline
    # (every Emacs Org export ends with one) and must not hide the real list.
    labelled = [
        _AUTHOR_LABEL.sub("", b.text.split("\n")[0]) for b in blocks if _AUTHOR_LABEL.match(b.text)
    ]
    labelled = [t for t in labelled if len(_parsed(t).authors) >= 2]
    if labelled:
        return labelled
    if any(b.kind is BlockKind.PARAGRAPH for b in blocks):
        blocks = _before_label_paragraph(blocks)
    cited = [
        b.text
        for b in blocks
        if b.section and LEXICON.pattern("CITATION_LISTS").fullmatch(b.section[-1].strip())
    ]
    if cited:
        document.meta["cited"] = "\n".join(cited)
    blocks = [
        b
        for b in blocks
        if not (b.section and _REFEREES.match(b.section[-1]) and _bare_names(b.text))
        and not _programme_slot(b)
        # "The journal first appeared under the editorship of A and B; later editors-in-chief
        # have included C (1988–1997) and D": a journal's history, its editors no authors
        and not (b.kind is BlockKind.PARAGRAPH and _EDITORS_PROSE.search(b.text))
    ]
    # (an HTML page's lines are its own <br>s; a PDF's or a plain text's may be wraps)
    html = document.format is DocumentFormat.HTML
    return (
        [
            _authors_part(entry)
            for b in blocks
            for entry in (
                b.lines if html and _entry_per_line(b) or _partner_lines(b) else _wrapped_entries(b)
            )
        ]
        + _name_runs(blocks)
        + _shaped_entries(document)
        + (
            _author_line_records(document)
            if "; " in document.text or "), " in document.text
            else []
        )
        + _labelled_citations(document)
        + (_partner_paper_lines(document) if "(with " in document.text else [])
        + _names_under_author_heading(document)
        + _titled_entries(document)
        + _announced_papers(document)
        + (_venue_line_entries(document) if " · " in document.text else [])
        + [
            entry
            for b in blocks
            # (a record's date beside its authors; a bare dotted list of names is referees)
            if " · " in b.text and YEAR.search(b.text)
            for entry in _dotted_authors(b.text)
        ]
    )


def _announced_papers(document: Document) -> list[str]:
    """ "Our paper is out:" / "whose paper won the best paper award:" over list items: a
    news post's citations, under a heading that names no publications."""
    if ":" not in document.text or not any(
        map(document.text.__contains__, LEXICON.words["PAPER_NEWS_WORDS"])
    ):
        return []  # (the cheap test: no lead-in word written anywhere)
    words = LEXICON.pattern("PAPER_NEWS_WORDS")
    entries: list[str] = []
    lead: Block | None = None  # the lead-in paragraph the items follow
    for block in document.blocks:
        if block.kind is BlockKind.PARAGRAPH:
            said = block.text.rstrip()
            lead = block if said.endswith(":") and words.search(said) else None
        elif (
            block.kind is BlockKind.ITEM
            and lead is not None
            and block.section == lead.section
            and section_kind(block) is not SectionKind.PUBLICATIONS  # (read as such)
            and YEAR.search(block.text)
        ):
            entries.append(_authors_part(block.text))
        else:
            lead = None
    return entries


def _partner_paper_lines(document: Document) -> list[str]:
    """ "Job Market Paper" › "“Title” (with A and B)": the lines of that heading's paper that
    name its partners in a bracket (its abstract's capitalised words name nobody)."""
    heads = LEXICON.pattern("PARTNER_PAPER_HEADINGS")
    return [
        line
        for b in document.blocks
        if b.kind is not BlockKind.HEADING
        and b.section
        and "(with " in b.text
        and heads.fullmatch(b.section[-1].strip(" :"))
        for line in b.lines
        if "(with " in line
    ]


LABEL_PARAGRAPH_WORDS = 8


def _before_label_paragraph(blocks: list[Block]) -> list[Block]:
    """The blocks of a publications section up to a short paragraph that labels what
    follows as another section ("Cadre réservé au comité de sélection" after the list, no
    heading of its own): the paragraphs under that label name no paper's authors."""
    out: list[Block] = []
    cut: tuple[str, ...] | None = None
    for block in blocks:
        if cut is not None and block.section == cut:
            continue
        cut = None
        text = block.text.strip()
        if (
            block.kind is BlockKind.PARAGRAPH
            and "\n" not in text
            and ":" not in text  # ("Colaboradores: A; B": a paper's own authors' label)
            and len(text.split()) <= LABEL_PARAGRAPH_WORDS
            and not YEAR.search(text)
            and heading_kind(text) is SectionKind.SERVICE
        ):
            cut = block.section
            continue
        out.append(block)
    return out


_EDITORS_PROSE = re.compile(
    r"(?i)\bunder\s+the\s+editorship\s+of\b|\beditors?-in-chief\s+(?:have|has|had|were|was)\b"
)


# A programme's slot that presents no paper: "14:00 — Panel: …", "Best paper award and
# closing", "Keynote" (its speaker, its chair, its jury are no paper's authors) …
_NO_PAPER_SLOT = re.compile(
    r"(?i)\b(?:panel|round[\s-]?table|table\s+ronde|keynotes?|award|prize|prix|opening|"
    r"closing|ouverture|clôture|lunch|déjeuner|coffee|pause)\b"
)
# … and a line that opens on a role's label ("Moderator: A. Panellists: B, C and D").
_ROLE_LABELLED = re.compile(
    r"(?i)^\W*(?:moderat(?:or|ed\s+by)|panel(?:l)?ists?|discussants?|(?:session\s+)?chairs?|"
    r"speakers?|modérat(?:eur|rice)s?|intervenant(?:e|·e)?s?|animé\s+par)\s*[:：]"
)


def _programme_slot(block: Block) -> bool:
    """A block of a programme's slot that names people but no paper: under a panel's, a
    keynote's, an award's or a break's heading, or opening on a role's label."""
    if _ROLE_LABELLED.match(block.text):
        return True
    return bool(block.section) and _NO_PAPER_SLOT.search(block.section[-1]) is not None


# A scholar profile's record (Semantic Scholar, saved as text): the title, then its authors
# on one line, then "Field · Venue · 2024" — the dotted venue line with a year marks the
# line above as one paper's author list ("+3 authors" hides the middle of a long one).
_VENUE_LINE = re.compile(r"^[^\n·]{2,120}(?: · [^\n·]{2,160})+ · (?:19|20)\d\d\s*$")
_HIDDEN_AUTHORS = re.compile(r",\s*\+\s*\d+\s+authors?\b|,?\s*(?:…|\.\.\.)")


def _venue_line_entries(document: Document) -> list[str]:
    entries = []
    for above, block in zip(document.blocks, document.blocks[1:], strict=False):
        if " · " not in block.text:
            continue
        lines = block.text.split("\n")
        for at, line in enumerate(lines):
            if " · " not in line or not _VENUE_LINE.match(line):
                continue
            authors = lines[at - 1] if at else above.text.split("\n")[-1]
            authors = _HIDDEN_AUTHORS.sub("", authors).strip()
            if len(authors) < 300 and len(_parsed(authors).authors) >= 2:
                entries.append(authors)
    return entries


_HIDDEN_SEGMENTS = frozenset(("[...]", "[…]", "...", "…"))


def _edge_person(part: str, *, last: bool) -> str | None:
    """The name at one edge of a segment a copied line glued to its neighbours ("June 2023
    Talia Brightwater", "Rangi Fonoti Options XII …"): its two or three edge words."""
    tokens = part.split()
    for size in (2, 3):
        if len(tokens) > size:
            name = name_from_piece(" ".join(tokens[-size:] if last else tokens[:size]))
            if name is not None:
                return name
    return None


def _dotted_authors(text: str) -> list[str]:
    """ "A · B · […] · C" (ResearchGate and its copies): authors set apart by middle dots,
    "[...]" hiding the middle of a long list; every segment between the first and the last
    is a name."""
    entries = []
    for line in text.split("\n"):
        if " · " not in line:
            continue
        parts = [p.strip() for p in line.split(" · ")]
        names = []
        for at, part in enumerate(parts):
            if part in _HIDDEN_SEGMENTS:
                continue
            name = name_from_piece(part)
            if name is None and at == 0:
                name = _edge_person(part, last=True)
            if name is None and at == len(parts) - 1 and at:
                name = _edge_person(part, last=False)
            if name is None:
                names = []
                break
            names.append(name)
        if len(names) >= 2:
            entries.append(", ".join(names))
    return entries


def _entry_per_line(block: Block) -> bool:
    """A paragraph of <br>-separated citations (a hand-written page): each line is a whole
    entry, with its own year, not the wrapped lines of one."""
    if block.kind is not BlockKind.PARAGRAPH or "\n" not in block.text:
        return False  # (one line: no lines to tell apart)
    lines = block.lines
    return len(lines) > 1 and all(
        len(line) >= 40 and line[:1].isupper() and YEAR.search(line) for line in lines
    )


def _partner_lines(block: Block) -> bool:
    """ "“Title” (with A and B)" on each line: a working-paper list, one paper a line (a
    solo paper's line among them opens on its quoted title, no partners)."""
    return (
        "\n" in block.text
        and "(" in block.text
        and all(
            "(with " in line or "(avec " in line or line[:1] in _OPEN_QUOTES for line in block.lines
        )
        and any("(with " in line or "(avec " in line for line in block.lines)
    )


_OPEN_QUOTES = frozenset('"“«')


# "Family, G. R., Other, A., and Third, L. “Title”": a line opening on an inverted author.
# "Family GH, Other I (2021) Title": the Vancouver form, initials after the family name.
# "Family G.-H., Other I. (2021). Title": that form with dotted initials (a French CV's).
_INVERTED_LEAD = re.compile(
    r"(?m)^[A-ZÀ-Þ][\w'’-]+,\s+[A-ZÀ-Þ]\.|^[A-ZÀ-Þ][\w'’-]+\s[A-ZÀ-Þ]{1,3},\s[A-ZÀ-Þ][\w'’-]+\s[A-ZÀ-Þ]{1,3}\b"
    r"|^[A-ZÀ-Þ][\w'’-]+\s[A-ZÀ-Þ]\.(?:-?[A-ZÀ-Þ]\.)*,\s[A-ZÀ-Þ][\w'’-]+\s[A-ZÀ-Þ]\."
)


def _sub_heading(line: str) -> bool:
    return "," not in line and len(line.split()) <= 4 and not any(c.isdigit() for c in line)


def _wrapped_entries(block: Block) -> list[str]:
    """A paragraph of entries wrapped over lines (a text dump of a PDF CV, no blank line
    between them): each line that opens on an inverted author name after a line that ends
    an entry starts the next entry."""
    text = block.text
    if block.kind is not BlockKind.PARAGRAPH or "\n" not in text:
        return [text]
    if len(_INVERTED_LEAD.findall(text)) < 2:
        return _year_closed_entries(text)
    entries: list[list[str]] = [[]]
    for line in text.split("\n"):
        previous = entries[-1][-1] if entries[-1] else ""
        if (
            previous
            and _INVERTED_LEAD.match(line)
            and (
                previous.rstrip().endswith(".")
                # "… Journal of Ecology 109: 3012–3025": an entry ends on its pages too, or
                # on its article number ("PLoS Biol 20: e3001712", "J Cell Sci 134: jcs2589")
                or previous.rstrip()[-1:].isdigit()
                # "Journal Articles" over the first entry: a sub-heading's own line
                or (len(entries) == 1 and len(entries[0]) == 1 and _sub_heading(previous))
            )
        ):
            entries.append([])
        entries[-1].append(line)
    return [" ".join(lines) for lines in entries]


# A line that ends on a year: "Journal 42, 100981 — 17 — 2024" (a citation profile's venue,
# citations and year columns, copied as text).
_YEAR_CLOSED = re.compile(r"(?<!\d)(?:19|20)\d\d\.?$")


def _year_closed_entries(text: str) -> list[str]:
    """A copied citation profile (Google Scholar: title, authors, then venue and year, one
    line each, no blank line between papers): each line ending on a year closes an entry,
    when every entry so cut holds one to four lines."""
    lines = text.split("\n")
    if len(lines) < 6:
        return [text]
    ends = [at for at, line in enumerate(lines) if _YEAR_CLOSED.search(line.rstrip())]
    if len(ends) < 2 or len(lines) - 1 - ends[-1] > 2:
        return [text]
    if any(not 1 <= end - before <= 4 for before, end in zip([-1, *ends], ends, strict=False)):
        return [text]
    starts = [0, *(end + 1 for end in ends)]
    return ["\n".join(lines[a : b + 1]) for a, b in zip(starts, ends, strict=False)]


# "Mon dernier article : A, B, C. « Titre ». Revue, 2024." in prose: one cited entry.
_CITATION_LABEL = re.compile(
    # ("Travaux associés : A, B, « Titre », Revue, 2024": a thesis announcement's paper)
    r"(?i)^[^:：]{0,40}\b(?:articles?|publications?|papers?|preprints?|travaux(?:\s+associés)?|"
    # ("Veröffentlichungen (Auswahl): A; B: Titel", "Relation ispartof: A, B, 2018, …": a
    # repository record's field citing the thesis's papers)
    r"veröffentlichungen|publikationen|relation\s+(?:is\s*part\s*of|has\s*part))"
    r"(?:\s*\([^()]{1,20}\))?\s*[:：]\s*(?=[A-ZÀ-Þ])"
)


def _labelled_citations(document: Document) -> list[str]:
    """A citation after an "article :" label in a paragraph outside any publication list."""
    entries = []
    previous = None
    for block in document.blocks:
        introduced, previous = _introduces_papers(previous), block
        if introduced and block.kind is BlockKind.PARAGRAPH and "\n" not in block.text:
            # "… Saoirse published three papers, including" over "A, B, C. Title. J. 2024."
            # (a mail's or a news item's paragraph, then the citation set apart)
            text = block.text
            if YEAR.search(text) and _may_list_authors(text) and len(_parsed(text).authors) >= 2:
                entries.append(_authors_part(text))
            continue
        if block.kind is BlockKind.ITEM and ": " in block.text and "\n" in block.text:
            # a programme's talk entry: "Speaker: A (Univ. X)" over "Based on the paper:
            # A, B and C. Title. Journal, 2026." (the talk's paper, its own line)
            entries.extend(_item_citations(block))
            continue
        if (
            # (a record's field row: one line, its label, then the citation)
            not (
                block.kind is BlockKind.PARAGRAPH
                or block.kind is BlockKind.ITEM
                and "\n" not in block.text
            )
            or ":" not in block.text[:60]
            and "：" not in block.text[:60]
            or (label := _CITATION_LABEL.match(block.text)) is None
            or section_kind(block) is SectionKind.PUBLICATIONS
        ):
            continue
        text = block.text[label.end() :].split("\n")[0]
        if YEAR.search(text) and _may_list_authors(text) and len(_parsed(text).authors) >= 2:
            entries.append(_authors_part(text))
    return entries


# "Joint work with A; based on the paper: A, B and C. …": a line's label before its paper.
_LINE_CITATION_LABEL = re.compile(
    r"(?i)\b(?:based\s+on|from|see|relies\s+on)\s+(?:the|our|a)\s+"
    r"(?:joint\s+)?(?:papers?|articles?|preprints?)\s*[:：]\s*(?=[A-ZÀ-Þ])"
)


def _item_citations(block: Block) -> list[str]:
    """The papers a list entry's lines cite after a "based on the paper:" label."""
    if section_kind(block) is SectionKind.PUBLICATIONS:
        return []
    entries = []
    for line in block.lines[1:]:
        if ":" not in line or (label := _LINE_CITATION_LABEL.search(line)) is None:
            continue
        text = line[label.end() :]
        if YEAR.search(text) and _may_list_authors(text) and len(_parsed(text).authors) >= 2:
            entries.append(_authors_part(text))
    return entries


# A paragraph that ends by announcing the papers set apart below it.
_INTRODUCES_PAPERS = re.compile(
    r"(?i)\b(?:papers?|articles?|publications?|preprints?)\b[^.!?]{0,40}"
    r"(?:\b(?:including|includes?|notably|such\s+as|among\s+them|dont|notamment)|:)\s*$"
)


_INTRODUCING_ENDS = frozenset("gseytm:")


def _introduces_papers(block: Block | None) -> bool:
    return (
        block is not None
        and block.kind is BlockKind.PARAGRAPH
        and block.text.rstrip()[-1:] in _INTRODUCING_ENDS  # (cheap: the closing word)
        and _INTRODUCES_PAPERS.search(block.text[-120:]) is not None
        and section_kind(block) is not SectionKind.PUBLICATIONS
    )


# "References" on a CV lists referees as often as papers.
_REFEREES = re.compile(r"(?i)^\W*(?:references?|referees?|références)\W*$")


_TITLED_LEAD = re.compile(r"(?:Prof|Dr|Professor|Assoc|MSc|Mr|Mrs|Ms)\.?\s")


def _name_runs(blocks: list[Block]) -> list[str]:
    """Research-network and repository pages list one author per ``<li>`` under each title:
    a run of list items that are each one person's name, right after the entry's title (a
    paragraph), is one author list.  A bare list of names is no publication."""
    runs: list[list[str]] = []
    previous = None
    for block in blocks:
        name = (
            name_from_piece(block.text)
            if block.kind is BlockKind.ITEM
            and "\n" not in block.text
            and len(block.text) < 60
            # ("Other staff" › "Prof. A – Dean", "Dr. B": a sidebar's colleagues, titled as
            # no author list writes its authors)
            and _TITLED_LEAD.match(block.text) is None
            else None
        )
        if name is not None and previous is not None and previous.section == block.section:
            if previous.kind is BlockKind.PARAGRAPH:
                runs.append([name])
            elif runs and previous.kind is BlockKind.ITEM and runs[-1]:
                runs[-1].append(name)
        elif name is not None and runs:
            runs.append([])  # a name that follows no title: not an entry's author
        previous = block if name is not None or block.kind is BlockKind.PARAGRAPH else None
    return [", ".join(run) for run in runs if len(run) >= 2]


def _bare_names(text: str) -> bool:
    """An entry that is only names ("A, B, C (teaching)" under a CV's "References": its
    referees): no title, no venue, no year, so no publication.  (Structured records list
    their authors apart from the title: only a "References" heading makes it doubtful.)"""
    if YEAR.search(text):
        return False
    stripped = PARENS.sub("", text).strip(" .;")
    names, end = names_after(stripped, stop=False)
    return len(names) >= 2 and not stripped[end:].strip(" .,;")


_AUTHOR_HEADINGS = frozenset(w.casefold() for w in LEXICON.AUTHOR_LABELS)


def _names_under_author_heading(document: Document) -> list[str]:
    """An article page's "Auteurs" / "Authors" heading over a line of names only (OJS,
    a journal's landing page, the affiliation marks dropped): the paper's author list."""
    entries = []
    blocks = document.blocks
    for at, block in enumerate(blocks[1:], 1):
        heading = blocks[at - 1]
        if (
            block.kind is BlockKind.PARAGRAPH
            and heading.kind is BlockKind.HEADING
            and "\n" not in block.text
            and heading.text.strip(" :：").casefold() in _AUTHOR_HEADINGS
            and _bare_names(block.text)
        ):
            entries.append(block.text)
    return entries


PUBLICATION_SHARE = 0.6
# Sections where a list of papers may hide under a heading that does not say so.
SHAPED_KINDS = {
    SectionKind.ABOUT,
    SectionKind.EMPLOYMENT,
    SectionKind.SERVICE,
    SectionKind.AWARDS,
    SectionKind.GRANTS,
    # a French CV's "Communications": conference papers, each with its author list
    SectionKind.TALKS,
}


# "Engineering Structures 240: 112–130", "25(3): e2201": a journal's volume and pages.
_VOLUME_PAGES = re.compile(r"\b\d{1,4}(?:\s*\(\d{1,3}\))?\s*:\s*e?\d{2,6}(?:\s*[–-]\s*\d+)?\.?\s*$")


# "Quill, Ada; Marlow, Zed" alone in its block: a bibliographic record's author line (an
# author database's document list: the title, the venue and its year in the blocks below).
_INVERTED_AUTHOR = re.compile(
    r"[A-ZÀ-Þ][\w'’-]+(?: (?:[a-z]{1,3} )?[A-ZÀ-Þ][\w'’-]+){0,2}, [A-ZÀ-Þ][\w'’-]*\.?"
    r"(?:[ -][A-ZÀ-Þ][\w'’-]*\.?){0,3}"
)
RECORD_BLOCKS = 3  # the title, the venue with its year, a classification line


def _author_line_records(document: Document) -> list[str]:
    """Author lines of records in a block of their own: "Family, Given; Family, Given" with
    a year in one of the few blocks below (zbMATH, MathSciNet-like lists), or "Given Family
    (Affiliation), Given Family (Affiliation)" over its e-print or venue line (INSPIRE-like
    literature lists), under a heading that does not say publications."""
    entries = []
    blocks = document.blocks
    for at, block in enumerate(blocks):
        text = block.text
        if "\n" in text or len(text) > 300 or block.kind is BlockKind.HEADING:
            continue
        if "; " in text and all(_INVERTED_AUTHOR.fullmatch(p) for p in text.split("; ")):
            found = text
        elif "), " in text and all(_AFFILIATED_AUTHOR.fullmatch(p) for p in text.split("), ")):
            found = AFFILIATION_BRACKET.sub("", text)
        else:
            continue
        if section_kind(block) in QUIET:
            continue  # (a publications section's are read with it; a talk has no record)
        below = blocks[at + 1 : at + 1 + RECORD_BLOCKS]
        if any(b.kind is BlockKind.HEADING and not YEAR.search(b.text) for b in below[:1]):
            continue
        if found is not text and not any(_RECORD_LINE.search(b.text) for b in below[:1]):
            continue  # (names with their places, and no paper's line below: a committee)
        if any(YEAR.search(b.text) for b in below):
            entries.append(found)
    return entries


# "Ada Quill (Marlow U.)" (the last one keeps its closing bracket: the split ate the others')
# "14h15 – Title of the talk – A, B (LAB)" (a workshop's programme), "Title — Quill A, Marlow
# Z" (a journal's featured papers): one contribution's title, then its authors alone.
_TITLE_THEN_AUTHORS = re.compile(
    r"^(?:(?:[01]?\d|2[0-3])\s*[h:.]\s*(?:[0-5]\d)?\s*[–—-]\s*)?"
    r"(?P<title>[^–—\n]{25,250}?)\s+[–—]\s+"
    r"(?P<authors>[^–—\n()\d:;]{5,200}?)\s*(?:\([^()\n]{1,80}\))?\s*\.?$"
)
# "Title of the talk. Ada Quill, Zed Marlow et Bo Lind" (a programme's talk, its authors
# in italics after the title's full stop): the authors' part holds no further full stop.
_TITLE_DOT_AUTHORS = re.compile(
    r"^(?P<title>[^\n]{25,250}?[^\s.A-ZÀ-Þ])\.\s+"
    r"(?P<authors>[^.\n()\d:;«»“”\"]{5,200}?)\s*\.?$"
)

DOTTED_ITEM_CHARS = 470


def _dotted_title(title: str) -> bool:
    """A talk's title before its full stop: no year or label in it (a reference's "(2024).
    Title. Venue" or "Reviewers: Prof. A, B"), and not cut after a title's abbreviation."""
    last = title.split()[-1]
    return (
        not (last[:1].isupper() and len(last) <= 4)
        and YEAR.search(title) is None
        and _ITEM_LABEL.match(title) is None
    )


# (a panel's or a session's members are no paper's authors)
_NOT_A_PAPER = re.compile(
    r"(?i)\b(?:panel|round[\s-]?table|table\s+ronde|discussion|session|keynote|"
    r"opening|closing|ouverture|clôture|break|pause|tutorial|atelier|workshop|award|prix)\b"
)
TITLE_WORDS_MIN = 4
_AUTHOR_SEPARATORS = re.compile(r",\s*(?:(?:and|et)\s+)?|\s+(?:and|et|&)\s+")


def _titled_entries(document: Document) -> list[str]:
    """The author lists of list items that give one contribution's title, then its authors
    after a dash (with a programme's time before the title, an affiliation after)."""
    entries = []
    for block in document.blocks:
        dashed = " – " in block.text or " — " in block.text
        if (
            block.kind is not BlockKind.ITEM
            or "\n" in block.text
            # (past a title's and an author list's longest, no dotted entry matches)
            or (not dashed and (". " not in block.text or len(block.text) > DOTTED_ITEM_CHARS))
            or section_kind(block) not in (SectionKind.ABOUT, SectionKind.TALKS)
        ):
            continue
        shaped = (_TITLE_THEN_AUTHORS if dashed else _TITLE_DOT_AUTHORS).match(block.text.strip())
        if (
            shaped is None
            or len(shaped["title"].split()) < TITLE_WORDS_MIN
            or _NOT_A_PAPER.search(shaped["title"])
            or name_from_piece(shaped["title"].strip()) is not None
            or (not dashed and not _dotted_title(shaped["title"]))
        ):
            continue
        authors = shaped["authors"].strip()
        parsed = _parsed(authors).authors
        if len(parsed) >= 2 and len(parsed) == len(_AUTHOR_SEPARATORS.split(authors)):
            entries.append(authors)
    return entries


_AFFILIATED_AUTHOR = re.compile(
    r"[A-ZÀ-Þ][\w'’.-]+(?: (?:[a-z]{1,3} )?[A-ZÀ-Þ][\w'’.-]+){1,3} \([^()]{2,80}\)?"
)
# A paper's own line: its e-print, DOI or publication venue.
_RECORD_LINE = re.compile(r"(?i)\b(?:e-print|arxiv|doi|published in)\b")


@lru_cache(maxsize=1024)
def _spoken_talks(section: tuple[str, ...]) -> bool:
    """A heading above names spoken talks only ("Exposés", "Invited talks")."""
    spoken = LEXICON.pattern("SPOKEN_TALKS")
    return any(spoken.fullmatch(title.strip(" :")) for title in section)


def _shaped_entries(document: Document) -> list[str]:
    """Publication lists under a heading that does not say so ("Recent work"): a list whose
    items mostly read as author lists with a year."""
    groups: dict[tuple, list[Block]] = {}
    for block in document.blocks:
        if block.kind is BlockKind.ITEM and (kind := section_kind(block)) in SHAPED_KINDS:
            if kind is SectionKind.TALKS and _spoken_talks(block.section):
                continue  # "Exposés" › "2026": co-presenters of talks, no paper's authors
            groups.setdefault(block.section, []).append(block)
    entries: list[str] = []
    for items in groups.values():
        # A header row ("Title | Cited by | Year") has no year: only dated items count (or
        # a book's chapters, "A and B. Title. pp. 1–24": their page range).
        dated = [
            b
            for b in items
            if (YEAR.search(b.text) or PAGE_RANGE.search(b.text))
            and not _labelled_other(b.text)
            and not _person_row(b.text)
        ]
        if len(dated) < 3 and not (
            # two items that each end on a journal's "volume: pages" are citations too
            len(dated) == 2
            and all(
                _VOLUME_PAGES.search(b.text)
                or _QUOTED_WITH.search(b.text)
                or _AUTHORS_THEN_QUOTED.search(b.text)
                for b in dated
            )
        ):
            continue
        shaped = _author_lists(dated)
        if shaped is not None:
            entries.extend(shaped)
            document.meta.setdefault("publication_blocks", set()).update(id(b) for b in dated)
    return entries


# "K. Le Duigou, M.-A. Pellen. « Title ». Venue, 2025": initialled authors, then a quoted
# title.
_AUTHORS_THEN_QUOTED = re.compile(
    r"^(?:[A-ZÀ-Þ][\w.'’-]*\s+){1,3}[A-ZÀ-Þ][\w'’-]+,\s[^«“\"]{3,300}[.,]\s*[«“\"]"
)
# "“Title” (with A and B), Journal, 2024": a working paper's title, then its coauthors.
_QUOTED_WITH = re.compile(r"[”\"»]\s*,?\s*\((?:with|avec|joint\s+with)\s+[A-ZÀ-Þ]")


def _person_row(text: str) -> bool:
    """A people table's row: a person's name alone in the first cell, then labelled cells
    ("A | Directeur·rice de thèse: B | Membres du CSI: C, D"), no paper's author list."""
    if " | " not in text:
        return False
    first, rest = text.split(" | ", 1)
    return ":" not in first and ": " in rest and name_from_piece(first) is not None


_ITEM_LABEL = re.compile(r"^\W*([^\W\d][^:：]{2,30}?)\s*[:：]")


def _labelled_other(text: str) -> bool:
    """An item labelled with another section's title ("Doctorants : A (2019-2022), B"),
    among a plain CV's papers: a list of its own, not a publication."""
    label = _ITEM_LABEL.match(text) if ":" in text[:34] or "：" in text[:34] else None
    if label is None:
        return False
    kind = heading_kind(label.group(1))
    return kind is not None and kind is not SectionKind.PUBLICATIONS


def _author_lists(items: list[Block]) -> list[str] | None:
    """The items' texts read as author lists, when most of them read so (else None): the
    reading stops as soon as too many items have failed."""
    needed = PUBLICATION_SHARE * len(items)
    reachable = len(items)  # how many may still read as author lists
    shaped: list[str] = []
    for block in items:
        text = _authors_part(block.text)
        # ("“Title” (with A)": the page's author and A)
        least = 1 if "(" in text and _QUOTED_WITH.search(text) else 2
        if _may_list_authors(text) and len(_parsed(text).authors) >= least:
            shaped.append(text)
            continue
        reachable -= 1
        if reachable < needed:
            return None
    return shaped


class _NoEntry:
    authors: tuple = ()


@lru_cache(maxsize=4096)
def _parsed(text: str):
    return parse_entry(text) or _NoEntry()


_EDITED = re.compile(
    r"(?:^|\s)(?:In|Dans)\s*:|\beds?\.|\((?:eds?|éds?)\.?\)|\bedited by\b|"
    r"\bsous la direction de\b",
    re.I,
)


_EDITED_WORDS = ("ed.", "eds.", "(ed", "(éd", "edited by", "sous la direction de")
_EDITED_KEYS = keywords(*_EDITED_WORDS)
_EDITED_KEYS_COLON = keywords(*_EDITED_WORDS, "in", "dans")  # "In: Proceedings …"


# A year or an "In" before "(Eds.)" means the names marked are a chapter's book editors.
_BEFORE_EDITORS = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:In|Dans)\b")


def _authors_part(entry: str) -> str:
    """An entry without its "In: Proceedings ..., eds. X and Y" tail: editors are not authors."""
    words = _EDITED_KEYS_COLON if ":" in entry else _EDITED_KEYS
    match = _EDITED.search(entry) if may_hold(entry, words) else None
    if (
        match
        and match.group().startswith("(")
        and not _BEFORE_EDITORS.search(entry, 0, match.start())
    ):
        return ""  # "A. & B. (Eds.). (2019). Title": an edited volume, its names are editors
    bare_mark = match and match.group()[0] in "eE" and match.group()[-1] == "."  # "Eds."
    if bare_mark and _only_names(entry[: match.start()]):
        return ""  # "A and B, Eds., Title" (IEEE): an edited volume, its names are editors
    if match and match.group().startswith("("):
        # "A, 2019, Book. B, O. & C, D. (éds.)": the chapter's book editors, named before
        # their mark, go with it
        entry = without_trailing_names(entry[: match.start()]).strip()
    elif match:
        entry = entry[: match.start()].strip()
    if "dvis" in entry or "upervis" in entry:
        # "PhD thesis, University X. Advisors: A and B": a thesis's advisors are no authors.
        advised = _ADVISORS_TAIL.search(entry)
        if advised is not None:
            return entry[: advised.start()].strip()
    return entry


def _only_names(text: str) -> bool:
    """Whether *text* is a list of names closed by a comma and nothing else ("A. Quill and
    B. Dunn, "; not "A. Quill, Angew. Chem. Int. " before "Ed. 2010")."""
    text = text.rstrip()
    if text[-1:] != ",":
        return False
    text = text.rstrip(" ,")
    names, end = names_after(text, stop=False) if text else ([], 0)
    return bool(names) and not text[end:].strip(" ,")


_ADVISORS_TAIL = re.compile(
    r"(?i)(?:^|(?<=[\s.;,(]))(?:(?:co-?)?(?:advisors?|supervisors?)\s*[:：]|supervised\s+by\s)"
)


# A capital not preceded by a word character (the look-behind follows the capital, so that
# the engine scans for capitals first).
_CAPITALISED = re.compile(r"[A-ZÀ-Þ](?<![\w-].)")


_CONNECTOR_WORDS = tuple(f" {word} " for word in LEXICON.CONNECTORS if word.isalpha())


# "Compte rendu de A et B, Titre, …", "Review of: C, Title": another author's book
# reviewed; its authors wrote nothing with the reviewer.
_REVIEW_ENTRY = re.compile(
    r"(?i)^\W*(?:\d{4}\W+)?(?:compte[- ]rendu|recension|note\s+de\s+lecture|(?:book\s+)?review)"
    r"\s*(?:de|du|des|d['’]|of)?\s*[:：]?\s+(?=[A-ZÀ-Þ])"
)


def _may_list_authors(text: str) -> bool:
    """Cheap pre-filter: an author list has a separator (or a bracketed "with" naming the
    owner's one partner) and two capitalised words (in its first 400 characters; the
    search stops at the second)."""
    if not (
        "," in text
        or "&" in text
        or ";" in text
        or "(with " in text  # "Title (with A)": one partner, and the owner the entry omits
        or "(avec " in text
        or any(map(text.__contains__, _CONNECTOR_WORDS))  # "A und B", "A en B", "A y B"
    ):
        return False
    first = _CAPITALISED.search(text, 0, 400)
    return first is not None and _CAPITALISED.search(text, first.end(), 400) is not None


def _is_offer(document: Document, owner_stated: bool) -> bool:
    """A job or thesis offer: said so in its title, or full of offer words on a page that
    names no owner (a homepage's "Open positions" section does not make it an offer)."""
    title = " ".join(
        t for t in (document.title, document.blocks[0].text if document.blocks else "") if t
    )
    if OFFER_TITLE.search(title):
        return True
    if owner_stated:
        return False
    hits = {m.group().lower() for m in LEXICON.pattern("OFFER").finditer(document.text[:20000])}
    return len(hits) >= OFFER_MIN_WORDS and not _members_page(document)


# The short headings of people's groups ("Group leaders", "Professional staff", "Honours
# students") that make a page a group's people page
PEOPLE_PAGE_HEADINGS = 3


def _members_page(document: Document) -> bool:
    """A group's page of its people, whose "Join us" or closing "Interested in joining?
    Scholarships …" recruits, no more: a short heading of its alumni, or several of
    people's groups."""
    short = [
        b.text for b in document.blocks if b.kind is BlockKind.HEADING and len(b.text.split()) <= 4
    ]
    if any(LEXICON.pattern("ALUMNI").search(text) for text in short):
        return True
    people, heads = LEXICON.pattern("PEOPLE"), LEXICON.pattern("LAB_HEADS")
    groups = {text.casefold() for text in short if people.search(text) or heads.search(text)}
    return len(groups) >= PEOPLE_PAGE_HEADINGS


def _news_beside_offer(block: Block) -> bool:
    """An item of a news list on an advert's page (a lab site's "Latest news" widget)."""
    return (
        block.kind is not BlockKind.HEADING
        and bool(block.section)
        and len(block.section[-1]) < 40
        and LEXICON.pattern("NEWS_HEADINGS").fullmatch(block.section[-1].strip(" :")) is not None
    )


OFFER_TITLE = re.compile(
    r"(?i)\b(?:offre\s+de\s+(?:thèse|stage|post-?doc|poste)|(?:phd|ph\.d\.|postdoc(?:toral)?|"
    r"post-doc|internship|job)\s+(?:position|offer|opening|vacancy)|job\s+offer|vacancy|"
    r"sujet\s+de\s+thèse|proposition\s+de\s+(?:thèse|stage))\b"
)


def extract(
    body: bytes | str,
    source: str,
    *,
    content_type: str | None = None,
    site: SiteContext | None = None,
) -> list[Claim]:
    if isinstance(body, bytes) and (wide := wide_text(body)) is not None:
        body = wide  # UTF-16/32: every reader below expects one-byte or UTF-8 bytes
    if (
        may_be_thread(body)
        and sniff(body, source, content_type) is DocumentFormat.HTML
        and (posts := thread_posts(decode(body, content_type)))
    ):  # a forum thread: each post read as its author's own page
        return [claim for post in posts for claim in extract(post, source)]
    document = load(
        body,
        source,
        content_type,
        site.placeholders if site else None,
        handles=site.handles if site else None,
    )
    document.blocks = _grouped_name_headings(without_template_sections(document.blocks))
    if sum(b.kind is BlockKind.HEADING and ", " in b.text for b in document.blocks) >= 2:
        document.blocks = _role_suffixed_headings(document.blocks)
    if any(b.text[:3] == "By " for b in document.blocks[:BYLINE_BLOCKS]):
        document.blocks = _without_signature(document.blocks)
    if any(" by " in b.text[:40] or "By " in b.text[:40] for b in document.blocks[:BYLINE_BLOCKS]):
        document.meta["byline_year"] = _byline_year(document.blocks)
        document.blocks = _without_dated_byline(document.blocks)
    if document.bibtex is not None:
        entries = [e for e in bibtex_entries(document.bibtex) if not is_template_text(e.text)]
        owner = site.owner if site else None
        claims = coauthor_claims(entries, source, owner=owner)
        return tidy(claims + bibtex_theses(document.bibtex, source, relations.jury_members), owner)
    entries = [
        entry
        for entry in (
            _parsed(text)
            for text in publication_entries(document)
            if _may_list_authors(text) and not _REVIEW_ENTRY.match(text)
        )
        if not isinstance(entry, _NoEntry)
    ]
    author_lists = [list(entry.authors) for entry in entries]
    stated = find_owner(document, site_owner=site.owner if site else None, stated_only=True)
    offer = _is_offer(document, stated is not None)
    owner = find_owner(
        document, site_owner=site.owner if site else None, author_lists=author_lists, offer=offer
    )
    if owner is not None and is_sample_entity(owner.name):
        owner = None
    if owner is not None and _lists_defences(document):
        # "Soutenance de thèse de A" / "… de B", or "PhD defences 2024" then one heading per
        # candidate: no owner, several candidates.
        # (teasers of other posts under "Read also" announce no defence of this page's)
        shown = [b for b in document.blocks if not among_others(b.section)]
        announced = {announced_candidate(b.text) for b in shown if b.kind is BlockKind.HEADING}
        named = (
            {c.name for b in shown if (c := _defence_candidate(b)) is not None}
            if owner.how == "first-heading"
            else set()
        )
        if len(announced - {None}) >= 2 or len(named) >= 2:
            owner = None
    if owner is not None:
        owner = spelled_owner(
            _as_listed(_accented(fuller_owner(owner, document.meta), document.text), author_lists),
            document.text,
            document.title or "",
        )
        owner = given_first_owner(owner, document.text)
        post = document.meta.get("copyright_post")
        if (
            post
            and compatible(_COPYRIGHT_LEAD.sub("", document.meta.get("copyright", "")), owner.name)
            and _POST_LEAD.match(post)
            and post not in document.text
        ):
            # "© 2026 A. Associate Professor, University Y. Powered by …": the footer gives
            # the owner's post, which the page says nowhere else (footers are dropped)
            document.blocks = [Block(BlockKind.PARAGRAPH, f"{post}.", 0, ()), *document.blocks]
    if owner is not None and owner.how == "thesis-record":
        document.blocks = _without_students_banner(document.blocks)
    if owner is not None and owner.how == "memorial-writer":
        document.blocks = memorial_blocks(document.blocks)
    acronyms = acronym_map(document.text)
    if footer := document.meta.get("footer"):
        for acronym, full in acronym_map(footer).items():
            acronyms.setdefault(acronym, full)
    if document.title:
        title_acronyms(document.title, document.text, acronyms)
    page = Page(document, owner, acronyms, offer)
    if owner is not None and owner.how == "defence-title":
        # the post's writer: the site's owner, else its front matter's author
        page.author = site.owner if site and site.owner else document.meta.get("writer")
    candidates: dict[int, object] = {}
    records = _thesis_records(document.blocks) if owner is None and not offer else None
    if records:
        # A search's list of thesis records (OATD, a repository's results): each record
        # speaks for its author.
        document.blocks, candidates = records
    elif owner is None and not offer and _lists_defences(document):
        blocks = []
        fielded = None  # (the section, the candidate its "Discente: A" field named)
        header = None  # (the section, whether its table's first column is the candidate's)
        rows = []  # the candidates of a table's rows ("A | Tutor: B | …")
        # (rows are candidates only on a session's page whose one commission judges them all)
        boarded = any(
            b.kind is BlockKind.HEADING and heading_kind(b.text) is SectionKind.JURY
            for b in document.blocks
        )
        for block in document.blocks:
            candidate = _defence_candidate(block)
            if candidate is None and block.kind is not BlockKind.HEADING:
                labelled = (
                    _labelled_candidate(block)
                    if ":" in block.text[:32]
                    else _addressed_candidate(block)
                )
                if labelled is not None:
                    fielded = (block.section, labelled)
                    if (
                        labelled.how == "defence-field"
                        and blocks
                        and (before := blocks[-1]).section in (block.section, block.section[-1:])
                        and before.kind is BlockKind.PARAGRAPH
                        and len(before.text) < 100
                        and years_in(before.text)
                    ):
                        # "Dienstag, 11. März 2025, 14.15 Uhr" › "Herr A, MSc": the date
                        # line above the addressed candidate is the candidate's defence's
                        before = Block(before.kind, before.text, before.level, block.section[-1:])
                        blocks[-1] = before
                        candidates[id(before)] = labelled
                if fielded is not None and fielded[0] == block.section:
                    # "Tese nº 87" › "Discente: A" … "Banca examinadora:" › members: A's
                    candidate = fielded[1]
            if (
                candidate is None
                and block.kind is BlockKind.PARAGRAPH
                and blocks
                and (before := candidates.get(id(blocks[-1]))) is not None
                and before.how == "defence-paragraph"
                and (opening := _JURY_OPENING.match(block.text))
                and LEXICON.pattern("JURY_CUES").fullmatch(opening.group(1).strip())
            ):
                # "A soutiendra sa thèse …" then its own paragraph "Jury : B (rapporteur), …"
                # (read as under a heading naming A, which dates it)
                candidate = PageOwner(before.name, before.confidence, "defence-heading")
            if candidate is None and " | " in block.text and boarded:
                first = block.text.split(" | ", 1)[0].strip()
                if ":" not in first and LEXICON.pattern("STUDENT_LABELS").fullmatch(first):
                    header = block.section  # "Dottorando/a | Titolo della tesi | Tutor | …"
                elif header == block.section and (name := name_from_piece(first)):
                    candidate = PageOwner(name, 0.7, "defence-row")
                    rows.append(candidate)
            if candidate is not None:
                # The block tells the candidate's own defence: read it under its own heading,
                # not as the "Juries" service list of a page owner.
                # (a table's row, "A | Advisor: B", under "Recent Dissertations": A's own)
                own = candidate.how in ("defence-paragraph", "defence-row")
                # (a jury's sub-heading keeps the defence's heading above it, which dates it)
                kept = 2 if _jury_under_defence(block.section) else 1
                section = () if own else block.section[-kept:]
                if own and block.section and _agenda_date(block.section[-1]):
                    # ("6 novembre 2025 — Soutenance de thèse" › "A soutiendra …": the
                    # agenda's dated heading dates A's defence)
                    section = block.section[-1:]
                block = Block(block.kind, block.text, block.level, section)
                candidates[id(block)] = candidate
            blocks.append(block)
        # "Commissione giudicatrice" over the rows of the session's candidates: one
        # commission judges each of them.
        board = [
            b
            for b in blocks
            if rows
            and b.kind is not BlockKind.HEADING
            and id(b) not in candidates
            and section_kind(b) is SectionKind.JURY
        ]
        if rows:
            # "L'esame finale … si svolgerà il 19 febbraio 2024" above the table: the one
            # year written before the rows is the session's.
            before = blocks[: next(i for i, b in enumerate(blocks) if id(b) in candidates)]
            years = {y for b in before if b.kind is not BlockKind.HEADING for y in years_in(b.text)}
            if len(years) == 1:
                document.meta["defence_year"] = years.pop()
        for candidate in rows if len(board) <= DEFENCE_BOARD_BLOCKS else ():
            for member in board:
                copy = Block(member.kind, member.text, member.level, member.section[-1:])
                candidates[id(copy)] = candidate
                blocks.append(copy)
        document.blocks = blocks
    elif owner is None and not offer:
        # "Lauréats des prix de thèse" › "A — « Titre », thèse soutenue à X, dirigée par B":
        # a prize list's entry tells its laureate's own thesis, not an award of the page's.
        # (minutes' "Soutenances" › "Thèse de A, dirigée par B": A's own thesis, no jury)
        document.blocks = [
            Block(b.kind, _without_award_year(b.text), b.level, ())
            if b.kind is not BlockKind.HEADING
            and (
                section_kind(b) is SectionKind.AWARDS
                and block_subject(b.text)
                or b.text[:12].casefold().startswith(("thèse", "thesis", "the thesis"))
                and section_kind(b) is SectionKind.JURY
                and thesis_item(b.text.split("\n", 1)[0])
            )
            else b
            for b in document.blocks
        ]
    if owner is not None and owner.how in ("first-heading", "meta:citation_author"):
        bios = {bio_subject(b.text) for b in document.blocks if b.kind is BlockKind.PARAGRAPH}
        if (
            len(bios - {None}) >= 2
            or (owner.how == "first-heading" and _person_headings(document.blocks, owner.name))
            or (owner.how == "meta:citation_author" and _author_bio_box(document.blocks))
            # ("Pr A B, Université Y" › "Le Pr B est …" and "Dr C D, Inserm" › "Le Dr D …":
            # card headings of several people, each bio calling its person by title)
            or (
                owner.how == "first-heading"
                and len(
                    {_card_bio(b) for b in document.blocks if b.kind is BlockKind.PARAGRAPH}
                    - {None}
                )
                >= 2
            )
        ):
            # (an article's authors' biographies at its end: each speaks for its author)
            # A speakers' or members' page: its first heading is one of several people
            # (each with a bio, or each heading a card of fields).
            owner = page.owner = None
    if not offer and not candidates:
        # "Halvorsen Medal: A" › A's citation: the laureate's own path, under the heading
        # that names them (the page's owner, or one of several laureates).
        laureates: dict[str, str | None] = {}
        document.blocks = [
            Block(b.kind, b.text, b.level, ())
            if b.kind is not BlockKind.HEADING
            and b.section
            and (
                (named := _laureate_heading(b.section, laureates)) is not None
                or owner is None
                and section_kind(b) is SectionKind.AWARDS
                and (named := _laureate_card(b.section, laureates)) is not None
                # (a paragraph opening on its own subject is read as before, under A)
                and block_subject(b.text) is None
            )
            and (owner is None or compatible(named, owner.name))
            and section_kind(b) is SectionKind.AWARDS
            else b
            for b in document.blocks
        ]
    news = owner is None and not offer
    if news:
        document.blocks = _bio_labels_lifted(document.blocks)
    speaker_bios: set[int] = set()
    if news and any(b.kind is BlockKind.ITEM and "peaker" in b.text for b in document.blocks):
        document.blocks = _split_speaker_bios(document.blocks, speaker_bios)
    topics: dict[int, str] = {}
    cut: set[int] = set()
    if not candidates and not offer:
        # "In 1971 A arrived … Her first students were B and C" / "Mara: I did my PhD with
        # D": the person each paragraph, piece of one or speaker turn speaks of
        document.blocks, topics, cut = paragraph_topics(
            document.blocks, document.text, owned=owner is not None
        )
    laureates_seen: dict[str, str | None] = {}
    carried: PageOwner | None = None  # the person a bio paragraph introduced, till a heading
    previous: Block | None = None
    listed = False  # the block before took its news item's subject from the line above it
    juried: tuple[tuple[str, ...], str] | None = None  # a jury heading's section, its candidate
    story: str | None = None  # the person the news item's paragraph just before told of
    for block in document.blocks:
        if carried is not None and id(previous) in speaker_bios:
            carried = None  # (a speaker's bio speaks for the speaker alone, not the next talks)
        if candidates:
            page.owner = candidates.get(id(block))
        elif news:
            # A news list without an owner: each item speaks for the person it announces.
            subject = block_subject(block.text) if block.kind is not BlockKind.HEADING else None
            introduced = page.owner is not None and _introduced_by(previous, block, listed)
            listed = subject is None and introduced
            if (
                subject is None
                and not introduced
                and block.kind is BlockKind.ITEM
                and (card := card_subject(block.text)) is not None
                and page.kind(block) not in _NOT_CARDS
                and not any(LEXICON.pattern("ALUMNI").search(t) for t in block.section)
            ):
                # "A, Associate Professor, Department of X, University Y": a people list's
                # entry speaks for the person it describes.
                subject = card
            elif (
                subject is None
                and not introduced
                and (card := _name_lined_card(page, block)) is not None
            ):
                # "A" / "Professor, University Y" in one card's paragraph: its person's post
                subject = card
            elif (
                subject is None
                and not introduced
                and block.kind is not BlockKind.HEADING
                and "\n" in block.text
                and (head := lab_head(document)) is not None
                and _head_card(block, head)
            ):
                # "A" / "Principal Investigator" / "A is an Associate Professor …": the head's
                # own card, its bio the head's path
                subject = head
            elif (
                subject is None
                and not introduced
                and block.kind is BlockKind.PARAGRAPH
                and previous is not None
                and previous.kind is BlockKind.PARAGRAPH
                and previous.section == block.section
                and block.section
                and LEXICON.pattern("LAB_HEADS").fullmatch(block.section[-1].strip(" :"))
                and LEXICON.pattern("POSITIONS").match(block.text)
                and (head := lab_head(document)) is not None
                and compatible(name_at_start(previous.lines[0]) or "", head)
            ):
                # "Group lead" › "Prof. A, PhD" › "Consultant at Y (since 2011) and Professor
                # at Z": the head's name line, then the head's posts
                subject = head
            elif (
                subject is None
                and not introduced
                and block.kind is BlockKind.ITEM
                and ":" in block.text[:64]
                and (card := _LABELLED_STUDENT_CARD.match(block.text)) is not None
                and (named := name_from_piece(card["name"])) is not None
                and page.kind(block) not in _NOT_CARDS
            ):
                # "Who to contact" › "Student representative: A, PhD candidate (advisor:
                # B)": the student the office's card describes, her own advisor
                subject = named
                if page.kind(block) in QUIET:
                    block = Block(block.kind, block.text[card.start("name") :], block.level, ())
            elif (
                subject is None
                and not introduced
                and block.kind is BlockKind.ITEM
                and len(block.lines) > 1
                and " | " in block.lines[0]
            ):
                # "16h10 | A (Univ. X) — Title" / "A est professeure … thèse sous la direction
                # de B" (a programme's slot, its speaker's bio in the cell), or "14h00 |
                # Lauréate : C — Title" / "Thèse soutenue … sous la direction de D"
                subject = _slot_person(block, laureates_seen)
                if subject is not None:
                    # (the cell's later lines are the person's paragraph: the slot's line
                    # dates nothing of it)
                    text = "\n".join(block.lines[1:])
                    block = Block(BlockKind.PARAGRAPH, text, block.level, block.section)
            elif (
                subject is None
                and not introduced
                and block.kind is BlockKind.ITEM
                and block.text[:1] in "Mm"
                and LEXICON.pattern("ADDRESS_FORMS").match(block.text)
                and (named := bio_subject(block.text)) is not None
            ):
                # "Mme A, maîtresse de conférences, est nommée professeure … et affectée au
                # laboratoire X" (an appointments list): each item tells its own person's post
                subject = named
            elif (
                subject is None
                and not introduced
                and block.kind is BlockKind.ITEM
                and (entry := _where_now_entry(block)) is not None
            ):
                # "Que sont-ils devenus ?" › "A (promotion 2014) : elle est cheffe de projet à
                # X": each entry tells its own graduate's path, its opening read as the
                # heading a card's "A (PhD 2011)" would be over that path
                subject, heading, text = entry
                block = Block(BlockKind.PARAGRAPH, text, block.level, (*block.section, heading))
            elif (
                subject is None
                and not introduced
                and block.kind is BlockKind.ITEM
                and ". " in block.lines[0]
                and page.kind(block) not in _NOT_CARDS
                and (named := bio_subject(block.lines[0])) is not None
            ):
                # "Faculty news" › "A has been promoted to Professor. A joined X in 2013 after
                # …": a newsletter's item of sentences, all on the person it opens on
                subject = named
            if listed:
                subject = page.owner.name  # "X soutiendra …" / "Le jury sera composé de :" / items
            if juried is not None and block.section[: len(juried[0])] != juried[0]:
                juried = None
            if block.kind is BlockKind.HEADING and heading_kind(block.text) is SectionKind.JURY:
                # "A soutiendra sa thèse … dirigée par B" › "Composition du jury :" (a
                # heading of its own) › members: the jury of the defence just announced
                juried = (
                    ((*block.section, block.text), page.owner.name)
                    if page.owner is not None
                    and previous is not None
                    and previous.kind is BlockKind.PARAGRAPH
                    and previous.section == block.section
                    and _defended(previous.text) == page.owner.name
                    else None
                )
                if juried is not None and (held := relations.announced_defence_year(previous.text)):
                    document.meta.setdefault("jury_years", {})[juried[0]] = held
            elif subject is None and juried is not None and block.kind is BlockKind.ITEM:
                subject = juried[1]
            if (
                subject is None
                and story is not None
                and block.kind is BlockKind.PARAGRAPH
                and previous is not None
                and previous.kind is BlockKind.PARAGRAPH
                and previous.section == block.section
                and _goes_on_about(block.text, story)
            ):
                # "A defended her thesis … advised by B." then "They are now at Y" / "This
                # fall A will join Z": the story's next paragraph, still about its person
                subject = story
            story = subject if block.kind is BlockKind.PARAGRAPH else None
            page.topical = subject is None and id(block) in topics
            if page.topical:
                subject = topics[id(block)]  # "In 1971 A arrived …; she later hosted B"
            page.owner = PageOwner(subject, 0.65, "news-item") if subject else None
        else:
            page.owner = owner
            if (topic := topics.get(id(block))) is not None:
                # "Mara: I did my PhD with B" on a page its writer owns: the speaker's turn
                page.owner = PageOwner(topic, 0.6, "paragraph-subject")
            if (
                owner is not None
                and block.kind is BlockKind.PARAGRAPH
                and "(Ph" in block.text
                and (other := _degree_aside_person(block.text, owner.name)) is not None
            ):
                # "… an honorable mention to alumna Dr. A (PhD 2024), now at X, for her
                # dissertation, supervised by B": a news item's paragraph on another graduate
                page.owner = PageOwner(other, 0.6, "degree-aside")
            elif (
                owner is not None
                and block.kind is BlockKind.PARAGRAPH
                and (student := _appositive_student(block.text, owner.name)) is not None
            ):
                # "A, son premier doctorant, se souvient … Après sa thèse, il part …" in the
                # owner's portrait: the paragraph tells the student's own path
                page.owner = PageOwner(student, 0.6, "paragraph-subject")
        if not candidates:
            if block.kind is BlockKind.HEADING:
                carried = None
                if owner is None and (tribute := tribute_subject(block.text)):
                    # "Laudatio pour la professeure A": the text under it is A's path.
                    carried = PageOwner(tribute, 0.6, "tribute-heading")
                elif (
                    news
                    and block.level > 1
                    and (
                        (named := _laureate_heading((block.text,), laureates_seen)) is not None
                        or (named := laureates.get(_CARD_KEY + block.text)) is not None
                    )
                ):
                    # "Prix spécial du jury : A" over "Le jury a distingué la thèse de A,
                    # codirigée par B": the laureate's paragraphs (those naming A, or "elle")
                    carried = PageOwner(named, 0.6, "laureate-heading")
                elif news and (named := _slot_speaker(block.text)) is not None:
                    # "9h30 – A : « Titre »" › "Docteur en histoire …, il a soutenu sa thèse
                    # sous la direction de B": the speaker's bio under the slot
                    carried = PageOwner(named, 0.6, "slot-heading")
            if (
                carried is not None
                and carried.how == "laureate-heading"
                and block.kind is not BlockKind.HEADING
                and not _speaks_of(block.text, carried.name)
                and not _DEGREE_META.match(block.text)
            ):
                carried = None  # "Membres du jury 2025 : …" after the laureates: the prize's
            # (a piece of a paragraph cut where its subject changed speaks of that piece's
            # subject only: no bio carried on to the next paragraphs)
            bio = (
                bio_subject(block.text)
                if block.kind is BlockKind.PARAGRAPH and id(block) not in cut
                else None
            )
            if (
                bio is None
                and (owner is None or owner.how == "first-heading")
                and block.kind is BlockKind.PARAGRAPH
            ):
                # (a page opening on one person's heading may go on with other people's)
                bio = _card_bio(block)
            welcomed = welcomed_subject(block.text) if block.kind is BlockKind.PARAGRAPH else None
            if welcomed and owner is not None and not compatible(welcomed, owner.name):
                bio = welcomed  # "We are delighted to welcome Dr. A, who joins …": A's story
            if bio and (
                # A news post about one person ("A, who completed her PhD here in 2019, ...")
                owner is None
                or bio == welcomed
                # a speakers' page: each bio under its person's heading
                or not compatible(bio, owner.name)
                and block.section
                and compatible(bio, _DASHED_CARD.sub(r"\1", block.section[-1], count=1))
            ):
                carried = PageOwner(bio, 0.6, "bio-paragraph")
            if carried is not None and page.owner is None or bio and carried is not None:
                page.owner = carried
            if carried is not None and carried.how == "tribute-heading" and page.owner is carried:
                if _SPOKEN_BY.match(block.text):
                    page.owner = None  # "Prononcée par le professeur B, doyen de …": B's post
                elif block.section and page.kind(block) in QUIET:
                    # "Docteurs honoris causa" › "Laudatio pour A" › A's path, no prize list
                    block = Block(block.kind, block.text, block.level, ())
            if (
                carried is not None
                and page.owner is carried
                and block.section
                and page.kind(block) in QUIET
                and compatible(carried.name, block.section[-1])
            ):
                # "Intervenant·es" › "A" › A's bio: a speaker's own path, read under the
                # person's heading, not as the quiet list the page's heading names
                block = Block(block.kind, block.text, block.level, block.section[-1:])
            elif (
                bio
                and (owner is None or owner.how == "eponym-bio")
                and len(block.section) == 1
                and block.section[0] == document.meta.get("h1")
                and page.kind(block) is SectionKind.STUDENTS
            ):
                # "Students" (the page's title) › "Prof. A directs the X Lab … received her
                # PhD from Y": the head's own path introducing the lists, not one of them.
                block = Block(block.kind, block.text, block.level, ())
            elif (
                owner is not None
                and block.kind is BlockKind.PARAGRAPH
                and len(block.section) == 1
                and block.section[0] == document.meta.get("h1")
                and page.kind(block) in QUIET
                and LEXICON.pattern("POSITIONS").match(block.text) is not None
            ):
                # "Enseignement et responsabilités" (the page's title) › "Maître de conférences
                # à l'Université X depuis 2016, …": the owner's post opening the page, not
                # one of its courses
                block = Block(block.kind, block.text, block.level, ())
        if (
            block.kind is BlockKind.PARAGRAPH
            and len(block.section) >= 2
            and "," in block.text
            and (graduate := _where_now_card(block)) is not None
        ):
            # "Where are they now?" › "A (PhD 2011)" › "Senior Engineer, X, 2023–present":
            # A's own later posts, dated by their own lines, never by the heading's year
            page.owner = PageOwner(graduate, 0.6, "where-now-card")
            block = Block(block.kind, block.text, block.level, ())
        if (
            owner is not None
            and block.kind is BlockKind.PARAGRAPH
            and block.section
            and page.owner is owner
            and _OWN_THESIS_PROSE.search(block.text) is not None
            and page.kind(block) is SectionKind.PUBLICATIONS
        ):
            # "Publications" › "Liste générée depuis HAL … Ma thèse a été préparée sous la
            # direction de B": the owner's own path told in the list's preamble
            block = Block(block.kind, block.text, block.level, ())
        if owner is not None and block.section and among_others(block.section):
            # "Read also" › a teaser, "People also viewed", a reader's comment: the person
            # the block names as its subject, never the page's owner.
            subject = block_subject(block.text) if block.kind is not BlockKind.HEADING else None
            page.owner = PageOwner(subject, 0.6, "teaser") if subject else None
        if relations.may_be_supervision_record(block) and relations.supervision_record(page, block):
            previous = block
            continue  # "Student Name: A" / "Student Degree Type: Doctorate" / "Role: …"
        if (
            relations.may_be_thesis_card(block)
            and page.kind(block) not in QUIET
            and relations.thesis_card(page, block)
        ):
            previous = block
            continue  # a thesis listing's card names its own student and advisors
        kind = page.kind(block)
        if (
            kind is SectionKind.AWARDS
            and owner is None
            and page.owner is None
            and block.kind is BlockKind.PARAGRAPH
            and relations._FULL_NAME.search(block.text) is not None
        ):
            # "Awards and honours" › "PhD candidate A won … A is supervised by B": a
            # school's news roll telling of its people, no owner's own list of prizes
            block = Block(block.kind, block.text, block.level, ())
            kind = page.kind(block)
        elif (
            kind in (SectionKind.SERVICE, SectionKind.TEACHING)
            and owner is None
            and page.owner is not None
            and block.kind is BlockKind.PARAGRAPH
            and len(block.section) >= 2
            and (card := name_from_piece(block.section[-1])) is not None
            and compatible(card, page.owner.name)
        ):
            # "Scientific Advisory Board" › "Ada Quill, PhD" › "Dr. Quill is Professor at X":
            # a board's card, its bio the member's own path (no service of an owner's; a
            # teaching team's card: "Équipe pédagogique" › "A" › "Maîtresse de conférences à X")
            block = Block(block.kind, block.text, block.level, ())
            kind = page.kind(block)
        elif (
            kind is SectionKind.TEACHING
            and owner is not None
            and block.kind is BlockKind.PARAGRAPH
            and LEXICON.pattern("OWN_POST_OPENINGS").match(block.text.lstrip()) is not None
        ):
            # "Teaching" › "I am a Senior Lecturer at X, where I have worked since 2016": the
            # owner's own post opening the page, read as its about text
            block = Block(block.kind, block.text, block.level, ())
            kind = page.kind(block)
        told = offer and owner is None and _news_beside_offer(block)
        if told:
            # "Latest news" › "Congratulations to A, who defended her PhD supervised by B"
            # beside a job advert: A's own past facts, read as a news list's item
            # (a post's title line, then its excerpt: "Welcome A!" / "Dr A joined …")
            subject = block_subject(block.text) or next(
                filter(None, map(bio_subject, block.lines[1:3])), None
            )
            page.owner = PageOwner(subject, 0.65, "news-item") if subject else None
            page.offer = False
        if (
            kind is SectionKind.TEACHING
            and owner is not None
            and block.kind is BlockKind.PARAGRAPH
            and page.may_match(block, "ADVISING_VERBS")
        ):
            # "Teaching" › "In summer 2022 I mentored A on a project": the owner's own
            # advisee, named in a teaching page's prose (its courses stay unread)
            relations.owner_advises(page, Block(block.kind, block.text, block.level, ()))
        first = len(page.claims)
        for rule in rules_for(block.kind, kind, offer and not told):
            rule(page, block)
        if len(page.claims) > first:
            # "Thèses en cotutelle" › "A" › "Directeur : B (Université X)": A's universities
            affiliations.joint_degree_universities(page, block, first)
        if told:
            page.owner, page.offer = None, True
        if (
            owner is not None
            and not offer
            and (
                kind is SectionKind.PUBLICATIONS
                or kind is SectionKind.STUDENTS
                and block.section
                and bare_theses(block.section[-1])
            )
        ):
            _own_thesis_entry(page, block)
        previous = block
    page.owner = owner
    relations.date_owner_thesis(page)
    relations.academic_siblings(page)
    if "indented-tree" in document.meta:
        relations.lineage_tree_lines(page)
    affiliations.date_card_posts(page)
    affiliations.date_employers(page)
    affiliations.thesis_site_university(page)
    affiliations.newcomer_cards(page)
    affiliations.welcomed_team_members(page)
    affiliations.date_memberships(page)
    affiliations.second_periods(page)
    affiliations.contract_doctorates(page)
    affiliations.completed_theses_university(page)
    affiliations.defended_at_site_university(page)
    affiliations.joint_degree_pair(page)
    forms.coded_relations(page)
    if "typeset" in document.meta:
        relations.typeset_advisees(page, entries)  # "Names in bold are PhD students I advise"
    if "” by " in document.text or '" by ' in document.text:
        entries = [*entries, *_quoted_by_entries(page)]
    if "; " in document.meta.get("citation_authors", ""):
        entries = [*entries, _record_authors(document)]
    elif "," in document.text:
        entries = [*entries, *_listed_authors(document.blocks)]
        entries.extend(_marked_byline(document.blocks))
    if owner is not None and (cited := document.meta.get("cited")):
        entries = _own_citations(entries, cited, owner.name)
    people = [c for c in page.claims if c.relation in PERSON_FAMILIES]
    known = {c.object for c in people} | {c.subject for c in people}
    if owner is not None:
        known.add(owner.name)
    authors = {a for entry in entries for a in entry.authors}
    written = (
        # Full names written in prose, and those of the lists themselves (an inverted
        # "Strachan-Ibe, Morwenna" in one entry vouches for "M. Strachan-Ibe" in another).
        _without_vancouver_misreads(full_names_written(document.text), authors) | authors
        if any(
            (parsed := parse_name(a, allow_single=True))
            and (
                parsed.initials_only
                # "B. Mendoza Kim" (a list's "Mendoza Kim B"): an initial before a double
                # family name, read as given "B. Mendoza", yet written short all the same
                or a[1:2] == "."
                and _INITIALS_LEAD.match(a) is not None
            )
            # (each author once: a list repeats the owner and the usual coauthors)
            for a in authors
        )
        else set()
    )
    page.claims.extend(
        coauthor_claims(
            entries,
            source,
            owner=owner.name if owner else None,
            known=sorted(known | written),
            maiden=maiden_names(document.text, owner.name if owner else None)
            if "née " in document.text or "geb. " in document.text
            else (),
        )
    )
    if not written and any(
        name[1:2] == "."
        and (parsed := parse_name(name, allow_single=True))
        and parsed.initials_only
        for name in known
    ):
        # "Supervisor(s): P. Ricciardelli" in a roster whose prose names "Dr. Paolo
        # Ricciardelli": the advisor's initial resolves to the one full name written.
        written = full_names_written(document.text)
    return tidy(page.claims, owner.name if owner else None, document.text, written)


CARD_TITLE_WORDS = 5


def _where_now_card(block: Block) -> str | None:
    """The graduate whose card *block* is a post line of: "Where are they now?" (or an
    alumni heading over "A (PhD 2011)") › A › "Lecturer, University X" (a post word before
    the first comma)."""
    above, heading = block.section[-2], block.section[-1]
    if not (
        LEXICON.pattern("WHERE_NOW_HEADINGS").search(above)
        or LEXICON.pattern("ROW_DOCTORATES").search(heading)
        and LEXICON.pattern("ALUMNI").search(above)
    ):
        return None
    title = block.text[: block.text.index(",")]
    # (a short title: not a story's sentence "Tobias joined X as a data scientist, where …")
    if len(title.split()) > CARD_TITLE_WORDS or LEXICON.pattern("POSITIONS").search(title) is None:
        return None
    return name_from_piece(heading)


# "A (promotion 2014) : …", "B (PhD 2019) — now …": an alumni entry's name, its dated
# bracket (class, degree), then its path
_DATED_ENTRY = re.compile(
    r"^(?P<name>[^()\n:—–]{3,60}?)\s*\([^()\n]{0,40}\b(?:19|20)\d\d\)\s*[:—–-]\s+(?=\S)"
)


def _where_now_entry(block: Block) -> tuple[str, str, str] | None:
    """The graduate an alumni list's entry opens on, and the path it tells after the dated
    bracket: "Where are they now?" › "A (PhD 2011) — now a lecturer at X"."""
    if not any(LEXICON.pattern("WHERE_NOW_HEADINGS").search(t) for t in block.section):
        return None
    if (opening := _DATED_ENTRY.match(block.text)) is None:
        return None
    name = name_from_piece(opening["name"])
    heading = opening.group().rstrip(" :—–-")
    return (name, heading, block.text[opening.end() :]) if name else None


def _own_citations(entries: list, cited: str, owner: str) -> list:
    """*entries* less those of an article's "References" that do not name its subject,
    when others there do: "Quill, A. (1987). Thesis" is the subject's, "Pell, B.; Vane, C.
    (1971). A Book" another's source, its authors no coauthors of the subject's."""
    listed = [e for e in entries if e.text and e.text in cited]
    mine = [e for e in listed if any(compatible(a, owner) for a in e.authors)]
    if not mine and not any(
        # (a defence deck's "Publications from this thesis" names the candidate; its
        # "References" slide, naming them nowhere, lists the works the talk cites)
        e not in listed and any(compatible(a, owner) for a in e.authors)
        for e in entries
    ):
        return entries
    others = {id(e) for e in listed if not e.omits_owner} - {id(e) for e in mine}
    return [e for e in entries if id(e) not in others]


def _without_vancouver_misreads(written: frozenset[str], authors: set[str]) -> frozenset[str]:
    """*written* less the Vancouver authors read as full names: "Tran HB" in the text
    is "H. B. Tran" of the lists (its capitals the initials of an author of that family
    name), no person "Hb Tran" to resolve "H. B. Tran" to."""
    initials = set()
    for author in authors:
        if author[1:2] == "." and (parsed := parse_name(author)) and parsed.initials_only:
            letters = "".join(c for c in parsed.given if c.isalpha())
            if len(letters) >= 2:
                initials.add((fold(parsed.family), letters.casefold()))
    if not initials:
        return written
    return frozenset(
        name
        for name in written
        if not (
            (parsed := parse_name(name)) is not None
            and (
                (fold(parsed.given), parsed.family.casefold()) in initials
                or (fold(parsed.family), parsed.given.casefold()) in initials
            )
        )
    )


# A paragraph telling the owner's own thesis in the first person ("Ma thèse a été
# préparée sous la direction de B", "My PhD thesis was supervised by B").
_OWN_THESIS_PROSE = re.compile(
    r"(?i)\b(?:ma|my)\s+(?:th[èe]se|ph\.?\s?d\b|doctoral\s+(?:thesis|dissertation)|dissertation)"
)


# "the best paper award went to “Title” by A, B and C": a paper and its authors in prose.
_QUOTED_BY = re.compile(
    r"[“\"](?P<title>[^“”\"\n]{10,200})[”\"],?\s+by\s+(?P<names>[A-ZÀ-Þ][^.;:()\n]{4,300})"
)


# "2025: Dr. A — PhD 2024, …": a prize list's term is the year of the prize, not the thesis's.
_AWARD_YEAR = re.compile(r"^(?:19|20)\d\d\s*:\s+(?=\D[^\n]*?(?<!\d)(?:19|20)\d\d(?!\d))")


def _split_speaker_bios(blocks: list[Block], bios: set[int]) -> list[Block]:
    """A talk listing's entries with their speaker's bio line set apart as a paragraph of
    its own, out of the quiet list (its id kept in *bios*)."""
    split = []
    for block in blocks:
        cut = (
            _SPEAKER_BIO_LINE.search(block.text, block.text.find("\n"))
            if block.kind is BlockKind.ITEM and "\n" in block.text
            else None
        )
        if cut is None:
            split.append(block)
            continue
        split.append(
            Block(block.kind, block.text[: cut.start()].rstrip(), block.level, block.section)
        )
        bio = Block(BlockKind.PARAGRAPH, block.text[cut.start() :].strip(), block.level, ())
        bios.add(id(bio))
        split.append(bio)
    return split


BIO_LABEL_CHARS = 40


def _bio_labels_lifted(blocks: list[Block]) -> list[Block]:
    """A person's heading's "Biographie" sub-heading lifted from the blocks under it ("A" ›
    "Biographie" › "Après une thèse …, elle …", a speakers' page): the bio is read under
    A's heading, as a card's text."""
    labels = LEXICON.pattern("BIO_HEADINGS")
    result = blocks
    for index, block in enumerate(blocks):
        section = block.section
        if (
            len(section) >= 2
            and block.kind is not BlockKind.HEADING
            and len(section[-1]) <= BIO_LABEL_CHARS
            and labels.fullmatch(section[-1].strip(" :"))
            and is_card_name(section[-2])
        ):
            if result is blocks:
                result = list(blocks)
            result[index] = Block(block.kind, block.text, block.level, section[:-1])
    return result


def _without_award_year(text: str) -> str:
    """A laureate's entry without the prize's year its term put before it, when the entry
    dates the work it crowns by a year of its own."""
    label = _AWARD_YEAR.match(text) if text[:2] in ("19", "20") else None
    return text[label.end() :] if label else text


def _record_authors(document) -> PublicationEntry:
    """A scholarly article's page: its Highwire "citation_author" tags, one per author
    ("Family, Given" or "Given Family"), are one publication's author list."""
    authors = tuple(
        " ".join(reversed([p.strip() for p in a.split(",", 1)])) if "," in a else a
        for a in document.meta["citation_authors"].split("; ")
    )
    title = document.title or ""
    return PublicationEntry(authors=authors, title=title, text=f"{'; '.join(authors)}. {title}")


# One author of an article's author list set as list items ("A<sup>1</sup>, ", "B<sup>2</sup>
# & ", "C<sup>2</sup>"): the name, its affiliation numbers and marks, the separator.
_LISTED_AUTHOR = re.compile(
    r"(?P<name>[^\W\d_][^\n,;:()\d]{3,60}?)[\s\d,*†‡✉§¶#]*?(?P<sep>,|&|\band)?\s*"
)
LISTED_AUTHORS = 2  # authors in a run: one item alone is no list


def _listed_authors(blocks: list[Block]) -> list[PublicationEntry]:
    """An article page's author list set as list items, each a name followed by its
    affiliation numbers and the comma or "&" that joins it to the next: one publication's
    author list (the last item has no separator, so a run ends there)."""
    found: list[PublicationEntry] = []
    run: list[str] = []
    section: tuple = ()
    for block in blocks:
        match = (
            _LISTED_AUTHOR.fullmatch(block.text)
            if block.kind is BlockKind.ITEM and len(block.text) <= 80
            else None
        )
        name = match and parse_name(match["name"].strip())
        if not name or name.initials_only or not name.given or (run and block.section != section):
            run = []
            continue
        if not run:
            section = block.section
            if not match["sep"]:
                continue
        run.append(name.display)
        if not match["sep"]:  # the last author: the list is whole
            if len(run) >= LISTED_AUTHORS:
                title = section[-1] if section else ""
                found.append(PublicationEntry(authors=tuple(run), title=title, text=", ".join(run)))
            run = []
    return found


# A poster's or article's byline on one line, each name with its affiliation numbers
# ("Ada Quill1, Zed Marlow1,2 and Bo Vane2", or "¹"/"²" glyphs) over footnotes that start
# with those numbers ("1 Lab X, University Y").
_MARKED_AUTHOR = re.compile(
    r"(?P<name>[^\W\d_][^\n,;:()\d¹²³⁴⁵⁶⁷⁸⁹]{3,60}?)(?:[\d¹²³⁴⁵⁶⁷⁸⁹]{1,2}(?:,[\d¹²³⁴⁵⁶⁷⁸⁹]{1,2})*)"
    r"[*†‡✉]?\s*(?:,\s*(?:and\s+|&\s*)?|\s+(?:and|&)\s+|$)"
)
_AFFILIATION_FOOTNOTE = re.compile(r"^[1¹]\s+[^\W\d_]", re.M)
BYLINE_FIRST_BLOCKS = 6  # the byline sits under the title, before the poster's sections


def _marked_byline(blocks: list[Block]) -> list[PublicationEntry]:
    """The document's own byline: one line of two or more full names, each marked with its
    affiliation numbers, near the top, when an affiliation footnote numbered 1 follows."""
    for at, block in enumerate(blocks[:BYLINE_FIRST_BLOCKS]):
        text = block.text
        if "\n" in text or len(text) > 300 or not text[-1:].isdigit() and text[-1:] not in "¹²³⁴":
            continue
        names = []
        end = 0
        for match in _MARKED_AUTHOR.finditer(text):
            if match.start() != end:
                break
            end = match.end()
            name = parse_name(match["name"].strip())
            if not name or name.initials_only or not name.given:
                break
            names.append(name.display)
        if end != len(text) or len(names) < LISTED_AUTHORS:
            continue
        if not any(_AFFILIATION_FOOTNOTE.search(b.text) for b in blocks[at + 1 :]):
            continue
        return [PublicationEntry(authors=tuple(names), title="", text=", ".join(names))]
    return []


def _quoted_by_entries(page: Page) -> list:
    """Papers prose names by their quoted title and authors outside a publications list
    (an award's announcement): each an entry of two authors or more."""
    found = []
    for block in page.document.blocks:
        if (
            block.kind is BlockKind.HEADING
            or " by " not in block.text
            or page.kind(block) is SectionKind.PUBLICATIONS
        ):
            continue
        for match in _QUOTED_BY.finditer(block.text):
            entry = parse_entry(f"“{match['title']}” by {match['names'].strip()}")
            if entry is not None and len(entry.authors) > 1:
                found.append(entry)
    return found


# "PhD thesis, University X, 2019. Advisors: A and B": a thesis entry's degree and school
# ("Thèse de doctorat en géographie, Université X": HAL names the field before the school).
_THESIS_ENTRY = re.compile(
    r"(?i)\b(?:ph\.?\s?d\.?|doctoral|master['’]?s?|m\.?\s?sc\.?)\s+(?:thesis|dissertation)\s*,"
    r"|\bth[eè]se\s+de\s+doctorat(?:\s+en\s+[^,.;()]{2,60}?)?\s*,"
)


def _own_thesis_entry(page: Page, block: Block) -> None:
    """The owner's own thesis among their publications (an al-folio badge, an arXiv record's
    comment, a jekyll-scholar entry): its line from the thesis words on is read as an
    education entry (school, year, advisors), when the entry's one author is the owner."""
    text = block.text
    if block.kind is BlockKind.HEADING:
        return
    family = page.owner.name.split()[-1]
    if "hesis" not in text and "issertation" not in text and "hèse" not in text:
        # (cheap: most entries are no thesis) HAL's "Thèses" › "A. Title. Field. University,
        # 2014. Français.": a bare theses heading over the owner's own thesis, written with
        # no thesis words; it reads as one ("Thesis: Title. Field. University, 2014").
        at = text.find(family)
        if at < 0:
            at = text.find(family.upper())  # HAL's "NOM P." form
        if (
            block.kind is BlockKind.ITEM
            and block.section
            and bare_theses(block.section[-1])
            and at >= 0
            and (cut := text.find(". ", at + 1)) > 0
            and len(_parsed(text[:cut]).authors) == 1
        ):
            line = text[cut + 2 :].split("\n", 1)[0]
            thesis = Block(BlockKind.ITEM, line, block.level, ("Thesis",))
            for rule in rules_for(BlockKind.ITEM, page.kind(thesis), False):
                rule(page, thesis)
        return
    match = _THESIS_ENTRY.search(text)
    if match is None:
        return
    before = text[: match.start()]
    # (HAL's "NOM P." author form writes the family name in capitals)
    if family not in before and family.upper() not in before:
        return
    if len(_parsed(before).authors) > 1:
        return  # another's thesis, or a paper that cites one
    line_end = text.find("\n", match.end())
    line = text[match.start() : line_end if line_end >= 0 else None]
    thesis = Block(BlockKind.ITEM, line, block.level, (match.group().rstrip(" ,"),))
    for rule in rules_for(BlockKind.ITEM, page.kind(thesis), False):
        rule(page, thesis)


PERSON_HEADINGS = 3  # a members' page's cards: the owner's heading and two more like it


_PRONOUN_SUBJECT = re.compile(r"(?:^|[,;:]\s+)(?:Il|Elle|il|elle|He|She|he|she)\s")


STORY_OPENING_CHARS = 40  # "This fall A will join …": the given name early in the sentence


def _goes_on_about(text: str, name: str) -> bool:
    """Whether a news item's next paragraph goes on about its person: it opens on a pronoun
    or calls them by their given name early on, and opens on no other full name."""
    if affiliations.PRONOUN_OPENING.match(text):
        return True
    given = name.split()[0]
    if len(given) < 3 or given not in text[:STORY_OPENING_CHARS]:
        return False
    at = re.search(rf"(?<!\w){re.escape(given)}(?!\w)", text[:STORY_OPENING_CHARS])
    # (not "A's colleague B Y …": another full name right after the given name)
    return at is not None and not re.match(r"\s+[A-ZÀ-Þ][a-zà-ÿ]", text[at.end() :])


def _speaks_of(text: str, name: str) -> bool:
    """Whether *text* names the person (by family name) or goes on about someone ("Elle
    rejoint …", "Après sa thèse, il …")."""
    if name.split()[-1] in text or _PRONOUN_SUBJECT.search(text[:200]) is not None:
        return True
    # "Co-mentored by B and C, Jae-won developed …": a citation calls its laureate by the
    # given name
    given = name.split()[0]
    return len(given) > 2 and re.search(rf"(?<!\w){re.escape(given)}(?!\w)", text) is not None


def _person_headings(blocks: list[Block], owner: str) -> bool:
    """The owner's heading is one of several people's headings at its level under the same
    heading (a doctoral students' page: one card per student, under a heading that names
    none)."""
    headings = [b for b in blocks if b.kind is BlockKind.HEADING]
    at = next((i for i, b in enumerate(headings) if b.text.strip() == owner), None)
    if at is None or not any(b.level < headings[at].level for b in headings[:at]):
        return False  # the page opens on the owner's name: a CV, whatever names follow
    level, section = headings[at].level, headings[at].section
    # (under one heading: a PI's card over "Graduate students" is the owner's lab page)
    people = {
        b.text.strip()
        for b in headings
        if b.level == level and b.section == section and is_card_name(b.text)
    }
    return len(people) >= PERSON_HEADINGS


def _author_bio_box(blocks: list[Block]) -> bool:
    """An article's "À propos des auteurs" box heads two authors' bios or more, each under
    the author's name heading: each bio speaks for its author, not the first author."""
    heads = LEXICON.pattern("AUTHOR_BIO_HEADINGS")
    named = [
        b
        for b in blocks
        if b.kind is BlockKind.HEADING
        and b.section
        and heads.fullmatch(b.section[-1].strip(" :"))
        and is_card_name(b.text)
    ]
    return len(named) >= 2


def _introduced_by(previous: Block | None, block: Block, listed: bool) -> bool:
    """*block* goes on with the news item before it: a line ending with ":" that introduces
    a list ("Le jury sera composé de :"), and the items of that list (*listed*: the item
    before was one of them)."""
    if previous is None or previous.section != block.section:
        return False
    if block.kind is BlockKind.PARAGRAPH:
        return block.text.rstrip().endswith(":")
    return block.kind is BlockKind.ITEM and (
        previous.text.rstrip().endswith(":") or (listed and previous.kind is BlockKind.ITEM)
    )


_BIO_TITLE = re.compile(
    # ("Le Pr B est professeur …", "La Dre B dirige …": a French bio's article and title)
    r"^(?:(?:Le|La)\s+(?=(?:Pr|Pre|Dr|Dre)\b))?(?:Dr|Dre|Pr|Pre|Prof|Professor|Mr|Mrs|Ms)\.?\s+"
    r"(?=[A-ZÀ-Þ])"
)


def _head_card(block: Block, head: str) -> bool:
    """*block* is the lab head's own card: it opens on the head's name, then says the head's
    role on its next line ("A" / "Principal Investigator" / bio) or sits under a "Principal
    Investigator" heading ("A, PhD — Associate Professor" / bio)."""
    lines = block.lines
    if len(lines) < 2 or not compatible(name_from_piece(lines[0].split(",")[0]) or "", head):
        return False
    heads = LEXICON.pattern("LAB_HEADS")
    if len(lines) > 2 and len(lines[1]) <= LABEL_CHARS and heads.fullmatch(lines[1].strip(" :")):
        return True
    return bool(block.section) and heads.fullmatch(block.section[-1].strip(" :")) is not None


def _card_bio(block: Block) -> str | None:
    """A bio under a person's card heading that calls them by a name of theirs ("Ada
    founded the group in 2016 …" under "Prof. Ada Quill"): that person."""
    # "Dr. Ada Quill joins us as …": a title may precede the name.
    words = _BIO_TITLE.sub("", block.text).split(maxsplit=1)
    name = name_from_piece(block.section[-1]) if block.section and words else None
    if name is None and words and block.section and ", " in block.section[-1]:
        # "Pr A B, Université Y" › "Le Pr B est professeur …": the card's name, then its place
        lead = name_from_piece(block.section[-1].split(", ", 1)[0])
        if lead is not None and words[0] in lead.split():
            return lead
    if (
        name is None
        and words
        and block.section
        and (dashed := _DASHED_CARD.match(block.section[-1])) is not None
        and (
            LEXICON.pattern("POSITIONS").match(block.text)
            or LEXICON.pattern("STUDIES").match(block.text)
        )
    ):
        # "A — doctorant" › "Doctorant recruté sur le projet, co-encadré par B": a card
        # titled by its person and role, its bio opening on the person's post
        return name_from_piece(dashed.group(1))
    if name and _FIRST_PERSON.match(block.text):
        return name  # "A" › "Je suis doctorante au CEA, dirigée par B": A speaks
    if (
        name
        and len(block.section) >= 2
        and (
            LEXICON.pattern("POSITIONS").match(block.text)
            # ("PhD 2013, University Y; postdoc at Z (2014–2019)": the card's CV line)
            or LEXICON.pattern("STUDIES").match(block.text)
        )
        and (
            LEXICON.pattern("LAB_HEADS").fullmatch(block.section[-2].strip(" :"))
            or LEXICON.pattern("SENIOR_STAFF_HEADINGS").fullmatch(block.section[-2].strip(" :"))
        )
    ):
        # "Principal Investigators" › "Prof. A" › "Professor, School X (2014–present)
        # / Ph.D., University Y, 2009 (Advisor: B)": the card's own CV lines.
        return name
    if (
        name
        and len(block.section) >= 2
        and heading_kind(block.section[-2]) is SectionKind.TEACHING
        and LEXICON.pattern("POSITIONS").match(block.text)
    ):
        # "Équipe pédagogique" › "A" › "Maître de conférences à l'Université Y, membre du
        # laboratoire Z": a teaching team's card opening on its person's post
        return name
    if (
        name
        and len(block.section) >= 2
        and LEXICON.pattern("AUTHOR_BIO_HEADINGS").fullmatch(block.section[-2].strip(" :"))
    ):
        # "À propos des auteurs" › "A" › "Maîtresse de conférences à X … Elle a soutenu …"
        return name
    if name and ":" in block.text and "\n" in block.text and _cv_fields(block.text):
        # "Mathis Kerbrat" › "Joined as: Assistant Professor / PhD: X, Y, 2020 / Postdoc:
        # Z, 2020–2025": a newcomers' item's fact lines under the person's heading
        return name
    if name and _CALLED_LATER.search(block.text) and _called_later(block.text, name):
        # "Dr. A B" › "For work on X. Dr. B completed her doctoral studies with C …": a
        # citation's first sentence says what for, the next ones call the person by title
        return name
    if name and words[0] not in name.split() and _named_in_opening(block.text, name):
        # "A" › "Professeure des universités en chimie, A est nommée directrice …",
        # "Géographe, A s'intéresse …": a card's bio naming its person in its first sentence
        return name
    if name and words[0] not in name.split() and _SHORT_GIVEN.fullmatch(words[0]):
        # "Oluwaseun A" › "Seun is a fourth-year PhD student …": the given name's short form
        given = name.split()[0].casefold()
        short = words[0].casefold()
        return (
            name if given != short and (given.startswith(short) or given.endswith(short)) else None
        )
    return name if name and words[0] in name.split() else None


# "A — coordinatrice du projet": a card heading's name, then its role after a dash
_DASHED_CARD = re.compile(r"^([^—–\n]{3,60}?)\s+[—–]\s+\S.*")
OPENING_CHARS = 240  # the part of a card's bio where its first sentence names its person
_SENTENCE_END = re.compile(r"[.!?](?:\s|$)")


def _named_in_opening(text: str, name: str) -> bool:
    """*text*'s first sentence names *name* in full, before any other sentence begins."""
    at = text.find(name, 0, OPENING_CHARS)
    return at >= 0 and _SENTENCE_END.search(text, 0, at) is None


# "Dr. A B (PhD 2024)", "A B (Ph.D. '19)": a graduate named with the degree's year
_DEGREE_ASIDE = re.compile(
    r"(?P<name>(?:(?:Dr|Prof)\.?\s+)?[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3})"
    r"\s+\(Ph\.?\s?D\.?,?\s+(?:(?:19|20)\d\d|['’]\d\d)\)"
)
_SUPERVISED_AFTER = re.compile(r"\b(?:supervised|advised|directed|mentored)\s+by\s")
_WE_OR_I = re.compile(r"\b(?:I|[Mm]y|[Ww]e|[Oo]ur|[Mm]e)\b")


# "A, son premier doctorant, …": a paragraph's opening name, then a phrase set apart
_NAME_THEN_APPOSITIVE = re.compile(r"^(?P<name>[^,()\n]{3,60}),\s+(?P<apposed>[^,()\n]{3,60}),")


def _appositive_student(text: str, owner: str) -> str | None:
    """The student a paragraph opens on, set apart as the owner's ("A, her first doctoral
    student, recalls …"): the paragraph goes on with that student's own path."""
    opening = _NAME_THEN_APPOSITIVE.match(text)
    if opening is None or not LEXICON.pattern("STUDENT_APPOSITIVES").fullmatch(opening["apposed"]):
        return None
    name = name_from_piece(opening["name"])
    return name if name and not compatible(name, owner) else None


def _degree_aside_person(text: str, owner: str) -> str | None:
    """The one graduate a paragraph names with the degree's year ("Dr. A (PhD 2024)"),
    whose advisor it names after ("supervised by B"), in a paragraph of a news page that
    never names its owner nor speaks in the first person: the paragraph tells A's path."""
    found = list(_DEGREE_ASIDE.finditer(text))
    if len(found) != 1 or not _SUPERVISED_AFTER.search(text, found[0].end()):
        return None
    words = {w for w in fold(owner).replace("-", " ").split() if len(w) > 2}
    folded = set(re.findall(r"\w+", fold(text)))
    if words & folded or _WE_OR_I.search(text):
        return None
    name = clean_name(found[0]["name"])
    return name if name and not compatible(name, owner) else None


# "PhD: X, Y, 2020", "Postdoc: Z (2020–2025)": a card's labelled fact lines
_FIELD_LABEL = re.compile(r"^[ \t]*([^:\n]{2,30}):[ \t]+([^\n]*)", re.M)
CV_FIELDS = 2  # labelled lines naming a degree or a post, at least


def _cv_fields(text: str) -> bool:
    """Whether *text* stacks the labelled lines of a person's path ("PhD: …" / "Postdoc:
    …"), each label a degree or a post."""
    studies, posts = LEXICON.pattern("STUDIES"), LEXICON.pattern("POSITIONS")
    # ("Joined as: Associate Professor, July 2025": a post as the value)
    fields = ((m.group(1).strip(), m.group(2)) for m in _FIELD_LABEL.finditer(text))
    return (
        sum(
            1
            for label, value in fields
            if studies.fullmatch(label) or posts.fullmatch(label) or _post_value(value, posts)
        )
        >= CV_FIELDS
    )


def _post_value(value: str, posts: re.Pattern[str]) -> bool:
    """ "Associate Professor, July 2025" names a post; "Dr A B" or "Prof. C D"
    (a card's "Personal tutor:" or "Industrial mentor:") names a titled person."""
    first, _, rest = value.partition(" ")
    return not (first.lower() in TITLES and rest[:1].isupper()) and bool(posts.match(value))


# A sentence opening on a title, then a capital ("… . Dr. B completed"): cheap test first.
_CALLED_LATER = re.compile(r"[.!?]\s+(?:Dr|Prof|Professor)\.?\s+[A-ZÀ-Þ]")


def _called_later(text: str, name: str) -> bool:
    """Whether a sentence of *text* opens on a title and the family name of *name*."""
    family = name.split()[-1]
    return any(
        f"{stop} {title} {family} " in text
        for stop in (".", "!", "?")
        for title in ("Dr.", "Dr", "Prof.", "Professor")
    )


_SHORT_GIVEN = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]{2,}")
_FIRST_PERSON = re.compile(r"(?:I\s+am|I['’]m|Je\s+suis|J['’]ai)\s")


_JURY_OPENING = re.compile(r"^\W*([^\W\d][^:\n]{1,40}?)\s*:")
_DEFENCES = re.compile(
    r"(?i)\bsoutenances?\b|\bth[eè]ses\s+soutenues\b|\bdefen[cs]es\b|\bdissertations\b|"
    r"\bdefended\s+theses\b|\bpromoties\b|\bdisputationen\b"
)
# A defence's heading: the candidate, then the thesis title ("A — « Title »", "A: Title").
_CANDIDATE_HEADING = re.compile(r"^\s*[^—–:«\"“(]{3,60}?\s*(?:[—–:]|\s-\s|[«\"“(])")

# "Doutoramento em Matemática — A", "Doctorado en Física – B": a defences agenda's entry
# headed by the degree and its field, the candidate after the last dash.
_DEGREE_LED_HEADING = re.compile(
    r"(?i)^\s*(?:doutoramento|doutorado|doctorado|doctorat|dottorato|doctorate|ph\.?\s?d\.?)"
    r"\s+(?:em|en|in|de|di)\s[^—–]{2,80}\s[—–]\s*(?P<name>[^—–:()]{3,60}?)\s*$"
)
_WELCOMED = re.compile(r"(?i)^\s*(?:bienvenue|welcome)\s+(?:à|a|to)\s+(?=[A-ZÀ-Þ])")
# An agenda entry's date before its title ("Mardi 9 décembre 2025 — …", "2025-12-09 : …").
_DATED_HEADING = re.compile(
    r"^\W*(?:[^\W\d]{3,10}\.?,?\s+)?"
    r"(?:\d{1,2}(?:er|st|nd|rd|th)?\s+[^\W\d]{3,10}\.?,?\s+(?:19|20)\d\d"
    r"|[^\W\d]{3,10}\.?\s+\d{1,2},?\s+(?:19|20)\d\d"
    r"|(?:19|20)\d\d-\d\d-\d\d|\d{1,2}/\d{1,2}/(?:19|20)\d\d)"
    # ("kl. 09.00", "um 14.15 Uhr", "godz. 11:00": a clock time in the Nordic, German or
    # Polish way)
    r"(?:\s*(?:,|à|at|kl\.?|um|om|godz\.?)?\s*\d{1,2}\s*[h:.]\s*\d{0,2}(?:\s*Uhr)?)?"
    r"\s*(?:[—–:|]|\s-\s)\s*"
)


def _without_students_banner(blocks: list[Block]) -> list[Block]:
    """A thesis notice's first heading names its archive ("HAL theses — tel-…"): a
    banner over the one candidate's record, not a list of students, so the blocks right
    under it lose that heading."""
    first = next((b for b in blocks if b.kind is BlockKind.HEADING), None)
    if first is None or heading_kind(first.text) is not SectionKind.STUDENTS:
        return blocks
    banner = (first.text,)
    return [
        Block(b.kind, b.text, b.level, ()) if b is not first and b.section == banner else b
        for b in blocks
    ]


# A result's byline under its title: "by Thorvaldsen-Okeke, Ingrid".
_RESULT_BYLINE = re.compile(r"(?i)^(?:by|par)\s+(?P<name>[^\n:;]{4,60})$")
# "Degree: MS" (a record's field): the master's the context words spell out.
_MASTERS_FIELD = re.compile(r"(?im)^(degree\s*:\s*(?:M\.?S|M\.?A|M\.?Eng)\.?)\s*$")
_RECORD_CUES = ("dvisor", "upervisor", "Degree", "Institution")
# A record's fields that name no person nor place of study: its topic, links and citations.
_SUBJECT_FIELD = re.compile(
    r"(?i)^\s*(?:keywords?|subjects?|cite|record|full\s+text|url|abstract|language|rights|doi|"
    r"isbn|handle|identifier)\b[^:]{0,20}:"
)


def _name_heading(block: Block) -> bool:
    """A heading that is one person's name alone ("Dra. A", a member card's title)."""
    text = block.text
    return (
        block.kind is BlockKind.HEADING
        and len(text) <= 60
        and "\n" not in text
        and not any(ch.isdigit() for ch in text)
        and name_from_piece(text) is not None
    )


def _role_headed(text: str) -> tuple[str, ...] | None:
    """The one or two people a heading names before their role ("A, research engineer",
    "A and B, PhD students"), or None."""
    names, _, role = text.partition(", ")
    if (
        not role
        or len(role) > ROLE_SUFFIX_CHARS
        or "," in role
        or any(ch.isdigit() for ch in text)
        or LEXICON.pattern("MEMBER_ROLES").search(role) is None
    ):
        return None
    people = tuple(n.strip() for n in _JOINT_NAMES.split(names))
    if len(people) > 2 or any(name_from_piece(n) is None for n in people):
        return None
    return people


ROLE_SUFFIX_CHARS = 40
_JOINT_NAMES = re.compile(r"\s+(?:and|et|&)\s+")
_SENTENCE_GAP = re.compile(r"(?<=[.!?])\s+(?=[A-ZÀ-Þ])")


def _own_sentences(text: str, person: str, other: str) -> str:
    """A joint card's paragraph as it speaks of *person*: "A and B start their PhDs, both
    co-supervised by C" is said of A (her given name leads), "B holds an MSc" is not."""
    own, another = person.split()[0], other.split()[0]
    kept = []
    for sentence in _SENTENCE_GAP.split(text):
        lead = sentence.split(None, 1)[0] if sentence.strip() else ""
        if lead == another and not sentence.startswith(
            (f"{another} and {own}", f"{another} et {own}", f"{another} & {own}")
        ):
            continue  # "B holds an MSc from X": the other person's own sentence
        joint = _JOINT_NAMES.match(sentence, len(lead)) if lead in (own, another) else None
        if joint is not None and sentence[joint.end() :].startswith((own, another)):
            rest = sentence[joint.end() :].split(None, 1)
            sentence = f"{own} {rest[1] if len(rest) > 1 else ''}"
        kept.append(sentence)
    return " ".join(kept)


def _role_suffixed_headings(blocks: list[Block]) -> list[Block]:
    """A newcomers' post with one heading per person and their role ("A, postdoctoral
    researcher", "B and C, PhD students"): each heading names its person alone, so the
    paragraphs under it ("A joins us from X") read as that person's card; a joint heading's
    paragraphs are read once for each of its two people."""
    headed = {
        (b.section, b.text): people
        for b in blocks
        if b.kind is BlockKind.HEADING and (people := _role_headed(b.text)) is not None
    }
    if len({section for section, _ in headed}) == len(headed):
        return blocks  # no two such headings side by side: a CV's "A, PhD student" title
    result = []
    joint: list[list[Block]] = []  # one card per person of the joint heading being read
    inside: tuple[str, ...] | None = None  # that heading's own section
    for block in blocks:
        if inside is not None and block.section[: len(inside)] != inside:
            result.extend(b for card in joint for b in card)
            joint, inside = [], None
        if inside is not None:
            for card, person, other in zip(joint, people, reversed(people), strict=True):
                text = block.text
                if block.kind is not BlockKind.HEADING:
                    text = _own_sentences(text, person, other)
                section = (*inside[:-1], person, *block.section[len(inside) :])
                card.append(Block(block.kind, text, block.level, section))
            continue
        people = (
            headed.get((block.section, block.text)) if block.kind is BlockKind.HEADING else None
        )
        if people is not None and len(people) == 2:
            inside = (*block.section, block.text)
            joint = [[Block(block.kind, p, block.level, block.section)] for p in people]
            continue
        section = tuple(
            _renamed(headed, block.section[:i], title) for i, title in enumerate(block.section)
        )
        text = block.text
        if block.kind is BlockKind.HEADING:
            text = _renamed(headed, block.section, text)
        result.append(Block(block.kind, text, block.level, section))
    result.extend(b for card in joint for b in card)
    return result


def _renamed(headed: dict, section: tuple[str, ...], title: str) -> str:
    people = headed.get((section, title))
    return people[0] if people is not None and len(people) == 1 else title


def _grouped_name_headings(blocks: list[Block]) -> list[Block]:
    """A group's label heading and its members' name headings at one level ("Doctorado"
    then "A", "B" as sibling h3s, a theme's cards): the names nest under the label, as the
    page shows them, so each card's blocks know the group (its degree) they belong to."""
    result = blocks
    group: tuple[tuple[str, ...], str, int] | None = None  # (parent, label, level)
    old: tuple[str, ...] | None = None  # the current card's section, and its nested one
    new: tuple[str, ...] = ()
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING:
            old = None
            if group is not None and block.section == group[0] and block.level == group[2]:
                if _name_heading(block):
                    old = (*block.section, block.text)
                    new = (*group[0], group[1], block.text)
                    if result is blocks:
                        result = list(blocks)
                    result[index] = Block(block.kind, block.text, block.level, new[:-1])
                    continue
                group = None
            elif group is not None and len(block.section) <= len(group[0]):
                group = None
            following = blocks[index + 1] if index + 1 < len(blocks) else None
            if (
                following is not None
                and following.kind is BlockKind.HEADING
                and following.level == block.level
                and following.section == block.section
                and not _name_heading(block)
                and _name_heading(following)
            ):
                group = (block.section, block.text, block.level)
            continue
        if old is not None and block.section[: len(old)] == old:
            if result is blocks:
                result = list(blocks)
            result[index] = Block(
                block.kind, block.text, block.level, (*new, *block.section[len(old) :])
            )
    return result


def _thesis_records(blocks: list[Block]) -> tuple[list[Block], dict[int, PageOwner]] | None:
    """A results list of thesis records (a title, "by Family, Given", then field blocks
    "Institution: X / Degree: PhD / Year: 2020" and "Advisor: A"): one block per record,
    its fields, read for the record's author; None when the page is no such list."""
    starts = [
        index
        for index, block in enumerate(blocks)
        if block.kind is not BlockKind.HEADING
        and block.text[:3].lower() in ("by ", "par")
        and _RESULT_BYLINE.match(block.text)
    ]
    if len(starts) < 2:
        return None
    result = list(blocks[: starts[0]])
    owners: dict[int, PageOwner] = {}
    for number, start in enumerate(starts):
        end = starts[number + 1] - 1 if number + 1 < len(starts) else len(blocks)
        name = clean_name(_RESULT_BYLINE.match(blocks[start].text)["name"])
        fields = [
            b for b in blocks[start + 1 : end] if ":" in b.text and b.kind is not BlockKind.HEADING
        ]
        lines = [line for b in fields for line in b.lines if not _SUBJECT_FIELD.match(line)]
        text = _MASTERS_FIELD.sub(r"\1 (master's)", "\n".join(lines))
        if name is None or not fields or not any(cue in text for cue in _RECORD_CUES):
            return None
        record = Block(BlockKind.ITEM, text, fields[0].level, fields[0].section)
        owners[id(record)] = PageOwner(name, 0.7, "result-record")
        result.append(blocks[start])
        result.append(record)
        result.extend(b for b in blocks[start + 1 : end] if b not in fields)
        if number + 1 < len(starts):
            result.append(blocks[end])  # the next record's title
    return result, owners


def _lists_defences(document: Document) -> bool:
    """A page listing several thesis defences (a lab's "Soutenances" page), no owner."""
    headline = " ".join(filter(None, (document.title, document.meta.get("h1"))))
    if _DEFENCES.search(headline) or LEXICON.pattern("DEFENCE_LISTS").search(headline):
        return True
    if _defences_subheadings(document.blocks):
        return True
    if _agenda_defence(document.blocks):
        return True
    # A news index whose posts announce two or more people's defences ("Soutenance de thèse
    # de A", "Bravo à B, nouveau docteur !").
    announced = set()
    for block in document.blocks:
        if (
            block.kind is BlockKind.HEADING
            and (name := announced_candidate(block.text))
            # ("Read also" › "Soutenance de thèse de B": another post's teaser)
            and not among_others(block.section)
        ):
            announced.add(name)
            if len(announced) >= 2:
                return True
    return False


def _agenda_date(heading: str) -> bool:
    """*heading* is an agenda entry's date and a defence ("6 novembre 2025 — Soutenance de
    thèse"): the day of the defence told in the paragraph under it."""
    return (
        len(heading) < 80
        and bool(_DATED_HEADING.match(heading))
        and bool(_DEFENCES.search(heading))
    )


def _agenda_defence(blocks: list[Block]) -> bool:
    """A seminar's or lab's agenda with one entry for a defence: "6 novembre 2025 —
    Soutenance de thèse" › "A soutiendra sa thèse …" (the page's headline names nobody)."""
    return any(
        b.kind is BlockKind.PARAGRAPH
        and b.section
        and _agenda_date(b.section[-1])
        and DEFENDS.match(b.text)
        for b in blocks
    )


def _defences_subheadings(blocks: list[Block]) -> bool:
    """A newsletter's "Soutenances à venir" / "Recent vivas" section (not its headline) with
    two or more sub-headings opening on their candidate ("A — jeudi 10 décembre 2026",
    "Dr B – passed with minor corrections")."""
    from crawler.extract.persons import name_at_start

    listed = {
        b.text
        for b in blocks
        if b.kind is BlockKind.HEADING
        and len(b.text) < 80
        and (_DEFENCES.search(b.text) or LEXICON.pattern("DEFENCE_LISTS").search(b.text))
    }
    if not listed:
        return False
    named = {
        name
        for b in blocks
        if b.kind is BlockKind.HEADING
        and b.section
        and b.section[-1] in listed
        and _CANDIDATE_HEADING.match(b.text)
        and (name := name_at_start(b.text))
    }
    return len(named) >= 2


def _jury_under_defence(section: tuple[str, ...]) -> str | None:
    """The candidate a defence's heading announces right above a jury's sub-heading
    ("Soutenance de thèse — A" › "Composition du jury"), else None."""
    if len(section) < 2 or heading_kind(section[-1]) is not SectionKind.JURY:
        return None
    return announced_candidate(section[-2])


def _defence_candidate(block: Block):
    """The candidate a block of a defences list speaks for: the person its heading opens
    with, when the heading goes on with the thesis title."""
    from crawler.extract.owner import PageOwner
    from crawler.extract.persons import name_at_start

    if not block.section or block.kind is BlockKind.HEADING:
        return None
    heading = block.section[-1]
    announced = announced_candidate(heading)
    if (
        announced is None
        and block.kind is BlockKind.PARAGRAPH
        and (defends := DEFENDS.match(block.text))
    ):
        # "Finally, A defends "Title" on 26 May. Her committee: …": one paragraph per
        # candidate under the list's own heading (a heading naming its candidate speaks
        # for the paragraphs under it: "Soutenance de A" › "A soutiendra sa thèse le …").
        name = name_from_piece(defends.group(1))
        return PageOwner(name, 0.7, "defence-paragraph") if name else None
    if announced is None and (dated := _DATED_HEADING.match(heading)):
        # "Mardi 9 décembre 2025 — Soutenance de thèse de A": an agenda's entry.
        rest = heading[dated.end() :].strip()
        announced = announced_candidate(rest)
        if announced is None and len(rest) <= 60 and not _CANDIDATE_HEADING.match(rest):
            # "Tisdag 10 februari 2026 kl. 09.00 – A": the date, then the candidate alone
            announced = _name_shaped(rest) and name_from_piece(rest)
    if announced is None and (announced := _jury_under_defence(block.section)):
        # "Soutenance de thèse — A" › "Composition du jury" › members: the defence the
        # jury's own sub-heading belongs to.
        return PageOwner(announced, 0.7, "defence-heading")
    if announced:
        return PageOwner(announced, 0.7, "defence-heading")
    if (welcomed := _WELCOMED.match(heading)) and (
        name := name_at_start(heading[welcomed.end() :])
    ):
        # "Bienvenue à A" among the defences of a news index: that post is about A.
        return PageOwner(name, 0.65, "news-item")
    if (led := _DEGREE_LED_HEADING.match(heading)) and (name := name_from_piece(led["name"])):
        # "Doutoramento em Matemática — A" (an agenda of defences: the degree and its field,
        # then the candidate after the dash)
        return PageOwner(name, 0.7, "defence-heading")
    if not _CANDIDATE_HEADING.match(heading):
        # "CARRASCO MEDINA, Lucía" (a doctoral school's list: the heading is the name alone)
        name = _turned_round(heading) if "," in heading else None
        if name is None and len(heading) <= 60 and _name_shaped(heading):
            name = name_from_piece(heading.strip())
        degree, _, rest = heading.strip().partition(" ")
        if name is None and degree[-1:] == "." and DEGREE.fullmatch(degree) and len(rest) <= 50:
            # "MSc. A", "M.Sc. B": a degree before the candidate's name, as a title
            name = name_from_piece(rest) if _name_shaped(rest) else None
        return PageOwner(name, 0.7, "defence-heading") if name else None
    name = name_at_start(heading)
    return PageOwner(name, 0.7, "defence-heading") if name else None


DEFENCE_BOARD_BLOCKS = 12  # a session's commission: a few members, one item each


def _labelled_candidate(block: Block):
    """The candidate a defence's field names ("Discente: A", "Doctorando/a: B") on its
    block's first line, else None."""
    from crawler.extract.owner import PageOwner

    label, colon, value = block.lines[0].partition(":") if block.lines else ("", "", "")
    if (
        not colon
        or len(label) > 30
        or not LEXICON.pattern("STUDENT_LABELS").fullmatch(label.strip(" *"))
    ):
        return None
    name = name_from_piece(value.strip())
    return PageOwner(name, 0.7, "defence-field") if name else None


# A defence list's entry opening on its candidate, addressed ("Herr A, MSc in Chemie",
# "Frau B", "Mme C, ingénieure"): a line of its own, before the title and the board.
_ADDRESSED_CANDIDATE = re.compile(
    r"^(?:Herr|Frau|Mr\.?|Mrs\.?|Ms\.?|Mx\.?|Monsieur|Madame|Mme\.?|Dhr\.|Mevr\.)[ \t]+"
    r"(?P<name>[^,;:(«\"\n]{3,60}?)[ \t]*(?:,|$)"
)


def _addressed_candidate(block: Block):
    """The candidate a defences list's one-line paragraph addresses ("Herr A, MSc in X"),
    else None."""
    from crawler.extract.owner import PageOwner

    if block.kind is not BlockKind.PARAGRAPH or len(block.text) > 100 or "\n" in block.text:
        return None
    if not (addressed := _ADDRESSED_CANDIDATE.match(block.text)):
        return None
    name = name_from_piece(addressed["name"])
    return PageOwner(name, 0.7, "defence-field") if name else None


_MAIDEN = re.compile(
    r"(?P<name>(?:[A-ZÀ-Þ][\w'’.-]+[ \t]+){0,3}[A-ZÀ-Þ][\w'’-]+)[ \t]*[(,][ \t]*"
    r"(?:née|geb\.|geborene)\s+(?P<maiden>[A-ZÀ-Þ][\w'’-]+)"
)


def maiden_names(text: str, owner: str | None) -> list[tuple[str, str]]:
    """(name before marriage, name now) for each "A (née B)" the page writes: papers
    signed before marriage carry the maiden family name ("Kowalczyk, M.").  A bare
    surname ("Professor Quill-Reid (née Quill)") is the owner's when it is the owner's."""
    pairs = []
    for match in _MAIDEN.finditer(text[:50_000]):
        now = parse_name(match.group("name"))
        if now is None or not now.given or now.initials_only:
            family = match.group("name").split()[-1]
            owner_name = parse_name(owner) if owner else None
            if owner_name is None or fold(owner_name.family) != fold(family):
                continue
            now = owner_name
        pairs.append((f"{now.given} {match.group('maiden')}", now.display))
    return pairs


def _as_listed(owner, author_lists: list[list[str]]):
    """An owner whose heading writes the family name first in capitals ("NGUYỄN Thị Minh
    Anh", turned round by the normaliser) takes the order the page's author lists write its
    very words in ("Nguyễn Thị Minh Anh"): one person, one form."""
    from crawler.extract.owner import PageOwner

    words = owner.name.split()
    if len(words) < 2 or not author_lists:
        return owner
    if any(owner.name in authors for authors in author_lists):
        return owner  # some list writes the heading's order: the turned one is a lone slip
    target = sorted(fold(owner.name).split())
    for authors in author_lists:
        for author in authors:
            if author != owner.name and len(author) == len(owner.name):
                if sorted(fold(author).split()) == target and fold(author) != fold(owner.name):
                    return PageOwner(author, owner.confidence, owner.how)
    return owner


def _accented(owner, text: str):
    """An owner read without accents (e-mail) takes the accented form the page writes."""
    from crawler.extract.owner import PageOwner

    target = fold(owner.name)
    if _written_only_as(owner.name, target, text):
        return owner
    words = owner.name.split()
    pattern = r"\s+".join(rf"[\w\-]{{{max(1, len(w) - 1)},{len(w) + 1}}}" for w in words)
    # The first match that fits is the first fitting one of the distinct matches, taken in
    # order of first appearance (a page writes its owner's name many times).
    for written in dict.fromkeys(re.findall(pattern, text)):
        if written != owner.name and fold(written) == target:
            return PageOwner(clean_name(written) or owner.name, owner.confidence, owner.how)
    return owner


# (Deleting the ASCII runs leaves the non-ASCII letters: a few long matches, not one per letter.)
_ASCII_RUNS = re.compile(r"[\x00-\x7f]+")


def _written_only_as(name: str, target: str, text: str) -> bool:
    """Whether every place the page spells the folded name (any case or accents, any spaces
    or hyphens between its words) writes exactly *name*, with no hyphen beside it: then no
    other form folds to it, and ``_accented`` need not scan the page word by word.  (False
    when a letter of the page does not fold to one letter: the scan decides.)"""
    words = target.split()
    if not words:
        return False
    # Each folded letter, as the page's letters that fold to it.
    forms: dict[str, set[str]] = {}
    non_ascii = set(_ASCII_RUNS.sub("", text))
    for char in non_ascii:
        if char.isalnum() or char == "_":  # a word character
            folded = fold(char)
            if len(folded) != 1 or not (folded.isalnum() or folded == "_"):
                return False
            forms.setdefault(folded, set()).add(char)

    spans = _folded_spans(words, text, forms, non_ascii)
    if spans is not None:
        return all(
            text[start:end] == name and "-" not in (text[start - 1 : start], text[end : end + 1])
            for start, end in spans
        )

    def spellings(letter: str) -> str:
        return re.escape("".join(sorted({letter, letter.upper(), *forms.get(letter, ())})))

    spelled = re.compile(r"[\s-]+".join("".join(f"[{spellings(c)}]" for c in w) for w in words))
    match = spelled.search(text)
    while match is not None:
        start, end = match.span()
        if match.group() != name or "-" in (text[start - 1 : start], text[end : end + 1]):
            return False
        match = spelled.search(text, start + 1)
    return True


def _folded_spans(
    words: list[str], text: str, forms: dict[str, set[str]], non_ascii: set[str]
) -> list[tuple[int, int]] | None:
    """Every span of *text* that spells the ASCII *words* in any case or accents, with
    spaces or hyphens between them (what ``_written_only_as``'s pattern matches), read by
    ``str.find`` on the text lowered and unaccented: compiling that per-page pattern cost
    more than the rest of the page's owner check.  None when the text does not lower and
    unaccent letter for letter (the pattern decides then)."""
    if not all(word.isascii() for word in words):
        return None
    lowered = text.lower()
    if len(lowered) != len(text):
        return None
    # Each non-ASCII letter as the letter it folds to; any other character as itself.
    letters: dict[str, str] = {}
    for char in non_ascii:
        folded = next((f for f, chars in forms.items() if char in chars), char)
        low = char.lower()
        if letters.setdefault(low, folded) != folded or low.isascii() and low != folded:
            return None
    if any(letters.get(folded, folded) != folded for folded in letters.values()):
        return None  # (one replacement must not feed another)
    for char, folded in letters.items():
        if char != folded:
            lowered = lowered.replace(char, folded)
    spans = []
    first, size = words[0], len(text)
    start = lowered.find(first)
    while start >= 0:
        end = start + len(first)
        for word in words[1:]:
            gap = end
            while end < size and (lowered[end] == "-" or lowered[end].isspace()):
                end += 1
            if end == gap or not lowered.startswith(word, end):
                break
            end += len(word)
        else:
            spans.append((start, end))
        start = lowered.find(first, start + 1)
    return spans


def tidy(
    claims: list[Claim], owner: str | None, text: str = "", written: set[str] | None = None
) -> list[Claim]:
    """Drop template samples and self-relations, resolve initials, merge duplicates.

    Within one page a fact stated twice keeps the dated statement.
    """
    # What an initial may resolve to, read only when a name written short first needs it.
    full_names = cache(lambda: _full_names(claims, written))
    # The first two words of the page's three-word names, folded ("itziar goikoetxea" of
    # "Itziar Goikoetxea Ramírez"): whether a two-word name may be one written short, known
    # without reading every full name.  (Each name tested once: a page's coauthor pairs
    # name the same authors over and over.)
    short_forms = cache(
        lambda: {
            fold(short)
            for name in _claim_names(claims)
            if name.count(" ") >= 2 and _shortened_form(name)
            for short in _short_forms(name)
        }
    )
    owner_named = _owner_form(owner) if owner and any(c.isupper() for c in owner) else None
    # "LU Jiaxin (2020-), FENG Tianyu": the page's persons written family name first in
    # capitals, read as acronym-led organisations (the persons' keys read when one is met).
    person_keys = cache(lambda: _person_keys(claims))

    def resolved(name: str) -> str:
        return _resolve(name, full_names, short_forms)

    # "Phùng Quốc Nhật (nom de famille : Phùng)" signing "Nhat Phung" in English: the
    # page's names written family first, turned round (read only where the owner is).
    turned = _family_first_turns(claims, owner, text, resolved) if owner and text else {}

    def read_person(name: str, given_first: bool = False) -> tuple[str, ...]:
        if is_sample_entity(name):
            return ()
        name = _resolve(name, full_names, short_forms, given_first)
        name = turned.get(name, name)
        return name, fold(name)

    def read_student(name: str) -> tuple[str, ...]:
        # (a supervision's student may be listed by given name and initial: "Ana R.")
        return read_person(name, True)

    def read_organisation(name: str) -> tuple[str, ...]:
        if (
            is_sample_entity(name)
            # "ZHOU Lingyun is a Professor at …": the owner's name with its family name in
            # capitals read as an acronym-led organisation — no organisation is the owner.
            # (An organisation subject, "part_of", has an organisation object: the owner
            # test applies to every organisation a claim names.)
            or owner_named is not None
            and owner_named(name)
            or _caps_led(name)
            and _name_key(name) in person_keys()
        ):
            return ()
        return name, fold(name)

    # Each name's reading in each role, once per page: the name as kept (resolved, for a
    # person) and its fold, or () when it drops the claim (a sample, the owner as an
    # organisation).  The loop runs once per claim, hundreds a page, naming the same
    # people over and over (its coauthor pairs); and the relation's traits are read again
    # only when it changes, since a page's claims come in runs of one relation.
    persons: dict[str, tuple[str, ...]] = {}
    students: dict[str, tuple[str, ...]] = {}
    organisations: dict[str, tuple[str, ...]] = {}
    relation_read, person_object, coauthor = None, False, False
    subject_reads, read_subject = persons, read_person
    object_reads, read_object = persons, read_person
    kept: list[Claim] = []
    seen: set[tuple] = set()
    facts: dict[tuple, int] = {}  # each fact, at its first statement kept
    statements: dict[tuple, list[int]] = {}  # the facts stated more than once, all places
    for claim in claims:
        relation = claim.relation
        if relation is not relation_read:
            relation_read = relation
            person_object = relation in PERSON_OBJECT
            coauthor = relation is Relation.COAUTHOR
            if relation not in PERSON_SUBJECT:
                subject_reads, read_subject = organisations, read_organisation
            elif relation.family is Family.SUPERVISION:
                subject_reads, read_subject = students, read_student
            else:
                subject_reads, read_subject = persons, read_person
            object_reads, read_object = (
                (persons, read_person) if person_object else (organisations, read_organisation)
            )
        subject = subject_reads.get(claim.subject)
        if subject is None:
            subject = subject_reads[claim.subject] = read_subject(claim.subject)
        if not subject:
            continue
        obj = object_reads.get(claim.object)
        if obj is None:
            obj = object_reads[claim.object] = read_object(claim.object)
        if not obj:
            continue
        if subject[1] == obj[1] or (
            person_object and not coauthor and compatible(subject[0], obj[0])
        ):
            continue
        subject, obj = subject[0], obj[0]
        evidence = scrub(claim.evidence) if coauthor else claim.evidence
        if subject != claim.subject or obj != claim.object or evidence != claim.evidence:
            claim = Claim(
                subject,
                relation,
                obj,
                claim.source,
                evidence,
                claim.extractor,
                claim.confidence,
                claim.start,
                claim.end,
                claim.subject_kind,
                claim.object_kind,
            )
        # The fact, and the claim's identity (``Claim.key``), from the parts at hand.
        triple = (
            (obj, relation, subject) if coauthor and obj < subject else (subject, relation, obj)
        )
        key = (triple, claim.start, claim.end, claim.source)
        if key in seen:
            continue
        seen.add(key)
        if triple in facts:
            statements.setdefault(triple, [facts[triple]]).append(len(kept))
        else:
            facts[triple] = len(kept)
        kept.append(claim)
    return _roles_over_membership(_dated_first(kept, statements))


_SPECIFIC_JURY = frozenset(
    {Relation.JURY_PRESIDENT, Relation.JURY_REVIEWER, Relation.JURY_EXAMINER}
)


def _roles_over_membership(claims: list[Claim]) -> list[Claim]:
    """A defence's "Membres du jury: A, B, C" after "Président: A", "Rapporteurs: B, C":
    the roles stated, no bare membership besides them."""
    members = [c for c in claims if c.relation is Relation.JURY_MEMBER]
    if not members:
        return claims
    roles = {(fold(c.subject), fold(c.object)) for c in claims if c.relation in _SPECIFIC_JURY}
    if not roles:
        return claims
    return [
        c
        for c in claims
        if c.relation is not Relation.JURY_MEMBER or (fold(c.subject), fold(c.object)) not in roles
    ]


def _claim_names(claims: list[Claim]) -> set[str]:
    """Every name the claims write, as subject or object, each once."""
    names = {claim.subject for claim in claims}
    names.update([claim.object for claim in claims])
    return names


def _caps_led(name: str) -> bool:
    """An organisation's name opening on a word in capitals, four words at most."""
    head = name.split(None, 1)[0] if name else ""
    return len(head) > 1 and head.isupper() and len(name.split()) <= 4


def _name_key(name: str) -> tuple[str, ...]:
    return tuple(sorted(fold(name).split()))


def _person_keys(claims: list[Claim]) -> set[tuple[str, ...]]:
    """The words of each person the page's claims name (any order)."""
    # (each name once: a coauthor list names its authors pair by pair)
    names = {claim.subject for claim in claims if claim.relation in PERSON_SUBJECT}
    names.update([claim.object for claim in claims if claim.relation in PERSON_OBJECT])
    return {_name_key(name) for name in names}


_HINT_LABELS = sorted(
    (*LEXICON.FAMILY_NAME_HINTS, *LEXICON.FAMILY_NAME_COLUMNS), key=len, reverse=True
)
_FAMILY_HINT = re.compile(
    r"\(\s*(?i:" + "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in _HINT_LABELS) + ")"
    r"\s*[:：]\s*(?P<family>[^\W\d_][\w'’-]*)"
)


_LIST_MARKS = re.compile(r"[,;&]")


def _words_in(words: str, folded: str) -> bool:
    """Whether the folded *words* stand whole in the folded *folded*."""
    start = folded.find(words)
    while start >= 0:
        end = start + len(words)
        if (start == 0 or not folded[start - 1].isalnum()) and (
            end == len(folded) or not folded[end].isalnum()
        ):
            return True
        start = folded.find(words, end)
    return False


def _family_first_turns(
    claims: list[Claim], owner: str, text: str, resolved: Callable[[str], str]
) -> dict[str, str]:
    """Names to turn round on a page that writes its owner family first.

    The owner's order is read from the page: a bracketed hint ("Sakuraba Haruomi (Family:
    Sakuraba)") or the owner's two orders side by side ("Kisvárdai Bence" in the heading,
    "Bence Kisvárdai" in English papers).  Each author list then says its own order by
    the owner's form in it: beside "Kisvárdai Bence" a "Tóthfalusi Gergő" is turned to
    "Gergő Tóthfalusi"; beside "Bence Kisvárdai" a name read family first whose turned
    form the entry writes is turned too.  A name is turned wherever the page names it.
    """
    words = owner.split()
    if len(words) < 2 or "." in owner:
        return {}
    head, tail = fold(words[0]), fold(words[-1])
    if head == tail:
        return {}
    hint = _FAMILY_HINT.search(text) if "(" in text else None
    if hint is not None:
        family = fold(hint["family"])
    elif len(caps := [w for w in words if len(w) > 1 and w.isupper()]) == 1:
        family = fold(caps[0])  # "ZHAO Mingze": the family name in capitals
    elif written_family_first(words[0], words[-1]):
        family = head  # "Kisvárdai Bence": the last word only ever a given name
    elif written_family_first(words[-1], words[0]):
        family = tail
    else:
        return {}
    turns: dict[str, str] = {}
    if family == head:
        given_form = " ".join((*words[1:], words[0]))
        family_form, turns[owner] = owner, given_form
    elif family == tail:
        given_form, family_form = owner, " ".join((words[-1], *words[:-1]))
        if family_form not in text:
            return {}
    else:
        return {}
    owner_family = fold(family_form)
    # the given-first form whole, or its last given name and the family name ("Nhat Phung")
    given_words = given_form.split()
    owner_given = {fold(given_form), fold(f"{given_words[-2]} {given_words[-1]}")}
    for claim in claims:
        if claim.relation is not Relation.COAUTHOR:
            continue
        # (an author list's commas kept: "Nhật, Phùng Đình" spells no "Nhat Phung")
        evidence = fold(_LIST_MARKS.sub(" | ", claim.evidence))
        family_first = _words_in(owner_family, evidence)
        given_first = any(_words_in(form, evidence) for form in owner_given)
        if family_first == given_first:
            continue
        for name in (claim.subject, claim.object):
            name = resolved(name)
            parts = name.split()
            if name in turns or not 2 <= len(parts) <= 3 or "." in name or compatible(name, owner):
                continue
            round_ = " ".join((*parts[1:], parts[0]))
            if _words_in(fold(name if family_first else round_), evidence) and not (
                given_first and _words_in(fold(name), evidence)
            ):
                turns[name] = round_
    return turns


def _owner_form(owner: str) -> Callable[[str], bool]:
    """Whether an organisation's name is the owner's name written another way (memoised:
    a page names few organisations, many times)."""
    answers: dict[str, bool] = {}
    owner_key = _name_key(owner)
    # "TF: Since 2023 I have been a postdoc …": an interview's answers led by the guest's
    # initials, no team's acronym.
    initials = "".join(word[:1] for word in re.split(r"[\s-]+", owner) if word[:1].isupper())

    def named(name: str) -> bool:
        answer = answers.get(name)
        if answer is None:
            answer = answers[name] = (
                name.split(None, 1)[0].isupper()
                and len(name.split()) <= 4
                and _name_key(name) == owner_key
                or len(initials) >= 2
                and name == initials
            )
        return answer

    return named


# "Rebecca T. Hallworth": a given name, one middle initial, the family name.
_MIDDLE_INITIAL = re.compile(r"[^\s.]{2,} [A-Z]\. [^\s.]{2,}")


def _shortened_form(name: str) -> bool:
    """Whether a page may write *name* short: no initial in it ("B. Mendoza Kim" is no
    "B. Mendoza"), save one middle initial ("Rebecca T. Hallworth", "Rebecca Hallworth")."""
    return "." not in name or _MIDDLE_INITIAL.fullmatch(name) is not None


def _short_forms(name: str) -> tuple[str, ...]:
    """The two-word forms a page may write a longer name in: given and first family name
    of a three-word name, first given and last family name of any longer one."""
    words = name.split(" ")
    if len(words) == 3:
        return (" ".join(words[:2]), f"{words[0]} {words[-1]}")
    return (f"{words[0]} {words[-1]}",) if len(words) > 3 else ()


def _full_names(claims: list[Claim], written: set[str] | None) -> dict[str, list[str]]:
    """The page's full person names by family key: what an initial may resolve to."""
    claimed = set()
    for claim in claims:
        relation = claim.relation
        if relation in PERSON_SUBJECT:
            claimed.add(claim.subject)
        if relation in PERSON_OBJECT:
            claimed.add(claim.object)
    names = claimed | set(written or ())
    full_names: dict[str, list[str]] = {}
    for name in names:
        parsed = parse_name(name)
        if parsed is not None and not parsed.initials_only and parsed.given:
            full_names.setdefault(parsed.family_key, []).append(name)
            if name.count(" ") >= 2 and _shortened_form(name) and name in claimed:
                # "Itziar Goikoetxea Ramírez" (a given name, two family names): written
                # short later with the first family name only ("Itziar Goikoetxea"); "Rui
                # Manuel Sottomayor Carvalhal", with the first given and the last family name
                # ("Rui Carvalhal", as Portuguese names are shortened).
                for short in _short_forms(name):
                    full_names.setdefault(f"<{fold(short)}", []).append(name)
                # "C. Huaiquil" beside "Cristóbal Andrés Huaiquil Westermeier": the initial
                # and the first of two family names (see ``_resolve``)
                full_names.setdefault(f"={fold(name.split(' ')[-2])}", []).append(name)
            if " " not in parsed.given:
                # "Ana R." (a students list's given name and family initial, read "R. Ana")
                # beside "Ana Rodríguez-Okonjo": by the given name (see ``_resolve``).
                full_names.setdefault(f"^{parsed.given_key}", []).append(name)
            if (
                not parsed.order_known
                and " " not in parsed.given
                and " " not in parsed.family
                and parsed.given_key not in GIVEN_ONLY
                and parsed.given_key not in GIVEN_OR_FAMILY
            ):
                # "Okonjo Ifeoma" (a HAL co-author facet writes "Family Given"): read the
                # other way too, a fallback only for "I. Okonjo" (see ``_resolve``).
                swapped = f"{parsed.family} {parsed.given}"
                full_names.setdefault(f"~{parsed.given_key}", []).append(swapped)
    return full_names


def _dated_first(kept: list[Claim], statements: dict[tuple, list[int]]) -> list[Claim]:
    """The claims in order of their fact's first statement; a fact stated with a date drops
    its undated statements, and its best dated statement comes first.  Only the facts
    stated more than once (*statements*: their places in *kept*, a few of a page's
    hundreds) are looked at again."""
    if not statements:
        return kept
    # Each place of a repeated fact's statement → what stands there in the result: the
    # fact's ranked statements at its first kept one (a dated fact: its first dated one),
    # nothing at the others.
    edits: dict[int, list[Claim]] = {}
    for places in statements.values():
        dated = [at for at in places if kept[at].start is not None or kept[at].end is not None]
        group = [kept[at] for at in dated or places]
        if len(group) > 1:
            group.sort(key=_statement_rank(group))
        for at in places:
            edits[at] = []
        edits[(dated or places)[0]] = group
    result: list[Claim] = []
    start = 0
    for at in sorted(edits):
        result += kept[start:at]
        result += edits[at]
        start = at + 1
    result += kept[start:]
    return result


def _statement_rank(group: list[Claim]) -> Callable[[Claim], tuple]:
    """The statements of one fact: those that say when the fact began first, a statement
    before the ones it refines ("2015–2019" before "2015"), else page order (an employer
    held twice: the period written first)."""
    periods = {(claim.start, claim.end) for claim in group}

    def refined(claim: Claim) -> bool:
        years = (claim.start is not None) + (claim.end is not None)
        return any(
            (start is not None) + (end is not None) > years
            and claim.start in (None, start)
            and claim.end in (None, end)
            for start, end in periods
        )

    # "Professeur émérite depuis 2019" and "nommé professeur en 1985", both still held: the
    # fact began with the earlier start.
    open_starts = {start for start, end in periods if start is not None and end is None}
    if len(open_starts) > 1 and all(end is None for _, end in periods):
        return lambda claim: (claim.start is None, refined(claim), claim.start or 0)
    return lambda claim: (claim.start is None, refined(claim))


# Sets: a Relation is a StrEnum, hashed as its string in C; a tuple's test compared the
# page's commonest relation, coauthor, with each member before it (all of them when absent).
PERSON_SUBJECT = frozenset(r for r in Relation if r.subject_kind.value == "person")
PERSON_OBJECT = frozenset(r for r in Relation if r.object_kind.value == "person")
# Relations whose names vouch for an initial in an author list (supervision and jury).
PERSON_FAMILIES = frozenset(r for r in Relation if r.family.value in ("supervision", "jury"))


_INITIALS_LEAD = re.compile(r"^(?:[A-ZÀ-Þ]\.\s*-?\s*)+(?=[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ])")


def _resolve(
    name: str,
    full_names: Callable[[], dict[str, list[str]]],
    short_forms: Callable[[], set[str]],
    given_first: bool = False,
) -> str:
    parsed = parse_name(name, allow_single=True)
    if parsed is None:
        return name
    if (
        name.count(" ") == 1
        and chinese_given_first(turned := " ".join(name.split(" ")[::-1]))
        and turned in full_names().get(fold(name.split(" ")[0]), ())
    ):
        return turned  # "Lu Junhao" beside "Junhao Lu" (an author list's form)
    if given_first and (
        (short := parsed.initials_only and len(parsed.given.rstrip(".")) == 1)
        or len(parsed.family) == 2
        and parsed.family[1] == "."
    ):
        # A student listed "Ana R." (given name, family initial; read "R. Ana", or "W. Leo"
        # when the word is a given name only): the one full name written with that given
        # name and a family name on that initial.
        initial, given = (
            (fold(parsed.given)[:1], parsed.family_key)
            if short
            else (fold(parsed.family)[:1], parsed.given_key)
        )
        fits = {
            full
            for full in full_names().get(f"^{given}", [])
            if full != name
            and (whole := parse_name(full)) is not None
            and fold(whole.family)[:1] == initial
        }
        if len(fits) == 1:
            return fits.pop()
    if (
        not parsed.initials_only
        and name.count(" ") == 1
        and "." not in name
        and (forms := short_forms())  # (most pages write no three-word name: no fold then)
        and (folded := fold(name)) in forms
    ):
        fits = set(full_names().get(f"<{folded}", ()))
        if len(fits) == 1:
            return fits.pop()  # "Itziar Goikoetxea" beside "Itziar Goikoetxea Ramírez"
    if not parsed.initials_only:
        # "I. Goikoetxea Uribe" (from "Goikoetxea Uribe, I."): an initial before a double
        # family name, the full name one that ends on both words ("Itziar Goikoetxea Uribe").
        lead = _INITIALS_LEAD.match(name) if name[1:2] == "." else None
        if lead is None:
            return name
        family = name[lead.end() :]
        fits = {
            full
            for full in full_names().get(parsed.family_key, [])
            if full.endswith(f" {family}") and full != name and compatible(name, full)
        }
        return fits.pop() if len(fits) == 1 else name
    names = full_names()
    fits = {full for full in names.get(parsed.family_key, []) if compatible(name, full)}
    if not fits:
        # No name written given-first fits: one written family-first may ("Okonjo Ifeoma"
        # beside "Okonjo I.").
        fits = {full for full in names.get(f"~{parsed.family_key}", []) if compatible(name, full)}
    if not fits:
        # "C. Huaiquil": the first of a full name's two family names, after its initial
        fits = {
            full
            for full in names.get(f"={parsed.family_key}", [])
            if compatible(name, f"{full.split(' ')[0]} {full.split(' ')[-2]}")
        }
    return fits.pop() if len(fits) == 1 else name
