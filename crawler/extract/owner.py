"""The page owner: whose homepage or CV this is, so that "I did my PhD under X" has a subject.

Cues, strongest first: the site's config, front matter / data-file name fields, profile
markup (``author__name``, JSON-LD Person, ``<meta name=author>``), a name-shaped title or
first heading, the author that recurs in every entry of the page's publication list
(expanded by the CV file name when written with initials), and last the e-mail's local part
("jane.doe@..."), never on job offers.  A coauthor is never taken for the owner.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from urllib.parse import unquote, urlparse

from crawler.extract.documents import (
    COVER_BY_LINE,
    RECORD_ADVISOR_FIELD,
    Block,
    BlockKind,
    Document,
    DocumentFormat,
)
from crawler.extract.lexicon import LEXICON, alternation, phrase_branches
from crawler.extract.persons import COMPANY_NOUNS, name_at_start, name_from_piece, names_after
from crawler.extract.sections import SectionKind, heading_kind
from crawler.names import PARTICLES, SUFFIXES, TITLES, clean_name, compatible, fold, parse_name


@dataclass(frozen=True, slots=True)
class PageOwner:
    name: str
    confidence: float
    how: str


_TITLE_SPLIT = re.compile(
    r"\s+[|·•–—:-]\s+|\s*[|·•,]\s*|:\s+|'s\s+(?:home\s*page|website|page)|"
    r"^(?:(?:personal\s+)?(?:home\s*page|web\s*page|website|site|page)\s+(?:of|de)|"
    r"page\s+(?:personnelle|perso)\s+de|site\s+(?:personnel|web)\s+de|welcome\s+to)\s+|"
    # "Le carnet d'Ada Quill", "The blog of Ada Quill": a blog's name over its owner's
    r"\b(?:(?:le|la|the)\s+)?(?:carnet|blog|weblog)(?:\s+(?:personnel|perso|de\s+recherche|"
    r"scientifique))?\s+(?:d['’]|de\s+|of\s+)(?=[A-ZÀ-Þ])|'s\s+blog\b",
    re.I,
)
_NOT_OWNER_WORDS = re.compile(
    r"(?i)\b(?:about|home|homepage|publications?|cv|resume|curriculum|blog|news|research|"
    r"teaching|talks|projects|welcome|page|site|lab|team|group|university|université|"
    # "POSITION TITLE:", "JOB TITLE:" (a form's field label set as a heading)
    r"(?:position|job)\s+title|"
    # "Members – Neuroimmunology Unit", "© Groupe PQI": a unit's own name, no person's
    r"unit|unité|groupe|équipe|equipe|laboratoire|labo|institut|centre|"
    r"institute|department|laboratory|school|conference|workshop|seminar|learning|theory|"
    r"journées?|colloques?|congrès|symposium|"
    r"mathematics|optimization|deep|machine|science|sciences|computer|data|network|networks|"
    r"engineering|physics|biology|chemistry|statistics|economics|postdoc|postdoctoral|phd|"
    r"student|professor|researcher|investigator|introduction|contact|bienvenue|accueil|recherche|"
    # "Final Dissertation Defense: A": the event's name, the person after the colon.
    r"dissertations?|thesis|theses|defen[cs]es?|soutenances?|thèses?|viva|projets?|projects?|"
    # "Öffentliche Disputation", "Disputas": a defence's German and Nordic names
    r"disputation|disputationen|disputas|promotie|promotion|"
    # "ROZPRAWA DOKTORSKA", "Doktorsavhandling": a thesis cover's Polish and Nordic names
    r"rozprawa|rozprawy|avhandling|doktorsavhandling|"
    # "BIOGRAPHICAL SKETCH", "Biosketch": a funder's form title over the name field
    r"biographical|biosketch|sketch|"
    # A form's own title ("NOTICE INDIVIDUELLE", "Dossier de candidature").
    r"notice|dossier|candidature|campagne|formulaire|form|"
    # "LISTE DES TRAVAUX — A", "Titres et travaux": a works list's title over the name
    r"liste|travaux|"
    # A department's "Graduate Placement" / "Job Market Candidates" page lists its graduates.
    r"placement|placements|graduate|graduates|alumni|"
    # "Marrow Medal: A", "Early Career Award — B": a prize's name over its laureate's
    r"medal|medals|award|awards|prize|prizes|"
    # A discussion board's name ("Open X Forum") heads every thread, whoever posts.
    r"forum|forums|community|discourse|"
    # "La Lettre du LGPA — n°37": a unit's newsletter, its issue, no person
    r"lettre|newsletter|infolettre|"
    # A field's name in a lab's site title ("X Lab | Coastal Biogeochemistry"): no surname
    # ends as a discipline does.
    r"\w+(?:ology|istry|omics|ography)|"
    # ("X Laboratory – Polymer Photonics": a field in -ics the same way)
    # (with a prefix too: "Hydrodynamics", "Biomechanics", "Optoelectronics")
    r"\w*(?:photonics|optics|electronics|mechanics|dynamics|robotics|acoustics|informatics)|"
    # "Ashgrove Digital Commons — Search results": a repository's name over its records.
    r"repository|repositories|commons|library|libraries|archives?|"
    # "HAL Id : tel-…" (an open archive's identifier line over the record)
    r"id|identifiers?|identifiants?|"
    # "Logo CRESTA", "RSS feed": a text dump's image alt and head links, not a person.
    r"logo|rss|feed|"
    # "© 2024 ProQuest LLC": a company owns the site, no person the page.
    r"llc|inc|ltd|plc|gmbh|corp|corporation|"
    # "AG Theoretische Ökologie" (an Arbeitsgruppe), "Nordwerk AG" (a company): no person.
    r"ag|"
    # "Meet Our Postdocs", "Current Students": the page lists people, it is no one's.
    r"postdocs|students|researchers|members|people|faculty|"
    # "Candidate Statements", "Keynote Speakers", "Front Matter" (a book's editors and
    # contributors): a page of several people's bios, or a book's part, is no one's.
    r"candidates|statements|speakers|keynotes|contributors|editors|matter|"
    # A site's banner: its logo's text, a French state site's "République française".
    r"logo|république|republique|"
    # "CONICET UNPA Facebook Instagram": a top bar's links to its social networks
    r"facebook|instagram|twitter|linkedin|youtube|mastodon|bluesky)\b"
)


def _org_or_degree_words() -> frozenset[str]:
    """The one-word heads of organisations and doctoral words the other languages write
    ("Escuela", "Fakultät", "Doutorado"), or a section's ("Lehre", "Publicaciones"): a
    headline holding one names no person.  (English
    and French ones, some of which are surnames, are in ``_NOT_OWNER_WORDS``.)"""
    from crawler.extract.lexicon import de, es, it, nl, pt

    words = set()
    for language in (de, nl, es, pt, it):
        context = language.CONTEXT
        for phrase in (
            *language.INSTITUTION_HEADS,
            *language.UNIT_HEADS,
            *context.get("phd", ()),
            *context.get("postdoc", ()),
            # "Gremien, Kommissionen und Lehre": a page named after its sections
            *(word for words in language.SECTIONS.values() for word in words),
        ):
            if " " not in phrase:
                words.add(phrase.casefold())
    return frozenset(words)


# (and the French schools' network words no surname shares: "Vellonne INP", "X ParisTech")
_ORG_OR_DEGREE_WORDS = _org_or_degree_words() | {
    "inp",
    "paristech",
    "agrosup",
    "agrocampus",
    # A national CV platform's banner over the record's name ("Sistema de Información de
    # Ciencia, Tecnología e Innovación"): no surname is one of these.
    "sistema",
    "información",
    "informação",
    "ciencia",
    "ciência",
    "tecnología",
    "tecnologia",
    # A bilingual banner's other half ("Université X · جامعة X", "X Üniversitesi"):
    # Arabic, Persian and Turkish heads of institutions, never a person's name.
    "جامعة",
    "كلية",
    "معهد",
    "دانشگاه",
    "دانشکده",
    "üniversitesi",
    "fakültesi",
    "enstitüsü",
}


def _other_than_headline(name: str, document: Document) -> bool:
    """Whether the page's ``<h1>`` and title name one person other than ``name``.

    A profile page may carry another person's JSON-LD (its department chair's card):
    the heading and the title that both write someone else tell whose page it is.
    """
    headline = _name_shaped(document.meta.get("h1"))
    if not headline or compatible(headline, name):
        return False
    title = fold(document.title or "")
    return fold(headline) in title and fold(name) not in title


def _unit_named(name: str, document: Document) -> bool:
    """Whether the page writes *name*'s first words right after a unit's or a team's word
    ("Onderzoeksgroep Computationele Taalkunde"): a group's name, no person's."""
    words = name.split()[:2]
    head = f"{document.title or ''}\n{document.text[:UNIT_NAMED_CHARS]}"
    if words[0] not in head:
        return False
    heads = "|".join(re.escape(w) for w in (*LEXICON.UNIT_HEADS, *LEXICON.TEAM_WORDS))
    named = r"\s+".join(map(re.escape, words))
    return bool(re.search(rf"(?i:\b(?:{heads}))\s+{named}\b", head))


UNIT_NAMED_CHARS = 3000
# "© 2026 TU X", "KU Y": an institution's initials before its place (no person's name)
_INITIALS_AND_PLACE = re.compile(
    r"^(?:[A-Z]{2,4}\s+(?P<after>[A-ZÀ-Þ][\w-]+)|(?P<before>[A-ZÀ-Þ][\w-]+)\s+[A-Z]{2,4})$"
)


def _institution_short(value: object, document: Document) -> bool:
    """Whether a copyright's or brand's words are an institution's initials and its place,
    the page naming the institution in full ("© TU X" on a page of "Technische Universität
    X"): an institution, no person."""
    if not isinstance(value, str):
        return False
    short = _INITIALS_AND_PLACE.match(re.sub(r"[©\d]|\([cC]\)", " ", value).strip(" .,-"))
    if short is None:
        return False
    place = short.group("after") or short.group("before")
    head = f"{document.title or ''}\n{document.text[:UNIT_NAMED_CHARS]}"
    if place not in head:
        return False
    # ("MSH X" beside "Université de X": the place's institution, its "of" between)
    return bool(
        re.search(rf"(?i:\b(?:{_INSTITUTION_HEADS})(?:\s+(?:{_OF}))?)\s*{re.escape(place)}\b", head)
    )


_INSTITUTION_HEADS = "|".join(re.escape(w) for w in LEXICON.INSTITUTION_HEADS)
_OF = "|".join(re.escape(w) for w in LEXICON.OF_WORDS)


# "© 2025 HUN-REN TIP": capital words of three letters at most (an institute's acronyms).
_ACRONYM = r"[A-ZÀ-Þ]{2,3}(?:-[A-ZÀ-Þ]{2,3})*"
_ACRONYM_WORDS = re.compile(rf"{_ACRONYM}(?:\s+{_ACRONYM})+")


# "Szkoła Doktorska", "Institutionen för X": a brand opening on a unit's word names no one.
_UNIT_FIRST_WORDS = frozenset(
    w.casefold()
    for w in (*LEXICON.UNIT_HEADS, *LEXICON.INSTITUTION_HEADS, *LEXICON.TEAM_WORDS)
    if " " not in w
)


def _acronym_brand(value: object) -> bool:
    """Whether a copyright's or brand's words are all short acronyms (no person's name)."""
    if not isinstance(value, str):
        return False
    words = re.sub(r"[©\d]|\([cC]\)", " ", value).strip(" .,-")
    return _ACRONYM_WORDS.fullmatch(words) is not None


# "ClimateHack X", "GeoDays Y": a brand's word with a capital inside a long word (a
# person's "MacAskill", "FitzGerald", "DeVries" carry theirs after a short prefix).
_CAMEL_BRAND = re.compile(r"\b(?!Fitz)[A-Z][a-zà-ÿ]{3,}[A-Z][a-zà-ÿ]{2,}\b")


# "Members: A, B, C", "Membres : A, B": a team card's roster line.
_ROSTER_LINE = re.compile(r"^\s*(?P<label>[^\W\d][^:：\n]{1,28}?)\s*[:：]\s*(?P<names>\S[^\n]*)$")


def roster_line(text: str) -> bool:
    """Whether *text* is a team's roster: a roster label, then two people or more."""
    found = _ROSTER_LINE.match(text) if ":" in text or "：" in text else None
    return (
        found is not None
        and LEXICON.pattern("TEAM_ROSTER_LABELS").fullmatch(found["label"]) is not None
        and len(names_after(found["names"])[0]) >= 2
    )


_PROJECT_BRAND_HEADS = frozenset(w.casefold() for w in LEXICON.PROJECT_BRAND_HEADS)


def _project_brand(piece: str) -> bool:
    """ "ANR X", "ERC Y": words opening on a funding programme's or a project's word."""
    words = piece.split(None, 1)
    return bool(words) and words[0].casefold() in _PROJECT_BRAND_HEADS


# An identity form's name fields, near its top: "NOM d'usage: QUILL" and "Prénom: Ada"
# (promotion and recruitment files), one "Nom / Prénom: Quill Ada" field (Europass: family
# first), or one whole-name field ("NAME: Quill, Ada" in a funder's biographical sketch,
# "Family name, First name: Quill, Ada" in a European CV form, "Full name: Ada Quill").
_FAMILY_FIELD = re.compile(
    rf"(?i)^\s*(?:{phrase_branches('FAMILY_NAME_COLUMNS')})\s*:\s*(?P<value>\S.{{0,60}})$"
)
_GIVEN_FIELD = re.compile(
    rf"(?i)^\s*(?:{phrase_branches('GIVEN_NAME_COLUMNS')})\s*:\s*(?P<value>\S.{{0,40}})$"
)
# Europass in English: "Surname(s) / First name(s)" (family first) or the other way round.
_BOTH_FIELD_EN = re.compile(
    r"(?i)^\s*(?P<first>surnames?|first\s+names?)(?:\(s\))?\s*/\s*(?:surnames?|first\s+names?)"
    r"(?:\(s\))?\s*:?\s+(?P<value>\S.{0,60})$"
)
_BOTH_FIELD = re.compile(
    r"(?i)^\s*noms?(?:\(s\))?\s*(?:/|,|et)\s*prénoms?(?:\(s\))?\s*:?\s+(?P<value>\S.{0,60})$"
)
_NAME_FIELD = re.compile(
    r"(?i)^[ \t•*-]*(?:(?:(?:full|family)[ \t]+)?name(?:,[ \t]*(?:first|given)[ \t]+name)?"
    # an activity report's or staff record's own label ("Staff member: Prof. A")
    r"|(?:academic[ \t]+)?staff[ \t]+member|employee"
    # a Latin-American CV platform's identity row ("Nombre: A", "Nome completo: A")
    r"|nombre(?:[ \t]+completo)?|nome(?:[ \t]+completo)?)"
    r"[ \t]*[:：][ \t]*(?P<value>[^:|]{4,60})$"
)  # (no "|": "Name: | Affiliation" is a table's header row, the names are in rows below)
# A whole-name label set over its value (a CV portal's PDF export: "Nome completo" / "A").
# (an agency's biosketch form: "NAME:" alone on its line, "Quill, Ada" on the next)
_WHOLE_NAME_LABELS = ("nome completo", "nombre completo", "full name", "name:")
_NAME_LABEL_LINE = re.compile(r"(?m)^[ \t]*(?:NAME|Name)[ \t]*:[ \t]*$")
FORM_FIELD_BLOCKS = 20  # the identity fields open the form
FORM_TEXT = 3000  # characters: where a form's identity fields sit


def _fewest_hints(hints) -> tuple[str, ...]:
    """*hints* each once, less those that hold another ("irst names" holds "irst name"): a
    text holds one of them exactly when it holds one of these, in fewer searches."""
    hints = tuple(dict.fromkeys(hints))
    return tuple(h for h in hints if not any(o != h and o in h for o in hints))


# A given-name field's label: no form names its person without one (a cheap pre-check).
# (written as found, no lower-casing of the page: "Prénom", "PRÉNOM", "First name(s)")
_GIVEN_NAME_WORDS = _fewest_hints(
    hint
    for word in LEXICON.GIVEN_NAME_COLUMNS
    for hint in (
        word[1:],
        word[1:].upper(),
        re.sub(r" (\w)", lambda m: m.group().upper(), word[1:]),
    )
)


# "HDR d'Ada Quill", "Soutenance de thèse de Ada Quill", "Defence of Ada Quill": an event
# page's title names the person the event is about.
_DEFENCE_HEADLINES = alternation(
    [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(LEXICON.DEFENCE_HEADLINES, key=len)[::-1]]
)
_EVENT_OF = re.compile(
    r"(?i)^(?:(?:ph\.?d\.?|doctoral|thesis|dissertation)\s+)?"
    r"(?:soutenance|défense|defen[cs]e|hdr|thèse|habilitation|viva)"
    r"(?:\s+(?:de\s+thèse|de\s+doctorat|d['’]habilitation(?:\s+à\s+diriger\s+des\s+recherches)?|d['’]hdr))?"
    # "Soutenance de thèse CIFRE de A", "… en cotutelle de B": the thesis's kind between
    r"(?:\s+(?:CIFRE|en\s+cotutelle|industrielle))?\s+(?:de\s+|d['’]|of\s+)"
    r"(?=[A-ZÀ-Þ])"
    # an events calendar's "Dissertation Defense: A", "Public defence in marine biology:
    # M.Sc. B": the event's label, its field in lower case, a colon, then the candidate
    # ("HDR defence: C", "Habilitation defense: D": a habilitation's event the same way)
    r"|^(?:(?:ph\.?d\.?|doctoral|thesis|dissertation|public|hdr|habilitation)\s+)(?:defen[cs]e|viva)"
    r"(?:\s+(?:in|of)(?:\s+[a-z][\w-]*){1,4})?\s*[:：–—]\s*(?=[A-ZÀ-Þ])"
    # other languages' defence headlines (lexicon DEFENCE_HEADLINES): "Promotie mw. A",
    # "Disputation von B", "Defensa de tesis de C", a civility ("mw.", "Frau") before the name
    rf"|^(?:{_DEFENCE_HEADLINES})"
    # (a capitalised civility has its dot: "Doctoraatsverdediging Lien B" keeps "Lien")
    # ("Notice of the Final Oral Examination — A": a dash before the name, as a colon)
    r"\s*[:：—–]?\s+(?-i:[A-Za-zà-ÿ]{2,5}\.\s+|[a-zà-ÿ]{2,5}\s+|(?:Frau|Herrn?|Mme|Mlle|Mr|Mrs|Ms|Mw|Dhr|Mevr|Dr|Prof|Drs|Ir|Sig|Sra|Sr)\s+)?"
    r"(?=[A-ZÀ-Þ])"
)
# "Associate Professor A" (Australian/NZ profile headings): a rank before the name.
_HONORIFIC = re.compile(
    r"^(?:(?:Associate|Assistant|Adjunct|Emeritus|Distinguished|Honorary|Assoc\.|Asst\.|Assist\.)\s+)?"
    # ("Assoc. Prof. Dr. A", a Turkish page's title run: each title of the run)
    r"(?:(?:Professor|Prof\.?|Dr\.?|Doctor)\s+)+(?=[A-ZÀ-Þ][a-zà-ÿ])"
    # "PROFESSOR ADA QUILL": a plain CV's name line in capitals, its title in capitals too
    r"|^(?:PROFESSOR|PROF\.|DOCTOR)\s+(?=[A-ZÀ-Þ]{2})"
)
# "M. Gaspard Quill", "Mme Ada Quill" (a French directory's civility): only before a given
# name and a family name, so "M. Quill" keeps its initial.
_CIVILITY = re.compile(r"^(?:M\.|Mme\.?|Mlle\.?|Pr\.?)\s+(?=[A-ZÀ-Þ][a-zà-ÿ]+[\s-]+[A-ZÀ-Þ])")
# "I. TITRES UNIVERSITAIRES", "2. PUBLICATIONS": a numbered section title in capitals.
_NUMBERED_CAPS = re.compile(r"^(?:[IVXL]{1,4}|\d{1,2})[.)]\s+\S")
# "Essays in Honour of A", "Hommage à A", "Tribute to A": a tribute names the person it is
# about; "Hi, I'm A": a greeting names the speaker.
_ABOUT_PERSON = re.compile(
    r"(?i)^(?:.*?\b(?:in\s+hono(?:u)?r\s+of|in\s+memory\s+of|homage\s+to|tribute\s+to|"
    r"hommage\s+(?:à|a)|en\s+l['’]honneur\s+de|à\s+la\s+mémoire\s+de|"
    # an obituary's headline: "Remembering Professor A (1939–2024)", "In memoriam: B"
    r"remembering|in\s+remembrance\s+of|in\s+memoriam\s*:?|obituary\s*:|"
    # a magazine's "Rooted in the field: a profile of A", "Spotlight on B": one person's story
    r"a\s+profile\s+of|spotlight\s+on|"
    # a prize's speech: "Laudatio for A", "Laudation de B"
    r"laudatio\s+(?:for|of|für|pour|de)|laudation\s+(?:for|of|pour|de)|"
    # an academy's "Éloge de A (1938-2023)", read in session after a member's death
    r"[ée]loge\s+(?:de|du|d['’])|"
    # a colleague's farewell: "Pot de départ en retraite de A", "Départ à la retraite de B"
    r"pot\s+de\s+départ(?:\s+(?:en|à\s+la)\s+retraite)?\s+(?:de|d['’])|"
    r"départ\s+(?:en|à\s+la)\s+retraite\s+(?:de|d['’])|"
    r"farewell\s+(?:to|for)|retirement\s+of|"
    # "Disparition de la professeure A", "Décès du professeur B": the title before the name
    r"(?:disparition|décès)\s+(?:de\s+(?:la|notre)\s+|du\s+)(?:collègue|professeure?|"
    r"chercheuse|chercheur|docteure?)(?:\s+émérite)?|"
    # "Disparition de A (1938–2024)", "Décès de B", "Nécrologie : C"
    r"disparition\s+de|décès\s+de|nécrologie\s*:?|"
    # "Prix de thèse 2024 : félicitations à A !", "Bravo à B": the post cheers one person
    r"félicitations\s+(?:à|a)|felicitations\s+(?:à|a)|bravo\s+(?:à|a)|congratulations\s+to|"
    # "Bienvenue à la professeure A" (a faculty's news welcoming one newcomer)
    r"bienvenue\s+(?:à|a)\s+(?:la|le|notre)\s+(?:nouvelle?\s+)?(?:professeure?|chercheuse|chercheur))|"
    r"(?:hi|hello|bonjour)?\W*(?:I['’]m|I\s+am|je\s+suis))\s+(?=[A-ZÀ-Þ])"
)
# "Professor A retires after 34 years", "B named Fellow of the Society": a news headline
# about one person, whose name comes before the verb.
_HEADLINE_VERB = re.compile(
    r"\s+(?:retires|retired|to\s+retire|superannuates|superannuated|wins|receives|is\s+named|"
    # "After 31 years, A signs off", "B bows out": a retirement's news headline
    r"signs\s+off|bows\s+out|bids\s+farewell|"
    r"named|appointed|elected|"
    r"awarded|honou?red|steps\s+down|celebrates|"
    # "Prix de thèse 2025 : A lauréate", "A reçoit le prix X", "A nommée directrice"
    r"lauréat|lauréate|reçoit|remporte|récompensée?|primée?|distinguée?|nommée?|élue?)"
    r"(?:\s+(?!(?:and|or|of)\b).*)?$"
)
HEADLINE_VERB = _HEADLINE_VERB  # (sections: a prize's news headline is no awards list)
_NEWS_LABEL = re.compile(
    r"^(?:(?:former|our|PhD|graduate)\s+)?(?:alumna|alumnus|alum|student|postdoc)\s+(?=[A-ZÀ-Þ])"
    # a French paper's "La chercheuse A récompensée", "Le jeune physicien B primé": the
    # article and the person's trade before the name
    r"|^(?-i:(?:La|Le|L['’]|Notre)\s+(?:[a-zà-ÿ][\w-]+\s+){1,2})(?=[A-ZÀ-Þ][a-zà-ÿ])",
    re.I,
)
_LIFE_YEARS = re.compile(r"\s*\((?:[^()]*?)?(?:19|20|18)\d\d\s*[–—-]\s*(?:(?:19|20)\d\d)?\)")
# An interview's or a podcast episode's headline names its guest, whose words the page
# gives: "In conversation with Dr. A", "Q&A with B", "Ep. 47 — C on ice cores".
_INTERVIEW_HEADLINE = re.compile(
    r"(?i)\b(?:in\s+conversation\s+with|(?:an\s+)?interview\s+with|q\s*&\s*a\s+with|"
    r"(?:a\s+)?conversation\s+with|in\s+dialogue\s+with|(?:\w+\s+)?questions\s+(?:for|with)|"
    # "Rencontre avec A", "Entretien avec B", "Trois questions à C" (a French magazine's)
    r"(?:rencontre|entretien|interview|dialogue)\s+avec|(?:\w+\s+)?questions\s+à|"
    r"à\s+la\s+rencontre\s+d[e']|"
    # an episode's "Mapping seagrass with Dr. A": the titled guest after "with"
    r"with\s+(?:dr|prof(?:essor)?)\.?)"
    r"\s+(?P<name>[^|–—:(]{4,60})"
    # a society's "Meet the Faculty: Prof. A", "Meet our researchers — B"
    r"|\bmeet\s+(?:the|our)\s+(?:[\w-]+\s+){0,2}?(?:faculty|professors?|researchers?|"
    r"scientists?|fellows?|mentors?|alumn[ia]e?)\s*[:—–-]\s*(?P<meet>[^|–—:(,]{4,60})"
    r"|^\W*(?:ep(?:isode)?\.?\s*#?\d+|#\d+)\s*[—–:|-]\s*(?P<guest>[^|–—:,]{4,60}?)\s+"
    r"(?:on|talks|about)\s"
    # a blog's "Alumni Q&A: Dr. A on rivers and advisors": the guest before her topic
    r"|\bq\s*&\s*a\s*[:—–]\s*(?P<qa>[^|–—:,]{4,60}?)\s+(?:on|talks|about|reflects)\s"
    # a workshop's site "for A's 70th", "celebrating B's sixtieth birthday": its honoree
    r"|\b(?-i:(?P<honoree>[A-ZÀ-Þ][\w.-]+(?:\s+[A-ZÀ-Þ][\w.-]+){1,3}))['’]s\s+(?:[5-9]\d(?:st|nd|rd|th)|"
    r"(?:sixt|sevent|eight|ninet)(?:ieth|y-\w+th))\b"
)


# "A is a senior writer for X Magazine": the author box under a story.
_IS_A = re.compile(r"\s+is\s+(?:an?|the|our)\s+((?:[\w-]+\s+){0,2}[\w-]+)")


def _news_writer(name: str, document: Document) -> bool:
    """Whether the page's author box calls *name* a writer of the publication."""
    at = document.text.find(f"{name} is ")
    told = _IS_A.match(document.text, at + len(name)) if at >= 0 else None
    return bool(told) and bool(LEXICON.pattern("NEWS_WRITERS").search(told.group(1)))


def _credited(name: str, document: Document) -> bool:
    """Whether the page's credit line names *name* as its writer or photographer
    ("Propos recueillis par A", "Photos : B"): a story's byline, not its subject."""
    credit = LEXICON.pattern("BYLINE_CREDITS")
    at = document.text.find(name)
    for _ in range(CREDIT_MENTIONS):
        if at < 0:
            return False
        before = document.text[max(0, at - CREDIT_CHARS) : at]
        if any(not before[m.end() :].strip() for m in credit.finditer(before)):
            return True
        if _BY_LINE.search(before):
            return True  # "By A · June 2, 2021": a news story's byline under its headline
        at = document.text.find(name, at + len(name))
    return False


def _own_story(document: Document) -> bool:
    """Whether the page tells its writer's own path ("my advisor", "I defended", outside
    quotation marks): a first-person post, whose author box names its person."""
    own = LEXICON.pattern("OWN_PATH")
    told = 0
    for match in own.finditer(document.text):
        line_start = document.text.rfind("\n", 0, match.start()) + 1
        if not _QUOTED.search(document.text, line_start, match.start()):
            told += 1
            if told >= OWN_PATH_MENTIONS:
                return True
    return False


OWN_PATH_MENTIONS = 2  # a quoted subject says "my advisor" once; a memoir says it often
_QUOTED = re.compile('[“"«‘]')
CREDIT_MENTIONS = 6  # the byline's name among its first mentions
# "By A" alone on its line; "Publié le 14 mai · Par A": a French byline after a separator
_BY_LINE = re.compile(r"(?:^|\n|[·|•])[ \t]*(?:By|Par)[ \t]+$")
CREDIT_CHARS = 40


def _interviewee(document: Document) -> str | None:
    """The guest an interview's or a podcast episode's headline names, the honoree of a
    birthday workshop's site."""
    for headline in (document.meta.get("h1"), document.meta.get("og:title"), document.title):
        if not isinstance(headline, str):
            continue
        match = _INTERVIEW_HEADLINE.search(headline)
        name = (
            _name_shaped(
                match["name"] or match["guest"] or match["qa"] or match["meet"] or match["honoree"]
            )
            if match
            else None
        )
        if name:
            return name
    return None


_TWO_GUESTS = re.compile(r"\s+(?:and|et|&)\s+")


def _two_guests(document: Document) -> bool:
    """Whether the interview's headline names two guests ("A Conversation with A and B"):
    both speak, each of their own path, and the page's byline is neither of them."""
    for headline in (document.meta.get("h1"), document.title):
        match = _INTERVIEW_HEADLINE.search(headline) if isinstance(headline, str) else None
        pair = _TWO_GUESTS.split(match["name"] or "", maxsplit=1) if match else ()
        if len(pair) == 2 and all(map(_name_shaped, pair)):
            return True
    return False


def announced_candidate(heading: str) -> str | None:
    """The candidate a defence heading announces ("Soutenance de thèse de A", "PhD defence
    of A"), or the person a news post congratulates ("Bravo à A, nouveau docteur !")."""
    heading = heading.strip()
    if _EVENT_OF.match(heading):
        return _name_shaped(heading)
    cheered = _CHEERED.match(heading) if heading[:1] in "BbFfCc" else None
    if cheered:
        # ("Congratulations to Dr. A on a successful defence": the occasion after the name)
        return _name_shaped(_CHEERED_FOR.sub("", heading[cheered.end() :]))
    defends = DEFENDS.match(heading)
    return name_from_piece(defends.group(1)) if defends else None


# "Félicitations à A", "Bravo à B, nouveau docteur !", "Congratulations to C": a post's
# headline naming the person it is about.
_CHEERED = re.compile(
    r"(?i)^(?:félicitations|felicitations|bravo|congratulations|congrats)\s+(?:à|a|to)\s+"
    r"(?=[A-ZÀ-Þ])"
)
# "… on a successful defence", "… on her PhD": what a congratulation is for, after the name
_CHEERED_FOR = re.compile(
    r"(?i)\s*[,!]?\s+(?:on|for|upon)\s+(?:(?:a|an|the|her|his|their|successful|"
    r"successfully|phd|ph\.d\.|doctoral|thesis|dissertation|completing|passing|defending)\s+)*"
    r"(?:defen[cs]e|viva|ph\.?\s?d\.?|doctorate|graduation|thesis|dissertation)\b.*$"
)
_DEFENDS_VERBS = alternation(
    [re.escape(w).replace(r"\ ", r"\s+") for w in sorted(LEXICON.DEFENDS_VERBS, key=len)[::-1]]
)
# "Finally, A defends "Title" on 26 May", "B forsvarer sin ph.d.-afhandling" (a defences
# list's paragraph or heading): the candidate, then the lexicon's DEFENDS_VERBS.
DEFENDS = re.compile(
    r"^\W*(?:(?:finally|first|next|then|also|and),?\s+)?"
    r"([A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})\s+"
    rf"(?:{_DEFENDS_VERBS})\b",
    re.I,
)


def _long_name(piece: str) -> bool:
    """More than five words, particles apart ("María José García-Ruiz de la Fuente" is one
    name of four)."""
    words = piece.split()
    # ("prof. dr hab. inż. A B": a Polish professor's grades before the name count not)
    return (
        len(words) > 5 and sum(w not in PARTICLES and w.casefold() not in TITLES for w in words) > 5
    )


def _name_shaped(text: str | None) -> str | None:
    if not text or not isinstance(text, str):
        return None
    text = re.sub(r"[\U0001F300-\U0001FAFF\u2600-\u27BF]", "", text).strip()
    if LEXICON.pattern("COLLECTIVE_AUTHORS").match(text):
        return None  # "Bureau de la société", "Comms team": a body signs, no person
    text = _CV_LOGO.sub("", text)  # "europass Ada Quill": the CV format's logo beside the name
    for piece in _TITLE_SPLIT.split(text):
        # "Professor A. Quill (1941–2024)": life years follow the name (obituaries).
        piece = _LIFE_YEARS.sub("", piece).strip(" \t-–—|,")
        if piece.endswith(")"):
            piece = _CLASS_YEAR.sub("", piece)  # "A (P1999)": an alumna's class, no name
        elif "’" in piece or "'" in piece:
            # "A Quill ’03 maps the reefs" (an alumni magazine's headline): the class mark
            # ends the name, the story's verb follows it
            piece = _CLASS_MARK.sub("", piece)
        about = _ABOUT_PERSON.sub("", piece)
        # ("Félicitations à A !": the cheer's mark, not the name's)
        piece = about.rstrip(" !") if about != piece else piece
        if " ".join(piece.casefold().split()) in _POSITION_PHRASES:
            continue  # "Dossier de candidature — Maître de conférences": the post applied for
        piece = _HONORIFIC.sub("", piece)  # "Professor A. Quill": the title is not the page
        if " " in piece and piece[:1].isupper() and (defends := DEFENDS.match(piece)):
            # "A defiende su tesis doctoral sobre …" (a department's news headline): the
            # candidate the post is about
            piece = defends.group(1)
        if " " in piece and _HEADLINE_VERB.search(piece):
            # "Alumna A wins the X Prize": the person, without the headline's verb or label
            piece = _NEWS_LABEL.sub("", _HEADLINE_VERB.sub("", piece))
        piece = _CIVILITY.sub("", piece)
        if _NUMBERED_CAPS.match(piece) and piece.isupper():
            continue
        event = _EVENT_OF.sub("", piece)
        if event != piece:
            # "Soutenance de thèse de M. A": the civility after the event's words
            piece = _CIVILITY.sub("", event)
        # One word ("SigApp", a navbar brand) is a logo even when its capitals split it.
        if len(piece.split()) < 2:
            continue
        if not piece or _NOT_OWNER_WORDS.search(piece) or _long_name(piece):
            continue
        if not _ORG_OR_DEGREE_WORDS.isdisjoint(piece.casefold().split()):
            continue  # "Escuela Internacional de Doctorado", "Defesas de Doutorado": no person
        if _project_brand(piece):
            continue  # "Le projet – ANR X", "© 2026 ERC Y": a funded project's site, no person
        if any(ch.isdigit() for ch in piece) or "@" in piece:
            continue
        if _GLUED_WORDS.search(piece) or _MIXED_ACRONYM.search(piece):
            continue  # "By Issue DateAuthorsTitles": links run together, no name
        name = clean_name(piece)
        if name and len(name.split()) >= 2:
            return name
    if text.endswith(")") and (named := _NAME_IN_BRACKETS.search(text)):
        # "Currículo do Sistema de Currículos Lattes (Fernanda Quaresma Vilanova)": a CV
        # system's page title, its person in brackets at the end.
        return _name_shaped(named.group(1))
    return None


# A rank written alone ("Maître de conférences", "Associate Professor"): a post, no person.
_POSITION_PHRASES = frozenset(" ".join(p.casefold().split()) for p in LEXICON.POSITIONS if " " in p)


# An alumni magazine's class after a name: "(P1999)", "(X2004)", "(promo 2010)".
_CLASS_YEAR = re.compile(
    r"\s*\((?:[A-Z]{1,3}\s?|promo(?:tion)?\s+|class\s+of\s+)['’]?(?:19|20)?\d\d\)$"
)
_CLASS_MARK = re.compile(r"(?<=[a-zà-ÿ])\s+['’]\d\d\b.*$")
_CV_LOGO = re.compile(r"^europass\s+(?=[A-ZÀ-Þ])")
_NAME_IN_BRACKETS = re.compile(r"\(([^()]{5,60})\)$")


# A word with two capitals inside it after small letters ("DateAuthorsTitles",
# "DuraSpaceContact"): menu links or footer lines glued by the markup ("McDonald" has one).
_GLUED_WORDS = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ][a-zà-ÿ]+[A-ZÀ-Þ]")
# A network's or a project's mixed-case acronym ("GdR MathIA-Phys", "ProbAI"): capitals
# after small letters end the word or run in pairs, as no person's name writes them.
_MIXED_ACRONYM = re.compile(r"[a-zà-ÿ][A-ZÀ-Þ]{2,}|\b[A-ZÀ-Þ][a-zà-ÿ]{1,2}[A-ZÀ-Þ]\b")


