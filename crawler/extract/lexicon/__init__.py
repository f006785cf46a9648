"""Words per language, merged into one compiled lexicon the language-free rules use.

Each language module (``en``, ``fr``, ``de``, ``nl``, ``es``, ``pt``, ``it``, ``sv``, ``da``,
``nb``, ``pl``, ``ca``, ``fi``, ``cs``, ``hu``, ``ro``, ``hr``) holds the same names
(SECTIONS, SUPERVISION_CUES, JURY_ROLES, ...) as plain strings; adding a language is adding a
module to ``LANGUAGES``.
The rules import :data:`LEXICON` and hold no words.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import cache, cached_property, lru_cache
from types import ModuleType

import ahocorasick

try:  # the letters the regex engine folds together beyond lower case ("s"/"ſ", "k"/"K")
    from re._casefix import _EXTRA_CASES
except ImportError:  # another Python: phrase patterns stay unfactored
    _EXTRA_CASES = None

from crawler.extract.lexicon import (
    ca,
    cs,
    da,
    de,
    en,
    es,
    fi,
    fr,
    hr,
    hu,
    it,
    nb,
    nl,
    pl,
    pt,
    ro,
    sv,
)

LANGUAGES: tuple[ModuleType, ...] = (
    en,
    fr,
    de,
    nl,
    es,
    pt,
    it,
    sv,
    da,
    nb,
    pl,
    ca,
    fi,
    cs,
    hu,
    ro,
    hr,
)

TUPLE_FIELDS = (
    "SUPERVISION_CUES",
    "WEAK_SUPERVISION_CUES",
    "COSUPERVISION_CUES",
    "JURY_CUES",
    "NOT_JURY",
    "NEWS_WRITERS",
    "OWN_PATH",
    "NOT_RELATION",
    "POSITIONS",
    "STUDIES",
    "MEMBERSHIP",
    "INSTITUTION_HEADS",
    "UNIT_HEADS",
    "TEAM_WORDS",
    "AUTHOR_LABELS",
    "PRESENT",
    "SINCE",
    "JOINING",
    "VISITING_STUDY",
    "RANGE_WORDS",
    "TITLES",
    "CONNECTORS",
    "OFFER",
    "FIRST_PERSON",
    "ADVISING_VERBS",
    "FIRST_PERSON_SUBJECT",
    "ALUMNI",
    "PART_OF_PHRASES",
    "PART_OF_APPOSITION_NOUNS",
    "JOINT_UNIT_CUES",
    "UNIT_ENUMERATION_VERBS",
    "CONTEXT_CUES",
    "OFFICE_LABELS",
    "ADVISING_NOUNS",
    "PEOPLE",
    "NOT_STUDIES",
    "LAB_HEADS",
    "THESIS_WORDS",
    "INSTITUTION_ADJECTIVES",
    "PLACE_ADJECTIVES",
    "FAMILY_NAME_COLUMNS",
    "FAMILY_NAME_HINTS",
    "GIVEN_NAME_COLUMNS",
    "MEMBER_ROLES",
    "THESIS_HOSTS",
    "EMPLOYER_CUES",
    "EMPLOYER_COLUMNS",
    "LIST_LEAD_PLACES",
    "SIGNATURE_INTROS",
    "FORM_OWNER_LABELS",
    "LEGEND_ADVISORS",
    "LEGEND_ADVISEES",
    "CV_FIELD_LABELS",
    "CV_SIDE_LABELS",
    "STUDENT_HEADING_STEMS",
    "STAFF_ROLES",
    "STAFF_ENGINEERS",
    "GUEST_ROLES",
    "HOSTED_EVENTS",
    "ROTATIONS",
    "ENTRY_COHORTS",
    "TRAINEE_TEACHERS",
    "SITE_CHROME",
    "HOME_WORDS",
    "HOME_STATUS_LABELS",
    "DOCTORAL_STAYS",
    "COMPANY_TUTORS",
    "INDUSTRY_ADVISORS",
    "COAUTHOR_CUES",
    "MENU_WORDS",
    "CO_ADVISOR_STEMS",
    "THESIS_OF_NOUNS",
    "OF_WORDS",
    "THESIS_BY",
    "THESIS_SUBMITTED",
    "BORN_IN",
    "DEATH_WORDS",
    "CITATION_LISTS",
    "DEFENCE_HEADLINES",
    "FELLOWSHIP_WORDS",
    "FUNDING_INSTRUMENTS",
    "STUDENT_LABELS",
    "ROW_NAME_LABELS",
    "STUDENT_STATUS_LABELS",
    "DEFENCE_LISTS",
    "ROLE_LABELS",
    "SENIOR_STAFF_HEADINGS",
    "MEDICAL_SPECIALTY_STEMS",
    "COMPANY_NOUNS",
    "JURY_COMPOSED",
    "DOCTORATE_VERBS",
    "CHAIRED_BY",
    "EVENT_CHAIRS",
    "DEFENDS_VERBS",
    "COPULAS",
    # a career move's verb before the employer ("moved to X in 2016", "has been with Y since
    # 2020", « a rejoint la société Z »), a stay's length ("spent three years at W") and the
    # company nouns between the verb and the name (affiliations)
    "CAREER_MOVES",
    "DURATION_VERBS",
    "DURATION_UNITS",
    "MOVE_COMPANY_LEADS",
    # an interview's question on the guest's own thesis advisor ("Qui a dirigé votre
    # thèse ?"): the answer's "C'est A, …" names that advisor (relations)
    "ADVISOR_QUESTIONS",
    # a news post's lead-in over a list of its paper ("Our paper is out:", « Notre article
    # vient de paraître : »): the items are citations under a heading that names none (engine)
    "PAPER_NEWS_WORDS",
    # a clause saying what holds for every entry the page lists but those that say
    # otherwise ("Unless noted, students are co-supervised by both PIs") (relations)
    "DEFAULT_CLAUSES",
    # a label opening the sentence after an advising verb that named nobody ("I supervise
    # two MSc dissertations a year. Recent ones: A (2024), B"): its names are the verb's
    # objects (relations)
    "EXAMPLES_LABELS",
)
DICT_FIELDS = ("SECTIONS", "CONTEXT", "JURY_ROLES", "WHOLE_SECTIONS", "UNIT_HEAD_KINDS")
# Words only some languages write apart: a compound's head ("Landbouwhogeschool"), the small
# words inside an organisation's name beyond those the rule knows ("Istituto per le …"),
# the "of the University" of a unit's parent (English has a rule of its own for it).
OPTIONAL_FIELDS = (
    # a civility before a name, as official acts and appointment lists write it ("Mme A
    # est nommée …", "Ms B has been appointed …") (engine: each item its own person's)
    "ADDRESS_FORMS",
    # an adverb opening a post set apart after a name ("B, currently senior scientist at Y,
    # has been appointed …") (owner.bio_subject)
    "CURRENT_POST_ADVERBS",
    # a list row's doctorate and its year ("A (PhD 2012)"; affiliations: the page's university)
    "ROW_DOCTORATES",
    # an alumni news row's other degree and its year ("A (MSc 2018) joined …")
    "ALUMNI_ROW_DEGREES",
    # an alumni page's heading over its graduates' cards, each card's lines their later posts
    "WHERE_NOW_HEADINGS",
    # a paragraph's opening name set apart as the owner's student ("A, her first doctoral
    # student, recalls …"): the paragraph tells that student's path (engine)
    "STUDENT_APPOSITIVES",
    # a first-person sentence opening the owner's own thesis ("I started my PhD in 2023")
    "OWN_PHD_STARTS",
    # a first-person sentence opening with the owner's own post ("I am a Lecturer at X")
    "OWN_POST_OPENINGS",
    # a kind of institution written short that names one only with its place ("IUT de X",
    # "CHU de Y"): alone ("(IUT, département GEA)") it names none (affiliations)
    "PLACE_BOUND_INSTITUTIONS",
    # a university's head word: the page title's degree-granter a list row's doctorate is of
    "UNIVERSITY_HEADS",
    # a staff card's established post, held at the university the group's opening names
    "CARD_HOME_POSTS",
    # a news story's headline welcoming newly hired faculty, one card each below it
    # (affiliations.newcomer_cards: each card's post is at the site's university)
    "NEWCOMER_HEADLINES",
    # the label of a newcomer's post line ("Joined as: Assistant Professor, January 2026")
    "NEWCOMER_POST_LABELS",
    "WELCOME_VERBS",
    "GROUP_HOSTING_VERBS",
    # a mentored career award's words (relations.supervision: its "Mentor: B" label)
    "MENTORED_AWARDS",
    "UNIVERSITY_OF",
    "COMPOUND_HEADS",
    "ORG_CONNECTORS",
    # a profile's relation rows (relations.relation_rows): labels and family-tree headings
    "ADVISEE_LABELS",
    "ADVISEE_FIELDS",
    "POSTDOC_ADVISEE_LABELS",
    "TREE_PARENTS",
    "TREE_CHILDREN",
    # an indented lineage tree's legend words and co-advisor notes (documents)
    "TREE_INDENT_WORDS",
    "TREE_STUDENT_OF",
    "TREE_CO_ADVISOR_NOTES",
    "TRAINEE_PHD",
    "TRAINEE_POSTDOC",
    "TRAINEE_OTHER",
    "STUDENT_STANDINGS",
    "THESES_COMPLETED_AT",
    # a stay told beside a master's: an internship (relations)
    "STAY_WORDS",
    # a unit named in lower case before its head ("a postdoc in the statistical physics
    # group at X"): the cues before it, its heads, the words that name no unit there ("the
    # reading group") (affiliations)
    "GROUP_IN_CUES",
    "LOWER_UNIT_TAILS",
    "NOT_GROUP_NAMES",
    # a secondment's cue before the body the post is held at ("détachée auprès de l'Agence
    # X"), whatever that body's head word (affiliations)
    "SECONDMENT_CUES",
    # the verb right after a team's sentence-case name ("l'équipe Chimie des volcans est
    # l'une des …"): the name ends before it (organisations)
    "TEAM_NAME_VERBS",
    "NO_TIE_VERBS",
    # a research portal's activity title before its candidate ("Examination of PhD thesis:
    # A"): the owner examined A's thesis (relations)
    "EXAMINATION_TITLES",
    # a supervision record's field naming the student's degree ("Student Degree Type:
    # Doctorate"): its kind (relations)
    "DEGREE_TYPE_LABELS",
    # a theses list's column naming the institution that awards each thesis ("Nom | Type |
    # Date | Établissement"): the candidate studied there (relations)
    "DEGREE_INSTITUTION_COLUMNS",
    # a post's terms written after its employer ("Kinnear University" / "Full-time,
    # Tenured"): no word of the employer's name (organisations)
    "EMPLOYMENT_TERMS",
    # a funding programme's or a project's word before a project's name in a site's brand
    # or copyright line ("© ANR X", "ERC Y project"): a project's site, no person's (owner)
    "PROJECT_BRAND_HEADS",
    # a talks list's heading that names spoken talks only ("Exposés", "Invited talks"):
    # its co-presenters wrote no paper together (engine), unlike a French CV's
    # "Communications", conference papers with their authors
    "SPOKEN_TALKS",
    # a team card's roster label ("Members: A, B, C" under a hackathon team's name): the
    # card's heading names a team, not the person its "Mentor:" field would belong to
    "TEAM_ROSTER_LABELS",
    # what the thanked are thanked for, after the last name of a jury thanked in a post
    # ("Thanks to jury members A and B for the sharp questions"): no word of a name
    "THANKS_PURPOSES",
    # a story's credit line before its writer's or photographer's name ("Propos recueillis
    # par A", "Photos : B", "Words by C"): the page's byline, no subject of its facts (owner)
    "BYLINE_CREDITS",
    # a blog post's author box heading before its writer's name ("Publié par A", "Posted by
    # B"): the bio under it is the writer's, not the post's subject's (affiliations)
    "AUTHOR_BOX_HEADINGS",
    # a repository record's own housekeeping dates ("Thèse soumise le : … 2022", "Date
    # Deposited: …"): no date of the thesis whose fields follow (relations)
    "RECORD_ADMIN_DATES",
    # the words before a degree a student already holds ("Titulaire d'un master de X",
    # "after an MSc at Y"): that degree is no kind of the supervision told after it
    "HELD_DEGREE_LEADS",
    # a group run by several heads: the phrase naming all of them as a student's advisors
    # ("co-supervised by both PIs", "jointly supervised by all three group leaders"), and a
    # co-head's own heading ("Co-lead") beside the head's (relations)
    "ALL_LAB_HEADS",
    # a thesis cover's defence line ("Thèse présentée et soutenue à A, le 8 mars 2023"):
    # the cover's date, no dated CV entry that the lines under it would belong to
    "DEFENCE_STATEMENTS",
    "CO_LAB_HEADS",
    # a CV file name's words that say what kind of CV it is ("cv_detaille_concours.pdf",
    # "cv-long-en.pdf"): no person's name (owner)
    "CV_FILE_WORDS",
    "DOCTORAL_CONTRACTS",
    # a person's heading's sub-heading over that person's bio ("A" › "Biographie" › "A a
    # soutenu …", a speakers' page): the bio is read under the person's heading (engine)
    "BIO_HEADINGS",
    # the owner's unit named in apposition after a possessive ("Son laboratoire, le
    # Laboratoire X, fait partie de Y"): the owner is its member (affiliations)
    "OWN_UNIT_APPOSITIVES",
    # a clause after a unit's head naming who works "there" (« … est animée par A ; B y
    # prépare une thèse depuis 2023 »): a member of the unit (affiliations)
    "UNIT_THERE_CLAUSES",
    # a unit's people named after it ("membres de l'équipe X …, notamment A", "Researchers
    # in the Y Group include B and C"): each a member of the unit (affiliations)
    "UNIT_PEOPLE_NOUNS",
    "UNIT_PEOPLE_LEADS",
    # a project's partner heading over the people it brings ("Partenaire 2 : Institut X
    # (IX, CNRS / Université Y)" › "A — ingénieure"): members of that lab (affiliations)
    "PROJECT_PARTNER_HEADINGS",
    # a job-market CV's "Job Market Paper" over one paper and its abstract: the paper's
    # "(with A)" bracket names its authors, the abstract none (engine)
    "PARTNER_PAPER_HEADINGS",
    # a post's author field naming a body, no person ("Bureau de la société", "Comms
    # team"): no owner of the page (owner)
    "COLLECTIVE_AUTHORS",
    # an article's closing box of its authors' bios ("À propos des auteurs" › "A" › "Maître
    # de conférences …"): each bio speaks for the author its heading names (engine)
    "AUTHOR_BIO_HEADINGS",
    # a reporting verb before a quoted speaker's name and post ("says Dr A, a geologist at
    # X", "explique B, glaciologue à Y"): the speaker's post, not the writer's (affiliations)
    "SPEAKER_VERBS",
    # a named person's next post on a page without owner ("A later worked at X", « B a
    # ensuite travaillé chez Y »): that person's employment (affiliations)
    "OTHERS_LATER_POSTS",
    # a record export's provenance cell after an entry's dates ("Source: X HR feed"): who
    # filed the entry, no post of the person (html)
    "RECORD_SOURCE_LABELS",
    # a directory entry's row naming the bodies that run its unit ("Tutelles : CNRS ·
    # Université Y"): the unit is part of each (affiliations)
    "UNIT_BODIES_LABELS",
    # a news list's heading beside an advert ("Latest news" › "Congratulations to A, who
    # defended her PhD supervised by B"): past facts of named people, no part of the offer
    "NEWS_HEADINGS",
    # a sentence's subjectless third-person verb opening the owner's own service ("Nel 2023
    # è stata componente della commissione … di A"): no student's sentence (relations)
    "OWNER_SERVED_LEADS",
    # a bio's birth mark before a year ("A (b. 1984)", "née en 1984"): the person's birth,
    # no year of the entry it sits in (dates)
    "BIRTH_YEAR_MARKS",
    # an application's reference to the post it applies for ("Poste n° 27 MCF 0412 —
    # Université X", "Job reference: …"): the hiring body, no post of the applicant's
    # (affiliations)
    "APPLIED_POSTS",
    # a students heading's note that each entry's brackets hold its advisors ("Doctorants
    # (directeur de thèse entre parenthèses)" › "A (B et C)") (relations)
    "ADVISORS_IN_BRACKETS_NOTES",
    # a person card's line opening on an earlier post ("Previously: MSc, University X"):
    # no student of the list (relations)
    "EARLIER_POST_LABELS",
    # a sentence's third-person pronoun or possessive standing for the person its paragraph
    # or speaker turn last named as a subject ("She later hosted B"), and a date's lead
    # word before that subject ("In 1971 A arrived …", "En 1988, elle soutient …") (topics)
    "SUBJECT_PRONOUNS",
    "DATE_LEADS",
    # the gendered ones a sentence may open on ("He was co-advised by C" is not of a
    # subject the page called "she") (topics)
    "MASCULINE_PRONOUNS",
    "FEMININE_PRONOUNS",
    # a list's connector with the agent's preposition said again before its last name
    # ("encadrée par A et par le Dr B", "dirigida por A y por el Dr. B") (persons)
    "AGENT_AGAIN",
    # the owner's role and the thesis before "of" and the students ("Relatrice della tesi di
    # laurea magistrale di A (2023) e di B (2024)"): the owner advised each (relations)
    "ROLE_OF_THESIS",
    # a doctoral qualifying exam's board ("Exame de qualificação (Doutorando em X)"): a
    # board sat on before the thesis, no thesis jury (relations)
    "QUALIFYING_EXAMS",
    # a programme's day or session heading ("Jeudi 9 avril", "Session 2 — Géométrie"): no
    # kind of student; the event's title above says it ("Journées des doctorants") (relations)
    "PROGRAMME_SLOTS",
    # a thesis two universities grant ("Thèses en cotutelle" › "A" › "Directeur : B
    # (Université X)"): each advisor's bracketed university is one of the student's
    # (affiliations)
    "JOINT_DEGREE_WORDS",
    # the word before the jury a defence was held before ("defended her thesis before a
    # committee of A (chair), B", « soutenue devant un jury de C (président) »): the
    # candidate's own jury, no jury the owner sat on (relations)
    "JURY_AUDIENCE_LEADS",
    # a teacher's verb before the students taught ("teaches statistics to first-year
    # students at X", « j'encadre des doctorants à Y »), and those students' plural nouns:
    # the study word names the class, not the subject's studies (affiliations)
    "TEACHING_VERBS",
    "TAUGHT_STUDENTS",
    # what a sentence opening on students says to them as readers ("Students and
    # early-career researchers can apply for …"): students addressed, none of them the
    # subject (affiliations)
    "ADDRESSED_STUDENT_VERBS",
)


# A phrase ending in an elision ("sous la direction d'") runs into the next word.
_PHRASE_END = r"(?:(?<=['’])|(?![\w]))"
# A word numbered by a hyphen after it ("stage-IV", "phase-2"): a generation or step.
_NUMBERED_COMPOUND = r"(?!-(?:[IVX]+|\d+)\b)"


def phrase_pattern(phrases, *, flags=re.IGNORECASE) -> re.Pattern[str]:
    r"""One regex matching any of *phrases* as whole words, longest first.

    Under IGNORECASE the pattern opens with the class of every character a phrase can start
    with (both cases): the engine then skips, in C, the positions no phrase starts at,
    instead of trying the whole pattern at each one.  The word boundary is checked after
    that first character, and a look-behind on it picks the phrases of its letter; the
    matches are those of ``(?<![\w-])(?:a|b|…)`` + the end check.
    """
    ordered = sorted({p for p in phrases if p}, key=len, reverse=True)
    branches = [_escaped(p) for p in ordered]
    groups = _first_letter_groups(branches, flags)
    if groups is None:
        body = "|".join(branches)
        return re.compile(rf"(?<![\w-])(?:{body}){_PHRASE_END}", flags)
    opening, body = _opened(groups)
    return re.compile(rf"{opening}(?<![\w-].)(?i:{body}){_PHRASE_END}", flags & ~re.IGNORECASE)


def word_hint(words) -> re.Pattern[str]:
    """A fast case-insensitive search for any of *words*, anywhere (no word boundary): the
    pre-filter of a longer pattern each match of which writes one of them."""
    branches = [re.escape(w) for w in sorted({w for w in words if w}, key=len, reverse=True)]
    groups = _first_letter_groups(branches, re.IGNORECASE)
    if groups is None:
        return re.compile("|".join(branches), re.IGNORECASE)
    opening, body = _opened(groups)
    return re.compile(f"{opening}(?i:{body})")


def _opened(groups: dict[str, list[str]]) -> tuple[str, str]:
    """The class of every character a group's letter matches under IGNORECASE, and the
    groups as alternatives, each behind a look-behind on its letter (matching the same
    texts as ``alternation`` does, once the class has taken the first character)."""
    openers = "".join(sorted({c for lower in groups for c in _case_variants(lower)}))
    body = "|".join(f"(?<={lower})(?:{'|'.join(rests)})" for lower, rests in groups.items())
    return f"[{re.escape(openers)}]", body


@cache
def _case_variants(lower: str) -> str:
    """Every character that matches *lower* under IGNORECASE ("k": "kKK"): those whose
    lower case it is, plus the engine's extra folds ("s": "ſ") and "İ" for "i" (the one
    character whose simple lower case, which the engine compares, differs from its full
    one).  No character beyond the Basic Multilingual Plane folds to one inside it;
    ``test_lexicon`` checks all this against the engine over the whole range."""
    characters, lowered = _lowered_plane()
    found = {chr(code) for code in _EXTRA_CASES.get(ord(lower), ())}
    at = lowered.find(lower)
    while at >= 0:
        found.add(characters[at])
        at = lowered.find(lower, at + 1)
    if lower == "i":
        found.add("\u0130")
    return "".join(sorted(found))


@cache
def _lowered_plane() -> tuple[str, str]:
    """The Basic Multilingual Plane and its lower case, position for position ("İ", whose
    lower case is two characters, is left out)."""
    characters = "".join(map(chr, range(0x10000))).replace("\u0130", "\0")
    return characters, characters.lower()


# Words written in most prose: between runs of one length, a pre-filter takes another
# ("in the lab of" → "lab", not "the", which every English paragraph holds).
_FUNCTION_WORDS = frozenset("the and of for von van der den des les dans par".split())


def phrase_runs(phrase: str) -> list[str]:
    """The runs of letters (lower case) that every match of the phrase's pattern writes."""
    runs: list[str] = []
    for word in phrase.lower().split(" "):
        escaped = re.escape(word)
        if len(escaped) >= 5 and escaped.endswith("s") and escaped[-2].isalpha():
            word = word[:-1]  # "doctorants" is also written "doctorant·es"
        runs.extend(re.findall(r"[^\W_]+", word))
    return runs


