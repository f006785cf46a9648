"""The small fictional graph behind ``golden.ttl`` (read it beside that file)."""

from __future__ import annotations

import networkx as nx

ROSA_SITE = "https://rosa.example.org/"
OTHER_SITE = "https://uni.example.edu/~abend/"


def build_golden_graph() -> nx.MultiDiGraph:
    G = nx.MultiDiGraph()
    G.add_node(
        "rosa-tamsin",
        kind="person",
        name="Rosa Tamsin",
        aliases=["Rosa Tamsin", "R. Tamsin"],
        ids={"orcid": "0000-0001-2345-6789"},
        homonym=False,
        sources=[ROSA_SITE],
    )
    G.add_node(
        "egon-varga",
        kind="person",
        name="Egon Varga",
        aliases=["Egon Varga"],
        ids={},
        homonym=True,
        sources=[ROSA_SITE],
    )
    G.add_node(
        "institut-pelerin",
        kind="organisation",
        name="Institut Pèlerin",
        aliases=["IP"],
        ids={"ror": "05abcde12"},
        homonym=False,
        sources=[ROSA_SITE],
    )
    G.add_edge(
        "rosa-tamsin",
        "egon-varga",
        key="advisor_phd",
        relation="advisor_phd",
        start=2010,
        end=2014,
        confidence=0.9,
        conflict=False,
        claims=[
            {
                "claim_id": "c1",
                "subject": "Rosa Tamsin",
                "object": "E. Varga",
                "source": ROSA_SITE + "cv.html",
                "evidence": "PhD (2010–2014) under E. Varga",
                "extractor": "supervision.phd_under",
                "confidence": 0.9,
                "start": 2010,
                "end": 2014,
                "retrieved": "2026-01-02T03:04:05+00:00",
            }
        ],
    )
    G.add_edge(
        "rosa-tamsin",
        "institut-pelerin",
        key="studied_at",
        relation="studied_at",
        start=2010,
        end=None,
        confidence=0.8,
        conflict=False,
        claims=[
            {
                "claim_id": "c2",
                "subject": "Rosa Tamsin",
                "object": "Institut Pèlerin",
                "source": ROSA_SITE + "cv.html",
                "evidence": "Doctoral student, Institut Pèlerin",
                "extractor": "organisation.studied",
                "confidence": 0.8,
                "start": 2010,
                "end": None,
                "retrieved": None,
            }
        ],
    )
    G.add_node(
        "lior-abend",
        kind="person",
        name="Lior Abend",
        aliases=["Lior Abend"],
        ids={},
        homonym=False,
        sources=[ROSA_SITE],
    )
    G.add_edge(
        "rosa-tamsin",
        "lior-abend",
        key="jury_reviewer",
        relation="jury_reviewer",
        start=2014,
        end=None,
        confidence=0.7,
        conflict=False,
        claims=[
            {
                "claim_id": "c3",
                "subject": "Rosa Tamsin",
                "object": "Lior Abend",
                "source": OTHER_SITE + "defences.html",
                "evidence": "Rapporteur : Lior Abend",
                "extractor": "jury.rapporteur",
                "confidence": 0.7,
                "start": 2014,
                "end": None,
                "retrieved": None,
            }
        ],
    )
    G.add_edge(
        "lior-abend",
        "rosa-tamsin",
        key="coauthor",
        relation="coauthor",
        start=2016,
        end=2016,
        confidence=0.95,
        conflict=True,
        claims=[
            {
                "claim_id": "c4",
                "subject": "L. Abend",
                "object": "R. Tamsin",
                "source": ROSA_SITE + "papers.bib",
                "evidence": "L. Abend and R. Tamsin, 2016",
                "extractor": "publications.bibtex",
                "confidence": 0.95,
                "start": 2016,
                "end": 2016,
                "retrieved": None,
            }
        ],
    )
    return G
