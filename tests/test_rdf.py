"""RDF export: golden graph, round trips, per-site named graphs, hostile text, vocabulary, SHACL."""

from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pyoxigraph as ox
import pytest
from rdflib import Dataset, Graph, Literal, URIRef
from rdflib.compare import isomorphic, to_isomorphic

from exports.publish import ExportError
from exports.rdf import FORMATS, graph_to_rdf, iter_statements, union_graph, write_rdf
from exports.vocabulary import AG, AG_NAMESPACE, OWL, RDF, RDFS, SKOS, VOCABULARY_PATH, WDT

HERE = Path(__file__).resolve().parent / "rdf"
GOLDEN = HERE / "golden.ttl"
PERSON = "https://w3id.org/academic-genealogy/id/person/"


def _load(name: str):
    spec = importlib.util.spec_from_file_location(name, HERE / f"{name}.py")
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


golden_graph = _load("golden_graph")
fixture_genealogy = _load("fixture_genealogy")


def _parse(path: Path, fmt: str) -> Graph:
    return Graph().parse(path, format=fmt)


def test_turtle_export_matches_the_hand_checked_golden_file(tmp_path):
    path = write_rdf(golden_graph.build_golden_graph(), tmp_path / "g.ttl", "ttl")
    actual = _parse(path, "turtle")
    expected = _parse(GOLDEN, "turtle")
    if not isomorphic(expected, actual):
        missing = to_isomorphic(expected) - to_isomorphic(actual)
        extra = to_isomorphic(actual) - to_isomorphic(expected)
        pytest.fail(f"missing: {sorted(missing)[:10]}\nunexpected: {sorted(extra)[:10]}")


@pytest.mark.parametrize("fmt,parser", [("jsonld", "json-ld"), ("nt", "nt")])
def test_other_triple_formats_hold_the_same_graph(tmp_path, fmt, parser):
    path = write_rdf(golden_graph.build_golden_graph(), tmp_path / f"g.{fmt}", fmt)
    assert isomorphic(_parse(path, parser), _parse(GOLDEN, "turtle"))


def test_jsonld_uses_the_published_context(tmp_path):
    path = write_rdf(golden_graph.build_golden_graph(), tmp_path / "g.jsonld", "jsonld")
    document = json.loads(path.read_text(encoding="utf-8"))
    text = json.dumps(document)
    # Compacted with our context: short terms, not full IRIs, for the common properties.
    assert "@context" in document
    assert '"doctoralAdvisor"' in text and AG_NAMESPACE + "doctoralAdvisor" not in text
    published = json.loads((Path("exports") / "context.jsonld").read_text(encoding="utf-8"))
    assert published["@context"]["advisor"]["@id"] == "ag:advisor"


def test_jsonld_round_trips_to_the_same_graph(tmp_path):
    G = fixture_genealogy.build_genealogy()
    first = write_rdf(G, tmp_path / "a.jsonld", "jsonld")
    again = Graph().parse(first, format="json-ld")
    again.serialize(destination=tmp_path / "b.jsonld", format="json-ld")
    reference = union_graph(graph_to_rdf(G))
    assert isomorphic(again, reference)
    assert isomorphic(Graph().parse(tmp_path / "b.jsonld", format="json-ld"), reference)


@pytest.mark.parametrize("fmt,parser", [("nq", "nquads"), ("trig", "trig")])
def test_quad_formats_keep_one_named_graph_per_site(tmp_path, fmt, parser):
    path = write_rdf(golden_graph.build_golden_graph(), tmp_path / f"g.{fmt}", fmt)
    dataset = Dataset()
    dataset.parse(path, format=parser)
    names = {str(g.identifier) for g in dataset.graphs() if len(g)}
    assert {golden_graph.ROSA_SITE, golden_graph.OTHER_SITE} <= names
    # The union of all graphs is the golden graph.
    assert isomorphic(union_graph(dataset), _parse(GOLDEN, "turtle"))


def test_dropping_a_site_removes_its_statements_only():
    dataset = graph_to_rdf(golden_graph.build_golden_graph())
    rosa = URIRef(PERSON + "rosa-tamsin")
    lior = URIRef(PERSON + "lior-abend")
    dataset.remove_graph(dataset.graph(URIRef(golden_graph.OTHER_SITE)))
    kept = union_graph(dataset)
    # The jury seat was read on the other site only: gone.
    assert (rosa, AG.juryReviewer, lior) not in kept
    assert not list(kept.subjects(AG.evidence, Literal("Rapporteur : Lior Abend")))
    # What Rosa's own site says stays, and so do the persons' descriptions.
    assert (lior, AG.coauthor, rosa) in kept  # symmetric: written once per pair
    assert (rosa, AG.doctoralAdvisor, URIRef(PERSON + "egon-varga")) in kept
    assert (lior, RDFS.label, Literal("Lior Abend")) in kept