def phrase_literal(phrase: str) -> str:
    """The longest run of letters (lower case) that every match of the phrase's pattern
    writes: a necessary substring, for cheap exact pre-filters ("" when none)."""
    runs = phrase_runs(phrase)
    return max(runs, key=lambda run: (len(run), run not in _FUNCTION_WORDS), default="")


def phrase_literals(phrases: Iterable[str]) -> tuple[str, ...] | None:
    """Substrings one of which any match of ``phrase_pattern(phrases)`` writes (lower
    case); None when a phrase has none."""
    words = {phrase_literal(p) for p in phrases if p}
    if "" in words:
        return None
    # "advisor" already covers "co-advisor": keep the shortest that hold the others.
    return tuple(sorted(w for w in words if not any(o != w and o in w for o in words)))


def literal_finder(values: dict[str, object]) -> ahocorasick.Automaton:
    """An Aho–Corasick automaton yielding each key of *values*' value where the key is
    written: one pass over a text finds every literal of a word list at once."""
    automaton = ahocorasick.Automaton()
    for literal, value in values.items():
        automaton.add_word(literal, value)
    if values:
        automaton.make_automaton()
    return automaton


def phrase_starts(phrases) -> tuple[frozenset[str], tuple[str, ...]] | None:
    """The words (lower case) every match of one of *phrases* opens with, at a word's start:
    whole words, and prefixes (a plural is also written "doctorant·es"); None when a phrase
    opens with no letter.  A necessary condition, cheap on long prose (:func:`opens_a_word`)."""
    whole, prefixes = set(), set()
    for phrase in filter(None, phrases):
        first = re.match(r"[^\W_]+", phrase.lower())
        if first is None:
            return None
        run = first.group()
        if len(run) >= 5 and run.endswith("s"):
            prefixes.add(run[:-1])
        else:
            whole.add(run)  # (the run ends at a non-word character or at the phrase's end)
    return frozenset(whole), tuple(sorted(prefixes))


