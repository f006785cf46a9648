"""Organisation resolution: acronyms, translations and variants meet; hierarchy is kept;
a downloaded ROR dump extends the aliases without overriding the curated file."""

from __future__ import annotations

import json
import zipfile

import pytest

from crawler.claims import Claim
from graph.build import build_graph
from graph.organisations import (
    CURATED_ALIASES,
    WORKSPACE_ALIASES,
    OrgDirectory,
    OrgEntry,
    org_id,
    org_key,
    resolve_organisations,
)
from graph.ror import RorImportError, import_ror


def names_of(forms: list[str], directory: OrgDirectory | None = None) -> dict[str, str]:
    result = resolve_organisations(forms, directory)
    return {form: result.organisations[result.node_of[form]].name for form in forms}


@pytest.mark.parametrize(
    ("forms", "canonical"),
    [
        (["UGA", "Université Grenoble Alpes", "Univ. Grenoble Alpes"], "Université Grenoble Alpes"),
        (["Grenoble Alpes University", "UNIVERSITE GRENOBLE-ALPES"], "Université Grenoble Alpes"),
        (["TSE", "Toulouse School of Economics"], "Toulouse School of Economics"),
        (
            ["ENS Lyon", "École Normale Supérieure de Lyon", "ENS de Lyon"],
            "École Normale Supérieure de Lyon",
        ),
        (["ENS Cachan", "ENS Paris-Saclay"], "École Normale Supérieure Paris-Saclay"),
        (["LJK", "Laboratoire Jean Kuntzmann"], "Laboratoire Jean Kuntzmann"),
    ],
)
def test_curated_aliases_meet_under_the_fullest_name(forms, canonical):
    assert set(names_of(forms).values()) == {canonical}


def test_distinct_institutions_stay_distinct():
    names = names_of(
        ["ENS Lyon", "ENS Paris-Saclay", "ENS", "Université Paris Cité", "Paris Diderot"]
    )
    assert len(set(names.values())) == 5


def test_unknown_organisations_group_by_variant_key():
    forms = ["team Kestrel", "Kestrel team", "KESTREL", "Kestrel"]
    result = resolve_organisations(forms)
    assert len({result.node_of[f] for f in forms}) == 1
    # the team's own name is preferred over "team …" decorations
    assert result.organisations[result.node_of["Kestrel"]].name == "Kestrel"


def test_org_key_folds_language_of_generic_words_and_word_order():
    assert org_key("Université de Ferrand") == org_key("Ferrand University")
    assert org_key("Laboratoire de Mathématiques de Ferrand") == org_key(
        "laboratoire de mathematiques de ferrand"
    )
    assert org_key("Ferrand University") != org_key("Ferrand Institute")


def test_alias_file_parents_become_nodes_and_reference_part_of_edges():
    G = build_graph([Claim("Ada Quill", "member_of", "LJK", "https://a.example/", "LJK", "t")])
    by_name = {data["name"]: node for node, data in G.nodes(data=True)}
    ljk, uga = by_name["Laboratoire Jean Kuntzmann"], by_name["Université Grenoble Alpes"]
    edge = G.edges[ljk, uga, "part_of"]
    assert edge["reference"] is True
    assert edge["claims"][0]["extractor"] == "alias-file"
    assert G.nodes[uga]["ids"].get("ror")


def test_part_of_claims_build_the_hierarchy_for_unknown_organisations():
    claims = [
        Claim("Kestrel", "part_of", "Ferrand Lab of Maths", "https://k.example/", "…", "t"),
        Claim(
            "Ferrand Lab of Maths", "part_of", "Ferrand University", "https://k.example/", "…", "t"
        ),
    ]
    G = build_graph(claims)
    chain = {(G.nodes[u]["name"], G.nodes[v]["name"]) for u, v, k in G.edges(keys=True)}
    assert chain == {
        ("Kestrel", "Ferrand Lab of Maths"),
        ("Ferrand Lab of Maths", "Ferrand University"),
    }


def test_org_ids_are_stable_and_iri_safe():
    assert org_id(org_key("Université Grenoble Alpes")) == org_id(org_key("Univ. Grenoble-Alpes"))
    node = org_id(org_key("École Normale Supérieure de Lyon"))
    assert node.isascii() and all(c.isalnum() or c == "-" for c in node)


def test_curated_alias_file_is_well_formed():
    rows = [json.loads(line) for line in CURATED_ALIASES.read_text("utf-8").splitlines()]
    names = {row["name"] for row in rows}
    assert len(names) == len(rows)
    for row in rows:
        assert all(parent in names for parent in row.get("parents", ())), row["name"]
        if "ror" in row:
            assert len(row["ror"]) == 9 and row["ror"].startswith("0"), row["name"]
    # no alias names two organisations
    seen: dict[str, str] = {}
    for row in rows:
        for form in (row["name"], *row["aliases"]):
            assert seen.setdefault(org_key(form), row["name"]) == row["name"], form


