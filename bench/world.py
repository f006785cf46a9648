"""A seeded synthetic academic world: the one instrument every scale benchmark measures with.

``World.generate(n_persons, seed)`` invents persons (advisor forests up to 25 generations
deep, 0–3 advisors each, postdocs, internships, thesis juries, heavy-tailed coauthorship,
teams ⊂ labs ⊂ universities, careers with years, colliding names) and renders them the way
the web would state them: personal homepages and thesis-catalogue records, each a
:class:`Page` of statements whose person mentions are written in varied surface forms
("J. Bolte"-like initials, "SURNAME Given", "Surname, G.", accents dropped, mojibake).

Since the generator knows who every mention is, it also writes the gold: the relations with
canonical names (``gold()``) and the mention → person map a resolution benchmark scores
against.  Three renderings: claims JSONL (``write_claims``), a static website
(``write_site``, see ``bench/site.py``) and RDF through the project's own pipeline
(``graph.build.build_graph`` then ``exports``), done by the benchmarks that need it.

Command line: ``python -m bench.world --persons 2000 --seed 7 --out /tmp/world [--site]``.
"""

from __future__ import annotations

import argparse
import bisect
import hashlib
import itertools
import json
import os
import random
import shutil
import tempfile
import time
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass, field
from enum import StrEnum
from pathlib import Path

from bench import lexicon as lx
from crawler.claims import CLAIM_FIELDS, Claim, EntityKind, Relation

MAX_GENERATIONS = 25
FIRST_YEAR = 1400
LAST_YEAR = 2024
BASE_URL = "http://world.example"
CATALOGUE_PATH = "/theses/"
# Juries and teams are modern institutions; homepages even more so.
JURY_FROM = 1970
TEAMS_FROM = 1960
PUBLICATIONS_FROM = 1940
HOMEPAGE_FROM = 1975


class OrgKind(StrEnum):
    UNIVERSITY = "university"
    LAB = "lab"
    TEAM = "team"


class NameForm(StrEnum):
    """How a page writes a person's name."""

    FULL = "full"  # Ada Quill
    INITIAL = "initial"  # A. Quill, J.-M. Quill
    INITIAL_NO_DOT = "initial_no_dot"  # A Quill
    SURNAME_COMMA_GIVEN = "surname_comma_given"  # Quill, Ada
    SURNAME_COMMA_INITIAL = "surname_comma_initial"  # Quill, A.
    UPPER_SURNAME_FIRST = "upper_surname_first"  # QUILL Ada
    UPPER_SURNAME = "upper_surname"  # Ada QUILL
    SURNAME_FIRST = "surname_first"  # Quill Ada (East Asian order)
    ASCII = "ascii"  # accents dropped
    MIDDLE = "middle"  # Ada B. Quill
    MOJIBAKE = "mojibake"  # UTF-8 read as Latin-1


PROSE_FORMS = {
    NameForm.FULL: 62,
    NameForm.INITIAL: 9,
    NameForm.UPPER_SURNAME: 6,
    NameForm.UPPER_SURNAME_FIRST: 4,
    NameForm.SURNAME_COMMA_GIVEN: 2,
    NameForm.ASCII: 8,
    NameForm.MIDDLE: 5,
    NameForm.SURNAME_FIRST: 3,
    NameForm.MOJIBAKE: 1,
}
AUTHOR_FORMS = {
    NameForm.FULL: 36,
    NameForm.INITIAL: 28,
    NameForm.SURNAME_COMMA_INITIAL: 12,
    NameForm.SURNAME_COMMA_GIVEN: 7,
    NameForm.ASCII: 5,
    NameForm.MIDDLE: 5,
    NameForm.INITIAL_NO_DOT: 3,
    NameForm.SURNAME_FIRST: 2,
    NameForm.UPPER_SURNAME: 1,
    NameForm.MOJIBAKE: 1,
}


def _form_table(weights: dict[NameForm, int]) -> tuple[list[NameForm], list[int], int]:
    cumulative = list(itertools.accumulate(weights.values()))
    return list(weights), cumulative, cumulative[-1]


_PROSE_TABLE = _form_table(PROSE_FORMS)
_AUTHOR_TABLE = _form_table(AUTHOR_FORMS)


class PageKind(StrEnum):
    HOMEPAGE = "homepage"
    CATALOGUE = "catalogue"


class Theme(StrEnum):
    """Homepage styles of the static site (bench/site.py renders each)."""

    ACADEMICPAGES = "academicpages"
    HANDWRITTEN = "handwritten"
    FRENCH = "french"


@dataclass(frozen=True, slots=True)
class Org:
    id: str
    kind: OrgKind
    name: str
    parent: int  # index in World.orgs, -1 for a university
    aliases: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Mention:
    """A span of a statement naming an entity: the text as written and who it is."""

    text: str
    entity: str  # person or organisation id
    kind: EntityKind


Segment = str | Mention


@dataclass(slots=True)
class Statement:
    """One sentence or list item of a page and the claims it states."""

    segments: list[Segment]
    claims: list[Claim] = field(default_factory=list)
    # (subject, relation, object, start, end) until the text is complete
    pending: list[tuple[Mention, Relation, Mention, int | None, int | None]] = field(
        default_factory=list
    )

    @property
    def text(self) -> str:
        return "".join(s if isinstance(s, str) else s.text for s in self.segments)


