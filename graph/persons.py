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
5. **Initials.** "S. Vaiter" resolves to the ONE compatible full name that shares context
   with it (site, co-author circle, organisation).  Several candidates, or none with
   context, leave the initial form its own node: "T. Le" may be three people.

Two forms linked by a claim (co-authors of one paper) are never merged.  One full name
whose mentions fall into contexts that share nothing (no site, co-author or
organisation in common) stays ONE node flagged ``homonym=True``: splitting on sparse
context would cut real people in two far more often than it would separate namesakes, and
the flag lets a reader review it.

Cost: every comparison happens inside a block (same initial key, same site bucket), never
across all pairs, so resolution grows as n log n.
"""

from __future__ import annotations

import hashlib
import re
from collections import Counter, defaultdict
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from enum import StrEnum
from urllib.parse import urlsplit

from rapidfuzz.fuzz import ratio

from crawler.claims import Claim, EntityKind
from crawler.names import clean_name, compatible, fold, initial_key, name_key, parse_name

#: Strong identifier types a person may carry (keys of the node attribute ``ids``).
STRONG_IDS = ("orcid", "idref", "hal", "dblp", "scholar", "mgp", "wikidata", "homepage")

#: rapidfuzz ratio (0–100) above which two full names may be one name with a typo.
TYPO_RATIO = 90.0
#: Shortest folded name considered for typo merges (short names differ by one letter).
TYPO_MIN_LENGTH = 9
#: Above this many forms in one site bucket, typo comparison looks at sorted neighbours.
TYPO_BUCKET_LIMIT = 64


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


def site_of(source: str) -> str:
    """The site a source belongs to: scheme+host(+/~user/) for URLs, the file for paths.

    Local files are their own site because one folder may hold many people's pages.

    >>> site_of("https://lab.example.org/~ada/cv.html")
    'https://lab.example.org/~ada/'
    >>> site_of("https://ada.example.io/publications/")
    'https://ada.example.io'
    """
    if "://" not in source:
        return source
    parts = urlsplit(source)
    first = parts.path.lstrip("/").split("/", 1)[0]
    if first.startswith("~"):
        return f"{parts.scheme}://{parts.netloc}/{first}/"
    return f"{parts.scheme}://{parts.netloc}"


def person_id(key: str) -> str:
    """Stable, short, IRI-safe node id derived from a person's canonical key."""
    slug = re.sub(r"[^a-z0-9]+", "-", fold(key).encode("ascii", "ignore").decode()).strip("-")
    digest = hashlib.blake2b(key.encode(), digest_size=4).hexdigest()
    return f"p-{slug[:40].rstrip('-') or 'x'}-{digest}"


@dataclass(slots=True)
class Person:
    """One resolved person node."""

    id: str
    name: str
    aliases: list[str]
    ids: dict[str, str] = field(default_factory=dict)
    homonym: bool = False
    merges: list[str] = field(default_factory=list)  # "rule: form → form (evidence)"


@dataclass(slots=True)
class PersonResolution:
    """Surface form → node id, and the nodes."""

    node_of: dict[str, str]
    persons: dict[str, Person]


@dataclass(slots=True)
class _Group:
    """All forms with one name key, and the context they were read in."""

    key: str
    ikey: str
    full: bool
    forms: Counter = field(default_factory=Counter)
    sites: set = field(default_factory=set)
    orgs: set = field(default_factory=set)
    neighbours: set = field(default_factory=set)  # name keys of linked persons
    circle: set = field(default_factory=set)  # initial keys of linked persons
    ids: dict = field(default_factory=dict)


class _UnionFind:
    def __init__(self):
        self.parent: dict[str, str] = {}

    def find(self, item: str) -> str:
        parent = self.parent
        root = item
        while parent.get(root, root) != root:
            root = parent[root]
        while item != root:
            item, parent[item] = parent.get(item, item), root
        return root

    def union(self, a: str, b: str) -> str:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Deterministic: the smaller key becomes the root.
            ra, rb = min(ra, rb), max(ra, rb)
            self.parent[rb] = ra
        return ra


def _display_score(form: str, full: bool) -> tuple:
    """Fullest well-formed form first: full given name, accents, mixed case, length."""
    letters = [c for c in form if c.isalpha()]
    accents = sum(1 for c in letters if not c.isascii())
    shouting = any(len(t) > 1 and t.isupper() for t in form.split())
    return (full, not shouting, accents, len(form))


