"""A small fictional genealogy in the graph shape `graph.build` produces, with known answers.

Supervision (student → advisor)::

    Orla Venn
    ├── Bastien Krall (PhD 2001)
    │   ├── Tomasz Ferrand (PhD 2015)
    │   │   └── Kenji Abara (PhD 2019, conflicting years)
    │   │       └── Yusuf Calder (internship 2022)
    │   └── Ines Halvorsen (PhD 2016, co-advised by Mireille)
    └── Mireille Oduya (PhD 2003)
        ├── Ines Halvorsen
        └── Lucia Pemberton (postdoc 2018)

Jury of Tomasz's thesis (2015): Nadia Sorvik (reviewer; co-author with him in 2018, after)
and Pavel Ilves (examiner; co-author in 2012 only, before).  Organisations: Team Fathom ⊂
Laboratoire Quentar ⊂ Université de Valmont.
"""

from __future__ import annotations

import hashlib

import networkx as nx

PERSONS = {
    "orla-venn": ("Orla Venn", ["O. Venn"], {"orcid": "0000-0002-1825-0097"}),
    "bastien-krall": ("Bastien Krall", ["B. Krall", "KRALL Bastien"], {}),
    "mireille-oduya": ("Mireille Oduya", [], {"wikidata": "Q99999991"}),
    "tomasz-ferrand": ("Tomasz Ferrand", ["T. Ferrand"], {}),
    "ines-halvorsen": ("Inès Halvorsen", ["Ines Halvorsen"], {"idref": "999999999"}),
    "kenji-abara": ("Kenji Abara", [], {}),
    "lucia-pemberton": ("Lucia Pemberton", [], {}),
    "yusuf-calder": ("Yusuf Calder", [], {}),
    "nadia-sorvik": ("Nadia Sorvik", [], {}),
    "pavel-ilves": ("Pavel Ilves", [], {}),
}
ORGANISATIONS = {
    "universite-de-valmont": ("Université de Valmont", ["UdV"], {"ror": "00x0x0x00"}),
    "laboratoire-quentar": ("Laboratoire Quentar", ["LQ"], {}),
    "team-fathom": ("Team Fathom", [], {}),
}

SITE_ORLA = "https://venn.example.org/"
SITE_BASTIEN = "https://people.example.edu/~krall/"
SITE_KENJI = "https://abara.example.net/"

