"""Claims → one resolved ``networkx.MultiDiGraph``: nodes are real persons and
organisations, edges keep every claim that supports them.

Graph shape (everyone downstream reads it):

- node ids: stable, short, ASCII, IRI-safe (``p-ada-quill-1a2b3c4d``, ``o-…``);
- node attrs: ``kind`` ("person"|"organisation"), ``name`` (canonical), ``aliases``,
  ``ids`` (dict), ``homonym`` (bool), ``sources`` (URLs); persons add ``merges`` (why forms
  were merged), organisations ``type``/``country`` when the alias file knows them.  Two
  person nodes may share a name: namesakes split by years (both ``homonym=True``) and
  initial forms that no evidence resolves ("T. Le" on two unrelated sites);
- edge u→v in claim direction, key = relation value (``coauthor`` once per pair, u < v);
  attrs ``relation``, ``start``, ``end``, ``confidence`` (noisy-or over independent
  sites), ``conflict`` (bool) + ``conflict_reason``, ``claims`` (list of dicts with
  ``claim_id``, ``subject``, ``object``, ``source``, ``evidence``, ``extractor``,
  ``confidence``, ``start``, ``end``, ``retrieved``), and ``reference`` (True on ``part_of``
  edges that come from the alias file rather than from a page).
"""

from __future__ import annotations

import gc
import hashlib
from array import array
from collections import defaultdict
from collections.abc import Iterable, Mapping
from datetime import UTC, datetime
from functools import partial
from pathlib import Path

import networkx as nx

from crawler.claims import Claim, EntityKind, Family, Relation
from crawler.store import ClaimStore
from graph.organisations import CURATED_ALIASES, OrgDirectory, resolve_organisations
from graph.persons import ClaimRow, FormParser, resolve_rows, site_map

GRAPH_FORMAT = 1
SUPERVISION = frozenset(r.value for r in Relation if r.family is Family.SUPERVISION)
#: Relations whose years describe one event (a thesis, a jury): two years disagree.
ONE_EVENT = frozenset(r.value for r in Relation if r.family is Family.JURY)
SYMMETRIC = frozenset(r.value for r in Relation if r.symmetric)
_blake2b = hashlib.blake2b
#: Names quoted in an advisor-cycle conflict (a false merge can make cycles of thousands).
CYCLE_NAMES_SHOWN = 6
ALIAS_FILE_SOURCE = f"alias-file:{CURATED_ALIASES.name}"


def claim_id(claim: Claim) -> str:
    """Stable id of a claim: the same statement on the same page gets the same id
    (a hash of :attr:`Claim.key`, spelled out here because it runs once per claim)."""
    subject, obj = claim.subject, claim.object
    relation = claim.relation.value
    if relation in SYMMETRIC and obj < subject:
        subject, obj = obj, subject
    start = "" if claim.start is None else claim.start
    end = "" if claim.end is None else claim.end
    text = f"{subject}\x1f{relation}\x1f{obj}\x1f{start}\x1f{end}\x1f{claim.source}"
    return _blake2b(text.encode(), digest_size=8).hexdigest()


#: Claims whose ids go in one string (hex digits run on), handed over at a time.
CLAIM_ID_CHUNK = 4096


def _claim_ids(rows: list[ClaimRow]) -> list[str]:
    """:func:`claim_id` of every row, as strings of :data:`CLAIM_ID_CHUNK` ids each run on
    (16 hex digits per id): pure work the build's helper process does while this one
    resolves persons, handed back in a few large strings."""
    chunks = []
    blake2b, symmetric = _blake2b, SYMMETRIC
    for begin in range(0, len(rows), CLAIM_ID_CHUNK):
        digests = []
        for subject, relation, obj, source, _, _, _, start, end, _, _ in rows[
            begin : begin + CLAIM_ID_CHUNK
        ]:
            if relation in symmetric and obj < subject:
                subject, obj = obj, subject
            text = (
                f"{subject}\x1f{relation}\x1f{obj}\x1f{'' if start is None else start}"
                f"\x1f{'' if end is None else end}\x1f{source}"
            )
            digests.append(blake2b(text.encode(), digest_size=8).digest())
        chunks.append(b"".join(digests).hex())
    return chunks