class _Resolver:
    def __init__(
        self,
        claims: Sequence[Claim],
        org_of: Mapping[str, str],
        site: Callable[[str], str],
        identities: Mapping[str, Mapping[str, str]] | None,
    ):
        self.claims = claims
        self.org_of = org_of
        self.site = site
        self.identities = identities or {}
        self.key_of: dict[str, str] = {}
        self.groups: dict[str, _Group] = {}
        self.uf = _UnionFind()
        self.reasons: dict[str, list[str]] = defaultdict(list)

    # -- reading ---------------------------------------------------------------

    def _group_of(self, form: str) -> _Group | None:
        key = self.key_of.get(form)
        if key is None:
            parsed = parse_name(form, allow_single=True)
            key = fold(parsed.display) if parsed else name_key(form)
            self.key_of[form] = key
            if key and key not in self.groups:
                full = bool(parsed and parsed.given and not parsed.initials_only)
                ikey = initial_key(parsed) if parsed else key
                self.groups[key] = _Group(key=key, ikey=ikey, full=full)
        return self.groups.get(key) if key else None

    def read(self) -> None:
        person = EntityKind.PERSON
        site_cache: dict[str, str] = {}
        for claim in self.claims:
            source = claim.source
            site = site_cache.get(source)
            if site is None:
                site = site_cache[source] = self.site(source)
            subject = self._group_of(claim.subject) if claim.subject_kind is person else None
            obj = self._group_of(claim.object) if claim.object_kind is person else None
            if subject is not None:
                subject.forms[claim.subject] += 1
                subject.sites.add(site)
            if obj is not None:
                obj.forms[claim.object] += 1
                obj.sites.add(site)
            if subject is not None and obj is not None:
                subject.neighbours.add(obj.key)
                subject.circle.add(obj.ikey)
                obj.neighbours.add(subject.key)
                obj.circle.add(subject.ikey)
            elif subject is not None:
                org = self.org_of.get(claim.object)
                if org:
                    subject.orgs.add(org)
        for form, ids in self.identities.items():
            group = self._group_of(form)
            if group is not None:
                group.forms[form] += 0
                for kind, value in ids.items():
                    if value:
                        group.ids.setdefault(kind, set()).add(str(value))

    # -- rules -----------------------------------------------------------------

    def _linked(self, a: _Group, b: _Group) -> bool:
        return b.key in a.neighbours or a.key in b.neighbours

    def _ids_clash(self, a: _Group, b: _Group) -> bool:
        return any(kind in b.ids and not (values & b.ids[kind]) for kind, values in a.ids.items())

    def _merge(self, a: _Group, b: _Group, rule: MergeRule, why: str = "") -> None:
        if self.uf.find(a.key) == self.uf.find(b.key):
            return
        self.uf.union(a.key, b.key)
        form_a, form_b = a.forms.most_common(1)[0][0], b.forms.most_common(1)[0][0]
        note = f"{rule}: {form_a} ~ {form_b}" + (f" ({why})" if why else "")
        self.reasons[a.key].append(note)
        self.reasons[b.key].append(note)

    def _shared_context(self, a: _Group, b: _Group) -> list[Evidence]:
        found = []
        if a.sites & b.sites:
            found.append(Evidence.SITE)
        circle = (a.circle - {a.ikey, b.ikey}) & (b.circle - {a.ikey, b.ikey})
        if circle:
            found.append(Evidence.COAUTHOR)
        if a.orgs & b.orgs:
            found.append(Evidence.ORGANISATION)
        return found

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
            form = group.forms.most_common(1)[0][0]
            parsed = parse_name(form)
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
        """Resolve each initial form to the ONE compatible full name it shares context with."""
        full_by_ikey: dict[str, list[_Group]] = defaultdict(list)
        for group in self.groups.values():
            if group.full:
                full_by_ikey[group.ikey].append(group)
        for group in sorted(self.groups.values(), key=lambda g: g.key):
            if group.full or not group.ikey or group.ikey == group.key.split()[-1]:
                continue  # full names, and lone family names ("Le") that no rule may place
            candidates = full_by_ikey.get(group.ikey, ())
            if not candidates:
                continue
            form = group.forms.most_common(1)[0][0]
            supported: dict[str, tuple[_Group, list[Evidence]]] = {}
            for candidate in candidates:
                if self._linked(group, candidate) or self._ids_clash(group, candidate):
                    continue
                if not compatible(form, candidate.forms.most_common(1)[0][0]):
                    continue
                evidence = self._shared_context(group, candidate)
                if evidence:
                    supported.setdefault(self.uf.find(candidate.key), (candidate, evidence))
            if len(supported) == 1:
                candidate, evidence = next(iter(supported.values()))
                self._merge(group, candidate, MergeRule.INITIALS, ", ".join(evidence))

    # -- output ----------------------------------------------------------------

    def homonyms(self, members: dict[str, list[_Group]]) -> set[str]:
        """Roots whose full name is read in contexts that share nothing."""
        candidates = {
            root
            for root, groups in members.items()
            if any(g.full for g in groups) and sum(len(g.sites) for g in groups) > 1
        }
        if not candidates:
            return set()
        person = EntityKind.PERSON
        contexts: dict[str, dict[str, set]] = defaultdict(lambda: defaultdict(set))
        for claim in self.claims:
            pairs = []
            if claim.subject_kind is person:
                pairs.append((claim.subject, claim.object, claim.object_kind is person))
            if claim.object_kind is person:
                pairs.append((claim.object, claim.subject, claim.subject_kind is person))
            for form, other, other_is_person in pairs:
                key = self.key_of.get(form)
                if not key:
                    continue
                root = self.uf.find(key)
                if root not in candidates:
                    continue
                if other_is_person:
                    other_group = self.groups.get(self.key_of.get(other, ""))
                    token = "p:" + (other_group.ikey if other_group else fold(other))
                else:
                    token = "o:" + self.org_of.get(other, other)
                contexts[root][self.site(claim.source)].add(token)
        flagged = set()
        for root, by_site in contexts.items():
            if len(by_site) > 1 and _components(by_site) > 1:
                flagged.add(root)
        return flagged

    def persons(self) -> PersonResolution:
        members: dict[str, list[_Group]] = defaultdict(list)
        for key in self.groups:
            members[self.uf.find(key)].append(self.groups[key])
        homonyms = self.homonyms(members)
        node_of: dict[str, str] = {}
        persons: dict[str, Person] = {}
        for root, groups in members.items():
            forms: Counter = Counter()
            for group in groups:
                forms.update(group.forms)
            full_keys = {g.key for g in groups if g.full}
            displays = {}
            for form in forms:
                display = clean_name(form, allow_single=True) or " ".join(form.split())
                full = self.key_of[form] in full_keys
                displays[form] = (display, full)
            best = max(
                forms,
                key=lambda f: (_display_score(*displays[f]), forms[f], displays[f][0]),
            )
            name = displays[best][0]
            node = person_id(self.key_of[best])
            ids: dict[str, str] = {}
            for group in groups:
                for kind, values in group.ids.items():
                    ids.setdefault(kind, sorted(values)[0])
            merges = sorted({note for g in groups for note in self.reasons.get(g.key, ())})
            persons[node] = Person(
                id=node,
                name=name,
                aliases=sorted(set(forms) | {name}),
                ids=ids,
                homonym=root in homonyms,
                merges=merges,
            )
            for form in forms:
                node_of[form] = node
        return PersonResolution(node_of=node_of, persons=persons)


