"""Organisation rules: employment, studies, team/lab membership, team ⊂ lab ⊂ university.

Rule ids: ``organisation.position`` (a position or study word near an organisation),
``organisation.entry`` (an organisation in a dated CV entry whose title says the role),
``organisation.chain`` (``part_of`` from "team X, lab Y, University Z"),
``organisation.contact`` (a job offer's supervisor and their institution).
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache, lru_cache

from crawler.claims import Family, Relation
from crawler.extract.dates import DATED_STEPS, YEAR, Period, parse_period, years_in
from crawler.extract.documents import LONE_DATE, Block, BlockKind
from crawler.extract.lexicon import (
    LEXICON,
    alternation,
    phrase_branches,
    phrase_literals,
    word_hint,
)
from crawler.extract.organisations import (
    ACRONYM,
    DASH_GAP,
    UNIT_CODE_AFTER,
    OrgKind,
    OrgMention,
    find_organisations,
    is_strong_institution,
    known_acronyms,
    may_mention_organisation,
    one_institution,
)
from crawler.extract.owner import (
    bio_subject,
    block_subject,
    is_card_name,
    lab_head,
    named_lab_head,
)
from crawler.extract.page import Page, holds_any
from crawler.extract.persons import (
    COMPANY_NOUNS,
    EMAIL,
    name_at_start,
    name_from_piece,
    names_after,
    reads_as_person,
)
from crawler.extract.publications import lowered
from crawler.extract.relations import (
    AFTER_EVENT,
    AFTER_EVENT_CHARS,
    HABILITATION_WORD,
    OPENING_PARTICIPLE,
    PUPIL_CUE,
    QUOTED_TITLE,
    SERVICE,
    SERVICE_WORDS,
    THEN,
    VISITORS_HEADING,
    arrival_to_defence,
    card_bio_paragraph,
    card_employer,
    defence_year,
    funding_aside,
    others_degree,
    post_at_place,
)
from crawler.extract.relations import entry_period as _entry_period
from crawler.extract.sections import (
    QUIET,
    Context,
    SectionKind,
    context_of,
    graduate_heading,
    heading_kind,
    sentences,
)
from crawler.names import (
    NOT_NAME_WORDS,
    PLACE_NAMES,
    compatible,
    fold,
)

EMPLOYED, STUDIED = "employed", "studied"
_BRACKETED = re.compile(r"^\s*\([^()]*\)")
# ("Institute for Applied Analysis, Tarnow Polytechnic": a polytechnic grants degrees too)
_TECHNICAL_UNIVERSITY = re.compile(r"\bInstitute of Technology$|\bPolytechnic$")
_TEACHING_COMPONENT = re.compile(r"(?i)(?:IUT|Institut universitaire de technologie)\b")
# A team's head word where its mention starts ("équipe Nuages", "team Kestrel").
_TEAM_WORD = re.compile(r"(?i)(?:équipe|team|groupe|group)\b")
# ("Recrutée au Laboratoire X (LX), elle est rattachée à l'équipe Y": the clause's verb)
_TEAM_AFTER_LAB = re.compile(
    r"(?i)^\s*,\s*(?:(?:au\s+sein\s+de|dans|within|in|(?:(?:il|elle)\s+(?:est|a\s+été)\s+)?"
    r"(?:rattachée?|affectée?)\s+à)\s+(?:l['’]|la\s|le\s|the\s)?\s*)?$"
)
_CHAIN = re.compile(
    r"^\s*(?:,|,?\s*(?:at|of|in|de|du|à|au|within|au sein de)\s)\s*(?:the\s|l['’]|la\s)?"
    # ("équipe X du laboratoire Y": the parent's kind word left outside its name)
    r"(?:(?:laboratoire|laboratory|lab|unité|unit)\s+)?$",
    re.I,
)


# A jury table row's role label ("Président :", "Examinateurs :") before a member's name.
_JURY_ROLE_LABEL = re.compile(r"^\s*([^:：,]{2,30}?)\s*[:：]\s*")
# Inclusive writing's endings on a role word ("directeur·rice", "rapporteur·e·s").
_INCLUSIVE_MARKS = re.compile(r"[·•‧⋅][a-zà-ÿ]{1,5}")


# "I chair the hydrology panel of X", "chairs a session": a body chaired, not a post held.
_CHAIRED_BODY = re.compile(
    r"(?i)s?\s+(?:of\s+)?(?:the|a|an)\s+(?:[\w-]+\s+){0,3}"
    r"(?:panel|committee|board|session|council)\b"
)


# "Professor Quill read Natural Sciences at X (BSc 1998)": a title before the subject's
# surname opening the sentence names the person, not the post held at X.
_TITLED_SUBJECT = re.compile(
    r"^\s*(?:Professor|Prof\.?|Dr\.?)\s+[A-ZÀ-Þ][\w'’-]+(?:\s*\([^()]{0,40}\))?\s+(?=[a-z])"
)


# "…, supervised by Professor B", "(work with Prof. B)": a title naming the advisor, not a
# post the entry's owner held
_TITLE_AFTER_CUE = re.compile(r"\b(?:by|under|with)\s+(?:Professor|Prof\.)\s+(?=[A-ZÀ-Þ])")


_REPRESENTATIVE = re.compile(
    r"(?i)représentante?s?\s+(?:des|of)\s+(?:doctorant|étudiant|élève|student|phd)[\w·.-]*|"
    r"(?:student|phd|doctoral|graduate|postdoc)s?['’]?\s+(?:student\s+)?representatives?"
)
_NAMED_ASIDE = re.compile(
    r"([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+)+)\s*"
    r"\((?=[a-zà-ÿ]|Ph\.?\s?D|M\.?Sc|MSc|Master|Dr\b)[^()]*\)"
)


# "MD, X School of Medicine (Medical Scientist Training Program)": the MD-PhD track a
# student follows, its "Scientist" no post
_SCIENTIST_TRACK = re.compile(
    r"\b(?:Medical|Physician|Clinician)[- ]Scientists?\s+Training\s+Program(?:me)?\b"
)
_PROSPECTIVE = re.compile(
    r"(?i)\bprospective\s+(?:(?:graduate|phd|ph\.d\.|doctoral|research|postdoctoral)\s+)?"
    r"(?:students?|applicants?|candidates?|postdocs?)\b"
)
# "teaches statistics to first-year students at X", "supervises MSc students at Y",
# « j'enseigne l'algèbre aux étudiants de L1 de l'Université Z »: the students taught, not
# the subject, study there (a study word of the subject's own, "as a PhD student at X",
# stays: the gap stops at "as", "while", « comme »)
_TAUGHT_HINT = word_hint(LEXICON.words["TAUGHT_STUDENTS"])
_ADDRESSED_STUDENTS = re.compile(
    r"(?i)\s*(?:[\w-]+\s+)?(?:"
    + alternation(
        [re.escape(w) for w in sorted(LEXICON.words["TAUGHT_STUDENTS"], key=len, reverse=True)]
    )
    + r")(?:\s+(?:and|or|et|ou)\s+[\w-]+(?:\s+[\w-]+){0,2})?\s+(?:"
    + alternation(
        [
            re.escape(w)
            for w in sorted(LEXICON.words["ADDRESSED_STUDENT_VERBS"], key=len, reverse=True)
        ]
    )
    + r")(?![\w-])"
)
_TAUGHT_STUDENTS = re.compile(
    r"(?i)(?<![\w-])(?P<verb>"
    + alternation(
        [re.escape(w) for w in sorted(LEXICON.words["TEACHING_VERBS"], key=len, reverse=True)]
    )
    + r")(?![\w-])(?!\s+(?:by|par)\b)"
    r"(?:(?!\b(?:as|while|when|during|comme|pendant|lorsque|quand|tant)\b)[^.;:()\n]){0,60}?"
    r"(?<![\w-])(?:"
    + alternation(
        [re.escape(w) for w in sorted(LEXICON.words["TAUGHT_STUDENTS"], key=len, reverse=True)]
    )
    + r")(?![\w-])"
)


# "Before her PhD", "after his master's", "avant sa thèse": a degree naming a time, no study
_DEGREE_TIME_CLAUSE = re.compile(
    r"(?i)\b(?:before|after|prior\s+to|avant|après)\s+(?:(?:his|her|my|their|sa|son|ma|mon|leur)\s+"
    r"(?:ph\.?\s?d\.?|doctorate|doctoral\s+studies|master['’]?s|m\.?sc\.?|studies|thèse|doctorat|master)"
    # ("After graduating she spent four years at X": the degree dates the post)
    r"|graduating|graduation)"
    r"(?![\w.]*\s+(?:at|from|in|à|de|du)\s+[A-ZÀ-Þ])"
)


@lru_cache(maxsize=4096)
def _taught_spans(text: str) -> tuple[tuple[int, int], ...]:
    """The spans after a teacher's verb up to the students taught ("teaches [statistics to
    first-year students] at X"), and a sentence's opening on the students it addresses
    ("[Students and early-career researchers can] apply …"): their study words are the
    class's or the readers', not the subject's."""
    if _TAUGHT_HINT.search(text) is None:
        return ()
    taught = tuple((m.end("verb"), m.end()) for m in _TAUGHT_STUDENTS.finditer(text))
    addressed = _ADDRESSED_STUDENTS.match(text)
    return ((0, addressed.end()), *taught) if addressed else taught


@lru_cache(maxsize=4096)
def _role(text: str) -> str | None:
    """Employment or studies, whichever role word comes first in *text*."""
    if text[:1] in "PD" and (titled := _TITLED_SUBJECT.match(text)) is not None:
        text = text[titled.end() :]
    if "rof" in text:
        text = _TITLE_AFTER_CUE.sub(" ", text)
    if "eprésent" in text or "epresentative" in text:
        # "représentant des doctorant·es au conseil du X", "student representative at the
        # Doctoral School Y": a seat on a council, the student word names no studies there.
        text = _REPRESENTATIVE.sub(" ", text)
    if "raining Prog" in text:
        text = _SCIENTIST_TRACK.sub(" ", text)
    if "rospective" in text:
        # "Prospective students should apply through the Graduate School of X": the
        # readers the page addresses, not the owner's studies there
        text = _PROSPECTIVE.sub(" ", text)
    if taught := _taught_spans(text):
        # "teaches statistics to first-year students at X": the class taught there (the
        # verb stays: "Tutor for first-year students" is a post); what follows the students
        # tells of them ("mentored nine doctoral students, most recently Dr A, who is now a
        # research scientist at X"), no post of the subject's
        text = text[: taught[-1][1]]
        for start, end in reversed(taught):
            text = text[:start] + " " * (end - start) + text[end:]
    if "efore " in text or "fter " in text or "vant " in text or "près " in text:
        # "Before her PhD she worked as a hydrographer at X": the degree dates the post, the
        # person did not study at X
        text = _DEGREE_TIME_CLAUSE.sub(" ", text)
    position = LEXICON.pattern("POSITIONS").search(text)
    if position and position.group().lower() == "chair":
        if _CHAIRED_BODY.match(text, position.end()):
            position = None  # a service, not a post at the organisation named
        elif (
            event := LEXICON.pattern("EVENT_CHAIRS").search(
                text, max(0, position.start() - 20), position.end() + 3
            )
        ) and event.end() >= position.end():
            position = None  # "the PC chair Prof. B" of an event: a service, no post
    study = LEXICON.pattern("STUDIES").search(text)
    if position and "ng" in position.group() and _ENGINEER_DEGREE.match(text, position.start()):
        # "… dont je suis sortie ingénieure": the school's degree, no post
        position, study = None, study or position
    if position and study:
        # (at one start the longer phrase: "Graduate teaching assistant" is a job)
        return (
            EMPLOYED
            if (position.start(), -position.end()) < (study.start(), -study.end())
            else STUDIED
        )
    if position:
        return EMPLOYED
    if study:
        return STUDIED
    return None


INTERN = "intern"
TITLED_OTHER = "titled-other"  # "Professor A B of X": X is A B's place
_TITLE_CASE_DOT = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]*\.\s")


def _title_of_name(text: str, match: re.Match[str]) -> bool:
    """A rank's abbreviation written as a person's title: "Dr. " (title case, a dot)."""
    return (
        text[match.end() : match.end() + 1] == "."
        and _TITLE_CASE_DOT.match(text, match.start()) is not None
        and match.group().lower() in _TITLES
    )


_TITLES = frozenset(LEXICON.TITLES)
# A board's own word ("comisión de selección", "hiring committee", "banca de concurso").
_BOARD_WORDS = ("omisi", "omiss", "ommittee", "ribunal", "jury", "banca", "board")


# "Diplôme (national) d'ingénieur", "Ingénieur de l'École X", "ingénieur diplômé de": a
# degree, not a job ("ingénieur de recherche à l'Institut X" is one).
_ENGINEER_DEGREE = re.compile(
    # ("docteur en sciences de l'ingénieur": the discipline, no engineer's post)
    # ("mes études d'ingénieur à l'X": the school's course, no engineer's post)
    r"(?i)(?:(?<=diplôme d['’])|(?<=diplôme national d['’])|(?<=sciences de l['’])|"
    r"(?<=études d['’])|(?<=formation d['’])|"
    r"(?<=sciences pour l['’]))ing"
    r"|ing(?=[ée]nieure?\s+(?:diplômée?\b|de\s+l['’]\s*[ée]cole\b))"
    # « Ingénieur agronome, École X » (the degree of an agronomy school)
    r"|ing(?=[ée]nieure?\s+agronome\b)"
    # « l'École X, dont je suis sortie ingénieure en 2013 »: graduating, no post
    r"|(?<=sorti\s)ing|(?<=sortie\s)ing|(?<=sortis\s)ing"
    # « un master en ingénieur civil mécanicien obtenu à l'Université X », « diplômée
    # ingénieure civile de Y » (a Belgian engineering degree's name): studies, no post
    r"|(?<=master\sen\s)ing|(?<=master\s)ing|(?<=bachelier\sen\s)ing"
    r"|(?<=diplômé\s)ing|(?<=diplômée\s)ing"
)


_UNTIL_YEAR = re.compile(
    r"(?i)\b(?:until|till|up\s+to|jusqu['’](?:à|au|en))\b[^.;()]{0,40}?\b((?:19|20)\d\d)\b"
)


# "Fonction : Maîtresse de conférences" in a staff directory's entry: a position, no place.
_POSITION_LABEL = re.compile(
    r"(?i)^\s*(?:fonction|statut|poste|grade|position|job\s+title|title)\s*[:：]\s*(.+)$"
)


def _directory_position(page: Page, owner: str, sentence: str) -> None:
    """A directory entry's position line names no employer: the institution whose directory
    the page title names ("Annuaire - Université X") employs the owner."""
    label = _POSITION_LABEL.match(sentence)
    if label is None or _role(label.group(1)) != EMPLOYED:
        return
    org = _title_org(page)
    if org is None or org.kind is not OrgKind.INSTITUTION or not is_strong_institution(org.name):
        return
    page.add(
        owner,
        Relation.EMPLOYED_AT,
        org.name,
        sentence.strip(),
        "organisation.directory-title",
        0.6,
        Period(),
    )


# "joined the department as a lecturer", "returned to the department as a faculty member"
# (« est revenue au département comme … »), "joined us in May as …", "welcome A as …",
# "after two decades at our university", "a Kelby alumnus": the site's own university,
# named by its banner only.
_SITE_CUE = re.compile(
    r"(?i)\b(?:(?:joins|joined|has\s+joined|will\s+join|returned\s+to)\s+(?:(?:the|our)\s+"
    r"(?:department|faculty|school)|us(?:\s+in\s+[\w\s]{4,20}?)?)\s+as\b|"
    r"nous\s+a\s+rejoint(?:e|s|es)?\s+(?:en\s+[\w\s]{4,20}?\s+)?(?:comme|en\s+tant\s+que)\b|"
    r"revenue?\s+(?:au|à\s+la|à\s+l['’]|dans\s+(?:le|la|l['’]|notre))\s*(?:département|faculté|"
    r"école)\s+(?:comme|en\s+tant\s+que)\b|"
    # ("we are delighted to welcome A as an assistant professor": a post, not a visit)
    r"\b(?:welcome|accueillir)\s+(?:\S+\s+){1,4}?(?:as|comme)\b|"
    r"(?:at|to|of)\s+our\s+university\b|"
    r"(?:à|de)\s+notre\s+université\b|\balumn(?:a|us|i|ae)\b)"
)
_SITE_ALUMNA = re.compile(r"\b(?P<place>[A-ZÀ-Þ][\w'’-]+)\s+alumn(?:a|us|i|ae)\b")
_SITE_RETIRED = re.compile(
    r"(?i)\b(?:years|ans|décennies|decades)\s+(?:at|à)\s+(?:our|notre)\s+univers"
)
SITE_BANNER_BLOCKS = 3  # the site's banner: its unit and its university, above the page


def _banner_universities(page: Page, *site_lines: str | None) -> set[str]:
    """The universities the page's title, the given site lines and its banner blocks name."""
    lines = [page.document.title, *site_lines]
    lines += [x for b in page.document.blocks[:SITE_BANNER_BLOCKS] for x in b.lines]
    return {
        m.name
        for line in lines
        if line
        for m in find_organisations(line, page.acronyms)
        if m.kind is OrgKind.INSTITUTION and _UNIVERSITY.search(m.name)
    }


def _site_university(page: Page) -> str | None:
    """The one university the site's title, name or banner names ("Department of Geography
    — X University"), or None."""
    meta = page.document.meta
    memo = meta.get("site_university", ())
    if memo != ():
        return memo
    named = _banner_universities(page, meta.get("og:site_name"))
    memo = meta["site_university"] = named.pop() if len(named) == 1 else None
    return memo


def _site_university_post(page: Page, owner: str, sentence: str) -> None:
    """A newcomer who "joined the department as a lecturer", a retiree "after
    two decades at our university", an "X alumna": the site's university, unnamed."""
    university = _site_university(page)
    if university is None:
        return
    period = parse_period(sentence)
    alumna = _SITE_ALUMNA.search(sentence)
    if alumna is not None:
        if alumna.group("place") in university.split():
            page.add(
                owner,
                Relation.STUDIED_AT,
                university,
                sentence.strip(),
                "organisation.site-university",
                0.6,
                period.as_end(),
            )
        return
    if _SITE_RETIRED.search(sentence):
        period = Period()  # (the retirement's year closes a post the text does not open)
    elif _role(sentence) != EMPLOYED:
        return
    page.add(
        owner,
        Relation.EMPLOYED_AT,
        university,
        sentence.strip(),
        "organisation.site-university",
        0.6,
        period.as_start(),
    )


NEWCOMER_DATE_BLOCKS = 3  # a story's byline and date sit right under its headline
NEWCOMER_POST_CHARS = 80  # a card's post line ("Associate Professor, Department of X")
# "joins the department as Assistant Professor", "joins as Associate Professor": the post
# a newcomer's card opens with (its capitalised words before the position's own)
_JOINS_AS = re.compile(
    r"\bjoins\s+(?:(?:us|the\s+(?:department|faculty|school|college))\s+)?as\s+(?:an?\s+)?"
)
_TITLE_WORDS = re.compile(r"(?:[A-Z][a-z]+\s+){0,2}")
_CARD_POST_AFTER_NAME = re.compile(r"\s*[,–—]\s*")
_NEWCOMER_POST_LABEL = re.compile(
    r"(?i)(?:"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in LEXICON.NEWCOMER_POST_LABELS)
    + r")\s*:\s*"
)


def _newcomer_university(page: Page) -> str | None:
    """The one university of the site (title, banner, footer's copyright), a longer name
    that only extends it ("X University News") read as the same."""
    meta = page.document.meta
    named = _banner_universities(page, meta.get("copyright"), meta.get("brand"))
    shortest = {n for n in named if not any(n.startswith(o + " ") for o in named)}
    if not shortest and meta.get("copyright"):
        # (the footer's "© 2026 X Institute of Technology": the site's degree-granter, its
        # name no university's)
        return _sole_institution(page, meta["copyright"])
    return shortest.pop() if len(shortest) == 1 else None


def _newcomer_post(heading: Block, below: Block | None) -> tuple[str, str] | None:
    """(evidence, post) of a newcomer's card: its heading's post after the name ("A,
    Assistant Professor of Biology"), its first line's ("Assistant Professor, Department
    of X"), or its first sentence's "joins the department as Assistant Professor"."""
    positions = LEXICON.pattern("POSITIONS")
    person = name_at_start(heading.text)
    if person is None:
        return None
    text = heading.text.strip()
    if text.startswith(person) and len(text) > len(person):
        gap = _CARD_POST_AFTER_NAME.match(text, len(person))
        if gap and positions.match(text, gap.end()):
            return text, text[gap.end() :]
        return None
    if below is None or below.kind is not BlockKind.PARAGRAPH:
        return None
    first = below.lines[0].strip()
    if (label := _NEWCOMER_POST_LABEL.match(first)) is not None:
        first = first[label.end() :]  # "Joined as: Assistant Professor, January 2026"
    if len(first) <= NEWCOMER_POST_CHARS and positions.match(first) and not name_at_start(first):
        return first, first  # (a post's line, not a sentence: "Dr. A joins …" names a person)
    said = next(iter(sentences(below.text)), (0, ""))[1]
    joins = _JOINS_AS.search(said)
    if joins is None:
        return None
    # ("joins as Assistant Teaching Professor": the position's own words end the title)
    words = _TITLE_WORDS.match(said, joins.end()).group().split()
    for skipped in range(len(words) + 1):
        at = joins.end() + len(" ".join(words[:skipped])) + (1 if skipped else 0)
        if post := positions.match(said, at):
            return said.strip(), said[joins.end() : post.end()]
    return None


def newcomer_cards(page: Page) -> None:
    """ "Meet our new faculty" › "A" / "Assistant Professor, Department of X": each
    newcomer's card under a headline welcoming new faculty holds a post at the site's
    university, from the story's year (the card names no other employer for it)."""
    meta = page.document.meta
    headline = meta.get("h1") or ""
    if not headline or not LEXICON.pattern("NEWCOMER_HEADLINES").search(headline):
        return
    university = _newcomer_university(page)
    if university is None:
        return
    blocks = page.document.blocks
    # the story's year: the one its headline and the lines under it (byline, lead) name
    said = {*years_in(headline)} | ({meta["byline_year"]} if meta.get("byline_year") else set())
    for index, block in enumerate(blocks):
        if block.kind is BlockKind.HEADING and block.text.strip() == headline.strip():
            for below in blocks[index + 1 : index + 1 + NEWCOMER_DATE_BLOCKS]:
                said.update(years_in(below.text))
            break
    year = said.pop() if len(said) == 1 else None
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING or headline.strip() not in block.section:
            continue
        below = blocks[index + 1] if index + 1 < len(blocks) else None
        if below is not None and below.section[-1:] != (block.text,):
            below = None
        found = _newcomer_post(block, below)
        if found is None:
            continue
        evidence, post = found
        places = [
            m for m in find_organisations(post, page.acronyms) if m.kind is OrgKind.INSTITUTION
        ]
        if any(m.name != university for m in places):
            continue  # ("Associate Professor, University Y": the card's own employer)
        own = parse_period(post)
        page.add(
            name_at_start(block.text),
            Relation.EMPLOYED_AT,
            university,
            evidence,
            "organisation.newcomer-card",
            0.5,
            Period(own.start if own.single else year, None),
        )


def welcomed_team_members(page: Page) -> None:
    """ "Le Laboratoire X (LX) … accueille trois nouveaux doctorants" › "A rejoint
    l'équipe T": a newcomer joining one of the welcoming lab's teams is the lab's member
    too (the story's opening names the lab once, each card only the team)."""
    if page.owner is not None or not any(
        c.extractor == "organisation.entry" and c.relation is Relation.MEMBER_OF
        for c in page.claims
    ):
        return  # (cheap: no one joined a team on the page)
    welcome = LEXICON.pattern("WELCOME_VERBS")
    lab = None
    for block in page.document.blocks[:TEAM_INTRO_BLOCKS]:
        if block.kind is BlockKind.HEADING or (verb := welcome.search(block.text)) is None:
            continue
        sentence_start = block.text.rfind(". ", 0, verb.start()) + 1
        end = block.text.find(".", verb.end())
        if not _NEWCOMERS.search(block.text[verb.end() : end if end >= 0 else None]):
            continue
        units = [
            m
            for m in find_organisations(block.text[sentence_start : verb.start()], page.acronyms)
            if m.kind is OrgKind.UNIT
        ]
        # (the sentence's subject: the lab that opens it, "Le Laboratoire X, unité de Y,")
        if units and units[0].start <= 4:
            lab = units[0].name
            break
    if lab is None:
        return
    # (the story's year, the one its headline and byline name: when the newcomers arrived)
    meta = page.document.meta
    said = {*years_in(meta.get("h1") or "")}
    said |= {meta["byline_year"]} if meta.get("byline_year") else set()
    period = Period(said.pop(), None) if len(said) == 1 else Period()
    for claim in list(page.claims):
        if (
            claim.extractor == "organisation.entry"
            and claim.relation is Relation.MEMBER_OF
            and claim.object != lab
            and LEXICON.pattern("TEAM_WORDS").search(claim.evidence)
        ):
            page.add(
                claim.subject,
                Relation.MEMBER_OF,
                lab,
                claim.evidence,
                "organisation.welcomed",
                0.5,
                period,
            )


_NEWCOMERS = re.compile(r"(?i)\b(?:new|nouve(?:aux|lles?|l))\b")


# "CNRS researcher (CRCN)", "Inria research scientist": a national body's
# acronym before the position it employs one in.
_BODY_BEFORE_POSITION = re.compile(r"\s*(?P<body>[A-Z][A-Za-z]{1,7})\s+(?=[A-Za-z])")


def _body_before_position(text: str, body: re.Match[str]) -> list[OrgMention]:
    name = body.group("body")
    if name not in known_acronyms() or not LEXICON.pattern("POSITIONS").match(text, body.end()):
        return []
    return [OrgMention(name, OrgKind.INSTITUTION, body.start("body"), body.end("body"))]


def _until(period: Period, after: str) -> Period:
    """ "joined X in 1980, where he remained until his retirement in 2015": the end year
    written after the place closes a period that only had its start."""
    until = _UNTIL_YEAR.search(after)
    if until is None or not period.start or period.end not in (None, period.start):
        return period
    end = int(until.group(1))
    return Period(period.start, end) if end > period.start else period


# An organisation named right before the award it funds ("X postdoctoral fellowship").
_FUNDS_AWARD = re.compile(
    r"(?i)\s+(?:(?:postdoctoral|doctoral|research|senior|junior|early[ -]career|career|"
    r"personal|individual)\s+){0,2}(?:fellowship|scholarship|studentship)s?\b"
)


_AWARD_HEADS = frozenset({"fellowship", "fellowships", "scholarship", "studentship"})
_FELLOWSHIP = "|".join(sorted(map(re.escape, LEXICON.FELLOWSHIP_WORDS), key=len, reverse=True))
# "FWO postdoctoral fellow", "NSF graduate fellowship": an acronym or a name right before it.
_FELLOW_AFTER = re.compile(rf"(?i)\s+(?:[a-zà-ÿ-]+\s+){{0,2}}(?:{_FELLOWSHIP})s?\b")
# "Bolsista do(a): CAPES", "boursier de la Région X": the funder right after it.
_FUNDER_BEFORE = re.compile(
    rf"(?i)\b(?:{_FELLOWSHIP})\s+(?:de|of|do|da|del|der|van|du)\b[^,;:.\n]{{0,8}}?[:：]?\s*"
    r"(?:l['’]|la\s+|the\s+)?$"
    # ("(bourse Fondation X, 18 mois)": a French grant's funder named right after it)
    r"|\bbourses?\s+$"
)


_FUNDER_LABEL = re.compile(
    rf"(?i)\b(?:{_FELLOWSHIP})\s+(?:de|of|do|da|del|der|van|du)\b[^,;:.\n]{{0,8}}?[:：]"
)


# "funded by the X Foundation", "financée par la Fondation Y" (and "finanziato da",
# "gefördert durch", "finansowane ze środków" …), "sits on the advisory board
# of Z", "siège au conseil scientifique de W": a funder or a board, no employer.
_FUNDER_OR_BOARD = re.compile(
    r"(?i)(?:\b(?:funded|financed|supported|sponsored|financée?s?|soutenue?s?|"
    r"subventionnée?s?|sponsorisée?s?|financiad[oa]s?|finanziat[oaie]|gefördert|"
    r"gefinancierd|finansowan[eayo])\s+(?:in\s+part\s+|częściowo\s+)?"
    r"(?:by|par|por|pelo|pela|da|dal|dalla|durch|von|vom|door|przez|ze\s+środków)"
    # ("financée par un contrat doctoral de la Région X", "funded by a studentship from
    # the Y Trust": the funding's kind between the cue and its giver)
    r"(?:\s+(?:a|an|un|une)(?:\s+[\w-]+){1,3}?\s+(?:from|of|de|du))?|"
    r"\bboard\s+of(?:\s+trustees\s+of|\s+directors\s+of)?|"
    # "We gratefully acknowledge support from the X Foundation", "avec le soutien de Y"
    r"\b(?:support|soutien)\s+(?:from|of|de|du)|"
    r"\bconseil\s+(?:scientifique|d['’]administration|d['’]orientation)\s+(?:de|du|des)|"
    # "an institute under the Ministry of X", "sous la tutelle du ministère Y": its parent
    r"\bunder(?:\s+the\s+(?:aegis|auspices)\s+of)?|\btutelles?\s+(?:de|du|des)|"
    # "our project partner X", "partenaires industriels : Y": a partner employs no one
    r"(?:\b(?:project|industrial|industry)\s+partners?|\bpartenaires?\s+industriels?)\s*[:：]?|"
    # "Funding: X Programme Grant", "Financement : ANR": an entry's funder field
    # ("Description sponsorship: X", "Sponsors: Y": a repository record's funder field)
    r"\b(?:funding|funders?|financement|förderung|finanzierung|financiación|sponsorship|"
    r"sponsors)\s*[:：]|"
    # "(LX, UMR 9901, tutelles : CNRS et Université Y)": the unit's bodies, not employers
    r"\btutelles?\s*[:：])"
    r"\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?$"
)
# Between two funders of one list: "by the X Trust and the Y Council".
# ("sous la tutelle du CNRS, de l'Université Y et de l'École Z": each body after the cue)
_FUNDERS_LIST = re.compile(
    r"(?i)\s*(?:,|,?\s+(?:and|et|y))\s+"
    r"(?:the\s+|la\s+|le\s+|l['’]|du\s+|de\s+la\s+|de\s+l['’]|des\s+|de\s+)?"
)
FUNDER_CUE_CHARS = 70
_FUNDER_THEN_LIST = re.compile(
    r"(?i)\b(?:funded|financed|sponsored|financée?s?|subventionnée?s?|sponsorisée?s?)\s+"
    r"(?:by|par)\s+[^.;:()\n]{2,50}?(?:,|\s+(?:and|et))\s+(?:de\s+|du\s+|des\s+)?"
    r"(?:the\s+|la\s+|le\s+|les\s+|l['’])?$"
)


def _without_funders(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """The mentions less the ones a funding or board cue names (and the funders listed
    after them): those fund or oversee the work, they employ no one."""
    kept: list[OrgMention] = []
    dropped: OrgMention | None = None
    for mention in mentions:
        if (
            dropped is not None and _FUNDERS_LIST.fullmatch(text, dropped.end, mention.start)
        ) or _FUNDER_OR_BOARD.search(text, max(0, mention.start - FUNDER_CUE_CHARS), mention.start):
            dropped = mention
            continue
        if "by " in (before := text[max(0, mention.start - FUNDER_CUE_CHARS) : mention.start]) or (
            "par " in before
        ):
            if _FUNDER_THEN_LIST.search(before):
                # "financée par la fondation X et le groupe Y", "funded by a gift from Z and
                # the W Group": a later funder of a list whose first one no name was read
                continue
        kept.append(mention)
    return kept


def _without_mentions(text: str, mentions: list[OrgMention]) -> str:
    """*text* with the organisations' own names blanked: "Institute for Water Studies" names
    a place, it does not say the owner studied there."""
    for mention in mentions:
        text = text[: mention.start] + " " * (mention.end - mention.start) + text[mention.end :]
    return text


# "holds the Chair of X", "holds a chair in X": a professorship named as a unit.
_HELD_CHAIR = re.compile(r"(?i)\b(?:holds?|held|holding)\s+(?:the|a)\s+(?:[\w-]+\s+){0,2}chair\b")
# "… and spent six years at", "then worked at the": a job's verb right before the place.
_WORKED_AT = re.compile(
    r"(?i)\b(?:spent\s+(?:[\w-]+\s+){0,2}(?:years?|months?)|worked|working)\s+(?:at|for)"
    r"\s+(?:the\s+)?$"
    # "sa thèse à X, avant de passer deux ans au Nigeria, à l'Institut Y": a stay after it
    r"|\b(?:passer|passé|passée)\s+(?:[\w-]+\s+){0,2}(?:ans|années|mois)\s+"
    r"(?:[^,.;]{0,30},\s+)?(?:à|au)\s+(?:l['’]|la\s+)?$"
    # "diplômée de X, elle dirige depuis 2019 les Archives Y": the place she heads
    r"|\b(?:dirige|dirigeait|heads|headed|directs|directed)\s+(?:depuis\s+\d{4}\s+|since\s+\d{4}\s+)?"
    r"(?:les|le|la|l['’]|the)\s*$"
)
# "sa thèse …, au sein de l'Institut X": the institute hosts the student (a membership)
_WITHIN_BEFORE = re.compile(r"(?i)\bau\s+sein\s+(?:de\s+l['’]|de\s+la\s+|du\s+)\s*$")
_CUT_NAME_AFTER = re.compile(r",\s+[a-zà-ÿ]{3,}(?:\s+(?:et|[a-zà-ÿ]{3,}))*\s*\(")
# "sa thèse à l'Université X, à l'Institut Y": the institute within the university
# (« postdoctorante à la University X (Australie), au sein du Centre Y »: its country between)
_THEN_AT = re.compile(
    r"\s*(?:\([^()\n]{1,40}\)\s*)?,\s*"
    r"(?:(?:à|au\s+sein\s+de)\s+l['’]|au\s+sein\s+(?:du|de\s+la)\s+)\s*"
)


# A profile's field naming research topics ("Specialization: VLSI Signal Processing").
_TOPIC_LABEL = re.compile(
    r"(?i)\s*(?:area\s+of\s+|areas\s+of\s+)?(?:speciali[sz]ations?|expertise|research\s+"
    r"(?:interests?|areas?|fields?|topics?)|keywords|fields?\s+of\s+(?:research|interest)|"
    # ("Topics: Faculty, Department News", "Filed under: …": a news post's tags line)
    r"topics|tags|tagged|filed\s+under)"
    r"\s*[:：]"
)
# A name's letters after its comma: "Ph.D.", "PhD, FRSC", "M.D., Ph.D.".
_POSTNOMINALS = re.compile(
    r"(?:\s*,?\s*(?:Ph\.?\s?D|M\.?D|D\.?Phil|F[A-Z]{2,5}|M\.?Sc|P\.?Eng)\.?)+\s*"
)
# The nouns that name an internship itself (not a degree's year, "M1", "L3").
_INTERN_NOUN = re.compile(r"(?i)\b(?:stages?|stagiaires?|internships?|interns?)\b")
_LEVELS = frozenset(("m1", "m2", "l3"))


# "intègre l'", "entre en 1978 à l'", "est entrée à l'" right before a school's name.
_ADMITTED_TO_SCHOOL = re.compile(
    r"(?i)\b(?:intègre|intégré|intégrée|entre|entré|entrée)\s+(?:en\s+(?:19|20)\d\d\s+)?"
    r"(?:à\s+)?l['’]\s*$"
)


def _role_near(text: str, position: int, mentions: list | None = None) -> str | None:
    """The role word closest before *position* (a sentence may state a degree, then an
    internship: "an MSc at X, and a research internship at Y").  A word inside one of the
    organisations *mentions* ("Institute for Coastal Studies") is no role."""
    best: tuple[int, str] | None = None
    length = 0
    titled = _TITLED_SUBJECT.match(text) if text[:1] in "PD" else None
    aside = ")" in text[:position]
    other_title = None  # "hosted by Professor A B of X": the title of another person
    # ("MD/PhD, Medical Scientist Training Program, X": the track's "Scientist" no post)
    tracks = [m.span() for m in _SCIENTIST_TRACK.finditer(text)] if "raining Prog" in text else []
    for name, role in (("POSITIONS", EMPLOYED), ("STUDIES", STUDIED)):
        for match in LEXICON.pattern(name).finditer(text, 0, position):
            if tracks and any(a <= match.start() < b for a, b in tracks):
                continue
            if (
                role == EMPLOYED
                and text[match.start()].isupper()
                and _titles_other(text, match, position)
            ):
                other_title = match.start()
                continue
            if mentions and any(m.start <= match.start() < m.end for m in mentions):
                continue
            if role == STUDIED and any(a <= match.start() < b for a, b in _taught_spans(text)):
                continue  # "supervises MSc students at X": the students taught study there
            if aside and _closed_aside(text, match.start(), position):
                # "A (PhD, X, 2008; supervised by B) leads the group at Y": the degree in
                # the aside is not Y's role
                continue
            if titled is not None and match.start() < titled.end():
                continue  # "Professor Quill read …": the subject's title, no post
            if role == STUDIED and " " in match.group() and _inside_titled_name(text, match):
                continue  # "Civil and Environmental Engineering Program": a unit's own name
            if role == STUDIED and _GRADUATE_PROGRAM.match(text, match.start()):
                continue  # "Postdoc, Graduate Program in Physics, University X": a unit
            if role == EMPLOYED and match.start() and text[match.start() - 1] == ".":
                continue  # "Fil.dr i kemi": the rank's letters glued to a degree's
            if role == EMPLOYED and _title_of_name(text, match):
                continue  # "bei Prof. Dr. A": a title before a name (French "DR" is a rank)
            # "Dr. rer. nat.": the longer word at one place says what it is ("Dr" alone a title).
            if best is None or (match.start(), len(match.group())) > (best[0], length):
                best, length = (match.start(), role), len(match.group())
    if best and best[1] == EMPLOYED and _ENGINEER_DEGREE.match(text, best[0]):
        best = (best[0], STUDIED)
    if (
        text.startswith(("École", "école", "Ecole"), position)
        and (admitted := _ADMITTED_TO_SCHOOL.search(text, max(0, position - 40), position))
        and (best is None or best[0] < admitted.start())
    ):
        # "A intègre l'École des mines de X en 1996", "elle entre en 1978 à l'École
        # normale supérieure": admitted to a school, a student there
        best = (admitted.start(), STUDIED)
    if (
        best
        and best[1] == EMPLOYED
        and ("ork" in text[best[0] : best[0] + 4] or text.startswith("research", best[0]))
    ):
        # "did my doctoral work at X", "a doctoral researcher at Y": the post's word inside
        # a longer studies phrase
        start = best[0]
        for match in LEXICON.pattern("STUDIES").finditer(text, max(0, start - 20), position):
            if match.start() < start < match.end():
                best = (match.start(), STUDIED)
                break
    if "ead" in text or "irige" in text:
        # "A (PhD, X, 2008) leads the Networks group at Y": leading a unit is a post there
        lead = _LEADS_UNIT.search(text, best[0] if best else 0, position)
        if lead is not None:
            best = (lead.start(), EMPLOYED)
    # ("Licence et M1 de physique, ENS X": a degree's year, written bare, is no internship
    # where no word says one.)
    bare_levels = None  # (read once, when a bare level is met)
    for match in LEXICON.context_patterns["internship"].finditer(text, 0, position):
        if match.group().lower() in _LEVELS and best is not None and best[1] == STUDIED:
            if bare_levels is None:
                bare_levels = not _INTERN_NOUN.search(text)
            if bare_levels:
                continue
        if (
            best is None
            or match.start() > best[0]
            or best[1] == STUDIED
            and match.start() <= best[0] < match.end()
        ):
            # ("stage de master 2 à X": the degree word inside the internship's phrase)
            best = (match.start(), INTERN)
    for match in LEXICON.pattern("VISITING_STUDY").finditer(text, 0, position):
        if best is None or match.end() > best[0]:
            best = (match.start(), INTERN)  # a guest student, like an intern, is hosted
    if "isiting" in text and (during := _DURING_STUDIES.search(text, 0, position)) is not None:
        # "During his PhD he was a visiting student at X for a term": a doctoral
        # student's stay, hosted like an intern (no post at X)
        visit = _VISITING_STAY.search(text, during.end(), position)
        if visit is not None and (best is None or visit.end() > best[0]):
            best = (visit.start(), INTERN)
    if other_title is not None and (best is None or best[0] < other_title):
        return TITLED_OTHER  # the nearest post word is another person's title before X
    return best[1] if best else None


# "will move from X to Y", "relocated from the X": the place a move leaves
_MOVES_FROM = re.compile(
    r"(?i)\b(?:move[sd]?|moving|relocat(?:es?|ed|ing)|transfer(?:s|red|ring)?)\s+"
    r"(?:(?:the|my|our|his|her|their)\s+(?:lab|group|team)\s+)?from\s+(?:the\s+)?$"
)
# "joined the group in 2019 from the X": the post left when joining ends that year
_JOINED_FROM = re.compile(
    r"\bjoin(?:s|ed)\s+(?:(?:the|our)\s+(?:lab|group|team)|us)\s+(?:in\s+\d{4}\s+)?"
    r"from\s+(?:the\s+)?$"
)
_TO_BETWEEN = re.compile(r"^[^.;]*?\bto\b")


def _move_period(text: str, mention, mentions: list, clause: Period, period: Period):
    """The years of a place a dated move leaves ("move from X to Y" in 2026: X until
    2026) or reaches (Y since 2026), or None when *mention* is neither."""
    years = clause if not clause.empty else period
    if (
        years.start is not None
        and years.end in (None, years.start)
        and _JOINED_FROM.search(text, max(0, mention.start - 40), mention.start)
    ):
        return Period(None, years.start)
    year = years.start if years.start is not None and years.start == years.end else None
    if year is None and years.single:
        year = years.start
    if year is None:
        return None
    if _MOVES_FROM.search(text, max(0, mention.start - 40), mention.start):
        return Period(None, year)
    for other in mentions:
        if other.end > mention.start:
            break
        if _MOVES_FROM.search(text, max(0, other.start - 40), other.start) and _TO_BETWEEN.match(
            text[other.end : mention.start]
        ):
            return Period(year, None)
    return None


# "Professor A B of X", "Professor A B at X": a title, its person's name, then the place
_TITLED_OTHER = re.compile(
    r"[ \t]+(?P<name>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[ \t]+[A-ZÀ-Þ]\.)?(?:[ \t]+[A-ZÀ-Þ][a-zà-ÿ'’-]+){1,2})"
    r"(?:[ \t]*,)?[ \t]+(?:of|at|from)[ \t]+(?:the[ \t]+)?"
)


# "A, à l'époque professeur à X", "B, then a lecturer at Y": a named person's post of the
# time, told in an aside after the name (the owner's own posts are told without it).
_THEN_POST_OF = re.compile(
    # ("reçoit la visite de A, professeur à X", "a visit by A, professor at X": a guest's
    # post in apposition, the guest named after a preposition)
    r"(?P<guest>(?<=\bde[ \t])|(?<=\bby[ \t])|(?<=\bavec[ \t])|(?<=\bwith[ \t]))?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,2}),[ \t]+"
    r"(?(guest)|(?:à[ \t]+l['’]époque|alors|then|at[ \t]+the[ \t]+time)[ \t]+)"
    r"(?:(?:un|une|a|an)[ \t]+)?"
    r"[\w'’ -]{3,40}?[ \t]+(?:à|au|at|of)[ \t]+(?:l['’]|la[ \t]+|le[ \t]+|the[ \t]+)?$"
)


def _titles_other(text: str, match: re.Match[str], position: int) -> bool:
    """Whether the post word *match* is the title of a person named right after it, whose
    place is the organisation at *position* ("hosted by Professor A B of X")."""
    if match.group().endswith(" of"):
        return False  # "Keeper of Rare Maps at X": the post's field, no name
    other = _TITLED_OTHER.match(text, match.end())
    if other is None or other.end() != position:
        return False
    name = other.group("name")
    return (
        LEXICON.pattern("POSITIONS").search(name) is None
        and LEXICON.pattern("INSTITUTION_HEADS").search(name) is None
    )


_DURING_STUDIES = re.compile(
    r"(?i)\b(?:during|while\s+doing)\s+(?:her|his|my|their)\s+"
    r"(?:ph\.?\s?d\.?|doctorate|doctoral\s+studies|thesis|dissertation)\b"
)
_VISITING_STAY = re.compile(r"(?i)\bvisiting\s+(?:scholar|researcher|student|fellow|scientist)\b")


# A graduate programme's name ("Graduate Program in Ecology", Brazil's PPGs in English) is a
# unit a postdoc or a professor belongs to, no degree the person studied for.
_GRADUATE_PROGRAM = re.compile(r"Graduate\s+Program(?:me)?\s+(?:in|of|on)\s+[A-Z]")
_TITLED_WORD_BEFORE = re.compile(r"(?<![\w.])(?!(?:The|A|An)\s)[A-Z][a-z]+\s+$")


def _inside_titled_name(text: str, match: re.Match[str]) -> bool:
    """A study phrase written in capitals after a capitalised word, inside a longer name."""
    return all(word[:1].isupper() for word in match.group().split()) and bool(
        _TITLED_WORD_BEFORE.search(text, max(0, match.start() - 30), match.start())
    )


_LEADS_UNIT = re.compile(
    r"\b(?:leads|heads|led|headed|dirige|dirigeait)\s+(?:the|a|an|his|her|their|le|la|l['’]|"
    r"un|une)\s"
)


def _closed_aside(text: str, start: int, position: int) -> bool:
    """Whether *start* sits inside brackets that close before *position*."""
    opening = text.rfind("(", 0, start)
    if opening < 0 or text.rfind(")", 0, start) > opening:
        return False
    return text.find(")", start, position) >= 0


def _own_position_after_studies(text: str, mentions: list[OrgMention], index: int) -> bool:
    """Whether mention *index* follows its own position word, every institution before it
    being one the owner studied at ("a PhD from X, then a fellow at Y Laboratory")."""
    mention, before = mentions[index], mentions[index - 1]
    own = text[before.end : mention.start]
    if not LEXICON.pattern("POSITIONS").search(own):
        return False
    if _role_near(text, mention.start, mentions) != EMPLOYED:
        return False
    earlier = [m for m in mentions[:index] if m.kind is OrgKind.INSTITUTION]
    return bool(earlier) and all(_role_near(text, m.start, mentions) == STUDIED for m in earlier)


@lru_cache(maxsize=16)
def _role_word_starts(text: str) -> tuple[int, ...]:
    """Where the role words of *text* start (positions, studies, internships): the same for
    each place an entry names, so read once per entry (do not rely on it across pages)."""
    starts: list[int] = []
    for name in ("POSITIONS", "STUDIES"):
        starts.extend(m.start() for m in LEXICON.pattern(name).finditer(text))
    starts.extend(m.start() for m in LEXICON.context_patterns["internship"].finditer(text))
    return tuple(starts)


# A row that opens with its own years ("2006 – 2014 : …", "1992 – 2004 | …").
_ROW_RANGE = re.compile(r"\W{0,4}((?:19|20)\d\d)\s*[-–—]\s*((?:19|20)\d\d)(?!\d)")
_ROW_OPENERS = frozenset("12*[(| ")


def _clause_period(text: str, mention: OrgMention) -> Period:
    """The period of the clause holding *mention*: from the role word before it to the next
    role word after it."""
    starts = _role_word_starts(text)
    where = _WHERE.match(text, mention.end)
    if where:
        # "she returned to X, where she has been a professor since 1994": X's own clause.
        then = THEN.search(text, where.end())
        period = parse_period(text[where.end() : then.start() if then else len(text)])
        if period.start is None and period.end:
            # "nommé à X en 1971, où il restera jusqu'en 2003": the year before "where"
            # opens the stay its clause closes.
            opened = parse_period(text[mention.start : where.start()])
            if opened.single and opened.start and opened.start < period.end:
                return Period(opened.start, period.end)
        if not period.empty:
            return period
    before = [p for p in starts if p < mention.start]
    # "a postdoc at X (2014–2017), before joining Y in 2017": Y's clause starts at "joining".
    before.extend(m.start() for m in LEXICON.pattern("JOINING").finditer(text, 0, mention.start))
    # "rejoint X comme ingénieure (2014-2017), puis la société Y (2017-2020)": "puis" opens
    # Y's clause, the role word before it was X's.
    if before:
        before.extend(m.start() for m in THEN.finditer(text, max(before), mention.start))
    # "sa thèse à X, soutenue en 2020": the defence goes on with the thesis's clause.
    # "rejoint X comme post-doctorante (2016–2019)": the role the owner joined as is X's own.
    after = [
        p
        for p in starts
        if p > mention.end
        and not _SAME_DEGREE.match(text, p)
        and not _AS_ROLE_BEFORE.search(text, max(mention.end, p - 16), p)
    ]
    # "sa thèse à X, soutenue en 2020, puis un post-doctorat (2020-2023)": "puis" ends it.
    after.extend(m.start() for m in THEN.finditer(text, mention.end))
    # "a fellowship at X (1984–1987), she joined Y, … until 2021": Y's clause, not X's.
    after.extend(m.start() for m in LEXICON.pattern("JOINING").finditer(text, mention.end))
    if text[:1] in "HA" and OPENING_PARTICIPLE.match(text):
        # "Having completed her doctorate at X in 2011, A spent three years (2011–2014) …":
        # the opening clause ends at its first comma after X.
        comma = text.find(", ", mention.end)
        if comma > 0:
            after.append(comma)
    if not before:
        return Period()
    clause = text[max(before) : min(after) if after else len(text)]
    if after and clause.rstrip()[-1:] in "-–—":
        # "PhD, University X, 2016 — thesis: …" cut before "thesis": the dash separated the
        # year from the next words, it opens no range.
        clause = clause.rstrip().rstrip("-–—")
    period = parse_period(clause)
    if period.single and period.start and text[:1] in _ROW_OPENERS:
        row = _ROW_RANGE.match(text)
        if (
            row
            and int(row[1]) <= period.start <= int(row[2])
            and not find_organisations(text[row.end() : max(before)])
        ):
            # "2006 – 2014 : CR, Institut X — devenu en 2011 l'Institut Y", "1992 – 2004 |
            # Reader, then Professor (1998) | X": the row's own years, a date inside them
            # tells a change during the stay.
            return Period(int(row[1]), int(row[2]))
    if (
        period.empty
        and text[:1] in "BPAb"
        and (joined := _BEFORE_JOINING_LEAD.match(text, 0, max(before))) is not None
    ):
        # "Before joining Y in 2015 she was a lecturer at X": the year of the move ends X
        return Period(None, int(joined.group(1)))
    if period.empty and (defended := _DEFENDED_BEFORE.search(text, 0, max(before))):
        # "Il a soutenu en 2016 une thèse préparée à X": the defence year leads the clause.
        return Period(None, int(defended.group(1)))
    if period.empty and (since := _SINCE_LEADS.search(text, max(0, max(before) - 40), max(before))):
        # "…(2023-2024), je suis depuis septembre 2024 chargé de recherche à X": the year
        # written before the role word opens the post.
        return Period(int(since.group(1)), None)
    return period


# "J'enseigne …", "il enseigne …": the degrees named after it are the courses taught.
# ("Elle intervient chaque année dans le master X de l'Université Y": a guest teacher's)
_TEACHES = re.compile(
    r"(?i)\b(?:j['’]|je\s+|il\s+|elle\s+|iel\s+)"
    r"(?:enseign(?:e|ais|ait)|interv(?:iens|ient|enais|enait))\b"
)
_AS_ROLE_BEFORE = re.compile(r"(?i)\b(?:comme|as(?:\s+an?)?|en\s+tant\s+qu['’e])\s*$")
_SINCE_LEADS = re.compile(
    r"(?i)\b(?:depuis|since)\s+(?:(?:le\s+)?\d{1,2}(?:er)?\s+)?(?:[a-zéû]{3,9}\s+)?((?:19|20)\d\d)\s*,?\s*$"
)
# "Before joining Y in 2015 …", "Avant de rejoindre Y en 2015, …": an opening clause
# dating the move that ended the post the sentence goes on to name.
_BEFORE_JOINING_LEAD = re.compile(
    r"(?i)\s*(?:before|prior\s+to|avant\s+de)\s+(?:joining|moving\s+to|rejoindre|venir\s+à)\s"
    r"[^.;:()]{2,80}?\b(?:in|en)\s+((?:19|20)\d\d)\b(?![^.;]*?(?:19|20)\d\d)"
)
_DEFENDED_BEFORE = re.compile(
    r"(?i)\b(?:soutenue?|défendue?|defended|completed)\s+(?:en|in)\s+((?:19|20)\d\d)\s+"
    r"(?:une|un|sa|son|his|her|their|a)\s+$"
)
# "[Sep 2023] Started my PhD at X", "began her master's at Y in 2019": a start, no degree.
_STARTED_STUDIES = re.compile(
    r"(?i)\b(?:started|starting|began|beginning)\s+(?:my|his|her|their|a|the)\s+"
    r"(?:ph\.?\s?d|doctora|master|m\.?sc|graduate\s+stud)"
    # "2022-09 — Début de mon doctorat à l'Université X", "j'ai commencé ma thèse à Y"
    r"|\b(?:début|commencé|entamé|débuté)\s+(?:de\s+)?(?:mon|ma|son|sa)\s+"
    r"(?:doctorat|thèse|master)"
)
# A news item's post that begins at its date ("[Oct 2023] Started my postdoc at X", "I will
# join X as a research scientist", "Je commencerai un post-doctorat à X"): held since then.
_STARTS_POST = re.compile(
    # ("Sep 2023 — I joined X as a postdoc", a dated news row: the post's first year)
    r"(?i)\b(?:will\s+join|joining|I\s+(?:have\s+)?joined|rejoindrai|rejoindra|commencerai|commencera|"
    r"arrivée\s+(?:à|au|aux|dans)|(?:start(?:ed|ing|s)?|began|beginning)\s+(?:my|a|an|her|his|"
    r"their)\s+(?:new\s+)?(?:post|position|job|role|research\s+(?:scientist|fellow)))"
)
# ("a rejoint X comme post-doctorante", "joined X as a research fellow": the role follows)
_JOINED_AS = re.compile(
    r"(?i)\s*(?:(?:en|in)\s+(?:19|20)\d\d\s+)?,?\s*(?:en\s+tant\s+qu['’e]|comme\s|as\s+(?:an?\s+)?)"
    r"\s*([^,;.()]{3,60})"
)
# A position word right before an acronym ("chargé de recherche CNRS", "chercheuse
# qualifiée FNRS"): the acronym is the body that grants the rank.
_RANKED_BY = re.compile(
    r"(?i)(?:recherches?|research|qualifiée?|associée?|fellow|scientist|chercheuse|chercheur)\s+$"
)
_FACULTY = re.compile(
    r"(?i)(?:faculté|faculty|fakultät|facultad|faculdade|facoltà)\s"
    # « UFR d'odontologie de X »: a French faculty named by its subject and its town (« UFR
    # Sciences et Techniques » names no place)
    r"|UFR\s+(?:de|d['’]|des)\s*[a-zà-ÿ][^,;()]*?\s(?:de|d['’])\s*[A-ZÀ-Þ][\w'’-]+$"
)
_STANDALONE_LABORATORY = re.compile(r"(?:[A-Z][\w'’-]+\s+){2,4}(?:Laboratory|Observatory)")
# The head words of establishments that stand alone as employers (not a university's
# centres): field stations, museums, hospitals, companies.
_ESTABLISHMENT = re.compile(
    r"(?i)\b(?:station|museum|observatory|hospital|labs|inc\.?|ltd\.?|gmbh|corporation|company|"
    # "the X Group at Ravensport National Laboratory": a national laboratory employs its staff
    r"national\s+laboratory)$"
)
_SUBJECT_FACULTY = re.compile(r"Faculty of (?!.*\b(?:of|at|in)\s)")
_WHERE = re.compile(r"(?i),?\s*(?:where|où)\b")
# "X, where she earned her PhD", "X, où il a soutenu sa thèse": X granted the degree.
_WHERE_STUDIED = re.compile(
    # ("visiting us from X for three months (May–July 2026), where he is a PhD student":
    # the stay's length and dates before the clause)
    r"(?i)(?:\s+for\s+[^,.;()]{3,30}(?:\s*\([^()]{3,40}\))?)?"
    r",?\s*(?:where|où)\s+(?:he|she|they|I|il|elle|j['’]ai)\s+(?:(?:also\s+|a\s+)?"
    r"(?:earned|received|obtained|completed|defended|did|soutenu|obtenu|préparé|fait)\s+"
    r"(?:his|her|their|my|sa|son|ma|mon)\s+(?:phd|ph\.d\.?|doctorate|doctoral|thesis|thèse|doctorat)"
    # "X, where she is a PhD student", "X, où il est doctorant": a student there now
    r"|(?:is|are|am|est)\s+(?:(?:currently|now|actuellement)\s+)?(?:an?\s+)?"
    r"(?:phd\s+student|phd\s+candidate|doctoral\s+(?:student|candidate)|doctorante?))"
)
_SAME_DEGREE = re.compile(r"(?i)(?:soutenue?|défendue?|defended|obtenue?|obtained|awarded)\b")


# ("Alumni" › "A (PhD 2015) has been promoted to Reader at X": the post held since)
_NOW = re.compile(
    r"(?i)\b(?:now|currently|aujourd['’]hui|désormais|actuellement|"
    r"(?:has\s+been\s+|was\s+)?promoted\s+to)\b"
)
# "A (BA 2018) joined X as a project archivist", « B a rejoint Y comme ingénieure »: an
# alumni item's next post, named before its role
_ALUMNUS_JOINED = re.compile(r"(?i)\b(?:joined|a\s+rejoint)\b(?=[^.;\n]{3,120}?\s(?:as|comme)\s)")


def _later_post(text: str) -> re.Match[str] | None:
    """Where an alumni row turns to the member's later post: "now …", or "joined X as …"."""
    return _NOW.search(text) or _ALUMNUS_JOINED.search(text)


_NOW_WORDS = ("now", "currently", "aujourd", "désormais", "actuellement", "promoted")


_AT_PLACE = re.compile(r"(?i)\s*(?:at|à|in)\s+(?:the\s+|l['’]|la\s+|le\s+)?[A-ZÀ-Þ]")


# "Reader in History at X": a British rank, not a thesis's (external) reader.
_READER_RANK = re.compile(r"Reader\s+(?:in|at|of)\s")


_STUDENTS_WORDS = phrase_literals(LEXICON.SECTIONS["students"])
_AFFILIATED = ("affiliated", "associated", "affiliée", "affilié", "associée", "associé")
# "Presidenta: Dra. A (Univ. X); Secretario: Dr. B (Univ. Y)": a chair's or a member's role
# written as a label (the words alone also say "member of X", "president of the society").
_CHAIR_OR_MEMBER = (*LEXICON.JURY_ROLES["jury_president"], *LEXICON.JURY_ROLES["jury_member"])
# The line-ending cues of _cut_at_people, each with the words one of which it writes.
_LINE_ENDS = (
    (LEXICON.pattern("JURY_CUES"), LEXICON.literals["JURY_CUES"]),
    (LEXICON.pattern("NOT_RELATION"), LEXICON.literals["NOT_RELATION"]),
    (SERVICE, SERVICE_WORDS),
    (
        LEXICON.jury_role_patterns["jury_reviewer"],
        phrase_literals(LEXICON.JURY_ROLES["jury_reviewer"]),
    ),
    (
        LEXICON.jury_role_patterns["jury_examiner"],
        phrase_literals(LEXICON.JURY_ROLES["jury_examiner"]),
    ),
    (
        re.compile(
            r"(?<![\w-])(?:"
            + alternation([re.escape(w).replace(r"\ ", r"\s+") for w in _CHAIR_OR_MEMBER])
            + r")\s*[:：]",
            re.IGNORECASE,
        ),
        phrase_literals(_CHAIR_OR_MEMBER),
    ),
    # "Nous accueillons pendant un mois A, professeur invité de l'Université X", "we hosted
    # Prof. B (University Y)": the guest's institution, not the owner's
    (
        re.compile(
            r"(?i)\b(?:I|we|nous|j['’]ai|avons)\b[^.;]{0,30}?\b(?:accueill\w*|hosted|hosting|"
            r"welcomed|welcoming)\b(?!\s+(?:by|par)\b)"
            r"(?=[^.;]{0,40}?\b(?-i:[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ]))"
        ),
        ("accueill", "host", "welcom"),
    ),
)


_CELL_LABEL = re.compile(r"(?:^|(?<=\| ))[^|:]{2,30}:\s")
_FORM_LABEL = re.compile(r"^(?:POSITION|TITLE|NAME)[A-Z &/]{0,40}:")
_AMONG_THEM = re.compile(r"(?i)^\s*(?:among\s+them|among\s+these|they\s+include)\b")


# An organisation right after a cue word ("avec l'Université X"): its article, a capital.
_ORG_AFTER_CUE = re.compile(r"\s*(?:l['’]|la\s+|le\s+|les\s+|the\s+)?[A-ZÀ-Þ]")
ORG_AFTER_CUE_CHARS = 6
# "en cotutelle avec", "joint PhD with": a degree two universities grant.
_JOINT_DEGREE_BEFORE = re.compile(
    r"(?i)(?:co-?tutelle|cotutela|joint\s+(?:phd|ph\.d\.|degree|doctorate)|"
    r"double\s+(?:diplôme|doctorat|degree))\s*$"
)


_PARTNER_COMPANY = re.compile(
    r"(?i)\s*(?:la\s+société|l['’]entreprise|the\s+company|la\s+start-?up)\s+[^,;()]{2,60}"
)
_JOINT_DEGREE_AFTER = re.compile(
    r"(?i)\s*(?:a|an|un|une)\s+(?:double|joint|dual|second)\s+(?:degree|diploma|master|"
    r"diplôme|doctorat|doctorate)"
)


# "Université de Lyon-Fourvière": a university named by its (hyphenated) place.
_PLACE_NAMED = re.compile(
    r"^(?:Université|Universidad|Universidade|Università|Universität|University\s+of)\s+"
    r"(?:de\s+|d['’]|of\s+)?(?P<place>[A-ZÀ-Þ][\w'’]+(?:-[A-ZÀ-Þ][\w'’]+)+)$"
)


def _short_named(page: Page, text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """ "Assistant puis maître-assistant à Lyon-Fourvière (1976-1985)": a university the
    page names in full elsewhere, here by its place alone (one such university a place)."""
    places: dict[str, set[str]] = {}
    for claim in page.claims:
        if claim.relation is Relation.EMPLOYED_AT or claim.relation is Relation.STUDIED_AT:
            named = _PLACE_NAMED.match(claim.object)
            if named:
                places.setdefault(named["place"], set()).add(claim.object)
    found = []
    for place, names in places.items():
        if len(names) != 1 or place not in text:
            continue
        for match in re.finditer(rf"\b(?:à|at|in)\s+({re.escape(place)})(?![\w-])", text):
            start, end = match.span(1)
            if not any(m.start <= start < m.end for m in mentions):
                found.append(OrgMention(next(iter(names)), OrgKind.INSTITUTION, start, end))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


# "joined Tallowbrook State in 2016", "at Lindenfeld since 2015", "joined the Northreach
# faculty", "returned to Tallowbrook as a lecturer", « a rejoint Tallowbrook en 2016 », « à
# Lindenfeld depuis 2015 », « est revenue à Tallowbrook comme … »: a capitalised
# name right after a post's cue, then a date's or a post's word
_SHORT_AFTER_CUE = re.compile(
    r"(?<![\w-])(?P<cue>joined|arrived\s+at|returned\s+to|at|a\s+rejoint|arrivée?\s+à|"
    r"revenue?\s+à|à)\s+(?:the\s+)?"
    r"(?P<short>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){0,2})"
    r"(?P<after>\s+(?:in|since|as|faculty|en|depuis|comme)\b|\s*[,;.)]|$)"
)
_AT_CUES = ("at", "à")  # (a place's preposition, a post's cue only before "since")
_SINCE_WORDS = ("since", "depuis")
# (a cheap test before the pattern above, in _page_short_forms)
_SHORT_CUE_WORDS = (
    "joined ",
    "arrived at ",
    "returned to ",
    " since ",
    "a rejoint ",
    "arrivé",
    "revenu",
    " depuis ",
)


def _page_institutions(page: Page) -> list[str]:
    """The institutions the page names in full anywhere, read once a page."""
    memo = page.document.meta.get("page_institutions")
    if memo is None:
        texts = [page.document.title or "", *(b.text for b in page.document.blocks)]
        names = {
            m.name
            for text in texts
            for m in find_organisations(text, page.acronyms)
            if m.kind is OrgKind.INSTITUTION and len(m.name.split()) >= 2
        }
        memo = sorted(names, key=lambda name: (len(name), name))  # (shortest first)
        page.document.meta["page_institutions"] = memo
    return memo


def _page_short_forms(page: Page, text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """ "she joined Tallowbrook State in 2016" on a page naming "Tallowbrook State
    University": a short form standing for the one institution of the page whose full name
    holds it word for word (none when two do)."""
    if not any(map(text.__contains__, _SHORT_CUE_WORDS)):
        return mentions  # (the cheap test: no cue the pattern needs)
    found = []
    for match in _SHORT_AFTER_CUE.finditer(text):
        if match["cue"] in _AT_CUES and match["after"].strip() not in _SINCE_WORDS:
            continue  # ("collaborators at X.": a place of others, no post's cue)
        start, end = match.span("short")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        short = re.compile(rf"(?<![\w-]){re.escape(match['short'])}(?![\w-])")
        fuller = [n for n in _page_institutions(page) if n != match["short"] and short.search(n)]
        # (a banner's "X University College of Arts" holds "X University": one institution)
        if (
            fuller
            and all(fuller[0] in name for name in fuller)
            and is_strong_institution(fuller[0])
        ):
            found.append(OrgMention(fuller[0], OrgKind.INSTITUTION, start, end))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


_PLURAL_MARK = re.compile(r"\((?:e?s|as|a|in|innen)\)")
_COPULA_LEAD = re.compile(r"\s(?:is|was)\s+(?=(?:Prof|Dr|[A-ZÀ-Þ]))")
_LOWER_SUBJECT = re.compile(r"\s*[a-zà-ÿ][a-zà-ÿ-]{3,}(?:\s+[a-zà-ÿ-]+)?\s*[,;.]")
# "with a stage de M2 …", "with an internship at X": an indefinite article after "with"
# leads to a thing the owner did, not to a person ("avec une délégation au Laboratoire X").
_A_THING = re.compile(r"\s+(?:a|an|un|une)\s")
# The owners a news item or a bio paragraph gives its own block (engine).
# A sentence ending on a jury's role label, its members on the next line ("Examinateurs :").
_ROLE_LABEL_END = re.compile(
    r"(?i)\b(?:rapport\w*|examinat\w*|examiners?|reviewers?|referees?|jury|committee|comité)\s?[:：]$"
)
# A paragraph opening on its person's pronoun ("She then joined X", « Il a ensuite rejoint »).
PRONOUN_OPENING = re.compile(r"(?:He|She|They|Il|Elle|Iel)\s")
_ITEM_OWNERS = ("news-item", "bio-paragraph")
_BARE_CUE = re.compile(r"(?i)(?:co-?)?(?:direction|encadrement|codirection)")


# A jury row's member named first, their place next and their role last ("A (DR X, Lyon),
# rapportrice", "M. B | Pr, Université Y | Président"): the place is the member's.
_MEMBER_ROLES = (
    *(
        (LEXICON.jury_role_patterns[r], phrase_literals(LEXICON.JURY_ROLES[r]))
        for r in ("jury_reviewer", "jury_examiner", "jury_president", "jury_member")
    ),
    # ("Mme B, Professeure, Université Y, directrice de thèse": the advisor's own row)
    (LEXICON.pattern("ADVISING_NOUNS"), LEXICON.literals["ADVISING_NOUNS"]),
)
_ROLE_LAST = re.compile(r"(?i)[\s.;,)|]*(?:(?:de\s+th[èe]se|du\s+jury)[\s.;,)|]*)?$")
_MEMBER_TITLE = re.compile(r"^[\s•·*|–—-]*(?:(?:M|Mme|Mlle|Dr|Pr|Prof)\.?\s+)?")


def _member_row(line: str) -> bool:
    """Whether *line* names a jury member, their place, then their role at its end."""
    low = lowered(line)
    for pattern, words in _MEMBER_ROLES:
        if low is not None and not holds_any(low, words):
            continue
        for match in pattern.finditer(line):
            if match.start() < 8 or not _ROLE_LAST.match(line, match.end()):
                continue
            head = line[: match.start()]
            name = name_at_start(head)
            lead = _MEMBER_TITLE.match(head)
            if name and head[lead.end() :].startswith(name.split()[0]):
                return True
    return False


def _post_before(text: str) -> bool:
    """Whether *text* ends on a post's word ("… an Assistant Professor", "… a Research
    Scientist")."""
    before = text[-60:].rstrip()
    words = list(LEXICON.pattern("POSITIONS").finditer(before))
    last = words[-1] if words else None
    return (
        last is not None and last.end() == len(before) and _role(before[last.start() :]) == EMPLOYED
    )


# "with him at X", "avec elle à Y": an object pronoun after the cue, the place after it
_OBJECT_PRONOUN = re.compile(
    r"\s+(?:him|her|them|lui|elle|eux)(?=\s*(?:[,;.]|$|(?:at|in|à|au)\s))", re.I
)


_RUNS_UNIT = re.compile(r"\s+of\s+the\s+[A-ZÀ-Þ]")


def _unit_first(rest: str) -> bool:
    """Whether *rest* (" of the X Lab, …") opens on a unit's name."""
    mentions = find_organisations(rest)
    return bool(mentions) and mentions[0].kind is OrgKind.UNIT and mentions[0].start < 12


@lru_cache(maxsize=4096)
def _cut_at_people(line: str) -> str:
    """The line without cue + names ("sous la direction de A et B"): people's affiliations
    are theirs, not the owner's.  A jury or teaching cue ends the owner's part of the line."""
    if _member_row(line):
        return ""
    low = lowered(line)  # (a cue none of whose words the line writes is not searched)
    for pattern, words in _LINE_ENDS:
        if low is not None and not holds_any(low, words):
            continue
        match = pattern.search(line)
        while (
            match
            and (
                _READER_RANK.match(line, match.start())
                or "(" in line
                and funding_aside(line, match)
                # ("après la soutenance, un postdoc à X": a time, no jury's sentence)
                or AFTER_EVENT.search(
                    line, max(0, match.start() - AFTER_EVENT_CHARS), match.start()
                )
                # ("… and an instructor at Tansy College (2003-2005)": a post held at the place
                # named next, not a course's teacher before people)
                or post_at_place(line, match)
                # ("Principal investigator of the X Lab": the unit one runs, no grant's people)
                or _RUNS_UNIT.match(line, match.end())
                and _unit_first(line[match.end() :])
            )
        ):
            match = pattern.search(line, match.end())
        if match:
            line = line[: match.start()]
    # (what follows students is cut at a "now": a line that writes none keeps all of it)
    moves_on = low is None or holds_any(low, _NOW_WORDS)
    students = (
        LEXICON.section_patterns["students"].search(line)
        if moves_on and (low is None or holds_any(low, _STUDENTS_WORDS))
        else None
    )
    if moves_on and (students or (line[:1] in "AaTt" and _AMONG_THEM.match(line))):
        # "Her former students include X, now at University Y": the student's place;
        # "Among them are X, now at Y" after "He supervised 21 students." too.
        later = _NOW.search(line, students.end() if students else 0)
        if later:
            line = line[: later.start()]
    advised = _ADVISED_LEAD.match(line) if line[:1] in _ADVISED_INITIALS else None
    if advised and names_after(line[advised.end() :])[0]:
        # "Mentored research interns: A (2019), B, both then PhD students at University X":
        # the place is theirs
        return ""
    for name in ("SUPERVISION_CUES", "WEAK_SUPERVISION_CUES"):
        low, words = lowered(line), LEXICON.literals[name]  # (the line as cut so far)
        if low is not None and not holds_any(low, words):
            continue  # (no cue the line could match)
        start = 0
        while True:
            match = LEXICON.pattern(name).search(line, start)
            if not match:
                break
            if "een with" in line and any(
                move.end() == match.end()
                for move in LEXICON.pattern("CAREER_MOVES").finditer(line, 0, match.end())
            ):
                # "A has been with Quarrel Biologics since 2020": her employer, no one's
                # supervision
                start = match.end()
                continue
            if "«" in line and line.rfind("«", 0, match.start()) > line.rfind(
                "»", 0, match.start()
            ):
                # "l'équipe « Jeu chez le nourrisson »": a quoted name's own words
                start = match.end()
                continue
            rest = line[match.end() :]
            if rest[:1] == "(" and (plural := _PLURAL_MARK.match(rest)):
                # "Orientador(es): A; B | Organização: X", "Supervisor(s): A": the cue's
                # plural mark (blanked: the names and the place after them are read)
                rest = " " * plural.end() + rest[plural.end() :]
            if rest[:4] in (" is ", " was") and (copula := _COPULA_LEAD.match(rest)):
                # "My adviser is Prof. A, and I am a member of X": the names after the verb
                # (blanked: the place after them is still read)
                rest = " " * copula.end() + rest[copula.end() :]
            names, end = names_after(rest.lstrip(" :"))
            if not names:
                if (
                    _BARE_CUE.fullmatch(match.group())
                    and not rest.startswith((" :", ":"))
                    or name == "WEAK_SUPERVISION_CUES"
                    and (_LOWER_SUBJECT.match(rest) or _A_THING.match(rest))
                    or PUPIL_CUE.search(match.group())
                ):
                    # "la direction R&D de X", "au sein du groupe de géomorphologie, …": a
                    # word that names nobody is no cue (the line goes on); "Ancienne élève de
                    # l'École normale supérieure X": a school's pupil
                    start = match.end()
                    continue
                if _AT_PLACE.match(rest):
                    # "My PhD advisor at the University of X was Y": the place is the owner's.
                    break
                if company := _PARTNER_COMPANY.match(rest):
                    # "Doctorat CIFRE avec la société X, Université Y": the partner company
                    # of the doctorate, no person and no place of study.
                    line = line[: match.start()] + line[match.end() + company.end() :]
                    start = match.start()
                    continue
                if (
                    match.group().lower() == "with"
                    and rest[:1] == " "
                    and rest[1:2].isupper()
                    and LEXICON.pattern("STUDIES").search(line, 0, match.start())
                ):
                    # "MPhys Physics with Astrophysics, University X": the degree's subject
                    start = match.end()
                    continue
                if _ORG_AFTER_CUE.match(rest) and (
                    line[: match.start()].rstrip().endswith(_AFFILIATED)
                    or match.group().lower().startswith("auprès")
                    and any(
                        m.start <= ORG_AFTER_CUE_CHARS and m.kind is OrgKind.INSTITUTION
                        for m in find_organisations(rest[:120])[:1]
                    )
                ):
                    # "She is also affiliated with the X Centre", "mise à disposition auprès
                    # du Bureau X": a body, nobody's supervision
                    start = match.end()
                    continue
                if (
                    match.group().lower() == "with"
                    and _ORG_AFTER_CUE.match(rest)
                    and _post_before(line[: match.start()])
                    and any(
                        m.start <= ORG_AFTER_CUE_CHARS and m.kind is not OrgKind.ACRONYM
                        for m in find_organisations(rest[:120])[:1]
                    )
                ):
                    # "he was a Postdoctoral Researcher with the University of X", "an
                    # Associate Professor with Y" (an IEEE biography): the post's employer
                    start = match.end()
                    continue
                if _JOINT_DEGREE_AFTER.match(rest):
                    # "with a double degree at X": the owner's own second degree, no one's
                    # supervision.
                    start = match.end()
                    continue
                if (
                    _JOINT_DEGREE_BEFORE.search(line, 0, match.start())
                    and _ORG_AFTER_CUE.match(rest)
                    and any(m.start <= ORG_AFTER_CUE_CHARS for m in find_organisations(rest[:120]))
                ):
                    # "thèse en cotutelle avec l'Université X": the partner university
                    # grants the degree too (a collaboration "avec X" names no place of
                    # the owner's).
                    start = match.end()
                    continue
                if pronoun := _OBJECT_PRONOUN.match(rest):
                    # "I started my PhD with him at University X": the person the sentence
                    # before named; the place after the pronoun is the owner's own
                    gap = match.end() + pronoun.end()
                    line = line[: match.start()] + " " * (gap - match.start()) + line[gap:]
                    start = gap
                    continue
                opening = line.rfind("(", 0, match.start())
                closing = line.find(")", match.end())
                if opening >= 0 and closing >= 0 and ")" not in line[opening : match.start()]:
                    # "A (co-encadrant, 40 %), dans l'équipe X": a role note on a name.
                    line = line[:opening] + line[closing + 1 :]
                    continue
                line = line[: match.start()]
                break
            consumed = len(rest) - len(rest.lstrip(" :")) + end
            tail = rest[consumed:]
            if tail[:1] == "," and (post := _POST_APPOSITION.match(tail)):
                position = LEXICON.pattern("POSITIONS").match(tail, post.end())
                if position is not None:
                    # "sous la direction de A, professeure, et …", "B, ingénieur-chercheur
                    # au CEA X": the advisor's own post and place, not the owner's
                    cut = _APPOSITION_END.search(tail, position.end())
                    tail = tail[cut.start() :] if cut else ""
            elif tail[:1] == " " and (origin := _FROM_PLACE.match(tail)):
                # "co-advised by Dr. B from Polytechnic Y, so I …": B's own place
                cut = _APPOSITION_END.search(tail, origin.end())
                tail = tail[cut.start() :] if cut else ""
            head = line[: match.start()]
            if match.group()[:3].lower() == "en " and (post := _POST_IN_CUE.match(match.group())):
                # "accueillie en post-doctorat par A à l'Université X": the post's words stay
                # before the place, which is the post's employer
                head = line[: match.start() + post.end()]
            if not tail.strip():
                # "…, 2012 — directeur : A" without its cue and names: the dash that led to
                # them is no open range ("2012 —").
                head = _DANGLING_DASH.sub("", head)
            line = head + " " + tail
    if ":" in line:
        # "Faculty sponsor: Prof. A (Department X)", "Host: B, Institute Y": a context cue
        # written as a label, then a person: the place after the name is that person's.
        for match in LEXICON.pattern("CONTEXT_CUES").finditer(line):
            rest = line[match.end() :].lstrip()
            if rest[:1] in ":：" and names_after(rest[1:].lstrip())[0]:
                opening = line.rfind("(", 0, match.start())
                closing = line.find(")", match.end())
                if opening >= 0 and closing >= 0 and ")" not in line[opening : match.start()]:
                    # "Postdoctoral fellow (host: A) | Institute X": the note alone is A's
                    line = line[:opening] + line[closing + 1 :]
                else:
                    # ("Postdoctoral fellow, host: A | Institution: X": the row's next cell
                    # is the owner's again)
                    cell = line.find(" | ", match.end())
                    line = line[: match.start()] + (line[cell:] if cell >= 0 else "")
                break
    return line


_DANGLING_DASH = re.compile(r"\s*[—–-]\s*$")
# the post's words that open a cue naming the host ("en post-doctorat par A")
_POST_IN_CUE = re.compile(r"(?i)en\s+post-?doc\w*")
# A CV's line opening on what the owner did to people, then who: "Supervised MSc students:".
_ADVISED_LEAD = re.compile(
    r"(?:Co-)?(?:Supervised|Advised|Mentored|Hosted|Directed)\s+(?:[a-z][\w'’-]*\s+){0,4}?"
    r"[a-z][\w'’-]*\s*[:,]\s*"
)
_ADVISED_INITIALS = "SAMHDC"
_ADDRESS = re.compile(rf"{EMAIL.pattern}|https?://\S+")
_CENTRE_AT = re.compile(
    r"(?i)\s+(?:research\s+)?(?:centre|center)\s+(?:at|of)\s+(?:the\s+)?"
    # ("Inria, centre de l'Université X": the body's centre named after its host)
    r"|,\s+centre\s+(?:de\s+l['’]|de\s+la\s+|du\s+|d['’])"
)
_OPENING_BODIES = re.compile(r"\([^()]*,[^()]*\)")
_POST_APPOSITION = re.compile(r",\s*(?:(?:le|la|l['’]|the|a|an|un|une)\s*)?")
_APPOSITION_END = re.compile(r"[,;)]|\s(?:et|and)\s")
_FROM_PLACE = re.compile(r"\s+(?:from|of)\s+(?:the\s+)?(?=[A-ZÀ-Þ])")


# ("KU Leuvenberg", "TU Delft", "TH Köln": a university by its abbreviation)
_UNIVERSITY = re.compile(r"(?i:universit|hochschule)|^(?:KU|TU|TH)\s|^Univ\.\s")
# (a cover's degree-granting body, in the Iberian spellings too: "Universidad de X")
_COVER_UNIVERSITY = re.compile(r"(?i:universi[td]|hochschule)|^(?:KU|TU|TH)\s")
# ("Zentrum für" / "Neutronenstreuung": a German name wrapped after its preposition)
_WRAPPED_LINE = re.compile(r"(?i)\b(?:of|for|de|di|du|des|and|et|the|la|le|für|der|und|&)\s*$")


# A line opening with a preposition goes on with the sentence above: a thesis title page's
# "... for the degree of Doctor of Philosophy" / "in the University of X".
_CONTINUED_LINE = re.compile(r"^\s*(?:in|at|of|for|from|de|du|des|à)\s+(?=\S)")


def _unwrapped(lines: list[str]) -> list[str]:
    """A line cut after "of"/"for"/"de" ("Institute for" / "Quantum Materials", a wrapped
    plain-text or PDF column) continues on the next line: one organisation name, one line."""
    joined: list[str] = []
    for line in lines:
        if joined and (_WRAPPED_LINE.search(joined[-1]) or _CONTINUED_LINE.match(line)):
            joined[-1] = f"{joined[-1]} {line.strip()}"
        else:
            joined.append(line)
    return joined


HEADER_BLOCKS = 8  # a profile's header: the name, the position, the units it belongs to
_ALIAS = re.compile(r"\s*\([^()]{1,20}\)")


# Where a header's contact lines start: an address, an obfuscated one ("x [at] y"), a link.
_CONTACT = re.compile(rf"{EMAIL.pattern}|\S+\s*[\[(]\s*at\s*[\])]\s*\S+|https?://\S+")


def _before_contact(lines: list[str]) -> list[str]:
    """The header's lines before its contact lines ("a.b [at] x.fr", "[CV] [Scholar]"); a
    unit's line a PDF ran into the address keeps its part before it."""
    kept: list[str] = []
    for line in lines:
        contact = _CONTACT.search(line)
        if contact is None:
            kept.append(line)
            continue
        head = line[: contact.start()].rstrip(" ·|,;–—-")
        if head:
            kept.append(head)
        break
    return kept


# An event's venue field: "Lieu : …", "Date et lieu : …", "Venue: …", "Location: …".
_VENUE_LABEL = re.compile(
    r"(?i)^\W*(?:date\s+et\s+lieu|date\s+and\s+(?:place|venue|location)|lieu|venue|location|"
    r"place|salle|room|where)\s*[:：]"
)
# A CV's stamp line under the name ("CV — septembre 2025", "Curriculum vitæ (mis à jour …)")
_CV_STAMP = re.compile(
    r"(?i)^\W*(?:cv|curriculum\s+vit(?:ae|æ)|r[ée]sum[ée]|mis\s+à\s+jour|updated|last\s+updated?)\b"
)


CARD_LINES = 4  # the one-line paragraphs a profile card sets under its owner's name
CHROME_LINE_CHARS = 120  # a site's footer line of links ("X - Mentions légales - Contact")
CARD_LINE_CHARS = 90


def _under_card_lines(page: Page, index: int) -> bool:
    """The block sits under the owner's name heading past a profile card's other one-line
    paragraphs ("A" / "Maître de conférences" / "IUT de X – Département Y" / "Laboratoire
    Z"), each a line of the same card."""
    blocks = page.document.blocks
    for b in reversed(blocks[max(0, index - CARD_LINES) : index]):
        if b.kind is BlockKind.HEADING:
            return _is_owner_name(page, b.text)
        if b.kind is not BlockKind.PARAGRAPH or "\n" in b.text or len(b.text) > CARD_LINE_CHARS:
            return False
    return False


def _affiliation_lines(page: Page, block: Block, lines: list[str]) -> None:
    """A profile header's lines that are each one unit's name ("Institut X (IX)" over
    "Faculté Y"): the owner is a member of the units, and each unit is part of the one on
    the line below it."""
    index = page.index(block)
    above = page.document.blocks[max(0, index - 2) : index]
    post = False
    if any(b.kind is BlockKind.HEADING and _is_owner_name(page, b.text) for b in above):
        pass
    elif _TEAM_OR_LAB.search(block.text) and _under_card_lines(page, index):
        pass  # (a lab's or team's line only: a college's line is its staff's school)
    elif len(lines) > 2 and _is_owner_name(page, lines[0]) and _role(lines[1]) is not None:
        # "Ada Quill" / "Professeure, Université X" / "Laboratoire Y": a plain CV's header
        # block, the units after the position line.
        if (
            len(lines) == 3
            and _role(lines[1]) == EMPLOYED
            and not find_organisations(lines[1], page.acronyms)
            and len(found := find_organisations(lines[2], page.acronyms)) == 1
            and found[0].kind is OrgKind.INSTITUTION
            and len(found[0].name) >= 0.8 * len(lines[2].strip(" ,."))
        ):
            # "Ada Quill" / "Senior Lecturer in Marine Biology" / "University X": a
            # people card's post, its employer on the line below
            page.add(
                page.owner.name,
                Relation.EMPLOYED_AT,
                found[0].name,
                block.text,
                "organisation.header-lines",
                0.6,
                Period(),
            )
            return
        # "Ada Quill" / "Professor" / "Department X" / "University Y": a bare post over
        # its units, held at the institution the chain ends on
        post = _role(lines[1]) == EMPLOYED and not find_organisations(lines[1], page.acronyms)
        lines = lines[2:]
    elif (
        len(lines) > 3
        and _is_owner_name(page, lines[0])
        and _CV_STAMP.match(lines[1])
        and _role(lines[2]) is not None
    ):
        # "Ada Quill" / "CV — septembre 2025" / "Professeure …" / "Laboratoire Y": the
        # document's stamp between the name and the position.
        lines = lines[3:]
    else:
        return  # only under the owner's name (a site's or a post's banner is no affiliation)
    if "@" in block.text or "at" in block.text or "http" in block.text:
        lines = _before_contact(lines)
    chain: list[OrgMention] = []
    if len(lines) == 1 and lines[0].count(",") in (1, 2):
        # "Laboratoire X (LX), Institut Y, École Z": the chain on one line, comma-separated.
        pieces = [_ALIAS.sub("", piece).strip(" .") for piece in lines[0].split(",")]
        found = [find_organisations(piece, page.acronyms) for piece in pieces]
        if all(
            len(mentions) == 1 and len(mentions[0].name) >= 0.8 * len(piece)
            for mentions, piece in zip(found, pieces, strict=True)
        ) and not any(
            # ("Faculty of X": a role word inside a unit's own name is no position)
            _role(_without_mentions(piece, mentions))
            for mentions, piece in zip(found, pieces, strict=True)
        ):
            chain = [mentions[0] for mentions in found]
            if (
                chain[0].kind is OrgKind.INSTITUTION
                and _UNIVERSITY.search(chain[0].name)
                and all(m.kind is OrgKind.UNIT for m in chain[1:])
            ):
                # "University X, Faculty of Y, Department of Z": the whole named first,
                # then its parts, each inside the one before it; the owner's is the last
                chain.reverse()
            _affiliation_chain(page, block, chain)
            return
    for line in lines:
        bare = _ALIAS.sub("", line).strip(" ,.")
        if _role(bare) is not None:
            return  # a position line: the entry rules read the block
        mentions = find_organisations(bare, page.acronyms)
        # (the span, not the name: "Équipe Graphes" is the unit "Graphes" in full)
        if not mentions or sum(m.end - m.start for m in mentions[:2]) < 0.8 * len(bare):
            if chain and chain[-1].kind is OrgKind.INSTITUTION:
                break  # "Université X" / "UFR Y, bâtiment C, bureau 214": its address
            return  # not a unit's name alone
        chain.append(mentions[0])
        if len(mentions) > 1 and len(chain) == 1 and _TEAM_OR_LAB.match(bare, mentions[1].start):
            # "Institut X (IX), équipe Y": the team of that institute, the owner's too
            page.add(
                page.owner.name,
                Relation.MEMBER_OF,
                mentions[1].name,
                block.text,
                "organisation.header-lines",
                0.6,
                Period(),
            )
    if 1 <= len(chain) <= 3:
        _affiliation_chain(page, block, chain)
        if post and len(chain) >= 2 and chain[-1].kind is OrgKind.INSTITUTION:
            page.add(
                page.owner.name,
                Relation.EMPLOYED_AT,
                chain[-1].name,
                block.text,
                "organisation.header-lines",
                0.6,
                Period(),
            )
        if (
            len(chain) >= 2
            and chain[1].kind is OrgKind.UNIT
            and LEXICON.pattern("TEAM_WORDS").match(lines[0])
            and _TEAM_OR_LAB.search(chain[1].name)
        ):
            # "Équipe X" / "Laboratoire Y" / "Université Z": a member of the team is one of
            # the lab it is part of
            page.add(
                page.owner.name,
                Relation.MEMBER_OF,
                chain[1].name,
                block.text,
                "organisation.header-lines",
                0.6,
                Period(),
            )


# The next move of a career told in one sentence: the places after it take its own years.
_EXAM_BODY = re.compile(
    r"(?i)\b(?:liste\s+d['’]aptitude|concours\s+d['’]agrégation)\b[^.;()]{0,80}?"
    r"\b(?:du|de\s+la|de\s+l['’]|des)\s*(?-i:[A-ZÀ-Þ][\w-]*)"
)
_RANK_SECTION = re.compile(
    r"(?i)\bsections?\s+\d{1,2}(?:\s*(?:,|et|/)\s*\d{1,2})*\s+(?:du|de\s+la|of\s+the)\s+"
    r"(?-i:[A-ZÀ-Þ][\w-]*)"
)
_NOW_BEFORE = re.compile(
    r",\s+(?:aujourd['’]hui|désormais|maintenant|now)\s+(?:au|aux|à|chez|at)\s+"
    r"(?:l['’]|la\s+|le\s+|the\s+)?$"
)
_HIRED_CUE = re.compile(r"(?i)recrut|nommé|élue?\b")
_NEXT_MOVE = re.compile(
    r"(?i)\b(?:before|avant\s+de)\s+(?:joining|moving\s+to|returning\s+to|rejoindre|"
    r"(?:re)?venir\s+à|partir\s+à)\b|\bavant\s+d['’]entrer\s+(?:au|à)\b"
    # "… au Karolinska Institute avant d'être recrutée à Carpentras en 2015"
    r"|\bavant\s+d['’](?:être|etre)\s+(?:recrutée?|nommée?|élue?)\b"
    # "(2010–2014) and I am now a professor at Y": the present post has none of those years.
    r"|\band\s+(?:I\s+am|(?:s?he)\s+is|they\s+are)\s+now\b"
    r"|\bet\s+(?:je\s+suis|elle\s+est|il\s+est)\s+(?:maintenant|aujourd['’]hui|désormais)\b"
    # "Ancien doctorant du X, aujourd'hui au Y": the present post, after a verbless comma
    r"|,\s+(?:aujourd['’]hui|désormais|maintenant)\s+(?=(?:au|à\s+l['’]|à|chez)\s)"
)


# An events calendar's fields of one event: who organises it, for whom.
_EVENT_FIELDS = re.compile(r"(?i)\b(?:event\s+type|audience)\s*:")
# A news item's byline: the unit that published it, no one's affiliation.
_POSTED_BY = re.compile(
    r"\s*(?:Posted|Published|Updated|Publié(?:e)?|Mis\s+à\s+jour)\b[^.;]{0,40}?\b(?:by|par)\s",
    re.IGNORECASE,
)


# "Principal Investigator: Dr. A, Department of X, Institute Y": a report's labelled byline.
_BYLINE = re.compile(r"^\s*[^:,\n]{2,40}:\s*(?P<name>[^,:\n]{4,60}),\s*(?P<orgs>[^:\n]+)$")


# "affiliation: University X, School Y, UK": a bibliography profile's field under its name
_AFFILIATION_FIELD = re.compile(r"(?i)\s*(?:current\s+)?affiliation\s*:\s*")
COUNTRY_WORDS = 2  # "UK", "United Kingdom": a chain's closing country, no organisation
NAME_SLACK = 3  # characters of a piece outside its organisation's name ("the ", a dot)


def _profile_affiliation(page: Page, block: Block, line: str) -> None:
    """A profile's item right under the owner's name that only names organisations
    ("<h1>Ada Quill</h1><ul><li>University X, School Y, UK</li>", a bibliography site's
    author card): the owner works at the university the chain ends on (or starts with)."""
    if fold(block.section[-1]) != fold(page.owner.name):
        return  # "A (1939–2024)": a memorial's headline, its author's line under it
    text = _AFFILIATION_FIELD.sub("", line, count=1) if ":" in line else line
    if ":" in text or _role(text) is not None:
        return  # "PhD 2019: University X" (a degree's field), "Professor, University X"
    pieces = [_ALIAS.sub("", piece).strip(" .") for piece in text.split(",")]
    found = [find_organisations(piece, page.acronyms) for piece in pieces]
    while len(pieces) > 1 and not found[-1] and len(pieces[-1].split()) <= COUNTRY_WORDS:
        pieces, found = pieces[:-1], found[:-1]  # "…, UK"
    # (each piece one organisation's whole name: "Centre X - Member" states a role)
    if not 1 <= len(pieces) <= 3 or not all(
        len(mentions) == 1 and len(mentions[0].name) >= len(piece) - NAME_SLACK
        for mentions, piece in zip(found, pieces, strict=True)
    ):
        return
    chain = [mentions[0] for mentions in found]
    if chain[0].kind is OrgKind.INSTITUTION and len(chain) > 1:
        chain.reverse()  # "University X, School Y": the parent first
    if (
        chain[-1].kind is not OrgKind.INSTITUTION
        or any(m.kind is OrgKind.INSTITUTION for m in chain[:-1])
        # (a bare "Centre for X" under the name may be a unit one belongs to: a university
        # employs, unless the field says "affiliation")
        or (text is line and not _SCHOOL.search(chain[-1].name))
    ):
        return
    page.add(
        page.owner.name,
        Relation.EMPLOYED_AT,
        chain[-1].name,
        block.text,
        "organisation.profile-affiliation",
        0.6,
        Period(),
    )
    if len(chain) > 1:
        _affiliation_chain(page, block, chain)


def _labelled_byline(page: Page, block: Block, lines: list[str]) -> None:
    """A header's labelled field naming the owner, then only the owner's organisations:
    the owner's post there (a report's or a record's byline)."""
    for line in lines:
        byline = _BYLINE.match(line)
        if byline is None or not _is_owner_name(page, byline.group("name")):
            continue
        orgs = byline.group("orgs").strip(" .")
        mentions = find_organisations(orgs, page.acronyms)
        named = sum(len(m.name) for m in mentions)
        if (
            _role(orgs) is not None
            or not any(m.kind is OrgKind.INSTITUTION for m in mentions)
            or named < 0.8 * len(orgs.replace(",", ""))
        ):
            continue
        _emit(
            page,
            page.owner.name,
            mentions,
            orgs,
            line,
            EMPLOYED,
            False,
            Period(),
            0.6,
            "organisation.byline",
        )


def _is_owner_name(page: Page, text: str) -> bool:
    name = name_from_piece(text)
    return name is not None and compatible(name, page.owner.name)


def _affiliation_chain(page: Page, block: Block, chain: list[OrgMention]) -> None:
    index = page.index(block)
    above = page.document.blocks[max(0, index - 2) : index]
    if (
        len(chain) >= 2
        and chain[-1].kind is OrgKind.INSTITUTION
        and any(b.kind is not BlockKind.HEADING and _role(b.text) == EMPLOYED for b in above)
    ):
        # "Dr A" / "Senior Lecturer in X" / "School of Y, University Z": a profile's
        # header, its post's line right above the unit's chain (the employer its end)
        page.add(
            page.owner.name,
            Relation.EMPLOYED_AT,
            chain[-1].name,
            block.text,
            "organisation.header-lines",
            0.6,
            Period(),
        )
    for index, mention in enumerate(chain):
        unit = mention.kind is OrgKind.UNIT or mention.name.lower().startswith("institut")
        if index == 0 and unit:
            page.add(
                page.owner.name,
                Relation.MEMBER_OF,
                mention.name,
                block.text,
                "organisation.header-lines",
                0.6,
                Period(),
            )
        if index + 1 < len(chain) and unit:
            page.add(
                mention.name,
                Relation.PART_OF,
                chain[index + 1].name,
                block.text,
                "organisation.header-lines",
                0.6,
            )


COVER_BLOCKS = 10  # a thesis's cover: the university, the title, the candidate, the date
COVER_LINE = 60  # characters: a cover's title line, not a sentence
COVER_NEAR = 3  # blocks between that line and the university's
# A cover's line that is only the kind of work, in the languages of a thesis's title page:
# "Dissertation" / "zur Erlangung des Doktorgrades …", "TESIS DOCTORAL", "Proefschrift".
_COVER_WORD_LINE = re.compile(
    r"(?im)^[ \t]*(?:dissertation|doktorarbeit|proefschrift|tesis\s+doctoral|"
    r"tesi\s+di\s+dottorato|tese\s+de\s+doutora(?:mento|do)|doktorsavhandling|"
    # ("Dottorato di Ricerca in Ingegneria dei Materiali": a frontespizio's programme line)
    r"dottorato\s+di\s+ricerca(?:\s+in\s[^\n]{3,60})?|"
    r"(?:ph\.?\s?d\.?-)?(?:avhandling|afhandling))[ \t]*$"
)
COVER_TAIL_BLOCKS = 6  # below those, down to the cover's date (under a committee's list)
# A defence talk's title slide ("PhD Thesis Defence", "Soutenance de thèse"): the candidate,
# then their institute, however many lines (advisors, department) stand between.
_DEFENCE_SLIDE = re.compile(
    r"(?i)^\s*(?:ph\.?\s?d\.?\s+|doctoral\s+)?(?:thesis|dissertation)\s+defen[cs]e\s*$"
    r"|^\s*soutenance\s+de\s+th[eè]se(?:\s+de\s+doctorat)?\s*$"
)
_COVER = re.compile(
    r"(?i)\bth[eè]se\s+de\s+doctorat\b|\bdoctoral\s+(?:thesis|dissertation)\b|"
    r"\bph\.?\s?d\.?\s+(?:thesis|dissertation)\b|\b(?:thesis|dissertation)\s+submitted\b|"
    r"^\s*a\s+(?:dissertation|thesis)\s*$|"  # a US title page: "A Dissertation" / "Presented …"
    # a doctoral school's name alone on a cover's letterhead line ("Arenberg Doctoral School")
    r"^[^\n,.;:]{0,40}\bdoctoral\s+school\s*$|"
    # an official defence notice under the university's letterhead
    r"^\s*avis\s+de\s+soutenance\b|^\s*notice\s+of\s+(?:public\s+)?(?:thesis\s+)?defen[cs]e\b"
)
_NOTICE_DATE = re.compile(r"(?i)\b(?:soutiendra|will\s+defend)\b[^.]{0,400}?\b((?:19|20)\d\d)\b")
_NOTICE = re.compile(
    r"(?i)^\s*(?:avis\s+de\s+soutenance|notice\s+of\s+(?:public\s+)?(?:thesis\s+)?defen)"
)
_COVER_DATE = re.compile(
    # ("te verdedigen op woensdag 9 april 2025", "Esame finale: 28 marzo 2024")
    r"(?i)\b(?:(?:soutenue?|défendue?|defended|submitted|présentée?|esame\s+finale)\b[^\n]{0,80}?"
    # (the day set apart on the line under "in het openbaar te verdedigen op")
    r"|te\s+verdedigen\s+op\s[^\n]{0,60}?)\b((?:19|20)\d\d)\b"
)


def _date_line_year(blocks: list[Block]) -> int | None:
    """The year of a line that is only a date ("May 2022") among *blocks*."""
    for block in blocks:
        for line in block.lines:
            period = parse_period(line) if LONE_DATE.match(line) else None
            if period is not None and period.single:
                return period.start
    return None


_SCHOOL_OF = re.compile(
    r"^(?:(?:Graduate\s+)?School|Faculty|Graduate\s+Division|École\s+doctorale|Faculté)\b.*?"
    r"\s(?:of|de|du|de\s+la|de\s+l['’]|d['’])\s*(?:the\s+)?(?=.*(?i:universit))"
)
_SMALL = frozenset(
    "de du des la le les et of the and for à au aux en di degli della del dei delle".split()
)
_PLACE_JOINS = frozenset("sur sous lès lez".split())


def _in_small_capitals(text: str) -> str:
    """ "L'UNIVERSITÉ DE PORZ-GWENN" → "L'Université de Porz-Gwenn": a cover's capitals read
    as a name (the organisation rules read capitalised words, not upper-case ones)."""

    def word(w: str) -> str:
        if w.lower() in _SMALL:
            return w.lower()
        parts = [part[:1] + part[1:].lower() for part in w.split("-")]
        # "CLAIRVAUX-SUR-AUBE": a place's joining words stay small ("Clairvaux-sur-Aube")
        return "-".join(
            [parts[0], *(p.lower() if p.lower() in _SMALL | _PLACE_JOINS else p for p in parts[1:])]
        )

    return " ".join(word(w) for w in text.split(" "))


# A French thesis's national number beside the university on the cover's top line
# ("UNIVERSITÉ X   NNT : 2024XXXX0093"): no part of its name.
_NATIONAL_NUMBER = re.compile(r"\s*\bNNT\s*:\s*\S*")


def _thesis_cover(page: Page, block: Block) -> None:
    """A thesis's cover names the degree's university above the candidate ("THÈSE DE
    DOCTORAT DE L'UNIVERSITÉ DE X", "UNIVERSITÉ DE X · École doctorale …"): the owner
    studied there, until the defence the cover dates."""
    meta = page.document.meta
    if meta.get("thesis_cover_read"):
        return
    first = page.document.blocks[:COVER_BLOCKS]
    # The cover's own title line ("THÈSE DE DOCTORAT", "Doctoral thesis"), next to this one:
    # a sentence about a thesis ("defended her PhD thesis") is a news post, not a cover.
    # (Where the page's title lines are is worked out once, not for each of its first blocks.)
    titles = meta.get("cover_title_lines")
    if titles is None:
        titles = meta["cover_title_lines"] = [
            i
            for i, b in enumerate(first)
            if len(b.text) <= COVER_LINE
            and _COVER.search(b.text)
            or _COVER_WORD_LINE.search(b.text)
        ]
    here = page.index(block)
    slides = meta.get("cover_defence_lines")
    if slides is None:
        slides = meta["cover_defence_lines"] = [
            i for i, b in enumerate(first) if _DEFENCE_SLIDE.search(b.text)
        ]
    # (a label's line below is the next slide's: "Chair: Prof. A, University X")
    slide = ":" not in block.text and any(i < here for i in slides)
    # ("University X" atop a British cover, "A thesis submitted for the degree of …" under
    # the title and the candidate: the cover's letterhead, however long the title)
    letterhead = here == 0 and any(_DEGREE_SOUGHT.search(first[i].text) for i in titles)
    if (
        not slide
        and not letterhead
        and not any(abs(i - here) <= COVER_NEAR for i in titles + slides)
    ):
        return
    if LEXICON.pattern("FIRST_PERSON_SUBJECT").match(block.text):
        return  # "I am a Lecturer at the University of X" above a "PhD thesis" heading: a post
    family = fold(page.owner.name.split()[-1])
    named = False  # the candidate's name above, no degree's line between it and this one
    for other in first:
        if other is block:
            break
        if family in fold(other.text) and not (
            other is first[0] and other.kind is BlockKind.HEADING and other.text == page.owner.name
        ):
            # (a source's title line set from its metadata, "# A", is no line of the cover)
            named = True
        elif named and _DEGREE_SOUGHT.search(other.text):
            # "A" / "A thesis submitted for the degree of Doctor of Philosophy" / "University
            # X" (a British cover): the degree's university under the candidate
            named = False
    if named and not slide:
        return  # the university is named above the candidate on a cover
    text = _NATIONAL_NUMBER.sub("", block.text) if "NNT" in block.text else block.text
    lines = [text]
    if text.isupper():
        lines = [_in_small_capitals(text)]
    elif "\n" in text and text.split("\n", 1)[0].isupper():
        # "UNIVERSITÀ DI X" over "Dipartimento di Y": the capitals' line read on its own
        # (nor does its name run on into "École doctorale …" under it)
        lines = [_in_small_capitals(line) if line.isupper() else line for line in text.split("\n")]
    mentions = [
        m
        for line in lines
        for m in find_organisations(line, page.acronyms)
        if _COVER_UNIVERSITY.search(m.name)
    ]
    if not mentions:
        return
    meta["thesis_cover_read"] = block  # (the cover's line: no post read there)
    name = _SCHOOL_OF.sub("", mentions[0].name)
    if block.text.isupper():
        # the spelling the page writes elsewhere ("Université de X" in a jury line), if any
        spelled = re.finditer(re.escape(name), page.document.text, re.I)
        name = next((m.group() for m in spelled if not m.group().isupper()), None) or (
            name[:1].upper() + name[1:]
        )
    cover = page.document.blocks[: COVER_BLOCKS + COVER_TAIL_BLOCKS]
    date = _COVER_DATE.search("\n".join(b.text for b in cover))
    # Else the cover's own date line ("May 2022" under the candidate's name).
    year = int(date.group(1)) if date else _date_line_year(cover)
    if year is None and any(_NOTICE.match(first[i].text) for i in titles):
        # a notice: "soutiendra publiquement sa thèse … le mardi 10 septembre 2024"
        date = _NOTICE_DATE.search(page.document.text[:8000])
        year = int(date.group(1)) if date else None
    period = Period(None, year) if year else Period()
    page.add(
        page.owner.name,
        Relation.STUDIED_AT,
        name,  # "the Graduate School of X University": the university grants the degree
        block.text,
        "organisation.thesis-cover",
        0.7,
        period,
    )


# "Presented to the Faculty of the Graduate School of X in Partial Fulfillment of the
# Requirements for the Degree of …" (a US title page, wherever the copyright page puts it)
_PRESENTED_TO = re.compile(
    r"(?i)\b(?:presented|submitted)\s+to\s+the\s+(?:graduate\s+)?faculty\s+of\b"
)
PRESENTED_DATE_BLOCKS = 10  # down to the title page's date line under the degree's words


def _presented_to_faculty(page: Page, block: Block) -> bool:
    """A thesis's title page names the faculty it is presented to: the owner studied at its
    university, until the page's date (no post at "the Faculty")."""
    if not _PRESENTED_TO.search(block.text):
        return False
    here = page.index(block)
    text = block.text
    blocks = page.document.blocks
    if text.rstrip().endswith(" of") and here + 1 < len(blocks) and blocks[here] is block:
        # "… Submitted to the Graduate Faculty of" / "X University": the university the
        # title page sets on its own line below
        text = f"{text} {blocks[here + 1].text}"
    mentions = [
        m for m in find_organisations(text, page.acronyms) if _COVER_UNIVERSITY.search(m.name)
    ]
    if mentions:
        year = _date_line_year(page.document.blocks[here : here + PRESENTED_DATE_BLOCKS])
        page.add(
            page.owner.name,
            Relation.STUDIED_AT,
            _SCHOOL_OF.sub("", mentions[-1].name),
            block.text,
            "organisation.thesis-cover",
            0.7,
            Period(None, year) if year else Period(),
        )
    return True


_DEGREE_SOUGHT = re.compile(
    r"(?i)\b(?:thesis|dissertation)\s+(?:submitted|presented)\s+(?:for|in\s+partial)\b"
)
_STAY_HINTS = ("osted", "ccueilli", "acollir", "stay", "séjour", "visit", "estada")
_HOSTED_BY = re.compile(r"(?i)\bhosted\s+by\b|\baccueillie?\s+par\b|\bva\s+acollir\b")
_NAME_TITLE = re.compile(r"\b(?:Dr|Dra|Prof|Pr)\.?\s+(?=[A-ZÀ-Þ])")
LETTERHEAD_BLOCKS = 3
# A faculty form's field of the holder's current post ("PRESENT RANK: Associate Professor").
_PRESENT_POST = re.compile(
    r"(?i)\b(?:present|current)\s+(?:rank|position|appointment)\s*[:：]|"
    r"\b(?:grade|fonction|poste)\s+actuel(?:le)?\s*[:：]"
)


def _form_letterhead(page: Page, block: Block) -> None:
    """A university's own faculty CV form ("THE UNIVERSITY OF X" / "Faculty Curriculum
    Vitae" over "SURNAME: …", "PRESENT RANK: …"): the university that issues the form
    employs the holder of the rank it asks for."""
    head = "\n".join(b.text for b in page.document.blocks[:12])
    if not _PRESENT_POST.search(head):
        return
    text = _in_small_capitals(block.text) if block.text.isupper() else block.text
    mentions = find_organisations(text, page.acronyms)
    if (
        len(mentions) != 1
        or not _UNIVERSITY.search(mentions[0].name)
        or len(mentions[0].name) < 0.8 * len(text.strip())
    ):
        return
    page.add(
        page.owner.name,
        Relation.EMPLOYED_AT,
        mentions[0].name,
        block.text,
        "organisation.form-letterhead",
        0.6,
    )


_THANKS = re.compile(
    r"(?i)\b(?:I|we)\s+(?:would\s+(?:also\s+)?like\s+to\s+)?(?:also\s+)?thank\b|"
    r"\b(?:am|are|is)\s+(?:\w+\s+)?grateful\s+to\b|\bthanks\s+(?:also\s+)?(?:go\s+)?to\b|"
    # a thesis's thanks in its own language: "danke ich für die Aufnahme in X", "ringrazio",
    # "agradeço", "bedank", "takk til": whoever hosted or funded, no post of the owner's
    r"\b(?:danke|danken|bedanke|bedank(?:en|t)?|dank\s+(?:ik|ook|aan|gaat)|ringrazi\w*|"
    r"grazie\s+a\w*|agradezco|agradecer|agrade[çc]o|obrigad[oa]|takk|tack)\b|"
    r"\bDank\s+(?:gilt|geht)\b|"
    # « Je remercie les archivistes des Archives X », « nous tenons à remercier le personnel
    # de Y »: the staff of a place that helped (an advisor thanked may name the school)
    r"\b(?:je|nous)\s+(?:\w+\s+){0,3}?remerci\w*\s+(?:\w+\s+){0,2}?(?:les|le|la|l['’])\s*"
    r"(?:archivistes?|personnel|bibliothécaires?|conservat(?:eur|rice)s?|documentalistes?|"
    r"équipes?|services?)\b"
)
# (a cheap test before the one above, on each sentence naming an organisation)
_THANKS_HINT = re.compile(r"(?i)hank|rateful|dank|grazi|agrade|obrigad|takk|tack|emerci")


def _names_no_organisation(page: Page, block: Block) -> bool:
    """No sentence of *block* can name an organisation for the rule below (nor an
    employment entry its company), its heading aside: prose skips the per-sentence work."""
    return (
        len(block.text) > 200  # (a short entry names one, mostly: not worth the test)
        and page.kind(block) is not SectionKind.EMPLOYMENT
        # (a role note cut out of a line joins the words around it)
        and not ("(" in block.text and ")" in block.text)
        and not may_mention_organisation(block.text, page.acronyms)
        and not _heading_institutions(page, block)
        and not _may_name_company(block.text)
    )


def _may_name_company(text: str) -> bool:
    """Whether prose may name a company without a head word, that the rule reads from its
    cue alone ("He joined Pyrevane as a senior scientist", "now a data scientist at
    Corvell", "moved to Stonebridge Photonics, where"): no organisation word flags those."""
    return bool(
        ("oin" in text or "ounder" in text)
        and _JOINED_COMPANY.search(text)
        or (" at " in text or " chez " in text)
        and _AT_RUN.search(text)
        or _career_move().search(text)
    )


# "A is Professor …", « A est professeure … », "A (PhD 2019) has been promoted to …"
_IS_VERB = re.compile(r"(?:\s*\([^()]{1,80}\))?\s+(?:is|was|has\s+been|est|était|a\s+été)\s")
_OPENING_TITLE = re.compile(r"(?:Dr|Prof|Professor|Pr)\.?\s+")


def _untitled(text: str) -> str:
    """The text without the title opening it ("Dr. A is …" → "A is …")."""
    title = _OPENING_TITLE.match(text) if text[:1] in "DP" else None
    return text[title.end() :] if title else text


_DASH_CLAUSE = re.compile(r"\s[—–]\s(?!\d)")  # (not a range's dash: "2019 – 2020")


# A site's colophon left under the last heading: who hosts the page is no affiliation.
_SITE_HOSTED = re.compile(
    r"(?i)\b(?:page|pages|site|website|web\s+site|site\s+web)\s+(?:\w+\s+){0,2}?"
    r"(?:hébergée?s?|hosted)\s+(?:par|by|on|at|chez)\b"
)


def _without_others_places(page: Page, lines: list[str]) -> list[str]:
    """The lines of a title page's labelled rows, less those that continue another person's
    row: "Zweitgutachter: Prof. Dr. B" / "Universität Y" — Y is B's place, not the owner's."""
    kept, theirs = [], False
    for line in lines:
        label = _JURY_ROLE_LABEL.match(line) if ":" in line[:48] else None
        if label:
            who = name_at_start(line[label.end() :])
            theirs = who is not None and not compatible(who, page.owner.name)
        elif theirs:
            continue
        kept.append(line)
    return kept


def _jury_labelled(text: str) -> bool:
    """A thesis record's field naming its committee ("Promotiecommissie: A (voorzitter)",
    "Rapporteurs : B, Univ. Y"): every place on it is a member's."""
    colon = text.find(":", 0, 32)
    if colon < 2:
        return False
    label = text[:colon].strip()
    return bool(
        LEXICON.pattern("JURY_CUES").fullmatch(label)
        or any(
            LEXICON.jury_role_patterns[r].fullmatch(label)
            for r in ("jury_reviewer", "jury_examiner", "jury_president")
        )
    )


_THIRD_PRONOUN = re.compile(
    r"^\s*(?:(?:He|She|They|Il|Elle)|(?:In|En)\s+\w+(?:\s+\d{4})?,?\s+(?i:he|she|they|il|elle))\b"
)
_FIRST_PERSON_WORD = re.compile(r"(?:^|\s)(?:I|my|My|je|Je|j['’]|J['’])\b")
# (a sentence's leading name, its title before it: "Dr. A", "Prof B", "A")
_TITLED_NAME = r"(?:(?:Dr|Prof)\.?\s+)?([A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3})"
_LISTED_LEAD = re.compile(rf"^\W*{_TITLED_NAME}\s+\((?:19|20)\d\d\)")
_WHO_LEAD = re.compile(rf"^\W*{_TITLED_NAME},\s+who\s")
# "Her doctoral student A later joined X", « Sa doctorante B a rejoint Y »: the student's
# own path, told in the paragraph about the advisor
_POSSESSED_STUDENT = (
    r"(?:(?:His|Her|Their)\s+(?:own\s+|former\s+)?(?:doctoral|PhD|Ph\.D\.|graduate)\s+"
    r"student|(?:Son|Sa)\s+(?:ancienne?\s+)?(?:doctorante?|étudiante?))\s+"
)
_STUDENT_LEAD = re.compile(rf"^\W*{_POSSESSED_STUDENT}{_TITLED_NAME}\s+[a-z]")
# "The Dean of the Faculty of X, Professor A, will open the ceremony": the post is A's;
# "Dr. B, U.S. Hydrology Laboratory" (a committee's member, one a line): the place is B's.
_TITLED_HOLDER = re.compile(
    r"^\W*(?:(?:The|Le|La|L['’])\s*[^,;()]{3,90},\s+)?(?:Professor|Prof\.|Dr\.?|Pr\.?|"
    r"[Pp]rofesseure?)\s+([A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3})\s*,"
)
# "Sun-hee, now a professor at X": a person the page named in full, by given name.
_GIVEN_LEAD = re.compile(
    r"^([A-ZÀ-Þ][a-zà-ÿ]+(?:-[a-zà-ÿ]+)?)(?:,\s+(?:now|then|later|currently|who)\s"
    # ("Sun-hee is now a postdoc at X", "Sun-hee a rejoint X")
    r"|\s+(?:(?:is|est)\s+(?:now|currently|désormais|maintenant)|(?:now\s+)?joins|"
    r"has\s+(?:since\s+)?joined|a\s+rejoint|rejoint)\b)"
)
_OTHER_LEAD = re.compile(
    # ("In my own group, A (PhD 2021) is now at X": the group's former student)
    r"^\W*(?:(?:In|Among|From)\s+my\s+(?:own\s+)?(?:group|lab|laboratory|team)\s*,\s*)?"
    rf"{_TITLED_NAME}"
    # ("A (since 2021) studies … at X": the name's bracket before the verb)
    r"\s+(?:\([^()]{1,60}\)\s+)?[a-z]"
)
# "…, and Dr. B, who came to us from University X in 2023": a relative clause about another
# person the sentence names (their past, not the owner's).
_OTHERS_RELATIVE = re.compile(
    # ("A (1977), who became the first director of X": a student's year before the clause)
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3})(?:\s*\([^()]{1,30}\))?,\s+"
    r"who\s+[^;.]*"
)


def _others_clause_blanked(match: re.Match[str], owner: str) -> str:
    """The relative clause blanked (offsets kept) when it names a place of its own and is
    about someone else ("B, who was herself a student of C" is left as it is)."""
    name = match.group("name")
    if compatible(name, owner) or not find_organisations(match.group()[len(name) :]):
        return match.group()
    return name + " " * (len(match.group()) - len(name))


_OTHERS_PI = re.compile(r"\(\s*(?:Co-?)?P\.?I\.?\s*:[^()]*(?:\)|$)")


PROSE_CHARS = 60  # a paragraph this long may be prose of several sentences


_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATELINE = re.compile(
    r"^\W*[A-Z][A-Z.'’ -]{1,40}(?:,\s+[A-Z][\w.'’ -]{1,30})?\s*[—–-]{1,2}\s*"
    rf"(?:{_MONTH}\s+\d{{1,2}},?\s+|\d{{1,2}}\s+{_MONTH}\s+)(?:19|20)\d\d\W*$"
)
# "“…,” said B, Dean of the Faculty of X" (after a SPEAKER_VERBS word): the speaker and
# the office after the name.
_SAID_BY = re.compile(
    r"\s+(?P<name>(?:(?:Professor|Prof\.|Dr\.?)\s+)?[A-ZÀ-Þ][\w'’-]+"
    r"(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3}),\s+[^.;«»“”]*"
)
# ", a sedimentologist at X", ", glaciologue à l'Institut Y": a speaker's trade, then where
_TRADE_AT = re.compile(
    r",\s+(?:an?\s+|une?\s+)?[a-zà-ÿ][\w'’-]*(?:\s+[a-zà-ÿ][\w'’-]*){0,2}\s+"
    r"(?:at|with|à|au|chez)\s+(?:the\s+)?"
)


def _speaker(text: str, owner: str) -> re.Match[str] | None:
    """The quoted speaker after a reporting verb ("…,” says Dr B, a geologist at X"), when
    someone else than *owner*."""
    for verb in LEXICON.pattern("SPEAKER_VERBS").finditer(text):
        quoted = _SAID_BY.match(text, verb.end())
        if quoted is None:
            continue
        speaker = name_from_piece(quoted["name"])
        return quoted if speaker is not None and not compatible(speaker, owner) else None
    return None


def _headed_post_line(page: Page, block: Block) -> None:
    """ "Dr. A" › "Professor, Department of X, University Y" (a fellow's, a laureate's card
    on a page of several people): the line right under a name heading, one post and where
    it is held, is that person's employment."""
    index = page.index(block)
    if (
        len(block.lines) != 1
        or len(block.section) < 2
        or index == 0
        or page.document.blocks[index - 1].text != block.section[-1]
        or not is_card_name(block.section[-1])
        or (person := name_at_start(block.section[-1])) is None
    ):
        return
    # (a centre named right under the heading, "Senior Scientist, X Centre", is the card's
    # employer too: the line is the person's post)
    _card_place(page, person, block.lines[0], block.lines[0], any_institution=True)


def _quoted_speakers(page: Page, block: Block) -> None:
    """Each quoted speaker's post in a story that has no owner ("« … », explique A,
    glaciologue à l'Institut X")."""
    if ", " not in block.text or LEXICON.pattern("SPEAKER_VERBS").search(block.text) is None:
        return
    for _, sentence in sentences(block.text):
        if ", " in sentence and (quoted := _speaker(sentence, "")) is not None:
            _speaker_post(page, quoted, sentence)


def _speaker_post(page: Page, quoted: re.Match[str], sentence: str) -> None:
    """The speaker's own post, stated after the name: employed there (a unit: a member)."""
    speaker = name_from_piece(quoted["name"])
    clause = quoted.string[quoted.end("name") : quoted.end()]
    trade = _TRADE_AT.match(clause)
    mentions = find_organisations(clause, page.acronyms)
    if speaker is None or not mentions:
        return
    role = _role(_without_mentions(clause, mentions)) or (
        EMPLOYED if trade and mentions[0].start <= trade.end() + 3 else None
    )
    if role is None or mentions[0].kind is OrgKind.ACRONYM:
        return
    relation = (
        Relation.STUDIED_AT
        if role == STUDIED
        else Relation.MEMBER_OF
        if mentions[0].kind is OrgKind.UNIT
        else Relation.EMPLOYED_AT
    )
    page.add(speaker, relation, mentions[0].name, sentence.strip(), "organisation.speaker", 0.6)


# ("Her doctoral student A later joined X", « Sa doctorante B a ensuite rejoint Y »: the
# student named after the possessive)
_OTHERS_MOVE_LEAD = re.compile(rf"^\W*(?:{_POSSESSED_STUDENT})?{_TITLED_NAME}\s+")


def _named_career_move(page: Page, sentence: str) -> None:
    """A named person's next post on a page without owner ("A later worked at X", "B went
    on to a career at Y": a history page's former member)."""
    lead = _OTHERS_MOVE_LEAD.match(sentence)
    move = lead and LEXICON.pattern("OTHERS_LATER_POSTS").match(sentence, lead.end())
    person = name_from_piece(lead.group(1)) if move else None
    if person is None:
        return
    told = sentence[move.start() :]
    if _role(told) == STUDIED:
        return  # ("B is now a PhD student at X": studies, not a post)
    mentions = find_organisations(told, page.acronyms)
    mentions = _page_short_forms(page, told, mentions)  # "B returned to Tallowbrook as …"
    if not mentions and _SITE_CUE.search(told):
        _site_university_post(page, person, sentence)  # "C returned to the department as …"
    if mentions and mentions[0].kind is not OrgKind.ACRONYM:
        relation = Relation.MEMBER_OF if mentions[0].kind is OrgKind.UNIT else Relation.EMPLOYED_AT
        page.add(
            person,
            relation,
            mentions[0].name,
            sentence.strip(),
            "organisation.move",
            0.6,
            parse_period(told).as_start(),
        )


def _others_pronoun(page: Page, first_person: bool, said: str, sentence: str) -> bool:
    """Whether a sentence of prose speaks of someone else than the owner: opening on
    "he"/"she" in a paragraph the owner writes in the first person, or after a sentence
    about another person ("Dr. A joined the group … She did her PhD at X"); opening on
    another person's name in the owner's own paragraph, or on a listed student's."""
    if not sentence[:1].isupper():
        return False
    if sentence[:1] in "TLDP" and (holder := _TITLED_HOLDER.match(sentence)):
        other = name_from_piece(holder.group(1))
        if other is not None and not compatible(other, page.owner.name):
            return True
    if (
        sentence[1:2].islower()
        and (given := _GIVEN_LEAD.match(sentence)) is not None
        and fold(given.group(1)) not in fold(page.owner.name)
        and re.search(rf"\b{re.escape(given.group(1))}\s+[A-ZÀ-Þ]", page.document.text)
    ):
        return True  # "Sun-hee, now a professor at X, …": a student the page named in full
    if not _THIRD_PRONOUN.match(sentence):
        # "Ruth A joined in 2021 as my first student; she is co-advised by B at X": a
        # sentence about another person the owner's own paragraph names first
        lead = (
            _OTHER_LEAD.match(sentence)
            if first_person
            # ("Dr. A (2014), co-supervised with B of the School of X": a listed student;
            # "A, who completed her PhD in the lab, is now at X": a student's own path)
            else _LISTED_LEAD.match(sentence)
            or _WHO_LEAD.match(sentence)
            or _STUDENT_LEAD.match(sentence)
        )
        other = name_from_piece(lead.group(1)) if lead else None
        return (
            other is not None
            and not compatible(other, page.owner.name)
            and not find_organisations(lead.group(1))
        )
    if first_person:
        return True
    lead = _OTHER_LEAD.match(said) if said else None
    other = name_from_piece(lead.group(1)) if lead else None
    return other is not None and not compatible(other, page.owner.name)


def _card_line(page: Page, block: Block) -> Block | None:
    """A profile card's title under the owner's name: a position heading, then a heading
    naming only where ("Postdoctoral Researcher" / "Graduate Program in X, University Y"),
    read as the one line "position, where" (the card is all the page says of the post)."""
    text = block.text
    if "\n" in text or len(text) > 80 or not LEXICON.pattern("POSITIONS").match(text):
        return None
    below = page.next_block(block)
    if (
        below is None
        or below.kind is not BlockKind.HEADING
        or below.section != block.section
        or "\n" in below.text
        or not compatible(block.section[-1], page.owner.name)
        or LEXICON.pattern("POSITIONS").search(below.text)
        or any(
            not _GRADUATE_PROGRAM.match(below.text, m.start())
            for m in LEXICON.pattern("STUDIES").finditer(below.text)
        )
        or not any(m.kind is not OrgKind.ACRONYM for m in find_organisations(below.text))
    ):
        return None
    return Block(BlockKind.ITEM, f"{text}, {below.text}", block.level, block.section)


# "Après une thèse à X (dir. A), j'ai rejoint Y comme post-doctorante": the opening clause
# tells the earlier studies, the main clause its own post (each read with its own role).
_AFTER_CLAUSE = re.compile(
    r"(?:Après|After)\s+(?:une?|mon|ma|my|a|his|her|sa|son)\s+(?:thèse|doctorat|PhD|Ph\.D\.|"
    r"master|DEA|M2)\b[^;]{5,300}?,\s+(?=(?:j['’]|je\s|il\s|elle\s|I\s|she\s|he\s))"
)


def _opening_clauses(said: list[tuple[int, str]]) -> Iterator[str]:
    """Each sentence, an opening "Après …," clause apart from the main clause, and two
    dated steps joined by "and" apart."""
    for _, sentence in said:
        clause = _AFTER_CLAUSE.match(sentence) if sentence[:1] == "A" else None
        if (
            clause is None
            and (" in " in sentence or " en " in sentence)
            and (" and " in sentence or " et " in sentence)
        ):
            clause = DATED_STEPS.search(sentence)
        if clause is None:
            yield sentence
        else:
            yield sentence[: clause.end()]
            yield sentence[clause.end() :]


def affiliations(page: Page, block: Block) -> None:
    if page.owner is None or page.offer:
        if page.owner is None and not page.offer and block.kind is BlockKind.PARAGRAPH:
            _quoted_speakers(page, block)  # a magazine's story, its writer no page owner
            _headed_post_line(page, block)
            for _, sentence in sentences(block.text):
                _named_career_move(page, sentence)  # a history page's "A later worked at X"
        return
    if page.index(block) < COVER_BLOCKS:
        _thesis_cover(page, block)
        if page.document.meta.get("thesis_cover_read") is block:
            return  # "Presented to the Faculty of the Graduate School of X": the degree's
    if "to the" in block.text and _presented_to_faculty(page, block):
        return  # "Presented to the Faculty of the Graduate School of X": no post there
    if block.kind is BlockKind.HEADING:
        if page.owner.how == "identity-form" and page.index(block) < LETTERHEAD_BLOCKS:
            _form_letterhead(page, block)
        elif (
            block.section and page.index(block) < COVER_BLOCKS and (card := _card_line(page, block))
        ):
            affiliations(page, card)
        return
    kind = page.kind(block)
    if kind is SectionKind.STUDENTS and card_bio_paragraph(page, block):
        kind = SectionKind.ABOUT  # "Team" › "A" › A's pop-up bio: A's own path
    if (
        block.kind is BlockKind.PARAGRAPH
        and len(block.section) >= 2
        and is_card_name(block.section[-1])
        and not compatible(block.section[-1], page.owner.name)
        and LEXICON.pattern("PEOPLE").search(block.section[-2])
    ):
        return  # "Current members" › "A" › "Previously PhD, University X": A's card
    if (
        block.kind is BlockKind.PARAGRAPH
        and block.section
        and (box := LEXICON.pattern("AUTHOR_BOX_HEADINGS").match(block.section[-1].strip()))
        and (writer := name_at_start(block.section[-1].strip()[box.end() :].strip(" :")))
        and not compatible(writer, page.owner.name)
    ):
        return  # "Publié par A" › "Directrice de recherche au X": the post's writer's bio
    if kind in QUIET or kind in (
        SectionKind.STUDENTS,
        SectionKind.JURY,
        SectionKind.INTERNSHIP,
        SectionKind.SERVICE,
    ):
        # Except the owner's own sentence opening such a page ("I am a professor at X").
        opening = _untitled(block.text.lstrip())  # "Dr. A is an Associate Professor at X …"
        if not (
            kind in (SectionKind.STUDENTS, SectionKind.SERVICE)
            and block.kind is BlockKind.PARAGRAPH
            and (
                kind is SectionKind.STUDENTS
                and LEXICON.pattern("FIRST_PERSON_SUBJECT").match(opening)
                # "A is Professor Emeritus at X, …" opening a students page about A (or a
                # "People & Service" page of A's lab)
                or (
                    opening.startswith(page.owner.name)
                    and _IS_VERB.match(opening, len(page.owner.name)) is not None
                )
                # "Professeure de sociologie à l'Université X depuis 2021, …" opening a page
                # titled "Activités": the owner's post, before the activities' lists
                # ("I am an Assistant Professor at X" opening a "Service & Outreach" page)
                or kind is SectionKind.SERVICE
                and page.index(block) < COVER_BLOCKS
                and LEXICON.pattern("POSITIONS").match(opening) is not None
                or kind is SectionKind.SERVICE
                and page.index(block) < COVER_BLOCKS
                and LEXICON.pattern("FIRST_PERSON_SUBJECT").match(opening) is not None
            )
            # "Soutenances" › "A a soutenu sa thèse en 2023 à l'Université X, devant un jury
            # …": a newsletter's item telling A's own defence, A's place of study
            or kind is SectionKind.JURY
            and block.kind is BlockKind.PARAGRAPH
            and page.owner.how in _ITEM_OWNERS
            and opening.startswith(page.owner.name)
            and block_subject(block.text) == page.owner.name
            # "… a soutenu sa thèse … devant un jury …" then « Elle a ensuite rejoint X »: the
            # item's next paragraph, its person's later post (no jury named there)
            or kind is SectionKind.JURY
            and block.kind is BlockKind.PARAGRAPH
            and page.owner.how in _ITEM_OWNERS
            and PRONOUN_OPENING.match(opening) is not None
            and not page.may_match(block, "JURY_CUES")
        ):
            return
        if kind is SectionKind.STUDENTS and ". " in block.text:
            # … its own sentences only: "Completed: B (PhD 2018), now a curator at Y" after
            # them is B's post, not the owner's.
            first_person = LEXICON.pattern("FIRST_PERSON_SUBJECT")
            kept = [
                sentence
                for _, sentence in sentences(block.text)
                if first_person.match(sentence) or _untitled(sentence).startswith(page.owner.name)
            ]
            block = Block(block.kind, " ".join(kept), block.level, block.section)
    if (
        block.kind is BlockKind.ITEM
        # ("Recenzenci:" alone on its line over the members, one a line)
        or block.text.split("\n", 1)[0].rstrip().endswith((":", "："))
    ) and _jury_labelled(block.text):
        return  # "Grading committee: A, Univ. X; B, Univ. Y": the members' places
    if ("éberg" in block.text or "osted" in block.text) and _SITE_HOSTED.search(block.text):
        return  # "Page hébergée par le service informatique de l'Université X": a footer
    if len(block.text) <= CHROME_LINE_CHARS and LEXICON.pattern("SITE_CHROME").search(block.text):
        return  # "ADUM - Accès Doctorat Unique et Mutualisé - Mentions légales": a footer
    lines = _unwrapped(block.lines)
    if kind is SectionKind.STUDENTS and "(" in block.text:
        # "Nous avons accueilli A (doctorant à l'Université X, 2023)": the bracket after a
        # student's name tells the student's place, not the owner's.
        lines = [_NAMED_ASIDE.sub(r"\1", line) for line in lines]
    if ":" in block.text and any(_TOPIC_LABEL.match(line) for line in lines):
        # "Specialization: VLSI Signal Processing" (a profile's field): a topic, no unit
        lines = [line for line in lines if not _TOPIC_LABEL.match(line)]
    if not lines:
        return
    if "(H" in block.text or "(h" in block.text:
        # "MCF à l'Université X (HDR soutenue en 2019)": the habilitation obtained on the post
        # neither dates the post nor makes its line a degree's.
        lines = [_HABILITATION_NOTE.sub("", line) for line in lines]
    if ":" not in block.text and "：" not in block.text and _names_no_organisation(page, block):
        return  # (nor a directory's position label: the rule has nothing to read)
    # The entry's title: an item's first line, a paragraph's first sentence.
    head = lines[0] if block.kind is BlockKind.ITEM else (sentences(lines[0]) or [(0, "")])[0][1]
    if block.kind is BlockKind.ITEM and (" — " in head or " – " in head):
        # "2019 – 2020 : master 2 X, Université Y — stage au Z": the studies, then the
        # internship they ended with (read by the supervision rules, no affiliation).
        studies = _DASH_CLAUSE.split(head, maxsplit=1)[0]
        if (
            studies != head
            and context_of(studies) is not Context.INTERNSHIP
            and LEXICON.pattern("STUDIES").search(studies)
            and context_of(head[len(studies) :]) is Context.INTERNSHIP
        ):
            head = studies
            lines = [studies, *lines[1:]]
    if (
        context_of(head) is Context.INTERNSHIP
        and (
            # "Master X, Université Y. Stage de M2 au Z": the internship is the next sentence's
            block.kind is not BlockKind.ITEM
            or context_of((sentences(head) or [(0, head)])[0][1]) is Context.INTERNSHIP
        )
        # A paragraph's other clauses ("stage au Z, après un master à l'Université Y") may
        # name the owner's studies: there, each place takes its nearest role word; and a
        # degree's year written bare ("Licence et M1 de physique, ENS X") is no internship.
        and not (
            LEXICON.pattern("STUDIES").search(head)
            and (block.kind is BlockKind.PARAGRAPH or not _INTERN_NOUN.search(head))
        )
        # "Professeure certifiée stagiaire, Collège X": a teacher's first year, a post
        and not ("tagiaire" in head and LEXICON.pattern("TRAINEE_TEACHERS").search(head))
    ):
        return  # an intern is neither employed nor enrolled by the host lab
    if (block.kind is BlockKind.ITEM or len(lines) == 1) and ("isit" in head or "séjour" in head):
        if _RESEARCH_VISIT.search(head):
            return  # "Research visit at the Institute X, hosted by A": a guest, no post
    if (
        (
            not_studies := LEXICON.pattern("NOT_STUDIES").search(
                _RANK_HDR.sub(r"\1", head) if "HDR" in head else head
            )
        )
        # "reçu à l'agrégation (2012) après des études à l'Université X": the studies told
        # after the exam are still studies
        and not _STUDIES_AFTER.search(head, not_studies.end())
    ) and (
        # "A, chargée de recherche CNRS dans l'équipe X, soutiendra son habilitation": the
        # candidate's position is still read; so is an entry's post written before it
        # ("Oberassistentin und Habilitation, Universität X").
        _role(head) != EMPLOYED
        or block.kind is BlockKind.ITEM
        and not (
            LEXICON.pattern("POSITIONS").search(head, 0, not_studies.start())
            and LEXICON.pattern("INSTITUTION_HEADS").search(head, not_studies.end())
        )
    ):
        return  # a habilitation or an exam, not studies at the institution named
    someone = name_at_start(lines[0])
    role_label = _JURY_ROLE_LABEL.match(lines[0]) if someone is None else None
    # ("Directeur·rice : Pr A (Université X)": the inclusive label is the advisor's too)
    bare_label = _INCLUSIVE_MARKS.sub("", role_label.group(1)).strip() if role_label else ""
    if role_label and (
        any(p.search(role_label.group(1)) for p in LEXICON.jury_role_patterns.values())
        # "Directeur de thèse : M. A, Professeur, Université X": the advisor's place
        or LEXICON.pattern("ADVISING_NOUNS").fullmatch(bare_label)
        # "Supervisors: A, Professor, Institute X" (a thesis record's field)
        or LEXICON.pattern("SUPERVISION_CUES").fullmatch(bare_label)
    ):
        someone = name_at_start(lines[0][role_label.end() :])  # "Président : A, Univ. X"
    if (
        someone
        and lines[0].startswith(someone)
        and lines[0].rstrip() != someone  # (a name alone on its line: a card's, no place)
        and may_mention_organisation(lines[0][:160], page.acronyms)
    ):
        opening = find_organisations(lines[0][:160], page.acronyms)
        if (
            opening
            and opening[0].start == 0
            and opening[0].name.startswith(someone)
            # ("Awarding Institution: X" is a record's label, neither person nor place)
            and not lines[0][opening[0].end :].lstrip().startswith(":")
        ):
            someone = None  # "Lake Orrin Field Station | Lecturer": a place, no person
    if (
        someone
        and not lines[0].startswith(someone)
        and lines[0][:1].isupper()
        and (opening := find_organisations(lines[0][:160], page.acronyms))
        and opening[0].start == 0
        and someone in opening[0].name
    ):
        someone = None  # "Univ. of Port Bellamy | MSc": the name read is the place's own
    if someone and not compatible(someone, page.owner.name):
        return  # an entry about someone else (a former student "now professor at X")
    if (
        block.kind is BlockKind.ITEM
        and len(lines) == 1
        and block.section
        and page.index(block) < HEADER_BLOCKS
        and _is_owner_name(page, block.section[-1])
    ):
        _profile_affiliation(page, block, lines[0])
    if page.index(block) < HEADER_BLOCKS and (
        block.kind is BlockKind.PARAGRAPH
        # a layout table's cell: "Ada Quill" / "Chargée de recherche" / "Institut X"
        or block.kind is BlockKind.ITEM
        and len(lines) > 2
        and _is_owner_name(page, lines[0])
    ):
        _affiliation_lines(page, block, lines)
        if block.kind is BlockKind.PARAGRAPH and len(lines) == 1 and ". " in lines[0]:
            # "Professeure, Université X (depuis 2015). Équipe Y, Laboratoire Z.": the units
            # in a verbless sentence after the post's, as a header's own line would be.
            for _, sentence in sentences(lines[0])[1:]:
                _affiliation_lines(page, block, [sentence])
        if ":" in block.text and "," in block.text:
            _labelled_byline(page, block, lines)
    entry_role = (
        _role(_OTHERS_PI.sub("", lines[0]) if "PI" in lines[0] else lines[0])
        if block.kind is BlockKind.ITEM or len(lines) > 1
        else None
    )
    if (
        entry_role == STUDIED
        and "," in lines[0][:60]
        and len(lines[0]) <= 60
        and name_from_piece(lines[0].split(",")[0])
        and _POSTNOMINALS.fullmatch(lines[0].split(",", 1)[1])
    ):
        entry_role = None  # "A, Ph.D." over "Assistant Professor": a name with its letters
    if (
        entry_role is not None
        and any(map(lines[0].lower().__contains__, _BOARD_WORDS))
        and LEXICON.pattern("NOT_JURY").search(lines[0])
    ):
        # "Vocal de la comisión de selección de una plaza de Profesor Titular (Universidad
        # X, 2022)": a hiring board's post is the one it filled, not the owner's
        entry_role = None
    if entry_role is not None and (places := find_organisations(lines[0], page.acronyms)):
        # "Institute for Labour Studies": a word of a place's name is no role of the entry's
        entry_role = _role(_without_mentions(lines[0], places))
    if (
        entry_role is None
        and len(lines) > 2
        and block.kind is BlockKind.ITEM
        and _is_owner_name(page, lines[0])
        # ("Chargé de recherche CNRS" over "Université X": the post names its own employer,
        # the places below host the lab)
        and not find_organisations(lines[1], page.acronyms)
    ):
        # "Ada Quill" / "Associate Professor" / "Department X" / "University Y" (a hand-made
        # page's header cell): the owner's name over the post, its places below
        entry_role = _role(lines[1])
    if entry_role is None and len(lines) > 1 and LONE_DATE.match(lines[0]):
        # "2020 - present" / "Institute X" / "Department Y · Senior Researcher": the role
        # is written on the entry's next lines.
        entry_role = _role(
            "\n".join(
                _without_mentions(x, find_organisations(x, page.acronyms)) for x in lines[1:3]
            )
        )
    if (
        entry_role is None
        and len(lines) > 1
        and kind is SectionKind.EMPLOYMENT
        and " " in lines[0].strip()  # (not a theme's venue badge alone: "JFM")
        and (places := find_organisations(lines[0], page.acronyms))
        and places[0].start <= 2
    ):
        # "Institute X — City, Country" over "Postdoctoral Researcher — 2018 - 2020"
        # (Awesome-CV, moderncv): the employer's line, then the role's.
        entry_role = _role(_without_mentions(lines[1], find_organisations(lines[1], page.acronyms)))
    if (
        entry_role is None
        and block.section
        and _under_heading(page, block)
        # ("# A, PhD, FRSC" over the contact line: a name with its letters, no degree entry)
        and not ("," in block.section[-1] and name_from_piece(block.section[-1].split(",")[0]))
        # ("A (PhD 2011)" over her story: a graduate's heading, no post's title)
        and not graduate_heading(block.section[-1])
        # ("Soutenance de thèse de A" › "Date et lieu : …, amphithéâtre X, Observatoire Y":
        # the event's venue, no place of studies)
        and not _VENUE_LABEL.match(lines[0])
        # ("Thèse" › "« Titre (France, Chili, 2011-2016) »": the thesis's title, its places
        # its subject's)
        and not _QUOTED_LINE.match(lines[0])
    ):
        # "### Research Scientist" then "*Institute X* · 2020–present": the title says it.
        entry_role = _role(block.section[-1])
    degree_place = entry_role is None and _DEGREE_PLACE.match(lines[0])
    fields = None
    if (
        entry_role is None
        and not degree_place
        and 2 < len(lines) <= RECORD_BLOCK_FIELDS
        and all(":" in line[:RECORD_LABEL_CHARS] for line in lines)
    ):
        # "Author: A" / "Supervisor: B" / "Awarded by: University X" / "Date: 2017": a
        # results list's record, its fields one a line of one block
        degree_place = next((m for line in lines[1:] if (m := _DEGREE_PLACE.match(line))), None)
        fields = lines
    record_period = None
    if degree_place:
        # A thesis record: "Établissement de soutenance : X", or "Institution: X" after
        # "Degree: Doctor of Philosophy"; the year is the record's defence date.
        index = page.index(block)
        near = page.document.blocks[max(0, index - 3) : index + 4]
        if degree_place.group("publisher"):
            # (a full record's fields sorted by name: "Type: Thèse" a dozen rows away)
            blocks = page.document.blocks
            near = [
                b
                for b in blocks[max(0, index - RECORD_RUN_FIELDS) : index + RECORD_RUN_FIELDS]
                if b.section == block.section and b.kind is block.kind
            ]
        before = page.document.blocks[index - 1].text if index else ""
        record = " ".join((page.document.title or "", *block.section))
        if (
            degree_place.group("defence")
            or _role(before) == STUDIED
            # "Institution: X" / "Degree: PhD" (a record's fields, one block)
            or "egree" in block.text
            and _DEGREE_FIELD.search(block.text) is not None
            # ("University/institution: X" › "Department: Y" › "Degree: Ph.D.": the
            # record's fields, one a block)
            or any(
                len(b.text) < RECORD_FIELD_CHARS and _DEGREE_FIELD.match(b.text) is not None
                for b in near
            )
            # "Établissement: X" on a thesis defence's record (not an habilitation's)
            or (_THESIS_RECORD.search(record) and not HABILITATION_WORD.search(record))
            # a repository's record: its neighbour fields say a thesis ("Date de
            # soutenance: …", "Type: Thèse") and no habilitation
            or (
                any(
                    b is not block
                    and len(b.text) < RECORD_FIELD_CHARS
                    and ":" in b.text[:RECORD_LABEL_CHARS]
                    and _THESIS_RECORD.search(b.text)
                    for b in near
                )
                and not any(HABILITATION_WORD.search(b.text) for b in near)
            )
        ):
            entry_role = STUDIED
            # (a results list's record dates itself in its own "Date:" field)
            dates = [t for t in fields or (b.text for b in near) if _DATE_LABEL.match(t)]
            record_period = parse_period(dates[0]) if dates else None
            if record_period is None:
                # ("Établissement de délivrance : X" on a notice dated in its own words;
                # "Institution: X" on a record dated in another field)
                held = defence_year(page, block)
                record_period = Period(None, held) if held else None
        else:
            degree_place = None
    if entry_role is None and _AT_PLACE.match(lines[0]) and page.index(block) > 0:
        before = page.document.blocks[page.index(block) - 1].text
        if _DEFENDED_LINE.match(before):
            # "Soutenue le 03-07-2023" then "à Université X, dans le cadre de …" (theses.fr)
            entry_role, record_period = STUDIED, parse_period(before)
    if (
        entry_role is None
        and kind is SectionKind.EDUCATION
        and not (
            block.kind is BlockKind.PARAGRAPH
            and (
                # "Thèse" › "« Titre (France, Chili, 2011-2016) »": the
                # thesis's quoted title, its places its subject's
                _QUOTED_LINE.match(lines[0])
                # "Thèse" › "Remerciements" › a prose paragraph: the section's words, no
                # entry of the owner's studies
                or len(block.text) > PROSE_ENTRY_CHARS
                and len(block.section) > 1
                and heading_kind(block.section[-1]) is None
            )
        )
    ):
        entry_role = STUDIED
    if (
        entry_role is None
        and kind is SectionKind.EMPLOYMENT
        and block.kind is BlockKind.PARAGRAPH
        and 2 < len(lines) <= 6
        and all(len(line) <= 100 for line in lines)
        and (
            # "Brackwater Energy Ltd" / "Full-time · 6 yrs" / "Senior Engineer" / "Jan 2022
            # - Present" (a profile's employer over the posts held there)
            any(_role(line) == EMPLOYED for line in lines[1:3])
            and _names_only_a_body(lines[0], page)
            # "Senior Scientific Advisor" / "Ministry of X" / "Mar 2018 - Dec 2020" (a
            # title, its employer, its dates: a profile's copied entry)
            or len(lines[0]) <= TITLE_CHARS
            and _DATE_LINE.match(lines[2])
            and not any(c.isdigit() for c in lines[0])
            and _names_only_a_body(lines[1], page)
            and not find_organisations(lines[0], page.acronyms)
            # (the lines under the dates describe the post: no employer of their own)
            and (lines := lines[:3])
        )
    ):
        entry_role = EMPLOYED
    entry_period = None  # the entry's period, read when a mention first needs it
    owner = page.owner.name
    company_cue = page.may_match(block, "EMPLOYER_CUES")
    fellowship_words = page.may_match(block, "FELLOWSHIP_WORDS")
    # (the cheap test: every phrase of NO_TIE_VERBS holds one of these)
    no_tie = any(map(block.text.__contains__, _NO_TIE_HINTS))
    career = page.may_match(block, "CAREER_MOVES") or page.may_match(block, "DURATION_VERBS")
    applied_post = page.holds_word(block, _APPLIED_POSTS, _APPLIED_POST_WORDS)
    if applied_post and len(lines) <= APPLIED_POST_LINES and _APPLIED_POSTS.search(lines[0]):
        # "Poste n° 27 MCF 0412 — Université X" / "Profil : … (IUT, …)": a dossier's header
        # naming the post applied for and its profile, none of the applicant's posts
        return
    thesis_host = page.owner.how == "thesis-record" and page.may_match(block, "THESIS_HOSTS")
    heading_orgs = _heading_institutions(page, block)
    # "## Rattachements" / "Équipe X | 2016": each row under the heading is one of the
    # owner's units ("Affiliations", "Rattachements" in a directory's profile)
    listed_units = bool(block.section) and _AFFILIATIONS_HEADING.match(block.section[-1])
    company_line = _company_below_title(lines) if kind is SectionKind.EMPLOYMENT else None
    if not heading_orgs and _names_no_organisation(page, block):
        # Prose naming no organisation: only a directory's position label may speak.
        for line in lines:
            for _, sentence in sentences(line):
                _directory_position(page, owner, sentence)
        return
    before = ""  # the sentence before, in prose
    prose = block.kind is BlockKind.PARAGRAPH and len(block.text) > PROSE_CHARS
    first_person = prose and _FIRST_PERSON_WORD.search(block.text) is not None
    newcomer = _welcomed_other(page, block.text) if prose else None
    if len(lines) > 2 and ":" in lines[0][:48]:
        lines = _without_others_places(page, lines)
    for line in lines:
        for sentence in _opening_clauses(sentences(line)):
            said, before = before, sentence
            if prose and not first_person and _STUDENT_LEAD.match(sentence):
                _named_career_move(page, sentence)  # "Her doctoral student A later joined X"
            if prose and _others_pronoun(page, first_person, said, sentence):
                continue  # "My student A defended … In April he starts at X": A's post
            if newcomer and _of_newcomer(newcomer, sentence):
                continue  # "We welcome Dr. A, who joins … She previously held …": A's past
            if said[-1:] in ":：" and _ROLE_LABEL_END.search(said):
                continue  # "… Examinateurs :" / "C et D (Université X).": the members' place
            if degree_place:
                text = sentence
            elif "PI" in sentence and _OTHERS_PI.search(sentence):
                # "Postdoctoral Fellow, X project (PI: Prof. B), University Y": the grant
                # holder's bracket closes before the owner's employer (blanked, so that
                # every offset stays, and no cut at B)
                text = _cut_at_people(_OTHERS_PI.sub(lambda m: " " * len(m.group()), sentence))
            else:
                text = _cut_at_people(sentence)
            if ("came to " in text or "joined " in text or "moved to " in text) and (
                arrived := _ARRIVED_AT.search(text)
            ):
                _arrived_at_titled(page, owner, arrived, sentence)
            elif any(map(text.__contains__, _ARRIVAL_HINTS)) and (
                arrived := _ARRIVED_HOME.search(text)
            ):
                _arrived_home(page, owner, arrived, sentence)
            if text[:1] in "PTN" and _FORM_LABEL.match(text):
                # "POSITION TITLE & INSTITUTION: …" (a funder's form): the label names nothing
                text = _FORM_LABEL.sub(lambda m: " " * len(m.group()), text)
            if text[:2].isupper() and _DATELINE.match(text):
                continue  # "ASHBOURNE — September 9, 2025": a press release's dateline
            if applied_post and _APPLIED_POSTS.search(text):
                continue  # "Poste n° 27 MCF 0412 — Université X": the post applied for
            if text[:1] in "PpUu" and _POSTED_BY.match(text):
                continue  # "Posted 3 May 2024 by the Department of X": who published the news
            if "udience" in text and _EVENT_FIELDS.search(text):
                continue  # "Event Type: Colloquium · Department: X · Audience: …": the event's
            if _THANKS_HINT.search(text) and _THANKS.search(text):
                continue  # "I also thank the staff of the X Laboratory": help, no affiliation
            if block.kind is BlockKind.PARAGRAPH and others_degree(page, sentence):
                continue  # "B in turn obtained her PhD at X under C": B's studies
            if _welcomed_other(page, text):
                continue  # "Welcome to B, who joins us as a postdoc from X": B's past
            if ("tudents" in text or "octorant" in text) and _OTHERS_STUDENTS.search(text):
                # "contributions from his students … held at the University of X": the
                # owner's students are other people, no study of the owner's (blanked, so
                # that every offset stays).
                text = _OTHERS_STUDENTS.sub(lambda m: " " * len(m.group()), text)
            if ", who " in text and prose:
                text = _OTHERS_RELATIVE.sub(lambda m: _others_clause_blanked(m, owner), text)
            if "ection" in text and _RANK_SECTION.search(text):
                # "Maîtresse de conférences, section 60 du CNU", "section 06 du CoNRS": the
                # national council's discipline section that ranks the post, no employer or unit
                text = _RANK_SECTION.sub(lambda m: " " * len(m.group()), text)
            if ("aptitude" in text or "agrégation" in text) and _EXAM_BODY.search(text):
                # "inscrit sur la liste d'aptitude du CAMES", "reçu au concours d'agrégation
                # du CAMES": the body that grants a rank, no one's employer or unit
                text = _EXAM_BODY.sub(lambda m: " " * len(m.group()), text)
            if (
                any(map(text.__contains__, _STAY_HINTS))
                and (_HOSTED_BY.search(text) or LEXICON.pattern("STAY_WORDS").search(text))
                and _role(
                    _without_mentions(
                        untitled := _NAME_TITLE.sub(" ", text),
                        find_organisations(untitled, page.acronyms),
                    )
                )
                is None
                and not any(
                    LEXICON.context_patterns[c].search(block.text)
                    for c in ("postdoc", "internship")
                )
            ):
                # "In Kochi I was hosted by Dr A at the Centre X", "lors d'un séjour à
                # l'Université Y, où j'ai été accueilli par B": a research stay's host
                # place, no post or studies of the owner's
                continue
            if ", " in text and (quoted := _speaker(text, owner)) is not None:
                # "“…,” said B, Dean of the Faculty of X": the speaker's office, no post of
                # the owner's (blanked, so that every offset stays)
                _speaker_post(page, quoted, sentence)
                blank = " " * (quoted.end() - quoted.start())
                text = text[: quoted.start()] + blank + text[quoted.end() :]
            if "PI" in text and _OTHERS_PI.search(text):
                # "Role: Co-PI (PI: Dr. B)": another person's grant role, no post of the owner
                text = _OTHERS_PI.sub(lambda m: " " * len(m.group()), text)
            if "@" in text or "://" in text:
                # "project-team X a.quill@x.example.fr https://…": an address names no
                # organisation (blanked, so that every offset stays)
                text = _ADDRESS.sub(lambda m: " " * len(m.group()), text)
            mentions = find_organisations(text, page.acronyms)
            if (
                " the " in text
                and (" at " in text or " team" in text)
                and (" group" in text or " lab" in text or " team" in text)
            ):
                mentions = _with_named_groups(text, mentions)
            if mentions and ("abbati" in text or "eave" in text or "obilit" in text):
                mentions = _without_guest_hosts(text, mentions)
            if mentions and no_tie:
                mentions = _without_untied(text, mentions)
            if mentions and any(m.name.isupper() for m in mentions):
                mentions = _title_short_forms(page, mentions)
                # "MCF à l'Université X (IUT, département GEA)": a kind of institution the
                # title names no place for is no employer of its own
                bare = frozenset(LEXICON.words.get("PLACE_BOUND_INSTITUTIONS", ()))
                mentions = [m for m in mentions if m.name not in bare]
            if not mentions and (body := _BODY_BEFORE_POSITION.match(text)) is not None:
                mentions = _body_before_position(text, body)
            if "-" in text and (" à " in text or " at " in text) and page.claims:
                mentions = _short_named(page, text, mentions)
            mentions = _page_short_forms(page, text, mentions)
            if len(mentions) > 1 and "ent" in text:
                # "Inria centre at Université X": where the body's centre sits, no employer
                mentions = [
                    m
                    for i, m in enumerate(mentions)
                    if not (i and _CENTRE_AT.fullmatch(text, mentions[i - 1].end, m.start))
                ]
            if mentions and text[:1] == "(" and (bodies := _OPENING_BODIES.match(text)):
                # "Laboratoire X" / "(Université Y, CNRS, École Z), sous la direction de A":
                # the wrapped line opens on the lab's supervising bodies, not the owner's
                inside = [m for m in mentions if m.end <= bodies.end()]
                if len(inside) >= 2:
                    mentions = [m for m in mentions if m.end > bodies.end()]
            if mentions and mentions[0].kind is OrgKind.ACRONYM:
                # "Professeure agrégée de SVT, Lycée X": the subject taught, no unit;
                # "Ingénieur R&D, X": a part of the job's title
                mentions = [
                    m
                    for m in mentions
                    if m.kind is not OrgKind.ACRONYM
                    or not (
                        _SUBJECT_OF.search(text, 0, m.start) or _TITLE_ACRONYM.fullmatch(m.name)
                    )
                ]
            if mentions and "ship" in text:
                # "an Irish Research Council postdoctoral fellowship at X": the funder names
                # the fellowship; the host is X.
                mentions = [m for m in mentions if not _FUNDS_AWARD.match(text, m.end)]
            if mentions and fellowship_words:
                # "FWO postdoctoral fellow, X", "Bolsista do(a): Coordenação X, CAPES, Brasil":
                # a fellowship's funder (after a funder's label, the rest of the line)
                funder = _FUNDER_LABEL.search(text)
                mentions = [
                    m
                    for m in mentions
                    if not _FELLOW_AFTER.match(text, m.end)
                    and not (
                        _FUNDER_BEFORE.search(text, 0, m.start)
                        # ("an honorary fellow of X, where he earned his PhD": X graduated
                        # the fellow, no funder)
                        and not _WHERE_STUDIED.match(text, m.end)
                    )
                    # ("…, JSPS Fellowship": the award itself read as a body's name)
                    and m.name.rpartition(" ")[2].casefold() not in _AWARD_HEADS
                    and not (funder and m.start >= funder.end())
                ]
            if mentions and (
                " by " in text
                or " par " in text
                or "oard" in text
                or "onseil" in text
                or "under " in text
                or "utelle" in text
                or "artner" in text
                or "artenaire" in text
                or "nanc" in text
                or "nans" in text
                or "nanz" in text
                or "ndin" in text
                or "rder" in text
                or "upport " in text
                or "outien " in text
                or "ponsor" in text
            ):
                mentions = _without_funders(text, mentions)
            if mentions and (" at " in text or " chez " in sentence):
                # "… of the Bank of X, and before that an analyst at Marlow & Sons
                # Analytics", "… à l'Université X, puis ingénieur chez Hydrolis SA": a
                # company without a head word beside places that have one
                found = _with_companies(text, sentence, mentions, company_cue, page.document.text)
                if found[-1].end > len(text):
                    text = sentence  # (the cue also hosts people: the line was cut there)
                mentions = found
            employer = _EMPLOYMENT_TYPE.match(text) if kind is SectionKind.EMPLOYMENT else None
            if employer and mentions:
                # "Institut X · CDD": the contract's kind in capitals is no acronym's body
                mentions = [m for m in mentions if m.start < employer.end("org")]
                if (
                    len(mentions) == 1
                    and mentions[0].kind is OrgKind.UNIT
                    and employer.group("org").strip() == (whole_org := mentions[0].name)
                ):
                    # "Velmar Group · Internship": a company's whole name before its contract
                    # kind, not a research group
                    mentions = [
                        OrgMention(
                            whole_org, OrgKind.INSTITUTION, mentions[0].start, mentions[0].end
                        )
                    ]
            if employer and not mentions and _role(employer.group("org")) is None:
                # "Helixforge Therapeutics · Full-time": a company named without a head word
                name = employer.group("org").strip()
                mentions = [OrgMention(name, OrgKind.INSTITUTION, 0, len(name))]
            if (
                not mentions
                and company_line
                and _PLACE_TAIL.sub("", sentence.strip()) == company_line
            ):
                # "Data Scientist" / "Marlow & Sons Analytics" (a profile's copied entry)
                mentions = [OrgMention(company_line, OrgKind.INSTITUTION, 0, len(company_line))]
                entry_role = EMPLOYED
            if not mentions and " | " in text and (cell := _EMPLOYER_CELL.search(text)):
                # "2009–2010 | Poste: Ingénieure | Établissement: Hydro-X (société d'État)":
                # a career table's employer column names a company without a head word
                mentions = [
                    OrgMention(
                        cell.group("org"), OrgKind.INSTITUTION, cell.start("org"), cell.end("org")
                    )
                ]
            if (
                not mentions
                # ("Where are they now?" › "A (PhD 2011)" › "Process Engineer, X Solutions")
                and (kind is SectionKind.EMPLOYMENT or page.owner.how == "where-now-card")
                and (", " in text or "·" in text)
            ):
                # "2010–2013 Research Scientist, Quillon Robotics": a company's trade noun
                mentions = _company_after_comma(text, page.document.text)
            if not mentions and company_cue:
                # (the cue also hosts people, "postdoc chez A": the line was cut there)
                mentions = _company_after_cue(sentence)
                text = sentence if mentions else text
            if (
                not mentions
                and kind is not SectionKind.EDUCATION
                and (" at " in text or " chez " in text or text.count(", ") >= 3)
            ):
                mentions = _company_after_position(text, page.document.text)
            joined_company = False
            if not mentions and ("oin" in text or "ounde" in text or career):
                # "Maren joined Quorvelle in 2019", "co-founder and CTO of Drennovic": a
                # company of one coined word that the person joined or runs
                mentions = _company_joined(text, page.document.text, career)
                joined_company = bool(mentions)
            if mentions and career and kind is not SectionKind.EDUCATION:
                # "spent two years at X (2016–2018), then moved to Y Photonics, where she is
                # now …": the later move's company, named after the first place
                mentions = [
                    *mentions,
                    *(
                        m
                        for m in _company_joined(text, page.document.text, True, mentions[-1].end)
                        # (the title too: "… | University of X" over "joined X as a lecturer")
                        if not _named_longer(m.name, f"{page.document.title}\n{page.document.text}")
                    ),
                ]
            if not mentions and ("étach" in text or "ispos" in text or "econd" in text):
                # "détachée auprès de l'Agence X" (the cue also hosts people: the line was
                # cut there)
                mentions = _seconded_body(sentence)
                text = sentence if mentions else text
                joined_company = bool(mentions)
            stated = parse_period(sentence)
            if not stated.start and heading_orgs:
                stated = _date_below(page, block)  # "### University X" / degree / "2012 - 2017"
            if not stated.start and heading_orgs:
                stated = _date_above(page, block)  # "University X" / "2016 - Atual" / post
            # ("### University X" / "2005 – 2010 | Ingeniera Ambiental" in an education
            # section: a degree the role words do not know, still studies there)
            held = _role(text) or (
                STUDIED if heading_orgs and kind is SectionKind.EDUCATION and stated.end else None
            )
            if heading_orgs and held is None and stated.start:
                # "### Post-doctorante — Laboratoire X" / "2013 – 2015 · Arles": the heading
                # names the post before its place
                heading = _heading_line(page, block) or ""
                held = _heading_role(heading[: heading_orgs[0].start])
            if heading_orgs and held and stated.start:
                # "### University X" then "2019 to present | Lecturer": the entry's place is
                # its heading (ORCID, resume themes).
                _emit(
                    page,
                    owner,
                    heading_orgs,
                    _heading_line(page, block) or block.section[-1],
                    sentence,
                    held,
                    False,
                    stated.as_point() if held == EMPLOYED else stated.as_end(),
                    0.6,
                    "organisation.heading",
                )
                heading_orgs = []
                # "Lecturer (Institute X)" under its employer: the bracket is a unit of it.
                mentions = [
                    OrgMention(m.name, OrgKind.UNIT, m.start, m.end)
                    if m.kind is OrgKind.INSTITUTION and text[: m.start].rstrip().endswith("(")
                    else m
                    for m in mentions
                ]
            if not mentions:
                _directory_position(page, owner, sentence)
                if _SITE_CUE.search(sentence):
                    _site_university_post(page, owner, sentence)
                continue
            if _SIGNED.match(block.text):
                continue  # "gez. Prof. Dr. A, Dekanin der Fakultät X": the signatory's post
            if listed_units and " | " in text:
                mentions = mentions[:1]  # a row's unit; "Type: Équipe de recherche" its kind
            role = _role(_without_mentions(text, mentions))
            if role is None and joined_company:
                role = EMPLOYED
            if " | " in text and ":" in text and kind is SectionKind.EDUCATION:
                # "… | Degree: Postdoc | Year: 2011-2014" in a table of degrees: the value
                role = _role(_CELL_LABEL.sub("", _without_mentions(text, mentions))) or role
            # "Équipe : X" in the owner's identity table states a membership too.
            member_word = (
                LEXICON.pattern("MEMBERSHIP").search(text)
                or _TEAM_LABEL.match(text)
                or _QUOTED_TEAM_LINE.match(text)
                or listed_units
                # (with a role word, the role decides: "postdoc in the team X, at Y")
                or (_role(text) is None and _IN_TEAM.search(text))
            )
            rule = "organisation.position"
            hosted = (
                role is None
                and thesis_host
                and LEXICON.pattern("THESIS_HOSTS").search(text) is not None
            )
            if hosted:
                # "This work was carried out in the Centre X at University Y" (the thesis's
                # own page): the thesis was studied there.
                role, rule = STUDIED, "organisation.thesis-host"
            if role is None and career and (moved := [m for m in mentions if _moved_into(text, m)]):
                # "Dr. A moved to the X Institute in 2016, where she leads …": the place a
                # career move names employs her (a study's word would have said studies)
                role, mentions = EMPLOYED, moved
            if role is None and "hair" in text and _HELD_CHAIR.search(text):
                # "holds the Chair of Numerical Analysis at the University of X": the post
                # is the unit's name ("Chair of …"), the university the employer.
                role = EMPLOYED
            if role is None and ("entr" in text or "rejoi" in text):
                entered = [m for m in mentions if _entered_body(text, m)]
                if entered:
                    # "… à l'Institut X, avant d'entrer au CNRS en 1973": the national
                    # research body one joins employs (a school or a university one enters
                    # may be studied at); the other places keep no role.
                    role, mentions = EMPLOYED, entered
            employer_row = False
            if (
                role is None
                and entry_role is None
                and (
                    ":" in text[:40]
                    and (_EMPLOYER_LABEL.match(text) or _DATED_AFFILIATIONS.match(text))
                    # "Affiliations: 2012- Univ X" / "2007-2012 Institute Y" (a family
                    # tree's dated history, one place a line: its posts; an undated
                    # "Affiliations: team / lab / university" names no employer), and an
                    # employer field's later dated lines
                    or line is not lines[0]
                    and text[:1] in "12"
                    and _LEADING_YEAR.match(text)
                    and ":" in lines[0][:40]
                    and (_EMPLOYER_LABEL.match(lines[0]) or _DATED_AFFILIATIONS.match(lines[0]))
                )
            ):
                # "Établissement : Université X", "Service hospitalier : CHU Y" (a
                # directory's identity rows): the body that employs the person (the
                # record's own dates are not the post's)
                role, employer_row = EMPLOYED, True
            if role is None and _NO_POST_THERE.search(sentence):
                # "j'ai suivi l'école d'été organisée à l'Université X", "j'ai assuré un
                # cours à l'École Y": an event attended or a course taught there, no post
                continue
            if role is None and entry_role == STUDIED and _FELLOW_OF_BODY.match(text):
                continue  # "2019 Senior Fellow of the X Academy" among degrees: an honour
            if role is None:
                role, rule = entry_role, "organisation.entry"
            if role is None and employer is not None and mentions[0].end <= employer.end("org"):
                # "Quillmere Robotics · Full-time" on a profile entry's line of its own: the
                # contract's kind states the post there
                role = EMPLOYED
            if (
                role is None
                and kind is SectionKind.EMPLOYMENT
                # ("Member, X Cancer Center" among appointments: the entry is the membership)
                and not _member_entry(text, member_word, mentions)
                and (
                    block.kind is BlockKind.ITEM
                    # "Senior Engineer, X GmbH, Munich — 2015 – 2018": a dated entry's line
                    or len(block.lines) == 1
                    and not parse_period(sentence).empty
                )
            ):
                role, rule = EMPLOYED, "organisation.entry"
            if role is None and not member_word:
                continue
            if role == STUDIED and "(" in text:
                # "Thèse préparée dans l'Institut X (Université Y, CNRS)": a research body
                # beside the lab runs it, grants no degree (a school known so may)
                known = known_acronyms()
                mentions = [
                    m
                    for m in mentions
                    if not (m.name in known and not _SCHOOL.search(known[m.name]))
                    or not text[: m.start].rstrip().endswith((",", "("))
                ]
                if not mentions:
                    continue
            if role == EMPLOYED and any(_DOCTORAL_SCHOOL.match(m.name) for m in mentions):
                # ("ÉCOLE DOCTORALE Sciences chimiques …", a thesis's page header): a doctoral
                # school enrols doctoral students, it employs nobody
                mentions = [m for m in mentions if not _DOCTORAL_SCHOOL.match(m.name)]
                if not mentions:
                    continue
            period = parse_period(sentence)
            if period.single and role != STUDIED:
                period = parse_period(_before_defence(sentence))
            if period.empty and employer_row and entry_period is None:
                entry_period = Period()
            if period.empty and hosted:
                period = Period(None, defence_year(page, block))
            if period.empty:
                if entry_period is None:
                    entry_period = record_period or _entry_period(page, block)
                    if entry_period.empty:
                        entry_period = _date_below(page, block)
                period = entry_period
                if (
                    role == EMPLOYED
                    and period.single
                    and block.section
                    and ("(" in block.section[-1] or ", " in block.section[-1])
                    and graduate_heading(block.section[-1])
                ):
                    period = Period()  # "A (PhD 2009)" › "… five years at X": the degree's year
            if (
                role == EMPLOYED
                and ("from" in text or " de " in text)
                and _LEFT_FROM.search(text, max(0, mentions[0].start - 40), mentions[0].start)
            ):
                period = Period()  # "on secondment from X to Y": X's post, the stay's years
            if period.single and role == EMPLOYED and _joined_in(sentence):
                period = period.as_start()  # "joined X in 2016 as a lecturer": a start
            elif period.single and role == EMPLOYED and _STARTS_POST.search(sentence):
                period = period.as_start()  # "[Oct 2023] Started my postdoc at X": a start
            newest = role == EMPLOYED and _latest_in_timeline(page, block, sentence)
            if period.single and newest:
                period = period.as_start()  # the timeline's newest entry: held since then
            if period.single and role == STUDIED and block.kind is BlockKind.PARAGRAPH:
                period = arrival_to_defence(block.text, period)  # "moved to X in 2013 for…"
            started = (
                period.single
                and role == STUDIED
                and (
                    "tart" in sentence
                    or "egan" in sentence
                    or "ébut" in sentence
                    or "ommenc" in sentence
                    or "ntam" in sentence
                )
                and _STARTED_STUDIES.search(sentence)
            )
            if started:
                period = period.as_start()  # "[Sep 2023] Started my PhD at X": its first year
            elif role == STUDIED:
                period = period.as_end()
            else:
                period = period.as_point()
            confidence = 0.8 if rule == "organisation.position" else 0.7
            if role == EMPLOYED and len(lines) > 1 and line is not lines[-1]:
                mentions = _institutes_of_a_later_university(mentions, lines, line)
            later = (
                _NEXT_MOVE.search(text)
                if "efore" in text
                or "avant" in text
                or " now" in text
                or " est " in text
                or " suis " in text
                or "aujourd" in text
                else None
            )
            moved = [m for m in mentions if later and m.start >= later.end()]
            if moved and len(moved) < len(mentions):
                # "a fellow at X (2013–2015), before joining Y as a lecturer in 2015": the
                # years before the cue are X's; Y's are those of its own clause.
                mentions = [m for m in mentions if m not in moved]
                clause = parse_period(text[later.start() :])
                # ("my PhD at X in 2019, … before joining Y as a professor in 2021": Y's
                # own clause says which role its year is of)
                moved_role = _role(_without_mentions(text, moved)[later.start() :]) or role
                if later.group()[:1] == ",":
                    # ", aujourd'hui au Y": the present place's own role, else a post
                    moved_role = _role(_without_mentions(text, moved)[later.start() :]) or EMPLOYED
                _emit(
                    page,
                    owner,
                    moved,
                    text,
                    sentence,
                    # ("… thèse à X, avant d'être recruté au Y en 2014": a post, whatever the
                    # sentence's first role)
                    moved_role
                    if later.group()[:1] == "," or _HIRED_CUE.search(later.group())
                    else role,
                    bool(member_word),
                    clause.as_end() if moved_role == STUDIED else clause.as_start(),
                    confidence,
                    rule,
                    newest,
                    member_word.start() if isinstance(member_word, re.Match) else 0,
                )
                if not parse_period(sentence).empty:
                    # the stated years of the sentence before the cue are the others' own
                    text = text[: later.start()]
                    period = parse_period(text)
                    period = period.as_end() if role == STUDIED else period.as_point()
            _emit(
                page,
                owner,
                mentions,
                text,
                sentence,
                role,
                bool(member_word),
                period,
                confidence,
                rule,
                newest,
                member_word.start() if isinstance(member_word, re.Match) else 0,
            )


# "his students", "her former doctoral students' students", "ses doctorants": people the
# owner supervised, not the owner's own studies.
_OTHERS_STUDENTS = re.compile(
    r"(?i)\b(?:his|her|my|our|their|ses|mes|nos|leurs)\s+(?:(?:own|former|current|many|"
    r"doctoral|phd|graduate|anciens|anciennes)\s+){0,2}(?:students|doctorants|doctorantes)"
    r"(?:['’]\s*students)?"
    # ("ses anciens doctorants étaient présents : A, B, ou encore C, recrutée à X": the list
    # after the colon, and the places its students went to)
    r"(?:(?:\s+[a-zà-ÿ'’-]+){0,5}\s*:[^.;]*)?"
)


# "Research visit at X", "séjour de recherche à Y": a stay as a guest, neither a post nor
# studies at the host.
_RESEARCH_VISIT = re.compile(
    r"(?i)\b(?:research\s+(?:visit|stay)|academic\s+visit|séjour\s+(?:de\s+recherche|"
    r"scientifique)|visite\s+de\s+recherche)\b"
    # "Spent three months visiting A's lab at X", "visited B's group at Y": a guest too
    r"|\b(?:spent|spending)\b[^.;]{0,40}?\bvisiting\s+(?:the\s|(?-i:[A-ZÀ-Þ]))"
    r"|\bvisit(?:ed|ing)\s+(?:[A-ZÀ-Þ][\w.-]*\s+){1,3}?[\w-]*['’]s?\s+(?:lab|group|team)\b"
)
# A stay on leave from one's post ("on sabbatical leave at X", "mobilité de recherche à Z"):
# the host is neither employer nor school.  (A "visiting scholar at X" stays read as a post,
# as the held-out pages' readers took it.)
_GUEST_STAY = re.compile(
    r"(?i)\b(?:(?:on\s+)?sabbatical(?:\s+leave)?|on\s+(?:research\s+|study\s+)?leave(?!\s+from)"
    r"|mobilité\s+(?:de\s+recherche|internationale|scientifique))\b"
)


def _title_short_forms(page: Page, mentions: list[OrgMention]) -> list[OrgMention]:
    """ "praticienne au CHU depuis 2017" on a page titled "Dr A | CHU X": the bare acronym
    opening the title's organisation is that organisation, called by its short form."""
    titled = _title_org(page)
    if titled is None or " " not in titled.name:
        return mentions
    lead = titled.name.split(" ", 1)[0]
    if lead in known_acronyms():
        return mentions  # "CNRS Biologie": the CNRS named alone is the CNRS itself
    return [
        replace(m, name=titled.name, kind=titled.kind) if m.name == lead else m for m in mentions
    ]


def _without_guest_hosts(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """The mentions outside a guest's stay: those after its cue, up to the clause's end,
    are its hosts."""
    stay = _GUEST_STAY.search(text)
    if stay is None:
        return mentions
    end = text.find(";", stay.end())
    end = len(text) if end < 0 else end
    return [m for m in mentions if not stay.end() <= m.start < end]


_NO_TIE_HINTS = ("isit", "onsult", "artner")
# The end of a visit's or a partnership's clause: the places after it are the person's own.
_CLAUSE_END = re.compile(r"[;.]|,\s+(?:and|et|where|où|while|tandis)\b|\s\((?:19|20)\d\d")


def _without_untied(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """The mentions outside a visit's, a consultancy's or a partnership's clause ("he
    visited the X Centre", "a été consultant pour l'Agence Y"): those after its verb, to the
    clause's end, are no employer or school of the person."""
    spans = []
    for verb in LEXICON.pattern("NO_TIE_VERBS").finditer(text):
        end = _CLAUSE_END.search(text, verb.end())
        spans.append((verb.end(), end.start() if end else len(text)))
    return [m for m in mentions if not any(a <= m.start < b for a, b in spans)]


# A teacher's rank, then the subject taught: "agrégée de SVT", "professeur d'EPS".
_SUBJECT_OF = re.compile(
    r"(?i)\b(?:agrégée?|certifiée?|professeure?|enseignante?|teacher)\s+(?:de|d['’]|of)\s*$"
)
# "R&D", "IT", "HR": a department named in a job's title, not a unit of the owner's.
_TITLE_ACRONYM = re.compile(r"R&D|IT|HR|RH|QA|R&T")
# "entrer au CNRS", "entré à l'Inria", "a rejoint l'INSERM": joining the body named next.
_ENTERED = re.compile(
    r"(?i)\b(?:entr(?:er|ée?|ant)|rejoindre|rejoint|rejoignant)\s+(?:au|à\s+l['’]|le|l['’])\s*$"
)
# "…, soutient sa thèse en 1965, puis rejoint le CNRS", "…, then joined the Y": the
# clause after the thesis names the next post, not one more place of the doctorate.
_THEN_JOINED = re.compile(
    r"(?i),\s+(?:puis|then)\s+(?:(?:a|il|elle|he|she)\s+)?(?:rejoint|rejoins|joined|joins|moved\s+to"
    # ("puis il part ensuite pour l'Observatoire X", "then left for Y": the next post)
    r"|part\s+(?:ensuite\s+)?pour|left\s+for)"
    r"\s+(?:the\s+|le\s+|la\s+|les\s+|l['’]\s*|au\s+|à\s+l['’]\s*)?$"
)
# An expansion naming a place of study: entering it may be studying there.
_SCHOOL = re.compile(r"(?i)[ée]cole|school|universit|college|technolog|polytechn|INSA|INP")


def _entered_body(text: str, mention: OrgMention) -> bool:
    """A national research body known by its bare acronym, right after a joining verb."""
    known = known_acronyms()
    return (
        mention.kind is OrgKind.INSTITUTION
        and mention.name in known
        and not _SCHOOL.search(known[mention.name])
        and _ENTERED.search(text, max(0, mention.start - 30), mention.start) is not None
    )


# ("UMR X", "Unité mixte de recherche Y": a French joint lab named by its status)
_LAB_HEAD = re.compile(r"(?i)laborato|labo\b|lab\b|umr\b|unité\s+mixte\b")
# "my PhD (thesis) at", "ma thèse au": the owner's own doctorate, right before its place.
_THESIS_AT = re.compile(
    r"(?i)\b(?:my|ma|mon)\s+(?:ph\.?d\.?|doctorate|thèse|doctorat)(?:\s+thesis)?\s+"
    r"(?:at|in|au|à|dans)\s+(?:the\s+|l['’]\s*|le\s+)?$"
)


_MEMBER_LEAD = re.compile(
    r"[\s,:;–—-]*(?:of\s+(?:the\s+)?|the\s+|(?:de\s+)?(?:la\s+|le\s+|l['’])|du\s+|des\s+|de\s+)?"
    # "Member, Leukemia Biology Program, X Cancer Institute": the centre's research
    # programme named first, the place the member belongs to after it
    r"(?:[A-Z][\w-]*\s+){1,4}Program(?:me)?\s*,\s*|"
    r"[\s,:;–—-]*(?:of\s+(?:the\s+)?|the\s+|(?:de\s+)?(?:la\s+|le\s+|l['’])|du\s+|des\s+|de\s+)?"
)


def _member_entry(text: str, member_word, mentions: list[OrgMention]) -> bool:
    """An appointment entry whose post is its membership word, right before the place
    ("Member, X Cancer Center", "Member of the Y Institute"): a member there, no employee."""
    return (
        isinstance(member_word, re.Match)
        and member_word.group()[:1] in "Mm"
        and bool(mentions)
        and member_word.end() <= mentions[0].start
        and _MEMBER_LEAD.fullmatch(text, member_word.end(), mentions[0].start) is not None
    )


def _lab_hosts_thesis(page: Page, text: str, mention: OrgMention) -> bool:
    """A lab's acronym that hosts a thesis ("laboratoire G2EI", « sa thèse réalisée au
    LEMR », « doctorante au LX »): a member there; a university's or a known body's
    acronym grants the degree instead."""
    full = page.acronyms.get(mention.name, "")
    if mention.name in known_acronyms() or _SCHOOL.search(full):
        return False
    return (
        _LAB_WORD_BEFORE.search(text, 0, mention.start) is not None
        or _THESIS_HOSTED_AT.search(text, max(0, mention.start - 60), mention.start) is not None
    )


def _member_of_lab(mention: OrgMention, member_word, text: str = "") -> bool:
    """ "membre de l'équipe X du Laboratoire Y": a member of the team is one of the
    laboratory it names as its parent (not of an institute or a university); "du
    laboratoire Y" writes the head word before the name in lower case."""
    if not member_word:
        return False
    # ("du laboratoire Écologie des Sols", "du laboratoire LX": the head word outside the name)
    headed = _LAB_WORD_BEFORE.search(text, 0, mention.start) is not None
    return (mention.kind is OrgKind.UNIT or headed and mention.kind is OrgKind.ACRONYM) and (
        headed or bool(_LAB_HEAD.match(mention.name) or _LAB_HEAD.match(text, mention.start))
    )


_LAB_WORD_BEFORE = re.compile(r"(?i)\b(?:laboratoire|laboratory)\s+$")


_STUDENT_AT = re.compile(r"(?i)\b(?:ph\.?d\.?|doctoral)\s+student\s+(?:at|in)\s+(?:the\s+)?$")
_BRACKET_AFTER = re.compile(r"\s*\(([^()]{2,120})\)")
# Between a university and the institute within it: "University Y (2020–2023), in the".
_HOSTED_IN = re.compile(
    r"\s*(?:\([^()]{0,40}\))?\s*,\s*(?:in|within|au\s+sein\s+de|dans)\s+"
    r"(?:the\s+|l['’]\s*|la\s+|le\s+)?",
    re.I,
)
_RESEARCH_INSTITUTE = re.compile(r"(?i)^institut(?:e)?\s+(?!.*(?:technolog|polytechn))")
# "Institut de Recherche en X", "Institute for Research on Y": named a research body
_RESEARCH_NAMED = re.compile(r"(?i)^institut(?:e)?\s+(?:de\s+recherches?|for\s+research)\s")
# « Centre de recherche en X », "Research Centre for Y": a research body's own name
_RESEARCH_CENTRE = re.compile(r"(?i)^(?:centre\s+de\s+recherches?|research\s+cent(?:re|er))\s")
# « thèse préparée au », « thèse a été réalisée au sein de l' », « doctorante à l' », « en
# doctorat à l' »: the place a thesis is carried out in, right before it
_THESIS_HOSTED_AT = re.compile(
    r"(?i)(?:\bthèse\s+(?:a\s+été\s+)?(?:préparée|réalisée|effectuée)|\bdoctorant(?:e|s|es)?|"
    r"\ben\s+doctorat)\s+(?:au\s+sein\s+(?:de\s+l['’]\s*|du\s+|de\s+la\s+)|à\s+l['’]\s*|au\s+|"
    r"à\s+la\s+|dans\s+l['’]\s*)$"
)
# ", matériaux et génie civil": lower-case words after a comma, the rest of a name
_NAME_GOES_ON = re.compile(r",\s+[a-zà-ÿ][\w-]*\s+(?:et|and)\s")
# "affectée à l'X", "affecté au Y": a researcher's assignment to a lab
_ASSIGNED_TO = re.compile(r"(?i)\baffecté(?:e|s|es)?\s+(?:à\s+l['’]\s*|à\s+la\s+|au\s+|à\s+)$")


def _institutes_of_a_later_university(
    mentions: list[OrgMention], lines: list[str], line: str
) -> list[OrgMention]:
    """A header's "Institut de Recherche X (IX)" over "Secteur Y – Université Z": a research
    institute of the university named below it, the owner's unit (the university employs)."""
    later = lines[lines.index(line) + 1 :]
    if not any("niversit" in other for other in later) or any(
        _UNIVERSITY.search(m.name) for m in mentions
    ):
        return mentions
    return [
        OrgMention(m.name, OrgKind.UNIT, m.start, m.end)
        if m.kind is OrgKind.INSTITUTION and _RESEARCH_INSTITUTE.match(m.name)
        else m
        for m in mentions
    ]


_COMPANY = re.compile(
    rf"(?:{LEXICON.pattern('EMPLOYER_CUES').pattern})\s+"
    r"(?P<org>[A-ZÀ-Þ][\w'’&-]+(?:\s+(?:&\s+)?[A-ZÀ-Þ][\w'’&-]+){0,3})"
)


def _with_companies(
    text: str, sentence: str, mentions: list[OrgMention], company_cue: bool, page_text: str = ""
) -> list[OrgMention]:
    """*mentions* and the companies named after a position and "at"/"chez" that none of
    them covers (a company known by its trade noun, or after the French cue)."""
    found = []
    if " at " in text and any(noun in text for noun in COMPANY_NOUNS):
        found = _company_after_position(text)
        found = [m for m in found if m.name.rsplit(None, 1)[-1] in COMPANY_NOUNS]
    if not found and " at " in text and "(" in text:
        # "a research scientist at Orlavex (2019–2021), and before that a postdoc at
        # University Y": one coined word after the post, closed by the post's own years
        found = [
            m
            for m in _company_after_position(text, page_text)
            if " " not in m.name and _YEARS_BRACKET.match(text, m.end)
        ]
    if company_cue and " chez " in sentence and sentence.startswith(text):
        found += _company_after_cue(sentence)
    found = [m for m in found if not any(o.start < m.end and m.start < o.end for o in mentions)]
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


_GROUP_TAILS = "|".join(map(re.escape, LEXICON.LOWER_UNIT_TAILS))
# "a postdoc in the statistical physics group at University X": a unit named in lower
# case before its head word, placed in its parent ("leads the soft matter group" alone
# reads as a description here, and "works on robust learning" as a topic).
_NAMED_GROUP = re.compile(
    rf"(?<![\w-])(?:{alternation([re.escape(c) for c in LEXICON.GROUP_IN_CUES])})\s+the\s+"
    rf"(?P<name>(?-i:[a-z][a-z-]{{2,}}\s+){{1,3}}(?-i:{_GROUP_TAILS}))"
    r"(?=\s+at\s+(?:the\s+)?(?-i:[A-ZÀ-Þ]))"
)
_NOT_GROUP_NAMES = frozenset(LEXICON.NOT_GROUP_NAMES)
# "an associate member of the Lumen team (Institut X)", "in the Cobalt team at Lab Y": a
# team's one-word name before its lower-case kind word ("team" only: "the Smith group"
# is a professor's)
_NAMED_TEAM_IN = re.compile(
    rf"(?<![\w-])(?:{alternation([re.escape(c) for c in LEXICON.GROUP_IN_CUES])})\s+the\s+"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+)\s+team\b(?!\s+(?:of|at)\b)"
)


def _with_named_groups(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """*mentions* and the units named in lower case before their head word and their
    parent: "a postdoc in the soft matter group at University X" (see ``_NAMED_GROUP``),
    or by one capitalised word before "team" ("member of the Lumen team")."""
    found = []
    for match in (*_NAMED_GROUP.finditer(text), *_NAMED_TEAM_IN.finditer(text)):
        if any(w in _NOT_GROUP_NAMES for w in match.group("name").split()[:-1]):
            continue
        start, end = match.start("name"), match.end("name")
        if any(m.start < end and start < m.end for m in mentions):
            continue
        found.append(OrgMention(match.group("name"), OrgKind.UNIT, start, end))
    return sorted([*mentions, *found], key=lambda m: m.start) if found else mentions


_SECONDED = re.compile(
    rf"(?i:{alternation([re.escape(c) for c in LEXICON.SECONDMENT_CUES])})\s+"
    r"(?:l['’]\s*|la\s+|le\s+|the\s+)?"
    # the body's name, whatever its head word: up to the clause's end or the next cue
    r"(?P<org>[A-ZÀ-Þ][\w'’-]*(?:\s+(?:[\w'’-]+)){0,7}?)"
    r"(?=\s*(?:[,;:()\n—–]|\.(?:\s|$)|$)|\s+(?i:depuis|puis|où|since|until|where|as|comme|pour|"
    r"for|from|en\s+tant|(?:de|en|in)\s+(?:19|20)\d\d)\b)"
)


def _seconded_body(text: str) -> list[OrgMention]:
    """ "2020–2023 Détachée auprès de l'Agence Kervalis de l'eau": the body a secondment
    names, read whole up to the clause's end (its head word need be no known one)."""
    match = _SECONDED.search(text)
    if match is None or reads_as_person(match.group("org")):
        return []
    return [
        OrgMention(match.group("org"), OrgKind.INSTITUTION, match.start("org"), match.end("org"))
    ]


_YEARS_BRACKET = re.compile(r"\s*\((?:19|20)\d\d\b")
HOST_AFTER_PLACE = 12  # characters: ", chez " between a place and the cue's name


def _company_after_cue(text: str) -> list[OrgMention]:
    """ "ingénieure chez Orthélios Robotique depuis 2023": a company named without a head
    word, after a position word and the employer cue; not a person ("chez Marie X")."""
    if _role(text) != EMPLOYED:
        return []
    match = _COMPANY.search(text)
    if match is None:
        return []
    name = match.group("org")
    placed = text.rfind(", ", 0, match.start())
    if (
        placed >= match.start() - HOST_AFTER_PLACE
        and (before := find_organisations(text[:placed]))
        and before[-1].end == placed
    ):
        return []  # "un postdoc à l'Université X, chez B": the host there, a person
    if reads_as_person(name):
        return []
    return [OrgMention(name, OrgKind.INSTITUTION, match.start("org"), match.end("org"))]


# "a principal scientist at Ventrel Aerospace, where …": a name of two to four capitalised
# words right after a position and "at", closed by the clause (or by its years in brackets:
# "a staff scientist at Velmar Catalysts (2014–2016)"); "Research Scientist, Veridian
# Photonics, Santa Clara, CA": the piece between a position and the place of a CV's line.
_AT_RUN = re.compile(
    r"\s(?:at|chez)\s+(?P<org>[A-ZÀ-Þ][\w'’&-]+(?:\s+(?:&\s+)?[A-ZÀ-Þ][\w'’&-]+){0,3})"
    r"(?=\s*(?:[,;)]|\.(?:\s|$)|$|\((?:19|20)\d\d\b)|\s+(?:since|where|until|from|depuis)\b"
    # ("a senior scientist at Quarrel Biotech in Tromsø": the company, then its city)
    r"|\s+in\s+[A-ZÀ-Þ][a-zà-ÿ]"
    # ("Principal Scientist at X Analytics and an honorary fellow of Y": a second post)
    r"|\s+(?:and|et)\s+(?:an?|une?)\s+(?-i:[a-z]))"
)
_PLACED_RUN = re.compile(
    r",\s+(?P<org>[A-ZÀ-Þ][\w'’&-]+(?:\s+(?:&\s+)?[A-ZÀ-Þ][\w'’&-]+){1,3}),\s+[A-ZÀ-Þ][\w'’.-]+"
    r"(?:\s+[A-ZÀ-Þ][\w'’.-]+)?,\s+(?:[A-Z]{2}|[A-Z][a-z]+)\s*$"
)


# The first words of many places' names ("San Diego", "New Brunswick", "Saint Louis").
_PLACE_OPENERS = frozenset(
    "san santa santo sao new los las saint sainte st el la le port fort mount lake cape "
    "north south east west upper lower greater".split()
)


# "Distinguished Fellow in Translational Immunology at X", "Associate Director, Medicinal
# Chemistry at Y": the post's field in capitals between the post and its company, an
# acronym among its words too ("Head of ML Research at Corlith AI")
_POST_FIELD = re.compile(r"(?:\s+(?:in|of|for)|,)(?:\s+[A-Z][A-Za-z][\w-]*){1,4}")


_JOINED_COMPANY = re.compile(
    r"\b(?:joined|joining|"
    # "co-founded X in 2018 and is its CTO": a company one co-founded employs one
    r"co-?founded|"
    # "co-founder and CTO of X", "founder of X"
    r"(?:co-?)?founder(?:\s+(?:and|&)\s+(?:CEO|CTO|CSO|COO|chief\s+[a-z]+\s+officer))?\s+of)\s+"
    r"(?P<org>[A-Z][a-z]{4,}(?:\s+[A-Z][\w&-]+){0,2})"
    r"(?=\s+(?:in|as|on)\b|\s*[,;(]|\.(?:\s|$)|$)"
)


def _short_name(name: str, page_text: str) -> bool:
    """Whether *name* is the page's short form of a university or school named in full."""
    if name not in page_text:
        return False
    word = re.escape(name)
    return (
        re.search(
            rf"\b{word}\s+(?:[A-Z][\w-]+\s+)?{_SCHOOL_HEADS}|{_SCHOOL_HEADS}\s+of\s+(?:the\s+)?{word}\b",
            page_text,
        )
        is not None
    )


_SCHOOL_HEADS = r"(?:University|College|Institute|Polytechnic|School|Universit[éey])"


def _named_longer(name: str, page_text: str) -> bool:
    """Whether the page also names *name* inside a longer name ("Ventrel Aerospace",
    "Université de Vaubrelle"): the bare word is then a short form, maybe of no company."""
    word = re.escape(name)
    pattern = rf"\b{word}\s+[A-ZÀ-Þ]|\b(?:of|de|du|d['’])\s*(?:the\s+)?{word}\b"
    return re.search(pattern, page_text) is not None


@cache
def _career_move() -> re.Pattern[str]:
    """A career move's verb up to the employer's first word ("moved to the ", "has been with
    ", "spent three years at ", « a rejoint la société »), from the lexicon's lists."""

    def words(name: str) -> str:
        return "|".join(re.escape(w) for w in sorted(LEXICON.words[name], key=len, reverse=True))

    return re.compile(
        rf"(?i:\b(?:{words('CAREER_MOVES')})|\b(?:{words('DURATION_VERBS')})\s+(?:[\w-]+\s+){{1,2}}?"
        rf"(?:{words('DURATION_UNITS')})\s+(?:at|with|à|chez))"
        rf"\s+(?:(?i:{words('MOVE_COMPANY_LEADS')})\s+)?(?:(?i:the|la|le)\s+|(?i:l)['’]\s*)?(?=[A-ZÀ-Þ])"
    )


# A company's name of one to three capitalised words, then its clause goes on (also with a
# present participle: "spent eight years at X building lab automation").
_MOVED_COMPANY = re.compile(
    r"(?P<org>[A-ZÀ-Þ][\w'’&-]{3,}(?:\s+[A-ZÀ-Þ][\w'’&-]+){0,2})"
    r"(?=\s+(?:in|as|on|since|before|until|where|en|comme|depuis|avant|où|[a-z]{2,}ing)\b"
    r"|\s*[,;(]|\.(?:\s|$)|$)"
)


def _moved_into(text: str, mention: OrgMention) -> bool:
    """Whether a career move's verb opens *mention* ("moved to the X Institute in 2016"); a
    lab or a team one joins is a membership, read elsewhere."""
    return mention.kind is not OrgKind.UNIT and any(
        m.end() == mention.start for m in _career_move().finditer(text)
    )


def _company_joined(
    text: str, page_text: str, moves: bool = False, after: int = 0
) -> list[OrgMention]:
    """The company a person "joined" or is "co-founder of", named without a head word (not
    a university's short name: "joined Hallam in 2009" beside "Hallam University"); with
    *moves*, also one a career move names ("has been with Quarrel Biologics since 2020");
    only from offset *after* on."""
    runs = [
        run
        for move in (_career_move().finditer(text, after) if moves else ())
        if (run := _MOVED_COMPANY.match(text, move.end())) is not None
    ]
    for match in (*_JOINED_COMPANY.finditer(text, after), *runs):
        name = match.group("org")
        first = fold(name.split()[0])
        if reads_as_person(name) or fold(name) in PLACE_NAMES or first in NOT_NAME_WORDS:
            continue
        if _short_name(name, page_text):
            continue
        if "ounded" in match.group() and _SPIN_OUT.match(text, match.end("org")):
            continue  # ("co-founded X, a spin-out of the lab": a side venture, not the post)
        return [OrgMention(name, OrgKind.INSTITUTION, match.start("org"), match.end("org"))]
    return []


# An academic's venture named after it: "…, a spin-out commercialising …", "(a spin-off)".
_SPIN_OUT = re.compile(r"(?i),?\s*\(?an?\s+(?:[\w-]+\s+)?spin-?(?:out|off)\b")


def _company_after_position(text: str, page_text: str = "") -> list[OrgMention]:
    """A company named without a head word, right after the owner's position (see
    ``_AT_RUN``, ``_PLACED_RUN``); not a person ("postdoc at A"), not a place alone."""
    positions = LEXICON.pattern("POSITIONS")
    runs = [*_AT_RUN.finditer(text)] if " at " in text or " chez " in text else []
    if text.count(", ") >= 3:
        runs += _PLACED_RUN.finditer(text)
    for match in runs:
        before = text[max(0, match.start() - 60) : match.start()].rstrip()
        words = list(positions.finditer(before))
        last = words[-1] if words else None  # the position word closest before
        if (
            last is None
            or last.end() < len(before)
            # (a post that ends with its "of": "Head of| ML Research at X")
            and not _POST_FIELD.fullmatch(before, last.end() - 3 * last.group().endswith(" of"))
            or _role(before[last.start() :]) != EMPLOYED
        ):
            continue
        name = match.group("org")
        if reads_as_person(name):
            continue
        if " " not in name and (not _COMPANY_WORD.fullmatch(name) or _short_name(name, page_text)):
            continue  # ("Head of ML at Orlavex": one coined word; "at MIT" is read elsewhere)
        first = fold(name.split()[0])
        if fold(name) in PLACE_NAMES or first in NOT_NAME_WORDS or first in _PLACE_OPENERS:
            continue  # a place, or a field ("Research Scientist, Computer Science, Ithaca, NY")
        return [OrgMention(name, OrgKind.INSTITUTION, match.start("org"), match.end("org"))]
    return []


_DEGREE_PLACE = re.compile(
    # ("Établissement de délivrance :" on a French defence notice: the degree's grantor)
    r"(?i)\s*(?:(?P<defence>(?:établissement|université|universite)\s+de\s+"
    r"(?:soutenance|délivrance)|établissement\s+délivrant(?:\s+le\s+diplôme)?|awarded\s+by|"
    r"degree[- ]granting\s+institution|awarding\s+institution|degree\s+grantor)|"
    # ("University/institution:" on a dissertation index's record)
    r"(?:university\s*/\s*)?institution|établissement|"
    # ("dc.publisher" of a repository's thesis record: the university that published it)
    r"(?P<publisher>publisher))\s*:"
)
RECORD_BLOCK_FIELDS = 8  # a results list's record: a few labelled fields in one block
RECORD_RUN_FIELDS = 30  # a repository's full record: its fields' rows, one a block


_THESIS_RECORD = re.compile(r"(?i)\b(?:th[eè]se|thesis|dissertation|soutenance|defen[cs]e)\b")
_DEGREE_FIELD = re.compile(r"(?im)^[ \t]*degree(?:[ \t]+(?:name|level))?[ \t]*:[ \t]*\S")
# A line that is a quoted title whole: "« X »", "“Y”"
_QUOTED_LINE = re.compile(r"^\s*(?:«[^«»]{8,}»|“[^“”]{8,}”|\"[^\"]{8,}\")\s*\.?\s*$")
PROSE_ENTRY_CHARS = 160  # a paragraph longer than this is prose, no CV entry of studies
_UNIT_THEN_UNIVERSITY = re.compile(r"^\s*(?:\([^()]{1,40}\))?\s*[,–—-]\s*$")
# "au Centre X (CX), École doctorale Y (ED 901), Université Z": a doctoral school between
_UNIT_SCHOOL_THEN_UNIVERSITY = re.compile(
    r"(?i)^\s*(?:\([^()]{1,40}\))?\s*,\s*(?:au\s+sein\s+de\s+l['’]\s*|dans\s+l['’]\s*|in\s+the\s+)?"
    r"(?:[ée]cole\s+doctorale|doctoral\s+school)\b[^,;.()]{0,80}(?:\([^()]{1,20}\))?\s*,\s*"
    r"(?:(?:à|de)\s+l['’]\s*|at\s+(?:the\s+)?)?$"
)
_STUDIES_AFTER = re.compile(
    r"(?i)\b(?:après|after)\s+(?:(?:des|ses|mes|leurs|his|her|my|their)\s+)?(?:études|studies)\b"
)
_PRIZE_OF = re.compile(
    r"(?i)\b(?:prix|award(?:ed)?)(?:\s+de\s+(?:la\s+)?thèse|\s+[\w-]+)?\s+"
    r"(?:de\s+la|de\s+l['’]|du|des|de|d['’]|from\s+the|from|of\s+the|of)\s*$"
)
_HOSPITAL = re.compile(
    r"(?i)(?:CHU|CHRU|CHR)\b|h[ôo]pita|hospices?\b|centre\s+hospitalier|hospital|klinikum"
)
# "sous la direction de A (MCF HDR)", "B, maîtresse de conférences HDR": an advisor's rank
# after the advisor's name, not a habilitation the entry records.
_RANK_HDR = re.compile(
    r"([A-ZÀ-Þ][\w'’-]+)(?:\s*\(|,\s*)(?i:mcf|mc|cr|crcn|dr|pu|pr|ir|ma[îi]tre(?:sse)?\s+de\s+"
    r"conférences|chargée?\s+de\s+recherches?|professeure?)\s*[-,]?\s*HDR\b\)?"
)
_HABILITATION_NOTE = re.compile(r"(?i)\s*\((?:hdr|habilitation)\b[^()]*\)")
RECORD_FIELD_CHARS = 80  # a record's field: "Date de soutenance: …", "Type: Thèse"
RECORD_LABEL_CHARS = 30


_DEFENDED_LINE = re.compile(r"(?i)^\s*(?:soutenue?|défendue?|defended)\s+(?:le|on|in)\b")


_DATE_LABEL = re.compile(r"(?i)\s*(?:date\s+de\s+soutenance|defen[cs]e\s+date|date)\s*:")


_EMPLOYMENT_TYPE = re.compile(
    r"(?P<org>[A-ZÀ-Þ][^·|\n]{1,60}?)\s+[·|]\s+(?i:full-time|part-time|contract|freelance|"
    r"self-employed|internship|apprenticeship|temps plein|temps partiel|cdi|cdd|stage)\b"
)
# "Helix Grid Analytics · Copenhagen": a company's line closed by its city
_PLACE_TAIL = re.compile(r"\s+·\s+[A-ZÀ-Þ][\w'’.-]+(?:,?\s+[A-ZÀ-Þ][\w'’.-]+){0,2}\s*$")
# "2021 — present: Senior Research Scientist", "Summer 2016: Research Intern": a timeline
# entry's title line opening on its own dates
_DATED_TITLE = re.compile(
    r"^\W*(?:[^\W\d]{3,9}\s+)?(?:19|20)\d\d(?:\s*[–—-]+\s*(?:(?:19|20)\d\d|[^\W\d]{3,9}))?\s*:\s"
)
# A company's name alone on its line: two to five capitalised words, "&" between them.
_COMPANY_LINE = re.compile(r"[A-ZÀ-Þ][\w'’-]+(?:\s+(?:&\s+)?[A-ZÀ-Þ][\w'’-]+){1,4}")
_COMPANY_WORD = re.compile(r"[A-Z][a-z]{4,}")


def _company_below_title(lines: list[str]) -> str | None:
    """ "Data Scientist" over "Marlow & Sons Analytics" (an experience entry copied from a
    profile, its dates on the next line): the employer named without a head word, under
    a line that is a position and nothing else."""
    if (
        len(lines) < 2
        # (its dates may follow on the block's next line: "Jul 2014 - Feb 2018 · 3 yrs",
        # or open the title's: "2021 — present: Senior Scientist" / "X · Oslo" / prose)
        or len(lines) > 2
        and not _DATE_LINE.match(lines[2])
        and not _DATED_TITLE.match(lines[0])
        or _role(lines[0]) != EMPLOYED
        or any(c.isdigit() for c in lines[1])
    ):
        return None
    name = _PLACE_TAIL.sub("", lines[1].strip())
    if find_organisations(lines[0], {}) or not (
        _COMPANY_LINE.fullmatch(name)
        # "Senior Scientist" / "Orlavex" / "2015 – 2017": a company of one coined word,
        # only between a title and its dates (a lone word is a place or a field elsewhere)
        or len(lines) > 2
        and _DATE_LINE.match(lines[2])
        and _COMPANY_WORD.fullmatch(name)
        and _role(name) is None
    ):
        return None
    if reads_as_person(name):
        return None  # "Postdoc" / "Maria Lindqvist": a host, no company
    return name


# ("2017–2021 · Helix & Harrow Therapeutics · Principal Scientist": a middle dot too)
_COMMA_COMPANY = re.compile(
    r"(?:,|\s·)\s+(?P<org>[A-ZÀ-Þ][\w'’-]+(?:\s+(?:&\s+)?[A-ZÀ-Þ][\w'’-]+){1,3})"
    r"(?=\s*(?:[,(;.·]|$))"
)


# A notice's signature line ("gez. Prof. Dr. A", "signed: B", « signé : C »): its
# signatory's name and post, none of the page owner's
_SIGNED = re.compile(r"(?i)^\W*(?:gez\.|sgd\.|signed\b|signé(?:e)?\b)")
_NO_POST_THERE = re.compile(
    r"(?i)\b(?:écoles?\s+d['’](?:été|hiver)|summer\s+school|winter\s+school|"
    r"organisée?s?\s+(?:à|au|par)|organi[sz]ed\s+(?:at|by)|held\s+at|"
    r"(?:un|a)\s+cours\b|taught\s+(?:a|one)\s+(?:course|class)|guest\s+lectures?)"
)
# "2019 Senior Fellow of the Higher Education Academy", « Membre élue de l'Académie X »:
# an entry that opens on a learned or professional body's fellowship (an honour)
_FELLOW_OF_BODY = re.compile(
    r"^\W*(?:(?:19|20)\d\d\W+)?(?:(?:senior|principal|honorary|associate)\s+)?"
    r"(?:fellow|membre\s+élue?)\s+(?:of|de)\s",
    re.I,
)
_COMPANY_KIND_AFTER = re.compile(
    r"\s*\((?i:consultancy|consulting firm|company|firm|start-?up|société|entreprise)\)"
)


def _company_after_comma(text: str, page_text: str = "") -> list[OrgMention]:
    """ "Research Scientist, Quillon Robotics (Boston)": a company named without a head
    word, after the owner's position, known by its trade noun (see ``COMPANY_NOUNS``)."""
    if _role(text) != EMPLOYED:
        return []
    for match in _COMMA_COMPANY.finditer(text):
        name = match.group("org")
        # ("Economist, Quellwood Partners (consultancy), Leeds": its trade in brackets)
        if name.rsplit(None, 1)[-1] in COMPANY_NOUNS or _COMPANY_KIND_AFTER.match(
            text, match.end()
        ):
            return [OrgMention(name, OrgKind.INSTITUTION, match.start("org"), match.end("org"))]
    coined = _COMMA_COINED.search(text)
    if coined is None:
        return []
    # "Research scientist, Orlavex (2011–2015)": one coined word right after the position
    # (the post's last word at the comma), closed by the entry's brackets or its end
    name = coined.group("org")
    words = list(LEXICON.pattern("POSITIONS").finditer(text, 0, coined.start()))
    if (
        not words
        or text[words[-1].end() : coined.start()].strip()
        or reads_as_person(name)
        or fold(name) in PLACE_NAMES
        or fold(name) in NOT_NAME_WORDS
        or _role(name) is not None
        or _short_name(name, page_text)
    ):
        return []
    return [OrgMention(name, OrgKind.INSTITUTION, coined.start("org"), coined.end("org"))]


_COMMA_COINED = re.compile(r",\s+(?P<org>[A-Z][a-z]{4,})(?=\s*(?:\(|$))")


_DATE_LINE = re.compile(r"^\W*(?:[^\W\d]{3,9}\.?\s+)?(?:19|20)\d\d\b")


def _date_below(page: Page, block: Block) -> Period:
    """The dates of an entry written on the line below it ("Whitcombe Institute" / "Sep 2017
    - Feb 2021 · 3 yrs"), when that line holds nothing else."""
    following = page.next_block(block)
    if (
        following is None
        or following.kind is not BlockKind.PARAGRAPH
        or following.section != block.section
        or len(following.text) > 60
        or not _DATE_LINE.match(following.text)
    ):
        return Period()
    return parse_period(following.text)


def _date_above(page: Page, block: Block) -> Period:
    """The dates of an entry written alone on the line right above it."""
    index = page.index(block)
    above = page.document.blocks[index - 1] if index else None
    if above is None or above.section != block.section or not LONE_DATE.match(above.text):
        return Period()
    return parse_period(above.text)


def _under_heading(page: Page, block: Block) -> bool:
    """*block* is the first block under its innermost heading."""
    index = page.index(block)
    previous = page.document.blocks[index - 1] if index else None
    return (
        previous is not None
        and previous.kind is BlockKind.HEADING
        and (previous.text == block.section[-1])
    )


# "Université X : City, Country" alone on a line (ORCID's record written in paragraphs).
_ORG_PLACE_LINE = re.compile(r"^[^:|]{4,90}?\s:\s[^:|,\d]{2,40},\s*[^:|,\d]{2,30}$")


def _heading_line(page: Page, block: Block) -> str | None:
    """The heading right above *block*, or the "Organisation : City, Country" line before it
    in the same section (a heading in all but markup)."""
    if not block.section:
        return None
    if _under_heading(page, block):
        return block.section[-1]
    index = page.index(block)
    previous = page.document.blocks[index - 1] if index else None
    if (
        previous is not None
        and previous.kind is BlockKind.PARAGRAPH
        and previous.section == block.section
        and " : " in previous.text
        and _ORG_PLACE_LINE.match(previous.text)
    ):
        return previous.text
    blocks = page.document.blocks
    for back in range(1, ORG_LINE_REACH + 1):
        # "Universidade Federal de X, UFX, Brasil." / "Vínculo institucional" / "2016 -
        # Atual" / "Vínculo: …, Professor Adjunto": a CV system's employer line over its
        # link's label and dates (a Lattes CV).
        above = blocks[index - back] if index >= back else None
        if above is None or above.kind is not BlockKind.PARAGRAPH or above.section != block.section:
            return None
        if _ORG_ACRONYM_LINE.match(above.text):
            return above.text
        if not (LONE_DATE.match(above.text) or len(above.text) <= ORG_LINE_LABEL):
            return None
    return None


ORG_LINE_REACH = 3  # blocks between an employer's line and the post it heads
ORG_LINE_LABEL = 30  # characters: a short label line between them ("Vínculo institucional")
# "Universidade Federal de X, UFX, Brasil.": an organisation, its acronym, its country.
_ORG_ACRONYM_LINE = re.compile(
    r"^[^,:\n]{6,100},\s*[A-Z][A-Za-z&-]{1,9},\s*[A-ZÀ-Þ][^,:\n]{2,30}\.?$"
)


# "### Post-doctorante — Laboratoire X" (a resume theme's entry): the post, a dash, the place
_ROLE_DASH = re.compile(r"^(?P<role>[^\n—–|:]{3,60}?)\s+[—–]\s+$")


def _heading_role(prefix: str) -> str | None:
    """The role a heading's "Post — " prefix names, before the place it heads."""
    dashed = _ROLE_DASH.match(prefix)
    return _role(dashed.group("role")) if dashed else None


def _heading_institutions(page: Page, block: Block) -> list[OrgMention]:
    """The institutions named by the heading right above *block* (its first block) when the
    block itself names none."""
    heading = _heading_line(page, block)
    if heading is None:
        return []
    found = [
        m
        for m in find_organisations(heading, page.acronyms)[:1]
        if m.kind is OrgKind.INSTITUTION
        and (m.start < 3 or _heading_role(heading[: m.start]) is not None)
        or m.kind is OrgKind.UNIT
        and _LAB_HEAD.match(m.name)
        and _heading_role(heading[: m.start]) is not None
    ]
    if not found:
        return []
    bare = re.sub(r"\([^()]*\)", "", block.text)  # "(School of Computing)": a detail
    if any(m.kind is OrgKind.INSTITUTION for m in find_organisations(bare, page.acronyms)):
        return []
    return found


_ITS = re.compile(r"(?i)\b(?:its|their|son|sa|leur)\s+$")
# "thèse préparée au X", "thesis carried out at X": the place that hosted a thesis
_THESIS_PREPARED = re.compile(
    r"(?i)\b(?:thèse|these|thesis|doctorat|ph\.?d\.?)\s+(?:préparée|preparee|réalisée|effectuée|"
    r"carried\s+out|prepared|conducted|done)\s+(?:au|à|a|dans|at|in)\b"
    # "doctorat de chimie de l'Université X, préparé à l'Institut Y": the participle after
    # the degree's own clause
    r"|\b(?:doctorat|thèse|ph\.?d\.?)\b[^.;]{0,120},\s+(?:préparée?|réalisée?|effectuée?|"
    r"prepared|carried\s+out|conducted)\s+(?:au|à|dans|at|in)\b"
)
# "l'Institut X (IX – UMR 5914, CNRS, Université Y, Z INP)": the bodies in a unit's bracket
# after its code run the unit, the member belongs to the unit only.
_UNIT_CODE_BRACKET = re.compile(r"\([^()]*?\b(?:UMR|UPR|UAR|UMS|FRE|EA|UR|U)[ \t]?\d{3,4}\b[^()]*$")
_MEMBER_BEFORE = re.compile(
    r"(?i)\b(?:membre|member)"
    # « Membre titulaire du CHSA », « membre associée de l'Institut Y »: the member's kind
    r"(?:\s+(?:titulaire|permanente?|statutaire|associée?|élue?))?"
    r"\s+(?:du|des|de\s+la|de\s+l['’]|de|d['’]|of\s+the|of)\s*$"
    # "Associate Member, X Centre for Y" (a CV entry's title, then the place): a membership
    r"|\b(?:associate|affiliate|external|honorary|corresponding)\s+member\s*,\s*$"
    # "Chaire de professeur junior, INSA X, rattachée à l'Institut Y": the post's unit
    r"|\brattachée?\s+(?:au|à\s+la|à\s+l['’])\s*$"
)
# "Affiliated researcher, Pacific X Observatory": a member of a place with no head word that
# says it employs (an "Affiliated Researcher, Institute Y" may be its staff)
_AFFILIATED_BEFORE = re.compile(
    r"(?i)\baffiliated?\s+(?:researcher|scientist|investigator|member)s?\s*(?:,|at|of|with)"
    r"\s*(?:the\s+)?$"
)
# « chercheuse associée, équipe X, Institut Y », "Associate researcher at the Y Institute":
# an associate's institute hosts, it does not employ (the team's name may come between)
_ASSOCIATE_BEFORE = re.compile(
    r"(?i)\b(?:chercheu(?:r|se)s?|enseignante?s?-chercheu(?:r|se)s?|membres?)\s+associée?s?"
    r"|\bassociate\s+(?:researcher|scientist|investigator)s?"
)
_ASSOCIATE_TAIL = re.compile(
    r"(?i)\s*(?:,|:|à|au|at|of|with|in)?\s*(?:[^,.;()]{3,80},\s*)?"
    r"(?:the\s+|l['’]|la\s+|le\s+)?$"
)


_ARTICLE_GAP = re.compile(r"\s*(?:l['’]|le\s+|la\s+|les\s+|the\s+)?")


def _prepared_right_before(text: str, mention: OrgMention) -> bool:
    """Whether a thesis's "préparé(e) à", "prepared at" leads right to *mention*."""
    start = max(0, mention.start - 160)
    return any(
        _ARTICLE_GAP.fullmatch(text, found.end(), mention.start)
        for found in _THESIS_PREPARED.finditer(text, start, mention.start)
    )


ASSOCIATE_CHARS = 120


def _associate_before(text: str, start: int) -> bool:
    """Whether an associate's post ends right before *start*, at most one comma-closed
    piece (the team) between: « chercheuse associée, équipe X, » before « Institut Y »."""
    posts = list(_ASSOCIATE_BEFORE.finditer(text, max(0, start - ASSOCIATE_CHARS), start))
    return bool(posts) and _ASSOCIATE_TAIL.fullmatch(text, posts[-1].end(), start) is not None


def _research_institute(name: str) -> bool:
    """ "Institut de Recherche X", "Redmere Photonics Institute": an institute that has
    members (an "Institute of Technology" is a university)."""
    low = name.lower()
    return low.startswith("institut") or (" institute" in low and "technology" not in low)


JOINED_UNIT_CHARS = 16  # "a intégré l'", "rejoint le ": the verb right before the unit


def _coded_unit(page: Page, name: str) -> bool:
    """Whether the page writes *name* with a joint unit's code in the bracket after it
    ("Institut X (IX, UMR 9902)"): a lab its bodies run, whatever its name's head word
    (a UPR is the CNRS's own unit, which the page may well call its employer); "Institut X
    (IX), UMR 9902": the code after the acronym's own bracket; "Institut X (IX, CNRS /
    Université Y)": the bodies running it, read already."""
    if any(c.extractor == "organisation.bodies" and c.subject == name for c in page.claims):
        return True
    text = page.document.text
    if "UMR" not in text:
        return False
    return (
        re.search(rf"{re.escape(name)}\s*(?:\([^()]{{0,20}}\)\s*,\s*|\([^()]{{0,20}})\bUMR\b", text)
        is not None
    )


def _research_centre(name: str) -> bool:
    """ "Centre interuniversitaire de recherche X", "Interuniversity Research Centre on Y": a
    research centre that has members (a national centre of research is an employer)."""
    low = name.lower()
    return (
        low.startswith(("centre", "center")) or " research cent" in low
    ) and "national" not in low


def _last_university(mentions: list[OrgMention]) -> OrgMention:
    return [m for m in mentions if _UNIVERSITY.search(m.name)][-1]


# A country closing an entry's place line after the acronym (", Brasil.", ", Espanha").
_COUNTRY_CLOSE = re.compile(r"\s*,\s*[A-ZÀ-Þ][\w-]+(?:\s+[A-ZÀ-Þ][\w-]+){0,2}\s*\.?\s*$")


def _own_acronym(text: str, mentions: list[OrgMention], index: int) -> bool:
    """ "X (ACR)", "X (ACR, UMR 8871)": the acronym alone in brackets after the mention before
    it ("(IRIG, équipe Y)" names a team too: not alone); "X, ACR, Country." likewise."""
    mention = mentions[index]
    between = text[mentions[index - 1].end : mention.start].strip()
    if (
        between == ","
        and index == len(mentions) - 1
        and mentions[index - 1].kind is OrgKind.INSTITUTION
        and _COUNTRY_CLOSE.match(text, mention.end)
    ):
        return True  # "Instituto X, INPX, Brasil." (a Lattes entry): the name, its acronym
    if between != "(":
        return False
    close = text.find(")", mention.end)
    following = mentions[index + 1].start if index + 1 < len(mentions) else len(text)
    return 0 <= close < following


_DOCTORAL_SCHOOL = re.compile(r"(?i)^(?:é|e)cole\s+doctorale\b|^doctoral\s+school\b")


_POSSESSIVE = ("'s ", "’s ")
_WHICH_PART = re.compile(
    r"(?i)\s*,?\s*(?:which|that)\s+(?:is|forms)\s+(?:a\s+)?part\s+of\s+(?:the\s+)?$"
)


def _before_bracket(mentions: list[OrgMention], index: int, opened: int) -> OrgMention | None:
    """The unit named right before the bracket opened at *opened* (its bodies' mentions
    inside), or None."""
    before = [m for m in mentions[:index] if m.end <= opened]
    return before[-1] if before and before[-1].kind is OrgKind.UNIT else None


def _emit(
    page: Page,
    owner: str,
    mentions: list[OrgMention],
    text: str,
    sentence: str,
    role: str | None,
    member_word: bool,
    period: Period,
    confidence: float,
    rule: str,
    newest: bool = False,
    member_from: int = 0,
) -> None:
    chained: set[int] = set()
    inner: set[int] = set()  # "Institute of Geodesy, Technical University of X": a part
    # "Laboratoire X (LPPF, UMR 8871), Université Y": the bracketed acronym is X's own name,
    # the chain goes on from X to Y.
    mentions = [
        m
        for i, m in enumerate(mentions)
        if not (i and m.kind is OrgKind.ACRONYM and _own_acronym(text, mentions, i))
    ]
    # "Université X, Faculté des sciences, Institut Y" (a repository's "Institution"
    # field): the whole first, then its parts, each a part of the one before it.
    descending = (
        len(mentions) >= 3
        and mentions[0].kind is OrgKind.INSTITUTION
        and _UNIVERSITY.search(mentions[0].name) is not None
        and all(
            m.kind is not OrgKind.INSTITUTION or not _UNIVERSITY.search(m.name)
            for m in mentions[1:]
        )
        and all(
            text[a.end : b.start].strip() == ","
            for a, b in zip(mentions, mentions[1:], strict=False)
        )
        # "Laboratoire X (Université Y, CNRS, École Z)": a lab's supervising bodies in
        # brackets, side by side, none a part of the one before it
        and not text[: mentions[0].start].rstrip().endswith("(")
    )

    # "Vakgroep X / Département de X, Faculteit Y / Faculté des Y": each level named in two
    # languages; the chain runs between the names said first
    said_first: dict[str, str] = {}
    if "/" in text:
        for a, b in zip(mentions, mentions[1:], strict=False):
            if text[a.end : b.start].strip() == "/" and _translation(a.name, b.name):
                said_first[b.name] = said_first.get(a.name, a.name)

    def part_of(part: OrgMention, whole: OrgMention, confidence: float) -> None:
        part_name = said_first.get(part.name, part.name)
        whole_name = said_first.get(whole.name, whole.name)
        if part_name == whole_name:
            return
        page.add(
            part_name,
            Relation.PART_OF,
            whole_name,
            sentence.strip(),
            "organisation.chain",
            confidence,
        )

    for index in range(len(mentions) - 1):
        first, second = mentions[index], mentions[index + 1]
        if descending:
            part_of(second, first, 0.55)
            continue
        if first.kind is OrgKind.INSTITUTION and text[first.end : second.start] in _POSSESSIVE:
            # "the University of X's Faculty of Y": the faculty is the university's part
            part_of(second, first, 0.6)
            unit = mentions[index - 1] if index else None
            gap = text[unit.end : first.start] if unit is not None else ""
            if unit is not None and (_PART_OF_BETWEEN.match(gap) or _WHICH_PART.match(gap)):
                # "the School of Z, which is part of the University of X's Faculty of Y":
                # both are the school's parents, the owner's unit is the school
                part_of(unit, second, 0.6)
                chained.update((index, index + 1))
            continue
        if first.kind is OrgKind.ACRONYM and _RANKED_BY.search(text, 0, first.start):
            continue  # "chercheuse qualifiée FNRS à l'Université X": a body's rank, no unit
        # "(IRIG, équipe X)": the lab, then its team: the owner is the team's member.
        lab_then_team = (
            first.kind is OrgKind.ACRONYM
            and second.kind is OrgKind.UNIT
            and (
                text[first.end : second.start].strip() == ","
                # ("au LORIA-X, au sein de l'équipe Y": the team within the lab)
                or _TEAM_AFTER_LAB.match(text[first.end : second.start]) is not None
                # "au laboratoire LX (UMR 9903), équipe YZ": after the lab's bracket, a team
                # by its acronym (a plain word there may be a theme of the lab)
                or ACRONYM.match(second.name.split()[-1]) is not None
                and _TEAM_AFTER_LAB.match(_BRACKETED.sub("", text[first.end : second.start]))
                is not None
            )
            and _TEAM_OR_LAB.match(text, second.start)
        )
        if (
            lab_then_team
            or (
                # "Laboratoire X (LX), équipe Y": the team named after its lab is the lab's part.
                first.kind is OrgKind.UNIT
                and second.kind is OrgKind.UNIT
                and _TEAM_WORD.match(text, second.start)
                and not _TEAM_WORD.match(text, first.start)
                # ("Laboratoire X (LX), au sein de l'équipe Y": the team within the lab)
                and _TEAM_AFTER_LAB.match(_BRACKETED.sub("", text[first.end : second.start]))
            )
        ):
            part_of(second, first, 0.6)
            if lab_then_team:
                chained.add(index)
            continue
        if (
            index
            and second.kind is OrgKind.UNIT
            and ")" in text[first.end : second.start]
            and (opened := text.rfind("(", 0, first.start)) >= 0
            and (lab := _before_bracket(mentions, index, opened)) is not None
            and _TEAM_WORD.match(text, second.start)
            and not _TEAM_WORD.match(text, lab.start)
            and _TEAM_AFTER_LAB.match(_BRACKETED.sub("", text[lab.end : second.start]))
        ):
            # "au Laboratoire X (LX, UMR 1234, CNRS/Université Y), elle est rattachée à
            # l'équipe Z": the bodies in the lab's bracket stand between the lab and its team
            part_of(second, lab, 0.6)
            continue
        if (
            first.kind is OrgKind.ACRONYM
            and second.kind is OrgKind.INSTITUTION
            and DASH_GAP.fullmatch(text, first.end, second.start)
            and (_research_centre(second.name) or _research_institute(second.name))
            and not _UNIVERSITY.search(second.name)
        ):
            # "Professeur, INRS – Centre Énergie Matériaux": a body by its acronym, then its
            # own research centre after a dash: the body employs, the centre has the member.
            part_of(second, first, 0.55)
            mentions[index] = OrgMention(first.name, OrgKind.INSTITUTION, first.start, first.end)
            inner.add(index + 1)
            continue
        sub_institution = (
            first.kind is OrgKind.INSTITUTION
            # ("Institute for X, Y Institute of Technology": a technical university)
            and (_UNIVERSITY.search(second.name) or _TECHNICAL_UNIVERSITY.search(second.name))
            and not _UNIVERSITY.search(first.name)
            and not _TECHNICAL_UNIVERSITY.search(first.name)
            # "Chargé de recherche CNRS, Université X": a national body named by its
            # acronym works beside the university, it is not one of its institutes.
            and not ACRONYM.match(first.name)
            # ("(Inserm, Université X)": a body named so in mixed case, beside it too)
            and first.name not in known_acronyms()
            # "directeur de recherche Inria au Centre Inria de l'Université X": the body's own
            # centre at a university is the body's part, not its parent.
            and first.name not in second.name
        )
        between = _BRACKETED.sub("", text[first.end : second.start])
        if (first.kind is not OrgKind.INSTITUTION or sub_institution) and (
            _CHAIN.match(between)
            # "Institute of X | University Y | Town" (a record's cells): the same chain
            or sub_institution
            and between.strip() == "|"
        ):
            if sub_institution:
                inner.add(index)
            part_of(first, second, 0.6)
            chained.add(index + 1)
    faculty_only = role is not None and not any(m.kind is OrgKind.INSTITUTION for m in mentions)
    prized = "rix " in text or "ward" in text
    # "équipe X du Laboratoire Y (UMR 1234, CNRS / Université Z)": the joint unit's several
    # bodies run the lab; none of them is thereby its member's employer.
    joint = _joint_unit_bodies(text, mentions) if _UNIT_BODIES_HINT.search(text) else set()
    # « Catalyseurs pour l'hydrogénation du CO2 », 'Thesis: "Trust and X"': a work's title
    # in quotes names no place
    quoted = (
        [q.span() for q in QUOTED_TITLE.finditer(text)]
        if "«" in text or "“" in text or '"' in text
        else []
    )
    for index, mention in enumerate(mentions):
        if index in joint and (
            role == EMPLOYED
            # (a doctoral student's university grants the degree; CNRS grants none)
            or role == STUDIED
            and not _UNIVERSITY.search(mention.name)
        ):
            continue
        if quoted and any(a < mention.start and mention.end < b for a, b in quoted):
            continue
        if index in inner:
            # "MCF, IUT de X, Université Y": a university's institute of technology is a
            # teaching component where its staff are employed, not a unit with members
            relation = (
                Relation.EMPLOYED_AT
                if role == EMPLOYED and _TEACHING_COMPONENT.match(mention.name)
                else Relation.MEMBER_OF
            )
            page.add(owner, relation, mention.name, sentence.strip(), rule, confidence, period)
            continue
        if prized and _PRIZE_OF.search(text, max(0, mention.start - 30), mention.start):
            continue  # "le prix de la Fondation X", "an award from the Y Society": its giver
        if (
            faculty_only
            and mention.kind is OrgKind.UNIT
            and _FACULTY.match(mention.name)
            # "Faculty of Civil Engineering · Postdoc": a subject only, no place; a part of a
            # university named elsewhere, not one that stands for it
            and not _SUBJECT_FACULTY.match(mention.name)
        ):
            # "Doctorat soutenu à la Faculté des Sciences de X", no university named: the
            # faculty stands for the institution that graduates and employs.
            mention = OrgMention(mention.name, OrgKind.INSTITUTION, mention.start, mention.end)
        elif (
            faculty_only
            and role == EMPLOYED
            and mention.kind is OrgKind.UNIT
            and _STANDALONE_LABORATORY.fullmatch(mention.name)
        ):
            # "Research Fellow, Pellow Marine Laboratory", no university named: a place's
            # laboratory of a discipline is a research institution of its own, which
            # employs its fellows (and has them as members).
            page.add(
                owner,
                Relation.EMPLOYED_AT,
                mention.name,
                sentence.strip(),
                rule,
                confidence,
                period,
            )
        elif (
            index
            and mention.kind is OrgKind.UNIT
            and index + 1 not in chained
            and _STANDALONE_LABORATORY.fullmatch(mention.name)
            and _own_position_after_studies(text, mentions, index)
        ):
            # "my doctorate from University X in 2004 and was a Marie Curie fellow at the Y
            # Marine Laboratory from 2005 to 2007": the laboratory's own clause, after the
            # degree's, employs with its own years (and has the fellow as a member).
            clause = _clause_period(text, mention)
            period = clause if not clause.empty else period
            page.add(
                owner,
                Relation.EMPLOYED_AT,
                mention.name,
                sentence.strip(),
                rule,
                confidence,
                period,
            )
        if mention.kind is OrgKind.INSTITUTION:
            if (
                # "membre de l'Institut de Recherche X": a research institute has members.
                role is None
                and member_word
                and (
                    not is_strong_institution(mention.name)
                    or _research_institute(mention.name)
                    or _research_centre(mention.name)
                )
                and not (index and _UNIT_CODE_BRACKET.search(text, 0, mention.start))
                # "MCF à l'Université X, membre du Centre Y": the centre is the owner's unit.
                or (
                    not is_strong_institution(mention.name)
                    or _research_institute(mention.name)
                    or _research_centre(mention.name)
                )
                and _MEMBER_BEFORE.search(text[: mention.start])
                or (
                    "ffiliate" in text
                    and not is_strong_institution(mention.name)
                    and _AFFILIATED_BEFORE.search(text[: mention.start])
                )
                or (
                    # (« chercheuse associée au Centre d'études X »: a centre's associate too)
                    "ssoci" in text
                    and (_research_institute(mention.name) or _research_centre(mention.name))
                    and not _UNIVERSITY.search(mention.name)
                    and _associate_before(text, mention.start)
                )
                # "Doctorat, Université X — thèse préparée au CRIS": the research centre
                # hosts the thesis (a membership), the university before it grants the degree.
                or role == STUDIED
                and (
                    (_LAB_HEAD.search(mention.name) or _research_centre(mention.name))
                    and _THESIS_PREPARED.search(text, 0, mention.start)
                    # "doctorat de l'Université X, préparé à l'Institut Y": an institute
                    # only when the thesis was prepared right there
                    or _research_institute(mention.name)
                    and _prepared_right_before(text, mention)
                )
                and not _UNIVERSITY.search(mention.name)
                and any(
                    m.kind is OrgKind.INSTITUTION and _UNIVERSITY.search(m.name)
                    for m in mentions[:index]
                )
                or role == STUDIED
                and _research_institute(mention.name)
                and not _UNIVERSITY.search(mention.name)
                # (not a name cut at its own comma: "l'Institut de X, matériaux et Y (IXMY)")
                and not _CUT_NAME_AFTER.match(text, mention.end)
                and (
                    _WITHIN_BEFORE.search(text, max(0, mention.start - 20), mention.start)
                    or index
                    and _UNIVERSITY.search(mentions[index - 1].name)
                    and _THEN_AT.fullmatch(text, mentions[index - 1].end, mention.start)
                )
                # "professeur à l'Université X, au sein de l'Institut Y" (« du Centre Z »):
                # the institute or centre is the post's unit within the university that employs
                or role == EMPLOYED
                and index
                and (_research_institute(mention.name) or _research_centre(mention.name))
                and not _UNIVERSITY.search(mention.name)
                and _UNIVERSITY.search(mentions[index - 1].name)
                and "sein" in text[mentions[index - 1].end : mention.start]
                and _THEN_AT.fullmatch(text, mentions[index - 1].end, mention.start)
            ):
                page.add(
                    owner,
                    Relation.MEMBER_OF,
                    mention.name,
                    sentence.strip(),
                    rule,
                    confidence,
                    period,
                )
                continue
            if role is None:
                continue
            if (
                index in chained
                and (
                    # ("Professeure à la Faculté X de l'Université Y, membre de l'Institut Z":
                    # the membership word after the chain is not the chain's)
                    member_word
                    and member_from < mention.start
                    or not is_strong_institution(mention.name)
                )
                # "ma thèse au sein de l'équipe X de l'Institut Y, à l'Université Z": the
                # university at the chain's end grants the degree.
                and not (role == STUDIED and _UNIVERSITY.search(mention.name))
                # "Seagrass Ecology Lab, Trondvik Marine Station": a field station, museum or
                # company closing the chain, no university named, is the place that employs.
                and not (
                    role == EMPLOYED
                    and mention is mentions[-1]
                    and _ESTABLISHMENT.search(mention.name)
                    and not any(_UNIVERSITY.search(m.name) for m in mentions)
                )
            ):
                # "Kestrel Group, Northbridge Centre for X", "membre de l'équipe X de
                # l'Institut Y": the institution is the team's parent, not the employer.
                continue
            near = _role_near(text, mention.start, mentions)
            if near == TITLED_OTHER:
                continue  # "hosted by Professor A B of X": A B's place, not the owner's
            if (
                near == EMPLOYED
                and ", " in text[max(0, mention.start - 90) : mention.start]
                and (other := _THEN_POST_OF.search(text, max(0, mention.start - 90), mention.start))
                and owner.split()[-1] not in other.group("name")
            ):
                continue  # "C'est A, à l'époque professeur à X, qui …": A's post then
            if (near == STUDIED or near is None and role == STUDIED) and _WORKED_AT.search(
                text[max(0, mention.start - 60) : mention.start]
            ):
                near = EMPLOYED  # "his PhD at X, and spent six years at Y": Y's own clause
            if (
                near == STUDIED
                and ("ujourd" in text or "ésormais" in text or " now " in text)
                and _NOW_BEFORE.search(text, max(0, mention.start - 30), mention.start)
            ):
                near = EMPLOYED  # "Ancien doctorant du X, aujourd'hui au Y": Y's present post
            if (
                near == STUDIED
                and ("puis " in text or "then " in text)
                and (joined := _THEN_JOINED.search(text, max(0, mention.start - 40), mention.start))
                and _role(text[mention.end :]) != STUDIED
            ):
                # "soutient sa thèse en 1965, puis rejoint le CNRS": a post, its own years
                near, period = EMPLOYED, parse_period(text[joined.start() :])
            if near != STUDIED and ("where" in text or "où" in text):
                where_studied = _WHERE_STUDIED.match(text, mention.end)
                if where_studied and near == EMPLOYED and " also " in where_studied.group():
                    # "a lecturer at X, where she also completed her PhD": a post there and
                    # the degree it granted
                    page.add(
                        owner,
                        Relation.STUDIED_AT,
                        mention.name,
                        sentence.strip(),
                        rule,
                        confidence,
                        parse_period(text[mention.end :]).as_end(),
                    )
                elif where_studied:
                    near = STUDIED  # "trained under B at X, where she earned her PhD in 2013"
            joined_as = (
                _JOINED_AS.match(text, mention.end)
                if "tant" in text or "comme" in text or " as " in text
                else None
            )
            if joined_as and _role(joined_as.group(1)) == EMPLOYED:
                near = EMPLOYED  # "a rejoint X en 2010 en tant que professeur assistant"
            if near == INTERN:
                continue
            if (
                near == STUDIED
                and ("nseign" in text or "nterv" in text)
                and _TEACHES.search(text, 0, mention.start)
            ):
                continue  # "J'enseigne en licence et en master à l'Université X": courses
            if near == STUDIED and role != STUDIED and period.start == period.end:
                period = Period(None, period.end)  # a single year read as a graduation
            if near is not None:
                role = near
            relation = Relation.EMPLOYED_AT if role == EMPLOYED else Relation.STUDIED_AT
            parent = mentions[index + 1] if index + 1 < len(mentions) else None
            if (
                role == STUDIED
                and parent is not None
                and not is_strong_institution(mention.name)
                and is_strong_institution(parent.name)
                and _PART_OF_BETWEEN.match(text[mention.end : parent.start])
            ):
                # "doctorant au Centre X, rattaché à l'Université Y": the lab hosts the
                # student, the university grants the degree.
                relation = Relation.MEMBER_OF
            if (
                relation is Relation.STUDIED_AT
                and mention.kind is OrgKind.UNIT
                and parent is not None
                and parent.kind is OrgKind.INSTITUTION
                and _UNIVERSITY.search(parent.name)
                and _UNIT_THEN_UNIVERSITY.match(text[mention.end : parent.start])
            ):
                # "Doctorant — Institut X (IX, UR 4640), Université Y": a research unit (its
                # code says so) hosts the student, the university after it grants the degree.
                relation = Relation.MEMBER_OF
            if (
                relation is Relation.STUDIED_AT
                and parent is not None
                and not is_strong_institution(mention.name)
                and not _UNIVERSITY.search(mention.name)
                and _UNIVERSITY.search(parent.name)
                and _UNIT_SCHOOL_THEN_UNIVERSITY.match(text[mention.end : parent.start])
            ):
                # "Thèse préparée au Centre X (CX), École doctorale Y (ED 901), Université Z":
                # the centre hosts the thesis, the university after its school grants it.
                relation = Relation.MEMBER_OF
            if (
                relation is Relation.STUDIED_AT
                and _RESEARCH_INSTITUTE.match(mention.name)
                and (
                    (bodies := _BRACKET_AFTER.match(text, mention.end)) is not None
                    and _UNIVERSITY.search(bodies.group(1))
                    or _STUDENT_AT.search(text, 0, mention.start)
                    or index > 0
                    and _UNIVERSITY.search(mentions[index - 1].name)
                    and _HOSTED_IN.fullmatch(text, mentions[index - 1].end, mention.start)
                )
            ):
                # "my PhD at the Institut X (CNRS / Université Y)", "PhD student at the
                # Institut X", "PhD at University Y (2020–2023), in the Institut X": the
                # institute hosts the doctorate, a university grants it.
                relation = Relation.MEMBER_OF
            if (
                relation is Relation.STUDIED_AT
                and not _UNIVERSITY.search(mention.name)
                and (
                    _RESEARCH_INSTITUTE.match(mention.name) or _RESEARCH_CENTRE.match(mention.name)
                )
                and _THESIS_HOSTED_AT.search(text, max(0, mention.start - 60), mention.start)
            ):
                # « thèse préparée au Centre de recherche X », « doctorante à l'Institut Y »,
                # « poursuivi en doctorat à l'Institut Z »: the institute hosts the thesis, a
                # university grants it
                if _NAME_GOES_ON.match(text, mention.end):
                    continue  # « l'Institut de X, Y et Z (IXYZ) »: a name read cut at its comma
                relation = Relation.MEMBER_OF
            if (
                relation is Relation.EMPLOYED_AT
                and "ffect" in text
                and not _UNIVERSITY.search(mention.name)
                # (a lab, or an institute named a research one: "Institut de Physique du
                # Globe de X" is an establishment of its own, which employs, unless the
                # sentence named the employer first: "chargé de recherche au CNRS, affecté à
                # l'Institut de Biologie de X")
                and (
                    mention.kind is OrgKind.UNIT
                    or _RESEARCH_NAMED.search(mention.name)
                    or index > 0
                )
                and _ASSIGNED_TO.search(text, max(0, mention.start - 24), mention.start)
            ) or (
                relation is Relation.STUDIED_AT
                and _RESEARCH_INSTITUTE.match(mention.name)
                and _RESEARCH_NAMED.search(mention.name)
            ):
                # "chargée de recherche CNRS, affectée à l'Institut X": the lab the body's
                # researcher is assigned to; "doctorante à l'Institut de Recherche en X": a
                # research institute hosts the thesis (neither employs nor grants)
                relation = Relation.MEMBER_OF
            if (
                relation is Relation.EMPLOYED_AT
                and mention.kind is OrgKind.INSTITUTION
                and (_research_institute(mention.name) or _research_centre(mention.name))
                and not _UNIVERSITY.search(mention.name)
                and (
                    any(
                        m.kind is OrgKind.INSTITUTION and m.name in known_acronyms()
                        for m in mentions[:index]
                    )
                    # « il a intégré l'IMX en 2019 »: joining the unit itself
                    or LEXICON.pattern("JOINING").search(
                        text, max(0, mention.start - JOINED_UNIT_CHARS), mention.start
                    )
                )
                and _coded_unit(page, mention.name)
            ):
                # "CR CNRS, IQX" where the page writes "Institut X (IQX, UMR 9902)" (or
                # "Centre de X (CX, UMR 7790)"): the body named first employs, the institute
                # or centre its code calls a unit hosts; one who joins such a unit is its member
                relation = Relation.MEMBER_OF
            if (
                relation is Relation.EMPLOYED_AT
                and parent is not None
                and _CENTRE_FOR.match(mention.name)
                and is_strong_institution(parent.name)
                and text[mention.end : parent.start].strip() == ","
            ):
                # "Postdoctoral Fellow, Centre for X, Y Institute": the centre is a unit of
                # the institute that employs.
                relation = Relation.MEMBER_OF
            if (
                relation is Relation.EMPLOYED_AT
                and not _UNIVERSITY.search(mention.name)
                and parent is not None
                and parent.kind is OrgKind.UNIT
                and any(_UNIVERSITY.search(m.name) for m in mentions[:index])
                # "thèse à l'Université X, puis recrutée au CNRS": another role, another place
                and _role(text[_last_university(mentions[:index]).end : mention.start]) is None
            ):
                # "MCF à l'Université X, à l'Institut Y, équipe Z": after the employer, an
                # institute that holds a team is the lab the owner belongs to.
                relation = Relation.MEMBER_OF
            if (
                (
                    relation is Relation.EMPLOYED_AT
                    or relation is Relation.STUDIED_AT
                    and _RESEARCH_INSTITUTE.match(mention.name)
                )
                and index > 0
                and not _UNIVERSITY.search(mention.name)
                and not ACRONYM.match(mention.name)
                and _UNIVERSITY.search(mentions[index - 1].name)
                and _BARE_SEPARATOR.match(text[mentions[index - 1].end : mention.start])
                # "PU-PH, Université X / CHU X": the hospital employs too, it hosts no lab
                and not _HOSPITAL.match(mention.name)
            ):
                # "MCF · Université X · Institut Y (IRIG)", "Doctorat, Université X, Institut
                # Y": an institute listed right after the university, with no role of its
                # own, is the lab it hosts.
                relation = Relation.MEMBER_OF
            if (
                relation is Relation.EMPLOYED_AT
                and index > 0
                and _ITS.search(text, 0, mention.start)
            ):
                # "Reader at University X and co-director of its Centre Y": a unit of the
                # employer named just before.
                relation = Relation.MEMBER_OF
            told = _before_defence(text)
            # (a post named before "soutiendra son HDR le 12 juin 2025" is not dated by it)
            clause = _clause_period(told if mention.end <= len(told) else text, mention)
            if (
                clause.empty
                and len(text) < len(sentence)
                and mention is mentions[-1]
                and (at := sentence.rfind(mention.name)) >= 0
                and not parse_period(text).empty
            ):
                # "… at Inria (2012-2022), and postdoc at X in the group of A (2010-2012)":
                # the years after the people cut off the line close X's clause.
                clause = parse_period(sentence[at + len(mention.name) :])
            if (
                clause.empty
                and role == EMPLOYED
                and not period.empty
                and index + 1 < len(mentions)
                and (
                    moved := LEXICON.pattern("JOINING").search(
                        text, mention.end, mentions[index + 1].start
                    )
                )
                and not years_in(text[: moved.start()])
                # ("moved to the Y", "then joined Y"; not "X, which I joined in 2010 after Y")
                and len(text[moved.end() : mentions[index + 1].start].strip()) <= 4
            ):
                # "a postdoc at X she moved to Y (2016–2019)": the years are the next
                # stay's, X's own clause tells none.
                page.add(owner, relation, mention.name, sentence.strip(), rule, confidence)
                continue
            if (
                role == EMPLOYED
                and "from " in text
                and (moved := _move_period(text, mention, mentions, clause, period)) is not None
            ):
                # "in 2026 the lab will move from X to Y": X's post ends, Y's begins then
                page.add(owner, relation, mention.name, sentence.strip(), rule, confidence, moved)
                continue
            if not clause.empty:
                # "a PhD at X in 2004, then a position at Y (2006–2015)": each its own years.
                if clause.single and role == EMPLOYED and _joined_in(sentence):
                    clause = clause.as_start()  # "joined X in 2016": a start
                if clause.single and role == EMPLOYED and newest:
                    clause = clause.as_start()  # the timeline's newest entry: held since then
                clause = clause.as_end() if role == STUDIED else clause.as_point()
                if role == EMPLOYED:
                    later = [m.start for m in mentions if m.start > mention.end]
                    clause = _until(clause, text[mention.end : min(later, default=len(text))])
                page.add(owner, relation, mention.name, sentence.strip(), rule, confidence, clause)
                continue
        elif index in chained and not (
            # ("Chargée de recherche, équipe X, Laboratoire Y": a post in the lab's team)
            lab_of_team := _member_of_lab(mention, member_word or role == EMPLOYED, text)
        ):
            continue  # "team X of LIMV at Univ. Y": the lab is a parent, not the owner's
        elif mention.kind is OrgKind.ACRONYM and not _introduced(text, mention):
            continue  # "e.g. SGD": an acronym not introduced as a place is not one
        elif (
            mention.kind is OrgKind.ACRONYM
            and role == STUDIED
            and index + 1 < len(mentions)
            and mentions[index + 1].kind is OrgKind.INSTITUTION
            and _UNIVERSITY.search(mentions[index + 1].name)
            and text[mention.end : mentions[index + 1].start].strip(" *_") == "("
        ):
            # "doctorante au GIPSA-Rhône (Université X)": the lab hosts the student, the
            # university in its bracket grants the degree.
            relation = Relation.MEMBER_OF
            page.add(
                mention.name,
                Relation.PART_OF,
                mentions[index + 1].name,
                sentence.strip(),
                "organisation.chain",
                0.55,
            )
        elif mention.kind is OrgKind.ACRONYM and role == STUDIED and not member_word:
            relation = (
                Relation.MEMBER_OF
                if _lab_hosts_thesis(page, text, mention)
                else Relation.STUDIED_AT
            )
        elif (
            role == STUDIED
            and not _TEAM_OR_LAB.search(text[max(0, mention.start - 25) : mention.end + 25])
            # "Institut X (IX, UR 4640)": a research unit by its code, the student's lab
            and not UNIT_CODE_AFTER.match(text, mention.end)
        ):
            continue  # a student's department is not a membership worth a claim
        else:
            if index in chained and not lab_of_team:
                continue  # "team X, at lab Y": the owner is a member of the team only
            if _INTERN_NOUN.search(text) and _role_near(text, mention.start, mentions) == INTERN:
                continue  # "stage de recherche au laboratoire X": the host lab, no membership
            relation = Relation.MEMBER_OF
            if (
                role == STUDIED
                and _LAB_HEAD.match(mention.name)
                and not any(m.kind is OrgKind.INSTITUTION for m in mentions)
                and _THESIS_AT.search(text, 0, mention.start)
            ):
                # "I did my PhD thesis at the Laboratoire X from 2019 to 2022", no university
                # named: the laboratory stands for the place of the doctorate.
                relation = Relation.STUDIED_AT
        if relation is Relation.MEMBER_OF and len(set(years_in(text))) > 2:
            # "Ingénieur (2003), docteur (2007), chargé de recherche au Laboratoire X de 2009
            # à 2016, puis a rejoint Y en 2016": a story of several posts, each unit its own
            # clause's years.
            clause = _clause_period(text, mention)
            if not clause.empty:
                if clause.single and _joined_in(text[: mention.start + 80]):
                    clause = clause.as_start()
                period = clause.as_point() if not clause.single or clause.end else clause
        if relation is Relation.MEMBER_OF and ("depuis" in text or "since" in text):
            later = [m.start for m in mentions if m.start > mention.end]
            own = _SINCE_AFTER.match(text, mention.end, min(later, default=len(text)))
            if own:
                # "… de 2009 à 2013, puis dirige l'équipe X depuis 2021": the unit's own years
                period = Period(int(own.group(1)), None)
        page.add(owner, relation, mention.name, sentence.strip(), rule, confidence, period)
        if (
            relation is Relation.MEMBER_OF
            and role == EMPLOYED
            and mention.kind is OrgKind.UNIT
            and index + 1 not in chained  # (no parent written after the unit)
        ):
            parent = _titled_parent(page, mention.name)
            if parent is not None:
                # "He joined the Department of Physics as a lecturer" on a page titled
                # "… | Department of Physics | X University": X employs.
                page.add(owner, Relation.EMPLOYED_AT, parent, sentence.strip(), rule, 0.6, period)


# "She came to Penmarsh in 2009": the short name of the university the page title names.
_ARRIVED_AT = re.compile(
    r"\b(?:came\s+to|joined|moved\s+to)\s+(?:the\s+(?=\S+\s+faculty\b))?"
    r"(?P<place>[A-ZÀ-Þ][\w'’-]+)\s+(?:faculty\s+)?(?:in\s+)?(?P<year>(?:19|20)\d\d)\b"
)
HEADER_BLOCKS_FOR_TITLE = 6  # a text dump has no <title>: its banner lines stand for it


def _titled_university(page: Page) -> str | None:
    """The one university the page's title (or a text dump's banner lines) names, else
    None."""
    title = page.document.title
    # (a text dump without its <title>: the site's banner lines open the text)
    lines = (
        [title]
        if title is not None
        else [x for b in page.document.blocks[:HEADER_BLOCKS_FOR_TITLE] for x in b.lines]
    )
    titled = list(
        dict.fromkeys(
            m.name
            for line in lines
            for m in find_organisations(_SITE_KIND.sub("", line), page.acronyms)
            if m.kind is OrgKind.INSTITUTION and is_strong_institution(m.name)
        )
    )
    return titled[0] if len(titled) == 1 and _UNIVERSITY.search(titled[0]) else None


def _arrived_at_titled(page: Page, owner: str, arrived: re.Match, sentence: str) -> None:
    """The university of the page title employs the owner who "came to" its short name
    ("joined the Harwell faculty in 2017")."""
    university = _titled_university(page)
    if university is not None and arrived.group("place") in university.split():
        year = int(arrived.group("year"))
        page.add(
            owner,
            Relation.EMPLOYED_AT,
            university,
            sentence.strip(),
            "organisation.arrived-titled",
            0.6,
            Period(year, None),
        )


# "In 1971 A arrived from the University of X", "B joined the School in 1979", « elle est
# arrivée de l'Université X en 1985 », « C a rejoint l'école en 1990 »: an arrival at the
# page's own unit, whose university the page's title names (the place left is no post there)
_ARRIVED_HOME = re.compile(
    r"(?i)\b(?:arrived\s+from|est\s+arrivée?\s+d[eu']|"
    r"(?:joined|a\s+rejoint)\s+(?:the|our|le|la|l['’]|notre)\s*(?:department|school|faculty|"
    r"département|école|faculté)\s+(?:in|en)\s+(?:19|20)\d\d\b)"
)
_ARRIVAL_HINTS = ("rrived", "rrivé", "joined ", "rejoint")  # (a cheap test before it)
_TAKEN_AS = re.compile(r"\b(?:as|comme|en\s+tant\s+que)\s+[^,;.]{3,60}")


def _arrived_home(page: Page, owner: str, arrived: re.Match, sentence: str) -> None:
    """The university of the page title employs the owner who arrived at its unit ("In
    1971 A arrived from the University of X", "joined the School in 1979"), from the one
    year the sentence names; none when the arrival is a student's."""
    university = _titled_university(page)
    taken = _TAKEN_AS.search(sentence, arrived.end())
    if university is None or taken and _role(taken.group()) == STUDIED:
        return  # ("joined the School in 1979 as a doctoral student")
    years = set(years_in(sentence))
    page.add(
        owner,
        Relation.EMPLOYED_AT,
        university,
        sentence.strip(),
        "organisation.arrived-home",
        0.6,
        Period(years.pop() if len(years) == 1 else None, None),
    )


def _sole_institution(page: Page, text: str) -> str | None:
    """The one strong institution *text* names ("… Graduate School of Engineering, Kisaragi
    University": the university among several), else None."""
    places = {
        m.name
        for m in find_organisations(text, page.acronyms)
        if m.kind is OrgKind.INSTITUTION and is_strong_institution(m.name)
    }
    if len(places) > 1:
        places = {p for p in places if _UNIVERSITY.search(p)}
    return places.pop() if len(places) == 1 else None


def _only_institution(page: Page, text: str) -> bool:
    """Whether *text* names one institution and no other body beside it."""
    mentions = find_organisations(text, page.acronyms)
    return len({m.name for m in mentions if m.kind is OrgKind.INSTITUTION}) == 1


def _titled_parent(page: Page, unit: str) -> str | None:
    """The strong institution the page title names beside *unit*, if it names *unit*."""
    title = page.document.title or ""
    if unit not in title:
        return None
    strong = [
        m.name
        for m in find_organisations(title, page.acronyms)
        if m.kind is OrgKind.INSTITUTION and is_strong_institution(m.name)
    ]
    return strong[0] if len(strong) == 1 else None


# "Affiliations", "Rattachement": a heading or a label over a person's units.
_AFFILIATIONS = r"\s*(?:current\s+)?(?:affiliations?|rattachements?)\s*"
_AFFILIATIONS_HEADING = re.compile(_AFFILIATIONS + "$", re.IGNORECASE)
_SINCE_AFTER = re.compile(
    r"[^.;]{0,30}?\b(?:depuis|since)\s+(?:(?:le\s+)?\d{1,2}(?:er)?\s+)?(?:[^\W\d]{3,9}\.?\s+)?"
    r"((?:19|20)\d\d)\b"
)
TITLE_CHARS = 60  # a profile entry's title line ("Senior Scientific Advisor")


def _names_only_a_body(line: str, page: Page) -> bool:
    """Whether *line* is one institution's name and nothing else."""
    mentions = find_organisations(line, page.acronyms)
    return (
        len(mentions) == 1
        and mentions[0].kind is OrgKind.INSTITUTION
        and not (line[: mentions[0].start] + line[mentions[0].end :]).strip()
    )


# "On secondment from X", "on leave from X", "en détachement de X": the home employer,
# whose post the stay's years do not date.
_LEFT_FROM = re.compile(
    r"(?i)\b(?:secondment|seconded|leave|détachement|détaché|détachée|disponibilité)\s+"
    r"(?:from|de|du|de\s+la|de\s+l['’])\s*(?:the\s+)?$"
)
_LEADING_YEAR = re.compile(r"(?:19|20)\d\d\b")
_DATED_AFFILIATIONS = re.compile(r"(?i)\s*affiliations?\s*:\s*(?:19|20)\d\d\b")
_EMPLOYER_CELL = re.compile(
    r"\|\s*(?i:établissement|employeur|employer|organisation|organization)\s*:\s*"
    r"(?P<org>[A-ZÀ-Þ][\w&'’.-]*(?:[ \t]+[A-ZÀ-Þ&][\w&'’.-]*){0,4})\s*(?=\(|,|\||$)"
)
_EMPLOYER_LABEL = re.compile(
    r"(?i)\s*(?:employeur|employer|organisme(?:\s+employeur)?|"
    r"établissement(?:\s+(?:de\s+rattachement|d['’]affectation|employeur|principal))?|"
    r"service\s+hospitalier|hôpital|hospital|établissement\s+hospitalier)\s*:"
)
_TEAM_LABEL_WORDS = (
    r"(?:" + "|".join(re.escape(w) for w in LEXICON.TEAM_WORDS) + r"|team|"
    # "Laboratoire : X" in a directory entry: the lab the person belongs to
    r"laboratoire|laboratory|lab|unité\s+de\s+recherche|research\s+unit|"
    # "Unité : UMR 6291 – Institut X", "Affectation : Y" (an institute's staff directory)
    r"unité|affectation|"
    # "Structure de recherche : X" (a HAL researcher page): the owner's research unit
    r"structures?\s+de\s+recherche|"
    # "Rattachement : X", "Structure de rattachement : X" (a university directory's unit;
    # a HAL profile's export writes "Structure(s) de rattachement : X")
    r"(?:structures?(?:\(s\))?\s+de\s+)?rattachement|"
    # "Affiliations: Team X / Lab Y / University Z" (a CV's or a homepage's header line)
    r"(?:current\s+)?affiliations?)"
)
# ("Groupe de recherche / onderzoeksgroep : X": a label in two languages, one after the other)
_TEAM_LABEL = re.compile(rf"(?i)\s*{_TEAM_LABEL_WORDS}(?:\s*/\s*{_TEAM_LABEL_WORDS})?\s*:")
# « Équipe INSERM « X » du Centre Y », « Équipe 3 « X » » opening a profile's line: the
# team one belongs to, named in quotes after its word (and its label or number)
_QUOTED_TEAM_LINE = re.compile(
    r"(?i)\s*(?:" + "|".join(re.escape(w) for w in LEXICON.TEAM_WORDS) + r"|team)"
    r"(?:\s+[^\s«“]{1,12})?\s*[«“]"
)
# "dans l'équipe Dynamique des …", "in the team ORAGE": a team named, not "équipe de X".
_IN_TEAM = re.compile(
    r"(?i:\b(?:dans|au\s+sein\s+de|in|within)\s+(?:l['’]|the\s+)?(?:équipe|team))\s+[A-ZÀ-Þ]"
)
_INTRODUCED = re.compile(
    r"(?i)(?:\b(?:at|in|from|and|with|of|à|au|chez|de|du|et|within|"
    # "…, laboratoire MIS", "the lab LIMV": a lab's word before its acronym
    r"laboratoire|laboratory|labo|lab|unité)|[,:&])\s*"
    r"(?:the\s+)?[*_]*$"  # (a README's emphasis marks left around the name)
)
# ("Computational Neuroscience Unit": a research unit named so, as a lab is)
_LAB_WORDS = (*LEXICON.TEAM_WORDS, "laboratoire", "laboratory", "lab", "labo", "unit", "UMR")
_TEAM_OR_LAB = re.compile(r"(?i)\b(?:" + "|".join(re.escape(w) for w in _LAB_WORDS) + r")\b")


def _introduced(text: str, mention: OrgMention) -> bool:
    return mention.start == 0 or bool(
        _INTRODUCED.search(text[max(0, mention.start - 12) : mention.start])
    )


def offer_contacts(page: Page, block: Block) -> None:
    """On a job offer, the supervisor named with an institution is employed there."""
    if not page.offer or block.kind is BlockKind.HEADING:
        return
    if block.section and LEXICON.pattern("SUPERVISION_CUES").fullmatch(block.section[-1].strip()):
        _contact_line(page, block.text)
        return
    for match in LEXICON.pattern("SUPERVISION_CUES").finditer(block.text):
        rest = re.sub(r"^\s*(?:\(s\)|s)?\s*[:：]?\s*", "", block.text[match.end() :])
        rest = rest.split("\n")[0]
        target = rest if rest.strip() else None
        if target is None:
            following = page.next_block(block)
            if following is None or following.kind is BlockKind.HEADING:
                continue
            target = following.text
        _contact_line(page, target)


def _contact_line(page: Page, text: str) -> bool:
    for line in text.split("\n")[:3]:
        names, end = names_after(line, stop=False)
        if len(names) != 1:
            continue
        orgs = [
            m
            for m in find_organisations(line[end:], page.acronyms)
            if m.kind is not OrgKind.ACRONYM
        ]
        if orgs:
            page.add(
                names[0],
                # ("A, maîtresse de conférences, LHMS-CV": a lab is the unit one belongs to)
                Relation.MEMBER_OF if orgs[0].kind is OrgKind.UNIT else Relation.EMPLOYED_AT,
                orgs[0].name,
                line.strip(),
                "organisation.contact",
                0.7,
            )
            return True
    return False


# "Centre for Population Biology", "Center of Excellence in X": a research centre's name.
_CENTRE_FOR = re.compile(r"(?i)(?:the\s+)?(?:centre|center)\s+(?:for|of)\s")
_PART_OF_BETWEEN = re.compile(
    # ("(Écoulements, Calcul et Modélisation des Estuaires)": an acronym's spelt-out name)
    # (or ")": the acronym in brackets after the spelt-out name is the mention itself)
    r"^\s*(?:\([^()]{1,80}\),?|\),?)?\s*(?:team|group|lab|équipe)?\s*(?:(?:is|est)\s+(?:a|an|the|une?|l['’])?\s*"
    r"(?:[\w-]+\s+){0,3}?(?:of|at|in|within|de|du|des|au\s+sein\s+de)|"
    # "X est l'une des trois équipes de Y", "X is one of the four teams of Y"
    # ("X is one of four scientific departments of Y": no article, an adjective)
    r"(?:is|est)\s+(?:l['’]une?\s+des|one\s+of\s+(?:the\s+)?)\s*(?:[\w-]+\s+){1,3}?"
    r"(?:of|de|du|at|in)|"
    # (", a research institute of Y": a phrase opening an apposition after its comma)
    + r",?\s*(?:"
    + "|".join(re.escape(p).replace(r"\ ", r"\s+") for p in LEXICON.PART_OF_PHRASES)
    + ")"
    # An apposition without the verb: "L'équipe X, rattachée au Laboratoire Y".
    # ("X est une unité mixte de recherche (UMR 6392) rattachée à l'Université Y")
    + r"|(?:est\s+une\s+unité\s+mixte\s+de\s+recherche\s*(?:\([^()]{1,30}\))?)?"
    + r",?\s*rattaché(?:e|s|es)?\s+(?:à|au|aux)"
    # "X (IX) est une unité mixte de recherche (UMR 7458) placée sous la tutelle du CNRS"
    # (after the unit's kind the participle may go: « une unité mixte de recherche sous la
    # tutelle du CNRS »)
    + r"|(?:est\s+une\s+unité\s+mixte\s+de\s+recherche\s*(?:\([^()]{1,30}\))?,?\s*"
    + r"(?:placée?s?\s+)?|placée?s?\s+)"
    + r"sous\s+(?:la\s+)?(?:co-?|double\s+)?tutelles?\s+(?:de|du|des)"
    # "X (IX, UMR 7731) est une unité mixte de recherche du CNRS et de l'Université Y"
    + r"|(?:est\s+)?une\s+unité\s+mixte\s+de\s+recherche\s*(?:\([^()]{1,30}\))?\s*(?:de|du|des)"
    # "X est l'unité de recherche en sciences de l'éducation de l'Université Y": the
    # unit's field between its kind and its parent
    + r"|est\s+(?:une|l['’])\s*unité\s+de\s+recherche\s+en\s+[^,;.()]{3,80}?\s+(?:de|du|des)"
    # An apposition naming the unit's kind: "X, a centre within the Faculty of Y", "X, an
    # interdisciplinary centre at the University of Z"
    # (the article is needed: "Inria, centre de l'Université Z" is the body's centre there)
    + r"|,\s*(?:a|an|une?)\s+(?:[\w-]+\s+){0,2}?(?:"
    + "|".join(re.escape(n) for n in LEXICON.PART_OF_APPOSITION_NOUNS)
    + r")\s+(?:at|of|within|de|du|des|au\s+sein\s+(?:de|du|des))"
    + r")\s+(?:the\s+|la\s+|le\s+|l['’])?$",
    re.I,
)
# Cheap pre-check: a line can state structure only with one of these.
_STRUCTURE_HINT = re.compile(
    r"[›»>/|]|\b(?:is|est)\s+(?:a|an|the|une?|l['’])\b|\bwithin\b|\bau\s+sein\b|"
    + "|".join(re.escape(p) for p in LEXICON.PART_OF_PHRASES),
    re.I,
)
# The same test in parts, on the lowered line: the one case-insensitive alternation above
# took a millisecond on a long prose line.  (The look-behinds after "i"/"e" are "\b".)
_STRUCTURE_MARK = re.compile(r"[›»>/|]")
_STRUCTURE_COPULA = re.compile(r"(?:i(?<!\wi)s|e(?<!\we)st)\s+(?:a|an|the|une?|l['’])\b")
_STRUCTURE_PHRASES = tuple(p.lower() for p in LEXICON.PART_OF_PHRASES)
_APPOSITION_NOUNS = tuple(f"{n.lower()} " for n in LEXICON.PART_OF_APPOSITION_NOUNS)
# "The X Lab at the University of Y", "X, a centre of Y": a unit's host after "at" or an
# apposition's article
_APPOSITION_LEAD = re.compile(r",\s*(?:an?|une?)\s")


def _may_state_structure(line: str) -> bool:
    """Whether *line* matches ``_STRUCTURE_HINT``, computed faster."""
    if _STRUCTURE_MARK.search(line):
        return True
    low = lowered(line)
    if low is None:
        return _STRUCTURE_HINT.search(line) is not None
    return (
        _STRUCTURE_COPULA.search(low) is not None
        or holds_any(low, _STRUCTURE_PHRASES)
        or "rattaché" in low
        or "within" in low
        or "au sein" in low
        or "one of" in low
        or "l'une des" in low
        or (
            (" at " in low or _APPOSITION_LEAD.search(low) is not None)
            and holds_any(low, _APPOSITION_NOUNS)
        )
    )


_WITHIN = re.compile(
    # ("X, based within the School of Y"; « X au sein de l'Institut Y », no space after l')
    r"(?i)^\s*,?\s*(?:(?:based|housed)\s+)?(?:within|au\s+sein\s+(?:du|de\s+la|des))\s+(?:the\s+)?$"
    r"|^\s*,?\s*au\s+sein\s+de\s+l['’]$"
)
_BREADCRUMB = re.compile(r"^\s*[›»>/|]\s*$")
_UNIT_AT = re.compile(r"(?i)^\s*at\s+(?:the\s+)?$")
_CODE_NUMBER = re.compile(r"/\d")
# "X est une équipe commune du Centre A et du Laboratoire B": a joint unit is part of both.
# ("rattaché à l'Université Y et au CNRS": the second parent after "et au")
_JOINT = re.compile(
    r"^\s*(?:et|and|&)\s+(?:du\s|des\s|de\s+la\s|de\s+l['’]|au\s|à\s+la\s|à\s+l['’]|of\s+the\s|"
    r"the\s)?\s*$"
    # "… sous la tutelle du CNRS, de l'Université Y et de Z": the French preposition again
    r"|^\s*,\s*(?:du\s|des\s|de\s+la\s|de\s+l['’]|de\s)\s*$"
    # "… rattachée à l'Université Y, au CNRS et à l'École Z": "à" again
    r"|^\s*,\s*(?:au\s|aux\s|à\s+la\s|à\s+l['’])\s*$"
)


# "X is hosted by Y and is a joint unit of Z": a second verb of the same subject
_AND_AGAIN = re.compile(r"^\s*,?\s*(?:and|et)\s+(?=(?:is|est)\s)")


_TEAM_ROW = re.compile(
    r"(?i)^\s*(?:" + "|".join(re.escape(w) for w in LEXICON.TEAM_WORDS) + r"|team)\s*:\s*(.+)$"
)
_UNIT_ROW = re.compile(
    r"(?i)^\s*(?:laboratoire|laboratory|lab|unité(?:\s+de\s+recherche)?|research\s+unit|centre|center|"
    r"affectation|(?:structure\s+de\s+)?rattachement)\s*:\s*(.+)$"
)
IDENTITY_ROWS = 4  # how far a directory entry's "Unité" row may sit from its "Équipe" row


def _identity_rows(page: Page, block: Block) -> None:
    """A directory entry's rows "Équipe : X" and "Unité : Y" (or "Laboratoire : Y"): the
    team is part of that unit."""
    team_row = _TEAM_ROW.match(block.text) if "\n" not in block.text else None
    if team_row is None:
        return
    teams = find_organisations(team_row.group(0), page.acronyms)
    if not teams:
        return
    for other, unit in _unit_rows_near(page, block):
        if unit.name != teams[0].name:
            page.add(
                teams[0].name,
                Relation.PART_OF,
                unit.name,
                f"{block.text}\n{other.text}",  # the two rows of the entry
                "organisation.identity-rows",
                0.7,
            )
            return


def _unit_rows_near(page: Page, block: Block) -> Iterator[tuple[Block, OrgMention]]:
    """The "Unité : Y" rows of *block*'s directory entry (one-line rows of its section,
    within IDENTITY_ROWS), each with the unit it names first."""
    blocks = page.document.blocks
    index = page.index(block)
    for other in blocks[max(0, index - IDENTITY_ROWS) : index + IDENTITY_ROWS + 1]:
        unit_row = _UNIT_ROW.match(other.text) if other.section == block.section else None
        if unit_row is None or "\n" in other.text:
            continue
        units = find_organisations(unit_row.group(1), page.acronyms)
        if units:
            yield other, units[0]


def _unit_bodies_row(page: Page, block: Block) -> None:
    """A directory entry's row "Tutelles de l'unité : CNRS · Université Y · Inria" beside
    its "Unité : X" row: each body runs the unit (X is part of each)."""
    label = LEXICON.pattern("UNIT_BODIES_LABELS").match(block.text.lstrip())
    if label is None or "\n" in block.text:
        return
    colon = block.text.find(":", label.end())
    if colon < 0 or colon - label.end() > 30:  # ("Tutelles de l'unité :", its own label)
        return
    bodies = [
        m
        for m in find_organisations(block.text[colon + 1 :], page.acronyms)
        if m.kind is not OrgKind.UNIT
    ]
    if not bodies:
        return
    for other, unit in _unit_rows_near(page, block):
        for body in bodies:
            if body.name != unit.name:
                page.add(
                    unit.name,
                    Relation.PART_OF,
                    body.name,
                    f"{other.text}\n{block.text}",  # the two rows of the entry
                    "organisation.identity-rows",
                    0.7,
                )
        return


def _team_page_unit_row(page: Page, block: Block) -> None:
    """ "Unité : Laboratoire X (LX), UMR 7402, Université Y" on a team's own page (its
    title names the team): the team is part of that unit."""
    unit_row = _UNIT_ROW.match(block.text)
    if unit_row is None:
        return
    title = page.document.title or ""
    acronym = _acronym_team_title(page)  # ("MARÉLIS – Membres | Inria", a team's page)
    if acronym is None and not LEXICON.pattern("TEAM_WORDS").search(title):
        return
    team = _title_org(page)
    units = find_organisations(unit_row.group(1), page.acronyms)
    if (
        team is None
        or (team.kind is not OrgKind.UNIT and team != acronym)
        or not units
        or units[0].name == team.name
    ):
        return
    page.add(
        team.name,
        Relation.PART_OF,
        units[0].name,
        block.text.strip(),
        "organisation.identity-rows",
        0.65,
    )


# ("… joined X as ESR7. She is a PhD candidate at Y": an acronym closing the sentence
# before a pronoun opening the next)
_SENTENCE_BREAK = re.compile(
    r"[a-zà-ÿ]{4}\.\s+[A-ZÀ-Þ]|[A-Z]{2,}\d*\.\s+(?:She|He|They|We|Il|Elle|Ils|Elles|Nous)\s"
)
# "Équipe X — cheffe d'équipe : A", "Responsable : B" (a lab's page listing its units): the
# label before the people who lead the unit
_LEADER_LABEL = re.compile(
    r"(?i)(?:^|[—–-]\s+|,\s+)(?:co-?)?(?:responsables?|chef(?:fe)?s?\s+d['’]équipe|"
    r"team\s+leaders?|group\s+leaders?|heads?)\s*[:：]\s*"
)
_TEAM_ITEM = re.compile(r"(?i)^\s*(?:équipe|team|groupe|group)\s")
_DIVISION_HEAD = re.compile(r"(?i)^\s*(?:département|department|division|pôle)\s")


def _whole_unit(text: str, acronyms: dict[str, str]) -> OrgMention | None:
    """The one unit a heading names, and nothing else."""
    mentions = find_organisations(text, acronyms)
    if len(mentions) != 1 or mentions[0].kind is not OrgKind.UNIT or mentions[0].start:
        return None
    return mentions[0] if mentions[0].end >= len(text.rstrip(" :")) - 1 else None


# "L'institut est dirigé depuis 2022 par A", "The lab is led by B" (the page's own unit)
_OWN_UNIT_LED = re.compile(
    r"(?i)\b(?:l['’](?:institut|unité|équipe)|le\s+(?:laboratoire|centre|département)|"
    r"the\s+(?:institute|lab|laboratory|centre|center|unit|department))\s+"
    r"(?:est|is)\s+(?:dirigée?|led|headed|directed)\s+(?:depuis\s+(?P<since>\d{4})\s+|"
    r"since\s+(?P<since_en>\d{4})\s+)?(?:par|by)\s+"
)


def _own_unit_led_by(page: Page, text: str) -> None:
    """ "L'institut est dirigé depuis 2022 par A (DR CNRS)" on the unit's own page: its head
    is a member of it."""
    led = _OWN_UNIT_LED.search(text)
    if led is None:
        return
    lab = _title_org(page)
    if lab is None or not (lab.kind is OrgKind.UNIT or _research_institute(lab.name)):
        return
    names = names_after(text[led.end() :])[0]
    since = led.group("since") or led.group("since_en")
    period = Period(int(since), None) if since else Period()
    for name in names[:1]:
        page.add(
            name, Relation.MEMBER_OF, lab.name, text.strip(), "organisation.units", 0.6, period
        )


# "Les équipes" › "Robotique Marine — responsable : A. …": a lab's list of its teams, each
# named before its leader's label, with no team word of its own.
_TEAMS_HEADING = re.compile(
    r"(?i)^(?:(?:les|nos|our|the)\s+)?(?:équipes|teams|groupes|groups|research\s+groups)"
    r"(?:\s+de\s+recherche)?\s*:?$"
)
_LISTED_TEAM_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,5}")
_TRAILING_ACRONYM = re.compile(r"\s*\([A-ZÀ-Þ][\w&-]{1,11}\)$")


def _listed_team_leader(page: Page, text: str) -> None:
    """ "Robotique Marine — responsable : A": A is a member of the team the item names
    before the dash (a list under "Les équipes", "Teams")."""
    label = _LEADER_LABEL.search(text)
    if label is None or not label.start() or text[label.start()] not in "—–-":
        return
    name = _TRAILING_ACRONYM.sub("", text[: label.start()].strip())
    if _TEAM_ITEM.match(name):
        mentions = find_organisations(name, page.acronyms)
        if len(mentions) != 1 or mentions[0].kind is not OrgKind.UNIT:
            return
        name = mentions[0].name
    elif not _LISTED_TEAM_NAME.fullmatch(name) or any(c.isdigit() for c in name):
        return
    for person in names_after(text[label.end() :])[0]:
        page.add(person, Relation.MEMBER_OF, name, text, "organisation.units", 0.6)


def _units_listed_below(page: Page, block: Block) -> None:
    """A lab's own page ("Qui sommes-nous", "About us"), no person's: a division's heading,
    its teams listed below it with their leaders ("Équipe X — chef d'équipe : A"), the
    division a part of the lab the page is about."""
    if block.kind is BlockKind.HEADING:
        if not _DIVISION_HEAD.match(block.text) or "\n" in block.text.strip():
            return
        unit = _whole_unit(block.text.strip(), page.acronyms)
        lab = _title_org(page)
        if (
            unit is not None
            and lab is not None
            and lab.name != unit.name
            # ("Department News" under a department's own masthead: no division of it)
            and len(unit.name.split()) > 2
            and not _DIVISION_HEAD.match(lab.name)
            and (lab.kind is OrgKind.UNIT or _research_institute(lab.name))
        ):
            page.add(
                unit.name, Relation.PART_OF, lab.name, block.text.strip(), "organisation.units", 0.6
            )
        return
    if block.kind is BlockKind.ITEM and block.section and _TEAMS_HEADING.match(block.section[-1]):
        _listed_team_leader(page, block.text.strip())
        return
    if not block.section or not _DIVISION_HEAD.match(block.section[-1]):
        return
    division = _whole_unit(block.section[-1].strip(), page.acronyms)
    if division is None:
        return
    text = block.text.strip()
    label = _LEADER_LABEL.search(text)
    unit = division
    if _TEAM_ITEM.match(text):
        mentions = find_organisations(text, page.acronyms)
        if not mentions or mentions[0].kind is not OrgKind.UNIT or mentions[0].end > len(text):
            return
        unit = mentions[0]
        if label is not None and label.start() < unit.end:
            return
        page.add(unit.name, Relation.PART_OF, division.name, text, "organisation.units", 0.6)
    elif label is None or label.start():
        return
    if label is None:
        return
    for name in names_after(text[label.end() :])[0]:
        page.add(name, Relation.MEMBER_OF, unit.name, text, "organisation.units", 0.6)


# A research group's card: its heading, then a line naming nothing but the department,
# school or faculty it sits in ("Kelp Forest Group" / "School of Marine Sciences").
_CARD_PARENT = re.compile(
    r"(?i)^\s*(?:department|school|faculty|division|département|faculté)\s+(?:of|de|d['’]|des|du)\b"
)
_GROUP_HEAD = re.compile(r"(?i)\b(?:group|lab|laboratory|team|équipe|groupe)\b")


def _group_card_parent(page: Page, block: Block) -> None:
    """ "Kelp Forest Group" › "School of Marine Sciences" (the card's first line, alone):
    the group a part of the unit its card names under its heading."""
    index = page.index(block)
    above = page.document.blocks[index - 1] if index > 0 else None
    if (
        above is None
        or above.kind is not BlockKind.HEADING
        or above.text != block.section[-1]
        or not _GROUP_HEAD.search(above.text)
        or _CARD_PARENT.match(above.text)
    ):
        return
    group = _whole_unit(above.text.strip(), page.acronyms)
    parent = _whole_unit(block.text.strip(" ."), page.acronyms)
    if group is None or parent is None or fold(group.name) == fold(parent.name):
        return
    page.add(
        group.name,
        Relation.PART_OF,
        parent.name,
        f"{above.text.strip()} {block.text.strip()}",
        "organisation.group-card",
        0.6,
    )
    if (university := _site_university(page)) is not None:
        # (the department a card names, on a site whose banner names one university: its)
        page.add(
            parent.name,
            Relation.PART_OF,
            university,
            block.text.strip(),
            "organisation.group-card",
            0.5,
        )


def structure(page: Page, block: Block) -> None:
    """ "The ORCA team belongs to LIMV", "X is a research centre of Y", "A › B › C"."""
    kind = page.kind(block)
    if block.kind is BlockKind.HEADING:
        # "<h3>Group A › Division B › Institute C</h3>" (a profile card's affiliation set
        # as a heading): a trail naming nothing but units still nests them
        if ("›" in block.text or "»" in block.text) and "\n" not in block.text:
            _dash_trail(page, block.text)
        elif page.owner is None and block.text[:1] in "DdP":
            _units_listed_below(page, block)
        if page.owner is None and block.section and _PARTNER_HINT.match(block.section[-1]):
            _partner_cards(page, block)
        return
    # (an offer's "The X Lab is part of Y" still tells how the organisations nest)
    if kind in QUIET and kind is not SectionKind.OFFERS:
        return
    if block.kind is not BlockKind.HEADING and ":" in block.text:
        # (a CMS's field rows "Équipe : X" are list items or bare lines alike)
        if block.kind is BlockKind.ITEM or "\n" not in block.text:
            _identity_rows(page, block)
    if block.kind is BlockKind.ITEM and ":" in block.text:
        if block.section and "\n" not in block.text:
            _card_team_row(page, block)
        if page.owner is None and block.section and "\n" not in block.text:
            _card_employer_row(page, block)
        if "utel" in block.text[:40] or "odies" in block.text[:40]:
            _unit_bodies_row(page, block)
    if page.owner is None and ":" in block.text[:30] and "\n" not in block.text:
        _team_page_unit_row(page, block)
    if page.owner is None and block.section and "\n" not in block.text.strip():
        _units_listed_below(page, block)
        if block.kind is BlockKind.PARAGRAPH:
            _card_lab_line(page, block)
        if block.kind is BlockKind.PARAGRAPH and _CARD_PARENT.match(block.text):
            _group_card_parent(page, block)
    if page.owner is None and (" par " in block.text or " by " in block.text):
        _own_unit_led_by(page, block.text)
    if _UNIT_PEOPLE_HINT.search(block.text):
        _unit_people_named(page, block.text)
    if page.owner is not None and _OWN_UNIT_HINT.search(block.text):
        _own_unit_apposition(page, block.text)
    previous = ""
    for line in block.lines:
        above, previous = previous, line
        if ("(" in line or " – " in line or " — " in line) and _UNIT_BODIES_HINT.search(line):
            _unit_bodies(page, line)
        if " mixt" in line or " joint " in line or ", unité " in line:
            _joint_unit_apposition(page, line)
        if ":" in line and LEXICON.pattern("UNIT_ENUMERATION_VERBS").search(line):
            # (before the trail's test: a list's quoted names, "« A » (AB) et « C »", are
            # no trail)
            _units_enumerated(page, line)
        if "quipe " in line and " du " in line:
            _team_of_lab_acronym(page, line)
        if (
            "—" in line or " – " in line or " / " in line or "»" in line or "›" in line
        ) and _dash_trail(page, line):
            continue
        if above and " / " in line and "(" not in line:
            _bodies_below(page, above, line)
        if not _may_state_structure(line):
            continue
        mentions = find_organisations(line, page.acronyms)
        if mentions and "partement " in line:
            _department_of_lab(page, line, mentions)
        if mentions and (own := _OWN_UNIT.match(line, 0, mentions[0].start)):
            _own_unit_part_of(page, line, own.end(), mentions[0])
        stated = False
        joint = None  # the unit a "part of" sentence is about, while "et du" names more
        said = None  # that unit's mention, while "and is part of" says more about it
        host = None  # "The X Lab at the University of Y is part of …": the lab, its host
        for index, (first, second) in enumerate(zip(mentions, mentions[1:], strict=False)):
            between = line[first.end : second.start]
            if ". " in line[first.start : second.start] and _SENTENCE_BREAK.search(
                line, first.start, second.start
            ):
                # "… at University Y. Our lab is part of Z": a new sentence, a new chain
                stated, joint, host, said = False, None, None, None
                continue
            if (
                index == 0
                and first.kind is OrgKind.UNIT
                and second.kind is OrgKind.INSTITUTION
                and _UNIT_AT.match(between)
                and _UNIVERSITY.search(second.name)
                and not line[: first.start].strip(" \t\"'“(").count(" ")
            ):
                # "The X Lab at the University of Y …" opening a sentence: the lab sits in
                # the university, and the verb after it says more about the lab
                page.add(
                    first.name,
                    Relation.PART_OF,
                    second.name,
                    line.strip(),
                    "organisation.structure",
                    0.7,
                )
                host = (first, second)
                continue
            if joint is not None and _JOINT.match(between):
                page.add(
                    joint,
                    Relation.PART_OF,
                    second.name,
                    line.strip(),
                    "organisation.structure",
                    0.7,
                )
                continue
            part_of = (
                _PART_OF_BETWEEN.match(between) is not None
                and not (
                    # "X (PhD 2016), is an assistant professor at Y": a person's post at Y
                    LEXICON.pattern("POSITIONS").search(between)
                )
                # "Chaire X, INSA Y, rattachée à l'IMZ" (a post's line): the person is
                # attached to the lab, the school is no part of its own lab
                and not (
                    between.lstrip()[:1] == ","
                    and first.kind is OrgKind.INSTITUTION
                    and is_strong_institution(first.name)
                    and not _research_institute(first.name)
                    and (not is_strong_institution(second.name) or _research_institute(second.name))
                )
            )
            subject = first
            if (
                not part_of
                and said is not None
                and (again := _AND_AGAIN.match(between)) is not None
                and _PART_OF_BETWEEN.match(between[again.end() :]) is not None
            ):
                # "X is hosted by Y and is a joint unit of Y and Z": the second verb's
                # subject is still X, the unit the sentence is about
                part_of, subject = True, said
            if part_of and host is not None and host[1] is first:
                # "… at the University of Y is part of the School of Z": the school, in Y
                subject = host[0]
                if second.kind is OrgKind.UNIT:
                    page.add(
                        second.name,
                        Relation.PART_OF,
                        first.name,
                        line.strip(),
                        "organisation.structure",
                        0.7,
                    )
            host = None
            joint = subject.name if part_of else None
            said = subject if part_of else None
            if (
                part_of
                # "leads the X Group within the School of Y": a unit inside another
                or (first.kind is OrgKind.UNIT and _WITHIN.match(between))
                or (stated and _CHAIN.match(between))
                # "… rattachée au Laboratoire X (Université Y)": the lab's university.
                or (stated and between.strip() == "(" and second.kind is OrgKind.INSTITUTION)
            ):
                # "... is part of the School of X at Y University": the chain goes on.
                page.add(
                    _fullest(page, subject.name),
                    Relation.PART_OF,
                    second.name,
                    line.strip(),
                    "organisation.structure",
                    0.75,
                )
                stated = True
                continue
            stated = False
            if (
                _BREADCRUMB.match(between)
                # "Faculté X – Département Y › Faculté X – …": a trail names each level
                # once; a crumb naming the unit above again starts no level below it
                and all(m.name != second.name for m in mentions[:index])
                and not (
                    # "UMR 7712 CNRS / Université X": the bodies running a unit, not a trail
                    between.strip() == "/"
                    and (
                        second.kind is OrgKind.INSTITUTION or _translation(first.name, second.name)
                    )
                    # "Statut: CR CNRS | Équipe: COMET": a table row's next cell, its own label
                    or between.strip() == "|"
                    and ":" in line[second.start : second.end]
                )
                # "Accredited … by NAAC | NIRF Rank 48 |" (a banner): a crumb is a name alone
                and not (between.strip() == "|" and not _whole_cells(line, first, second))
                # "हिन्दी | English | RTI | NIRF" (a site's top strip): a language switch
                # among the links, a menu and no trail
                and not (between.strip() == "|" and _LANGUAGE_CELL.search(line))
                # "X Trust | Y DTP | Z Programme" (a slide's strip of funders' logos): no
                # unit among the cells, bodies side by side
                and not (
                    between.strip() == "|"
                    and first.kind is not OrgKind.UNIT
                    and second.kind is not OrgKind.UNIT
                )
                # "Postdoctoral fellow (PNPD/CAPES)": a programme and its funder in brackets
                # (a trail is never bracketed)
                and line.rfind("(", 0, first.start) <= line.rfind(")", 0, first.start)
                # "bolsa SFRH/BD/151203/2019": a grant's reference, its parts glued to a number
                and not (between == "/" and _CODE_NUMBER.match(line, second.end))
                # "a weekly AML/MDS clinic": two acronyms glued in running prose, a pair of
                # terms, no trail
                and not (
                    between == "/"
                    and first.kind is OrgKind.ACRONYM
                    and second.kind is OrgKind.ACRONYM
                    and _PROSE_WORD_BEFORE.search(line, 0, first.start) is not None
                    and _PROSE_WORD_AFTER.match(line, second.end) is not None
                )
            ):
                # "School of X | University of Y | Town | GB" (a record's row of cells): a
                # university after a unit closes the row from the bottom up
                upward = (
                    between.strip() == "|"
                    and _UNIVERSITY.search(second.name) is not None
                    and _UNIVERSITY.search(first.name) is None
                )
                part, whole = (first, second) if upward else (second, first)
                page.add(
                    part.name,
                    Relation.PART_OF,
                    whole.name,
                    line.strip(),
                    "organisation.breadcrumb",
                    0.6,
                )


# After the verb: "four teams:", "quatre équipes :" (a plural noun, then the colon).
_ENUMERATION_OPEN = re.compile(r"\s+(?:[\w-]+\s+){0,2}?[\w-]{3,}[sx]\s*:\s*")
_ENUMERATED_NAME = re.compile(r"[A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,5}")
_LAST_JOIN = re.compile(r"\s+(?:et|and|&)\s+")
_OXFORD_JOIN = re.compile(r"^(?:et|and|&)\s+")


_ENUMERATING_PRONOUN = re.compile(r"\s*(?:Il|Elle|It)\b\s*")
_GLOSS = re.compile(r"\s*\([^()]*\)")
_ACRONYM_UNIT_HEAD = re.compile(r"(?i)(?:laboratoire|unité|institut|centre|laboratory|lab\b)")
# A quoted unit's name and the acronym after it ("« A, B et C » (ABC)"), and what joins them.
_QUOTED_NAME = re.compile(r"[«“]\s*([^«»“”\n]{3,90}?)\s*[»”]")
_QUOTED_PART = re.compile(r"[«“][^«»“”\n]{3,90}?[»”](?:\s*\([^()\n]{1,14}\))?")
_LEFT_JOINS = re.compile(r"(?:\s*(?:,|\bet\b|\band\b|&)\s*)*")


# "L'équipe Bioprocédés du LGCEM est animée par …", "l'équipe X du laboratoire LY": a team
# named, then the lab it belongs to by the acronym the page expands.
_TEAM_OF_LAB = re.compile(
    r"(?i:\bl['’]équipe)\s+(?P<team>[A-ZÀ-Þ][\w'’-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){0,4})"
    r"\s+du\s+(?:laboratoire\s+)?(?P<lab>[A-ZÀ-Þ][A-ZÀ-Þ0-9-]{2,11})\b"
    # ("l'équipe Ondes internes du laboratoire LX": a sentence-case name, the lab's word
    # spelt out, its acronym then the lab's name even where the page expands it nowhere)
    r"|(?i:\bl['’]équipe)\s+(?P<named>[A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,4}?)"
    r"\s+du\s+laboratoire\s+(?P<bare>[A-ZÀ-Þ][A-ZÀ-Þ0-9-]{2,11})\b"
)


def _team_of_lab_acronym(page: Page, line: str) -> None:
    """ "L'équipe X du LY": the team is part of the lab the page's acronym names (by the
    lab's name the page expands it to)."""
    for match in _TEAM_OF_LAB.finditer(line):
        acronym = match.group("lab") or match.group("bare")
        lab = page.acronyms.get(acronym, "")
        team = match.group("team") or match.group("named")
        if match.group("bare") and not lab:
            lab = acronym  # ("du laboratoire LX": a lab by the page's word, not expanded)
        elif _ACRONYM_UNIT_HEAD.match(lab) is None:
            continue  # (only a lab the page expands: "du CNRS" is no lab of the team's)
        start = line.rfind(". ", 0, match.start()) + 1
        end = line.find(". ", match.end())
        evidence = line[start : end + 1 if end >= 0 else len(line)].strip()
        page.add(team, Relation.PART_OF, lab, evidence, "organisation.structure", 0.65)


def _units_enumerated(page: Page, line: str) -> None:
    """ "Le laboratoire X regroupe quatre équipes : A, B, C et D", "The Y Institute comprises
    three groups: A, B and C": each unit listed is part of the sentence's unit."""
    for verb in LEXICON.pattern("UNIT_ENUMERATION_VERBS").finditer(line):
        opening = _ENUMERATION_OPEN.match(line, verb.end())
        if opening is None:
            continue
        start = max(line.rfind(". ", 0, verb.start()) + 1, 0)
        subject = line[start : verb.start()]
        if _ENUMERATING_PRONOUN.fullmatch(subject):
            # "Le LX est l'unité de … . Il réunit deux équipes : …": the pronoun's unit,
            # the one the sentence before opens on (past a sentence opened by the same
            # pronoun: « Il est dirigé par A. Il comprend … »)
            while start > 1 and _ENUMERATING_PRONOUN.match(subject):
                start = max(line.rfind(". ", 0, start - 1) + 1, 0)
                subject = line[start : line.find(" ", start + 4)]
        wholes = [
            m
            for m in find_organisations(subject, page.acronyms)
            if m.kind is OrgKind.UNIT
            or (_research_institute(m.name) and not _UNIVERSITY.search(m.name))
            # ("Le LX (EA 1234) est …": the page's own acronym for a unit)
            or m.kind is OrgKind.ACRONYM
            and _ACRONYM_UNIT_HEAD.match(page.acronyms.get(m.name, "")) is not None
        ]
        if not wholes:
            continue
        listed = re.split(r"[.;]\s|[.;]$", line[opening.end() :], maxsplit=1)[0].strip()
        # ("A (graphes), B (réseaux et systèmes) et C": each name without its gloss)
        listed = _GLOSS.sub("", listed)
        if listed[:1] in "«“":
            # "« A, B et C » (ABC) et « D » (DE)": each quoted name whole, without the
            # acronym after it
            parts = [q.strip() for q in _QUOTED_NAME.findall(listed)]
            left = _QUOTED_PART.sub("", listed).strip(" ,")
            if _LEFT_JOINS.fullmatch(left) is None or not all(p[:1].isupper() for p in parts):
                continue
        else:
            parts = [p.strip() for p in listed.split(",")]
            if len(parts) >= 2 and (joined := list(_LAST_JOIN.finditer(parts[-1]))):
                # "…, C et D": the last join splits the last two ("Matière et Lumière, …"
                # before it stays one name)
                cut = joined[-1]
                parts[-1:] = [parts[-1][: cut.start()], parts[-1][cut.end() :]]
            parts = [_OXFORD_JOIN.sub("", p) for p in parts]  # ("A, B, and C")
            if not all(_ENUMERATED_NAME.fullmatch(p) for p in parts):
                continue
        if len(parts) < 2:
            continue
        whole = _fullest(page, wholes[0].name)
        for part in parts:
            page.add(part, Relation.PART_OF, whole, line.strip(), "organisation.structure", 0.7)


# "L'équipe X fait partie du département Optique et Photonique de l'IY": the department in
# lower case, its capitalised name, then the lab the page expands elsewhere by its acronym.
_DEPARTMENT_OF_LAB = re.compile(
    r"\s+(?:du|au)\s+département\s+(?P<name>[A-ZÀ-Þ][\w-]*(?:(?:\s+(?:et|&)\s+|\s+)[A-ZÀ-Þ][\w-]*){0,3})"
    r"\s+(?:de\s+l['’]|du\s+)(?P<lab>[A-ZÀ-Þ][\w&-]{1,9})\b"
)


def _department_of_lab(page: Page, line: str, mentions: list[OrgMention]) -> None:
    """A unit that is part of a lab's department named in lower case: the unit in the
    department, the department in the lab."""
    for match in _DEPARTMENT_OF_LAB.finditer(line):
        lab = page.acronyms.get(match.group("lab"))
        before = [m for m in mentions if m.end <= match.start()]
        if lab is None or not before or before[-1].kind is not OrgKind.UNIT:
            continue
        if not _PART_OF_BETWEEN.match(line[before[-1].end : line.index("départ", match.start())]):
            continue
        name, evidence = match.group("name"), line.strip()
        page.add(before[-1].name, Relation.PART_OF, name, evidence, "organisation.structure", 0.7)
        page.add(name, Relation.PART_OF, lab, evidence, "organisation.structure", 0.7)


# A unit's code or its bodies joined by a slash: "(LX, UMR 5842, CNRS / Université Y)".
_UNIT_BODIES_HINT = re.compile(r"\b(?:UMR|UPR|UMS|USR|UAR|FRE|IRL|U\d{3,4})\b|\s/\s")
# After a unit's name: its acronym in brackets, then the brackets or the dash opening the
# bodies that run it.
_BODIES_OPEN = re.compile(r"\s*(?:\([A-ZÀ-Þ][\w&-]{1,11}\)\s*)?(?:\(|[—–]\s)")
# Between two of those bodies: a slash, a comma or "et"/"and", and a unit code.
_BODIES_GAP = re.compile(
    r"(?:\s*(?:UMR|UPR|UMS|USR|UAR|FRE|IRL|U)[\s-]*\d{3,4})?"
    # ("UMR 9904 CNRS – Université Y": a spaced dash joins two bodies too)
    r"\s*(?:[,/]|\s[–—]\s|\s(?:et|and)\s)\s*"
    r"(?:(?:UMR|UPR|UMS|USR|UAR|FRE|IRL)[\s-]*\d{3,4}\s*[,/]?\s*)?"
)
_BODIES_FIRST = re.compile(
    # ("Laboratoire X — UMR 5530 — Université Y, CNRS": a banner's dashes around the code)
    r"\s*(?:[A-ZÀ-Þ][\w&-]{1,11},\s*)?"
    r"(?:(?:UMR|UPR|UMS|USR|UAR|FRE|IRL)(?:[\s-]*\d{3,4}\s*(?:[,/]|[—–](?=\s))?)?\s*)?"
    r"(?:(?i:tutelles?)\s*[:：]\s*)?"  # "(LX, UMR 9901, tutelles : CNRS et Université Y)"
)

_CODE_ONLY = re.compile(r"(?:UMR|UPR|UMS|USR|UAR|FRE|IRL)[\s-]*\w{3,4}")
_CODE_AFTER = re.compile(r"^\s*(?:(?:UMR|UPR|UMS|USR|UAR|FRE|IRL|U)[\s-]*)?\d{3,4}\b")

_BODIES_LINE = re.compile(r"\s*/\s*")


def _bodies_below(page: Page, above: str, line: str) -> None:
    """ "Institut X (IX) – équipe Y" over "CNRS / Université Z": a header's line naming
    only the bodies that run the lab named on the line above it."""
    bodies = find_organisations(line, page.acronyms)
    if len(bodies) < 2 or any(b.kind is not OrgKind.INSTITUTION for b in bodies):
        return
    if line[: bodies[0].start].strip() or line[bodies[-1].end :].strip():
        return
    known = known_acronyms()
    if any(
        not _BODIES_LINE.fullmatch(line, a.end, b.start)
        for a, b in zip(bodies, bodies[1:], strict=False)
    ) or not any(b.name in known or b.name in known.values() for b in bodies):
        return
    units = [
        m
        for m in find_organisations(above, page.acronyms)
        if m.kind is OrgKind.UNIT
        or m.kind is OrgKind.INSTITUTION
        and _research_institute(m.name)
        and not _UNIVERSITY.search(m.name)
    ]
    if not units or above[: units[0].start].strip():
        return
    for body in bodies:
        page.add(
            units[0].name,
            Relation.PART_OF,
            body.name,
            f"{above.strip()} {line.strip()}",
            "organisation.bodies",
            0.65,
        )


def _joint_unit_bodies(text: str, mentions: list[OrgMention]) -> set[int]:
    """The indices of the mentions that are a unit's bodies in the brackets right after
    it, when there are two or more of them ("Laboratoire Y (UMR 1234, CNRS / Université
    Z)"), the French joint unit's shape."""
    for index, unit in enumerate(mentions[:-1]):
        if unit.kind is OrgKind.INSTITUTION:
            continue  # (a lab's acronym, "du laboratoire GÉOMÉCA (UMR …)", is a unit too)
        opening = _BODIES_OPEN.match(text, unit.end)
        if opening is None or not opening.group().endswith("("):
            continue
        bodies = []
        at = opening.end()
        for later in range(index + 1, len(mentions)):
            body = mentions[later]
            gap = (_BODIES_FIRST if not bodies else _BODIES_GAP).fullmatch(text, at, body.start)
            if gap is None or body.kind is not OrgKind.INSTITUTION:
                break
            bodies.append(later)
            at = body.end
        rest = _CODE_AFTER.sub("", text[at:], count=1).lstrip()
        if len(bodies) >= 2 and rest.startswith(")"):
            return set(bodies)
        if (
            len(bodies) == 1
            and rest.startswith(")")
            and _UNIT_CODE_BEFORE.search(text, opening.end(), mentions[bodies[0]].start)
        ):
            # "Institut X (IX, UMR 8101 CNRS)": the one body the unit's code names runs it
            return set(bodies)
    return set()


_UNIT_CODE_BEFORE = re.compile(r"\b(?:UMR|UPR|UMS|USR|UAR|FRE|IRL)[\s-]*\d{3,4}\s*$")


def _lab_like(mention: OrgMention) -> bool:
    """A unit, or a research institute that is no university ("Institut X de Y"): what
    a lab's line names, and what bodies run."""
    return mention.kind is OrgKind.UNIT or (
        mention.kind is OrgKind.INSTITUTION
        and _research_institute(mention.name)
        and not _UNIVERSITY.search(mention.name)
    )


_BRACKET_TAIL = re.compile(r"\s*\([^()]{1,80}\)\s*\.?")


def _card_lab_line(page: Page, block: Block) -> None:
    """A person's card, the name its heading, whose first line is a lab alone, its unit
    code or the bodies running it in brackets ("A" › "Institut X de Y (IXY, CNRS /
    Université Y)", a prize's laureates on an institute's page): the person is a member
    of the lab (a keynote's "Institute Z" alone may be an employer, a role no lab)."""
    index = page.index(block)
    above = page.document.blocks[index - 1] if index else None
    if (
        above is None
        or above.kind is not BlockKind.HEADING
        or above.text != block.section[-1]
        or not is_card_name(above.text)
        or (person := name_at_start(above.text)) is None
    ):
        return
    line = block.text.strip()
    mentions = find_organisations(line, page.acronyms)
    if (
        mentions
        and mentions[0].start == 0
        and _lab_like(mentions[0])
        and _BRACKET_TAIL.fullmatch(line, mentions[0].end)
        and _UNIT_BODIES_HINT.search(line, mentions[0].end)
    ):
        page.add(person, Relation.MEMBER_OF, mentions[0].name, line, "organisation.card-lab", 0.6)


# "membres de l'équipe X", "Researchers in the Y Group": the people of the unit that follows.
_UNIT_PEOPLE = re.compile(
    r"(?i)(?<![\w-])(?:" + phrase_branches("UNIT_PEOPLE_NOUNS") + r")\s+"
    r"(?:de\s+l['’]\s*|de\s+la\s+|du\s+|of\s+the\s+|in\s+the\s+|within\s+the\s+)"
)
_UNIT_PEOPLE_HINT = word_hint(LEXICON.words["UNIT_PEOPLE_NOUNS"])
# "…, notamment A", "… include B and C": the names close the sentence, after the unit and
# its own qualifier ("au sein de l'Institut Y").
_UNIT_PEOPLE_NAMED = re.compile(
    r"(?i)[^.;:]{0,120}?(?:,\s*|\s+)(?:"
    + phrase_branches("UNIT_PEOPLE_LEADS")
    + r")\s+(?=[A-ZÀ-Þ])"
)
_NAME_PIECES = re.compile(r"\s*,\s*|\s+(?:and|et)\s+")
# "the doctoral researcher A": the role words before a listed person's name
_ROLE_WORDS = re.compile(r"^(?:(?:the|a|an|le|la|l['’]|our|notre)\s+)?(?:[a-zà-ÿ-]+\s+){0,3}")


def _unit_people_named(page: Page, text: str) -> None:
    """A unit's people named after it ("Certains collègues sont membres de l'équipe X au
    sein de l'Institut Y, notamment A", "Researchers in the Z Group include Dr B and the
    doctoral researcher C"): each a member of the unit. Every piece must be a person's
    name (a network's members listed are institutions, no people)."""
    for _, sentence in sentences(text):
        said = _UNIT_PEOPLE.search(sentence)
        mentions = find_organisations(sentence[said.end() :], page.acronyms) if said else []
        if not mentions or mentions[0].start != 0 or mentions[0].kind is not OrgKind.UNIT:
            continue
        at = said.end() + mentions[0].end
        named = _UNIT_PEOPLE_NAMED.match(sentence, at)
        if named is None:
            continue
        pieces = _NAME_PIECES.split(sentence[named.end() :].strip().rstrip("."))
        people = [name_from_piece(_ROLE_WORDS.sub("", piece)) for piece in pieces]
        if not people or None in people:
            continue
        for person in people:
            page.add(
                person,
                Relation.MEMBER_OF,
                mentions[0].name,
                sentence.strip(),
                "organisation.unit-people",
                0.6,
            )


# "Son laboratoire, le Laboratoire X, …", "Her lab, the Y Lab, …": the unit after the comma
_OWN_UNIT_APPOSITION = re.compile(
    r"(?<![\w-])(?i:"
    + phrase_branches("OWN_UNIT_APPOSITIVES")
    + r")\s*,\s*(?i:le\s+|la\s+|l['’]|the\s+)?"
)
_OWN_UNIT_HINT = word_hint(LEXICON.words["OWN_UNIT_APPOSITIVES"])


def _own_unit_apposition(page: Page, text: str) -> None:
    """The owner's unit named in apposition after a possessive ("Son laboratoire, le
    Laboratoire X, fait partie du Centre Y"): the owner is a member of X."""
    for said in _OWN_UNIT_APPOSITION.finditer(text):
        mentions = find_organisations(text[said.end() : said.end() + 160], page.acronyms)
        if mentions and mentions[0].start == 0 and mentions[0].kind is OrgKind.UNIT:
            evidence = next((s for at, s in sentences(text) if at + len(s) >= said.end()), text)
            page.add(
                page.owner.name,
                Relation.MEMBER_OF,
                mentions[0].name,
                evidence.strip(),
                "organisation.own-unit",
                0.6,
            )


# After a partner's heading word: its number, then the colon or dash before the partner.
_PARTNER_NUMBER = re.compile(r"\s*(?:n°\s*|no\.?\s*|#\s*)?\d{0,2}\s*[:：–—-]\s*")


def _partner_cards(page: Page, block: Block) -> None:
    """A project's partner heading over its people's headings ("Partenaire 2 : Institut X
    (IX, UMR 7431 CNRS / Université Y)" › "A — ingénieur de recherche"): the person is a
    member of the partner's lab (a company's people are no lab's members), and the heading
    names the bodies running the lab, or the university hosting it ("Laboratoire X (LX),
    Université Y")."""
    partner = block.section[-1]
    lead = LEXICON.pattern("PROJECT_PARTNER_HEADINGS").match(partner)
    number = _PARTNER_NUMBER.match(partner, lead.end()) if lead else None
    person = name_at_start(_CARD_DASH.split(block.text)[0]) if number else None
    mentions = find_organisations(partner[number.end() :], page.acronyms) if person else []
    if not mentions or mentions[0].start != 0 or not _lab_like(mentions[0]):
        return
    lab = mentions[0]
    page.add(person, Relation.MEMBER_OF, lab.name, f"{partner}\n{block.text}", _PARTNER, 0.6)
    if any(c.subject == lab.name and c.relation is Relation.PART_OF for c in page.claims):
        return  # (the partner's structure read under its first person already)
    _unit_bodies(page, partner)
    host = mentions[1] if len(mentions) > 1 else None
    rest = partner[number.end() :]
    if (
        host is not None
        and host.kind is OrgKind.INSTITUTION
        and _UNIVERSITY.search(host.name)
        and _UNIT_THEN_UNIVERSITY.match(rest[lab.end : host.start])
        and not rest[host.end :].strip()
    ):
        page.add(lab.name, Relation.PART_OF, host.name, partner, _PARTNER, 0.6)


_PARTNER = "organisation.project-partner"
_PARTNER_HINT = word_hint(LEXICON.words["PROJECT_PARTNER_HEADINGS"])


def _unit_bodies(page: Page, line: str) -> None:
    """ "Laboratoire X (LX, UMR 5842, CNRS / Université Y)", "Institut X (IX) – Inserm
    U1287 / Université Y": the bodies that run a lab, each the lab's parent (only with a
    unit code or a slash between two bodies, the French joint-unit shape)."""
    mentions = find_organisations(line, page.acronyms)
    for index, unit in enumerate(mentions[:-1]):
        if _CODE_ONLY.fullmatch(unit.name):
            continue  # "UMR 6XX1 — Université Y / CNRS": a bare code names no lab
        if not _lab_like(unit):
            continue
        opening = _BODIES_OPEN.match(line, unit.end)
        if opening is None:
            continue
        bracket = opening.group().endswith("(")
        bodies = []
        at = opening.end()
        for body in mentions[index + 1 :]:
            gap = (_BODIES_FIRST if not bodies else _BODIES_GAP).fullmatch(line, at, body.start)
            if gap is None or body.kind is not OrgKind.INSTITUTION:
                break
            bodies.append(body)
            at = body.end
        rest = _CODE_AFTER.sub("", line[at:], count=1).lstrip()
        closed = rest.startswith(")") if bracket else not rest or rest[:1] in ",;"
        coded = _UNIT_BODIES_HINT.search(line, unit.end, at) is not None
        if not bodies or not closed or not coded:
            continue
        for body in bodies:
            if body.name != unit.name:
                page.add(
                    unit.name, Relation.PART_OF, body.name, line.strip(), "organisation.bodies", 0.7
                )
        return


# A language switch's cell in a site's menu strip ("| English |", "| 中文 |", "| हिन्दी |").
_LANGUAGE_CELL = re.compile(
    r"(?:^|\|)\s*(?:English|Français|Deutsch|Español|Português|Italiano|中文|简体|繁體|繁|简|"
    r"日本語|한국어|हिन्दी|ไทย|Tiếng Việt)\s*(?=\||$)"
)
# "Laboratoire X (LX, UMR 5817), unité mixte de recherche sous la double tutelle du CNRS
# et de l'Université Y", "Lab X (LX), a joint lab of CNRS, University Y and Z": the unit's
# apposition naming the bodies that run it.
_JOINT_APPOSITION = re.compile(
    r"\s*(?:\([^()]{1,60}\))?\s*,\s*(?:an?\s+|une\s+)?(?:"
    r"joint\s+(?:research\s+)?(?:lab|laboratory|unit|institute|centre|center)\s+(?:of|between)"
    # (", unité de l'Université Y et du CNRS": a unit's apposition without "mixte")
    r"|unité(?:\s+mixte)?(?:\s+de\s+recherche)?(?:\s+\([^()]{1,30}\))?,?\s+"
    r"(?:(?:placée\s+)?sous\s+(?:la\s+)?(?:double\s+|triple\s+|co-?)?tutelles?\s+)?"
    r"(?:de\s+la|de\s+l['’]|du|des|de|entre\s+le|entre\s+la|entre\s+l['’])"
    # "Instituto X (IX), centro mixto del CSIC y la Universidad Y": the Spanish joint unit
    r"|(?:centro|instituto|unidad)\s+mixt[oa](?:\s+de\s+investigación)?\s+"
    r"(?:del|de\s+la|de|entre\s+el|entre\s+la)"
    r")\s*(?:the\s+)?",
    re.I,
)
_JOINT_GAP = re.compile(
    r"(?:\s*\([A-Z][\w-]{1,12}\))?"  # (a body's acronym after its full name)
    r"\s*(?:,|\s(?:et|and|y)|&)\s*"
    r"(?:de\s+la\s+|de\s+l['’]|du\s+|des\s+|de\s+|le\s+|la\s+|el\s+|l['’]|the\s+)?"
)


def _joint_unit_apposition(page: Page, line: str) -> None:
    """The bodies a unit's apposition names ("…, a joint lab of CNRS, University Y and
    Institute Z"): each the unit's parent."""
    mentions = find_organisations(line, page.acronyms)
    for index, unit in enumerate(mentions[:-1]):
        if unit.kind is not OrgKind.UNIT and (
            unit.kind is not OrgKind.INSTITUTION
            or not _research_institute(unit.name)
            or _UNIVERSITY.search(unit.name)
        ):
            continue
        opening = _JOINT_APPOSITION.match(line, unit.end)
        if opening is None:
            continue
        at, bodies = opening.end(), []
        for body in mentions[index + 1 :]:
            if body.start < at:
                continue  # (a body inside the unit's brackets, read by ``_unit_bodies``)
            gap = line[at : body.start]
            if " y " in body.name:
                bodies = []  # ("Universidad X y del CSIC": two bodies read as one name)
                break
            if body.kind is OrgKind.UNIT or (
                (gap.strip() or bodies) and _JOINT_GAP.fullmatch(gap) is None
            ):
                break
            bodies.append(body)
            at = body.end
        for body in bodies:
            if body.name != unit.name:
                page.add(
                    unit.name, Relation.PART_OF, body.name, line.strip(), "organisation.bodies", 0.7
                )
        return


_DASH = re.compile(r"\s+[—–]\s+")
# A lower-case word right before or after a term: running prose around it.
_PROSE_WORD_BEFORE = re.compile(r"\b[a-zà-ÿ]+\s+$")
_PROSE_WORD_AFTER = re.compile(r"\s+[a-zà-ÿ]+\b")
# "Team X / Lab Y / University Z": a trail written with slashes alone (beside a dash, a
# slash joins a unit's bodies: "Lab X — UMR 7712 CNRS / Université Y").
_SLASH = re.compile(r"\s+/\s+")
# "Team X » Lab Y » University Z", "Group A › Division B › Institute C" (a header's trail
# written with a site breadcrumb's marks; its direction told by what each crumb names).
_ANGLE = re.compile(r"\s+[»›]\s+")
# "Affiliations: Team X / Lab Y / University Z": the label before a header line's trail.
_TRAIL_LABEL = re.compile("^" + _AFFILIATIONS + r":\s*", re.IGNORECASE)
# "Cobalt team" (a team's name before a lower-case kind word): a crumb naming its team.
_NAMED_TEAM = re.compile(r"^\s*(?:the\s+)?(?P<name>[A-ZÀ-Þ][\w'’-]+)\s+(?:team|group)\s*$")
# A trail's first crumb opening on a team word, its last crumb holding a unit's code.
_TEAM_CRUMB = re.compile(r"(?i)^\s*(?:équipe|equipe|team|groupe|group)\s")
_UNIT_CODE_CRUMB = re.compile(r"\((?:[^()]*[\s,])?(?:UMR|UPR|UMS|USR|UAR|FRE|IRL|U)[\s-]*\d{3,4}\b")
# What a trail's crumb may hold beside its unit: the unit's kind word, its acronym or its
# number in brackets ("Équipe X", "Laboratoire Y (LY, UMR 8342)").
_CRUMB_REST = re.compile(r"(?i)^(?:\s|équipe|team|groupe|group|\([^()]{1,40}\))*$")


# "Our group is part of the Department of X": the page's own unit, written as a pronoun.
_OWN_UNIT = re.compile(
    r"^\W*(?i:our|this|the|notre|cette)\s+(?i:research\s+)?(?i:group|lab|laboratory|team|équipe)\b"
)


def _own_unit_part_of(page: Page, line: str, at: int, parent: OrgMention) -> None:
    if _PART_OF_BETWEEN.match(line[at : parent.start]) is None:
        return
    unit = _title_org(page)
    if unit is not None and unit.kind is OrgKind.UNIT and unit.name != parent.name:
        page.add(
            unit.name, Relation.PART_OF, parent.name, line.strip(), "organisation.structure", 0.7
        )


def _dash_trail(page: Page, line: str) -> bool:
    """A header line naming nothing but units, dash-separated, from the team up or from
    the university down ("Équipe X — Laboratoire Y (UMR 8342) — Université Z"): each
    is part of the next one up."""
    text = _TRAIL_LABEL.sub("", line.strip()) if ":" in line else line.strip()
    crumbs = (
        _ANGLE if "»" in text or "›" in text else _DASH if "—" in text or " – " in text else _SLASH
    ).split(text)
    if not 2 <= len(crumbs) <= 5:
        return False
    units = []
    for crumb in crumbs:
        mentions = [
            m
            for m in find_organisations(crumb, page.acronyms)
            if m.kind is not OrgKind.ACRONYM
            # "Laboratoire Y (LY, UMR CNRS 6281)": the bodies in its brackets are no crumb
            and crumb.rfind("(", 0, m.start) <= crumb.rfind(")", 0, m.start)
        ]
        if not mentions and (team := _NAMED_TEAM.match(crumb)) is not None:
            mentions = [OrgMention(team.group("name"), OrgKind.UNIT, *team.span("name"))]
        if len(mentions) != 1:
            return False
        rest = crumb[: mentions[0].start] + crumb[mentions[0].end :]
        if not _CRUMB_REST.match(rest):
            return False
        units.append(mentions[0])
    lowest = units[0]
    if units[-1].kind is OrgKind.INSTITUTION and units[0].kind is OrgKind.UNIT:
        pairs = zip(units, units[1:], strict=False)  # from the team up
    elif units[0].kind is OrgKind.INSTITUTION and units[-1].kind is OrgKind.UNIT:
        pairs = ((b, a) for a, b in zip(units, units[1:], strict=False))  # from the top down
        lowest = units[-1]
    elif (
        all(u.kind is OrgKind.UNIT for u in units)
        and _TEAM_CRUMB.match(crumbs[0])
        and _UNIT_CODE_CRUMB.search(crumbs[-1])
    ):
        # "Team A — Laboratory B (UMR 5678, CNRS / University C)": the team up to the lab
        # its code names (the bodies in the brackets are read by ``_unit_bodies``)
        pairs = zip(units, units[1:], strict=False)
    else:
        return False
    if page.owner is not None and text != line.strip() and lowest.kind is OrgKind.UNIT:
        # "Affiliations: Cobalt team / Laboratoire Y / Université Z" under the owner's
        # name: the owner's own trail, from the unit they work in
        page.add(
            page.owner.name,
            Relation.MEMBER_OF,
            lowest.name,
            line.strip(),
            "organisation.breadcrumb",
            0.6,
        )
    unit = None  # the highest unit seen: the one its bodies' names all run
    for part, whole in pairs:
        unit = part if part.kind is OrgKind.UNIT else unit
        if part.kind is OrgKind.INSTITUTION and whole.kind is OrgKind.INSTITUTION:
            # "… Lab Y / Université Z / CNRS": the university and the CNRS both run Y
            part = unit or part
        if part.name != whole.name:
            page.add(
                part.name,
                Relation.PART_OF,
                whole.name,
                line.strip(),
                "organisation.breadcrumb",
                0.6,
            )
    return True


def _whole_cells(line: str, first: OrgMention, second: OrgMention) -> bool:
    """Whether each of two mentions fills its "|" cell of the line."""
    opening = line.rfind("|", 0, first.start) + 1
    closing = line.find("|", second.end)
    return (
        not line[opening : first.start].strip()
        and not line[second.end : closing if closing >= 0 else len(line)].strip()
    )


def _fullest(page: Page, name: str) -> str:
    """The page title's fuller name of a unit the text shortens ("The Quill Lab is a
    group in …" on the page of "The Quill Lab for Soil Science")."""
    titled = _read_title_org(page)
    if titled is not None and titled.name.startswith(name + " ") and len(name.split()) >= 2:
        return titled.name
    return name


def _translation(first: str, second: str) -> bool:
    """ "Département de X / Department of X": one unit named in two languages (their head
    words share a stem), not a trail."""
    heads = fold(first).split()[:1], fold(second).split()[:1]
    if not (heads[0] and heads[1]):
        return False
    if heads[0][0][:4] == heads[1][0][:4]:
        return True
    # "Vakgroep X / Département de X": head words naming the same level in two languages
    return any(heads[0][0] in words and heads[1][0] in words for words in _HEAD_KINDS.values())


_HEAD_KINDS = {
    kind: frozenset(fold(w) for w in words) for kind, words in LEXICON.UNIT_HEAD_KINDS.items()
}


# ("University X Research Portal", "… Research Explorer": a research-information system's
# site, named after the university)
_SITE_KIND = re.compile(
    r"(?i)\s+(?:wiki|intranet|blog|website|(?:research\s+)?portal|research\s+explorer)"
    r"(?=\s*[\])]?\s*$)"
)


# A newsroom's title ("Meet our new faculty | Ashby University News"): its stories name
# people of many units, none the newsroom's members.
_NEWSROOM_TITLE = re.compile(r"(?i)\s(?:news|newsroom)\s*$")
# A news story's headline on appointments ("Three new faculty appointments in the Faculty
# of X", "Y appointed Head of Z", "New hires in the W Lab"): the unit hosts the story, its
# people are those the story names
_APPOINTMENTS_TITLE = re.compile(r"(?i)\b(?:appointments|appointed|new\s+hires|promoted)\b")


# A page about a committee ("Meet the Committee | University Promotion and Tenure
# Committee"): its people sit on it, they are no unit's members.
_COMMITTEE_TITLE = re.compile(r"(?i)\b(?:committee|comité)\b")


def _title_org(page: Page) -> OrgMention | None:
    """The organisation the page's title names, read once a page."""
    memo = page.document.meta.get("title_org", ())
    if memo == ():
        memo = _read_title_org(page)
        if memo is not None and memo.kind is OrgKind.UNIT:
            memo = _body_short_form(page, memo)
            memo = _body_long_form(page, memo)
        page.document.meta["title_org"] = memo
    return memo


def _body_long_form(page: Page, mention: OrgMention) -> OrgMention:
    """The title's short unit name as the page's text spells it out before it in brackets
    ("CORE-R Group - Our team" over "The Cardio-Renal Outcomes Research Group (CORE-R) is
    …"): an acronym of the page's own making, no initials that the acronym rules check."""
    short = mention.name
    if " " in short or not short.isupper():
        return mention
    for block in page.document.blocks:
        if block.kind is BlockKind.HEADING or f"({short})" not in block.text:
            continue
        at = block.text.index(f"({short})")
        for found in find_organisations(block.text[:at], page.acronyms):
            if found.kind is OrgKind.UNIT and not block.text[found.end : at].strip():
                return replace(mention, name=found.name)
    return mention


def _body_short_form(page: Page, mention: OrgMention) -> OrgMention:
    """The title's unit as the page's own text names it when that drops the title's leading
    place or head's name ("People | Ashby Soft Matter Group" over "The Soft Matter Group is
    part of …"): the site's banner prefixes the name, the unit calls itself the shorter."""
    words = mention.name.split()
    if len(words) < 3:
        return mention
    blocks = [b.text for b in page.document.blocks if b.kind is not BlockKind.HEADING]
    for cut in range(1, len(words) - 1):
        short = " ".join(words[cut:])
        if not short[:1].isupper() or fold(words[cut]) in _NAME_LINKS:
            continue
        for text in blocks:
            if short not in text:  # (cheap: the shorter name spelt somewhere on the page)
                continue
            if not any(short in line and line.strip() != short for line in text.split("\n")):
                continue  # (a banner's line of the name alone is the site's logo, cut short)
            for found in find_organisations(text, page.acronyms):
                if found.name == short and found.kind is OrgKind.UNIT:
                    return replace(mention, name=short)
    return mention


_NAME_LINKS = frozenset({"of", "for", "de", "du", "des", "and", "et", "&"})


def _read_title_org(page: Page) -> OrgMention | None:
    meta = page.document.meta
    team = _acronym_team_title(page)
    if team is not None:
        return team
    h1 = meta.get("h1")
    if h1 and h1[:1] in "ÉEéeTtGg" and (numbered := _NUMBERED_TEAM.match(h1)):
        # "Équipe 3 — Hépatologie cellulaire" (a unit's numbered team): the name after
        # the number, read as "Équipe Hépatologie cellulaire"
        named = find_organisations(f"{numbered['word']} {h1[numbered.end() :]}", page.acronyms)
        if named and named[0].start == 0 and named[0].kind is OrgKind.UNIT:
            return named[0]
    if h1 and (title := page.document.title):
        first = _TITLE_PARTS.split(title.strip(), 1)[0].strip()
        if len(first) <= 12 and LEXICON.pattern("PEOPLE").fullmatch(first):
            # "Équipe | Laboratoire X (LX)" over the heading "Équipe Optique non linéaire":
            # the title's first part a bare word, the heading names the page's team
            named = find_organisations(h1, page.acronyms)
            if named and named[0].start == 0 and named[0].kind is OrgKind.UNIT:
                return named[0]
    if (named := _expanded_title_team(page)) is not None:
        return named
    for text in (page.document.title, meta.get("h1"), meta.get("og:title")):
        if text and _COMMITTEE_TITLE.search(text):
            return None
        if text and _NEWSROOM_TITLE.search(text):
            return None  # "… | X University News": a newsroom's story, no unit's people page
        if text and _APPOINTMENTS_TITLE.search(text):
            return None  # "Three new faculty appointments in the Faculty of X": a news story
        if text and LEXICON.pattern("COLLECTIVE_AUTHORS").fullmatch(
            _TITLE_PARTS.split(text.strip(), 1)[0].strip()
        ):
            return None  # "Editorial Team | Journal X": a journal's board, no research unit
        if text:
            text = _SITE_KIND.sub("", text)  # "X Lab Wiki": the site's kind, not a unit
            mentions = [
                m for m in find_organisations(text, page.acronyms) if m.kind is not OrgKind.ACRONYM
            ]
            if mentions:
                return _headline_fuller(mentions[0], meta.get("h1"), page)
    return _people_title_unit(page, _people_acronym_title(page))


def _expanded_title_team(page: Page) -> OrgMention | None:
    """ "People | Quantum Matter Theory group – Institute X" on a page that expands the
    team's acronym ("The Quantum Matter Theory (QMT) group is part of …"): the title's
    part is that team, its word "group" in lower case (no organisation name of its own)."""
    title = page.document.title or ""
    if not page.acronyms or not _LOWER_TEAM_TAIL.search(title):
        return None  # (cheap: a title part ending on a lower-case team word)
    expansions = set(page.acronyms.values())
    for part in _TITLE_PARTS.split(title.strip()):
        tail = _LOWER_TEAM_TAIL.search(part.strip())
        if tail is not None and (name := part.strip()[: tail.start()]) in expansions:
            start = title.find(name)
            return OrgMention(name, OrgKind.UNIT, start, start + len(name))
    return None


_LOWER_TEAM_TAIL = re.compile(r"\s(?:group|lab|laboratory|team)\b(?=\s*(?:$|[–—|-]))")


def _people_acronym_title(page: Page) -> str | None:
    """The acronym of a title "Annuaire — LX" / "People | LX" (a people word, then the unit's
    bare acronym, which the page may expand nowhere in a form the acronym map reads)."""
    parts = _TITLE_PARTS.split((page.document.title or "").strip())
    if (
        len(parts) == 2
        and LEXICON.pattern("PEOPLE").fullmatch(parts[0].strip())
        and _ACRONYM_WORD.fullmatch(parts[1].strip())
        and parts[1].strip() not in page.acronyms
    ):
        return parts[1].strip()
    return None


def _headline_fuller(mention: OrgMention, h1: str | None, page: Page) -> OrgMention:
    """The title's unit, or the headline's when it names the same unit longer ("Équipe
    Écoulements | LMEV" over "Équipe Écoulements géophysiques et transferts (EGT)": a
    sentence-case name the title's separator cut short)."""
    if not h1 or mention.name not in h1 or len(h1) <= len(mention.name):
        return mention
    for fuller in find_organisations(h1, page.acronyms):
        if fuller.name.startswith(mention.name) and len(fuller.name) > len(mention.name):
            return fuller
    return mention


_TITLE_PARTS = re.compile(r"\s+[–—|-]\s+|\s*\|\s*")
_ACRONYM_WORD = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ0-9-]{2,14}")
TEAM_INTRO_BLOCKS = 12  # where a team's page says it is a team ("Type : Équipe-projet")


_TEAM_WORDS_ALTERNATION = "|".join(re.escape(w) for w in LEXICON.TEAM_WORDS)
# "Équipe 3 — X", "Team 2: X": a team word, its number, a dash or a colon, then the name
_NUMBERED_TEAM = re.compile(
    rf"(?i)(?P<word>{_TEAM_WORDS_ALTERNATION})\s+\d{{1,2}}\s*(?:[–—:-]|\s[«“])\s*"
)


def _acronym_team_title(page: Page) -> OrgMention | None:
    """ "MARÉLIS – Membres | Inria" over the heading "MARÉLIS" on a page that calls itself a
    team ("Équipe-projet Inria"): the page is the team's, named by its acronym, not the
    institute's the title ends on."""
    title = page.document.title or ""
    parts = _TITLE_PARTS.split(title.strip())
    if len(parts) < 3:
        return None
    people = LEXICON.pattern("PEOPLE")
    h1 = (page.document.meta.get("h1") or "").strip()
    if (
        people.fullmatch(parts[0].strip())
        and _ACRONYM_WORD.fullmatch(parts[1])
        and h1 == parts[0].strip()
    ):
        # "Membres - MARÉLIS - LX" over the heading "Membres" (a SPIP article in the team's
        # section): the people word first, then the team's acronym, then the lab's; the
        # opening blocks must call it a team by that name ("L'équipe MARÉLIS …").
        named = re.compile(rf"(?i:{_TEAM_WORDS_ALTERNATION})\s+{re.escape(parts[1])}\b")
        if not any(named.search(b.text) for b in page.document.blocks[:TEAM_INTRO_BLOCKS]):
            return None
        parts = [parts[1], parts[0], *parts[2:]]
    elif not _ACRONYM_WORD.fullmatch(parts[0]) or not people.fullmatch(parts[1].strip()):
        return None
    elif h1.split()[:1] != [parts[0]]:
        return None
    blocks = page.document.blocks[:TEAM_INTRO_BLOCKS]
    if not any(LEXICON.pattern("TEAM_WORDS").search(b.text) for b in blocks):
        return None
    mentions = find_organisations(parts[0], page.acronyms)
    return mentions[0] if len(mentions) == 1 else None


_UNIT_KEYS = ("group", "team", "lab", "equipe", "équipe", "laboratory", "laboratoire")
OPENING_BLOCKS = 3  # where a people page's opening sentence names its unit


def _people_title_unit(page: Page, acronym: str | None = None) -> OrgMention | None:
    """The unit of a page titled only "People" / "Membres de l'équipe": its front matter's
    ``group:`` key, else the unit its opening sentence starts on ("L'équipe X fait partie
    du …", "The X Group studies …").  With *acronym* ("Annuaire — LX"), that unit must
    start on the acronym's letter."""
    title = page.document.title or ""
    # (a bare title: "Doctorants — X, UMR 1" names its unit, read or not, in the title)
    if acronym is None and (
        len(title) > 40 or _TITLE_PARTS.search(title) or not LEXICON.pattern("PEOPLE").search(title)
    ):
        return None
    front = page.document.meta.get("front_matter")
    if isinstance(front, dict):
        for key in _UNIT_KEYS:
            value = front.get(key)
            mentions = find_organisations(value, page.acronyms) if isinstance(value, str) else []
            if mentions and mentions[0].kind is OrgKind.UNIT:
                return mentions[0]
    for block in page.document.blocks[:OPENING_BLOCKS]:
        if block.kind is not BlockKind.PARAGRAPH:
            continue
        mentions = find_organisations(block.text[:160], page.acronyms)
        if (
            mentions
            and mentions[0].kind is OrgKind.UNIT
            and mentions[0].start <= 12
            and (acronym is None or mentions[0].name[0] == acronym[0])
        ):
            return mentions[0]
        return None
    return None


_HEAD_LABEL = re.compile(
    r"^\W*(?i:" + "|".join(re.escape(w) for w in LEXICON.LAB_HEADS) + r")\W*:\W*"
)
_LED_BY = re.compile(
    r"\b(?:dirigée?|animée?|coordonnée?|pilotée?)\s+par\s+|\b(?:led|headed|directed)\s+by\s+"
)


_JOINED_PLACE_YEAR = re.compile(
    # "joined X in 2016"; "appointed assistant professor at X in 2015", "nommé professeur
    # assistant à l'Université X en 2015": the rank, then the place, then the year.
    # ("à l'université de X": French typography's lower-case head word)
    # ("joined the faculty of X in 2022", « recrutée comme maître de conférences à X en
    # 2024 », « recrutée chargée de recherche chez X en 2006 »: a longer rank, or the body
    # of the place, before it)
    r"\s+(?:(?:[a-zà-ÿ][\w-]*\s+){0,4}(?:at|of|à|au|chez)\s+)?"
    # (« a rejoint la société X en 2014 »: the company's noun before its name)
    rf"(?:(?i:{'|'.join(re.escape(w) for w in LEXICON.MOVE_COMPANY_LEADS)})\s+"
    r"|the\s+|l['’]|la\s+|le\s+)?"
    r"(?:[A-ZÀ-Þ]|université\s)"
    # ("joined the Department of X and Y Engineering at Z University in 2015")
    r"[^.;]{0,100}?"
    # ("joined the CNRS in October 2024": a month may come before the year)
    r"\b(?:in|en)\s+(?:(?i:jan|feb|fév|mar|apr|avr|may|mai|jun|juin|jul|juil|aug|août|sep|"
    r"oct|nov|dec|déc)[a-zéû]*\.?\s+"
    # ("joined X in fall 2022", "nommé en automne 2019": a season, the term it started)
    r"|(?:the\s+)?(?i:fall|autumn|spring|summer|winter|automne|printemps|été|hiver)"
    r"(?:\s+of)?\s+)?(?:19|20)\d\d"
)


_BARE_SEPARATOR = re.compile(r"^[\s·•|,;/*_—–-]+$")
_ENTRY_YEAR = re.compile(r"^\W*(?:[^\W\d]{3,9}\.?\s+)?((?:19|20)\d\d)\b")
_ANY_YEAR = re.compile(r"\b(?:19|20)\d\d\b")


def _latest_in_timeline(page: Page, block: Block, sentence: str) -> bool:
    """*block* is the newest entry of a dated list or of dated lines ("2021: Chargé de
    recherche, X" above "2018-2021: Post-doctorat …"): a position given one year there is
    the one held since."""
    first = _ENTRY_YEAR.match(block.text)
    if block.kind is BlockKind.HEADING or not first or first.group(1) not in sentence:
        return False
    sections = page.document.meta.setdefault("dated_items", {})  # worked out once per section
    dated = sections.get(block.section)
    if dated is None:
        dated = sections[block.section] = [
            (b, max(int(y) for y in _ANY_YEAR.findall(b.text)))
            for b in page.document.blocks
            if b.kind is not BlockKind.HEADING
            and b.section == block.section
            and _ENTRY_YEAR.match(b.text)
        ]
    years = [year for b, year in dated if b is not block]
    return bool(years) and max(years) <= int(first.group(1))


def _joined_in(sentence: str) -> bool:
    """ "joined X in 2016": a start word, a place, then the year it started."""
    # ("she moved to X (2016–2019), then joined Y in 2019": any start word of the sentence)
    return any(
        _joined_at(sentence, joined) for joined in LEXICON.pattern("SINCE").finditer(sentence)
    )


def _joined_at(sentence: str, joined: re.Match[str]) -> bool:
    # ("In 2019 she joined X", "founded in 2019 when A joined X": the year comes first)
    return bool(
        _JOINED_PLACE_YEAR.match(sentence, joined.end())
        or _YEAR_BEFORE_JOINING.search(sentence, max(0, joined.start() - 70), joined.start())
        and LEXICON.pattern("JOINING").match(sentence, joined.start())
        # "Reçu à l'agrégation (2017), il a été nommé à l'Université X la même année": the
        # year written before, the start the joining verb tells
        or ("même" in sentence or "same" in sentence)
        and _SAME_YEAR.search(sentence, joined.end()) is not None
    )


_SAME_YEAR = re.compile(r"(?i)\b(?:la|cette)\s+même\s+année\b|\b(?:the|that)\s+same\s+year\b")


_YEAR_BEFORE_JOINING = re.compile(r"(?i)\b(?:in|en)\s+(?:19|20)\d\d\b[^.;\d]{0,60}$")


_UNIT_HEAD = "organisation.unit-head"


def _first_heading_org(page: Page) -> OrgMention | None:
    """The unit a README-like page names in its first heading ("Welcome to the X Group")."""
    for block in page.document.blocks[:3]:
        if block.kind is BlockKind.HEADING:
            units = [m for m in find_organisations(block.text) if m.kind is OrgKind.UNIT]
            return units[0] if units else None
    return None


def _unit_heads(page: Page, block: Block) -> None:
    """A team's head is one of its members: "**Group lead:** Prof. X (since 2015)" on the
    group's page, "L'équipe X, rattachée à Y, est dirigée par Z"."""
    text = block.text
    label = _HEAD_LABEL.match(text) if page.owner is None else None
    if label and not any(LEXICON.pattern("ALUMNI").search(t) for t in block.section):
        org = _title_org(page) or _first_heading_org(page)
        person = name_at_start(text[label.end() :])
        if org is not None and person and _TEAM_OR_LAB.search(org.name):
            period = parse_period(text).as_start()
            evidence = text.split("\n")[0]
            page.add(person, Relation.MEMBER_OF, org.name, evidence, _UNIT_HEAD, 0.65, period)
        return
    if page.owner is not None and ("irects the " in text or "eads the " in text):
        _directs_unit(page, text)
    if "ed by " not in text and "e par " not in text and "é par " not in text:
        return  # (cheap: "led by", "headed by", "dirigée par", "dirigé par")
    previous = None  # the unit the sentence before opened with ("L'équipe X est …")
    headed = None  # the unit whose head the sentence before named
    for _, sentence in sentences(text):
        led = _LED_BY.search(sentence)
        if headed is not None and not led:
            _there_clause(page, headed, sentence)
        headed = None
        if not led:
            opening = find_organisations(sentence[:80], page.acronyms)
            previous = opening[0] if opening and opening[0].start <= 12 else None
            continue
        mentions = find_organisations(sentence[: led.start()], page.acronyms)
        if not mentions and previous is not None and _PRONOUN_SUBJECT.match(sentence):
            mentions = [previous]  # "… Elle est animée par A": the team named just before
        person = name_at_start(sentence[led.end() :])
        if person and ", wh" in sentence:
            _head_elsewhere(page, person, sentence, led.end())
        if (
            mentions
            and (
                mentions[0].kind is OrgKind.UNIT
                # ("The Centre for X, a centre within …, directed by B": a research centre)
                or _CENTRE_FOR.match(sentence, mentions[0].start)
                and not _UNIVERSITY.search(mentions[0].name)
            )
            and mentions[0].start <= 12
            and person
        ):
            unit = mentions[0].name
            # "led by A (since 2016)": the years after the head's name are the headship's.
            period = parse_period(sentence[led.end() :])
            period = period.as_start() if period.single else period
            page.add(person, Relation.MEMBER_OF, unit, sentence.strip(), _UNIT_HEAD, 0.65, period)
            headed = unit


# "… ; B y prépare une thèse depuis 2023", "…; B is preparing a PhD there": who works in the
# unit the clause before named
_THERE_CLAUSE = re.compile(
    r"^\W*(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})\s+(?i:"
    + phrase_branches("UNIT_THERE_CLAUSES")
    + r")(?![\w-])"
)


def _there_clause(page: Page, unit: str, sentence: str) -> None:
    """The clause after a unit's head naming who works there (« L'équipe X est animée par
    A ; B y prépare une thèse depuis 2023 »): a member of the unit since the clause's year."""
    clause = _THERE_CLAUSE.match(sentence)
    person = name_from_piece(clause["name"]) if clause else None
    if person is not None:
        period = parse_period(sentence[clause.end() :]).as_start()
        page.add(person, Relation.MEMBER_OF, unit, sentence.strip(), _UNIT_HEAD, 0.6, period)


# "At X, Quill directs the Y Laboratory", "She now leads the Z Group": the subject runs the
# unit the verb names (a lab's head is one of its members).
_DIRECTS_UNIT = re.compile(
    r"(?:^\W*(?:(?:At|In)\s+[A-ZÀ-Þ][^,;.]{0,40},\s+)?|\bwhere\s+)"
    r"(?P<subject>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,2}|he|she|they|He|She|They|I)\s+"
    r"(?:(?:now|also|currently)\s+)?(?:directs|co-directs|leads|co-leads|heads)\s+the\s+"
)


def _directs_unit(page: Page, text: str) -> None:
    for _, sentence in sentences(text):
        match = _DIRECTS_UNIT.search(sentence)
        if match is None:
            continue
        subject = match["subject"]
        if (
            subject[0].isupper()
            and subject not in ("He", "She", "They", "I")
            and not compatible(subject, page.owner.name)
        ):
            continue  # "B directs the X Lab": another's unit
        mentions = find_organisations(sentence[match.end() :], page.acronyms)
        if mentions and mentions[0].start == 0 and mentions[0].kind is OrgKind.UNIT:
            page.add(
                page.owner.name,
                Relation.MEMBER_OF,
                mentions[0].name,
                sentence.strip(),
                _UNIT_HEAD,
                0.6,
            )


# "headed by A, who is also Professor of Physical Chemistry at the University of X": the
# head's own post, at the institution the relative clause names.
_WHO_IS_POST = re.compile(r",\s*who\s+is\s+(?:also\s+)?(?:an?\s+|the\s+)?(?=[A-Za-z])")
_POST_AT = re.compile(r"[^,;.()]{0,60}?\s(?:at|of)\s+(?:the\s+)?")


def _head_elsewhere(page: Page, person: str, sentence: str, at: int) -> None:
    """The unit's head's post named in a relative clause after the name: employed there."""
    family = person.split()[-1]
    end = sentence.find(family, at)
    clause = _WHO_IS_POST.match(sentence, end + len(family)) if end >= 0 else None
    post = LEXICON.pattern("POSITIONS").match(sentence, clause.end()) if clause else None
    if post is not None:
        _employer_after_post(page, person, sentence[post.end() :], sentence.strip())


def _employer_after_post(page: Page, person: str, tail: str, evidence: str) -> None:
    """The institution right after a unit head's post ("Professor at University X")."""
    mentions = [m for m in find_organisations(tail, page.acronyms) if m.kind is OrgKind.INSTITUTION]
    if mentions and _POST_AT.fullmatch(tail[: mentions[0].start]):
        page.add(
            person,
            Relation.EMPLOYED_AT,
            mentions[0].name,
            evidence,
            "organisation.head-post",
            0.6,
        )


_BIO_IS = r"\s+is\s+(?:also\s+)?(?:an?\s+|the\s+)?(?=[A-Za-z])"


def _head_bio_post(page: Page, block: Block) -> None:
    """A lab page's intro telling its head's post ("Since the lab was founded by Prof. A,
    … A is Professor of Hydrology at University X"): the head is employed there."""
    head = lab_head(page.document)
    if head is None or " " not in head:
        return
    given, family = head.split()[0], head.split()[-1]
    if family not in block.text:
        return
    subject = re.compile(
        rf"(?:(?:Prof|Professor|Dr)\.?\s+)?(?:{re.escape(head)}|{re.escape(given)}|"
        rf"{re.escape(family)}){_BIO_IS}"
    )
    for _, sentence in sentences(block.text):
        said = subject.match(sentence.strip())
        if said is None:
            # "The lab is run by A (Associate Professor, Institute X, University Y)": the
            # head's post in brackets after the name
            at = sentence.find(f"{head} (")
            inner = sentence[at + len(head) + 2 :].partition(")")[0] if at >= 0 else ""
            if (
                inner
                and LEXICON.pattern("POSITIONS").match(inner)
                and (place := _sole_institution(page, inner))
            ):
                page.add(
                    head,
                    Relation.EMPLOYED_AT,
                    place,
                    sentence.strip(),
                    "organisation.head-post",
                    0.6,
                )
                return
            continue
        post = LEXICON.pattern("POSITIONS").match(sentence.strip(), said.end())
        if post is None:
            continue
        rest = sentence.strip()[post.end() :]
        mentions = [
            m for m in find_organisations(rest, page.acronyms) if m.kind is OrgKind.INSTITUTION
        ]
        if mentions and _POST_AT.fullmatch(rest[: mentions[0].start]):
            page.add(
                head,
                Relation.EMPLOYED_AT,
                mentions[0].name,
                sentence.strip(),
                "organisation.head-post",
                0.6,
            )
            return


def _header_unit_chain(page: Page, block: Block) -> None:
    """ "Kestrel Lab" (the page's heading) over "Department of X · University Y" (a lab
    site's header line of its parents): the lab is part of X, X part of Y.  Only on the
    lab's own home page, its title led by that name (a group site's "Schedule" page's
    header is the site's banner)."""
    index = page.index(block)
    above = page.document.blocks[index - 1] if index else None
    if (
        above is None
        or above.kind is not BlockKind.HEADING
        or len(above.text) > 80
        or not (page.document.title or "").startswith(above.text.strip())
    ):
        return
    pieces = block.text.strip().split(" · ")
    heading = find_organisations(above.text, page.acronyms)
    if (
        len(pieces) != 2
        or len(heading) != 1
        or heading[0].kind is not OrgKind.UNIT
        or heading[0].name != above.text.strip()
    ):
        return
    chain = [heading[0]]
    for piece in pieces:
        found = find_organisations(piece, page.acronyms)
        if len(found) != 1 or found[0].name != piece.strip():
            return
        chain.append(found[0])
    if chain[1].kind is not OrgKind.UNIT or chain[2].kind is not OrgKind.INSTITUTION:
        return
    for child, parent in zip(chain, chain[1:], strict=False):
        page.add(
            child.name,
            Relation.PART_OF,
            parent.name,
            f"{above.text.strip()} — {block.text.strip()}",
            "organisation.header-chain",
            0.6,
        )


def _head_label_post(page: Page, block: Block) -> None:
    """ "Group leader: Dr A, Professor at University X" (a lab page's labelled head line):
    the post after the head's name says where the head is employed."""
    label, _, rest = block.text.split("\n")[0].partition(":")
    if not LEXICON.pattern("LAB_HEADS").fullmatch(label.strip()):
        return
    head = named_lab_head(page.document)
    at = rest.find(f"{head}, ") if head else -1
    if at < 0 or at > 12:  # (a title before the name at most: "Dr", "Prof.")
        return
    post = LEXICON.pattern("POSITIONS").match(rest, at + len(head) + 2)
    if post is not None:
        _employer_after_post(page, head, rest[post.end() :], block.text.split("\n")[0].strip())


_PRONOUN_SUBJECT = re.compile(r"^\s*(?:Elle|Il|It|The\s+(?:team|group|lab))\s+(?:is|est)\b")


# A lab's news welcoming someone else ("Welcome to B, who joins us from X", "Bienvenue à
# C, qui rejoint l'équipe"): the places named are the newcomer's, not the owner's.
_NEWCOMER = re.compile(
    r"\b(?:[Ww]elcome|[Bb]ienvenue)\s+(?:(?:to|à|a)\s+)?(?:(?:Dr|Prof|Mr|Ms|Mme|M)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}),?\s+(?:who|qui)\s"
)


def _welcomed_other(page: Page, text: str) -> str | None:
    """The newcomer a paragraph welcomes ("We are delighted to welcome Dr. A, who joins …"),
    when not the owner: the paragraph's "She …" and "A completed …" go on about them."""
    if "elcome" not in text and "ienvenue" not in text:
        return None
    welcome = _NEWCOMER.search(text)
    name = name_from_piece(welcome.group("name")) if welcome else None
    return name if name is not None and not compatible(name, page.owner.name) else None


def _of_newcomer(newcomer: str, sentence: str) -> bool:
    """Whether *sentence* opens on a pronoun or on one of the newcomer's own names."""
    lead = sentence.split(None, 1)[0].strip(",") if sentence.strip() else ""
    return bool(_THIRD_PRONOUN.match(sentence)) or lead in newcomer.split()


INTRO_BLOCKS = 8  # a people page's opening: its title, menus, the lines on the group


_HEAD_SUBJECT = re.compile(r"(?:She|He|They)\s")


def _head_home(page: Page, block: Block) -> None:
    """ "The X Group, in the Department of Y at University Z. Group leader: A." (a people
    page's opening naming the group's head): the one institution the group's sentence
    names employs its head."""
    if not (LEXICON.pattern("TEAM_WORDS").search(block.text) or "aborator" in block.text):
        return
    head = lab_head(page.document)
    if head is None:
        return
    if head not in block.text and head.casefold() not in block.text.casefold():
        # (the opening names the head too: "… Group leader: A.", "… is led by A."; or it
        # is the page's first paragraph on the group, the head's card below telling the
        # head's post: "A" / "Principal Investigator" / "A is an Associate Professor …")
        if (
            page.document.meta.get("head_home")
            or page.kind(block) is SectionKind.STUDENTS
            or any(
                b.kind is BlockKind.PARAGRAPH
                for b in page.document.blocks[: page.index(block)]
                if LEXICON.pattern("TEAM_WORDS").search(b.text)
            )
            or not _head_post(page, head)
        ):
            return
        page.document.meta["head_home"] = True
    for _, sentence in sentences(block.text):
        if not LEXICON.pattern("TEAM_WORDS").search(sentence) and not (
            # ("X Laboratory belongs to …": the laboratory named as a unit)
            "aborator" in sentence
            and any(m.kind is OrgKind.UNIT for m in find_organisations(sentence, page.acronyms))
        ):
            continue
        place = _sole_institution(page, sentence)
        opening = sentence.lstrip()
        if (
            place
            and (_HEAD_SUBJECT.match(opening) or opening.startswith(head.split()[0]))
            and _role(sentence[: max(sentence.find(place), 0)]) == STUDIED
        ):
            # ("Ada received her PhD from University X and was a postdoc in the group of B"):
            # a sentence on the head's degree (and another's group), not the page's home
            return
        if place:
            page.add(
                head,
                Relation.EMPLOYED_AT,
                place,
                sentence.strip(),
                "organisation.lab-head-home",
                0.55,
            )
            # ("The X Lab is led by A in the Department of Y": A heads, so belongs to, X)
            group = next(
                (
                    m
                    for m in find_organisations(sentence, page.acronyms)
                    if m.kind is OrgKind.UNIT and LEXICON.pattern("TEAM_WORDS").search(m.name)
                ),
                None,
            )
            if group is not None and head in sentence:
                # ("The X Lab is led by A" under the title "X Lab for Y": its full name)
                titled = [
                    m.name
                    for m in find_organisations(page.document.title or "", page.acronyms)
                    if m.name.startswith(f"{group.name} ")
                ]
                page.add(
                    head,
                    Relation.MEMBER_OF,
                    titled[0] if titled else group.name,
                    sentence.strip(),
                    "organisation.lab-head-home",
                    0.55,
                )
        return  # (the group's first sentence says where it is)


INTRO_PARAGRAPHS = 3  # a people page's opening paragraphs on the group


def _group_home(page: Page) -> str | None:
    """The one university (or institution) the opening sentence on the group names ("The
    X Group is … in the School of Y at the University of Z"); worked out once a page."""
    memo = page.document.meta.get("group_home", ())
    if memo != ():
        return memo
    home = None
    # (the page's first paragraphs, after its menus' items)
    opening = [b for b in page.document.blocks[: 3 * INTRO_BLOCKS] if b.kind is BlockKind.PARAGRAPH]
    for block in opening[:INTRO_PARAGRAPHS]:
        if not (_about_group(page, block.text) or "aborator" in block.text):
            continue
        sentence = next((s for _, s in sentences(block.text) if _about_group(page, s)), None)
        if sentence is None:
            continue
        home = _sole_institution(page, sentence)
        if home is None and not _LOWER_WORD.search(sentence):
            continue  # ("Tidewater Lab" over the menu: the site's name, the opening comes after)
        # (an opening saying the group is part of the place: "… is part of … at University Z")
        page.document.meta["group_opening"] = bool(
            LEXICON.pattern("PART_OF_PHRASES").search(sentence)
        )
        page.document.meta["group_sentence"] = sentence
        break
    page.document.meta["group_home"] = home
    return home


_LOWER_WORD = re.compile(r"\s[a-zà-ÿ]")


def _about_group(page: Page, text: str) -> bool:
    """Whether *text* speaks of a team, or of the unit the page's title names ("The Coastal
    Resilience Unit sits within …" on "Our team - Coastal Resilience Unit")."""
    if LEXICON.pattern("TEAM_WORDS").search(text):
        return True
    org = _title_org(page)
    return org is not None and org.kind is OrgKind.UNIT and org.name in text


def _card_home(page: Page, block: Block) -> None:
    """ "A" / "Professor of Genomics" under an opening "The X Lab is part of the School of Y
    at University Z": a post naming no employer of its own is at the group's university
    (the group leader's, "Group leader" › "Dr A" › "Reader in X", at the one university the
    page's title names when no opening places the group)."""
    name = name_at_start(block.section[-1])
    if name is not None:
        group = block.section[-2] if len(block.section) >= 2 else ""
        led = LEXICON.pattern("LAB_HEADS").fullmatch(group.strip(" :")) is not None
        _home_post(page, name, block.lines[0], led=led)


def _home_post(page: Page, person: str, line: str, led: bool = False) -> bool:
    """*person*'s post *line* ("Professor of Genomics (since 2014)") naming no employer of
    its own, on a group's page whose opening says the group is part of a university (or,
    for the group's *led*er, whose title names one university): the post is held there.
    Whether it was read."""
    if not LEXICON.pattern("CARD_HOME_POSTS").match(line.strip()) or VISITORS_HEADING.search(line):
        return False
    if find_organisations(line, page.acronyms):
        return False  # ("Professor of X, University Y": the card's own employer)
    home = _group_home(page)
    if not page.document.meta.get("group_opening"):
        home = None  # (a paragraph naming a place without placing the group there)
    if home is None and led:
        home = _page_university(page)
    if home is None:
        return False
    if not (_UNIVERSITY.search(home) or LEXICON.pattern("UNIVERSITY_HEADS").search(home)):
        return False
    page.add(person, Relation.EMPLOYED_AT, home, line, "organisation.card-home", 0.5)
    return True


def _faculty_home(page: Page, block: Block) -> None:
    """ "Academic staff" › "Dr A | Senior Lecturer" on a university's page of a group whose
    opening says the group is there: A's post is there (the row names no employer of its
    own)."""
    first = block.text.split("\n", 1)[0]
    name = name_at_start(first.split(" | ", 1)[0])
    if name is None or not LEXICON.pattern("POSITIONS").search(block.text):
        return
    if any(m.kind is OrgKind.INSTITUTION for m in find_organisations(block.text, page.acronyms)):
        return  # (the row's own employer: the position rules read it)
    # (a school's staff page without a group's opening: the one university its title names)
    home = _group_home(page) or _page_university(page)
    # (on the institution's own site, its name in the page's title: a lab's own site may
    # list faculty employed elsewhere)
    # (or the group's opening says the group is part of it and of no other body: "The X
    # Unit sits within the School of Y at University Z", not « rattaché à l'Université Z
    # et au CNRS », whose staff the university may not employ)
    if home is not None and (
        home.casefold() in (page.document.title or "").casefold()
        or home == _group_home(page)
        and page.document.meta.get("group_opening")
        and _only_institution(page, page.document.meta["group_sentence"])
    ):
        page.add(
            name,
            Relation.EMPLOYED_AT,
            home,
            block.text.strip(),
            "organisation.faculty-home",
            0.5,
        )


HEAD_CARD_BLOCKS = 3  # a card's name, its role, its bio
HEAD_NAME_CHARS = 50  # a name line with its degrees ("A, MD, PhD")


def _head_post(page: Page, head: str) -> bool:
    """The lab head's own card says a post besides "Principal Investigator" ("Associate
    Professor in the Department of X", "postdoc at Y (2014–2019)")."""
    blocks = page.document.blocks
    heads = LEXICON.pattern("LAB_HEADS")
    for index, block in enumerate(blocks):
        first = block.text.split("\n", 1)[0]
        if head.split()[-1] not in first or not compatible(name_at_start(first) or "", head):
            continue
        card = block.lines[1:]
        if block.kind is BlockKind.HEADING or (
            # (a site builder's text box a line each: "A, PhD" / "Associate Professor, …")
            not card and block.kind is BlockKind.PARAGRAPH and len(first) <= HEAD_NAME_CHARS
        ):
            card = []
            for below in blocks[index + 1 : index + 1 + HEAD_CARD_BLOCKS]:
                if below.kind is BlockKind.HEADING:
                    break
                card.extend(below.lines)
        said = [line for line in card if not heads.fullmatch(line.strip(" :"))]
        return any(LEXICON.pattern("POSITIONS").search(line) for line in said)
    return False


# "Now: Senior Scientist, Quarrel Biotech." (the post, then its place closing the line)
_NOW_POST_COMPANY = re.compile(
    r":\s*[^,;:()\n]{2,60},\s+(?P<org>[A-ZÀ-Þ][\w'’&-]+(?:\s+(?:&\s+|of\s+)?[A-ZÀ-Þ][\w'’&-]+){1,4})"
    r"\s*\.?\s*$"
)
_BARE_AT = re.compile(r"\s*(?:at|with|chez|à)\s+(?:the\s+|l['’])?", re.I)
# "2024: A (PhD, now at X), B (MSc)": a year's alumni in one paragraph, each name before
# the bracket saying what they did and where they are now.
_NAME_AND_ASIDE = re.compile(r"([^,;:()\n]{3,60}?)\s*\(([^()]{3,160})\)")


def _page_university(page: Page) -> str | None:
    """The one university a list page's title and heading name ("PhD alumni — Department
    of X, University of Y"), read once a page; None when they name none or several."""
    meta = page.document.meta
    memo = meta.get("page_university", ())
    if memo == ():
        named = {
            m.name
            for text in (page.document.title, meta.get("h1"))
            if text
            for m in find_organisations(text, page.acronyms)
            if m.kind is OrgKind.INSTITUTION and LEXICON.pattern("UNIVERSITY_HEADS").search(m.name)
        }
        memo = meta["page_university"] = named.pop() if len(named) == 1 else None
    return memo


_ROW_YEAR = re.compile(r"\s*((?:19|20)\d\d)\b")
_ROW_FIELD_YEAR = re.compile(r"\s+[^\W\d][\w'’ -]{2,60}?\s*\(((?:19|20)\d\d)\)\s*$")


def _row_doctorate(page: Page, block: Block, university: str, alumni: bool = False) -> None:
    """ "A (PhD 2012) — now …", « B, thèse soutenue en 2019, directeur C » under a title
    naming one university: a row naming no institution of its own studied there (an
    alumni list's "A (MSc 2018)" too)."""
    line = block.lines[0]
    cue = LEXICON.pattern("ROW_DOCTORATES").search(line)
    if cue is None and alumni:
        cue = LEXICON.pattern("ALUMNI_ROW_DEGREES").search(line)
    if cue is None:
        return
    year = _ROW_YEAR.match(line, cue.end())
    if year is None and line.endswith(")"):
        # « A, docteure en immunologie (2016) » (a portrait's heading): the year closing it
        year = _ROW_FIELD_YEAR.match(line, cue.end())
    if year is None:
        return
    person = name_at_start(line)
    if person is None or not line.startswith(person) or cue.start() > len(person) + 4:
        return
    now = _later_post(line)
    own = line[: now.start() if now else len(line)]
    if any(m.kind is not OrgKind.UNIT for m in find_organisations(own, page.acronyms)):
        return  # ("A (PhD 2019, Universität X)": the row's own university)
    page.add(
        person,
        Relation.STUDIED_AT,
        university,
        block.text.strip(),
        "organisation.row-doctorate",
        0.5,
        Period(None, int(year.group(1))),
    )


# An alumni card's degree line under the graduate's name: "PhD 1994 (advisor B)", "MSc
# 1998, PhD 2003 (…)" (the doctorate's year last)
_CARD_DEGREES = re.compile(
    r"^(?:(?:MSc|M\.Sc\.|MA|BSc|B\.Sc\.|BA|MPhil)\s+(?:19|20)\d\d\s*,\s*)*"
    r"(?:PhD|Ph\.D\.|DPhil)\s+((?:19|20)\d\d)\b"
)


def _alumni_card_degree(page: Page, block: Block, university: str) -> None:
    """ "Distinguished Alumni" › "A" › "PhD 1994 (advisor B)" under a title naming one
    university: the graduate's doctorate there, unless the line names a school of its own."""
    degree = _CARD_DEGREES.match(block.text)
    heading = block.section[-1].strip()
    person = name_at_start(heading)
    if degree is None or person is None or person != heading:
        return
    line = block.lines[0]
    if any(m.kind is not OrgKind.UNIT for m in find_organisations(line, page.acronyms)):
        return  # ("PhD 2001, University X": the card's own school)
    page.add(
        person,
        Relation.STUDIED_AT,
        university,
        line.strip(),
        "organisation.alumni-card",
        0.55,
        Period(None, int(degree.group(1))),
    )


# A member card's field telling what came before: "Previously: MSc in X, University Y"
_PREVIOUSLY_ROW = re.compile(r"(?i)^\s*previously\s*[:：]\s*")
# Between a degree or a student's status and its school: ", ", " at ", " from "
_SCHOOL_LEAD = re.compile(r"(?:,|\s(?:at|from))\s+(?:the\s+)?$")


def _previous_studies_row(page: Page, block: Block, person: str) -> None:
    """ "A" › "Previously: BSc Mathematics, University Y" / "Previously: PhD student at Z":
    the member's earlier studies there (an earlier post, "Engineer at W", is left)."""
    row = _PREVIOUSLY_ROW.match(block.text)
    value = block.text[row.end() :].split("\n", 1)[0] if row else ""
    if not value or LEXICON.pattern("STUDIES").match(value) is None:
        return
    for mention in find_organisations(value, page.acronyms):
        if (
            mention.kind is OrgKind.INSTITUTION
            and is_strong_institution(mention.name)
            and _SCHOOL_LEAD.search(value, 0, mention.start)
            and not value[mention.end :].strip(" .")
        ):
            page.add(
                person,
                Relation.STUDIED_AT,
                mention.name,
                block.text.strip(),
                "organisation.previous-studies",
                0.55,
            )
            return


def _alumni_paragraph(page: Page, block: Block) -> None:
    """Each "A (PhD, now at X)" of an alumni paragraph: where that former member works."""
    for aside in _NAME_AND_ASIDE.finditer(block.text):
        if not _NOW.search(aside.group(2)):
            continue
        piece = aside.group()
        if name_at_start(aside.group(1)) is None:
            # ("Former members include A (now at X)": the name closing the sentence's opening)
            tail = _NAME_BEFORE_COMMA.search(aside.group(1))
            if tail is None or name_at_start(tail.group(1)) is None:
                continue
            piece = piece[tail.start(1) :]
        _alumnus_now(page, Block(BlockKind.ITEM, piece.strip(), block.level, block.section))


def _alumnus_position_in(page: Page, block: Block) -> None:
    """ "Alumni" › "Dr. A | Position in TAL: Ph.D. student | Years: 2015–2020 | …": the
    column names the lab the former member held that post in, for those years."""
    cell = _POSITION_IN_CELL.search(block.text)
    if cell is None:
        return
    unit = page.acronyms.get(cell.group("unit"), cell.group("unit"))
    if not any(m.name == unit and m.kind is OrgKind.UNIT for m in find_organisations(unit)):
        return  # (only a lab the page names: "Position in industry" is none)
    person = name_at_start(block.lines[0])
    years = _YEARS_CELL.search(block.text)
    if person is None or years is None:
        return
    period = parse_period(years.group(1))
    page.add(
        person,
        Relation.MEMBER_OF,
        unit,
        block.lines[0],
        "organisation.alumni-position",
        0.6,
        period,
    )


# An alumni table's cells: "Position in TAL: PhD student", "Years: 2015–2020".
_POSITION_IN_CELL = re.compile(
    r"\|\s*(?:Position|Role)\s+in\s+(?:the\s+)?(?P<unit>[A-Z][\w&' -]{1,60}?)\s*:"
)
_YEARS_CELL = re.compile(r"\|\s*(?:Years|Period|Dates)\s*:\s*([^|\n]+)")


def _alumnus_now(page: Page, block: Block) -> None:
    """ "Alumni" › "A (PhD 2019), now a lecturer at University X": where the
    former member works now."""
    person = name_at_start(block.lines[0])
    now = _later_post(block.text)
    # ("Dr. A – PhD 2021 …. Now R&D scientist at Y": the name after its title; "Dr. ZHOU
    # Minghao" read "Minghao Zhou": its family name there, written first)
    if person is None or now is None:
        return
    if person not in block.text[: len(person) + 8] and fold(person.split()[-1]) not in fold(
        block.text[: len(person) + 8]
    ):
        return
    rest = block.text[now.end() :].split("\n", 1)[0]
    mentions = [m for m in find_organisations(rest, page.acronyms) if m.kind is not OrgKind.UNIT]
    company = False
    if not mentions and rest[:1] != ":" and (run := _AT_RUN.search(rest, 0, 80)) is not None:
        # "now at Quarrel Biotech": a company named without a head word (not "now at Ada X";
        # not a table's "Now:" column, whose cells the table's own rules read)
        name = run.group("org")
        if not reads_as_person(name) and (" " in name or _COMPANY_WORD.fullmatch(name)):
            mentions = [OrgMention(name, OrgKind.INSTITUTION, run.start("org"), run.end("org"))]
            company = True
    if not mentions and rest[:1] == ":" and (placed := _NOW_POST_COMPANY.match(rest)):
        # "Now: Senior Scientist, Quarrel Biotech" (an alumni list's line): the company after
        # the post, named without a head word
        name = placed.group("org")
        if not reads_as_person(name):
            mentions = [
                OrgMention(name, OrgKind.INSTITUTION, placed.start("org"), placed.end("org"))
            ]
    if not mentions:
        return
    role = _role(rest[: mentions[0].start])
    if role is None and now.re is _ALUMNUS_JOINED:
        role = _role(rest[mentions[0].end :])  # "joined X as a project archivist"
    if role == STUDIED and rest[:1] == ":" and mentions[0].kind is OrgKind.INSTITUTION:
        # "Now: PhD student, Ardmorrow University": where the former member studies now
        if _NOW_POST_COMPANY.match(rest) and is_strong_institution(mentions[0].name):
            page.add(
                person,
                Relation.STUDIED_AT,
                mentions[0].name,
                block.text.strip(),
                "organisation.alumnus-now",
                0.6,
                Period(),
            )
        return
    if role is None and company and _BARE_AT.fullmatch(rest[: mentions[0].start]):
        # "now at Quarrel Biotech" (no post named): a company employs the former member
        # ("now at University X" may be further studies), unless a student's word follows
        role = _role(rest[mentions[0].end :].split(")", 1)[0]) or EMPLOYED
    if role != EMPLOYED:
        return
    page.add(
        person,
        Relation.EMPLOYED_AT,
        mentions[0].name,
        block.text.strip(),
        "organisation.alumnus-now",
        0.6,
        Period(),
    )


# "Directeur : A (PR, Université X)", "Équipe Y – responsable : B (CR CNRS)": a person's
# grade and employer in brackets right after the name.
_BRACKETED_POST = re.compile(r"\(\s*([^()]{2,90}?)\s*\)")
_NAME_LEAD = re.compile(r"(?:^|[:;,–—]\s*|\s-\s)([^:;,–—()]{3,60}?)\s*$")


# "L'équipe est dirigée par A, directrice de recherche INRAE, …", "B, maître de
# conférences à l'Université X, et C": a person's grade and employer in apposition.
_APPOSED_POST_COMMA = re.compile(r",\s+(?=[a-zA-ZÀ-ÿ])")
_NAME_BEFORE_COMMA = re.compile(r"((?:[A-ZÀ-Þ][\w'’-]+\s+){1,3}[A-ZÀ-Þ][\w'’-]+)\s*$")
# (the post's field may come before its place: "Chair of Coastal Oceanography at X")
_POST_PLACE = re.compile(
    r"(?:\s+(?:of|in|en)\s+[^,;.()]{2,60}?(?=\s+(?:at|à|au)\s))?"
    r"\s+(?:(?:à|au|de|du|at)\s+(?:l['’]\s*|la\s+|the\s+)?)?([^,;.()]{2,80})(?=[,;.]|$)"
)


def _post_employer(page: Page, place: str) -> str | None:
    """The employer a grade's place is, written whole ("Université X", "CNRS"), else None."""
    if place in known_acronyms():
        return place
    mentions = find_organisations(place, page.acronyms)
    if (
        len(mentions) != 1
        or mentions[0].start > 1
        or mentions[0].kind is not OrgKind.INSTITUTION
        or not is_strong_institution(mentions[0].name)
        or place[mentions[0].end :].strip(" .")
    ):
        return None
    return mentions[0].name


def _apposed_posts(page: Page, block: Block) -> None:
    """An ownerless page's prose naming a person, then their grade and employer between
    commas: the person is employed there."""
    positions = LEXICON.pattern("POSITIONS")
    text = block.text
    for comma in _APPOSED_POST_COMMA.finditer(text):
        post = positions.match(text, comma.end())
        if post is None:
            continue
        lead = _NAME_BEFORE_COMMA.search(text, max(0, comma.start() - 60), comma.start())
        person = name_at_start(lead.group(1)) if lead else None
        if person is None or not lead.group(1).endswith(person):
            continue  # (a title may open the name: "Professor A, Chair of … at X")
        clause = text[max(0, comma.start() - 80) : post.end() + 80]
        if _NOW.search(clause) or LEXICON.pattern("GUEST_ROLES").search(clause):
            continue
        place = _POST_PLACE.match(text, post.end())
        if place is None:
            continue
        name = _post_employer(page, place.group(1).strip())
        if name is None:
            continue
        page.add(
            person,
            Relation.EMPLOYED_AT,
            name,
            text[lead.start() : place.end()].strip(),
            "organisation.people-page",
            0.6,
        )


def _bracketed_posts(page: Page, block: Block) -> None:
    """A group page's line naming a person, then their grade and employer in brackets: the
    person is employed there (a guest's, a former or an unnamed post says nothing)."""
    if page.kind(block) in QUIET or any(LEXICON.pattern("ALUMNI").search(t) for t in block.section):
        return
    positions = LEXICON.pattern("POSITIONS")
    for line in block.lines:
        if "(" not in line or _NOW.search(line) or LEXICON.pattern("GUEST_ROLES").search(line):
            continue
        for bracket in _BRACKETED_POST.finditer(line):
            inside = bracket.group(1)
            post = positions.match(inside)
            if post is None:
                continue
            lead = _NAME_LEAD.search(line, 0, bracket.start())
            if lead is None:
                continue
            person = name_at_start(lead.group(1))
            if person is None or len(lead.group(1).split()) > len(person.split()) + 1:
                continue
            rest = inside[post.end() :]
            place = rest.lstrip(" ,").strip()
            if not place or not (rest.startswith(",") or rest[:1].isspace()):
                continue
            name = _post_employer(page, place)
            if name is None:
                continue
            page.add(
                person,
                Relation.EMPLOYED_AT,
                name,
                line.strip(),
                "organisation.people-page",
                0.6,
            )


def people_page(page: Page, block: Block) -> None:
    """A group's people page (no owner, an organisation in the title): every listed
    person, outside alumni sections, is a member of that organisation."""
    if (
        page.owner is None
        and not page.offer
        and block.kind is not BlockKind.HEADING
        and "(" in block.text
    ):
        _bracketed_posts(page, block)
    if (
        page.owner is None
        and not page.offer
        and block.kind is BlockKind.PARAGRAPH
        and ", " in block.text
        and page.kind(block) not in QUIET
        and not any(LEXICON.pattern("ALUMNI").search(t) for t in block.section)
    ):
        _apposed_posts(page, block)
    if (
        (block.kind is BlockKind.PARAGRAPH or block.kind is BlockKind.ITEM and page.owner is None)
        and not page.offer
        and page.kind(block) not in QUIET
    ):
        # (an institute's list of its centres, "The X Centre, …, led by Dr A", on its page)
        _unit_heads(page, block)
        # (a head who speaks on the page as its owner: "… is led by A. I advise …")
        headed = page.owner is None or page.owner.how == "head-speaking"
        if headed and page.index(block) < INTRO_BLOCKS:
            _head_home(page, block)
            if " is " in block.text or " (" in block.text:
                _head_bio_post(page, block)
    if (
        page.owner is None
        and not page.offer
        and block.kind is not BlockKind.HEADING
        and ", " in block.text
        and ":" in block.text[:40]
        and page.index(block) < INTRO_BLOCKS
    ):
        _head_label_post(page, block)
    if (
        page.owner is None
        and " · " in block.text
        and len(block.text) <= 160
        and page.index(block) < INTRO_BLOCKS
    ):
        _header_unit_chain(page, block)
    if page.offer:
        return
    if (
        (page.owner is None or page.owner.how == "news-item")
        and block.kind is not BlockKind.HEADING
        and block.section
    ):
        # (a team's paragraph naming a supervised student gets that student as its
        # subject: a block's subject, not a page owner, so the roster still reads it)
        _group_roster(page, block)
    if (
        page.owner is None
        and block.kind is not BlockKind.HEADING
        and block.section
        and LEXICON.pattern("SENIOR_STAFF_HEADINGS").fullmatch(block.section[-1].strip(" :"))
    ):
        _faculty_home(page, block)
    card = (
        block.kind is BlockKind.PARAGRAPH
        and len(block.section) >= 2
        and is_card_name(block.section[-1])
        and page.index(block) > 0
        and page.document.blocks[page.index(block) - 1].text == block.section[-1]
    )
    if (
        card
        and len(block.lines) == 1
        # (or the card's own person, whose bio below made them its paragraphs' subject)
        and (page.owner is None or page.owner.how in _ITEM_OWNERS)
        and compatible(block.section[-1], page.owner.name if page.owner else block.section[-1])
    ):
        _card_home(page, block)
    # "A" / "Professor, University Y": a card's paragraph, its person's name first
    lined = (
        not card
        and block.kind is BlockKind.PARAGRAPH
        and page.owner is not None
        and page.owner.how == "news-item"
        and block.text.startswith(page.owner.name)
        and block.lines[0].strip() == page.owner.name
    )
    card = card or lined
    # "Principal Investigator" over "Dr. A is an Associate Professor …": the head's bio.
    headed = (
        not card
        and block.kind is BlockKind.PARAGRAPH
        and bool(block.section)
        and LEXICON.pattern("LAB_HEADS").fullmatch(block.section[-1].strip(" :")) is not None
    )
    if (
        block.kind is BlockKind.PARAGRAPH
        and page.owner is None
        and "(" in block.text
        and _NOW.search(block.text)
        and any(LEXICON.pattern("ALUMNI").search(t) for t in block.section)
    ):
        _alumni_paragraph(page, block)
    if (
        block.kind is BlockKind.PARAGRAPH
        and not card
        and not headed
        and page.owner is None
        and ":" in block.text[:40]
    ):
        _labelled_members(page, block)
        return
    if (
        block.kind is BlockKind.PARAGRAPH
        and not card
        and not headed
        and page.owner is None
        and ("D, " in block.text or "D., " in block.text or "Phil, " in block.text)
    ):
        _member_degree(page, block)
    if (
        block.kind is BlockKind.PARAGRAPH
        and block.section
        and ("(" in block.section[-1] or ", " in block.section[-1])
        and page.index(block) > 0
        and page.document.blocks[page.index(block) - 1].text == block.section[-1]
        and graduate_heading(block.section[-1])
        # (the story's subject, read from its heading, is no page owner of another name)
        and (
            page.owner is None
            or compatible(name_at_start(block.section[-1]) or "", page.owner.name)
        )
        and (university := _page_university(page)) is not None
    ):
        # "Where are they now?" › "A (PhD 2011)": a graduate's heading over her story (read
        # from the story's first paragraph, once a heading)
        heading = block.section[-1]
        _row_doctorate(page, Block(BlockKind.ITEM, heading, block.level, block.section), university)
    if (
        block.kind is BlockKind.PARAGRAPH
        and len(block.section) >= 2
        and block.text[:1] in "PMB"
        and _CARD_DEGREES.match(block.text)
        and page.index(block) > 0
        and page.document.blocks[page.index(block) - 1].text == block.section[-1]
        and any(LEXICON.pattern("ALUMNI").search(t) for t in block.section[:-1])
        and (university := _page_university(page)) is not None
    ):
        # "Distinguished Alumni" › "A" › "PhD 1994 (advisor B)": the graduate's card
        _alumni_card_degree(page, block, university)
    if (
        block.kind is BlockKind.ITEM
        and block.section
        and block.text[:1] in "Pp"
        and _PREVIOUSLY_ROW.match(block.text)
        and (person := name_at_start(block.section[-1])) is not None
        and person == block.section[-1].strip()
    ):
        _previous_studies_row(page, block, person)
    if (block.kind is not BlockKind.ITEM and not card and not headed) or (
        # (a page whose owner was only read from the head's bio is still the lab's; an
        # entry "A, MCU-PH, Université X" that speaks for its own person is still its list's)
        page.owner is not None
        and not ((headed or card) and page.owner.how == "bio-paragraph")
        and not (page.owner.how == "news-item" and block.text.startswith(page.owner.name))
    ):
        return
    if block.kind is BlockKind.ITEM and page.owner is None:
        university = _page_university(page)
        alumni = any(LEXICON.pattern("WHERE_NOW_HEADINGS").search(t) for t in block.section)
        if university is None and alumni:
            # "Where are they now?" › "A (PhD 2016, advisor B) is now …" in a newsletter
            # whose banner alone names the university ("The alumni newsletter of the School
            # of X, Y University"): the graduates' own university all the same
            university = _site_university(page)
        if university is not None:
            _row_doctorate(page, block, university, alumni)
    if page.kind(block) in QUIET or any(LEXICON.pattern("ALUMNI").search(t) for t in block.section):
        if page.owner is None and block.kind is BlockKind.ITEM and _later_post(block.text):
            _alumnus_now(page, block)
        if page.owner is None and block.kind is BlockKind.ITEM and " in " in block.text:
            _alumnus_position_in(page, block)
        return
    if page.kind(block) is SectionKind.SERVICE:
        # ("Collaborators" › "A (Institute X)": the group's partners, no members; "B
        # [University Y]": their employer all the same)
        if block.kind is BlockKind.ITEM and "[" in block.lines[0]:
            if (partner := name_at_start(block.lines[0])) is not None:
                _bracketed_employer(page, block, partner, Period())
        return
    if block.section and (
        VISITORS_HEADING.search(block.section[-1])
        # ("Visitors" › "A" › "Associate Professor at University X": a guest's card)
        or card
        and len(block.section) >= 2
        and VISITORS_HEADING.search(block.section[-2])
    ):
        # "Visiting students" › "A, from Institute X": a guest, no member; a visiting
        # scientist's home institution employs them
        if block.kind is BlockKind.ITEM and " from " in block.text:
            _guest_home(page, block)
        elif " | " in block.text and "tudent" in block.text:
            _guest_school(page, block)
        elif card and (guest := name_at_start(block.section[-1])) is not None:
            if "isiting" in block.lines[0]:
                _visiting_student_school(page, guest, block.lines[0])
            _card_place(page, guest, block.lines[0], block.lines[0], guest=True)
        return
    org = _title_org(page)
    if org is None or not block.section:
        return
    if not headed and not any(LEXICON.pattern("PEOPLE").search(t) for t in block.section):
        return  # only the lists of a people page, not any list of an organisation's page
    # A card: the person's name is its heading, the paragraph under it their position.
    if headed:
        # ("Group leader" › "A — Professor of Physics (since 2011)": the head's line)
        person = bio_subject(block.text) or name_at_start(block.lines[0])
    else:
        person = name_at_start(block.section[-1] if card and not lined else block.lines[0])
        cell = block.lines[0].split(" | ", 1)[0] if " | " in block.lines[0] else ""
        if (
            "," in cell
            and (turned := name_from_piece(cell)) is not None
            and len(turned) > len(person or "")
        ):
            # "Krasnov, Ludmila Sofía | Categoría: …" (a staff table's name column, family
            # name first): the whole cell is the name
            person = turned
    if person is None and not headed and block.kind is BlockKind.ITEM:
        _card_field_rows(page, block, org)
        return
    if person is None:
        return
    first, _, after = person.partition(" ")
    if after.startswith(("de ", "d'", "d’")) and heading_kind(f"{first}s") is not None:
        return  # "Séminaire de A (Université X)", "Soutenance de B": an event, no member
    if " | " in block.lines[0] and LEXICON.pattern("GUEST_ROLES").search(block.lines[0]):
        return  # a directory's row "A | Statut: Chercheur invité": a visitor, no member
    if len(org.name.split()) >= 3 and person.split()[:2] == org.name.split()[:2]:
        return  # "Soft Matter Tea" on the Soft Matter Group's page: its seminar, no member
    period = parse_period(block.text)
    if period.single and context_of(block.text, block.section[-1]) is Context.INTERNSHIP:
        period = Period(period.start, period.start)  # an internship's year: when it ran
    else:
        period = period.as_start()
    page.add(
        person,
        Relation.MEMBER_OF,
        org.name,
        block.lines[0],
        "organisation.people-page",
        0.65,
        period,
    )
    if card and (" — " in block.lines[0] or " – " in block.lines[0]):
        _card_listed_team(page, person, block.lines[0])
    if card and "quipe" in block.text and (team := _CARD_TEAM_TAIL.search(block.lines[0])):
        # a unit's card "A" › "Maîtresse de conférences, X – équipe MaCo": the team the
        # card's dash names, by its acronym the page expands or by its name
        name = team.group("team").strip()
        page.add(
            person,
            Relation.MEMBER_OF,
            page.acronyms.get(name, name),
            block.lines[0],
            "organisation.card-team",
            0.6,
        )
    if "isiting" in block.text:
        # ("A" / "Visiting PhD Student" / "Visiting from the University X": a guest's school)
        _visiting_student_school(page, person, block.text)
    if block.kind is BlockKind.ITEM and ", " in block.text and ". " in block.text:
        _entry_degree(page, person, block.text)
    if block.kind is BlockKind.ITEM and not headed and (lead := _list_lead_place(page, block)):
        # "All faculty below are at the University of X" over the list: X employs each of
        # its entries (not those of a later sub-list, which says where its people are)
        evidence = f"{lead[0]}\n{block.lines[0]}"
        page.add(person, Relation.EMPLOYED_AT, lead[1], evidence, "organisation.list-lead", 0.6)
    if not card and (
        not headed
        and block.kind is BlockKind.ITEM
        # "Responsable d'équipe" › "A, DR CNRS": the head's one-line entry
        or headed
        and "\n" not in block.text
        and len(block.text) <= POST_LINE_CHARS
    ):
        _member_post(page, block, person)
        if "\n" in block.text and block.lines[0].strip() == person:
            _stacked_post(page, block, person)
    elif card:
        _card_post(page, block, person)
    if (
        not card
        and block.kind is BlockKind.ITEM
        and len(block.lines) == 2
        # ("Prof. A" over "Professor of X (since 2014)": the name under its title)
        and _untitled(block.lines[0].strip()) == person
    ):
        _two_line_post(page, block, person)
    if not card and "[" in block.lines[0]:
        _bracketed_employer(page, block, person, period)
    teams = LEXICON.pattern("TEAM_WORDS")
    for cell in block.lines[0].split(" | ")[1:]:
        label, colon, value = cell.partition(": ")
        value = value.strip()
        if colon and LEXICON.pattern("EMPLOYER_COLUMNS").fullmatch(label.strip()):
            _employer_cell(page, block, person, value, period)
            continue
        if colon and label.strip().casefold() in _POST_COLUMNS and value:
            _directory_post_cell(page, block, person, value, period)
            continue
        # A directory's "Équipe" / "Team" column: the person's team inside the organisation.
        if (
            colon
            and teams.fullmatch(label.strip())
            and value
            and len(value.split()) <= 8
            and not any(ch.isdigit() for ch in value)
            and name_at_start(value) is None
            # ("Équipe: Services", "Administration"): the lab's support staff, no team
            and heading_kind(value) is not SectionKind.SERVICE
        ):
            page.add(
                person,
                Relation.MEMBER_OF,
                value,
                block.lines[0],
                "organisation.people-page",
                0.6,
                period,
            )


# A staff directory's column of each person's post ("Name | Title | Email")
_POST_COLUMNS = frozenset(("title", "position", "job title"))


def _directory_post_cell(page: Page, block: Block, person: str, value: str, period: Period) -> None:
    """ "Brannigan, Hollis | Title: Reader | Email: …" on a directory whose title names one
    university ("People A–Z | Department of X | University Y"): a post of the row's own,
    naming no employer in any of its cells, is held there."""
    if _role(value) != EMPLOYED or (university := _page_university(page)) is None:
        return
    if any(m.kind is not OrgKind.UNIT for m in find_organisations(block.lines[0], page.acronyms)):
        return  # ("Title: Professor | Affiliation: Institute Z": the row's own employer)
    page.add(
        person,
        Relation.EMPLOYED_AT,
        university,
        block.lines[0],
        "organisation.directory-post",
        0.5,
        period,
    )


# "Since: 2022", "Years: 2019–2023": a card's field row that dates its person's membership
_CARD_PERIOD_ROW = re.compile(r"(?i)^\s*(?:since|years|period|depuis|période|seit)\s*:")
_FIELD_ROW = re.compile(r"^\s*[A-ZÀ-Þ][\w()/ -]{1,24}:\s")


def _card_field_rows(page: Page, block: Block, org: OrgMention) -> None:
    """ "PhD students" › "A" › "Position: PhD candidate", "Since: 2022": a people page's
    card whose rows are labelled fields, its person the heading; read at its first row,
    dated by its since-row (not by a row about earlier studies)."""
    index = page.index(block)
    blocks = page.document.blocks
    if (
        len(block.section) < 2
        or not _FIELD_ROW.match(block.lines[0])
        or blocks[index - 1].text != block.section[-1]
        or not is_card_name(block.section[-1])
    ):
        return
    person = name_at_start(block.section[-1])
    if person is None:
        return
    rows = []
    for row in blocks[index:]:
        if row.section != block.section or row.kind is not BlockKind.ITEM:
            break
        rows.append(row.text.strip())
    dated = [r for r in rows if _CARD_PERIOD_ROW.match(r)]
    period = parse_period(dated[0]).as_start() if dated else Period()
    evidence = "\n".join((block.section[-1], *dated)) if dated else block.section[-1]
    page.add(
        person, Relation.MEMBER_OF, org.name, evidence, "organisation.people-page", 0.6, period
    )


LIST_LEAD_BLOCKS = 40  # how far above its list a lead sentence may sit


def _list_lead_place(page: Page, block: Block) -> tuple[str, str] | None:
    """(sentence, institution) of the lead that places every entry of *block*'s list
    ("All faculty below are at the University of X"), read once per section."""
    leads = page.__dict__.setdefault("_list_leads", {})
    if block.section in leads:
        return leads[block.section]
    found = None
    blocks = page.document.blocks
    index = page.index(block)
    for above in reversed(blocks[max(0, index - LIST_LEAD_BLOCKS) : index]):
        if above.section != block.section or above.kind is BlockKind.HEADING:
            break
        if above.kind is not BlockKind.PARAGRAPH or not page.may_match(above, "LIST_LEAD_PLACES"):
            continue
        said = LEXICON.pattern("LIST_LEAD_PLACES").search(above.text)
        if said is None:
            continue
        places = [
            m
            for m in find_organisations(above.text[said.end() :], page.acronyms)
            if m.kind is OrgKind.INSTITUTION
        ]
        if places:
            found = (above.text.strip(), places[0].name)
        break
    leads[block.section] = found
    return found


def heading_cards(page: Page, block: Block) -> None:
    """A people widget's card, name and role line both headings ("Postdocs" / "A" /
    "Postdoctoral Fellow (since 2024)"): a member of the page's unit, unless the group
    heading above the card lists alumni (then only where they work now)."""
    if page.owner is not None or page.offer or block.kind is not BlockKind.HEADING:
        return
    if not block.section:
        return
    blocks = page.document.blocks
    index = page.index(block)
    if index + 1 >= len(blocks) or blocks[index] is not block:
        return
    role = blocks[index + 1]
    if (
        role.kind is not BlockKind.HEADING
        or role.section[-1:] != (block.text,)
        or "\n" in role.text
        or not is_card_name(block.text)
    ):
        return
    org = _title_org(page)
    people = LEXICON.pattern("PEOPLE")
    # (a unit the title names but the page's text never does, "Team | A–B Group", is
    # the site's name rather than a unit the page presents)
    if (
        org is None
        or not any(people.search(t) for t in block.section)
        or org.name not in page.document.text
    ):
        return
    person = name_at_start(block.text)
    if person is None:
        return
    group = next(
        (
            above.text
            for above in reversed(blocks[:index])
            if above.kind is BlockKind.HEADING
            and above.section == block.section
            and not is_card_name(above.text)
        ),
        block.section[-1],
    )
    alumni = LEXICON.pattern("ALUMNI")
    if any(alumni.search(t) for t in (*block.section, group)) or heading_kind(group) in QUIET:
        if _NOW.search(role.text):
            _alumnus_now(page, Block(BlockKind.ITEM, f"{person}, {role.text}", 0, block.section))
        return
    if VISITORS_HEADING.search(group) or not (
        # the card's group names members' roles ("Principal Investigators", "Postdocs"),
        # not guests nor friends of the lab ("Visitors", "Lecturers", "Collaborators")
        LEXICON.pattern("LAB_HEADS").fullmatch(group.strip(" :"))
        or heading_kind(group) is SectionKind.STUDENTS
        or LEXICON.pattern("MEMBER_ROLES").search(group)
    ):
        return
    page.add(
        person,
        Relation.MEMBER_OF,
        org.name,
        block.text,
        "organisation.people-page",
        0.6,
        parse_period(role.text).as_start(),
    )


_NAME_THEN_BRACKET = re.compile(r"^[^\[\]()\d]{3,60}?\s\[([^\[\]]{2,90})\]")


def _bracketed_employer(page: Page, block: Block, person: str, period: Period) -> None:
    """ "A [Inria, Researcher]", "B [CNRS, until Sep 2025]" (a team report's member list):
    the bracket's first part, one institution, employs the member (an intern's names the
    school they come from, no employer)."""
    bracket = _NAME_THEN_BRACKET.match(block.lines[0].strip())
    if bracket is None or context_of(block.text, block.section[-1]) is Context.INTERNSHIP:
        return
    employer, _, rest = bracket.group(1).partition(",")
    if rest and LEXICON.pattern("LAB_HEADS").fullmatch(employer.strip()):
        employer = rest.split(",", 1)[0]  # "A [Team leader, Inria, …]": the head's role first
    employer = employer.strip()
    mentions = find_organisations(employer, page.acronyms)
    if (
        len(mentions) == 1
        and mentions[0].start == 0
        and mentions[0].kind is OrgKind.INSTITUTION
        and mentions[0].end == len(employer)
    ):
        page.add(
            person,
            Relation.EMPLOYED_AT,
            mentions[0].name,
            block.lines[0],
            "organisation.people-page",
            0.6,
            period,
        )


def _employer_cell(page: Page, block: Block, person: str, value: str, period: Period) -> None:
    """A people table's "Employer" cell naming one institution: the member's employer,
    since the row's own year ("Employeur: X | Arrivée: 2012")."""
    mentions = find_organisations(value, page.acronyms)
    if (
        len(mentions) == 1
        and mentions[0].start <= 1
        and mentions[0].kind is OrgKind.INSTITUTION
        and not value[mentions[0].end :].strip(" .")
    ):
        page.add(
            person,
            Relation.EMPLOYED_AT,
            mentions[0].name,
            block.lines[0],
            "organisation.people-page",
            0.6,
            period,
        )


def _card_team_row(page: Page, block: Block) -> None:
    """A people card's row "Équipe : X" under the card's name heading ("Ada Quill" ›
    "Team: Soft Matter"): the named person is a member of that unit (the owner's own
    rows are read with the owner's identity)."""
    if not _TEAM_LABEL.match(block.text):
        return
    person = name_at_start(block.section[-1])
    if person is None or person != block.section[-1].strip():
        return
    if page.owner is not None and _is_owner_name(page, person):
        return
    mentions = find_organisations(block.text, page.acronyms)
    if len(mentions) != 1 or mentions[0].kind is not OrgKind.UNIT:
        return
    unit = mentions[0].name
    if " " not in unit and not unit.isupper():
        return  # "Équipe : Support", "Team: Administration": a service, no research team
    page.add(
        person,
        Relation.MEMBER_OF,
        unit,
        block.text,
        "organisation.people-page",
        0.6,
    )


def _card_employer_row(page: Page, block: Block) -> None:
    """A directory card's row "Employeur : CNRS" under the card's name heading ("Ada
    Quill" › "Tutelle/Employeur : Université Y"): the named member's employer."""
    label, colon, value = block.text.partition(":")
    if not colon or len(label) > 40:
        return
    label = label.strip()
    if not LEXICON.pattern("EMPLOYER_COLUMNS").fullmatch(label):
        return
    person = name_at_start(block.section[-1])
    if person is None or person != block.section[-1].strip():
        return
    _employer_cell(page, block, person, value.strip(), Period())


# "A — Professor, University X" / "B, maîtresse de conférences, Université Y": a listed
# member's own post, then the institution that employs them.
_POST_AFTER_NAME = re.compile(r"\s*(?:[—–-]|,)\s*")


def _member_post(page: Page, block: Block, person: str, line: str | None = None) -> None:
    """A people list's entry naming the member's position then an institution: the member
    is employed there (an entry with a "now", a guest's or a past post says nothing)."""
    line = block.lines[0] if line is None else line
    family = person.split()[-1]
    at = line.find(family)
    if at < 0:
        return
    rest = line[at + len(family) :]
    lead = _POST_AFTER_NAME.match(rest)
    if lead is None or _NOW.search(rest) or LEXICON.pattern("GUEST_ROLES").search(rest):
        return
    position = LEXICON.pattern("POSITIONS").match(rest, lead.end())
    if position is None:
        return
    comma = rest.find(",", position.end())
    body = _BODY_AFTER_POST.match(rest, position.end())
    if body is not None and body.group(1) in known_acronyms():
        # "A — Directeur de recherche CNRS", "B, ingénieure d'études CNRS (plateforme)":
        # the national body named right after the grade employs the member.
        place = body.group(1)
    elif _INSTITUTION_AFTER_POST.match(rest, position.end()):
        # "A, MCF Université X": the grade's abbreviation, then the institution (up to a
        # comma: "…, HDR" is a note on the member, no place)
        place = rest[position.end() : comma if comma >= 0 else None].strip().rstrip(".")
    elif comma < 0 or comma - position.end() > 60:
        return
    else:
        place = rest[comma + 1 :].strip().rstrip(".")
    note = _TRAILING_NOTE.search(place)
    if note is not None:
        # "…, Université X (responsable d'équipe)", "(depuis 2022)": a note on the post
        place = place[: note.start()].rstrip(" ,")
    employer = _post_employer(page, place)
    if employer is None:
        return
    period = parse_period(note.group()).as_start() if note is not None else None
    page.add(
        person,
        Relation.EMPLOYED_AT,
        employer,
        line,
        "organisation.people-page",
        0.6,
        period if period is not None and period.start else None,
    )


POST_LINE_CHARS = 120  # a member's one-line entry: name, grade, institution
_INSTITUTION_AFTER_POST = re.compile(r"\s+(?:Université|University|Universität|Universidad)\s")
# (a dash closes the body too: "A, Directrice de recherche CNRS — team leader")
_BODY_AFTER_POST = re.compile(r"\s+([A-Z][A-Za-z]{2,7})(?=\s*(?:[,;(—–]|$)|\s+-\s)")
_TRAILING_NOTE = re.compile(r"\s*\([^()]{2,60}\)\s*$")


# "Prof. A, sabbatical guest from University X", "Dr. B, visiting scientist from Y (2025)"
_GUEST_FROM = re.compile(r"^[^,;]{0,60},\s*(?P<role>[^,;()]{0,50}?)\s+from\s+(?:the\s+)?")
_SENIOR_GUEST = re.compile(r"(?i)\b(?:professor|scientist|researcher|faculty|sabbatical)")


# A visiting student's role ("Visiting PhD student", "visiting doctoral candidate"), then
# the school the student comes from: "Visiting PhD student from X", "… · X", "Visiting
# from the X" on the card's next line.
_VISITING_STUDENT = re.compile(
    r"(?i)\bvisiting\s+(?:phd|ph\.d\.|doctoral|graduate)\s+(?:student|candidate)\b"
)
_VISITING_FROM = re.compile(
    r"(?i)\bvisiting\s+(?:(?:phd|ph\.d\.|doctoral|graduate)\s+(?:student|candidate)\s*"
    r"(?:·|,|\bfrom\b)|from\b)\s*(?:the\s+)?"
)


# A member's own earlier degree as a sentence of the entry: "MS 2023, University X.",
# "M.Sc. (2021), University Y.", "PhD, University Z (2010)." (a degree, its year before or
# after the school; "PhD student, X" or "PhD (2022–)" is no degree held)
_ENTRY_DEGREE = re.compile(
    r"(?:^|[.;]\s+)(?:Ph\.?\s?D\.?|DPhil|M\.\s?Sc\.|MSc|M\.S\.|MS|MA|MPhil|MEng|B\.\s?Sc\.|BSc|BA)"
    r"(?:\s+(?P<before>(?:19|20)\d\d)|\s*\((?P<bracket>(?:19|20)\d\d)\))?\s*,\s*"
    r"(?P<place>[^.;,()]{3,90}?)(?:\s*\((?P<after>(?:19|20)\d\d)\)|,\s*(?P<comma>(?:19|20)\d\d))?"
    r"\s*(?:[.;]|$)"
)


def _lone_institution(page: Page, place: str, latest_start: int) -> str | None:
    """The one strong institution a degree's place names at its start ("University Y" in
    "M.Sc. (2021), University Y."), else None: a unit or two bodies name no school."""
    mentions = find_organisations(place, page.acronyms)
    if (
        len(mentions) == 1
        and mentions[0].start <= latest_start
        and mentions[0].kind is OrgKind.INSTITUTION
        and is_strong_institution(mentions[0].name)
    ):
        return mentions[0].name
    return None


def _entry_degree(page: Page, person: str, text: str) -> None:
    """A people list's entry stating its member's own earlier degree ("A — PhD student
    since 2022. M.Sc. (2021), University Y."): the member studied there."""
    for degree in _ENTRY_DEGREE.finditer(text):
        school = _lone_institution(page, degree["place"], 0)
        if school is None:
            continue
        year = next(filter(None, degree.group("before", "bracket", "after", "comma")), None)
        page.add(
            person,
            Relation.STUDIED_AT,
            school,
            degree.group().strip(" .;"),
            "organisation.people-page",
            0.6,
            Period(None, int(year) if year else None),
        )


def _visiting_student_school(page: Page, person: str, text: str) -> None:
    """ "A" / "Visiting PhD student from University X": a guest studying at X (the host lab
    neither employs the student nor is the student's school)."""
    if _VISITING_STUDENT.search(text) is None:
        return
    for home in _VISITING_FROM.finditer(text):
        line = text[home.start() :].split("\n", 1)[0]
        mentions = find_organisations(line, page.acronyms)
        at = home.end() - home.start()
        if (
            mentions
            and mentions[0].start == at
            and mentions[0].kind is OrgKind.INSTITUTION
            and is_strong_institution(mentions[0].name)
        ):
            page.add(
                person,
                Relation.STUDIED_AT,
                mentions[0].name,
                line.strip(),
                "organisation.visiting-student",
                0.6,
            )
            return


def _guest_home(page: Page, block: Block) -> None:
    """A visiting scientist listed with the institution they come from: employed there
    (a visiting student's school is left: studies, not a post)."""
    line = block.lines[0]
    person = name_at_start(line)
    guest = _GUEST_FROM.match(line)
    if person is None or guest is None:
        return
    if not (_SENIOR_GUEST.search(guest.group("role")) or line.lstrip().startswith("Prof")):
        return
    if LEXICON.pattern("STUDIES").search(guest.group("role")):
        return
    mentions = find_organisations(line[guest.end() :], page.acronyms)
    if mentions and mentions[0].start == 0 and mentions[0].kind is OrgKind.INSTITUTION:
        page.add(
            person, Relation.EMPLOYED_AT, mentions[0].name, line, "organisation.guest-home", 0.6
        )


# "Home institution: PhD student, University X" (a visitors' table's cell): the status back
# home, then the school (the label, when the row's cells are labelled, before it)
_STUDENT_CELL = re.compile(r"^(?:[^:|]{0,30}:\s*)?(?P<status>[^,|]{0,40}\bstudent)\s*,\s*")


def _guest_school(page: Page, block: Block) -> None:
    """A visiting student's row in a visitors' table: the school the student comes from,
    where the cell says the student is one there (the host lab employs nobody)."""
    line = block.lines[0]
    person = name_at_start(line)
    if person is None:
        return
    for cell in line.split(" | ")[1:]:
        status = _STUDENT_CELL.match(cell)
        if status is None or not LEXICON.pattern("STUDIES").search(status.group("status")):
            continue
        mentions = find_organisations(cell[status.end() :], page.acronyms)
        if mentions and mentions[0].start == 0 and mentions[0].kind is OrgKind.INSTITUTION:
            page.add(
                person,
                Relation.STUDIED_AT,
                mentions[0].name,
                line,
                "organisation.guest-school",
                0.6,
            )
        return


CARD_POST_LINES = 3  # a card's badge, its post, its place: where its post is written


# A card's dashed tail naming its member's team ("… – équipe MaCo, responsable").
def _card_listed_team(page: Page, person: str, line: str) -> None:
    """ "A" › "Maîtresse de conférences — Analyse et EDP" on a page whose opening lists its
    lab's teams ("… au sein de ses deux équipes : « Analyse et EDP » et …"): the card's
    dash ends on one of those teams, whose member the person is, and so the lab's."""
    tail = _CARD_DASH.split(line.strip())[-1].strip()
    for claim in page.claims:
        if (
            claim.relation is Relation.PART_OF
            and claim.subject == tail
            and claim.extractor == "organisation.structure"
        ):
            page.add(person, Relation.MEMBER_OF, tail, line, "organisation.card-team", 0.6)
            page.add(person, Relation.MEMBER_OF, claim.object, line, "organisation.card-team", 0.55)
            return


_CARD_DASH = re.compile(r"\s[–—]\s")
_CARD_TEAM_TAIL = re.compile(
    r"\s[–—]\s+(?i:équipe|equipe)\s+(?P<team>[A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,6}?)\s*(?=$|[,;(.])"
)


def _card_post(page: Page, block: Block, person: str) -> None:
    """A member's card (the name its heading) whose first lines give the member's post and
    institution ("Associate Professor of Biology, University X", or the badge "MCF" over
    "Université Y"): read as the people list's entry "Name — post, institution"."""
    blocks = page.document.blocks
    index = page.index(block)
    lines = []
    for following in blocks[index : index + CARD_POST_LINES]:
        if following.kind is not BlockKind.PARAGRAPH or following.section != block.section:
            break
        lines.append(following.lines[0] if following.lines else "")
    positions = LEXICON.pattern("POSITIONS")
    candidates = [line for line in lines if "," in line and len(line) <= 120]
    if len(lines) >= 2 and positions.fullmatch(lines[0].strip()) and "," not in lines[1]:
        candidates.insert(0, f"{lines[0].strip()}, {lines[1].strip()}")
    for line in candidates:
        before = len(page.claims)
        entry = Block(BlockKind.ITEM, f"{person} — {line}", block.level, block.section)
        _member_post(page, entry, person)
        if len(page.claims) > before:
            return
    for line in lines:
        if _card_place(page, person, line, "\n".join(lines)):
            return


# "… à l'Université X", "… at the University of Y", "…, Institute Z": where a post is held
_POST_PLACE_LEAD = re.compile(r"(?:\s*,\s*|\s+(?:at|à|au)\s+(?:the\s+|l['’]|la\s+|le\s+)?)")
_CHAINED = re.compile(r"\s*,\s*")


def _card_place(
    page: Page,
    person: str,
    line: str,
    evidence: str,
    guest: bool = False,
    any_institution: bool = False,
) -> bool:
    """A card's line opening on its person's post and naming where it is held
    ("Maître de conférences à l'Université X depuis 2017", "Senior Lecturer, Institute Y"):
    the place employs them; a guest's student status ("PhD student, School Z, University
    W") is studies there. Whether the line named such a place."""
    line = line.strip()
    post = LEXICON.pattern("POSITIONS").match(line)
    studies = guest and post is None and LEXICON.pattern("STUDIES").match(line)
    if (post is None and not studies) or _NOW.search(line):
        return False
    lead = _POST_PLACE_LEAD.match(line, (post or studies).end())
    if lead is None:
        return False
    mentions = find_organisations(line, page.acronyms)
    chain = [m for m in mentions if m.start >= lead.end()]
    if not chain or chain[0].start != lead.end():
        return False
    place = chain[0]
    for mention in chain[1:]:
        # "School Z, University W": the chain's last institution is the employer
        if not _CHAINED.fullmatch(line[place.end : mention.start]):
            break
        place = mention
    if place.kind is not OrgKind.INSTITUTION or not (
        any_institution or is_strong_institution(place.name)
    ):
        return False
    period = parse_period(line[place.end :].split(",", 1)[0]).as_start()
    page.add(
        person,
        Relation.STUDIED_AT if studies else Relation.EMPLOYED_AT,
        place.name,
        evidence,
        "organisation.card-place",
        0.6,
        None if guest else period,
    )
    return True


# "Inria Senior Researcher", "CNRS Researcher, until 2026": the body, then the grade.
_BODY_LEAD = re.compile(r"([A-Z][A-Za-z]{2,7})\s+(?:(?:Senior|Junior|Tenured|Permanent)\s+)?")


def _two_line_post(page: Page, block: Block, person: str) -> None:
    """A people list's entry, the name alone on its first line and the post on the second
    ("Professor, University X", "Inria Senior Researcher"): the institution employs them."""
    post = block.lines[1].strip()
    if _NOW.search(post) or LEXICON.pattern("GUEST_ROLES").search(post):
        return
    lead = _BODY_LEAD.match(post)
    if lead is None or lead.group(1) not in known_acronyms():
        _member_post(page, block, person, f"{person}, {post}")
        # ("Professor of X (since 2014). Previously …": the post's own sentence, held at
        # the group's university)
        _home_post(page, person, next(iter(sentences(post)), (0, post))[1])
        return
    position = LEXICON.pattern("POSITIONS").match(post, lead.end())
    if position is None or post[position.end() :][:1] not in ("", ","):
        return
    period = parse_period(post[position.end() :])
    page.add(
        person,
        Relation.EMPLOYED_AT,
        lead.group(1),
        block.text,
        "organisation.people-page",
        0.6,
        period if period.start or period.end else None,
    )


def _stacked_post(page: Page, block: Block, person: str) -> None:
    """A people grid's card as one entry, its person's name alone on the first line, the
    post on the second and its unit and institution on the third ("A" / "Associate
    Professor" / "Department of X, University Y"): the institution employs the person."""
    lines = [line.strip() for line in block.lines[1:3]]
    if len(lines) == 2 and not _NOW.search(lines[1]):
        card_employer(page, person, *lines)


# "A, Professor of X. PhD, University Y, 2008." (a faculty entry of a lab's people page):
# the member's own doctorate, its school and year.
_MEMBER_DEGREE = re.compile(
    r"\b(?:Ph\.?\s?D\.?|DPhil)\s*,\s*(?P<place>[^.;,]{3,90})"
    r"(?:,\s*(?P<year>(?:19|20)\d\d))?\s*(?:[.;]|$)"
)


def _member_degree(page: Page, block: Block) -> None:
    """A people section's paragraph opening on a member's name and stating their own
    "PhD, University Y, 2008": the member studied there."""
    if not block.section or not LEXICON.pattern("PEOPLE").search(block.section[-1]):
        return
    if page.kind(block) in QUIET or any(LEXICON.pattern("ALUMNI").search(t) for t in block.section):
        return
    person = name_at_start(block.lines[0])
    degree = _MEMBER_DEGREE.search(block.lines[0]) if person else None
    if degree is None:
        return
    school = _lone_institution(page, degree["place"], 1)
    if school is None:
        return
    year = int(degree["year"]) if degree["year"] else None
    page.add(
        person,
        Relation.STUDIED_AT,
        school,
        block.lines[0],
        "organisation.people-page",
        0.6,
        Period(None, year),
    )


_MEMBERS_LABEL = re.compile(r"^\s*(?P<label>[^\W\d][\w\s'’-]{2,40}?)\s*[:：]\s*(?=[A-ZÀ-Þ])")


SECTION_UNIT_CHARS = 80
_GROUP_ROSTER = "organisation.group-roster"


def _section_unit(page: Page, heading: str) -> str | None:
    """The team or group a section heading names whole ("Topological Photonics Group"),
    worked out once a heading."""
    memo = page.document.meta.setdefault("section_units", {})
    if heading in memo:
        return memo[heading]
    unit = None
    title = heading.strip().rstrip(" :")
    if len(title) <= SECTION_UNIT_CHARS and _TEAM_OR_LAB.search(title):
        mentions = find_organisations(title, page.acronyms)
        if (
            len(mentions) == 1
            and mentions[0].kind is OrgKind.UNIT
            and mentions[0].start == 0
            # (the whole heading: "Équipe Géométrie et Topologie" names its team without the
            # "Équipe" word, so the mention's end, not its name, spans the title)
            and max(len(mentions[0].name), mentions[0].end) >= len(title) - 1
        ):
            unit = mentions[0].name
    memo[heading] = unit
    return unit


ROSTER_LINES = 12  # a group's "Members" field: its label, then a person a line


def _group_roster(page: Page, block: Block) -> None:
    """A page of several groups, each under its own heading ("Topological Photonics Group"
    › "Group leader: Prof. A" › "Members: Dr. B (Research Fellow)" › "C (PhD student)"):
    the head and each member listed belong to the group the heading names, and the group
    to the larger unit the page's title names."""
    text = block.text
    if "\n" in text or len(text) > _ROSTER_PARAGRAPH_CHARS or (":" not in text and len(text) > 200):
        return
    unit = _section_unit(page, block.section[-1])
    if unit is None or any(LEXICON.pattern("ALUMNI").search(t) for t in block.section):
        return
    parts = _LABELLED_SENTENCE.split(text) if text.count(":") > 1 else ()
    if len(parts) > 1 or len(text) > 200:
        # one paragraph of labelled sentences ("Responsable : A (PR). Membres : B, C.")
        for part in parts:
            if (part.strip() and len(part) <= 200) or _MEMBERS_LABEL.match(part):
                _roster_line(page, part, unit)
        return
    if _roster_line(page, text, unit):
        return
    # (a line after the label: "C (PhD student)", the field's next value)
    person = name_at_start(text)
    if person is not None and _after_members_label(page, block):
        page.add(person, Relation.MEMBER_OF, unit, text, _GROUP_ROSTER, 0.55)


_ROSTER_PARAGRAPH_CHARS = 600
# a sentence opening on its own label, inside one paragraph: "… (PR). Membres : A"
_LABELLED_SENTENCE = re.compile(r"(?<=[.;])\s+(?=[A-ZÀ-Þ][\w'’ -]{2,40}?\s*:)")
# a list item's lower-case lead-in before the name: "ainsi que les doctorants A", "and B"
_LOWER_LEAD = re.compile(r"^(?:[a-zà-ÿ][\w'’·-]*\s+)+(?=[A-ZÀ-Þ])")
_LIST_SPLIT = re.compile(r"\s*[,;]\s*|\s+(?:and|et|&)\s+")


def _roster_line(page: Page, text: str, unit: str) -> bool:
    """A group's "Group leader: A" or "Members: B, C (PhD student) and D" line: each
    person named belongs to *unit*; True when the line opens on such a label."""
    head = _HEAD_LABEL.match(text)
    if head is not None:
        person = name_at_start(text[head.end() :])
        if person is None:
            return
        page.add(person, Relation.MEMBER_OF, unit, text, _GROUP_ROSTER, 0.6)
        parent = _title_org(page)
        if parent is not None and parent.name != unit and unit not in parent.name:
            page.add(unit, Relation.PART_OF, parent.name, text, _GROUP_ROSTER, 0.5)
        return True
    label = _MEMBERS_LABEL.match(text)
    if label is None:
        return False
    if not LEXICON.pattern("PEOPLE").fullmatch(label.group("label").strip()):
        return True
    for item in _roster_items(text[label.end() :]):
        person = name_at_start(item)
        if person is not None:
            page.add(person, Relation.MEMBER_OF, unit, text, _GROUP_ROSTER, 0.55)
    return True


def _roster_items(listed: str) -> Iterator[str]:
    """The items of a "Members:" field's list, split at commas and "and" outside brackets,
    each without its lower-case lead-in; the list ends where a supervision clause starts
    ("…, co-supervised by A and B": A and B are named for the student, not listed)."""
    depth, start, pieces = 0, 0, []
    for match in _LIST_SPLIT.finditer(listed):
        depth = listed.count("(", 0, match.start()) - listed.count(")", 0, match.start())
        if depth == 0:
            pieces.append(listed[start : match.start()])
            start = match.end()
    pieces.append(listed[start:])
    for piece in pieces:
        piece = piece.strip()
        if not piece:
            continue
        lead = _LOWER_LEAD.match(piece)
        if lead is not None and (
            LEXICON.pattern("SUPERVISION_CUES").search(lead.group())
            or LEXICON.pattern("COSUPERVISION_CUES").search(lead.group())
        ):
            return
        yield piece[lead.end() :] if lead is not None else piece


def _after_members_label(page: Page, block: Block) -> bool:
    """The lines above *block*, in its section, are people's lines back to a "Members:"
    label."""
    blocks = page.document.blocks
    index = page.index(block)
    for above in blocks[max(0, index - ROSTER_LINES) : index][::-1]:
        if above.section != block.section or above.kind is BlockKind.HEADING:
            return False
        label = _MEMBERS_LABEL.match(above.text)
        if label is not None:
            return LEXICON.pattern("PEOPLE").fullmatch(label.group("label").strip()) is not None
        if "\n" in above.text or name_at_start(above.text) is None:
            return False
    return False


def _labelled_members(page: Page, block: Block) -> None:
    """ "Permanents : A (PR, responsable), B (MCF HDR), C (CR CNRS)" under a team's
    "Composition de l'équipe" (an evaluation report, a people page): each person listed
    after a people label is a member of the organisation the page title names."""
    label = _MEMBERS_LABEL.match(block.text)
    if label is None or not LEXICON.pattern("PEOPLE").fullmatch(label.group("label").strip()):
        return
    if page.kind(block) in QUIET or not block.section:
        return
    if any(LEXICON.pattern("ALUMNI").search(t) for t in (*block.section, label.group("label"))):
        return
    if not any(LEXICON.pattern("PEOPLE").search(t) for t in block.section):
        return
    org = _title_org(page)
    if org is None:
        return
    pieces, depth, current = [], 0, []
    for char in block.text[label.end() :].rstrip(" ."):
        depth += char in "(["
        depth -= char in ")]"
        if char in ",;" and depth <= 0:
            pieces.append("".join(current))
            current = []
        else:
            current.append(char)
    pieces.append("".join(current))
    people = [name_at_start(piece) for piece in pieces if piece.strip()]
    if len(people) < 2 or None in people:
        return  # only a list made of people, each with their note
    for person in people:
        page.add(
            person,
            Relation.MEMBER_OF,
            org.name,
            block.text.split("\n")[0],
            "organisation.people-page",
            0.6,
        )


def _since_record(page: Page) -> tuple[int, str] | None:
    """The one "Since: 2021" row of a profile's record table: its year and the text of the
    record's rows (the places it dates)."""
    labels = [
        b
        for b in page.document.blocks
        if b.kind is BlockKind.ITEM
        and (match := LEXICON.pattern("SINCE").match(b.text.lstrip()))
        and re.match(r"\s*[:：|]", b.text.lstrip()[match.end() :])
    ]
    if len(labels) != 1:
        return None
    year = parse_period(labels[0].text).start
    rows = [
        b.text
        for b in page.document.blocks
        if b.kind is BlockKind.ITEM and b.section == labels[0].section and b is not labels[0]
    ]
    return (year, "\n".join(rows)) if year else None


# "A, maîtresse de conférences à X, soutiendra son HDR le 12 juin 2025": the date is the
# defence's, told after the verb that announces it.
_DEFENCE_VERB = re.compile(r"(?i)\b(?:soutiendra|soutient|will\s+defend|defends)\b")


def _before_defence(sentence: str) -> str:
    """*sentence* up to the verb announcing a defence (its date no post's), else whole."""
    if "souti" not in sentence and "efend" not in sentence:
        return sentence
    verb = _DEFENCE_VERB.search(sentence)
    return sentence[: verb.start()] if verb else sentence


def date_card_posts(page: Page) -> None:
    """The owner's post told only in a masthead or a card, without years ("Maîtresse de
    conférences · Laboratoire X · Y INP", "Assistant Professor of X / Department Y, Z"),
    takes those of the one ongoing entry naming the same post and no place ("Je suis
    maîtresse de conférences depuis 2019", "2022–present  Assistant Professor")."""
    owner = page.owner
    if owner is None:
        return
    undated = [
        i
        for i, c in enumerate(page.claims)
        if c.subject == owner.name
        and c.relation in (Relation.EMPLOYED_AT, Relation.MEMBER_OF)
        and c.start is None
        and c.end is None
    ]
    if not undated:
        return
    positions = LEXICON.pattern("POSITIONS")
    blocks = [b for b in page.document.blocks if b.kind is not BlockKind.HEADING]
    for evidence in {page.claims[i].evidence for i in undated}:
        card = next((b for b in blocks if evidence in " ".join(b.text.split())), None)
        if card is None:
            continue
        lines = [" ".join(line.split()) for line in card.text.split("\n")]
        at = next((i for i, line in enumerate(lines) if line and evidence.startswith(line)), None)
        # the card's line opens on its post ("Maîtresse de conférences · Labo X · Y"), or the
        # line above the places names it alone ("Assistant Professor of X" / "Dept Y, Z")
        post = (
            None
            if at is None
            else positions.match(lines[at]) or (positions.match(lines[at - 1]) if at else None)
        )
        if post is None:
            continue
        word = post.group().casefold()
        periods = []
        for block in blocks:
            if block is card or word not in block.text.casefold():
                continue
            pieces = (
                [t for _, t in sentences(block.text)]
                if block.kind is BlockKind.PARAGRAPH and "\n" not in block.text
                else [block.text]
            )
            for piece in pieces:
                if word not in piece.casefold():
                    continue
                period = parse_period(piece)
                if period.empty or period.end is not None:
                    continue
                if period.single and not _says_since(piece):
                    continue
                if any(m.kind is not OrgKind.ACRONYM for m in find_organisations(piece)):
                    continue  # the entry names its own place: another post, maybe
                periods.append(period)
        if len(periods) != 1:
            continue
        for i in undated:
            if page.claims[i].evidence == evidence:
                page.claims[i] = replace(page.claims[i], start=periods[0].start)


def _says_since(text: str) -> bool:
    return LEXICON.pattern("SINCE").search(text) is not None


def date_employers(page: Page) -> None:
    """An employer named without years takes those the page gives it elsewhere: a site of
    the same body ("CEA" / "2020 → aujourd'hui : CEA Grenoble"), or its first word after a
    start word in the same paragraph ("the Grantham Institute … before joining Grantham in
    2015")."""
    if not any(c.relation is Relation.EMPLOYED_AT and not c.start for c in page.claims):
        return  # every employer dated: the page need not be searched for a start word
    since = LEXICON.pattern("SINCE")
    joins = since.search(page.document.text) is not None
    record = _since_record(page) if joins and page.owner is not None else None
    for index, claim in enumerate(page.claims):
        if claim.relation is not Relation.EMPLOYED_AT or claim.start:
            continue
        if record and claim.subject == page.owner.name and claim.object in record[1]:
            # "School: School of X, University Y" / "Since: 2021" in the owner's record
            page.claims[index] = replace(claim, start=record[0])
            continue
        if ACRONYM.match(claim.object):
            site = next(
                (
                    c
                    for c in page.claims
                    if c.relation is Relation.EMPLOYED_AT
                    and c.subject == claim.subject
                    and c.start
                    and c.object.startswith(f"{claim.object} ")
                    and len(c.object.split()) == 2
                ),
                None,
            )
            if site is not None:
                page.claims[index] = replace(claim, start=site.start, end=site.end)
                continue
        first = claim.object.split()[0]
        # "University of Harrowgate … She joined Harrowgate as a Lecturer in 2019": the
        # place's own word after "University of" is its short name, read in the whole page
        # of one person's employers.
        of_place = _HEAD_OF_PLACE.fullmatch(claim.object) if joins else None
        if of_place:
            first = of_place.group(1)
        if (
            not joins
            or len(first) < 3
            or page.document.text.count(first) < 2  # named once: no short form to read
            or any(
                LEXICON.pattern(heads).fullmatch(first)
                for heads in ("INSTITUTION_HEADS", "UNIT_HEADS")
            )
        ):
            continue  # "University", "Laboratoire": a head word names no one place
        paragraph = next(
            (b.text for b in page.document.blocks if claim.evidence in " ".join(b.text.split())),
            "",
        )
        if len({c.subject for c in page.claims if c.relation is claim.relation}) == 1:
            # (one person's page: the short name is theirs, in any paragraph: "… at
            # Brackenridge College." / "I joined Brackenridge in fall 2022.")
            paragraph = page.document.text
        # ("recrutée à Carpentras en 2015": the town before the hyphen of "Carpentras-Ventoux")
        short = first.split("-")[0] if "-" in first else ""
        place = f"(?:{re.escape(first)}|{re.escape(short)})" if len(short) > 3 else re.escape(first)
        named = re.compile(
            rf"\s+(?:the\s+|l['’]|(?:à|at|to)\s+)?{place}\b[^.;]{{0,40}}?\b(?:in|en)\s+"
            + _TERM_BEFORE_YEAR
            + r"((?:19|20)\d\d)\b"
        )
        for joined in since.finditer(paragraph):
            match = named.match(paragraph, joined.end())
            if match and (claim.end is None or claim.end >= int(match.group(1))):
                page.claims[index] = replace(claim, start=int(match.group(1)))
                break
        else:
            # "She has been at Port Carrick since 2014": the short name, then its start.
            stay = re.search(
                rf"\b(?:been|worked|taught)\s+(?:at|in)\s+(?:the\s+)?{re.escape(first)}\b"
                r"[^.;]{0,30}?\b(?:since|from)\s+((?:19|20)\d\d)\b",
                paragraph,
            )
            if stay and claim.end is None:
                page.claims[index] = replace(claim, start=int(stay.group(1)))


# "in fall 2022", "in September 2022": the term or month a start year may carry
_TERM_BEFORE_YEAR = (
    r"(?:(?:the\s+)?(?i:fall|autumn|spring|summer|winter|jan|feb|mar|apr|may|jun|jul|aug|sep|"
    r"oct|nov|dec|automne|printemps|été|hiver|janv|févr|avr|mai|juin|juil|août|déc)"
    r"[a-zéû]*\.?\s+(?:of\s+)?)?"
)


# "University of Harrowgate", "University of Port Carrick": the head word, then the place
_HEAD_OF_PLACE = re.compile(
    r"(?:University|Universit[éey])\s+(?:of|de|d['’])\s*([A-Z][\w-]{2,}(?:\s[A-Z][\w-]{2,})?)"
)


_SITE_PIECE = re.compile(r"\s+[|–—]\s+|\s+-\s+")
_THESIS_TITLE = re.compile(r"(?i)\b(?:th[eè]se|thesis|dissertation|defen[cs]e|soutenance|viva)\b")


def thesis_site_university(page: Page) -> None:
    """A thesis record or defence announcement that names no place of study, on a
    university's site ("Public thesis defence – … | University of X"): the candidate
    studied at that university (its doctoral school announces its own candidates)."""
    owner = page.owner
    title = page.document.title
    if owner is not None and owner.how in ("meta:citation_author", "thesis-record"):
        _cited_thesis(page, owner.name)
    if owner is not None and owner.how == "meta:citation_author":
        _tagged_institution(page, owner.name)
        _tagged_unit(page, owner.name)
        return
    if owner is None or owner.how != "thesis-record" or not title or "niversi" not in title:
        return
    if not _THESIS_TITLE.search(title) and not LEXICON.pattern("THESIS_WORDS").search(title):
        # ("Ficha de tesis doctoral - … - Universidad de X": the language's own words)
        return
    if any(c.relation is Relation.STUDIED_AT and c.subject == owner.name for c in page.claims):
        return
    site = _SITE_PIECE.split(title)[-1].strip()
    mentions = find_organisations(site, page.acronyms)
    if (
        len(mentions) != 1
        or mentions[0].kind is not OrgKind.INSTITUTION
        or not _COVER_UNIVERSITY.search(mentions[0].name)
        or len(mentions[0].name) < 0.8 * len(site)
    ):
        return
    year = defence_year(page, page.document.blocks[0]) if page.document.blocks else None
    page.add(
        owner.name,
        Relation.STUDIED_AT,
        mentions[0].name,
        title,
        "organisation.thesis-site",
        0.55,
        Period(None, year),
    )


def completed_theses_university(page: Page) -> None:
    """A department's list of theses, no one's own page, its lead-in naming where they
    were completed ("The following PhD theses were completed in the School of X,
    University Y"): each candidate the list gives a doctoral advisor studied at Y, till
    the year of that thesis."""
    text = page.document.text
    # ("theses were", "thèses ont", "dissertations were": a cheap test before the pattern)
    if page.owner is not None or "ses " not in text and "ations " not in text:
        return
    lead = LEXICON.pattern("THESES_COMPLETED_AT").search(text)
    if lead is None:
        return
    end = text.find(".", lead.end())
    told = text[lead.end() : end if end > 0 else None]
    places = [
        m for m in find_organisations(told, page.acronyms) if _COVER_UNIVERSITY.search(m.name)
    ]
    if len(places) != 1 or places[0].kind is not OrgKind.INSTITUTION:
        return
    studied = {c.subject for c in page.claims if c.relation is Relation.STUDIED_AT}
    for claim in list(page.claims):
        if claim.relation is Relation.ADVISOR_PHD and claim.subject not in studied:
            studied.add(claim.subject)
            page.add(
                claim.subject,
                Relation.STUDIED_AT,
                places[0].name,
                claim.evidence,
                "organisation.completed-theses",
                0.55,
                Period(None, claim.end),
            )


# "en cotutelle entre l'Université X et l'Università Y", "a joint PhD between X and Y"
_BETWEEN_TWO = re.compile(r"\s(?:entre|between)\s([^.;()\n]{8,200})")


def joint_degree_pair(page: Page) -> None:
    """A doctorate told "en cotutelle entre l'Université X et l'Università Y" ("a joint
    PhD between X and Y") in its advisors' sentence: the student studied at both, till
    the thesis's end."""
    if not holds_any(page.document.text.lower(), _JOINT_DEGREE_HINTS):
        return
    joint = LEXICON.pattern("JOINT_DEGREE_WORDS")
    for claim in list(page.claims):
        if (
            claim.relation is not Relation.ADVISOR_PHD
            or (word := joint.search(claim.evidence)) is None
        ):
            continue
        between = _BETWEEN_TWO.match(claim.evidence, word.end())
        if between is None:
            continue
        places = [
            m
            for m in find_organisations(between.group(1), page.acronyms)
            if m.kind is OrgKind.INSTITUTION
        ]
        if len(places) != JOINT_DEGREE_UNIVERSITIES:
            continue
        known = {
            fold(c.object)
            for c in page.claims
            if c.subject == claim.subject and c.relation is Relation.STUDIED_AT
        }
        for place in places:
            if fold(place.name) not in known:
                page.add(
                    claim.subject,
                    Relation.STUDIED_AT,
                    place.name,
                    claim.evidence,
                    "organisation.joint-degree-pair",
                    0.55,
                    Period(None, claim.end),
                )


def defended_at_site_university(page: Page) -> None:
    """A department's story of its own defences, no one's page, titled so with its
    university ("Two spring defenses in X | Department of Y | Z University"): each
    candidate whose committee and advisor the story names studied at Z, till the story's
    year (the jury sat there)."""
    title = page.document.title
    if (
        page.owner is not None
        or not title
        or not LEXICON.pattern("DEFENCE_LISTS").search(title)
        or not any(c.relation.family is Family.JURY for c in page.claims)
    ):
        return
    named = {
        m.name
        for m in find_organisations(title, page.acronyms)
        if m.kind is OrgKind.INSTITUTION and _UNIVERSITY.search(m.name)
    }
    if len(named) != 1:
        return
    university = named.pop()
    year = page.document.meta.get("byline_year")
    studied = {
        c.subject
        for c in page.claims
        if c.relation is Relation.STUDIED_AT and fold(c.object) == fold(university)
    }
    # (a candidate the story gives an advisor too: a doctorate, no other exam)
    advised = {c.subject for c in page.claims if c.relation is Relation.ADVISOR_PHD}
    for claim in list(page.claims):
        if (
            claim.relation.family is Family.JURY
            and claim.subject in advised
            and claim.subject not in studied
        ):
            studied.add(claim.subject)
            page.add(
                claim.subject,
                Relation.STUDIED_AT,
                university,
                claim.evidence,
                "organisation.defended-at-site",
                0.55,
                Period(None, year or claim.end),
            )


# An APA citation of a thesis: "A. (2022). Title [Mémoire de maîtrise, Université X]."
_CITED_THESIS = re.compile(
    r"\((?P<year>(?:19|20)\d\d)\)\.[^\[\]\n]{5,300}\[(?P<kind>(?:doctoral|master['’]?s|ph\.?\s?d\.?|"
    r"bachelor['’]?s)\s+(?:dissertation|thesis)|thèse\s+de\s+doctorat|mémoire\s+de\s+"
    r"(?:maîtrise|master)),\s*(?P<org>[^\[\]\n]{4,120})\]",
    re.I,
)


def _cited_thesis(page: Page, owner: str) -> None:
    """A thesis record's own APA citation names the degree's university ("[Doctoral
    dissertation, University X]"): the author studied there, till that year."""
    text = page.document.text
    if "[" not in text:
        return
    for match in _CITED_THESIS.finditer(text):
        name = one_institution(match.group("org"), page.acronyms)
        if name is None:
            continue
        if any(
            c.relation is Relation.STUDIED_AT
            and c.subject == owner
            and fold(c.object) == fold(name)
            for c in page.claims
        ):
            continue
        page.add(
            owner,
            Relation.STUDIED_AT,
            name,
            match.group(),
            "organisation.cited-thesis",
            0.6,
            Period(None, int(match.group("year"))),
        )


def _tagged_institution(page: Page, owner: str) -> None:
    """A thesis record's Highwire tags name its author and the degree-granting institution
    ("citation_dissertation_institution"): the author studied there, till the record's
    year; nothing when the page already says where."""
    meta = page.document.meta
    value = meta.get("citation_dissertation_institution")
    if not value or any(
        c.relation is Relation.STUDIED_AT and c.subject == owner and fold(c.object) in fold(value)
        for c in page.claims
    ):
        return
    mentions = [
        m for m in find_organisations(value, page.acronyms) if m.kind is OrgKind.INSTITUTION
    ]
    if len(mentions) != 1:
        return
    page.add(
        owner,
        Relation.STUDIED_AT,
        mentions[0].name,
        f"citation_dissertation_institution: {value}",
        "organisation.thesis-tags",
        0.6,
        Period(None, _tagged_year(meta)),
    )


def _tagged_year(meta: dict) -> int | None:
    """A Highwire date's year, however the rest is written ("2021/05/14", "2021-05-14")."""
    tagged = meta.get("citation_date") or meta.get("citation_publication_date") or ""
    year = _LEADING_YEAR.match(tagged)
    return int(year.group()) if year else None


def _tagged_unit(page: Page, owner: str) -> None:
    """The record's "citation_author_institution" names a unit (a lab, not the university):
    the author was its member while writing the thesis ("Laboratoire des Sols de l'Arve"),
    a unit of the degree-granting university."""
    meta = page.document.meta
    value = meta.get("citation_author_institution")
    if not value or not meta.get("citation_dissertation_institution"):
        return
    granting = [
        m
        for m in find_organisations(meta["citation_dissertation_institution"], page.acronyms)
        if m.kind is OrgKind.INSTITUTION
    ]
    mentions = find_organisations(value, page.acronyms)
    if len(granting) != 1 or len(mentions) != 1 or mentions[0].kind is not OrgKind.UNIT:
        return
    institution = granting[0].name
    period = Period(None, _tagged_year(meta))
    unit = mentions[0].name
    if any(c.subject == owner and fold(c.object) == fold(unit) for c in page.claims):
        return
    evidence = f"citation_author_institution: {value}"
    page.add(owner, Relation.MEMBER_OF, unit, evidence, "organisation.thesis-tags", 0.55, period)
    page.add(
        unit, Relation.PART_OF, institution, evidence, "organisation.thesis-tags", 0.5, Period()
    )


def contract_doctorates(page: Page) -> None:
    """ "2021 – 2024 : Doctorante contractuelle, Université X": a doctoral contract is a
    post at the university as well as its studies, so each dated studies claim read from
    such an entry gains the employment over the same years."""
    owner = page.owner.name if page.owner is not None else None
    if owner is None or "ontra" not in page.document.text:
        return
    contract = LEXICON.pattern("DOCTORAL_CONTRACTS")
    employed = {
        (c.object, c.start, c.end)
        for c in page.claims
        if c.relation is Relation.EMPLOYED_AT and c.subject == owner
    }
    for claim in list(page.claims):
        if (
            claim.relation is Relation.STUDIED_AT
            and claim.subject == owner
            and claim.start is not None
            and claim.end != claim.start
            and (claim.object, claim.start, claim.end) not in employed
            and _UNIVERSITY.search(claim.object)
            and (
                ("ontra" in claim.evidence and contract.search(claim.evidence))
                or _contract_line_above(page.document.text, claim.evidence, contract)
            )
        ):
            employed.add((claim.object, claim.start, claim.end))
            page.add(
                owner,
                Relation.EMPLOYED_AT,
                claim.object,
                claim.evidence,
                "organisation.doctoral-contract",
                0.6,
                Period(claim.start, claim.end),
            )


_APPLIED_POSTS = LEXICON.pattern("APPLIED_POSTS")
APPLIED_POST_LINES = 3
_APPLIED_POST_WORDS = phrase_literals(LEXICON.words["APPLIED_POSTS"])


def _contract_line_above(text: str, evidence: str, contract: re.Pattern) -> bool:
    """Whether the dated line just above ``evidence`` names a doctoral contract
    ("2020 – 2023   Doctorante contractuelle" over "Université X, Laboratoire Y")."""
    at = text.find(evidence.split("\n")[0][:80])
    if at <= 0:
        return False
    above = text[text.rfind("\n", 0, max(at - 1, 0)) + 1 : at]
    return (
        "ontra" in above
        and contract.search(above) is not None
        # (the entry's own dates head the contract's line, not the place's line below it)
        and _ANY_YEAR.search(above) is not None
        and _LEADING_YEAR.match(evidence.lstrip()) is None
    )


# "Lecturer, University X, 2012–2014 and 2016–2018": one post held over two periods
_PERIOD_JOINS = alternation([re.escape(w) for w in LEXICON.CONNECTORS])
_PERIOD_OPEN = alternation([re.escape(w) for w in LEXICON.PRESENT])
_TWO_PERIODS = re.compile(
    rf"(?<!\d)({YEAR})\s*[-–—]\s*({YEAR})(?!\d)\s+(?:{_PERIOD_JOINS})(?!\w)\s*"
    rf"({YEAR})\s*[-–—]\s*(?:({YEAR})(?!\d)|(?:{_PERIOD_OPEN})\b)",
    re.IGNORECASE,
)
_TWO_PERIOD_RELATIONS = (Relation.EMPLOYED_AT, Relation.MEMBER_OF, Relation.STUDIED_AT)


def second_periods(page: Page) -> None:
    """A post, membership or study dated by the first of two periods its entry states
    ("2012–2014 and 2016–2018") is held over the second too: one claim more, so each
    period is its own row."""
    for claim in list(page.claims):
        if (
            claim.relation not in _TWO_PERIOD_RELATIONS
            or claim.start is None
            or claim.end is None
            or (pair := _TWO_PERIODS.search(claim.evidence)) is None
            or (int(pair[1]), int(pair[2])) != (claim.start, claim.end)
        ):
            continue
        later = replace(claim, start=int(pair[3]), end=int(pair[4]) if pair[4] else None)
        if later.start > claim.end and later not in page.claims:
            page.claims.append(later)


def date_memberships(page: Page) -> None:
    """The owner's unit named without years ("Unité : Institut X" in a directory's identity
    table) takes the start of the owner's current post at that unit stated elsewhere on
    the page ("Depuis 2019 : directrice de recherche CNRS à l'IX")."""
    owner = page.owner
    if owner is None:
        return
    claims = page.claims
    undated = {
        c.object
        for c in claims
        if c.relation is Relation.MEMBER_OF and c.subject == owner.name and not (c.start or c.end)
    }
    if not undated:
        return
    current = {
        c.object: c
        for c in reversed(claims)
        if c.relation is Relation.EMPLOYED_AT
        and c.subject == owner.name
        and c.object in undated
        and c.start
        and c.end is None
    }
    for index, claim in enumerate(claims):
        post = current.get(claim.object)
        if (
            post is not None
            and claim.relation is Relation.MEMBER_OF
            and claim.subject == owner.name
            and not (claim.start or claim.end)
        ):
            claims[index] = replace(claim, start=post.start)


_JOINT_DEGREE_HINTS = phrase_literals(LEXICON.words["JOINT_DEGREE_WORDS"])
# After an advisor's name: a short note ("HDR", "Pr."), then the bracket with their place.
_ADVISOR_BRACKET = re.compile(r"[^()\n;:|]{0,12}?\(([^()\n]{3,160})\)")
JOINT_DEGREE_UNIVERSITIES = 2  # a cotutelle is between two universities
CARD_FIELD_BLOCKS = 12  # the field lines a record's heading holds


def joint_degree_universities(page: Page, block: Block, first: int) -> None:
    """A thesis in cotutelle whose advisors the block names, each with a bracketed university
    ("Thèses en cotutelle" › "A" › "Directeur : B (Université X)", "Codirectrice : C
    (Universität Y)"): the student studied at each (both grant the degree); the advisors'
    own posts are no fact of the student's."""
    told = " ".join((*block.section, block.text)).lower()
    if not holds_any(told, _JOINT_DEGREE_HINTS):
        return
    if not LEXICON.pattern("JOINT_DEGREE_WORDS").search(told):
        return
    text = block.text
    if "(" not in text:
        # "A" (a card's heading) › "Sujet : …" / "Directeur : B (Université X)": the card's
        # fields, read with its first one, are the blocks under the same heading
        section = (*block.section, block.text) if block.kind is BlockKind.HEADING else None
        blocks = page.document.blocks
        index = page.index(block)
        fields = []
        for below in blocks[index + 1 : index + 1 + CARD_FIELD_BLOCKS] * (blocks[index] is block):
            if below.section != (section or block.section) or below.kind is BlockKind.HEADING:
                break
            fields.append(below.text)
        text = "\n".join((text, *fields))
    found: dict[str, list[str | None]] = {}
    for claim in page.claims[first:]:
        if claim.relation is not Relation.ADVISOR_PHD:
            continue
        family = claim.object.split()[-1]
        at = text.find(family)
        bracket = _ADVISOR_BRACKET.match(text, at + len(family)) if at >= 0 else None
        university = None
        for mention in find_organisations(bracket.group(1), page.acronyms) if bracket else ():
            if mention.kind is OrgKind.INSTITUTION and is_strong_institution(mention.name):
                university = mention.name
                break
        found.setdefault(claim.subject, []).append(university)
    for student, places in found.items():
        names = {fold(name) for name in places if name}
        if None in places or len(names) != JOINT_DEGREE_UNIVERSITIES:
            # ("A, cotutelle avec B (Université X)" in an owner's list: the owner's own
            # university is left untold; a third one is a co-advisor's post)
            continue
        period = next(
            Period(c.start, c.end)
            for c in page.claims[first:]
            if c.subject == student and c.relation is Relation.ADVISOR_PHD
        )
        known = {
            fold(c.object)
            for c in page.claims
            if c.subject == student and c.relation is Relation.STUDIED_AT
        }
        for name in filter(None, places):
            if fold(name) in known:
                continue
            known.add(fold(name))
            page.add(
                student,
                Relation.STUDIED_AT,
                name,
                text.strip(),
                "organisation.joint-degree",
                0.55,
                period,
            )
