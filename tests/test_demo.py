"""The demo web: served like a real static host, its gold file true to its pages, end to end."""

from __future__ import annotations

import csv
import http.client
import io
import itertools
import json
import re
import urllib.error
import urllib.request
from collections import Counter

import pytest

from bench.bench_resolution import scorer_fold as fold
from crawler.claims import Relation
from demo.run import (
    ALIASES,
    EXPECTED,
    RELATIONS_FILE,
    SCORE_SCRIPT,
    demo_steps,
    fresh_workspace,
    run_cli,
)
from demo.serve import WEB_ROOT, DemoWeb, read_seeds

PDF_CV = WEB_ROOT / "trenwick" / "renwick-cv.pdf"
# Who owns which site folder (for the cross-link checks).
SITE_OF = {
    "Odile Ferrand": "ferrand",
    "Magnus Oakley": "oakley",
    "Élise Garnier": "egarnier",
    "Rafael Quintero-Vidal": "rquintero",
    "Wen Halloran": "whalloran",
    "Tobias Renwick": "trenwick",
    "Tessa Renwick": "tessa-renwick",
    "Hannah Brightwater": "hbrightwater",
}
# Stated only on the page robots.txt disallows: a polite crawler never reads them.
ROBOTS_ONLY = {
    ("Idris Farrow", "advisor_phd", "Wen Halloran"),
    ("Tessa Renwick", "jury_reviewer", "Ruth Calloway"),
    ("Tessa Renwick", "jury_examiner", "Odile Ferrand"),
    ("Samuel Okafor", "member_of", "Quillon Labs"),
}
# Template leftovers, an HTML comment, editors, a teacher, a grant PI, hiring committees.
NOT_FACTS = {
    ("Rafael Quintero-Vidal", "studied_at", "GitHub University"),
    ("Élise Garnier", "jury_reviewer", "Claire Vautrin"),
    ("Noor Haddad", "advisor_internship", "Samuel Okafor"),
    ("Rafael Quintero-Vidal", "coauthor", "Gunnar Ashby"),
    ("Wen Halloran", "coauthor", "Gunnar Ashby"),
    ("Rafael Quintero-Vidal", "coauthor", "Lena Moretti"),
    ("Rafael Quintero-Vidal", "advisor_other", "Claire Vautrin"),
    ("Odile Ferrand", "jury_member", "Claire Vautrin"),
    ("Magnus Oakley", "jury_member", "Samuel Okafor"),
    ("Rafael Quintero-Vidal", "advisor_phd", "Claire Vautrin"),
    ("Rafael Quintero-Vidal", "coauthor", "Your Name"),
}


def gold_rows() -> list[dict]:
    return [json.loads(line) for line in EXPECTED.read_text("utf-8").splitlines() if line.strip()]


def alias_rows() -> list[dict]:
    return [json.loads(line) for line in ALIASES.read_text("utf-8").splitlines() if line.strip()]


def folded_key(subject: str, relation: str, obj: str, aliases: dict[str, str]) -> tuple:
    s, o = (aliases.get(fold(x), fold(x)) for x in (subject, obj))
    if relation == Relation.COAUTHOR:
        s, o = sorted((s, o))
    return relation, s, o


def alias_map() -> dict[str, str]:
    mapping = {}
    for row in alias_rows():
        for alias in [row["canonical"], *row["aliases"]]:
            mapping[fold(alias)] = fold(row["canonical"])
    return mapping


def web_text() -> str:
    """All text of the demo web (HTML as served, PDF text), mojibake repaired, folded."""
    import ftfy
    from pdfminer.high_level import extract_text

    parts = [path.read_text("utf-8") for path in WEB_ROOT.rglob("*.html")]
    parts.append(extract_text(str(PDF_CV)))
    text = ftfy.fix_text(" ".join(parts))
    text = re.sub(r"<[^>]+>", " ", text).replace("&eacute;", "é").replace("&amp;", "&")
    return fold(text)


def fetch(web: DemoWeb, path: str) -> http.client.HTTPResponse:
    """One GET without following redirects."""
    connection = http.client.HTTPConnection("127.0.0.1", web.port, timeout=5)
    connection.request("GET", path)
    response = connection.getresponse()
    response.body = response.read()
    connection.close()
    return response


