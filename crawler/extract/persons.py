"""Person names written after a role word: "under the supervision of A and B", "Jury: A (...), B".

Names are only taken where a role word vouches for them (never from free capitalised text);
each piece of the list is checked and normalised by :mod:`crawler.names`.
"""

from __future__ import annotations

import re
from functools import lru_cache

from crawler.extract.lexicon import LEXICON
from crawler.names import (
    CAPITAL_PARTICLES,
    EXTENDED_CAPITALS,
    GIVEN_ONLY,
    GIVEN_OR_FAMILY,
    HONORIS_CAUSA,
    NOT_NAME_WORDS,
    called_name,
    called_name_in_place,
    caps_chinese_family_first,
    clean_name,
    fold,
    han_glossed_family_first,
    parse_name,
)

# (a one-letter connector, "i", "y", "e", only in lower case: "Part I and II", "Louis I")
_CONNECTORS = "|".join(
    f"(?-i:{re.escape(c)})" if len(c) == 1 and c.isalpha() else re.escape(c)
    for c in sorted(LEXICON.CONNECTORS, key=len, reverse=True)
)
# Separators between names of one list.
LIST_SEPARATOR = re.compile(rf"\s*(?:,|;|\s(?:{_CONNECTORS})\s|\s/\s|\n)\s*", re.I)
# Where a list of names stops: a new sentence, a preposition introducing something else.
_STOP_WORDS = (
    r"on|at|in|from|for|about|who|which|where|whose|to|since|during|between|"
    # ("du Pr. A": the title says a person, "de le Pr.", not a place)
    r"sur|à|au|aux|dans|de\s+l|du(?!\s+(?:Pr|Prof|Dr|professeur|docteur)\b)|depuis|pendant|"
    r"pour|qui|dont|où|avec\s+qui|"
    r"working|supervising|while|was|were|is|are|as|et\s+al|"
    # "my co-advisor A did his PhD with B": a verb ends the name list
    r"did|has|had|obtained|completed|studied|received|earned|defended|became|joined|"
    # "with Dr. A before joining X", "avec B avant de rejoindre Y": the next clause
    r"before|after|prior\s+to|until|then|avant|après|puis|"
    # "co-supervised with Dr. A of the School of Physics": A's unit, after the name
    # ("jointly advised by B of Mechanical Engineering": a department named bare)
    r"of\s+the|of(?=\s+(?:[A-ZÀ-Þ][\w-]+\s+)?(?-i:Engineering|Medicine|Economics|Chemistry|"
    r"Physics|Mathematics|Statistics|Biology|Psychology|Computer\s+Science)\b)|"
    # "bivejleder er B fra Dansk Institut X", "C vid Y", "D bij Z", "E presso W": the
    # other languages' "from" and "at" open the member's place
    r"fra|från|ved|vid|bij|aan\s+de|aus|vom|an\s+der|presso|desde|"
    # "bei Prof. A mit einer Arbeit über …", "bei Dr. B im Forschungslabor X": what follows
    r"mit|im|zum|zur"
)
LIST_STOP = re.compile(
    # ("sous la direction de NOM P. ⟨tel-…⟩": HAL's identifier bracket ends the list)
    # ("Ş. A", "Ł. B": an initial's period beyond Latin-1, no sentence's end)
    rf"(?:(?<![A-ZÀ-ÖØ-Þ{EXTENDED_CAPITALS}])(?<![A-Z]-)(?<!\b[A-Z][a-z])\.(?:\s|$)|[!?:|)→\]⟨]|\s[–—·•-]\s|"
    # "avec Hervé KERGUELEN. Soutenue le …": a family name in capitals ends the sentence
    r"(?<=[A-ZÀ-Þ]{3})\.(?=\s+[A-ZÀ-Þ][a-zà-ÿ])|"
    # (not "Prof. DU Mingxuan", "TO Minh Anh": a family name in capitals before a given one)
    # (nor a capitalised "Du" closing a Breton family, "A Le Du et B", "A Le Du (X)")
    rf"\s(?![A-Z]{{2}}\s+[A-Z][a-z])(?!Du\s+(?:et\s|and\s|\())(?i:{_STOP_WORDS})\s|"
    # "avec A de l'Université X": the elided article opens A's place
    r"\s(?i:de|à)\s+l['’](?=[A-ZÀ-Þ])|"
    # "auprès de A de 2017 à 2019", "with B from 2019": the dates end the list.
    r"\s(?i:de|from|in|en|depuis|since|between|entre)\s+(?=(?:19|20)\d\d\b)|"
    # "hosted by Dr. A 🇸🇪", "with B 🎉": a flag or a pictograph closes the sentence.
    "\\s*[\U0001f1e6-\U0001faff])"
)
PARENS = re.compile(r"\s*[(\[][^()\[\]]*[)\]]")
# "A (Univ. X)": a person's place in brackets after the name, no name itself
AFFILIATION_BRACKET = re.compile(r"\s*\([^()]{2,80}\)")
_TITLES = "|".join(sorted((re.escape(t) for t in LEXICON.TITLES), key=len, reverse=True))
# A family name opening on its particle ("Le Bihan", "De Smet", "Van Dijk"), alone.
_PARTICLE_FAMILY = re.compile(
    r"(?:Le|La|De|Du|Des|Van|Von|Di|Da|Del|Della|El|Al|Ben|Ter|Ten)\s+[A-ZÀ-Þ][\w'’-]+"
)
# ("M." after another title is an initial, no "Monsieur": "Dra. M. Á. Quintana")
TITLE_PREFIX = re.compile(rf"^(?:{_TITLES})\.?\s+(?:(?!m\.)(?:{_TITLES})\.?\s+)*", re.I)
# "avec le Prof. A", "de la Pr B", "the Dr C": an article before a title goes with it.
# "the late Sir A", "feu le professeur B": the mark of the deceased goes with the title.
_ARTICLE_TITLE = re.compile(
    # ("della Dott.ssa B", "del Prof. C": Italian; "der Prof. D", "do Prof. E")
    # ("M. le Professeur A", "Mme la Professeure B": the civility, then the title's article)
    rf"^(?:(?:M\.|Mme|Monsieur|Madame)\s+(?=(?:le|la)\s))?"
    # ("el Dr. A", "il Prof. B": Spanish, Italian)
    rf"(?:(?:le|la|du|the|del|della|dello|dal|dalla|der|die|do|da|el|il)\s+)?"
    rf"(?:(?:late|feu|feue)\s+(?:(?:le|la)\s+)?)?(?=(?:{_TITLES})\b)"
    r"|^(?:the\s+)?late\s+(?=[A-ZÀ-Þ])",
    re.I,
)
_TRAILING = re.compile(r"[\s,.;:*†‡§¶∗#)\]]+$")  # an unbalanced ")" closes an aside
_LEADING = re.compile(rf"^(?:(?:{_CONNECTORS})\s+|[\s,;:*–—-]+)", re.I)
EMAIL = re.compile(r"[\w.+-]+@[\w-]+(?:\.[\w-]+)+")