@dataclass(slots=True)
class Page:
    """One document of the world: who owns it, what it says, who each mention is."""

    source: str
    kind: PageKind
    owner: int
    theme: Theme
    language: lx.Language
    title: str
    sections: list[tuple[str, list[Statement]]]
    mentions: dict[str, str]  # surface form → entity id (persons and organisations)

    @property
    def path(self) -> str:
        return self.source.removeprefix(BASE_URL)

    def claims(self) -> Iterator[Claim]:
        for _, statements in self.sections:
            for statement in statements:
                yield from statement.claims


@dataclass(slots=True)
class Paper:
    authors: tuple[int, ...]
    year: int
    title: str


def fold_ascii(text: str) -> str:
    """Accents dropped, the way a careless page (or a bibliography tool) writes them."""
    decomposed = unicodedata.normalize("NFKD", text.replace("ø", "o").replace("Ø", "O"))
    return "".join(c for c in decomposed if not unicodedata.combining(c)).replace("Đ", "D")


def mojibake(text: str) -> str:
    """UTF-8 bytes read as Latin-1 (``Rémi`` → ``RÃ©mi``)."""
    try:
        return text.encode("utf-8").decode("latin-1")
    except UnicodeDecodeError:  # pragma: no cover - latin-1 decodes every byte
        return text


def _initials(given: str, dot: bool = True) -> str:
    stop = "." if dot else ""
    return "-".join(part[0] + stop for part in given.split("-"))


def _zipf_cumulative(n: int, exponent: float, offset: float) -> list[float]:
    return list(itertools.accumulate(1.0 / (rank + offset) ** exponent for rank in range(n)))


