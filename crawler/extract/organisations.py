"""Organisation mentions: "Université Grenoble Alpes (UGA)", "team DAO", "ENS de Lyon", "LJK".

A mention is a run of capitalised words and connectors around an organisation head word
(University, École, Laboratoire, ...), a known institution acronym, or a team name next to
a team word.  Acronyms written beside their expansion on the page are replaced by the
fullest name read.  Institutions employ and graduate people; units (teams, labs) have members.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, replace
from enum import StrEnum
from functools import cache, lru_cache, wraps
from pathlib import Path

import yaml

from crawler.extract.lexicon import LEXICON, opens_a_word, phrase_starts, word_starts
from crawler.extract.publications import lowered
from crawler.names import fold

DATA = Path(__file__).parent / "data" / "institutions.yml"


class OrgKind(StrEnum):
    INSTITUTION = "institution"
    UNIT = "unit"  # a team, lab or department, named so
    ACRONYM = "acronym"  # a bare acronym the page does not explain (a lab's, usually)


@dataclass(frozen=True, slots=True)
class OrgMention:
    name: str
    kind: OrgKind
    start: int
    end: int


@lru_cache(maxsize=1)
def known_acronyms() -> dict[str, str]:
    """Acronyms of institutions (not labs) that a page may use without expanding them."""
    data = yaml.safe_load(DATA.read_text(encoding="utf-8"))
    return {str(k): str(v) for k, v in (data.get("institution_acronyms") or {}).items()}


# (a year is no word of a name: "Université X pour 2024-2025";
# nor the rest of one: "2007-2012 Institute X" holds no word "007-2012")
# (a capital of Latin Extended-A opens a word too: Māori "Ōtaki", Polish "Śląsk", Romanian
# "Ștefan"; the Latin-1 range stops at "Þ")
_EXTENDED_CAPITALS = "ĀĂĄĆĈĊČĎĐĒĔĖĘĚĜĞĠĢĤĦĨĪĬĮİĴĶĹĻĽĿŁŃŅŇŌŎŐŒŔŖŘŚŜŞŠŢŤŦŨŪŬŮŰŲŴŶŸŹŻŽȘȚ"
_WORD = (
    r"(?:[dlDL]['’])?(?<!\d)(?!(?:19|20)\d\d\b)"
    rf"[A-ZÀ-ÖØ-Þ{_EXTENDED_CAPITALS}0-9][\w'’\-\.&]*"
)
# Inside a name, Italian "dell'" before a subject ("Scienze della Terra e dell'Ambiente"),
# not before a parent's head word ("Dipartimento X dell'Università Y": two organisations).
_ELIDED_OF_THE = (
    r"(?:[Dd]ell['’](?!(?i:"
    + "|".join(sorted(map(re.escape, LEXICON.INSTITUTION_HEADS), key=len, reverse=True))
    + r"))(?=[A-ZÀ-Þ]))?"
)
_CONNECT = (
    r"(?:of|the|for|de|du|des|la|le|d['’]|l['’]|et|and|&|für|der|zu|zur|zum|von|vom|y|e|di|del|della|"
    # ("Institut für Geologie und Mineralogie": German "and")
    r"und|"
    # "Centre de Recherche sur les Mobilités et les Territoires", "Centre for Research on X"
    # ("en" is Dutch "and": "Bodem en Water"; Spanish "en el" is "in the", no name's part)
    r"van|voor|en(?!\s+(?:el|la|los|las)\s)|i|sur|les|aux|pour|on|"
    # Portuguese: "Instituto Gulbenkian do Porto", "Universidade da Beira"
    r"do|da|dos|das|"
    # the Université du Québec network: "Université du Québec à Rimouski"
    r"(?<=Québec\s)à|"
    # Irish names: "Ollscoil na Gaillimhe" (the article "na" after the head word)
    r"(?<=Ollscoil\s)na|"
    # other languages' small words inside a name (lexicon ORG_CONNECTORS): "Istituto per
    # le Applicazioni del Calcolo", "Instituto para la Investigación"
    + "|".join(sorted(map(re.escape, LEXICON.ORG_CONNECTORS), key=len, reverse=True))
    + ")"
)
CANDIDATE = re.compile(
    rf"{_WORD}(?:(?:\s+{_CONNECT})*\s+{_ELIDED_OF_THE}{_WORD}|(?<=['’]){_WORD})*"
)
# Two letters at least: "B-214", "C1" are an office and a room, not a lab.
ACRONYM = re.compile(r"^(?=(?:[^A-ZÀ-Þ]*[A-ZÀ-Þ]){2})[A-ZÀ-Þ][A-ZÀ-Þ0-9&\-]{1,9}$")
_INSTITUTION = LEXICON.pattern("INSTITUTION_HEADS")
_UNIT = LEXICON.pattern("UNIT_HEADS")
_TEAM_WORDS = "|".join(sorted((re.escape(w) for w in LEXICON.TEAM_WORDS), key=len, reverse=True))
_TEAM_NAME_VERBS = "|".join(
    sorted((re.escape(w) for w in LEXICON.TEAM_NAME_VERBS), key=len, reverse=True)
)
# What follows a team's subject in lower case ("équipe Géophysique des volcans") and is
# none of it: its years ("… depuis 2019") or a possessive's lab ("… de son laboratoire").
_TEAM_NAME_AFTER = (
    r"\s+(?:de|en|depuis|dès|from|since|in)\s+(?:19|20)\d\d\b"
    r"|\s+(?:de|du|au|à)\s+(?:son|sa|ses|leur|leurs|notre)\s"
    # ("il anime l'équipe Sismologie des volcans jusqu'à sa retraite": up to its end date)
    r"|\s+(?:jusqu['’]|until\s)"
)
TEAM_BEFORE = re.compile(
    rf"(?i:\b(?:{_TEAM_WORDS}))(?:\s*:\s*|\s+)"
    # ("Unité de recherche en chimie verte", titled: the head's own subject, no team's name)
    r"(?!(?:En|Sur|Pour|De|Des|Du|For|On|In)\s)(?P<name>[A-ZÀ-Þ][\w\-]*"
    # "équipe Chimie Verte." / "team Machine Learning, ...": capitalised words up to the
    # clause's end (or the lab after it) are the one team's name.
    r"(?:(?:\s+(?!(?i:universit|école|ecole|institut|laborato|centre|center|cnrs|inria)\w*)"
    r"[A-ZÀ-Þ][a-zà-ÿ][\w\-]*){1,2}(?=\s*(?:[,;:.)(\n|]|$)|\s+[–—]\s"
    r"|\s+(?:du|de|des|of|at|à|von|der|am)(?:\s|$)"
    # "L'équipe Forêts Humides est …": a lower-case word (a verb) ends the name too
    r"|\s+(?!(?:et|and|en)\s)[a-zà-ÿ]{2,}\s"
    # "Équipe : Matière Molle et Interfaces": the "et" that follows continues the name
    r"|\s+(?:et|and|&)\s+(?!(?i:universit|école|ecole|institut|laborato|centre|center))\w))?"
    # "équipe Dynamique des Écosystèmes Côtiers", "équipe Biomécanique du Geste Sportif":
    # "des"/"du" join a subject, not a place.
    r"(?:\s+(?:des|du)\s+(?!(?i:universit|école|ecole|institut|laborato|centre|center))"
    r"[A-ZÀ-Þ][a-zà-ÿ][\w\-]*(?:\s+[A-ZÀ-Þ][a-zà-ÿ][\w\-]*)?)?"
    r"(?:\s+[A-ZÀ-Þ][A-ZÀ-Þ0-9\-]+)?"
    # A sentence-case name joined by "et"/"and" up to the clause's end: "équipe Territoires
    # et mobilités, ..." (two teams would be "équipes X et Y", each capitalised).
    # ("équipe Polymères et verres de l'IQV": its lab after "de l'", "de la")
    # ("équipe Expositions et santé des populations rurales.": the last subject's own
    # complement in lower case, up to the clause's end)
    r"(?:\s+(?:et|and|&)\s+[a-zà-ÿ][\w\-]*"
    # ("équipe Signalisation et immunité muqueuse de l'Institut X": the subject after
    # "et" with its adjective, not a verb or a small word)
    r"(?:\s+(?!(?:depuis|puis|avec|pour|sur|dans|entre|jusqu\w*|en|au|aux|le|la|les|et|ou|"
    r"since|until|with|from|where|which|qui|dont|où|and|the|of|de|du|des|est|sont|a)\b)"
    r"[a-zà-ÿ][a-zà-ÿ\-]{2,})?"
    # ("l'équipe Biodiversité et fonctionnement des sols de 2005 à 2016": up to its years)
    r"(?:\s+(?:des|du|de)\s+[a-zà-ÿ][a-zà-ÿ\-]{2,}(?:\s+[a-zà-ÿ][a-zà-ÿ\-]{2,})?"
    rf"(?=\s*(?:[,;:.)\n]|$)|{_TEAM_NAME_AFTER})"
    r"|(?=\s*(?:[,;:.)\n]|$)|\s+(?:(?:du|of|de\s+la)\s+|de\s+l['’])[A-ZÀ-Þ]))"
    # ("Équipe Analyse et EDP" on a card's line: an acronym of the subject after "et")
    r"|\s+(?:et|and|&)\s+(?!(?:CNRS|INRAE?|INSERM|INRIA|IRD|CEA|CNES|UMR|EA)\b)[A-ZÀ-Þ]{2,6}"
    r"(?![\w-])(?=[ \t]*(?:[,;:.)\n»]|$))"
    # A capitalised word after "et" continues the one team a singular team word names
    # ("équipe Langages et Preuves"), unless it starts an institution or a lab.
    # (Dutch "en": "Leerstoelgroep Bodemfysica en Landbeheer")
    r"|\s+(?:et|and|en|und|&)\s+(?!(?i:universit|école|ecole|institut|laborato|centre|center))"
    r"[A-ZÀ-Þ][a-zà-ÿ][\w\-]*(?:\s+[A-ZÀ-Þ][a-zà-ÿ][\w\-]*)?"
    # ("équipe Ondes et Transferts en Milieux Poreux.": "en"/"des" and capitalised words
    # up to the clause's end are the subject's complement, not a place)
    r"(?:\s+(?:en|des)\s+(?!(?i:universit|école|ecole|institut|laborato|centre|center))"
    r"[A-ZÀ-Þ][a-zà-ÿ][\w\-]*(?:\s+[A-ZÀ-Þ][a-zà-ÿ][\w\-]*)?(?=\s*(?:[,;:.)\n]|$)))?"
    # A sentence-case name up to the clause's end: "(IRIG, équipe Optique quantique)".
    r"|(?:\s+(?!(?:depuis|puis|avec|pour|sur|dans|entre|jusqu\w*|en|au|aux|le|la|les|et|ou|"
    r"since|until|with|from|where|which|qui|dont|où|and|the|of|de|du|des|von|bei|und)\b)"
    r"[a-zà-ÿ][a-zà-ÿ\-]{2,}){1,2}"
    # ("équipe Analyse numérique et EDP": an acronym of the subject joined at the end;
    # "équipe Systèmes dynamiques et contrôle.": a last subject word in lower case)
    r"(?:\s+(?:et|and|&)\s+(?:(?!(?:CNRS|INRAE?|INSERM|INRIA|IRD|CEA|CNES|UMR|EA)\b)"
    r"[A-ZÀ-Þ]{2,6}\b|[a-zà-ÿ][a-zà-ÿ\-]{2,}))?(?=\s*(?:[,;:.)\n]|$)"
    # ("l'équipe Interactions plantes-microbes de l'unité": up to the unit it belongs to)
    rf"|{_TEAM_NAME_AFTER}|\s+(?:de\s+l['’]|du\s+|de\s+la\s+)(?:laborato|unité|institut)\w*\b)"
    # "équipe Géophysique des volcans.": a subject in lower case up to the clause's end.
    # ("équipe Hydrologie des bassins versants du laboratoire X": two lower-case words, up
    # to the lab it belongs to, its head word in lower case too)
    r"|\s+(?:des|du|de)\s+[a-zà-ÿ][a-zà-ÿ\-]{2,}(?:\s+[a-zà-ÿ][a-zà-ÿ\-]{2,}"
    # (or to the lab's acronym: "… des bassins versants du LHX.")
    r"(?=\s+(?:du|de\s+la|de\s+l['’])\s*(?:laborato|unité|institut|[A-ZÀ-Þ]{2,}\b)"
    rf"|{_TEAM_NAME_AFTER}))?"
    # "équipe Écologie des cours d'eau de l'UMR X": its complement ("d'eau"), up to the
    # clause's end or to the unit it belongs to ("… des failles de l'Institut X" too).
    r"(?:\s+d['’][a-zà-ÿ]{2,})?"
    rf"(?=\s*(?:[,;:.)\n]|$)|{_TEAM_NAME_AFTER}"
    # ("l'équipe Chimie des volcans est l'une des …": up to the verb after the name)
    rf"|\s+(?:{_TEAM_NAME_VERBS})\s"
    r"|\s+(?:de\s+l['’]|du\s+|de\s+la\s+)"
    r"(?:[A-ZÀ-Þ]{2,}\b|(?:Universit|École|Ecole|Institut|Laborato|Centre|Unité)\w*"
    r"|(?:laborato|unité|institut)\w*\s)))?)"
)
# "Équipe : X" alone on its line (a directory entry's field): X up to the line's end.
_TEAM_LABEL_VALUE = re.compile(
    rf"^[ \t]*(?i:{_TEAM_WORDS})[ \t]*:[ \t]*(?P<name>[A-ZÀ-Þ][^\n,;:()|\d]{{2,60}}?)"
    # "(IMX)", or a parenthesis about the team ("(responsable : Dr X)") after the name
    r"[ \t]*(?:\([A-Z][A-Za-z0-9&-]{1,10}\)|\((?i:responsable|resp\.|head|leader|chef|dir\.|"
    r"direct)[^()\n]{0,80}\))?[ \t]*$"
)
# "dans l'équipe « Interfaces et Transferts »": a team's name in quotation marks after its
# head word and its article (running prose, not a CV's field list), read whole; the body
# that labels the team may stand between (« l'équipe Inserm « Y » »: the team is Y), or its
# number (« l'équipe 3 « Z » »); a line may open on it (« Équipe INSERM « Y » du Centre X »).
_QUOTED_TEAM_NAME = re.compile(
    rf"(?:(?<=[lL]['’])|(?<=\b[lL]e )|(?<=\bdu )|(?m:^))(?i:(?:{_TEAM_WORDS}))"
    r"(?:\s+(?:INSERM|Inserm|CNRS|INRAE|Inrae|INRIA|Inria|IRD|CEA|ATIP-Avenir))?"
    r"(?:\s+\d{1,2})?\s*[:–-]?\s*[«“]\s*"
    r"(?P<name>[A-ZÀ-Þ][^«»“”\n,;:()]{3,70}?)\s*[»”]"
)
TEAM_VALUE_WORDS = 6
# "Unité INSERM U1397 « Physiopathologie rénale »", "UMR 5731 « Immunologie de X »": a
# research unit's code, then its name in quotation marks.
_QUOTED_UNIT_NAME = re.compile(
    r"\b(?:U|UMR|UMRS|UMR[_-]S|UR|EA|UPR|US|UAR)\s?\d{3,4}\s*[«“]\s*"
    r"(?P<name>[A-ZÀ-Þ][^«»“”\n;:()]{3,90}?)\s*[»”]"
)


def _sentence_case_team(name: str) -> bool:
    """A team's name in sentence case ("Transferts en milieu poreux"), which the patterns
    for capitalised names leave out: a few words, no institution's or unit's head word."""
    words = name.split()
    return (
        2 <= len(words) <= TEAM_VALUE_WORDS
        and any(w[:1].islower() for w in words[1:])
        and not _INSTITUTION.search(name)
        and not _UNIT.search(name)
    )


# A unit's code right after a national body's acronym ("unité INSERM U1342", "CNRS UMR 5541").
_UNIT_CODE_NEXT = re.compile(r"\s+(?:U|UMR|UPR|UAR|USR|UMS)[\s-]?\d{3,4}\b")
_TEAM_NEXT = re.compile(rf"\s*,\s*(?i:{_TEAM_WORDS})\s")
# A capitalised word (not an acronym) right before "AI Lab": the start of a longer name.
_TITLED_BEFORE = re.compile(r"(?<![\w'’-])[A-ZÀ-Þ][a-zà-ÿ][\w'’-]*\s$")
# "Okonkwo-Reyes": title-cased words joined by hyphens (a person's or a place's name).
_TITLED_COMPOUND = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)+")
_TEAM_AT = re.compile(rf"(?i:{_TEAM_WORDS})[\s:]")
# "Computational", "Statistical", "Quantitative": an English adjective opening a unit's name
_ADJECTIVE_WORD = re.compile(r"[A-Z][a-z]{3,}(?:al|ic|ive)")
TEAM_AFTER = re.compile(
    rf"\b(?P<name>[A-Z][A-Za-z0-9\-]*[A-Z0-9][A-Za-z0-9\-]*)\s+(?i:(?:{_TEAM_WORDS}))\b"
)
# "laboratoire Dicen-Forez", "labo ELICO-Rhodanie": a lab's own name (compound, not an
# acronym: those are read as acronyms) after its head word in lower case.
# ("au sein du laboratoire Géosciences littorales de Tréguennec sous …": a name in sentence
# case up to its place, then a clause's end or a lower-case word)
LAB_BEFORE = re.compile(
    r"\b(?:laboratoire|labo|laboratory|lab)\s+"
    r"(?P<name>[A-ZÀ-Þ][\w]*-[A-ZÀ-Þ][a-zà-ÿ][\w]*(?=\s*(?:[,;:.)(\n]|$))"
    r"|(?<=laboratoire\s)[A-ZÀ-Þ][a-zà-ÿ]+(?:\s+(?:et|[a-zà-ÿ]{3,})){1,4}\s+(?:de|du)\s+"
    r"[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)*(?=\s*(?:[,;:.)(\n]|$)|\s+[a-zà-ÿ])"
    # ("et affecté au laboratoire Géosciences Côtières.": a name in title case up to the
    # clause's end)
    r"|(?<=laboratoire\s)[A-ZÀ-Þ][a-zà-ÿ]+(?:\s[A-ZÀ-Þ][a-zà-ÿ]+){1,3}"
    # ("laboratoire Milieux Marins de l'Iroise": the title-case name, then its place)
    r"(?:\s+(?:de\s+l['’]|de\s+la\s+|du\s+|de\s+)[A-ZÀ-Þ][a-zà-ÿ]+(?:-[A-ZÀ-Þ][a-zà-ÿ]+)*)?"
    r"(?=\s*(?:[,;.)(\n]|$)))"
)
_LABEL_VALUE_END = re.compile(r"\s*(?:[,;.()|\n]|$)")
_PEOPLE_WORD = LEXICON.pattern("PEOPLE")
_RUN_TO_ACRONYM = re.compile(
    r"((?:\s+(?:[a-zà-ÿ]+|[ldLD]['’][\w-]+|[A-ZÀ-Þ][\w-]*)){1,5}?)\s*\(([A-ZÀ-Þ][A-ZÀ-Þ0-9&-]{1,9})\)"
)
_AND_ACRONYM = re.compile(
    r"\s+(?:et|and|&)\s+([A-ZÀ-Þ]{2,6})\b(?=\s+(?:du|de|des|of|at)\s|\s*[,;.)]|\s*$)"
)
_PLURAL_TEAMS_CUT = re.compile(r"\s+(?:et|and|&)\s+(?=[A-ZÀ-Þ])")
# "équipe Dynamiques fluviales du laboratoire X": the lower-case adjectives after a team's
# capitalised word, up to the unit it belongs to, are still its name
_LOWER_TEAM_TAIL = re.compile(
    # (not a verb: "l'équipe X fait partie du laboratoire Y", "… relève de l'institut Z")
    r"(?:\s+(?!(?:dans|pour|avec|depuis|sous|entre|vers|est|sont|était|fait|font|appartient|"
    r"relève|dépend|travaille|rattachée?s?|intégrée?s?|hébergée?s?|située?s?|issue?s?)\s)"
    r"[a-zà-ÿ]{4,}){1,2}"
    r"(?=\s+(?:du|des|de\s+la|de\s+l['’]|d['’])\s*"
    r"(?i:laboratoire|labo|institut|unité|centre|département|UMR|UFR)\b)"
)
# ("(SAH, UMR 1402 INRAE / Institut Agro X)": the acronym, then the unit's code and bodies)
PAREN_ACRONYM = re.compile(r"\(\s*([A-ZÀ-Þ][A-Za-zÀ-ÿ0-9&\-]{1,11})\s*(?:[,;]\s*[^()]{1,60})?\)")
# (The word boundary as a look-behind after the capital: the engine scans for capitals.)
ACRONYM_PAREN = re.compile(r"([A-ZÀ-Þ](?<!\w.)[A-Z0-9&\-]{1,9})\s*\(([^()]{6,120})\)")
COUNTRY_TAIL = re.compile(r",\s*[A-Z][\w\s.-]*$")
_CV_FIELD = LEXICON.pattern("CV_FIELD_LABELS")
_LEADING_ARTICLE = re.compile(r"^(?:[lLdD]['’]|(?:the|The|la|La|le|Le)\s+)")
# Words that may be capitalised in a run but are not part of an organisation's name.
_NOT_NAME = re.compile(
    r"^(?:I|In|At|My|Our|The|A|An|Since|From|Then|Previously|Currently|Now|"
    r"Je|Au|Aux|En|Depuis|Dans|Postdoc|PhD|Ph\.D\.?|Professor|Prof\.?|Dr\.?|Head|Director|"
    r"Chair|Member|Leader|Directeur|Directrice|Responsable|Membre|Élève|"
    r"Former|Ancien|Ancienne|Visiting|Invited|Affiliated|"
    # a company's officers ("Gareth A, CEO of X Ltd", « B, PDG de Y ») before its name
    r"CEO|CTO|CFO|COO|PDG|President|Président|Présidente|Founder|Fondateur|Fondatrice|"
    # a degree written with its dots before the school's name ("M.P.H. Universidad X")
    r"M\.P\.H\.?|M\.A\.?|M\.S\.?|B\.A\.?|B\.S\.?|M\.Sc\.?|B\.Sc\.?|M\.D\.?|M\.Phil\.?|"
    r"D\.Phil\.?|M\.Eng\.?|J\.D\.?|LL\.M\.?|MPH|MSc|BSc|MPhil|DPhil)$"
)


_COMMA_ACRONYM = re.compile(r",[ \t]*([A-Z][A-Z&-]{1,9})(?=[ \t]*[,.]|[ \t]*$)", re.M)


# The lower-case words of a name set before its acronym ("Universidade Federal do Vale do
# Jaguari, UFVJ"); any other ("… and was a fellow at the University of X, UK") is prose.
_LINK_WORDS = frozenset(
    "of de du des d do da dos das la le les and et for y e i in en di del della delle degli "
    "für der den van von zu am an".split()
)


def acronym_map(text: str) -> dict[str, str]:
    """Acronyms the page expands: "Toulouse School of Economics (TSE)", "TSE (Toulouse ...)"."""
    mapping: dict[str, str] = {}
    for match in PAREN_ACRONYM.finditer(text):
        acronym = match.group(1)
        if not ACRONYM.match(acronym.replace("-", "")) and not acronym[0].isupper():
            continue
        before = text[max(0, match.start() - 160) : match.start()]
        runs = list(CANDIDATE.finditer(before))
        if runs and runs[-1].end() >= len(before.rstrip()) - 1:
            full = _trim(runs[-1].group())
            if "\n" in runs[-1].group():
                # "Department of X\nDaeyang University of Y (DUST)": the last line alone
                # when it is the whole name the acronym spells.
                last = _trim(runs[-1].group().rsplit("\n", 1)[1])
                if last and _head_kind(last) and _initials_match(acronym, last):
                    full = last
            words = full.split()
            # "Équipe Écologie Microbienne des Sols (EMS)": a team named so needs no head word.
            team = False
            while len(words) > 1 and (
                _initial(words[0]) != _initial(acronym) or words[0].lower() in _TEAM_HEADS
            ):
                team = team or words[0].lower() in _TEAM_HEADS
                words.pop(0)
            full = _trim(" ".join(words))
            if not team and ("quipe" in before or "eam" in before):
                # "l'équipe Apprentissage et Données (APPD)": the team's word in lower case
                # before the run names a team too
                team = _TEAM_WORD_BEFORE.search(before, 0, runs[-1].start()) is not None
            if not team and text[match.end() : match.end() + 1] == " ":
                # "the Quantum Matter Theory (QMT) group": the team's word in lower case
                # after the bracket names a team too
                team = _TEAM_WORD_AFTER.match(text, match.end()) is not None
            if not team and ("unité" in before or "laboratoire" in before):
                # "l'unité Chimie des Milieux Divisés (CMD)": the unit's word in lower
                # case before its name
                team = _UNIT_WORD_BEFORE.search(before, 0, runs[-1].start()) is not None
            if (
                full
                and (_head_kind(full) or team)
                # (or "Laboratoire d'Informatique et Mathématiques de Vaudrenne (LIMAV)":
                # each word giving the acronym one letter or more)
                and (_initials_match(acronym, full) or _prefix_spelt(acronym, full))
            ):
                mapping.setdefault(acronym, full)
            elif len(runs) > 1 and (listed := _comma_listed(before, runs, acronym)):
                mapping.setdefault(acronym, listed)
            elif acronym.isupper() and (full := _lower_case_expansion(before, acronym)):
                # "Laboratoire d'automatique et de signal du Velay (LASV)": the run before
                # the acronym is its last capitalised word only, the name in sentence case.
                mapping.setdefault(acronym, full)
        elif (
            (tail := _TEAM_TAIL.search(before)) is not None
            and (listed := _TITLED_LIST.search(before, 0, tail.start())) is not None
            and "," in listed.group()
            and _prefix_spelt(acronym, listed.group())
        ):
            mapping.setdefault(acronym, listed.group())
        elif acronym.isupper() and acronym not in mapping:
            full = _lower_case_expansion(before, acronym)
            if full:
                mapping[acronym] = full
    for match in ACRONYM_PAREN.finditer(text) if _may_expand_acronyms(text) else ():
        acronym, inside = match.group(1), match.group(2)
        full = _trim(COUNTRY_TAIL.sub("", inside.split(";")[0]).strip())
        if (
            full
            and _head_kind(full)
            # ("CRHV (Centre de recherches historiques de Verlaz)": its name in sentence case)
            and (
                _initials_match(acronym, full)
                or _initials_match(acronym, _titled_sentence_case(full))
            )
        ):
            mapping.setdefault(acronym, full)
        elif (
            full
            and _TEAM_WORD_BEFORE.search(text, max(0, match.start() - 12), match.start())
            and _prefix_spelt(acronym, full)
        ):
            # "Équipe MOSAIC (Modélisation Stochastique et Analyse d'Images Cellulaires)": a
            # team's name spelt by its words' first letters (MOdélisation, Stochastique …).
            mapping.setdefault(acronym, full)
        elif (
            full
            and _head_kind(full) is OrgKind.UNIT
            and _initial(acronym) == _initial(full)
            and _DEFINING_ARTICLE.search(text, max(0, match.start() - 8), match.start())
            and _DEFINING_VERB.match(text, match.end())
        ):
            # « Le LISTE (Laboratoire d'Informatique et des Systèmes …) est une unité … »: a
            # sentence defining the unit by its short name, whatever letters that takes
            mapping.setdefault(acronym, full)
    for match in _COMMA_ACRONYM.finditer(text):
        # "Universidade Federal do Vale do Jaguari, UFVJ, Brasil." (a Lattes CV's entry):
        # the acronym set after the name between commas (the name: back to the line's or
        # the clause's start).
        acronym = match.group(1)
        if acronym in mapping:
            continue
        start = max(text.rfind(c, 0, match.start()) for c in "\n.:;,") + 1
        full = _trim(text[start : match.start()].strip())
        if (
            6 <= len(full) <= 100
            and _head_kind(full)
            # ("UFIT" for "Universidade Federal de Itaparica": the last word gives two)
            and (_initials_match(acronym, full) or _prefix_spelt(acronym, full))
            and _LINK_WORDS.issuperset(w for w in full.split() if w.islower())
        ):
            mapping[acronym] = full
    if "ospitalier" in text or "de technologie" in text:
        for match in _SPELT_TYPE.finditer(text):
            # "Centre hospitalier universitaire de Valence" and "CHU de Valence" on one
            # page: the short name is the long one's
            short = _TYPE_INITIALS[match.group("type").lower()]
            mapping.setdefault(f"{short} {match.group('rest')}", match.group().strip())
    if "«" in text or "“" in text:
        for match in _QUOTED_TEAM.finditer(text):
            # "Équipe 3 « Remodelage vasculaire et vieillissement » (REVA)": a team's
            # sentence-case name in quotes, its acronym spelt by its first words' beginnings
            full, acronym = match.group("name").strip(), match.group("acronym")
            if acronym not in mapping and _leading_words_spell(acronym, full):
                mapping[acronym] = full
        for opener in _TEAMS_OPENER.finditer(text):
            # "… réunit deux équipes : « Mesure et cognition » (MeCo) et « Histoire des
            # savoirs » (HiS)": each quoted name of the list, its acronym after it
            end = min(
                (
                    i
                    for i in (text.find(". ", opener.end()), text.find("\n", opener.end()))
                    if i >= 0
                ),
                default=len(text),
            )
            for match in _QUOTED_ACRONYM.finditer(text, opener.end(), end):
                full, acronym = match.group("name").strip(), match.group("acronym")
                if acronym not in mapping and _leading_words_spell(acronym, full):
                    mapping[acronym] = full
    if " is the " in text or " stands for " in text or " est l" in text:
        for match in _IS_EXPANSION.finditer(text):
            # "NIAS is the Northwood Institute for Atmospheric Science": a footer's gloss
            acronym = match.group(1)
            run = CANDIDATE.match(text, match.end())
            full = _trim(run.group()) if run else ""
            if (
                acronym not in mapping
                and full
                and _head_kind(full)
                and _initials_match(acronym, full)
            ):
                mapping[acronym] = full
    if "Universit" in text or "Institut" in text or "Laborato" in text:
        if " - " in text or " – " in text or " — " in text:
            _dashed_expansions(text, mapping)
        _university_initials(text, mapping)
        _initialled_heads(text, mapping)
    return mapping


_TYPE_INITIALS = {
    "centre hospitalier universitaire": "CHU",
    "centre hospitalier régional universitaire": "CHRU",
    "centre hospitalier régional": "CHR",
    "institut universitaire de technologie": "IUT",
}
_SPELT_TYPE = re.compile(
    r"(?P<type>(?i:centre\s+hospitalier\s+(?:régional\s+)?universitaire|centre\s+hospitalier\s+"
    r"régional|institut\s+universitaire\s+de\s+technologie))\s+"
    r"(?P<rest>(?:de|du|d['’])\s*[A-ZÀ-Þ][\w'’-]+(?:[ -](?:sur|en|de|la|le)[ -][A-ZÀ-Þ][\w'’-]+)?)"
)
_QUOTED_TEAM = re.compile(
    rf"(?i:\b(?:{_TEAM_WORDS}))(?:\s+\d{{1,2}})?\s*[:–-]?\s*[«“]\s*(?P<name>[^«»“”\n]{{6,90}}?)\s*[»”]"
    r"\s*\((?P<acronym>[A-ZÀ-Þ][A-Za-zÀ-ÿ0-9&-]{1,11})\)"
)


# A plural team word opening a list ("deux équipes :", "three teams:") of quoted names.
_TEAMS_OPENER = re.compile(
    r"(?i)\b(?:équipes|equipes|teams|groupes|groups|axes)\b[^.:;«“\n]{0,20}[:：]\s*(?=[«“])"
)
_QUOTED_ACRONYM = re.compile(
    r"[«“]\s*(?P<name>[^«»“”\n]{6,90}?)\s*[»”]\s*\((?P<acronym>[A-ZÀ-Þ][A-Za-zÀ-ÿ0-9&-]{1,11})\)"
)


def _leading_words_spell(acronym: str, full: str) -> bool:
    """Whether the acronym's letters are the beginnings of the name's first words, in
    order, each giving one letter or more ("REVA": REmodelage VAsculaire …)."""
    letters = "".join(c for c in fold(acronym) if c.isalpha())
    words = [
        fold(w) for w in re.split(r"[\s'’-]+", full) if len(w) > 2 and w.lower() not in _SMALL_WORDS
    ]

    def spell(i: int, j: int) -> bool:
        if i == len(letters):
            return j >= 2
        if j == len(words):
            return False
        word = words[j]
        return any(
            word[:n] == letters[i : i + n] and spell(i + n, j + 1)
            for n in range(min(len(word), len(letters) - i), 0, -1)
        )

    return bool(letters) and spell(0, 0)


_IS_EXPANSION = re.compile(
    r"(?<![\w-])([A-ZÀ-Þ][A-Z0-9&]{1,9})\s+(?:is|stands\s+for|est)\s+(?:the\s+|l['’]|le\s+|la\s+)"
)


def title_acronyms(title: str, text: str, mapping: dict[str, str]) -> None:
    """ "Staff — Tarnbridge Centre for Marine Ecology" in the title, "Deputy Director of
    TCME" in the text: the acronym the title's organisation's initials spell, used bare."""
    for mention in find_organisations(title):
        words = [w for w in re.split(r"[\s'’-]+", mention.name) if w[:1].isupper()]
        acronym = "".join(_initial(w) for w in words)
        if (
            len(acronym) >= 3
            and len(words) >= 3
            and acronym not in mapping
            and acronym in text
            and re.search(rf"(?<![\w-]){acronym}(?![\w-])", text)
        ):
            mapping[acronym] = mention.name