@lru_cache(maxsize=64)  # (the rules ask about the same block)
def word_starts(low: str) -> tuple[frozenset[str], list[str]]:
    """The words of a lowered text, as a set and sorted (for :func:`opens_a_word`)."""
    words: set[str] = set()
    for token in set(low.split()):  # (a split per distinct token: prose repeats its words)
        if token.isalnum():
            words.add(token)
        else:
            words.update(_NON_WORD.split(token))
    return frozenset(words), sorted(words)


_NON_WORD = re.compile(r"[\W_]+")


def opens_a_word(words: tuple[frozenset[str], list[str]], starts) -> bool:
    """Whether the text whose :func:`word_starts` are *words* has a word that one of
    *starts* (from :func:`phrase_starts`) opens."""
    whole, prefixes = starts
    if not whole.isdisjoint(words[0]):
        return True
    ordered = words[1]
    for prefix in prefixes:
        index = bisect_left(ordered, prefix)
        if index < len(ordered) and ordered[index].startswith(prefix):
            return True
    return False


# A word written inclusively inside a phrase: "directeur·rice de thèse", "directeur.rice",
# "directeur(trice)s de thèse", "co-encadrant(e)", "doctorant(s)".
# (The bracketed ending is any letter: a second case-folded [a-zà-ÿ] in every gap of every
# phrase doubled the lexicon's compile time, paid by each crawl worker.)
_INCLUSIVE = r"(?:[·•‧⋅.][a-zà-ÿ]{1,5}){0,2}(?:\([^\W\d_]{1,5}\)s?)?"


