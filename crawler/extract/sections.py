"""What a block is about, read from the headings above it and the words inside it."""

from __future__ import annotations

import re
from enum import StrEnum
from functools import cache, lru_cache

import ahocorasick

from crawler.extract.documents import Block, BlockKind
from crawler.extract.lexicon import LEXICON, literal_finder, phrase_literal
from crawler.extract.publications import lowered
from crawler.names import EXTENDED_CAPITALS


class SectionKind(StrEnum):
    ABOUT = "about"
    EDUCATION = "education"
    EMPLOYMENT = "employment"
    PUBLICATIONS = "publications"
    STUDENTS = "students"
    JURY = "jury"
    TEACHING = "teaching"
    TALKS = "talks"
    SERVICE = "service"
    INTERNSHIP = "internship"
    AWARDS = "awards"
    GRANTS = "grants"
    CONTACT = "contact"
    SKILLS = "skills"
    OFFERS = "offers"
    LINKS = "links"  # "See also", "External links": pointers to other pages, no facts
    # "Comptes rendus d'ouvrages", "Book reviews": another author's book reviewed, whose
    # authors wrote nothing with the owner
    REVIEWS = "reviews"
    # "Read also", "People also viewed", "Recent comments": widgets and threads about other
    # people; each block speaks for the person it names as its subject, not for the owner
    OTHERS = "others"


class Context(StrEnum):
    """Which kind of supervision a sentence, item or section speaks of."""

    PHD = "phd"
    POSTDOC = "postdoc"
    INTERNSHIP = "internship"
    OTHER = "other"


# Sections whose text never states supervision, affiliation or jury facts of the owner.
QUIET = {
    SectionKind.TEACHING,
    SectionKind.TALKS,
    SectionKind.AWARDS,
    SectionKind.GRANTS,
    SectionKind.CONTACT,
    SectionKind.SKILLS,
    SectionKind.PUBLICATIONS,
    SectionKind.OFFERS,
    SectionKind.LINKS,
    SectionKind.REVIEWS,
}
# Heading kinds checked in this order when one heading matches several ("PhD students"
# is about students, "Reviewing" is service).
PRIORITY = (
    SectionKind.OFFERS,
    SectionKind.OTHERS,
    SectionKind.STUDENTS,
    SectionKind.JURY,
    SectionKind.INTERNSHIP,
    SectionKind.TEACHING,
    SectionKind.TALKS,
    SectionKind.REVIEWS,
    SectionKind.PUBLICATIONS,
    SectionKind.EDUCATION,
    SectionKind.EMPLOYMENT,
    SectionKind.SERVICE,
    SectionKind.AWARDS,
    SectionKind.GRANTS,
    SectionKind.CONTACT,
    SectionKind.SKILLS,
)


_COUNT = re.compile(r"\s*\(\d+(?: [a-z]+)?\)\s*$")  # "(12)", "(12 chapters)"


_IN_PROGRESS = re.compile(r"(?i)\s*(?:en\s+cours|in\s+progress)\s*:?\s*")


_SERVICE_OR_PAPERS = frozenset((SectionKind.SERVICE, SectionKind.PUBLICATIONS))
_JOINED_KINDS = re.compile(r"(?i)\s(?:and|et|und|y|e)\s|[&,/+;]")


# "A, maîtresse de conférences", "B, ingénieur d'études": a name, a comma, then a post
_NAME_THEN_POST = re.compile(r"^[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3},\s+")
# "A (PhD 2011)", "B, docteure en 2013": a name, then the bracket or comma of a graduate's
# degree and year (the degree's cue, from the lexicon, opens at the group "sep")
_NAME_THEN_DEGREE = re.compile(r"^[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}(?P<sep>\s*\(|,\s+)")
_DEGREE_YEAR = re.compile(r"\s*(?:19|20)\d\d\b")
# « B, docteure en immunologie (2016) »: the field after the degree, the year in brackets
# closing the heading
_FIELD_THEN_YEAR = re.compile(r"\s+[^\W\d][\w'’ -]{2,60}?\s*\(((?:19|20)\d\d)\)\s*$")


def graduate_heading(title: str) -> bool:
    """ "A (PhD 2011)", « B, docteure en 2013 »: one graduate's name, degree and year (an
    alumni page's heading over that person's story)."""
    return graduate_year(title) is not None