# "Candidate: Ada Quill" heads a defence announcement (the examination is the candidate's).
_CANDIDATE_FIELD = re.compile(
    r"(?im)^[ \t•*-]*(?:(?:phd|doctoral)[ \t]+)?candidat(?:e|\(e\)|·e)?[ \t]*[:：][ \t]*"
    r"(?P<value>[^\n:|]{4,60})$"
)

# A record's labelled student and supervisor fields (the lexicons' words), one a line.
_STUDENT_FIELD = re.compile(
    r"(?im)^[ \t•*-]*(?:"
    + alternation(sorted(map(re.escape, set(LEXICON.STUDENT_LABELS)), key=len, reverse=True))
    + r")[ \t]*[:：][ \t]*(?P<value>[^\n:|]{4,60})$"
)
STUDENT_FIELD_CHARS = 30000
_SUPERVISOR_FIELD = re.compile(
    r"(?im)^[ \t•*-]*(?:"
    + alternation(sorted(map(re.escape, set(LEXICON.ADVISING_NOUNS)), key=len, reverse=True))
    + r")[ \t]*[:：]"
)
# A defence record's jury role field ("Opponent: B", "Vastaväittäjä: B", "Kustos: C"),
# as telling of a one-candidate record as a supervisor's field.
_JURY_ROLE_FIELD = re.compile(
    r"(?im)^[ \t•*-]*(?:"
    + alternation(
        sorted(
            map(
                re.escape,
                {
                    w
                    for r in ("jury_reviewer", "jury_president")
                    for w in LEXICON.JURY_ROLES.get(r, ())
                },
            ),
            key=len,
            reverse=True,
        )
    )
    + r")[ \t]*[:：]"
)