_APOSTROPHE = re.compile("['’]")


def _escaped(phrase: str) -> str:
    # ("d'" also matches the typographic "d’" of a word processor's text)
    words = [
        _APOSTROPHE.sub("['’]", _inclusive_plural(re.escape(word))) for word in phrase.split(" ")
    ]
    return (
        "".join(word + (_INCLUSIVE if word[-1:].isalpha() else "") + r"\s+" for word in words[:-1])
        + words[-1]
    )


def _inclusive_plural(word: str) -> str:
    """A plural also written inclusively: "doctorants" → "doctorant·es", "anciens" →
    "ancien·nes", "rapporteurs" → "rapporteur·rices"."""
    if len(word) < 5 or not word.endswith("s") or not word[-2].isalpha():
        return word
    # ("encadrant.e.s", "directeur(trice)s" too)
    return rf"{word[:-1]}(?:s|[·•‧⋅.][a-zà-ÿ]{{1,5}}(?:[·•‧⋅.]?s)?|\([a-zà-ÿ]{{1,5}}\)s)"


def alternation(branches: list[str], flags: int = re.IGNORECASE) -> str:
    """ "a|b|c" of regex *branches*, factored by first letter where that keeps the same
    matches ("d(?:irected by|octoral advisor)|…"), so that the engine tries one branch per
    letter instead of every phrase at each position.

    Same matches: branches keep their order within a letter, and under IGNORECASE a text
    character can match the first letter of one group only (groups are keyed by the lower
    case the engine compares, see ``re._casefix``); plain "|" when that cannot be
    guaranteed.
    """
    groups = _first_letter_groups(branches, flags)
    if groups is None:
        return "|".join(branches)
    return "|".join(f"{lower}(?:{'|'.join(rests)})" for lower, rests in groups.items())


