"""What every rule reads about one page: its document, owner, acronyms, and claim builder."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from functools import lru_cache

import ahocorasick

from crawler.claims import Claim, Relation
from crawler.extract.dates import Period
from crawler.extract.documents import Block, BlockKind, Document
from crawler.extract.lexicon import (
    LEXICON,
    literal_finder,
    opens_a_word,
    phrase_starts,
    word_starts,
)
from crawler.extract.owner import PageOwner
from crawler.extract.publications import lowered
from crawler.extract.sections import SectionKind, heading_kind, section_kind

EMAIL = re.compile(
    r"[\w.+-]+\s*(?:@|\[\s*at\s*\]|\(\s*at\s*\))\s*[\w-]+(?:\s*(?:\.|\[\s*dot\s*\]|"
    r"\(\s*dot\s*\))\s*[\w-]+)+",
    re.I,
)
PHONE = re.compile(r"(?:\+|\b00)\d[\d\s().-]{7,}\d|\b0\d(?:[\s.-]?\d\d){4}\b")
EVIDENCE_CHARS = 400
# The owner telling their own path in the first person ("I did my PhD at X with B", "J'ai
# soutenu ma thèse …"): prose, even on a page whose only heading is "Publications".
# "Supervision and examining", "Encadrement et jurys": one heading over two kinds of entry
_JOINT_HEADING = re.compile(r"(?i),|\s(?:et|and|&|/)\s")


def _jury_role_opening(text: str) -> bool:
    """Whether an entry opens on a jury role other than a plain member's ("External
    examiner for the thesis of A", "– Rapporteur de la thèse de B")."""
    text = text.lstrip(" •·-–—*")
    return any(
        pattern.match(text)
        for relation, pattern in LEXICON.jury_role_patterns.items()
        if relation != Relation.JURY_MEMBER.value
    )


_OWN_STORY = re.compile(
    r"(?:^|[.!?]\s+)(?:I\s+(?:did|was|obtained|completed|received|earned|defended|joined|"
    r"hold|held|lead|led|spent|moved)|J['’]ai\s+(?:soutenu|fait|effectué|obtenu|rejoint)"
    # "I am a lecturer at X", "Je suis maîtresse de conférences à Y": the owner's post
    r"|I\s+am|I['’]m|Je\s+suis)\b"
)
# A bio's opening in the third person ("A B est maîtresse de conférences …", "C D is an
# associate professor …"): prose above a publications page's lists, no entry of them.
_BIO_LEAD = re.compile(
    r"(?:[A-ZÀ-Þ][\w'’-]+\s+){1,3}(?:est|is)\s+(?:(?:an?|une?|currently|actuellement)\s+)?"
    r"(?i:maître|maîtresse|professeur|professeure|chargée?\s+de|directeur|directrice|"
    r"chercheur|chercheuse|ingénieure?|post-?doctorante?|doctorante?|associate|assistant|"
    r"full\s+professor|professor|lecturer|senior|research|postdoc)"
)
# A person's own thesis told as a story, in any person ("Elle a effectué sa thèse à X sous
# la direction de A", "He completed his PhD with B"): a bio, even below a jury's heading.
_THESIS_STORY = re.compile(
    r"(?i)\b(?:a|ai|avait|avais)\s+(?:effectué|soutenu|préparé|fait|réalisé|obtenu)\s+"
    r"(?:sa|son|ma|mon)\s+(?:thèse|doctorat)"
    r"|\b(?:did|completed|obtained|received|earned|defended)\s+(?:his|her|their|my)\s+"
    r"(?:ph\.?\s?d|doctorate|doctoral|thesis)"
)
# Words that tell a jury (its cue, a member's role): a paragraph holding none tells none.
_JURY_WORD = re.compile(
    r"(?i)\bjur[yi]|rapport|examin|présid|presid|chair|referee|reviewer|committee|comité"
)
# A list's short lead-in in the first person that counts the doctoral students the owner
# saw through ("I have supervised eleven PhD students to completion. Those who agreed:"):
# its items are the owner's students, whatever the heading above ("The next generation").
_STUDENTS_LEAD_IN = re.compile(
    r"(?i)\b(?:I|we)\b[^.;:]{0,40}?\b(?:supervised|advised|graduated|guided|mentored|"
    r"supervise|advise|supervising|advising)\b[^.;:]{0,40}?\b(?:ph\.?\s?d\.?|doctoral|"
    r"d\.?\s?phil\.?)\s+(?:students?|candidates?|scholars?|theses)\b"
)
_LEAD_IN_CHARS = 200  # a lead-in sentence or two, not a paragraph of prose