def _one_name(values: Iterable[str]) -> str | None:
    """The one name some whole-name fields give ("Quill, Ada" turned round); None when
    they name no one or disagree."""
    names = {_name_shaped(_given_first(value.strip())) for value in values}
    names.discard(None)
    return names.pop() if len(names) == 1 else None


def _front_matter_name(front: dict) -> str | None:
    # R vitae headers split the person: "name: Ada" + "surname: Quill-Varo".
    given, family = front.get("name"), front.get("surname")
    if isinstance(given, str) and isinstance(family, str) and " " not in given.strip():
        if name := _name_shaped(f"{given.strip()} {family.strip()}"):
            return name
    for key in ("author", "name", "owner"):
        value = front.get(key)
        if isinstance(value, list) and len(value) == 1:
            value = value[0]
        if isinstance(value, dict):  # distill / Quarto: author: [{name: ..., affiliation: ...}]
            value = value.get("name")
        name = _name_shaped(value if isinstance(value, str) else None)
        if name:
            return name
    # Hugo/Wowchemy author profile pages: the title is the person when a role is given.
    if any(k in front for k in ("role", "organizations", "education", "social", "user_groups")):
        return _name_shaped(front.get("title"))
    return None


# Spelled-out address signs ("jane [dot] doe [at] lab [dot] org"; French "[point]", "[arobase]").
_DOT = r"(?:\.|\[\s*(?:dot|point)\s*\]|\(\s*(?:dot|point)\s*\)|\s+(?:dot|point)\s+)"
_AT = r"(?:@|\[\s*(?:at|arobase)\s*\]|\(\s*(?:at|arobase)\s*\)|\s+(?:at|arobase)\s+)"
_EMAIL = re.compile(
    rf"(?P<given>[a-z][a-z\-]{{1,20}})\s*{_DOT}\s*"
    rf"(?P<family>[a-z][a-z\-]{{1,25}})\s*{_AT}\s*[a-z0-9\-]+"
    rf"(?:\s*{_DOT}\s*[a-z0-9\-]+)+",
    re.I,
)


def _directory_mailboxes(text: str, first: re.Match[str]) -> bool:
    """Three personal addresses of different people ("a.quill@", "b.marlow@", "c.ode@"):
    a directory's rows, whose first address is no more the page's than the others."""
    people = {first.group("family").lower()}
    for match in _EMAIL.finditer(text, first.end()):
        people.add(match.group("family").lower())
        if len(people) >= 3:
            return True
    return False


# Local parts of shared mailboxes, not of a person ("contact.lab@...", "info.team@...").
MAILBOXES = frozenset(
    "contact info admin webmaster secretariat secretary office support help jobs hr team lab "
    "group seminar news noreply no-reply postmaster direction accueil scolarite recrutement "
    "communication dept department".split()
)
_CV_FILE = re.compile(
    r"(?i)(?:^|[/_\-])(?:cv|resume|curriculum)[_\-]?([a-z][a-z_\-]{2,40}?)"
    r"(?:[_\-](?:cv|resume|en|fr|\d+))*\.(?:pdf|html?)$|"
    r"(?:^|/)([a-z][a-z_\-]{2,40}?)[_\-](?:cv|resume)(?:[_\-]\w+)?\.(?:pdf|html?)$"
)


_CV_FILE_WORDS = frozenset(w.casefold() for w in LEXICON.CV_FILE_WORDS)


def _from_file_name(path: str) -> str | None:
    """ "cv_jane_doe.pdf", "JaneDoe_CV.pdf" → "Jane Doe"."""
    tail = unquote(urlparse(path).path if "://" in path else path).rsplit("/", 1)[-1]
    match = _CV_FILE.search("/" + tail)
    if not match:
        return None
    stem = match.group(1) or match.group(2)
    stem = re.sub(r"(?<=[a-z])(?=[A-Z])", "_", stem)
    # "CV_Ada_Quill-Marlow": underscores part the words, a hyphen joins a compound name;
    # "ada-quill-cv" (no underscore): hyphens part the words.
    parts = [p for p in re.split(r"[_\s]+" if "_" in stem else r"[_\-\s]+", stem) if p]
    if not 2 <= len(parts) <= 4 or any(len(w) < 2 for p in parts for w in p.split("-")):
        return None
    if any(p.casefold() in _CV_FILE_WORDS for p in parts):
        return None  # "cv_detaille_concours_dr.pdf": the kind of CV, no name
    return clean_name(" ".join("-".join(w.capitalize() for w in p.split("-")) for p in parts))


def recurring_author(author_lists: list[list[str]]) -> str | None:
    """The author present in (nearly) every entry of the page's publication list."""
    lists = [a for a in author_lists if a]
    if len(lists) < 2:
        return None
    counts: Counter[str] = Counter()
    forms: dict[str, list[str]] = {}
    for authors in lists:
        seen = set()
        for author in authors:
            parsed = parse_name(author, allow_single=True)
            if parsed is None or not parsed.family:
                continue
            key = parsed.family_key
            if key in seen:
                continue
            seen.add(key)
            counts[key] += 1
            forms.setdefault(key, []).append(author)
    if not counts:
        return None
    (key, count), *rest = counts.most_common(2) + [("", 0)]
    runner_up = rest[0][1] if rest else 0
    if count < max(2, 0.6 * len(lists)) or count == runner_up:
        return None
    variants = forms[key]
    full = [v for v in variants if not parse_name(v).initials_only]
    return Counter(full or variants).most_common(1)[0][0]


# "Jane Doe successfully defended her PhD thesis ...": a news post about one defence is about
# its candidate, whose advisors and jury the post goes on to name.
_DEFENDED = re.compile(
    r"(?:(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr|Madame|Monsieur)\.?[ \t]+)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3})\s*"
    # "A (supervisor: Dr B) defended …": a bracket between the name and its verb
    r"(?:\([^()\n]{1,80}\)\s*)?"
    # "Jane Doe, a student of the X team, who defended ..." / "X, qui a soutenu ..."
    # "X, doctorant au sein de l'équipe Y, soutiendra sa thèse": an apposition, no "qui".
    # (a post's "🎓 Bravo à A qui a soutenu …", "A, who today passed her PhD viva")
    r"(?:,(?:[^,.;]{1,80},)?\s*(?:(?:who|qui)\s+)?|(?:who|qui)\s+)?"
    r"(?:(?:today|yesterday|recently|this\s+(?:morning|afternoon|week))\s+)?"
    r"(?:has\s+)?(?:successfully\s+)?"
    # "passed her PhD defense", not "passed her PhD qualifying exam"
    r"(?:defended|passed(?=\s+\w+\s+(?:PhD|Ph\.D\.?|doctoral|thesis)\s+(?:defen[cs]e|viva))|"
    r"a\s+soutenu|a\s+brillamment\s+soutenu|a\s+soutenu\s+avec\s+succès|"
    # Québec's « A a défendu le 6 décembre sa thèse » (a defence, as the English says it)
    r"a\s+(?:brillamment\s+)?défendu|"
    # an official defence notice: "X soutiendra publiquement ses travaux de thèse"
    # ("le Président … autorise : Mme A / à soutenir publiquement ses travaux …")
    r"will\s+defend|soutiendra(?:\s+publiquement)?|à\s+soutenir(?:\s+publiquement)?)"
    r"(?:\s+|,\s+(?=le\s+\d))"
    # "A a soutenu le 14 novembre 2025 sa thèse", "a soutenu en 2022 sa thèse": the date first
    # ("… que A a soutenu, le 12 décembre 2024, sa thèse": the date between commas)
    r"(?:(?:le\s+\d{1,2}(?:er)?\s+[a-zéû]{3,9}\s+|en\s+)\d{4},?\s+(?=sa\s|son\s))?"
    r"(?:(?:his|her|their|sa|son|ses\s+travaux\s+de)\s+"
    r"(?:PhD|Ph\.D\.?|doctoral|thesis|dissertation|thèse|HDR|habilitation)"
    # "A defended on 29 September 2023" (a defences list's paragraph): the day, no noun
    r"|(?<=defended\s)on\s+(?:\d{1,2}(?:st|nd|rd|th)?\s+)?[A-Z][a-z]{2,8}\.?\s+\d"
    # "… ses travaux en vue de l'obtention du doctorat": the degree, no thesis noun
    r"|ses\s+travaux\s+en\s+vue\s+de\s+l['’]obtention\s+du\s+(?i:doctorat|diplôme))"
)


# A thesis repository record ("Author: Jane Doe" under a thesis title): the candidate.
_RECORD_AUTHOR = re.compile(
    # ("Researcher: A" on an Indian repository's thesis record)
    r"(?im)^(?:author|auteur|autrice|candidate?|doctorante?|researcher|"
    r"(?:ph\.?d\.?|doctoral|thesis)\s+candidate)"
    r"\s*[:：]\s*(.+)$|"
    # "Par Ada Quill", a line under the title; "présentée par Ada Quill" on a thesis cover
    r"^(?:(?:présentée?|soutenue?|presented|submitted)\s+)?(?:par|by)\s+(\S+(?:[ \t]+\S+){1,3})$|"
    # a defence's minutes (procès-verbal): "le jury … a entendu M. A en sa soutenance"
    r"\ba\s+entendu\s+(?:M\.|Mme|Mlle|Monsieur|Madame|Mademoiselle)\s+"
    r"([A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3})\s+en\s+(?:sa|la)\s+soutenance|"
    # a cover's "présentée et soutenue publiquement le 8 mars 2023 par" over the name line
    r"^(?:présentée?|soutenue?|presented|submitted)\b[^\n:]{0,60}[ \t](?:par|by)[ \t]*\n\s*"
    r"(\S+(?:[ \t]+\S+){1,3})[ \t]*$|"
    # an open archive's author line, its affiliation marks as a text dump writes them
    # ("Clémence Trévennec^1", "Ada Quill ^1,2")
    r"^[ \t]*([A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3})[ \t]*\^\d+(?:,\d+)*[ \t]*$|"
    # a Polish cover's candidate under the master's degree held ("mgr inż. A" closing a
    # line; the supervisors' lines carry "prof." or "dr")
    r"(?:^|[ \t])mgr\.?(?:[ \t]+inż\.)?[ \t]+"
    r"([A-ZÀ-ÞŁŚŻŹĆŃ][\w'’-]+(?:[ \t]+[A-ZÀ-ÞŁŚŻŹĆŃ][\w'’-]+){1,3})[ \t]*$"
)
# ("Mémoire" / "Habilitation à diriger des recherches": an habilitation's cover page)
_THESIS_RECORD = re.compile(
    r"(?i)\b(?:thesis|dissertation|thèse|doctora[lt]|mémoire|habilitation|rozpraw[ay]\s+doktorsk"
    r"|proefschrift)"
)


_THANKS_HEADING = re.compile(r"(?i)^\W*(?:acknowledge?ments|remerciements)\W*$")
# "Blackwater, September 2021" under the signature of a thesis's thanks.
_PLACE_DATE = re.compile(r"^[A-ZÀ-Þ][\w' -]{1,40},\s+(?:\w+\s+)?(?:19|20)\d\d\.?$")


def _signed_thanks(document: Document) -> str | None:
    """A thesis's acknowledgements signed at the end ("A" then "Place, Month 2021"): A."""
    first = document.text.lstrip().split("\n", 1)[0]
    if not _THANKS_HEADING.match(first):
        return None
    lines = [line.strip() for line in document.text.strip().split("\n")[-3:] if line.strip()]
    if len(lines) >= 2 and _PLACE_DATE.match(lines[-1]):
        return _name_shaped(lines[-2])
    return None


def _record_author(document: Document) -> str | None:
    headline = " ".join(filter(None, (document.title, document.meta.get("h1"))))
    if document.format in (DocumentFormat.TEXT, DocumentFormat.PDF):
        # A thesis cover in plain text: its first headings say "THÈSE DE DOCTORAT".
        headings = [b.text for b in document.blocks[:6] if b.kind is BlockKind.HEADING]
        headline = " ".join([headline, *headings])
    cover = document.format in (DocumentFormat.TEXT, DocumentFormat.PDF)
    if (
        not _THESIS_RECORD.search(headline)
        and not _RECORD_TYPE.search(document.text[:6000])
        and not (
            # "A dissertation submitted in partial satisfaction of …" under the title; a notice's
            # "Thèse de doctorat en Physique, soutenue le …" line under it
            cover
            and (
                _SUBMITTED_FOR.search(document.text[:1500])
                or _THESIS_LINE.search(document.text[:1500])
            )
        )
    ):
        return None
    names = {
        clean_name(m.group(1).strip())
        if m.group(1)
        else _name_shaped(m.group(2))
        if m.group(2)
        else clean_name(m.group(3))
        if m.group(3)
        else _name_shaped(m.group(4))
        if m.group(4)
        else _name_shaped(m.group(5) or m.group(6))
        for m in _RECORD_AUTHOR.finditer(document.text[:6000])
    }
    if cover:
        # "by" alone on its line, the candidate's name on the next (a thesis's title page).
        blocks = document.blocks[:12]
        names |= {
            _name_shaped(following.text)
            for block, following in zip(blocks, blocks[1:], strict=False)
            if COVER_BY_LINE.fullmatch(block.text.strip()) or _ENDS_BY.search(block.text)
        }
        # "vorgelegt von" / "A aus Bremerhafen": the cue and the name in one block, the
        # candidate's birthplace after the name.
        names |= {
            _name_shaped(_BORN_IN.sub("", lines[1]))
            for block in blocks
            if "\n" in block.text
            and COVER_BY_LINE.fullmatch((lines := block.text.split("\n"))[0].strip())
        }
        # The candidate's name over the degrees already held ("A" / "BSc (Hons), MSc
        # (University X)"), as British and Australian thesis title pages write it.
        names |= {
            _name_shaped(lines[0])
            for block in blocks
            if "\n" in block.text and _POST_NOMINALS.match((lines := block.text.split("\n"))[1])
        }
    names.discard(None)
    if not names:
        # "Gagnon-Tremblay, Maude" set apart under the title (a repository's item page):
        # the record's one author, turned round.
        names = {
            _turned_round(b.text)
            for b in document.blocks[:8]
            if b.kind is BlockKind.HEADING and "," in b.text
        }
        names.discard(None)
    if document.format is DocumentFormat.PDF and not names:
        # A cover without "by": the candidate's name alone on its line, the one untitled
        # name among the cover's lines (the supervisors' and examiners' carry their titles).
        names = {
            _name_shaped(b.text)
            for b in document.blocks[:COVER_NAME_BLOCKS]
            if "\n" not in b.text
            and "," not in b.text
            and ":" not in b.text
            and not _TITLED.match(b.text)
            and not _whole_organisation(b.text)
            # (a CV's section title, "PROFESSIONAL APPOINTMENTS", is no candidate's name)
            and heading_kind(b.text) is None
        }
        names.discard(None)
        if len(names) != 1:
            names = set()
    return names.pop() if len(names) == 1 else None