# "Technische Universität Brackenfeld", "Ludwig-Maximilians-Universität Elmstadt": the
# head word and its place, then the capitalised words before the head (read backwards).
_HEAD_AND_PLACE = re.compile(r"[ \t-](Universit[a-zà-ÿ]*|Hochschule)[ \t]+([A-ZÀ-Þ][\w'’-]*)")
# The same matches on a page without "Hochschule" (groups and ends alike; a match's blank
# or hyphen before the head as a look-behind after its "U": the engine scans for the "U"
# instead of trying each blank of the page).
_UNIVERSITY_AND_PLACE = re.compile(r"(U(?<=[ \t-]U)niversit[a-zà-ÿ]*)[ \t]+([A-ZÀ-Þ][\w'’-]*)")
_WORDS_BEFORE_HEAD = re.compile(r"(?<![\w-])((?:[A-ZÀ-Þ][a-zà-ÿ]+[ \t-]+){1,3})$")
_WORD_GAPS = re.compile(r"[ \t-]+")


def _initialled_heads(text: str, mapping: dict[str, str]) -> None:
    """ "TU Brackenfeld" on a page that names "Technische Universität Brackenfeld" (in its
    title, say): the initials of the words up to the head word, then the same place, stand
    for it."""
    heads = _HEAD_AND_PLACE if "Hochschule" in text else _UNIVERSITY_AND_PLACE
    for match in heads.finditer(text):
        led = _WORDS_BEFORE_HEAD.search(text, max(0, match.start(1) - 60), match.start(1))
        if led is None:
            continue
        words = [*_WORD_GAPS.split(led.group(1).strip(" \t-")), match.group(1)]
        short = f"{''.join(_initial(w) for w in words)} {match.group(2)}"
        # (a title may write the short one)
        # ("an der Technischen Universität X": the dative's ending is no part of the name)
        mapping.setdefault(short, _DATIVE.sub(r"\1e \2", text[led.start() : match.end()].strip()))


_ACRONYM_PLACE = re.compile(
    r"[A-Z][A-Z0-9&]{1,9}-(?P<place>[A-ZÀ-Þ][a-zà-ÿ]{2,}(?:-[a-zà-ÿA-ZÀ-Þ]+)*)"
)
_NOT_PLACE_ENDS = ("ed", "ing", "based", "like", "free", "aware", "level", "scale", "type")


def _acronym_place(name: str) -> bool:
    """ "CERDI-Auvergne": an acronym, a hyphen, a capitalised place; not "GPU-Accelerated"
    nor "DNA-Based" (a compound adjective of a title)."""
    match = _ACRONYM_PLACE.fullmatch(name)
    if match is None or name.split("-")[0] in _IGNORED_ACRONYMS:
        return False
    return not match.group("place").lower().endswith(_NOT_PLACE_ENDS)