class World:
    """A generated world.  Build one with :meth:`generate`; every rendering is deterministic."""

    def __init__(self, n_persons: int, seed: int) -> None:
        self.n = n_persons
        self.seed = seed
        self.orgs: list[Org] = []
        self.given: list[str] = []
        self.surname: list[str] = []
        self.middle: list[str] = []
        self.culture: list[lx.Culture] = []
        self.year: list[int] = []
        self.depth: list[int] = []
        self.advisors: list[tuple[int, ...]] = []
        self.phd_univ: list[int] = []
        self.employer: list[int] = []  # university org index or -1
        self.team: list[int] = []  # team org index or -1
        self.title_rank: list[int] = []
        self.postdoc: list[tuple[int, int, int, int] | None] = []  # advisor, univ, start, end
        self.internship: list[tuple[int, int] | None] = []  # advisor, year
        self.jury: list[tuple[tuple[int, ...], tuple[int, ...], int] | None] = []
        self.homepage: list[bool] = []
        self.catalogued: list[bool] = []
        self.theme: list[Theme] = []
        self.students: list[list[int]] = []
        self.reviewed: list[list[int]] = []
        self.papers: list[Paper] = []
        self.papers_of: list[list[int]] = []

    # ------------------------------------------------------------------ generation

    @classmethod
    def generate(cls, n_persons: int, seed: int = 0) -> World:
        """Invent a world of ``n_persons`` persons; same arguments → same world."""
        if n_persons < 1:
            raise ValueError("a world needs at least one person")
        world = cls(n_persons, seed)
        rng = random.Random(seed)
        world._make_orgs(rng)
        world._make_names(rng)
        world._make_careers(rng)
        world._make_papers(rng)
        world._make_web(rng)
        return world

    def _make_orgs(self, rng: random.Random) -> None:
        n_univ = max(3, self.n // 1500)
        towns: set[str] = set()
        while len(towns) < n_univ:
            head = rng.choice(lx.TOWN_HEADS_LIST)
            mid = rng.choice(("", "", "e", "a", "i", "o"))
            towns.add(head + mid + rng.choice(lx.TOWN_TAILS))
        team_names: set[str] = set()
        self.univ_ids: list[int] = []
        self.teams_of_univ: dict[int, list[int]] = {}
        self.lab_of_team: dict[int, int] = {}
        for town in sorted(towns):
            culture = rng.choice(list(lx.OrgCulture))
            native, english = lx.UNIVERSITY_FORMS[culture]
            name = native.format(town=town)
            acronym = "U" + town[:2].upper() if rng.random() < 0.6 else ""
            aliases = tuple(a for a in (english and english.format(town=town), acronym) if a)
            u = len(self.orgs)
            self.orgs.append(Org(f"o{u:05d}", OrgKind.UNIVERSITY, name, -1, aliases))
            self.univ_ids.append(u)
            self.teams_of_univ[u] = []
            for field_fr, field_en in rng.sample(lx.LAB_FIELDS, rng.randint(2, 4)):
                lab_name = lx.LAB_FORMS[culture].format(
                    field_fr=field_fr, field_en=field_en, town=town
                )
                words = [w for w in lab_name.replace(",", "").split() if w[0].isupper()]
                lab_acronym = "".join(w[0] for w in words)
                lab = len(self.orgs)
                self.orgs.append(Org(f"o{lab:05d}", OrgKind.LAB, lab_name, u, (lab_acronym,)))
                for _ in range(rng.randint(2, 4)):
                    team_name = ""
                    while not team_name or team_name in team_names:
                        k = rng.randint(2, 3)
                        team_name = "".join(rng.choice(lx.TEAM_SYLLABLES) for _ in range(k))
                    team_names.add(team_name)
                    t = len(self.orgs)
                    self.orgs.append(Org(f"o{t:05d}", OrgKind.TEAM, team_name, lab))
                    self.teams_of_univ[u].append(t)
                    self.lab_of_team[t] = lab
        self.univ_cum = _zipf_cumulative(len(self.univ_ids), 0.8, 2.0)

    def _make_names(self, rng: random.Random) -> None:
        cultures = list(lx.CULTURE_WEIGHTS)
        culture_cum = list(itertools.accumulate(lx.CULTURE_WEIGHTS.values()))
        # Surname pools: Zipf-distributed so that common surnames collide as in real life.
        pools: dict[lx.Culture, list[str]] = {}
        pool_cum: dict[lx.Culture, list[float]] = {}
        total_weight = culture_cum[-1]
        for culture, weight in lx.CULTURE_WEIGHTS.items():
            heads, tails = lx.SURNAME_HEADS[culture], lx.SURNAME_TAILS[culture]
            middles = lx.SURNAME_MIDDLES.get(culture, [])
            wanted = max(20, int(self.n * weight / total_weight * 0.7))
            if culture in lx.SHORT_CULTURES:
                wanted = len(heads) * len(tails) // 2
            names: dict[str, None] = {}
            for _ in range(wanted * 4):
                if len(names) >= wanted:
                    break
                name = rng.choice(heads)
                if middles:
                    r = rng.random()
                    name += rng.choice(middles) if r < 0.75 else ""
                    name += rng.choice(middles) if r < 0.25 else ""
                name += rng.choice(tails)
                names[name[0].upper() + name[1:]] = None
            pools[culture] = list(names)
            # East-Asian-like surnames concentrate far more on the top ranks.
            short = culture in lx.SHORT_CULTURES
            pool_cum[culture] = _zipf_cumulative(
                len(names), 1.3 if short else 0.8, 4.0 if short else 60.0
            )
        given_cum = {c: _zipf_cumulative(len(g), 0.6, 3.0) for c, g in lx.GIVEN_NAMES.items()}
        choices = rng.choices
        for _ in range(self.n):
            culture = choices(cultures, cum_weights=culture_cum)[0]
            self.culture.append(culture)
            self.surname.append(choices(pools[culture], cum_weights=pool_cum[culture])[0])
            given_culture = culture if rng.random() < 0.9 else rng.choice(cultures)
            pool = lx.GIVEN_NAMES[given_culture]
            given = choices(pool, cum_weights=given_cum[given_culture])[0]
            if given_culture in lx.GIVEN_SECOND and rng.random() < 0.7:
                second = choices(pool, cum_weights=given_cum[given_culture])[0]
                if second != given:
                    given += rng.choice(lx.GIVEN_SECOND[given_culture]).format(
                        lower=second.lower(), title=second
                    )
            self.given.append(given)
            self.middle.append(rng.choice(lx.MIDDLE_INITIALS) if rng.random() < 0.12 else "")

    def _make_careers(self, rng: random.Random) -> None:
        n = self.n
        # PhD years: exponential growth of the population, a long thin tail back to 1400.
        years = []
        for _ in range(n):
            y = LAST_YEAR - int(rng.expovariate(1 / 55))
            if y < FIRST_YEAR:
                y = FIRST_YEAR + rng.randrange(150)
            years.append(y)
        years.sort()
        self.year = years
        random_ = rng.random
        randint = rng.randint
        univs, univ_cum = self.univ_ids, self.univ_cum
        # Candidates by PhD year; a person is appended again each time they gain a student,
        # so the advisor choice is preferential (a few advisors have hundreds of students).
        slots: dict[int, list[int]] = {}
        team_members: dict[int, list[int]] = {}

        def pick(y: int, low: int, high: int) -> int:
            for _ in range(6):
                gap = low + int(rng.gammavariate(2.0, (high - low) / 4))
                if gap > high:
                    continue
                candidates = slots.get(y - gap)
                if candidates:
                    return candidates[int(random_() * len(candidates))]
            return -1

        def colleague(p: int, y: int) -> int:
            members = team_members.get(self.team[p]) if self.team[p] >= 0 else None
            if members:
                for _ in range(4):
                    c = members[int(random_() * len(members))]
                    if c != p and 5 <= y - years[c] <= 45:
                        return c
            return -1

        for p in range(n):
            y = years[p]
            r = random_()
            k = 0 if r < 0.07 else 1 if r < 0.77 else 2 if r < 0.96 else 3
            chosen: list[int] = []
            depth = 1
            if k:
                first = pick(y, 4, 40)
                if first >= 0 and self.depth[first] < MAX_GENERATIONS:
                    chosen.append(first)
                    depth = self.depth[first] + 1
                    for _ in range(k - 1):
                        other = colleague(first, y) if random_() < 0.6 else pick(y, 4, 40)
                        if other < 0 or other in chosen:
                            continue
                        if self.depth[other] < MAX_GENERATIONS:
                            chosen.append(other)
                            depth = max(depth, self.depth[other] + 1)
            self.advisors.append(tuple(chosen))
            self.depth.append(depth)
            # Where: the first advisor's university, most of the time.
            if chosen and self.employer[chosen[0]] >= 0 and random_() < 0.85:
                phd_univ = self.employer[chosen[0]]
            else:
                phd_univ = rng.choices(univs, cum_weights=univ_cum)[0]
            self.phd_univ.append(phd_univ)
            # Postdoc (modern only), then a job (most stay in academia).
            postdoc = None
            if y >= 1960 and random_() < 0.4:
                adv = pick(y, 5, 35)
                if adv >= 0 and self.employer[adv] >= 0:
                    length = randint(1, 3)
                    postdoc = (adv, self.employer[adv], y + 1, y + length)
            self.postdoc.append(postdoc)
            internship = None
            if y >= 1985 and random_() < 0.25:
                adv = pick(y, 6, 35)
                if adv >= 0 and adv not in chosen:
                    internship = (adv, y - 4)
            self.internship.append(internship)
            jury = None
            if y >= JURY_FROM and chosen:
                members: list[int] = []
                wanted = randint(3, 6)  # 2 reviewers, 0-3 examiners, 1 president
                for _ in range(wanted + 3):
                    m = pick(y, 6, 40)
                    if m >= 0 and m not in chosen and m not in members:
                        members.append(m)
                        if len(members) == wanted:
                            break
                if len(members) >= 3:
                    n_rev = 2 if len(members) >= 4 else 1
                    jury = (tuple(members[:n_rev]), tuple(members[n_rev:-1]), members[-1])
            self.jury.append(jury)
            employer, team = -1, -1
            if random_() < 0.75:
                if random_() < 0.4:
                    employer = phd_univ
                else:
                    employer = rng.choices(univs, cum_weights=univ_cum)[0]
                if y >= TEAMS_FROM:
                    team = rng.choice(self.teams_of_univ[employer])
                    team_members.setdefault(team, []).append(p)
            self.employer.append(employer)
            self.team.append(team)
            self.title_rank.append(randint(0, 3))
            for a in chosen:
                slots.setdefault(years[a], []).append(a)
            slots.setdefault(y, []).append(p)
        self.students = [[] for _ in range(n)]
        self.reviewed = [[] for _ in range(n)]
        for p in range(n):
            for a in self.advisors[p]:
                self.students[a].append(p)
            if self.jury[p]:
                for r in self.jury[p][0]:
                    self.reviewed[r].append(p)

    def _make_papers(self, rng: random.Random) -> None:
        n, years = self.n, self.year
        random_ = rng.random
        self.papers_of = [[] for _ in range(n)]
        # Every authorship appends the author: a preferential pool gives heavy-tailed degrees.
        pool: list[int] = []
        recent: dict[int, list[int]] = {}
        for p in range(n):
            y = years[p]
            if y < PUBLICATIONS_FROM:
                continue
            n_papers = min(40, int(rng.paretovariate(1.6)))
            for _ in range(n_papers):
                k = rng.choices((0, 1, 2, 3, 4, 5), (10, 30, 30, 17, 8, 5))[0]
                authors = [p]
                circle = (
                    list(self.advisors[p])
                    + self.students[p][:8]
                    + [a for q in self.papers_of[p][-3:] for a in self.papers[q].authors]
                )
                for _ in range(k):
                    r = random_()
                    if circle and r < 0.55:
                        c = circle[int(random_() * len(circle))]
                    elif pool and r < 0.85:
                        c = pool[int(random_() * len(pool))]
                    else:
                        same = recent.get(self.team[p]) if self.team[p] >= 0 else None
                        if not same:
                            continue
                        c = same[int(random_() * len(same))]
                    if c not in authors and abs(years[c] - y) < 45:
                        authors.append(c)
                paper_year = min(LAST_YEAR, y + rng.randint(-2, 12))
                words = rng.sample(lx.TITLE_WORDS, 2)
                title = f"{words[0].capitalize()} {words[1]} {rng.choice(lx.TITLE_NOUNS)}"
                if len(authors) > 1:
                    rng.shuffle(authors)
                q = len(self.papers)
                self.papers.append(Paper(tuple(authors), paper_year, title))
                for a in authors:
                    self.papers_of[a].append(q)
                    pool.append(a)
            if self.team[p] >= 0:
                recent.setdefault(self.team[p], []).append(p)

    def _make_web(self, rng: random.Random) -> None:
        themes = list(Theme)
        for p in range(self.n):
            y = self.year[p]
            modern = y >= HOMEPAGE_FROM and (self.employer[p] >= 0 or y >= 2015)
            self.homepage.append(modern and rng.random() < 0.3)
            self.catalogued.append(bool(self.advisors[p]) and rng.random() < 0.9)
            french = self.culture[p] is lx.Culture.FRENCH or self.orgs[
                self.phd_univ[p]
            ].name.startswith("Université")
            self.theme.append(Theme.FRENCH if french and rng.random() < 0.5 else rng.choice(themes))

    # ------------------------------------------------------------------ names

    def person_id(self, p: int) -> str:
        return f"p{p:06d}"

    def name(self, p: int) -> str:
        """The canonical name: how the person writes it on their own page."""
        return f"{self.given[p]} {self.surname[p]}"

    def surface(self, p: int, form: NameForm) -> str:
        """The person's name written in ``form``."""
        given, surname = self.given[p], self.surname[p]
        match form:
            case NameForm.FULL:
                return f"{given} {surname}"
            case NameForm.INITIAL:
                return f"{_initials(given)} {surname}"
            case NameForm.INITIAL_NO_DOT:
                return f"{_initials(given, dot=False)} {surname}"
            case NameForm.SURNAME_COMMA_GIVEN:
                return f"{surname}, {given}"
            case NameForm.SURNAME_COMMA_INITIAL:
                return f"{surname}, {_initials(given)}"
            case NameForm.UPPER_SURNAME_FIRST:
                return f"{surname.upper()} {given}"
            case NameForm.UPPER_SURNAME:
                return f"{given} {surname.upper()}"
            case NameForm.SURNAME_FIRST:
                return f"{surname} {given}"
            case NameForm.ASCII:
                return fold_ascii(f"{given} {surname}")
            case NameForm.MIDDLE:
                middle = self.middle[p]
                return f"{given} {middle}. {surname}" if middle else f"{given} {surname}"
            case NameForm.MOJIBAKE:
                return mojibake(f"{given} {surname}")
        raise ValueError(form)  # pragma: no cover

    # ------------------------------------------------------------------ pages

    def homepage_url(self, p: int) -> str:
        univ = self.employer[p] if self.employer[p] >= 0 else self.phd_univ[p]
        host = fold_ascii(self.orgs[univ].name.split()[-1]).lower()
        login = fold_ascii(self.given[p][0] + self.surname[p]).lower().replace(" ", "")
        return f"{BASE_URL}/{host}/~{login}{p}/"

    def catalogue_url(self, p: int) -> str:
        return f"{BASE_URL}{CATALOGUE_PATH}{self.person_id(p)}.html"

    def pages(self) -> Iterator[Page]:
        """Every document of the world, homepages first, in a stable order."""
        for p in range(self.n):
            if self.homepage[p]:
                yield _PageWriter(self, p, PageKind.HOMEPAGE).page()
        for p in range(self.n):
            if self.catalogued[p]:
                yield _PageWriter(self, p, PageKind.CATALOGUE).page()

    def claims(self) -> Iterator[Claim]:
        """The claims an ideal extractor would read from every page (surface forms)."""
        for page in self.pages():
            yield from page.claims()

    def gold(self) -> Iterator[dict]:
        """The relations the pages state, once each, with canonical names and entity ids.

        Canonical names collide for homonyms; ``subject_id``/``object_id`` tell them apart.
        """
        seen: set[tuple[str, str, str]] = set()
        for page in self.pages():
            yield from self.page_gold(page, seen)

    def page_gold(self, page: Page, seen: set[tuple[str, str, str]]) -> Iterator[dict]:
        """Gold rows of one page's claims not already in ``seen`` (which it updates)."""
        name_of = self.entity_name
        mentions = page.mentions
        for claim in page.claims():
            sid, oid = mentions[claim.subject], mentions[claim.object]
            rel = claim.relation.value
            key = (rel, *sorted((sid, oid))) if claim.relation.symmetric else (rel, sid, oid)
            if key in seen:
                continue
            seen.add(key)
            yield {
                "subject": name_of(sid),
                "relation": rel,
                "object": name_of(oid),
                "start": claim.start,
                "end": claim.end,
                "subject_id": sid,
                "object_id": oid,
            }

    def entity_name(self, entity: str) -> str:
        """The canonical name of a person (``p…``) or organisation (``o…``) id."""
        index = int(entity[1:])
        return self.name(index) if entity[0] == "p" else self.orgs[index].name

    def org_aliases(self) -> Iterator[dict]:
        """Lines for ``score.py --aliases``: each organisation's other names."""
        for org in self.orgs:
            if org.aliases:
                yield {"canonical": org.name, "aliases": list(org.aliases)}

    def truth_advisors(self) -> Iterator[tuple[int, int]]:
        """(student, advisor) pairs of the world, stated on a page or not."""
        for p, advisors in enumerate(self.advisors):
            for a in advisors:
                yield p, a

    def describe(self) -> dict:
        """Sizes that say what was generated (for reports and the README)."""
        depth_hist: dict[int, int] = {}
        for d in self.depth:
            depth_hist[d] = depth_hist.get(d, 0) + 1
        full = {}
        for p in range(self.n):
            full[self.name(p)] = full.get(self.name(p), 0) + 1
        return {
            "persons": self.n,
            "seed": self.seed,
            "organisations": len(self.orgs),
            "advisor_edges": sum(len(a) for a in self.advisors),
            "max_generations": max(self.depth),
            "persons_per_generation": dict(sorted(depth_hist.items())),
            "papers": len(self.papers),
            "homepages": sum(self.homepage),
            "catalogue_records": sum(self.catalogued),
            "persons_sharing_full_name": sum(c for c in full.values() if c > 1),
        }

    # ------------------------------------------------------------------ files

    def write_claims(self, path: Path | str, gold_dir: Path | str | None = None) -> int:
        """Claims JSONL in the claim contract; returns the number of lines.

        With ``gold_dir``, also writes there, in the same pass (half the time at scale),
        ``gold.jsonl`` (relations, canonical names) and ``gold-aliases.jsonl`` (orgs).
        """
        count = 0
        seen: set[tuple[str, str, str]] = set()
        gold = None
        if gold_dir is not None:
            self._write_aliases(Path(gold_dir))
            gold = open(Path(gold_dir) / "gold.jsonl", "w", encoding="utf-8")  # noqa: SIM115
        try:
            with open(path, "w", encoding="utf-8") as handle:
                for page in self.pages():
                    for claim in page.claims():
                        handle.write(claim_json(claim))
                        handle.write("\n")
                        count += 1
                    if gold is not None:
                        for row in self.page_gold(page, seen):
                            gold.write(json.dumps(row, ensure_ascii=False) + "\n")
        finally:
            if gold is not None:
                gold.close()
        return count

    def _write_aliases(self, directory: Path) -> None:
        with open(directory / "gold-aliases.jsonl", "w", encoding="utf-8") as handle:
            for row in self.org_aliases():
                handle.write(json.dumps(row, ensure_ascii=False) + "\n")

    def write_site(self, directory: Path | str, max_pages: int | None = None) -> int:
        """A static website of the world's pages (see ``bench/site.py``); returns pages."""
        from bench.site import write_site

        return write_site(self, Path(directory), max_pages=max_pages)


def claim_json(claim: Claim) -> str:
    """``claim.to_json()`` without ``dataclasses.asdict``'s deep copies (10× faster at scale)."""
    row = {name: getattr(claim, name) for name in CLAIM_FIELDS}
    for name in ("relation", "subject_kind", "object_kind"):
        row[name] = row[name].value
    return json.dumps(row, ensure_ascii=False)


class _PageWriter:
    """Writes one page: statements, their claims, and the surface forms it uses."""

    def __init__(self, world: World, owner: int, kind: PageKind) -> None:
        self.w = world
        self.owner = owner
        self.kind = kind
        url = world.homepage_url(owner) if kind is PageKind.HOMEPAGE else None
        self.source = url or world.catalogue_url(owner)
        self.rng = random.Random(f"{world.seed}:{self.source}")
        theme = world.theme[owner] if kind is PageKind.HOMEPAGE else Theme.HANDWRITTEN
        self.theme = theme
        self.language = lx.Language.FRENCH if theme is Theme.FRENCH else lx.Language.ENGLISH
        self.phrases = lx.PHRASES[self.language]
        self.mentions: dict[str, str] = {}
        r = self.rng.random()
        # A bibliography keeps one author style for the whole list, most of the time.
        self.author_form = self._draw(_AUTHOR_TABLE)
        self.owner_form = NameForm.FULL if r < 0.8 else NameForm.UPPER_SURNAME
        self.extractor = f"world:{kind.value}"

    # mentions -------------------------------------------------------------

    def _draw(self, table: tuple[list[NameForm], list[int], int]) -> NameForm:
        forms, cumulative, total = table
        return forms[bisect.bisect(cumulative, self.rng.random() * total)]

    def person(self, p: int, forms: dict[NameForm, int] | None = None) -> Mention | None:
        """A mention of ``p``, or None when every form is taken by someone else on the page."""
        w = self.w
        if p == self.owner and forms is None:
            form = self.owner_form
        elif forms is AUTHOR_FORMS:
            form = self.author_form if self.rng.random() < 0.75 else self._draw(_AUTHOR_TABLE)
        else:
            form = self._draw(_PROSE_TABLE)
        if form is NameForm.SURNAME_FIRST and w.culture[p] not in lx.SHORT_CULTURES:
            # Surname-first without capitals is mostly East-Asian usage; rarer elsewhere.
            form = NameForm.FULL if self.rng.random() < 0.7 else form
        pid = w.person_id(p)
        for candidate in (form, NameForm.FULL, NameForm.MIDDLE):
            text = w.surface(p, candidate)
            holder = self.mentions.get(text)
            if holder is None or holder == pid:
                self.mentions[text] = pid
                return Mention(text, pid, EntityKind.PERSON)
        return None

    def org(self, o: int, full: bool = False) -> Mention:
        org = self.w.orgs[o]
        text = org.name
        if org.aliases and not full and self.rng.random() < 0.3:
            text = self.rng.choice(org.aliases)
        if self.mentions.get(text, org.id) != org.id:
            text = org.name
        self.mentions[text] = org.id
        return Mention(text, org.id, EntityKind.ORGANISATION)

    def claim(
        self,
        statement: Statement,
        subject: Mention,
        relation: Relation,
        obj: Mention,
        start: int | None = None,
        end: int | None = None,
    ) -> None:
        statement.pending.append((subject, relation, obj, start, end))

    def persons_segments(self, mentions: list[Mention]) -> list[Segment]:
        out: list[Segment] = []
        for i, m in enumerate(mentions):
            if i:
                last = i == len(mentions) - 1
                out.append(f" {lx.AND_WORD[self.language]} " if last else ", ")
            out.append(m)
        return out

    def fill(self, template: str, **values: Segment | list[Segment]) -> list[Segment]:
        """Template text with placeholders replaced by text or mentions."""
        out: list[Segment] = []
        rest = template
        while "{" in rest:
            before, _, tail = rest.partition("{")
            key, _, rest = tail.partition("}")
            if before:
                out.append(before)
            value = values[key]
            if isinstance(value, list):
                out.extend(value)
            else:
                out.append(value)
        if rest:
            out.append(rest)
        return out

    # page -----------------------------------------------------------------

    def page(self) -> Page:
        p = self.owner
        owner = self.person(p)
        assert owner is not None  # the first mention of a page never collides
        sections = (
            self.homepage_sections(owner)
            if self.kind is PageKind.HOMEPAGE
            else self.catalogue_sections(owner)
        )
        for _, statements in sections:
            for statement in statements:
                text = statement.text
                statement.claims = [
                    Claim(
                        subject=subject.text,
                        relation=relation,
                        object=obj.text,
                        source=self.source,
                        evidence=text,
                        extractor=self.extractor,
                        confidence=0.9,
                        start=start,
                        end=end,
                        subject_kind=subject.kind,
                        object_kind=obj.kind,
                    )
                    for subject, relation, obj, start, end in statement.pending
                ]
                statement.pending = []
        title = owner.text if self.kind is PageKind.HOMEPAGE else f"Thesis of {owner.text}"
        return Page(
            source=self.source,
            kind=self.kind,
            owner=p,
            theme=self.theme,
            language=self.language,
            title=title,
            sections=[(k, s) for k, s in sections if s],
            mentions=self.mentions,
        )

    def homepage_sections(self, owner: Mention) -> list[tuple[str, list[Statement]]]:
        w, p, ph = self.w, self.owner, self.phrases
        y = w.year[p]
        position: list[Statement] = []
        if w.employer[p] >= 0:
            univ = self.org(w.employer[p])
            start = y + (w.postdoc[p][3] - y + 1 if w.postdoc[p] else 1)
            title = ph["titles"][w.title_rank[p]]
            s = Statement(self.fill(ph["position"], title=title, univ=univ, start=str(start)))
            self.claim(s, owner, Relation.EMPLOYED_AT, univ, start)
            position.append(s)
            if w.team[p] >= 0:
                team = self.org(w.team[p])
                lab_index = w.lab_of_team[w.team[p]]
                lab = self.org(lab_index)
                parent = self.org(w.orgs[lab_index].parent)
                s = Statement(self.fill(ph["team"], team=team, lab=lab, univ=parent))
                self.claim(s, owner, Relation.MEMBER_OF, team)
                self.claim(s, team, Relation.PART_OF, lab)
                self.claim(s, lab, Relation.PART_OF, parent)
                position.append(s)
        education = self.education(owner)
        committee = self.committee(owner)
        students: list[Statement] = []
        for s_ in w.students[p][:15]:
            students.extend(self.student(owner, s_))
        service: list[Statement] = []
        for c in w.reviewed[p][:5]:
            cand = self.person(c)
            if cand is None:
                continue
            s = Statement(self.fill(ph["served"], person=cand, year=str(w.year[c])))
            self.claim(s, cand, Relation.JURY_REVIEWER, owner, w.year[c], w.year[c])
            service.append(s)
        publications = [self.publication(q) for q in w.papers_of[p][-6:]]
        return [
            ("position", position),
            ("education", education),
            ("committee", committee),
            ("students", students),
            ("service", service),
            ("publications", [s for s in publications if s is not None]),
        ]

    def catalogue_sections(self, owner: Mention) -> list[tuple[str, list[Statement]]]:
        # Like a genealogy catalogue: the thesis, its university and advisors; no jury.
        return [("education", self.education(owner))]

    def education(self, owner: Mention) -> list[Statement]:
        w, p, ph = self.w, self.owner, self.phrases
        y = w.year[p]
        out: list[Statement] = []
        univ = self.org(w.phd_univ[p], full=self.kind is PageKind.CATALOGUE)
        advisors = [m for m in (self.person(a) for a in w.advisors[p]) if m is not None]
        if advisors:
            persons = self.persons_segments(advisors)
            s = Statement(self.fill(ph["phd"], univ=univ, year=str(y), persons=persons))
            for m in advisors:
                self.claim(s, owner, Relation.ADVISOR_PHD, m, None, y)
        else:
            s = Statement(self.fill(ph["phd_alone"], univ=univ, year=str(y)))
        self.claim(s, owner, Relation.STUDIED_AT, univ, None, y)
        out.append(s)
        if self.kind is PageKind.CATALOGUE:
            return out
        if w.postdoc[p]:
            adv, u, start, end = w.postdoc[p]
            m = self.person(adv)
            if m is not None:
                pu = self.org(u)
                s = Statement(
                    self.fill(ph["postdoc"], person=m, univ=pu, start=str(start), end=str(end))
                )
                self.claim(s, owner, Relation.ADVISOR_POSTDOC, m, start, end)
                self.claim(s, owner, Relation.EMPLOYED_AT, pu, start, end)
                out.append(s)
        if w.internship[p]:
            adv, year = w.internship[p]
            m = self.person(adv)
            if m is not None:
                s = Statement(self.fill(ph["internship"], person=m, year=str(year)))
                self.claim(s, owner, Relation.ADVISOR_INTERNSHIP, m, year, year)
                out.append(s)
        return out

    def committee(self, owner: Mention) -> list[Statement]:
        w, p, ph = self.w, self.owner, self.phrases
        jury = w.jury[p]
        if not jury:
            return []
        y = w.year[p]
        reviewers, examiners, president = jury
        out: list[Statement] = []
        if self.rng.random() < 0.2:
            # Some pages list the jury without roles.
            members = [*reviewers, *examiners, president]
            mentions = [m for m in (self.person(x) for x in members) if m is not None]
            if mentions:
                s = Statement(self.fill(ph["jury"], persons=self.persons_segments(mentions)))
                for m in mentions:
                    self.claim(s, owner, Relation.JURY_MEMBER, m, y, y)
                out.append(s)
            return out
        for key, members, relation in (
            ("reviewers", reviewers, Relation.JURY_REVIEWER),
            ("examiners", examiners, Relation.JURY_EXAMINER),
        ):
            mentions = [m for m in (self.person(x) for x in members) if m is not None]
            if mentions:
                s = Statement(self.fill(ph[key], persons=self.persons_segments(mentions)))
                for m in mentions:
                    self.claim(s, owner, relation, m, y, y)
                out.append(s)
        m = self.person(president)
        if m is not None:
            s = Statement(self.fill(ph["president"], person=m))
            self.claim(s, owner, Relation.JURY_PRESIDENT, m, y, y)
            out.append(s)
        return out

    def student(self, owner: Mention, s_: int) -> list[Statement]:
        w, ph = self.w, self.phrases
        m = self.person(s_)
        if m is None:
            return []
        co = [a for a in w.advisors[s_] if a != self.owner]
        co_mentions = [x for x in (self.person(a) for a in co) if x is not None]
        y = str(w.year[s_])
        if co_mentions:
            segments = self.fill(
                ph["student_co"], person=m, year=y, persons=self.persons_segments(co_mentions)
            )
        else:
            segments = self.fill(ph["student"], person=m, year=y)
        s = Statement(segments)
        for adv in [owner, *co_mentions]:
            self.claim(s, m, Relation.ADVISOR_PHD, adv, None, w.year[s_])
        return [s]

    def publication(self, q: int) -> Statement | None:
        paper = self.w.papers[q]
        authors = [self.person(a, AUTHOR_FORMS) for a in paper.authors]
        if any(a is None for a in authors):
            return None
        segments: list[Segment] = self.persons_segments(authors)  # type: ignore[arg-type]
        segments.append(f". {paper.title}. {paper.year}.")
        s = Statement(segments)
        for a, b in itertools.combinations(authors, 2):
            self.claim(s, a, Relation.COAUTHOR, b, paper.year, paper.year)  # type: ignore[arg-type]
        return s


def world_graph(world: World):
    """The world as the project's graph shape, resolved by the generator's own truth.

    Node ids are the world's entity ids (``p000123``, ``o00012``); nodes and edges carry the
    attributes ``graph.build`` sets (kind, name, aliases, ids, homonym, sources; relation,
    start, end, confidence, conflict, claims).  Benchmarks of stages after resolution (RDF,
    SPARQL, explorer) use it so that they measure their stage, not the resolver.
    """
    import networkx as nx

    G = nx.MultiDiGraph()
    nodes = G.nodes
    for page in world.pages():
        mentions = page.mentions
        for claim in page.claims():
            ends = []
            for surface, kind in (
                (claim.subject, claim.subject_kind),
                (claim.object, claim.object_kind),
            ):
                entity = mentions[surface]
                if entity not in G:
                    G.add_node(
                        entity,
                        kind=kind.value,
                        name=world.entity_name(entity),
                        aliases=[],
                        ids={},
                        homonym=False,
                        sources=[],
                    )
                node = nodes[entity]
                if surface not in node["aliases"]:
                    node["aliases"].append(surface)
                if len(node["sources"]) < 20 and page.source not in node["sources"]:
                    node["sources"].append(page.source)
                ends.append(entity)
            u, v = ends
            key = claim.relation.value
            if claim.relation.symmetric and G.has_edge(v, u, key):
                u, v = v, u
            if not G.has_edge(u, v, key):
                G.add_edge(
                    u,
                    v,
                    key=key,
                    relation=key,
                    start=claim.start,
                    end=claim.end,
                    confidence=claim.confidence,
                    conflict=False,
                    claims=[],
                )
            G.edges[u, v, key]["claims"].append(
                {
                    "claim_id": hashlib.sha1(repr(claim.key).encode()).hexdigest()[:12],
                    "subject": claim.subject,
                    "object": claim.object,
                    "source": claim.source,
                    "evidence": claim.evidence,
                    "extractor": claim.extractor,
                    "confidence": claim.confidence,
                    "start": claim.start,
                    "end": claim.end,
                    "retrieved": None,
                }
            )
    persons = sum(1 for _, kind in G.nodes(data="kind") if kind == "person")
    G.graph["persons"] = persons
    G.graph["organisations"] = G.number_of_nodes() - persons
    return G


CACHE_ENV = "BENCH_CACHE"


def _generator_version() -> str:
    """A hash of the generator's source: a cached world is stale once the code changes."""
    digest = hashlib.sha256()
    for module in (Path(__file__), Path(lx.__file__)):
        digest.update(module.read_bytes())
    return digest.hexdigest()[:10]


def world_files(n_persons: int, seed: int = 0, cache_dir: Path | str | None = None) -> Path:
    """A directory with the world's ``claims.jsonl``, ``gold.jsonl``, ``gold-aliases.jsonl``
    and ``world.json``, written once and reused (by every benchmark of one ``make bench``).

    The cache lives in ``cache_dir``, else ``$BENCH_CACHE`` (set by ``bench.run``), else the
    system temp directory.
    """
    root = Path(cache_dir or os.environ.get(CACHE_ENV) or Path(tempfile.gettempdir()) / "ag-bench")
    target = root / f"world-{n_persons}-{seed}-{_generator_version()}"
    if (target / "world.json").exists():
        return target
    root.mkdir(parents=True, exist_ok=True)
    scratch = Path(tempfile.mkdtemp(prefix=target.name + ".", dir=root))
    world = World.generate(n_persons, seed)
    claims = world.write_claims(scratch / "claims.jsonl", gold_dir=scratch)
    summary = {**world.describe(), "claims": claims}
    (scratch / "world.json").write_text(json.dumps(summary, indent=2) + "\n")
    try:
        scratch.rename(target)
    except OSError:  # another process wrote it first
        shutil.rmtree(scratch, ignore_errors=True)
    return target


def read_claims(path: Path | str) -> Iterator[Claim]:
    """Claims back from a claims JSONL file."""
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                yield Claim.from_dict(json.loads(line))


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--persons", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=0)
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--site", action="store_true", help="also write the static website")
    parser.add_argument("--max-pages", type=int, default=None)
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    began = time.perf_counter()
    world = World.generate(args.persons, args.seed)
    generated = time.perf_counter() - began
    claims = world.write_claims(args.out / "claims.jsonl", gold_dir=args.out)
    summary = {**world.describe(), "claims": claims, "generate_s": round(generated, 2)}
    if args.site:
        summary["site_pages"] = world.write_site(args.out / "site", max_pages=args.max_pages)
    summary["total_s"] = round(time.perf_counter() - began, 2)
    (args.out / "world.json").write_text(json.dumps(summary, indent=2) + "\n")
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    # Run the imported module, not __main__: bench.site imports bench.world, and two copies
    # of the enums would not compare equal.
    from bench import world as _world

    _world.main()