def graduate_year(title: str) -> int | None:
    """The degree's year of a graduate's heading ("A (PhD 2011)": 2011), else None."""
    person = _NAME_THEN_DEGREE.match(title)
    if person is None:
        return None
    at = person.end() - 1 if title[person.end() - 1] == "(" else person.end()
    cue = LEXICON.pattern("ROW_DOCTORATES").match(title, at)
    year = _DEGREE_YEAR.match(title, cue.end()) if cue is not None else None
    if year is None and cue is not None and title.endswith(")"):
        year = _FIELD_THEN_YEAR.match(title, cue.end())
    if year is None or heading_kind(title[: person.start("sep")]) is not None:
        return None
    return int(year.group(year.re.groups))


@cache
def _hospital_department() -> re.Pattern[str]:
    """ "Service de neurologie", « service d'hépato-gastro-entérologie », « Chef de service »:
    a hospital's department (or its head's post), the unit a medical team belongs to, not
    a CV's "Service" section."""
    stems = "|".join(map(re.escape, LEXICON.MEDICAL_SPECIALTY_STEMS))
    return re.compile(
        r"(?i)chef(?:fe)?\s+de\s+service\b|services?\s+(?:de\s+(?:la\s+)?|d['’]|des\s+)"
        rf"[\w-]*(?:{stems})[\w-]*"
    )


@lru_cache(maxsize=4096)
def heading_kind(title: str) -> SectionKind | None:
    """The kind of one heading's section, or None when the heading says nothing known.

    A several-word phrase outranks single words ("Communications dans un congrès" is a
    publications heading though "communications" alone means talks); otherwise the first
    kind of :data:`PRIORITY` that matches.
    """
    if title.count(" | ") >= 1 and all(len(p.split()) <= 2 for p in title.split(" | ")):
        return None  # "Home | Papers | Contact": a menu bar read as a heading, no section
    if title[:1] in "WHwhCcPpQ" and _HEADLINE_QUESTION.match(title) and len(title.split()) >= 5:
        # "What reviewing forty papers taught us about …": a post's headline, no section
        return None
    if "(" in title and (legend := _LEGEND.search(title)):
        # "Refereed articles (* trainee under my supervision)": the bracket is a legend of
        # the list's marks, the words before it name the section.
        return heading_kind(title[: legend.start()] + title[legend.end() :])
    if (
        ", " in title[:60]
        and (card := _NAME_THEN_POST.match(title)) is not None
        and LEXICON.pattern("POSITIONS").match(title, card.end())
    ):
        return None  # "A, ingénieur d'études": one person's heading, her post, no section
    if ("(" in title or ", " in title) and graduate_heading(title):
        return None  # "A (PhD 2011)": one graduate's heading over her own story, no section
    if ("ontribut" in title or "ont contribué" in title) and LEXICON.pattern(
        "AUTHOR_BIO_HEADINGS"
    ).fullmatch(re.split(r"[:—–]", title)[-1].strip(" .")):
        # "Newsletter No. 12: Contributors to this issue": the writers' bios, not the
        # issue's papers
        return None
    if _OWN_THESIS_SUPERVISION.match(title):
        return SectionKind.EDUCATION  # "Encadrement de la thèse": my advisors, no students
    if "ervice" in title[:18] and (department := _hospital_department().match(title)):
        # « Service de pneumologie » (a CHU page's title), « Chef de service — PU-PH »: a
        # heading opening on a department's name; the words after it say its kind, if any
        rest = title[department.end() :].strip()
        return heading_kind(rest) if rest else None
    patterns = LEXICON.section_patterns
    found = []
    starts = {}
    for kind in PRIORITY:
        pattern = patterns.get(kind.value)
        match = pattern.search(title) if pattern is not None else None
        if match:
            found.append((kind, len(match.group().split())))
            starts[kind] = match.span()
    if not found:
        whole = LEXICON.whole_sections.get(_COUNT.sub("", title).strip(" :.").casefold())
        return SectionKind(whole) if whole else None
    longest = max(words for _, words in found)
    if longest > 1:
        kind = next(kind for kind, words in found if words == longest)
    else:
        kind = found[0][0]
    if kind is SectionKind.PUBLICATIONS and longest > 1 and (SectionKind.SERVICE, longest) in found:
        # "Research Papers — Program Committee": the committee of a conference's track,
        # its list names members, not authors
        kind = SectionKind.SERVICE
    if (
        kind in (SectionKind.PUBLICATIONS, SectionKind.TALKS, SectionKind.CONTACT)
        and longest == 1
        and len(title.split()) >= TITLE_WORDS
        and (
            _inside_title(title, *starts[kind])
            or kind is SectionKind.CONTACT
            and _THE_BEFORE.search(title, 0, starts[kind][0]) is not None
            and bool(title[starts[kind][1] :].strip(" :.)"))
        )
    ):
        # "Instrumentation par fibre optique des ouvrages d'art": a thesis's or a
        # project's title holding the word mid-phrase, no list of publications ("… du
        # contact rugueux lubrifié": a thesis's title, no contact details)
        return None
    if kind is SectionKind.STUDENTS and _ALUMNUS_FEATURE.search(title):
        return None  # "Alumni spotlight: A (PhD 2015)": a feature on one graduate's own path
    if kind is SectionKind.STUDENTS and title[-1:] == ")" and _committee_role(title):
        # "Graduate students supervised (committee member)": theses the owner sat on the
        # committee of, not students advised ("(chair)" stays the advisees' list)
        return SectionKind.JURY
    if (
        longest == 1
        and kind in _SERVICE_OR_PAPERS
        and _SERVICE_OR_PAPERS.issubset(starts)
        and (last := max(_SERVICE_OR_PAPERS, key=lambda k: starts[k][0])) is not kind
        and not title[starts[last][1] :].strip(" :.)s")
        # ("Publications and service": two lists under one heading, the first kind kept)
        and not _JOINED_KINDS.search(title, starts[kind][1], starts[last][0])
    ):
        # "Recent service-related publications", "Conference organisation": the head
        # noun, last, says what the list holds; the word before it only qualifies it
        return last
    if kind is SectionKind.STUDENTS and _PAPERS_WITH.search(title):
        return SectionKind.PUBLICATIONS  # "Papers with students": a publication list
    if kind is SectionKind.TALKS and any(k is SectionKind.PUBLICATIONS for k, _ in found):
        # "Communications et publications", "Papers and talks": the papers' author lists
        # are read (a talk's entry names no coauthors)
        kind = SectionKind.PUBLICATIONS
    if kind is SectionKind.TEACHING and _IN_PROGRESS.search(title):
        # "Thèse en cours": in progress, no course ("En cours" alone under "Direction de
        # recherche": no section of its own)
        rest = _IN_PROGRESS.sub(" ", title).strip()
        return heading_kind(rest) if rest else None
    if kind is SectionKind.JURY and _PRIZE_JURY.search(title):
        return None  # "Le jury du prix": the prize's news goes on, no thesis jury
    if kind is SectionKind.AWARDS and _news_headline(title):
        return None  # "Prix de thèse 2025 : A lauréate": one person's news, not a list
    if kind is SectionKind.OFFERS and _TRAJECTORY.match(title):
        return None  # "De la thèse au recrutement": a portrait's chapter, no job offer
    if kind is SectionKind.OFFERS and ":" in title and _hired_headline(title):
        return None  # "Recrutement : A B" (a news brief): one person hired, no open post
    if kind is SectionKind.SKILLS and len(_TOPIC_SEPARATORS.findall(title)) >= 2:
        # "Programming languages · program synthesis · proof assistants": a profile's
        # tagline of research topics under the name, not a skills list
        return None
    return kind