DEGREE = re.compile(
    # ("B.A.Sc.", "M.A.Sc.": applied science; "B.Sc.Eng."; "Ed.D.", "Sc.D.")
    r"(?i)(?:ph|m|b|d|m\.?\s?ph|d\.?\s?ph)\.?\s?(?:a\.?\s?(?=sc))?(?:d|sc|s|a|il|eng|ed|phil|tech)\.?"
    r"(?:\s?eng\.?)?|(?:ed|sc)\.?\s?d\.?|m\.?\s?b\.?\s?a\.?|ll\.?\s?[bm]\.?"
)


DEGREE_WORDS = ("diplom", "licence", "mres", "mphil", "meng", "beng", "dea", "dess")


_NOT_POSITION_LEAD = frozenset(
    "chair emeritus employed faculty fellow group joined member poste reader recruté recrutée "
    "research senior staff tenure visiting working".split()
)
# "Didier LE GOASTER Professeur, Univ. X" (a jury page's column, its comma lost): the
# position after an upper-case surname is no part of the name.
_POSITION_AFTER_CAPS = re.compile(
    r"^(.*?\b[A-ZÀ-Þ][A-ZÀ-Þ'’-]+)\s+(?i:"
    + "|".join(
        sorted(
            {
                re.escape(p.split()[0])
                for p in LEXICON.POSITIONS
                if len(p.split()[0]) >= 5 and p.split()[0] not in _NOT_POSITION_LEAD
            },
            key=len,
            reverse=True,
        )
    )
    + r")\b.*$"
)
_POSITION_LEADS = _POSITION_AFTER_CAPS.pattern.split("(?i:", 1)[1]
# "Ingrid Quill Professeure, Univ. X" (a plain-text jury's columns joined): a capitalised
# position word after a given name and a family name ends the name.
# A French rank's acronym after a name ("A B MCF HDR", "C D PU-PH"), not its initials.
_FRENCH_RANK_AFTER = re.compile(
    r"^(.*?[a-zß-ÿ])\s+(?:MCF|MCU-PH|PU-PH|PU|PR|DR|CR|IR|ATER)(?:\s+(?:HDR|CNRS|Inserm|Inria))?$"
)
_POSITION_AFTER_NAME = re.compile(
    r"^([A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’-]*){1,3})\s+(?=[A-ZÀ-Þ])(?i:" + _POSITION_LEADS
)


# Patterns of the functions below, compiled once (not looked up in the re module's cache,
# which a long crawl's per-page patterns keep churning).
_PARTICLE_LEAD = re.compile(r"^(?:de|of|d['’])\s*(?=[A-ZÀ-Þ][\w-]+\s+[A-ZÀ-Þ])")
_ITALIAN_TITLE = re.compile(r"(?i)\b(Dott|Prof|Dr)\.(ssa)\b")
# (every language's short titles: "prof. dr. ir. A" in Dutch, "PD Dr. B" in German; and
# the grades of Central Europe: "doc. Ing. A", "dr hab. inż. B", "RNDr. C")
_TITLE_DOT = re.compile(
    r"(?i)\b("
    + "|".join(
        sorted(
            {t.lower() for t in LEXICON.TITLES if t.isalpha() and 2 <= len(t) <= 5}
            | {"assoc", "asst", "assist", "rndr", "mgr", "phdr", "mudr", "hab", "habil", "inż"}
            | {"doc", "drs"},
            key=len,
        )[::-1]
    )
    # (not the dot inside a compound title: Austrian "Univ.-Prof.", "O.Univ.Prof.", beside
    # Romanian "Prof. univ. dr."; Portuguese "Prof.ª", "Dr.ª": the feminine mark goes too)
    + r")\.[ªº]?(?!-|Prof)"
)


def _title_dot_blanked(match: re.Match[str]) -> str:
    """The title without its dot (and feminine mark), blanked to keep the text's offsets."""
    return match.group(1).ljust(len(match.group()))


