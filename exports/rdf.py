"""The resolved graph as RDF: direct triples to query, qualified nodes, one evidence node per claim.

Three layers, all generated from one statement stream (:func:`iter_statements`) so the
rdflib exports and the bulk-loaded SPARQL store never disagree:

* direct triples — ``ag:doctoralAdvisor`` (also materialised as ``ag:advisor`` so that
  ``ag:advisor+`` walks every supervision), jury properties (also ``ag:juryMember``),
  ``ag:coauthor`` (once per pair; symmetric), ``schema:worksFor``, ``schema:alumniOf``,
  ``org:memberOf``, ``org:subOrganizationOf``;
* qualified nodes — one per graph edge, reifying the direct triple (``rdf:subject`` /
  ``rdf:predicate`` / ``rdf:object``; a membership's ends are ``org:member`` /
  ``org:organization`` instead, so queries read ``rdf:subject|org:member``) and carrying years,
  confidence and conflict: ``org:Membership`` + ``org:memberDuring`` a ``time:Interval`` for
  organisations, ``ag:Supervision`` / ``ag:JuryRole`` (one seat per person and thesis) linked
  to the candidate's ``ag:Thesis``, ``ag:Coauthorship``, ``ag:SubOrganisation``;
* evidence — one ``ag:Claim`` (a ``prov:Entity``) per claim: ``prov:wasDerivedFrom`` the page,
  the snippet, the extractor, ``prov:generatedAtTime`` and the confidence.

IRIs: ``{base}person/{id}``, ``{base}org/{id}``, ``{base}thesis/{id}``,
``{base}stmt/{relation}/{subject-id}/{object-id}``, ``{base}claim/{claim_id}``; the default base
is ``https://w3id.org/academic-genealogy/id/`` (any absolute IRI; ``/`` is appended unless it
ends in ``/``, ``#`` or ``:``, so ``urn:x-genealogy:`` works too).
Descriptions of persons and organisations sit in the default graph; everything read on a
site sits in that site's named graph (the site IRI), so ``DROP GRAPH <site>`` removes it.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Iterator
from datetime import datetime
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple
from urllib.parse import quote, urlsplit

import networkx as nx
import pyoxigraph as ox
from rdflib import Dataset, Graph, Literal, URIRef

from crawler.claims import Relation
from exports.vocabulary import (
    AG,
    CONTEXT_PATH,
    DCTERMS,
    DEFAULT_BASE,
    FOAF,
    ORG,
    OWL,
    PREFIXES,
    PROV,
    RDF,
    RDFS,
    SCHEMA,
    SH,
    SHAPES_PATH,
    SKOS,
    TIME,
    XSD,
)

FORMATS = ("ttl", "jsonld", "nt", "nq", "trig")
TRIPLE_FORMATS = {"ttl": "turtle", "jsonld": "json-ld", "nt": "nt"}


class RelationTerms(NamedTuple):
    """How one claim relation is written in RDF."""

    predicate: URIRef  # the direct property (student → advisor, …)
    implied: tuple[URIRef, ...]  # super-properties materialised so paths need no reasoner
    statement_class: URIRef  # class of the qualified node
    role: URIRef | None = None  # org:role of a membership
    thesis_link: URIRef | None = None  # thesis → person property (MARC-mapped)


RELATION_TERMS: dict[Relation, RelationTerms] = {
    Relation.ADVISOR_PHD: RelationTerms(
        AG.doctoralAdvisor, (AG.advisor,), AG.Supervision, thesis_link=AG.thesisAdvisor
    ),
    Relation.ADVISOR_POSTDOC: RelationTerms(AG.postdocAdvisor, (AG.advisor,), AG.Supervision),
    Relation.ADVISOR_INTERNSHIP: RelationTerms(AG.internshipAdvisor, (AG.advisor,), AG.Supervision),
    Relation.ADVISOR_OTHER: RelationTerms(AG.advisor, (), AG.Supervision),
    Relation.JURY_REVIEWER: RelationTerms(
        AG.juryReviewer, (AG.juryMember,), AG.JuryRole, thesis_link=AG.opponent
    ),
    Relation.JURY_EXAMINER: RelationTerms(
        AG.juryExaminer, (AG.juryMember,), AG.JuryRole, thesis_link=AG.opponent
    ),
    Relation.JURY_PRESIDENT: RelationTerms(
        AG.juryPresident, (AG.juryMember,), AG.JuryRole, thesis_link=AG.committeeMember
    ),
    Relation.JURY_MEMBER: RelationTerms(
        AG.juryMember, (), AG.JuryRole, thesis_link=AG.committeeMember
    ),
    Relation.COAUTHOR: RelationTerms(AG.coauthor, (), AG.Coauthorship),
    Relation.EMPLOYED_AT: RelationTerms(SCHEMA.worksFor, (), ORG.Membership, role=AG.Employee),
    Relation.STUDIED_AT: RelationTerms(SCHEMA.alumniOf, (), ORG.Membership, role=AG.Student),
    Relation.MEMBER_OF: RelationTerms(ORG.memberOf, (), ORG.Membership, role=AG.TeamMember),
    Relation.PART_OF: RelationTerms(ORG.subOrganizationOf, (), AG.SubOrganisation),
}

# External identifiers: key → (property, IRI template); None template = literal identifier.
IDENTIFIER_LINKS: dict[str, tuple[URIRef, str]] = {
    "orcid": (OWL.sameAs, "https://orcid.org/{}"),
    "wikidata": (OWL.sameAs, "http://www.wikidata.org/entity/{}"),
    "idref": (OWL.sameAs, "http://www.idref.fr/{}/id"),
    "ror": (OWL.sameAs, "https://ror.org/{}"),
    "dblp": (OWL.sameAs, "https://dblp.org/pid/{}"),
    "hal": (RDFS.seeAlso, "https://cv.hal.science/{}"),
    "scholar": (RDFS.seeAlso, "https://scholar.google.com/citations?user={}"),
    "mgp": (RDFS.seeAlso, "https://www.mathgenealogy.org/id.php?id={}"),
    "homepage": (FOAF.homepage, "{}"),
}


class Lit:
    """A literal in the statement stream: its lexical form and datatype (None = xsd:string)."""

    __slots__ = ("value", "datatype")

    def __init__(self, value: str, datatype: str | None = None) -> None:
        self.value = value
        self.datatype = datatype

    @property
    def nt(self) -> str:
        text = '"' + self.value.translate(_NT_ESCAPES) + '"'
        return text if self.datatype is None else f"{text}^^<{self.datatype}>"

    def to_rdflib(self) -> Literal:
        return Literal(self.value, datatype=URIRef(self.datatype) if self.datatype else None)


Term = str | Lit  # an IRI (plain str) or a literal
Statement = tuple[str, str, Term, tuple[str, ...]]  # subject, predicate, object, graphs

_NT_ESCAPES = str.maketrans({"\\": "\\\\", '"': '\\"', "\n": "\\n", "\r": "\\r"})
# Characters no RDF serialisation can carry safely (outside XML's Char production).
_UNSAFE_TEXT = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")
# Characters an IRI may not contain, percent-encoded as UTF-8.
_UNSAFE_IRI = re.compile(r'[\x00-\x20<>"{}|^`\\\x7f-\x9f\ud800-\udfff]')
_SCHEME = re.compile(r"^[A-Za-z][A-Za-z0-9+.\-]*:")


def clean_text(text: object) -> str:
    """Crawled text as a literal every syntax accepts: control characters dropped."""
    return _UNSAFE_TEXT.sub("", str(text))


def text(value: object) -> Lit:
    return Lit(clean_text(value))


@lru_cache(maxsize=4096)
def _year(value: int) -> Lit:
    return Lit(str(value), str(XSD.integer))


def year(value: object) -> Lit | None:
    if type(value) is int:
        return _year(value)
    try:
        return Lit(str(int(value)), str(XSD.integer))
    except (TypeError, ValueError):
        return None


@lru_cache(maxsize=4096)
def decimal(value: float) -> Lit:
    return Lit(f"{float(value):.4f}".rstrip("0").rstrip(".") or "0", str(XSD.decimal))


TRUE = Lit("true", str(XSD.boolean))


def timestamp(value: object) -> Lit | None:
    """Crawl time as xsd:dateTime, or None when it is not an ISO timestamp."""
    if not value:
        return None
    try:
        moment = datetime.fromisoformat(str(value).replace("Z", "+00:00"))
    except ValueError:
        return None
    return Lit(moment.isoformat(), str(XSD.dateTime))


def _percent(match: re.Match) -> str:
    return "".join(f"%{byte:02X}" for byte in match.group().encode("utf-8", "surrogatepass"))


def safe_iri(value: str) -> str:
    """An IRI built from untrusted text: characters IRIs forbid are percent-encoded."""
    return _UNSAFE_IRI.sub(_percent, value)


# After the authority an IRI may hold unreserved and sub-delimiter characters, ":@/?", one
# "#" and well-formed percent escapes; everything else from crawled text is encoded.
_UNSAFE_AFTER_AUTHORITY = re.compile(
    r"[^A-Za-z0-9\-._~!$&'()*+,;=:@/?#%\u00a0-\ud7ff\uf900-\ufdcf\ufdf0-\uffef"
    r"\U00010000-\U000efffd]|%(?![0-9A-Fa-f]{2})"
)
_WEB_IRI = re.compile(r"^([A-Za-z][A-Za-z0-9+.\-]*:(?://[^/?#]*)?)(.*)$", re.S)


@lru_cache(maxsize=65536)
def page_iri(value: str) -> str:
    """A crawled URL as a valid absolute IRI; unusable ones get an opaque ``urn:`` IRI."""
    head, tail = _WEB_IRI.match(value).groups()
    head = safe_iri(head)
    fragment = ""
    if "#" in tail:
        tail, fragment = tail.split("#", 1)
        fragment = "#" + fragment.replace("#", "%23")
    iri = head + _UNSAFE_AFTER_AUTHORITY.sub(_percent, tail + fragment)
    try:
        ox.NamedNode(iri)
    except ValueError:
        return "urn:x-genealogy-source:" + quote(value, safe="")
    return iri


@lru_cache(maxsize=65536)
def source_iri(source: str) -> str:
    """The page a claim was read on, as an IRI (local paths become ``file:`` IRIs)."""
    source = source.strip()
    if _SCHEME.match(source) and not re.match(r"^[A-Za-z]:[\\/]", source):
        return page_iri(source)
    path = source.replace("\\", "/")
    safe = "/-._~:@!$&'()*+,;="
    if path.startswith("/"):
        return page_iri("file://" + quote(path, safe=safe))
    return page_iri("file:" + quote(path, safe=safe))


@lru_cache(maxsize=65536)
def site_iri(source: str) -> str:
    """The site a page belongs to: origin plus ``/~user/`` when the path starts with one.

    A claim may name its site explicitly (``claim["site"]``); otherwise local files group by
    folder and web pages by origin, so one named graph holds one researcher's site.
    """
    iri = source_iri(source)
    parts = urlsplit(iri)
    if parts.scheme == "file":
        folder = parts.path.rsplit("/", 1)[0]
        return f"file://{folder}/" if iri.startswith("file://") else f"file:{folder}/"
    if not parts.netloc:
        return iri
    first = parts.path.lstrip("/").split("/", 1)[0]
    home = f"/{first}/" if first.startswith("~") or first.startswith("%7E") else "/"
    return f"{parts.scheme}://{parts.netloc}{home}"


def claim_site(claim: dict) -> str | None:
    """The named graph of a claim: its ``site`` when the graph gives one, else derived."""
    if claim.get("site"):
        return page_iri(str(claim["site"]))
    source = str(claim.get("source") or "")
    return site_iri(source) if source else None


class IriMinter:
    """Stable IRIs for the graph's nodes, edges and claims under one base."""

    def __init__(self, base: str | None = None) -> None:
        base = base or DEFAULT_BASE
        if not _SCHEME.match(base):
            raise ValueError(f"base IRI must be absolute (scheme:…), got {base!r}")
        if not base.endswith(("/", "#", ":")):
            base += "/"
        self.base = safe_iri(base)
        try:
            ox.NamedNode(self.base + "x")
        except ValueError:
            raise ValueError(f"base IRI is not a valid IRI: {base!r}") from None
        self._nodes: dict[str, str] = {}

    @staticmethod
    def segment(value: object) -> str:
        return quote(str(value), safe="-._~:")

    def node(self, G: nx.MultiDiGraph, node_id: str) -> str:
        iri = self._nodes.get(node_id)
        if iri is None:
            kind = G.nodes[node_id].get("kind", "person")
            folder = "org" if kind == "organisation" else "person"
            iri = self._nodes[node_id] = f"{self.base}{folder}/{self.segment(node_id)}"
        return iri

    def thesis(self, candidate_id: str) -> str:
        return f"{self.base}thesis/{self.segment(candidate_id)}"

    def statement(self, relation: str, u: str, v: str) -> str:
        return f"{self.base}stmt/{relation}/{self.segment(u)}/{self.segment(v)}"

    def claim(self, claim: dict) -> str:
        claim_id = claim.get("claim_id") or claim.get("id")
        if not claim_id:
            raise ValueError(f"claim without claim_id: {claim!r}")
        return f"{self.base}claim/{self.segment(claim_id)}"