SUPERVISION = {r.value for r in Relation if r.value.startswith("advisor_")}


def ancestors_in_gold(person: str, relations: set[str] = SUPERVISION) -> dict[str, int]:
    """Ancestor → generation (shortest chain), as the saved ``ancestors`` query defines it."""
    advisors: dict[str, set[str]] = {}
    for row in gold_rows():
        if row["relation"] in relations and not row.get("optional"):
            advisors.setdefault(row["subject"], set()).add(row["object"])
    found: dict[str, int] = {}
    frontier, generation = {person}, 0
    while frontier:
        generation += 1
        frontier = set().union(*(advisors.get(p, set()) for p in frontier)) - found.keys()
        found.update(dict.fromkeys(frontier, generation))
    return found


# --- the server -----------------------------------------------------------------------


def test_demo_web_serves_every_seed_site():
    with DemoWeb() as web:
        assert web.base_url.startswith("http://127.0.0.1:")
        seeds = web.seed_urls()
        assert len(seeds) >= 9
        for url in seeds:
            assert url.startswith(web.base_url) and url.endswith("/")
            with urllib.request.urlopen(url, timeout=5) as response:
                assert response.status == 200
                assert response.headers.get_content_type() == "text/html"
                assert b"<html" in response.read().lower()


def test_robots_txt_disallows_the_internal_folder_that_exists():
    with DemoWeb() as web:
        response = fetch(web, "/robots.txt")
        assert response.status == 200
        assert "Disallow: /kestrel/internal/" in response.body.decode()
        assert fetch(web, "/kestrel/internal/roster-draft.html").status == 200


def test_missing_pages_and_hidden_files_are_real_404s():
    with DemoWeb() as web:
        assert fetch(web, "/whalloran/talks.html").status == 404
        assert fetch(web, "/_redirects.json").status == 404
        assert fetch(web, "/oakley/assets/").status == 404  # no directory listing


def test_old_url_redirects_permanently_to_the_new_one():
    with DemoWeb() as web:
        response = fetch(web, "/oakley/cv.html")
        assert response.status == 301
        assert response.getheader("Location") == "/oakley/cv/"
        with urllib.request.urlopen(web.url("/oakley/cv.html"), timeout=5) as followed:
            assert followed.geturl() == web.url("/oakley/cv/")
            assert b"Ruth Calloway" in followed.read()


def test_server_stops_and_frees_its_port():
    web = DemoWeb().start()
    url = web.url("/ferrand/")
    urllib.request.urlopen(url, timeout=5).close()
    web.stop()
    with pytest.raises(urllib.error.URLError):
        urllib.request.urlopen(url, timeout=2)
    web.stop()  # a second stop is harmless


def test_seeds_file_lists_existing_site_folders():
    seeds = read_seeds()
    assert len(seeds) == len(set(seeds)) >= 9
    for seed in seeds:
        assert (WEB_ROOT / seed / "index.html").is_file(), seed


# --- the pages ------------------------------------------------------------------------


def test_students_and_advisors_link_each_others_sites():
    pairs = {
        (row["subject"], row["object"])
        for row in gold_rows()
        if row["relation"].startswith("advisor_")
        and row["subject"] in SITE_OF
        and row["object"] in SITE_OF
    }
    assert len(pairs) >= 5
    for student, advisor in pairs:
        for a, b in ((student, advisor), (advisor, student)):
            html = " ".join(p.read_text("utf-8") for p in (WEB_ROOT / SITE_OF[a]).rglob("*.html"))
            assert re.search(rf'href="/{SITE_OF[b]}/', html, re.I), (
                f"{a}'s site lacks a link to {b}"
            )


def test_pdf_cv_is_a_real_pdf_naming_its_owner_and_linked_from_the_site():
    from pdfminer.high_level import extract_text

    assert PDF_CV.read_bytes().startswith(b"%PDF-")
    text = extract_text(str(PDF_CV))
    assert "Tobias Renwick" in text
    assert "Thesis advisor: Ruth Calloway" in text
    assert 'HREF="/trenwick/renwick-cv.pdf"' in (WEB_ROOT / "trenwick" / "index.html").read_text()