# What an e-mail address or a phone number writes, in three searches that each open with
# a character the engine scans for (one alternation of them all tried every position).
_AT_WORD = re.compile(r"\[\s*at\s*\]|\(\s*at\s*\)", re.I)
_DIGIT_RUN = re.compile(r"\d[\s.-]?\d\d[\s.-]?\d\d[\s.-]?\d\d")


def _may_hold_contact(text: str) -> bool:
    return (
        "@" in text
        # (a bracketed "at" needs a bracket: most entries have none, and "in" costs less)
        or ("[" in text or "(" in text)
        and _AT_WORD.search(text) is not None
        or _DIGIT_RUN.search(text) is not None
    )


@lru_cache(maxsize=4096)
def scrub(text: str) -> str:
    """Evidence without e-mail addresses or phone numbers (never stored); cached, since
    every pair of one author list shares its evidence."""
    if _may_hold_contact(text):
        text = PHONE.sub("", EMAIL.sub("", text))
    # Whitespace runs as single spaces (what ``re.sub(r"\s+", " ", ...)`` gives, faster).
    return " ".join(text.split()).strip(" ,;")[:EVIDENCE_CHARS]


_STARTS: dict[str, tuple] = {}  # per word list, its phrase_starts (worked out once)


_AUTOMATA: dict[int, tuple[tuple[str, ...], ahocorasick.Automaton]] = {}


def holds_any(text: str, words: tuple[str, ...] | None) -> bool:
    """Whether *text* holds one of *words*, in one pass (Aho–Corasick): the lexicon's lists
    run to dozens of phrases in five languages, and every block is asked about several,
    where a test per word cost as much as the rules' own searches.  (Keyed by the tuple's
    identity: the lists are the lexicon's and the rules' constants, kept alive here.)
    None (``phrase_literals`` of a list with a phrase no literal stands for) rules nothing
    out, so a rule behind it still runs."""
    if words is None:
        return True
    held = _AUTOMATA.get(id(words))
    if held is None or held[0] is not words:
        held = _AUTOMATA[id(words)] = (words, literal_finder(dict.fromkeys(words)))
    return bool(words) and next(held[1].iter(text), None) is not None


# A document's title block: its title, its owner's name, the owner's post under it.
_TITLE_BLOCKS = 3
_TITLE_PATH = 2  # (the title › the owner's name: no section between them)