# "De la thèse au recrutement", "From PhD to hiring": a path's stages, a story's chapter.
_TRAJECTORY = re.compile(
    r"(?i)^\W*(?:de\s+la|du|de\s+l['’]|des|from)\s+[^,:;]{2,40}?\s+(?:à\s+la|au|à\s+l['’]|aux|to)\s+\S"
)
# "Recrutement : Ada Quill", "Hiring: Zed Marlow": a label, then only a person's name.
_LABEL_THEN_NAME = re.compile(
    r"^[^:]{2,30}:\s*[A-ZÀ-Þ][\w'’-]+(?:\s+(?:de\s+|van\s+|von\s+)?[A-ZÀ-Þ][\w'’-]+){1,3}"
    r"(?:,\s+(?P<post>[a-zà-ÿ][^,:]{2,40}))?\s*$"
)


def _hired_headline(title: str) -> bool:
    """Whether a heading names one person hired ("Recrutement : A B", "Recruitment: C D,
    research fellow"): a news brief, no open post (a post after the name only when it is
    one: "Recrutement : Maître de Conférences, section 27" stays an offer)."""
    named = _LABEL_THEN_NAME.match(title)
    return named is not None and (
        named.group("post") is None
        or LEXICON.pattern("POSITIONS").fullmatch(named.group("post").strip()) is not None
    )