def test_committed_pdf_is_what_the_script_generates(tmp_path):
    from pdfminer.high_level import extract_text

    from demo.make_cv_pdf import build_cv_pdf  # fpdf2: dev extra, like pytest itself

    # Text, not bytes: the PDF records the fpdf2 version that wrote it.
    assert extract_text(str(build_cv_pdf(tmp_path / "cv.pdf"))) == extract_text(str(PDF_CV))


def test_one_page_is_in_french_and_one_name_is_mojibake():
    ferrand = (WEB_ROOT / "ferrand" / "index.html").read_text("utf-8")
    assert 'lang="fr"' in ferrand
    for word in ("directrice de thèse", "Rapporteure", "Présidente du jury", "Examinatrice"):
        assert word.casefold() in ferrand.casefold()
    assert "LÃ©a Fontaine" in ferrand
    assert "Ã‰lise Garnier" in (WEB_ROOT / "oakley" / "publications" / "index.html").read_text()


# --- the gold file --------------------------------------------------------------------


def test_expected_rows_follow_the_claim_contract():
    rows = gold_rows()
    relations = {r.value for r in Relation}
    for row in rows:
        assert {"subject", "relation", "object", "start", "end", "evidence"} <= row.keys(), row
        assert row["relation"] in relations, row
        for year in (row["start"], row["end"]):
            assert year is None or (isinstance(year, int) and 1900 < year < 2100), row
        if row["start"] and row["end"]:
            assert row["start"] <= row["end"], row
        assert row["evidence"].strip() and row["subject"] != row["object"], row
        assert row.get("optional", False) in (True, False), row
    keys = [folded_key(r["subject"], r["relation"], r["object"], {}) for r in rows]
    assert len(keys) == len(set(keys)), [k for k, n in Counter(keys).items() if n > 1]


def test_every_relation_of_the_contract_is_stated_at_least_twice():
    counts = Counter(row["relation"] for row in gold_rows() if not row.get("optional"))
    assert {r.value: counts[r.value] for r in Relation if counts[r.value] < 2} == {}


def test_every_name_in_the_gold_occurs_on_the_demo_web():
    text = web_text()
    names = {row[end] for row in gold_rows() for end in ("subject", "object")}
    assert sorted(n for n in names if fold(n) not in text) == []


def test_coauthor_gold_is_the_clique_of_each_publication():
    coauthors = {
        frozenset((r["subject"], r["object"])) for r in gold_rows() if r["relation"] == "coauthor"
    }
    trio = ["Magnus Oakley", "Wen Halloran", "Tessa Renwick"]
    assert {frozenset(p) for p in itertools.combinations(trio, 2)} <= coauthors
    assert frozenset(("Tobias Renwick", "Tessa Renwick")) not in coauthors


def test_traps_yield_nothing_in_the_gold():
    keys = {folded_key(r["subject"], r["relation"], r["object"], {}) for r in gold_rows()}
    for triple in ROBOTS_ONLY | NOT_FACTS:
        assert folded_key(*triple, {}) not in keys, triple


def test_advisor_chains_are_at_least_three_generations_deep():
    lineage = ancestors_in_gold("Rafael Quintero-Vidal", {"advisor_phd"})
    assert lineage["Élise Garnier"] == 1 and lineage["Odile Ferrand"] == 1
    assert lineage["Magnus Oakley"] == 2 and lineage["Ruth Calloway"] == 3


def test_aliases_cover_every_organisation_of_the_gold():
    canonical = {row["canonical"] for row in alias_rows()}
    for row in alias_rows():
        assert isinstance(row["aliases"], list) and row["aliases"], row
    organisations = {
        r["object"] for r in gold_rows() if Relation(r["relation"]).family == "organisation"
    }
    organisations |= {r["subject"] for r in gold_rows() if r["relation"] == "part_of"}
    assert organisations - canonical == set()


@pytest.mark.skipif(not SCORE_SCRIPT.exists(), reason="../shared/eval/score.py is absent")
def test_gold_scores_perfectly_against_itself():
    import subprocess
    import sys

    done = subprocess.run(
        [
            sys.executable,
            str(SCORE_SCRIPT),
            str(EXPECTED),
            "--gold",
            str(EXPECTED),
            "--aliases",
            str(ALIASES),
            "--json",
        ],
        capture_output=True,
        text=True,
        check=True,
        timeout=60,
    )
    overall = json.loads(done.stdout)["relations"]["[all]"]
    assert (overall["fp"], overall["fn"], overall["f1"]) == (0, 0, 1.0)