# ("chercheuse associée au laboratoire Mécanismes de X (MX)": the lab's word after "au")
_UNIT_WORD_BEFORE = re.compile(r"(?:\bl['’]unité|\b(?:le|au|du)\s+laboratoire)\s+$")
_LAB_WORD_JUST_BEFORE = re.compile(r"\b(?:laboratoire|labo)\s+$")
_CLAUSE_END = re.compile(r"\s*(?:[,;.]|$)")
# « Le LX (Laboratoire …) est … », "The LX (Laboratory …) is …": a sentence opened by a
# unit's short name and its spelt-out name, then its verb
_DEFINING_ARTICLE = re.compile(r"(?:^|[.\n]\s*)(?:(?:Le|La|The)\s+|L['’])$")
_DEFINING_VERB = re.compile(r"\s+(?:est|is)\s")
_TEAM_WORD_BEFORE = re.compile(rf"(?i:\b(?:{_TEAM_WORDS}))\s+$")
_TEAM_WORD_AFTER = re.compile(r"\s+(?:group|lab|laboratory|team)\b")


_SWEDISH_NAMED = re.compile(
    # (a Finnish name the same way: "Saimaan yliopisto", "X:n teknillinen korkeakoulu")
    r"(?<![\w-])(?:[A-ZÀ-Þ][\w:-]+(?:\s+(?:tekniska|teknillinen|[A-ZÀ-Þ][\w-]+))?\s+"
    r"(?:universitet|högskola|högskolan|yliopisto|korkeakoulu)"
    r"(?![\w-])|(?P<unit>Institutionen|Avdelningen|Fakulteten|Institutet|Enheten)\s+för\s+"
    r"[a-zåäö][\w-]+(?:(?:\s+och\s+|\s+)[a-zåäö][\w-]+){0,4}?"
    # (up to the clause's end, a title's separator, a preposition or a verb: "Institutionen
    # för X är en del av …", "Personal – Institutionen för X – Y universitet")
    r"(?=\s*(?:[,;.)\n]|$)|\s+[–—|]\s|\s+(?:vid|på|sedan|är|var|har|ingår)\s))"
    # "Teknisk-naturvetenskapliga fakulteten": a faculty named by its adjective
    r"|(?P<faculty>(?<![\w-])[A-ZÀ-Þ][\w-]+liga\s+fakulteten)(?![\w-])"
)
_UNIT_NUMBER = re.compile(r"\d{3,4}\s+(?=[A-ZÀ-Þ])")
_NOT_LISTED = r"(?!(?i:universit|école|ecole|institut|laborato|centre|center|cnrs|inria|umr)\w*)"
_LISTED_NOUN = rf"{_NOT_LISTED}[A-ZÀ-Þ][a-zà-ÿ][\w\-]*"
# ", Mesures et Capteurs": the rest of a team's name listed after its first noun,
# up to the clause's end or a lower-case word (a verb)
_TEAM_LIST_TAIL = re.compile(
    rf"(?:,\s+{_LISTED_NOUN}){{1,4}}\s+(?:et|and|och|und|&)\s+{_LISTED_NOUN}"
    r"(?=\s*(?:[,;:.)(\n]|$)|\s+[a-zà-ÿ])"
)
# "The Vision, Speech and Robotics team (VSR)": a team named before its team word
_TEAM_TAIL = re.compile(r"(?i)\s+(?:team|group|équipe|groupe)\s*$")
_TITLED_LIST = re.compile(rf"{_LISTED_NOUN}(?:(?:,\s+|\s+(?:and|et|&)\s+){_LISTED_NOUN}){{1,5}}$")


def _comma_listed(before: str, runs: list[re.Match[str]], acronym: str) -> str | None:
    """ "Laboratoire Sociétés, Territoires et Mobilités (LASTEM)": a unit named by a list of
    nouns, its runs of capitalised words joined by commas, spelt by the acronym."""
    first = len(runs) - 1
    while first > 0 and before[runs[first - 1].end() : runs[first].start()].strip() == ",":
        first -= 1
    if first == len(runs) - 1:
        return None
    full = _trim(before[runs[first].start() : runs[-1].end()].rsplit("\n", 1)[-1])
    head, _, rest = full.partition(" ")
    if _head_kind(full) is OrgKind.UNIT and (
        _prefix_spelt(acronym, full)
        # "Unité Sols, Agrosystèmes et Hydrosystèmes (SAH)": the kind word spells nothing
        or _UNIT.fullmatch(head) is not None
        and _prefix_spelt(acronym, rest)
    ):
        # ("UMR 6217 Espaces, Sociétés, Environnements (ESE)": the unit's name, not its code)
        numbered = _UNIT_NUMBER.match(rest)
        if head.lower() in _TEAM_HEADS and head.lower() != "lab":
            return rest  # ("Équipe Sols, Eaux et Climats (SEC)": the team's name)
        return rest[numbered.end() :] if numbered else full
    return None


def _prefix_spelt(acronym: str, full: str) -> bool:
    """Whether the acronym is the name's capitalised words' beginnings, in order, each
    word giving one or more letters and every word giving some ("MOSAIC": MOdélisation
    Stochastique Analyse Images Cellulaires)."""
    letters = "".join(c for c in fold(acronym) if c.isalpha())
    # (the capitalised words: "et", "pour la", "d'" do not spell)
    words = tuple(fold(w) for w in re.split(r"[\s'’-]+", full) if w[:1].isupper())
    return 2 <= len(words) <= 8 and _spelt(letters, words)


def _spelt(letters: str, words: tuple[str, ...]) -> bool:
    """Whether ``letters`` are the words' beginnings in order, every word giving one or more."""
    letters = "".join(c for c in letters if c.isalpha())

    @cache
    def spelt(at: int, word: int) -> bool:
        if word == len(words):
            return at == len(letters)
        return any(
            letters[at : at + size] == words[word][:size] and spelt(at + size, word + 1)
            for size in range(1, min(len(words[word]), len(letters) - at) + 1)
        )

    return spelt(0, 0)


# "ULiège - Université de Liège", "EPFL – École polytechnique fédérale de Lausanne": a
# repository's or an affiliation field's acronym, a dash, then the name it stands for.
DASH_GAP = re.compile(r"\s+[-–—]\s+")
# The same gaps found from their dash (the engine scans for the dash, not for every blank):
# one pattern per dash, each opening with its one character, which the engine finds by a
# fast scan (a class of three is tested character by character).
_DASH_THEN_GAP = tuple(re.compile(rf"{dash}(?<=\s{dash})\s+") for dash in "-–—")


def _dash_gaps(text: str) -> list[tuple[int, int]]:
    """The spans ``DASH_GAP.finditer`` gives: each dash with the blanks around it, unless
    the span before took those blanks ("a - - b": the second dash has none left)."""
    spans: list[tuple[int, int]] = []
    last = 0
    # (a dash and the blanks after it: no two overlap, so the three scans' matches, in
    # order, are what one scan for any dash finds)
    dashed = [m for p in _DASH_THEN_GAP if p.pattern[0] in text for m in p.finditer(text)]
    for match in sorted(dashed, key=lambda m: m.start()) if len(dashed) > 1 else dashed:
        start = match.start()
        while start > last and text[start - 1].isspace():
            start -= 1
        if start < match.start():
            spans.append((start, match.end()))
            last = match.end()
    return spans


_ACRONYM_BEFORE_DASH = re.compile(r"(?<![\w-])[A-ZÀ-Þ](?=[\w&-]*[A-ZÀ-Þ])[\wÀ-ÿ&-]{1,9}$")
ACRONYM_DASH_CHARS = 10  # the longest acronym read before a dash


def _dashed_expansions(text: str, mapping: dict[str, str]) -> None:
    """ "ULiège - Université de Liège", "EPFL – École polytechnique fédérale de Lausanne": a
    repository's or an affiliation field's acronym, a dash, then the name it stands for.
    (Read from each spaced dash back and forth: a pattern starting at every capital of the
    page cost more than the rest of the acronym search.)"""
    for dash_start, dash_end in _dash_gaps(text):
        lead = _ACRONYM_BEFORE_DASH.search(
            text, max(0, dash_start - ACRONYM_DASH_CHARS), dash_start
        )
        named = CANDIDATE.match(text, dash_end) if lead else None
        if named is None:
            continue
        # (the name ends with its line: "IPIV – Institut X" over the menu's "Accueil")
        acronym, full = lead.group(), _trim(named.group().split("\n", 1)[0])
        if (
            acronym not in mapping
            and " " in full  # (a head word alone names nothing: "Centre de recherches …")
            and _head_kind(full) is OrgKind.INSTITUTION
            and _initial(acronym) == _initial(full)
        ):
            mapping[acronym] = full
        elif acronym not in mapping and acronym.isupper():
            # "CRHOA — Centre de recherches historiques de l'Ouest alpin": a unit named in
            # sentence case, every word's initial spelling the acronym
            after = text[dash_end : dash_end + 120].split("\n", 1)[0]
            titled = CANDIDATE.match(_titled_sentence_case(after))
            if titled is None:
                continue
            trimmed = _trim(titled.group())
            end = titled.group().find(trimmed) + len(trimmed)
            # (a place's adjective after it: "… de l'Ouest alpin")
            adjective = _LOWER_WORDS_TO_STOP.match(after, end)
            full = after[titled.group().find(trimmed) : adjective.end() if adjective else end]
            words = [w for w in re.split(r"[\s'’-]+", full) if w and w.lower() not in _NAME_LINKS]
            if (
                _head_kind(full) is not None
                and "".join(_initial(w) for w in words).upper() == acronym
            ):
                mapping[acronym] = full


_LOWER_WORDS_TO_STOP = re.compile(r"(?:\s+[a-zà-ÿ][\w-]+){1,2}(?=\s*(?:[.,;:()\n]|$))")
_ACRONYM_ENDS = frozenset("ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789&-")


def _may_expand_acronyms(text: str) -> bool:
    """Whether ACRONYM_PAREN may match: some "(" follows, after spaces, a character an
    acronym ends with.  A page's parentheses are few, its capitals many: the pattern,
    which starts at each capital, costs tens of microseconds on a page without any."""
    at = text.find("(")
    while at >= 0:
        end = at
        while end and text[end - 1].isspace():  # (what the pattern's \s* skips)
            end -= 1
        if end and text[end - 1] in _ACRONYM_ENDS:
            return True
        at = text.find("(", at + 1)
    return False


_UNIVERSITY_RUN = re.compile(
    # (and an institute's or a lab's name: "Institut de Chimie Théorique de Lérins" › "ICTL")
    r"(?:Universit(?:é|y|ät)|Institut|Institute|Laboratoire|Laboratory)"
    r"(?:[ \t]+(?:[a-zà-ÿ]+[ \t]+)?(?:(?:de|du|des|of|the|à)[ \t]+|d['’])?"
    r"[A-ZÀ-Þ][\w'’-]*)+"
)


# What every _UNIVERSITY_RUN match opens with.
_RUN_HEADS = ("Universit", "Institut", "Laborato")


def _university_runs(text: str):
    """``_UNIVERSITY_RUN.finditer(text)``, the pattern tried only where one of its head
    words is written (found by ``str.find``: the engine tests each character of the page
    against the heads' first letters)."""
    found = [text.find(head) for head in _RUN_HEADS]  # (each head's next place, or -1)
    at = 0
    while True:
        found = [
            text.find(head, at) if 0 <= i < at else i
            for head, i in zip(_RUN_HEADS, found, strict=True)
        ]
        starts = [i for i in found if i >= 0]
        if not starts:
            return
        at = min(starts)
        run = _UNIVERSITY_RUN.match(text, at)
        if run is None:
            at += 1
            continue
        yield run
        at = run.end()


def _university_initials(text: str, mapping: dict[str, str]) -> None:
    """ "UCWD" used bare on a page that also names "Université catholique de Wavre-Dyle":
    an unexplained acronym spelt exactly by the initials of one university (institute,
    laboratory) the page names (every word but the small ones, each part of a hyphenated
    place) stands for it."""
    spelt: dict[str, set[str]] = {}
    for run in _university_runs(text):
        name = run.group().strip()
        words = [w for w in re.split(r"[\s'’-]+", name) if w and w.lower() not in _SMALL_WORDS]
        if 3 <= len(words) <= 6:
            spelt.setdefault("".join(_initial(w) for w in words), set()).add(name)
    known = known_acronyms()
    for acronym, names in spelt.items():
        if (
            len(names) == 1
            and acronym not in mapping
            and acronym not in known
            and acronym not in _IGNORED_ACRONYMS
            and acronym in text
            and re.search(rf"(?<![\w-]){acronym}(?![\w-])", text)
        ):
            # (as a mention reads it: "Université Catholique de …")
            mapping[acronym] = _titled_adjectives(names.pop())


_HEAD_WORD = re.compile(
    r"(?i)\b(?:département|departement|department|laboratoire|laboratory|institut|institute|"
    r"centre|center|unité|école|ecole)\b"
)
_SMALL_WORDS = frozenset(
    "de du des d l la le les et and of the for en sur aux au pour à dans on in".split()
)


_CAPITAL_PARTS = re.compile(r"-(?=[A-ZÀ-Þ])")


def _lower_case_expansion(before: str, acronym: str) -> str | None:
    """ "Département de mathématiques et applications (DMA)": a name in sentence case that
    starts with a head word and whose content words' initials spell the acronym exactly."""
    heads = list(_HEAD_WORD.finditer(before, max(0, len(before) - 90)))
    if not heads:
        return None
    full = before[heads[-1].start() :].strip()
    words = [w for w in re.split(r"[\s'’]+", full) if w and w.lower() not in _SMALL_WORDS]
    # ("Centre lyonnais d'études …" (CLEMT): a word's accent left out of its initial;
    # "… du travail et des mobilités" (CLETRAM): a word may give its first few letters)
    if len(words) > 8:
        return None
    if "".join(map(_initial, words)) == acronym or _spelt(
        fold(acronym), tuple(fold(w) for w in words)
    ):
        return full
    # ("Laboratoire d'informatique de Vannes-Blavet (LIVB)": each part of a hyphenated
    # place gives its initial)
    if "-" in full and "".join(_initial(p) for w in words for p in _CAPITAL_PARTS.split(w)) == (
        acronym
    ):
        return full
    named = full[heads[-1].end() - heads[-1].start() :].lstrip()
    if full[:1].islower() and named[:1].isupper() and words[1:] and words[0] == full.split()[0]:
        # "au sein du laboratoire Histoire des sociétés urbaines (HISU)": the head word in
        # lower case before the lab's own name, which alone spells the acronym
        if _spelt(fold(acronym), tuple(fold(w) for w in words[1:])):
            return named
    return None


_TEAM_HEADS = frozenset(w.lower() for w in LEXICON.TEAM_WORDS if " " not in w)


_CAPS_WORD = 7  # letters: an acronym this long is rare, a word in capitals is not
# "EDUCATION/TRAINING", "EMPLOYMENT": a CV's section heading set in capitals, no acronym
_SECTION_WORDS = frozenset(
    phrase.upper()
    for phrases in LEXICON.SECTIONS.values()
    for phrase in phrases
    if " " not in phrase and len(phrase) >= _CAPS_WORD
)


def _initial(word: str) -> str:
    """A word's first letter without its accent ("Écologie" → "E")."""
    return unicodedata.normalize("NFD", word[:1])[:1].upper()


def _initials_match(acronym: str, full: str) -> bool:
    letters = [c for c in acronym.upper() if c.isalpha()]
    # ("Université de Garonne (UdG)": a small letter spells a connector of the name)
    mixed = not acronym.isupper()
    words = [w for w in re.findall(r"[\wÀ-ÿ]+", full) if mixed or w[0].isupper()]
    initials = "".join(_initial(w) for w in words)
    # Every letter of the acronym starts some word, in order.
    index = 0
    for letter in letters:
        found = initials.find(letter, index)
        if found < 0:
            return False
        index = found + 1
    return True


_ROLE_WORDS = frozenset(w.lower() for w in (*LEXICON.STUDIES, *LEXICON.POSITIONS) if " " not in w)
# "Interne des Hospices X": a post and its connector ("interne des") opening the run
_ROLE_PAIRS = frozenset(
    w.lower() for w in (*LEXICON.STUDIES, *LEXICON.POSITIONS) if w.count(" ") == 1
)
# A hall where a defence or a talk takes place ("in the Aula of X University", "Amphithéâtre
# de l'Université Y"): the room opens the run, the institution follows its "of".
# "Deputy Director of X", "Acting Head of Y": a rank's qualifier before the role word
_ROLE_PREFIXES = frozenset(("deputy", "acting", "interim", "founding", "vice"))
# Ranks a record writes in capitals after the place ("SENIOR", "JUNIOR", "VISITOR")
_CAPS_RANKS = frozenset(("senior", "junior", "visitor"))
_ROOM_WORDS = frozenset(("aula", "auditorium", "amphitheatre", "amphithéâtre"))
# "Dean of the Faculty of Arts", "Provost of X College", "Dekanin der Fakultät für X",
# « Doyen de la Faculté des sciences », "Decana de la Facultad de Y": an office held over
# the unit, then the word that links it to the unit
_OFFICE_WORDS = frozenset(
    ("dean", "provost", "dekan", "dekanin", "doyen", "doyenne", "decano", "decana")
)
_OFFICE_LINKS = frozenset(("of", "der", "des", "de", "du", "del"))


# A person's post ending a run of capitalised words: the run names the post, not a place
# ("Hospital Appointments": a CV's section title).
_POST_NOUNS = frozenset(
    (
        "fellow",
        "professor",
        "lecturer",
        "researcher",
        "scientist",
        "position",
        "positions",
        "appointment",
        "appointments",
    )
)


_SENTENCE_END = re.compile(
    r"(?<![A-Z])(?<!\bUniv)(?<!\bInst)(?<!\bDept)(?<!\bSt)(?<!\bNat)"
    r"(?<=\w{2})\.\s+"
)


# The words _trim drops at a run's edges (compiled once: _trim reads every new run).
_CONNECT_WORD = re.compile(_CONNECT, re.I)
_NUMBER = re.compile(r"\d+")
# "2003.09-2007.07 X University": a Chinese CV's year.month range before the place
_DOTTED_DATES = re.compile(r"\d+(?:[./–-]\d+)+")
# ("a rejoint l'IJLMA le 1er septembre": a day's ordinal after the place, then its article)
_TRAILING_NUMBER = re.compile(r"\d+(?:er|re|st|nd|rd|th)?[.,;:]?")
_ELISION = re.compile(r"^[dlDL]['’]")