TITLE_WORDS = 6  # a heading this long may be a work's title rather than a section's name
# The word just after "des"/"of the" with two words before it and more after it …
_OF_BEFORE = re.compile(r"(?i)\S+\s+\S+.*\s(?:des|de|du|d['’]|of\s+the|of)\s+$")
# "Étude du contact thermique …": the word after an article, inside a work's title.
_THE_BEFORE = re.compile(r"(?i)\s(?:du|le|au|des|the|of)\s+$")
# … unless the words before it make a list of it ("Liste des publications de l'équipe").
_LISTING_WORDS = re.compile(
    r"(?i)\b(?:liste|list|sélection|selected|selection|toutes|all|mes|nos|my|our|"
    r"principales|main|quelques|some|recent|récentes)\b"
)


def _inside_title(title: str, start: int, end: int) -> bool:
    """Whether the section word at title[start:end] sits inside a longer phrase, after
    "des"/"of the", with no listing word before it: a title, not a section's name."""
    before = title[:start]
    return (
        _OF_BEFORE.match(before) is not None
        and bool(title[end:].strip(" :.)"))
        and _LISTING_WORDS.search(before) is None
    )


_HEADLINE_QUESTION = re.compile(
    r"(?i)(?:what|how|why|when|where|who|comment|pourquoi|quand|que|qu['’]|ce\s+que)\b"
)
_TOPIC_SEPARATORS = re.compile(r"\s[·•|/]\s|,\s")


# "Encadrement de la thèse", "Direction de ma thèse", "Supervision of my PhD": the owner's
# own thesis and its advisors (a supervisor's heading says "thèses", "doctoral", "students").
_OWN_THESIS_SUPERVISION = re.compile(
    r"(?i)^\W*(?:co-?)?(?:encadrement|direction|supervision|advising)\s+(?:de\s+(?:la|ma)\s+thèse|"
    r"du\s+doctorat|of\s+(?:the|my)\s+(?:thesis|ph\.?d\.?|dissertation))\W*$|"
    # "Encadrement et références", "Advisors and references": a job candidate's own
    # advisors beside the referees who write the letters, no students of the page's
    r"^\W*(?:encadrement|direction\s+de\s+thèse|supervision|advis(?:ors?|ers?|ing))\s+"
    r"(?:et|and|&)\s+(?:références|references|referees|lettres\s+de\s+recommandation)\W*$"
)


def _committee_role(title: str) -> bool:
    """Whether the bracket closing *title* names a committee member's or an examiner's role
    ("(Committee Member)", "(reader)")."""
    bracket = title[title.rfind("(") + 1 : -1].strip(" .")
    patterns = LEXICON.jury_role_patterns
    return any(patterns[r].fullmatch(bracket) for r in ("jury_member", "jury_examiner"))


# A heading's legend of marks: "(* denotes a student)", "(students underlined)".
_LEGEND = re.compile(
    r"\((?:\s*[*†‡#]|[^()]*\b(?:denotes?|indicates?|underlined|in\s+(?:bold|italics)|marked|"
    r"highlighted|starred)\b"
    # "Doctoral examining (not supervision)", "Comités (hors jurys)": what the section is
    # not, in brackets after the words that name it
    r"|\s*(?:not|excluding|hors|non)\s)[^()]*\)",
    re.I,
)
# A publication list named by whom it was written with ("Representative papers with
# students", "Publications avec les doctorants"): the papers are the head noun.
# "Alumni spotlight", "Alumna profile", "Alumni Q&A": one graduate's story, no list of them
_ALUMNUS_FEATURE = re.compile(
    r"(?i)\balumn(?:i|us|a|ae)\s+(?:spotlight|profile|interview|feature|q\s?&\s?a)\b"
)
_PAPERS_WITH = re.compile(
    r"(?i)\b(?:papers|publications|articles|preprints)\s+(?:(?:co-?)?(?:authored|written)\s+)?"
    r"(?:with|avec)\b"
)
_PRIZE_JURY = re.compile(
    r"(?i)\b(?:jurys?\s+d(?:u|e|es)\s+prix|(?:prize|award)\s+(?:jury|juries|committees?))\b"
)
_HEADLINE_PERSON = re.compile(r"(?:^|[:—–]\s*)[A-ZÀ-Þ][\w'’-]+\s+[A-ZÀ-Þ][\w'’-]+")