# --- the demo runner ------------------------------------------------------------------


def test_demo_crawls_politely_and_runs_every_stage(tmp_path):
    steps = demo_steps(["http://127.0.0.1:1/ferrand/"], tmp_path / "demo")
    commands = [step.args[0] for step in steps]
    assert commands == ["crawl", "build", "export", "export", "export", "export", "query", "stats"]
    crawl = steps[0].args
    assert "--no-robots" not in crawl and crawl[crawl.index("--delay") + 1] == "0"
    assert all(str(tmp_path / "demo") in step.args for step in steps)


def test_fresh_workspace_empties_only_a_demo_folder(tmp_path):
    demo = tmp_path / "demo"
    (demo / "exports").mkdir(parents=True)
    (demo / "claims.sqlite").write_text("old")
    assert list(fresh_workspace(demo).iterdir()) == []
    precious = tmp_path / "mine"
    precious.mkdir()
    (precious / "claims.sqlite").write_text("keep")
    with pytest.raises(Exception, match="refusing"):
        fresh_workspace(precious)
    assert (precious / "claims.sqlite").read_text() == "keep"


# --- end to end -----------------------------------------------------------------------

# Relations every stage must carry through: supervision over three generations, a
# postdoc host, a jury read in English, a French jury role, initials resolved in a
# coauthor list, the mojibake name, team ⊂ lab ⊂ university.
NAMED_RELATIONS = [
    ("Rafael Quintero-Vidal", "advisor_phd", "Élise Garnier"),
    ("Élise Garnier", "advisor_phd", "Odile Ferrand"),
    ("Odile Ferrand", "advisor_phd", "Bertrand Lachaume"),
    ("Wen Halloran", "advisor_postdoc", "Magnus Oakley"),
    ("Élise Garnier", "jury_reviewer", "Tobias Renwick"),
    ("Marc Delorme", "jury_reviewer", "Odile Ferrand"),
    ("Magnus Oakley", "coauthor", "Tessa Renwick"),
    ("Élise Garnier", "coauthor", "Magnus Oakley"),
    ("Tessa Renwick", "member_of", "Kestrel Group"),
    ("ORCA", "part_of", "Laboratoire d'Informatique et de Mathématiques de Valmont"),
]


@pytest.mark.slow
def test_end_to_end_on_the_demo_web(tmp_path):
    workspace = tmp_path / "demo"
    relations = workspace / RELATIONS_FILE
    with DemoWeb() as web:
        run_cli(["crawl", *web.seed_urls(), "--delay", "0", "--workspace", str(workspace)])
    run_cli(["build", "--workspace", str(workspace)])
    run_cli(["export", "relations", "--workspace", str(workspace)])
    table = run_cli(
        [
            "query",
            "--saved",
            "ancestors",
            "--person",
            "Rafael Quintero-Vidal",
            "--format",
            "csv",
            "--workspace",
            str(workspace),
        ]
    )

    aliases = alias_map()
    rows = [json.loads(line) for line in relations.read_text("utf-8").splitlines() if line]
    found = {folded_key(r["subject"], r["relation"], r["object"], aliases) for r in rows}
    missing = [t for t in NAMED_RELATIONS if folded_key(*t, aliases) not in found]
    assert missing == []
    leaked = [t for t in ROBOTS_ONLY | NOT_FACTS if folded_key(*t, aliases) in found]
    assert leaked == []
    for row in rows:
        assert {"subject", "relation", "object", "start", "end", "evidence"} <= row.keys()

    # The four-generation PhD lineage must all be there, nobody else may, each at the
    # generation of the shortest supervision chain.
    answer = {
        fold(row["name"]): int(row["generation"]) for row in csv.DictReader(io.StringIO(table))
    }
    everyone = {fold(name): g for name, g in ancestors_in_gold("Rafael Quintero-Vidal").items()}
    lineage = {fold(name) for name in ancestors_in_gold("Rafael Quintero-Vidal", {"advisor_phd"})}
    assert len(lineage) >= 4 and max(everyone.values()) >= 2
    assert sorted(lineage - answer.keys()) == []
    assert sorted(answer.keys() - everyone.keys()) == []
    assert answer == {name: everyone[name] for name in answer}