def _identifier_statements(subject: str, ids: dict) -> Iterator[tuple[str, Term]]:
    for key, raw in sorted((ids or {}).items()):
        if raw in (None, ""):
            continue
        values = raw if isinstance(raw, list | tuple | set) else [raw]
        for value in sorted(str(v).strip() for v in values):
            if not value:
                continue
            link = IDENTIFIER_LINKS.get(key)
            if link is None:
                yield str(SCHEMA.identifier), text(f"{key}:{value}")
                continue
            prop, template = link
            iri = value if _SCHEME.match(value) else template.format(quote(value, safe="-._~"))
            yield str(prop), page_iri(iri)
            yield str(SCHEMA.identifier), text(f"{key}:{value}")


# Plain-string IRIs of the terms the stream emits (str() of rdflib terms, computed once).
TYPE, LABEL, NAME, ALT_LABEL = str(RDF.type), str(RDFS.label), str(FOAF.name), str(SKOS.altLabel)
SUBJECT, PREDICATE, OBJECT = str(RDF.subject), str(RDF.predicate), str(RDF.object)
DERIVED_FROM, GENERATED_AT = str(PROV.wasDerivedFrom), str(PROV.generatedAtTime)
MEMBER, ORGANIZATION, ROLE = str(ORG.member), str(ORG.organization), str(ORG.role)
MEMBER_DURING, CREATOR = str(ORG.memberDuring), str(DCTERMS.creator)
INTERVAL, IN_YEAR = str(TIME.Interval), str(TIME.inXSDgYear)
BEGINNING, END = str(TIME.hasBeginning), str(TIME.hasEnd)
PERSON_CLASS, ORGANISATION_CLASS = str(FOAF.Person), str(ORG.Organization)
GYEAR = str(XSD.gYear)