# ("Hochschule X Masterarbeit": a thesis word closes no organisation's name)
_THESIS_WORDS = frozenset(w.casefold() for w in LEXICON.THESIS_WORDS if " " not in w)
# ("Kinnear University Full-time, Tenured": a record's terms of the post after its employer)
_POST_TERMS = frozenset(w.casefold() for w in LEXICON.EMPLOYMENT_TERMS)
# "Department of Ocean Sciences Sep 2021 – Present": a month's short name before the year
# (not "del Mar", "Mai", a season's "Fall", a word also a name's)
_SHORT_MONTHS = frozenset(
    m
    for m in LEXICON.months
    if 3 <= len(m) <= 4 and m.isalpha() and m not in ("mar", "mars", "may", "mai", "fall", "été")
)


# A post's last word before the place it is held at, in a run of capitalised words
_LEADING_POSTS = frozenset(("associate", "assistant", "scientist", "researcher"))
_POST_LEAD = 4  # the words a post's title takes at most before its place
# A degree's first word after the university that grants it ("… Doctor of Philosophy")
_DEGREE_OPENERS = frozenset(("Doctor", "Master", "Masters", "Bachelor"))
# A title before a person's name ("Head of Department Professor A"): the place ends before it
_TITLES_BEFORE_NAMES = frozenset(("Professor", "Prof.", "Dr.", "Professeur", "Professeure", "Pr."))


def _place_after_small_word(words: list[str]) -> bool:
    """ "Universidad Nacional del Sur": a capitalised last word after a small one ("del")
    is a place's name, no connector left dangling."""
    return len(words) > 2 and words[-1][:1].isupper() and bool(_CONNECT_WORD.fullmatch(words[-2]))


# A field line's label after an organisation's line: its first word ends the run, then
# lower-case words at most and the colon ("Second supervisor:", "Examiners:").
_LABEL_LINE_OPENING = re.compile(r"[A-Z][a-z]+\Z")
_LABEL_LINE_END = re.compile(r"[ \t]*(?:[a-z][\w-]*[ \t]*){0,2}:")


@lru_cache(maxsize=1 << 14)
def _trim(run: str) -> str:
    """Cached: a CV names the same institutions entry after entry."""
    run = _SENTENCE_END.split(run, maxsplit=1)[0]
    words = run.split()
    while (
        words
        and not _NAMED_UNIT.match(" ".join(words))
        and not (words[0] == "Graduate" and _GRADUATE_UNIT.match(" ".join(words)))
        and (
            _NOT_NAME.match(words[0])
            or _CONNECT_WORD.fullmatch(words[0])
            or _NUMBER.fullmatch(words[0])
            or (words[0][:1].isdigit() and _DOTTED_DATES.fullmatch(words[0]))
            or words[0].lower() in _ROLE_WORDS
            or words[0].lower() in _ROLE_PREFIXES
            or words[0].lower() in _ROOM_WORDS
            or words[0].lower() in _OFFICE_WORDS
            and len(words) > 2
            and words[1] in _OFFICE_LINKS
        )
    ):
        words.pop(0)
    if (
        len(words) > 3
        and _CONNECT_WORD.fullmatch(words[1])
        and f"{words[0]} {words[1]}".lower() in _ROLE_PAIRS
    ):
        words = words[2:]
    for index in range(1, len(words) - 1):
        if (
            words[index] in _TITLES_BEFORE_NAMES
            and words[index + 1][:1].isupper()
            # ("Associate Professor Department of X": a post's title, then its place)
            and words[index - 1].lower() not in _LEADING_POSTS
            and not _INSTITUTION.match(words[index + 1])
            and not _UNIT.match(words[index + 1])
        ):
            words = words[:index]
            break
    # "Université de Sancerre de 2006": a year, then the connector before it ("au CNRS en
    # 2016." ends a sentence: the year keeps its full stop).
    while words and (
        # ("Universidad Nacional del Sur", "Universidad X Sur": Spanish "south" ends a name)
        _CONNECT_WORD.fullmatch(words[-1])
        and not _place_after_small_word(words)
        and words[-1] != "Sur"
        or _NOT_NAME.match(words[-1])
        or _TRAILING_NUMBER.fullmatch(words[-1])
        # "Hochschule X Masterarbeit bei B" (a text dump joined two lines): a thesis word
        or words[-1].casefold() in _THESIS_WORDS
        or words[-1].casefold() in _POST_TERMS
        or len(words) > 2
        and words[-1].casefold() in _SHORT_MONTHS
        and not _CONNECT_WORD.fullmatch(words[-2])
        # "Institute X POSTDOC", "University Y PHD" (a record's rank in capitals after the
        # place it was held at): the rank, no word of the name
        or len(words) > 1
        and words[-1].isupper()
        and (words[-1].lower() in _ROLE_WORDS or words[-1].lower() in _CAPS_RANKS)
    ):
        words.pop()
    # "Informatique de l'Université de Kerlann": a discipline, then the institution it
    # belongs to; start at the head word when the run's first word is not a head itself.
    if words and not (
        _INSTITUTION.match(words[0]) or _UNIT.match(words[0]) or words[0] in known_acronyms()
    ):
        for index in range(1, len(words)):
            bare = _ELISION.sub("", words[index])
            previous = words[index - 1].lower()
            if _STRONG_HEAD.match(bare) and (
                # ("Professora Adjunta da Universidade X", "Ricercatrice della Università Y")
                previous in _OF_WORDS or words[index] != bare
            ):
                words = [bare, *words[index + 1 :]]
                break
            if (
                index > 1
                and bare[:4] == "Univ"
                and words[index - 2] == "der"
                and _GERMAN_ADJECTIVE.fullmatch(words[index - 1])
            ):
                # "Juniorprofessorin für X der Technischen Universität Y": the subject, then
                # the university with its adjective (genitive)
                words = words[index - 1 :]
                break
    if len(words) > 2 and words[0] == "Part" and words[1] == "of":
        words = words[2:]  # "Part of the X Centre" (a CV's line): the unit that follows
    for index in range(1, min(len(words) - 1, _POST_LEAD)):
        if words[index].lower() in _LEADING_POSTS:
            # "Research Associate Hydrometeorology Group", "Affiliate Scientist X Center"
            # (a profile's title and place run together): the post, then the place
            if (
                all(
                    w[:1].isupper() and not _INSTITUTION.match(w) and not _UNIT.match(w)
                    for w in words[: index + 1]
                )
                and words[index + 1][:1].isupper()
            ):
                words = words[index + 1 :]
            break
    for index in range(2, len(words) - 1):
        if words[index] in _DEGREE_OPENERS and words[index + 1] in ("of", "in"):
            words = words[:index]  # "University X Doctor of Philosophy": the degree after it
            break
    if len(words) > 2 and words[1] == "the" and words[0][:1].isupper() and words[0][1:].islower():
        # "Lead the X Group", "Founded the Y Lab" (a CV's bullet): a verb, then the name.
        words = words[2:]
    if words and words[-1].lower() in _POST_NOUNS:
        return ""  # "Royal Society University Research Fellow": a post's title, not a place
    if 1 < len(words) <= 3 and words[-1] == "Faculty" and all(w.isupper() for w in words[:-1]):
        return ""  # "DST-INSPIRE Faculty": a fellowship scheme's post, no faculty of a school
    if (
        len(words) > 3
        and words[-2] in _OF_ACRONYM
        and ACRONYM.match(words[-1].rstrip(".,;:"))
        and _INSTITUTE_FIRST.match(words[0])
    ):
        # "Istituto di Geoscienze X del CNR", "Instituto de Y del CSIC": the institute,
        # then the national body that runs it (no university: "Universidade Federal do ABC")
        words = words[:-2]
    joined = " ".join(words)
    text = joined.strip(" .,;:-–")
    if text[-2:-1] == "." and _DOTTED_LEGAL_FORM.search(text) and joined.startswith(text + "."):
        text += "."  # "Corvalis Robotics S.A.": the legal form keeps its last full stop
    # German dative after "an der": "Technischen Universität" is "Technische Universität".
    text = _DATIVE.sub(r"\1e \2", text)
    if (label := _CV_FIELD.match(text)) and text[label.end() :].lstrip()[:1].isupper():
        text = text[label.end() :]  # "Organisme Université X": a Europass field's label first
    return _LEADING_ARTICLE.sub("", text).strip()


# "Chair of Theoretical Computer Science", "Faculty of Mathematics": a rank or role word
# that names a unit when a capitalised subject follows its "of" ("Chair of the Department",
# "Chair of Physics Department" are a role; the head word then starts the name).
_NAMED_UNIT = re.compile(
    r"^(?:Chair\s+of\s+(?!The\b)"
    # "Chair of Graduate Admissions", "Chair of Faculty Senate": a service, not a unit
    r"(?!(?:Graduate|Undergraduate|Postgraduate|Admissions?|Studies|Affairs|Senate|Council|"
    r"Board|Committee|Programs?|Programmes?|Curriculum|Search|Hiring|Recruitment|Ethics|"
    r"Teaching|Education|Examinations?|Assessment|Faculty)\b)"
    r"(?![^,;()]*\b(?i:senate|admissions|affairs|programme|program)\b)"
    r"|Faculty\s+of\s+(?!The\b))"
    r"[A-ZÀ-Þ][a-zà-ÿ]+"
    r"(?![^,;()]*\b(?i:department|school|faculty|institute|university|committee|board|council))"
)


# "Graduate School of Information Science" (Japan, Korea, the US): the unit's own name; an
# Australasian university's "Graduate Research School" (its research students' office) too.
_GRADUATE_UNIT = re.compile(
    r"Graduate\s+(?:(?:School|Institute|Division|College|University)\s+of\s+[A-Z]"
    r"|Research\s+(?:School|Office)\b)"
)


# "S.A", "S.A.R.L", "S.p.A", "B.V" (a company's legal form, its last full stop stripped)
_DOTTED_LEGAL_FORM = re.compile(r"\s(?:[A-Z]\.)(?:[A-Za-z]\.){0,2}[A-Z]$")


_GERMAN_ADJECTIVE = re.compile(r"[A-ZÄÖÜ][a-zäöüß]+(?:e|en)")
_DATIVE = re.compile(r"\b([A-ZÄÖÜ][a-zäöüß]+)en\s+(Universität|Hochschule|Akademie)\b")


_OF_WORDS = frozenset("de du des of at da do di del della der van".split())
_OF_ACRONYM = frozenset("du del do da of".split())  # "… du CNRS", "… del CNR"
_INSTITUTE_FIRST = re.compile(r"(?i)^(?:[ld]['’])?(?:institu|istitut|laborat|centr|center)")
_STRONG_HEAD = re.compile(
    r"(?i)^(?:universit|universid|école|ecole|university|institut|istitut|laborato|"
    r"rijksuniversit)"
)


_OF_THE = re.compile(r"(?i)\s(?:de\s+l['’]|de\s+la|du|of\s+the)\s*$")


@lru_cache(maxsize=1 << 14)
def _headless_prefix(name: str) -> str:
    """ "Informatique de l'Université X" (a master's subject, then its university) → the
    university; a prefix with its own head ("Institut de Maths de l'Université X") stays."""
    head = _INSTITUTION.search(name)
    if head is None or head.start() == 0:
        return name
    prefix = name[: head.start()]
    if _OF_THE.search(prefix) and not _UNIT.search(prefix) and not _INSTITUTION.search(prefix):
        return name[head.start() :]
    return name


@lru_cache(maxsize=1 << 14)
def _head_kind(name: str) -> OrgKind | None:
    name = name.replace("-", " ")  # "Humboldt-Universität", "Sorbonne-Université"
    unit, institution = _UNIT.search(name), _INSTITUTION.search(name)
    if institution and unit and institution.start() <= unit.start() < institution.end():
        return OrgKind.INSTITUTION  # "National Laboratory": the unit word is in the head
    if unit and not re.match(r"(?i)^(?:universit|école|ecole|school|institut)", name):
        return OrgKind.UNIT
    if re.match(r"^(?:School|Faculty|College|Division|Department)\s+of\s", name) or (
        _NAMED_UNIT.match(name)
    ):
        return OrgKind.UNIT  # "School of Computing": a part of a university
    if _INSTITUTION.search(name):
        return OrgKind.INSTITUTION
    if any(_compound_head(word) for word in name.split()):
        return OrgKind.INSTITUTION  # "Landbouwhogeschool Ederveen", "Musikhochschule X"
    first = name.split()[0] if name.split() else ""
    if first in known_acronyms():
        return OrgKind.INSTITUTION
    return None


_COMPOUND_HEADS = tuple(LEXICON.COMPOUND_HEADS)


def _compound_head(word: str) -> bool:
    """A capitalised compound that ends on an institution's head word (Dutch and German
    write them as one word: "Landbouwhogeschool", "Rijksinstituut", "Musikhochschule")."""
    low = word.lower()
    return (
        word[:1].isupper()
        and low.endswith(_COMPOUND_HEADS)
        and any(low.endswith(h) and len(low) >= len(h) + 3 for h in _COMPOUND_HEADS)
    )


_STRONG = re.compile(
    # ("Univ. of X": a university's name abbreviated)
    r"(?i)universit|univ\.|universidad|uniwersytet|univerzit|politechni|escuela|école|ecole|school|"
    # (Italian and Iberian ones: "Politecnico di X", "Scuola Normale", "Escola Superior")
    r"college|institut|polytechn|academy|hochschule|cnrs|inria|politecnic|scuola|escola"
)


def is_strong_institution(name: str) -> bool:
    """Universities, schools, institutes: employers and degree-granters (not centres)."""
    return bool(_STRONG.search(name)) or name.split()[0] in known_acronyms()


def org_kind(name: str) -> OrgKind:
    """Institution or unit; a bare unknown acronym (a lab's, usually) is a unit."""
    return _head_kind(name) or OrgKind.UNIT


# "entre l'Université X et l'Université Y": the article's elision may lead; "commune du
# Centre X et du Laboratoire Y", "entre la société X et le Laboratoire Y", "et de l'INRAE":
# an article may too.
_AND_ANOTHER = re.compile(
    # ("entre la Universidad X y la Université Y": the Spanish "and")
    r"\s+(?:and|et|und|y|&)\s+(?:(?:du|des|de\s+la|de(?=\s+[lL]['’])|le|la|les|the|die|der|das|el)\s+)?"
    r"(?=(?:[ldLD]['’])?(?:[A-Z][A-Z0-9\-]{1,9}\b|"
    # ("l'Universidad de X", "& Station biologique de Y": another's head word too)
    # ("de l'Université X et de l'Inserm": a national body its own name, in mixed case)
    r"(?i:universi|école|ecole|school|institut|laborato|cnrs|inria|inserm|inrae|ifremer|"
    r"station|observato)))"
)


# "Universidade de X Faculdade de Ciências" (a CV system's institution cell): a faculty's
# or a department's head word right after a university's place starts the unit's name.
_GLUED_FACULTY = re.compile(
    r"(?<=[a-zà-ÿ])\s+(?=(?:Faculdade|Facultad|Faculté|Facoltà|Fakultät|Faculteit|"
    r"Departamento|Dipartimento|Département|Departament)\s+(?:de|di|da|des|do|für|der)\s)"
)


_PLACE_AND = re.compile(r"[A-ZÀ-Þ][a-zà-ÿ]+\s+and\s+(?=(?:[A-ZÀ-Þ][\w'’-]*\s+){1,3}University\b)")
_SPELT_AFTER = re.compile(r"\s*\(([A-ZÀ-Þ][A-Za-zÀ-ÿ&-]{2,11})\)")


# "a joint unit of A University and the B Council": the cue before a run whose "and" may join
# two bodies (each side its own head word), not one name's two subjects.
_JOINT_CUE_WORDS = tuple(c.lower() for c in LEXICON.JOINT_UNIT_CUES)
_JOINT_CUE_BEFORE = re.compile(
    r"(?i)(?:"
    + "|".join(re.escape(c).replace(r"\ ", r"\s+") for c in LEXICON.JOINT_UNIT_CUES)
    + r")\s+(?:the\s+|la\s+|le\s+|les\s+|l['’])?$"
)


@lru_cache(maxsize=8)
def _writes_joint_cue(text: str) -> bool:
    """Whether *text* writes a joint unit's cue (asked only for a run holding an "and")."""
    low = lowered(text) or text.lower()
    return any(c in low for c in _JOINT_CUE_WORDS)


_JOINT_AND = re.compile(
    r"\s+(?:and|et|&)\s+(?:(?:du|des|de\s+la|de|le|la|les|the)\s+|(?:de\s+)?l['’](?=\w))?"
)


def _joint_parts(run: str, offset: int) -> list[tuple[str, int]] | None:
    """ "Dunlow University and the National Council for X" after a joint unit's cue: the two
    bodies, when each side has its own head word ("Department of Earth and Ocean Sciences",
    "Laboratoire Chimie et Biologie": one name, its head closing after the "and")."""
    for joint in reversed(list(_JOINT_AND.finditer(run))):
        left, right = run[: joint.start()], run[joint.end() :]
        if _head_kind(left) is not None and _head_kind(right) is not None:
            return [(left, offset), (right, offset + joint.end())]
    return None


def _split_on_and(run: str, offset: int):
    """Split a run at "and"/"et" when the next word starts another organisation."""
    pieces = _AND_ANOTHER.split(run)
    if run.startswith("Universi") and len(pieces) == 1 and _GLUED_FACULTY.search(run):
        pieces = _GLUED_FACULTY.split(run)
    position = 0
    for piece in pieces:
        index = run.find(piece, position)
        yield piece, offset + index
        position = index + len(piece)


