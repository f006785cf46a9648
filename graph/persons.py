"""Person resolution: which surface forms name one real person, never two people merged.

Rules, in the order they are applied (each merge records why, for ``genealogy stats
--merges``):

1. **Same key.** Forms with one :func:`crawler.names.name_key` are one name: accents,
   case, mojibake, hyphen/space, "Family, Given" order, LaTeX escapes, capitals.
2. **Strong ids.** Forms that carry the same ORCID / IdRef / HAL / DBLP / Scholar / MGP /
   Wikidata id or homepage are one person; different values of one id type never merge.
3. **Unknown order.** "Ducros Alix" (no comma, no capitals) merges with "Alix Ducros".
4. **Typos.** Two full names within a small edit distance (rapidfuzz) merge only when
   they share context: a site, a co-author or an organisation.
5. **Initials.** "S. Vaiter" (and "Kai J. Zhai", a middle initial) resolves to the ONE
   compatible full name that shares context with it (site, co-author circle,
   organisation).  Several candidates, or none with context, leave it its own node:
   "T. Le" may be three people.
6. **Initials across sites.** An unresolved "T. Le" read on two sites is one person only
   when both readings share a co-author or an organisation.

Two forms linked by a claim (co-authors of one paper) are never merged.  An initial form
or a lone family name is only assumed to be one person within one site (a host with
hundreds of pages, like a thesis catalogue, counts each page as a site: :func:`site_map`).

Homonyms (:class:`HomonymPolicy`, default ``BY_YEARS``): one full name is one node,
unless its separate contexts (sites that share no co-author, organisation or id) show it
is borne by several people: their dated claims span more than one career
(:data:`MAX_CAREER_YEARS`), or they state two different doctorates (a person defends one
thesis), or the name is common enough that several bearers are expected
(:data:`COMMON_NAME_EXPECTED`, the name-frequency prior of author disambiguation: "Wei
Gan" read on twenty unrelated sites is likely several people, "Sönke Keslanstein" one).
Then each context is its own node, all flagged ``homonym=True``.  A rare name read in
unrelated contexts tied to different organisations stays one node, flagged for review.
Splitting every disjoint context (``SPLIT``) was measured on the synthetic world: it cuts
real people in two (a person's own page and a student's page rarely share anyone).

Cost: every comparison happens inside a block (same initial key, same site bucket), never
across all pairs, so resolution grows as n log n.
"""

from __future__ import annotations

import hashlib
import itertools
import multiprocessing
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from functools import lru_cache
from multiprocessing.connection import Connection
from types import MappingProxyType
from typing import ClassVar, NamedTuple

from rapidfuzz.fuzz import ratio

from crawler.claims import Claim, EntityKind
from crawler.names import (
    PersonName,
    compatible,
    fold,
    initial_key,
    name_from_state,
    name_state,
    parse_name,
)
from graph.nodes import EntityNode

#: rapidfuzz ratio (0–100) above which two full names may be one name with a typo.
TYPO_RATIO = 90.0
#: Shortest folded name considered for typo merges (short names differ by one letter).
TYPO_MIN_LENGTH = 9
#: Years one academic life can span (first to last dated claim) before namesakes split.
MAX_CAREER_YEARS = 80
#: A "site" with more pages than this is a catalogue or archive, not one person's site.
MAX_PAGES_PER_SITE = 300
#: Above this many full names sharing one initial key, initials look candidates up by context.
BLOCK_SCAN_LIMIT = 24
#: Above this many forms in one site bucket, typo comparison looks at sorted neighbours.
TYPO_BUCKET_LIMIT = 64
#: Expected number of people bearing a full name (from how often its given name and its
#: family name are read) at or above which contexts that share nothing are separate people.
COMMON_NAME_EXPECTED = 1.0


class StrongId(StrEnum):
    """Identifier types that name one person for sure (keys of the node attribute ``ids``)."""

    ORCID = "orcid"
    IDREF = "idref"
    HAL = "hal"
    DBLP = "dblp"
    SCHOLAR = "scholar"
    MGP = "mgp"
    WIKIDATA = "wikidata"
    HOMEPAGE = "homepage"


class MergeRule(StrEnum):
    """Why two surface forms were merged into one person."""

    SAME_KEY = "same-key"
    STRONG_ID = "strong-id"
    NAME_ORDER = "name-order"
    TYPO = "typo"
    INITIALS = "initials"


class Evidence(StrEnum):
    """Context two forms share, which licenses a merge that the name alone cannot."""

    SITE = "same-site"
    COAUTHOR = "shared-coauthor"
    ORGANISATION = "same-organisation"


@lru_cache(maxsize=1 << 20)
def site_of(source: str) -> str:
    """The site a source belongs to: scheme+host(+/…/~user/) for URLs, the file for paths.

    Local files are their own site because one folder may hold many people's pages.

    >>> site_of("https://lab.example.org/~ada/cv.html")
    'https://lab.example.org/~ada/'
    >>> site_of("https://univ.example.org/maths/~ada/")
    'https://univ.example.org/maths/~ada/'
    >>> site_of("https://ada.example.io/publications/?page=2")
    'https://ada.example.io'
    """
    scheme, sep, rest = source.partition("://")
    if not sep:
        return source
    # String cuts rather than urlsplit: this runs once per page of a crawl.
    rest = rest.split("#", 1)[0].split("?", 1)[0]
    slash = rest.find("/")
    if slash < 0:
        return f"{scheme.lower()}://{rest}"
    host, path = rest[:slash], rest[slash:]
    tilde = path.find("/~")
    if tilde < 0:
        return f"{scheme.lower()}://{host}"
    end = path.find("/", tilde + 1)
    return f"{scheme.lower()}://{host}{path if end < 0 else path[:end]}/"


def site_map(sources: Iterable[str]) -> dict[str, str]:
    """Source → the site that vouches for it.

    A host with more than :data:`MAX_PAGES_PER_SITE` pages (a thesis catalogue, an open
    archive) is not one person's site: there, each page is its own site, so that being
    named somewhere on it is no evidence of being the same person.

    >>> pages = [f"https://theses.example/t{i}.html" for i in range(MAX_PAGES_PER_SITE + 1)]
    >>> mapping = site_map(pages + ["https://ada.example.io/", "https://ada.example.io/cv"])
    >>> mapping["https://ada.example.io/cv"], mapping["https://theses.example/t1.html"]
    ('https://ada.example.io', 'https://theses.example/t1.html')
    """
    site = site_of.__wrapped__  # every source once: the cache would only hold them
    mapping = {source: site(source) for source in set(sources)}
    pages = Counter(mapping.values())
    crowded = {site for site, n in pages.items() if n > MAX_PAGES_PER_SITE}
    if crowded:
        for source, site in mapping.items():
            if site in crowded:
                mapping[source] = source
    return mapping