def test_an_edge_read_on_two_sites_survives_dropping_either():
    G = fixture_genealogy.build_genealogy()
    student, advisor = URIRef(PERSON + "bastien-krall"), URIRef(PERSON + "orla-venn")
    for site in (fixture_genealogy.SITE_ORLA, fixture_genealogy.SITE_BASTIEN):
        dataset = graph_to_rdf(G)
        dataset.remove_graph(dataset.graph(URIRef(site)))
        assert (student, AG.doctoralAdvisor, advisor) in union_graph(dataset)


def test_direct_supervision_triples_support_property_paths():
    graph = union_graph(graph_to_rdf(fixture_genealogy.build_genealogy()))
    rows = graph.query(
        "SELECT ?a WHERE { ?p ag:advisor+ ?a }",
        initNs={"ag": AG_NAMESPACE},
        initBindings={"p": URIRef(PERSON + "yusuf-calder")},
    )
    ancestors = {str(row.a).removeprefix(PERSON) for row in rows}
    assert ancestors == {"kenji-abara", "tomasz-ferrand", "bastien-krall", "orla-venn"}


def test_external_ids_and_aliases_become_links_and_alt_labels():
    graph = union_graph(graph_to_rdf(golden_graph.build_golden_graph()))
    rosa = URIRef(PERSON + "rosa-tamsin")
    assert (rosa, OWL.sameAs, URIRef("https://orcid.org/0000-0001-2345-6789")) in graph
    assert set(graph.objects(rosa, SKOS.altLabel)) == {Literal("R. Tamsin")}


def test_base_iri_is_configurable():
    graph = union_graph(graph_to_rdf(golden_graph.build_golden_graph(), base="urn:x-genealogy:"))
    persons = set(graph.subjects(RDF.type, URIRef("http://xmlns.com/foaf/0.1/Person")))
    assert persons and all(str(p).startswith("urn:x-genealogy:person/") for p in persons)
    with pytest.raises(ExportError):
        write_rdf(golden_graph.build_golden_graph(), "unused.ttl", "ttl", base="not an iri")


HOSTILE = [
    'Zoë "Zed" O\'Hara',
    'Triple """ quotes """ and \\ backslash',
    "<script>alert(1)</script> & <b>",
    "line one\nline two\r\nthree\ttabbed",
    "nul\x00 bell\x07 escape\x1b[31m del\x7f",
    "Σωκράτης Παπαδόπουλος",
    "王小明",
    "محمد الفارسي",
    "emoji 🧪 and combining é",
    "} ; DROP ALL ; SELECT * WHERE { ?s ?p ?o",
]


def _hostile_graph():
    G = golden_graph.build_golden_graph()
    for index, name in enumerate(HOSTILE):
        node = f"hostile-{index}"
        G.add_node(
            node,
            kind="person",
            name=name,
            aliases=[name, name + " (alias)"],
            ids={},
            homonym=False,
            sources=[],
        )
        G.add_edge(
            node,
            "egon-varga",
            key="advisor_phd",
            relation="advisor_phd",
            start=None,
            end=None,
            confidence=0.5,
            conflict=False,
            claims=[
                {
                    "claim_id": f"h{index}",
                    "subject": name,
                    "object": "Egon Varga",
                    "source": f'https://evil.example.org/a b/<{index}>"{{x}}|^`\\?q={name}',
                    "evidence": f"{name} was advised by Egon Varga",
                    "extractor": "t",
                    "confidence": 0.5,
                    "start": None,
                    "end": None,
                    "retrieved": "not a date",
                }
            ],
        )
    G.add_node(
        "odd id/with space",
        kind="person",
        name="Odd Id",
        aliases=[],
        ids={},
        homonym=False,
        sources=[],
    )
    return G


@pytest.mark.parametrize("fmt", FORMATS)
def test_hostile_text_still_gives_valid_rdf(tmp_path, fmt):
    path = write_rdf(_hostile_graph(), tmp_path / f"h.{fmt}", fmt)
    # A strict parser (oxigraph validates IRIs and escapes) reads every format back.
    oxformat = {
        "ttl": ox.RdfFormat.TURTLE,
        "jsonld": ox.RdfFormat.JSON_LD,
        "nt": ox.RdfFormat.N_TRIPLES,
        "nq": ox.RdfFormat.N_QUADS,
        "trig": ox.RdfFormat.TRIG,
    }[fmt]
    quads = list(ox.parse(path=str(path), format=oxformat))
    labels = {q.object.value for q in quads if q.predicate.value == str(RDFS.label)}
    for name in HOSTILE:
        expected = "".join(c for c in name if c in "\t\n\r" or not (ord(c) < 32))
        assert expected in labels
    evidence = [q.object.value for q in quads if q.predicate.value == str(AG.evidence)]
    assert any("DROP ALL" in text for text in evidence)
    assert not any("\x00" in text or "\x1b" in text for text in labels | set(evidence))