# "Dr. Eng." (Japan, Indonesia), "Dr.-Ing." (Germany): one doctor's title in two words.
_DR_ENG = re.compile(r"\b(Dr)\.?\s*(?:Eng\.|-Ing\.)")
_TRAILING_YEARS = re.compile(r"\s+(?:19|20)\d\d(?:\s*[–—-]\s*(?:19|20)\d\d)?$")
_LIST_PIECE = re.compile(r"(?:\([^()]*\)?|[^,;\n(])+")
_CONNECTOR_SPLIT = re.compile(rf"\s(?:{_CONNECTORS})\s|\s/\s")
# "A -- PhD student" (a plain-text dash) ends the name like "A – PhD student".
# "A PhD scholar 2022 - Present" (a text CV's columns run together): a degree ends it too.
_HEAD_END = re.compile(
    # ("A · PhD candidate · topic": a card's middle-dot separator, blanks around it; a
    # Catalan name's "l·l" has none)
    # (a semicolon too: "A ; co-encadrement : B", the next field of a record's line)
    # ("A [Inria, Researcher]": a team report's bracketed employer and post; not a list's
    # own mark "[P16] A")
    r"\s*(?:[,;(:|–—]|\s--?\s|\s[·•]\s|\n)|\s+\[|"
    r"\s+(?=(?:Ph\.?\s?D\.?|DPhil|M\.?Sc\.?|MASc|M\.?Tech\.?|MPhil|B\.?Tech\.?|B\.?Sc\.?)(?!\w))|"
    # (a clinician's medical degrees and fellowships after the name: "A MB BCh, FRCPI")
    r"\s+(?=(?:MB\s?B?Ch\.?B?|MBBS|BM\s?BCh|BMBS|MRCP\w{0,3}|FRC[PS]\w{0,3})(?!\w))"
)
_CAPS_PAIR = re.compile(r"[A-ZÀ-Þ][A-ZÀ-Þ'’-]")  # where an upper-case surname may start
_TRAILING_CHARS = ",.;:*†‡§¶∗#)]"  # (with white space) what _TRAILING strips

# A company's legal form closing the piece (case-sensitive: "Ag" is a Tuareg particle; "SA"
# is a société anonyme, "Vernaline SA").
_LEGAL_FORM = re.compile(r"\s(?:SAS|SASU|SARL|GmbH|Inc\.?|Ltd\.?|LLC|plc|S\.A\.|SA)\s*$")
# A company's trade noun closing the piece ("Aérolithe Industries", "Kestrel Robotics").
COMPANY_NOUNS = frozenset(LEXICON.COMPANY_NOUNS)


_NO_VOWEL_CAPS = re.compile(r"[B-DF-HJ-NP-TV-XZ]{3,}")


def _acronym_lead(word: str) -> bool:
    """A first word that is no initials and no surname: a known institution's
    acronym, or three or more capitals without a vowel (initials come with dots or after
    the family name: "Quill AZ")."""
    from crawler.extract.organisations import known_acronyms

    # (three letters at least: "TU Wei", "KU Lin" are family names in capitals too)
    return len(word) >= 3 and (
        word in known_acronyms() or _NO_VOWEL_CAPS.fullmatch(word) is not None
    )


_LOWER_PARTICLE_LEADS = frozenset(("van", "von", "ter", "ten", "zu", "der", "den"))


# "dosentti A Luonnonvarakeskuksesta", "professori B Åbo Akademista", "C Oulun yliopistosta":
# a Finnish sentence names the person's institution after them, in the elative or ablative
_FINNISH_FROM_ENDS = ("sta", "stä", "lta", "ltä")
_FINNISH_FROM = re.compile(
    r"(?:\s+(?P<lead>[A-ZÀ-Þ][\w-]+))?\s+[\w-]*(?i:keskukse|yliopisto|akatemia|akademi|"
    r"instituuti|laitokse|universiteti|korkeakoulu|virasto|säätiö)(?:sta|stä|lta|ltä)$"
)


def _finnish_from_cut(piece: str) -> str:
    """The name before a Finnish "from institution X" tail (the tail's own leading word,
    "Åbo", "Oulun", cut with it while two name words stay)."""
    match = _FINNISH_FROM.search(piece)
    if match is None:
        return piece
    if match.group("lead") and len(piece[: match.start()].split()) >= 2:
        piece = piece[: match.start()]
    else:
        piece = piece[: match.end("lead")] if match.group("lead") else piece[: match.start()]
    # ("B Institut Alpin de X -tutkimuslaitoksesta": the institution's own name before it)
    words = piece.split()
    for at, word in enumerate(words[2:], 2):
        if word[:1].isupper() and word.casefold() in NOT_NAME_WORDS:
            return " ".join(words[:at])
    return piece


_GIVEN_WORDS = GIVEN_ONLY | GIVEN_OR_FAMILY


def reads_as_person(text: str) -> bool:
    """Whether a capitalised run is a person's name rather than a company named without a
    head word: it parses as a name and opens on a known given name ("at Ada Quill", not
    "at Quarrel Biotech")."""
    return name_from_piece(text) is not None and fold(text.split()[0]) in _GIVEN_WORDS