_NOT_SLUG = re.compile(r"[^a-z0-9]+")
#: A name key that is already its own slug but for its spaces (most of them).
_PLAIN_KEY = re.compile(r"[a-z0-9]+(?: [a-z0-9]+)*").fullmatch
_blake2b = hashlib.blake2b


def person_id(key: str, salt: str = "") -> str:
    """Stable, short, IRI-safe node id: a slug of the name key and a hash of key + salt.

    The salt (a site) tells apart namesakes and site-local initials; same input, same id.

    >>> person_id("ada quill")
    'p-ada-quill-84b874ed'
    """
    name = key.partition("@")[0]
    if _PLAIN_KEY(name):
        slug = name.replace(" ", "-")
    else:
        slug = _NOT_SLUG.sub("-", name.lower().encode("ascii", "ignore").decode()).strip("-")
    digest = _blake2b(f"{key}\x1f{salt}".encode(), digest_size=4).hexdigest()
    return f"p-{slug[:40].rstrip('-') or 'x'}-{digest}"


class HomonymPolicy(StrEnum):
    """What to do with one full name read in contexts that share nothing."""

    FLAG = "flag"  # one node, flagged homonym=True
    BY_YEARS = "by-years"  # flagged; split where the years cannot be one career
    SPLIT = "split"  # one node per context component, each flagged homonym=True


@dataclass(slots=True)
class Person(EntityNode):
    """One resolved person node."""

    kind: ClassVar[EntityKind] = EntityKind.PERSON

    homonym: bool = False
    merges: list[str] = field(default_factory=list)  # "rule: form ~ form (evidence)"

    def node_attrs(self, sources: list[str]) -> dict:
        attrs = EntityNode.node_attrs(self, sources)
        attrs["homonym"] = self.homonym
        attrs["merges"] = self.merges
        return attrs


@dataclass(slots=True)
class PersonResolution:
    """Which node each mention belongs to, and the nodes.

    A full name means the same node wherever it is read (``node_of``); an initial form, a
    lone family name, or a split homonym depends on the site it is read on (``local``,
    keyed by ``(form, site)``): "T. Le" on one site and "T. Le" on another are not assumed
    to be one person.  :meth:`node_for` hides the difference.
    """

    node_of: dict[str, str]
    local: dict[tuple[str, str], str]
    persons: dict[str, Person]
    site: Callable[[str], str] = site_of

    def node_for(self, form: str, source: str) -> str | None:
        """The node of ``form`` as read on page ``source`` (None: not a person name)."""
        node = self.node_of.get(form)
        if node is None and self.local:
            node = self.local.get((form, self.site(source)))
        return node


@dataclass(slots=True)
class _Form:
    """What the name normaliser says about one surface form (computed once per form)."""

    key: str
    ikey: str
    full: bool
    display: str
    partial: bool = False  # a full given name with a middle initial: "Kai J. Zhai"
    parsed: PersonName | None = None
    rank: tuple | None = None  # _display_rank(display), computed when first needed

    def ranked(self) -> tuple:
        rank = self.rank
        if rank is None:
            rank = self.rank = _display_rank(self.display)
        return rank


_NO_ORGS: frozenset = frozenset()
_NO_IDS: Mapping = MappingProxyType({})


@dataclass(slots=True)
class _Group:
    """Forms with one name key (and, for initials, one site), and their context."""

    key: str  # group id: the name key, + "@site" for site-local groups
    name_key: str
    ikey: str
    full: bool
    partial: bool = False
    forms: dict = field(default_factory=dict)  # form → mentions
    sites: set = field(default_factory=set)
    # Most groups never get an organisation or an id: one shared empty value until then.
    orgs: set | frozenset = _NO_ORGS
    neighbours: set = field(default_factory=set)  # group keys of linked persons
    circle: set | None = None  # initial keys of linked persons (None: none yet)
    ids: dict | Mapping = field(default_factory=lambda: _NO_IDS)
    first: int | None = None  # earliest and latest year its claims state
    last: int | None = None
    theses: set | None = None  # years of the doctorates its claims state (as the student)
    rep: str | None = None
    suspect: str | None = None  # the root of its cluster, when that may hold namesakes

    def saw_years(self, low: int, high: int) -> None:
        if self.first is None or low < self.first:
            self.first = low
        if self.last is None or high > self.last:
            self.last = high

    def saw_thesis(self, year: int) -> None:
        if self.theses is None:
            self.theses = {year}
        else:
            self.theses.add(year)

    @property
    def form(self) -> str:
        """The form written most often (ties: the first in sort order); read after
        :meth:`_Resolver.read`, when the counts no longer change."""
        if self.rep is None:
            forms = self.forms
            self.rep = min(forms, key=lambda f: (-forms[f], f))
        return self.rep


@dataclass(slots=True)
class _Cluster:
    """The context of groups merged so far: later evidence is checked against all of it."""

    keys: set
    ikeys: set
    sites: set
    orgs: set
    neighbours: set
    circle: set
    ids: dict
    owned: bool = False  # False: the sets are still its one group's own (never written)

    def absorb(self, other: _Cluster) -> _Cluster:
        """This cluster grown by ``other`` (in place: a cluster that absorbs a thousand
        initial forms one by one must not copy its sets a thousand times)."""
        if not self.owned:
            self.keys, self.ikeys = set(self.keys), set(self.ikeys)
            self.sites, self.orgs = set(self.sites), set(self.orgs)
            self.neighbours, self.circle = set(self.neighbours), set(self.circle)
            self.ids = {kind: set(values) for kind, values in self.ids.items()}
            self.owned = True
        self.keys |= other.keys
        self.ikeys |= other.ikeys
        self.sites |= other.sites
        self.orgs |= other.orgs
        self.neighbours |= other.neighbours
        self.circle |= other.circle
        ids = self.ids
        for kind, values in other.ids.items():
            found = ids.get(kind)
            if found is None:
                ids[kind] = set(values)
            else:
                found |= values
        return self


_MISSING = object()
_NOTHING: frozenset = frozenset()
#: Claims that state a person's own doctorate (its year is the claim's end year);
#: ``studied_at`` is not one: it also dates masters and other degrees.
DOCTORATE = frozenset({"advisor_phd"})
#: Two thesis years further apart than this are two doctorates (pages round and err by one).
THESIS_YEAR_SLACK = 1
_STRONG_IDS = frozenset(StrongId)


class UnionFind:
    """Disjoint sets whose root is the smallest member: the same partition gives the
    same roots whatever the order of unions (stable ids)."""

    def __init__(self):
        self.parent: dict = {}

    def find(self, item):
        parent = self.parent
        root = item
        while parent.get(root, root) != root:
            root = parent[root]
        while item != root:
            item, parent[item] = parent.get(item, item), root
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Deterministic: the smaller key becomes the root.
            ra, rb = min(ra, rb), max(ra, rb)
            self.parent[rb] = ra
        return ra


