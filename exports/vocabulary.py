"""Our own RDF terms (``ag:``), declared so a typo raises instead of minting a wrong IRI.

Every term is described and mapped outward (FOAF, ORG, DCTERMS, PROV-O, MARC relators,
Wikidata, schema.org) in the shipped ``exports/ag.ttl``; ``tests/test_rdf.py`` checks that the
two lists agree.
"""

from __future__ import annotations

from pathlib import Path

from rdflib.namespace import DefinedNamespace, Namespace
from rdflib.term import URIRef

AG_NAMESPACE = "https://w3id.org/academic-genealogy/ns#"
DEFAULT_BASE = "https://w3id.org/academic-genealogy/id/"
VOCABULARY_PATH = Path(__file__).with_name("ag.ttl")
SHAPES_PATH = Path(__file__).with_name("shapes.ttl")
CONTEXT_PATH = Path(__file__).with_name("context.jsonld")

# Outside vocabularies we emit or map to, one place for their IRIs.
FOAF = Namespace("http://xmlns.com/foaf/0.1/")
ORG = Namespace("http://www.w3.org/ns/org#")
SCHEMA = Namespace("https://schema.org/")
PROV = Namespace("http://www.w3.org/ns/prov#")
DCTERMS = Namespace("http://purl.org/dc/terms/")
TIME = Namespace("http://www.w3.org/2006/time#")
SKOS = Namespace("http://www.w3.org/2004/02/skos/core#")
OWL = Namespace("http://www.w3.org/2002/07/owl#")
RDF = Namespace("http://www.w3.org/1999/02/22-rdf-syntax-ns#")
RDFS = Namespace("http://www.w3.org/2000/01/rdf-schema#")
XSD = Namespace("http://www.w3.org/2001/XMLSchema#")
MARCREL = Namespace("http://id.loc.gov/vocabulary/relators/")
WDT = Namespace("http://www.wikidata.org/prop/direct/")
WD = Namespace("http://www.wikidata.org/entity/")
BIBO = Namespace("http://purl.org/ontology/bibo/")
SH = Namespace("http://www.w3.org/ns/shacl#")

PREFIXES = {
    "ag": AG_NAMESPACE,
    "foaf": str(FOAF),
    "org": str(ORG),
    "schema": str(SCHEMA),
    "prov": str(PROV),
    "dcterms": str(DCTERMS),
    "time": str(TIME),
    "skos": str(SKOS),
    "owl": str(OWL),
    "rdf": str(RDF),
    "rdfs": str(RDFS),
    "xsd": str(XSD),
}


class AG(DefinedNamespace):
    """Academic-genealogy vocabulary: the few terms no standard vocabulary offers."""

    _fail = True
    _NS = Namespace(AG_NAMESPACE)

    # Classes
    Claim: URIRef  # one statement read on one page (the evidence node)
    Thesis: URIRef  # a candidate's thesis, the hub of supervision and jury roles
    Supervision: URIRef  # qualified supervision: student, advisor, kind, years, claims
    JuryRole: URIRef  # qualified jury seat: one person on one thesis jury, in one role
    Coauthorship: URIRef  # qualified coauthorship between two persons
    SubOrganisation: URIRef  # qualified "organisation is part of organisation"
    Site: URIRef  # a researcher's site: the unit a user may drop (one named graph)

    # Membership roles (instances of org:Role)
    Employee: URIRef
    Student: URIRef
    TeamMember: URIRef

    # Supervision (student → advisor); every kind is also an ag:advisor triple
    advisor: URIRef
    doctoralAdvisor: URIRef
    postdocAdvisor: URIRef
    internshipAdvisor: URIRef
    doctoralStudent: URIRef  # inverse of doctoralAdvisor, declared for the Wikidata mapping
    academicAncestor: URIRef  # ag:advisor+ as triples: entailed, held in the SPARQL store only

    # Thesis jury (candidate → jury member); every role is also an ag:juryMember triple
    juryMember: URIRef
    juryReviewer: URIRef
    juryExaminer: URIRef
    juryPresident: URIRef

    # Collaboration (symmetric, one direction emitted per pair)
    coauthor: URIRef

    # Thesis links
    doctoralThesis: URIRef  # person → thesis (Wikidata P1026)
    thesis: URIRef  # qualified role → thesis
    thesisAdvisor: URIRef  # thesis → advisor (MARC ths / dgs)
    opponent: URIRef  # thesis → reviewer or examiner (MARC opn)
    committeeMember: URIRef  # thesis → any jury member (MARC dgc)

    # Qualifiers and evidence
    startYear: URIRef
    endYear: URIRef
    confidence: URIRef
    conflict: URIRef
    conflictReason: URIRef  # why the claims behind an edge disagree, as the graph says
    homonym: URIRef
    evidence: URIRef  # the exact text span that states the fact
    extractor: URIRef  # id of the rule that read it
    subjectAsWritten: URIRef
    objectAsWritten: URIRef
    site: URIRef  # page → the site it belongs to