def _iso(timestamp: float | None) -> str | None:
    if timestamp is None:
        return None
    return datetime.fromtimestamp(timestamp, UTC).isoformat(timespec="seconds")


def build_graph(
    claims: Iterable[Claim],
    *,
    retrieved: Mapping[str, str | None] | None = None,
    directory: OrgDirectory | None = None,
    identities: Mapping[str, Mapping[str, str]] | None = None,
) -> nx.MultiDiGraph:
    """Resolve persons and organisations and build the graph.

    ``retrieved`` maps a source to its crawl time (ISO), copied into each claim dict;
    ``directory`` is the organisation alias directory (default: the curated file);
    ``identities`` maps a person surface form to strong ids (see
    :func:`graph.persons.resolve_persons`).

    Examples
    --------
    >>> from crawler.claims import Claim
    >>> G = build_graph([
    ...     Claim("Ada Quill", "advisor_phd", "Zed Marlow", "https://a.example/", "…", "t"),
    ...     Claim("Ada Quill", "employed_at", "UGA", "https://a.example/", "…", "t"),
    ... ])
    >>> sorted(G.nodes[n]["name"] for n in G)
    ['Ada Quill', 'Université Grenoble Alpes', 'Zed Marlow']
    >>> sorted(d["relation"] for _, _, d in G.edges(data=True))
    ['advisor_phd', 'employed_at']
    """
    # Millions of small dicts and no reference cycles: the cyclic GC would only rescan them.
    gc_was_enabled = gc.isenabled()
    gc.disable()
    try:
        return _build(claims, {} if retrieved is None else retrieved, directory, identities)
    finally:
        if gc_was_enabled:
            gc.enable()


def _compact(
    claims: Iterable[Claim],
) -> tuple[list[ClaimRow], set[str], set[str], set[str], bool]:
    """Claims → compact rows, the organisation forms, the sources, the person forms and
    whether each source's claims come in one run, in one pass.

    A 300k-person world has 1.5 M claims but far fewer distinct names, pages and
    sentences: sharing one string object per distinct text (and not holding the caller's
    claim objects, when it streams them) is what keeps the build's memory in bounds.
    """
    shared: dict = {}
    share = shared.setdefault
    years: dict[int, int] = {}
    year = years.setdefault
    value_of = {relation: relation.value for relation in Relation}
    organisation = EntityKind.ORGANISATION
    person = EntityKind.PERSON
    org_forms: set[str] = set()
    person_forms: set[str] = set()
    sources: set[str] = set()
    runs = 0  # runs of claims from one source: as many as sources when pages come whole
    rows: list[ClaimRow] = []
    append = rows.append
    new = tuple.__new__
    # A page's claims come together and often share their sentence: a text equal to the
    # previous claim's is that claim's shared object, without a look-up.
    read_source = read_evidence = read_extractor = None
    source = evidence = extractor = None
    for claim in claims:
        subject, obj = claim.subject, claim.object
        subject, obj = share(subject, subject), share(obj, obj)
        text = claim.source
        if text != read_source:
            read_source = text
            source = share(text, text)
            sources.add(source)
            runs += 1
        text = claim.evidence
        if text != read_evidence:
            read_evidence = text
            evidence = share(text, text)
        text = claim.extractor
        if text != read_extractor:
            read_extractor = text
            extractor = share(text, text)
        start, end = claim.start, claim.end
        if type(start) is int:
            start = year(start, start)
        if type(end) is int:
            end = year(end, end)
        subject_kind, object_kind = claim.subject_kind, claim.object_kind
        if subject_kind is organisation:
            org_forms.add(subject)
        elif subject_kind is person:
            person_forms.add(subject)
        if object_kind is organisation:
            org_forms.add(obj)
        elif object_kind is person:
            person_forms.add(obj)
        append(
            new(
                ClaimRow,
                (
                    subject,
                    value_of[claim.relation],
                    obj,
                    source,
                    evidence,
                    extractor,
                    claim.confidence,
                    start,
                    end,
                    subject_kind,
                    object_kind,
                ),
            )
        )
    return rows, org_forms, sources, person_forms, runs == len(sources)