def _news_headline(title: str) -> bool:
    """A headline announcing a person's prize ("Prix de thèse : A lauréate", "A wins …")."""
    from crawler.extract.owner import HEADLINE_VERB

    return any(
        HEADLINE_VERB.search(m.group() + title[m.end() :]) for m in _HEADLINE_PERSON.finditer(title)
    )


# Front-matter titles that head a whole page's list (a Pelican/Jekyll "Publications" page
# whose entries follow no heading of their own).
PAGE_LIST_KINDS = (SectionKind.PUBLICATIONS, SectionKind.STUDENTS)


_TEACHING_PAGE = re.compile(
    r"(?i)^\s*(?:teaching|enseignements?|cours|courses|lectures|teaching\s+activities|"
    r"activités\s+d['’]enseignement)\s*$"
)


def under_page_title(blocks: list[Block], title: str | None) -> list[Block]:
    """Blocks before a page's first heading, under its front-matter title when that title
    names a list ("Publications", "Encadrement"), as the rendered page's ``<h1>`` puts them.
    A page titled "Teaching" alone holds nothing but teaching, whatever its own headings
    ("Années précédentes": courses and their responsables too)."""
    if title and _TEACHING_PAGE.match(title):
        return [Block(b.kind, b.text, b.level, (title, *b.section)) for b in blocks]
    if not title or heading_kind(title) not in PAGE_LIST_KINDS:
        return blocks
    return [
        Block(b.kind, b.text, b.level, (title,))
        if not b.section and b.kind is not BlockKind.HEADING
        else Block(b.kind, b.text, b.level, (title, *b.section))
        if b.kind is not BlockKind.HEADING and all(map(_YEAR_HEADING.match, b.section))
        else b
        for b in blocks
    ]


# A heading that names a year and no more ("## 2025", "2019–2021", "Class of 2018"): a
# list's entries grouped by year, under the page's own title.
_YEAR_HEADING = re.compile(
    r"(?i)^\W*(?:(?:class|cohort|promotion|promo|année|year)\s+(?:of\s+|de\s+)?)?"
    r"(?:19|20)\d\d(?:\s*[-–—/]\s*(?:(?:19|20)?\d\d|present|now|today|aujourd['’]hui))?\W*$"
)


def section_kind(block: Block) -> SectionKind:
    """The innermost known kind among the headings above *block* (ABOUT when none)."""
    return _path_kind(block.section)


# A heading this long under a list of publications or theses is one entry's title.
ENTRY_TITLE_WORDS = 7
_ENTRY_LISTS = frozenset((SectionKind.PUBLICATIONS, SectionKind.STUDENTS))
_CLOSING_NOTE = re.compile(r"\s*\([^()]*\)$")


def _several_word_phrase(title: str, kind: SectionKind) -> bool:
    """*title* writes a phrase of several words naming *kind* ("seminar speakers")."""
    pattern = LEXICON.section_patterns.get(kind.value)
    return any(len(m.group().split()) > 1 for m in pattern.finditer(title)) if pattern else False