class _PlainTerms:
    """Our vocabulary as plain strings: DefinedNamespace look-ups are slow in a hot loop."""

    def __init__(self, namespace) -> None:
        for name in namespace.__annotations__:
            if not name.startswith("_"):
                setattr(self, name, str(getattr(namespace, name)))


A = _PlainTerms(AG)


class _StatementStream:
    """Walks the graph once; remembers what it already said where a fact is shared
    (a page's site, a thesis's candidate) so the stream stays close to the set it denotes."""

    def __init__(self, G: nx.MultiDiGraph, base: str | None) -> None:
        self.G = G
        self.mint = IriMinter(base)
        self.pages_seen: set[str] = set()
        self.theses_seen: set[tuple[str, tuple[str, ...]]] = set()

    def __iter__(self) -> Iterator[Statement]:
        G, mint = self.G, self.mint
        for node_id in G.nodes:
            yield from self.node(node_id, mint.node(G, node_id))
        for u, v, key, attrs in G.edges(keys=True, data=True):
            yield from self.edge(u, v, attrs.get("relation") or key, attrs)

    def node(self, node_id: str, iri: str) -> Iterator[Statement]:
        attrs = self.G.nodes[node_id]
        default: tuple[str, ...] = ()
        person = attrs.get("kind", "person") != "organisation"
        yield iri, TYPE, PERSON_CLASS if person else ORGANISATION_CLASS, default
        name = clean_text(attrs.get("name") or node_id)
        yield iri, LABEL, Lit(name), default
        yield iri, NAME, Lit(name), default
        for alias in sorted({clean_text(a) for a in attrs.get("aliases") or ()} - {name, ""}):
            yield iri, ALT_LABEL, Lit(alias), default
        if attrs.get("homonym"):
            yield iri, A.homonym, TRUE, default
        for prop, obj in _identifier_statements(iri, attrs.get("ids") or {}):
            yield iri, prop, obj, default

    def claim(self, claim: dict, claim_iri: str, names: tuple[str, str]) -> list[Statement]:
        source = str(claim.get("source") or "")
        site = claim_site(claim)
        graphs = (site,) if site else ()
        said = [(claim_iri, TYPE, A.Claim, graphs)]
        if source:
            page = source_iri(source)
            said.append((claim_iri, DERIVED_FROM, page, graphs))
            if page not in self.pages_seen:
                self.pages_seen.add(page)
                said.append((page, A.site, site, graphs))
                said.append((site, TYPE, A.Site, graphs))
        if claim.get("evidence"):
            said.append((claim_iri, A.evidence, text(claim["evidence"]), graphs))
        if claim.get("extractor"):
            said.append((claim_iri, A.extractor, text(claim["extractor"]), graphs))
        if claim.get("confidence") is not None:
            said.append((claim_iri, A.confidence, decimal(claim["confidence"]), graphs))
        crawled = timestamp(claim.get("retrieved"))
        if crawled is not None:
            said.append((claim_iri, GENERATED_AT, crawled, graphs))
        for prop, key in ((A.startYear, "start"), (A.endYear, "end")):
            value = year(claim.get(key))
            if value is not None:
                said.append((claim_iri, prop, value, graphs))
        # The surface form only when it tells more than the canonical names already do.
        for prop, key in ((A.subjectAsWritten, "subject"), (A.objectAsWritten, "object")):
            written = claim.get(key)
            if written and clean_text(written) not in names:
                said.append((claim_iri, prop, text(written), graphs))
        return said

    def edge(self, u: str, v: str, relation: str, attrs: dict) -> Iterator[Statement]:
        G, mint = self.G, self.mint
        relation = Relation(relation)
        terms = RELATION_TERMS[relation]
        s, o = mint.node(G, u), mint.node(G, v)
        claims = attrs.get("claims") or []
        sites = []
        for claim in claims:
            site = claim_site(claim)
            if site and site not in sites:
                sites.append(site)
        graphs = tuple(sites)

        # Direct layer.  A symmetric relation (coauthor) is written once, in the edge's
        # direction: ag.ttl declares it owl:SymmetricProperty and queries read both ways.
        for prop in (terms.predicate, *terms.implied):
            yield s, str(prop), o, graphs

        # Qualified layer (the class is a subclass of rdf:Statement, see ag.ttl).  A
        # membership names its ends with org:member / org:organization only: writing
        # rdf:subject / rdf:object beside them would say the same thing twice.
        q = mint.statement(relation.value, u, v)
        yield q, TYPE, str(terms.statement_class), graphs
        if terms.role is None:
            yield q, SUBJECT, s, graphs
            yield q, OBJECT, o, graphs
        yield q, PREDICATE, str(terms.predicate), graphs
        start, end = year(attrs.get("start")), year(attrs.get("end"))
        if start is not None:
            yield q, A.startYear, start, graphs
        if end is not None:
            yield q, A.endYear, end, graphs
        if attrs.get("confidence") is not None:
            yield q, A.confidence, decimal(attrs["confidence"]), graphs
        if attrs.get("conflict"):
            yield q, A.conflict, TRUE, graphs
            if attrs.get("conflict_reason"):
                yield q, A.conflictReason, text(attrs["conflict_reason"]), graphs
        if terms.role is not None:
            yield q, MEMBER, s, graphs
            yield q, ORGANIZATION, o, graphs
            yield q, ROLE, str(terms.role), graphs
            if start is not None or end is not None:
                during = q + "#during"
                yield q, MEMBER_DURING, during, graphs
                yield during, TYPE, INTERVAL, graphs
                for prop, bound, suffix in ((BEGINNING, start, "#start"), (END, end, "#end")):
                    if bound is not None:
                        # A time:Instant by the range of time:hasBeginning / hasEnd.
                        instant = q + suffix
                        yield during, prop, instant, graphs
                        yield instant, IN_YEAR, Lit(bound.value, GYEAR), graphs
        if terms.thesis_link is not None:
            thesis = mint.thesis(u)
            yield q, A.thesis, thesis, graphs
            if (thesis, graphs) not in self.theses_seen:
                self.theses_seen.add((thesis, graphs))
                yield thesis, TYPE, A.Thesis, graphs
                yield thesis, CREATOR, s, graphs
            # ag:opponent is a sub-property of ag:committeeMember (ag.ttl): not repeated.
            yield thesis, str(terms.thesis_link), o, graphs
            if relation is Relation.ADVISOR_PHD:
                yield s, A.doctoralThesis, thesis, graphs

        # Evidence layer: each claim in its own site's graph.
        names = (G.nodes[u].get("name") or u, G.nodes[v].get("name") or v)
        names = (clean_text(names[0]), clean_text(names[1]))
        for claim in claims:
            claim_iri = mint.claim(claim)
            said = self.claim(claim, claim_iri, names)
            yield q, DERIVED_FROM, claim_iri, said[0][3]
            yield from said