def test_hostile_source_urls_become_valid_iris():
    iris = [o for s, p, o, g in iter_statements(_hostile_graph()) if p == str(AG.site)]
    assert iris
    for iri in iris:
        ox.NamedNode(iri)  # raises ValueError on an invalid IRI
        assert " " not in iri and "<" not in iri


def test_vocabulary_module_and_ag_ttl_declare_the_same_terms():
    vocabulary = Graph().parse(VOCABULARY_PATH, format="turtle")
    declared = {
        str(s).removeprefix(AG_NAMESPACE)
        for s in vocabulary.subjects()
        if str(s).startswith(AG_NAMESPACE)
    }
    in_python = {name for name in AG.__annotations__ if not name.startswith("_")}
    assert declared == in_python
    with pytest.raises(AttributeError):
        AG.advsior  # noqa: B018  (a typo must raise, not mint an IRI)


def test_own_properties_are_mapped_outward():
    vocabulary = Graph().parse(VOCABULARY_PATH, format="turtle")
    mapping = (RDFS.subPropertyOf, OWL.equivalentProperty, RDFS.subClassOf, OWL.inverseOf)

    def reaches_outside(term, seen=()) -> bool:
        for prop in mapping:
            for target in vocabulary.objects(term, prop):
                if not str(target).startswith(AG_NAMESPACE):
                    return True
                if target not in seen and reaches_outside(target, (*seen, term)):
                    return True
        return False

    used = {p for _s, p, _o, _g in iter_statements(fixture_genealogy.build_genealogy())}
    own = sorted(p for p in used if p.startswith(AG_NAMESPACE))
    unmapped = [p for p in own if not reaches_outside(URIRef(p)) and not _is_qualifier(p)]
    assert unmapped == []
    assert (AG.doctoralAdvisor, OWL.equivalentProperty, WDT.P184) in vocabulary
    assert (AG.doctoralThesis, OWL.equivalentProperty, WDT.P1026) in vocabulary
    assert (AG.doctoralStudent, OWL.equivalentProperty, WDT.P185) in vocabulary


def _is_qualifier(iri: str) -> bool:
    # Bookkeeping terms with no outside equivalent (documented as such in ag.ttl).
    return iri.removeprefix(AG_NAMESPACE) in {
        "confidence",
        "conflict",
        "homonym",
        "extractor",
        "subjectAsWritten",
        "objectAsWritten",
        "thesis",
    }


def test_fixture_genealogy_passes_shacl(tmp_path):
    path = write_rdf(fixture_genealogy.build_genealogy(), tmp_path / "g.ttl", "ttl", validate=True)
    assert path.exists()


def test_advisor_cycle_fails_validation_with_a_readable_report(tmp_path):
    G = fixture_genealogy.build_genealogy()
    fixture_genealogy.add_edge(
        G,
        "orla-venn",
        "advisor_phd",
        "kenji-abara",
        1990,
        1994,
        [("https://venn.example.org/cv.html", "PhD under Kenji Abara")],
    )
    target = tmp_path / "g.ttl"
    with pytest.raises(ExportError) as caught:
        write_rdf(G, target, "ttl", validate=True)
    report = str(caught.value)
    assert "advisor cycle: Orla Venn" in report
    assert "advisor cycle: Yusuf Calder" not in report  # below the cycle, not in it
    assert not target.exists()


def test_edge_without_claims_or_with_reversed_years_fails_validation(tmp_path):
    G = golden_graph.build_golden_graph()
    G.add_edge(
        "egon-varga",
        "institut-pelerin",
        key="employed_at",
        relation="employed_at",
        start=2020,
        end=2010,
        confidence=0.5,
        conflict=False,
        claims=[],
    )
    with pytest.raises(ExportError) as caught:
        write_rdf(G, tmp_path / "g.ttl", "ttl", validate=True)
    assert "backed by at least one claim" in str(caught.value)
    assert "start year" in str(caught.value)


def test_unknown_format_is_a_user_error(tmp_path):
    with pytest.raises(ExportError, match="unknown RDF format"):
        write_rdf(golden_graph.build_golden_graph(), tmp_path / "g.xml", "rdfxml")