@lru_cache(maxsize=1 << 14)
def name_from_piece(piece: str) -> str | None:
    """One list piece ("DR Rémi Gribonval (DR)", "Prof. A. Quill") → display name or None."""
    # (each pattern tried only where it can match: a piece may be a whole paragraph)
    piece = EMAIL.sub("", piece) if "@" in piece else piece
    if piece and not piece.isascii() and CJK_GLOSS.search(piece):
        # ("Lin Yuxuan (林宇轩)": the characters' order tells the family name first)
        piece = han_glossed_family_first(piece)
        piece = CJK_GLOSS.sub("", piece)  # "Pei-Shan Huang 黃珮珊": the romanised name
    if "(" in piece and "." in piece[:12]:
        piece = called_name(piece)  # "E.C. (Evelien) Zandbergen": the name one is called by
    piece = PARENS.sub("", piece) if "(" in piece or "[" in piece else piece
    piece = _LEADING.sub("", piece.strip())
    if piece[:3] == "de " and TITLE_PREFIX.match(piece[3:]):
        # "sous la direction de Mme A et de M. B": the particle before the civility
        piece = piece[3:]
    titled = piece
    piece = TITLE_PREFIX.sub("", _ARTICLE_TITLE.sub("", piece))
    has_title = len(piece) < len(titled)
    if titled[:3] == "M. " and (
        _PARTICLE_FAMILY.fullmatch(piece)
        # "M. van Dalfsen", "M. ter Horst": a Dutch or German particle after a civility
        # would leave a family name alone; "M." is the initial there too
        or piece.split(" ", 1)[0] in _LOWER_PARTICLE_LEADS
    ):
        # "M. Le Bihan" (a column of initials): "M." is her initial, not "Monsieur" before
        # a given name "Le" (a family name never stands alone after a civility here).
        piece = titled
    # "sous la direction de A et de B", "the group of A": a particle before a full name.
    piece = _PARTICLE_LEAD.sub("", piece)
    if _CAPS_PAIR.search(piece) and (position := _POSITION_AFTER_CAPS.match(piece)) is not None:
        piece = position.group(1)
    elif (position := _POSITION_AFTER_NAME.match(piece)) is not None:
        piece = position.group(1)
    if piece[-1:].isspace() or piece[-1:] in _TRAILING_CHARS:
        piece = _TRAILING.sub("", piece)
    if piece[-2:].isupper() and (rank := _FRENCH_RANK_AFTER.match(piece)) is not None:
        piece = rank.group(1)  # "A Vaunier-Brezza MCF HDR" (a jury row): the rank, no initials
    if piece.endswith(_FINNISH_FROM_ENDS):
        piece = _finnish_from_cut(piece)
    if not piece or len(piece) > 60 or any(ch.isdigit() for ch in piece):
        return None
    if DEGREE.fullmatch(piece):
        return None  # "M.Sc.", "Ph. D": a degree written like initials, not a person
    if _LEGAL_FORM.search(piece):
        return None  # "Sous-Marine SAS", "Helixforge Ltd": a company, not a person
    if piece.rsplit(None, 1)[-1] in COMPANY_NOUNS:
        return None  # "Aérolithe Industries": a company (a CIFRE thesis's partner)
    if " " in piece and piece.rsplit(None, 1)[-1].lower() in _ROLE_ENDS:
        return None  # "External Examiner", "EXTERNAL EXAMINATION": a heading's role, no one
    if piece.count(" ") == 1 and piece.split(" ", 1)[0].lower() in _ROLE_LEADS:
        return None  # "Outside Reader", "External Member": a committee's role, no one
    first = piece.split(maxsplit=1)[0]
    if (
        " " in piece
        and (DEGREE.fullmatch(first) or first.lower() in DEGREE_WORDS)
        and not (has_title and first.isupper())
        # "DENG Yuxuan", "MENG Fanyu": a family name in capitals (the degrees are "DEng")
        and not (first.isupper() and len(first) >= 4 and "." not in first)
        # ("MA Yueming (M.E., 2021)": a Chinese family name in capitals, then a given name)
        and not (first.isupper() and caps_chinese_family_first(piece))
        # ("DOS SANTOS Ícaro": a particle in capitals opening a family name in capitals)
        and not (
            first.title() in CAPITAL_PARTICLES
            and piece.split()[1].isupper()
            and not piece.split()[-1].isupper()
        )
        # ("prof. dr. M.A. Hoekstra": after a person's title, initials that spell a degree)
        and not (first[1:2] == "." and TITLE_PREFIX.match(titled))
    ):
        # "MSc Water Resources", "MA Philosophy": a degree and its subject ("Prof. MA
        # Jianguo" is a person: a title before a family name in capitals)
        return None
    if " " in piece and first[:1].isupper() and _acronym_lead(first):
        # "ONERA Palaiseau", "LMF Valmy", "Ifremer Brest": an institution or a lab and its place
        return None
    # An upper-case title glued to a name by a PDF ("DRRémi"): leave to the normaliser.
    if first in _IRISH_PARTICLES and piece.count(" ") == 1:
        return None  # "Prof. Ó Séaghdha": an Irish family name alone, "Ó" no initial
    if piece[-1:] == "-":
        return None  # "Kungliga Skogs- och Sjöhögskolan": a compound's cut half, no name
    name = parse_name(piece)
    if name is None or (name.initials_only and not name.family):
        return None
    return clean_name(piece)


# Irish family names' particles ("Ó Dálaigh", "Ní Bhriain"): a family name's first word.
_IRISH_PARTICLES = frozenset(("Ó", "Ní", "Nic", "Uí", "Ua", "Mhic"))


# A name written "Family, Given-Given" (Wade-Giles/Taiwanese romanisation: "Wang,
# Kuan-Lin", "Huang, Pei-Shan 黃珮珊"), its name in Chinese characters after it or not.
_TURNED_HYPHENATED = re.compile(
    r"(?P<title>(?:Dr|Prof|Mr|Ms|Mrs)\.?\s+)?(?P<family>[A-Z][a-z]{1,8}),\s+"
    r"(?P<given>[A-Z][a-z]{1,6}-[A-Za-z][a-z]{1,6})"
    r"(?P<gloss>\s*[\u3400-\u9fff\uac00-\ud7af]{2,5})?(?=\s*[,(;.]|\s*$)"
)
# Chinese, Korean or Japanese characters glossing a romanised name ("Pei-Shan Huang 黃珮珊").
CJK_GLOSS = re.compile(r"\s*[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]{2,6}(?=\s*[,(;)]|\s*$)")