COVER_NAME_BLOCKS = 8
_TITLED = re.compile(r"^\W*(?:Prof|Dr|Pr|Mr|Mrs|Ms|Mme|M|Drs|Ir)\b\.?", re.I)


def _whole_organisation(text: str) -> bool:
    """*text* is one organisation's name ("KU Leuvenberg", "TU Delft"), not a person's."""
    from crawler.extract.organisations import find_organisations

    found = find_organisations(text.strip(), {})
    return len(found) == 1 and len(found[0].name) >= len(text.strip()) - 1


# "Thèse soutenue à X, le 5 décembre 2024, par" over the candidate's name (a cover page).
_ENDS_BY = re.compile(
    r"(?i)\b(?:soutenue?|présentée?|presented|submitted|defended)\b[^\n]{0,80}[\s,](?:par|by)\s*$"
)


# A catalogue record's type field ("Document type: Dissertation/Thesis", "Degree: Ph.D."):
# the record is a thesis's even when its title does not say so.
_RECORD_TYPE = re.compile(
    r"(?im)^[ \t]*(?:(?:document|source|item|resource|publication)[ \t]+)?type[ \t]*:[^\n]{0,20}"
    r"\b(?:dissertation|thesis|thèse|mémoire)\b|^[ \t]*degree[ \t]*:[ \t]*(?:ph\.?[ \t]?d|doctor)"
)
_BORN_IN = re.compile(
    r"\s+(?:" + "|".join(map(re.escape, sorted(LEXICON.BORN_IN, key=len, reverse=True))) + r")\s.*$"
)
_POST_NOMINALS = re.compile(
    r"^\s*(?:B|M)(?:Sc|A|Eng|Phil|Res|Ed|EnvSc|Tech|Com|BA|S)\b\.?(?:\s*\(Hons?\.?\))?\s*(?:,|\(|$)"
)
_SUBMITTED_FOR = re.compile(
    r"(?i)\b(?:dissertation|thesis)\s+(?:submitted|presented)\s+(?:in\s+partial|for|to)\b"
)
_THESIS_LINE = re.compile(
    # ("ROZPRAWA DOKTORSKA", a Polish cover's line, run on with the lines about it)
    # ("A Dissertation in" / "Ecology": a US title page's line, its article first)
    # (not a CV's labelled field, "Thesis: <title>" under a degree)
    r"(?im)^[ \t]*(?:an?[ \t]+)?(?:thèse|thesis|dissertation|habilitation)\b(?![ \t]*[:：])"
    r"|\brozprawa\s+doktorska\b"
)


_LED_BY = re.compile(
    r"\b(?:(?:is|are|was)\s+(?:also\s+)?(?:led|headed)"
    # ("The lab is run by A": a lab's own head; a programme "run by" its organiser is not)
    r"|(?:[Ll]ab|[Ll]aboratory|[Gg]roup|[Tt]eam)\s+(?:is|was)\s+(?:run|directed))\s+by\s+"
    # (the name ends before the unit or place it leads: "led by Prof. A in the School of X")
    r"(?:(?:Prof|Professor|Dr)\.?\s+)?([A-ZÀ-Þ][^,.;()]{3,60}?)"
    r"(?=\s+(?!(?:van|von|de|der|den|du|da|di|del|della|la|le|des|dos|ter|ten|bin)\s)[a-zà-ÿ]"
    r"|[,.;()]|$)"
)


# "Since the lab was founded by Prof. A in 2012, …": the founder, the lab's head while the
# intro goes on to tell A's present post ("A is Professor of X at Y").
_FOUNDED_BY = re.compile(
    r"\b(?:is|was)\s+(?:co-)?founded\s+(?:in\s+(?:19|20)\d\d\s+)?by\s+"
    r"(?:(?:Prof|Professor|Dr)\.?\s+)?([A-ZÀ-Þ][^,.;()]{3,60}?)"
    r"(?=\s+(?!(?:van|von|de|der|den|du|da|di|del|della|la|le|des|dos|ter|ten|bin)\s)[a-zà-ÿ]"
    r"|[,.;()]|$)"
)
_STILL_HEAD = r"\s+(?:is|leads|heads|directs|runs)\s"


def _present_founder(blocks: list) -> str | None:
    """The one person an intro says founded the lab and then tells in the present ("A is
    Professor of X", "A leads …"): the lab's head."""
    found = set()
    for block in blocks:
        if block.kind is not BlockKind.PARAGRAPH or "founded" not in block.text:
            continue
        for match in _FOUNDED_BY.finditer(block.text):
            name = name_at_start(match.group(1))
            if name is None or " " not in name:
                continue
            given, family = re.escape(name.split()[0]), re.escape(name.split()[-1])
            if re.search(rf"\b(?:{given}|{family}){_STILL_HEAD}", block.text[match.end() :]):
                found.add(name)
    return found.pop() if len(found) == 1 else None


# A doctoral network's or a project's position number before its holder ("DC3 – A",
# "ESR 12: B", "PhD 2 — C (X)").
POSITION_CODE = re.compile(
    r"^\W*(?:DC|ESR|ER|PhD|PHD|DR)\s?\d{1,2}\s*(?:\([^()]{1,20}\)\s*)?[–—:-]\s*(?=[A-ZÀ-Þ])"
)
GRID_CARDS = 3  # name headings side by side under "People": a members grid
ALIKE_CARDS = 2  # name headings whose bodies carry the same labels: a cohort's cards
# "Primary supervisor: …" / "Personal tutor: …": a card's labelled lines
_CARD_LABEL = re.compile(r"^\s*([^\W\d][^:\n]{0,40}?)\s*:", re.MULTILINE)


def _card_labels(document: Document, card: Block) -> frozenset[str]:
    """The labels ("Primary supervisor", "Personal tutor") of the lines under *card*."""
    own = (*card.section, card.text)
    return frozenset(
        match.group(1).casefold()
        for other in document.blocks
        if other.section == own
        for match in _CARD_LABEL.finditer(other.text)
    )


def _first_card_of_grid(document: Document, block: Block) -> bool:
    """*block* is a name heading under a "People" / "Members" heading among others of its
    level that name people too: the first card of a members grid, not the page's owner."""
    if block.kind is not BlockKind.HEADING or not block.section:
        return False
    # (under another heading, "Scientific Advisory Board" over its members' cards: the
    # grid's cards share that one heading)
    shared = not LEXICON.pattern("PEOPLE").fullmatch(block.section[-1].strip(" :"))
    cards = []
    for other in document.blocks:
        if (
            other.kind is BlockKind.HEADING
            and other.level == block.level
            and (not shared or other.section == block.section)
        ):
            if not is_card_name(other.text):
                continue
            cards.append(other)
            if len(cards) >= GRID_CARDS:
                return True
    if len(cards) < ALIKE_CARDS:
        return False
    # (two cards alike, each name over the same labelled lines: a cohort of two, whose
    # first student owns no page)
    labels = {_card_labels(document, card) for card in cards}
    return len(labels) == 1 and bool(labels.pop())


def lab_head(document: Document) -> str | None:
    """The one person under a "Principal investigator" / "Group leader" heading of a lab's
    team page, who advises the students it lists without naming their advisor.  Not the
    page's owner: the page's other sentences speak for the lab.  None where the page also
    lists other permanent researchers ("Chercheurs", "Faculty"): a team's head among its
    researchers, any of whom may advise the students."""
    memo = document.meta.get("lab_head", ())
    if memo == ():
        head = _named_lab_head(document)
        if head is not None and _fellow_researchers(document, head):
            head = None
        memo = document.meta["lab_head"] = head
    return memo


def named_lab_head(document: Document) -> str | None:
    """The head a lab's team page names ("Responsable" › "A"), even where it lists other
    permanent researchers too: the one who co-advises a card's "co-advised with B"."""
    memo = document.meta.get("named_lab_head", ())
    if memo == ():
        memo = document.meta["named_lab_head"] = _named_lab_head(document)
    return memo


def _fellow_researchers(document: Document, head: str) -> bool:
    """A heading of permanent researchers lists someone besides *head*."""
    senior = LEXICON.pattern("SENIOR_STAFF_HEADINGS")
    blocks = document.blocks
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING or not senior.fullmatch(block.text.strip(" :")):
            continue
        for following in blocks[index + 1 : index + 12]:
            if following.kind is BlockKind.HEADING:
                break
            name = name_at_start(following.text.split("\n")[0])
            if name and not compatible(name, head):
                return True
    return False


def _named_lab_head(document: Document) -> str | None:
    heads = LEXICON.pattern("LAB_HEADS")
    blocks = document.blocks
    for block in blocks[:8]:
        # "Principal investigator: Prof. A" written as a line rather than a heading.
        label, colon, rest = block.text.split("\n")[0].partition(":")
        if colon and block.kind is not BlockKind.HEADING and heads.fullmatch(label.strip()):
            name = name_at_start(rest.strip())
            if name:
                return name
        if colon and block.kind is BlockKind.PARAGRAPH and ". " in label:
            # "This page lists the people of the X Group … Group leader: A.": the label
            # opening a later sentence of the page's intro
            label = label.rpartition(". ")[2]
            if len(label) <= LABEL_CHARS and heads.fullmatch(label.strip()):
                name = name_at_start(rest.strip())
                if name:
                    return name
    for block in blocks[:12]:
        # "Prof. A<br>Professor of X, University Y (group leader)": the role in brackets
        # closing the person's line under "Faculty"
        if block.kind is BlockKind.HEADING or not block.text.endswith(")"):
            continue
        lines = block.text.split("\n")
        inner = lines[-1].rpartition("(")[2].rstrip(")").strip()
        if len(lines) <= 2 and heads.fullmatch(inner):
            name = name_at_start(lines[0])
            if name:
                return name
    led = {
        name_at_start(m.group(1))
        for block in blocks[:8]
        if block.kind is BlockKind.PARAGRAPH
        for m in _LED_BY.finditer(block.text)
    } - {None}
    if len(led) == 1:
        return led.pop()  # "The X Lab … is led by Prof. A": the one head the intro names
    if not led and (founder := _present_founder(blocks[:8])) is not None:
        return founder
    carded = {
        name_at_start(block.text)
        for block, role in zip(blocks, blocks[1:], strict=False)
        if block.kind is BlockKind.HEADING
        # (the role a card's subtitle heading: "<h5>A</h5><h6>Principal Investigator</h6>")
        and (role.kind is not BlockKind.HEADING or role.level > block.level)
        and heads.fullmatch(role.text.split("\n")[0].strip(" :"))
        and is_card_name(block.text)
    } - {None}
    if not carded:
        # (a team plugin's card, one block: "A" over "Principal Investigator" over A's bio)
        carded = {
            name_at_start(lines[0])
            for block in blocks
            if block.kind is not BlockKind.HEADING
            and "\n" in block.text
            and len(lines := block.text.split("\n", 2)) > 1
            and len(lines[1]) <= LABEL_CHARS
            and heads.fullmatch(lines[1].strip(" :"))
            and is_card_name(lines[0])
        } - {None}
    if not carded:
        # (a views grid's card, each field its own block: "A" then "Principal Investigator")
        carded = {
            name_at_start(block.text)
            for block, role in zip(blocks, blocks[1:], strict=False)
            if block.kind is not BlockKind.HEADING
            and role.kind is not BlockKind.HEADING
            and len(role.text) <= LABEL_CHARS
            and "\n" not in block.text
            and heads.fullmatch(role.text.strip(" :"))
            and is_card_name(block.text)
        } - {None}
    if len(carded) == 1:
        return carded.pop()  # a card: the name as its heading, "Principal Investigator" below
    for index, block in enumerate(blocks):
        if block.kind is not BlockKind.HEADING or not heads.fullmatch(block.text.strip(" :")):
            continue
        names = set()
        for following in blocks[index + 1 : index + 4]:
            if following.kind is BlockKind.HEADING and following.level <= block.level:
                if following.level == block.level and not names and is_card_name(following.text):
                    # People widgets set each person's card as a sibling heading.
                    names.add(name_at_start(following.text))
                    continue
                break
            # (or a bio under the heading: "Dr. A is an Associate Professor at X …")
            name = name_at_start(following.text.split("\n")[0]) or bio_subject(following.text)
            if name:
                names.add(name)
        if len(names) == 1 and block.text.strip(" :").endswith("s"):
            # "Group leaders" › "A" › A's bio › "B": each head's card a deeper heading, the
            # second one past the first's bio
            for following in blocks[index + 4 : index + 16]:
                if following.kind is not BlockKind.HEADING:
                    continue
                if following.level <= block.level:
                    break
                if is_card_name(following.text) and (name := name_at_start(following.text)):
                    names.add(name)
        return names.pop() if len(names) == 1 else None
    return _eponym_head(document)


# "Hoshizora Laboratory", "Quill Lab", "Harkness-Varga Research Group": a lab named after
# its head (a double-barrelled family name too).
_EPONYM_LAB = re.compile(
    r"\b((?:[A-ZÀ-Þ][a-zà-ÿ'’]+-)*[A-ZÀ-Þ][a-zà-ÿ'’-]+)\s+(?:Research\s+)?(?:Lab|Laboratory|Group)\b"
)


LABEL_CHARS = 30  # "Principal investigator:": a label before its value, not a sentence


def _eponym_head(document: Document) -> str | None:
    """The one person of the page's first lines ("Professor: A Quill") whose family name
    names the lab of the page's title ("Members | Quill Laboratory")."""

    eponym = _EPONYM_LAB.search(document.title or "")
    if eponym is None:
        return None
    named = set()
    for block in document.blocks[:12]:
        line = block.text.split("\n")[0]
        label, colon, value = line.partition(":")
        # ("Professor: A Quill", "A Quill leads …", "Prof. A Quill directs …")
        labelled = name_at_start(value.strip()) if colon and len(label) <= LABEL_CHARS else None
        for name in (labelled, name_at_start(line), bio_subject(line)):
            if name and name.split()[-1] == eponym.group(1):
                named.add(name)
    return named.pop() if len(named) == 1 else None


EPONYM_BIO_BLOCKS = 4  # the lab page's opening: its title, a heading, then the head's bio


_CV_KINDS = (SectionKind.EMPLOYMENT, SectionKind.EDUCATION)


def _head_with_cv(document: Document) -> str | None:
    """The lab's head whose own card, under the "Group leader" heading, goes on with the
    head's CV ("Gruppenleiter" › "Prof. A" › "Lebenslauf" › "since 2018: …"): the team page
    is the head's too, its students, alumni and committees theirs."""
    heads = LEXICON.pattern("LAB_HEADS")
    for block in document.blocks:
        if (
            block.kind is BlockKind.HEADING
            and block.section
            and heads.fullmatch(block.section[-1].strip(" :"))
            and heading_kind(block.text) in _CV_KINDS
        ):
            return lab_head(document)
    return None


def _head_speaking(document: Document) -> str | None:
    """The lab's head the intro names ("The X Lab is led by A, …") who goes on in the first
    person in the same paragraph ("I have been lucky to advise the people below"): the
    people page is the head's own, its students and committees theirs."""
    for block in document.blocks[:8]:
        if block.kind is not BlockKind.PARAGRAPH or "by " not in block.text:
            continue
        led = list(_LED_BY.finditer(block.text))
        if len(led) != 1:
            continue
        name = name_at_start(led[0].group(1))
        # ("I", "my": a name "Mia" or "Io" is no pronoun)
        speaking = any(
            m.group() == "I" or m.group().islower()
            for m in LEXICON.pattern("FIRST_PERSON").finditer(block.text, led[0].end())
        )
        return name if name and speaking and name == lab_head(document) else None
    return None


def _eponym_bio(document: Document) -> str | None:
    """The head of a lab named after them ("Quill Lab - People & Service") whose bio opens
    the page ("Dr. Ada Quill is an Associate Professor …"): the page is the head's own,
    its lists and service theirs."""
    title = document.title or ""
    # (a "… Research Group" page keeps its head's bio for the page's lists: lab_head)
    eponym = _EPONYM_LAB.search(title) if "Lab" in title else None
    if eponym is None:
        return None
    # (the page's first prose: a people page opens on the lab, its head's card below)
    first = next(
        (
            b
            for b in document.blocks[:EPONYM_BIO_BLOCKS]
            if b.kind is BlockKind.PARAGRAPH and len(b.text) > LABEL_CHARS
        ),
        None,
    )
    name = bio_subject(first.text) if first is not None else None
    return name if name and name.split()[-1] == eponym.group(1) else None


def is_card_name(text: str) -> bool:
    """A heading that is a person's name (a card), not a group's title ("Grad Students",
    "Principal Investigator", "Staff")."""

    text = text.strip(" :")
    return (
        name_from_piece(text) is not None
        and heading_kind(text) is None
        and not LEXICON.pattern("LAB_HEADS").fullmatch(text)
        # ("Graduate Student", "PhD Candidate": a card's role subtitle, no name)
        and not LEXICON.pattern("MEMBER_ROLES").fullmatch(text.rsplit(None, 1)[-1])
    )


_WELCOME = re.compile(
    r"(?:(?i:welcome(?:\s+to)?|bienvenue\s+(?:également\s+|aussi\s+)?à)"
    # "L'équipe X accueille A, postdoctorant …", "The group welcomes B, postdoc …"
    r"|\b(?:accueille(?:nt)?|welcomes))\s+(?:(?:Dr|Prof)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})(?:,?\s+(?i:who|qui)\s+"
    r"(?i:(?:has\s+)?join|(?:a\s+)?rejoint|rejoint)"
    # "Bienvenue à A, doctorante co-encadrée par B": the newcomer's role after the comma
    r"|,\s+(?:(?:nouvelle?|new)\s+)?(?i:doctorant|doctorante|doctorant·e|post-?doctorante?|"
    r"stagiaire|phd\s+student|postdoc|"
    # "Bienvenue à A, recrutée comme maîtresse de conférences …": a newcomer's new post
    r"recrutée?|recruté·e|nommée?|nommé·e)\b"
    # "We are delighted to welcome A as an assistant professor": the newcomer's post
    r"|\s+(?:as|comme)\s)"
)