_HEADS = "|".join(
    sorted((re.escape(h.capitalize()) for h in LEXICON.INSTITUTION_HEADS), key=len, reverse=True)
)
_ADJECTIVES = "|".join(
    sorted((re.escape(a) for a in LEXICON.INSTITUTION_ADJECTIVES), key=len, reverse=True)
)
# ("Laboratoire européen de biologie moléculaire": a unit's head takes them too)
_UNIT_HEADS = "|".join(
    sorted((re.escape(h.capitalize()) for h in LEXICON.UNIT_HEADS), key=len, reverse=True)
)
# What _NAME_ADJECTIVES's first two branches both write, an adjective after a blank, and
# what its third writes, a capitalised word glued by a hyphen after a lower-case letter
# (the hyphen first: the engine finds it by a fast scan).
_ADJECTIVE_AFTER_SPACE = re.compile(rf"\s(?:{_ADJECTIVES})(?![\w-])")
_GLUED_CAPITAL = re.compile(r"-(?<=[a-zà-ÿ]-)[A-ZÀ-Þ][a-zà-ÿ]")
# (a unit's only before its subject: "Service hospitalier", a table's label, is no name)
_NAME_ADJECTIVES = re.compile(
    rf"\b(?:(?:{_HEADS})((?:\s+(?:{_ADJECTIVES})(?![\w-]))+)|"
    rf"(?:{_UNIT_HEADS})((?:\s+(?:{_ADJECTIVES})(?![\w-]))+)(?=\s+(?:de|du|des|d['’])\s*\w)|"
    # ("Musée royal de l'Afrique centrale-Tervuren": a lower-case word glued to the place)
    r"(?<=\s)(?:[lLdD]['’])?[A-ZÀ-Þ][a-zà-ÿ]+\s+([a-zà-ÿ]{3,})(?=-[A-ZÀ-Þ][a-zà-ÿ]))"
)


def _by_first_letter(words: set[str]) -> str:
    """ "L(?:aboratoire|ab)|U(?:niversity|nit)": one branch tried per capital letter."""
    groups: dict[str, list[str]] = {}
    for word in sorted(words, key=len, reverse=True):
        groups.setdefault(word[0], []).append(re.escape(word[1:]))
    return "|".join(f"{first}(?:{'|'.join(rests)})" for first, rests in groups.items())


_ALL_HEADS = _by_first_letter(
    {h.capitalize() for h in (*LEXICON.INSTITUTION_HEADS, *LEXICON.UNIT_HEADS)}
    # "UFR Sciences et techniques", "UMR Sols et territoires": a unit's kind in capitals
    | {h.upper() for h in LEXICON.UNIT_HEADS if len(h) == 3 and h.isalpha() and h != "lab"}
)
# (a date's month in lower case: "en juillet 2024" adds no subject to a name)
_MONTH_NAMES = "|".join(sorted(m for m in LEXICON.months if m.isalpha() and m.islower()))
# "Laboratoire de catalyse de Trondhavn", "Faculté des géosciences et de l'environnement":
# a head word, then its subject in sentence case (a connector, one or two lower-case words).
_SENTENCE_CASE_NAME = re.compile(
    # (after the head, its capitalised adjectives: "Institut Fédéral de recherches sur …")
    # ("Institut Max Planck de recherche sur le fer": a name of two capitalised words)
    # ("École Nationale Supérieure d'architecture de X": two, once titled)
    # ("UFR Sciences humaines et sociales": a plural adjective before the "and")
    rf"(?=[A-ZÀ-Þ])\b(?:{_ALL_HEADS})(?:\s+[A-ZÀ-Þ][a-zà-ÿ]+){{0,2}}"
    r"(?P<tail>(?:(?<=[a-zà-ÿ]s)\s+[a-zà-ÿ]{4,}s(?=\s+(?:et|and)\s))?(?:"
    # "… et applications (DMA)", "… and statistics,": a last subject joined by "and"
    # ("Institutt for geofag og vassdragsteknikk": the Nordic "and")
    r"\s+(?:et|and|og|och)\s+(?!(?:was|were|is|are|has|had|have|will|est|était|sont|fut)\b)"
    # ("… en musicologie et patrimoine sonore (X)": a subject and its adjective)
    r"[a-zà-ÿ][\w-]{2,}(?:\s+(?!(?:de|des|du|et|and|of|for|à|au|en|par|pour|with)\b)"
    # ("… de glaciologie et climats d'altitude (X)": the last subject's own complement)
    r"[a-zà-ÿ][\w-]{2,}|\s+(?:d['’]|(?:des|du)\s+)[a-zà-ÿ][\w-]{3,})?(?=\s*(?:[,;:.()\n]|$))|"
    # ("… de recherches hydrogéologiques et minières de l'Ouest": plural subjects joined,
    # then the place)
    r"(?<=[a-zà-ÿ]s)\s+(?:et|and)\s+[a-zà-ÿ][\w-]{2,}s(?=\s+(?:de\s+l['’]|de\s+la\s|de\s|du\s|des\s|d['’])\s*[A-ZÀ-Þ])|"
    # ("Laboratoire d'optique et photonique de X": two singular subjects, then the place)
    r"\s+et\s+[a-zà-ÿ][\w-]{3,}(?=\s+(?:de\s+l['’]|de\s+la\s|de\s|du\s|d['’])\s*[A-ZÀ-Þ])|"
    # "… sur la neige et les avalanches de X": a second subject joined by "and the"
    # ("… sur l'anxiété et le développement de l'enfant": "et le", "et la" too)
    # (and its adjective: "… et le vieillissement cognitif")
    r"\s+(?:et|and)\s+(?:les\s+|le\s+|la\s+|l['’]|the\s+)[a-zà-ÿ][\w-]{2,}"
    r"(?:\s+[a-zà-ÿ][\w-]{2,})?(?=\s+(?:de|du|des|d['’]|of|in|à)\s|\s*(?:[,;:.()\n]|$))|"
    # ("Institut de recherche pour le développement": "pour" joins a purpose to the name)
    r"\s+(?:(?:et|and)\s+)?(?:de\s+la|de\s+l['’]|des|du|de|d['’]|of|for|sur|pour(?=\s+l)|"
    # "Institut de recherche en informatique", not "en tant que", "en cours", nor a date's
    # month ("s'est joint au Département de chimie en juillet 2024")
    r"en(?=\s+(?!tant|cours|particulier|collaboration|charge|poste)"
    rf"(?!(?:{_MONTH_NAMES})\b)))\s*"
    r"(?:la\s+|les\s+|l['’]|the\s+|(?:(?<=pour\s)|(?<=sur\s))le\s+)?(?!(?:19|20)\d\d)"
    # "moved to X University for graduate school": what the move was for, not the name
    # ("moved to X University for her PhD": a possessive opens no subject of the name)
    r"(?!(?:graduate|undergraduate|postgraduate|doctoral|postdoctoral|her|his|their|my|our|"
    # ("visiting us from X University for three months": a stay's length, no subject)
    r"its|one|two|three|four|five|six|eight|nine|ten|twelve|several|many|some|few|"
    r"(?:days|weeks|months|years|semesters|terms)\b)\b)[a-zà-ÿ][\w-]{2,}"
    # ("Institutt for geofag vil forsvare …": a Nordic verb ends the name)
    r"(?:\s+(?!(?:de|des|du|et|and|of|for|à|au|en|depuis|since|from|to|sur|avec|with|par|by|pour|"
    r"vil|skal|har|var|ble|blir|kan|är|ska)\b)"
    r"[a-zà-ÿ][\w-]{2,})?)+)"
    r"(?![\w-])(?!\s*:)"  # "Unité de recherche : X", "Laboratoire d'accueil :": a label, not a name
    # ("Groupe de recherche / onderzoeksgroep : X": the label and its translation)
    r"(?!\s*/\s*[\w'’-]+(?:\s+[\w'’-]+){0,2}\s*:)"
)


_ADJECTIVE_WORDS = frozenset(w.lower() for w in LEXICON.INSTITUTION_ADJECTIVES)


def _titled_sentence_case(text: str) -> str:
    """Sentence-case names after a head word, capitalised in place (same length, same
    offsets) so the run of capitalised words reads the whole name."""
    if not any(c.islower() for c in text):
        return text

    def title(match: re.Match[str]) -> str:
        named = match.group()[: match.start("tail") - match.start()]
        if (
            match.group("tail")[:4] == " en "
            and " " in named
            and named.rsplit(None, 1)[-1].lower() not in _ADJECTIVE_WORDS
        ):
            # "Rijksuniversiteit X en deed haar …": after a proper name, Dutch "and" and a
            # verb, no French "en" of a subject ("Institut de recherche en informatique",
            # "Institut universitaire en santé mentale")
            return match.group()
        tail = re.sub(
            r"(?<!\w)(?!(?:de|des|du|la|les|et|and|of|for|the|d|l)\b)[a-zà-ÿ]",
            lambda w: w.group().upper(),
            match.group("tail"),
        )
        return match.group()[: match.start("tail") - match.start()] + tail

    return _SENTENCE_CASE_NAME.sub(title, text)


# "… du Brabant wallon": a region's lower-case adjective right after an institution's name.
_PLACE_ADJECTIVE = re.compile(
    r"\s(?:"
    + "|".join(sorted(map(re.escape, LEXICON.PLACE_ADJECTIVES), key=len, reverse=True))
    + r")(?![\w-])"
    if LEXICON.PLACE_ADJECTIVES
    else r"(?!)"
)
_PLACE_ADJECTIVE_WORDS = tuple(sorted({w.lower() for w in LEXICON.PLACE_ADJECTIVES}))


def _with_place_adjective(mention: OrgMention, text: str) -> OrgMention:
    """ "Université catholique du Brabant wallon": the name with its region's adjective
    ("Faculté des Sciences appliquées": a unit's, with its subject's)."""
    if mention.kind is OrgKind.ACRONYM:
        return mention
    adjective = _PLACE_ADJECTIVE.match(text, mention.end)
    if adjective is None:
        return mention
    name = mention.name + text[mention.end : adjective.end()]
    return OrgMention(name, mention.kind, mention.start, adjective.end())


# ", Agrosystèmes et Territoires (SAT)": capitalised words past a comma, up to an acronym.
# (", forêts et sociétés (FS)": in sentence case too; the acronym's letters check them)
# ("Dipartimento di Ingegneria Civile, Edile e Ambientale (DICEA)": the "and" of its language)
_COMMA_TAIL = re.compile(
    r"(?:,\s+[^\W\d_][\w'’-]+(?:\s+(?:et|and|e|ed|y|en|und|og|och|&)\s+[^\W\d_][\w'’-]+)?){1,3}"
    r"(?=\s*\(([A-ZÀ-Þ][A-Za-zÀ-ÿ]{1,9})(?:\)|[,;][^()]{1,60}\)))"
)
# ", Bodem en Klimaat" closing a line: a unit's listed disciplines.
_COMMA_LINE_TAIL = re.compile(
    r"(?:,\s+[A-ZÀ-Þ][\w'’-]+){1,3}\s+(?:en|et|and|e|ed|y|und|og|och)\s+"
    r"[A-ZÀ-Þ][\w'’-]+(?=[ \t]*(?:\n|$))"
)
_NAME_LINKS = frozenset({"et", "and", "&", "de", "des", "du", "of", "the", "d", "l"})


def _comma_named(mention: OrgMention, text: str) -> OrgMention:
    """ "UMR Sols, Agrosystèmes et Territoires (SAT)": a name whose words run on past its
    commas, up to the bracketed acronym that their initials spell exactly."""
    if mention.kind is OrgKind.ACRONYM or text[mention.end : mention.end + 1] != ",":
        return mention
    tail = _COMMA_TAIL.match(text, mention.end)
    if tail is None:
        listed = (
            _COMMA_LINE_TAIL.match(text, mention.end)
            if mention.kind is OrgKind.UNIT
            and text[max(0, mention.start - 1) : mention.start] in ("", "\n")
            else None
        )
        if listed is not None and not any(
            _INSTITUTION.fullmatch(w) or _UNIT.fullmatch(w)
            for w in re.findall(r"\w+", listed.group())
        ):
            # "Sectie Water, Bodem en Klimaat" alone on its line: the unit's
            # disciplines, listed, are its name
            name = mention.name + text[mention.end : listed.end()]
            return OrgMention(name, mention.kind, mention.start, listed.end())
        return mention
    name = mention.name + text[mention.end : tail.end()]
    words = [
        w
        for w in re.findall(r"[\wÀ-ÿ]+", name)
        if w.lower() not in _NAME_LINKS and not (_INSTITUTION.fullmatch(w) or _UNIT.fullmatch(w))
    ]
    if "".join(_initial(w) for w in words) != tail.group(1).upper() and not (
        # "Laboratoire Sociétés, Territoires et Mobilités (LASTEM)": the head word's and
        # the nouns' first letters spell it
        mention.kind is OrgKind.UNIT
        and (
            _prefix_spelt(tail.group(1), name)
            # "Laboratoire Parole, Langues et Territoires (PaLaT)": the nouns alone spell it
            or _prefix_spelt(tail.group(1), " ".join(words))
        )
    ):
        return mention
    return OrgMention(name, mention.kind, mention.start, tail.end())


# "Science, " before "Technology and Society Research Group": the nouns a team's name
# lists before its closing "and", one capitalised word each, set off by commas.
_LEAD_LIST = re.compile(rf"(?<![\w'’-])((?:{_LISTED_NOUN},\s+){{1,4}})$")
_LIST_CLOSER = re.compile(r"\s(?:and|et|&)\s")
_WORD_BEFORE = re.compile(r"([\w'’-]+)[ \t]+$")


def _comma_listed_lead(mention: OrgMention, text: str) -> OrgMention:
    """ "Science, Technology and Society Research Group": a name closed by its head word
    begins at the first noun of its list, not after the last comma ("Member, Science, …":
    the role word before the list is none of it)."""
    if (
        mention.kind is not OrgKind.UNIT
        or text[max(0, mention.start - 2) : mention.start] != ", "
        or not mention.name[:1].isupper()
        or not _LIST_CLOSER.search(mention.name)
        or _head_kind(mention.name.split(" ", 1)[0])
    ):
        return mention
    lead = _LEAD_LIST.search(text, max(0, mention.start - 80), mention.start)
    if lead is None:
        return mention
    start = mention.start
    for item in reversed(list(re.finditer(r"[^\s,]+", lead.group(1)))):
        if _NOT_NAME.match(item.group()) or LEXICON.pattern("POSITIONS").fullmatch(item.group()):
            break
        if item.start() == 0 and (before := _WORD_BEFORE.search(text, 0, lead.start(1))):
            if before.group(1).lower() in _LINK_WORDS or before.group(1)[0].isupper():
                break  # "Université de Montcalm, Preuves et …": the town closes a name
        start = lead.start(1) + item.start()
    if start == mention.start:
        return mention
    return OrgMention(text[start : mention.start] + mention.name, mention.kind, start, mention.end)


# " boréales (CENB)": sentence-case words after a name, up to a bracketed acronym (" de
# l'Ouest atlantique (CRHOA, UR 3187)": the acronym before the unit's code; " et les
# institutions (LENI, …)" read titled, "Institutions", by the time the tail is looked for).
_LOWER_TAIL = re.compile(
    r"(?:\s+[a-zà-ÿ][\w'’-]+){1,3}(?=\s*\(([A-ZÀ-Þ]{2,8})\))"
    r"|(?:\s+[^\W\d_][\w'’-]+){1,3}(?=\s*\(([A-ZÀ-Þ]{2,8})[,;][^()]{1,60}\))"
)


def _lower_tail_named(mention: OrgMention, text: str) -> OrgMention:
    """ "Centre d'études nordiques boréales (CENB)": the name runs on over the small
    words its bracketed acronym spells, though the name's pattern stopped before them."""
    if mention.kind is OrgKind.ACRONYM or text[mention.end : mention.end + 1] != " ":
        return mention
    tail = _LOWER_TAIL.match(text, mention.end)
    if tail is None:
        return mention
    full = _lower_case_expansion(text[: tail.end()], tail.group(1) or tail.group(2))
    if full is None or not full.startswith(mention.name) or len(full) <= len(mention.name):
        return mention
    return OrgMention(
        mention.name + text[mention.end : tail.end()], mention.kind, mention.start, tail.end()
    )


def _titled_adjectives(text: str) -> str:
    """ "École normale supérieure de X" read as "École Normale Supérieure de X" (same length,
    same offsets) so the name runs on to its place."""
    if not LEXICON.INSTITUTION_ADJECTIVES:
        return text
    if _ADJECTIVE_AFTER_SPACE.search(text) is None and (
        "-" not in text or _GLUED_CAPITAL.search(text) is None
    ):
        return text  # (no match possible: the full pattern tries every head at each word)
    return _NAME_ADJECTIVES.sub(_titled_run, text)


def _titled_run(match: re.Match[str]) -> str:
    """The match with its adjectives capitalised (group 1 after an institution's head,
    group 2 after a unit's, group 3 a word glued to the place)."""
    group = next(g for g in (1, 2, 3) if match.group(g) is not None)
    return match.group()[: match.start(group) - match.start()] + re.sub(
        r"\b\w", lambda w: w.group().upper(), match.group(group)
    )


_NAMED_AFTER_HEAD = re.compile(r"(?i)^(?:équipe|equipe|team|groupe|group|lab)\s+(?:de|of)\s+")


def _is_person(text: str) -> bool:
    from crawler.names import parse_name

    return parse_name(text) is not None


# "the University of X's Faculty of Y": the university, then its part (two names).
_POSSESSIVE_PART = re.compile(
    r"(?<=[a-zà-ÿ])['’]s\s+(?=(?:Faculty|School|Department|Institute|College|Centre|Center|"
    r"Division|Laboratory|Graduate\s+School)\s)"
)


def _possessive_parts(text: str, mentions: list[OrgMention]) -> list[OrgMention]:
    """The mentions with "University X's Faculty Y" split into its two organisations."""
    parts: list[OrgMention] = []
    for mention in mentions:
        cut = _POSSESSIVE_PART.search(mention.name)
        if (
            cut is None
            or not text.startswith(mention.name, mention.start)
            or not _STRONG.search(mention.name[: cut.start()])
        ):
            parts.append(mention)
            continue
        whole, part = mention.name[: cut.start()], mention.name[cut.end() :]
        parts.append(
            OrgMention(whole, OrgKind.INSTITUTION, mention.start, mention.start + len(whole))
        )
        parts.append(OrgMention(part, org_kind(part), mention.start + cut.end(), mention.end))
    return parts


def _memoised(find):
    """*find* cached per text and acronyms: the rules read the same lines again (an entry's,
    under its heading), and every entry of a theme carries the same badges and link labels.
    Each call gets its own list."""

    @lru_cache(maxsize=4096)
    def found(text: str, acronym_pairs: tuple) -> tuple[OrgMention, ...]:
        mentions = find(text, dict(acronym_pairs))
        if "s " in text and ("'s " in text or "’s " in text):
            mentions = _possessive_parts(text, mentions)
        return tuple(mentions)

    @wraps(find)
    def finder(text: str, acronyms: dict[str, str] | None = None) -> list[OrgMention]:
        return list(found(text, tuple(acronyms.items()) if acronyms else ()))

    return finder


_INDEFINITE_BEFORE = re.compile(r"(?:^|\s)(?:an|An|a)\s+$")