def phrase_branches(name: str) -> str:
    """The lexicon's word list *name* as regex branches, longest first, any spacing
    between its words."""
    words = sorted(LEXICON.words[name], key=len, reverse=True)
    return alternation([re.escape(w).replace(r"\ ", r"\s+") for w in words])


def _first_letter_groups(branches: list[str], flags: int) -> dict[str, list[str]] | None:
    """The branches' rests keyed by their first letter (lower case), in order; None when a
    character the engine folds with another's could lead two groups (see ``alternation``)."""
    if not flags & re.IGNORECASE or flags & re.LOCALE or _EXTRA_CASES is None:
        return None
    groups: dict[str, list[str]] = {}
    for branch in branches:
        first = branch[:1]
        lower = first.lower()
        if (
            len(lower) != 1
            or re.escape(first) != first  # an escape or a metacharacter leads: keep flat
            or first.isspace()
            or not re.fullmatch(first, lower, flags)
        ):
            return None
        groups.setdefault(lower, []).append(branch[1:])
    reach = [{ord(lower), *_EXTRA_CASES.get(ord(lower), ())} for lower in groups]
    if sum(len(r) for r in reach) != len(set().union(*reach)):
        return None  # two letters the engine folds together ("s" and "ſ"): keep them flat
    return groups