# "Le Prix X est attribué à A, doctorante à …", "Le Prix Y récompense B, postdoctorant
# dans …", "The Z Medal is awarded to C, a PhD student …": a press release's laureate,
# described in apposition (whose path the paragraph then tells).
_AWARDED_TO = re.compile(
    r"(?:\b(?:est|a\s+été|sont|is|was|has\s+been)\s+(?:attribuée?s?|décernée?s?|remise?s?|"
    r"awarded|given|presented)\s+(?:à|to)|\brécompense|\bdistingue|\bgoes\s+to)\s+"
    r"(?:(?:Dr|Prof|Mme|M)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})(?:,\s+(?:an?\s+|une?\s+)?"
    r"(?i:doctorant|doctorante|doctorant·e|post-?doctorante?|post-?doc|phd\s+student|"
    r"doctoral\s+(?:student|candidate)|postdoctoral|chercheuse|chercheur|researcher|"
    r"maîtresse|maître|professeure?|professor|chargée?)"
    # ("Le prix est attribué à A pour sa thèse réalisée au X sous la direction de B")
    r"|\s+(?i:pour\s+sa\s+thèse|for\s+(?:his|her|their)\s+(?:thesis|dissertation)))"
)


# A post opening on its cheer for one person ("🎓 Bravo à A, …", "Congratulations to Dr B!"),
# then telling a defence ("soutenue le", "defended on") in the same paragraph.
_CHEER = (
    r"\W{0,3}(?:Félicitations|Bravo|Congratulations)\s+(?:à|to)\s+"
    r"(?:(?:Dr|Pr|Prof|Mme|M)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3})\s*"
)
_CHEERED_DEFENCE = re.compile(
    _CHEER + r"[,!](?=.*?(?:\b(?:soutenue?|défendue?)\s+(?:le|en)\b|\bdefended\s+(?:on|in)\b))"
)
# « Félicitations à A : elle est aujourd'hui directrice de recherche », "Congratulations to
# B, head of the X team, promoted to …": a brief cheering one person, then telling her news
_CHEERED_PERSON = re.compile(_CHEER + r"[,:]\s")
_CHEER_INITIALS = "FBC"
_DEFENDED_ON = re.compile(
    # ("… soutenue en décembre 2024, sous la direction de B": its month and year)
    r"(?i)\b(?:soutenue?|défendue?)\s+(?:le|en)\b|\bdefended\s+(?:on|in)\b|\bsoutenance\s+le\b|"
    # "A — « Title », thèse soutenue à l'Université X" (a prize's or a school's list)
    r"\bthèse\s+soutenue\s+(?:à|au|en)\b|\bthesis\s+defended\s+at\b"
)


# An agenda entry's date (and hour, room) before a dash: "11 juin, 10h00, amphi X — ".
_AGENDA_ENTRY = re.compile(r"^[^\n—–]{0,12}\d[^\n—–]{0,50}?\s[—–]\s+")
# "Doctorante (2024–2027) : A, …": a staff entry's label, its years, then the person.
_LABELLED_STUDENT = re.compile(
    r"^\W*(?P<label>[^\W\d][^:：()\n]{2,30}?)\s*(?:\([^()\n]{0,30}\)\s*)?[:：]\s*(?P<rest>\S[^\n]*)"
)
# A thesis notice's author field, the first of its fields ("Auteur: A").
_NOTICE_AUTHOR = re.compile(r"(?i)(?:auteur|auteure|autrice|author)\s*:\s*(?P<name>\S[^\n:]{3,60})")
_SUPERVISED_WORD = re.compile(
    r"(?i)\b(?:dirigée?|co-?encadrée?|encadrée?|supervised|advised)\s+(?:par|by)\b"
)
_HABILITATION_EVENT = re.compile(r"(?i)\b(?:hdr|habilitation)\b")
# What follows the candidate in a defence's line: its day ("le 28 novembre", "on 3 May"),
# its place, or a bracket, a comma, a dash.
EVENT_NAME_END = re.compile(r"\s+(?:le|on|at|à|au|in)\s+(?=\d|[a-zé])|\s*[,;:(—–]")
# "Thèse de A, « Titre », dirigée par B" (a council's minutes, a newsletter's item): the
# thesis the item opens on is its candidate's, told with its advisors.
_THESIS_OF = re.compile(
    r"^\W*(?i:(?:la\s+)?thèse\s+(?:de\s+doctorat\s+)?(?:de|d['’])|"
    r"(?:the\s+)?(?:ph\.?\s?d\.?\s+|doctoral\s+)?(?:thesis|dissertation)\s+of)\s*"
    r"(?:(?:M|Mme|Mlle|Mr|Mrs|Ms|Dr)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3})\s*[,:(«]"
)
# "2025: Dr. A — PhD 2024, University X." over "Advisor: Prof. B": a prize's past laureate,
# with the advisor of the thesis it crowned.
_LAUREATE_ENTRY = re.compile(
    r"^\W*(?:(?:19|20)\d\d\s*[:—–-]\s*)?(?P<rest>[^\n—–:]{4,80}?)\s+[—–]\s+"
    # (the degree and its year: "PhD 2024", not a student's "PhD student (2022–)")
    r"(?i:ph\.?\s?d\.?|doctorat|thèse|dissertation|dr\.?\s?rer)\s*,?\s*\(?(?:19|20)\d\d\b"
)
_ADVISOR_LINE = re.compile(
    r"(?im)^\W*(?:(?:thesis|doctoral|ph\.?d\.?)\s+)?(?:advis[eo]rs?|supervisors?|"
    r"directeurs?|directrices?|direction)(?:\s+de\s+(?:la\s+)?thèse)?(?:\s*\(s\))?\s*:"
)


# A prize's news item: the committee "a distingué A pour sa thèse", "awarded B for her thesis".
_CROWNED_THESIS = re.compile(
    r"\b(?:(?:a|ont|has|have)\s+(?:distingué|récompensé|primé|couronné|honou?red|selected|chosen)|"
    # ("Le prix est décerné à A pour sa thèse", "was awarded to B for his thesis")
    r"(?:est|a\s+été|is|was|has\s+been)\s+(?:décerné|attribué|remis|awarded|given)e?\s+(?:à|to))\s+"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3})\s+"
    r"(?:pour\s+(?:sa|son)\s+(?:thèse|travail\s+de\s+thèse|doctorat)|"
    r"for\s+(?:her|his|their)\s+(?:thesis|dissertation|ph\.?d\.?))\b"
)


def thesis_item(line: str) -> str | None:
    """The candidate of an item opening on "Thèse de A" / "Thesis of A" and naming its
    advisors ("…, dirigée par B"), else None."""
    if (thesis := _THESIS_OF.match(line)) and _SUPERVISED_WORD.search(line, thesis.end()):
        return clean_name(thesis["name"])
    return None


def block_subject(text: str) -> str | None:
    """The person one news item is about, on a page without an owner: the candidate of
    the one defence it announces, or the newcomer it welcomes ("Welcome to A, who joins
    the group as a postdoc working with B")."""
    name = _defended(text)
    if name:
        return name
    first = text.split("\n")[0]
    if "\n" in text and (dated := _AGENDA_ENTRY.match(first)):
        # "11 juin, 10h00, amphi X — Soutenance de thèse de A : Titre" over the lines that
        # give its advisor and jury: a seminar's agenda entry telling one defence.
        name = announced_candidate(first[dated.end() :])
        if name and not _HABILITATION_EVENT.search(first):
            return name
    if (
        first[:1] in "SsDdPpTt"
        and (event := _EVENT_OF.match(first))
        and not _HABILITATION_EVENT.search(first, 0, event.end())
        and (name := name_at_start(EVENT_NAME_END.split(first[event.end() :], maxsplit=1)[0]))
    ):
        # "Soutenance de A le 28 novembre — thèse dirigée par B. Rapporteurs : C, D" (a
        # council's minutes, an agenda's item, no date first): the defence's candidate
        return name
    if (
        (labelled := _LABELLED_STUDENT.match(first))
        and LEXICON.pattern("STUDENT_LABELS").fullmatch(labelled["label"].strip())
        and _SUPERVISED_WORD.search(text, labelled.start("rest"))
        and (name := name_at_start(labelled["rest"]))
    ):
        # "Doctorante (2024–2027) : A, contrat doctoral … Thèse dirigée par B": the student
        # a project's or a lab's staff entry labels, told with her own advisors
        return name
    if name := thesis_item(first):
        return name  # "Thèse de A, « Titre », dirigée par B"
    if (
        "\n" in text
        and (authored := _NOTICE_AUTHOR.fullmatch(first.strip()))
        and RECORD_ADVISOR_FIELD.search(text)
        and (name := name_at_start(authored["name"]))
    ):
        return name  # "Auteur: A" over "Directeur(s) de thèse: B": a thesis notice's fields
    if (crowned := _CROWNED_THESIS.search(first)) is not None:
        # "Le comité du prix, présidé par C, a distingué A pour sa thèse, dirigée par B"
        return clean_name(crowned["name"])
    if (
        "\n" in text
        and (laureate := _LAUREATE_ENTRY.match(first))
        and (_ADVISOR_LINE.search(text) or _SUPERVISED_WORD.search(text))
        and (name := name_at_start(laureate["rest"]))
    ):
        return name  # "2025: Dr. A — PhD 2024, University X." › "Advisor: Prof. B"
    if _DEFENDED_ON.search(first) and re.match(r"[^—–:]{3,60}\s[—–:-]\s", first):
        # "A — Title — soutenue le 14 mars 2024": one entry of a list of defences.

        return name_at_start(first)
    cells = first.split(" | ")
    # ("Advisor(s): B": a column that may hold several names says so in brackets)
    labels = {c.partition(":")[0].strip().lower().replace("(s)", "") for c in cells[1:] if ":" in c}
    if labels & _THESIS_CELLS and labels & _PEOPLE_CELLS:
        # "A | Date: … | Dissertation: … | Advisor: B | Committee: …": a defences table's row.
        return _name_shaped(cells[0])
    if (first[:1] in _CHEER_INITIALS or not first[:1].isalnum()) and (
        cheered := _CHEERED_DEFENCE.match(first)
    ):
        # "Bravo à A, désormais docteur ! Thèse dirigée par B, soutenue le 24 juin devant un
        # jury composé de C, D": a post cheering the one whose defence it then tells
        return clean_name(cheered.group("name"))
    if first[:1] in _CHEER_INITIALS and (cheered := _CHEERED_PERSON.match(first)):
        return clean_name(cheered.group("name"))
    names = {clean_name(m.group("name")) for m in _WELCOME.finditer(text)}
    if not names and ("récompense" in first or "à " in first or " to " in first):
        names = {clean_name(m.group("name")) for m in _AWARDED_TO.finditer(first)}
    names.discard(None)
    if not names:
        # "c'était au tour de A, encadré par B": the student a supervision participle follows.
        # (not "projet ANR GRAPHALEA, encadrée par B": a project's name in capitals; not
        # "… dirigée par B, co-encadrée par C": B is an advisor, nor the end of B's name)
        names = {
            clean_name(m.group("name"))
            for m in _SUPERVISED_APPOSED.finditer(first)
            if not m.group("name").isupper()
            and not _ADVISOR_BEFORE.search(first, 0, m.start("name"))
        }
        names.discard(None)
    return names.pop() if len(names) == 1 else None


CARD_LINE = 200  # characters: a people list's entry, not a paragraph


_POST_FIELD = re.compile(r"(?:\s+(?:of|in|de|en)\s+[A-ZÀ-Þ][\w'’-]*(?:\s+[\w'’-]+){0,3})?")


def card_subject(text: str) -> str | None:
    """ "A, Associate Professor, Department of X, University Y": the person a people list's
    entry describes (on a page without an owner), when the position follows the name and
    an institution follows the position."""
    first = text.split("\n", 1)[0]
    if len(first) > CARD_LINE or first.count(", ") < 2:
        return None
    pieces = first.split(", ")
    post = LEXICON.pattern("POSITIONS").match(pieces[1].strip())
    # ("A, Professor of Chemistry, University Y": the post's field after it)
    if post is None or not _POST_FIELD.fullmatch(pieces[1].strip(), post.end()):
        return None
    if not LEXICON.pattern("INSTITUTION_HEADS").search(", ".join(pieces[2:])):
        return None
    name = name_from_piece(pieces[0])
    return name if name and fold(name) == fold(clean_name(pieces[0]) or "") else None


_SUPERVISED_APPOSED = re.compile(
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){1,3}),[ \t]+"
    # ("A, dont la thèse était dirigée par B", "A, whose thesis was supervised by B")
    r"(?:(?:dont[ \t]+la[ \t]+thèse|whose[ \t]+(?:thesis|dissertation|PhD))[ \t]+"
    r"(?:était|a[ \t]+été|est|was|is)[ \t]+)?(?:co-?)?"
    r"(?:encadrée?|dirigée?|supervised|advised)[ \t]+(?:par|by)[ \t]"
)


_ADVISOR_BEFORE = re.compile(r"(?:\b(?:par|by)|[A-ZÀ-Þ][\w'’-]*)[ \t]+$")


# (the verb a bio's subject takes: "A is …", "A a rejoint …", "A, qui a soutenu …")
_BIO_VERB = (
    r"(?:who\s+|qui\s+)?(?:is|was|has\s+been|received|obtained|earned|completed|joined|holds|"
    r"joins|returns|retired|"
    r"leads|heads|directs|spent|receives|wins|"
    # ("A studies how …", "B comes to us from X", "C works on …": a newcomer's profile)
    r"studies|works|comes|came|moved|specializes|specialises|focuses|"
    # ("A taught at X from 1979 to 2015": a contributors' note on a retired member)
    r"taught|worked|"
    r"est|était|a\s+été|a\s+soutenu|a\s+obtenu|a\s+effectué|a\s+préparé|rejoint|"
    # ("A intègre l'équipe X …", "A commence une thèse …": a newcomer's news item)
    r"a\s+rejoint|dirige|intègre|commence|débute|entame|a\s+commencé|a\s+débuté|travaille|"
    # ("A quitte le laboratoire pour un poste de professeur à X": a departure's news item)
    r"quitte|leaves|part\s+(?:rejoindre|pour)|"
    # ("A (1939-2025) nous a quittés en mars": an obituary's opening)
    r"nous\s+a\s+quitté(?:e|s|es)?|s['’]est\s+éteinte?|est\s+décédée?|passed\s+away|died)\s"
)


# "A is an Associate Professor at X", "A, who completed her PhD here in 2019, has …",
# "A rejoint le laboratoire comme …": a paragraph that opens on the person it is about.
# "Speaker bio. Having completed her doctorate with B, A spent …", "Élève de B, A a
# soutenu …", "A (PhD, X, 2008; supervised by B) leads …", "A, 41 ans, est …": an opening
# clause or an aside may come before the verb.
_BIO_OPENING = re.compile(
    # ("Bio: A is …", "Speaker bio. A is …": a speakers' page labelling each bio)
    r"^\s*(?:(?i:(?:speaker(?:['’]s)?\s+)?bio|biography|short\s+bio|biographie|"
    r"about\s+the\s+(?:speaker|author))\s*[:：.]\s*)?"
    # (an opening clause: a participle or an apposition, no sentence's end inside)
    # ("Originaire de X, A a obtenu …", "Docteure en biologie, B a soutenu …")
    # ("Arrivé en post-doctorat dans l'équipe de B (équipe X), A travaille …": an aside)
    r"(?:(?:Having|After|Après|Ancienne?|Élève|Former|Trained|A|An|Originaire|Née?|Docteure?|"
    r"Diplômée?|Titulaire|Arrivée?|Recrutée?|Lauréate?)\s(?:[^.;:!?()]|\([^()]{1,80}\)){4,200}?,\s+)?"
    # ("Enfin, A rejoint …": a news item's linking adverb before the name)
    r"(?:(?:Enfin|Ensuite|Puis|Également|Finally|Lastly|Also)\s*,\s+)?"
    # ("We are pleased to announce that A joins …", "Finally, we congratulate A, who …":
    # a department's news item on its newcomer or its retiree)
    r"(?:(?:We\s+are|We['’]re)\s+(?:pleased|delighted|happy|proud|thrilled)\s+to\s+"
    r"(?:announce|report)\s+that\s+|[Ww]e\s+congratulate\s+)?"
    r"(?:(?:Dr|Prof|Professor|Mme|M)\.?\s+(?:Emerita\s+|Emeritus\s+)?)?"
    # ("Le Pr B est …", "La Dre B a …": an article and a title before a bare surname, no name)
    r"(?!(?:Le|La)\s+(?:Pr|Pre|Dr|Dre)\.?\s)"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})"
    # ("A, diplômée du master X de l'Université Y, commence …": a participle's aside)
    r"(?:\s*\([^()]{1,200}\)|,\s+\d\d\s+ans,|,\s+(?:diplômée?|titulaire|graduate)\s[^.;:!?()]{4,160}?,)?"
    # ("Professor A of X University receives the Y Medal": an award citation's opening)
    r"(?:\s+(?:of|from)\s+(?:the\s+)?[A-ZÀ-Þ][^.;:!?()]{2,60}?(?=\s+(?:receives|wins)\s))?"
    r",?\s+" + _BIO_VERB
)


# "Laudatio pour la professeure A", "Éloge de B", "Hommage à C": a section of a page about
# several people (a Dies academicus' laudationes, an academy's notices), each heading the
# one person its text is about.
_TRIBUTE_HEADING = re.compile(
    r"(?i)^\W*(?:laudatio|laudation|éloge|hommage|in\s+memoriam|nécrologie)\s*"
    r"(?:pour|de|du|à|of|for|:)?\s*(?:la\s+|le\s+|l['’]\s*)?(?=\w)"
)