# (subject, relation, object, start, end, [(source, evidence)], conflict)
EDGES = [
    (
        "bastien-krall",
        "advisor_phd",
        "orla-venn",
        1998,
        2001,
        [
            (SITE_ORLA + "students.html", "Bastien Krall (PhD 2001)"),
            (SITE_BASTIEN + "cv.html", "PhD under Orla Venn, 2001"),
        ],
        False,
    ),
    (
        "mireille-oduya",
        "advisor_phd",
        "orla-venn",
        2000,
        2003,
        [(SITE_ORLA + "students.html", "Mireille Oduya (PhD 2003)")],
        False,
    ),
    (
        "tomasz-ferrand",
        "advisor_phd",
        "bastien-krall",
        2012,
        2015,
        [(SITE_BASTIEN + "students.html", "Tomasz Ferrand, PhD 2015")],
        False,
    ),
    (
        "ines-halvorsen",
        "advisor_phd",
        "bastien-krall",
        2013,
        2016,
        [(SITE_BASTIEN + "students.html", "Inès Halvorsen, co-advised with M. Oduya")],
        False,
    ),
    (
        "ines-halvorsen",
        "advisor_phd",
        "mireille-oduya",
        2013,
        2016,
        [(SITE_BASTIEN + "students.html", "Inès Halvorsen, co-advised with M. Oduya")],
        False,
    ),
    (
        "lucia-pemberton",
        "advisor_postdoc",
        "mireille-oduya",
        2018,
        2020,
        [(SITE_ORLA + "news.html", "Lucia Pemberton joins Mireille as a postdoc")],
        False,
    ),
    (
        "kenji-abara",
        "advisor_phd",
        "tomasz-ferrand",
        2016,
        2019,
        [
            (SITE_KENJI + "index.html", "PhD (2016-2019) advised by Tomasz Ferrand"),
            (SITE_BASTIEN + "students.html", "Kenji Abara, PhD 2020"),
        ],
        True,
    ),
    (
        "yusuf-calder",
        "advisor_internship",
        "kenji-abara",
        2022,
        2022,
        [(SITE_KENJI + "index.html", "Intern: Yusuf Calder (2022)")],
        False,
    ),
    (
        "tomasz-ferrand",
        "jury_reviewer",
        "nadia-sorvik",
        2015,
        None,
        [(SITE_BASTIEN + "students.html", "Rapporteurs : Nadia Sorvik")],
        False,
    ),
    (
        "tomasz-ferrand",
        "jury_examiner",
        "pavel-ilves",
        2015,
        None,
        [(SITE_BASTIEN + "students.html", "Examinateur : Pavel Ilves")],
        False,
    ),
    (
        "tomasz-ferrand",
        "jury_president",
        "orla-venn",
        2015,
        None,
        [(SITE_BASTIEN + "students.html", "Présidente : Orla Venn")],
        False,
    ),
    (
        "nadia-sorvik",
        "coauthor",
        "tomasz-ferrand",
        2018,
        2018,
        [(SITE_KENJI + "pubs.bib", "N. Sorvik, T. Ferrand. Fathoms. 2018")],
        False,
    ),
    (
        "pavel-ilves",
        "coauthor",
        "tomasz-ferrand",
        2012,
        2012,
        [(SITE_KENJI + "pubs.bib", "P. Ilves and T. Ferrand. Quents. 2012")],
        False,
    ),
    (
        "tomasz-ferrand",
        "studied_at",
        "universite-de-valmont",
        2012,
        2015,
        [(SITE_BASTIEN + "students.html", "PhD at Université de Valmont")],
        False,
    ),
    (
        "ines-halvorsen",
        "studied_at",
        "team-fathom",
        2013,
        2016,
        [(SITE_BASTIEN + "students.html", "Inès, PhD student in Team Fathom")],
        False,
    ),
    (
        "kenji-abara",
        "studied_at",
        "laboratoire-quentar",
        2016,
        2019,
        [(SITE_KENJI + "index.html", "PhD at Laboratoire Quentar")],
        False,
    ),
    (
        "bastien-krall",
        "employed_at",
        "universite-de-valmont",
        2005,
        None,
        [(SITE_BASTIEN + "cv.html", "Professor, Université de Valmont (since 2005)")],
        False,
    ),
    (
        "bastien-krall",
        "member_of",
        "team-fathom",
        None,
        None,
        [(SITE_BASTIEN + "cv.html", "Head of Team Fathom")],
        False,
    ),
    (
        "team-fathom",
        "part_of",
        "laboratoire-quentar",
        None,
        None,
        [(SITE_BASTIEN + "cv.html", "Team Fathom, Laboratoire Quentar")],
        False,
    ),
    (
        "laboratoire-quentar",
        "part_of",
        "universite-de-valmont",
        None,
        None,
        [(SITE_BASTIEN + "cv.html", "Laboratoire Quentar (Université de Valmont)")],
        False,
    ),
]

RETRIEVED = "2026-03-01T10:00:00+00:00"


def claim_id(*parts: object) -> str:
    return hashlib.sha1("|".join(map(str, parts)).encode()).hexdigest()[:16]


def add_node(G: nx.MultiDiGraph, node_id: str, kind: str, name: str, aliases, ids) -> None:
    G.add_node(
        node_id,
        kind=kind,
        name=name,
        aliases=[name, *aliases],
        ids=dict(ids),
        homonym=False,
        sources=[],
    )


def add_edge(G, u, relation, v, start, end, readings, conflict=False, confidence=0.9) -> None:
    claims = [
        {
            "claim_id": claim_id(u, relation, v, source, evidence),
            "subject": G.nodes[u]["name"],
            "object": G.nodes[v]["name"],
            "source": source,
            "evidence": evidence,
            "extractor": f"fixture.{relation}",
            "confidence": confidence,
            "start": start,
            "end": end,
            "retrieved": RETRIEVED,
        }
        for source, evidence in readings
    ]
    G.add_edge(
        u,
        v,
        key=relation,
        relation=relation,
        start=start,
        end=end,
        confidence=confidence,
        conflict=conflict,
        conflict_reason="end years differ" if conflict else "",
        claims=claims,
    )


def build_genealogy() -> nx.MultiDiGraph:
    """The fixture graph, built the same way on every call."""
    G = nx.MultiDiGraph()
    for node_id, (name, aliases, ids) in PERSONS.items():
        add_node(G, node_id, "person", name, aliases, ids)
    for node_id, (name, aliases, ids) in ORGANISATIONS.items():
        add_node(G, node_id, "organisation", name, aliases, ids)
    for u, relation, v, start, end, readings, conflict in EDGES:
        add_edge(G, u, relation, v, start, end, readings, conflict)
    G.graph["persons"] = len(PERSONS)
    G.graph["organisations"] = len(ORGANISATIONS)
    return G