def iter_statements(G: nx.MultiDiGraph, base: str | None = None) -> Iterator[Statement]:
    """Every statement of the RDF view of ``G``, with the named graphs it belongs to.

    An empty graph tuple means the default graph.  A statement may repeat (an edge read on
    two sites says its thesis link twice); RDF's set semantics make that harmless.
    """
    return iter(_StatementStream(G, base))


def _rdflib_term(term: Term, cache: dict[str, URIRef]):
    if isinstance(term, Lit):
        return term.to_rdflib()
    iri = cache.get(term)
    if iri is None:
        iri = cache[term] = URIRef(term)
    return iri


def graph_to_rdf(G: nx.MultiDiGraph, base: str | None = None) -> Dataset:
    """The RDF dataset of ``G``: descriptions in the default graph, one named graph per site.

    Examples
    --------
    >>> import networkx as nx
    >>> G = nx.MultiDiGraph()
    >>> G.add_node("ada-quill", kind="person", name="Ada Quill", aliases=[], ids={})
    >>> ds = graph_to_rdf(G)
    >>> sorted(str(o) for o in ds.objects(predicate=RDFS.label))
    ['Ada Quill']
    """
    dataset = Dataset()
    for prefix, namespace in PREFIXES.items():
        dataset.bind(prefix, namespace)
    cache: dict[str, URIRef] = {}
    default = dataset.default_graph
    named: dict[str, Graph] = {}
    for s, p, o, graphs in iter_statements(G, base):
        triple = (_rdflib_term(s, cache), _rdflib_term(p, cache), _rdflib_term(o, cache))
        if not graphs:
            default.add(triple)
        for name in graphs:
            target = named.get(name)
            if target is None:
                target = named[name] = dataset.graph(URIRef(name))
            target.add(triple)
    return dataset