def tribute_subject(heading: str) -> str | None:
    """The person a tribute's heading names ("Laudatio pour le professeur A"), or None."""
    match = _TRIBUTE_HEADING.match(heading) if len(heading) < 120 else None
    return _name_shaped(heading[match.end() :]) if match else None


_POSTED_BIO = re.compile(
    r"^\s*(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}),\s+(?P<post>[^.;:!?()]{4,160}?),\s+"
    + _BIO_VERB
)


def bio_subject(text: str) -> str | None:
    """The person a biographical paragraph opens on, or None."""
    if text[:1].isupper() and text[1:2].isupper() and (dateline := _RELEASE_DATELINE.match(text)):
        text = text[dateline.end() :]  # "TAMSFORD — A, professor of X, has been named …"
    match = _BIO_OPENING.match(text)
    if match is None and "," in text[:80] and (posted := _POSTED_BIO.match(text)) is not None:
        # "A, maîtresse de conférences recrutée en 2024 à X, a rejoint …": her post apposed
        if LEXICON.pattern("POSITIONS").match(posted["post"]) or LEXICON.pattern(
            "CURRENT_POST_ADVERBS"
        ).match(posted["post"]):
            # ("B, currently senior scientist at Y, has been appointed …": her present post)
            match = posted
    if match is None and ":" in text[:40] and (label := _LEAD_IN_LABEL.match(text)):
        # "Also announced today: B, currently …, has been appointed …": a release's lead-in
        # before the next person it announces
        return bio_subject(text[label.end() :])
    if match is None and text[:1] in "NW" and (lead := _GLAD_LEAD.match(text)) is not None:
        # "We are proud to share that A, who completed her PhD here, has accepted …": the
        # news the lab is glad to tell is about the person right after it
        return bio_subject(text[lead.end() :])
    if match is None and text[:1] in "NnCcWw":
        match = _DEATH_NOTICE.match(text)  # "Nous avons appris avec tristesse le décès de A"
    if match is None or _ARTICLE_ACRONYM.match(match.group("name")):
        return None  # "Le LABIRO est une petite équipe …": a group, by its acronym
    return clean_name(match.group("name"))


# A news post's glad lead-in ("We are proud to share that ", « Nous avons le plaisir
# d'annoncer que »), before the person it announces.
_GLAD_LEAD = re.compile(
    r"(?:We\s+are\s+(?:very\s+|so\s+)?(?:proud|pleased|happy|delighted|thrilled|excited)\s+"
    r"to\s+(?:share|announce|report)|Nous\s+(?:sommes\s+(?:très\s+)?(?:heureux|heureuses|fiers|"
    r"fières|ravis|ravies)|avons\s+(?:le\s+plaisir|la\s+joie))\s+d['’]annoncer)\s+(?:that|que|qu['’])\s*"
)
# A news post welcoming a newcomer ("We are delighted to welcome Dr. A, who joins …",
# « Nous sommes heureux d'accueillir A, qui … »), before the person it welcomes.
_WELCOME_LEAD = re.compile(
    r"(?:We\s+are\s+(?:very\s+|so\s+)?(?:proud|pleased|happy|delighted|thrilled|excited)\s+"
    r"to\s+welcome|Nous\s+sommes\s+(?:très\s+)?(?:heureux|heureuses|fiers|fières|ravis|ravies)"
    r"\s+d['’]accueillir)\s+"
)


def welcomed_subject(text: str) -> str | None:
    """The newcomer a news paragraph opens by welcoming, or None: the paragraph is theirs,
    whoever the page's owner is."""
    if text[:1] not in "WN" or (lead := _WELCOME_LEAD.match(text)) is None:
        return None
    return bio_subject(text[lead.end() :])


# A news paragraph's short lead-in label in sentence case ("Also announced today: ").
_LEAD_IN_LABEL = re.compile(r"[A-Z][a-z]+(?:\s[a-z]+){1,3}\s?:\s+(?=[A-ZÀ-Þ])")
# A news release's dateline, its city in capitals ("LORRIDGE, Ore. (March 3, 2026) — "),
# before the person the release announces.
_RELEASE_DATELINE = re.compile(
    r"[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+(?:\s[A-ZÀ-Þ][A-ZÀ-Þ'’.-]+){0,3}(?:,\s[A-Z][\w.]{1,14})?"
    r"(?:\s\([^()\n]{3,40}\))?\s?[—–]\s*"
)
_ARTICLE_ACRONYM = re.compile(r"(?:Le|La|Les|L['’]|The)\s+[A-ZÀ-Þ0-9]{2,}(?![\w'’-]*[a-zà-ÿ])")


# A society's or a department's death notice opening on the one it mourns.
_DEATH_NOTICE = re.compile(
    r"^\s*(?:(?i:nous\s+avons\s+appris\s+avec\s+(?:une\s+)?(?:grande\s+|profonde\s+|beaucoup\s+de\s+)?"
    r"(?:tristesse|émotion|peine|chagrin)|c['’]est\s+avec\s+(?:une\s+)?(?:grande\s+|profonde\s+)?"
    r"(?:tristesse|émotion|peine)\s+que\s+nous\s+avons\s+appris)\s+le\s+décès\s+(?:de|d['’])|"
    r"(?i:we\s+are\s+(?:deeply\s+|very\s+)?(?:saddened|sorry)\s+to\s+(?:learn|announce|report)\s+"
    r"(?:of\s+)?the\s+(?:death|passing)\s+of))\s*"
    r"(?:(?:Professor|Prof\.|Dr\.|professeure?|Pr\.?)\s+)?"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})"
)


_THESIS_CELLS = frozenset(
    {"dissertation", "thesis", "thèse", "dissertation title", "thesis title", "titre de la thèse"}
    # "Doctorant | Directeur(s) | Date | Titre": a lab's table of defended theses.
    | {"titre", "date de soutenance", "soutenance"}
    # "Student | Advisor | Year | First Position": a department's placement table.
    | {"first position", "first job", "placement", "initial placement", "first placement"}
)
_PEOPLE_CELLS = frozenset(
    "advisor advisors supervisor supervisors committee jury direction directeur directrice".split()
) | {"directeur de thèse", "directrice de thèse", "directeur(s)", "directeurs"}


_INTRODUCED = re.compile(
    r"(?:\bI['’]m|\bI\s+am|\b[Mm]y\s+name\s+is|\b[Jj]e\s+suis|\b[Jj]e\s+m['’]appelle|"
    r"\b[Mm]oi,?\s+c['’]est)\s+"
    r"(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})"
)


GREETING_BLOCKS = 8  # a newsletter's "About" opens on the publication, then "Who I am"


def _greeting_paragraph(blocks: list, *, apposed: bool = False) -> str | None:
    """A paragraph opening on its writer's introduction ("I'm A, an assistant professor
    …", "Je suis B, …") a little down the page (a blog's "About" says what the newsletter
    is first); *apposed*: only a name a comma closes ("I am Marie Curie Fellow at X" is
    no greeting)."""
    for block in blocks:
        if block.kind is BlockKind.PARAGRAPH and block.text[:1] in "IJjM":
            introduced = _INTRODUCED.match(block.text)
            if introduced is None:
                continue
            if apposed and block.text[introduced.end() : introduced.end() + 1] != ",":
                continue
            name = _name_shaped(introduced.group("name"))
            if name:
                return name
    return None


def _greeted_instead(titled: str, document: Document) -> str | None:
    """The writer a paragraph introduces ("I'm A, an economist …") when the page's title
    names someone else: a newsletter's or blog's name ("About - Ledger Lines") looks like a
    person's, its writer's greeting says who it is."""
    name = _greeting_paragraph(document.blocks[:GREETING_BLOCKS], apposed=True)
    return name if name and not compatible(name, titled) else None


# "About", "About me", "À propos" as a page's whole title: a blog's or newsletter's page
# about its writer.
_ABOUT_TITLE = re.compile(
    r"(?i)^\W*(?:about(?:\s+(?:me|the\s+author))?|à\s+propos|qui\s+suis-je)\W*$"
)


def _about_widget(document: Document) -> str | None:
    """The writer a blog's sidebar "À propos" / "About me" widget introduces ("Je suis A,
    docteure en …"): the page's "I" when nothing above named it."""
    for index, block in enumerate(document.blocks[:-1]):
        if block.kind is BlockKind.HEADING and _ABOUT_TITLE.match(block.text):
            return _greeting_paragraph(document.blocks[index + 1 : index + 2], apposed=True)
    return None


# "… the newsletter of A, Reader in X at Y": the writer named with the position they hold.
_APPOSED_POSITION = re.compile(
    r"\b(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3}),\s+(?:an?\s+|the\s+|une?\s+)?"
)
ABOUT_PARAGRAPHS = 5  # (a blog header's name and links, a photo's caption come first)


def _about_apposition(document: Document) -> str | None:
    """The one person an "About" page's opening paragraphs name with their position ("Field
    Notes is the newsletter of A, Reader in Marine Ecology at X"): the page's writer."""
    title = document.title or document.meta.get("h1") or ""
    if not _ABOUT_TITLE.match(title):
        return None
    positions = LEXICON.pattern("POSITIONS")
    paragraphs = [b for b in document.blocks[:12] if b.kind is BlockKind.PARAGRAPH]
    names = set()
    for block in paragraphs[:ABOUT_PARAGRAPHS]:
        for match in _APPOSED_POSITION.finditer(block.text):
            if positions.match(block.text, match.end()):
                names.add(_name_shaped(match.group("name")))
    names.discard(None)
    return names.pop() if len(names) == 1 else None


# "Speaker: Dr. A (University of X)", "Oratrice : A": a talk's page, whose bio is the speaker's.
SPEAKER = re.compile(
    r"(?im)^\W*(?:(?:invited\s+|guest\s+)?speaker|orat(?:eur|rice)|intervenante?|"
    r"conférenci(?:er|ère))\s*[:：]\s*(.+)$"
)


def _report_investigator(document: Document) -> str | None:
    """A grant or activity report's header line "Principal Investigator: A", when the report
    has a section of the people it supervised: the report speaks for A."""

    if document.format not in (DocumentFormat.TEXT, DocumentFormat.PDF):
        return None  # (a lab's web page with a "PI:" line names its head: ``lab_head``)
    headings = [b.text for b in document.blocks if b.kind is BlockKind.HEADING]
    if not any(heading_kind(h) is SectionKind.STUDENTS for h in headings):
        return None
    heads = LEXICON.pattern("LAB_HEADS")
    for block in document.blocks[:3]:
        if block.kind is BlockKind.HEADING:
            continue
        for line in block.text.split("\n")[:6]:
            label, colon, rest = line.partition(":")
            if colon and heads.fullmatch(label.strip()):
                return name_at_start(rest.strip())
    return None


# A Festschrift's preface: "This volume is dedicated to Professor A on the occasion of his
# seventieth birthday", "This volume honours C on the occasion of her 70th birthday", "Ce
# volume est dédié à B à l'occasion de ses 65 ans".
_DEDICATED_TO = re.compile(
    r"\b(?:volume|book|issue|collection|festschrift|ouvrage|numéro|recueil)\s+(?:(?:is|are|est)\s+"
    r"(?:dedicated|dédiée?)\s+(?:to|à)|honou?rs|celebrates)\s+"
    r"(?:(?:Professor|Prof\.|Dr\.?|Professeur|Professeure|Pr\.?)"
    r"\s+)?(?P<name>[A-ZÀ-Þ][\w'’-]+(?:\s+[A-ZÀ-Þ][\w'’-]+){1,3})\s+(?:on\s+the\s+occasion|"
    r"in\s+(?:honou?r|celebration|recognition)|to\s+(?:celebrate|mark)|à\s+l['’]occasion|"
    r"pour\s+(?:célébrer|ses))"
)


def _dedicatee(text: str) -> str | None:
    """The person a Festschrift's preface dedicates the volume to."""
    cued = "edicated" in text or "dédié" in text or "honou" in text or "celebrates" in text
    match = _DEDICATED_TO.search(text) if cued else None
    return _name_shaped(match.group("name")) if match else None


def _speaker(text: str) -> str | None:
    """The one speaker of a talk's page, when a bio names them again further down."""

    names = {name_at_start(m.group(1).strip()) for m in SPEAKER.finditer(text)}
    names.discard(None)
    if len(names) != 1:
        return None
    name = names.pop()
    return name if text.count(name.split()[-1]) >= 2 else None


HEADLINE_BLOCKS = 8


def _opening_defence(document: Document) -> str | None:
    """The candidate a post opens on ("Congratulations to A, who defended his PhD thesis
    yesterday!"): the post is about A's defence, its writer the site's owner.  Only a dated
    post's opening paragraph (a news page's first item speaks for itself, not its page)."""
    if not (document.meta.get("front_matter") or {}).get("date"):
        return None
    first = next((b for b in document.blocks if b.kind is BlockKind.PARAGRAPH), None)
    if first is None:
        return None
    text = first.text.strip()
    cheered = _CHEERED.match(text)
    found = _DEFENDED.match(text, cheered.end() if cheered else 0)
    return clean_name(found.group("name")) if found else None


def _defended(text: str) -> str | None:
    """The candidate of the first defence announced on the page, when there is only one."""
    names = {clean_name(m.group("name")) for m in _DEFENDED.finditer(text)}
    names.discard(None)
    return names.pop() if len(names) == 1 else None


def _stacked_name(blocks: list) -> str | None:
    """A resume banner that stacks the given name over the family name ("Ada" then
    "Quill"): two consecutive one-word title lines that are no section heading."""

    for first, second in zip(blocks, blocks[1:], strict=False):
        words = (first.text.split(), second.text.split())
        if (
            first.kind is second.kind is BlockKind.HEADING
            and len(words[0]) == len(words[1]) == 1
            and heading_kind(first.text) is None
            and heading_kind(second.text) is None
        ):
            name = _name_shaped(f"{first.text} {second.text}")
            if name:
                return name
    return None


# A field's label inside a line: "Family Name:", "First Name:" (leftmost, longest first).
_FIELD_LABEL = re.compile(r"(?:^|\s)[A-Z][\w'’]*(?:\s+[A-Za-z][\w'’]*){0,2}\s*:\s")


# (not under another bare label: "NAME:" / "POSITION TITLE:" / "Quill, Ada" is a label
# column read before its values)
_LABEL_OVER_VALUE = re.compile(
    r"(?im)(?<!:\n)^([^\W\d][^\W\d ]*(?: [^\W\d]+){0,2}:)\n(?=[^\n:]{3,60}$)"
)


def _side_by_side(text: str) -> list[str]:
    """Lines, each cut at its field labels: "Title: Dr. Family Name: A First Name: B" (a
    form's fields side by side on one line)."""
    lines = []
    # a PDF export's label over its value ("Apellido:" / "A"): the two joined as one field
    text = _LABEL_OVER_VALUE.sub(r"\1 ", text) if ":\n" in text else text
    for line in text.split("\n"):
        starts = [m.start() for m in _FIELD_LABEL.finditer(line)] if line.count(":") > 1 else []
        cuts = [0, *(s for s in starts if s), len(line)]
        lines.extend(line[a:b].strip() for a, b in zip(cuts, cuts[1:], strict=False))
    return lines


# A profile system's headline "Quill, Ada Maria" (VIVO, catalogue authority pages).
_INVERTED_HEADLINE = re.compile(
    r"(?P<family>[A-ZÀ-Þ][\w'’-]+(?:[ -](?:[a-z]{1,3}\s)?[A-ZÀ-Þ][\w'’-]+){0,2})\s*,\s*"
    r"(?P<given>[A-ZÀ-Þ][\w'’-]+\.?(?:\s[A-ZÀ-Þ][\w'’-]*\.?){0,2})"
)


def _turned_title(title: str, name: str) -> str:
    """ "zbMATH Open - Quill, Ada Maria" (an author database's title writes the name family
    first): the whole name turned round when the comma split off its family name."""
    words = set(name.split())
    for piece in _TITLE_PIECES.split(title):
        if "," in piece and (turned := _turned_round(piece)) and words < set(turned.split()):
            return turned
    return name


_TITLE_PIECES = re.compile(r"\s+[|·•–—:-]\s+")


def _turned_round(text: str) -> str | None:
    """The name of a headline written "Family, Given", turned round; None when the words
    after the comma are a title or a degree ("Ada Quill, PhD"), not given names."""
    match = _INVERTED_HEADLINE.fullmatch(text.strip())
    if match is None or _NOT_GIVEN.search(match.group("given")):
        return None
    if _GREETING_HEAD.match(match.group("family")) or match.group("given")[1:2] in "'’":
        return None  # "Hello, I'm Ada." (a theme's greeting headline, no name turned round)
    return _name_shaped(f"{match.group('given')} {match.group('family')}")


_GREETING_HEAD = re.compile(r"(?i)(?:hello|hi|hey|welcome|greetings|howdy|bonjour|hallo|hola)\b")

_NOT_GIVEN = re.compile(
    r"(?i)\b(?:ph\.?\s?d|m\.?d|dr|prof|professor|professeure?|jr|sr|esq|msc|mba|hdr|"
    r"fellow|lecturer|researcher)\b\.?"
)


def _given_first(name: str) -> str:
    """ "Quill, Ada" (family, given) turned round; any other name as written ("Ada Quill,
    MD": a degree after the comma, no given name)."""
    if name.count(",") != 1:
        return name
    family, given = name.split(",")
    if given.strip().lower() in SUFFIXES:
        return name
    if "(" in given or any(w[:1].islower() and w not in PARTICLES for w in given.split()):
        return name  # "Ada QUILL, chargée de recherche (CRCN)": her post after the comma
    return f"{given.strip()} {family.strip()}"