# Last words of a capitalised role or activity that a CV's heading or label writes like a
# name ("External Examiner", "Thesis Examination"); no family name.
# ("Highly Qualified Personnel": a Canadian CV's count of the people trained, no one)
_ROLE_ENDS = frozenset(
    ("examiner", "examiners", "examination", "examinations", "examining", "personnel")
)
_ROLE_LEADS = frozenset(("outside", "external", "internal"))


def turned_hyphenated(text: str) -> str:
    """*text* with a leading "Family, Given-Given" name written "Given-Given Family", padded
    to the same length (offsets into the text still hold)."""
    turned = _TURNED_HYPHENATED.match(text)
    if turned is None:
        return text
    name = f"{turned['title'] or ''}{turned['given']} {turned['family']}"
    return name.ljust(turned.end()) + text[turned.end() :]


def names_after(text: str, *, stop: bool = True) -> tuple[list[str], int]:
    """Names listed at the start of *text*, and where the list ended.

    >>> names_after("Rémi Gribonval and Elisa Riccietti. The thesis is ...")
    (['Rémi Gribonval', 'Elisa Riccietti'], 34)
    """
    names, end = _names_after(text, stop)
    return list(names), end


# "Declercq, Marc (Président) ; Hubert, Anne-Sophie": a repository's "Family, Given" names,
# one per ";" piece (the comma inside a piece turns the name round, it splits nothing).
_INVERTED_PIECE = re.compile(
    r"^\s*(?P<family>[A-ZÀ-Þa-z][\w'’-]*(?:\s+[\w'’-]+){0,3}?)\s*,\s*"
    r"(?P<given>[A-ZÀ-Þ][\w'’.-]*(?:\s+[A-ZÀ-Þ][\w'’.-]*)?)\s*(?P<rest>\([^()]*\))?\s*\.?\s*$"
)


# "Ogundipe, Folasade and Marchetti, Ruggero" (EPrints): two turned-round names joined.
_JOINED_PAIR = re.compile(r"\s+(?:and|&|et|und)\s+")


def inverted_names(text: str, *, joined: bool = False) -> list[tuple[str, str]] | None:
    """[(display name, what follows it in brackets)] when *text* is a ";" list of two or
    more "Family, Given" names, else None; with *joined*, also two such names joined by
    "and" (a labelled field's value, where "A, B and C, D" can only be two names)."""
    if "," not in text:
        return None
    if ";" in text:
        pieces = [p for p in text.split(";") if p.strip()]
    elif joined and text.count(",") == 2:
        pieces = _JOINED_PAIR.split(text)
    else:
        return None
    if len(pieces) < 2 or any(p.count(",") != 1 for p in pieces):
        return None  # (each piece turns one name round: one comma in each)
    found = []
    for piece in pieces:
        match = _INVERTED_PIECE.match(piece)
        name = (
            name_from_piece(f"{match.group('family')}, {match.group('given')}") if match else None
        )
        if name is None:
            return None
        found.append((name, match.group("rest") or ""))
    return found


# "A, B et, enfin, C", "A and, most recently, B": a short lower-case aside after the list's
# last "and" (set off by commas) leaves the list open.
_ASIDE = re.compile(r"^\s*(?:[a-zà-ÿ]+\s+){0,2}[a-zà-ÿ]+\s*$")
# "A côté français", "B pour la partie théorique": a full name then a few lower-case words.
_LOWER_TAIL = re.compile(
    r"^\s*((?:[A-ZÀ-Þ][\w'’.-]*\s+){1,3}[A-ZÀ-Þ][\w'’-]+)\s+(?:[a-zà-ÿ][\w'’-]*\s*){1,2}$"
)
_OPEN_AND = re.compile(r"\s(?:et|and)\s*,\s*$")
# A blanked bracket between a name and capitalised words: "B          Soutenue le …".
_BRACKET_GAP = re.compile(r"(?<=[\w.])\s{4,}(?=[A-ZÀ-Þ][a-zà-ÿ])")


# A full name, then one more capitalised word ending the span: "A B Effets" (…du débit).
_PHRASE_OPENING = re.compile(r"^(\s*(?:[A-ZÀ-Þ][\w'’.-]*\s+){2,3})[A-ZÀ-Þ][a-zà-ÿ]{3,}\s*$")
_PHRASE_STOPS = frozenset(("du", "su", "po", "da"))  # du, sur, pour, dans
# After the stop word, a lower-case common word, not a particle ("de la Fuente").
_PHRASE_GOES_ON = re.compile(
    r"(?!(?:la|le|les|los|las|van|der|den|von|del|della|di|da|dos|das)\b)[a-zà-ÿ]{3,}"
)


# "sa directrice de recherche, la professeure A": a possessive role before its holder.
_POSSESSIVE_ROLE = re.compile(
    r"^\s*(?:de\s+)?(?:[Ss]a|[Ss]on|[Ss]es|[Mm]on|[Mm]a|[Mm]es|[Hh]is|[Hh]er|[Mm]y|[Tt]heir)\s+[a-zà-ÿ-]+"
    r"(?:\s+[a-zà-ÿ'’-]+){0,3}\s*$"
)