@dataclass
class Page:
    document: Document
    owner: PageOwner | None
    acronyms: dict[str, str] = field(default_factory=dict)
    offer: bool = False
    claims: list[Claim] = field(default_factory=list)
    # The site's owner when the page speaks of someone else (a post on a student's
    # defence): the "I" of its text.
    author: str | None = None
    # Whether the owner is the person the block's paragraph last named as its subject
    # (topics): "A trained with B" is then A's own path told in the third person.
    topical: bool = False
    _positions: dict[int, int] = field(default_factory=dict, repr=False)
    _cues: dict[int, tuple] = field(default_factory=dict, repr=False)
    _kinds: dict[int, tuple[Block, SectionKind]] = field(default_factory=dict, repr=False)
    # The items a first-person lead-in made a students list (ids of blocks held in _kinds)
    led_students: set[int] = field(default_factory=set, repr=False)

    @property
    def source(self) -> str:
        return self.document.source

    def kind(self, block: Block) -> SectionKind:
        """The block's section kind, worked out once per block (rules ask it again and again;
        the block is held, so its id cannot be reused meanwhile)."""
        entry = self._kinds.get(id(block))
        if entry is not None and entry[0] is block:
            return entry[1]
        if id(block) in self.document.meta.get("publication_blocks", ()):
            kind = SectionKind.PUBLICATIONS
        else:
            kind = section_kind(block)
            if (
                kind is SectionKind.PUBLICATIONS
                and block.kind is BlockKind.PARAGRAPH
                and (
                    _OWN_STORY.search(block.text) is not None
                    or _BIO_LEAD.match(block.text) is not None
                )
            ):
                # "I did my PhD at X with B …" above a publications page's list: the
                # owner's own prose, no entry of the list.
                kind = SectionKind.ABOUT
            elif (
                kind is SectionKind.JURY
                and block.kind is BlockKind.PARAGRAPH
                and len(block.text) > 80
                and _THESIS_STORY.search(block.text) is not None
                and _JURY_WORD.search(block.text) is None
            ):
                # "Composition du jury" › members › "Elle a effectué sa thèse (2010–2013)
                # sous la direction de A …": the candidate's path below the list, no jury.
                kind = SectionKind.ABOUT
            elif (
                kind is SectionKind.STUDENTS
                and block.kind is BlockKind.PARAGRAPH
                and len(block.section) >= 2
                and any(
                    LEXICON.pattern("LAB_HEADS").fullmatch(title.strip(" :"))
                    for title in block.section[-2:]
                )
            ):
                # "Group members" › "Head of group" › "Prof. A" › A's bio: the head's own
                # path, no entry of the members' lists
                kind = SectionKind.ABOUT
            elif (
                kind is not SectionKind.ABOUT
                and block.kind is BlockKind.PARAGRAPH
                and len(block.section) == _TITLE_PATH
                and self.owner is not None
                and block.section[-1].strip() == self.owner.name
                and self.index(block) <= _TITLE_BLOCKS
                and LEXICON.pattern("POSITIONS").match(block.text) is not None
            ):
                # "Liste des travaux et encadrements" › "A" › "Maître de conférences, X":
                # a dossier's title over its owner's name, then the owner's own post (at
                # the document's head, a post: a card's "Rising senior" stays the list's).
                kind = SectionKind.ABOUT
            elif (
                kind is SectionKind.ABOUT
                and block.kind is BlockKind.ITEM
                and self._students_lead_in(block)
            ):
                # "I have supervised eleven PhD students …:" over the list: the owner's.
                kind = SectionKind.STUDENTS
                self.led_students.add(id(block))
            elif (
                kind is SectionKind.STUDENTS
                and block.kind in (BlockKind.PARAGRAPH, BlockKind.ITEM)
                and block.section
                and _JOINT_HEADING.search(block.section[-1]) is not None
                and _jury_role_opening(block.text)
                and any(
                    heading_kind(part) is SectionKind.JURY
                    for part in _JOINT_HEADING.split(block.section[-1])
                )
            ):
                # "Encadrement et jurys" › "Examinatrice au jury de thèse de A (2022)": the
                # heading's jury half, the owner's service, no student of hers.
                kind = SectionKind.JURY
            elif (
                kind is SectionKind.TEACHING
                and block.kind is BlockKind.ITEM
                and " | " in block.text
                and LEXICON.pattern("POSITIONS").fullmatch(block.text.partition(" | ")[0].strip())
            ):
                # "Teaching experience" › "Associate Professor | Institution: X | Period:
                # 2012 – 2018" (an Indian faculty profile's table): the posts held.
                kind = SectionKind.EMPLOYMENT
        self._kinds[id(block)] = (block, kind)
        return kind

    def _students_lead_in(self, block: Block) -> bool:
        """Whether the list *block* belongs to opens under a short first-person lead-in
        ending on a colon that counts the owner's doctoral students (cached on the item
        above, so a long list is walked once)."""
        blocks = self.document.blocks
        index = self.index(block)
        above = blocks[index - 1] if index > 0 else None
        if above is None or above.section != block.section:
            return False
        if above.kind is BlockKind.ITEM:
            cached = self._kinds.get(id(above))
            if cached is not None and cached[0] is above:
                return cached[1] is SectionKind.STUDENTS
            return False
        text = above.text.rstrip()
        return (
            above.kind is BlockKind.PARAGRAPH
            and text.endswith((":", "："))
            and len(text) <= _LEAD_IN_CHARS
            and _STUDENTS_LEAD_IN.search(text) is not None
        )

    def _lowered(self, block: Block) -> tuple[Block, str | None, dict[str | int, bool]]:
        """The block, its lowered text (see ``lowered``) and its word-list answers, kept
        once per block (the block is held, so its id cannot be reused meanwhile)."""
        entry = self._cues.get(id(block))
        if entry is None or entry[0] is not block:
            entry = self._cues[id(block)] = (block, lowered(block.text), {})
        return entry

    def may_match(self, block: Block, name: str) -> bool:
        """Whether ``LEXICON.pattern(name)`` can match anywhere in *block*'s text: when not,
        a rule skips that search on each of its sentences (one cheap scan per block)."""
        _, low, known = self._lowered(block)
        answer = known.get(name)
        if answer is None:
            literals = LEXICON.literals[name]
            answer = True
            if low is not None and len(low) > 200:
                # Long prose: the words the phrases open with (a set look-up per word, on
                # the block's cached words), before scanning the text for each literal.
                starts = _STARTS.get(name) or _STARTS.setdefault(
                    name, (phrase_starts(LEXICON.words[name]),)
                )
                answer = starts[0] is None or opens_a_word(word_starts(low), starts[0])
            if answer and low is not None and literals is not None:
                answer = holds_any(low, literals)
            known[name] = answer
        return answer

    def holds_word(
        self, block: Block, pattern: re.Pattern[str], words: tuple[str, ...] | None
    ) -> bool:
        """False only when the case-insensitive *pattern* cannot match in *block*: each of
        its matches writes one of the lower-case *words* (checked on the lowered text)."""
        _, low, known = self._lowered(block)
        if low is None or words is None:
            return pattern.search(block.text) is not None
        answer = known.get(id(words))  # (several rules ask the same of one block)
        if answer is None:
            answer = known[id(words)] = holds_any(low, words)
        return answer

    def index(self, block: Block) -> int:
        if len(self._positions) != len(self.document.blocks):
            self._positions = {id(b): i for i, b in enumerate(self.document.blocks)}
        return self._positions.get(id(block), 0)

    def next_block(self, block: Block) -> Block | None:
        blocks = self.document.blocks
        index = self.index(block) + 1
        return blocks[index] if index < len(blocks) else None

    def add(
        self,
        subject: str,
        relation: Relation,
        obj: str,
        evidence: str,
        extractor: str,
        confidence: float,
        period: Period | None = None,
    ) -> None:
        if not subject or not obj:
            return
        period = period or Period()
        start, end = period.start, period.end
        if self.owner is not None and self.owner.name in (subject, obj):
            # A fact about the owner is only as sure as the owner is.
            confidence *= min(1.0, self.owner.confidence / 0.85)
        self.claims.append(
            Claim(
                subject=subject,
                relation=relation,
                object=obj,
                source=self.source,
                evidence=scrub(evidence),
                extractor=extractor,
                confidence=round(max(0.05, min(1.0, confidence)), 3),
                start=start,
                end=end,
            )
        )