_JOINING_DASH = re.compile(r"(?<=[^\W\d_])–(?=[^\W\d_])")
_LEADER_AFTER = re.compile(r"\s+(?:Leader|Head|Lead)\b")


def _parent_university() -> re.Pattern[str]:
    """ "Faculté des sciences de l'Université X", "Institut für Mathematik der Universität
    Y", "Dipartimento di Fisica dell'Università Z": a unit, its language's "of the", then
    the university it belongs to (lexicon UNIVERSITY_OF)."""
    ofs, heads = set(), set()
    for phrase in LEXICON.UNIVERSITY_OF:
        # (the head from its first capital: "der Technischen Universität" keeps its adjective)
        head = re.search(r"[A-ZÀ-Þ][\w ]*$", phrase)
        ofs.add(phrase[: head.start()])
        heads.add(re.escape(head.group()).replace(r"\ ", r"\s+"))
    of = "|".join(
        re.sub(r"(?:\\ )+", r"\\s+", re.escape(o.strip())).replace("'", "['’]")
        + (r"\s+" if o.endswith(" ") else "")
        for o in sorted(ofs, key=len, reverse=True)
    )
    return re.compile(rf"(?P<of>\s+(?:{of}))(?:{'|'.join(sorted(heads))})\s")


_OF_UNIVERSITY = _parent_university()
# A rank "of university" with no university named after it ("Catedrático de Universidad",
# "Profesor Titular de Universidad", "Professore di Università").
# "… de l'IRIG", "… du LAMV": a unit's name ending on an acronym, its parent named short
_OF_EXPANDED_ACRONYM = re.compile(r"\s+(?:de\s+l['’]|du\s+)(?P<acronym>[A-ZÀ-Þ][\w&-]{1,9})$")
_RANK_OF_UNIVERSITY = re.compile(r"\s(?:de|di|da|der)\s+Universi(?:dad|dade|tà|tät)$")
_INSTITUTE_HEAD = re.compile(r"I(?:n|s)stitu(?:t|te|to|ut)\s")
# "… of Wendmoor Technical University", "… of the University of X": a part's parent.
_OF_UNIVERSITY_EN = re.compile(
    r"(?P<of>\s+of\s+(?:the\s+)?)(?=(?:[A-Z][\w'’-]*\s+){0,3}University$|"
    # ("… of the Technical University of X": a qualifier before the head word)
    r"(?:[A-Z][\w'’-]*\s+){0,2}University\s+of\s"
    # "Department of Biosystems of Universiteit Hasselbroek": a university named in its
    # own language, then its place ("Universidad del Valle de X", "Universidade de Y")
    r"|Universi(?:teit|tät|té|tà|dad|dade)\s+(?:[a-zà-ÿ]+\s+)?[A-ZÀ-Þ])"
)
# ("Graduate School of X of the University of Y": a graduate school is a part too)
_PART_HEAD = re.compile(
    r"(?:(?:Graduate|Doctoral)\s+)?(?:Institute|Department|Laboratory|Centre|Center|School|Faculty)\s"
    # "Hydrosystems Laboratory of the University of X": the part's name before its head word
    # ("Humanities Institute of Brantwood University": of a university named without "the")
    r"|(?:[A-Z][\w'’-]*\s+){1,3}(?:Institute|Laboratory|Centre|Center|School)\s+of\s"
)
# "à l'université de Strasbourg", "l'université Paris-Cité": French typography writes the
# head word in lower case before a place name; read as "Université …" (same offsets).
_LOWER_UNIVERSITY = re.compile(r"(?<![\w-])université(?=\s+(?:de\s+|d['’]|du\s+)?[A-ZÀ-Þ])")


# The noun after an acronym that makes it a scheme's or a project's name, not a place's.
_SCHEME_AFTER = re.compile(
    r"\s+(?i:programs?|programmes?|projects?|projets?|grants?|scholarships?|fellowships?|"
    r"schemes?|initiatives?|consortium|consortia|consortiums)\b"
)
# A citation's initials after a surname set in capitals ("MONTENEGRO, J. I.; SCHAEFER, I.
# B.": a Lattes or ABNT author list), not an acronym's place.
_CITED_INITIALS_AFTER = re.compile(r",\s*[A-ZÀ-Þ]\.(?:\s*[A-ZÀ-Þ]\.)*\s*[;,.]")
# (led by its dot, the one character the engine scans for)
_ACRONYM_FULL_STOP = re.compile(
    r"\.(?<=[A-ZÀ-Þ][A-ZÀ-Þ]\.)(?=[ \t]+(?:[LlDd]['’][A-ZÀ-Þ]|[A-ZÀ-Þ][a-zà-ÿ]))"
)
_WORD_BEFORE_DOT = re.compile(r"[\w.]+$")
_TITLE_ABBREVIATIONS = frozenset(("PROF", "DR", "MR", "MRS", "MS", "ST", "JR", "SR", "DRS"))


def _acronym_full_stop(match: re.Match[str]) -> str:
    """An acronym's full stop as a semicolon (a title's abbreviation, or a dotted one like
    "U.S.", keeps its dot)."""
    text, at = match.string, match.start()
    word = _WORD_BEFORE_DOT.search(text, max(0, at - 12), at)
    if word is None or not word.group().isupper() or "." in word.group():
        return "."
    return "." if word.group() in _TITLE_ABBREVIATIONS else ";"


_LOWER_CENTRE_OF = re.compile(
    r"(?<![\w-])centre(?=\s+[A-ZÀ-Þ][\w-]+\s+(?:de\s+l['’]\s*|d['’]\s*)Universit)"
)


# "centre INRAE Occitanie-X": the small-letter "centre" before a national body's acronym
# (known to the lexicon) and a place.
_LOWER_CENTRE_BODY = re.compile(r"(?<![\w-])centre(?=\s+([A-ZÀ-Þ]\w+)\s+[A-ZÀ-Þ][\w-]*[a-zà-ÿ])")


def _centre_of_body(match: re.Match) -> str:
    body = match.group(1)
    return "Centre" if body in known_acronyms() else match.group()


# A French joint unit's code in brackets after its name: the name is a lab's.
# ("Institut X (IX), UMR 7711": the code after the bracketed acronym)
UNIT_CODE_AFTER = re.compile(
    r"\s*\((?:[^()]{0,40}?[,;]\s*|[^()]{1,12}\)\s*,\s*)?(?:UMR|UPR|UMS|USR|UAR|FRE|EA|IRL|UR)[\s-]*\d"
)

# ("Établissement / laboratoire: University X, Lab Y": a column of both, no lab's label)
_UNIT_LABEL_BEFORE = re.compile(
    r"(?i)(?<!/ )(?<!/)(?<!\bet )(?<!\band )\b(?:laboratoire|laboratory|lab|unité|unit)\s*[:：]\s*$"
)


# A university's official name may end in its seat: "University of X at Y", "X University in
# Y", "Université du X à Y" (the Québec network's pattern) — the place closes the name when a
# mark or the line's end follows it (not "at Y with Z", "à Y depuis 2019"), and a month, a
# country or another body is no seat ("in September", "in France", "at Y University").
_SEAT_WORDS = (" at ", " in ", " à ")
_SEAT = re.compile(
    r" (?P<word>at|in|à) (?P<place>[A-ZÀ-Þ][\w'’]+(?:[ -][A-ZÀ-Þ][\w'’]+){0,2})"
    r"(?=[ \t]*(?:[,.;:()\[\]|·•—–\n]|$))"
)
_NOT_SEATS = frozenset(
    "France Germany Italy Spain Portugal Belgium Switzerland Canada Brazil Mexico Japan China "
    "India Australia Austria Poland Sweden Norway Denmark Finland Netherlands Ireland Scotland "
    "England Wales Greece Israel Chile Argentina Colombia Morocco Algeria Tunisia Senegal "
    "Québec Quebec Europe America Africa Asia USA UK US Allemagne Italie Espagne Belgique "
    "Suisse Brésil Japon Chine Inde Australie Autriche Pologne Suède Norvège Danemark Irlande "
    "Écosse Angleterre Grèce Israël Chili Argentine Colombie Maroc Algérie Tunisie Sénégal".split()
)
_SEAT_HEAD = re.compile(r"(?i)universit|institut|college|school|école|department|laborator")


def _seat_after(text: str, name: str, start: int) -> int | None:
    """Where a university's name ends when its seat follows it, else None."""
    seat = _SEAT.match(text, start + len(name))
    if seat is None or text[start : start + len(name)] != name:
        return None
    word, place = seat.group("word"), seat.group("place")
    if (
        place.split()[0] in _NOT_SEATS
        or place.split()[0].casefold() in LEXICON.months
        or _SEAT_HEAD.search(place)
        or word == "in"
        and not name.endswith(("University", "Universität", "Universiteit"))
        # (French "à Y" after other names mostly tells where: "l'Université de X à Nancy")
        or word == "à"
        and not name.startswith("Université du ")
    ):
        return None
    return seat.end()


# A unit named after several fields keeps its commas: "Department of Civil, Environmental
# and Geomatic Engineering", "Département de génie civil, géologique et des mines" — single
# words (or an article and a word) listed before "and"/"et", the last one to three words,
# then a mark or the line's end; a listed body, acronym or person ends the name instead.
_FIELDS_HEAD = re.compile(
    r"(?:Department|Dept\.?|School|Faculty|Division|Institute|Centre|Center|Laboratory|"
    r"Graduate Program(?:me)?|Département|Faculté|Laboratoire|Institut|UFR) "
    r"(?:of|for|de|des|du|d['’])[ \w'’-]*$"
)
_FIELD_ARTICLE = r"(?:(?:des|du|de|de la|aux|of|the) |d['’]|de l['’])?"
_LISTED_FIELDS = re.compile(
    rf", (?:{_FIELD_ARTICLE}[\w-]+, ){{0,3}}{_FIELD_ARTICLE}[\w-]+,? (?:and|et|&) "
    rf"{_FIELD_ARTICLE}[\w-]+(?: [\w-]+){{0,2}}(?=[ \t]*(?:[,.;:()\[\]|·•—–\n]|$| at | à ))"
)


def _listed_fields_after(text: str, name: str, start: int) -> int | None:
    """Where a unit's name listing its fields ends, else None (no list of fields follows)."""
    listed = _LISTED_FIELDS.match(text, start + len(name))
    if listed is None or text[start : start + len(name)] != name:
        return None
    words = [_ELISION.sub("", w) for w in listed.group()[2:].replace(",", " ").split()]
    capitals = name.split()[-1][:1].isupper()
    if any(
        ACRONYM.match(word)
        or _SEAT_HEAD.search(word)
        or (capitals and word not in _LINK_WORDS and not word[:1].isupper())
        for word in words
        if word not in ("and", "et", "&")
    ):
        return None
    return listed.end()


# A press release's dateline: the city in capitals, the day, a dash.
_DATELINE = re.compile(
    r"\s*[A-ZÀ-Þ][A-ZÀ-Þ .'’-]{2,30},\s+"
    r"(?:\d{1,2}\s+[A-Z][a-z]{2,8}\.?|[A-Z][a-z]{2,8}\.?\s+\d{1,2}),?\s+\d{4}\s*[—–-]\s"
)
# "HALLOWAY — A, professor of X, has been named …": a press release's place alone before an
# em dash and the story's first name (a word no known acronym is).
_PLACE_DATELINE = re.compile(
    r"\s*(?P<place>[A-ZÀ-Þ]{4,}(?:[ ][A-ZÀ-Þ]{2,}){0,2})(?:,\s+[A-Z][a-z]+\.?)?\s+—\s+"
    r"(?=[A-ZÀ-Þ][a-zà-ÿ]+\s+[A-ZÀ-Þ])"
)