def union_graph(dataset: Dataset) -> Graph:
    """All statements of ``dataset`` merged into one graph (for triple-only formats)."""
    merged = Graph()
    for prefix, namespace in PREFIXES.items():
        merged.bind(prefix, namespace)
    for s, p, o, _g in dataset.quads((None, None, None, None)):
        merged.add((s, p, o))
    return merged


def ntriples_chunks(
    statements: Iterable[Statement], *, quads: bool = False, lines_per_chunk: int = 10000
) -> Iterator[str]:
    """Statements as N-Triples (or N-Quads) text, a few thousand lines at a time."""
    lines: list[str] = []
    for s, p, o, graphs in statements:
        obj = o.nt if isinstance(o, Lit) else f"<{o}>"
        if quads and graphs:
            for name in graphs:
                lines.append(f"<{s}> <{p}> {obj} <{name}> .\n")
        else:
            lines.append(f"<{s}> <{p}> {obj} .\n")
        if len(lines) >= lines_per_chunk:
            yield "".join(lines)
            lines.clear()
    if lines:
        yield "".join(lines)


def write_ntriples(statements: Iterable[Statement], handle, *, quads: bool = False) -> int:
    """Stream statements as N-Triples (or N-Quads) into a text handle; return the lines."""
    count = 0
    for chunk in ntriples_chunks(statements, quads=quads):
        handle.write(chunk)
        count += chunk.count("\n")
    return count