def _components(by_site: Mapping[str, set]) -> int:
    """Connected components of sites, two sites joined when their contexts intersect."""
    uf = _UnionFind()
    owner: dict[str, str] = {}
    for site, tokens in by_site.items():
        uf.find(site)
        for token in tokens:
            if token in owner:
                uf.union(owner[token], site)
            else:
                owner[token] = site
    return len({uf.find(site) for site in by_site})


def resolve_persons(
    claims: Iterable[Claim],
    org_of: Mapping[str, str] | None = None,
    *,
    identities: Mapping[str, Mapping[str, str]] | None = None,
    site: Callable[[str], str] = site_of,
) -> PersonResolution:
    """Resolve every person named by ``claims`` into nodes.

    ``org_of`` maps organisation surface forms to organisation node ids (shared
    organisations are context).  ``identities`` maps a surface form to strong ids read for
    it (``{"Ada Quill": {"orcid": "0000-…"}}``) — the hook for extractors that read ORCID,
    IdRef, HAL, DBLP, Scholar, MGP, Wikidata ids or homepages.

    >>> from crawler.claims import Claim
    >>> claims = [
    ...     Claim("Ada QUILL", "coauthor", "Zed Marlow", "https://a.example/", "", "t"),
    ...     Claim("A. Quill", "coauthor", "Zed Marlow", "https://b.example/", "", "t"),
    ... ]
    >>> result = resolve_persons(claims)
    >>> result.node_of["A. Quill"] == result.node_of["Ada QUILL"]
    True
    >>> result.persons[result.node_of["A. Quill"]].name
    'Ada Quill'
    """
    claims = claims if isinstance(claims, Sequence) else list(claims)
    resolver = _Resolver(claims, org_of or {}, site, identities)
    resolver.read()
    resolver.merge_strong_ids()
    resolver.merge_name_order()
    resolver.merge_typos()
    resolver.merge_initials()
    return resolver.persons()