# ("et par le", "y por el": a connector, then the preposition and its article, blanked)
_AGAIN_PAIRS = [phrase.split(maxsplit=1) for phrase in LEXICON.words["AGENT_AGAIN"]]
_AGAIN_BY = re.compile(
    rf"(\s(?:{'|'.join(sorted({re.escape(c) for c, _ in _AGAIN_PAIRS}))})\s+)"
    rf"({'|'.join(sorted({re.escape(p) for _, p in _AGAIN_PAIRS}, key=len, reverse=True))})"
    r"(?=\s+[A-ZÀ-Þ])"
)
_AGAIN_LITERALS = tuple(sorted({f" {p.split()[0]} " for _, p in _AGAIN_PAIRS}))


@lru_cache(maxsize=4096)
def _names_after(text: str, stop: bool) -> tuple[tuple[str, ...], int]:
    """Cached: the rules read the same sentences (the list itself is copied per caller)."""
    # "Prof.", "prof. dr." (Dutch, lower case): a title's dot ends no list.
    text = _ITALIAN_TITLE.sub(r"\1\2 ", text)  # Italian "Dott.ssa"
    if "h.c." in text or "h. c." in text:
        text = HONORIS_CAUSA.sub(lambda m: " " * len(m.group()), text)  # "Dr. Dr. h.c. A"
    if "Eng." in text or "-Ing." in text:
        text = _DR_ENG.sub(lambda m: m.group(1).ljust(len(m.group())), text)
    text = _TITLE_DOT.sub(_title_dot_blanked, text)
    if "-" in text[:40] and "," in text[:20]:
        text = turned_hyphenated(text)  # "Wang, Kuan-Lin, Univ. X" (a Taiwanese page)
    if "(" in text and "." in text:
        # "prof. dr. G.J. (Gerrit-Jan) A": the name one is called by, in the initials' place
        text = called_name_in_place(text)
    # Parenthesised details ("(DR)", "(PhD, since 2022)") are not names nor list ends.
    # Blanked, not removed, so the returned position is still an offset into *text*.
    bracketed = "(" in text
    text = PARENS.sub(lambda m: " " * len(m.group()), text)
    if any(literal in text for literal in _AGAIN_LITERALS):
        # "encadrée par A et par le Dr B": the agent's "par" said again before the last name
        text = _AGAIN_BY.sub(lambda m: m.group(1) + " " * len(m.group(2)), text)
    end = len(text)
    match = None
    if stop:
        match = LIST_STOP.search(text)
        if match:
            end = match.start()
    span = text[:end]
    if (
        match
        and text[end + 1 : end + 3] in _PHRASE_STOPS
        and (phrase := _PHRASE_OPENING.search(span))
        and not TITLE_PREFIX.match(span.lstrip())
    ):
        # "sous la direction de A B" + "Effets du débit …" (a PDF's next line joined): a
        # third capitalised word before "du débit", "sur les" opens a sentence, no name.
        if _PHRASE_GOES_ON.match(text, match.end()):
            span = phrase.group(1).rstrip()
    if span.endswith((" and", " et", " und")):
        # "with A (2023) and at X, hosted by B": the stop word cut a clause's "and", no name.
        span = span[: span.rfind(" ")]
    if ";" in span and (inverted := inverted_names(span)):
        return tuple(name for name, _ in inverted), end
    names: list[str] = []
    position = 0
    # A parenthesised aside "(Univ. X, 2022)" stays inside its piece: its commas split nothing.
    for piece_match in _LIST_PIECE.finditer(span):
        # Case-sensitive: "Y." or "E." is an initial, "y"/"e" a Spanish/Portuguese "and".
        parts = _parts(piece_match.group())
        cursor = 0  # where the part read last ends, inside the piece
        for index, part in enumerate(parts):
            if not part.strip():
                continue
            at = piece_match.group().find(part, cursor)
            cursor = at + len(part) if at >= 0 else cursor
            if part[-1:].isdigit():
                part = _TRAILING_YEARS.sub("", part)  # "A  2023": the year on a right tab
            if part.endswith((" et", " and")) and names:
                part = part[: part.rfind(" ")]  # "B (2003) et, enfin, C": the "and" of the list
            name = name_from_piece(part)
            if name is None and "," in span[piece_match.end() : piece_match.end() + 2]:
                name = _mononym(part, span[piece_match.end() :])
            if (
                name is None
                # (its bracket blanked after the words: "C como codirector (Instituto X)")
                and part.rstrip()[-1:].islower()
                and (tail := _LOWER_TAIL.match(part))
            ):
                name = name_from_piece(tail.group(1))  # "A côté français": a name, then words
            if name is None and bracketed and (gap := _BRACKET_GAP.search(part)):
                # "A (PU) et B (MCF HDR) Soutenue le …" (a text dump's lines run together):
                # a name's bracket closes it, the words after it start the next statement.
                name = name_from_piece(part[: gap.start() + 1])
                if name is not None:
                    names.append(name)
                    offset = piece_match.start() + max(0, piece_match.group().find(part))
                    return tuple(names), offset + gap.start() + 1
            if name is None:
                if names and _ASIDE.match(part) and _OPEN_AND.search(span, 0, piece_match.start()):
                    continue  # "de C et, la dernière, de D": an aside between the last two
                if names:
                    return tuple(names), position
                # Text before the first name ("Prof.", "my advisors") is skipped once.
                if len(part.split()) > 3 and not _POSSESSIVE_ROLE.match(part):
                    return tuple(names), position
                continue
            names.append(name)
            # ("A en la Universidad X": the list ends after A, before the connector that
            # led to no name, not at the piece's end)
            position = (
                piece_match.start() + cursor
                if index < len(parts) - 1 and at >= 0 and _ARTICLE_LEAD.match(parts[index + 1])
                else piece_match.end()
            )
    return tuple(names), position or end