# Phrases of a word list that hold only where a look-ahead allows ("evaluation committee",
# unless "… member for the PhD defence" follows), from any language's ``<LIST>_GUARDS``.
_GUARDS = {
    name: {
        w: ahead for lang in LANGUAGES for w, ahead in getattr(lang, f"{name}_GUARDS", {}).items()
    }
    for name in TUPLE_FIELDS
    if any(hasattr(lang, f"{name}_GUARDS") for lang in LANGUAGES)
}


@dataclass(frozen=True)
class Lexicon:
    """All languages' words, merged, plus the patterns compiled from them."""

    words: dict

    def __getattr__(self, name):
        try:
            return self.words[name]
        except KeyError:
            raise AttributeError(name) from None

    compiled: dict[str, re.Pattern[str]] = field(default_factory=dict, compare=False, repr=False)

    def guarded(self, name: str) -> frozenset[str]:
        """The phrases of a word list that hold only where their look-ahead allows."""
        return frozenset(_GUARDS.get(name, ()))

    def pattern(self, name: str) -> re.Pattern[str]:
        """The word list's :func:`phrase_pattern`, compiled on first use: a page needs
        about half of them, and compiling all of them was most of a run's start-up."""
        compiled = self.compiled.get(name)
        if compiled is None:
            guards = _GUARDS.get(name)
            if guards:
                # a guarded phrase matches only where its look-ahead allows
                plain = phrase_pattern([w for w in self.words[name] if w not in guards])
                guarded = "|".join(
                    rf"(?<![\w-])(?i:{_escaped(w)}){_PHRASE_END}(?i:{ahead})"
                    for w, ahead in guards.items()
                )
                compiled = re.compile(f"{plain.pattern}|{guarded}", plain.flags)
            else:
                compiled = phrase_pattern(self.words[name])
            self.compiled[name] = compiled
        return compiled

    @cached_property
    def literals(self) -> dict[str, tuple[str, ...] | None]:
        """Per word list, substrings one of which any match of its pattern writes (lower
        case); None when a phrase has none."""
        return {name: phrase_literals(self.words[name]) for name in TUPLE_FIELDS}

    @cached_property
    def section_patterns(self) -> dict[str, re.Pattern[str]]:
        return {kind: phrase_pattern(words) for kind, words in self.words["SECTIONS"].items()}

    @cached_property
    def whole_sections(self) -> dict[str, str]:
        """Lower-cased heading → section kind, for words that name a section only when
        they are the whole heading (French "Travaux": a works list; "Travaux de
        recherche" is prose about research)."""
        return {
            word.casefold(): kind
            for kind, words in self.words["WHOLE_SECTIONS"].items()
            for word in words
        }

    @cached_property
    def context_patterns(self) -> dict[str, re.Pattern[str]]:
        """Per context kind, its words; a word numbered by a hyphen ("stage-IV surveys", a
        survey generation, not the French "stage" of an internship) tells no context."""
        return {
            kind: re.compile(rf"(?:{pattern.pattern}){_NUMBERED_COMPOUND}", pattern.flags)
            for kind, words in self.words["CONTEXT"].items()
            for pattern in (phrase_pattern(words),)
        }

    @cached_property
    def jury_role_patterns(self) -> dict[str, re.Pattern[str]]:
        return {rel: phrase_pattern(words) for rel, words in self.words["JURY_ROLES"].items()}

    @cached_property
    def months(self) -> dict[str, int]:
        merged: dict[str, int] = {}
        for language in LANGUAGES:
            merged.update(language.MONTHS)
        return merged