@lru_cache(maxsize=4096)
def _path_kind(section: tuple[str, ...]) -> SectionKind:
    people = False
    for index in range(len(section) - 1, -1, -1):
        title = section[index]
        kind = heading_kind(title)
        if (
            index
            and kind is not None
            and kind not in _ENTRY_LISTS
            and kind is not SectionKind.JURY
            # (a closing bracket's note is no part of the title's length: "Oral exam
            # panels (not the thesis jury)" is a section's own title)
            and len((_CLOSING_NOTE.sub("", title) if title[-1] == ")" else title).split())
            >= ENTRY_TITLE_WORDS
            and _ENTRY_LISTS.intersection(map(heading_kind, section[:index]))
            # ("Former members" › "Departmental seminar speakers hosted by the group": a
            # section's own phrase of several words, not an entry's title)
            and not _several_word_phrase(title, kind)
        ):
            # "Research output" › "Mapping floods with residents: lessons from experience"
            # (a portal's entry titled as a heading): the list's kind, not the title's words
            continue
        if (
            kind is SectionKind.STUDENTS
            and title.casefold() in _BARE_THESES
            and SectionKind.PUBLICATIONS in map(heading_kind, section[:index])
        ):
            continue  # "Publications" › "Thèses": a document type, the owner's own thesis
        if (
            kind is SectionKind.STUDENTS
            and title.casefold() in _BARE_THESES
            and SectionKind.JURY in map(heading_kind, section[:index])
        ):
            return SectionKind.JURY  # "Jurys" › "Thèses": the theses sat on, not advised
        if kind is SectionKind.OFFERS and people:
            return SectionKind.ABOUT  # "Join us" › "Current members": a list of people
        if (
            kind in (SectionKind.INTERNSHIP, SectionKind.GRANTS)
            and (kind is SectionKind.INTERNSHIP or contexts_in(title))
            and SectionKind.STUDENTS in map(heading_kind, section)
        ):
            # "Encadrement" › "Stages", "Supervision" › "Master's projects": supervised.
            return SectionKind.STUDENTS
        if (
            kind is SectionKind.EDUCATION
            and index
            and contexts_in(title)
            and SectionKind.STUDENTS in map(heading_kind, section[:index])
        ):
            # "Encadrement doctoral" › "Thèse en cours": a thesis supervised, not the owner's
            return SectionKind.STUDENTS
        if kind in QUIET and among_others(section):
            # "Read also" › "Prix de thèse pour A" › its teaser: another post's news, read
            # for the person it names, not a quiet list of the owner's
            return SectionKind.OTHERS
        if kind is not None:
            return kind
        if (
            index
            and "ommittee" in title
            and _COMMITTEE_MEMBER.match(title)
            and SectionKind.STUDENTS in map(heading_kind, section[:index])
        ):
            # "Ph.D. advising" › "Committee member": theses the owner sat on, not advised
            return SectionKind.JURY
        people = people or bool(
            _PEOPLE_HEADING.match(title) or LEXICON.pattern("ALUMNI").search(title)
        )
    return SectionKind.ABOUT


# A students list's sub-heading for the theses sat on: "Committee member", "As
# committee member", "Member of the committee" (the chair of a US committee is its advisor).
_COMMITTEE_MEMBER = re.compile(
    r"(?i)^\W*(?:as\s+(?:a\s+)?)?(?:(?:thesis|dissertation|doctoral|ph\.?d\.?)\s+)?"
    r"committee\s+member(?:ship)?s?\W*$|^\W*member\s+of\s+(?:the\s+)?"
    r"(?:(?:thesis|dissertation|doctoral)\s+)?committees?\W*$"
)


@lru_cache(maxsize=4096)
def among_others(section: tuple[str, ...]) -> bool:
    """Whether a heading above holds other people's widgets or comments ("Read also" ›
    "Soutenance de thèse de A" › its teaser): nothing there speaks for the page's owner."""
    return any(heading_kind(title) is SectionKind.OTHERS for title in section)


_BARE_THESES = frozenset(("theses", "thèses", "theses:", "thèses :"))


def bare_theses(title: str) -> bool:
    """A heading that says "Theses" and no more: a document type (the owner's own thesis
    among their works) as often as a list of supervised students."""
    return title.casefold() in _BARE_THESES


_PEOPLE_HEADING = re.compile(
    r"(?i)^\s*(?:current\s+|our\s+|group\s+|lab\s+)?(?:members|people|team)\s*$"
)


def contexts_in(text: str) -> list[tuple[int, Context]]:
    """Positions of context words (PhD, postdoc, internship, other) in *text*."""
    return list(_contexts_in(text))


@lru_cache(maxsize=4096)
def _contexts_in(text: str) -> tuple[tuple[int, Context], ...]:
    """Cached: every rule asks about the same sentences of a block."""
    found = []
    low = lowered(text)
    written = _written_contexts(low) if low is not None else None
    for context, pattern, literals in context_patterns():
        if written is not None and literals is not None and context not in written:
            continue  # none of its words is written: the pattern cannot match
        for match in pattern.finditer(text):
            start = match.start()
            if text[start].isupper() and _IN_NAME.search(text, max(0, start - 40), start):
                continue  # "École doctorale Sciences pour l'Ingénieur": part of a name
            if (
                match.group().isupper()
                and len(match.group()) < 6
                and _UNIT_BEFORE.search(text, max(0, start - 16), start)
            ):
                continue  # "préparée au laboratoire MSC": the unit's acronym, no degree
            if (
                context is Context.OTHER
                and match.group()[:3].lower() in ("ing", "eng")
                and _JOB_AFTER.match(text, match.end())
            ):
                continue  # "A (2013 – 2017) … Ingénieure chez X": the student's job since
            found.append((start, context, match.end()))
    if "MS " in text:
        # "A, MS 2020, thesis X" in an alumni list: the US master's code before its year
        # (no "Ms" honorific, which comes before a name)
        found.extend((m.start(), Context.OTHER, m.end()) for m in _MS_YEAR.finditer(text))
    if len(found) > 1:
        # "stage postdoctoral" (a postdoc in Québec), "stages de master 2": a word inside
        # another context's longer phrase is that phrase's, not a context of its own.
        found = [
            (s, c, e)
            for s, c, e in found
            if not any(
                s2 <= s and e2 >= e and e2 - s2 > e - s and c2 is not c for s2, c2, e2 in found
            )
        ]
    return tuple(sorted((s, c) for s, c, _ in found))


