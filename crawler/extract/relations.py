"""Supervision and thesis-jury rules: role words near person names, read per sentence/item.

Rule ids (the claims' ``extractor``): ``supervision.cue`` (owner's advisors named after a
cue), ``supervision.student-list`` (an advisor's list of students), ``jury.list`` (the
owner's own jury, roles in parentheses or as headers), ``jury.service`` (juries the owner
sat on).  No words here: they come from :mod:`crawler.extract.lexicon`.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import replace
from functools import cache, lru_cache

import ahocorasick

from crawler.claims import Relation
from crawler.extract.dates import DATED_STEPS, PRESENT_WORDS, SINCE, Period, parse_period, years_in
from crawler.extract.documents import CARD_NAME_CHARS, LONE_DATE, Block, BlockKind, DocumentFormat
from crawler.extract.lexicon import (
    LEXICON,
    alternation,
    literal_finder,
    opens_a_word,
    phrase_literal,
    phrase_literals,
    phrase_pattern,
    phrase_runs,
    phrase_starts,
    word_hint,
    word_starts,
)
from crawler.extract.markdown import YEAR
from crawler.extract.organisations import (
    OrgKind,
    find_organisations,
    is_strong_institution,
    known_acronyms,
    one_institution,
)
from crawler.extract.owner import (
    EVENT_NAME_END,
    POSITION_CODE,
    SPEAKER,
    announced_candidate,
    bio_subject,
    block_subject,
    headline_person,
    is_card_name,
    lab_head,
    named_lab_head,
    roster_line,
)
from crawler.extract.page import Page, holds_any, scrub
from crawler.extract.persons import (
    AFFILIATION_BRACKET,
    PARENS,
    TITLE_PREFIX,
    full_names_written,
    inverted_names,
    name_at_start,
    name_from_piece,
    names_after,
    reads_as_person,
)
from crawler.extract.publications import lowered, split_authors
from crawler.extract.sections import (
    QUIET,
    Context,
    SectionKind,
    context_of,
    context_patterns,
    contexts_in,
    graduate_year,
    heading_kind,
    sentences,
    stay_during_master,
)
from crawler.names import (
    PARTICLES,
    TITLES,
    called_name,
    compatible,
    fold,
)

ADVISOR = {
    Context.PHD: Relation.ADVISOR_PHD,
    Context.POSTDOC: Relation.ADVISOR_POSTDOC,
    Context.INTERNSHIP: Relation.ADVISOR_INTERNSHIP,
    Context.OTHER: Relation.ADVISOR_OTHER,
}
# "Former students", "Past students", "Graduated", "Alumni": a list of those who finished
_FORMER_LIST = re.compile(r"(?i)\b(?:former|past|graduated|previous|completed)\b|\balumn")
_DOCTOR_STUDENT = re.compile(r"\W{0,3}Dr\.?\s+[A-ZÀ-Þ]")
_LEADING_DATE = re.compile(r"^\W{0,3}(?:[A-Za-zéû.]{0,10}\s*)?(?:19|20)\d\d")


# A cue followed by "of" says whom the owner advises, not who advises the owner.
_REVERSED = re.compile(r"^\s*(?:of|for|to|de|d['’]|du|des)\b", re.I)


def block_period(block: Block) -> Period:
    """The period a dated entry states for all its lines (an item, or a block led by a date)."""
    if block.kind is BlockKind.ITEM or _LEADING_DATE.match(block.text[:40]):
        return parse_period(block.text)
    lines = block.lines
    if (
        1 < len(lines) <= 6
        and (
            all(len(line) <= 100 and line[-1:] != "." for line in lines)
            # "Analyst" / "Office X · Secondment" / "Mar 2021 - Sep 2021 · 7 mos" / "Worked on
            # …." (a profile's entry: its dates on a line of their own, a sentence under them)
            or len(lines) > 2
            and len(lines[-1]) <= 160
            and all(len(line) <= 100 and line[-1:] != "." for line in lines[:-1])
            and any(_LEADING_DATE.match(line) for line in lines[1:-1])
        )
    ):
        # Short lines broken by hand ("**Univ X** | City" / "PhD | Sept 2021 - present" /
        # "Supervisors: A"): one entry, not prose.
        if "CV" in block.text or "jour" in block.text or "pdated" in block.text:
            # (less a title line's stamp: "Name    CV – novembre 2025" over the post)
            return parse_period("\n".join(ln for ln in lines if not _CV_STAMP.search(ln)))
        return parse_period(block.text)
    if 1 < len(lines) and len(lines[0]) <= TITLE_LINE_CHARS and _ENDS_DATED.search(lines[0]):
        # "**Postdoc** · 2020–2023" over "Hosted by A at X, where I …": a dated title line
        # over its entry's prose dates the entry.
        return parse_period(lines[0])
    if 6 < len(lines) <= FORM_FIELDS and all(map(_FORM_FIELD.match, lines)):
        # A CV form's record, one labelled field a line ("Entidad de titulación: X" /
        # "Fecha de titulación: 14/12/2012" / "Director/a de tesis: A" / …): one entry.
        return parse_period(block.text)
    return Period()


TITLE_LINE_CHARS = 40  # an entry's title line: a role or a degree, then its years
FORM_FIELDS = 12  # lines of one form record (a CVN's thesis: programme, place, date, …)
_FORM_FIELD = re.compile(r"^[^:：\n]{2,40}[:：](?:\s|$)")


_ENDS_DATED = re.compile(r"(?:19|20)\d\d\s*$|(?i:\bpresent|\bnow)\s*$")


ENTRY_LINE_CHARS = 120  # an entry's title line with its place and dates, not prose
STUDENTS_LABEL_CHARS = 50  # "Current PhD students: A (2021–), B": a list's label
ADMIN_DATE_LABEL_CHARS = 40  # "Thèse soumise le : mardi 15 mars 2022": a record's field label


# "Examination committee: …": a line that is one labelled field
_FIELD_LINE = re.compile(r"[A-Z][\w'’ -]{2,30}:\s")


def _line_above_period(block: Block, offset: int) -> Period | None:
    """ "B.S., 1979, X<br>Ph.D., 1984, Y<br>Thesis advisor: A": in a block of short entry
    lines, each dated, an undated line belongs to the dated line right above it."""
    lines = block.lines
    if len(lines) > 6 or any(
        # (a long "Examination committee: A (…), B (…)" line is one field of its entry)
        len(line) > ENTRY_LINE_CHARS and not _FIELD_LINE.match(line)
        for line in lines
    ):
        return None
    if sum(1 for line in lines if years_in(line)) < 2:
        # "Institute X, City — May – Aug. 2024" / "Research Intern (mentor: A)": the entry's
        # head line ends with its dates.
        head = lines[0] if lines and offset > len(lines[0]) else ""
        return parse_period(head) if _ENDS_DATED.search(head) else None
    for line in reversed(block.text[:offset].split("\n")[:-1]):
        if years_in(line):
            return parse_period(line)
    return None


# A heading that dates the document itself (an activity report's period), not its entries.
_REPORTING_PERIOD = re.compile(
    r"(?i)\b(?:rapport\s+d['’]activités?|activity\s+report|annual\s+report|bilan\s+d['’]activités?"
    r"|reporting\s+period)\b"
)


PROSE = 160  # characters: a paragraph of several sentences this long is prose


# A dump's or an export's own date after its stamp word ("généré le 03/05/2024", "exported
# on 2 May 2024", "mis à jour le …"): when the file was made, no entry's years.
_STAMP_WORDS = ("énéré", "xport", "pdated", "à jour", "enerated")
_DOCUMENT_STAMP = re.compile(
    r"(?i)\b(?:générée?|exportée?|generated|exported|mis\s+à\s+jour|(?:last\s+)?updated)"
    r"\s+(?:le\s+|on\s+)?(?:\d{1,2}[/.-]\d{1,2}[/.-](?:19|20)\d\d|\d{1,2}\s+\w+\s+(?:19|20)\d\d"
    r"|\w+\s+(?:19|20)\d\d|(?:19|20)\d\d)\W*$"
)


def entry_period(page: Page, block: Block) -> Period:
    """The period of the CV entry *block* belongs to: its own, else the one written earlier
    under the same small heading ("### Postdoc" / "*Univ X* · 2017–2020" / "Hosted by Y"),
    in the heading itself, or in a date cell set just before the heading (timelines)."""
    period = block_period(block)
    if not period.empty or not block.section:
        return period
    if block.kind is BlockKind.PARAGRAPH and len(block.text) > PROSE and ". " in block.text:
        return period  # sentences of prose, no CV entry's line (a photo's caption above)
    if (
        page.owner is not None
        and page.owner.how == "news-item"
        and block.lines[0] == page.owner.name
    ):
        return period  # a people list's card ("A" / "Professor, X"): the cards above are others'
    blocks = page.document.blocks
    index = page.index(block)
    for previous in reversed(blocks[max(0, index - 4) : index]):
        if previous.kind is BlockKind.HEADING:
            if previous.text != block.section[-1]:
                break
            if _REPORTING_PERIOD.search(previous.text):
                return period  # "Rapport d'activité (période 2019-2024)": the report's years
            period = parse_period(previous.text)
            before = blocks[page.index(previous) - 1] if page.index(previous) else None
            if period.empty and before is not None and before.kind is not BlockKind.HEADING:
                if _DATE_CELL.match(before.text):
                    period = parse_period(before.text)
            return period
        if previous.section != block.section:
            break
        if block.kind is BlockKind.PARAGRAPH and previous.kind is BlockKind.ITEM:
            break  # prose after a list or table is none of its entries
        if (
            block.kind is BlockKind.PARAGRAPH
            and previous.kind is BlockKind.PARAGRAPH
            and len(previous.text) > 60
            and previous.text.rstrip().endswith(".")
        ):
            break  # a sentence of prose ("… where I have worked since 2021.") heads no entry
        if _BIRTH.match(previous.text):
            continue  # an infobox's "Naissance : 1975" row dates the person, not an entry
        if ":" in previous.text[:ADMIN_DATE_LABEL_CHARS] and LEXICON.pattern(
            "RECORD_ADMIN_DATES"
        ).match(previous.text):
            continue  # "Thèse soumise le : 15 mars 2022": the record's deposit, no entry's date
        if _thesis_title_field(previous.text):
            continue  # "Proefschrift: Dorpsscholen in Zeeland, 1880–1940": its subject's years
        if any(map(previous.text.__contains__, _STAMP_WORDS)) and _DOCUMENT_STAMP.search(
            previous.text
        ):
            continue  # "Export du profil, généré le 03/05/2024": the file's date, no entry's
        period = (
            parse_period(previous.text)
            if _LEADING_DATE.search(previous.text) or (_TRAILING_DATE.search(previous.text))
            else Period()
        )
        if not period.empty:
            return period
    return Period()


# A date cell alone ("2018 – 2021", "Sep 2019 – Present"), and a date ending a line.
_DATE_CELL = re.compile(
    r"^\W*(?:[A-Za-zéû.]{0,10}\s*)?(?:19|20)\d\d(?:\s*[–—-]+\s*"
    r"(?:[A-Za-zéû.]{0,10}\s*)?(?:(?:19|20)\d\d|[A-Za-zé]{3,12})?)?\s*$"
)
_TRAILING_DATE = re.compile(r"(?:19|20)\d\d\s*(?:[–—-]+\s*(?:(?:19|20)\d\d|[A-Za-zé]+))?\W*$")


# "mentored by graduate student B": the words that say who B is, before B's name.
_BY_STUDENT = re.compile(
    r"(?<=\bby )(?:(?:a|the|then|fellow)\s+)?(?:[\w.-]+\s+){0,2}?students?\s+(?=[A-ZÀ-Þ])"
)
# A table row's cells telling what came after the degree ("First Position: Postdoctoral
# Fellow, X"): their words are the graduate's next job, not the supervision's kind.
_OUTCOME_CELL = re.compile(
    r"(?i)(?<= \| )(?:first (?:position|job|placement|destination)|initial placement|placement|"
    r"current position|now|devenir|position after)\s*:[^|]*"
)


_DEGREE_COLUMN = re.compile(r"(?i)(?:^|(?<= \| ))(?:degree|diplôme|grade)\s*:\s*\w")
_THESIS_COLUMN = re.compile(
    r"(?i)(?<= \| )(?:thesis|dissertation|thesis title|thèse|titre de (?:la )?thèse)\s*:"
)


_BEFORE_PHD = re.compile(
    r"(?i)\b(?:before|prior\s+to|avant)\s+"
    r"(?:(?:starting|beginning|my|his|her|their|the|ma|sa|la|mon|son|le|de|commencer)\s+){1,3}$"
)


# "After PhD I was employed as researcher in X, where I worked in group of B": the PhD
# dates the clause that follows it (its own subject), B is no PhD advisor.
_AFTER_PHD_CLAUSE = re.compile(
    r"(?i)\bafter\s+(?:(?:my|his|her|their|the)\s+)?(?:ph\.?\s?d\.?|doctorate)"
    r"\s*,?\s+(?:I|he|she|they|we)\s"
)


def _without_time_of_phd(text: str, found: list) -> list:
    """*found* (positions and contexts) without the PhD that only dates another fact
    ("Before my PhD I ...", "Avant la thèse, j'ai obtenu un master ...", "After PhD I
    was employed ...")."""
    if "fter " in text:
        clauses = [m.span() for m in _AFTER_PHD_CLAUSE.finditer(text)]
        if clauses:
            found = [
                (p, c)
                for p, c in found
                if not (c is Context.PHD and any(s <= p < e for s, e in clauses))
            ]
    if not ("efore" in text or "rior to" in text or "vant" in text):
        return found
    return [
        (p, c)
        for p, c in found
        if not (c is Context.PHD and _BEFORE_PHD.search(text, max(0, p - 40), p))
    ]


# A doctorate's field after its degree word ("docteur en sciences de l'ingénieur").
_DOCTORAL_FIELD = re.compile(
    r"(?i)\b(?:docteure?|doctorat|ph\.?\s?d\.?|doctorate|doctor\s+of\s+philosophy)"
    r"\s+(?:en|in|ès|es)\s+([^,;()\n]{3,60})"
)


_LEVEL_INTERN = re.compile(
    r"(?i)\b(?:master['’]?s?|msc|m\.sc\.?|bachelor['’]?s?|undergraduate)\s+"
    r"(?:intern|interns|internship|internships)\b"
)


# A doctorate written after an advisor's labelled name ("Mentor: B, Ph.D."): B's title.
_NAME_POSTNOMINAL = re.compile(
    r"(?i:\b(?:mentor|advisor|adviser|supervisor|host)s?\s*:\s*)(?:Dr\.?\s+|Prof\.?\s+)?"
    r"(?:[A-ZÀ-Þ][\w'’-]*\.?\s+){1,3}[A-ZÀ-Þ][\w'’-]+"
    r"(,\s*(?:Ph\.?\s?D|Psy\.?\s?D|Ed\.?\s?D)\.?)(?=\s*(?:$|[,;)\n]))"
)


def _named_alone(text: str, block: Block) -> bool:
    """A person's name alone, or the first name of the one the heading names ("Mireille
    Okonjo-Strand (PhD 2019)" › "Mireille (advisor: B) did …")."""
    if name_from_piece(text) is not None:
        return True
    heading = block.section[-1].split() if block.section else []
    return (
        len(heading) > 1
        and text.strip() == heading[0]
        and name_from_piece(" ".join(heading[:2])) is not None
    )


def _context_near(text: str, position: int) -> Context | None:
    if " | " in text and ":" in text:
        # (blanked to the same length: the match's position stays right)
        text = _OUTCOME_CELL.sub(lambda m: " " * len(m.group()), text)
        if "hes" in text and _DEGREE_COLUMN.search(text):
            # "A | Degree: MS | Thesis: … | Advisor(s): B": the degree's cell says the kind,
            # "Thesis" only names the title's column (a master's thesis too)
            text = _THESIS_COLUMN.sub(lambda m: " " * len(m.group()), text)
            if (code := _DEGREE_CODE_CELL.search(text)) is not None:
                spelled = _spelled_degree(code)
                text = text[: code.start()] + spelled + text[code.end() :]
                if code.end() <= position:
                    position += len(spelled) - len(code.group())
    if "by " in text and "student " in text:
        # "PI: Prof. A (mentored by graduate student B)": B's own standing, no kind of the
        # owner's stay
        text = _BY_STUDENT.sub(lambda m: " " * len(m.group()), text)
    if "D" in text and ":" in text and (titled := _NAME_POSTNOMINAL.search(text)) is not None:
        # "Postdoctoral Fellowship, X" / "Mentor: B, Ph.D.": the advisor's own degree after
        # the name, no kind of the supervision (blanked to the same length)
        text = text[: titled.start(1)] + " " * len(titled[1]) + text[titled.end(1) :]
    found = contexts_in(text)
    if not found:
        return None
    if any(c is Context.PHD for _, c in found):
        # "Before my PhD I ... spent a summer in the group of A": a time, not A's kind.
        found = _without_time_of_phd(text, found)
        if not found:
            return None
    before = [c for p, c in found if p < position]
    kinds = [c for _, c in found]
    if Context.OTHER in kinds and Context.PHD in kinds:
        # "master thesis": the word "thesis" belongs to the master context.
        other_spans = [m.span() for m in LEXICON.context_patterns["other"].finditer(text)]
        found = [
            (p, c)
            for p, c in found
            if not (c is Context.PHD and any(s <= p < e for s, e in other_spans))
        ]
        before = [c for p, c in found if p < position]
        kinds = [c for _, c in found]
    if Context.OTHER in kinds and Context.PHD in kinds and (field := _DOCTORAL_FIELD.search(text)):
        # "docteur en sciences de l'ingénieur", "PhD in Engineering": the doctorate's field,
        # no engineer's degree
        found = [
            (p, c)
            for p, c in found
            if not (c is Context.OTHER and field.start(1) <= p < field.end(1))
        ]
        before = [c for p, c in found if p < position]
        kinds = [c for _, c in found]
    if Context.OTHER in kinds and LEXICON.pattern("POSITIONS").search(text):
        # "Co-encadrant : A, Ingénieur de recherche": a person's job, not an engineer's degree.
        jobs = [
            m.span()
            for m in LEXICON.pattern("POSITIONS").finditer(text)
            if " " in m.group() or "-" in m.group()  # ("ingénieur-chercheur au CEA")
        ]
        found = [
            (p, c)
            for p, c in found
            if not (c is Context.OTHER and any(s <= p < e for s, e in jobs))
        ]
        before = [c for p, c in found if p < position]
        kinds = [c for _, c in found]
    if Context.OTHER in kinds and Context.INTERNSHIP in kinds:
        # "a master's intern", "MSc internship": the intern's level of studies, an internship
        levels = [m.span() for m in _LEVEL_INTERN.finditer(text)]
        found = [
            (p, c)
            for p, c in found
            if not (c is Context.OTHER and any(s <= p < e for s, e in levels))
        ]
        before = [c for p, c in found if p < position]
        kinds = [c for _, c in found]
    generic = LEXICON.pattern("THESIS_WORDS")
    if len(set(kinds)) > 1:
        # "my master's ..., where my thesis was supervised by X": "thesis" is the master's.
        found = [
            (p, c)
            for p, c in found
            if not (c is Context.PHD and _bare_thesis_word(text, p, generic))
        ]
        before = [c for p, c in found if p < position]
        kinds = [c for _, c in found]
    near = before[-1] if before else kinds[0] if kinds else None
    if before and (late := _verb_final_context(text, position, found)) is not None:
        near = late
    if near is Context.OTHER and stay_during_master(text):
        return Context.INTERNSHIP  # "a five-month stay while a master student with A"
    return near


def _bare_thesis_word(text: str, position: int, generic: re.Pattern[str]) -> bool:
    """A doctoral context at *position* that is only the generic "thesis" word, not a
    phrase that opens on it ("tesis doctoral": a doctorate in so many words)."""
    word = generic.match(text, position)
    if word is None:
        return False
    phrase = LEXICON.context_patterns["phd"].match(text, position)
    return phrase is None or phrase.end() <= word.end()


# A clause's bounds: its commas and semicolons (a title's "Prof." keeps its full stop).
_CLAUSE_BREAK = re.compile(r"[,;]")
VERB_FINAL_REACH = 90  # characters from the cue to the clause's closing verb


def _verb_final_context(text: str, position: int, found: list) -> Context | None:
    """The kind a German clause names after its advisor, when nothing in the clause names
    one before ("Zuvor Postdoktorandin an der X, wo sie 2015 bei B promoviert wurde": the
    doctorate closes the clause the cue opens), else None."""
    opened = max((m.end() for m in _CLAUSE_BREAK.finditer(text, 0, position)), default=0)
    closed = _CLAUSE_BREAK.search(text, position)
    end = min(closed.start() if closed else len(text), position + VERB_FINAL_REACH)
    if any(opened <= p < position for p, _ in found):
        return None
    after = [c for p, c in found if position <= p < end]
    return after[0] if after else None


# "I am a PhD student at X working with Y": a current student's "working with" names the
# advisor more often than not (a weak reading, low confidence).
_NOW_MARK = re.compile(
    r"(?i)\b(?:now|currently|devenir|aujourd['’]hui|désormais|actuellement|maintenant|"
    # "A (2015–2018) - devenu ingénieur R&D chez X": what the student became since
    r"current\s+position|devenue?s?|desormais)\b|"
    # "PhD 2023. First position: postdoc at X": the graduate's first job after the thesis
    # ("Next position: Staff engineer, X": an alumni table's column of the same)
    r"\b(?:(?:first|next)\s+(?:position|job|placement)|initial\s+placement)\s*:|"
    # "A, PhD 2023 → Assistant Professor, X": an alumni list's arrow to where they went
    # (or in brackets: "A (→ University X, doctoral course)")
    r"[\s(][→⇒]\s"
)
_DASHED_TAIL = re.compile(r"\)\s*[—–]\s+")
_DASHED_JOB = re.compile(
    r"(?:\)\s*[—–-]|\s[—–]|(?<=[)%a-zà-ÿ]\.))\s+[^()—–.]*?\b(?:chez|at|à|au)\s+"
    r"(?:l['’]\s*)?[A-ZÀ-Þ]"
)
_FELLOWSHIP_AT = re.compile(
    r"\bwill\s+(?:hold|take\s+up|carry\s+out|start)\s+(?:(?:his|her|their|the)\s+)?"
    r"(?:[A-Z][\w-]*\s+)?fellowship\s+at\s+(?=(?:the\s+)?[A-ZÀ-Þ])"
)
_DEFENDED_IN = re.compile(
    r"(?i)\b(?:soutenue?|défendue?|defended|successfully\s+defended|"
    # "I obtained my PhD from X in 2019. My doctoral work was supervised by A": its end
    r"(?:obtained|received|completed|earned|obtenu|soutenu)\s+(?:my|his|her|their|mon|son)\s+"
    r"(?:ph\.?\s?d\.?|doctorate|doctoral\s+degree|doctorat|thèse)"
    # the other languages' one verb for it ("promoveerde in 2019", lexicon DOCTORATE_VERBS)
    r"|"
    + alternation([re.escape(w).replace(r"\ ", r"\s+") for w in LEXICON.DOCTORATE_VERBS])
    + r")(?![\w.])[^.;]{0,120}?"
    r"\b((?:19|20)\d\d)\b"
)
_CURRENT_STUDENT = re.compile(
    r"(?i)\b(?:ph\.?\s?d\.?|doctoral|graduate)\s+(?:student|candidate|researcher|studies)\b|"
    r"\bdoctorante?\b"
)
_WORKING = re.compile(r"(?i)work(?:ing|ed)?\s+with|travaille\s+avec")
# (an interview's answer on the earlier doctorate: "At X, with Prof. B, working on Y")
_EARLIER_DEGREE_WITH = re.compile(rf"{_WORKING.pattern}|,\s+with(?=\s+(?:Prof|Dr)\.?\s)")
_STUDY_WITH = re.compile(r"(?i)\bI\s+(?:study|research|investigate|explore)\b[^.;()]{0,80}$")


def _clause_period(sentence: str, cue: int) -> Period:
    """The period of the clause a cue belongs to: from the context word before the cue
    ("PhD at X (2010–2014) under ...", "an internship at Y in 2009 with ..."), else the
    sentence's first period."""
    found = contexts_in(sentence)
    starts = [p for p, _ in found if p < cue]
    if starts:
        # "summer 2023 as an intern at X, hosted by A, and summer 2022 at Y with B": the
        # cue's own clause first, then the words that lead to its context word.
        end = _CLAUSE_END.search(sentence, cue)
        stop = end.start() if end else len(sentence)
        # "un doctorat soutenu en 2017, sous la houlette de A, j'ai effectué un post-doctorat
        # (2017-2019)": another kind of fact after the cue closes the clause too.
        kind = max((p, c) for p, c in found if p < cue)[1]
        stop = min([stop, *(p for p, c in found if p > cue and c is not kind)])
        if sentence[:1] in "HA" and OPENING_PARTICIPLE.match(sentence):
            # "Having completed her doctorate with A in 2011, B spent three years
            # (2011–2014) as a postdoc": the opening clause ends at its comma.
            comma = sentence.find(", ", cue, stop)
            stop = comma if comma > 0 else stop
        period = parse_period(sentence[starts[-1] : stop])
        if period.start is None and period.end and starts[-1] > 0:
            # "From 1977 to 1979 she was a postdoc with A at X, where she stayed until
            # 1988": the range the sentence opens on is the post's; the "until" is the stay's
            fronted = parse_period(sentence[: starts[-1]])
            if fronted.start and fronted.end:
                period = fronted
        if period.empty and ("then" in sentence or "puis" in sentence):
            # "her PhD in 2003 under B, and then spent two years (2004–2006) as a fellow in
            # the group of C": the cue's own clause, from the "then" that opens it
            opened = [m.end() for m in _CLAUSE_END.finditer(sentence, 0, starts[-1])]
            if opened:
                period = parse_period(sentence[opened[-1] : stop])
        if period.empty:
            head = 0
            if " and " in sentence or " et " in sentence:
                # "… from X in 2004 and a Maestría from Y in 2007, where her thesis was
                # directed by A": the last dated step before the context word is its own
                for step in DATED_STEPS.finditer(sentence, 0, starts[-1]):
                    head = step.end()
            if (end or head) and not _later_clause(sentence, starts[-1]):
                period = parse_period(sentence[head : starts[-1]])
        if not period.empty:
            return period
        if end and _WHO_CLAUSE.match(end.group()):
            # "supervised by A and B, who hosted me in X in 2022": the years of the
            # advisor's own clause are not the thesis's.
            return Period()
        if end and _LATER_FACT.search(end.group()):
            # "ma thèse sous la direction de A, puis un post-doctorat (2017–2019)": the
            # years after "puis" are the next fact's.
            return parse_period(sentence[: end.start()])
        period = parse_period(sentence[starts[-1] :])
        if not period.empty:
            return period
        if _later_clause(sentence, starts[-1]):
            return Period()
    elif any(p > cue for p, _ in found):
        # "who joined the department in 2016, trained under A at X, where she earned her
        # PhD in 2012": the context after the cue, in the cue's own clause, dates it.
        end = _CLAUSE_END.search(sentence, cue)
        period = parse_period(sentence[cue : end.start() if end else len(sentence)])
        if not period.empty:
            return period
        opened = [m.end() for m in _CLAUSE_OPEN.finditer(sentence, 0, cue)]
        if opened:
            # "studierte 1999–2005 X und wurde dort 2011 bei A promoviert": the verb closes
            # the clause (German, Dutch), whose year stands between its "und" and the cue.
            period = parse_period(sentence[opened[-1] : end.start() if end else len(sentence)])
            if not period.empty:
                return period
    return parse_period(sentence)


_CLAUSE_OPEN = re.compile(r"(?:,\s*|\s)(?:and|und|et|en|y|e|og|och)\s+")


# A lineage entry: a name, its own degree in brackets, then "my (doctoral) advisor".
_ADVISOR_OWN_DEGREE = re.compile(
    r"\s*[^\W\d][^()\d,;:]{2,60}?\s*(?P<bracket>\([^()]*\b(?:19|20)\d\d\b[^()]*\))\s*"
    r"[—–:-]+\s*(?:my|[^\W\d][\w-]*['’]s)\s+(?:(?:doctoral|phd|ph\.d\.|thesis|former)\s+)?"
    r"(?:advis[oe]r|supervisor|promot[eo]r)\b",
    re.IGNORECASE,
)
OPENING_PARTICIPLE = re.compile(r"(?:Having|After)\s")
_CLAUSE_END = re.compile(
    r",\s+(?:and|et)\s+|;\s|,?\s(?:puis|then|before|avant\s+d)|,\s+(?:who|qui)\s"
)
_WHO_CLAUSE = re.compile(r",\s+(?:who|qui)\s")


# "then" between two facts of one sentence: what follows is the next fact.
THEN = re.compile(r"(?i)\b(?:puis|ensuite|then|afterwards)\b")
# (and "a postdoc with A before joining Y in 2021": the year is the next post's)
_LATER_FACT = re.compile(r"(?i)\b(?:puis|ensuite|then|afterwards|before|avant)\b")
_FOLLOWED = re.compile(r"(?i)\b(?:followed\s+by|suivie?s?\s+d['’]|puis|then|afterwards)\b")


def _later_clause(sentence: str, context: int) -> bool:
    """The context word's clause opens on a next step ("PhD at X (2011–2015) with A,
    followed by a postdoc with B"): the years told before it are the earlier fact's."""
    before = [p for p, _ in contexts_in(sentence) if p < context]
    return bool(before) and _FOLLOWED.search(sentence, max(before), context) is not None


def _after_next_fact(sentence: str, cue: int) -> bool:
    """A "puis"/"then" stands between the cue and the last context word before it: the
    cue belongs to a later fact that names no context of its own."""
    before = [p for p, _ in contexts_in(sentence) if p < cue]
    return bool(before) and THEN.search(sentence, max(before), cue) is not None


_AND_THE = re.compile(r"(?i)\b(?:et|and)\s+(?:l['’]|la\s+|le\s+|the\s+)\s*$")
_TAKES_NAMES = re.compile(r"(?i)(?:\bde|\bof|\bby|\bpar|d['’])\s*$")


def _coordinated(sentence: str, match: re.Match, strong: list[re.Match]) -> bool:
    """ "sous la direction de A et l'encadrement de B": a cue joined by "et l'" to an
    earlier cue that leads to its names shares its reading (B supervises too)."""
    lead = _AND_THE.search(sentence, 0, match.start())
    return lead is not None and any(
        cue.end() <= lead.start() and _TAKES_NAMES.search(cue.group()) for cue in strong
    )


def _period_for(context: Context, period: Period) -> Period:
    if context is Context.PHD:
        return period.as_end()
    return period.as_point()


def _own_kind(page: Page, block: Block) -> SectionKind:
    """The block's section kind, for the person it speaks for: an entry of a lab's list of
    defences ("Thèses soutenues") tells its candidate's own thesis, not a students list."""
    kind = page.kind(block)
    if kind is SectionKind.STUDENTS and page.owner is not None and page.owner.how == "news-item":
        return SectionKind.ABOUT
    if (
        kind is SectionKind.STUDENTS
        and block.kind is BlockKind.PARAGRAPH
        and len(block.section) == 1
        and page.owner is not None
        and page.owner.how == "students-of-title"
    ):
        # "List of doctoral students of A": the lead paragraph under that title is about A.
        return SectionKind.ABOUT
    if (
        kind is SectionKind.STUDENTS
        and page.owner is not None
        and (
            page.owner.how in _ONE_CANDIDATE_OWNERS
            # "Upcoming PhD defence: A" › "Supervision" › "Supervisor: Prof. B": the headline
            # (not the title's parse) names the one candidate the page is about
            or page.owner.how.startswith("meta:")
            and _DEFENCE_EVENT.search(_headline(page)) is not None
            and page.owner.name in _headline(page)
        )
        and _advisor_label(block)
    ):
        # a defence's or thesis record's "Supervision" › "Promotor: A": the candidate's own
        return SectionKind.ABOUT
    return kind


# A headline's defence event ("Upcoming PhD defence: A"), a thesis alone being no event
_DEFENCE_EVENT = re.compile(r"(?i)\b(?:soutenance|d[ée]fen[cs]e|viva|disputation)\b")
# Owners found as the one candidate of a thesis record or a defence's announcement.
_ONE_CANDIDATE_OWNERS = ("thesis-record", "defence-title", "defence-heading")
# ... and the candidate a defences list's field names ("Doctorante : A"), one per entry.
_RECORD_CANDIDATE_OWNERS = (*_ONE_CANDIDATE_OWNERS, "defence-field")


def _is_owner(page: Page, name: str) -> bool:
    return page.owner is not None and compatible(name, page.owner.name)


# "Per's advisor", "other students of Per": someone else's (a given name is enough there).
_POSSESSOR = re.compile(
    r"(?P<name>(?-i:[A-ZÀ-Þ])[\w-]+)['’]s?\s+(?:(?:own|former|doctoral|phd)\s+)?$"
)
_OF_PERSON = re.compile(
    r"(?i)\b(?:students|advisees|mentees)\s+of\s+(?P<name>(?-i:[A-ZÀ-Þ])[\w'’-]+)"
)


# A sub-heading naming the supervisor of the students listed under it: "Students of Prof.
# A", "PhD students supervised by B", "Doctorant·e·s de C", "Stagiaires encadrés par D".
_SUPERVISOR_HEADING = re.compile(
    r"(?i)^\W*(?:(?:current|former|past|actuel(?:le)?s|ancien(?:ne)?s)\s+)?"
    r"(?:(?:ph\.?\s?d\.?|doctoral|graduate|master['’]?s?|msc|undergraduate)\s+)?"
    r"(?:students?|advisees|mentees|trainees|doctorant|étudiant|stagiaire|post-?doctorant)"
    r"[\w·.()-]*\s+"
    r"(?:of|supervised\s+by|advised\s+by|mentored\s+by|under|de|d['’]|"
    r"(?:encadré|dirigé|co-?encadré)[\w·.()-]*\s+par|sous\s+la\s+direction\s+d(?:e\s+|['’]))"
    r"\s*(?P<who>(?-i:[A-ZÀ-Þ])[^:()]{1,60}?)\s*:?\s*$"
)


# "Doctorants (dir. A)", "PhD students (supervisor: B)": the supervisor in the bracket.
_SUPERVISOR_BRACKET_HEADING = re.compile(
    r"(?i)^\W*(?:(?:current|former|past|actuel(?:le)?s|ancien(?:ne)?s)\s+)?"
    r"(?:(?:ph\.?\s?d\.?|doctoral|graduate|master['’]?s?|msc)\s+)?"
    r"(?:students?|advisees|doctorant|stagiaire|post-?doctorant)[\w·.-]*\s*"
    r"\(\s*(?:dir\.|direction\s*[:：]?|supervisor\s*[:：]|advisor\s*[:：]|"
    r"sous\s+la\s+direction\s+d(?:e\s+|['’])|supervised\s+by)"
    r"\s*(?P<who>(?-i:[A-ZÀ-Þ])[^:()]{1,60}?)\s*\)\s*:?\s*$"
)
# "PhD (Vassilakis)", "MSc (Ode & Marr)": a degree, then its supervisors' family names.
_DEGREE_ADVISOR = re.compile(
    r"\b(?:Ph\.?\s?D\.?|DPhil|MSc|M\.Sc\.|MRes|MPhil)\s*\((?P<who>[A-ZÀ-Þ][\w'’-]+"
    r"(?:\s*(?:&|,|and|et)\s*[A-ZÀ-Þ][\w'’-]+)?)\)"
)
# ("M. Courtaud (directrice)": a role in brackets after the family name still ends it)
_M_INITIAL = re.compile(
    r"(?<![\w.])M\.\s*([A-ZÀ-Þ][\w'’-]+)"
    r"(?![\w'’-]|\s+[A-ZÀ-Þ]|\s+\((?!(?i:co-?)?(?:dir|enc|sup|adv|resp)))"
)


def _one_written(page: Page, fits) -> str | None:
    """The one full name the page writes that *fits*, else None."""
    found = {n for n in full_names_written(page.document.text) if fits(n)}
    return found.pop() if len(found) == 1 else None


def _m_initialled(page: Page, rest: str) -> list[str]:
    """The full names of the "M. Family" a field lists (the one full name the page writes
    with that family name and a given name on M), up to the field's end."""
    field = re.split(r" \| |\n|;", rest, maxsplit=1)[0]
    found = []
    for match in _M_INITIAL.finditer(field):
        family = match.group(1)
        full = _one_written(
            page, lambda n, f=family: n.split()[-1] == f and n[:1] == "M" and n[1:2] != "."
        )
        if full:
            found.append(full)
    return found


_FAMILY_ONLY = re.compile(
    r"(?:(?:[Vv][ao]n|[Dd]e[rn]?|[Dd][uai]|[Dd]el|[Ll][ae])\s+){0,3}[A-ZÀ-Þ][\w'’-]+"
)
_FAMILY_SEPARATORS = re.compile(r"\s*(?:,|&|/|\band\b|\bet\b)\s*")


# "Prof. Family", "Dr Family" (a title, then a family name alone, then the clause's end):
# a person the page names in full elsewhere.
_TITLED_FAMILY = re.compile(
    r"(?:A/\s?Prof\.?|Prof\.?|Professor|Dr\.?|Doctor)\s+"
    r"((?:[Vv][ao]n\s+|[Dd]e\s+|(?:Ó|Ní|Nic|Mac)\s+)?[A-ZÀ-Þ][\w'’-]+)"
    r"(?=\s*(?:[),.;:—–]|\band\b|&|\bon\b|\bin\b|$))"
)
_TITLED_JOIN = re.compile(r"\s*(?:,|&|\band\b)\s*")


def _titled_families(page: Page, rest: str) -> list[str]:
    """The full names of the titled family names opening *rest* ("Dr A and Prof. B"),
    each the one full name the page writes ending with it; none unless all resolve."""
    found, at = [], 0
    while (titled := _TITLED_FAMILY.match(rest, at)) is not None and len(found) < 3:
        family = titled.group(1)
        full = _one_written(page, lambda n, f=family: n.endswith(f" {f}") and len(n) > len(f) + 2)
        if full is None:
            return []
        found.append(full)
        join = _TITLED_JOIN.match(rest, titled.end())
        if join is None:
            break
        at = join.end()
    return found


# Initials keyed to a group head's name: "AK = A Kowalczyk" (a page's supervisor key) or
# "Prof. A Kowalczyk (AK)" (the head's card); a student's entry then writes "(PhD, AK & MT)".
_INITIALS_KEY = re.compile(
    r"\b([A-Z]{2,4})\s*[=:]\s*(?:(?:Prof\.?|Professor|Dr\.?)\s+)?"
    r"([A-ZÀ-Þ][\w'’-]+(?:[^\S\n]+[A-ZÀ-Þ][\w'’-]+){1,3})"
)
_NAME_INITIALS = re.compile(
    r"([A-ZÀ-Þ][\w'’-]+(?:[^\S\n]+[A-ZÀ-Þ][\w'’-]+){1,3})[^\S\n]*\(([A-Z]{2,4})\)"
)
_INITIALS_TOKEN = re.compile(r"(?<![\w.-])[A-Z]{2,4}(?![\w.-])")


def _initials_of(words: list[str]) -> tuple[str, ...]:
    """The initials *words* abbreviate to: one letter a word, or one a hyphenated part."""
    plain = "".join(w[0] for w in words)
    parted = "".join(p[0] for w in words for p in w.split("-") if p)
    return (plain, parted)


def _initialled_heads(page: Page) -> dict[str, str]:
    """The page's initials keyed to full names ("AK" → "Amara Kowalczyk"), each initials
    spelling the first letters of the name they key; {} when the page keys none."""
    memo = page.document.meta.get("initialled_heads")
    if memo is not None:
        return memo
    keyed: dict[str, str] = {}
    text = page.document.text[:60_000]
    if "=" in text or ":" in text:
        for match in _INITIALS_KEY.finditer(text):
            words = match.group(2).split()
            for size in range(len(words), 1, -1):
                if match.group(1) in _initials_of(words[:size]):
                    name = name_from_piece(" ".join(words[:size]))
                    if name:
                        keyed.setdefault(match.group(1), name)
                    break
    for match in _NAME_INITIALS.finditer(text) if "(" in text else ():
        words = match.group(1).split()
        for size in range(2, len(words) + 1):
            if match.group(2) in _initials_of(words[-size:]):
                name = name_from_piece(" ".join(words[-size:]))
                if name:
                    keyed.setdefault(match.group(2), name)
                break
    # (two keys for one name, or one key for two names: no key the page holds to)
    names = list(keyed.values())
    keyed = {k: n for k, n in keyed.items() if names.count(n) == 1}
    page.document.meta["initialled_heads"] = keyed
    return keyed


def _all_heads(page: Page) -> list[str]:
    """The heads of a group run by several: the names its initials key, else the one name
    under each head's heading ("Group lead" › A, "Co-lead" › B)."""
    keyed = list(_initialled_heads(page).values())
    if len(keyed) >= 2:
        return keyed
    heads, co_heads = LEXICON.pattern("LAB_HEADS"), LEXICON.pattern("CO_LAB_HEADS")
    found: list[str] = []
    blocks = page.document.blocks
    for index, block in enumerate(blocks):
        title = block.text.strip(" :")
        if block.kind is not BlockKind.HEADING or not (
            heads.fullmatch(title) or co_heads.fullmatch(title)
        ):
            continue
        # ("Principal Investigators" › A › B: a plural heading over each head's entry)
        several = title.endswith("s") and not title.endswith("ss")
        for following in blocks[index + 1 : index + (5 if several else 3)]:
            # (a card's name heading under the plural heading, then its post's sub-heading)
            card = several and following.section[-1:] in ((block.text,), *((n,) for n in found))
            if (
                following.kind is BlockKind.HEADING
                and not card
                and (several or following.level <= block.level)
            ):
                break
            name = name_at_start(following.text.split("\n")[0])
            if name and name not in found:
                found.append(name)
                if not several:
                    break
    return found if len(found) >= 2 else _prose_heads(page)


def _prose_heads(page: Page) -> list[str]:
    """The heads a group's page names in prose ("The X Group is jointly led by Dr. A and
    Dr. B"), else none."""
    led = _JOINTLY_LED.search(page.document.text)
    if led is None:
        return []
    said = page.document.text[led.end() : led.end() + 200].split("\n", 1)[0]
    found = [n for n in names_after(said)[0][:3] if not find_organisations(n)]
    return found if len(found) >= 2 else []


# "… is jointly led by Dr. A and Dr. B", "co-led by A and B": a group's heads in prose.
_JOINTLY_LED = re.compile(
    r"\b(?:jointly\s+led|co-led|co-directed|jointly\s+directed)\s+by\s+"
    r"(?=(?:(?:\*\*)?(?:Prof|Professor|Dr)\.?\s+)?(?:\*\*)?[A-ZÀ-Þ])"
)


def _default_heads(page: Page) -> list[str]:
    """All the heads of a group whose page says once for all its students that they share
    them ("Unless noted, students are co-supervised by both PIs"), else none."""
    memo = page.document.meta.get("default_heads")
    if memo is None:
        memo = []
        if page.owner is None:
            every, default = LEXICON.pattern("ALL_LAB_HEADS"), LEXICON.pattern("DEFAULT_CLAUSES")
            for block in page.document.blocks:
                if block.kind is BlockKind.PARAGRAPH and any(
                    every.search(s) and default.search(s) for _, s in sentences(block.text)
                ):
                    memo = _all_heads(page)
                    break
        page.document.meta["default_heads"] = memo
    return memo


# "A — postdoc, Mensah lab" on the page of two labs run side by side: the lab's head.
_FAMILY_LAB = re.compile(r"\b([A-ZÀ-Þ][\w'’-]+)\s+(?:lab|laboratory|group)\b")


# "Advisor: Dr. B (Chemistry)": a card's field naming a person, then the one unit or
# discipline that person belongs to.
_FIELD_LABEL_END = re.compile(r":\s*(?:[A-Z][a-z]{0,8}\.?\s+)?$")
_NAME_UNIT_BRACKET = re.compile(r"\s*\([A-ZÀ-Þ][^\W\d_]*(?:[ &'-]+[^\W\d_]+){0,4}\)")


def _advisors_outside_lab(page: Page, text: str, advisors: list[str]) -> bool:
    """A lab team page's student card has an advisor field naming someone of another unit,
    whom the page lists nowhere else ("A" › "PhD student" › "Advisor: Dr. B (Chemistry)"):
    a co-advisor from outside, beside the lab's one head, who directs every student the
    page lists.  (Prose, "advised by Dr B (Geography); spends her field seasons with us",
    tells a guest's own advisor.)"""
    if lab_head(page.document) is None:
        return False
    for name in advisors:
        at = text.find(name)
        if (
            at < 0
            or page.document.text.count(name) != 1
            or _FIELD_LABEL_END.search(text, 0, at) is None
            or _NAME_UNIT_BRACKET.match(text, at + len(name)) is None
        ):
            return False
    return True


def _heads_named(page: Page, text: str, students: list[str]) -> list[str]:
    """The group heads an entry names as its advisors: all of them ("co-supervised by both
    PIs"), or those its initials key ("Jane Roe (PhD, with AK and MT)")."""
    if LEXICON.pattern("ALL_LAB_HEADS").search(text):
        return [h for h in _all_heads(page) if h not in students]
    if (" lab" in text or " group" in text) and (labs := _FAMILY_LAB.findall(text)):
        heads = _all_heads(page)
        named = [h for h in heads if h.split()[-1] in labs and h not in students]
        if named:
            return named
    tokens = _INITIALS_TOKEN.findall(text)
    if not tokens:
        return []
    keyed = _initialled_heads(page)
    named: list[str] = []
    for token in tokens:
        head = keyed.get(token)
        if head is not None and head not in students and head not in named:
            named.append(head)
    return named


def _bare_families(cell: str) -> bool:
    """A cell of family names alone: "van der Hoek", "Sandoval-Reyes, Lindqvist"."""
    return 2 < len(cell) <= 80 and all(
        _FAMILY_ONLY.fullmatch(p) for p in _FAMILY_SEPARATORS.split(cell.rstrip(".")) if p
    )


def _families_written(page: Page, rest: str) -> list[str]:
    """The full names of a table cell's bare family names ("van der Hoek, Sandoval-Reyes"):
    for each, the one full name the page writes ending with it; none unless all resolve."""
    field = rest.split(" | ", 1)[0].strip().rstrip(".")
    if not field or len(field) > 80:
        return []
    pieces = [p for p in _FAMILY_SEPARATORS.split(field) if p]
    if not pieces or not all(_FAMILY_ONLY.fullmatch(p) for p in pieces):
        return []
    found = []
    for piece in pieces:
        full = _one_written(page, lambda n, p=piece: n.endswith(f" {p}") and len(n) > len(p) + 2)
        if full is None:
            return []
        found.append(full)
    return found


def heading_supervisor(page: Page, block: Block) -> str | None:
    """The supervisor a sub-heading over the block names ("Students of Prof. A"), in the
    fullest form the page writes (a family name alone resolves to the one full name the
    page writes with it), else None."""
    for heading in reversed(block.section[-2:]):
        if len(heading) > 90 or not (
            found := _SUPERVISOR_HEADING.match(heading)
            or _SUPERVISOR_BRACKET_HEADING.match(heading)
        ):
            continue
        who = TITLE_PREFIX.sub("", found.group("who").strip())
        names = names_after(who)[0]
        if names:
            return names[0] if len(names) == 1 else None
        if not re.fullmatch(r"[A-ZÀ-Þ][\w'’-]+", who):
            return None
        return _one_written(page, lambda n, w=who: n.split()[-1] == w)
    return None


def _others_own(page: Page, text: str, pattern: re.Pattern[str] = _POSSESSOR) -> bool:
    """*text* says the people it names are another person's, not the page owner's."""
    found = pattern.search(text)
    if found is None or page.owner is None:
        return False
    word = fold(found.group("name"))
    return word not in {fold(part) for part in re.split(r"[\s-]+", page.owner.name)} | {
        fold(page.owner.name)
    }


_LOWER_TITLES = "|".join(
    re.escape(t) for t in sorted({t for t in LEXICON.TITLES if len(t) > 1}, key=len)[::-1]
)
_COPULAS = alternation(
    [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(LEXICON.COPULAS, key=len)[::-1]]
)
# (the lexicon's COPULAS: "was", "était", "war", "er", "är", "fue" …)
_COPULA = re.compile(
    r"(?i)^\s*(?:(?:at|in|from|during|à|en)\s+[^.;:()]{0,80}?\s+)?"
    # ("My advisor there was B", "my supervisor back then was C": a place's or time's adverb)
    r"(?:(?:there|then|back\s+then|at\s+the\s+time)\s+)?"
    rf"(?:{_COPULAS})\s+"
    # (a title in lower case: "was dr. B", "was prof. dr. C", "is prof.ssa D", "is dott.
    # E", "er lektor F", "är docent G": the lexicon's TITLES)
    rf"(?=(?-i:[A-ZÀ-Þ])|(?-i:{_LOWER_TITLES})\.?\s)"
)
# "A, who was herself a student of B", "A, lui-même élève de B": lineage beyond the owner.
_STUDENT_OF = re.compile(
    r"(?P<a>(?-i:[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}))(?:\s*,?\s*(?:"
    r"whose\s+(?:own\s+)?(?:(?:doctoral|phd|ph\.d\.)\s+)?(?:advisor|adviser|supervisor)\s+"
    r"(?:was|is)\s+(?=(?-i:[A-ZÀ-Þ]))|who\s+(?:was|is)\s+|"
    r"(?:lui|elle)-même\s+|(?:qui\s+(?:était|fut|est)\s+))"
    # "A, a student of B", "A (élève de B)", "A, himself a former student of B": apposed
    r"|\s*[,(]\s*)(?:(?:himself|herself|themselves|"
    r"in\s+turn|also|aussi|lui-même|elle-même)\s+)*(?:a|an|the|un|une|l['’])?\s*(?:former\s+|"
    r"ancien\s+|ancienne\s+)?(?:(?:phd|ph\.d\.?|doctoral|graduate)\s+)?(?:student|élève|"
    r"doctorant|doctorante)\s+(?:of|de|d['’])\s*",
    re.I,
)
_STUDENT_WORD = re.compile(r"student|élève|doctorant", re.I)
# "…, whose own advisor was C": the cue right after names another's advisor.
# "I did my PhD with B, and she was in turn a student of C": the pronoun is B, not the owner.
_THIRD_PERSON_TURN = re.compile(
    r"[,;]\s*(?:and\s+)?(?:she|he|they)\s+(?:was|were|had\s+been|is)\s+in\s+turn\s+[^,;]*$",
    re.I,
)
# "her own advisor" in a sentence its writer tells in the first person: a third person's
_THIRD_OWN_BEFORE = re.compile(r"\b(?:his|her|their)\s+(?:own\s+)?$", re.I)
_THIRD_OWN_OPENING = re.compile(r"\W*(?:His|Her|Their)\s+(?:own\s+)?$")
_WHOSE_OWN = re.compile(r"\bwhose\s+(?:own\s+)?(?:(?:doctoral|phd|ph\.d\.)\s+)?$", re.I)
# "la plateforme X, dont le responsable scientifique est B": the head of the thing just named
_HEAD_OF_ANTECEDENT = re.compile(r"(?i)\bdont\s+(?:le|la|les)\s+$")
# "… run at the facility under the direction of its manager, Dr B": the facility's head
_ITS_HEAD_AFTER = re.compile(r"(?i)\s*(?:of\s+)?its\s+[a-z]+(?:\s+[a-z]+)?\s*,")
# "B himself studied under C", "Liesel in turn obtained her PhD in 1979 at X under C",
# "A did his PhD with B": a third person's own doctorate and its advisor.
_OWN_PHD_UNDER = re.compile(
    r"(?P<a>(?-i:[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}))(?:\s*,\s*(?:who|qui)|,)?\s+"
    r"(?:(?:in\s+turn|himself|herself|themselves|too|also|had|lui-même|elle-même|avait|"
    # ("Henning, in turn, wrote his thesis under C": the aside in commas)
    r"à\s+son\s+tour)(?:\s*,)?\s+)*"
    r"(?:(?:studied|trained)\s+(?:under|with)"
    r"|(?:(?:did|obtained|completed|earned|received|wrote|defended|done|finished|prepared|got)\s+"
    r"(?:(?:his|her|their)\s+(?:own\s+)?(?:ph\.?d\.?|doctorate|doctoral\s+\w+|thesis|"
    r"dissertation))"
    # "one of them, A, went on to a PhD with C"
    r"|went\s+on\s+to\s+(?:do\s+)?an?\s+(?:ph\.?d\.?|doctorate))"
    # ("received her PhD from X and trained as a postdoc with B": B hosted the postdoc)
    r"\b(?:(?!\s(?:as\s+a\s+)?post-?doc)[^.;:!?]){0,80}?\s"
    r"(?:under(?:\s+the\s+(?:supervision|direction|guidance)\s+of)?|with|supervised\s+by"
    # ("B got her doctorate at X in 1996, as a student of C")
    r"|as\s+an?\s+(?:(?:doctoral|ph\.?d\.?|graduate)\s+)?student\s+of)"
    r"|(?:soutenu|préparé)\s+sa\s+thèse\b[^.;:!?]{0,80}?\s(?:sous\s+la\s+direction\s+d[eu]|"
    r"auprès\s+d[eu]|avec|sous\s+la\s+direction\s+d['’]|auprès\s+d['’]))(?:\s+|(?<=['’]))",
    re.I,
)
_OWN_PHD_WORDS = (" under", " with", "auprès", "direction d", "student of")
_OWN_PHD_DEGREES = (
    "studied",
    "trained",
    "PhD",
    "Ph.D",
    "doctora",
    "thesis",
    "dissertation",
    "thèse",
)


# The verbs one of which every branch of _OWN_PHD_UNDER writes (in lower case).
_OWN_PHD_VERBS = (
    "studied",
    "trained",
    "did",
    "obtained",
    "completed",
    "earned",
    "received",
    "wrote",
    "defended",
    "done",
    "finished",
    "prepared",
    "got",
    "went",
    "soutenu",
    "préparé",
)


def _may_tell_own_phd(text: str) -> bool:
    """Cheap: a preposition, a degree word and a verb _OWN_PHD_UNDER needs are written."""
    return (
        any(map(text.__contains__, _OWN_PHD_WORDS))
        and any(map(text.__contains__, _OWN_PHD_DEGREES))
        # (its case-insensitive verbs, looked for in the lowered text when it lowers as
        # the pattern's case folding does: "Postdoc, X, working with B" names no verb)
        and ((low := lowered(text)) is None or any(map(low.__contains__, _OWN_PHD_VERBS)))
    )


_LEAD_PERSON = re.compile(
    r"^[^\w]*(?P<a>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3})(?:,(?=\s+in\s+turn,))?\s+"
    r"(?:had\s+|has\s+)?(?:(?:(?:in\s+turn|himself|"
    r"herself|themselves|too|also|then|later|lui-même|elle-même|à\s+son\s+tour),?\s+)+"
    # "Marguerite got her doctorate at X, as a student of C" (a family tree's one-word lead
    # telling its own degree)
    r"|(?=(?:got|obtained|earned|received|completed|wrote|defended)\s+(?:his|her|their)\s+"
    r"(?:own\s+)?(?:ph\.?d|doctorate|doctoral|thesis|dissertation)\b)"
    # "Fergus had been a student of C" (a tribute's or an interview's lineage)
    r"|(?<=had\s)been\s+(?=an?\s+(?:(?:doctoral|phd|graduate)\s+)?(?:student|pupil)\s+of\s))"
    r"(?=[a-zà-ÿ])"
)
# "Félicitations à A, qui a déposé son mémoire …", "Bravo également à B, dont la thèse …":
# a news item's sentence about the one it cheers, not about the page's owner.
# (A post's "🎓 Félicitations à A qui a soutenu …": an emoji before, no comma before "qui".)
_CHEERED = re.compile(
    r"\W{0,3}(?:Félicitations|Felicitations|Bravo|Congratulations)(?:\s+(?:également|aussi|"
    r"encore|also|too))?\s+(?:à|a|to)\s+(?P<a>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3})"
    r"\s*(?:,|(?=(?:qui|who)\s))"
)
_CHEER_INITIALS = "FBC"
# "…; she is co-advised by", "…, and he was supervised by": a pronoun's clause before a cue.
_PRONOUN_CLAUSE = re.compile(
    r"(?i)(?:[;,]\s*|\band\s+)(?:she|he|they|elle|il)\s+(?:is|was|are|were|est|était|"
    r"a\s+été)\s+(?:\w+\s+)?$"
    # "Bravo à A, stagiaire …: elle poursuit en thèse à X, sous la direction de B"
    r"|(?:[;:]\s*)(?:she|he|elle|il)\s+[^;:]*$"
)


_FULL_NAME = re.compile(
    r"[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:(?:de|du|van|von|le|la)[ \t]+)?[A-ZÀ-Þ][\w'’-]+){1,3}"
)


def _first_other(page: Page, text: str) -> str | None:
    """The first full name *text* writes that is a person other than the owner (the one a
    later "she"/"elle" of the sentence stands for)."""
    for match in _FULL_NAME.finditer(text):
        name = name_from_piece(match.group())
        if name is not None and not _is_owner(page, name) and not find_organisations(name):
            if _advisor_named(text, match.start()):
                # "une thèse sous la direction de B, soutenue en 2008, elle a été accueillie
                # en post-doctorat par C": B advised the one "elle" stands for
                return None
            return name
    return None


def _advisor_named(text: str, at: int) -> bool:
    """Whether the name at *at* is the one a supervision cue just before it names."""
    before = text[max(0, at - 60) : at].rstrip(" :")
    cues = list(LEXICON.pattern("SUPERVISION_CUES").finditer(before))
    return bool(cues) and cues[-1].end() == len(before)


# "Celui-ci, …", "Celle-ci a …": the one a sentence before named last.
_DEMONSTRATIVE = re.compile(r"Cel(?:ui|le)-ci\b")


def _last_other(page: Page, text: str) -> str | None:
    """The last full name *text* writes that is a person other than the owner."""
    last = None
    for match in _FULL_NAME.finditer(text):
        name = name_from_piece(match.group())
        if name is not None and not _is_owner(page, name) and not find_organisations(name):
            last = name
    return last


_COMMA_ARTICLE = re.compile(r"\s*,\s*(?:(?:une?|an?)\s+)?")


def _peer_after(rest: str, name: str) -> bool:
    """Whether *name* stands in *rest* with a non-supervising post in apposition after it
    ("avec A, doctorante", "with B, engineer")."""
    at = rest.find(name)
    comma = _COMMA_ARTICLE.match(rest, at + len(name)) if at >= 0 else None
    return bool(comma) and LEXICON.pattern("MEMBER_ROLES").match(rest, comma.end()) is not None


def _in_quoted_title(sentence: str, at: int) -> bool:
    """Whether *at* lies between a title's opening and closing quotes."""
    if '"' in sentence:
        before = sentence.count('"', 0, at)
        if before % 2 and '"' in sentence[at:]:
            return True
    if "“" in sentence:
        opened = sentence.rfind("“", 0, at)
        if opened > sentence.rfind("”", 0, at) and "”" in sentence[at:]:
            return True
    return False


def _pupil_at(sentence: str, cue: re.Match[str]) -> bool:
    """Whether the cue belongs to, or leads straight to, a student named with someone
    else's role ("A, a PhD student of B"; "with A, a postdoc in B's lab")."""
    if not any(map(sentence.__contains__, _APPOSED_WORDS)):
        return False
    return any(
        m.start() <= cue.start() < m.end() or 0 <= m.start() - cue.end() <= 3
        for m in _APPOSED_PUPIL.finditer(sentence)
    )


# "Tobiah was co-advised by B", "Aya is jointly supervised by C": a given name as the
# subject of a passive cue.
_LONE_PASSIVE = re.compile(
    r"^\W*(?P<a>[A-ZÀ-Þ][a-zà-ÿ'’-]+)\s+(?:was|is|has\s+been|a\s+été|est)\s+"
    r"(?:(?:also|jointly|co-?)\s*)?(?:advised|supervised|hosted|mentored|co-?\w+|encadrée?|"
    r"dirigée?)\b"
)
# "Aino is now a postdoc with B", "Aino a rejoint B comme postdoc": one word named in full
# earlier, telling that person's next post
_GIVEN_NOW = re.compile(
    r"^\W*(?P<a>[A-ZÀ-Þ][a-zà-ÿ'’-]+)\s+(?:(?:is|est)\s+(?:now|currently|désormais|"
    r"maintenant)|(?:now\s+)?joins|has\s+(?:since\s+)?joined|a\s+rejoint|rejoint)\b"
)
_NOT_A_SUBJECT = frozenset(
    "she he i we they it his her my our their who this that these those after before in on "
    "at as then there when while during since from for with elle il je nous ils on après "
    "avant en dans puis alors".split()
)


# "A is in turn the advisor of B", "A, qui fut le directeur de thèse de B": a third
# person's student named after the advisor (a tribute, a preface).
_ADVISOR_OF = re.compile(
    r"(?P<a>(?-i:[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}))\s*,?\s+(?:who\s+|qui\s+)?"
    r"(?:is|was|has\s+been|had\s+been|became|est|était|fut|a\s+été|devint)\s+"
    r"(?:(?:in\s+turn|himself|herself|also|later|aussi|lui-même|elle-même|à\s+son\s+tour)\s+)*"
    r"(?:the|a|an|le|la|l['’])\s*(?P<kind>(?:phd|ph\.d\.?|doctoral|thesis)\s+)?"
    r"(?:advisor|adviser|supervisor|directeur\s+de\s+thèse|directrice\s+de\s+thèse)\s+"
    r"(?:of|de|d['’])\s*(?=[A-ZÀ-Þ])",
    re.I,
)
# Every match of _ADVISOR_OF writes one of these (its role word, then "of" or "de").
_ADVISOR_OF_WORDS = ("advisor of", "adviser of", "supervisor of", "de thèse de", "de thèse d")
_DOCTORAL = re.compile(r"(?i)\b(?:doctora\w*|ph\.?d\b|thesis|theses|thèses?|dissertations?)")


def _advisor_of(page: Page, block: Block) -> None:
    """ "A is the advisor of B": B's doctoral advisor, where the sentence or its block says
    the supervision is a doctorate's (a bare "advisor" may be a master's or a mentor)."""
    doctoral = None  # whether the block speaks of doctorates, read once when needed
    for _offset, sentence in sentences(block.text):
        for match in _ADVISOR_OF.finditer(sentence):
            advisor = name_from_piece(match.group("a"))
            names, _ = names_after(sentence[match.end() :])
            if advisor is None or not names or compatible(advisor, names[0]):
                continue
            if not match.group("kind") and "thèse" not in match.group():
                if doctoral is None:
                    doctoral = bool(_DOCTORAL.search(block.text))
                if not doctoral:
                    continue
            page.add(
                names[0],
                Relation.ADVISOR_PHD,
                advisor,
                sentence.strip(),
                "supervision.lineage",
                0.6,
            )


# "A a notamment dirigé la thèse de B, soutenue en 2010", "A later supervised the PhD of
# B": a third person (a former student) advising in turn.
_HAS_ADVISED = re.compile(
    r"(?P<a>(?-i:[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}))\s+(?:(?:a|avait|has|had)"
    # ("A a, à son tour, dirigé la thèse de B": the adverb between commas)
    r"(?:\s*,\s*(?:à\s+son\s+tour|lui-même|elle-même|notamment|également|aussi|ensuite|"
    r"in\s+turn|himself|herself|also|later|then)\s*,)?\s+|"
    # "A (PhD 1995), who co-supervised with B the thesis of C"
    r"(?:\([^()]{0,40}\)\s*)?,\s*who\s+(?=\S+\s+with\s))"
    r"(?:(?:notamment|également|aussi|ensuite|lui-même|elle-même|à\s+son\s+tour|since|also|"
    r"in\s+turn|himself|herself|later|then)\s+)*(?:co-?)?(?:dirigé|encadré|supervised|advised|"
    r"directed)\s+(?:with\s+(?P<co>(?-i:[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}))\s+)?"
    r"(?:la|les|the)\s+(?:thèses?|(?:ph\.?\s?d\.?|doctoral)\s*(?:theses|thesis)?|"
    r"theses|thesis|dissertations?)\s+(?:de|d['’]|of)\s*(?=[A-ZÀ-Þ])",
    re.I,
)
_HAS_ADVISED_WORDS = (" la thèse", " les thèses", " the PhD", " the thesis", " the dissertation")


def _has_advised(page: Page, block: Block) -> None:
    """ "A a dirigé la thèse de B": B's doctoral advisor is A (a person the page names)."""
    for _offset, sentence in sentences(block.text):
        for match in _HAS_ADVISED.finditer(sentence):
            advisor = name_from_piece(match.group("a"))
            names, end = names_after(sentence[match.end() :])
            if advisor is None or not names:
                continue
            period = _period_for(Context.PHD, parse_period(sentence[match.end() :]))
            co = named_lead(page, match["co"]) if match["co"] else None
            if ", who" in match.group():
                names = names[:1]  # (the relative clause ends at its first thesis's author)
            for student in names:
                if co is not None and not compatible(co, student):
                    page.add(
                        student,
                        Relation.ADVISOR_PHD,
                        co,
                        sentence.strip(),
                        "supervision.lineage",
                        0.6,
                        period,
                    )
                if not compatible(advisor, student):
                    page.add(
                        student,
                        Relation.ADVISOR_PHD,
                        advisor,
                        sentence.strip(),
                        "supervision.lineage",
                        0.6,
                        period,
                    )


# "A (Ph.D. 1961) → B (Ph.D. 1979) → me": a doctoral lineage, each one the student of the
# one before; the last may be the owner.
_ARROW = re.compile(r"\s+(?:→|->|⟶|=>)\s+")
_ME = re.compile(r"(?i)^(?:me|myself|moi|moi-même|yours\s+truly)\b")
_DEGREE_YEAR = re.compile(
    r"\(\s*(?:ph\.?\s?d\.?|d\.?\s?phil\.?|doctorat|thèse|dr\.?)\s*,?\s*((?:19|20)\d\d)\b",
    re.I,
)


def _arrow_lineage(page: Page, block: Block) -> None:
    """Each step of "A → B → me": B advised by A, the owner ("me") by the one before."""
    for line in block.lines:
        if "→" not in line and "->" not in line and "⟶" not in line:
            continue
        colon = line.rfind(":", 0, line.find("→") if "→" in line else len(line))
        steps = _ARROW.split(line[colon + 1 :].strip().rstrip("."))
        if len(steps) < 2:
            continue
        people = []
        for step in steps:
            if _ME.match(step.strip()):
                people.append((page.owner.name if page.owner else None, step))
            else:
                people.append((name_at_start(step.strip()), step))
        if not all(name for name, _ in people) or len({n for n, _ in people}) < len(people):
            continue  # ("2023 → now", "PhD → postdoc"): no lineage of names
        for (advisor, _), (student, step) in zip(people, people[1:], strict=False):
            year = _DEGREE_YEAR.search(step)
            period = Period(None, int(year.group(1))) if year else Period()
            owner_step = page.owner is not None and student == page.owner.name
            page.add(
                student,
                Relation.ADVISOR_PHD,
                advisor,
                line.strip(),
                "supervision.lineage-arrows",
                0.75 if owner_step else 0.6,
                period,
            )


# "My own supervisor had been a student of C": the owner's advisor's own advisor.
_MY_ADVISOR_STUDENT_OF = re.compile(
    r"(?i)\bmy\s+(?:own\s+)?(?:(?:doctoral|phd|ph\.d\.|dphil|thesis)\s+)?(?:advisor|adviser|"
    r"supervisor|promoter|guide)\s+(?:had\s+been|was)\s+(?:(?:herself|himself|themselves|"
    r"in\s+turn|also|once)\s+)*(?:a|an)\s+(?:former\s+)?(?:(?:phd|ph\.d\.|doctoral|graduate)\s+)?"
    r"(?:student|pupil)\s+of\s+(?=(?-i:[A-ZÀ-Þ]))"
)


def _owners_advisor(page: Page) -> str | None:
    """The doctoral advisor the page has read for its owner so far (the last one)."""
    if page.owner is None:
        return None
    for claim in reversed(page.claims):
        if claim.relation is Relation.ADVISOR_PHD and claim.subject == page.owner.name:
            return claim.object
    return None


_ADVISED_BEFORE = re.compile(r"(?i)\b(?:supervis|advis|under\b|promot|guid)")


def _my_advisors_advisor(page: Page, block: Block) -> None:
    """ "… supervised by B. My own supervisor had been a student of C": B's advisor C."""
    for offset, sentence in sentences(block.text):
        match = _MY_ADVISOR_STUDENT_OF.search(sentence)
        if match is None:
            continue
        before = block.text[max(0, offset - 300) : offset]
        advisor = (
            _last_other(page, before) if _ADVISED_BEFORE.search(before) else None
        ) or _owners_advisor(page)
        if advisor is None:
            continue
        names, _ = names_after(sentence[match.end() :])
        if names and not compatible(advisor, names[0]) and not _is_owner(page, names[0]):
            page.add(
                advisor,
                Relation.ADVISOR_PHD,
                names[0],
                sentence.strip(),
                "supervision.lineage",
                0.6,
            )


# A department's or a society's history telling another's thesis: "The department's first
# PhD, awarded in 1967 to A, was supervised by B", "A, whose own doctorate had been
# supervised by B", "C (PhD 1985), who was co-supervised by D".
_NAME_RUN = r"(?-i:[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,3})"
_THIRD_THESIS = re.compile(
    r"\b(?:ph\.?\s?d\.?|d\.?\s?phil\.?|doctorate|doctoral\s+degree)\s*,?\s+(?:was\s+)?"
    r"(?:awarded|conferred)\s+(?:in\s+(?P<year>(?:19|20)\d\d)\s+)?(?:up)?(?:on|to)\s+"
    rf"(?P<a>{_NAME_RUN})(?:\s+in\s+(?P<year2>(?:19|20)\d\d))?\s*,\s*(?:and\s+)?(?:was\s+)?"
    r"(?:co-?|jointly\s+)?(?:supervised|directed|advised)\s+by\s+"
    rf"|(?P<b>{_NAME_RUN})\s*,\s*whose\s+(?:own\s+)?(?:ph\.?\s?d\.?|d\.?\s?phil\.?|doctorate|"
    r"doctoral\s+thesis|thesis|dissertation)\s+(?:had\s+been|has\s+been|was)\s+"
    r"(?:co-?|jointly\s+)?(?:supervised|directed|advised)\s+by\s+"
    rf"|(?P<c>{_NAME_RUN})\s*\((?:ph\.?\s?d\.?|d\.?\s?phil\.?)\s*,?\s*(?P<year3>(?:19|20)\d\d)\)"
    r"\s*,\s*who\s+was\s+(?:also\s+)?(?:co-?|jointly\s+)?(?:supervised|advised)\s+by\s+"
    # "… her last student, A, graduated in 2006 under the joint supervision of B and C";
    # a tribute's "A, who defended her thesis in 1986 under her supervision and that of B",
    # « A, qui a soutenu sa thèse en 1986 sous sa direction et sous celle de B »
    rf"|(?P<d>{_NAME_RUN})\s*,\s+(?:who\s+|qui\s+a\s+)?"
    r"(?:graduated|defended\s+(?:his|her|their)\s+thesis|soutenu\s+sa\s+thèse)\b"
    r"(?:\s+(?:in|en)\s+(?P<year4>(?:19|20)\d\d))?[^.;:]{0,40}?"
    r"(?:\bunder\s+the\s+(?:joint\s+)?(?:supervision|direction)\s+of\s+"
    r"|\bunder\s+(?:his|her|their)\s+(?:supervision|direction)\s+and\s+that\s+of\s+"
    r"|\bsous\s+sa\s+direction\s+et\s+(?:sous\s+)?celle\s+d(?:e\s+|['’]))",
    re.I,
)
_THIRD_THESIS_WORDS = (
    "awarded",
    "conferred",
    "whose",
    ", who was",
    "doctoral student ",
    "under the joint",
    "and that of",
    "celle d",
    "'s group",
    "’s group",
)
# "A, who had come to X as a postdoctoral researcher in B's group in 1988": B hosted A.
_POSTDOC_IN_GROUP = re.compile(
    rf"(?P<a>{_NAME_RUN})\s*,\s+who\s+(?:had\s+|has\s+)?(?:come|came|joined|moved|arrived)\b"
    r"[^.;,]{0,40}?\bas\s+an?\s+(?:postdoc|postdoctoral\s+(?:researcher|fellow|associate))\s+"
    r"in\s+(?P<b>(?-i:[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,2}))['’]s\s+"
    r"(?:group|lab|laboratory|team)\b(?:\s+in\s+(?P<year>(?:19|20)\d\d))?",
    re.I,
)
# "Laforêt brought with him his doctoral student A": the sentence's subject, named, is the
# advisor of the student its possessive names.
_LEAD_HIS_STUDENT = re.compile(
    rf"^\W*(?P<a>{_NAME_RUN})\s+(?:(?-i:[a-z][\w'’-]*)\s+){{1,8}}?(?:his|her|their)\s+"
    r"(?:own\s+)?(?:former\s+)?(?:doctoral|ph\.?\s?d\.?)\s+student\s*,?\s+(?=[A-ZÀ-Þ])",
    re.I,
)


_FAMILY_PAIR = re.compile(
    r"(?:(?:Professor|Prof\.|Dr\.?)\s+)?([A-ZÀ-Þ][\w'’-]+)\b(?:\s+and\s+([A-ZÀ-Þ][\w'’-]+)\b)?"
)


def _family_lead(page: Page, piece: str) -> str | None:
    """The person a one-word lead stands for in a history that calls people by their family
    name ("Marchbanks drafted …" after "Evelyn Marchbanks"; not "the Marchbanks Medal")."""
    if " " in piece.strip():
        return named_lead(page, piece)
    return _written_around(page, piece.strip(), given=False) or named_lead(page, piece)


def _third_person_thesis(page: Page, block: Block) -> None:
    """The advisor a history names for another's doctorate (see _THIRD_THESIS)."""
    for _offset, sentence in sentences(block.text):
        for match in _THIRD_THESIS.finditer(sentence):
            student = _family_lead(page, match["a"] or match["b"] or match["c"] or match["d"])
            if match["d"] and (
                _is_owner(page, student or "") or not _DOCTORAL.search(page.document.text)
            ):
                # (the owner's own degree: the supervision rules read it; a page that speaks
                # of no doctorate tells a bachelor's graduation)
                continue
            rest = sentence[match.end() :]
            names = names_after(rest)[0][: 2 if match["d"] else 1]
            if not names:
                # "… was supervised by Dunbar-Reid", "… of Raghavan and Zhou": the family
                # names of ones named before
                words = _FAMILY_PAIR.match(rest)
                leads = [w for w in (words.group(1), words.group(2)) if w] if words else []
                names = [n for w in leads[: 2 if match["d"] else 1] if (n := _family_lead(page, w))]
            year = match["year"] or match["year2"] or match["year3"] or match["year4"]
            for advisor in names:
                if student is None or compatible(student, advisor):
                    continue
                page.add(
                    student,
                    Relation.ADVISOR_PHD,
                    advisor,
                    sentence.strip(),
                    "supervision.lineage",
                    0.6,
                    Period(None, int(year)) if year else Period(),
                )
        hosted = _POSTDOC_IN_GROUP.search(sentence) if "s group" in sentence else None
        student = _family_lead(page, hosted["a"]) if hosted else None
        host = _family_lead(page, hosted["b"]) if hosted else None
        if student and host and not compatible(student, host):
            year = int(hosted["year"]) if hosted["year"] else None
            page.add(
                student,
                Relation.ADVISOR_POSTDOC,
                host,
                sentence.strip(),
                "supervision.lineage",
                0.6,
                Period(year, None),
            )
        led = _LEAD_HIS_STUDENT.match(sentence) if "student" in sentence else None
        advisor = _family_lead(page, led["a"]) if led else None
        students = names_after(sentence[led.end() :])[0][:1] if led else []
        if advisor and students and not compatible(advisor, students[0]):
            ended = _STUDENT_ENDED.match(sentence, led.end() + len(students[0]))
            period = Period(None, int(ended["year"] or ended["done"])) if ended else Period()
            page.add(
                students[0],
                Relation.ADVISOR_PHD,
                advisor,
                sentence.strip(),
                "supervision.lineage",
                0.6,
                period,
            )


def _lineage(page: Page, block: Block) -> None:
    """A third person's advisor named on the page ("A, who was a student of B")."""
    if "→" in block.text or "->" in block.text or "⟶" in block.text:
        _arrow_lineage(page, block)
    if any(map(block.text.__contains__, _THIRD_THESIS_WORDS)):
        _third_person_thesis(page, block)
    if _may_tell_own_phd(block.text):
        _own_phd_under(page, block)
    if any(map(block.text.__contains__, _HAS_ADVISED_WORDS)):
        _has_advised(page, block)
    if any(map(block.text.__contains__, _ADVISOR_OF_WORDS)):
        _advisor_of(page, block)
    if not page.holds_word(block, _STUDENT_WORD, ("student", "élève", "doctorant")):
        return  # the pattern below tries a name at every position: skip prose without it
    if page.owner is not None and ("My " in block.text or "my " in block.text):
        _my_advisors_advisor(page, block)
    for _offset, sentence in sentences(block.text):
        for match in _STUDENT_OF.finditer(sentence):
            student = name_from_piece(match.group("a"))
            names, _ = names_after(sentence[match.end() :])
            if student and names and not compatible(student, names[0]):
                page.add(
                    student,
                    Relation.ADVISOR_PHD,
                    names[0],
                    sentence.strip(),
                    "supervision.lineage",
                    0.6,
                )


def _own_phd_under(page: Page, block: Block) -> None:
    for _offset, sentence in sentences(block.text):
        for match in _OWN_PHD_UNDER.finditer(sentence):
            student = named_lead(page, match.group("a"))
            if student is None or _is_owner(page, student) and not page.topical:
                continue  # (the owner's own thesis: the supervision rules read it)
            names, _ = names_after(sentence[match.end() :])
            if names and not compatible(student, names[0]) and not _is_owner(page, names[0]):
                page.add(
                    student,
                    Relation.ADVISOR_PHD,
                    names[0],
                    sentence.strip(),
                    "supervision.lineage",
                    0.6,
                )


def others_degree(page: Page, sentence: str) -> bool:
    """Whether *sentence* tells another person's own doctorate ("B in turn obtained her
    PhD at X under C"), or opens on the owner's student in apposition ("Her first student,
    A (PhD 1989), is now at X"): its places are that person's, not the owner's."""
    if "tudent" in sentence and (first := _FIRST_STUDENT.match(sentence.lstrip())) is not None:
        return first.start() == 0
    if not _may_tell_own_phd(sentence):
        return False
    for match in _OWN_PHD_UNDER.finditer(sentence):
        student = named_lead(page, match.group("a"))
        if student is not None and not _is_owner(page, student):
            return True
    return False


def named_lead(page: Page, piece: str) -> str | None:
    """The person a sentence's leading name stands for: a full name as written, or one
    word ("Liesel", "Lindqvist-Hale") that a full name written on the page begins or ends
    with; None for a pronoun or a word no person on the page bears."""
    words = piece.split()
    if len(words) >= 2:
        return name_from_piece(piece)
    word = words[0] if words else ""
    if word.lower() in _NOT_A_SUBJECT or len(word) < 3:
        return None
    if page.owner is not None and word in page.owner.name.split():
        return page.owner.name  # "who co-supervised with Marit …" on Marit's own page
    # a given name first: "Liesel" of "Liesel Drummond"
    return _written_around(page, word, given=True) or _written_around(page, word, given=False)


def _written_around(page: Page, word: str, *, given: bool) -> str | None:
    """The first full name the page writes with *word* as its given name (one or two names
    after it) or as its family name (one or two before it), no organisation's words."""
    name = r"[A-ZÀ-Þ][\w'’-]+"
    pattern = (
        rf"(?<![\w-]){re.escape(word)}(?:[ \t]+{name}){{1,2}}(?![\w-])"
        if given
        else rf"(?<![\w-])(?:{name}[ \t]+){{1,2}}{re.escape(word)}(?![\w-])"
    )
    for found in re.finditer(pattern, page.document.text):
        full = name_from_piece(_HONORIFIC_LEAD.sub("", found.group()))
        if full is not None and word in full and not find_organisations(found.group()):
            return full
    return None


_HONORIFIC_LEAD = re.compile(r"^(?:Professor|Prof|Doctor|Dr|Sir|Dame|Mr|Mrs|Ms)\.?\s+")


# "<h2>Main supervisor</h2><p>Prof. A, Univ. X</p>": a heading that is only an advisor role
# labels the names that open the blocks right under it.
_ROLE_HEADING_REST = re.compile(
    r"(?i)^(?:(?:main|principal|principale|primary|first|second|secondary|lead|daily|phd|"
    r"doctoral|thesis|my|mes|ma|mon|co-?)\s*)*$"
)
_ADVISOR_NOUN = re.compile(
    r"(?i)(?:visor|viser|advisor|directeur|directrice|encadrante?|promotor|betreuer(?:in)?|"
    r"orientadora?|relatore|directora?)(?:\(s\)|s|es)?(?:\s+de\s+th[eè]se)?$"
)


# "advisee of" over the owner's advisors (a research-profile system's relation heading).
_ADVISEE_HEADING = re.compile(r"(?i)^(?:advisee|mentee|doctoral\s+student|trainee)\s+of$")


def _role_heading(page: Page, block: Block) -> None:
    if page.owner is None or not block.section:
        return
    heading = block.section[-1].strip(" :")
    advisee = "of" in heading and _ADVISEE_HEADING.match(heading) is not None
    cue = None if advisee else LEXICON.pattern("SUPERVISION_CUES").search(heading)
    if not advisee and (cue is None or not _ADVISOR_NOUN.search(cue.group())):
        return
    if cue and not _ROLE_HEADING_REST.match(heading[: cue.start()] + heading[cue.end() :]):
        return
    read = profile_entry if advisee else str
    blocks = page.document.blocks
    index = page.index(block)
    # Only the run of name-led blocks right under the heading.
    for previous in reversed(blocks[max(0, index - 6) : index]):
        if previous.kind is BlockKind.HEADING:
            if previous.text.strip(" :") != heading:
                return
            break
        if previous.section != block.section or name_at_start(read(previous.lines[0])) is None:
            return
    else:
        return
    name = name_at_start(read(block.lines[0])) if block.lines else None
    if name is None or _is_owner(page, name) or len(block.lines[0]) > 160:
        return
    # "Advisors" then "A (PhD)", "B (Postdoc)": the item's own bracket says which.
    aside = " ".join(re.findall(r"\(([^()]*)\)", block.lines[0]))
    context = (
        (_context_near(aside, 0) if aside else None)
        or _context_near(" ".join(block.section), 10**6)
        or _context_near(_headline(page), 0)
    )
    context = context or Context.PHD
    period = Period()
    if advisee:
        period = block_period(block)  # "A (Ph.D. advisor) 2003 - 2008": the item's years
    elif context is Context.PHD and HABILITATION_WORD.search(_headline(page)) is None:
        year = defence_year(page, block)
        period = Period(None, year) if year else period
    page.add(
        page.owner.name,
        ADVISOR[context],
        name,
        block.lines[0],
        "supervision.role-heading",
        0.8,
        period,
    )


_PI_WORDS = re.compile(
    r"(?i)\b(?:our|my|the\s+group['’]s|notre|mon|ma)\s+(?:PI|P\.I\.|lab\s+head|group\s+leader|"
    r"chef(?:fe)?\s+d['’]équipe)\s+(?=(?-i:[A-ZÀ-Þ]))"
)
# ("sous la direction de A et la codirection de B", "under A and the co-supervision of B":
# the second role's names join the list)
_AND_BY = re.compile(
    r"(?i)\s+(and|et|&)\s+(?:by\s+|par\s+|(?:sous\s+)?la\s+co-?direction\s+(?:de\s+|d['’]\s*)|"
    r"the\s+co-?supervision\s+of\s+)(?=(?-i:[A-ZÀ-Þ]))"
    # "sob orientação da A e coorientação do B", "bajo la dirección de A y la codirección de
    # B": the co-advisor joined to the advisor's list
    r"|\s+(e|y)\s+(?:(?:com\s+)?(?:a\s+|la\s+)?(?:co-?orienta[çc][ãa]o|co-?direcci[óo]n)\s+"
    r"(?:d[oa]s?\s+|del?\s+(?:la\s+)?)|pel[oa]\s+|por\s+(?:el\s+|la\s+)?)(?=(?-i:[A-ZÀ-Þ]))"
)

# ", de l'Université X, et B" (after _AND_BY dropped the second "par"): the first advisor's
# institution, an aside before the list's conjunction.
_ASIDE_BEFORE_AND = re.compile(
    r",\s+(?:d[aeo]s?|del|de\s+la|de\s+l['’]|du|of(?:\s+the)?)\s*[A-ZÀ-Þ][^,;()]{2,80}?,?\s+"
    r"(?=(?:and|et|e|y)\s+(?-i:[A-ZÀ-Þ]))"
)


def _joined_by(match: re.Match) -> str:
    """The conjunction of an _AND_BY match, alone between the two names."""
    return f" {match.group(1) or match.group(2)} "


# "Je remercie A, qui a co-encadré ces travaux", "B, who co-supervised this thesis": the
# thanks of a thesis name its (co-)advisors by what they did.
_WHO_ADVISED = re.compile(
    r"\b([A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3}),\s+"
    r"(?:qui\s+(?:a|m['’]a)|who\s+(?:has\s+)?)"
    r"\s*(?:co-?)?(?:encadré|dirigé|codirigé|supervisé|supervised|advised|directed)\s+"
    r"(?:ces\s+travaux|cette\s+thèse|ma\s+thèse|mes\s+travaux|mon\s+travail|"
    r"this\s+(?:work|thesis|dissertation)|my\s+(?:work|thesis|dissertation|research))\b"
)


# "A, qui m'a encadrée pendant mon stage de M2", "B for hosting me during my internship",
# "C for supervising my master's internship": the thanks name an internship's host.
_WHO_HOSTED_INTERN = re.compile(
    r"\b([A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3}),?\s+"
    r"(?:qui\s+m['’]a\s+(?:encadrée?|accueillie?|supervisée?|suivie?)\s+(?:pendant|durant|lors|"
    r"au\s+cours|en\s+stage)|"
    r"(?:de\s+m['’](?:y\s+)?avoir|pour\s+m['’](?:y\s+)?avoir)\s+(?:encadrée?|accueillie?)\b|"
    r"(?:for|who)\s+(?:hosting|hosted|supervising|supervised|mentoring|mentored)\s+"
    r"(?:me\s+(?:during|for|in|as)\s+|my\s+))"
    r"(?P<rest>[^.;]{0,60})"
)
_INTERN_WORD = re.compile(r"(?i)\b(?:stage|internship|intern)\b")


# "Väitöskirjatyö tehtiin professori A:n johdolla" (the thesis was done under A's lead):
# a Finnish supervisor named in the genitive before the postposition
_LED_BY = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w-]+(?:\s+[A-ZÀ-Þ][\w-]+){0,2}?\s+[A-ZÀ-Þ][\w-]+n)"
    r"\s+(?:johdolla|ohjauksessa)\b"
)


def _finnish_nominative(family: str) -> str:
    """ "Hyvösen" → "Hyvönen", "Kallion" → "Kallio", "Laineen" → "Laine", "Nyqvistin" →
    "Nyqvist": a Finnish family name's genitive undone (regular stems only)."""
    if family.endswith(("sen", "sén")):
        return f"{family[:-3]}nen"
    if family.endswith("een"):
        return family[:-2]
    if family.endswith("in") and len(family) > 3 and family[-3] not in "aeiouyäöå":
        return family[:-2]
    return family[:-1]


def _finnish_led_by(page: Page, block: Block) -> None:
    """A candidate's page: "… professori A:n johdolla" names the thesis's supervisor."""
    for _offset, sentence in sentences(block.text):
        if "väitös" not in sentence.lower():
            continue
        for match in _LED_BY.finditer(sentence):
            given, _, family = match.group("name").rpartition(" ")
            name = name_from_piece(f"{given} {_finnish_nominative(family)}")
            if name is None or _is_owner(page, name):
                continue
            year = defence_year(page, block)
            page.add(
                page.owner.name,
                Relation.ADVISOR_PHD,
                name,
                sentence.strip(),
                "supervision.led-by",
                0.7,
                Period(None, year) if year else None,
            )


def _who_hosted_intern(page: Page, sentence: str) -> None:
    for match in _WHO_HOSTED_INTERN.finditer(sentence):
        # (the internship told in the clause, or before it: "mon stage chez X : merci à A
        # de m'y avoir accueilli")
        told = (
            _INTERN_WORD.search(sentence, match.end(1), match.start("rest") + 40)
            or ("m'y" in match.group(0) or "m’y" in match.group(0))
            and _INTERN_WORD.search(sentence, 0, match.start())
        )
        name = name_from_piece(match.group(1)) if told else None
        if name is None or _is_owner(page, name):
            continue
        years = set(years_in(sentence))
        period = Period(years.pop(), None) if len(years) == 1 else Period()
        if period.start:
            period = Period(period.start, period.start)
        page.add(
            page.owner.name,
            Relation.ADVISOR_INTERNSHIP,
            name,
            sentence.strip(),
            "supervision.who-hosted",
            0.75,
            period,
        )


def _who_advised(page: Page, block: Block, sentence: str) -> None:
    for match in _WHO_ADVISED.finditer(sentence):
        name = name_from_piece(match.group(1))
        if name is None or _is_owner(page, name):
            continue
        period = parse_period(sentence).as_end()
        if period.empty and (year := defence_year(page, block)):
            period = Period(None, year)
        page.add(
            page.owner.name,
            Relation.ADVISOR_PHD,
            name,
            sentence.strip(),
            "supervision.who-advised",
            0.8,
            period,
        )


# "did his", "completed an", "obtenu son": a degree's own clause opens
_DEGREE_DONE = (
    r"(?i)\b(?:did|done|completed|completing|obtained|earned|received|got|defended|fait|obtenu|soutenu|"
    # ("Joel finished his PhD at X with A in 2024": the degree's end, as its completion)
    r"finished|terminé|achevé|"
    # ("then I started my PhD with A at X": the degree's start names its advisor too)
    r"start|started|began|begin|"
    # ("then completed a DPhil with A": the article for the possessive)
    r"effectué|préparé)\s+(?:my|his|her|their|ma|sa|son|mon|a|an)\s+"
)
_DID_PHD = re.compile(
    _DEGREE_DONE
    # ("completed his Ph.D. with B": the abbreviation's last dot is no sentence's end)
    + r"(?:ph\.\s?d\.(?!\w)|(?:phd|ph\.\s?d|doctorate|d\.?\s?phil|thèse|doctorat|"
    # "completed her doctoral studies with A"
    r"doctoral\s+(?:studies|work|research|training|degree))\b)[^,;.]*$"
)
# "completed an MSc at X with Dr A", « effectué mon master à Y avec B »: the master's own
# clause names its advisor
_DID_MASTERS = re.compile(
    _DEGREE_DONE + r"(?:m\.\s?sc\.(?!\w)|m\.\s?phil\.(?!\w)|(?:msc|m\.\s?sc|mphil|m\.\s?phil|"
    r"master(?:'s|’s|s)?)\b)[^,;.]*$"
)
_DID_PHD_WORKING = re.compile(
    r"(?i)(?:\b(?:did|completed|obtained|earned|received|got|defended)\s+(?:his|her|their|my|a)|"
    # ("earned her B.S. from X in 2013 and her Ph.D. from Y in 2020, where she worked with B")
    r"\b(?:did|completed|obtained|earned|received|got|holds)\s[^;]{0,120}?\band\s+(?:his|her|their|my|a))\s+"
    r"(?:phd\b|ph\.\s?d\.?(?!\w)|doctorate\b|d\.?\s?phil\b)[^;.]{0,100}?,\s*"
    r"(?:where\s+(?:he|she|they|I)\s+)?$"
)
# A line about a course the owner teaches ("Cours X (M1) avec A", "TD de Y, with B"):
# the names after "with" are fellow teachers.
_COURSE_LEAD = re.compile(
    r"(?i)\W*(?:cours|course|lectures?|enseignements?|teaching|t[dp]s?|ue|"
    r"travaux\s+(?:dirigés|pratiques)|tutorials?)\b[^;.:]*$"
)
# "Master thesis on kernel tests with A", "Mémoire de M2 sur X avec B": a sentence that opens
# on a student's own thesis or project, whose "with" names who supervised it.
_OWN_WORK_LEAD = re.compile(
    r"(?i)^\W*(?:(?:m\.?sc\.?|master(?:'?s)?|bachelor(?:'?s)?|diploma|honou?rs|undergraduate|"
    r"m[12])\s+(?:thesis|dissertation|project)|mémoire(?:\s+de\s+(?:master|m[12]))?|"
    r"(?:projet|travail)\s+de\s+fin\s+d['’]études)\b[^,;.]*$"
)
_APPOSED = re.compile(
    r"\b([A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3}),\s+"
    r"(?:ma|mon|mes|notre|nos|my|our)\s+(?:(?:ancien|ancienne|former|main|principal|co-?)\s*)?$"
)
_WITH_AS = re.compile(
    r"(?i)\b(?:with|avec|and|et)\s+((?:(?!\s(?:as|comme)\s)[^,;()]){3,60}?)"
    # ("with Dr. B (Glacier Survey X) as second supervisor": B's affiliation in between)
    r"(?:\s*\([^()]{2,60}\))?"
    r"\s+(?:as|comme|en\s+tant\s+que)\s+"
    r"(?:(?:my|her|his|their|a|the|mon|ma|son|sa|second|secondary|main|co-?)\s*)*$"
)


_CHAINED_ADVISOR = re.compile(
    r"(?i)(?:['’]s\s+|\b(?:of\s+(?:my|his|her)|de\s+(?:mon|ma|son|sa))\s+)"
    r"(?:advisor|adviser|supervisor|mentor|directeur|directrice|encadrante?)\b"
)


_OF_THESIS_LABEL = re.compile(r"(?i)(?:de\s+thèse|of\s+(?:the\s+)?thesis)\s*[:：|]\s*")


# "Chercheur post-doctoral, Université X, laboratoire Y (Pr. A)": a titled person alone in
# the bracket closing a postdoc's entry is its host.
_TITLED_BRACKET = re.compile(
    r"\(\s*(?:Pr|Prof|Professor|Professeure?|Dr)\.?\s+(?P<name>[A-ZÀ-Þ][^()]{2,50}?)\s*\)"
)


def _bracketed_host(page: Page, block: Block) -> None:
    for line in block.lines:
        brackets = list(_TITLED_BRACKET.finditer(line)) if "(" in line else []
        if len(brackets) != 1 or Context.POSTDOC not in {c for _, c in contexts_in(line)}:
            continue
        host = name_from_piece(brackets[0].group("name"))
        if host is None or _is_owner(page, host):
            continue
        period = _period_for(Context.POSTDOC, parse_period(line))
        page.add(
            page.owner.name,
            Relation.ADVISOR_POSTDOC,
            host,
            line.strip(),
            "supervision.bracketed-host",
            0.6,
            period,
        )


def _ancestor_label(sentence: str) -> bool:
    """ "Advisor's advisor: A", "Directeur de thèse de mon directeur : B" (an academic
    tree): an advisor's own advisor is no advisor of the owner."""
    label = _LABEL.match(sentence) if ":" in sentence[:61] else None
    return label is not None and bool(_CHAINED_ADVISOR.search(label.group(1)))


def _continued_label(page: Page, block: Block) -> Block | None:
    """A committee page's second member under one label ("Supervisor(s):  A / Professor,
    Univ. X // B / Professor, Univ. X"): a paragraph opening on a bare name right after a
    "Label: name" paragraph of the same section is that label's next entry."""
    if block.kind is not BlockKind.PARAGRAPH or not block.lines or ":" in block.lines[0]:
        return None
    index = page.index(block)
    if index == 0 or not name_at_start(block.lines[0]):
        return None
    previous = page.document.blocks[index - 1]
    if previous.kind is not block.kind or previous.section != block.section or not previous.lines:
        return None
    label = _label(previous.lines[0])
    if label is None or not name_at_start(label.group(2)) or len(label.group(1).split()) > 3:
        return None
    lines = [f"{label.group(1)}: {block.lines[0]}", *block.lines[1:]]
    return Block(block.kind, "\n".join(lines), block.level, block.section)


def _advisor_label(block: Block) -> bool:
    """ "Major Professor: Dr. A" in a defence's committee list: the advisor sits on it.
    "Supervisor: A" over the line of A's position counts too."""
    lines = block.lines
    single = len(lines) == 1 or (len(lines) == 2 and ":" not in lines[1])
    label = _label(lines[0]) if lines and single else None
    line = lines[0] if lines else ""
    aside = _TRAILING_ASIDE.search(line) if line.endswith(")") else None
    if aside and _role_of(aside.group(1)) is Relation.JURY_MEMBER:
        line = line[: aside.start()]  # "B, Univ. Y - Co-encadrant (invité)": a guest's role
    role = _TRAILING_ROLE.search(line) if block.kind is BlockKind.ITEM else None
    tails = [(role.group(1) or role.group(2)).strip()] if role else []
    if role and (dash := _LAST_DASH.search(line)):
        tails.append(line[dash.end() :].strip(" ."))  # "…, Ville-Sur-Mer - Co-encadrant"
    if (
        block.kind is BlockKind.ITEM
        and len(block.lines) == 1
        and any(LEXICON.pattern("SUPERVISION_CUES").fullmatch(tail) for tail in tails)
    ):
        # "Prof. A (Université X), promoteur", "B, Univ. Y (directrice de thèse)": the
        # member's role on the list is advising the candidate.
        return name_at_start(block.lines[0]) is not None
    bare = _PLURAL_MARK.sub("", label.group(1)).strip() if label else ""
    cues = LEXICON.pattern("SUPERVISION_CUES")
    if bare and (cue := cues.match(bare)) and (joined := _JOINED_ROLE.match(bare + ":", cue.end())):
        # "Betreuer und Erstgutachter: A" on a board's table: the advisor sits on it too
        bare = bare[: cue.end()] if _is_role_word(joined["role"]) else bare
    return bool(
        label
        # ("Directrice de recherche: A" in a Québec jury: the cue the lexicon writes with
        # its colon, "directrice de recherche :", the label without it)
        and (cues.fullmatch(bare) or cues.fullmatch(bare + " :"))
        and name_at_start(re.sub(r"^(?:Dr|Prof)\.?\s+", "", label.group(2)))
    )


# "Supervisor(s)", "Directeur(s)": a label's optional plural.
_PLURAL_MARK = re.compile(r"\((?:s|es|e|e\)\(s)\)(?=\s*$)")
_LAST_DASH = re.compile(r"\s[–—-]\s(?!.*\s[–—-]\s)")
_TRAILING_ASIDE = re.compile(r"\s*\(([^()]{3,30})\)\s*$")
_TRAILING_ROLE = re.compile(r"(?:,|\s[–—-])\s*\(?([^,()–—]{4,40}?)\)?\s*\.?$|\(([^()]{4,40})\)\s*$")


_CONTEXT_STARTS = phrase_starts(p for phrases in LEXICON.CONTEXT.values() for p in phrases)


def _writes_context(*texts: str) -> bool:
    """Whether a context word may be read in *texts* (each sentence's context is a match
    in its block)."""
    for text in texts:
        low = lowered(text)
        if low is not None and len(low) > 200 and _CONTEXT_STARTS is not None:
            if not opens_a_word(word_starts(low), _CONTEXT_STARTS):
                continue
        if any(
            pattern.search(text)
            for _, pattern, literals in context_patterns()
            # (a context none of whose words the text writes is not searched)
            if low is None or holds_any(low, literals)
        ):
            return True
    return False


@cache
def _phrase_finder(name: str) -> tuple[ahocorasick.Automaton, dict[str, list[list[str]]]] | None:
    """The word list's phrases by their literal (``phrase_literal``), each with the other
    runs of letters it writes, and an automaton finding the literals; None when a phrase
    writes none."""
    others: dict[str, list[list[str]]] = {}
    for phrase in filter(None, LEXICON.words[name]):
        literal = phrase_literal(phrase)
        if not literal:
            return None
        others.setdefault(literal, []).append([r for r in phrase_runs(phrase) if r != literal])
    if not others:
        return None
    return literal_finder({literal: literal for literal in others}), others


def _writes_phrase(low: str | None, name: str) -> bool:
    """Whether the lowered text *low* (None: it cannot stand for the text) writes every
    run of letters of one of the word list's phrases, which any match of its pattern does:
    a stronger test than ``Page.may_match``'s one word a phrase ("assistant professor"
    writes the "professor" of "major professor", not its "major")."""
    held = _phrase_finder(name)
    if low is None or held is None:
        return True
    automaton, others = held
    seen = set()
    for _, literal in automaton.iter(low):
        if literal not in seen:
            seen.add(literal)
            if any(all(run in low for run in rest) for rest in others[literal]):
                return True
    return False


_TITLED_GROUP_OF = re.compile(r"^\W*(?:Group|Lab)\s+of\s+Prof(?:\.|essor)\s*")
# The owner's own thesis in the first person ("ma thèse", "my PhD", not "my PhD students").
_MY_THESIS = re.compile(
    r"(?i)\b(?:ma\s+thèse|mon\s+doctorat|my\s+(?:ph\.?\s?d\.?|doctorate|doctoral\s+"
    r"(?:thesis|degree|studies|work)|thesis|dissertation))(?![\w.]|\s+(?:students?|advisees))"
)


# "B co-supervised my thesis from Utrecht", "Dr. C advised my PhD": the advisor named
# first, the verb's object the writer's own doctorate.
_NAMED_ADVISED_MY = re.compile(
    r"(?:^|[.;:]\s+|\band\s+)(?:(?:Prof\.?|Professor|Dr\.?)\s+)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:van|von|der|den|de|da|del|di|du|le|la|ter|"
    r"[A-ZÀ-Þ][\w'’-]+)){1,4})\s+(?:also\s+|later\s+|kindly\s+)?"
    r"(?:co-?)?(?:supervised|advised|directed)\s+my\s+(?:(?:PhD|Ph\.D\.?|doctoral)\s+)?"
    r"(?:thesis|dissertation|doctorate|PhD|Ph\.D\.?)(?![\w-])"
)


def _named_advised_mine(page: Page, block: Block) -> None:
    """The owner's advisor named before "supervised my thesis"."""
    for _offset, sentence in sentences(block.text):
        for match in _NAMED_ADVISED_MY.finditer(sentence):
            name = name_from_piece(match.group("name"))
            if name is None or _is_owner(page, name):
                continue
            page.add(
                page.owner.name,
                Relation.ADVISOR_PHD,
                name,
                sentence.strip(),
                "supervision.named-advised-mine",
                0.8,
                Period(),
            )


# "… and was then co-mentored by": a clause of its own, passive, before a cue.
_PASSIVE_CLAUSE = re.compile(
    r"\s+and\s+(?:was|were|has\s+been|had\s+been)\s+(?:then\s+|later\s+|subsequently\s+)?"
    r"(?=[\w-]+\s+by\s)"
)


# "Mentor: Dr. B; co-mentor: Dr. C", "Mentors: B (primary), C": a mentored award's label.
_AWARD_MENTOR = re.compile(r"(?i)\b(?:(?:primary|co-?|research|career)\s*)?mentors?\s*[:：]\s*")


def coauthors_named(page: Page, block: Block) -> None:
    """The owner's own words naming the co-authors ("Parts of this thesis were published
    with my co-authors A, B and C", « publiés avec mes coauteurs A et B »): each one wrote
    with the owner, though no publication list says so."""
    if page.owner is None or not page.may_match(block, "COAUTHOR_CUES"):
        return
    for _, sentence in sentences(block.text):
        for cue in LEXICON.pattern("COAUTHOR_CUES").finditer(sentence):
            for name in names_after(sentence[cue.end() :].lstrip(" :,"))[0]:
                if not _is_owner(page, name):
                    page.add(
                        page.owner.name, Relation.COAUTHOR, name, sentence, "coauthor.named", 0.6
                    )


def award_mentors(page: Page, block: Block) -> None:
    """ "K23 …, Mentored Career Development Award (2017–2022). Mentor: Dr. B" under the
    grants: the award's mentors advised its holder, the owner (a grant's PI did not)."""
    if (
        "entor" not in block.text
        or page.owner is None
        or page.kind(block) not in (SectionKind.GRANTS, SectionKind.AWARDS)
        or not LEXICON.pattern("MENTORED_AWARDS").search(block.text)
    ):
        return
    period = parse_period(block.text)
    for label in _AWARD_MENTOR.finditer(block.text):
        names, _ = names_after(block.text[label.end() :])
        for name in names:
            if not compatible(name, page.owner.name):
                page.add(
                    page.owner.name,
                    Relation.ADVISOR_OTHER,
                    name,
                    block.text.strip(),
                    "supervision.award-mentor",
                    0.6,
                    period,
                )


def supervision(page: Page, block: Block) -> None:
    """The owner's advisors: "under the supervision of A and B", "Supervisors: A (DR)".

    A third-person sentence that names its subject first ("Mei Chen defended her PhD
    (advisor: Ruth Abara)") is about that person, on any page.
    """
    if page.offer or block.kind is BlockKind.HEADING:
        return
    if (
        page.owner is not None
        and page.kind(block) is SectionKind.SERVICE
        and _context_near(block.text, len(block.text)) is None
    ):
        # "Service" › "Progress review panels: A (supervisor B)", "Mentee, leadership
        # programme (mentor: C)": others' advisors, a programme's mentor; the owner's own
        # advisors are told with the degree (a PhD, a postdoc), not among bare duties.
        first = len(page.claims)
        _supervision(page, block)
        page.claims[first:] = [
            c
            for c in page.claims[first:]
            if not (c.subject == page.owner.name and c.relation in _ADVISORS)
        ]
        return
    _supervision(page, block)
    if page.owner is not None and "student" in block.text and "s " in block.text:
        _possessed_student(page, block)
    if page.owner is not None and (answer := _CLEFT_ANSWER.match(block.text)) is not None:
        _answered_advisor(page, block, answer)


# "— Qui a dirigé votre thèse ? — C'est A, à l'époque professeur à X, qui m'a proposé le
# sujet", "Who supervised your PhD? It was B": the answer's cleft names the guest's advisor.
_CLEFT_ANSWER = re.compile(
    r"^\W*(?:C['’]est|C['’]était|It\s+was|That\s+was)\s+"
    r"(?:(?:le|la)\s+(?:professeure?|Pr\.?)\s+|(?:Professor|Prof\.|Dr\.?)\s+)?(?=[A-ZÀ-Þ])"
)


def _answered_advisor(page: Page, block: Block, answer: re.Match[str]) -> None:
    """The advisor an interview's answer names right after its question on the advisor."""
    index = page.index(block)
    question = page.document.blocks[index - 1].text.rstrip() if index else ""
    if not question.endswith("?") or not LEXICON.pattern("ADVISOR_QUESTIONS").search(question):
        return
    advisor = name_at_start(block.text[answer.end() :])
    if advisor is None or _is_owner(page, advisor):
        return
    first = next(iter(sentences(block.text)), (0, block.text))[1]
    page.add(
        page.owner.name,
        ADVISOR[Context.PHD],
        advisor,
        (question + " " + first).strip(),
        "supervision.answer",
        0.6,
        _period_for(Context.PHD, parse_period(block.text)),
    )


# "… (2019), where he was B's first doctoral student": the subject's advisor, named as the
# one whose student the subject was.
_POSSESSED_STUDENT = re.compile(
    r"\b(?:[Hh]e|[Ss]he|[Tt]hey|I)\s+(?:was|were|is|are|am|became)\s+"
    r"(?P<a>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})['’]s?\s+"
    r"(?:(?:first|last|former|only|second|third|own)\s+)?"
    r"(?P<kind>doctoral|ph\.?\s?d\.?|postdoctoral)\s+(?:student|candidate|fellow|researcher)\b"
)


def _possessed_student(page: Page, block: Block) -> None:
    for match in _POSSESSED_STUDENT.finditer(block.text):
        advisor = name_from_piece(match.group("a"))
        if advisor is None or _is_owner(page, advisor):
            continue
        before = years_in(block.text[max(0, match.start() - 60) : match.start()])
        postdoc = match.group("kind").lower().startswith("post")
        period = Period(None, before[-1]) if before and not postdoc else Period()
        evidence = block.text[max(0, match.start() - 120) : match.end()]
        context = Context.POSTDOC if postdoc else Context.PHD
        page.add(
            page.owner.name,
            ADVISOR[context],
            advisor,
            evidence,
            "supervision.possessive",
            0.7,
            period,
        )


_ADVISORS = frozenset(
    (
        Relation.ADVISOR_PHD,
        Relation.ADVISOR_POSTDOC,
        Relation.ADVISOR_INTERNSHIP,
        Relation.ADVISOR_OTHER,
    )
)


def _supervision(page: Page, block: Block) -> None:
    """supervision's reading of one block, its service-section filter aside."""
    if (
        " | " in block.text
        and len(cells := block.text.split("\n", 1)[0].split(" | ")) > 2
        and all(":" in cell for cell in cells[1:])  # (a table's row, its cells labelled)
        and (lead := name_from_piece(cells[0]))
        and not _is_owner(page, lead)
    ):
        return  # "A | Années : 2021–2024 | Directeur de thèse : B": a row about A, not the owner
    if (
        " | " in block.text
        and ":" in block.text
        and "\n" not in block.text
        and (row := _student_cell_first(block.text))
        and not _is_owner(page, row.split(" | ", 1)[0])
    ):
        # "2023 | Level: M1 | Name: A | Co-advisor: B": a row about its student A, whose
        # co-advisor B advised A, not the owner; under "Internships" the owner's intern.
        if page.kind(block) is SectionKind.INTERNSHIP:
            section = (*block.section[:-1], "Students", *block.section[-1:])
            student_list(page, Block(block.kind, block.text, block.level, section))
        return
    if (
        "\n" in block.text
        and len(first := block.text.split("\n", 1)[0]) <= CARD_NAME_CHARS
        # (the name first: a cached answer, where the cues' search reads the whole block)
        and is_card_name(first)
        and LEXICON.pattern("SUPERVISION_CUES").search(block.text, len(first))
        and (card := name_from_piece(first)) is not None
        and not _is_owner(page, card)
    ):
        return  # "A" / "PhD student (2023–), co-supervised by B": a member's card, A's
    kind = _own_kind(page, block)
    if (
        kind is SectionKind.STUDENTS
        and block.kind is BlockKind.PARAGRAPH
        and _MY_THESIS.search(block.text)
    ):
        # "Encadrement" › "… J'ai effectué ma thèse à X, encadrée par A": the owner's own.
        kind = SectionKind.ABOUT
    if kind is SectionKind.STUDENTS and card_bio_paragraph(page, block):
        kind = SectionKind.ABOUT  # "Team" › "A" › A's pop-up bio: A's own path
    if kind is SectionKind.STUDENTS and block.kind is BlockKind.PARAGRAPH:
        if any(map(block.text.__contains__, _HAS_ADVISED_WORDS)):
            _has_advised(page, block)  # "My students … A a dirigé la thèse de B": lineage
        return
    if kind in QUIET or kind is SectionKind.STUDENTS:
        return
    if block.kind is BlockKind.PARAGRAPH and " my " in block.text and "ised my" in block.text:
        _named_advised_mine(page, block)
    if (
        block.kind is BlockKind.PARAGRAPH
        and 0 < (colon := block.text.find(":", 0, STUDENTS_LABEL_CHARS)) < block.text.find("(")
        and heading_kind(block.text[:colon]) is SectionKind.STUDENTS
    ):
        return  # "Current PhD students: A (2021–; co-supervisor B), C": the students' advisors
    if kind is SectionKind.JURY and (continued := _continued_label(page, block)):
        block = continued
    if (
        kind is SectionKind.JURY
        and not _advisor_label(block)
        # ("Soutenances" › "A a soutenu sa thèse, dirigée par B": a newsletter's item, A's own)
        and not (
            block.kind is BlockKind.PARAGRAPH
            and page.owner is not None
            and page.owner.how in _ITEM_OWNERS
            and block_subject(block.text) == page.owner.name
        )
        # ("Soutenances récentes" › "A a soutenu … sa thèse, dirigée par B" on a lab's page
        # without an owner: the item tells A's own defence)
        and not (
            "outenu" in block.text
            and (page.owner is None or page.owner.how in _ITEM_OWNERS)
            and (told := block_subject(block.text))
            and (page.owner is None or told == page.owner.name)
        )
    ):
        return
    if (";" in block.text or _JOINED_TWO in block.text) and (
        turned := _inverted_field(block)
    ) is not None:
        block = turned  # "Promoteur(s): Lambotte, Xavier ; Mbuyi-Kalala, Pascaline"
    if "/" in block.text and "upervis" in block.text and (turned := _turned_dated_fields(block)):
        block = turned  # "Supervisors: Gagnon-Okafor, Réjean, 2010/9 - 2015/6"
    _lineage(page, block)
    _role_heading(page, block)
    if "(" in block.text and ("Pr" in block.text or "Dr" in block.text) and page.owner:
        _bracketed_host(page, block)
    first_line = block.lines[0] if block.lines else ""
    item_period = None  # the entry's period, read when a cue first needs it
    # ("Promotie mw. A MSc": the degree a heading's person holds says no kind of thesis)
    section_text = " ".join(_POST_NOMINAL_END.sub("", title) for title in block.section[-2:])
    # Word lists that cannot match in the block are not searched in each sentence.
    unrelated = page.may_match(block, "NOT_RELATION")
    jury_cues = page.may_match(block, "JURY_CUES")
    strong_cues = page.may_match(block, "SUPERVISION_CUES")
    # "Directeur de recherche : A" on a thesis record (Québec): the thesis's director, not
    # the French rank the words name elsewhere.
    directed = (
        "irect" in block.text
        and page.owner is not None
        # ("Doctorante : A" › "Directeur : B — Co-encadrante : C": a defences list's record)
        and (page.owner.how in _RECORD_OWNERS or page.owner.how in _DEFENCE_SUBJECTS)
        and _DIRECTOR_LABEL.search(block.text) is not None
    )
    strong_cues = strong_cues or directed
    context_cues = page.may_match(block, "CONTEXT_CUES") and bool(
        LEXICON.pattern("CONTEXT_CUES").search(block.text)  # (its literals are short: "the")
    )
    # A weak cue ("with") only counts with a context (PhD, postdoc, internship) written in
    # the block or its headings: prose without one skips its many "with".
    weak_cues = _writes_context(block.text, section_text) or (
        page.kind(block) is SectionKind.INTERNSHIP
    )
    if page.owner is not None and ("johdolla" in block.text or "ohjauksessa" in block.text):
        _finnish_led_by(page, block)
    if not (strong_cues or weak_cues or context_cues):
        return
    # The cue lists searched in each sentence only where one of their phrases is written
    # in full in the block.
    low = lowered(block.text)
    unrelated = unrelated and _writes_phrase(low, "NOT_RELATION")
    jury_cues = jury_cues and _writes_phrase(low, "JURY_CUES")
    strong_cues = strong_cues and _writes_phrase(low, "SUPERVISION_CUES")
    weak_written = _writes_phrase(low, "WEAK_SUPERVISION_CUES")
    paired = [
        line
        for line in block.lines
        if " and " in line[:60]
        and ":" in line[:80]
        and any(w in line for w in _ROLE_STEMS)
        and _paired_roles(page, block, line)
    ]
    previous = None
    for offset, sentence in sentences(block.text):
        previous, told = sentence, _told_of_my_student(previous, sentence)
        if told:
            continue  # "My student A defended …. She was co-advised by B": A's advisors
        if (
            page.owner is not None
            and ("jointly" in sentence or "co-" in sentence or "codirig" in sentence)
            and (first := _FIRST_NAME_CO.search(sentence)) is not None
            and (given := first.group("a") or first.group("b") or first.group("c"))
            and fold(given) not in {fold(part) for part in re.split(r"[\s-]+", page.owner.name)}
            # (a given name the page writes in full elsewhere, no "She was co-advised by")
            and re.search(rf"\b{re.escape(given)}\s+[A-ZÀ-Þ]", page.document.text) is not None
        ):
            continue  # "Paulo's thesis was co-supervised by B": a student's, by first name
        if page.owner is not None and ("stage" in sentence or "ntern" in sentence):
            _who_hosted_intern(page, sentence)
        other = LEXICON.pattern("NOT_RELATION").search(sentence) if unrelated else None
        while other and (
            "(" in sentence and funding_aside(sentence, other) or post_at_place(sentence, other)
        ):
            other = LEXICON.pattern("NOT_RELATION").search(sentence, other.end())
        if (
            other
            and _FUNDING_WORD.match(sentence, other.start())
            and sentence[: other.start()].rstrip().endswith((";", ","))
        ):
            # "…, dans le groupe du Pr A ; financement X": the funding closes the entry, its
            # host named before it ("…, accueilli par B, financé par une bourse X" too)
            sentence, other = sentence[: other.start()], None
        if other and not _postdoc_pi_label(block.text, sentence, other):
            cue = LEXICON.pattern("SUPERVISION_CUES").search(sentence, 0, other.start())
            if cue is None and weak_cues and "of Pr" in sentence:
                # "Group of Prof. A (X Lab); funded by a grant (PI: B)": a weak cue that
                # names a titled person (a stay "thanks to a grant" stays left out)
                cue = _TITLED_GROUP_OF.search(sentence, 0, other.start())
            if (
                cue is None
                and weak_cues
                and "PI" in sentence[other.start() :]
                and _context_near(sentence[: other.start()], other.start()) is Context.POSTDOC
            ):
                # "a postdoctoral associate working with A on project X (PI: B)": the
                # postdoc's host is named before the grant's holder
                cue = LEXICON.pattern("WEAK_SUPERVISION_CUES").search(sentence, 0, other.start())
            named = _EPITHET.sub("", sentence[cue.end() : other.start()]) if cue else ""
            if cue is None or not names_after(named)[0]:
                continue
            # "thèse sous la direction de A et de B, avec un financement X": the advisors
            # are named before the funding (or teaching) the sentence goes on to.
            sentence = sentence[: other.start()]
        if _ancestor_label(sentence):
            continue
        if _welcomes_student(sentence):
            continue  # "A started her PhD with me, co-supervised by B": A's advisors
        if paired and any(sentence.strip() in line for line in paired):
            continue  # (read as a pair of roles above)
        if page.owner is not None and "," in sentence:
            _who_advised(page, block, sentence)
        committee = jury_cues and LEXICON.pattern("JURY_CUES").search(sentence)
        if committee and _joined_to_cue(sentence, committee):
            committee = None  # "Betreuer und Erstgutachter: A": the advisor's label too
        if committee and _PRIZE_JURY_CHOSE.match(sentence):
            committee = None  # "Le jury a souhaité distinguer la thèse de A, dirigée par B"
        if committee and AFTER_EVENT.search(
            sentence, max(0, committee.start() - AFTER_EVENT_CHARS), committee.start()
        ):
            committee = None  # "après la soutenance, un postdoc chez B": a time, no jury
        if (
            committee
            and committee.start() <= 2
            and committee.group()[:3].lower() in ("sou", "déf", "def")
            and _EVENT_OF_NAME.match(sentence, committee.end())
        ):
            # "Soutenance de A le 28 novembre — thèse dirigée par B": the event that opens
            # the line names its candidate, whose advisor follows (no jury's member)
            committee = None
        if (
            committee
            and (chaired := _CHAIRED_BY.match(sentence, committee.end() + 1)) is not None
            and (relative := _RELATIVE_CUT.search(sentence, chaired.end())) is not None
        ):
            # "C'est devant un jury présidé par C que A a soutenu sa thèse, préparée sous la
            # direction de B": the chair's clause alone is the jury's, the rest A's thesis
            sentence, committee = sentence[relative.end() :], None
        if committee:
            # "Advisor: A · Committee: B (chair), C": the advisor's part comes first.
            # "Directeur(s) : A | Jury : B": a label cue holding its colon counts too.
            if not LEXICON.pattern("SUPERVISION_CUES").search(
                sentence, 0, committee.start()
            ) and not any(
                # ("Promotion bei A; Zweitgutachter: B": a context cue after the degree)
                m.group()[-1] in ":："
                or _writes_context(sentence[: m.start()])
                # ("Her dissertation director was A; the second reader was B": the cue's
                # own words say which thesis)
                or _writes_context(m.group())
                for m in LEXICON.pattern("CONTEXT_CUES").finditer(sentence, 0, committee.start())
            ):
                continue
            sentence = sentence[: committee.start()]
        strong = list(LEXICON.pattern("SUPERVISION_CUES").finditer(sentence)) if strong_cues else []
        if directed:
            strong += [
                m
                for m in _DIRECTOR_LABEL.finditer(sentence)
                if m.group()[:1].lower() == "d"  # (a director's label, no host's)
                and not any(s.start() <= m.start() < s.end() for s in strong)
            ]
        weak = (
            list(LEXICON.pattern("WEAK_SUPERVISION_CUES").finditer(sentence))
            # (a sentence cut at a committee cue may end in a context word of its own)
            if weak_written and (weak_cues or committee and _writes_context(sentence))
            else []
        )
        if weak_cues and "aboratoire d" in sentence:
            # "Chercheur post-doctoral, Université X, laboratoire de A B": a person's lab,
            # its head the host (a lab named after its field names nobody)
            weak += [m for m in _PERSON_LABORATORY.finditer(sentence) if _person_named(m)]
        contextual = [
            m
            for m in (
                LEXICON.pattern("CONTEXT_CUES").finditer(sentence)
                if context_cues or committee
                else ()
            )
            if not any(s.start() <= m.start() < s.end() for s in strong)
        ]
        if contextual and (
            _TALK_HOST.search(sentence)
            or _HOST_LABEL.match(sentence)
            and _TALK_HEADLINE.search(_headline(page))
        ):
            # ("Host: Prof. B" under a colloquium's announcement: who invited the speaker)
            # "Invited talk, X seminar, 2023 (host: Prof. B)": the talk's host, no postdoc.
            contextual = [m for m in contextual if not m.group().lower().startswith("host")]
        if (
            contextual
            and (stay := LEXICON.pattern("STAY_WORDS").search(sentence))
            and not any(
                LEXICON.context_patterns[c].search(sentence) for c in ("postdoc", "internship")
            )
            and not _MASTERS_STAY.search(sentence)
            # ("Séjour doctoral à l'Université X, accueilli par B": a visiting doctoral
            # student's host, read as such)
            and not LEXICON.pattern("DOCTORAL_STAYS").search(sentence)
        ):
            # "lors d'un séjour à l'Université X, où j'ai été accueilli par B": a research
            # stay's host, no advisor of the owner's (a master's stay is an internship).
            contextual = [
                m for m in contextual if m.start() < stay.start() or not _STAY_HOST.match(m.group())
            ]
        if contextual and _talk_page(page):
            # A talk's "Host: Prof. B" is the seminar's host, not the speaker's postdoc host.
            contextual = [m for m in contextual if not m.group().lower().startswith("host")]
        if contextual and "irector" in sentence:
            # "Placement Director: Prof. B", "Program Director: C": an office, no thesis's.
            contextual = [
                m
                for m in contextual
                if not (
                    m.group().lower().startswith("director")
                    and _OFFICE_BEFORE.search(sentence, 0, m.start())
                )
            ]
        cues = (
            [(m, True) for m in strong]
            + [
                (m, False)
                for m in weak
                if not any(s.start() <= m.start() < s.end() for s in strong)
            ]
            # "mentor: X", "host: Y": a cue written as a label is explicit.
            # "directeur(s) :" holds its own colon.
            + [
                (m, bool(re.match(r"\s*[:：]", sentence[m.end() :]) or m.group()[-1] in ":："))
                for m in contextual
            ]
        )
        for match, is_strong in sorted(cues, key=lambda c: c[0].start()):
            if (
                not is_strong
                and match.group().lower() == "chez"
                and any(s.start() > match.start() for s in strong)
            ):
                continue  # "stage chez X (a company), encadré par B": "chez" names the place
            if (
                is_strong
                and PUPIL_CUE.search(match.group())
                and _RELATIVE_BEFORE.search(sentence[max(0, match.start() - 40) : match.start()])
            ):
                continue  # "B, who was herself a student of C", "B, lui-même élève de C"
            if (
                is_strong
                and PUPIL_CUE.search(match.group())
                and (apposed := _APPOSED_BEFORE.search(sentence, 0, match.start())) is not None
                and (pupil := name_from_piece(apposed.group("a"))) is not None
                and not _is_owner(page, pupil)
                and not find_organisations(pupil)
            ):
                continue  # "My advisor was B, a student of C": C advised B (read as lineage)
            if (
                "student of" in sentence
                and (mine := _MY_ADVISOR_STUDENT_OF.search(sentence)) is not None
                and mine.start() <= match.start() < mine.end()
            ):
                continue  # "My own supervisor had been a student of C": C advised mine
            if (
                is_strong
                and match.group()[:3].lower() in ("dir", "hea", "led")
                and (led := _LED_UNIT.search(sentence[max(0, match.start() - 80) : match.start()]))
                and not any(
                    p < match.start()
                    # ("Aquesta tesi … associat al projecte X, dirigit per B": the thesis
                    # before the project's words is not what B directs)
                    and not (
                        _PROJECT_WORD.match(led.group())
                        and p < max(0, match.start() - 80) + led.start()
                    )
                    for p, _ in contexts_in(sentence)
                )
            ):
                continue  # "Elle est membre du LMAJR, dirigé par B": the lab's head
            if not is_strong and _after_next_fact(sentence, match.start()):
                continue  # "sa thèse en 2015, puis ATER auprès de A": no thesis with A
            if not is_strong and _owner_advising(sentence, match.start()):
                continue  # "I mentor X", "I co-supervised X with B": owner_advises reads it
            if not is_strong and _in_quoted_title(sentence, match.start()):
                continue  # 'Thesis: "Bargaining under Split Chambers"': a title's own word
            if _pupil_at(sentence, match):
                continue  # "with A, a PhD student of B", "A, a student of B": A is B's student
            role_after_name = False
            read_lead = None
            rest = sentence[match.end() :]
            joined = _JOINED_ROLE.match(rest) if rest[:6].lstrip()[:1] in "uaeyo&/" else None
            if joined and _is_role_word(joined["role"]):
                # "Betreuer und Erstgutachter: A", "Advisor and first reader: B": one label
                # of two roles, the advisor's among them.
                rest = rest[joined.end() :]
            # "Advisors: A", "Advisor 2: B" (numbered), "Thesis supervisor | A" (table cells).
            # "doctoral advisor (Doktorvater): A": a gloss in brackets before the colon.
            rest = re.sub(
                # ("Codirecteur de recherche : B", a Québec record's label)
                # ("Encadrant·es de proximité : A", "Directrice principale : B": one
                # qualifier before the label's colon)
                # (a plural's "s", not the "s" of "sa directrice" after the cue's space)
                r"^\s*(?:[·•‧⋅.][a-zà-ÿ]{1,5}){0,2}(?:\((?:s|e|es|[a-zà-ÿ]{1,5})\)s?|"
                r"s(?![a-zà-ÿ]))?\s*"
                r"(?:\([^()]{1,30}\)\s*(?=[:：])|de\s+recherche\s*(?=[:：])"
                r"|(?:de\s+proximité|principale?|scientifique|académique|en\s+entreprise|"
                r"de\s+stage)\s*(?=[:：]))?"
                r"(?:\d\s*)?(?:[:：|]|-\s)?\s*",
                "",
                rest,
            )
            if (
                match.group()[:1] in "dcDC"
                and _POSSESSIVE_BEFORE.search(sentence, max(0, match.start() - 8), match.start())
                and match.group().lower() in _BARE_DIRECTION_CUES
            ):
                continue  # "A, qui avait soutenu sous sa direction en 1998, B": A's advisor
            if (
                rest[:1] == ")"
                and sentence[match.start() - 1 : match.start()] == "("
                and rest[1:].lstrip()[:1] in (":", "：")
            ):
                # "Consultant (co-supervisor): B": the cue glosses the label before its colon.
                rest = rest[1:].lstrip(" :：")
            if match.group().endswith(".") and (of_thesis := _OF_THESIS_LABEL.match(rest)):
                rest = rest[of_thesis.end() :]  # "Dir. de thèse : A": an abbreviated cue
            named_as = _WITH_AS.search(sentence, 0, match.start())
            apposed = _APPOSED.search(sentence, 0, match.start()) if not named_as else None
            if apposed and not name_at_start(rest.strip(" :,")):
                # "Je remercie A, ma directrice de thèse, pour …", "I thank B, my advisor":
                # the name stands before its role.
                rest, role_after_name = apposed.group(1), True
            elif named_as:
                # "with A as my supervisor and B as my second supervisor": A is this cue's.
                rest = named_as.group(1)
            elif (copular := _NAME_IS_MY.match(sentence, 0, match.start())) and (
                found := name_at_start(copular["name"])
                or headline_person(page.document, copular["name"])
            ):
                # "A was my PhD advisor at X from 1998 to 2002": the name opens the
                # sentence, the owner is the possessive's; a given name alone ("Gaspard was
                # my …") stands for the headline's person (a memorial page's).
                rest, role_after_name = found, True
            elif (
                not rest.strip(" )].;")
                or _affiliation_aside(rest)
                # "A, Univ. X - Co-encadrant (invité)", cut at the jury word: the aside
                # qualifies the role, the name stands before it
                or "(" in rest[:3]
                and not PARENS.sub("", rest).strip(" )].;(")
            ):
                # "Jane Doe (directrice de thèse)": the role in brackets after the name;
                # "B (co-promotrice, Jardin botanique X)": an affiliation may follow it.
                before = re.sub(r"[(\[]\s*$", "", sentence[: match.start()])
                if ")" in before and len(before) < match.start():
                    # "A (présidente), B (directeur de thèse)": a bracketed role is the
                    # name's just before it, not the first of a list of bracketed roles.
                    last = before[before.rfind(")") + 1 :].strip(" ,;")
                    before = last if name_at_start(last) else before
                named_as = _WITH_AS.search(before)
                if named_as:
                    # "with Dr. B as second supervisor": the name before "as".
                    rest = named_as.group(1)
                elif before.strip(" :-–—,") and not re.search(r"[:：]\s*$", before):
                    # "Jane Doe, Professor, Univ. X, thesis advisor": the role follows the name.
                    lead = name_at_start(before)
                    rest = lead or ""
                    role_after_name = True
                    read_lead = lead  # (a display name: "M. A. Quill" read again loses "M.")
                else:
                    following = page.next_block(block)
                    if following is None or following.kind is BlockKind.HEADING:
                        continue
                    rest = following.lines[0] if following.lines else ""
            if rest[:3].lstrip()[:1] == "(" and (gloss := _GLOSS_BEFORE_COPULA.match(rest)):
                # "my daily supervisor (dagelijks begeleider) was B": the gloss of the role
                rest = rest[gloss.end() :]
            # "My doctoral advisor (at Univ. X) was A": the copula leads to the name.
            rest = _COPULA.sub("", rest)
            # "by our PI A and by B", "par A (directrice) et par B": one list of names.
            rest = _AND_BY.sub(_joined_by, _PI_WORDS.sub("", rest))
            if ", " in rest and _ASIDE_BEFORE_AND.search(rest):
                # "par A, de l'Université X, et par B", "pelo A, da Universidade X, e pela B":
                # each advisor's institution between the two, no third name
                rest = _ASIDE_BEFORE_AND.sub(" ", rest)
            if _REVERSED.match(rest) and not _coordinated(sentence, match, strong):
                continue  # "I was the advisor of X": the owner advises (owner_advises reads it)
            article = rest[:5].lower().lstrip().startswith(("the ", "le ", "la "))
            if article:
                rest = _EPITHET.sub("", rest)  # "a student of the great B": B
            if (article or sentence[match.end() - 3 : match.end()] == " du") and (
                noun := _NOUN_BEFORE_NAME.match(rest)
            ):
                rest = rest[noun.end() :]  # "sous la direction du physicien B": B
            names, listed = names_after(rest) if read_lead is None else ([read_lead], 0)
            if names and ", wh" in rest and read_lead is None:
                # "advised by Mateusz and Priyanka, and A, whose thesis …": A opens a clause
                # of its own (the next student), no advisor
                kept = [n for n in names if not _opens_relative(rest, n)]
                if not kept:
                    continue
                names = kept
            if (
                names
                and ";" in block.text
                and (
                    _PLURAL_LABEL.search(match.group())
                    or _OPEN_PLURAL.match(sentence, match.end(), match.end() + 12)
                )
            ):
                # "Directeurs de thèse : M. A, Professeur, Univ. X ; M. B, Professeur, Univ.
                # Y": the plural label's list goes on past the ";" that ended the sentence.
                names += [
                    n
                    for n in _names_past_semicolons(block.text, offset + len(sentence.rstrip(" ;")))
                    if n not in names
                ]
            if (
                names
                and (lead := _GIVEN_NAME_AND.match(rest)) is not None
                and (full := named_lead(page, lead.group(1))) is not None
                and full not in names
                and not _OWN_PERSON.search(sentence)
            ):
                # "co-advised by Liesel and Prof. B" (a team member's bio on the PI's lab
                # page): the given name of a full name the page writes, then the other
                names = [full, *names]
            if (
                not names
                and rest[:1].isupper()
                and (
                    not _OWN_PERSON.search(sentence)
                    # ("My advisor, A, did his PhD with Ottoline": A's own advisor)
                    or sentence.lstrip()[:1] in "MmOo"
                    and (kin := _MY_KIN_LEAD.match(sentence)) is not None
                    and kin.end() <= match.start()
                    and not _OWN_PERSON.search(sentence, kin.end(), match.start())
                )
            ):
                # "working with Siobhan on …" (a people page's card): the given name of the
                # one full name the page writes with it (not "j'ai encadré … avec Gaspard",
                # the owner's co-supervisor)
                names = _names_or_given(page, rest)
            if names and not is_strong and ", " in rest:
                # "où elle travaille aux côtés de A, ingénieure …": a colleague named by a
                # post that supervises nobody (engineer, student) hosts no stay
                names = [n for n in names if not _peer_after(rest, n)]
            if not names:
                continue
            if page.author and _AND_ME.search(rest, 0, listed) and page.author not in names:
                # "A was co-supervised by B and me" on a post about A's defence: "me" is
                # the post's writer, the site's owner.
                names.append(page.author)
            # An entry's title line speaks for its other lines; in prose, each sentence
            # speaks for itself (the previous one may be about an internship).
            entry = (
                block.kind is BlockKind.ITEM
                or len(sentences(first_line)) <= 1
                # "X Institute, Member (postdoctoral), 2007–2010. Faculty sponsor: A": a
                # label annotates the entry it closes, as on an entry's own line.
                or sentence[match.end() : match.end() + 2].lstrip().startswith(":")
                # ("…, Institute X; PI: Dr. B": a cue that is a label itself, its colon in it)
                or match.group().endswith((":", "："))
            )
            cue_word = match.group()
            told = sentence
            if " and " in sentence and (later := _LATER_CLAUSE.search(sentence, match.end())):
                # "A was advised by B and spent the summer as a visiting student with C": the
                # later clause's stay is C's kind, not B's
                told = sentence[: later.start()]
            bracketed_label = (
                entry
                and "(" in told[: match.start()]
                and told.find(")", match.end()) > 0
                and told.find("(") == told.rfind("(", 0, match.start())
                and _named_alone(told[: told.find("(")], block)
            )
            if bracketed_label:
                # "A (advisor: Prof. B) did a postdoc at X" under "A (PhD 2019)": the bracket's
                # label speaks of A's degree, not of what the sentence tells after it
                told = told[: told.find(")", match.end()) + 1]
            clauses = (
                [c for c in _PASSIVE_CLAUSE.finditer(told) if c.end() <= match.start()]
                if " and " in told
                else []
            )
            own_clause = None
            if clauses and (own := _context_near(told[clauses[-1].end() :], 0)) is not None:
                # "earned his PhD at X in 2019 and was then co-mentored by A and B as a
                # postdoctoral researcher": the cue's own clause says its kind
                told = " " * clauses[-1].end() + told[clauses[-1].end() :]  # (same offsets)
                own_clause = told
            context = (
                _context_near(_before_now(told, cue_word), match.start())
                or (
                    entry
                    and not bracketed_label
                    and (
                        _context_near(_before_now(first_line, cue_word), 10**6)
                        or _context_near(_before_now(block.text, cue_word), 10**6)
                    )
                )
                or None
            )
            if role_after_name and kind is SectionKind.JURY:
                # "M. A, Ingénieur, Port X - Co-encadrant" on a thesis jury: the member's own
                # post says nothing of what they advised, the defence is a thesis's.
                context = Context.PHD
            if context is Context.PHD and entry and _bare_thesis_of_other(sentence, block.text):
                context = Context.OTHER  # "Thèse d'exercice … ; directeur de thèse : B"
            if context is Context.PHD and entry and _thesis_word_only(sentence):
                # "M.Sc. …, Oxbourne University / Dissertation supervised by A": a bare
                # "dissertation" line takes the degree its entry names.
                # (up to this line: "Ph.D. …" / "Advisor: B" over the next entry's "M.Sc. …")
                upto = block.text[: offset + len(sentence)]
                context = _context_near(_before_now(upto, cue_word), 10**6) or context
            from_section = False
            same_line = _entry_before_label(block.text, offset, sentence)
            if context is None and same_line:
                # "Institute X, Member (postdoctoral), 2007–2010. Faculty sponsor: Prof. B":
                # the entry the label's line opens with says its kind.
                context = _context_near(same_line, 10**6)
            if (
                context is None
                and entry
                and "\n" not in block.text
                # ("Visitors" › "A" › "PhD student, University X" / "Host: B": the guest's
                # status back home, not the kind of the stay B hosts)
                and not any(VISITORS_HEADING.search(t) for t in block.section[-2:])
            ):
                # "Postdoctoral Researcher, Group X, 2017–2019" / "Mentor: Dr. B": a text
                # dump sets an entry's label line apart; the entry's title says its kind.
                context = _entry_title_context(page, block)
            if (
                context is None
                and not entry
                and offset > 0
                and block.kind is BlockKind.PARAGRAPH
                and (joined := _JOINED_AS_POST.match(block.text)) is not None
                and joined.end() <= offset
                # ("A came to us as a postdoc supervised by B. She has worked with C of the
                # X Service": the post's host named already, C is a colleague; "… from X,
                # where she completed her PhD under B": the earlier degree's advisor)
                and not any(
                    _context_near(block.text[: cue.start()], cue.start())
                    is _context_near(joined["role"], 10**6)
                    for cue in LEXICON.pattern("SUPERVISION_CUES").finditer(
                        block.text, joined.start(), offset
                    )
                )
            ):
                # "A joins us as a postdoctoral researcher from X … She will work with B on
                # …": the post the paragraph opens on is the kind of the later weak cue
                context = _context_near(joined["role"], 10**6)
            if context is None:
                context = _context_near(section_text, 10**6)
                from_section = context is not None
            if context is None and page.kind(block) is SectionKind.INTERNSHIP:
                context, from_section = Context.INTERNSHIP, True
            if (
                context is None
                and match in contextual
                and LEXICON.pattern("OFFICE_LABELS").fullmatch(cue_word)
            ):
                continue  # "L'équipe X" › "Responsable : A": the team's head, no advisor
            if (
                cue_word[:9].casefold() in ("directeur", "directric")
                and len(cue_word.rstrip(" :")) <= 10
                and "utelle" in block.text
                and _UNIT_FACTS.search(block.text)
            ):
                continue  # "Directrice : A" over "Tutelles : CNRS, Université X": the head
            if (
                cue_word[:8].casefold() in ("directeu", "directri", "director")
                and len(cue_word.rstrip(" :")) <= 10
                and _UNIT_CODE_OPENING.search(sentence, 0, match.start()) is not None
            ):
                continue  # "l'école doctorale ED 512 (directeur : A)": the unit's head
            named_as = not is_strong and _AS_ADVISOR_AFTER.match(sentence, match.end())
            if (
                not is_strong
                and match.group().lower() in ("with", "avec")
                and _COURSE_LEAD.match(sentence, 0, match.start())
            ):
                continue  # "Cours « Écologie » (M1) avec A et B": A and B teach it too
            if (
                not is_strong
                and not named_as
                and context not in (Context.POSTDOC, Context.INTERNSHIP)
                and not (match in contextual and context is not None and not from_section)
                and not (
                    context is Context.PHD
                    and _CURRENT_STUDENT.search(sentence[: match.start()])
                    and (
                        _WORKING.match(match.group())
                        # "a PhD candidate at X, where I study Y with Prof. B": the
                        # student's own research, done with B
                        or match.group().lower() == "with"
                        and _STUDY_WITH.search(sentence, 0, match.start()) is not None
                    )
                )
                and not (
                    # "Master's thesis with Dr. A": the thesis itself was done with A.
                    match.group().lower() in ("with", "avec")
                    and _THESIS_BEFORE_WITH.search(sentence, 0, match.start())
                )
                and not (
                    # "He did his PhD at X with A": the degree's own clause names its advisor.
                    context is Context.PHD
                    and (
                        not strong
                        # ("My advisor, A, did his PhD with B": the strong cue names A)
                        or (kin := _MY_KIN_LEAD.match(sentence)) is not None
                        and all(s.end() <= kin.end() for s in strong)
                        # ("I did my PhD with B, and she was in turn a student of C": the
                        # strong cue is B's own advisor's)
                        or " turn " in sentence
                        and all(
                            s.start() > match.start()
                            and _THIRD_PERSON_TURN.search(sentence, 0, s.start())
                            for s in strong
                        )
                    )
                    and match.group().lower() in ("with", "avec")
                    and _DID_PHD.search(sentence[: match.start()])
                )
                and not (
                    # "She obtained her PhD in 2003 at X, working with A", "… his PhD from X
                    # in 1964, where he worked with B": the degree's own participle clause
                    context is Context.PHD
                    and not strong
                    and _WORKING.match(match.group())
                    and _DID_PHD_WORKING.search(sentence, 0, match.start())
                )
                and not (
                    context is Context.OTHER
                    and match.group().lower() in ("with", "avec")
                    and (
                        _OWN_WORK_LEAD.match(sentence[: match.start()])
                        or _DID_MASTERS.search(sentence, 0, match.start())
                    )
                )
            ):
                continue
            confidence = 0.9 if is_strong else 0.7
            if not is_strong and context is Context.PHD and not named_as:
                confidence = 0.5  # "a PhD student ... working with X": likely, not stated
            if context is None and "ponsor" in cue_word:
                continue  # "Faculty sponsor: B" of a reading group, a club: no fellowship's host
            if (
                context is None
                and "ost" in cue_word
                and page.kind(block) is SectionKind.EMPLOYMENT
                and _HOST_WORD.search(cue_word)
            ):
                continue  # "Visiting Professor, Univ. X (host: B)": a visit's host, no thesis
            if context is None:
                context = record_context(page)
            if context is None and entry and HABILITATION_WORD.search(block.text):
                # "2014 Habilitation, Universität X" / "(Mentor: Prof. B)": the mentor of
                # a habilitation, no doctoral advisor
                context = Context.OTHER
            if context is None:
                context, confidence = Context.PHD, 0.55
            if "cademic" in sentence and _ACADEMIC_ADVISOR.search(sentence, 0, match.end()):
                # an infobox's "Other academic advisors: A" beside its "Doctoral advisor: B"
                context = Context.OTHER
            if (
                context is Context.POSTDOC
                and "isit" in sentence
                and _SHORT_STAY.search(sentence) is not None
            ):
                # "Visiting researcher (3 months), Station X — host: B": a stay of weeks or
                # months, no postdoc
                context = Context.OTHER
            period = _clause_period(
                own_clause or (told if bracketed_label else sentence), match.start()
            )
            if (
                not period.empty
                and context is Context.PHD
                and ("outenu" in sentence or "efended" in sentence)
                and (defended := _DEFENDED_IN.search(sentence))
                and (period.end or period.start) < int(defended.group(1)) - 1
            ):
                # "Ma thèse, Reconstruire … (1946-1962), a été soutenue en 2019": the years of
                # its title's subject, long before the defence, are no thesis's.
                period = Period(None, int(defended.group(1)), single=False)
            if period.empty and same_line:
                period = parse_period(same_line)  # "University X, Ph.D., 2007. Advisor: A"
            if period.empty:
                if item_period is None:
                    item_period = entry_period(page, block)
                period = item_period
                if block.kind is BlockKind.PARAGRAPH and "\n" in block.text[:offset]:
                    period = _line_above_period(block, offset) or period
                if period.single and context is Context.PHD and block.kind is BlockKind.PARAGRAPH:
                    period = arrival_to_defence(block.text, period)
            if period.empty and context is Context.PHD:
                # The thesis's dates stated elsewhere in the paragraph ("Ma thèse, commencée
                # en octobre 2023"), or once above a list of roles in its section.
                scope = block.text
                if not entry:
                    then = THEN.search(sentence, match.end())
                    # "ma thèse sous la direction de A, puis un post-doctorat (2017–2019)":
                    # the years after "puis" are the next position's; "Je suis chargé de
                    # recherche depuis 2020." is another sentence's position.
                    scope = " ".join(
                        (sentence[: then.start()] if then else sentence)
                        if other == sentence
                        else other
                        for _, other in sentences(block.text)
                        if other == sentence or _thesis_sentence(other)
                    )
                period = parse_period(scope)
                defended = _DEFENDED_IN.search(block.text)
                if defended and not entry:
                    # "Soutenue le 12 novembre 2024. Thèse dirigée par A": the thesis's end
                    # (and its start, when the thesis's sentences gave years ending then).
                    ended = int(defended.group(1))
                    if period.single or period.end != ended or not period.start:
                        period = Period(None, ended, single=False)
                elif period.single and not entry:
                    period = Period()  # a lone year elsewhere in prose is another fact's
                if period.empty or period.single:
                    years = (years_in(block.text) if entry else []) or _section_years(page, block)
                    period = Period(max(years), None, single=True) if years else period
                    own = years_in(block.text) if entry else []
                    since = _section_since(page, block) if years and not own else None
                    # "doctorant … depuis octobre 2022" just above: the thesis's start.
                    period = Period(since, None) if since and since == max(years) else period
                    stated = _section_range(page, block) if years and not own else None
                    if stated is not None and stated.end == max(years):
                        period = stated  # "Doctorant CIFRE (2023-2026)" just above
            if (
                period.single
                and context is not Context.PHD
                and _JOINS.search(sentence, 0, match.start())
            ):
                period = period.as_start()  # "joins the group as a postdoc working with B"
            if (
                period.single
                and context is not Context.PHD
                and context is not Context.INTERNSHIP
                and _STARTS_STAY.search(sentence, 0, match.start())
            ):
                period = period.as_start()  # "[Oct 2023] Started my postdoc with B"
            if (
                period.single
                and context is Context.PHD
                and _THESIS_STARTS.search(sentence, 0, match.start())
            ):
                period = period.as_start()  # "[Sep 2020] Started my PhD under B": its start
            if (
                period.empty
                and context is Context.PHD
                and HABILITATION_WORD.search(_headline(page)) is None
                # (a "Read also" teaser's thesis is not the one the page announces)
                and not (page.owner is not None and page.owner.how == "teaser")
            ):
                # A defence page: the thesis ends with the defence it announces.
                year = defence_year(page, block)
                period = Period(year, None, single=True) if year else period
            if (
                context is Context.INTERNSHIP
                and from_section
                and period.start
                and period.end
                and period.end - period.start >= 2
            ):
                context = Context.OTHER  # a multi-year project is not an internship
            after = _AFTER_FACT.search(sentence, 0, match.start()) if "fter " in sentence else None
            if after and not period.empty and not years_in(sentence[after.start() :]):
                period = Period()  # "joined X in 1990, after a PhD under A": not the PhD's year
            own_degree = _ADVISOR_OWN_DEGREE.match(sentence) if "(" in sentence else None
            if (
                own_degree
                and match.start() >= own_degree.end("bracket")
                and not years_in(sentence[own_degree.end("bracket") :])
            ):
                # "A (PhD 1998, University X) — my doctoral advisor": the bracket holds A's
                # own degree, not the years A advised the page's owner.
                period = Period()
            if (
                not period.empty
                and sentence.lstrip()[:1] in "MmOo"
                and (kin := _MY_KIN_LEAD.match(sentence)) is not None
                and match.end() <= kin.end()
            ):
                period = Period()  # "My advisor, A, did his PhD in 2001 with B": A's own year
            if "s " in sentence[max(0, match.start() - 3) : match.start()] and _others_own(
                page, sentence[: match.start()]
            ):
                continue  # "B — A's advisor" (a lineage list): B advised A, not the owner
            if "whose" in sentence and _WHOSE_OWN.search(sentence, 0, match.start()):
                continue  # "under B, whose own advisor was C": C advised B (read as lineage)
            if ("dont " in sentence and _HEAD_OF_ANTECEDENT.search(sentence, 0, match.start())) or (
                "its " in sentence and _ITS_HEAD_AFTER.match(sentence, match.end())
            ):
                continue  # "la plateforme X, dont le responsable est B": X's head, no advisor
            if " turn " in sentence and _THIRD_PERSON_TURN.search(sentence, 0, match.start()):
                continue  # "… with B, and she was in turn a student of C": C advised B
            near = sentence[max(0, match.start() - 12) : match.start()]
            hers = None
            if (
                ("r " in near or "s " in near)
                and _THIRD_OWN_BEFORE.search(sentence, 0, match.start())
                and LEXICON.pattern("FIRST_PERSON").search(sentence)
            ):
                # "Her own advisor, C, is my academic great-grandfather": hers, the one the
                # sentence before names last when the pronoun opens this one
                hers = (
                    _last_other(page, block.text[max(0, offset - 300) : offset])
                    if offset > 0 and _THIRD_OWN_OPENING.match(sentence, 0, match.start())
                    else None
                )
                if hers is None:
                    continue
            if (
                "not " in sentence
                and " but " in sentence
                and (denied := _NOT_BUT.search(sentence, max(0, match.start() - 20)))
                and denied.start() < match.start() < denied.end()
            ):
                continue  # "not my supervisor but my officemate, B": B is no advisor
            subject = hers or (
                None if role_after_name else _sentence_subject(sentence, match.start())
            )
            if subject is not None and subject.count(" ") == 1:
                subject = _fuller_before(subject, page.document.text, sentence)
            if (
                subject is None
                and "dont " in sentence
                and page.owner is not None
                and (whose := _WHOSE_THESIS_CO.search(sentence, 0, match.start()))
                and (student := name_from_piece(whose["a"])) is not None
                and not _is_owner(page, student)
            ):
                # "A, dont il a codirigé la thèse avec B": A's thesis, the owner and B its
                # advisors
                page.add(
                    student,
                    ADVISOR[context],
                    page.owner.name,
                    sentence.strip(),
                    "supervision.cue",
                    confidence - 0.1,
                    Period(),
                )
                subject = student
            several = (
                _THESES_OF_BEFORE.search(sentence, 0, match.start())
                if subject is None and not role_after_name and "s " in sentence
                else None
            )
            if several and len(students := names_after(several.group("names"))[0]) > 1:
                # "… dont celles d'A et de B, toutes deux dirigées par F": each one's advisor
                for student in students:
                    for name in names:
                        if name != student:
                            page.add(
                                student,
                                ADVISOR[context],
                                name,
                                sentence.strip(),
                                "supervision.cue" if is_strong else "supervision.weak-cue",
                                confidence - 0.1,
                                _period_for(context, parse_period(_after_name(sentence, student))),
                            )
                continue
            if (
                subject is None
                and not role_after_name
                and "s " in sentence[:60]
                and (poss := _POSSESSIVE_LEAD.match(sentence, 0, match.start()))
            ):
                # "Ferraz's thesis was co-supervised by B": the possessor's thesis, named by
                # the family name the page wrote in full before (never the owner's)
                subject = _family_lead(page, poss["a"])
                if subject is None or _is_owner(page, subject):
                    continue
                period = _period_for(context, parse_period(sentence))  # (its own years only)
            if subject is None and not role_after_name and (lead := _LEAD_PERSON.match(sentence)):
                # "Liesel in turn obtained her PhD under B, so B is my academic grandfather":
                # the one the sentence opens on, named on the page, not the owner.
                subject = named_lead(page, lead.group("a"))
            if (
                subject is None
                and not role_after_name
                and sentence[:1] == "C"
                and _DEMONSTRATIVE.match(sentence)
                and (named := _last_other(page, block.text[max(0, offset - 300) : offset]))
            ):
                # "… une thèse dirigée par B. Celui-ci, qui fut lui-même l'élève de C, …":
                # the pronoun stands for the one named last before it (its own years).
                subject = named
                period = parse_period(sentence)
            if (
                subject is None
                and not role_after_name
                and (clause := _PRONOUN_CLAUSE.search(sentence, 0, match.start()))
                and (named := _first_other(page, sentence[: clause.start() + 1]))
            ):
                # "A joined in 2021 as my first student; she is co-advised by B": A's (and
                # the years of the pronoun's own clause only)
                subject = named
                period = parse_period(sentence[clause.start() : match.start()])
            if (
                subject is None
                and not role_after_name
                and (sentence[:1] in _CHEER_INITIALS or not sentence[:1].isalnum())
                and (cheer := _CHEERED.match(sentence, 0, match.start()))
            ):
                # "Bravo également à A, dont la thèse, dirigée par B, …": the one cheered
                subject = name_from_piece(cheer.group("a"))
            if (
                subject is None
                and not role_after_name
                and (lone := _LONE_PASSIVE.match(sentence, 0, match.end()))
                and (named := named_lead(page, lone.group("a")))
                and not _is_owner(page, named)
            ):
                # "Tobiah was co-advised by Prof. B" after "my student Tobiah A": A's advisor
                subject = named
            if (
                subject is None
                and not role_after_name
                and (lone := _GIVEN_NOW.match(sentence, 0, match.start()))
                and (named := named_lead(page, lone.group("a")))
                and not _is_owner(page, named)
            ):
                # "Tobiah is now a postdoc with B" after "my student Tobiah A": A's host
                subject = named
            if subject is None and block.text[:1] in _QUOTE_OPENINGS:
                # "« Je prépare ma thèse sous la direction de B. »" / "— A, doctorante": a
                # testimonial speaks for the one its attribution line names
                subject, since = _quote_speaker(page, block)
                if since and period.empty:
                    period = Period(since, None)  # "— A, doctorante depuis 2024"
            if (
                subject is not None
                and (at := sentence.find(subject)) >= 0
                and _EPONYM_SCHEME.match(sentence, at + len(subject))
            ):
                subject = None  # "Marie Curie fellow hosted by B": a scheme's eponym
            if (
                subject is None
                and page.owner is None
                and not role_after_name
                and offset > 0
                and block.kind is BlockKind.PARAGRAPH
                and _PRONOUN_LEAD.match(sentence)
                and (opener := _sentence_subject(block.text[:offset], offset)) is not None
                and _last_other(page, block.text[:offset]) == opener
            ):
                # "A passed his qualifying exam in March. He is advised by B." (a newsletter's
                # item): the pronoun stands for the one the paragraph opens on, named alone
                subject = opener
            heading_person = (
                _heading_person(block)
                if subject is None
                and (
                    _PRONOUN_LEAD.match(sentence)
                    # "Dr. A" › "Betreuung: Prof. B" (a team page's card): the heading's
                    # person is the one the advisors field belongs to.
                    or page.owner is None
                    and _advisors_field(_line_at(sentence, match.start()), ranked=True)
                    and not _roster_card(page, block)
                )
                else None
            )
            if heading_person is not None and not _PRONOUN_LEAD.match(sentence):
                period = _card_period(page, block)
            if heading_person is not None:
                # "Meet our new faculty" › "A" › "He completed his PhD under …": the
                # pronoun stands for the person the block's heading names.
                subject = heading_person
            elif subject is None or _is_owner(page, subject):
                if page.owner is None:
                    subject = (
                        _item_person(block, sentence) or _bracket_field_person(block, match)
                        if subject is None
                        else None
                    )
                    if subject is None:
                        continue
                else:
                    subject = page.owner.name
            else:
                confidence -= 0.1
            if (
                subject == (page.owner and page.owner.name)
                and ("entor" in sentence or "dvise" in sentence or "upervise" in sentence)
                and _OWNER_ADVISES.search(sentence, 0, match.end())
            ):
                continue  # "She mentors two postdoctoral researchers, A and B": A and B's
            if (
                context is Context.INTERNSHIP
                and subject != (page.owner and page.owner.name)
                and _THESIS_OF_BEFORE.search(sentence, 0, match.start())
            ):
                # "co-encadre la thèse de A (direction : B) et a encadré les stages de C":
                # the cue speaks of A's thesis, whatever internships the sentence ends on
                context = Context.PHD
            if (
                period.empty
                and context is Context.PHD
                and block.kind is BlockKind.PARAGRAPH
                and block.section
                and ("(" in block.section[-1] or ", " in block.section[-1])
                and (year := graduate_year(block.section[-1])) is not None
                and compatible(subject, name_at_start(block.section[-1]) or "")
            ):
                # "A (PhD 2011)" › "A wrote her thesis under B …": the heading's year ends it
                period = Period(None, year, single=False)
            if subject == (page.owner and page.owner.name) and any(
                _is_owner(page, name) for name in names
            ):
                # "Postdoc (2024–), co-hosted by A and B" on A's lab page (a member's card):
                # the owner among the advisors, the sentence speaks of someone else
                continue
            for name in names:
                if name == subject:
                    continue
                page.add(
                    subject,
                    ADVISOR[context],
                    name,
                    sentence.strip(),
                    "supervision.cue" if is_strong else "supervision.weak-cue",
                    confidence,
                    _period_for(context, period),
                )


# "A (PhD, University X, 2024)", "A (thèse, Université Y)": a candidate and the degree.
_CANDIDATE_DEGREE = re.compile(
    r"\s*\((?:Ph\.?\s?D\b|D\.?Phil\b|doctora[lt]|doctorate|th[eè]se\b|thesis\b)", re.I
)
# "… und Erstgutachter:", "… and examiner:": a second role joined to a cue's label.
_JOINED_ROLE = re.compile(
    r"\s*(?:and|und|en|e|y|et|&|/)\s*(?P<role>[^\W\d_][\w-]*(?:\s+[^\W\d_][\w-]*){0,2})\s*(?=[:：])",
    re.IGNORECASE,
)


def _joined_to_cue(sentence: str, committee: re.Match[str]) -> bool:
    """Whether the jury word *committee* is the second role of a supervision cue's label
    ("Betreuer und Erstgutachter: A")."""
    if not _LABEL_COLON.match(sentence, committee.end()):
        return False
    before = sentence[max(0, committee.start() - 40) : committee.start()]
    return any(
        _ROLE_CONJUNCTION.fullmatch(before, cue.end())
        for cue in LEXICON.pattern("SUPERVISION_CUES").finditer(before)
    )


_ROLE_CONJUNCTION = re.compile(r"\s*(?:and|und|en|e|y|et|&|/)\s*", re.IGNORECASE)


def _is_role_word(words: str) -> bool:
    """Whether *words* are wholly a jury role or a supervision cue ("Erstgutachter")."""
    return bool(
        LEXICON.pattern("SUPERVISION_CUES").fullmatch(words)
        or any(p.fullmatch(words) for p in LEXICON.jury_role_patterns.values())
    )


# A short bracket between a role and its copula: "supervisor (dagelijks begeleider) was".
_GLOSS_BEFORE_COPULA = re.compile(r"\s*\([^()]{1,40}\)\s*(?=(?:was|is|were|has\s+been)\s)")
_AND_ME = re.compile(r"(?i)\b(?:and|et|&)\s+(?:me|moi|myself)\b|^\s*(?:me|moi)\s+(?:and|et|&)\s")
# "a student of B", "élève de B": a pupil's cue, which a relative clause may give to the
# person named before ("A, who was herself a student of B": B is A's advisor's advisor).
PUPIL_CUE = re.compile(r"(?i)[ée]l[èe]ve|student\s+of")
# "My advisor was A, a student of B", "sous la direction de A (ancienne élève de B)": the
# cue's pupil is the name apposed just before it.
_APPOSED_BEFORE = re.compile(
    r"(?P<a>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,3})\s*[,(]\s*"
    r"(?i:(?:(?:him|her|them)selves?|(?:lui|elle)-même)[\s,]+)?(?i:(?:also|aussi|in\s+turn)\s+)?"
    r"(?i:(?:a|an|une?)\s+)?(?i:(?:former|ancien|ancienne)\s+)?(?i:(?:phd|doctoral)\s+)?$"
)
_RELATIVE_BEFORE = re.compile(
    r"(?i)(?:\bwho\s+(?:was|had\s+been|is)|\bqui\s+(?:était|fut|a\s+été)|\b(?:lui|elle)-même"
    # "My own supervisor had been a student of C": C advised the owner's advisor
    r"|\bmy\s+(?:own\s+)?(?:(?:doctoral|phd|ph\.d\.|dphil|thesis)\s+)?"
    r"(?:advisor|adviser|supervisor|promoter|guide)\s+(?:had\s+been|was)(?:\s+(?:in\s+turn|once))?)"
    r"[\s,]+(?:(?:him|her)self[\s,]+)?(?:(?:also|aussi|ancien|ancienne)\s+)?"
    r"(?:a\s+|an\s+|une?\s+)?(?:(?:phd|doctoral)\s+)?$"
)


# A unit just named before "dirigé par", "directed by": the unit's head, no thesis's.
_LED_UNIT = re.compile(
    r"(?:\b(?i:laboratoire|labo|équipe|unité|institut|département|centre|groupe|projet|"
    r"laboratory|lab|group|department|institute|center|team|unit|project|"
    # ("associat al projecte X, dirigit per B": a project's leader, Catalan and Spanish)
    r"projecte|proyecto)\b[^,;()]{0,60}"
    # ("Le LPTR est dirigé par A": the acronym, then the verb of its head)
    # ("the X Lab, which is directed by A": a relative clause on the unit)
    r"|\b[A-Z][A-Z0-9-]{2,})"
    # ("… des membranes (LBM), dirigé par A": the unit's acronym in brackets after it)
    r"\s*(?:\([^()]{1,20}\))?\s*,?\s*(?:(?i:which|that|qui)\s+)?"
    r"(?:(?:est|était|a\s+été|sera|is|was|has\s+been)\s+)?$"
)


# "the great B", "the late C", "le regretté D": a tribute's epithet before a name.
_EPITHET = re.compile(
    r"(?i)^\s*(?:the|le|la)\s+(?:(?:great|late|legendary|eminent|famous|renowned|celebrated|"
    r"illustrious|grand|regretté|regrettée|célèbre|illustre)\s+)+"
    # ("the legendary field geologist B": the epithet's noun before the name)
    r"(?:(?-i:[a-z]+)\s+){0,3}?(?=(?-i:[A-ZÀ-Þ]))"
)
# "du physicien B", "of the chemist B": a cue's article, then a lower-case noun saying
# what the advisor is, before the advisor's full name.
_NOUN_BEFORE_NAME = re.compile(
    r"\s*(?:(?:the|le|la)\s+)?[a-zà-ÿ]{5,}\s+(?=[A-ZÀ-Þ][a-zà-ÿ'’-]+\s+[A-ZÀ-Þ])"
)
_ACADEMIC_ADVISOR = re.compile(r"(?i)\bother\s+academic\s+advis[oe]rs?$")
_THESIS_BEFORE_WITH = re.compile(r"(?i)\b(?:thesis|dissertation|mémoire|thèse)\s*$")
# "…, con la Dra. B como codirectora", "amb el Dr. C com a codirector", "with D as
# co-advisor": the role after the name says what the weak cue before it does not.
# ("with prof. D (Université X) as co-supervisor": the name's affiliation in between)
_AS_ADVISOR_AFTER = re.compile(
    r"(?i)[^,;()]{3,60}?(?:\s\([^()]{2,60}\))?\s(?:como|com\s+a|as|comme|als)\s+(?:"
    + alternation([re.escape(w).replace(r"\ ", r"\s+") for w in LEXICON.ADVISING_NOUNS])
    + r")\b"
)


def first_of(text: str) -> str:
    return text.split("\n", 1)[0]


def _name_and_role_lines(text: str) -> str:
    """An entry's first line, and its second when the first is only a name (a member's
    card: the name, then the role under it)."""
    lines = text.split("\n", 2)
    if len(lines) > 1 and name_at_start(lines[0]) == lines[0].strip():
        return f"{lines[0]}\n{lines[1]}"
    return lines[0]


def _thesis_word_only(sentence: str) -> bool:
    """The sentence names its kind only with "thesis"/"dissertation", words master's
    degrees use too."""
    generic = LEXICON.pattern("THESIS_WORDS")
    return all(generic.match(sentence, p) for p, _ in contexts_in(sentence))


def _bare_thesis_of_other(sentence: str, text: str) -> bool:
    """ "Thèse d'exercice de médecine … ; directeur de thèse : B": the sentence's bare
    "thèse" is the entry's thesis, which another kind's phrase names (a practice thesis)."""
    found = contexts_in(sentence)
    return (
        bool(found)
        and all(_BARE_THESIS.match(sentence, p) for p, _ in found)
        and any(c is Context.OTHER and _BARE_THESIS.match(text, p) for p, c in contexts_in(text))
    )


# "A was my", "B était ma": a name opening the sentence before the copula and a
# possessive of the first person.
_NAME_IS_MY = re.compile(
    r"^\s*(?P<name>[A-ZÀ-Þ][\w'’. -]{1,60}?)\s+(?:was|is|had\s+been|has\s+been|a\s+été|"
    r"était|est)\s+(?:my|mon|ma)\s+(?:(?:former|first|main|late|ancien|ancienne)\s+)?"
    # ("B was my second supervisor", "C était ma seconde directrice")
    r"(?:(?:second|secondary|primary|principal|joint|other|seconde?|deuxième)\s+)?$"
)


# A job-market CV's "References" (its letter writers): "Prof. A (primary advisor)".
_REFEREES = re.compile(r"(?i)\s*(?:references|referees|letters of reference|letter writers)\s*")
_REFEREE_ROLE = re.compile(
    r"(?P<name>(?:(?:Prof|Dr)\.?\s+)?[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3})\s*"
    r"\((?P<role>[^()]{0,30}\b(?:advisor|adviser|supervisor)[^()]{0,20})\)"
)


_LOWER_WORD_END = re.compile(r"\b[a-zà-ÿ]+\s+$")


def _referee_advisors(page: Page, block: Block) -> None:
    """Under "References" (letter writers, not a bibliography): "Prof. A (primary advisor)"
    names the owner's advisor; the other referees are none."""
    if not block.section or not _REFEREES.fullmatch(block.section[-1]):
        return
    for match in _REFEREE_ROLE.finditer(block.text):
        name = name_from_piece(match.group("name"))
        start = block.text.rfind("\n", 0, match.start()) + 1
        if _LOWER_WORD_END.search(block.text, start, match.start()):
            # "A, Professor, University of B (Ph.D. advisor)": the role closes the
            # referee's line; the capitalised words before it end an organisation.
            name = name_from_piece(block.text[start : match.start()].split(",")[0])
        if name is None or _is_owner(page, name):
            continue
        context = _context_near(match.group("role"), 10**6) or Context.PHD
        page.add(
            page.owner.name,
            ADVISOR[context],
            name,
            match.group().strip(),
            "supervision.referee-role",
            0.7,
            Period(),
        )


def _entry_before_label(text: str, offset: int, sentence: str) -> str:
    """The entry a label sentence follows on its own line ("University X, Ph.D. in Y, 2007.
    Advisor: A"): the line's text before the label, else empty."""
    if not offset or not _LABEL_LINE.match(sentence.lstrip()):
        return ""
    line = text[text.rfind("\n", 0, offset) + 1 : offset].strip()
    return line if line.endswith(".") and len(line) > 15 else ""


def _entry_title_context(page: Page, block: Block) -> Context | None:
    """The kind of supervision the entry line just above a lone label line ("Mentor: B")
    states, in the same section."""
    if not _LABEL_LINE.match(block.text):
        return None
    index = page.index(block)
    for previous in reversed(page.document.blocks[max(0, index - 3) : index]):
        if previous.kind is BlockKind.HEADING or previous.section != block.section:
            return None
        if LONE_DATE.match(previous.text):
            continue  # "Research Intern | Lab X" / "Jun 2019 – Sep 2019" / "Hosts: A"
        if _LABEL_LINE.match(previous.text):
            return None  # "Advisor: A" / "Mentor: B": two labels, no entry title between
        return _context_near(previous.text, 10**6)
    return None


_LABEL_LINE = re.compile(r"[^:：\n]{1,40}[:：]")


def _owner_advising(sentence: str, at: int) -> bool:
    """A cue at or after a first-person advising verb ("I mentor X", "During my PhD I
    co-supervised X with B") names the owner's students and co-advisors, not an advisor of
    the owner ("I was mentored by A" is passive: A's cue)."""
    if "I " not in sentence and "we " not in sentence.lower():
        return False
    for verb in _VERBS.finditer(sentence, 0, at + 12):
        if verb.start() > at:
            break
        if sentence[max(0, verb.start() - 4) : verb.start()] in (" my ", "My "):
            continue  # "…, where my host was B": the noun, not the owner hosting
        if _FIRST.search(sentence, 0, verb.start()) and not _PASSIVE_BY.match(sentence, verb.end()):
            return True
    return False


_PASSIVE_BY = re.compile(r"\s+by\b", re.I)


# "… and spent 2023 as a visiting student with C": a later clause, its own stay and host
_LATER_CLAUSE = re.compile(
    r"\s+and\s+(?:then\s+|later\s+|also\s+)?(?:spent|went|moved|visited|held)\b"
    r"(?=[^.;]*\s(?:with|under)\s+(?:(?:Dr|Prof|Professor)\.?\s+)?[A-ZÀ-Þ])"
)


def _before_now(text: str, cue: str) -> str:
    """The text up to what the person does now ("…, dir. A ; devenir : post-doctorat"),
    when the cue comes before it: a later position is not the supervision's kind."""
    now = _NOW_MARK.search(text) if "evenir" in text or "ow" in text or "ment" in text else None
    return text[: now.start()] if now and cue in text[: now.start()] else text


_JOINED_TWO = " and "  # (the connector _inverted_field reads besides ";", checked first)


# "Supervisors: Gagnon-Okafor, Réjean, 2010/9 - 2015/6" (the Canadian Common CV's degree
# record): each supervisor family name first, then the given name and the dates.
_TURNED_DATED = re.compile(
    r"(?P<family>[A-ZÀ-Þ][\w'’-]+(?:\s[A-ZÀ-Þ][\w'’-]+)?),\s+"
    r"(?P<given>[A-ZÀ-Þ][\w'’.-]+(?:\s[A-ZÀ-Þ][\w'’.-]+)?),\s+"
    r"(?:19|20)\d\d/\d{1,2}\s*-\s*(?:(?:19|20)\d\d/\d{1,2})?"
)


def _turned_dated_fields(block: Block) -> Block | None:
    """The block with its advisors fields' "Family, Given, dates" names turned round."""
    lines = block.lines or [block.text]
    changed = False
    for index, line in enumerate(lines):
        label = _label(line)
        if label is None or not _advisors_field(line):
            continue
        value = label.group(2).strip()
        found = list(_TURNED_DATED.finditer(value))
        if not found or re.sub(r"[\s;,]", "", _TURNED_DATED.sub("", value)):
            continue  # (not every name so written: left as it is)
        names = ", ".join(f"{m['given']} {m['family']}" for m in found)
        lines[index] = f"{label.group(1).strip()}: {names}"
        changed = True
    if not changed:
        return None
    return Block(block.kind, "\n".join(lines), block.level, block.section)


def _inverted_field(block: Block) -> Block | None:
    """An advisors field listing "Family, Given" names between ";" (a repository record),
    with the names turned round: the ";" would otherwise end the sentence."""
    label = _label(block.text) if len(block.lines) == 1 else None
    if label is None or not _advisors_field(block.text):
        return None
    inverted = inverted_names(label.group(2), joined=True)
    if not inverted:
        return None
    names = ", ".join(f"{name} {rest}".strip() for name, rest in inverted)
    return Block(block.kind, f"{label.group(1).strip()}: {names}", block.level, block.section)


_SHORT_STAY = re.compile(
    r"(?i)\(\s*(?:\d{1,2}|one|two|three|four|five|six)\s+(?:months?|weeks?)\s*\)"
    r"|\b(?:\d{1,2}|one|two|three|four|five|six)[- ](?:month|week)s?\b(?!\s+(?:post|fellow))"
    # "spent the summer of 2021 as a visiting researcher": one season's visit
    r"|\b(?:the|a|one)\s+(?:summer|spring|autumn|fall|winter)\b(?:\s+(?:term|semester))?"
    r"(?:\s+of\s+(?:19|20)\d\d)?\s+as\s+an?\s+visiting\b"
)
_AFTER_FACT = re.compile(
    r"(?i)\bafter\s+(?:a|an|his|her|their|my|two|three|several)\s+(?:[\w-]+\s+)?"
    r"(?:ph\.?\s?d|doctorate|postdoc|postdoctoral|years?)"
)
# "Graduate Advisors and Postdoctoral Sponsors: A (Univ. X); B (Institute Y)": two roles,
# then one name for each, in the same order.
_PAIRED_ROLES = re.compile(
    r"^\W*(?P<first>[\w .'-]{0,30}?\b(?:advisors?|advisers?|supervisors?|mentors?|sponsors?|"
    r"hosts?))\s+(?:and|&)\s+(?P<second>[\w .'-]{0,30}?\b(?:advisors?|advisers?|supervisors?|"
    r"mentors?|sponsors?|hosts?))\s*[:：]\s*(?P<names>.+)$",
    re.I,
)


_ROLE_STEMS = ("dvis", "ponsor", "upervis", "entor", "ost")  # (what _PAIRED_ROLES needs)


def _paired_roles(page: Page, block: Block, sentence: str) -> bool:
    """The owner's advisors of two kinds labelled together, read one name per kind."""
    match = _PAIRED_ROLES.match(sentence)
    if match is None or page.owner is None:
        return False
    kinds = [_context_near(match.group(g), 0) for g in ("first", "second")]
    kinds = [kind or Context.PHD for kind in kinds]  # (an advisor named without a kind: PhD)
    names = [n for n in map(name_at_start, _top_level_pieces(match.group("names"))) if n]
    if len(names) != 2 or kinds[0] is kinds[1]:
        return False
    period = entry_period(page, block)
    for name, kind in zip(names, kinds, strict=True):
        if not _is_owner(page, name):
            evidence = sentence.strip()
            page.add(
                page.owner.name, ADVISOR[kind], name, evidence, "supervision.paired", 0.6, period
            )
    return True


_PRONOUN_LEAD = re.compile(r"^\W*(?:He|She|They)\s+[a-z]")


def _bracket_field_person(block: Block, cue: re.Match[str]) -> str | None:
    """The person a list entry opens on, when the cue is an advisors' label in the bracket
    right after the name ("Dr. A (Promotion 2022, Betreuung: Prof. B) – heute X"), on a
    page without an owner."""
    text = block.text
    if block.kind is not BlockKind.ITEM or cue.string != text[: len(cue.string)]:
        return None
    bracket = text.find("(")
    if not 0 < bracket < cue.start() or ")" in text[bracket : cue.start()]:
        return None
    if text[cue.end() : cue.end() + 1] != ":" and not cue.group().endswith(":"):
        return None
    return name_at_start(text[:bracket])


def _card_period(page: Page, block: Block) -> Period:
    """The years of a person's card under its heading: in the advisors' field's paragraph
    or the short line right below it ("seit 2021"), never the card above's."""
    period = parse_period(block.text)
    below = page.next_block(block)
    if (
        period.start is None
        and period.end is None
        and below is not None
        and below.section == block.section
        and len(below.text) < 40
    ):
        period = parse_period(below.text)
    return period


def _line_at(text: str, index: int) -> str:
    """The line of *text* holding *index*."""
    start = text.rfind("\n", 0, index) + 1
    end = text.find("\n", index)
    return text[start:] if end < 0 else text[start:end]


_QUOTE_OPENINGS = '«“„"'
_QUOTE_CLOSINGS = '»”“"'
# "— A, doctorante en géographie": a quotation's attribution line (or its closing's tail).
_ATTRIBUTION = re.compile(r"^\s*[—–―]\s*(?P<name>[^,;()\n]{3,60})")
_ATTRIBUTION_TAIL = re.compile(r"[»”\"]\s*[—–―]\s*(?P<name>[^,;()\n]{3,60})[^»”\"]*$")


def _quote_speaker(page: Page, block: Block) -> tuple[str | None, int | None]:
    """The person a quoted testimonial's attribution names: a dash line right after the
    quotation, in the same section, or the dash after its closing mark; and the year the
    attribution says they have been what they are since ("doctorante depuis 2024")."""
    text = block.text.rstrip()
    if text[-1:] in _QUOTE_CLOSINGS:
        after = page.next_block(block)
        found = (
            _ATTRIBUTION.match(after.text)
            if after is not None and after.section == block.section
            else None
        )
    else:
        found = _ATTRIBUTION_TAIL.search(text[-160:])
    if found is None:
        return None, None
    since = _SINCE_YEAR.search(found.string, found.end(), found.end() + 80)
    return name_from_piece(found.group("name").strip()), int(since.group(1)) if since else None


_SINCE_YEAR = re.compile(r"(?i)\b(?:depuis|since|seit|desde)\s+((?:19|20)\d\d)\b")
TEAM_CARD_BLOCKS = 4  # how far back a card's field looks for its roster line


def _roster_card(page: Page, block: Block) -> bool:
    """ "Kelp Counters" › "Members: A, B, C" › "Mentor: D": the card's heading names a team
    (a roster line above lists two or more people), no one whose field names advisors."""
    index = page.index(block)
    return any(
        other.section == block.section and roster_line(other.text)
        for other in page.document.blocks[max(0, index - TEAM_CARD_BLOCKS) : index]
    )


def _heading_person(block: Block) -> str | None:
    """The person a block's own heading names (a profile's or a news post's section)."""
    if not block.section:
        return None
    heading = block.section[-1]
    label, colon, rest = heading.partition(":")
    if colon and LEXICON.pattern("STUDENT_LABELS").fullmatch(label.strip()):
        heading = rest.strip()  # "Doctorante : A" › "Direction de thèse : B": A's card
    if not is_card_name(heading):
        return None
    return name_at_start(heading)


_LABEL = re.compile(r"^([^:：]{2,60})\s*[:：]\s*(.+)$", re.S)
# ", Jardin botanique X)" closing a bracketed role: an aside after the cue, no person in it.
_ASIDE_TAIL = re.compile(r"^\s*,\s*([^()]+)\)[\s.;]*$")


def _affiliation_aside(rest: str) -> bool:
    """ ", Jardin botanique X)" after a bracketed role: no one else named there."""
    aside = _ASIDE_TAIL.match(rest)
    return bool(aside) and not names_after(aside.group(1))[0]


_OWN_BRACKET_YEARS = re.compile(r"\((?:19|20)\d\d")
# A name before a scheme's word ("Marie Curie fellow", "Humboldt scholar"): the award's
# eponym, not its holder
_EPONYM_SCHEME = re.compile(r"\s+(?:fellows?|fellowships?|scholars?|scholarships?)\b", re.I)


def _label(text: str) -> re.Match[str] | None:
    """``_LABEL.match``, not tried where no colon can end a label (most lines)."""
    return _LABEL.match(text) if ":" in text or "：" in text else None


# A status line over the students below it: "Current:", "Graduated:", "Anciens :".
_STATUS_LINE = re.compile(r"^\W{0,2}[A-Za-zÀ-ÿ][\w' -]{0,30}\s?[:：]\s*$")


def _entry_label(line: str) -> bool:
    """A line opening on a label ("MSc: C (2021)"), not on words whose colon sits inside a
    bracket ("Second supervisor (primary: B)")."""
    label = _label(line)
    return label is not None and "(" not in label.group(1)


# "Akkermans, Tjitske, 3 Mar 2021, Univ. X": a record's turned-round author, then its date.
_PORTAL_AUTHOR = re.compile(
    r"^(?P<name>[A-ZÀ-Þ][^,\d()]{1,40},\s*[A-ZÀ-Þ][^,\d()]{0,30}),\s*"
    r"(?:\d{1,2}\s+[A-Za-zé]{3,9}\.?\s+)?(?:19|20)\d\d\b"
)


# A doctorate's short form opening a line, before a name (never initials: "Ph" is none).
_DOCTORATE_LEAD = re.compile(r"(?:Ph\.?\s?D\.?|D\.?\s?Phil\.?)\s+(?=[A-ZÀ-Þ])")


# "Primary supervisor:", "Second supervisor:" on a student's card: the advisors' rank
# "Co-supervisor: A (since 2021; …)" on an owner's students list: the owner's role label,
# then a student with the dates in a bracket.
_OWNER_ROLE_LABEL = re.compile(
    r"(?i)^\s*((?:co-?|joint\s+|second\s+|secondary\s+|main\s+|principal\s+|primary\s+)?"
    r"(?:supervisor|advisor|adviser|promoter|mentor))\s*:\s*(?=[A-ZÀ-Þ])"
)
_NAME_THEN_DATED_BRACKET = re.compile(r"[^()\n:;,]{3,60}\((?=[^()]*\b(?:19|20)\d\d)")
_SUPERVISOR_RANK = re.compile(
    r"(?i)(?:primary|principal|main|lead|first|second|secondary)\s+(?=supervis|advis)"
)


def _advisors_field(line: str, ranked: bool = False) -> bool:
    """ "Encadrants : A, B", "Directeur de thèse : A" on a student's card: a field naming the
    advisors, not a kind of entry whose names are students; with *ranked* (a card with no
    owner), "Primary supervisor: A" too (on an owner's CV, the owner's role over students)."""
    label = _label(line)
    if label is None:
        return False
    words = label.group(1).strip()
    if ranked and (rank := _SUPERVISOR_RANK.match(words)):
        words = words[rank.end() :]  # "Primary supervisor: A", "Second supervisor: B"
    # ("Betreuung:", "Referent:": a cue that holds its label's colon)
    cue = LEXICON.pattern("SUPERVISION_CUES").match(f"{words}:") or _DIRECTOR_LABEL.match(
        f"{words}:"
    )
    return (
        cue is not None
        and not _CUE_TAIL.sub("", words[cue.end() :]).strip(" :")
        # "Encadrement : A, B", "Supervision: A": the activity, whose names may be students
        and not re.search(r"(?i)(?:ment|sion|ing)\b", words[: cue.end()])
    )


_NAME_SPAN = re.compile(
    # (Latin Extended-A letters too: "Wiśniewski", "Łukasz", "Dvořák"; a Korean given name's
    # second syllable in lower case: "Jun-ho")
    r"\b[A-ZÀ-ÞĀ-ž][a-zà-ÿā-ž'’]+(?:-[A-Za-zÀ-ÿĀ-ž][a-zà-ÿā-ž'’]+)?"
    r"(?:\s+(?:(?:de|van|von|der|da|di|du|le|la|del|dos)\s+)*[A-ZÀ-ÞĀ-ž][A-Za-zà-ÿā-ž'’-]+){1,3}"
)


# A sentence of a people list's entry that opens on the role ("Postdoc with B", "PhD
# student supervised by B"): the entry's person holds it.
_ROLE_OPENING = re.compile(
    r"(?i)^\W*(?:post-?doc(?:toral\s+(?:fellow|researcher|scholar))?|"
    r"(?:ph\.?d\.?|doctoral|graduate)\s+(?:student|candidate))\s+(?:with|under|supervised|"
    r"advised|co-supervised|co-advised|mentored|hosted)\b"
    # "A — Professora Associada. Doutora em X pela Y (2009), sob orientação de B", "Pós-
    # doutorado (2016–2017) na Z, supervisionado por C": a member card's degree sentences
    r"|(?-i:Doutora?\s+em|Doctora?\s+en|Pós-doutorado|Posdoctorado|Postdoc|Pós-doc)\b"
)


def _item_person(block: Block, sentence: str) -> str | None:
    """The person a list entry opens on, for a later sentence of it that opens on a role
    ("A — Research Associate (2023–). Postdoc with B."), on a page without an owner."""
    if block.kind is not BlockKind.ITEM:
        return None
    if block.text.lstrip().startswith(sentence.strip()[:20]):
        return None  # (the entry's first sentence: its list's rules read it)
    first = block.text.split("\n", 1)[0]
    if _ROLE_OPENING.match(sentence):
        return name_at_start(first)
    if "\n" in block.text and len(first) <= CARD_NAME_LINE and (name := name_from_piece(first)):
        # "Dr.-Ing. A" / "Gruppenleiterin seit 2019. Zuvor … bei B promoviert": a card's
        # name line over its bio speaks for the bio's sentences.
        return name
    return None


CARD_NAME_LINE = 60


_THESIS_OF_PASSIVE = re.compile(
    r"(?i:th[eè]se|thesis|dissertation)\s+(?i:de|d['’]|of)\s*"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})"
    r"[^.;]{0,120}?[,(]\s*(?:(?:où|where|and|et)\s+)?(?:il|elle|he|she)\s+(?:est|is)\s+"
    r"(?:(?:également|aussi|also|jointly)\s+)?$"
)
# A prize's jury acting in the sentence ("Le jury a souhaité distinguer la thèse de A,
# codirigée par B", "The committee selected the dissertation of C"): no thesis jury listed.
_PRIZE_JURY_CHOSE = re.compile(
    r"^\W*(?:Le|The)\s+(?:jury|committee|selection\s+committee)\s+(?:a\s+|has\s+)?"
    r"(?:souhaité|décidé|choisi|distingué|retenu|récompensé|salué|tenu\s+à|chose|selected|"
    r"decided|awarded|honou?red|wished)\b"
)
_ARTICLES = frozenset(("Le", "La", "Les", "The", "Un", "Une"))


STORY_BEFORE = 1500  # characters: the sentences of the same story before a sentence


def _fuller_before(subject: str, text: str, sentence: str) -> str:
    """The full name *subject* (two given names: "Wen Hao") shortens, when the sentences
    just before *sentence* write it whole ("Wen Hao Lin defended …"), else *subject*."""
    at = text.find(sentence)
    before = text[max(0, at - STORY_BEFORE) : at] if at > 0 else ""
    if subject not in before:
        return subject
    whole = re.search(rf"(?<![\w-]){re.escape(subject)}[ \t]+[A-ZÀ-Þ][\w'’-]+(?![\w-])", before)
    if whole is None or find_organisations(whole.group()):
        return subject
    return name_from_piece(whole.group()) or subject


def _sentence_subject(sentence: str, cue: int) -> str | None:
    """The person a third-person sentence is about: a full name that opens the sentence
    (after a date) and is followed by a verb ("Mei Chen defended her PhD ..."), in a
    sentence without "I"/"my"/"je"."""
    if ("th" in sentence or "Th" in sentence or "issertation" in sentence) and (
        of := _THESIS_OF_BEFORE.search(sentence, 0, cue)
    ):
        # "la thèse de A (directeur de thèse : B)", "the thesis of A, supervised by B" —
        # also in the first person ("J'ai co-encadré la thèse d'A, dirigée par B": A's
        # thesis, not the owner's; "ma thèse de X" is the owner's own; "j'ai participé au
        # jury de thèse de A à l'Université X, thèse dirigée par B").
        if not _MY_BEFORE.search(sentence, 0, of.start()):
            return name_from_piece(of.group("name"))
    if " est " in sentence or " is " in sentence:
        # "Elle dirige la thèse de A, en cotutelle avec X, où il est également encadré par
        # B": the pronoun of the passive is the student's
        of = _THESIS_OF_PASSIVE.search(sentence, 0, cue)
        if of is not None and not _MY_BEFORE.search(sentence, 0, of.start()):
            return name_from_piece(of.group("name"))
    if (
        sentence[:3].lower() in ("sou", "déf", "def")
        and (event := _DEFENCE_EVENT_LEAD.match(sentence)) is not None
        and event.end() < cue
    ):
        # "Soutenance de A le 28 novembre — thèse dirigée par B": the event's candidate
        return name_at_start(EVENT_NAME_END.split(sentence[event.end() : cue], maxsplit=1)[0])
    kin = _MY_KIN_LEAD.match(sentence) if sentence.lstrip()[:1] in "MmOoN" else None
    if (
        kin
        and kin.end() <= cue
        and not LEXICON.pattern("FIRST_PERSON").search(sentence, kin.end(), cue)
    ):
        # "My friend A did her PhD with B", "My advisor A was a student of B": A's own
        return name_from_piece(kin.group("a"))
    if LEXICON.pattern("FIRST_PERSON").search(sentence) or _ELIDED_FIRST_ANY.search(sentence):
        return None
    start = _SENTENCE_LEAD.match(sentence)
    match = _NAME_SPAN.match(sentence, start.end() if start else 0)
    if match is None or match.end() > cue:
        return None
    if (
        # ("A (promotion 2023) prépare une thèse …": a short bracket before the verb)
        not (start and start["among"] and _RELATIVE_AFTER_NAME.match(sentence, match.end()))
        and not _VERB_AFTER_NAME.match(sentence, match.end())
        and not _APPOSED_STUDENT.match(sentence, match.end())
        and not _APPOSED_ARRIVAL.match(sentence, match.end())
    ):
        return None  # "Kestrel Institute, ..." is a heading-like entry, not a subject

    if find_organisations(match.group()):
        return None
    first, second, *_ = match.group().split()
    if first in _ARTICLES and heading_kind(second) is not None:
        return None  # "Le Prix de la relève récompense A, …": the prize, no person
    last = match.group().rsplit(None, 1)[-1]
    if LEXICON.pattern("POSITIONS").fullmatch(last) or LEXICON.pattern("MEMBER_ROLES").fullmatch(
        last
    ):
        return None  # "Zuvor Postdoktorandin an der X": a CV's position, no one's name
    return name_from_piece(match.group())


def _after_name(sentence: str, name: str) -> str:
    """The bracket right after *name* in *sentence* ("A (2017–2021)"), else ""."""
    at = sentence.find(name)
    own = _OWN_BRACKET.match(sentence, at + len(name)) if at >= 0 else None
    return own.group() if own else ""


# "My friend A did her PhD with B", "Mon amie A a fait sa thèse avec B": the named one's
# own story, told in a first-person page
_MY_KIN_LEAD = re.compile(
    # ("My advisor, A, did his PhD with B": the apposition's commas)
    r"^\W*(?:[Mm]y|[Oo]ur|[Mm]on|[Mm]a|[Nn]otre)\s+(?:[a-zà-ÿ'’-]+,?\s+){1,3}?"
    r"(?P<a>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}),?\s+"
    r"(?=(?:was|had\s+been|did|completed|obtained|got|earned|defended|wrote|received|"
    r"a\s+fait|a\s+soutenu|a\s+préparé|était)\b)"
)
_MY_BEFORE = re.compile(r"(?i)\b(?:ma|mon|my|sa|son|his|her)\s+$")
# "… et A, dont il a codirigé la thèse avec": the relative's antecedent is the student
_WHOSE_THESIS_CO = re.compile(
    r"(?P<a>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}),\s+dont\s+(?:il|elle)\s+a\s+"
    r"(?:co-?)?(?:dirigé|encadré)\s+la\s+thèse\s+$"
)
# "dont celles d'A (2017–2021) et de B (2019–2023), toutes deux dirigées par F": the theses
# of several students, one cue for them all.
_THESES_OF_BEFORE = re.compile(
    r"(?i:th[eè]ses|celles|theses|dissertations)\s+(?i:de|d['’]|of)\s*"
    r"(?P<names>[A-ZÀ-Þ][^;:]*?\s+(?i:et|and)\s+(?:(?i:de|d['’]|of)\s*)?[A-ZÀ-Þ][^;:]*?)"
    r"\s*,?\s*(?i:(?:toutes|tous|les)\s+(?:deux|trois|quatre)|both|all\s+(?:two|three))?"
    r"\s*,?\s*$"
)
_THESIS_OF_BEFORE = re.compile(
    r"(?i:th[eè]se|thesis|dissertation)\s+(?i:de|d['’]|of|by)\s*"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})"
    r"\s*(?:\([^()]*\))?(?:\s+(?i:à|at)\s+[^,;()]{3,60})?\s*[(,]?\s*"
    # ("la thèse de A (depuis 2021, direction : B)": the bracket's dates, then its advisor)
    r"(?:(?i:depuis|since|from|en|in)?\s*(?:19|20)\d\d(?:\s*[-–]\s*(?:(?:19|20)\d\d)?)?\s*[,;]\s*)?"
    r"(?:(?i:sa\s+|la\s+|her\s+|his\s+)?(?i:thèse|thesis|dissertation)\s+)?$"
)
# "A, doctorante (2022–2025), thèse dirigée par B": a student named, then what she is.
_APPOSED_STUDENT = re.compile(
    r"(?i),\s+(?:(?:post-?)?doctorant|post-?doc|stagiaire|intern\b|"
    r"(?:ph\.?d\.?|doctoral|graduate|master['’]?s|m\.?sc\.?|m\.?s\.?)\s+(?:student|candidate|intern))"
)
# (a title before the name: "Dr. A, postdoc (2023–), advisor: B")
# (a linking word before the name: "Enfin, A a commencé …", "Parmi les anciens de
# l'équipe, B a soutenu …", "Finally, C joined …")
_SENTENCE_LEAD = re.compile(
    r"^[\W\d]*(?:[A-Za-zéû]{3,9}\.?\s+\d{4}\s*[—–:-]\s*)?"
    # "From 2002 to 2005 A worked …", « En 2003 A rejoint … »: the years the sentence opens on
    r"(?:(?:In|From|Between|Since|En|De|Entre|Depuis)\s+(?:19|20)\d\d(?:\s*(?:to|and|until|"
    r"à|et|[–—-])\s*(?:19|20)\d\d)?\s*,?\s+)?"
    r"(?:(?:Enfin|Ensuite|Puis|Par\s+ailleurs|De\s+plus|Finally|Lastly|"
    r"(?:Parmi|Among)\s+(?:les|the)\s+[^,;:()]{3,40}?|"
    # ("Par exemple, A prépare …", "For instance, B did …": a linking phrase, one
    # capitalised word and one or two in lower case)
    r"[A-ZÀ-Þ][a-zà-ÿ]+(?:\s+[a-zà-ÿ]+){1,2})\s*,\s+(?=[A-ZÀ-Þ]))?"
    # "… the lab hosted A as a postdoctoral fellow working with B", « l'équipe accueille A
    # comme post-doctorant »: the guest the sentence is about
    r"(?:(?:[Tt]he|[Oo]ur|[Ll]['’]|[Ll]e)\s*(?:lab|laboratory|group|team|équipe|laboratoire|groupe)\s+"
    r"(?:hosted|welcomed|has\s+hosted|has\s+welcomed|a\s+accueilli|accueille)\s+"
    r"(?=[A-ZÀ-Þ]))?"
    # "Among them was A, who joined in 1968 after a postdoc with B", « Parmi eux figurait
    # C, … »: the one the list's sentence singles out
    r"(?P<among>(?:Among\s+them|Parmi\s+eux|Parmi\s+elles)\s+(?:was|were|figurait|était)\s+"
    r"(?=[A-ZÀ-Þ]))?"
    r"(?:(?:Dr|Prof|Pr)\.?\s+(?=[A-ZÀ-Þ]))?"
    # "PhD candidate A won …", "MSc student B received …": a news item's student by degree
    r"(?:(?:Ph\.?\s?D\.?|M\.?\s?Sc\.?|Master['’]s|doctoral|graduate|undergraduate)\s+"
    r"(?:student|candidate)\s+(?=[A-ZÀ-Þ]))?"
)
# "A, arrivé en 2024, est co-encadré par B": the arrival's apposition between the
# subject and its verb.
_APPOSED_ARRIVAL = re.compile(
    r",\s+(?:arrivée?|recrutée?|inscrite?|who\s+joined(?:\s+(?:us|the\s+team))?)\s+"
    r"(?:en|in|au|à|à\s+l['’]|dans|depuis|since)\s+[^,;()]{2,30},\s+[a-zà-ÿ]"
)


# The verb right after a sentence's opening name, a short bracket between them allowed.
_VERB_AFTER_NAME = re.compile(r"(?:\s*\([^()]{1,30}\))?\s+[a-zà-ÿ]")


# "Among them was A, who joined …": the relative clause tells A's own story.
_RELATIVE_AFTER_NAME = re.compile(r"\s*,\s+(?:who|qui)\s")


_ELIDED_FIRST_ANY = re.compile(r"(?i)\bj['’]")


_OWN_SUPERVISION = re.compile(r"(?i)\b(?:co-?)?(?:encadrement|direction|supervision)\b")


# "In 2013 I moved to X for graduate school", "started my PhD in 2019": a thesis begins.
_THESIS_BEGUN = re.compile(
    r"(?i)\b(?:moved\s+to|started|began|arrived\s+at|enrolled|entered|commencé|arrivée?)\b"
)


def arrival_to_defence(text: str, period: Period) -> Period:
    """A story's paragraph: "In 2013 I moved to X for graduate school. I did my PhD under
    A … and I defended in 2018": the thesis ran from the arrival to the defence.  A lone
    year that starts nothing stays what the rule read it as."""
    defended = _DEFENDED_IN.search(text)
    if defended is None or int(defended.group(1)) <= period.start:
        return period
    for _, sentence in sentences(text[: defended.start()]):
        if str(period.start) in sentence and _THESIS_BEGUN.search(sentence):
            return Period(period.start, int(defended.group(1)))
    return period


def _thesis_sentence(sentence: str) -> bool:
    """A sentence about a thesis ("Ma thèse, commencée en octobre 2023, …"), not about a
    position the person holds."""
    return Context.PHD in {c for _, c in contexts_in(sentence)} and not LEXICON.pattern(
        "POSITIONS"
    ).search(sentence)


_HOST_WORD = re.compile(r"(?i)\bhost")
# A section of guests ("Visitors", "Visiting students", "Chercheurs invités"): no members
VISITORS_HEADING = re.compile(
    r"(?i)\b(?:visitors?|visiting|visiteur(?:s|se|ses)?|invité(?:e|s|es)?|guests?)\b"
)
_GRANT_WORDS = re.compile(r"(?i)\b(?:grant|fund|funded|funding|project|award)")


def _postdoc_pi_label(text: str, sentence: str, other: re.Match[str]) -> bool:
    """ "Postdoctoral Researcher, Univ. X / Principal Investigator: Prof. B": the label names
    the lab's head on a postdoc's entry, not a grant's PI (no grant or project is written);
    so does "NSF REU, X. PI: Prof. B" on a summer internship's."""
    said = other.group().lower()
    return (
        (
            said == "principal investigator"
            and sentence[other.end() : other.end() + 2].lstrip().startswith(":")
            or said == "pi:"
        )
        and any(c in _PI_LED for _, c in contexts_in(text))
        and not _GRANT_WORDS.search(text)
        # ("Faculty mentor, an REU site (PI: B)": the owner mentors there, B runs the site)
        and not _OWN_MENTOR_ROLE.match(text)
    )


_PI_LED = (Context.POSTDOC, Context.INTERNSHIP)
_OWN_MENTOR_ROLE = re.compile(
    r"(?i)^\W*(?:(?:faculty|research|program|site)\s+)?(?:mentor|advisor|supervisor)\s*,"
)


_STUDENT_LEAD = re.compile(
    r"^\W*((?:(?:[\w.'’·-]+|\([^()]{1,12}\)|\((?:with|avec)\s[^()]{1,50}\))\s+){0,6}?)"
    # (« Stage de Master 2 de A »: a level and its number, "M2" or "Master 2", is no name)
    # ("Co-tutor di dottorato di A": the lexicon's "of" words, Italian "di")
    r"(?:de|d['’]|of|du|"
    + alternation([re.escape(w) for w in LEXICON.OF_WORDS])
    + r")\s*(?=[A-ZÀ-Þ](?![0-9]))(?![A-ZÀ-Þ][\w-]*\s+\d(?!\d))"
)
# "M.Sc. student A", "PhD candidate B": a kind of student before the name.
_KIND_NOUN_LEAD = re.compile(
    r"(?:[\w.'’-]+\s+){1,2}?(?:students?|candidates?|interns?|étudiante?s?|doctorante?s?)\s+"
    r"(?=[A-ZÀ-Þ])"
)
# A supervision's kind and its years in brackets, then the student's name.
_KIND_THEN_DATES = re.compile(r"^([^()]{2,40}?)\s*\([^()]*(?:19|20)\d\d[^()]*\)\s+(?=[A-ZÀ-Þ])")
# The date a CV line opens with ("fév. – juil. 2024 ", "depuis 2023 "), before its entry.
# A CV entry's date column as a label ("2023 – 2024:", "2024 – present:").
_DATE_LABEL = re.compile(
    r"(?i)^(?:19|20)\d\d(?:\s*[–—-]\s*(?:(?:19|20)\d\d|present|now|today|ongoing|current)?)?\s*$"
)
_DATE_PREFIX = re.compile(
    r"^\W*(?:(?:depuis|since|from)\s+)?(?:[A-Za-zéû]{3,10}\.?\s*(?:[–—-]\s*[A-Za-zéû]{3,10}\.?)?"
    r"\s+)?(?:19|20)\d\d(?:\s*[–—-]\s*(?:(?:[A-Za-zéû]{3,10}\.?\s+)?(?:19|20)\d\d"
    # ("Aug 2022 – present  A, Ph.D. student", "Jan 2022 – Dec 2024  Dr. B, postdoc")
    rf"|(?i:{PRESENT_WORDS}|auj\.?))?)?\s*[:·—–|-]?\s+"
)


_FIELD_SEP = re.compile(r"\s+[—–|]\s+")
# A sentence's end inside what looks like a line's label: the colon ends a later sentence's.
_SENTENCE_END_INSIDE = re.compile(r"[a-zà-ÿ]{3}[.!?]\s+[A-ZÀ-Þ]")
_STATUS_PREFIX = re.compile(
    r"^\W*(?i:current|past|former|present|actuel(?:le)?s?|ancien(?:ne)?s?)\s+(?=[A-ZÀ-Þ])"
)


_GROUP_WORDS = re.compile(
    r"^\s*((?:current\s+|former\s+|past\s+|anciens?\s+)?(?:"
    + "|".join(
        re.escape(w).replace(r"\ ", r"\s+")
        for w in sorted(
            {
                *LEXICON.SECTIONS["students"],
                *LEXICON.CONTEXT["phd"],
                *LEXICON.CONTEXT["postdoc"],
                *LEXICON.CONTEXT["internship"],
                *LEXICON.CONTEXT["other"],
            },
            key=len,
            reverse=True,
        )
    )
    # ("PhD — A (2022–)", "MA dissertations – B (2023), C": a dash after the kind, as a
    # colon)
    + r")(?:\s+(?:students?|étudiants?))?)\s*(?:[:：]|\s[—–])?\s+(?=[A-ZÀ-Þ])",
    re.I,
)


# "PhD supervision  Primary supervisor of A": the owner's role as a line's lead, then the
# students (no other name before them).
_ROLE_OF = re.compile(
    r"(?i)^(?P<lead>[^\n,;:()]{0,40}?\b(?:supervisor|advisor|adviser|promoter|mentor|"
    r"directeur|directrice|encadrant|encadrante)s?(?:\s+of\s+record)?"
    # "Co-supervisor (társtémavezető) of A": the local word as a gloss before "of"
    r"(?:\s*\((?!with\b|avec\b|mit\b)(?-i:[^\n,;:()A-ZÀ-Þ\d]{2,30})\))?"
    # "Supervised MRes projects of A (2023) and B (2024)": a CV's verb, its subject elided
    r"|(?:co-)?(?:supervised|advised|mentored|hosted)\b[^\n,;:()]{0,40}?"
    # "Relatrice della tesi di laurea magistrale di A": the role and the thesis (lexicon
    # ROLE_OF_THESIS), up to the "of" before a capital
    rf"|(?:{alternation([re.escape(w) for w in LEXICON.ROLE_OF_THESIS])})[^\n,;:()]{{0,40}}?"
    rf"(?=\s+(?:{alternation([re.escape(w) for w in LEXICON.OF_WORDS])})\s+(?-i:[A-ZÀ-Þ])))"
    rf"\s+(?:of|to|for|de|d['’]|{alternation([re.escape(w) for w in LEXICON.OF_WORDS])})"
    # (a word of its own: "Co-supervised by A De…" holds no "de" before a name)
    r"(?:(?<=['’])\s*|\s+)(?=[A-ZÀ-Þ])"
)
_NEXT_ROLE_OF = re.compile(
    r";\s*(?=(?:and\s+)?[^\n,;:()]{0,40}?\b(?:supervisor|advisor|adviser|promoter|directeur|"
    r"directrice|encadrant|encadrante)s?\s+(?:of|to|for|de|d['’])\s*[A-ZÀ-Þ])",
    re.I,
)
# " and " between two students, outside brackets: "A (2022 – ) and B (2023 – )".
_ROLE_OF_THESIS_LEAD = re.compile(
    rf"(?i)(?:{alternation([re.escape(w) for w in LEXICON.ROLE_OF_THESIS])})\b"
)
# ("A (2023) e di B (2024)": the "of" said again after the connector)
_AND_OUTSIDE = re.compile(
    r"(?<=\))\s+(?:and|et|"
    + alternation([re.escape(w) for w in LEXICON.CONNECTORS])
    + r")\s+(?:(?:"
    + alternation([re.escape(w) for w in LEXICON.OF_WORDS])
    + r")\s+)?(?=[A-ZÀ-Þ])"
)


# A students table's first header cell: "Student Name", "Name", "Trainee".
_HEADER_CELL = re.compile(
    r"(?i)(?:student(?:'s)?\s+name|name|student|trainee|candidate|nom|étudiant\S*)\s+—\s"
)
_HOST_LABEL = re.compile(r"(?i)\W*(?:faculty\s+)?hosts?(?:\s*\(s\))?\s*[:：]")
_TALK_HEADLINE = re.compile(
    r"(?i)\b(?:seminars?|colloqui(?:um|a)|talks?|lectures?|keynotes?|webinars?)\b"
)
_TALK_HOST = re.compile(
    r"(?i)\b(?:invited\s+talk|talk|seminar|colloquium|keynote|lecture|webinar)\b[^()]*\(\s*host"
)


def _student_pieces(text: str) -> list[str]:
    """A list's pieces, one student each: "A (2023 – ), with B" keeps its tail (A's
    co-advisor), a piece that opens in lower case going on with the one before; a piece
    is also parted on "and" / "et" when each part opens on a name ("A (depuis 2022) et B
    (depuis 2023)")."""
    pieces: list[str] = []
    for piece in _top_level_pieces(text):
        if pieces and piece.startswith(("and ", "et ", "ou encore ", "ainsi que ", "as well as ")):
            piece = _LEADING_AND.sub("", piece)  # "A, a fellow (2022–2024), and Dr. B, who …"
        if pieces and piece[:1].islower():
            pieces[-1] += f", {piece}"
            continue
        parts = _TOP_AND.split(piece) if " " in piece else [piece]
        pieces.extend(parts if len(parts) > 1 and all(map(name_at_start, parts)) else [piece])
    return pieces


def _named_pieces(block: Block) -> list[str] | None:
    """The pieces of a one-line list of people, each a name and its bracket ("A (2020),
    B (Ph.D. 2022)"), when the line is one; else None."""
    text = block.text
    if ") · " in text:
        text = text.replace(") · ", "), ")  # "A (supervisor: B) · C (supervisor: D)"
    if (
        block.kind is not BlockKind.PARAGRAPH
        or "\n" in text
        or not ("), " in text or "); " in text)
    ):
        return None
    pieces = _top_level_pieces(text)
    if len(pieces) < 2 or not all(
        piece.endswith(")")
        and "(" in piece
        and _BARE_NAME.fullmatch(piece[: piece.index("(")].strip())
        and name_at_start(piece)
        for piece in pieces
    ):
        return None
    return pieces


# A name alone before its bracket (a title allowed): "Dr. A B-C", not "A — since 2024: B".
_BARE_NAME = re.compile(r"(?:(?:Dr|Prof|Mr|Mrs|Ms)\.?\s+)?[A-ZÀ-Þ][\w'’.-]*(?:\s+[\w'’.-]+){1,3}")


def _group_lead(line: str) -> tuple[str, str] | None:
    """("PhD students", "A (2021–), B") when a line opens with a kind of student, no colon
    needed, followed by names."""
    match = _GROUP_WORDS.match(line)
    if not match or _label(line) and ":" in line[: match.end()]:
        return None
    if re.search(r"(?i)\s(?:de|du|of)\s*$", match.group()):
        return None  # "These de A" (unaccented): one student, the kind then "de"
    rest = line[match.end() :]
    if not name_at_start(rest) or re.match(r"(?i)\s*(?:de|d['’]|du|of)\b", rest):
        return None  # "Thèse de A, co-encadrée avec B": one student (see _STUDENT_LEAD)
    return match.group(1), rest


def _led_entries(text: str) -> list[str] | None:
    """*text* cut before each top-level piece that opens on a supervision kind and its
    student ("…, stage de L3 de B (2021)"), when it opens on one and holds two or more."""
    cuts, depth = [], 0
    for index, char in enumerate(text):
        depth += char in "(["
        depth -= char in ")]"
        if char in ",;" and depth <= 0:
            cuts.append(index)
    starts = [0] + [cut + 1 for cut in cuts if _led_piece(text[cut + 1 : cut + 80].lstrip())]
    if len(starts) < 2 or not _led_piece(text[:80]):
        return None
    ends = [start - 1 for start in starts[1:]] + [len(text)]
    return [text[a:b].strip() for a, b in zip(starts, ends, strict=True)]


def _led_piece(piece: str) -> bool:
    lead = _STUDENT_LEAD.match(piece)
    return bool(lead and contexts_in(lead.group(0)) and name_at_start(piece[lead.end() :]))


def _top_level_pieces(text: str) -> list[str]:
    """Split on commas and semicolons outside parentheses."""
    pieces, depth, current = [], 0, []
    for char in text:
        depth += char in "(["
        depth -= char in ")]"
        if char in ",;" and depth <= 0:
            pieces.append("".join(current).strip())
            current = []
            continue
        current.append(char)
    pieces.append("".join(current).strip())
    return [p for p in pieces if p]


# "His current students include A (PhD, since 2019) and B", "Mes doctorants sont A et B".
_STUDENTS_ARE = re.compile(
    r"(?i)(?:\b(?:my|his|her|their|our|mes|ses|nos)|^\W*other)\s+"
    # "Among her 14 doctoral students were A, B and C": a count before the kind
    r"(?:(?:\d{1,3}|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|many|"
    r"numerous|several)\s+)?(?:(?:current|former|past|present|"
    # ("Her first doctoral students were A and B", "Ses premiers doctorants sont C et D")
    r"first|earliest|premiers|premières|"
    r"actuels?|actuelles?|anciens?|anciennes?)\s+)?(?:(?:phd|ph\.d\.?|doctoral|graduate|"
    r"master'?s?|msc)\s+)?(?P<kind>students|doctorants|doctorantes|étudiants|étudiantes|"
    r"advisees|mentees|postdocs|post-doctorants|élèves|"
    # "Her former trainees, among them A (PhD 2015) and B (PhD 2019)"
    r"trainees|"
    # "Among her PhD graduates are also A and B", "Among my PhD graduates: A (2013), …"
    r"(?<=phd\s)graduates|(?<=doctoral\s)graduates)(?:\s+(?:actuels?|actuelles?))?"
    # "plusieurs de ses anciens doctorants avaient fait le déplacement : A, B", "… étaient
    # présents : C" (a tribute): a few lower-case words, then the colon before the names
    r"(?:(?-i:(?:\s+[a-zà-ÿ][a-zà-ÿ'’-]*){1,5})\s*:\s*(?=(?-i:[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ]))"
    # "parmi ses élèves figurent A, B et C" (a tribute)
    r"|\s+(?:include|includes|included|are|were|sont|étaient|comprennent|figurent|"
    r"figuraient)\s*:?\s+(?:also\s+)?"
    # "ses élèves, dont A et B, ont …", "her students, among them A and B"
    r"|\s*,\s*(?:dont|among\s+them|including|notamment|parmi\s+lesquels)\s+"
    # "Parmi ses élèves, on compte A, B et C" (an academy's notice)
    r"|\s*,\s*on\s+(?:compte|trouve|retrouve|peut\s+citer|citera)\s+"
    # "three of the editors were his doctoral students: A (PhD 1991), B and C"
    r"|\s*:\s*(?=(?-i:[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ]))"
    # "Her former doctoral students A and B are now professors": the names right after
    r"|(?<=\w)\s+(?=(?-i:[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ])))"
    # "I currently supervise two PhD students, A and B", "J'encadre deux doctorants : A et B"
    # ... and in the third person about the page's subject ("He supervised many doctoral
    # students, among them A, B and C", an obituary or a profile).
    # ... and a CV's line without its subject ("Hosted 5 postdoctoral researchers, most
    # recently A (2019–2022) and B")
    r"|(?:^[^\w]*(?=(?:co-?)?(?:supervised|advised|mentored|hosted)\s)|\b(?:I|je|j['’]|he|she|"
    # ("il avait soutenu sa thèse en 1972, puis dirigé une trentaine de thèses, dont …")
    r"il|elle|,\s+puis(?=\s+(?:dirigé|encadré)\s)|"
    # "She advises five PhD students and mentors two postdoctoral researchers, A and B":
    # the second verb the same subject shares
    r"students\s+and(?=\s+(?:co-?)?(?:supervises|advises|mentors|hosts)\s)|"
    # "His group currently includes two PhD students, A and B"
    r"(?:my|his|her|their|our)\s+(?:group|lab|team)))\s*(?:\w+\s+){0,2}?(?:supervised|advised|"
    r"mentored|supervises|advises|mentors|co-supervises|includes|comprises|"
    r"supervise|advise|co-supervise|mentor|hosted|host|hosts|encadre|co-encadre|dirige|"
    r"a\s+encadré|a\s+dirigé|avait\s+encadré|avait\s+dirigé|(?<=puis\s)(?:dirigé|encadré)|"
    # "Il a formé plus de vingt doctorants, dont A et B", "she trained over 20 PhD students"
    r"a\s+formé|avait\s+formé|trained|"
    # "I am currently advising PhD students A and B"
    r"(?<=am\s)(?:currently\s+)?(?:advising|supervising|co-supervising|co-advising|mentoring)|"
    # "J'ai encadré ou co-encadré 8 thèses : celles de A, …"
    r"(?<=ai\s)(?:encadré|dirigé|accueilli)(?:\s+ou\s+co-?(?:encadré|dirigé))?|"
    # "J'ai eu le plaisir d'encadrer sept doctorant·e·s", "I have had the privilege of
    # supervising 12 PhD students"
    r"(?<=ai\s)eu\s+(?:le\s+plaisir|la\s+chance|l['’]honneur)\s+d['’](?:co-?)?"
    r"(?:encadrer|diriger|accueillir)|"
    r"(?<=had\s)the\s+(?:pleasure|privilege|good\s+fortune)\s+(?:of|to)\s+"
    r"(?:supervis|advis|mentor|host)(?:e|ing)|"
    # "I have been primary supervisor for five PhD students, three of whom graduated: A, B"
    r"(?:been|was|am)\s+(?:the\s+)?(?:(?:primary|main|principal|lead|first)\s+)?"
    r"supervisor\s+(?:for|of|to)|"
    # "She has chaired the dissertation committees of nine PhD students, among them A" (a
    # US doctorate's committee chair: its advisor)
    r"chaired\s+the\s+(?:dissertation|thesis|doctoral)\s+committees\s+of)"
    # "il a dirigé une vingtaine de thèses": a French round number before the noun
    r"\s+(?:(?:une?\s+)?(?:dizaine|douzaine|quinzaine|vingtaine|trentaine|quarantaine|"
    r"cinquantaine|soixantaine|centaine)\s+de\s+)?"
    # "She supervised more than 30 doctoral students, among them A, B and C"
    r"(?:(?:more\s+than|over|some|about|nearly|around|almost|plus\s+de|près\s+de|"
    r"a\s+number\s+of|several|many|numerous)\s+)?"
    r"(?:\w+\s+)?(?:(?:phd|ph\.d\.?|doctoral|master'?s?|msc)\s+)?"
    r"(?P<kind2>students|doctorants|doctorantes|étudiants|étudiantes|postdocs|"
    # "I have also supervised a number of master's dissertations, most recently those of A"
    r"(?:dissertations|theses)(?=\s*,\s*(?:most\s+recently|including|among\s+them)\s+"
    r"those\s+of\s)|"
    # ("sept doctorant·e·s jusqu'à la soutenance : A, …": the inclusive plural)
    # ("une douzaine de doctorant·es, dont A": the shorter inclusive plural)
    r"(?:post-?)?doctorant(?:[·.]e[·.]s|[·.]es)|étudiant(?:[·.]e[·.]s|[·.]es)|"
    r"postdoctoral\s+(?:researchers|fellows|scholars)|(?<=doctoral\s)researchers|"
    r"(?<=doctoral\s)candidates|"
    # "Elle a encadré cinq thèses, dont celle de A, soutenue en 2022"
    r"thèses(?=\s*,\s*dont\s+celles?\s+d|\s*[,:]\s*celles\s+d)|"
    # "She also mentored postdoctoral fellow Dr. A (2020–2022)": one trainee, named next
    r"(?:postdoctoral\s+(?:researcher|fellow|scholar)|(?<=doctoral\s)student|(?<=phd\s)student)"
    r"(?=\s+(?:Dr\.?\s+)?(?-i:[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ])))"
    # ("She has supervised 7 PhD students to completion, among them A")
    r"(?:\s+(?:to\s+completion|jusqu['’]à\s+la\s+soutenance))?(?:,[^:.;,]{1,60}:|\s*[,:]"
    # ("I hosted two postdocs (A, 2018–2019; B, 2021–2023)")
    r"|\s*\((?=(?-i:[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ]))"
    # (the one trainee's name after the singular kind)
    r"|(?:(?<=fellow)|(?<=scholar)|(?<=student)|(?<=researcher))\s+(?=(?-i:[A-ZÀ-Þ]))"
    # ("I am currently advising PhD students A (since 2021) and B")
    r"|(?<=students)\s+(?=(?-i:[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ][\w'’-]+\s*[(,]|"
    r"[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ][\w'’-]+\s+and\s)))\s*"
    # ("She has mentored nine doctoral students, most recently A (Ph.D. 2023)")
    r"(?:(?:(?:most\s+recently|including|among\s+them)\s+those\s+of|"
    r"namely|including|among\s+them|notably|(?:most\s+)?recently|à\s+savoir|"
    r"parmi\s+lesquels|"
    r"dont\s+celles?\s+(?:de\s+|d['’])|dont|celles\s+(?:de\s+|d['’]))\s*)?"
)
# "A and B are now professors", "A et B ont fondé …": the sentence's verb after the last
# student named ends that student's item.
_PREDICATE = re.compile(
    r"\s+(?:are|were|is|was|have|has|had|went|became|now|sont|ont|étaient|furent|sont\s+devenus"
    # "Ses élèves A et B poursuivent ses recherches": a French verb's plural ending
    r"|(?!présid|présent)[a-zà-ÿ]{3,}ent)"
    r"\s.*$",
    re.S,
)
# "Postdoctoral fellows in her group included A and B", "postdoctoral researchers in his
# soils laboratory, among them C (2004–2006)": the kind, then the owner's group, then names.
_GROUP_MEMBERS_WERE = re.compile(
    r"(?i)\b(?P<kind>postdoctoral\s+(?:fellows|researchers|scholars|associates)|postdocs|"
    r"(?:phd|ph\.d\.|doctoral|graduate)\s+students)\s+(?:\w+\s+)?(?:in|of|at|from)\s+"
    r"(?:his|her|their)\s+(?:[\w-]+\s+){0,2}?(?:group|lab|laboratory|team)\s*"
    r"(?:,\s*(?:among\s+them|including|notably)\s+|\s+(?:included|include|includes|were)\s+)"
)
# "His students, among them A and B, have contributed chapters, as has C, a student of D":
# a piece opening on the sentence's verb ends the list (what follows names no student).
_LIST_VERB = re.compile(r"(?:have|has|had|are|were|went|became|sont|ont|étaient|furent)\s")
_OTHER_MAIN = ("main", "primary", "principal", "lead")
# A master's turned into a doctorate ("MSc → PhD fast-track", "fast-tracked to the PhD").
_FAST_TRACK = re.compile(
    r"(?i)\b(?:M\.?Sc|MASc|M\.?S|master'?s)\s*(?:→|->|to)\s*Ph\.?\s?D\b"
    r"|\bfast[- ]track(?:ed)?\s+(?:in)?to\s+(?:the\s+)?Ph\.?\s?D\b"
)
_PHD_SINCE = re.compile(r"\bPh\.?\s?D\.?\s+(?:since|from)\s+(?:19|20)\d\d\b")
# A summer in a host lab ("summer research fellow", "NSERC USRA", "NSF REU"): an internship.
_SUMMER_STAY = re.compile(r"(?i)\b(?:summer|usra|reu)\b")
# "…; second supervisor B", "(2nd supervisor: B)": the one named beside the owner, who
# supervises too.
# "Other supervisors: B" (a register's column beside the owner's own role): B as well.
# "jointly mentored by B" (the cue "mentored by" after "jointly"): B beside the owner.
# ("Industrial supervisor: B", "external supervisor B": beside the academic one, the owner)
_OWNER_ALSO = ("second", "2nd", "secondary", "other", "jointly", "industrial", "external")
# "Second supervisor (primary: B)": the owner's role, then the main advisor's name.
_MAIN_IN_PARENS = re.compile(r"\(\s*(?:main|primary|principal|lead)\s*[:：]\s*", re.I)
# "…, and I teach a module with C": a new clause, after which no student is named.
_CLAUSE_OPENING = re.compile(
    r"(?:and|et|but|mais|while)\s+(?:(?:then|also|puis|aussi)\s+)?"
    r"(?:I|je|j['’]|he|she|il|elle|we|nous)\b",
    re.I,
)
# "where she had completed her doctorate": the subject's own doctorate, just told
_OWN_DOCTORATE_TOLD = re.compile(
    r"(?i)\b(?:completed|earned|received|obtained|defended|did)\s+(?:her|his|their)\s+"
    r"(?:doctorate|ph\.?\s?d\.?|doctoral\s+degree|thesis|dissertation)\b"
)
# "…: A and B; she later hosted C": a third person's clause of its own after the semicolon
_PRONOUN_PIECE = re.compile(r"(?:he|she|il|elle)\s", re.I)
# "She has chaired … committees of nine PhD students, among them A, and currently advises
# doctoral student B": a second clause of the same subject, led by its verb.
_AND_ADVISES = re.compile(
    r"and\s+(?:currently|now|also)\s+(?=(?:co-?)?(?:advises|supervises|mentors)\s)"
)
# "She has supervised eleven doctoral dissertations" (before "Her students include A, B").
_DOCTORAL_COUNT = re.compile(
    r"(?i)\b(?:supervised|advised|directed|mentored)\s+(?:\w+\s+){0,3}?"
    r"(?:doctoral|ph\.?\s?d\.?)\s+(?:students|dissertations|theses)\b"
    # "Elle a encadré dix-sept doctorats. Ses élèves A et B …" (a French tribute)
    r"|\b(?:encadré|dirigé|codirigé|co-dirigé)\s+(?:[\w-]+\s+){0,3}?doctorats\b"
)
# "She currently advises five PhD students and mentors two postdocs, A and B": the owner
# advises those named after the verb (present tense: "she was advised by" is the reverse).
_OWNER_ADVISES = re.compile(
    r"\b(?:I|[Ss]he|[Hh]e|[Ww]e)\s+(?:\w+\s+){0,6}?(?:advises|mentors|supervises|"
    r"co-supervises|co-advises|(?<=I\s)(?:advise|mentor|supervise|co-supervise))\b"
)
_TOP_AND = re.compile(r"\s+(?:and|et|&|puis)\s+(?![^()]*\))")  # ("A (2019–2020) puis B")


def _ends_in_advisors_field(text: str) -> bool:
    """Whether *text*'s last labelled field names advisors ("… Supervisors: Dr B (primary)")."""
    colon = text.rfind(":")
    if colon < 0:
        return False
    return any(
        label.end() == colon + 1
        for label in _ADVISOR_LABEL_COLON.finditer(text, max(0, colon - 40), colon + 1)
    )


# Every match of _STUDENTS_ARE names its "kind" with one of these (lower case).
_STUDENTS_ARE_WORDS = (
    "student",
    "doctorant",
    "étudiant",
    "advisee",
    "mentee",
    "trainee",
    "postdoc",
    "élève",
    "thèses",
    "graduates",
    "dissertations",
    "theses",
)


# "I was second supervisor to A (primary supervisor: B)": the owner co-supervised A.
_SUPERVISOR_ROLE = (
    r"(?:(?:second|secondary|joint|co-?|primary|main|principal|lead|first)\s*)?"
    # "advisor of record for A" (a US registrar's word: the advisor on file)
    r"(?:supervisor|advisor|adviser)(?:\s+of\s+record)?\s+(?:to|of|for)\s+(?=[A-ZÀ-Þ])"
)
_SUPERVISOR_TO = re.compile(
    r"\b(?:I|[Ss]he|[Hh]e|(?P<named>[A-ZÀ-Þ][\w'’-]+))\s+(?:(?:currently|also|now)\s+)?"
    r"(?:was|am|is|have\s+been|has\s+been)\s+(?:(?:currently|also|now)\s+)?(?:the\s+|a\s+)?"
    + _SUPERVISOR_ROLE
)
# "… primary supervisor of A and B; secondary supervisor of C": the next role's students.
_NEXT_SUPERVISOR_ROLE = re.compile(r";\s*(?:and\s+)?(?:the\s+|a\s+)?" + _SUPERVISOR_ROLE)


def _supervisor_to(page: Page, block: Block) -> None:
    """The student a "supervisor to A" sentence names, read as an item of a students list
    of the kind (PhD, postdoc …) the block spoke of last."""
    for offset, sentence in sentences(block.text):
        match = _SUPERVISOR_TO.search(sentence)
        if match is None or not name_at_start(sentence[match.end() :]):
            continue
        if match.group("named") and (
            page.owner is None
            or fold(match.group("named")) not in map(fold, page.owner.name.split())
        ):
            continue  # "Dr B is second supervisor of C": another's student
        before = contexts_in(block.text[: offset + match.start()])
        kind = {Context.PHD: "PhD students", Context.POSTDOC: "postdocs"}.get(
            before[-1][1] if before else None, "students"
        )
        for item in _NEXT_SUPERVISOR_ROLE.split(sentence[match.end() :].rstrip(" .")):
            student_list(page, Block(BlockKind.ITEM, item, block.level, (*block.section, kind)))


# "È stata inoltre co-tutor di A (…; tutor B)", "Ik was copromotor van C": the owner's own
# advising role (lexicon ADVISING_NOUNS) after a copula, then "of" and the student.
_ADVISING_OF = re.compile(
    r"(?i)(?<![\w-])(?:"
    + alternation([re.escape(w) for w in LEXICON.COPULAS])
    + r")\s+(?:stat[oa]\s+|geweest\s+)?(?:(?:inoltre|anche|ook|also)\s+)?"
    + r"(?:(?:il|la|l['’]|de|the|a|an)\s*)?(?:"
    + alternation([re.escape(w).replace(r"\ ", r"\s+") for w in LEXICON.ADVISING_NOUNS])
    + r")\s+(?:"
    + alternation([re.escape(w) for w in LEXICON.OF_WORDS])
    + r")\s+(?-i:(?=[A-ZÀ-Þ]))"
)
_CAPITALISED = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][\w'’-]+")


def _advising_of(page: Page, block: Block) -> None:
    """The student an "(I) was co-tutor of A" sentence names, read as an item of a students
    list; a sentence naming someone else before its verb ("B era relatore di C") is B's."""
    owner = {fold(w) for w in page.owner.name.split()} if page.owner else set()
    for offset, sentence in sentences(block.text):
        match = _ADVISING_OF.search(sentence)
        if match is None or not name_at_start(sentence[match.end() :]):
            continue
        words = _CAPITALISED.findall(sentence[: match.start()])[1:]
        if any(fold(w) not in owner for w in words):
            continue
        told = contexts_in(block.text[: offset + match.start()]) or contexts_in(sentence)
        kind = {Context.PHD: "PhD students", Context.POSTDOC: "postdocs"}.get(
            told[-1][1] if told else None, "students"
        )
        item = sentence[match.end() :].rstrip(" .")
        before = len(page.claims)
        student_list(page, Block(BlockKind.ITEM, item, block.level, (*block.section, kind)))
        added = page.claims[before:]
        if page.owner is None or not added or any(c.object == page.owner.name for c in added):
            continue
        # "co-tutor di A (…; tutor B)": B named in the item advises A beside the owner
        first = added[0]
        if first.relation.value.startswith("advisor"):
            period = Period(first.start, first.end)
            page.add(
                first.subject, first.relation, page.owner.name, item, first.extractor, 0.7, period
            )


# A doctoral consortium, a summer school, a mentoring scheme: the mentors it pairs with
# students are not their advisors.
_MENTORING_EVENT = re.compile(
    r"(?i)\b(?:doctoral\s+consortium|(?:summer|winter|spring)\s+school|"
    r"mentor(?:ing|ship)\s+(?:programs?|programmes?|schemes?)|mentor\s+assignments?)\b"
)


def _mentoring_event(page: Page, block: Block) -> bool:
    """The page (its title, its first heading) or the block's section is such an event's."""
    meta = page.document.meta
    if "mentoring_event" not in meta:
        headline = " ".join(filter(None, (page.document.title, meta.get("h1"))))
        meta["mentoring_event"] = bool(_MENTORING_EVENT.search(headline))
    return meta["mentoring_event"] or any(map(_MENTORING_EVENT.search, block.section))


# "Doctorants (encadrant·e·s)", "PhD students (supervisors)": a list whose items' brackets
# name the supervisors ("A (2022– ; B, C)").
_ADVISORS_BRACKET_HEADING = re.compile(
    r"(?i)\(\s*(?:(?:primary|main|principal|lead|first)\s+)?"
    r"(co-?)?(?:encadr|direct|supervis|advis|promot)[^()]{0,30}\)\s*:?\s*$"
)
_ITEM_BRACKET = re.compile(r"\(([^()]{3,160})\)")
_DASH_AFTER_BRACKET = re.compile(r"\s*[–—-]\s+")


_FAMILY_WORD = re.compile(r"[A-ZÀ-Þ][\w'’-]+")
_FAMILY_JOINS = re.compile(r"\s*(?:&|,|\band\b|\bet\b)\s*")


# "supervised by the project lead", "advised by our PI": a role the page labels elsewhere
_BY_THE_ROLE = re.compile(r"([\w-]+)\s+by\s+(?:the|our)\s+([a-z][\w-]*(?:\s+[a-z][\w-]*){0,2})")


def _role_named_advisor(page: Page, text: str) -> str | None:
    """The person an advising verb names by a role ("supervised by the project lead"), the
    page's one "Project lead: Prof. B" line giving who holds it; else None."""
    for found in _BY_THE_ROLE.finditer(text):
        if not LEXICON.pattern("ADVISING_VERBS").fullmatch(found.group(1)):
            continue
        labels = _role_labels(page)
        words = found.group(2).split()
        for size in range(len(words), 0, -1):
            held = labels.get(" ".join(words[:size]))
            if held:
                return held
    return None


def _role_labels(page: Page) -> dict[str, str]:
    """Each "Role: Name" line of the page (its label in lower case → the name), a label
    that two lines give to different people left out."""
    meta = page.document.meta
    if "role_labels" not in meta:
        labels: dict[str, str] = {}
        for block in page.document.blocks:
            if ":" not in block.text:
                continue
            for line in block.text.split("\n"):
                label, colon, rest = line.partition(":")
                if not colon or not 1 < len(label) <= 30 or not label[:1].isalpha():
                    continue
                name = name_at_start(rest.strip())
                key = label.strip().lower()
                if name:
                    labels[key] = name if labels.get(key, name) == name else ""
        meta["role_labels"] = labels
    return meta["role_labels"]


def _family_names_piece(page: Page, piece: str) -> list[str]:
    """The people a piece of bare family names stands for ("Szabó", "Szabó & Mensah"),
    each written in full elsewhere on the page; [] unless every word is one."""
    words = _FAMILY_JOINS.split(piece.strip())
    if not words or len(words) > 3 or not all(map(_FAMILY_WORD.fullmatch, words)):
        return []
    named = [named_lead(page, word) for word in words]
    return [n for n in named if n is not None] if all(named) else []


def _bracket_advisors_page(page: Page) -> bool:
    """A student list's heading on the page says its items' brackets name supervisors
    ("Doctorants (encadrant·e·s)"); meta["bracket_advisors"] is "co" when they are
    co-supervisors (the owner directs)."""
    meta = page.document.meta
    if "bracket_advisors" not in meta:
        meta["bracket_advisors"] = ""
        for block in page.document.blocks:
            if (
                block.kind is BlockKind.HEADING
                and block.text.endswith(")")
                and (found := _ADVISORS_BRACKET_HEADING.search(block.text))
                and (
                    contexts_in(block.text[: found.start()])
                    # ("Graduate students (primary advisor in parentheses)")
                    or heading_kind(block.text[: found.start()]) is SectionKind.STUDENTS
                )
            ):
                meta["bracket_advisors"] = "co" if found.group(1) else "yes"
                break
    return bool(meta["bracket_advisors"])


def _talk_page(page: Page) -> bool:
    """A talk's page ("Speaker: Dr. A"): its "Host:" is the seminar's host."""
    meta = page.document.meta
    if "talk_page" not in meta:
        meta["talk_page"] = bool(SPEAKER.search(page.document.text[:6000]))
    return meta["talk_page"]


# "Il a également codirigé, avec B, la thèse de A, soutenue en 1999", "J'ai co-encadré la
# thèse de A avec B", "She supervised the PhD thesis of A with B": the owner advised A.
_DIRECTED_THESIS_OF = re.compile(
    r"(?i)(?:\bj['’]ai|\b(?:il|elle|I|he|she)\s+(?:a|avait|has|had)?)\s*(?:(?:également|aussi|"
    # ("J'ai auparavant co-encadré …": an adverb of time between the auxiliary and the verb)
    r"also|auparavant|précédemment|déjà|previously|already|par\s+ailleurs|en\s+outre|"
    r"récemment|recently)\s+)?(?P<verb>(?:co-?)?(?:dirigé|encadré|supervised|advised|directed"
    # ("où il co-encadre avec B la thèse de A, commencée en 2023": the present tense)
    r"|dirige|encadre|supervises|advises))\s*"
    r"(?:,?\s*(?:avec|with)\s+(?P<co>[^,]{3,60}?),?)?\s+(?:la\s+thèse|the\s+(?:ph\.?d\.?\s+|doctoral\s+)?"
    r"(?:thesis|dissertation))\s+(?:de\s+|d['’]|of\s+)"
)
_WITH_WORD = re.compile(r"\s(?:avec|with)\s+")
# "Avec B, elle a codirigé …": the co-advisor told before the clause; "A (2010)": the year
_WITH_FIRST = re.compile(r"\s*(?:Avec|With|Together\s+with)\s+([^,]{3,60}),\s*$")
_BEGUN_YEAR = re.compile(
    r"(?i)\b(?:commencée?|débutée?|started|begun|began)\s+(?:en|in)\s+((?:19|20)\d\d)\b"
)
_NAME_YEAR = re.compile(r"[^()]{3,60}?\(((?:19|20)\d\d)\)")
_DEFENDED_YEAR = re.compile(
    r"(?i)\b(?:soutenue?|defended|completed)\s+(?:en|in)\s+((?:19|20)\d\d)\b"
)


def _directed_thesis_of(page: Page, block: Block) -> None:
    for _offset, sentence in sentences(block.text):
        match = _DIRECTED_THESIS_OF.search(sentence)
        if match is None:
            continue
        rest = sentence[match.end() :]
        later = _WITH_WORD.search(rest)
        names, _ = names_after(rest[: later.start()] if later else rest)
        if not names or _is_owner(page, names[0]):
            continue
        student = names[0]
        co = names_after(match.group("co"))[0][:2] if match.group("co") else []
        if later:
            co += names_after(rest[later.end() :])[0][:2]
        if lead := _WITH_FIRST.match(sentence, 0, match.start()):
            co += names_after(lead.group(1))[0][:2]  # "Avec B, elle a codirigé la thèse de A"
        defended = _DEFENDED_YEAR.search(sentence, match.end()) or _NAME_YEAR.match(rest)
        period = Period(None, int(defended.group(1))) if defended else Period()
        if not defended and (begun := _BEGUN_YEAR.search(sentence, match.end())):
            period = Period(int(begun.group(1)), None)  # "…, commencée en 2023"
        for advisor in [page.owner.name, *co]:
            if not compatible(advisor, student):
                page.add(
                    student,
                    Relation.ADVISOR_PHD,
                    advisor,
                    sentence.strip(),
                    "supervision.thesis-of",
                    0.7,
                    period,
                )


# "His first student, A, …", "…, and her current student B received …": one student of
# the page's subject, named in apposition, at a sentence's or a clause's start.
_FIRST_STUDENT = re.compile(
    # ("… with Valchenko's own graduate student, A, as first author": a named one's, inside)
    r"(?:^|,\s+(?:and|et)\s+|\bwith\s+(?=[A-ZÀ-Þ][\w-]+['’]s\s))(?:(?i:his|her|my|their|son|sa)|"
    # "Keira's own first doctoral student, A": a student of the one the page named before
    r"(?P<whose>[A-ZÀ-Þ][\w-]+)['’]s)\s+(?:own\s+)?(?:very\s+)?(?:(?:first|last|current|"
    # ("His most recent student, A, defended in April")
    r"most\s+recent|latest|final|"
    r"former|premier|première|dernier|dernière|actuelle?|ancienne?)\s+"
    # ("with Valchenko's own graduate student, A, as first author": "own" alone)
    r"|(?<=own\s)"
    # ("Her doctoral student A later joined X": no adjective before a doctoral kind)
    r"|(?=(?i:doctoral|phd|ph\.d\.?)\s+student\s))"
    r"(?:(?i:doctoral|phd|ph\.d\.?|graduate)\s+)?(?P<kind>student|élève|doctorante?)"
    # ("His first doctoral student at Castlebay, A, …": the place where it was)
    r"(?:\s+(?:at|in|à)\s+[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,3}(?=,))?"
    r"\s*,?\s+(?=[A-ZÀ-Þ])"
)


# "A becomes the lab's first postdoctoral fellow (2011–2014)", "B joins as the group's
# first PhD student", « C devient la première doctorante de l'équipe »: on its head's page,
# the trainee of the page's owner.
_LAB_FIRST_TRAINEE = re.compile(
    rf"(?P<a>{_NAME_RUN})\s+(?:becomes|became|joins\s+as|joined\s+as|is|was|devient|"
    r"est\s+devenue?|rejoint\s+comme|est)\s+(?:(?:in|en)\s+(?P<year>(?:19|20)\d\d)\s+)?(?:the\s+(?:lab|laboratory|group|team)['’]s\s+"
    r"(?:very\s+)?first\s+(?P<kind>postdoctoral\s+(?:fellow|researcher)|postdoc|post-doc|"
    r"(?:phd|doctoral|graduate)\s+student)"
    r"|(?:le|la)\s+(?:premier|première)\s+(?P<fr>post-?doctorante?|doctorante?)\s+"
    r"(?:de\s+l['’]équipe|du\s+laboratoire|du\s+groupe))",
    re.I,
)


def _lab_first_trainee(page: Page, block: Block) -> None:
    """The trainee a lab's history names its first (see _LAB_FIRST_TRAINEE), the years
    that follow the kind in brackets."""
    head = page.owner.name if page.owner.how != "news-item" else lab_head(page.document)
    for _offset, sentence in sentences(block.text):
        match = _LAB_FIRST_TRAINEE.search(sentence)
        trainee = name_from_piece(match["a"]) if match else None
        if trainee is None or head is None or compatible(trainee, head):
            continue
        kind = (match["kind"] or match["fr"]).lower()
        relation = Relation.ADVISOR_POSTDOC if "post" in kind else Relation.ADVISOR_PHD
        bracket = _OWN_BRACKET.match(sentence, match.end())
        if bracket:
            period = parse_period(bracket.group())
        else:
            period = Period(int(match["year"]), None) if match["year"] else Period()
        page.add(
            trainee,
            relation,
            head,
            sentence.strip(),
            "supervision.lab-first",
            0.6,
            period,
        )


# "A's own graduate student, B": a US graduate student is a doctoral one.
_GRADUATE_STUDENT = re.compile(r"(?i)\bgraduate\s+student")
_IN_TURN_ADVISED = re.compile(
    r"\b(?:where|and|who)\s+(?:(?:he|she|they)\s+)?(?:has\s+|had\s+)?(?:in\s+turn\s+|himself\s+|"
    r"herself\s+|later\s+|since\s+)*(?:co-?)?supervised\s+(?=[A-ZÀ-Þ])"
)
_STUDENT_ENDED = re.compile(
    r"\s*(?:\((?:(?:phd|ph\.d\.?|dphil|doctorat|thèse)\s*,?\s*)?(?P<year>(?:19|20)\d\d)\)"
    # ("A, a refugee who had come in 1961, defended a thesis in 1966": an apposition first)
    r"|,?\s*(?:(?:a|an|the)\s[^.;()]{0,60}?,\s*)?(?:who\s+|a\s+)?"
    r"(?:defended|completed|finished|graduated|soutenu)\b[^.;()]{0,40}?\b"
    r"(?P<done>(?:19|20)\d\d)\b)",
    re.I,
)


def _first_student(page: Page, block: Block) -> None:
    """The student in apposition, read as a students list's item of the kind the sentence
    (or, for a bare "student", the block's doctorates) says."""
    for _offset, sentence in sentences(block.text):
        match = _FIRST_STUDENT.search(sentence)
        if match is None:
            continue
        names, end = names_after(sentence[match.end() :])
        name = names[0] if names else None
        if name is None or _is_owner(page, name):
            continue
        kind = sentence[match.start() : match.end()].rstrip(" ,")
        # "…, A (PhD 1989), is now …", "…, A, defended his thesis in March 2024": the year
        # the student's doctorate ended
        rest = sentence[match.end() :]
        family = name.split()[-1]
        at = rest.find(family) + len(family) if family in rest else end
        ended = _STUDENT_ENDED.match(rest, at)
        item = f"{name} ({ended['year'] or ended['done']})" if ended else name
        if match["kind"] in ("student", "élève") and _DOCTORAL.search(block.text):
            kind = "doctoral students"  # "supervised twenty theses. His first student, A"
        elif match["kind"].startswith("doctorant"):
            kind = "doctorants"  # "Son premier doctorant, A": a doctoral students' list
        period = Period(None, int(ended["year"] or ended["done"])) if ended else Period()
        doctoral = (
            match["kind"] not in ("student", "élève")
            or _DOCTORAL.search(block.text)
            or _GRADUATE_STUDENT.search(match.group())
        )
        if match["whose"]:
            advisor = named_lead(page, match["whose"])
            if advisor is not None and doctoral and not compatible(advisor, name):
                page.add(
                    name,
                    Relation.ADVISOR_PHD,
                    advisor,
                    sentence.strip(),
                    "supervision.lineage",
                    0.6,
                    period,
                )
        elif page.owner is not None:
            first = len(page.claims)
            student_list(page, Block(BlockKind.ITEM, item, block.level, (*block.section, kind)))
            for index in range(first, len(page.claims)):
                page.claims[index] = replace(page.claims[index], evidence=sentence.strip())
        turn = _IN_TURN_ADVISED.search(rest, at) if doctoral and "upervis" in rest else None
        for pupil in names_after(rest[turn.end() :])[0] if turn else ():
            # "Her first student, A (PhD 1989), is now at X, where he in turn supervised B
            # and C": the student's own students
            if not compatible(pupil, name) and not _is_owner(page, pupil):
                page.add(
                    pupil, Relation.ADVISOR_PHD, name, sentence.strip(), "supervision.lineage", 0.6
                )


_ANOTHERS_STUDENTS = re.compile(r"(?i)(?:his|her|their|ses)\s")
_FIRST_PERSON_BEFORE = re.compile(
    r"\b(?:I|[Mm]y|[Oo]ur|[Ww]e|[Jj]e|[Nn]ous|[Nn]otre|[Mm]on|[Mm]a)\b"
)


# "A (encadré par B)", "C (supervised by D)": a list's item naming its own advisor.
_NAMED_ADVISOR_IN_LIST = re.compile(
    r"\((?:[Cc]o-?)?(?:[Ee]ncadrée?|[Dd]irigée?|[Ss]upervised|[Aa]dvised)\s+(?:par|by)\s+[A-ZÀ-Þ]"
)


def _supervised_stages(page: Page, block: Block) -> None:
    """ "Il a par ailleurs encadré le stage de master de A (2020)": read as the clause
    "encadrement du stage …" is."""
    if " le stage" not in block.text and " les stages" not in block.text:
        return
    for clause in _SUPERVISED_STAGE.finditer(block.text):
        section = (*block.section, "Encadrement")
        student_list(page, Block(BlockKind.ITEM, clause["clause"], block.level, section))


# "Gunnar also hosted …": a sentence's leading word before a verb of hosting students
_LEAD_BEFORE_HOSTING = re.compile(
    r"(?:(?<=[.!?]\s)|^)(?P<word>[A-ZÀ-Þ][\w'’-]+)"
    r"(?=\s+(?:also\s+|has\s+|had\s+)?(?:co-?)?(?:supervised|advised|mentored|hosted)\s)"
)


# "those who completed doctorates under his direction", "the students who wrote their
# theses with her": the page subject's doctoral students, named after "were"/"include".
_COMPLETED_UNDER_THEM = re.compile(
    r"(?i)\b(?:those|the\s+(?:students|candidates)|students)\s+who\s+(?:completed|wrote|"
    r"defended|obtained|earned|received|finished)\s+(?:their\s+)?(?:doctorates?|ph\.?\s?d\.?s?|"
    r"doctoral\s+(?:theses|degrees)|theses|dissertations)\s+(?:under\s+(?:his|her|their)\s+"
    r"(?:direction|supervision|guidance)|with\s+(?:him|her|them))(?=\s+(?:were|are|include))"
)


def _owner_led_as_pronoun(page: Page, block: Block) -> Block:
    """*block* with a sentence's lead "Gunnar also hosted …" (the owner, by given or family
    name, in a third-person profile) written as "He", padded to keep the offsets."""
    words = {w for w in page.owner.name.split() if len(w) > 2}
    if not any(f"{w} " in block.text for w in words):
        return block
    text = _LEAD_BEFORE_HOSTING.sub(
        lambda m: "He".ljust(len(m.group())) if m.group("word") in words else m.group(),
        block.text,
    )
    return block if text == block.text else Block(block.kind, text, block.level, block.section)


# "Under her supervision A and B completed their theses, in 1996 and 1999", "Sous sa
# direction, C et D soutiennent leurs thèses en 2001 et 2004": the subject's doctoral
# students, named before their own verb of the thesis.
_UNDER_OWN_SUPERVISION = re.compile(
    r"(?:^|[.;]\s+)(?:[Uu]nder\s+(?:his|her|their)\s+(?:supervision|direction|guidance)|"
    r"[Ss]ous\s+sa\s+(?:direction|supervision))\s*,?\s+"
    r"(?P<names>[A-ZÀ-Þ][^.;:]{2,200}?)\s+(?:completed|defended|obtained|earned|wrote|finished|"
    r"soutiennent|soutient|ont\s+soutenu|a\s+soutenu|obtiennent|obtient)\s+"
    r"(?:(?:their|his|her|leurs|leur|sa|son)\s+)?(?:theses|thesis|doctorates?|ph\.?d\.?s?|"
    r"dissertations?|thèses|thèse|doctorats?)\b(?P<rest>[^.;]*)"
)


def _under_own_supervision(page: Page, block: Block) -> None:
    """The students a sentence names after "under her supervision", each the owner's."""
    for match in _UNDER_OWN_SUPERVISION.finditer(block.text):
        students = [n for n in names_after(match["names"])[0] if not _is_owner(page, n)]
        years = years_in(match["rest"])
        for index, student in enumerate(students):
            # ("…, in 1996 and 1999": the years in the order of the students)
            year = years[index] if len(years) == len(students) else None
            page.add(
                student,
                Relation.ADVISOR_PHD,
                page.owner.name,
                match.group().strip(" .;"),
                "supervision.under-own",
                0.75,
                Period(None, year) if year else Period(),
            )


def _students_in_prose(page: Page, block: Block) -> None:
    """Students named in a sentence of prose, each read like one item of a students list."""
    if page.owner is None and "own " in block.text and page.kind(block) not in QUIET:
        _first_student(page, block)  # ("A's own graduate student, B": no owner's)
    if page.owner is None or page.kind(block) in QUIET:
        return
    if ("upervision " in block.text or "irection" in block.text) and (
        "nder " in block.text or "ous sa " in block.text
    ):
        _under_own_supervision(page, block)
    block = _owner_led_as_pronoun(page, block)
    if (
        " who " in block.text
        and (
            text := _COMPLETED_UNDER_THEM.sub(
                lambda m: "his doctoral students".ljust(len(m.group())), block.text
            )
        )
        != block.text
    ):
        # "Among those who completed doctorates under his direction were A (1977) and B":
        # read as "Among his doctoral students were …" (offsets kept)
        block = Block(block.kind, text, block.level, block.section)
    if ("thèse d" in block.text or "thesis of" in block.text) and _DIRECTED_THESIS_OF.search(
        block.text
    ):
        _directed_thesis_of(page, block)
    if "upervisor " in block.text or "of record" in block.text:
        _supervisor_to(page, block)
    elif _ADVISING_OF.search(block.text):
        _advising_of(page, block)
    _supervised_stages(page, block)
    if "ncadrement d" in block.text or "irection d" in block.text:
        for clause in _SUPERVISION_CLAUSE.finditer(block.text):
            # "… ; encadrement du stage de M2 de A au FMI (2021)": the owner's supervision,
            # a noun phrase inside prose, read like a students list's item.
            item = clause.group("clause").strip()
            if ". " in item and (end := _CLAUSE_SENTENCE_END.search(item)):
                # "… d'A (2022), avec B. Participation au comité de suivi de C": the
                # clause's own sentence (the next one is another fact)
                item = item[: end.start() + 1]
            section = (*block.section, "Encadrement")
            student_list(page, Block(BlockKind.ITEM, item, block.level, section))
    if ("tudent" in block.text or "lève" in block.text or "octorant" in block.text) and any(
        _FIRST_STUDENT.search(s) for _, s in sentences(block.text)
    ):
        _first_student(page, block)
    if "first" in block.text or "premi" in block.text:
        _lab_first_trainee(page, block)
    counted = ("nclud" in block.text or "mong" in block.text) and (
        _COUNTED_SUPERVISED.search(block.text) is not None
    )
    if "nclude" in block.text and ("who " in block.text or "ecent" in block.text):
        _worked_with_include(page, block)
    if not counted and not page.holds_word(block, _STUDENTS_ARE, _STUDENTS_ARE_WORDS):
        _among_them(page, block)  # ("Over her career she has guided …. Among them are A")
        return
    previous = ""
    said = sentences(block.text)
    for index, (offset, sentence) in enumerate(said):
        match = (
            _STUDENTS_ARE.search(sentence)
            or _GROUP_MEMBERS_WERE.search(sentence)
            or (_COUNTED_SUPERVISED.search(sentence) if counted else None)
        )
        if match is None:
            previous = sentence
            continue
        if sentence.rstrip().endswith(";"):
            # "Parmi ses anciens doctorants figurent A (2013) ; B (2016) ; et C (2020).":
            # the list goes on past the semicolons that end its sentences
            for _, more in said[index + 1 :]:
                sentence = f"{sentence} {more}"
                if not more.rstrip().endswith(";"):
                    break
        if _ANOTHERS_STUDENTS.match(match.group()) and _FIRST_PERSON_BEFORE.search(
            sentence, 0, match.start()
        ):
            # "Our lab shares space with B's group; his students C and D …": a first-person
            # sentence's "his students" are another's.
            previous = sentence
            continue
        while match is not None:
            after = _students_named(page, block, sentence, match, previous, offset)
            # "I also supervised A and B, and I am currently advising PhD students C and D":
            # the next clause names students of its own.
            if after is not None and _AND_ADVISES.match(sentence, after):
                # "…, and currently advises doctoral student C": the same subject, said
                # again for the search (three letters for three: the offsets stay)
                sentence = f"{sentence[:after]}she{sentence[after + 3 :]}"
            match = _STUDENTS_ARE.search(sentence, after) if after is not None else None
    _among_them(page, block)


# "Aya's thesis was co-supervised with B", "La thèse d'Ouafae a été codirigée avec B",
# "Solveig was jointly advised by B": a student the page named in full, by first name.
_FIRST_NAME_CO = re.compile(
    r"(?:\b(?P<a>[A-ZÀ-Þ][a-zà-ÿ]+)['’]s\s+(?:thesis|dissertation|PhD)\s+was\s+"
    r"(?:co-?supervised|co-?advised|jointly\s+supervised|jointly\s+advised)\s+(?:with|by)"
    r"|\b(?:[Ll]a\s+)?thèse\s+d(?:e\s+|['’])(?P<b>[A-ZÀ-Þ][a-zà-ÿ]+)\s+a\s+été\s+"
    r"(?:co-?dirigée|co-?encadrée)\s+(?:avec|par)"
    r"|\b(?P<c>[A-ZÀ-Þ][a-zà-ÿ]+)\s+was\s+(?:jointly\s+|co-?)(?:advised|supervised)\s+"
    r"(?:by|with)"
    # "… ; celle d'Aurore en cotutelle avec B", "…; that of Aya co-supervised with B": the
    # next thesis, its noun left out
    r"|[;,]\s+(?:celle\s+d(?:e\s+|['’])|that\s+of\s+)(?P<d>[A-ZÀ-Þ][a-zà-ÿ]+)\s+"
    r"(?:a\s+été\s+|was\s+)?(?:en\s+cotutelle|en\s+co-?direction|co-?dirigée|co-?encadrée|"
    r"co-?supervised|co-?advised|jointly\s+supervised|jointly\s+advised)\s+(?:avec|par|with|by))"
    r"\s+(?:(?:Prof|Dr|Professor|Pr)\.?\s+)?(?P<advisor>[A-ZÀ-Þ][^,;()]{2,60}?)"
    r"(?=\s*[,;.(]|\s+(?:and|et|again)\b|\s*$)"
)
_FIRST_NAME_CO_WORDS = (
    "co-supervised",
    "co-advised",
    "jointly",
    "codirigée",
    "co-dirigée",
    "cotutelle",
)
_SUPERVISION = frozenset(ADVISOR.values())


def _first_name_co_advisor(page: Page, block: Block) -> None:
    """The co-advisor a sentence gives a student the page named in full before ("Aya's
    thesis was co-supervised with B" after "Among my PhD graduates: Aya Quill (2013)"),
    when the first name stands for one of the owner's students only."""
    owner = page.owner.name if page.owner else None
    for match in _FIRST_NAME_CO.finditer(block.text):
        first = match.group("a") or match.group("b") or match.group("c") or match.group("d")
        # ("… by Inês B in Lisbon": the place after the name)
        advisor = name_at_start(match.group("advisor")) or next(
            iter(names_after(match.group("advisor"))[0]), None
        )
        students = {
            claim.subject: claim
            for claim in page.claims
            if claim.relation in _SUPERVISION
            and claim.object == owner
            and claim.subject.split()[0] == first
        }
        if advisor is None or len(students) != 1 or compatible(advisor, owner or ""):
            continue
        student, claim = students.popitem()
        if student == advisor:
            continue
        page.add(
            student,
            claim.relation,
            advisor,
            match.group(0),
            "supervision.first-name-co-advisor",
            0.7,
            Period(claim.start, claim.end),
        )


# "Hosted 5 postdoctoral researchers, most recently …", "Supervised 9 PhD students …"
_CV_COUNT_LEAD = re.compile(r"(?:Hosted|Mentored|Supervised|Advised)\s+(?:\w+\s+){0,2}\d")


def _students_named(
    page: Page, block: Block, sentence: str, match: re.Match, previous: str, offset: int
) -> int | None:
    """The students *match*'s cue names in *sentence* (at *offset* in the block), each read
    as a students list's item; where a clause of the owner's own ends the list, its offset."""
    rest = sentence[match.end() :].rstrip(" .")
    if match.group(0).endswith("(") and block.text.startswith(sentence, offset):
        # "I hosted two postdocs (A, 2018–2019; B, 2021–2023)": the names in the bracket,
        # its semicolons no sentence's end
        rest = block.text[offset + match.end() :]
        rest = rest[: _closing_bracket(rest)]
    kind = sentence[match.start() : match.end("kind" if match.group("kind") else "kind2")]
    if "committees of " in kind:
        # "chaired the dissertation committees of nine PhD students": the students' kind, not
        # a jury's committee
        kind = kind.split("committees of ", 1)[1]
    if (
        kind.lower().endswith("students")
        and not contexts_in(kind)
        and _DOCTORAL_COUNT.search(previous)
    ):
        # "She has supervised eleven doctoral dissertations. Her former students include
        # A, B and C": the students the count before spoke of.
        kind = "PhD students"
    elif (
        kind.lower().endswith("students")
        and not contexts_in(kind)
        and _OWN_DOCTORATE_TOLD.search(f"{previous} {sentence[: match.start()]}")
    ):
        # "… where she had completed her doctorate with B; her first students were C and
        # D": a department's history, its faculty's students doctoral ones
        kind = "PhD students"
    elif kind.lower().endswith("élèves") and (
        _THESIS.search(block.text) or _DOCTORAL_COUNT.search(previous)
    ):
        kind = kind[: -len("élèves")] + "doctorants"  # "dirigé trente thèses ; ses élèves"
    elif kind.lower().endswith("graduates"):
        kind = "PhD students"  # "Among her PhD graduates are A and B"
    elif kind.lower().endswith("thèses"):
        kind = "Thèses encadrées"  # "elle a encadré cinq thèses, dont celle de A"
    elif kind.lower().endswith(("fellow", "scholar", "researcher", "student")):
        kind += "s"  # "mentored postdoctoral fellow A": one item of a list of that kind
    items: list[str] = []
    after = None
    for piece in _top_level_pieces(rest):
        if _CLAUSE_OPENING.match(piece) or _PRONOUN_PIECE.match(piece) or _AND_ADVISES.match(piece):
            # "…, and I teach a module with C": the list of students has ended
            after = sentence.find(piece, match.end())
            break
        if items and _LIST_VERB.match(piece):
            break
        # ("…, ou encore C, sa dernière doctorante": the list's last link)
        parts = [_LEADING_AND.sub("", _PREDICATE.sub("", part)) for part in _TOP_AND.split(piece)]
        if items and not any(map(name_at_start, parts)):
            items[-1] += f", {piece}"  # "A, soutenue en 2022": the student's own note
            continue
        items.extend(_LEADING_AND.sub("", part) for part in parts if name_at_start(part))
    for item in items:
        student_list(page, Block(BlockKind.ITEM, item, block.level, (*block.section, kind)))
    return after if after is not None and after >= 0 else None


def _closing_bracket(text: str) -> int:
    """Where the bracket open before *text* closes (its end when it does not)."""
    depth = 0
    for at, char in enumerate(text):
        depth += char == "("
        depth -= char == ")"
        if depth < 0:
            return at
    return len(text)


# "encadrement du stage de M2 de A (2021)", "co-direction de la thèse de B": a clause that
# names the owner's supervision by its noun, up to the clause's end.
_SUPERVISION_CLAUSE = re.compile(
    r"(?:^|[;,]\s*|\.\s+)(?P<clause>(?i:co-?)?(?i:encadrement|direction)\s+(?:\([^()]{0,20}\)\s+)?"
    # ("Co-encadrement à 30 % du stage de M2 de A": the owner's share)
    r"(?:à\s+\d{1,3}\s*%\s+)?"
    r"(?i:du|de\s+la|des)\s+(?i:stages?|thèses?|mémoires?)\b[^;.\n]{0,60}?\s(?:de|d['’])\s*"
    # (up to the line's end: a text's next line is another entry)
    r"[A-ZÀ-Þ][^;\n]*)"
)
# "Co-encadrement du stage de A", "Direction de la thèse de B": a sentence naming the
# owner's supervision of one student.
_ACTIVITY_SENTENCE = re.compile(
    r"(?i)^\s*(?:co-?)?(?:encadrement|direction)\s+(?:\([^()]{0,20}\)\s+|à\s+\d{1,3}\s*%\s+)?"
    r"(?:du|de\s+la|des|d['’])\s*(?:stages?|thèses?|mémoires?)\b"
)
# A sentence's end inside a supervision clause: a word's full stop (not an initial's).
_CLAUSE_SENTENCE_END = re.compile(r"(?:(?<=[a-zà-ÿ]{2})|(?<=\)))\.\s+(?=[A-ZÀ-Þ])")
# "Il a par ailleurs encadré le stage de master de A (2020)", "J'ai co-encadré les stages
# de M2 de B et C": the owner's supervision told with its verb.
_SUPERVISED_STAGE = re.compile(
    r"(?i:\bj['’]ai|\bil\s+a|\belle\s+a)\s+(?i:(?:par\s+ailleurs|également|aussi|notamment)\s+)?"
    r"(?P<clause>(?i:co-?)?(?i:encadré|dirigé)\s+(?i:le|les)\s+(?i:stages?)\b[^;.]{0,60}?"
    r"\s(?:de|d['’])\s*[A-ZÀ-Þ][^;.]*)"
)
# "Fourteen MSc dissertations supervised since 2021, including A (2022, prize …)": the
# kind, the participle, then the students named.
_COUNTED_SUPERVISED = re.compile(
    r"(?i)\b(?P<kind>(?:(?:phd|ph\.d\.?|doctoral|msc|m\.sc\.?|master'?s?|mres|mphil|"
    r"undergraduate|bachelor'?s?|honou?rs)\s+)?(?:theses|dissertations|students|projects))\s+"
    r"(?:co-?)?(?:supervised|advised|directed|mentored)\b[^.;:,]{0,40},\s*"
    r"(?:including|among\s+them|notably|most\s+recently)\s+"
)
# "He supervised 21 doctoral students." then "Among them are A, now at X, who …, and B, who
# graduated in 2008 and co-supervised with C.": the owner's students, one clause each.
_SUPERVISED_COUNT = re.compile(
    r"(?i)\b(?:supervised|guided|advised|mentored|directed|"
    # ("J'ai encadré ou co-encadré sept thèses, dont … . Les plus récentes sont celles de …")
    r"(?:co-?)?(?:encadré|dirigé)(?:\s+ou\s+co-?(?:encadré|dirigé))?)\s+"
    r"(?:(?:more\s+than|over|some|about|nearly|around|plus\s+de|près\s+de)\s+)?(?:\w+\s+)?"
    # ("has guided fourteen doctoral candidates to their degrees")
    r"(?P<kind>(?:doctoral|phd|ph\.d\.?|graduate|master'?s?)\s+(?:students|candidates)|theses|"
    r"postdocs|thèses)\b"
)
_AMONG_THEM = re.compile(
    r"^\s*(?:among\s+them|among\s+these|they\s+include|these\s+include)\s*(?:are|were)?"
    r"\s*[,:]?\s*"
    # "Les quatre plus récentes sont celles d'A (2015-2018), de B …"
    r"|^\s*(?:les|the)\s+(?:\w+\s+)?(?:plus\s+récentes|dernières|most\s+recent|latest)\s+"
    r"(?:sont|are|were)\s+(?:celles|those)\s+(?:de\s+|d['’]|of\s+)",
    re.I,
)
_NEXT_STUDENT = re.compile(
    r",?\s+and\s+(?=[A-ZÀ-Þ])|;\s*(?:and\s+)?"
    # ("celles d'A (…), de B (…) et de C": the French list's own links)
    r"|,\s+(?:de\s+|d['’])(?=[A-ZÀ-Þ])|\s+et\s+(?:de\s+|d['’])(?=[A-ZÀ-Þ])"
)


# "Postdoctoral researchers who have worked with her include Dr. A (2015–2017)": the page
# subject's (or owner's) trainees of that kind.
_WORKED_WITH_INCLUDE = re.compile(
    r"(?i)\b(?P<kind>post-?docs?|postdoctoral\s+(?:researchers|fellows|scholars)|"
    r"(?:ph\.?d\.?|doctoral|graduate)\s+students)\s+who\s+(?:have\s+|had\s+)?"
    r"(?:worked|trained|studied)\s+(?:with|under)\s+(?:her|him|them|me)\s+"
    r"(?:include|includes|included)\s+(?:also\s+)?"
)


# "Recent undergraduate researchers include A (2022–2023), B (2023) and C": on the owner's
# page, in a paragraph the owner writes, the owner's own.
_RECENT_INCLUDE = re.compile(
    r"(?i)\b(?:recent|former|past|current)\s+(?P<kind>(?:[\w'’-]+\s+){0,2}?(?:researchers|"
    r"students|interns|postdocs|mentees|advisees|trainees))\s+(?:include|included|have\s+"
    r"included)\s+(?:also\s+)?"
)


def _worked_with_include(page: Page, block: Block) -> None:
    owners = _OWN_PERSON.search(block.text) is not None
    for _offset, sentence in sentences(block.text):
        match = _WORKED_WITH_INCLUDE.search(sentence) or (
            _RECENT_INCLUDE.search(sentence) if owners else None
        )
        if match is None:
            continue
        section = (*block.section, match.group("kind"))
        for part in _student_pieces(sentence[match.end() :].rstrip(" .")):
            if name_at_start(part):
                student_list(page, Block(BlockKind.ITEM, part, block.level, section))


_LEADING_AND = re.compile(r"^\s*(?:and|et|ou\s+encore|ainsi\s+que|as\s+well\s+as)\s+")


def _among_them(page: Page, block: Block) -> None:
    if " of them" in block.text or " of whom" in block.text or "mong them" in block.text:
        _one_of_them(page, block)
    if "mong " not in block.text and "nclude" not in block.text and "celles d" not in block.text:
        return  # (cheap: "Among them", "They include", "… sont celles de")
    previous = ""
    listing = None  # the kind of a list of names a ";" carried on past its sentence
    for _offset, sentence in sentences(block.text):
        counted = _SUPERVISED_COUNT.search(previous) if previous else None
        among = _AMONG_THEM.match(sentence) if counted else None
        carried, listing = listing, None
        previous = sentence
        if among is not None and _OWNER_SPEAKS.search(counted.string[: counted.start()]):
            kind, rest = counted.group("kind"), sentence[among.end() :]
        elif carried is not None:
            kind, rest = carried, sentence  # "Among them are A (2011); B (2014); and C (2019)."
        else:
            continue
        if rest.rstrip().endswith(";"):
            listing = kind
        for part in _NEXT_STUDENT.split(rest.rstrip(" .;")):
            if name_at_start(_LEADING_AND.sub("", part)):
                part = _LEADING_AND.sub("", part)
                student_list(page, Block(BlockKind.ITEM, part, block.level, (*block.section, kind)))


# "He has supervised eleven PhD students; one of them, A, received …": the count's student
# named after it in the same sentence.
_ONE_OF_THEM = re.compile(
    r"\s*[;,]\s*(?:and\s+)?(?:one|two|three|several|some|many|most)\s+of\s+(?:them|whom)\s*"
    r"(?:,\s*|\s+(?:is|are|was|were)\s+)(?=[A-ZÀ-Þ])"
    # "I have supervised nine doctoral students; several now lead groups, among them A and
    # B": a clause on the students, then the names it picks out
    r"|\s*;\s*[^;:,.]{1,60}?,\s*among\s+them\s+(?=[A-ZÀ-Þ])",
    re.I,
)


def _one_of_them(page: Page, block: Block) -> None:
    for _offset, sentence in sentences(block.text):
        counted = _SUPERVISED_COUNT.search(sentence)
        if counted is None or not _OWNER_SPEAKS.search(sentence[: counted.start()]):
            continue
        one = _ONE_OF_THEM.match(sentence, counted.end())
        if one is None:
            continue
        names, _ = names_after(sentence[one.end() :])
        if one.group().lstrip(" ;,").lower().startswith(("one ", "and one ")):
            names = names[:1]
        section = (*block.section, counted.group("kind"))
        for name in names:
            student_list(page, Block(BlockKind.ITEM, name, block.level, section))


# The subject of "… supervised 21 students": the owner (a pronoun, or a name), maybe with
# an auxiliary ("She has supervised", "Over his career Edwin supervised").
_OWNER_SPEAKS = re.compile(
    r"(?:^|\s)(?:I|[Hh]e|[Ss]he|[A-ZÀ-Þ][\w'’-]+)\s+(?:(?:has|have|had)\s+)?(?:also\s+)?$"
    r"|(?:^|\s)(?:[Jj]['’]ai|[Ii]l\s+a|[Ee]lle\s+a)\s+(?:(?:également|aussi)\s+)?$"
    r"|\b(?:his|her)\s+career\b"
)


# "Welcome to A, who joins the group as a PhD student co-supervised with B": on the page of
# the one co-supervising with B, a new student of the page's owner.
_JOINS_AS = re.compile(
    r"(?i)\b(?:joins|joined|has\s+joined|rejoint|a\s+rejoint)\s+(?:the|our|my|l['’]|notre|mon)\s+"
    r"(?:group|team|lab|équipe|laboratoire)\s+"
    # "joined the group in October 2024 as …", "a rejoint l'équipe en septembre comme …"
    r"(?:(?:in|on|this|last|en|le|ce(?:tte)?)\s+[\w ]{1,25}?\s+)?(?:as|comme|en\s+tant\s+que)\s+"
)
_LEAD_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3}")
# "Enfin, A …", "Finally, A …": a linking word before the sentence's subject.
_LEADING_LINK = re.compile(
    r"(?i)^\W*(?:enfin|ensuite|puis|par\s+ailleurs|de\s+plus|également|finally|lastly|also|"
    r"then|moreover|in\s+addition)\s*,\s*"
)
# The capitalised words a sentence opens with, up to its comma or its (lower-case) verb.
_SUBJECT_LEAD = re.compile(
    r"^\W*([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3})(?=\s*,|\s+[a-zà-ÿ])"
)
_CO_WITH = re.compile(r"(?i)\bco-?(?:supervised|advised|encadrée?|dirigée?)\s+(?:with|avec)\s+")
_CO_BY = re.compile(
    r"(?i)\bco-?(?:supervised|advised|encadrée?|dirigée?)\s+(?:with|avec|by|par)\s+"
    # ("… sa thèse sous ma direction et celle de B")
    r"|\bet\s+celle\s+d(?:e\s+|['’])(?=[A-ZÀ-Þ])"
)


# "Welcome to A, who starts her PhD with me this autumn!", "B, qui commence sa thèse sous
# ma direction": the owner speaks of a new student of theirs.
_STARTS_WITH_ME = re.compile(
    # "A started her PhD with me in 2023": the name as the sentence's subject, too
    r"\b((?-i:[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3})),?\s+(?:(?:who|qui)\s+)?"
    r"(?:starts|started|is\s+starting|begins|began|commence|a\s+commencé|débute|a\s+débuté)\s+"
    r"(?:her|his|their|sa|son|un|une|a|an)\s+(?P<kind>[\w.'’ -]{2,20}?)\s+"
    r"(?:with\s+me|under\s+my\s+(?:supervision|direction)|in\s+my\s+(?:group|lab|team)|"
    r"avec\s+moi|sous\s+ma\s+direction|dans\s+mon\s+équipe|"
    # "qui commence sa thèse avec nous, co-encadrée avec B": the co-supervision says who
    r"(?:with\s+us|avec\s+nous)(?=\s*,?\s*co-?(?:supervised|advised|encadrée?|dirigée?)\s))\b",
    re.I,
)


_STARTS_WITH_ME_ENDINGS = (
    "with me", "under my", "in my", "avec moi", "sous ma direction", "dans mon",
    "with us", "avec nous",
)  # fmt: skip


def _welcomes_student(sentence: str) -> bool:
    """Whether *sentence* tells a new student's thesis under the owner (read by
    :func:`_new_student`, not as the owner's own supervision)."""
    lowered = sentence.lower()
    return (
        "with me" in lowered or "avec moi" in lowered or "sous ma direction" in lowered
    ) and bool(_STARTS_WITH_ME.search(sentence))


def _new_student(page: Page, block: Block) -> None:
    # Every match writes one of its verbs and one of its endings: under IGNORECASE the
    # pattern's capitals are any letter, so it tries every word of the block.
    if not page.holds_word(
        block, _STARTS_WITH_ME, ("start", "begin", "began", "commenc", "début")
    ) or not page.holds_word(block, _STARTS_WITH_ME, _STARTS_WITH_ME_ENDINGS):
        return
    for _offset, sentence in sentences(block.text):
        for match in _STARTS_WITH_ME.finditer(sentence):
            name = name_from_piece(
                re.sub(r"(?i)^(?:welcome\s+to|bienvenue\s+à)\s+", "", match.group(1))
            )
            context = _context_near(match.group("kind"), 0)
            if name is None or context is None or _is_owner(page, name):
                continue
            years = set(years_in(block.text))
            period = Period(years.pop(), None) if len(years) == 1 else Period()
            # "…, co-supervised by B": B advises the same thesis.
            co = _CO_BY.search(sentence, match.end())
            co_advisors = names_after(sentence[co.end() :])[0][:2] if co else []
            for advisor in [page.owner.name, *co_advisors]:
                if advisor != name:
                    page.add(
                        name,
                        ADVISOR[context],
                        advisor,
                        sentence.strip(),
                        "supervision.welcome",
                        0.75,
                        period,
                    )


# On a page about one person (a tribute, a profile): "B, who completed her PhD with him in
# 1989", "C, his first doctoral student (PhD 1975)": a student of the page's subject.
_FORMER_STUDENT = re.compile(
    r"\b(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3}),[ \t]+(?i:"
    r"who\s+(?:completed|did|earned|received|wrote|defended|obtained)\s+(?:her|his|their)\s+"
    r"(?P<kind>ph\.?d\.?|doctorate|dissertation|master'?s|msc|postdoc)\s+(?:with|under)\s+"
    r"(?:him|her|them)\b"
    r"|(?:his|her|their)\s+(?:(?:first|last|former|second|third)\s+)?"
    r"(?P<kind2>doctoral|ph\.?d\.?|master'?s|postdoctoral)\s+(?:student|fellow|researcher)\b)"
)


# "après la soutenance", "after my defence": the event marks a time, the line goes on.
AFTER_EVENT = re.compile(r"(?i)\b(?:après|after|depuis|since)\s+(?:la|ma|sa|the|my|his|her)\s+$")
AFTER_EVENT_CHARS = 12
# "sous sa direction", "sous ma co-direction": the bare cue word after a possessive names
# the page subject's (or the writer's) supervision, whatever name follows it.
# ("who completed doctorates under his direction were A": the page subject's students)
_POSSESSIVE_BEFORE = re.compile(r"(?i)\b(?:sa|son|ma|mon|leur|notre|his|her|their)\s+$")
_BARE_DIRECTION_CUES = frozenset({"direction", "co-direction", "codirection", "co-encadrement"})


# "A, qui a soutenu sous sa direction en 2003", "c'est sous son égide que B a préparé sa
# thèse": a student of the page's subject (a laudatio, a notice), "sa"/"son" being theirs.
_UNDER_THEIR = re.compile(
    r"\b(?P<name>(?-i:[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3})),\s+"
    r"qui\s+(?:a|avait)\s+soutenu\s+"
    r"(?:sa\s+thèse\s+)?sous\s+(?:sa|son)\s+(?:direction|houlette|égide|supervision)\b"
    r"|\bsous\s+(?:sa|son)\s+(?:direction|houlette|égide|supervision)\s+qu(?:e\s+|['’])"
    r"(?P<name2>(?-i:[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3}))",
    re.I,
)


def _former_student(page: Page, block: Block) -> None:
    text = block.text
    if "sous s" in text:
        _under_their(page, block)
    if "who " not in text and " student" not in text and " fellow" not in text:
        return
    for _offset, sentence in sentences(text):
        for match in _FORMER_STUDENT.finditer(sentence):
            name = name_from_piece(match.group("name"))
            context = _context_near(match.group("kind") or match.group("kind2"), 0)
            if name is None or context is None or _is_owner(page, name):
                continue
            # "(PhD 1975)", "in 1989": the one year right after, when the thesis ended.
            _add_former_student(
                page, name, context, sentence, sentence[match.end() : match.end() + 20], 0.7
            )


def _under_their(page: Page, block: Block) -> None:
    """ "A, qui a soutenu sous sa direction en 2003": A's doctorate under the page's subject
    (the kind the sentence says, a doctorate when it says none)."""
    for _offset, sentence in sentences(block.text):
        for match in _UNDER_THEIR.finditer(sentence):
            name = name_from_piece(match["name"] or match["name2"])
            if name is None or _is_owner(page, name):
                continue
            context = context_of(sentence) or Context.PHD
            _add_former_student(page, name, context, sentence, sentence[match.start() :], 0.65)


def _add_former_student(
    page: Page, name: str, context: Context, sentence: str, dated: str, confidence: float
) -> None:
    """*name*, a former student of the page's subject; the one year *dated* writes, when
    there is one, is when the thesis ended."""
    years = set(years_in(dated))
    period = Period(None, years.pop()) if len(years) == 1 else Period()
    page.add(
        name,
        ADVISOR[context],
        page.owner.name,
        sentence.strip(),
        "supervision.former-student",
        confidence,
        _period_for(context, period),
    )


# "A, dont j'ai co-encadré la thèse avec B, a soutenu …", "A, whose PhD I supervised, …":
# the writer's student named first (on a blog post about A's defence, too).
_WHOSE_THESIS_I = re.compile(
    r"\b(?P<name>(?-i:[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3}))"
    # ("A, stagiaire de M2 que j'ai encadrée …": the student's kind in apposition)
    r"(?:,\s+(?:(?:stagiaire|doctorante?|post-?doctorante?|étudiante?)(?:\s+(?:de|en)\s+[\w-]+)?\s+)?"
    r"|\s+(?=qui|who))(?:"
    r"dont\s+j['’]ai\s+(?:co-?)?(?:encadré|dirigé|suivi)\s+(?:la\s+|le\s+)?"
    r"(?P<kind>thèse|stage|post-?doc(?:torat)?|mémoire)"
    r"|que\s+j['’]ai\s+(?:co-?)?(?:encadrée?|dirigée?)"
    # "A qui a soutenu sa thèse, que j'ai co-dirigée avec B": the thesis named between
    r"|(?:qui\s+a\s+soutenu|who\s+(?:has\s+)?defended)\s+(?:sa|son|her|his|their)\s+"
    r"(?P<kind3>thèse|thesis|ph\.?d\.?|dissertation),\s+(?:que\s+j['’]ai\s+(?:co-?)?"
    r"(?:encadrée|dirigée|encadré|dirigé)|which\s+I\s+(?:co-?)?(?:supervised|advised|directed))"
    r"|whose\s+(?P<kind2>thesis|ph\.?d\.?|dissertation|postdoc|internship|master'?s\s+thesis)"
    r"\s+I\s+(?:co-?)?(?:supervised|advised|directed)"
    # "B, whom I co-advised with C": the kind told by the sentence (or the one before)
    r"|whom\s+I\s+(?:co-?)?(?:supervised|advised|directed))",
    re.I,
)
_LATER_WITH = re.compile(r"[^.;:!?]{0,60}?\b(?:avec|with)\s+(?=(?:(?:Prof|Dr|Pr)\.?\s+)?[A-ZÀ-Þ])")
_CO_AFTER = re.compile(r"(?i)\s*(?:,\s*)?(?:together\s+)?(?:avec|with)\s+")
_DEFENDED = re.compile(
    # ("… pour sa soutenance de thèse le 3 juillet 2024": the defence's date)
    r"(?i)\b(?:a\s+soutenu|soutenue?|defended|completed|finished|"
    r"soutenance\s+de\s+thèse\s+(?:le|du|en))\b"
)


def _student_i_supervised(page: Page, block: Block) -> None:
    if not page.holds_word(block, _WHOSE_THESIS_I, ("dont j", "que j", "whose", "whom i")):
        return
    writer = page.author or page.owner.name
    for _offset, sentence in sentences(block.text):
        for match in _WHOSE_THESIS_I.finditer(sentence):
            name = name_from_piece(match.group("name"))
            kind = match.group("kind") or match.group("kind2") or match.group("kind3")
            context = _context_near(kind, 0) if kind else _context_near(sentence, match.end())
            if context is None and " whom " in match.group():
                # "My first doctoral student, A, … He was followed by B, whom I co-advised
                # with C": the paragraph's kind
                context = _context_near(block.text, 0)
            if name is None or context is None or compatible(name, writer):
                continue
            co = _CO_AFTER.match(sentence, match.end())
            advisors = [writer, *(names_after(sentence[co.end() :])[0][:2] if co else [])]
            if co is None and (later := _LATER_WITH.match(sentence, match.end())):
                # "… que j'ai encadrée de février à juillet 2024 avec Gaspard": the co-advisor
                # after the dates, maybe a given name the page wrote in full before
                advisors += _names_or_given(page, sentence[later.end() :])[:2]
            years = set(years_in(sentence))
            period = (
                Period(None, years.pop())
                if len(years) == 1 and _DEFENDED.search(sentence)
                else Period()
            )
            if period.empty and len(years) > 1:
                # "… que j'ai co-dirigée avec B (2021-2024)": the thesis's own years
                stated = parse_period(sentence[match.end() :])
                period = stated if stated.start and stated.end else period
            if period.empty and context in (Context.INTERNSHIP, Context.OTHER):
                # "stagiaire de M2 que j'ai encadrée de février à juillet 2024": its year
                clause = sentence[match.end() :].split(":", 1)[0]
                period = parse_period(clause)
            for advisor in advisors:
                if not compatible(advisor, name):
                    page.add(
                        name,
                        ADVISOR[context],
                        advisor,
                        sentence.strip(),
                        "supervision.whose-thesis",
                        0.75,
                        _period_for(context, period),
                    )


# "My student A defended her PhD thesis today", "A, mon doctorant, a soutenu …": the
# owner's student, named after (or before) the possessive.
_STUDENT_NOUN = (
    # ("my first doctoral student", "ma dernière doctorante": the last one as the first)
    r"(?:(?:former|first|last|latest|PhD|Ph\.D\.|doctoral|graduate|master'?s|MSc|"
    r"postdoctoral|premier|première|dernier|dernière|ancien|ancienne)\s+){0,2}"
    r"(?:student|doctorant|doctorante|étudiante?|postdoc|post-doctorante?)"
)
_NAME = r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3})"
_MY_STUDENT = re.compile(
    # ("ma première doctorante, Dr A, a soutenu …")
    rf"\b(?:[Mm]y|[Mm]on|[Mm]a)\s+{_STUDENT_NOUN}\s*,?\s+(?:(?:Dr|Dre|Prof)\.?\s+)?{_NAME}"
    rf"|{_NAME.replace('name', 'name2')},\s+(?:my|mon|ma)\s+{_STUDENT_NOUN}\b"
    # "I have two PhD students of my own, and my first, A, just passed …": the noun elided
    rf"|\b(?:[Mm]y|[Mm]a|[Mm]on)\s+(?:first|second|third|premier|première|deuxième)\s*,\s+"
    rf"{_NAME.replace('name', 'name3')}(?=\s*,)"
)
_STUDENTS_BEFORE = re.compile(r"(?i)\b(?:students|doctorante?)s?\b")
# "Her own students" › "Her first PhD student, A, defended in 2022" (a profile told in the
# third person): the paragraph's opening possessive is the profiled owner's.
_THIRD_STUDENT_OPENING = re.compile(
    rf"^\W*(?:Her|His|Sa|Son)\s+{_STUDENT_NOUN}\s*,?\s+(?:(?:Dr|Dre|Prof)\.?\s+)?{_NAME}"
)
# "She was co-advised by B." right after: B co-advised the same student.
_PRONOUN_CO = re.compile(
    r"^\s*(?:She|He|They|Elle|Il)\b[^.,]{0,40}?\bco-?(?:advised|supervised|encadrée?|dirigée?)"
    r"\s+(?:by|par|with|avec)\s+"
)


_CO_IN_SENTENCE = re.compile(
    r"(?i)\b(?:co-?direction|co-?encadrement|co-?(?:supervised|advised|encadrée?|dirigée?))\s+"
    r"(?:with|avec|by|par)\s+"
)


_CO_VERB_BEFORE = re.compile(r"(?i)\bco-?(?:encadr|dirig|supervis|advis)\w*\s+$")
_PARTNER_AFTER = re.compile(r"\s*,?\s*(?:avec|with)\s+")


# "In my own group, A (PhD 2021, co-supervised with B) is now at X, and C (PhD 2024) …":
# the owner's former students, each with the degree and year in the bracket after the name
_IN_MY_GROUP = re.compile(
    r"^\W*(?:(?i:in|from|among)\s+my\s+(?:own\s+)?(?:group|lab|laboratory|team)|"
    r"(?i:dans)\s+(?:mon\s+(?:équipe|groupe|laboratoire)|ma\s+propre\s+équipe))\s*,\s*"
)
_DEGREE_BRACKET = re.compile(
    rf"{_NAME}\s*\((?P<kind>Ph\.?\s?D\.?|DPhil|M\.?Sc\.?|MPhil|thèse|doctorat)\s*,?\s*"
    r"(?P<year>(?:19|20)\d\d)?(?P<rest>[^()]*)\)"
)


# "… Current students: A and B." after the owner's group's sentence: a students' label
# opening a later sentence of the same paragraph.
_STUDENTS_LABEL_LEAD = re.compile(r"^\W*([A-ZÀ-Þ][\w'’ -]{2,40}?)\s*:\s+(?=[A-ZÀ-Þ])")


def _group_students_labelled(page: Page, sentence: str, told: Context) -> None:
    """ "Current students: A and B" after "In my own group, C (PhD 2021) …": the owner's
    students, of the kind the label names, else of the one the group's sentence told."""
    label = _STUDENTS_LABEL_LEAD.match(sentence)
    if label is None or heading_kind(label.group(1)) is not SectionKind.STUDENTS:
        return
    context = context_of(label.group(1)) or told
    for name in names_after(sentence[label.end() :])[0]:
        if not _is_owner(page, name) and not compatible(page.owner.name, name):
            page.add(
                name,
                ADVISOR[context],
                page.owner.name,
                sentence.strip(),
                "supervision.my-group-degree",
                0.6,
                Period(),
            )


def _my_group_degrees(page: Page, block: Block) -> None:
    told = None  # the kind of degree the owner's group's sentence told
    for _, sentence in sentences(block.text):
        if not _IN_MY_GROUP.match(sentence):
            if told is not None:
                _group_students_labelled(page, sentence, told)
            continue
        for match in _DEGREE_BRACKET.finditer(sentence):
            name = name_from_piece(match.group("name"))
            context = _context_near(match.group("kind"), 0) or context_of(match.group("kind"))
            if name is None or context is None or _is_owner(page, name):
                continue
            told = told or context
            year = match.group("year")
            advisors = [page.owner.name]
            if co := _NARRATED_CO.search(match.group("rest")):
                advisors += names_after(match.group("rest")[co.end() :])[0][:2]
            for advisor in advisors:
                if not compatible(advisor, name):
                    page.add(
                        name,
                        ADVISOR[context],
                        advisor,
                        sentence.strip(),
                        "supervision.my-group-degree",
                        0.7,
                        _period_for(context, Period(None, int(year)) if year else Period()),
                    )


def _my_student(page: Page, block: Block) -> None:
    if "(" in block.text and ("my " in block.text or "mon " in block.text or "ma " in block.text):
        _my_group_degrees(page, block)
    profiled = (
        block.kind is BlockKind.PARAGRAPH
        and page.kind(block) is SectionKind.STUDENTS
        and _THIRD_STUDENT_OPENING.match(block.text) is not None
        and not LEXICON.pattern("FIRST_PERSON").search(block.text)
    )
    if not profiled and not page.holds_word(block, _MY_STUDENT, ("my ", "mon ", "ma ")):
        return
    said = [s for _, s in sentences(block.text)]
    for index, sentence in enumerate(said):
        match = _MY_STUDENT.search(sentence) or (
            _THIRD_STUDENT_OPENING.match(sentence) if profiled and not index else None
        )
        if match is None:
            continue
        written = match.groupdict()
        if written.get("name3") and not _STUDENTS_BEFORE.search(sentence, 0, match.start()):
            continue  # "my first, A, …" says whose only after a students' noun
        name = name_from_piece(written["name"] or written.get("name2") or written.get("name3"))
        context = _context_near(sentence, match.start())
        if context is None and _DEFENDED.search(sentence, match.end()):
            context = Context.PHD  # "My first student, A, now at X, defended in 2023"
        writer = page.owner.name
        if name is not None and _is_owner(page, name) and page.author:
            writer = page.author  # "Mon doctorant A a soutenu" in a post on A, by its writer
        if name is None or context is None or compatible(writer, name):
            continue
        years = set(years_in(sentence)) or _post_year(page, sentence)
        period = (
            Period(None, years.pop())
            if len(years) == 1 and _DEFENDED.search(sentence)
            else Period()
        )
        advisors = [writer]
        following = said[index + 1] if index + 1 < len(said) else ""
        co = _PRONOUN_CO.match(following)
        if co:
            advisors += names_after(following[co.end() :])[0][:2]
        if inner := _CO_IN_SENTENCE.search(sentence, match.end()):
            # "… a soutenu en 2021 sa thèse « X » (co-direction avec B)"
            advisors += _names_or_given(page, sentence[inner.end() :])[:2]
        elif (
            "co" in sentence[: match.start()]
            and _CO_VERB_BEFORE.search(sentence, 0, match.start())
            and (partner := _PARTNER_AFTER.match(sentence, match.end()))
        ):
            # "je co-encadre ma première doctorante, A, avec B": the partner after the name
            advisors += _names_or_given(page, sentence[partner.end() :])[:1]
        for advisor in advisors:
            if not compatible(advisor, name):
                page.add(
                    name,
                    ADVISOR[context],
                    advisor,
                    sentence.strip() if advisor == writer else following.strip(),
                    "supervision.my-student",
                    0.75,
                    _period_for(context, period),
                )
        if context is Context.PHD and _DEFENDED.search(sentence):
            # "… Many thanks to the external examiner, C.": the defence's jury, told after.
            for later in said[index + 1 : index + 4]:
                for role_match in _ROLE_THEN_NAME.finditer(later):
                    role = _role_of(role_match.group("role"))
                    member = name_from_piece(role_match.group("member"))
                    if role and member and not compatible(member, name):
                        page.add(
                            name,
                            role,
                            member,
                            later.strip(),
                            "jury.my-student",
                            0.7,
                            Period(period.end, period.end),
                        )


_RELATIVE_DAY = re.compile(
    r"(?i)\b(?:today|yesterday|this\s+(?:week|morning)|aujourd['’]hui|hier)\b"
)


def _post_year(page: Page, sentence: str) -> set[int]:
    """A post's own year (its front matter's ``date``) for "defended … today"."""
    front = page.document.meta.get("front_matter") or {}
    if not _RELATIVE_DAY.search(sentence) or not front.get("date"):
        return set()
    return set(years_in(str(front["date"])))


_ROLE_THEN_NAME = re.compile(
    r"\b(?P<role>(?:external\s+|internal\s+)?examiner|rapporteur|rapporteuse|rapportrice|"
    r"examinateur|examinatrice|chair\s+of\s+the\s+(?:jury|committee)|président(?:e)?\s+du\s+jury)"
    r",?\s+(?P<member>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3})"
)


# "post-doctorant (financement ANR/X) à Y", "postdoc (funded by X) with Y": how the post
# was paid, in brackets, is no grant the owner held nor a funder's role — the post stands.
_FUNDING_WORD = re.compile(r"(?i)financ|funded\s+by")


# How far a funding aside's closing bracket may stand after the cue it holds.
FUNDING_ASIDE_CHARS = 60


def funding_aside(text: str, match: re.Match[str]) -> bool:
    """Whether a cue ``match`` stands inside a bracketed aside of ``text`` that tells, from
    its funding word on, how a stay was funded ("A (the group was funded by a grant held
    by B)", a footnote set back where its mark stands): the aside vetoes no advisor."""
    start = match.start()
    opened = text.rfind("(", 0, start)
    return (
        opened > text.rfind(")", 0, start)
        and _FUNDING_WORD.search(text, opened, match.end()) is not None
        and ")" in text[match.end() : match.end() + FUNDING_ASIDE_CHARS]
    )


# "… and an instructor at Tansy College": a post word with its place after it
_AT_CAPITAL = re.compile(r"\s+(?:at|in)\s+(?:the\s+)?[A-ZÀ-Þ]")


def post_at_place(text: str, match: re.Match[str]) -> bool:
    """Whether a teaching cue ``match`` ("an instructor at Tansy College (2003-2005)") is
    a post the subject held at the place named next, not a course's teacher."""
    return (
        _AT_CAPITAL.match(text, match.end()) is not None
        and LEXICON.pattern("POSITIONS").fullmatch(match.group()) is not None
    )


def _told_of_my_student(previous: str | None, sentence: str) -> bool:
    """Whether *sentence* ("She was co-advised by B.") goes on about the student the
    sentence before named ("My student A defended …"), not about the owner."""
    return bool(previous and _PRONOUN_CO.match(sentence) and _MY_STUDENT.search(previous))


def _welcomed_student(page: Page, block: Block) -> None:
    if page.holds_word(
        block,
        _STARTS_WITH_ME,
        ("with me", "my", "moi", "ma direction", "mon équipe", "with us", "avec nous"),
    ):
        _new_student(page, block)
    if not page.holds_word(block, _JOINS_AS, ("join", "rejoint")):
        return
    for _offset, sentence in sentences(block.text):
        joins = _JOINS_AS.search(sentence)
        co = _CO_WITH.search(sentence, joins.end()) if joins else None
        name = block_subject(sentence[: joins.start()] + "joins") if co else None
        lead = sentence[: joins.start()].strip() if co and name is None else ""
        if _LEAD_NAME.fullmatch(lead):
            name = name_from_piece(lead)  # "A joined the group … as a PhD student, co-…"
        if name is None or _is_owner(page, name):
            continue
        context = _context_near(sentence[joins.end() : co.start()], 0)
        if context is None:
            continue
        years = set(years_in(block.text))
        period = Period(years.pop(), None) if len(years) == 1 else Period()  # joins: a start
        co_advisors, _ = names_after(sentence[co.end() :])
        for advisor in [page.owner.name, *co_advisors[:2]]:
            if advisor != name:
                page.add(
                    name,
                    ADVISOR[context],
                    advisor,
                    sentence.strip(),
                    "supervision.welcome",
                    0.75,
                    period,
                )


def _heading_card(page: Page, block: Block) -> None:
    """A people widget's card set as a heading (the name) over a deeper heading or line
    (the role), beside its group's title at the same level ("Grad Students"): one item of
    that group."""
    if not block.level or not is_card_name(block.text):
        return
    blocks = page.document.blocks
    index = page.index(block)
    following = blocks[index + 1] if index + 1 < len(blocks) else None
    if following is None or following.kind is BlockKind.HEADING and following.level <= block.level:
        return
    group = bio_group = None
    for previous in reversed(blocks[max(0, index - 40) : index]):
        if previous.kind is not BlockKind.HEADING or previous.level > block.level:
            continue
        if previous.level < block.level or not is_card_name(previous.text):
            group = previous.text if previous.level == block.level else None
            if (
                group is None
                and following.kind is BlockKind.ITEM
                and _CARD_YEAR.search(first_line := following.text.split("\n")[0])
                and len(first_line) <= CARD_DATE_LINE
                and contexts_in(first_line)
                and heading_kind(previous.text) is SectionKind.STUDENTS
            ):
                # "Alumni" › "A" (a card's deeper heading) › "PhD 2016–2021" / "Now at X":
                # the card's badge says its person's kind and years
                group = previous.text
            if group is None and following.kind is BlockKind.PARAGRAPH:
                # "Postdoctoral Fellows" › "A" (a deeper heading) › A's bio
                group = bio_group = previous.text if _POSTDOC_GROUP.search(previous.text) else None
                if (
                    group is None
                    and ":" in following.text
                    and heading_kind(previous.text) is SectionKind.STUDENTS
                    and (fields := _supervised_fields(following.text))
                ):
                    # "PGR students" › "A" › "Thesis: … (started 2021) / Supervisory team:
                    # B (primary), C (secondary)": A's card, its fields one entry
                    name = name_at_start(block.text)
                    if name is not None:
                        item = f"{name} — {fields}"
                        student_list(
                            page,
                            Block(
                                BlockKind.ITEM, item, block.level, (*block.section, previous.text)
                            ),
                        )
                    return
            break
    if group is not None and following.kind is BlockKind.HEADING and _senior_group(group):
        _heading_card_post(page, block, index)
        return
    if group is None or heading_kind(group) is not SectionKind.STUDENTS:
        return
    role = following.text.split("\n")[0]
    if bio_group is None and not contexts_in(role) and not _STUDENT_WORD.search(role):
        return  # the card says what its person is ("PhD Student (2021–)"), else no card
    if bio_group is not None:
        # "Postdoctoral Fellows" › "A" › "A joined the lab in 2022 after …": the group's
        # title says what its cards' people are, the bio's first sentence when they came
        # (its other words may tell the person's own PhD: left out).
        opening = sentences(role)[0][1] if role.strip() else ""
        staff = LEXICON.pattern("STAFF_ROLES").search(opening)
        if staff is not None and staff.start() == 0:
            return  # "Staff & Postdocs" › "A" › "Lab manager": the group's staff
        joined = LEXICON.pattern("JOINING").search(opening)
        period = parse_period(opening[joined.end() :]) if joined else None
        role = f"postdoc ({period.start}–)" if period and period.single else "postdoc"
        name = name_at_start(block.text)
        if name is None:
            return
        first = len(page.claims)
        student_list(
            page, Block(BlockKind.ITEM, f"{name} — {role}", block.level, (*block.section, group))
        )
        written = scrub(f"{group} › {block.text.strip()} › {opening}")
        for index in range(first, len(page.claims)):
            page.claims[index] = replace(page.claims[index], evidence=written)
        return
    text = f"{block.text.strip()} — {role}"
    if following.kind is BlockKind.HEADING and "\n" not in following.text:
        # "A" › "PhD Student (2022–)" › "co-advised with B": the card's later subtitle
        # lines that name its person's supervisors, read with the role line
        later = []
        for extra in blocks[index + 2 : index + 5]:
            if extra.kind is not BlockKind.HEADING or extra.level <= block.level:
                break
            later.append(extra.text)
        fields = _card_fields("\n".join(later), "") if later else []
        co = LEXICON.pattern("COSUPERVISION_CUES")
        fields += [
            line
            for line in later
            if line not in fields
            and (said := co.match(line.strip())) is not None
            and said.end() > 5
            and name_at_start(line.strip()[said.end() :].lstrip(" :"))
        ]
        if fields:
            text = f"{text}\n" + "\n".join(fields)
    item = Block(BlockKind.ITEM, text, block.level, (*block.section, group))
    student_list(page, item)


_POSTDOC_GROUP = re.compile(r"(?i)\bpost-?doc(?:toral)?s?\b")


def _senior_group(group: str) -> bool:
    """ "Principal Investigators", "Faculty": a people widget's group of senior members."""
    group = group.strip(" :")
    return bool(
        LEXICON.pattern("LAB_HEADS").fullmatch(group)
        or LEXICON.pattern("SENIOR_STAFF_HEADINGS").fullmatch(group)
    )


def _heading_card_post(page: Page, block: Block, index: int) -> None:
    """A senior member's card set as headings: the name, then the post, then the place
    ("A" › "Associate Professor of X" › "University Y"): Y employs A."""
    name = name_at_start(block.text)
    lines = []
    for below in page.document.blocks[index + 1 : index + 3]:
        if below.kind is not BlockKind.HEADING or below.level <= block.level:
            break
        lines.append(below.text.strip())
    if name is not None and len(lines) == 2:
        card_employer(page, name, *lines)


def card_employer(page: Page, person: str, post: str, place: str) -> None:
    """A member's card, its post over its place ("Associate Professor" / "Department of X,
    University Y"): the strong institution that ends the place employs the person."""
    if not LEXICON.pattern("POSITIONS").match(post):
        return
    if LEXICON.pattern("GUEST_ROLES").search(f"{post} {place}"):
        return
    mentions = find_organisations(place, page.acronyms)
    if not mentions or mentions[0].start > 1 or len(mentions) > 2:
        return
    last = mentions[-1]
    if (
        last.kind is OrgKind.INSTITUTION
        and is_strong_institution(last.name)
        and not place[last.end :].strip(" .")
    ):
        page.add(
            person,
            Relation.EMPLOYED_AT,
            last.name,
            f"{person} — {post}, {place}",
            "organisation.people-page",
            0.6,
        )


def _supervised_fields(text: str) -> str | None:
    """A card's lines as one entry ("Thesis: T (started 2021). Supervisory team: B"), when
    one line is labelled with its supervisors; else None."""
    lines = [line.strip().rstrip(".") for line in text.split("\n") if line.strip()]
    cues = LEXICON.pattern("SUPERVISION_CUES")
    for line in lines:
        label, colon, _ = line.partition(":")
        if colon and len(label) <= LABEL_SPAN and cues.fullmatch(label.strip()):
            return ". ".join(lines)
    return None


def _card_text(page: Page, block: Block) -> str | None:
    """All lines under the heading right above *block*, when *block* is the first of them."""
    blocks = page.document.blocks
    index = page.index(block)
    if (
        index == 0
        or blocks[index - 1].kind is not BlockKind.HEADING
        or (blocks[index - 1].text != block.section[-1])
    ):
        return None
    lines = []
    for following in blocks[index:]:
        if following.kind is BlockKind.HEADING or following.section != block.section:
            break
        lines.append(following.text)
    return "\n".join(lines)


# What may follow a cue before the names: "directeur·rice(s) :", "advisors:".
_POSTNOMINAL_DEGREE = re.compile(
    r"^(\W*(?:[A-ZÀ-Þ][\w'’.-]*\s+){1,5}?)(?:MSc|M\.Sc\.|MA|M\.A\.|MEng|M\.Eng\.|MS|M\.S\.)"
    r"(?=\s*[—–,(:-])"
)
# "Ik was zijn …", "I was her …" (a first-person pronoun, then one of the lexicon's COPULAS)
# right before a role word: the owner's own role in the student's thesis.
_I_WAS_THE = re.compile(
    r"(?i)(?<![\w-])(?:"
    + alternation([re.escape(w) for w in ("i", "ik", "io", "ich", "je", "jeg", "jag")])
    + r")\s+(?:"
    + alternation([re.escape(w).replace(r"\ ", r"\s+") for w in LEXICON.COPULAS])
    + r")\s+(?:(?:zijn|haar|hun|his|her|their|the|de|het|il|la|suo|sua|sein|seine|ihr|ihre)\s+)?"
    + r"(?:(?:also|ook|anche|auch|aussi|main|first|second|co-?|eerste|tweede)\s*)?$"
)
_OWN_ROLE_TAIL = re.compile(r"(?:-[^\W\d_]+)?\s*[(;]\s*[^\W\d_]")
_ROLE_NOUN_ENDS = ("or", "eur", "rice", "ant", "ante")
# ("Supervisor (témavezető): B": the local word as a gloss before the label's colon)
# "Prof. B 2022 –": a name, then an open range of years ending the line.
_NAME_THEN_OPEN_RANGE = re.compile(r"^([^()\n;,]{3,60}?)\s+(?:19|20)\d\d\s*[–—-]\s*$")
# "external:", "Principal:", "industrial supervisor:" inside an advisors cell: the kind of
# the advisor named next (at the cell's start, or after a semicolon that ends a first name:
# "(second supervisor; primary: B)" names the owner's own role first).
_QUALIFIED_ADVISOR_LABEL = re.compile(
    r"(?i)(?:^|(?<=[^\s;,(])\s*;)\s*(?:external|internal|principal|primary|main|lead|second|secondary"
    r"|industrial|academic|company|clinical|local|home|host)"
    r"(?:\s+(?:supervisor|advisor|adviser)s?)?\s*:\s*(?=(?-i:[A-ZÀ-Þ]))"
)
_CUE_TAIL = re.compile(
    r"^\s*(?:[·•‧⋅.]\w{1,5}){0,2}(?:\((?:s|e|es|\w{1,5})\)s?|s)?"
    r"(?:\s*\([^():|\n]{1,30}\)(?=\s*[:：])"
    # ("co-supervisor at X: B", a cotutelle's partner: the place the role is held)
    r"|(?<=\s)(?:at|in)\s+(?-i:[A-ZÀ-Þ])[^():;,|\n]{1,30}(?=\s*[:：])"
    # ("Co-advisor on the second thesis: B", « Codirecteur de la deuxième thèse : B »: the
    # one thesis of a list the role is held in)
    r"|(?<=\s)(?:on|for|of|de|pour)\s+(?:the|this|that|la|cette)\s+(?:\w+\s+)?"
    r"(?:thesis|dissertation|thèse)(?=\s*[:：]|$))?\s*[:：]?\s*"
)


# A plural role label written with its colon: "Directeurs de thèse :", "Co-encadrants :".
_PLURAL_LABEL = re.compile(
    r"(?i)(?:eurs|rices|ants|antes|ors|\(e?s\)|/e?s)(?:\s+de\s+th[èe]se)?\s*[:：]?\s*$"
)
# "Supervisor(s):", "Betreuer(in):", "Orientador(es):": a label open to several names after
# its cue word.
_OPEN_PLURAL = re.compile(r"\((?:e?s|as|e?n|in|innen)\)\s*[:：]")
_SEMICOLON_PIECE = re.compile(r"\s*;\s*([^;\n]+)")


def _names_past_semicolons(text: str, at: int) -> list[str]:
    """The persons that open each ";" piece of the line from *at* on ("; M. B, Professeur,
    Univ. Y ; Mme C, DR"), up to the first piece that opens with no person."""
    names = []
    while (piece := _SEMICOLON_PIECE.match(text, at)) is not None:
        lead = name_at_start(piece.group(1))
        if lead is None or not (
            TITLE_PREFIX.match(piece.group(1))
            # "Supervisors: A ; B", "Orientador(es): A; B": a piece that is a name and nothing more
            or len(piece.group(1).strip(" .")) <= len(lead) + 1
            or len(piece.group(1).strip(" .").split()) == len(lead.split())
        ):
            break
        names.append(lead)
        at = piece.end()
    return names


# A supervision's share between its cue and the names: "à 30 % par", "(50 %) :", "40 % avec".
_SHARE_THEN_LINK = re.compile(
    r"^\s*(?:à\s*|de\s*|at\s*)?\(?\s*\d{1,3}\s*%\s*\)?\s*(?:(?:par|avec|with|by)\s+|[:：]\s*)"
)
_MEMBER_LABEL = re.compile(r"^\W*(?:former|past|alumni|anciens?|anciennes?)\s*[:：]\s*", re.I)


# "laboratoire de Brisane X" (a lab by its head's name): the cue, then a name closing the phrase
_PERSON_LABORATORY = re.compile(
    r"\b[Ll]aboratoire\s+d(?:e\s+|['’])(?=(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})"
    r"\s*(?:[,;.()]|$))"
)
_FIELD_ENDINGS = ("ogie", "ique", "iques", "aphie", "omie", "ences", "ée", "ées", "ale", "ales")


def _person_named(match: re.Match[str]) -> bool:
    words = match.group("name").split()
    if any(w.endswith(_FIELD_ENDINGS) or fold(w) in ("genie", "sciences") for w in words):
        return False  # "laboratoire de Météorologie Dynamique": a field, no person
    return name_from_piece(match.group("name")) is not None


@lru_cache(maxsize=4096)
def _team_title(title: str) -> bool:
    """A short "Group" / "Team" / "Members" heading (cached: asked for each of its items)."""
    return len(title.split()) <= 4 and bool(
        LEXICON.pattern("TEAM_WORDS").search(title) or LEXICON.pattern("PEOPLE").search(title)
    )


@lru_cache(maxsize=1024)
def _status_under_team(section: tuple[str, ...]) -> bool:
    """ "Members" › "Current" / "Former": a bare status heading under a team's heading (a
    lab wiki's members page) lists the team's members too."""
    return (
        len(section) >= 2
        and len(section[-1]) <= 12
        and LEXICON.pattern("STUDENT_STATUS_LABELS").fullmatch(section[-1].strip(" :")) is not None
        and _team_title(section[-2])
    )


# "| Supervisor(s): A" in a people table's row: the member's own advisor is named.
_LABELLED_CELL = re.compile(r"\|\s*([^|:]{2,40}?)\s*[:：]\s*([^|]+)")


def _advisor_cell(text: str) -> bool:
    """A table row with a supervisor column naming someone (a lab wiki's "People" table),
    or a card's later line labelled so ("A" / "Postdoc (2023–)" / "Supervisor: B")."""
    cue = LEXICON.pattern("SUPERVISION_CUES")
    labelled = list(_LABELLED_CELL.finditer(text)) if "|" in text else []
    if "\n" in text and ":" in text:
        labelled += [m for line in text.split("\n")[1:] if (m := _label(line))]
    if labelled and ("entor" in text or "ost" in text) and contexts_in(text.split("\n", 1)[0]):
        # ("A — postdoctoral researcher (2023–)" / "Mentor: B": the entry's own kind says
        # what its mentor or host supervises)
        context_cue = LEXICON.pattern("CONTEXT_CUES")
        cue = re.compile(f"{cue.pattern}|{context_cue.pattern}", cue.flags)
    return any(
        cue.search(m.group(1))
        and (
            name_at_start(m.group(2))
            or _M_INITIAL.match(m.group(2).lstrip())
            or _bare_families(m.group(2).strip())
        )
        for m in labelled
    )


_OTHER_EVENT_DATE = re.compile(r"(?i)\bdates?\b")
_THESIS_DATE = re.compile(
    r"(?i)soutenance|defen[cs]e|début|debut|\bfin\b|start|\bend\b|inscription|thèse|these"
)


# A row's type cell saying it is a thesis or a habilitation: "| Type: Thèse |".
_THESIS_TYPE_CELL = re.compile(
    r"(?i)(?<= \| )type\s*:\s*(?:thèse|these|thesis|ph\.?d\.?|doctorat|hdr|habilitation)"
    r"\s*(?= \||$)"
)
_BARE_DATE_LABEL = re.compile(r"(?i)dates?")


def _student_row(text: str) -> bool:
    """A table row whose first cell is a person's name alone and whose labelled cells name
    that person's thesis director ("Directeur·rice de thèse: B")."""
    first = text.split(" | ", 1)[0]
    if ":" in first or name_from_piece(first) is None or len(first.split()) > 5:
        return False
    return any(
        _DIRECTOR_LABEL.search(f"{m.group(1)}:") and name_at_start(m.group(2))
        for m in _LABELLED_CELL.finditer(text)
    )


@lru_cache(maxsize=1024)
def _role_subtitle(section: tuple[str, ...]) -> str | None:
    """ "People" › "A" › "Graduate Student": a card's role set as a heading under its
    person's name heading (Bootstrap cards' subtitle), the card's text below both."""
    if len(section) < 3 or not is_card_name(section[-2]) or is_card_name(section[-1]):
        return None
    if not _team_title(section[-3]) or not LEXICON.pattern("MEMBER_ROLES").search(section[-1]):
        return None
    return section[-1]


BIO_CARD_CHARS = 160  # a card's role line is short; a longer text of sentences is a bio
_BIO_SENTENCE_END = re.compile(r"[\w)]\.\s+[A-Z]")


def card_bio_paragraph(page: Page, block: Block) -> bool:
    """A team card's pop-up bio under its person's heading, that person read as the page's
    owner for it (the bio-paragraph rule): their own path, no member of the team's list."""
    return (
        _card_bio_paragraph(block)
        and _is_owner(page, block.section[-1])
        or _alumnus_story(page, block)
    )


# An alumni page's heading for one graduate: "A (PhD 2012)", "A, docteure en chimie (2016)".
_STORY_HEADING = re.compile(r"^\W*(?P<name>[^(,—–:]{3,60}?)\s*(?:[(,—–:]|$)")


def _alumnus_story(page: Page, block: Block) -> bool:
    """An alumni page's paragraph under its graduate's own heading ("Where are they now?" ›
    "A (PhD 2012)" › "He joined X as …"), told of that graduate: A's own path, no list."""
    if block.kind is not BlockKind.PARAGRAPH or not block.section or page.owner is None:
        return False
    if page.owner.how not in _ITEM_OWNERS and not page.topical:
        return False
    heading = _STORY_HEADING.match(block.section[-1])
    return (
        heading is not None
        and compatible(heading["name"], page.owner.name)
        # (a contact line closing the page under the last graduate's heading is no story;
        # "he is a lecturer at X" after an entry's "A (PhD 2012) —" tells of A)
        and (
            page.topical
            or any(w in block.text for w in page.owner.name.split())
            or _PRONOUN_PIECE.match(block.text) is not None
        )
    )


def _card_bio_paragraph(block: Block) -> bool:
    """A paragraph of several sentences under a person's name heading in a team's list (a
    card's pop-up bio): it tells that person's own career, no member of the list."""
    return (
        block.kind is BlockKind.PARAGRAPH
        and len(block.text) > BIO_CARD_CHARS
        and len(block.section) >= 2
        and _team_title(block.section[-2])
        and is_card_name(block.section[-1])
        # (told by the person's own name: "Ada joined …", not a role line "PhD student …")
        and block.text.split(maxsplit=1)[0] in block.section[-1].split()
        and len(_BIO_SENTENCE_END.findall(block.text)) >= 2
    )


def _team_card(page: Page, block: Block) -> Block | None:
    """A person's card under a "Team" / "People" heading (the name as a deeper heading, the
    role line below it) read as the item "Name — role" of a students list, when the card
    says a student's or junior member's role and the page has an owner or a lab head."""
    if block.kind is not BlockKind.PARAGRAPH or len(block.section) < 2:
        return None
    original, subtitle = block, _role_subtitle(block.section)
    if subtitle:
        # "<h5>A</h5><h6>Graduate Student</h6><p>…</p>": the role a subtitle heading
        block = Block(block.kind, f"{subtitle}. {block.text}", block.level, block.section[:-1])
        role = block.text.split("\n")[0]
    elif not _team_title(block.section[-2]) or not is_card_name(block.section[-1]):
        return None
    else:
        role = block.lines[0] if block.lines else ""
    name = name_at_start(block.section[-1])
    if (
        name is None
        or _is_owner(page, name)
        or name_at_start(original.lines[0] if subtitle else role)
    ):
        return None
    if not (contexts_in(role) and LEXICON.pattern("MEMBER_ROLES").search(role)):
        return None
    if "rofess" in role[:60] and _FACULTY_RANK.match(role):
        return None  # "Assistant Professor (2022–). Former postdoc at X": a colleague's post
    card = _card_text(page, original) if subtitle else _card_text(page, block)
    if card is None:
        return None  # a later line of the card
    fields = _card_fields(card, block.text)
    if page.owner is None and lab_head(page.document) is None and not fields:
        return None
    section = (*block.section[:-1], "Students")
    text = f"{name} — {block.text}"
    if fields:
        text = f"{text}\n" + "\n".join(fields)
    return Block(BlockKind.ITEM, text, block.level, section)


def _position_card(page: Page, block: Block) -> Block | None:
    """A doctoral network's card: "ESR 4 — A" as the heading, then its lines ("Host: X",
    "Supervisor: B", "Co-supervisor: C"): the position's number says a doctoral (or, "ER",
    a postdoctoral) post, so the card's supervision lines are A's advisors."""
    if (
        not block.section
        or block.section[-1][:1] not in "DEP"
        or (code := POSITION_CODE.match(block.section[-1])) is None
        or (name := name_from_piece(block.section[-1][code.end() :])) is None
        or _is_owner(page, name)
    ):
        return None
    card = _card_text(page, block)
    if card is None:
        return None  # a later line of the card
    fields = _card_fields(card, "")
    if not fields:
        return None
    role = (
        "postdoctoral researcher"
        if code.group().lstrip(" \t*#").startswith("ER")
        else "PhD candidate"
    )
    section = (*block.section[:-1], "Students")
    return Block(BlockKind.ITEM, f"{name} — {role}\n" + "\n".join(fields), block.level, section)


_CARD_YEAR = re.compile(r"\b(?:19|20)\d\d\b")
_DATES_LABEL = re.compile(
    r"((?:since\s+|from\s+)?(?:19|20)\d\d(?:\s*[–—-]\s*(?:present|(?:19|20)\d\d)?)?)\s*:\s+(?=\S)",
    re.I,
)
_CARD_RANGE = re.compile(r"\b(?:19|20)\d\d\s*[–—-]")
CARD_DATE_LINE = 40  # "In the lab since 2024", "2022 – present": a card's dates line


def _card_fields(card: str, role: str) -> list[str]:
    """The card's later lines that say its person's supervision ("Supervisor(s): A, B",
    "Co-advised by C") or dates ("In the lab since 2021"), read with the role line; a
    bio's sentences stay out (other people's names, other years)."""
    lines = card.split("\n")
    if lines and lines[0] == role.split("\n")[0]:
        lines = lines[1:]
    if ": " in card:
        # "Since 2023: Co-advised with B. Builds …" (a card's dates div read as the label
        # of the text below it): the dates, then the text's own sentences
        split = []
        for line in lines:
            dated = _DATES_LABEL.match(line)
            if dated is None:
                split.append(line)
                continue
            dates = dated.group(1).rstrip()
            split.append(f"{dates} present" if dates.endswith(("–", "—", "-")) else dates)
            split.extend(piece.strip() for _, piece in sentences(line[dated.end() :]))
        lines = split
    cue = LEXICON.pattern("SUPERVISION_CUES")
    fields = []
    for line in lines:
        if len(line) > 120:
            continue
        if len(line) <= CARD_DATE_LINE and _CARD_YEAR.search(line):
            # "In the lab since 2021", "2025 – 2026"; not "MSc, University X, 2020" (the
            # person's own degree, its year no start of theirs here)
            if LEXICON.pattern("SINCE").search(line) or (
                _CARD_RANGE.search(line) and not contexts_in(line)
            ):
                fields.append(line)
        elif (said := cue.search(line)) is not None or (
            # ("Co-advised with B.": a co-supervision cue opening the line)
            "o-" in line[:4]
            and (said := LEXICON.pattern("COSUPERVISION_CUES").match(line)) is not None
            and said.end() > 5
        ):
            tail = _CUE_TAIL.sub("", line[said.end() :], count=1)
            first = _NAME_SEPARATOR.split(_TITLES_BEFORE.sub("", tail), maxsplit=1)[0]
            if name_at_start(first) is not None:
                fields.append(line)
    return fields


def _later_jury_clause(text: str) -> int | None:
    """Where the clause naming a committee starts, when an advisor's label opens an
    earlier clause of the entry and no jury word comes before."""
    jury = LEXICON.pattern("JURY_CUES").search(text)
    if jury is None:
        return None
    cut = max(text.rfind(";", 0, jury.start()), text.rfind(" · ", 0, jury.start()))
    if " | " in text:
        # (a row's later cell "| Examiners: C" is the cut, not a ";" between two advisors)
        cut = max(cut, text.rfind(" | ", 0, jury.start()) + 1)
    if cut <= 0 or not (
        _ADVISOR_LABEL.search(text, 0, cut) or _CLAUSE_ON_JURY.fullmatch(text, cut, jury.start())
    ):
        # ("A (PhD, 2020–2024); thesis examined by C": a clause opening on its jury cue
        # closes the entry, though no advisor's label comes before)
        return None
    labelled = _ROLE_LABELLED.match(text, cut)
    if labelled and _role_of(labelled.group(1)) in _ITEM_JURY_ROLES:
        return None  # "advisor: B; reviewers: C, D": the entry's own labelled jury
    return cut


# The words between a clause's ";" and the jury cue it opens on ("; thesis examined by")
_CLAUSE_ON_JURY = re.compile(
    r"(?i)(?:;|\s·)\s*(?:(?:the|his|her|their|sa|la)\s+)?(?:thesis|dissertation|th[èe]se)?\s*"
)
_ADVISOR_LABEL = re.compile(
    r"(?i)\b(?:co-?)?(?:advis[oe]rs?|supervisors?|directeur|directrice|encadrante?s?)"
    # "Supervisor (témavezető):", "Supervisor (školitel):": the local word as a gloss
    r"(?:\(s\))?(?:\s*\([^():]{1,30}\))?\s*[:：]"
)


# (the undecided advisor's phrases of ROTATIONS: "advisor to be confirmed", "encadrant à
# définir"; a rotation's own words count in the item's first line only)
# A roster's position cell, right before its value ("A | Position: ").
_POSITION_CELL_END = re.compile(r"(?i)\|\s*(?:position|role)\s*:\s*$")
# A roster's position cell naming a lab rotation ("| Position: Rotation |").
_ROTATION_CELL = re.compile(
    r"(?i)\b(?:position|role|status)\s*:\s*(?:lab\s+)?rotation(?:\s+student)?\s*(?=\||$)"
)
_UNDECIDED = re.compile(
    r"(?i)\b(?:advisor|supervisor|encadrant|encadrement|direction)\s+"
    r"(?:to\s+be\s+(?:confirmed|determined)|not\s+yet\s+assigned|tb[cd]\b|à\s+(?:confirmer|définir))"
)


def _bio_start(page: Page, block: Block, member: str, context: Context) -> int | None:
    """The year a card's member began the stay the card names, as the member's bio under the
    same name elsewhere on the page (a modal, a "Read more" panel) tells it ("joined the lab
    as a postdoc in 2022", "a PhD student in the lab since 2023"), else None."""
    for other in page.document.blocks:
        if other is block or other.kind is not BlockKind.PARAGRAPH:
            continue
        if other.section[-1:] != (member,):
            continue
        for _, sentence in sentences(other.text):
            if context_of(sentence) is not context or not _OWN_TEAM.search(sentence):
                continue  # ("after her PhD she joined X in 2019": a later post's year)
            if (since := SINCE.search(sentence)) is not None:
                return int(since.group("start"))
            joined = LEXICON.pattern("JOINING").search(sentence)
            if joined and (year := _YEAR_SOON.match(sentence, joined.end())) is not None:
                return int(year.group(1))
    return None


# "joined the lab as a postdoc in 2022": the year a few words after the joining verb
_YEAR_SOON = re.compile(r"[^.;\d]{0,50}?\b((?:19|20)\d\d)\b")
# "the lab", "our group", "us", « l'équipe », « notre laboratoire »: the page's own team
_OWN_TEAM = re.compile(
    r"(?i)\b(?:(?:the|our|this)\s+(?:lab|laboratory|group|team)|us|"
    r"(?:le|notre|ce)\s+(?:laboratoire|groupe)|(?:l['’]|notre\s+)équipe)\b"
)


@lru_cache(maxsize=256)
def _cohort_year(heading: str) -> int | None:
    """The year of a heading grouping students by entry ("Entering class of 2020",
    "Promotion 2023", "2021 cohort"), else None."""
    if not _ANY_YEAR_IN.search(heading) or len(heading) > 40:
        return None
    cohort = _COHORT_HEADING.fullmatch(heading.strip(" :"))
    return int(cohort.group("year") or cohort.group("before")) if cohort else None


_ANY_YEAR_IN = re.compile(r"(?:19|20)\d\d")
_COHORT_WORDS = alternation(sorted(map(re.escape, LEXICON.ENTRY_COHORTS), key=len, reverse=True))
_COHORT_HEADING = re.compile(
    rf"(?:(?i:{_COHORT_WORDS})\s*:?\s*(?P<year>(?:19|20)\d\d)"
    rf"|(?P<before>(?:19|20)\d\d)\s+(?i:cohort|intake|entrants|promotion))"
)
_TITLES_BEFORE = re.compile(r"^(?:(?:Prof|Dr|Pr|Assoc|Asst)\.?\s+)+")
_NAME_SEPARATOR = re.compile(r"\s*[,;(]\s*|\s+(?:and|et|&|und|y|e)\s+")


# A card's role line opening on a faculty rank ("Specially Appointed Assistant Professor").
_FACULTY_RANK = re.compile(r"(?i)\W*(?:[\w-]+\s+){0,3}?professor\b")


def _group_member(page: Page, block: Block) -> bool:
    """An item of a "Group" / "Team" / "Members" section of the owner's page that names a
    person, then a student's or junior member's role ("PhD student", "doctorante").  On a
    lab's people page without an owner, the members of its head's group."""
    if block.kind is not BlockKind.ITEM or not block.section:
        return False
    if (
        not _team_title(block.section[-1])
        and not _status_under_team(block.section)
        # ("Team" › "Research staff" › "A — postdoc (2023–)" / "Mentor: B": an entry
        # under a team page's other heading that labels its own supervisor)
        and not (
            len(block.section) >= 2
            and "\n" in block.text
            and _team_title(block.section[-2])
            and _advisor_cell(block.text)
        )
    ):
        return False
    if (
        page.owner is None
        and lab_head(page.document) is None
        and not (_default_heads(page) and _prose_heads(page))
        and not _advisor_cell(block.text)
        # ("Team at X" › "A, PhD student, supervised by the project lead": the head by role)
        and not (" by " in block.text and _role_named_advisor(page, block.text))
    ):
        return False
    line = _MEMBER_LABEL.sub("", block.lines[0])
    name = name_at_start(line)
    if name is None or _is_owner(page, name):
        return False
    last = name.split()[-1]
    at = line.find(last)
    if at < 0:
        return False
    after = line[at + len(last) :][:60]
    if not after.strip(" ,–—-") and len(block.lines) > 1:
        after = block.lines[1][
            :60
        ]  # a card: the name's line, then the role's ("A" / "PhD student")
    if not contexts_in(after):
        return False
    # "A | Role: PhD (completed) | Supervisor(s): B": a bare degree as the role still says
    # a student when the row's own supervisor cell names someone, or when the roster's
    # role column gives it ("A | Role: MSc | | Start: 2025").
    return (
        bool(LEXICON.pattern("MEMBER_ROLES").search(after))
        or _advisor_cell(block.text)
        or _ROSTER_ROLE_CELL.match(after) is not None
    )


_ROSTER_ROLE_CELL = re.compile(r"(?i)\s*\|\s*(?:role|position|status)\s*:")


# "As second supervisor", "Co-encadrement (50 %) de la thèse de A": the page's owner is
# one of the advisors, beside those the item names.
# "Taux d'encadrement : 100 % (direction : A)": the page's owner supervises at that rate;
# "(directeur : A ; co-encadrement 40 %)" on the owner's CV: the owner's share.
# "CIFRE", "en partenariat": the partner a thesis is "with" is a company.
# "Secondment: X (mentor: B)": a stay's host, the cue after it names the host's contact,
# no advisor of the thesis.
# "Soutenance de A", "Defence of B": the event's word, then its candidate (whose name
# ends before the day, the place, a comma or a dash).
_DEFENCE_EVENT_LEAD = re.compile(
    r"(?i)(?:soutenance|défense|defen[cs]e)(?:\s+(?:de\s+thèse|de\s+doctorat))?\s+"
    r"(?:de|d['’]|of)\s*(?=[A-ZÀ-Þ])"
)
_EVENT_OF_NAME = re.compile(r"(?:\s+(?:de\s+thèse|de\s+doctorat))?\s+(?:de|d['’]|of)\s*[A-ZÀ-Þ]")
_HOSTED_STAY_LEAD = re.compile(r"(?i)\bsecondments?\b[^.;]{0,60}$")
_INDUSTRY_LEAD = re.compile(
    r"(?i)\b(?:cifre|partenariat|partnership|industrial\s+(?:phd|thesis|doctorate|ph\.d\.))\s*$"
)
_OWNER_RATE = re.compile(
    # ("co-direction 40 % ; directrice : B": the owner's share, the other's the direction)
    r"(?i)\b(?:taux\s+d['’]encadrement|supervision\s+(?:rate|share)|(?:co-?)?encadrement"
    r"|(?:co-?)?direction"
    # ("A | Direction: B | Taux: 50 %": a students table's column of the owner's share)
    r"|(?<=\| )taux(?=\s*:))"
    # ("co-encadrement (30 %)": the owner's share in brackets)
    r"\s*[:：(]?\s*(?:à\s*)?\d{1,3}\s*%"
    # ("A — 2024- — encadrement principal (directrice : B)": the owner's day-to-day part)
    r"|\bencadr(?:ement|ante?|eur|euse)\s+principal(?:e)?\b"
)
_OWNER_CO = re.compile(
    r"(?i)\b(?:second|secondary|co-?)[\s-]*(?:supervis|advis|encadr|direct|promot|guid)\w*"
    # "Biträdande handledare för", "Medvejleder", "toinen ohjaaja": a co-advisor's own word
    # (lexicon CO_ADVISOR_STEMS written in full, not a bare prefix like "co")
    r"|(?<![\w-])(?:"
    + alternation(
        [re.escape(w).replace(r"\ ", r"\s+") for w in LEXICON.CO_ADVISOR_STEMS if len(w) > 6]
    )
    + r")"
)


# "directeur : A" in a student's entry: a label, not the job title "directeur de recherche".
# A short qualifier may sit before the colon: "Directeur (HDR) : A" (a promotion file).
# "Placement Director:", "Graduate Program Director:": the office a label names.
_OFFICE_BEFORE = re.compile(
    r"(?i)\b(?:placement|program(?:me)?|graduate|managing|executive|site|centre|center|"
    r"institute|department|scientific|technical|general|deputy|associate|founding|"
    r"admissions?|studies)\s+$"
)
# A cotutelle's partner director by the country ("directeur japonais", "directrice
# allemande"): a nationality adjective after the role word.
_PARTNER_COUNTRY = (
    r"(?-i:[a-zé]{2,10}(?:ais|aise|ois|oise|ien|ienne|and|ande|ain|aine|ol|ole))"
    r"|belge|suisse|étranger|étrangère"
)
_DIRECTOR_LABEL = re.compile(
    # (not "co-directeur"); "responsable : A" on a listed student's card is the supervisor
    # "Directeur·rice : A", a column header in inclusive writing, is the same label.
    # "Host: Prof. A", "Mentor: B" on a postdoc's card: as labels, the postdoc's hosts.
    r"(?i)(?<![\w-])(?:directeur|directrice|director|directora|responsable|resp\.|"
    # ("Värd: A", "Vert: B": the host, as a Swedish or Norwegian card labels it)
    r"(?:faculty\s+)?(?:hosts?|mentors?|sponsors?|värd|vert))"
    # "Host researcher: Assoc. Prof. A" (a JSPS fellow's host, as researchmap writes it)
    # "Host PI: Dr B" (the principal investigator hosting a postdoc)
    r"(?:\s+(?:researcher|scientist|professor|supervisor|pi))?"
    r"(?:[·•‧⋅][a-zà-ÿ]{1,5}){0,2}(?:\s*\([^()]{1,12}\))?"
    # "Directeur(s) de these :" (a column header, its accent lost)
    r"(?:\s+de\s+(?:th[èe]se|recherche))?"
    # "directeur officiel : B" (the director on record, beside the owner's share)
    r"(?:\s+(?:officiel|officielle|principal|principale"
    # ("directeur japonais : B", "directrice allemande : C": a cotutelle's partner director)
    rf"|{_PARTNER_COUNTRY}))?(?=\s*[:：])"
    # "(2014-2018, co-encadrement 30 %, directeur B)": the director named without a colon
    r"|(?<=[,;(] )(?-i:directeur|directrice)(?=\s+(?-i:[A-ZÀ-Þ][a-zà-ÿ]+[\s-]+[A-ZÀ-Þ]))"
)


# "A (2020; second reviewer: B)": a labelled member of the student's own thesis jury.
# (a table row's cells too: "A | 2024 | Zweitgutachter/in: Prof. B")
# ("reviewers (bírálók): B, C": the local word as a gloss before the colon)
_ROLE_LABELLED = re.compile(
    r"(?:^|[(;,|]\s*)([^:;,()|]{3,40}?)(?:\s*\([^():;|]{2,30}\))?\s*[:：]\s*([^;,()|]+)"
)
# Reviewers, examiners and readers ("readers: B, C", "third reader: D": a US
# dissertation's committee) only: "chair: B" in a student's entry is often the advisor.
_ITEM_JURY_ROLES = (Relation.JURY_REVIEWER, Relation.JURY_EXAMINER, Relation.JURY_MEMBER)


# A listing's cell stating the owner's part in the row's thesis: "Role: Second supervisor".
# ("Role:", "Rol:", "Papel:", "Ruolo:": the lexicon's ROLE_LABELS)
_OWNER_ROLE_CELL = re.compile(
    # ("A (2019 – heden). Rol: copromotor en dagelijks begeleider; promotor B": a CV's
    # entry writes the field as its next sentence; a portal record, on its own line)
    r"(?i)(?:^|\| |\n|(?<=\S)[.;]\s+)(?:"
    + alternation([re.escape(w).replace(r"\ ", r"\s+") for w in LEXICON.ROLE_LABELS])
    + r")\s*:\s*([^|\n]{3,40})"
)
_ROLE_CELL_WORDS = ("ole", "Rol", "rol", "apel", "uolo", "unç")
# A role cell saying only "Chair" ("Co-Chair", "Committee chair"): no jury named.
_BARE_CHAIR_CELL = re.compile(r"(?i)\s*(?:(?:committee|major)\s+)?(?:co-?\s*)?chair(?:person)?\s*$")


def _item_jury_label(text: str, cue: re.Match[str]) -> bool:
    """The jury cue of a student's entry labels one reviewer of that thesis ("A (2022);
    Zweitgutachterin: B", "opponent: C", read by :func:`_student_jury`) or, standing alone,
    the owner's own part in it ("A (2022), Erstgutachter; …"): no jury list."""
    return (
        _ITEM_ROLE_END.match(text, cue.end()) is not None
        and _role_of(cue.group()) in _ITEM_JURY_ROLES
        and LEXICON.jury_role_patterns[_role_of(cue.group()).value].fullmatch(cue.group())
        is not None
    )


_ITEM_PART_END = re.compile(r"[;()\n]")
_ROW_PART_END = re.compile(r" \| |[()\n]")
# (an inclusive ending after the role word: "Erstgutachter/in:", "Revisor/a:")
# ("reviewers (bírálók):": a gloss in the local language before the colon)
_ITEM_ROLE_END = re.compile(
    r"(?:/[a-zà-ÿ]{1,6})?(?:\s*\([^():;|]{2,30}\)(?=\s*[:：]))?\s*(?:[:：;,)]|$)"
)


# "A (stage de M2, 2021), poursuit en thèse avec B": the student's next degree, right
# before its advisor (not the entry's own co-supervisor).
_NEXT_DEGREE = re.compile(
    r"(?i)\b(?:poursuit|poursuivi[et]?|pursues|pursued|pursuing)\s+(?:en\s+|a\s+)?"
    r"(?:thèse|doctorat|ph\.?\s?d\.?)\s+$"
)
# A thesis record cited in a students list (HAL's "Thèse de doctorat en chimie, Université
# X, 2022"): the kind of thesis, its university, then its year.
_THESIS_RECORD = re.compile(
    r"(?i)\b(?:thèse\s+de\s+doctorat|ph\.?\s?d\.?\s+(?:thesis|dissertation)|doctoral\s+"
    r"(?:thesis|dissertation))(?:\s+(?:en|in)\s+[^,.;\n]{1,60})?,\s*(?P<org>[^,;\n]{4,120}?),"
    r"\s*(?:(?:19|20)\d\d)\b"
)


# "…, thèse de doctorat de l'Université X, soutenue le …", "thèse en cours à l'Université
# X depuis 2022": the thesis's university, named after the article.
_THESIS_OF_UNIVERSITY = re.compile(
    r"\bth[èe]se(?:\s+de\s+doctorat)?(?:\s+en\s+cours)?\s+(?:de|à)\s+(?:l['’]\s?|la\s+)"
    r"(?P<org>[A-ZÉ][^,;()\n]{3,100}?)(?=\s*[,;(.]|\s+(?:depuis|sous|soutenue)\b)"
)


# "A (2015–2020, University X)" in a doctoral students list: the thesis's years, then the
# university where the student prepared it ("(PhD 2023, X)", "(PhD candidate since 2022,
# X)": the doctorate's word before its year).
_YEARS_PLACE_BRACKET = re.compile(
    r"\(\s*(?P<degree>Ph\.?\s?D\.?(?:\s+(?:candidate|student))?\s+(?:since\s+)?)?"
    r"(?:19|20)\d\d(?:\s*[-–—]\s*(?:(?:19|20)\d\d)?)?\s*,\s*(?P<org>[^,;()\n]{4,120}?)"
    # ("(PhD 2018, X University; co-advised with B)": the place, then a note on the thesis)
    r"\s*(?:\)|;[^()\n]{1,120}\))"
)


def _bracket_university(page: Page, org: str) -> str | None:
    """The bracket's place when it is one institution, whole."""
    university = one_institution(org, page.acronyms)
    return university if university in (org, page.acronyms.get(org)) else None


_CELL_OR_LINE = re.compile(r" \| |\n")


def _thesis_university(page: Page, text: str) -> str | None:
    """A supervised thesis cited with its university ("A. Title. Thèse de doctorat,
    Université X, 2022."): where the student studied over the thesis's years."""
    record = _THESIS_RECORD.search(text) or _THESIS_OF_UNIVERSITY.search(text)
    university = one_institution(record.group("org"), page.acronyms) if record else None
    if university is None and (" | " in text or "\n" in text):
        # "A | Type: Thèse | … | Établissement: Université X" (a theses list's row), or
        # "Auteur: A" over "Établissement: Université X" (a record's field lines): the
        # institution's column
        columns = LEXICON.pattern("DEGREE_INSTITUTION_COLUMNS")
        for cell in _CELL_OR_LINE.split(text)[1:]:
            label = _label(cell)
            if label is not None and columns.fullmatch(label.group(1).strip()):
                return one_institution(label.group(2).strip(), page.acronyms)
    return university


# "B.S., University X", "M.Sc. in Physics, College Y": a degree, then where it was earned.
_DEGREE_THEN_PLACE = re.compile(
    r"(?:[BM]\.?\s?(?:S|Sc|A|Eng|Tech)\.?|Bachelor|Master)(?:'s)?(?:\s+(?:in|of)\s+[^,;()]{2,60})?"
    r",\s+[A-ZÀ-Þ]"
)


def _earlier_degree_place(page: Page, student: str, told: str, evidence: str) -> None:
    """ "A (since 2022) – B.S., University X": the student studied at X before."""
    for degree in _DEGREE_THEN_PLACE.finditer(told):
        places = find_organisations(told[degree.end() - 1 :], page.acronyms)
        if places and places[0].start == 0 and places[0].kind is OrgKind.INSTITUTION:
            page.add(
                student,
                Relation.STUDIED_AT,
                places[0].name,
                evidence.strip(),
                "organisation.student-earlier-degree",
                0.6,
            )


# After a student's standing, the school it names: "A, PhD student, University X".
_STANDING_THEN = re.compile(r"\s*[,·|]\s+(?=[A-ZÀ-Þ])")


def _status_school(page: Page, student: str, line: str) -> None:
    """ "A, PhD student, University X — mentored by B" (an intern roster's line), or
    "Rising senior · X College" under A's name on a card: A studies at X."""
    if line.startswith(student):
        if line[len(student) : len(student) + 2] != ", ":
            return
        line = line[len(student) + 2 :]
    standing = LEXICON.pattern("STUDENT_STANDINGS").match(line)
    after = _STANDING_THEN.match(line, standing.end()) if standing else None
    if after is None:
        return
    places = find_organisations(line[after.end() :], page.acronyms)
    if places and places[0].start == 0 and places[0].kind is OrgKind.INSTITUTION:
        page.add(
            student,
            Relation.STUDIED_AT,
            places[0].name,
            line.strip(),
            "organisation.student-standing-school",
            0.6,
        )


def _student_jury(page: Page, student: str, text: str, period: Period) -> None:
    for match in _ROLE_LABELLED.finditer(text):
        role = _role_of(match.group(1))
        if role not in _ITEM_JURY_ROLES:
            continue
        if (
            role is Relation.JURY_MEMBER
            or _plural(match.group(1))
            # "Korreferent(en): B, C": the plural's ending in brackets
            or _plural(text[match.end(1) : match.start(2)].strip(" :："))
        ):
            # "readers: B, C": every name up to the entry's next part
            # ("reviewers: B (X), C": a bracket's affiliation ends no name list)
            tail = text[match.start(2) :]
            if role is not Relation.JURY_MEMBER and "(" in tail:
                tail = AFFILIATION_BRACKET.sub("", tail)
            # (a row's cell ends at the next column: "Examiners: B (X); C | …" names both)
            part_end = _ROW_PART_END if " | " in text else _ITEM_PART_END
            names = names_after(part_end.split(tail, maxsplit=1)[0])[0]
        else:
            names = [name_from_piece(match.group(2).strip())]
        for name in names:
            if name is None or name == student:
                continue
            point = Period(period.end, period.end) if period.end else Period()
            page.add(student, role, name, text.split("\n")[0], "jury.student-item", 0.65, point)


# A register row's cells: "Student Name: A", "Supervision End Date: 2024/8".
_STUDENT_CELL = re.compile(
    r"(?i)(?:^|\| )(?:(?:student|trainee|supervisee)(?:'s)?(?: full)? name|"
    # "2023 | Candidate: A | Degree: PhD" (a table whose first column is the year)
    r"(?:doctoral |phd )?candidate|candidat(?:e|·e)?|doctorant(?:e|·e)?)\s*[:：]\s*(?P<name>[^|]+)"
)
# A form's labelled student field, one a line: "Alumno/a: A", "Doktorandin: B" (lexicon
# STUDENT_LABELS).
_STUDENT_FIELD = re.compile(
    r"(?im)^[ \t]*(?:"
    + "|".join(sorted(map(re.escape, LEXICON.STUDENT_LABELS), key=len, reverse=True))
    + r")[ \t]*[:：][ \t]*(?P<name>[^|\n]+?)"
    # (the record's next field on the same line: "Persona orientada: A, Dirigió como: …")
    + r"(?:,[ \t]+[^\W\d][^:,\n]{2,30}:[^\n]*)?$"
)


_SENTENCE_STOP = re.compile(r"(?<=[a-zà-ÿ0-9)»])\.\s+(?=[A-ZÀ-Þ])")


def _entry_jury(page: Page, block: Block) -> bool:
    """A supervised thesis's entry with its jury on a line of its own ("Tribunal: A
    (presidenta), B (secretario), C (vocal)"): the entry read without that line, then the
    members it lists, each the jury of the one student the entry named."""
    cue = LEXICON.pattern("JURY_CUES")
    lines = block.lines
    if len(lines) == 1 and ". " in lines[0]:
        # "A, « Titre », soutenue en 2024, sous la direction de B. Jury : C (rapporteure)":
        # the jury is the entry's last sentence.
        for stop in _SENTENCE_STOP.finditer(lines[0]):
            found = cue.match(lines[0], stop.end())
            if found and _LABEL_COLON.match(lines[0], found.end()):
                lines = [lines[0][: stop.start() + 1], lines[0][stop.end() :]]
                break
    juries = [
        line
        for line in lines
        if (found := cue.match(line.strip())) and _LABEL_COLON.match(line.strip(), found.end())
    ]
    kept = [line for line in lines if line not in juries]
    if not juries or not kept:
        return False
    section = block.section
    if (
        section
        and name_at_start(kept[0]) is None
        and (card_name := name_from_piece(section[-1])) is not None
        and heading_kind(section[-1]) is None
        and _card_text(page, block) is not None
    ):
        # A person's card ("A" › "Thèse soutenue en 2021 sous la direction de B. Jury :
        # C (rapporteur)"): the heading names the student the entry's lines leave out.
        kept[0] = f"{card_name} — {kept[0]}"
        section = section[:-1]
    before = len(page.claims)
    student_list(page, Block(block.kind, "\n".join(kept), block.level, section))
    advised = [c for c in page.claims[before:] if c.relation is Relation.ADVISOR_PHD]
    students = {c.subject for c in advised}
    if len(students) != 1:
        return True
    student = students.pop()
    year = max((c.end for c in advised if c.end), default=None)
    for line in juries:
        label = _label(line.strip())
        for name, relation in jury_members(label.group(2) if label else line):
            if name != student and not any(c.object == name for c in advised):
                page.add(
                    student,
                    relation,
                    name,
                    line.strip(),
                    "jury.student-entry",
                    0.7,
                    Period(year, year) if year else Period(),
                )
    return True


# ("Year Finish: 2023", "Completed: 2021": a register's end column)
_END_CELL = re.compile(
    r"(?i)\b(?:end date|(?:year\s+)?(?:finish|finished|end|completed|completion)|"
    # ("1ère inscription : 2018 | Soutenance : 12/2021": a French register's defence cell)
    r"(?:date\s+de\s+)?(?:soutenance|fin)|defen[cs]e(?:\s+date)?)\s*:\s*"
    r"(?:\d{1,2}\s*[/.-]\s*)?((?:19|20)\d\d)"
)


# A research portal's thesis record, one field a paragraph under the thesis's title:
# "Author: Family, I., 2023" / "Supervisor: Family, I. (Supervisor) & …" / "Student thesis: …".
_RECORD_AUTHOR = re.compile(
    r"^(?:Author|Student)\s*:\s*(?P<name>[^\n,]+,\s*[^\n,]+?)(?:,\s*(?P<year>(?:19|20)\d\d))?\s*$"
)
_RECORD_SUPERVISORS = re.compile(r"(?i)^supervisors?\s*:\s*(?P<names>.+)$")


def _thesis_record(page: Page, block: Block, record: re.Match[str]) -> None:
    """The student of a thesis record the owner supervised, with its other supervisors; the
    record's kind line ("Doctoral Thesis") says the supervision's kind."""
    student = name_from_piece(record.group("name"))
    fields, below = [], page.next_block(block)
    while below is not None and below.section == block.section and len(fields) < 4:
        if below.kind is BlockKind.HEADING:
            break
        fields.append(below.text)
        below = page.next_block(below)
    supervisors = next((m for f in fields if (m := _RECORD_SUPERVISORS.match(f))), None)
    if student is None or supervisors is None:
        return
    pieces = re.split(r"\s+(?:&|and)\s+|;\s*", PARENS.sub("", supervisors.group("names")))
    named = [n for piece in pieces if (n := name_from_piece(piece.strip(" ,")))]
    if not any(_is_owner(page, n) for n in named):
        return  # a record of someone else's student
    advisors = [page.owner.name, *(n for n in named if not _is_owner(page, n))]
    kinds = " ".join(f for f in fields if f is not supervisors.string)
    context = _context_near(kinds, 0)
    confidence = 0.8 if context is not None else 0.5
    context = context or Context.OTHER
    year = record.group("year")
    period = _period_for(context, Period(int(year), None, single=True)) if year else Period()
    evidence = " | ".join((block.text, *fields))
    for advisor in advisors:
        page.add(
            student,
            ADVISOR[context],
            advisor,
            evidence,
            "supervision.thesis-record",
            confidence,
            period,
        )


# A thesis listing's card (a national thesis portal's person page, a repository's result
# list): "Title" / "par A" / "sous la direction de B et de C" / "Thèse soutenue en 2022".
# The card names its own student and advisors; the owner, when not among them, sat on the
# jury in the role its section says ("Thèses rapportées", "Présidences de jury").
_CARD_BYLINE = re.compile(r"(?m)^[ \t]*(?:par|by)[ \t]+(?P<name>[A-ZÀ-Þ][^\n,;:()]{2,60}?)[ \t]*$")
_CARD_DIRECTION = re.compile(
    r"(?im)^[ \t]*(?:sous\s+la\s+(?:co-?)?direction\s+d[e'’]|(?:co-?)?dirigée?\s+par|"
    r"supervised\s+by|under\s+the\s+supervision\s+of)\s*(?P<names>[^\n]+)$"
)
# ("Soutenue le 09-12-2021", "Depuis le 01/10/2023": a numeric date before its year)
_CARD_DEFENDED = re.compile(
    r"(?i)\b(?:soutenue?|defended)\b[^\n\d]{0,30}(?:\d\d?[-/.]\d\d?[-/.])?((?:19|20)\d\d)"
)
_CARD_BEGUN = re.compile(
    r"(?i)\b(?:en\s+préparation|en\s+cours|in\s+progress|since|depuis)\b[^\n\d]{0,20}"
    r"(?:\d\d?[-/.]\d\d?[-/.])?((?:19|20)\d\d)"
)
_CARD_NAMES = re.compile(r"(?i)\s*(?:,|;|\s(?:et|and|&)\s)\s*(?:d[e'’]\s*)?")
_HEADING_ROLES = (
    (re.compile(r"(?i)\brapport|\breview|\brefere"), Relation.JURY_REVIEWER),
    (re.compile(r"(?i)\bprésiden|\bpresiden|\bchair"), Relation.JURY_PRESIDENT),
    (re.compile(r"(?i)\bexamin"), Relation.JURY_EXAMINER),
    (re.compile(r"(?i)\bjury|\bjurys|\bcommittee"), Relation.JURY_MEMBER),
)


# A library catalogue's citation of a thesis (IdRef, SUDOC: ISBD's "Title / Author ;
# other contributors"): "Titre / A ; sous la direction de B et de C (2017)".
_CARD_CITATION = re.compile(
    r"^[^\n]{3,300}?\s/\s(?P<name>[A-ZÀ-Þ][^\n,;:/()]{2,60}?)\s*;\s*"
    r"(?:sous\s+la\s+(?:co-?)?direction\s+d[e'’]|(?:co-?)?dirigée?\s+par)\s*"
    r"(?P<names>[^\n()]+?)[\s,]*(?:\((?P<tail>[^()\n]*)\)|(?P<year>(?:19|20)\d\d))?\s*\.?$"
)


def may_be_thesis_card(block: Block) -> bool:
    """Cheap test: a multi-line entry with a direction line, or a catalogue's one-line
    citation (the regexes decide)."""
    text = block.text
    if block.kind is BlockKind.HEADING or not (
        "direction d" in text or "dirigé" in text or "upervis" in text
    ):
        return False
    return ("\n" in text and ("par " in text or "by " in text)) or (" / " in text and ";" in text)


def _citation_card(page: Page, block: Block) -> bool:
    """A catalogue's one-line thesis citation read as a card: its year is the defence's,
    unless it says the thesis is still in preparation."""
    citation = _CARD_CITATION.match(block.text.strip())
    if citation is None:
        return False
    tail = citation["tail"] or citation["year"] or ""
    begun = _CARD_BEGUN.search(tail)
    year = re.search(r"(?:19|20)\d\d", tail) if not begun else None
    lines = [
        f"par {citation['name']}",
        f"sous la direction de {citation['names']}",
        f"Thèse en préparation depuis {begun.group(1)}"
        if begun
        else f"Thèse soutenue en {year.group()}"
        if year
        else "",
    ]
    card = Block(block.kind, "\n".join(line for line in lines if line), block.level, block.section)
    return thesis_card(page, card, block.text)


def _heading_role(page: Page, block: Block) -> Relation | None:
    """The owner's jury role a card's section heading states, if any."""
    title = block.section[-1] if block.section else ""
    if not title or LEXICON.pattern("NOT_JURY").search(title):
        return None
    return next((role for pattern, role in _HEADING_ROLES if pattern.search(title)), None)


def thesis_card(page: Page, block: Block, said: str | None = None) -> bool:
    """Read one thesis card (True when the block is one: no other rule reads it)."""
    text = block.text
    byline = _CARD_BYLINE.search(text)
    direction = _CARD_DIRECTION.search(text) if byline else None
    if direction is None or direction.start() < byline.start():
        return "\n" not in text and said is None and _citation_card(page, block)
    student = name_from_piece(byline.group("name"))
    advisors = [
        n
        for piece in _CARD_NAMES.split(PARENS.sub("", direction.group("names")))
        if (n := name_from_piece(piece.strip(" .")))
    ]
    if student is None or not advisors:
        return False
    defended = _CARD_DEFENDED.search(text)
    begun = None if defended else _CARD_BEGUN.search(text)
    if defended:
        period = Period(None, int(defended.group(1)))
    elif begun:
        period = Period(int(begun.group(1)), None)
    else:
        period = Period()
    evidence = said or " | ".join(block.lines)
    owner = page.owner.name if page.owner is not None else None
    advised = False
    for advisor in advisors:
        if owner and _is_owner(page, advisor):
            advisor, advised = owner, True
        page.add(
            student, Relation.ADVISOR_PHD, advisor, evidence, "supervision.thesis-card", 0.8, period
        )
    role = _heading_role(page, block) if owner and not advised else None
    if role is not None and not _is_owner(page, student):
        year = period.end or period.start
        page.add(
            student,
            role,
            owner,
            evidence,
            "jury.thesis-card",
            0.75,
            Period(year, year) if period.end else Period(),
        )
    return True


# "Date de soutenance : 14/12/2018" (a students table's column): a date, not a jury.
_DEFENCE_DATE_LABEL = re.compile(
    r"(?i)\bdates?\s+(?:de\s+(?:la\s+)?soutenance|of\s+(?:the\s+)?defen[cs]e)\b"
    # "A | Période: 2019–2023 | Soutenance: 13/03/2023": a students table's defence column
    r"|(?<=\| )(?:soutenance|defen[cs]e|viva)(?=\s*:)"
    # "A (depuis 2023), en cours (soutenance prévue en 2026)": the student's own date
    r"|\bsoutenance\s+(?:pr[ée]vue|envisag[ée]e|attendue)\b"
    r"|\b(?:expected|planned|anticipated)\s+defen[cs]e\b"
)


# "2022–: Thèse de A …", "2019 – 2021 : Stage de M2 de B": a date label opening an entry.
_DATE_LED_ENTRY = re.compile(
    r"^(?P<period>(?:19|20)\d\d(?:\s*[–—-]+\s*(?:(?:19|20)\d\d)?)?)\s*[:：]\s+(?P<rest>\S.*)$",
    re.S,
)
# "Thèse de A", "Stage de M2 de B", "PhD thesis of C": the kind and its student's name.
_KIND_OF_STUDENT = re.compile(
    r"(?i)^(?:thèse|stage|post-?doc(?:torat)?|phd|master)\b[^,;()\n]{0,30}?\s(?:de|d['’]|of)\s*"
    r"[A-ZÀ-Þ][^,;()\n]{2,60}?(?=\s*(?:,|;|\(|$))"
)
# A sentence's end before the next "Label :" ("… B (2023). Stage de L3 : C").
# "Principal supervisor: B", "Associate supervisor: C": a label naming one of the advisors
_RANKED_SUPERVISOR = re.compile(
    r"(?i)\s*(?:principal|primary|main|lead|associate|second|secondary)\s+supervisors?\s*:"
)
_LABELLED_SENTENCE = re.compile(r"(?:(?<=\)\.)|(?<=\w[)\w]\.))\s+(?=[A-ZÀ-Þ][^.:;()|]{0,30}\s?:\s)")
_BRACKET_NOTE = re.compile(r"^(?P<name>[^\[\]()\n]{3,60}?)\s*\[(?P<notes>[^\[\]\n]{3,200})\]$")


def _named_label(label: str) -> bool:
    """A label that is a person's name ("A: PhD student"), not a kind of thesis written in
    capitals ("Tesina de Licenciatura: A")."""
    return bool(label) and name_from_piece(label) is not None and not contexts_in(label)


def _one_record(labelled: list[str]) -> bool:
    """Labelled sentences that are one thesis's fields ("Doctoranda: A. Fecha de lectura:
    2022. Codirigida con B"): one labels its single student, another labels no students."""
    students = LEXICON.pattern("STUDENT_LABELS")
    fields = [(label.group(1).strip(), label.group(2)) for s in labelled if (label := _label(s))]
    return any(
        students.fullmatch(name)
        and (student := name_at_start(value)) is not None
        and value.strip().startswith(student)
        and value.strip()[len(student) :][:1] in ("", ".")
        for name, value in fields
    ) and any(not students.fullmatch(name) and heading_kind(name) is None for name, _ in fields)


def _status_label(sentence: str) -> bool:
    """A sentence opening on the status of the students it names ("Completed: B (PhD
    2018)", "Thèses soutenues : C"), not on another label ("Now: Engineer, X")."""
    label = _label(sentence)
    if label is None:
        return False
    return LEXICON.pattern("STUDENT_STATUS_LABELS").fullmatch(label.group(1).strip()) is not None


_YEAR_COLON = re.compile(r"((?:19|20)\d\d)\s*[:：]\s+(?=[A-ZÀ-Þ])")
_YEAR_LABELLED = re.compile(r"\b(?:En|In)\s+((?:19|20)\d\d)\s*:\s*([^.]+)")
_STUDENTS_ON_A_LINE = re.compile(r"(?<=\))\s*;\s*")
_BRACKETED_NAMES = re.compile(r"(?<=\)),\s+(?=[A-ZÀ-Þ])")
_NAME_AND_BRACKET = re.compile(r"[^()]{3,60}\([^()]{1,40}\)$")


# "… soutenue en 2023 — Prix de thèse du CREDO": the student's prize, no jury of the item.
# ("… whose dissertation received the X Society thesis prize": the same, in English)
_THESIS_PRIZE = re.compile(
    r"(?i)^(?:prix\s+de\s+(?:la\s+meilleure\s+)?thèse|(?:thesis|dissertation)\s+(?:prize|award))"
)


_PROSE_SENTENCE_END = re.compile(r"(?<=[a-zà-ÿ0-9)»]{2})\.\s+(?=[A-ZÀ-Þ])")
_COMMITTEE_CLAUSE_BREAK = re.compile(r"\s*(?:;|(?<=[a-z0-9)])\.)\s+")
CLOSING_CUE_SPAN = 4  # characters between a clause's start and its committee word


def _without_closing_committee(text: str) -> str:
    """An entry without the clause that closes it on a committee of another kind ("Thèse
    de A (2020 – 2023), co-direction avec B ; comité de suivi : C et D"): the entry stands,
    the follow-up committee's members are no advisors of A's."""
    not_jury = LEXICON.pattern("NOT_JURY")
    found = not_jury.search(text)
    if found is None:
        return text
    breaks = list(_COMMITTEE_CLAUSE_BREAK.finditer(text, 0, found.start()))
    clause = breaks[-1] if breaks else None
    if (
        clause is None
        or found.start() - clause.end() > CLOSING_CUE_SPAN
        or not _COMMITTEE_LABEL_AFTER.match(text, found.end())
    ):
        # the committee opens the entry, sits inside its clause, or labels no list
        return text
    return text[: clause.start()]


# The committee's label colon, its short gloss in brackets aside ("comité de suivi (CSI) :")
_COMMITTEE_LABEL_AFTER = re.compile(r"\s*(?:\([^()]{1,20}\)\s*)?[:：]")


def _not_jury_item(text: str) -> bool:
    """The item names a committee that is no thesis jury (a follow-up committee, a
    recruitment, a prize's jury): no student of the owner's.  A prize of the thesis with no
    jury written is the student's own distinction."""
    found = LEXICON.pattern("NOT_JURY").finditer(text)
    if "jury" in text or "Jury" in text:
        return next(found, None) is not None
    return any(
        not _THESIS_PRIZE.match(m.group())
        and not (m.group() == "CAPES" and _FUNDED.search(text))
        and not (
            m.group()[:1] in "Aa"
            and _ADMISSION_DATE.search(text, max(0, m.start() - 8), m.end() + 6)
        )
        for m in found
    )


# "Year of admission: 2021" (a student's cell): the student's entry year, no admissions panel
_ADMISSION_DATE = re.compile(r"(?i)(?:year|date)\s+of\s+admission\b|admission\s+(?:year|date)\b")


# "CAPES fellowship", "bolsa CAPES": Brazil's funding agency, no teachers' competitive exam.
_FUNDED = re.compile(
    r"(?i)\b(?:fellowships?|scholarships?|grants?|bolsa|bolsista|funded|funding)\b"
)


LABEL_SPAN = 120  # where an item's label colon may stand ("… of CHEM 101 (Fall 2023): A")


# "Committee member:", "Thesis committee member:", "Member of the committee:" opening a line
# of a students section.
_COMMITTEE_LABEL = re.compile(
    r"(?i)^\W*((?:as\s+(?:a\s+)?)?(?:(?:thesis|dissertation|doctoral|ph\.?d\.?)\s+)?"
    r"committee\s+member(?:ship)?s?|member\s+of\s+(?:the\s+)?(?:(?:thesis|dissertation|"
    r"doctoral)\s+)?committees?)\s*:\s*"
)


_TITLED_PIECE = re.compile(r"\W*(?:Dr|Prof|Professor|Mr|Mrs|Ms)\b")


# "directeur de thèse :", "thesis director:": a label naming the thesis's formal director.
_THESIS_DIRECTOR_LABEL = re.compile(
    r"(?i)(?:directeur|directrice|director)(?:[·•][a-z]{1,5})?\s+(?:de\s+(?:la\s+)?th[eè]se|"
    r"of\s+(?:the\s+)?thesis)\s*[:：]"
    # ("(directeur japonais : B)": the partner's director, beside the owner's direction)
    rf"|(?:directeur|directrice)\s+(?:{_PARTNER_COUNTRY})\s*[:：]"
)


def _co_column(row: str, at: int) -> bool:
    """Whether the cell holding ``at`` sits under a co-supervision column ("Co-encadrement:
    direction : B (50 %)"): whoever that cell names shares the thesis with the owner."""
    start = row.rfind(" | ", 0, at) + 1
    label = _label(row[start:at].lstrip(" |"))
    return label is not None and _OWNER_CO.match(label.group(1).strip()) is not None


# "A, PhD student (2023–)": a line that is a whole student entry: a name first, then the
# kind of student and a year.
_ENTRY_LINE = re.compile(
    r"[^()|,;:\n]{3,60}?,\s*[^,()\n]{0,40}\((?:since |depuis )?(?:19|20)\d\d\b"
)


def _entry_lines(lines: list[str]) -> bool:
    """Two or more lines each a whole dated student entry of its own kind (a name, the
    kind of student, its years), so no line is a detail of the one above."""
    return len(lines) > 1 and all(
        (entry := _ENTRY_LINE.match(line)) is not None
        and contexts_in(entry.group())
        and name_at_start(line) is not None
        for line in lines
    )


def _cell_row_entries(lines: list[str]) -> list[str] | None:
    """A paragraph of two or more cell rows ("A — PhD — conferred 12/2024"), each followed by
    its own labelled lines ("Thesis: …", "Principal supervisor: B"): one entry per row, its
    labels kept with it (a plain-text report's table without blank lines between rows)."""
    groups: list[list[str]] = []
    for line in lines:
        if line.count(" — ") >= 2 and YEAR.search(line) and name_at_start(line):
            groups.append([line])
        elif groups and _label(line):
            groups[-1].append(line)
        else:
            return None
    return ["\n".join(group) for group in groups] if len(groups) >= 2 else None


# "Thema: Partikelbeladene Strahlen" (a card's first line under its person's heading): a
# topic's label, whose value names no student.
_TOPIC_LABEL = re.compile(
    r"(?i)(?:(?:thesis|dissertation|research|phd|forschungs|arbeits|promotions)\s*)?"
    r"(?:thema|titel|title|topic|sujet|projekt|project)s?"
)


# "Family, Given" opening a students list's entry, before its first cell's or dash's end.
_ENDS_ON_YEAR = re.compile(r"(?:19|20)\d\d\s*$")
_TURNED_ENTRY_LEAD = re.compile(
    r"(?P<family>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:(?i:de|del|da|dos|das|la|y)\s+)*[A-ZÀ-Þ][\w'’-]+)?),\s+"
    r"(?P<given>[A-ZÀ-Þ][\w'’-]+(?:[ -][A-ZÀ-Þ][\w'’-]+)?)"
    # (a dash glued to a word on both sides joins a compound: "A, Frisian–Dutch …")
    r"(?=\s*(?:\||;|\(|$)|\s+[—–]|[—–](?:\s|$))"
)


# A portal's supervision record, one field a line ("Student Name: A" / "Student Degree
# Type: Doctorate" / "Supervision Role: Co-Supervisor", as the Canadian Common CV prints
# it): the student's name, the degree's kind and the owner's own part, each in its field.
_SUPERVISION_FIELD = re.compile(r"^\s*([^\W\d][^:\n]{2,40}?)\s*[:：]\s*(\S[^\n]*)$", re.M)


def may_be_supervision_record(block: Block) -> bool:
    """Cheap test: a block of labelled lines, one of them naming a degree."""
    return (
        block.kind is not BlockKind.HEADING
        and "\n" in block.text
        and ":" in block.text
        and ("egree" in block.text or "iplôme" in block.text)
    )


def supervision_record(page: Page, block: Block) -> bool:
    """Read a supervision record set as labelled fields; True when the block was one (its
    fields then tell nothing else: "Student Institution: X" is not the owner's)."""
    fields = {m.group(1): m.group(2).strip() for m in _SUPERVISION_FIELD.finditer(block.text)}
    students = LEXICON.pattern("STUDENT_LABELS")
    name_field = next((v for k, v in fields.items() if students.fullmatch(k)), None)
    degree = next(
        (v for k, v in fields.items() if LEXICON.pattern("DEGREE_TYPE_LABELS").fullmatch(k)), None
    )
    if name_field is None or degree is None or page.owner is None:
        return False
    student = name_from_piece(name_field)
    kinds = contexts_in(degree)
    role = next((v for k, v in fields.items() if LEXICON.pattern("ROLE_LABELS").search(k)), None)
    told = role or block.text.split("\n", 1)[0]
    if (
        student is None
        or _is_owner(page, student)
        or not kinds
        or not LEXICON.pattern("ADVISING_NOUNS").search(told)
    ):
        return True  # (a committee member's record, or a degree no rule reads: nothing)
    page.add(
        student,
        ADVISOR[kinds[0][1]],
        page.owner.name,
        block.text.split("\n", 1)[0],
        "supervision.labelled-record",
        0.8,
        block_period(block),
    )
    return True


# An entry's title line ending in its dates, flush right ("Doctorat de A 2019 – 2022").
EARLIER_LABEL_CHARS = 30  # "Previously:", "Formerly:", "Auparavant :" open a card's line


def _card_earlier_degree(page: Page, block: Block, rest: str) -> None:
    """ "A" › "Previously: MSc, University X": the card's person studied there."""
    degree = LEXICON.pattern("STUDIES").match(rest)
    if degree is None or not rest[degree.end() :].startswith(", "):
        return
    person = name_at_start(block.section[-1])
    places = find_organisations(rest[degree.end() + 2 :], page.acronyms)
    if person is None or not places or places[0].start > 0:
        return
    if places[0].kind is OrgKind.INSTITUTION and is_strong_institution(places[0].name):
        page.add(
            person,
            Relation.STUDIED_AT,
            places[0].name,
            block.text.strip(),
            "organisation.card-earlier-degree",
            0.6,
        )


# "A (B et C)": an entry's name, then only its advisors' names in brackets
_BRACKETED_ADVISORS = re.compile(r"(?P<head>[^()\n]+?)\s*\((?P<inside>[^()\n]+)\)\s*")
_ADVISOR_JOINS = re.compile(r"\s*(?:,|;|&|\bet\b|\band\b)\s*")


def _bracketed_advisors(block: Block) -> str | None:
    """ "Doctorants (directeur de thèse entre parenthèses)" › "A (B et C)": the entry with
    its bracket labelled as its advisors ("A (advisors: B et C)"), None for another."""
    entry = _BRACKETED_ADVISORS.fullmatch(block.text)
    if entry is None or name_at_start(entry["head"]) != entry["head"].strip():
        return None
    pieces = [p for p in _ADVISOR_JOINS.split(entry["inside"].strip()) if p]
    if not pieces or any(name_at_start(piece) != piece for piece in pieces):
        return None  # ("A (depuis 2023)", "A (ATER)": a note, no advisor)
    return f"{entry['head'].strip()} (advisors: {entry['inside'].strip()})"


_RIGHT_DATES = re.compile(
    r"(?P<head>[^\n()\d]*?[^\W\d_])[ \t]+(?P<dates>(?:(?:depuis|since|from|dès)[ \t]+)?"
    r"(?:19|20)\d\d(?:[ \t]*[–—-][ \t]*(?:(?:19|20)\d\d|present|today|now|aujourd'hui))?)"
    r"[ \t]*(?=\n)",
    re.I,
)
# "Director: Dr. B", "Directora: C", "Orientadora: D" (a student card's advisor label).
_LABELLED_DIRECTOR = re.compile(r"(?i)\b(?:co-?)?(?:director|directora|orientador|orientadora)\s*:")


_STATUS_DASH_LEAD = re.compile(r"^\s*([^\W\d][^—–:\n]{1,24}?)\s+[—–]\s+(?=[A-ZÀ-Þ])")


# A programme's time before a talk's speaker ("9h30", "14:00–14:20", "10.15 am —").
_CLOCK = r"(?:[01]?\d|2[0-3])\s*(?:[h:.]\s*[0-5]\d|h)(?:\s*[ap]\.?m\.?)?"
_CLOCK_LEAD = re.compile(rf"^\s*{_CLOCK}(?:\s*[-–—]\s*{_CLOCK})?\s*[—–-]?\s*(?=[A-ZÀ-Þ])")


# A talk list's speaker and the bracket after the name ("A (PhD student, X; advisor B)").
_SPEAKER_BRACKET = re.compile(
    r"(?:^|[|:\n])\s*(?P<name>[^|:()\n]{4,60}?)\s*\((?P<inside>[^()\n]{5,200})\)"
)
_BRACKET_PIECES = re.compile(r"\s*[;,]\s*")
SPEAKER_ROW_CHARS = 400  # (a talk's row or item; a paragraph's brackets are read elsewhere)


def speaker_brackets(page: Page, block: Block) -> None:
    """A seminar's speaker whose bracket says they are a student or a postdoc and names
    who advises or hosts them ("A (Postdoc, University X, hosted by B)"); the chairs,
    hosts and organisers the list names elsewhere are no one's advisors.  Read after the
    student lists: a pair they already read keeps their reading (and its years)."""
    if block.kind is not BlockKind.ITEM or "(" not in block.text:
        return
    if len(block.text) >= SPEAKER_ROW_CHARS:
        return
    for found in _SPEAKER_BRACKET.finditer(block.text):
        inside = found.group("inside")
        kinds = {c for _, c in contexts_in(inside)}
        if len(kinds) != 1 or not kinds <= {Context.PHD, Context.POSTDOC, Context.INTERNSHIP}:
            continue
        speaker = name_from_piece(found.group("name").strip())
        if speaker is None or fold(speaker) != fold(found.group("name").strip()):
            continue  # (a title, or a name among other words: no speaker alone)
        context = next(iter(kinds))
        for piece in _BRACKET_PIECES.split(inside):
            cue = LEXICON.pattern("SUPERVISION_CUES").match(piece) or LEXICON.pattern(
                "CONTEXT_CUES"
            ).match(piece)
            advisor = name_from_piece(piece[cue.end() :].strip(" :")) if cue else None
            if advisor is None or fold(advisor) == fold(speaker):
                continue
            pair = (fold(speaker), fold(advisor))
            if any((fold(c.subject), fold(c.object)) == pair for c in page.claims):
                break
            page.add(
                speaker,
                ADVISOR[context],
                advisor,
                f"{found.group('name').strip()} ({inside})",
                "supervision.speaker-bracket",
                0.7,
                Period(),
            )
            break


# A sentence of a paragraph opening on a short label and its colon ("…. PhD students: A; B").
_LATER_STUDENTS_LABEL = re.compile(
    r"(?<=[a-zà-ÿ)]\.)\s+([A-ZÀ-Þ][\w'’ -]{2,40}?)\s*:\s+(?=[A-ZÀ-Þ])"
)


# "Doctoral students (main supervisor Prof. B, co-supervised by me): A (2019–2023), C": a
# students' label, its note in brackets, then the list.
_NOTED_STUDENTS_LABEL = re.compile(
    r"^\W*(?P<kind>[^:()\n]{2,40}?)\s*\((?P<note>[^()\n]{3,120})\)\s*:\s*(?P<rest>.+)$", re.S
)
_STUDENT_BRACKET_TEXT = re.compile(r"\(([^()]*)\)")
# "2021 – 2 PhD students (A, B)": the entry's years, a count, the kind, the students named.
_COUNTED_STUDENTS = re.compile(
    r"^\W*(?P<dates>(?:(?:19|20)\d\d\s*[–-]\s*(?:(?:19|20)?\d\d)?\s+)?)\d{1,2}\s+"
    r"(?P<kind>[^\W\d][^():;,\n\d]{2,40}?)\s*\((?P<names>[^()\n\d]{5,200})\)"
)
COUNTED_STUDENTS_CHARS = 60  # the bracket opens right after the count and the kind


def student_list(page: Page, block: Block) -> None:
    """On an advisor's page, each item of a students section: the student is the subject.

    On a lab's people page ("Tessa Renwick — since 2020, advisor: Magnus Oakley") the advisor
    named in the item is the object; otherwise the page owner (and any co-advisor) is.
    """
    if block.kind is BlockKind.HEADING:
        _heading_card(page, block)
        return
    if block.kind is BlockKind.ITEM and block.text.lstrip()[:1].isdigit():
        clock = _CLOCK_LEAD.match(block.text)
        if clock is not None:
            # "9h30 A (équipe X) — Titre / encadrants : B, C" (a day's programme): the
            # talk's time before its speaker, no part of the entry
            block = Block(block.kind, block.text[clock.end() :], block.level, block.section)
    if _card_bio_paragraph(block):
        # "Team" › "A" › "A joined X in 2016. She completed her PhD …": A's own bio, no
        # member of the list; its "A is a PhD student advised by B" still names B
        if any(map(block.text.__contains__, _APPOSED_WORDS)):
            apposed_pupils(page, block)
        return
    if (
        block.kind is BlockKind.PARAGRAPH
        and ":" in block.text[:EARLIER_LABEL_CHARS]
        and len(block.section) >= 2
        and (label := LEXICON.pattern("EARLIER_POST_LABELS").match(block.text))
        and block.text[label.end() :].lstrip().startswith(":")
        and is_card_name(block.section[-1])
    ):
        # "Students" › "A" › "Previously: Research intern, Company X": the card's person's
        # earlier post or degree, no student of the list
        _card_earlier_degree(page, block, block.text[label.end() :].lstrip()[1:].strip())
        return
    if (
        block.kind is BlockKind.ITEM
        and block.section
        and "(" in block.section[-1]
        and block.text.rstrip().endswith(")")
        and LEXICON.pattern("ADVISORS_IN_BRACKETS_NOTES").search(block.section[-1])
        and (labelled := _bracketed_advisors(block)) is not None
    ):
        _read_rewritten(page, block, labelled)
        return
    if (
        block.kind is BlockKind.PARAGRAPH
        and "(" in block.text[:STUDENTS_LABEL_CHARS]
        and (noted := _NOTED_STUDENTS_LABEL.match(block.text)) is not None
        and heading_kind(noted["kind"]) is SectionKind.STUDENTS
        and LEXICON.pattern("SUPERVISION_CUES").search(noted["note"])
    ):
        # "Doctoral students (main supervisor Prof. B, co-supervised by me): A (2019–2023),
        # C (since 2022)": the label's note holds for each student, read in each one's bracket
        note = noted["note"]
        rest = _STUDENT_BRACKET_TEXT.sub(lambda m: f"({m[1]}; {note})", noted["rest"])
        _read_rewritten(page, block, f"{noted['kind']}: {rest}")
        return
    if (
        "(" in block.text[:COUNTED_STUDENTS_CHARS]
        and (counted := _COUNTED_STUDENTS.match(block.text)) is not None
        and heading_kind(counted["kind"]) is SectionKind.STUDENTS
    ):
        # "2021 – 2 PhD students (A, B) and 1 Master student" (a track record's entry): the
        # bracket names the students the count speaks of, each in the entry's years
        dates = counted["dates"].strip()
        names = split_authors(counted["names"])
        listed = ", ".join(f"{name} ({dates})" if dates else name for name in names)
        _read_rewritten(page, block, f"{counted['kind']}: {listed}")
        return
    if (
        block.kind is BlockKind.PARAGRAPH
        and ": " in block.text
        and ". " in block.text
        and (label := _LATER_STUDENTS_LABEL.search(block.text))
        # (only after sentences with no label nor bracket: "Postdocs: A. Master's theses: B"
        # and "In my group, A (PhD 2021) … Current students: B" keep every sentence)
        and not any(c in block.text[: label.start()] for c in ":(")
        and heading_kind(label.group(1)) is SectionKind.STUDENTS
        and page.kind(block) is SectionKind.STUDENTS
    ):
        # "Supervision" › "She advises master's theses. PhD students: A (2023–); B": the
        # list a later sentence labels, read from its label on
        text = block.text[label.start(1) :]
        student_list(page, Block(block.kind, text, block.level, block.section))
        return
    if block.kind is BlockKind.ITEM and ":" in block.text and "\n" in block.text.strip():
        # "2016 – 3 Postdocs / 6 PhD students" over "PhD: A (2017–2021), B (2019–)" and
        # "Postdocs: C (2021–2024)" (a grant template's one dated entry for all its
        # students): each kind's labelled line its own list
        lines = block.text.strip().split("\n")[1:]
        kinds = [
            line.strip()
            for line in lines
            if (label := _label(line.strip()))
            and len(label.group(1).split()) <= 3
            and context_of(label.group(1)) is not None
            and name_at_start(label.group(2)) is not None
            and _OWN_BRACKET_YEARS.search(label.group(2)) is not None  # (each its own years)
        ]
        if kinds:
            for line in kinds:
                student_list(page, Block(BlockKind.PARAGRAPH, line, block.level, block.section))
            return
    if (
        block.kind is BlockKind.ITEM
        and "\n" in block.text
        and (dated := _RIGHT_DATES.match(block.text))
    ):
        # "Doctorat de A      2019 – 2022" over "co-encadrement avec B" (a CV class's title
        # line with its dates flush right): the dates bracketed, as the entry's own
        text = f"{dated['head']} ({dated['dates']}){block.text[dated.end() :]}"
        first = len(page.claims)
        student_list(page, Block(block.kind, text, block.level, block.section))
        for index in range(first, len(page.claims)):
            if page.claims[index].evidence not in block.text:  # (the page's own words)
                page.claims[index] = replace(page.claims[index], evidence=block.text.strip())
        return
    if (
        block.kind is BlockKind.PARAGRAPH
        and block.section
        and ": " in block.text
        and _LABELLED_DIRECTOR.search(block.text)
        and is_card_name(block.section[-1])
        and name_at_start(block.text) is None
        and (card := name_at_start(block.section[-1])) is not None
    ):
        # "Becarios doctorales" › "Lic. A" › "Becario doctoral desde 2022. Director: Dr. B":
        # the card's person is the student its labelled director advises (not the first
        # name of the paragraph)
        text = f"{card} — {block.text}"
        block = Block(BlockKind.ITEM, text, block.level, block.section[:-1])
    if "dvis" not in block.text and page.kind(block) is SectionKind.PUBLICATIONS:
        return  # a publication names no student (a "References" list's advisors aside)
    if (
        block.kind is BlockKind.ITEM
        and (lead := _STATUS_DASH_LEAD.match(block.text))
        and LEXICON.pattern("STUDENT_STATUS_LABELS").fullmatch(lead.group(1)) is not None
    ):
        # "En cours — A (depuis 2023), co-encadrement 40 %": the status before the student
        block = Block(block.kind, block.text[lead.end() :], block.level, block.section)
    if _read_as_portal_record(page, block):
        return  # "Family, Given (Author), … (Main supervisor)": read as the page has it
    if "," in block.text[:60] and (turned := _TURNED_ENTRY_LEAD.match(block.text)):
        # "Nwachukwu, Chidinma | Thema: … | Erstbetreuung: B", "Oyelaran, Babajide — since
        # 2020": the entry's student, family name first (a table's or a list's name column)
        name = name_from_piece(turned.group())
        # ("CHAMORRO, Lautaro": a family name in capitals reads as the name's own spelling)
        if (
            name
            and not turned["given"].isupper()  # ("A, MA": a degree after the name)
            and name.casefold() == f"{turned['given']} {turned['family']}".casefold()
        ):
            text = f"{name}{block.text[turned.end() :]}"
            block = Block(block.kind, text, block.level, block.section)
    if (
        block.section
        and "entor" in block.section[-1]
        and _MENTORING_EVENT.search(block.section[-1])
    ):
        return  # "Mentoring programmes" › "Peer mentor for new faculty: A": mentees, no advisees
    if "otation" in block.text and _ROTATION_CELL.search(block.text):
        return  # "A | Position: Rotation | Years: 2021": a rotation, no advisee
    if (
        "otation" in block.text
        or block.section
        and "otation" in block.section[-1]
        or ("onfirm" in block.text or "TB" in block.text or "éfini" in block.text)
        and LEXICON.pattern("ROTATIONS").search(block.text)
    ):
        rotations = LEXICON.pattern("ROTATIONS")
        if (
            rotations.search(first_of(block.text))
            or (block.section and rotations.search(block.section[-1]))
            or _UNDECIDED.search(block.text)
        ):
            # "Rotation students: A, B", "A (PhD rotation project, 2022)", "A (advisor to
            # be confirmed)": no advisee
            return
    if (
        "ommittee" in block.text[:40]
        and (sat := _COMMITTEE_LABEL.match(block.text))
        and (pieces := _top_level_pieces(block.text[sat.end() :]))
        and all(YEAR.search(piece) and not _TITLED_PIECE.match(piece) for piece in pieces)
    ):
        # "Committee member: A (2022), B (2024)" among the students advised: the theses the
        # owner sat on, each a jury entry dated by its defence (a thesis record's own
        # "Committee member: Dr. A" names a member of its candidate's committee)
        section = (*block.section, sat.group(1).strip())
        for piece in pieces:
            _jury_service(page, Block(BlockKind.ITEM, piece, block.level, section))
        return
    if (
        block.kind is BlockKind.PARAGRAPH
        and (". " in block.text or ".\n" in block.text)
        and _ACTIVITY_SENTENCE.match(block.text)
        and len(parts := _CLAUSE_SENTENCE_END.split(block.text.strip())) >= 2
        and sum(1 for part in parts if _ACTIVITY_SENTENCE.match(part)) >= 2
    ):
        # "Co-encadrement du stage de M2 de A (2024), avec B. Co-encadrement du mémoire de
        # C (2022). Participation au comité de suivi de D.": a text's soft-wrapped lines,
        # each sentence one entry (the committee's none).
        for part in parts:
            if _ACTIVITY_SENTENCE.match(part):
                part = part if part.endswith(".") else f"{part}."  # (the split took its stop)
                student_list(page, Block(BlockKind.ITEM, part, block.level, block.section))
        return
    if "\n" in block.text and _entry_lines(block.lines):
        # "A, PhD student (2023–)<br>B, PhD student (2024–), co-advised with C" (one
        # accordion panel, one paragraph): each line its own student, with its own co-advisor.
        for line in block.lines:
            student_list(page, Block(BlockKind.ITEM, line, block.level, block.section))
        return
    if "\n" in block.text and " — " in block.text and (rows := _cell_row_entries(block.lines)):
        for row in rows:
            student_list(page, Block(BlockKind.ITEM, row, block.level, block.section))
        return
    if "PDF" in block.text and " | " in block.text and _PDF_LEVEL.search(block.text):
        text = _PDF_LEVEL.sub("postdoctoral fellow", block.text)
        block = Block(block.kind, text, block.level, block.section)
    spelled = None
    if (
        ("egree: " in block.text or "osition: " in block.text or "ole: " in block.text)
        and " | " in block.text
        and _DEGREE_CODE_CELL.search(block.text)
    ):
        # "A | Degree: MS | Year: 2019 | Thesis: T": a master's (or a bachelor's) thesis, the
        # degree's short code spelled out for the rules
        spelled = _DEGREE_CODE_CELL.sub(_spelled_degree, block.text)
    elif block.text[:1] == "M" and _COURSE_YEAR_CELL.match(block.text) and _course_years(page):
        # "M2 | Name: A" beside "D1 | Name: B" (a Japanese or Korean lab's roster): the
        # year of A's master's course, not a French M2 internship
        spelled = _COURSE_YEAR_CELL.sub(r"Master's student (year \1)", block.text, count=1)
    if spelled is not None:
        first = len(page.claims)
        student_list(page, Block(block.kind, spelled, block.level, block.section))
        for index in range(first, len(page.claims)):
            if page.claims[index].evidence == spelled.strip():  # (the page's own words)
                page.claims[index] = replace(page.claims[index], evidence=block.text.strip())
        return
    if (
        block.kind is BlockKind.ITEM
        and "\n" in block.text
        and block.section
        and _GRAND.search(block.section[-1])
    ):
        _grand_students(page, block)
    if block.kind is BlockKind.PARAGRAPH and (fields := _advisors_below(page, block)):
        # "A. Titre. Université X, 2024." over "Directeur(s) de thèse : B, C" (a generated
        # theses list, one paragraph each): the entry read with its advisors' line.
        text = block.text
        if (turned := _PORTAL_AUTHOR.match(text)) and (name := name_from_piece(turned["name"])):
            # "Akkermans, T., 3 Mar 2021, Univ. X. 188 p." over "Supervisors: Quill, A.
            # (Supervisor) & Marlow, Z. (Co-supervisor)" (a research portal's thesis
            # record): its author and advisors turned round, its kind on the line above
            text = f"{name}{text[turned.end('name') :]}"
            fields = _turned_roles(fields)
            above = page.document.blocks[page.index(block) - 1] if page.index(block) else None
            if (
                above is not None
                and above.section == block.section
                and "\n" not in above.text
                and len(above.text) < 80
                and contexts_in(above.text)
            ):
                text = f"{text}\n{above.text}"
        block = Block(block.kind, f"{text}\n{fields}", block.level, block.section)
    if block.kind is BlockKind.ITEM and ("upervised" in block.text or "ncadré" in block.text):
        _own_students_of(page, block)
    if (colon := block.text.find(":", 0, LABEL_SPAN)) > 0 and LEXICON.pattern("STAFF_ROLES").search(
        block.text, 0, colon
    ):
        # "Supervised the teaching assistants of CHEM 101: A, B": a course's staff; "Lab
        # manager: A (2012–2019)" among a group's alumni: staff, no advisee
        return
    if (" — " in block.text or " – " in block.text) and (years := _year_led_groups(block.text)):
        # "Stagiaires M2 : 2024 — A (ENS), B ; 2023 — C": the label's students, grouped
        # by year; each one read with its group's year.
        label, groups = years
        section = (*block.section, label)
        for year, names in groups:
            for piece in _student_pieces(names):
                if name_at_start(piece):
                    dated = f"{piece[:-1]}, {year})" if piece.endswith(")") else f"{piece} ({year})"
                    student_list(page, Block(BlockKind.ITEM, dated, block.level, section))
        return
    if (
        block.kind is BlockKind.PARAGRAPH
        and ("En " in block.text or "In " in block.text)
        and page.kind(block) is SectionKind.STUDENTS
        and (groups := _YEAR_LABELLED.findall(block.text))
    ):
        # "Stagiaires" › "Chaque année j'accueille des stagiaires. En 2024 : A (M2) et B
        # (M1). En 2023 : C (M2).": each year's students, read with their year.
        for year, names in groups:
            for piece in _student_pieces(names):
                if name_at_start(piece):
                    dated = f"{piece[:-1]}, {year})" if piece.endswith(")") else f"{piece} ({year})"
                    student_list(page, Block(BlockKind.ITEM, dated, block.level, block.section))
        return
    if (
        block.text[:2] in ("19", "20")
        and "), " in block.text
        and "\n" not in block.text.strip()
        and (led := _YEAR_COLON.match(block.text))
    ):
        # "2025: A (Company X), B (University Y)": the year's graduates, each read with the
        # year and their own bracket
        pieces = _student_pieces(block.text[led.end() :].strip().rstrip(". "))
        if len(pieces) >= 2 and all(map(name_at_start, pieces)):
            year = led.group(1)
            for piece in pieces:
                dated = f"{piece[:-1]}, {year})" if piece.endswith(")") else f"{piece} ({year})"
                student_list(page, Block(block.kind, dated, block.level, block.section))
            return
    if (");" in block.text or ") ;" in block.text) and "\n" not in block.text.strip():
        # "A (M2, 2022) ; B (M1, 2024)": one line of students, each with their own notes.
        parts = _STUDENTS_ON_A_LINE.split(block.text.strip().rstrip(". "))
        if len(parts) >= 2 and all("(" in p and name_at_start(p) for p in parts):
            for part in parts:
                student_list(page, Block(block.kind, part, block.level, block.section))
            # (each part read with its own notes: "B (2023, co-encadrée avec C)" is B's)
            return
    elif "), " in block.text and "\n" not in block.text.strip():
        # "A (2022), B (2024).": names each with its bracket alone, one list on a line.
        parts = _BRACKETED_NAMES.split(block.text.strip().rstrip(". "))
        if len(parts) >= 2 and all(_NAME_AND_BRACKET.match(p) and name_at_start(p) for p in parts):
            if any(_is_owner(page, name_at_start(p)) for p in parts):
                # "Owner (Inst. X), A (Inst. Y)": a paper's authors with their affiliations
                # (an author database's results under its "Students" card), no advisees
                return
            for part in parts:
                student_list(page, Block(block.kind, part, block.level, block.section))
    if (") et " in block.text or ") and " in block.text) and "\n" not in block.text.strip():
        # "B (2016-2019) et C (2020-2023)": a list's last two, each with its bracket
        parts = _TOP_AND.split(block.text.strip().rstrip(". "))
        if (
            len(parts) == 2
            and all(p.endswith(")") and name_at_start(p) for p in parts)
            # ("A: PhD (2023). Supervisors: Dr B (primary) and Prof. C (X, adjunct)": the
            # "and" goes on with the advisors' field, no second student)
            and not _ends_in_advisors_field(parts[0])
        ):
            for part in parts:
                student_list(page, Block(block.kind, part, block.level, block.section))
            return
    if "\n" not in block.text and ": " in block.text and " | " not in block.text:
        labelled = _LABELLED_SENTENCE.split(block.text)
        first_label = _label(labelled[0]) if len(labelled) > 1 else None
        if (
            first_label is not None
            and "(" in first_label.group(1)
            and _ENDS_ON_YEAR.search(first_label.group(1))
            and name_at_start(first_label.group(1)) is not None
        ):
            # "A (XXX ciclo), tesi discussa il 12/05/2019: Title. Tutor: B": the student's
            # own entry up to its title's colon, no label over a list
            labelled = labelled[:1]
        lead = name_at_start(first_label.group(1)) if first_label is not None else None
        if (
            lead is not None
            and (
                lead == first_label.group(1).strip()
                # "A (PhD 2024) — thesis: Title. Supervisor: B": the entry's own field
                or _DASHED_FIELD.match(first_label.group(1).split(lead, 1)[-1])
            )
            and any(_advisors_field(s) or _RANKED_SUPERVISOR.match(s) for s in labelled[1:])
        ):
            # "A: PhD (commenced 2021). Supervisory panel: B (principal), C": one student's
            # entry under their name's label, its later sentence naming the advisors
            labelled = labelled[:1]
        if (
            len(labelled) > 1
            and (
                all(map(_label, labelled))
                or all(_status_label(sentence) for sentence in labelled[1:])
            )
            and not _one_record(labelled)
        ):
            # "Stages de M2 : A (2024), B (2023). Stage de L3 : C (2022).": each labelled
            # sentence its own list; "I supervise A (PhD, 2023–). Completed: B (PhD
            # 2018)." too, after the sentence that opens the paragraph.
            for sentence in labelled[0 if _label(labelled[0]) else 1 :]:
                student_list(page, Block(block.kind, sentence, block.level, block.section))
            if _label(labelled[0]):
                return
            block = Block(block.kind, labelled[0], block.level, block.section)
    if (
        " | " not in block.text
        and ". " in block.text
        and ": " in block.text
        and block.kind is BlockKind.ITEM
        and "\n" not in block.text  # (a record's lines are its fields: read as they are)
        and (said := sentences(block.text))
        and len(said) > 1
        and (row := _student_cell_first(" | ".join(s.strip().rstrip(".") for _, s in said)))
    ):
        # "Title. Doctora: A. Directores: B y C. Fecha de lectura: 12/07/2019." (a group's
        # defended theses): the sentences are the record's fields, the labelled student's
        # first.
        _read_rewritten(page, block, row)
        return
    text = block.text
    if text.count(" | ") == 1 and _DATE_CELL.match(text.partition(" | ")[0]):
        # "2016 – 2020 | PhD student: A (co-supervised with B)" (a word processor's
        # two-column table): the date cell leads the entry, read as "2016 – 2020 — …".
        text = text.replace(" | ", " — ", 1)
        block = Block(block.kind, text, block.level, block.section)
    if " · " in text and " | " not in text and "\n" not in text and text.count(":") > 2:
        text = text.replace(" · ", " | ")  # "Student: A · Degree: PhD · Role: Advisor"
    if " | " in text and ":" in text and (row := _student_cell_first(text)):
        # "2020/09 - Atual | Título: … | Papel: Orientador | Estudante: A | …" (a CV
        # system's table): the student's cell leads the row the rules read.
        _read_rewritten(page, block, row, _student_entry)
        return
    entry = _entry_in_usual_order(block.text)
    if entry is None:
        _student_entry(page, block)
        return
    # Read in the usual order; the evidence stays the page's own words.
    first = len(page.claims)
    _student_entry(page, Block(block.kind, entry, block.level, block.section))
    written = scrub(block.text.strip())
    for index in range(first, len(page.claims)):
        page.claims[index] = replace(page.claims[index], evidence=written)


# After a student's name (and its bracket), a dash and an entry's field ("— thesis").
_DASHED_FIELD = re.compile(r"^\s*(?:\([^()]*\)\s*)?[—–]\s*[a-zA-Z]+(?:\s+[a-zA-Z]+)?\s*$")
_COUNTED_KIND = re.compile(
    r"(?i)\b(?:\d{1,2}|deux|trois|quatre|cinq|six|two|three|four|five|six)\s+"
    r"(?:(?:nouveaux|nouvelles|new)\s+)?"
    r"(?P<kind>post-?doc(?:torant)?[es]*|doctorant[es]*|(?:phd\s+)?students|stagiaires|interns)"
    r"\s*[:：]\s+(?=[A-ZÀ-Þ])"
)
COUNTED_KIND_CHARS = 160  # a welcome sentence's length up to its colon
# "sept étudiant·e·s, dont A", "five students, including B": a count of students opening a
# line (or a label's value, or following the label's dates) before the ones it names.
_COUNT_INCLUDING = re.compile(
    r"(?i)(?:^|\n|[:：]\s*|(?<=(?:19|20)\d\d)\s+)(?:\d{1,2}|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|two"
    r"|three|four|five|seven|eight|nine|ten|several|plusieurs)\s+"
    r"(?:étudiant(?:[·.]e[·.]s|[·.]es|\(e\)s|es|s)|students|stagiaires|interns|doctorant(?:es|s))"
    r"\s*,\s*(?:dont|including|notamment)\s+(?=[A-ZÀ-Þ])"
)
# Every match of _COUNTED_KIND writes one of these (its kind word, lower case).
_COUNTED_KIND_WORDS = ("doc", "octorant", "tudents", "tagiaires", "nterns")


# "A (2010), now at X. She has since supervised her own students, including B (2019).":
# the item's student, named by a pronoun in a later sentence, advises B.
_PRONOUN_SUPERVISED = re.compile(
    r"^(?:She|He|They|Elle|Il)\s+(?:has\s+|have\s+|a\s+)?(?:(?:since|also|herself|himself|"
    r"depuis|lui-même|elle-même)\s+)*(?:supervised|advised|co-supervised|encadré|dirigé)\s+"
    r"(?:(?:her|his|their|ses|leurs)\s+)?(?:own\s+|propres\s+)?(?:[\w-]+\s+)?"
    r"(?:students|doctorants|doctorantes|élèves)\s*,?\s*(?:including|among\s+them|notably|dont|"
    r"notamment|parmi\s+lesquels)\s+"
)


# "Quill, A. (Supervisor)": a turned-round name and its role, one piece of a portal's list.
_TURNED_ROLE = re.compile(
    r"(?P<name>[A-ZÀ-Þ][^,()&;]{1,40},\s*[^,()&;]{1,30}?)\s*\((?P<role>[^()]{1,30})\)"
    r"\s*(?:,|&|\band\b|$)\s*"
)


def _turned_roles(field: str) -> str:
    """ "Supervisors: Quill, A. (Supervisor) & Marlow, Z. van (Co-supervisor)" with each
    name written given-first ("A. Quill (Supervisor), Z. van Marlow (Co-supervisor)"), when
    the whole list is such pieces; else the field as it is."""
    label = _label(field)
    if label is None or "(" not in field:
        return field
    value = label.group(2).strip()
    pieces, at = [], 0
    while at < len(value) and (piece := _TURNED_ROLE.match(value, at)):
        name = name_from_piece(piece["name"])
        if name is None:
            return field
        pieces.append(f"{name} ({piece['role']})")
        at = piece.end()
    if not pieces or at < len(value):
        return field
    return f"{label.group(1).strip()}: {', '.join(pieces)}"


def _advisors_below(page: Page, block: Block) -> str | None:
    """The advisors' field the paragraph right below *block* is ("Directeur(s) de thèse :
    B, C", "Supervisors: B"), when *block* is a student's entry of the page and that
    paragraph is all the field."""
    if "\n" in block.text or ":" in block.text[:40]:
        return None
    index = page.index(block)
    blocks = page.document.blocks
    if index + 1 >= len(blocks) or blocks[index] is not block:
        return None
    below = blocks[index + 1]
    if (
        below.kind is not BlockKind.PARAGRAPH
        or below.section != block.section
        or "\n" in below.text
        or not _advisors_field(below.text)
        # (last: the dearest tests, on every paragraph)
        or not name_at_start(block.text)
        and not (block.text[:1].isupper() and _PORTAL_AUTHOR.match(block.text))
    ):
        return None
    return below.text


# "A | Level: PDF | Period: 2020–2023" (a Canadian trainee table): a postdoctoral fellow
_PDF_LEVEL = re.compile(r"(?<=: )PDF(?= \||$)")
# A table's degree cell holding a bare code: "Degree: MS", "Degree: BS (honors)".
_DEGREE_CODE_CELL = re.compile(
    # ("Position: MS", "Role: MSc": a roster's position column holding the degree's code)
    r"(?:(?<=[Dd]egree: )|(?<=[Pp]osition: )|(?<=[Rr]ole: ))"
    r"(?:(?P<master>M\.?S\.?|M\.?A\.?|M\.?Sc\.?|M\.?Eng\.?)"
    r"|(?P<bachelor>B\.?S\.?|B\.?A\.?|B\.?Sc\.?))"
    r"(?=\s*(?:\((?!(?:master|bachelor)'s\sdegree\))|\||$))"
)


def _spelled_degree(match: re.Match[str]) -> str:
    return f"{match.group()} ({'master' if match['master'] else 'bachelor'}'s degree)"


# A roster's year-of-course cell: "M1 | A", "M2: A" (master's), "D3 | B" (doctoral course).
_COURSE_YEAR_CELL = re.compile(r"M([12])(?=\s*[|:：])")
_DOCTORAL_YEAR_CELL = re.compile(r"D[1-3]\s*[|:：]")


def _course_years(page: Page) -> bool:
    """Whether the page's rows or items open on a doctoral course's year ("D1 | A", "D3:
    B"): its "M1"/"M2" are then the years of a master's course (worked out once a page)."""
    memo = page.document.meta.get("course_years")
    if memo is None:
        memo = page.document.meta["course_years"] = any(
            b.text[:1] == "D" and _DOCTORAL_YEAR_CELL.match(b.text) for b in page.document.blocks
        )
    return memo


# "Academic children and grandchildren", "Petits-enfants académiques": a family tree's
# section, its students' own students nested under them.
_GRAND = re.compile(r"(?i)grand-?(?:children|students|daughters|sons)|petits-enfants")
_WITH_ME = re.compile(r"(?i)\b(?:with\s+me|avec\s+moi)\b")


def _grand_students(page: Page, block: Block) -> None:
    """A student's item with their own students nested below it, one a line ("A (Ph.D.
    2008)" over "B (Ph.D. 2015)"): B advised by A (and by the owner when "co-advised with
    me")."""
    parent = name_at_start(block.lines[0])
    if parent is None:
        return
    for line in block.lines[1:]:
        child = name_at_start(line.strip())
        if child is None or child == parent or "(" not in line:
            continue
        year = _DEGREE_YEAR.search(line)
        period = Period(None, int(year.group(1))) if year else Period()
        page.add(
            child,
            Relation.ADVISOR_PHD,
            parent,
            line.strip(),
            "supervision.grand-student",
            0.6,
            period,
        )
        if page.owner is not None and _WITH_ME.search(line):
            page.add(
                child,
                Relation.ADVISOR_PHD,
                page.owner.name,
                line.strip(),
                "supervision.grand-student",
                0.7,
                period,
            )


_THOSE_OF = re.compile(r"\s*:\s*celles\s+(?:de\s+|d['’]\s*)(?=[A-ZÀ-Þ])")
_YEAR_LED_LIST = re.compile(
    r"^(?P<label>[^\W\d][^:：\n]{1,60}?)\s*[:：]\s*(?P<rest>(?:19|20)\d\d\s*[—–]\s+\S.*)$"
)
_YEAR_GROUP = re.compile(r"^((?:19|20)\d\d)\s*[—–]\s+(\S.*)$")


def _year_led_groups(text: str) -> tuple[str, list[tuple[str, str]]] | None:
    """ "Label : 2024 — A, B ; 2023 — C": the label and each year's names, or None."""
    led = _YEAR_LED_LIST.match(text.strip().rstrip(". "))
    if led is None or not contexts_in(led.group("label")):
        return None
    groups = [_YEAR_GROUP.match(g.strip()) for g in led.group("rest").split(";")]
    if not all(groups):
        return None
    return led.group("label").strip(), [(g.group(1), g.group(2)) for g in groups]


# A students list's kind line with a note in brackets: "Doctoral students (co-supervised
# with B)", "Doktoranden (Mitbetreuung, Hauptbetreuer: Prof. B):".
_BRACKETED_KIND_LINE = re.compile(r"(?P<kind>[^():\d]{3,40}?)\s*\((?P<note>[^()]{5,120})\)\s*:?")


def _student_cell_first(text: str) -> str | None:
    """A table row with its student in a labelled cell ("Student: A"), rewritten with that
    name first ("A | 2020 - … | Role: Supervisor"); None when the row leads with a name
    or labels no student."""
    cells = text.split(" | ")
    if name_from_piece(cells[0].strip()):
        return None
    labels, bare = LEXICON.pattern("STUDENT_LABELS"), LEXICON.pattern("ROW_NAME_LABELS")
    for index, cell in enumerate(cells):
        label, colon, value = cell.partition(":")
        if colon and index == 0 and ":" in value and not labels.fullmatch(label.strip()):
            # "Title: Student: A | Degree: PhD" (a definition list's term before its
            # fields): the label is the field's, after the term.
            label, colon, value = value.partition(":")
        if (
            colon
            and (labels.fullmatch(label.strip()) or bare.fullmatch(label.strip()))
            and (name := name_from_piece(value.strip()))
        ):
            return " | ".join([name, *cells[:index], *cells[index + 1 :]])
    return None


def _own_students_of(page: Page, block: Block) -> None:
    """The item's student's own students, told in a later sentence of the item."""
    said = sentences(block.text)
    student = name_at_start(said[0][1]) if len(said) > 1 else None
    if student is None:
        return
    doctoral = page.kind(block) is SectionKind.STUDENTS and any(
        c is Context.PHD for _, c in contexts_in(" ".join(block.section[-2:]))
    )
    for _, sentence in said[1:]:
        match = _PRONOUN_SUPERVISED.match(sentence)
        if match is None or not doctoral and not _DOCTORAL.search(sentence):
            continue
        for name in names_after(sentence[match.end() :])[0]:
            if not compatible(name, student) and not _is_owner(page, name):
                period = parse_period(sentence[match.end() :]).as_end()
                page.add(
                    name,
                    Relation.ADVISOR_PHD,
                    student,
                    sentence.strip(),
                    "supervision.lineage",
                    0.6,
                    period,
                )


# A research-profile system's entry: "Graduate Advising Relationship with A (Ph.D. student)"
# (VIVO); the relationship's type is the section's, the entry is A's.
_RELATIONSHIP_LEAD = re.compile(
    r"(?i)^(?:[\w'’-]+\s+){0,3}(?:relationship|relation)\s+with\s+(?=[A-ZÀ-Þ])"
)
# An entry opening on one turned-round name before its bracket: "Quill, Ada (PhD, 2019)".
# (One family word, particles aside: "Ada Quill, Bo Li (2019)" is two names.)
_TURNED_LEAD = re.compile(
    r"(?P<family>(?:(?:van|von|de|del|della|di|da|le|la|du|ter|ten)\s+)?[A-ZÀ-Þ][\w'’-]+)"
    r",\s+(?P<given>[A-ZÀ-Þ][\w'’-]+\.?(?:\s+[A-ZÀ-Þ][\w'’-]*\.?){0,2})"
    # (or before the relationship's years: "Quill, Ada 2017 - 2022", VIVO)
    r"(?=\s*\(|\s+(?:19|20)\d\d\b|\s*$)"
)


def profile_entry(text: str) -> str:
    """A research-profile system's entry read from its person: "Graduate Advising
    Relationship with Quill, Ada Maria (Ph.D. student) 2013 - 2018" → "Ada Maria Quill
    (Ph.D. student) 2013 - 2018"; any other text as it is."""
    kind = ""
    if " with " in text[:60] and (lead := _RELATIONSHIP_LEAD.match(text)):
        # "Postdoctoral Advising Relationship with A 2019 - 2021": the kind of advising
        # kept as the entry's bracket when it has none of its own.
        kind = _RELATIONSHIP_KIND.sub("", lead.group()).strip()
        text = text[lead.end() :]
    if "," in text[:50] and (turned := _TURNED_LEAD.match(text)):
        rest = text[turned.end() :]
        if kind and not rest.lstrip().startswith("("):
            rest = f" ({kind}){rest}"
        text = f"{turned['given']} {turned['family']}{rest}"
    return text


_RELATIONSHIP_KIND = re.compile(
    r"(?i)\s*\b(?:advising\s+|advisee\s+)?(?:relationship|relation)\s+with\s*$"
)


# The owner's part in a thesis named as an activity ("codirection", "co-supervision").
_ROLE_ACTIVITY = re.compile(r"(?i)(?:co-?)?(?:direction|encadrement|supervision)")
# "Co-encadrement à 30 % du stage de A": the owner's share after the activity's name.
_RATE_AFTER_ROLE = re.compile(r"(?i)^\s*((?:co-?)?(?:encadrement|direction))\s+à\s+(\d{1,3}\s*%)")


def _entry_in_usual_order(text: str) -> str | None:
    """A student's entry rewritten in the order the rules read, or None when it is in it:
    "A [Inria, depuis 2022, encadrée par B]" (an activity report's people list, notes in
    square brackets) → "A (Inria, depuis 2022, encadrée par B)"; "2022–: Thèse de A,
    co-encadrée avec B" (a CV's date column, then the entry) → "Thèse de A (2022–),
    co-encadrée avec B"."""
    rewritten = profile_entry(text)
    if "%" in text[:40] and (rate := _RATE_AFTER_ROLE.match(rewritten)):
        # "Co-encadrement à 30 % du stage de A" → "Co-encadrement (30 %) du stage de A"
        rewritten = f"{rate[1]} ({rate[2]}){rewritten[rate.end() :]}"
    if (
        ":" in text
        and any(map(text.__contains__, _COUNTED_KIND_WORDS))
        and (counted := _COUNTED_KIND.search(text, 0, COUNTED_KIND_CHARS))
    ):
        # "Nous souhaitons la bienvenue à deux post-doctorants : A (avec B) et C (avec D)":
        # the sentence's counted kind of student labels the names after its colon.
        rewritten = f"{counted['kind']}: {text[counted.end() :]}"
    if (
        ("dont " in text or "nclud" in text)
        and (count := _COUNT_INCLUDING.search(text)) is not None
        and (label := text[: count.start()].strip(" :：\n"))
        and "\n" not in label
        and contexts_in(label)
    ):
        # "Stages de master 2 2017 – 2024" / "sept étudiant·e·s, dont A (2018) et B (2023)":
        # the label's kind over the names the count picks out → "Stages …: A (2018) et B"
        rewritten = f"{label}: {text[count.end() :]}"
    if text.endswith("]") and (note := _BRACKET_NOTE.match(text)):
        inner = note["notes"].replace("(", ", ").replace(")", "")
        rewritten = f"{note['name']} ({inner})"
    if (
        rewritten[:2] in ("19", "20")
        and (dated := _DATE_LED_ENTRY.match(rewritten))
        and (kind := _KIND_OF_STUDENT.match(dated["rest"]))
    ):
        rewritten = f"{kind.group()} ({dated['period']}){dated['rest'][kind.end() :]}"
    return None if rewritten == text else rewritten


# The page's owner's own stage told on a student's entry ("during my postdoc", "pendant
# mon post-doctorat"): a time, no kind of supervision.
_OWN_STAGE = re.compile(
    r"(?i)\b(?:during|while\s+doing|in|at\s+the\s+time\s+of)\s+my\s+(?:post-?doc(?:toral"
    r"\s+(?:years?|stay|fellowship))?\b|ph\.?\s?d\b\.?|doctorate\b)"
    r"|\b(?:pendant|durant|lors\s+de)\s+mon\s+(?:post-?doc(?:torat)?|doctorat)\b"
)
# A label naming a stay's or a thesis's advisors ("Mentors:", "Host:", "Supervisor:"), and
# a short yearless bracket after one of its names ("(PhD student)"): that advisor's own post.
_ADVISOR_LABEL_COLON = re.compile(
    r"(?i)(?<![\w-])(?:"
    + alternation(
        [re.escape(w) for w in (*LEXICON.CONTEXT_CUES, *LEXICON.ADVISING_NOUNS) if w.isalpha()]
    )
    + r")s?\s*:"
)
_MENTOR_POST_BRACKET = re.compile(r"\([^()\d\n]{2,40}\)")
_AWARD_PHRASE = re.compile(
    r"(?i)\b(?:prize|award)\s+for\s+(?:the\s+)?best\s+(?:\w+\s+)?(?:thesis|dissertation)|"
    r"\bbest\s+(?:\w+\s+)?(?:thesis|dissertation)\s+(?:prize|award)|"
    r"\bprix\s+de\s+(?:la\s+meilleure\s+)?thèse"
)


def _wrapped_rows(lines: list[str]) -> list[str] | None:
    """One student per line, some entries wrapped: each line that opens on no name, has no
    year and follows a line left open (no closing bracket or full stop) goes on with it.
    None unless two or more entries remain and a line was joined."""
    if not name_at_start(lines[0]):
        return None
    entries = [lines[0]]
    for line in lines[1:]:
        if name_at_start(line):
            entries.append(line)
        elif entries[-1].rstrip()[-1:] not in ").;" and not YEAR.search(line):
            entries[-1] = f"{entries[-1]} {line.strip()}"
        else:
            return None
    return entries if 2 <= len(entries) < len(lines) else None


def _wrapped_kind_entries(lines: list[str]) -> list[str] | None:
    """Entries of a text dump's paragraph, each opening on a kind of supervision or a name
    ("Codirection de la thèse de A (depuis 2021), avec B" / "(Université X), « Titre »." /
    "Mémoires de M2 : C (2022)"): a line opening on a bracket or a lower-case word, after a
    line left open, goes on with it.  None unless two or more entries remain and a line
    was joined."""
    entries = [lines[0]]
    for line in lines[1:]:
        lead = line.lstrip()[:1]
        if (lead == "(" or lead.islower()) and entries[-1].rstrip()[-1:] not in ".;:":
            entries[-1] = f"{entries[-1]} {line.strip()}"
        else:
            entries.append(line)
    if not 2 <= len(entries) < len(lines):
        return None
    if not all(contexts_in(entry[:60]) or name_at_start(entry) for entry in entries):
        return None
    return entries


# A unit's facts box: its supervising bodies ("Tutelles : CNRS, Université X").
_UNIT_FACTS = re.compile(r"(?im)^\W*tutelles?\s*:")
# A French unit's code right before a bracket ("ED 512 (", "UMR 7700 ("): what the bracket
# says next is about that unit.
_UNIT_CODE_OPENING = re.compile(r"\b(?:ED|UMR|UMS|UPR|UAR|EA|UR|FRE|GDR|IRL)\s?\d{2,4}\s*\(\s*$")


# A research portal's supervised-work entry, each person with a role in brackets: "A
# (Author), Family, I. (Supervisor) & Family2, I. (Supervisor), 2023" over the kind line
# "Student thesis: Doctoral Thesis"; a French portal's "D (Auteur), E (Superviseur)" over
# "Thèse d'étudiant: Mémoire de master".
# (a Turkish academic register's "A (Öğrenci)" / "A (Student)" beside "B (Danışman)")
_AUTHOR_ROLES = ("Author", "Auteur", "Auteure", "Autrice", "Student", "Öğrenci")
# ("Ng, W. K. (Co-supervisor)", "(Main supervisor)": the entry's other supervisors' roles)
_PORTAL_SUPERVISOR = (
    r"(?:(?:[Cc]o-?|Main\s+|Primary\s+|Principal\s+|Second(?:ary)?\s+)?[Ss]upervisor"
    r"|(?:[Cc]o-?)?[Ss]uperviseure?|\w*romot(?:eur|rice)"
    r"|(?:[Cc]o-?)?[Aa]dvisor|(?:Eş\s+|İkinci\s+)?Danışman)"
)
# The register's degree after the entry's title: "…, Postgraduate, X University, 2020" (a
# master's, "Yüksek Lisans"), "…, Doctorate, …" (read by the general context words).
_REGISTER_MASTER = re.compile(r"(?i)\b(?:postgraduate|yüksek lisans|master)\b")
_REGISTER_YEARS = re.compile(r"\b((?:19|20)\d\d)(?:\s*[-–]\s*(Continues|Devam|present))?\s*$")
_PORTAL_ROLE = re.compile(
    r"\s*(?:[,&]|\band\b|\bet\b)?\s*([^()&]+?)\s*\(("
    + "|".join(_AUTHOR_ROLES)
    + "|"
    + _PORTAL_SUPERVISOR
    + r")\)"
)
_PORTAL_YEAR = re.compile(r"\(" + _PORTAL_SUPERVISOR + r"\)\s*,\s*((?:19|20)\d\d)\s*$")


def _portal_record_mark(text: str) -> bool:
    """Cheap test: an author's and a supervisor's bracket, as a portal's entry writes them."""
    return any(f"({role})" in text for role in _AUTHOR_ROLES) and (
        "(Supervis" in text
        or "upervisor)" in text  # ("(Main supervisor)", "(Co-supervisor)")
        or "(Superviseur" in text
        or "romot" in text
        or "dvisor)" in text
        or "Danışman)" in text
    )


def _read_as_portal_record(page: Page, block: Block) -> bool:
    """Whether *block* is a research portal's supervised-work entry of the owner outside a
    quiet section, now read as one ("Family, Given (Author), … (Main supervisor)")."""
    return (
        "(" in block.text
        and _portal_record_mark(block.text)
        and page.owner is not None
        and page.kind(block) not in QUIET
        and _roles_record(page, block)
    )


def _roles_record(page: Page, block: Block) -> bool:
    """The author of a supervised-work entry the owner supervised, with the entry's other
    supervisors, of the kind its next line says (a doctoral thesis, a master's)."""
    lines = block.lines or [block.text]
    at = next((i for i, line in enumerate(lines) if _portal_record_mark(line)), 0)
    first = lines[at]
    authors, supervisors = [], []
    end = 0
    for match in _PORTAL_ROLE.finditer(first):
        name = name_from_piece(match.group(1).strip(" ,"))
        if name:
            (authors if match.group(2) in _AUTHOR_ROLES else supervisors).append(name)
            end = match.end()
    if len(authors) != 1 or not any(_is_owner(page, n) for n in supervisors):
        return False
    below = page.next_block(block)
    kind_line = " ".join(lines[at + 1 :]) or (below.text if below is not None else "")
    # ("Thèse d'étudiant: Mémoire de master": the family's label, then the entry's kind)
    kind_line = _CELL_LABEL.sub("", kind_line)
    low = kind_line.lower()
    thesis = "thesis" in low or "thèse" in low or "mémoire" in low
    tail = first[end:]
    years = _REGISTER_YEARS.search(tail) if tail[-1:].isalnum() else None
    # "A (Danışman), B (Öğrenci), Title, Doctorate, X University, 2022 - Continues": the
    # entry's own degree and years after its title (a Turkish academic register's line)
    context = (
        (Context.OTHER if _REGISTER_MASTER.search(tail) else _context_near(tail, 0))
        if years
        else None
    )
    registered = context is not None
    if context is None:
        context = _context_near(kind_line, 0) if thesis else None
    if context is None:
        return False  # no kind line: the general students rule reads the entry
    year = _PORTAL_YEAR.search(first)
    stated = Period(int(year.group(1)), None, single=True) if year else Period()
    period = _period_for(context, stated) if year else stated
    if registered:
        begun = int(years.group(1))
        period = Period(begun, None) if years.group(2) else Period(None, begun)
    for advisor in [page.owner.name, *(n for n in supervisors if not _is_owner(page, n))]:
        page.add(
            authors[0],
            ADVISOR[context],
            advisor,
            first,
            "supervision.portal-record",
            0.8,
            period,
        )
    return True


# A year opening a bracket after a name: "(1987-1990, co-dirigée avec B)", "(DEA, 1999)".
_YEAR_BRACKET = re.compile(r"\(\s*(?:[^\W\d][\w.' ]{0,10},\s*)?(?:19|20)\d\d\b[^()]*\)")
_ELIDED = re.compile(r"^(?:[dl]|qu)['’]")
_TITLES = frozenset("Dr Prof Pr Professor Mme Mrs Ms Mr Dre Docteur".split())
_NAME_WORD = re.compile(r"[A-ZÀ-Þ][\w'’.-]*|de|du|des|da|di|van|von|der|den|la|le|el|ben")
_KIND_LABELS = {
    Context.PHD: "Doctorants",
    Context.POSTDOC: "Post-doctorants",
    Context.INTERNSHIP: "Stagiaires",
    Context.OTHER: "Master",
}


_ENTRY_NAME_COMMA = re.compile(r"[\d\s–-]*([^,()\d]{3,60}),\s*")  # ("2023  A, …": its year first)


def _own_post_kind(told: str) -> Context | None:
    """ "A, ingénieure d'études (12 mois)": the supervised person's own post, right after
    the entry's name, says what was supervised (``_context_near`` reads a post after a
    name as that person's job, which for a tutor's or co-advisor's it is)."""
    lead = _ENTRY_NAME_COMMA.match(told)
    if lead is None or not name_from_piece(lead.group(1).strip()):
        return None
    post = LEXICON.pattern("POSITIONS").match(told, lead.end())
    kinds = contexts_in(post.group()) if post else []
    return kinds[0][1] if kinds and kinds[0][1] is Context.OTHER else None


# "deux post-doctorants (A, 2018-2019 ; B, 2021-2023)": one bracket of names, each with
# its years, two at least.
_NAMED_YEARS_BRACKET = re.compile(
    r"\(([^();]+?,\s*(?:19|20)\d\d[^();]*(?:;[^();]+?,\s*(?:19|20)\d\d[^();]*)+)\)"
)


def _spread_named_years(bracket: re.Match[str]) -> str:
    """The bracket's names written each with its own years ("A (2018-2019), B (2021-2023)"),
    as the prose's other students are."""
    pieces = (piece.partition(",") for piece in bracket.group(1).split(";"))
    return ", ".join(f"{name.strip()} ({years.strip()})" for name, _, years in pieces)


def _dated_names_in_prose(text: str) -> list[tuple[str, str]]:
    """Each person of a prose paragraph named with a bracket that opens on a year, as
    (the kind of student the words before it state, the student's own words): the name,
    its bracket and what follows up to the next student.  Fewer than two: none (a lone
    "A (1950-2020)" is a life, not a list)."""
    found: list[tuple[str, str]] = []
    carried: Context | None = None
    if ";" in text:
        text = _NAMED_YEARS_BRACKET.sub(_spread_named_years, text)
    for _, sentence in sentences(text):
        starts: list[tuple[int, int, str]] = []
        for bracket in _YEAR_BRACKET.finditer(sentence):
            before = sentence[: bracket.start()].rstrip()
            tokens = before.split()
            first = max(0, len(tokens) - 5)
            titled = [i for i in range(first, len(tokens) - 2) if tokens[i].rstrip(".") in _TITLES]
            if titled:
                tokens = tokens[titled[-1] + 1 :]  # "Fellow Dr A B (2020–2023)": after the title
            for count in (4, 3, 2):
                if len(tokens) < count:
                    continue
                words = [*tokens[-count:]]
                words[0] = _ELIDED.sub("", words[0])
                if (
                    words[0][:1].isupper()
                    and all(map(_NAME_WORD.fullmatch, words))
                    and name_from_piece(" ".join(words))
                ):
                    start = before.rfind(words[0], 0, len(before) - len(" ".join(words[1:])))
                    starts.append((start, bracket.end(), " ".join(words)))
                    break
        for index, (start, end, _) in enumerate(starts):
            stated = contexts_in(sentence[:start])
            kind = stated[-1][1] if stated else carried
            if stated:
                carried = stated[-1][1]
            stop = starts[index + 1][0] if index + 1 < len(starts) else len(sentence)
            tail = sentence[end:stop]
            if (later := contexts_in(tail)) and later[0][0] > 0:
                tail = tail[: later[0][0]]  # "…, ainsi que de nombreux stagiaires": the next kind
            item = (sentence[start:end] + tail).rstrip(" ,;.")
            item = re.sub(r"(?:,?\s+(?:et|and)(?:\s+(?:de|d['’]))?|,)\s*$", "", item)
            found.append((_KIND_LABELS[kind] if kind else "", item))
    return found if len(found) >= 2 else []


# "Caleb Whitford (2022 – 2023)": a student's name and their years, nothing else.
_DATED_NAME = re.compile(r"([^()|,;:]+?)\s*\([^()]*\b(?:19|20)\d\d\b[^()]*\)")


_THESIS_NOUN = re.compile(r"(?i)\b(?:thesis|theses|dissertation|mémoire)\b")
# "Mentored Dr. A, postdoctoral …", "Supervised B (MSc 2021)": a CV line's verb before its
# person, no part of the name.
_CV_VERB_LEAD = re.compile(
    r"^(?:Co-?)?(?:Mentored|Supervised|Advised|Hosted|Directed|Guided|Trained)\s+(?=[A-ZÀ-Þ])"
)


# "2023  REU mentor for A and B": a CV line dated, then the owner's part in a programme
# before the students it names.
_CV_ROLE_FOR_LEAD = re.compile(
    r"^(?P<years>(?:19|20)\d\d(?:\s*[–-]\s*(?:(?:19|20)\d\d)?)?\s+)"
    r"(?:(?P<kind>[A-Z][\w/-]*(?:\s+[\w/-]+){0,3}?)\s+)?(?:mentor|supervisor|advisor)\s+"
    r"(?:for|to|of)\s+(?=[A-ZÀ-Þ])"
)


# A row's own cell whose whole value is a habilitation: "| Type: HDR |".
_HABILITATION_CELL = re.compile(r"(?i)(?<= \| )[^|:]{1,30}:\s*(?:hdr|habilitation)\s*(?= \||$)")


# A completed theses table's lead-in naming where they were done: "The table below lists PhD
# theses completed in the School of X at the University of Y since 2021" ("theses were
# completed in the School of X, University Y": the unit, then its university).
_COMPLETED_AT = re.compile(
    r"\b(?i:ph\.?d\.?s?|doctoral|doctorates?)\s+(?:theses\s+|dissertations\s+)?"
    r"(?:were\s+)?(?:completed|defended|awarded)\b[^.;]{0,80}?\b(?:at|in)\s+(?:the\s+)?"
    r"(?P<org>[A-ZÀ-Þ][^.;]{3,80})"
)


def _completed_at_lead(page: Page, block: Block, student: str, row: str, period: Period) -> None:
    """A row of a completed theses table ("A | Thesis title: … | Year: 2023") whose lead-in
    says where the theses were completed: the student studied there."""
    above = _block_above_list(page, block)
    if above is None or above.kind is not BlockKind.PARAGRAPH or "omplet" not in above.text:
        return
    if (lead := _COMPLETED_AT.search(above.text)) is None or not _THESIS_COLUMN.search(row):
        return
    university = one_institution(lead.group("org"), page.acronyms)
    if university is None:
        return
    page.add(
        student,
        Relation.STUDIED_AT,
        university,
        above.text,
        "organisation.completed-theses-lead",
        0.5,
        period,
    )


# ", PhD student, University X", ", doctorante à l'Université X": a student's home status
_HOME_STUDENT_STATUS = re.compile(
    r"(?i),\s*(?:ph\.?\s?d\.?|doctoral)\s+(?:student|candidate)\s*(?:,|at\b|\()"
    r"|,\s*doctorant(?:e|\.e)?\s+(?:à|au|de)\b"
)


# "stage", "stagiaire", "Stage de M2": an internship's own word
_STAGE_WORD = re.compile(r"(?i)(?<![^\W\d_])stag")


# "A (since 2023). Member of the advisory committee (supervisor: Prof. B).": the owner sits
# on A's committee, the bracket's label names A's advisor.
_COMMITTEE_SUPERVISOR = re.compile(r"(?i)\((?:main\s+|principal\s+|primary\s+)?supervisor\s*:\s*")


def _committee_member_entry(page: Page, block: Block, text: str) -> None:
    """A supervision list's entry where the owner is only a committee member: the student's
    advisor the entry labels, for the kind of thesis its headings say."""
    label = _COMMITTEE_SUPERVISOR.search(text)
    student = name_at_start(text)
    if label is None or student is None or _is_owner(page, student):
        return
    context = _context_near(" ".join(block.section), 10**6)
    if context is None:
        return
    span = parse_period(text[: label.start()])
    for advisor in names_after(text[label.end() :])[0][:1]:
        if not _is_owner(page, advisor) and not compatible(advisor, student):
            page.add(
                student,
                ADVISOR[context],
                advisor,
                text.split("\n")[0].strip(),
                "supervision.student-list",
                0.6,
                _period_for(context, span),
            )


# "At home she is supervised by B", « dans son université d'origine, elle est encadrée par
# B »: a visitor's own advisor at the home university, not the stay's host.
_AT_HOME = re.compile(
    r"(?i)\b(?:at\s+home|in\s+(?:his|her|their)\s+home\s+(?:lab|group|university|institution)"
    r"|dans\s+son\s+(?:université|laboratoire|équipe)\s+d['’]origine)\b[^.;]{0,30}$"
)


def _home_advisors(page: Page, students: list[str], advisors: list[str], evidence: str) -> None:
    """A visiting doctoral student's own thesis advisors at home (see _AT_HOME)."""
    for student in students:
        for advisor in advisors:
            page.add(
                student,
                Relation.ADVISOR_PHD,
                advisor,
                evidence,
                "supervision.student-list",
                0.6,
                Period(),
            )


def _industry_advisor(text: str, cue: re.Match[str]) -> bool:
    """The cue names a company's supervisor of an industrial doctorate ("industrial
    supervisor: B", « encadrant industriel : B »): a co-advisor, the thesis directed by
    someone else."""
    role = LEXICON.pattern("INDUSTRY_ADVISORS").search(text, max(0, cue.start() - 12), cue.end())
    return role is not None and role.end() == cue.end()


def _read_rewritten(
    page: Page, block: Block, text: str, rule: Callable[[Page, Block], None] = student_list
) -> None:
    """Reads *text*, the block's words set in the shape *rule* reads, each claim keeping the
    block's own words as its evidence."""
    first = len(page.claims)
    rule(page, Block(block.kind, text, block.level, block.section))
    for index in range(first, len(page.claims)):
        page.claims[index] = replace(page.claims[index], evidence=block.text.strip())


def _student_entry(page: Page, block: Block) -> None:
    if (
        block.kind is BlockKind.PARAGRAPH
        and ":" in block.text[:62]
        and (label := _SERVED_LABEL.match(block.text)) is not None
        and _SERVED_JURIES.search(label.group(1))
        and heading_kind(label.group(1)) is SectionKind.JURY
    ):
        return  # "Participation à des jurys de thèse : A (2023)" among students: A's jury
    if (
        block.kind is BlockKind.PARAGRAPH
        and "\n" not in block.text
        and _advisors_field(block.text)
        and not (block.section and is_card_name(block.section[-1]))
    ):
        # "Co-advisor on the second thesis: B" under the list: an advisor's field ("A" ›
        # "Host PI: B" is A's card)
        return
    if block.kind is BlockKind.PARAGRAPH and page.owner is not None:
        narrated_students(page, block)
        if page.kind(block) is SectionKind.STUDENTS:
            _my_student(page, block)  # "Doctorants" › "… ma première doctorante, A, a soutenu …"
    if block.kind is not BlockKind.HEADING and any(
        map(block.text.__contains__, _APPOSED_WORDS + _DIRECTED_WORDS)
    ):
        apposed_pupils(page, block)
    if block.text[:1] in "MSAHDGTC" and (verb := _CV_VERB_LEAD.match(block.text)):
        block = Block(block.kind, block.text[verb.end() :], block.level, block.section)
    if (
        block.text[:1] in "12"
        and page.owner is not None
        and (role := _CV_ROLE_FOR_LEAD.match(block.text)) is not None
        and (names := names_after(block.text[role.end() :])[0])
    ):
        # each student the line names, an entry of its own, its programme kept as its kind
        for name in names:
            _read_rewritten(page, block, f"{role['years']}{name}, {role['kind'] or ''}".strip(", "))
        return
    if (
        block.kind is BlockKind.PARAGRAPH
        and page.owner is not None
        and any(map(block.text.__contains__, _FIRST_NAME_CO_WORDS))
    ):
        _first_name_co_advisor(page, block)
    if _read_as_portal_record(page, block):
        return  # (a portal's entry under its own title's heading, in any section)
    if "dvis" in block.text and page.owner is not None and page.kind(block) in QUIET:
        # (supervision skips quiet sections: a job-market CV's "References" are its
        # letter writers, read here)
        _referee_advisors(page, block)
        return
    if page.kind(block) is not SectionKind.STUDENTS:
        label = _LABEL.match(block.text) if ":" in block.text[:61] else None
        if (
            label
            # (on a page without an owner, "Stagiaires de M2 (2024) : A (encadré par B), C":
            # the list's items that name their own advisor)
            and (
                # (a thesis record's or a defence's candidate owns no students:
                # "Co-encadrement : B" there labels the candidate's co-advisor)
                page.owner is not None
                and page.owner.how not in _RECORD_CANDIDATE_OWNERS
                or _NAMED_ADVISOR_IN_LIST.search(label.group(2))
            )
            and page.kind(block) not in QUIET
            # ("Examining" › "External examiner for PhD theses: A (X, 2023), B": the theses
            # the owner examined, not students)
            and page.kind(block) is not SectionKind.JURY
            and heading_kind(label.group(1)) is SectionKind.STUDENTS
            # ("Réseau de co-encadrement : A, B", "Comité de suivi : C": a label that is all
            # a phrase telling no supervision names the owner's peers, no students)
            and not (
                page.may_match(block, "NOT_RELATION")
                and LEXICON.pattern("NOT_RELATION").fullmatch(label.group(1).strip())
            )
            and not _others_own(page, label.group(1), _OF_PERSON)
            # ("Väitöskirjan ohjaaja: B" in one's own degree: a heading's words that label
            # the advisor here, no students)
            and not _advisors_field(block.text)
        ):
            # "Doctoral students: A<br>B" (an infobox row, a profile line): a students list.
            section = (*block.section, label.group(1).strip())
            for line in label.group(2).split("\n"):
                for piece in _student_pieces(line):
                    if name_at_start(piece):
                        student_list(page, Block(BlockKind.ITEM, piece, block.level, section))
            return
        if (
            block.kind is BlockKind.ITEM
            and " | " in block.text
            and page.kind(block) not in QUIET
            and _student_row(block.text)
        ):
            # "A | Directeur·rice de thèse: B | Co-encadrant·e: C | …" (a doctoral school's
            # table under any heading): the row's first cell is the student.  A follow-up
            # committee's cell ("Membres du CSI: D, E") names no advisor: left out.
            # So is the date of another event ("Date de l'entretien: …"): no thesis years.
            not_jury = LEXICON.pattern("NOT_JURY")
            # ("A | Type: Thèse | … | Date: 14/10/2025": a row typed a thesis dates it with
            # its bare "Date")
            typed = "ype" in block.text and _THESIS_TYPE_CELL.search(block.text) is not None
            cells = [
                cell
                for cell in block.text.split(" | ")
                if not (
                    (label := _label(cell))
                    and (
                        not_jury.search(label.group(1))
                        or _OTHER_EVENT_DATE.search(label.group(1))
                        and not _THESIS_DATE.search(label.group(1))
                        and not (typed and _BARE_DATE_LABEL.fullmatch(label.group(1).strip()))
                    )
                )
            ]
            row = " | ".join(cells)
            student_list(page, Block(block.kind, row, block.level, (*block.section, "Students")))
            return
        card = _team_card(page, block) or _position_card(page, block)
        if card is not None:
            # "Team" › card "A" › "PhD candidate (co-advised with B)": one item of the team.
            student_list(page, card)
            return
        if (
            block.kind is BlockKind.PARAGRAPH
            and "\n" in block.text
            and block.section
            and _team_title(block.section[-1])
            and is_card_name(block.lines[0])
        ):
            # A member's card as a paragraph (a README's table cell): the name's line, then
            # the role's ("A" / "PhD student (2023–)"), read as the item "A — PhD student".
            block = Block(
                BlockKind.ITEM,
                f"{block.lines[0]} — {' '.join(block.lines[1:])}",
                block.level,
                block.section,
            )
        elif (
            block.kind is BlockKind.PARAGRAPH
            and "\n" in block.text
            and block.section
            and " — " in block.lines[0]
            and _team_title(block.section[-1])
            and is_card_name(block.lines[0].split(" — ", 1)[0])
        ):
            # "A — PhD student (2022–)<br>Soft grippers": a member's line over the topic
            # (a site builder's paragraph per member), read as the item of its first line.
            block = Block(BlockKind.ITEM, block.lines[0], block.level, block.section)
        if _group_member(page, block):
            # "Group" / "Team" on an owner's page: "A — PhD student, 2023– (co-advised ...)".
            text = block.text
            if " | " in text and "ommit" in text:
                # "A | PhD | Thesis committee: B, C | 2021" (a roster's row): the committee
                # that follows the student, neither advisors nor a defence's jury
                jury = LEXICON.pattern("JURY_CUES")
                text = " | ".join(
                    cell
                    for cell in text.split(" | ")
                    if not ((label := _label(cell)) and jury.search(label.group(1)))
                )
            student_list(page, Block(block.kind, text, block.level, (*block.section, "Students")))
            return
        _students_in_prose(page, block)
        if page.owner is not None and page.kind(block) not in QUIET:
            _welcomed_student(page, block)
            _former_student(page, block)
            _student_i_supervised(page, block)
            _my_student(page, block)
        return
    if "celles d" in block.text and (those := _THOSE_OF.search(block.text)):
        # "J'ai encadré 8 thèses : celles de A (2009-2012), B …": the label's list of names
        text = block.text[: those.start()] + ": " + block.text[those.end() :]
        block = Block(block.kind, text, block.level, block.section)
    if (
        ("\n" in block.text or ". " in block.text)
        and page.may_match(block, "JURY_CUES")
        and _entry_jury(page, block)
    ):
        return
    if block.kind is BlockKind.PARAGRAPH and page.owner is not None:
        _supervised_stages(page, block)  # "Encadrement" › "Il a encadré le stage de A"
        # "The students" › "My first doctoral student, A, defended in 2020 … B, whom I
        # co-advised with C": the owner's students told in prose
        _student_i_supervised(page, block)
        _my_student(page, block)
    if (
        block.kind is BlockKind.PARAGRAPH
        and ("nclud" in block.text or "mong" in block.text)
        and _COUNTED_SUPERVISED.search(block.text)
    ):
        # "Fourteen MSc dissertations supervised since 2021, including A (2022)": prose
        # under a students heading, its students named after the count.
        _students_in_prose(page, block)
        return
    if (
        block.kind is BlockKind.PARAGRAPH
        and page.owner is not None
        and _ADVISING_OF.search(block.text[:300])
    ):
        # "È stata inoltre co-tutor di A (XXXV ciclo; tutor B)" under a students heading
        before = len(page.claims)
        _advising_of(page, block)
        if len(page.claims) > before and len(sentences(block.text)) == 1:
            return  # (a paragraph's other sentences are read as before)
    if (
        (
            block.kind is BlockKind.PARAGRAPH
            and len(block.text) > PROSE // 2
            # "Hosted 5 postdoctoral researchers, most recently A (2019–2022) and B": a CV's
            # line opening on its verb names the students after its count
            or block.kind is BlockKind.ITEM
            and block.text[:1] in "HMSA"
            and _CV_COUNT_LEAD.match(block.text) is not None
        )
        and page.holds_word(block, _STUDENTS_ARE, _STUDENTS_ARE_WORDS)
        and any(_STUDENTS_ARE.search(s) for _, s in sentences(block.text))
    ):
        # "My current students are A (started 2021, co-supervised with B), C …": prose
        # under a students heading that names the owner's students after its verb.
        before = len(page.claims)
        _students_in_prose(page, block)
        if len(page.claims) > before:
            return
    lines = block.lines
    if (
        len(lines) > 1
        and block.kind is BlockKind.PARAGRAPH
        and len(lines[0]) <= 40
        and ":" not in lines[0]
        and contexts_in(lines[0])
        and name_at_start(lines[0]) is None
        and all(map(name_at_start, lines[1:]))
    ):
        # "Ph.D. (as main supervisor)" / "A (2018–2023). Thesis: …" (a text dump's kind
        # line over its students): the line labels the students below it.
        section = (*block.section, lines[0])
        for line in lines[1:]:
            student_list(page, Block(BlockKind.ITEM, line, block.level, section))
        return
    if (
        len(lines) > 1
        and block.kind is BlockKind.PARAGRAPH
        and lines[0].rstrip(" :").endswith(")")
        and (kind_line := _BRACKETED_KIND_LINE.fullmatch(lines[0].strip()))
        and contexts_in(kind_line["kind"])
        and name_at_start(kind_line["kind"]) is None
        and (
            LEXICON.pattern("SUPERVISION_CUES").search(kind_line["note"])
            or LEXICON.pattern("COSUPERVISION_CUES").search(kind_line["note"])
        )
        and all(map(name_at_start, lines[1:]))
    ):
        # "Doktoranden (Mitbetreuung, Hauptbetreuer: Prof. B)" / "A (seit 2022)": the kind
        # line's bracket names an advisor of every student listed below it.
        section = (*block.section, kind_line["kind"])
        first = len(page.claims)
        for line in lines[1:]:
            entry = f"{line.strip()} ({kind_line['note']})"
            student_list(page, Block(BlockKind.ITEM, entry, block.level, section))
        written = scrub(block.text.strip())
        for index in range(first, len(page.claims)):
            page.claims[index] = replace(page.claims[index], evidence=written)
        return
    if len(lines) > 1 and block.kind is BlockKind.PARAGRAPH and all(map(name_at_start, lines)):
        # "A (1999–2003)<br>B (2004–2008, with C)": one student per line.
        for line in lines:
            student_list(page, Block(BlockKind.ITEM, line, block.level, block.section))
        return
    if len(lines) > 2 and block.kind is BlockKind.PARAGRAPH and (entries := _wrapped_rows(lines)):
        # "A (2022 – 2024), now Research Officer, National Research Council" / "Canada" /
        # "B (2019 – 2021)": a text dump wraps an entry's tail onto a line of its own.
        for entry in entries:
            student_list(page, Block(BlockKind.ITEM, entry, block.level, block.section))
        return
    if (
        len(lines) > 2
        and block.kind is BlockKind.PARAGRAPH
        and (entries := _wrapped_kind_entries(lines))
    ):
        # "Codirection de la thèse de A (depuis 2021), avec B" / "(Université X)" / "Mémoires
        # de M2 : C (2022)": a text dump's wrapped entries, each read on its own (the label
        # of the last one no label of the first).
        for entry in entries:
            student_list(page, Block(BlockKind.ITEM, entry, block.level, block.section))
        return
    if len(lines) > 1 and " — " in lines[0] and _HEADER_CELL.match(lines[0]):
        # "Student Name — Program — Year Start — …" over one row a line (a plain-text
        # table): the header names no student; each row is one.
        for line in lines[1:]:
            if " — " in line and name_at_start(line):
                student_list(page, Block(BlockKind.ITEM, line, block.level, block.section))
        return
    if (pieces := _named_pieces(block)) is not None:
        # "Dr. A (2014–2017), Dr. B (2019–2022)": one student per piece of the line.
        for piece in pieces:
            student_list(page, Block(BlockKind.ITEM, piece, block.level, block.section))
        return
    if len(lines) > 2 and block.kind is BlockKind.PARAGRAPH and lines[0][-1:] in ":：":
        named = [line for line in lines if not _STATUS_LINE.match(line)]
        if len(named) < len(lines) and named and all(map(name_at_start, named)):
            # "Current:<br>A (Ph.D. candidate)<br>Graduated:<br>B, Ph.D. 1997": status
            # lines over one student per line.
            for line in named:
                student_list(page, Block(BlockKind.ITEM, line, block.level, block.section))
            return
    if (
        len(lines) > 1
        and all(_entry_label(line) and not name_at_start(line) for line in lines)
        and not any(_advisors_field(line) for line in lines)
        and not _STUDENT_FIELD.search(block.text)  # (one record's fields: "Alumno/a: A")
    ):
        # "PhD: A (2020–2024), B" then "MSc: C (2021)": each labelled line is one entry.
        for line in lines:
            student_list(page, Block(BlockKind.ITEM, line, block.level, block.section))
        return
    if len(lines) > 1 and LONE_DATE.match(lines[0]):
        # A CV's date line over its entry ("2021 - present" then "PhD: A"): one line.
        joined = "\n".join([f"{lines[0]} {lines[1]}", *lines[2:]])
        student_list(page, Block(block.kind, joined, block.level, block.section))
        return
    text = block.text
    if any(map(text.__contains__, _ROLE_CELL_WORDS)) and (cell := _OWNER_ROLE_CELL.search(text)):
        # "A | Type: Doctoral thesis | Role: Reviewer | Year: 2021" (a portal's supervised
        # theses): the owner's role in A's thesis; a jury role is no supervision.
        role = _role_of(cell.group(1))
        if (
            role is Relation.JURY_PRESIDENT
            and _BARE_CHAIR_CELL.match(cell.group(1)) is not None
            and page.kind(block) is SectionKind.STUDENTS
        ):
            # "A | Ph.D. | Role: Chair | 2016–2021" under "Graduate Student Supervision": a
            # US graduate committee's chair is the student's major advisor, no jury's.
            role = None
        if role is not None:
            field = _STUDENT_FIELD.search(text) if "\n" in text else None
            # "Title" / "Doctoral candidate: A" / "Role: Second reviewer" (a research
            # profile's record, a field a line): the labelled candidate
            student = name_from_piece(field.group("name")) if field else name_at_start(text)
            stated = entry_period(page, block) if student else Period()
            year = stated.end or stated.start
            if student and page.owner is not None and not _is_owner(page, student):
                page.add(
                    student,
                    role,
                    page.owner.name,
                    text,
                    "jury.role-cell",
                    0.75,
                    Period(year, year) if year else Period(),
                )
            return
    if (
        block.kind is BlockKind.PARAGRAPH
        and (clause := _CLAUSE_OPENING.search(text)) is not None
        and page.may_match(block, "JURY_CUES")
        and LEXICON.pattern("JURY_CUES").search(text, clause.start())
        and not LEXICON.pattern("JURY_CUES").search(text, 0, clause.start())
    ):
        # "I co-supervise the thesis of A (with B) and I am a second supervisor in the
        # advisory committee of C": the entry is the first clause; the next one's
        # committee is no jury of A's.
        text = text[: clause.start()].rstrip(" ,;")
    if (
        block.kind is BlockKind.ITEM
        and (";" in text or " · " in text)
        and page.may_match(block, "JURY_CUES")
        and (later := _later_jury_clause(text)) is not None
    ):
        # "A · PhD student · advisor: B; C is on his committee": the entry, then a clause
        # on its committee (no jury of the page's: none of its members is read)
        text = text[:later].rstrip()
    if (
        block.kind is BlockKind.PARAGRAPH
        and (end := _PROSE_SENTENCE_END.search(text)) is not None
        and _not_jury_item(text)
        and not _not_jury_item(text[: end.start()])
    ):
        # "A, que je codirige avec B, et C. Je fais aussi partie du comité de suivi de deux
        # autres thèses.": the committee is a later sentence's, the list the first one's
        text = text[: end.start() + 1]
    if block.kind is BlockKind.ITEM and (";" in text or ". " in text) and "\n" not in text:
        text = _without_closing_committee(text)
    if _not_jury_item(text) or any(
        not _item_jury_label(text, cue)
        for cue in LEXICON.pattern("JURY_CUES").finditer(
            _DEFENCE_DATE_LABEL.sub("", text) if "outenance" in text or "efen" in text else text
        )
    ):
        if "ommittee" in text and "(" in text and block.kind is BlockKind.ITEM:
            _committee_member_entry(page, block, text)
        return
    if " of " in text[:80] and _others_own(page, text[:80].split(":")[0], _OF_PERSON):
        return  # "Academic siblings (other students of B): …": B's students, not the owner's
    if (
        block.kind is BlockKind.PARAGRAPH
        and len(text) > PROSE // 2
        and "(" in text
        and not any(map(_ROLE_OF.match, lines))  # ("Co-supervisor of A (2023 – )": below)
        and _group_lead(lines[0]) is None
        # ("Dissertation committees (member): A (2019), B (2021)": a label's list, no prose)
        and not ((label := _label(lines[0])) and len(label.group(1).split()) <= 6)
    ):
        # "Mes premiers doctorants furent A (1987-1990, co-dirigée avec B) et C (1989-1993).
        # Vinrent ensuite D (1992-1995) …": prose naming the students, each with its years.
        named = _dated_names_in_prose(text)
        for label, item in named:
            section = (*block.section, label) if label else block.section
            student_list(page, Block(BlockKind.ITEM, item, block.level, section))
        if named:
            return
    entries = _led_entries(text) if len(lines) == 1 and (";" in text or ", " in text) else None
    if entries is None and len(lines) == 1 and ";" in text and _DATE_PREFIX.match(text):
        # "2022 : A ; 2023 : B" (a CV's interns, one line): each dated piece is an entry.
        pieces = _top_level_pieces(text)
        dated = [
            p for p in pieces if _DATE_PREFIX.match(p) and name_at_start(_DATE_PREFIX.sub("", p))
        ]
        entries = pieces if len(pieces) > 1 and len(dated) == len(pieces) else None
    if entries:
        # "Thèse de A (2018–2021), codirigée avec B ; thèse de C (depuis 2022)": one
        # paragraph, one entry per kind-led student.
        for entry in entries:
            student_list(page, Block(BlockKind.ITEM, entry, block.level, block.section))
        return
    if (
        ":" in text[:40]
        and block.kind is BlockKind.ITEM
        and len(lines) == 1
        and page.owner is not None
        and (role_label := _OWNER_ROLE_LABEL.match(text)) is not None
        and _NAME_THEN_DATED_BRACKET.match(text, role_label.end())
        and page.kind(block) is SectionKind.STUDENTS
        and (named := name_at_start(text[role_label.end() :])) is not None
        and not _is_owner(page, named)
    ):
        # "Doctoral students" › "Co-supervisor: A (since 2021; main supervisor B)": the
        # owner's role over the dated student, as "Co-supervisor of A (…)" reads
        text = f"{role_label.group(1)} of {text[role_label.end() :]}"
        lines = [text]
    if ("of " in text or any(map(_ROLE_OF_THESIS_LEAD.match, lines))) and any(
        map(_ROLE_OF.match, lines)
    ):
        # "Primary supervisor of A (2022 – ) and B (2023 – )" / "Second supervisor of C
        # (2021 – 2025; primary supervisor D) and E": the owner's role over the students.
        kind = ""  # "PhD supervision  Primary supervisor of A" / "Second supervisor of B"
        merged: list[str] = []
        for line in lines:
            if merged and line[:1].islower():
                merged[-1] += f" {line}"  # "Co-supervisor of A (2023 – )," / "with B"
            else:
                merged.append(line)
        # "… primary supervisor of A; secondary supervisor of B": one role a part.
        merged = [part for line in merged for part in _NEXT_ROLE_OF.split(line)]
        for line in merged:
            role = _ROLE_OF.match(line)
            if role is None:
                student_list(page, Block(BlockKind.ITEM, line, block.level, block.section))
                continue
            lead = role.group("lead")
            if contexts_in(lead):
                kind = lead
            elif kind:
                lead = f"{kind} {lead}"  # the kind the lines above stated goes on
            section = (*block.section, lead)
            for piece in _student_pieces(_AND_OUTSIDE.sub(",", line[role.end() :])):
                student_list(page, Block(BlockKind.ITEM, piece, block.level, section))
        return
    group = _group_lead(lines[0]) if lines else None
    if group is not None:
        # "PhD students A (2021–), B (2022–, co-advised with C)": a kind, then its students.
        lead, rest = group
        for piece in _student_pieces(rest):
            student_list(page, Block(BlockKind.ITEM, piece, block.level, (*block.section, lead)))
        return
    if text[:1] in "AS" and (record := _RECORD_AUTHOR.match(text)):
        _thesis_record(page, block, record)
        return
    titles = block.section[-2:]
    if len(block.section) > 2 and any(map(LEXICON.pattern("PROGRAMME_SLOTS").match, titles)):
        # "Journées des doctorants" › "Jeudi 9 avril" › "Session 1 — Optimisation": the
        # day and the session say no kind of student, the event's title does
        titles = [t for t in block.section if not LEXICON.pattern("PROGRAMME_SLOTS").match(t)]
        titles = titles[-2:]
    heading = " ".join(titles)
    if id(block) in page.led_students and page.kind(block) is SectionKind.STUDENTS:
        # "The next generation" › "I have supervised eleven PhD students …:" › items: the
        # lead-in says the kind the heading does not
        heading = f"{_lead_in_above(page, block)} {heading}"
    if (
        heading.endswith(")")
        and (cut := heading.rfind("(")) > 0
        and contexts_in(heading[:cut])
        # ("Ph.D. (as co-advisor)": the bracket says the owner's part, kept)
        and heading[cut + 1 : cut + 4].lower() != "as "
    ):
        # "Stages de recherche encadrés (M2, ingénieur)": the bracket lists the interns'
        # levels, the words before it say the kind of supervision.
        heading = heading[:cut]
    label = _label(block.lines[0]) if block.lines else None
    if label and (
        " | " in label.group(1)
        # "Thèse de A (2019–2023), directeur·rice : B": the colon ends an advisors field
        # inside the entry, not a label over it.
        or "," in label.group(1)
        and _advisors_field(f"{_top_level_pieces(label.group(1))[-1].strip()}: {label.group(2)}")
    ):
        label = None  # "A | Sujet: …": a table row's first cell, then labelled cells
    if (
        label
        and (ended := _SENTENCE_END_INSIDE.search(label.group(1)))
        and LEXICON.pattern("ADVISING_NOUNS").search(label.group(1), ended.end() - 1)
    ):
        # "DC7 (X) – recruitment open. Supervisor: B": a later sentence's label, not the
        # entry's own (whose first words name no student)
        label = None
    if (
        label
        and label.group(1)[:1].isdigit()
        and _DATE_LABEL.match(label.group(1))
        and _entry_label(label.group(2))
        and not name_at_start(label.group(2))
    ):
        # "2023 – 2024: MSc thesis: A, Univ. X" (a CV entry's date column, then the
        # entry's own label): read as "MSc thesis: A, Univ. X (2023 – 2024)".
        entry = f"{label.group(2).split(chr(10))[0]} ({label.group(1).strip()})"
        text = "\n".join([entry, *block.lines[1:]])
        student_list(page, Block(block.kind, text, block.level, block.section))
        return
    if (
        label
        and ":" in (inner_text := label.group(2).split("\n")[0])
        and (inner := _label(inner_text)) is not None
        and not name_at_start(inner.group(1))
        and not name_from_piece(label.group(1))
        and contexts_in(inner.group(1))
    ):
        # "Encadrement : 2 doctorants (co-encadrement 50 %) : A (2019-2022, avec B), C":
        # a heading's label, then the kind of student with its own label over the names.
        text = "\n".join([label.group(2), *block.lines[1:]])
        section = (*block.section, label.group(1))
        student_list(page, Block(block.kind, text, block.level, section))
        return
    students: list[str] = []
    labelled = ""  # the entry's own label ("Research engineer: A"), its kind of supervision
    owner_share = False  # the entry opens on the owner's own role ("co-encadrement de A")
    cell = _STUDENT_CELL.search(text) if " | " in text else None
    if cell is None and " | " in text and ":" not in text:
        below = page.next_block(block)
        cells = text.split(" | ")
        if below is not None and all(f"{c}:" in below.text for c in cells[1:3]):
            return  # a table's header row: its cells label the rows below
    if cell is None and "\n" in text and ":" in text:
        # "Título del trabajo: …" / "Alumno/a: A" / "Fecha de defensa: …" (a CV form's
        # supervised-thesis record, one field a line): the student's labelled field.
        cell = _STUDENT_FIELD.search(text)
    if cell is None and " | " in text and ": " in text:
        # "2016/09 - 2020/11 | Papel: Orientador | Nome do orientado / Instituição: A — X":
        # a printed table's row, its cells labelled by the header's columns (a cell's
        # lines too: "Estudante(s) / Instituição: A" over "X")
        cell = _STUDENT_FIELD.search(text.replace(" | ", "\n"))
    if cell is not None:
        # "Principal Supervisor | … | Student Name: A | Degree Type: Doctorate": a
        # supervision register's row, the student in a labelled cell.
        named = cell.group("name").split(" — ")[0]
        students = [n] if (n := name_from_piece(named)) else []
    elif (
        label
        and not _advisors_field(block.lines[0])
        and not _TOPIC_LABEL.fullmatch(label.group(1).strip())
        # ("now: Program Officer at X", a card's line: where its person went, no students)
        and not _NOW_MARK.fullmatch(label.group(1).strip())
        # ("Tesina de Licenciatura: A": a kind of thesis, capitalised like a name)
        and not _named_label(label.group(1))
        and not _named_label(name_at_start(_DATE_PREFIX.sub("", block.lines[0])) or "")
    ):
        listed = label.group(2)
        if ". " in listed and (cue := LEXICON.pattern("SUPERVISION_CUES").search(listed)):
            head = listed[: cue.start()]
            if head.rstrip().endswith(".") and head.count("(") == head.count(")"):
                # "Mestrado: A (início: 2024). Orientador: B": the advisor's sentence ends
                # the students the kind's label leads
                listed = head
        students, _ = names_after(listed, stop=False)
        if not students and (named := names_after(listed)[0][:1]) and _opens_on(listed, named[0]):
            # "PhD student: A joined as a PhD student": the name the label's value opens on
            students = named
        lead = _STUDENT_LEAD.match(label.group(2)) if not students else None
        if lead and _OWN_SUPERVISION.search(lead.group(1)):
            # "Thèse : co-encadrement de A (2022–), thèse dirigée par B": the owner's share
            # of A's supervision, then A's other advisors.
            students = [s] if (s := name_at_start(label.group(2)[lead.end() :])) else []
            owner_share = bool(students)
        pieces = (
            _top_level_pieces(label.group(2))
            if "\n" not in label.group(2) and (len(students) > 1 or ";" in label.group(2))
            else []
        )
        if len(pieces) <= 1 and ") " in label.group(2) and "\n" not in label.group(2):
            # "Post-doctorants : A (avec B) et C (avec D)": each name-led part its own entry.
            parts = _TOP_AND.split(label.group(2).rstrip(" ."))
            pieces = parts if len(parts) > 1 and all(map(name_at_start, parts)) else []
        if len(students) > 1 or sum(name_at_start(p) is not None for p in pieces) > 1:
            # "PhD students: A (2021–), B (2022–, co-advised with C)": one entry per student,
            # so C co-advises B only ("A (2015–2018), now at X; B (…)": the name-led ones).
            for piece in pieces:
                student_list(
                    page,
                    Block(BlockKind.ITEM, piece, block.level, (*block.section, label.group(1))),
                )
            return
        heading = f"{label.group(1)} {heading}"
        labelled = label.group(1)
    else:
        if ("), " in text or "); " in text) and len(block.lines) == 1:
            pieces = _top_level_pieces(text)
            if len(pieces) > 1 and all(
                (dated := _DATED_NAME.fullmatch(p)) and name_from_piece(dated.group(1))
                for p in pieces
            ):
                # "A (2022 – 2023), B (2023 – 2024)": a line of dated students, each its own
                for piece in pieces:
                    student_list(page, Block(BlockKind.ITEM, piece, block.level, block.section))
                return
        student = name_at_start(block.lines[0] if block.lines else text)
        status = _STATUS_PREFIX.match(block.lines[0]) if student and block.lines else None
        if status:
            # "Current   A (PhD, 2022-)": a plain-text CV's status column, not a first name.
            student = name_at_start(block.lines[0][status.end() :])
        if student is None and block.lines and (code := POSITION_CODE.match(block.lines[0])):
            # "DC1 – A (X). Title. Supervisor: B": a doctoral network's position number
            student = name_at_start(block.lines[0][code.end() :])
        if student is None and block.lines and _DATE_PREFIX.match(block.lines[0]):
            # "2019 — A, Ph.D. (co-advised with B)": the year the student graduated leads.
            student = name_at_start(_DATE_PREFIX.sub("", block.lines[0]))
        first = _DATE_PREFIX.sub("", block.lines[0]) if block.lines and not student else ""
        lead = _STUDENT_LEAD.match(first) if first else None
        kind_noun = _KIND_NOUN_LEAD.match(first, lead.end()) if lead else None
        if lead and kind_noun and contexts_in(kind_noun.group()):
            # "Co-mentor (with Prof. B) of M.Sc. student A (2024–)": the owner's role, the
            # kind of student, then the student
            student = name_at_start(first[kind_noun.end() :])
            heading = f"{kind_noun.group()} {heading}"
        elif lead and contexts_in(lead.group(0)):
            # "Thèse de A (2020–2023)", "Stage M2 d'B", "PhD thesis of C": kind, then student.
            student = name_at_start(first[lead.end() :])
            heading = f"{lead.group(1)} {heading}"
        dated_kind = _KIND_THEN_DATES.match(first) if student is None and "(" in first else None
        if dated_kind and contexts_in(dated_kind.group(1)):
            # "Stage de M2 (2022) A", "Doctorat (2020 – 2023) B, co-direction avec C": a
            # label column's kind and years, then the student (a Europass-like grid).
            student = name_at_start(first[dated_kind.end() :])
            heading = f"{dated_kind.group(1)} {heading}"
        if student is None and first[:1] in "PD" and (degree := _DOCTORATE_LEAD.match(first)):
            # "Ph.D.  A (2023 – )" (a plain-text CV's label column, its spaces collapsed):
            # the kind of student, then the student
            student = name_at_start(first[degree.end() :])
            heading = f"{degree.group().strip()} {heading}"
        fields = _FIELD_SEP.split(first) if student is None and first else []
        if len(fields) > 1 and contexts_in(fields[0]) and name_from_piece(fields[-1]):
            # "Doctor of Philosophy — Principal supervisor — A (2021–)": a supervision
            # register's fields, degree first and the student last.
            student = name_from_piece(fields[-1])
            heading = f"{' '.join(fields[:-1])} {heading}"
        if student:
            students = [student]
    if not students and (card := _position_card(page, block)) is not None:
        # "Doctoral candidates" › "DC 2 — A" › "Supervisor: B": the numbered card's holder
        student_list(page, card)
        return
    card_name = name_from_piece(block.section[-1]) if block.section and not students else None
    card_kind = None
    if card_name and heading_kind(block.section[-1]) is None:
        # A person's card: the name is the heading, the lines below say who they are.
        text = _card_text(page, block)
        if text is None:
            return  # a later line of a card, read with its first one
        students, heading = [card_name], " ".join(block.section[-3:-1])
        if block.section[-1].endswith(")") and (
            graduated := _CARD_DEGREE.search(block.section[-1])
        ):
            card_kind = graduated.group(1)  # "A (PhD 2014)" over A's story: the degree's kind
    if students and "PI" in text:
        # "supported by an NSF grant (PI: Prof. A; co-PI: B)": a grant's investigator,
        # nobody's student
        students = [s for s in students if not _grant_pi(text, s)]
    if not students:
        return
    # The first context word of the item is about the student's time with the owner
    # ("MSc thesis (2019–2020), now a PhD student elsewhere").
    # What the student does now ("Devenir / Now: engineer at X") says nothing of the thesis.
    now = _NOW_MARK.search(text)
    if now is None and ("chez " in text or " at " in text or " à " in text or " au " in text):
        # "A (2015-2019) — ingénieure chez X" under "Anciens doctorants": the dash after
        # the dates tells the job since then, when the heading says what the thesis was.
        now = _DASHED_JOB.search(text)
        if now is not None and _context_near(heading, 10**6) is None:
            now = None
    if now is None and "ellowship at" in text:
        # "… She will hold her fellowship at the University of X": a fellow's host, the post
        # the entry moves on to
        now = _FELLOWSHIP_AT.search(text)
    if now is None and (dash := _DASHED_TAIL.search(text)) is not None:
        # "A (2017–2021, co-dir. B) — post-doc puis CR CNRS (2023)": a job after the dash,
        # when the heading says what the thesis was.
        if LEXICON.pattern("POSITIONS").match(text, dash.end()) and _context_near(heading, 10**6):
            now = dash
    told = text[: now.start()] if now else text
    if "M" in told[:80] and (degree := _POSTNOMINAL_DEGREE.match(told)) is not None:
        # "Sven Verbruggen MSc — since 2022" under "PhD candidates": the degree after the
        # name is the student's own, not the kind of thesis supervised.
        told = degree.group(1) + told[degree.end() :]
    if "lumn" in told and (held := _ALUMNA_DEGREE.search(told)) is not None:
        # "… supervised by B. A University X alumnus (BSc 2020)": the degree the student holds
        # from an earlier school, not the kind of supervision
        told = told[: held.start(1)] + " " * len(held.group(1)) + told[held.end(1) :]
    if (post := _POST_NOMINAL.match(told)) and _context_near(heading, 10**6) is not None:
        # "A, M.Sc. (seit 2021)" under "Betreute Promotionen": the degree the student holds,
        # not the kind of supervision, which the heading states.
        told = told[: post.start(1)] + " " * len(post.group(1)) + told[post.end(1) :]
    if (
        (pre := _PRE_NOMINAL.match(told))
        and name_at_start(told[pre.end() :]) is not None
        and _context_near(heading, 10**6) is not None
    ):
        # "M.Sc. A – topic (seit 2021)" under "Doktoranden": the degree the student holds.
        told = told[: pre.start(1)] + " " * len(pre.group(1)) + told[pre.end(1) :]
    if ("«" in told or "“" in told or '"' in told) and _context_near(heading, 10**6) is not None:
        # "A, « Reconversions d'ingénieurs », 2024" under "Thèses soutenues": a word of the
        # thesis's quoted title tells no kind of supervision, which the heading states.
        told = QUOTED_TITLE.sub(lambda title: " " * len(title.group()), told)
    if "(" in told and (earlier := _EARLIER_DEGREE.search(told)) is not None:
        told = told[: earlier.start(1)] + " " * len(earlier[1]) + told[earlier.end(1) :]
    if "\n" in told and ":" in told and (later := _LATER_LIST_LABEL.search(told)) is not None:
        # "2021– A (primary supervisor: B)." / "MSc dissertations: about forty supervised"
        # (a PDF's next line glued to the entry): another list's label, not A's kind
        told = told[: later.start()] + " " * (len(told) - later.start())
    dated_degrees = _DEGREES_BEFORE_ADVISED.search(told) if "(" in told else None
    if dated_degrees is not None:
        # "MSc 1998, PhD 2003 (advisor B)" on an alumni card: the bracket names the advisor
        # of the degree it follows; the earlier degree is the student's own, dates and all
        told = _blanked_span(told, dated_degrees.span(1))
    if "rize" in told or "ward" in told or "prix" in told:
        # "A (2022, prize for best dissertation)": an award's name tells no kind of thesis.
        told = _AWARD_PHRASE.sub(" ", told)
    if "(" in told and ":" in told and (label := _ADVISOR_LABEL_COLON.search(told)) is not None:
        # "Mentors: B (PhD student) and Prof. C", "Mentor: D (postdoc)": the bracket after a
        # mentor's name is the mentor's own post, not the kind of the student's stay.
        told = told[: label.end()] + _MENTOR_POST_BRACKET.sub(
            lambda post: " " * len(post.group()), told[label.end() :]
        )
    if ("my " in told or "mon " in told) and (own := _OWN_STAGE.search(told)) is not None:
        # "A | 2019 – 2023 | co-supervised during my postdoc": the owner's own stage then,
        # not the kind of the student's thesis.
        told = told[: own.start()] + " " * len(own.group()) + told[own.end() :]
    if (
        block.kind is BlockKind.PARAGRAPH
        and (held := _held_degree_blanked(told)) is not told
        and (_context_near(held, 0) or _context_near(heading, 10**6)) is not None
    ):
        # "A – Titulaire d'un master de X, il est codirigé par B" under "Portraits de
        # doctorants": the master's the student holds, not the kind of supervision
        told = held
    if block.kind is BlockKind.PARAGRAPH and len(students) == 1:
        _held_degree_places(page, students[0], text)
    if "ome " in told and (home := _home_status_cell(told)) is not None:
        # "Past visitors" › "A | Home institution: PhD student, X | Host: B": the visitor's
        # degree back home, not the kind of the stay the heading lists
        told = told[: home[0]] + " " * (home[1] - home[0]) + told[home[1] :]
    context = _context_near(told, 0)
    if card_kind is not None:
        # ("A (PhD 2018)" › "A came here after an MSc at X. Supervised by B, …": the
        # heading's degree, not the one the story names first)
        context = _context_near(card_kind, 0) or context
    if context is None and " | " in told and _HABILITATION_CELL.search(told):
        # "A | Type: HDR | Garant/Directeur: B" in a unit's list of theses: B guarantees a
        # habilitation, no doctorate
        context = Context.OTHER
    if (
        context is Context.INTERNSHIP
        # (a stage's word, not the letters inside another: "lecture partagée", a topic)
        and ("tag" not in told or not _STAGE_WORD.search(told))
        and "ntern" not in told
        # ("Undergraduate researchers" › "A – summer research fellow 2024", "A – NSERC USRA,
        # summer 2025": a summer stay in the lab, an internship)
        and not _SUMMER_STAY.search(told)
        and (context_of(labelled) if labelled else _context_near(heading, 10**6)) is Context.OTHER
    ):
        # "Mémoires de master : A (M2, 2023)": the level of the master's thesis the list
        # names, no internship.
        context = None
    context = (
        context
        # "Research engineer: A (2020–2022)" under "Engineers and interns": the label's kind
        or (context_of(labelled) if labelled else None)
        or _own_post_kind(told)
        or _context_near(heading, 10**6)
        # "Students" › "I am supervising 3 PhD students:" over the list: the lead-in's kind
        or (_lead_in_context(page, block) if block.kind is BlockKind.ITEM else None)
        # "Doctorant(e) | Période | Taux" over "A | Période: 2021 – | Taux: 100 %": the
        # table's first column names the kind of student every row holds
        or (_name_column_context(page, block) if " | " in text and ": " in text else None)
    )
    visit = False  # a visiting student's home advisor: the stay's dates are not the thesis's
    if (
        context is Context.OTHER
        and "ome " in text
        and _HOME_ADVISOR.search(text)
        and _DOCTORAL_WORD.search(_HOME_ADVISOR.sub(" ", told))
    ):
        # "Visiting PhD student (2025), from X" / "Home supervisor: B": the student's own
        # doctorate's advisor back home, not the stay's host
        context, visit = Context.PHD, True
    if context is not Context.POSTDOC and "octeur" in told and _DOCTOR_IN_YEAR.search(told):
        # "Ancien·nes" › "A — docteur 2023 (co-encadré avec B)": the doctorate defended
        context = Context.PHD
    if (
        context is Context.OTHER
        and cell is None
        and {c for _, c in contexts_in(heading)} == {Context.INTERNSHIP}
        and not (labelled and context_of(labelled) is Context.OTHER)
        # ("Undergraduate research" › "A | Program: Senior honors thesis": the work's kind)
        and not _THESIS_NOUN.search(told)
    ):
        # "Stages encadrés" › "A (ingénieur ENSTA, 2021)": the intern's own course, under
        # a heading that lists internships only.
        context = Context.INTERNSHIP
    if (
        context is Context.OTHER
        and cell is None
        and {c for _, c in contexts_in(heading)} == {Context.PHD}
        and (earlier := [at for at, c in contexts_in(told) if c is Context.OTHER])
        and all(_DEGREE_THEN_PLACE.match(told, at) for at in earlier)
    ):
        # "Ph.D. Students" › "A (since 2022) – B.S., University X": the student's earlier
        # degree and where it was earned, not the kind of student the list names
        context = Context.PHD
        if len(students) == 1:
            _earlier_degree_place(page, students[0], told, text)
    if (
        context is Context.PHD
        and cell is None
        and {c for _, c in contexts_in(heading)} == {Context.INTERNSHIP}
        and _HOME_STUDENT_STATUS.search(told)
    ):
        # "Interns 2025" › "A, PhD student, University X — mentored by B": the intern's
        # status back home; B hosts the internship, not the doctorate
        context = Context.INTERNSHIP
    if context is Context.OTHER and "PhD" in text and _FAST_TRACK.search(text):
        # "A – MSc → PhD fast-track (MSc 2023, PhD since 2024)": the master's became the
        # doctorate the student is on now (its arrow no "now" mark).
        context = Context.PHD
        if (since := _PHD_SINCE.search(text)) is not None:
            text = told = text[since.start() :]
    if context is Context.PHD and _thesis_word_only(told):
        # "MSc by Research" › "A (2022–2023), thesis on X": the list's kind names the thesis
        context = _context_near(heading, 10**6) or context
    if (
        context is Context.OTHER
        and Context.INTERNSHIP in {c for _, c in contexts_in(heading)}
        and not {c for _, c in contexts_in(told)} - {Context.INTERNSHIP}
        and _LEVEL_LABEL.fullmatch(block.section[-1] if block.section else "")
    ):
        # "Stages de recherche" › "Master 2 : A (2024), B (2023)": the level of the
        # internships listed, not a master's thesis.
        context = Context.INTERNSHIP
    if (
        context is Context.INTERNSHIP
        and "ntern" not in told
        and (
            _YEAR_OF_COURSE.match(told)
            or block.section
            and _YEAR_OF_COURSE.fullmatch(f"{block.section[-1]}:")
            # "Master students" › "A 林家豪 (M2)": the year alone in the bracket
            or _YEAR_OF_COURSE_BRACKET.search(told)
            and all(told[at : at + 2] in ("M1", "M2") for at, _ in contexts_in(told))
        )
        and (under := {c for _, c in contexts_in(_YEAR_OF_COURSE_WORD.sub(" ", heading))})
        and Context.OTHER in under
        and Context.INTERNSHIP not in under
    ):
        # "Master's course" › "M2: A, B" (a Japanese or Korean lab's roster): the students'
        # year in the master's course the heading names, not a French M2 internship.
        context = Context.OTHER
    if context is Context.OTHER and "ntern" in text:
        # "MSc intern", "Master's intern (2023)": the level of studies, then the internship.
        first = block.lines[0] if block.lines else text
        if any(c is Context.INTERNSHIP for _, c in contexts_in(first)):
            context = Context.INTERNSHIP
    if (
        context is Context.PHD
        and cell is None  # (a register row's own degree cell says its kind)
        and {c for _, c in contexts_in(heading)} == {Context.POSTDOC}
        and not any(
            map(
                heading.lower().replace("postdoctoral", "").__contains__,
                LEXICON.STUDENT_HEADING_STEMS,
            )
        )
    ):
        # "Postdocs" › "Dr. A (2023–). PhD, University X": the postdoc's own degree (not
        # under "Students and postdocs", where "A, PhD 2021" is a doctoral student; the
        # "doctoral" of "Postdoctoral fellows" names no student).
        context = Context.POSTDOC
    confidence = 0.85
    own = _OWN_DEGREE.search(text) if context is Context.POSTDOC and "D" in text else None
    if own is not None:
        # "Host: B" / "PhD: University X, 2023" on a postdoc's card: the degree's year is
        # not the postdoc's.
        after = text.find("\n", own.start())
        span = parse_period(text[: own.start()] + (text[after:] if after >= 0 else ""))
    else:
        if dated_degrees is not None and (dated := _DEGREES_BEFORE_ADVISED.search(text)):
            text_dates = _blanked_span(text, dated.span(1))  # (the advised degree's year)
        else:
            text_dates = text
        span = parse_period(text_dates)
    if span.empty and block.section and (heading_year := _YEAR_HEADING.match(block.section[-1])):
        # "2024" › "Intern mentored: A, MSc internship": the year heading over the entries
        # (a start where the entry says it joined then: "A joined as a PhD student"); a
        # Japanese lab's "FY2024" › "A (Ph.D.) → B": its fiscal year
        year = int(heading_year.group(1))
        span = Period(year, None, single=not _JOINED_AS.search(text))
    if (
        span.single
        and ("dmi" in text or "nrol" in text or "egd" in text or "egistered" in text)
        and (entered := _ENTRY_YEAR.search(text)) is not None
        and int(entered.group(1)) == span.start
    ):
        # "Year of admission: 2021", "(Regd. 2022)": the year the thesis began, not ended
        span = Period(span.start, None)
    # (a register's cells, or a table row's labelled ones: "Start: 2018 | Finish: 2023")
    ended = _END_CELL.search(text) if cell is not None or " | " in text else None
    if ended and span.start and int(ended.group(1)) >= span.start:
        span = Period(span.start, int(ended.group(1)))  # "Start Date: … | End Date: 2024/8"
    if context in (None, Context.OTHER) and LEXICON.pattern("GUEST_ROLES").search(
        _NOW_MARK.split(first_of(text), 1)[0]
    ):
        return  # "Prof. A (visiting scholar on sabbatical, 2019)": a colleague's stay
    if (
        context in (None, Context.OTHER, Context.PHD)
        and block.section
        # (the section's own heading, or the one over a list read as "Students")
        and any(map(_VISITOR_HEADING.match, block.section[-2:]))
        and not _HOSTED_VISIT.search(text)
    ):
        # "Visitors" › "A, PhD student at X, visiting Oct–Dec 2025": another school's
        # student on a stay, nobody's advisee here unless the entry names a host
        return
    role = _NOW_MARK.split(_name_and_role_lines(text), 1)[0]
    if (
        (staff := LEXICON.pattern("STAFF_ROLES").search(role))
        and context is None
        or staff
        # ("Staff & Postdocs" › "A" over "Lab manager / Engineer": the heading's context,
        # not the entry's, which opens on a staff post)
        and staff.start() == role.rfind("\n") + 1
        and context_of(role) not in (Context.PHD, Context.POSTDOC, Context.INTERNSHIP)
        # ("A | Position: Lab Engineer | Years: 2019–": a roster's position cell)
        or staff
        and _POSITION_CELL_END.search(role, 0, staff.start()) is not None
    ):
        # "A, Research technician (2018–2020)", a card "A" over "Lab Manager": the group's
        # staff, no advisee (where the card says they went is still theirs)
        if now is not None and len(students) == 1 and card_name is not None:
            _card_now(page, card_name, text)
        return
    if context is None and span.start and span.end and span.end - span.start >= 3:
        context, confidence = Context.PHD, 0.6  # three years or more of supervision: a thesis
    about = f"{heading} {first_of(text)}" if context is Context.INTERNSHIP else ""
    if ("tagiaire" in about or "eacher" in about) and LEXICON.pattern("TRAINEE_TEACHERS").search(
        about
    ):
        return  # "Tuteur de stagiaires : A (professeure stagiaire)": a teacher in training
    if (
        context is None
        and (span.end or span.single)
        and _DOCTOR_STUDENT.match(text)
        and page.kind(block) is SectionKind.STUDENTS
        and _FORMER_LIST.search(_label_above(page, block))
    ):
        # "Former students" › "Dr. A, <thesis title>, 2003.": a student now titled doctor,
        # a doctorate finished under the owner
        context, confidence = Context.PHD, 0.6
    if context is None:
        context, confidence = Context.OTHER, 0.5
    if span.empty and block.section and (cohort := _cohort_year(block.section[-1])):
        # "Entering class of 2020" › "A · PhD candidate": the year the thesis started
        span = Period(cohort, None)
    if (
        span.empty
        and len(students) == 1
        and page.document.text.count(students[0]) > 1
        and (begun := _bio_start(page, block, students[0], context)) is not None
    ):
        # a card "A" › "Postdoctoral Researcher" and A's bio in a modal: "A joined the lab as
        # a postdoc in 2022"
        span = Period(begun, None)
    period = _period_for(context, span) if not visit else Period()
    if span.single and span.start and block.section and _ONGOING.search(block.section[-1]):
        period = Period(span.start, None)  # "Thèses en cours" › "2024 – A": begun, not ended
    elif (
        span.single
        and span.start
        and ("tat" in text or "ngoing" in text)
        and _ONGOING_STATUS.search(text)
    ):
        period = Period(span.start, None)  # "A | Status: Ongoing | Year: 2022": registered then
    if context is Context.PHD and len(students) == 1:
        _student_jury(page, students[0], text, period)
        university = None
        if "hèse" in told or "hesis" in told or "issertation" in told:
            university = _thesis_university(page, told)
            if " | " in text and block.kind is BlockKind.ITEM:
                _completed_at_lead(page, block, students[0], text, period)
        elif "(" in told and (bracket := _YEARS_PLACE_BRACKET.search(told)) is not None:
            university = _bracket_university(page, bracket.group("org"))
            if bracket.group("degree") and university and not is_strong_institution(university):
                university = None  # "(Ph.D. 2019, Bank of X)": where the graduate went since
        if university is not None:
            page.add(
                students[0],
                Relation.STUDIED_AT,
                university,
                told.strip(),
                "organisation.supervised-thesis",
                0.55,
                period,
            )
    advisors: list[str] = []
    co_only = True  # every advisor named is a co-advisor: the page owner directs
    owner_role = False  # "Rôle : Codirectrice (directeur : B)": a role with no name is the owner's
    cues = [*LEXICON.pattern("SUPERVISION_CUES").finditer(text), *_DIRECTOR_LABEL.finditer(text)]
    if "entor" in text and _mentoring_event(page, block):
        cues = [m for m in cues if "mentor" not in m.group().lower()]
    # "A joins us as a postdoc … She completed her PhD at X, where she was supervised by
    # B": the sentence telling the postdoc's own doctorate names its advisors, not hosts.
    own_degrees = (
        _earlier_degrees(text)
        if context is Context.POSTDOC
        and len(students) == 1
        and ("her " in text or "his " in text or "your " in text)
        else []
    )
    if own_degrees:
        # (the earlier doctorate's year is not the postdoc's)
        blank = text
        for told, _, end, _ in own_degrees:
            blank = blank[:told] + " " * (end - told) + blank[end:]
        period = _period_for(context, parse_period(blank))
        kept = [m for m in cues if not _earlier_advisors(page, students[0], text, m, own_degrees)]
        if len(kept) == len(cues) and ("ork" in text or ", with " in text):
            # "received his doctorate from X in 2024, where he worked with B", "At X, with
            # Prof. B": no supervision word in it, the one the earlier doctorate was done
            # with advised it
            for match in _EARLIER_DEGREE_WITH.finditer(text):
                _earlier_advisors(page, students[0], text, match, own_degrees)
        cues = kept
    bracketed: dict[str, str] = {}  # an advisor named in one student's bracket → that one
    home: list[str] = []  # a visitor's own advisors at the home university
    for match in sorted(cues, key=lambda m: m.start()):
        if "econdment" in text and _HOSTED_STAY_LEAD.search(
            text, max(0, match.start() - 80), match.start()
        ):
            continue  # "Secondment: X (mentor: B)": the host's contact for a stay, no advisor
        if context is not Context.INTERNSHIP and LEXICON.pattern("COMPANY_TUTORS").fullmatch(
            match.group()
        ):
            continue  # "A (depuis 2024, CIFRE X) ; tuteur entreprise : B": no thesis director
        rest = _CUE_TAIL.sub("", text[match.end() :])
        if ":" in rest[:160]:
            # "Supervisor(s): B; external: Prof. C (X)", "Other supervisors: Principal: D":
            # the cell's advisors, each kind under its own small label
            rest = _QUALIFIED_ADVISOR_LABEL.sub(lambda m: ", " if m.start() else "", rest)
        if "%" in rest[:12]:
            rest = _SHARE_THEN_LINK.sub("", rest, count=1)  # "co-encadrement à 30 % par B"
        if rest[:1].islower() and (copula := _COPULA.match(rest)):
            rest = rest[copula.end() :]  # "Ik was zijn begeleider; promotor was prof. dr. B"
        if _I_WAS_THE.search(text, max(0, match.start() - 40), match.start()):
            owner_role = True  # "Ik was zijn dagelijks begeleider": the owner's own part
        names, _ = names_after(rest)
        if ("home" in text or "origine" in text) and _AT_HOME.search(
            text, max(0, match.start() - 40), match.start()
        ):
            home.extend(n for n in names if n not in students)
            continue  # "Visiting PhD student … At home she is supervised by B": B's own
        if not names and (dated := _NAME_THEN_OPEN_RANGE.match(rest)) is not None:
            # "…; principal supervisor Prof. B 2022 –" (a CV's dates column at the line's
            # end, the range still open): the name before the dates
            names = names_after(dated.group(1))[0]
        if "M." in rest[:80]:
            # "Supervisor(s): P. Ricciardelli, M. Ellingsen-Obi": an initial "M." read as
            # the French "Monsieur" names nobody; the full name the page writes does.
            names = [*names, *(n for n in _m_initialled(page, rest) if n not in names)]
        if " | " in text and (families := _families_written(page, rest)):
            # "| Supervisor: van der Hoek, Sandoval-Reyes |" (a lab wiki's table): family
            # names alone, each the one full name the page writes ending with it ("Le
            # Moigne" read as a name too).
            if all(any(f.endswith(f" {n}") for f in families) for n in names):
                names = families
        if (titled := _TITLED_FAMILY.match(rest)) is not None and (
            not names or titled.group(1) not in names[0]
        ):
            # "supervised by Prof. Family", "supervisors Dr A and Prof. B": titled family
            # names alone, each the one full name the page writes ending with it (before
            # the full names that follow: "by Prof. Ó Family and Dr C D")
            families = _titled_families(page, rest)
            names = [*families, *(n for n in names if n not in families)]
        if not names and match.group().lower().startswith(LEXICON.CO_ADVISOR_STEMS):
            # "(co-direction avec Grégoire)": a given name the page wrote in full before
            names = _names_or_given(page, rest)
        if names:
            # "(main supervisor: B)" names the other advisor: the owner co-supervises.
            lead = text[max(0, match.start() - 12) : match.start()].rstrip().lower()
            co_only = co_only and (
                match.group().lower().startswith(LEXICON.CO_ADVISOR_STEMS)
                # ("A (2009), jointly advised by B": B beside the list's own advisor)
                or match.group().lower().startswith("jointly ")
                or lead.endswith(_OTHER_MAIN)
                or lead.endswith(_OWNER_ALSO)
                or _industry_advisor(text, match)
                or " | " in text
                and _co_column(text, match.start())
                # "A (depuis 2023, directeur de thèse : B)" in the owner's own list: B holds
                # the formal direction, the owner co-supervises.  (A table's "Directeur de
                # thèse" column may list others' students: a doctoral school's record.)
                or page.owner is not None
                and " | " not in text
                and _THESIS_DIRECTOR_LABEL.match(text, match.start()) is not None
            )
        elif rest[:1] == "(" and (
            LEXICON.pattern("ADVISING_NOUNS").fullmatch(match.group())
            # "codirection (directeur : B)": the owner's part named as an activity
            or _ROLE_ACTIVITY.fullmatch(match.group())
        ):
            owner_role = True
            main = _MAIN_IN_PARENS.match(rest)
            names = names_after(rest[main.end() :])[0] if main else []
        elif (
            rest[:1] in (";", ",", "|")  # ("My role | copromotor | promotor: B": a cell)
            and match.group().lower().startswith(LEXICON.CO_ADVISOR_STEMS)
            and (
                LEXICON.pattern("ADVISING_NOUNS").fullmatch(match.group())
                or _ROLE_ACTIVITY.fullmatch(match.group())  # "co-encadrement ; directeur : B"
            )
        ):
            owner_role = True  # "Ph. D. (2018–2023), codirecteur; directrice : B": the owner's
        elif _OWN_ROLE_TAIL.match(text, match.end()) and match.group().lower().endswith(
            _ROLE_NOUN_ENDS
        ):
            # "copromotor (promotor: B)", "supervisor-specialist; supervisor B": a role
            # word naming nobody is the owner's own part in the thesis, beside B's.
            owner_role = True
        advisors.extend(n for n in names if n not in students and n not in advisors)
        if (own := _bracketed_student(text, match.start(), students)) is not None:
            # "de A (2019–2022) et de B (depuis 2023, codirection avec C)": C advises B only
            bracketed.update((n, own) for n in names if n not in students)
    if not advisors and context in (Context.POSTDOC, Context.INTERNSHIP):
        # "Post-doctorante 2025–2026 / Accueillie par B", "Visiting postdoc, hosted by B":
        # a stay's host named on the entry is its supervisor.
        mentoring = "entor" in text and _mentoring_event(page, block)
        for match in LEXICON.pattern("CONTEXT_CUES").finditer(text):
            if own_degrees and _in_earlier_degree(own_degrees, match.start()):
                continue  # "earned his PhD under B": the earlier doctorate's advisor
            if mentoring and "entor" in match.group():
                continue  # "A (postdoc) | Mentor: B" in a mentoring scheme: no host
            if match.group().lower() == "pi:" and _GRANT_WORDS.search(text):
                continue  # "Funded by grant X (PI: Prof. B)": the grant's holder, no host
            names = names_after(text[match.end() :].lstrip(" :"))[0]
            advisors.extend(n for n in names if n not in students and n not in advisors)
        if not advisors and own_degrees and "ork with" in text:
            # "… earned his PhD under C. Here he will work with Dr. B as a postdoctoral
            # fellow": once the earlier doctorate is told, the one the postdoc works with
            for match in _WORK_WITH.finditer(text):
                if not _in_earlier_degree(own_degrees, match.start()):
                    names = names_after(text[match.end() :])[0]
                    advisors.extend(n for n in names if n not in students and n not in advisors)
        co_only = co_only and not advisors
    if not advisors and (heads := _heads_named(page, text, students)):
        # "A (PhD, with AK and MT)", "B, co-supervised by both PIs": the group's heads that
        # the entry names by their initials or all together
        advisors.extend(heads)
        co_only = False
    if not advisors and " by " in text and (role_head := _role_named_advisor(page, text)):
        # "A, PhD student (since 2024), supervised by the project lead": the one person the
        # page labels with that role ("Project lead: Prof. B") advises
        if role_head not in students:
            advisors.append(role_head)
            co_only = False
    if not advisors and "(" in text and (bracket := _DEGREE_ADVISOR.search(text)):
        # "A | PhD (Oduya-Blake) | 2022": the degree's supervisor by family name, the one
        # person the page names in full with it.
        for word in re.split(r"\s*(?:&|,|\band\b|\bet\b)\s*", bracket["who"]):
            full = named_lead(page, word)
            if full is not None and full not in students and full not in advisors:
                advisors.append(full)
                co_only = False
    if (
        # ("A (B; co-advised by C)" on a lab's page: C the co-advisor, B the bracket's own)
        (not advisors or co_only and page.owner is None)
        and "(" in text
        and block.section
        and _bracket_advisors_page(page)
    ):
        # "Doctorants (encadrant·e·s)" › "A (depuis 2022 ; B, C)": the heading says what
        # the item's bracket names; the page's other student lists write it the same way.
        # (the job after the dash comes after the bracket: "A (2018–2021 ; B) — X chez Y")
        bracket = _ITEM_BRACKET.search(text)
        if (
            bracket
            and (now is None or bracket.start() < now.start())
            and (
                page.kind(block) is SectionKind.STUDENTS
                or _ADVISORS_BRACKET_HEADING.search(block.section[-1])
            )
        ):
            named = names_after(bracket.group(1).rpartition(";")[2].strip())[0]
            if not named:
                # "Graduate students (primary advisor in parentheses)" › "A (Szabó), PhD",
                # "B (Mensah; co-advised by Szabó)": family names the page wrote in full
                named = _family_names_piece(page, bracket.group(1).split(";")[0])
            if named and not any(n in students for n in named):
                advisors.extend(n for n in named if n not in advisors)
                co_only = page.document.meta["bracket_advisors"] == "co"
        if (
            not advisors
            and bracket
            and _ADVISORS_BRACKET_HEADING.search(block.section[-1])
            and (dash := _DASH_AFTER_BRACKET.match(text, bracket.end())) is not None
        ):
            # "Doctorants (encadrant)" › "A (2023-) – B, C ; thèse CIFRE": the bracket
            # holds the years, the names after the dash are the column the heading names
            named, end = names_after(text[dash.end() :])
            tail = text[dash.end() + end :].lstrip(" .")
            if named and tail[:1] in ("", ";", "\n") and not any(n in students for n in named):
                advisors.extend(n for n in named if n not in advisors)
                co_only = page.document.meta["bracket_advisors"] == "co"
    by_heading = heading_supervisor(page, block) if block.section else None
    if by_heading is not None and by_heading not in students and by_heading not in advisors:
        advisors.insert(0, by_heading)  # "Students of Prof. A" › "B (2021–)": A supervises
        co_only = False
    if advisors and (
        co_only
        or owner_role
        or owner_share
        or _OWNER_CO.search(heading)
        # "Role: Co-guide (Guide: Dr. B)": the owner's own cell says the owner co-advises
        or any(map(text.__contains__, _ROLE_CELL_WORDS))
        and (role_cell := _OWNER_ROLE_CELL.search(text)) is not None
        and (
            _OWNER_CO.match(role_cell.group(1))
            # "Rol: dagelijks begeleider | Overige begeleiding: promotor: B": the owner's
            # own advising part, beside B's
            or LEXICON.pattern("ADVISING_NOUNS").match(role_cell.group(1).strip())
        )
        or _OWNER_RATE.search(text)
        or page.owner is None
        and _advisors_outside_lab(page, text, advisors)
        # "Completed PhD students (as second supervisor):" over "A - PhD, 2021 (first
        # supervisor: B)": the list's lead-in says the owner's share
        or block.kind is BlockKind.ITEM
        and _OWNER_CO.search(_lead_in_above(page, block))
    ):
        # Only a co-advisor named: the page's owner (or, on a lab page, its head) directs.
        head = page.owner.name if page.owner is not None else lab_head(page.document)
        if head is not None and head not in students and head not in advisors:
            advisors.append(head)
    if home and _DOCTORAL.search(text):
        _home_advisors(page, students, home, text.split("\n")[0])
    co_advisors: list[str] = []
    joint = False  # "co-advised with B", "co-encadrée avec B": the page's voice co-advises
    # "Dr. A (postdoc, 2022–). A did his PhD at X with B": B advised A's own earlier
    # doctorate (read by _own_phd_under), not the entry's supervision.
    own_phd = [m.end() for m in _OWN_PHD_UNDER.finditer(text)] if _may_tell_own_phd(text) else []
    for match in LEXICON.pattern("COSUPERVISION_CUES").finditer(text):
        if _INDUSTRY_LEAD.search(text[max(0, match.start() - 30) : match.start()]):
            continue  # "thèse CIFRE avec Naval X": the company that funds it, no co-advisor
        if own_phd and any(match.start() < end <= match.end() + 1 for end in own_phd):
            continue
        if (
            block.kind is BlockKind.PARAGRAPH
            and match.group().lower() in ("with", "avec")
            and ". " in text
            and not _training_sentence(text, match.start())
        ):
            continue  # "… She has worked with B of the X Service on …": a colleague
        if own_degrees and _in_earlier_degree(own_degrees, match.start()):
            continue  # "did her PhD at X with B": the earlier doctorate's advisor
        if "ursu" in text and _NEXT_DEGREE.search(text, max(0, match.start() - 40), match.start()):
            continue  # "(M2, 2021), poursuit en thèse avec B": B advises the next degree
        if (
            now is not None
            and context is not Context.POSTDOC
            and match.start() > now.start()
            and match.group()[:2].lower() != "co"
            and LEXICON.pattern("POSITIONS").search(text, now.start(), match.start())
        ):
            continue  # "A (PhD 2021) — postdoc with B at X": the job since, B hosts it
        names, _ = names_after(text[match.end() :].lstrip(" :"))
        if not names and match.group()[:2].lower() == "co":
            # "(M2, co-encadrée avec Malo)": a given name the page wrote in full before
            names = _names_or_given(page, text[match.end() :].lstrip(" :"))
        co_advisors.extend(n for n in names if n not in students)
        joint = joint or bool(names) and _JOINT_CUE.search(match.group()) is not None
        if (own := _bracketed_student(text, match.start(), students)) is not None:
            # "de A (2019–2022) et de B (depuis 2023, codirection avec C)": C co-advises B
            bracketed.update((n, own) for n in names if n not in students)
    if not co_advisors and block.kind is BlockKind.ITEM and page.owner is not None:
        # "Gemeinsam mit Prof. B betreue ich folgende Doktoranden:" over the list: B
        # co-advises every student listed below it.
        co_advisors.extend(n for n in _co_advisors_above(page, block) if n not in students)
    if context is Context.POSTDOC and len(students) == 1 and "D" in text:
        _postdoc_degree(page, students[0], text)
    if own_phd and len(students) == 1:
        _own_phd_under(page, Block(block.kind, text, block.level, block.section))
    first_line = text.split("\n")[0]
    if len(students) == 1 and (
        first_line.startswith(students[0]) or block.section and block.section[-1] == students[0]
    ):
        _status_school(page, students[0], first_line)

    def supervised(student: str, advisor: str, weight: float) -> None:
        page.add(
            student,
            ADVISOR[context],
            advisor,
            first_line,
            "supervision.student-list",
            weight,
            period,
        )

    if (
        len(students) == 1
        # (a lab's alumni cards, its head the advisor: "A" › "PhD student" › "now: X at Y";
        # a wiki's alumni table row, its own "Now at: Y" cell)
        and (page.owner is not None or now is not None and (card_name is not None or " | " in text))
        and (now or "ext" in text or " | " in text)
    ):
        if card_name is not None and card_name not in text:
            _card_now(page, card_name, text)
        else:
            _student_now(page, students[0], text, now)
    if advisors:
        # "(directeur : A, co-encadrement avec B)": the co-advisor named after the cue too.
        also = [co for co in co_advisors if co not in advisors]
        for student in students:
            for advisor in advisors + also:
                if bracketed.get(advisor, student) != student:
                    continue
                supervised(
                    student, advisor, confidence if advisor in advisors else confidence - 0.1
                )
        return
    # On a lab's team page without an owner, the lab head advises the students it lists (or
    # all its heads, where the page says so once for all).
    advisor = page.owner.name if page.owner is not None else lab_head(page.document)
    if advisor is None and page.owner is None and _default_heads(page):
        advisor = next(iter(_prose_heads(page)), None)
    if (
        page.owner is None
        and context is Context.OTHER
        and ("ngén" in text or "ngine" in text)
        and LEXICON.pattern("STAFF_ENGINEERS").search(
            _NOW_MARK.split(_name_and_role_lines(text), 1)[0]
        )
    ):
        return  # "A — Research Engineer" on a lab's people page: its staff, no advisee
    if advisor is None and joint and co_advisors:
        # "Responsable" › "A" … "Permanents" › "B", "C" … "Doctorants" › "D — co-encadrée
        # avec B": the co-advising's other half is the head the page names, not any of its
        # researchers.
        advisor = named_lab_head(page.document)
        if advisor in students or advisor in co_advisors:
            advisor = None
    if advisor is None:
        # "Post-doctorants" › "A (2020–2021, avec B)" on a lab's alumni page: nobody else
        # supervises, so the one the student worked "with" is the host.
        for student in students:
            for co in co_advisors:
                if co != student:
                    supervised(student, co, confidence - 0.2)
        return
    for student in students:
        if _is_owner(page, student) or compatible(student, advisor):
            continue
        for head in _default_heads(page) or [advisor]:
            if not compatible(student, head):
                supervised(student, head, confidence)
        for co in co_advisors:
            if not _is_owner(page, co) and co != student and bracketed.get(co, student) == student:
                supervised(student, co, confidence - 0.1)


def _bracketed_student(text: str, at: int, students: list[str]) -> str | None:
    """The student whose own bracket holds position ``at`` ("A (2019–2022) et de B (depuis
    2023, codirection avec C)": the cue at "codirection" is inside B's), "" when that
    bracket follows another person named after the student's own, None when ``at`` is
    in no bracket."""
    opened = text.rfind("(", 0, at)
    if opened < 0 or text.rfind(")", 0, at) > opened:
        return None
    before = {student: text.rfind(student, 0, opened) for student in students}
    nearest = max(before, key=before.get)
    if before[nearest] < 0:
        return None
    between = text[before[nearest] + len(nearest) : opened]
    return "" if _NEXT_NAMED.search(between) else nearest


# ") et de B " after a student's own bracket: another person, whose bracket follows.
_NEXT_NAMED = re.compile(r"\)\s*(?:[,;]|\bet\b|\band\b)\s+(?:de\s+|d['’]\s*)?[A-ZÀ-Þ]")


# "Next: Lecturer, University X" under a fellow's entry: where the person went after.
_NEXT_JOB_LABEL = re.compile(r"(?i)\bnext\s*:\s*")
# A table row's cell of the graduate's next job ("| First position: Lecturer, X").
_OUTCOME_LABEL = re.compile(
    r"(?i)(?<= \| )(?:first (?:position|job|placement|destination)|initial placement|placement|"
    r"current position|now|position after)\s*:\s*"
)
# Where what the student does now stops: the sentence's end, a line or a table cell.
_NOW_END = re.compile(r"\.(?:\s|$)|[;\n|]")
# "ingénieur chez Ventolis": a company only the French "chez" tells (no known word of an
# organisation's name).
_CHEZ_COMPANY = re.compile(r"\bchez\s+([A-ZÀ-Þ][\w&'’.-]*(?:\s+(?:&\s+)?[A-ZÀ-Þ][\w&'’.-]*){0,3})")
# "now at Quarrel Analytics)", "— now at Tern Robotics Ltd.": the place alone after "at".
_AT_COMPANY = re.compile(
    # ("now a hydrologist at Fennick Analytics": the post, then the company; a card's
    # "Now Chief Scientist at X", "now: Hydrologist at Y": the post's title in capitals)
    r"\s*(?P<post>an?\s+(?:[a-z][\w-]*\s+){1,3}|(?:[A-Z][a-z]+\s+){1,3})?at[:：]?\s+"
    r"(?P<company>[A-ZÀ-Þ][\w&'’-]*(?:\s+(?:&\s+)?[A-ZÀ-Þ][\w&'’-]*\.?){0,3})\s*[).]?\s*$"
)
STUDENT_NOW_CHARS = 120


_CAPITAL_BEFORE = re.compile(r"(?<![\w.])[A-ZÀ-Þ][\w'’-]*\s+$")


def _card_now(page: Page, name: str, text: str) -> None:
    """Where a card's person went ("A" › "PhD student" › "now: X at Y"): the card's lines
    under its name's heading, the name leading them."""
    carded = f"{name}\n{text}"
    _student_now(page, name, carded, _NOW_MARK.search(carded))


# "Institut X" after a research body's post: a lab the body runs (an "Institute" abroad
# may employ on its own)
_BODY_LAB = re.compile(r"Institut\s")


def _student_now(page: Page, student: str, text: str, now: re.Match[str] | None) -> None:
    """ "A (PhD 2020), now Assistant Professor at University X", "Next: Lecturer, Y",
    "Maintenant ingénieur chez Z": where the supervised student works since (not a place
    the student studies at: "now a PhD student at X")."""
    if student not in text:
        return  # ("Ivette V. (PhD 2020–2023)": a name the entry does not write in full)
    while (
        now is not None
        and (opened := text.rfind("(", 0, now.end())) > text.rfind(")", 0, now.end())
        # ("A (now at X)": a bracket that opens on its "now" says where the student went)
        and text[opened + 1 : now.start()].strip()
        # ("A (MSc 2023, now at X)": a clause of the bracket after its comma says it too)
        and not (now.group()[:1].isalpha() and text[opened : now.start()].rstrip().endswith(","))
    ):
        # "(University X → Y), thesis advisor. Now: Z": a move inside brackets (the
        # student's own schools), the job after it
        now = _NOW_MARK.search(text, now.end())
    if now is None:
        now = _NEXT_JOB_LABEL.search(text)
    if now is None and " | " in text:
        now = _OUTCOME_LABEL.search(text)
    if now is None:
        return
    # (a dashed job's match ends on the place's first letter: "— postdoc at C")
    start = now.end() - 1 if now.group()[-1:].isalpha() else now.end()
    rest = text[start : start + STUDENT_NOW_CHARS]
    end = _NOW_END.search(rest)
    rest = rest[: end.start()] if end else rest
    mentions = [
        m
        for m in find_organisations(rest, page.acronyms)
        if m.kind is OrgKind.INSTITUTION
        # ("at Cape Ostrelle University" read as "Ostrelle University": a name cut short)
        and not _CAPITAL_BEFORE.search(rest, 0, m.start)
    ]
    if not mentions and "chez" in rest and (company := _CHEZ_COMPANY.search(rest)):
        places = [company.group(1).rstrip(".")]
        before = rest[: company.start()]
    elif (
        not mentions
        and (company := _AT_COMPANY.match(rest, now.end() - start))
        and not reads_as_person(company.group("company"))
        # ("now a postdoc at Halstatt": one word after a post is a town as often as not)
        and (company.group("post") is None or " " in company.group("company"))
    ):
        # "(now at Quarrel Analytics)": a company named without a head word, all that the
        # student's "now at" says ("now a PhD student at X" studies there)
        places = [company.group("company")]
        before = rest[: company.start("company")]
    else:
        places = [m.name for m in mentions[:2]]
        before = rest[: mentions[0].start] if mentions else ""
    if not places or LEXICON.pattern("STUDIES").search(before):
        return  # ("now a PhD student at X": studies, not a post)
    body = known_acronyms().get(places[0], "")
    for index, place in enumerate(places):
        if compatible(place, student):
            continue
        # « Actuellement chargée de recherche CNRS à l'Institut X »: the research body
        # employs, the institute after it is the lab the former student belongs to
        lab = index and body and "niversit" not in body and _BODY_LAB.match(place)
        page.add(
            student,
            Relation.MEMBER_OF if lab else Relation.EMPLOYED_AT,
            place,
            text.strip(),
            "organisation.student-now",
            0.5,
            Period(),
        )


# "(PI: Prof. A; co-PI: B)": a grant's investigators by their label.
_PI_LABEL = re.compile(r"\b(?:co-?)?P\.?I\.?\s*[:：]\s*(?:(?:Prof(?:essor)?|Dr)\.?\s+)?$")
PI_LABEL_CHARS = 25


def _grant_pi(text: str, person: str) -> bool:
    """*person* is first written right after a grant's "PI:" label."""
    at = text.find(person)
    return at > 0 and _PI_LABEL.search(text, max(0, at - PI_LABEL_CHARS), at) is not None


_DOCTORAL_WORD = re.compile(r"(?i)\bph\.?\s?d\b|\bdoctora")


def _home_status_cell(told: str) -> tuple[int, int] | None:
    """The span of a "Home institution: PhD student, X" cell's value, up to the next cell."""
    for match in LEXICON.pattern("HOME_STATUS_LABELS").finditer(told):
        colon = told[match.end() : match.end() + 2].lstrip()
        if colon.startswith(":"):
            start = told.index(":", match.end()) + 1
            end = told.find(" | ", start)
            return start, len(told) if end < 0 else end
    return None


_HOME_ADVISOR = re.compile(r"(?i)\bhome\s+(?:institution\s+)?(?:supervisor|advisor|adviser)s?\b")
# "docteur 2023", "docteure (2021)", "docteur en 2019": a team's alumnus by the year of the
# doctorate (not "le jeune docteur part pour Uppsala": a person, no entry's kind).
_DOCTOR_IN_YEAR = re.compile(r"\b[Dd]octeure?\s*(?:\(\s*)?(?:en\s+)?(?:19|20)\d\d\b")


def _training_sentence(text: str, at: int) -> bool:
    """Whether the sentence of a paragraph around *at* names a degree, a post or a
    supervision ("her PhD with B", "a postdoc with C"); "she has worked with D on the
    surveys" names none: D is a colleague, no co-advisor."""
    sentence = next((s for o, s in reversed(sentences(text)) if o <= at), text)
    # ("I co-teach the graduate course with D": a course taught names no studies)
    studies = ("STUDIES",) if _TEACHING.search(sentence) is None else ()
    return any(
        LEXICON.pattern(name).search(sentence)
        for name in (*studies, "POSITIONS", "SUPERVISION_CUES")
    ) or any(p.search(sentence) for p in LEXICON.context_patterns.values())


# "teaches", "co-teach", "enseigne": a teacher's verb (a "co-" prefix allowed)
_TEACHING = re.compile(
    r"(?i)(?<!\w)(?:co-?)?(?:"
    + alternation([re.escape(w).replace(r"\ ", r"\s+") for w in LEXICON.TEACHING_VERBS])
    + r")(?![\w-])"
)


# "co-advised with", "co-encadrée avec", "jointly supervised with": a cue naming only the
# other half of a co-supervision (not a bare "with" / "avec").
_JOINT_CUE = re.compile(r"\b(?i:co-?|joint)\S*\s+(?:\S+\s+)?(?:with|avec)$")


# A degree held, written after a person's name like "Dr." before it.
_DEGREE_HELD = r"(?:[MB]\.?\s?(?:Sc|A|Eng|Ed)\.?|MPhil|MRes|Dipl\.-\w+\.?|Mag\.)"
# ... ending a heading after the name ("Promotie mw. A. Zandbergen MSc").
_ALUMNA_DEGREE = re.compile(r"\balumn(?:a|us|i|ae)\s*\(([^()\n]{2,30})\)")


def _held_degree_blanked(text: str) -> str:
    """*text* with each degree the person already holds blanked up to its clause's end
    ("après un master à X, elle prépare sa thèse"), or *text* itself when it tells none."""
    if not any(map(text.lower().__contains__, ("after", "hold", "après", "titulaire", "dipl"))):
        return text
    leads = list(LEXICON.pattern("HELD_DEGREE_LEADS").finditer(text))
    if not leads:
        return text
    out = text
    for lead in leads:
        end = _HELD_CLAUSE_END.search(text, lead.end())
        stop = end.start() if end else len(text)
        out = out[: lead.start()] + " " * (stop - lead.start()) + out[stop:]
    return out


_HELD_CLAUSE_END = re.compile(r"[,;.:\n)]|\s[–—-]\s")


def _held_degree_places(page: Page, student: str, text: str) -> None:
    """ "Titulaire d'un master de l'Université X (2023), il prépare sa thèse …", "Arrivée
    en 2022 après un master à l'Université Y": the student studied at the one institution
    the held degree's clause names, till the one year that clause writes (no stay told
    there: "après un postdoc à Z" is no degree)."""
    for lead in LEXICON.pattern("HELD_DEGREE_LEADS").finditer(text):
        end = _HELD_CLAUSE_END.search(text, lead.end())
        stop = end.start() if end else len(text)
        kinds = {kind for _, kind in contexts_in(text[lead.start() : stop])}
        places = [
            m
            for m in find_organisations(text[lead.end() : stop], page.acronyms)
            if m.kind is OrgKind.INSTITUTION
        ]
        if len(places) != 1 or not kinds & {Context.OTHER, Context.PHD} or len(kinds) > 1:
            continue
        opening = [m.end() for m in _HELD_CLAUSE_END.finditer(text, 0, lead.start())]
        told = text[opening[-1] if opening else 0 : stop + 1].strip()
        years = sorted(set(years_in(told)))
        page.add(
            student,
            Relation.STUDIED_AT,
            places[0].name,
            told,
            "organisation.student-held-degree",
            0.6,
            Period(None, years[0]) if len(years) == 1 else Period(),
        )


# "A (B.S., Tern College) — Ph.D. student": the bracket's degree is the student's own,
# from the school it names; the kind of supervision comes after it.
# A later line of an entry opening on another list's label ("MSc dissertations: …").
_LATER_LIST_LABEL = re.compile(
    r"\n(?:[A-Z][\w'’.-]*\s+){1,2}(?:dissertations|theses|projects|students)\b[^:\n]{0,30}:"
)
# "BSc 2009, MSc 2011, PhD 2015 (advisor B)": degrees with their years, then the one the
# bracket's advisor supervised.
_DEGREES_BEFORE_ADVISED = re.compile(
    r"(?<![\w.])((?:(?:B|M)\.?\s?(?:Sc|S|A|Eng|Ed|Tech|Phil|Res)\.?\s+(?:19|20)\d\d\s*,\s*)+)"
    r"(?=(?:Ph\.?\s?D|D\.?\s?Phil|Dr\.?\s?rer\.\s?\w+\.?)\.?\s+(?:19|20)\d\d\s*\(\s*"
    r"(?:co-?)?(?:advis|supervis|mentor|promot))"
)


# A work's title between quotes: « Titre », “Title”, "Title".
QUOTED_TITLE = re.compile(r'«[^«»]{10,300}»|“[^“”]{10,300}”|"[^"\n]{10,300}"')


def _blanked_span(text: str, span: tuple[int, int]) -> str:
    """*text* with *span* blanked to spaces (positions kept)."""
    return text[: span[0]] + " " * (span[1] - span[0]) + text[span[1] :]


# A graduate's card heading, "A (PhD 2014)": the degree and its year in the bracket.
_CARD_DEGREE = re.compile(
    r"\((Ph\.?\s?D|D\.?\s?Phil|doctorate|M\.?\s?Sc|M\.?\s?S|M\.?\s?A|MPhil|MRes)\.?,?\s+"
    r"(?:19|20)\d\d\s*\)$"
)
_EARLIER_DEGREE = re.compile(
    r"\((?P<degree>[MB]\.?\s?(?:Sc|S|A|Eng|Ed|Tech)\.?|MPhil|MRes)\s*,\s*[A-ZÀ-Þ][^()\n]{2,60}\)"
    r"(?=[^()]*\b(?:Ph\.?\s?D|doctoral|doctorate))"
)
_POST_NOMINAL_END = re.compile(
    rf"(?<=[a-zà-ÿ])\s*,?\s+{_DEGREE_HELD}\s*$"
    # ... or opening it before the name ("M.Sc. A", "Dipl.-Ing. B": a team page's card)
    # (or after an event's label: "Public defence in biology: M.Sc. A")
    rf"|(?:^|(?<=[:：]\s)){_DEGREE_HELD}\s+(?=[A-ZÀ-Þ][a-zà-ÿ])"
)
# ... after a student's name and a comma ("A, M.Sc. (seit 2021)", "B, MSc").
# ("A, M.Sc. | Thema: …": a table row's name cell ends at its bar)
# (a card's name field alone on its line: "A, M.Sc." over "Doctoral researcher, since 2021")
_POST_NOMINAL = re.compile(r"[^,(\n]{3,80}?,\s*(" + _DEGREE_HELD + r")(?=\s*[(,;|\n]|\s*$)")
# ... or written before the name: "M.Sc. A – topic (seit 2021)" under "Doktoranden".
_PRE_NOMINAL = re.compile(r"^\s*(" + _DEGREE_HELD + r")\s+(?=[A-ZÀ-Þ][a-zà-ÿ])")


# "Dr. A (2023–present). PhD, University X." in a postdocs list: the postdoc's own degree.
# ("PhD: University X, 2023" on a postdoc's card: the degree as a field)
_OWN_DEGREE = re.compile(
    # ("She completed her PhD in 2025 at X": the year before the place; "her PhD in applied
    # mathematics at Y": the field of one to four words)
    r"\b(?:Ph\.?\s?D\.?|DPhil|doctorate)"
    r"(?:\s+in\s+(?:(?:19|20)\d\d|[A-Za-z][a-z-]+(?:\s+(?:and\s+)?[A-Za-z][a-z-]+){0,3}))?"
    # ("PhD 2022, X", "PhD (2022), Y": a postdoc list's item dating the degree first)
    r"(?:\s+\(?(?:19|20)\d\d\)?(?=,))?"
    # ("Where did you do your PhD?  At the University of X, with B": an interview's
    # answer naming the place)
    r"\s*(?:,|:|from|at|\?(?:\s+At)?)\s+(?=[A-ZÀ-Þ]|the\s)"
)
# "arrives from X, where he earned his PhD in 2024": the place named before the degree.
_WHERE_DEGREE = re.compile(
    r",\s+where\s+(?:s?he|they)\s+(?:earned|obtained|completed|received|did|defended)\s+"
    r"(?:his|her|their)\s+(?:Ph\.?\s?D\.?|DPhil|doctorate)\b"
)


# A level of studies as a list's label: "Master 2", "M1", "Licence 3", "L3", "Bachelor".
_LEVEL_LABEL = re.compile(r"(?i)\s*(?:master|licence|bachelor|M|L)\s*\d?\s*:?\s*")
# A roster line led by the student's year of the course: "M2: A, B", "M1 - C".
_YEAR_OF_COURSE = re.compile(r"\W*M[12]\s*[:：–-]")
_YEAR_OF_COURSE_WORD = re.compile(r"\bM[12]\b")
_YEAR_OF_COURSE_BRACKET = re.compile(r"\(\s*M[12]\s*\)")
# A heading of supervisions still running: "Thèses en cours", "Current PhD students".
# A people page's heading over its guests ("Visiting researchers", "Visitors", "Guests").
# ("Project students (visiting)": a heading's bracket saying they come from elsewhere)
_VISITOR_HEADING = re.compile(
    r"(?i)\s*(?:visiting\b|visitors?\b|guests?\b)|.{0,60}\((?:visiting|visitors?|guests?)\)\s*$"
)
# (a visitor's entry that names the lab's host: "hosted by B", "working with B")
_HOSTED_VISIT = re.compile(r"(?i)\b(?:host(?:ed|s)?\b|supervis|advis|mentor|working\s+with)")
_ONGOING = re.compile(r"(?i)\b(?:en\s+cours|current(?:ly)?|ongoing|in\s+progress|actuel(?:le)?s)\b")
# A register's status cell of a thesis under way ("Status: Ongoing", "Statut : en cours",
# "(ongoing)"): the row's one year is the registration's.
_ONGOING_STATUS = re.compile(
    r"(?i)\b(?:status|statut)\s*[:：]\s*(?:ongoing|in\s+progress|pursuing|registered|en\s+cours)\b"
    r"|\(\s*ongoing\s*\)|,\s*ongoing\s*\)"
)


# A postdoc's own past doctorate told in a sentence: "She completed her PhD in 2025 at X",
# "where he earned his PhD", "Valentina obtained her doctorate at X".
_PAST_DOCTORATE = re.compile(
    # ("Where did you do your PhD?": an interview's question, the next line its answer)
    r"\b(?:completed|obtained|earned|received|did|do|defended|got|finished)\s+"
    r"(?:his|her|their|your)\s+"
    r"(?:Ph\.?\s?D\.?|DPhil|doctorate|doctoral\s+degree)(?![\w-])"
)


_WORK_WITH = re.compile(r"\b(?:will\s+)?work(?:s|ing)?\s+with\s+(?=(?:Prof|Dr)\.?\s|[A-ZÀ-Þ])")


def _earlier_degrees(text: str) -> list[tuple[int, int, int, int | None]]:
    """The spans (from the degree's words to the sentence's end) telling an earlier
    doctorate, each with the one year its sentence writes."""
    if not _PAST_DOCTORATE.search(text):
        return []
    spans = []
    for offset, sentence in sentences(text):
        degree = _PAST_DOCTORATE.search(sentence)
        if degree is not None:
            years = sorted(set(years_in(sentence)))
            end = offset + len(sentence)
            below = text.find("\n", end)
            if sentence.rstrip().endswith("?") and below >= 0:
                # the question's answer is the line below it (none when the question ends
                # the text)
                answer = text.find("\n", below + 1)
                end = len(text) if answer < 0 else answer
                years = sorted(set(years_in(text[offset:end])))
            year = years[0] if len(years) == 1 else None
            spans.append((offset, offset + degree.end(), end, year))
    return spans


def _in_earlier_degree(spans: list[tuple[int, int, int, int | None]], at: int) -> bool:
    return any(start <= at < end for _, start, end, _ in spans)


def _earlier_advisors(
    page: Page,
    student: str,
    text: str,
    cue: re.Match,
    spans: list[tuple[int, int, int, int | None]],
) -> bool:
    """Whether the cue *cue* falls in a sentence telling the postdoc's earlier doctorate (its
    names then advise that doctorate, added here)."""
    for told, start, end, year in spans:
        if start <= cue.start() < end:
            told_after = _CUE_TAIL.sub("", text[cue.end() : end])
            if copula := _COPULA.match(told_after):
                told_after = told_after[copula.end() :]  # "My advisor was Prof. B"
            names, _ = names_after(told_after)
            for name in names:
                if name != student and not compatible(student, name):
                    page.add(
                        student,
                        Relation.ADVISOR_PHD,
                        name,
                        text[told:end].strip(),
                        "supervision.postdoc-own-phd",
                        0.6,
                        Period(None, year),
                    )
            return True
    return False


def _postdoc_degree(page: Page, postdoc: str, text: str) -> None:

    degree = _OWN_DEGREE.search(text)
    if degree is None:
        if "where" in text and (where := _WHERE_DEGREE.search(text)) is not None:
            before = text[max(0, where.start() - 80) : where.start()]
            places = find_organisations(before, page.acronyms)
            if (
                places
                and places[-1].end >= len(before) - 2
                and places[-1].kind is OrgKind.INSTITUTION
                and is_strong_institution(places[-1].name)
            ):
                told = text[where.start() :].split(". ")[0]
                years = sorted(set(years_in(told)))
                page.add(
                    postdoc,
                    Relation.STUDIED_AT,
                    places[-1].name,
                    before[places[-1].start :] + told,
                    "supervision.postdoc-degree",
                    0.6,
                    Period(None, years[0]) if len(years) == 1 else Period(),
                )
        return
    places = find_organisations(text[degree.end() : degree.end() + 80], page.acronyms)
    if places and places[0].start <= 4 and places[0].kind is OrgKind.INSTITUTION:
        if is_strong_institution(places[0].name):
            # "PhD: University X, 2023": the one year on the degree's line is its end.
            line = text[degree.start() :].split("\n")[0]
            years = years_in(line) if "\n" in text else []
            if "\n" not in text and ". " in text:
                # "She completed her PhD in 2025 at X, …." in prose: its sentence's one year
                told = text[text.rfind(". ", 0, degree.start()) + 1 :].split(". ")[0]
                years = sorted(set(years_in(told)))
                years = years if len(years) == 1 else []
            page.add(
                postdoc,
                Relation.STUDIED_AT,
                places[0].name,
                line if years else text.split("\n")[0],
                "supervision.postdoc-degree",
                0.6,
                Period(None, years[0]) if len(years) == 1 else Period(),
            )


def _role_of(text: str) -> Relation | None:
    found = []
    spans = {}
    for relation, pattern in LEXICON.jury_role_patterns.items():
        match = pattern.search(text)
        if match:
            found.append((match.start(), Relation(relation)))
            spans[Relation(relation)] = match.span()
    if not found:
        return None
    # "membre" loses to a stated role ("membre rapporteur").
    specific = [f for f in found if f[1] is not Relation.JURY_MEMBER]
    member = spans.get(Relation.JURY_MEMBER)
    if member and specific:
        # ("comisión evaluadora": the role word inside a member's phrase states no role)
        specific = [
            f for f in specific if not member[0] <= spans[f[1]][0] < spans[f[1]][1] <= member[1]
        ]
    chair = spans.get(Relation.JURY_PRESIDENT)
    if chair and len(specific) > 1:
        # "(examinatrice, présidente)": the one who chairs is the president.
        _, role = min(specific)
        if role is not Relation.JURY_PRESIDENT and _ROLE_JOIN.fullmatch(
            text[spans[role][1] : chair[0]]
        ):
            return Relation.JURY_PRESIDENT
    return min(specific or found)[1]


_ROLE_JOIN = re.compile(r"(?i)\s*(?:,|/|et|and|&)\s*(?:(?:du|of\s+the)\s+jury\s*)?")


def _plural(text: str) -> bool:
    # ("secretaris", "thesis": a singular's own "-is", no plural; Polish "recenzenci")
    return bool(_PLURAL_END.search(text.strip(" )]")))


# ("Korreferent(en)", "Gutachter(innen)": a plural left open in brackets; Italian
# "revisori esterni", the plural noun before its plural adjective)
_PLURAL_END = re.compile(
    r"(?i)(?:(?<!i)s|es|rices|euses|eurs|enci|\((?:en|n|innen)|ori(?:\s+[a-zà-ÿ]{3,}i)?)"
    r"\s*\)?\s*$"
)


_NAMED = re.compile(r"\b[A-ZÀ-Þ][a-zà-ÿ]")  # a capitalised word: a name, not a rank's rest
_MEMBER_OPENING = re.compile(
    r"(?:and|et|&|ainsi\s+que)\s|(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Pr|Prof)\.?\s+[A-ZÀ-Þ]"
)


_NEXT_LABEL = re.compile(r"(?<=[)\w])\.\s+(?=[A-ZÀ-Þ][\w·-]{3,30}\s*[:：])")
# "Rapporteurs : A, B — Examinateurs : C": a dash before the next label opens its list.
_DASH_LABEL = re.compile(r"\s+[—–]\s+(?=[A-ZÀ-Þ][\w·-]{3,30}(?:\s+d[ue]\s+jury)?\s*[:：])")


# "Les rapporteurs, A et B, …", "L'examinatrice, C, …": an article before a role word that
# leads its members in apposition.
_LEADING_ARTICLE = re.compile(r"(?i)^\s*(?:les|le|la|l['’]|the)\s*(?=\w)")
_NEXT_ROLE_SENTENCE = re.compile(
    r"(?<=[)\w])\.\s+(?=(?:Les|Le|La|L['’]|The)\s*(?P<role>[\w·-]{4,30}),)"
)


def _role_sentence_break(match: re.Match[str]) -> str:
    return "; " if _role_alone(match.group("role")) is not None else match.group()


_BRACKET_OPEN = re.compile(r"\s\\?\[([^\[\]]*)")


def _before_bracket_tail(text: str) -> str:
    """The list before a bracketed tail ("A, B [pdf]", "\\[…"), a bracket holding a
    member's role ("A [rapporteur], B [examinatrice]", a notice's style) kept."""
    if "[" not in text:
        return text
    for match in _BRACKET_OPEN.finditer(text):
        if _role_of(match.group(1)) is None:
            return text[: match.start()]
    return text


def _role_alone(segment: str) -> Relation | None:
    """The role a segment is made of and nothing else ("secretaria", "vocal")."""
    role = _role_of(segment)
    if role is None or not LEXICON.jury_role_patterns[role.value].fullmatch(segment.strip()):
        return None
    return role


# "A (président) et B", "C (formand) og D": the lexicon's CONNECTORS ("and", "et", "und",
# "en", "y", "e", "og", "och", …) after a member's bracket, and between two names.
_AND_WORDS = "|".join(
    re.escape(w) for w in sorted({*LEXICON.CONNECTORS, "and", "et", "&"}, key=len, reverse=True)
)
_BRACKET_THEN_AND = re.compile(
    rf"\)\s+(?:{_AND_WORDS}|ainsi\s+que(?:\s+d[e'’])?|as\s+well\s+as)\s+"
)
# (a one-letter "and" that is also a name's particle — Catalan "i", Spanish "y" — splits only
# before a second name of two words: "Pau Vilaseca i Puig" is one member)
_LETTER_ANDS = sorted({w for w in LEXICON.CONNECTORS if len(w) == 1 and w in PARTICLES})
_AND_SPLIT = re.compile(
    r"\s+(?:"
    + "|".join(
        re.escape(w)
        for w in sorted({*LEXICON.CONNECTORS, "and", "et", "&"} - {*_LETTER_ANDS}, key=len)[::-1]
    )
    + r")\s+"
    + (
        rf"|\s+(?:{'|'.join(_LETTER_ANDS)})\s+(?=[A-ZÀ-Þ][\w'’.-]*\s+[A-ZÀ-Þ])"
        if _LETTER_ANDS
        else ""
    )
)
_AND_PARTICIPLE = re.compile(r"\),\s+(?:and|et)\s+(?=[a-zà-ÿ]+\s+(?:par|by)\s)")


# ", y por el profesor B", ", e ainda pelos vogais C", "estuvo formado además por la
# doctora A": the Spanish and Portuguese "by" that opens a jury list's next member.
_ROMANCE_BY = re.compile(
    r"(?i)(?:^|,)\s*(?:(?:y|e)\s+)?(?:ainda\s+|además\s+|también\s+)?"
    r"(?:(?:estuvo|fue|é|foi|está)\s+)?(?:(?:formad|compuest|integrad|constituíd|compost)[oa]\s+)?"
    r"(?:además\s+|ainda\s+|también\s+)?(?:por\s+(?:el|la|los|las)|pel[oa]s?)\s+"
)
_WITH_MEMBERS_AS = re.compile(
    r"(?:(?<=,)|(?<=^))\s*with\s+(?P<names>[^,;()]+?)\s+as\s+(?P<role>[^\W\d_]+)(?=\s*[.;]?\s*$)"
)


def _with_members_as(match: re.Match[str]) -> str:
    if _role_of(match["role"]) is None:
        return match.group()
    return f" {match['names']} ({match['role']})"


# "…, and C from the University of X as external examiner": the role after the list's last
# name (and that name's place) is that name's own, read as "C (external examiner)".
_LAST_AS_ROLE = re.compile(
    r"(?:\s+(?:from|of|at)\s+[^,;()]+?)?\s+as\s+(?:an?\s+|the\s+)?(?P<role>[^\W\d_][^,;.()]{2,40}?)"
    r"(?=\s*(?:[.,;]|$))"
)


def _last_as_role(match: re.Match[str]) -> str:
    if _role_of(match["role"]) is None:
        return match.group()
    return f" ({match['role']})"


_SAT_AS = re.compile(
    r"\s+(?:y\s+)?(?:(?:a|ont)\s+(?:participé|siégé)|participait|participaient|siégeait|"
    r"siégeaient)"
    # ("et C (Univ. Z) participait en tant qu'examinateur": the jury word left unsaid;
    # "et D y siégeait comme examinatrice")
    r"(?:\s+(?:au|à\s+ce)\s+jury)?\s+(?=en\s+(?:qualité|tant)\b|comme\s)"
)
# "et c'est C qui présidait le jury", "it was C who chaired it": the cleft's member, then
# the relative clause that gives the role (read as "C, qui présidait le jury")
_CLEFT = re.compile(
    r"(?i)\b(?:c['’]est|c['’]était|it\s+was)\s+(?=[A-ZÀ-Þ])([^,;()]{3,60}?)\s+(qui|who)\s+"
)
_BRACKET_STOP = re.compile(r"\)\.\s+(?=[A-ZÀ-Þ][a-zà-ÿ]+[\s-]+[A-ZÀ-Þ])")


_NAMES_ONLY_SPLIT = re.compile(r"\s*,\s*(?:(?:and|et)\s+)?|\s+(?:and|et)\s+")


# A US doctorate's "Dissertation chair: B" label: the committee's chair is the advisor
# (the committee's members come on a label of their own).
_DISSERTATION_CHAIR = re.compile(
    r"(?i)\W*(?:dissertation|doctoral)\s+(?:co-?)?chair(?:person)?\s*[:：]"
)


def jury_members(text: str) -> list[tuple[str, Relation]]:
    """Members and roles of one jury list ("A (President), B and C (reviewers), D - Univ")."""
    if "(" in text and "." in text:
        text = called_name(text)  # "prof. dr. W.M. (Wiebke) S": the name one is called by
    if " for " in text or " pour " in text:
        # "Thanks to jury members A and B for the sharp questions": the thanks' purpose
        # ends a list made of names alone (not "A d'avoir présidé et B pour …")
        purpose = LEXICON.pattern("THANKS_PURPOSES").search(text)
        if purpose and all(
            name_from_piece(piece) for piece in _NAMES_ONLY_SPLIT.split(text[: purpose.start()])
        ):
            text = text[: purpose.start()]
    # "A (reviewer) and B (examiner)": each name with its own role is its own segment.
    # "A (présidente), B (rapporteurs) ainsi que de C (examinateur)": "as well as" too.
    text = _BRACKET_THEN_AND.sub("), ", text)
    if " por " in text or " pel" in text:
        # "estuvo formado además por la doctora A (X), que actuó como secretaria, y por el
        # profesor B (Y), como vocal", "pelos arguentes C e D, e ainda pelos vogais E": each
        # "by" opens the next member (or role word) of the list
        text = _ROMANCE_BY.sub(", ", text).lstrip(", ")
    if "qui " in text or " who " in text:
        text = _CLEFT.sub(r"\1, \2 ", text)
    if " jury en " in text or " en tant qu" in text or " en qualité d" in text or " comme " in text:
        # "C (Univ. Z) a participé au jury en qualité d'examinatrice": the role of C.
        text = _SAT_AS.sub(", ", text)
    if " as " in text and "with " in text:
        # "chaired by A, with B and C as members": the names "with" opens, then their role
        # word, read as "B and C (members)".
        text = _WITH_MEMBERS_AS.sub(_with_members_as, text)
    if " as " in text:
        text = _LAST_AS_ROLE.sub(_last_as_role, text)
    if "), " in text:
        # "…, C (examinatrice), et présidé par D": the last member a participle introduces
        # is one of its own, not part of C's segment.
        text = _AND_PARTICIPLE.sub("), ", text)
    if ". " in text:
        # "Rapporteurs : A (X), B (Y). Examinateur : C": each label opens its own list.
        text = _NEXT_LABEL.sub("; ", text)
        # "… présidé par A (Univ. X). B (Y) et C (Z) en étaient les rapporteurs": a member's
        # bracket ends its sentence, the next names open another segment.
        text = _BRACKET_STOP.sub("); ", text)
    if " — " in text or " – " in text:
        text = _DASH_LABEL.sub("; ", text)
    if ". " in text and "," in text:
        # "… le manuscrit. L'examinatrice, C, m'a …": a sentence a role word opens, its
        # member in apposition, is a list's next segment.
        text = _NEXT_ROLE_SENTENCE.sub(_role_sentence_break, text)
    if ";" in text and (inverted := inverted_names(text)):
        # "Declercq, Marc (Président) ; Hubert, Anne-Sophie": names turned round.
        text = "; ".join(f"{name} {rest}".strip() for name, rest in inverted)
    if "xternal)" in text or "nternal)" in text:
        # "Her committee: A (external), B": the external examiner; "Examined by A
        # (external) and B (internal)": the internal one, a UK or Canadian viva's examiner.
        text = re.sub(r"(?i)\(\s*(ex|in)ternal\s*\)", r"(\1ternal examiner)", text)
    # (a segment's bracket is asked for its role three times: each text is read once)
    roles: dict[str, Relation | None] = {}

    def role_of(segment: str) -> Relation | None:
        if segment not in roles:
            roles[segment] = _role_of(segment)
        return roles[segment]

    members: list[tuple[str, Relation | None]] = []
    header: Relation | None = None
    pending_from = 0
    header_from = 0  # "A (chair), B, C; external examiner: D": the first label's members
    # "A (University of X, external examiner)": a comma inside brackets does not split.
    parts = re.split(r"\s*([;\n]|,(?![^()]*\)))\s*", text)
    positioned = False  # "M. A, Professeur, IMT X, Rapporteur": after the rank, the place
    carried: Relation | None = None  # "des rapporteurs A (X), B (Y), de l'examinateur C"
    leading: Relation | None = None  # "presidente, Dr. A; vocal, Dr. B": the role first
    for at, segment in enumerate(parts):
        if at % 2:
            positioned = positioned and segment == ","
            continue
        if not segment.strip():
            continue
        if (
            at + 1 < len(parts)
            and parts[at + 1] == ","
            and (at == 0 or parts[at - 1] in (";", "\n"))
            and (alone := _role_alone(_LEADING_ARTICLE.sub("", segment, count=1))) is not None
        ):
            leading = alone  # the role word alone before its member's comma
            continue
        if positioned and _MEMBER_OPENING.match(segment):
            positioned = False  # "…, et Mme B, …": the next member
        if segment[:1] in "ae":
            # "…, ainsi que C en qualité d'examinateur": the next member, after its link.
            segment = _AS_WELL_AS.sub("", segment)
        if positioned and role_of(segment) is None:
            continue  # the member's institution ("IMT Lorraine"), not a person
        rank = (
            LEXICON.pattern("POSITIONS").match(segment) if members and len(segment) < 60 else None
        )
        if rank and not _NAMED.search(segment, rank.end()):
            positioned = True
            if role_of(segment) is None:
                continue
        label = _label(segment)
        if label and role_of(label.group(1)) and _role_label(label.group(1)):
            if header is not None:
                # "Rapporteurs : A, B; Examinateur : C": the previous label's members
                for index in range(pending_from, len(members)):
                    if members[index][1] is None:
                        members[index] = (members[index][0], header)
            if header is None:
                header_from = len(members)
            header = role_of(label.group(1))
            # "Président : A | Professeur, Univ. X" (a table row): the name's cell only.
            segment = re.split(r"\s\|\s|[:：]\s", label.group(2), maxsplit=1)[0]
            pending_from = len(members)
        elif label and members and role_of(label.group(1)) is None:
            # "…; also on the committee: C (president)", "— Directeurs : D, E": a label
            # saying no role closes the previous label's list; its names follow it.
            if header is not None and not name_from_piece(label.group(1)):
                for index in range(pending_from, len(members)):
                    if members[index][1] is None:
                        members[index] = (members[index][0], header)
                header = None
                pending_from = len(members)
            if not name_from_piece(label.group(1)):
                segment = label.group(2)
        core = re.split(r"\s+[–—-]\s+", segment)[0]
        if re.search(r"[(\[]", core) and role_of(" ".join(re.findall(r"[(\[]([^()\[\]]*)", core))):
            core = re.split(r"[(\[]", core)[0]
        bracketed = " ".join(re.findall(r"[(\[]([^()\[\]]*)[)\]]", segment))
        tail = segment[len(core) :] if len(core) < len(segment) else ""
        # "A (UFSD) – Presidente": the bracket holds a place, the role follows the dash.
        roles_text = bracketed if bracketed and (not tail or role_of(bracketed)) else tail
        role = role_of(roles_text) if roles_text else None
        bare = PARENS.sub("", core)
        if role is None:
            role_inline = role_of(bare)
            if role_inline is not None:
                role = role_inline
                bare = re.sub(r"(?i)\b(?:membre|member|invited|invité|invitée)\b", "", bare)
                spoken = LEXICON.jury_role_patterns[role_inline.value].search(bare)
                if spoken and not roles_text:
                    # "A et B, qui avaient accepté d'en être les rapporteurs": the role
                    # word's own ending says whether it is the last name's or the list's.
                    roles_text = _ROLE_WORD_END.match(bare, spoken.start()).group().rstrip(".,;")
                if (
                    spoken
                    and (
                        spoken.start() < 3
                        or _ROLE_ARTICLE.fullmatch(bare[: spoken.start()])
                        # "…; viva chaired by X", "jury présidé par X": the body, then its chair
                        or _CHAIRED_BODY.fullmatch(bare[: spoken.start()])
                    )
                ):
                    # "chaired by X", "présidé par X", "de l'examinatrice X", "des
                    # rapporteur·rices X et Y": the role word leads the names.
                    roles_text = _ROLE_WORD_END.match(bare, spoken.start()).group()
                    # ("les rapporteurs en étaient A et B": the copula before the names)
                    bare = _LEADING_BY.sub("", bare[spoken.end() :])
                    bare = _INCLUSIVE_TAIL.sub("", bare)
                    # (a plural role word alone, after the names it closes — "A et B,
                    # rapporteurs, ainsi que C, examinateur" — leads no names after it)
                    carried = role if _plural(roles_text) and bare.strip() else None
        elif role is not None:
            carried = None
        if role is None and carried is not None and name_from_piece(bare):
            role = carried  # the next name of a list a plural role word led
        if leading is not None:
            role, leading = role or leading, None
        if positioned:
            # "M. A, Ingénieur, Port de X - Co-encadrant": after the member's rank, the
            # place before the role is the member's, no other member
            bare = ""
        names = []
        for piece in _AND_SPLIT.split(bare):
            name = name_from_piece(piece)
            if name:
                names.append(name)
        if names:
            members.extend((n, None if role is None else role) for n in names)
            if role is Relation.JURY_PRESIDENT and bracketed and "," in bracketed:
                # "C (examinatrice, présidente du jury)": the chair sat as examiner too
                seat = _role_of(bracketed.split(",", 1)[0])
                if seat in (Relation.JURY_EXAMINER, Relation.JURY_REVIEWER):
                    members.append((names[-1], seat))
            if role is not None and len(names) > 1 and roles_text and not _plural(roles_text):
                # "Examinateurs : A et B (président)": a singular role is the last name's.
                for index in range(len(members) - len(names), len(members) - 1):
                    members[index] = (members[index][0], None)
            if role is not None and _plural(roles_text):
                for index in range(pending_from, len(members)):
                    if members[index][1] is None:
                        members[index] = (members[index][0], role)
            if role is not None:
                pending_from = len(members)
        elif role is Relation.JURY_PRESIDENT and members and members[-1][1] is not None:
            # "A (Univ. X), examinatrice, présidente du jury": the chair's second role (a
            # reviewer's seat, "– rapportrice, présidente", kept beside it: the report
            # written stands whoever chairs).
            if members[-1][1] is Relation.JURY_REVIEWER:
                members.append((members[-1][0], role))
            else:
                members[-1] = (members[-1][0], role)
            pending_from = len(members)
        elif role is not None and members:
            # "Jane Doe, Univ. X (reviewer)": the role follows the affiliation.
            for index in range(
                pending_from if _plural(roles_text) else len(members) - 1, len(members)
            ):
                if members[index][1] is None:
                    members[index] = (members[index][0], role)
            pending_from = len(members)
    return [
        (name, role or (header if at >= header_from else None) or Relation.JURY_MEMBER)
        for at, (name, role) in enumerate(members)
    ]


# (case-sensitive past the link: "ainsi que Denis A" keeps the "De" of "Denis")
_AS_WELL_AS = re.compile(
    r"(?i)^(?:ainsi\s+que|as\s+well\s+as|et|and)\s+(?:d(?:e\s+|['’]\s*))?(?=(?-i:[A-ZÀ-Þ]))"
)
# "de l'examinatrice A", "et des rapporteurs B et C": an article before a leading role.
_ROLE_ARTICLE = re.compile(
    r"(?i)\s*(?:(?:et|and|ainsi\s+que)\s+)?(?:de\s+l['’]|de\s+la\s+|du\s+|des\s+|d['’]|"
    r"l['’]|la\s+|le\s+|les\s+|the\s+)\s*"
)
_LEADING_BY = re.compile(r"^\s*(?:by|par|(?:en\s+)?(?:étaient|était|furent|fut|sont))\s+")
_ROLE_WORD_END = re.compile(r"[^\s(]+")  # the role word with its inclusive ending
_CHAIRED_BODY = re.compile(
    r"(?i)\s*(?:the\s+|le\s+|la\s+)?(?:viva|defen[cs]e|jury|committee|examination|panel|"
    r"soutenance)\s+"
)
_INCLUSIVE_TAIL = re.compile(r"^(?:[·•‧⋅.-]?[a-zà-ÿ]{1,5}){1,2}(?=\s)")  # "·rices" after it


def _guarded_jury_item(block: Block) -> bool:
    """ "Evaluation committee" › "First opponent: A": a heading that is no thesis jury only
    by default (a guarded NOT_JURY phrase) still holds the items a jury role labels."""
    if block.section[-1].strip(" :：").lower() not in LEXICON.guarded("NOT_JURY"):
        return False
    label = _label(block.text)
    return label is not None and _role_of(label.group(1)) is not None


def _role_label(label: str) -> bool:
    """A label that says a role, not a person: "Internal Member" reads like a name, but a
    label ending on its role word ("Internal-External Member:") is the role's label."""
    if not name_from_piece(label):
        return True
    role = _role_of(label)
    spoken = LEXICON.jury_role_patterns[role.value].search(label) if role else None
    return spoken is not None and not label[spoken.end() :].strip()


_LABEL_QUALIFIER = re.compile(r"^\s*\([^()]{1,30}\)")

# Referees and reviewers judge papers, books and grants too: without a thesis in sight they
# are no jury.
# (not the Swiss "Korreferent", "Koreferentin", "Ko-Referent": a thesis's co-examiner)
_PAPER_REVIEW = re.compile(r"(?i)(?<!kor)(?<!ko)(?<!ko-)refer|review")
# A jury cue that names any body at all: a jury only where a thesis is spoken of.
_BARE_BODIES = frozenset(("committee", "committees"))
_COLON = re.compile(r"[:：]")


_HEADING_JOIN = re.compile(r"(?i),|\s(?:et|and|&|/)\s")
# "… soutenue le 12 décembre 2019 devant un jury présidé par A" under a prize's headline
# ("Prix de thèse 2020 : B récompensé"): the laureate's own defence, told in the news.
_BEFORE_JURY = re.compile(
    r"(?i)\b(?:soutenue?|défendue?|defended)\b[^.;]{0,60}?\b(?:devant|before)\s+(?:un|le|a|the)\s+"
    r"(?:jury|committee|board)\b"
)


# "A a été rapportrice de la thèse de B", "A chaired the thesis committee of B": a named
# member's verb, right after the name that opens the sentence (a team report, a lab's news).
_MEMBER_VERB = re.compile(
    r"(?:\s+\([^()]{0,80}\))?,?\s+(?:a\s+(?:été|présidé|rapporté|examiné|siégé)|était|fut|"
    r"was|has\s+been|served|chaired|sat|acted)\b"
)
MEMBER_NAME_CHARS = 60  # how far into a sentence its subject's name may run
# Every match of _MEMBER_VERB writes one of these.
_MEMBER_VERB_WORDS = (
    " a été", " a présidé", " a rapporté", " a examiné", " a siégé", "était", " fut",
    " was", " has been", " served", " chaired", " sat", " acted",
)  # fmt: skip


def _named_member_service(page: Page, block: Block) -> bool:
    """Juries a named third person sat on, stated in that person's own sentence: the
    candidate has that person in the role the sentence states (True when one was read)."""
    if not page.holds_word(block, SERVICE, SERVICE_WORDS) or not any(
        map(block.text.__contains__, _MEMBER_VERB_WORDS)
    ):
        return False
    found = False
    for _, sentence in sentences(block.text) if "." in block.text else [(0, block.text)]:
        verb = _MEMBER_VERB.search(sentence, 0, MEMBER_NAME_CHARS + 20)
        if verb is None or verb.start() > MEMBER_NAME_CHARS:
            continue
        service = SERVICE.search(sentence, verb.end())
        subject = sentence[: verb.start()]
        if service is None or not _NOT_A_SUBJECT.isdisjoint(subject.lower().split()):
            continue  # "Yesterday I chaired the thesis committee of A": the owner's own
        member = name_from_piece(subject)
        if member is None or _is_owner(page, member):
            continue
        role = _role_of(sentence[verb.start() : service.start()])
        if role is None or LEXICON.pattern("NOT_JURY").search(sentence):
            continue
        candidates = names_after(sentence[service.end() :])[0][:1]
        if not candidates:
            continue
        period = parse_period(sentence[service.end() :]).as_point()
        if not period.single and period.end:
            period = Period(period.end, period.end)
        page.add(candidates[0], role, member, sentence.strip(), "jury.named-member", 0.7, period)
        found = True
    return found


def _announces_owner(page: Page) -> bool:
    """The page's headline announces its owner's own defence ("Soutenance de thèse de Mme
    A", "Dissertation Defense: B"): its jury lines and its other defences (a sidebar's
    "Soutenances passées") tell no jury the owner sat on (read once per page)."""
    meta = page.document.meta
    announced = meta.get("announced_candidate")
    if announced is None:
        # (the headline's candidate, read once; the owner may change block by block: a
        # "Read also" teaser speaks for its own person)
        announced = meta["announced_candidate"] = next(
            (
                named
                for line in (meta.get("h1"), page.document.title)
                if isinstance(line, str)
                and len(line) < 200
                and (named := announced_candidate(line.split(" | ")[0])) is not None
            ),
            "",
        )
    return bool(announced) and page.owner is not None and compatible(announced, page.owner.name)


_JURY_RECORD_FIELD = re.compile(r"(?m)^[ \t]*([^\W\d][^:\n]{1,40}?)[ \t]*[:：][ \t]*(\S[^\n]*)$")


_NUMERIC_DATE = re.compile(r"((?:19|20)\d\d)[/.-]\d\d(?:[/.-]\d\d)?\b")


def _labelled_jury_record(page: Page, block: Block) -> bool:
    """A jury section's record, one labelled field a line ("Sustentante: A" / "Cargo en el
    jurado: Presidenta" / "Fecha del examen: 2022", a CVU's or a CvLAC's): the owner sat
    on the labelled candidate's jury, in the role its role field names (else a member)."""
    text = block.text.replace(" | ", "\n") if " | " in block.text else block.text
    if "\n" not in text or ":" not in text:
        return False
    field = _STUDENT_FIELD.search(text)
    if field is None:
        return False
    # ("A — Universidade X, Portugal": the candidate, then the institution of the degree)
    if (student := name_from_piece(field.group("name").split(" — ")[0])) is None:
        return False
    if _is_owner(page, student):
        return True
    role = Relation.JURY_MEMBER
    roles = LEXICON.pattern("ROLE_LABELS")
    for label in _JURY_RECORD_FIELD.finditer(text):
        if roles.search(label.group(1)):
            role = _role_of(label.group(2)) or role
            break
    period = block_period(block)
    below = page.next_block(block)
    if not years_in(block.text) and below is not None and len(below.text) <= 12:
        period = parse_period(below.text)  # ", 2020": the record's date set below it
    elif not period.end and len(years := set(years_in(block.text))) == 1:
        period = Period(years.pop(), None)  # "Fecha del examen: 2021" (a bare year field)
    end = period.end or period.start
    if not end and (dated := _NUMERIC_DATE.search(text)):
        end = int(dated.group(1))  # "2023/02/10": a printed date, year first
    point = Period(end, end) if end else Period()
    evidence = field.group(0).strip()
    page.add(student, role, page.owner.name, evidence, "jury.labelled-record", 0.7, point)
    return True


# "… vid disputation", "… i betygsnämnd", "… at a PhD defence": a role label that places
# its holder at a defence (or on its committee), whose candidate the item then names.
_AT_DEFENCE = re.compile(
    r"(?i)\b(?:vid|på|i|ved|at|in)\s+(?:(?:a|the|ph\.?\s?d\.?|doctoral)\s+)*"
    r"(?:disputation|betygsnämnd|defen[cs]e|disputas|bedømmelsesudvalg|bedømmelseskomit)\w*$"
)


# "A (Universiteit X, 2022)", "A, Univ. Y, 2019": the candidate's defence, its place and year.
_CANDIDATE_DEFENCE = re.compile(r"\s*(?:\(|,)[^()\n]{2,80}?\b(?:19|20)\d\d\b\)?\s*[.;]?\s*$")


def _owner_service_label(page: Page, block: Block) -> bool:
    """Whether the item opens on a short label naming the owner's role at a defence
    ("Opponent vid disputation:", "Ledamot i betygsnämnd:"), then a candidate's name."""
    text = block.text
    if "\n" in text or ":" not in text[:50] or page.owner.how in _ONE_CANDIDATE_OWNERS:
        return False
    label = _ROLE_LABEL.match(text)
    if label is None or len(label.group(1).split()) > 5:
        return False
    words = label.group(1).strip()
    candidate = name_at_start(text[label.end() - 1 :])
    if candidate is None or _role_of(words) is None:
        return False
    if _AT_DEFENCE.search(words) is not None:
        return True
    kind = page.kind(block)
    at = text.find(candidate, label.end() - 1)
    return (
        kind in (SectionKind.SERVICE, SectionKind.JURY)
        and not words.endswith(("s", "S"))
        and at >= 0
        and (
            # "Service" › "Thesis examiner: A (PhD, University X, 2024)": one role (no
            # plural list of the owner's own jury), a candidate named with the degree
            (kind is SectionKind.SERVICE and _CANDIDATE_DEGREE.match(text, at + len(candidate)))
            # "Lid leescommissie: A (Universiteit X, 2022)", "Membre du jury de thèse : B
            # (Université Y, 2020)": the owner's membership as the label, one candidate
            # dated by the defence's place and year
            or _CANDIDATE_DEFENCE.match(text, at + len(candidate)) is not None
        )
    )


def _owner_service_lines(page: Page, block: Block) -> bool:
    """A text dump's lines each read as an item with the owner's role as its label
    ("Membre du jury de thèse : A (Univ. X, 2020)" / "Rapporteure : B (Univ. Y, 2022)")."""
    if "\n" not in block.text or ":" not in block.text:
        return False
    items = [Block(BlockKind.ITEM, line, block.level, block.section) for line in block.lines]
    if not all(_owner_service_label(page, item) for item in items):
        return False
    for item in items:
        _jury_service(page, item)
    return True


# A defence's venue, labelled: "Adresse de la soutenance :", "Lieu :", "Venue:"
_VENUE_LABEL = re.compile(
    r"(?i)\s*(?:adresse|lieu|salle|address|venue|location)\b[^:：\n]{0,30}[:：]"
)


# "Membre de jurys de thèse : ": a one-line label before the candidates it heads.
_INLINE_LABEL = re.compile(r"^\s*([^:：\n()]{4,60}?)\s*[:：]\s*(?=[A-ZÀ-Þ])")
# A paragraph's opening label, whatever follows it ("Participation à des jurys : …").
_SERVED_LABEL = re.compile(r"^\s*([^:：\n()]{4,60}?)\s*[:：]\s*")


def _card_candidate(block: Block) -> str | None:
    """A theses page's card, its heading the candidate's bare name ("A" › "Thèse CIFRE …,
    soutenue le 12 décembre 2023" › "Jury : B, C"): the heading's person."""
    heading = block.section[-1] if block.section else ""
    name = name_from_piece(heading) if _BARE_NAME.fullmatch(heading) else None
    return name if name == heading else None


def _post_jury_label(page: Page, block: Block) -> bool:
    """A news page of many posts, no one's own: "A successfully defended his dissertation
    … on December 3, 2025." then "Committee members: B, C and D." — the jury of the
    candidate the post's paragraph just above announced, in the year it told."""
    label = _SERVED_LABEL.match(block.text)
    if label is None or not LEXICON.pattern("JURY_CUES").fullmatch(label.group(1)):
        return False
    index = page.index(block)
    if not index or page.document.blocks[index] is not block:
        return False
    # (the post's paragraphs above, nearest first: a long one may come in two blocks)
    for above in page.document.blocks[max(0, index - 3) : index][::-1]:
        if above.kind is not BlockKind.PARAGRAPH or above.section != block.section:
            return False
        if any(map(above.text.__contains__, _DEFENCE_WORDS)):
            break
    else:
        return False
    defence = _OTHERS_DEFENCE.search(above.text)
    candidate = name_from_piece(defence.group("name")) if defence else _card_candidate(block)
    if candidate is None or find_organisations(candidate):
        return False
    members = jury_members(block.text[label.end() :])
    years = years_in(above.text)
    period = Period(max(years), max(years)) if years else Period()
    for name, relation in members:
        if name != candidate:
            page.add(candidate, relation, name, block.text, "jury.list", 0.7, period)
    return bool(members)


def _inline_jury_heading(block: Block) -> tuple[str, list[str]] | None:
    """(label, pieces) when a one-line item opens on a label of juries served on and lists
    two or more candidates after it, each a bare name and its bracket; else None."""
    if block.kind is BlockKind.HEADING or "\n" in block.text or "), " not in block.text:
        return None
    label = _INLINE_LABEL.match(block.text)
    if label is None or not _SERVED_JURIES.search(label.group(1)):
        return None
    if heading_kind(label.group(1)) is not SectionKind.JURY or LEXICON.pattern("NOT_JURY").search(
        label.group(1)
    ):
        return None  # "Comités de sélection : …", "Jury du prix : …": no thesis jury
    pieces = _top_level_pieces(block.text[label.end() :].rstrip(" ."))
    if len(pieces) < 2 or not all(
        "(" in piece
        and piece.endswith(")")
        and _BARE_NAME.fullmatch(piece[: piece.index("(")].strip())
        and name_at_start(piece)
        for piece in pieces
    ):
        return None
    return label.group(1), pieces


RECORD_ROLE_LABEL_CHARS = 24  # "Presidente:", "Secretaria del tribunal:"


def _record_role_line(page: Page, block: Block) -> bool:
    """A record's "Doctoranda: A" over "Tribunal" › "Presidente: B": B's role on the jury
    of the record's own candidate, no jury the owner sat on (a PDF's record author is a
    cover's guess: its CV's juries stay served)."""
    if page.owner is None or page.owner.how != "thesis-record":
        return False
    colon = block.text.find(":", 0, RECORD_ROLE_LABEL_CHARS)
    return (
        colon > 1
        and page.document.format is not DocumentFormat.PDF
        and _role_of(block.text[:colon]) is not None
    )


def _other_defence_item(block: Block) -> bool:
    """ "More defences" › "14 March: Disputation: A" (a calendar's sidebar): another
    defence's headline, its candidate no member of the page's jury."""
    return (
        block.kind is BlockKind.ITEM
        and bool(block.section)
        and LEXICON.pattern("DEFENCE_LISTS").search(block.section[-1]) is not None
        and (headline := LEXICON.pattern("DEFENCE_HEADLINES").search(block.text)) is not None
        and block.text[headline.end() :].lstrip()[:1] in (":", "：")
    )


def jury(page: Page, block: Block) -> None:
    """The owner's own thesis (or HDR) jury, and juries the owner sat on."""
    if page.offer:
        return
    if block.kind is BlockKind.ITEM and " | " in block.text and _candidate_row(page, block):
        return
    if page.owner is None:
        if block.kind is BlockKind.PARAGRAPH and ":" in block.text[:40]:
            if _post_jury_label(page, block):
                return
        if block.kind is not BlockKind.HEADING and page.kind(block) not in QUIET:
            _named_member_service(page, block)
        return
    if block.kind is BlockKind.ITEM and (read := page.document.meta.get("jury_items_read")):
        if block.text.replace("\n", ", ") in read:
            return  # read with the role label above it
    served = not _announces_owner(page)  # (a candidate's own defence: no service)
    if served and block.kind is BlockKind.ITEM and _owner_service_label(page, block):
        # "Opponent vid disputation: A, Univ. X, 2022", "Ledamot i betygsnämnd: B, 2020":
        # the owner's part at a defence as the item's label, then its candidate.
        _jury_service(page, block)
        return
    if served and block.kind is not BlockKind.HEADING and _owner_service_lines(page, block):
        return
    if (
        served
        and block.kind is not BlockKind.HEADING
        and ("\n" in block.text or " | " in block.text)
        and _own_kind(page, block) is SectionKind.JURY
        and _labelled_jury_record(page, block)
    ):
        return
    if block.kind is not BlockKind.HEADING and served and _jury_label_list(page, block):
        return
    if block.kind is not BlockKind.HEADING and _defence_role_label(page, block):
        return
    if _other_defence_item(block):
        return
    if block.kind is BlockKind.HEADING:
        # Thesis records set "Le président du jury était X." as headings.
        if page.kind(block) not in QUIET:
            _jury_phrases(page, block, block.text)
        return
    if "\n" not in block.text and _VENUE_LABEL.match(block.text):
        return  # "Adresse de la soutenance : Univ. X, campus Y, salle Z": a place, no jury
    if served and ":" in block.text and (inline := _inline_jury_heading(block)) is not None:
        # "Membre de jurys de thèse : A (2021, rapporteur), B (2022, examinateur)": the
        # label a heading of juries served on, each bracketed candidate an item under it
        label, pieces = inline
        for piece in pieces:
            jury(page, Block(BlockKind.ITEM, piece, block.level, (*block.section, label)))
        return
    if (
        served
        and block.kind is BlockKind.PARAGRAPH
        and ":" in block.text[:62]
        and (label := _SERVED_LABEL.match(block.text)) is not None
        and _SERVED_JURIES.search(label.group(1))
        and heading_kind(label.group(1)) is SectionKind.JURY
        and page.kind(block) is not SectionKind.JURY
        and not LEXICON.pattern("NOT_JURY").search(label.group(1))
    ):
        # "Encadrement" › "Participation à des jurys : jury de thèse de A (Univ. X, 2023,
        # examinatrice)": the label makes the rest the juries the owner sat on, as under
        # a heading of its own
        rest = block.text[label.end() :]
        _jury_service(page, Block(block.kind, rest, block.level, (*block.section, label[1])))
        return
    kind = _own_kind(page, block)
    if (
        kind in (None, SectionKind.ABOUT)
        and block.section
        and _jury_role_title(block.section[-1])
        and (not served or _announced_candidate_owner(page))
    ):
        # an avis de soutenance's "Rapporteurs" heading over its lines: the candidate's
        # own jury, though the heading names a role, not a jury
        kind = SectionKind.JURY
    if kind is SectionKind.STUDENTS and block.kind is BlockKind.PARAGRAPH:
        if ":" in block.text[:40] and _post_jury_label(page, block):
            return  # "Thèses soutenues" › "A" › "…, soutenue en 2023" › "Jury : B, C": A's
        # "I have also served as outside reader for the dissertation of A" among the
        # owner's students: a jury the owner sat on, told in the first person.
        if page.holds_word(block, SERVICE, SERVICE_WORDS) and SERVICE.search(block.text):
            for _, sentence in sentences(block.text):
                if (
                    (
                        _FIRST.match(sentence)
                        or _OWNER_PRONOUN_SERVED.match(sentence)
                        or _subjectless_service(sentence)
                        or _owner_served(page, sentence)
                    )
                    and SERVICE.search(sentence)
                    and _sat_on(sentence)
                ):
                    _jury_service(page, Block(block.kind, sentence, block.level, block.section))
                    continue
                # "External examining: PhD of A (2008)", "Examinatrice au jury de thèse de
                # A ; membre du comité de suivi de B": verbless, opening on the owner's role
                for clause in _SERVICE_CLAUSE.split(sentence):
                    if clause and _role_opening(clause) and SERVICE.search(clause):
                        if _sat_on(clause):
                            _jury_service(
                                page, Block(block.kind, clause, block.level, block.section)
                            )
        return
    if (
        served
        and kind is SectionKind.STUDENTS
        and block.kind is BlockKind.ITEM
        and (service := SERVICE.search(block.text)) is not None
        and _OWN_PART_LEAD.fullmatch(block.text, 0, service.start())
        and _sat_on(block.text)
    ):
        # "Mentoring" › "2024 Thesis committee member for A (PhD, X)": an item among the
        # students that opens on the owner's own part in another's jury
        _jury_service(page, block)
        return
    if kind in QUIET or kind is SectionKind.STUDENTS:
        return
    if (
        block.section
        and (block.text[-1:] == ")" or ") · " in block.text)
        and _activity_card(page, block)
    ):
        return
    if _named_member_service(page, block):
        return
    if (
        kind is SectionKind.JURY
        and "\n" not in block.text
        and block.text.count(":") > 1
        and " | " not in block.text
        and len(parts := _LABELLED_SENTENCE.split(block.text)) > 1
        and all(map(_label, parts))
    ):
        # "External examiner: A (2024); B (2022). Internal examiner: C (2021).": each
        # labelled sentence its own list.
        for part in parts:
            jury(page, Block(block.kind, part, block.level, block.section))
        return
    if kind is SectionKind.JURY and (continued := _continued_label(page, block)):
        block = continued
    if (
        block.section
        and _not_jury_title(block.section[-1])
        and not (len(block.section) == 1 and _BEFORE_JURY.search(block.text))
        and not _guarded_jury_item(block)
    ):
        # under "Le jury du prix", "Comité de sélection": no thesis jury ("Jurys de thèse
        # (hors comités de sélection)" is one: its aside is left out)
        return
    lines = block.lines
    if kind is SectionKind.JURY and len(lines) > 1 and all(map(name_at_start, lines)):
        # "A, Univ. X, 2021<br>B, Univ. Y, 2023 (external reader)": one jury per line.
        for line in lines:
            jury(page, Block(BlockKind.ITEM, line, block.level, block.section))
        return
    if kind is SectionKind.JURY and (pieces := _named_pieces(block)) is not None:
        # "A (2020), B (2022), C (2024)": one candidate per piece of the line.
        for piece in pieces:
            jury(page, Block(BlockKind.ITEM, piece, block.level, block.section))
        return
    if kind is SectionKind.JURY and _role_labelled_lines(page, block):
        return
    if len(lines) > 2 and _cue_over_lines(page, block):
        return
    text = block.text
    if _jury_row(page, block):
        return
    if (
        kind not in (SectionKind.JURY, SectionKind.SERVICE)
        and page.holds_word(block, SERVICE, SERVICE_WORDS)
        and _agenda_defence(text)
    ):
        return  # "21 mars — Soutenance de thèse de A" in a sidebar: an event, no role
    if not served and kind is SectionKind.JURY and _agenda_defence(text):
        return  # "Soutenances passées" › "Soutenance de thèse de B — 11 décembre 2026"
    if (
        served
        and kind is SectionKind.JURY
        and _service_item(block)
        and not _own_defence(block.text)
        and not _audience_jury(block.text)
        # "Soutenances" › "Le 14 novembre, A a soutenu sa thèse … devant un jury composé
        # de B (rapportrice)": a newsletter's item telling A's own defence
        and not (page.owner.how in _ITEM_OWNERS and block_subject(block.text) == page.owner.name)
        and not _record_role_line(page, block)
    ):
        _jury_service(page, block)
        return
    if (
        served
        and page.holds_word(block, SERVICE, SERVICE_WORDS)
        and SERVICE.search(text)
        # "11 juin — Soutenance de thèse de A" / "Jury : B (rapporteur), …": an agenda's
        # entry telling its candidate's own jury, no service of theirs
        and not (page.owner.how in _ITEM_OWNERS and block_subject(text) == page.owner.name)
    ):
        said = [s for _, s in sentences(text)] if "\n" not in text and ". " in text else []
        if len(said) > 1:
            # Prose: "I was internal examiner for the PhD of A (2022). I sit on the panel
            # chaired by B …": each sentence judged on its own.
            # ("I defended on 14 June in front of a committee of A, B": the owner's own)
            served = [s for s in said if SERVICE.search(s) and _sat_on(s) and not _own_defence(s)]
            for sentence in served:
                _jury_service(page, Block(block.kind, sentence, block.level, block.section))
            own = [s for s in said if s not in served and (_audience_jury(s) or _own_defence(s))]
            if served and not own:
                return
            if served:
                # "He defended his PhD before the jury of A (chair) and B. In 2021 I chaired
                # the committee of C.": the defence's sentence read for its jury's members
                text = " ".join(own)
        elif _sat_on(text):
            _jury_service(page, block)
            return
    cue = LEXICON.pattern("JURY_CUES")
    cue_possible = page.may_match(block, "JURY_CUES")
    if (
        not cue_possible
        and kind is not SectionKind.JURY
        and ":" not in text
        and "：" not in text
        and not any(map(_mentions_thesis, (text, *block.section, page.document.title or "")))
    ):
        return  # no cue, no role label, no thesis for a phrase: no sentence can name a jury
    stated = None  # the evidence, when the lines are read as one list
    if block.kind is BlockKind.ITEM and len(lines) > 1 and _labelled_members(lines):
        # "Rapporteurs : M. A, Professeur, Univ. X<br>Mme B, DR, INRAE": the label's role
        # goes on to the members on the lines below it.
        text, stated = "; ".join(lines), block.text
    phrases = cue_possible or _may_phrase_jury(page, block)
    for _offset, sentence in _jury_sentences(text):
        phrased = _jury_phrases(page, block, sentence) if phrases else set()
        match = cue.search(sentence) if cue_possible else None
        if match and _in_role(sentence, match):
            # "A, president of the jury": one member's role, not a list's cue; but a role
            # written as a label ("… ; président du jury : Pr B") is the cue of its list.
            match = _labelling_role(sentence, match)
        if (
            match
            and match.group()[:3].lower() in ("sou", "def", "déf")
            and sentence[: match.start()].rstrip().endswith("(")
        ):
            match = None  # "dont A (soutenance en 2022)": a student's date, no jury
        if not match and (
            phrased or kind is not SectionKind.JURY and not _role_line(page, block, sentence)
        ):
            continue
        if LEXICON.pattern("NOT_JURY").search(sentence):
            continue
        if "hair" in sentence[:40] and _DISSERTATION_CHAIR.match(sentence):
            continue  # "Dissertation chair: B": a US doctorate's advisor (read as such)
        if (
            not match
            and kind is SectionKind.JURY
            and block.kind is BlockKind.PARAGRAPH
            and (led := LEXICON.pattern("SUPERVISION_CUES").search(sentence)) is not None
            # (a passive's agent, not a role word: "B (advisor), C" lists a committee)
            and (
                led.group().lower().endswith((" par", " by"))
                or "direction d" in led.group()
                or _POSSESSIVE.match(led.group())
            )
            and _role_of(sentence) is None
        ):
            # "Soutenances" › "A a soutenu sa thèse, codirigée par B et C (Univ. X). Le jury
            # …": the sentence before the jury's names the advisors, no member of it (nor
            # does « Sa directrice de recherche, B, et son codirecteur, C, l'encadrent »)
            continue
        if (
            not match
            and kind is SectionKind.JURY
            and block.kind is BlockKind.PARAGRAPH
            and (label := _ROLE_LABEL.match(sentence))
            and _FIELD_NOUN.fullmatch(label.group(1))
            and _role_of(label.group(1)) is None
            and not LEXICON.pattern("SUPERVISION_CUES").search(label.group(1))
        ):
            continue  # "Examining committee" › "Sponsor: A; B": the record's next field
        if (
            not match
            and kind is SectionKind.JURY
            and block.kind is BlockKind.PARAGRAPH
            and ":" not in sentence
            and _role_of(sentence) in (None, Relation.JURY_MEMBER)
            and LEXICON.pattern("STAFF_ROLES").search(sentence)
            and name_at_start(sentence) is None
        ):
            # "Examining Committee" › "Members of the public should contact the Thesis
            # Coordinator, Ms. A": a notice's staff, no member of the committee
            continue
        if match and _prize_page(page) and not _mentions_thesis(sentence):
            continue  # a prize's laudatio: "The committee — A (chair), B" chose the laureate
        if (
            match
            and _PRIZE_HEADLINE.search(sentence, 0, match.start())
            and not _mentions_thesis(sentence)
        ):
            # "Il reçoit le prix X (jury présidé par B) en 2002": the prize's jury, told in
            # an obituary's career, judged no thesis
            continue
        if (
            match
            and _PAPER_REVIEW.search(match.group())
            and kind is not SectionKind.JURY
            and not any(map(_mentions_thesis, (text, *block.section, page.document.title or "")))
        ):
            continue  # "we thank the referees and the series editor, A": a book, no thesis
        if (
            match
            and match.group().lower() in _BARE_BODIES
            and kind is not SectionKind.JURY
            and not _COLON.search(sentence, match.end())
            and not any(map(_mentions_thesis, (text, *block.section, page.document.title or "")))
        ):
            # "Committee — Member, X Fund panel, chaired by B": a body the owner sat on, no
            # thesis's ("Committee: A (chair), B" labels a defence's members, whatever else)
            continue
        rest = sentence[match.end() :] if match else sentence
        if match and rest[:1] == ")" and sentence[: match.start()].rstrip().endswith("("):
            # "second examiner (Zweitgutachter): B": the cue glosses the label in brackets;
            # "A, Univ. X (arguente)", the bracket closing the line, is A's own role
            own = not rest[1:].strip(" .;,") and name_at_start(sentence) is not None
            rest = sentence if own else rest[1:]
        if match and rest[:3].lstrip().startswith("("):
            # "Examiners (non-readers):": the label's own qualifier, not a member.
            rest = _LABEL_QUALIFIER.sub("", rest)
        labels = (
            match is not None
            and rest.count(":") + rest.count("：") > 1
            and _LABEL_COLON.match(rest) is not None
            and _role_of(match.group()) not in (None, Relation.JURY_MEMBER)
        )
        if labels:
            # "Rapporteurs : A, B — Examinateurs : C — Directeurs : D": the cue is the
            # first of the labels, each label's role its own members'.
            rest = match.group() + rest
        else:
            rest = JURY_LEAD.sub("", rest)
        if (
            match
            and rest[:3].lower() == "of "
            and _AUDIENCE_LEAD.search(
                sentence, max(0, match.start() - AUDIENCE_LEAD_CHARS), match.start()
            )
        ):
            rest = rest[3:]  # "defended before a committee of A (chair), B": its members
        if _CHAIRED_BY.match(rest):
            # "devant un jury présidé par C que A a soutenu … sous la direction de B": the
            # chair's clause alone, the advisors after the relative pronoun no members
            rest = _RELATIVE_CUT.split(rest, 1)[0]
        members, listed = jury_members(_before_bracket_tail(rest)), []
        if (
            not members
            and match
            and rest.strip(" :.\u00a0")
            and block.kind is BlockKind.PARAGRAPH
            and _JURY_LABEL_TAIL.fullmatch(rest)
            and len(sentence) < JURY_LABEL_CHARS
        ):
            rest = ""  # "Composition du jury de thèse" over the list: a label, no colon
        if not members and match and not rest.strip(" :.\u00a0"):
            if (
                kind is SectionKind.JURY
                and block.section
                and _SERVED_JURIES.search(block.section[-1])
            ):
                # "Thesis committees" › "Oral defense committee:" over items: the juries
                # the owner sat on, one candidate an item (read by the service rule).
                continue
            # "... devant le jury composé de :" then one member per list item.
            listed = _following_items(page, block)
            members = _listed_members(listed)
        cue_role = _role_of(match.group()) if match else None
        if cue_role is not None and not LEXICON.jury_role_patterns[cue_role.value].fullmatch(
            _POSSESSIVE.sub("", match.group())  # "my examiners": the role, said of one's own
        ):
            cue_role = None  # "banca examinadora": the committee's name, not a role
        if cue_role is None and block.kind is BlockKind.ITEM and block.section:
            # "Rapporteur·rices :" over one item per member: the heading is their role,
            # and so is a one-line label paragraph right above the list ("<p>Rapporteurs :
            # </p><ul>…"), which also named them.
            cue_role = _jury_role_title(block.section[-1])
            if cue_role is None and (above := _label_line_above(page, block)):
                cue_role = _jury_role_title(above)
        if cue_role not in (None, Relation.JURY_MEMBER) and not labels:
            # "Reviewers: A, B", "Gutachter: C": the cue itself is the members' role.
            members = [(n, cue_role if r is Relation.JURY_MEMBER else r) for n, r in members]
            if listed and members:
                # "Revisori esterni:" over one item each: the items are read (a reviewer
                # outside the board is no member of it when the item is read again)
                page.document.meta.setdefault("jury_items_read", set()).update(listed)
        if len(members) < 1:
            continue
        period = parse_period(sentence)
        if period.empty:
            # (in prose, the years written after the jury's sentence are later facts': "La
            # calificación fue … gracias a la estancia que hice en 2022")
            at = text.find(sentence) if block.kind is BlockKind.PARAGRAPH else -1
            told = text[: at + len(sentence)] if at >= 0 else text
            years = (
                years_in(told)
                # "Erstgutachter: A" … "Tag der mündlichen Prüfung: 26. April 2024": the
                # exam's date written under the board's rows dates them
                or (
                    [int(held.group(1))]
                    if "\n" in text and (held := _DEFENCE_DATE.search(text, len(told)))
                    else []
                )
            )
            sectioned = not years
            years = years or _section_years(page, block)
            if (
                years
                # (a news post's jury paragraph: the section's years are earlier paragraphs')
                and (at > 0 or sectioned)
                and not years_in(sentence)
                and _one_defence_page(page)
                and (held := defence_year(page, block))
            ):
                # "Väittelijän tausta" › "… graduated in 2019. The pre-examiners were A and
                # B.": on a page announcing one defence, an earlier sentence's year is
                # another event's; the jury's is the defence's
                years = [held]
            if not years and defence_year(page, block):
                years = [defence_year(page, block)]
            period = Period(max(years), None, single=True) if years else Period()
        if not period.single and period.end:
            period = Period(period.end, period.end)
        period = period.as_point()
        # "Félicitations à A … pour sa soutenance … Le jury était composé de B (rapporteur)":
        # the jury of the defence the post told just before, not the owner's
        at = max(0, text.find(sentence.strip()[:40])) + (match.start() if match else 0)
        defended = _defended_before(page, block, at)
        # (a jury's member alone in its item, "A, Dissertation Advisor" under "Approved
        # by:", is a row of its own)
        rows = listed or ([block.text] if block.kind is BlockKind.ITEM and members else [])
        for row in rows if defended is None else ():
            # "A, Directeur de thèse" / "Professeur, Univ. X" in the jury's rows: A also
            # directed the thesis
            if (advisor := _advising_row(row)) and not _is_owner(page, advisor):
                page.add(
                    page.owner.name,
                    Relation.ADVISOR_PHD,
                    advisor,
                    row,
                    "supervision.jury-row",
                    0.8,
                    Period(None, period.end) if period.end else Period(),
                )
        for name, relation in members:
            if _is_owner(page, name) or name in phrased or name == defended:
                continue  # a member the prose already placed ("chaired by A")
            confidence = 0.85 if relation is not Relation.JURY_MEMBER else 0.7
            page.add(
                defended or page.owner.name,
                relation,
                name,
                stated or sentence.strip(),
                "jury.list",
                confidence,
                period,
            )
            after = sentence.find(name) + len(name)
            own = _OWN_BRACKET.match(sentence, after) if "(" in sentence[after:] else None
            if own and (
                _ADVISOR_IN_ROLE.search(own.group())
                # "Dissertation Committee: A (chair), B, C" in a US CV's own degree, no
                # advisor named: the chair of one's dissertation committee directed it
                or relation is Relation.JURY_PRESIDENT
                and defended is None
                and "ommittee" in sentence
                and _US_DISSERTATION_COMMITTEE.search(sentence) is not None
                and _ADVISOR_IN_ROLE.search(block.text) is None
                and page.kind(block) is SectionKind.EDUCATION
            ):
                # "Committee: A (chair and advisor), B": A also directed the owner's thesis.
                page.add(
                    page.owner.name,
                    Relation.ADVISOR_PHD,
                    name,
                    sentence.strip(),
                    "supervision.jury-role",
                    0.8,
                    Period(None, period.end) if period.end else Period(),
                )


# The owners one news item or one bio paragraph gives its own block: a defence the block
# tells of that person is their own, no jury they sat on.
_ITEM_OWNERS = ("news-item", "bio-paragraph")


# "Félicitations à A, que j'ai co-encadré, pour sa soutenance", "my student A, who
# successfully defended", "A a soutenu sa thèse": another person's defence, told first.
_OTHERS_DEFENCE = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:(?:de|du|van|von|le|la)[ \t]+)?[A-ZÀ-Þ][\w'’-]+){1,3})"
    r"[^.!?]{0,100}?\b(?i:pour\s+sa\s+soutenance|a\s+soutenu\s+sa\s+thèse|"
    r"(?:who\s+)?(?:successfully\s+)?defended\s+(?:his|her|their)\s+(?:ph\.?d\.?|doctoral|thesis|"
    r"dissertation)|on\s+(?:his|her|their)\s+(?:successful\s+)?(?:ph\.?d\.?\s+)?defen[cs]e)"
)
_DEFENCE_WORDS = ("soutenu", "soutenance", "defended", "defence", "defense")
# A paragraph that opens on the jury itself ("The examiners were …", "Le jury était …")
_JURY_OPENING = re.compile(
    r"(?i)^\W*(?:the|her|his|their|le|la|les)\s+(?:examiners|jury|committee|rapporteurs|viva)\b"
)


_CANDIDATE_OWNERS = frozenset(
    (
        "news-item",
        "defence-title",
        "defence-paragraph",
        "defence-row",
        "defence-announcement",
        "thesis-record",
        "bio-paragraph",
        "teaser",
    )
)


def _defended_before(page: Page, block: Block, offset: int) -> str | None:
    """The person whose defence the text before a jury's sentence announced (in its block,
    or the paragraph just above in the same section), when not the owner."""
    if page.owner is None or page.owner.how in _CANDIDATE_OWNERS:
        return None  # (the page's own subject is already the candidate)
    texts = [block.text[:offset]]
    index = page.index(block)
    if (
        index
        and page.document.blocks[index] is block
        and (
            not _FULL_NAME.search(texts[0])
            # ("The examiners were C and D. The viva was chaired by E.": no one's defence yet)
            or (
                _JURY_OPENING.match(texts[0])
                and not any(map(texts[0].__contains__, _DEFENCE_WORDS))
            )
        )
    ):
        # (the paragraph just above, or the one above it: "My student A defended …" /
        # "A's project was co-advised by B and me." / "The examiners were C and D.")
        for above in page.document.blocks[max(0, index - 2) : index][::-1]:
            if above.kind is not BlockKind.PARAGRAPH or above.section != block.section:
                break
            texts.append(above.text)
    for text in texts:
        if not any(map(text.__contains__, _DEFENCE_WORDS)):
            continue
        mine = _MY_STUDENT.search(text) if "m" in text else None
        if mine and _OTHERS_DEFENCE.search(text, mine.start()):
            # "Last Tuesday my student A defended …": the possessive names the candidate
            name = name_from_piece(mine["name"] or mine["name2"] or mine["name3"])
            if name is not None and not _is_owner(page, name):
                return name
        for match in _OTHERS_DEFENCE.finditer(text):
            name = named_lead(page, match.group("name"))
            if name is not None and not _is_owner(page, name) and not find_organisations(name):
                return name
    return None


# A member's own bracket right after the name ("A (chair and advisor)").
_OWN_BRACKET = re.compile(r"\s*\([^()]{1,60}\)")
_ADVISOR_IN_ROLE = re.compile(
    r"(?i)\b(?:advisor|adviser|supervisor|directeur de thèse|directrice de thèse|promotor|"
    r"thesis\s+director)\b"
)


_US_DISSERTATION_COMMITTEE = re.compile(r"(?i)\bdissertation\s+committee\s*:\s*[^:]*\(chair\)")


def _jury_role_title(heading: str) -> Relation | None:
    """The role a heading is made of ("Rapporteurs", "Examinateur·rices :"), else None."""
    title = heading.strip(" :：*_")
    if len(title.split()) > 3:
        return None
    role = _role_of(title)
    if role in (None, Relation.JURY_MEMBER):
        return None
    return role if LEXICON.jury_role_patterns[role.value].fullmatch(title) else None


def _labelled_members(lines: list[str]) -> bool:
    """A role label over the first line, a member's name opening each of the others."""
    label = _ROLE_LABEL.match(lines[0])
    return (
        label is not None
        and len(label.group(1).split()) <= 3
        and (
            _role_of(label.group(1)) not in (None, Relation.JURY_MEMBER)
            # "Promotiecommissie: A (voorzitter)<br>B<br>C": the committee's own name
            or LEXICON.pattern("JURY_CUES").fullmatch(label.group(1).strip()) is not None
        )
        and all(name_at_start(line) and _role_of(line) is None for line in lines[1:])
    )


# "my examiners", « mes rapporteurs », "her supervisor", « sa directrice de recherche »:
# a role said of one's own (a supervision cue so said names someone's own advisor, who sits
# on no jury by that sentence)
_POSSESSIVE = re.compile(r"(?i)^(?:my|our|his|her|their|mes|nos|ses|ma|mon|sa|son|leurs?)\s+")


# Prose naming jury members by what they did: "the committee was chaired by A and included
# B and C", "the external examiner was D", "my thesis was reviewed by E and F".
# A relative pronoun ending the clause that names a jury's chair ("présidé par C que A a
# soutenu …", "chaired by C, who …" keeps its comma).
_RELATIVE_CUT = re.compile(r"\s(?:que|qu['’]|qui|who|that)\s")
_CHAIRED_BY = re.compile(r"(?i)\b(?:chaired|presided(?:\s+over)?|présidée?)\s+(?:by|par)\s+")
_INCLUDED = re.compile(
    r"(?i)\b(?:included|including|comprised|consist(?:ed|s)\s+of|"
    r"comprenait|comprenant|réunissait|réunit|réunira)\s+"
    # ("comprenait également A et B", "also included C": an adverb before the names)
    r"(?:(?:également|aussi|en\s+outre|notamment|also)\s+)?"
)
# "… ainsi que C", "… as well as Dr. C": a member linked to the list before it
_LINKED_BEFORE = re.compile(
    r"(?i)(?:ainsi\s+que|as\s+well\s+as)\s+(?:(?:de|M\.|Mme|Dr\.?|Prof\.?|Professor)\s+)*$"
)


def _linked_member(rest: str, name: str) -> bool:
    """Whether *name* follows "ainsi que" / "as well as" in a jury's list."""
    at = rest.find(name)
    return at > 0 and _LINKED_BEFORE.search(rest, max(0, at - 30), at) is not None


# "… and external examiner Dr. C": the list's last member after their role
_AND_ROLE_FIRST = re.compile(
    r"(?i),?\s+(?:and|as\s+well\s+as)\s+(?:an?\s+|the\s+)?(?P<role>(?:external|internal|"
    r"outside)\s+(?:examiner|member|reader))\s+(?=(?-i:[A-ZÀ-Þ]))"
)
# "…, Professor B, who served as chair, and Dr. C": a member's relative clause in the list
_WHO_ASIDE = re.compile(r",\s+who\s+[^,;()]{3,60},\s+(?:and\s+)?(?=[A-ZÀ-Þ])")
_ROLE_WAS = re.compile(
    r"(?i)\b(?:the|my|mes|mon|ma|les?|la)\s+((?:external\s+|internal\s+)?"
    r"[\w·.]+?s?(?:\s+(?:du|of\s+the)\s+(?:jury|committee))?)\s+"
    r"(?:was|were|is|are|était|étaient|fut|furent)\s+"
)
# "Professor A from the University of X as the external", "Dr B as internal examiner": a
# name, its place, then its role in the viva.
_AS_EXTERNAL = re.compile(
    r"(?P<name>(?:(?:Professor|Prof\.?|Dr\.?)\s+)?[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})"
    r"(?:\s*\([^()]{0,80}\))?(?:\s+(?:from|of|at)\s+(?:the\s+)?[A-ZÀ-Þ][^,;()]{2,60}?)?,?\s+"
    # "Dr. C completed the committee as internal examiner"
    r"(?:(?:completed|joined|rounded\s+out|sat\s+on)\s+the\s+(?:committee|panel|jury)\s+)?"
    r"(?:acting\s+|serving\s+)?as\s+(?:the\s+|an?\s+|my\s+|her\s+|his\s+)?"
    r"(?:external|internal)(?:\s+examiner)?\b"
)
# "an independent chair, Dr C", "my external examiner, Prof. D": one role, then its name.
_ROLE_APPOSED = re.compile(
    r"(?i)\b(?:an?|the|my|our)\s+((?:independent\s+|external\s+|internal\s+)?"
    r"(?:chair(?:person)?|examiner|opponent|reviewer|rapporteur))\s*,\s+(?=[A-ZÀ-Þ])"
)
_NAMED_BEFORE = re.compile(
    r"(?i)(?:d['’]avoir\s+accepté\s+d['’](?:en\s+)?être|qui\s+(?:a|ont)\s+accepté\s+d['’]être|"
    r"pour\s+avoir\s+accepté\s+d['’]être|for\s+(?:accepting|agreeing)\s+to\s+(?:be|serve\s+as)|"
    r"who\s+(?:kindly\s+)?(?:agreed|accepted)\s+to\s+(?:be|serve\s+as))\s+"
    r"(?:(?:les?|la|l['’]|an?|the|my|mes|mon|ma)\s*)?"
    r"(?P<role>(?:(?:external|internal)\s+(?:committee\s+)?(?=member|examiner))?[\w·]+)|"
    r"(?:m['’]a|m['’]ont|me\s+fait|m['’]avoir)\s+(?:fait\s+)?l['’]honneur\s+de\s+(?P<verb>\w+)|"
    r"d['’]avoir\s+(?P<verb2>examiné|rapporté|évalué|présidé)\b|"
    # "à B d'avoir accepté d'examiner ce travail", "C for agreeing to examine this thesis",
    # "D, qui a bien voulu présider le jury", "E for chairing my committee"
    r"(?:d['’]avoir\s+accepté\s+(?:d['’]|de\s+)|for\s+(?:accepting|agreeing)\s+to\s+|"
    r"(?:qui\s+(?:a|ont)|d['’]avoir)\s+bien\s+voulu\s+|who\s+(?:kindly\s+)?agreed\s+to\s+|"
    r"for\s+(?=chairing\b|serving\s+on\b)|"
    r"who\s+(?=(?:chaired|reviewed|examined)\s+(?:the|my|this)\s+(?:thesis|dissertation|"
    r"defen[cs]e|viva|jury|committee|examination|manuscript)\b))"
    r"(?P<verb3>examiner|évaluer|rapporter|présider|examine|review|chair|chairing|serving|"
    r"chaired|reviewed|examined)\b|"
    # "B (Univ. X) serves as external examiner and C chairs the committee"
    # ("… ; C était examinatrice": the French copula before the role)
    r"\b(?:(?:serves|served|will\s+serve|acts|acted|will\s+act|joined|joins|will\s+join)\s+as|"
    r"(?-i:était|sera))\s+"
    r"(?:the\s+|an?\s+)?"
    r"(?P<role2>[\w·]+(?:\s+examiner)?)|"
    r"\b(?P<verb4>chairs|chaired|will\s+chair)\s+the\s+(?:committee|jury|defen[cs]e|viva|examination)\b"
)
# Verbs of the jury's work, by their first six letters (présider/présidé, examiner/examiné).
_HONOUR_VERBS = {
    "présid": Relation.JURY_PRESIDENT,
    "rappor": Relation.JURY_REVIEWER,
    "examin": Relation.JURY_EXAMINER,
    "évalué": Relation.JURY_EXAMINER,
    "évalue": Relation.JURY_EXAMINER,
    "partic": Relation.JURY_MEMBER,
    "faire": Relation.JURY_MEMBER,
    "chair": Relation.JURY_PRESIDENT,
    "chairi": Relation.JURY_PRESIDENT,
    "chaire": Relation.JURY_PRESIDENT,
    "servin": Relation.JURY_MEMBER,
    "review": Relation.JURY_REVIEWER,
}
# "d'avoir accepté d'évaluer cette thèse en tant que rapporteurs": the role it names.
_STATED_ROLE = re.compile(
    r"(?i)[^,.;]{0,40}?\b(?:en\s+tant\s+que|en\s+qualité\s+de|as)\s+"
    r"(?:(?:les?|la|l['’]|an?|the|my|mes|mon|ma)\s*)?(?P<role>[\w·]+(?:\s+examiner)?)"
)
_THANKS = re.compile(
    r"(?i)\b(?:remercie\w*|merci\w*|thank\w*|grateful\s+to|gratitude\s+to|ainsi\s+que|"
    r"également|also)\b"
)
_DONE_BY = re.compile(r"(?i)\b(reviewed|refereed|examined|rapportée?)\s+(?:by|par)\s+")
# "… by A of the X Station and Dr. B of the University of Y": each name's place, then "and"
# and the next name (the place ends the plain list).
_PLACE_THEN_AND = re.compile(
    r"\s*(?:of|from|at)\s+(?:the\s+)?[A-ZÀ-Þ][^,;()]{2,60}?\s+and\s+(?=(?:Prof|Dr|[A-ZÀ-Þ]))"
)


def _names_with_places(text: str) -> list[str]:
    """The names listed at the start of *text*, read past each one's "of the X"."""
    names, end = names_after(text)
    while names and (place := _PLACE_THEN_AND.match(text, end)) is not None:
        more, more_end = names_after(text[place.end() :])
        if not more:
            break
        names += more
        text, end = text[place.end() :], more_end
    return names


_THESIS = re.compile(
    r"(?i)\b(?:thesis|theses|dissertations?|phd|ph\.d|defen[cs]es?|vivas?|thèses?|"
    r"soutenance|hdr|habilitation)\b"
)


_ROLE_LABEL = re.compile(r"^\s*([^:：]{2,30}?)\s*[:：]\s*\S")
# "Sponsor", "Record notes": a record field's label in common words (no person's name)
_FIELD_NOUN = re.compile(r"[A-Z][a-z]+(?:\s[a-z]+)?")
# "… de 9 thèses, dont :", "… of 12 theses, including:": some of the candidates follow.
_COUNTED_LEAD = re.compile(
    r"(?i)\b\d{1,3}\s+(?:thèses|theses|dissertations|hdr)\b[^:：]{0,20}?"
    r"\b(?:dont|notamment|including|among\s+them)\s*[:：]\s*"
)
# "Recent external examiner for PhD theses:" → "external examiner:" (a role's label
# with its "recent" and the theses it was for)
_THESES_LABEL = re.compile(
    r"(?i)^\s*(?:recent(?:ly)?\s+)?([^:：]{2,30}?)\s+(?:for|of|on)\s+(?:(?:PhD|Ph\.\s?D\.?|doctoral)"
    r"\s+)?(?:theses|dissertations)(?=\s*[:：])"
)


def _role_line(page: Page, block: Block, sentence: str) -> bool:
    """ "Chair: A", "Examiners: B, C" on a thesis page: the label is the members' role."""
    label = _ROLE_LABEL.match(sentence)
    if label is None or len(label.group(1).split()) > 3 or _role_of(label.group(1)) is None:
        return False
    about = " ".join((block.text, *block.section, page.document.title or ""))
    # (a thesis record's Highwire tags say it is one, whatever its title)
    meta = page.document.meta
    thesis = (
        "citation_dissertation_institution" in meta
        # ("DC.type: Dissertation", a repository record's Dublin Core tags)
        or "dc.type" in meta
        and _THESIS.search(str(meta["dc.type"])) is not None
        # ("Soutenances à venir" › "A — 10 décembre 2026" › "Président·e : B": the block
        # speaks for a candidate of a defences list)
        or page.owner is not None
        and page.owner.how in _DEFENCE_SUBJECTS
        or _THESIS.search(about)
        # "Promoties" › "A – 9 mei 2019" › "opponenten: B, C": other languages'
        # thesis words and defence lists
        or LEXICON.pattern("THESIS_WORDS").search(about)
        or LEXICON.pattern("DEFENCE_LISTS").search(about)
        # ("Notice of the Final Oral Examination — A" › "External Examiner: B": the page
        # announces its owner's defence, whatever words its sections use)
        or _announces_owner(page)
        # ("Declaration" › "Internal examiner: B" in a thesis's front matter, its cover
        # saying "A thesis submitted for the degree of …")
        or _thesis_front_matter(page)
    )
    return bool(thesis) and not LEXICON.pattern("NOT_JURY").search(about)


THESIS_COVER_BLOCKS = 10  # a thesis's cover: the title, the candidate, the degree, the date


def _thesis_front_matter(page: Page) -> bool:
    """The document is a thesis: its cover says it is submitted for a degree."""
    meta = page.document.meta
    if "thesis_front_matter" not in meta:
        submitted = LEXICON.pattern("THESIS_SUBMITTED")
        meta["thesis_front_matter"] = any(
            submitted.search(block.text[:120])
            for block in page.document.blocks[:THESIS_COVER_BLOCKS]
        )
    return meta["thesis_front_matter"]


# The words _THESIS matches, whole (lower case; "ph" of "Ph.D"): a pre-filter on long prose.
_THESIS_WORDS = frozenset(
    "thesis theses dissertation dissertations phd ph defence defense defences defenses viva "
    "vivas thèse thèses "
    "soutenance hdr habilitation".split()
)


_PRIZE_HEADLINE = re.compile(
    r"(?i)\b(?:prize|award|medal|laudatio|laudation|prix|médaille|preis|premio)\b"
)


def _prize_page(page: Page) -> bool:
    """The page's headline is a prize's or an award's (its committee chose a laureate)."""
    meta = page.document.meta
    if "prize_page" not in meta:
        headline = " ".join(filter(None, (page.document.title, meta.get("h1"))))
        meta["prize_page"] = bool(_PRIZE_HEADLINE.search(headline))
    return meta["prize_page"]


@lru_cache(maxsize=4096)
def _mentions_thesis(text: str) -> bool:
    """Cached: asked once per sentence about the same block, section and title."""
    low = lowered(text) if len(text) > 200 else None
    if low is not None and _THESIS_WORDS.isdisjoint(word_starts(low)[0]):
        return False
    return bool(_THESIS.search(text))


# "Merci à A et B, rapporteurs, ainsi qu'à C, président du jury, qui …", "thanks to D,
# my external examiner, for …": thanked names, then their role set apart by commas.
_APPOSED_ROLE = re.compile(
    r"(?i),\s+(?:(?:mes|mon|ma|nos|notre|my|our)\s+)?(?P<role>"
    r"rapporteu?r(?:e|s|es|·e|·rice|·es)?|rapportrices?|rapporteuses?|"
    r"examinat(?:eur|rice)s?(?:·rice)?|présidente?(?:·e)?\s+(?:du|de\s+mon|de\s+ce)\s+jury|"
    r"membres?\s+(?:du|de\s+mon)\s+jury|(?:external\s+|internal\s+)?examiners?|"
    r"reviewers?|referees?|opponents?|(?:chair|president)\s+of\s+(?:the|my)\s+"
    r"(?:jury|committee|thesis\s+committee|examination\s+committee))"
    r"\s*(?=[,;.!)]|\s+(?:pour|qui|for|who)\b)"
)
_APPOSED_THANKS = re.compile(
    r"(?i)\b(?:remercie\w*|merci|thanks?|grateful\s+to|gratitude\s+to|"
    r"ainsi\s+qu(?:e|['’]à)|as\s+well\s+as|également\s+à|also\s+to)\b"
)
_THANKS_REACH = 6000


def _apposed_roles(sentence: str) -> list[tuple[str, Relation]]:
    """Thanked members with their role after their names ("merci à A et B, rapporteurs,
    ainsi qu'à C, président du jury"); each list starts at the thanks word before it."""
    if "," not in sentence:
        return []
    found: list[tuple[str, Relation]] = []
    start = 0
    for match in _APPOSED_ROLE.finditer(sentence):
        chunk, start = sentence[start : match.start()], match.end()
        anchors = list(_APPOSED_THANKS.finditer(chunk))
        if not anchors:
            continue
        chunk = chunk[anchors[-1].end() :]
        role = _role_of(match.group("role"))
        spans = list(_NAME_SPAN.finditer(chunk))
        if role is None or len(chunk) > 160 or not spans:
            continue
        if not _NAMES_GLUE.fullmatch(_NAME_SPAN.sub(" ", chunk)):
            # "merci à A pour sa relecture et à B, rapporteur": B's own list only
            tail = list(_THANKED_TO.finditer(chunk))
            chunk = chunk[tail[-1].end() :] if tail else ""
            spans = list(_NAME_SPAN.finditer(chunk))
            if not spans or not _NAMES_GLUE.fullmatch(_NAME_SPAN.sub(" ", chunk)):
                continue
        for span in spans:
            name = name_from_piece(span.group())
            if name:
                found.append((name, role))
    return found


_THANKED_TO = re.compile(r"(?i)\s(?:à|to)\s")
# What may stand between thanked names: commas, "and", "à", a title.
_NAMES_GLUE = re.compile(
    r"(?i)(?:[\s,&]|\b(?:et|and|à|a|aux|to|mes|my|m|mme|mmes|mr|mrs|ms|dr|pr|prof|"
    r"professeure?|professor)\b\.?)*"
)


@lru_cache(maxsize=1024)
def _not_jury_title(title: str) -> bool:
    """Whether a heading names a body that judges no thesis ("Le jury du prix", "Comité de
    sélection"), its aside left out (cached: each block under the heading asks)."""
    if _HEADING_JOIN.search(title):
        return False
    return LEXICON.pattern("NOT_JURY").search(PARENS.sub("", title)) is not None


def _may_phrase_jury(page: Page, block: Block) -> bool:
    """Whether a sentence of *block* (with no jury cue) may name jury members the way
    ``_jury_phrases`` reads them: its patterns searched once in the whole block, not in each
    sentence (a sentence is a piece of the block cut at blanks, so it matches only where the
    block does)."""
    about = (block.text, *block.section, page.document.title or "")
    if page.owner.how != "thesis-record" and not any(map(_mentions_thesis, about)):
        return bool(
            "," in block.text
            and _APPOSED_ROLE.search(block.text)
            and _mentions_thesis(page.document.text[:_THANKS_REACH])
        )
    return any(
        p.search(block.text)
        for p in (_ROLE_WAS, _DONE_BY, _NAMED_BEFORE, _APPOSED_ROLE, _ROLE_APPOSED)
    )


# "my examiners", "mon jury", "I thank": the writer's own defence, not a student's
_MY_JURY = re.compile(r"(?i)\b(?:my|mon|ma|mes|I|je|j['’]|our|notre|nos)\b")


def _jury_phrases(page: Page, block: Block, sentence: str) -> set[str]:
    """Jury members read from prose verbs rather than lists; the names it placed."""
    about = (block.text, *block.section, page.document.title or "")
    # A thesis's own pages (its cover, its thanks) are about its defence throughout.
    thesis = page.owner.how == "thesis-record" or any(map(_mentions_thesis, about))
    if not thesis and _APPOSED_ROLE.search(sentence):
        # "Merci à A et B, rapporteurs, ainsi qu'à C, président du jury": thanks in a post
        # whose defence an earlier paragraph told ("j'ai soutenu ma thèse le …").
        thesis = _mentions_thesis(page.document.text[:_THANKS_REACH])
    if not thesis or LEXICON.pattern("NOT_JURY").search(sentence):
        return set()
    found: list[tuple[str, Relation]] = []
    committee = LEXICON.pattern("JURY_CUES").search(sentence)
    # "Her examiners were A and B. The viva was chaired by C.": the paragraph's jury ("Faculty
    # search committee" / "Chaired by C": a hiring committee's chair, no jury's)
    if committee or (
        LEXICON.pattern("JURY_CUES").search(block.text)
        and not LEXICON.pattern("NOT_JURY").search(block.text)
    ):
        for match in _CHAIRED_BY.finditer(sentence):
            # ("C'est devant un jury présidé par C que A a soutenu …": the chair's clause)
            chair = names_after(_RELATIVE_CUT.split(sentence[match.end() :], 1)[0])[0][:1]
            found += [(n, Relation.JURY_PRESIDENT) for n in chair]
    if committee:
        for match in _INCLUDED.finditer(sentence):
            rest = sentence[match.end() :]
            if "and " in rest and (last := _AND_ROLE_FIRST.search(rest)) is not None:
                # "included A and B and external examiner Dr. C of X": the last member
                # after its role, the list before it
                role = _role_of(last.group("role")) or Relation.JURY_MEMBER
                found += [(n, role) for n in names_after(rest[last.end() :])[0][:1]]
                rest = rest[: last.start()]
            if ", who " in rest and (aside := _WHO_ASIDE.search(rest)) is not None:
                # "consisted of A, B, who served as chair, and Dr. C of X": the members
                # after the relative clause too
                found += [(n, Relation.JURY_MEMBER) for n in names_after(rest[aside.end() :])[0]]
            # "consisted of A (chair), B and C": each name keeps the role written beside it.
            listed = jury_members(rest)
            roles = dict(listed)
            named = names_after(rest)[0]
            found += [(n, roles.get(n, Relation.JURY_MEMBER)) for n in named]
            # "A et B, qui …, ainsi que C en qualité d'examinateur": a member named after
            # the relative clause that ended the first list, with a role of its own.
            # ("comprenait A et B (rapporteurs) ainsi que C": C linked to the list, no role)
            found += [
                (n, r)
                for n, r in listed
                if n not in named and (r is not Relation.JURY_MEMBER or _linked_member(rest, n))
            ]
    for match in _ROLE_WAS.finditer(sentence):
        role = _role_of(match.group(1))
        if role is not None:
            # ("Les rapporteurs étaient A et B ; C était examinatrice": the clause's list)
            rest = sentence[match.end() :].split(";", 1)[0]
            # ("Les rapporteurs étaient A et B, et C participait en tant qu'examinateur":
            # a member whose own role the list's end states)
            own = (
                dict(jury_members(rest)) if " en tant qu" in rest or " en qualité d" in rest else {}
            )
            found += [
                (
                    n,
                    own[n]
                    if own.get(n, Relation.JURY_MEMBER) is not Relation.JURY_MEMBER
                    else role,
                )
                for n in names_after(rest)[0]
            ]
    if " as " in sentence and "ternal" in sentence:
        # "… were Professor A from X as the external, and Dr B as the internal": each name
        # with its role after it (the list's "from X" ends the names the rule above read)
        for match in _AS_EXTERNAL.finditer(sentence):
            name = name_from_piece(match.group("name"))
            if name and (name, Relation.JURY_EXAMINER) not in found:
                found.append((name, Relation.JURY_EXAMINER))
    if "," in sentence and (apposed := _ROLE_APPOSED.search(sentence)):
        at = max(0, block.text.find(sentence.strip()[:40])) + apposed.start()
        # (a post on another's defence: the list rule gives that candidate the member)
        for match in () if _defended_before(page, block, at) else _ROLE_APPOSED.finditer(sentence):
            # "… appointed an independent chair, Dr C, who kept time": one name, its role
            role = _role_of(match.group(1))
            if role is not None:
                found += [(n, role) for n in names_after(sentence[match.end() :])[0][:1]]
    if _THESIS.search(sentence):
        for match in _DONE_BY.finditer(sentence):
            role = (
                Relation.JURY_EXAMINER
                if match.group(1).lower() == "examined"
                else Relation.JURY_REVIEWER
            )
            found += [(n, role) for n in _names_with_places(sentence[match.end() :])]
    previous_end = 0  # "à A d'avoir présidé mon jury, et à B d'avoir …": B's names start after
    for match in _NAMED_BEFORE.finditer(sentence):
        # "Je remercie A et B d'avoir accepté d'être les rapporteurs de cette thèse", "C qui
        # m'a fait l'honneur de présider le jury", "I thank D for agreeing to serve as
        # examiner": the names come before their role.
        word = (
            match.group("role")
            or match.group("verb")
            or match.group("verb2")
            or match.group("verb3")
            or match.group("role2")
            or ("chair" if match.group("verb4") else "")
            or ""
        )
        role = _role_of(word) or _HONOUR_VERBS.get(word.lower()[:6])
        if match.group("verb3") and (stated := _STATED_ROLE.match(sentence, match.end())):
            role = _role_of(stated.group("role")) or role
        chunk_start, previous_end = previous_end, match.end()
        if role is None:
            continue
        chunk = sentence[chunk_start : match.start()]
        anchors = list(_THANKS.finditer(chunk))
        chunk = chunk[anchors[-1].end() :] if anchors else chunk
        subject_verb = match.group("role2") or match.group("verb4")
        if subject_verb:
            chunk = re.sub(r"\([^()]*\)", " ", chunk)  # "B (Univ. X) serves as …"
        spans = list(_NAME_SPAN.finditer(chunk))
        relative = match.group("verb3") in ("chaired", "reviewed", "examined")
        if subject_verb or (relative and not _NAMES_GLUE.fullmatch(_NAME_SPAN.sub(" ", chunk))):
            # "… B serves as examiner": the verb's own subject; "a jury of A (reviewer)
            # and C, who chaired the committee": the relative clause's one name
            spans = spans[-1:]
        for span in spans:
            name = name_from_piece(span.group())
            if name:
                if subject_verb:
                    # "the reviewers were A and B, and C joined as examiner": C's own verb
                    # says C's role, not the list C was read into.
                    found = [(n, r) for n, r in found if n != name]
                found.append((name, role))
    thanked = _apposed_roles(sentence)
    # "A a soutenu sa thèse … Merci à B et C, rapporteurs": the members of A's jury
    other = thanked and _defended_before(page, block, max(0, block.text.find(sentence[:40])))
    if not other:
        found += thanked
    if not found and not other:
        return set()
    years = years_in(sentence)
    if not years and (at := block.text.find(sentence.strip()[:40])) > 0:
        # "I completed my PhD in 2016 … My examiners were A and B. I then spent four years
        # (2016–2020) as a postdoc": the defence is told before its jury, not after.
        years = years_in(block.text[:at])
    years = years or years_in(block.text) or _section_years(page, block)
    if not years and defence_year(page, block):
        years = [defence_year(page, block)]  # the defence a thesis's cover dates
    period = Period(max(years), max(years)) if years else Period()
    if other and not years and (posted := _post_year(page, block.text)):
        period = Period(max(posted), max(posted))  # "A defended today": the post's year
    for name, relation in thanked if other else ():
        if not _is_owner(page, name) and name != other:
            page.add(other, relation, name, sentence.strip(), "jury.prose", 0.75, period)
    candidate = page.owner.name
    if found and not other and not _MY_JURY.search(sentence):
        # "My student A defended … The examiners were C and D": A's jury, not the writer's
        at = max(0, block.text.find(sentence.strip()[:40]))
        candidate = _defended_before(page, block, at) or candidate
    for name, relation in found:
        if not _is_owner(page, name) and name != candidate:
            page.add(
                candidate,
                relation,
                name,
                sentence.strip(),
                "jury.prose",
                0.8 if relation is not Relation.JURY_MEMBER else 0.7,
                period,
            )
    return {name for name, _ in (*found, *(thanked if other else ()))}


_LABEL_COLON = re.compile(r"\s*(?:\(s\))?\s*[:：]")


def _in_role(sentence: str, cue: re.Match[str]) -> bool:
    """The jury cue is a word of a longer role phrase ("président du jury", "member of the
    jury"), not the role itself ("Rapporteurs : A, B").  A role phrase written as a label
    ("Committee member: A; B", a repository record's field) is the list's cue."""
    return any(
        role.start() <= cue.start()
        and cue.end() <= role.end()
        and role.span() != cue.span()
        and not (relation == "jury_member" and _LABEL_COLON.match(sentence, role.end()))
        for relation, pattern in LEXICON.jury_role_patterns.items()
        for role in pattern.finditer(sentence)
    )


def _labelling_role(sentence: str, cue: re.Match[str]) -> re.Match[str] | None:
    """The role phrase around the jury cue when a colon follows it ("président du jury :
    Pr B" inside an entry: the label of its one-member list), else None."""
    for pattern in LEXICON.jury_role_patterns.values():
        for role in pattern.finditer(sentence):
            if (
                role.start() <= cue.start()
                and cue.end() <= role.end()
                and _LABEL_COLON.match(sentence, role.end())
            ):
                return role
    return None


def _listed_members(items: list[str]) -> list[tuple[str, Relation]]:
    """Members of a jury listed one per item; an item without a label shares the role of
    the labelled one above ("Examinateurs : A" then "B" on the next row)."""
    members: list[tuple[str, Relation]] = []
    carried: Relation | None = None
    for item in items:
        label = _label(item)
        if label and name_from_piece(label.group(1)):
            item = f"{label.group(1)}, {label.group(2)}"  # "A: Professeur, Univ. X" (a row)
        found = jury_members(item)
        if label and not name_from_piece(label.group(1)):
            carried = _role_of(label.group(1))
        elif carried is not None:
            found = [(n, carried if r is Relation.JURY_MEMBER else r) for n, r in found]
        members.extend(found)
    return members


_DATED_ITEM = re.compile(r"^\s*(?:19|20)\d\d\b")


def _following_items(page: Page, block: Block, limit: int = 12) -> list[str]:
    """The first lines of the list items right after *block* (a list introduced by it)."""
    items = []
    index = page.index(block) + 1
    blocks = page.document.blocks
    while index < len(blocks) and len(items) < limit:
        candidate = blocks[index]
        # PDF text gives each member line as a paragraph: "M. A, Professeur, Univ. X — Rapporteur".
        listed = (
            candidate.kind is BlockKind.PARAGRAPH
            and candidate.section == block.section
            and (name_at_start(candidate.text) and _role_of(candidate.text))
        )
        if (
            not items
            and candidate.kind is BlockKind.PARAGRAPH
            and "\n" in candidate.text
            and all(map(name_at_start, candidate.lines))
        ):
            # "Rapporteurs :" then "A Professeur, Univ. X<br>B …": one member per line.
            return candidate.lines[:limit]
        if not items and listed and "\n" in candidate.text:
            # "A, Président" / "Professeur, Univ. X" / "B, Rapportrice" / …: each member's
            # line with its role, its position and institution on the line under it
            rows = _stacked_member_rows(candidate.lines)
            if rows:
                return rows[:limit]
        if candidate.kind is not BlockKind.ITEM and not listed:
            break
        if _DATED_ITEM.match(candidate.text):
            break  # "2014–2016 : Master, École X": the CV's next entry, no member
        items.append(candidate.text.replace("\n", ", "))
        index += 1
    return items


def _stacked_member_rows(lines: list[str]) -> list[str]:
    """Lines grouped into one row a member: a line opening with a name and telling a jury
    role starts a row, the lines under it without a name (position, institution) go on
    it; empty when a row has no role or fewer than two members are found."""
    rows: list[str] = []
    for line in lines:
        if name_at_start(line):
            if _role_of(line) is None and not _SUPERVISOR_CELL.search(line):
                return []
            rows.append(line)
        elif rows:
            rows[-1] = f"{rows[-1]}, {line}"
        else:
            return []
    return rows if len(rows) > 1 else []


def _advising_row(row: str) -> str | None:
    """The member a jury's row names as the thesis's director or co-supervisor, the role
    one of the row's pieces after the name ("A, Directeur de thèse, Professeur, Univ. X";
    "A, Associate Professor of X, Dissertation Advisor, Chair of Committee")."""
    name, _, rest = row.partition(", ")
    for piece in rest.split(", "):
        role = piece.strip(" .;")
        cue = _SUPERVISOR_CELL.match(role)
        if cue is not None and cue.end() == len(role):
            return name_at_start(name)
    return None


_CELL_LABEL = re.compile(r"^[^:：]{1,30}[:：]\s*")


_SUPERVISOR_CELL = re.compile(
    # ("A, Dissertation Advisor" on an approval page's signature line)
    rf"(?:(?:dissertation|thesis|doctoral)\s+)?"
    rf"(?:{LEXICON.pattern('SUPERVISION_CUES').pattern})(?:\s*\(s\))?"
    r"(?:\s+(?:de\s+(?:la\s+)?thèse|of\s+(?:the\s+)?thesis))?",
    re.I,
)


def _candidate_row(page: Page, block: Block) -> bool:
    """A table's row of one candidate, each column its role ("A | Supervisory team: B; C |
    Internal examiner: D | External examiner: E (Univ. X) | Outcome: …"): the first cell
    names the candidate, the cells labelled by jury roles their members."""
    if "\n" in block.text or ": " not in block.text or page.kind(block) in QUIET:
        return False
    cells = [c.strip() for c in block.text.split(" | ")]
    if len(cells) < 3 or _CELL_LABEL.match(cells[0]):
        return False
    fields = []
    for cell in cells[1:]:
        label = _CELL_LABEL.match(cell)
        if label and len(head := cell[: label.end()].rstrip(" :：")) < 40:
            fields.append((head, cell[label.end() :], _role_of(head)))
    if sum(1 for _, value, role in fields if role is not None and value.strip(" -–—")) < 2:
        return False
    candidate = name_from_piece(cells[0])
    if candidate is None:
        return False
    years = _heading_years(page.document, block.section) if block.section else set()
    year = next(iter(years)) if len(years) == 1 else None
    supervision = LEXICON.pattern("SUPERVISION_CUES")
    for head, value, role in fields:
        if role is None and not supervision.search(head):
            continue  # "Thesis title: …", "Outcome: Minor corrections"
        for name, said in jury_members(value):
            if role is None:
                relation, period = Relation.ADVISOR_PHD, Period(None, year)
            else:
                relation = role if said is Relation.JURY_MEMBER else said
                period = Period(year, year) if year else Period()
            extractor = "jury.candidate-row" if role else "supervision.candidate-row"
            page.add(candidate, relation, name, block.text, extractor, 0.8, period)
    return True


def _jury_row(page: Page, block: Block) -> bool:
    """A row of a jury table ("Mme A | Professeure, Univ. X | Rapportrice", or the role
    first): a cell that is only a role, a cell that is a name, and a jury named above."""
    cells = [_CELL_LABEL.sub("", c).strip() for c in block.text.split(" | ")]
    if len(cells) < 2 or "\n" in block.text:
        return False
    role_cells = [c for c in cells if len(c.split()) <= 4 and _role_of(c)]
    roles = [_role_of(c) for c in role_cells]
    names = [n for n in (name_from_piece(c) for c in cells if c not in role_cells) if n]
    if not names and roles:
        # "A (HDR)  Université X": a cell run on into the next column, the name before
        # its bracket
        names = [
            n
            for c in cells
            if "(" in c[3:] and c not in role_cells and (n := name_from_piece(c.split("(")[0]))
        ]
    name = names[0] if names else None
    supervisor = not roles and any(_SUPERVISOR_CELL.fullmatch(c) for c in cells)
    if supervisor and name is not None and not _is_owner(page, name):
        # "M. A | Univ. X | Directeur de thèse" in the candidate's jury: the advisor's row.
        if page.kind(block) is SectionKind.JURY:
            page.add(
                page.owner.name,
                Relation.ADVISOR_PHD,
                name,
                block.text,
                "supervision.jury-table",
                0.8,
                # the thesis ends with the defence the page records
                Period(None, year) if (year := defence_year(page, block)) else Period(),
            )
            return True
    if not roles and name is not None and name_from_piece(cells[0]) == name:
        # "Prof. dr. A | Universiteit X, promotor" under "Onafhankelijke leden:" (a Dutch
        # promotiecommissie's table on the page announcing the defence): the role is the
        # cell's last phrase or the sub-heading row above, else a member without a role.
        tail = cells[-1].rsplit(",", 1)[-1].strip() if len(cells) > 1 else ""
        role = _role_of(tail) if tail and len(tail.split()) <= 3 else None
        if role is None:
            role = _sub_heading_role(page, block)
        if role is None and page.kind(block) is SectionKind.JURY and _one_defence_page(page):
            role = Relation.JURY_MEMBER
        if role is not None:
            roles = [role]
    if not roles or name is None or _is_owner(page, name):
        return False
    blocks = page.document.blocks
    index = page.index(block)
    above = []
    for previous in reversed(blocks[max(0, index - 12) : index]):
        if " | " not in previous.text or previous.kind is BlockKind.HEADING:
            above.append(previous.text)
            if previous.kind is BlockKind.HEADING or len(above) > 1:
                break
    context = " ".join([*above, *block.section[-1:]])
    if page.kind(block) is not SectionKind.JURY and not LEXICON.pattern("JURY_CUES").search(
        context
    ):
        return False
    if LEXICON.pattern("NOT_JURY").search(context):
        return False
    years = years_in(block.text) or [y for text in above for y in years_in(text)]
    if not years and defence_year(page, block):
        years = [defence_year(page, block)]
    period = Period(max(years), max(years)) if years else Period()
    if page.owner is not None and (
        _candidate_column(page, block, name) or _rows_of_years(page, block)
    ):
        # "Candidat·e | Établissement | Année | Rôle" on a CV: juries the owner sat on; so
        # are rows each dated by a year of its own ("2024 | Rapporteur | A", "2023 | …"):
        # one's own defence has one date.
        page.add(name, roles[0], page.owner.name, block.text, "jury.table-service", 0.8, period)
        return True
    page.add(page.owner.name, roles[0], name, block.text, "jury.table", 0.8, period)
    return True


_YEAR_CELL = re.compile(r"\s*(?:19|20)\d\d\s*")


def _sub_heading_role(page: Page, block: Block) -> Relation | None:
    """The role a table's sub-heading row above *block* gives its rows ("Onafhankelijke
    leden:", "Opponents:"): the nearest row of one cell ending in a colon, over rows of
    cells only; None when a heading or a plain paragraph comes first."""
    blocks = page.document.blocks
    for previous in reversed(blocks[max(0, page.index(block) - 10) : page.index(block)]):
        if previous.kind is not BlockKind.ITEM:
            return None
        text = previous.text.strip()
        if " | " not in text:
            return _role_of(text) if text.endswith(":") and len(text.split()) <= 4 else None
    return None


def _rows_of_years(page: Page, block: Block) -> bool:
    """The table *block* is a row of holds rows dated by a year cell of their own, with
    two years or more among them (several defences, not one)."""
    blocks = page.document.blocks
    index = page.index(block)
    first = last = index
    while first > 0 and " | " in blocks[first - 1].text and blocks[first - 1].kind is block.kind:
        first -= 1
    while (
        last + 1 < len(blocks)
        and " | " in blocks[last + 1].text
        and blocks[last + 1].kind is block.kind
    ):
        last += 1
    years = {
        cell.strip()
        for row in blocks[first : last + 1]
        for cell in row.text.split(" | ")
        # (a year in any column, its header carried as the cell's label: "Fecha: 2023")
        if _YEAR_CELL.fullmatch(_CELL_LABEL.sub("", cell))
    }
    return len(years) > 1


_CANDIDATE_HEADER = re.compile(
    r"(?i)^(?:candidat|candidate|doctorant|doctorante|ph\.?\s?d\.?\s+candidate|student|étudiant)"
)


def _candidate_column(page: Page, block: Block, name: str) -> bool:
    """The table's header row calls the column holding *name* "Candidat·e" / "Candidate"."""
    blocks = page.document.blocks
    first = page.index(block)
    while (
        first > 0
        and " | " in blocks[first - 1].text
        and blocks[first - 1].kind is not (BlockKind.HEADING)
    ):
        first -= 1
    header = blocks[first].text.split(" | ")
    # (a row's cells may carry their header as a label: "Candidate: A")
    cells = [_CELL_LABEL.sub("", c) for c in block.text.split(" | ")]
    if first == page.index(block) or len(header) != len(cells):
        return False
    column = next(
        (i for i, c in enumerate(cells) if name_from_piece(c.split("(")[0]) == name), None
    )
    if column is None:
        return False
    title = header[column].strip()
    # ("Kandidat/in", "Doctorando/a", "Promovendus": the lexicon's STUDENT_LABELS)
    return bool(_CANDIDATE_HEADER.match(title) or LEXICON.pattern("STUDENT_LABELS").match(title))


# A page about one defence ("Soutenance de thèse de A", "PhD defence: A", a thesis record):
# its date, in a "soutenue le …"/"Date: …" line or in the event header above the title.
_DEFENCE_HEADLINE = re.compile(
    r"(?i)\b(?:soutenances?|d[ée]fen[cs]es?|hdr|habilitation|th[eè]ses?|dissertation|viva|"
    r"disputation)\b"
)
# A rank qualified by its holder's habilitation ("Maître de conférences HDR", "MCF-HDR",
# "Professeur (HDR)"): the page's owner's title, no defence announced.
_RANKED_HDR = re.compile(
    r"(?i)\b(?:conf[ée]rences|mcf|professeure?|professor|chargée?\s+de\s+recherche|cr|"
    r"directeur\s+de\s+recherche|directrice\s+de\s+recherche|dr)[\s,\-]*\(?HDR\)?"
)
_DEFENCE_DATE = re.compile(
    # ("Wanneer: 03-06-2024", "Datum: …": an agenda item's date field)
    r"(?i)(?:\b(?:soutenue?|soutiendra|défendue?|defended|will\s+defend|date|datum|wanneer|fecha|"
    r"defendid[ao]|defendió|defendeu|soutenance\s+(?:prévue|programmée))\b"
    r"[^.\n]{0,200}?"
    # ("El pasado viernes 28 de junio de 2024 tuvo lugar la lectura …": the date first)
    r"|(?=(?:19|20)\d\d\b[^.\n\d]{0,20}\b(?:tuvo|teve)\s+lugar\b)"
    # (a title page's day of the oral exam: "Tag der mündlichen Prüfung: 26. April 2024")
    r"|\btag\s+der\s+(?:mündlichen\s+prüfung|disputation|verteidigung)\s*[:：][^\n]{0,40}?"
    # (an event's labelled time, its date dotted maybe: "Quand : 16 mai 2025", "When: …",
    # "Aika ja paikka: Perjantai 12.9.2025", a frontespizio's "Esame finale: 28 marzo 2024")
    r"|\b(?:quand|when|wann|quando|aika(?:\s+ja\s+paikka)?|esame\s+finale)\s*[:：][^\n]{0,60}?"
    # (an invitation's "Die Disputation findet am Mittwoch, 24. Juni 2026 … statt")
    r"|\bfindet\s+am\b[^\n]{0,40}?)"
    r"\b((?:19|20)\d\d)\b"
)


_EARLIER_THESIS = re.compile(r"(?i)\b(?:thèse|phd|doctorat)\b[^.\n]{0,20}$")
_DEFENCE_DATE_BELOW = re.compile(
    # ("in het openbaar te verdedigen op" / "woensdag 9 april 2025": a proefschrift's cover)
    r"(?i)\b(?:soutiendra|will\s+defend|te\s+verdedigen)\b[^.]{0,160}?\b((?:19|20)\d\d)\b"
)
# PageOwner.how of one block's subject
_BLOCK_SUBJECTS = ("news-item", "defence-heading", "defence-field")
_DEFENCE_SUBJECTS = frozenset(_BLOCK_SUBJECTS[1:])
HABILITATION_WORD = re.compile(r"(?i)\b(?:hdr|habilitation)\b")


# A thesis record's type and degree fields: "Thesis type: Master's thesis", "Degree: MS",
# "Type : Mémoire de maîtrise", "Degree level: Doctoral".
_RECORD_FIELD = re.compile(
    r"(?im)^[ \t]*(?:(?:thesis|document|item|resource|publication)[ \t]+)?"
    r"(?:type|degree(?:[ \t]+(?:name|level))?|grade|diplôme)[ \t]*[:：][ \t]*([^\n]{1,60})"
)
_RECORD_OWNERS = ("meta:citation_author", "thesis-record")
_BARE_THESIS = re.compile(r"(?i)\b(?:thesis|theses|dissertation|thèse)\b")


def record_context(page: Page) -> Context | None:
    """The kind of thesis a thesis record's type and degree fields state (one kind only),
    for the advisors its fields name; None on any other page."""
    meta = page.document.meta
    if page.owner is None or page.owner.how not in _RECORD_OWNERS:
        return None
    if "record_context" not in meta:
        text = page.document.text[:8000]
        found = {
            c
            for m in _RECORD_FIELD.finditer(text)
            # ("Resource type: Thesis" says no degree; "Thesis (Masters)" says one)
            for _, c in contexts_in(_BARE_THESIS.sub("", m.group(1)))
        }
        meta["record_context"] = found.pop() if len(found) == 1 else None
    return meta["record_context"]


def _headline(page: Page) -> str:
    return " ".join(filter(None, (page.document.title, page.document.meta.get("h1"))))


COVER_DATE_BLOCKS = 16  # a thesis's title page: title, degree, candidate, committee, date


# A Highwire date's year, however the rest is written ("2021/05/14", "2021-05-14", "2021")
_TAGGED_YEAR = re.compile(r"(?:19|20)\d\d(?!\d)")


def defence_year(page: Page, block: Block) -> int | None:
    """The year of the one defence a page (or, on a list of news or defences, the block)
    announces or records, when it says so."""
    if page.owner is None:
        return None
    if page.owner.how in _BLOCK_SUBJECTS:
        date = _DEFENCE_DATE.search(block.text)
        if date is None and page.owner.how == "news-item" and block.section:
            # "A soutiendra … le 12 décembre 2025" › "Composition du jury :" › members: the
            # date of the defence the jury's heading followed
            held = page.document.meta.get("jury_years", {}).get(block.section)
            if held:
                return held
        if date is None and page.owner.how != "news-item" and block.section:
            # "A — 14 March 2024" heading a defence of a list: its one year is the defence's.
            years = set(years_in(block.section[-1]))
            if not years:
                # "A forsvarer sin afhandling" › "Fredag den 13. september 2024 kl. 13" ›
                # the committee: the one year the defence's blocks write dates it.
                # (not its title's years: "Proefschrift: Dorpsscholen in Zeeland, 1880–1940")
                years = _heading_years(page.document, block.section, untitled=True)
            if not years and page.owner.how == "defence-heading":
                # "Promoties in juni 2026" › "Promotie mw. A" › "Promotor: B": the list's own
                # headline dates the entries under it
                headline = _headline(page)
                if LEXICON.pattern("DEFENCE_LISTS").search(headline):
                    years = set(years_in(headline))
            if not years and len(block.section) > 1:
                # "Soutenance de thèse — A" › "Composition du jury": the defence's own
                # blocks, under the heading above the jury's, date it.
                years = _heading_years(page.document, block.section[:-1])
            return next(iter(years)) if len(years) == 1 else None
        return int(date.group(1)) if date else None
    document = page.document
    cached = document.meta.get("defence_year", ())
    if cached != ():
        return cached
    year = None
    # A thesis record or cover (its owner read as the thesis's author) records one defence.
    if (
        _one_defence_page(page)
        or page.owner.how == "thesis-record"
        # a plain-text notice, no headline: its candidate set apart as the one announced,
        # or under its "AVIS DE SOUTENANCE" heading
        or (
            page.owner.how in ("defence-announcement", "first-heading")
            and not _headline(page)
            and (page.owner.how == "defence-announcement" or _notice_heading(document))
        )
    ):
        # ("Date of Awarded: …" over "Date of Registration: …": the award dates it)
        record = _record_dates(document.text[:8000])
        date = _DEFENCE_DATE.search(document.text[:8000]) if record is None else None
        if date is not None and HABILITATION_WORD.search(_headline(page)):
            # "Soutenance d'HDR – A" … "depuis ma thèse, soutenue en 2014": the date of the
            # candidate's earlier thesis, not of the habilitation announced
            date = next(
                (
                    d
                    for d in _DEFENCE_DATE.finditer(document.text[:8000])
                    if not _EARLIER_THESIS.search(document.text, max(0, d.start() - 40), d.start())
                ),
                None,
            )
        below = _DEFENCE_DATE_BELOW.search(document.text[:8000]) if record is None else None
        if below is not None and (date is None or below.start() < date.start()):
            # "soutiendra son habilitation le" / (blank line) / "mercredi 26 mars 2025": the
            # date set apart on its own line below the announcing verb (before the thesis
            # "soutenue en 2021" of a student the summary names).
            date = below
        if record is not None:
            year = record[1]
        elif date:
            year = int(date.group(1))
        else:
            header = []
            blocks = iter(document.blocks[:8])
            for block in blocks:
                header.extend(years_in(block.text))
                if block.kind is BlockKind.HEADING:
                    break
            if not header:
                # No date above the headline: its date line sits under it ("<h1>Defense:
                # A</h1><p>April 12, 2024</p>").
                below = next(blocks, None)
                header = years_in(below.text) if below is not None else []
            year = header[0] if len(set(header)) == 1 else None
    if year is None and page.owner.how == "thesis-record" and document.blocks:
        # A thesis's thanks signed "Blackwater, September 2021" at the end.
        tail = document.blocks[-1].text.split("\n")[-1]
        found = years_in(tail) if len(tail) < 50 else []
        year = found[0] if len(found) == 1 else None
    if year is None and page.owner.how == "thesis-record":
        # A US title page: "… by / A / May 2022", the date alone on its line.
        dates = {
            y
            for b in document.blocks[:COVER_DATE_BLOCKS]
            for line in b.text.split("\n")
            if len(line) < 20 and LONE_DATE.match(line)
            for y in years_in(line)
        }
        year = dates.pop() if len(dates) == 1 else None
    if (
        year is None
        and page.owner.how == "first-heading"
        and _THESIS_COVER.search(document.text[:3000])
    ):
        # "A thesis presented to … for the degree of …" over "Town, Country, 2024" and
        # "© A 2024": a thesis's cover, whose short lines ending on a year date it.
        dates = {
            int(end.group(1))
            for b in document.blocks[:COVER_DATE_BLOCKS]
            for line in b.text.split("\n")
            if len(line) < 60 and (end := _LINE_END_YEAR.search(line))
        }
        year = dates.pop() if len(dates) == 1 else None
    if (
        year is None
        and page.owner.how == "first-heading"
        and _THESE_COVER.search(document.text[:3000])
        and (date := _DEFENCE_DATE.search(document.text[:3000]))
    ):
        year = int(date.group(1))  # "soutenue le 14 mars 2023" under the cover's candidate
    if year is None and page.owner.how == "defence-title":
        # "Congratulations to A, who defended his PhD thesis yesterday!": the post's date.
        told = (
            sentence
            for b in document.blocks[:12]
            if b.kind is BlockKind.PARAGRAPH
            for _, sentence in sentences(b.text)
            if _DEFENDED.search(sentence)
        )
        years = _post_year(page, next(told, ""))
        year = years.pop() if len(years) == 1 else None
    if year is None and page.owner.how == "meta:citation_author":
        # A thesis record's Highwire tags: "citation_dissertation_institution" makes it one,
        # "citation_publication_date" (2021/05/14) is the degree's date.
        meta = document.meta
        tagged = meta.get("citation_date") or meta.get("citation_publication_date") or ""
        lead = _TAGGED_YEAR.match(tagged) if meta.get("citation_dissertation_institution") else None
        year = int(lead.group()) if lead else None
    document.meta["defence_year"] = year
    return year


_NOTICE_HEADING = re.compile(
    r"(?i)\s*(?:avis\s+de\s+soutenance|notice\s+of\s+(?:public\s+)?(?:thesis\s+)?defen[cs]e)\b"
)


def _announced_candidate_owner(page: Page) -> bool:
    """Whether the owner is the candidate a defence notice announces: read from its
    announcement, or the name under a plain-text "AVIS DE SOUTENANCE" with no headline."""
    how = page.owner.how
    return how.startswith("defence-") or (
        how == "first-heading" and not _headline(page) and _notice_heading(page.document)
    )


def _notice_heading(document) -> bool:
    """Whether one of the first headings is an official notice's ("AVIS DE SOUTENANCE")."""
    return any(
        b.kind is BlockKind.HEADING and _NOTICE_HEADING.match(b.text) for b in document.blocks[:6]
    )


def announced_defence_year(text: str) -> int | None:
    """The year of the defence a news item announces ("soutiendra … le 12 décembre 2025")."""
    date = _DEFENCE_DATE.search(text)
    return int(date.group(1)) if date else None


def _heading_years(document, section: tuple, untitled: bool = False) -> set[int]:
    """The years the blocks under one heading write (computed once per heading); with
    *untitled*, not those of a block labelled as the thesis's title ("Thesis: …")."""
    cache = document.meta.setdefault("section_years", {})
    years = cache.get((section, untitled))
    if years is None:
        years = {
            y
            for b in document.blocks
            if b.section == section and not (untitled and _thesis_title_field(b.text))
            for y in years_in(b.text)
        }
        cache[(section, untitled)] = years
    return years


# "Proefschrift: Title", "Avhandling: Title", "Thesis: Title": a thesis title's label
_FIELD_LABEL = re.compile(r"^\s*([^\W\d][\w .-]{1,30}?)\s*[:：]")


# "Titre : « … (1945-1975) »", "Title of the thesis: …": a title's own label
_TITLE_LABEL = re.compile(
    r"(?i)(?:titre|title|titel|t[íi]tulo|titolo|intitulé)"
    r"(?:\s+(?:de\s+la\s+thèse|du\s+mémoire|of\s+the\s+(?:thesis|dissertation)))?"
)


def _thesis_title_field(text: str) -> bool:
    label = _FIELD_LABEL.match(text) if ":" in text[:34] or "：" in text[:34] else None
    return label is not None and (
        LEXICON.pattern("THESIS_WORDS").fullmatch(label.group(1)) is not None
        or _TITLE_LABEL.fullmatch(label.group(1)) is not None
    )


_THESIS_COVER = re.compile(
    r"(?i)\b(?:thesis\s+(?:presented|submitted)|submitted\s+in\s+partial\s+fulfil+ment)\b"
    r"[^.]{0,200}?\bdegree\s+of\b"
)
# A French thesis's cover ("THÈSE DE DOCTORAT" … "présentée par A" … "soutenue le …").
_THESE_COVER = re.compile(r"(?i)\bth[èe]se\s+de\s+doctorat\b[^.]{0,400}?\bprésentée\s+par\b")
_LINE_END_YEAR = re.compile(r"[\s,]((?:19|20)\d\d)\s*$")


_JOINS = re.compile(r"(?i)\b(?:joins|has\s+joined|rejoint|arrive|arrives)\b")
# A newcomer's paragraph opening on the post they join in ("A joins us as a postdoctoral
# research associate from X", "B rejoint l'équipe en tant que post-doctorante").
_JOINED_AS_POST = re.compile(
    r"(?i)[^.;]{0,80}?\b(?:joins|has\s+joined|rejoint|a\s+rejoint)\s+(?:us|the\s+\w+|"
    r"our\s+\w+|l['’]\w+|notre\s+\w+)?\s*(?:as|comme|en\s+tant\s+que)\s+"
    r"(?P<role>[^,.;()]{3,60})"
)
# A stay that begins at the item's date ("[Oct 2023] Moved here to start my postdoc with B",
# "I will join B's lab as a postdoc"): held since then.  (An internship keeps its one date:
# a short stay, begun and ended within it.)
_STARTS_STAY = re.compile(
    r"(?i)\b(?:arrivée|will\s+join|joining|rejoindrai|rejoindra|commencerai|commencera|"
    r"(?:start(?:ed|ing|s)?|began|beginning|begin)\s+(?:my|a|an|her|his|their|the)\b)"
)
# "[Sep 2020] Started my PhD under B", "03/2022 — Début de ma thèse sous la direction de B":
# the item's date is the thesis's first year, not its end.
_THESIS_STARTS = re.compile(
    r"(?i)\b(?:start(?:ed|ing|s)?|began|beginning)\s+(?:my|a|her|his|their)\s+"
    r"(?:ph\.?\s?d|doctora)|\bdébut\s+de\s+(?:ma|sa|leur)\s+thèse|"
    r"\b(?:commencé|commence|entamé|débuté)\s+(?:ma|sa|une)\s+thèse"
)


def _section_since(page: Page, block: Block) -> int | None:
    """The start year of an open period ("depuis 2022", "since 2021") in the block just
    before *block* in its section, or just before the list it belongs to and that list's
    lead-in ("Mes encadrants :")."""
    index = page.index(block)
    blocks = page.document.blocks
    for previous in reversed(blocks[max(0, index - 6) : index]):
        if previous.kind is BlockKind.HEADING or previous.section != block.section:
            return None
        lead_in = previous.text.rstrip().endswith(":") and not years_in(previous.text)
        if block.kind is BlockKind.ITEM and (previous.kind is BlockKind.ITEM or lead_in):
            continue  # an earlier entry of the same list, or the line that opens the list
        period = parse_period(previous.text)
        if not period.start or period.end or period.single:
            return None
        kinds = {c for _, c in contexts_in(previous.text)}
        # ("Since 2023 I am a postdoc …" above "I did my PhD at X": the postdoc's start)
        return None if kinds and Context.PHD not in kinds else period.start
    return None


def _section_range(page: Page, block: Block) -> Period | None:
    """The range of years ("(2023-2026)") a thesis-context block just before *block* in its
    section states."""
    index = page.index(block)
    previous = page.document.blocks[index - 1] if index else None
    if previous is None or previous.kind is BlockKind.HEADING or previous.section != block.section:
        return None
    if not any(c is Context.PHD for _, c in contexts_in(previous.text)):
        return None
    period = parse_period(previous.text)
    return period if period.start and period.end and not period.single else None


# A CV's own date on its title line ("Curriculum vitæ — mis à jour le 14 octobre 2025",
# "Name    CV – novembre 2025", "Updated May 2024"): when the document was written.
_CV_STAMP = re.compile(r"\bCV\b|(?i:curriculum|mis\s+à\s+jour|\bupdated\b)")
_BIRTH = re.compile(
    r"(?i)\W*(?:naissance|née?|born|date\s+of\s+birth|birth|geboren|nacimiento|nascimento|"
    r"nascita|data\s+di\s+nascita|geboorte)\b"
)


def _postdoc_only(text: str) -> bool:
    """Whether a paragraph speaks of a postdoc and of no PhD but as a time."""
    kinds = {c for _, c in _without_time_of_phd(text, contexts_in(text))}
    return Context.POSTDOC in kinds and Context.PHD not in kinds


def _other_studies_only(text: str) -> bool:
    """Whether a paragraph speaks of other studies (a master's, an internship) and of no
    PhD but as a time ("Before my PhD, I obtained a master's at X (2022).")."""
    kinds = {c for _, c in _without_time_of_phd(text, contexts_in(text))}
    return bool(kinds) and Context.PHD not in kinds and Context.POSTDOC not in kinds


# A qualifications table's row of a bachelor's or master's degree ("M.E. | …", "B.Tech, …").
# A row naming a doctorate ("2011 : doctorat de chimie", "PhD, Univ. X"), not only an HDR.
_DOCTORATE_ROW = re.compile(r"(?i)\b(?:ph\.?\s?d|doctora|doktor|dottorato|th[eè]se|thesis)")
_LOWER_DEGREE_ROW = re.compile(r"\s*(?:B|M)\.?\s?(?:E|Tech|Sc|S|A|Eng|Phil|Com)\.?\s*(?:\||,|\()")


def _doctorate_item_above(blocks: list[Block], at: int) -> bool:
    """A dated doctorate's item stands just above the item at *at* in its list (a CV's
    degrees, newest first: the items below it are lower degrees)."""
    section = blocks[at].section
    for above in reversed(blocks[max(0, at - 6) : at]):
        if above.kind is not BlockKind.ITEM or above.section != section:
            return False
        if _DOCTORATE_ROW.search(above.text):
            return years_in(above.text) != []
    return False


def _section_years(page: Page, block: Block) -> list[int]:
    """Years of the blocks just before *block* in its section (the thesis it belongs to)."""
    if _announces_owner(page) and (year := defence_year(page, block)):
        # "Dissertation Defense: A" / "Tuesday, April 14, 2026" / an abstract's "since
        # 2000": the defence the headline announces dates its thesis, not the prose.
        return [year]
    blocks = page.document.blocks
    index = page.index(block)
    for at in range(index - 1, max(0, index - 12) - 1, -1):
        previous = blocks[at]
        if previous.kind is BlockKind.HEADING or previous.section != block.section:
            break
        if (
            page.owner is not None
            and page.owner.how == "bio-paragraph"
            and previous.kind is BlockKind.PARAGRAPH
            and (other := bio_subject(previous.text)) is not None
            and not compatible(other, page.owner.name)
        ):
            break  # (the bio above is another author's: its years are no thesis of this one's)
        if _BIRTH.match(previous.text):
            continue  # an infobox's "Naissance : 1979" row dates the person, not a thesis
        if _thesis_title_field(previous.text):
            continue  # "Proefschrift: Dorpsscholen in Zeeland, 1880–1940": its subject's years
        if previous.kind is BlockKind.ITEM and _LOWER_DEGREE_ROW.match(previous.text):
            continue  # "B.E. | … | 1998" under "Ph.D. | … | 2006": the thesis is the Ph.D.'s
        if (
            previous.kind is BlockKind.ITEM
            and not _DOCTORATE_ROW.search(previous.text)
            and _doctorate_item_above(blocks, at)
        ):
            continue  # "2024 : Doctorat …" / "2021 : Master …" over the jury: the doctorate's
        if (
            previous.kind is BlockKind.ITEM
            and HABILITATION_WORD.search(previous.text)
            and not _DOCTORATE_ROW.search(previous.text)
            and not HABILITATION_WORD.search(block.text)
        ):
            continue  # "2011 : doctorat" / "2020 : HDR" over "Jury de thèse : …": the PhD's
        years = years_in(previous.text)
        if years and previous.kind is BlockKind.PARAGRAPH and _other_studies_only(previous.text):
            # "I obtained a master's at X in 2022." above "I'm a PhD student at Y, advised
            # by A": the years are the master's, the thesis's are not stated.
            return []
        if years and previous.kind is BlockKind.PARAGRAPH and _postdoc_only(previous.text):
            return []  # "Since 2023 I am a postdoc with A." above "I did my PhD at X": A's
        if years:
            # "… après une thèse soutenue en 2019 à X" before "Mon jury était composé de":
            # of the paragraph's years, the defence's
            defended = _DEFENCE_DATE.search(previous.text) if len(set(years)) > 1 else None
            return [int(defended.group(1))] if defended else years
    if block.section and _DATE_CELL.match(block.section[-1]):
        return years_in(block.section[-1])  # a news item under its date ("June 2024")
    return []


# "Composition du jury de thèse", "Jury de soutenance": a list's label paragraph whose cue
# only a thesis word follows (no colon: the member items stand below it).
_JURY_LABEL_TAIL = re.compile(
    r"(?i)\s*(?:de\s+(?:la\s+)?|du\s+|d['’]|of\s+(?:the\s+|my\s+)?)?"
    r"(?:thèse|soutenance|doctorat|hdr|habilitation|thesis|defen[cs]e|dissertation)\s*"
)
JURY_LABEL_CHARS = 60


# What sits between a jury cue and the names: "was composed of", "consisted of", ":".
JURY_LEAD = re.compile(
    r"^\s*(?:\(s\)|s(?!\w))?\s*(?:suivante?s?|following|below|ci-dessous)?\s*"
    # "Opponents at the defence: A and B": a short phrase may sit before the colon.
    r"(?:(?:at|of|for|in|during|before|de|du|à|avant|lors\s+de)\s+[^:：.;]{1,40}?(?=[:：])"
    # "Povjerenstvo za ocjenu doktorskog rada: A": the thesis, its case inflected, no "of"
    + r"|(?:"
    + alternation([re.escape(w).replace(r"\ ", r"\s+") for w in LEXICON.CONTEXT["phd"]])
    + r")(?=\s*[:：]))?"
    # "Le jury, composé de A": an apposition after a comma.
    r"(?:[:：]|-\s|,(?=\s*(?:composed|made|formed|composée?|formée?)\b))?\s*"
    # ("Les rapporteurs étaient A et B", "… seront C et D")
    r"(?:(?:was|were|is|are|était|est|étaient|sont|seront|furent)\s+)?"
    r"(?:(?:composed|made\s+up|formed)\s+of|consist(?:ed|s|ing)\s+of|comprised|included|including|"
    # ("composé d'Honoré A (rapporteur), de B …": the elided "de" before a vowel; "composé
    # du Prof. A, du Prof. B": the article joins the first member's title)
    r"(?:composée?|formée?|constituée?)\s+(?:de|d['’]|(?=du\s))|réunissait|réunit|réunira"
    # the other languages' "consisted of" (lexicon JURY_COMPOSED: "bestond uit", "bestand aus")
    r"|(?:"
    + alternation([re.escape(w).replace(r"\ ", r"\s+") for w in LEXICON.JURY_COMPOSED])
    + r")(?:\s*[:：])?)?\s*",
    re.I,
)


def _jury_sentences(text: str):
    """Jury lists carry initials and titles: split on line breaks and on ". " + capital only
    when a new sentence clearly starts (a verb-led sentence is not detectable; keep lines)."""
    if "\n" in text:
        # "Committee: Hannelore" / "Sjöberg, Pascal Dufresne": a name the line cut in two.
        text = _NAME_CUT.sub(r"\1 ", text)
        text = _wrapped_jury_lines(text)
    for offset, line in enumerate(text.split("\n")):
        # "... promoted in 2022. She received ...": a year may end a sentence too.
        # "Rapporteurs : A et B. Examinateurs : C": a role label opens a sentence too.
        for piece in re.split(
            # "… thorough viva. Dr. B chaired": a titled name opens a sentence too.
            # (a title ends no sentence: "Prof. Dr. A" is one name)
            # (nor a lower-case one: "prof. dr. ir. A", Dutch and Czech style)
            # ("… de l'intersubjectivité. Le jury …": accented letters end and open one too;
            # "… examinateur. Auparavant, j'avais …": an adverb and its comma open one)
            r"(?:(?<=[a-zà-ÿ)\]]{2}\.)(?<!Prof\.)(?<!Dr\.)(?<!prof\.)(?<!\bdr\.)(?<!\bir\.)"
            # ("Assoc. Prof. A", "Asst. Prof. B", "Assist. Prof. C": a rank's short form, no
            # sentence end)
            # ("… pour sa soutenance le 3 juillet 2024 ! Le jury était …": "!" ends one too)
            r"(?<!drs\.)(?<!doc\.)(?<!hab\.)(?<!Assoc\.)(?<!Asst\.)(?<!Assist\.)"
            r"|(?<=\d{4}\.)|(?<=\s!))\s+"
            # ("… Prof. Dr. B. Von 2017 bis 2021 …": a word and a year open one too)
            r"(?=[A-ZÀ-Þ][a-zà-ÿ]+\s(?:[a-zà-ÿ]|(?:19|20)\d\d\b)|[A-ZÀ-Þ][a-zà-ÿ]+,\s+[a-zà-ÿ]|"
            r"[A-ZÀ-Þ]\w+\s?[:：]|"
            r"(?:Dr|Prof|Professor)\.?\s+[A-ZÀ-Þ][a-zà-ÿ]|"
            # "… (internal). I then spent …", "… (rapporteur). J'ai ensuite …": the first
            # person opens one too
            r"I\s[a-z]{2}|J['’][a-zà-ÿ])",
            line,
        ):
            if " ja " in piece:
                # "Vastaväittäjänä toimii A ja kustoksena B": each role's clause its own
                for clause in _ESSIVE_ROLE_CLAUSE.split(piece):
                    yield offset, clause
                continue
            if ", and " in piece and len(clauses := _NEXT_ROLE_CLAUSE.split(piece)) > 1:
                cue = LEXICON.pattern("JURY_CUES")
                if all(cue.search(clause) for clause in clauses):
                    # "my opponent was A, and the grading committee was B, C and D": the
                    # second clause's cue is its own members' role, not the first's
                    for clause in clauses:
                        yield offset, clause
                    continue
            yield offset, piece


# ", and the examining committee was …": a clause naming the next role and its members
_NEXT_ROLE_CLAUSE = re.compile(
    r",\s+and\s+(?=(?:the|my|his|her|their)\s+[^,;]{0,40}?\s(?:was|were|consisted|comprised)\s)"
)
# "… ja kustoksena professori B": a Finnish clause naming the next role in the essive
_ESSIVE_ROLE_CLAUSE = re.compile(
    r"\s+ja\s+(?=[a-zäö]{4,}(?:na|nä)\s+(?:toimi\w*\s+)?(?:[a-zäö]+\s+)?[A-ZÀ-Þ])"
)


def _wrapped_jury_lines(text: str) -> str:
    """A PDF dump wraps a long jury list ("Jury: A (reviewer), B" / "(examiner), C
    (president)"): a labelled list line that stops mid-list (on a comma, a name or a role
    word) goes on on the next line, unless that one opens an entry or a label of its own."""
    lines = text.split("\n")
    joined = [lines[0]]
    for line in lines[1:]:
        last = joined[-1].rstrip()
        if (
            last
            and line.strip()
            and (
                (last[-1] in ",;" or last[-1].isalpha())
                and _JURY_LIST_LINE.search(last)
                # "… . Dissertation Committee:" / "A (chair), B, C": the label ended a
                # wrapped line of prose, its list on the next one
                or last[-1] in ":："
                and _WRAPPED_LABEL.search(last) is not None
                and (", " in line or _PAIR_LINE.match(line) is not None)
                # "Examiners: Prof. A (X, external)" / "and Dr B (internal)": the list's last
                # member on the line below, after its conjunction
                or _LAST_MEMBER_LINE.match(line) is not None
                and ":" in last
                and LEXICON.pattern("JURY_CUES").search(last) is not None
            )
            and not _ENTRY_START.match(line)
        ):
            joined[-1] = f"{last} {line.strip()}"
        else:
            joined.append(line)
    return "\n".join(joined)


# A line that opens on a lower-case "and" (et, und, e, y) before a name or a title.
_LAST_MEMBER_LINE = re.compile(r"\s*(?:and|et|und|e|y)\s+[A-ZÀ-Þ]")
# "Jury:", "Committee :", "Jury : rapporteurs …": a line that opens a labelled member list.
# ("… devant le jury composé de A (rapportrice)," / "B (rapporteur), …": the phrase's list too)
_JURY_LIST_LINE = re.compile(
    r"(?i)\b(?:jury|committee|comité)\b(?:[^:：\n]{0,20}[:：]|\s+(?:(?:était|was)\s+)?"
    r"(?:composée?|constituée?|composed|consisting|made\s+up)\s+(?:de|d['’]|of)\s)"
)
_WRAPPED_LABEL = re.compile(
    r"(?i)[.;]\s+[^.;:：\n]{0,30}\b(?:jury|committee|comité)\b[^.;:：\n]{0,20}[:：]$"
    # "… Rapportrices : A et B. Examinateurs :" / "C et D": a newsletter's hard-wrapped
    # role label, its members on the next line
    r"|[.;]\s+(?:rapport\w*|examinat\w*|examiners?|reviewers?|referees?)\s?[:：]$"
)
# Two names joined by "et"/"and" opening a line: a wrapped label's two members.
_PAIR_LINE = re.compile(r"\s*[A-ZÀ-Þ][\w.'’-]+(?:\s[A-ZÀ-Þ][\w.'’-]+){1,3}\s(?:et|and)\s[A-ZÀ-Þ]")
# A bullet, a year, a "Label:" or a heading-like short line opens something new.
_ENTRY_START = re.compile(r"\s*(?:[-•*–—·]|\d|[^\n:：]{1,40}[:：])")


_NAME_CUT = re.compile(
    r"([:,;]\s*[A-ZÀ-Þ][a-zà-ÿ'’-]+)\n(?=[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:,|\s+(?:and|et)\s|\s*$))", re.M
)


# "reviewer of the PhD thesis of X", "membre du jury de thèse de X": the owner sat on X's jury.
def _alternatives(phrases) -> str:
    """Lexicon phrases as one alternation, longest first ("tesis doctoral" before "tesis"),
    spaces matching any white space and an elision's apostrophe either one (factored by
    first letter: the same matches, one branch tried per letter at each word)."""
    ordered = sorted({p.lower() for p in phrases}, key=len, reverse=True)
    return alternation(
        [re.sub(r"(?:\\ )+", r"\\s+", re.escape(p)).replace("'", "['’]") for p in ordered],
        re.IGNORECASE,
    )


# A doctoral programme's discipline, its capitalised words ("Scienze della Terra").
_DISCIPLINE = (
    r"(?:[A-ZÀ-Þ][\w'’-]*\s+(?:(?:e|ed|and|et|of|de|des|du|della|delle|del|dell['’])\s*)?){1,5}?"
)
# The letters every SERVICE match opens with, at a word's start (the nouns', then "committee",
# "jury", "defence", "thesis", "phd", "celles", "those"): the engine tests them at each word
# before trying the four branches.
_SERVICE_FIRSTS = re.escape(
    "".join(sorted({noun.lower()[:1] for noun in LEXICON.THESIS_OF_NOUNS} | set("cjdtpero")))
)
SERVICE = re.compile(
    rf"\b(?=(?i:[{_SERVICE_FIRSTS}]))(?:"
    # "thesis of A", "Dissertation von B", "tesi di dottorato di C", "proefschrift van D":
    # each language's thesis nouns and its "of" (lexicon THESIS_OF_NOUNS, OF_WORDS)
    rf"\b(?i:{_alternatives(LEXICON.THESIS_OF_NOUNS)})"
    # "tesi di dottorato in Fisica di C", "esame finale di Dottorato in Chimica di D":
    # the programme's discipline between the noun and the candidate's "of"
    rf"(?:\s+(?i:in|en)\s+{_DISCIPLINE})?\s+(?i:{_alternatives(LEXICON.OF_WORDS)})"
    rf"(?:\s+(?i:dottorato|doctorat|ph\.?d\.?)\s+(?i:in|en)\s+{_DISCIPLINE}\s*"
    rf"(?i:{_alternatives(LEXICON.OF_WORDS)}))?"
    # ("Rapporteur des thèses de : A (X, 2012), B (Y, 2015)": a label's colon after it)
    r"\s*(?:[:：]\s*)?(?:(?i:Mr|Mrs|Ms|Dr|M|Mme)\.?\s+)?(?=[A-ZÀ-Þ])"
    # ("thèse d'État": the degree's name, no candidate's)
    r"(?![ÉE]tat\b)"
    # "Lid leescommissie, proefschrift A, Universiteit X, 2022": a CV's item writes the
    # candidate right after its thesis noun, the role before the comma
    rf"|(?<=, )(?i:{_alternatives(LEXICON.THESIS_OF_NOUNS)})\s+"
    r"(?=[A-ZÀ-Þ][\w'’-]+\s+(?:[a-z]{1,3}\s+){0,2}[A-ZÀ-Þ][\w'’-]+\s*[,(])"
    # "Thesis committee member for A (Univ. X, 2021)"
    r"|\b(?i:committee|jury)\s+(?i:member)\s+(?i:for|of)\s+(?=[A-ZÀ-Þ])"
    # "PhD defence committee (opponent) for A, Univ. X, 2023"
    # ("Chair of the doctoral examination (Vorsitz) of B": the examination's own word)
    r"|\b(?i:defen[cs]e|thesis|phd|doctoral|dissertation)\s+(?i:committee|jury|examination)"
    r"(?:\s+\([^()]{1,30}\))?\s+(?i:for|of)\s+(?=[A-ZÀ-Þ])"
    # "PhD examiner for A (Univ. X, 2022)" in a mixed service list: the thesis's role
    r"|\b(?i:ph\.?d\.?|thesis|dissertation|doctoral)\s+(?i:examiner|opponent|reviewer|referee)"
    r"\s+(?i:for|of)\s+(?=[A-ZÀ-Þ])(?!(?i:ph\.?\s?d|thesis|dissertation|doctoral|hdr)\b)"
    # "External examiner of Ph.D. thesis: A, Univ. X, 2021": the candidate after the colon
    r"|\b(?i:examiner|opponent|reviewer|referee)\s+(?i:of|for)\s+(?:(?i:the|a)\s+)?"
    r"(?i:ph\.?\s?d\.?|doctoral)\s+(?i:thesis|dissertation)\s*[:：]\s*(?=[A-ZÀ-Þ])"
    # "Member of the committee of A's habilitation (Univ. X, 2023)": the candidate's own
    r"|\b(?i:committee|jury)\s+(?i:of|for)\s+(?=(?:[A-ZÀ-Þ][\w.-]*\s+){1,3}?[A-ZÀ-Þ][\w-]*['’]s\s+"
    r"(?i:habilitation|hdr|thesis|ph\.?d|doctoral|defen[cs]e|dissertation|viva)\b)"
    # "rapporteur de douze thèses, dont celles de A et B", "examinateur de celle de C": the
    # pronoun stands for the theses just named
    r"|(?<=\s)(?i:celles?|those)\s+(?i:of|de|d['’])\s*(?=[A-ZÀ-Þ])"
    ")"
)
# "A's habilitation" after "committee of": the candidate's name before the possessive.
_POSSESSIVE_THESIS = re.compile(
    r"((?:[A-ZÀ-Þ][\w.-]*\s+){1,3}?[A-ZÀ-Þ][\w-]*)['’]s\s+"
    r"(?i:habilitation|hdr|thesis|ph\.?d\.?|defen[cs]e|dissertation|viva)\b"
)


def _thesis_owner(rest: str) -> str:
    """*rest* with "A's habilitation" read as A: the candidate before the possessive."""
    if "s " in rest[:60] and _POSSESSIVE_THESIS.match(rest):
        return _POSSESSIVE_THESIS.sub(r"\1", rest, count=1)
    return rest


# What every match of SERVICE writes (lower case): a pre-filter on the lowered text.
# (each noun's first word as written: "theses", not "these", which English prose writes)
SERVICE_WORDS = tuple(
    sorted({noun.lower().split()[0] for noun in LEXICON.THESIS_OF_NOUNS} | {"committee", "jury"})
)
# ("De Smet", "Du Bois": a capitalised particle opens a Flemish or French family
# name, no jury's "de")
_SERVICE_MARK = re.compile(r"\b(?:of|de|du|for|pour|OF|DE|DU|FOR|POUR|Of|For|Pour)\b")
# "Université de Y", "directeur de recherche": an "of"/"de" inside a member's affiliation or
# position, not the "of" of a jury the owner sat on.
_AFFILIATION_OF = re.compile(
    r"(?i)\b(?:universit\w*|institut\w*|[ée]cole|school|college|laborato\w+|department|"
    r"d[ée]partement|cent(?:re|er)|facult\w+|academy|académie|directeur|directrice|"
    r"charg[ée]e?|ma[îi]tre(?:sse)?|head|chair)\s+(?:of|de|du|d['’]|des|for|pour)\b"
)


# "Depuis mon recrutement, j'ai siégé …": the time of one's own hiring, no hiring jury.
_OWN_HIRING = re.compile(r"(?i)\b(?:depuis|après|avant|dès)\s+(?:mon|son|leur)\s+recrutement\b")


def _without_own_hiring(text: str) -> str:
    return _OWN_HIRING.sub(" ", text) if "recrutement" in text else text


def _sat_on(text: str) -> bool:
    """A jury the owner sat on, as a cue or a role other than "member", and no committee
    that is not a jury."""
    if "upervisory" in text and (", and " in text or "\n" in text):
        # ("served on the supervisory committee of A, and was external examiner for B":
        # the clause after the committee's is read alone)
        text = _jury_sentences_only(text)
    if _audience_jury(text):
        return False  # "defended before a committee of A (chair), B": the candidate's own
    return not LEXICON.pattern("NOT_JURY").search(_without_own_hiring(text)) and bool(
        LEXICON.pattern("JURY_CUES").search(text)
        or _role_of(text) not in (None, Relation.JURY_MEMBER)
        # "I served as outside reader for the dissertation of A": a member's role held
        or ("erv" in text and _SERVED_AS.search(text) and _role_of(text) is not None)
    )


_SERVED_AS = re.compile(r"(?i)\bserv(?:ed|e|es|ing)\s+as\b")


# "… defended her thesis before a committee of A (chair), B", « … devant un jury de C
# (président) »: the lead (lexicon JURY_AUDIENCE_LEADS), a determiner and up to two words
# before the jury noun a SERVICE match opens on, i.e. the jury the candidate stood before.
_AUDIENCE_LEAD = re.compile(
    r"(?i)(?<![\w-])(?:"
    + alternation([re.escape(w).replace(r"\ ", r"\s+") for w in LEXICON.JURY_AUDIENCE_LEADS])
    + r")\s+(?:(?:an?|the|her|his|their|my|our|une?|les?|la|l['’]|son|sa|mon|ma|leur)\s*)?"
    r"(?:[\w-]+\s+){0,2}$"
)
_AUDIENCE_HINT = word_hint(LEXICON.JURY_AUDIENCE_LEADS)
AUDIENCE_LEAD_CHARS = 48


def _audience_jury(text: str) -> bool:
    """Whether every candidate's jury *text* names (SERVICE) is one a defence was held
    before ("defended before a committee of A (chair), B"): its members follow, and no
    jury the owner sat on ("I chaired the committee of A" is one)."""
    if not _AUDIENCE_HINT.search(text):
        return False
    matches = list(SERVICE.finditer(text))
    return bool(matches) and all(
        _AUDIENCE_LEAD.search(text, max(0, m.start() - AUDIENCE_LEAD_CHARS), m.start())
        for m in matches
    )


# "I obtained my PhD at X in 2019 … Defended before a jury composed of A (chair), B":
# the owner's own jury told under "Service & examining", no jury the owner sat on.
_OWN_DEFENCE = re.compile(
    r"(?i)\bI\s+(?:obtained|received|defended|completed|earned|got)\s+my\s+"
    r"(?:ph\.?\s?d|doctorate|doctoral|thesis|dissertation|habilitation)|"
    # "I defended on 14 June 2024 in front of a committee of A, B and C"
    r"\bI\s+defended\s+(?:on|in|before|in\s+front)\b|"
    r"\bj['’]ai\s+(?:soutenu|obtenu)\s+(?:ma|mon)\s+(?:thèse|doctorat|habilitation|hdr)\b|"
    # "Composition du jury (soutenance du 3 mai 2019) : A (rapporteur), B …": a dated
    # composition label opens the owner's own jury, no jury the owner sat on
    r"^\s*composition\s+(?:du\s+jury|of\s+the\s+(?:jury|committee))\b"
)


def _own_defence(text: str) -> bool:
    return (
        "my " in text
        or "I defended" in text
        or "j'ai" in text
        or "j’ai" in text
        or "omposition" in text[:20]
    ) and bool(_OWN_DEFENCE.search(text))


def _service_item(block: Block) -> bool:
    first = block.lines[0] if block.lines else ""
    # "Jurys de thèse" › "2024" › "A (Univ. X) — rapporteur": dated by its year heading.
    return (
        bool(years_in(first))
        or bool(block.section and _BARE_YEAR.match(block.section[-1]))
        or (
            # "Mme A, professeure, Univ. Y — garante de l'habilitation" under "Jury": a member,
            # named first ("Juries" lists the candidates of juries the owner sat on).
            (name_at_start(first) is None or bool(block.section) and _plural(block.section[-1]))
            and bool(_SERVICE_MARK.search(_AFFILIATION_OF.sub(" ", first)))
            # "séminaire de A" in an aside after the jury: no thesis, no jury role.
            and bool(SERVICE.search(first) or _role_of(first) or _mentions_thesis(first))
            and len(jury_members(first)) <= 1
        )
    )


_BARE_YEAR = re.compile(r"^(?:19|20)\d\d$")
# What comes before the owner's part in an item: its date, then a word or two of the
# part's own ("2024 Thesis committee member for A", "2021–2023: Member, dissertation
# committee of B"), no one's name (an item opening on "Thèse de A" is A's own thesis)
_OWN_PART_LEAD = re.compile(
    r"\W{0,3}(?:(?:19|20)\d\d(?:\s*[–-]\s*(?:(?:19|20)\d\d|present))?\s*[:：–—-]?\s*)?"
    r"(?:[A-Za-z]+,?\s+){1,2}"
)
_YEAR_HEADING = re.compile(r"^(?:FY|AY)?\s?((?:19|20)\d\d)$")


def _opens_on(text: str, name: str) -> bool:
    """Whether *text* opens on *name* (a title before it allowed), then a lower-case verb."""
    at = text.find(name)
    return 0 <= at <= 6 and text[at + len(name) : at + len(name) + 2][1:].islower()


# A student's entry year by its label: "Year of admission: 2021", "Regd. 2022", "enrolled 2020"
_ENTRY_YEAR = re.compile(
    r"(?i)\b(?:(?:year|date)\s+of\s+(?:admission|enrol(?:l)?ment|registration)|admission\s+year|"
    r"admitted|enrolled|regd\.?|registered)\s*(?:in\s+|:\s*|on\s+)?((?:19|20)\d\d)\b"
)
_JOINED_AS = re.compile(r"\b(?:joined|started|arrived|began|a\s+rejoint|a\s+commencé)\b")


_SERVICE_CLAUSE = re.compile(r"\s+;\s*|;\s+|(?<=[).])\s+(?=[A-ZÀ-Þ])")
# "… of A (Univ. X, 2023) and reviewer of …": a candidate's bracket closes one role's
# clause when a lower-case word (the next role) follows the "and".
_AND_AFTER_BRACKET = re.compile(r"(?<=\))\s*,?\s+(?:and|et)\s+(?=[a-zà-ÿ])")


# ", en tant que rapporteur", ", en qualité d'examinatrice": the role that closes one
# candidate's clause.
_AS_ROLE = re.compile(
    r"(?i),?\s*\ben\s+(?:tant\s+qu(?:e\s+|['’]\s*)|qualité\s+d(?:e\s+|['’]\s*))(?P<role>[\w·.-]+)"
)
_NEXT_CANDIDATE = re.compile(r"(?i)^\W*(?:(?:et|and|ainsi\s+que|puis)\s+)?(?:d(?:e\s+|['’]\s*))?")


def _own_role_clauses(segment: str) -> list[str]:
    """*segment* cut at its semicolons when two or more of its clauses say a role of their
    own ("Opponent for A (X, 2021); committee member for B (Y, 2019)"), else whole."""
    if len(SERVICE.findall(segment)) > 1:
        return [c for c in _SERVICE_CLAUSE.split(segment) if c]
    if ";" not in segment:
        return [segment]
    clauses = [c for c in _SERVICE_CLAUSE.split(segment) if c]
    roled = sum(bool(SERVICE.search(c)) or _role_lead(c) is not None for c in clauses)
    return clauses if roled > 1 else [segment]


def _candidates_as_roles(page: Page, text: str) -> bool:
    """ "siéger dans les jurys de thèse de A (Univ. X, 2023), en tant que rapporteur, et de
    B (Univ. Y, 2024), en tant qu'examinateur": each candidate with the role that closes
    its clause; False when the sentence is not so built (two or more such clauses)."""
    match = SERVICE.search(text)
    if match is None:
        return False
    clauses = []
    start = match.end()
    for role_match in _AS_ROLE.finditer(text, start):
        role = _role_of(role_match.group("role"))
        piece = _NEXT_CANDIDATE.sub("", text[start : role_match.start()])
        candidate = name_at_start(piece)
        if role is None or candidate is None:
            return False
        # (the clause with its role: its own year, and the evidence that says the role)
        clauses.append((piece + text[role_match.start() : role_match.end()], candidate, role))
        start = role_match.end()
    if len(clauses) < 2:
        return False
    for piece, candidate, role in clauses:
        if not _is_owner(page, candidate):
            _service_claim(page, piece, candidate, role)
    return True


# (lexicon QUALIFYING_EXAMS, a few languages only: its literals tested first)
_QUALIFYING_LITERALS = phrase_literals(LEXICON.QUALIFYING_EXAMS)
_QUALIFYING_EXAM = phrase_pattern(LEXICON.QUALIFYING_EXAMS) if LEXICON.QUALIFYING_EXAMS else None


def _jury_service(page: Page, block: Block) -> None:
    """ "Reviewer for the PhD thesis of Jane Doe (Univ. X, 2021)": candidate → owner."""
    text = _jury_sentences_only(block.text)
    if not text:
        return
    if _QUALIFYING_EXAM is not None and holds_any(block.text.lower(), _QUALIFYING_LITERALS):
        if _QUALIFYING_EXAM.search(block.text):
            return  # "Participação em banca de A. … Exame de qualificação": no jury yet
    if ("tant qu" in text or "qualité d" in text) and _candidates_as_roles(page, text):
        return
    if "ommittee" in text and _followed_over_years(text):
        return  # a scholar's committee sat on over years: it follows the thesis, no jury
    # "Jurys de thèse (rapporteur)": the heading's role is each item's unless it says one.
    titled = _role_of(block.section[-1]) if block.section else None
    if titled is None and (label := _label_line_above(page, block)) is not None:
        titled = _role_of(label)  # "Chair of thesis committee:" over its items (a text dump)
    # "Jurys de thèse" › "2024" › "Rapportrice – thèse de A": the year heading dates A's.
    year = int(block.section[-1]) if block.section and _BARE_YEAR.match(block.section[-1]) else None
    segments = _role_segments(text) if len(SERVICE.findall(text)) > 1 else [text]
    if len(segments) == 1 and (cut := _role_segments(text)) and len(cut) > 1:
        if sum(_role_lead(c) is not None for c in cut) > 1:
            # "2024 : rapportrice de A (Univ. X), examinatrice de B, présidente du jury de
            # C": each role word governs the candidates after its "de".
            segments = cut
    if len(segments) == 1 and ";" in text:
        clauses = [c for c in _SERVICE_CLAUSE.split(text) if c]
        if (
            sum(
                bool(SERVICE.search(c) or _MEMBER_FOR.search(c)) or _role_lead(c) is not None
                for c in clauses
            )
            > 1
        ):
            # "Internal examiner for A (Univ. X); committee member, defence of B": a role
            # and a candidate per clause ("member for A and B; chair for C" too).
            segments = clauses
    if len(segments) == 1 and "\n" in text:
        lines = [line for line in text.split("\n") if line.strip()]
        if (
            sum(
                (bool(SERVICE.search(line)) or _role_of(line) is not None)
                # ("autres membres du jury : B (président)": the candidate's jury, read
                # with the line above it)
                and not (":" in line and "(" in line and _other_members("\n" + line))
                for line in lines
            )
            > 1
        ):
            # "Faculty opponent for A, Univ. X, 2021." / "Member of the grading committee
            # for the defence of B, …" (a text dump's lines in one block): a role each.
            segments = lines
    if len(segments) == 1 and len(SERVICE.findall(text)) > 1:
        # "Rapporteure de la thèse de A (2021) ; membre du jury de la thèse de B (2022)":
        # one role (the member one is not a cut) per clause; "member of the committee for
        # the defence of A (Univ. X, 2023) and reviewer of the thesis of B (…)" too.
        segments = [
            c
            for clause in _SERVICE_CLAUSE.split(text)
            if clause
            for c in (_AND_AFTER_BRACKET.split(clause) if ")" in clause else [clause])
            if c
        ]
    if len(segments) > 1:
        # "rapporteur des thèses de A et B, et examinateur de la thèse de C": each role
        # word governs the candidates after it.
        if year is None and (dated := _LEAD_YEAR.match(text)):
            year = int(dated.group(1))  # "2024: reviewer of A, examiner of B": both 2024
        carried = None  # "Internal examiner: PhD of A (2022); PhD of B (2024)": the role goes on
        segments = [clause for segment in segments for clause in _own_role_clauses(segment)]
        for segment in segments:
            match = SERVICE.search(segment)
            names = names_after(_thesis_owner(segment[match.end() :]))[0] if match else []
            lead = None if match else _role_lead(segment)
            if lead is None and not match and (member := _MEMBER_FOR.search(segment)):
                lead = member.end()  # "Dissertation committees: member for A (…) and B (…)"
            if lead is not None:
                # "rapportrice de A et de B", "Reviewer of A's PhD thesis"
                names = names_after(_thesis_owner(segment[lead:]))[0]
            role = _role_of(_others_roles_removed(segment))
            carried = role or carried
            plural = lead is not None or match and re.match(r"\w+[sx]\s", match.group())
            for name in names if plural else names[:1]:
                if not _is_owner(page, name):
                    _service_claim(page, segment, name, role or carried, titled=titled, year=year)
        return
    candidate = None
    match = SERVICE.search(text)
    if match:
        rest = _thesis_owner(text[match.end() :])
        if ") and " in rest:
            # "examiner for the PhD of A (2022) and for B (2024)": the preposition repeated
            rest = _AND_FOR_NEXT.sub(") and ", rest)
        names, _ = names_after(rest)
        # "… for the PhD of A (Univ. X, 2022) and as external examiner for …": A only.
        candidate = names[0] if names else name_at_start(text[match.end() :])
        if len(names) > 1 and (
            re.match(r"\w+[sx]\s", match.group())
            # "Dissertation committee member for A (Civil Eng.), B (Physics) and C (…)": a
            # committee each, every candidate with their own bracket
            or all(re.search(rf"{re.escape(n)}\s*\(", text) for n in names)
        ):
            # "Rapporteur : thèses de A (2021) et de B (2022)": one claim per candidate.
            for other in names[1:]:
                if not _is_owner(page, other):
                    _service_claim(page, text, other, titled=titled, year=year)
    if candidate is None and (lead := _role_lead(text)) is not None:
        # "2021 : rapportrice de A (Univ. X) et de B (Univ. Y)": every candidate after it.
        names = [n for n in names_after(_thesis_owner(text[lead:]))[0] if not _is_owner(page, n)]
        for name in names:
            _service_claim(page, text, name, titled=titled, year=year)
        if names:
            return
    undated = _DATE_PREFIX.sub("", text)
    if candidate is None and ("theses" in undated[:60] or "dissertations" in undated[:60]):
        # "Recent external examiner for PhD theses: A (X, 2023), B": the role's label
        undated = _THESES_LABEL.sub(r"\1", undated, count=1)
    label = None if candidate else _ROLE_LABEL.match(undated)
    if label and len(label.group(1).split()) <= 5 and _role_of(label.group(1)) is not None:
        # "External examiner: A (University of X, 2023)": the candidate follows the role;
        # "…: A (X, 2021); B (Y, 2023)": each candidate of the list.
        role = _role_of(label.group(1))
        candidates = [name_at_start(p) for p in _top_level_pieces(undated[label.end() - 1 :])]
        candidates = [c for c in candidates if c is not None and not _is_owner(page, c)]
        for candidate in candidates:
            _service_claim(page, text, candidate, role, year=year)
        if candidates:
            return
    counted = _COUNTED_LEAD.search(undated) if candidate is None and ":" in undated else None
    role = _role_of(undated[: counted.start()]) if counted else None
    if role is not None:
        # "Rapporteur de 9 thèses, dont : A (Univ. X, 2021), B (Y, 2023)": a count of the
        # theses judged, then some of their candidates, each with a bracket of their own
        pieces = _top_level_pieces(undated[counted.end() :])
        candidates = [name_at_start(p) for p in pieces if "(" in p]
        candidates = [c for c in candidates if c is not None and not _is_owner(page, c)]
        for candidate in candidates:
            _service_claim(page, text, candidate, role, year=year)
        if candidates:
            return
    if candidate is None and ":" in text and (listed := _CANDIDATES_LABEL.search(text)):
        # "Componente della commissione giudicatrice …, 2023 — candidati: A, B": the
        # session's candidates, labelled after the owner's part in it.
        names = [n for n in names_after(text[listed.end() :])[0] if not _is_owner(page, n)]
        for name in names:
            _service_claim(page, text, name, titled=titled, year=year)
        if names:
            return
    # "… of A", "Committee member for A (Univ. X, 2022)": the candidate after the preposition
    for match in [] if candidate else re.finditer(r"(?i)\b(?:of|de|du|d'|for|pour)\s*", text):
        if not re.match(
            r"(?:(?:Mr|Mrs|Ms|Dr|M|Mme)\.?\s+)?[A-ZÀ-Þ]", text[match.end() :]
        ) and not _titles_then_name(text[match.end() : match.end() + 60]):
            continue  # "Le président du jury, G. X": a signature, not a jury of G. X
        if _HEAD_BEFORE_OF.search(text, max(0, match.start() - 40), match.start()):
            continue  # "… and the University of X (B, 2024)": a place, its candidate bracketed
        if _PLACES_AFTER.match(text, match.end()):
            continue  # "… for South African and Zimbabwean universities": no candidate
        names, _ = names_after(text[match.end() :])
        if names:
            candidate = names[0]
            if len(names) > 1 and _PLURAL_JURY.search(text, 0, match.start()):
                # "the dissertation committees of A (…) and B (…)": every candidate named
                for other in names[1:]:
                    if not _is_owner(page, other):
                        _service_claim(page, text, other, titled=titled, year=year)
            break
    if candidate is None and "(" in text and _bracketed_candidates(page, text, titled):
        return
    if candidate is None and (lead := _ROLE_COMMA_LEAD.match(undated)):
        # ("PhD examining committee (external member), A, …": the role in the bracket)
        role = _role_of(lead.group(1)) or _role_of(lead.group())
        name = name_at_start(undated[lead.end() :]) if role is not None else None
        if name is not None and not _is_owner(page, name):
            # "First opponent, A, University X, 2022": the owner's role, then the candidate
            _service_claim(page, text, name, role, titled=titled, year=year)
            return
    if (
        candidate is None
        and (placed := _PLACE_DASH_LEAD.match(undated))
        and find_organisations(placed.group(1))
    ):
        # "University of X (opponent at the public defence) — A.": the place, then A
        candidate = name_at_start(undated[placed.end() :])
    if candidate is None:
        # "2024 : A, Université X — rapporteur": the candidate after the item's date
        candidate = name_at_start(text) or name_at_start(undated)
    if candidate is None and (degree := _DEGREE_LEAD.match(undated)):
        # "Doctorate, A, University X, 2022 (Jury)": a register's item, the degree first
        candidate = name_at_start(undated[degree.end() :])
    if candidate is None or _is_owner(page, candidate):
        return
    _service_claim(page, text, candidate, titled=titled, year=year)


_AND_FOR_NEXT = re.compile(r"\)\s*and\s+(?:for|of)\s+(?=[A-ZÀ-Þ])")


# "member for A (PhD, 2017)": the owner's seat on a candidate's committee, a name next.
_MEMBER_FOR = re.compile(r"(?i)\bmember\s+(?:for|of)\s+(?=(?:(?:Mr|Mrs|Ms|Dr)\.?\s+)?[A-ZÀ-Þ])")


def _titles_then_name(text: str) -> bool:
    """ "mgr inż. A", "dr hab. B": grades in lower case, then a capitalised name."""
    words = text.split()
    at = 0
    while at < len(words) - 1 and words[at].casefold() in TITLES:
        at += 1
    return at > 0 and words[at][:1].isupper()


# A jury register's item opening on the thesis's degree: "Doctorate, A, …", "PhD – A, …".
_DEGREE_LEAD = re.compile(
    r"(?i)(?:doctorate|doctoral|ph\.?\s?d\.?|postgraduate|master(?:'s)?|m\.?\s?sc\.?)"
    r"(?:\s+(?:thesis|dissertation|defen[cs]e))?\s*[,:–-]\s*(?=[A-ZÀ-ÞİŞÇÖÜĞ])"
)


# "… for the University of X (A, 2024)": an institution's head word just before "of", whose
# name follows, no candidate.
_HEAD_BEFORE_OF = re.compile(
    r"(?i)(?<![\w-])(?:"
    + alternation([re.escape(w).replace(r"\ ", r"\s+") for w in LEXICON.INSTITUTION_HEADS])
    + r")\s+$"
)


# "for South African and Kenyan universities": the places' adjectives, then a plural
# head (the places served), where a candidate's name would stand.
_PLACES_AFTER = re.compile(
    r"(?i)[^,;.()]{0,60}?\b(?:universities|institutions|countries|universités|établissements"
    r"|universidades|università|universitäten)\b"
)


# "candidati: A, B", "candidates: C" (lexicon STUDENT_LABELS) closing a service item.
_CANDIDATES_LABEL = re.compile(
    r"(?i)(?<![\w-])(?:"
    + alternation([re.escape(w).replace(r"\ ", r"\s+") for w in LEXICON.STUDENT_LABELS])
    + r")\s*[:：]\s*"
)


# "(Ngaire Blackwood-Tan, 2023)": a candidate and the year of the defence in brackets.
_NAME_YEAR_BRACKET = re.compile(r"\(\s*([^()\d,;]{4,60}?),\s*((?:19|20)\d\d)\s*\)")


def _bracketed_candidates(page: Page, text: str, titled: Relation | None) -> bool:
    """ "External examiner for PhD theses at the University of X (A, 2023) and Y University
    (B, 2021)": each university's candidate in its brackets, with the defence's year."""
    found = False
    for match in _NAME_YEAR_BRACKET.finditer(text):
        name = name_from_piece(match.group(1))
        if (
            name is None
            or name != _clean_space(match.group(1))
            or _is_owner(page, name)
            or find_organisations(match.group(1))
        ):
            continue  # ("(University of X, 2021)": an institution, no candidate)
        year = int(match.group(2))
        relation = _role_of(_others_roles_removed(text)) or titled or Relation.JURY_MEMBER
        confidence = 0.75 if relation is not Relation.JURY_MEMBER else 0.65
        period = Period(year, year)
        page.add(name, relation, page.owner.name, text, "jury.service", confidence, period)
        found = True
    return found


def _clean_space(text: str) -> str:
    return " ".join(text.split())


# A portal's activity card: its title names the thesis ("Examen de la thèse de doctorat de
# A", "PhD examination of B"), the line below the owner with the role in brackets.
_OWNER_IN_ROLE = re.compile(
    r"^(?P<name>[^()\n]{3,60}?)\s*\((?P<role>[^()\n]{3,40})\)"
    # (", Kjellby University" / " · Kjellby University": the activity's place after it)
    r"(?:\s*[·•|]\s*[^()\n·•|]{2,80})?$"
)
ACTIVITY_FIELDS = 4  # the card's lines below its owner line: date, kind, organisation


# (lexicon EXAMINATION_TITLES) the colon or dash between the activity's title and its candidate
_EXAMINATION_COLON = re.compile(r"\s*(?:[:：]|\s[–—-])\s*(?=[A-ZÀ-Þ])")


def _examination_title_end(title: str) -> int:
    """Where an examination activity's title ends, when the title opens on one (else the
    end of the text, where no colon follows)."""
    found = LEXICON.pattern("EXAMINATION_TITLES").match(title)
    return found.end() if found is not None else len(title)


def _activity_card(page: Page, block: Block) -> bool:
    """ "Jury de thèse de A" / "Owner (Présidente)" / "27 juin 2022": A's jury, chaired by
    the owner, dated by the card's own date line."""
    line = _OWNER_IN_ROLE.match(block.text)
    if line is None or not _is_owner(page, line.group("name")):
        return False
    role = _role_of(line.group("role"))
    title = block.section[-1]
    if role is Relation.JURY_EXAMINER and (titled := _role_of(title)) is not None:
        role = titled  # "Assessment committee member, …" over "Owner (Examiner)": the title's
    service = SERVICE.search(title) if role is not None else None
    if service is None and role is not None:
        # "Examination of PhD thesis: A", "PhD assessment – B": the candidate after the colon
        service = _EXAMINATION_COLON.match(title, _examination_title_end(title))
    if service is None or LEXICON.pattern("NOT_JURY").search(title):
        return False
    candidates = names_after(title[service.end() :])[0]
    if not candidates or _is_owner(page, candidates[0]):
        return False
    years, below = years_in(block.text), page.next_block(block)
    for _ in range(ACTIVITY_FIELDS):
        if years or below is None or below.kind is BlockKind.HEADING:
            break
        years, below = years_in(below.text), page.next_block(below)
    index = page.index(block)
    for above in reversed(page.document.blocks[max(0, index - ACTIVITY_FIELDS) : index]):
        if years or above.kind is BlockKind.HEADING:
            break
        years = years_in(above.text)  # (the card's date line set above its owner line)
    period = Period(years[0], years[0]) if years else Period()
    evidence = f"{title} | {block.text}"
    confidence = 0.75 if role is not Relation.JURY_MEMBER else 0.65
    page.add(candidates[0], role, page.owner.name, evidence, "jury.activity", confidence, period)
    return True


# A role of four words at most (and its bracket) before the first comma: "First opponent, ",
# "Committee member (administrator), ".
# ("PhD thesis examiner — A, University X": the role set off by a spaced dash)
_ROLE_COMMA_LEAD = re.compile(
    r"^\s*((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*(?:\([^()]{1,30}\))?\s*(?:,\s*|[—–]\s+)"
    # ("External examiner (PhD), 2024, A, University X": a table's year cell before A)
    r"(?:(?:19|20)\d\d\s*,\s*)?"
)
# "University of X — A, "Thesis title"": the candidate's university, a spaced dash, then the
# candidate (a CV's list of theses examined elsewhere)
_PLACE_DASH_LEAD = re.compile(r"^\s*([^—–\n]{3,120}?)\s+[—–]\s+(?=[A-ZÀ-Þ])")


def _lead_in_context(page: Page, block: Block) -> Context | None:
    """The kind of student a list's short lead-in sentence names ("I am supervising 3 PhD
    students:"), when it ends with a colon just above the list, else None."""
    lead = _lead_in_above(page, block)
    return _context_near(lead, 10**6) if lead else None


def _lead_in_above(page: Page, block: Block) -> str:
    """The short line ending in a colon that leads a list's items in the same section
    ("Completed PhD students (as second supervisor):"), else ""."""
    above = _colon_line_above(page, block)
    return above if above is not None and len(above) <= LEAD_IN_CHARS else ""


def _block_above_list(page: Page, block: Block) -> Block | None:
    """The block just above the items of *block*'s list, if any."""
    blocks = page.document.blocks
    index = page.index(block) - 1
    while index >= 0 and blocks[index].kind is BlockKind.ITEM:
        index -= 1
    return blocks[index] if index >= 0 else None


def _name_column_context(page: Page, block: Block) -> Context | None:
    """The kind of student the header of a table's name column says ("Doctorant(e)",
    "PhD student"), read from the header row above *block*'s row in its section."""
    blocks = page.document.blocks
    index = page.index(block) - 1
    cells = [c.partition(":")[0] for c in block.text.split(" | ")[1:3]]
    while index >= 0 and blocks[index].section == block.section and " | " in blocks[index].text:
        header = blocks[index].text
        if ":" not in header and all(f" | {c} |" in f"{header} |" for c in cells):
            return _context_near(header.split(" | ")[0], 10**6)
        index -= 1
    return None


def _label_above(page: Page, block: Block) -> str:
    """The short paragraph just above the items of *block*'s list (a bold "Former
    students" label), else the section's own heading."""
    above = _block_above_list(page, block)
    if above is not None and above.kind is BlockKind.PARAGRAPH and len(above.text) <= 60:
        return above.text
    return block.section[-1] if block.section else ""


def _colon_line_above(page: Page, block: Block) -> str | None:
    """The text of the paragraph just above the items of *block*'s list, in its section,
    when it ends on a colon (a lead-in or a label over the list), else None."""
    above = _block_above_list(page, block)
    if (
        above is None
        or above.kind is not BlockKind.PARAGRAPH
        or above.section != block.section
        or not above.text.rstrip().endswith((":", "："))
    ):
        return None
    return above.text


def _co_advisors_above(page: Page, block: Block) -> list[str]:
    """The co-advisors a list's lead-in sentence names with the owner's own advising verb
    ("Together with Prof. B I supervise the following students:"), else none."""
    lead = _lead_in_above(page, block)
    if (
        not lead
        or not LEXICON.pattern("ADVISING_VERBS").search(lead)
        or not LEXICON.pattern("FIRST_PERSON").search(lead)
    ):
        return []
    cue = LEXICON.pattern("COSUPERVISION_CUES").search(lead)
    if cue is None:
        return []
    # (the names between the cue and the verb or the pronoun: "mit B betreue ich …",
    # "with B I supervise …")
    ends = [
        m.start()
        for name in ("ADVISING_VERBS", "FIRST_PERSON")
        if (m := LEXICON.pattern(name).search(lead, cue.end()))
    ]
    named = lead[cue.end() : min(ends)] if ends else ""
    return names_after(named.strip(" :,"))[0] if named.strip() else []


LEAD_IN_CHARS = 200  # a list's lead-in sentence, not a paragraph of prose


def _label_line_above(page: Page, block: Block) -> str | None:
    """The one-line paragraph ending on a colon that the items of *block*'s list follow
    ("Chair of thesis committee:" / "A (Ph.D., Univ. X, 2022)"), when there is one.
    (Up to 90 characters: "Referent oficial în comisiile de susținere publică ale:" and a
    role glossed in brackets run longer than an English label.)"""
    if block.kind is not BlockKind.ITEM:
        return None
    above = _colon_line_above(page, block)
    if above is None or "\n" in above or len(above) > 90:
        return None
    return above.rstrip(" :：")


def _followed_over_years(text: str) -> bool:
    """ "Doctoral Committee (DC) member for A (Dept. X), 2019 – 2023" (India): one scholar's
    committee sat on over years or still running follows the thesis; a defence is one day."""
    span = parse_period(text)
    return (
        span.start is not None
        and not span.single
        and (span.end is None or span.end > span.start)
        and len(names_after(SERVICE.split(text, 1)[-1])[0]) <= 1
    )


# "the committees of", "les jurys de thèse de": a plural jury noun before the candidates.
_PLURAL_JURY = re.compile(
    r"(?i)\b(?:committees|juries|jurys|theses|thèses|dissertations|defen[cs]es|soutenances)"
    # ("… twenty PhD theses, most recently those of A (2023) and B (2024)")
    r"(?:\s+de\s+thèse)?(?:[^.;]{0,40}?\b(?:those|celles|ceux))?\s*$"
)


# "Participation à des jurys de thèse", "PhD committees": a heading of juries served on.
_SERVED_JURIES = re.compile(
    # ("PhD examining": theses examined; a thesis's own "Examining Committee" is not)
    r"(?i)\b(?:jurys|juries|committees|comités|participations?|examinations|"
    r"examining(?!\s+(?:committee|board)))\b"
)


_DATED_FIELD_LINE = re.compile(r"^\s*[^:：\d]{2,30}[:：][^\n]*\b(?:19|20)\d\d\b")
_MASTERS_STAY = re.compile(r"(?i)\b(?:master|maîtrise|màster|máster|msc|m2)\b")
_PROJECT_WORD = re.compile(r"(?i)projec?te?|proyecto")
_STAY_HOST = re.compile(r"(?i)accueillie?\s+par|hosted\s+by")
_PLACE_YEAR_LINE = re.compile(r"^\s*[A-ZÀ-Þ][\w'’ -]{1,40},\s+(?:\w+\s+)?(?:19|20)\d\d\.?\s*$")


def _cue_over_lines(page: Page, block: Block) -> bool:
    """ "Prüfungskommission:" / "Vorsitz: Prof. A" / "Prof. B" / "Dr. C" (a thesis's title
    page): a jury cue alone on the first line, one member a line below it, each line's own
    label its member's role ("Vorsitz", "Chair"), the others members."""
    lines = block.lines
    if len(lines) > 2 and _PLACE_YEAR_LINE.match(lines[0]):
        lines = lines[1:]  # "Lublinek, 2022" closing a cover, the next page's "Reviewers:"
    while len(lines) > 2 and _DATED_FIELD_LINE.match(lines[-1]):
        lines = lines[:-1]  # "Date of defence: 14 December 2022" under the members
    head = lines[0].strip()
    if not page.may_match(block, "JURY_CUES"):
        return False
    cue = LEXICON.pattern("JURY_CUES").fullmatch(head[:-1].strip()) if head[-1:] in ":：" else None
    roled = False  # (each member line must then say its member's role)
    if cue is None:
        # "2012 Doctorat … Soutenue le 14 novembre 2012" / "devant le jury composé de :" /
        # "A | Pr, Univ. X | Rapporteur": the thesis's entry ends on its jury's cue, one
        # member a line below it, each with their role.
        at = next((i for i, line in enumerate(lines[:-1]) if line.rstrip()[-1:] in ":："), None)
        head = lines[at].strip() if at is not None else ""
        cue = _jury_head(head)
        if cue is None:
            return False
        lines, roled = [head, *(line.replace(" | ", ", ") for line in lines[at + 1 :])], True
    if LEXICON.pattern("NOT_JURY").search(head):
        return False
    # "Prof. A" / "(Univ. X)": a member's institution in brackets on the line under it
    lines = [head, *(line for line in lines[1:] if not _BRACKET_LINE.fullmatch(line))]
    if len(lines) < 2:
        return False
    rows = [jury_members(line) for line in lines[1:]]
    if not all(
        len(row) == 1
        and name_at_start(_ROLE_LABEL_HEAD.sub("", line))
        and (not roled or _role_of(line) is not None)
        for row, line in zip(rows, lines[1:], strict=True)
    ):
        return False
    cue_role = _role_of(cue.group())
    plural_role = cue_role not in (None, Relation.JURY_MEMBER) and _plural(cue.group())
    years = years_in(block.text) or _section_years(page, block)
    year = max(years) if years else defence_year(page, block)
    period = Period(year, year) if year else Period()
    for row, line in zip(rows, lines[1:], strict=True):
        name, relation = row[0]
        if _ROLE_LABEL_HEAD.match(line) is None and _role_of(line) is None:
            relation = cue_role if plural_role else Relation.JURY_MEMBER
        if not _is_owner(page, name):
            confidence = 0.8 if relation is not Relation.JURY_MEMBER else 0.7
            page.add(
                page.owner.name, relation, name, block.text, "jury.cue-lines", confidence, period
            )
    return True


_ROLE_LABEL_HEAD = re.compile(r"^\s*[^:：]{2,30}?\s*[:：]\s*")
# "devant le jury composé de :", "Composition du jury :": a line ending on its jury's cue.
_JURY_CUE_END = re.compile(
    r"(?i)\s*(?:(?:compos|constitu|form)ée?\s+(?:de|des|comme\s+suit)|suivant)?\s*[:：]\s*$"
)


def _jury_head(head: str) -> re.Match | None:
    """The jury cue *head* ends on, if it ends on one and a colon."""
    if head[-1:] not in ":：":
        return None
    found = None
    for match in LEXICON.pattern("JURY_CUES").finditer(head):
        found = match
    return found if found and _JURY_CUE_END.fullmatch(head, found.end()) else None


_BRACKET_LINE = re.compile(r"\s*\([^()\n]{2,80}\)\s*")


def _role_labelled_lines(page: Page, block: Block) -> bool:
    """ "Rapporteure : A (Univ. X, 2019) ; B (Univ. Y, 2022)." one line per role under a
    heading of juries served on: each candidate of a line had the owner in that role."""
    if not block.section or not _SERVED_JURIES.search(block.section[-1]):
        return False
    found = []
    lines: list[str] = []
    for line in block.lines:
        label = _ROLE_LABEL.match(line)
        if label is None and lines and not _ENTRY_START.match(line):
            # (a PDF dump's line wrapped inside the list; or, after a closed bracket, the
            # next candidate under the same role: "Rapporteur : A (X, 2021)" / "B (Y, 2024)")
            glue = "; " if lines[-1].endswith(")") and name_at_start(line) else " "
            lines[-1] += glue + line.strip()
        else:
            lines.append(line)
    for line in lines:
        label = _ROLE_LABEL.match(line)
        words = PARENS.sub("", label.group(1)).split() if label else []
        # "Rapporteur (14)", "Président du jury (7)": a role with its count
        role = _role_of(label.group(1)) if label and len(words) <= 3 else None
        if role is None:
            return False
        rest = line[label.end() - 1 :]
        pieces = _top_level_pieces(rest)
        if ";" in rest and any(years_in(piece) for piece in pieces):
            # "A, University X, 2021; B, University Y, 2023": one candidate a semicolon's
            # part, its place and year after commas
            pieces = [
                piece
                for part in _top_level_pieces(rest.replace(",", "\ue001"))
                if (piece := part.replace("\ue001", ",").strip(" ,"))
            ]
        named = [
            (at, name)
            for at, piece in enumerate(pieces)
            if (name := name_at_start(piece)) and not _is_owner(page, name)
        ]
        for at, name in named:
            years = years_in(pieces[at])
            for after in pieces[at + 1 : at + 3]:
                if years or name_at_start(after):
                    break
                years = years_in(after)  # "A, University X, 2019": its place, its year
            if not years and len(named) == 1:
                # "External examiner: A, PhD, University X, 2020": the line's one candidate
                years = years_in(line[label.end() :])
            period = Period(years[0], years[0]) if years else Period()
            found.append((name, role, pieces[at], period))
    if not any(len(_top_level_pieces(line)) > 1 for line in lines) and len(found) < 2:
        return False  # one candidate: the general service rule reads it
    for name, role, piece, period in found:
        page.add(name, role, page.owner.name, piece, "jury.service", 0.75, period)
    return bool(found)


# An agenda's date before its event ("21 mars — ", "12 May 2025: ", "Mardi 3 juin · ").
_AGENDA_DATE = re.compile(r"^[^\n—–:|·]{0,30}\d[^\n—–:|·]{0,20}\s[—–:|·]\s*")


def _agenda_defence(text: str) -> bool:
    """A line that only announces someone's defence ("21 mars — Soutenance de thèse de A",
    "PhD defence of B"), with no role of the owner: an event listed, no jury served on."""
    if "\n" in text or len(text) > 160 or not SERVICE.search(text):
        return False
    dated = _AGENDA_DATE.match(text)
    event = text[dated.end() :] if dated else text
    return (
        announced_candidate(event) is not None
        and _role_of(text) is None
        and not LEXICON.pattern("FIRST_PERSON").search(text)
    )


_JURY_SENTENCE_END = re.compile(
    r"(?<=[a-z)]\.)(?<!\b[DP]r\.)(?<!\bDra\.)(?<!Prof\.)(?<!\bMme\.)(?<!\bSra\.)\s+(?=[A-ZÀ-Þ])"
)


def _jury_sentences_only(text: str) -> str:
    """*text* without its sentences about a non-jury committee ("Membre de deux comités
    de suivi (CSI)" after a thesis jury): empty when every sentence is one."""
    not_jury = LEXICON.pattern("NOT_JURY")
    text = _without_own_hiring(text)
    if not not_jury.search(text):
        return text
    if "\n" in text and "upervisory" in text:
        # "External examiner, PhD defence of A (2022)" over "Supervisory committee member:
        # B (2020 – 2024)": each line its own statement
        lines = [_jury_sentences_only(line) or "" for line in text.split("\n")]
        return "\n".join(line for line in lines if line.strip())
    sentences = []
    # ("doctorante de Pr. A": a title's full stop ends nothing either)
    for piece in _JURY_SENTENCE_END.split(text):
        if sentences and sentences[-1].count("(") > sentences[-1].count(")"):
            # "(presidente: prof. A)": a title's full stop inside brackets ends nothing
            sentences[-1] = f"{sentences[-1]} {piece}"
        else:
            sentences.append(piece)
    if ", and " in text:
        # "I served on the supervisory committees of A, and was external examiner for
        # B": the clause after the committee's is a sentence of its own
        sentences = [c for s in sentences for c in _OWN_NEXT_CLAUSE.split(s)]
    if len(sentences) < 2:
        return "" if not_jury.search(text) else text
    return " ".join(s for s in sentences if not not_jury.search(s))


# The owner's seat ending a jury label: "Dissertation committee member", "PhD jury examiner".
_OWN_SEAT = re.compile(r"(?i)\b(?:member|examiner|reader|membre|examinat(?:eur|rice))\s*$")
_OWN_NEXT_CLAUSE = re.compile(
    r",\s+and\s+(?=(?:I\s+)?(?:also\s+)?(?:was|served|sat|acted|have\s+been)\b)"
)


def _defence_role_label(page: Page, block: Block) -> bool:
    """On a page announcing one defence ("Disputation: A", "PhD defence: B"), a line
    labelled by a jury role word alone ("Ordförande: Professor C", "Chair: D"): that member
    of the candidate's jury (a chair is no jury cue elsewhere: boards have chairs too)."""
    if page.owner is None or not _one_defence_page(page) or not block.lines:
        return False
    label = _label(block.lines[0]) if ":" in block.text[:40] else None
    if label is not None:
        title, listed = label.group(1).strip(), label.group(2)
    elif block.section and len(block.section[-1]) < 20 and block.kind is not BlockKind.HEADING:
        # "<h2>Ordförande</h2><p>Professor C, Institutionen X</p>": the heading labels it
        title, listed = block.section[-1].strip(" :："), block.lines[0]
    else:
        return False
    role = _role_of(title)
    if role is None or not LEXICON.jury_role_patterns[role.value].fullmatch(title):
        return False
    if LEXICON.pattern("JURY_CUES").search(title) and not (
        # "Président du jury: C" alone on its line names C (on several lines, "Committee
        # chair: C (advisor) / Committee members: …" is the jury rule's list)
        role is Relation.JURY_PRESIDENT and len(block.lines) == 1
    ):
        return False  # ("Opponent: C" is the jury rule's own cue)
    names = names_after(listed)[0]
    if not names or any(_is_owner(page, name) for name in names):
        return False
    year = defence_year(page, block)
    for name in names:
        page.add(
            page.owner.name,
            role,
            name,
            block.lines[0],
            "jury.defence-label",
            0.7,
            Period(year, year) if year else Period(),
        )
    return True


def _one_defence_page(page: Page) -> bool:
    """Whether the page's headline announces a defence (read once per page)."""
    meta = page.document.meta
    told = meta.get("defence_headline")
    if told is None:
        headline = _headline(page)
        if "HDR" in headline:
            headline = _RANKED_HDR.sub(" ", headline)  # "Maître de conférences HDR": a rank
        told = meta["defence_headline"] = bool(
            _DEFENCE_HEADLINE.search(headline)
            # "Doctoraatsverdediging A", "Promotie mw. B": other languages' headlines
            # (a title's site names after " | " left out, as _announces_owner does)
            or any(
                len(line) < 100 and announced_candidate(line) is not None
                for line in (
                    (page.document.title or "").split(" | ")[0],
                    # ("Disputation Frau A, M.Sc. - Fakultät X - Universität Y": the site's
                    # names after a dash)
                    (page.document.title or "").split(" - ")[0],
                    meta.get("h1"),
                )
                if line
            )
        )
    return told


_SERVED_ON = re.compile(r"(?i)\s+(?:served|sat|participated)\s+(?:on|in)$")


def _jury_label_list(page: Page, block: Block) -> bool:
    """ "Dissertation committees (member): A (2019), B (2022, chair)": candidates after a
    jury label, each with its year and, where stated, the owner's own role."""
    if ":" not in block.text and "：" not in block.text:
        return False  # (no label: the block's lines need no splitting)
    label = _label(block.lines[0]) if block.lines else None
    if label is None or page.owner is None or page.owner.how in _RECORD_OWNERS:
        return False  # (a thesis record's "Thesis examiners: A<br>B": its author's own)
    title = label.group(1)
    # ("Dissertation committees served on: A (2019)": the plural noun before its verb)
    bare = _SERVED_ON.sub("", PARENS.sub("", title).strip())
    # "Dissertation committee member: A (Univ. X, 2023); B (Univ. Y, 2024)" in the owner's
    # service: the owner's own seat (a singular role word), each candidate dated.
    seat = (
        _OWN_SEAT.search(bare) is not None
        and page.kind(block) in (SectionKind.SERVICE, SectionKind.JURY)
        and not any(ch.isdigit() for ch in bare)
    )
    # A plural label lists juries the owner sat on; "Jury: A (président), B" is the owner's.
    if len(bare.split()) > 5 or not (seat or _plural(bare)) or any(ch.isdigit() for ch in bare):
        return False
    if heading_kind(bare) is not SectionKind.JURY:
        return False
    if LEXICON.pattern("NOT_JURY").search(title):
        return False
    default = _role_of(title) or Relation.JURY_MEMBER
    found = False
    pieces = _top_level_pieces(label.group(2).split("\n")[0])
    if seat and not all(years_in(p) for p in pieces if name_at_start(p)):
        return False  # ("Thesis committee member: Prof. B" in a student's CV: B's seat)
    for piece in pieces:
        name = name_at_start(piece)
        if not name or _is_owner(page, name):
            continue
        role = _role_of(" ".join(re.findall(r"\(([^()]*)\)", piece))) or default
        years = years_in(piece)
        period = Period(years[0], years[0]) if years else Period()
        page.add(name, role, page.owner.name, piece, "jury.service", 0.7, period)
        found = True
    return found


# A stated jury role's object: "rapportrice de A", "chair of the examining committee of
# B", "présidente du jury de C", "examinatrice d'Anaïs D" (a few lower-case words between).
_LEAD_YEAR = re.compile(r"\s*((?:19|20)\d\d)\s*[:：–—-]\s")
_ROLE_PREP = re.compile(
    r"[^\W\d][\w-]*(?:\s+[a-zà-ÿ][\w'’-]*){0,5}?\s+(?:of|for|de|du|pour)\s+"
    r"(?:(?:Mr|Mrs|Ms|Dr|M|Mme)\.?\s+)?(?=[A-ZÀ-Þ])"
    r"|[^\W\d][\w-]*(?:\s+[a-zà-ÿ][\w'’-]*){0,5}?\s+d['’]\s*(?=[A-ZÀ-Þ])"
)


def _role_lead(text: str) -> int | None:
    """Where the candidate after the text's first stated jury role ("reviewer of A")
    starts, or None when no role word leads a "de"/"of" before a name."""
    starts = [
        m.start()
        for relation, pattern in LEXICON.jury_role_patterns.items()
        if relation != Relation.JURY_MEMBER.value
        for m in pattern.finditer(text)
    ]
    if not starts:
        return None
    match = _ROLE_PREP.match(text, min(starts))
    return match.end() if match else None


def _role_segments(text: str) -> list[str]:
    """*text* cut before each stated jury role (member aside), the first piece from 0."""
    starts = sorted(
        {
            m.start()
            for relation, pattern in LEXICON.jury_role_patterns.items()
            if relation != Relation.JURY_MEMBER.value
            for m in pattern.finditer(text)
        }
    )
    if len(starts) < 2:
        return [text]
    starts[0] = 0
    return [text[a:b] for a, b in zip(starts, [*starts[1:], len(text)], strict=True)]


# (A label is a word: "2023: Korreferentin der Dissertation von A" is an item's date.)
_LABELLED_PERSON = re.compile(r"\b[^\W\d][\w-]*\s*[:：]\s*([A-ZÀ-Þ][^,;()]*)")


def _others_roles_removed(text: str) -> str:
    """ "A (Ph.D. 2019, chair: B)": "chair" labels B, not the owner's role on A's jury."""
    return _LABELLED_PERSON.sub(lambda m: "" if name_from_piece(m.group(1)) else m.group(), text)


_CANDIDATE_BRACKET = re.compile(r"^[^()]*\(([^()]*)\)")
_ANY_BRACKETS = re.compile(r"\([^()]*\)")


def _service_claim(
    page: Page,
    text: str,
    candidate: str,
    role: Relation | None = None,
    titled: Relation | None = None,
    year: int | None = None,
) -> None:
    period = parse_period(text).as_point()
    if period.empty and year:
        period = Period(year, year)
    family = candidate.split()[-1]
    at = text.find(family)
    piece = (_top_level_pieces(text[at:]) or [""])[0] if at >= 0 else ""
    bracket = _CANDIDATE_BRACKET.search(piece) if role is None and "(" in piece else None
    if bracket and ":" not in bracket.group(1):  # ("chair: B" labels another person)
        # "committees of A (Univ. X, 2022) and B (Univ. Y, 2023, chair)": a role in a
        # candidate's own brackets is that candidate's; B's chair is not A's.
        role = _role_of(bracket.group(1))
        if role is None and _role_of(_others_roles_removed(_ANY_BRACKETS.sub(" ", text))) is None:
            role = titled or Relation.JURY_MEMBER
    others = _other_members(text) if ":" in text and "(" in text else None
    told = text[: others.start()] if others else text
    relation = role or _role_of(_others_roles_removed(told)) or titled or Relation.JURY_MEMBER
    if at >= 0:
        # "thèses de A (2021) et de B (2022)": the year written beside this candidate.
        # (a comma inside the candidate's brackets cuts nothing: "B (College Y, 2023)")
        own = parse_period(re.split(r"\s(?:et|and|&)\s", piece, maxsplit=1)[0])
        if not own.empty:
            period = own.as_point()
    if not period.single and period.end:
        period = Period(period.end, period.end)
    page.add(
        candidate,
        relation,
        page.owner.name,
        text.split("\n")[0],
        "jury.service",
        0.75 if relation is not Relation.JURY_MEMBER else 0.65,
        period,
    )
    # "… : arguente principal. Júri presidido pelo Prof. B": the candidate's jury chair
    for match in LEXICON.pattern("CHAIRED_BY").finditer(text):
        chair = name_at_start(text[match.end() :].lstrip(" :"))
        if chair is not None and chair != candidate and not _is_owner(page, chair):
            page.add(
                candidate,
                Relation.JURY_PRESIDENT,
                chair,
                text.split("\n")[0],
                "jury.service-chair",
                0.7,
                period,
            )

    if ":" in text and ("(" in text or "–" in text or "—" in text):
        _candidate_labelled_people(page, text, candidate, period)
    if others is not None:
        # "… ; autres membres du jury : B (président), C (examinatrice)": the candidate's
        # other jury members, each with the role in their brackets.
        for name, member_role in jury_members(others.group("members")):
            if name != candidate and not _is_owner(page, name):
                page.add(
                    candidate,
                    member_role,
                    name,
                    text.replace("\n", " "),
                    "jury.service-members",
                    0.7,
                    period,
                )


# "autres membres du jury : B (président), C (examinatrice)" on the owner's jury entry.
_MEMBERS_LABEL = re.compile(
    r"(?:^|(?<=[\n;—–])|(?<=\.\s))\s*(?P<label>[^\W\d][^\n:;.()]{2,40}?)\s*:\s*"
    r"(?P<members>[^\n;]*\([^\n]+)"
)


def _other_members(text: str) -> re.Match[str] | None:
    """The labelled list of the candidate's other jury members in an owner's jury entry:
    a jury's label naming no role of the owner's ("autres membres du jury", "jury")."""
    for match in _MEMBERS_LABEL.finditer(text):
        if match.start("label") == 0 or heading_kind(match.group("label")) is not SectionKind.JURY:
            continue
        if _role_of(match.group("label")) not in (None, Relation.JURY_MEMBER):
            continue
        return match
    return None


# "A, Univ. X (Erstgutachter: Prof. B)", "A, EPFL (thesis director: C)": a label inside the
# candidate's brackets names the candidate's own advisor or reviewer, not the owner's.
_BRACKET_LABEL = re.compile(r"(?:[(;]|\s[–—]\s)\s*([^\W\d_][^():;,]{1,38}?)\s*[:：]\s*([^();]+)")


def _candidate_labelled_people(page: Page, text: str, candidate: str, period: Period) -> None:
    for match in _BRACKET_LABEL.finditer(text):
        label = match.group(1).strip()
        name = name_at_start(match.group(2))
        if name is None or name == candidate or _is_owner(page, name):
            continue
        role = _role_of(label)
        if role is not None and any(
            p.fullmatch(label) for p in LEXICON.jury_role_patterns.values()
        ):
            page.add(
                candidate, role, name, text.split("\n")[0], "jury.service-labelled", 0.7, period
            )
        elif (
            (cue := LEXICON.pattern("SUPERVISION_CUES").search(label)) and cue.end() == len(label)
        ) or _ADVISOR_IN_ROLE.search(label):
            page.add(
                candidate,
                Relation.ADVISOR_PHD,
                name,
                text.split("\n")[0],
                "jury.service-advisor",
                0.7,
                Period(None, period.end) if period.end else Period(),
            )


_VERBS = LEXICON.pattern("ADVISING_VERBS")
_NOUNS = LEXICON.pattern("ADVISING_NOUNS")
_ELIDED_FIRST = re.compile(r"(?i)\bj['’]\s*$")  # "J'encadre"
_FIRST = LEXICON.pattern("FIRST_PERSON_SUBJECT")
# "Il a été examinateur dans le jury de thèse de A" (a bio in the third person, among the
# owner's students): the owner's own jury service.
_OWNER_PRONOUN_SERVED = re.compile(
    r"^\W*(?:Il|Elle|He|She)\s+(?:a\s+été|était|fut|was|has\s+been"
    # "She served on the dissertation committee of A", "He sat on B's thesis committee"
    r"|(?:has\s+|also\s+)?(?:served|sat))\s"
)
# "Dr. Quill served on the dissertation committee of A": the owner named as the subject.
_NAMED_SERVED = re.compile(
    r"^\W*(?:(?:Dr|Prof|Professor|Pr)\.?\s+)?(?P<name>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*){0,3})"
    r"\s+(?:has\s+|also\s+)?(?:served|sat|was|has\s+been)\s"
)


def _owner_served(page: Page, sentence: str) -> bool:
    """Whether *sentence* opens on the owner's name, then a verb of service."""
    named = _NAMED_SERVED.match(sentence) if page.owner is not None else None
    return named is not None and compatible(named["name"], page.owner.name)


# What may stand before a subjectless verb: a date's adverbial ("Nel 2023", "Dal 2021").
_SERVED_LEAD_ADVERBIAL = re.compile(
    r"^\W*(?:[A-ZÀ-Þ]?[a-zà-ÿ'’]{1,5}\s+)?(?:(?:19|20)\d\d\s*,?\s*)?$"
)


def _subjectless_service(sentence: str) -> bool:
    """ "Nel 2023 è stata componente della commissione … di A": the verb opens the sentence
    (a date's adverbial apart), no subject named before it."""
    lead = LEXICON.pattern("OWNER_SERVED_LEADS").search(sentence, 0, 40)
    return lead is not None and bool(_SERVED_LEAD_ADVERBIAL.match(sentence[: lead.start()]))


_OBJECT_LEAD = re.compile(
    # ("les stages de M2 de A": a level's "M2" is no name)
    # ("je co-encadre à 40 % celle de A": the owner's share before the object)
    r"^\s*(?:the|a|an|la|le|les|l['’]|un|une)?\s*(?:[\w'’.%-]+\s+){0,5}?(?:of|de|d['’])\s*"
    r"(?=[A-ZÀ-Þ](?!\d))"
    # "I am also co-advisor for A (primary advisor: B)": the noun's student
    r"|^\s*(?:for|to)\s+(?=[A-ZÀ-Þ](?!\d))"
    # ("elle accueille ensuite A en stage postdoctoral", "she then hosted B": a time adverb)
    r"|^\s*(?:(?:currently|also|now|still|jointly|then|later|ensuite|puis|aussi|"
    r"[a-zé]+ment)\s+)?(?=[A-ZÀ-Þ])"
    # "I mentor one undergraduate researcher, A": the students named in apposition.
    r"|^\s*(?:[a-z][\w'’·-]*\s+){0,4}[a-z][\w'’·-]*[,:]\s+(?=[A-ZÀ-Þ])"
    # "I currently supervise two PhD students at Fenwick: A and B": the kind and the place
    r"|^\s*(?:[a-z][\w'’·-]*\s+){0,3}(?:PhD|Ph\.D\.|MSc|doctoral|master['’]?s)\s+"
    r"(?:students?|candidates?)\s+(?:(?:at|in)\s+(?:the\s+)?[A-ZÀ-Þ][\w'’&-]*"
    r"(?:\s+[A-ZÀ-Þ][\w'’&-]*){0,3}\s*)?[,:]\s+(?=[A-ZÀ-Þ])"
    # "les doctorants que j'ai encadrés : A (2016-2019) et B": the list after a colon
    r"|^\s*[:：]\s*(?=[A-ZÀ-Þ])"
    # "Elle a accueilli en post-doctorat Dr A (2018-2020)": the kind, then the names
    r"|^\s*(?:en|comme|as)\s+(?:an?\s+)?[a-zé][\w'’-]*(?:\s+[a-zé][\w'’-]*)?\s+(?=[A-ZÀ-Þ])"
    # "dirigé quatorze thèses, parmi lesquelles celles de A (1991), de B": the ones named
    r"|^\s*(?:[\w'’-]+\s+){0,6}[\w'’-]+,?\s+(?:parmi\s+lesquel(?:le)?s|among\s+them|including|"
    r"notamment|dont)\s+(?:(?:celles?|ceux|that|those)\s+)?(?:of|de|d['’])?\s*(?=[A-ZÀ-Þ])"
)
_WITH = re.compile(r"\(\s*(?:with|avec)\s+([^)]*)\)", re.I)
# ("J'encadre actuellement, en codirection avec B, la thèse de A": an adverb before it, and
# the co-supervision's own noun)
_WITH_ASIDE = re.compile(
    r"(?i)^\s*(?:(?:actuellement|également|aussi|currently|also|now)\s*)?,\s*"
    r"(?:(?:en\s+co-?direction|en\s+co-?encadrement|conjointement)\s+)?"
    r"(?:with|avec|together\s+with|jointly\s+with)\s+([^,;()]+),\s*"
)
# "Je co-encadre avec B la thèse de A": the co-advisor right after the verb, no commas.
_WITH_LEAD = re.compile(
    r"(?i)^\s*(?:(?:en\s+co-?direction|en\s+co-?encadrement|conjointement)\s+)?"
    r"(?:with|avec|together\s+with|jointly\s+with)\s+"
    # ("j'ai co-dirigé avec ma collègue B les thèses de A": the colleague named after)
    r"(?:(?:my|mon|ma)\s+(?:colleague|collègue)\s+)?"
    r"((?-i:[A-ZÀ-Þ])[^,;()]{2,60}?)\s+(?=(?:la|le|les|l['’]|the)\s*(?:th[eè]se|stage|ph\.?d))"
)
# "le stage de M1 de A (2025) avec B": the co-advisor after the student's bracket.
_BARE_WITH_TAIL = re.compile(
    r"(?i)(?<=\))\.?\s+(?:avec|with)\s+(?P<names>(?-i:[A-ZÀ-Þ])[^()]+?)\.?\s*$"
)
# "… la thèse de A (depuis 2023), en codirection avec B.": the co-advisor after the student.
_WITH_TAIL = re.compile(
    r"(?i),\s*(?:en\s+co-?direction|en\s+co-?encadrement|conjointement|co-?(?:dirigée?|"
    r"encadrée?|supervised|advised)|"
    # "… et le stage de L3 de B (2024), ce dernier avec C"
    r"(?:ce|cette)\s+derni[eè]re?|the\s+latter)\s+(?:avec|with)\s+(?P<names>[^()]+)$"
)
# "J'ai encadré le stage de M2 de A (2024) et le stage de L3 de B": a second object of the
# same verb.
_COORD_OBJECT = re.compile(
    r"(?i)\s+(?:et|and)\s+(?=(?:le|la|les|the)\s+(?:stage|stages|thèse|mémoire|post-?doc\w*|"
    r"internship|thesis|ph\.?d\.?|master['’]?s?)\b)"
)
# "J'ai également encadré", "j'ai aussi co-dirigé": an adverb between auxiliary and participle.
_AUX_ADVERB = re.compile(
    r"\b(ai|avons)\s+(?:également|aussi|ensuite|notamment|déjà|enfin|par\s+ailleurs|"
    r"personnellement|récemment)\s+(?=(?:co-?)?[a-zé]+[ée]s?\b)"
)
_PRONOUN_HEAD = re.compile(
    # ("Pédagogue exigeant, il a été le promoteur de …": an apposition before the pronoun)
    # ("…; she later hosted C as a postdoc": the pronoun opening the clause after a semicolon)
    r"\W*(?:[Ee]lle|[Ii]l|[Ss]he|[Hh]e|[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:\s+[a-zà-ÿ'’-]+){0,3},\s+(?:elle|il|she|he)"
    # ("Currently she advises A", « Actuellement elle encadre B »: an adverb of time first)
    r"|(?:Currently|Presently|Now|Today|Actuellement|Aujourd['’]hui)\s+(?:elle|il|she|he))"
    r"(?:\s+(?:y|has|had|also|then|later|aussi|ensuite|également))*"
    r"\s*$"
)
# An adverb alone (or nothing) before a third-person verb: the bio's subject unsaid.
_DROPPED_SUBJECT = re.compile(
    r"(?i)\W*(?:(?:actualmente|atualmente|también|também|además,?|asimismo|hoy|hoje)\s+)?"
)
_THIRD_PERSON_VERBS = frozenset(
    ("dirige", "codirige", "dirigió", "codirigió", "orienta", "orientou")
)
_POSSESSIVE_WORD = re.compile(r"(?i)\b(?:my|mon|ma|mes|his|her|their|son|sa|ses)\s")
_CV_VERB = re.compile(r"[A-Z][\w-]*ed")  # "Supervised", "Co-advised", "Mentored", "Hosted"
_BY_AFTER = re.compile(r"\s+(?:by|par)\b", re.I)
_OWN_YEARS = re.compile(r"\s*\((?:19|20)\d\d(?:\s*[–-]\s*(?:(?:19|20)\d\d)?)?\)")


_WHOM_CO = re.compile(
    r"(?i)\b(?:whom|que|qu['’])\s*(?:I|j['’]ai|je|nous\s+avons|we)\s+(?:\w+\s+)?"
    r"co-?(?:supervised|advised|mentored|encadrée?|dirigée?)\s+(?:with|avec)\s+"
)


_LINK_WORD = re.compile(r"(?i)^\s*(?:with|avec|by|par)\s+")


_AND_BEFORE = re.compile(r",\s+and\s+$")
_RELATIVE_AFTER = re.compile(r",\s+(?:who|whose)\b")


def _opens_relative(text: str, name: str) -> bool:
    """Whether *name* in *text* comes after ", and" and before ", who(se)": the subject of
    a new clause in a list of people, not one more name of the list before it."""
    at = text.find(name)
    return (
        at > 0
        and _AND_BEFORE.search(text, 0, at) is not None
        and _RELATIVE_AFTER.match(text, at + len(name)) is not None
    )


def _names_or_given(page: Page, text: str) -> list[str]:
    """The names *text* opens with, or the full name of the given name it opens with."""
    names = names_after(text)[0]
    if names:
        return names
    text = _LINK_WORD.sub("", text)  # ("avec Grégoire)")
    # (a given name alone: "Nour El Houda Saïdi" is a full name names_after did not read)
    given = re.match(r"(?:(?:Dr|Prof|Pr)\.?\s+)?([A-ZÀ-Þ][a-zà-ÿ'’-]+)\b(?![ \t]+[A-ZÀ-Þ])", text)
    full = named_lead(page, given.group(1)) if given else None
    return [full] if full and not _is_owner(page, full) else []


_DENIED = re.compile(r"(?i)\b(?:ne|n['’])\s*(?:\w+\s+){1,2}?(?:pas|jamais)\b|\b(?:not|never)\b")
_OWN_PERSON = re.compile(r"(?i)(?:^|\s)(?:I|je|j['’]|my|mon|ma|mes)\b")


_MAIN_ADVISOR_BRACKET = re.compile(
    r"(?i)\(\s*(?:primary|main|principal|lead|first)\s+(?:advisor|adviser|supervisor)\s*:\s*"
)
# "Liesel and Prof. B": a given name alone, then "and" and a (titled) full name
_GIVEN_NAME_AND = re.compile(
    r"\s*([A-ZÀ-Þ][a-zà-ÿ'’-]+)\s+(?:and|et)\s+(?:(?:Dr|Prof|Professor|Pr)\.?\s+)?[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ]"
)
# ("co-advises A with her colleague Dr. B", « avec sa collègue C »: the partner's title)
_PLAIN_WITH = re.compile(
    r"(?:\)|[a-zà-ÿ])\s+(?:with|avec)\s+"
    r"(?:(?:my|her|his|their|our|mon|ma|son|sa|leur)\s+(?:colleague|collègue)\s+)?"
    r"(?=(?:(?:Prof|Dr|Pr)\.?\s+)?[A-ZÀ-Þ])"
)
_TITLED_GUEST = re.compile(r"\b(?:Prof|Professor|Pr)\.?\s+$")


def _owner_named(page: Page, head: str) -> bool:
    """Whether *head* (the words before a verb) is the page owner's own name alone."""
    head = head.strip()
    if not 3 < len(head) < 60 or not head[:1].isupper():
        return False
    name = name_from_piece(head)
    return name is not None and _is_owner(page, name)


# "… discover that Henning also supervised A": a named subject of the "that" clause.
_THAT_OTHER = re.compile(
    r"\bthat\s+(?P<a>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})\s+"
    r"(?:(?:also|too|in\s+turn|himself|herself|later|had|has)\s+)*$"
)


# "…, including A, who I co-supervise with B", "B, whom I co-advise with C": the relative
# clause's antecedent is the owner's student (and the co-advisor after "with" its other).
_WHOM_I_ADVISE = re.compile(
    r"(?P<a>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3})\s*,\s*whom?\s+(?:I|we)\s+"
    r"(?:(?:also|currently|now|jointly)\s+)?(?:co-?)?(?:supervise|advise)[ds]?\b"
    r"(?P<with>\s+(?:together\s+)?with\s+(?=[A-ZÀ-Þ]))?"
)


_OTHER_IN_TURN = re.compile(
    r"^\W*(?P<a>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})(?:\s*,[^,;]{3,120},)?\s+"
    r"(?:has\s+|had\s+)?in\s+turn\s+(?:also\s+)?$"
)


# "A, who completed her Ph.D. in the lab in 2022, is now …" (a profile of the lab's head),
# "B, who did his PhD under her": a student of the page's subject.
_WHO_DID_PHD_HERE = re.compile(
    r"(?P<a>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3}),\s+who\s+"
    r"(?:completed|earned|finished|did|defended|received)\s+(?:his|her|their)\s+"
    r"(?i:ph\.\s?d\.|phd\b|doctorate\b)\s*(?:in\s+(?:the|her|his|my|our)\s+(?:lab|laboratory|group)|"
    r"under\s+(?:her|him|me)|with\s+(?:her|him|me))\b(?P<rest>[^,;.]*)"
)


def _who_did_phd_here(page: Page, block: Block) -> None:
    for match in _WHO_DID_PHD_HERE.finditer(block.text):
        student = name_from_piece(match["a"])
        if student is None or _is_owner(page, student) or find_organisations(student):
            continue
        page.add(
            student,
            Relation.ADVISOR_PHD,
            page.owner.name,
            match.group().strip(),
            "supervision.phd-in-the-lab",
            0.6,
            parse_period(match["rest"]).as_end(),
        )


def _whom_i_advise(page: Page, sentence: str, said: str) -> None:
    for match in _WHOM_I_ADVISE.finditer(sentence):
        student = name_from_piece(match["a"])
        if student is None or _is_owner(page, student) or find_organisations(student):
            continue
        co = names_after(sentence[match.end() :])[0][:1] if match["with"] else []
        context = _context_near(sentence, match.start("a")) or Context.PHD
        for advisor in [page.owner.name, *co]:
            if not compatible(student, advisor):
                page.add(
                    student,
                    ADVISOR[context],
                    advisor,
                    said.strip(),
                    "supervision.owner-advises",
                    0.6,
                    _period_for(context, parse_period(sentence[match.end() :])),
                )


# "Ferraz's thesis was co-supervised by B": a possessor's own thesis opens the sentence.
_POSSESSIVE_LEAD = re.compile(
    r"^\W*(?P<a>(?-i:[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,3}))['’]s\s+"
    r"(?:(?:own|doctoral|phd|ph\.d\.|first|second)\s+)?(?:thesis|dissertation|doctorate|"
    # ("Aino's project was co-advised by B": a doctoral project, named by its student)
    r"ph\.?d\.?|doctoral\s+(?:thesis|work|research)|(?:phd\s+|doctoral\s+)?project)\s+"
    r"(?:had\s+been|has\s+been|was|is)\s+",
    re.I,
)


# "Naomi has since supervised nine PhD completions, including A (2016)", "Okoro, in turn,
# supervised B": a person the page names opens the sentence, then the advising verb.
_NAMED_HEAD = re.compile(
    r"^\W*(?:(?:Since|In|From)\s+(?:19|20)\d\d\s*,?\s+)?"
    r"(?P<a>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,3})(?:\s*,\s*in\s+turn\s*,)?\s+"
    r"(?:(?:has|had|have|also|since|then|later|in\s+turn|herself|himself|went\s+on\s+to)\s+)*$"
)
# (a past or third person's verb: "supervised", "co-advises"; no host's, a speaker's)
_NAMED_VERB = re.compile(r"(?i)(?:co-?)?(?:supervis|advis|mentor|direct)\w*(?:ed|es|s)")


def _named_advises(page: Page, block: Block) -> None:
    """ "Naomi has since supervised nine PhD completions, including A (2016), B (2019)": the
    students of the person the sentence opens on, named on the page."""
    for _, said in sentences(block.text):
        verb = next(iter(_VERBS.finditer(said)), None)
        if verb is None or not _NAMED_VERB.fullmatch(verb.group()):
            continue
        lead = _NAMED_HEAD.match(said, 0, verb.start())
        if lead is None or _BY_AFTER.match(said, verb.end()) or _DENIED.search(said):
            continue
        head = named_lead(page, lead["a"])
        if head is None or find_organisations(head):
            continue
        _owner_advised_clause(page, said, said[verb.end() :], [], said, verb, head=head)


def owner_advises(page: Page, block: Block) -> None:
    """ "I co-supervised the PhD of X (with Y, 2015)", "I currently advise X": X's advisor is
    the owner (and Y)."""
    if page.offer or block.kind is BlockKind.HEADING:
        return
    if block.kind is BlockKind.PARAGRAPH and page.may_match(block, "ADVISING_VERBS"):
        _named_advises(page, block)
    if page.owner is None:
        return
    if page.kind(block) in QUIET:
        return
    if block.kind is BlockKind.PARAGRAPH and any(
        map(block.text.__contains__, _FIRST_NAME_CO_WORDS)
    ):
        # "Among his doctoral students were A (1998), B (2003) … B's thesis was co-supervised
        # by C": the students the paragraph listed are read by now
        _first_name_co_advisor(page, block)
    if ", who " in block.text:
        _who_did_phd_here(page, block)
    adverbs = "ai " in block.text and _AUX_ADVERB.search(block.text) is not None
    if not (
        adverbs
        or page.may_match(block, "ADVISING_VERBS")
        or page.may_match(block, "ADVISING_NOUNS")
    ):
        return  # no sentence of the block can have a verb below
    told: Context | None = None  # the kind of students an earlier sentence's verb named
    events = page.may_match(block, "HOSTED_EVENTS")
    for _, said in sentences(block.text):
        # "J'ai également encadré …": the verb's words read without the adverb between them
        # (the evidence stays the sentence as written).
        sentence = _AUX_ADVERB.sub(r"\1 ", said) if adverbs else said
        verbs = sorted(
            [
                *_VERBS.finditer(sentence),
                *(m for m in _NOUNS.finditer(sentence) if _REVERSED.match(sentence[m.end() :])),
            ],
            key=lambda m: m.start(),
        )
        if verbs and ", who" in sentence:
            _whom_i_advise(page, sentence, said)
        head = sentence[: verbs[0].start()] if verbs else ""
        if ("that " in head and (other := _THAT_OTHER.search(head))) or (
            " turn" in head and (other := _OTHER_IN_TURN.match(head))
        ):
            # "I was amused to discover that Henning also supervised A": the complement
            # clause's own subject, named on the page, advised A (not the owner); "Demirel,
            # who now leads …, has in turn supervised a dozen theses, including that of A"
            person = named_lead(page, other["a"])
            if person is not None and not _is_owner(page, person):
                context = _context_near(sentence, verbs[0].start()) or Context.PHD
                clause = sentence[verbs[0].end() :]
                lead = _OBJECT_LEAD.match(clause)
                for student in names_after(clause[lead.end() if lead else 0 :])[0][:1]:
                    if not compatible(student, person):
                        page.add(
                            student,
                            ADVISOR[context],
                            person,
                            said.strip(),
                            "supervision.lineage",
                            0.5,
                        )
                continue
        if not verbs and told is not None and (label := _examples_label(sentence)) is not None:
            # "Each year I supervise two or three MSc dissertations. Recent ones: A (MSc
            # 2024), B": the label's names are the objects of the verb before
            _owner_advised_clause(page, said, sentence[label.end() :], [], sentence, label, told)
            continue
        if verbs and ("my " in sentence or "our " in sentence):
            # "to my undergraduate mentor A", "our host B": a noun that names the owner's
            # own advisor, no verb of the owner's
            verbs = [
                v
                for v in verbs
                if v.group().lower() not in _NOUN_VERBS
                or not _MY_NOUN.search(sentence, 0, v.start())
            ]
        if (
            not verbs
            or not (
                _FIRST.search(sentence[: verbs[0].start()])
                or _ELIDED_FIRST.search(sentence[: verbs[0].start()])
                # "Mentored research interns: A (2019), B (2021)": a CV's line, its subject the
                # owner (not "Supervised by A": the owner's own advisor)
                or not sentence[: verbs[0].start()].strip(" •·*-–—")
                and (
                    _CV_VERB.fullmatch(verbs[0].group())
                    # "Supervisor of the doctoral theses of A and B": a CV line's role noun,
                    # capitalised, the owner's (its "of" read the noun as a verb)
                    or verbs[0].group()[:1].isupper()
                    and _NOUNS.fullmatch(verbs[0].group()) is not None
                    # (not "Directeur de thèse de mon directeur : A", a label of someone's)
                    and ":" not in sentence
                    and _POSSESSIVE_WORD.search(sentence) is None
                )
                and not _BY_AFTER.match(sentence, verbs[0].end())
                # "Elle y a co-encadré quatre thèses" in a bio told in the third person: the
                # pronoun stands for the person the page is about
                or (
                    _PRONOUN_HEAD.match(sentence, 0, verbs[0].start())
                    or "; " in sentence[: verbs[0].start()]
                    and _PRONOUN_HEAD.match(
                        sentence, sentence.rfind("; ", 0, verbs[0].start()) + 2, verbs[0].start()
                    )
                    # "A encadre aujourd'hui deux doctorant·es, B et C" (a portrait naming
                    # the person it is about)
                    or _owner_named(page, sentence[: verbs[0].start()])
                    # "Actualmente dirige la tesis doctoral de A" (a Spanish or Portuguese
                    # bio: the verb's person says its subject, left unsaid)
                    or _DROPPED_SUBJECT.fullmatch(sentence[: verbs[0].start()]) is not None
                    and verbs[0].group().lower() in _THIRD_PERSON_VERBS
                )
                and not _BY_AFTER.match(sentence, verbs[0].end())
                and not LEXICON.pattern("FIRST_PERSON").search(block.text)
            )
        ):
            continue
        if (
            LEXICON.pattern("NOT_RELATION").search(sentence)
            or SERVICE.search(sentence)
            and LEXICON.pattern("JURY_CUES").search(sentence)
            or "abbati" in sentence
            and LEXICON.pattern("GUEST_ROLES").search(sentence)
        ):
            continue
        if _DENIED.search(sentence, 0, verbs[0].end() + 40):
            continue  # "Je ne suis pas la directrice de thèse de A": denied
        if (
            events
            and LEXICON.pattern("HOSTED_EVENTS").search(sentence, verbs[0].end())
            and _context_near(sentence, verbs[0].start()) is None
        ):
            continue  # "We hosted A (X College) for our colloquium": a speaker, no trainee
        if (" et " in sentence or " and " in sentence) and _COORD_OBJECT.search(
            sentence, verbs[0].end()
        ):
            # "J'ai encadré le stage de A et le stage de B": the verb again for each object
            said_verb = verbs[0].group()
            sentence = _COORD_OBJECT.sub(f" ; {said_verb} ", sentence)
            verbs = [m for m in _VERBS.finditer(sentence) if m.group() == said_verb]
        head = sentence[: verbs[0].start()]
        before = len(page.claims)
        if (
            ("qu" in head or "dont" in head or "whose" in head)
            and _RELATIVE_FIRST.search(head)
            and not _names_object(sentence[verbs[0].end() :])
        ):
            # ("les doctorants que j'ai encadrés : A et B": the object follows the verb)
            _advised_by_relative(page, sentence, said, verbs[0])
            continue
        fronted = _FRONTED_WITH.match(head)
        for index, verb in enumerate(verbs):
            end = verbs[index + 1].start() if index + 1 < len(verbs) else len(sentence)
            clause = sentence[verb.end() : end]
            aside = _WITH_ASIDE.match(clause) if "," in clause[:16] else None
            if aside is None and ("avec" in clause[:28] or "with" in clause[:8]):
                aside = _WITH_LEAD.match(clause)  # "je co-encadre avec B la thèse de A"
            if aside:
                clause = clause[aside.end() :]  # "I co-supervise, with B, the PhD of A"
            then = _THEN_OBJECT.search(clause) if "uis " in clause or "hen " in clause else None
            if then is not None:
                # "…, le stage de M2 de A (2023), puis le stage de M1 de B (2025) avec C": the
                # second object read as its own clause, its co-advisor its own.
                _owner_advised_clause(page, said, clause[then.end() :], [], sentence, verb)
                clause = clause[: then.start()]
            joint = _JOINT_NEXT_OBJECT.search(clause) if "," in clause else None
            if joint is not None:
                # "J'encadre A (depuis 2022) et, en co-direction avec B, C (depuis 2024)": the
                # object after the aside read as its own clause, the aside's partner its own
                partner = names_after(joint["partner"])[0]
                _owner_advised_clause(
                    page, said, f" {clause[joint.end() :]}", partner, sentence, verb
                )
                clause = clause[: joint.start()]
            extra = names_after(aside.group(1))[0] if aside else []
            if fronted and index == 0:
                # "Avec B, j'encadre la thèse de A": the co-advisor set before the subject.
                extra += names_after(head[fronted.end() :])[0]
            if index == 0 and (whom := _WHOM_CO.search(sentence, verb.end())):
                # "We hosted an intern, A, whom I co-supervised with Tobiah": the relative
                # clause's co-advisor (a given name the page wrote in full before)
                extra += _names_or_given(page, sentence[whom.end() :])
            if ";" in clause and (gaps := list(_GAPPED_YEAR.finditer(clause))):
                # "In 2024 I mentored A and B; in 2023, C": each year's students read with
                # the year (the verb left out after the first)
                cuts = [0, *(g.start() for g in gaps), len(clause)]
                for part, (a, b) in enumerate(itertools.pairwise(cuts)):
                    piece = clause[a:b] if not part else clause[gaps[part - 1].end() : b]
                    lead = sentence[: verb.end()] if not part else f"In {gaps[part - 1][1]}, "
                    _owner_advised_clause(
                        page, said, f" {piece.strip()}", extra, f"{lead} {piece}", verb, told
                    )
                continue
            if ", " in clause and (dated := _DATED_NEXT_CLAUSE.search(clause)):
                # "In summer 2022 I mentored A on X, and in summer 2023 B worked with me": the
                # next clause's own year is none of A's
                cut = sentence.find(clause[dated.start() :], verb.end())
                clause = clause[: dated.start()]
                sentence = sentence[:cut] if cut > 0 else sentence
            _owner_advised_clause(page, said, clause, extra, sentence, verb, told)
        # "Every summer I mentor one or two interns …. In 2024 I mentored A": the kind the
        # sentence before named, when it named no student of its own ("Elle a accueilli en
        # post-doctorat A. Elle encadre B": B's kind is none of A's)
        told = _context_near(sentence, verbs[0].start()) if len(page.claims) == before else None


def _examples_label(sentence: str) -> re.Match[str] | None:
    """The label opening *sentence* before its colon ("Recent ones:", « Parmi eux : »)."""
    start = len(sentence) - len(sentence.lstrip(" *_"))
    label = LEXICON.pattern("EXAMPLES_LABELS").match(sentence, start)
    return label if label is not None and sentence[label.end() :].lstrip()[:1] == ":" else None


# "my undergraduate mentor", "our host": a possessive and up to two words before a verb's
# bare form that is also a noun.
_MY_NOUN = re.compile(r"(?i)\b(?:my|our)\s+(?:[\w'’-]+\s+){0,2}$")
_NOUN_VERBS = frozenset(("mentor", "host"))
# ", and in summer 2023 …", « , et en 2023 … »: a clause of its own, dated by its own year.
_DATED_NEXT_CLAUSE = re.compile(
    r",\s*(?:and|et)\s+(?:in|en)\s+(?:[^\W\d_]+\s+)?(?:19|20)\d\d\b(?!\s*[-–—])"
)
_GAPPED_YEAR = re.compile(r";\s*(?:and\s+)?(?:in|en)\s+((?:19|20)\d\d)\s*,\s*(?=[A-ZÀ-Þ])")


def _owner_advised_clause(
    page: Page,
    said: str,
    clause: str,
    extra: list[str],
    sentence: str,
    verb: re.Match[str],
    told: Context | None = None,
    head: str | None = None,
) -> None:
    """One object of an owner's advising verb ("la thèse de A (2019–2022) avec B"): A's
    advisors are the owner (or the *head* the sentence names as the verb's subject), B and
    the *extra* co-advisors the sentence named before."""
    lead = _OBJECT_LEAD.match(clause)
    if lead is None:
        return
    co_advisors = [n for inner in _WITH.findall(clause) for n in names_after(inner)[0]]
    tail = _WITH_TAIL.search(clause) if "avec" in clause or "with" in clause else None
    if tail is None and ("avec" in clause or "with" in clause):
        # "le stage de M1 de A (2025) avec B": the co-advisor after the object, no comma
        tail = _BARE_WITH_TAIL.search(clause, lead.end())
    if tail:
        co_advisors += _names_or_given(page, tail.group("names"))
        clause = clause[: tail.start()]
    co_advisors += extra
    if verb.group()[:2].lower() == "co" and (plain := _PLAIN_WITH.search(clause)):
        # "I co-advised A (PhD 2021) with Bastien": the co-advisor after the student
        co_advisors += _names_or_given(page, clause[plain.end() :])
        clause = clause[: plain.start() + 1]
    if "(" in clause and (main := _MAIN_ADVISOR_BRACKET.search(clause)):
        # "co-advisor for A (primary advisor: Dr. B, Aerospace Engineering)"
        co_advisors += names_after(clause[main.end() :])[0][:1]
    names, _ = names_after(_WITH.sub("", clause[lead.end() :]))
    if not names:
        return
    context = _context_near(clause, 0) or _context_near(sentence, verb.start())
    confidence = 0.8
    if context is None and told is not None:
        context, confidence = told, 0.7
    if context is None:
        context, confidence = Context.PHD, 0.5
    period = parse_period(clause)
    if period.empty:
        period = parse_period(sentence)  # "In summer 2023 I hosted X for ..."
    period = _period_for(context, period)
    owns = _own_periods(clause, names) if len(names) > 1 else {}
    for student in names:
        if _is_owner(page, student):
            continue
        if _TITLED_GUEST.search(clause, 0, max(0, clause.find(student))):
            continue  # "we hosted Prof. A (University X) on sabbatical": a colleague
        own = _OWN_YEARS.match(clause, clause.find(student) + len(student))
        # "X (2021) and Y (2022)", "A (2016-2019) et B (2019-2023)": each name's
        # own years.
        if student in owns:
            stated = _period_for(context, owns[student])
        elif own and student in clause:
            stated = _period_for(context, parse_period(own.group()))
        else:
            stated = period
        main = head or page.owner.name
        for advisor in [main, *co_advisors, *_own_co_advisors(clause, student)]:
            if advisor != student and not compatible(advisor, student):
                page.add(
                    student,
                    ADVISOR[context],
                    advisor,
                    said.strip(),
                    "supervision.named-advises" if head else "supervision.owner-advises",
                    confidence if not head else confidence - 0.1,
                    stated,
                )


# "…, puis le stage de M1 de B": a second object of the same advising verb.
_THEN_OBJECT = re.compile(
    r"(?i),?\s+(?:puis|then|and\s+then)\s+(?=(?:le|la|les|l['’]|the)\s+(?:[\w'’.-]+\s+){0,4}?"
    r"(?:de|d['’]|of)\s*(?-i:[A-ZÀ-Þ]))"
)
# ", et, en co-direction avec B, C", ", and, jointly with B, C": a second object of the same
# verb after an aside naming its co-advisor.
_JOINT_NEXT_OBJECT = re.compile(
    r"(?i)\s*(?:et|and)\s*,\s*(?:(?:en\s+co-?direction|en\s+co-?encadrement|en\s+cotutelle|"
    r"conjointement|jointly|together)\s+)?(?:avec|with)\s+(?P<partner>[^,;()]+?)\s*,\s*"
    r"(?=(?-i:[A-ZÀ-Þ]))"
)
# "B (1995, en co-direction avec C)": a co-advisor in the student's own brackets.
# "C (depuis 2024, directeur : D)": the thesis's director in the student's brackets too.
_STUDENT_BRACKET = re.compile(
    r"\s*\(([^()]*?[,;]\s*[^()]*?\b(?:with|avec|directeur\s*:|directrice\s*:)\s+[^()]+)\)"
)
_WITH_INSIDE = re.compile(r"\b(?:with|avec|directeur\s*:|directrice\s*:)\s+(.+)$", re.I)


# "A, dont j'ai co-dirigé la thèse avec B", "A a commencé une thèse que je co-encadre avec
# B", "A, whose PhD I co-supervised with B": the relative clause's antecedent is the student.
_RELATIVE_FIRST = re.compile(
    r"(?i)(?:\bdont|\bque|\bqu['’]|\bwhose\b[^,;]{0,30}?)\s+(?:je\s+|j['’]\s*|i\s+|nous\s+|we\s+)$"
)
_FRONTED_WITH = re.compile(r"(?i)^\W*(?:avec|with|together\s+with|jointly\s+with)\s+(?=[A-ZÀ-Þ])")
_WITH_NAME = re.compile(r"\b(?:avec|with)\s+(?=[A-ZÀ-Þ])")


def _names_object(clause: str) -> bool:
    """Whether the words after an advising verb name its object ("la thèse de A")."""
    lead = _OBJECT_LEAD.match(clause)
    return lead is not None and bool(names_after(_WITH.sub("", clause[lead.end() :]))[0])


def _advised_by_relative(page: Page, sentence: str, said: str, verb: re.Match[str]) -> None:
    """The student a sentence opens with, whose thesis the owner's relative clause advises
    (only where the sentence names the kind of work: "thèse", "PhD", "stage")."""
    lead = _SUBJECT_LEAD.match(_LEADING_LINK.sub("", sentence))
    student = name_from_piece(lead.group(1)) if lead else None
    context = _context_near(sentence, verb.start())
    if student is None or context is None or _is_owner(page, student):
        return
    clause = sentence[verb.end() :]
    co = _WITH_NAME.search(clause)
    co_advisors = names_after(clause[co.end() :])[0] if co else []
    period = parse_period(clause)
    if period.empty:
        period = parse_period(sentence)
    for advisor in [page.owner.name, *co_advisors]:
        if not compatible(advisor, student):
            page.add(
                student,
                ADVISOR[context],
                advisor,
                said.strip(),
                "supervision.owner-advises",
                0.7,
                _period_for(context, period),
            )


def _own_co_advisors(clause: str, student: str) -> list[str]:
    """The co-advisors a bracket right after *student* names after its years (a bracket
    opening on "with" is read for every student of the clause)."""
    at = clause.find(student)
    if at < 0 or "(" not in clause:
        return []
    bracket = _STUDENT_BRACKET.match(clause, at + len(student))
    inner = _WITH_INSIDE.search(bracket.group(1)) if bracket else None
    return names_after(inner.group(1))[0] if inner else []


def _own_periods(clause: str, names: list[str]) -> dict[str, Period]:
    """ "A (2016-2019) et B (2019-2023)": each student's years, written after the name (the
    text from the name's family word up to the next student's)."""
    starts = []
    for name in names:
        at = clause.lower().find(name.split()[-1].lower())
        if at < 0:
            return {}
        starts.append(at)
    periods = {}
    for name, start in zip(names, starts, strict=True):
        following = [s for s in starts if s > start]
        span = parse_period(clause[start : min(following, default=len(clause))])
        if not span.empty:
            periods[name] = span
    return periods


_POSSESSIVE_GROUP = re.compile(
    r"\b(?:in|at|[Jj]oin(?:ed|s|ing)?|within)\s+(?:the\s+)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3})"
    r"['’]s?\s+(?:lab|laboratory|group|research\s+group|team)\b"
    # "the lab of A", "au laboratoire de A", "l'équipe de A": the head named after
    r"|\b(?:(?:the\s+)?(?:lab|laboratory|group|research\s+group)\s+of|"
    r"(?:au|le|du|dans\s+le)\s+(?:laboratoire|groupe)\s+de|l['’]équipe\s+de)\s+"
    r"(?:(?:Prof|Dr|Pr)\.?\s+|Professor\s+)?"
    r"(?P<head>[A-ZÀ-Þ][\w'’.-]+(?:\s+[A-ZÀ-Þ][\w'’.-]+){1,3})"
)


# A stay as a guest: "spent two months in the group of A", "séjour dans l'équipe de B".
_STAY = re.compile(r"(?i)\b(?:spent|spend|spending|visit\w*|séjour\w*|passé)\b")


# "… hosted two undergraduate interns, A and B", « … a accueilli deux stagiaires : A et
# B »: the group's hosting verb, then the trainees' kind before their names.
_GROUP_HOSTED = re.compile(
    r"\s+(?:" + alternation([re.escape(w) for w in LEXICON.GROUP_HOSTING_VERBS]) + r")\s+"
    r"(?:[^\W\d_][\w'’-]*\s+){0,4}?[^\W\d_][\w'’-]*\s*[,:]\s*(?=[A-ZÀ-Þ])",
    re.IGNORECASE,
)


def _group_hosted(page: Page, sentence: str, match: re.Match, head: str, context: Context) -> bool:
    """ "This summer the group of Dr. A hosted two interns, B and C": the group's head
    advised each trainee the sentence names (whoever the page's owner is)."""
    hosted = _GROUP_HOSTED.match(sentence, match.end()) if match.group("head") else None
    if hosted is None:
        return False
    for student in names_after(sentence[hosted.end() :])[0]:
        if not compatible(student, head):
            page.add(
                student,
                ADVISOR[context],
                head,
                sentence.strip(),
                "supervision.group-hosted",
                0.6,
                _period_for(context, parse_period(sentence[: match.start()])),
            )
    return True


def possessive_group(page: Page, block: Block) -> None:
    """ "a PhD student in Ezra Feldmann's lab", "a postdoc in Ana Lima's group": the head of
    the group advised the owner (the context word says how); "the group of A hosted two
    interns, B and C": A advised B and C."""
    if page.offer or block.kind is BlockKind.HEADING:
        return
    if page.kind(block) in QUIET or page.kind(block) is SectionKind.JURY:
        return
    text = block.text
    if not ("'" in text or "’" in text or " of " in text or " de " in text) or not (
        "lab" in text or "group" in text or "team" in text or "équipe" in text
    ):
        return  # (what every match of _POSSESSIVE_GROUP writes)
    owner_read = page.owner is not None and page.kind(block) is not SectionKind.STUDENTS
    for _, sentence in sentences(block.text):
        for match in _POSSESSIVE_GROUP.finditer(sentence):
            name = name_from_piece(match.group("name") or match.group("head"))
            context = _context_near(sentence, match.start())
            if name is None or context is None or _is_owner(page, name):
                continue
            if _group_hosted(page, sentence, match, name, context) or not owner_read:
                continue
            if match.group("head") and _STAY.search(sentence):
                continue  # "I spent three months in the group of A": a visit, no advisor
            period = _clause_period(sentence, match.start())
            if (
                period.single
                and context is not Context.INTERNSHIP
                and (_JOINS.search(sentence, 0, match.end()) or _STARTS_STAY.search(sentence))
            ):
                period = period.as_start()  # "[Apr 2025] I will join A's lab as a postdoc"
            page.add(
                page.owner.name,
                ADVISOR[context],
                name,
                sentence.strip(),
                "supervision.possessive-group",
                0.7,
                _period_for(context, period),
            )


MAX_TABLE_ROWS = 400  # how far back a row looks for its table's header
_NAME_HEADER = re.compile(
    r"(?i)^\s*(?:name|student|students|nom|étudiant|étudiante|doctorant|"
    r"doctorante|name of student|candidate)\s*$"
)


@cache
def _row_labels() -> tuple[
    dict[str, tuple[Context, bool]], dict[str, Context], frozenset, frozenset
]:
    """The relation rows' words, case-folded: advisee labels (context, the row's person is
    the owner's student), trainee kinds, and the family tree's two headings."""
    labels = {
        w.casefold(): (Context.PHD, True)
        for w in (*LEXICON.ADVISEE_LABELS, *LEXICON.ADVISEE_FIELDS)
    }
    labels |= {w.casefold(): (Context.POSTDOC, True) for w in LEXICON.POSTDOC_ADVISEE_LABELS}
    kinds = {w.casefold(): Context.PHD for w in LEXICON.TRAINEE_PHD}
    kinds |= {w.casefold(): Context.POSTDOC for w in LEXICON.TRAINEE_POSTDOC}
    kinds |= {w.casefold(): Context.OTHER for w in LEXICON.TRAINEE_OTHER}
    parents = frozenset(w.casefold() for w in LEXICON.TREE_PARENTS)
    children = frozenset(w.casefold() for w in LEXICON.TREE_CHILDREN)
    return labels, kinds, parents, children


ROW_CELLS = 6  # a label, a name, an e-mail, years, a place: a relation's row, not a table


def relation_rows(page: Page, block: Block) -> None:
    """A profile's relation rows, one cell only a relation's label beside one person's name:
    "PhD Advisee | A | 2019 – 2024" (a peer-review profile's relations: A is the owner's
    student); "A | grad student | 2013–2019 | University X" under an academic family tree's
    "Children" (A the owner's trainee) or "Parents" (A the owner's mentor).  Rows labelled
    "Coworker", "Coauthor", "collaborator" or "Relative" state no supervision."""
    if page.owner is None or block.kind is not BlockKind.ITEM or "\n" in block.text:
        return
    labels, kinds, parents, children = _row_labels()
    if " | " not in block.text:
        label, colon, value = block.text.partition(": ")
        if not colon or label.casefold() not in labels or not (name := name_from_piece(value)):
            return
        if value.strip() != name or _is_owner(page, name):
            return
        # "doctoral student: A" (a knowledge base's statement on the advisor's item)
        context, student = labels[label.casefold()]
        subject, obj = (name, page.owner.name) if student else (page.owner.name, name)
        page.add(subject, ADVISOR[context], obj, block.text, "supervision.relation-row", 0.8)
        return
    if block.text.count(" | ") >= ROW_CELLS:
        return
    cells = [c.strip() for c in block.text.split(" | ")]
    heading = block.section[-1].casefold().strip(" :") if block.section else ""
    tree = heading in parents or heading in children
    found = [
        (i, labels.get(c.casefold()) or (tree and (kinds.get(c.casefold()), heading in children)))
        for i, c in enumerate(cells)
        if c.casefold() in labels or tree and c.casefold() in kinds
    ]
    if len(found) != 1:
        return
    at, (context, student) = found[0]
    names = [
        (i, name)
        for i, cell in enumerate(cells)
        if i != at
        and cell
        and len(cell) <= CARD_NAME_CHARS
        and "@" not in cell
        and not any(ch.isdigit() for ch in cell)
        and (name := name_from_piece(cell)) is not None
        and cell.endswith(name)
    ]
    if len(names) != 1 or _is_owner(page, names[0][1]):
        return
    name = names[0][1]
    period = parse_period(" | ".join(c for i, c in enumerate(cells) if i not in (at, names[0][0])))
    owner = page.owner.name
    subject, obj = (name, owner) if student else (owner, name)
    confidence = 0.8 if context is not Context.OTHER else 0.6
    page.add(
        subject, ADVISOR[context], obj, block.text, "supervision.relation-row", confidence, period
    )


def student_table(page: Page, block: Block) -> None:
    """A table of students under a "Students" label (genealogy-project pages):
    "Name | School | Year" then one row per student, whose advisor is the page owner."""
    if page.owner is None or block.kind is not BlockKind.ITEM or " | " not in block.text:
        return
    if page.kind(block) in QUIET or page.kind(block) in (SectionKind.STUDENTS, SectionKind.JURY):
        return  # (a table of the theses examined names their candidates, no students)
    blocks = page.document.blocks
    index = page.index(block)
    first = index
    while (
        first > 0
        and index - first < MAX_TABLE_ROWS
        and blocks[first - 1].kind is BlockKind.ITEM
        and " | " in blocks[first - 1].text
    ):
        first -= 1
    if first == index:
        return
    header = blocks[first].text.split(" | ")
    if not _NAME_HEADER.match(header[0]):
        return
    label = blocks[first - 1].text if first > 0 else ""
    students_words = LEXICON.section_patterns["students"]
    if not (
        students_words.search(label) or any(students_words.search(t) for t in block.section[-1:])
    ):
        return
    cells = block.text.split(" | ")
    student = name_from_piece(cells[0])
    if student is None or _is_owner(page, student):
        return
    context = _context_near(label, 10**6) or Context.PHD
    period = _period_for(context, parse_period(" ".join(cells[1:])))
    page.add(
        student,
        ADVISOR[context],
        page.owner.name,
        block.text,
        "supervision.student-table",
        0.65,
        period,
    )


_JURY = frozenset(
    (
        Relation.JURY_REVIEWER,
        Relation.JURY_EXAMINER,
        Relation.JURY_PRESIDENT,
        Relation.JURY_MEMBER,
    )
)


def _entry_context(page: Page, claim) -> Context | None:
    """The one kind of study a CV entry states on its other lines, for a claim read from
    the entry's organisation line ("2019 — 2023: PhD in X" over "Kingsbridge University")."""
    if "\n" in claim.evidence or claim.extractor != "organisation.entry":
        return None
    for block in page.document.blocks:
        if block.kind is BlockKind.ITEM and claim.evidence in block.lines:
            kinds = {c for _, c in contexts_in(block.text)}
            return kinds.pop() if len(kinds) == 1 else None
    return None


def _stated_context(claim) -> Context | None:
    # ("Avant la thèse, j'ai obtenu un master à X (2022)": the master's, not the thesis's)
    kinds = {c for _, c in _without_time_of_phd(claim.evidence, contexts_in(claim.evidence))}
    return kinds.pop() if len(kinds) == 1 else None


# A thesis record's date fields: "Date of Registration: 12-07-2016" (the thesis's start),
# "Date of Awarded: 17-08-2021", "Degree date: 2019" (its end).
_RECORD_START = re.compile(
    r"(?im)^[ \t]*(?:date\s+of\s+registration|registration\s+date|date\s+registered|"
    r"enrol(?:l)?ment\s+date)[ \t]*:[^\n]*?\b((?:19|20)\d\d)\b"
)
_RECORD_END = re.compile(
    r"(?im)^[ \t]*(?:date\s+of\s+award(?:ed)?|date\s+awarded|award(?:ed)?\s+date|"
    r"degree\s+date|date\s+of\s+defen[cs]e|"
    # ("Tag der mündlichen Prüfung: 28.07.2021", "Datum der Disputation: …": a German record's)
    r"(?:tag|datum)\s+der\s+(?:mündlichen\s+prüfung|disputation|promotion))"
    r"[ \t]*:[^\n]*?\b((?:19|20)\d\d)\b"
)
# A thesis record's own date fields besides ("Defense date: June 12, 2023", "Date issued:
# 2021-05-07", "Date de publication : 2022-08-11"): read on a record only, where the one
# thesis is the page's (a CV's students may carry such fields too).
_RECORD_OWN_END = re.compile(
    r"(?im)^[ \t]*(?:defen[cs]e\s+date|date\s+issued|date\s+de\s+(?:publication|soutenance))"
    r"[ \t]*:[^\n]*?\b((?:19|20)\d\d)\b"
)


def _record_dates(text: str, record: bool = False) -> tuple[int | None, int] | None:
    """The thesis's (start, end) a record's date fields state, or None without an end;
    on a *record* (the page is one thesis's), its own date fields too."""
    if (
        "ate of" not in text
        and "ate:" not in text
        and "ATE" not in text
        and " der " not in text
        and not record
    ):
        return None
    ends = {int(m.group(1)) for m in _RECORD_END.finditer(text)}
    if record and not ends:
        ends = {int(m.group(1)) for m in _RECORD_OWN_END.finditer(text)}
    if len(ends) != 1:
        return None
    starts = {int(m.group(1)) for m in _RECORD_START.finditer(text)}
    end = ends.pop()
    start = starts.pop() if len(starts) == 1 else None
    return (start if start is not None and start <= end else None), end


_DOCTORAL_STUDENT = re.compile(
    r"(?i)\b(?:doctorant|doctorante|ph\.?d\.?\s+(?:student|candidate)|doctoral\s+(?:student|candidate))"
)


# A doctoral student's own field: "Première inscription : octobre 2022", "Début de thèse :
# 2023" (one on the page: a supervisor's list has one per student).
_THESIS_START_FIELD = re.compile(
    r"(?im)^[ \t]*(?:date\s+de\s+)?(?:première\s+inscription|inscription\s+en\s+thèse|"
    r"début\s+de\s+(?:la\s+)?thèse)[ \t]*[:：|][^\n]*?\b((?:19|20)\d\d)\b"
)


def _date_thesis_start(page: Page, owner: str) -> None:
    """The owner's undated PhD advisors start with the one registration date the page's
    thesis fields state."""
    starts = {int(m.group(1)) for m in _THESIS_START_FIELD.finditer(page.document.text[:8000])}
    if len(starts) != 1:
        return
    start = starts.pop()
    for index, claim in enumerate(page.claims):
        if (
            claim.subject == owner
            and claim.relation is Relation.ADVISOR_PHD
            and claim.start is None
            and claim.end is None
        ):
            page.claims[index] = replace(claim, start=start)


def date_owner_thesis(page: Page) -> None:
    """The owner's PhD advisors, jury and PhD institution named without years ("I thank my
    advisor A") take the years the page states for that one thesis elsewhere (its defence,
    the PhD entry);
    the owner's postdoc host, those of the one postdoc position.  Nothing when the page's
    years for it disagree."""
    if page.owner is None:
        return
    owner = page.owner.name
    record = _record_dates(page.document.text[:8000], page.owner.how in _RECORD_OWNERS)
    if record is not None and record[0] is not None:
        # A record's registration date starts the thesis its award date ends.
        for index, claim in enumerate(page.claims):
            if (
                claim.subject == owner
                and claim.start is None
                and claim.end == record[1]
                and claim.relation is Relation.ADVISOR_PHD
            ):
                page.claims[index] = replace(claim, start=record[0])
    text = page.document.text
    if record is None and ("nscription" in text or "ébut de th" in text):
        _date_thesis_start(page, owner)
    mine = [c for c in page.claims if c.subject == owner]
    if not any(c.start is None and c.end is None for c in mine):
        return
    phd: set[tuple[int | None, int | None]] = set()
    postdoc: set[tuple[int | None, int | None]] = set()
    postdoc_at: dict[tuple[int | None, int | None], set[str]] = {}  # period → its employers
    ongoing: set[int] = set()  # the starts of a thesis still under way
    for claim in mine:
        if claim.end is None:
            if claim.start is not None and claim.relation is Relation.ADVISOR_PHD:
                ongoing.add(claim.start)
            elif claim.start is not None and (
                claim.relation is Relation.STUDIED_AT
                and _stated_context(claim) is Context.PHD
                or claim.relation is Relation.MEMBER_OF
                and _DOCTORAL_STUDENT.search(claim.evidence)
            ):
                # "depuis 2021 — Doctorat, Université X", "doctorant au laboratoire X depuis
                # 2023": the thesis under way since then.
                ongoing.add(claim.start)
            if claim.start is not None and claim.relation is Relation.EMPLOYED_AT:
                # "2023 → now · Postdoctoral Fellow, University X": a postdoc still held
                # (not "a postdoc with A at X before joining Y in 2022": Y's post is later).
                if _stated_context(claim) is Context.POSTDOC and not _LATER_FACT.search(
                    claim.evidence
                ):
                    postdoc.add((claim.start, None))
                    postdoc_at.setdefault((claim.start, None), set()).add(claim.object)
            continue
        if claim.relation is Relation.ADVISOR_PHD or (
            claim.relation is Relation.STUDIED_AT
            and (_stated_context(claim) or _entry_context(page, claim)) is Context.PHD
        ):
            phd.add((claim.start, claim.end))
        elif claim.relation in _JURY and not HABILITATION_WORD.search(claim.evidence):
            phd.add((None, claim.end))
        elif claim.relation is Relation.ADVISOR_POSTDOC or (
            claim.relation is Relation.EMPLOYED_AT and _stated_context(claim) is Context.POSTDOC
        ):
            postdoc.add((claim.start, claim.end))
            if claim.relation is Relation.EMPLOYED_AT:
                postdoc_at.setdefault((claim.start, claim.end), set()).add(claim.object)
    meta = page.document.meta
    if meta.get("citation_dissertation_institution") or (
        # (a repository record's Dublin Core: "DC.type: Dissertation", "DC.date: 2021")
        "dc.type" in meta and _THESIS.search(str(meta["dc.type"])) is not None
    ):
        # a thesis record's Highwire tags: the thesis and its year
        stated = years_in(
            meta.get("citation_date")
            or meta.get("citation_publication_date")
            or meta.get("dc.date")
            or ""
        )
        if stated:
            phd.add((None, stated[0]))
    if record is not None:
        phd.add(record)
    undated = {
        c.evidence
        for c in mine
        if c.relation is Relation.ADVISOR_PHD and c.start is None and c.end is None
    }
    if not phd and not ongoing and undated:
        # "I'm a PhD student at X, advised by A. I started my PhD in September 2023."
        if (started := _own_phd_start(page.document.text)) is not None:
            ongoing.add(started)
    ends = {end for _, end in phd}
    starts = {start for start, _ in phd} - {None}
    # "Je suis doctorant au sein de l'équipe X, sous la direction de A": the team of the
    # sentence that dates the thesis, for the thesis's years.
    thesis_of = {
        c.evidence: (c.start, c.end)
        for c in mine
        if c.relation is Relation.ADVISOR_PHD and (c.start or c.end)
    }
    # (searched in the whole page only when a jury claim asks)
    habilitation = cache(lambda: HABILITATION_WORD.search(page.document.text) is not None)
    for index, claim in enumerate(page.claims):
        if claim.subject != owner or claim.start is not None or claim.end is not None:
            continue
        period = None
        thesis = (
            claim.relation is Relation.ADVISOR_PHD
            or claim.relation is Relation.STUDIED_AT
            and _stated_context(claim) is Context.PHD
            # a master's thesis record: its one thesis's advisors and university
            or claim.relation in (Relation.ADVISOR_OTHER, Relation.STUDIED_AT)
            and record_context(page) is Context.OTHER
            and _stated_context(claim) in (Context.OTHER, None)
        )
        if thesis and len(ends) == 1 and len(starts) <= 1:
            period = (next(iter(starts), None), next(iter(ends)))
        elif thesis and not ends and len(ongoing) == 1:
            # "Ma thèse, commencée en octobre 2022, est encadrée par A" and elsewhere
            # "doctorant à l'Université X": the thesis under way since then.
            period = (next(iter(ongoing)), None)
        elif claim.relation in _JURY and len(ends) == 1 and not habilitation():
            period = (next(iter(ends)),) * 2
        elif claim.relation is Relation.ADVISOR_POSTDOC:
            # Several postdocs: the one whose employer the host's sentence names.
            named = [
                p
                for p, places in postdoc_at.items()
                if any(map(claim.evidence.__contains__, places))
            ]
            if len(postdoc) == 1:
                period = next(iter(postdoc))
            elif len(named) == 1:
                period = named[0]
        elif claim.relation is Relation.MEMBER_OF:
            period = thesis_of.get(claim.evidence)
            if period is None and not ends and len(ongoing) == 1 and claim.evidence in undated:
                # "a PhD student in the X Lab, advised by A": the lab of the thesis's own
                # sentence, for the thesis under way
                period = (next(iter(ongoing)), None)
        if period is not None:
            page.claims[index] = replace(claim, start=period[0], end=period[1])


# ("I started my PhD in Sept. 2023 at X. In 2024 I …": the sentence's own year only)
_OWN_START_END = re.compile(r"[.;!?](?=\s+[A-Z]|\s*$)|\n")
OWN_START_CHARS = 60


def _own_phd_start(text: str) -> int | None:
    """The one year of the owner's own "I started my PhD in September 2023" (asked when the
    owner's doctoral advisor is named without years)."""
    years = set()
    for match in LEXICON.pattern("OWN_PHD_STARTS").finditer(text):
        tail = text[match.end() : match.end() + OWN_START_CHARS]
        years.update(years_in(_OWN_START_END.split(tail, 1)[0]))
    return years.pop() if len(years) == 1 else None


# "My academic siblings include A and B", "Mes « frères et sœurs » de thèse sont A et B":
# students of the owner's own doctoral advisor.
_SIBLINGS = re.compile(
    r"(?i)\bacademic\s+(?:siblings?|brothers?|sisters?)(?:\s+and\s+(?:sisters?|brothers?))?"
    r"|\bfrères?\s+et\s+s(?:œ|oe)urs?\s*»?\s+(?:académiques|de\s+thèse)"
    r"|\b(?:sœurs?|soeurs?|frères?)\s+(?:académiques|de\s+thèse)|\bfratrie\s+académique"
)
_SIBLINGS_LEAD = re.compile(
    r"(?i)^\W*(?:(?:include|includes|included|are|were|is|was|sont|étaient|comprennent|"
    r"figurent)\b\W*)?"
)


def lineage_tree_lines(page: Page) -> None:
    """An indented lineage tree's persons (``documents.indented_tree``): each the doctoral
    student of the line it is indented under and of its note's co-advisors, a doctorate of
    the institution and year its brackets give ("B (University Y, 1978)")."""
    for person in page.document.meta["indented-tree"]:
        period = Period(None, person.year)
        above = person.advisor
        evidence = f"{above.line} › {person.line}" if above else person.line
        # (the line above, then the note's co-advisors, read less surely)
        advisors = [(above.name, 0.8)] if above else []
        for advisor, confidence in advisors + [(name, 0.7) for name in person.co_advisors]:
            page.add(
                person.name,
                Relation.ADVISOR_PHD,
                advisor,
                evidence,
                "supervision.tree",
                confidence,
                period,
            )
        if person.institution:
            page.add(
                person.name,
                Relation.STUDIED_AT,
                person.institution,
                person.line,
                "organisation.tree",
                0.7,
                period,
            )


def academic_siblings(page: Page) -> None:
    """The owner's academic siblings, each a student of the owner's doctoral advisor (the
    one the sentence names, or the only one the page gave)."""
    text = page.document.text
    if page.owner is None or not any(w in text for w in ("cademic", "frères", "fratrie")):
        return
    owner = page.owner.name
    advisors = [
        c.object for c in page.claims if c.subject == owner and c.relation is Relation.ADVISOR_PHD
    ]
    if not advisors:
        return
    for block in page.document.blocks:
        if not _SIBLINGS.search(block.text):
            continue
        told = sentences(block.text)
        for index, (_offset, sentence) in enumerate(told):
            cue = _SIBLINGS.search(sentence)
            if cue is None:
                continue
            rest = sentence[cue.end() :]
            names, end = names_after(_SIBLINGS_LEAD.sub("", rest))
            if not names:
                # "My academic siblings are an eclectic bunch. A finished with B in 2012; …"
                _sibling_sentences(page, owner, advisors, [t for _at, t in told[index + 1 :]])
                continue
            tail = rest[end:] if end else rest
            for advisor in _siblings_advisor(advisors, tail)[:1]:
                for name in names:
                    _add_sibling(page, owner, name, advisor, sentence.strip(), Period())


def _siblings_advisor(advisors: list[str], text: str) -> list[str]:
    """The owner's doctoral advisors *text* names, or the only one the page gave."""
    named = [a for a in dict.fromkeys(advisors) if _names_person(text, a)]
    return named or (advisors if len(set(advisors)) == 1 else [])


# A clause whose subject is a name: "Tomás Echeverría defended in 2021" (a verb after it).
_CLAUSE_LEAD = re.compile(rf"^\W*(?P<a>{_NAME_RUN})\s+(?-i:[a-z])")


def _sibling_sentences(page: Page, owner: str, advisors: list[str], told: list[str]) -> None:
    """The sentences told after "My academic siblings are …": each one opened by a name is
    a sibling, the student of the owner's advisor it names (else the one named last), who
    finished in its one year ("A finished with B in 2012; C defended in 2021")."""
    advisor = advisors[0] if len(set(advisors)) == 1 else None
    for sentence in told:
        lead = _CLAUSE_LEAD.match(sentence)
        name = named_lead(page, lead["a"]) if lead else None
        advisor = next(iter(_siblings_advisor(advisors, sentence)), advisor)
        if name is None or advisor is None:
            continue
        years = set(years_in(sentence))
        period = Period(None, years.pop()) if len(years) == 1 else Period()
        _add_sibling(page, owner, name, advisor, sentence.strip(), period)


def _add_sibling(
    page: Page, owner: str, name: str, advisor: str, evidence: str, period: Period
) -> None:
    """One sibling: a doctoral student of the owner's advisor (neither of them by name)."""
    if not compatible(name, advisor) and not compatible(name, owner):
        page.add(
            name,
            Relation.ADVISOR_PHD,
            advisor,
            evidence,
            "supervision.academic-siblings",
            0.6,
            period,
        )


def _names_person(text: str, name: str) -> bool:
    """Whether *text* writes the given name or the family name of *name* as a word."""
    words = name.split()
    return any(
        re.search(rf"(?<![\w-]){re.escape(word)}(?![\w-])", text)
        for word in {words[0], words[-1]}
        if len(word) > 2
    )


# A publication list's legend of typography: "Names in bold are Ph.D. students I advise",
# "underlined names are Master's mentees" (one clause per style).
_TYPESET_STYLE = {"bold": re.compile(r"(?i)\bbold"), "underline": re.compile(r"(?i)\bunderlin")}
_TYPESET_WHO = re.compile(
    r"(?i)\b(?:names?|authors?)\b.*\b(?:students?|advisees?|mentees?|trainees?|supervisees?)\b"
    r"|\b(?:students?|advisees?|mentees?|trainees?|supervisees?)\b.*\b(?:names?|authors?)\b"
)
# The owner's own advisees: "I advise", "my students", "advisees" (not every student's name).
_OWN_ADVISEES = re.compile(
    r"(?i)\b(?:I|my|me)\b|\b(?:advisees?|mentees?|supervisees?)\b|\b(?:under\s+my)\b"
)


def typeset_advisees(page: Page, entries) -> None:
    """Authors a publication list sets in the typeface its legend gives the owner's advisees
    ("Names in bold are Ph.D. students I advise or have advised"): each advised by the
    owner, in the kind of supervision the legend names (none named: nothing read)."""
    styled = page.document.meta.get("typeset")
    if not styled or page.owner is None or not entries:
        return
    legends: dict[str, tuple[Relation, str]] = {}
    for block in page.document.blocks:
        if "bold" not in block.text and "nderlin" not in block.text:
            continue
        for _, sentence in sentences(block.text):
            for clause in sentence.split(";"):
                for style, pattern in _TYPESET_STYLE.items():
                    if style in legends or not pattern.search(clause):
                        continue
                    if not _TYPESET_WHO.search(clause) or not _OWN_ADVISEES.search(clause):
                        continue
                    found = contexts_in(clause)
                    if found:
                        legends[style] = (ADVISOR[min(found)[1]], clause.strip())
    for style, (relation, legend) in legends.items():
        names = {fold(n.strip(" *†‡")) for n in styled.get(style, ())}
        for entry in entries:
            for author in entry.authors:
                if fold(author) in names and not _is_owner(page, author):
                    page.add(
                        author,
                        relation,
                        page.owner.name,
                        legend,
                        "supervision.typeset-legend",
                        0.6,
                        Period(),
                    )


# -- Students narrated one sentence each ("I currently work with three PhD students. A
# joined in 2021 …; she is co-advised by B. C started in 2023 …"): the sentences a roster's
# introduction (or a students section) leads to, each opening on its student's full name.
_ROSTER_INTRO = re.compile(
    r"(?i)\b(?:I|we|je|j['’]|nous)\b[^.;:]{0,50}?\b(?:work(?:ing)?\s+with|advis(?:e|ing)|"
    r"supervis(?:e|ing)|mentor(?:ing)?|host(?:ing)?|travaill\w*\s+avec|encadr\w*|"
    r"accueill\w*|served\s+as\s+(?:\w+\s+){0,2}?advis[oe]r\s+to)\b[^.;:]{0,30}?\b"
    r"(?:\d{1,2}|one|two|three|four|five|six|seven|eight|several|deux|trois|quatre|cinq|"
    r"six|sept|huit|plusieurs)\s+(?:\w+\s+){0,2}?"
    r"(?P<kind>(?:ph\.?d\.?|doctoral|graduate)\s+(?:students?|candidates?)|doctorant\S*|"
    r"post-?docs?\b|postdoctoral\s+\w+|post-?doctorant\S*|master['’]?s?\s+students|"
    r"interns\b|stagiaires)"
)
_ROSTER_WORDS = ("student", "doctora", "docs", "postdoctoral", "doctorant", "interns", "stagiaires")
# The sentence's subject: the student's full name first (maybe "Our newest member, A,"), then
# a verb or a relative clause / apposition.
_LEAD_NAME_PART = (
    r"(?:(?:Dr|Dre)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:(?:de|du|van|von|da|le|la|el|ben|ter)[ \t]+)?"
    r"[A-ZÀ-Þ][\w'’-]+){1,3})"
)
_NARRATED_LEAD = re.compile(
    r"^\W*"
    + _LEAD_NAME_PART
    # a verb right after the name (or its bracket), no preposition of a title's words
    + r"(?=(?:\s*\([^()]{0,80}\))?\s+(?!(?:de|du|des|d['’]|of|for|en|à|au|aux|in|on|at|et|"
    r"and|sur|par|pour|with|avec|la|le|les|the)\b)[a-zà-ÿ]"
    # ("A, que je co-encadre …", "A, en troisième année, prépare …", "A, co-advised with B")
    r"|\s*,\s*[a-zà-ÿ])"
    # "Our newest member, A, arrived in 2024 …"
    r"|^\W*(?i:our|the|notre|la|le)\s+(?:[\w-]+\s+){0,2}?(?i:member|recruit|student|arrival|"
    r"arrivée|recrue|membre|doctorante?)\s*,\s*"
    + _LEAD_NAME_PART.replace("name", "name2")
    + r"(?=\s*,\s*[a-zà-ÿ])"
)
# "Elspeth joined my lab in 2022 …" (a given name the page wrote in full before).
_LONE_LEAD = re.compile(
    r"^\W*(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’-]+)(?=\s+(?:joined|has\s+joined|a\s+rejoint|rejoint|"
    r"started|began|arrived|is|was|est|a)\s)"
)
# "… joined my lab in 2022", "… joined the group in September 2023 as a postdoctoral
# researcher": a newcomer of the owner's group (the kind said, or "my").
_JOINED_OWNERS = re.compile(
    r"(?i)\b(?:joined|joins|has\s+joined|a\s+rejoint|rejoint)\s+(?:(?:my|mon|ma)\s+"
    r"(?:lab|group|team|laboratory|équipe)|(?:the|our|notre|l['’])\s*(?:lab|group|team|"
    r"équipe)\b[^.;]{0,40}?\b(?:as|comme|en\s+tant\s+que)\s+(?:an?\s+|une?\s+)?"
    r"(?:ph\.?d\.?|doctoral|graduate|post-?doc|postdoctoral|master|doctorant|post-?doctorant|"
    r"stagiaire|intern))"
)
_NARRATED_PRONOUN = re.compile(r"^\W*(?:He|She|They|Il|Elle|Her|His|Their|Son|Sa|Ses)\b")
_NOT_LEAD_WORDS = frozenset(
    "avec with pour for chez sous under dans par by sur on depuis since during pendant après "
    "after avant before comme as en in the le la les un une a an our notre nos mes ma mon my "
    "his her ses son sa their et and ou or membre member encadrement supervision direction "
    "stages stage projets bravo félicitations congratulations congrats welcome bienvenue merci "
    "thanks thank dear cher chère parmi among lors when quand originaire".split()
)
# "not my supervisor but my officemate, B": the cue denied, another role given to the name
_NOT_BUT = re.compile(
    r"\bnot\s+(?:my|his|her|their|our)\s+[\w-]+(?:\s+[\w-]+)?\s+but\s+"
    r"(?:my|his|her|their|our|an?|the)\s+[\w-]+(?:\s+[\w-]+)?,?\s"
)
_NEGATED = re.compile(r"(?i)\b(?:not|never|n['’]|ne|jamais)\b")
# A co-advisor of the narrated student: "co-advised by/with B", "jointly advised with my
# colleague B", "que je co-encadre avec B", "sous ma direction et celle de B".
_NARRATED_CO = re.compile(
    r"(?i)\b(?:co-?(?:advised|supervised|mentored|directed|hosted)|jointly\s+(?:advised|"
    # ("A, whom she supervised jointly with B, …")
    r"supervised|mentored|hosted)|(?:advised|supervised)\s+jointly|"
    r"co-?encadr\w*|co-?dirig\w*|codirig\w*|co-?direction|"
    # ("I co-advised her with B": the student's pronoun between the verb and its partner)
    r"cotutelle)\s+(?:(?:her|him|them)\s+)?(?:(?:by|with|avec|par|de)\s+)"
    r"(?:(?:my|mon|ma)\s+(?:colleague|collègue)\s+)?"
    r"|\bsous\s+ma\s+direction\s+et\s+celle\s+d(?:e\s+|['’])"
    r"|\b(?:dirigée?|directed|advised|supervised)\s+par\s+(?=[^.;]{3,60}\bj['’]en\s+assure\s+le\s+co)"
    # "…; son directeur de thèse est B et j'en suis la co-encadrante"
    r"|\b(?i:directeur|directrice|supervisor|advisor|co-?advisor|co-?supervisor)(?:\s+de\s+thèse)?"
    r"\s+(?:est|is|was|était)\s+"
    # "sous la co-direction de B (50 %) et de moi-même"
    r"|\bsous\s+la\s+co-?direction\s+d(?:e\s+|['’])"
)
_STARTED_IN = re.compile(
    r"(?i)\b(?:joined|started|began|arrived|enrolled|commencé|débuté|rejoint|commence|débute|"
    r"since|depuis)\b[^.;]{0,40}?\b((?:19|20)\d\d)\b"
)
_ENDED_IN = re.compile(
    r"(?i)\b(?:defended|graduated|completed|soutenu|soutenue)\b[^.;]{0,120}?\b((?:19|20)\d\d)\b"
)
# "X is a PhD student of B", "X est doctorante de B", "a PhD student advised by B": another's.
_OTHERS_STUDENT = re.compile(
    r"(?i)\b(?:student|doctorante?|post-?doc(?:torante?)?)\s+(?:of|de|d['’]|advised\s+by|"
    r"supervised\s+by|in)\s+(?=[A-ZÀ-Þ])"
)
_OWNER_INVOLVED = re.compile(r"(?i)\b(?:my|me|mon|ma|mes|moi|I|je|j['’]|we|our|nous|notre)\b")


def _roster_scope(page: Page, block: Block) -> Context | None:
    """The students' kind a roster introduced in *block* or in the paragraphs above it (in
    its section) speaks of, or the one its section's heading names."""
    blocks = page.document.blocks
    index = page.index(block)
    for back in range(index, max(-1, index - 4), -1):
        above = blocks[back]
        if above.kind is BlockKind.HEADING or above.section != block.section:
            break
        if not any(w in above.text for w in _ROSTER_WORDS):
            continue
        intro = _ROSTER_INTRO.search(above.text)
        if intro is not None:
            return context_of(intro.group("kind"))
    if block.section and page.kind(block) is SectionKind.STUDENTS:
        found = contexts_in(block.section[-1])
        return found[0][1] if found else Context.PHD
    if block.section and (found := contexts_in(block.section[-1])):
        return found[0][1]
    return None


def _narrated_co_advisors(page: Page, sentence: str) -> list[str]:
    co: list[str] = []
    for match in _NARRATED_CO.finditer(sentence):
        rest = sentence[match.end() :]
        names = _names_or_given(page, rest)
        if not names and (lead := _ONE_WORD_LEAD.match(rest)):
            # "… jointly with Carrow-Lyle, …": the family name of one the page named in full
            names = [n for n in (_family_lead(page, lead.group(1)),) if n]
        co.extend(names)
    return co


_ONE_WORD_LEAD = re.compile(r"([A-ZÀ-Þ][\w'’-]+)(?=\s*[,;.)]|\s+(?:and|in)\s|$)")


def _student_signal(own: str) -> bool:
    """Whether a narrated sentence's words tell a student's time: a start or a defence, the
    owner's part, or a kind of studies (no job's title: "est ingénieure chez X")."""
    if _STARTED_IN.search(own) or _ENDED_IN.search(own) or _OWNER_INVOLVED.search(own):
        return True
    found = contexts_in(own)
    if not found:
        return False
    jobs = [m.span() for m in LEXICON.pattern("POSITIONS").finditer(own)]
    return any(not any(s <= p < e for s, e in jobs) for p, _ in found)


_OPENING_LABEL = re.compile(r"^[^\W\d][^:\n]{0,40}?\s?:\s*")


def _role_opening(clause: str) -> bool:
    """Whether a labelled verbless clause opens on a jury role, its label's or the one after
    it ("External examining: PhD of A", "Autres activités : examinatrice au jury de B")."""
    text = clause.lstrip(" •·-–")
    if (label := _OPENING_LABEL.match(text)) is None:
        return False  # (an unlabelled line among the students may be one of theirs)
    if _role_of(label.group().rstrip(" :")) not in (None, Relation.JURY_MEMBER):
        return True
    text = text[label.end() :]
    return any(
        pattern.match(text)
        for relation, pattern in LEXICON.jury_role_patterns.items()
        if relation != Relation.JURY_MEMBER.value
    )


def _ends_on_role(own: str) -> bool:
    """Whether the words after a name end on an advisor's or a jury member's role ("…,
    professeure — rapporteure"): the name holds that role."""
    tail = own.rstrip(" .;,)")
    return any(
        tail.endswith(found.group())
        for pattern in (LEXICON.pattern("ADVISING_NOUNS"), *LEXICON.jury_role_patterns.values())
        for found in pattern.finditer(tail)
    )


def narrated_students(page: Page, block: Block) -> None:
    """Each sentence of a roster's paragraphs that opens on a student's full name: the
    student is advised by the owner (and by the co-advisors the sentence names)."""
    if page.owner is None or block.kind is not BlockKind.PARAGRAPH or page.kind(block) in QUIET:
        return
    scope = _roster_scope(page, block)
    if scope is None and not (
        ("join" in block.text or "rejoint" in block.text) and _JOINED_OWNERS.search(block.text)
    ):
        return
    owner = page.owner.name
    previous = ""
    last = None  # (student, context, period) of the sentence before
    for _, sentence in sentences(block.text):
        said, previous = previous, sentence
        told, last = last, None
        lead = _NARRATED_LEAD.match(sentence) or _LONE_LEAD.match(sentence)
        if lead is None or _NARRATED_PRONOUN.match(sentence):
            if told is not None and _NARRATED_PRONOUN.match(sentence):
                # "… She did her PhD at X and is co-hosted by B": B advises the same one
                student, context, period = told
                for advisor in _narrated_co_advisors(page, sentence):
                    if advisor != student and not _is_owner(page, advisor):
                        page.add(
                            student,
                            ADVISOR[context],
                            advisor,
                            sentence.strip(),
                            "supervision.narrated-student",
                            0.6,
                            _period_for(context, period),
                        )
            continue
        if scope is None and not _JOINED_OWNERS.search(sentence, lead.end()):
            continue  # a news post: only "A joined my lab in 2022 …" tells a student
        written = lead.group("name") or lead.groupdict().get("name2") or ""
        if written.split(None, 1)[0].lower() in _NOT_LEAD_WORDS:
            continue  # "Avec B, j'encadre …", "Membre du Groupe …": no name opens it
        student = named_lead(page, written)
        if (
            student is None
            or _is_owner(page, student)
            or find_organisations(written)
            or _NEGATED.search(sentence)
        ):
            continue
        own = sentence[lead.end() :]
        if _ends_on_role(own):
            continue  # "B, professeur — directeur de thèse" (a jury's line): B's role, no pupil
        co = [n for n in _narrated_co_advisors(page, own) if not _is_owner(page, n)]
        if _OTHERS_STUDENT.search(own) and not co and not _OWNER_INVOLVED.search(own):
            continue  # "A is a PhD student of B": B's, not the owner's
        now = _NOW_MARK.search(own)
        own = own[: now.start()] if now else own  # (what the student does now is no kind)
        if not (co or _student_signal(own)):
            continue  # "A est ingénieure chez X": what A does, no supervision told
        context = _context_near(own, 0)
        if context is None and scope is None:
            # "Congrats to A for passing her PhD qualifying exam. A joined my lab in 2022":
            # the sentence before says the kind, else the post's title
            context = _context_near(said, 0) or _context_near(
                block.section[-1] if block.section else "", 0
            )
        context = context or scope
        if context is None:
            continue
        started, ended = _STARTED_IN.search(own), _ENDED_IN.search(own)
        period = Period(
            int(started.group(1)) if started else None, int(ended.group(1)) if ended else None
        )
        if period.empty and context is Context.PHD and "(" in sentence[: lead.end() + 2]:
            # "A (PhD 2002) was co-supervised with B": the bracket dates the defence
            bracket = _after_name(sentence, written)
            years = years_in(bracket) if bracket and contexts_in(bracket) else []
            period = Period(None, years[-1]) if len(years) == 1 else period
        if context in (Context.INTERNSHIP, Context.OTHER) and period.empty:
            span = parse_period(own)
            period = span if not span.empty else period
        elif context is Context.POSTDOC and period.empty:
            # "A, who was a postdoc in my group from 2020 to 2022, …": the stay's own range
            span = parse_period(own)
            period = span if span.start and span.end else period
        last = (student, context, period)
        for advisor in [owner, *co]:
            if advisor != student:
                page.add(
                    student,
                    ADVISOR[context],
                    advisor,
                    sentence.strip(),
                    "supervision.narrated-student",
                    0.65,
                    _period_for(context, period),
                )


# "A, a PhD student of B", "A, a graduate student supervised by my colleague B", "Clara est
# doctorante de B", "A, a postdoc in B's lab": someone else's student, named with the advisor.
_APPOSED_PUPIL = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+(?:[A-ZÀ-Þ][\w'’-]+|de|van|von|le|la|el|ben)){0,3})"
    # ("A, doctorante de Pr. B": French apposes the kind without its article)
    r"(?:,\s+(?:(?:a|an|une?)\s+|(?=(?:post-?)?doctorante?\s+d))"
    r"|\s+(?:is|was|est|était)\s+(?:a\s+|an\s+|une?\s+)?)"
    r"(?i:(?:former|current|ancienne?)\s+)?"
    # ("A, a fifth-year PhD student advised by B": a news item's year of the programme)
    r"(?i:(?:first|second|third|fourth|fifth|sixth|final|\d(?:st|nd|rd|th))-year\s+)?"
    r"(?P<kind>(?i:(?:ph\.?d\.?|doctoral|graduate|master['’]?s?|msc)\s+student|post-?doc|"
    r"(?:ph\.?d\.?|doctoral)\s+candidate|"
    r"postdoctoral\s+(?:fellow|researcher)|doctorante?|post-?doctorante?))\s+"
    r"(?:(?i:of|de|d['’]|advised\s+by|supervised\s+by)\s*|(?P<in>in|dans)\s+)"
    r"(?:(?:my|mon|ma)\s+(?:colleague|collègue)\s+)?(?:(?:Prof|Dr|Pr)\.?\s+)?"
    r"(?P<advisor>[A-ZÀ-Þ][^,;.()]{1,60})"
)
_APPOSED_WORDS = ("student", "candidate", "doctorant", "postdoc", "post-doc", "postdoctoral")
_DIRECTED_WORDS = ("dirigée par", "encadrée par", "supervised by", "directed by", "advised by")
_POSSESSED_GROUP = re.compile(
    r"^(?P<a>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)?)['’]s\s+(?:lab|group|team)\b"
)


# "… au jury de thèse de A à l'Université X, thèse dirigée par B": the thesis's advisor.
_THESIS_DIRECTED = re.compile(
    r"(?i:thèse|thesis|dissertation)\s+(?i:de|d['’]|of)\s*(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})"
    # ("thèse de A (Université X), dirigée par B": the thesis's university in brackets)
    r"(?:(?:\s*\([^().;:]{0,80}\)){1,2}(?=\s*,)|[^.;:()]{0,80}?),\s*"
    r"(?i:(?:sa\s+|la\s+|her\s+|his\s+)?(?:thèse|thesis|dissertation)\s+)?"
    r"(?i:co-?dirigée|dirigée|codirigée|encadrée|supervised|advised|directed)\s+(?i:par|by)\s+"
)


_YEAR_LED = re.compile(r"\s*((?:19|20)\d\d)\s*[:—–-]\s")


# "the PhD committees of A (2021) and B (2022), both advised by Prof. C": the names listed
# before the apposition share the advisor it names.
_BOTH_ADVISED = re.compile(
    r"(?i),\s+(?:both|all(?:\s+(?:two|three|four))?|tou(?:te)?s\s+(?:deux|trois))\s+"
    r"(?:co-?)?(?:advised|supervised|directed|encadré(?:e)?s|dirigé(?:e)?s)\s+(?:by|par)\s+"
)
# "A and B, both PhD students in Prof. C's group", "A et B, toutes deux doctorantes de C":
# the names listed before the plural apposition are C's students.
_BOTH_PUPILS = re.compile(
    r"(?i:,\s+(?:both|all\s+(?:two|three|four)|tou(?:te)?s\s+(?:deux|trois|quatre))\s+)"
    r"(?P<kind>(?i:(?:ph\.?d\.?|doctoral|graduate)\s+students|post-?docs|"
    r"postdoctoral\s+(?:fellows|researchers)|(?:post-?)?doctorant(?:e)?s))\s+"
    r"(?:(?i:of|de|d['’]|advised\s+by|supervised\s+by)\s*|(?P<in>(?i:in|dans))\s+)"
    r"(?:(?i:Prof|Dr|Pr)\.?\s+|(?i:Professor)\s+)?"
)
# "C's group", "C's remote sensing group": the group's head, its field between.
_HEAD_OF_GROUP = re.compile(
    r"^(?P<a>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})['’]s\s+"
    r"(?:[a-z][\w-]*\s+){0,3}(?:lab|laboratory|group|team)\b"
)
_CAPITAL_WORD = re.compile(r"(?<!\S)[A-ZÀ-Þ]")
# ("A (2021)", "A (PhD 1999)": the year of the thesis, its degree's word before it)
_BRACKET_YEAR = re.compile(r"\s*\((?:[A-Z][\w.]{1,5}\s+)?((?:19|20)\d\d)\)")
# Where the list before it opens: "… of A and B", "… de A et B", "…: A, B", "… graduates
# were A and B".
_LIST_OPENING = re.compile(r"(?i)(?:\b(?:of|de|d['’]|for|pour|were|included)\s+|:\s*)(?=[A-ZÀ-Þ])")
_FAMILY_LEAD = re.compile(r"(?:(?:Prof\.?|Professor|Dr\.?)\s+)?([A-ZÀ-Þ][\w'’-]+)(?=[\s.,;)]|$)")


def _written_ending(page: Page, family: str) -> str | None:
    """The one full name the page writes ending with *family*."""
    return _one_written(page, lambda n: n.endswith(f" {family}"))


def _both_advised(page: Page, sentence: str) -> None:
    """Each student a list names before "both advised by C": C's (a thesis's kind in the
    sentence says which)."""
    for match in _BOTH_ADVISED.finditer(sentence):
        openings = list(_LIST_OPENING.finditer(sentence, 0, match.start()))
        if not openings:
            continue
        students = [
            s
            for s in names_after(sentence[openings[-1].end() : match.start()])[0]
            if not _is_owner(page, s)
        ]
        advisors = names_after(sentence[match.end() :])[0][:1]
        if not advisors and (family := _FAMILY_LEAD.match(sentence, match.end())) is not None:
            # "both supervised by Family": the one full name the page writes ending with it
            full = _written_ending(page, family.group(1))
            advisors = [full] if full else []
        context = _context_near(sentence, match.start())
        if len(students) < 2 or not advisors or context is None:
            continue
        for student in students:
            # ("A (2021)": the year of the thesis the committee sat on, its defence)
            at = sentence.find(student)
            year = _BRACKET_YEAR.match(sentence, at + len(student)) if at >= 0 else None
            period = Period(int(year.group(1)), None, single=True) if year else Period()
            if not compatible(student, advisors[0]):
                page.add(
                    student,
                    ADVISOR[context],
                    advisors[0],
                    sentence.strip(),
                    "supervision.apposed-pupil",
                    0.6,
                    _period_for(context, period),
                )


def _both_pupils(page: Page, sentence: str) -> None:
    """Each of the names listed before "both PhD students in C's group": C's students."""
    for match in _BOTH_PUPILS.finditer(sentence):
        before = sentence[: match.start()]
        students: list[str] = []
        for start in (m.start() for m in _CAPITAL_WORD.finditer(before)):
            found, end = names_after(before[start:])
            if len(found) >= 2 and not before[start + end :].strip(" ,"):
                students = [s for s in found if not _is_owner(page, s)]
                break
        rest = sentence[match.end() :]
        if match.group("in"):
            held = _HEAD_OF_GROUP.match(rest)
            advisors = [a for a in [named_lead(page, held.group("a"))] if a] if held else []
        else:
            advisors = _names_or_given(page, rest)[:1]
        # (the kind in the singular: "doctorantes" → "doctorante")
        context = _context_near(match.group("kind").rstrip("sS"), 0)
        if len(students) < 2 or not advisors or context is None:
            continue
        for student in students:
            if not compatible(student, advisors[0]):
                page.add(
                    student,
                    ADVISOR[context],
                    advisors[0],
                    sentence.strip(),
                    "supervision.apposed-pupil",
                    0.6,
                    Period(),
                )


_OTHER_CLAUSE = re.compile(r"[,;]|\s(?:and|et|but|mais|while)\s")


# "B's students A and C", "led by B's former student A", "B's own graduate student, A": a
# person's students named after the possessive (a lab's lineage, a tribute).
_POSSESSED_PUPILS = re.compile(
    r"(?P<a>[A-ZÀ-Þ][\w-]+(?:[ \t]+[A-ZÀ-Þ][\w-]+){0,3})['’]s\s+"
    r"(?:(?:former|first|last|current|own|early|doctoral|ph\.?d\.?|graduate|postdoctoral)\s+){0,3}"
    r"(?P<kind>students?|postdocs?)\s*,?\s+(?=[A-ZÀ-Þ])"
)

# Where a list of names ends: its first lower-case word (not "and", not a name's
# particle), or a bracket ("A (PhD 2013, X)").
_LOWER_WORD_AFTER_NAMES = re.compile(
    r"\s+(?!(?:and|van|von|de|du|da|der|den|le|la|bin|ben|al|el)\b)(?-i:[a-z])|\s*\("
)


def _possessed_pupils(page: Page, block: Block, sentence: str) -> None:
    """ "B's former student A": A advised by B, a doctorate where the words or the block say
    so (a bare "student" may be a master's)."""
    for match in _POSSESSED_PUPILS.finditer(sentence):
        advisor = named_lead(page, match.group("a"))
        rest = sentence[match.end() :]
        if (verb := _LOWER_WORD_AFTER_NAMES.search(rest)) is not None:
            rest = rest[: verb.start()]  # "A and C now lead their own groups": the names only
        students = names_after(rest)[0]
        if advisor is None or not students:
            continue
        said = match.group()
        if "postdoc" in said:
            context = Context.POSTDOC
        elif (
            _DOCTORAL.search(said)
            or _DOCTORAL.search(block.text)
            # ("B's students A and C now lead groups." / "A completed his PhD in 2004 …")
            or (below := page.next_block(block)) is not None
            and below.kind is block.kind
            and _DOCTORAL.search(below.text)
        ):
            context = Context.PHD
        else:
            continue
        for student in students:
            if student != advisor and not compatible(advisor, student):
                page.add(
                    student,
                    ADVISOR[context],
                    advisor,
                    sentence.strip(),
                    "supervision.apposed-pupil",
                    0.6,
                    Period(),
                )


def apposed_pupils(page: Page, block: Block) -> None:
    """Someone else's student named with their advisor, in an apposition or after a copula:
    the student is the subject, whatever the page's owner."""
    if (" both " in block.text or "tous " in block.text or "toutes " in block.text) and (
        "tudents " in block.text or "octorant" in block.text or "ost" in block.text
    ):
        for _, sentence in sentences(block.text):
            _both_pupils(page, sentence)
    if ("both " in block.text or "tous " in block.text or "toutes " in block.text) and (
        "by " in block.text or "par " in block.text
    ):
        for _, sentence in sentences(block.text):
            _both_advised(page, sentence)
    if ("par " in block.text or "by " in block.text) and (
        "thèse" in block.text or "thesis" in block.text or "dissertation" in block.text
    ):
        for _, sentence in sentences(block.text):
            for match in _THESIS_DIRECTED.finditer(sentence):
                student = name_from_piece(match.group("name"))
                # "2025 : thèse de A (…), dirigée par B", "thèse de A (2025), dirigée par B" (a
                # dated jury list): the defence's year
                led = _YEAR_LED.match(sentence) or _BRACKET_YEAR.match(sentence, match.end("name"))
                ended = Period(None, int(led.group(1))) if led else Period()
                for advisor in names_after(sentence[match.end() :])[0][:2]:
                    if student and not compatible(advisor, student):
                        page.add(
                            student,
                            Relation.ADVISOR_PHD,
                            advisor,
                            sentence.strip(),
                            "supervision.apposed-pupil",
                            0.6,
                            ended,
                        )
    if "'s " in block.text or "’s " in block.text:
        for _, sentence in sentences(block.text):
            _possessed_pupils(page, block, sentence)
    for _, sentence in sentences(block.text):
        for match in _APPOSED_PUPIL.finditer(sentence):
            opened = max(
                sentence.rfind(":", 0, match.start()), sentence.rfind(";", 0, match.start())
            )
            if _NEGATED.search(sentence, opened + 1, match.end()):
                # (the clause of the match only: "Je ne suis pas … : A est doctorante de B")
                continue
            student = named_lead(page, match.group("name"))
            if student is None:
                continue
            rest = match.group("advisor")
            if match.group("in"):
                # "a postdoc in Dmitri's lab": the group's head
                held = _POSSESSED_GROUP.match(rest)
                advisors = [a for a in [named_lead(page, held.group("a"))] if a] if held else []
            else:
                advisors = _names_or_given(page, rest)
            context = _context_near(match.group("kind"), 0)
            # ("A is a PhD student advised by B since 2024": the year the advice began)
            since = _SINCE_YEAR.search(sentence, match.start()) if "ince " in sentence else None
            if since and _OTHER_CLAUSE.search(sentence, match.start(), since.start()):
                since = None  # ("… advised by B, and at X since 2020": another clause's year)
            for advisor in advisors[:1]:
                if context is None or advisor == student or compatible(advisor, student):
                    continue
                page.add(
                    student,
                    ADVISOR[context],
                    advisor,
                    sentence.strip(),
                    "supervision.apposed-pupil",
                    0.6,
                    Period(int(since.group(1)), None) if since else Period(),
                )