# A connector's next part opening on an article: "A en la Universidad X" ("en" is Dutch
# "and" between names, Spanish "in" before a place).
_ARTICLE_LEAD = re.compile(r"\s*(?:la|el|los|las|le|les|l['’]|the|het|de|der|die|das)\s")
_MONONYM = re.compile(
    rf"^\s*(?:(?:{_TITLES}|ir|eng)\.?\s+)+(?P<name>[A-ZÀ-Þ][a-zß-ÿ]{{3,}})\s*$", re.I
)
_DEGREE_AFTER = re.compile(
    r"^\s*,\s*(?:[A-Z][a-z]{0,3}\.\s?){1,3}(?:[A-Z][a-z]{0,3}\.?)?\s*(?:[,;)]|$)"
)


def _mononym(part: str, after: str) -> str | None:
    """ "Prof. Dr. Ir. Sutrisno, M.Sc.": one name between a grade and a degree (Indonesian
    usage); the normaliser reads it with its degree."""
    match = _MONONYM.match(part)
    if match is None or _DEGREE_AFTER.match(after) is None:
        return None
    degree = after.split(",", 2)[1].strip(" ;)")
    if degree.replace(" ", "").upper() in ("M.D.", "PH.D.", "PH.D", "M.D"):
        return None  # "Dr. Quill, M.D.": a surname alone with an American degree
    return clean_name(f"{part.strip()}, {degree}")


# Iberian and Catalan double surnames joined by "y", "e", "i" ("Fernández de Castro y
# Olmedo", "de Souza e Silva", "Vilaseca i Puig"): no "and" between two people.
_SURNAME_JOINS = frozenset((" y ", " e ", " i "))
_CONNECTOR_KEEP = re.compile(f"({_CONNECTOR_SPLIT.pattern})")


def _parts(piece: str) -> list[str]:
    """*piece* split at its connectors, a lone capitalised word after "y"/"e"/"i" kept with
    the name before it."""
    if not any(map(piece.__contains__, _SURNAME_JOINS)) and " und " not in piece:
        return _CONNECTOR_SPLIT.split(piece)
    pieces = _CONNECTOR_KEEP.split(piece)
    parts = [pieces[0]]
    for separator, part in zip(pieces[1::2], pieces[2::2], strict=True):
        words = part.split()
        if (
            (
                separator in _SURNAME_JOINS
                # "von Thurn und Taxis": a noble name's "und" after its "von"
                or separator == " und "
                and (" von " in parts[-1] or " zu " in parts[-1])
            )
            and len(words) == 1
            and words[0][:1].isupper()
            and len(parts[-1].split()) >= 2
        ):
            parts[-1] += separator + part
        else:
            parts.append(part)
    return parts


@lru_cache(maxsize=4096)
def name_at_start(text: str) -> str | None:
    """The person an item starts with ("Ada Quill (2019–2022), co-advised with ...")."""
    head = text.strip()
    if not head.isascii() and "(" in head[:40]:
        head = han_glossed_family_first(head)  # "Lin Yuxuan (林宇轩), 2021–": family first
    if "-" in head[:40] and "," in head[:20]:
        head = turned_hyphenated(head)  # "Huang, Pei-Shan 黃珮珊 (2020–)"
    if "(" in head[:30] and "." in head[:12]:
        head = called_name(head)  # "E.C. (Evelien) Zandbergen, …": the called name
    if head[1:3] in ("'m", "’m") and head[0] == "I":
        return None  # "I'm A, a postdoc at X": the owner introducing themself, no entry's
    if "(" in head or "“" in head or '"' in head:
        # "Wei-Lin (Wendy) Hsu (2023–)": a nickname between the given and the family name
        # is no aside ending the name.
        head = _NICKNAME_AFTER_GIVEN.sub(r"\1", head)
        # "A   "Title of the thesis" (now at X)": a quoted title of several words after
        # the name ends it (a list without commas)
        head = _QUOTED_TITLE.split(head, maxsplit=1)[0]
    if (
        any(map(head.__contains__, ",;(:|–—-\n·•["))
        or " Ph" in head
        or " M" in head
        or " B" in head
    ):
        # (a paragraph without them is one head)
        head = _HEAD_END.split(head, maxsplit=1)[0]
    if " M" in head and (degree := _MASTERS_AFTER_NAME.match(head)):
        # "A Quill MS, 2023" (a US list's degree after the given and family names): the
        # degree, not the initials of a family-first "Quill MS"
        head = degree.group(1)
    name = name_from_piece(head)
    if name is not None and ". " in head and " " in name:
        # "A. Directeur : B" (a CV's entry, its advisors' field after a full stop): the
        # name ends at the full stop after a whole word, not at the field's colon.
        cut = _WORD_FULL_STOP.split(head, maxsplit=1)[0]  # ("Sy. Directeur": a short name)
        if cut != head and cut.rsplit(None, 1)[-1].lower() not in LEXICON.months:
            shorter = name_from_piece(cut)
            name = shorter if shorter and " " in shorter and len(shorter) < len(name) else name
    if name is None and ". " in head and (cut := _NAME_SENTENCE_END.split(head, maxsplit=1)[0]):
        # "A. Title of the thesis. 2022. Tese (Doutorado) - Univ. X" (a Lattes CV's record):
        # the name ends at the first full stop after a whole word.
        # (not a month's abbreviation: "Since Oct. 2023 …")
        abbreviated = cut.rsplit(None, 1)[-1].lower() in LEXICON.months
        name = name_from_piece(cut) if cut != head and not abbreviated else None
    if name is None and (" a" in head or " à " in head or " chez " in head):
        # "A au FMI", "A chez X", "A at Inria": the place the person was at ends the name.
        cut = _PLACE_AFTER.split(head, maxsplit=1)[0]
        # (not a month's abbreviation: "Since Oct. 2023 …")
        abbreviated = cut.rsplit(None, 1)[-1].lower() in LEXICON.months
        name = name_from_piece(cut) if cut != head and not abbreviated else None
    if name is None and (years := _YEARS_AFTER.match(head)):
        # "A Quill          2021-2023" (a text column's years after the name, no comma)
        name = name_from_piece(years.group(1))
    return name