@cache
def context_patterns() -> tuple[tuple[Context, re.Pattern[str], tuple[str, ...] | None], ...]:
    """Each context, in order, with its pattern and the substrings (lower case) one of which
    every match of it writes (None when a phrase has none: a few ``in`` tests skip most of
    the searches).  Worked out once: iterating the enum and reading ``.value`` run Python
    code, and the rules ask for every sentence."""
    found = []
    for context in Context:
        words = {phrase_literal(p) for p in LEXICON.words["CONTEXT"][context.value] if p}
        kept = tuple(w for w in words if not any(o != w and o in w for o in words))
        found.append(
            (context, LEXICON.context_patterns[context.value], None if "" in words else kept)
        )
    return tuple(found)


def _written_contexts(low: str) -> set[Context]:
    """The contexts one of whose literals (``context_patterns``) *low* holds, read in one
    pass over the text (Aho–Corasick) instead of one ``in`` test per literal: the four
    lists hold 160 words, and every sentence of a block is asked."""
    automaton, wanted = _context_automaton()
    written: set[Context] = set()
    if not wanted:
        return written
    for _, contexts in automaton.iter(low):
        written.update(contexts)
        if len(written) == wanted:
            break  # (every context with literals is written: nothing more to learn)
    return written


@cache
def _context_automaton() -> tuple[ahocorasick.Automaton, int]:
    """Each literal of ``context_patterns``, with the contexts that list it; and how many
    contexts list literals."""
    listing: dict[str, set[Context]] = {}
    for context, _, literals in context_patterns():
        for literal in literals or ():
            listing.setdefault(literal, set()).add(context)
    automaton = literal_finder({literal: tuple(c) for literal, c in listing.items()})
    return automaton, len({c for c, _, literals in context_patterns() if literals})


_MS_YEAR = re.compile(r"(?<![\w.-])MS(?=\s+(?:19|20)\d\d\b)")
# An engineer's post, not a degree: "Ingénieure chez X", "Engineer at Y", "ingénieur R&D".
_JOB_AFTER = re.compile(r"e?s?\s+(?:chez|at|R&D|for|pour)\b")
# A unit's word right before an acronym ("laboratoire MSC"): the unit's name, no degree.
_UNIT_BEFORE = re.compile(
    r"(?i)\b(?:laboratoire|labo|laboratory|lab|unité|équipe|team|group|groupe|centre|center)\s+$"
)
# A capitalised word after "pour l'", "of the", "d'" that follows a capitalised word sits
# inside an organisation's name.
_IN_NAME = re.compile(
    r"[A-ZÀ-Þ][\w-]+\s+(?:(?:pour|for|of|des|du)\s+(?:l['’]\s*|les\s+|the\s+)?|d['’]\s*)$"
)


def context_of(*texts: str) -> Context | None:
    """The first context stated, trying each text in turn (sentence, item, heading).

    "Other" (master thesis, engineer) outranks "PhD" inside one text since "master thesis"
    also contains "thesis".
    """
    for text in texts:
        if not text:
            continue
        found = contexts_in(text)
        if not found:
            continue
        kinds = [c for _, c in found]
        for preferred in (Context.POSTDOC, Context.INTERNSHIP, Context.OTHER):
            if preferred in kinds and Context.PHD not in kinds:
                if preferred is Context.OTHER and stay_during_master(text):
                    return Context.INTERNSHIP
                return preferred
        if Context.OTHER in kinds and _other_covers_phd(text):
            return Context.OTHER
        return kinds[0]
    return None


_STAY_LITERALS = ("stay", "visit", "séjour")


def stay_during_master(text: str) -> bool:
    """A master's word and a stay's ("visiting master student", "a stay while a master
    student"): the stay was the master's internship."""
    low = text.lower()
    return (
        "master" in low
        and any(w in low for w in _STAY_LITERALS)
        and LEXICON.pattern("STAY_WORDS").search(text) is not None
    )