def merge(languages=LANGUAGES) -> Lexicon:
    """Merge the language modules into one :class:`Lexicon`."""
    words: dict = {name: () for name in (*TUPLE_FIELDS, *OPTIONAL_FIELDS)}
    for name in DICT_FIELDS:
        words[name] = {}
    for language in languages:
        spell = _with_unaccented if getattr(language, "ACCENTS_DROPPED", False) else tuple
        for name in (*TUPLE_FIELDS, *OPTIONAL_FIELDS):
            words[name] = words[name] + spell(getattr(language, name, ()))
        for name in DICT_FIELDS:
            for key, values in getattr(language, name, {}).items():
                words[name][key] = words[name].get(key, ()) + spell(values)
    return Lexicon(words)


UNACCENTED_WORD = 6  # letters: a shorter word without its accents is often another word


def _with_unaccented(phrases) -> tuple:
    """*phrases* and, for a language whose pages often lose their accents (a copy, an old
    CMS, an ASCII keyboard: "directeur de these", "Equipe"), each one written without them
    (one word only when long enough not to be another word: "thèse" is not "these")."""
    phrases = tuple(phrases)
    extra = []
    for phrase in phrases:
        if phrase.isascii():
            continue
        bare = "".join(
            c for c in unicodedata.normalize("NFD", phrase) if not unicodedata.combining(c)
        )
        if bare != phrase and (" " in bare.strip() or len(bare) >= UNACCENTED_WORD):
            extra.append(bare)
    return phrases + tuple(e for e in extra if e not in phrases)


LEXICON = merge()