@_memoised
def find_organisations(text: str, acronyms: dict[str, str] | None = None) -> list[OrgMention]:
    """Organisation mentions in *text*, in order, with their fullest names."""
    if "–" in text:
        # "Université Paris–Saclay", "Inria Rennes–Bretagne Atlantique": an en dash between
        # two letters joins one compound name, as a hyphen does (a range's dash has blanks
        # or digits beside it).  (One character for one: the mentions' spans hold.)
        text = _JOINING_DASH.sub("-", text)
    if "université" in text:
        text = _LOWER_UNIVERSITY.sub("Université", text)
    if ". " in text:
        # "… de l'IRIG. L'IRIG est …": an acronym ends the sentence; no name runs on past
        # it (a semicolon for its full stop, one character for one)
        text = _ACRONYM_FULL_STOP.sub(_acronym_full_stop, text)
    if text[1:2].isupper() and (dateline := _DATELINE.match(text)) is not None:
        # "GENEVA, 3 May 2024 — …": a press release's place and date, no organisation
        text = " " * dateline.end() + text[dateline.end() :]
    elif (
        text[1:2].isupper()
        and (dateline := _PLACE_DATELINE.match(text)) is not None
        and dateline["place"] not in (acronyms or {})
        and dateline["place"] not in known_acronyms()
    ):
        text = " " * dateline.end() + text[dateline.end() :]
    if "centre " in text:
        # "au centre Inria de l'Université X": a national body's centre at a university,
        # named whole (the university is where it sits, not the employer).
        text = _LOWER_CENTRE_OF.sub("Centre", text)
        # "du centre INRAE Occitanie-X", "au centre Inria Lyon-Y": a national body's regional
        # centre, its place after the body's acronym (named whole, as above)
        text = _LOWER_CENTRE_BODY.sub(_centre_of_body, text)
    text = original = _titled_adjectives(text)
    text = _titled_sentence_case(text)
    acronyms = acronyms or {}
    known = known_acronyms()
    projects = "roje" in text or "rogram" in text  # ("projet X", "project Y", "programme Z")
    mentions: list[OrgMention] = []
    taken: list[tuple[int, int]] = []
    label = _TEAM_LABEL_VALUE.match(text) if ":" in text[:12] else None
    if label and _sentence_case_team(label.group("name")):
        # "Équipe : Procédés membranaires et séparation": a field's value is the whole name
        mentions.append(OrgMention(label.group("name"), OrgKind.UNIT, *label.span("name")))
        taken.append(label.span("name"))
    if "«" in text or "“" in text:
        for match in _QUOTED_UNIT_NAME.finditer(text):
            # "unité Inserm U1422 « Centre de recherche sur X »": the unit's own name, after
            # its code (the quotes make it whole, whatever its head word)
            # (the span from the code: a name wholly inside quotes is read as a title)
            mentions.append(OrgMention(match.group("name"), OrgKind.UNIT, *match.span()))
            taken.append(match.span())
        for match in _QUOTED_TEAM_NAME.finditer(text):
            if any(s <= match.start("name") < e for s, e in taken):
                continue
            name = match.group("name")
            if len(name.split()) <= TEAM_VALUE_WORDS and not _INSTITUTION.search(name):
                mentions.append(OrgMention(name, OrgKind.UNIT, *match.span()))
                taken.append(match.span())
    if (
        "universitet" in text
        or "högskola" in text
        or "för " in text
        or "fakulteten" in text
        or "yliopisto" in text
        or "korkeakoulu" in text
    ):
        for match in _SWEDISH_NAMED.finditer(text):
            # "Lunds universitet", "Avdelningen för kemi och biologi": a Swedish name,
            # its head word in lower case after the place, or before the subject
            if any(s <= match.start() < e for s, e in taken):
                continue
            institution = match.group("faculty") is None and (
                match.group("unit") is None or match.group("unit") == "Institutet"
            )
            kind = OrgKind.INSTITUTION if institution else OrgKind.UNIT
            mentions.append(OrgMention(match.group(), kind, *match.span()))
            taken.append(match.span())
    for pattern in (TEAM_BEFORE, TEAM_AFTER, LAB_BEFORE):
        if pattern is LAB_BEFORE and "lab" not in text:
            continue
        for match in pattern.finditer(text):
            name = match.group("name")
            if _NOT_NAME.match(name) or name.lower() in ("of", "the"):
                continue
            if pattern is TEAM_BEFORE and _PEOPLE_WORD.fullmatch(name):
                continue  # "Lab Members", "Team People": a people page's title, no unit
            if _UNIT.match(text, match.end() + 1) and text[match.end() : match.end() + 1] == " ":
                continue  # "Team: Kestrel Group": the run with its head word is read below
            if ":" in text[match.start() : match.start("name")] and not _LABEL_VALUE_END.match(
                text, match.end()
            ):
                continue  # "Équipe : Hydrologie des versants": a value read only whole
            if pattern is TEAM_BEFORE and text[match.start("name") - 2 : match.start("name")] in (
                "s ",
                "s:",
            ):
                # "deux équipes : A et B": two teams; a singular "équipe A et B" is one.
                name = _PLURAL_TEAMS_CUT.split(name, maxsplit=1)[0]
            if _INSTITUTION.search(name) or _UNIT.search(name):
                continue
            titled = (
                _TITLED_BEFORE.search(text, 0, match.start()) if pattern is TEAM_AFTER else None
            )
            if (
                pattern is TEAM_AFTER
                and match.group().rsplit(None, 1)[-1][:1].isupper()
                and titled
                and not _NOT_NAME.match(word := titled.group().strip())
                and word not in _lower_acronyms()
            ):
                # "Lindenbrook AI Lab": one title-cased name, read whole below (not "Inria X
                # Team", "Our NLP Group", nor the lower-case "Ashbury SIGMA team")
                continue
            if (
                pattern is TEAM_AFTER
                and titled
                and _ADJECTIVE_WORD.fullmatch(titled.group().strip())
            ):
                continue  # "the Computational PDE group": the acronym is one word of a name
            if (
                pattern is TEAM_AFTER
                and "-" in name
                and match.group().rsplit(None, 1)[-1][:1].isupper()
                and _TITLED_COMPOUND.fullmatch(name)
            ):
                # "Okonkwo-Reyes Lab": a lab named after its head's double-barrelled name,
                # read whole below (not a coined "MaGIC" team name).
                continue
            body, _, rest = name.partition(" ")
            if rest and body in known and ACRONYM.match(rest):
                name = rest  # "équipe-projet Inria MARÉE": the team, not the body running it
            name = acronyms.get(name, name)  # "l'équipe EMS", expanded on the page
            end = match.end()
            if (
                pattern is TEAM_BEFORE
                and text[end : end + 1] == " "
                and (spelt := _RUN_TO_ACRONYM.match(text, end)) is not None
                and fold(spelt.group(2)[0]) == fold(name[0])
                # ("équipe Lagune du Laboratoire X (LX)": the acronym is the lab's it names)
                and not _UNIT.search(spelt.group(1))
                and not _INSTITUTION.search(spelt.group(1))
                and (
                    len(spelt.group(2)) > len(name.split())
                    # "équipe Dynamique des Estuaires et du Littoral (DEL)": the acronym
                    # spells the capitalised words after "et" too
                    or _prefix_spelt(spelt.group(2), name + spelt.group(1))
                )
            ):
                # "Groupe Matériaux pour l'énergie (MATÉN)": the lower-case words before the
                # team's acronym are still its name (no verb comes before a bracket).
                name, end = name + spelt.group(1), spelt.end(1)
            elif (
                pattern is TEAM_BEFORE
                and text[end : end + 1] == " "
                and (joined := _AND_ACRONYM.match(text, end)) is not None
                and len(name.split()) >= 2
                and not ACRONYM.match(name.split()[0])
                and joined.group(1) not in known
            ):
                # "équipe Analyse Numérique et EDP du LMAV": the acronym "et" joins is the
                # end of the one team's name (two teams would be "équipes X et Y").
                name, end = name + text[end : joined.end()], joined.end()
            elif (
                pattern is TEAM_BEFORE
                and text[end : end + 1] == ","
                and (listed := _TEAM_LIST_TAIL.match(text, end)) is not None
            ):
                # "l'équipe Ondes, Mesures et Capteurs est …": a singular team
                # word before nouns listed up to "et"/"and" names one team
                name, end = " ".join((name + listed.group()).split()), listed.end()
            elif (
                pattern is TEAM_BEFORE
                and text[end : end + 1] == " "
                and not name.split()[-1].isupper()  # "équipe EMS": an acronym is whole
                and (tail := _LOWER_TEAM_TAIL.match(text, end)) is not None
            ):
                name, end = name + tail.group(), tail.end()
            mentions.append(OrgMention(name, OrgKind.UNIT, match.start(), end))
            taken.append((match.start(), end))
    for match in CANDIDATE.finditer(text):
        run, run_start = match.group(), match.start()
        for s, e in taken:
            if s <= run_start < e < match.end():
                # "équipe ORAGE du Laboratoire X": the lab after the team is a mention too.
                run, run_start = text[e : match.end()], e
        if (
            " and " in run
            and text[run_start - 3 : run_start] == "in "
            and (place := _PLACE_AND.match(run))
        ):
            # "the University X in France and Eastbrook University in Australia": the one
            # word after "in" is the first body's country, the second body starts after it
            run, run_start = run[place.end() :], run_start + place.end()
        pieces = _split_on_and(run, run_start)
        if (
            (" et " in run or " and " in run)
            and text[match.end() : match.end() + 2].lstrip()[:1] == "("
            and (spelt := _SPELT_AFTER.match(text, match.end()))
            and _prefix_spelt(spelt.group(1), run)
        ):
            # "Centre de Recherche X et Observatoire de Y (CRXOY)": one body, its acronym
            # spelling both heads' words
            pieces = iter(((run, run_start),))
        elif (
            (" and " in run or " et " in run)
            and _writes_joint_cue(text)
            and _JOINT_CUE_BEFORE.search(text, max(0, run_start - 40), run_start)
        ):
            pieces = list(pieces)
            if len(pieces) == 1 and (parts := _joint_parts(run, run_start)):
                pieces = parts
        for piece, start in pieces:
            end = start + len(piece)
            if any(s < end and start < e for s, e in taken):
                continue
            if "\n" in piece and _LABEL_LINE_OPENING.match(piece, piece.rindex("\n") + 1):
                # "…, University of X\nSecond supervisor: B", "…\nExaminers:" (a PDF's field
                # lines): the next line's label opening is no part of the name
                # ("University of\nX: …": a name wrapped after its small word goes on)
                head = piece[: piece.rindex("\n")].rstrip()
                if _LABEL_LINE_END.match(text, end) and not _CONNECT_WORD.fullmatch(
                    head.split()[-1] if head.split() else "of"
                ):
                    piece, end = head, start + len(head)
            name = _headless_prefix(_trim(piece))
            start += max(0, piece.find(name.split()[0])) if name else 0
            if (
                name
                and end - start > len(name) + 2
                and text[start + len(name) : end].isupper()
                and text.startswith(name, start)
            ):
                end = start + len(name)  # "University X PHD": the rank is no part of the span
            if not name or (
                " " not in name and (_INSTITUTION.fullmatch(name) or _UNIT.fullmatch(name))
            ):
                continue
            if (
                name.count(" ") == 1
                and _UNIT.fullmatch(name.split()[0])
                and _PEOPLE_WORD.fullmatch(name.split()[1])
            ):
                continue  # "Lab Members", "Group People": a people page's title, no unit
            if _NAMED_AFTER_HEAD.match(name) and _is_person(_NAMED_AFTER_HEAD.sub("", name)):
                continue  # "Équipe de Callum Fairweather": a person's group, not a unit's name
            if "Universi" in name and _RANK_OF_UNIVERSITY.search(name):
                continue  # "Profesora Titular de Universidad": a rank, no university
            if projects and _PROJECT_BEFORE.search(text, max(0, start - 12), start):
                continue  # "projet ANR TRAJECTOIRES", "project ERC X": a project, no place
            if projects and _PROJECT_AFTER.match(text, end) and not is_strong_institution(name):
                continue  # "the Memory and Agency project": a project's title, no body
            first = name.split()[0]
            if name.count(" ") == 1 and first in known and name[-3:] in _UNIT_CODE_WORDS:
                # "CNRS UMR 6712" (a unit's number after the body running it): the body
                mentions.append(OrgMention(first, OrgKind.INSTITUTION, start, start + len(first)))
                continue
            if first in _ROOM_HEADS and (
                any(c.isdigit() for c in name) or _BOARD_OF.match(name, len(first))
            ):
                # "Bureau C-214" (a room), "Bureau de la Société X" (its board): no body
                continue
            if first in _UNIT_CODE_WORDS or name[-1:].isdigit():
                body = _CODED_BODY.fullmatch(name)
                if body is not None and (word := body.group("body") or body.group("lead")) in known:
                    # "UMR CNRS 6281", "UMR 1402 INRAE", "Inserm U1287": the body running
                    # the unit numbered so (the number names no organisation of its own)
                    at = start + body.start("body" if body.group("body") else "lead")
                    mentions.append(OrgMention(word, OrgKind.INSTITUTION, at, at + len(word)))
                    continue
            if "niversit" in name and text.startswith(_SEAT_WORDS, start + len(name)):
                seat = _seat_after(text, name, start)
                if seat:
                    name, end = text[start:seat], seat
            elif text.startswith(", ", start + len(name)) and _FIELDS_HEAD.match(name):
                fields = _listed_fields_after(text, name, start)
                if fields:
                    name, end = text[start:fields], fields
            kind = _head_kind(name)
            if name in acronyms:
                full = acronyms[name]
                mentions.append(OrgMention(full, org_kind(full), start, end))
            elif kind is OrgKind.UNIT and _LEADER_AFTER.match(text, start + len(name)):
                continue  # "Junior Group Leader", "Research Group Leader": a position
            elif kind is not None:
                if kind is OrgKind.INSTITUTION and (
                    text[end : end + 2].lstrip()[:1] == "("
                    and UNIT_CODE_AFTER.match(text, end)
                    or ":" in text[max(0, start - 3) : start]
                    and _UNIT_LABEL_BEFORE.search(text, max(0, start - 20), start)
                ):
                    # "Institut X (IMFSA, UMR 5871)", "Laboratoire : Institut X": a lab
                    kind = OrgKind.UNIT
                # ("Institut für Mathematik der Universität X": an institute of a university)
                parent = (
                    _OF_UNIVERSITY.search(name)
                    if kind is OrgKind.UNIT or _INSTITUTE_HEAD.match(name)
                    else None
                )
                if parent is None and " of " in name and _PART_HEAD.match(name):
                    # "Institute for X of Y Technical University", "School of X of the
                    # University of Y": the part, then the university it belongs to.
                    parent = _OF_UNIVERSITY_EN.search(name)
                    kind = _head_kind(name[: parent.start()]) or kind if parent else kind
                if (
                    parent is None
                    and kind is OrgKind.UNIT
                    and (tail := _OF_EXPANDED_ACRONYM.search(name)) is not None
                    and tail.group("acronym") in acronyms
                ):
                    # "département Réseaux et Systèmes de l'IRIG": a unit, then the lab the
                    # page expands elsewhere by that acronym (its parent, named short)
                    cut = tail.start()
                    mentions.append(OrgMention(name[:cut], kind, start, start + cut))
                    full = acronyms[tail.group("acronym")]
                    mentions.append(
                        OrgMention(full, org_kind(full), start + tail.start("acronym"), end)
                    )
                    continue
                if parent:
                    # "Faculté des sciences de l'Université X": the unit, then its university;
                    # "Departamento X da Faculdade Y da Universidade Z": each "of" a parent.
                    part, at = name, start
                    while parent:
                        mentions.append(
                            OrgMention(part[: parent.start()], kind, at, at + parent.start())
                        )
                        at += parent.end("of")
                        part = part[parent.end("of") :]
                        kind = OrgKind.UNIT
                        parent = (
                            None if part.startswith("Universi") else _OF_UNIVERSITY.search(part)
                        )
                    # ("… der TU X": the short form the page spells out elsewhere)
                    part = acronyms.get(part, part)
                    mentions.append(OrgMention(part, OrgKind.INSTITUTION, at, end))
                    continue
                mentions.append(OrgMention(name, kind, start, end))
            elif first in acronyms and len(name.split()) <= 3:
                mentions.append(
                    OrgMention(
                        acronyms[first] if name == first else name,
                        org_kind(acronyms[first]),
                        start,
                        end,
                    )
                )
            elif (
                name == first
                and (first in _INSTITUTION_TYPES or first in _PLACED_INSTITUTION_TYPES)
                and (academy := _ACADEMY_PLACE.match(text, end))
            ):
                # "l'INSPÉ de l'académie de Caen": a teachers' college named by its académie
                mentions.append(
                    OrgMention(
                        text[start : academy.end()], OrgKind.INSTITUTION, start, academy.end()
                    )
                )
            elif (
                first in _INSTITUTION_TYPES or first in _PLACED_INSTITUTION_TYPES and name != first
            ) and len(name.split()) <= 5:
                # "CHU de Rance", "IUT de Lannion": a kind of institution and its place
                mentions.append(OrgMention(name, OrgKind.INSTITUTION, start, end))
            elif " " not in name and "-" in name and _acronym_place(name):
                # "CERDI-Auvergne", "GIPSA-Rhône": a lab's acronym joined to its place, a name
                # the page does not explain (read like a bare acronym)
                mentions.append(OrgMention(name, OrgKind.ACRONYM, start, end))
            elif len(name) == 2 and _PLACE_CODE_BEFORE.search(text, max(0, start - 30), start):
                continue  # a place's code after its city, not an organisation
            elif (
                ACRONYM.match(name) and name not in _IGNORED_ACRONYMS and name not in _SECTION_WORDS
            ):
                if _CENTURY_AFTER.match(text, start + len(name)) and _ROMAN.fullmatch(name):
                    continue  # "au XIX siècle", "the XVIII century": a century, no place
                course = _COURSE_NUMBER.match(text, start + len(name))
                if course:
                    # "LING 210 (Introduction to NLP)": a course's code and title, no
                    # organisation
                    close = text.find(")", course.end()) if course.group("title") else -1
                    taken.append((start, close + 1 if close > 0 else course.end()))
                    continue
                full = known.get(name)
                if full is None and _SCHEME_AFTER.match(text, start + len(name)):
                    continue  # "in the REU program", "the ERC-X project": a scheme, no place
                if full is None and _CITED_INITIALS_AFTER.match(text, start + len(name)):
                    continue  # "MONTENEGRO, J. I.;": a cited author's surname, no place
                mentions.append(
                    OrgMention(name, OrgKind.INSTITUTION if full else OrgKind.ACRONYM, start, end)
                )
            elif (
                ACRONYM.match(first)
                and first not in _IGNORED_ACRONYMS
                and len(name.split()) <= 3
                and all(w[0].isupper() for w in name.split())
                # "INGEGNERIA INDUSTRIALE": words set in capitals (a programme's name), no
                # acronym among them
                and not (name.isupper() and all(len(w) >= _CAPS_WORD for w in name.split()))
                # "NSF Postdoctoral Fellow", "CNRS Research Associate": a funded position
                and not LEXICON.pattern("POSITIONS").search(name)
                # ("SNSF Assistant Professor": the run trimmed of its last word, the post
                # opens after the acronym)
                and not LEXICON.pattern("POSITIONS").match(text, start + len(first) + 1)
                # "NSF REU": a summer internship scheme, no organisation
                and not LEXICON.context_patterns["internship"].search(name)
                # "CS220 Algorithms": a course's code glued to its number, and its title
                and not _GLUED_COURSE.fullmatch(first)
                # "the ORBIT Marsden consortium", "the ANR Blue project": a scheme, no place
                and (first in known or not _SCHEME_AFTER.match(text, end))
            ):
                mentions.append(
                    OrgMention(
                        name,
                        org_kind(first)
                        if first in known
                        else OrgKind.INSTITUTION
                        if first in _INSTITUTION_TYPES
                        else OrgKind.ACRONYM,
                        start,
                        end,
                    )
                )
    if any(map(text.__contains__, _PLACE_ADJECTIVE_WORDS)):
        mentions = [_with_place_adjective(m, text) for m in mentions]
    if ", " in text:
        mentions = [_comma_listed_lead(_comma_named(m, text), text) for m in mentions]
    if "(" in text:
        mentions = [_lower_tail_named(m, text) for m in mentions]
    # Drop parenthesised acronyms right after their expansion ("... Alpes (UGA)").
    mentions.sort(key=lambda m: m.start)
    result: list[OrgMention] = []
    for mention in mentions:
        if (
            mention.start
            and text[mention.start - 1] == "("
            and text[: mention.start - 1].rstrip().endswith(mention.name)
            and text[mention.start : mention.end] != mention.name
        ):
            # "membre du Centre lyonnais d'études … (CLEMT)": the acronym's expansion,
            # written in sentence case just before it, is where the mention starts.
            start = len(text[: mention.start - 1].rstrip()) - len(mention.name)
            mention = OrgMention(mention.name, mention.kind, start, mention.end)
        if result:
            previous = result[-1]
            between = text[previous.end : mention.start]
            if re.fullmatch(r"\s*\(", between) and (
                # (the name before may be read titled: "Institut de Droit Public …")
                mention.name == previous.name or mention.name.casefold() == previous.name.casefold()
            ):
                continue  # "Institut X (IX, UMR 5871)": the acronym expanded to X again
            if (
                re.fullmatch(r"\s*\([^(),]*", between)
                and not (
                    # "Laboratoire X (Université Y)": a lab's university, not its alias
                    previous.kind is OrgKind.UNIT and mention.kind is OrgKind.INSTITUTION
                )
                # "Université X (IRIG, équipe Y)": a lab and its team, not an alias
                and not _TEAM_NEXT.match(text, mention.end)
                # "chercheuse Inria (équipe-projet X)": a team of the institution
                and not (mention.kind is OrgKind.UNIT and _TEAM_AT.match(text, mention.start))
                # "au GIPSA-Rhône (Université de X)": a lab's acronym, then its university
                # (whose initials do not spell it), not its alias
                and not (
                    previous.kind is OrgKind.ACRONYM
                    and mention.kind is OrgKind.INSTITUTION
                    and "niversit" in mention.name
                    and not _initials_match(previous.name.split("-")[0], mention.name)
                )
            ):
                continue  # an alias in parentheses: "... de Paris (ENS de Paris)"
            if mention.start < previous.end:
                continue
        if (
            mention.kind is OrgKind.INSTITUTION
            and 2 <= mention.start <= 4 + text.find(" ")
            and _INDEFINITE_BEFORE.search(text, max(0, mention.start - 4), mention.start)
        ):
            continue  # "An Institute of National Importance under …": a kind, no name
        result.append(mention)
    if "," in text and any(m.kind is OrgKind.INSTITUTION and _generic(m.name) for m in result):
        result = [_with_campus(m, text, result) for m in result]
    if original != text:
        result = [_as_written(m, text, original) for m in result]
    for hints, named in _NO_ORGANISATIONS:
        if any(map(text.__contains__, hints)):
            result = [m for m in result if not named(m.name)]
    if " of " in text:
        # "Professor A of Tasman Bay University", "a visitor, B of the Y Institute": a
        # person, then their institution
        result = [_titled_person_cut(m, text) for m in result]
    if "laboratoire" in text or "unité" in text:
        # "membre du laboratoire Institut d'histoire de X": an institute named as a lab
        # is a unit (its members are not its employees)
        result = [
            _coded_unit(m, text, known)
            if m.kind is OrgKind.INSTITUTION and _UNIT_WORD_BEFORE.search(text, 0, m.start)
            else m
            for m in result
        ]
    if "laboratoire " in text or "labo " in text:
        # "Doctorante, Université X, laboratoire ABCD.": the bare acronym the lab's head
        # word leads names a unit (its doctoral students are its members, not its graduates;
        # one spelled out in brackets after it is read with its full name)
        result = [
            OrgMention(m.name, OrgKind.UNIT, m.start, m.end)
            if m.kind is OrgKind.ACRONYM
            and _LAB_WORD_JUST_BEFORE.search(text, 0, m.start)
            and _CLAUSE_END.match(text, m.end)
            else m
            for m in result
        ]
    if ", " in text and any(m.kind is OrgKind.INSTITUTION for m in result):
        # "the X Institute, a research institute of the School of Y": an institute its
        # apposition places inside another body is a unit (its members are not its staff)
        result = [
            OrgMention(m.name, OrgKind.UNIT, m.start, m.end)
            if m.kind is OrgKind.INSTITUTION and _APPOSED_UNIT.match(text, m.end)
            else m
            for m in result
        ]
    if ", in the " in text or ", within the " in text:
        # "PhD at the University of X, in the Centre for Y": a centre placed inside the
        # university just named is its unit (no school of its own)
        result = [
            OrgMention(m.name, OrgKind.UNIT, m.start, m.end)
            if m.kind is OrgKind.INSTITUTION
            and index
            and _CENTRE_HEAD.match(m.name)
            and result[index - 1].kind is OrgKind.INSTITUTION
            and "niversit" in result[index - 1].name
            and _INSIDE_GAP.fullmatch(text, result[index - 1].end, m.start)
            else m
            for index, m in enumerate(result)
        ]
    if " U" in text:
        # "INSERM U1342, Centre d'études X", "UMR 5541 – Institut Y": the centre named after a
        # unit's code is that unit (its members are not its employees)
        named = [
            m.kind is OrgKind.INSTITUTION
            and _CODE_BEFORE_NAME.search(text, 0, m.start) is not None
            and _CENTRE_HEAD.match(m.name) is not None
            for m in result
        ]
        result = [
            OrgMention(m.name, OrgKind.UNIT, m.start, m.end) if centre else m
            for m, centre in zip(result, named, strict=True)
            # (the coded unit right before its name is that same unit: "INSERM U1342")
            if not (
                m.kind is OrgKind.UNIT
                and _UNIT_CODE_END.search(m.name)
                and any(
                    later and 0 <= n.start - m.end <= 3
                    for n, later in zip(result, named, strict=True)
                )
            )
        ]
    if "El Colegio" in text:
        # "El Colegio de X": the Mexican colleges' article is part of their name
        result = [
            OrgMention(f"El {m.name}", m.kind, m.start - 3, m.end)
            if m.name.startswith("Colegio ")
            and text[max(0, m.start - 3) : m.start] == "El "
            and not text[max(0, m.start - 4) : m.start - 3].isalnum()
            else m
            for m in result
        ]
    return result