def _other_covers_phd(text: str) -> bool:
    phd = [m for m in LEXICON.context_patterns["phd"].finditer(text)]
    other = [m.span() for m in LEXICON.context_patterns["other"].finditer(text)]
    return all(any(s <= m.start() < e for s, e in other) for m in phd)


def has(name: str, text: str) -> bool:
    return LEXICON.pattern(name).search(text) is not None


# ("… before lunch.” His most recent student …": a quotation's closing mark after the stop)
_SENTENCE_END = re.compile(r"(?:(?<=[.!?;])|(?<=[.!?][\"”]))\s+(?=[\"“(\[]?[A-ZÀ-Þ])")
# Every language's short titles, as written before a name ("prof. dr. ir. A", "dhr. B").
_SHORT_TITLES = "|".join(
    sorted(
        {f for t in LEXICON.TITLES if t.isalpha() and 2 <= len(t) <= 5 for f in (t, t.title())},
        key=len,
        reverse=True,
    )
)
_ABBREVIATION = re.compile(
    rf"(?:\b(?:{_SHORT_TITLES}|"
    # ("Ç. Kızılırmak": an initial beyond ASCII)
    rf"[A-ZÀ-ÖØ-Þ{EXTENDED_CAPITALS}]|"
    r"Ph|Dr|Prof|Pr|dr|prof|Mr|Mrs|Ms|M|Mme|St|vs|al|cf|e\.g|i\.e|"
    r"resp|Univ|Inst|Dept|Lab|ed|eds|no|vol|pp|Jan|Feb|Mar|Apr|Jun|dir|codir|encadr|"
    # "projet ANR X (coord. A)", "(resp. scient. B)": a project's coordinator, abbreviated
    r"coord|scient|"
    r"Jul|Aug|Sep|Sept|Oct|Nov|Dec|Ph\.D|M\.Sc|B\.Sc|M\.S|B\.S|"
    r"Q-T|J\.-P|"
    # Grades before a name in other countries: "doc. Ing.", "RNDr.", "dr hab. inż.", "ir.",
    # "Dr. Eng.", "Assoc. Prof.", "Dr. Dr. h.c.".
    r"doc|Doc|Ing|RNDr|Mgr|PhDr|MUDr|hab|habil|inż|ir|Ir|drs|Drs|Eng|Assoc|Asst|Assist|h\.c)\.)$"
)
_ABBREVIATION_WINDOW = 12  # longer than any abbreviation above


def sentences(text: str) -> list[tuple[int, str]]:
    """Split *text* into sentences, keeping offsets; initials and "Ph.D." do not end one."""
    return list(_sentences(text))


_LINK_AT_BREAK = re.compile(
    r"(\s(?:par|by|with))\n"
    # "… Sélective, sous la" / "responsabilité de Dr A": an article or a preposition, then
    # the line going on in lower case (a PDF's wrapped sentence)
    r"|(\s(?:la|le|les|de|du|des|of|the|under|sous))\n(?=[a-zà-ÿ])"
)


@lru_cache(maxsize=4096)
def _sentences(text: str) -> tuple[tuple[int, str], ...]:
    """Cached: every rule splits the same blocks."""
    result: list[tuple[int, str]] = []
    start = 0
    if "\n" in text and (
        " par\n" in text
        or " by\n" in text
        or " with\n" in text
        or _LINK_AT_BREAK.search(text) is not None
    ):
        # "… encadré par" / "Jeanne Tissier : …" (a dump's wrapped line): no sentence ends
        # on the word that leads to its names (a space for the break keeps the offsets).
        text = _LINK_AT_BREAK.sub(lambda m: (m.group(1) or m.group(2)) + " ", text)
    for line_match in re.finditer(r"[^\n]+", text):
        line, offset = line_match.group(), line_match.start()
        start = 0
        row = " | " in line  # a table row: "; " parts one cell's list ("A; B (co-advisor)")
        for boundary in _SENTENCE_END.finditer(line):
            if row and line[boundary.start() - 1] == ";":
                continue
            # Only the last few characters can end in an abbreviation: searching the whole
            # prefix at every boundary made long paragraphs quadratic.
            end = boundary.start()
            if _ABBREVIATION.search(line, max(0, end - _ABBREVIATION_WINDOW), end):
                continue
            piece = line[start : boundary.start()]
            if piece.strip():
                result.append((offset + start, piece))
            start = boundary.end()
        if line[start:].strip():
            result.append((offset + start, line[start:]))
    return tuple(result)
