"""The person each paragraph or speaker turn speaks of, on a page about several people.

A department's history or a joint interview names one person, then goes on with "she",
"her students", "I": the subject is carried from the last person named *as a subject* (a
sentence's opener, a speaker's label, a heading naming only them), never from a name that
is only an object ("In 1983 the School hosted Pieter A, with whom he shared an office").
A paragraph whose sentences change subject is cut where they do, each piece read as its
subject's own paragraph by the rules (which read "she did her PhD with B" as the owner's).
"""

from __future__ import annotations

import re
from functools import cache

from crawler.extract.documents import Block, BlockKind
from crawler.extract.lexicon import LEXICON
from crawler.extract.organisations import _head_kind
from crawler.extract.persons import full_names_written
from crawler.extract.sections import sentences
from crawler.names import fold

_NAME = r"[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,3}"
# A sentence's date lead ("In 1971", "En 1988,", "From the late 1990s"): before its subject.
_DATE_LEAD = r"(?:(?:{leads})\s+(?:[a-zà-ÿ]+\s+){{0,2}}(?:19|20)\d\ds?\s*,?\s+)?"
# A sentence opening on a person as its subject: the name (after a date lead and a title),
# maybe an apposition between commas ("A, a palaeoclimatologist trained at X, built …"),
# then a lower-case word (its verb or an adverb: "A later returned").
_OPENER = (
    r"^\W*{lead}(?:(?:Dr|Prof|Professor|Pr|Mme|Mrs|Ms|Mr|M)\.?\s+)?(?P<name>{name})"
    r"(?P<apposed>,\s+[^,.;:!?«»\"“”]{{2,140}}?,)?\s+(?P<word>[a-zà-ÿ][\w'’-]*)"
)
# A turn's speaker label ("Mara: I did my PhD …", from "**Mara:**"), a short name.
_SPEAKER = re.compile(
    r"^\W{0,3}(?P<label>[A-ZÀ-Þ][\w'’-]+(?:[ \t]+[A-ZÀ-Þ][\w'’-]+){0,2})\s*:\s+\S"
)
# Words after a capitalised run that make it no sentence's subject: a joined pair ("A and
# B wrote …"), a name's own particle, a genitive ("A of the X Institute").
_NOT_VERB = frozenset(
    "and et or ou of de du des la le les the a an y e und van von der da di del ben bin "
    "at in on to for from with à au aux chez pour".split()
)
# ("Le Listral est …": a lab's name after its article, no person)
_ARTICLE = re.compile(r"(?i)(?:the|le|la|les|l['’]|un|une|der|die|das|el|il|lo)\b")
_HEADING_OPENER = re.compile(
    rf"^\W*(?P<name>{_NAME})(?:\s*[:—–(-]|,\s+[a-zà-ÿ]|\s+(?:and|et)\s+(?:the|her|his|la|le|les|l['’]|son|sa|ses)\s)"
)
_QUOTES = "\"“”«»'‘’"
# A quotation inside a paragraph ("\"A was my best student,\" says B"): another's words, its
# "I" no sign of the writer's own memories.
_QUOTED = re.compile(r"\"[^\"]{0,400}\"|“[^”]{0,400}”|«[^»]{0,400}»")


def _words(name: str) -> str:
    return "|".join(re.escape(w) for w in LEXICON.words[name])


def _date_lead() -> str:
    leads = _words("DATE_LEADS")
    return _DATE_LEAD.format(leads=f"(?i:{leads})") if leads else ""


@cache
def _opener() -> re.Pattern[str]:
    return re.compile(_OPENER.format(lead=_date_lead(), name=_NAME))


@cache
def _pronoun_word() -> re.Pattern[str]:
    return re.compile(rf"(?i)\b(?:{_words('SUBJECT_PRONOUNS')})\b")


@cache
def _gendered_lead() -> re.Pattern[str]:
    he, she = _words("MASCULINE_PRONOUNS"), _words("FEMININE_PRONOUNS")
    return re.compile(rf"^\W*{_date_lead()}(?:(?P<m>(?i:{he}))|(?P<f>(?i:{she})))\b")


def _lead_gender(sentence: str) -> str | None:
    """ "m" or "f" for a sentence opening on a gendered subject pronoun ("In 1972 she …",
    "Il rejoint …"), else None."""
    match = _gendered_lead().match(sentence)
    return None if match is None else "m" if match["m"] else "f"


class _People:
    """The page's people written in full, and the short forms that call exactly one of
    them ("Wendeline" for "Wendeline A", "Quarrenne" for "Odile Quarrenne")."""

    def __init__(self, text: str) -> None:
        self.full: dict[str, str] = {}
        parts: dict[str, set[str]] = {}
        for name in full_names_written(text):
            if (
                name.endswith(("'s", "’s"))
                or _head_kind(name) is not None
                or LEXICON.pattern("POSITIONS").search(name)
                or LEXICON.pattern("TITLES").search(name)
                or _ARTICLE.match(name)
            ):
                continue  # "Now Professor at X", "Marrow Point University": no person
            self.full[fold(name)] = name
            words = name.split()
            for part in {words[0], words[-1], " ".join(words[1:])}:
                parts.setdefault(fold(part), set()).add(name)
        self.short = {key: next(iter(found)) for key, found in parts.items() if len(found) == 1}

    def resolve(self, piece: str) -> str | None:
        key = fold(piece)
        named = self.full.get(key)
        if named is None and " " not in piece.strip():
            named = self.short.get(key)
        return named