def _display_rank(form: str) -> tuple:
    """Best display first, after a full given name: no shouting capitals, accents, length."""
    accents = 0 if form.isascii() else sum(1 for c in form if c.isalpha() and not c.isascii())
    shouting = any(len(t) > 1 and t.isupper() for t in form.split())
    return (not shouting, accents, len(form))


def _best_form(forms: Mapping[str, int], info: Mapping[str, _Form], full) -> str:
    """The form whose display names the node: the fullest well-formed one (a full given
    name — ``full``: a bool, or the set of full-name forms — then :func:`_display_rank`),
    then the one read most, then by display (the first of equals, as ``max`` picks)."""
    best = best_key = None
    for form, count in forms.items():
        found = info[form]
        display = found.display
        is_full = full if type(full) is bool else form in full
        key = (is_full, found.ranked(), count, display)
        if best_key is None or key > best_key:
            best, best_key = form, key
    return best


def _read_form(form: str) -> _Form | None:
    """What the name normaliser says about one surface form (None: not a person name,
    like "Deep Learning" or "et al.")."""
    parsed = parse_name(form, allow_single=True)
    if parsed is None:
        return None
    key = fold(parsed.display)
    full = bool(parsed.given and not parsed.initials_only)
    partial = full and any(len(part) == 1 for part in parsed.given_parts)
    return _Form(key, initial_key(parsed) or key, full, parsed.display, partial, parsed)


#: Below this many distinct forms, parsing them in a second process costs more than it saves.
PARALLEL_PARSE_MIN_FORMS = 20_000


def _form_states(forms: list[str]) -> list[tuple | None]:
    """:func:`_read_form` of each form, as plain tuples another process can unpickle fast."""
    states: list[tuple | None] = []
    for form in forms:
        info = _read_form(form)
        states.append(
            None
            if info is None
            else (
                info.key,
                info.ikey,
                info.full,
                info.display,
                info.partial,
                name_state(info.parsed),
            )
        )
    return states


#: Forms taken at a time by each process: the one with the core to spare takes more.
PARSE_CHUNK_FORMS = 1_000


def _chunks(n_forms: int, counter) -> Iterator[int]:
    """Start index of each chunk this process takes, until none is left: both processes
    draw from one shared counter, so a process slowed by a busy machine parses less."""
    lock = counter.get_lock()
    while True:
        with lock:
            start = counter.value
            counter.value = start + PARSE_CHUNK_FORMS
        if start >= n_forms:
            return
        yield start


def _parse_in_child(connection, forms: list[str], counter, then) -> None:
    # The first chunk is the helper's own (so it always helps); then it draws with the parent.
    done = [(0, _form_states(forms[:PARSE_CHUNK_FORMS]))]
    for start in _chunks(len(forms), counter):
        done.append((start, _form_states(forms[start : start + PARSE_CHUNK_FORMS])))
    connection.send(done)
    if then is not None:
        connection.send(then())
    connection.close()


def _fork(target: Callable, *args) -> tuple[multiprocessing.Process, Connection] | None:
    """Start ``target(sending_end, *args)`` in a forked daemon process: the process and the
    receiving end of its pipe, or None where there is no ``fork`` (the caller then does the
    work itself)."""
    try:
        context = multiprocessing.get_context("fork")
    except ValueError:  # (no fork on this platform)
        return None
    receiving, sending = context.Pipe(duplex=False)
    child = context.Process(target=target, args=(sending, *args), daemon=True)
    try:
        child.start()
    except (AssertionError, OSError):  # (a daemonic process may not fork one)
        receiving.close()
        return None
    finally:
        sending.close()
    return child, receiving


class FormParser:
    """Parses the distinct person forms of a build, in this process and a forked one.

    Parsing names is the largest single cost of resolution and is pure, so the machine's
    second core parses forms while this process does other work (the organisations, the
    site map); then both take chunks of the forms left until none is, so neither waits
    long for the other even when one of them gets less of the machine.  The result is
    exactly what parsing every form here would give.  Without ``fork`` (or for few forms)
    it parses everything here.

    ``then``: more pure work for the helper once the forms are parsed (its result, read
    with :meth:`then_result`, must pickle); done here when there is no helper, or when
    the helper has not finished it by the time it is asked for.
    """

    def __init__(self, forms: Iterable[str], then: Callable[[], object] | None = None):
        self.forms = list(forms)
        self.then = then
        self.child = self.connection = self.counter = None
        self.helped = 0  # how many forms the helper process parsed
        if len(self.forms) < PARALLEL_PARSE_MIN_FORMS:
            return
        try:
            # the first chunk is the helper's
            counter = multiprocessing.get_context("fork").Value("q", PARSE_CHUNK_FORMS)
        except ValueError:  # (no fork on this platform)
            return
        forked = _fork(_parse_in_child, self.forms, counter, then)
        if forked is not None:
            self.child, self.connection = forked
            self.counter = counter

    def result(self) -> dict[str, _Form | None]:
        """Every form → what :func:`_read_form` says about it."""
        forms = self.forms
        if self.child is None:
            info: dict[str, _Form | None] = {form: _read_form(form) for form in forms}
        else:
            info = {}
            for start in _chunks(len(forms), self.counter):
                for form in forms[start : start + PARSE_CHUNK_FORMS]:
                    info[form] = _read_form(form)
            done = self.connection.recv()
            self.counter = None
            if self.then is None:
                self._join()
            for start, states in done:
                chunk = forms[start : start + PARSE_CHUNK_FORMS]
                self.helped += len(chunk)
                for form, state in zip(chunk, states, strict=True):
                    if state is None:
                        info[form] = None
                    else:
                        key, ikey, full, display, partial, name = state
                        info[form] = _Form(key, ikey, full, display, partial, name_from_state(name))
        self.forms = ()  # read once
        return info

    def then_result(self):
        """What ``then()`` returned (after :meth:`result`)."""
        then, self.then = self.then, None
        if self.child is not None and self.connection.poll():
            found = self.connection.recv()
            self._join()
            return found
        self.close()  # (no helper, or it is late: do it here rather than wait)
        return then()

    def _join(self) -> None:
        self.child.join()
        self.connection.close()
        self.child = self.counter = None

    def close(self) -> None:
        """Stop the helper process if it is still working (the build failed, or no longer
        waits for it)."""
        if self.child is not None:
            self.child.terminate()
            self._join()


#: Below this many groups, a second process for the homonym verdicts costs more than it saves.
PARALLEL_VERDICT_MIN_GROUPS = 20_000


def _verdicts_in_child(connection, resolver: _Resolver, members) -> None:
    connection.send(resolver.homonym_verdicts(members))
    connection.close()