class NTriplesReader(io.RawIOBase):
    """A binary file over the statement stream, so a bulk loader reads it without a temp file."""

    def __init__(self, statements: Iterable[Statement]) -> None:
        self._chunks = (chunk.encode("utf-8") for chunk in ntriples_chunks(statements))
        self._buffer = memoryview(b"")

    def readable(self) -> bool:
        return True

    def readinto(self, target) -> int:
        while not self._buffer:
            chunk = next(self._chunks, None)
            if chunk is None:
                return 0
            self._buffer = memoryview(chunk)
        size = min(len(target), len(self._buffer))
        target[:size] = self._buffer[:size]
        self._buffer = self._buffer[size:]
        return size


def jsonld_context() -> dict:
    import json

    return json.loads(CONTEXT_PATH.read_text(encoding="utf-8"))["@context"]


def validate_dataset(dataset: Dataset | Graph) -> tuple[bool, list[str]]:
    """SHACL-check the data against ``exports/shapes.ttl``: (conforms, one line per problem)."""
    from pyshacl import validate

    data = union_graph(dataset) if isinstance(dataset, Dataset) else dataset
    shapes = Graph().parse(SHAPES_PATH, format="turtle")
    conforms, results, _text = validate(data, shacl_graph=shapes, advanced=True)
    problems = []
    for result in results.subjects(RDF.type, SH.ValidationResult):
        focus = results.value(result, SH.focusNode)
        path = results.value(result, SH.resultPath)
        message = results.value(result, SH.resultMessage) or results.value(
            result, SH.sourceConstraintComponent
        )
        where = f" ({_compact(path)})" if path is not None else ""
        problems.append(f"{_compact(focus)}{where}: {message}")
    return bool(conforms), sorted(problems)