def _build(claims, retrieved, directory, identities) -> nx.MultiDiGraph:
    directory = directory or OrgDirectory.default()
    claims, org_forms, all_sources, person_forms, grouped = _compact(claims)
    # Names parse on the second core while this one resolves organisations and sites;
    # then that core hashes the claim ids while this one resolves persons.
    parser = FormParser(person_forms, then=partial(_claim_ids, claims))
    del person_forms
    try:
        orgs = resolve_organisations(org_forms, directory)
        sites = site_map(all_sources)
        # One look-up per page, not per claim (``retrieved`` may read the store on demand).
        retrieved_at = {source: retrieved.get(source) for source in all_sources}
        del all_sources, org_forms
        persons = resolve_rows(
            claims, orgs.node_of, identities=identities, site=sites, forms=parser
        )

        G = nx.MultiDiGraph()
        # Nodes first (sorted ids), their sources filled in once every claim is read: the
        # edges then go straight into the adjacency, in claim order.  Nodes and edges are
        # written where ``add_nodes_from``/``add_edge`` put them, without their per-item
        # checks and attribute copies (seconds at a million claims); every id is new.
        succ, pred, attrs_of = G._succ, G._pred, G._node
        for entities in (persons.persons, orgs.organisations):
            for node, entity in sorted(entities.items()):
                succ[node], pred[node] = {}, {}
                attrs_of[node] = entity.node_attrs([])
        ids = parser.then_result()
    finally:
        parser.close()  # (a no-op once its results are read)
    person, person_of, local, org_of = (
        EntityKind.PERSON,
        persons.node_of,
        persons.local,
        orgs.node_of,
    )
    # An edge as ``MultiDiGraph.add_edge`` writes it: succ[u][v] and pred[v][u] share
    # one key dict.
    symmetric, supervision_relations = SYMMETRIC, SUPERVISION
    supervision: list[tuple[str, str, str]] = []
    several: list[dict] = []  # edges read more than once: years etc. combined
    # The hot loop of the build (once per claim): locals on purpose.
    n_claims = len(claims)
    page = site = retrieved_here = None
    on_page: set[str] = set()
    for begin in range(0, n_claims, CLAIM_ID_CHUNK):
        hexes = ids[begin // CLAIM_ID_CHUNK]  # this chunk's claim ids, hex digits run on
        ids[begin // CLAIM_ID_CHUNK] = None
        at = -16
        for index in range(begin, min(begin + CLAIM_ID_CHUNK, n_claims)):
            at += 16
            (
                subject,
                relation,
                obj,
                source,
                evidence,
                extractor,
                confidence,
                start,
                end,
                subject_kind,
                object_kind,
            ) = claims[index]
            claims[index] = None  # read once: its memory goes to the graph being built
            if source is not page:  # claims come page by page: page facts looked up once
                for node in on_page:
                    attrs_of[node]["sources"].append(page)
                page, site, retrieved_here, on_page = (
                    source,
                    sites[source],
                    retrieved_at[source],
                    set(),
                )
            if subject_kind is person:
                u = person_of.get(subject) or local.get((subject, site))
            else:
                u = org_of.get(subject)
            if object_kind is person:
                v = person_of.get(obj) or local.get((obj, site))
            else:
                v = org_of.get(obj)
            if u is None or v is None or u == v:
                continue  # an unreadable name, or a claim about one entity with itself
            if relation in symmetric and v < u:
                u, v = v, u
            on_page.add(u)
            on_page.add(v)
            row = {
                "claim_id": hexes[at : at + 16],
                "subject": subject,
                "object": obj,
                "source": source,
                "evidence": evidence,
                "extractor": extractor,
                "confidence": confidence,
                "start": start,
                "end": end,
                "retrieved": retrieved_here,
            }
            keys = succ[u].get(v)
            if keys is None:
                succ[u][v] = pred[v][u] = keys = {}
            data = keys.get(relation)
            if data is None:
                keys[relation] = {
                    "relation": relation,
                    "start": start,
                    "end": end,
                    "confidence": confidence,
                    "conflict": False,
                    "conflict_reason": "",
                    "claims": [row],
                }
                if relation in supervision_relations:
                    supervision.append((u, v, relation))
            else:
                rows = data["claims"]
                if len(rows) == 1:
                    several.append(data)
                rows.append(row)
    for node in on_page:
        attrs_of[node]["sources"].append(page)
    # Mention → node maps are done with: their memory goes to what follows.
    persons.node_of, persons.local = {}, {}
    del person_of, local, claims
    for attrs in attrs_of.values():
        found = attrs["sources"]
        if len(found) > 1:
            if not grouped:  # a page read in several runs was listed once per run
                found[:] = set(found)
            found.sort()
    for data in several:
        relation, rows = data["relation"], data["claims"]
        data["start"], data["end"] = _years(relation, rows)
        data["confidence"] = _combined_confidence(rows, sites)
        reason = _year_conflict(relation, rows)
        data["conflict"], data["conflict_reason"] = bool(reason), reason
    del several
    _add_reference_hierarchy(G, orgs)
    _mark_advisor_set_conflicts(G, supervision)
    _mark_advisor_cycles(G, supervision)
    G.graph.update(
        format=GRAPH_FORMAT,
        persons=len(persons.persons),
        organisations=G.number_of_nodes() - len(persons.persons),
        claims=n_claims,
    )
    return G


def _combined_confidence(rows: list[dict], sites: Mapping[str, str]) -> float:
    """Noisy-or over independent sites; pages of one site count once (their best claim)."""
    if len(rows) == 1:
        return rows[0]["confidence"]
    best: dict[str, float] = {}
    for row in rows:
        site = sites[row["source"]]
        best[site] = max(best.get(site, 0.0), row["confidence"])
    miss = 1.0
    for confidence in best.values():
        miss *= 1.0 - confidence
    return round(1.0 - miss, 6)


def _years(relation: str, rows: list[dict]) -> tuple[int | None, int | None]:
    """One event: the best-supported year; a period: earliest start, latest end."""
    if len(rows) == 1:
        return rows[0]["start"], rows[0]["end"]
    starts = [r["start"] for r in rows if r["start"] is not None]
    ends = [r["end"] for r in rows if r["end"] is not None]
    if relation in ONE_EVENT:
        return _best_supported(starts, rows, "start"), _best_supported(ends, rows, "end")
    end = max(ends) if ends else None
    if end is not None and any(r["end"] is None and (r["start"] or 0) >= end for r in rows):
        # "associate professor 2004–2010, professor since 2010": the position is still held
        end = None
    return (min(starts) if starts else None), end


def _best_supported(values: list[int], rows: list[dict], field: str) -> int | None:
    if not values:
        return None
    weight: dict[int, float] = defaultdict(float)
    for row in rows:
        if row[field] is not None:
            weight[row[field]] += row["confidence"]
    return min(weight, key=lambda year: (-weight[year], year))


def _year_conflict(relation: str, rows: list[dict]) -> str:
    """Say why the years of one edge's claims disagree ('' when they do not)."""
    if relation == Relation.COAUTHOR.value or len(rows) < 2:
        return ""
    periods = sorted({(r["start"], r["end"]) for r in rows}, key=str)
    if relation in ONE_EVENT:
        starts = sorted({p[0] for p in periods if p[0] is not None})
        ends = sorted({p[1] for p in periods if p[1] is not None})
        parts = []
        if len(starts) > 1:
            parts.append("start years differ: " + ", ".join(map(str, starts)))
        if len(ends) > 1:
            parts.append("end years differ: " + ", ".join(map(str, ends)))
        return "; ".join(parts)
    # Periods (a thesis, a postdoc, a position): two separate stints are fine, and so is a
    # single year named inside a period ("Postdoc 2024" vs "2024–2025"); overlapping
    # periods that disagree on a year are one position told two ways.
    for i, (s1, e1) in enumerate(periods):
        for s2, e2 in periods[i + 1 :]:
            if not _overlap(s1, e1, s2, e2):
                continue
            if _within(s1, e1, s2, e2) or _within(s2, e2, s1, e1):
                continue
            if (e1 is not None and e1 == s2 != s1) or (e2 is not None and e2 == s1 != s2):
                continue  # one position after the other: "2004–2010", then "since 2010"
            if (s1 is not None and s2 is not None and s1 != s2) or (
                e1 is not None and e2 is not None and e1 != e2
            ):
                return f"overlapping periods disagree: {_period(s1, e1)} vs {_period(s2, e2)}"
    return ""


def _within(s1, e1, s2, e2) -> bool:
    """Whether the single year s1 == e1 lies inside the period s2–e2 (open ends allowed)."""
    if s1 is None or s1 != e1:
        return False
    return (s2 is None or s2 <= s1) and (e2 is None or s1 <= e2)


def _period(start: int | None, end: int | None) -> str:
    return f"{start if start is not None else '?'}–{end if end is not None else '?'}"


def _overlap(s1, e1, s2, e2) -> bool:
    lo1, hi1 = (s1 if s1 is not None else e1), (e1 if e1 is not None else 10_000)
    lo2, hi2 = (s2 if s2 is not None else e2), (e2 if e2 is not None else 10_000)
    if lo1 is None or lo2 is None:
        return False
    return lo1 <= hi2 and lo2 <= hi1


def _flag(G: nx.MultiDiGraph, u: str, v: str, key: str, reason: str) -> None:
    data = G.edges[u, v, key]
    data["conflict"] = True
    data["conflict_reason"] = "; ".join(r for r in (data["conflict_reason"], reason) if r)


def _mark_advisor_set_conflicts(G: nx.MultiDiGraph, supervision: list[tuple]) -> None:
    """One thesis, two advisor lists: flag the advisors that not every list names.

    Lists that only add to each other ({X} and {X, Y}) agree; two lists that each name
    someone the other does not, with three or more advisors in all, disagree.
    """
    relation = Relation.ADVISOR_PHD.value
    succ = G._succ
    # Only a student whose advisors are read on several pages can be read two ways: find
    # those first (a page per student), then gather their advisor lists.
    first_page: dict[str, str] = {}
    several: set[str] = set()
    for u, v, key in supervision:
        if key == relation:
            for row in succ[u][v][key]["claims"]:
                source = row["source"]
                page = first_page.setdefault(u, source)
                if page is not source and page != source:
                    several.add(u)
    del first_page
    by_student: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for u, v, key in supervision:
        if key == relation and u in several:
            for row in succ[u][v][key]["claims"]:
                by_student[u][row["source"]].add(v)
    for student, by_source in by_student.items():
        sets = {frozenset(s) for s in by_source.values()}
        if len(sets) < 2:
            continue
        union = frozenset().union(*sets)
        if len(union) < 3:
            continue
        if all(a <= b or b <= a for a in sets for b in sets):
            continue
        common = frozenset.intersection(*sets)
        names = [
            "{" + ", ".join(sorted(G.nodes[n]["name"] for n in s)) + "}"
            for s in sorted(sets, key=sorted)
        ]
        reason = "advisor lists differ: " + " vs ".join(names)
        for advisor in sorted(union - common):
            _flag(G, student, advisor, relation, reason)


def _mark_advisor_cycles(G: nx.MultiDiGraph, supervision: list[tuple]) -> None:
    """A person cannot be their own academic ancestor: flag every edge on a cycle."""
    chain = nx.DiGraph()
    chain.add_edges_from(_on_some_cycle((u, v) for u, v, _ in supervision))
    for component in nx.strongly_connected_components(chain):
        if len(component) < 2:
            continue
        names = sorted(G.nodes[n]["name"] for n in component)
        shown = ", ".join(names[:CYCLE_NAMES_SHOWN])
        if len(names) > CYCLE_NAMES_SHOWN:
            shown += f" and {len(names) - CYCLE_NAMES_SHOWN} more"
        reason = f"advisor cycle among {shown}"  # one string shared by the cycle's edges
        for u, v, k in list(G.edges(component, keys=True)):
            if k in SUPERVISION and v in component:
                _flag(G, u, v, k, reason)


def _on_some_cycle(arcs: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """The arcs left once every node without a predecessor or a successor is peeled off,
    repeatedly: only they can lie on a cycle (a few, against a whole forest of chains).

    Nodes are numbered and arcs kept in flat integer arrays: the build's peak memory is
    reached around here, and a set per node would cost a few hundred bytes each.
    """
    number: dict[str, int] = {}
    tails, heads = array("l"), array("l")
    for u, v in arcs:
        tails.append(number.setdefault(u, len(number)))
        heads.append(number.setdefault(v, len(number)))
    n = len(number)
    ahead, behind = _adjacency(n, tails, heads), _adjacency(n, heads, tails)
    out_left = [ahead[0][i + 1] - ahead[0][i] for i in range(n)]
    in_left = [behind[0][i + 1] - behind[0][i] for i in range(n)]
    stack = [i for i in range(n) if not in_left[i] or not out_left[i]]
    gone = bytearray(n)
    while stack:
        i = stack.pop()
        if gone[i]:
            continue
        gone[i] = 1
        for left, (starts, ends) in ((in_left, ahead), (out_left, behind)):
            for k in range(starts[i], starts[i + 1]):
                j = ends[k]
                if not gone[j]:
                    left[j] -= 1
                    if not left[j]:
                        stack.append(j)
    names = list(number)
    return [
        (names[i], names[j]) for i, j in zip(tails, heads, strict=True) if not gone[i] | gone[j]
    ]


def _adjacency(n: int, tails: array, heads: array) -> tuple[array, array]:
    """Arcs tail → head grouped by tail: heads[starts[i]:starts[i + 1]] follow node i."""
    starts = array("l", bytes(8 * (n + 1)))
    for i in tails:
        starts[i + 1] += 1
    for i in range(n):
        starts[i + 1] += starts[i]
    fill = array("l", starts)
    ends = array("l", bytes(8 * len(tails)))
    for i, j in zip(tails, heads, strict=True):
        ends[fill[i]] = j
        fill[i] += 1
    return starts, ends


def _add_reference_hierarchy(G: nx.MultiDiGraph, orgs) -> None:
    """Team ⊂ lab ⊂ university from the alias file, where no page said it already."""
    relation = Relation.PART_OF.value
    for node in sorted(orgs.organisations):
        org = orgs.organisations[node]
        for parent in org.parents:
            if parent not in G or G.has_edge(node, parent, relation):
                continue
            parent_name = G.nodes[parent]["name"]
            G.add_edge(
                node,
                parent,
                key=relation,
                relation=relation,
                start=None,
                end=None,
                confidence=1.0,
                conflict=False,
                conflict_reason="",
                reference=True,
                claims=[
                    {
                        "claim_id": hashlib.blake2b(
                            f"{org.name}\x1f{relation}\x1f{parent_name}".encode(),
                            digest_size=8,
                        ).hexdigest(),
                        "subject": org.name,
                        "object": parent_name,
                        "source": ALIAS_FILE_SOURCE,
                        "evidence": f"{org.name} is part of {parent_name} (curated alias file)",
                        "extractor": "alias-file",
                        "confidence": 1.0,
                        "start": None,
                        "end": None,
                        "retrieved": None,
                    }
                ],
            )


def build_workspace(workspace: str | Path) -> nx.MultiDiGraph:
    """Read the workspace's claims store, build the graph and save it (``save_graph``)."""
    from graph.store import save_graph

    workspace = Path(workspace)
    directory = OrgDirectory.for_workspace(workspace)
    with ClaimStore(workspace) as store:
        # Streamed: the build keeps its own compact rows, never a list of Claim objects.
        G = build_graph(store.claims(), retrieved=_CrawlTimes(store), directory=directory)
    save_graph(G, workspace)
    return G


class _CrawlTimes(Mapping):
    """Source → crawl time (ISO) read from the claims store on first ask, once per page."""

    def __init__(self, store: ClaimStore):
        self._store = store
        self._known: dict[str, str | None] = {}

    def __getitem__(self, source: str) -> str | None:
        known = self._known
        if source in known:
            return known[source]
        page = self._store.page(source)
        known[source] = found = _iso(page["fetched_at"]) if page else None
        return found

    def get(self, source: str, default=None) -> str | None:
        return self[source]

    def __iter__(self):
        return iter(self._known)

    def __len__(self) -> int:
        return len(self._known)