class _Verdicts:
    """:meth:`_Resolver.homonym_verdicts` worked out in a forked process (it reads the
    resolver as it stands and answers with two small collections), or here when there is
    no ``fork`` or little to do."""

    def __init__(self, resolver: _Resolver, members: dict[str, list[_Group]]):
        self.resolver, self.members = resolver, members
        self.child = self.connection = None
        self.forked = False
        if len(resolver.groups) < PARALLEL_VERDICT_MIN_GROUPS:
            return
        forked = _fork(_verdicts_in_child, resolver, members)
        if forked is not None:
            self.child, self.connection = forked
            self.forked = True

    def result(self) -> tuple[dict[str, list[set[str]]], set[str]]:
        if self.child is None:
            return self.resolver.homonym_verdicts(self.members)
        found = self.connection.recv()
        self.connection.close()
        self.child.join()
        self.child = None
        return found

    def close(self) -> None:
        """Stop the helper process if its result was never read (the build failed)."""
        if self.child is not None:
            self.child.terminate()
            self.child.join()
            self.connection.close()
            self.child = None


class ClaimRow(NamedTuple):
    """A claim as resolution and the build read it: the fields of :class:`Claim`
    (``relation`` as its plain value) in one tuple, which a loop unpacks far faster than
    it reads a million objects' attributes."""

    subject: str
    relation: str
    object: str
    source: str
    evidence: str
    extractor: str
    confidence: float
    start: int | None
    end: int | None
    subject_kind: EntityKind
    object_kind: EntityKind

    @classmethod
    def of(cls, claim: Claim) -> ClaimRow:
        return cls(
            claim.subject,
            claim.relation.value,
            claim.object,
            claim.source,
            claim.evidence,
            claim.extractor,
            claim.confidence,
            claim.start,
            claim.end,
            claim.subject_kind,
            claim.object_kind,
        )