def _form_name(text: str) -> str | None:
    """The person a form's name fields give: a family and a given name, both in one field
    (family first), or one whole-name field ("Family, Given" turned round)."""
    family = given = None
    wholes = []
    # lines left after a whole-name label on its own ("Nome completo"); a PDF reader may
    # read a form's label column before its values ("NAME:" / "POSITION TITLE:" / "Quill,
    # Ada"): the few lines after it, of which only one is a name
    labelled = 0
    for line in _side_by_side(text):
        # "Family name, First name: | Quill, Ada": the form's label and value cells
        line = line.replace(": | ", ": ") if ": | " in line else line
        low = line.lower()
        if labelled:
            wholes.append(line.strip())
            labelled -= 1
        if low.strip() in _WHOLE_NAME_LABELS:
            labelled = 3 if low.strip().endswith(":") else 1
        if not (
            "nom" in low
            or "name" in low
            or "apellido" in low
            or "staff member" in low
            or "employee" in low
        ) or (":" not in line and "：" not in line and "prénom" not in low and "/" not in line):
            continue  # cheap: no identity field on this line
        both = _BOTH_FIELD.match(line)
        english = None if both else _BOTH_FIELD_EN.match(line)
        if english and english.group("first").lower().startswith("first"):
            return _name_shaped(english.group("value"))
        both = both or english
        if both:
            *family_words, given_word = both.group("value").split()
            return _name_shaped(f"{given_word} {' '.join(family_words)}")
        family = family or (m := _FAMILY_FIELD.match(line)) and m.group("value")
        given = given or (m := _GIVEN_FIELD.match(line)) and m.group("value")
        whole = _NAME_FIELD.match(line)
        if whole:
            wholes.append(whole.group("value"))
    if family and given:
        return _name_shaped(f"{given} {family}")
    return _one_name(wholes)


# "List of doctoral students of A", "PhD students supervised by A — Wiki": a page whose
# headline says whose students it lists is that advisor's page.
_STUDENTS_OF = re.compile(
    r"(?i)^(?:list\s+of\s+)?(?:(?:doctoral|phd|ph\.d\.|graduate)\s+)?students\s+"
    r"(?:of|supervised\s+by|advised\s+by)\s+(?P<name>[^|–—(]+?)\s*(?:[|–—(-]|$)"
)


NAME_OVER_POSITION_BLOCKS = 24  # a text dump's skip links, menus and breadcrumbs come first


def _name_over_position(blocks: list) -> str | None:
    """The one name line over a position line ("Ada Quill" / "Associate Professor of X")
    among a text dump's first blocks, where a browser's dump puts the site's menus,
    breadcrumbs and banners before the profile's header; None when two people have one."""
    positions = LEXICON.pattern("POSITIONS")
    found: set[str] = set()
    window = blocks[:NAME_OVER_POSITION_BLOCKS]
    for index, block in enumerate(window):
        lines = block.lines
        if not lines or len(lines[0]) > 60:
            continue
        below = lines[1] if len(lines) > 1 else None
        if below is None and index + 1 < len(window):
            following = window[index + 1]
            below = following.lines[0] if following.lines else None
        if below is None or not positions.match(below.strip()):
            continue
        name = _name_shaped(lines[0])
        if name and name_from_piece(lines[0].strip()) is not None:
            found.add(name)
    return found.pop() if len(found) == 1 else None


def _advisor_of_list(document: Document) -> str | None:
    """The advisor a students list's headline names, else None."""
    for headline in (document.meta.get("h1"), document.title):
        if headline and "tudents " in headline:
            match = _STUDENTS_OF.match(headline.strip())
            name = _name_shaped(match.group("name")) if match else None
            if name:
                return name
    return None


# A library authority record's heading (IdRef, SUDOC, BnF): "Family, Given (1971-....)".
_AUTHORITY_HEADING = re.compile(
    r"(?m)^[ \t]*(?P<family>[A-ZÀ-Þ][\w'’ -]{1,40}),[ \t]*(?P<given>[A-ZÀ-Þ][\w'’. -]{1,40}?)"
    r"[ \t]*\((?:1[89]|20)\d\d[ \t]*-[ \t]*(?:\.{2,4}|(?:1[89]|20)\d\d)\)[ \t]*$"
)


def _bold_author(author_lists: list[list[str]], bold: list[str] | None) -> str | None:
    """The one full name set in bold that is an author of the page's entries (a page with
    too few entries for a recurring author still bolds its own name in them)."""
    if not bold or not author_lists:
        return None
    authors = {fold(a) for authors in author_lists for a in authors}
    found = {
        name
        for text in bold
        if fold(text) in authors
        and (name := clean_name(text))
        and not parse_name(name).initials_only
    }
    return found.pop() if len(found) == 1 else None


# Front-matter fields that summarise a page and may name its author.
_SUMMARY_KEYS = ("excerpt", "description", "subtitle", "title")
_FIRST_PERSON = re.compile(r"\b(?:I\s+am|I'm|I\s+was|I\s+did|[Jj]e\s+suis|[Jj]['’]ai)\b")


def spelled_owner(owner: PageOwner, text: str, title: str = "") -> PageOwner:
    """An owner read by initials ("Promotie E.C. Zandbergen" in a page's meta title) takes
    the one full name the page writes for it ("Evelien Zandbergen werd geboren …"), or else
    the one its title writes (a site brand "A. Quill", the title "About – Anna Quill")."""
    parsed = parse_name(owner.name)
    if parsed is None or not parsed.initials_only or not parsed.family:
        return owner
    full = _full_form(owner.name, parsed.family, text) or (
        title and _full_form(owner.name, parsed.family, title)
    )
    return PageOwner(full, owner.confidence, owner.how) if full else owner


def given_first_owner(owner: PageOwner, text: str) -> PageOwner:
    """An owner read family name first from a staff page's headline ("Vlachou Irini", the
    order of a Greek or Hungarian staff list) takes the order its own prose writes ("Irini
    Vlachou received her Diploma …") when the prose writes the two words the other way
    round and never in the headline's order outside it."""
    words = owner.name.split()
    if len(words) != 2 or owner.how not in ("meta:h1", "first-heading"):
        return owner
    turned = f"{words[1]} {words[0]}"
    if turned not in text or text.count(owner.name) != 1:
        return owner
    # (the prose's subject: a paragraph opened by the name and its verb, "A B received")
    if not re.search(rf"(?:^|\n){re.escape(turned)}\s+[a-z]{{3,}}\b", text):
        return owner
    return PageOwner(turned, owner.confidence, owner.how)


def fuller_owner(owner: PageOwner, meta: dict) -> PageOwner:
    """An owner read short ("Lucía Barrientos", a blog's title) takes the longer form of the
    same name the page's own metadata writes ("Lucía Barrientos Ocaña", its JSON-LD author):
    a title often drops a second family name."""
    for key in ("jsonld:author", "jsonld:person", "profile:name"):
        value = meta.get(key)
        if not isinstance(value, str) or not value.startswith(f"{owner.name} "):
            continue
        # (the short form's words, then one or two more: the same person's name)
        if len(value[len(owner.name) :].split()) <= 2 and (full := _name_shaped(value)):
            if full.startswith(f"{owner.name} "):
                return PageOwner(full, owner.confidence, owner.how)
    return owner


NAME_LINE_BLOCKS = 15


def _name_line_of(recurring: str, blocks: list[Block]) -> str | None:
    """The full name a block near the top writes alone on its first line ("Dr. Ada
    Quill"), compatible with the author the entries give by initials only ("A. Quill")."""
    found = {
        name
        for block in blocks
        # ("Ada Quill — Dossier de candidature à l'HDR": the name before a dash and the
        # document's title on the same line)
        if len(first := _before_title(block)) <= 60
        and not _roster_item(block)
        and (name := _name_shaped(first))
        and not parse_name(name).initials_only
        and compatible(name, recurring)
    }
    return found.pop() if len(found) == 1 else None


def _roster_item(block: Block) -> bool:
    """A list item under a team page's people heading ("Responsables" › "Dr A, DR Inserm"):
    one member of the roster, not the profile's own name line."""
    if block.kind is not BlockKind.ITEM or not block.section:
        return False
    heading = block.section[-1].strip(" :")
    return bool(
        LEXICON.pattern("PEOPLE").fullmatch(heading)
        or LEXICON.pattern("LAB_HEADS").fullmatch(heading)
    )


def _before_title(block: Block) -> str:
    """*block*'s first line without a document's title set after a dash ("A — Dossier de
    candidature à l'habilitation"); a list item's ("A — Lecturer", a card) stays whole."""
    line = block.text.split("\n", 1)[0]
    if block.kind is BlockKind.ITEM:
        return line
    name, dash, title = line.partition(" — ")
    return name if dash and len(title.split()) >= DASH_TITLE_WORDS else line


DASH_TITLE_WORDS = 4  # words after a dash that make a document's title


def _spelled_out(recurring: str, family: str, text: str, summary: str = "") -> str | None:
    """The one full name the page writes for an author its entries give by initials only
    ("G. Wauthier" → "Guillaume Wauthier"), in its text or its front matter's summary
    (academicpages' ``excerpt: "A Quill — optics"``); None when no such name or two."""
    if not _FIRST_PERSON.search(text[:3000]):
        return None  # (a group's page, "we", names its head in full too)
    return _full_form(recurring, family, f"{text}\n{summary}" if summary else text)


def _full_form(short: str, family: str, text: str) -> str | None:
    """The one name the text writes in full ("Evelien Zandbergen") for a name written by
    its initials ("E.C. Zandbergen"); None when none or two."""
    if not family:
        return None
    # (the family name as written, or in capitals: a banner "Ada QUILL-MORROW")
    spellings = [form for form in dict.fromkeys((family, family.upper())) if form in text]
    found = {
        name
        for form in spellings
        for match in re.finditer(rf"\b([A-ZÀ-Þ][a-zß-ÿ'’-]+)[ \t]+{re.escape(form)}\b", text)
        if (name := clean_name(f"{match.group(1)} {family}"))
        and not parse_name(name).initials_only
        and compatible(name, short)
    }
    return found.pop() if len(found) == 1 else None


LABELLED_LINES = 3  # "Advisor:", "Co-advisor:", "Supervisor:" lines heading a profile


def _role_labelled(text: str) -> bool:
    """A line "Advisor: Prof. B" (a role's label, a colon, a name): B is someone the page
    speaks of, not its owner."""
    label, colon, _rest = text.partition(":")
    if not colon or len(label) > 40 or "\n" in label:
        return False
    return bool(LEXICON.pattern("SUPERVISION_CUES").search(label))


def _memorial_writer(document: Document, headline: str) -> str | None:
    """The signer of a page in memory of another ("Professor A (1941–2024)", "In memoriam"
    … "— B, March 2024") who writes of the deceased in the first person ("A was my PhD
    advisor"): the page's "I" is B, the headline's name is the one remembered."""
    if not (_MEMORIAL.search(headline) or _LIFE_SPAN.search(headline)):
        return None
    if not _FIRST_PERSON_WORDS.search(document.text):
        return None
    remembered = _name_shaped(document.meta.get("h1")) or _name_shaped(headline)
    for block in reversed(document.blocks[-MEMORIAL_TAIL_BLOCKS:]):
        match = _SIGNATURE.match(block.text.strip())
        name = _name_shaped(match.group("name")) if match else None
        if name and not (remembered and compatible(name, remembered)):
            return name
    return None


def _remembered_other(name: str, document: Document) -> bool:
    """Whether the page's headline names another person with the years of a life that
    ended ("A (1939–2024)", an obituary's title): *name*, its author, writes of A."""
    headline = document.meta.get("h1")
    if not isinstance(headline, str):
        return False
    if not _LIFE_SPAN.search(headline):
        # An encyclopedia's lead "A (1938–2017) was a …" under the headline A: the
        # article's author (a curator's Highwire tag) writes of A.
        headline = headline.strip()
        if not any(
            b.kind is BlockKind.PARAGRAPH
            and b.text.startswith(headline)
            and _LIFE_SPAN.match(b.text[len(headline) :].lstrip())
            for b in document.blocks[:LEAD_BLOCKS]
        ):
            return False
    remembered = _name_shaped(headline)
    return bool(remembered) and not compatible(remembered, name)


def headline_person(document: Document, given: str) -> str | None:
    """The person the page's headline names in full whose given name is *given* (a text
    speaking of them by their given name alone)."""
    name = _name_shaped(document.meta.get("h1")) or _name_shaped(document.title)
    return name if name and name.split()[0] == given and len(name.split()) >= 2 else None


def memorial_blocks(blocks: list) -> list:
    """A memorial page's blocks that speak for its writer: headings, lists and the
    paragraphs in the first person ("A was my advisor"); the remembered one's own career,
    told in the third person, is no fact about the writer; the headline's life years
    ("(1941–2024)") are no period of the writer's facts under it."""
    kept = []
    for block in blocks:
        if block.kind is BlockKind.PARAGRAPH and not _FIRST_PERSON_WORDS.search(block.text):
            continue
        if any("(" in title for title in block.section):
            section = tuple(_LIFE_YEARS.sub("", title) for title in block.section)
            block = type(block)(block.kind, block.text, block.level, section)
        kept.append(block)
    return kept


_MEMORIAL = re.compile(
    r"(?i)\b(?:in\s+memoriam|in\s+memory\s+of|remembering|obituary|hommage\s+à|"
    r"à\s+la\s+mémoire\s+de|nécrologie)\b"
)
# "(1941–2024)": a life that ended (an open "(1950–)" is a living person's birth year)
_LIFE_SPAN = re.compile(r"\((?:[^()]*?)?(?:18|19|20)\d\d\s*[–—-]\s*(?:19|20)\d\d\)")
_FIRST_PERSON_WORDS = re.compile(r"\b(?:[Mm]y|I|[Mm]on|[Mm]a|[Mm]es|[Jj]e)\b|\b[Jj]'")
# "— Ada Quill, March 2024": a signature line closing the text.
_SIGNATURE = re.compile(r"^[—–-]{1,2}\s*(?P<name>[^,\n—–(]{4,60}?)\s*(?:,[^\n]{0,40})?$")
MEMORIAL_TAIL_BLOCKS = 4
LEAD_BLOCKS = 16  # blocks at most before an encyclopedia article's lead paragraph


# "… where some of them went after leaving the lab. — Ada Quill": a paragraph signed by
# its writer on a dash.
_SIGNED_END = re.compile(r"\s[—–-]\s*((?:(?:Dr|Prof)\.?\s+)?[A-ZÀ-Þ][^\n—–]{3,50})$")


def _eponym_signed(document: Document) -> str | None:
    """The head of a lab named after them ("Alumni — Quill Lab") who signs the page's
    opening paragraph ("I have been lucky to mentor … — Ada Quill"): the page is theirs."""
    eponym = _EPONYM_LAB.search(document.title or "")
    if eponym is None:
        return None
    for block in document.blocks[: EPONYM_BIO_BLOCKS + 2]:
        if block.kind is not BlockKind.PARAGRAPH or not _FIRST_PERSON_WORDS.search(block.text):
            continue
        signed = _SIGNED_END.search(block.text.rstrip(" ."))
        name = _name_shaped(signed.group(1)) if signed else None
        if name and name.split()[-1] == eponym.group(1):
            return name
    return None


# "Posted by A Quill on 2 February 2026", "By A Quill · Lab news": a blog post's byline
_POSTED_BY = re.compile(
    r"^(?:[Pp]osted|[Ww]ritten|[Pp]ublished)?\s*by\s+(?:(?:Dr|Prof)\.?\s+)?"
    r"(?P<name>[A-ZÀ-Þ][^\n·|,]{3,50}?)(?:\s+on\b|\s*[·|,]|\s*$)"
)


def _eponym_poster(document: Document) -> str | None:
    """The head of a lab named after them ("News » Quill Lab") who posts the page in the
    first person ("Posted by A Quill on …" over "I arrived here in 2014 …"): theirs."""
    title = f"{document.title or ''} {document.meta.get('h1') or ''}"
    eponym = _EPONYM_LAB.search(title)
    if eponym is None:
        return None
    for block in document.blocks[: EPONYM_BIO_BLOCKS + 2]:
        posted = _POSTED_BY.match(block.text) if block.kind is BlockKind.PARAGRAPH else None
        name = _name_shaped(posted.group("name")) if posted else None
        if name and name.split()[-1] == eponym.group(1):
            if _FIRST_PERSON_WORDS.search(document.text[:CHEERED_TEXT]):
                return name
            return None
    return None


SIDEBAR_BLOCKS = 20  # a sidebar's contact, languages, skills and referees come first
_REFEREES_SECTION = re.compile(r"(?i)^\W*(?:references?|referees?|références)\W*$")
# "PERSONAL INFORMATION" › "Quill, Ada" (a grant template's CV: the name turned round)
_PERSONAL_SECTION = re.compile(
    r"(?i)^\W*(?:personal\s+(?:information|details|data)|informations\s+personnelles|"
    r"datos\s+personales|persönliche\s+(?:angaben|daten))\W*$"
)


# "Bonne retraite, Monique !", "Merci Jean-Paul !", "Happy retirement, Ada!": a lab's
# farewell post cheers its person by the given name; its text gives the whole name.
_CHEERED_GIVEN = re.compile(
    r"(?i)^\W*(?:bonne\s+retraite|joyeuse\s+retraite|happy\s+retirement|au\s+revoir|"
    r"merci|farewell|adieu)\s*,?\s*(?:à\s+|to\s+)?(?-i:(?P<given>[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)?))"
    r"\s*[!.]?\s*$"
)
CHEERED_TEXT = 4000  # characters: the post's opening names its person in full


def _cheered_given(document: Document) -> str | None:
    """The whole name of the person a farewell post cheers by the given name, or None."""
    headline = document.meta.get("h1") or document.title
    if not isinstance(headline, str) or len(headline) > 60:
        return None
    cheered = _CHEERED_GIVEN.match(_TITLE_PIECES.split(headline)[0])
    if not cheered:
        return None
    given = cheered.group("given")
    whole = re.search(
        rf"\b{re.escape(given)}\s+((?:(?:de|du|van|von|da|di|le|la)\s+)?[A-ZÀ-Þ][\w'’-]+)",
        document.text[:CHEERED_TEXT],
    )
    return _name_shaped(f"{given} {whole.group(1)}") if whole else None