def _coded_unit(mention: OrgMention, text: str, known) -> OrgMention:
    """An institution named after "l'unité", "du laboratoire": a unit; a national body
    followed by a unit's code ("l'unité INSERM U1342") names the unit with its code."""
    code = _UNIT_CODE_NEXT.match(text, mention.end) if mention.name in known else None
    if code is None:
        return OrgMention(mention.name, OrgKind.UNIT, mention.start, mention.end)
    name = f"{mention.name} {code.group().strip()}"
    return OrgMention(name, OrgKind.UNIT, mention.start, code.end())


# ", a research institute of": the part-of phrases naming a kind (« une unité de » is
# left: a doctoral student "au Centre X, une unité de Y" is still its member).
_APPOSED_UNIT = re.compile(
    r"\s*(?:\([^()]{1,40}\))?\s*,\s*(?:"
    + "|".join(re.escape(p) for p in LEXICON.PART_OF_PHRASES if p.split(None, 1)[0] in ("a", "an"))
    + r")\s",
    re.I,
)
_INSIDE_GAP = re.compile(r"\s*,\s*(?:in|within)\s+the\s+")
_UNIT_CODE_END = re.compile(r"\s(?:U|UMR|UPR|UAR|USR|UMS)[\s-]?\d{3,4}$")
# A unit's code, then a comma or a dash, right before a name.
_CODE_BEFORE_NAME = re.compile(r"\b(?:U|UMR|UPR|UAR|USR|UMS)[\s-]?\d{3,4}\s*[,–—]\s*$")
# (a national body's own name, "Centre national de …", stays the body)
_CENTRE_HEAD = re.compile(r"(?:Centre|Center|Institut|Institute)\b(?!\s+(?i:national))")


def one_institution(text: str, acronyms: dict[str, str]) -> str | None:
    """The one institution *text* names ("Thèse de doctorat, Université X"), by its full
    name where the page spells out its acronym; None for none or several."""
    mentions = [m for m in find_organisations(text, acronyms) if m.kind is OrgKind.INSTITUTION]
    if len(mentions) != 1:
        return None
    return acronyms.get(mentions[0].name, mentions[0].name)


_TITLE_BEFORE = re.compile(r"\b(?:Professor|Prof\.?|Dr\.?)\s+$")


def _titled_person_cut(mention: OrgMention, text: str) -> OrgMention:
    """The institution without the person's name a capitalised run put before it: a titled
    one's ("Professor A of X University"), or a plain name before "of the" ("B of the Y
    Institute"), which no institution's own name opens with."""
    if mention.kind is not OrgKind.INSTITUTION or " of " not in mention.name:
        return mention
    head, link, tail = mention.name.partition(" of ")
    if _SEAT_HEAD.search(head):
        return mention
    if _TITLE_BEFORE.search(text, max(0, mention.start - 12), mention.start):
        if not tail[:1].isupper():
            return mention
    elif tail.startswith("the ") and _head_kind(head) is None and _is_person(head):
        link, tail = link + "the ", tail.removeprefix("the ")
    else:
        return mention
    return replace(mention, name=tail, start=mention.start + len(head) + len(link))


_GERMAN_BOARD_HINTS = ("ommission", "ollegium", "usschuss", "remium", "rat ", "enat ")
_GERMAN_BOARD = re.compile(
    r"(?i)\w*(?:kommission(?:en)?|kollegium|ausschuss|gremium|beirat|fakultätsrat|senat)\b"
)


_COMMITTEE_NAME = re.compile(r"(?i)\b(?:committees?|comités?|panels?)$")
_ROOM_HEADS = frozenset(("Bureau", "Chambre", "Office"))
_SEASON_SCHOOL = re.compile(r"\b(?:Summer|Winter|Spring|Autumn)\s+Schools?$")
_EVENT_HINTS = ("eeting", "onvention", "ymposium", "orkshop", "onference", "olloque")
_EVENT_NAME = re.compile(
    r"(?i)\b(?:meeting|convention\s+cent(?:er|re)|symposium|workshop|conference|colloque)$"
)
_ALUMNI_NAME = re.compile(r"(?i)\balumni\b|\bassociation\s+des\s+(?:anciens|diplômés)")
_BOARD_OF = re.compile(r"\s+(?:de\s+la|du|de\s+l['’]|des|of\s+the)\s+[A-ZÀ-Þ]")


# Names shaped like an organisation's that nobody is employed by, studies at or does
# research in, each read only when the text holds one of its cheap hints:
def _funding_instrument(name: str) -> bool:
    """Whether *name* ends on a funding scheme's word ("ERC Starting Grant")."""
    last = name.rsplit(None, 1)[-1]
    return last[:1].isupper() and LEXICON.pattern("FUNDING_INSTRUMENTS").fullmatch(last) is not None


_KIND_ONLY = re.compile(
    r"(?i)research\s+(?:group|team|lab|laboratory|unit)s?|(?:full|part)[- ]time\s+faculty"
)
_NO_ORGANISATIONS = (
    # "University Promotion and Tenure Committee": a committee of the university
    (("ommit", "omité", "anel"), _COMMITTEE_NAME.search),
    # "the Oregon Programming Languages Summer School": a course of two weeks one attends
    ((" School",), _SEASON_SCHOOL.search),
    # "Talk at the APS March Meeting 2024 (Minneapolis Convention Center)": an event, a venue
    (_EVENT_HINTS, _EVENT_NAME.search),
    # "Ashcombe University Alumni Association", "Association des diplômés de l'X"
    (("lumni", "iplômés"), _ALUMNI_NAME.search),
    # "Mitglied im Habilitationskollegium der Fakultät", "Fakultätsrat der Fakultät X": a
    # board of the faculty
    (_GERMAN_BOARD_HINTS, _GERMAN_BOARD.match),
    # "Research Group: X" (a profile's field label), "Home > Faculty > Full-time Faculty":
    # a kind of unit or of staff, no unit's name
    (("Research ", "time Faculty"), _KIND_ONLY.fullmatch),
    # "Team | HALCYON – ERC Consolidator Grant": the project's funding scheme, no unit
    ((" Grant", " Award"), _funding_instrument),
)
# A French unit's code beside the body that runs it: "UMR CNRS", "UMR 1402 INRAE",
# "Inserm U1287", "CNRS UPR 8001".
_UNIT_CODE_WORDS = frozenset("UMR UPR UMS USR UAR FRE IRL UR".split())
_CODED_BODY = re.compile(
    r"(?:UMR|UPR|UMS|USR|UAR|FRE|IRL|UR)(?:[\s-]+\d{3,4})?\s+(?P<body>[A-Z][\w]+)(?:\s+\d{3,4})?"
    r"|(?P<lead>[A-Z][\w]+)\s+(?:(?:UMR|UPR|UMS|USR|UAR|UR)[\s-]*|U)\d{3,4}"
)


# A name made only of head and field words names a whole network ("National Institute of
# Technology", "Indian Institute of Science"): the city after its comma is part of it.
_GENERIC_WORDS = frozenset(
    "national indian federal state royal higher advanced institute institutes of for and the "
    "technology technological science sciences studies research engineering polytechnic "
    "education information management".split()
)
_CAMPUS = re.compile(
    r",\s*(?P<place>[A-ZÀ-Þ][a-zà-ÿ'’-]{2,})(?=\s+(?:in|on|from|\()\b|\s*[,.;()]|\s*$)"
)


# A US university system whose campus follows a comma ("University of California, Santa
# Cruz"): the campus is part of the university's name.
_CAMPUS_SYSTEMS = frozenset(
    ("university of california", "university of maryland", "university of massachusetts")
)
_SYSTEM_CAMPUS = re.compile(
    r",\s*(?P<place>[A-ZÀ-Þ][a-zà-ÿ'’-]{2,}(?:\s+[A-ZÀ-Þ][a-zà-ÿ'’-]{2,}){0,2})"
    r"(?=\s+(?:in|on|from|\()\b|\s*[,.;()]|\s*$)"
)


def _generic(name: str) -> bool:
    words = name.lower().split()
    if len(words) == 3 and name.lower() in _CAMPUS_SYSTEMS:
        return True
    return len(words) >= 3 and "institute" in words and _GENERIC_WORDS.issuperset(words)


def _with_campus(mention: OrgMention, text: str, mentions: list[OrgMention]) -> OrgMention:
    """ "National Institute of Technology, Varanagar": the generic name with its city."""
    if mention.kind is not OrgKind.INSTITUTION or not _generic(mention.name):
        return mention
    system = mention.name.lower() in _CAMPUS_SYSTEMS
    campus = (_SYSTEM_CAMPUS if system else _CAMPUS).match(text, mention.end)
    if campus is None or any(m.start == campus.start("place") for m in mentions):
        return mention
    place = campus["place"]
    if place.lower() in _GENERIC_WORDS or place in _MONTHS:
        return mention
    name = f"{mention.name}, {place}"
    return OrgMention(name, mention.kind, mention.start, campus.end("place"))


_MONTHS = frozenset(
    "January February March April May June July August September October November December "
    "Janvier Février Mars Avril Mai Juin Juillet Août Septembre Octobre Novembre Décembre".split()
)


def _as_written(mention: OrgMention, titled: str, original: str) -> OrgMention:
    """The mention's name in the page's own case (sentence-case names were capitalised only
    to be read whole)."""
    at = titled.find(mention.name, mention.start)
    if at < 0 or titled[at : at + len(mention.name)] == original[at : at + len(mention.name)]:
        return mention
    written = original[at : at + len(mention.name)]
    return OrgMention(written, mention.kind, mention.start, mention.end)


# (the unit heads _head_kind reads without the lexicon too)
_MENTION_STARTS = phrase_starts(
    (*LEXICON.TEAM_WORDS, *LEXICON.INSTITUTION_HEADS, *LEXICON.UNIT_HEADS)
    + ("school", "faculty", "college", "division", "department")
)
# Two capitals (or a capital and a digit, "&", "-"): where an acronym may start.
_ACRONYM_START = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ0-9&\-]")


@lru_cache(maxsize=1)
def _lower_acronyms() -> tuple[str, ...]:
    """First words of the known acronyms that hold no two capitals ("Inria")."""
    firsts = (a.split()[0] for a in known_acronyms() if a.split())
    return tuple(f for f in firsts if not _ACRONYM_START.search(f))


def may_mention_organisation(text: str, acronyms: dict[str, str] | None = None) -> bool:
    """False only when :func:`find_organisations` can read no mention in *text*, nor in
    any text made of its pieces joined by spaces: no team or head word, no two capitals,
    no acronym the page or the list of institutions knows (a cheap test for prose)."""
    low = lowered(text)
    if low is None or _MENTION_STARTS is None or opens_a_word(word_starts(low), _MENTION_STARTS):
        return True
    if _ACRONYM_START.search(text):
        return True
    firsts = (a.split()[0] for a in acronyms or () if a.split())
    return any(map(text.__contains__, (*firsts, *_lower_acronyms())))


_PROJECT_BEFORE = re.compile(r"(?i)\b(?:projet|project|programme|program)\s+$")
# (a project's title before its noun: "the Trust and Agency project")
_PROJECT_AFTER = re.compile(r"[*_]*\s+(?i:projects?)\b")
# A kind of institution written short before its place ("CHU Alpes-Chartreuse", "IUT de
# X", "ENSA Nantes"): the name is an institution's, not an unexplained lab's acronym.
_INSTITUTION_TYPES = frozenset("CHU CHRU CHR CHI IUT ENS ENSA INSA ENSI".split())
# A teachers' college's type, an institution only with its place ("INSPÉ de X", "ESPE de
# Y"): alone, or before a name the finder leaves out ("l'INSPÉ de l'académie de Z"), none.
_PLACED_INSTITUTION_TYPES = frozenset("INSPÉ INSPE ESPE ÉSPÉ".split())
# " de l'académie de Caen-Orne" after such a type: the French education region it serves.
_ACADEMY_PLACE = re.compile(
    r"\s+de\s+l['’]acad[ée]mie\s+d(?:e\s+|['’])[A-ZÀ-Þ][\w'’]*(?:-[A-ZÀ-Þ][\w'’]*)*"
)
# Upper-case words that are degrees, titles, or countries, not organisations.
_ROMAN = re.compile(r"[IVXLC]+")
_CENTURY_AFTER = re.compile(r"(?i)(?:e|ème|eme|th)?\s+(?:siècles?|century|centuries)\b")
_IGNORED_ACRONYMS = frozenset(
    "PHD PH.D MSC BSC MS BS MA BA MBA MPHIL DPHIL HDR MCF PR DR CR ATER CV USA UK EU US L1 L2 L3 "
    "M1 M2 TD TP IEEE ACM SIAM AI ML CS PDF HTML FR EN II III IV DNN DNNS NP MVA MPRI CDSN "
    "CEO CTO IT NB OK TBA HC CN CIFRE "  # (HC, CN: a rank's grade; CIFRE: a grant)
    # a physician's degrees and college memberships ("MBBS, X (2010)", "MRCP (UK)")
    "MBBS MBCHB MRCP MRCS FRCP FRCS FRACP DES DIU".split()
    # Professional degrees ("MPH, University X": a master's of public health, no unit)
    + "MPH MPP MPA MFA MSW MENG MRES LLM LLB JD MD DDS DVM PHARMD EDD DRPH".split()
    # Engineering degrees of Middle-East and South-Asian CVs ("ME, Civil Engineering")
    + "BE ME BENG BTECH MTECH".split()
    # A table's column titles in capitals ("INSTITUTION | LOCATION | MAJOR/AREA | YEAR")
    + "LOCATION MAJOR AREA DEGREE YEAR YEARS DATE DATES FIELD TITLE NAME ROLE TYPE".split()
    # The kind of a French research unit before its number ("LIC, EA 4412"): no name.
    + "EA UR USR UAR UMS FRE ERL".split()
    # French ranks and their classes ("Professeure des universités (PR1)", "CRCN", "DR2")
    + "PR1 PR2 PRCE PREX PRAG MCFHC CRCN CRHC CR1 CR2 DR1 DR2 DRCE IR1 IR2 IRHC".split()
    # Hospital-university ranks ("PU-PH", "MCU-PH", "CCA": a post, no hospital)
    + "PU-PH MCU-PH PU MCU PH CCA AHU PHU DES DESC".split()
    # French degrees and diplomas ("DSA Architecture et patrimoine", "DEA X", "DU Y")
    + "DSA DEA DESS DU DIU HMONP DEUG DUT BTS".split()
    # A profile's identifier links ("ORCID · Google Scholar · DBLP"): registries, no employer.
    + "ORCID DBLP SSRN RG".split()
    # A form's field labels in capitals ("URL for web site:", "DOI: …"): no unit.
    + "URL DOI ISBN ISSN".split()
    # The tracks of France's classes préparatoires ("Classe préparatoire BCPST, Lycée X")
    + "CPGE BCPST MPSI PCSI PTSI MP2I ECG ECS ECE TSI".split()
    # A degree's Latin honours in a résumé's capitals ("M.SC. … (CUM LAUDE)"): no unit
    + "CUM SUMMA MAGNA LAUDE".split()
    # ("M.SC. IN MARINE BIOLOGY": a degree's subject in capitals, its "in" no acronym)
    + ["IN"]
    # A field's abbreviation in a degree's name ("Master 2 Analyse numérique et EDP"):
    # partial and ordinary differential equations, in French and English
    + "EDP PDE EDO ODE".split()
    # British posts written short ("2006 – 2009: PDRA, X Observatory": a post-doctoral
    # research assistant or fellow, no unit)
    + "PDRA PDRF".split()
    # An academic year's mark before its years ("AY 2018-19: Visiting Lecturer, X")
    + ["AY"]
    # A generated site's navigation links in capitals (Org mode's "UP | HOME"): no unit
    + ["HOME"]
    # A French course table's column titles ("Semestre | UE | ECTS | Responsable"): a
    # teaching unit and its credits, no organisation
    + "UE UES ECUE ECTS".split()
    # A Spanish or Mexican CV's identity fields ("DNI/NIE/pasaporte", "CVU: 000000": an
    # identity document's or a researcher record's number) and a Portuguese notice's heading
    # in capitals ("EDITAL", a call for a defence): no unit
    + "DNI NIE NIF CVU EDITAL".split()
)
# A course's number after its department code ("LING 210", "MATH 101A"); three digits, so a
# year ("CNRS 2019") or a unit's number ("UMR 8888") is not one.
# (a research unit's number stays its name: "UMR 5505", "EA 4360")
_GLUED_COURSE = re.compile(r"(?!UMR|UPR|USR|UAR|UMS|ERL|EA|UR|FR)[A-Z]{2,5}[1-9]\d\d[A-Z]?")
_COURSE_NUMBER = re.compile(r" [1-9]\d\d[A-Z]?\b(?![-–.,]\d)(?P<title>\s*\()?")
# "Oakhaven, ME", "Marlow, CA": a US state's (or a country's) two letters after a city.
_PLACE_CODE_BEFORE = re.compile(r"[A-ZÀ-Þ][\w'’-]+,\s*$")