class _Resolver:
    def __init__(
        self,
        claims: Sequence[Claim],
        org_of: Mapping[str, str],
        site: Callable[[str], str],
        identities: Mapping[str, Mapping[str, str]] | None,
        homonyms: HomonymPolicy,
        forms: dict[str, _Form | None] | None = None,
    ):
        self.claims = claims
        self.org_of = org_of
        self.site = site
        self.identities = identities or {}
        self.policy = homonyms
        self.info: dict[str, _Form | None] = {} if forms is None else forms
        self.global_group: dict[str, _Group] = {}  # full-name form → group
        self.local_group: dict[tuple[str, str], _Group] = {}  # (form, site) → group
        self.groups: dict[str, _Group] = {}
        self.uf = UnionFind()
        self.clusters: dict[str, _Cluster] = {}  # root → context, made when first needed
        self.years: dict[str, dict[str, list[int]]] = {}  # root → site → [first, last]
        # Each claim's subject and object groups (None: not a person name), as read.
        self.subject_groups: list[_Group | None] = []
        self.object_groups: list[_Group | None] = []
        self._block_index: dict[str, dict[str, list[_Group]]] = {}
        self.reasons: dict[str, list[str]] = defaultdict(list)

    # -- reading ---------------------------------------------------------------

    def _info(self, form: str) -> _Form | None:
        info = self.info.get(form, _MISSING)
        if info is _MISSING:
            info = self.info[form] = _read_form(form)
        return info

    def group_of(self, form: str, site: str) -> _Group | None:
        """The group of one mention, created on first sight."""
        group = self.global_group.get(form)
        if group is not None:
            return group
        group = self.local_group.get((form, site))
        if group is not None:
            return group
        info = self._info(form)
        if info is None or not info.key:
            return None
        key = info.key if info.full else f"{info.key}@{site}"
        group = self.groups.get(key)
        if group is None:
            group = self.groups[key] = _Group(key, info.key, info.ikey, info.full, info.partial)
        if info.full:
            self.global_group[form] = group
        else:
            self.local_group[(form, site)] = group
        return group

    def mention(self, form: str, site: str) -> _Group | None:
        """Count one reading of a person form on a site; its group (None: not a name)."""
        group = self.global_group.get(form) or self.local_group.get((form, site))
        if group is None:
            group = self.group_of(form, site)
            if group is None:
                return None
        forms = group.forms
        forms[form] = forms.get(form, 0) + 1
        group.sites.add(site)
        return group

    def read(self) -> None:
        # The hot loop of resolution (once per claim): locals and ``mention`` inlined on
        # purpose.
        person = EntityKind.PERSON
        site_of_source, org_of, group_of = self.site, self.org_of, self.group_of
        global_group, local_group = self.global_group.get, self.local_group.get
        doctorate = DOCTORATE
        subject_groups, object_groups = self.subject_groups, self.object_groups
        last_source = site = None
        for subject, relation, obj, source, _, _, _, start, end, s_kind, o_kind in self.claims:
            subject_person = s_kind is person
            object_person = o_kind is person
            if not (subject_person or object_person):
                subject_groups.append(None)
                object_groups.append(None)
                continue  # organisation ⊂ organisation
            if source is not last_source:  # claims come page by page
                last_source, site = source, site_of_source(source)
            if subject_person:
                group = (
                    global_group(subject) or local_group((subject, site)) or group_of(subject, site)
                )
                if group is not None:
                    forms = group.forms
                    forms[subject] = forms.get(subject, 0) + 1
                    group.sites.add(site)
                subject = group
            else:
                subject = None
            if object_person:
                group = global_group(obj) or local_group((obj, site)) or group_of(obj, site)
                if group is not None:
                    forms = group.forms
                    forms[obj] = forms.get(obj, 0) + 1
                    group.sites.add(site)
                    if subject is not None:
                        subject.neighbours.add(group.key)
                        group.neighbours.add(subject.key)
                        # The circles too, here: looking the neighbours up later costs
                        # seconds of cache misses at scale.
                        circle = subject.circle
                        if circle is None:
                            subject.circle = {group.ikey}
                        else:
                            circle.add(group.ikey)
                        circle = group.circle
                        if circle is None:
                            group.circle = {subject.ikey}
                        else:
                            circle.add(subject.ikey)
            else:
                group = None
                if subject is not None:
                    org = org_of.get(obj)
                    if org:
                        if subject.orgs is _NO_ORGS:
                            subject.orgs = {org}
                        else:
                            subject.orgs.add(org)
            subject_groups.append(subject)
            object_groups.append(group)
            if start is None:
                if end is None:
                    continue
                low = high = end
            else:
                low, high = start, (start if end is None else end)
            if subject is not None:
                if subject.first is None or low < subject.first:
                    subject.first = low
                if subject.last is None or high > subject.last:
                    subject.last = high
                if end is not None and relation in doctorate:
                    subject.saw_thesis(end)
            if group is not None:
                if group.first is None or low < group.first:
                    group.first = low
                if group.last is None or high > group.last:
                    group.last = high
        for form, ids in self.identities.items():
            info = self._info(form)
            if info is None:
                continue
            if info.full:
                targets = [self.group_of(form, "")]
            else:  # an id read for an initial form holds on every site it was read on
                targets = [g for (f, _), g in self.local_group.items() if f == form]
            for group in targets:
                group.forms.setdefault(form, 0)
                if group.ids is _NO_IDS:
                    group.ids = {}
                for kind, value in ids.items():
                    if value and kind in _STRONG_IDS:  # other keys are not identities
                        group.ids.setdefault(kind, set()).add(str(value))

    # -- rules -----------------------------------------------------------------

    def circle(self, group: _Group) -> set:
        """The initial keys of the persons ``group`` is named with (read by :meth:`read`)."""
        if group.circle is None:
            group.circle = set()
        return group.circle

    def cluster(self, group: _Group, root: str | None = None) -> _Cluster:
        """The context of ``group``'s cluster (``root``: its root, when known)."""
        if root is None:
            root = self.uf.find(group.key)
        cluster = self.clusters.get(root)
        if cluster is None:
            cluster = self.clusters[root] = _Cluster(
                {group.key},
                {group.ikey},
                group.sites,
                group.orgs,
                group.neighbours,
                self.circle(group),
                group.ids,
            )
        return cluster

    def _context(self, group: _Group, root: str) -> tuple[set, set, set]:
        """Sites, organisations and circle of ``group``'s cluster, read without making a
        cluster for a group still alone (most of them, at scale)."""
        cluster = self.clusters.get(root)
        if cluster is not None:
            return cluster.sites, cluster.orgs, cluster.circle
        return group.sites, group.orgs, self.circle(group)

    def _linked(self, a: _Group, b: _Group) -> bool:
        """Named together in one claim (co-authors, student and advisor): two people."""
        return _linked(self.cluster(a), self.cluster(b))

    def _ids_clash(self, a: _Group, b: _Group) -> bool:
        return _ids_clash(self.cluster(a), self.cluster(b))

    def _merge(self, a: _Group, b: _Group, rule: MergeRule, why: str = "") -> None:
        ra, rb = self.uf.find(a.key), self.uf.find(b.key)
        if ra == rb:
            return
        ca, cb = self.cluster(a, ra), self.cluster(b, rb)
        if len(ca.keys) < len(cb.keys):
            ca, cb = cb, ca
        merged = ca.absorb(cb)
        del self.clusters[ra], self.clusters[rb]
        self.clusters[self.uf.union(a.key, b.key)] = merged
        note = f"{rule}: {a.form} ~ {b.form}" + (f" ({why})" if why else "")
        self.reasons[a.key].append(note)
        self.reasons[b.key].append(note)

    def _shared_context(self, a: _Group, b: _Group) -> list[Evidence]:
        """What the two clusters (everything merged into each so far) have in common."""
        return _shared_context(self.cluster(a), self.cluster(b))

    def merge_strong_ids(self) -> None:
        by_id: dict[tuple[str, str], list[_Group]] = defaultdict(list)
        for group in self.groups.values():
            for kind, values in group.ids.items():
                for value in values:
                    by_id[(kind, value)].append(group)
        for (kind, value), groups in sorted(by_id.items()):
            first = groups[0]
            for other in groups[1:]:
                if not self._ids_clash(first, other):
                    self._merge(first, other, MergeRule.STRONG_ID, f"{kind} {value}")

    def merge_name_order(self) -> None:
        """ "Ducros Alix" (order unknown) is "Alix Ducros" when that form exists."""
        for group in list(self.groups.values()):
            if not group.full:
                continue
            words = group.key.split()
            if len(words) != 2:
                continue
            other = self.groups.get(f"{words[1]} {words[0]}")
            if other is None or not other.full or other is group:
                continue
            parsed = self.info[group.form].parsed
            if parsed is None or parsed.order_known or self._linked(group, other):
                continue
            if not self._ids_clash(group, other):
                self._merge(group, other, MergeRule.NAME_ORDER)

    def merge_typos(self) -> None:
        """Near-identical full names that share a site (then checked for more context)."""
        by_site: dict[str, list[_Group]] = defaultdict(list)
        for group in self.groups.values():
            if group.full and len(group.key) >= TYPO_MIN_LENGTH:
                for site in group.sites:
                    by_site[site].append(group)
        seen: set[tuple[str, str]] = set()
        for site in sorted(by_site):
            buckets: dict[str, list[_Group]] = defaultdict(list)
            for group in by_site[site]:
                buckets[group.key[0]].append(group)
            for bucket in buckets.values():
                if len(bucket) < 2:
                    continue
                bucket.sort(key=lambda g: g.key)
                window = len(bucket) if len(bucket) <= TYPO_BUCKET_LIMIT else 8
                for i, a in enumerate(bucket):
                    for b in bucket[i + 1 : i + 1 + window]:
                        pair = (a.key, b.key)
                        if pair in seen:
                            continue
                        seen.add(pair)
                        self._try_typo(a, b)

    def _try_typo(self, a: _Group, b: _Group) -> None:
        if abs(len(a.key) - len(b.key)) > 2:
            return
        if ratio(a.key, b.key, score_cutoff=TYPO_RATIO) == 0:
            return
        if self._linked(a, b) or self._ids_clash(a, b):
            return
        # Initials must agree: a typo does not turn "Anna" into "Hanna".
        if a.ikey != b.ikey and a.key.split()[0] != b.key.split()[0]:
            return
        evidence = self._shared_context(a, b)
        if evidence:
            self._merge(a, b, MergeRule.TYPO, ", ".join(evidence))

    def merge_initials(self) -> None:
        """Resolve each initial form ("S. Vaiter") and each middle-initial form ("Kai J.
        Zhai") to the ONE compatible full name it shares context with."""
        full_by_ikey: dict[str, list[_Group]] = defaultdict(list)
        for group in self.groups.values():
            if group.full:
                full_by_ikey[group.ikey].append(group)
        find, info, context = self.uf.find, self.info, self._context
        # Initial forms and middle-initial forms; lone family names ("Le") no rule may place.
        pending = [
            group
            for group in self.groups.values()
            if (not group.full or group.partial)
            and group.ikey in full_by_ikey
            and group.ikey != group.name_key.rsplit(None, 1)[-1]
        ]
        pending.sort(key=lambda g: g.key)
        clusters, cluster = self.clusters, self.cluster
        for group in pending:
            candidates = full_by_ikey[group.ikey]
            if len(candidates) > BLOCK_SCAN_LIMIT:
                candidates = self._candidates_sharing_context(group, candidates)
            name, own_root = info[group.form].parsed, find(group.key)
            sites, orgs, circle = context(group, own_root)
            own = None  # its cluster, made when a candidate first shares something
            supported: dict[str, tuple[_Group, list[Evidence]]] = {}
            for candidate in candidates:
                root = find(candidate.key)
                if root == own_root or root in supported:
                    continue
                # The cheap test first: most candidates share no context at all.
                other = clusters.get(root)
                if other is None:
                    other_sites, other_orgs = candidate.sites, candidate.orgs
                    other_circle = candidate.circle or _NOTHING
                else:
                    other_sites, other_orgs, other_circle = other.sites, other.orgs, other.circle
                if (
                    sites.isdisjoint(other_sites)
                    and orgs.isdisjoint(other_orgs)
                    and circle.isdisjoint(other_circle)
                ):
                    continue
                if own is None:
                    own = cluster(group, own_root)
                if other is None:
                    other = cluster(candidate, root)
                evidence = _shared_context(own, other)
                if not evidence or _linked(own, other) or _ids_clash(own, other):
                    continue
                if compatible(name, info[candidate.form].parsed):
                    supported[root] = (candidate, evidence)
            if len(supported) == 1:
                ((candidate, evidence),) = supported.values()
                self._merge(group, candidate, MergeRule.INITIALS, ", ".join(evidence))

    def _candidates_sharing_context(self, group: _Group, block: list[_Group]) -> list[_Group]:
        """In a crowded block ("Y. Gung" among hundreds of Y… Gung), only the full names
        that share a site, a co-author or an organisation with ``group`` can qualify:
        find them through an index of the block's contexts instead of scanning it."""
        index = self._block_index.get(group.ikey)
        if index is None:
            index = self._block_index[group.ikey] = defaultdict(list)
            for candidate in block:
                cluster = self.cluster(candidate)
                for token in _context_tokens(cluster.sites, cluster.circle, cluster.orgs):
                    index[token].append(candidate)
        cluster = self.cluster(group)
        found: dict[str, _Group] = {}
        for token in _context_tokens(cluster.sites, cluster.circle - {group.ikey}, cluster.orgs):
            for candidate in index.get(token, ()):
                found.setdefault(candidate.key, candidate)
        return [found[key] for key in sorted(found)]

    def merge_local_initials(self) -> None:
        """One unresolved initial form read on two sites is one person when the two
        readings share a co-author or an organisation (never on the letters alone)."""
        find = self.uf.find
        by_key: dict[str, list[_Group]] = defaultdict(list)
        for group in self.groups.values():
            if (
                not group.full
                and find(group.key) == group.key
                and len(self.cluster(group).keys) == 1
            ):
                by_key[group.name_key].append(group)
        for name_key in sorted(by_key):
            groups = sorted(by_key[name_key], key=lambda g: g.key)
            if len(groups) < 2:
                continue
            owner: dict[str, _Group] = {}
            for group in groups:
                pair = {group.ikey}
                tokens = [f"p:{t}" for t in self.circle(group) - pair]
                tokens += [f"o:{o}" for o in group.orgs]
                for token in sorted(tokens):
                    other = owner.setdefault(token, group)
                    if other is group or find(other.key) == find(group.key):
                        continue
                    if self._linked(group, other) or self._ids_clash(group, other):
                        continue
                    why = "shared-coauthor" if token.startswith("p:") else "same-organisation"
                    self._merge(group, other, MergeRule.INITIALS, why)

    # -- homonyms --------------------------------------------------------------

    def common_roots(self, members: dict[str, list[_Group]]) -> set[str]:
        """Clusters whose full name is common enough that several people likely bear it.

        The expected number of bearers of "Given Family" among the people read is
        ``D · p(given) · p(family)`` (``D`` distinct full names; each probability from the
        sites that name it), the name-frequency prior of author disambiguation: "Wei Gan"
        read on twenty unrelated sites is likely several people, "Sönke Keslanstein" one.
        """
        info = self.info
        weights: list[tuple[str, str, str, int]] = []
        for group in self.groups.values():
            if group.full:
                parsed = info[group.form].parsed
                parts = parsed.given_parts if parsed is not None else ()
                if parts:
                    # The whole given name ("trung linh"), its middle initial left out.
                    given = " ".join(part for part in parts if len(part) > 1) or parts[0]
                    weights.append((group.key, given, parsed.family_key, len(group.sites)))
        if not weights:
            return set()
        by_given: Counter = Counter()
        by_family: Counter = Counter()
        total = 0
        for _, given, family, n in weights:
            by_given[given] += n
            by_family[family] += n
            total += n
        scale = len(weights) / (total * total)
        find = self.uf.find
        return {
            find(key)
            for key, given, family, _ in weights
            if by_given[given] * by_family[family] * scale >= COMMON_NAME_EXPECTED
        }

    def contexts(
        self, members: dict[str, list[_Group]], common: set[str] = frozenset()
    ) -> dict[str, dict[str, set]]:
        """For each cluster holding a full name read on several sites: site → context
        tokens (initial keys of linked persons, organisation ids) read there.  The years
        its claims state on each site are kept in ``self.years`` (root → site → span)."""
        every = self.policy is HomonymPolicy.SPLIT
        candidates = {
            root for root, groups in members.items() if _suspect(groups, every or root in common)
        }
        by_root: dict[str, dict[str, set]] = {}
        if not candidates:
            return by_root
        for root in candidates:
            for group in members[root]:
                group.suspect = root
        find, site_of_source, org_of, years = self.uf.find, self.site, self.org_of, self.years
        last_source = site = None
        # Each claim's groups as read: no name is looked up again.
        for claim, subject, obj in zip(
            self.claims, self.subject_groups, self.object_groups, strict=True
        ):
            for group, other in ((subject, obj), (obj, subject)):
                if group is None:
                    continue
                root = group.suspect
                if root is None:
                    continue
                # Only what the page states about this person is its context: the persons
                # named with it, the organisations it is said to belong to (a student's
                # thesis university says nothing sure about each of the advisors).
                if other is not None:
                    token = other.ikey
                elif group is subject:
                    token = "o:" + org_of.get(claim[2], "")
                else:
                    continue
                source = claim[3]
                if source is not last_source:  # claims come page by page
                    last_source, site = source, site_of_source(source)
                by_site = by_root.get(root)
                if by_site is None:
                    by_site = by_root[root] = {}
                tokens = by_site.get(site)
                if tokens is None:
                    by_site[site] = {token}
                else:
                    tokens.add(token)
                for year in (claim[7], claim[8]):
                    if year is not None:
                        spans = years.get(root)
                        if spans is None:
                            spans = years[root] = {}
                        span = spans.get(site)
                        if span is None:
                            spans[site] = [year, year]
                        elif year < span[0]:
                            span[0] = year
                        elif year > span[1]:
                            span[1] = year
        # Sites where forms carrying one strong id were read are one person's contexts.
        for group in self.groups.values():
            if group.ids:
                by_site = by_root.get(find(group.key))
                if by_site is not None:
                    tokens = {f"id:{k}:{v}" for k, vs in group.ids.items() for v in vs}
                    for site in group.sites:
                        by_site.setdefault(site, set()).update(tokens)
        return {root: sites for root, sites in by_root.items() if len(sites) > 1}

    # -- output ----------------------------------------------------------------

    def persons(self) -> PersonResolution:
        members: dict[str, list[_Group]] = defaultdict(list)
        for key in self.groups:
            members[self.uf.find(key)].append(self.groups[key])
        node_of: dict[str, str] = {}
        local: dict[tuple[str, str], str] = {}
        persons: dict[str, Person] = {}
        # Which clusters hold namesakes is worked out on the second core while this
        # process makes every cluster's node as if none did; the few that do are then
        # made again.
        verdicts = _Verdicts(self, members)
        try:
            if verdicts.child is not None:
                made = self._add_nodes(members, sorted(members), node_of, local, persons)
            split, flagged = verdicts.result()
        finally:
            verdicts.close()
        if verdicts.forked:
            for root in flagged:
                made[root].homonym = True
            for root in sorted(split):
                del persons[made[root].id]
                for group in members[root]:
                    if group.full:
                        for form in group.forms:
                            del node_of[form]
                self._split_nodes(members[root], split[root], persons, local)
        else:
            for root in sorted(members):
                if root in split:
                    self._split_nodes(members[root], split[root], persons, local)
                else:
                    self._add_nodes(members, (root,), node_of, local, persons, flagged)
        return PersonResolution(node_of=node_of, local=local, persons=persons, site=self.site)

    def _add_nodes(
        self, members, roots, node_of, local, persons, flagged: set[str] = frozenset()
    ) -> dict[str, Person]:
        """Make one node for each cluster in ``roots`` and map its forms to it."""
        made = {}
        for root in roots:
            groups = members[root]
            made[root] = person = self._node(groups, homonym=root in flagged)
            persons[person.id] = person
            for group in groups:
                if group.full:
                    for form in group.forms:
                        node_of[form] = person.id
                else:
                    (site,) = group.sites or {""}
                    for form in group.forms:
                        local[(form, site)] = person.id
        return made

    def homonym_verdicts(
        self, members: dict[str, list[_Group]]
    ) -> tuple[dict[str, list[set[str]]], set[str]]:
        """Clusters to split into several persons (root → the sites of each) and clusters
        to flag as possible homonyms."""
        split: dict[str, list[set[str]]] = {}
        flagged: set[str] = set()
        common = self.common_roots(members) if self.policy is HomonymPolicy.BY_YEARS else set()
        for root, by_site in self.contexts(members, common).items():
            parts = _components(by_site)
            if len(parts) < 2:
                continue
            # A common name, or one that two doctorates show is borne by several people,
            # read in contexts that share nothing: as many people as contexts.
            shared = root in common or _doctorates(members[root]) > 1
            people = parts if shared else self._people_among(root, parts)
            if len(people) > 1:
                split[root] = people
            elif sum(1 for part in parts if _has_organisation(part, by_site)) > 1:
                # Unrelated contexts, each tied to its own organisations: possibly two
                # people.  Contexts without organisations are merely sparse, not suspect.
                flagged.add(root)
        return split, flagged

    def _node(
        self, groups: list[_Group], homonym: bool, forms: dict | None = None, salt: str = ""
    ) -> Person:
        info = self.info
        if len(groups) == 1:
            # Most persons: one group, often one form (the fast path of 300k nodes).
            group = groups[0]
            if forms is None:
                forms = group.forms  # read only below
            if len(forms) == 1:
                (best,) = forms
            else:
                best = _best_form(forms, info, group.full)
            found = info[best]
            key = found.key if group.full else group.key
            ids = {kind: min(values) for kind, values in group.ids.items()}
            merges = sorted(set(self.reasons[group.key])) if group.key in self.reasons else []
        else:
            if forms is None:
                forms = Counter()
                for group in groups:
                    forms.update(group.forms)
            full_forms = {f for g in groups if g.full for f in g.forms}
            best = _best_form(forms, info, full_forms)
            found = info[best]
            key = found.key if best in full_forms else min(g.key for g in groups)
            ids = {}
            for group in groups:
                for kind, values in group.ids.items():
                    ids.setdefault(kind, min(values))
            reasons = self.reasons
            merges = sorted({note for g in groups if g.key in reasons for note in reasons[g.key]})
        name = found.display
        aliases = list(forms)
        if name not in forms:
            aliases.append(name)
        aliases.sort()
        return Person(
            id=person_id(key, salt),
            name=name,
            aliases=aliases,
            ids=ids,
            homonym=homonym,
            merges=merges,
        )

    def _people_among(self, root: str, parts: list[set[str]]) -> list[set[str]]:
        """Group context components (sets of sites) into the persons they must be."""
        if self.policy is HomonymPolicy.FLAG:
            return [set().union(*parts)]
        if self.policy is HomonymPolicy.SPLIT:
            return parts
        # BY_YEARS: components join one person unless their years span more than a career.
        dated = self.years.get(root, {})
        spans = []
        undated: set[str] = set()
        for part in parts:
            known = [dated[s] for s in part if s in dated]
            if known:
                spans.append((min(y[0] for y in known), max(y[1] for y in known), part))
            else:
                undated |= part
        spans.sort(key=lambda span: (span[0], span[1], min(span[2])))
        people: list[list] = []  # [first year, last year, sites]
        for first, last, part in spans:
            for person in people:
                if max(last, person[1]) - min(first, person[0]) <= MAX_CAREER_YEARS:
                    person[0], person[1] = min(first, person[0]), max(last, person[1])
                    person[2] |= part
                    break
            else:
                people.append([first, last, set(part)])
        if not people:
            return [undated]
        # Undated mentions go with the person read most (the first era by sites).
        max(people, key=lambda p: (len(p[2]), -p[0]))[2].update(undated)
        return [person[2] for person in people]

    def _split_nodes(self, groups, parts, persons, local) -> None:
        """One node per person found among the namesakes (all flagged homonym); the one
        read most keeps the plain id."""
        # Sites where the name was read without any context token go with the largest part.
        leftover = {site for g in groups for site in g.sites} - set().union(*parts)
        if leftover:
            parts = [set(part) for part in parts]
            widest = min(parts, key=lambda part: (-len(part), min(part)))
            widest |= leftover
        read_at: dict[str, list[int]] = defaultdict(list)  # site → groups read there
        for index, group in enumerate(groups):
            for site in group.sites:
                read_at[site].append(index)
        mentions: list[tuple[int, str, Counter, list[_Group]]] = []
        for part in parts:
            members = [groups[i] for i in sorted({i for s in part for i in read_at[s]})]
            forms: Counter = Counter()
            for group in members:
                forms.update(group.forms)  # per-site counts are not kept: an estimate
            mentions.append((sum(forms.values()), min(part), forms, members))
        order = sorted(range(len(parts)), key=lambda i: (-mentions[i][0], mentions[i][1]))
        for rank, index in enumerate(order):
            part = parts[index]
            _, first_site, forms, members = mentions[index]
            person = self._node(
                members, homonym=True, forms=forms, salt="" if rank == 0 else first_site
            )
            persons[person.id] = person
            for group in members:
                for form in group.forms:
                    for site in group.sites & part:
                        local[(form, site)] = person.id