# -- ROR import -----------------------------------------------------------------------------

ROR_V2 = [
    {
        "id": "https://ror.org/0fictio01",
        "status": "active",
        "names": [
            {"value": "Université de Ferrand", "types": ["ror_display", "label"], "lang": "fr"},
            {"value": "Ferrand University", "types": ["label"], "lang": "en"},
            {"value": "UdF", "types": ["acronym"]},
            {"value": "LIP", "types": ["acronym"]},
        ],
        "types": ["education"],
        "locations": [{"geonames_details": {"country_code": "FR"}}],
        "relationships": [],
    },
    {
        "id": "https://ror.org/0fictio02",
        "status": "active",
        "names": [
            {"value": "Ferrand Institute of Optics", "types": ["ror_display"]},
            {"value": "LIP", "types": ["acronym"]},
        ],
        "types": ["facility"],
        "locations": [{"geonames_details": {"country_code": "FR"}}],
        "relationships": [{"type": "parent", "id": "https://ror.org/0fictio01"}],
    },
    {
        "id": "https://ror.org/0fictio03",
        "status": "active",
        "names": [{"value": "Kallisto College", "types": ["ror_display"]}],
        "types": ["education"],
        "locations": [{"geonames_details": {"country_code": "GR"}}],
        "relationships": [],
    },
    {
        "id": "https://ror.org/02rx3b187",
        "status": "active",
        "names": [{"value": "Grenoble Alpes University (ROR form)", "types": ["ror_display"]}],
        "types": ["education"],
        "relationships": [],
    },
]

ROR_V1 = [
    {
        "id": "https://ror.org/0fictio04",
        "name": "Ostrava Institute of Fictional Studies",
        "aliases": ["OIFS Ostrava"],
        "acronyms": ["OIFS"],
        "labels": [{"label": "Ostravský institut", "iso639": "cs"}],
        "types": ["Education"],
        "country": {"country_code": "CZ"},
        "relationships": [],
        "status": "active",
    }
]


def test_import_ror_extends_aliases_and_keeps_the_curated_file_first(tmp_path):
    dump = tmp_path / "ror-data.zip"
    with zipfile.ZipFile(dump, "w") as archive:
        archive.writestr("v9.9-ror-data_schema_v2.json", json.dumps(ROR_V2))
    summary = import_ror(dump, tmp_path / "ws")
    assert summary.read == 4 and summary.added == 3
    directory = OrgDirectory.for_workspace(tmp_path / "ws")
    assert directory.lookup("UdF").name == "Université de Ferrand"
    assert directory.lookup("Ferrand University").ror == "0fictio01"
    assert directory.lookup("Ferrand Institute of Optics").parents == ("Université de Ferrand",)
    # "LIP" names two ROR records: dropped, so the curated LIP still wins
    assert directory.lookup("LIP").name == "Laboratoire de l'Informatique du Parallélisme"
    # an organisation the curated file knows keeps its curated name
    assert directory.lookup("UGA").name == "Université Grenoble Alpes"


def test_import_ror_reads_schema_v1_json_and_filters_countries(tmp_path):
    dump = tmp_path / "ror.json"
    dump.write_text(json.dumps(ROR_V1 + ROR_V2), encoding="utf-8")
    summary = import_ror(dump, tmp_path, countries=["cz"])
    assert summary.added == 1
    rows = (tmp_path / WORKSPACE_ALIASES).read_text("utf-8").splitlines()
    entry = OrgEntry.from_dict(json.loads(rows[0]))
    assert entry.name == "Ostrava Institute of Fictional Studies"
    assert {"OIFS", "Ostravský institut"} <= set(entry.aliases)


def test_import_ror_rejects_a_file_that_is_not_a_dump(tmp_path):
    bad = tmp_path / "notes.json"
    bad.write_text('{"hello": 1}', encoding="utf-8")
    with pytest.raises(RorImportError, match="not a ROR dump"):
        import_ror(bad, tmp_path)
    with pytest.raises(RorImportError, match="no such file"):
        import_ror(tmp_path / "missing.zip", tmp_path)


def test_build_uses_the_workspace_ror_aliases(tmp_path):
    dump = tmp_path / "ror.json"
    dump.write_text(json.dumps(ROR_V2), encoding="utf-8")
    import_ror(dump, tmp_path)
    from crawler.store import ClaimStore
    from graph.build import build_workspace

    with ClaimStore(tmp_path) as store:
        store.replace_page(
            "https://a.example/",
            [Claim("Ada Quill", "employed_at", "UdF", "https://a.example/", "MCF at UdF", "t")],
        )
    G = build_workspace(tmp_path)
    names = {data["name"] for _, data in G.nodes(data=True)}
    assert "Université de Ferrand" in names