def _compact(term) -> str:
    value = str(term)
    for prefix, namespace in PREFIXES.items():
        if value.startswith(namespace):
            return f"{prefix}:{value[len(namespace) :]}"
    return f"<{value}>" if isinstance(term, URIRef) else value


def write_rdf(
    G: nx.MultiDiGraph,
    path: str | Path,
    fmt: str,
    base: str | None = None,
    validate: bool = False,
) -> Path:
    """Write ``G`` as ``fmt`` (ttl, jsonld, nt, nq, trig) to ``path``.

    N-Quads and TriG keep one named graph per source site; the triple formats hold the
    merge.  With ``validate`` the data is SHACL-checked first and nothing is written when it
    does not conform (:class:`exports.publish.ExportError` carries the report).
    """
    from exports.publish import ExportError

    if fmt not in FORMATS:
        raise ExportError(f"unknown RDF format {fmt!r} (choose from {', '.join(FORMATS)})")
    path = Path(path)
    try:
        dataset = graph_to_rdf(G, base) if validate or fmt not in ("nt", "nq") else None
    except ValueError as error:
        raise ExportError(str(error)) from None
    if validate:
        conforms, problems = validate_dataset(dataset)
        if not conforms:
            raise ExportError(_short_report(problems))
    path.parent.mkdir(parents=True, exist_ok=True)
    if fmt in ("nt", "nq"):
        try:
            with open(path, "w", encoding="utf-8") as handle:
                write_ntriples(iter_statements(G, base), handle, quads=fmt == "nq")
        except ValueError as error:
            raise ExportError(str(error)) from None
        return path
    if fmt == "trig":
        dataset.serialize(destination=str(path), format="trig")
    elif fmt == "jsonld":
        union_graph(dataset).serialize(
            destination=str(path), format="json-ld", context=jsonld_context(), auto_compact=True
        )
    else:
        union_graph(dataset).serialize(destination=str(path), format=TRIPLE_FORMATS[fmt])
    return path


def _short_report(problems: list[str], limit: int = 20) -> str:
    shown = problems[:limit]
    more = f"\n  … and {len(problems) - limit} more" if len(problems) > limit else ""
    return (
        f"SHACL validation failed ({len(problems)} problems, nothing written):\n  "
        + "\n  ".join(shown)
        + more
    )