def _shared_context(a: _Cluster, b: _Cluster) -> list[Evidence]:
    """What two clusters (everything merged into each so far) have in common; a co-author
    is shared only when it is neither of the two persons themselves."""
    found = []
    if not a.sites.isdisjoint(b.sites):
        found.append(Evidence.SITE)
    both = a.circle & b.circle
    if both and not both <= (a.ikeys | b.ikeys):
        found.append(Evidence.COAUTHOR)
    if not a.orgs.isdisjoint(b.orgs):
        found.append(Evidence.ORGANISATION)
    return found


def _linked(a: _Cluster, b: _Cluster) -> bool:
    """Named together in one claim (co-authors, student and advisor): two people."""
    return not a.keys.isdisjoint(b.neighbours) or not b.keys.isdisjoint(a.neighbours)


def _ids_clash(a: _Cluster, b: _Cluster) -> bool:
    """Both carry an id of one type, with no value in common: two people."""
    ib = b.ids
    return any(kind in ib and not (values & ib[kind]) for kind, values in a.ids.items())


def _context_tokens(sites: Iterable[str], circle: Iterable[str], orgs: Iterable[str]):
    yield from ("s:" + site for site in sites)
    yield from ("c:" + ikey for ikey in circle)
    yield from ("o:" + org for org in orgs)