def find_owner(
    document: Document,
    *,
    site_owner: str | None = None,
    author_lists: list[list[str]] | None = None,
    offer: bool = False,
    stated_only: bool = False,
) -> PageOwner | None:
    """The page owner with how it was found, or None when nothing says it safely."""
    if site_owner:
        name = clean_name(site_owner) or site_owner
        # A site's post titled "Soutenance de thèse de A": the page speaks of A's defence
        # (its author, the site's owner, is the "I" of the text).
        candidate = announced_candidate(document.title) if document.title else None
        candidate = candidate or _opening_defence(document)
        if candidate and not compatible(candidate, name):
            return PageOwner(candidate, 0.85, "defence-title")
        return PageOwner(name, 0.95, "site-config")
    front = document.meta.get("front_matter") or {}
    name = _front_matter_name(front) if front else None
    if name and front.get("author") and front.get("date"):
        # A dated post by its author about another's defence ("Soutenance de A", "A, que
        # j'ai co-encadré, a soutenu sa thèse …"): the page speaks of A, its "I" the writer.
        candidate = announced_candidate(document.title) if document.title else None
        candidate = candidate or _opening_defence(document)
        if candidate and not compatible(candidate, name):
            document.meta["writer"] = name
            return PageOwner(candidate, 0.85, "defence-title")
        # "Trois questions à A, volcanologue" by B, a science blog's writer: A's words
        guest = None if offer else _interviewee(document)
        if guest and not compatible(guest, name):
            document.meta["writer"] = name
            return PageOwner(guest, 0.8, "interviewee")
    if name:
        return PageOwner(name, 0.9, "front-matter")
    name = _name_shaped(document.meta.get("data:name"))
    if name:
        return PageOwner(name, 0.9, "data-file")
    head = document.text[:FORM_TEXT]
    name = (
        _form_name("\n".join(b.text for b in document.blocks[:FORM_FIELD_BLOCKS]))
        if any(map(head.__contains__, _GIVEN_NAME_WORDS)) or _NAME_LABEL_LINE.search(head)
        else None
    )
    if name:
        return PageOwner(name, 0.85, "identity-form")
    headline = document.meta.get("h1") or document.title
    if (
        headline
        and isinstance(headline, str)
        and "(" in headline
        or _MEMORIAL.search(document.title or "")
    ):
        name = _memorial_writer(document, f"{document.title or ''} {headline or ''}")
        if name:
            return PageOwner(name, 0.75, "memorial-writer")
    name = None if offer else _interviewee(document)
    if name:
        return PageOwner(name, 0.8, "interviewee")
    title = document.title or ""
    if not offer and (" with " in title or " avec " in title) and _two_guests(document):
        return None
    for key in (
        "profile:name",
        "jsonld:person",
        "author",
        "citation_author",
        "og:title",
        "h1",
        "copyright",
        "brand",
    ):
        value = document.meta.get(key)
        if key == "citation_author" and isinstance(value, str):
            value = _given_first(value)  # Highwire tags: "Family, Given"
        turned = key in ("h1", "profile:name") and isinstance(value, str) and "," in value
        # ("Family, Given" in a profile system's name field, VIVO's itemprop=name)
        name = _turned_round(value) if turned else None
        name = name or _name_shaped(value)
        if (
            name
            and key in ("copyright", "brand")
            and (
                _unit_named(name, document)
                or _acronym_brand(value)
                or _institution_short(value, document)
                or _CAMEL_BRAND.search(name) is not None
                or name.split()[0].casefold() in _UNIT_FIRST_WORDS
                # ("© 2026 Quillon Therapeutics, Inc.": a company's site, its team's page)
                or name.rsplit(None, 1)[-1] in COMPANY_NOUNS
            )
        ):
            continue  # "© Computationele Taalkunde X" of "Onderzoeksgroep Computationele …"
        if name and key == "jsonld:person" and _other_than_headline(name, document):
            continue  # a colleague's JSON-LD (the chair's card) on a page headed by another
        if (
            name
            and key == "author"
            and (_news_writer(name, document) or _credited(name, document))
            and not _own_story(document)
        ):
            continue  # a magazine story's byline: its writer tells of others
        if name and key in ("author", "citation_author") and _remembered_other(name, document):
            continue  # a journal's obituary "A (1939–2024)": its author writes of A
        if (
            name
            and key in ("og:title", "h1")
            and (writer := _name_shaped(document.meta.get("rel:author")))
            and not compatible(writer, name)
            and announced_candidate(value) is not None
        ):
            # "Soutenance de A" posted "par B": the page speaks of A, its "I" is B
            document.meta["writer"] = writer
            return PageOwner(name, 0.85, "defence-title")
        if name and not offer:
            if key == "og:title" and (greeted := _greeted_instead(name, document)):
                return PageOwner(greeted, 0.7, "greeting")
            return PageOwner(name, 0.85, f"meta:{key}")
    if not offer:
        name = _cheered_given(document)
        if name:
            return PageOwner(name, 0.75, "cheered-given")
        head = "\n".join(b.text for b in document.blocks[:12])[:1500]
        name = _form_name(head)
        if name:
            return PageOwner(name, 0.85, "name-field")
        authority = _AUTHORITY_HEADING.search(head) if "...)" in head else None
        name = _name_shaped(f"{authority['given']} {authority['family']}") if authority else None
        if name:
            return PageOwner(name, 0.85, "authority-record")
        candidates = _CANDIDATE_FIELD.finditer(head) if "andidat" in head else ()
        name = _one_name(m.group("value") for m in candidates)
        if (
            not name
            and ":" in head
            and (_SUPERVISOR_FIELD.search(head) or _JURY_ROLE_FIELD.search(head))
        ):
            # "Doktorantka: A" over "Promotor: B" (a defence notice's record, any language)
            # (the whole page's fields: a list of records names several students)
            fields = _STUDENT_FIELD.finditer(document.text[:STUDENT_FIELD_CHARS])
            name = _one_name(m.group("value") for m in fields)
        if name:
            # An examination notice's "Candidate:" field, above a mail's sender line.
            return PageOwner(name, 0.8, "thesis-record")
        name = _name_shaped(document.title)
        if name and ", " in document.title:
            name = _turned_title(document.title, name)
        if (
            name
            and (_CAMEL_BRAND.search(name) or name.rsplit(None, 1)[-1] in COMPANY_NOUNS)
            and name in (document.meta.get("brand"), document.meta.get("copyright"))
        ):
            name = None  # "Teams · DataSprint Bergen": the site's own brand, no person
        if (
            name
            and (brand := document.meta.get("brand"))
            and _name_shaped(brand) == name
            and _institution_short(brand, document)
        ):
            name = None  # "Programme – MSH X" beside "Université de X": an institute's brand
        if name:
            if greeted := _greeted_instead(name, document):
                return PageOwner(greeted, 0.7, "greeting")
            return PageOwner(name, 0.85, "title")
        name = _advisor_of_list(document)
        if name:
            return PageOwner(name, 0.8, "students-of-title")
        if document.format is DocumentFormat.PDF:
            name = _record_author(document)
            if name:
                # A thesis cover: "THÈSE" then "présentée … par" over the candidate's name.
                return PageOwner(name, 0.75, "thesis-record")
        # "Advisor: Prof. B" / "Co-advisor: Dr. C" over a student's own name: the labelled
        # lines name the student's advisors, the page's name comes after them.
        skip = 0
        while skip < LABELLED_LINES and skip < len(document.blocks) - 1:
            if not _role_labelled(document.blocks[skip].text):
                break
            skip += 1
        leading = document.blocks[skip : skip + 3]
        first_paragraph = next((b for b in leading if b.kind is BlockKind.PARAGRAPH), None)
        for block in leading:
            if block is first_paragraph and block is not leading[0]:
                # "📚 My Research" over "I'm A, a postdoc in …" (a landing page's first
                # prose under its section title): the greeting names the owner.
                introduced = _INTRODUCED.search(block.text.split("\n")[0])
                name = _name_shaped(introduced.group("name")) if introduced else None
                if name:
                    return PageOwner(name, 0.7, "greeting")
            if block.kind is BlockKind.HEADING or block is leading[0]:
                line = block.text.split("\n")[0]
                # ("IBARRA SOLÍS, Marina": a heading writes the name turned round)
                name = (_turned_round(line) if "," in line else None) or _name_shaped(line)
                if name and (_unit_named(name, document) or _whole_organisation(line)):
                    # a group's site title ("Onderzoeksgroep X" in its title), a
                    # university's name on a cover ("KU Leuvenberg")
                    name = None
                if name and _first_card_of_grid(document, block):
                    name = None  # "People" › cards "A", "B", "C": the first member, no owner
                if name and block.kind is BlockKind.HEADING and POSITION_CODE.match(line):
                    name = None  # "DC 2 — A": a network's position card, its holder no owner
                if (
                    name
                    and block.kind is BlockKind.HEADING
                    and any(
                        roster_line(b.text)
                        for b in document.blocks[skip:][:6]
                        if b.section and b.section[-1] == block.text
                    )
                ):
                    name = None  # "Fjord Floaters" › "Members: A, B, C": a team's card
                if name:
                    return PageOwner(name, 0.8, "first-heading")
                introduced = _INTRODUCED.search(block.text.split("\n")[0])
                name = _name_shaped(introduced.group("name")) if introduced else None
                if name:
                    # "Hi there 👋 I'm Ada Quill" (a GitHub profile README's greeting).
                    return PageOwner(name, 0.75, "greeting")
            # A plain CV's name line in capitals ("ADA QUILL") under "CURRICULUM VITAE".
            first, *rest = block.text.split("\n")
            first = first.strip()
            if (
                document.format in (DocumentFormat.TEXT, DocumentFormat.PDF)
                and len(rest) <= 3  # the name over its address lines
                and block.kind is BlockKind.PARAGRAPH
                and len(block.section) == 1
                and heading_kind(block.section[0]) is SectionKind.EMPLOYMENT
                and len(block.section[0].split()) <= 2
            ):
                # "Lebenslauf" / "Dr. Konstantin A" (a PDF CV's title over its owner's name
                # line, a date stamp above both, or the name over its department and date)
                name = _name_shaped(first)
                if name:
                    return PageOwner(name, 0.75, "name-under-cv-title")
            if (
                document.format in (DocumentFormat.TEXT, DocumentFormat.PDF)
                and first.isupper()
                and 2 <= len(first.split()) <= 4
            ):
                name = _name_shaped(first)
                if name:
                    return PageOwner(name, 0.75, "capitals-line")
            # "Ada Quill" over "Professeure des universités, …": a plain CV's header block.
            if (
                document.format in (DocumentFormat.TEXT, DocumentFormat.PDF)
                and rest
                and 2 <= len(first.split()) <= 4
                and LEXICON.pattern("POSITIONS").match(rest[0].strip())
            ):
                name = _name_shaped(first)
                if name:
                    return PageOwner(name, 0.75, "name-over-position")
            if (
                document.format in (DocumentFormat.TEXT, DocumentFormat.PDF)
                and block.kind is BlockKind.PARAGRAPH
                and 1 <= len(rest) <= 3
                and 2 <= len(first.split()) <= 6
                and len(rest[0].split()) <= 4
                and heading_kind(rest[0].strip())
                in (SectionKind.EMPLOYMENT, SectionKind.PUBLICATIONS)
            ):
                # "Prof. Dr. A" over "Lebenslauf und Schriftenverzeichnis" (a PDF CV's
                # name line over its document's title, a date stamp above both)
                name = _name_shaped(first)
                if name:
                    return PageOwner(name, 0.75, "name-over-cv-title")
        name = _greeting_paragraph(document.blocks[3:GREETING_BLOCKS]) or _about_apposition(
            document
        )
        if name:
            return PageOwner(name, 0.7, "greeting")
        name = _about_widget(document)
        if name:
            return PageOwner(name, 0.65, "about-widget")
        name = _eponym_bio(document)
        if name:
            return PageOwner(name, 0.65, "eponym-bio")
        name = _eponym_signed(document)
        if name:
            return PageOwner(name, 0.65, "eponym-signed")
        name = _eponym_poster(document)
        if name:
            return PageOwner(name, 0.65, "eponym-poster")
        name = _head_with_cv(document)
        if name:
            return PageOwner(name, 0.65, "head-cv")
        name = _head_speaking(document)
        if name:
            return PageOwner(name, 0.65, "head-speaking")
        if document.format is DocumentFormat.TEXT:
            # A thesis cover's text: "Thèse soutenue … par" over the candidate's name (the
            # jury's names below stand over their positions too).
            name = _record_author(document)
            if name:
                return PageOwner(name, 0.75, "thesis-record")
            name = _name_shaped(document.meta.get("running-header"))
            if name:
                return PageOwner(name, 0.75, "running-header")
            name = _name_over_position(document.blocks)
            if name:
                return PageOwner(name, 0.7, "name-over-position")
        if document.format is DocumentFormat.PDF:
            name = _stacked_name(document.blocks[:6])
            if name:
                return PageOwner(name, 0.7, "stacked-name")
            # A CV's sidebar (contact, languages) may come first in the text: the name is
            # the first name-shaped title line after it (not a referee's, listed in the
            # sidebar: a name the publications written by the owner all leave out).
            recurring = recurring_author(author_lists or []) if author_lists else None
            for block in document.blocks[3:SIDEBAR_BLOCKS]:
                if (
                    block.section
                    and _REFEREES_SECTION.match(block.section[-1])
                    and _TITLED.match(block.text)
                ):
                    continue  # "REFEREES" › "Prof. A": the sidebar's letter writers
                if (
                    block.kind is BlockKind.HEADING
                    and "," in block.text
                    and block.section
                    and _PERSONAL_SECTION.match(block.section[-1])
                    and (name := _turned_round(block.text.split("\n")[0]))
                ):
                    return PageOwner(name, 0.7, "pdf-heading")
                if block.kind is BlockKind.HEADING and "," not in block.text:
                    if heading_kind(block.text) is not None:
                        continue  # "CURRENT POSITION(S)", "POSTE OCCUPÉ": a section's title
                    name = _name_shaped(block.text.split("\n")[0])
                    if name and recurring and not compatible(name, recurring):
                        continue
                    if name:
                        return PageOwner(name, 0.7, "pdf-heading")
        name = _record_author(document) or _signed_thanks(document)
        if name:
            return PageOwner(name, 0.75, "thesis-record")
        name = _defended(document.text[:6000])
        headline = " ".join(filter(None, (document.title, document.meta.get("h1"))))
        if name and not headline:
            # A plain-text or PDF notice has no title: its headings stand for the headline
            # (an official "AVIS DE SOUTENANCE" sets the candidate apart on a line).
            headline = " ".join(
                b.text for b in document.blocks[:HEADLINE_BLOCKS] if b.kind is BlockKind.HEADING
            )
        if name and headline and fold(name.split()[-1]) not in fold(headline):
            # A press release's standfirst ("Press release: A defends her doctoral thesis")
            # names the candidate its headline leaves out.
            summary = document.meta.get("description")
            headline = f"{headline} {summary}" if isinstance(summary, str) else headline
        if name and fold(name.split()[-1]) in fold(headline):
            # Only a post whose headline names the candidate is about that one defence.
            return PageOwner(name, 0.7, "defence-announcement")
        defended, name = name, _speaker(document.text[:6000])
        if name and (defended is None or compatible(defended, name)):
            # (a seminar's agenda announcing another one's defence is no talk's page: its
            # one "Intervenant : B" label names a session's speaker, not the page's)
            return PageOwner(name, 0.7, "speaker")
        name = _dedicatee(document.text[:3000])
        if name:
            return PageOwner(name, 0.7, "dedicatee")
        name = _report_investigator(document)
        if name:
            return PageOwner(name, 0.65, "report-investigator")
    if stated_only:
        return None
    file_names = [
        n
        for n in (
            _from_file_name(document.source),
            *(_from_file_name(link) for link in document.links),
        )
        if n
    ]
    recurring = recurring_author(author_lists or [])
    if recurring:
        parsed = parse_name(recurring)
        if parsed is not None and parsed.initials_only:
            for candidate in file_names:
                if compatible(candidate, recurring):
                    return PageOwner(candidate, 0.75, "recurring-author+cv-file")
            summary = " ".join(
                value for key in _SUMMARY_KEYS if isinstance(value := front.get(key), str)
            )
            name = _spelled_out(recurring, parsed.family, document.text, summary)
            if name:
                # "**G. Wauthier**" in every entry, "Guillaume Wauthier · Bureau 3.12" in the
                # footer or a contact line: the page writes its author's full name once.
                return PageOwner(name, 0.7, "recurring-author+full-name")
            name = _name_line_of(recurring, document.blocks[:NAME_LINE_BLOCKS])
            if name:
                # "Dr. A Quill" alone on a profile's header line, "A. Quill*" in every
                # entry: a department's faculty profile, written in the third person.
                return PageOwner(name, 0.7, "recurring-author+name-line")
        if parsed is not None and not parsed.initials_only:
            return PageOwner(clean_name(recurring) or recurring, 0.75, "recurring-author")
    name = _bold_author(author_lists or [], document.meta.get("bold"))
    if name:
        return PageOwner(name, 0.7, "bold-author")
    if file_names and _from_file_name(document.source):
        return PageOwner(file_names[0], 0.7, "cv-file-name")
    if offer:
        return None
    match = _EMAIL.search(document.text)
    if match and _directory_mailboxes(document.text, match):
        return None  # a lab's directory: one personal address per row, none the page's
    if match and not {match.group("given").lower(), match.group("family").lower()} & MAILBOXES:
        given, family = match.group("given"), match.group("family")
        display = (
            "-".join(p.capitalize() for p in given.split("-"))
            + " "
            + "-".join(p.capitalize() for p in family.split("-"))
        )
        name = clean_name(display)
        if name and any(p.search(name) for p in LEXICON.context_patterns.values()):
            name = None  # a programme's mailbox ("dottorato.chimica@", "phd.admissions@")
        if name:
            if recurring and not compatible(name, recurring):
                return None
            return PageOwner(name, 0.6, "e-mail")
    return None