# A name, then a year or a range of years ending the entry or its first field.
_YEARS_AFTER = re.compile(
    r"^(\S+(?:\s+\S+){1,3}?)\s+(?:19|20)\d\d(?:\s*[-–—]\s*(?:(?:19|20)\d\d)?)?\s*(?:$|[,;(|—–])"
)
_MASTERS_AFTER_NAME = re.compile(
    r"^([A-ZÀ-Þ][\w'’-]+(?:\s+[\w'’-]+)*?\s+[A-ZÀ-Þ][\w'’-]*[a-zß-ÿ])\s+"
    r"(?:MS|M\.S\.|MA|M\.A\.|MEng|M\.Eng\.)(?=\s*(?:[,;(]|(?:19|20)\d\d\b|$))"
)
_NICKNAME_AFTER_GIVEN = re.compile(
    r"^((?:Dr\.?\s+|Prof\.?\s+)?[A-ZÀ-Þ][\w'’-]+)\s+[(“\"][A-ZÀ-Þ][\w'’-]*[)”\"](?=\s+[A-ZÀ-Þ])"
)
_QUOTED_TITLE = re.compile(r"\s+[\"“](?=[A-ZÀ-Þ][^\"”\n]*\s)")
_NAME_SENTENCE_END = re.compile(r"(?<=[a-zß-ÿ]{2})\.\s+(?=[A-ZÀ-Þ0-9])")
# A full stop after a word's lower-case end (not an initial's), before a capital.
_WORD_FULL_STOP = re.compile(r"(?<=[a-zß-ÿ])\.\s+(?=[A-ZÀ-Þ])")
_PLACE_AFTER = re.compile(r"\s+(?:au|aux|à|chez|at)\s+(?=[A-ZÀ-Þ])")


# (Latin Extended-A letters too: "Rāwiri", "Łukasz", "Şahin")
_WRITTEN_FULL_NAME = re.compile(
    r"\b[A-ZÀ-ÞĀ-ž][a-zà-ÿĀ-ž'’]+(?:-[A-ZÀ-ÞĀ-ž][a-zà-ÿĀ-ž'’]+)?"
    # a middle initial or two ("Priya K. Raghunathan", whose papers sign "PK Raghunathan")
    r"(?:[^\S\n]+[A-ZÀ-Þ]\.){0,2}"
    # (one line: a list of names one per line is not one long name)
    r"(?:[^\S\n]+(?:(?:de|van|von|der|den|da|di|du|le|la|del|dos|das|do|los|las|ten|ter|zu"
    # (Irish "Ó"/"Ní" before the family name; not a clinician's degrees after the name)
    r"|Ó|Ní|Nic)[^\S\n]+)*(?!(?:MB|BCh|MBBS|MBChB|FRC[PS]I?|MRCPI?)\b)[A-ZÀ-ÞĀ-ž][A-Za-zà-ÿĀ-ž'’-]+){1,3}"
    # An Iberian double surname's last word after "y"/"e"/"i" ("Thiago da Costa e Mello"),
    # not a second person's given name ("Ana Ruiz y Pedro Gómez").
    r"(?:[^\S\n]+[yei][^\S\n]+[A-ZÀ-Þ][A-Za-zà-ÿ'’-]+(?![A-Za-zà-ÿ'’-]|[^\S\n]+[A-ZÀ-Þ]))?"
)


@lru_cache(maxsize=8)  # (the rules of one page ask about the same text several times)
def full_names_written(text: str) -> frozenset[str]:
    """Full person names written anywhere on the page ("written with Zed Marlow"): an
    initial in an author list ("Z. Marlow") resolves to one of them when exactly one fits."""
    names = set()
    for match in _WRITTEN_FULL_NAME.finditer(text[:50_000]):
        # ("Associate Professor A": the rank before the name, two words the parser keeps)
        parsed = parse_name(TITLE_PREFIX.sub("", match.group()))
        if parsed is not None and not parsed.initials_only and parsed.given:
            names.add(parsed.display)
    for match in _TURNED_NAME_CELL.finditer(text[:50_000]) if " | " in text else ():
        # "T: | Thibodeaux, Celeste | …": a table's name cell, the family name first
        parsed = parse_name(f"{match['given']} {match['family']}")
        if parsed is not None and not parsed.initials_only and parsed.given:
            names.add(parsed.display)
    return frozenset(names)


# A table cell holding one person's name turned round ("| Nakashima, Ryo |", a funder's
# collaborators table, a directory's export).
_TURNED_NAME_CELL = re.compile(
    r"(?m)(?:^(?:[A-Z]:[^\S\n]*)?|\|[^\S\n]*)(?:Name:[^\S\n]*)?(?P<family>[A-ZÀ-Þ][a-zà-ÿ'’]+(?:-[A-ZÀ-Þ][a-zà-ÿ'’]+)?),"
    r"[^\S\n]+(?P<given>[A-ZÀ-Þ][a-zà-ÿ'’-]+(?:[^\S\n]+[A-ZÀ-Þ]\.)?)[^\S\n]*(?=\||$)"
)