def _suspect(groups: list[_Group], every: bool = False) -> bool:
    """Whether a cluster might hold namesakes: a full name read on several sites, with
    years too far apart for one career or at least two organisations (``every``: any
    full name read on several sites)."""
    if not any(g.full for g in groups):
        return False
    if len(groups) == 1:
        group = groups[0]
        if len(group.sites) < 2:
            return False
        span = (group.last - group.first) if group.first is not None else 0
        return every or span > MAX_CAREER_YEARS or len(group.orgs) > 1 or _doctorates(groups) > 1
    if len({site for g in groups for site in g.sites}) < 2:
        return False
    if every or _doctorates(groups) > 1:
        return True
    firsts = [g.first for g in groups if g.first is not None]
    lasts = [g.last for g in groups if g.last is not None]
    if firsts and max(lasts) - min(firsts) > MAX_CAREER_YEARS:
        return True
    return len({org for g in groups for org in g.orgs}) > 1


def _doctorates(groups: Iterable[_Group]) -> int:
    """How many different doctorates the groups' claims state (a person defends one)."""
    years = sorted({year for g in groups if g.theses for year in g.theses})
    if not years:
        return 0
    return 1 + sum(1 for a, b in itertools.pairwise(years) if b - a > THESIS_YEAR_SLACK)