def _sentence_subject(sentence: str, people: _People) -> str | None:
    """The person *sentence* opens on as its subject, or None."""
    match = _opener().match(sentence)
    if match is None or match["word"] in _NOT_VERB:
        return None
    if match["apposed"] and _pronoun_word().search(match["apposed"]):
        return None  # "B, her doctoral advisor, …": told of as the subject's, no new subject
    return people.resolve(match["name"])


def _heading_person(block: Block, people: _People) -> str | None:
    """The innermost heading above *block* that is one of the page's people alone ("Ada
    Quill", not "Soutenance de Ada" nor "Bravo Ada")."""
    for title in reversed(block.section):
        if len(title) < 60 and (person := people.full.get(fold(title.strip()))) is not None:
            return person
    return None


def _heading_opener(block: Block, people: _People) -> str | None:
    """The one of the page's people the heading right above *block* opens on ("A and the
    physical chemistry group", "A: the founding years"), or None (a heading that is a name
    alone, a card's, the rules read as such)."""
    title = block.section[-1] if block.section else ""
    match = _HEADING_OPENER.match(title) if len(title) < 120 else None
    return people.full.get(fold(match["name"])) if match else None


def paragraph_topics(
    blocks: list[Block], text: str, *, owned: bool
) -> tuple[list[Block], dict[int, str], set[int]]:
    """*blocks* with each paragraph that changes subject cut where it does, the person each
    paragraph (or piece) speaks of, by the block's id, and the ids of the pieces cut.

    On a page with an owner (*owned*) only speaker turns and answers under a person's
    heading are given to another: the owner's own prose stays the owner's.
    """
    topics: dict[int, str] = {}
    cut: set[int] = set()  # (the pieces of paragraphs cut where their subject changes)
    genders: dict[str, str] = {}  # the lead pronoun ("he", "she") each subject was told by
    pronoun = _pronoun_word()
    if not any(
        b.kind is BlockKind.PARAGRAPH
        and (
            ":" in b.text[:40]
            or b.section
            and b.section[-1].endswith("?")
            or not owned
            and pronoun.search(b.text) is not None
        )
        for b in blocks
    ):
        return blocks, topics, cut  # (no turn, no answer, no pronoun: nothing to carry)
    people = _People(text)
    if not people.full:
        return blocks, topics, cut
    first_person = LEXICON.pattern("FIRST_PERSON")
    out: list[Block] = []
    for block in blocks:
        if block.kind is not BlockKind.PARAGRAPH or len(block.text) < 20:
            out.append(block)
            continue
        spoken = _SPEAKER.match(block.text) if ":" in block.text[:40] else None
        if (
            spoken is not None
            and (speaker := people.resolve(spoken["label"])) is not None
            and first_person.search(block.text, spoken.end())
        ):
            # "Mara: I did my PhD with B": the speaker's own turn
            topics[id(block)] = speaker
            out.append(block)
            continue
        heading = _heading_person(block, people)
        if heading is not None and block.section[-1].rstrip().endswith("?"):
            # "Ada Quill" › "Who was your advisor?" › "It was B, at X": Ada's answer
            topics[id(block)] = heading
            out.append(block)
            continue
        if (
            owned
            or first_person.search(block.text)
            and first_person.search(_QUOTED.sub(" ", block.text))
            or not pronoun.search(block.text)
        ):
            # (the owner's prose, a writer's own memories, no pronoun to carry a subject to)
            out.append(block)
            continue
        pieces: list[tuple[int, str | None]] = []
        # ("A and the physical chemistry group" › "In 1972 she arrived …": the heading's)
        topic = _heading_opener(block, people)
        called: set[int] = set()  # the pieces opening on a person called by one name
        for offset, sentence in sentences(block.text):
            stripped = sentence.lstrip()
            if stripped[:1] in _QUOTES or first_person.search(sentence):
                told = None  # quoted or first-person speech: no subject of the paragraph's
            elif (named := _sentence_subject(sentence, people)) is not None:
                told = topic = named
                if " " not in _opener().match(sentence)["name"].strip():
                    called.add(offset)
            elif topic is not None and (lead := _lead_gender(sentence)) is not None:
                # "She then spent …" (a pronoun of the subject's): "He was co-advised by
                # C" after "Okoro supervised B", once Okoro was a "she", is B's
                known = genders.setdefault(topic, lead)
                told = topic if known == lead else None
            else:
                told = topic
            if not pieces or pieces[-1][1] != told:
                pieces.append((offset, told))
        # (a piece holding no pronoun carries nothing: "…; C était examinatrice" stays in
        # the sentence of the defence it ends)
        bounds = [*(start for start, _ in pieces[1:]), len(block.text)]
        # ("Congratulations to A and B! … B worked with C and has now joined Y": a person
        # the story calls by one name, already introduced, is its piece's subject too)
        pieces = [
            (
                start,
                told
                if told and (start in called or pronoun.search(block.text, start, end))
                else None,
            )
            for (start, told), end in zip(pieces, bounds, strict=True)
        ]
        pieces = [p for i, p in enumerate(pieces) if i == 0 or p[1] != pieces[i - 1][1]]
        if all(t is None for _, t in pieces):
            out.append(block)
            continue
        if len(pieces) == 1:
            topics[id(block)] = pieces[0][1]
            out.append(block)
            continue
        for index, (start, told) in enumerate(pieces):
            end = pieces[index + 1][0] if index + 1 < len(pieces) else len(block.text)
            piece = Block(block.kind, block.text[start:end].strip(), block.level, block.section)
            if told is not None:
                topics[id(piece)] = told
            cut.add(id(piece))
            out.append(piece)
    return out, topics, cut