def _has_organisation(sites: set[str], by_site: Mapping[str, set]) -> bool:
    return any(token.startswith("o:") for site in sites for token in by_site[site])


def _components(by_site: Mapping[str, set]) -> list[set[str]]:
    """Sites grouped into connected components, two sites joined when contexts intersect."""
    uf = UnionFind()
    owner: dict[str, str] = {}
    for site in sorted(by_site):
        uf.find(site)
        for token in by_site[site]:
            if token in owner:
                uf.union(owner[token], site)
            else:
                owner[token] = site
    parts: dict[str, set[str]] = defaultdict(set)
    for site in by_site:
        parts[uf.find(site)].add(site)
    return sorted(parts.values(), key=min)


def resolve_persons(
    claims: Iterable[Claim | ClaimRow],
    org_of: Mapping[str, str] | None = None,
    *,
    identities: Mapping[str, Mapping[str, str]] | None = None,
    site: Callable[[str], str] | Mapping[str, str] | None = None,
    homonyms: HomonymPolicy = HomonymPolicy.BY_YEARS,
    forms: FormParser | None = None,
) -> PersonResolution:
    """Resolve every person named by ``claims`` into nodes.

    ``org_of`` maps organisation surface forms to organisation node ids (shared
    organisations are context).  ``identities`` maps a surface form to strong ids read for
    it (``{"Ada Quill": {"orcid": "0000-…"}}``) — the hook for extractors that read ORCID,
    IdRef, HAL, DBLP, Scholar, MGP, Wikidata ids or homepages.  ``site`` maps a source to
    its site (default: :func:`site_map` of the claims' sources).  ``forms``: the person
    forms already being parsed (:class:`FormParser`), read before resolving.

    >>> from crawler.claims import Claim
    >>> claims = [
    ...     Claim("Ada QUILL", "coauthor", "Zed Marlow", "https://a.example/", "", "t"),
    ...     Claim("A. Quill", "coauthor", "Zed Marlow", "https://b.example/", "", "t"),
    ... ]
    >>> result = resolve_persons(claims)
    >>> result.node_for("A. Quill", "https://b.example/") == result.node_of["Ada QUILL"]
    True
    >>> result.persons[result.node_of["Ada QUILL"]].name
    'Ada Quill'
    """
    rows = [claim if type(claim) is ClaimRow else ClaimRow.of(claim) for claim in claims]
    return resolve_rows(
        rows, org_of, identities=identities, site=site, homonyms=homonyms, forms=forms
    )


def resolve_rows(
    claims: Sequence[ClaimRow],
    org_of: Mapping[str, str] | None = None,
    *,
    identities: Mapping[str, Mapping[str, str]] | None = None,
    site: Callable[[str], str] | Mapping[str, str] | None = None,
    homonyms: HomonymPolicy = HomonymPolicy.BY_YEARS,
    forms: FormParser | None = None,
) -> PersonResolution:
    """:func:`resolve_persons` of claims already made :class:`ClaimRow` (the build's)."""
    if site is None:
        site = site_map(claim.source for claim in claims)
    # The resolver reads only the claims' own sources: a plain lookup is enough (and fast).
    site_of_source = site.__getitem__ if isinstance(site, Mapping) else site
    known = None if forms is None else forms.result()
    resolver = _Resolver(claims, org_of or {}, site_of_source, identities, homonyms, known)
    resolver.read()
    resolver.merge_strong_ids()
    resolver.merge_name_order()
    resolver.merge_typos()
    resolver.merge_initials()
    resolver.merge_local_initials()
    result = resolver.persons()
    if isinstance(site, Mapping):
        mapping = site

        def any_site(source: str) -> str:  # node_for may be asked about other pages
            found = mapping.get(source)
            return site_of(source) if found is None else found

        result.site = any_site
    return result
