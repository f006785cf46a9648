"""Extraction: each fixture document beside the claims it states, plus the seed floors.

A case is ``extract/cases/<name>.<ext>`` + ``<name>.expected.jsonl`` (one claim per line:
subject, relation, object, start, end).  ``.pdftext`` cases are rendered to a PDF with
fpdf2 first, so the PDF path (pdfminer + repairs) is what gets tested.
"""

from __future__ import annotations

import doctest
import importlib
import json
import pkgutil
import re
import subprocess
import sys
from pathlib import Path

import pytest

from crawler.claims import Claim, Relation
from crawler.extract import ExtractionError, SiteContext, extract_document, extract_targets

HERE = Path(__file__).resolve().parent
CASES = HERE / "extract" / "cases"
REPO = HERE.parent
SHARED = REPO.parent / "shared"
FAMILY_FLOOR = 0.95
LATIN1_FALLBACK = str.maketrans({"–": "-", "—": "-", "’": "'", "“": '"', "”": '"', "…": "..."})


def _cases() -> list[Path]:
    return sorted(
        p for p in CASES.iterdir() if p.is_file() and not p.name.endswith(".expected.jsonl")
    )


def _expected(case: Path) -> set[tuple]:
    path = case.with_name(case.name.split(".")[0] + ".expected.jsonl")
    rows = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    return {_row(r) for r in rows}


def _row(row: dict) -> tuple:
    subject, obj = row["subject"], row["object"]
    if Relation(row["relation"]).symmetric and obj < subject:
        subject, obj = obj, subject
    return (subject, row["relation"], obj, row.get("start"), row.get("end"))


def render_pdf(text: str) -> bytes:
    """A PDF of *text* (lines kept); a tab makes a two-column row, as CV templates set dates."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if font.exists():
        pdf.add_font("DejaVu", "", str(font))
        pdf.set_font("DejaVu", size=10)
    else:  # without DejaVu (fonts-dejavu-core), a core font: Latin-1 only
        pdf.set_font("Helvetica", size=10)
        text = text.translate(LATIN1_FALLBACK).encode("latin-1", "replace").decode("latin-1")
    for line in text.splitlines():
        if "\t" in line:  # a two-column row: date column, then the entry
            left, right = line.split("\t", 1)
            pdf.cell(35, 5, left)
            pdf.cell(0, 5, right, new_x="LMARGIN", new_y="NEXT")
        else:
            pdf.multi_cell(0, 5, line or " ", new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


def _body(case: Path) -> bytes:
    if case.suffix == ".pdftext":
        return render_pdf(case.read_text(encoding="utf-8"))
    return case.read_bytes()


@pytest.mark.parametrize("case", _cases(), ids=lambda p: p.name)
def test_fixture_document_states_exactly_the_expected_claims(case):
    claims = extract_document(_body(case), f"https://example.org/{case.name}")
    got = {_row(c.to_dict()) for c in claims}
    expected = _expected(case)
    missing, extra = sorted(expected - got, key=str), sorted(got - expected, key=str)
    assert not missing and not extra, f"missing: {missing}\nunexpected: {extra}"


@pytest.mark.parametrize("case", _cases(), ids=lambda p: p.name)
def test_every_claim_carries_evidence_rule_and_no_contact_details(case):
    for claim in extract_document(_body(case), f"https://example.org/{case.name}"):
        assert claim.evidence and claim.extractor and 0 < claim.confidence <= 1
        assert not re.search(r"[\w.+-]+@[\w-]+\.[\w.]+", claim.evidence)
        assert not re.search(r"\+\d{2}[\s\d]{8,}|\b0\d(?:[ .]?\d\d){4}\b", claim.evidence)


def test_there_are_enough_fixture_cases_in_both_languages_and_all_formats():
    cases = _cases()
    assert len(cases) >= 15
    suffixes = {c.suffix for c in cases}
    assert {".html", ".md", ".bib", ".pdftext", ".txt"} <= suffixes
    assert any(c.name.startswith("fr_") for c in cases)


def test_a_site_folder_gives_the_owner_from_its_config(tmp_path):
    site = tmp_path / "site"
    (site / "_pages").mkdir(parents=True)
    (site / "_config.yml").write_text(
        "title: Lab notes\nauthor:\n  name: Bruno Vidal\n", encoding="utf-8"
    )
    (site / "_pages" / "about.md").write_text(
        "---\ntitle: About\n---\n\nI am {{ site.author.name }}. I did my PhD at the "
        "University of Gullwick under the supervision of Nora Pike.\n",
        encoding="utf-8",
    )
    (site / "_layouts").mkdir()
    (site / "_layouts" / "default.html").write_text("<p>Advisor: Theme Person</p>")
    results = dict(extract_targets([str(site)]))
    triples = {c.triple for claims in results.values() for c in claims}
    assert ("Bruno Vidal", "advisor_phd", "Nora Pike") in triples
    assert ("Bruno Vidal", "studied_at", "University of Gullwick") in triples
    assert not any("Theme Person" in t for t in map(str, triples))


def test_site_context_overrides_a_page_without_a_name():
    claims = extract_document(
        "I did my PhD under the supervision of Nora Pike.",
        "about.txt",
        site=SiteContext(owner="Bruno Vidal"),
    )
    assert [c.triple for c in claims] == [("Bruno Vidal", "advisor_phd", "Nora Pike")]


def test_a_page_without_an_owner_yields_no_owner_claims():
    claims = extract_document("I did my PhD under the supervision of Nora Pike.", "x.txt")
    assert claims == []


def test_missing_targets_are_one_line_errors(tmp_path):
    with pytest.raises(ExtractionError, match="nope.html"):
        list(extract_targets([str(tmp_path / "nope.html")]))


def test_mojibake_and_latin1_pages_are_repaired():
    page = ("<h1>Ada Quill</h1><p>PhD under the supervision of RÃ©mi Marlow.</p>").encode()
    claims = extract_document(page, "https://example.org/")
    assert [c.object for c in claims] == ["Rémi Marlow"]
    latin = (
        "<html><head><meta charset='iso-8859-1'></head><body><h1>Ada Quill</h1>"
        "<p>Thèse sous la direction de Hélène Roux.</p></body></html>"
    )
    claims = extract_document(latin.encode("latin-1"), "https://example.org/")
    assert [c.object for c in claims] == ["Hélène Roux"]


def test_pdf_repairs_split_accents_ligatures_and_glued_words():
    from crawler.extract.pdf import repair_pdf_text

    text = repair_pdf_text(
        "Universit´e de Pontclair, ﬁnal, investi-\ngation, Supervisors:RémiMarlow"
    )
    assert text == "Université de Pontclair, final, investigation, Supervisors: Rémi Marlow"


def test_claims_are_valid_claim_rows():
    claims = extract_document(
        CASES.joinpath("fr_cv_maitre_de_conferences.html").read_bytes(), "https://example.org/"
    )
    assert claims and all(isinstance(c, Claim) for c in claims)
    assert all(Claim.from_dict(c.to_dict()) == c for c in claims)


@pytest.mark.slow
def test_seed_pages_meet_the_family_f1_floors(tmp_path):
    seeds = sorted((SHARED / "seeds").glob("*.txt"))
    score = SHARED / "eval" / "score.py"
    if not seeds or not score.exists():
        pytest.skip("../shared/seeds and ../shared/eval are not present in this checkout")
    predicted = tmp_path / "claims.jsonl"
    with predicted.open("w", encoding="utf-8") as handle:
        for _source, claims in extract_targets([str(s) for s in seeds]):
            for claim in claims:
                handle.write(claim.to_json() + "\n")
    result = json.loads(
        subprocess.run(
            [sys.executable, str(score), str(predicted), "--json"],
            capture_output=True,
            text=True,
            check=True,
        ).stdout
    )
    families = {
        name: row["f1"]
        for name, row in result["relations"].items()
        if name.startswith("[") and name != "[all]"
    }
    assert set(families) >= {"[advisor]", "[jury]", "[coauthor]", "[organization]"}
    low = {name: f1 for name, f1 in families.items() if f1 < FAMILY_FLOOR}
    assert not low, f"families under {FAMILY_FLOOR}: {low}"
    years = result["years"]
    assert years["exact"] >= 0.9 * years["matched_with_gold_years"]


def test_a_url_is_fetched_once_and_read_like_a_file(tmp_path):
    import functools
    import http.server
    import threading

    (tmp_path / "index.html").write_text(
        "<html><head><title>Nora Pike</title></head><body><h1>Nora Pike</h1>"
        "<p>I did my PhD under the supervision of Bruno Vidal.</p></body></html>",
        encoding="utf-8",
    )
    handler = functools.partial(http.server.SimpleHTTPRequestHandler, directory=str(tmp_path))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        url = f"http://127.0.0.1:{server.server_address[1]}/index.html"
        results = list(extract_targets([url]))
    finally:
        server.shutdown()
        server.server_close()
    assert [source for source, _ in results] == [url]
    assert [c.triple for c in results[0][1]] == [("Nora Pike", "advisor_phd", "Bruno Vidal")]


def test_an_unreachable_url_is_a_one_line_error():
    with pytest.raises(ExtractionError) as error:
        list(extract_targets(["http://127.0.0.1:9/nothing.html"]))
    assert "127.0.0.1:9" in str(error.value) and "\n" not in str(error.value)


@pytest.mark.parametrize(
    ("text", "start", "end"),
    [
        ("since 2025", 2025, None),
        ("2020–2023", 2020, 2023),
        ("Jan. 2024 - Aug. 2025", 2024, 2025),
        ("septembre 2017 – août 2020", 2017, 2020),
        ("depuis octobre 2022", 2022, None),
        ("2021 – present", 2021, None),
        ("From 2022 to 2024", 2022, 2024),
        ("de 2018 à 2021", 2018, 2021),
        ("2019-20", 2019, 2020),
        ("until 2020", None, 2020),
        ("depuis le 01-10-2023", 2023, None),
        ("since 1 Oct. 2023", 2023, None),
        # A "since" / "until" year before a long tail, and beside a number that is no year.
        ("Lecturer since 2019, teaching algebra to first-year students", 2019, None),
        ("Member until 2018 (grant 20231, renewed in 2016)", None, 2018),
        ("no year at all", None, None),
    ],
)
def test_the_year_parser_reads_stated_periods_and_invents_none(text, start, end):
    from crawler.extract.dates import parse_period

    period = parse_period(text)
    assert (period.start, None if period.single else period.end) == (start, end)


def test_a_single_year_is_read_by_what_the_fact_is():
    from crawler.extract.dates import parse_period

    assert parse_period("PhD, 2014").as_end() == parse_period("until 2014")
    assert (
        parse_period("M2 internship (2021)").as_point().start,
        parse_period("M2 internship (2021)").as_point().end,
    ) == (2021, 2021)


def test_a_hugo_site_takes_its_owner_from_the_author_profile(tmp_path):
    site = tmp_path / "hugo-site"
    (site / "content" / "authors" / "admin").mkdir(parents=True)
    (site / "content" / "authors" / "admin" / "_index.md").write_text(
        "---\ntitle: Greta Holm\nrole: Lecturer\n---\nGreta is a lecturer.\n", encoding="utf-8"
    )
    (site / "content" / "post").mkdir()
    (site / "content" / "post" / "news.md").write_text(
        "---\ntitle: News\n---\n\nI did my PhD at Norrland University under the supervision of "
        "Dana Kirsch.\n",
        encoding="utf-8",
    )
    (site / "config.toml").write_text('title = "Lab notes"\n', encoding="utf-8")
    triples = {c.triple for _, claims in extract_targets([str(site)]) for c in claims}
    assert ("Greta Holm", "advisor_phd", "Dana Kirsch") in triples
    assert ("Greta Holm", "studied_at", "Norrland University") in triples


def _site(root: Path, files: dict[str, str]) -> Path:
    for relative, text in files.items():
        path = root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text, encoding="utf-8")
    return root


def _site_triples(site: Path) -> set[tuple]:
    return {
        (c.subject, c.relation.value, c.object, c.start, c.end)
        for _, claims in extract_targets([str(site)])
        for c in claims
    }


def test_an_eleventy_site_names_its_owner_in_global_data_and_njk_pages_are_read(tmp_path):
    site = _site(
        tmp_path / "eleventy",
        {
            "_data/site.json": '{"title": "Field notes", "author": "Osric Pennel"}',
            "_includes/base.njk": "<html><body>{{ content | safe }}<p>Advisor: Theme "
            "Sample</p></body></html>",
            "index.njk": "---\nlayout: base.njk\ntitle: Home\n---\n<h1>{{ site.author }}</h1>\n"
            "<p>My doctoral thesis (University of Brill, 2012–2016) was supervised by Hedda "
            "Marsk.</p>\n<ul>{% for p in collections.posts %}<li>{{ p.data.title }}</li>"
            "{% endfor %}</ul>\n",
        },
    )
    triples = _site_triples(site)
    assert ("Osric Pennel", "advisor_phd", "Hedda Marsk", 2012, 2016) in triples
    assert not any("Theme" in str(t) or "{" in str(t) for t in triples)


def test_a_pelican_site_reads_its_settings_as_text_and_never_runs_them(tmp_path):
    marker = tmp_path / "ran.txt"
    site = _site(
        tmp_path / "pelican",
        {
            "pelicanconf.py": f'AUTHOR = "Ysolde Carrec"\nSITENAME = "Notes"\n'
            f'open({str(marker)!r}, "w").write("x")\nAUTHOR_ALT = AUTHOR + "!"\n',
            "content/pages/publications.md": "Title: Publications\nSlug: publications\n\n"
            "- Ysolde Carrec, Mael Tanguy (2021). Estrans vaseux. *Norois* 4.\n",
            "content/jury.md": "Title: Jury\nDate: 2024-11-20\n\nJ'ai été rapportrice de la "
            "thèse d'Anouk Selvès, soutenue le 18 novembre 2024.\n",
        },
    )
    triples = _site_triples(site)
    assert not marker.exists()
    assert ("Ysolde Carrec", "coauthor", "Mael Tanguy", None, None) in triples
    assert ("Anouk Selvès", "jury_reviewer", "Ysolde Carrec", 2024, 2024) in triples


def test_an_mkdocs_site_takes_site_author_and_fills_config_placeholders(tmp_path):
    site = _site(
        tmp_path / "mkdocs",
        {
            "mkdocs.yml": "site_name: Recherche\nsite_author: Gaspard Irribar\n",
            "docs/index.md": "# Accueil\n\nPage de {{ config.site_author }}.\n\nJ'ai soutenu ma "
            "thèse en\n2009 à l'Université de Lormes, sous la direction d'Aude Ferrand.\n",
        },
    )
    triples = _site_triples(site)
    assert ("Gaspard Irribar", "advisor_phd", "Aude Ferrand", None, 2009) in triples
    # (the wrapped line starting with the year continues the sentence)
    assert ("Gaspard Irribar", "studied_at", "Université de Lormes", None, 2009) in triples


def test_a_dated_line_stays_an_entry_of_its_own_after_a_wrapped_year_rule():
    claims = extract_document(
        "# CV\n\n## Positions\n\nLecturer since\n2019–2021: Postdoc, Univ of Brill\n", "cv.md"
    )
    assert all(c.start != 2019 or c.end == 2021 for c in claims)


def test_a_quarto_site_takes_its_owner_from_the_about_page_and_lists_author_records(tmp_path):
    site = _site(
        tmp_path / "quarto",
        {
            "_quarto.yml": "project:\n  type: website\nwebsite:\n  title: Home\n",
            "index.qmd": '---\ntitle: "Petra Quillane"\nabout:\n  template: jolla\n---\nHi.\n',
            "cv/index.qmd": "---\ntitle: CV\n---\n\n## Education\n\n- PhD, University of "
            "Orrin, 2015. Advisor: Tamsin Grell.\n",
            "publications/a.qmd": "---\ntitle: Ice\nauthor:\n  - name: Petra Quillane\n"
            "    affiliation: X\n  - name: Bo Lindahl\n---\n",
        },
    )
    triples = _site_triples(site)
    assert ("Petra Quillane", "advisor_phd", "Tamsin Grell", None, 2015) in triples
    assert ("Petra Quillane", "coauthor", "Bo Lindahl", None, None) in triples


def test_an_about_page_without_the_about_template_names_no_owner(tmp_path):
    from crawler.extract.sites import site_context

    _site(tmp_path, {"index.qmd": '---\ntitle: "Petra Quillane"\n---\nHi.\n'})
    assert site_context(tmp_path).owner is None


def test_a_hugo_blox_site_reads_author_handles_and_landing_experience_blocks(tmp_path):
    site = _site(
        tmp_path / "blox",
        {
            "content/authors/admin/_index.md": "---\ntitle: Ilse Varnhagen\n---\n",
            "content/publication/p/index.md": "---\ntitle: Dialects\nauthors:\n  - admin\n"
            "  - Kaj Oyelowo\n---\n",
            "content/experience.md": "---\ntitle: Experience\ntype: landing\nsections:\n"
            "  - block: experience\n    content:\n      title: Experience\n      items:\n"
            "        - title: Lecturer\n          company: University of Skarn\n"
            "          date_start: '2019-09-01'\n          date_end: ''\n---\n",
        },
    )
    triples = _site_triples(site)
    assert ("Ilse Varnhagen", "coauthor", "Kaj Oyelowo", None, None) in triples
    assert ("Ilse Varnhagen", "employed_at", "University of Skarn", 2019, None) in triples
    assert not any("admin" in str(t) for t in triples)


def test_a_members_data_file_gives_each_member_their_advisors_and_no_owner():
    members = (
        "- name: Runa Halloran\n  position: Principal Investigator\n"
        "- name: Teodor Vikse\n  position: PhD student\n  advisors: [Runa Halloran, "
        "Amos Petch]\n  start: 2021\n"
        "- name: Lior Bask\n  position: Postdoc\n  supervisor: Runa Halloran\n"
        "  years: 2022–2024\n"
    )
    triples = {
        (c.subject, c.relation.value, c.object, c.start, c.end)
        for c in extract_document(members, "site/_data/members.yml")
    }
    assert triples == {
        ("Teodor Vikse", "advisor_phd", "Runa Halloran", 2021, None),
        ("Teodor Vikse", "advisor_phd", "Amos Petch", 2021, None),
        ("Lior Bask", "advisor_postdoc", "Runa Halloran", 2022, 2024),
    }


def test_a_work_history_data_file_is_no_members_roster():
    work = (
        "- name: Skarn University\n  position: Lecturer\n  startDate: 2019\n"
        "- name: Brill Institute\n  position: Postdoc\n  startDate: 2016\n  endDate: 2019\n"
    )
    claims = extract_document(work, "site/_data/work.yml")
    assert not any(c.subject in ("Skarn University", "Brill Institute") for c in claims)


def test_a_people_file_grouped_by_role_reads_the_group_as_each_members_position():
    people = (
        "faculty:\n  - name: Runa Halloran\n    title: Professor\n"
        "phd_students:\n  - name: Teodor Vikse\n    advisor: Runa Halloran\n"
        "    co_advisor: Amos Petch\n    year: 2022\n"
        "alumni:\n  - name: Lior Bask\n    degree: PhD 2019\n    advisor: Runa Halloran\n"
    )
    triples = {
        (c.subject, c.relation.value, c.object, c.start, c.end)
        for c in extract_document(people, "site/_data/people.yml")
    }
    assert triples == {
        ("Teodor Vikse", "advisor_phd", "Runa Halloran", 2022, None),
        ("Teodor Vikse", "advisor_phd", "Amos Petch", 2022, None),
        ("Lior Bask", "advisor_phd", "Runa Halloran", None, 2019),
    }


def test_an_owners_students_data_file_reads_french_keys_and_co_advisors(tmp_path):
    site = _site(
        tmp_path / "hugo-fr",
        {
            "config.toml": '[params]\n  author = "Maïwenn Corre"\n',
            "data/encadrement.yaml": "doctorants:\n  - nom: Erwan Kerhoas\n    debut: 2021\n"
            "    fin: 2024\n    co_encadrant: Yann Pellen\nstagiaires:\n  - nom: Lena Quéré\n"
            "    niveau: M2\n    annee: 2022\n",
        },
    )
    triples = _site_triples(site)
    assert ("Erwan Kerhoas", "advisor_phd", "Maïwenn Corre", 2021, 2024) in triples
    assert ("Erwan Kerhoas", "advisor_phd", "Yann Pellen", 2021, 2024) in triples
    assert ("Lena Quéré", "advisor_internship", "Maïwenn Corre", 2022, 2022) in triples


def test_a_geological_survey_is_an_employer():
    claims = extract_document(
        "# Halvard Ostby\n\n## Positions\n\n* Postdoctoral researcher, Norvang Geological "
        "Survey, 2017–2020\n",
        "cv.md",
    )
    assert ("Halvard Ostby", "employed_at", "Norvang Geological Survey") in {
        c.triple for c in claims
    }


def test_a_sphinx_site_takes_a_persons_author_from_conf_py_read_as_text(tmp_path):
    from crawler.extract.sites import site_context

    marker = tmp_path / "ran.txt"
    site = _site(
        tmp_path / "sphinx",
        {
            "docs/conf.py": f'project = "Basalte"\nauthor = "Loïc Verdier"\n'
            f'open({str(marker)!r}, "w")\n',
            "docs/theses.md": "# Thèses encadrées\n\n- Albane Roussel (2015–2019)\n",
        },
    )
    assert ("Albane Roussel", "advisor_phd", "Loïc Verdier", 2015, 2019) in _site_triples(site)
    assert not marker.exists()
    _site(tmp_path / "team", {"conf.py": 'author = "The Basalte developers"\n'})
    assert site_context(tmp_path / "team").owner is None


def test_a_themes_profile_data_file_names_the_owner_and_its_titled_lists_are_read(tmp_path):
    site = _site(
        tmp_path / "online-cv",
        {
            "_config.yml": "theme: jekyll-theme-online-cv\n",
            "_data/data.yml": "sidebar:\n  name: Clémence Aubrac\n  tagline: MCF\n"
            "projects:\n  title: Encadrement\n  assignments:\n"
            "    - title: Thèse de Gabin Roche (depuis 2021), co-encadrée avec Léa Vidal\n",
        },
    )
    triples = _site_triples(site)
    assert ("Gabin Roche", "advisor_phd", "Clémence Aubrac", 2021, None) in triples
    assert ("Gabin Roche", "advisor_phd", "Léa Vidal", 2021, None) in triples


def test_a_students_data_file_on_an_owners_site_lists_the_owners_students(tmp_path):
    site = _site(
        tmp_path / "papermod",
        {
            "hugo.yaml": "params:\n  author: Ottoline Graves\n",
            "data/students.json": '[{"name": "Kwabena Sallis", "level": "PhD", "start": 2019, '
            '"end": 2023, "co_supervisor": "Ines Varga"}, {"name": "Mirela Tusk", "level": '
            '"PhD", "start": 2022}]',
        },
    )
    triples = _site_triples(site)
    assert ("Kwabena Sallis", "advisor_phd", "Ottoline Graves", 2019, 2023) in triples
    assert ("Kwabena Sallis", "advisor_phd", "Ines Varga", 2019, 2023) in triples
    assert ("Mirela Tusk", "advisor_phd", "Ottoline Graves", 2022, None) in triples


def test_a_university_name_cut_by_a_line_wrap_is_read_whole():
    claims = extract_document(
        "# Ottoline Graves\n\nBefore that I was a research fellow at the Cadwell Flood Centre "
        "(2014–2018). I received my PhD from Ashgrove\nUniversity in 2014, advised by Desmond "
        "Holt.\n",
        "about.md",
    )
    assert ("Ottoline Graves", "studied_at", "Ashgrove University") in {c.triple for c in claims}


def test_an_alfolio_site_names_its_owner_by_first_and_last_name_and_reads_its_papers(tmp_path):
    site = _site(
        tmp_path / "alfolio",
        {
            "_config.yml": "title: blank\nfirst_name: Marisol\nmiddle_name: J.\n"
            "last_name: Okonkwo\n",
            "_bibliography/papers.bib": "---\n---\n@article{a,\n  title={Soft solids},\n"
            "  author={Okonkwo, Marisol and Fenwick, Tobiah},\n  year={2021}\n}\n",
        },
    )
    assert ("Marisol Okonkwo", "coauthor", "Tobiah Fenwick", None, None) in _site_triples(site)


def test_an_alfolio_config_left_as_shipped_names_no_owner(tmp_path):
    site = _site(
        tmp_path / "alfolio-sample",
        {
            "_config.yml": "first_name: You\nmiddle_name: R.\nlast_name: Name\n",
            "_pages/about.md": "---\ntitle: about\n---\n\nI did my PhD under the supervision "
            "of Hedda Marsk.\n",
        },
    )
    assert not any("You" in str(t) for t in _site_triples(site))


def test_a_cv_data_files_label_line_stays_a_label():
    cv = (
        "- title: Formation\n  type: time_table\n  contents:\n"
        "    - title: Doctorat en informatique\n      institution: Université de Valrose\n"
        "      year: 2014 - 2017\n      description:\n"
        "        - Directrice de thèse : Armelle Quintard\n"
    )
    claims = extract_document(cv, "site/_data/cv.yml", site=SiteContext(owner="Théo Marc"))
    assert ("Théo Marc", "advisor_phd", "Armelle Quintard") in {c.triple for c in claims}


def test_my_student_who_defended_today_and_the_sentences_after_speak_of_the_student():
    page = (
        "---\ntitle: Congratulations\ndate: '2023-05-02'\n---\n\nMy student Wilma Hollis "
        "successfully defended her PhD thesis today. She was co-advised by Rupert Ndiaye. Many "
        "thanks to the external examiner, Cordelia Fanshawe.\n"
    )
    claims = extract_document(page, "post.md", site=SiteContext(owner="Amara Quist"))
    assert {(c.subject, c.relation.value, c.object, c.start, c.end) for c in claims} == {
        ("Wilma Hollis", "advisor_phd", "Amara Quist", None, 2023),
        ("Wilma Hollis", "advisor_phd", "Rupert Ndiaye", None, 2023),
        ("Wilma Hollis", "jury_examiner", "Cordelia Fanshawe", 2023, 2023),
    }


def test_a_pronoun_after_a_third_person_bio_still_speaks_of_the_owner():
    claims = extract_document(
        "She received her PhD in 2010. She was co-advised by Rupert Ndiaye.",
        "about.md",
        site=SiteContext(owner="Amara Quist"),
    )
    assert ("Amara Quist", "advisor_phd", "Rupert Ndiaye") in {c.triple for c in claims}


def test_a_sites_post_on_a_students_defence_speaks_of_the_student(tmp_path):
    site = _site(
        tmp_path / "hexo",
        {
            "_config.yml": "title: Carnet\nauthor: Noémie Lestrade\n",
            "source/_posts/soutenance.md": "---\ntitle: Soutenance de Basile Orsoni\n---\n\n"
            "Basile Orsoni, dont j'ai co-encadré la thèse avec Ilona Ferrat, a soutenu le 2 "
            "juin 2023. Le jury était composé de Jean Amiel (rapporteur) et Lise Corbin "
            "(présidente).\n",
        },
    )
    triples = _site_triples(site)
    assert ("Basile Orsoni", "advisor_phd", "Noémie Lestrade", None, 2023) in triples
    assert ("Basile Orsoni", "advisor_phd", "Ilona Ferrat", None, 2023) in triples
    assert ("Basile Orsoni", "jury_reviewer", "Jean Amiel", 2023, 2023) in triples
    assert not any(t[0] == "Noémie Lestrade" for t in triples)


def test_a_new_student_named_first_started_their_phd_with_the_owner():
    claims = extract_document(
        "Leif Marrow started his PhD with me in September 2023, co-supervised by Ada Fenn.",
        "post.md",
        site=SiteContext(owner="Oda Brekke"),
    )
    assert {(c.subject, c.relation.value, c.object, c.start) for c in claims} == {
        ("Leif Marrow", "advisor_phd", "Oda Brekke", 2023),
        ("Leif Marrow", "advisor_phd", "Ada Fenn", 2023),
    }


def test_an_examiner_at_a_phd_viva_sat_on_that_jury():
    claims = extract_document(
        "Last week I served as internal examiner for the PhD viva of Jessa Morrow.",
        "post.md",
        site=SiteContext(owner="Oda Brekke"),
    )
    assert [c.triple for c in claims] == [("Jessa Morrow", "jury_examiner", "Oda Brekke")]


def _html(title: str, body: str) -> str:
    return f"<html><head><title>{title}</title></head><body>{body}</body></html>"


def _facts(text: str, name: str = "page.html") -> set[tuple]:
    claims = extract_document(text, f"https://unseen.example.org/{name}")
    return {(c.subject, c.relation.value, c.object, c.start, c.end) for c in claims}


# Each page is written in a wording or layout no fixture above uses; (page, source file
# name, facts it must state, facts it must not state).
UNSEEN_LAYOUTS = {
    "hdr-announcement-with-members-named-first": (
        _html(
            "HDR d'Iseult Marrec - Agenda - Laboratoire de Géologie",
            "<p>12 mai 2025</p><h1>Habilitation d'Iseult Marrec</h1>"
            "<p>Iseult Marrec présentera ses travaux.</p><h2>Jury</h2><ul>"
            "<li>Mme Oriane Vasseur, professeure, Université de Quimper-Odet — rapportrice</li>"
            "<li>M. Tanguy Le Bihan, directeur de recherche, CNRS — examinateur</li></ul>"
            "<aside><h3>À venir</h3><ul><li>24/10 : séminaire de Ronan Kerjean</li></ul></aside>",
        ),
        "page.html",
        {
            ("Iseult Marrec", "jury_reviewer", "Oriane Vasseur", 2025, 2025),
            ("Iseult Marrec", "jury_examiner", "Tanguy Le Bihan", 2025, 2025),
        },
        {
            ("Oriane Vasseur", "jury_reviewer", "Iseult Marrec", None, None),
            ("Ronan Kerjean", "jury_member", "Iseult Marrec", None, None),
        },
    ),
    "defence-notice-with-an-apposition-and-a-school-name": (
        _html(
            "Actualités | Institut Breton",
            "<h1>Une soutenance à l'institut</h1><p>Mewen Guillou-Sarr, doctorant au sein de "
            "l'équipe Houle, soutiendra sa thèse le 3 juin 2024. Thèse préparée à l'École "
            "doctorale Sciences pour l'Ingénieur, sous la direction de Mme Nolwenn Abiven.</p>",
        ),
        "page.html",
        {("Mewen Guillou-Sarr", "advisor_phd", "Nolwenn Abiven", None, 2024)},
        set(),
    ),
    "thesis-record-with-the-candidate-after-par-and-roles-in-brackets": (
        _html(
            "Érosion des falaises crayeuses - Thèses",
            "<h1>Érosion des falaises crayeuses</h1><p>Par Armelle Quéméner-Diallo</p>"
            "<p>Soutenue le 12-12-2022</p><h2>Direction</h2><ul>"
            "<li>Gwendal Riou (Directeur de thèse)</li></ul><h2>Jury</h2>"
            "<ul><li>Président: Yannick Morvan</li></ul>",
        ),
        "page.html",
        {
            ("Armelle Quéméner-Diallo", "advisor_phd", "Gwendal Riou", None, 2022),
            ("Armelle Quéméner-Diallo", "jury_president", "Yannick Morvan", 2022, 2022),
        },
        set(),
    ),
    "plain-text-cv-with-a-capitals-name-line": (
        "CURRICULUM VITAE\n\nWILHELM OSTROWSKI-BRAY\nDepartment of Botany\n"
        "w.ob@example.edu\n\nDOCTORAL STUDENTS\nMarit Kjelsberg, Ph.D. 2021\n",
        "cv.txt",
        {("Marit Kjelsberg", "advisor_phd", "Wilhelm Ostrowski-Bray", None, 2021)},
        set(),
    ),
    "one-word-navbar-brand": (
        "<html><head><title>L'équipe</title></head><body><nav><a class='navbar-brand'>"
        "GeoStat</a></nav><h1>L'équipe</h1><p>Doctorants : Lucie Marchal.</p></body></html>",
        "page.html",
        set(),
        {("Lucie Marchal", "advisor_phd", "Geo Stat", None, None)},
    ),
    "role-headings-over-paragraphs-and-an-assessment-committee": (
        _html(
            "PhD defence: Astrid Holm-Nyberg",
            "<ul><li>Date: 2 May 2024</li></ul><h1>PhD defence: Astrid Holm-Nyberg</h1>"
            "<h2>Assessment committee</h2><ul>"
            "<li>Associate Professor Leif Sand, University of Odense-Fyn</li></ul>"
            "<h2>Main supervisor</h2><p>Professor Birgit Dahl, University of Viborg</p>",
        ),
        "page.html",
        {
            ("Astrid Holm-Nyberg", "jury_member", "Leif Sand", 2024, 2024),
            ("Astrid Holm-Nyberg", "advisor_phd", "Birgit Dahl", None, 2024),
        },
        {("Leif Sand", "jury_member", "Astrid Holm-Nyberg", None, None)},
    ),
    "news-with-roles-in-brackets-and-a-second-supervisor-named-before-the-role": (
        _html(
            "Congratulations, Dr. Varga-Lund!",
            "<h1>Congratulations, Dr. Varga-Lund!</h1><p>Ilona Varga-Lund successfully "
            "defended her PhD thesis, <em>Soft catalysts</em>, on 2 May 2023. Ilona worked "
            "under the supervision of Prof. Enzo Ricci, with Dr. Maura Quist as second "
            "supervisor.</p><p>Her examining committee consisted of Prof. Tove Lind "
            "(University of Skara, external examiner) and Dr. Pim Baars.</p>",
        ),
        "page.html",
        {
            ("Ilona Varga-Lund", "advisor_phd", "Maura Quist", None, 2023),
            ("Ilona Varga-Lund", "advisor_phd", "Enzo Ricci", None, 2023),
            ("Ilona Varga-Lund", "jury_examiner", "Tove Lind", 2023, 2023),
        },
        set(),
    ),
    "committee-item-whose-chair-is-someone-else": (
        _html(
            "Dr. Nadia Oyelaran – Department of History",
            "<h1>Dr. Nadia Oyelaran</h1><p>Nadia Oyelaran was promoted to Professor in 2020. "
            "She received her Ph.D. in 2011; her committee also included Omar Reyes and "
            "Lina Castell.</p><p><strong>Dissertation committee member</strong></p>"
            "<ul><li>Kofi Mensah-Berg (Ph.D. 2018, chair: Ruth Alder, University of Eston)</li>"
            "</ul>",
        ),
        "page.html",
        {
            ("Kofi Mensah-Berg", "jury_member", "Nadia Oyelaran", 2018, 2018),
            ("Nadia Oyelaran", "jury_member", "Omar Reyes", 2011, 2011),
        },
        {("Kofi Mensah-Berg", "jury_president", "Nadia Oyelaran", 2018, 2018)},
    ),
    "each-clause-keeps-its-own-summer": (
        _html(
            "Jonas Eklund-Baptiste | PhD candidate",
            "<h1>Jonas Eklund-Baptiste</h1><p>I spent summer 2023 as a research intern at "
            "Fjord Labs, hosted by Hedda Moen, and summer 2022 at Delta Systems working with "
            "Pavel Ruzicka.</p>",
        ),
        "page.html",
        {("Jonas Eklund-Baptiste", "advisor_internship", "Hedda Moen", 2023, 2023)},
        set(),
    ),
    "co-supervision-percentages-and-a-second-supervisor-heading": (
        _html(
            "Supervision — Dr Olwen Tregear",
            "<h1>Dr Olwen Tregear</h1><h2>PhD students</h2><h3>As second supervisor</h3><ul>"
            "<li>Sigrid Aune (2019–2023, 40%); first supervisor Haldor Fjeld.</li></ul>"
            "<h2>Encadrement doctoral</h2><ul><li>Co-encadrement (50 %) de la thèse de "
            "Fanta Keita (2020-2023), directeur : Yves Olivo</li></ul>",
        ),
        "page.html",
        {
            ("Sigrid Aune", "advisor_phd", "Olwen Tregear", 2019, 2023),
            ("Sigrid Aune", "advisor_phd", "Haldor Fjeld", 2019, 2023),
            ("Fanta Keita", "advisor_phd", "Olwen Tregear", 2020, 2023),
            ("Fanta Keita", "advisor_phd", "Yves Olivo", 2020, 2023),
        },
        set(),
    ),
    "advisors-after-our-pi-and-by-and-a-welcome-without-to": (
        _html(
            "News — Heron Lab",
            "<h1>News</h1><h2>Dr. Maja Strand!</h2><p>June 3, 2024</p><p>Congratulations to "
            "Maja Strand, who passed her PhD defense today. Maja was co-advised by our PI "
            "Tariq Olsen and by Ines Moura.</p><h2>New postdoc</h2><p>January 8, 2024</p>"
            "<p>We welcome Dr. Kenji Aalto, who joins the group as a postdoc working with "
            "Tariq Olsen.</p>",
        ),
        "page.html",
        {
            ("Maja Strand", "advisor_phd", "Tariq Olsen", None, 2024),
            ("Maja Strand", "advisor_phd", "Ines Moura", None, 2024),
            ("Kenji Aalto", "advisor_postdoc", "Tariq Olsen", 2024, None),
        },
        set(),
    ),
    "welcome-news-on-an-owners-page": (
        _html(
            "About - Freja Lindqvist-Obi",
            "<h1>Freja Lindqvist-Obi</h1><h2>News</h2><ul><li>Mar 2025 — Welcome to Tomas "
            "Rehn, who joins the group as a PhD student co-supervised with Alba Ferrer!</li></ul>",
        ),
        "page.html",
        {
            ("Tomas Rehn", "advisor_phd", "Freja Lindqvist-Obi", 2025, None),
            ("Tomas Rehn", "advisor_phd", "Alba Ferrer", 2025, None),
        },
        set(),
    ),
    "list-of-defences-one-paragraph-and-one-table-row-each": (
        _html(
            "Thèses soutenues – Laboratoire de Chimie",
            "<h1>Thèses soutenues</h1><h2>2024</h2><p><strong>Loïc Barre-Nguyen</strong> — "
            "<em>Titre</em> — soutenue le 4 avril 2024.<br>Direction : Hélène Morin (directrice)."
            "<br>Jury : Paul Girard (président), Anne Roy (rapportrice).</p>"
            "<table><tr><th>Candidate</th><th>Date</th><th>Dissertation</th><th>Advisor</th>"
            "</tr><tr><td>Ewa Novak</td><td>May 2, 2024</td><td>Title</td>"
            "<td>Dr. Hugo Lind</td></tr></table>",
        ),
        "page.html",
        {
            ("Loïc Barre-Nguyen", "advisor_phd", "Hélène Morin", None, 2024),
            ("Loïc Barre-Nguyen", "jury_president", "Paul Girard", 2024, 2024),
            ("Loïc Barre-Nguyen", "jury_reviewer", "Anne Roy", 2024, 2024),
            ("Ewa Novak", "advisor_phd", "Hugo Lind", None, 2024),
        },
        set(),
    ),
    "people-widget-whose-cards-are-sibling-headings-of-their-group": (
        _html(
            "People | Marsh Ecology Lab",
            "<h1>Meet the Team</h1><h2>Principal Investigator</h2><h2>Oskar Brandt</h2>"
            "<h3>Professor of Ecology</h3><h2>Grad Students</h2><h2>Lena Kovac</h2>"
            "<h3>PhD Student (2022–)</h3><h2>Staff</h2><h2>Rui Santos</h2><h3>Lab Manager</h3>",
        ),
        "page.html",
        {("Lena Kovac", "advisor_phd", "Oskar Brandt", 2022, None)},
        {("Rui Santos", "advisor_other", "Oskar Brandt", None, None)},
    ),
}


def _triples(html: str, name: str = "page.html") -> set[tuple]:
    claims = extract_document(html.encode(), f"https://example.org/{name}")
    return {(c.subject, c.relation.value, c.object, c.start, c.end) for c in claims}


def test_an_org_export_byline_does_not_hide_the_publication_list():
    html = (
        "<html><head><title>Ines Quarles</title></head><body><h1>Ines Quarles</h1>"
        "<h2>Publications</h2><ol><li>Ines Quarles, Bo Marlowe and Cy Terneuzen. <i>Typed"
        " ropes</i>. ICFP 2021.</li></ol>"
        '<div id="postamble"><p class="author">Author: Ines Quarles</p></div></body></html>'
    )
    pairs = {frozenset((s, o)) for s, r, o, *_ in _triples(html) if r == "coauthor"}
    assert frozenset(("Bo Marlowe", "Cy Terneuzen")) in pairs and len(pairs) == 3


def test_a_two_column_record_table_reads_as_labels_and_values():
    html = (
        "<html><head><title>Thèse</title>"
        '<meta name="citation_author" content="Nolwenn Abgrall"></head><body>'
        "<h1>Des graphes et des tores</h1><table>"
        "<tr><td>Type de document</td><td>Thèse</td></tr>"
        "<tr><td>Date de soutenance</td><td>3 mai 2021</td></tr>"
        "<tr><td>Établissement de soutenance</td><td>Université de Quimperlé</td></tr>"
        "<tr><td>Directeur(s) de thèse</td><td>Yann Morvezen, Aude Kerlann</td></tr>"
        "</table></body></html>"
    )
    triples = _triples(html)
    assert ("Nolwenn Abgrall", "advisor_phd", "Yann Morvezen") in {t[:3] for t in triples}
    assert ("Nolwenn Abgrall", "studied_at", "Université de Quimperlé", None, 2021) in triples


def test_people_widget_cards_fall_under_their_group_heading():
    card = (
        '<div class="people-person"><div class="portrait-title"><h2><a href="/a/">{}</a>'
        "</h2><h3>{}</h3></div></div>"
    )
    html = (
        "<html><head><title>People | Tern Lab</title></head><body><h1>Meet the Team</h1>"
        "<h2>Principal Investigator</h2>"
        + card.format("Odile Varga", "Professor of Ecology")
        + "<h2>Grad Students</h2>"
        + card.format("Kwame Idris", "PhD Student (2021–)")
        + card.format("Lea Brandt", "PhD Student (2022–)")
        + "</body></html>"
    )
    triples = {t[:4] for t in _triples(html)}
    assert ("Kwame Idris", "advisor_phd", "Odile Varga", 2021) in triples
    assert ("Lea Brandt", "advisor_phd", "Odile Varga", 2022) in triples


def test_an_open_range_in_a_definition_term_stays_open():
    from crawler.extract.dates import parse_period
    from crawler.extract.html import load_html

    document = load_html("<dl><dt>2022 –</dt><dd>Ada Quill, co-encadrement</dd></dl>", "x")
    period = parse_period(document.blocks[0].text)
    assert (period.start, period.end, period.single) == (2022, None, False)


def test_an_engineering_degree_is_studies_not_employment():
    html = (
        "<html><head><title>Odile Varga</title></head><body><h1>Odile Varga</h1>"
        "<h2>Formation</h2><ul><li>2014 : Diplôme d'ingénieur, École Nationale d'Ingénieurs"
        " de Brive</li><li>1998 | Ingénieur de l'École Supérieure de Chimie de Tulle</li>"
        "</ul></body></html>"
    )
    triples = _triples(html)
    assert ("Odile Varga", "studied_at", "École Nationale d'Ingénieurs de Brive", None, 2014) in (
        triples
    )
    assert ("Odile Varga", "studied_at", "École Supérieure de Chimie de Tulle", None, 1998) in (
        triples
    )
    assert not any(r == "employed_at" for _, r, *_ in triples)


def test_team_names_with_et_and_their_parents_and_head():
    html = (
        "<html><head><title>Équipe Graphes et Preuves</title></head><body><h1>Anciens</h1>"
        "<p>L'équipe Graphes et Preuves, rattachée au Laboratoire d'Informatique de Brive"
        " (Université de Brive-Corrèze), est dirigée par Odile Varga.</p></body></html>"
    )
    triples = {t[:3] for t in _triples(html)}
    assert ("Graphes et Preuves", "part_of", "Laboratoire d'Informatique de Brive") in triples
    assert (
        "Laboratoire d'Informatique de Brive",
        "part_of",
        "Université de Brive-Corrèze",
    ) in triples
    assert ("Odile Varga", "member_of", "Graphes et Preuves") in triples


def test_a_unit_run_by_several_bodies_is_not_a_breadcrumb():
    html = (
        "<html><head><title>Membres</title></head><body><p>Laboratoire de Géologie de Brive"
        " — UMR 9999 CNRS / Université de Brive-Corrèze</p></body></html>"
    )
    assert not any(r == "part_of" and o == "UMR 9999 CNRS" for _, r, o, *_ in _triples(html))


def test_a_profile_with_school_headings_and_dates_below():
    html = (
        "<html><head><title>Kwame Idris | Profile</title></head><body><h1>Kwame Idris</h1>"
        "<section><h2>Experience</h2><ul><li><h3>Data Scientist</h3>"
        "<p>Tidewell Analytics · Full-time</p><p>Mar 2021 - Present · 3 yrs</p></li></ul>"
        "</section><section><h2>Education</h2><ul><li><h3>University of Aldgate</h3>"
        "<p>Doctor of Philosophy - PhD, Ecology</p><p>2015 - 2020</p></li></ul></section>"
        "</body></html>"
    )
    triples = _triples(html)
    assert ("Kwame Idris", "studied_at", "University of Aldgate", 2015, 2020) in triples
    assert ("Kwame Idris", "employed_at", "Tidewell Analytics", 2021, None) in triples


def test_a_team_row_of_an_identity_table_is_a_membership():
    html = (
        "<html><head><title>Odile Varga</title></head><body><h1>Fiche personnel</h1><table>"
        "<tr><th>Nom</th><td>VARGA</td></tr><tr><th>Prénom</th><td>Odile</td></tr>"
        "<tr><th>Équipe</th><td>Chimie et Matériaux Durables (CMD)</td></tr>"
        "</table></body></html>"
    )
    triples = {t[:3] for t in _triples(html)}
    assert ("Odile Varga", "member_of", "Chimie et Matériaux Durables") in triples


def test_a_full_date_after_since_opens_a_range():
    from crawler.extract.dates import parse_period

    for text in ("depuis le 01-10-2023", "depuis le 1er octobre 2023", "since 1 Oct. 2023"):
        assert parse_period(text) == parse_period("since 2023"), text


def test_a_sentence_case_unit_with_its_acronym_and_a_hosting_lab():
    html = (
        "<html><head><title>Odile Varga</title></head><body><h1>Odile Varga</h1><p>Chargée de"
        " recherche au Département de chimie et matériaux (DCM) de l'ENS, depuis 2019.</p>"
        "<p>Je suis doctorante au Centre de Recherche Côtière de Brive (CRCB), rattaché à"
        " l'Université de Brive-Corrèze, depuis 2022, dans l'équipe Dynamique des Dunes.</p>"
        "</body></html>"
    )
    triples = {t[:3] for t in _triples(html)}
    assert ("Odile Varga", "member_of", "Département de chimie et matériaux") in triples
    assert ("Odile Varga", "member_of", "Centre de Recherche Côtière de Brive") in triples
    assert ("Odile Varga", "studied_at", "Université de Brive-Corrèze") in triples
    assert ("Odile Varga", "studied_at", "Centre de Recherche Côtière de Brive") not in triples


def test_a_group_lead_label_makes_the_head_a_member():
    text = (
        "# Welcome to the Tern Robotics Group\n\n## People\n\n"
        "**Group lead:** Prof. Odile Varga (since 2014)\n\n**PhD students**\n\n"
        "* Kwame Idris — 2021–\n"
    )
    claims = extract_document(text.encode(), "https://example.org/README.md")
    triples = {(c.subject, c.relation.value, c.object, c.start) for c in claims}
    assert ("Odile Varga", "member_of", "Tern Robotics Group", 2014) in triples


def test_joining_a_place_in_a_year_starts_the_employment():
    html = (
        "<html><head><title>Odile Varga</title></head><body><h1>Odile Varga</h1><p>Odile Varga"
        " joined Aldgate State University in 2016 as an Assistant Professor and was promoted"
        " to Associate Professor in 2022.</p></body></html>"
    )
    assert ("Odile Varga", "employed_at", "Aldgate State University", 2016, None) in _triples(html)


def test_a_group_named_after_its_head_is_not_an_organisation():
    from crawler.extract.organisations import find_organisations

    names = [m.name for m in find_organisations("Postdoc dans l'Équipe de Ada Quill, Institut X")]
    assert names == ["Institut X"]


def test_a_supervisor_heading_labels_the_paragraph_below_it():
    html = (
        "<html><head><title>PhD defence: Lea Brandt</title></head><body>"
        "<h1>PhD defence: Lea Brandt</h1><p>Lea Brandt will defend her PhD thesis.</p>"
        "<h2>Main supervisor</h2><p>Senior Researcher Odile Varga, Department of Soils</p>"
        "<h2>PhD supervision</h2><p>Kwame Idris (2019–2022)</p></body></html>"
    )
    triples = {t[:3] for t in _triples(html)}
    assert ("Lea Brandt", "advisor_phd", "Odile Varga") in triples
    assert not any(s == "Lea Brandt" and o == "Kwame Idris" for s, _, o in triples)


def test_the_newest_entry_of_a_dated_list_is_held_since_its_year():
    html = (
        "<html><head><title>Odile Varga</title></head><body><h1>Odile Varga</h1>"
        "<h2>Parcours</h2><dl><dt>2021</dt><dd>Chargée de recherche, Institut de Chimie de"
        " Tarnac</dd><dt>2018-2021</dt><dd>Post-doctorat, Université de Brive-Corrèze</dd>"
        "<dt>2016</dt><dd>ATER, Université de Lannilis</dd></dl></body></html>"
    )
    triples = _triples(html)
    assert ("Odile Varga", "employed_at", "Institut de Chimie de Tarnac", 2021, None) in triples
    # an older one-year entry stays one year
    assert ("Odile Varga", "employed_at", "Université de Lannilis", 2016, 2016) in triples


def test_the_newest_dated_line_of_a_text_cv_is_held_since_its_year():
    text = (
        "Odile Varga\nCurriculum Vitae\n\nAPPOINTMENTS\n"
        "2020        Associate Professor, Lannilis University\n"
        "2016-2020   Assistant Professor, Brinemouth University\n"
    )
    claims = extract_document(text.encode(), "https://example.org/cv.txt")
    triples = {(c.subject, c.relation.value, c.object, c.start, c.end) for c in claims}
    assert ("Odile Varga", "employed_at", "Lannilis University", 2020, None) in triples


def test_an_habilitation_announcement_keeps_the_candidate_position():
    html = (
        "<html><head><title>Soutenance d'HDR de Lea Brandt</title></head><body>"
        "<h1>Soutenance d'HDR de Lea Brandt</h1><p>Lea Brandt, chargée de recherche CNRS dans"
        " l'équipe Catalyse Verte, soutiendra son habilitation à diriger des recherches le 27"
        " juin 2025.</p><h2>Composition du jury</h2><ul><li>Mme Odile Varga, Professeure,"
        " Université de Lannilis — Présidente</li></ul></body></html>"
    )
    triples = {t[:3] for t in _triples(html)}
    assert ("Lea Brandt", "employed_at", "CNRS") in triples
    assert ("Lea Brandt", "member_of", "Catalyse Verte") in triples
    assert ("Lea Brandt", "jury_president", "Odile Varga") in triples


def test_a_visiting_student_stay_is_no_studies_at_the_host():
    html = (
        "<html><head><title>Lea Brandt</title></head><body><h1>Lea Brandt</h1><p>During my"
        " PhD I spent three months as a visiting student at Kestrel University, hosted by Ada"
        " Quill.</p></body></html>"
    )
    assert not any(r == "studied_at" for _, r, *_ in _triples(html))


def test_a_dated_jury_list_names_the_candidate_then_the_owner_role():
    html = (
        "<html><head><title>CV — Odile Varga</title></head><body><h1>Odile Varga</h1>"
        "<h2>Participation à des jurys de thèse</h2><ul>"
        "<li>2024 : Lea Brandt, Université de Lannilis — rapporteur</li>"
        "<li>2021 : Kwame Idris, Université de Brive-Corrèze — examinateur</li></ul>"
        "</body></html>"
    )
    triples = _triples(html)
    assert ("Lea Brandt", "jury_reviewer", "Odile Varga", 2024, 2024) in triples
    assert ("Kwame Idris", "jury_examiner", "Odile Varga", 2021, 2021) in triples


def test_the_footer_copyright_names_the_owner_before_a_site_brand():
    html = (
        '<html><head><title>Research | Tidal Flats</title></head><body><header><a class="'
        'site-title">Tidal Flats</a></header><main><h1>Research</h1><p>I am a senior lecturer'
        " at the University of Lannilis.</p></main><footer>© 2025 Lea Brandt · Built with"
        " Jekyll</footer></body></html>"
    )
    triples = {t[:3] for t in _triples(html)}
    assert triples == {("Lea Brandt", "employed_at", "University of Lannilis")}


def test_a_defences_page_with_announcing_headings_speaks_for_each_candidate():
    html = (
        "<html><head><title>Soutenances — Laboratoire X</title></head><body><h1>Soutenances"
        "</h1><h2>Soutenance de thèse de Lea Brandt</h2><p>Lea Brandt soutiendra sa thèse le"
        " 8 avril 2025, sous la direction d'Odile Varga et l'encadrement de Kwame Idris.</p>"
        "<p>Jury : Ada Quill (examinatrice, présidente), Zed Marlow (rapporteur).</p>"
        "<h2>Soutenance de thèse de Ines Calloway</h2><p>Ines Calloway a soutenu sa thèse le"
        " 3 février 2025, dirigée par Bo Marlowe.</p><p>Jury : Cy Terneuzen (président).</p>"
        "</body></html>"
    )
    triples = {t[:3] for t in _triples(html)}
    assert {
        ("Lea Brandt", "advisor_phd", "Odile Varga"),
        ("Lea Brandt", "advisor_phd", "Kwame Idris"),
        ("Lea Brandt", "jury_president", "Ada Quill"),
        ("Lea Brandt", "jury_reviewer", "Zed Marlow"),
        ("Ines Calloway", "advisor_phd", "Bo Marlowe"),
        ("Ines Calloway", "jury_president", "Cy Terneuzen"),
    } <= triples
    assert not any(s == "Lea Brandt" and o == "Cy Terneuzen" for s, _, o in triples)


def test_a_committee_member_for_a_candidate_under_doctoral_committees():
    html = (
        "<html><head><title>Odile Varga</title></head><body><h1>Odile Varga</h1>"
        "<h3>Doctoral committees</h3><ul><li>Committee member for Lea Brandt (Lannilis"
        " University, 2022)</li></ul></body></html>"
    )
    assert ("Lea Brandt", "jury_member", "Odile Varga", 2022, 2022) in _triples(html)


def test_the_thesis_range_stated_just_above_dates_its_advisors():
    html = (
        "<html><head><title>Lea Brandt</title></head><body><h1>Lea Brandt</h1><h2>À propos"
        "</h2><p>Doctorante CIFRE (2023-2026) au Laboratoire de Lannilis.</p><p>Ma thèse est"
        " dirigée par Odile Varga, codirigée par Kwame Idris.</p></body></html>"
    )
    triples = _triples(html)
    assert ("Lea Brandt", "advisor_phd", "Odile Varga", 2023, 2026) in triples
    assert ("Lea Brandt", "advisor_phd", "Kwame Idris", 2023, 2026) in triples


def test_a_since_row_of_the_profile_record_dates_its_employer():
    html = (
        "<html><head><title>Dr Lea Brandt - Staff Profile</title></head><body><p>University"
        " of Lannilis › School of Physics › Staff</p><h1>Dr Lea Brandt</h1><table>"
        "<tr><th>Position</th><td>Lecturer in Astrophysics</td></tr>"
        "<tr><th>School</th><td>School of Physics, University of Lannilis</td></tr>"
        "<tr><th>Since</th><td>2021</td></tr></table></body></html>"
    )
    assert ("Lea Brandt", "employed_at", "University of Lannilis", 2021, None) in _triples(html)


def test_role_labelled_jury_sentences_and_a_singular_role_in_brackets():
    from crawler.extract.relations import jury_members

    reviewer, examiner, president = (
        Relation.JURY_REVIEWER,
        Relation.JURY_EXAMINER,
        Relation.JURY_PRESIDENT,
    )
    assert jury_members("Examinateurs : Ada Quill et Zed Marlow (président).") == [
        ("Ada Quill", examiner),
        ("Zed Marlow", president),
    ]
    assert jury_members("Ada Quill and Zed Marlow (reviewers)") == [
        ("Ada Quill", reviewer),
        ("Zed Marlow", reviewer),
    ]
    html = (
        "<html><head><title>Lea Brandt</title></head><body><h1>Lea Brandt</h1><h2>Jury de"
        " thèse</h2><p>Rapporteurs : Ada Quill et Kwame Idris. Examinateurs : Odile Varga et"
        " Zed Marlow (président).</p></body></html>"
    )
    triples = {t[:3] for t in _triples(html)}
    assert ("Lea Brandt", "jury_reviewer", "Kwame Idris") in triples
    assert ("Lea Brandt", "jury_examiner", "Odile Varga") in triples
    assert ("Lea Brandt", "jury_president", "Zed Marlow") in triples


def test_an_institute_listed_right_after_the_employer_is_its_lab():
    html = (
        "<html><head><title>Odile Varga</title></head><body><h1>Odile Varga</h1>"
        "<p>Maîtresse de conférences · Université de Brive-Corrèze · Institut de Recherche en"
        " Chimie de Tarnac (IRCT)</p></body></html>"
    )
    triples = {t[:3] for t in _triples(html)}
    assert ("Odile Varga", "employed_at", "Université de Brive-Corrèze") in triples
    institute = "Institut de Recherche en Chimie de Tarnac"
    assert ("Odile Varga", "member_of", institute) in triples
    assert ("Odile Varga", "employed_at", institute) not in triples


def test_a_thesis_cover_names_the_university_of_the_candidate():
    html = (
        "<html><head><title>Thèse — Lea Brandt</title></head><body>"
        "<p>THÈSE DE DOCTORAT DE</p><p>L'UNIVERSITÉ DE BRIVE-CORRÈZE</p><p>Par</p>"
        "<h1>Lea BRANDT</h1><h2>Un titre</h2><p>Thèse soutenue le 3 mai 2021</p>"
        "<p>Président : Odile Varga, Professeure, Université de Brive-Corrèze</p>"
        "<p>Examinateur : Kwame Idris, Université de Lannilis</p></body></html>"
    )
    triples = _triples(html)
    assert ("Lea Brandt", "studied_at", "Université de Brive-Corrèze", None, 2021) in triples
    # a jury member's university, below the candidate's name, is not the candidate's
    assert not any(o == "Université de Lannilis" for s, r, o, *_ in triples if s == "Lea Brandt")


def test_advisors_and_jury_named_without_years_take_the_thesis_years():
    html = (
        "<html><head><title>Lea Brandt | CV</title></head><body><h1>Lea Brandt</h1>"
        "<h2>Education</h2><p><b>2019</b> PhD, Chemistry, Brinemouth University</p>"
        "<h2>Appointments</h2><p><b>2019–2022</b> Postdoctoral Fellow, Gullwick University</p>"
        "<h2>Thesis</h2><p>I thank my advisor Odile Varga. I am grateful to the members of my"
        " thesis committee, Kwame Idris and Zed Marlow.</p>"
        "<h2>Advisors</h2><ul><li>Ada Quill (Postdoc)</li></ul></body></html>"
    )
    triples = _triples(html)
    assert ("Lea Brandt", "advisor_phd", "Odile Varga", None, 2019) in triples
    assert ("Lea Brandt", "jury_member", "Kwame Idris", 2019, 2019) in triples
    assert ("Lea Brandt", "advisor_postdoc", "Ada Quill", 2019, 2022) in triples


def test_thesis_years_are_not_lent_when_the_page_disagrees():
    html = (
        "<html><head><title>Lea Brandt | CV</title></head><body><h1>Lea Brandt</h1>"
        "<h2>Education</h2><ul><li>2019: PhD, Brinemouth University</li>"
        "<li>2016: PhD, Gullwick University</li></ul>"
        "<h2>Thesis</h2><p>I thank my advisor Odile Varga.</p></body></html>"
    )
    assert ("Lea Brandt", "advisor_phd", "Odile Varga", None, None) in _triples(html)


def test_a_thesis_record_tags_date_the_thanked_advisor():
    html = (
        '<html><head><title>Remerciements</title><meta name="citation_author"'
        ' content="Brandt, Lea"><meta name="citation_dissertation_institution"'
        ' content="Université de Lannilis"><meta name="citation_date" content="2022">'
        "</head><body><h1>Remerciements</h1><p>Je remercie ma directrice de thèse, Odile"
        " Varga, pour sa confiance.</p></body></html>"
    )
    assert ("Lea Brandt", "advisor_phd", "Odile Varga", None, 2022) in _triples(html)


def test_the_team_of_the_sentence_that_dates_the_thesis_takes_its_years():
    html = (
        "<html><head><title>Lea Brandt</title></head><body><h1>Lea Brandt</h1><p>Je suis"
        " doctorante au sein de l'équipe Mimosa du Laboratoire de Lannilis, sous la direction"
        " d'Odile Varga. Ma thèse, commencée en octobre 2023, porte sur les"
        " graphes.</p></body></html>"
    )
    triples = _triples(html)
    assert ("Lea Brandt", "advisor_phd", "Odile Varga", 2023, None) in triples
    assert ("Lea Brandt", "member_of", "Mimosa", 2023, None) in triples


def test_a_defence_participle_keeps_the_thesis_clause_and_its_year():
    html = (
        "<html><head><title>Lea Brandt</title></head><body><h1>Lea Brandt</h1><p>Lea Brandt"
        " a effectué sa thèse à l'Université de Lannilis, soutenue en 2019, puis un"
        " post-doctorat à l'Université de Brive-Corrèze (2019-2022).</p></body></html>"
    )
    triples = _triples(html)
    assert ("Lea Brandt", "studied_at", "Université de Lannilis", None, 2019) in triples
    assert ("Lea Brandt", "employed_at", "Université de Brive-Corrèze", 2019, 2022) in triples


def test_a_later_fact_of_another_kind_closes_the_advisor_clause():
    html = (
        "<html><head><title>Lea Brandt</title></head><body><h1>Lea Brandt</h1><p>Après un"
        " doctorat soutenu en 2017 à l'Université de Lannilis, sous la houlette d'Odile Varga,"
        " j'ai effectué un post-doctorat chez Kwame Idris (2017-2019).</p></body></html>"
    )
    triples = _triples(html)
    assert ("Lea Brandt", "advisor_phd", "Odile Varga", None, 2017) in triples
    assert ("Lea Brandt", "advisor_postdoc", "Kwame Idris", 2017, 2019) in triples


def test_a_where_clause_dates_the_place_it_follows():
    html = (
        "<html><head><title>Lea Brandt</title></head><body><h1>Lea Brandt</h1><p>After a"
        " postdoctoral position at Gullwick University (1988–1990), she returned to the"
        " University of Lannilis, where she has been a full professor since 1994.</p>"
        "</body></html>"
    )
    triples = _triples(html)
    assert ("Lea Brandt", "employed_at", "Gullwick University", 1988, 1990) in triples
    assert ("Lea Brandt", "employed_at", "University of Lannilis", 1994, None) in triples


def test_prose_after_a_table_does_not_take_a_row_date():
    html = (
        "<html><head><title>Lea Brandt</title></head><body><h1>Lea Brandt</h1><table>"
        "<tr><th>Thesis</th><td>On loops (1988)</td></tr>"
        "<tr><th>Doctoral advisor</th><td>Odile Varga</td></tr></table>"
        "<p>She is a professor at the University of Lannilis.</p></body></html>"
    )
    assert ("Lea Brandt", "employed_at", "University of Lannilis", None, None) in _triples(html)


def test_the_chair_of_a_viva_named_in_the_jury_paragraph():
    html = (
        "<html><head><title>Viva success for Lea Brandt</title></head><body>"
        "<h1>Viva success for Lea Brandt</h1><p>Lea Brandt defended her PhD thesis on 2 May"
        " 2023.</p><p>Her examiners were Ada Quill and Kwame Idris. The viva was chaired by"
        " Dr Zed Marlow.</p></body></html>"
    )
    assert ("Lea Brandt", "jury_president", "Zed Marlow", 2023, 2023) in _triples(html)


def test_joining_an_employer_by_its_short_name_dates_it():
    html = (
        "<html><head><title>Speakers</title></head><body><h1>Speakers</h1>"
        "<h2>Lea Brandt</h2><p>Lea Brandt is a Professor at the Kestrel Institute of"
        " Technology. She was a postdoc at Gullwick University before joining Kestrel in"
        " 2016.</p><h2>Kwame Idris</h2><p>Kwame Idris is a Lecturer at Brinemouth"
        " University.</p></body></html>"
    )
    triples = _triples(html)
    assert ("Lea Brandt", "employed_at", "Kestrel Institute of Technology", 2016, None) in triples
    assert ("Kwame Idris", "employed_at", "Brinemouth University", None, None) in triples


def test_joining_a_place_opens_its_own_clause_after_a_dated_postdoc():
    html = (
        "<html><head><title>Lea Brandt</title></head><body><h1>Lea Brandt</h1><p>Lea Brandt"
        " held a postdoctoral fellowship at Gullwick University (2014–2017), before joining"
        " Brinemouth College in 2017.</p></body></html>"
    )
    triples = _triples(html)
    assert ("Lea Brandt", "employed_at", "Gullwick University", 2014, 2017) in triples
    assert ("Lea Brandt", "employed_at", "Brinemouth College", 2017, None) in triples


def test_a_body_named_alone_takes_the_years_of_its_dated_site():
    html = (
        "<html><head><title>Lea Brandt</title></head><body><h1>Lea Brandt</h1>"
        "<p>Ingénieure-chercheuse au CEA, Université de Lannilis.</p><h2>Parcours</h2><ul>"
        "<li>2020 → aujourd'hui : ingénieure-chercheuse, CEA Lannilis</li>"
        "<li>2017 → 2020 : post-doc à l'Université de Brive-Corrèze</li></ul></body></html>"
    )
    assert ("Lea Brandt", "employed_at", "CEA", 2020, None) in _triples(html)


def test_a_section_heading_after_a_timeline_is_not_its_last_entry():
    from crawler.extract.documents import load

    html = (
        "<html><body><h1>Lea Brandt</h1><h2>Education</h2>"
        "<div><span>2014 – 2018</span><h5>DPhil in Statistics</h5><p>University X</p></div>"
        "<div><span>2010 – 2014</span><h5>MMath</h5><p>University X</p></div>"
        "<h2>Viva</h2><p>My viva examiners were Ada Quill and Zed Marlow.</p></body></html>"
    )
    blocks = load(html, "https://example.org/cv.html").blocks
    viva = next(b for b in blocks if "examiners" in b.text)
    assert "2014" not in viva.text and viva.section[-1] == "Viva"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Lea Brandt\nWith Léa Brandt and Zed Marlow.", "Léa Brandt"),
        ("Lea Brandt\nLEA BRANDT, Zed Marlow.", "Lea Brandt"),
        ("Lea Brandt\nLea Brandt, Zed Marlow.", "Lea Brandt"),
        ("Lea Brandt\nMira Brandt, Léa Quill.", "Lea Brandt"),
    ],
)
def test_owner_takes_the_accented_form_the_page_writes(text, expected):
    from crawler.extract.engine import _accented
    from crawler.extract.owner import PageOwner

    assert _accented(PageOwner("Lea Brandt", 0.8, "email"), text).name == expected


def test_a_fact_stated_several_times_keeps_its_dated_statements_fullest_first():
    """An employer named undated in a bio, then dated in two CV entries: the undated
    statement goes, the fuller period comes first, at the place the page first dates it;
    a fact stated twice without dates stays once, where it was first stated."""
    from crawler.extract.engine import tidy

    def employed(place, start=None, end=None, evidence="entry"):
        return Claim(
            "Ada Quill",
            Relation.EMPLOYED_AT,
            place,
            "https://example.org/cv",
            evidence,
            "test",
            0.8,
            start,
            end,
        )

    claims = [
        employed("University of Gullwick", evidence="bio"),
        employed("Kestrel Institute of Technology"),
        employed("Brinemouth University", 2012, 2014),
        employed("University of Gullwick", 2015),
        employed("Kestrel Institute of Technology", evidence="again"),
        employed("University of Gullwick", 2015, 2019),
    ]
    kept = [(c.object, c.start, c.end, c.evidence) for c in tidy(claims, "Ada Quill")]
    assert kept == [
        ("Kestrel Institute of Technology", None, None, "entry"),
        ("Brinemouth University", 2012, 2014, "entry"),
        ("University of Gullwick", 2015, 2019, "entry"),
        ("University of Gullwick", 2015, None, "entry"),
    ]


# Fourth unseen batch (issue #4): one small page per rule it added; (page, file name, facts it
# must state, facts it must not state).
FOURTH_BATCH_LAYOUTS = {
    "tribute-title-names-the-person": (
        _html(
            "Hommage à Lucien Marchadour (1931-2020) – Institut de Mathématiques",
            "<h1>Hommage à Lucien Marchadour (1931-2020)</h1><p>Il soutint sa thèse en 1961 "
            "sous la direction de Rose Vantrier. Il a dirigé vingt thèses ; parmi ses élèves "
            "figurent Aline Castaing et Bruno Keraval.</p>",
        ),
        "page.html",
        {
            ("Lucien Marchadour", "advisor_phd", "Rose Vantrier", None, 1961),
            ("Aline Castaing", "advisor_phd", "Lucien Marchadour", None, None),
        },
        set(),
    ),
    "festschrift-referees-are-no-jury": (
        _html(
            "Essays in Honour of Matilda Fenwick-Ade",
            "<h1>Waves: Essays in Honour of Matilda Fenwick-Ade</h1><p>Matilda completed her "
            "doctorate at the University of Tarrow in 1979 under the guidance of Omar Sleet, "
            "and joined Brackley College in 1982, where she remained until her retirement in "
            "2016.</p><p>We thank the anonymous referees and the series editor, Hugo Penrith, "
            "for their patience.</p>",
        ),
        "page.html",
        {
            ("Matilda Fenwick-Ade", "advisor_phd", "Omar Sleet", None, 1979),
            ("Matilda Fenwick-Ade", "employed_at", "Brackley College", 1982, 2016),
        },
        {("Matilda Fenwick-Ade", "jury_reviewer", "Hugo Penrith", 2016, 2016)},
    ),
    "greeting-heading-and-speaker-label-give-the-owner": (
        _html(
            "Seminar · Applied Analysis",
            "<h1>Sparse flows</h1><dl><dt>Speaker</dt><dd>Dr. Ida Strandqvist (University of "
            "Orrin)</dd><dt>Chair</dt><dd>Prof. Ned Halloway</dd></dl><h2>Bio</h2><p>Ida "
            "Strandqvist received her PhD from the University of Coldwell in 2016 under the "
            "supervision of Prof. Rafe Dunmore.</p>",
        ),
        "page.html",
        {("Ida Strandqvist", "advisor_phd", "Rafe Dunmore", None, 2016)},
        set(),
    ),
    "lab-head-advises-current-members-on-a-page-without-owner": (
        _html(
            "People | Okoro Lab",
            "<h2>Principal Investigator</h2><p><strong>Adaeze Okoro</strong>, Professor</p>"
            "<h2>Current members</h2><ul><li><strong>Piet Valk</strong> — PhD student (since "
            "2023), co-advised with Prof. Sanne Drost</li><li><strong>Uma Reyes</strong> — "
            "Lab manager</li></ul>",
        ),
        "page.html",
        {
            ("Piet Valk", "advisor_phd", "Adaeze Okoro", 2023, None),
            ("Piet Valk", "advisor_phd", "Sanne Drost", 2023, None),
        },
        {("Uma Reyes", "advisor_other", "Adaeze Okoro", None, None)},
    ),
    "year-column-table-rows-and-a-labelled-examiner": (
        _html(
            "Nell Tamsin-Ojo — CV",
            "<h1>Nell Tamsin-Ojo</h1><table><tr><th colspan=2><h2>Students supervised</h2>"
            "</th></tr><tr><td>2017–2021</td><td>Omid Farrah, PhD (co-supervised with Lise "
            "Borg)</td></tr><tr><th colspan=2><h2>PhD examinations</h2></th></tr><tr><td>2022"
            "</td><td>External examiner: Cal Whitby (University of Rook, 2022)</td></tr>"
            "</table>",
        ),
        "page.html",
        {
            ("Omid Farrah", "advisor_phd", "Nell Tamsin-Ojo", 2017, 2021),
            ("Omid Farrah", "advisor_phd", "Lise Borg", 2017, 2021),
            ("Cal Whitby", "jury_examiner", "Nell Tamsin-Ojo", 2022, 2022),
        },
        set(),
    ),
    "lone-date-profile-entries-and-an-institute-named-studies": (
        _html(
            "Kai Brenner-Lutz | Research profile",
            "<h1>Kai Brenner-Lutz</h1><h2>Experience</h2><div>March 2019 - present</div><div>"
            "Halden Institute for Coastal Studies</div><div>Senior Researcher</div><div>"
            "2014.10 - 2018.09</div><div>University of Wexmoor</div><div>PhD Student</div>"
            "<div>Supervisor: Prof. Tove Lindahl</div>",
        ),
        "page.html",
        {
            ("Kai Brenner-Lutz", "employed_at", "Halden Institute for Coastal Studies", 2019, None),
            ("Kai Brenner-Lutz", "studied_at", "University of Wexmoor", 2014, 2018),
            ("Kai Brenner-Lutz", "advisor_phd", "Tove Lindahl", 2014, 2018),
        },
        {("Kai Brenner-Lutz", "studied_at", "Halden Institute for Coastal Studies", 2019, None)},
    ),
    "author-per-list-item-under-a-title": (
        _html(
            "Jo Aarden | Research profile",
            "<h1>Jo Aarden</h1><h2>Research items</h2><div>Tidal drag revisited</div><div>2021 · "
            "Coastal Letters</div><ul><li>Jo Aarden</li><li>Mira Solberg</li></ul>"
            "<h2>Followers</h2><ul><li>Tom Ashdown</li><li>Eve Marsh</li></ul>",
        ),
        "page.html",
        {("Jo Aarden", "coauthor", "Mira Solberg", None, None)},
        {("Tom Ashdown", "coauthor", "Eve Marsh", None, None)},
    ),
    "french-career-list-teams-labels-and-clauses": (
        _html(
            "Rosalie Ferrand - Page personnelle",
            "<h1>Rosalie Ferrand</h1><p>Laboratoire : Laboratoire de Physique de Tarnac</p>"
            "<ul><li>Depuis 2017 : maîtresse de conférences à "
            "l'Université de Tarnac, à l'Institut de Chimie de Tarnac (ICT), équipe Catalyse "
            "Douce.</li><li>2015-2017 : post-doctorante à l'Université de Bâle-Rhin, dans le "
            "groupe de Urs Haldimann.</li></ul><p>Elle a soutenu sa thèse en 2015 sous la "
            "direction de Paul Anjou, "
            "puis a été ATER auprès de Léa Mornet de 2015 à 2016.</p>",
        ),
        "page.html",
        {
            ("Rosalie Ferrand", "member_of", "Institut de Chimie de Tarnac", 2017, None),
            ("Rosalie Ferrand", "member_of", "Catalyse Douce", 2017, None),
            ("Rosalie Ferrand", "advisor_postdoc", "Urs Haldimann", 2015, 2017),
            ("Rosalie Ferrand", "member_of", "Laboratoire de Physique de Tarnac", None, None),
            ("Rosalie Ferrand", "advisor_phd", "Paul Anjou", None, 2015),
        },
        {
            ("Rosalie Ferrand", "employed_at", "Institut de Chimie de Tarnac", 2017, None),
            ("Rosalie Ferrand", "advisor_phd", "Léa Mornet", 2015, 2016),
        },
    ),
    "defence-report-table-signature-and-co-supervision-cell": (
        _html(
            "Rapport de soutenance – Maël Kerbrat",
            "<h1>Rapport de soutenance de thèse</h1><table><tr><td>Candidat</td><td>M. Maël "
            "Kerbrat</td></tr><tr><td>Date de soutenance</td><td>3 juin 2022</td></tr><tr><td>"
            "Établissement</td><td>Université de Morlaix</td></tr></table><h2>Composition du "
            "jury</h2><table><tr><th>Nom</th><th>Établissement</th><th>Rôle</th></tr><tr><td>"
            "Mme Anne Riou</td><td>Université de Brest-Iroise</td><td>Présidente</td></tr><tr>"
            "<td>M. Goulven Tanguy</td><td>Université de Morlaix</td><td>Directeur de thèse</td>"
            "</tr></table><p>Fait à Morlaix, le 3 juin 2022.<br>La présidente du jury, A. Riou"
            "</p>",
        ),
        "page.html",
        {
            ("Maël Kerbrat", "jury_president", "Anne Riou", 2022, 2022),
            ("Maël Kerbrat", "advisor_phd", "Goulven Tanguy", None, 2022),
            ("Maël Kerbrat", "studied_at", "Université de Morlaix", None, 2022),
        },
        {("A. Riou", "jury_president", "Maël Kerbrat", 2022, 2022)},
    ),
    "supervision-table-with-a-co-supervision-column": (
        _html(
            "Encadrement | Hugo Tessonneau",
            "<div>Hugo Tessonneau</div><h1>Encadrement doctoral</h1><table><tr><th>Doctorant"
            "</th><th>Période</th><th>Co-encadrement</th></tr><tr><td>Nina Ollivro</td><td>"
            "2018–2021</td><td>Jean-Luc Ramel (40 %)</td></tr></table>",
        ),
        "page.html",
        {
            ("Nina Ollivro", "advisor_phd", "Hugo Tessonneau", 2018, 2021),
            ("Nina Ollivro", "advisor_phd", "Jean-Luc Ramel", 2018, 2021),
        },
        set(),
    ),
    "directory-entry-position-and-lab-labels": (
        _html(
            "Annuaire - Université de Lannilis",
            "<h1>Mme Gaëlle Morvan-Diallo</h1><p>Fonction : Maîtresse de conférences</p><p>"
            "Laboratoire : Laboratoire de Mécanique de Lannilis (LML)</p><p>Courriel : "
            "gaelle.morvan@lannilis.example.fr</p>",
        ),
        "page.html",
        {
            ("Gaëlle Morvan-Diallo", "employed_at", "Université de Lannilis", None, None),
            (
                "Gaëlle Morvan-Diallo",
                "member_of",
                "Laboratoire de Mécanique de Lannilis",
                None,
                None,
            ),
        },
        set(),
    ),
    "cv-references-list-referees-not-coauthors": (
        'NELL ASHGROVE-TIMU\nnell.at@example.org\n\nPUBLICATIONS\n"Vague tolerance" (with '
        "Iona Pike), Mind 131 (2022): 45-78.\n\nREFERENCES\nIona Pike, Ravi Mendel-Oyo, Tess "
        "Ulmer (teaching)\n",
        "cv.txt",
        set(),
        {
            ("Ravi Mendel-Oyo", "coauthor", "Tess Ulmer", None, None),
            ("Iona Pike", "coauthor", "Ravi Mendel-Oyo", None, None),
        },
    ),
    "speakers-page-bios-each-about-their-own-person": (
        _html(
            "Invited speakers | Workshop on Sampling",
            "<h1>Invited speakers</h1><h3>Oona Valtonen-Reid</h3><p>Tarrow University</p><p>"
            "Oona Valtonen-Reid is a Lecturer at Tarrow University. She obtained her PhD in 2014"
            " from the University of Pell, advised by Amos Kettering.</p><h3>Bram Oyelaran-Voss"
            "</h3><p>Corran Institute</p><p>Bram Oyelaran-Voss is a Professor at the Corran "
            "Institute. He received his doctorate from Haldane University in 2001, where his "
            "advisor was Ilse Morrow.</p>",
        ),
        "page.html",
        {
            ("Oona Valtonen-Reid", "advisor_phd", "Amos Kettering", None, 2014),
            ("Bram Oyelaran-Voss", "advisor_phd", "Ilse Morrow", None, 2001),
        },
        {
            ("Oona Valtonen-Reid", "advisor_phd", "Ilse Morrow", None, 2001),
            ("Oona Valtonen-Reid", "employed_at", "Corran Institute", None, None),
        },
    ),
    "news-post-about-one-alumna-and-a-menu-bar-heading": (
        _html(
            "Alumna wins prize | News",
            '<div class="topbar"><a href="/">Home</a> | <a href="/p">Papers</a></div>'
            "<p>Wenna Castell-Obi, who completed her PhD in our department in 2018 under the "
            "supervision of Professor Rolf Hagen, has won the Ostrom Prize.</p><p>She has been "
            "an assistant professor at Lindale University since 2020.</p>",
        ),
        "page.html",
        {
            ("Wenna Castell-Obi", "advisor_phd", "Rolf Hagen", None, 2018),
            ("Wenna Castell-Obi", "employed_at", "Lindale University", 2020, None),
        },
        set(),
    ),
}


def test_a_year_and_month_reads_as_its_year():
    from crawler.extract.dates import parse_period

    for text, start, end in (("2021.09 - Present", 2021, None), ("2019.07 - 2021.08", 2019, 2021)):
        period = parse_period(text)
        assert (period.start, period.end) == (start, end)


def test_a_menu_bar_read_as_a_heading_opens_no_section():
    from crawler.extract.sections import SectionKind, heading_kind

    assert heading_kind("Home | Papers") is None
    assert heading_kind("Papers") is SectionKind.PUBLICATIONS


# Sixth held-out batch: each rule its new layout needed, on a small page of its own;
# (page, source file name, facts it must state, facts it must not state).
SIXTH_BATCH_LAYOUTS = {
    "cv-served-in-one-pre-block": (
        _html(
            "cv.txt",
            "<pre>ODILE FENWICK-ABARA\nCurriculum Vitae\n\nPOSITIONS\n"
            "  2021-       Lecturer, Marsden University\n\nEDUCATION\n"
            "  2018        PhD, Corrib University\n                Supervisor: Anselm Quarry\n\n"
            "STUDENTS\n  Current     Pim Rasmussen (PhD, 2022-)\n"
            "  Past        Lotte Ferreira (MSc 2023)\n\nREFERENCES\n  On request.\n</pre>",
        ),
        "cv.html",
        {
            ("Odile Fenwick-Abara", "employed_at", "Marsden University", 2021, None),
            ("Odile Fenwick-Abara", "advisor_phd", "Anselm Quarry", None, 2018),
            ("Pim Rasmussen", "advisor_phd", "Odile Fenwick-Abara", 2022, None),
        },
        set(),
    ),
    "jury-service-role-in-the-heading": (
        _html(
            "Armelle Quintard",
            "<h1>Armelle Quintard</h1><h2>Participation à des jurys de thèse (rapporteur)</h2>"
            "<ul><li>2021 : Thèse de Basile Fromentin, Université de Lorvaux</li></ul>",
        ),
        "page.html",
        {("Basile Fromentin", "jury_reviewer", "Armelle Quintard", 2021, 2021)},
        {("Basile Fromentin", "jury_member", "Armelle Quintard", 2021, 2021)},
    ),
    "thesis-front-page-jury-table": (
        _html(
            "Thèse de doctorat — Gaëlle Morvan-Essien",
            "<p>THÈSE DE DOCTORAT</p><h1>Gaëlle MORVAN-ESSIEN</h1>"
            "<p>Thèse présentée et soutenue à Brest, le 2 mai 2024</p>"
            "<p><b>Rapporteurs avant soutenance :</b></p>"
            "<p>Yves QUÉMÉNEUR Professeur, Université de Lannvaux<br>"
            "Inès TALBI-ROUX Directrice de recherche, CNRS</p>"
            "<p><b>Composition du Jury :</b></p><table>"
            "<tr><td>Président :</td><td>Loïc ABGRALL</td><td>Professeur, Université de Kerlouan"
            "</td></tr><tr><td>Examinateurs :</td><td>Maud PERRONNO</td><td>Professeure</td></tr>"
            "<tr><td></td><td>Yves QUÉMÉNEUR</td><td>Professeur</td></tr>"
            "<tr><td>Dir. de thèse :</td><td>Soizic LE DANTEC</td><td>Professeure</td></tr>"
            "<tr><td>Co-encadrant :</td><td>Erwan PRIGENT</td><td>Ingénieur de recherche, Ifremer"
            "</td></tr></table><p><b>Invité :</b> Tanguy RIOU, Ingénieur, Océanide SAS</p>",
        ),
        "page.html",
        {
            ("Gaëlle Morvan-Essien", "jury_reviewer", "Inès Talbi-Roux", 2024, 2024),
            ("Gaëlle Morvan-Essien", "jury_president", "Loïc Abgrall", 2024, 2024),
            ("Gaëlle Morvan-Essien", "jury_examiner", "Maud Perronno", 2024, 2024),
            ("Gaëlle Morvan-Essien", "jury_examiner", "Yves Quéméneur", 2024, 2024),
            ("Gaëlle Morvan-Essien", "advisor_phd", "Soizic Le Dantec", None, 2024),
            ("Gaëlle Morvan-Essien", "advisor_phd", "Erwan Prigent", None, 2024),
        },
        {
            ("Gaëlle Morvan-Essien", "jury_member", "Océanide Sas", 2024, 2024),
            ("Gaëlle Morvan-Essien", "employed_at", "Université de Kerlouan", None, None),
            ("Gaëlle Morvan-Essien", "advisor_other", "Erwan Prigent", None, 2024),
        },
    ),
    "academic-tree-names-only-the-direct-advisor": (
        _html(
            "Perpetua Ashgrove — lineage",
            "<h1>Perpetua Ashgrove</h1><table>"
            "<tr><th>Advisor</th><td>Leander Voss-Okoro (PhD, 2011)</td></tr>"
            "<tr><th>Advisor's advisor</th><td>Hilde Marchetti</td></tr></table>"
            "<dl><dt>Directeur de thèse de mon directeur</dt><dd>Rémy Vautrin</dd></dl>",
        ),
        "page.html",
        {("Perpetua Ashgrove", "advisor_phd", "Leander Voss-Okoro", None, 2011)},
        {
            ("Perpetua Ashgrove", "advisor_phd", "Hilde Marchetti", None, 2011),
            ("Perpetua Ashgrove", "advisor_phd", "Rémy Vautrin", None, 2011),
        },
    ),
    "wiki-members-page-with-edit-links": (
        _html(
            "Members - Brackwater Vision Lab Wiki",
            '<h1>Members</h1><h2><span class="mw-headline">Principal investigator</span>'
            '<span class="mw-editsection">[<a href="?action=edit">edit</a>]</span></h2>'
            "<ul><li>Cressida Thorne (Professor)</li></ul>"
            '<h2><span class="mw-headline">PhD students</span>'
            '<span class="mw-editsection">[<a href="?action=edit">edit</a>]</span></h2>'
            "<ul><li>Idris Falkenrath (since 2022)</li></ul>",
        ),
        "Members.html",
        {
            ("Idris Falkenrath", "advisor_phd", "Cressida Thorne", 2022, None),
            ("Idris Falkenrath", "member_of", "Brackwater Vision Lab", 2022, None),
        },
        {("Idris Falkenrath", "member_of", "Wiki", 2022, None)},
    ),
    "sidebar-advisors-with-their-kind-and-collaborators-resolving-initials": (
        _html(
            "Tamsin Oyelowo-Grant | CV",
            "<aside><h2>Tamsin Oyelowo-Grant</h2><h3>Advisors</h3><ul>"
            "<li>Barnaby Quell (PhD)</li><li>Oona Festus (Postdoc)</li></ul>"
            "<h3>Collaborators</h3><ul><li>Hyland Marsh-Ebo</li><li>Ruari Dunmore</li></ul>"
            "</aside><main><h2>Publications</h2><ol><li>T. Oyelowo-Grant, H. Marsh-Ebo, "
            "R. Dunmore. Tidal mixing. <i>GRL</i> (2022).</li></ol></main>",
        ),
        "page.html",
        {
            ("Tamsin Oyelowo-Grant", "advisor_postdoc", "Oona Festus", None, None),
            ("Hyland Marsh-Ebo", "coauthor", "Ruari Dunmore", None, None),
        },
        {("Tamsin Oyelowo-Grant", "advisor_phd", "Oona Festus", None, None)},
    ),
    "with-a-as-supervisor-and-b-as-second-supervisor": (
        _html(
            "Dr. Wilhelmina Osei-Kraft",
            "<h1>Dr. Wilhelmina Osei-Kraft</h1><p>She completed her doctorate in 2013, with "
            "Caspar Lindqvist as my supervisor and Noor Haddad as my second supervisor — a lucky "
            "pairing.</p>",
        ),
        "page.html",
        {
            ("Wilhelmina Osei-Kraft", "advisor_phd", "Caspar Lindqvist", None, 2013),
            ("Wilhelmina Osei-Kraft", "advisor_phd", "Noor Haddad", None, 2013),
        },
        set(),
    ),
    "supervision-rate-makes-the-owner-an-advisor": (
        _html(
            "HDR — Lucienne Baptistin",
            "<h1>Lucienne Baptistin</h1><h2>Encadrements doctoraux</h2><ol>"
            "<li><b>Timéo Rouvière</b>, 2018 – 2021. Taux d'encadrement : 100 % "
            "(direction : Anselme Vautrin, dérogation).</li></ol>",
        ),
        "page.html",
        {
            ("Timéo Rouvière", "advisor_phd", "Lucienne Baptistin", 2018, 2021),
            ("Timéo Rouvière", "advisor_phd", "Anselme Vautrin", 2018, 2021),
        },
        set(),
    ),
    "team-inside-the-university-parenthesis": (
        _html(
            "Maïwenn Ravelo-Duclos",
            "<h1>Maïwenn Ravelo-Duclos</h1><p>Ingénieure-chercheuse au CEA, Université "
            "Grenoble Alpes (IRIG, équipe Spectroscopie quantique).</p>",
        ),
        "page.html",
        {
            ("Maïwenn Ravelo-Duclos", "employed_at", "CEA", None, None),
            ("Maïwenn Ravelo-Duclos", "member_of", "Spectroscopie quantique", None, None),
        },
        {("Maïwenn Ravelo-Duclos", "member_of", "Spectroscopie", None, None)},
    ),
    "project-page-is-nobody-s-page": (
        _html(
            "Projet ANR TEMPETE — Partenaires",
            "<h1>Projet ANR TEMPETE (2022–2026)</h1><h2>Personnels recrutés</h2><ul>"
            "<li>Lise Nzamba, doctorante (2022–2025), thèse dirigée par Hortense Calloc'h</li>"
            "</ul>",
        ),
        "page.html",
        {("Lise Nzamba", "advisor_phd", "Hortense Calloc'h", 2022, 2025)},
        {("Projet Anr Tempete", "advisor_phd", "Hortense Calloc'h", 2022, 2025)},
    ),
}


def test_a_position_after_an_upper_case_surname_is_no_part_of_the_name():
    from crawler.extract.persons import name_from_piece

    assert name_from_piece("Didier LE GOASTER Professeur") == "Didier Le Goaster"
    assert name_from_piece("Ada Lovelace") == "Ada Lovelace"


# Seventh batch (issue #4): one page per new rule, fictional people; (page, source file
# name, facts it must state, facts it must not state).
SEVENTH_BATCH_LAYOUTS = {
    "jury-apposition-with-ainsi-que": (
        _html(
            "Actualités",
            "<h1>Lorna Quéffelec a soutenu sa thèse</h1><p>Lorna Quéffelec a soutenu le 3 mai"
            " 2022 sa thèse.</p><p>Le jury, composé de Mme Ada Kerhervé (présidente), M. Yves"
            " Pennors (rapporteur) ainsi que de M. Loïc Tanguy (examinateur), lui a décerné"
            " le titre de docteur.</p>",
        ),
        "page.html",
        {
            ("Lorna Quéffelec", "jury_president", "Ada Kerhervé", 2022, 2022),
            ("Lorna Quéffelec", "jury_reviewer", "Yves Pennors", 2022, 2022),
            ("Lorna Quéffelec", "jury_examiner", "Loïc Tanguy", 2022, 2022),
        },
        set(),
    ),
    "major-professor-in-a-defense-committee": (
        _html(
            "Final Dissertation Defense: Orrin Blackwood-Fay | Department of Soils",
            "<h1>Final Dissertation Defense: Orrin Blackwood-Fay</h1><p>May 3, 2023</p>"
            "<p>Orrin Blackwood-Fay will defend his dissertation.</p><h2>Dissertation"
            " committee</h2><ul><li>Major Professor: Dr. Tamsin Oduya</li><li>Minor Professor:"
            " Dr. Keld Arnason</li></ul>",
        ),
        "page.html",
        {
            ("Orrin Blackwood-Fay", "advisor_phd", "Tamsin Oduya", None, 2023),
            ("Orrin Blackwood-Fay", "jury_member", "Keld Arnason", 2023, 2023),
        },
        {("Final Dissertation Defense", "jury_member", "Keld Arnason", 2023, 2023)},
    ),
    "lab-table-of-defended-theses": (
        _html(
            "Thèses soutenues",
            "<h1>Thèses soutenues</h1><table><tr><th>Doctorant</th><th>Directeur(s)</th>"
            "<th>Date</th><th>Titre</th></tr><tr><td>Nolwenn Carré</td><td>Erwan Pouliquen</td>"
            "<td>05/06/2021</td><td>Houle et courants</td></tr></table>",
        ),
        "page.html",
        {("Nolwenn Carré", "advisor_phd", "Erwan Pouliquen", None, 2021)},
        set(),
    ),
    "italian-co-tutor": (
        _html(
            "CV",
            "<h1>Livia Brancaleoni</h1><h2>Education</h2><ul><li>2017 - 2020: PhD in"
            " Chemistry, University of Serralta. Tutor: Prof. Dario Menchetti. Co-tutor:"
            " Dr. Irene Calvisi.</li></ul>",
        ),
        "page.html",
        {
            ("Livia Brancaleoni", "advisor_phd", "Dario Menchetti", 2017, 2020),
            ("Livia Brancaleoni", "advisor_phd", "Irene Calvisi", 2017, 2020),
        },
        set(),
    ),
    "one-cell-bold-row-is-a-heading": (
        _html(
            "Maren Ostrowski-Bello - Home",
            "<table><tr><td><b>Current students</b></td></tr><tr><td><table><tr>"
            "<td>Pavel Lindahl</td><td>PhD</td><td>2020 - present</td></tr></table></td></tr>"
            "</table>",
        ),
        "page.html",
        {("Pavel Lindahl", "advisor_phd", "Maren Ostrowski-Bello", 2020, None)},
        set(),
    ),
}


# Eighth batch (issue #4): one page per new rule, fictional people; (page, source file
# name, facts it must state, facts it must not state).
EIGHTH_BATCH_LAYOUTS = {
    "hard-wrapped-readme-and-double-dash-items": (
        "Oriel Vantongerloo\n==================\n\nSenior Lecturer in Oceanography, University of"
        " Marrowby\nVisiting Scholar, Institute of Tides of Kelsey\n\nABOUT\n-----\nI did my PhD at"
        " the University"
        " of Cardrona (2011-2015), advised by Henrike\nMasterton-Obi. Later a postdoc with"
        " Basil\nKettering at Halden Polytechnic (2015-2017).\n\nPEOPLE\n------\n  * Ines"
        " Ravensworth -- PhD student (2020-), co-advised with\n    Henrike Masterton-Obi\n"
        "Office: B-214\n",
        "index.txt",
        {
            ("Oriel Vantongerloo", "advisor_phd", "Henrike Masterton-Obi", 2011, 2015),
            ("Oriel Vantongerloo", "advisor_postdoc", "Basil Kettering", 2015, 2017),
            ("Ines Ravensworth", "advisor_phd", "Oriel Vantongerloo", 2020, None),
            ("Ines Ravensworth", "advisor_phd", "Henrike Masterton-Obi", 2020, None),
            ("Oriel Vantongerloo", "employed_at", "University of Marrowby", None, None),
        },
        {
            ("Oriel Vantongerloo", "member_of", "B-214", None, None),
            # two entry lines of a plain CV are not one wrapped sentence
            (
                "Oriel Vantongerloo",
                "employed_at",
                "University of Marrowby Visiting Scholar",
                None,
                None,
            ),
        },
    ),
    "belgian-promoteur-and-quebec-words": (
        _html(
            "Ysolde Marchal-Diop",
            "<h1>Ysolde Marchal-Diop</h1><p>Docteure en sciences de l'Université de Hesbaye"
            " (2012 ; promotrice : Pr Alix Verhulst ; copromoteur : Dr Joost Mertens).</p>"
            "<h2>Encadrement</h2><ul><li>Maxence Leroy-Bah (2016–2020), co-direction avec le"
            " Prof. Anton Wauters</li></ul><h2>Stagiaires postdoctoraux</h2><ul><li>Farah"
            " Quenneville (2021–2023)</li></ul><h2>Jurys</h2><ul><li>Membre du comité"
            " d'accompagnement de Bram Peeters (2021–2024)</li><li>Experte externe, thèse de"
            " Lucie Fortin-Ndiaye, Université de Laval-Chaudière, 2019</li></ul>"
            "<h2>Subventions</h2><ul><li>FRQNT – Projet d'équipe (2021–2024)</li></ul>",
        ),
        "page.html",
        {
            ("Ysolde Marchal-Diop", "advisor_phd", "Alix Verhulst", None, 2012),
            ("Ysolde Marchal-Diop", "advisor_phd", "Joost Mertens", None, 2012),
            ("Ysolde Marchal-Diop", "studied_at", "Université de Hesbaye", None, 2012),
            ("Maxence Leroy-Bah", "advisor_phd", "Anton Wauters", 2016, 2020),
            ("Farah Quenneville", "advisor_postdoc", "Ysolde Marchal-Diop", 2021, 2023),
            ("Lucie Fortin-Ndiaye", "jury_examiner", "Ysolde Marchal-Diop", 2019, 2019),
        },
        {
            ("Bram Peeters", "jury_member", "Ysolde Marchal-Diop", 2021, 2021),
            ("Ysolde Marchal-Diop", "member_of", "FRQNT", 2021, 2024),
            ("Farah Quenneville", "advisor_internship", "Ysolde Marchal-Diop", 2021, 2023),
        },
    ),
    "doctoral-school-announcement-in-english": (
        _html(
            "Public thesis defence | Doctoral Programme in Physics",
            "<h1>Strain solitons in twisted bilayers</h1><p>Friday 7 June 2024</p>"
            "<p>Doctoral candidate: <strong>Ottilie Brandvoll</strong></p><p>Thesis directors:"
            " Prof. Casimir Aebi and Dr. Ruth Nakamura-Fell</p><h2>Exam committee</h2><ul>"
            "<li>Prof. Elio Bernasconi, president of the jury</li><li>Dr. Saga Lindholm,"
            " examiner</li></ul><p>The thesis was carried out in the Laboratory of"
            " Metallurgy and Alloy Design.</p>",
        ),
        "page.html",
        {
            ("Ottilie Brandvoll", "advisor_phd", "Casimir Aebi", None, 2024),
            ("Ottilie Brandvoll", "jury_president", "Elio Bernasconi", 2024, 2024),
            ("Ottilie Brandvoll", "jury_examiner", "Saga Lindholm", 2024, 2024),
        },
        {("Ottilie Brandvoll", "advisor_phd", "Alloy Design", None, 2024)},
    ),
    "juries-table-with-a-candidate-column": (
        "---\nauthor: Perrine Abadie-Sow\n---\n\n## Participation à des jurys de thèse\n\n"
        "| Candidat·e | Établissement | Année | Rôle |\n|---|---|---|---|\n"
        "| Gaspard Lhermitte | Université de Rodez | 2022 | Rapporteur |\n\n## Comités\n\n"
        "- Membre du comité de sélection MCF 31, Université d'Auch (2022)\n\n## Postes\n\n"
        "- 2021 – … : Professeure, Université de Lannemezan, Institut des Sciences de la"
        " Neste (ISN)\n- 2009 – 2011 : Post-doctorante, Institut de Chimie de Zurlach"
        " (accueil : Urs Brändli)\n",
        "cv.md",
        {
            ("Gaspard Lhermitte", "jury_reviewer", "Perrine Abadie-Sow", 2022, 2022),
            ("Perrine Abadie-Sow", "member_of", "Institut des Sciences de la Neste", 2021, None),
            ("Perrine Abadie-Sow", "advisor_postdoc", "Urs Brändli", 2009, 2011),
        },
        {
            ("Perrine Abadie-Sow", "jury_reviewer", "Gaspard Lhermitte", 2022, 2022),
            ("Perrine Abadie-Sow", "employed_at", "Université d'Auch", 2022, 2022),
        },
    ),
    "thesis-cover-and-its-thanks": (
        "UNIVERSITÉ DE PLOUMANAC'H\n\nTHÈSE DE DOCTORAT\n\nprésentée par Maëlys Corre-Adjei\n"
        "\nSoutenue publiquement le 4 juillet 2023\n\n\nRemerciements\n\nJe remercie Hervé"
        " Le Dantec, mon directeur de thèse, pour sa patience. Je remercie également Annaïg"
        " Morvan, qui a co-encadré ces travaux.\n\nMerci à Brieuc Tanguy d'avoir présidé mon"
        " jury, et à Soizic Riou d'avoir accepté d'examiner ce travail.\n",
        "these.txt",
        {
            ("Maëlys Corre-Adjei", "advisor_phd", "Hervé Le Dantec", None, 2023),
            ("Maëlys Corre-Adjei", "advisor_phd", "Annaïg Morvan", None, 2023),
            ("Maëlys Corre-Adjei", "jury_president", "Brieuc Tanguy", 2023, 2023),
            ("Maëlys Corre-Adjei", "jury_examiner", "Soizic Riou", 2023, 2023),
            ("Maëlys Corre-Adjei", "studied_at", "Université de Ploumanac'h", None, 2023),
        },
        {("Maëlys Corre-Adjei", "jury_examiner", "Brieuc Tanguy", 2023, 2023)},
    ),
    "annuaire-identity-rows-and-sentence-case-units": (
        _html(
            "KERJEAN Gwenola - Annuaire",
            "<h1>KERJEAN Gwenola</h1><table><tr><th>Statut</th><td>Chargée de recherche"
            " CNRS</td></tr><tr><th>Équipe</th><td>Ondes et Interfaces</td></tr><tr><th>Unité"
            "</th><td>UMR 6000 – Institut de Physique de Plouzané (IPP)</td></tr></table>"
            "<h2>Parcours</h2><ul><li>2012 – 2015 : post-doctorante, Laboratoire de catalyse"
            " de Trondvik</li></ul>",
        ),
        "page.html",
        {
            ("Gwenola Kerjean", "member_of", "Ondes et Interfaces", None, None),
            ("Gwenola Kerjean", "member_of", "Institut de Physique de Plouzané", None, None),
            ("Ondes et Interfaces", "part_of", "Institut de Physique de Plouzané", None, None),
            ("Gwenola Kerjean", "member_of", "Laboratoire de catalyse de Trondvik", 2012, 2015),
        },
        set(),
    ),
    "joint-team-and-a-lab-beside-a-company": (
        _html(
            "Apolline Ruaud",
            "<h1>Apolline Ruaud</h1><p>MELUSINE est une équipe-projet commune du Centre Inria"
            " de Lorvenne et du Laboratoire d'Informatique de Lorvenne.</p><p>J'ai préparé une"
            " thèse CIFRE (2019-2022) entre Orvalis Robotique et le Laboratoire d'Analyse des"
            " Systèmes de Castelnau.</p><p>Je suis maîtresse de conférences à l'Université de"
            " Lorvenne depuis 2023, membre du Centre de Recherche sur les Mobilités et les"
            " Territoires.</p>",
        ),
        "page.html",
        {
            ("MELUSINE", "part_of", "Centre Inria de Lorvenne", None, None),
            ("MELUSINE", "part_of", "Laboratoire d'Informatique de Lorvenne", None, None),
            (
                "Apolline Ruaud",
                "member_of",
                "Laboratoire d'Analyse des Systèmes de Castelnau",
                2019,
                2022,
            ),
            (
                "Apolline Ruaud",
                "member_of",
                "Centre de Recherche sur les Mobilités et les Territoires",
                2023,
                None,
            ),
        },
        set(),
    ),
    "british-reader-a-unit-within-a-school-and-a-new-student": (
        _html(
            "Hester Quayle-Ibekwe",
            "<h1>Hester Quayle-Ibekwe</h1><p>I am Reader in Medieval History at Pellworth"
            " University and co-director of its Centre for Manuscript Studies. She leads the"
            " Palaeography Research Group within the School of Humanities.</p><ul><li>Oct 2024:"
            " Welcome to Tobiah Marchetti, who starts his PhD with me this autumn!</li></ul>",
        ),
        "page.html",
        {
            ("Hester Quayle-Ibekwe", "employed_at", "Pellworth University", None, None),
            ("Hester Quayle-Ibekwe", "member_of", "Centre for Manuscript Studies", None, None),
            ("Palaeography Research Group", "part_of", "School of Humanities", None, None),
            ("Tobiah Marchetti", "advisor_phd", "Hester Quayle-Ibekwe", 2024, None),
        },
        set(),
    ),
    "group-leader-card-bio": (
        _html(
            "Team | Coastal Lidar Group",
            "<h1>Team</h1><h2>Group leader</h2><h4>Prof. Leofric Abernathy-Osei</h4><p>Leofric"
            " founded the group in 2016. He did his PhD at Bramwell University with Greta"
            " Lindqvist-Ayodele.</p>",
        ),
        "page.html",
        {
            ("Leofric Abernathy-Osei", "advisor_phd", "Greta Lindqvist-Ayodele", None, None),
            ("Leofric Abernathy-Osei", "studied_at", "Bramwell University", None, None),
        },
        set(),
    ),
    "profile-header-institute-and-its-team": (
        _html(
            "Ivo Sarrazin-Mbaye | Université de Gravelotte",
            "<p>Université de Gravelotte</p><h1>Ivo Sarrazin-Mbaye</h1><p>Professeur des"
            " universités</p><p>Institut de Recherche en Optique de Gravelotte (IROG), équipe"
            " Lasers et Plasmas</p>",
        ),
        "page.html",
        {
            (
                "Ivo Sarrazin-Mbaye",
                "member_of",
                "Institut de Recherche en Optique de Gravelotte",
                None,
                None,
            ),
            ("Ivo Sarrazin-Mbaye", "member_of", "Lasers et Plasmas", None, None),
        },
        set(),
    ),
    "profile-header-lines-under-the-name": (
        _html(
            "Prof. Ambroise Feller-Nkemelu",
            "<p>Université de Bellerive</p><h1>Ambroise Feller-Nkemelu</h1><p>Professeur"
            " associé</p><p>Institut des dynamiques du littoral (IDL)<br>Faculté des"
            " géosciences et de l'environnement</p>",
        ),
        "page.html",
        {
            (
                "Ambroise Feller-Nkemelu",
                "member_of",
                "Institut des dynamiques du littoral",
                None,
                None,
            ),
            (
                "Institut des dynamiques du littoral",
                "part_of",
                "Faculté des géosciences et de l'environnement",
                None,
                None,
            ),
        },
        set(),
    ),
}


# Second round of batch 8 (written after the rules above, scored first, then fixed).
EIGHTH_BATCH_SECOND_ROUND = {
    "nested-markdown-groups-of-students-and-committee-service": (
        "---\nauthor: Linnea Okwu-Barrett\n---\n\n## Advising\n\n* PhD students\n  * Tomasz"
        " Achebe-Lund (2016 – 2021), now at Korvane\n  * Priya Valdez-Holm (2020 – present)\n"
        "    * Co-advised with Prof. Harriet Quayle\n* Undergraduate researchers\n  * Noor"
        " Fennimore (2022)\n\n## Service\n\n* Thesis committee member for Gideon Farrow"
        " (University of Marrick, 2021)\n",
        "cv.md",
        {
            ("Tomasz Achebe-Lund", "advisor_phd", "Linnea Okwu-Barrett", 2016, 2021),
            ("Priya Valdez-Holm", "advisor_phd", "Linnea Okwu-Barrett", 2020, None),
            ("Priya Valdez-Holm", "advisor_phd", "Harriet Quayle", 2020, None),
            ("Noor Fennimore", "advisor_other", "Linnea Okwu-Barrett", 2022, 2022),
            ("Gideon Farrow", "jury_member", "Linnea Okwu-Barrett", 2021, 2021),
        },
        {("Noor Fennimore", "advisor_phd", "Linnea Okwu-Barrett", 2022, 2022)},
    ),
    "defence-notice-mail-and-a-team-named-by-its-acronym": (
        "Avis de soutenance\n\nMme Romane Quillet-Diop soutiendra publiquement ses travaux\nde"
        " thèse le 9 novembre 2023, sous la direction de M. Paul Serres et le co-encadrement de"
        " Mme Inès Vidal.\n\nLe jury sera composé de :\n- M. Yann Ollivier, Professeur,"
        " Université de Rodez, rapporteur\n- Mme Clara Bost, Professeure, Université de Foix,"
        " examinatrice\n",
        "avis.txt",
        {
            ("Romane Quillet-Diop", "advisor_phd", "Inès Vidal", None, 2023),
            ("Romane Quillet-Diop", "jury_reviewer", "Yann Ollivier", 2023, 2023),
            ("Romane Quillet-Diop", "jury_examiner", "Clara Bost", 2023, 2023),
        },
        set(),
    ),
    "team-page-acronym-and-a-postdoc-before-a-job": (
        _html(
            "Équipe Biologie Marine des Estrans (BME)",
            "<h1>Équipe Biologie Marine des Estrans (BME)</h1><p>L'équipe BME fait partie du"
            " Laboratoire des Sciences de la Mer de Kerlann.</p>",
        ),
        "page.html",
        {
            (
                "Biologie Marine des Estrans",
                "part_of",
                "Laboratoire des Sciences de la Mer de Kerlann",
                None,
                None,
            )
        },
        set(),
    ),
    "us-dissertation-title-page": (
        "TIDAL BORES IN ESTUARIES\n\nA Dissertation\n\nPresented to the Graduate School\nof"
        " Marrowby University\n\nby Ada Lindqvist-Moore\n\nMay 2021\n",
        "thesis.txt",
        {("Ada Lindqvist-Moore", "studied_at", "Marrowby University", None, 2021)},
        {("Ada Lindqvist-Moore", "studied_at", "School of Marrowby University", None, 2021)},
    ),
    "a-postdoc-host-before-the-next-clause": (
        "---\nauthor: Ysolde Marchetti-Obi\n---\n\nI then held a postdoctoral fellowship at the"
        " Institute for Catalysis of Harlow (2009–2012) with Dr. Sunniva Eze before joining"
        " Stonebridge University in 2012 as an assistant professor.\n",
        "about.md",
        {
            ("Ysolde Marchetti-Obi", "advisor_postdoc", "Sunniva Eze", 2009, 2012),
        },
        set(),
    ),
}


def test_a_bibtex_thesis_entry_states_the_degree_and_its_advisors():
    bib = (
        "@phdthesis{k1, author = {Ostergaard, Linnea}, title = {Ice}, school = {University"
        " of Tromvik}, year = {2018}, advisor = {Halloran, Cian and Mbeki, Thandi}}\n"
        "@mastersthesis{k2, author = {Berg, Tove}, title = {SAR}, school = {University of"
        " Tromvik}, year = {2019}, note = {Supervised by Linnea Ostergaard}}\n"
    )
    facts = _facts(bib, "refs.bib")
    assert ("Linnea Ostergaard", "advisor_phd", "Cian Halloran", None, 2018) in facts
    assert ("Linnea Ostergaard", "advisor_phd", "Thandi Mbeki", None, 2018) in facts
    assert ("Linnea Ostergaard", "studied_at", "University of Tromvik", None, 2018) in facts
    assert ("Tove Berg", "advisor_other", "Linnea Ostergaard", 2019, 2019) in facts


def test_between_two_years_is_a_range_and_a_label_is_no_unit_name():
    from crawler.extract.dates import Period, parse_period
    from crawler.extract.organisations import find_organisations

    assert parse_period("Between 2019 and 2021 I was a postdoc") == Period(2019, 2021)
    assert parse_period("entre janvier 2015 et mars 2018") == Period(2015, 2018)
    assert parse_period("Start: 2021") == Period(2021, None)
    names = [m.name for m in find_organisations("Unité de recherche : Laboratoire des Mers")]
    assert names == ["Laboratoire des Mers"]


def test_sentence_case_unit_names_are_read_whole_and_as_written():
    from crawler.extract.organisations import find_organisations

    def names(text: str) -> list[str]:
        return [m.name for m in find_organisations(text)]

    assert names("Institut de recherche en informatique de Valbonne") == [
        "Institut de recherche en informatique de Valbonne"
    ]
    assert names("Department of mathematics and statistics, University of Kelby") == [
        "Department of mathematics and statistics",
        "University of Kelby",
    ]
    assert names("au Laboratoire de physique en tant que chercheur") == ["Laboratoire de physique"]
    assert names("Reader at Kelby University and co-director of its Centre for Maps") == [
        "Kelby University",
        "Centre for Maps",
    ]


def test_a_resume_sidebar_column_is_read_apart_from_the_main_column():
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    sidebar = ["Mirren", "Aldous-Kato", "", "LANGUAGES", "English", "French", "German"]
    main = [
        "Education",
        "2010 - 2014",
        "PhD in Ecology, University of Tarrow",
        "Supervisor: Prof. Anwen Castellane",
        "Supervision",
        "2021 - present",
        "PhD: Idris Fenwick-Laine",
    ]
    for row, (left, right) in enumerate(zip(sidebar, main, strict=True)):
        pdf.set_xy(8, 20 + 8 * row)
        pdf.cell(50, 6, left)
        pdf.set_xy(80, 20 + 8 * row)
        pdf.cell(110, 6, right)
    facts = _facts(bytes(pdf.output()), "resume.pdf")
    assert ("Mirren Aldous-Kato", "advisor_phd", "Anwen Castellane", 2010, 2014) in facts
    assert ("Idris Fenwick-Laine", "advisor_phd", "Mirren Aldous-Kato", 2021, None) in facts


def test_a_two_column_cv_with_a_header_band_and_dates_under_entry_titles():
    """AltaCV's look: the name and contact line across the page, then a wide column of
    entries (title, organisation, date below) beside a narrow one whose dates sit at the
    same heights: each date stays in its column, each entry keeps its title lines."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=10)
    pdf.set_xy(10, 10)
    pdf.cell(0, 8, "Halvard Osei-Lindqvist")
    pdf.set_xy(10, 18)
    pdf.cell(0, 6, "halvard@example.org  |  Tromsvik, Norway  |  orcid.org/0000-0002-0000-0001")
    left = [
        "EXPERIENCE",
        "Research Scientist",
        "Brekke Institute for Polar Research",
        "Sept 2020 - Ongoing",
        "Postdoctoral Fellow",
        "Department of Geosciences, University of Halsa",
        "Oct 2017 - Aug 2020",
        "- Worked with Prof. Ingrid Vatne on sea ice.",
    ]
    right = ["EDUCATION", "PhD in Glaciology", "University of Moen", "2013 - 2017"]
    right += ["Advisor: Dr. Tarjei Bakke", "MSc Physics", "University of Moen", "2011 - 2013"]
    right += ["LANGUAGES", "Norwegian, English"]
    for column, (x, width) in ((left, (10, 110)), (right, (130, 70))):
        for row, line in enumerate(column):
            pdf.set_xy(x, 34 + 8 * row)
            pdf.cell(width, 6, line)
    facts = _facts(bytes(pdf.output()), "cv.pdf")
    owner = "Halvard Osei-Lindqvist"
    assert (owner, "employed_at", "Brekke Institute for Polar Research", 2020, None) in facts
    assert (owner, "employed_at", "University of Halsa", 2017, 2020) in facts
    assert (owner, "advisor_postdoc", "Ingrid Vatne", 2017, 2020) in facts
    assert (owner, "studied_at", "University of Moen", 2013, 2017) in facts
    assert not any(f[3] == 2020 and f[2] == "University of Moen" for f in facts)


def test_a_ruled_table_of_degrees_is_read_row_by_row():
    """A funder's "Professional Preparation" table (institution, location, degree, year)
    comes out of the PDF cell by cell, column after column: each row is read whole, the
    state codes after the cities are no organisations, a postdoc row is an employment."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=9)
    pdf.cell(0, 6, "NAME: Arkady Lindholm-Obi", new_x="LMARGIN", new_y="NEXT")
    pdf.cell(0, 6, "(a) Professional Preparation", new_x="LMARGIN", new_y="NEXT")
    rows = [
        ("INSTITUTION", "LOCATION", "MAJOR/AREA", "DEGREE", "YEAR"),
        ("Brackenridge College", "Dover, DE", "Physics", "B.S.", "2005"),
        ("University of Tamsworth", "Tamsworth, UK", "Optics", "Ph.D.", "2010"),
        ("Harlan Photonics Institute", "Harlan, CA", "Lasers", "Postdoc", "2010-2013"),
    ]
    for row in rows:
        for width, value in zip((55, 35, 30, 25, 30), row, strict=True):
            pdf.cell(width, 6, value, border=1)
        pdf.ln()
    facts = _facts(bytes(pdf.output()), "biosketch.pdf")
    owner = "Arkady Lindholm-Obi"
    assert (owner, "studied_at", "Brackenridge College", None, 2005) in facts
    assert (owner, "studied_at", "University of Tamsworth", None, 2010) in facts
    assert (owner, "employed_at", "Harlan Photonics Institute", 2010, 2013) in facts
    assert not {f for f in facts if f[2] in ("DE", "CA", "LOCATION", "MAJOR")}


def test_a_company_legal_form_is_no_person_name():
    from crawler.extract.persons import name_from_piece

    assert name_from_piece("Sous-Marine SAS") is None
    assert name_from_piece("Helixforge Ltd") is None
    assert name_from_piece("Youssouf Ag Alhassane") == "Youssouf Ag Alhassane"


# Batch 9 (worktree gen2): one small page per rule its first contact asked for.
NINTH_BATCH_LAYOUTS = {
    "accented-initial-and-capitalised-particle-in-an-author-list": (
        _html(
            "Oriane Vasquez-Lund",
            "<h1>Oriane Vasquez-Lund</h1><p>Thesis co-supervised with Gaëlle Le Floch-Ameur.</p>"
            "<h2>Publications</h2><ul><li>É. Brizard-Nakata, O. Vasquez-Lund, G. Le Floch-Ameur."
            " Tidal mixing in shallow bays. <i>Ocean Modelling</i>, 2021.</li></ul>",
        ),
        "page.html",
        {
            ("É. Brizard-Nakata", "coauthor", "Oriane Vasquez-Lund", None, None),
            ("É. Brizard-Nakata", "coauthor", "Gaëlle Le Floch-Ameur", None, None),
            ("Oriane Vasquez-Lund", "coauthor", "Gaëlle Le Floch-Ameur", None, None),
        },
        {("Oriane Vasquez-Lund", "coauthor", "G. Le Floch-Ameur", None, None)},
    ),
    "two-jury-clauses-and-a-follow-up-committee-in-one-paragraph": (
        _html(
            "Amandine Roche-Obeng",
            "<h1>Amandine Roche-Obeng</h1><h2>Jurys</h2><p>Rapporteure de la thèse de Lucas"
            " Ferrat-Mboma (Université de Tarbes-Adour, 2021) ; membre du jury de la thèse de"
            " Chiara Volpe-Assani (Università di Lurano, 2022). Membre de deux comités de suivi"
            " individuel (CSI) de doctorants.</p>",
        ),
        "page.html",
        {
            ("Lucas Ferrat-Mboma", "jury_reviewer", "Amandine Roche-Obeng", 2021, 2021),
            ("Chiara Volpe-Assani", "jury_member", "Amandine Roche-Obeng", 2022, 2022),
        },
        set(),
    ),
    "production-scientifique-is-a-publications-section": (
        _html(
            "Bérénice Lallemand-Sow",
            "<h1>Bérénice Lallemand-Sow</h1><h2>4. Production scientifique (sélection)</h2><ol>"
            "<li>T. Orsini-Kaba, B. Lallemand-Sow, « Ondes de choc en milieu granulaire »,"
            " <i>Comptes Rendus Mécanique</i>, 2020.</li></ol>",
        ),
        "page.html",
        {("T. Orsini-Kaba", "coauthor", "Bérénice Lallemand-Sow", None, None)},
        set(),
    ),
    "bracketed-co-promoter-role-followed-by-an-affiliation": (
        "---\ntitle: Maxence Van Hoorde-Ba\n---\n\nJe suis doctorant en écologie.\n\n"
        "Mes encadrants :\n\n- Pr Agathe Dujardin-Mensah (promotrice)\n- Dr Karel Peeters-Owusu"
        " (co-promoteur, Jardin botanique de Hautrage)\n",
        "about.md",
        {
            ("Maxence Van Hoorde-Ba", "advisor_phd", "Agathe Dujardin-Mensah", None, None),
            ("Maxence Van Hoorde-Ba", "advisor_phd", "Karel Peeters-Owusu", None, None),
        },
        set(),
    ),
    "lab-wiki-people-table-with-a-supervisor-column": (
        _html(
            "people [Ferrow Lab Wiki]",
            "<h1>People</h1><p>The Ferrow Lab (Marine Acoustics Modelling) is part of the"
            " Institute of Ocean Sensing at Dunmore University.</p><h2>Current members</h2>"
            "<table><tr><th>Name</th><th>Role</th><th>Supervisor(s)</th><th>Since</th></tr>"
            "<tr><td>Isaura Ferrow-Delgado</td><td>PI</td><td>—</td><td>2015</td></tr>"
            "<tr><td>Oskar Lindahl-Mensa</td><td>PhD candidate</td><td>Isaura Ferrow-Delgado"
            "</td><td>2022</td></tr></table>",
        ),
        "people.html",
        {
            ("Oskar Lindahl-Mensa", "advisor_phd", "Isaura Ferrow-Delgado", 2022, None),
            ("Ferrow Lab", "part_of", "Institute of Ocean Sensing", None, None),
            ("Institute of Ocean Sensing", "part_of", "Dunmore University", None, None),
        },
        {("Oskar Lindahl-Mensa", "member_of", "Wiki", 2022, None)},
    ),
    "defences-list-with-one-heading-per-candidate": (
        _html(
            "PhD defences 2025 — Department of Geology",
            "<h1>PhD defences 2025</h1><h2>Noa Brightwater-Eze — 3 April 2025</h2>"
            "<p>Supervisor: Dr. Fenella Ashcombe</p><p>Examining committee: Prof. Ruben"
            " Castellane (external examiner); Dr. Mirela Stoica-Holt (chair)</p>"
            "<h2>Tobiah Marsden-Uko — 9 October 2025</h2><p>Supervisor: Dr. Mirela"
            " Stoica-Holt</p><p>Examining committee: Prof. Ruben Castellane (external"
            " examiner); Dr. Fenella Ashcombe (chair)</p>",
        ),
        "defences.html",
        {
            ("Noa Brightwater-Eze", "advisor_phd", "Fenella Ashcombe", None, 2025),
            ("Noa Brightwater-Eze", "jury_president", "Mirela Stoica-Holt", 2025, 2025),
            ("Tobiah Marsden-Uko", "advisor_phd", "Mirela Stoica-Holt", None, 2025),
            ("Tobiah Marsden-Uko", "jury_examiner", "Ruben Castellane", 2025, 2025),
            ("Tobiah Marsden-Uko", "jury_president", "Fenella Ashcombe", 2025, 2025),
        },
        {("Noa Brightwater-Eze", "jury_examiner", "Fenella Ashcombe", 2025, 2025)},
    ),
    "german-doctorate-with-a-glossed-advisor-label-and-doctoral-researchers": (
        _html(
            "Prof. Dr. Henrike Albrecht-Nwosu",
            "<h1>Prof. Dr. Henrike Albrecht-Nwosu</h1><table><tr><td>2009</td><td>Dr. rer."
            " nat., Universität Lindenhain; doctoral advisor (Doktorvater): Prof. Dr. Gereon"
            " Falkenrath</td></tr></table><h2>Doctoral researchers</h2><p>Current: Ilka"
            " Thorsen-Abara (since 2022).</p>",
        ),
        "page.html",
        {
            ("Henrike Albrecht-Nwosu", "advisor_phd", "Gereon Falkenrath", None, 2009),
            ("Henrike Albrecht-Nwosu", "studied_at", "Universität Lindenhain", None, 2009),
            ("Ilka Thorsen-Abara", "advisor_phd", "Henrike Albrecht-Nwosu", 2022, None),
        },
        {("Henrike Albrecht-Nwosu", "employed_at", "Universität Lindenhain", None, 2009)},
    ),
    "co-supervision-share-names-the-owner-beside-the-director": (
        _html(
            "Gwenaël Poulmarc'h-Diallo",
            "<h1>Gwenaël Poulmarc'h-Diallo</h1><h2>Encadrement doctoral</h2><ul><li>Depuis"
            " 2024 : Solenn Kerhervé-Addo (directeur : Erwan Tanguy ; co-encadrement 30 %)"
            "</li></ul>",
        ),
        "page.html",
        {
            ("Solenn Kerhervé-Addo", "advisor_phd", "Erwan Tanguy", 2024, None),
            ("Solenn Kerhervé-Addo", "advisor_phd", "Gwenaël Poulmarc'h-Diallo", 2024, None),
        },
        set(),
    ),
    "a-student-entry-names-a-reviewer-of-the-thesis": (
        _html(
            "Prof. Dr. Arnulf Keswick-Obi",
            "<h1>Prof. Dr. Arnulf Keswick-Obi</h1><h2>Doctoral students</h2><ul><li>Dr. Sanne"
            " Vroom-Adjei (PhD 2019; second reviewer: Prof. Dr. Hedda Lorentzen)</li><li>Dr."
            " Piet Ossai-Marr (PhD 2021, chair: Prof. Hedda Lorentzen)</li></ul>",
        ),
        "page.html",
        {
            ("Sanne Vroom-Adjei", "advisor_phd", "Arnulf Keswick-Obi", None, 2019),
            ("Sanne Vroom-Adjei", "jury_reviewer", "Hedda Lorentzen", 2019, 2019),
        },
        {("Piet Ossai-Marr", "jury_president", "Hedda Lorentzen", 2021, 2021)},
    ),
    "recruited-elsewhere-after-a-thesis-at-a-university": (
        _html(
            "Coralie Vasseur-Mbaye",
            "<h1>Coralie Vasseur-Mbaye</h1><p>Laboratoire d'optique des milieux dilués (LOMD)."
            "</p><p>Après une thèse soutenue en 2012 à l'Université de Quimperlé, j'ai été"
            " recrutée au CNRS en 2015 et affectée au LOMD.</p>",
        ),
        "page.html",
        {("Coralie Vasseur-Mbaye", "employed_at", "CNRS", 2015, None)},
        {("Coralie Vasseur-Mbaye", "member_of", "CNRS", 2015, 2015)},
    ),
    "obituary-headline-and-former-students-quoted": (
        _html(
            "Remembering Professor Edmund Carvell-Oni (1936–2023) | News",
            "<h1>Remembering Professor Edmund Carvell-Oni (1936–2023)</h1><p>Edmund joined"
            ' the University of Sallowfield in 1968.</p><p>"He never missed a seminar,"'
            " says Dr. Rosalind Akers-Mbatha, who completed her PhD with him in 1991."
            " Professor Tomas Quayle-Ndu, his first doctoral student (PhD 1972), spoke at the"
            " service.</p>",
        ),
        "news.html",
        {
            ("Edmund Carvell-Oni", "employed_at", "University of Sallowfield", 1968, None),
            ("Rosalind Akers-Mbatha", "advisor_phd", "Edmund Carvell-Oni", None, 1991),
            ("Tomas Quayle-Ndu", "advisor_phd", "Edmund Carvell-Oni", None, 1972),
        },
        set(),
    ),
    "grant-report-numbered-sections-and-its-investigator": (
        "FINAL REPORT\nAward 2020-118: Ice sheet basal hydrology\nPrincipal Investigator:"
        " Dr. Leontine Abara-Welsh\nProgram Officer: Dr. Curtis Hanley\n\n1. SUMMARY\n\n"
        "The project measured basal water pressure.\n\n2. PERSONNEL SUPERVISED\n\n"
        "Graduate students\n  - Marit Olsrud-Kamara, PhD student (2020-2024)\n",
        "report.txt",
        {("Marit Olsrud-Kamara", "advisor_phd", "Leontine Abara-Welsh", 2020, 2024)},
        {("Marit Olsrud-Kamara", "advisor_phd", "Curtis Hanley", 2020, 2024)},
    ),
    "bracketed-acronym-with-unit-code-keeps-the-chain-to-the-university": (
        _html(
            "Rapport d'activité — Soline Marchetti-Oyo",
            "<h1>Soline Marchetti-Oyo</h1><p>Soline Marchetti-Oyo, chargée de recherche CNRS,"
            " Laboratoire de chimie des interfaces (LCI, UMR 9021), Université de Vernay</p>",
        ),
        "page.html",
        {
            (
                "Laboratoire de chimie des interfaces",
                "part_of",
                "Université de Vernay",
                None,
                None,
            )
        },
        set(),
    ),
}


def test_a_plain_text_heading_padded_into_columns_is_a_heading():
    from crawler.extract.documents import BlockKind
    from crawler.extract.markdown import load_markdown

    text = "Ada Quill\n\nTITLE" + " " * 60 + "CITED BY   YEAR\n\nA paper\n"
    blocks = load_markdown(text, "file:///scholar.txt", plain=True).blocks
    assert "TITLE CITED BY YEAR" in [b.text for b in blocks if b.kind is BlockKind.HEADING]


def test_an_initials_first_author_line_is_not_the_title_it_follows():
    from crawler.extract.markdown import unwrap

    lines = [
        "Salt marsh accretion under sea-level rise in macrotidal estuaries",
        "K Oduber-Lang, R Tamsin, H Achterberg",
        "Estuarine Coastal and Shelf Science 211, 40-52     57     2019",
    ]
    assert unwrap(lines).split("\n")[1] == "K Oduber-Lang, R Tamsin, H Achterberg"


def test_a_year_ending_the_sentence_is_not_part_of_the_organisation():
    from crawler.extract.organisations import find_organisations

    names = [m.name for m in find_organisations("J'ai été recrutée au CNRS en 2016.")]
    assert names == ["CNRS"]


def test_an_acronym_defined_beside_its_unit_code_expands():
    from crawler.extract.organisations import acronym_map

    mapping = acronym_map("Laboratoire de chimie des interfaces (LCI, UMR 9021), Université X")
    assert mapping == {"LCI": "Laboratoire de chimie des interfaces"}
    assert acronym_map("Université de Vannes (Paris, France)") == {}


def test_a_capitalised_particle_after_the_given_name_starts_the_family_name():
    from crawler.names import initial_key, parse_name

    full, short = parse_name("Hermine Le Gall-Mensah"), parse_name("H. Le Gall-Mensah")
    assert short.initials_only and short.family == "Le Gall-Mensah"
    assert initial_key(full) == initial_key(short)


# Batch 10 (worktree gen4): one small page per rule its first contact asked for.
TENTH_BATCH_LAYOUTS = {
    "raw-latex-small-caps-in-a-pandoc-page-keep-the-unit-chain": (
        _html(
            "CV",
            "<h1>Ysolde \\textsc{Marchetti-Oyo}</h1><h2>Postes</h2><dl><dt>2012–2014</dt><dd>"
            "Post-doctorat, \\textsc{Zentrum für Bodenkunde}, Universität Lindenau, avec Ulf"
            " \\textsc{Harkness-Bello}</dd></dl>",
        ),
        "page.html",
        {
            ("Ysolde Marchetti-Oyo", "member_of", "Zentrum für Bodenkunde", 2012, 2014),
            ("Ysolde Marchetti-Oyo", "employed_at", "Universität Lindenau", 2012, 2014),
            ("Ysolde Marchetti-Oyo", "advisor_postdoc", "Ulf Harkness-Bello", 2012, 2014),
        },
        {("Ysolde Marchetti-Oyo", "employed_at", "Zentrum für Bodenkunde", 2012, 2014)},
    ),
    "directors-label-cell-before-a-jury-cell": (
        _html(
            "Thèses soutenues en 2021",
            "<h1>Thèses soutenues en 2021</h1><table><tr><th>Docteur</th><th>Titre</th>"
            "<th>Directeur(s)</th><th>Date</th><th>Jury</th></tr><tr><td>Anouk Pellerin-Sarr"
            "</td><td>Pollens fossiles du Léon</td><td>Bruno Kervella-Adé</td><td>05/05/2021"
            "</td><td>Zoé Martineau-Kalu (rapporteure), Bruno Kervella-Adé</td></tr></table>",
        ),
        "page.html",
        {
            ("Anouk Pellerin-Sarr", "advisor_phd", "Bruno Kervella-Adé", None, 2021),
            ("Anouk Pellerin-Sarr", "jury_reviewer", "Zoé Martineau-Kalu", 2021, 2021),
        },
        set(),
    ),
    "bilingual-labels-and-a-labelled-co-supervision": (
        _html(
            "Profil / Profile",
            "<h1>Laurent Bissonnette-Ojo</h1><p>Professeur / Professor<br>Département de"
            " physique / Department of Physics<br>Université de Matane-Est</p>"
            "<h2>Supervision / Encadrement</h2><ul><li>Inès Comeau, M.Sc. (2019–2021),"
            " codirection / co-supervision : Dimitri Valcourt-Asante</li></ul>",
        ),
        "page.html",
        {
            ("Inès Comeau", "advisor_other", "Laurent Bissonnette-Ojo", 2019, 2021),
            ("Inès Comeau", "advisor_other", "Dimitri Valcourt-Asante", 2019, 2021),
        },
        {
            ("Department of Physics", "part_of", "Département de physique", None, None),
            ("Département de physique", "part_of", "Department of Physics", None, None),
        },
    ),
    "hal-researcher-page-research-structure-and-deposits": (
        _html(
            "Fiche chercheur - HAL",
            "<h1>Gwenola Prigent-Ayew</h1><dl><dt>Structure de recherche</dt><dd>Laboratoire"
            " de Géophysique Marine (LGM), Université de Loctudy</dd></dl><h2>Dépôts récents"
            "</h2><ol><li>Gwenola Prigent-Ayew, Titouan Morvan-Essien. Houle longue en Iroise."
            " <i>Revue de Géophysique</i>, 2020. ⟨hal-01234567⟩</li></ol>",
        ),
        "page.html",
        {
            ("Gwenola Prigent-Ayew", "member_of", "Laboratoire de Géophysique Marine", None, None),
            ("Gwenola Prigent-Ayew", "coauthor", "Titouan Morvan-Essien", None, None),
        },
        set(),
    ),
    "defences-post-with-one-paragraph-per-candidate": (
        _html(
            "Two PhD defences next week | Department of History",
            "<h1>Two PhD defences next week</h1><p>Everyone is welcome.</p><p><strong>Mirko"
            " Allende-Fox</strong> defends his thesis on 3 June 2022. His advisor is Prof. Hilde"
            " Overgaard. The committee consists of Prof. Oren Castell-Mwangi (external examiner)"
            " and Dr. Paola Ridley.</p><p>Then, <strong>Kezia Ombati-Roux</strong> will defend"
            " on 10 June 2022, supervised by Dr. Paola Ridley. Prof. Tiago Almada-Hurst (Univ."
            " of Wendover) serves as external examiner and Prof. Hilde Overgaard chairs the"
            " committee. Her committee: Dr. Lena Sorvik-Ade (external).</p>",
        ),
        "page.html",
        {
            ("Mirko Allende-Fox", "advisor_phd", "Hilde Overgaard", None, 2022),
            ("Mirko Allende-Fox", "jury_examiner", "Oren Castell-Mwangi", 2022, 2022),
            ("Mirko Allende-Fox", "jury_member", "Paola Ridley", 2022, 2022),
            ("Kezia Ombati-Roux", "advisor_phd", "Paola Ridley", None, 2022),
            ("Kezia Ombati-Roux", "jury_examiner", "Tiago Almada-Hurst", 2022, 2022),
            ("Kezia Ombati-Roux", "jury_president", "Hilde Overgaard", 2022, 2022),
            ("Kezia Ombati-Roux", "jury_examiner", "Lena Sorvik-Ade", 2022, 2022),
        },
        {("Kezia Ombati-Roux", "jury_examiner", "Paola Ridley", 2022, 2022)},
    ),
    "news-item-student-named-before-encadre-par-and-a-reunissait-jury": (
        _html(
            "Nouveaux docteurs",
            "<h1>Nouveaux docteurs</h1><p>Le Laboratoire d'Océanologie de Groix (LOG), unité"
            " mixte de l'Université de Lorient-Scorff et de l'IFREMER, félicite ses docteurs."
            "</p><p>Le 2 mars 2021, c'était au tour de Ewen Quéméner-Dia, encadré par Annaïg"
            " Le Bihan-Soro. Son jury réunissait Pierre Colin-Mbaye (rapporteur) et Nadia"
            " Ferchichi-Gall (présidente).</p>",
        ),
        "page.html",
        {
            ("Ewen Quéméner-Dia", "advisor_phd", "Annaïg Le Bihan-Soro", None, 2021),
            ("Ewen Quéméner-Dia", "jury_reviewer", "Pierre Colin-Mbaye", 2021, 2021),
            ("Ewen Quéméner-Dia", "jury_president", "Nadia Ferchichi-Gall", 2021, 2021),
            (
                "Laboratoire d'Océanologie de Groix",
                "part_of",
                "Université de Lorient-Scorff",
                None,
                None,
            ),
        },
        set(),
    ),
    "join-us-page-with-members-alumni-and-a-head-named-in-prose": (
        _html(
            "Join us — Marsh Ecology Group",
            "<h1>Join us</h1><p>The Marsh Ecology Group is part of the School of Biology at"
            " Elsworth University and is led by Prof. Amara Quigley-Nunes. We are looking for"
            " motivated PhD students and postdocs; send a CV and a research statement.</p>"
            "<h2>Current members</h2><ul><li>Bo Lindqvist-Akande — PhD student (since 2022)"
            "</li></ul><h2>Alumni</h2><ul><li>Rhea Castellano-Boyd — PhD 2020 → Biotica"
            " Labs</li></ul>",
        ),
        "page.html",
        {
            ("Marsh Ecology Group", "part_of", "School of Biology", None, None),
            ("Bo Lindqvist-Akande", "advisor_phd", "Amara Quigley-Nunes", 2022, None),
            ("Rhea Castellano-Boyd", "advisor_phd", "Amara Quigley-Nunes", None, 2020),
        },
        {("Rhea Castellano-Boyd", "advisor_phd", "Amara Quigley-Nunes", 2020, None)},
    ),
    "signed-thesis-acknowledgements-in-plain-text": (
        "ACKNOWLEDGEMENTS\n\nI thank my supervisor, Professor Idun Marsh-Okeke, for her"
        " guidance.\n\nI am grateful to my examiners, Professor Castor Byrne-Adjei and Dr."
        " Wren Tallis, for a lively viva. Thanks also to Dr. Ottilie Moor, who chaired the"
        " examination.\n\nFinally, thank you to my family.\n\nSunniva Achterberg-Lowe\n"
        "Kelmscott, March 2019\n",
        "thanks.txt",
        {
            ("Sunniva Achterberg-Lowe", "advisor_phd", "Idun Marsh-Okeke", None, 2019),
            ("Sunniva Achterberg-Lowe", "jury_examiner", "Castor Byrne-Adjei", 2019, 2019),
            ("Sunniva Achterberg-Lowe", "jury_examiner", "Wren Tallis", 2019, 2019),
            ("Sunniva Achterberg-Lowe", "jury_president", "Ottilie Moor", 2019, 2019),
        },
        set(),
    ),
}


# Batch 11 (pending-heldout/batch11): AU/NZ, Indian, Japanese and US page shapes.
ELEVENTH_BATCH_LAYOUTS = {
    "rank-before-the-name-and-a-degree-role-student-register": (
        _html(
            "Associate Professor Wirra Tanaka-Bell - University of Gundagai Heights",
            "<h1>Associate Professor Wirra Tanaka-Bell</h1><h2>Biography</h2><p>Wirra joined"
            " the University of Gundagai Heights in 2015.</p><h2>Higher Degree Research"
            " supervision</h2><ul><li>Doctor of Philosophy — Associate supervisor — Dr Ngaio"
            " Pemberton-Lau (2020)</li><li>Master of Philosophy — Principal supervisor —"
            " Callan Ravensworth</li></ul>",
        ),
        "page.html",
        {
            ("Wirra Tanaka-Bell", "employed_at", "University of Gundagai Heights", 2015, None),
            ("Ngaio Pemberton-Lau", "advisor_phd", "Wirra Tanaka-Bell", None, 2020),
            ("Callan Ravensworth", "advisor_other", "Wirra Tanaka-Bell", None, None),
        },
        set(),
    ),
    "doctoral-committee-service-with-chair-and-member-subheadings": (
        _html(
            "Curriculum Vitae — Odessa Winterbourne",
            "<h1>Odessa Winterbourne</h1><h2>Doctoral Committee Service</h2><h3>Chair</h3>"
            "<ul><li>Lazlo Fenwick-Ade (2017)</li></ul><h3>Member</h3><ul><li>Priya"
            " Castellane-Obi, Department of Physics (2020)</li></ul>",
        ),
        "page.html",
        {
            ("Lazlo Fenwick-Ade", "jury_president", "Odessa Winterbourne", 2017, 2017),
            ("Priya Castellane-Obi", "jury_member", "Odessa Winterbourne", 2020, 2020),
        },
        set(),
    ),
    "serial-number-column-and-a-co-guide": (
        _html(
            "Faculty Profile",
            "<h2>Dr. Harini Ramaswamy-Kohli</h2><h3>Ph.D. Students Guided</h3><table><tr>"
            "<th>S.No.</th><th>Name of the Scholar</th><th>Status</th></tr><tr><td>1</td><td>"
            "Mr. Arjun Tiwari-Sen (Co-guide: Prof. Meera Kulkarni-Das)</td><td>Awarded (2018)"
            "</td></tr><tr><td>2</td><td>Ms. Ishita Bhandari</td><td>Ongoing (since 2023)</td>"
            "</tr></table>",
        ),
        "page.html",
        {
            ("Arjun Tiwari-Sen", "advisor_phd", "Harini Ramaswamy-Kohli", None, 2018),
            ("Arjun Tiwari-Sen", "advisor_phd", "Meera Kulkarni-Das", None, 2018),
            ("Ishita Bhandari", "advisor_phd", "Harini Ramaswamy-Kohli", 2023, None),
        },
        set(),
    ),
    "team-cards-under-a-team-heading-with-a-pi-card": (
        _html(
            "Team · Larkspur Lab",
            "<h1>Team</h1><h4>Selma Okonkwo-Ruiz</h4><p>Principal Investigator</p>"
            "<h4>Tobias Wrenfield</h4><p>PhD candidate (co-advised with Prof. Anneke Dijkstra)"
            "</p><h4>Lina Marchetti-Hale</h4><p>Research software engineer</p>",
        ),
        "page.html",
        {
            ("Tobias Wrenfield", "advisor_phd", "Selma Okonkwo-Ruiz", None, None),
            ("Tobias Wrenfield", "advisor_phd", "Anneke Dijkstra", None, None),
        },
        {("Lina Marchetti-Hale", "advisor_other", "Selma Okonkwo-Ruiz", None, None)},
    ),
    "lab-named-after-its-professor-and-doctoral-course-years": (
        _html(
            "Members | Kiyonaga Laboratory",
            "<h1>Members</h1><h2>Staff</h2><ul><li>Professor: Emiko Kiyonaga</li><li>Assistant"
            " Professor: Takumi Hasegawa-Reid</li></ul><h2>Doctoral Course Students</h2><ul>"
            "<li>D2: Rin Okabe</li></ul><h2>Alumni</h2><ul><li>Kaito Mizuhara (D3 2020)</li>"
            "</ul>",
        ),
        "page.html",
        {
            ("Rin Okabe", "advisor_phd", "Emiko Kiyonaga", None, None),
            ("Kaito Mizuhara", "advisor_phd", "Emiko Kiyonaga", None, 2020),
        },
        {("Takumi Hasegawa-Reid", "advisor_phd", "Emiko Kiyonaga", None, None)},
    ),
    "family-first-names-in-a-dissertation-record": (
        _html(
            "Tidal mixing in fjords - Dissertations",
            "<h1>Tidal mixing in fjords</h1><dl><dt>Author</dt><dd>Ashdown, Maren Elise</dd>"
            "<dt>Year</dt><dd>2019</dd><dt>Advisor</dt><dd>Quarrie, Tobias</dd><dt>Committee"
            " members</dt><dd>Nakagawa, Rui; Quarrie, Tobias</dd></dl>",
        ),
        "page.html",
        {
            ("Maren Elise Ashdown", "advisor_phd", "Tobias Quarrie", None, 2019),
            ("Maren Elise Ashdown", "jury_member", "Rui Nakagawa", 2019, 2019),
        },
        set(),
    ),
    "a-pronoun-under-a-person-heading-in-a-news-post": (
        _html(
            "Welcome to our new faculty",
            "<h1>Welcome to our new faculty</h1><h2>Ottilie Brandauer</h2><p>Dr. Ottilie"
            " Brandauer joins us as Assistant Professor. She completed her PhD in 2022 under"
            " the supervision of Prof. Hakon Lindqvist-Mbeki.</p><h2>Bram Oyelowo-Teague</h2>"
            "<p>Dr. Bram Oyelowo-Teague joins as Lecturer. He earned his doctorate, advised by"
            " Professor Greta Solheim.</p><h2>Outreach</h2><p>She completed the outreach plan"
            " under the supervision of Prof. Ines Varga.</p>",
        ),
        "page.html",
        {
            ("Ottilie Brandauer", "advisor_phd", "Hakon Lindqvist-Mbeki", None, 2022),
            ("Bram Oyelowo-Teague", "advisor_phd", "Greta Solheim", None, None),
        },
        {("Ottilie Brandauer", "advisor_phd", "Ines Varga", None, None)},
    ),
    "a-titled-bio-under-its-person-heading-speaks-for-that-person": (
        _html(
            "New colleagues",
            "<h1>New colleagues</h1><h2>Rosalind Achebe-Morrow</h2><p>Dr. Rosalind"
            " Achebe-Morrow joins the department as Lecturer. She completed her PhD at the"
            " University of Thornbury in 2020.</p><h2>Idris Vanterpool</h2><p>Prof. Idris"
            " Vanterpool joins from industry. He received his doctorate from Kelso Polytechnic"
            " University.</p>",
        ),
        "page.html",
        {
            ("Rosalind Achebe-Morrow", "studied_at", "University of Thornbury", None, 2020),
            ("Idris Vanterpool", "studied_at", "Kelso Polytechnic University", None, None),
        },
        set(),
    ),
}


def test_an_arrow_to_the_next_job_opens_no_range():
    from crawler.extract.dates import parse_period

    assert parse_period("PhD 2019 → Vexa Robotics").end is None
    assert parse_period("PhD 2019 → Vexa Robotics").single
    assert parse_period("Thèse (2022 → )") == parse_period("Thèse (2022 – )")


def test_et_de_l_apostrophe_starts_another_organisation():
    from crawler.extract.organisations import find_organisations

    names = [
        m.name
        for m in find_organisations("unité mixte de l'Université de Brest-Iroise et de l'INRAE.")
    ]
    assert names == ["Université de Brest-Iroise", "INRAE"]


TWELFTH_BATCH_LAYOUTS = {
    "civility-before-a-directory-name-and-a-rattachement-label": (
        _html(
            "M. Aurèle Penven-Sako - Université de Quimperlé",
            "<h1>M. Aurèle Penven-Sako</h1><ul><li>Fonction : Professeur des universités</li>"
            "<li>Structure de rattachement : Laboratoire de Chimie Douce (LCD)</li></ul>",
        ),
        "page.html",
        {("Aurèle Penven-Sako", "member_of", "Laboratoire de Chimie Douce", None, None)},
        {("M. Aurèle Penven-Sako", "member_of", "Laboratoire de Chimie Douce", None, None)},
    ),
    "hors-classe-rank-names-no-organisation-and-the-title-employs": (
        _html(
            "Annuaire — Odile Ferrec-Amadou — Université de Redon-Vilaine",
            "<h1>Odile Ferrec-Amadou</h1><dl><dt>Statut</dt><dd>Maître de conférences HC</dd>"
            "<dt>Rattachement</dt><dd>Institut de Physique de Redon (IPR)</dd>"
            "<dt>Équipe</dt><dd>Optique et Lasers</dd></dl>",
        ),
        "page.html",
        {
            ("Odile Ferrec-Amadou", "employed_at", "Université de Redon-Vilaine", None, None),
            ("Optique et Lasers", "part_of", "Institut de Physique de Redon", None, None),
        },
        {("Odile Ferrec-Amadou", "member_of", "HC", None, None)},
    ),
    "plain-cv-header-block-under-a-numbered-capitals-section": (
        "TITRES ET TRAVAUX\n\nLéandre Costa-Mbeki\nProfesseur des universités, Université de"
        " Sartène-Rizzanese\nLaboratoire de Géochimie Insulaire\n\nI. TITRES UNIVERSITAIRES\n\n"
        "2008  Doctorat, Université de Porto-Vecchio, sous la direction de Ange Santoni\n\n"
        "IV. PARTICIPATION À DES JURYS DE THÈSE (rapporteur : 2)\n\nRapporteur : Mila Orsini"
        " (Université de Calvi, 2019) ; Paul-Toussaint Vico (Université d'Ajaccio, 2022).\n",
        "cv.txt",
        {
            ("Léandre Costa-Mbeki", "advisor_phd", "Ange Santoni", None, 2008),
            ("Léandre Costa-Mbeki", "member_of", "Laboratoire de Géochimie Insulaire", None, None),
            ("Mila Orsini", "jury_reviewer", "Léandre Costa-Mbeki", 2019, 2019),
            ("Paul-Toussaint Vico", "jury_reviewer", "Léandre Costa-Mbeki", 2022, 2022),
        },
        {("Mila Orsini", "advisor_phd", "Léandre Costa-Mbeki", None, 2019)},
    ),
    "cifre-defence-heading-plural-directed-by-and-a-politecnico": (
        _html(
            "Soutenance de thèse CIFRE de Lise Arbogast",
            "<h1>Soutenance de thèse CIFRE de Lise Arbogast</h1><p>Lise Arbogast, doctorante"
            " CIFRE en partenariat avec la société Vosgitec, soutiendra sa thèse le 3 mai 2024."
            " Ses travaux ont été dirigés par Marc Heinrich-Ba.</p><p>Le jury sera composé de"
            " :</p><ul><li>Carla Benassi, professeure, Politecnico di Lecco (rapporteure)</li>"
            "</ul>",
        ),
        "page.html",
        {
            ("Lise Arbogast", "advisor_phd", "Marc Heinrich-Ba", None, 2024),
            ("Lise Arbogast", "jury_reviewer", "Carla Benassi", 2024, 2024),
        },
        {("Vosgitec", "jury_reviewer", "Carla Benassi", 2024, 2024)},
    ),
    "promoter-as-the-trailing-role-of-a-jury-item": (
        _html(
            "Défense publique de thèse",
            "<h1>Défense publique de thèse de doctorat</h1><p><strong>Candidat :</strong>"
            " Théo Wauters-Ngoy</p><p>Date : 4 juin 2025</p><h2>Composition du jury</h2><ul>"
            "<li>Prof. Ilona Peeters (Université de Mons-Haine), promotrice</li>"
            "<li>Prof. Hugo Lambotte (Université de Mons-Haine), président</li></ul>",
        ),
        "page.html",
        {
            ("Théo Wauters-Ngoy", "advisor_phd", "Ilona Peeters", None, 2025),
            ("Théo Wauters-Ngoy", "jury_president", "Hugo Lambotte", 2025, 2025),
        },
        set(),
    ),
    "prize-list-entries-tell-each-laureate-thesis": (
        _html(
            "Prix de thèse",
            "<h1>Lauréats des prix de thèse</h1><h2>Édition 2022</h2><ul><li><strong>Inès"
            " Okafor-Leroy</strong> — « Ondes internes », thèse soutenue à l'Université de"
            " Dax-Adour, dirigée par Paul Sarrade et Anna Idiart.</li></ul>",
        ),
        "page.html",
        {
            ("Inès Okafor-Leroy", "advisor_phd", "Paul Sarrade", None, None),
            ("Inès Okafor-Leroy", "advisor_phd", "Anna Idiart", None, None),
            ("Inès Okafor-Leroy", "studied_at", "Université de Dax-Adour", None, None),
        },
        set(),
    ),
    "habilitation-cover-with-column-jury-lost-commas": (
        "UNIVERSITÉ DE MORZINE-CHABLAIS\n\nMÉMOIRE\n\nprésenté en vue de l'obtention de l'\n"
        "HABILITATION À DIRIGER DES RECHERCHES\n\npar\nNils Oberson-Diop\n\n"
        "Soutenue publiquement le 2 avril 2024\n\nComposition du jury :\n\n"
        "Mme Ruth Kellerhals-Amri     Professeure, Université de Thoune     Rapporteure\n"
        "M. Gaël Mouthon              Directeur de recherche, CNRS          Examinateur\n",
        "hdr.txt",
        {
            ("Nils Oberson-Diop", "jury_reviewer", "Ruth Kellerhals-Amri", 2024, 2024),
            ("Nils Oberson-Diop", "jury_examiner", "Gaël Mouthon", 2024, 2024),
        },
        {("Nils Oberson-Diop", "jury_reviewer", "Ruth Kellerhals-Amri Professeure", 2024, 2024)},
    ),
    "one-of-the-teams-of-and-a-pronoun-led-by": (
        _html(
            "Équipe Canopée",
            "<h1>Équipe Canopée</h1><p>L'équipe Canopée est l'une des quatre"
            " équipes du Laboratoire d'Écologie de Saintes. Elle est animée par Zélie"
            " Marchand-Owusu.</p>",
        ),
        "page.html",
        {
            ("Canopée", "part_of", "Laboratoire d'Écologie de Saintes", None, None),
            ("Zélie Marchand-Owusu", "member_of", "Canopée", None, None),
        },
        set(),
    ),
}


# Batch 13 (English first contact): funder CV forms, reST/AsciiDoc/RIS sources, lab pages
# in Jekyll, narrative CVs, news about one person, a talk page.
THIRTEENTH_BATCH_LAYOUTS = {
    "form-name-field-family-first-and-a-capitals-supervision-title": (
        _html(
            "CV",
            "<p>Family name, First name: <b>Marrow-Okafor, Linnea</b></p>"
            "<p><b>EDUCATION</b></p><p>2014 PhD in Geology, University of Tollbridge. Name of"
            " PhD Supervisor: Ansel Greaves-Moy</p>"
            "<p><b>• SUPERVISION OF GRADUATE STUDENTS AND POSTDOCTORAL FELLOWS</b></p>"
            "<p>PhD students: Ivo Brandtner (2018–2022)</p>"
            "<p>Section B2: Track record</p><p>1. Brandtner I, Marrow-Okafor L (2021) Glacial"
            " tills. Boreas 50: 12–30.</p><p>2. Marrow-Okafor L, Greaves-Moy A (2015) Eskers."
            " Sedimentology 62: 101–119.</p>",
        ),
        "cv.html",
        {
            ("Linnea Marrow-Okafor", "advisor_phd", "Ansel Greaves-Moy", None, 2014),
            ("Ivo Brandtner", "advisor_phd", "Linnea Marrow-Okafor", 2018, 2022),
            ("Ivo Brandtner", "coauthor", "Linnea Marrow-Okafor", None, None),
        },
        {("Cv", "advisor_phd", "Ansel Greaves-Moy", None, 2014)},
    ),
    "research-centre-before-its-institute-is-a-unit": (
        _html(
            "Oren Castellví-Pike",
            "<h1>Oren Castellví-Pike</h1><h2>Positions</h2><ul><li>2013 – 2016 Postdoctoral"
            " Fellow, Centre for Soil Ecology, Dunharrow Institute</li></ul>",
        ),
        "page.html",
        {
            ("Oren Castellví-Pike", "employed_at", "Dunharrow Institute", 2013, 2016),
            ("Oren Castellví-Pike", "member_of", "Centre for Soil Ecology", 2013, 2016),
        },
        {("Oren Castellví-Pike", "employed_at", "Centre for Soil Ecology", 2013, 2016)},
    ),
    "restructuredtext-cv-with-overlined-title-and-field-lists": (
        "==============\nTeodor Vantaa-Roe\n==============\n\n:Position: Reader\n"
        ":Affiliation: Pellmoor University\n\n.. contents::\n   :local:\n\nEducation\n"
        "=========\n\n2001--2005\n   Ph.D., Kessick University.\n\n   :Advisor: Prof. Marit"
        " Oyelaran\n\nStudents\n========\n\n* Juno Halleck, Ph.D. 2016.\n\nPapers\n======\n\n"
        '#. T. Vantaa-Roe, J. Halleck. "Sheaves." Annals, 2016.\n',
        "cv.rst",
        {
            ("Teodor Vantaa-Roe", "advisor_phd", "Marit Oyelaran", 2001, 2005),
            ("Teodor Vantaa-Roe", "studied_at", "Kessick University", 2001, 2005),
            ("Juno Halleck", "advisor_phd", "Teodor Vantaa-Roe", None, 2016),
        },
        set(),
    ),
    "ris-export-authors-editors-and-et-al": (
        "TY  - CHAP\nAU  - Quist, Amabel\nAU  - Rendall, Osei\nED  - Thorne, Bertil\n"
        "TI  - Fjords\nPY  - 2020\nER  - \n\nTY  - JOUR\nAU  - Quist, Amabel\nAU  - et al.\n"
        "TI  - Sills\nPY  - 2021\nER  - \n",
        "refs.ris",
        {("Amabel Quist", "coauthor", "Osei Rendall", None, None)},
        {("Amabel Quist", "coauthor", "Bertil Thorne", None, None)},
    ),
    "dissertation-title-page-by-line-and-committee-in-charge": (
        "Tidal Mixing in Narrow Estuaries\n\nA dissertation submitted in partial satisfaction"
        " of the\nrequirements for the degree Doctor of Philosophy\n\nby\n\nWendeline"
        " Arkwright-Obi\n\nCommittee in charge:\n\n    Professor Hal Pemberton-Ruiz, Chair\n"
        "    Professor Zainab Ellory\n\n2023\n",
        "thesis.txt",
        {
            ("Wendeline Arkwright-Obi", "jury_president", "Hal Pemberton-Ruiz", 2023, 2023),
            ("Wendeline Arkwright-Obi", "jury_member", "Zainab Ellory", 2023, 2023),
        },
        set(),
    ),
    "jekyll-people-page-subtitle-lab-head-bio-and-postdocs": (
        "---\nlayout: page\ntitle: People\nsubtitle: The Varden Lab for Coral Genomics\n---\n\n"
        "The Varden Lab is a research group in the Department of Marine Biology at Coldharbour"
        " University.\n\n## Principal Investigator\n\n![me](/me.jpg){: .mx-auto :}\n\n"
        "**Dr. Isla Varden** is an Associate Professor at Coldharbour University.\n\n"
        "## Postdocs\n\n* **Dr. Remy Achterberg** (2023–present). PhD, Tollbridge University.\n\n"
        "## Undergraduate Researchers\n\n* Noor Sadeghi (2024)\n",
        "people.md",
        {
            ("Remy Achterberg", "advisor_postdoc", "Isla Varden", 2023, None),
            ("Remy Achterberg", "studied_at", "Tollbridge University", None, None),
            ("Isla Varden", "member_of", "Varden Lab for Coral Genomics", None, None),
            (
                "Varden Lab for Coral Genomics",
                "part_of",
                "Department of Marine Biology",
                None,
                None,
            ),
        },
        {
            ("Remy Achterberg", "advisor_phd", "Isla Varden", None, None),
            ("Undergraduate Researchers", "advisor_other", "Isla Varden", None, None),
        },
    ),
    "narrative-cv-supervisor-for-and-second-supervisor-to": (
        _html(
            "Narrative CV — Dr Ines Halloran-Buoy",
            "<h1>Dr Ines Halloran-Buoy</h1><h2>Contributions to the development of others</h2>"
            "<p>I have been primary supervisor for four PhD students, two of whom have"
            " graduated: Dr Kit Amsel (2021) and Dr Pavla Horak (2023). I was second"
            " supervisor to Omar Tennant (primary supervisor: Prof. Gwen Arbuthnot), who"
            " completed in 2020. I teach the design module with Dr Lucan Frew.</p>",
        ),
        "page.html",
        {
            ("Kit Amsel", "advisor_phd", "Ines Halloran-Buoy", None, 2021),
            ("Pavla Horak", "advisor_phd", "Ines Halloran-Buoy", None, 2023),
            ("Omar Tennant", "advisor_phd", "Ines Halloran-Buoy", None, 2020),
            ("Omar Tennant", "advisor_phd", "Gwen Arbuthnot", None, 2020),
        },
        {
            ("Ines Halloran-Buoy", "advisor_phd", "Gwen Arbuthnot", None, 2020),
            ("Ines Halloran-Buoy", "advisor_postdoc", "Lucan Frew", None, None),
        },
    ),
    "prose-internal-examiner-sentence-beside-a-chaired-panel": (
        _html(
            "Dr Rowan Esterhuizen",
            "<h1>Dr Rowan Esterhuizen</h1><h2>Wider community</h2><p>I served as internal"
            " examiner for the PhD of Mirela Dobos (University of Kelso, 2022) and as external"
            " examiner elsewhere. I sit on a funding panel chaired by Prof. Anton Weir.</p>",
        ),
        "page.html",
        {("Mirela Dobos", "jury_examiner", "Rowan Esterhuizen", 2022, 2022)},
        {("Mirela Dobos", "jury_president", "Rowan Esterhuizen", 2022, 2022)},
    ),
    "retirement-news-headline-names-the-person-and-among-them": (
        _html(
            "Professor Edwin Achebe-Lund retires | News | School of Physics | Harrowfield"
            " University",
            "<h1>Professor Edwin Achebe-Lund retires</h1><p>He joined the School of Physics in"
            " 1988 as a lecturer, after a PhD under the late Sir Tobias Renshaw.</p><p>Over his"
            " career Edwin supervised 15 doctoral students. Among them are Dr Kaia Moen, now at"
            " the University of Skarvik, who completed her PhD with him in 2001, and Dr Ilir"
            " Basha, who graduated in 2009 and co-supervised with Professor Ada Fenwick.</p>",
        ),
        "news.html",
        {
            ("Edwin Achebe-Lund", "advisor_phd", "Tobias Renshaw", None, None),
            ("Edwin Achebe-Lund", "employed_at", "Harrowfield University", 1988, None),
            ("Kaia Moen", "advisor_phd", "Edwin Achebe-Lund", None, 2001),
            ("Ilir Basha", "advisor_phd", "Edwin Achebe-Lund", None, 2009),
            ("Ilir Basha", "advisor_phd", "Ada Fenwick", None, 2009),
        },
        {("Edwin Achebe-Lund", "employed_at", "University of Skarvik", 2001, 2001)},
    ),
    "talk-page-host-label-is-no-advisor": (
        _html(
            "Colloquium: Dr. Sunniva Okri-Bell | Department of Physics",
            "<h1>Physics Colloquium</h1><p><strong>Speaker:</strong> Dr. Sunniva Okri-Bell,"
            " Vessel Institute of Technology</p><p><strong>Host:</strong> Prof. Dario"
            " Lentz</p><h3>Bio</h3><p>Sunniva Okri-Bell received her Ph.D. from Brenning"
            " University in 2018.</p>",
        ),
        "talk.html",
        {("Sunniva Okri-Bell", "studied_at", "Brenning University", None, 2018)},
        {
            ("Sunniva Okri-Bell", "advisor_phd", "Dario Lentz", None, 2018),
            ("Sunniva Okri-Bell", "advisor_postdoc", "Dario Lentz", None, None),
        },
    ),
    "permalink-pilcrow-headings-and-a-training-section": (
        _html(
            "About - Ravi Holmquist-Eze",
            "<h1>About<a class='headerlink' href='#about'>¶</a></h1><h2>Training<a"
            " class='headerlink' href='#training'>¶</a></h2><p>BA in History, Ashby Hall"
            " College, Wexford (2010–2014).</p>",
        ),
        "about.html",
        {("Ravi Holmquist-Eze", "studied_at", "Ashby Hall College", 2010, 2014)},
        set(),
    ),
    "asciidoc-cv-author-attribute-description-lists-block-titles": (
        "= CV: Maud Lindgren-Obi\n:author: Maud Lindgren-Obi\n:toc: left\n\n"
        "== Appointments\n\n[horizontal]\n2016 -- 2020:: Junior Group Leader, Kessel"
        " Institute for Neuroscience\n\n== Mentoring\n\n.Doctoral students\n* Yann Ferraz"
        " (2017 -- 2021)\n\n== Committees\n\n* PhD defence committee (opponent) for Ola"
        " Tveit, Nordheim University, 2023\n\n== Publications\n\n. Ferraz Y, Lindgren-Obi M."
        " Grid cells. _Neuron_ 2021.\n. Lindgren-Obi M, Sorel T. Place cells. _Cell_ 2019.\n",
        "cv.adoc",
        {
            ("Maud Lindgren-Obi", "employed_at", "Kessel Institute for Neuroscience", 2016, 2020),
            ("Yann Ferraz", "advisor_phd", "Maud Lindgren-Obi", 2017, 2021),
            ("Ola Tveit", "jury_reviewer", "Maud Lindgren-Obi", 2023, 2023),
            ("Maud Lindgren-Obi", "coauthor", "T. Sorel", None, None),
        },
        {("Maud Lindgren-Obi", "member_of", "Junior Group", 2016, 2020)},
    ),
    "funder-biosketch-lettered-parts-paired-roles-and-sponsored-scholars": (
        "BIOGRAPHICAL SKETCH\n\nNAME: Okonkwo-Hale, Brigid\n\nPOSITION TITLE & INSTITUTION:"
        " Professor, Department of Botany, Fernhill University\n\n(b) Appointments\n\n"
        "2012 - present   Professor, Department of Botany, Fernhill University\n\n(c) Products\n\n"
        "1. Okonkwo-Hale B, Lund E. Mosses of the fens. Bryologist. 2019; 12: 1-9.\n\n"
        "(e) Collaborators & Other Affiliations\n\nGraduate Advisors and Postdoctoral Sponsors:"
        " Cyrus Wendt (Ashgrove University); Dalia Moreau (Kestrel Institute).\n\nThesis"
        " Advisor and Postgraduate-Scholar Sponsor: Emeka Lund (Ph.D. 2019); Fern Ouellet"
        " (postdoctoral scholar, 2020-2022).\n",
        "biosketch.txt",
        {
            ("Brigid Okonkwo-Hale", "employed_at", "Fernhill University", 2012, None),
            ("Brigid Okonkwo-Hale", "advisor_phd", "Cyrus Wendt", None, None),
            ("Brigid Okonkwo-Hale", "advisor_postdoc", "Dalia Moreau", None, None),
            ("Emeka Lund", "advisor_phd", "Brigid Okonkwo-Hale", None, 2019),
            ("Fern Ouellet", "advisor_postdoc", "Brigid Okonkwo-Hale", 2020, 2022),
            ("Brigid Okonkwo-Hale", "coauthor", "Emeka Lund", None, None),
        },
        {
            ("Brigid Okonkwo-Hale", "member_of", "Position Title", None, None),
            ("Brigid Okonkwo-Hale", "advisor_phd", "Dalia Moreau", None, None),
            ("Brigid Okonkwo-Hale", "advisor_phd", "Postgraduate-Scholar Sponsor", None, None),
        },
    ),
    "an-msc-intern-is-an-internship": (
        _html(
            "Pilar Anand-Voss",
            "<h1>Pilar Anand-Voss</h1><h2>Students</h2><ul><li>Joost Verbeek (MSc intern,"
            " 2023)</li></ul>",
        ),
        "page.html",
        {("Joost Verbeek", "advisor_internship", "Pilar Anand-Voss", 2023, 2023)},
        {("Joost Verbeek", "advisor_other", "Pilar Anand-Voss", 2023, 2023)},
    ),
    "asciidoc-author-line-under-the-title": (
        "= Curriculum Vitae\nHedda Brennan-Okafor <hbo@example.org>\n:toc:\n\n== Education\n\n"
        "2010 -- 2014:: PhD, University of Brenmoor. Advisor: Prof. Tomas Halle\n",
        "cv.adoc",
        {("Hedda Brennan-Okafor", "advisor_phd", "Tomas Halle", 2010, 2014)},
        set(),
    ),
    "second-contact-narrative-hosted-postdocs-doctoral-researchers-chaired-panel": (
        _html(
            "Narrative CV | Dr Oona Falk-Adeyemi",
            "<h1>Dr Oona Falk-Adeyemi</h1><p>Reader, University of Corrin (since 2019).</p>"
            "<h2>Development of others</h2><p>I have been lead supervisor for three doctoral"
            " researchers, two of whom have completed: Dr Ravi Sen (2020) and Dr Ada Kerr"
            " (2023). I was co-supervisor to Leo Brandt (lead supervisor: Prof. Ines Vidal),"
            " who completed in 2022. I have hosted two postdoctoral researchers: Dr Tom Oyelowo"
            " (2019–2021) and Dr Zia Haq (2022–).</p><p>I chair the review panel of the"
            " Corrin Science Council.</p>",
        ),
        "page.html",
        {
            ("Ravi Sen", "advisor_phd", "Oona Falk-Adeyemi", None, 2020),
            ("Leo Brandt", "advisor_phd", "Oona Falk-Adeyemi", None, 2022),
            ("Leo Brandt", "advisor_phd", "Ines Vidal", None, 2022),
            ("Tom Oyelowo", "advisor_postdoc", "Oona Falk-Adeyemi", 2019, 2021),
            ("Zia Haq", "advisor_postdoc", "Oona Falk-Adeyemi", 2022, None),
        },
        {
            ("Oona Falk-Adeyemi", "advisor_phd", "Ines Vidal", None, 2022),
            ("Oona Falk-Adeyemi", "employed_at", "Corrin Science Council", None, None),
        },
    ),
    "second-contact-award-news-came-to-the-titled-university": (
        _html(
            "Dr. Mei Olander-Batt named Fellow | School of Engineering | Varrow University",
            "<h1>Dr. Mei Olander-Batt named Fellow</h1><p>She came to Varrow in 2011 after a"
            " PhD under Professor Karl Moss.</p><p>She has supervised 12 doctoral students."
            " Among them are Dr Nils Arne, now at Hallam University, and Dr Ruth Obi, who"
            " graduated in 2020.</p>",
        ),
        "news.html",
        {
            ("Mei Olander-Batt", "employed_at", "Varrow University", 2011, None),
            ("Mei Olander-Batt", "advisor_phd", "Karl Moss", None, None),
            ("Nils Arne", "advisor_phd", "Mei Olander-Batt", None, None),
            ("Ruth Obi", "advisor_phd", "Mei Olander-Batt", None, 2020),
        },
        {("Mei Olander-Batt", "employed_at", "Hallam University", None, None)},
    ),
    "research-laboratories-employ": (
        "Zora Pemberton-Ike\n\nEmployment\n\n2009-2011  Postdoctoral researcher, Kestrel"
        " Research Laboratories.\n",
        "cv.txt",
        {("Zora Pemberton-Ike", "employed_at", "Kestrel Research Laboratories", 2009, 2011)},
        set(),
    ),
}


def _cover_pdf() -> bytes:
    """A thesis cover whose jury roles sit in their own column on the right."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)  # (Latin-1: the accents are kept)
    for line in ("THÈSE", "présentée et soutenue publiquement le 4 mai 2022 par"):
        pdf.multi_cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.multi_cell(0, 8, "Lou Pradeau-Mensah", align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.cell(0, 7, "Composition du jury :", new_x="LMARGIN", new_y="NEXT")
    for person, role in (
        ("M. Igor Casabianca, Professeur, IMT Rouergue-Sud", "Président"),
        ("Mme Nell Aubriot, Directrice de recherche, INRAE", "Rapportrice"),
        ("M. Oscar Delmotte-Sy, Professeur, Université de Millau", "Directeur de thèse"),
    ):
        pdf.cell(140, 6, person)
        pdf.cell(0, 6, role, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# Batch 14 (worktree gen7, French only): one small page per rule its first contact asked for.
FOURTEENTH_BATCH_LAYOUTS = {
    "defence-minutes-heard-candidate-and-an-indented-jury-list": (
        "UNIVERSITÉ DE GUINGAMP-TRIEUX\n\nPROCÈS-VERBAL DE SOUTENANCE DE THÈSE\n\n"
        "Le 3 février 2025,\n\nle jury, composé de :\n"
        "    Mme Alba Riou, Professeure, Université de Lannion, présidente\n"
        "    M. Hervé Kerbrat, Professeur, Université de Morlaix, rapporteur\n"
        "    Mme Anna Le Cam, Maîtresse de conférences, Université de Guingamp-Trieux,"
        " co-encadrante de thèse\n\n"
        "a entendu Madame Solène Quéré-Diallo en la soutenance de sa thèse.\n\n"
        "Le comité de suivi individuel, composé de M. Paul Orvoën, avait émis un avis favorable.\n",
        "pv.txt",
        {
            ("Solène Quéré-Diallo", "jury_president", "Alba Riou", 2025, 2025),
            ("Solène Quéré-Diallo", "jury_reviewer", "Hervé Kerbrat", 2025, 2025),
            ("Solène Quéré-Diallo", "advisor_phd", "Anna Le Cam", None, 2025),
        },
        {
            ("Solène Quéré-Diallo", "employed_at", "Université de Lannion", None, None),
            ("Solène Quéré-Diallo", "jury_member", "Paul Orvoën", 2025, 2025),
        },
    ),
    "thesis-cover-pdf-with-a-role-column-and-the-name-under-par": (
        _cover_pdf(),
        "these.pdf",
        {
            ("Lou Pradeau-Mensah", "jury_president", "Igor Casabianca", 2022, 2022),
            ("Lou Pradeau-Mensah", "jury_reviewer", "Nell Aubriot", 2022, 2022),
            ("Lou Pradeau-Mensah", "advisor_phd", "Oscar Delmotte-Sy", None, 2022),
        },
        {("Lou Pradeau-Mensah", "jury_member", "Rouergue-Sud Imt", 2022, 2022)},
    ),
    "quebec-student-table-stage-postdoctoral-and-owner-as-codirectrice": (
        _html(
            "Maude Gingras-Sall - Université de Beauport",
            "<h1>Maude Gingras-Sall</h1><h2>Formation</h2><ul><li>M. Sc., Université du"
            " Québec à Matane-Est, 2004</li></ul><h2>Parcours</h2><ul><li>2008–2010 :"
            " Stagiaire postdoctorale, Institut maritime de Gaspé-Nord</li></ul>"
            "<h2>Étudiants aux cycles supérieurs</h2><table><tr><th>Nom</th><th>Programme</th>"
            "<th>Rôle</th><th>Période</th></tr><tr><td>Félix Drouin</td><td>Ph. D.</td><td>"
            "Codirectrice (directeur : Marc Boily)</td><td>2021–</td></tr><tr><td>Awa Ndiaye"
            "-Roy</td><td>Stage postdoctoral</td><td>Superviseure</td><td>2019–2020</td></tr>"
            "</table><h2>Financement</h2><p>Chercheuse principale d'une subvention du FRQNT"
            " (2020–2024).</p>",
        ),
        "page.html",
        {
            ("Maude Gingras-Sall", "studied_at", "Université du Québec à Matane-Est", None, 2004),
            ("Maude Gingras-Sall", "employed_at", "Institut Maritime de Gaspé-Nord", 2008, 2010),
            ("Félix Drouin", "advisor_phd", "Maude Gingras-Sall", 2021, None),
            ("Félix Drouin", "advisor_phd", "Marc Boily", 2021, None),
            ("Awa Ndiaye-Roy", "advisor_postdoc", "Maude Gingras-Sall", 2019, 2020),
        },
        {
            ("Awa Ndiaye-Roy", "advisor_internship", "Maude Gingras-Sall", 2019, 2020),
            ("Maude Gingras-Sall", "member_of", "FRQNT", 2020, 2024),
        },
    ),
    "wikipedia-infobox-birth-year-and-lower-case-universite": (
        _html(
            "Odile Vernay-Traoré — Wikipédia",
            "<h1>Odile Vernay-Traoré</h1><table><tr><th>Naissance</th><td>1975</td></tr>"
            "<tr><th>Directeur de thèse</th><td>Jules Armengaud</td></tr></table>"
            "<h2>Biographie</h2><p>Elle soutient en 2003 une thèse de doctorat à l'université"
            " de Rodez-Causse. Elle est nommée professeure à l'université de Millau-Tarn en"
            " 2009.</p>",
        ),
        "page.html",
        {
            ("Odile Vernay-Traoré", "advisor_phd", "Jules Armengaud", None, 2003),
            ("Odile Vernay-Traoré", "studied_at", "Université de Rodez-Causse", None, 2003),
            ("Odile Vernay-Traoré", "employed_at", "Université de Millau-Tarn", 2009, None),
        },
        {("Odile Vernay-Traoré", "advisor_phd", "Jules Armengaud", None, 1975)},
    ),
    "cnu-dossier-owner-share-of-a-thesis-then-its-director": (
        "---\nauthor: Inès Roubaud-Kane\n---\n\n# Activités d'encadrement\n\n"
        "- **Thèse** : co-encadrement de Hugo Rivals (depuis 2022, taux d'encadrement : 40 %),"
        " thèse dirigée par Marthe Sabourin.\n",
        "dossier.md",
        {
            ("Hugo Rivals", "advisor_phd", "Inès Roubaud-Kane", 2022, None),
            ("Hugo Rivals", "advisor_phd", "Marthe Sabourin", 2022, None),
        },
        set(),
    ),
    "alumni-notes-direction-without-de-and-a-postdoc-with": (
        _html(
            "Anciens membres – Laboratoire d'Acoustique de Blois",
            "<h1>Anciens membres</h1><h2>Docteurs</h2><p><strong>Léo Marais</strong> (thèse"
            " 2017–2021, direction Yves Bodin, co-encadrement Clara Nédélec) — actuellement"
            " ingénieur.</p><h2>Post-doctorants</h2><p><strong>Omar Touré-Lamy</strong>"
            " (2020–2022, avec Yves Bodin).</p>",
        ),
        "page.html",
        {
            ("Léo Marais", "advisor_phd", "Yves Bodin", 2017, 2021),
            ("Léo Marais", "advisor_phd", "Clara Nédélec", 2017, 2021),
            ("Omar Touré-Lamy", "advisor_postdoc", "Yves Bodin", 2020, 2022),
        },
        set(),
    ),
    "profile-header-chain-on-one-comma-separated-line": (
        _html(
            "Rémy Favre-Okoro ‐ EPFV",
            "<h1>Rémy Favre-Okoro</h1><p>Professeur associé</p><p>Laboratoire de glaciologie"
            " (LGL), Institut des sciences de la Terre, École polytechnique fédérale de"
            " Vaudrelin</p>",
        ),
        "page.html",
        {
            ("Rémy Favre-Okoro", "member_of", "Laboratoire de glaciologie", None, None),
            (
                "Laboratoire de glaciologie",
                "part_of",
                "Institut des sciences de la Terre",
                None,
                None,
            ),
        },
        set(),
    ),
    "team-led-and-theses-among-which-one-is-named": (
        _html(
            "Mila Gourdon-Assi | IUF",
            "<h1>Mila Gourdon-Assi</h1><p>Mila Gourdon-Assi est professeure à l'Université de"
            " Dinan depuis 2015. Elle y anime l'équipe Catalyse Verte. Elle a encadré six"
            " thèses, dont celle de Rémi Lagarde, soutenue en 2021.</p>",
        ),
        "page.html",
        {
            ("Mila Gourdon-Assi", "member_of", "Catalyse Verte", None, None),
            ("Rémi Lagarde", "advisor_phd", "Mila Gourdon-Assi", None, 2021),
        },
        set(),
    ),
    "faculty-without-university-graduates-and-employs": (
        _html(
            "Pr. Samira Bennani-Fassi | Faculté des Sciences d'Oued-Ifni",
            "<h1>Pr. Samira Bennani-Fassi</h1><h2>Parcours</h2><p>Titulaire d'un Doctorat en"
            " chimie, soutenu le 2 juin 2011 à la Faculté des Sciences d'Oued-Ifni, elle a"
            " rejoint la Faculté des Sciences d'Oued-Ifni en 2012 en tant que Professeur"
            " Assistant.</p>",
        ),
        "page.html",
        {
            ("Samira Bennani-Fassi", "studied_at", "Faculté des Sciences d'Oued-Ifni", None, 2011),
            ("Samira Bennani-Fassi", "employed_at", "Faculté des Sciences d'Oued-Ifni", 2012, None),
        },
        {("Samira Bennani-Fassi", "member_of", "Faculté des Sciences d'Oued-Ifni", 2011, 2011)},
    ),
    "role-label-over-several-member-lines-and-an-advisor-label": (
        _html(
            "Soutenance de thèse de Mme Zoé Lherbier-Cissé",
            "<h1>Soutenance de thèse de Mme Zoé Lherbier-Cissé</h1><p>13 mai 2024</p>"
            "<dl><dt>Rapporteurs</dt><dd>M. Yvon Garreau, Professeur, Université de Dreux<br>"
            "Mme Inès Kaci, Directrice de recherche, INRAE</dd><dt>Directeur de thèse</dt>"
            "<dd>M. Loïc Bernier, Professeur, Université de Chartres-Eure</dd></dl>",
        ),
        "page.html",
        {
            ("Zoé Lherbier-Cissé", "jury_reviewer", "Yvon Garreau", 2024, 2024),
            ("Zoé Lherbier-Cissé", "jury_reviewer", "Inès Kaci", 2024, 2024),
            ("Zoé Lherbier-Cissé", "advisor_phd", "Loïc Bernier", None, 2024),
        },
        {("Zoé Lherbier-Cissé", "employed_at", "Université de Chartres-Eure", None, None)},
    ),
    "plain-text-sub-labels-under-a-capitals-section": (
        "Agathe Morin-Sall\nMaîtresse de conférences, Université de Vitré\n\nENCADREMENT\n"
        "  Thèses :\n    Paul Hamon (depuis 2022)\n  Stages de master :\n"
        "    Léa Jubin (M2, 2021)\n",
        "cv.txt",
        {
            ("Paul Hamon", "advisor_phd", "Agathe Morin-Sall", 2022, None),
            ("Léa Jubin", "advisor_internship", "Agathe Morin-Sall", 2021, 2021),
        },
        {("Paul Hamon", "advisor_other", "Agathe Morin-Sall", 2022, None)},
    ),
    "faculty-of-the-university-and-a-funding-body-rank": (
        _html(
            "Prof. Anne Wéry-Lambot",
            "<h1>Anne Wéry-Lambot</h1><p>Professeure à la Faculté des sciences de l'Université"
            " de Spa-Amblève depuis 2019, membre de l'Institut de Recherche en Géologie.</p>"
            "<p>Elle a été chercheuse qualifiée FNRS à l'Université de Huy-Mosane"
            " (2010–2019).</p>",
        ),
        "page.html",
        {
            ("Anne Wéry-Lambot", "employed_at", "Université de Spa-Amblève", 2019, None),
            ("Faculté des sciences", "part_of", "Université de Spa-Amblève", None, None),
            ("Anne Wéry-Lambot", "employed_at", "Université de Huy-Mosane", 2010, 2019),
        },
        {("FNRS", "part_of", "Université de Huy-Mosane", None, None)},
    ),
    "years-after-puis-belong-to-the-next-position": (
        _html(
            "Noé Castagné-Bâ",
            "<h1>Noé Castagné-Bâ</h1><p>Je suis chargé de recherche à l'Institut de Physique"
            " de Vannes depuis 2021. J'ai préparé ma thèse sous la direction de Lise Quintin,"
            " puis j'ai été chercheur post-doctoral à l'Université de Kobe-Nada"
            " (2018–2020).</p><p>Il a soutenu en 2016 une thèse préparée à l'Université de"
            " Caen-Orne, puis a été post-doctorant à l'Institut de la Mer de Cancale"
            " (2016–2018).</p>",
        ),
        "page.html",
        {("Noé Castagné-Bâ", "studied_at", "Université de Caen-Orne", None, 2016)},
        {
            ("Noé Castagné-Bâ", "advisor_phd", "Lise Quintin", 2018, 2020),
            ("Noé Castagné-Bâ", "advisor_phd", "Lise Quintin", 2021, None),
            ("Noé Castagné-Bâ", "studied_at", "Université de Caen-Orne", 2016, 2018),
        },
    ),
}


def _approval_pdf() -> bytes:
    """A US dissertation's title page, then its approval page: each signatory's name on a
    line of its own over a full-width title line."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    pdf.set_font("Helvetica", size=11)
    for line in (
        "TIDAL MIXING IN FJORD SILLS",
        "A Dissertation",
        "Presented to the Faculty of the Graduate School",
        "of Ostbury University",
        "by",
        "Wilhelmina Okafor-Strand",
        "August 2023",
    ):
        pdf.multi_cell(0, 8, line, align="C", new_x="LMARGIN", new_y="NEXT")
    pdf.ln(6)
    pdf.multi_cell(
        0,
        7,
        "The dissertation of Wilhelmina Okafor-Strand was reviewed and approved by the following:",
        new_x="LMARGIN",
        new_y="NEXT",
    )
    for name, title in (
        (
            "Ignatius Brennan-Aho",
            "Professor of Oceanography, Dissertation Advisor, Chair of Committee",
        ),
        ("Delphine Marchbanks", "Associate Professor of Physics"),
        ("Osvaldo Kettering-Nwosu", "Professor of Mathematics, Outside Member"),
    ):
        pdf.ln(3)
        pdf.cell(0, 7, name, new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 7, title, new_x="LMARGIN", new_y="NEXT")
    return bytes(pdf.output())


# Batch 15 (issue #4): the rules the still-pending held-out pages needed, each on a page of
# its own wording.
FIFTEENTH_BATCH_LAYOUTS = {
    "chair-of-a-subject-and-faculty-of-two-subjects-are-units": (
        _html(
            "Prof. Dr. Ortwin Saalfeld-Mensah – Universität Lindhorst",
            "<h1>Prof. Dr. Ortwin Saalfeld-Mensah</h1><p>Head of the Chair of Algebraic"
            " Topology, Faculty of Mathematics and Natural Sciences, Universität Lindhorst</p>"
            "<h2>Curriculum Vitae</h2><ul><li>since 2018 Full Professor (W3), Universität"
            " Lindhorst</li><li>2019–2021 Chair of Graduate Admissions, Universität"
            " Lindhorst</li></ul>",
        ),
        "page.html",
        {
            ("Ortwin Saalfeld-Mensah", "member_of", "Chair of Algebraic Topology", None, None),
            ("Ortwin Saalfeld-Mensah", "employed_at", "Universität Lindhorst", 2018, None),
        },
        {
            ("Ortwin Saalfeld-Mensah", "member_of", "Algebraic Topology", None, None),
            ("Ortwin Saalfeld-Mensah", "member_of", "Chair of Graduate Admissions", 2019, 2021),
        },
    ),
    "subject-only-faculty-with-a-position-is-a-unit-not-the-employer": (
        _html(
            "Idris Falkenrath-Osei | Experience",
            "<h1>Idris Falkenrath-Osei</h1><h2>Experience</h2>"
            "<p>March 2015 - June 2018</p><p>Kellmoor University</p>"
            "<p>Faculty of Marine Engineering · Postdoctoral Researcher</p>",
        ),
        "page.html",
        {("Idris Falkenrath-Osei", "member_of", "Faculty of Marine Engineering", 2015, 2018)},
        {("Idris Falkenrath-Osei", "employed_at", "Faculty of Marine Engineering", 2015, 2018)},
    ),
    "a-team-name-in-title-case-ends-at-the-verb-after-it": (
        _html(
            "Maëlys Kerjean-Ba",
            "<h1>Maëlys Kerjean-Ba</h1><p>Je suis chargée de recherche dans l'équipe Sols"
            " Vivants depuis 2019. L'équipe Sols Vivants est rattachée au Laboratoire"
            " d'Agronomie de Quimperlé.</p>",
        ),
        "page.html",
        {("Maëlys Kerjean-Ba", "member_of", "Sols Vivants", 2019, None)},
        {("Maëlys Kerjean-Ba", "member_of", "Sols", 2019, None)},
    ),
    "doctorant-cifre-line-opening-an-entry-is-no-person": (
        _html(
            "Loïc Penhoat-Diallo — Doctorant",
            "<h1>Loïc Penhoat-Diallo</h1><p>Doctorant CIFRE (2022-2025) entre la société"
            " Maréolis et le Laboratoire d'Hydraulique de Concarneau (LHC), rattaché à"
            " l'Université de Cornouaille-Odet.</p>",
        ),
        "page.html",
        {
            (
                "Loïc Penhoat-Diallo",
                "member_of",
                "Laboratoire d'Hydraulique de Concarneau",
                2022,
                2025,
            ),
        },
        {("Loïc Penhoat-Diallo", "member_of", "Maréolis et le Laboratoire", 2022, 2025)},
    ),
    "signed-thesis-thanks-say-where-the-work-was-carried-out": (
        "ACKNOWLEDGEMENTS\n\nI thank my supervisor, Professor Edmund Ravenscroft-Obi, for his"
        " guidance.\n\nThis work was carried out in the Centre for Coastal Geomorphology at"
        " Tarnwick University and was funded by the Halden Trust.\n\nFinally, thank you to"
        " my parents.\n\nRosalind Achterberg-Nnamdi\nTarnwick, May 2022\n",
        "thanks.txt",
        {
            ("Rosalind Achterberg-Nnamdi", "studied_at", "Tarnwick University", None, 2022),
            (
                "Rosalind Achterberg-Nnamdi",
                "member_of",
                "Centre for Coastal Geomorphology",
                None,
                2022,
            ),
        },
        {("Rosalind Achterberg-Nnamdi", "studied_at", "Tarnwick University and was", None, 2022)},
    ),
    "a-company-after-chez-with-a-position-not-a-person": (
        _html(
            "Solène Marchetti-Kaboré",
            "<h1>Solène Marchetti-Kaboré</h1><p>Je suis ingénieure de recherche chez Vortalis"
            " Photonique depuis 2021.</p><p>Post-doctorante chez Camille Roudaut (2019-2021)"
            ".</p>",
        ),
        "page.html",
        {("Solène Marchetti-Kaboré", "employed_at", "Vortalis Photonique", 2021, None)},
        {("Solène Marchetti-Kaboré", "employed_at", "Camille Roudaut", 2019, 2021)},
    ),
    "report-header-byline-labelled-with-the-owners-role": (
        "FINAL REPORT\n\nAward No. 2020-118: Soft sensors for marine robots\n"
        "Principal Investigator: Dr. Ingrid Olawale-Strand, Department of Ocean Engineering,"
        "\nHelmsdale Institute of Technology\nProgram Officer: Dr. Victor Mabry\n\n"
        "1. PERSONNEL SUPERVISED\n\n  - Tomas Reyes-Achebe, PhD student (2020-2024)\n",
        "report.txt",
        {
            (
                "Ingrid Olawale-Strand",
                "employed_at",
                "Helmsdale Institute of Technology",
                None,
                None,
            ),
        },
        {("Victor Mabry", "employed_at", "Helmsdale Institute of Technology", None, None)},
    ),
    "mentored-doctoral-students-most-recently-one-named": (
        _html(
            "Dr. Hortensia Blackwood-Eze",
            "<h1>Dr. Hortensia Blackwood-Eze</h1><p>Her group studies enzyme kinetics. She has"
            " mentored seven doctoral students, most recently Dr. Caspian Mwangi-Holt (Ph.D."
            " 2022), who is now a scientist at Lorcan Biologics.</p>",
        ),
        "page.html",
        {("Caspian Mwangi-Holt", "advisor_phd", "Hortensia Blackwood-Eze", None, 2022)},
        set(),
    ),
    "defence-announcement-on-a-university-site-names-the-degree-granter": (
        _html(
            "Public thesis defence – Doctoral Programme in Physics | University of Ardmoray",
            "<h1>Thesis defence</h1><p>Friday 6 June 2025, 10:00</p><p>Doctoral candidate:"
            " Ilse Pfannkuch-Obi</p><p>Thesis directors: Prof. Rowan Achterhoff</p>",
        ),
        "page.html",
        {
            ("Ilse Pfannkuch-Obi", "studied_at", "University of Ardmoray", None, 2025),
            ("Ilse Pfannkuch-Obi", "advisor_phd", "Rowan Achterhoff", None, 2025),
        },
        set(),
    ),
    "obtained-my-phd-in-a-year-ends-the-supervision-stated-next": (
        _html(
            "Casimir Oyelaran-Reith",
            "<h1>Casimir Oyelaran-Reith</h1><p>I am a lecturer at Dunmore University, where I"
            " have worked since 2021.</p><p>I obtained my PhD from the University of Harwick"
            " in 2019. My doctoral work was supervised by Professor Edwina Lachance-Obi.</p>",
        ),
        "page.html",
        {("Casimir Oyelaran-Reith", "advisor_phd", "Edwina Lachance-Obi", None, 2019)},
        {("Casimir Oyelaran-Reith", "advisor_phd", "Edwina Lachance-Obi", 2021, None)},
    ),
    "a-bare-acronym-spelt-by-the-one-university-the-page-names": (
        _html(
            "Anouk Delvigne-Sow | Université catholique de Brabant-Nethe",
            "<h1>Anouk Delvigne-Sow</h1><p>Professeure, Université catholique de"
            " Brabant-Nethe</p><h2>Biographie</h2><p>Docteure de l'Université de Hesbaye-Geer"
            " (2009), elle est professeure à l'UCBN depuis 2012.</p>",
        ),
        "page.html",
        {
            (
                "Anouk Delvigne-Sow",
                "employed_at",
                "Université Catholique de Brabant-Nethe",
                2012,
                None,
            ),
        },
        {("Anouk Delvigne-Sow", "member_of", "UCBN", 2012, None)},
    ),
    "a-research-institute-line-over-its-university-line-is-the-owners-unit": (
        _html(
            "Brecht Van Acker-Mbeki | Université de Wavre-Thyle",
            "<h1>Brecht Van Acker-Mbeki</h1><p>Chercheur qualifié F.R.S.-FNRS<br>Institut de"
            " Recherche en Chimie et Matériaux (IRCM)<br>Secteur des sciences – Université de"
            " Wavre-Thyle</p>",
        ),
        "page.html",
        {
            (
                "Brecht Van Acker-Mbeki",
                "member_of",
                "Institut de Recherche en Chimie et Matériaux",
                None,
                None,
            ),
            ("Brecht Van Acker-Mbeki", "employed_at", "Université de Wavre-Thyle", None, None),
        },
        {
            (
                "Brecht Van Acker-Mbeki",
                "employed_at",
                "Institut de Recherche en Chimie et Matériaux",
                None,
                None,
            ),
        },
    ),
    "an-identity-rows-unit-takes-the-start-of-the-current-post-there": (
        _html(
            "LE GOFF-SANOGO Yuna - Annuaire - Institut de Chimie de Penmarc'h",
            "<h1>LE GOFF-SANOGO Yuna</h1><table><tr><th>Statut</th><td>Chargée de recherche"
            " CNRS</td></tr><tr><th>Unité</th><td>UMR 6402 – Institut de Chimie de Penmarc'h"
            " (ICP)</td></tr></table><h2>Parcours</h2><ul><li>Depuis 2020 : Chargée de"
            " recherche CNRS à l'ICP</li><li>2017 – 2020 : Post-doctorat à l'Université de"
            " Douarn-Aven</li></ul>",
        ),
        "page.html",
        {("Yuna Le Goff-Sanogo", "member_of", "Institut de Chimie de Penmarc'h", 2020, None)},
        {("Yuna Le Goff-Sanogo", "member_of", "Institut de Chimie de Penmarc'h", None, None)},
    ),
    "us-approval-page-signatories-are-the-committee-dated-by-the-title-page": (
        _approval_pdf(),
        "approval.pdf",
        {
            ("Wilhelmina Okafor-Strand", "jury_member", "Delphine Marchbanks", 2023, 2023),
            ("Wilhelmina Okafor-Strand", "jury_member", "Osvaldo Kettering-Nwosu", 2023, 2023),
            ("Wilhelmina Okafor-Strand", "jury_president", "Ignatius Brennan-Aho", 2023, 2023),
        },
        {("Wilhelmina Okafor-Strand", "jury_member", "Delphine Marchbanks", None, None)},
    ),
    "a-books-table-of-contents-lists-its-chapters-authors": (
        _html(
            "Currents and Colleagues: Essays for Henrietta Voss-Adeyemi",
            "<h1>Currents and Colleagues</h1><p>Edited by Lorenzo Achterberg</p>"
            "<h2>Contents</h2><ol class='toc'><li>Mirela Kaspersen and Tomasz Oyelaran."
            " <em>Eddies on a sloping shelf</em>. pp. 1–30</li><li>Yusuf Brandvold, Ines"
            " Marchetti-Dahl. <em>Tides in narrow straits</em>. pp. 31–62</li><li>Lorenzo"
            " Achterberg. <em>A life in fluids</em>. pp. 63–70</li></ol>"
            "<nav class='toc'><ul><li>Home</li><li>Volumes</li></ul></nav>",
        ),
        "page.html",
        {
            ("Mirela Kaspersen", "coauthor", "Tomasz Oyelaran", None, None),
            ("Yusuf Brandvold", "coauthor", "Ines Marchetti-Dahl", None, None),
        },
        set(),
    ),
    "a-reporting-forms-coded-rows-read-by-their-captions-legend": (
        _html(
            "COA_Brandt-Okafor.xlsx",
            "<table><tr><td colspan='3'>Table 1: the individual's name and affiliation.</td>"
            "</tr><tr><td>Your Name:</td><td>Your Organizational Affiliation(s)</td><td></td>"
            "</tr><tr><td>Brandt-Okafor, Linnea</td><td>University of Hexham</td><td></td></tr>"
            "<tr><td colspan='3'>Table 3: G: The individual's PhD advisors; and T: All of the"
            " individual's PhD thesis advisees.</td></tr><tr><td>Name:</td><td>Organizational"
            " Affiliation</td><td></td></tr><tr><td>G: Marwick, Theodora</td><td>University of"
            " Fenby</td><td></td></tr><tr><td>T: Osei-Lindgren, Piet</td><td>Corvid"
            " Analytics</td><td></td></tr><tr><td colspan='3'>Table 4: C: Collaborators on"
            " projects.</td></tr><tr><td>C: Varga, Ottokar</td><td>Hexham Research Council"
            "</td><td></td></tr></table>",
        ),
        "page.html",
        {
            ("Linnea Brandt-Okafor", "employed_at", "University of Hexham", None, None),
            ("Linnea Brandt-Okafor", "advisor_phd", "Theodora Marwick", None, None),
            ("Piet Osei-Lindgren", "advisor_phd", "Linnea Brandt-Okafor", None, None),
        },
        {
            ("Ottokar Varga", "advisor_phd", "Linnea Brandt-Okafor", None, None),
            ("Linnea Brandt-Okafor", "advisor_phd", "Ottokar Varga", None, None),
        },
    ),
    "a-company-after-employed-by-with-a-position": (
        _html(
            "Torvald Ashdown-Mensah",
            "<h1>Torvald Ashdown-Mensah</h1><p>I am a research engineer employed by Quillfen"
            " Robotics since 2020.</p><p>From 2017 to 2019 I was a research assistant employed"
            " by Maria Lindqvist-Oyelaran.</p>",
        ),
        "page.html",
        {("Torvald Ashdown-Mensah", "employed_at", "Quillfen Robotics", 2020, None)},
        {("Torvald Ashdown-Mensah", "employed_at", "Maria Lindqvist-Oyelaran", 2017, 2019)},
    ),
    "a-header-unit-chain-whose-last-unit-is-a-faculty-of-subjects": (
        _html(
            "Dr Imogen Fairclough-Adu | Staff profiles",
            "<h1>Dr Imogen Fairclough-Adu</h1><p>Lecturer in Glaciology</p><p>School of Polar"
            " and Alpine Science, Faculty of Earth and Life Sciences</p>",
        ),
        "page.html",
        {
            (
                "Imogen Fairclough-Adu",
                "member_of",
                "School of Polar and Alpine Science",
                None,
                None,
            ),
            (
                "School of Polar and Alpine Science",
                "part_of",
                "Faculty of Earth and Life Sciences",
                None,
                None,
            ),
        },
        set(),
    ),
}


# Batch 16 (worktree gen9, CVs in the wild, English and French): one small page per rule.
def _batch16_pdf(lines: list[tuple[str, str, str]], *, running: str | None = None) -> bytes:
    """A PDF of (style, left text, right-aligned text) lines: "H" a ruled heading, "B" bold,
    "I" italic, "T" plain, "W" plain across the page, "J" a justified bullet paragraph,
    "BREAK" moves down to the height given; *running* sets a running header and a
    "Page n of m" footer."""
    from fpdf import FPDF

    class _Document(FPDF):
        def header(self):
            if running:
                self.set_font("Helvetica", "I", 8)
                self.cell(0, 5, running, align="R", new_x="LMARGIN", new_y="NEXT")
                self.ln(2)

        def footer(self):
            if running:
                self.set_y(-12)
                self.set_font("Helvetica", "", 8)
                self.cell(0, 5, f"Page {self.page_no()} of {{nb}}", align="C")

    pdf = _Document()
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_page()
    for style, text, right in lines:
        if style == "BREAK":
            pdf.set_y(float(text))
            continue
        pdf.set_font("Helvetica", {"H": "B", "B": "B", "I": "I"}.get(style, ""), 10)
        if style == "H":
            pdf.ln(4)
            pdf.cell(0, 6, text, border="B", new_x="LMARGIN", new_y="NEXT")
            pdf.ln(1)
            continue
        top = pdf.get_y()
        if style == "J":
            pdf.set_x(23)
            pdf.cell(5, 5, "-")
            pdf.set_xy(28, top)
            pdf.multi_cell(150, 5, text, new_x="LMARGIN", new_y="NEXT")
        else:
            width = 0 if style == "W" else 150
            pdf.multi_cell(width, 5, text, align="L", new_x="LMARGIN", new_y="NEXT")
        if right:
            bottom = pdf.get_y()
            pdf.set_xy(160, top)
            pdf.cell(40, 5, right, align="R")
            pdf.set_xy(10, bottom)
    return bytes(pdf.output())


def _label_grid_pdf(rows: list[tuple[str, str]]) -> bytes:
    """An old Europass grid: small labels right-aligned in a left column, justified values
    beside them ("" as a label: a section title)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    for label, value in rows:
        top = pdf.get_y()
        if not label:
            pdf.set_font("Helvetica", "B", 11)
            pdf.cell(55, 7, value, align="R", new_x="LMARGIN", new_y="NEXT")
            continue
        pdf.set_font("Helvetica", "", 8)
        pdf.multi_cell(55, 5, label, align="R")
        below = pdf.get_y()
        pdf.set_font("Helvetica", "", 10)
        pdf.set_xy(70, top)
        pdf.multi_cell(125, 5, value)
        pdf.set_y(max(below, pdf.get_y()) + 0.5)
    return bytes(pdf.output())


SIXTEENTH_BATCH_LAYOUTS = {
    "identity-form-fields-name-the-owner-and-a-unit-code-is-no-lab": (
        _html(
            "Notice individuelle – Campagne d'avancement 2025",
            "<h1>NOTICE INDIVIDUELLE</h1><table><tr><th>NOM d'usage</th><td>KERGUELEN-SOW</td>"
            "</tr><tr><th>Prénom</th><td>Anouk</td></tr><tr><th>Unité de recherche</th><td>"
            "Laboratoire de Chimie des Landes (LCL, EA 4410)</td></tr></table><h2>Carrière</h2>"
            "<table><tr><th>Période</th><th>Fonction</th><th>Établissement</th></tr><tr><td>"
            "depuis 2014</td><td>Maîtresse de conférences</td><td>Université de Dax-Adour</td>"
            "</tr></table>",
        ),
        "notice.html",
        {
            ("Anouk Kerguelen-Sow", "employed_at", "Université de Dax-Adour", 2014, None),
            ("Anouk Kerguelen-Sow", "member_of", "Laboratoire de Chimie des Landes", None, None),
        },
        {
            ("Notice Individuelle", "employed_at", "Université de Dax-Adour", 2014, None),
            ("Anouk Kerguelen-Sow", "member_of", "EA", None, None),
        },
    ),
    "director-column-with-a-qualifier-and-plural-internships-of-master": (
        _html(
            "Anouk Kerguelen-Sow",
            "<h1>Anouk Kerguelen-Sow</h1><h2>Encadrement</h2><table><tr><th>Nom du doctorant"
            "</th><th>Période</th><th>Taux d'encadrement</th><th>Directeur (HDR)</th></tr><tr>"
            "<td>Malik Ferhat</td><td>2016 – 2019</td><td>50 %</td><td>Odile Carrère</td></tr>"
            "</table><p>Encadrement de stages de master 2 : Jeanne Ibarra (2021).</p>",
        ),
        "page.html",
        {
            ("Malik Ferhat", "advisor_phd", "Anouk Kerguelen-Sow", 2016, 2019),
            ("Malik Ferhat", "advisor_phd", "Odile Carrère", 2016, 2019),
            ("Jeanne Ibarra", "advisor_internship", "Anouk Kerguelen-Sow", 2021, 2021),
        },
        {("Jeanne Ibarra", "advisor_other", "Anouk Kerguelen-Sow", 2021, 2021)},
    ),
    "rendercv-yaml-person-record-holding-its-sections": (
        "cv:\n  name: Idris Fairbairn-Oduya\n  email: idris@example.org\n  sections:\n"
        "    experience:\n      - company: University of Glenmoray\n        position: Lecturer\n"
        "        start_date: 2020-01\n        end_date: present\n    phd_examination:\n"
        '      - bullet: "2022: external examiner for Morven Achterberg, University of Ardlui"\n',
        "cv.yaml",
        {
            ("Idris Fairbairn-Oduya", "employed_at", "University of Glenmoray", 2020, None),
            ("Morven Achterberg", "jury_examiner", "Idris Fairbairn-Oduya", 2022, 2022),
        },
        set(),
    ),
    "cv-builder-entry-lines-stacked-in-a-nested-table-and-a-list-in-a-cell": (
        _html(
            "Resume – Rowan Quill-Amadi",
            "<h1>Rowan Quill-Amadi</h1><h2>Experience</h2><table><tr><td>Jan 2016 – Jul 2019"
            "</td><td><table><tr><td><b>Postdoctoral Fellow</b></td></tr><tr><td>Brackwater "
            "Catalysis Laboratory, University of Elmsworth</td></tr><tr><td>Advisor: Prof. "
            "Hester Vandamme</td></tr></table></td></tr></table><h2>Publications</h2><table><tr>"
            "<td><ol><li>Quill-Amadi R, Vandamme H. Pincer ligands. J Chem Lett. 2020;1:1-9.</li>"
            "<li>Ostrova K, Quill-Amadi R. Flow chemistry. Org Notes. 2021;2:3-8.</li>"
            "<li>Quill-Amadi R, Ostrova K. Water as solvent. Green Notes. 2022;3:4-7.</li></ol>"
            "</td></tr></table>",
        ),
        "page.html",
        {
            ("Rowan Quill-Amadi", "advisor_postdoc", "Hester Vandamme", 2016, 2019),
            ("Rowan Quill-Amadi", "employed_at", "University of Elmsworth", 2016, 2019),
            ("K. Ostrova", "coauthor", "Rowan Quill-Amadi", None, None),
        },
        {("Rowan Quill-Amadi", "advisor_phd", "Hester Vandamme", 2016, 2019)},
    ),
    "latex-pdf-words-broken-across-lines-and-a-team-after-its-lab": (
        _batch16_pdf(
            [
                ("B", "Maëlle Ostrander-Coz", ""),
                ("H", "Parcours", ""),
                (
                    "T",
                    "Depuis 2016 : chargée de recherche au CNRS, affectée au Laboratoire d'Aéro-",
                    "",
                ),
                ("T", "logie du Causse (LAC), équipe Nuages et Pluies.", ""),
                ("H", "Encadrement", ""),
                ("T", "Thèse d'Aurélien Mazet (2018-2021), codirigée avec Fabienne Caza-", ""),
                ("T", "ubon ; thèse de Noémie Trouvat (depuis 2022), direction à 100 %.", ""),
            ]
        ),
        "cv.pdf",
        {
            ("Maëlle Ostrander-Coz", "member_of", "Laboratoire d'Aérologie du Causse", 2016, None),
            ("Maëlle Ostrander-Coz", "member_of", "Nuages et Pluies", 2016, None),
            ("Nuages et Pluies", "part_of", "Laboratoire d'Aérologie du Causse", None, None),
            ("Aurélien Mazet", "advisor_phd", "Fabienne Cazaubon", 2018, 2021),
            ("Noémie Trouvat", "advisor_phd", "Maëlle Ostrander-Coz", 2022, None),
        },
        {
            ("Laboratoire d'Aérologie du Causse", "part_of", "Nuages et Pluies", None, None),
            ("Aurélien Mazet", "advisor_phd", "Fabienne Caza", 2018, 2021),
        },
    ),
    "word-text-export-numbered-subsections-and-jury-years-on-their-own-lines": (
        "CURRICULUM VITAE DÉTAILLÉ\r\n\r\nSolal BRUNEAU-TALL\r\nProfesseur des universités\r\n"
        "\r\n2.\tENCADREMENT\r\n\r\n2.1\tDoctorants\r\n•\tLéo Marchal (2016 – 2019), co-direction"
        " avec Anne Vigier (50 %)\r\n\r\n2.2\tStagiaires M2\r\n•\t2021 : Coline Bastiat\r\n\r\n"
        "3.\tJURYS DE THÈSE\r\n\r\n2024\r\n•\tRapporteur – thèse de Gaspard Delmas, Université"
        " de Sarlat\r\n2022\r\n•\tExaminateur – thèse de Théo Miral, Université de Cahors\r\n",
        "cv.txt",
        {
            ("Léo Marchal", "advisor_phd", "Solal Bruneau-Tall", 2016, 2019),
            ("Léo Marchal", "advisor_phd", "Anne Vigier", 2016, 2019),
            ("Coline Bastiat", "advisor_internship", "Solal Bruneau-Tall", 2021, 2021),
            ("Gaspard Delmas", "jury_reviewer", "Solal Bruneau-Tall", 2024, 2024),
            ("Théo Miral", "jury_examiner", "Solal Bruneau-Tall", 2022, 2022),
        },
        {("Coline Bastiat", "advisor_other", "Solal Bruneau-Tall", 2021, 2021)},
    ),
    "markdown-jury-year-headings-and-supervision-subtables": (
        "---\ntitle: CV\nauthor: Armelle Quintin-Bâ\n---\n\n## Encadrement\n\n### Post-doctorats"
        "\n\n| Nom | Période |\n|---|---|\n| Sunna Aabel | 2021 – 2023 |\n\n### Stages\n\n"
        "| Nom | Niveau | Année |\n|---|---|---|\n| Flore Corret | M2 | 2020 |\n\n"
        "## Jurys de thèse\n\n### 2024\n\n- Sacha Le Bras (Université de Brest) — rapporteur\n\n"
        "### 2021\n\n- Ophélie Guerin (IMT Nord) — examinateur\n",
        "cv.md",
        {
            ("Sunna Aabel", "advisor_postdoc", "Armelle Quintin-Bâ", 2021, 2023),
            ("Flore Corret", "advisor_internship", "Armelle Quintin-Bâ", 2020, 2020),
            ("Sacha Le Bras", "jury_reviewer", "Armelle Quintin-Bâ", 2024, 2024),
            ("Ophélie Guerin", "jury_examiner", "Armelle Quintin-Bâ", 2021, 2021),
        },
        {
            ("Armelle Quintin-Bâ", "jury_member", "Sacha Le Bras", 2024, 2024),
            ("Sunna Aabel", "advisor_other", "Armelle Quintin-Bâ", 2021, 2023),
        },
    ),
    "markdown-examining-table-with-a-candidate-column-and-masters-projects": (
        "# Ngaio Whitcombe-Rua\n\n## Supervision\n\n### Master's projects\n\n| Student | Year |"
        " Topic |\n|---|---|---|\n| Pavel Hrubý | 2022 | Cavity cooling |\n\n## Examining\n\n"
        "| Year | Candidate | University | Role |\n|---|---|---|---|\n| 2022 | Isidore Quenton |"
        " University of Lisburn | External examiner |\n",
        "resume.md",
        {
            ("Pavel Hrubý", "advisor_other", "Ngaio Whitcombe-Rua", 2022, 2022),
            ("Isidore Quenton", "jury_examiner", "Ngaio Whitcombe-Rua", 2022, 2022),
        },
        {("Ngaio Whitcombe-Rua", "jury_examiner", "Isidore Quenton", 2022, 2022)},
    ),
    "word-pdf-dates-on-a-right-tab-and-a-note-line-below-the-entry": (
        _batch16_pdf(
            [
                ("B", "HARRIET OSWALD-ACHEBE", ""),
                ("T", "Senior Lecturer, University of Tarrowby", ""),
                ("H", "STUDENT SUPERVISION", ""),
                ("B", "Tomas Wierzba, PhD", "2019 - 2023"),
                ("I", "Co-supervised with Dr. Ingrid Solheim", ""),
                ("B", "Amara Nwosu-Bell, PhD", "2021 - Present"),
                ("I", "Principal supervisor", ""),
                ("H", "THESIS EXAMINATION", ""),
                ("T", "Internal examiner, PhD of Sofie Marangon-Hale", "2023"),
            ]
        ),
        "cv.pdf",
        {
            ("Tomas Wierzba", "advisor_phd", "Harriet Oswald-Achebe", 2019, 2023),
            ("Tomas Wierzba", "advisor_phd", "Ingrid Solheim", 2019, 2023),
            ("Amara Nwosu-Bell", "advisor_phd", "Harriet Oswald-Achebe", 2021, None),
            ("Sofie Marangon-Hale", "jury_examiner", "Harriet Oswald-Achebe", 2023, 2023),
        },
        set(),
    ),
    "docs-pdf-justified-bullets-wrapped-after-a-colon-and-inside-a-list": (
        _batch16_pdf(
            [
                ("B", "Oluwafemi Brightwater-Fay", ""),
                ("H", "Appointments", ""),
                (
                    "J",
                    "Postdoctoral Scholar, Quillmere Institute for Language Technology, "
                    "2018 - 2021. Mentor: Dr. Priya Ramsay-Holt",
                    "",
                ),
                ("H", "Education", ""),
                (
                    "J",
                    "Ph.D., Linguistics, University of Ashby, 2018. Dissertation committee: "
                    "Gregor Tilling (chair), Mireille Castel-Obi, Dawit Alemu",
                    "",
                ),
            ]
        ),
        "cv.pdf",
        {
            ("Oluwafemi Brightwater-Fay", "advisor_postdoc", "Priya Ramsay-Holt", 2018, 2021),
            ("Oluwafemi Brightwater-Fay", "jury_president", "Gregor Tilling", 2018, 2018),
            ("Oluwafemi Brightwater-Fay", "jury_member", "Dawit Alemu", 2018, 2018),
        },
        set(),
    ),
    "two-page-pdf-running-header-footer-and-a-wrapped-examiner-list": (
        _batch16_pdf(
            [
                ("B", "Callan Drummond-Ash", ""),
                ("H", "Previous positions", ""),
                (
                    "T",
                    "2012-2015  Research Associate, Fintry Centre for Bridge Engineering, "
                    "with Prof. Moira Kincaid",
                    "",
                ),
                ("H", "Examining", ""),
                (
                    "T",
                    "External PhD examiner: Conall Breen (University of Inishmore, 2021); Priya "
                    "Venkat-Moore (Ballan College, 2023)",
                    "",
                ),
                ("H", "Publications", ""),
                ("BREAK", "262", ""),
                (
                    "T",
                    '[1] A. Munro-Bayle, Y. Tanaka-Reid and C. Drummond-Ash, "Cable damping '
                    'revisited," Engineering Structures Review, vol. 30, pp. 44-61, 2012.',
                    "",
                ),
                (
                    "T",
                    '[2] Z. Grabow-Lee, C. Drummond-Ash et al., "Digital twins of arches," in '
                    "Proc. Bridge Health, 2023, pp. 1-8.",
                    "",
                ),
            ],
            running="Callan Drummond-Ash - Curriculum Vitae",
        ),
        "cv.pdf",
        {
            ("Callan Drummond-Ash", "advisor_postdoc", "Moira Kincaid", 2012, 2015),
            ("Conall Breen", "jury_examiner", "Callan Drummond-Ash", 2021, 2021),
            ("Priya Venkat-Moore", "jury_examiner", "Callan Drummond-Ash", 2023, 2023),
            ("Z. Grabow-Lee", "coauthor", "Callan Drummond-Ash", None, None),
        },
        set(),
    ),
    "europass-name-field-family-first-and-a-kind-with-years-before-the-student": (
        "Curriculum vitæ Europass\n\nNom / Prénom Carpentier-Ossa Maëlle\n\n"
        "Expérience professionnelle\n\n2019 – 2023 Maîtresse de conférences, Université de "
        "Vienne-Nord\n\nEncadrement\n\nDoctorat (2020 – 2023) Yanis Belkir, co-direction avec "
        "Baptiste Ramos\n\nStage de M2 (2022) Clarisse Odin\n",
        "europass.txt",
        {
            ("Maëlle Carpentier-Ossa", "employed_at", "Université de Vienne-Nord", 2019, 2023),
            ("Yanis Belkir", "advisor_phd", "Maëlle Carpentier-Ossa", 2020, 2023),
            ("Yanis Belkir", "advisor_phd", "Baptiste Ramos", 2020, 2023),
            ("Clarisse Odin", "advisor_internship", "Maëlle Carpentier-Ossa", 2022, 2022),
        },
        {("Carpentier-Ossa Maëlle", "employed_at", "Université de Vienne-Nord", 2019, 2023)},
    ),
    "english-europass-surname-first-and-a-label-read-apart-from-its-value": (
        _label_grid_pdf(
            [
                ("", "Personal information"),
                ("Surname(s) / First name(s)", "Lindberg-Oyelaran Siobhan"),
                ("", "Work experience"),
                ("Dates", "2017 - 2020"),
                ("Occupation or position held", "Postdoctoral researcher"),
                (
                    "Name and address of employer",
                    "Shannon Institute for Peat Studies, in the group of Dr. Niamh Bresnan",
                ),
            ]
        ),
        "europass.pdf",
        {
            ("Siobhan Lindberg-Oyelaran", "advisor_postdoc", "Niamh Bresnan", 2017, 2020),
            (
                "Siobhan Lindberg-Oyelaran",
                "employed_at",
                "Shannon Institute for Peat Studies",
                2017,
                2020,
            ),
        },
        {("Lindberg-Oyelaran Siobhan", "advisor_postdoc", "Niamh Bresnan", 2017, 2020)},
    ),
    "a-full-line-broken-mid-phrase-across-a-page-break": (
        _batch16_pdf(
            [
                ("B", "Hortense Vidal-Mbaye", ""),
                ("H", "Encadrement doctoral", ""),
                ("BREAK", "270", ""),
                (
                    "W",
                    "Thèse de Quentin Lafargue (2016-2019), co-encadrement avec Sidonie Peyrat "
                    "(40 %), financement",
                    "",
                ),
                ("W", "CIFRE avec la société Estuaires Conseil", ""),
                (
                    "W",
                    "Thèse d'Elouan Bergeret (depuis 2022), co-direction avec Sidonie Peyrat",
                    "",
                ),
            ],
            running="Hortense Vidal-Mbaye - CV",
        ),
        "cv.pdf",
        {
            ("Quentin Lafargue", "advisor_phd", "Hortense Vidal-Mbaye", 2016, 2019),
            ("Elouan Bergeret", "advisor_phd", "Hortense Vidal-Mbaye", 2022, None),
            ("Elouan Bergeret", "advisor_phd", "Sidonie Peyrat", 2022, None),
        },
        set(),
    ),
    "a-funded-postdoctoral-position-and-its-sponsor": (
        "# Marisol Etxeberri-Quay\n\n## Academic positions\n\n* 2013–2015: NSF Postdoctoral"
        " Fellow, Haverfield Marine Station (sponsor: Dr. Obiageli Norcott)\n",
        "cv.md",
        {
            ("Marisol Etxeberri-Quay", "advisor_postdoc", "Obiageli Norcott", 2013, 2015),
            ("Marisol Etxeberri-Quay", "employed_at", "Haverfield Marine Station", 2013, 2015),
        },
        {("Marisol Etxeberri-Quay", "member_of", "NSF Postdoctoral Fellow", 2013, 2015)},
    ),
    "europass-pdf-field-labels-and-a-justified-value-wrapped-over-lines": (
        _label_grid_pdf(
            [
                ("", "Informations personnelles"),
                ("Nom / Prénom", "Lemaire-Oyo Sixtine"),
                ("", "Expérience professionnelle"),
                ("Dates", "Octobre 2017 - août 2019"),
                ("Fonction ou poste occupé", "Chercheuse post-doctorale"),
                (
                    "Nom et adresse de l'employeur",
                    "Institut des Sciences Séparatives de Lorient-Est, sous la responsabilité "
                    "de Gwenola Le Floch-Mba",
                ),
            ]
        ),
        "europass.pdf",
        {
            ("Sixtine Lemaire-Oyo", "advisor_postdoc", "Gwenola Le Floch-Mba", 2017, 2019),
            (
                "Sixtine Lemaire-Oyo",
                "employed_at",
                "Institut des Sciences Séparatives de Lorient-Est",
                2017,
                2019,
            ),
        },
        set(),
    ),
}


# Publication lists in citation styles and exports the rules had not met (ACM, LNCS,
# Nature superscripts, Vancouver, MLA/Chicago, ORCID, Google Scholar).
EIGHTEENTH_BATCH_LAYOUTS = {
    "affiliation-and-contribution-superscripts-are-no-part-of-the-names": (
        _html(
            "Wendeline Araujo-Kross | Research",
            "<h1>Wendeline Araujo-Kross</h1><h2>Publications</h2><ol><li>Wendeline"
            " Araujo-Kross<sup>1,*</sup>, Oren Blackthorne<sup>2,*</sup> &amp; Tuulikki"
            " Marangoni<sup>1,†</sup>. Lipid rafts in motion. <i>Nature</i> <b>588</b>,"
            " 12–19 (2020).</li></ol>",
        ),
        "page.html",
        {
            ("Wendeline Araujo-Kross", "coauthor", "Oren Blackthorne", None, None),
            ("Wendeline Araujo-Kross", "coauthor", "Tuulikki Marangoni", None, None),
            ("Oren Blackthorne", "coauthor", "Tuulikki Marangoni", None, None),
        },
        set(),
    ),
    "letter-mark-lists-go-and-civility-superscripts-stay": (
        _html(
            "Séverine Abalo-Kerguelen",
            "<h1>Séverine Abalo-Kerguelen</h1><h2>Publications</h2><ol><li>Ines"
            " Maraval-Tchoua<sup>a,b</sup>, Séverine Abalo-Kerguelen<sup>1, c</sup> et Hugo"
            " Lindarès<sup>2a</sup>. Titre. <i>Revue</i>, 12, 2020.</li></ol><h2>Encadrement</h2>"
            "<p>Thèse de Pierre-Yves Kermadec-Sall (2019-2022), codirigée avec"
            " M<sup>me</sup> Odile Brélivet-Aka.</p>",
        ),
        "page.html",
        {
            ("Ines Maraval-Tchoua", "coauthor", "Séverine Abalo-Kerguelen", None, None),
            ("Ines Maraval-Tchoua", "coauthor", "Hugo Lindarès", None, None),
            ("Séverine Abalo-Kerguelen", "coauthor", "Hugo Lindarès", None, None),
            ("Pierre-Yves Kermadec-Sall", "advisor_phd", "Odile Brélivet-Aka", 2019, 2022),
        },
        set(),
    ),
    "a-trainee-letter-after-vancouver-initials-is-a-mark": (
        _html(
            "Dr Ysolde Pennick-Arua",
            "<h1>Dr Ysolde Pennick-Arua</h1><h2>Publications</h2><ol><li>Tavener-Oduya"
            " K<sup>a</sup>, Pennick-Arua Y. Missing outcomes in cohort studies. BMJ."
            " 2021;372:n55.</li></ol>",
        ),
        "page.html",
        {("K. Tavener-Oduya", "coauthor", "Ysolde Pennick-Arua", None, None)},
        {("Tavener-Oduya Ka", "coauthor", "Ysolde Pennick-Arua", None, None)},
    ),
    "mla-inverted-first-author-before-et-al-is-one-person": (
        _html(
            "Ottoline Brisbane-Achebe – Writing",
            "<h1>Ottoline Brisbane-Achebe</h1><h2>Publications</h2><ul><li>Vasquez-Hale,"
            ' Leopold, et al. "Ledger Hands." <i>Print Quarterly</i>, vol. 4, 2022, pp.'
            " 3–20.</li><li>Brisbane-Achebe, Ottoline, and Leopold Vasquez-Hale. "
            '"Almanac Weather." <i>Book History</i>, vol. 9, 2021, pp. 1–30.</li></ul>',
        ),
        "page.html",
        {("Ottoline Brisbane-Achebe", "coauthor", "Leopold Vasquez-Hale", None, None)},
        {
            ("Vasquez-Hale", "coauthor", "Leopold", None, None),
            ("Leopold", "coauthor", "Vasquez-Hale", None, None),
        },
    ),
    "chicago-single-inverted-author-and-translators-add-no-pairs": (
        _html(
            "Ottoline Brisbane-Achebe – Books",
            "<h1>Ottoline Brisbane-Achebe</h1><h2>Publications</h2><ul>"
            "<li>Marchetti, Ruggero. 2017. <i>The Printer's Widow</i>. Wexcombe: Wexcombe"
            " Press.</li><li>R. Marchetti. <i>Le Relieur</i>. Traduit de l'anglais par O."
            " Brisbane-Achebe et D. Hallström. Éditions du Quai, 2019.</li></ul>",
        ),
        "page.html",
        set(),
        {
            ("Marchetti", "coauthor", "Ruggero", None, None),
            ("Ruggero", "coauthor", "Marchetti", None, None),
            ("Ottoline Brisbane-Achebe", "coauthor", "D. Hallström", None, None),
            ("D. Hallström", "coauthor", "Ottoline Brisbane-Achebe", None, None),
        },
    ),
    "orcid-travaux-contributors-with-roles-drop-the-editor": (
        _html(
            "Anouk Leclercq-Diallo - ORCID",
            "<h1>Anouk Leclercq-Diallo</h1><h2>Travaux (2)</h2><div><h4>Catalyse au"
            " nickel</h4><p>Organic Letters | 2020 | Article de revue</p><p>Contributeurs :"
            " Anouk Leclercq-Diallo; Barnabé Ishikawa-Roy</p></div><div><h4>Manuel de"
            " chimie radicalaire</h4><p>Contributeurs : Hortense Moreau-Baptiste"
            " (Éditeur); Anouk Leclercq-Diallo (Auteur); Sven Okonkwo-Dahl (Auteur)</p>"
            "</div>",
        ),
        "page.html",
        {
            ("Anouk Leclercq-Diallo", "coauthor", "Barnabé Ishikawa-Roy", None, None),
            ("Anouk Leclercq-Diallo", "coauthor", "Sven Okonkwo-Dahl", None, None),
        },
        {
            ("Hortense Moreau-Baptiste", "coauthor", "Anouk Leclercq-Diallo", None, None),
            ("Hortense Moreau-Baptiste", "coauthor", "Sven Okonkwo-Dahl", None, None),
        },
    ),
    "an-initial-resolves-to-the-inverted-full-name-of-another-entry": (
        _html(
            "Ottoline Brisbane-Achebe – Articles",
            "<h1>Ottoline Brisbane-Achebe</h1><h2>Publications</h2><ul><li>Quenneville,"
            ' Isadora, et al. "Binding Accounts." <i>Material Texts</i>, 2023.</li>'
            "<li>Halvorsen, J., Brisbane-Achebe, O. and Quenneville, I. (2021) 'Ledgers',"
            " <i>Print History</i>, 3, pp. 1–9.</li></ul>",
        ),
        "page.html",
        {("J. Halvorsen", "coauthor", "Isadora Quenneville", None, None)},
        {
            ("J. Halvorsen", "coauthor", "I. Quenneville", None, None),
            ("Quenneville", "coauthor", "Isadora", None, None),
        },
    ),
    "a-named-director-and-a-co-supervisor-after-the-cue-both-advise": (
        _html(
            "Aurélien Kerdoncuff-Sy",
            "<h1>Aurélien Kerdoncuff-Sy</h1><h2>Thèses encadrées</h2><ul><li>Nolwenn"
            " Baptiste-Ruaud, <i>Graphes aléatoires</i>, thèse de doctorat, Université de"
            " Kernével, soutenue en 2022 (directeur : Aurélien Kerdoncuff-Sy, co-encadrement"
            " avec Sidonie Malakoff-Traoré).</li></ul>",
        ),
        "page.html",
        {
            ("Nolwenn Baptiste-Ruaud", "advisor_phd", "Aurélien Kerdoncuff-Sy", None, 2022),
            ("Nolwenn Baptiste-Ruaud", "advisor_phd", "Sidonie Malakoff-Traoré", None, 2022),
        },
        set(),
    ),
    "a-co-author-link-glued-to-its-affiliation-is-a-full-name": (
        _html(
            "Ravindra Oyelaran-Koch - Google Scholar",
            "<h1>Ravindra Oyelaran-Koch</h1><h2>Publications</h2><table><tr><td><a>Crack"
            " healing in mortars</a><div>R Oyelaran-Koch, P Demetriou-Lund</div><div>Cement"
            " Research 12, 2021</div></td></tr></table><h3>Co-authors</h3><ul><li><a>Philippa"
            " Demetriou-Lund</a><span>Professor, Kessick University</span></li></ul>",
        ),
        "page.html",
        {("Ravindra Oyelaran-Koch", "coauthor", "Philippa Demetriou-Lund", None, None)},
        {("Ravindra Oyelaran-Koch", "coauthor", "P. Demetriou-Lund", None, None)},
    ),
}


NINETEENTH_BATCH_LAYOUTS = {
    "a-candidate-field-names-the-examined-and-readers-are-committee-members": (
        "From: Physics Graduate Office <office@example.edu>\nSubject: Final Oral Examination\n\n"
        "FINAL ORAL EXAMINATION\n\nCandidate: Rosalind Achterberg-Pike\n\n"
        "Adviser: Professor Tobias Engelhart\n\nReaders:\n  Professor Ilka Verhoeven\n"
        "  Professor Dario Castellanos\n\nExaminers (non-readers):\n"
        "  Professor Mehmet Karaoglu\n\nMay 12, 2024, 10:00 AM, Jadwin Hall\n",
        "announcement.txt",
        {
            ("Rosalind Achterberg-Pike", "advisor_phd", "Tobias Engelhart", None, 2024),
            ("Rosalind Achterberg-Pike", "jury_member", "Ilka Verhoeven", 2024, 2024),
            ("Rosalind Achterberg-Pike", "jury_member", "Dario Castellanos", 2024, 2024),
            ("Rosalind Achterberg-Pike", "jury_examiner", "Mehmet Karaoglu", 2024, 2024),
        },
        {("Physics Graduate Office", "advisor_phd", "Tobias Engelhart", None, 2024)},
    ),
    "a-placement-table-row-is-its-graduates-and-the-first-job-is-no-supervision": (
        _html(
            "Graduate Placement | Department of Sociology",
            "<h1>Job Placement</h1><table><tr><th>Student</th><th>Advisor</th><th>Year</th>"
            "<th>First Position</th></tr><tr><td>Oksana Brightwell</td><td>Emeric Vandale</td>"
            "<td>2022</td><td>Postdoctoral Fellow, Ferncliff Institute</td></tr></table>"
            "<p>Placement committee chair: Juniper Akintola.</p>",
        ),
        "placement.html",
        {("Oksana Brightwell", "advisor_phd", "Emeric Vandale", None, 2022)},
        {
            ("Oksana Brightwell", "advisor_postdoc", "Emeric Vandale", 2022, 2022),
            ("Graduate Placement", "advisor_phd", "Emeric Vandale", None, 2022),
            ("Graduate Placement", "jury_president", "Juniper Akintola", 2022, 2022),
        },
    ),
    "a-hidden-tab-panel-is-read-under-its-tabs-label": (
        _html(
            "Leopold Ferreira-Quist | Faculty",
            '<h1>Leopold Ferreira-Quist</h1><div role="tablist"><button role="tab"'
            ' aria-controls="p1">Advising</button><button role="tab" aria-controls="p2">'
            'Teaching</button></div><div role="tabpanel" id="p1" hidden><ul><li>Anneke'
            " Rautenbach (doctoral)</li><li>Tomas Quenneville, ScD 2018</li></ul></div>"
            '<div role="tabpanel" id="p2" hidden><p>STAT 110 (co-taught with Imogen'
            " Oyelowo-Pratt)</p></div>",
        ),
        "profile.html",
        {
            ("Anneke Rautenbach", "advisor_phd", "Leopold Ferreira-Quist", None, None),
            ("Tomas Quenneville", "advisor_phd", "Leopold Ferreira-Quist", None, 2018),
        },
        {
            ("Imogen Oyelowo-Pratt", "advisor_phd", "Leopold Ferreira-Quist", None, None),
            ("Imogen Oyelowo-Pratt", "advisor_other", "Leopold Ferreira-Quist", None, None),
        },
    ),
    "a-lineage-list-gives-the-owner-only-the-direct-advisor": (
        _html(
            "Family tree — Ragnhild Osei-Barker",
            "<h1>Ragnhild Osei-Barker</h1><h2>My academic ancestors</h2><ol><li>Cormac"
            " Ellery-Vance — my doctoral advisor</li><li>Sabine Thorvaldsen — Cormac's"
            " advisor</li></ol><h2>My academic descendants</h2><ul><li>Priyanka Lowell-Adu"
            " (PhD 2023)</li></ul><p>Academic siblings (other students of Cormac): Basil"
            " Markovic.</p>",
        ),
        "tree.html",
        {
            ("Ragnhild Osei-Barker", "advisor_phd", "Cormac Ellery-Vance", None, None),
            ("Priyanka Lowell-Adu", "advisor_phd", "Ragnhild Osei-Barker", None, 2023),
        },
        {
            ("Ragnhild Osei-Barker", "advisor_phd", "Sabine Thorvaldsen", None, None),
            ("Basil Markovic", "advisor_other", "Ragnhild Osei-Barker", None, None),
        },
    ),
    "a-funders-fellowship-is-held-at-its-host-not-at-the-funder": (
        _html(
            "Dr Ciarán Mulholland-Rey",
            "<h1>Dr Ciarán Mulholland-Rey</h1><h2>Biography</h2><p>From 2015 to 2018 he held"
            " a Leinster Research Council postdoctoral fellowship at the Institute of Cell"
            " Dynamics, Ardmore.</p>",
        ),
        "staff.html",
        {("Ciarán Mulholland-Rey", "employed_at", "Institute of Cell Dynamics", 2015, 2018)},
        {("Ciarán Mulholland-Rey", "employed_at", "Leinster Research Council", 2015, 2018)},
    ),
    "what-a-move-to-a-university-was-for-is-no-part-of-its-name": (
        _html(
            "Why I study glaciers | Halvard Okonjo-Wren",
            "<h1>Why I study glaciers</h1><p>In 2011 I moved to Pellham University for"
            " graduate school and never left the cold.</p>",
        ),
        "post.html",
        {("Halvard Okonjo-Wren", "studied_at", "Pellham University", None, 2011)},
        {
            (
                "Halvard Okonjo-Wren",
                "studied_at",
                "Pellham University for Graduate School",
                None,
                2011,
            )
        },
    ),
    "a-common-cv-export-names-its-owner-in-side-by-side-fields-and-dates-months-by-number": (
        _html(
            "Canadian Common CV",
            "<p>Canadian Common CV</p><p>Title: Dr. Family Name: Okonkwo-Lisle First Name:"
            " Berenike Correspondence language: English</p><h2>Degrees</h2><p>2009/9 - 2014/5"
            " Doctorate, Doctor of Philosophy, Hydrology, University of Marrowdale<br>Supervisors:"
            " Anselm Whitcombe, 2009/9 - 2014/5</p><h2>Student/Postdoctoral Supervision</h2><table>"
            "<tr><th>Supervision Role</th><th>Supervision Start Date</th><th>Supervision End"
            " Date</th><th>Student Name</th><th>Student Degree Type</th></tr><tr><td>Principal"
            " Supervisor</td><td>2017/9</td><td>2022/4</td><td>Kalani Desrosiers</td>"
            "<td>Doctorate</td></tr></table>",
        ),
        "ccv.html",
        {
            ("Berenike Okonkwo-Lisle", "advisor_phd", "Anselm Whitcombe", 2009, 2014),
            ("Kalani Desrosiers", "advisor_phd", "Berenike Okonkwo-Lisle", 2017, 2022),
        },
        {
            ("Supervision Role", "advisor_postdoc", "Berenike Okonkwo-Lisle", None, None),
            ("Kalani Desrosiers", "advisor_postdoc", "Berenike Okonkwo-Lisle", 2017, 2022),
        },
    ),
    "a-portal-thesis-record-gives-its-student-and-co-supervisors": (
        _html(
            "Ingeborg Salcedo-Wray - Research Portal",
            '<h1 class="person-name">Ingeborg Salcedo-Wray</h1><p>She previously worked at the'
            " Institute of Coastal Works, Tallin Bay (2010–2014).</p><h2>Student theses</h2>"
            "<h3>Wave loads on breakwaters</h3><p>Author: Mbeki-Laurent, D., 2022</p><p>"
            "Supervisor: Salcedo-Wray, I. (Supervisor) &amp; Hoekstra, P. (Supervisor)</p><p>"
            "Student thesis: Doctoral Thesis › Doctor of Philosophy</p><h3>Dune erosion</h3>"
            "<p>Author: Ferrand, Q., 2020</p><p>Supervisor: Hoekstra, P. (Supervisor)</p>",
        ),
        "portal.html",
        {
            ("D. Mbeki-Laurent", "advisor_phd", "Ingeborg Salcedo-Wray", None, 2022),
            ("D. Mbeki-Laurent", "advisor_phd", "P. Hoekstra", None, 2022),
            ("Ingeborg Salcedo-Wray", "employed_at", "Institute of Coastal Works", 2010, 2014),
        },
        {
            ("Q. Ferrand", "advisor_other", "Ingeborg Salcedo-Wray", 2020, 2020),
            ("Q. Ferrand", "advisor_other", "P. Hoekstra", 2020, 2020),
        },
    ),
}


TWENTIETH_BATCH_LAYOUTS = {
    "an-orcid-place-line-makes-the-bracketed-unit-a-membership": (
        _html(
            "Aubin Fraysse-Mwangi - ORCID",
            "<h1>Aubin Fraysse-Mwangi</h1><h2>Emplois (1)</h2><p>Université de Cormeilles :"
            " Cormeilles, France</p><p>2015-10-01 à aujourd'hui | Maître de conférences"
            " (Institut des sciences du vivant)</p>",
        ),
        "page.html",
        {
            ("Aubin Fraysse-Mwangi", "employed_at", "Université de Cormeilles", 2015, None),
            ("Aubin Fraysse-Mwangi", "member_of", "Institut des sciences du vivant", 2015, None),
        },
        {("Aubin Fraysse-Mwangi", "employed_at", "Institut des sciences du vivant", 2015, None)},
    ),
    "an-agenda-heading-dated-before-the-defence-names-its-candidate": (
        _html(
            "Soutenances à venir - École doctorale 999",
            "<h1>Soutenances à venir</h1><h2>Jeudi 4 juin 2026 — Soutenance de thèse de Gaspard"
            " Tellier-Mbow</h2><p>Directrice de thèse : Ombeline Rouquette</p><p>Jury :</p><ul>"
            "<li>Ilario Venturini (Università di Pavone), rapporteur</li><li>Soizic Penven"
            " (CNRS), examinatrice, présidente du jury</li></ul>"
            "<h2>Mardi 9 juin 2026 — Soutenance d'habilitation à diriger des recherches de Lucile"
            " Arbogast-Nkemba</h2><p>Jury : Rapporteurs : Tobias Lindqvist (KTH), Hermine Vautier"
            " (INRAE). Examinateur : Ilario Venturini (Università di Pavone).</p>",
        ),
        "page.html",
        {
            ("Gaspard Tellier-Mbow", "advisor_phd", "Ombeline Rouquette", None, 2026),
            ("Gaspard Tellier-Mbow", "jury_reviewer", "Ilario Venturini", 2026, 2026),
            ("Gaspard Tellier-Mbow", "jury_president", "Soizic Penven", 2026, 2026),
            ("Lucile Arbogast-Nkemba", "jury_reviewer", "Tobias Lindqvist", 2026, 2026),
            ("Lucile Arbogast-Nkemba", "jury_examiner", "Ilario Venturini", 2026, 2026),
        },
        {("Gaspard Tellier-Mbow", "jury_examiner", "Soizic Penven", 2026, 2026)},
    ),
    "a-grid-card-name-then-its-supervision-field-is-one-entry": (
        _html(
            "Équipe | Laboratoire des Dunes",
            "<h1>Équipe Sédiments</h1><h2>Doctorant·e·s</h2><div class='views-col'><div>"
            "Ambroise Letellier-Sow</div><div>Depuis 2024 — directeur·rice de thèse : Clarisse"
            " Vandame ; co-encadrant : Hubert Olagnier</div></div>",
        ),
        "page.html",
        {
            # ("Depuis 2024 —": the thesis started then, the dash opens no range)
            ("Ambroise Letellier-Sow", "advisor_phd", "Clarisse Vandame", 2024, None),
            ("Ambroise Letellier-Sow", "advisor_phd", "Hubert Olagnier", 2024, None),
        },
        {("Clarisse Vandame", "advisor_phd", "Hubert Olagnier", 2024, None)},
    ),
    "a-postdoc-card-labels-its-host-responsable": (
        _html(
            "Équipe | Laboratoire des Dunes",
            "<h1>Équipe Sédiments</h1><h2>Post-doctorant·e·s</h2><div class='views-col'><div>"
            "Sixtine Maréchaux-Dia</div><div>2023-2025 — responsable : Clarisse Vandame</div>"
            "</div><h2>Permanents</h2><div>Clarisse Vandame</div><div>Directrice de recherche,"
            " responsable d'équipe</div>",
        ),
        "page.html",
        {("Sixtine Maréchaux-Dia", "advisor_postdoc", "Clarisse Vandame", 2023, 2025)},
        set(),
    ),
    "a-french-prize-headline-names-its-laureate-and-the-prize-jury-is-no-thesis-jury": (
        _html(
            "Prix de thèse 2026 : Héloïse Marchadier lauréate",
            "<h1>Prix de thèse 2026 : Héloïse Marchadier lauréate</h1><p>Le prix a été décerné à"
            " Héloïse Marchadier pour sa thèse soutenue en 2025 à l'Université de Gravelines,"
            " sous la direction de Fulbert Quémener.</p><h2>Le jury du prix</h2><p>Le jury,"
            " présidé par Anastasie Kolb-Diarra, était composé de Wilfried Ancelin.</p>",
        ),
        "page.html",
        {("Héloïse Marchadier", "advisor_phd", "Fulbert Quémener", None, 2025)},
        {
            ("Héloïse Marchadier", "jury_president", "Anastasie Kolb-Diarra", 2025, 2025),
            ("Héloïse Marchadier", "jury_member", "Wilfried Ancelin", 2025, 2025),
        },
    ),
    "a-labelled-students-item-among-a-plain-cvs-papers-is-no-publication": (
        "Nom : MAUBOUSSIN\nPrénom : Ludmila\nFonction actuelle : Chargée de recherche INRAE\n\n"
        "Encadrement : 2 doctorants\n"
        "- Doctorants : Arsène Pouliquen (2019-2022), Zoé Kandé-Marsac (depuis 2023)\n"
        "- Mauboussin L., Pouliquen A. (2022) Soil carbon. Geoderma 401: 11-20.\n"
        "- Kandé-Marsac Z., Mauboussin L. (2024) Roots. Plant Soil 12: 1-9.\n"
        "- Ferrat O., Mauboussin L. (2020) Litter. Oikos 9: 5-8.\n",
        "cv.txt",
        {
            ("Arsène Pouliquen", "advisor_phd", "Ludmila Mauboussin", 2019, 2022),
            ("Zoé Kandé-Marsac", "advisor_phd", "Ludmila Mauboussin", 2023, None),
        },
        {("Arsène Pouliquen", "coauthor", "Zoé Kandé-Marsac", None, None)},
    ),
    "grandes-ecoles-named-by-their-network-are-places-of-study": (
        _html(
            "Fiche ancien élève — Philémon Gaudry-Siby",
            "<h1>Philémon Gaudry-Siby</h1><dl><dt>École d'application</dt><dd>Mines Valbonne"
            " (2014-2015)</dd><dt>Formation</dt><dd>2012 : Diplôme d'ingénieur, AgroSup"
            " Lamballe</dd></dl>",
        ),
        "page.html",
        {
            ("Philémon Gaudry-Siby", "studied_at", "Mines Valbonne", 2014, 2015),
            ("Philémon Gaudry-Siby", "studied_at", "AgroSup Lamballe", None, 2012),
        },
        set(),
    ),
    "a-citation-after-an-article-label-in-prose-is-an-entry": (
        _html(
            "Le carnet de Gildas Yaméogo-Le Bihan",
            "<h1>Gildas Yaméogo-Le Bihan</h1><p>Je prépare une thèse en géographie.</p>"
            "<h2>Pour aller plus loin</h2><p>Mon dernier article : G. Yaméogo-Le Bihan, O."
            " Castanier, R. Mbeki-Thiers. « Les haies bocagères ». <em>Norois</em>, 2023.</p>"
            "<p>Quelques chiffres : 3 ans, 2 terrains, 1 thèse (2024).</p>",
        ),
        "page.html",
        {
            ("Gildas Yaméogo-Le Bihan", "coauthor", "O. Castanier", None, None),
            ("Gildas Yaméogo-Le Bihan", "coauthor", "R. Mbeki-Thiers", None, None),
        },
        set(),
    ),
    "word-glyph-bulleted-paragraphs-are-list-items": (
        _html(
            "CV Yolande Ferracci",
            "<p class=MsoTitle>Yolande FERRACCI</p><p class=MsoNormal>Maîtresse de conférences"
            "</p><h1>Encadrement doctoral</h1><p class=MsoListParagraph><span>·&nbsp;&nbsp;"
            "</span>Maxence Audiberti (2020-2023), co-encadrement à 50 % avec Noémie"
            " Castellane</p>",
        ),
        "page.html",
        {
            ("Maxence Audiberti", "advisor_phd", "Yolande Ferracci", 2020, 2023),
            ("Maxence Audiberti", "advisor_phd", "Noémie Castellane", 2020, 2023),
        },
        set(),
    ),
    "the-thesis-of-a-named-person-under-a-prize-jury-is-that-persons": (
        _html(
            "Prix de thèse : Maëlle Kervarec-Obi lauréate",
            "<h1>Prix de thèse : Maëlle Kervarec-Obi lauréate</h1><p>Sa thèse a été dirigée par"
            " Raoul Dessaint.</p><h2>Le jury du prix</h2><p>Il a également distingué par un"
            " accessit la thèse de Timéo Lhermitte (directeur de thèse : Blaise Aubertot).</p>",
        ),
        "page.html",
        {
            ("Maëlle Kervarec-Obi", "advisor_phd", "Raoul Dessaint", None, None),
            ("Timéo Lhermitte", "advisor_phd", "Blaise Aubertot", None, None),
        },
        {
            ("Maëlle Kervarec-Obi", "advisor_phd", "Blaise Aubertot", None, None),
            ("Timéo Lhermitte", "jury_member", "Maëlle Kervarec-Obi", None, None),
        },
    ),
    "a-jury-heading-excluding-hiring-committees-is-still-a-jury": (
        _html(
            "Ada Korrigan-Sall - CV",
            "<h1>Ada Korrigan-Sall</h1><h2>Jurys de thèse (hors comités de sélection)</h2><ul>"
            "<li>2021 : rapportrice de la thèse de Jérémie Baudoin (Université de Lorient)</li>"
            "</ul><h2>Comités de sélection</h2><ul><li>2022 : présidente, poste MCF, Université"
            " de Lorient (rapporteur : Gaël Tréguier)</li></ul>",
        ),
        "page.html",
        {("Jérémie Baudoin", "jury_reviewer", "Ada Korrigan-Sall", 2021, 2021)},
        {
            ("Ada Korrigan-Sall", "jury_reviewer", "Gaël Tréguier", 2022, 2022),
            ("Ada Korrigan-Sall", "employed_at", "Université de Lorient", 2022, 2022),
        },
    ),
    "a-contest-finals-jury-is-no-thesis-jury": (
        _html(
            "Firmin Escudé — Ma thèse en 180 secondes",
            "<h1>Ma thèse en 180 secondes</h1><p>Je prépare ma thèse sous la direction de"
            " Bertille Aubrac.</p><p>Le jury de la finale était présidé par Côme Lefranc-Obi,"
            " entouré de Nadia Terrasson.</p>",
        ),
        "page.html",
        {("Firmin Escudé", "advisor_phd", "Bertille Aubrac", None, None)},
        {("Firmin Escudé", "jury_president", "Côme Lefranc-Obi", None, None)},
    ),
}


TWENTYFIRST_BATCH_LAYOUTS = {
    "a-rowspan-cell-is-read-in-every-row-it-spans": (
        _html(
            "People | Tideway Optics Lab",
            "<h1>People</h1><p>The Tideway Optics Lab is led by Professor Wendeline Oxbury.</p>"
            "<table><tr><th>Name</th><th>Role</th><th>Years</th><th>Supervisor(s)</th></tr>"
            "<tr><td>Caius Ferrandino</td><td rowspan='2'>PhD student</td><td>2020&ndash;</td>"
            "<td rowspan='2'>Wendeline Oxbury</td></tr>"
            "<tr><td>Hanne Lykketoft</td><td>2023&ndash;</td></tr></table>",
        ),
        "people.html",
        {
            ("Caius Ferrandino", "advisor_phd", "Wendeline Oxbury", 2020, None),
            ("Hanne Lykketoft", "advisor_phd", "Wendeline Oxbury", 2023, None),
        },
        set(),
    ),
    "a-bare-degree-role-counts-beside-a-supervisor-cell": (
        _html(
            "People | Tideway Optics Lab",
            "<h1>People</h1><p>The Tideway Optics Lab is led by Professor Wendeline Oxbury.</p>"
            "<table><tr><th>Name</th><th>Role</th><th>Years</th><th>Supervisor(s)</th></tr>"
            "<tr><td>Ottavio Brannagh</td><td>PhD (completed)</td><td>2012&ndash;2016</td>"
            "<td>Wendeline Oxbury</td></tr>"
            "<tr><td>Sefa Amankwah-Lund</td><td>Lab manager</td><td>2014&ndash;</td>"
            "<td>&ndash;</td></tr></table>",
        ),
        "people.html",
        {("Ottavio Brannagh", "advisor_phd", "Wendeline Oxbury", 2012, 2016)},
        {("Sefa Amankwah-Lund", "advisor_phd", "Wendeline Oxbury", 2014, None)},
    ),
    "a-committee-page-continues-a-label-reads-supervisors-and-dates-the-cover": (
        "Wave Loads on Floating Piers\n\nby\n\nCressida Umeh-Laurent\n\nA thesis presented"
        " to the University of Kellamere\nin fulfillment of the thesis requirement for the"
        " degree of\nDoctor of Philosophy\n\nKellamere, 2023\n\n© Cressida Umeh-Laurent 2023\n\n"
        "Examining Committee"
        " Membership\n\nExternal Examiner:   Torvald Ashby-Ncube\n                     Professor,"
        " Brackley University\n\nSupervisor(s):       Imogen Ravensworth\n                    "
        " Professor, University of Kellamere\n\n                     Dashiell Okonkwo-Reyes\n"
        "                     Professor, University of Kellamere\n\nInternal Member:    "
        " Perrine Haldane\n                     Professor, University of Kellamere\n",
        "thesis.txt",
        {
            ("Cressida Umeh-Laurent", "advisor_phd", "Imogen Ravensworth", None, 2023),
            ("Cressida Umeh-Laurent", "advisor_phd", "Dashiell Okonkwo-Reyes", None, 2023),
            ("Cressida Umeh-Laurent", "jury_examiner", "Torvald Ashby-Ncube", 2023, 2023),
            ("Cressida Umeh-Laurent", "jury_member", "Perrine Haldane", 2023, 2023),
        },
        {
            ("Cressida Umeh-Laurent", "jury_member", "Dashiell Okonkwo-Reyes", 2023, 2023),
            ("Cressida Umeh-Laurent", "jury_member", "Imogen Ravensworth", 2023, 2023),
        },
    ),
    "a-students-of-title-names-the-advisor-and-see-also-lists-no-student": (
        _html(
            "List of doctoral students of Amadeo Kirkbride - Wiki",
            "<h1>List of doctoral students of Amadeo Kirkbride</h1><p>Amadeo Kirkbride is a"
            " topologist. His own doctoral advisor was Rosamund Tetley.</p><h2>Doctoral"
            " students</h2><table><tr><th>Student</th><th>Year</th><th>Thesis</th></tr><tr><td>"
            "Ysolde Marchetti</td><td>1988</td><td>Knots in solid tori</td></tr></table>"
            "<h2>See also</h2><ul><li>Rosamund Tetley</li><li>Benedek Szalai-Hume</li></ul>",
        ),
        "list.html",
        {
            ("Amadeo Kirkbride", "advisor_phd", "Rosamund Tetley", None, None),
            ("Ysolde Marchetti", "advisor_phd", "Amadeo Kirkbride", None, 1988),
        },
        {
            ("Rosamund Tetley", "advisor_phd", "Amadeo Kirkbride", None, None),
            ("Benedek Szalai-Hume", "advisor_phd", "Amadeo Kirkbride", None, None),
        },
    ),
    "a-forum-name-in-the-title-is-no-page-owner": (
        _html(
            "Introduce yourself! - Community - Open Seismology Forum",
            "<h1>Introduce yourself!</h1><p>Hi all, I am a PhD student at the University of"
            " Dunhallow, working with Philippa Oakenshaw on tremor catalogues.</p>",
        ),
        "thread.html",
        set(),
        {("Open Seismology Forum", "advisor_phd", "Philippa Oakenshaw", None, None)},
    ),
}


TWENTYSECOND_BATCH_LAYOUTS = {
    "an-inclusive-director-column-header-names-the-advisor": (
        _html(
            "Bilan 2023 - Institut de mécanique de Rocamadour",
            "<h1>Bilan 2023</h1><h2>Thèses soutenues en 2023</h2><table><tr><th>Doctorant·e"
            "</th><th>Directeur·rice</th><th>Date</th></tr><tr><td>Eudoxie Barrandon</td>"
            "<td>Wilfried Lassalle-Nko</td><td>05/06/2023</td></tr></table>",
        ),
        "page.html",
        {("Eudoxie Barrandon", "advisor_phd", "Wilfried Lassalle-Nko", None, 2023)},
        set(),
    ),
    "a-plain-text-thesis-notice-with-roles-in-square-brackets": (
        "Archive ouverte — theses\n\nSur la stabilité des arches maçonnées\n"
        "Auteur : Romane Escarguel\nThèse de doctorat en Génie civil, soutenue le 3 mai 2022\n\n"
        "Jury : Firmin Lhomond [rapporteur], Salomé Decazes-Ito [présidente du jury],"
        " Achille Vermorel [examinateur]\n",
        "notice.txt",
        {
            ("Romane Escarguel", "jury_reviewer", "Firmin Lhomond", 2022, 2022),
            ("Romane Escarguel", "jury_president", "Salomé Decazes-Ito", 2022, 2022),
            ("Romane Escarguel", "jury_examiner", "Achille Vermorel", 2022, 2022),
        },
        {("Firmin Lhomond", "advisor_phd", "Romane Escarguel", None, None)},
    ),
    "an-obituary-headline-and-a-round-number-of-theses": (
        _html(
            "Décès de Gervaise Montcalm-Oyé (1941–2025)",
            "<h1>Décès de Gervaise Montcalm-Oyé (1941–2025)</h1><p>Elle a dirigé une dizaine de"
            " thèses, dont celles de Basile Fontanarosa et d'Aurore Kepler-Sall.</p>",
        ),
        "page.html",
        {
            ("Basile Fontanarosa", "advisor_phd", "Gervaise Montcalm-Oyé", None, None),
            ("Aurore Kepler-Sall", "advisor_phd", "Gervaise Montcalm-Oyé", None, None),
        },
        {("Basile Fontanarosa", "advisor_phd", "Décès De Gervaise Montcalm-Oyé", None, None)},
    ),
    "a-works-list-title-numbered-entries-and-a-long-french-heading": (
        "LISTE DES TRAVAUX — Anselme Guiraudon\nProfesseur, Université de Lodève (depuis 2015)"
        "\n\nArticles dans des revues internationales à comité de lecture\n\n"
        "[ACL1] A. Guiraudon et M. Triboulet. Sur les pavages apériodiques. Géom. 3:1–9, 2020."
        "\n[ACL2] Guiraudon A., Ekwueme F. et Triboulet M. Pavages et codes. Géom. 5:2–8, 2022.\n",
        "travaux.txt",
        {
            ("Anselme Guiraudon", "employed_at", "Université de Lodève", 2015, None),
            ("Anselme Guiraudon", "coauthor", "M. Triboulet", None, None),
            ("Anselme Guiraudon", "coauthor", "F. Ekwueme", None, None),
            ("F. Ekwueme", "coauthor", "M. Triboulet", None, None),
        },
        {("Liste Des Travaux", "employed_at", "Université de Lodève", 2015, None)},
    ),
    "a-belgian-defended-theses-table-and-its-follow-up-committee": (
        _html(
            "Doctorats - Unité de zoologie, Université de Jemappes",
            "<h1>Doctorats</h1><h2>Thèses défendues</h2><table><tr><th>Doctorant</th>"
            "<th>Promoteur</th><th>Défense publique</th></tr><tr><td>Noëlla Ghislain</td>"
            "<td>Prof. Evrard Duquesnoy</td><td>10/10/2021</td></tr></table>"
            "<h2>Comités d'accompagnement</h2><p>Pour Noëlla Ghislain : Prof. Evrard Duquesnoy"
            " et Dr Rosalie Vanbelle.</p>",
        ),
        "page.html",
        {("Noëlla Ghislain", "advisor_phd", "Evrard Duquesnoy", None, 2021)},
        {
            ("Ghislain Noëlla", "advisor_phd", "Evrard Duquesnoy", None, 2021),
            ("Noëlla Ghislain", "advisor_phd", "Rosalie Vanbelle", None, None),
        },
    ),
    "a-year-before-where-opens-the-stay-its-clause-closes": (
        _html(
            "Hommage à Barnabé Quintrec",
            "<h1>Hommage à Barnabé Quintrec</h1><p>Barnabé Quintrec est recruté comme"
            " professeur à l'Université de Saint-Flour en 1984, où il enseignera jusqu'en"
            " 2019.</p>",
        ),
        "page.html",
        {("Barnabé Quintrec", "employed_at", "Université de Saint-Flour", 1984, 2019)},
        {("Barnabé Quintrec", "employed_at", "Université de Saint-Flour", None, 2019)},
    ),
}


# Twenty-third batch (issue #4, year attribution): one small page per dating rule.
TWENTYTHIRD_BATCH_LAYOUTS = {
    "a-former-student-now-elsewhere-graduated-that-year-no-open-range": (
        _html(
            "Prof. Odalys Ferncastle - Faculty Finder",
            "<h1>Prof. Odalys Ferncastle</h1><p>Professor of Epidemiology.</p><h3>Former"
            " Advisees</h3><ul><li>Leontine Abara-Sorvik, PhD 2018 — now at the Coastal"
            " Health Institute</li></ul>",
        ),
        "profile.html",
        {("Leontine Abara-Sorvik", "advisor_phd", "Odalys Ferncastle", None, 2018)},
        {("Leontine Abara-Sorvik", "advisor_phd", "Odalys Ferncastle", 2018, None)},
    ),
    "an-obituary-ends-the-stay-with-the-retirement-in-the-same-sentence": (
        _html(
            "Remembering Professor Tobiah Quellmoor (1935–2023) | Department of Geology",
            "<h1>Remembering Professor Tobiah Quellmoor (1935–2023)</h1><p>Posted 2 June 2023"
            " by the Department of Geology</p><p>It is with sadness that we share the news that"
            " Emeritus Professor Tobiah Quellmoor passed away, aged 88. Tobiah joined the"
            " Department of Geology at Harrowby University in 1969 and led the Basin Dynamics"
            " Laboratory until his retirement in 2001.</p>",
        ),
        "obituary.html",
        {("Tobiah Quellmoor", "employed_at", "Harrowby University", 1969, 2001)},
        {
            ("Tobiah Quellmoor", "employed_at", "Harrowby University", 1969, None),
            ("Tobiah Quellmoor", "member_of", "Department of Geology", 2023, 2023),
        },
    ),
    "a-career-sentence-gives-the-place-joined-next-only-its-own-clause-years": (
        _html(
            "Dr. Amparo Veladier-Kusi",
            "<h1>Dr. Amparo Veladier-Kusi</h1><p>Amparo received her PhD from the University of"
            " Salcombe in 2011. She then spent two years as a research fellow at the Institute"
            " for Marine Modelling of Tarnby (2012–2014) before joining the University of"
            " Orvenna as a lecturer in 2014.</p>",
        ),
        "about.html",
        {
            ("Amparo Veladier-Kusi", "employed_at", "University of Orvenna", 2014, None),
            (
                "Amparo Veladier-Kusi",
                "employed_at",
                "Institute for Marine Modelling of Tarnby",
                2012,
                2014,
            ),
        },
        {("Amparo Veladier-Kusi", "employed_at", "University of Orvenna", 2012, 2014)},
    ),
    "a-story-paragraph-runs-the-thesis-from-the-arrival-to-the-defence": (
        _html(
            "Torvald Imanishi-Grey",
            "<h1>Torvald Imanishi-Grey</h1><p>Glaciologist.</p>"
            "<p>In 2011 I moved to Kelderwick University for graduate school. I did my PhD under"
            " the supervision of Professor Oona Brightwater-Lund, who was endlessly patient. I"
            " defended in 2016.</p>",
        ),
        "story.html",
        {
            ("Torvald Imanishi-Grey", "advisor_phd", "Oona Brightwater-Lund", 2011, 2016),
            ("Torvald Imanishi-Grey", "studied_at", "Kelderwick University", 2011, 2016),
        },
        {
            ("Torvald Imanishi-Grey", "advisor_phd", "Oona Brightwater-Lund", None, 2011),
            ("Torvald Imanishi-Grey", "studied_at", "Kelderwick University", None, 2011),
        },
    ),
    "a-list-of-advisors-under-its-lead-in-takes-the-thesis-start-above-it": (
        '---\ntitle: "Maëlys Vandenbossche-Ata"\nsubtitle: "Doctorante en hydrologie"\n---\n\n'
        "Je suis doctorante à l'Université de Condroz-Famenne depuis septembre 2021, au sein"
        " du Laboratoire d'hydrologie karstique.\n\nMes encadrants :\n\n"
        "- Pr Gaspard Wilmotte-Nyang (promoteur)\n- Dr Ysaline Corbisier (co-promotrice)\n",
        "apropos.md",
        {
            ("Maëlys Vandenbossche-Ata", "advisor_phd", "Gaspard Wilmotte-Nyang", 2021, None),
            ("Maëlys Vandenbossche-Ata", "advisor_phd", "Ysaline Corbisier", 2021, None),
        },
        {
            ("Maëlys Vandenbossche-Ata", "advisor_phd", "Gaspard Wilmotte-Nyang", None, 2021),
            ("Maëlys Vandenbossche-Ata", "advisor_phd", "Ysaline Corbisier", None, 2021),
        },
    ),
    "a-lineage-entry-keeps-the-advisors-own-degree-year-off-the-supervision": (
        _html(
            "Academic family tree — Rosalind Okafor-Brandt",
            "<h1>Rosalind Okafor-Brandt</h1><h2>My academic ancestors</h2><ul><li>Evander"
            " Thorsby-Lau (PhD 1994, University of Wrexley) — my doctoral advisor</li></ul>",
        ),
        "tree.html",
        {("Rosalind Okafor-Brandt", "advisor_phd", "Evander Thorsby-Lau", None, None)},
        {("Rosalind Okafor-Brandt", "advisor_phd", "Evander Thorsby-Lau", None, 1994)},
    ),
    "an-activity-reports-period-heading-dates-the-report-not-the-post": (
        _html(
            "Rapport d'activité 2020-2025 — Solène Abiola-Guérin",
            "<h1>Rapport d'activité (période 2020-2025)</h1><p>Solène Abiola-Guérin, chargée de"
            " recherche CNRS, Laboratoire de chimie des interfaces, Université de Vertmont</p>"
            "<p>J'ai été recrutée au CNRS en 2015.</p>",
        ),
        "rapport.html",
        {("Solène Abiola-Guérin", "employed_at", "CNRS", 2015, None)},
        {("Solène Abiola-Guérin", "employed_at", "CNRS", 2020, 2025)},
    ),
    "a-present-post-after-and-now-takes-none-of-the-degrees-years": (
        _html(
            "Ignatius Moravec-Ode",
            "<h1>Ignatius Moravec-Ode</h1><p>I did my PhD at Quillon University (2012–2016)"
            " and I am now an associate professor at Brackwater Polytechnic.</p>",
        ),
        "about.html",
        {("Ignatius Moravec-Ode", "studied_at", "Quillon University", 2012, 2016)},
        {("Ignatius Moravec-Ode", "employed_at", "Brackwater Polytechnic", 2012, 2016)},
    ),
}


# A profile's "Save to PDF" export as text: fixed section lines, no blank lines.
TWENTYFOURTH_BATCH_LAYOUTS = {
    "a-profile-export-reads-its-sections-without-blank-lines": (
        "Contact\nwww.example.org/in/tmarvalle\nTop Skills\nHydrology\nFortran\n"
        "Languages\nItalian (Native or Bilingual)\nTeodora Marvalle\n"
        "Research Scientist at Brackwater Observatory\nLyon, France\nExperience\n"
        "Brackwater Observatory\nResearch Scientist\nJanuary 2021 - Present (4 years)\n"
        "Lyon, France\nKestrel Polytechnic\nPostdoctoral Fellow\n"
        "October 2018 - December 2020 (2 years 3 months)\n"
        "Hosted by Prof. Anselm Drevik.\nEducation\nKestrel Polytechnic\n"
        "Doctor of Philosophy - PhD, Hydrology · (2014 - 2018)\nPage 1 of 1\n",
        "Profile.txt",
        {
            ("Teodora Marvalle", "employed_at", "Brackwater Observatory", 2021, None),
            ("Teodora Marvalle", "advisor_postdoc", "Anselm Drevik", 2018, 2020),
            ("Teodora Marvalle", "studied_at", "Kestrel Polytechnic", 2014, 2018),
        },
        {
            ("Top Skills", "employed_at", "Brackwater Observatory", 2021, None),
            ("Teodora Marvalle", "employed_at", "Hydrology", None, None),
        },
    ),
    "a-profile-export-groups-positions-under-one-organisation": (
        "Contact\nTop Skills\nSeismology\nBartholomew Quennell\n"
        "Lecturer at Dunmore University\nExperience\nDunmore University\n"
        "5 years 2 months\nLecturer\nSeptember 2022 - Present (3 years)\n"
        "Research Associate\nJuly 2020 - August 2022 (2 years 2 months)\n"
        "Education\nHalloran College\nMaster of Science - MS, Geophysics · (2016 - 2018)\n",
        "Profile.txt",
        {
            ("Bartholomew Quennell", "employed_at", "Dunmore University", 2022, None),
            ("Bartholomew Quennell", "employed_at", "Dunmore University", 2020, 2022),
            ("Bartholomew Quennell", "studied_at", "Halloran College", 2016, 2018),
        },
        {("Bartholomew Quennell", "employed_at", "Research Associate", 2020, 2022)},
    ),
    "a-forum-thread-reads-each-post-as-its-authors-own": (
        "<html><head><title>Say hello - Community - Tidal Ecology Forum</title></head><body>"
        '<h1>Say hello</h1><div class="topic-post"><div class="topic-meta-data">'
        '<span class="username">oflett</span> <span class="full-name">Odile Flett</span>'
        '</div><div class="cooked"><p>Hello! I am a PhD student at the University of'
        " Carrow Strand, supervised by Ingmar Solberg-Haig.</p></div></div>"
        '<div class="topic-post"><div class="topic-meta-data"><span class="full-name">'
        'Piet Vandersloot</span></div><div class="cooked"><p>Welcome Odile! I was in the'
        " same lab, say hi to Ingmar Solberg-Haig.</p></div></div></body></html>",
        "t.html",
        {("Odile Flett", "advisor_phd", "Ingmar Solberg-Haig", None, None)},
        {
            ("Piet Vandersloot", "advisor_phd", "Ingmar Solberg-Haig", None, None),
            ("Tidal Ecology Forum", "advisor_phd", "Ingmar Solberg-Haig", None, None),
        },
    ),
}


# MyST (Jupyter Book) colon-fence directives: a dropdown's title is its section's heading.
TWENTYFIFTH_BATCH_LAYOUTS = {
    "a-myst-dropdown-title-heads-its-section-and-ends-with-its-fence": (
        "---\ntitle: CV\n---\n\n# Perpetua Wendover-Ashe\n\n"
        ":::{dropdown} Thesis committee\n"
        "Prof. Casimir Ollerenshaw (advisor), Dr. Ngozi Haverstock.\n:::\n\n"
        ":::{dropdown} Invited talks\n"
        "Seminar hosted by Dr. Ilario Brackwell, Fenmoor University, 2022.\n:::\n",
        "cv.md",
        {("Perpetua Wendover-Ashe", "jury_member", "Ngozi Haverstock", None, None)},
        {
            ("Perpetua Wendover-Ashe", "jury_member", "Ilario Brackwell", None, None),
            ("Perpetua Wendover-Ashe", "jury_member", "Ilario Brackwell", 2022, 2022),
        },
    ),
    "a-myst-backtick-admonition-is-text-but-a-code-block-is-not": (
        "# Perpetua Wendover-Ashe\n\n```{admonition} Education\n"
        "2015-2020: PhD, Gorsemoor University. Advisor: Prof. Casimir Ollerenshaw.\n```\n\n"
        "```python\nprint('Advisor: Dr. Quentin Marlowe-Tate')\n```\n",
        "cv.md",
        {("Perpetua Wendover-Ashe", "advisor_phd", "Casimir Ollerenshaw", 2015, 2020)},
        {("Perpetua Wendover-Ashe", "advisor_phd", "Quentin Marlowe-Tate", None, None)},
    ),
}

# A plain-text CV whose entries open with month ranges; a welcome post's student cards.
TWENTYSIXTH_BATCH_LAYOUTS = {
    "a-plain-text-cv-entry-opening-with-a-month-range-is-a-line-of-its-own": (
        "ORIANE  BELCOURT-NADJI\n\nEXPÉRIENCE PROFESSIONNELLE\n\n"
        "sept. 2022 – aujourd'hui   Ingénieure de recherche, Institut Géodésique de Valmorel\n"
        "nov. 2020 – août 2022     Post-doctorante, Université de Carnoët\n"
        "                            (sous la direction de Lazare Thévenoud)\n",
        "cv.txt",
        {
            ("Oriane Belcourt-Nadji", "employed_at", "Institut Géodésique de Valmorel", 2022, None),
            ("Oriane Belcourt-Nadji", "employed_at", "Université de Carnoët", 2020, 2022),
            ("Oriane Belcourt-Nadji", "advisor_postdoc", "Lazare Thévenoud", 2020, 2022),
        },
        {
            ("Oriane Belcourt-Nadji", "employed_at", "Institut Géodésique de Valmorel", 2020, 2022),
        },
    ),
    "an-advisors-field-on-a-student-card-names-advisors-not-students": (
        _html(
            "Nouveaux doctorants",
            "<h1>Bienvenue à nos nouveaux doctorants</h1><h3>Télio Marchadier</h3>"
            "<p><strong>Sujet :</strong> Corrosion des alliages<br>"
            "<strong>Encadrants :</strong> Ysaline Courbevoie et Hector Mbappé-Lunel<br>"
            "<strong>Financement :</strong> CIFRE avec Ferralis SA</p>",
        ),
        "actu.html",
        {
            ("Télio Marchadier", "advisor_phd", "Ysaline Courbevoie", None, None),
            ("Télio Marchadier", "advisor_phd", "Hector Mbappé-Lunel", None, None),
        },
        {
            ("Ysaline Courbevoie", "advisor_phd", "Hector Mbappé-Lunel", None, None),
            ("Télio Marchadier", "advisor_phd", "Ferralis SA", None, None),
            ("Télio Marchadier", "advisor_phd", "Ferralis Sa", None, None),
        },
    ),
}


# Personal homepages and CVs: timeline widgets, hand-written HTML 4 pages, bilingual and
# markdown CVs (batch 29).
TWENTYNINTH_BATCH_LAYOUTS = {
    "a-timeline-date-in-month-slash-year-opens-its-own-entry": (
        _html(
            "CV - Ruaridh Okoye-Lindfors",
            "<h1>CV</h1><h2>Appointments</h2><div class='timeline'>"
            "<div><span class='date'>2020–present</span><h3>Lecturer</h3>"
            "<p>University of Carrowdale</p></div>"
            "<div><span class='date'>10/2017 – 09/2020</span><h3>Research Fellow</h3>"
            "<p>Institut de Géophysique de Pennevert. Host: Dr. Aurélie Castaing</p></div>"
            "</div><h2>Education</h2><div class='timeline'>"
            "<div><span class='date'>2013–2017</span><h3>PhD, Geophysics</h3>"
            "<p>University of Strathmorran<br>Supervisors: Prof. Isla Drummond-Achebe</p></div>"
            "<div><span class='date'>2009–2013</span><h3>MPhys</h3>"
            "<p>University of Strathmorran</p></div></div>",
        ),
        "cv.html",
        {
            (
                "Ruaridh Okoye-Lindfors",
                "employed_at",
                "Institut de Géophysique de Pennevert",
                2017,
                2020,
            ),
            ("Ruaridh Okoye-Lindfors", "advisor_postdoc", "Aurélie Castaing", 2017, 2020),
            ("Ruaridh Okoye-Lindfors", "advisor_phd", "Isla Drummond-Achebe", 2013, 2017),
            ("Ruaridh Okoye-Lindfors", "studied_at", "University of Strathmorran", 2013, 2017),
        },
        {
            (
                "Ruaridh Okoye-Lindfors",
                "employed_at",
                "Institut de Géophysique de Pennevert",
                2020,
                None,
            ),
            ("Ruaridh Okoye-Lindfors", "advisor_phd", "Isla Drummond-Achebe", None, None),
        },
    ),
    "a-student-titled-entry-under-a-lone-date-names-second-and-primary-supervisors": (
        _html(
            "CV - Ruaridh Okoye-Lindfors",
            "<h1>Ruaridh Okoye-Lindfors</h1><h2>Research supervision</h2>"
            "<p>2021–present</p><h3>PhD student: Eilidh Baptiste-Moor</h3>"
            "<p>Primary supervisor; second supervisor Dr. Kofi Anstruther</p>"
            "<p>2019–2023</p><h3>PhD student: Tomasz Ferreira-Lowe</h3>"
            "<p>Second supervisor (primary: Prof. Greer MacAllister)</p>",
        ),
        "cv.html",
        {
            ("Eilidh Baptiste-Moor", "advisor_phd", "Ruaridh Okoye-Lindfors", 2021, None),
            ("Eilidh Baptiste-Moor", "advisor_phd", "Kofi Anstruther", 2021, None),
            ("Tomasz Ferreira-Lowe", "advisor_phd", "Ruaridh Okoye-Lindfors", 2019, 2023),
            ("Tomasz Ferreira-Lowe", "advisor_phd", "Greer MacAllister", 2019, 2023),
        },
        {("Kofi Anstruther", "advisor_phd", "Ruaridh Okoye-Lindfors", 2021, None)},
    ),
    "the-owners-thesis-under-a-publications-subheading-names-its-director": (
        _html(
            "Publications — Aurore Delpech",
            "<h1>Publications</h1><h2>Articles</h2><ol><li>Aurore DELPECH et Loïc FERRAND. "
            "Filtrage robuste. <i>Traitement du Signal</i>, 2022.</li></ol><h2>Thèse</h2><ul>"
            "<li>Aurore DELPECH. <i>Estimation spectrale</i>. Thèse de doctorat, Université de "
            "Montcalvel, 2018 (dir. Loïc FERRAND).</li></ul>",
        ),
        "publications.html",
        {
            ("Aurore Delpech", "advisor_phd", "Loïc Ferrand", None, 2018),
            ("Aurore Delpech", "studied_at", "Université de Montcalvel", None, 2018),
        },
        set(),
    ),
    "an-ms-student-of-a-group-list-is-advised-by-the-owner": (
        _html(
            "Beatrix Okafor-Lund",
            "<h1>Beatrix Okafor-Lund</h1><p>I am an associate professor at Tamsworth "
            "University.</p><h2>Group</h2><ul>"
            "<li>Henrik Adebayo-Vos, PhD student (2022–)</li>"
            "<li>Cyrus Delacroix, MS student (2024–)</li></ul>",
        ),
        "index.html",
        {
            ("Henrik Adebayo-Vos", "advisor_phd", "Beatrix Okafor-Lund", 2022, None),
            ("Cyrus Delacroix", "advisor_other", "Beatrix Okafor-Lund", 2024, None),
        },
        set(),
    ),
    "the-year-after-before-joining-starts-the-next-post-not-the-postdoc": (
        _html(
            "Beatrix Okafor-Lund",
            "<h1>Beatrix Okafor-Lund</h1><p>I spent two years as a postdoc with Anselm Varga "
            "at the Kellbrook Institute of Technology before joining Tamsworth University as "
            "an assistant professor in 2022.</p>",
        ),
        "index.html",
        {
            ("Beatrix Okafor-Lund", "employed_at", "Tamsworth University", 2022, None),
            ("Beatrix Okafor-Lund", "advisor_postdoc", "Anselm Varga", None, None),
        },
        {
            ("Beatrix Okafor-Lund", "advisor_postdoc", "Anselm Varga", 2022, 2022),
            ("Beatrix Okafor-Lund", "employed_at", "Tamsworth University", None, 2022),
        },
    ),
    "a-handwritten-page-of-br-lines-reads-its-font-titles-as-sections": (
        "<HTML><HEAD><TITLE>Edmund Ashgrove-Pell - Home Page</TITLE></HEAD><BODY>"
        '<TABLE WIDTH="640"><TR><TD><FONT FACE="Arial" SIZE="2">'
        '<FONT SIZE="4"><B>Edmund Ashgrove-Pell</B></FONT><BR>Professor, Wendmoor University<BR>'
        "<HR>"
        '<FONT SIZE="3"><B>Education</B></FONT><BR>'
        "B.S., 1975, Corriston College<BR>Ph.D., 1980, University of Haldane Cross<BR>"
        "Thesis advisor: Prof. Ottoline Briggs-Mwangi<BR><BR>"
        '<FONT SIZE="3"><B>Graduate Students</B></FONT><BR>'
        "<I>Current:</I><BR>Priya Strand-Okonjo (Ph.D. candidate)<BR>"
        "<I>Graduated:</I><BR>Lionel Fairweather, Ph.D. 1994<BR><BR>"
        '<FONT SIZE="3"><B>Recent Publications</B></FONT><BR>'
        'L. Fairweather and E. Ashgrove-Pell, "Heat transfer in slurries," '
        "AIChE J., 40, 55 (1994).<BR>"
        'P. Strand-Okonjo, O. Briggs-Mwangi and E. Ashgrove-Pell, "Foams revisited," '
        "Chem. Eng. Sci., 60, 12 (2005).<BR>"
        "</FONT></TD></TR></TABLE></BODY></HTML>",
        "index.htm",
        {
            ("Edmund Ashgrove-Pell", "advisor_phd", "Ottoline Briggs-Mwangi", None, 1980),
            ("Priya Strand-Okonjo", "advisor_phd", "Edmund Ashgrove-Pell", None, None),
            ("Lionel Fairweather", "advisor_phd", "Edmund Ashgrove-Pell", None, 1994),
            ("Priya Strand-Okonjo", "coauthor", "Ottoline Briggs-Mwangi", None, None),
        },
        {("Edmund Ashgrove-Pell", "advisor_phd", "Ottoline Briggs-Mwangi", None, 1975)},
    ),
    "a-team-in-brackets-after-the-institution-is-the-owners-team": (
        _html(
            "Maëlle Tanguy-Ouedraogo",
            "<h1>Maëlle Tanguy-Ouedraogo</h1><h2>Parcours</h2><ul>"
            "<li>depuis 2020 : chargée de recherche, Inria (équipe-projet VAGUES)</li></ul>"
            "<h2>Encadrement</h2><h3>Doctorants</h3><ul>"
            "<li>Goulven Le Roux (2019–2022, co-encadré avec Alix Pérennès), maintenant "
            "ingénieur chez Navalis</li></ul>",
        ),
        "index.html",
        {
            ("Maëlle Tanguy-Ouedraogo", "member_of", "VAGUES", 2020, None),
            ("Goulven Le Roux", "advisor_phd", "Maëlle Tanguy-Ouedraogo", 2019, 2022),
            ("Goulven Le Roux", "advisor_phd", "Alix Pérennès", 2019, 2022),
        },
        {("Goulven Le Roux", "advisor_other", "Maëlle Tanguy-Ouedraogo", 2019, 2022)},
    ),
    "an-acronym-before-lab-inside-a-longer-name-is-not-a-team": (
        "---\nlayout: cv\ntitle: CV\n---\n# Ilsabet Varga-Mensah\n\n## Currently\n\n"
        "Research scientist at Harwick AI Lab, leading the speech group.\n",
        "cv.md",
        {("Ilsabet Varga-Mensah", "member_of", "Harwick AI Lab", None, None)},
        {("Ilsabet Varga-Mensah", "member_of", "AI", None, None)},
    ),
}


# Batch 27 (English): repository and ETD records, graduate-program tables, thesis title
# pages, research-profile tabs, Notion toggles, READMEs in HTML, two-column CV text dumps.
TWENTYSEVENTH_BATCH_LAYOUTS = {
    "a-dissertations-table-with-an-advisors-column-names-each-rows-advisors": (
        _html(
            "Completed Dissertations | Department of Sociology",
            "<h1>Completed Dissertations</h1><table><tr><th>Student</th>"
            "<th>Dissertation title</th><th>Advisor(s)</th><th>Year</th>"
            "<th>First placement</th></tr><tr><td>Wendeline Okoro-Vasz</td>"
            "<td>Kinship and credit</td><td>Alaric Montfort; Saoirse Benn (co-advisor)</td>"
            "<td>2022</td><td>Lecturer, Tarn College</td></tr><tr><td>Ilmari Kostadinov</td>"
            "<td>Rural unions</td><td>Saoirse Benn</td><td>2021</td>"
            "<td>Analyst, Fenwick Trust</td></tr></table>",
        ),
        "dissertations.html",
        {
            ("Wendeline Okoro-Vasz", "advisor_phd", "Alaric Montfort", None, 2022),
            ("Wendeline Okoro-Vasz", "advisor_phd", "Saoirse Benn", None, 2022),
            ("Ilmari Kostadinov", "advisor_phd", "Saoirse Benn", None, 2021),
        },
        {
            ("Completed Dissertations", "advisor_phd", "Alaric Montfort", None, 2022),
            ("Completed Dissertations", "advisor_phd", "Saoirse Benn", None, 2021),
        },
    ),
    "a-repository-records-label-and-value-divs-read-as-fields": (
        _html(
            "Tidal mixing in fjords - Theses Database",
            "<h1>Tidal mixing in fjords</h1><div class='row'><div class='fieldname'>Author</div>"
            "<div class='data'>Quillfeather, Rosamund T.</div></div><div class='row'>"
            "<div class='fieldname'>Advisor</div><div class='data'>Abernethy-Sato, Lucan</div>"
            "</div><div class='row'><div class='fieldname'>Committee member</div>"
            "<div class='data'>Dunmore, Petra; Kasprzak, Ivo</div></div><div class='row'>"
            "<div class='fieldname'>Degree date</div><div class='data'>2018</div></div>"
            "<div class='row'><div class='fieldname'>Document type</div>"
            "<div class='data'>Dissertation/Thesis</div></div>"
            "<footer>© 2024 Examplequest LLC</footer>",
        ),
        "record.html",
        {
            ("Rosamund T. Quillfeather", "advisor_phd", "Lucan Abernethy-Sato", None, 2018),
            ("Rosamund T. Quillfeather", "jury_member", "Petra Dunmore", 2018, 2018),
            ("Rosamund T. Quillfeather", "jury_member", "Ivo Kasprzak", 2018, 2018),
        },
        {("L. L. C. Examplequest", "advisor_phd", "Lucan Abernethy-Sato", None, 2018)},
    ),
    "a-role-label-stays-a-role-when-it-holds-the-jury-word": (
        _html(
            "Soutenance de thèse",
            "<h1>Soutenance de thèse</h1><dl><dt>Candidate</dt><dd>Maëlys Ferrandou</dd>"
            "<dt>Date</dt><dd>4 juin 2024</dd><dt>Présidente du jury</dt>"
            "<dd>Prof. Hortense Vaugirard</dd></dl>",
        ),
        "soutenance.html",
        {("Maëlys Ferrandou", "jury_president", "Hortense Vaugirard", 2024, 2024)},
        {("Maëlys Ferrandou", "jury_member", "Hortense Vaugirard", 2024, 2024)},
    ),
    "an-indian-thesis-record-names-its-guide-and-co-guide": (
        _html(
            "Shodh: Studies on rice husk ash",
            "<table><tr><td>Title:</td><td>Studies on rice husk ash</td></tr>"
            "<tr><td>Researcher:</td><td>Balasubramanian, Nithya</td></tr>"
            "<tr><td>Guide(s):</td><td>Raghavachari, Mohan Kumar</td></tr>"
            "<tr><td>Co-guide:</td><td>Sengupta, Ishani</td></tr>"
            "<tr><td>Date of Registration:</td><td>03-01-2015</td></tr>"
            "<tr><td>Date of Awarded:</td><td>22-11-2020</td></tr>"
            "<tr><td>Degree:</td><td>Ph.D.</td></tr></table>",
        ),
        "shodh.html",
        {
            ("Nithya Balasubramanian", "advisor_phd", "Mohan Kumar Raghavachari", 2015, 2020),
            ("Nithya Balasubramanian", "advisor_phd", "Ishani Sengupta", 2015, 2020),
        },
        set(),
    ),
    "a-fellowship-at-a-places-laboratory-of-a-discipline-is-employment": (
        _html(
            "Dr Anwen Trelawny-Osei - Research Profiles",
            "<h1>Dr Anwen Trelawny-Osei</h1><h3>Academic appointments</h3><ul>"
            "<li>Research Fellow, Carrick Bay Marine Laboratory 2015 - 2019</li></ul>",
        ),
        "profile.html",
        {("Anwen Trelawny-Osei", "employed_at", "Carrick Bay Marine Laboratory", 2015, 2019)},
        set(),
    ),
    "a-postdocs-card-names-its-host-and-the-postdocs-own-phd": (
        _html(
            "Postdoctoral Scholars – Department of Physics",
            "<h1>Meet Our Postdocs</h1><h3>Oyelaran Beckwith-Nunes, PhD</h3>"
            "<p><strong>Host:</strong> Prof. Marisol Eagleton<br>"
            "<strong>PhD:</strong> University of Carrow Fen, 2023<br>"
            "<strong>Research:</strong> Cold atoms</p>",
        ),
        "postdocs.html",
        {
            ("Oyelaran Beckwith-Nunes", "advisor_postdoc", "Marisol Eagleton", None, None),
            ("Oyelaran Beckwith-Nunes", "studied_at", "University of Carrow Fen", None, 2023),
        },
        set(),
    ),
    "doctoral-consortium-mentors-are-not-advisors": (
        _html(
            "Doctoral Consortium – CHIX 2026",
            "<h1>Doctoral Consortium</h1><h2>Accepted students and mentor assignments</h2>"
            "<table><tr><th>Student</th><th>Affiliation</th><th>Mentors</th></tr>"
            "<tr><td>Elodie Varga-Stone</td><td>University of Pellham</td>"
            "<td>Corwin Blackadder, Ysolde Fairweather</td></tr></table>",
        ),
        "dc.html",
        set(),
        {
            ("Elodie Varga-Stone", "advisor_phd", "Corwin Blackadder", None, None),
            ("Elodie Varga-Stone", "advisor_phd", "Ysolde Fairweather", None, None),
        },
    ),
    "a-notion-toggles-summary-is-the-heading-of-what-it-folds": (
        "<html><head><title>Tamsin Achterberg-Ruiz</title></head><body>"
        "<article class='page sans'><header><h1 class='page-title'>Tamsin Achterberg-Ruiz"
        "</h1></header><div class='page-body'><ul class='toggle'><li><details open=''>"
        "<summary><strong>📄 Publications</strong></summary><ol class='numbered-list'>"
        "<li>Achterberg-Ruiz, T., Mbeki-Lowe, D., &amp; Farrant, J. (2022). Soil fungi."
        " <em>Mycologia</em>, 14, 1–9.</li></ol></details></li></ul></div></article>"
        "</body></html>",
        "notion.html",
        {
            ("Tamsin Achterberg-Ruiz", "coauthor", "D. Mbeki-Lowe", None, None),
            ("D. Mbeki-Lowe", "coauthor", "J. Farrant", None, None),
        },
        set(),
    ),
    "a-readme-opening-on-html-is-markdown-with-member-cards-in-cells": (
        "<p align='center'><img src='banner.svg'></p>\n\n# Harrowgate Vision Lab\n\n"
        "The **Harrowgate Vision Lab** studies depth perception. "
        "The lab is led by Prof. Ondine Kasparek (since 2019).\n\n### People\n\n<table><tr>"
        "<td><img src='a.png'><br><b>Lior Abernathy-Sen</b><br><sub>PhD student (2022–)</sub>"
        "</td><td><img src='b.png'><br><b>Mette Oduya</b><br><sub>MASc student (2024–)</sub>"
        "</td></tr></table>\n\n### Papers\n\n- L. Abernathy-Sen, O. Kasparek. *Depth.* 2024.\n",
        "README.md",
        {
            ("Ondine Kasparek", "member_of", "Harrowgate Vision Lab", 2019, None),
            ("Lior Abernathy-Sen", "advisor_phd", "Ondine Kasparek", 2022, None),
            ("Mette Oduya", "advisor_other", "Ondine Kasparek", 2024, None),
        },
        {("Mette Oduya", "advisor_phd", "Ondine Kasparek", 2024, None)},
    ),
    "a-two-column-cv-text-dump-keeps-its-columns-apart": (
        "Oren Vasilakis-Tembo\n\nExperience\n\n"
        "Kelderwick Institute of Technology                                   Pune, India\n"
        "Assistant Professor, Centre for Soft Matter                     Jan. 2021 - Present\n"
        "• Lead the Colloid Dynamics Group\n\n"
        "Students Supervised\n\n"
        "Harini Ramaswamy-Cole        PhD scholar, co-guided with Prof. Ajit Bhaskar"
        "      2022 - Present\n"
        "Devika Nair-Olsen            M.Tech. thesis                              "
        "       2023 - 2024\n\n"
        "Publications\n\n"
        "Journal Articles\n"
        "Vasilakis-Tembo, O., and Ramaswamy-Cole, H. “Gels under shear”. Soft Matter 19,\n"
        "pp. 1–9.\n"
        "Bhaskar, A. and Vasilakis-Tembo, O. “Depletion forces”. Langmuir 38, pp. 4–12.\n",
        "cv.txt",
        {
            (
                "Oren Vasilakis-Tembo",
                "employed_at",
                "Kelderwick Institute of Technology",
                2021,
                None,
            ),
            ("Harini Ramaswamy-Cole", "advisor_phd", "Oren Vasilakis-Tembo", 2022, None),
            ("Harini Ramaswamy-Cole", "advisor_phd", "Ajit Bhaskar", 2022, None),
            ("Devika Nair-Olsen", "advisor_other", "Oren Vasilakis-Tembo", 2023, 2024),
            ("Oren Vasilakis-Tembo", "coauthor", "Harini Ramaswamy-Cole", None, None),
            ("Ajit Bhaskar", "coauthor", "Oren Vasilakis-Tembo", None, None),
        },
        {
            ("Oren Vasilakis-Tembo", "member_of", "Lead the Colloid Dynamics Group", 2021, None),
            ("Journal Articles Vasilakis-Tembo", "coauthor", "Harini Ramaswamy-Cole", None, None),
        },
    ),
    "a-thesis-title-page-names-its-author-over-the-degrees-held": (
        "Wave energy along rocky shores\n\n\n"
        "Lachlan Fitzroy-Mbatha\nBSc (Hons), MSc (University of Wirrina)\n\n\n"
        "A thesis submitted for the degree of Doctor of Philosophy at\n"
        "Eastcoast University in 2022\n\n\nAcknowledgements\n\n"
        "I thank my principal supervisor, Professor Delia Strathmore, and my associate "
        "supervisor, Dr Kenji Ashworth. I also thank the technical staff of the Coastal "
        "Hydraulics Laboratory.\n",
        "thesis.txt",
        {
            ("Lachlan Fitzroy-Mbatha", "advisor_phd", "Delia Strathmore", None, 2022),
            ("Lachlan Fitzroy-Mbatha", "advisor_phd", "Kenji Ashworth", None, 2022),
        },
        {("Lachlan Fitzroy-Mbatha", "member_of", "Coastal Hydraulics Laboratory", None, 2022)},
    ),
    "a-postdoc-hosts-years-are-those-of-the-postdoc-its-sentence-names": (
        _html(
            "Nerys Obuya-Lind",
            "<h1>Nerys Obuya-Lind</h1><p>Postdoctoral Fellow at the University of Tamsk, "
            "hosted by Dr. Ferris Oyelowo.</p><h2>Positions</h2><ul>"
            "<li>2023 → now · Postdoctoral Fellow, University of Tamsk</li>"
            "<li>2021 → 2023 · Research Associate, Vell Lab, University of Orrin</li></ul>",
        ),
        "about.html",
        {("Nerys Obuya-Lind", "advisor_postdoc", "Ferris Oyelowo", 2023, None)},
        {("Nerys Obuya-Lind", "advisor_postdoc", "Ferris Oyelowo", 2021, 2023)},
    ),
}


# Batch 28 (French): theses.fr person pages, directory fiches, ED lists, defence notices,
# Québec and Belgian thesis pages, HAL CVs, HCERES reports, CSI tables.
TWENTYEIGHTH_BATCH_LAYOUTS = {
    "a-plain-text-defence-notice-sets-its-candidate-on-a-civility-line": (
        "                    UNIVERSITÉ DE SAINT-AMAND-CHER\n\n"
        "                         AVIS DE SOUTENANCE\n\n"
        "Le Président de l'Université informe que\n\n"
        "                   Madame Ysoline GRANDCOLAS-EBOUÉ\n\n"
        "soutiendra publiquement sa thèse de doctorat le 3 mars 2025\n\n"
        "devant le jury composé de :\n\n"
        "M. Octave LAMBERDIÈRE        Professeur des universités     Rapporteur\n"
        "                             Université de Gien-Loiret\n"
        "Mme Prune VASSEROT           Directrice de recherche        Examinatrice\n"
        "                             CNRS\n"
        "M. Anselme TOUBIANA-ROY      Ingénieur                      Invité\n"
        "                             Société Hydrelis\n",
        "avis.txt",
        {
            ("Ysoline Grandcolas-Eboué", "jury_reviewer", "Octave Lamberdière", 2025, 2025),
            ("Ysoline Grandcolas-Eboué", "jury_examiner", "Prune Vasserot", 2025, 2025),
        },
        {
            ("Ysoline Grandcolas-Eboué", "jury_member", "Société Hydrelis", 2025, 2025),
            ("Ysoline Grandcolas-Eboué", "jury_member", "Hydrelis Société", 2025, 2025),
        },
    ),
    "a-thesis-portal-card-names-its-student-and-advisors-and-the-owners-jury-role": (
        _html(
            "Ferréol Damblin - Thèses",
            "<h1>Ferréol Damblin</h1><h2>Thèses dirigées</h2><ul><li>"
            "<p>Glaciers et climat</p><p>par Naïa Berthomieu</p>"
            "<p>sous la direction de Ferréol Damblin et de Gustave Orcel</p>"
            "<p>Thèse soutenue en 2021</p></li><li><p>Neige et avalanches</p>"
            "<p>par Ilan Sabatier-Koné</p><p>sous la direction de Ferréol Damblin</p>"
            "<p>Thèse en préparation depuis 2024</p></li></ul>"
            "<h2>Thèses rapportées</h2><ul><li><p>Moraines</p><p>par Lya Courtiade</p>"
            "<p>sous la direction de Timéo Vasseur-Bah</p><p>Thèse soutenue en 2022</p></li></ul>",
        ),
        "personne.html",
        {
            ("Naïa Berthomieu", "advisor_phd", "Ferréol Damblin", None, 2021),
            ("Naïa Berthomieu", "advisor_phd", "Gustave Orcel", None, 2021),
            ("Ilan Sabatier-Koné", "advisor_phd", "Ferréol Damblin", 2024, None),
            ("Lya Courtiade", "jury_reviewer", "Ferréol Damblin", 2022, 2022),
            ("Lya Courtiade", "advisor_phd", "Timéo Vasseur-Bah", None, 2022),
        },
        {("Ferréol Damblin", "advisor_phd", "Timéo Vasseur-Bah", None, 2022)},
    ),
    "a-cms-field-label-and-its-value-read-as-one-line-and-a-students-table-row": (
        _html(
            "Annuaire",
            "<h1>Mme Héliette Rouquayrol-Ba</h1>"
            '<div class="field"><div class="field__label">Unité de recherche</div>'
            '<div class="field__item">Laboratoire de Glaciologie de Vercors-Isère</div></div>'
            "<h2>Encadrement doctoral</h2><table><tr><th>Nom</th><th>Sujet</th>"
            "<th>Taux d'encadrement (%)</th><th>Date de soutenance</th></tr>"
            "<tr><td>MARCILLAC Oscar</td><td>Névés</td><td>50</td><td>12/12/2022</td></tr></table>",
        ),
        "fiche.html",
        {
            (
                "Héliette Rouquayrol-Ba",
                "member_of",
                "Laboratoire de Glaciologie de Vercors-Isère",
                None,
                None,
            ),
            ("Oscar Marcillac", "advisor_phd", "Héliette Rouquayrol-Ba", None, 2022),
        },
        set(),
    ),
    "numbered-paragraphs-of-a-team-report-are-entries-with-abbreviated-roles": (
        _html(
            "Bilan de l'équipe",
            "<h2>Encadrement doctoral</h2>"
            "<p>1. PELLOUX Maëlys (10/2019 – 12/2022), dir. Aubin FERRAGUT (co-encadrement 50 % "
            "avec Lise OUDARD), soutenue le 12/12/2022 ; devenir : post-doctorat, Univ. X.</p>"
            "<p>2. KERBOUL Titouan (depuis 2021), dir. Lise OUDARD (100 %).</p>"
            "<h2>Post-doctorants</h2>"
            "<p>3. VALLADIER Inès (2020 – 2022), encadr. Aubin FERRAGUT.</p>",
        ),
        "bilan.html",
        {
            ("Maëlys Pelloux", "advisor_phd", "Aubin Ferragut", 2019, 2022),
            ("Maëlys Pelloux", "advisor_phd", "Lise Oudard", 2019, 2022),
            ("Titouan Kerboul", "advisor_phd", "Lise Oudard", 2021, None),
            ("Inès Valladier", "advisor_postdoc", "Aubin Ferragut", 2020, 2022),
        },
        {
            ("Maëlys Pelloux", "advisor_postdoc", "Lise Oudard", 2019, 2022),
            ("Maëlys Pelloux", "advisor_postdoc", "Aubin Ferragut", 2019, 2022),
        },
    ),
    "a-repository-record-lists-family-given-names-between-semicolons": (
        _html(
            "Récifs fossiles | Dépôt",
            '<meta name="citation_author" content="Delvigne, Maud">'
            "<h1>Récifs fossiles</h1><table>"
            "<tr><th>Auteur</th><td>Delvigne, Maud</td></tr>"
            "<tr><th>Promoteur(s)</th><td>Hennaut, Cyril ; Kabasele-Mertens, Flore "
            "(copromotrice)</td></tr>"
            "<tr><th>Date de soutenance</th><td>2023-06-09</td></tr>"
            "<tr><th>Institution</th><td>Université de Ciney-Bocq, Faculté des sciences, "
            "Institut des géosciences</td></tr>"
            "<tr><th>Jury</th><td>Wauters, Benoît (Président) ; Nyssen, Carla (Secrétaire) ; "
            "Hennaut, Cyril</td></tr></table>",
        ),
        "notice.html",
        {
            ("Maud Delvigne", "advisor_phd", "Cyril Hennaut", None, 2023),
            ("Maud Delvigne", "advisor_phd", "Flore Kabasele-Mertens", None, 2023),
            ("Maud Delvigne", "jury_president", "Benoît Wauters", 2023, 2023),
            ("Maud Delvigne", "jury_member", "Carla Nyssen", 2023, 2023),
            ("Maud Delvigne", "studied_at", "Université de Ciney-Bocq", None, 2023),
        },
        {
            ("Maud Delvigne", "jury_member", "Hennaut", 2023, 2023),
            ("Faculté des sciences", "part_of", "Institut des géosciences", None, None),
        },
    ),
    "a-doctoral-school-table-names-directors-and-follow-up-committees-apart": (
        _html(
            "Comités de suivi individuel",
            "<h1>Comités de suivi individuel (CSI)</h1><h2>Composition des comités</h2><table>"
            "<tr><th>Doctorant·e</th><th>Directeur(s) de these</th><th>Co-encadrant·e</th>"
            "<th>Membres du CSI</th><th>Date de l'entretien</th></tr>"
            "<tr><td>Loane Pichereau</td><td>Mme VERNHES-DIOP Sabine</td><td>Basile Crozat</td>"
            "<td>Ilona Ferrat (référente), Gaspard Lemeunier</td><td>12/06/2025</td></tr></table>",
        ),
        "csi.html",
        {
            ("Loane Pichereau", "advisor_phd", "Sabine Vernhes-Diop", None, None),
            ("Loane Pichereau", "advisor_phd", "Basile Crozat", None, None),
        },
        {
            ("Ilona Ferrat", "coauthor", "Gaspard Lemeunier", None, None),
            ("Gaspard Lemeunier", "coauthor", "Ilona Ferrat", None, None),
            ("Loane Pichereau", "advisor_phd", "Ilona Ferrat", None, None),
            ("Loane Pichereau", "jury_member", "Ilona Ferrat", None, None),
        },
    ),
    "a-news-index-cheers-two-new-doctors-each-post-its-own-candidate": (
        _html(
            "Actualités du laboratoire",
            "<article><h2>Soutenance de thèse de Romy Esquerré</h2><p>Félicitations à Romy "
            "Esquerré qui a soutenu sa thèse le 4 avril 2025, dirigée par Joachim Brunel.</p>"
            "</article><article><h2>Bravo à Nathan Fagegaltier, nouveau docteur !</h2><p>Nathan "
            "Fagegaltier a soutenu le 2 février 2025 sa thèse, sous la direction d'Ombeline "
            "Castex. Le jury était composé des rapporteur·rices Aurèle Pignol (Université X) et "
            "Cyrielle Mabboux (Université Y), de l'examinatrice Salomé Turquety (INRAE), "
            "présidente du jury.</p></article>",
        ),
        "actualites.html",
        {
            ("Romy Esquerré", "advisor_phd", "Joachim Brunel", None, 2025),
            ("Nathan Fagegaltier", "advisor_phd", "Ombeline Castex", None, 2025),
            ("Nathan Fagegaltier", "jury_reviewer", "Aurèle Pignol", 2025, 2025),
            ("Nathan Fagegaltier", "jury_reviewer", "Cyrielle Mabboux", 2025, 2025),
            ("Nathan Fagegaltier", "jury_president", "Salomé Turquety", 2025, 2025),
        },
        {
            ("Romy Esquerré", "advisor_phd", "Ombeline Castex", None, 2025),
            ("Romy Esquerré", "jury_reviewer", "Aurèle Pignol", 2025, 2025),
        },
    ),
    "a-page-typed-without-accents-names-theses-and-committees": (
        _html(
            "Basile VERGNOLLE - page personnelle",
            "<h2>Basile VERGNOLLE</h2><h3>Encadrement</h3><ul>"
            "<li>These de Anouk MARTELLIERE (2019-2023), directeur&middot;rice : Basile "
            "VERGNOLLE (100%).</li>"
            "<li>These de Pablo RIVASSEAU (depuis 2023), co-dir. : Elvire OUATTARA.</li></ul>"
            "<h3>Responsabilites</h3><ul><li>Membre du comite de selection MCF 25, Universite "
            "de Dreux (2021)</li></ul>",
        ),
        "index.html",
        {
            ("Anouk Martelliere", "advisor_phd", "Basile Vergnolle", 2019, 2023),
            ("Pablo Rivasseau", "advisor_phd", "Basile Vergnolle", 2023, None),
            ("Pablo Rivasseau", "advisor_phd", "Elvire Ouattara", 2023, None),
        },
        {
            ("Elvire Ouattara", "advisor_phd", "Basile Vergnolle", 2023, None),
            ("Basile Vergnolle", "employed_at", "Universite de Dreux", 2021, 2021),
        },
    ),
    "an-unaccented-rank-line-names-the-team-and-polytechnique-is-a-school": (
        _html(
            "Lucien PRADELLES - page personnelle",
            "<h2>Lucien PRADELLES</h2><p>Charge de recherche CNRS<br>Institut de Physique de "
            "Saint-Affrique (IPSA), equipe Plasmas Froids<br>Bureau 12</p><h3>Parcours</h3><ul>"
            "<li>2016-2018 : post-doc, Polytechnique Trois-Rivieres</li></ul>",
        ),
        "index.html",
        {
            ("Lucien Pradelles", "member_of", "Plasmas Froids", None, None),
            ("Lucien Pradelles", "employed_at", "Polytechnique Trois-Rivieres", 2016, 2018),
        },
        set(),
    ),
    "a-course-teaching-team-and-an-in-progress-heading-are-no-team-or-course": (
        _html(
            "Mélusine Arbogast-Kalou",
            "<h1>Mélusine Arbogast-Kalou</h1><h2>Direction de recherche</h2>"
            "<h3>Diplômés</h3><ul><li>Joris Tétreault, Ph. D. (2018-2023), codirectrice; "
            "directeur de recherche : Firmin Lacasse.</li></ul>"
            "<h3>En cours</h3><ul><li>Salomé Bégin, Ph. D. (depuis 2023), codirection avec "
            "Réal Thibodeau.</li></ul>"
            "<h2>Équipe pédagogique</h2><ul><li>Rosine Dagenais (TD)</li></ul>",
        ),
        "profil.html",
        {
            ("Joris Tétreault", "advisor_phd", "Mélusine Arbogast-Kalou", 2018, 2023),
            ("Joris Tétreault", "advisor_phd", "Firmin Lacasse", 2018, 2023),
            ("Salomé Bégin", "advisor_phd", "Mélusine Arbogast-Kalou", 2023, None),
            ("Salomé Bégin", "advisor_phd", "Réal Thibodeau", 2023, None),
        },
        {("Rosine Dagenais", "advisor_phd", "Mélusine Arbogast-Kalou", None, None)},
    ),
}


# Batch 30: academicpages/al-folio/Hugo Markdown sources and text dumps of PDF CVs and pages.
THIRTIETH_BATCH_LAYOUTS = {
    "a-cv-file-name-keeps-a-hyphenated-family-name-to-expand-the-recurring-initials": (
        '---\npermalink: /cv/\ntitle: "CV"\nauthor_profile: true\n---\n\n'
        "PDF: [download](/files/CV_Ines_Vauclair-Mbeki.pdf)\n\n"
        "Education\n======\n* Ph.D in Geology, Université de Carnoët, 2020\n"
        "  * Advisors: Lorcan Abiven\n\n"
        "Publications\n======\n"
        '* **I. Vauclair-Mbeki** and L. Abiven. "Dune fields". *Geology*, 2019.\n'
        '* T. Roussin, **I. Vauclair-Mbeki**. "Loess". *Sedimentology*, 2021.\n',
        "cv.md",
        {
            ("Ines Vauclair-Mbeki", "advisor_phd", "Lorcan Abiven", None, 2020),
            ("T. Roussin", "coauthor", "Ines Vauclair-Mbeki", None, None),
        },
        {("Ines Vauclair Mbeki", "advisor_phd", "Lorcan Abiven", None, 2020)},
    ),
    "an-academicpages-citation-field-is-unescaped-before-its-authors-are-read": (
        '---\ntitle: "Loess"\ncollection: publications\n'
        "citation: 'Roussin, T., Abiven, L., &amp; Kerjean, R. (2021). &quot;Loess.&quot; "
        "<i>Sedimentology</i>. 3(1).'\n---\nAbstract.\n",
        "2021-loess.md",
        {
            ("T. Roussin", "coauthor", "L. Abiven", None, None),
            ("T. Roussin", "coauthor", "R. Kerjean", None, None),
            ("L. Abiven", "coauthor", "R. Kerjean", None, None),
        },
        set(),
    ),
    "a-course-code-and-its-title-name-no-organisation": (
        '---\ntitle: "CV"\nauthor: Oona Brightwater\n---\n\n'
        "Work experience\n======\n* 2021 - present: Lecturer\n"
        "  * School of Physics, University of Kelderby\n"
        "  * Teaching: PHYS 210 (Introduction to NMR), PHYS 455 (Optics)\n",
        "cv.md",
        {("Oona Brightwater", "employed_at", "University of Kelderby", 2021, None)},
        {
            ("Oona Brightwater", "member_of", "PHYS", 2021, None),
            ("Oona Brightwater", "member_of", "NMR", 2021, None),
        },
    ),
    "a-thesis-jury-paragraph-takes-the-defence-year-of-the-paragraph-above": (
        "---\ntitle: à propos\n---\n\nJe m'appelle Solenn Guivarc'h-Abara.\n\n"
        "Depuis 2022, je suis maîtresse de conférences à l'Université de Carnoët. "
        "Auparavant, post-doctorat à Lund (2020–2022), après une thèse soutenue en 2020 "
        "à l'Université de Brocéliande sous la direction de Mathurin Le Dantec.\n\n"
        "Mon jury de thèse était composé de Yolande Perrichon (rapportrice) et "
        "Ewen Carhaix (président).\n",
        "about.md",
        {
            ("Solenn Guivarc'h-Abara", "jury_reviewer", "Yolande Perrichon", 2020, 2020),
            ("Solenn Guivarc'h-Abara", "jury_president", "Ewen Carhaix", 2020, 2020),
        },
        {("Solenn Guivarc'h-Abara", "jury_reviewer", "Yolande Perrichon", 2022, 2022)},
    ),
    "students-in-brackets-joined-by-et-are-two-entries": (
        "---\ntitle: à propos\n---\n\nJe m'appelle Solenn Guivarc'h-Abara.\n\n"
        "J'encadre actuellement deux doctorants : Malo Quéré (depuis 2022, co-encadré avec "
        "Anouk Pichon) et Lise Amrani (depuis 2023).\n",
        "about.md",
        {
            ("Malo Quéré", "advisor_phd", "Solenn Guivarc'h-Abara", 2022, None),
            ("Malo Quéré", "advisor_phd", "Anouk Pichon", 2022, None),
            ("Lise Amrani", "advisor_phd", "Solenn Guivarc'h-Abara", 2023, None),
        },
        {("Lise Amrani", "advisor_phd", "Anouk Pichon", 2023, None)},
    ),
    "a-master-thesis-with-someone-names-its-supervisor": (
        '---\ntitle: "About me"\nauthor: Oona Brightwater\n---\n\n'
        "*2016 - 2018*: MSc in Physics, University of Kelderby. Master thesis on cold atoms "
        "with [Rhodri Penhallow](https://penhallow.example.org/).\n",
        "about.md",
        {("Oona Brightwater", "advisor_other", "Rhodri Penhallow", 2016, 2018)},
        set(),
    ),
    "a-lab-word-before-an-acronym-makes-it-a-lab-and-a-group-of-names-a-host": (
        "Orla Penvern-Sato\n\nParcours\n\n"
        "2012 – 2020   Maîtresse de conférences, Université de Carnoët, laboratoire LAMC\n"
        "2010 – 2012   Post-doctorante, Universität Kelda, groupe de Henrike Vossberg\n",
        "cv.txt",
        {
            ("Orla Penvern-Sato", "member_of", "LAMC", 2012, 2020),
            ("Orla Penvern-Sato", "advisor_postdoc", "Henrike Vossberg", 2010, 2012),
        },
        set(),
    ),
    "dated-interns-on-one-line-are-each-an-entry": (
        "Orla Penvern-Sato\n\nEncadrement\n\nStages de master 2\n\n"
        "• 2021 : Nolwenn Aubry ; 2022 : Jules Farid\n",
        "cv.txt",
        {
            ("Nolwenn Aubry", "advisor_internship", "Orla Penvern-Sato", 2021, 2021),
            ("Jules Farid", "advisor_internship", "Orla Penvern-Sato", 2022, 2022),
        },
        set(),
    ),
    "status-headings-of-a-text-dump-stay-inside-the-students-section": (
        "Oona Brightwater\n\nProfessor of Physics\n\nStudents\n\nCurrent\n"
        " * Tamsin Oduya (PhD, since 2022)\n\nFormer\n"
        " * Idris Halloran, PhD 2020 (now at Kelderby Labs)\n\nMiscellaneous\n\n"
        "I like hiking with Bryn Tallis.\n",
        "index.txt",
        {
            ("Tamsin Oduya", "advisor_phd", "Oona Brightwater", 2022, None),
            ("Idris Halloran", "advisor_phd", "Oona Brightwater", None, 2020),
        },
        {("Bryn Tallis", "advisor_phd", "Oona Brightwater", None, None)},
    ),
    "an-institutes-bare-acronym-spelt-by-its-initials-is-that-institute": (
        "---\ntitle: Oona Brightwater\norganizations:\n"
        "  - name: Institut de Physique Appliquée de Kelderby\n---\n\n"
        "Oona is a research scientist at IPAK, where she studies cold atoms.\n",
        "_index.md",
        {
            (
                "Oona Brightwater",
                "employed_at",
                "Institut de Physique Appliquée de Kelderby",
                None,
                None,
            )
        },
        {
            ("Oona Brightwater", "employed_at", "IPAK", None, None),
            ("Oona Brightwater", "member_of", "IPAK", None, None),
        },
    ),
    "a-hugo-landing-pages-markdown-block-greets-as-its-owner": (
        "---\ntitle: ''\ntype: landing\nsections:\n"
        "  - block: resume-biography-3\n    content:\n      username: admin\n"
        "  - block: markdown\n    content:\n      title: 'My Research'\n      text: |-\n"
        "        I'm Tamsin Oduya, a postdoctoral researcher in glaciology.\n"
        "  - block: experience\n    content:\n      title: Experience\n      items:\n"
        "        - title: Postdoctoral Researcher\n"
        "          company: University of Kelderby\n"
        "          date_start: '2023-03-01'\n          date_end: ''\n"
        "          description: Hosted by Dr. Bryn Tallis.\n---\n",
        "_index.md",
        {
            ("Tamsin Oduya", "employed_at", "University of Kelderby", 2023, None),
            ("Tamsin Oduya", "advisor_postdoc", "Bryn Tallis", 2023, None),
        },
        set(),
    ),
}


THIRTYTHIRD_BATCH_LAYOUTS = {
    "a-yaml-cv-data-file-saved-as-text-names-its-owner-in-a-label-value-row": (
        "- title: General Information\n  type: map\n  contents:\n"
        "    - name: Full Name\n      value: Sigrun Abernethy-Oduya\n"
        "    - name: Languages\n      value: English, Norwegian\n"
        "- title: Education\n  type: time_table\n  contents:\n"
        "    - title: PhD in Geography\n      institution: University of Tollmere\n"
        "      year: 2015 - 2019\n      description:\n"
        '        - "Advisors: Prof. Wendell Marrakech-Hoyt"\n'
        "    - title: MA in Human Geography\n      institution: Kessington College\n"
        "      year: 2013 - 2015\n      description:\n"
        '        - "Thesis supervised by Dr. Ottilie Brankovic"\n',
        "cv.txt",
        {
            ("Sigrun Abernethy-Oduya", "advisor_phd", "Wendell Marrakech-Hoyt", 2015, 2019),
            ("Sigrun Abernethy-Oduya", "studied_at", "University of Tollmere", 2015, 2019),
            ("Sigrun Abernethy-Oduya", "advisor_other", "Ottilie Brankovic", 2013, 2015),
        },
        {
            ("Full Name", "advisor_phd", "Wendell Marrakech-Hoyt", 2015, 2019),
            ("Sigrun Abernethy-Oduya", "advisor_phd", "Ottilie Brankovic", 2013, 2015),
        },
    ),
    "a-toml-data-file-keeps-its-role-fields-and-reads-its-student-records": (
        "# data/cv.toml\n"
        'nom = "Maïwenn Guéguen-Sarr"\n'
        'titre = "Maîtresse de conférences"\n\n'
        "[[experience]]\n"
        '  poste = "Post-doctorante"\n'
        '  employeur = "Inria Armor"\n'
        '  encadrant = "Erwan Le Dantec"\n'
        "  debut = 2019\n  fin = 2021\n\n"
        "[[formation]]\n"
        '  diplome = "Doctorat en informatique"\n'
        '  etablissement = "Université de Kerlouan"\n'
        "  debut = 2016\n  fin = 2019\n"
        '  directeurs = ["Nolwenn Cadiou", "Yves Le Roux-Diallo"]\n\n'
        "[[encadrement]]\n"
        '  nom = "Lénaïc Morvan"\n'
        '  type = "Thèse"\n'
        "  debut = 2023\n"
        '  codirection = "Nolwenn Cadiou"\n\n'
        "[[encadrement]]\n"
        '  nom = "Inès Ferchichi"\n'
        '  type = "Stage de M2"\n'
        "  debut = 2024\n  fin = 2024\n",
        "cv.txt",
        {
            ("Maïwenn Guéguen-Sarr", "advisor_postdoc", "Erwan Le Dantec", 2019, 2021),
            ("Maïwenn Guéguen-Sarr", "advisor_phd", "Nolwenn Cadiou", 2016, 2019),
            ("Maïwenn Guéguen-Sarr", "advisor_phd", "Yves Le Roux-Diallo", 2016, 2019),
            ("Lénaïc Morvan", "advisor_phd", "Maïwenn Guéguen-Sarr", 2023, None),
            ("Lénaïc Morvan", "advisor_phd", "Nolwenn Cadiou", 2023, None),
            ("Inès Ferchichi", "advisor_internship", "Maïwenn Guéguen-Sarr", 2024, 2024),
        },
        {("Nolwenn Cadiou", "advisor_other", "Maïwenn Guéguen-Sarr", None, None)},
    ),
    "an-org-mode-cv-source-reads-its-author-dated-headings-and-description-lists": (
        "#+TITLE: CV\n#+AUTHOR: Gurvan Tanguy-Oyelowo\n#+OPTIONS: toc:nil\n\n"
        "* Parcours\n"
        "** 2017--2020 : Doctorat, Université de Plouézec\n"
        "   - Directeur de thèse :: Alban Quéméner\n"
        "   - Soutenue le 3 juillet 2020 devant le jury :\n"
        "     | Rôle        | Nom             |\n"
        "     |-------------+-----------------|\n"
        "     | Rapporteure | Katell Hamonou  |\n"
        "** 2016 : Stage de M2, ONERA Toulouse-Sud\n"
        "   - Encadrant :: Loïc Brélivet\n"
        "* Enseignement                                   :noexport:\n"
        "- Analyse L1, responsable : Denise Poupon\n",
        "cv.txt",
        {
            ("Gurvan Tanguy-Oyelowo", "advisor_phd", "Alban Quéméner", 2017, 2020),
            ("Gurvan Tanguy-Oyelowo", "studied_at", "Université de Plouézec", 2017, 2020),
            ("Gurvan Tanguy-Oyelowo", "jury_reviewer", "Katell Hamonou", 2020, 2020),
            ("Gurvan Tanguy-Oyelowo", "advisor_internship", "Loïc Brélivet", 2016, 2016),
        },
        {
            ("Gurvan Tanguy-Oyelowo", "jury_member", "Toulouse-Sud Onera", 2020, 2020),
            ("Gurvan Tanguy-Oyelowo", "advisor_internship", "Denise Poupon", None, None),
        },
    ),
    "an-academicpages-publications-tsv-gives-each-citation-its-coauthors": (
        "pub_date\ttitle\tvenue\texcerpt\tcitation\turl_slug\tpaper_url\n"
        "2022-05-01\tTides\tJ. Ocean\tAbout tides.\tBrennan-Ito, K., Osei, F., &amp; "
        "Lund, P. (2022). &quot;Tides.&quot; <i>J. Ocean</i>.\ttides\thttp://x.org/t.pdf\n"
        "2015-10-01\tPaper Title Number 1\tJournal 1\tThis paper is about the number 1.\t"
        'Your Name, You. (2009). "Paper Title Number 1." <i>Journal 1</i>. 1(1).\t'
        "paper-title-number-1\thttp://academicpages.github.io/files/paper1.pdf\n",
        "publications.txt",
        {
            ("K. Brennan-Ito", "coauthor", "F. Osei", None, None),
            ("K. Brennan-Ito", "coauthor", "P. Lund", None, None),
            ("F. Osei", "coauthor", "P. Lund", None, None),
        },
        {("You. Your Name", "coauthor", "K. Brennan-Ito", None, None)},
    ),
    "a-moderncv-description-broken-with-newline-and-a-masters-dissertation-line": (
        "\\documentclass{moderncv}\n\\name{Caoimhe}{Rautenbach-Ng}\n\\begin{document}\n"
        "\\section{Education}\n"
        "\\cventry{2016--2020}{Ph.D. in Physics}{University of Glenmorrow}{}{}"
        "{Thesis: \\emph{Cold atoms}\\newline Advisor: Dr.~Tobiah Vance-Okafor}\n"
        "\\cventry{2015--2016}{M.Sc. in Physics}{Ardleigh University}{}{}"
        "{Dissertation supervised by Dr.~Rhiannon Esterhuizen}\n\\end{document}\n",
        "cv.txt",
        {
            ("Caoimhe Rautenbach-Ng", "advisor_phd", "Tobiah Vance-Okafor", 2016, 2020),
            ("Caoimhe Rautenbach-Ng", "advisor_other", "Rhiannon Esterhuizen", 2015, 2016),
        },
        {
            ("Caoimhe Rautenbach-Ng", "advisor_phd", "Rhiannon Esterhuizen", 2015, 2016),
            ("Caoimhe Rautenbach-Ng", "advisor_phd", "Tobiah Vance-Okafornewline", 2016, 2020),
        },
    ),
    "a-profile-readme-greets-in-french-and-a-group-includes-its-students": (
        '<h1 align="center">Salut, moi c\'est Anouk Tremblay-Haddad</h1>\n\n'
        "Je suis doctorante à l'Université de Saint-Lunaire depuis 2022, sous la direction "
        "de Bastien Quellec.\n\n"
        "### Publications\n- A. Tremblay-Haddad, B. Quellec. *Ondes*. GRETSI 2024.\n",
        "README.txt",
        {("Anouk Tremblay-Haddad", "advisor_phd", "Bastien Quellec", 2022, None)},
        set(),
    ),
    "a-bio-says-its-group-currently-includes-two-phd-students": (
        "---\ntitle: Peregrine Achterberg-Sousa\n---\n\n"
        "His group currently includes two PhD students, Yaw Boateng-Reiss (since 2021) and "
        "Liesl Hartono (since 2023, co-supervised with Marguerite Okwu).\n",
        "about.txt",
        {
            ("Yaw Boateng-Reiss", "advisor_phd", "Peregrine Achterberg-Sousa", 2021, None),
            ("Liesl Hartono", "advisor_phd", "Peregrine Achterberg-Sousa", 2023, None),
            ("Liesl Hartono", "advisor_phd", "Marguerite Okwu", 2023, None),
        },
        set(),
    ),
    "a-quarto-entry-with-hard-breaks-names-a-masters-thesis-with-its-advisor": (
        "---\ntitle: Ines Vardakis-Mensah\nabout:\n  template: trestles\n---\n\n"
        "## Education\n\n"
        "**Université de Vevey-Corsier** \\| MSc in Ecology \\| 2019 -- 2021\\\n"
        "Master's thesis with Dr. Baptiste Oulevay\n\n"
        "## Experience\n\n**University of Wrenholt** \\| Graduate teaching assistant \\| "
        "2022 -- 2024\n",
        "index.txt",
        # (a teaching assistantship is a job, not a degree: no studies at Wrenholt)
        {("Ines Vardakis-Mensah", "advisor_other", "Baptiste Oulevay", 2019, 2021)},
        {("Ines Vardakis-Mensah", "studied_at", "University of Wrenholt", 2022, 2024)},
    ),
    "an-unedited-hugo-blox-academic-cv-sample-author-states-nothing": (
        "---\ntitle: Alex Johnson\nrole: Senior AI Research Scientist\n"
        "organizations:\n  - name: Meta AI\n"
        "education:\n  - area: PhD Computer Science (AI Focus)\n"
        "    institution: Stanford University\n    date_start: 2015-09-01\n"
        "    date_end: 2019-06-30\n    summary: |\n"
        "      Thesis on _Scaling Laws for Neural Language Models_. Supervised by Prof. "
        "Andrew Ng. Published 5 papers in NeurIPS and ICML, with 2 best paper awards.\n"
        "work:\n  - position: AI Research Intern\n    company_name: OpenAI\n"
        "    date_start: 2019-06-01\n    date_end: 2019-12-31\n    summary: |\n"
        "      Worked on GPT-3 scaling. Co-authored paper on prompt engineering.\n---\n",
        "_index.txt",
        set(),
        {
            ("Alex Johnson", "advisor_phd", "Andrew Ng", 2015, 2019),
            ("Alex Johnson", "studied_at", "Stanford University", 2015, 2019),
            ("Alex Johnson", "employed_at", "OpenAI", 2019, 2019),
        },
    ),
    "a-lab-members-file-lists-a-technician-and-a-phd-candidate-with-an-advisor": (
        "# _data/people.yml\n"
        "pi:\n  - name: Hedda Lindqvist-Obi\n    position: Professor\n"
        "phd:\n  - name: Kwabena Sørlie\n    position: PhD candidate\n"
        "    advisor: Hedda Lindqvist-Obi\n    start: 2020\n"
        "alumni:\n  - name: Rasmus Tervo\n    position: Research technician\n"
        "    years: 2018–2020\n  - name: Elif Karaca-Moss\n    position: PhD student\n"
        "    years: 2016–2021\n",
        "people.txt",
        {
            ("Kwabena Sørlie", "advisor_phd", "Hedda Lindqvist-Obi", 2020, None),
            ("Elif Karaca-Moss", "advisor_phd", "Hedda Lindqvist-Obi", 2016, 2021),
        },
        {("Rasmus Tervo", "advisor_other", "Hedda Lindqvist-Obi", 2018, 2020)},
    ),
    "a-french-institute-with-its-umr-code-or-lab-label-is-a-lab-not-the-employer": (
        "# Solène Kerhervé-Abiodun\n\n## Parcours\n\n"
        "- 2021– : Chargée de recherche, CNRS\n"
        "  Laboratoire : Institut de Physique du Globe de Landerneau\n\n"
        "## Situation\n\nChargée de recherche CNRS depuis 2021, Institut des Sciences de la "
        "Mer de Roscanvel (ISMR, UMR 6690).\n",
        "cv.txt",
        {
            ("Solène Kerhervé-Abiodun", "employed_at", "CNRS", 2021, None),
            (
                "Solène Kerhervé-Abiodun",
                "member_of",
                "Institut des Sciences de la Mer de Roscanvel",
                2021,
                None,
            ),
        },
        {
            (
                "Solène Kerhervé-Abiodun",
                "employed_at",
                "Institut des Sciences de la Mer de Roscanvel",
                2021,
                None,
            ),
            (
                "Solène Kerhervé-Abiodun",
                "employed_at",
                "Institut de Physique du Globe de Landerneau",
                2021,
                None,
            ),
        },
    ),
}

# Batch 32 (French text dumps and Markdown sources: a spelled-out address, theses inside a
# chain of units, Markdown opening on HTML, PDF dumps with split accents, page footers,
# label columns and one cell a line, symbol-font bullets, typographic apostrophes).
THIRTYSECOND_BATCH_LAYOUTS = {
    "a-spelled-out-french-address-names-the-owner-of-a-nameless-about-page": (
        '---\npermalink: /\ntitle: " "\nauthor_profile: true\n---\n\n'
        "Je suis maître de conférences à l'Université de Lorvic depuis 2022.\n\n"
        "Contact : anouk [point] berthaud-sylla [at] univ-lorvic [point] fr\n\n"
        "# Publications\n\n"
        "* **A. Berthaud-Sylla**, P. Gwenn. *Ondelettes*. 2023.\n"
        "* J. Tarride, **A. Berthaud-Sylla**. *Frames*. 2024.\n",
        "about.md",
        {
            ("Anouk Berthaud-Sylla", "employed_at", "Université de Lorvic", 2022, None),
            ("Anouk Berthaud-Sylla", "coauthor", "P. Gwenn", None, None),
        },
        {("A. Berthaud-Sylla", "coauthor", "P. Gwenn", None, None)},
    ),
    "a-thesis-done-in-a-team-of-an-institute-is-studied-at-the-university-closing-the-chain": (
        '---\npermalink: /\ntitle: " "\n---\n\n'
        "Je m'appelle Odile Carvennec.\n\n"
        "J'ai effectué ma thèse sous la direction de Mael Quintin au sein de l'équipe "
        "TEMPO de l'Institut de Recherche en Acoustique de Penmarc'h (IRAP), à "
        "l'Université de Penmarc'h, de 2015 à 2018.\n",
        "about.md",
        {
            ("Odile Carvennec", "advisor_phd", "Mael Quintin", 2015, 2018),
            ("Odile Carvennec", "studied_at", "Université de Penmarc'h", 2015, 2018),
        },
        {("Odile Carvennec", "employed_at", "Université de Penmarc'h", 2015, 2018)},
    ),
    "markdown-opening-on-html-keeps-its-headings-and-reads-an-html-table-of-students": (
        '---\npermalink: /\ntitle: " "\nauthor: Gaël Tromeur\n---\n\n'
        '<p align="justify">Je suis professeur à l\'Université de Kervoas.</p>\n\n'
        "## Doctorants\n\n<table>\n<thead><tr><th>Nom</th><th>Années</th>"
        "<th>Co-direction</th></tr></thead>\n<tbody>\n"
        "<tr><td>Lise Morvan-Diop</td><td>2018–2021</td><td>Yann Coadou</td></tr>\n"
        "<tr><td>Ewen Ropars</td><td>2021–2024</td><td>—</td></tr>\n</tbody>\n</table>\n\n"
        "## Jurys\n\nJ'ai été rapporteur de plusieurs thèses, dont celles de Noam Kerbiriou "
        "(Université de Brest-Iroise, 2023) et d'Adèle Querné (2024), et examinateur de "
        "celle de Tristan Le Goff (2022).\n",
        "about.md",
        {
            ("Lise Morvan-Diop", "advisor_phd", "Gaël Tromeur", 2018, 2021),
            ("Lise Morvan-Diop", "advisor_phd", "Yann Coadou", 2018, 2021),
            ("Ewen Ropars", "advisor_phd", "Gaël Tromeur", 2021, 2024),
            ("Noam Kerbiriou", "jury_reviewer", "Gaël Tromeur", 2023, 2023),
            ("Adèle Querné", "jury_reviewer", "Gaël Tromeur", 2024, 2024),
            ("Tristan Le Goff", "jury_examiner", "Gaël Tromeur", 2022, 2022),
        },
        {("Gaël Tromeur", "advisor_phd", "Yann Coadou", 2018, 2021)},
    ),
    "a-pdf-text-dump-mends-accents-breaks-and-page-footers-inside-a-jury-list": (
        "Curriculum Vitae\n\nMaëlle DORVAL-KANE\nChargée de recherche CNRS\n\n"
        "Titres et diplômes\n\n"
        "2012    Doctorat de physique, Universit´e de Quimperl´e, sous la direction de Loïc\n"
        "        Tanguy-Rolland\n\n"
        "Activités d’encadre-\n        ment\n\n"
        "Participation à des jurys de thèse (rapporteur : 2, examinateur : 1)\n\n"
        "Rapporteur\n   – Hervé Kerjean, Université de Brest-Iroise, 2024\n\n\n"
        "                                     CV — Maëlle DORVAL-KANE — 1/2\n\n"
        "   – Anna Le Bras, Université de Vannes-Rhuys, 2022\n"
        "Examinatrice\n   – Coline Pérennou, Université de Quimperlé, 2021\n\n"
        "Liste de publications\n\n"
        "[P1] DORVAL-KANE M. et KERJEAN H. Effets de bord. Phys. Rev. B, 2024.\n\n"
        "                                     CV — Maëlle DORVAL-KANE — 2/2\n",
        "cv.txt",
        {
            ("Maëlle Dorval-Kane", "studied_at", "Université de Quimperlé", None, 2012),
            ("Maëlle Dorval-Kane", "advisor_phd", "Loïc Tanguy-Rolland", None, 2012),
            ("Hervé Kerjean", "jury_reviewer", "Maëlle Dorval-Kane", 2024, 2024),
            ("Anna Le Bras", "jury_reviewer", "Maëlle Dorval-Kane", 2022, 2022),
            ("Coline Pérennou", "jury_examiner", "Maëlle Dorval-Kane", 2021, 2021),
        },
        {("Anna Le Bras", "jury_examiner", "Maëlle Dorval-Kane", 2022, 2022)},
    ),
    "a-typographic-apostrophe-still-spells-a-french-cue": (
        "Ada QUILL\nChargée de recherche CNRS\n\nParcours professionnel\n\n"
        "2016 – 2018        Post-doctorante, Imperial College Thamesbury, groupe "
        "d’Alistair McCrindle\n",
        "cv.txt",
        {("Ada Quill", "advisor_postdoc", "Alistair McCrindle", 2016, 2018)},
        set(),
    ),
    "a-bold-list-title-and-a-co-supervisor-named-after-par": (
        '---\ntitle: "CV"\nauthor: Solenn Abgrall\n---\n\n'
        "Encadrement\n======\n**Doctorants**\n"
        "* Ophélie Cadiou (depuis 2024), direction principale, co-encadrement par "
        "Nour Saïdi-Ferrec\n\n"
        "Expérience\n======\n* 2015 – 2024 : Maîtresse de conférences\n"
        "  * Université de Forez-Lignon, laboratoire Dicen-Lignon\n",
        "cv.md",
        {
            ("Ophélie Cadiou", "advisor_phd", "Solenn Abgrall", 2024, None),
            ("Ophélie Cadiou", "advisor_phd", "Nour Saïdi-Ferrec", 2024, None),
            ("Solenn Abgrall", "member_of", "Dicen-Lignon", 2015, 2024),
        },
        {("Ophélie Cadiou", "advisor_other", "Solenn Abgrall", 2024, None)},
    ),
    "symbol-font-bullets-a-cotutelle-university-and-advisors-after-du-pr": (
        "CURRICULUM VITAE\n\nKarim EL OUALI\nProfesseur de l'Enseignement Supérieur\n\n"
        "I. DIPLÔMES UNIVERSITAIRES\n\n"
        "\uf0d8 Doctorat en chimie (2011), Université Sidi-Atlas de Khénifra, en cotutelle "
        "avec l'Université de Pau-Gave (France), sous la direction du Pr. Aziz Bennani-Tahri "
        "et du Pr. Michel Laborde-Ithurralde.\n"
        "\uf0d8 Master en chimie (2007), Université Sidi-Atlas de Khénifra.\n\n"
        "II. CARRIÈRE\n\n"
        "\uf0d8 Depuis 2012 : Professeur, Université Sidi-Atlas de Khénifra, en collaboration "
        "avec le CEA de Marcoule.\n",
        "cv.txt",
        {
            ("Karim El Ouali", "advisor_phd", "Aziz Bennani-Tahri", None, 2011),
            ("Karim El Ouali", "advisor_phd", "Michel Laborde-Ithurralde", None, 2011),
            ("Karim El Ouali", "studied_at", "Université de Pau-Gave", None, 2011),
        },
        {("Karim El Ouali", "employed_at", "CEA de Marcoule", 2012, None)},
    ),
    "a-two-column-layout-dump-turns-its-left-labels-into-headings": (
        "                                                  Paulin ADJOVI-MARCHAL\n"
        "                                       Maître de conférences en économie\n\n"
        " Situation actuelle\n"
        " depuis sept. 2018      Maître de conférences, Université de Tulle-Corrèze,\n"
        "                        laboratoire LERECO-Limousin.\n\n"
        " Formation\n"
        " 2015                   Doctorat en économie, Université de Limoges-Vienne\n"
        "                        Directeur : Hubert Vignal ; co-directrice : Ngozi\n"
        "                        Okafor-Lenain (University of Abuja-Zuma)\n\n"
        " Encadrement\n"
        " Thèses                 • Co-encadrement (40 %) de la thèse de Fanta Diallo-Roux,\n"
        "                          2019-2022, dir. Hubert Vignal.\n"
        " Jurys                  Rapporteur pour la thèse de Kofi Mensah-Aubry (2023).\n",
        "cv.txt",
        {
            ("Paulin Adjovi-Marchal", "advisor_phd", "Ngozi Okafor-Lenain", None, 2015),
            ("Fanta Diallo-Roux", "advisor_phd", "Paulin Adjovi-Marchal", 2019, 2022),
            ("Fanta Diallo-Roux", "advisor_phd", "Hubert Vignal", 2019, 2022),
            ("Kofi Mensah-Aubry", "jury_reviewer", "Paulin Adjovi-Marchal", 2023, 2023),
        },
        {("Paulin Adjovi-Marchal", "advisor_phd", "Ngozi", None, 2015)},
    ),
    "a-table-dumped-one-cell-a-line-is-read-row-by-row": (
        "CURRICULUM VITAE\n\nRozenn KERMARREC-OBI\n\n"
        "Professeure des universités (PR1), Université de Lannion-Jaudy\n\n\n"
        "3. Encadrement doctoral\n\n"
        "Doctorant·e\nPériode\nTaux\nCo-encadrant·e\n\n"
        "Pauline Garnier-Lô\n2014 – 2017\n50 %\nÉtienne Rouvière\n\n"
        "Ibrahima Sall\n2016 – 2020\n100 %\n–\n\n\n"
        "4. Parcours professionnel\n\n"
        "2004 – 2005 : Post-doctorante, Universidade de Coimbra-Mondego (Portugal), avec Rui\n"
        "Tavares-Bento.\n",
        "cv.txt",
        {
            ("Pauline Garnier-Lô", "advisor_phd", "Rozenn Kermarrec-Obi", 2014, 2017),
            ("Pauline Garnier-Lô", "advisor_phd", "Étienne Rouvière", 2014, 2017),
            ("Ibrahima Sall", "advisor_phd", "Rozenn Kermarrec-Obi", 2016, 2020),
            ("Rozenn Kermarrec-Obi", "advisor_postdoc", "Rui Tavares-Bento", 2004, 2005),
        },
        {("Rozenn Kermarrec-Obi", "member_of", "PR1", None, None)},
    ),
    "a-french-institute-named-for-a-purpose-keeps-its-whole-name": (
        "Hélène Tardy\nChargée de recherche\n\nParcours\n\n"
        "2014-2015 : Post-doc, Institut de recherche pour le développement (IRD), Dakar\n",
        "cv.txt",
        {
            (
                "Hélène Tardy",
                "employed_at",
                "Institut de recherche pour le développement",
                2014,
                2015,
            )
        },
        {("Hélène Tardy", "employed_at", "Institut de recherche", 2014, 2015)},
    ),
    "a-french-surname-that-is-also-a-given-name-keeps-the-order-written": (
        '---\ntitle: "CV"\nauthor: Maud Kervella\n---\n\n'
        "Jurys de thèse\n======\n* 2022 : examinatrice — thèse de Lou-Anne Grégoire, "
        "Université d'Angers-Maine\n",
        "cv.md",
        {("Lou-Anne Grégoire", "jury_examiner", "Maud Kervella", 2022, 2022)},
        {("Grégoire Lou-Anne", "jury_examiner", "Maud Kervella", 2022, 2022)},
    ),
}


THIRTYFIRST_BATCH_LAYOUTS = {
    "a-pdfminer-text-dump-with-split-accents-and-glued-labels-is-repaired": (
        "Ren´e Castellane-Obi\nPostdoctoral researcher\n\nEducation\n"
        "2016–2020 PhD in Chemistry, Universit´e de Morvanne\n"
        "Advisors:Ma¨elleDufresne-ArchandandPiotrWalczak-Obi;Committee:Ingrid\n"
        "Sæther,Tom´asBarreiro-Lund\n",
        "cv.txt",
        {
            ("René Castellane-Obi", "advisor_phd", "Maëlle Dufresne-Archand", 2016, 2020),
            ("René Castellane-Obi", "advisor_phd", "Piotr Walczak-Obi", 2016, 2020),
            ("René Castellane-Obi", "jury_member", "Ingrid Sæther", 2020, 2020),
            ("René Castellane-Obi", "jury_member", "Tomás Barreiro-Lund", 2020, 2020),
        },
        set(),
    ),
    "the-owner-mentoring-someone-is-not-that-persons-student": (
        "Ren´e Castellane-Obi\nCurriculum Vitae\n\nMentoring\n"
        "At Dunmere I mentor one undergraduate researcher, Lotte Achterberg (2024).\n"
        "I co-supervised the M2 internships of Ama Quaye (2021) and Jonas Pirelli (2022), "
        "with S. Dufresne.\n",
        "cv.txt",
        {
            ("Lotte Achterberg", "advisor_other", "René Castellane-Obi", 2024, 2024),
            ("Ama Quaye", "advisor_internship", "René Castellane-Obi", 2021, 2021),
            ("Jonas Pirelli", "advisor_internship", "René Castellane-Obi", 2022, 2022),
        },
        {
            ("René Castellane-Obi", "advisor_other", "Lotte Achterberg", 2024, 2024),
            ("René Castellane-Obi", "advisor_internship", "S. Dufresne", 2021, 2021),
        },
    ),
    "a-mentor-label-line-set-apart-under-a-postdoc-entry-names-the-postdoc-host": (
        "Odile Marchetti-Kwan\n\nAssistant Professor\n\nAppointments\n\n"
        "Postdoctoral Researcher, Systems Group, Halvard Institute, 2016–2018\n\n"
        "Mentor: Dr. Kasper Lindahl-Osei\n\nEducation\n\n"
        "Ph.D. in Computer Science, Brennock University, 2016\n\nAdvisor: Prof. Una Fairley\n",
        "cv.txt",
        {
            ("Odile Marchetti-Kwan", "advisor_postdoc", "Kasper Lindahl-Osei", 2016, 2018),
            ("Odile Marchetti-Kwan", "advisor_phd", "Una Fairley", None, 2016),
        },
        {("Odile Marchetti-Kwan", "advisor_phd", "Kasper Lindahl-Osei", 2016, 2018)},
    ),
    "a-layout-dump-role-column-primary-and-second-supervisor-of-several-students": (
        "Dr Idris Penhallow-Aziz\nLecturer in Statistics\n\nRESEARCH SUPERVISION\n\n"
        "PhD supervision       Primary supervisor of Morwenna Tal (2022 – ) and Ciarán Doyle\n"
        "                      (2023 – ).\n"
        "                      Second supervisor of Yetunde Bassey (2021 – 2025; primary\n"
        "                      supervisor Prof. Gwyneth Haverford) and Rhys Ambrose (2022 – ).\n"
        "\nEXAMINING\n\n"
        "External examiner     PhD theses at the University of Northwold (2023).\n"
        "Internal examiner     PhD of Hester Quayle (2022); PhD of Bilal Karimi (2024).\n",
        "cv.txt",
        {
            ("Morwenna Tal", "advisor_phd", "Idris Penhallow-Aziz", 2022, None),
            ("Ciarán Doyle", "advisor_phd", "Idris Penhallow-Aziz", 2023, None),
            ("Yetunde Bassey", "advisor_phd", "Idris Penhallow-Aziz", 2021, 2025),
            ("Yetunde Bassey", "advisor_phd", "Gwyneth Haverford", 2021, 2025),
            ("Rhys Ambrose", "advisor_phd", "Idris Penhallow-Aziz", 2022, None),
            ("Hester Quayle", "jury_examiner", "Idris Penhallow-Aziz", 2022, 2022),
            ("Bilal Karimi", "jury_examiner", "Idris Penhallow-Aziz", 2024, 2024),
        },
        {
            ("Morwenna Tal", "advisor_phd", "Ciarán Doyle", 2022, None),
            ("Morwenna Tal", "advisor_phd", "Yetunde Bassey", 2022, None),
        },
    ),
    "a-sidebar-two-column-layout-dump-keeps-referees-out-of-the-entries": (
        "Saskia Marlowe-Eze\nResearch Fellow in Ecology\n\n"
        "EXPERIENCE" + " " * 63 + "CONTACT\n"
        "Research Fellow" + " " * 58 + "✉ s.marlowe@example.ac.uk\n"
        "Institute for Upland Studies, University of Carrbridge" + " " * 19 + "☎ +44 1632 960 001\n"
        " 2022 – present\n" + " " * 73 + "REFEREES\n"
        "Postdoctoral Research Assistant" + " " * 42 + "Prof. Hamish Drury-Obi\n"
        "Peatland Lab, Skarvik Field Station" + " " * 38 + "University of Penmarrow\n"
        " 2019 – 2022" + " " * 61 + "h.drury@example.ac.uk\n"
        " Postdoctoral supervisor: Dr Liv Aasheim-Nkosi"
        + " " * 27
        + "Dr Liv Aasheim-Nkosi\n"
        + " " * 73
        + "Skarvik Field Station\n",
        "cv.txt",
        {
            ("Saskia Marlowe-Eze", "advisor_postdoc", "Liv Aasheim-Nkosi", 2019, 2022),
            ("Saskia Marlowe-Eze", "employed_at", "University of Carrbridge", 2022, None),
        },
        {
            ("Saskia Marlowe-Eze", "jury_reviewer", "Liv Aasheim-Nkosi", None, None),
            ("Saskia Marlowe-Eze", "studied_at", "University of Carrbridge", 2022, None),
        },
    ),
    "a-role-word-inside-an-organisation-name-is-no-role": (
        "Saskia Marlowe-Eze\n\nEXPERIENCE\n\nResearch Fellow\n"
        "Institute for Upland Studies, University of Carrbridge\n2022 – present\n",
        "cv.txt",
        {("Saskia Marlowe-Eze", "employed_at", "University of Carrbridge", 2022, None)},
        {("Saskia Marlowe-Eze", "studied_at", "University of Carrbridge", 2022, None)},
    ),
    "a-degree-line-then-its-advisor-and-a-sponsor-after-a-postdoc-entry-on-one-line": (
        "\n\nALARIC FENWICK-ODUYA\n\nProfessor of Physics, Tarrow University\n\n"
        "Professional Preparation\n\nKelby College, B.Sc. in Physics, 2001\n\n"
        "University of Ashmoor, Ph.D. in Physics, 2006. Advisor: Prof. Hedda Lindqvist\n\n"
        "Orrin Institute for Advanced Study, Member (postdoctoral), 2006–2009. Faculty sponsor: "
        "Prof.\nKenji Aldana-Moss\n",
        "cv.txt",
        {
            ("Alaric Fenwick-Oduya", "advisor_phd", "Hedda Lindqvist", None, 2006),
            ("Alaric Fenwick-Oduya", "advisor_postdoc", "Kenji Aldana-Moss", 2006, 2009),
        },
        {
            ("Alaric Fenwick-Oduya", "advisor_phd", "Hedda Lindqvist", None, 2001),
            ("Alaric Fenwick-Oduya", "advisor_phd", "Kenji Aldana-Moss", None, 2001),
        },
    ),
    "a-line-of-readers-and-a-line-of-postdocs-one-person-per-bracketed-piece": (
        "\n\nALARIC FENWICK-ODUYA\n\nProfessor of Physics\n\nAdvising\n\nPh.D. thesis reader\n\n"
        "Sefton Raike (2020), Ilona Varga-Pim (2022)\n\nPostdoctoral researchers\n\n"
        "Dr. Mikael Strand-Obi (2014–2017), Dr. Ayo Bright (2019–2022)\n\n"
        "Senior thesis advisees\n\nNell Whitacre (’21), Otto Brandauer (’23)\n\n\nTeaching\n",
        "cv.txt",
        {
            ("Sefton Raike", "jury_member", "Alaric Fenwick-Oduya", 2020, 2020),
            ("Ilona Varga-Pim", "jury_member", "Alaric Fenwick-Oduya", 2022, 2022),
            ("Mikael Strand-Obi", "advisor_postdoc", "Alaric Fenwick-Oduya", 2014, 2017),
            ("Ayo Bright", "advisor_postdoc", "Alaric Fenwick-Oduya", 2019, 2022),
            ("Nell Whitacre", "advisor_other", "Alaric Fenwick-Oduya", None, None),
            ("Otto Brandauer", "advisor_other", "Alaric Fenwick-Oduya", None, None),
        },
        set(),
    ),
    "an-indented-sub-list-and-a-committee-member-who-was-also-the-advisor": (
        "CURRICULUM VITAE\n\nBRONWEN ACHTERBERG-LUZ\n\nEDUCATION\n\n"
        "2011      Ph.D., Computer Science, Tollard Polytechnic Institute\n"
        "          Committee: Ruth Oduya-Hale (chair and advisor), Emil Sander, Kofi Pratt\n\n"
        "STUDENT SUPERVISION\n\nDoctoral students advised\n"
        "   Ph.D. graduates: Lea Strom-Obi (2015–2020, first job: Lecturer, Dunmore\n"
        "   University), Jorge Ibarra-Lind (2016–2021, Research Scientist, Orinoco)\n"
        "Ph.D. committees (external member)\n"
        "   Malin Oyelaran, Dunmore University, 2019\n",
        "cv.txt",
        {
            ("Bronwen Achterberg-Luz", "advisor_phd", "Ruth Oduya-Hale", None, 2011),
            ("Bronwen Achterberg-Luz", "jury_member", "Emil Sander", 2011, 2011),
            ("Lea Strom-Obi", "advisor_phd", "Bronwen Achterberg-Luz", 2015, 2020),
            ("Jorge Ibarra-Lind", "advisor_phd", "Bronwen Achterberg-Luz", 2016, 2021),
            ("Malin Oyelaran", "jury_member", "Bronwen Achterberg-Luz", 2019, 2019),
        },
        set(),
    ),
    "a-job-market-cv-primary-advisor-among-references-and-working-papers-with-partners": (
        "                    TOMASINA OKAFOR-REID\n                  Department of Economics\n\n"
        "Placement Director: Prof. Wendell Ashby-Kane     wak@example.edu\n\n"
        "EDUCATION\nPh.D. Candidate in Economics, Harlow University          2019 – 2025\n\n"
        "REFERENCES\nProf. Dana Fenwick-Moss (primary advisor)          Prof. Ilya Kuriakose\n"
        "Department of Economics, Harlow University           Department of Economics\n\n"
        "WORKING PAPERS\n“Teaser Rates and Job Search” (with Ilya Kuriakose)\n"
        "“Overdraft Use” (with Nkem Oduro and Rosa Santangelo)\n\n"
        "RESEARCH EXPERIENCE\n2017 – 2019   Research Assistant, Banco de la Nación, Lima\n",
        "cv.txt",
        {
            ("Tomasina Okafor-Reid", "advisor_phd", "Dana Fenwick-Moss", 2019, 2025),
            ("Tomasina Okafor-Reid", "coauthor", "Ilya Kuriakose", None, None),
            ("Nkem Oduro", "coauthor", "Rosa Santangelo", None, None),
            ("Tomasina Okafor-Reid", "employed_at", "Banco de la Nación", 2017, 2019),
        },
        {
            ("Tomasina Okafor-Reid", "advisor_phd", "Wendell Ashby-Kane", None, None),
            ("Tomasina Okafor-Reid", "advisor_phd", "Ilya Kuriakose", None, None),
        },
    ),
    "internship-mentors-plural-and-hosts-after-a-lone-date-line": (
        "Wren Castellanos-Ibe, Ph.D.\n\nExperience\n\n"
        "Research Intern | Aster Research | Redmond, WA\n\nJun 2019 – Sep 2019\n\n"
        "• Hosts: Dr. Rafael Quint and Dr. Sunita Iyer. Dense retrieval for code.\n\n"
        "Invited talk, Stanmore NLP seminar, 2023 (host: Prof. Idris Kamal-Lund).\n\n"
        "Education\n\nQuarrier AI, Robotics Lab, Seattle, WA — May – Aug. 2018\n"
        "Research Intern (mentors: Jun Tahara and Priscilla Bonsu)\n",
        "cv.txt",
        {
            ("Wren Castellanos-Ibe", "advisor_internship", "Rafael Quint", 2019, 2019),
            ("Wren Castellanos-Ibe", "advisor_internship", "Sunita Iyer", 2019, 2019),
            ("Wren Castellanos-Ibe", "advisor_internship", "Jun Tahara", 2018, 2018),
            ("Wren Castellanos-Ibe", "advisor_internship", "Priscilla Bonsu", 2018, 2018),
        },
        {("Wren Castellanos-Ibe", "advisor_phd", "Idris Kamal-Lund", None, None)},
    ),
    "vancouver-author-lines-each-open-an-entry-in-a-text-dump": (
        "Saskia Marlowe-Eze\n\nPUBLICATIONS\n"
        "Dube E, Marlowe-Eze S, Kettle A (2024) eDNA reveals predators in eelgrass\n"
        " beds. Marine Ecology Progress Series 731: 45–61\n"
        "Marlowe-Eze S, Hallvard I, Odegaard T (2021) Urchin barrens and kelp recovery\n"
        " along a gradient. Journal of Ecology 109: 3012–3025\n"
        "Marlowe-Eze S, Fairhurst N, Kettle A (2018) Mesopredator release in Zostera\n"
        " meadows. Oecologia 188: 221–233\n",
        "cv.txt",
        {
            ("Saskia Marlowe-Eze", "coauthor", "I. Hallvard", None, None),
            ("Saskia Marlowe-Eze", "coauthor", "N. Fairhurst", None, None),
        },
        set(),
    ),
    "a-plain-text-table-row-cuts-its-cells-and-its-header-names-no-student": (
        "1. SURNAME: Obiora-Thal            FIRST NAME: Gwen\n\n"
        "5. POST-SECONDARY EDUCATION\n\n"
        "   University or Institution          Degree    Subject Area            Dates\n\n"
        "   Kellan University                  PhD       Chemical Engineering    2009 – 2014\n\n"
        "8. TEACHING\n\n   (c) Graduate students supervised\n\n"
        "   Student Name        Program    Start   Finish   Principal Supervisor\n"
        "   Arvid Khosla        PhD        2018    2023     G. Obiora-Thal\n"
        "   Connie Mackay       MASc       2019    2021     G. Obiora-Thal\n",
        "cv.txt",
        {
            ("Gwen Obiora-Thal", "studied_at", "Kellan University", 2009, 2014),
            ("Arvid Khosla", "advisor_phd", "Gwen Obiora-Thal", 2018, 2023),
            ("Connie Mackay", "advisor_other", "Gwen Obiora-Thal", 2019, 2021),
        },
        {("Student Name", "advisor_phd", "Gwen Obiora-Thal", 2018, 2023)},
    ),
    "a-legend-in-a-publications-heading-and-student-marks-after-initials": (
        "Gwen Obiora-Thal\n\nPUBLICATIONS RECORD\n\n"
        "(a) Refereed journal articles (* trainee under my supervision)\n\n"
        "1. Khosla, A.*, Marchand, P.-L., Obiora-Thal, G. (2023) Isolated Pt sites. ACS "
        "Catalysis 13, 2201–2213.\n"
        "2. Walsh, I.*, Obiora-Thal, G. (2024) Operando XAS. Journal of Catalysis 429, 115.\n",
        "cv.txt",
        {
            ("A. Khosla", "coauthor", "Gwen Obiora-Thal", None, None),
            ("A. Khosla", "coauthor", "P.-L. Marchand", None, None),
            ("I. Walsh", "coauthor", "Gwen Obiora-Thal", None, None),
        },
        set(),
    ),
    "a-form-table-header-row-is-no-heading-and-examining-lines-name-candidates": (
        "1. SURNAME: Obiora-Thal            FIRST NAME: Gwen\n\n6. EMPLOYMENT RECORD\n\n"
        "   University, Company or Organization         Rank or Title           Dates\n\n"
        "   Kessel Institute of Technology, Zurich       Postdoctoral Fellow     2014 – 2016\n"
        "   (Host: Prof. Anke Rüegg)\n"
        "   Norvale Catalysts Inc., Calgary              Research Engineer       2016 – 2017\n\n"
        "   (e) Undergraduate students supervised (NSERC USRA)\n\n"
        "   Dmitri Pavlov-Ruiz (2023); Anouk Bellamy (2024)\n\n"
        "   (f) Examining committees\n\n"
        "   University examiner, PhD oral examination of Tariq Benali (2023)\n",
        "cv.txt",
        {
            ("Gwen Obiora-Thal", "employed_at", "Kessel Institute of Technology", 2014, 2016),
            ("Gwen Obiora-Thal", "employed_at", "Norvale Catalysts Inc", 2016, 2017),
            ("Gwen Obiora-Thal", "advisor_postdoc", "Anke Rüegg", 2014, 2016),
            ("Anouk Bellamy", "advisor_other", "Gwen Obiora-Thal", 2024, 2024),
            ("Tariq Benali", "jury_examiner", "Gwen Obiora-Thal", 2023, 2023),
        },
        set(),
    ),
    "a-cv-verb-over-students-a-name-cut-by-the-line-and-a-co-advisor-tail": (
        "Saskia Marlowe-Eze\n\nMENTORING\n"
        "Co-supervisor of PhD student Ewan Dube-Achter (2023 – ), with Prof. Alba Kettle\n"
        "Supervised MRes projects of Keziah Dorn (2023) and Arjun\nBaptiste-Raine (2024)\n",
        "cv.txt",
        {
            ("Ewan Dube-Achter", "advisor_phd", "Saskia Marlowe-Eze", 2023, None),
            ("Ewan Dube-Achter", "advisor_phd", "Alba Kettle", 2023, None),
            ("Keziah Dorn", "advisor_other", "Saskia Marlowe-Eze", 2023, 2023),
            ("Arjun Baptiste-Raine", "advisor_other", "Saskia Marlowe-Eze", 2024, 2024),
        },
        {("Keziah Dorn", "advisor_other", "Arjun", 2023, 2023)},
    ),
}


THIRTYFIFTH_BATCH_LAYOUTS = {
    "a-german-institute-name-runs-on-through-von": (
        "Mirela Dobreva\n\nParcours\n\n"
        "2019-2022 : Post-doctorat, Max-Planck-Institut für Astronomie von Neckarau\n",
        "cv.txt",
        {
            (
                "Mirela Dobreva",
                "employed_at",
                "Max-Planck-Institut für Astronomie von Neckarau",
                2019,
                2022,
            )
        },
        {("Mirela Dobreva", "employed_at", "Max-Planck-Institut für Astronomie", 2019, 2022)},
    ),
    "a-lynx-dump-loses-its-link-marks-menu-and-url-list-and-finds-its-owner": (
        "   [1]Aller au contenu\n\n   [2]Université de Val-Morin\n\n"
        "     * [3]Formation\n     * [4]Recherche\n     * [5]International\n\n"
        "   [6]Accueil > [7]Annuaire > Fiche\n\n"
        "                              Gaspard LHUILLIER-NDIAYE\n\n"
        "   Statut : Maître de conférences\n\n"
        "Parcours\n\n"
        "   Post-doctorant (2016-2018) à l'Institut Jourdain, auprès de Pr.\n"
        "   Ottokar Velasquez.\n\n"
        "Encadrement\n\n   Doctorants :\n"
        "     * Ambroise Kerzerho (depuis 2022), co-direction avec [8]Noémie\n"
        "       Castagnet (50 %)\n\n"
        "   [9]Mentions légales | [10]Plan du site\n\n"
        "References\n\n   1. https://www.univ-valmorin.example.fr/#contenu\n"
        "   2. https://www.univ-valmorin.example.fr/\n",
        "fiche.txt",
        {
            ("Gaspard Lhuillier-Ndiaye", "advisor_postdoc", "Ottokar Velasquez", 2016, 2018),
            ("Ambroise Kerzerho", "advisor_phd", "Gaspard Lhuillier-Ndiaye", 2022, None),
            ("Ambroise Kerzerho", "advisor_phd", "Noémie Castagnet", 2022, None),
        },
        {("Université de Val-Morin", "advisor_phd", "Noémie Castagnet", 2022, None)},
    ),
    "a-w3m-box-table-of-doctorants-reads-its-advisors-column-and-initials": (
        "LRTE - Laboratoire de Robotique de Trégor\n\n"
        "Accueil | Le laboratoire | Membres | Publications | Contact\n\n"
        "Permanents\n\n"
        "┌──────────────────────┬──────────────┬────────┐\n"
        "│Nom                   │Statut        │Équipe  │\n"
        "├──────────────────────┼──────────────┼────────┤\n"
        "│LE GOFF Morgane       │PR            │ROBIN   │\n"
        "├──────────────────────┼──────────────┼────────┤\n"
        "│ABALO Kossi           │CR CNRS       │ROBIN   │\n"
        "└──────────────────────┴──────────────┴────────┘\n\n"
        "Doctorants\n\n"
        "┌──────────────────────┬──────────────────────────┬────────┐\n"
        "│Nom                   │Directeur(s) de thèse     │Début   │\n"
        "├──────────────────────┼──────────────────────────┼────────┤\n"
        "│PRIGENT Loeiz         │M. Le Goff, K. Abalo      │2023    │\n"
        "└──────────────────────┴──────────────────────────┴────────┘\n",
        "membres.txt",
        {
            ("Loeiz Prigent", "advisor_phd", "Morgane Le Goff", 2023, None),
            ("Loeiz Prigent", "advisor_phd", "Kossi Abalo", 2023, None),
        },
        {
            ("Loeiz Prigent", "advisor_phd", "Le Goff", 2023, None),
            ("ROBIN", "part_of", "CNRS", None, None),
        },
    ),
    "an-html2text-hdr-jury-under-inclusive-role-headings": (
        "  * [Accueil](/)\n  * [Agenda](/agenda)\n  * [Contact](/contact)\n\n"
        "# Soutenance d'HDR de Prosper ALLARD-MENSAH\n\n"
        "**Date :** 3 avril 2025\n\n## Jury\n\n**Rapporteur·rices :**\n\n"
        "  * Pr. Hortense VIGUIER, Université de Lunel\n\n"
        "**Examinateur·rices :**\n\n  * Dr Basile OKAFOR, DR CNRS\n\n"
        "**Président·e :** Pr. Ariane LESCOT, Université de Lunel\n",
        "hdr.txt",
        {
            ("Prosper Allard-Mensah", "jury_reviewer", "Hortense Viguier", 2025, 2025),
            ("Prosper Allard-Mensah", "jury_examiner", "Basile Okafor", 2025, 2025),
            ("Prosper Allard-Mensah", "jury_president", "Ariane Lescot", 2025, 2025),
        },
        {("Prosper Allard-Mensah", "jury_member", "Hortense Viguier", 2025, 2025)},
    ),
    "a-copied-page-without-accents-one-block-per-line": (
        "Universite de Sologne-Beauce\n"
        "Accueil | Recherche | Enseignement | Publications | Contact\n"
        "Vous etes ici : Accueil > Annuaire > VERNET-OKOYE Adele\n\n"
        "VERNET-OKOYE Adele\nStatut : Professeure des universites\n"
        "Equipe : Chimie des surfaces et interfaces\n\n"
        "Parcours\n"
        "2001-2004 : Doctorat en chimie, Universite de Cher-Loire, directeur de these : "
        "Hubert Ravenel\n"
        "Encadrement doctoral\n"
        "GALLAIS Tanguy (2019-2022), co-encadrement (30 %), directeur de these : "
        "MORIN Clotilde\n"
        "Publications recentes\n"
        "VERNET-OKOYE A., GALLAIS T., MORIN C. (2022). Adsorption on ceramic membranes "
        "in saline effluents under pressure. Journal of Membrane Science, 650, 120400.\n"
        "SAUVAGE P., VERNET-OKOYE A. (2020). Pore-scale modelling of cake filtration in "
        "dead-end mode. Chemical Engineering Science, 220, 115600.\n"
        "Mentions legales · Plan du site · (c) Universite de Sologne-Beauce\n",
        "fiche.txt",
        {
            ("Adele Vernet-Okoye", "advisor_phd", "Hubert Ravenel", 2001, 2004),
            ("Adele Vernet-Okoye", "member_of", "Chimie des surfaces et interfaces", None, None),
            ("Tanguy Gallais", "advisor_phd", "Adele Vernet-Okoye", 2019, 2022),
            ("Tanguy Gallais", "advisor_phd", "Clotilde Morin", 2019, 2022),
            ("P. Sauvage", "coauthor", "Adele Vernet-Okoye", None, None),
        },
        set(),
    ),
    "a-prize-headline-cheers-its-laureate-whose-advisors-precede-the-funding": (
        "Accueil | Recherche | Formation | Publications | Contact\n\n"
        "Prix de thèse 2024 : félicitations à Maëva Courtial !\n\n"
        "Maëva a réalisé sa thèse, soutenue en 2023, sous la direction de Pr. Odilon "
        "Brassens et de Dr Yara Haddad (CR CNRS), avec un financement régional.\n\n"
        "Mentions légales · Plan du site\n",
        "actu.txt",
        {
            ("Maëva Courtial", "advisor_phd", "Odilon Brassens", None, 2023),
            ("Maëva Courtial", "advisor_phd", "Yara Haddad", None, 2023),
        },
        set(),
    ),
    "a-guest-co-advisor-on-a-defence-jury-line-is-an-advisor": (
        "Aller au contenu\n\n# Soutenance de thèse de Rosalie QUENTEL\n\n"
        "Rosalie QUENTEL soutiendra sa thèse le 5 décembre 2024.\n\n"
        "## Composition du jury\n\n"
        "* M. Alaric FONTENEAU, Professeur, Université de Brest-Iroise - Directeur de thèse\n"
        "* M. Ewen PAUGAM, Ingénieur, Port de Brest-Iroise - Co-encadrant (invité)\n",
        "soutenance.txt",
        {
            ("Rosalie Quentel", "advisor_phd", "Alaric Fonteneau", None, 2024),
            ("Rosalie Quentel", "advisor_phd", "Ewen Paugam", None, 2024),
        },
        {
            ("Rosalie Quentel", "jury_member", "Port de Brest-Iroise", 2024, 2024),
            ("Rosalie Quentel", "advisor_other", "Ewen Paugam", None, 2024),
        },
    ),
    "a-copied-thesis-record-under-a-state-site-banner": (
        "Aller au contenu\nRépublique Française\ntheses.fr\n\n"
        "Thèse de doctorat en Géographie\n\nLittoraux et submersions\n\n"
        "Par Nolwenn Castelli-Abou\n\nThèse soutenue le 12 juin 2022\n\n"
        "Sous la direction de Bertrand Ollivro.\n\n"
        "Les rapporteurs étaient Cyrielle Manach, Ivo Brandt.\n\n"
        "Plan du site   Mentions légales   Données personnelles\n",
        "these.txt",
        {
            ("Nolwenn Castelli-Abou", "advisor_phd", "Bertrand Ollivro", None, 2022),
            ("Nolwenn Castelli-Abou", "jury_reviewer", "Ivo Brandt", 2022, 2022),
        },
        {
            ("République Française", "advisor_phd", "Bertrand Ollivro", None, 2022),
            ("Par Nolwenn Castelli-Abou", "advisor_phd", "Nolwenn Castelli-Abou", None, 2022),
        },
    ),
    "a-sentence-case-team-before-its-lab-acronym": (
        "  * [Accueil](/)\n  * [Agenda](/agenda)\n  * [Contact](/contact)\n\n"
        "# Soutenance d'HDR de Hervé Lautrec\n\nHervé Lautrec, maître de conférences à "
        "l'Université de Rance (équipe Polymères et surfaces du LCMR), présentera ses "
        "travaux.\n",
        "hdr.txt",
        {("Hervé Lautrec", "member_of", "Polymères et surfaces", None, None)},
        {("Hervé Lautrec", "member_of", "Polymères", None, None)},
    ),
    "students-listed-after-a-relative-clause-keep-their-own-years": (
        "# Irénée Bachelard\n\nCe mémoire présente les travaux menés avec les doctorant·es "
        "que j'ai co-encadré·es : Lou Marchetti (2016-2019) et Swann Keraval (2019-2023).\n",
        "hdr.txt",
        {
            ("Lou Marchetti", "advisor_phd", "Irénée Bachelard", 2016, 2019),
            ("Swann Keraval", "advisor_phd", "Irénée Bachelard", 2019, 2023),
        },
        {("Swann Keraval", "advisor_phd", "Irénée Bachelard", 2016, 2019)},
    ),
}


THIRTYFOURTH_BATCH_LAYOUTS = {
    "a-lynx-dump-drops-its-link-markers-and-finds-the-owner-below-the-menus": (
        "   [1]Skip to main content\n   [2]Brackwater University\n\n"
        "     * [3]Admissions\n     * [4]Research\n\n"
        "   [5]Department of Physics\n\n"
        "                           Oriel Fenwick-Adeyemi\n\n"
        "   Associate Professor of Physics\n\n"
        "Research Group\n\n  Current Students\n\n"
        "     * [6]Lowri Castellanos-Pryce (Ph.D. candidate, 2021- )\n\n"
        "  Former Students (first position)\n\n"
        "     * Idris Vantongeren, Ph.D. 2020 -- Data Scientist, Halden Analytics\n\n"
        "References\n\n   1. https://www.brackwater.example.edu/#main\n"
        "   2. https://www.brackwater.example.edu/\n   3. https://www.brackwater.example.edu/a\n"
        "   4. https://www.brackwater.example.edu/r\n   5. https://www.brackwater.example.edu/phys\n"
        "   6. https://www.brackwater.example.edu/people/lcp\n",
        "profile.txt",
        {
            ("Lowri Castellanos-Pryce", "advisor_phd", "Oriel Fenwick-Adeyemi", 2021, None),
            ("Idris Vantongeren", "advisor_phd", "Oriel Fenwick-Adeyemi", None, 2020),
        },
        {
            ("Idris Vantongeren", "advisor_phd", "Oriel Fenwick-Adeyemi", 2020, None),
            ("[6]Lowri Castellanos-Pryce", "advisor_phd", "Oriel Fenwick-Adeyemi", 2021, None),
        },
    ),
    "a-lynx-dump-joins-the-lines-it-wrapped-and-keeps-sibling-groups-apart": (
        "   [1]Halvard Mbeki-Lindgren\n\n"
        "   [2]Home | [3]Students\n\n"
        "Students\n\n"
        "   I am a professor of geology at Tarnmoor University. These are the students I\n"
        "   have advised.\n"
        "     * Doctoral students\n"
        "          + Rosalind Achterberg-Nye (Ph.D. 2022; co-supervised with [4]Prof.\n"
        "            Casimir Oduya)\n"
        "     * Undergraduate honors theses\n"
        "          + Teodor Vasquez-Lund (B.A. 2021)\n"
        "     * Visiting students\n"
        "          + Malin Okonjo (visiting Ph.D. student from Kessel University, 2023)\n\n"
        "References\n\n   1. https://x.example.edu/~hml/\n   2. https://x.example.edu/~hml/\n"
        "   3. https://x.example.edu/~hml/students\n   4. https://x.example.edu/oduya\n",
        "students.txt",
        {
            ("Rosalind Achterberg-Nye", "advisor_phd", "Halvard Mbeki-Lindgren", None, 2022),
            ("Rosalind Achterberg-Nye", "advisor_phd", "Casimir Oduya", None, 2022),
            ("Teodor Vasquez-Lund", "advisor_other", "Halvard Mbeki-Lindgren", 2021, 2021),
        },
        {
            ("Teodor Vasquez-Lund", "advisor_phd", "Halvard Mbeki-Lindgren", None, 2021),
            ("Malin Okonjo", "advisor_phd", "Halvard Mbeki-Lindgren", 2023, 2023),
        },
    ),
    "a-w3m-box-table-row-joins-its-wrapped-cells": (
        "Prof. Cressida Obuya-Hartmann\n\n"
        "Professor, Department of Geography\n\n"
        "Advisees\n\n"
        "┌──────────────────────┬──────┬─────────┬───────────────────────┐\n"
        "│Name                  │Degree│Years    │First position         │\n"
        "├──────────────────────┼──────┼─────────┼───────────────────────┤\n"
        "│Anselm Okereke-Voss   │Ph.D. │2016–2021│Lecturer, University of│\n"
        "│                      │      │         │Glasmere               │\n"
        "├──────────────────────┼──────┼─────────┼───────────────────────┤\n"
        "│Ilka Brandvold        │M.S.  │2020–2022│—                      │\n"
        "└──────────────────────┴──────┴─────────┴───────────────────────┘\n",
        "profile.txt",
        {
            ("Anselm Okereke-Voss", "advisor_phd", "Cressida Obuya-Hartmann", 2016, 2021),
            ("Ilka Brandvold", "advisor_other", "Cressida Obuya-Hartmann", 2020, 2022),
        },
        {("Anselm Okereke-Voss", "employed_at", "University of", None, None)},
    ),
    "a-w3m-borderless-table-keeps-its-columns-and-its-stage-column-is-no-internship": (
        "Group leader\n\n"
        "Prof. Benedikt Aldous-Nakamura\n"
        "Professor of Chemistry, Wexmoor University\n\n"
        "Alumni\n\n"
        "Name                       Stage        Period       Next position\n"
        "Dr. Helka Varga            PhD          2014–2019    Scientist, Ostrel Labs\n"
        "Dr. Tomas Ferreira-Bloom   Postdoc      2017–2020    Lecturer, Wexmoor University\n",
        "people.txt",
        {
            ("Helka Varga", "advisor_phd", "Benedikt Aldous-Nakamura", 2014, 2019),
            ("Tomas Ferreira-Bloom", "advisor_postdoc", "Benedikt Aldous-Nakamura", 2017, 2020),
        },
        {
            ("Helka Varga", "advisor_internship", "Benedikt Aldous-Nakamura", 2014, 2019),
            ("Tomas Ferreira-Bloom", "advisor_internship", "Benedikt Aldous-Nakamura", 2017, 2020),
        },
    ),
    "html2text-escaped-equal-contribution-marks-and-a-table-without-outer-pipes": (
        "# Wiremu Castell-Ibekwe\n\nResearch Scientist, **Lanthorn Institute**\n\n"
        "## Publications\n\n"
        "  * **Sparse codes in cortex.**  \n"
        "Ysolde Marchetti\\*, Wiremu Castell-Ibekwe\\*, Dariusz Pohl.  \n"
        "_Neural Letters_ 2023.\n\n"
        "## Mentoring\n\n"
        "Name | Role | Period  \n---|---|---  \n"
        "Esme Ravenscroft | Summer intern | 2024  \n",
        "index.txt",
        {
            ("Ysolde Marchetti", "coauthor", "Wiremu Castell-Ibekwe", None, None),
            ("Ysolde Marchetti", "coauthor", "Dariusz Pohl", None, None),
            ("Esme Ravenscroft", "advisor_internship", "Wiremu Castell-Ibekwe", 2024, 2024),
        },
        set(),
    ),
    "a-reader-mode-copy-reads-its-bare-titles-and-a-list-introduced-by-a-colon": (
        "Home | Research | Teaching | Contact\n"
        "Dr Ottoline Brisbane-Achebe\n"
        "Lecturer in Statistics\n"
        "Biography\n"
        "I joined the University of Penrhos as a Lecturer in 2019. Before that I was a "
        "Research Fellow at the University of Caerleigh (2016–2019), and I completed my PhD "
        "at the University of Caerleigh in 2016, supervised by Professor Aled Morcant.\n"
        "Supervision\n"
        "I currently supervise the following PhD students:\n"
        "Rhiannon Oyelaran – first supervisor (since 2021).\n"
        "Gethin Abara-Lloyd – second supervisor (since 2022); first supervisor Dr Cai "
        "Pellow.\n"
        "Selected publications\n"
        "Oyelaran, R., Brisbane-Achebe, O. (2024). Robust priors for small areas. Journal of "
        "Applied Statistics Letters, 9, 1–20.\n"
        "© 2024 University of Penrhos · Privacy · Accessibility\n",
        "profile.txt",
        {
            ("Ottoline Brisbane-Achebe", "advisor_phd", "Aled Morcant", None, 2016),
            ("Rhiannon Oyelaran", "advisor_phd", "Ottoline Brisbane-Achebe", 2021, None),
            ("Gethin Abara-Lloyd", "advisor_phd", "Ottoline Brisbane-Achebe", 2022, None),
            ("Gethin Abara-Lloyd", "advisor_phd", "Cai Pellow", 2022, None),
            ("Rhiannon Oyelaran", "coauthor", "Ottoline Brisbane-Achebe", None, None),
        },
        {
            ("Rhiannon Oyelaran", "advisor_other", "Ottoline Brisbane-Achebe", 2021, None),
            ("Ottoline Brisbane-Achebe", "advisor_phd", "Cai Pellow", 2022, None),
        },
    ),
    "a-group-roster-line-is-no-thesis-committee": (
        "Ingrid Solberg-Amadi\n"
        "Assistant Professor · Hydrology\n"
        "Bio\n"
        "Ingrid Solberg-Amadi is an Assistant Professor at Fennick University. She received "
        "her PhD from Aldmoor University in 2018, advised by Tobias Rendall, and works on "
        "snowmelt and groundwater recharge in mountain catchments.\n"
        "Research\n"
        "Our group combines field campaigns in alpine basins with isotope tracers and "
        "process-based models to understand how much of each spring's snowmelt reaches the "
        "aquifers below.\n"
        "Group\n"
        "Current group members: Joaquim Esteves (PhD student, since 2022), Priya Halloway "
        "(postdoc, since 2024).\n",
        "index.txt",
        {
            ("Ingrid Solberg-Amadi", "advisor_phd", "Tobias Rendall", None, 2018),
            ("Joaquim Esteves", "advisor_phd", "Ingrid Solberg-Amadi", 2022, None),
        },
        {
            ("Ingrid Solberg-Amadi", "jury_member", "Joaquim Esteves", 2022, None),
            ("Ingrid Solberg-Amadi", "jury_member", "Priya Halloway", 2022, None),
        },
    ),
    "a-committee-list-wrapped-inside-a-name-and-an-external-member-with-a-place": (
        "Spring 2025 PhD defenses\n\n"
        "Posted 3 March 2025 by the Graduate Office.\n\n"
        "Soren Achterhof-Diaz\n\n"
        "Soren Achterhof-Diaz will defend his dissertation on Friday 7 March 2025 in Hale "
        "Hall 210.\n"
        "Advisor: Prof. Mireille Castagnet\n"
        "Committee: Anders Holmqvist (chair), Mireille Castagnet, Yolanda\n"
        "Ferraz-Okoro, Hamish Delacourt (external, University of Strandby)\n\n"
        "Tove Lindahl-Mensah\n\n"
        "Tove Lindahl-Mensah will defend her dissertation on Monday 10 March 2025.\n"
        "Advisor: Anders Holmqvist\n"
        "Committee: Mireille Castagnet (chair), Anders Holmqvist, Yolanda Ferraz-Okoro,\n"
        "Birgit Ansah-Moller (external, Department of Mechanical\n"
        "Engineering)\n",
        "defenses.txt",
        {
            ("Soren Achterhof-Diaz", "jury_member", "Yolanda Ferraz-Okoro", 2025, 2025),
            ("Soren Achterhof-Diaz", "jury_member", "Hamish Delacourt", 2025, 2025),
            ("Soren Achterhof-Diaz", "jury_president", "Anders Holmqvist", 2025, 2025),
            ("Tove Lindahl-Mensah", "jury_member", "Birgit Ansah-Moller", 2025, 2025),
        },
        {("Soren Achterhof-Diaz", "jury_member", "Yolanda", 2025, 2025)},
    ),
    "a-speakers-page-labels-each-bio-and-a-title-ends-a-wrapped-line": (
        "Keynote Speakers\n\n"
        "Wendeline Okafor-Strand (Corrib University)\n\n"
        "Bio: Wendeline Okafor-Strand is Professor of Civil Engineering at Corrib "
        "University. She received her PhD from the University of Anselm in 2005 under "
        "Dietrich Vollmer-Ansah.\n\n"
        "Group leader\n\n"
        "Prof. Marten Osei-Larkin\n"
        "Professor of Botany, Dunmere University\n"
        "PhD 2009, University of Glenrock (advisor: Prof.\n"
        "Ilse Varga-Thorne); postdoc 2009–2012 with Dr. Colm Ashby.\n",
        "speakers.txt",
        {
            ("Wendeline Okafor-Strand", "advisor_phd", "Dietrich Vollmer-Ansah", None, 2005),
            ("Wendeline Okafor-Strand", "studied_at", "University of Anselm", None, 2005),
            ("Wendeline Okafor-Strand", "employed_at", "Corrib University", None, None),
        },
        set(),
    ),
    "a-bio-holds-a-chair-joins-a-faculty-by-its-short-name-and-spent-years-elsewhere": (
        "   [1]Penhallow University\n\n     * [2]Research\n     * [3]People\n\n"
        "                           Idunn Castellane-Moor\n\n"
        "   Professor of Mathematics\n\n"
        "Biography\n\n"
        "   Idunn Castellane-Moor joined the Penhallow faculty in 2015 as an associate\n"
        "   professor. She holds the Chair of Applied Analysis at the University of\n"
        "   Wendmoor. She obtained her doctorate at the University of Tarrow in 2008,\n"
        "   supervised by Prof. Aurelio Santangelo, and spent six years at Orrin\n"
        "   Research Labs before joining Penhallow.\n\n"
        "References\n\n   1. https://www.penhallow.example.edu/\n"
        "   2. https://www.penhallow.example.edu/research\n"
        "   3. https://www.penhallow.example.edu/people\n",
        "profile.txt",
        {
            ("Idunn Castellane-Moor", "employed_at", "Penhallow University", 2015, None),
            ("Idunn Castellane-Moor", "employed_at", "University of Wendmoor", None, None),
            ("Idunn Castellane-Moor", "studied_at", "University of Tarrow", None, 2008),
            ("Idunn Castellane-Moor", "advisor_phd", "Aurelio Santangelo", None, 2008),
        },
        {("Idunn Castellane-Moor", "studied_at", "Orrin Research Labs", None, 2008)},
    ),
    "a-borderless-table-with-a-two-line-header-and-empty-cells-keeps-its-columns": (
        "Oluwaseun Barraclough-Teo\n\nProfessor, Department of Civil Engineering\n\n"
        "Graduate students supervised\n\n"
        "   Student Name          Program    Year       Year       Principal\n"
        "                         Type       Start      Finish     Supervisor\n"
        "   Ines Achterberg       PhD        2018       2023       O. Barraclough-Teo\n"
        "   Kofi Lindqvist-Amar   PhD        2021                  O. Barraclough-Teo\n"
        "   Ruth Oyelowo-Park     MASc       2019       2021       O. Barraclough-Teo\n",
        "cv.txt",
        {
            ("Ines Achterberg", "advisor_phd", "Oluwaseun Barraclough-Teo", 2018, 2023),
            ("Kofi Lindqvist-Amar", "advisor_phd", "Oluwaseun Barraclough-Teo", 2021, None),
            ("Ruth Oyelowo-Park", "advisor_other", "Oluwaseun Barraclough-Teo", 2019, 2021),
        },
        {("Student Name", "advisor_other", "Oluwaseun Barraclough-Teo", None, None)},
    ),
}

THIRTYSEVENTH_BATCH_LAYOUTS = {
    "a-saved-list-message-is-about-the-candidate-its-subject-names-not-its-sender": (
        "De : Bureau des thèses <theses@example.fr>\n"
        "Objet : [ed-liste] Soutenance de thèse de M. Aurèle Fontanieu — le 3 juin\n"
        "Date : 20 mai 2025\n\n"
        "M. Aurèle FONTANIEU soutiendra sa thèse le 3 juin 2025 devant le jury composé de :\n\n"
        "- Mme Ysaline Corbière, Professeure, Université de Vire-Noireau (Rapportrice)\n"
        "- M. Evrard Maunoury, Professeur, Université de Vire-Noireau (Directeur de thèse)\n\n"
        "--\nClarisse Dambreville\nBureau des thèses\n\n"
        "> Merci de diffuser.\n",
        "message.txt",
        {
            ("Aurèle Fontanieu", "jury_reviewer", "Ysaline Corbière", 2025, 2025),
            ("Aurèle Fontanieu", "advisor_phd", "Evrard Maunoury", None, 2025),
        },
        {
            ("Bureau des thèses", "jury_reviewer", "Ysaline Corbière", 2025, 2025),
            ("Clarisse Dambreville", "jury_reviewer", "Ysaline Corbière", 2025, 2025),
        },
    ),
    "a-list-announcement-indents-its-role-labels-under-the-jury-label": (
        "Objet : [maths] Annonce de soutenance d'HDR - Solène Abgrall\n"
        "De : Secrétariat <secr@example.fr>\n\n"
        "Mme Solène ABGRALL soutiendra son habilitation à diriger des recherches le\n\n"
        "    jeudi 15 mai 2025 à 14h\n\n"
        "Jury :\n"
        "  Rapporteurs :\n"
        "    M. Quentin Lozac'h (Professeur, Université de Morlaix-Dossen)\n"
        "  Examinateurs :\n"
        "    Mme Pauline Arzel (Professeure, Université de Morlaix-Dossen)\n\n"
        "Résumé : travaux menés depuis ma thèse soutenue en 2012.\n",
        "hdr.txt",
        {
            ("Solène Abgrall", "jury_reviewer", "Quentin Lozac'h", 2025, 2025),
            ("Solène Abgrall", "jury_examiner", "Pauline Arzel", 2025, 2025),
        },
        {
            ("Solène Abgrall", "jury_member", "Quentin Lozac'h", 2025, 2025),
            ("Solène Abgrall", "jury_examiner", "Pauline Arzel", 2012, 2012),
        },
    ),
    "a-europecv-source-names-its-owner-family-name-first": (
        "\\documentclass[french]{europecv}\n\\ecvname{Kerbrat, Nolwenn}\n"
        "\\ecvemail{nk@example.fr}\n\\begin{document}\\begin{europecv}\n\\ecvpersonalinfo\n"
        "\\ecvsection{Éducation et formation}\n"
        "\\ecvitem{2011 -- 2014}{Doctorat, Université de Plougastel-Elorn\\newline "
        "Directeur de thèse : Fulgence Le Roux}\n\\end{europecv}\\end{document}\n",
        "cv.tex",
        {("Nolwenn Kerbrat", "advisor_phd", "Fulgence Le Roux", 2011, 2014)},
        {("ecvemailnk Nolwenn", "advisor_phd", "Fulgence Le Roux", 2011, 2014)},
    ),
    "an-article-cv-sets-its-owner-in-large-type-and-dates-its-supervisions-first": (
        "\\documentclass{article}\n\\pagestyle{empty}\n\\begin{document}\n"
        "{\\Large \\textbf{Ronan \\textsc{Guivarc'h}}}\\\\[1mm]\nProfesseur\n"
        "\\section*{Encadrement}\n\\begin{itemize}\n"
        "\\item 2021--: Thèse de Gwenola Tanguy, co-encadrée avec Yves Lannuzel\n"
        "\\item 2023: Stage de M2 de Loïc Pennec\n\\end{itemize}\n\\end{document}\n",
        "cv.tex",
        {
            ("Gwenola Tanguy", "advisor_phd", "Ronan Guivarc'h", 2021, None),
            ("Gwenola Tanguy", "advisor_phd", "Yves Lannuzel", 2021, None),
            ("Loïc Pennec", "advisor_internship", "Ronan Guivarc'h", 2023, 2023),
        },
        {("Gwenola Tanguy", "advisor_phd", "pagestyleempty", 2021, None)},
    ),
    "an-authority-record-lists-theses-by-the-persons-role-in-them": (
        "Notice de type Personne\n\nLe Floc'h, Armelle (1966-....)\n\n"
        "Directeur de thèse (1)\n"
        "  - Érosion des falaises / Yannick Derrien ; sous la direction d'Armelle Le Floc'h"
        " et de Joël Guénolé (2015)\n\n"
        "Rapporteur de la thèse (1)\n"
        "  - Dunes et houle / Maïwenn Caradec ; sous la direction de Hervé Kerjean (2019)\n",
        "notice.txt",
        {
            ("Yannick Derrien", "advisor_phd", "Armelle Le Floc'h", None, 2015),
            ("Yannick Derrien", "advisor_phd", "Joël Guénolé", None, 2015),
            ("Maïwenn Caradec", "advisor_phd", "Hervé Kerjean", None, 2019),
            ("Maïwenn Caradec", "jury_reviewer", "Armelle Le Floc'h", 2019, 2019),
        },
        {("Maïwenn Caradec", "advisor_phd", "Armelle Le Floc'h", None, 2019)},
    ),
    "an-activity-report-labels-its-lists-and-brackets-each-members-notes": (
        "Rapport d'activité 2023 — Équipe-projet KORRIGAN\n\n"
        "Personnel permanent :\n  - Tugdual Morvan [Inria, Directeur de recherche]\n\n"
        "Doctorants :\n"
        "  - Enora Quilliec [Inria, depuis 2021, encadrée par Tugdual Morvan]\n\n"
        "Stagiaires :\n"
        "  - Malo Riou [Inria, de mars 2023 à août 2023, encadré par Tugdual Morvan]\n",
        "rapport.txt",
        {
            ("Enora Quilliec", "advisor_phd", "Tugdual Morvan", 2021, None),
            ("Malo Riou", "advisor_internship", "Tugdual Morvan", 2023, 2023),
        },
        {("Malo Riou", "advisor_phd", "Tugdual Morvan", 2023, 2023)},
    ),
    "a-cifre-partner-company-is-no-advisor": (
        "# Nouveaux doctorants\n\n## Doctorants\n\n"
        "- Ewen Cadiou — sous la direction d'Annaïg Le Bris, thèse CIFRE avec Penmarc'h"
        " Industries (depuis 2024)\n",
        "news.md",
        {("Ewen Cadiou", "advisor_phd", "Annaïg Le Bris", 2024, None)},
        {("Ewen Cadiou", "advisor_phd", "Penmarc'h Industries", 2024, None)},
    ),
}


THIRTYEIGHTH_BATCH_LAYOUTS = {
    "a-laudatio-headline-names-the-laureate-and-its-prize-committee-is-no-jury": (
        _html(
            "Laudatio for Ottoline Brabazon-Mwangi | Society of Limnology",
            "<h1>Kessel Medal 2025: Laudatio for Ottoline Brabazon-Mwangi</h1>"
            "<p>Ottoline obtained her PhD in 2004 under the direction of Professor Lucius "
            "Harrowby-Tan. The committee — Wynfrith Osgood (chair), Pernille Achebe and Iago "
            "Santander-Roe — was unanimous.</p>",
        ),
        "laudatio.html",
        {("Ottoline Brabazon-Mwangi", "advisor_phd", "Lucius Harrowby-Tan", None, 2004)},
        {
            ("Ottoline Brabazon-Mwangi", "jury_president", "Wynfrith Osgood", 2004, 2004),
            ("Ottoline Brabazon-Mwangi", "jury_member", "Pernille Achebe", 2004, 2004),
        },
    ),
    "a-tribute-counts-its-students-and-names-them-after-among-them": (
        _html(
            "Obituary: Casimir Delacroix-Obi",
            "<h1>Obituary: Casimir Delacroix-Obi</h1><p>He had himself been a student of "
            "the great Sabine Ruthven-Kay. He supervised more than 25 doctoral students, among "
            "them Idunn Farrelly, Mateus Okonkwo-Bray and Liselotte Cray.</p><p>His former "
            "doctoral students Anwar Pettigrew and Rosamund Ekwueme-Vale are now professors.</p>",
        ),
        "obituary.html",
        {
            ("Casimir Delacroix-Obi", "advisor_phd", "Sabine Ruthven-Kay", None, None),
            ("Idunn Farrelly", "advisor_phd", "Casimir Delacroix-Obi", None, None),
            ("Mateus Okonkwo-Bray", "advisor_phd", "Casimir Delacroix-Obi", None, None),
            ("Liselotte Cray", "advisor_phd", "Casimir Delacroix-Obi", None, None),
            ("Anwar Pettigrew", "advisor_phd", "Casimir Delacroix-Obi", None, None),
            ("Rosamund Ekwueme-Vale", "advisor_phd", "Casimir Delacroix-Obi", None, None),
        },
        set(),
    ),
    "an-academic-family-tree-reads-grand-advisors-and-siblings-not-as-the-owners": (
        "---\ntitle: Halcyon Oduya-Brandt\n---\n\n## Academic genealogy\n\n"
        "My thesis was supervised by Professor Marisol Eckhart-Quan. Marisol in turn obtained "
        "her PhD at the Dunholm Institute under Tobias Fairweather-Lund, so Tobias is my "
        "academic grandfather. Fairweather-Lund himself studied under Augustin Pellow.\n\n"
        "My academic siblings include Gudrun Abernethy and Kwame Lisle-Rourke, who both "
        "finished their theses with Marisol.\n",
        "index.md",
        {
            ("Halcyon Oduya-Brandt", "advisor_phd", "Marisol Eckhart-Quan", None, None),
            ("Marisol Eckhart-Quan", "advisor_phd", "Tobias Fairweather-Lund", None, None),
            ("Tobias Fairweather-Lund", "advisor_phd", "Augustin Pellow", None, None),
            ("Gudrun Abernethy", "advisor_phd", "Marisol Eckhart-Quan", None, None),
            ("Kwame Lisle-Rourke", "advisor_phd", "Marisol Eckhart-Quan", None, None),
        },
        {
            ("Halcyon Oduya-Brandt", "advisor_phd", "Tobias Fairweather-Lund", None, None),
            ("Halcyon Oduya-Brandt", "studied_at", "Dunholm Institute", None, None),
        },
    ),
    "a-french-genealogy-follows-a-chain-told-with-qui-avait-elle-meme-soutenu": (
        _html(
            "Page personnelle",
            "<h1>Armand Keïta-Roussel</h1><h2>Ma généalogie académique</h2><p>J'ai préparé "
            "ma thèse sous la direction de Joëlle Vantroyen, elle-même élève de Bastien "
            "Orsoni-Mba, qui avait lui-même soutenu sa thèse auprès d'Honorine Lagasse à "
            "l'Université de Brévannes. Mes frères et sœurs de thèse sont Clotilde Aubray et "
            "Wassim Dehbi, également doctorants de Joëlle.</p><p>Ses élèves, dont Romy "
            "Castagnet et Eloi Barthe-Nkem, ont soutenu leur thèse.</p>",
        ),
        "index.html",
        {
            ("Armand Keïta-Roussel", "advisor_phd", "Joëlle Vantroyen", None, None),
            ("Bastien Orsoni-Mba", "advisor_phd", "Honorine Lagasse", None, None),
            ("Clotilde Aubray", "advisor_phd", "Joëlle Vantroyen", None, None),
            ("Wassim Dehbi", "advisor_phd", "Joëlle Vantroyen", None, None),
            ("Romy Castagnet", "advisor_phd", "Armand Keïta-Roussel", None, None),
        },
        {("Armand Keïta-Roussel", "studied_at", "Université de Brévannes", None, None)},
    ),
    "a-festschrift-preface-names-its-dedicatee-and-the-editors-who-were-his-students": (
        "Preface\n\nThis volume is dedicated to Professor Evander Kowalski-Ibe on the occasion "
        "of his seventieth birthday.\n\nEvander wrote his doctoral dissertation under the "
        "supervision of Hesketh Marlow at the University of Carrow, graduating in 1978.\n\n"
        "Two of the editors were his doctoral students: Ysolde Brandvold (PhD 1990) and "
        "Nnamdi Castellan (PhD 1997).\n",
        "preface.txt",
        {
            ("Evander Kowalski-Ibe", "advisor_phd", "Hesketh Marlow", None, 1978),
            ("Ysolde Brandvold", "advisor_phd", "Evander Kowalski-Ibe", None, 1990),
            ("Nnamdi Castellan", "advisor_phd", "Evander Kowalski-Ibe", None, 1997),
        },
        set(),
    ),
    "a-saved-encyclopedia-infobox-in-plain-text-lists-students-and-other-advisors": (
        "Perpetua Ilunga-Marsh\nFrom Wikipedia, the free encyclopedia\n\n"
        "Perpetua Ilunga-Marsh\nBorn\t3 May 1950\nNationality\tBritish\n"
        "Alma mater\tUniversity of Selbourne\nFields\tTopology\n"
        "Doctoral advisor\tRuaridh Okello-Pratt\nOther academic advisors\tMaren Dufresne\n"
        "Doctoral students\tCaspian Adeyemi\nLorcan Whitlow-Saar\nInfluences\tTheron Basque\n\n"
        "Perpetua Ilunga-Marsh (born 3 May 1950) is a British mathematician who worked on "
        "low-dimensional topology for many years at the University of Selbourne.\n",
        "wiki.txt",
        {
            ("Perpetua Ilunga-Marsh", "advisor_phd", "Ruaridh Okello-Pratt", None, None),
            ("Perpetua Ilunga-Marsh", "advisor_other", "Maren Dufresne", None, None),
            ("Caspian Adeyemi", "advisor_phd", "Perpetua Ilunga-Marsh", None, None),
            ("Lorcan Whitlow-Saar", "advisor_phd", "Perpetua Ilunga-Marsh", None, None),
        },
        {("Perpetua Ilunga-Marsh", "advisor_phd", "Maren Dufresne", None, None)},
    ),
    "a-tribute-tells-a-thesis-the-subject-co-directed-with-a-colleague": (
        _html(
            "Hommage à Gaspard Le Brun-Okoye",
            "<h1>Hommage à Gaspard Le Brun-Okoye</h1><p>Il a également codirigé, avec Odile "
            "Ferrand-Sy, la thèse de Noémie Castaing, soutenue en 2001. J'ai co-encadré la "
            "thèse de Hugo Marsal avec lui.</p>",
        ),
        "hommage.html",
        {
            ("Noémie Castaing", "advisor_phd", "Gaspard Le Brun-Okoye", None, 2001),
            ("Noémie Castaing", "advisor_phd", "Odile Ferrand-Sy", None, 2001),
        },
        set(),
    ),
    "a-doctoral-descendants-heading-lists-the-owners-students": (
        _html(
            "Ulla Brightwater-Osei",
            "<h1>Ulla Brightwater-Osei</h1><h2>My doctoral descendants</h2>"
            "<p>Former PhD students:</p><ul><li>Tamsin Okafor-Reyes (2012)</li>"
            "<li>Leander Voss (2018)</li></ul>",
        ),
        "index.html",
        {
            ("Tamsin Okafor-Reyes", "advisor_phd", "Ulla Brightwater-Osei", None, 2012),
            ("Leander Voss", "advisor_phd", "Ulla Brightwater-Osei", None, 2018),
        },
        set(),
    ),
}


THIRTYSIXTH_BATCH_LAYOUTS = {
    "a-currvita-source-names-its-owner-in-the-cv-environment-and-dates-its-items": (
        "\\documentclass{article}\n\\usepackage{currvita}\n\\begin{document}\n"
        "\\begin{cv}{Ottoline Brandvik-Sah\\'{e}}\n"
        "\\begin{cvlist}{Education}\n"
        "\\item[2012--2016] PhD in Geology, University of Harrowfell. \\\\\n"
        "  Supervisor: Prof.~Anselm Virtanen-Cole.\n"
        "\\end{cvlist}\n"
        "\\begin{cvlist}{Research students}\n"
        "\\item[2020--2024] Kwabena Ostrander-Lee (PhD, principal supervisor)\n"
        "\\end{cvlist}\n\\end{cv}\n\\end{document}\n",
        "cv.tex",
        {
            ("Ottoline Brandvik-Sahé", "studied_at", "University of Harrowfell", 2012, 2016),
            ("Ottoline Brandvik-Sahé", "advisor_phd", "Anselm Virtanen-Cole", 2012, 2016),
            ("Kwabena Ostrander-Lee", "advisor_phd", "Ottoline Brandvik-Sahé", 2020, 2024),
        },
        set(),
    ),
    "a-res-cls-source-keeps-no-font-switch-in-its-owner-and-reads-ncolumn-rows": (
        "\\documentclass[margin,line]{res}\n\\begin{document}\n"
        "\\name{\\LARGE Tamsin Okorafor-Wells}\n\\begin{resume}\n"
        "\\section{\\sc Education}\n\\begin{ncolumn}{3}\n"
        "{\\bf Ph.D.}, Hydrology & Carrowmere Institute of Technology & 2011--2016 \\\\\n"
        "\\end{ncolumn}\n"
        "\\section{\\sc Appointments}\n\\begin{ncolumn}{2}\n"
        "Assistant Professor, Pellworth University & 2018--present \\\\\n"
        "\\end{ncolumn}\n\\end{resume}\n\\end{document}\n",
        "resume.tex",
        {
            (
                "Tamsin Okorafor-Wells",
                "studied_at",
                "Carrowmere Institute of Technology",
                2011,
                2016,
            ),
            ("Tamsin Okorafor-Wells", "employed_at", "Pellworth University", 2018, None),
        },
        {("Tamsin Okorafor-Wells Large", "employed_at", "Pellworth University", 2018, None)},
    ),
    "jakes-resume-takes-the-huge-name-as-owner-and-its-bullets-continue-the-entry": (
        "\\documentclass[letterpaper,11pt]{article}\n"
        "\\newcommand{\\resumeItem}[1]{\\item\\small{{#1 \\vspace{-2pt}}}}\n"
        "\\begin{document}\n\\begin{center}\n"
        "    \\textbf{\\Huge \\scshape Ifeanyi Castellane-Holt} \\\\ \\vspace{1pt}\n"
        "\\end{center}\n\\section{Experience}\n\\resumeSubHeadingListStart\n"
        "    \\resumeSubheading\n      {Research Intern}{May 2021 -- Aug. 2021}\n"
        "      {Orrin Photonics Laboratory}{Boulder, CO}\n"
        "      \\resumeItemListStart\n"
        "        \\resumeItem{Hosted by Dr. Marisol Achterberg-Nwosu; cryogenic packaging}\n"
        "      \\resumeItemListEnd\n\\resumeSubHeadingListEnd\n\\end{document}\n",
        "resume.tex",
        {
            (
                "Ifeanyi Castellane-Holt",
                "advisor_internship",
                "Marisol Achterberg-Nwosu",
                2021,
                2021,
            ),
        },
        set(),
    ),
    "a-dated-cv-entry-labelled-msc-thesis-names-its-student": (
        "\\documentclass{altacv}\n\\begin{document}\n\\name{Leocadia Huang-Ferreira}\n"
        "\\cvsection{Supervision}\n"
        "\\cvevent{MSc thesis: Ebbe Sorensen-Vale}{Lindholm Institute}{2024 -- present}{}\n"
        "\\end{document}\n",
        "cv.tex",
        {("Ebbe Sorensen-Vale", "advisor_other", "Leocadia Huang-Ferreira", 2024, None)},
        set(),
    ),
    "a-mailing-list-reply-quotes-the-defense-announcement-its-subject-names": (
        "From: Graduate Office <grad@lists.example.edu>\n"
        "Date: Mon, 7 Apr 2025 09:12:44 -0400\n"
        "Subject: Re: [dept-announce] PhD Defense: Marek Oyelaran-Stone, Friday April 18\n\n"
        "Room change, see below.\n\n"
        "On Tue, Apr 1, 2025 at 4:03 PM Grad Office <grad@example.edu> wrote:\n"
        "> Date:  Friday, April 18, 2025\n>\n"
        "> Advisor: Prof. Henrike Abbado-Lind\n>\n"
        "> Committee:\n>   Henrike Abbado-Lind (chair)\n>   Tobiah Ferreira-Kwan\n"
        ">   Ulla Mbeki-Soto (Halvard Institute)\n>\n"
        "> --\n> Rosanna Pellegrini-Ode\n> Graduate Program Coordinator\n\n"
        "_______________________________________________\n"
        "dept-announce mailing list\n",
        "message.txt",
        {
            ("Marek Oyelaran-Stone", "advisor_phd", "Henrike Abbado-Lind", None, 2025),
            ("Marek Oyelaran-Stone", "jury_member", "Tobiah Ferreira-Kwan", 2025, 2025),
            ("Marek Oyelaran-Stone", "jury_member", "Ulla Mbeki-Soto", 2025, 2025),
        },
        {("Rosanna Pellegrini-Ode", "advisor_phd", "Henrike Abbado-Lind", None, 2025)},
    ),
    "a-congratulations-mail-reads-myself-as-its-sender-and-splits-titled-sentences": (
        "From: Prof. Casimir Ndlovu-Hart <cnh@chem.example.ac.uk>\n"
        "To: chem-people@lists.example.ac.uk\n"
        "Subject: [chem-people] Congratulations to Dr. Aino Bellweather-Obi!\n\n"
        "Aino Bellweather-Obi successfully defended her PhD thesis today.\n\n"
        "Aino was co-supervised by Dr. Rowena Takahashi-Brun and myself. Many thanks to "
        "the examiners, Prof. Idris Vandersloot (external examiner), and Dr. Maeve "
        "Quartey-Lund, the internal examiner, for a thorough viva. Dr. Petra Lindgren-Osei "
        "kindly chaired the session.\n\n--\nCasimir Ndlovu-Hart\nProfessor of Chemistry\n",
        "message.txt",
        {
            ("Aino Bellweather-Obi", "advisor_phd", "Rowena Takahashi-Brun", None, None),
            ("Aino Bellweather-Obi", "advisor_phd", "Casimir Ndlovu-Hart", None, None),
            ("Aino Bellweather-Obi", "jury_examiner", "Maeve Quartey-Lund", None, None),
        },
        {("Aino Bellweather-Obi", "jury_president", "Maeve Quartey-Lund", None, None)},
    ),
    "a-pandoc-grid-table-cell-wrapped-over-lines-is-one-entry": (
        "**Halvard Osei-Lindqvist**\n\n**EDUCATION**\n\n"
        "+--------------+--------------------------------------------+\n"
        "| 2010 -- 2015 | Ph.D., Botany, University of Carrowfield   |\n"
        "|              |                                            |\n"
        "|              | Advisors: Dr. Ingrid Sato-Marsh and Dr.    |\n"
        "|              | Benedek Oyelowo                            |\n"
        "+--------------+--------------------------------------------+\n",
        "cv.md",
        {
            ("Halvard Osei-Lindqvist", "studied_at", "University of Carrowfield", 2010, 2015),
            ("Halvard Osei-Lindqvist", "advisor_phd", "Ingrid Sato-Marsh", 2010, 2015),
            ("Halvard Osei-Lindqvist", "advisor_phd", "Benedek Oyelowo", 2010, 2015),
        },
        set(),
    ),
    "a-scholar-profile-pairs-each-papers-authors-not-its-co-author-sidebar": (
        "Semantic Scholar\n\nOdalys Brennan-Achebe\nCarrow University\n\n"
        "Co-Authors\n  Tiberius Haldane   7 papers\n  Wanjiru Castellan   4 papers\n\n"
        "Publications\n\n"
        "Sparse attention for ranking\n"
        "Odalys Brennan-Achebe, Tiberius Haldane\n"
        "Computer Science · ArXiv · 2023\n"
        "12 Citations   Save   Alert   Cite\n\n"
        "Calibrated retrieval\n"
        "Wanjiru Castellan, Odalys Brennan-Achebe, +2 authors, Lior Ben-Haim\n"
        "Computer Science · SIGIR · 2022\n",
        "profile.txt",
        {
            ("Odalys Brennan-Achebe", "coauthor", "Tiberius Haldane", None, None),
            ("Wanjiru Castellan", "coauthor", "Lior Ben-Haim", None, None),
        },
        {
            ("Tiberius Haldane", "coauthor", "Wanjiru Castellan", None, None),
            ("Wanjiru Castellan", "coauthor", "Tiberius Haldane", None, None),
        },
    ),
}

FORTYFIRST_BATCH_LAYOUTS = {
    "a-jury-list-a-pdf-dump-wrapped-goes-on-on-the-next-line": (
        "\n\nMorwenna Achterberg-Sall\n\nPostdoctoral researcher\n\n\nEducation\n\n"
        "2017 – 2021  PhD in Physics, University of Harrowgate\n"
        "Thesis: 'Spin ice at the surface' — defended on 10/2021;\n"
        "Jury: Caspar Ellingham (reviewer), Oriana Bettencourt-Lay (reviewer), Ruben Vantongeren\n"
        "(examiner), Lisette Mavrogordato (president)\n"
        "Jury : rapporteurs Aurélien Quintard et Hugues Vermande ; examinatrice\n"
        "Solweig Brunetière ; présidente Anouk Delacôte-Imbert\n",
        "cv.txt",
        {
            ("Morwenna Achterberg-Sall", "jury_reviewer", "Caspar Ellingham", 2021, 2021),
            ("Morwenna Achterberg-Sall", "jury_examiner", "Ruben Vantongeren", 2021, 2021),
            ("Morwenna Achterberg-Sall", "jury_president", "Lisette Mavrogordato", 2021, 2021),
            ("Morwenna Achterberg-Sall", "jury_examiner", "Solweig Brunetière", 2021, 2021),
            ("Morwenna Achterberg-Sall", "jury_president", "Anouk Delacôte-Imbert", 2021, 2021),
        },
        {
            ("Morwenna Achterberg-Sall", "jury_member", "Ruben Vantongeren", 2021, 2021),
            ("Morwenna Achterberg-Sall", "jury_member", "Solweig Brunetière", 2021, 2021),
        },
    ),
    "a-seminars-faculty-advisor-is-no-advisor-of-its-organizer": (
        "\n\nTeodor Lindgren-Abara\n\nPh.D. Candidate in Economics\n\n\nService\n\n"
        "Organizer, Graduate Trade Workshop (2022–2024), with faculty advisor Imelda Castronovo\n",
        "cv.txt",
        set(),
        {
            ("Teodor Lindgren-Abara", "advisor_phd", "Imelda Castronovo", 2022, 2024),
            ("Teodor Lindgren-Abara", "advisor_other", "Imelda Castronovo", 2022, 2024),
        },
    ),
    "a-with-clause-beside-a-quoted-title-names-the-owners-partners": (
        "\n\nHalvard Oyinlola-Strand\n\nPostdoctoral fellow\n\n\nSelected Publications\n\n"
        "• **Halvard Oyinlola-Strand** (with Greta Marchbanks and Ode Fontanilla), "
        "“Phonon drag in thin films”, Phys. Rev. B (2022).\n",
        "cv.txt",
        {
            ("Halvard Oyinlola-Strand", "coauthor", "Greta Marchbanks", None, None),
            ("Halvard Oyinlola-Strand", "coauthor", "Ode Fontanilla", None, None),
            ("Greta Marchbanks", "coauthor", "Ode Fontanilla", None, None),
        },
        set(),
    ),
}


FORTIETH_BATCH_LAYOUTS = {
    "an-about-page-whose-entries-give-the-owner-by-initials-names-it-in-full-in-its-footer": (
        '---\npermalink: /\ntitle: "Bienvenue"\nauthor_profile: true\n---\n\n'
        "Je suis professeure à l'Université de Vireux-Ardenne depuis 2014.\n\n"
        "## Doctorants encadrés\n\n"
        "* Théo Vanbelle (depuis 2021)\n\n"
        "## Publications\n\n"
        "* T. Vanbelle, **A. Demaret**. *Switched observers*. Automatica, 2023.\n"
        "* **A. Demaret**, K. Olsen. *Dwell-time bounds*. IEEE TAC, 2019.\n\n"
        "---\n\nAnnick Demaret · Bureau 2.04 · Rue des Forges 8\n",
        "about.txt",
        {
            ("Annick Demaret", "employed_at", "Université de Vireux-Ardenne", 2014, None),
            ("Théo Vanbelle", "advisor_phd", "Annick Demaret", 2021, None),
        },
        set(),
    ),
    "a-group-page-naming-its-head-in-full-has-no-owner-from-its-entries": (
        "# Welcome to the Demaret Control Group\n\n"
        "We are the **Demaret Control Group** at Vireux University.\n\n"
        "Annick Demaret founded the group in 2015.\n\n"
        "## PhD students\n\n- Théo Vanbelle\n\n"
        "## Publications\n\n"
        "- T. Vanbelle, A. Demaret. *Switched observers*. Automatica, 2023.\n"
        "- K. Olsen and A. Demaret. *Dwell-time bounds*. IEEE TAC, 2019.\n",
        "README.md",
        set(),
        {("Théo Vanbelle", "advisor_phd", "Annick Demaret", None, None)},
    ),
    "a-doctorant-page-with-one-entry-is-owned-by-the-author-it-sets-in-bold": (
        '---\npermalink: /\ntitle: "À propos"\nauthor_profile: true\n---\n\n'
        "Je suis doctorant au sein de l'équipe ASTRE du Laboratoire d'Informatique de Givet "
        "(LIG, UMR 7777). Ma thèse, commencée en 2024, est dirigée par Odette Lambinon.\n\n"
        "# Publications\n\n"
        "1. *Typed actors*, **Rémi Gosselies-Ba**, Odette Lambinon. JFLA, 2025.\n",
        "about.txt",
        {
            ("Rémi Gosselies-Ba", "advisor_phd", "Odette Lambinon", 2024, None),
            ("Rémi Gosselies-Ba", "member_of", "ASTRE", None, None),
        },
        set(),
    ),
    "a-former-student-s-job-after-a-dash-keeps-the-heading-s-phd": (
        "# Ada Quill\n\nJe suis professeure à l'Université de Vireux-Ardenne.\n\n"
        "## Anciens doctorants\n\n"
        "* Sofiane Meunier-Abdi (2012-2016) — ingénieur chez Thalès-Meuse\n",
        "cv.md",
        {("Sofiane Meunier-Abdi", "advisor_phd", "Ada Quill", 2012, 2016)},
        {("Sofiane Meunier-Abdi", "advisor_other", "Ada Quill", 2012, 2016)},
    ),
    "an-initial-before-a-capital-el-particle-keeps-the-author-in-the-list": (
        "# Ada Quill\n\n## Publications\n\n"
        "- H. El Mansouri, P. Verhoeven, A. Quill. *Observer design*. Automatica, 2024.\n"
        "- A. Quill, P. Verhoeven. *Contraction*. IEEE TAC, 2021.\n",
        "cv.md",
        {
            ("H. El Mansouri", "coauthor", "P. Verhoeven", None, None),
            ("H. El Mansouri", "coauthor", "Ada Quill", None, None),
        },
        set(),
    ),
    "a-labelled-line-of-former-students-split-by-semicolons-gives-each-own-coadvisor": (
        "# Ada Quill\n\nI am professor at Vireux University.\n\n# Supervision\n\n"
        "**Former PhD students:** Yves Marchal (2015-2018), now lecturer at Pellworth "
        "University; Oona Lindqvist-Bah (2018-2022, co-supervised with Rolf Amsel).\n",
        "about.txt",
        {
            ("Yves Marchal", "advisor_phd", "Ada Quill", 2015, 2018),
            ("Oona Lindqvist-Bah", "advisor_phd", "Ada Quill", 2018, 2022),
            ("Oona Lindqvist-Bah", "advisor_phd", "Rolf Amsel", 2018, 2022),
        },
        {("Yves Marchal", "advisor_phd", "Rolf Amsel", 2015, 2018)},
    ),
    "a-place-whose-years-follow-its-host-s-name-takes-them-not-the-line-s-first-span": (
        "# Ada Quill\n\nBefore, I was researcher at Inria (2012-2022), and postdoc at the "
        "Max-Planck-Institut für Kristallographie in the group of Rolf Amsel (2010-2012).\n",
        "about.md",
        {
            ("Ada Quill", "employed_at", "Inria", 2012, 2022),
            ("Ada Quill", "employed_at", "Max-Planck-Institut für Kristallographie", 2010, 2012),
        },
        {("Ada Quill", "employed_at", "Max-Planck-Institut für Kristallographie", 2012, 2022)},
    ),
}


THIRTYNINTH_BATCH_LAYOUTS = {
    "an-about-page-opening-with-a-contracted-self-introduction-reads-the-owners-posts": (
        '---\npermalink: /\ntitle: "About me"\nauthor_profile: true\n'
        "redirect_from:\n  - /about/\n---\n\n"
        "I'm Philippa Oyedepo-Marsh, a postdoctoral fellow at the Harwick Institute for "
        "Data Science working with Benedikt Aalto-Cruz. I received my PhD from Tamsworth "
        "University in 2021, where I was advised by Ingrid Solbakken-Ruiz.\n",
        "about.md",
        {
            (
                "Philippa Oyedepo-Marsh",
                "employed_at",
                "Harwick Institute for Data Science",
                None,
                None,
            ),
            ("Philippa Oyedepo-Marsh", "studied_at", "Tamsworth University", None, 2021),
            ("Philippa Oyedepo-Marsh", "advisor_phd", "Ingrid Solbakken-Ruiz", None, 2021),
        },
        set(),
    ),
    "a-summer-in-a-group-before-my-phd-is-no-doctoral-supervision": (
        '---\npermalink: /\ntitle: "About me"\nauthor_profile: true\n'
        "redirect_from:\n  - /about/\n---\n\n"
        "I am Philippa Oyedepo-Marsh, a PhD student at Tamsworth University. Before my PhD I "
        "studied physics at the University of Lenwick (2019), and spent a summer in the group "
        "of Tobiah Grunewald-Asante at the Marine Station.\n",
        "about.md",
        {("Philippa Oyedepo-Marsh", "studied_at", "University of Lenwick", None, 2019)},
        {
            ("Philippa Oyedepo-Marsh", "advisor_phd", "Tobiah Grunewald-Asante", None, 2019),
            ("Philippa Oyedepo-Marsh", "advisor_phd", "Tobiah Grunewald-Asante", None, None),
        },
    ),
    "a-bachelors-degree-advised-by-someone-is-no-doctorate": (
        '---\npermalink: /\ntitle: "About me"\nauthor_profile: true\n'
        "redirect_from:\n  - /about/\n---\n\n"
        "I am Philippa Oyedepo-Marsh, a PhD student at Tamsworth University, supervised by "
        "Ingrid Solbakken-Ruiz.\n\n# News\n\n"
        "* **[2022]** Graduated from Ormside Technical University with a B.S. in Physics, "
        "advised by Kemal Ozturan-Hale.\n",
        "about.md",
        {
            ("Philippa Oyedepo-Marsh", "advisor_phd", "Ingrid Solbakken-Ruiz", None, None),
            ("Philippa Oyedepo-Marsh", "advisor_other", "Kemal Ozturan-Hale", 2022, 2022),
        },
        {("Philippa Oyedepo-Marsh", "advisor_phd", "Kemal Ozturan-Hale", None, 2022)},
    ),
    "two-internships-in-one-sentence-each-name-their-host": (
        '---\npermalink: /\ntitle: "About me"\nauthor_profile: true\n'
        "redirect_from:\n  - /about/\n---\n\n"
        "I am Philippa Oyedepo-Marsh, a PhD student at Tamsworth University.\n\n"
        "Previously, I interned at Quorra Research with Henrike Dalsgaard-Obi (summer 2023) "
        "and at Kestrel Labs, hosted by Amadou Lindqvist-Ferro (summer 2022).\n",
        "about.md",
        {
            ("Philippa Oyedepo-Marsh", "advisor_internship", "Henrike Dalsgaard-Obi", 2023, 2023),
        },
        set(),
    ),
    "a-news-item-starting-a-phd-dates-its-start-not-a-degree": (
        '---\npermalink: /\ntitle: "About me"\nauthor_profile: true\n'
        "redirect_from:\n  - /about/\n---\n\n"
        "I am Philippa Oyedepo-Marsh, a second-year PhD student at Tamsworth University, "
        "supervised by Ingrid Solbakken-Ruiz.\n\n# News\n\n"
        "* **[Sep 2023]** Started my PhD at Tamsworth University.\n",
        "about.md",
        {
            ("Philippa Oyedepo-Marsh", "studied_at", "Tamsworth University", 2023, None),
            # (the thesis under way since its start: its advisor from then on)
            ("Philippa Oyedepo-Marsh", "advisor_phd", "Ingrid Solbakken-Ruiz", 2023, None),
        },
        {
            ("Philippa Oyedepo-Marsh", "studied_at", "Tamsworth University", None, 2023),
            ("Philippa Oyedepo-Marsh", "advisor_phd", "Ingrid Solbakken-Ruiz", None, 2023),
        },
    ),
    "a-portuguese-institute-keeps-its-do-in-its-name": (
        '---\npermalink: /\ntitle: "About me"\nauthor_profile: true\n'
        "redirect_from:\n  - /about/\n---\n\n"
        "I am Philippa Oyedepo-Marsh, Professor at the University of Lenwick. I was a Marie "
        "Curie fellow at the Instituto Cardoso do Minho until 2012.\n",
        "about.md",
        {("Philippa Oyedepo-Marsh", "employed_at", "Instituto Cardoso do Minho", None, 2012)},
        {("Philippa Oyedepo-Marsh", "employed_at", "Instituto Cardoso", None, 2012)},
    ),
}

# A PDF CV's text (batch 43): name, title and contact lines, then the sections.
_B43_CV_HEAD = (
    "\n\nOdile Pranville-Saez\n\nMaîtresse de conférences\n\n✉ o.pranville@example.fr\n\n\n\n"
)

FORTYTHIRD_BATCH_LAYOUTS = {
    "a-label-then-the-kind-of-students-with-its-own-label-lists-each-student": (
        _B43_CV_HEAD + "Encadrement\n\n"
        "- Encadrement : 2 doctorants (co-encadrement 50 %) : Rémi Gachet-Lind (2018-2021, "
        "avec Hervé Castagnol), Sabine Ouali-Prat (depuis 2022, avec Tanguy Morvezen)\n",
        "cv.txt",
        {
            ("Rémi Gachet-Lind", "advisor_phd", "Odile Pranville-Saez", 2018, 2021),
            ("Rémi Gachet-Lind", "advisor_phd", "Hervé Castagnol", 2018, 2021),
            ("Sabine Ouali-Prat", "advisor_phd", "Odile Pranville-Saez", 2022, None),
            ("Sabine Ouali-Prat", "advisor_phd", "Tanguy Morvezen", 2022, None),
        },
        {("Sabine Ouali-Prat", "advisor_phd", "Hervé Castagnol", 2022, None)},
    ),
    "a-promoteur-de-these-label-names-the-belgian-doctorate-advisor": (
        _B43_CV_HEAD + "Parcours\n\n"
        "- 2011 – 2015  **Doctorat en sciences**, Université de Namur-Meuse\n"
        "Promoteur de thèse :Prof. Ghislain Verhaegen ; co-promotrice : Prof. Ilse Baert\n",
        "cv.txt",
        {
            ("Odile Pranville-Saez", "advisor_phd", "Ghislain Verhaegen", 2011, 2015),
            ("Odile Pranville-Saez", "advisor_phd", "Ilse Baert", 2011, 2015),
        },
        set(),
    ),
    "a-schoolteachers-trainee-teachers-are-no-interns-and-exam-juries-no-thesis-jury": (
        _B43_CV_HEAD + "Responsabilités\n\n"
        "- Jury du CAPES externe de physique-chimie (2019), présidé par M. Alain Rocheteau\n"
        "- Tutrice de stagiaires : Manon Lefort (professeure stagiaire, 2020 – 2021), Yanis "
        "Berthou (2022 – 2023)\n",
        "cv.txt",
        set(),
        {
            ("Odile Pranville-Saez", "jury_president", "Alain Rocheteau", 2019, 2019),
            ("Manon Lefort", "advisor_internship", "Odile Pranville-Saez", 2020, 2021),
            ("Yanis Berthou", "advisor_internship", "Odile Pranville-Saez", 2022, 2023),
        },
    ),
    "a-research-masters-reviewer-is-no-thesis-jury": (
        _B43_CV_HEAD + "Jurys\n\n• Rapporteur du mastère de recherche de M. Karim Jaziri (2021).\n",
        "cv.txt",
        set(),
        {("Karim Jaziri", "jury_reviewer", "Odile Pranville-Saez", 2021, 2021)},
    ),
}


FORTYSECOND_BATCH_LAYOUTS = {
    "an-undotted-ma-after-an-article-is-a-degree": (
        '---\npermalink: /\ntitle: "About"\nauthor_profile: true\n---\n\n'
        "Dr. Odile Brannagh-Sesay is a Lecturer at the University of Pellworth. Before that "
        "she obtained an MA in Linguistics from the University of Carrowmore (2011).\n\n"
        "Our lab is in Cambridge, MA in the Hollis Building since 2019.\n",
        "about.txt",
        {("Odile Brannagh-Sesay", "studied_at", "University of Carrowmore", None, 2011)},
        set(),
    ),
    "a-fellows-laboratory-after-a-degree-employs-with-its-own-years": (
        '---\npermalink: /\ntitle: "About me"\nauthor_profile: true\n---\n\n'
        "I am Aurelio Nakashima-Dunne, Professor at Glenvarrow University. I obtained my "
        "doctorate from the University of Halbeck in 2004 and was a Marie Curie fellow at the "
        "Saltmarsh Marine Laboratory from 2005 to 2007.\n\n"
        "I am also head of the Coastal Acoustics Laboratory at Glenvarrow University.\n",
        "about.txt",
        {
            ("Aurelio Nakashima-Dunne", "employed_at", "Saltmarsh Marine Laboratory", 2005, 2007),
            ("Aurelio Nakashima-Dunne", "studied_at", "University of Halbeck", None, 2004),
        },
        {
            ("Aurelio Nakashima-Dunne", "member_of", "Saltmarsh Marine Laboratory", None, 2004),
            ("Aurelio Nakashima-Dunne", "employed_at", "Coastal Acoustics Laboratory", None, None),
        },
    ),
    "a-masters-year-above-an-ongoing-phd-is-not-the-theses": (
        '---\npermalink: /\ntitle: "Accueil"\nauthor_profile: true\n---\n\n'
        "Je m'appelle Loïc Ferrandou-Abiola.\n\n"
        "Avant la these, j'ai obtenu un master a l'Universite de Ferrans (2022).\n\n"
        "I'm a PhD student at Universite de Roquebrune, advised by Sylvaine Mortier-Okafor.\n",
        "about.txt",
        {
            ("Loïc Ferrandou-Abiola", "studied_at", "Universite de Ferrans", None, 2022),
            ("Loïc Ferrandou-Abiola", "advisor_phd", "Sylvaine Mortier-Okafor", None, None),
        },
        {
            ("Loïc Ferrandou-Abiola", "advisor_phd", "Sylvaine Mortier-Okafor", None, 2022),
            ("Loïc Ferrandou-Abiola", "studied_at", "Universite de Roquebrune", None, 2022),
        },
    ),
    "a-thesis-under-way-dates-the-students-university": (
        '---\npermalink: /\ntitle: "Accueil"\nauthor_profile: true\n---\n\n'
        "Je m'appelle Loïc Ferrandou-Abiola. Je suis doctorant a l'Universite de Roquebrune. "
        "Ma these, commencee en octobre 2022, est encadree par Sylvaine Mortier-Okafor.\n",
        "about.txt",
        {
            ("Loïc Ferrandou-Abiola", "advisor_phd", "Sylvaine Mortier-Okafor", 2022, None),
            ("Loïc Ferrandou-Abiola", "studied_at", "Universite de Roquebrune", 2022, None),
        },
        set(),
    ),
    "joining-the-short-name-of-a-university-of-x-dates-the-employer": (
        '---\npermalink: /\ntitle: "About"\nauthor_profile: true\n---\n\n'
        "Dr. Odile Brannagh-Sesay is a Senior Lecturer at the University of Pellworth.\n\n"
        "She joined Pellworth as a Lecturer in 2019 and was promoted in 2023.\n",
        "about.txt",
        {("Odile Brannagh-Sesay", "employed_at", "University of Pellworth", 2019, None)},
        set(),
    ),
}

# The held-out misses and false facts of batches 27–36, each as a general layout or
# wording of its own (fictional people).
MISSES_B27_B36_LAYOUTS = {
    "a-month-closes-a-name-after-a-known-given-name": (
        "Ysoline Marchadour\n\nÀ propos\n\nJ'ai soutenu ma thèse en 2020 à l'Université de "
        "Kerlann, sous la direction de Paul-Henri Janvier et de Nadège Obiang-Roux.\n",
        "about.txt",
        {
            ("Ysoline Marchadour", "advisor_phd", "Paul-Henri Janvier", None, 2020),
            ("Ysoline Marchadour", "advisor_phd", "Nadège Obiang-Roux", None, 2020),
        },
        set(),
    ),
    "an-applied-science-bachelor-is-a-degree-not-initials": (
        "Tobias Wrenfield-Okoro, Ph.D.\n\nEducation\n\n"
        "Ph.D., Mechanical Engineering | Harlowe University | Sep 2016 – Aug 2021\n\n"
        "B.A.Sc., Engineering Physics | University of Brantmoor | Sep 2012 – May 2016\n",
        "resume.txt",
        {("Tobias Wrenfield-Okoro", "studied_at", "University of Brantmoor", 2012, 2016)},
        set(),
    ),
    "a-degrees-bare-year-is-no-internship": (
        "# Aurèle Penmarc'h-Diallo\n\n## Formation\n\n"
        "  * **2011-2014 :** Licence et M1 de chimie, ENS de Quimperlé-Odet\n"
        "  * **2014-2015 :** Master 2 Chimie, Université de Locronan ; stage de M2 au "
        "Laboratoire X\n",
        "cv.txt",
        {("Aurèle Penmarc'h-Diallo", "studied_at", "ENS de Quimperlé-Odet", 2011, 2014)},
        set(),
    ),
    "a-national-bodys-centre-at-a-university-is-not-the-university": (
        "Gwenola Le Floc'h — Page personnelle\n\n# Encadrement\n\n"
        "Je suis chargée de recherche Inria au centre Inria de l'Université "
        "de Plouzané, membre de l'équipe-projet GOÉLAND.\n\n## Doctorants\n\n"
        "* Maël Tanguy-Ekwueme (2023 – )\n",
        "encadrement.md",
        {("Gwenola Le Floc'h", "employed_at", "Inria", None, None)},
        {("Gwenola Le Floc'h", "employed_at", "Université de Plouzané", None, None)},
    ),
    "an-acronym-before-program-is-a-scheme-not-a-school": (
        "# Ruben Ashdown-Mbeki\n\n## Experience\n\n"
        "* Aug. 2019 – May 2024: Graduate Research Assistant, Caldermoor University\n"
        "  Mentored undergraduate researchers Ola Brandt and Kai Ferris in the SURF program\n",
        "resume.md",
        {("Ruben Ashdown-Mbeki", "employed_at", "Caldermoor University", 2019, 2024)},
        {("Ruben Ashdown-Mbeki", "studied_at", "SURF", 2019, 2024)},
    ),
    "a-field-station-closing-a-labs-line-employs": (
        "Imogen Tallis-Abara\nMarine Ecologist\n\nEXPERIENCE\n"
        "Postdoctoral Research Assistant\nKelp Dynamics Lab, Carrick Point Marine Station\n"
        " 2018 – 2021\n\nEDUCATION\nPhD in Ecology\nUniversity of Dunmore\n 2014 – 2018\n",
        "cv.txt",
        {
            ("Imogen Tallis-Abara", "employed_at", "Carrick Point Marine Station", 2018, 2021),
            ("Imogen Tallis-Abara", "member_of", "Kelp Dynamics Lab", 2018, 2021),
        },
        set(),
    ),
    "a-citation-set-apart-after-papers-including": (
        "From: Prof. Odran Vesely-Mbah <ovm@chem.example.edu>\n"
        "Subject: Congratulations to Dr. Lenka Marsh-Oduya!\n\nDear all,\n\n"
        "Lenka Marsh-Oduya defended her PhD thesis this morning.\n\n"
        "During her PhD (2020-2024) Lenka published two papers on cobalt chemistry in good "
        "journals, including\n\n"
        '  L. Marsh-Oduya, T. Quennell, O. Vesely-Mbah. "Ligand fields in cobalt '
        'clusters." Inorg. Chem. 63 (2024) 1201-1210.\n\nand she spent a summer as a '
        "visiting student in Kiel. Cake on Monday at 3pm!\n\nBest wishes,\nOdran\n",
        "mail.txt",
        {
            ("Lenka Marsh-Oduya", "coauthor", "O. Vesely-Mbah", None, None),
            ("Lenka Marsh-Oduya", "coauthor", "T. Quennell", None, None),
        },
        set(),
    ),
    "a-name-written-family-first-resolves-an-initial": (
        _html(
            "Ysaline Cordier-Mbaye - CV HAL",
            "<h1>Ysaline Cordier-Mbaye</h1><p>Co-auteurs</p><p>Quennec Adaeze</p>"
            "<p>Tessandier Baptiste</p>"
            "<h2>Publications</h2><ul>"
            "<li>Quennec A., Cordier-Mbaye Y. . Zinc in runoff . Water Research , 2022.</li>"
            "<li>Cordier-Mbaye Y., Quennec A. . Road dust isotopes . Goldschmidt , 2023.</li>"
            "</ul>",
        ),
        "cv.html",
        {("Adaeze Quennec", "coauthor", "Ysaline Cordier-Mbaye", None, None)},
        set(),
    ),
    "a-wrapped-line-of-a-postdocs-list-goes-on-with-its-entry": (
        "Initials: LMQ\n\n                THE UNIVERSITY OF WESTMARCH\n"
        "                Faculty Curriculum Vitae\n\n"
        "1. SURNAME: Quarshie-Lund                 FIRST NAME: Liesel\n\n"
        "4. PRESENT RANK: Professor                SINCE: July 1, 2020\n\n"
        "8. TEACHING\n\n   (d) Postdoctoral fellows supervised\n\n"
        "   Omari Delacourt-Nash (2021 – 2023), now Scientist, Northland Research Council\n"
        "   Canada\n   Petra Vasquez-Hale (2018 – 2020)\n",
        "cv.txt",
        {
            ("Omari Delacourt-Nash", "advisor_postdoc", "Liesel Quarshie-Lund", 2021, 2023),
            ("Petra Vasquez-Hale", "advisor_postdoc", "Liesel Quarshie-Lund", 2018, 2020),
            ("Liesel Quarshie-Lund", "employed_at", "University of Westmarch", None, None),
        },
        set(),
    ),
    "dissertations-counted-then-one-named-including": (
        "                  Dr Morwenna Castellane-Obi\n\nRESEARCH SUPERVISION\n\n"
        "PhD supervision       Primary supervisor of Idris Kellaway (2022 – ).\n"
        "MSc dissertations     Nine MSc dissertations supervised since 2020, including Anouk\n"
        "                      Brennard-Sato (2021, prize for best dissertation).\n",
        "cv.txt",
        {("Anouk Brennard-Sato", "advisor_other", "Morwenna Castellane-Obi", 2021, 2021)},
        {("Anouk Brennard-Sato", "advisor_phd", "Morwenna Castellane-Obi", None, 2021)},
    ),
    "a-defence-notice-letterhead-is-the-candidates-university": (
        "                         UNIVERSITÉ DE CARHAIX-AULNE\n"
        "                       École doctorale MathSTIC (ED 601)\n\n\n"
        "                              AVIS DE SOUTENANCE\n\n\n"
        "Le Président de l'Université de Carhaix-Aulne informe que\n\n"
        "                      Madame Solenn KERVADEC-ABANI\n\n"
        "soutiendra publiquement sa thèse de doctorat, préparée au sein du Laboratoire "
        "d'Informatique de Carhaix (LIC), intitulée :\n\n"
        "        « Graphes dynamiques et tolérance aux pannes »\n\n"
        "le jeudi 5 décembre 2024 à 10h00, amphithéâtre B.\n\n"
        "devant le jury composé de :\n\n"
        "M. Goulven RIOU          Professeur des universités        Rapporteur\n"
        "                         Université de Morlaix-Trégor\n",
        "avis.txt",
        {
            ("Solenn Kervadec-Abani", "studied_at", "Université de Carhaix-Aulne", None, 2024),
            ("Solenn Kervadec-Abani", "jury_reviewer", "Goulven Riou", 2024, 2024),
        },
        set(),
    ),
    "a-supervision-noun-phrase-in-prose-names-the-intern": (
        "                        Corentine MALLET-DIOP\n"
        "                  Maîtresse de conférences en économie\n\n"
        " Mémoires\n"
        " Une dizaine de mémoires de M2 par an ; encadrement du stage de M2 de Bastien\n"
        " Ollivier-Nana au Crédit Armoricain (2022).\n",
        "cv.txt",
        {("Bastien Ollivier-Nana", "advisor_internship", "Corentine Mallet-Diop", 2022, 2022)},
        set(),
    ),
    "a-titled-name-bracketing-a-postdoc-entry-is-its-host": (
        "CURRICULUM VITAE\n\nKarim BENSALAH-ORTIZ\nProfesseur Habilité\n\n"
        "II. PARCOURS PROFESSIONNEL\n\n"
        " 2012 – 2014 : Chercheur post-doctoral, Université de Sète-Thau, laboratoire "
        "LAGUNES (Pr. Anne-Laure Vidalenc).\n",
        "cv.txt",
        {("Karim Bensalah-Ortiz", "advisor_postdoc", "Anne-Laure Vidalenc", 2012, 2014)},
        set(),
    ),
    "a-people-data-entry-speaks-for-its-person": (
        "pi:\n  - name: Ingvild Haraldsen-Obi\n"
        "    position: Professor, Department of Marine Chemistry, Wrexley University\n"
        "phd:\n  - name: Tomasz Reidel\n    position: PhD student\n"
        "    advisor: Ingvild Haraldsen-Obi\n    start: 2022\n",
        "people.yml",
        {
            ("Ingvild Haraldsen-Obi", "employed_at", "Wrexley University", None, None),
            ("Tomasz Reidel", "advisor_phd", "Ingvild Haraldsen-Obi", 2022, None),
        },
        set(),
    ),
    "a-teams-evaluation-report-lists-its-members-and-its-unit": (
        _html(
            "Bilan 2019-2024 – Équipe OPTILAS",
            "<h1>Bilan 2019-2024 – Équipe OPTILAS (Optique et Lasers pour la "
            "Spectroscopie)</h1><p>Unité : Institut de Photonique de Vannes-Rhuys (IPVR), "
            "UMR 6601, Université de Vannes-Rhuys.</p><h2>1. Composition de l'équipe</h2>"
            "<p>Permanents : Loïg ARZEL (PR, responsable), Nadia OUMAROU-KERNEC (MCF).</p>",
        ),
        "bilan.html",
        {
            (
                "Loïg Arzel",
                "member_of",
                "Optique et Lasers pour la Spectroscopie",
                None,
                None,
            ),
            (
                "Nadia Oumarou-Kernec",
                "member_of",
                "Optique et Lasers pour la Spectroscopie",
                None,
                None,
            ),
            (
                "Optique et Lasers pour la Spectroscopie",
                "part_of",
                "Institut de Photonique de Vannes-Rhuys",
                None,
                None,
            ),
        },
        set(),
    ),
    "a-company-named-after-the-position-without-a-head-word": (
        "# Amara Lindgren-Osei\n\n## Experience\n\n"
        "* June 2022 – Present: Research Scientist, Corviant Optics, Palo Alto, CA\n"
        "* May 2020 – May 2022: Research Associate, Computer Science, Ithaca, NY\n\n"
        "## About\n\nDr. Amara Lindgren-Osei is a principal engineer at Tessaly Aerospace, "
        "where she leads the combustion group. She was a lecturer at New Brunswick, where she "
        "taught optics.\n",
        "resume.md",
        {
            ("Amara Lindgren-Osei", "employed_at", "Corviant Optics", 2022, None),
            ("Amara Lindgren-Osei", "employed_at", "Tessaly Aerospace", None, None),
        },
        {
            ("Amara Lindgren-Osei", "employed_at", "Computer Science", 2020, 2022),
            ("Amara Lindgren-Osei", "employed_at", "New Brunswick", None, None),
        },
    ),
    "a-labs-acronym-with-its-place-and-its-university-in-brackets": (
        "<h1>Salut, moi c'est Enora Kerbrat-Mensah</h1>\n\n"
        "Je suis doctorante en acoustique au **LMAR-Iroise** (Université de Brest-Iroise) "
        "depuis octobre 2022, sous la direction de **Yann Le Goff**.\n\n"
        "Master 2 Acoustique, IMAC-Armor (2022).\n",
        "README.md",
        {
            ("Enora Kerbrat-Mensah", "member_of", "LMAR-Iroise", 2022, None),
            ("Enora Kerbrat-Mensah", "studied_at", "Université de Brest-Iroise", 2022, None),
            ("Enora Kerbrat-Mensah", "advisor_phd", "Yann Le Goff", 2022, None),
        },
        set(),
    ),
}


# The held-out misses of batches 37-43, each read by a general rule: a team report's
# third-person jury sentences, a catalogue's "Title / Authors", a welcome sentence's counted
# postdocs, a preface's first student and his own, a team's laboratory, an institute of a
# named university, industry employers, generic institutes with their campus, PDF dumps'
# sub-headings and glued periods, research visits, labs hosting a doctorate, a region's
# adjective in a university's name, secondary schools, CIFRE partners.
MISSES_B37_B43_LAYOUTS = {
    "a-team-reports-third-person-jury-sentences": (
        "Rapport d'activité 2023 — Équipe-projet ORMEAU\n\n"
        "1 Composition de l'équipe\n\nPersonnel permanent :\n"
        "  - Gaëlle Marchetti [Inria, Directrice de recherche]\n\n"
        "8 Diffusion des résultats\n8.2 Jurys de thèse\n"
        "  - Gaëlle Marchetti a été rapportrice de la thèse de Yannick Bellefond "
        "(Université de Lorient-Scorff, mars 2023).\n"
        "  - Pierre-Yves Lanoë a présidé le jury de thèse d'Anouk Verlinden "
        "(Université de Quimper-Odet, novembre 2023).\n",
        "rapport.txt",
        {
            ("Yannick Bellefond", "jury_reviewer", "Gaëlle Marchetti", 2023, 2023),
            ("Anouk Verlinden", "jury_president", "Pierre-Yves Lanoë", 2023, 2023),
        },
        {
            ("Yannick Bellefond", "jury_reviewer", "Pierre-Yves Lanoë", 2023, 2023),
            ("Anouk Verlinden", "jury_president", "Gaëlle Marchetti", 2023, 2023),
        },
    ),
    "a-catalogue-citation-names-its-authors-after-the-slash": (
        "IdRef - Notice de type Personne\n\nTanguy-Orsini, Lucie (1968-....)\n\n"
        "Documents liés à cette notice (rôles)\n\nAuteur (2)\n"
        "  - Précis de géologie marine / Lucie Tanguy-Orsini, Mathis Keravec (2015)\n"
        "  - Les fonds du golfe / Lucie Tanguy-Orsini ; sous la direction de Hervé Ansquer "
        "(1994)\n",
        "notice.txt",
        {("Lucie Tanguy-Orsini", "coauthor", "Mathis Keravec", None, None)},
        {("Lucie Tanguy-Orsini", "coauthor", "Hervé Ansquer", None, None)},
    ),
    "a-welcome-sentence-counts-its-postdocs-each-with-a-host": (
        "Bienvenue aux nouveaux doctorants et post-doctorants\n\n"
        "L'institut accueille cette année trois nouveaux doctorants.\n\n"
        "Nous souhaitons également la bienvenue à deux post-doctorants : Inès Albuquerque "
        "(avec Rodolphe Maréchal, projet ANR HALO) et Kenji Oyama (avec Solveig Brant).\n",
        "annonce.txt",
        {
            ("Inès Albuquerque", "advisor_postdoc", "Rodolphe Maréchal", None, None),
            ("Kenji Oyama", "advisor_postdoc", "Solveig Brant", None, None),
        },
        {
            ("Inès Albuquerque", "advisor_postdoc", "Solveig Brant", None, None),
            ("Kenji Oyama", "advisor_postdoc", "Rodolphe Maréchal", None, None),
        },
    ),
    "a-preface-names-a-first-student-and-his-own-student": (
        "Preface\n\n"
        "This volume is dedicated to Professor Casimir Oduya-Brandt on the occasion of his "
        "seventieth birthday. It gathers papers from his "
        "students and his many collaborators, presented at a meeting held at the University "
        "of Harrowvale in May 2022.\n\n"
        "Over three decades Casimir supervised eighteen doctoral theses. His first student, "
        "Ysolde Marrack-Fenn, is in turn the advisor of Tobias Quennell-Ade, whose paper "
        "closes this volume.\n",
        "preface.txt",
        {
            ("Ysolde Marrack-Fenn", "advisor_phd", "Casimir Oduya-Brandt", None, None),
            ("Tobias Quennell-Ade", "advisor_phd", "Ysolde Marrack-Fenn", None, None),
        },
        {("Casimir Oduya-Brandt", "studied_at", "University of Harrowvale", None, 2022)},
    ),
    "a-laudatio-names-a-current-student-after-the-former-ones": (
        "<html><head><title>Laudatio — Kessel Prize 2023</title></head><body>"
        "<h1>Laudatio for Runa Castellane-Obi</h1>"
        "<p>Runa Castellane-Obi obtained her PhD in 2001 at the University of Pellworth.</p>"
        "<p>Her former doctoral students Ilse Marrowby and Otto Feldane are now professors, "
        "and her current student Pia Lindqvist-Amar received the junior award.</p>"
        "</body></html>",
        "laudatio.html",
        {("Pia Lindqvist-Amar", "advisor_phd", "Runa Castellane-Obi", None, None)},
        {("Pia Lindqvist-Amar", "advisor_phd", "Otto Feldane", None, None)},
    ),
    "a-team-member-is-a-member-of-the-laboratory-it-names": (
        "<html><head><title>Aurore Kerjean</title></head><body><h1>Aurore Kerjean</h1>"
        "<p>Maîtresse de conférences à l'Université de Pontrieux, membre de l'équipe Calcul "
        "Symbolique du Laboratoire d'Informatique de Pontrieux (LIPX).</p></body></html>",
        "index.html",
        {
            ("Aurore Kerjean", "member_of", "Calcul Symbolique", None, None),
            ("Aurore Kerjean", "member_of", "Laboratoire d'Informatique de Pontrieux", None, None),
            ("Aurore Kerjean", "employed_at", "Université de Pontrieux", None, None),
        },
        set(),
    ),
    "a-national-research-body-one-enters-employs": (
        "<html><head><title>Hommage à Lucien Vaudrey</title></head><body>"
        "<h1>Hommage à Lucien Vaudrey</h1><p>Entré à l'ENS de Mirevaux en 1962, il partit "
        "ensuite deux ans à l'Institut Carvalho de Porto-Douro, avant d'entrer au CNRS en "
        "1975.</p></body></html>",
        "hommage.html",
        {("Lucien Vaudrey", "employed_at", "CNRS", 1975, None)},
        {
            ("Lucien Vaudrey", "employed_at", "Institut Carvalho de Porto-Douro", None, None),
            ("Lucien Vaudrey", "employed_at", "ENS de Mirevaux", 1962, None),
        },
    ),
    "a-these-d-etat-names-no-candidate": (
        "<html><head><title>Hommage à Lucien Vaudrey</title></head><body>"
        "<h1>Hommage à Lucien Vaudrey</h1><p>Ancien élève de l'École normale supérieure de "
        "Mirevaux, il avait soutenu sa thèse d'État en 1972 sous la direction de Paul "
        "Aubertin, à l'Université de Morlanne.</p></body></html>",
        "hommage.html",
        {("Lucien Vaudrey", "studied_at", "Université de Morlanne", None, 1972)},
        set(),
    ),
    "an-institute-of-a-named-university-is-its-part": (
        "<html><head><title>Halvard Quist — Homepage</title></head><body>"
        "<h1>Halvard Quist</h1><p>I am a reader at the Institute for Coastal Dynamics of "
        "Harlow Technical University.</p></body></html>",
        "index.html",
        {
            ("Halvard Quist", "employed_at", "Harlow Technical University", None, None),
            ("Halvard Quist", "member_of", "Institute for Coastal Dynamics", None, None),
        },
        {
            (
                "Halvard Quist",
                "employed_at",
                "Institute for Coastal Dynamics of Harlow Technical University",
                None,
                None,
            )
        },
    ),
    "an-industry-engineer-at-a-company-without-a-head-word": (
        "---\npermalink: /\ntitle: About\n---\n\nI am Bastien Oyelaran-Roux, a research "
        "engineer at Brindle Robotics working on legged locomotion.\n",
        "about.md",
        {("Bastien Oyelaran-Roux", "employed_at", "Brindle Robotics", None, None)},
        set(),
    ),
    "a-generic-institute-keeps-its-campus": (
        "---\npermalink: /\ntitle: About\n---\n\nI am Devika Ramaswamy-Lowe. I got my "
        "bachelor's degree from the Indian Institute of Technology, Ravipur in 2012.\n",
        "about.md",
        {
            (
                "Devika Ramaswamy-Lowe",
                "studied_at",
                "Indian Institute of Technology, Ravipur",
                None,
                2012,
            )
        },
        {("Devika Ramaswamy-Lowe", "studied_at", "Indian Institute of Technology", None, 2012)},
    ),
    "a-double-degree-is-no-supervision-cue": (
        "---\npermalink: /\ntitle: About\n---\n\nI am Matthias Ferrand-Oya. Before that, I "
        "did my engineering degree at École Centrale de Morvan (2018 - 2021), with a double "
        "degree at Politecnico di Varenna in 2020-2021.\n",
        "about.md",
        {("Matthias Ferrand-Oya", "studied_at", "Politecnico di Varenna", 2020, 2021)},
        set(),
    ),
    "news-items-tell-co-supervised-students": (
        "---\npermalink: /\ntitle: Accueil\nexcerpt: Chargée de recherche CNRS\n---\n\n"
        "Je suis Maëlys Corvaisier, chargée de recherche CNRS.\n\n## Actualités\n\n"
        "* **Février 2025** — Bienvenue à Noam Verhaegen, qui commence sa thèse avec nous, "
        "co-encadrée avec Basile Tardieu-Aka !\n"
        "* **Octobre 2024** — Félicitations à Ophélie Ranson-Diop qui a soutenu sa thèse, "
        "que j'ai co-dirigée avec Basile Tardieu-Aka (2020-2024) !\n",
        "index.md",
        {
            ("Noam Verhaegen", "advisor_phd", "Maëlys Corvaisier", 2025, None),
            ("Noam Verhaegen", "advisor_phd", "Basile Tardieu-Aka", 2025, None),
            ("Ophélie Ranson-Diop", "advisor_phd", "Maëlys Corvaisier", 2020, 2024),
            ("Ophélie Ranson-Diop", "advisor_phd", "Basile Tardieu-Aka", 2020, 2024),
        },
        set(),
    ),
    "a-phd-at-a-laboratory-with-no-university-is-studied-there": (
        "---\npermalink: /\ntitle: About\n---\n\nI am Yacine Bellamy-Oko, a postdoc. I did "
        "my PhD thesis at the Laboratoire de Chimie de l'ENS de Varennes from 2017 to 2020, "
        "under the supervision of Odile Perrault.\n",
        "about.md",
        {
            (
                "Yacine Bellamy-Oko",
                "studied_at",
                "Laboratoire de Chimie de l'ENS de Varennes",
                2017,
                2020,
            ),
            ("Yacine Bellamy-Oko", "advisor_phd", "Odile Perrault", 2017, 2020),
        },
        {
            (
                "Yacine Bellamy-Oko",
                "member_of",
                "Laboratoire de Chimie de l'ENS de Varennes",
                2017,
                2020,
            )
        },
    ),
    "a-pdf-cvs-sub-heading-over-entries-with-one-partner": (
        "Tamsin Oduya-Reyes\n\nCurriculum Vitae\n\nResearch\n\nWorking Papers\n"
        '"Rent Caps and Commuting" (with Hollis Brayford and Ines Varga-Lund)\n'
        '"Property Tax Appeals" (with Ji-won Castellano)\n\n'
        'Publications\nOduya-Reyes, T., and Marek Oldfield (2021). "Wage Floors." '
        "Journal of Fictional Economics, 20(3): 311–340.\n",
        "cv.txt",
        {
            ("Tamsin Oduya-Reyes", "coauthor", "Hollis Brayford", None, None),
            ("Hollis Brayford", "coauthor", "Ines Varga-Lund", None, None),
            ("Tamsin Oduya-Reyes", "coauthor", "Ji-won Castellano", None, None),
        },
        set(),
    ),
    "a-full-last-author-after-initials-is-no-title-word": (
        "Orla Quennell\n\nPublications\n\n"
        "1. O. Quennell and H. Marrowby. Cut-off for walks on hypergraphs. Ann. Fict., 2023.\n"
        "2. P. Ansquer, O. Quennell and Tomasz Welland. Mixing of lazy walks on sparse graphs. "
        "Electron. J. Fict., 2022.\n",
        "cv.txt",
        {
            ("Orla Quennell", "coauthor", "Tomasz Welland", None, None),
            ("P. Ansquer", "coauthor", "Tomasz Welland", None, None),
        },
        set(),
    ),
    "a-pdf-period-glued-to-the-title": (
        "Ravi Achterberg\n\nPublications\n\n"
        "[C2] R. Achterberg,Ilse Vantongeren.Compiling probabilistic programs.ICML 2024.\n"
        "[C1] Hendrik Zwartkop,Ravi Achterberg,Gwen Harcourt.Structured amortisation.NeurIPS "
        "2023.\n",
        "cv.txt",
        {
            ("Ravi Achterberg", "coauthor", "Ilse Vantongeren", None, None),
            ("Hendrik Zwartkop", "coauthor", "Gwen Harcourt", None, None),
        },
        set(),
    ),
    "a-research-visit-is-neither-studies-nor-a-post": (
        "Tobiah Marsh-Okoye\n\nEducation\n\n"
        "- 2020 – 2025  **Ph.D. in Economics**, Kelby University\n\n"
        "Research Experience\n\n"
        "- Summer 2023  Research visit at the Institute for Housing Studies, Varnholm, hosted "
        "by Kai Lindgren-Pohl\n",
        "cv.txt",
        {("Tobiah Marsh-Okoye", "studied_at", "Kelby University", 2020, 2025)},
        {
            ("Tobiah Marsh-Okoye", "studied_at", "Institute for Housing Studies", None, 2023),
            ("Tobiah Marsh-Okoye", "employed_at", "Institute for Housing Studies", 2023, 2023),
        },
    ),
    "a-doctorate-hosted-by-an-institute-a-university-grants": (
        "Nadia Holmqvist-Ferro\n\nAbout\n\nI did my PhD at the Institut Carnot-Ravel (CNRS / "
        "Université Lémanique) with Corentin Mauduit-Obi as my supervisor.\n",
        "cv.txt",
        {("Nadia Holmqvist-Ferro", "member_of", "Institut Carnot-Ravel", None, None)},
        {("Nadia Holmqvist-Ferro", "studied_at", "Institut Carnot-Ravel", None, None)},
    ),
    "a-phd-student-at-a-research-institute-is-its-member": (
        "---\npermalink: /\ntitle: About\n---\n\nI am Elodie Szkoda-Varenne. Third-year PhD "
        "student at the Institut de Mathématiques de Corvelle, working on modular forms.\n",
        "about.md",
        {
            (
                "Elodie Szkoda-Varenne",
                "member_of",
                "Institut de Mathématiques de Corvelle",
                None,
                None,
            )
        },
        {
            (
                "Elodie Szkoda-Varenne",
                "studied_at",
                "Institut de Mathématiques de Corvelle",
                None,
                None,
            )
        },
    ),
    "a-belgian-university-keeps-its-region-and-a-titled-group-hosts": (
        "Maxence Vanderlinden\n\nParcours\n\n"
        "- Depuis 2020  **Chercheur qualifié**, Université catholique du Brabant wallon (UCBW)\n"
        "- 2017 – 2020  **Post-doctorant**, Université de Lausanne-Ouchy, groupe du Prof. "
        "Urs Zbinden-Moll\n",
        "cv.txt",
        {
            (
                "Maxence Vanderlinden",
                "employed_at",
                "Université Catholique du Brabant wallon",
                2020,
                None,
            ),
            ("Maxence Vanderlinden", "advisor_postdoc", "Urs Zbinden-Moll", 2017, 2020),
        },
        {("Maxence Vanderlinden", "employed_at", "Université Catholique du Brabant", 2020, None)},
    ),
    "a-secondary-teacher-works-at-schools-and-teaches-a-subject": (
        "Solène Kervella\n\nProfesseure agrégée de Physique-Chimie\n\nParcours\n\n"
        "- Depuis 2014  **Professeure agrégée de SVT**, Lycée Victor-Ségalen, Brest-Penfeld\n"
        "- 2012 – 2014  **Professeure certifiée stagiaire puis titulaire**, Collège Jean-Moulin, "
        "Quimperlé-Laïta\n",
        "cv.txt",
        {
            ("Solène Kervella", "employed_at", "Lycée Victor-Ségalen", 2014, None),
            ("Solène Kervella", "employed_at", "Collège Jean-Moulin", 2012, 2014),
        },
        {("Solène Kervella", "member_of", "SVT", 2014, None)},
    ),
    "a-cifre-doctorate-names-its-company-and-its-university": (
        "Romane Pastorelli\n\nParcours professionnel\n\n"
        "- 2019 – 2022  **Ingénieure R&D**, Orvane Industries, direction de l’innovation\n"
        "- 2016 – 2019  **Doctorat CIFRE** avec la société Orvane Industries, Université "
        "Rhône-Saône, Institut de Physique des Matériaux de l’Est (IPME)\n",
        "cv.txt",
        {
            ("Romane Pastorelli", "employed_at", "Orvane Industries", 2019, 2022),
            ("Romane Pastorelli", "studied_at", "Université Rhône-Saône", 2016, 2019),
        },
        {
            ("R&D", "part_of", "Orvane Industries", None, None),
            ("Romane Pastorelli", "studied_at", "Orvane Industries", 2016, 2019),
        },
    ),
    "a-titled-group-hosts-a-postdoc-beside-a-grants-pi": (
        "Jonah Arcos-Lindell\n\nExpérience professionnelle\n\n"
        "- 2022 – present  **Postdoctoral Research Associate**, University of Kelby\n"
        "Group of Prof. Hannah Whitlow (Turbulence Lab); funded by a research council grant "
        "(PI: Prof. Hannah Whitlow)\n",
        "cv.txt",
        {("Jonah Arcos-Lindell", "advisor_postdoc", "Hannah Whitlow", 2022, None)},
        set(),
    ),
    "a-national-engineering-diploma-is-a-degree": (
        "Amira Ben Salah-Gharbi\n\nFormation\n\n"
        "• 2011 : Diplôme National d’Ingénieur en Informatique, École Nationale d’Ingénieurs "
        "de Monastir-Ksar.\n",
        "cv.txt",
        {
            (
                "Amira Ben Salah-Gharbi",
                "studied_at",
                "École Nationale d’Ingénieurs de Monastir-Ksar",
                None,
                2011,
            )
        },
        {
            (
                "Amira Ben Salah-Gharbi",
                "employed_at",
                "École Nationale d’Ingénieurs de Monastir-Ksar",
                None,
                2011,
            )
        },
    ),
    "a-former-students-item-tells-her-own-student": (
        "<html><head><title>Lorcan Weatherby — Genealogy</title></head><body>"
        "<h1>Lorcan Weatherby</h1><h2>My doctoral descendants</h2><p>Former PhD students:</p>"
        "<ul><li>Ottavia Brennan-Diallo (2012), now at Kelby University. She has since "
        "supervised her own students, including Ruben Asante-Lowe (2020).</li>"
        "<li>Piet Quarrie (2016)</li></ul></body></html>",
        "genealogy.html",
        {
            ("Ottavia Brennan-Diallo", "advisor_phd", "Lorcan Weatherby", None, 2012),
            ("Ruben Asante-Lowe", "advisor_phd", "Ottavia Brennan-Diallo", None, 2020),
        },
        {("Ruben Asante-Lowe", "advisor_phd", "Lorcan Weatherby", None, 2020)},
    ),
}


_B44_DSPACE = (
    '<html><head><meta name="citation_author" content="Pennywhistle, Augustin Rafe">'
    '<meta name="citation_publication_date" content="2020-08"></head><body>'
    "<h2>Granular flows in rotating drums</h2><table>"
    "<tr><td>dc.contributor.advisor</td><td>Okonedo-Lund, Marisa</td><td></td></tr>"
    "<tr><td>dc.contributor.committeeMember</td><td>Tarrant, Hollis B.</td><td></td></tr>"
    "<tr><td>dc.creator</td><td>Pennywhistle, Augustin Rafe</td><td></td></tr>"
    "<tr><td>dc.date.issued</td><td>2020-08-14</td><td></td></tr>"
    "<tr><td>dc.type</td><td>Thesis</td><td>en</td></tr>"
    "<tr><td>thesis.degree.grantor</td><td>University of Quarrington</td><td>en</td></tr>"
    "<tr><td>thesis.degree.level</td><td>Doctoral</td><td>en</td></tr>"
    "</table></body></html>"
)

FORTYFOURTH_BATCH_LAYOUTS = {
    "a-full-item-records-qualified-field-rows-read-as-labelled-fields": (
        _B44_DSPACE,
        "item.html",
        {
            ("Augustin Rafe Pennywhistle", "advisor_phd", "Marisa Okonedo-Lund", None, 2020),
            ("Augustin Rafe Pennywhistle", "jury_member", "Hollis B. Tarrant", 2020, 2020),
            ("Augustin Rafe Pennywhistle", "studied_at", "University of Quarrington", None, 2020),
        },
        set(),
    ),
    "an-eprints-thesis-tags-name-the-author-and-two-turned-names-joined-by-and": (
        '<html><head><meta name="eprints.type" content="thesis">'
        '<meta name="eprints.creators_name" content="Fairhurst, Meriel Anne">'
        '<meta name="eprints.date" content="2018-03">'
        '<meta name="eprints.institution" content="University of Dunmarrow"></head><body>'
        "<h1>Parish memory and the fishing economy</h1><table>"
        "<tr><th>Item Type:</th><td>Thesis (PhD)</td></tr>"
        "<tr><th>Supervisors:</th><td>Achterberg, Lotte and Nwankwo, Emeka</td></tr>"
        "<tr><th>Depositing User:</th><td>Mr Osric Pellinger</td></tr></table></body></html>",
        "30418.html",
        {
            ("Meriel Anne Fairhurst", "advisor_phd", "Lotte Achterberg", None, 2018),
            ("Meriel Anne Fairhurst", "advisor_phd", "Emeka Nwankwo", None, 2018),
            ("Meriel Anne Fairhurst", "studied_at", "University of Dunmarrow", None, 2018),
        },
        {("Meriel Anne Fairhurst", "advisor_phd", "Osric Pellinger", None, 2018)},
    ),
    "a-profile-systems-turned-headline-advising-relationships-and-turned-authors": (
        "<html><head><title>Quennell, Harriet Ann | Scholars</title></head><body>"
        '<header><h1 class="vivo-logo"><a href="/">Ravensmere Scholars</a></h1></header>'
        '<h1 class="fn">Quennell, Harriet Ann <span class="display-title">Professor</span></h1>'
        "<h3>advisor to</h3><ul>"
        "<li>Graduate Advising Relationship with Obi, Chiamaka Ruth (Ph.D. student) "
        "2014 - 2019</li>"
        "<li>Graduate Advising Relationship with Lindahl, Sven (M.S. student) 2016 - 2018</li></ul>"
        "<h3>advisee of</h3><ul><li>Graduate Advising Relationship with Marchetti, Bruno (Ph.D. "
        "advisor, Kelsall University) 2002 - 2007</li></ul>"
        "<h3>selected publications</h3><ul><li>Drainage of cracking clays. Obi, Chiamaka Ruth; "
        "Quennell, Harriet Ann; Voss, Dietmar. Soil Science. 2019</li></ul></body></html>",
        "n4821.html",
        {
            ("Chiamaka Ruth Obi", "advisor_phd", "Harriet Ann Quennell", 2014, 2019),
            ("Sven Lindahl", "advisor_other", "Harriet Ann Quennell", 2016, 2018),
            ("Harriet Ann Quennell", "advisor_phd", "Bruno Marchetti", 2002, 2007),
            ("Chiamaka Ruth Obi", "coauthor", "Dietmar Voss", None, None),
            ("Harriet Ann Quennell", "coauthor", "Dietmar Voss", None, None),
        },
        set(),
    ),
    "a-thesis-records-institution-tag-and-a-programme-in-capitals": (
        '<html><head><meta name="citation_author" content="Cavalcanti, Irene">'
        '<meta name="citation_publication_date" content="2021">'
        '<meta name="citation_dissertation_institution" content="Università degli Studi di '
        'Montebruno"></head><body><h1>Fatigue of welded joints</h1><table>'
        '<tr><td class="label">Tutor:</td><td>Serafini, Ottavio</td></tr>'
        '<tr><td class="label">Coordinatore:</td><td>Bassani, Guido</td></tr>'
        '<tr><td class="label">PhD programme:</td><td>INGEGNERIA MECCANICA</td></tr>'
        "</table></body></html>",
        "tesi.html",
        {
            ("Irene Cavalcanti", "advisor_phd", "Ottavio Serafini", None, 2021),
            ("Irene Cavalcanti", "studied_at", "Università degli Studi di Montebruno", None, 2021),
        },
        {
            ("Irene Cavalcanti", "studied_at", "INGEGNERIA MECCANICA", None, 2021),
            ("Irene Cavalcanti", "advisor_phd", "Guido Bassani", None, 2021),
        },
    ),
    "a-records-role-headings-over-turned-names-with-their-posts": (
        '<html><head><meta name="citation_author" content="Ekström, Maja">'
        '<meta name="citation_publication_date" content="2022">'
        '<meta name="citation_dissertation_institution" content="Halvik Institute of Technology">'
        "</head><body><h1>Corrosion fatigue of mooring chains</h1>"
        "<h2>Opponent</h2><ul><li>Delacroix, Amaury, Professor, University of Trevose</li></ul>"
        "<h2>Supervisors</h2><ul><li>Lund, Per, Professor, Halvik Institute of Technology</li>"
        "<li>Virtanen, Aino, Docent, Halvik Institute of Technology</li></ul></body></html>",
        "diva.html",
        {
            ("Maja Ekström", "jury_reviewer", "Amaury Delacroix", 2022, 2022),
            ("Maja Ekström", "advisor_phd", "Per Lund", None, 2022),
            ("Maja Ekström", "advisor_phd", "Aino Virtanen", None, 2022),
        },
        {
            ("Maja Ekström", "employed_at", "Halvik Institute of Technology", None, None),
            ("Maja Ekström", "employed_at", "University of Trevose", None, None),
        },
    ),
    "a-belgian-records-president-particle-name-and-dashed-acronym": (
        '<html><head><meta name="citation_author" content="Wauters, Lise">'
        '<meta name="citation_date" content="2019">'
        '<meta name="citation_dissertation_institution" content="Université de Ferrières"></head>'
        "<body><h1>Écologie des mares forestières</h1><dl>"
        "<dt>Institution</dt><dd>UFe - Université de Ferrières, Belgique</dd>"
        "<dt>Promoteur</dt><dd>Van den Broeck, Pieter</dd>"
        "<dt>Président du jury</dt><dd>Lambotte, Xavier</dd></dl></body></html>",
        "orbi.html",
        {
            ("Lise Wauters", "advisor_phd", "Pieter Van den Broeck", None, 2019),
            ("Lise Wauters", "jury_president", "Xavier Lambotte", 2019, 2019),
            ("Lise Wauters", "studied_at", "Université de Ferrières", None, 2019),
        },
        {("Lise Wauters", "studied_at", "UFe", None, 2019)},
    ),
    "a-label-item-over-one-item-per-supervisor-of-a-masters-record": (
        '<html><head><meta name="citation_author" content="Brandvold, Sigrun">'
        "</head><body><h1>Urban bat acoustics</h1><ul><li>Brandvold, Sigrun</li>"
        "<li>Supervisors:</li><li>Oyelaran, Temitope</li><li>Castell, Rhodri</li>"
        "<li>Contact person:</li><li>Pryce, Gwilym</li></ul>"
        "<dl><dt>Awarding university</dt><dd>University of Saltern</dd>"
        "<dt>Thesis type</dt><dd>Master's thesis</dd><dt>Defense date</dt><dd>June 2, 2023</dd>"
        "</dl><p>Resource type: Thesis</p></body></html>",
        "zenodo.html",
        {
            ("Sigrun Brandvold", "advisor_other", "Temitope Oyelaran", None, 2023),
            ("Sigrun Brandvold", "advisor_other", "Rhodri Castell", None, 2023),
        },
        {
            ("Sigrun Brandvold", "advisor_phd", "Temitope Oyelaran", None, None),
            ("Sigrun Brandvold", "advisor_other", "Gwilym Pryce", None, 2023),
        },
    ),
    "an-open-archives-text-copy-author-marks-fields-and-jury-role-titles": (
        "HAL Id : tel-01234567\n\nThèse  Année : 2021\n\nHoule et transport sédimentaire\n\n"
        "   Romane Kerhervé^1\n   ^1 LGO - Laboratoire de Géosciences Océan\n\n"
        "   Type de document : Thèses\n   Date de soutenance : 3 juin 2021\n"
        "   Établissement de soutenance : Université de Lannilis\n"
        "   Discipline : Océanographie\n\n   Directeur de thèse : Loïc Abgrall\n\n"
        "   Composition du jury :\n     Président :\n       M. Hervé PIRIOU, Professeur, "
        "Université de Lannilis\n     Rapporteurs :\n       Mme Inès BOUZID, DR CNRS\n"
        "     Examinateurs :\n       M. Tanguy LE BRAS, MCF, Université de Lannilis\n",
        "tel.txt",
        {
            ("Romane Kerhervé", "advisor_phd", "Loïc Abgrall", None, 2021),
            ("Romane Kerhervé", "jury_president", "Hervé Piriou", 2021, 2021),
            ("Romane Kerhervé", "jury_reviewer", "Inès Bouzid", 2021, 2021),
            ("Romane Kerhervé", "jury_examiner", "Tanguy Le Bras", 2021, 2021),
            ("Romane Kerhervé", "studied_at", "Université de Lannilis", None, 2021),
        },
        set(),
    ),
    "a-quebec-memoires-turned-author-research-director-and-apa-citation": (
        "Dépôt institutionnel\n\nAccueil › Département de biologie › Mémoires\n\n"
        "Dynamique des tourbières boréales\n\nBeaulieu-Ouellet, Justine\n\n"
        "Directeur de recherche :  Gosselin, Marc-André\n"
        "Codirecteur de recherche :  Nakamura, Keiko\n\n"
        "Date de publication :  2021-05-03\n\nType :  Mémoire de maîtrise / Master's thesis\n"
        "Grade :  M. Sc.\nDiscipline :  Biologie\n\nCiter cette notice\n"
        "Beaulieu-Ouellet, J. (2021). Dynamique des tourbières boréales [Mémoire de maîtrise, "
        "Université de Saint-Léonard]. Corpus.\n",
        "notice.txt",
        {
            ("Justine Beaulieu-Ouellet", "advisor_other", "Marc-André Gosselin", None, 2021),
            ("Justine Beaulieu-Ouellet", "advisor_other", "Keiko Nakamura", None, 2021),
            ("Justine Beaulieu-Ouellet", "studied_at", "Université de Saint-Léonard", None, 2021),
        },
        set(),
    ),
    "a-search-results-list-of-thesis-records-speaks-for-each-author": (
        "<html><head><title>OATD — search results</title></head><body>"
        "<p>Tidal mixing in fjords</p><p>by Haddad-Lowe, Samira</p>"
        "<p>Institution: Corrymore University<br>Degree: PhD<br>Year: 2019<br>"
        "Keywords: fjords; mixing</p>"
        "<p>Advisors/Committee Members: Pemberton, Alisdair (advisor), Kato, Yumi (committee "
        "member).</p><p>Cite this Record: APA · MLA</p>"
        "<p>Ice melange rheology</p><p>by Oduya, Brendan</p>"
        "<p>Institution: Hollin State University<br>Degree: MS<br>Year: 2021</p>"
        "<p>Advisors/Committee Members: Frey, Marguerite (advisor).</p></body></html>",
        "search.html",
        {
            ("Samira Haddad-Lowe", "advisor_phd", "Alisdair Pemberton", None, 2019),
            ("Samira Haddad-Lowe", "jury_member", "Yumi Kato", 2019, 2019),
            ("Samira Haddad-Lowe", "studied_at", "Corrymore University", None, 2019),
            ("Brendan Oduya", "advisor_other", "Marguerite Frey", 2021, 2021),
        },
        {("Samira Haddad-Lowe", "studied_at", "APA", None, 2019)},
    ),
    "a-portals-supervised-theses-table-names-the-author-and-the-owners-role": (
        "<html><head><title>Prof. Dr. Ilsabe Rautenberg - Supervised theses</title></head><body>"
        "<h1>Prof. Dr. Ilsabe Rautenberg</h1><h2>Supervised theses</h2><table>"
        "<tr><th>Title</th><th>Author</th><th>Type of thesis</th><th>Role</th><th>Year</th></tr>"
        "<tr><td>Spray cooling of turbine blades</td><td>Joris Vandamme</td>"
        "<td>Doctoral thesis</td><td>Second supervisor</td><td>2022</td></tr>"
        "<tr><td>Swirl flames at high pressure</td><td>Paloma Riesco</td>"
        "<td>Doctoral thesis</td><td>Reviewer</td><td>2020</td></tr></table></body></html>",
        "theses.html",
        {
            ("Joris Vandamme", "advisor_phd", "Ilsabe Rautenberg", None, 2022),
            ("Paloma Riesco", "jury_reviewer", "Ilsabe Rautenberg", 2020, 2020),
        },
        {("Paloma Riesco", "advisor_phd", "Ilsabe Rautenberg", None, 2020)},
    ),
    "a-repository-search-page-is-nobodys-and-its-advisor-facet-no-advisor": (
        "Brackenfell Digital Commons — Search results\nHome | Browse | About\n\n"
        "Narrow Search\n\n  Advisor\n    Lindqvist, Åsa Marianne (4)\n    Okoro, Ifeanyi (3)\n\n"
        "  Committee Member\n    Strathearn, Imelda (6)\n\nResults\n\n"
        "1. Rhizosphere assembly under drought\n   Kovalenko-Sayers, Yuliya\n"
        "   Dissertation, 2024\n",
        "search.txt",
        set(),
        {
            ("Brackenfell Digital Commons", "advisor_phd", "Committee Member", None, None),
            ("Brackenfell Digital Commons", "advisor_phd", "Yuliya Dissertation", None, 2024),
        },
    ),
    "a-repository-collection-page-has-no-owner": (
        "<html><head><title>Theses collection | Research Repository</title></head><body>"
        "<h2>Doctoral Programme in Materials: Theses</h2>"
        "<h3>Collection administrators</h3><ul><li>Dr Wilhelmina Strand (Programme Director)"
        "</li></ul><h3>Recent Submissions</h3><ul><li>Recyclable resins<br>Amadi, Chuka "
        "(2024-02-16)</li></ul><div><a href='/b'>By Issue Date</a><a href='/a'>Authors</a>"
        "<a href='/t'>Titles</a><a href='/s'>Subjects</a></div><footer><div>DSpace software "
        "copyright © 2002-2016 DuraSpace</div><div>Contact Us</div></footer></body></html>",
        "collection.html",
        set(),
        {
            ("Wilhelmina Strand", "advisor_phd", "DuraSpaceContact Us", None, None),
            ("Wilhelmina Strand", "advisor_phd", "Issue DateAuthorsTitles", None, None),
            ("Wilhelmina Strand", "advisor_phd", "Issue DateAuthorsTitlesSubjects", None, None),
        },
    ),
}


# Every batch's layouts; (page, source file name, facts it must state, facts it must not).

FORTYFIFTH_BATCH_LAYOUTS = {
    "tailwind-shows-the-desktop-copy-and-hides-the-phone-copy-of-one-line": (
        _html(
            "Oskar Lindgren-Mbeki · Robotics",
            "<h1>Oskar Lindgren-Mbeki</h1>"
            '<p class="block md:hidden">PhD student @ NTU · advised by R. Quist</p>'
            '<p class="hidden md:block">I am a PhD student at Nordvik Technical University, '
            "advised by Rikard Quist.</p>",
        ),
        "index.html",
        {("Oskar Lindgren-Mbeki", "advisor_phd", "Rikard Quist", None, None)},
        {("Oskar Lindgren-Mbeki", "advisor_phd", "R. Quist", None, None)},
    ),
    "a-grid-card-of-name-role-years-and-co-advisor-is-one-student-entry": (
        _html(
            "Ines Halloran-Pike",
            "<h1>Ines Halloran-Pike</h1><h2>Group</h2><h3>Ph.D. students</h3>"
            '<div class="grid"><div class="card"><p class="name">Tobiah Osei-Lund</p>'
            "<p>Ph.D. student, 2022– (co-advised with Maren Strand)</p><p>Flood risk</p></div>"
            '<div class="card"><p class="name">Dr. Ama Kessler</p><p>Ph.D. student, 2021–</p>'
            "</div></div>",
        ),
        "index.html",
        {
            ("Tobiah Osei-Lund", "advisor_phd", "Ines Halloran-Pike", 2022, None),
            ("Tobiah Osei-Lund", "advisor_phd", "Maren Strand", 2022, None),
            ("Ama Kessler", "advisor_phd", "Ines Halloran-Pike", 2021, None),
        },
        set(),
    ),
    "a-date-cell-beside-its-entry-box-dates-the-phd-a-sentence-names-the-advisor-of": (
        _html(
            "Rosa Quillfeather",
            "<h1>Rosa Quillfeather</h1><h2>About</h2>"
            "<p>I study how birds navigate at night. Since 2023 I am a postdoc in the lab of "
            "Anders Velt at the University of Eastholm, where I track migrants.</p>"
            "<p>I did my PhD at Corran University under the supervision of Mirjam Obi.</p>"
            '<h2>Experience</h2><div class="css-1wq8h2r"><div class="css-9bd7s0">2023 — now</div>'
            '<div><div class="css-1r5">Postdoctoral Fellow</div><div>University of Eastholm</div>'
            '</div><div class="css-9bd7s0">2018 — 2023</div><div><div class="css-1r5">PhD in '
            "Biology</div><div>Corran University</div></div></div>",
        ),
        "index.html",
        {
            ("Rosa Quillfeather", "advisor_phd", "Mirjam Obi", 2018, 2023),
            ("Rosa Quillfeather", "studied_at", "Corran University", 2018, 2023),
            ("Rosa Quillfeather", "advisor_postdoc", "Anders Velt", 2023, None),
        },
        {
            ("Rosa Quillfeather", "advisor_phd", "Mirjam Obi", 2023, None),
            ("Rosa Quillfeather", "advisor_phd", "Mirjam Obi", None, 2023),
        },
    ),
    "a-newsletter-about-page-introduces-its-writer-under-who-i-am": (
        _html(
            "About - Ledger Lines",
            "<h2>About</h2><p>Ledger Lines is a newsletter on public finance, twice a month.</p>"
            "<h3>Who I am</h3><p>I’m Nell Varga-Oduya, an assistant professor of economics at "
            "Marlow State University (since 2021). I got my PhD from Caldwick University in "
            "2019, where I was advised by Tomas Eberly.</p><h3>Research</h3><ul>"
            "<li><p>“Tax Salience at the Pump” (with Priya Lund and Omar Basri), Journal of "
            "Public Economics, 2023.</p></li><li><p>“Who Pays the Toll?” (with Tomas Eberly), "
            "AEJ: Policy, 2021.</p></li></ul>"
            "<h3>Guest posts</h3><p>Some posts were written by friends: Clara Moss on rents.</p>",
        ),
        "about.html",
        {
            ("Nell Varga-Oduya", "employed_at", "Marlow State University", 2021, None),
            ("Nell Varga-Oduya", "advisor_phd", "Tomas Eberly", None, 2019),
            ("Nell Varga-Oduya", "coauthor", "Priya Lund", None, None),
            ("Nell Varga-Oduya", "coauthor", "Tomas Eberly", None, None),
        },
        {("Nell Varga-Oduya", "coauthor", "Clara Moss", None, None)},
    ),
    "an-about-page-names-its-writer-with-her-position-and-a-caption-dates-nothing": (
        _html(
            "About",
            "<h1>About</h1><figure><figcaption>Diving off Skerry Head, 2022.</figcaption></figure>"
            "<p>Tide Notes is the newsletter of <strong>Maud Penhallow-Reyes</strong>, Reader in "
            "Marine Ecology at the University of Port Annick. She has been at Port Annick since "
            "2015, first as a lecturer.</p><h2>People</h2><h4>Current PhD students</h4><ul>"
            "<li>Iona Brekke (2023–present), co-supervised with Dr. Hamish Tully, urchin "
            "recruitment</li></ul>",
        ),
        "about.html",
        {
            ("Maud Penhallow-Reyes", "employed_at", "University of Port Annick", 2015, None),
            ("Iona Brekke", "advisor_phd", "Maud Penhallow-Reyes", 2023, None),
            ("Iona Brekke", "advisor_phd", "Hamish Tully", 2023, None),
        },
        {("Maud Penhallow-Reyes", "employed_at", "University of Port Annick", 2022, 2022)},
    ),
    "advisors-one-a-line-under-their-heading-and-referees-are-no-advisors": (
        _html(
            "Jan Wolski-Hart",
            "<h1>Jan Wolski-Hart</h1><p>Ph.D. Candidate in Economics<br>Lakemoor University<br>"
            "On the job market 2025–2026</p><h2>Advisors</h2><p>Hedda Marsh (chair)<br>"
            "Rafe Quintana<br>Yuki Tanabe-Orr</p><h2>References</h2>"
            "<p>Hedda Marsh · Rafe Quintana · Bernard Osei-Tutu</p>",
        ),
        "index.html",
        {
            ("Jan Wolski-Hart", "advisor_phd", "Hedda Marsh", None, None),
            ("Jan Wolski-Hart", "advisor_phd", "Rafe Quintana", None, None),
            ("Jan Wolski-Hart", "advisor_phd", "Yuki Tanabe-Orr", None, None),
        },
        {
            ("Jan Wolski-Hart", "advisor_phd", "Bernard Osei-Tutu", None, None),
            ("Jan Wolski-Hart", "studied_at", "Lakemoor University", 2025, 2026),
        },
    ),
    "a-cifre-thesis-with-a-company-and-the-owners-supervision-rate": (
        _html(
            "Maëlle Quéré",
            "<h1>Maëlle Quéré</h1><h2>Encadrement doctoral</h2><ul><li><strong>Erwan Tanguy"
            "</strong> (depuis 2024), thèse CIFRE avec Armor Naval Systèmes, encadrement à "
            "30 %, directeur de thèse : Yann Le Goff.</li></ul>",
        ),
        "index.html",
        {
            ("Erwan Tanguy", "advisor_phd", "Maëlle Quéré", 2024, None),
            ("Erwan Tanguy", "advisor_phd", "Yann Le Goff", 2024, None),
        },
        {("Erwan Tanguy", "advisor_phd", "Armor Naval Systèmes", 2024, None)},
    ),
    "a-masters-entry-ending-with-its-internship-still-names-the-university": (
        _html(
            "À propos | Loïc Ferrand-Saïdi",
            "<h1>Loïc Ferrand-Saïdi</h1><p>Depuis 2024, je suis post-doctorant à l'Inria, sous "
            "la responsabilité d'Iris Castel.</p><h2>Parcours</h2><ul><li><strong>2019 – 2020"
            "</strong> : master 2 Statistique, Université de Quimper-Odet — stage de fin "
            "d'études au CEA Saclay-Est, encadré par Lucien Abergel</li></ul>",
        ),
        "index.html",
        {
            ("Loïc Ferrand-Saïdi", "advisor_postdoc", "Iris Castel", 2024, None),
            ("Loïc Ferrand-Saïdi", "studied_at", "Université de Quimper-Odet", 2019, 2020),
            ("Loïc Ferrand-Saïdi", "advisor_internship", "Lucien Abergel", 2019, 2020),
        },
        {("Loïc Ferrand-Saïdi", "studied_at", "CEA Saclay-Est", 2019, 2020)},
    ),
    "a-design-studio-is-an-employer": (
        _html(
            "Nadia Whitlock-Haddad",
            "<h1>Nadia Whitlock-Haddad</h1><p>Before my PhD I spent four years at Studio Marrow "
            "as a service designer (2016–2020).</p>",
        ),
        "index.html",
        {("Nadia Whitlock-Haddad", "employed_at", "Studio Marrow", 2016, 2020)},
        set(),
    ),
}

FORTYEIGHTH_BATCH_LAYOUTS = {
    "a-blog-comment-thread-speaks-for-its-commenters-not-for-the-owner": (
        _html(
            "Orla Vasquez-Brennan",
            "<h1>Orla Vasquez-Brennan</h1><p>I did my PhD at Dunwick University under the "
            "supervision of Dr Pieter Halloway.</p><div id='comments' class='comments-area'>"
            "<h2>2 responses to “Notes on my viva”</h2><ol class='comment-list'>"
            "<li class='comment'><b class='fn'>Arvid Solheim</b><p>My own supervisor, Prof. "
            "Greta Lindqvist-Oyo, said the same.</p></li></ol>"
            "<h3>Leave a Reply</h3></div>",
        ),
        "index.html",
        {("Orla Vasquez-Brennan", "advisor_phd", "Pieter Halloway", None, None)},
        {("Orla Vasquez-Brennan", "advisor_phd", "Greta Lindqvist-Oyo", None, None)},
    ),
    "a-french-comment-under-a-widget-heading-without-comment-classes-says-nothing": (
        _html(
            "Maëlys Darrigade",
            "<h1>Maëlys Darrigade</h1><p>Je prépare une thèse sous la direction de Paul "
            "Ithurralde.</p><h2>3 réponses sur « À propos »</h2><ul><li>J’avais travaillé sur ce "
            "fonds pour ma thèse, sous la direction de Jean Lacouture-Biscay.</li></ul>",
        ),
        "index.html",
        {("Maëlys Darrigade", "advisor_phd", "Paul Ithurralde", None, None)},
        {("Maëlys Darrigade", "advisor_phd", "Jean Lacouture-Biscay", None, None)},
    ),
    "an-embedded-mastodon-timeline-boosts-other-peoples-news": (
        _html(
            "Idris Fenwick-Aalto",
            "<h1>Idris Fenwick-Aalto</h1><p>I am a Lecturer at Harrowgate University.</p>"
            "<div class='mt-container'><article class='mt-toot mt-toot-boost'><p>So proud: my "
            "student Kofi Brandvold passed his PhD defense today! Thanks to the committee, "
            "Lena Marchetti-Roy and Tove Aasen.</p></article></div>"
            "<blockquote class='twitter-tweet'><p>Postdoc opening with Prof. Ruth Kalnins at "
            "Oldbury University.</p></blockquote>",
        ),
        "index.html",
        {("Idris Fenwick-Aalto", "employed_at", "Harrowgate University", None, None)},
        {
            ("Idris Fenwick-Aalto", "jury_member", "Lena Marchetti-Roy", None, None),
            ("Idris Fenwick-Aalto", "advisor_postdoc", "Ruth Kalnins", None, None),
            ("Idris Fenwick-Aalto", "employed_at", "Oldbury University", None, None),
        },
    ),
    "read-also-teasers-of-other-defences-leave-the-page-its-candidate": (
        _html(
            "Soutenance de thèse de Gwenola Kerbrat-Sy",
            "<h1>Soutenance de thèse de Gwenola Kerbrat-Sy</h1><p>Gwenola Kerbrat-Sy soutiendra "
            "sa thèse le 3 juillet 2025.</p><h3>Composition du jury</h3><ul>"
            "<li>Matteo Rinaldi-Lucas, Professeur, Université de Cordouan &mdash; Rapporteur</li>"
            "<li>Hélène Castagnède, Chercheuse, Ifremer &mdash; Examinatrice</li></ul>"
            "<h2>À lire aussi</h2><h3>Soutenance de thèse de Corentin Abalain</h3><p>Corentin "
            "Abalain soutiendra sa thèse le 12 mars 2025.</p><h3>Prix de thèse pour Yasmine "
            "Dahmani</h3><p>Yasmine Dahmani, dont la thèse était dirigée par Loïc Penhoat, "
            "reçoit le prix de thèse.</p>",
        ),
        "soutenance.html",
        {
            ("Gwenola Kerbrat-Sy", "jury_reviewer", "Matteo Rinaldi-Lucas", 2025, 2025),
            ("Gwenola Kerbrat-Sy", "jury_examiner", "Hélène Castagnède", 2025, 2025),
            ("Yasmine Dahmani", "advisor_phd", "Loïc Penhoat", None, None),
        },
        {("Gwenola Kerbrat-Sy", "advisor_phd", "Loïc Penhoat", None, None)},
    ),
    "people-also-viewed-cards-are-not-members-of-the-pages-school": (
        _html(
            "School of Physics - People",
            "<h1>School of Physics</h1><h2>People also viewed</h2><ul>"
            "<li>Dr Felicity Arnaud-Okoro &ndash; School of Chemistry</li>"
            "<li>Professor Magnus Tveit &ndash; School of Geography</li></ul>",
        ),
        "people.html",
        set(),
        {
            ("Felicity Arnaud-Okoro", "member_of", "School of Physics", None, None),
            ("Magnus Tveit", "member_of", "School of Physics", None, None),
        },
    ),
    "a-team-heads-responsable-label-is-no-supervision-a-postdocs-is": (
        _html(
            "Solenn Guivarc'h",
            "<h1>Solenn Guivarc'h</h1><p>Maîtresse de conférences à l'Université de Plouvenec."
            "</p><h2>Parcours</h2><ul><li>2019–2020 : post-doctorat, Université de Lannilis "
            "(responsable : Agnès Morvan-Sall).</li></ul><h2>L'équipe SYSCOM</h2>"
            "<p>Responsable : Bruno Le Meur</p>",
        ),
        "index.html",
        {("Solenn Guivarc'h", "advisor_postdoc", "Agnès Morvan-Sall", 2019, 2020)},
        {("Solenn Guivarc'h", "advisor_phd", "Bruno Le Meur", None, None)},
    ),
    "an-agenda-sidebars-defence-announcement-is-no-jury-of-the-owner": (
        _html(
            "Yvon Trégarot",
            "<h1>Yvon Trégarot</h1><p>Professeur à l'Université de Plouvenec.</p>"
            "<h2>Agenda</h2><p>21 mars — Soutenance de thèse de Gaëlle Postic</p>",
        ),
        "index.html",
        {("Yvon Trégarot", "employed_at", "Université de Plouvenec", None, None)},
        {("Gaëlle Postic", "jury_member", "Yvon Trégarot", None, None)},
    ),
    "a-tagline-of-topics-under-the-name-is-no-skills-section": (
        _html(
            "Rafe Ashdown-Mbeki",
            "<h1>Rafe Ashdown-Mbeki</h1><h2>Programming languages · type systems · "
            "compilers</h2><p>I received my PhD from Kelvingrove University in 2020, where I was "
            "advised by Prof. Hanne Rasmussen-Ito.</p>",
        ),
        "index.html",
        {
            ("Rafe Ashdown-Mbeki", "advisor_phd", "Hanne Rasmussen-Ito", None, 2020),
            ("Rafe Ashdown-Mbeki", "studied_at", "Kelvingrove University", None, 2020),
        },
        set(),
    ),
    "communications-and-publications-reads-its-papers-author-lists": (
        _html(
            "Iñaki Etxeberri-Sow",
            "<h1>Iñaki Etxeberri-Sow</h1><h2>Communications et publications</h2><ul>"
            "<li>Iñaki Etxeberri-Sow, Hugo Larrart, « Les digues du Béarn, 1830-1880 », "
            "<em>Revue d’histoire des Pyrénées</em>, n° 41, 2024, p. 55-78.</li></ul>",
        ),
        "index.html",
        {("Iñaki Etxeberri-Sow", "coauthor", "Hugo Larrart", None, None)},
        set(),
    ),
    "a-century-in-roman-numerals-is-no-organisation": (
        _html(
            "Anaïs Pédebidou",
            "<h1>Anaïs Pédebidou</h1><p>Depuis 2022, je prépare une thèse à l'Université de "
            "Pau-Adour. Ma thèse porte sur les crues du XIX<sup>e</sup> siècle et du XX siècle."
            "</p>",
        ),
        "index.html",
        {("Anaïs Pédebidou", "studied_at", "Université de Pau-Adour", 2022, None)},
        {
            ("Anaïs Pédebidou", "studied_at", "XIX", 2022, None),
            ("Anaïs Pédebidou", "studied_at", "XX", 2022, None),
        },
    ),
    "a-welcomed-newcomers-former-place-is-not-the-owners-employer": (
        _html(
            "Nkechi Lindahl-Moss",
            "<h1>Nkechi Lindahl-Moss</h1><p>Associate Professor, Brenmoor University.</p>"
            "<h2>News</h2><ul><li>Sep 2024: Welcome to Tariq Olawale-Berg, who joins us as a "
            "postdoc from the University of Senna-Vale.</li></ul>",
        ),
        "index.html",
        {("Nkechi Lindahl-Moss", "employed_at", "Brenmoor University", None, None)},
        {
            ("Nkechi Lindahl-Moss", "employed_at", "University of Senna-Vale", 2024, 2024),
            ("Nkechi Lindahl-Moss", "employed_at", "University of Senna-Vale", None, None),
        },
    ),
    "a-year-before-joined-starts-the-post-it-does-not-end-it": (
        _html(
            "Liv Okonkwo-Strand",
            "<h1>Liv Okonkwo-Strand</h1><p>The lab was founded in 2019 when Liv Okonkwo-Strand "
            "joined Tallow University as an Assistant Professor; she was promoted to Associate "
            "Professor in 2023.</p>",
        ),
        "index.html",
        {("Liv Okonkwo-Strand", "employed_at", "Tallow University", 2019, None)},
        {("Liv Okonkwo-Strand", "employed_at", "Tallow University", 2019, 2019)},
    ),
    "a-portals-author-and-supervisor-roles-with-its-kind-line": (
        "Grainne Oduya-Pryce\nSenior Lecturer, Northmoor University\n\nSupervised work\n"
        "Caring at night: a study\n"
        "Aoife Mac Suibhne (Author), Oduya-Pryce, G. (Supervisor) & Tolan, B. (Supervisor), "
        "2023\nStudent thesis: Doctoral Thesis › Doctor of Philosophy (PhD)\n\n"
        "Research output\n\nNight shifts and care\n\n"
        "Oduya-Pryce, G., Tolan, B. & Mac Suibhne, A., 2024, In: Nursing North. 12, 3.\n\n"
        "Research output: Contribution to journal › Article › peer-review\n",
        "profile.txt",
        {
            ("Aoife Mac Suibhne", "advisor_phd", "Grainne Oduya-Pryce", None, 2023),
            ("Aoife Mac Suibhne", "advisor_phd", "B. Tolan", None, 2023),
            ("Grainne Oduya-Pryce", "coauthor", "Aoife Mac Suibhne", None, None),
        },
        {("Aoife Mac Suibhne", "advisor_other", "Grainne Oduya-Pryce", 2023, 2023)},
    ),
}


FORTYSIXTH_BATCH_LAYOUTS = {
    "czech-and-dutch-grades-before-a-name-end-no-sentence": (
        "Ing. Radka Vondráčková, Ph.D.\nAssistant Professor, Morava Technical University\n\n"
        "EDUCATION\n2012 – 2016   Ph.D. in Cybernetics, Morava Technical University\n"
        "              Supervisor: doc. Ing. Bohumil Šťáva, CSc.\n"
        "              Consultant (co-supervisor): RNDr. Libuše Kroupová, Ph.D.\n",
        "cv.txt",
        {
            ("Radka Vondráčková", "advisor_phd", "Bohumil Šťáva", 2012, 2016),
            ("Radka Vondráčková", "advisor_phd", "Libuše Kroupová", 2012, 2016),
        },
        set(),
    ),
    "lower-case-dutch-titles-in-a-doctoral-committee-sentence": (
        _html(
            "dr. ir. Joost van Houten - Rijksuniversiteit Veldmeer",
            "<h1>dr. ir. Joost van Houten</h1><h2>Biography</h2><p>His PhD thesis (2014) was "
            "supervised by promotor prof. dr. ir. Wim ter Horst. The doctoral committee further "
            "included prof. dr. Gerda von Altenau (Universität Rheinfeld) and dr. ir. Bram 't "
            "Veld.</p>",
        ),
        "index.html",
        {
            ("Joost van Houten", "advisor_phd", "Wim ter Horst", None, 2014),
            ("Joost van Houten", "jury_member", "Gerda von Altenau", 2014, 2014),
            ("Joost van Houten", "jury_member", "Bram 't Veld", 2014, 2014),
        },
        {("Rijksuniversiteit Veldmeer", "advisor_phd", "Wim ter Horst", None, 2014)},
    ),
    "quoted-and-bracketed-nicknames-and-post-nominals-are-no-part-of-the-name": (
        _html(
            'Professor Margit "Gitta" Halloway-Osei FRS FRSE | School of Physics',
            '<h1>Professor Margit "Gitta" Halloway-Osei <span>BSc PhD FRS FRSE</span></h1>'
            "<h2>Research group</h2><p>Current doctoral researchers:</p><ul>"
            '<li>Oluwadamilare "Dami" Ajayi-Brooks (since 2022)</li>'
            "<li>Yu-Ting (Tina) Kao (since 2023; second supervisor: Dr Carys ap Dafydd)</li>"
            "</ul>",
        ),
        "index.html",
        {
            ("Oluwadamilare Ajayi-Brooks", "advisor_phd", "Margit Halloway-Osei", 2022, None),
            ("Yu-Ting Kao", "advisor_phd", "Margit Halloway-Osei", 2023, None),
            ("Yu-Ting Kao", "advisor_phd", "Carys ap Dafydd", 2023, None),
        },
        {("Margit Halloway-Osei", "advisor_phd", "Carys ap Dafydd", 2023, None)},
    ),
    "a-family-first-capitals-owner-takes-the-order-of-the-author-lists": (
        "PHAN Thị Bích Ngọc\nMaîtresse de conférences, Université de Lorvel\n\n"
        "FORMATION\n2014 – 2018  Doctorat en informatique, Université de Lorvel.\n"
        "             Directeur de thèse : Pr Đỗ Minh Quân.\n\n"
        "PUBLICATIONS\n[1] Phan Thị Bích Ngọc, Đỗ Minh Quân. Graph sketches. In Proc. PAKDD "
        "2019, pages 1–12.\n",
        "cv.txt",
        {
            ("Phan Thị Bích Ngọc", "advisor_phd", "Đỗ Minh Quân", 2014, 2018),
            ("Phan Thị Bích Ngọc", "coauthor", "Đỗ Minh Quân", None, None),
        },
        {("Thị Bích Ngọc Phan", "advisor_phd", "Đỗ Minh Quân", 2014, 2018)},
    ),
    "an-owner-with-a-capitals-family-name-is-no-organisation": (
        _html(
            "GAO Shufen | Faculty Homepage | Jinling University",
            "<h2>GAO Shufen</h2><h3>Biography</h3><p>GAO Shufen is a Professor at the School of "
            "Mechanics, Jinling University. She received her Ph.D. degree in 2011 under the "
            "supervision of Prof. MA Chengwei.</p><h3>Students</h3><p><b>Ph.D. students</b></p>"
            "<ul><li>DENG Haoran (2021– )</li></ul>",
        ),
        "index.html",
        {
            ("Shufen Gao", "advisor_phd", "Chengwei Ma", None, 2011),
            ("Haoran Deng", "advisor_phd", "Shufen Gao", 2021, None),
        },
        {
            ("Shufen Gao", "member_of", "GAO Shufen", None, None),
            ("GAO Shufen", "part_of", "School of Mechanics", None, None),
        },
    ),
    "iberian-double-surnames-keep-their-y-and-e": (
        '---\ntitle: CV\nauthor: "Ana Isabel Herrero-Vidal de Castilla"\n---\n\n'
        "## Education\n\n- **PhD**, Universidad de Montearce, 2013–2017  \n"
        "  Advisors: Luis Miguel Ortega de Prado y Sotomayor and Maria da Graça Nogueira\n\n"
        "## Publications\n\n1. Herrero-Vidal de Castilla, A. I., de Sousa e Melo, R. J., & "
        "Nogueira, M. G. (2019). Tagging Galician. *Lingua*, 12, 1–20.\n"
        "2. Herrero-Vidal de Castilla, A. I., & Ortega de Prado y Sotomayor, L. M. (2016). "
        "An analyser. *PLN*, 57, 1–8.\n\n"
        "Postdoc mentor: Rui José de Sousa e Melo.\n",
        "cv.md",
        {
            (
                "Ana Isabel Herrero-Vidal de Castilla",
                "advisor_phd",
                "Luis Miguel Ortega de Prado y Sotomayor",
                2013,
                2017,
            ),
            (
                "Ana Isabel Herrero-Vidal de Castilla",
                "advisor_phd",
                "Maria da Graça Nogueira",
                2013,
                2017,
            ),
            (
                "Ana Isabel Herrero-Vidal de Castilla",
                "coauthor",
                "Maria da Graça Nogueira",
                None,
                None,
            ),
            (
                "Ana Isabel Herrero-Vidal de Castilla",
                "coauthor",
                "Luis Miguel Ortega de Prado y Sotomayor",
                None,
                None,
            ),
        },
        {
            (
                "Ana Isabel Herrero-Vidal de Castilla",
                "advisor_phd",
                "Luis Miguel Ortega de Prado",
                2013,
                2017,
            )
        },
    ),
    "an-mla-first-author-with-two-given-names-and-a-semicolon-inverted-list": (
        _html(
            "Publications – Dr Fionnuala Mac Suibhne",
            "<h1>Publications</h1><ol><li>Krishnamurthy, Anand Kumar, Fionnuala Mac Suibhne, and "
            "Pádraig McGrath. “Heart sounds on phones.” <em>Computing in Cardiology</em>, 2021."
            "</li><li>Ó Ceallaigh, Lorcan; Mac Suibhne, Fionnuala; MacNeill, Gráinne. Low-power "
            "ECG. In: <em>Proc. EMBC</em>, 2019, pp. 1–4.</li></ol>",
        ),
        "publications.html",
        {
            ("Anand Kumar Krishnamurthy", "coauthor", "Fionnuala Mac Suibhne", None, None),
            ("Lorcan Ó Ceallaigh", "coauthor", "Gráinne MacNeill", None, None),
        },
        {
            ("Anand Kumar", "coauthor", "Krishnamurthy", None, None),
            ("Ó. Ceallaigh", "coauthor", "Fionnuala Mac Suibhne", None, None),
        },
    ),
    "a-publications-page-opening-on-the-owners-own-story": (
        _html(
            "Publications – Dr Fionnuala Mac Suibhne",
            "<h1>Publications</h1><p>I did my PhD at the University of Carrowmore (2009–2013) "
            "with Dr Siobhán Ní Dhuibhir and was a postdoctoral fellow at the Deccan Institute "
            "of Technology (2013–2015), hosted by Prof. S. R. Venkataraman.</p><ol><li>F. Mac "
            "Suibhne and P. McGrath, “Wearable ECG,” <em>IEEE Sensors J.</em>, 2020.</li></ol>",
        ),
        "publications.html",
        {
            ("Fionnuala Mac Suibhne", "advisor_phd", "Siobhán Ní Dhuibhir", 2009, 2013),
            ("Fionnuala Mac Suibhne", "advisor_postdoc", "S. R. Venkataraman", 2013, 2015),
            ("Fionnuala Mac Suibhne", "studied_at", "University of Carrowmore", 2009, 2013),
        },
        set(),
    ),
    "a-maiden-name-in-older-papers-is-the-same-person": (
        _html(
            "Dr Halina Brzezińska-Moore | School of Chemistry",
            "<h1>Dr Halina Brzezińska-Moore</h1><h2>Biography</h2><p>Dr Brzezińska-Moore (née "
            "Brzezińska) is a lecturer in physical chemistry.</p><h2>Former PhD students</h2>"
            "<ul><li>Dr Rosalind Teague-Mbatha (née Teague), PhD 2020</li></ul>"
            "<h2>Selected publications</h2><ul><li>Brzezińska, H.; Okonkwo-Lind, P. Ice "
            "surfaces. <i>J. Chem. Phys.</i> <b>2010</b>, 133, 1–9.</li><li>Teague, R.; "
            "Brzezińska-Moore, H. Water clusters. <i>PCCP</i> <b>2019</b>, 21, 2–8.</li></ul>",
        ),
        "index.html",
        {
            ("Halina Brzezińska-Moore", "coauthor", "P. Okonkwo-Lind", None, None),
            ("Rosalind Teague-Mbatha", "coauthor", "Halina Brzezińska-Moore", None, None),
        },
        {
            ("H. Brzezińska", "coauthor", "P. Okonkwo-Lind", None, None),
            ("R. Teague", "coauthor", "Halina Brzezińska-Moore", None, None),
        },
    ),
    "one-name-between-a-grade-and-a-degree-is-a-person": (
        _html(
            "Dr. Eng. Dewi Anggraeni Putri, S.T., M.T. | Lecturer Profile",
            "<h1>Dr. Eng. Dewi Anggraeni Putri, S.T., M.T.</h1><h2>Education</h2><table>"
            "<tr><th>Degree</th><th>Institution</th><th>Year</th><th>Supervisor</th></tr>"
            "<tr><td>M.T.</td><td>Institut Teknologi Cendana</td><td>2008–2010</td>"
            "<td>Prof. Dr. Ir. Soedarmo, M.Sc.</td></tr></table>"
            "<h2>Work history</h2><ul><li>2011–present: Lecturer, Department of Civil "
            "Engineering, Universitas Bahari Selatan</li></ul>",
        ),
        "index.html",
        {
            ("Dewi Anggraeni Putri", "advisor_other", "Soedarmo", 2008, 2010),
            ("Dewi Anggraeni Putri", "studied_at", "Institut Teknologi Cendana", 2008, 2010),
            ("Dewi Anggraeni Putri", "employed_at", "Universitas Bahari Selatan", 2011, None),
        },
        {("Dewi Anggraeni Putri", "employed_at", "Institut Teknologi Cendana", 2008, 2010)},
    ),
    "a-graduate-school-is-a-unit-and-a-host-researcher-a-postdoc-host": (
        _html(
            "SATO Kenji - Miyako Institute of Technology",
            "<h1>SATO Kenji</h1><h2>Career</h2><dl><dt>Apr. 2015 – present</dt><dd>Professor, "
            "Graduate School of Engineering, Miyako Institute of Technology</dd>"
            "<dt>Oct. 2011 – Mar. 2013</dt><dd>JSPS Postdoctoral Fellow, Hirosaki-Minami "
            "University (host researcher: Prof. ONO Takumi)</dd></dl>",
        ),
        "index.html",
        {
            ("Kenji Sato", "employed_at", "Miyako Institute of Technology", 2015, None),
            ("Kenji Sato", "advisor_postdoc", "Takumi Ono", 2011, 2013),
        },
        {
            ("Kenji Sato", "studied_at", "Miyako Institute of Technology", 2015, None),
            ("Kenji Sato", "member_of", "School of Engineering", 2015, None),
        },
    ),
    "a-named-fellowship-with-an-honorary-doctor-is-a-postdoc": (
        _html(
            "Dr Ruth Abernethy-Quaye",
            "<h1>Dr Ruth Abernethy-Quaye</h1><h2>Biography</h2><p>She held a Marie Curie "
            "fellowship (2008–2010) at the Kestrel Institute with Prof. Dr. Dr. h.c. Hannelore "
            "(Lore) Wiegand-Sasse before joining Carrick University in 2010.</p>",
        ),
        "index.html",
        {("Ruth Abernethy-Quaye", "advisor_postdoc", "Hannelore Wiegand-Sasse", 2008, 2010)},
        set(),
    ),
    "a-students-item-naming-the-main-advisor-keeps-the-owner-as-co-advisor": (
        _html(
            "dr. Ilse Vermeulen-Dekker - Universiteit Hoogland",
            "<h1>dr. Ilse Vermeulen-Dekker</h1><h2>PhD candidates</h2><ul>"
            "<li>ir. Daan Kuipers — 2019–2023, copromotor (promotor: prof. dr. Ruud ten Cate)</li>"
            "<li>Noor Bakker MSc — since 2022, daily supervisor</li></ul>"
            "<h3>Stagiaires</h3><ul><li>Léa Morvan (M2, 2022) ; Hugo Tessier (M1, 2024).</li>"
            "</ul>",
        ),
        "index.html",
        {
            ("Daan Kuipers", "advisor_phd", "Ilse Vermeulen-Dekker", 2019, 2023),
            ("Daan Kuipers", "advisor_phd", "Ruud ten Cate", 2019, 2023),
            ("Noor Bakker", "advisor_phd", "Ilse Vermeulen-Dekker", 2022, None),
            ("Hugo Tessier", "advisor_internship", "Ilse Vermeulen-Dekker", 2024, 2024),
        },
        {("Noor Bakker", "advisor_other", "Ilse Vermeulen-Dekker", 2022, None)},
    ),
    "a-titled-subject-opening-a-sentence-holds-no-post": (
        _html(
            "Professor Ada Quillfeather | School of Chemistry",
            "<h1>Professor Ada Quillfeather</h1><h2>Biography</h2><p>Professor Quillfeather "
            "(née Quill) read Chemistry at the University of Tarnbridge (BSc 1995). She joined "
            "the Universidad de Montearce as Profesora Titular in 2009.</p>",
        ),
        "index.html",
        {
            ("Ada Quillfeather", "studied_at", "University of Tarnbridge", None, 1995),
            ("Ada Quillfeather", "employed_at", "Universidad de Montearce", 2009, None),
        },
        {("Ada Quillfeather", "employed_at", "University of Tarnbridge", None, 1995)},
    ),
    "a-thesis-announcement-with-its-related-paper": (
        _html(
            "Soutenance de thèse de M. Youssef Ait Benali",
            "<h1>Soutenance de thèse de M. Youssef Ait Benali</h1><p>Thèse préparée sous la "
            "direction de M. Abd El-Hakim Ould Sidi.</p><p>Travaux associés : Y. Ait Benali, "
            "A. Ould Sidi, « Mortar methods », <em>Comput. Geosci.</em> 28 (2024) 1–20.</p>",
        ),
        "index.html",
        {
            ("Youssef Ait Benali", "advisor_phd", "Abd El-Hakim Ould Sidi", None, None),
            ("Youssef Ait Benali", "coauthor", "Abd El-Hakim Ould Sidi", None, None),
        },
        set(),
    ),
    "a-postdoc-hosted-aupres-du-pr": (
        "Lucie Tran-Marchal\nMaîtresse de conférences\n\nPOSTES\n\n2019 – 2021      "
        "Post-doctorat, Université de Kerlann, auprès du Pr Gaëtan Le Meur.\n",
        "cv.txt",
        {("Lucie Tran-Marchal", "advisor_postdoc", "Gaëtan Le Meur", 2019, 2021)},
        set(),
    ),
    "partner-universities-named-after-people-or-places-are-no-people": (
        _html(
            "International partnerships – Faculty of Science",
            "<h1>International partnerships</h1><table><tr><th>Partner</th><th>Coordinator"
            "</th></tr><tr><td>Ho Chi Minh City University of Technology</td><td>Dr Hoàng Thị "
            "Lan</td></tr><tr><td>Ben Gurion University of the Negev</td><td>Prof. Yaël Ben "
            "Haïm</td></tr><tr><td>Al-Farabi Kazakh National University</td><td>Dr Aigerim "
            "Seitkali</td></tr></table><p>Erasmus+ project — principal investigator: Prof. "
            "Yerlan Abdrakhmanov (Al-Farabi Kazakh National University).</p>",
        ),
        "partners.html",
        set(),
        {
            ("Hoàng Thị Lan", "advisor_phd", "Yaël Ben Haïm", None, None),
            ("Ben Gurion", "employed_at", "University of the Negev", None, None),
        },
    ),
}


# Batch 47: long CVs and supervision pages of senior researchers (numbered and tabled
# students, role-per-clause jury lines, PDF dumps' group titles, prose lists).
FORTYSEVENTH_BATCH_LAYOUTS = {
    "a-heading-of-papers-with-students-is-a-publication-list": (
        _html(
            "Orsolya Vantongeren",
            "<h1>Orsolya Vantongeren</h1><h2>Representative papers with students</h2><ul>"
            "<li>Brandt-Ilunga, K., Osei-Marr, P., &amp; Vantongeren, O. (2021). Tidal mixing. "
            "<em>J. Phys. Oceanogr.</em>, 51, 1–20.</li>"
            "<li>Osei-Marr, P., &amp; Vantongeren, O. (2019). Shelf waves. <em>GRL</em>, 46, "
            "3–9.</li></ul>",
        ),
        "index.html",
        {
            ("K. Brandt-Ilunga", "coauthor", "P. Osei-Marr", None, None),
            ("P. Osei-Marr", "coauthor", "Orsolya Vantongeren", None, None),
        },
        set(),
    ),
    "a-bare-theses-heading-over-ongoing-and-defended-lists-the-owners-students": (
        "---\ntitle: Encadrement\nauthor: Gaëlle Kerbiriou-Sall\n---\n\n## Thèses\n\n"
        "### En cours\n\n1. **Maël Penhoat** — 2024– — co-direction avec Ronan Ily (50 %).\n\n"
        "### Soutenues\n\n1. **Lise Trocmé** (2018–2021, 100 %) — ingénieure, Armorlog.\n",
        "encadrement.md",
        {
            ("Maël Penhoat", "advisor_phd", "Gaëlle Kerbiriou-Sall", 2024, None),
            ("Maël Penhoat", "advisor_phd", "Ronan Ily", 2024, None),
            ("Lise Trocmé", "advisor_phd", "Gaëlle Kerbiriou-Sall", 2018, 2021),
        },
        {
            ("Gaëlle Kerbiriou-Sall", "advisor_phd", "Ronan Ily", 2024, None),
            ("Lise Trocmé", "advisor_other", "Gaëlle Kerbiriou-Sall", 2018, 2021),
        },
    ),
    "a-pdf-dumps-group-titles-over-dated-entries-split-phd-hdr-and-postdoc": (
        "Yvette Rannou-Diallo\nDirectrice de recherche CNRS\n\n"
        "2. Encadrement doctoral\n\n"
        "   Thèses en cours\n"
        "   2024 –           Aziz Lemoal (co-dir. Paol Kervella, 50 %)\n\n"
        "   Thèses soutenues\n"
        "   2016 – 2020      Iona Ferec (co-dir. Paol Kervella) — post-doctorante à "
        "l'EPFL-Léman\n\n"
        "   Garant d'HDR\n"
        "   2022             Paol Kervella (Université de Morlaix-Trégor)\n\n"
        "   Post-doctorants accueillis\n"
        "   2021 – 2023      Tuomas Lehtikari\n\n"
        "3. Participation à des jurys de thèse et d'HDR\n\n"
        "   2024 : rapportrice de Gwenn Bihan (Université de Brest-Élorn), examinatrice de\n"
        "          Sami Oukrid (Université de Lille-Deûle), présidente du jury de Jos Tanguy\n",
        "cv.txt",
        {
            ("Aziz Lemoal", "advisor_phd", "Yvette Rannou-Diallo", 2024, None),
            ("Aziz Lemoal", "advisor_phd", "Paol Kervella", 2024, None),
            ("Iona Ferec", "advisor_phd", "Yvette Rannou-Diallo", 2016, 2020),
            ("Tuomas Lehtikari", "advisor_postdoc", "Yvette Rannou-Diallo", 2021, 2023),
            ("Gwenn Bihan", "jury_reviewer", "Yvette Rannou-Diallo", 2024, 2024),
            ("Sami Oukrid", "jury_examiner", "Yvette Rannou-Diallo", 2024, 2024),
            ("Jos Tanguy", "jury_president", "Yvette Rannou-Diallo", 2024, 2024),
        },
        {
            ("Iona Ferec", "advisor_postdoc", "Yvette Rannou-Diallo", 2016, 2020),
            ("Paol Kervella", "advisor_phd", "Yvette Rannou-Diallo", None, 2022),
            ("Aziz Lemoal", "advisor_phd", "Yvette Rannou-Diallo", None, 2024),
        },
    ),
    "a-dossiers-lettered-items-and-roman-sub-sections-and-wrapped-role-lines": (
        "NOTICE DE TITRES ET TRAVAUX\n\nFabien Roche-Nakata\nProfesseur des Universités\n\n"
        "II. ENCADREMENT\n\nII.1 Thèses dirigées (taux d'encadrement entre parenthèses)\n"
        "T2. Célia Vidalenc (2019-2023), co-direction avec Odile Marsac (50 %).\n"
        "T1. Hugo Brival (2015-2019), direction (100 %). Ingénieur d'application chez Lumio.\n\n"
        "II.3 Stages de recherche\n"
        "Master 2 : Emma Guéret (2024), Yanis Bouaziz (2023).\n\n"
        "III. JURYS\n\nIII.1 Jurys de thèse (12 participations)\n"
        "Rapporteur (4) : Hélène Bastard (Université de Bordeaux-Garonne, 2024) ; Idriss\n"
        "Benaceur (Université de Montpellier-Lez, 2023).\n"
        "Président du jury (2) : Julie Vernhes (Université Clermont-Volcans, 2020).\n",
        "notice.txt",
        {
            ("Célia Vidalenc", "advisor_phd", "Fabien Roche-Nakata", 2019, 2023),
            ("Célia Vidalenc", "advisor_phd", "Odile Marsac", 2019, 2023),
            ("Hugo Brival", "advisor_phd", "Fabien Roche-Nakata", 2015, 2019),
            ("Emma Guéret", "advisor_internship", "Fabien Roche-Nakata", 2024, 2024),
            ("Yanis Bouaziz", "advisor_internship", "Fabien Roche-Nakata", 2023, 2023),
            ("Hélène Bastard", "jury_reviewer", "Fabien Roche-Nakata", 2024, 2024),
            ("Idriss Benaceur", "jury_reviewer", "Fabien Roche-Nakata", 2023, 2023),
            ("Julie Vernhes", "jury_president", "Fabien Roche-Nakata", 2020, 2020),
        },
        {
            ("Hugo Brival", "advisor_other", "Fabien Roche-Nakata", 2015, 2019),
            ("Emma Guéret", "advisor_other", "Fabien Roche-Nakata", 2024, 2024),
            ("Julie Vernhes", "jury_reviewer", "Fabien Roche-Nakata", 2020, 2020),
        },
    ),
    "one-year-line-of-juries-gives-each-role-its-candidates-and-the-year": (
        _html(
            "Margit Aasland-Obi",
            "<h1>Margit Aasland-Obi</h1><h2>Thesis examination</h2><ul>"
            "<li><strong>2024:</strong> external examiner of Bartol Nakamura-Rey (University of "
            "Lindholm); chair of the examining committee of Yara Khatib-Moss (University of "
            "Kettle).</li><li><strong>2022:</strong> internal examiner for Hana Sandvik "
            "(University of Kettle); examining committee member, defence of Luc Fontana-Obi "
            "(Polytechnique Mont-Royal)</li></ul>",
        ),
        "cv.html",
        {
            ("Bartol Nakamura-Rey", "jury_examiner", "Margit Aasland-Obi", 2024, 2024),
            ("Yara Khatib-Moss", "jury_president", "Margit Aasland-Obi", 2024, 2024),
            ("Hana Sandvik", "jury_examiner", "Margit Aasland-Obi", 2022, 2022),
            ("Luc Fontana-Obi", "jury_member", "Margit Aasland-Obi", 2022, 2022),
        },
        {("Yara Khatib-Moss", "jury_examiner", "Margit Aasland-Obi", 2024, 2024)},
    ),
    "a-second-description-under-one-term-keeps-the-terms-year": (
        _html(
            "Jurys – Armelle Kervran",
            "<h1>Armelle Kervran</h1><h2>Jurys de thèse</h2><dl><dt>2024</dt>"
            "<dd>Rapportrice : Quentin Marcel (Université de Toulouse-Garonne).</dd>"
            "<dd>Présidente : Morgane Le Dantec (Université de Grand-Rhône).</dd></dl>",
        ),
        "jurys.html",
        {
            ("Quentin Marcel", "jury_reviewer", "Armelle Kervran", 2024, 2024),
            ("Morgane Le Dantec", "jury_president", "Armelle Kervran", 2024, 2024),
        },
        {("Armelle Kervran", "jury_president", "Morgane Le Dantec", 2024, 2024)},
    ),
    "an-initial-before-a-two-word-family-name-resolves-to-the-student": (
        _html(
            "Tamsin Odegaard-Reyes",
            "<h1>Tamsin Odegaard-Reyes</h1><h2>PhD students</h2><ul>"
            "<li>Lucía Benavides Olmo (2016–2020)</li></ul><h2>Publications</h2><ul>"
            "<li>L. Benavides Olmo, T. Odegaard-Reyes. Sparse shifts. JMLR, 2021.</li></ul>",
        ),
        "cv.html",
        {("Lucía Benavides Olmo", "coauthor", "Tamsin Odegaard-Reyes", None, None)},
        {("L. Benavides Olmo", "coauthor", "Tamsin Odegaard-Reyes", None, None)},
    ),
    "the-owners-own-thesis-sentence-on-a-supervision-page-is-read": (
        _html(
            "Encadrement – Solène Quiviger",
            "<h1>Encadrement et jurys</h1><p>Je suis chargée de recherche Inria. J'ai effectué "
            "ma thèse à l'Université de Brest-Élorn (2005-2008), encadrée par Gérald Bonnet.</p>"
            "<h2>Doctorants</h2><ul><li>Octave Rambert (2021-2024)</li></ul>",
        ),
        "encadrement.html",
        {
            ("Solène Quiviger", "advisor_phd", "Gérald Bonnet", 2005, 2008),
            ("Octave Rambert", "advisor_phd", "Solène Quiviger", 2021, 2024),
        },
        set(),
    ),
    "a-bold-status-under-a-marked-heading-keeps-the-headings-kind": (
        "% Rashmi Oduya-Lind — Curriculum Vitae\n% Professor, Harlow University\n"
        "% Updated: April 2025\n\n# Rashmi Oduya-Lind, PhD, FRSC\n\n"
        "Department of Chemistry · Harlow University · Harlow\n\n"
        "## Supervision\n\n### Doctoral students\n\n**Ongoing:**\n\n"
        "- Tomasz Wiercik (2021–), co-supervised with Dmitri Sokol\n- Nour Haddad (2022–)\n\n"
        "### Research engineers and interns\n\n"
        "- Research engineer: Bogdan Petrov-Lowe (2019–2023)\n",
        "cv.txt",
        {
            ("Tomasz Wiercik", "advisor_phd", "Rashmi Oduya-Lind", 2021, None),
            ("Tomasz Wiercik", "advisor_phd", "Dmitri Sokol", 2021, None),
            ("Nour Haddad", "advisor_phd", "Rashmi Oduya-Lind", 2022, None),
            ("Bogdan Petrov-Lowe", "advisor_other", "Rashmi Oduya-Lind", 2019, 2023),
        },
        {
            ("Nour Haddad", "advisor_other", "Rashmi Oduya-Lind", 2022, None),
            ("Rashmi Oduya-Lind", "studied_at", "Harlow University", None, None),
            ("Bogdan Petrov-Lowe", "advisor_internship", "Rashmi Oduya-Lind", 2019, 2023),
        },
    ),
    "students-named-with-their-years-in-prose-under-a-students-heading": (
        "Marc-Antoine Delaroche-Sy\nProfesseur émérite\n\nÉLÈVES\n\n"
        "Mes premiers doctorants furent Isaure Gantier (1987-1990, co-dirigée avec Raymond "
        "Castel), aujourd'hui professeure, et Patrice Morvan (1989-1993). Vinrent ensuite "
        "Frédéric Challes (1992-1995) et Yacine Merad (1995-1998).\n\n"
        "J'ai également accueilli plusieurs post-doctorants, parmi lesquels Andriy Koval "
        "(2005-2007) et Beatriz Cortés (2016-2018).\n",
        "page.txt",
        {
            ("Isaure Gantier", "advisor_phd", "Marc-Antoine Delaroche-Sy", 1987, 1990),
            ("Isaure Gantier", "advisor_phd", "Raymond Castel", 1987, 1990),
            ("Patrice Morvan", "advisor_phd", "Marc-Antoine Delaroche-Sy", 1989, 1993),
            ("Frédéric Challes", "advisor_phd", "Marc-Antoine Delaroche-Sy", 1992, 1995),
            ("Andriy Koval", "advisor_postdoc", "Marc-Antoine Delaroche-Sy", 2005, 2007),
            ("Beatriz Cortés", "advisor_postdoc", "Marc-Antoine Delaroche-Sy", 2016, 2018),
        },
        {("Raymond Castel", "advisor_phd", "Marc-Antoine Delaroche-Sy", 1987, 1990)},
    ),
    "a-register-rows-other-supervisors-column-adds-the-owner": (
        _html(
            "Alasdair Munro-Achebe | Research Explorer",
            "<h1>Alasdair Munro-Achebe</h1><h2>Supervision</h2><h3>Current doctoral students"
            "</h3><table><tr><th>Student</th><th>Role</th><th>Start</th><th>Other supervisors"
            "</th></tr><tr><td>Morag Ekwueme</td><td>Principal supervisor</td><td>2022</td>"
            "<td>Tobiah Lind</td></tr></table>"
            "<h3>Doctoral examining</h3><p>External examiner: Rita Sousa (University of Caerwen, "
            "2024). Internal examiner: Kenneth Muir (2021).</p>",
        ),
        "profile.html",
        {
            ("Morag Ekwueme", "advisor_phd", "Alasdair Munro-Achebe", 2022, None),
            ("Morag Ekwueme", "advisor_phd", "Tobiah Lind", 2022, None),
            ("Rita Sousa", "jury_examiner", "Alasdair Munro-Achebe", 2024, 2024),
            ("Kenneth Muir", "jury_examiner", "Alasdair Munro-Achebe", 2021, 2021),
        },
        set(),
    ),
    "follow-up-tables-prize-juries-and-appointment-panels-are-no-relations": (
        "---\ntitle: Responsabilités\nauthor: Yolaine Chambard\n---\n\n"
        "## Comités de suivi individuel (CSI)\n\n"
        "| Doctorant·e | Années | Directeur·rice de thèse |\n|---|---|---|\n"
        "| Loïs Marchal | 2021–2024 | Francis Abadie |\n\n"
        "## Jurys de prix et de concours\n\n- Jury du prix de thèse (2021). Lauréat 2021 : "
        "Mathurin Cazal.\n\n## Activities\n\n- Panel member, Lectureship appointment committee "
        "(2021), chaired by Fenella Drum.\n",
        "responsabilites.md",
        set(),
        {
            ("Yolaine Chambard", "advisor_phd", "Francis Abadie", 2021, 2024),
            ("Mathurin Cazal", "jury_member", "Yolaine Chambard", 2021, 2021),
            ("Yolaine Chambard", "jury_president", "Fenella Drum", 2021, 2021),
        },
    ),
    "a-third-person-lead-on-a-students-page-states-the-owners-post": (
        _html(
            "Students and postdocs | Cornelis Abbott-Oke",
            "<h1>Students and postdocs</h1><p><strong>Cornelis Abbott-Oke</strong> is Professor "
            "Emeritus of Oceanography in the Department of Ocean Sciences at Strathvale "
            "University, where he taught from 1989 until his retirement in 2021.</p>"
            "<h2>Doctoral students</h2><ul><li>Ngozi Eze (2018–2023)</li></ul>",
        ),
        "students.html",
        {
            ("Cornelis Abbott-Oke", "employed_at", "Strathvale University", 1989, 2021),
            ("Ngozi Eze", "advisor_phd", "Cornelis Abbott-Oke", 2018, 2023),
        },
        set(),
    ),
}


FORTYNINTH_BATCH_LAYOUTS = {
    "initialled-entries-take-the-owner-named-in-the-front-matter-excerpt-and-footnotes": (
        '---\npermalink: /\ntitle: "Home"\nexcerpt: "Corentin Baylac-Ndour — fluid dynamics"\n'
        "author_profile: true\n---\n\n"
        "I am a CNRS researcher working on turbulent mixing.\n\n"
        "## PhD students\n\n"
        "- Maëlle Oyono-Kerleau (2019–2022)[^a]\n"
        "- Ruben Stavrakis (2024–)\n\n"
        "[^a]: Co-supervised with Hortense Lagarrigue.\n\n"
        "## Papers\n\n"
        "- M. Oyono-Kerleau & C. Baylac-Ndour, *Stratified wakes*, JFM (2022).\n"
        "- C. Baylac-Ndour, H. Lagarrigue & P. Ekwueme, *Plumes*, PRF (2019).\n",
        "index.md",
        {
            ("Maëlle Oyono-Kerleau", "advisor_phd", "Corentin Baylac-Ndour", 2019, 2022),
            ("Maëlle Oyono-Kerleau", "advisor_phd", "Hortense Lagarrigue", 2019, 2022),
            ("Ruben Stavrakis", "advisor_phd", "Corentin Baylac-Ndour", 2024, None),
            ("Maëlle Oyono-Kerleau", "coauthor", "Corentin Baylac-Ndour", None, None),
        },
        {("Ruben Stavrakis", "advisor_phd", "Hortense Lagarrigue", 2024, None)},
    ),
    "an-emeritus-lists-his-students-in-one-sentence-and-his-own-lineage": (
        '---\npermalink: /\ntitle: "À propos"\n---\n\nFernand Lasbordes\n======\n\n'
        "Professeur émérite à l'Université de Gévaudan-Lozère depuis 2020.\n\n"
        "J'ai soutenu ma thèse en 1980 à l'Université de Tarn-Albigeois, comme élève "
        "d'Édouard Vidalenc, lui-même élève de Marius Cayrol.\n\n"
        "Maître-assistant à Tarn-Albigeois (1975-1984), j'ai été nommé professeur à "
        "l'Université de Gévaudan-Lozère en 1984.\n\n"
        "## Élèves\n\n"
        "J'ai dirigé onze thèses, parmi lesquelles celles de Josiane Pradal (1990), de Koffi "
        "Adjovi-Serres (1996, en co-direction avec Roland Tessier) et, enfin, de Bastien "
        "Lhermet (2012).\n\n"
        "Josiane Pradal a ensuite dirigé la thèse de Noémie Castan, soutenue en 2008.\n",
        "about.txt",
        {
            ("Fernand Lasbordes", "advisor_phd", "Édouard Vidalenc", None, 1980),
            ("Édouard Vidalenc", "advisor_phd", "Marius Cayrol", None, None),
            ("Josiane Pradal", "advisor_phd", "Fernand Lasbordes", None, 1990),
            ("Koffi Adjovi-Serres", "advisor_phd", "Fernand Lasbordes", None, 1996),
            ("Koffi Adjovi-Serres", "advisor_phd", "Roland Tessier", None, 1996),
            ("Bastien Lhermet", "advisor_phd", "Fernand Lasbordes", None, 2012),
            ("Noémie Castan", "advisor_phd", "Josiane Pradal", None, 2008),
            ("Fernand Lasbordes", "employed_at", "Université de Tarn-Albigeois", 1975, 1984),
            ("Fernand Lasbordes", "employed_at", "Université de Gévaudan-Lozère", 1984, None),
        },
        {
            ("Josiane Pradal", "advisor_phd", "Roland Tessier", None, 1990),
            ("Bastien Lhermet", "advisor_phd", "Roland Tessier", None, 2012),
            ("Fernand Lasbordes", "advisor_phd", "Marius Cayrol", None, 1980),
        },
    ),
    "a-maitresse-de-conferences-names-her-doctorants-in-relative-clauses": (
        '---\npermalink: /\ntitle: "Gisèle Fabre-Nkodo"\n---\n\n'
        "Je suis maîtresse de conférences à l'Université de Quercy-Lot depuis 2015.\n\n"
        "## Encadrement\n\n"
        "Aurélien Mazeyrie, dont j'ai co-dirigé la thèse avec Pauline Castex de 2016 à 2019, "
        "est aujourd'hui ingénieur. Avec Pauline Castex, j'encadre depuis 2021 la thèse de "
        "Yasmine Kaddouri. Ensuite, Loïc Bessières a commencé en 2023 une thèse que je "
        "co-encadre avec Hugues Delmas.\n\n"
        "J'ai aussi encadré les stages de M1 de Lilou Carrère (2020) et de Sami Belaïd (2022).\n",
        "about.txt",
        {
            ("Aurélien Mazeyrie", "advisor_phd", "Gisèle Fabre-Nkodo", 2016, 2019),
            ("Aurélien Mazeyrie", "advisor_phd", "Pauline Castex", 2016, 2019),
            ("Yasmine Kaddouri", "advisor_phd", "Gisèle Fabre-Nkodo", 2021, None),
            ("Yasmine Kaddouri", "advisor_phd", "Pauline Castex", 2021, None),
            ("Loïc Bessières", "advisor_phd", "Gisèle Fabre-Nkodo", 2023, None),
            ("Loïc Bessières", "advisor_phd", "Hugues Delmas", 2023, None),
            ("Lilou Carrère", "advisor_internship", "Gisèle Fabre-Nkodo", 2020, 2020),
            ("Sami Belaïd", "advisor_internship", "Gisèle Fabre-Nkodo", 2022, 2022),
        },
        set(),
    ),
    "a-jury-in-prose-gives-two-reviewers-a-relative-clause-and-the-examiner-his-own-role": (
        '---\ntitle: "Apolline Vernhes-Diarra"\n---\n\n'
        "J'ai soutenu ma thèse en 2016 à l'Université de Rouergue-Aveyron sous la direction de "
        "Marcel Poujol. Le jury, présidé par Hélène Souyri, comprenait Jules Ardouin et Myriam "
        "Tcheuffa, qui avaient accepté d'en être les rapporteurs, ainsi que Tomas Lindqvist en "
        "qualité d'examinateur.\n",
        "about.txt",
        {
            ("Apolline Vernhes-Diarra", "jury_president", "Hélène Souyri", 2016, 2016),
            ("Apolline Vernhes-Diarra", "jury_reviewer", "Jules Ardouin", 2016, 2016),
            ("Apolline Vernhes-Diarra", "jury_reviewer", "Myriam Tcheuffa", 2016, 2016),
            ("Apolline Vernhes-Diarra", "jury_examiner", "Tomas Lindqvist", 2016, 2016),
        },
        {("Apolline Vernhes-Diarra", "jury_member", "Jules Ardouin", 2016, 2016)},
    ),
    "a-cotutelle-between-two-universities-with-one-director-on-each-side": (
        '---\ntitle: "Accueil"\n---\n\n'
        "Je suis **Eulalie Marchand-Osei**, ATER à l'Université de Comminges pour 2024-2025. "
        "J'achève une thèse en cotutelle entre l'Université de Cerdagne-Têt et l'Università di "
        "Valtellina, dirigée par Gaspard Iturralde côté français et par Chiara Benedetti Rota "
        "côté italien.\n\n## Formation\n\n"
        "• depuis 2022 — Doctorat, cotutelle Université de Cerdagne-Têt / Università di "
        "Valtellina\n\n## Documents de travail\n\n"
        "- Benedetti Rota, C., Marchand-Osei, E. e Iturralde, G. (2024). « Titolo ». WP 12.\n",
        "index.txt",
        {
            ("Eulalie Marchand-Osei", "advisor_phd", "Gaspard Iturralde", 2022, None),
            ("Eulalie Marchand-Osei", "advisor_phd", "Chiara Benedetti Rota", 2022, None),
            ("Eulalie Marchand-Osei", "studied_at", "Université de Cerdagne-Têt", 2022, None),
            ("Eulalie Marchand-Osei", "studied_at", "Università di Valtellina", 2022, None),
            ("Chiara Benedetti Rota", "coauthor", "Eulalie Marchand-Osei", None, None),
            ("Eulalie Marchand-Osei", "employed_at", "Université de Comminges", 2024, 2025),
        },
        {
            ("C. Benedetti Rota", "coauthor", "Eulalie Marchand-Osei", None, None),
            (
                "Eulalie Marchand-Osei",
                "studied_at",
                "Université de Cerdagne-Têt et l'Università di Valtellina",
                None,
                None,
            ),
        },
    ),
    "a-cifre-doctorant-lists-his-advisors-under-encadrement-de-la-these": (
        '---\ntitle: "Mathéo Guillerm"\n---\n\n'
        "Je suis doctorant CIFRE, partagé entre la direction R&D de Ferrovia Labs et le "
        "Laboratoire d'Automatique de la Vilaine (LAV), depuis mars 2024.\n\n"
        "**Encadrement de la thèse**\n\n"
        "- Directrice de thèse : Ophélie Kerambrun, professeure\n"
        "- Co-encadrant : Youssef Mahdaoui (LAV)\n\n## Formation\n\n"
        "<table>\n<tr><td>2022 – 2023</td><td>Master 2, Université de la Vilaine. Stage "
        "(2023) chez Ferrovia Labs, encadré par Brice Le Goff.</td></tr>\n</table>\n\n"
        "## Communications\n\n"
        "- M. Guillerm, Y. Mahdaoui. « Observateurs ». Congrès X, 2024.\n"
        "- M. Guillerm, O. Kerambrun. « Diagnostic ». Congrès Y, 2025.\n",
        "index.txt",
        {
            ("Mathéo Guillerm", "advisor_phd", "Ophélie Kerambrun", 2024, None),
            ("Mathéo Guillerm", "advisor_phd", "Youssef Mahdaoui", 2024, None),
            (
                "Mathéo Guillerm",
                "member_of",
                "Laboratoire d'Automatique de la Vilaine",
                2024,
                None,
            ),
            ("Mathéo Guillerm", "studied_at", "Université de la Vilaine", 2022, 2023),
            ("Mathéo Guillerm", "advisor_internship", "Brice Le Goff", 2023, 2023),
            ("Mathéo Guillerm", "coauthor", "Youssef Mahdaoui", None, None),
        },
        {
            ("Ophélie Kerambrun", "advisor_phd", "Mathéo Guillerm", None, None),
            ("Mathéo Guillerm", "advisor_internship", "Ferrovia Labs", 2023, 2023),
        },
    ),
    "an-english-page-with-french-titles-names-the-examiner-who-joined-and-a-co-advisor-aside": (
        '---\ntitle: "Anouk Villeroy-Mensah"\n---\n\n'
        "I am a postdoc at Kilbride University with Prof. Fergus Alder.\n\n# Parcours\n\n"
        "* **2016 – 2020** · PhD, Sorbonne Val-de-Marne, advised by Odile Brasseur\n\n"
        "# Thèse\n\nDefended in 2020. My committee was chaired by Inès Rabier; the reviewers "
        "were Hal Osterberg and Pia Lund, and Marek Nowak joined as examiner.\n\n"
        "# Encadrement\n\nI co-supervise, with Fergus Alder, the PhD of Callum Reid (2024–).\n",
        "index.txt",
        {
            ("Anouk Villeroy-Mensah", "studied_at", "Sorbonne Val-de-Marne", 2016, 2020),
            ("Anouk Villeroy-Mensah", "jury_reviewer", "Pia Lund", 2020, 2020),
            ("Anouk Villeroy-Mensah", "jury_examiner", "Marek Nowak", 2020, 2020),
            ("Callum Reid", "advisor_phd", "Anouk Villeroy-Mensah", 2024, None),
            ("Callum Reid", "advisor_phd", "Fergus Alder", 2024, None),
        },
        {("Anouk Villeroy-Mensah", "jury_reviewer", "Marek Nowak", 2020, 2020)},
    ),
    "a-quebec-professor-names-her-co-director-and-a-postdoctoral-stay-aupres-du-prof": (
        '---\ntitle: "Rosalie Gendron-Kawa"\n---\n\n'
        "Titulaire d'un doctorat de l'Université de Mauricie (2012), réalisé sous la direction "
        "du professeur Gilles Fortier et la codirection d'Odette Paradis, j'ai ensuite effectué "
        "un stage postdoctoral à l'Université de Cantal-Nord (2012-2014) auprès du Prof. "
        "Yannick Sarrazin.\n",
        "index.txt",
        {
            ("Rosalie Gendron-Kawa", "advisor_phd", "Gilles Fortier", None, 2012),
            ("Rosalie Gendron-Kawa", "advisor_phd", "Odette Paradis", None, 2012),
            ("Rosalie Gendron-Kawa", "advisor_postdoc", "Yannick Sarrazin", 2012, 2014),
        },
        {("Rosalie Gendron-Kawa", "advisor_internship", "Yannick Sarrazin", 2012, 2014)},
    ),
    "a-swiss-maitre-assistante-joined-a-university-as-a-postdoc-after-her-group": (
        '---\ntitle: "Séverine Aeby-Mota"\n---\n\n'
        "Je suis maître assistante à l'Université de Sarine-Broye depuis 2022.\n\n"
        "Après un doctorat à l'Université de Thoune (2012–2016), mené au sein du groupe de "
        "glaciologie, j'ai rejoint l'Université Dauphiné-Isère comme post-doctorante "
        "(2016–2019). J'ai ensuite été collaboratrice scientifique à l'Institut fédéral de "
        "recherches sur la forêt et les avalanches de Sion-Rhône (2019–2022).\n",
        "index.txt",
        {
            ("Séverine Aeby-Mota", "employed_at", "Université de Sarine-Broye", 2022, None),
            ("Séverine Aeby-Mota", "employed_at", "Université Dauphiné-Isère", 2016, 2019),
            (
                "Séverine Aeby-Mota",
                "employed_at",
                "Institut Fédéral de recherches sur la forêt et les avalanches de Sion-Rhône",
                2019,
                2022,
            ),
        },
        {("Séverine Aeby-Mota", "studied_at", "Université Dauphiné-Isère", 2016, 2019)},
    ),
    "a-belgian-charge-de-cours-page-with-his-unit-faculty-doctorate-and-jury": (
        '---\ntitle: "Quentin Vermeiren-Lukusa"\n---\n\n'
        "Je suis chargé de cours à la Faculté des Sciences appliquées de l'Université de "
        "Condroz depuis 2018, où j'anime l'unité de recherche *Génie des Procédés Durables* "
        "(GPD). Auparavant, post-doctorant au Norsk institutt for vannforskning (2014-2018).\n\n"
        "Docteur en sciences de l'ingénieur de l'Université de Condroz (2014). Mon jury était "
        "composé du Prof. Marc Delvigne (président), du Prof. Ann Peeters (secrétaire) et du "
        "Dr Omar Touré.\n",
        "index.txt",
        {
            ("Quentin Vermeiren-Lukusa", "employed_at", "Université de Condroz", 2018, None),
            (
                "Quentin Vermeiren-Lukusa",
                "member_of",
                "Génie des Procédés Durables",
                2018,
                None,
            ),
            (
                "Quentin Vermeiren-Lukusa",
                "member_of",
                "Faculté des Sciences appliquées",
                2018,
                None,
            ),
            ("Quentin Vermeiren-Lukusa", "studied_at", "Université de Condroz", None, 2014),
            ("Quentin Vermeiren-Lukusa", "jury_president", "Marc Delvigne", 2014, 2014),
            ("Quentin Vermeiren-Lukusa", "jury_member", "Omar Touré", 2014, 2014),
        },
        {
            ("Quentin Vermeiren-Lukusa", "employed_at", "Université de Condroz", 2014, 2014),
            ("Quentin Vermeiren-Lukusa", "member_of", "Faculté des Sciences", 2018, None),
        },
    ),
    "a-teaching-page-names-course-responsables-and-the-degrees-taught-nobody-advised": (
        '---\nlayout: archive\ntitle: "Enseignements"\nauthor: Clémence Haudebourg\n---\n\n'
        "J'enseigne en licence de chimie et en master « Catalyse » à l'Université de "
        "Saintonge.\n\n## Années précédentes\n\n"
        "* 2019–2023 : TP de chimie en L1 (responsable : Benoît Arrighi), TD en L2 (cours de "
        "Lina Moretti).\n",
        "teaching.md",
        set(),
        {
            ("Clémence Haudebourg", "studied_at", "Université de Saintonge", None, None),
            ("Clémence Haudebourg", "advisor_phd", "Benoît Arrighi", 2019, 2023),
            ("Clémence Haudebourg", "advisor_postdoc", "Benoît Arrighi", 2019, 2023),
        },
    ),
    "an-about-page-says-what-its-owner-teaches-in-licence-and-master-no-studies": (
        '---\ntitle: "Clémence Haudebourg"\n---\n\n'
        "Je suis maîtresse de conférences depuis 2017. J'enseigne en licence de chimie et en "
        "master à l'Université de Saintonge. J'ai obtenu mon doctorat à l'Université de "
        "Cognac-Charente en 2016.\n",
        "index.md",
        {("Clémence Haudebourg", "studied_at", "Université de Cognac-Charente", None, 2016)},
        {("Clémence Haudebourg", "studied_at", "Université de Saintonge", None, None)},
    ),
    "a-unit-named-with-commas-reads-whole-up-to-the-acronym-its-initials-spell": (
        '---\ntitle: "Hery Randrianasolo"\n---\n\n'
        "Chargé de recherche IRD depuis 2019, je travaille au sein de l'UMR Eaux, Sédiments "
        "et Bassins (ESB) sur l'érosion des bassins versants.\n",
        "index.txt",
        {("Hery Randrianasolo", "member_of", "UMR Eaux, Sédiments et Bassins", 2019, None)},
        {("Hery Randrianasolo", "member_of", "UMR Eaux", 2019, None)},
    ),
}


# Batch 50 (researchers' CVs saved from a PDF, third round): pdftotext's letter-spaced and
# small-capitals titles, dumps without blank lines, a sidebar read across, a date column
# pdfminer wrote apart, a jury table read column by column, hanging-indent entries.
FIFTIETH_BATCH_LAYOUTS = {
    "a-supervised-engineers-own-post-is-the-kind-a-tutors-post-is-not": (
        "Solène Kerhervé-Diallo\nDirectrice de recherche CNRS\n\n"
        "Ingénieurs et stagiaires\n"
        "2023             Armelle Le Quéau, ingénieure d'études (12 mois)\n\n"
        "Formation\n"
        "Juil. 2009       Stage d'initiation à la recherche (L2), Station biologique de Penvénan\n"
        "                 Tuteur : M. Gwenaël TREGUER, ingénieur d'études\n",
        "cv.txt",
        {
            ("Armelle Le Quéau", "advisor_other", "Solène Kerhervé-Diallo", 2023, 2023),
        },
        {
            ("Armelle Le Quéau", "advisor_internship", "Solène Kerhervé-Diallo", 2023, 2023),
            ("Solène Kerhervé-Diallo", "advisor_other", "Gwenaël Treguer", 2009, 2009),
        },
    ),
    "letter-spaced-capitals-titles-name-their-sections": (
        "                      M A R G I T   O Y E L A R A N - V O S S\n"
        "               Assistant Professor, Department of Physics, Tamsworth University\n\n"
        "E D U C AT I O N\n\n"
        "2012 – 2017          Ph.D., Physics, Holloway Institute of Technology\n"
        "                     Advisor: Prof. Ansgar Lindqvist-Mba\n\n"
        "A D V I S I N G\n\n"
        "Undergraduate researchers\n"
        "  •      Peter Haldane (2021 – 2022), Rosa Ekwueme-Tan (2022 – 2023)\n\n"
        "D I S S E R TAT I O N   C O M M I T T E E S\n\n"
        "2023                 Jonas Abernathy-Kim, Ph.D. Physics, Tamsworth University\n",
        "cv.txt",
        {
            ("Margit Oyelaran-Voss", "advisor_phd", "Ansgar Lindqvist-Mba", 2012, 2017),
            ("Peter Haldane", "advisor_other", "Margit Oyelaran-Voss", 2021, 2022),
            ("Rosa Ekwueme-Tan", "advisor_other", "Margit Oyelaran-Voss", 2022, 2023),
            ("Jonas Abernathy-Kim", "jury_member", "Margit Oyelaran-Voss", 2023, 2023),
        },
        set(),
    ),
    "small-capitals-titles-in-a-dump-without-blank-lines": (
        "D R H ESTER Q UILLIGAN -A DJEI\n"
        "Royal Society University Research Fellow\n"
        "E DUCATION\n"
        "PhD in Astronomy, University of Pellow\n"
        "2013–2017\n"
        "Supervisors: Prof. Idris Karlsson-Obi and Dr Una Feeney\n"
        "MPhys Physics with Astronomy, University of Carrowmore\n"
        "2009–2013\n"
        "S UPERVISION\n"
        "PhD students\n"
        "◦ Niamh Adebayo-Roche (2022–), primary supervisor\n"
        "MSc by Research\n"
        "◦ Tobiah Verhoeven (2022–2023), thesis on spectral fitting with GalFiK\n"
        "Undergraduate summer students: Ffion Reid (2023), Omar Lindgren-Sy (2024)\n"
        "PhD EXAMINING\n"
        "External examiner: Cerys Mallory-Obi (University of Dunkellan, 2023); Hamza Ortiz\n"
        "(University of Brenfield, 2024)\n"
        "Internal examiner: Saoirse Okafor-Byrne (2022)\n",
        "cv.txt",
        {
            ("Hester Quilligan-Adjei", "advisor_phd", "Idris Karlsson-Obi", 2013, 2017),
            ("Hester Quilligan-Adjei", "studied_at", "University of Carrowmore", 2009, 2013),
            ("Niamh Adebayo-Roche", "advisor_phd", "Hester Quilligan-Adjei", 2022, None),
            ("Tobiah Verhoeven", "advisor_other", "Hester Quilligan-Adjei", 2022, 2023),
            ("Ffion Reid", "advisor_internship", "Hester Quilligan-Adjei", 2023, 2023),
            ("Omar Lindgren-Sy", "advisor_internship", "Hester Quilligan-Adjei", 2024, 2024),
            ("Hamza Ortiz", "jury_examiner", "Hester Quilligan-Adjei", 2024, 2024),
            ("Saoirse Okafor-Byrne", "jury_examiner", "Hester Quilligan-Adjei", 2022, 2022),
        },
        {
            ("Tobiah Verhoeven", "advisor_phd", "Hester Quilligan-Adjei", 2022, 2023),
            ("Tobiah Verhoeven", "advisor_other", "Gal FiK", 2022, 2023),
            (
                "Hester Quilligan-Adjei",
                "employed_at",
                "Royal Society University Research Fellow",
                None,
                None,
            ),
        },
    ),
    "a-doctorante-names-her-directors-in-the-header-columns": (
        "Lila ABOUBAKAR-FERRAND                                      Doctorante en géochimie\n"
        "Directeurs de thèse : Mathieu CORVELLEC et Nadia OUEDRAOGO-RIVAL          2e année\n"
        "Université de Bas-Quercy¹\n\n\n"
        "Expériences de recherche\n\n"
        " Févr. – juil. 2023   Stage de Master 2, Institut des Sols de Cahors\n"
        "                      Encadrante : Dr Maud LEBRETON-SY\n\n"
        " Juin 2021            Stage d’initiation à la recherche (L2), Station de Figeac\n"
        "                      Tuteur : M. Loïc VERNHES, ingénieur d’études\n\n"
        " ¹ Thèse en cotutelle depuis 2024.\n",
        "cv.txt",
        {
            ("Lila Aboubakar-Ferrand", "advisor_phd", "Mathieu Corvellec", None, None),
            ("Lila Aboubakar-Ferrand", "advisor_phd", "Nadia Ouedraogo-Rival", None, None),
            ("Lila Aboubakar-Ferrand", "advisor_internship", "Maud Lebreton-Sy", 2023, 2023),
            ("Lila Aboubakar-Ferrand", "advisor_internship", "Loïc Vernhes", 2021, 2021),
        },
        {
            ("Lila Aboubakar-Ferrand", "advisor_other", "Loïc Vernhes", 2021, 2021),
            ("Lila Aboubakar-Ferrand", "studied_at", "Université de Bas-Quercy1", None, None),
        },
    ),
    "a-thesis-cover-read-column-by-column-gives-each-member-their-role": (
        "Thèse de doctorat de l’université Paris-Orsonville\n\n"
        "Thèse préparée dans l’unité de recherche Laboratoire de Physique de l’Orge\n"
        "(Université Paris-Orsonville, CNRS, École des Mines d’Orge), sous la direction de\n"
        "Hélène MARCHAIS-DIOP, professeure, et le co-encadrement de Yann LE GOFF-SALL,\n"
        "ingénieur-chercheur au CEA Orsonville\n\n"
        "Thèse soutenue à Orsonville, le 2 juillet 2024, par\n\n"
        "Paulin VASSEUR-ADÉKAMBI\n\n"
        "Composition du jury\n\n"
        "Agnès TROUVÉ\nProfesseure, Université de Douai\n"
        "Rainer HOLTZMANN\nProfessor, Universität Wendelstein\n"
        "Claire NDONG-MOREAU\nChargée de recherche, CNRS\n\n"
        "Présidente\n\nRapporteur & Examinateur\n\nExaminatrice\n",
        "these.txt",
        {
            ("Paulin Vasseur-Adékambi", "advisor_phd", "Hélène Marchais-Diop", None, 2024),
            ("Paulin Vasseur-Adékambi", "advisor_phd", "Yann Le Goff-Sall", None, 2024),
            ("Paulin Vasseur-Adékambi", "jury_president", "Agnès Trouvé", 2024, 2024),
            ("Paulin Vasseur-Adékambi", "jury_reviewer", "Rainer Holtzmann", 2024, 2024),
            ("Paulin Vasseur-Adékambi", "jury_examiner", "Claire Ndong-Moreau", 2024, 2024),
        },
        {
            ("Paulin Vasseur-Adékambi", "studied_at", "CNRS", None, None),
            ("Paulin Vasseur-Adékambi", "employed_at", "CEA Orsonville", None, None),
            ("CNRS", "part_of", "Université Paris-Orsonville", None, None),
        },
    ),
    "a-layout-table-of-juries-under-a-long-numbered-title": (
        "Hortense ABIDJI-KERMARREC\nDirectrice de recherche CNRS\n\n"
        "1. Parcours\n\n"
        "  2010 – 2012     Post-doctorat, Universität Grünhain, groupe du Pr. Jens Falkenrath\n\n\n"
        "3. Participation à des jurys de thèse et d’HDR\n\n"
        "  Année   Candidat·e                  Établissement                 Rôle\n"
        "  2024    Yves Lambotte-Ouali         Université de Saintonge       Rapportrice\n"
        "  2023    Aurore Kieffer-Bah (HDR)  Université de Vesoul-Saône      Examinatrice\n",
        "cv.txt",
        {
            ("Hortense Abidji-Kermarrec", "advisor_postdoc", "Jens Falkenrath", 2010, 2012),
            ("Yves Lambotte-Ouali", "jury_reviewer", "Hortense Abidji-Kermarrec", 2024, 2024),
            ("Aurore Kieffer-Bah", "jury_examiner", "Hortense Abidji-Kermarrec", 2023, 2023),
        },
        {("Hortense Abidji-Kermarrec", "jury_examiner", "Aurore Kieffer-Bah", 2023, 2023)},
    ),
    "hanging-indent-entries-dated-far-right-read-one-by-one": (
        "  BRUNO TALLIS-OKORO\n  Lecturer in Robotics, University of Ashwell\n\n\n"
        "  INDUSTRY EXPERIENCE\n"
        "  Staff Research Scientist, Pellam Robotics Ltd, Norwich"
        "                      2017 – 2022\n"
        "     Mentored research interns: Greta Solheim\n"
        "     (2018), Ade Banjo-Price (2020), both then PhD students at the University of"
        " Ashwell.\n"
        "  Senior Perception Engineer, Halvorsen Automotive GmbH, Bremen"
        "                2014 – 2017\n\n"
        "  PUBLICATIONS\n"
        "  B. Tallis-Okoro, G. Solheim. “Grasp transfer at fleet scale.” ICRA 2020.\n"
        "  A. Banjo-Price, B. Tallis-Okoro, K. Moll. “Contact-rich insertion.” IEEE RA-L,\n"
        "     2024.\n",
        "cv.txt",
        {
            ("Bruno Tallis-Okoro", "employed_at", "Pellam Robotics Ltd", 2017, 2022),
            ("Bruno Tallis-Okoro", "employed_at", "Halvorsen Automotive GmbH", 2014, 2017),
            ("Greta Solheim", "advisor_internship", "Bruno Tallis-Okoro", 2018, 2018),
            ("Ade Banjo-Price", "advisor_internship", "Bruno Tallis-Okoro", 2020, 2020),
            ("Ade Banjo-Price", "coauthor", "K. Moll", None, None),
        },
        {("Bruno Tallis-Okoro", "studied_at", "University of Ashwell", None, 2018)},
    ),
    "a-right-sidebar-read-across-is-set-apart-from-the-main-column": (
        "Tomasz Abernethy-Lupo, PhD\nPostdoctoral Fellow, University of Kenora West\n\n"
        "Appointments                                                       CONTACT\n"
        "2023–present   Postdoctoral Fellow, University of Kenora West       Dept. of Geology\n"
        "               Supervisor: Prof. Élise Marchand-Obi"
        "                 University of Kenora West\n"
        "2022–2023      Postdoctoral Researcher, Instituto Andino del Sur    LANGUAGES\n"
        "               Host: Dr. Camila Reyes-Okafor                        English, French\n\n"
        "Mentorship\n"
        "• Co-mentor (with Prof. Élise Marchand-Obi) of M.Sc. student Ravi Tollefsen"
        " (2024–present)\n",
        "cv.txt",
        {
            ("Tomasz Abernethy-Lupo", "advisor_postdoc", "Élise Marchand-Obi", 2023, None),
            ("Tomasz Abernethy-Lupo", "advisor_postdoc", "Camila Reyes-Okafor", 2022, 2023),
            ("Ravi Tollefsen", "advisor_other", "Tomasz Abernethy-Lupo", 2024, None),
            ("Ravi Tollefsen", "advisor_other", "Élise Marchand-Obi", 2024, None),
        },
        {("Tomasz Abernethy-Lupo", "advisor_phd", "Élise Marchand-Obi", None, 2023)},
    ),
    "pdfminer-writes-the-date-column-apart-from-the-entries": (
        "Dr. Ines KOVAC-DUBREUIL\n\n"
        "Inria centre at Université de Brocéliande – project-team MIRAGE\n"
        "ines.kovac@inria.example.fr\nhttps://team.inria.example.fr/mirage/members/\n"
        "ines-kovac-dubreuil\n\n"
        "Positions\n\nSince Sept. 2023\n\n2021 – 2023\n\n"
        "Inria Starting Faculty Position (ISFP), project-team MIRAGE, Inria centre at Université "
        "de Brocéliande\n\n"
        "Postdoctoral researcher, Universität Lindenhain\n\n"
        "Interns\n\n"
        "– Luc Ferrandi (M2, Université de Brocéliande, 2024); Sanaa Idrissi-Holm (M1, 2025)\n",
        "cv.txt",
        {
            ("Ines Kovac-Dubreuil", "employed_at", "Inria", 2023, None),
            ("Ines Kovac-Dubreuil", "member_of", "MIRAGE", 2023, None),
            ("Ines Kovac-Dubreuil", "employed_at", "Universität Lindenhain", 2021, 2023),
            ("Luc Ferrandi", "advisor_internship", "Ines Kovac-Dubreuil", 2024, 2024),
            ("Sanaa Idrissi-Holm", "advisor_internship", "Ines Kovac-Dubreuil", 2025, 2025),
        },
        {
            ("Ines Kovac-Dubreuil", "employed_at", "Université de Brocéliande", 2023, None),
            ("Ines Kovac-Dubreuil", "member_of", "Inria Starting Faculty Position", 2023, None),
        },
    ),
    "a-capitals-name-broken-at-its-hyphen-or-after-the-given-name": (
        "Solenn GUERMEUR-ABADIE\n\nMaîtresse de conférences\n\nFormation\n\n"
        "2015 Doctorat de l’Université de Rance-Émeraude\n"
        "Soutenue devant le jury : Pr Odile FAUCHER (rapportrice), Dr Anselme\n"
        "KOWALCZYK (rapporteur)\n\n"
        "Thèses co-encadrées\n\n"
        " Lou MARTINEAU-SY (depuis 2023), co-encadrement avec Dr Pascal HEURTAUX-\n"
        "NDOYE (HDR, directeur)\n",
        "cv.txt",
        {
            ("Solenn Guermeur-Abadie", "jury_reviewer", "Anselme Kowalczyk", 2015, 2015),
            ("Lou Martineau-Sy", "advisor_phd", "Pascal Heurtaux-Ndoye", 2023, None),
            ("Lou Martineau-Sy", "advisor_phd", "Solenn Guermeur-Abadie", 2023, None),
        },
        {("Lou Martineau-Sy", "advisor_phd", "Pascal Heurtaux-", 2023, None)},
    ),
    "teaching-assistants-and-references-name-no-advisor": (
        "                                   KERSTIN OLAWALE-DUNNE\n"
        "                 Research Data Analyst · Institute of Health Metrics, Brayfield\n\n\n"
        "  E X P E R I E N C E\n\n"
        "  2021 – 2023              Graduate Teaching Assistant, Department of Statistics, "
        "University of Brayfield\n"
        "                           • Teaching assistant for Prof. Hamid Castellane (STAT 210)\n"
        "                           • Grader for Dr. Ottilie Brenner’s Probability course\n\n"
        "  E D U C A T I O N\n\n"
        "  2019 – 2021              M.Sc. Statistics, University of Brayfield\n\n"
        "  R E F E R E N C E S\n\n"
        "  Prof. Hamid Castellane                              Dr. Ottilie Brenner\n"
        "  University of Brayfield                             University of Brayfield\n",
        "cv.txt",
        {("Kerstin Olawale-Dunne", "studied_at", "University of Brayfield", 2019, 2021)},
        {
            ("Kerstin Olawale-Dunne", "advisor_phd", "Hamid Castellane", None, None),
            ("Kerstin Olawale-Dunne", "advisor_other", "Hamid Castellane", None, None),
            ("Kerstin Olawale-Dunne", "advisor_phd", "Ottilie Brenner", None, None),
            ("Kerstin Olawale-Dunne", "advisor_other", "Ottilie Brenner", None, None),
        },
    ),
}


FIFTYFIFTH_BATCH_LAYOUTS = {
    "a-cv-dump-names-its-owner-only-in-its-running-header": (
        "Curriculum Vitae\n\nSchool of Oceanography\nKestrel Bay University\n\n"
        "EMPLOYMENT\n"
        "2020–present    Lecturer, School of Oceanography, Kestrel Bay University\n\n"
        "EDUCATION\n"
        "2019    PhD in Oceanography, University of Dunmarrow\n"
        "        Supervisor: Prof. Aurelio Batistuta-Kerr\n\n\n"
        "Hafsa Oyelaran-Whit — Curriculum Vitae                         Page 1 of 2\n\n"
        "PUBLICATIONS\n"
        "Oyelaran-Whit, H., & Batistuta-Kerr, A. (2021). Eddy fluxes on shelves. "
        "JPO, 51, 1–20.\n\n\n"
        "Hafsa Oyelaran-Whit — Curriculum Vitae                         Page 2 of 2\n",
        "cv.txt",
        {
            ("Hafsa Oyelaran-Whit", "advisor_phd", "Aurelio Batistuta-Kerr", None, 2019),
            ("Hafsa Oyelaran-Whit", "employed_at", "Kestrel Bay University", 2020, None),
        },
        set(),
    ),
    "advisor-lines-above-a-students-name-are-not-the-page-owner": (
        "<html><head><title>Student profile — Vision Unit</title></head><body>"
        "<p><strong>Advisor:</strong> Prof. Ingrid Solvang-Mbeki</p>"
        "<p><strong>Co-advisor:</strong> Dr. Tancredi Ulloa</p>"
        "<h2>Radu Cantemir-Okafor</h2>"
        "<p>PhD candidate, Retinal Coding Unit, Halvern Institute of Technology (2022–present)</p>"
        "<p>I received my BSc from the University of Osterby in 2022.</p>"
        "</body></html>",
        "profile.html",
        {
            ("Radu Cantemir-Okafor", "advisor_phd", "Ingrid Solvang-Mbeki", 2022, None),
            ("Radu Cantemir-Okafor", "advisor_phd", "Tancredi Ulloa", 2022, None),
            ("Radu Cantemir-Okafor", "member_of", "Retinal Coding Unit", 2022, None),
            ("Radu Cantemir-Okafor", "studied_at", "University of Osterby", None, 2022),
        },
        {
            ("Ingrid Solvang-Mbeki", "advisor_phd", "Tancredi Ulloa", 2022, None),
            ("Ingrid Solvang-Mbeki", "studied_at", "University of Osterby", None, 2022),
        },
    ),
    "a-memorial-page-speaks-for-its-signer-not-the-remembered": (
        "<html><head><title>In memoriam</title></head><body>"
        "<h1>Professor Ottilie Brandvold (1938–2023)</h1>"
        "<p>Emeritus Professor of Chemistry, Hallow Crest University</p>"
        "<p>Ottilie joined Hallow Crest University in 1969 and founded the Catalysis Group.</p>"
        "<p>Ottilie was my PhD advisor at Hallow Crest University from 1995 to 1999.</p>"
        "<p class='signature'>— Ruairí Maddox-Anand, May 2023</p>"
        "</body></html>",
        "memorial.html",
        {
            ("Ruairí Maddox-Anand", "advisor_phd", "Ottilie Brandvold", 1995, 1999),
            ("Ruairí Maddox-Anand", "studied_at", "Hallow Crest University", 1995, 1999),
        },
        {
            ("Ottilie Brandvold", "studied_at", "Hallow Crest University", 1995, 1999),
            ("Ruairí Maddox-Anand", "employed_at", "Hallow Crest University", 1938, 2023),
            ("Ruairí Maddox-Anand", "employed_at", "Hallow Crest University", 1969, None),
            ("Ruairí Maddox-Anand", "member_of", "Catalysis Group", 1969, None),
        },
    ),
}


FIFTYTHIRD_BATCH_LAYOUTS = {
    "a-generated-homepage-row-holding-the-bio-paragraphs-is-layout-not-an-entry": (
        _html(
            "Tamsin Oyelowo-Brandt",
            "<table><tr><td><p><name>Tamsin Oyelowo-Brandt</name></p>"
            "<p>I am a third-year PhD student in the Vision Group at Harlow Fenwick "
            "University, where I am advised by Ignatius Palmqvist and Rhoda Venkataraman. "
            "My work is funded by a graduate fellowship.</p>"
            "<p>Before that, I completed my bachelor's degree at the University of Stourby "
            "in 2021, and I spent a summer at a start-up in Leeds working on depth sensors "
            "for small warehouse robots.</p>"
            "</td><td><img src='me.jpg'></td></tr></table>"
            "<table><tr><td><img src='a.png'></td><td><papertitle>Depth from blur</papertitle>"
            "<br><strong>Tamsin Oyelowo-Brandt</strong>, Ignatius Palmqvist<br><em>CVPR</em>, "
            "2024</td></tr><tr><td><img src='b.png'></td><td><papertitle>Blur kernels"
            "</papertitle><br>Oswin Farr, <strong>Tamsin Oyelowo-Brandt</strong><br>"
            "<em>ICCV</em>, 2023</td></tr></table>",
        ),
        "index.html",
        {
            ("Tamsin Oyelowo-Brandt", "advisor_phd", "Ignatius Palmqvist", None, None),
            ("Tamsin Oyelowo-Brandt", "advisor_phd", "Rhoda Venkataraman", None, None),
        },
        set(),
    ),
    "a-site-builder-tile-of-bare-div-lines-is-a-section-with-its-own-titles": (
        _html(
            "Accueil - Ombeline Tcheumeni-Royer",
            "<h2>Ombeline Tcheumeni-Royer</h2><table><tbody><tr>"
            "<td class='sites-layout-tile'><div dir='ltr'>"
            "<div><b>Parcours</b></div>"
            "<div>Maîtresse de conférences à l'Université de Vilaine-Rance depuis 2015.</div>"
            "<div><br></div><div><b>Doctorants</b></div>"
            "<div>• Gaétan Mbappé-Rolland, thèse soutenue en 2021</div>"
            "<div>• Noémie Leclercq-Sow, depuis 2022</div>"
            "<div><br></div><div><b>Jurys de thèse</b></div>"
            "<div>• Rapporteure de la thèse de Lucie Abadie (2023)</div>"
            "</div></td></tr></tbody></table>",
        ),
        "home.html",
        {
            ("Gaétan Mbappé-Rolland", "advisor_phd", "Ombeline Tcheumeni-Royer", None, 2021),
            ("Noémie Leclercq-Sow", "advisor_phd", "Ombeline Tcheumeni-Royer", 2022, None),
            ("Lucie Abadie", "jury_reviewer", "Ombeline Tcheumeni-Royer", 2023, 2023),
        },
        set(),
    ),
    "a-one-cell-row-opening-on-a-bold-section-title-holds-that-section": (
        _html(
            "Corentine Abaga-Lhuillier",
            "<h1>Corentine Abaga-Lhuillier</h1><table><tr><td><div><b>Doctorants</b></div>"
            "<div>Bastien Ollivier-Sane (2021-2024)</div></td></tr>"
            "<tr><td><div><b>Publications récentes</b></div>"
            "<div>« Chocs fiscaux et marchés locaux », avec Bastien Ollivier-Sane et "
            "Mathurin Kessler, <i>Revue d'économie</i>, 2024.</div></td></tr></table>",
        ),
        "index.html",
        {
            ("Bastien Ollivier-Sane", "advisor_phd", "Corentine Abaga-Lhuillier", 2021, 2024),
            ("Corentine Abaga-Lhuillier", "coauthor", "Bastien Ollivier-Sane", None, None),
            ("Corentine Abaga-Lhuillier", "coauthor", "Mathurin Kessler", None, None),
            ("Bastien Ollivier-Sane", "coauthor", "Mathurin Kessler", None, None),
        },
        {("Mathurin Kessler", "jury_member", "Corentine Abaga-Lhuillier", None, None)},
    ),
    "a-quoted-title-then-with-two-partners-names-both-partners": (
        _html(
            "Desmond Achterhof",
            "<h1>Desmond Achterhof</h1><h2>Working papers</h2><ul>"
            "<li>“Credit cycles and regional wages”, with Ilse Varga-Mbeki and Oren "
            "Castellane, <i>Journal of Regional Economics</i>, 2023.</li></ul>",
        ),
        "research.html",
        {
            ("Desmond Achterhof", "coauthor", "Ilse Varga-Mbeki", None, None),
            ("Desmond Achterhof", "coauthor", "Oren Castellane", None, None),
            ("Ilse Varga-Mbeki", "coauthor", "Oren Castellane", None, None),
        },
        set(),
    ),
    "a-jemdoc-source-drops-comments-and-reads-link-text-and-joint-supervision": (
        "# jemdoc: menu{MENU}{index.html}, nofooter\n= Perpetua Lindqvist-Amadi\n\n"
        "== About\nFrom 2019 to 2022 I was a postdoc at Corran Institute, hosted by\n"
        "[https://corran.example.edu/~ab Aldous Brightwater].\n"
        "I received my PhD from Harlan University in 2019, under the joint supervision of "
        "Mireille Okonjo and Teodor Halvard.\n",
        "index.jemdoc",
        {
            ("Perpetua Lindqvist-Amadi", "advisor_postdoc", "Aldous Brightwater", 2019, 2022),
            ("Perpetua Lindqvist-Amadi", "advisor_phd", "Mireille Okonjo", None, 2019),
            ("Perpetua Lindqvist-Amadi", "advisor_phd", "Teodor Halvard", None, 2019),
        },
        set(),
    ),
    "a-panel-titled-phd-researchers-or-graduated-lists-the-owners-students": (
        _html(
            "Anselma Rourke-Diallo",
            "<h1>Anselma Rourke-Diallo</h1><h2>Research group</h2>"
            "<div class='panel'><div class='panel-heading'>PhD researchers</div><ul>"
            "<li>Tiberius Nwankwo-Hale (2022–; second supervisor: Dr. Gisela Marrow)</li>"
            "</ul></div><div class='panel'><div class='panel-heading'>Graduated</div><ul>"
            "<li>Dr. Ysolde Pennant (PhD 2020)</li></ul></div>",
        ),
        "index.html",
        {
            ("Tiberius Nwankwo-Hale", "advisor_phd", "Anselma Rourke-Diallo", 2022, None),
            ("Tiberius Nwankwo-Hale", "advisor_phd", "Gisela Marrow", 2022, None),
            ("Ysolde Pennant", "advisor_phd", "Anselma Rourke-Diallo", None, 2020),
        },
        {("Anselma Rourke-Diallo", "advisor_phd", "Gisela Marrow", 2022, None)},
    ),
    "each-candidate-of-the-committees-of-keeps-the-role-in-its-own-brackets": (
        _html(
            "Lorcan Abernethy-Sato",
            "<h1>Lorcan Abernethy-Sato</h1><h2>Dissertation committees</h2><p>I have served "
            "on the dissertation committees of Marisol Greenhalgh (Tavern University, 2021) "
            "and Petronella Ishikawa (Corbin College, 2024, chair).</p>",
        ),
        "index.html",
        {
            ("Marisol Greenhalgh", "jury_member", "Lorcan Abernethy-Sato", 2021, 2021),
            ("Petronella Ishikawa", "jury_president", "Lorcan Abernethy-Sato", 2024, 2024),
        },
        {("Marisol Greenhalgh", "jury_president", "Lorcan Abernethy-Sato", 2021, 2021)},
    ),
    "a-line-of-students-each-with-a-bracket-and-comma-separated-is-every-student": (
        _html(
            "Héloïse Dambreville-Kane",
            "<h1>Héloïse Dambreville-Kane</h1><h2>Encadrement</h2><h3>Stages de M2</h3><ul>"
            "<li>Yanis Ferrandou (2022), Capucine Obame-Laroche (2024).</li></ul>",
        ),
        "index.html",
        {
            ("Yanis Ferrandou", "advisor_internship", "Héloïse Dambreville-Kane", 2022, 2022),
            (
                "Capucine Obame-Laroche",
                "advisor_internship",
                "Héloïse Dambreville-Kane",
                2024,
                2024,
            ),
        },
        set(),
    ),
    "a-team-named-in-sentence-case-with-des-runs-to-the-clauses-end": (
        _html(
            "Blandine Okoro-Vasseur",
            "<h1>Blandine Okoro-Vasseur</h1><p>Chargée de recherche CNRS depuis 2020, "
            "affectée au Laboratoire de Géosciences de Morvan-Nièvre, équipe "
            "<em>Dynamique des glaciers</em>.</p>",
        ),
        "index.html",
        {("Blandine Okoro-Vasseur", "member_of", "Dynamique des glaciers", 2020, None)},
        {("Blandine Okoro-Vasseur", "member_of", "Dynamique", 2020, None)},
    ),
    "a-habilitation-note-in-brackets-neither-dates-nor-hides-the-post": (
        _html(
            "Gwenaël Abalo-Kervella",
            "<h1>Gwenaël Abalo-Kervella</h1><h2>Parcours</h2><ul><li>Depuis 2011 : maître "
            "de conférences à l'Université de Trégor-Goëlo (HDR soutenue en 2020).</li></ul>",
        ),
        "index.html",
        {("Gwenaël Abalo-Kervella", "employed_at", "Université de Trégor-Goëlo", 2011, None)},
        {("Gwenaël Abalo-Kervella", "employed_at", "Université de Trégor-Goëlo", 2020, 2020)},
    ),
    "an-initial-then-a-hyphenated-and-spaced-family-name-closing-the-authors-stays-whole": (
        _html(
            "Anouar Lemarchand-Aït Salah",
            "<h1>Anouar Lemarchand-Aït Salah</h1><h2>Publications</h2><ol>"
            "<li>P. Kerhervé, T. Oyono, <u>A. Lemarchand-Aït Salah</u>. Graphes planaires. "
            "<i>RAIRO</i>, 2022.</li>"
            "<li><u>A. Lemarchand-Aït Salah</u>, T. Oyono. Coloriage distribué. <i>DMTCS</i>, "
            "2019.</li></ol>",
        ),
        "index.html",
        {
            ("P. Kerhervé", "coauthor", "Anouar Lemarchand-Aït Salah", None, None),
            ("T. Oyono", "coauthor", "Anouar Lemarchand-Aït Salah", None, None),
            ("P. Kerhervé", "coauthor", "T. Oyono", None, None),
        },
        {("P. Kerhervé", "coauthor", "A. Lemarchand-Aït", None, None)},
    ),
}

# Batch 51: European pages beyond English and French (German Lebenslauf, Dutch promotie,
# Spanish CVN, Italian scheda, Brazilian Lattes, English pages keeping local role words).
FIFTYFIRST_BATCH_LAYOUTS = {
    "a-lebenslauf-row-promotion-bei-names-the-advisor-and-its-zweitgutachter": (
        _html(
            "Prof. Dr. Gundula Achterholt – Lehrstuhl für Optik – TU Wendelstadt",
            "<h1>Prof. Dr. Gundula Achterholt</h1><p>Lehrstuhlinhaberin<br>Lehrstuhl für "
            "Optik</p><h2>Lebenslauf</h2><table>"
            "<tr><td>seit 2018</td><td>W3-Professorin, Technische Universität Wendelstadt</td>"
            "</tr><tr><td>2010–2018</td><td>Wissenschaftliche Mitarbeiterin am Institut für "
            "Physik der Universität Rabenau</td></tr>"
            "<tr><td>2010</td><td>Promotion (Dr. rer. nat.) bei Prof. Dr. Eberhard Linsmeier, "
            "Universität Rabenau; Zweitgutachter: Prof. Dr. Olaf Trenkwalder</td></tr></table>",
        ),
        "index.html",
        {
            ("Gundula Achterholt", "employed_at", "Technische Universität Wendelstadt", 2018, None),
            ("Gundula Achterholt", "employed_at", "Institut für Physik", 2010, 2018),
            ("Gundula Achterholt", "advisor_phd", "Eberhard Linsmeier", None, 2010),
            ("Gundula Achterholt", "jury_reviewer", "Olaf Trenkwalder", 2010, 2010),
            ("Gundula Achterholt", "studied_at", "Universität Rabenau", None, 2010),
        },
        {
            ("Gundula Achterholt", "employed_at", "TU Wendelstadt", None, None),
            ("Gundula Achterholt", "employed_at", "Universität Rabenau", None, 2010),
            (
                "Gundula Achterholt",
                "employed_at",
                "Institut für Physik der Universität Rabenau",
                2010,
                2018,
            ),
        },
    ),
    "betreute-promotionen-read-past-a-student-s-m-sc-and-a-zweitbetreuerin": (
        _html(
            "Prof. Dr. Gundula Achterholt",
            "<h1>Prof. Dr. Gundula Achterholt</h1><h2>Betreute Promotionen</h2>"
            "<h3>Abgeschlossen</h3><ul><li>Dr.-Ing. Tarek Brühl-Asante (2022): „Titel“. "
            "Erstgutachterin; Zweitgutachter: Prof. Dr. Ansgar Pfeilmeier</li>"
            "<li>Dr. rer. nat. Linnea Storck (2020), gemeinsam betreut mit Prof. Dr. Yusuf "
            "Elbers</li></ul><h3>Laufend</h3><ul><li>Maja Quednau, M.Sc. (seit 2023; "
            "Zweitbetreuerin: Dr. Ortrun Gehlen)</li></ul>",
        ),
        "index.html",
        {
            ("Tarek Brühl-Asante", "advisor_phd", "Gundula Achterholt", None, 2022),
            ("Tarek Brühl-Asante", "jury_reviewer", "Ansgar Pfeilmeier", 2022, 2022),
            ("Linnea Storck", "advisor_phd", "Gundula Achterholt", None, 2020),
            ("Linnea Storck", "advisor_phd", "Yusuf Elbers", None, 2020),
            ("Maja Quednau", "advisor_phd", "Gundula Achterholt", 2023, None),
            ("Maja Quednau", "advisor_phd", "Ortrun Gehlen", 2023, None),
        },
        {
            ("Maja Quednau", "advisor_other", "Gundula Achterholt", 2023, None),
            ("Maja Quednau", "advisor_other", "Ortrun Gehlen", 2023, None),
        },
    ),
    "gutachtertaetigkeit-keeps-the-dissertation-and-drops-journals-and-hiring": (
        _html(
            "Prof. Dr. Gundula Achterholt",
            "<h1>Prof. Dr. Gundula Achterholt</h1><h2>Gutachtertätigkeit und Gremien</h2><ul>"
            "<li>Zweitgutachterin der Dissertation von Kilian Rosskamp, Universität Rabenau, "
            "2019</li><li>Gutachterin für Optics Express und Applied Physics B</li>"
            "<li>Mitglied der Berufungskommission W2 Photonik (2021)</li></ul>"
            "<h2>Schriftenverzeichnis</h2><ol><li>G. Achterholt und E. Linsmeier: Kohärente "
            "Felder. In: Annalen der Optik 12 (2010), S. 1–20.</li><li>G. Achterholt und O. "
            "Trenkwalder (Hrsg.): Tagungsband Optik 2019. Shaker 2019.</li></ol>",
        ),
        "index.html",
        {
            ("Kilian Rosskamp", "jury_reviewer", "Gundula Achterholt", 2019, 2019),
            ("Gundula Achterholt", "coauthor", "E. Linsmeier", None, None),
        },
        {
            ("Gundula Achterholt", "coauthor", "O. Trenkwalder", None, None),
            ("O. Trenkwalder", "coauthor", "Gundula Achterholt", None, None),
        },
    ),
    "a-german-dissertation-s-title-pages-name-its-candidate-and-pruefungskommission": (
        "Kohärente Lichtfelder in verdrillten Glasfasern\n\nDissertation\nzur Erlangung des "
        "Doktorgrades\n(Dr. rer. nat.)\n"
        "der Universität Hollweide\n\nvorgelegt von\nJonte Marquardsen aus Kielhafen\n\n"
        "Hollweide, 2021\n\nErstgutachter: Prof. Dr. Reinhild Vossberg\n"
        "Zweitgutachterin: Prof. Dr. Annika Lührs\n\nPrüfungskommission:\n"
        "Vorsitz: Prof. Dr. Bodo Kreutzfeldt\nProf. Dr. Reinhild Vossberg\nPD Dr. Elke "
        "Sandvoss\n\nLebenslauf\n\nAusbildung\n2015 – 2021 Promotion, Universität Hollweide\n"
        "Betreuerin: Prof. Dr. Reinhild Vossberg\n\nBeruflicher Werdegang\n"
        "seit 08/2021 Postdoktorand, Leibniz-Institut für Meeresforschung Kielhafen\n",
        "dissertation.txt",
        {
            ("Jonte Marquardsen", "advisor_phd", "Reinhild Vossberg", 2015, 2021),
            ("Jonte Marquardsen", "jury_reviewer", "Annika Lührs", 2021, 2021),
            ("Jonte Marquardsen", "jury_president", "Bodo Kreutzfeldt", 2021, 2021),
            ("Jonte Marquardsen", "jury_member", "Elke Sandvoss", 2021, 2021),
            (
                "Jonte Marquardsen",
                "employed_at",
                "Leibniz-Institut für Meeresforschung Kielhafen",
                2021,
                None,
            ),
        },
        {("Jonte Marquardsen", "jury_president", "Elke Sandvoss", 2021, 2021)},
    ),
    "a-dutch-promotie-page-reads-its-candidate-promotors-and-committee": (
        _html(
            "Promotie dhr. J.P. (Jelle) Hoogendijk-Amrani MSc | Universiteit Zuidwold",
            "<h1>Promotie dhr. J.P. (Jelle) Hoogendijk-Amrani MSc</h1><dl>"
            "<dt>Datum</dt><dd>dinsdag 4 juni 2024</dd><dt>Promotor</dt><dd>prof. dr. ir. "
            "M.A. Verkerk-Osei</dd><dt>Copromotor</dt><dd>dr. B.J. Smulders</dd></dl>"
            "<h2>Promotiecommissie</h2><ul><li>Rector Magnificus, voorzitter</li>"
            "<li>prof. dr. H. Kramer-Diallo, Universiteit Oostburg</li></ul>"
            "<h2>Curriculum vitae</h2><p>Jelle Hoogendijk-Amrani werd geboren in 1996. Van "
            "2019 tot 2024 was hij promovendus aan de Universiteit Zuidwold.</p>"
            "<h2>Meer promoties</h2><ul><li>Promotie F. de Wit</li></ul>",
        ),
        "index.html",
        {
            ("Jelle Hoogendijk-Amrani", "advisor_phd", "M. A. Verkerk-Osei", None, 2024),
            ("Jelle Hoogendijk-Amrani", "advisor_phd", "B. J. Smulders", None, 2024),
            ("Jelle Hoogendijk-Amrani", "jury_member", "H. Kramer-Diallo", 2024, 2024),
            ("Jelle Hoogendijk-Amrani", "studied_at", "Universiteit Zuidwold", 2019, 2024),
        },
        {
            ("Jelle Hoogendijk-Amrani", "jury_president", "Rector Magnificus", 2024, 2024),
            ("F. de Wit", "advisor_phd", "Jelle Hoogendijk-Amrani", None, None),
            ("Jelle Hoogendijk-Amrani", "advisor_other", "B. J. Smulders", None, 2024),
        },
    ),
    "a-cvn-record-names-its-alumno-its-codirector-and-its-tribunal": (
        _html(
            "CVN – Begoña Urquijo Salvatierra",
            "<h1>Begoña Urquijo Salvatierra</h1><h2>Situación profesional actual</h2>"
            "<table><tr><th>Entidad empleadora</th><td>Universidad de Montearce</td></tr>"
            "<tr><th>Categoría profesional</th><td>Profesora Titular de Universidad</td></tr>"
            "<tr><th>Fecha de inicio</th><td>01/09/2019</td></tr></table>"
            "<h2>Cargos y actividades desempeñados con anterioridad</h2><table><tr><td>1</td>"
            "<td>Universidad de Valdemoro</td><td>Profesora Contratada Doctora</td>"
            "<td>01/01/2014</td><td>31/08/2019</td></tr></table>"
            "<h2>Dirección de tesis doctorales y/o trabajos fin de estudios</h2><ol><li>"
            "Título del trabajo: Redes ópticas<br>Tipo de proyecto: Tesis Doctoral<br>"
            "Alumno/a: Íker Zabaleta Roca<br>Codirector/a tesis: Marcos Ledesma Pi<br>"
            "Fecha de defensa: 20/11/2022<br>Tribunal: Dra. Nuria Sagasta Ruiz (presidenta), "
            "Dr. Pau Ferrer Mir (secretario), Dr. Lope Arnaiz Sanz (vocal)</li><li>"
            "Título del trabajo: Láseres<br>Tipo de proyecto: Trabajo Fin de Máster<br>"
            "Alumno/a: Sara Olmedo Gil<br>Fecha de defensa: 10/07/2021</li></ol>",
        ),
        "cvn.html",
        {
            ("Begoña Urquijo Salvatierra", "employed_at", "Universidad de Montearce", 2019, None),
            ("Begoña Urquijo Salvatierra", "employed_at", "Universidad de Valdemoro", 2014, 2019),
            ("Íker Zabaleta Roca", "advisor_phd", "Begoña Urquijo Salvatierra", None, 2022),
            ("Íker Zabaleta Roca", "advisor_phd", "Marcos Ledesma Pi", None, 2022),
            ("Íker Zabaleta Roca", "jury_president", "Nuria Sagasta Ruiz", 2022, 2022),
            ("Íker Zabaleta Roca", "jury_member", "Pau Ferrer Mir", 2022, 2022),
            ("Íker Zabaleta Roca", "jury_examiner", "Lope Arnaiz Sanz", 2022, 2022),
            ("Sara Olmedo Gil", "advisor_other", "Begoña Urquijo Salvatierra", 2021, 2021),
        },
        {
            ("Begoña Urquijo Salvatierra", "employed_at", "Titular de Universidad", 2019, None),
            ("Marcos Ledesma Pi", "advisor_phd", "Begoña Urquijo Salvatierra", None, 2022),
            ("Sara Olmedo Gil", "advisor_phd", "Begoña Urquijo Salvatierra", None, None),
        },
    ),
    "a-tribunal-de-oposiciones-and-a-comision-de-seleccion-are-no-thesis-jury": (
        _html(
            "Resolución – Tablón Oficial – Universidad de Montearce",
            "<h1>Resolución por la que se nombran las comisiones de selección</h1>"
            "<h2>Plaza de Profesor Titular de Universidad</h2><p><strong>Comisión titular:"
            "</strong></p><ul><li>Presidente: D. Aurelio Cánovas Rey, Catedrático de "
            "Universidad</li><li>Vocal: Dña. Irati Goñi Lasa</li></ul>"
            "<p>Tribunal calificador: Presidenta: Dña. Irati Goñi Lasa; Vocales: D. Ramón "
            "Bastida Nieto; Secretario: D. Félix Orduña Peña.</p>",
        ),
        "resolucion.html",
        set(),
        {
            ("Tablón Oficial", "jury_examiner", "Ramón Bastida Nieto", None, None),
            ("Tablón Oficial", "jury_member", "Félix Orduña Peña", None, None),
        },
    ),
    "an-italian-scheda-reads-tutor-correlatrice-ciclo-and-skips-the-concorso": (
        _html(
            "Ottavia Brunetti | Università degli Studi di Lerma",
            "<h1>Ottavia Brunetti</h1><h2>Curriculum</h2><p>Ha conseguito il Dottorato di "
            "ricerca in Fisica nel 2012 presso l'Università di Arvese, sotto la supervisione "
            "del Prof. Gino Scalabrini (tutor) e della Dott.ssa Mirta Colonna-Adu (co-tutor). "
            "Dal 2012 al 2015 è stata assegnista di ricerca presso l'Istituto per le Scienze "
            "del Mare di Lerma, nel gruppo del Dott. Elio Manfredini.</p>"
            "<h2>Tesi seguite</h2><h3>Lauree magistrali</h3><ul><li>Pietro Lanza (2021), "
            "correlatrice; relatore Prof. Carlo Ossola.</li></ul><h2>Commissioni</h2><ul>"
            "<li>Presidente della commissione giudicatrice dell'esame finale del Dottorato "
            "in Fisica (XXXV ciclo) di Rebecca Tonini, Università di Arvese, 2023.</li>"
            "<li>Componente della commissione di concorso per un posto di Ricercatore, "
            "Università di Arvese, 2022.</li></ul>",
        ),
        "index.html",
        {
            ("Ottavia Brunetti", "advisor_phd", "Gino Scalabrini", None, 2012),
            ("Ottavia Brunetti", "advisor_phd", "Mirta Colonna-Adu", None, 2012),
            ("Ottavia Brunetti", "advisor_postdoc", "Elio Manfredini", 2012, 2015),
            (
                "Ottavia Brunetti",
                "employed_at",
                "Istituto per le Scienze del Mare di Lerma",
                2012,
                2015,
            ),
            ("Pietro Lanza", "advisor_other", "Ottavia Brunetti", 2021, 2021),
            ("Pietro Lanza", "advisor_other", "Carlo Ossola", 2021, 2021),
            ("Rebecca Tonini", "jury_president", "Ottavia Brunetti", 2023, 2023),
        },
        set(),
    ),
    "a-lattes-cv-reads-its-owner-its-orientacoes-and-its-employer-line": (
        _html(
            "Currículo do Sistema de Currículos Lattes (Joana Ribeiro Castanheira)",
            "<div>Plataforma Lattes</div><h2>Joana Ribeiro Castanheira</h2>"
            "<h1>Formação acadêmica/titulação</h1><div>2011 - 2015</div><div>Doutorado em "
            "Física.<br>Universidade Federal do Rio Claro, UFRC, Brasil.<br>Orientador: "
            "Augusto Teles Prado.<br>Bolsista do(a): Coordenação de Aperfeiçoamento, CAPES, "
            "Brasil.</div><h1>Atuação Profissional</h1><div>Universidade Federal de Serra "
            "Alta, UFSA, Brasil.</div><div>Vínculo institucional</div><div>2016 - Atual</div>"
            "<div>Vínculo: Servidor Público, Enquadramento Funcional: Professor Adjunto</div>"
            "<h1>Orientações</h1><div><b>Tese de doutorado</b></div><div>Lucas Amaral Pinto. "
            "Nanofios. 2022. Tese (Doutorado em Física) - Universidade Federal de Serra Alta. "
            "Orientador: Joana Ribeiro Castanheira.</div>",
        ),
        "lattes.html",
        {
            (
                "Joana Ribeiro Castanheira",
                "studied_at",
                "Universidade Federal do Rio Claro",
                2011,
                2015,
            ),
            ("Joana Ribeiro Castanheira", "advisor_phd", "Augusto Teles Prado", 2011, 2015),
            (
                "Joana Ribeiro Castanheira",
                "employed_at",
                "Universidade Federal de Serra Alta",
                2016,
                None,
            ),
            ("Lucas Amaral Pinto", "advisor_phd", "Joana Ribeiro Castanheira", None, 2022),
        },
        {
            ("Joana Ribeiro Castanheira", "studied_at", "CAPES", 2011, 2015),
            ("Joana Ribeiro Castanheira", "studied_at", "UFRC", 2011, 2015),
            ("Plataforma Lattes", "advisor_phd", "Augusto Teles Prado", 2011, 2015),
        },
    ),
    "a-belgian-lab-page-in-english-reads-promotor-roles-and-a-fellowship-s-funder": (
        _html(
            "Wout Degroote | Lab of Soil Physics",
            "<h1>Wout Degroote</h1><p>Wout Degroote is professor at the Department of "
            "Geology of Universiteit Brugwijk.</p><h2>Career</h2><ul><li>2012–2016: FWO "
            "postdoctoral fellow, Landbouwhogeschool Eemdal (host: Prof. dr. Kees Vrolijk)"
            "</li></ul><h2>PhD researchers</h2><table><tr><th>Name</th><th>Period</th>"
            "<th>My role</th><th>Other supervisors</th></tr><tr><td>Fien Claeys</td>"
            "<td>2019–2023</td><td>copromotor</td><td>promotor: Prof. dr. Ward Peeters</td>"
            "</tr></table><h2>Service</h2><ul><li>Second examiner (Zweitgutachter) at the "
            "PhD defence of Lena Groß, Universität Auental, 2022</li></ul>",
        ),
        "index.html",
        {
            ("Wout Degroote", "employed_at", "Landbouwhogeschool Eemdal", 2012, 2016),
            ("Wout Degroote", "advisor_postdoc", "Kees Vrolijk", 2012, 2016),
            ("Fien Claeys", "advisor_phd", "Wout Degroote", 2019, 2023),
            ("Fien Claeys", "advisor_phd", "Ward Peeters", 2019, 2023),
        },
        {
            ("Wout Degroote", "member_of", "FWO", 2012, 2016),
            ("Wout Degroote", "advisor_phd", "Ward Peeters", 2019, 2023),
            (
                "Wout Degroote",
                "member_of",
                "Department of Geology of Universiteit Brugwijk",
                None,
                None,
            ),
        },
    ),
}


FIFTYFOURTH_BATCH_LAYOUTS = {
    "a-speakers-page-labels-each-bio-that-opens-on-a-participle": (
        _html(
            "Probability seminar",
            "<h1>Probability seminar</h1><p>Organised by Rhoswen Tallis-Obi.</p>"
            "<h2>3 March — Idris Cavanagh-Moen (Brackley College)</h2><h3>Random graphs</h3>"
            "<p>Speaker bio. Having completed his doctorate with Professor Ysolde Fairlie at "
            "the University of Penmore in 2012, Idris Cavanagh-Moen spent three years "
            "(2012–2015) as a postdoctoral fellow with Anatol Brisk at the Kelham Institute.</p>"
            "<h2>17 March — Marit Osgood-Lenz (Tarrow University)</h2><h3>Percolation</h3>"
            "<p>Speaker bio. Marit Osgood-Lenz (PhD, Tarrow University, 2009; supervised by "
            "Casimir Wendt) leads the Spatial Processes group at Hollin Labs.</p>",
        ),
        "seminar.html",
        {
            ("Idris Cavanagh-Moen", "advisor_phd", "Ysolde Fairlie", None, 2012),
            ("Idris Cavanagh-Moen", "advisor_postdoc", "Anatol Brisk", 2012, 2015),
            ("Idris Cavanagh-Moen", "studied_at", "University of Penmore", None, 2012),
            ("Marit Osgood-Lenz", "advisor_phd", "Casimir Wendt", None, 2009),
        },
        {
            ("Idris Cavanagh-Moen", "advisor_phd", "Ysolde Fairlie", 2012, 2015),
            ("Idris Cavanagh-Moen", "studied_at", "University of Penmore", 2012, 2015),
            ("Marit Osgood-Lenz", "studied_at", "Hollin Labs", None, 2009),
        },
    ),
    "a-press-release-apposes-the-laureates-advisor-before-the-name": (
        _html(
            "Thesis medal 2024",
            "<h1>Two young researchers receive the thesis medal</h1>"
            "<p>A PhD student of Professor Leopold Marsh-Adeyemi at the University of Quillon, "
            "Hana Fitzwilliam-Ode is recognised for her thesis, defended in 2024.</p>"
            "<p>Teodor Kvist-Alami, who completed his thesis in 2023 under the joint supervision "
            "of Ines Roque-Havel and Samir Oduya-Lind, is now a fellow at Quillon.</p>",
        ),
        "medal.html",
        {
            ("Hana Fitzwilliam-Ode", "advisor_phd", "Leopold Marsh-Adeyemi", None, 2024),
            ("Teodor Kvist-Alami", "advisor_phd", "Ines Roque-Havel", None, 2023),
            ("Teodor Kvist-Alami", "advisor_phd", "Samir Oduya-Lind", None, 2023),
        },
        set(),
    ),
    "a-pupil-of-a-person-is-a-student-a-relative-clause-speaks-of-another": (
        _html(
            "Hommage à Armand Quéré-Sissoko",
            "<h1>Hommage à Armand Quéré-Sissoko</h1>"
            "<p>Ancien élève de l'École normale supérieure de Vannes-Rhuys, élève de Lucienne "
            "Bastide-Ka, qui était elle-même élève de Gaston Morlaix-Fenn, il soutient en 1972 "
            "une thèse d'État à l'Université de Lorient-Blavet.</p>",
        ),
        "hommage.html",
        {
            ("Armand Quéré-Sissoko", "advisor_phd", "Lucienne Bastide-Ka", None, 1972),
        },
        {
            ("Armand Quéré-Sissoko", "advisor_phd", "Gaston Morlaix-Fenn", None, 1972),
        },
    ),
    "a-blog-posts-question-headline-is-no-publication-list-its-authors-bios-read": (
        _html(
            "What peer review taught us about open data – Lab Notes",
            "<h1>What reviewing thirty papers taught us about open data</h1>"
            "<p>By Ottoline Vasquez-Hart and Bram Okoro-Lind</p><p>Some thoughts.</p>"
            "<h2>About the authors</h2>"
            "<p>Ottoline Vasquez-Hart is a third-year PhD student at Felling University, advised "
            "by Konrad Esterhuizen.</p>"
            "<p>Bram Okoro-Lind is a postdoctoral researcher in Konrad Esterhuizen’s lab at "
            "Felling University, where he has worked since 2022.</p>",
        ),
        "post.html",
        {
            ("Ottoline Vasquez-Hart", "advisor_phd", "Konrad Esterhuizen", None, None),
            ("Bram Okoro-Lind", "advisor_postdoc", "Konrad Esterhuizen", 2022, None),
        },
        set(),
    ),
    "a-study-days-speakers-under-an-intervenants-heading-tell-their-own-paths": (
        _html(
            "Intervenant·es — Journée MIP — GdR MathIA-Phys",
            "<h1>Intervenant·es</h1><h3>Soazig Le Meur-Tanaka</h3><p>Université de Quimper</p>"
            "<p>Soazig Le Meur-Tanaka est maîtresse de conférences à l'Université de Quimper "
            "depuis 2018. Elle a soutenu sa thèse en 2015, sous la direction de Yann Guivarch.</p>"
            "<h3>Malo Kerdraon-Idris</h3><p>Doctorant</p>"
            "<p>Je suis doctorant en deuxième année à l'Université de Quimper, dirigé par Annaïg "
            "Le Goff-Amara.</p><h3>Nolwenn Ballarin</h3>"
            "<p>Nolwenn Ballarin est chargée de recherche au CNRS depuis 2020.</p>",
        ),
        "intervenants.html",
        {
            ("Soazig Le Meur-Tanaka", "advisor_phd", "Yann Guivarch", None, 2015),
            ("Malo Kerdraon-Idris", "advisor_phd", "Annaïg Le Goff-Amara", None, None),
        },
        set(),
    ),
    "a-lab-directed-by-someone-names-its-head-no-advisor": (
        _html(
            "Clémence Arbogast-Nduwayo",
            "<h1>Clémence Arbogast-Nduwayo</h1><h2>Biographie</h2>"
            "<p>Après une thèse sous la direction de Mathurin Gorse à l'Université de "
            "Saint-Lô-Vire, soutenue en 2012, elle a été recrutée en 2014 comme maîtresse de "
            "conférences. Elle y est membre du LMNV, dirigé par Anatole Perrichon-Sy.</p>",
        ),
        "bio.html",
        {("Clémence Arbogast-Nduwayo", "advisor_phd", "Mathurin Gorse", None, 2012)},
        {("Clémence Arbogast-Nduwayo", "advisor_phd", "Anatole Perrichon-Sy", None, 2012)},
    ),
    "a-short-cvs-docteur-de-opens-a-thesis-advised-before-a-postdoc": (
        "Partenaire 1\n\nGaspard Oyono-Villiers, 44 ans, est professeur à l'Université de "
        "Morvan depuis 2020. Docteur de l'Université de Nivernais (2009), sous la co-direction "
        "de Sabine Téllez et d'Hugo Marchal-Ito, il a été chercheur postdoctoral à l'Institut "
        "Hauts-Cantons de 2009 à 2011.\n",
        "anr.txt",
        {
            ("Gaspard Oyono-Villiers", "advisor_phd", "Sabine Téllez", None, 2009),
            ("Gaspard Oyono-Villiers", "advisor_phd", "Hugo Marchal-Ito", None, 2009),
        },
        {("Gaspard Oyono-Villiers", "advisor_postdoc", "Sabine Téllez", 2009, 2011)},
    ),
    "a-proposals-numbered-track-record-lists-papers-and-students-to-completion": (
        "Part B1\n\nb.1 Short CV of the PI\n\n"
        "Dr Vesna Kolar-Ibsen obtained her PhD in 2008 at Drava University. She has "
        "supervised 5 PhD students to completion, among them Luka Horvat-Ude (PhD 2019, "
        "co-supervised with Pieter Aalders).\n\n"
        "b.3 Track record (selected)\n\n"
        "  [1] V. Kolar-Ibsen, P. Aalders. Typed channels. Journal of Concurrency, 4(2), 2020.\n"
        "  [2] L. Horvat-Ude, V. Kolar-Ibsen. Linear logic, mechanised. In Proc. Symposium, "
        "2019.\n",
        "b1.txt",
        {
            ("Luka Horvat-Ude", "advisor_phd", "Vesna Kolar-Ibsen", None, 2019),
            ("Luka Horvat-Ude", "advisor_phd", "Pieter Aalders", None, 2019),
            ("Vesna Kolar-Ibsen", "coauthor", "Pieter Aalders", None, None),
        },
        set(),
    ),
    "an-institution-where-the-subject-earned-a-phd-is-studied-at": (
        _html(
            "Faculty spotlight: Aoife Brannock-Sá",
            "<h1>Faculty spotlight: Aoife Brannock-Sá</h1><p>Brannock-Sá, who joined the "
            "department in 2016 as an assistant professor, trained under the late Ewart "
            "Linklater at Dunholm University, where she earned her PhD in 2012.</p>",
        ),
        "spotlight.html",
        {
            ("Aoife Brannock-Sá", "advisor_phd", "Ewart Linklater", None, 2012),
            ("Aoife Brannock-Sá", "studied_at", "Dunholm University", None, 2012),
        },
        {("Aoife Brannock-Sá", "employed_at", "Dunholm University", None, 2012)},
    ),
    "a-bio-that-places-a-degree-then-a-post-states-no-structure": (
        _html(
            "Speakers",
            "<h1>Speakers</h1><h2>Olwen Ferrier-Dube</h2><p>Olwen Ferrier-Dube, who was "
            "advised by Tamsin Rook at Hartside Polytechnic (PhD 2015), is an assistant "
            "professor at the University of Cresswell.</p>",
        ),
        "speakers.html",
        {
            ("Olwen Ferrier-Dube", "advisor_phd", "Tamsin Rook", None, 2015),
            ("Olwen Ferrier-Dube", "studied_at", "Hartside Polytechnic", None, 2015),
        },
        {("Hartside Polytechnic", "part_of", "University of Cresswell", None, None)},
    ),
    "a-students-defence-date-in-brackets-is-no-jury-docteur-de-is-a-degree": (
        "Gwenaël Taburet-Nkosi est professeur à l'Université de Brocéliande depuis 2018. "
        "Docteur de l'Université de Quimperlé (2008), il a encadré six doctorants, dont "
        "Lénaïc Morvan (soutenance en 2021) et Ambre Caradec (2023).\n",
        "cv.txt",
        {
            ("Gwenaël Taburet-Nkosi", "studied_at", "Université de Quimperlé", None, 2008),
            ("Ambre Caradec", "advisor_phd", "Gwenaël Taburet-Nkosi", None, 2023),
        },
        {
            ("Gwenaël Taburet-Nkosi", "jury_member", "Ambre Caradec", 2021, 2021),
            ("Gwenaël Taburet-Nkosi", "employed_at", "Université de Quimperlé", 2008, None),
        },
    ),
    "a-book-blurbs-student-of-an-epithet-named-person": (
        "ABOUT THE AUTHOR\n\nFergal Dunphy-Ansah is professor of ecology at the University "
        "of Kilcarn. A student of the eminent marine biologist Rosalind Achterberg at Tullow "
        "University, where he completed his doctorate in 2001, he now lives in Galway.\n",
        "blurb.txt",
        {
            ("Fergal Dunphy-Ansah", "advisor_phd", "Rosalind Achterberg", None, 2001),
            ("Fergal Dunphy-Ansah", "studied_at", "Tullow University", None, 2001),
        },
        set(),
    ),
}


FIFTYSIXTH_BATCH_LAYOUTS = {
    "a-group-named-after-its-head-lists-advisees-under-a-students-title": (
        _html(
            "Students | Mbeki-Larsson Research Group | Penrith Institute of Technology",
            "<h1>Students</h1><p>Prof. Ines Mbeki-Larsson directs the Combustion Laboratory "
            "at the Penrith Institute of Technology, where she has been on the faculty since "
            "2015. She received her Ph.D. from Ardley University in 2010 (advisor: Prof. "
            "Casimir Oduya-Hale).</p><h2>Current Graduate Advisees</h2><table>"
            "<tr><th>Name</th><th>Degree</th><th>Started</th></tr>"
            "<tr><td>Tomasz Eriksen-Obi</td><td>Ph.D.</td><td>2022</td></tr></table>",
        ),
        "students.html",
        {
            ("Tomasz Eriksen-Obi", "advisor_phd", "Ines Mbeki-Larsson", 2022, None),
            ("Ines Mbeki-Larsson", "advisor_phd", "Casimir Oduya-Hale", None, 2010),
            ("Ines Mbeki-Larsson", "studied_at", "Ardley University", None, 2010),
            ("Ines Mbeki-Larsson", "employed_at", "Penrith Institute of Technology", 2015, None),
        },
        {
            ("Tomasz Eriksen-Obi", "member_of", "Mbeki-Larsson", 2022, None),
        },
    ),
    "a-lynx-placement-table-whose-advisor-cell-runs-into-the-next-column": (
        "   [1]Skip to main content\n   [2]Kelso State University\n\n     * [3]People\n"
        "     * [4]Placement\n\n                              Ph.D. Placement Record\n\n"
        "   Initial placements of our graduates, by year of the job market.\n\n"
        "   Candidate                  Advisor(s)                                "
        "Initial Placement\n"
        "   Rosalind Achebe-Varga      Hugo Lindqvist-Amar, Petra Osei-Blom  Assistant "
        "Professor, Kelham University\n"
        "   Dmitri Sato-Fenwick        Petra Osei-Blom                           Economist, "
        "Bank of Tarrow\n\n"
        "References\n\n   1. https://econ.example.edu/#main\n   2. https://www.example.edu/\n"
        "   3. https://econ.example.edu/people\n   4. https://econ.example.edu/placement\n",
        "placement.txt",
        {
            ("Rosalind Achebe-Varga", "advisor_phd", "Hugo Lindqvist-Amar", None, None),
            ("Rosalind Achebe-Varga", "advisor_phd", "Petra Osei-Blom", None, None),
            ("Dmitri Sato-Fenwick", "advisor_phd", "Petra Osei-Blom", None, None),
        },
        {
            (
                "Rosalind Achebe-Varga Hugo Lindqvist-Amar",
                "advisor_phd",
                "Initial Placement",
                None,
                None,
            ),
        },
    ),
    "an-ads-list-marks-trainees-with-a-star-after-the-initials": (
        "ISOLDE WREN-ADEBAYO\nCurriculum Vitae\n\n"
        "REFEREED PUBLICATIONS (students I supervised are marked with ★)\n"
        "1. Kessler, M.★, Wren-Adebayo, I., & Tanaka-Ruiz, B. 2023, ApJ, 944, 12\n"
        "2. Wren-Adebayo, I., Kessler, M.★, Olafsdottir, R., et al. 2021, MNRAS, 500, 9\n",
        "cv.txt",
        {
            ("M. Kessler", "coauthor", "B. Tanaka-Ruiz", None, None),
            ("M. Kessler", "coauthor", "Isolde Wren-Adebayo", None, None),
            ("Isolde Wren-Adebayo", "coauthor", "R. Olafsdottir", None, None),
        },
        set(),
    ),
    "a-lab-page-lists-rotation-students-who-have-no-advisor-yet": (
        _html(
            "People | Brannock Lab",
            "<h1>People</h1><h2>Principal Investigator</h2><p>Dr. Oona Brannock</p>"
            "<h2>Graduate Students</h2><ul><li>Ibrahim Castellane, PhD candidate (2021–)</li>"
            "<li>Yusra Delacourt-Moe (PhD rotation project, 2024)</li></ul>"
            "<h2>Rotation Students</h2><p>Winter 2025 rotations: Hollis Varga-Eze (Neuroscience "
            "program)</p>",
        ),
        "people.html",
        {("Ibrahim Castellane", "advisor_phd", "Oona Brannock", 2021, None)},
        {
            ("Yusra Delacourt-Moe", "advisor_phd", "Oona Brannock", None, 2024),
            ("Yusra Delacourt-Moe", "advisor_phd", "Oona Brannock", 2024, None),
            ("Hollis Varga-Eze", "advisor_phd", "Oona Brannock", None, 2025),
            ("Hollis Varga-Eze", "advisor_phd", "Oona Brannock", 2025, None),
        },
    ),
    "a-postdoc-card-under-its-groups-heading-bio-tells-their-own-phd": (
        _html(
            "People | Tarrant-Osei Lab",
            "<h1>People</h1><h2>Principal Investigator</h2><h3>Helga Tarrant-Osei, Ph.D.</h3>"
            "<p>Professor of Cell Biology</p><h2>Postdoctoral Fellows</h2>"
            "<h3>Arjun Fairbanks-Lee, Ph.D.</h3><p>Arjun joined the lab in 2023 after "
            "completing his Ph.D. with Dr. Wilma Sørby at Kelso University. He studies "
            "cilia.</p>",
        ),
        "people.html",
        {("Arjun Fairbanks-Lee", "advisor_postdoc", "Helga Tarrant-Osei", 2023, None)},
        {
            ("Arjun Fairbanks-Lee", "advisor_phd", "Helga Tarrant-Osei", None, 2023),
            ("Arjun Fairbanks-Lee", "advisor_postdoc", "Wilma Sørby", 2023, None),
        },
    ),
    "a-historians-directed-dissertations-name-their-readers": (
        _html(
            "Edwina Marsh-Kowalczyk - History",
            "<h1>Edwina Marsh-Kowalczyk</h1><p>Professor of History.</p>"
            "<h2>Graduate Advising</h2><p>Dissertations directed:</p><ul>"
            "<li>Colm Achterberg, “Harbour Dues” (Ph.D. 2020; readers: Ilse Brandt-Oyo, "
            "Tobias Mwangi-Hart).</li>"
            "<li>Priya Lund-Okafor, “Salt” (Ph.D. 2023; third reader: Ilse Brandt-Oyo).</li></ul>"
            "<p>I have also served as outside reader for the dissertation of Jonas Ferreira-Blum "
            "(Harlan College, 2021).</p>",
        ),
        "faculty.html",
        {
            ("Colm Achterberg", "advisor_phd", "Edwina Marsh-Kowalczyk", None, 2020),
            ("Colm Achterberg", "jury_member", "Ilse Brandt-Oyo", 2020, 2020),
            ("Colm Achterberg", "jury_member", "Tobias Mwangi-Hart", 2020, 2020),
            ("Priya Lund-Okafor", "jury_member", "Ilse Brandt-Oyo", 2023, 2023),
            ("Jonas Ferreira-Blum", "jury_member", "Edwina Marsh-Kowalczyk", 2021, 2021),
        },
        {("Colm Achterberg", "advisor_phd", "Ilse Brandt-Oyo", None, 2020)},
    ),
    "a-chicago-article-names-its-coauthor-after-the-quoted-title": (
        _html(
            "Edwina Marsh-Kowalczyk - History",
            "<h1>Edwina Marsh-Kowalczyk</h1><p>Before that she taught at Harlan College "
            "(2008–2012).</p><h2>Articles</h2><ul>"
            "<li>“Harbour Dues, 1600–1650,” with Osric Delaney-Obi, <em>Journal of Port "
            "History</em> 14 (2019): 3–29.</li></ul><h2>Work in Progress</h2><ul>"
            "<li>Tolls and Tides (with Marguerite Lindahl)</li></ul>",
        ),
        "faculty.html",
        {
            ("Edwina Marsh-Kowalczyk", "coauthor", "Osric Delaney-Obi", None, None),
            ("Edwina Marsh-Kowalczyk", "coauthor", "Marguerite Lindahl", None, None),
            ("Edwina Marsh-Kowalczyk", "employed_at", "Harlan College", 2008, 2012),
        },
        set(),
    ),
    "a-physician-cv-names-a-fellowship-research-mentor-and-k-award-mentors": (
        "CURRICULUM VITAE\n\nName:   Rhiannon T. Okoye-Blake, MD\n\n"
        "EDUCATION AND TRAINING\n"
        "2014 – 2017   Clinical Fellowship in Cardiology, Harrowgate Hospital\n"
        "              Research mentor: Dr. Lucien Abara-Voss\n\n"
        "RESEARCH SUPPORT\n"
        "K23 HL1234 (PI: Okoye-Blake)                 2018 – 2023\n"
        "Mentors: Dr. Greta Holm-Ekwueme (primary)\n\n"
        "PUBLICATIONS\n"
        "1. Okoye-Blake RT, Abara-Voss L. Troponin kinetics. Heart. 2016;12(3):1-9.\n",
        "cv.txt",
        {
            ("Rhiannon T. Okoye-Blake", "advisor_other", "Lucien Abara-Voss", 2014, 2017),
            ("Rhiannon T. Okoye-Blake", "coauthor", "Lucien Abara-Voss", None, None),
        },
        {
            ("Rhiannon T. Okoye-Blake", "advisor_phd", "Lucien Abara-Voss", 2014, 2017),
            ("Rhiannon T. Okoye-Blake", "advisor_phd", "Greta Holm-Ekwueme", 2018, 2023),
            ("Rhiannon T. Okoye-Blake", "advisor_other", "Greta Holm-Ekwueme", 2018, 2023),
        },
    ),
    "a-publication-legend-sets-phd-advisees-in-bold": (
        _html(
            "Publications — Anselm Ruiz-Nakagawa",
            "<h1>Anselm Ruiz-Nakagawa</h1><p>Names in <b>bold</b> are Ph.D. students I advise; "
            "<u>underlined</u> names are undergraduate research mentees. * equal contribution.</p>"
            "<h2>Publications</h2><ul><li><b>Mireille Okafor-Lund</b>*, <u>Tobin Asare</u>, "
            "Anselm Ruiz-Nakagawa: Robust Pruning. ICML 2024.</li>"
            "<li><b>Karin Obi-Strand</b>, Hedda Moreau, Anselm Ruiz-Nakagawa: Sparse Nets. "
            "NeurIPS 2022.</li></ul>",
        ),
        "pubs.html",
        {
            ("Mireille Okafor-Lund", "advisor_phd", "Anselm Ruiz-Nakagawa", None, None),
            ("Karin Obi-Strand", "advisor_phd", "Anselm Ruiz-Nakagawa", None, None),
            ("Tobin Asare", "advisor_internship", "Anselm Ruiz-Nakagawa", None, None),
            ("Mireille Okafor-Lund", "coauthor", "Tobin Asare", None, None),
        },
        {("Hedda Moreau", "advisor_phd", "Anselm Ruiz-Nakagawa", None, None)},
    ),
}


SIXTIETH_BATCH_LAYOUTS = {
    "glued-student-and-corresponding-marks-after-initials": (
        _html(
            "Publications — Oona Vesterlund",
            "<h1>Oona Vesterlund</h1><h2>Publications</h2>"
            "<p>Ice shelf basal melt from radar. Vesterlund, O.✉; Ferreira-Lund, K.†; and "
            "Marchetti, L. Journal of Glaciology, 70: 12–30. 2024.</p>"
            "<p>Firn aquifers revisited. Ferreira-Lund, K.†; Vesterlund, O.; and Okafor-Lind, P. "
            "The Cryosphere, 17: 401–420. 2023.</p>",
        ),
        "pubs.html",
        {
            ("Oona Vesterlund", "coauthor", "K. Ferreira-Lund", None, None),
            ("Oona Vesterlund", "coauthor", "L. Marchetti", None, None),
            ("K. Ferreira-Lund", "coauthor", "L. Marchetti", None, None),
        },
        set(),
    ),
    "a-compound-family-name-opened-by-a-particle-keeps-its-run": (
        _html(
            "Papers — Tiago Brennan-Faria",
            "<h1>Tiago Brennan-Faria</h1><h2>Papers</h2>"
            "<p>Mangrove carbon under sea-level rise. Brennan-Faria, T.; de Souza Lima, R.; and "
            "Kowalczyk, W. K. Estuarine Science, 12: 1–18. 2022.</p>"
            "<p>Salt marsh accretion. Van der Berg Mol, A.; and Brennan-Faria, T. "
            "Coastal Ecology, 9: 44–60. 2021.</p>",
        ),
        "papers.html",
        {
            ("Tiago Brennan-Faria", "coauthor", "R. de Souza Lima", None, None),
            ("Tiago Brennan-Faria", "coauthor", "W. K. Kowalczyk", None, None),
            ("R. de Souza Lima", "coauthor", "W. K. Kowalczyk", None, None),
        },
        set(),
    ),
    "dblp-homonym-numbers-are-no-part-of-the-names": (
        "---\ntitle: Ines Marwick-Taal\n---\n\n# Ines Marwick-Taal\n\n## Publications\n\n"
        "- [j2] Li Wang 0007, Ines Marwick-Taal, Tomas Erdely: Lock-free skip lists. "
        "Distributed Comput. 36(1): 1-20 (2023)\n"
        "- [c4] Ines Marwick-Taal, Li Wang 0007: Fast renaming. PODC 2022: 10-19\n",
        "index.md",
        {
            ("Li Wang", "coauthor", "Ines Marwick-Taal", None, None),
            ("Li Wang", "coauthor", "Tomas Erdely", None, None),
        },
        {
            ("Li Wang 0007", "coauthor", "Ines Marwick-Taal", None, None),
            ("Ines Marwick-Taal", "coauthor", "Li Wang 0007", None, None),
        },
    ),
    "a-collaborations-label-before-its-named-authors-hides-none-of-them": (
        "Preprints of Dr. Cormac Iwu-Halvorsen\n\nPreprints\n\n"
        "[1] arXiv:2402.00001\nTitle: A community benchmark of neutrino event generators\n"
        "Authors: Generator Validation Collaboration: Aino Pesonen, Cormac Iwu-Halvorsen, "
        "Bakari Tembo, et al. (30 additional authors not shown)\nComments: 40 pages\n",
        "preprints.txt",
        {
            ("Aino Pesonen", "coauthor", "Cormac Iwu-Halvorsen", None, None),
            ("Aino Pesonen", "coauthor", "Bakari Tembo", None, None),
        },
        set(),
    ),
    "the-owners-thesis-badge-entry-gives-school-and-advisors-not-coauthors": (
        _html(
            "publications | Rosalind Achterberg-Imai",
            "<h1>publications</h1><div class='publications'><h2>2020</h2><ol><li>"
            "<div class='abbr'>PhD Thesis</div><div class='title'>Inverse problems in seismic "
            "imaging</div><div class='author'><em>Rosalind Achterberg-Imai</em></div>"
            "<div class='periodical'>PhD thesis, University of Harrowgate, 2020. Advisors: "
            "Lionel Mbeki-Strand and Petra Kowalski-Ruiz</div></li>"
            "<li><div class='abbr'>GJI</div><div class='title'>Full-waveform inversion with "
            "priors</div><div class='author'><em>Rosalind Achterberg-Imai</em>, and Lionel "
            "Mbeki-Strand</div><div class='periodical'>Geophysical Journal International, "
            "2019</div></li></ol></div>"
            "<footer>© 2025 Rosalind Achterberg-Imai. Powered by Jekyll with al-folio.</footer>",
        ),
        "publications.html",
        {
            ("Rosalind Achterberg-Imai", "advisor_phd", "Lionel Mbeki-Strand", None, 2020),
            ("Rosalind Achterberg-Imai", "advisor_phd", "Petra Kowalski-Ruiz", None, 2020),
            ("Rosalind Achterberg-Imai", "studied_at", "University of Harrowgate", None, 2020),
        },
        {
            ("Lionel Mbeki-Strand", "coauthor", "Petra Kowalski-Ruiz", None, None),
            ("Petra Kowalski-Ruiz", "coauthor", "Lionel Mbeki-Strand", None, None),
        },
    ),
    "a-copied-citation-profile-splits-at-each-line-ending-on-a-year": (
        "Dr. Wiremu Castellanos-Pike\nLecturer, University of Kaiapoi\n\nPUBLICATIONS\n\n"
        "Title\tCited by\tYear\n"
        "Rainfall extremes in alpine catchments\n"
        "W Castellanos-Pike, A Lindqvist\n"
        "Journal of Hydrology 601, 126612\t12\t2023\n"
        "Snowmelt timing from satellite albedo\n"
        "K Oduya, M Ferreira-Holt\n"
        "Remote Sensing of Environment 280, 113201\t30\t2022\n"
        "Groundwater recharge under drought\n"
        "W Castellanos-Pike\n"
        "Water Resources Research 57 (4)\t5\t2021\n",
        "cv.txt",
        {
            ("Wiremu Castellanos-Pike", "coauthor", "A. Lindqvist", None, None),
            ("K. Oduya", "coauthor", "M. Ferreira-Holt", None, None),
        },
        {
            ("A. Lindqvist", "coauthor", "K. Oduya", None, None),
            ("K. Oduya", "coauthor", "A. Lindqvist", None, None),
            ("Wiremu Castellanos-Pike", "coauthor", "K. Oduya", None, None),
        },
    ),
    "middle-dot-author-lists-with-a-hidden-middle-but-not-a-dotted-referee-list": (
        _html(
            "Selma Haugland-Oyelowo",
            "<h1>Selma Haugland-Oyelowo</h1><h2>Publications</h2>"
            "<p>Conference Paper<br>Tidal energy siting with ensemble forecasts<br>June 2023"
            "<br>Ruben Achebe · Selma Haugland-Oyelowo · [...] · Mireille Fontaine-Obi</p>"
            "<h2>References</h2><p>Henrik Salo · Amara Quist-Nwosu · Dorota Wielgus</p>",
        ),
        "index.html",
        {
            ("Ruben Achebe", "coauthor", "Selma Haugland-Oyelowo", None, None),
            ("Ruben Achebe", "coauthor", "Mireille Fontaine-Obi", None, None),
        },
        {
            ("Henrik Salo", "coauthor", "Amara Quist-Nwosu", None, None),
            ("Amara Quist-Nwosu", "coauthor", "Henrik Salo", None, None),
        },
    ),
    "a-reading-groups-faculty-sponsor-is-no-advisor-and-lends-no-department": (
        _html(
            "Reading group | Ilse Okonkwo-Brandt",
            "<h1>Ilse Okonkwo-Brandt</h1><p>PhD student in statistics.</p>"
            "<h2>Bayesian reading group</h2><p>We meet on Fridays.</p>"
            "<p>Faculty sponsor: Prof. Lorenzo Achterberg-Sy (Department of Biostatistics).</p>",
        ),
        "reading.html",
        set(),
        {
            ("Ilse Okonkwo-Brandt", "advisor_phd", "Lorenzo Achterberg-Sy", None, None),
            ("Ilse Okonkwo-Brandt", "member_of", "Department of Biostatistics", None, None),
        },
    ),
    "a-postdocs-host-note-keeps-the-institute-of-its-row": (
        "<html><head><title>CV — Jarrah Kovac-Mendes</title></head><body>"
        "<h1>Jarrah Kovac-Mendes</h1><h2>Employment</h2><table>"
        "<tr><td>2019–2022</td><td>Postdoctoral fellow (host: Ottoline Brandvold)</td>"
        "<td>Institute of Marine Ecology, Uppsund</td></tr></table></body></html>",
        "cv.html",
        {
            ("Jarrah Kovac-Mendes", "advisor_postdoc", "Ottoline Brandvold", 2019, 2022),
            ("Jarrah Kovac-Mendes", "employed_at", "Institute of Marine Ecology", 2019, 2022),
        },
        set(),
    ),
    "a-professional-masters-abbreviation-is-no-organisation": (
        "Dr. Moana Teague-Arslan\n\nEDUCATION\n2010–2014  PhD in Epidemiology, University of "
        "Rotowhenua\n2008–2009  MPH, University of Rotowhenua\n",
        "cv.txt",
        {("Moana Teague-Arslan", "studied_at", "University of Rotowhenua", 2008, 2009)},
        {("MPH", "part_of", "University of Rotowhenua", None, None)},
    ),
}


FIFTYEIGHTH_BATCH_LAYOUTS = {
    "a-page-wrapped-in-an-aspnet-form-is-read": (
        "<html><head><title>Dr Orla Penhallow | School of Marine Science</title></head><body>"
        '<form method="post" action="./orla-penhallow.aspx" id="aspnetForm">'
        '<input type="hidden" name="__VIEWSTATE" value="/wEPDwUBMA9k" />'
        '<div id="s4-workspace"><h1>Dr Orla Penhallow</h1>'
        '<div class="ms-rtestate-field"><h2>Employment history</h2><ul>'
        "<li>2019 – present: Senior Lecturer, Tregarth University</li></ul>"
        "<h2>Higher degree research supervision</h2><h3>Current candidates</h3><ul>"
        "<li>Casimir Roskilly (PhD, commenced 2022) – Principal supervisor</li></ul></div>"
        '</div><div class="search"><input name="q" /></div></form></body></html>',
        "orla-penhallow.aspx",
        {
            ("Orla Penhallow", "employed_at", "Tregarth University", 2019, None),
            ("Casimir Roskilly", "advisor_phd", "Orla Penhallow", 2022, None),
        },
        set(),
    ),
    "each-candidate-in-brackets-after-the-university-examined-at": (
        _html(
            "Wendeline Corrigan-Ashe",
            "<h1>Wendeline Corrigan-Ashe</h1><h2>Supervision</h2><h3>Thesis examination</h3>"
            "<p>External examiner for doctoral theses at Brackenholt University (Teodor "
            "Vasquez-Ilie, 2023) and the University of Marrowby (Signe Oduya-Hart, 2020).</p>"
            "<p>Internal examiner at Brackenholt University (Univ. of Marrowby, 2019).</p>",
        ),
        "profile.html",
        {
            ("Teodor Vasquez-Ilie", "jury_examiner", "Wendeline Corrigan-Ashe", 2023, 2023),
            ("Signe Oduya-Hart", "jury_examiner", "Wendeline Corrigan-Ashe", 2020, 2020),
        },
        {
            ("Univ. of Marrowby", "jury_examiner", "Wendeline Corrigan-Ashe", 2019, 2019),
        },
    ),
    "a-french-portal-record-names-author-and-supervisors-in-brackets": (
        _html(
            "Ambroise Delvigne-Kouassi — Portail de la recherche",
            "<h1>Ambroise Delvigne-Kouassi</h1><h2>Thèses d'étudiants</h2>"
            "<h3>Érosion des berges et végétation riveraine</h3>"
            "<p>Meunier-Sall, T. (Auteur), Delvigne-Kouassi, A. (Superviseur) &amp; "
            "Ravach, Q. (Superviseur), 2022</p>"
            "<p>Thèse d'étudiant: Thèse de doctorat</p>"
            "<h3>Les jardins partagés en ville moyenne</h3>"
            "<p>Loubet, E. (Auteure), Delvigne-Kouassi, A. (Superviseur), 2021</p>"
            "<p>Thèse d'étudiant: Mémoire de master</p>",
        ),
        "portail.html",
        {
            ("T. Meunier-Sall", "advisor_phd", "Ambroise Delvigne-Kouassi", None, 2022),
            ("T. Meunier-Sall", "advisor_phd", "Q. Ravach", None, 2022),
            ("E. Loubet", "advisor_other", "Ambroise Delvigne-Kouassi", 2021, 2021),
        },
        {
            ("E. Loubet", "advisor_phd", "Ambroise Delvigne-Kouassi", None, 2021),
        },
    ),
    "a-portal-lists-outputs-under-their-titles-and-leaves-out-book-editors": (
        _html(
            "Ambroise Delvigne-Kouassi — Portail de la recherche",
            "<h1>Ambroise Delvigne-Kouassi</h1><h2>Productions scientifiques récentes</h2>"
            "<h3>Retour d'expérience sur la restauration des berges en milieu urbain</h3>"
            "<p>Delvigne-Kouassi, A., Meunier-Sall, T. &amp; Ravach, Q., sept. 2023, Dans : "
            "Géocarrefour. 97, 2, 18 p.</p>"
            "<h3>Les rivières urbaines</h3>"
            "<p>Delvigne-Kouassi, A., 2020, Atlas des fleuves. Bastin, O. &amp; Perrault, L. "
            "(éds.). Namur : Presses de Haute-Sambre, p. 12-40</p>",
        ),
        "portail.html",
        {
            ("Ambroise Delvigne-Kouassi", "coauthor", "T. Meunier-Sall", None, None),
            ("Ambroise Delvigne-Kouassi", "coauthor", "Q. Ravach", None, None),
            ("T. Meunier-Sall", "coauthor", "Q. Ravach", None, None),
        },
        {
            ("O. Bastin", "coauthor", "L. Perrault", None, None),
            ("L. Perrault", "coauthor", "O. Bastin", None, None),
            ("Ambroise Delvigne-Kouassi", "coauthor", "O. Bastin", None, None),
            ("Ambroise Delvigne-Kouassi", "employed_at", "Retour d'expérience", None, None),
        },
    ),
    "a-portal-activity-card-dates-the-jury-its-title-names": (
        _html(
            "Ambroise Delvigne-Kouassi — Portail de la recherche",
            "<h1>Ambroise Delvigne-Kouassi</h1><h2>Activités récentes</h2>"
            "<h3>Examen de la thèse de doctorat de Maëlys Fontaine-Obi</h3>"
            "<p>Ambroise Delvigne-Kouassi (Membre du jury)</p><p>3 févr. 2024</p>"
            "<p>Activité: Examen</p>"
            "<h3>Jury de thèse de Rodolphe Brisbois</h3>"
            "<p>Ambroise Delvigne-Kouassi (Président)</p><p>12 oct. 2021</p>"
            "<h3>Évaluation de projets de recherche</h3>"
            "<p>Ambroise Delvigne-Kouassi (Rapporteur)</p><p>2020 → 2023</p>",
        ),
        "portail.html",
        {
            ("Maëlys Fontaine-Obi", "jury_member", "Ambroise Delvigne-Kouassi", 2024, 2024),
            ("Rodolphe Brisbois", "jury_president", "Ambroise Delvigne-Kouassi", 2021, 2021),
        },
        set(),
    ),
    "a-profile-heading-is-no-person-and-a-country-code-no-acronym": (
        _html(
            "Dr Savitri Anantharaman-Roy | IRINS",
            "<h1>Dr Savitri Anantharaman-Roy</h1><h2>Profile Information</h2>"
            "<p>She obtained her Ph.D. from the University of Tanjavur under the guidance of "
            "Prof. Raghunath Iyengar and was a postdoctoral fellow at the University of "
            "Kestrel Bay, UK.</p>",
        ),
        "profile.html",
        {
            ("Savitri Anantharaman-Roy", "advisor_phd", "Raghunath Iyengar", None, None),
            ("Savitri Anantharaman-Roy", "studied_at", "University of Tanjavur", None, None),
        },
        {
            ("Profile Information", "advisor_phd", "Raghunath Iyengar", None, None),
        },
    ),
    "a-guidance-register-starts-an-ongoing-thesis-in-its-year": (
        _html(
            "Dr Savitri Anantharaman-Roy | IRINS",
            "<h1>Dr Savitri Anantharaman-Roy</h1><h2>Ph.D. Guidance</h2><table>"
            "<tr><th>Scholar Name</th><th>Role</th><th>Status</th><th>Year</th></tr>"
            "<tr><td>Harini Venugopal</td><td>Supervisor</td><td>Awarded</td><td>2020</td></tr>"
            "<tr><td>Prakash Menon-Das</td><td>Supervisor</td><td>Ongoing</td><td>2023</td></tr>"
            "</table>",
        ),
        "profile.html",
        {
            ("Harini Venugopal", "advisor_phd", "Savitri Anantharaman-Roy", None, 2020),
            ("Prakash Menon-Das", "advisor_phd", "Savitri Anantharaman-Roy", 2023, None),
        },
        {
            ("Prakash Menon-Das", "advisor_phd", "Savitri Anantharaman-Roy", None, 2023),
        },
    ),
    "a-doctorate-in-engineering-sciences-is-a-phd": (
        _html(
            "Corentin Wathelet-Nsimba",
            "<h1>Corentin Wathelet-Nsimba</h1><h2>Parcours</h2><ul>"
            "<li>2011 : docteur en sciences de l'ingénieur, Université de Hainaut-Sambre "
            "(promoteur : Prof. Léon Deprez ; copromotrice : Dr Inès Ouali)</li></ul>",
        ),
        "profil.html",
        {
            ("Corentin Wathelet-Nsimba", "advisor_phd", "Léon Deprez", None, 2011),
            ("Corentin Wathelet-Nsimba", "advisor_phd", "Inès Ouali", None, 2011),
        },
        {
            ("Corentin Wathelet-Nsimba", "advisor_other", "Léon Deprez", 2011, 2011),
        },
    ),
    "an-institute-named-by-two-capitalised-words-then-its-subject": (
        _html(
            "Corentin Wathelet-Nsimba",
            "<h1>Corentin Wathelet-Nsimba</h1><h2>Parcours</h2><ul>"
            "<li>2011 – 2013 : chercheur postdoctoral à l'Institut Max Planck de recherche "
            "sur les polymères de Kellenbach</li></ul>"
            "<p>Membre du Laboratoire sur la mémoire et le vieillissement cognitif.</p>",
        ),
        "profil.html",
        {
            (
                "Corentin Wathelet-Nsimba",
                "employed_at",
                "Institut Max Planck de recherche sur les polymères de Kellenbach",
                2011,
                2013,
            ),
            (
                "Corentin Wathelet-Nsimba",
                "member_of",
                "Laboratoire sur la mémoire et le vieillissement cognitif",
                None,
                None,
            ),
        },
        {("Corentin Wathelet-Nsimba", "employed_at", "Institut Max Planck", 2011, 2013)},
    ),
    "a-year-first-table-names-its-student-in-a-candidate-cell": (
        _html(
            "Halvard Ostby-Mwangi",
            "<h1>Halvard Ostby-Mwangi</h1><h2>Supervision</h2><h3>Completed supervisions</h3>"
            "<table><tr><th>Year</th><th>Candidate</th><th>Degree</th><th>Role</th></tr>"
            "<tr><td>2022</td><td>Ylva Strandberg</td><td>PhD</td><td>Main supervisor</td></tr>"
            "<tr><td>2019</td><td>Mathias Rørvik</td><td>MSc</td><td>Co-supervisor</td></tr>"
            "</table>",
        ),
        "profile.html",
        {
            ("Ylva Strandberg", "advisor_phd", "Halvard Ostby-Mwangi", None, 2022),
            ("Mathias Rørvik", "advisor_other", "Halvard Ostby-Mwangi", 2019, 2019),
        },
        set(),
    ),
    "a-role-before-the-candidate-and-a-comma": (
        _html(
            "Halvard Ostby-Mwangi",
            "<h1>Halvard Ostby-Mwangi</h1><h2>PhD committees</h2><ul>"
            "<li>First opponent, Kajsa Lindell-Obi, Umeå-Vindel University, 2021</li>"
            "<li>Committee member (administrator), Per Aamot, University of Vestfold-Lågen, "
            "2019</li></ul>",
        ),
        "profile.html",
        {
            ("Kajsa Lindell-Obi", "jury_reviewer", "Halvard Ostby-Mwangi", 2021, 2021),
            ("Per Aamot", "jury_member", "Halvard Ostby-Mwangi", 2019, 2019),
        },
        set(),
    ),
    "a-codirection-beside-the-named-director-is-the-owners": (
        _html(
            "Mireille Tremblay-Asante | Département de psychologie",
            "<h1>Mireille Tremblay-Asante</h1><h2>Direction de recherche</h2><h3>Doctorat</h3>"
            "<ul><li>Loïc Bergeron-Diop, Ph. D. (2019) — codirection (directeur : Alain "
            "Paquin-Sow)</li><li>Rosalie Marchetti-Ba, Ph. D. (2021) — direction</li></ul>",
        ),
        "profil.html",
        {
            ("Loïc Bergeron-Diop", "advisor_phd", "Mireille Tremblay-Asante", None, 2019),
            ("Loïc Bergeron-Diop", "advisor_phd", "Alain Paquin-Sow", None, 2019),
            ("Rosalie Marchetti-Ba", "advisor_phd", "Mireille Tremblay-Asante", None, 2021),
        },
        set(),
    ),
    "a-member-of-an-institute-is-no-employee-of-it": (
        _html(
            "Tobiah Ferreira-Lund | Redwater University",
            "<h1>Tobiah Ferreira-Lund</h1><p>Professor, Redwater University.</p>"
            "<p>Tobiah Ferreira-Lund works on quantum sensors. He is a member of the Redwater "
            "Quantum Institute and served as Associate Chair from 2019 to 2022.</p>",
        ),
        "profile.html",
        set(),
        {
            ("Tobiah Ferreira-Lund", "employed_at", "Redwater Quantum Institute", 2019, 2022),
        },
    ),
    "a-committee-page-and-a-find-a-supervisor-directory-state-no-relation": (
        "<html><head><title>Meet the Committee | Faculty Tenure Committee | Ashgrove State "
        "University</title></head><body><h1>Meet the Committee</h1><h2>Committee members</h2>"
        "<ul><li>Dr. Helga Strand-Obi, Chair — Professor of History</li>"
        "<li>Dr. Ravi Castellanos, Secretary — Office of Faculty Affairs</li></ul>"
        "<h2>Trouver une direction de recherche</h2><h3>Pr Ludovic Sénéchal</h3>"
        "<p>Professeur titulaire — Géotechnique</p>"
        "<p>Accepte des étudiants : Oui — doctorat (2 places pour 2025)</p>"
        "<p>Codirection possible avec : Pre Anaïs Couture-Mbaye (Structures)</p>"
        "</body></html>",
        "committee.html",
        set(),
        {
            ("Helga Strand-Obi", "member_of", "Faculty Tenure Committee", None, None),
            ("Ravi Castellanos", "member_of", "Faculty Tenure Committee", None, None),
            ("Helga Strand-Obi", "member_of", "Ashgrove State University", None, None),
            ("Ravi Castellanos", "member_of", "Ashgrove State University", None, None),
            ("Ludovic Sénéchal", "advisor_phd", "Pre Anaïs Couture-Mbaye", None, 2025),
            ("Ludovic Sénéchal", "advisor_phd", "Anaïs Couture-Mbaye", None, 2025),
        },
    ),
}


# Batch 57: French pages of the humanities, law, medicine, economics and architecture.
FIFTYSEVENTH_BATCH_LAYOUTS = {
    "a-candidates-advisors-and-references-heading-names-no-students": (
        _html(
            "Lison Abgrall-Moreno",
            "<h1>Lison Abgrall-Moreno</h1><p>Doctorante en économie.</p>"
            "<h2>Encadrement et références</h2>"
            "<p>Directrice de thèse : Béatrice Ollivier-Kane</p>"
            "<p>Comité de thèse : Béatrice Ollivier-Kane, Gaspard Tiercelin</p>"
            "<p>Comité de suivi individuel (CSI) : Noémie Varrault</p>"
            "<p>Lettres de recommandation : Gaspard Tiercelin, Ruth Okafor-Lind</p>",
        ),
        "candidate.html",
        {
            ("Lison Abgrall-Moreno", "advisor_phd", "Béatrice Ollivier-Kane", None, None),
            ("Lison Abgrall-Moreno", "jury_member", "Gaspard Tiercelin", None, None),
        },
        {
            ("Béatrice Ollivier-Kane", "advisor_phd", "Lison Abgrall-Moreno", None, None),
            ("Ruth Okafor-Lind", "advisor_other", "Lison Abgrall-Moreno", None, None),
            ("Lison Abgrall-Moreno", "jury_member", "Noémie Varrault", None, None),
        },
    ),
    "a-text-dumps-advisor-in-brackets-runs-on-into-the-next-line": (
        "Romane LEHUÉDÉ\n\nFORMATION\n\n"
        "2020            Doctorat de géographie, Université de Sarthe-Huisne\n"
        "                Sous la direction de Paul Ferrandi (PU) et Inès Borowski (MCF HDR)\n"
        "                Soutenue le 4 décembre 2020\n",
        "cv.txt",
        {
            ("Romane Lehuédé", "advisor_phd", "Paul Ferrandi", None, 2020),
            ("Romane Lehuédé", "advisor_phd", "Inès Borowski", None, 2020),
            ("Romane Lehuédé", "studied_at", "Université de Sarthe-Huisne", None, 2020),
        },
        set(),
    ),
    "a-unit-named-by-a-list-of-nouns-is-expanded-from-its-acronym": (
        "Tanguy MOALIC\nChercheur associé au Laboratoire Cultures, Langues et Textes "
        "(LACULT, UMR 6290)\n\nPOSTES\n\n2021-2023   Post-doctorant, projet ANR MARGES "
        "(coord. Yvonne Sterkel), Institut d'études avancées du Léon (IEAL), Brest\n"
        "Depuis 2023  Chercheur associé, LACULT\n",
        "cv.txt",
        {
            ("Tanguy Moalic", "employed_at", "Institut d'études avancées du Léon", 2021, 2023),
            ("Tanguy Moalic", "member_of", "Laboratoire Cultures, Langues et Textes", 2023, None),
        },
        {
            ("Tanguy Moalic", "member_of", "LACULT", 2023, None),
            ("ANR MARGES", "part_of", "Institut d'études avancées du Léon", None, None),
        },
    ),
    "an-ecole-nationale-superieure-de-x-and-an-institut-en-a-et-b-are-read-whole": (
        _html(
            "Aurèle Pontchâteau",
            "<h1>Aurèle Pontchâteau</h1><p>Depuis 2018, je suis maître de conférences à "
            "l'École nationale supérieure d'architecture de Vannes-Rhuys et membre de "
            "l'Institut de recherche en paysage et patrimoine bâti (IRPPB, UR 7410).</p>",
        ),
        "about.html",
        {
            (
                "Aurèle Pontchâteau",
                "employed_at",
                "École Nationale Supérieure d'architecture de Vannes-Rhuys",  # (read titled)
                2018,
                None,
            ),
            (
                "Aurèle Pontchâteau",
                "member_of",
                "Institut de recherche en paysage et patrimoine bâti",
                2018,
                None,
            ),
        },
        set(),
    ),
    "a-pu-ph-timeline-names-its-md-thesis-jury-hospital-and-postdoc-lab": (
        _html(
            "Pr Gwendal Ruaux-Sidibé",
            "<h1>Pr Gwendal Ruaux-Sidibé</h1><h2>Parcours</h2><ul>"
            "<li>2009: Thèse d'exercice (doctorat en médecine), Université de Rance-Émeraude — "
            "directeur de thèse : Pr Loïc Derval ; président du jury : Pr Annaïg Coatanéa</li>"
            "<li>2009 – 2012: Chef de clinique-assistant (CCA), service de cardiologie, "
            "Hospices civils de Rance-Émeraude</li>"
            "<li>2015 – 2017: Post-doctorat dans le laboratoire du Pr Helen Crabtree-Obi, "
            "Heartwell Institute, University of Dunmere</li>"
            "<li>Depuis 2022: PU-PH, Université de Rance-Émeraude / CHU de Rance-Émeraude</li>"
            "</ul>",
        ),
        "praticien.html",
        {
            ("Gwendal Ruaux-Sidibé", "advisor_phd", "Loïc Derval", None, 2009),
            ("Gwendal Ruaux-Sidibé", "jury_president", "Annaïg Coatanéa", 2009, 2009),
            (
                "Gwendal Ruaux-Sidibé",
                "employed_at",
                "Hospices Civils de Rance-Émeraude",  # (its adjective read titled)
                2009,
                2012,
            ),
            ("Gwendal Ruaux-Sidibé", "advisor_postdoc", "Helen Crabtree-Obi", 2015, 2017),
            ("Gwendal Ruaux-Sidibé", "employed_at", "Université de Rance-Émeraude", 2022, None),
            ("Gwendal Ruaux-Sidibé", "employed_at", "CHU de Rance-Émeraude", 2022, None),
        },
        {
            ("Gwendal Ruaux-Sidibé", "member_of", "PU-PH", 2022, None),
            ("Gwendal Ruaux-Sidibé", "member_of", "CHU de Rance-Émeraude", 2022, None),
            ("CHU de Rance-Émeraude", "part_of", "Université de Rance-Émeraude", None, None),
        },
    ),
    "masters-theses-listed-with-their-level-and-a-students-thesis-prize": (
        _html(
            "Clémentine Ouvrard-Saïdi",
            "<h1>Clémentine Ouvrard-Saïdi</h1><h2>Encadrement</h2><ul>"
            "<li>Direction de mémoires de master : Jules Hamonic (M2, 2023), "
            "Sarah Benyamina (M1, 2024).</li></ul>"
            "<h2>Thèses dirigées</h2><ul><li>M. Anatole Vigier, <em>Le bail rural</em>, "
            "soutenue le 3 juin 2022 — Prix de thèse de l'Université de Morvan-Yonne.</li></ul>",
        ),
        "encadrement.html",
        {
            ("Jules Hamonic", "advisor_other", "Clémentine Ouvrard-Saïdi", 2023, 2023),
            ("Sarah Benyamina", "advisor_other", "Clémentine Ouvrard-Saïdi", 2024, 2024),
            ("Anatole Vigier", "advisor_phd", "Clémentine Ouvrard-Saïdi", None, 2022),
        },
        {
            ("Jules Hamonic", "advisor_internship", "Clémentine Ouvrard-Saïdi", 2023, 2023),
        },
    ),
    "book-reviews-name-no-coauthors-and-a-cnu-qualification-no-studies": (
        _html(
            "Mathurin Kergoat",
            "<h1>Mathurin Kergoat</h1><p>Qualifié aux sections 21 et 22 du CNU (2020).</p>"
            "<h2>Publications</h2><h3>Articles</h3><ul><li>Mathurin Kergoat et Yuna Le Dantec, "
            "« Les foires de Guingamp », <em>Annales de l'Argoat</em>, 2021.</li></ul>"
            "<h3>Comptes rendus</h3><ul><li>Rosalind Achterberg et Paulo Serrão Dias, "
            "<em>Merchants of the Atlantic</em>, Lisbonne, 2020, dans <em>Annales de "
            "l'Argoat</em>, 2021.</li><li>Compte rendu de Hélène Tréguier et Anselme Coadou, "
            "<em>Les ports bretons</em>, Rennes, 2019.</li></ul>",
        ),
        "publications.html",
        {("Mathurin Kergoat", "coauthor", "Yuna Le Dantec", None, None)},
        {
            ("Paulo Serrão Dias", "coauthor", "Rosalind Achterberg", None, None),
            ("Rosalind Achterberg", "coauthor", "Paulo Serrão Dias", None, None),
            ("Anselme Coadou", "coauthor", "Hélène Tréguier", None, None),
            ("Hélène Tréguier", "coauthor", "Anselme Coadou", None, None),
            ("Mathurin Kergoat", "studied_at", "CNU", None, 2020),
        },
    ),
    "a-doctoral-students-page-of-cards-has-no-owner-its-alumni-carry-their-jury": (
        _html(
            "Doctorant·e·s — Laboratoire Littoral",
            "<h1>Doctorant·e·s</h1><p>Le laboratoire accueille dix doctorant·e·s.</p>"
            "<h3>Lénaïg Prigent</h3><ul><li>Direction: Hervé Caouissin</li>"
            "<li>Co-encadrement: Maëva Tosser</li><li>Début de thèse: 2022</li></ul>"
            "<h3>Brieuc Salaün</h3><ul><li>Direction: Maëva Tosser</li>"
            "<li>Début de thèse: 2023</li></ul>"
            "<h3>Soizic Le Gall-Onana</h3><ul><li>Direction: Hervé Caouissin</li>"
            "<li>Comité de suivi: Ronan Kerdraon</li><li>Début de thèse: 2021</li></ul>"
            "<h2>Soutenues</h2><ul><li>Erwan Quéméner, <em>Les estrans</em>, soutenue le "
            "2 juillet 2024, sous la direction de Ronan Kerdraon. Jury : Anne Guivarc'h "
            "(rapporteure), Pierre Jaouen (rapporteur), Maëva Tosser (présidente).</li></ul>",
        ),
        "doctorants.html",
        {
            ("Lénaïg Prigent", "advisor_phd", "Hervé Caouissin", 2022, None),
            ("Lénaïg Prigent", "advisor_phd", "Maëva Tosser", 2022, None),
            ("Brieuc Salaün", "advisor_phd", "Maëva Tosser", 2023, None),
            ("Erwan Quéméner", "advisor_phd", "Ronan Kerdraon", None, 2024),
            ("Erwan Quéméner", "jury_reviewer", "Anne Guivarc'h", 2024, 2024),
            ("Erwan Quéméner", "jury_president", "Maëva Tosser", 2024, 2024),
        },
        {
            ("Maëva Tosser", "advisor_phd", "Lénaïg Prigent", None, None),
            ("Soizic Le Gall-Onana", "advisor_phd", "Ronan Kerdraon", 2021, None),
        },
    ),
    "a-law-doctoral-students-record-names-monsieur-le-professeur-and-its-start": (
        _html(
            "Fiche doctorant — Corentin Blanchard-Oyelowo",
            "<h1>Corentin Blanchard-Oyelowo</h1><p>Doctorant contractuel en droit public — "
            "Institut d'études juridiques de l'Ouest (IEJO, UR 4102), Université de "
            "Mayenne-Loire</p><h2>Thèse</h2><table>"
            "<tr><th>Direction</th><td>M. le Professeur Yann Cadiou-Mensah</td></tr>"
            "<tr><th>Codirection</th><td>Mme la Professeure Odile Serrurier</td></tr>"
            "<tr><th>Première inscription</th><td>octobre 2023</td></tr>"
            "<tr><th>Comité de suivi individuel</th><td>Pr Rémi Lostanlen</td></tr></table>",
        ),
        "fiche.html",
        {
            ("Corentin Blanchard-Oyelowo", "advisor_phd", "Yann Cadiou-Mensah", 2023, None),
            ("Corentin Blanchard-Oyelowo", "advisor_phd", "Odile Serrurier", 2023, None),
            (
                "Corentin Blanchard-Oyelowo",
                "member_of",
                "Institut d'études juridiques de l'Ouest",
                None,
                None,
            ),
        },
        {
            (
                "Corentin Blanchard-Oyelowo",
                "studied_at",
                "Institut d'études juridiques de l'Ouest",
                None,
                None,
            ),
            ("Corentin Blanchard-Oyelowo", "jury_member", "Rémi Lostanlen", None, None),
        },
    ),
    "a-philosophers-prose-tells-its-jury-the-juries-sat-on-and-a-codirection": (
        "Aymeric Delahaye-Mbow\n\nÀ propos\n\n"
        "J'ai soutenu en 2016 une thèse de philosophie à l'Université de Meuse-Argonne, "
        "préparée sous la direction de Gilberte Vauquois et intitulée La confiance. Essai "
        "sur l'intersubjectivité. Le jury, présidé par Louise Mabillon, comprenait également "
        "Hugo Schellenberg et Katarzyna Wójcik, rapporteurs, ainsi que Denis Fourcroy, "
        "examinateur. Auparavant, j'avais été reçu à l'agrégation de philosophie (2011) "
        "après des études à la Humboldt-Universität Elbstadt.\n\n"
        "Depuis mon recrutement, j'ai eu le plaisir de siéger dans les jurys de thèse de "
        "Nora Bellamy (Université de Lille-Scarpe, 2022), en tant que rapporteur, et "
        "d'Ismaël Traoré-Lenoir (Université de Caen-Orne, 2024), en tant qu'examinateur. "
        "J'encadre actuellement, en codirection avec Louise Mabillon, la thèse de Capucine "
        "Arbogast (Université de Meuse-Argonne, depuis 2023).\n",
        "apropos.txt",
        {
            ("Aymeric Delahaye-Mbow", "jury_president", "Louise Mabillon", 2016, 2016),
            ("Aymeric Delahaye-Mbow", "jury_reviewer", "Hugo Schellenberg", 2016, 2016),
            ("Aymeric Delahaye-Mbow", "jury_reviewer", "Katarzyna Wójcik", 2016, 2016),
            ("Aymeric Delahaye-Mbow", "jury_examiner", "Denis Fourcroy", 2016, 2016),
            ("Nora Bellamy", "jury_reviewer", "Aymeric Delahaye-Mbow", 2022, 2022),
            ("Ismaël Traoré-Lenoir", "jury_examiner", "Aymeric Delahaye-Mbow", 2024, 2024),
            ("Capucine Arbogast", "advisor_phd", "Aymeric Delahaye-Mbow", 2023, None),
            ("Capucine Arbogast", "advisor_phd", "Louise Mabillon", 2023, None),
        },
        {("Aymeric Delahaye-Mbow", "jury_reviewer", "Denis Fourcroy", 2016, 2016)},
    ),
    "a-title-years-a-prize-giver-a-degree-acronym-and-the-same-year": (
        '---\ntitle: "Maël Guénolé-Asante"\neducation:\n  courses:\n'
        "    - course: DSA Architecture et patrimoine\n      institution: École de Chaillot-Iéna\n"
        "      year: 2011\n---\n\n"
        "Ma thèse, *Les cités-jardins de Quimper-Odet (1919-1939)*, a été soutenue en 2018 "
        "à l'Université de Cornouaille, sous la direction de Jacques Le Floc'h. Elle a reçu "
        "le prix de la Fondation Kerjean pour l'architecture. Reçu au concours de maître de "
        "conférences (2019), j'ai été nommé à l'ENSA de Brest-Iroise la même année.\n",
        "about.md",
        {
            ("Maël Guénolé-Asante", "advisor_phd", "Jacques Le Floc'h", None, 2018),
            ("Maël Guénolé-Asante", "studied_at", "École de Chaillot-Iéna", None, 2011),
            ("Maël Guénolé-Asante", "employed_at", "ENSA de Brest-Iroise", 2019, None),
        },
        {
            ("Maël Guénolé-Asante", "advisor_phd", "Jacques Le Floc'h", 1919, 1939),
            ("Maël Guénolé-Asante", "studied_at", "DSA Architecture", None, 2011),
            (
                "Maël Guénolé-Asante",
                "studied_at",
                "Fondation Kerjean pour l'architecture",
                None,
                2018,
            ),
            ("Maël Guénolé-Asante", "employed_at", "ENSA de Brest-Iroise", 2019, 2019),
        },
    ),
    "a-sites-name-bar-spells-its-unit-in-sentence-case-after-an-em-dash": (
        _html(
            "Ewen Morvezen | Centre d'études médiévales de l'Argoat",
            "<div>CEMA — Centre d'études médiévales de l'Argoat</div>"
            "<h1>Ewen Morvezen</h1><ul><li>Depuis 2020 : maître de conférences en histoire "
            "médiévale à l'Université de Trégor-Goëlo, membre du CEMA (UR 3917).</li></ul>",
        ),
        "profil.html",
        {
            ("Ewen Morvezen", "employed_at", "Université de Trégor-Goëlo", 2020, None),
            ("Ewen Morvezen", "member_of", "Centre d'études médiévales de l'Argoat", 2020, None),
        },
        {("Ewen Morvezen", "member_of", "CEMA", 2020, None)},
    ),
}


FIFTYNINTH_BATCH_LAYOUTS = {
    "a-chinese-faculty-pages-bold-group-title-ends-the-awards-its-candidates-are-students": (
        _html(
            "QIU Mingze - Faculty",
            "<h1>QIU Mingze</h1><p>Dr. Mingze Qiu is a Professor and Ph.D. supervisor at the "
            "School of Physics, Lanjiang University.</p>"
            "<p><b>Honors and Awards</b></p><p>2021 Changjiang Scholar Distinguished Professor</p>"
            "<p><b>Research Group</b></p>"
            "<p>Ph.D. candidates: DU Haoyu (2021-), Selin Arat (2022-, co-supervised with Prof. "
            "TAN Lixue)</p><p>Master's students: KONG Yiwen, LEI Zhuoran</p>"
            "<h3>Representative Publications (# students; * corresponding author)</h3>"
            "<ol><li>Haoyu Du#, Mingze Qiu*. Spin textures in twisted bilayers. Phys. Rev. B, "
            "2023.</li><li>Mingze Qiu, Lixue Tan. Magnons in films. Phys. Rev. B, 2020.</li>"
            "</ol>",
        ),
        "qiu.html",
        {
            ("Haoyu Du", "advisor_phd", "Mingze Qiu", 2021, None),
            ("Selin Arat", "advisor_phd", "Mingze Qiu", 2022, None),
            ("Selin Arat", "advisor_phd", "Lixue Tan", 2022, None),
            ("Yiwen Kong", "advisor_other", "Mingze Qiu", None, None),
            ("Haoyu Du", "coauthor", "Mingze Qiu", None, None),
        },
        {
            ("Mingze Qiu", "studied_at", "Lanjiang University", None, None),
            ("DU Haoyu", "part_of", "Selin Arat", None, None),
            ("Mingze Qiu", "studied_at", "DU Haoyu", 2021, None),
        },
    ),
    "a-japanese-lab-roster-reads-its-course-years-faculty-cards-and-fellows-hosts": (
        _html(
            "Members | Kuwabara Laboratory",
            "<h1>Members</h1><h2>Faculty</h2><h3>Prof. Isamu KUWABARA (PI)</h3>"
            "<p>Professor. Ph.D. (Science), Minase University, 2001. Associate Professor at "
            "Minase University (2001–2010), Professor at Tokiwa University since 2010.</p>"
            "<h3>Dr. Anneke Vos</h3><p>Specially Appointed Assistant Professor (2022–). Former "
            "postdoc at Lorentz Institute.</p>"
            "<h2>Postdoctoral Researchers</h2><ul><li>Dr. Koji ENDO — JSPS Research Fellow "
            "(PD), 2024–. Host: Prof. Isamu Kuwabara</li><li>Dr. Marta Oliveira — JSPS "
            "International Research Fellow, 2023–2025. Host researcher: Assoc. Prof. Yuna "
            "Hirose</li></ul>"
            "<h2>Students</h2><h3>Master's course</h3><ul><li>M2: Riku SAWADA, Nao ICHIKAWA"
            "</li></ul><h2>Alumni</h2><h3>Former staff</h3><ul><li>Dr. Goro TSUJI, Assistant "
            "Professor (2012–2018), now at Hamanaka University</li></ul>",
        ),
        "members.html",
        {
            ("Koji Endo", "advisor_postdoc", "Isamu Kuwabara", 2024, None),
            ("Marta Oliveira", "advisor_postdoc", "Yuna Hirose", 2023, 2025),
            ("Riku Sawada", "advisor_other", "Isamu Kuwabara", None, None),
            ("Nao Ichikawa", "advisor_other", "Isamu Kuwabara", None, None),
            ("Isamu Kuwabara", "studied_at", "Minase University", None, 2001),
            ("Isamu Kuwabara", "employed_at", "Minase University", 2001, 2010),
        },
        {
            ("Anneke Vos", "advisor_postdoc", "Isamu Kuwabara", 2022, None),
            ("Marta Oliveira", "advisor_postdoc", "Isamu Kuwabara", 2023, 2025),
            ("Riku Sawada", "advisor_internship", "Isamu Kuwabara", None, None),
            ("Goro Tsuji", "advisor_phd", "Isamu Kuwabara", 2012, 2018),
        },
    ),
    "a-visiting-scholars-host-is-no-doctoral-advisor-a-visiting-professors-none": (
        _html(
            "WEI Zhongyu",
            "<h1>WEI Zhongyu</h1><h2>Work Experience</h2>"
            "<p>2017.03-2018.02 Visiting Scholar, Department of Geography, University of "
            "Harrowby (host: Prof. Imogen Stray)</p>"
            "<p>2022 Visiting Professor, Kessel University (host: Prof. Anton Brill)</p>",
        ),
        "wei.html",
        {("Zhongyu Wei", "advisor_other", "Imogen Stray", 2017, 2018)},
        {
            ("Zhongyu Wei", "advisor_phd", "Imogen Stray", 2017, 2018),
            ("Zhongyu Wei", "advisor_phd", "Anton Brill", None, 2022),
            ("Zhongyu Wei", "advisor_other", "Anton Brill", 2022, 2022),
        },
    ),
    "an-indian-research-guidance-table-under-its-counted-label-with-co-guide-and-status": (
        _html(
            "Dr. Kavitha Ranganathan | Faculty",
            "<h2>Dr. Kavitha Ranganathan</h2>"
            "<h3>Experience</h3><ul><li>Professor, Dept. of Civil Engineering, Tapti "
            "Institute of Technology, 2015 – till date</li></ul>"
            "<h3>Research Guidance</h3><p>Ph.D. Guided: 2 (Completed), 1 (Ongoing)</p>"
            "<table><tr><th>Name of the Scholar</th><th>Role</th><th>Year</th><th>Status</th>"
            "</tr><tr><td>Mr. Hemant Joshi</td><td>Research Supervisor</td><td>2019</td>"
            "<td>Awarded</td></tr><tr><td>Ms. Rukhsar Begum</td><td>Co-guide (Guide: Dr. "
            "Sunil Pawar)</td><td>2022</td><td>Awarded</td></tr><tr><td>Mr. Arun Nair</td>"
            "<td>Research Supervisor</td><td>2023</td><td>Ongoing</td></tr></table>"
            "<p>M.Tech. Projects Guided: 31</p>"
            "<h4>Doctoral Committee Member</h4><ul><li>Doctoral Committee (DC) member for Mr. "
            "Vivek Rao (Dept. of ME), 2018 – 2022</li></ul>"
            "<h4>Ph.D. Thesis Evaluation / Viva-voce</h4><ul><li>Conducted the viva-voce "
            "examination of Ms. Leela Menon as External Examiner, Krishna University, 2021."
            "</li></ul>",
        ),
        "faculty.html",
        {
            ("Kavitha Ranganathan", "employed_at", "Tapti Institute of Technology", 2015, None),
            ("Hemant Joshi", "advisor_phd", "Kavitha Ranganathan", None, 2019),
            ("Rukhsar Begum", "advisor_phd", "Kavitha Ranganathan", None, 2022),
            ("Rukhsar Begum", "advisor_phd", "Sunil Pawar", None, 2022),
            ("Arun Nair", "advisor_phd", "Kavitha Ranganathan", 2023, None),
            ("Leela Menon", "jury_examiner", "Kavitha Ranganathan", 2021, 2021),
        },
        {
            ("Vivek Rao", "jury_member", "Kavitha Ranganathan", 2022, 2022),
            ("Projects Guided", "advisor_other", "Kavitha Ranganathan", None, None),
            ("Arun Nair", "advisor_phd", "Kavitha Ranganathan", None, 2023),
        },
    ),
    "an-indian-qualifications-table-dates-the-phd-its-guide-and-engineering-degrees": (
        _html(
            "Dr. Meghna Bhatt | Faculty",
            "<h2>Dr. Meghna Bhatt</h2><p>Specialization: VLSI Design, Embedded Systems</p>"
            "<h3>Educational Qualification</h3><table><tr><th>Degree</th><th>Institute</th>"
            "<th>Year</th></tr><tr><td>Ph.D.</td><td>Narmada Institute of Science</td><td>2012"
            "</td></tr><tr><td>M.E.</td><td>Sabari College of Engineering</td><td>2006</td></tr>"
            "<tr><td>B.E.</td><td>Pamba University</td><td>2004</td></tr></table>"
            "<p>Ph.D. thesis carried out under the guidance of Prof. R. Iyer.</p>",
        ),
        "bhatt.html",
        {
            ("Meghna Bhatt", "studied_at", "Sabari College of Engineering", None, 2006),
            ("Meghna Bhatt", "studied_at", "Pamba University", None, 2004),
            ("Meghna Bhatt", "advisor_phd", "R. Iyer", None, 2012),
        },
        {
            ("Meghna Bhatt", "advisor_phd", "R. Iyer", None, 2004),
            ("Meghna Bhatt", "member_of", "VLSI Design", None, None),
        },
    ),
    "a-researchmap-dump-reads-its-research-history-hosts-and-sub-examiners": (
        "researchmap\n\nSayaka Morioka\nAssociate Professor, Kasumi University\n\n"
        "Research Interests\n  Glaciology\n\nResearch History\n"
        "  Apr. 2020 - Present   Kasumi University, Graduate School of Science, Associate "
        "Professor\n"
        "  Apr. 2017 - Mar. 2020   Japan Society for the Promotion of Science (JSPS), "
        "Research Fellow (PD)   Host researcher: Prof. Hideo Takemura\n\n"
        "Doctoral Thesis Examinations\n"
        "  2023   Sub-examiner (副査), doctoral thesis of Jin-woo Park, Kasumi University\n",
        "rm.txt",
        {
            ("Sayaka Morioka", "employed_at", "Kasumi University", 2020, None),
            ("Sayaka Morioka", "advisor_postdoc", "Hideo Takemura", 2017, 2020),
            ("Jin-woo Park", "jury_examiner", "Sayaka Morioka", 2023, 2023),
        },
        set(),
    ),
    "a-korean-cv-names-its-dust-acronym-its-postdoc-pi-and-integrated-program": (
        "CURRICULUM VITAE\n\nMin-seo Baek, Ph.D.\nAssistant Professor\n"
        "Department of Materials Science\nGyeryong University of Science and Technology "
        "(GUST)\n\nEDUCATION\n\n"
        "Mar. 2010 – Feb. 2016    Ph.D. in Materials Science\n"
        "                          Hwasan Institute of Technology (M.S./Ph.D. integrated "
        "program)\n                          Advisor: Prof. Tae-yang Ahn\n\n"
        "PROFESSIONAL EXPERIENCE\n\n"
        "Sep. 2021 – Present      Assistant Professor\n"
        "                          Department of Materials Science, GUST\n\n"
        "Mar. 2016 – Feb. 2019    Postdoctoral Researcher\n"
        "                          Department of Physics, Clearwater University, USA\n"
        "                          Principal Investigator: Prof. Nora Whitcombe\n",
        "cv.txt",
        {
            ("Min-seo Baek", "advisor_phd", "Tae-yang Ahn", 2010, 2016),
            (
                "Min-seo Baek",
                "employed_at",
                "Gyeryong University of Science and Technology",
                2021,
                None,
            ),
            ("Min-seo Baek", "advisor_postdoc", "Nora Whitcombe", 2016, 2019),
        },
        {
            (
                "Min-seo Baek",
                "studied_at",
                "Gyeryong University of Science and Technology",
                None,
                None,
            ),
        },
    ),
    "a-korean-lab-table-reads-the-integrated-program-as-a-doctorate-and-its-pi-cards": (
        _html(
            "People | PQL Lab",
            "<h1>People</h1><h2>Principal Investigators</h2><h4>Prof. Hye-rin Son</h4>"
            "<p>Professor, Department of Physics, Daewon University (2012–present)<br>Ph.D., "
            "Physics, Ilsan University, 2007 (Advisor: Prof. Kyung-ho Jeon)</p>"
            "<h2>Current Members</h2><table><tr><th>Name</th><th>Program</th><th>Since</th>"
            "<th>Advisor</th></tr><tr><td>Ji-ho Yoon</td><td>M.S./Ph.D. integrated program</td>"
            "<td>2021</td><td>Prof. Hye-rin Son</td></tr></table>",
        ),
        "people.html",
        {
            ("Ji-ho Yoon", "advisor_phd", "Hye-rin Son", 2021, None),
            ("Hye-rin Son", "advisor_phd", "Kyung-ho Jeon", None, 2007),
            ("Hye-rin Son", "studied_at", "Ilsan University", None, 2007),
        },
        {("Ji-ho Yoon", "advisor_other", "Hye-rin Son", 2021, None)},
    ),
    "a-units-capitalised-engineering-program-is-no-study": (
        _html(
            "CV — Dr. Rana Haddadin",
            "<h1>Curriculum Vitae</h1><p><b>Rana Haddadin</b></p><h2>Appointments</h2><ul>"
            "<li>2015–2020: Assistant Professor, Mechanical Engineering Program, Wadi Rum "
            "University, Aqaba</li></ul>",
        ),
        "cv.html",
        {("Rana Haddadin", "employed_at", "Wadi Rum University", 2015, 2020)},
        {("Rana Haddadin", "studied_at", "Wadi Rum University", 2015, 2020)},
    ),
    "a-text-dump-sets-kind-lines-over-students-and-labels-over-juries-served": (
        "                   CURRICULUM VITAE\n                  LIM Boon Keng, Ph.D.\n\n"
        "Associate Professor, Merlion University\n\nGRADUATE STUDENT SUPERVISION\n"
        "Ph.D. (as main supervisor)\n  Wen Hui NG (2017–2022). Thesis: Robust queues.\n"
        "M.Eng. (thesis advisor)\n  Darius CHEONG (2020).\n\n"
        "THESIS COMMITTEES\nOral defense committee:\n"
        "  Priya Kannan (Ph.D., Merlion University, 2020)\n"
        "Chair of thesis committee:\n  Ahmad Faizal (Ph.D., Merlion University, 2023)\n"
        "Examiner:\n  Qualifying examination of Hui Min TOH (2022)\n",
        "cv.txt",
        {
            ("Wen Hui Ng", "advisor_phd", "Boon Keng Lim", 2017, 2022),
            ("Darius Cheong", "advisor_other", "Boon Keng Lim", 2020, 2020),
            ("Priya Kannan", "jury_member", "Boon Keng Lim", 2020, 2020),
            ("Ahmad Faizal", "jury_president", "Boon Keng Lim", 2023, 2023),
        },
        {
            ("Boon Keng Lim", "jury_member", "Priya Kannan", None, None),
            ("Hui Min Toh", "jury_examiner", "Boon Keng Lim", 2022, 2022),
            ("N. G. Wen Hui", "advisor_phd", "Boon Keng Lim", 2017, 2022),
        },
    ),
    "a-taiwanese-page-turns-family-first-hyphenated-names-with-their-characters": (
        _html(
            "Shu-Hua Lai 賴淑華",
            "<h1>Shu-Hua Lai, Ph.D.</h1><h2>Experience</h2><ul><li>2015/02 – 2019/07: "
            "Assistant Research Fellow, Institute of Physics, Academia Taiwania</li></ul>"
            "<h2>Lab Members</h2><h3>Ph.D. students</h3><ul><li>Chou, Yi-Chen 周怡辰 (2021–)"
            "</li></ul><h3>Master students</h3><ul><li>Tseng, Po-Han 曾柏翰 (M2)</li></ul>"
            "<h2>Academic Service</h2><ul><li>Oral defense committee member, Ph.D. thesis of "
            "Liao, Tzu-Wei, Tamkang Institute of Technology, 2022</li></ul>"
            "<h2>Publications</h2><ol><li>Chou YC, Lai SH*. Dirac cones. Phys Rev Lett 2023;"
            "130:1.</li><li>Lai SH, Brandt K, Tseng PH. Edge states. Phys Rev B 2024;1:2.</li>"
            "</ol>",
        ),
        "lai.html",
        {
            ("Shu-Hua Lai", "employed_at", "Academia Taiwania", 2015, 2019),
            ("Yi-Chen Chou", "advisor_phd", "Shu-Hua Lai", 2021, None),
            ("Po-Han Tseng", "advisor_other", "Shu-Hua Lai", None, None),
            ("Tzu-Wei Liao", "jury_member", "Shu-Hua Lai", 2022, 2022),
        },
        {("Po-Han Tseng", "advisor_internship", "Shu-Hua Lai", None, None)},
    ),
    "a-banner-of-accreditations-is-no-breadcrumb-an-institute-of-a-kind-no-employer": (
        _html(
            "Board of Studies - Department of Botany",
            "<div>An Institute of National Importance under the Ministry of Education</div>"
            "<div>Accredited with 'A' Grade by NAAC | NIRF Rank 61 | Skip to main content</div>"
            "<h1>Prof. Girish Kulkarni</h1><p>Professor, Department of Botany, Konkan "
            "University.</p>",
        ),
        "bos.html",
        {("Girish Kulkarni", "employed_at", "Konkan University", None, None)},
        {
            ("NIRF Rank", "part_of", "NAAC", None, None),
            ("Girish Kulkarni", "employed_at", "Institute of National Importance", None, None),
        },
    ),
}


SIXTYTHIRD_BATCH_LAYOUTS = {
    "a-utf16-page-with-its-byte-order-mark-is-read": (
        _html(
            "Ilvy Brandsæter-Okoro",
            "<h1>Ilvy Brandsæter-Okoro</h1><h2>Education</h2><ul>"
            "<li>2016 – 2021 · PhD in Physics, University of Harrowmere "
            "(advisor: Prof. Teodor Lindqvist-Achebe)</li></ul>",
        ).encode("utf-16"),
        "index.html",
        {
            ("Ilvy Brandsæter-Okoro", "studied_at", "University of Harrowmere", 2016, 2021),
            ("Ilvy Brandsæter-Okoro", "advisor_phd", "Teodor Lindqvist-Achebe", 2016, 2021),
        },
        set(),
    ),
    "a-utf16-page-without-a-byte-order-mark-is-read-from-its-nul-bytes": (
        _html(
            "Ilvy Brandsæter-Okoro",
            "<h1>Ilvy Brandsæter-Okoro</h1><h2>Education</h2><ul>"
            "<li>2016 – 2021 · PhD in Physics, University of Harrowmere "
            "(advisor: Prof. Teodor Lindqvist-Achebe)</li></ul>",
        ).encode("utf-16-le"),
        "index.html",
        {("Ilvy Brandsæter-Okoro", "advisor_phd", "Teodor Lindqvist-Achebe", 2016, 2021)},
        set(),
    ),
    "a-french-list-written-family-first-without-commas-turns-every-author": (
        _html(
            "Romane Kerbiriou-Sall — doctorante",
            "<h1>Romane Kerbiriou-Sall</h1><h2>Publications</h2><ul>"
            "<li>Kerbiriou-Sall Romane, Vasseur-Ndiaye Odile, « Les saisons du port », "
            "<em>Norois</em>, n° 270, 2024.</li>"
            "<li>Kerbiriou-Sall Romane, « Dockers et intérim », communication, 2023.</li></ul>",
        ),
        "index.html",
        {("Romane Kerbiriou-Sall", "coauthor", "Odile Vasseur-Ndiaye", None, None)},
        {
            ("Kerbiriou-Sall Romane", "coauthor", "Vasseur-Ndiaye Odile", None, None),
            ("Kerbiriou-Sall Romane", "coauthor", "Odile Vasseur-Ndiaye", None, None),
        },
    ),
    "bold-styled-spans-head-sections-and-bullet-lines-are-items": (
        _html(
            "Casimir Oduya-Benn :: Economics",
            "<div id='main'><b><i>Casimir Oduya-Benn</b></i><br>Professor of Economics, "
            "Tarnfield University</div></div>"
            '<p>Labour economics.<br><br><span style="font-size:20px; font-weight: bold">'
            "Ph.D. advising</span><p><b>Main advisor:</b><br>"
            "• Maren Ilunga-Voss (Ph.D. 2018)<br>• Tobiah Ferreira-Lund (Ph.D. 2021)<br>"
            "<b>Committee member:</b><br>• Ines Achterberg-Sow (Ph.D. 2022)<br>"
            "• Pavel Okonjo-Reyes (Ph.D. 2024)<br>",
        ),
        "index.html",
        {
            ("Maren Ilunga-Voss", "advisor_phd", "Casimir Oduya-Benn", None, 2018),
            ("Tobiah Ferreira-Lund", "advisor_phd", "Casimir Oduya-Benn", None, 2021),
            ("Ines Achterberg-Sow", "jury_member", "Casimir Oduya-Benn", 2022, 2022),
            ("Pavel Okonjo-Reyes", "jury_member", "Casimir Oduya-Benn", 2024, 2024),
        },
        {
            ("Ines Achterberg-Sow", "advisor_phd", "Casimir Oduya-Benn", None, 2022),
            ("Pavel Okonjo-Reyes", "advisor_phd", "Casimir Oduya-Benn", None, 2024),
        },
    ),
    "a-text-only-save-wrapped-at-72-columns-joins-the-names-it-cut": (
        "Skip to main content <#main>\n\n  * Home <https://www.brackley.ac.uk/>\n\n"
        "  Dr Philippa Oyelaran-Strand\n\nReader in Archaeology\n\n"
        "Dr Philippa Oyelaran-Strand joined Brackley University as a Lecturer in\n"
        "2012 and became Reader in 2020. She works on Iron Age hillforts and the\n"
        "landscapes around them, and she leads the Brackley Field School for\n"
        "undergraduate excavation, now in its eleventh season on the Wolds.\n\n"
        "    Qualifications\n\n"
        "  * DPhil in Archaeology, University of Carrowmore (2006–2010). Thesis:\n"
        '    "Ramparts, routes and fields in the northern chalk Wolds",\n'
        "    supervised by Professor Anselm Vidal-Kettering and Dr Ottoline\n"
        "    Hargreave-Mbatha.\n"
        "  * MA in Landscape Archaeology, University of Carrowmore (2005)\n",
        "profile.txt",
        {
            ("Philippa Oyelaran-Strand", "advisor_phd", "Anselm Vidal-Kettering", 2006, 2010),
            ("Philippa Oyelaran-Strand", "advisor_phd", "Ottoline Hargreave-Mbatha", 2006, 2010),
        },
        {("Philippa Oyelaran-Strand", "advisor_phd", "Ottoline", 2006, 2010)},
    ),
    "a-pdf-text-dump-drops-its-repeated-footer-and-reads-the-next-list-title": (
        "\n\n\f".join(
            f"Curriculum Vitae — S. Marchand-Diop — page {n}/2\n\n{body}\n\n"
            f"Version du 3 mars 2025                                        {n}\n"
            for n, body in (
                (
                    1,
                    "Solène MARCHAND-DIOP\nProfesseure, Université de Pontbriand\n\n"
                    "ENCADREMENT\nThèses en cours\n"
                    "– Ariel Kouyaté-Blum (depuis octobre 2023), direction à 100 %\n"
                    "Stages de master 2\n– Lise Ferrandon (2021), Noé Abessolo-Gueye (2022)",
                ),
                (2, "JURYS\n2022      Rapportrice, thèse de Tanguy Le Moal-Baptiste"),
            )
        ),
        "cv.txt",
        {
            ("Ariel Kouyaté-Blum", "advisor_phd", "Solène Marchand-Diop", 2023, None),
            ("Lise Ferrandon", "advisor_internship", "Solène Marchand-Diop", 2021, 2021),
            ("Noé Abessolo-Gueye", "advisor_internship", "Solène Marchand-Diop", 2022, 2022),
        },
        {
            ("Ariel Kouyaté-Blum", "advisor_internship", "Solène Marchand-Diop", 2023, None),
            ("Lise Ferrandon", "advisor_phd", "Solène Marchand-Diop", 2021, None),
        },
    ),
    "an-early-career-fellow-mentored-by-a-professor-is-a-postdoc": (
        _html(
            "Dr Evander Quilliam-Osei",
            "<h1>Dr Evander Quilliam-Osei</h1><h2>Career</h2><ul>"
            "<li>2014–2017: Leverhulme Early Career Fellow, University of Dunraven, mentored "
            "by Professor Hester Blackwood-Amadi</li></ul>",
        ),
        "index.html",
        {("Evander Quilliam-Osei", "advisor_postdoc", "Hester Blackwood-Amadi", 2014, 2017)},
        set(),
    ),
    "an-en-dash-between-two-letters-joins-one-organisation-name": (
        _html(
            "Apolline Ravenau-Sy",
            "<h1>Apolline Ravenau-Sy</h1><h2>Parcours</h2><ul>"
            "<li>2018 – 2020 : post-doctorante à l'Université Vézelay–Morvan.</li></ul>",
        ),
        "index.html",
        {("Apolline Ravenau-Sy", "employed_at", "Université Vézelay-Morvan", 2018, 2020)},
        {("Apolline Ravenau-Sy", "employed_at", "Université Vézelay", 2018, 2020)},
    ),
    "a-status-sentence-after-the-first-names-completed-students-and-not-their-posts": (
        _html(
            "Ada Merriweather-Konaté",
            "<h1>Ada Merriweather-Konaté</h1><h2>Doctoral supervision</h2>"
            "<p>I currently supervise Florent Agbodjan-Ross (PhD, 2023–). Completed: Dr Wren "
            "Castellaro-Hume (PhD 2014–2018), now a curator at the Pendlebury Museum.</p>",
        ),
        "index.html",
        {
            ("Florent Agbodjan-Ross", "advisor_phd", "Ada Merriweather-Konaté", 2023, None),
            ("Wren Castellaro-Hume", "advisor_phd", "Ada Merriweather-Konaté", 2014, 2018),
        },
        {("Ada Merriweather-Konaté", "employed_at", "Pendlebury Museum", 2014, 2018)},
    ),
}


SIXTYFIRST_BATCH_LAYOUTS = {
    "a-dash-before-each-role-label-opens-its-own-list": (
        _html(
            "Corentine Abgrall-Viaud",
            "<h1>Corentine Abgrall-Viaud</h1><h2>Soutenance</h2><p>J'ai soutenu ma thèse le 3 "
            "juillet 2024. Rapporteurs : Anselme Kerjean (Université de Quimperlé), Ondine "
            "Ravalec (CNRS) — Examinateurs : Tanguy Morvezen (président du jury), Sterenn "
            "Gourlaouen — Directeurs : Loïc Penven, Armelle Stéphan.</p>",
        ),
        "index.html",
        {
            ("Corentine Abgrall-Viaud", "jury_reviewer", "Anselme Kerjean", 2024, 2024),
            ("Corentine Abgrall-Viaud", "jury_reviewer", "Ondine Ravalec", 2024, 2024),
            ("Corentine Abgrall-Viaud", "jury_president", "Tanguy Morvezen", 2024, 2024),
            ("Corentine Abgrall-Viaud", "jury_examiner", "Sterenn Gourlaouen", 2024, 2024),
        },
        {
            ("Corentine Abgrall-Viaud", "jury_president", "Ondine Ravalec", 2024, 2024),
            ("Corentine Abgrall-Viaud", "jury_reviewer", "Armelle Stéphan", 2024, 2024),
            ("Corentine Abgrall-Viaud", "jury_reviewer", "Loïc Penven", 2024, 2024),
        },
    ),
    "a-label-naming-no-role-closes-the-reviewers-list": (
        _html(
            "Jasper Ellingford-Rao",
            "<h1>Jasper Ellingford-Rao</h1><h2>Education</h2><dl><dt>2016 – 2020</dt><dd>PhD "
            "in Chemistry, University of Thornbury. Reviewers: Maren Holtskog and Devika "
            "Raman; also on the committee: Tobias Quayle (president) and Ines Carvalhal."
            "</dd></dl>",
        ),
        "index.html",
        {
            ("Jasper Ellingford-Rao", "jury_reviewer", "Devika Raman", 2020, 2020),
            ("Jasper Ellingford-Rao", "jury_president", "Tobias Quayle", 2020, 2020),
            ("Jasper Ellingford-Rao", "jury_member", "Ines Carvalhal", 2020, 2020),
        },
        {
            ("Jasper Ellingford-Rao", "jury_president", "Devika Raman", 2020, 2020),
            ("Jasper Ellingford-Rao", "jury_reviewer", "Ines Carvalhal", 2020, 2020),
        },
    ),
    "a-pdf-line-after-the-advisor-s-name-is-no-part-of-it": (
        "Maëlys KERGUELEN\nDoctorante en hydrologie\n\nEXPÉRIENCES DE RECHERCHE\n\n"
        "mars – août 2022    Stage de fin d'études (6 mois), Station de Recherche de Brennilis,\n"
        "                     sous la direction de Goulven Le Roux\n"
        "                     Effets du drainage sur les tourbières d'altitude.\n\n"
        "juin – juil. 2021    Stage de 2e année, Laboratoire des Eaux de Brennilis, encadré par\n"
        "                     Nolwenn Caradec : mesures de débit et de turbidité.\n",
        "cv_kerguelen.txt",
        {
            ("Maëlys Kerguelen", "advisor_internship", "Goulven Le Roux", 2022, 2022),
            ("Maëlys Kerguelen", "advisor_internship", "Nolwenn Caradec", 2021, 2021),
        },
        {("Maëlys Kerguelen", "advisor_internship", "Goulven Le Roux Effets", 2022, 2022)},
    ),
    "upper-case-authors-then-an-undated-title-and-talks-under-publications": (
        _html(
            "Aurèle Bescond",
            "<h1>Aurèle Bescond</h1><h2>Publications et communications</h2><h3>Articles</h3>"
            "<ul><li>BESCOND A., TRÉGUIER M. (2024). Les marées et la vase. Revue des Côtes, "
            "12: 1–20.</li></ul><h3>Communications</h3><ul><li>BESCOND A., LE GALL Y., "
            "TRÉGUIER M. Vasières et herbiers : premiers résultats. Colloque des Estuaires, "
            "Morlaix, 2023 (poster).</li></ul>",
        ),
        "index.html",
        {
            ("Aurèle Bescond", "coauthor", "Y. Le Gall", None, None),
            ("Y. Le Gall", "coauthor", "M. Tréguier", None, None),
        },
        {("Aurèle Bescond", "coauthor", "M. Vasières", None, None)},
    ),
    "a-unit-of-the-university-in-apposition-and-a-student-seat-on-its-council": (
        "---\ntitle: À propos\nauthor: Titouan Lozac'h\n---\n\nJe suis Titouan Lozac'h, "
        "doctorant en histoire au Centre de Recherche en Histoire de Landerneau (CRHL), une "
        "unité de l'Université de Landerneau. Je suis aussi représentant des doctorants au "
        "conseil du CRHL (2024-2026).\n",
        "about.md",
        {
            (
                "Titouan Lozac'h",
                "member_of",
                "Centre de Recherche en Histoire de Landerneau",
                None,
                None,
            ),
            (
                "Centre de Recherche en Histoire de Landerneau",
                "part_of",
                "Université de Landerneau",
                None,
                None,
            ),
        },
        {
            (
                "Titouan Lozac'h",
                "studied_at",
                "Centre de Recherche en Histoire de Landerneau",
                2024,
                2026,
            ),
            ("Titouan Lozac'h", "studied_at", "Université de Landerneau", 2024, 2026),
        },
    ),
    "a-header-cell-over-its-contact-lines-names-the-team": (
        "<html><head><title>Oriane Castellane</title></head><body><table><tr><td>"
        "<b>Oriane Castellane</b><br>Chargée de recherche CNRS<br>Institut des Sciences de "
        "la Terre de Valgorge (ISTV), équipe <i>Volcans &amp; Fluides</i><br>Université de "
        "Valgorge · CNRS<br>oriane.castellane [at] istv.example.fr<br>[CV] [Publications]"
        "</td></tr></table><h3>About</h3><p>I joined the CNRS in October 2023.</p>"
        "<h3>Positions</h3><dl><dt>since Oct. 2023</dt><dd>CNRS researcher, ISTV</dd></dl>"
        "</body></html>",
        "index.html",
        {
            ("Oriane Castellane", "member_of", "Volcans & Fluides", None, None),
            ("Oriane Castellane", "employed_at", "CNRS", 2023, None),
        },
        {("Oriane Castellane", "employed_at", "CNRS", 2023, 2023)},
    ),
    "a-dated-title-line-dates-the-prose-under-it": (
        "---\ntitle: Ruairi Okonedo-Blake\n---\n\n## Background\n\n**Postdoc** · 2019–2022\n"
        "Hosted by Wenonah Castlemaine at the Ferriby Institute for Immunology, where I "
        "worked on T-cell memory.\n",
        "index.qmd",
        {
            ("Ruairi Okonedo-Blake", "advisor_postdoc", "Wenonah Castlemaine", 2019, 2022),
            ("Ruairi Okonedo-Blake", "employed_at", "Ferriby Institute for Immunology", 2019, 2022),
        },
        set(),
    ),
    "the-advisor-s-own-clause-and-the-institute-within-the-university": (
        _html(
            "Solène Mbappé-Rivière",
            "<h1>Solène Mbappé-Rivière</h1><p>I did my PhD at Université de Carnoët "
            "(2019–2022), in the Institut de Chimie de Carnoët. My PhD was supervised by "
            "Ambroise Le Dantec (main) and Hilke Vermeulen, who hosted me in Ghent-Leie in 2021. "
            "I defended on 4 November 2022.</p><p>Before that: an M2 at Université de Carnoët "
            "(2018–2019), with a stage de M2 encadré par Yvon Tallec at Océanopolis-Nord on "
            "algae, and a Licence de Chimie at Université de Douala-Wouri (2014–2017).</p>",
        ),
        "index.html",
        {
            ("Solène Mbappé-Rivière", "advisor_phd", "Ambroise Le Dantec", 2019, 2022),
            ("Solène Mbappé-Rivière", "member_of", "Institut de Chimie de Carnoët", 2019, 2022),
            ("Solène Mbappé-Rivière", "studied_at", "Université de Douala-Wouri", 2014, 2017),
        },
        {
            ("Solène Mbappé-Rivière", "advisor_phd", "Ambroise Le Dantec", None, 2021),
            ("Solène Mbappé-Rivière", "studied_at", "Institut de Chimie de Carnoët", 2019, 2022),
        },
    ),
    "a-classe-preparatoire-track-is-no-organisation": (
        "Armand QUÉLEN\nDoctorant en agronomie\n\nFORMATION\n\n"
        "2019 – 2021    Classe préparatoire BCPST, Lycée Kerichen-Mer\n",
        "cv_quelen.txt",
        {("Armand Quélen", "studied_at", "Lycée Kerichen-Mer", 2019, 2021)},
        {("BCPST", "part_of", "Lycée Kerichen-Mer", None, None)},
    ),
}


# Batch 62: the people a CV names in other roles than advisor, jury or coauthor (reviewers,
# committees, course staff, mid-term reviews), beside the real facts; and the text-dump
# and markup details those CVs came with.
SIXTYSECOND_BATCH_LAYOUTS = {
    "a-layout-footer-set-far-right-is-dropped-before-the-next-numbered-section": (
        "Clothilde VARENNE-OSEI\nMaîtresse de conférences, Université de Penhoët\n\n\n"
        "6. Animation scientifique\n\n  Relectrice pour : Pattern Recognition, CAp.\n\n\n"
        "Clothilde Varenne-Osei — Curriculum vitae" + " " * 50 + "2/3\n"
        "7. Publications choisies\n\n"
        "  [1] Clothilde Varenne-Osei, Gauthier Le Nezet. Segmentation de nuages de points.\n"
        "      Revue d'Intelligence Artificielle, 36(4), 2022.\n\n\n"
        "Clothilde Varenne-Osei — Curriculum vitae" + " " * 50 + "3/3\n",
        "cv.txt",
        {("Clothilde Varenne-Osei", "coauthor", "Gauthier Le Nezet", None, None)},
        set(),
    ),
    "a-students-name-ends-at-the-full-stop-before-its-advisors-field": (
        "Clothilde VARENNE-OSEI\nMaîtresse de conférences\n\n3. Encadrement doctoral\n\n"
        "  Thèses\n  Depuis 2023        Anaëlle Kerbiriou-Sy. Directeur : Octave Brélivet ;\n"
        "                     co-encadrante : C.\n"
        "                     Varenne-Osei (40 %).\n\n"
        "4. Publications\n\n"
        "[1] Clothilde Varenne-Osei, Anaëlle Kerbiriou-Sy. Titre. RFIAP, 2024.\n",
        "cv.txt",
        {
            ("Anaëlle Kerbiriou-Sy", "advisor_phd", "Octave Brélivet", 2023, None),
            ("Anaëlle Kerbiriou-Sy", "advisor_phd", "Clothilde Varenne-Osei", 2023, None),
        },
        {("Anaëlle Kerbiriou-Sy. Directeur", "advisor_phd", "Octave Brélivet", 2023, None)},
    ),
    "a-lab-acronym-spelt-by-its-words-first-letters-is-expanded": (
        "Clothilde VARENNE-OSEI\nMaîtresse de conférences\n"
        "Université de Penhoët — Laboratoire d'Informatique et Mathématiques de Penhoët (LIMAP)"
        "\n\n1. Parcours professionnel\n\n"
        "  Depuis 2017        Maîtresse de conférences, Université de Penhoët, LIMAP\n",
        "cv.txt",
        {
            (
                "Clothilde Varenne-Osei",
                "member_of",
                "Laboratoire d'Informatique et Mathématiques de Penhoët",
                2017,
                None,
            )
        },
        {("Clothilde Varenne-Osei", "member_of", "LIMAP", 2017, None)},
    ),
    "a-hiring-committees-chair-wrapped-in-its-bracket-sits-on-no-jury": (
        "Clothilde VARENNE-OSEI\nMaîtresse de conférences\n\n5. Autres jurys et comités\n\n"
        "  2023               Comité de sélection MCF 27 MCF 0412, Université de Quimperlé "
        "(présidente :\n"
        "                     Coralie Vasseur-Ekwueme)\n"
        "  2022               Jury de recrutement d'un ingénieur d'études CNRS (BAP E)\n",
        "cv.txt",
        set(),
        {("Clothilde Varenne-Osei", "jury_member", "Coralie Vasseur-Ekwueme", 2023, 2023)},
    ),
    "a-latex-reports-bare-section-numbers-are-headings": (
        "Habilitation à diriger des recherches\n\nIsidore PRADEAU-NGUEMA\n"
        "Maître de conférences, Université Savoie-Arvan\n\n"
        "5 Participation à des jurys\n\n5.1 Jurys de thèse\n"
        "• Rapporteur de la thèse de Jérôme Tchakounté, Université de Dole, 2024.\n\n"
        "5.2 Jurys de recrutement et de concours\n"
        "• Comité de sélection MCF 32, Université de Dole, 2022 (président : Aurélien Matsa).\n\n"
        "7 Publications choisies (* : étudiant encadré)\n\n"
        "[P1] C. Montbrun-Diallo*, I. Pradeau-Nguema, Organocatalysis of diols, Org. Lett.\n"
        "2019, 21, 1410.\n",
        "hdr.txt",
        {
            ("Jérôme Tchakounté", "jury_reviewer", "Isidore Pradeau-Nguema", 2024, 2024),
            ("C. Montbrun-Diallo", "coauthor", "Isidore Pradeau-Nguema", None, None),
        },
        {("Isidore Pradeau-Nguema", "jury_president", "Aurélien Matsa", 2022, 2022)},
    ),
    "a-postdoctorat-of-a-named-person-is-that-persons-postdoc": (
        _html(
            "Gwenaël Le Roux-Baptiste",
            "<h1>Gwenaël Le Roux-Baptiste</h1><h2>Encadrement</h2><ul>"
            "<li>Postdoctorat d'Ishaan Varadan-Priol (2022 – 2024), financé par l'ANR.</li>"
            "</ul>",
        ),
        "index.html",
        {("Ishaan Varadan-Priol", "advisor_postdoc", "Gwenaël Le Roux-Baptiste", 2022, 2024)},
        {
            (
                "Postdoctorat d'Ishaan Varadan-Priol",
                "advisor_postdoc",
                "Gwenaël Le Roux-Baptiste",
                2022,
                2024,
            )
        },
    ),
    "a-tracks-program-committee-lists-reviewers-not-authors": (
        _html(
            "Organizing Committee - TALON 2025",
            "<h1>Organizing Committee</h1><h2>Research Papers — Program Committee</h2>"
            "<h3>External Reviewers</h3><p>Ana Lúcia Pessoa, Benedek Szalai-Mwale, Camille "
            "Truong-Dupré, Esi Mensah-Orr.</p>",
        ),
        "committee.html",
        set(),
        {
            ("Ana Lúcia Pessoa", "coauthor", "Benedek Szalai-Mwale", None, None),
            ("Benedek Szalai-Mwale", "coauthor", "Ana Lúcia Pessoa", None, None),
        },
    ),
    "a-courses-teaching-assistants-are-no-advisees": (
        _html(
            "Keturah Osei-Lindqvist",
            "<h1>Keturah Osei-Lindqvist</h1><h2>Mentoring</h2><ul>"
            "<li>Supervised the teaching assistants of CHEM 101 General Chemistry (Fall 2023): "
            "Rohan Iyer-Blake, Chiamaka Obi-Sand and Leif Haraldstad.</li>"
            "<li>Priya Venkat-Cole (Ph.D. candidate, 2022–)</li></ul>",
        ),
        "index.html",
        {("Priya Venkat-Cole", "advisor_phd", "Keturah Osei-Lindqvist", 2022, None)},
        {
            ("Rohan Iyer-Blake", "advisor_other", "Keturah Osei-Lindqvist", 2023, 2023),
            ("Leif Haraldstad", "advisor_other", "Keturah Osei-Lindqvist", None, None),
        },
    ),
    "a-dissertation-committee-member-label-in-service-is-the-owners-seat": (
        _html(
            "Keturah Osei-Lindqvist",
            "<h1>Keturah Osei-Lindqvist</h1><h2>Service</h2><ul>"
            "<li>Dissertation committee member: Gabriela Montoya-Ferris (Brantley College, "
            "2023); Tobias Ek-Nnamdi (Brantley College, 2024).</li>"
            "<li>NIH study section, ad hoc reviewer, 2021.</li></ul>",
        ),
        "index.html",
        {
            ("Gabriela Montoya-Ferris", "jury_member", "Keturah Osei-Lindqvist", 2023, 2023),
            ("Tobias Ek-Nnamdi", "jury_member", "Keturah Osei-Lindqvist", 2024, 2024),
        },
        {("Keturah Osei-Lindqvist", "jury_member", "Gabriela Montoya-Ferris", 2023, 2023)},
    ),
    "a-labs-people-and-service-page-opens-on-its-heads-bio": (
        "<html><head><title>Osei-Lindqvist Lab - People &amp; Service</title></head><body>"
        "<p>Osei-Lindqvist Lab</p><h1>People &amp; Service</h1>"
        "<p>Dr. Keturah Osei-Lindqvist is an Associate Professor in the Department of "
        "Chemistry at Harwell College (since 2020). She received her Ph.D. from Morrow "
        "University in 2011.</p><h2>Service</h2><ul>"
        "<li>Outside examiner for the Ph.D. defense of Wilhelmina Oduro-Bass (Morrow "
        "University, 2022).</li></ul></body></html>",
        "people.html",
        {
            ("Keturah Osei-Lindqvist", "employed_at", "Harwell College", 2020, None),
            ("Wilhelmina Oduro-Bass", "jury_examiner", "Keturah Osei-Lindqvist", 2022, 2022),
        },
        set(),
    ),
    "a-students-page-of-a-lab-named-after-its-head-keeps-the-heads-own-path": (
        _html(
            "Students | Ndour-Falk Lab | Tarrow Institute of Technology",
            "<h1>Students</h1><p>Prof. Ines Ndour-Falk directs the Combustion Laboratory at "
            "the Tarrow Institute of Technology, where she has been on the faculty since 2015. "
            "She received her Ph.D. from Ardley University in 2010.</p>"
            "<h2>Current Graduate Advisees</h2><ul><li>Tomasz Eriks-Obi (Ph.D., 2022–)</li></ul>",
        ),
        "students.html",
        {
            ("Tomasz Eriks-Obi", "advisor_phd", "Ines Ndour-Falk", 2022, None),
            ("Ines Ndour-Falk", "employed_at", "Tarrow Institute of Technology", 2015, None),
            ("Ines Ndour-Falk", "studied_at", "Ardley University", None, 2010),
        },
        set(),
    ),
    "a-mid-term-evaluation-of-a-thesis-is-no-jury": (
        "MARGUERITE OYELADE-FINCH\nProfessor of Statistics, University of Eastholm\n\n"
        "EVALUATION AND EXPERTISE\nDoctoral examinations\n"
        "  External examiner of the Ph.D. thesis of Lorenzo Baptiste-Nkem (Université de\n"
        "  Valmont, 2023).\n"
        "  Mid-term evaluation of the thesis of Pavel Dumitru-Ade (Université de Valmont, 2022).\n"
        "  Faculty opponent at the doctoral defence of Astrid Nyqvist-Ode (Norrland University,\n"
        "  2019).\n",
        "cv.txt",
        {
            ("Lorenzo Baptiste-Nkem", "jury_examiner", "Marguerite Oyelade-Finch", 2023, 2023),
            ("Astrid Nyqvist-Ode", "jury_reviewer", "Marguerite Oyelade-Finch", 2019, 2019),
        },
        {
            ("Pavel Dumitru-Ade", role, "Marguerite Oyelade-Finch", 2022, 2022)
            for role in ("jury_member", "jury_examiner", "jury_reviewer")
        },
    ),
    "une-evaluation-a-mi-parcours-n-est-pas-un-jury": (
        _html(
            "Lise Aubert-Konaté",
            "<h1>Lise Aubert-Konaté</h1><h2>Jurys de thèse</h2><ul>"
            "<li>2022 : évaluation à mi-parcours de la thèse de Margaux Theuriet-Dao "
            "(Université de Clairval).</li>"
            "<li>2024 : rapporteure de la thèse d'Inès Marchal-Ouédraogo (Université de "
            "Clairval).</li></ul>",
        ),
        "index.html",
        {("Inès Marchal-Ouédraogo", "jury_reviewer", "Lise Aubert-Konaté", 2024, 2024)},
        {("Margaux Theuriet-Dao", "jury_member", "Lise Aubert-Konaté", 2022, 2022)},
    ),
    "a-french-list-written-family-first-names-the-student-written-in-full": (
        _html(
            "Lise Aubert-Konaté",
            "<h1>Lise Aubert-Konaté</h1><h2>Direction de thèses</h2><ul>"
            "<li>Yasmine Boukhari-Reyes, <em>Les livreurs à vélo</em> (2019-2023).</li></ul>"
            "<h2>Publications récentes</h2><ul>"
            "<li>Boukhari-Reyes Yasmine, Aubert-Konaté Lise, 2023, « Compter les minutes », "
            "<em>Sociologie du travail</em>, 65(2).</li></ul>",
        ),
        "index.html",
        {("Yasmine Boukhari-Reyes", "coauthor", "Lise Aubert-Konaté", None, None)},
        {("Boukhari-Reyes Yasmine", "coauthor", "Lise Aubert-Konaté", None, None)},
    ),
    "an-activites-page-opens-on-the-owners-post-and-lab": (
        _html(
            "Lise Aubert-Konaté – Activités",
            "<h1>Activités</h1><p>Professeure de sociologie à l'Université de Montbrison "
            "depuis 2021, membre du Centre lyonnais d'études sur les mondes du travail "
            "(CLEMT). Auparavant maîtresse de conférences à l'Université de Clairval "
            "(2011-2021).</p><h2>Expertise</h2><ul><li>Relectrice pour la <em>Revue "
            "française de sociologie</em>.</li></ul>",
        ),
        "activites.html",
        {
            ("Lise Aubert-Konaté", "employed_at", "Université de Montbrison", 2021, None),
            ("Lise Aubert-Konaté", "employed_at", "Université de Clairval", 2011, 2021),
        },
        set(),
    ),
    "a-viva-chaired-after-the-examiners-chairs-no-examiner": (
        "Oskar Brennan-Ade\n=================\n\nEducation\n---------\n\n"
        "2019-2024   PhD in Informatics, University of Corriemoor.\n"
        "            Examiners: Helene Grandjean-Mba (external), Kasper Lindholt (internal);\n"
        "            viva chaired by Vivienne Ashworth.\n",
        "cv.txt",
        {
            ("Oskar Brennan-Ade", "jury_examiner", "Kasper Lindholt", 2024, 2024),
            ("Oskar Brennan-Ade", "jury_president", "Vivienne Ashworth", 2024, 2024),
        },
        {("Oskar Brennan-Ade", "jury_president", "Kasper Lindholt", 2024, 2024)},
    ),
}


SIXTYFOURTH_BATCH_LAYOUTS = {
    "a-plain-record-in-capitals-with-lettered-parts-examining-is-no-supervision": (
        "PROFESSOR ISOLDE MARCHBANK-OYELOWO\n"
        "Chair in Coastal Geomorphology, University of Tregarth\n\n"
        "A. Doctoral students — as principal (first) supervisor\n\n"
        "  1. Dr Peredur Halloway, PhD 2016. Second supervisor: Dr Nesta Crowther.\n"
        "  2. Anwen Prydderch (from 2022).\n\n"
        "C. Postdoctoral research staff mentored\n\n"
        "  - Dr Caio Mendonça-Reeve (Leverhulme Early Career Fellow, 2019-2022)\n\n"
        "E. Doctoral examining (not supervision)\n\n"
        "  - External examiner: Tegwen Arscott (University of Lanfair, 2021).\n",
        "record.txt",
        {
            ("Peredur Halloway", "advisor_phd", "Isolde Marchbank-Oyelowo", None, 2016),
            ("Peredur Halloway", "advisor_phd", "Nesta Crowther", None, 2016),
            ("Anwen Prydderch", "advisor_phd", "Isolde Marchbank-Oyelowo", 2022, None),
            ("Caio Mendonça-Reeve", "advisor_postdoc", "Isolde Marchbank-Oyelowo", 2019, 2022),
            ("Tegwen Arscott", "jury_examiner", "Isolde Marchbank-Oyelowo", 2021, 2021),
        },
        {
            ("Tegwen Arscott", "advisor_phd", "Isolde Marchbank-Oyelowo", None, 2021),
        },
    ),
    "a-students-table-with-a-defence-column-and-interns-grouped-by-year": (
        _html(
            "Encadrement | Maëlle Quéméner-Sow",
            "<h1>Maëlle Quéméner-Sow</h1><p>Chargée de recherche CNRS.</p>"
            "<h2>Encadrement doctoral</h2><table><tr><th>Doctorant·e</th><th>Période</th>"
            "<th>Co-encadrement</th><th>Taux</th><th>Soutenance</th></tr>"
            "<tr><td>Erwan Le Dantec</td><td>2018–2021</td><td>Dir. : Yves Morvan-Kaba</td>"
            "<td>50 %</td><td>08/12/2021</td></tr></table>"
            "<h2>Ingénieurs</h2><p>Ingénieurs : Solenn Guéguen (2021–2022).</p>"
            "<h2>Stagiaires</h2><ul><li>Stagiaires M2 : 2024 — Tanguy Le Roux (ENS X), Inès "
            "Abgrall ; 2023 — Malo Cariou.</li></ul>",
        ),
        "encadrement.html",
        {
            ("Erwan Le Dantec", "advisor_phd", "Maëlle Quéméner-Sow", 2018, 2021),
            ("Erwan Le Dantec", "advisor_phd", "Yves Morvan-Kaba", 2018, 2021),
            ("Solenn Guéguen", "advisor_other", "Maëlle Quéméner-Sow", 2021, 2022),
            ("Tanguy Le Roux", "advisor_internship", "Maëlle Quéméner-Sow", 2024, 2024),
            ("Inès Abgrall", "advisor_internship", "Maëlle Quéméner-Sow", 2024, 2024),
            ("Malo Cariou", "advisor_internship", "Maëlle Quéméner-Sow", 2023, 2023),
        },
        set(),
    ),
    "french-prose-counts-the-theses-then-names-those-of-each-student": (
        "Page personnelle de Rozenn Abiven-Keita\nProfesseure des universités\n\n"
        "=== ENCADREMENT ===\n\n"
        "J'ai encadré ou co-encadré 3 thèses : celles de Loïc Peron (2010-2013), Nadia "
        "Mebarki-Roux (2014-2018, codirection avec Guy Trellu, 50 %) et Yann Kerhervé "
        "(2019-2022).\n",
        "perso.txt",
        {
            ("Loïc Peron", "advisor_phd", "Rozenn Abiven-Keita", 2010, 2013),
            ("Nadia Mebarki-Roux", "advisor_phd", "Rozenn Abiven-Keita", 2014, 2018),
            ("Nadia Mebarki-Roux", "advisor_phd", "Guy Trellu", 2014, 2018),
            ("Yann Kerhervé", "advisor_phd", "Rozenn Abiven-Keita", 2019, 2022),
        },
        set(),
    ),
    "prose-under-a-students-heading-names-them-after-its-verb-whose-advisor-is-lineage": (
        "---\ntitle: Mentoring\nauthor: Wendeline Osgood-Farr\n---\n\n"
        "I am a Professor of Statistics.\n\n### Doctoral students\n\n"
        "My current students are **Piet Umberto-Nash** (started 2021, co-supervised with "
        "Hollis Quarrie), **Zainab Ferreira-Lund** (started 2023) and **Aled Voss** (started "
        "2024, EPSRC award). Piet is expected to submit in 2025.\n\n### Academic family\n\n"
        "I did my own PhD at the University of Carrow (2003–2007) under the supervision of "
        "Agatha Penhallow, whose own advisor was Ruben Stavely-Moss.\n",
        "mentoring.md",
        {
            ("Piet Umberto-Nash", "advisor_phd", "Wendeline Osgood-Farr", 2021, None),
            ("Piet Umberto-Nash", "advisor_phd", "Hollis Quarrie", 2021, None),
            ("Zainab Ferreira-Lund", "advisor_phd", "Wendeline Osgood-Farr", 2023, None),
            ("Aled Voss", "advisor_phd", "Wendeline Osgood-Farr", 2024, None),
            ("Wendeline Osgood-Farr", "advisor_phd", "Agatha Penhallow", 2003, 2007),
        },
        {("Wendeline Osgood-Farr", "advisor_phd", "Ruben Stavely-Moss", 2003, 2007)},
    ),
    "a-generated-theses-list-puts-the-directors-line-below-each-entry": (
        _html(
            "Thèses encadrées — Corentin Baudry-Amal",
            "<h1>Thèses encadrées</h1><p>Corentin Baudry-Amal, professeur.</p>"
            "<div><span>Ilyes Haddad-Morel</span>. <a>Équations de transport</a>. "
            "Mathématiques [math]. Université de Nancy-Sud, 2022. Français. ⟨tel-0400001⟩"
            "<div>Directeur(s) de thèse : Corentin Baudry-Amal, Odile Ferrat</div></div>",
        ),
        "theses.html",
        {
            ("Ilyes Haddad-Morel", "advisor_phd", "Corentin Baudry-Amal", None, 2022),
            ("Ilyes Haddad-Morel", "advisor_phd", "Odile Ferrat", None, 2022),
        },
        set(),
    ),
    "a-pandoc-definition-list-of-students-reads-as-one-item-each": (
        '---\ntitle: "Encadrement"\nauthor: "Gaëlle Iribarne-Sy"\n---\n\n## Doctorant·es\n\n'
        "**Ximena Laborde-Okafor**\n: 2016–2020, codirection avec Fabien Harlé (50 %). "
        "Soutenue le 3 juillet 2020.\n\n**Théo Sallaberry**\n: Depuis 2022. Co-encadrement 30 %"
        " (directrice : Irène Duhalde).\n",
        "encadrement.md",
        {
            ("Ximena Laborde-Okafor", "advisor_phd", "Gaëlle Iribarne-Sy", 2016, 2020),
            ("Ximena Laborde-Okafor", "advisor_phd", "Fabien Harlé", 2016, 2020),
            ("Théo Sallaberry", "advisor_phd", "Gaëlle Iribarne-Sy", 2022, None),
            ("Théo Sallaberry", "advisor_phd", "Irène Duhalde", 2022, None),
        },
        set(),
    ),
    "a-trainee-table-says-pdf-for-postdoc-and-a-committee-clause-is-no-jury": (
        _html(
            "Trainees – Dr. Kasimir Oduya-Brandt",
            "<h1>Trainees</h1><p>Dr. Kasimir Oduya-Brandt is an Associate Professor in the "
            "Department of Geography at Laurier-Sud University.</p>"
            "<table><tr><th>Trainee</th><th>Level</th><th>Period</th><th>Co-supervisor</th></tr>"
            "<tr><td>Leandra Cormier-Yazzie</td><td>PDF</td><td>2020–2023</td><td>—</td></tr>"
            "<tr><td>Bashir Lindahl</td><td>PhD (completed)</td><td>2015–2020</td><td>—</td>"
            "</tr></table><h2>Committee service for other students</h2><p>I have served on "
            "the supervisory committees of Mireille Audet (PhD, 2018–2022) and Rohan Dasgupta "
            "(MSc, 2020–2022), and was external examiner for the PhD defence of Keoni Ahuna "
            "(University of Kelso, 2023).</p>",
        ),
        "trainees.html",
        {
            ("Kasimir Oduya-Brandt", "employed_at", "Laurier-Sud University", None, None),
            ("Leandra Cormier-Yazzie", "advisor_postdoc", "Kasimir Oduya-Brandt", 2020, 2023),
            ("Bashir Lindahl", "advisor_phd", "Kasimir Oduya-Brandt", 2015, 2020),
            ("Keoni Ahuna", "jury_examiner", "Kasimir Oduya-Brandt", 2023, 2023),
        },
        {
            ("Leandra Cormier-Yazzie", "advisor_phd", "Kasimir Oduya-Brandt", 2020, 2023),
            ("Mireille Audet", "jury_member", "Kasimir Oduya-Brandt", 2018, 2022),
        },
    ),
    "an-arrow-lineage-nested-grandchildren-and-a-lab-manager-among-the-alumni": (
        _html(
            "Academic family · Hesper Nwankwo-Lyle",
            "<h1>Academic family</h1><p>Hesper Nwankwo-Lyle · Professor of Mathematics</p>"
            "<h2>Ancestors</h2><p>Osric Vennard (Ph.D. 1970) → Maud Ellery-Sato (Ph.D. 1990) "
            "→ me (Ph.D. 2004)</p><h2>Academic children and grandchildren</h2><ul>"
            "<li><b>Tobiah Renke</b> (Ph.D. 2012)<ul><li>Yusra Okonedo (Ph.D. 2021, "
            "co-advised with me)</li></ul></li></ul><h2>Lab alumni (other)</h2>"
            "<ul><li>Lab manager: Doreen Pask (2012–2019)</li></ul>",
        ),
        "family.html",
        {
            ("Hesper Nwankwo-Lyle", "advisor_phd", "Maud Ellery-Sato", None, 2004),
            ("Maud Ellery-Sato", "advisor_phd", "Osric Vennard", None, 1990),
            ("Tobiah Renke", "advisor_phd", "Hesper Nwankwo-Lyle", None, 2012),
            ("Yusra Okonedo", "advisor_phd", "Tobiah Renke", None, 2021),
            ("Yusra Okonedo", "advisor_phd", "Hesper Nwankwo-Lyle", None, 2021),
        },
        {("Doreen Pask", "advisor_phd", "Hesper Nwankwo-Lyle", 2012, 2019)},
    ),
    "french-prose-names-a-director-without-colon-a-share-before-the-object-and-a-guest": (
        "Page personnelle de Sterenn Guivarch-Bâ\nProfesseure des universités\n\n"
        "=== ENCADREMENT ===\n\n"
        "Thèses encadrées : Maël Kerdraon (2014-2018, co-encadrement 30 %, directeur Yves "
        "Le Borgne), Aziliz Cornec (2016-2019).\n\n"
        "Thèses en cours : je dirige actuellement la thèse de Goulven Tanguy (depuis octobre "
        "2022), et je co-encadre à 40 % celle de Soazig Prigent (depuis 2024, directeur : "
        "Yves Le Borgne).\n\n"
        "Nous avons accueilli Joaquim Moura-Neves (doctorant à l'Universidade de Braga-Sul, "
        "2023, trois mois).\n",
        "perso.txt",
        {
            ("Maël Kerdraon", "advisor_phd", "Sterenn Guivarch-Bâ", 2014, 2018),
            ("Maël Kerdraon", "advisor_phd", "Yves Le Borgne", 2014, 2018),
            ("Aziliz Cornec", "advisor_phd", "Sterenn Guivarch-Bâ", 2016, 2019),
            ("Soazig Prigent", "advisor_phd", "Sterenn Guivarch-Bâ", 2024, None),
            ("Soazig Prigent", "advisor_phd", "Yves Le Borgne", 2024, None),
        },
        {
            ("Sterenn Guivarch-Bâ", "studied_at", "Universidade de Braga-Sul", 2023, 2023),
            ("Sterenn Guivarch-Bâ", "studied_at", "Universidade de Braga-Sul", None, 2023),
        },
    ),
}


SIXTYFIFTH_BATCH_LAYOUTS = {
    "a-lebenslauf-pdf-names-its-owner-under-its-title-below-a-date-stamp": (
        "                                   Stand: März 2025\n\nLebenslauf\n"
        "Dr. Henrike Vossenkamp\n\nBeruflicher Werdegang\n\n"
        "seit 2022            Akademische Rätin, Technische Hochschule Brambeck\n\n"
        "Akademische Ausbildung\n\n"
        "2021                 Promotion zum Dr.-Ing., Universität Kellerbach\n"
        "                     Betreuer und Erstgutachter: Prof. Dr. Lorenz Quadflieg\n"
        "                     Zweitgutachterin: Prof. Dr. Sieglinde Harkort\n"
        "                     Vorsitz der Prüfungskommission: Prof. Dr. Ansgar Tewes\n",
        "lebenslauf.txt",
        {
            ("Henrike Vossenkamp", "employed_at", "Technische Hochschule Brambeck", 2022, None),
            ("Henrike Vossenkamp", "advisor_phd", "Lorenz Quadflieg", None, 2021),
            ("Henrike Vossenkamp", "jury_reviewer", "Lorenz Quadflieg", 2021, 2021),
            ("Henrike Vossenkamp", "jury_reviewer", "Sieglinde Harkort", 2021, 2021),
            ("Henrike Vossenkamp", "jury_president", "Ansgar Tewes", 2021, 2021),
        },
        {("Henrike Vossenkamp", "jury_member", "Ansgar Tewes", 2021, 2021)},
    ),
    "a-students-kind-line-with-a-co-advisor-in-brackets-over-one-student-a-line": (
        "Curriculum Vitae\nDr. Jasper Oltmanns\n\nSupervision\n\n"
        "Doktoranden (Mitbetreuung, Hauptbetreuer: Prof. Dr. Wiebke Sanders)\n"
        "    Paulina Rehbein, M.Sc. (seit 2022)\n    Yusuf Kalkan, M.Sc. (seit 2024)\n",
        "oltmanns_cv.txt",
        {
            ("Paulina Rehbein", "advisor_phd", "Jasper Oltmanns", 2022, None),
            ("Paulina Rehbein", "advisor_phd", "Wiebke Sanders", 2022, None),
            ("Yusuf Kalkan", "advisor_phd", "Jasper Oltmanns", 2024, None),
            ("Yusuf Kalkan", "advisor_phd", "Wiebke Sanders", 2024, None),
        },
        {("Wiebke Sanders", "advisor_phd", "Jasper Oltmanns", 2022, None)},
    ),
    "a-doctoral-schools-defences-list-headed-by-turned-names-in-capitals": (
        _html(
            "Lecturas de tesis doctorales – junio 2025 | Escuela de Doctorado",
            "<h1>Lecturas de tesis doctorales – junio 2025</h1>"
            "<h3>IBARRA SOLÍS, Marina</h3><p><strong>Directores:</strong> Dr. Rafael Ondarra "
            "Gil y Dra. Tamara Cuesta Nieto<br><strong>Tribunal:</strong> Presidenta: Dra. "
            "Leire Zubizarreta Mas (Universidad de Lomadura); Secretario: Dr. Hugo Benavent "
            "Ros (Universidad de Lomadura); Vocal: Dr. Kai Brandstätter (Universität "
            "Hollfeld)<br><strong>Fecha:</strong> 20 de junio de 2025</p>",
        ),
        "lecturas.html",
        {
            ("Marina Ibarra Solís", "advisor_phd", "Rafael Ondarra Gil", None, 2025),
            ("Marina Ibarra Solís", "advisor_phd", "Tamara Cuesta Nieto", None, 2025),
            ("Marina Ibarra Solís", "jury_president", "Leire Zubizarreta Mas", 2025, 2025),
            ("Marina Ibarra Solís", "jury_member", "Hugo Benavent Ros", 2025, 2025),
            ("Marina Ibarra Solís", "jury_examiner", "Kai Brandstätter", 2025, 2025),
        },
        {("Marina Ibarra Solís", "employed_at", "Universidad de Lomadura", None, None)},
    ),
    "a-graduate-programmes-defences-name-each-candidate-in-a-field-with-roles-after-dashes": (
        _html(
            "Defesas de Doutorado – PPG em Química",
            "<h1>Defesas de Doutorado</h1><h3>Tese nº 12 – Defendida em 03/09/2024</h3>"
            "<p><strong>Discente:</strong> Rayane Cordeiro Bastos<br>"
            "<strong>Orientador:</strong> Prof. Dr. Haroldo Pimentel Sá<br>"
            "<strong>Banca examinadora:</strong></p><ul>"
            "<li>Prof. Dr. Haroldo Pimentel Sá (UFXX) – Presidente</li>"
            "<li>Profa. Dra. Irene Vasconcelos Lobo (Universidade Federal do Agreste) – "
            "Examinadora externa</li></ul>",
        ),
        "defesas.html",
        {
            ("Rayane Cordeiro Bastos", "advisor_phd", "Haroldo Pimentel Sá", None, 2024),
            ("Rayane Cordeiro Bastos", "jury_president", "Haroldo Pimentel Sá", 2024, 2024),
            ("Rayane Cordeiro Bastos", "jury_examiner", "Irene Vasconcelos Lobo", 2024, 2024),
        },
        {("Rayane Cordeiro Bastos", "jury_member", "Irene Vasconcelos Lobo", 2024, 2024)},
    ),
    "a-final-exam-session-shares-one-commission-among-its-table-of-candidates": (
        _html(
            "Esame finale XXXVII ciclo | Dottorato in Fisica",
            "<h1>Esame finale – XXXVII ciclo</h1><p>La seduta si terrà il 4 marzo 2025.</p>"
            "<h2>Commissione giudicatrice</h2><ul>"
            "<li>Prof. Ottavio Brunelleschi (Università di Roverella) – Presidente</li>"
            "<li>Prof.ssa Greta Lindahl (Universitet Åsby) – Componente</li></ul>"
            "<h2>Candidati</h2><table><tr><th>Dottorando/a</th><th>Tutor</th>"
            "<th>Valutatori esterni</th></tr><tr><td>Emma Quaglieri</td>"
            "<td>Prof. Dario Fenoglio</td><td>Prof. Bastien Roudier</td></tr></table>",
        ),
        "esame.html",
        {
            ("Emma Quaglieri", "advisor_phd", "Dario Fenoglio", None, 2025),
            ("Emma Quaglieri", "jury_reviewer", "Bastien Roudier", 2025, 2025),
            ("Emma Quaglieri", "jury_president", "Ottavio Brunelleschi", 2025, 2025),
            ("Emma Quaglieri", "jury_member", "Greta Lindahl", 2025, 2025),
        },
        set(),
    ),
    "a-headline-of-a-doctoral-office-or-a-degree-is-no-owner": (
        _html(
            "Escuela de Doctorado | Universidad de Lomadura",
            "<h1>Escuela de Doctorado</h1><p>Directora: Dra. Amaia Larrea Goñi.</p>"
            "<p>Tesis dirigida por el Dr. Julio Arcos Peña.</p>",
        ),
        "escuela.html",
        set(),
        {
            ("Escuela de Doctorado", "advisor_phd", "Julio Arcos Peña", None, None),
            ("Escuela De Doctorado", "advisor_phd", "Julio Arcos Peña", None, None),
        },
    ),
    "a-cv-systems-table-names-the-student-in-a-labelled-cell-and-the-jury-by-its-role": (
        _html(
            "CIÊNCIAVITAE – Teodoro Baptista Reis",
            "<h1>Teodoro Baptista Reis</h1><h2>Orientações</h2><table><tr><th>Período</th>"
            "<th>Tipo</th><th>Papel</th><th>Estudante</th></tr><tr><td>2021/09 - Atual</td>"
            "<td>Tese de Doutoramento</td><td>Orientador</td><td>Leonor Quintela Dias</td>"
            "</tr></table><h2>Participação em júri</h2><table><tr><th>Ano</th>"
            "<th>Tipo de participação</th><th>Candidato</th></tr><tr><td>2022</td>"
            "<td>Arguente principal</td><td>Vasco Lemos Prata</td></tr></table>",
        ),
        "perfil.html",
        {
            ("Leonor Quintela Dias", "advisor_phd", "Teodoro Baptista Reis", 2021, None),
            ("Vasco Lemos Prata", "jury_examiner", "Teodoro Baptista Reis", 2022, 2022),
        },
        set(),
    ),
    "a-turned-iberian-author-list-with-two-given-names-is-one-person-a-piece": (
        _html(
            "Artigos – Marta Soeiro",
            "<h1>Marta Soeiro</h1><h2>Produções</h2><ol><li>Cabral Nunes, Ana Rita; Soeiro, "
            'Marta; Paiva Lopes, João Tiago. "Knots in thin films". Topology 12 (2021): '
            "1-20.</li></ol>",
        ),
        "artigos.html",
        {
            ("Ana Rita Cabral Nunes", "coauthor", "Marta Soeiro", None, None),
            ("Ana Rita Cabral Nunes", "coauthor", "João Tiago Paiva Lopes", None, None),
        },
        {("Cabral Nunes", "coauthor", "Ana Rita", None, None)},
    ),
    "spanish-and-portuguese-contracted-cues-and-a-postdoc-in-a-laboratory-of-someone": (
        _html(
            "Iñigo Salaberria Mur",
            "<h1>Iñigo Salaberria Mur</h1><h2>Sobre mí</h2><p>Me doctoré en 2009 en la "
            "Universidad de Lomadura, bajo la dirección del Dr. Aitor Lasa Urrutia. Después "
            "realicé una estancia posdoctoral en el laboratorio de la Prof. Ingrid Solheim en "
            "la Universitet Vestby (2010–2012). Soy investigador Ramón y Cajal en el Instituto "
            "de Ciencias del Mar de Lomadura.</p>",
        ),
        "inigo.html",
        {
            ("Iñigo Salaberria Mur", "advisor_phd", "Aitor Lasa Urrutia", None, 2009),
            ("Iñigo Salaberria Mur", "studied_at", "Universidad de Lomadura", None, 2009),
            ("Iñigo Salaberria Mur", "advisor_postdoc", "Ingrid Solheim", 2010, 2012),
            ("Iñigo Salaberria Mur", "employed_at", "Universitet Vestby", 2010, 2012),
        },
        {("Iñigo Salaberria Mur", "employed_at", "Universidad de Lomadura", None, 2009)},
    ),
    "a-dutch-profiles-promovendi-table-gives-the-owners-own-role-in-a-cell": (
        _html(
            "dr. Floor Haverkamp - Universiteit Zwinderen",
            "<h1>dr. Floor Haverkamp</h1><h2>Promovendi</h2><table><tr><th>Promovendus</th>"
            "<th>Periode</th><th>Rol</th><th>Overige begeleiding</th></tr><tr><td>Gijs "
            "Terpstra</td><td>2022 – heden</td><td>dagelijks begeleider</td><td>promotor: "
            "prof. dr. Ymkje Bosma</td></tr></table>",
        ),
        "haverkamp.html",
        {
            ("Gijs Terpstra", "advisor_phd", "Floor Haverkamp", 2022, None),
            ("Gijs Terpstra", "advisor_phd", "Ymkje Bosma", 2022, None),
        },
        set(),
    ),
    "a-group-site-whose-brand-is-the-groups-name-has-no-owner": (
        _html(
            "Mensen – Onderzoeksgroep Historische Geografie",
            "<div class='brand'><p>Historische Geografie Wolvega</p><p>Onderzoeksgroep van "
            "de Universiteit Wolvega</p></div><h1>Mensen</h1><h2>Afgeronde promoties</h2>"
            "<ul><li>Dr. Sjoukje Dijkstra (2022). Promotor: prof. dr. Harm Wieringa.</li></ul>",
        ),
        "mensen.html",
        {("Sjoukje Dijkstra", "advisor_phd", "Harm Wieringa", None, 2022)},
        {("Historische Geografie Wolvega", "advisor_phd", "Harm Wieringa", None, 2022)},
    ),
    "german-table-of-finished-doctorates-with-inclusive-reviewer-columns": (
        _html(
            "Prof. Dr. Anselma Grotefend – Universität Lindau-Ost",
            "<h1>Prof. Dr. Anselma Grotefend</h1><h2>Abgeschlossene Promotionen</h2><table>"
            "<tr><th>Name</th><th>Jahr</th><th>Erstgutachter/in</th><th>Zweitgutachter/in"
            "</th></tr><tr><td>Dr. Malte Ostendorp</td><td>2023</td><td>Prof. Dr. Anselma "
            "Grotefend</td><td>Prof. Dr. Ruth Achterberg</td></tr></table>"
            "<h2>Prüfungskommissionen</h2><ul><li>Vorsitzende der Prüfungskommission im "
            "Promotionsverfahren von Dr. Timo Lauenstein (2021)</li></ul>",
        ),
        "grotefend.html",
        {
            ("Malte Ostendorp", "advisor_phd", "Anselma Grotefend", None, 2023),
            ("Malte Ostendorp", "jury_reviewer", "Ruth Achterberg", 2023, 2023),
            ("Timo Lauenstein", "jury_president", "Anselma Grotefend", 2021, 2021),
        },
        set(),
    ),
    "an-italian-service-item-lists-its-candidates-after-a-label": (
        _html(
            "Nicoletta Ferrandi — RTD-B",
            "<h1>Nicoletta Ferrandi</h1><h2>Carriera</h2><ul><li>dal 2023 — RTD-B, "
            "Dipartimento di Fisica, Politecnico di Sassello</li></ul><h2>Commissioni</h2><ul>"
            "<li>Componente della commissione giudicatrice per l'esame finale del Dottorato in "
            "Fisica (XXXVI ciclo), Università di Roverella, 2024 — candidati: Sara Pellizzari, "
            "Omar Benkirane.</li></ul>",
        ),
        "ferrandi.html",
        {
            ("Nicoletta Ferrandi", "employed_at", "Politecnico di Sassello", 2023, None),
            ("Sara Pellizzari", "jury_member", "Nicoletta Ferrandi", 2024, 2024),
            ("Omar Benkirane", "jury_member", "Nicoletta Ferrandi", 2024, 2024),
        },
        {("RTD-B", "part_of", "Dipartimento di Fisica", None, None)},
    ),
    "an-english-page-glosses-a-local-role-between-the-role-and-its-copula": (
        _html(
            "About - Kasimir Wendt",
            "<h1>Kasimir Wendt</h1><p>I did my PhD (2016–2020) at the Universiteit "
            "Harlingen. My promotor was Prof. dr. Eelco Stam, and my daily supervisor "
            "(dagelijks begeleider) was dr. Roos Hoekstra.</p><h2>Mentoring</h2><p>I "
            "co-supervise the Masterarbeit of Lena Vogt (2024–2025, with Prof. Dr. Bernd "
            "Kolb) and I am a second supervisor in the thesis advisory committee of Jan "
            "Ruhl.</p>",
        ),
        "about.html",
        {
            ("Kasimir Wendt", "advisor_phd", "Eelco Stam", 2016, 2020),
            ("Kasimir Wendt", "advisor_phd", "Roos Hoekstra", 2016, 2020),
            ("Lena Vogt", "advisor_other", "Kasimir Wendt", 2024, 2025),
            ("Lena Vogt", "advisor_other", "Bernd Kolb", 2024, 2025),
        },
        set(),
    ),
    "a-portuguese-unit-chain-and-a-cv-cell-glueing-university-and-faculty": (
        _html(
            "Rosa Amaral Teixeira",
            "<h1>Rosa Amaral Teixeira</h1><h2>Resumo</h2><p>Rosa Amaral Teixeira é Professora "
            "Auxiliar no Departamento de Física da Faculdade de Ciências da Universidade de "
            "Valmar desde 2018.</p><h2>Percurso profissional</h2><table><tr><td>2014/09 - "
            "2018/08</td><td>Cargo: Investigadora</td><td>Instituição de acolhimento: "
            "Universidade de Portalegre Faculdade de Engenharia</td></tr></table>",
        ),
        "rosa.html",
        {
            ("Rosa Amaral Teixeira", "employed_at", "Universidade de Valmar", 2018, None),
            ("Rosa Amaral Teixeira", "employed_at", "Universidade de Portalegre", 2014, 2018),
        },
        {
            (
                "Rosa Amaral Teixeira",
                "employed_at",
                "Faculdade de Ciências da Universidade de Valmar",
                2018,
                None,
            ),
            (
                "Rosa Amaral Teixeira",
                "employed_at",
                "Universidade de Portalegre Faculdade de Engenharia",
                2014,
                2018,
            ),
        },
    ),
}


SIXTYSEVENTH_BATCH_LAYOUTS = {
    # An Inria project-team's page: its head is one of its researchers, not the advisor of
    # every student it lists; the title names the team by its acronym, the rows its parents.
    "inria_project_team_sections": (
        "<html><head><title>TRÉVOUX – Membres | Inria</title></head><body>"
        "<h1>TRÉVOUX</h1><dl><dt>Type</dt><dd>Équipe-projet Inria</dd>"
        "<dt>Centre</dt><dd>Centre Inria de l'Université de Saint-Malvern</dd></dl>"
        "<h3>Responsable de l'équipe</h3><ul><li>Armelle Quiniou-Sarr, DR Inria</li></ul>"
        "<h3>Chercheurs</h3><ul><li>Armelle Quiniou-Sarr (Inria, DR)</li>"
        "<li>Bertrand Olagnier (CNRS, CR)</li></ul>"
        "<h3>Doctorants</h3><ul><li>Capucine Merlaud (Inria, depuis 2023)</li>"
        "<li>Dorian Yesilyurt (Inria, depuis 2022, dirigé par Bertrand Olagnier)</li></ul>"
        "</body></html>",
        "membres.html",
        {
            ("Dorian Yesilyurt", "advisor_phd", "Bertrand Olagnier", 2022, None),
            ("Capucine Merlaud", "member_of", "TRÉVOUX", 2023, None),
            ("TRÉVOUX", "part_of", "Centre Inria de l'Université de Saint-Malvern", None, None),
        },
        {
            ("Capucine Merlaud", "advisor_phd", "Armelle Quiniou-Sarr", 2023, None),
            ("Capucine Merlaud", "member_of", "Inria", 2023, None),
        },
    ),
    # "thèse dirigée par A, co-encadrée par B": A is an advisor, not a student of B; a page
    # titled "Membres" names its team in its opening sentence, a long spelt-out acronym
    # and "et au CNRS" included.
    "hugo_team_members_opening_sentence": (
        '+++\ntitle = "Membres"\n+++\n\n'
        "L'équipe **GALETS** (Géophysique des Archipels, Littoraux et Talus Sous-marins) "
        "fait partie du Laboratoire de Géosciences de Pen-Hir (LGPH, UMR 6999), rattaché à "
        "l'Université de Pen-Hir et au CNRS.\n\n## Doctorants\n\n"
        "- **Maël Kerdoncuff** (depuis 2022) — thèse dirigée par Soazig Le Bras-Ndiaye, "
        "co-encadrée par Yvon Pellen\n\n## Stagiaires\n\n"
        "- **Nolwenn Castric**, stage de master 2 (2025), encadrée par Yvon Pellen\n",
        "membres.md",
        {
            ("Maël Kerdoncuff", "advisor_phd", "Soazig Le Bras-Ndiaye", 2022, None),
            ("Maël Kerdoncuff", "advisor_phd", "Yvon Pellen", 2022, None),
            ("Maël Kerdoncuff", "member_of", "GALETS", 2022, None),
            ("Nolwenn Castric", "member_of", "GALETS", 2025, 2025),
            ("GALETS", "part_of", "Laboratoire de Géosciences de Pen-Hir", None, None),
            ("Laboratoire de Géosciences de Pen-Hir", "part_of", "CNRS", None, None),
        },
        {("Soazig Le Bras-Ndiaye", "advisor_phd", "Yvon Pellen", 2022, None)},
    ),
    # A header line "Équipe X — Laboratoire Y (ACR, UMR n) — Université Z": a trail from
    # the team up; a project's name in capitals before "encadrée par" is nobody's name.
    "fr_team_dash_trail_header": (
        "<html><head><title>Membres</title></head><body>"
        "<p class='ariane'>Équipe LUMEN — Laboratoire de Physique de Vaucresson (LPV, UMR "
        "8870) — Université de Vaucresson</p><h1>Équipe LUMEN</h1>"
        "<h2>Post-doctorants</h2><ul><li>Ilaria Fontvieille, post-doctorante (2024-2026), "
        "projet ANR PHOTOLAC, encadrée par Gaspard Tillinac</li></ul></body></html>",
        "membres.html",
        {
            ("LUMEN", "part_of", "Laboratoire de Physique de Vaucresson", None, None),
            (
                "Laboratoire de Physique de Vaucresson",
                "part_of",
                "Université de Vaucresson",
                None,
                None,
            ),
            ("Ilaria Fontvieille", "advisor_postdoc", "Gaspard Tillinac", 2024, 2026),
            ("Ilaria Fontvieille", "member_of", "LUMEN", 2024, 2026),
        },
        set(),
    ),
    # A Jekyll site's people page: the group in the front matter, "Our group is part of
    # X", the head's line under "Group leader", "Postdoc with A" after the entry's role.
    "jekyll_people_front_matter_group": (
        "---\nlayout: page\ntitle: People\ngroup: Ostrander Group for Soft Robotics\n---\n\n"
        "Our group is part of the Department of Mechanical Engineering at Pelham Ridge "
        "University.\n\n## Group leader\n\n**Agathe Ostrander** — Professor (group leader "
        "since 2012)\n\n## Research staff\n\n* **Dr. Bartholomew Quaye** — Research Associate "
        "(2023–). Postdoc with Agathe Ostrander on the GRIPPER project.\n\n"
        "## Affiliated students\n\n* Cosima Varga-Lund (PhD student of Dietrich Amsel, 2022–)\n",
        "people.md",
        {
            (
                "Ostrander Group for Soft Robotics",
                "part_of",
                "Department of Mechanical Engineering",
                None,
                None,
            ),
            ("Agathe Ostrander", "member_of", "Ostrander Group for Soft Robotics", 2012, None),
            ("Bartholomew Quaye", "advisor_postdoc", "Agathe Ostrander", 2023, None),
            ("Cosima Varga-Lund", "advisor_phd", "Dietrich Amsel", 2022, None),
        },
        {("Cosima Varga-Lund", "advisor_phd", "Agathe Ostrander", 2022, None)},
    ),
    # A Hugo ``data/members.yml``: role codes ("phd", "msc"), "role: alumni" beside the
    # degree, an external advisor key, a "Dr." before a postdoc's name.
    "hugo_data_members_role_codes": (
        "- name: Edwina Larkspur\n  role: pi\n  since: 2015\n"
        "- name: Dr. Fabrizio Mensah\n  role: postdoc\n  years: 2023-\n"
        "  advisor: [Edwina Larkspur]\n"
        "- name: Greta Holmsund\n  role: phd\n  years: 2021-\n  advisor: [Edwina Larkspur]\n"
        "  external_advisor: Hamish Tolland (Corrie Institute)\n"
        "- name: Dr. Ingmar Sallow\n  role: alumni\n  degree: PhD\n  years: 2015-2020\n"
        "  advisor: [Edwina Larkspur]\n",
        "members.yml",
        {
            ("Fabrizio Mensah", "advisor_postdoc", "Edwina Larkspur", 2023, None),
            ("Greta Holmsund", "advisor_phd", "Edwina Larkspur", 2021, None),
            ("Greta Holmsund", "advisor_phd", "Hamish Tolland", 2021, None),
            ("Ingmar Sallow", "advisor_phd", "Edwina Larkspur", 2015, 2020),
        },
        set(),
    ),
    # A WordPress team page's bios sit in modals a click opens: they are the page's text.
    "wordpress_member_modal_bio": (
        "<html><head><title>Team – Lindgren Lab</title></head><body><h1>Team</h1>"
        "<h2>Postdoctoral Fellows</h2><div class='team-member'><h3>Dr. Junia Okoro</h3>"
        "<p>Postdoctoral Fellow</p></div><h2>Research Staff</h2><div class='team-member'>"
        "<h3>Lorcan Bede</h3><p>Lab Manager</p></div>"
        "<div class='modal fade' id='m1' aria-hidden='true'><div class='modal-body'>"
        "<p>Junia obtained her PhD in 2021 at Halden University under the supervision of "
        "Kasimir Vollan.</p></div></div></body></html>",
        "team.html",
        {("Junia Okoro", "advisor_phd", "Kasimir Vollan", None, 2021)},
        set(),
    ),
}


SIXTYSIXTH_BATCH_LAYOUTS = {
    "a-lineage-sentence-gives-the-advisors-own-advisor-after-she-was-in-turn": (
        _html(
            "Mentoring — Rhiannon Castellvi-Obuya",
            "<h1>Rhiannon Castellvi-Obuya</h1><h2>Mentoring</h2><p><em>My own academic "
            "lineage: I did my PhD at the University of Pendlecombe (2001–2005) with Maud "
            "Iversen-Kwarteng, and she was in turn a student of Osric Thwaite-Nakamura.</em></p>",
        ),
        "mentoring.html",
        set(),
        {
            ("Rhiannon Castellvi-Obuya", "advisor_phd", "Osric Thwaite-Nakamura", 2001, 2005),
            ("Rhiannon Castellvi-Obuya", "advisor_phd", "Osric Thwaite-Nakamura", None, None),
        },
    ),
    "a-later-sentence-gives-a-student-named-by-first-name-a-co-advisor": (
        "---\ntitle: Mentoring\nauthor: Hesketh Amadi-Rowntree\n---\n\n"
        "**Among my PhD graduates:** Yara Lindqvist-Obi (2014), Tomas Achebe (2017) and "
        "Tomas Ferreira-Holt (2020).\n\n"
        "Yara's thesis was co-supervised with Philippa Drummond-Sato; she is now at Orlen "
        "Labs. Tomas was jointly advised by Ingeborg Mwale.\n",
        "mentoring.md",
        {
            ("Yara Lindqvist-Obi", "advisor_phd", "Hesketh Amadi-Rowntree", None, 2014),
            ("Yara Lindqvist-Obi", "advisor_phd", "Philippa Drummond-Sato", None, 2014),
            ("Tomas Achebe", "advisor_phd", "Hesketh Amadi-Rowntree", None, 2017),
        },
        {
            # (two students are called Tomas: the first name stands for neither)
            ("Tomas Achebe", "advisor_phd", "Ingeborg Mwale", None, 2017),
            ("Tomas Ferreira-Holt", "advisor_phd", "Ingeborg Mwale", None, 2020),
        },
    ),
    "a-plain-cv-names-its-owner-over-address-lines-and-numbers-its-students-in-brackets": (
        "CURRICULUM VITAE\n\nProf. Dr. Evander Matsuda-Krol\n"
        "Department of Physics, Bellhaven University\nLast updated: March 2025\n\n"
        "EMPLOYMENT\n"
        "2015-present   Professor, Department of Physics, Bellhaven University, Bellhaven\n"
        "2009-2015      Assistant Professor, Department of Physics, Corrigan University\n\n"
        "DOCTORAL STUDENTS SUPERVISED\n"
        "[1] Oriel Vandersloot-Ahn, Ph.D. 2016. First position: Lecturer, Pellham College.\n"
        "[2] Tobiah Nwachukwu, Ph.D. 2019, co-advised with Greta Holmquist-Sandoval.\n"
        "[3] Linnea Abara, Ph.D. 2022.\n",
        "matsuda_krol_cv.txt",
        {
            ("Evander Matsuda-Krol", "employed_at", "Corrigan University", 2009, 2015),
            ("Oriel Vandersloot-Ahn", "advisor_phd", "Evander Matsuda-Krol", None, 2016),
            ("Tobiah Nwachukwu", "advisor_phd", "Evander Matsuda-Krol", None, 2019),
            ("Tobiah Nwachukwu", "advisor_phd", "Greta Holmquist-Sandoval", None, 2019),
            ("Linnea Abara", "advisor_phd", "Evander Matsuda-Krol", None, 2022),
        },
        {("Oriel Vandersloot-Ahn", "advisor_phd", "Greta Holmquist-Sandoval", None, 2016)},
    ),
    "a-us-students-list-writes-the-masters-degree-after-the-name": (
        _html(
            "Wilhelmina Oduya-Thorne",
            "<h1>Wilhelmina Oduya-Thorne</h1><h2>Students supervised</h2><ul>"
            "<li><span>Caspar Iwu-Lindholm</span> <span>PhD, 2023</span></li>"
            "<li><span>Rosalind Achebe-Marr</span> <span>MS, 2021</span></li></ul>",
        ),
        "people.html",
        {
            ("Caspar Iwu-Lindholm", "advisor_phd", "Wilhelmina Oduya-Thorne", None, 2023),
            ("Rosalind Achebe-Marr", "advisor_other", "Wilhelmina Oduya-Thorne", 2021, 2021),
        },
        {("M. S. Rosalind Achebe-Marr", "advisor_other", "Wilhelmina Oduya-Thorne", 2021, 2021)},
    ),
    "a-lab-alumni-page-names-its-head-as-led-by-then-the-school": (
        _html(
            "Alumni — Kettleby Lab",
            "<h1>Alumni</h1><p>The Kettleby Lab is led by Prof. Ambrose Kettleby-Oyelaran in "
            "the School of Computing at the University of Farrowdale.</p>"
            "<h2>Graduated PhD students and their first positions</h2><ul>"
            "<li>Marit Solberg-Achebe (PhD 2018) → Assistant Professor at Haldane University</li>"
            "</ul><h2>Former postdocs</h2><ul>"
            "<li>Jarrah Tembo-Lund (postdoc 2019–2021) → Lecturer at Orrin College</li></ul>",
        ),
        "alumni.html",
        {
            ("Marit Solberg-Achebe", "advisor_phd", "Ambrose Kettleby-Oyelaran", None, 2018),
            ("Jarrah Tembo-Lund", "advisor_postdoc", "Ambrose Kettleby-Oyelaran", 2019, 2021),
        },
        set(),
    ),
    "a-french-internships-heading-lists-the-interns-levels-in-a-bracket": (
        _html(
            "CV — Maïwenn Le Dantec",
            "<h1>Maïwenn Le Dantec</h1><h2>Encadrement</h2>"
            "<h3>Stages de recherche encadrés (M2, ingénieur)</h3><ul>"
            "<li>Goulven Ricou (M2, 2019)</li>"
            "<li>Armelle Tanguy-Sow (ingénieur ENSTA Armorique, 2022), co-encadrée avec "
            "Pierrick Le Meur</li></ul>",
        ),
        "cv.html",
        {
            ("Goulven Ricou", "advisor_internship", "Maïwenn Le Dantec", 2019, 2019),
            ("Armelle Tanguy-Sow", "advisor_internship", "Maïwenn Le Dantec", 2022, 2022),
            ("Armelle Tanguy-Sow", "advisor_internship", "Pierrick Le Meur", 2022, 2022),
        },
        {("Goulven Ricou", "advisor_other", "Maïwenn Le Dantec", 2019, 2019)},
    ),
    "french-prose-had-the-pleasure-to-supervise-inclusive-plurals-and-puis": (
        "---\ntitle: Encadrement\nauthor: Solenn Rivaton-Diop\n---\n\n## Doctorants\n\n"
        "J'ai eu le plaisir d'encadrer trois doctorant·e·s jusqu'à la soutenance : "
        "Erwann Guézennec (2010-2013), Aïssata Le Gall (2014-2017) et Brieuc Thomin "
        "(2018-2021).\n\n## Post-doctorant·e·s\n\n"
        "J'ai accueilli deux post-doctorant·e·s : Iona Kerhervé (2015-2016) puis Salif "
        "Morvan-Ba (2020-2022), ce dernier co-encadré avec Loïc Pennec-Faye.\n",
        "encadrement.md",
        {
            ("Erwann Guézennec", "advisor_phd", "Solenn Rivaton-Diop", 2010, 2013),
            ("Aïssata Le Gall", "advisor_phd", "Solenn Rivaton-Diop", 2014, 2017),
            ("Brieuc Thomin", "advisor_phd", "Solenn Rivaton-Diop", 2018, 2021),
            ("Iona Kerhervé", "advisor_postdoc", "Solenn Rivaton-Diop", 2015, 2016),
            ("Salif Morvan-Ba", "advisor_postdoc", "Solenn Rivaton-Diop", 2020, 2022),
            ("Salif Morvan-Ba", "advisor_postdoc", "Loïc Pennec-Faye", 2020, 2022),
        },
        {("Iona Kerhervé", "advisor_postdoc", "Loïc Pennec-Faye", 2015, 2016)},
    ),
    "a-bio-names-her-phd-graduates-and-the-postdocs-she-mentors": (
        _html(
            "Ottoline Brackwater-Osei | Faculty",
            "<h1>Ottoline Brackwater-Osei</h1><h2>Biography</h2><p>She has supervised nine "
            "doctoral dissertations. Her former students include Lemuel Farrant-Ibe (now at "
            "Quarry Labs) and Sunniva Castellano, who graduated in 2021. Among her PhD "
            "graduates are also Tadhg Oyinlola (PhD 2015) and Iris Mbeki-Strand (PhD 2018, "
            "co-advised with Professor Hallvard Quist). She currently advises five PhD "
            "students and mentors two postdoctoral researchers, Anselm Okoro-Lind and "
            "Pernille Achterberg.</p>",
        ),
        "profile.html",
        {
            ("Lemuel Farrant-Ibe", "advisor_phd", "Ottoline Brackwater-Osei", None, None),
            ("Sunniva Castellano", "advisor_phd", "Ottoline Brackwater-Osei", None, 2021),
            ("Tadhg Oyinlola", "advisor_phd", "Ottoline Brackwater-Osei", None, 2015),
            ("Iris Mbeki-Strand", "advisor_phd", "Hallvard Quist", None, 2018),
        },
        {
            ("Ottoline Brackwater-Osei", "advisor_phd", "Anselm Okoro-Lind", None, None),
            ("Ottoline Brackwater-Osei", "advisor_phd", "Pernille Achterberg", None, None),
            ("Lemuel Farrant-Ibe", "advisor_other", "Ottoline Brackwater-Osei", None, None),
        },
    ),
    "a-mentoring-page-hosts-postdocs-in-a-bracket-then-names-current-students": (
        "---\ntitle: Mentoring\nauthor: Caradoc Ellingham-Obi\n---\n\n"
        "I hosted two postdocs (Fenna Oduro-Lisle, 2017–2018; Bram Castellanos-Wirth, "
        "2020–2022). Bram was funded by a fellowship.\n\n"
        "I also supervised the MSc research of Tova Ekwueme (2019), and I am currently "
        "advising PhD students Idris Halloran-Sato (since 2022) and Maren Quispe "
        "(since 2024, jointly with Ingrid Sørvik-Nairn).\n",
        "mentoring.md",
        {
            ("Fenna Oduro-Lisle", "advisor_postdoc", "Caradoc Ellingham-Obi", 2017, 2018),
            ("Bram Castellanos-Wirth", "advisor_postdoc", "Caradoc Ellingham-Obi", 2020, 2022),
            ("Idris Halloran-Sato", "advisor_phd", "Caradoc Ellingham-Obi", 2022, None),
            ("Maren Quispe", "advisor_phd", "Caradoc Ellingham-Obi", 2024, None),
            ("Maren Quispe", "advisor_phd", "Ingrid Sørvik-Nairn", 2024, None),
        },
        set(),
    ),
}


SIXTYEIGHTH_BATCH_LAYOUTS = {
    "semicolon-clauses-each-say-the-owners-role-on-one-candidates-jury": (
        _html(
            "CV — Ottilie Varga-Nakashima",
            "<h1>Ottilie Varga-Nakashima</h1><h2>PhD examinations</h2><p>Opponent for Bjarne "
            "Ulvestad-Mwangi (Sørvik University, 2020); committee member for Ines Falkberg-Oduya "
            "(Tromsdal University, 2023); external examiner for Colm Ashdown-Reyes (University "
            "of Glenmarr, 2024).</p>",
        ),
        "cv.html",
        {
            ("Bjarne Ulvestad-Mwangi", "jury_reviewer", "Ottilie Varga-Nakashima", 2020, 2020),
            ("Ines Falkberg-Oduya", "jury_member", "Ottilie Varga-Nakashima", 2023, 2023),
            ("Colm Ashdown-Reyes", "jury_examiner", "Ottilie Varga-Nakashima", 2024, 2024),
        },
        {("Ines Falkberg-Oduya", "jury_reviewer", "Ottilie Varga-Nakashima", 2023, 2023)},
    ),
    "an-advisory-committee-that-met-during-the-thesis-is-no-jury": (
        _html(
            "Caspar Ilunga-Westergaard",
            "<h1>Caspar Ilunga-Westergaard</h1><p>I did my PhD at Brackenfield University, "
            "advised by Prof. Morwenna Tull. I defended in 2021. Throughout the PhD my advisory "
            "committee — Prof. Morwenna Tull and Dr. Anselm Koivu-Baptiste — met with me once "
            "a year.</p>",
        ),
        "index.html",
        {("Caspar Ilunga-Westergaard", "advisor_phd", "Morwenna Tull", None, 2021)},
        {
            ("Caspar Ilunga-Westergaard", "jury_member", "Anselm Koivu-Baptiste", 2021, 2021),
            ("Caspar Ilunga-Westergaard", "jury_member", "Morwenna Tull", 2021, 2021),
        },
    ),
    "a-grading-committee-of-ranked-members-with-places-names-the-members-not-employers": (
        _html(
            "Elin Thorsrud-Abara — Vänersby University",
            "<h1>Elin Thorsrud-Abara</h1><h2>Doctoral thesis</h2><p>Doctoral thesis, Vänersby "
            "University, 2019.</p><dl><dt>Grading committee</dt><dd>Assoc. Prof. Hjalmar "
            "Sundqvist-Obi, Vänersby University; Prof. Roosa Lahtinen-Cruz, University of "
            "Saimaala; Dr. Gaspard Lemoigne, Institut Arctique de Lorient</dd></dl>",
        ),
        "thesis.html",
        {
            ("Elin Thorsrud-Abara", "jury_member", "Hjalmar Sundqvist-Obi", 2019, 2019),
            ("Elin Thorsrud-Abara", "jury_member", "Roosa Lahtinen-Cruz", 2019, 2019),
            ("Elin Thorsrud-Abara", "jury_member", "Gaspard Lemoigne", 2019, 2019),
        },
        {
            ("Elin Thorsrud-Abara", "employed_at", "University of Saimaala", None, None),
            ("Elin Thorsrud-Abara", "employed_at", "Institut Arctique de Lorient", None, None),
        },
    ),
    "a-promotiecommissie-cell-names-one-member-a-line-after-its-chair": (
        _html(
            "Joost Hazelhoff-Mensah - PhD thesis",
            "<h1>Joost Hazelhoff-Mensah</h1><h2>PhD thesis</h2><p>Publicly defended on 12 "
            "March 2022.</p><table><tr><th>Promotor</th><td>prof. dr. Willemijn Otten</td></tr>"
            "<tr><th>Promotiecommissie</th><td>prof. dr. Gerrit Zandbergen (voorzitter)<br>"
            "prof. dr. Femke Oyelaran-Dijkstra<br>prof. dr. Lothar Brenneke (Universität "
            "Auental)<br>dr. Ilse Vrijhof</td></tr></table>",
        ),
        "thesis.html",
        {
            ("Joost Hazelhoff-Mensah", "jury_president", "Gerrit Zandbergen", 2022, 2022),
            ("Joost Hazelhoff-Mensah", "jury_member", "Femke Oyelaran-Dijkstra", 2022, 2022),
            ("Joost Hazelhoff-Mensah", "jury_member", "Lothar Brenneke", 2022, 2022),
            ("Joost Hazelhoff-Mensah", "jury_member", "Ilse Vrijhof", 2022, 2022),
        },
        {("Joost Hazelhoff-Mensah", "employed_at", "Universität Auental", 2022, 2022)},
    ),
    "the-hall-of-a-defence-is-no-part-of-the-universitys-name": (
        _html(
            "Mirthe Kooistra-Anane - PhD thesis",
            "<h1>Mirthe Kooistra-Anane</h1><h2>PhD thesis</h2><p>Publicly defended on 5 June "
            "2021 in the Aula of Veldhoven University.</p>",
        ),
        "thesis.html",
        set(),
        {
            ("Mirthe Kooistra-Anane", "studied_at", "Aula of Veldhoven University", None, 2021),
            ("Mirthe Kooistra-Anane", "studied_at", "Aula of Veldhoven University", None, None),
        },
    ),
    "a-verbless-sentence-after-the-post-names-the-owners-team-and-lab": (
        _html(
            "Gwladys Peyrache-Onana",
            "<h1>Gwladys Peyrache-Onana</h1><p>Maîtresse de conférences, Université de "
            "Cluny-Grosne (depuis 2017). Équipe Surfaces et Interfaces, Laboratoire de Physique "
            "des Solides de Cluny.</p>",
        ),
        "index.html",
        {
            ("Gwladys Peyrache-Onana", "employed_at", "Université de Cluny-Grosne", 2017, None),
            (
                "Gwladys Peyrache-Onana",
                "member_of",
                "Laboratoire de Physique des Solides de Cluny",
                None,
                None,
            ),
        },
        set(),
    ),
    "the-sites-hosting-line-under-the-last-heading-is-no-affiliation": (
        _html(
            "Armance Delorme-Kaboré — Page personnelle",
            "<h1>Armance Delorme-Kaboré</h1><h2>Thèse</h2><p>J'ai préparé ma thèse à "
            "l'Université de Saint-Vallier, de 2014 à 2018, sous la direction de Fabrice "
            "Granjon.</p><p>Page hébergée par le service informatique de l'Université de "
            "Tain-Hermitage.</p>",
        ),
        "index.html",
        {("Armance Delorme-Kaboré", "studied_at", "Université de Saint-Vallier", 2014, 2018)},
        {
            ("Armance Delorme-Kaboré", "studied_at", "Université de Tain-Hermitage", None, None),
            ("Armance Delorme-Kaboré", "employed_at", "Université de Tain-Hermitage", None, None),
        },
    ),
}


SIXTYNINTH_BATCH_LAYOUTS = {
    "a-company-name-joined-by-an-ampersand-after-an-employer-cue": (
        _html(
            "Ilona Strathairn-Okoye",
            "<h1>Ilona Strathairn-Okoye</h1><p>Ilona Strathairn-Okoye is a lecturer in "
            "economics. Before that she was a senior analyst at Pellow &amp; Daughters "
            "Consulting.</p>",
        ),
        "bio.html",
        {("Ilona Strathairn-Okoye", "employed_at", "Pellow & Daughters Consulting", None, None)},
        {("Ilona Strathairn-Okoye", "employed_at", "Pellow", None, None)},
    ),
    "an-affiliations-label-over-a-slash-trail-from-the-team-up-to-two-bodies": (
        _html(
            "Ruairi Belmonte-Achterberg",
            "<h1>Ruairi Belmonte-Achterberg</h1><p>CNRS researcher</p>"
            "<p><b>Affiliations:</b> Tessel team / Laboratoire Anne-Morvan (LAM, UMR 5520) / "
            "Université Corbières-Sud / CNRS</p><h2>About</h2><p>I work on random graphs.</p>",
        ),
        "index.html",
        {
            ("Tessel", "part_of", "Laboratoire Anne-Morvan", None, None),
            ("Laboratoire Anne-Morvan", "part_of", "Université Corbières-Sud", None, None),
            ("Laboratoire Anne-Morvan", "part_of", "CNRS", None, None),
        },
        # (the university and the CNRS both run the lab: neither is part of the other)
        {("Université Corbières-Sud", "part_of", "CNRS", None, None)},
    ),
    "a-french-affiliations-label-chains-team-lab-and-university": (
        "Clémence FOURNIVAL-DIOP\nCurriculum vitæ — mis à jour le 3 mars 2025\n\n"
        "Affiliations : équipe ORVAL, Laboratoire d'Acoustique de Brenne (LAB2), "
        "Université de Brenne, CNRS UMR 6610\n\n"
        "PARCOURS\n2014 – 2024   Maîtresse de conférences, Université de Brenne\n",
        "cv.txt",
        {
            ("Clémence Fournival-Diop", "member_of", "ORVAL", None, None),
            ("ORVAL", "part_of", "Laboratoire d'Acoustique de Brenne", None, None),
            ("Laboratoire d'Acoustique de Brenne", "part_of", "Université de Brenne", None, None),
        },
        # ("CNRS UMR 6610": the CNRS runs the unit numbered so; "CNRS UMR" is no unit; the
        # title line's stamp dates no membership)
        {
            ("Clémence Fournival-Diop", "member_of", "CNRS UMR", None, None),
            ("Clémence Fournival-Diop", "member_of", "ORVAL", 2025, 2025),
        },
    ),
    "a-cv-title-lines-date-stamp-dates-no-post-below-it": (
        "Anselme Vautrin-Kowalczyk                                  CV – octobre 2025\n"
        "Chargé de recherche CNRS (CRCN)\n"
        "Institut de Géophysique de la Brenne\n\n"
        "Situation actuelle\n"
        "   Depuis 2018     Chargé de recherche CNRS, Institut de Géophysique de la Brenne\n",
        "cv.txt",
        {("Anselme Vautrin-Kowalczyk", "employed_at", "CNRS", 2018, None)},
        {("Anselme Vautrin-Kowalczyk", "employed_at", "CNRS", 2025, 2025)},
    ),
    "a-rattachements-heading-lists-the-owners-units-one-a-row-with-its-kind-and-year": (
        _html(
            "Armelle Quintric-Bah | Annuaire",
            "<h1>Armelle Quintric-Bah</h1><p>Professeure des universités</p>"
            "<h2>Rattachements</h2><table><tr><th>Structure</th><th>Type</th>"
            "<th>Depuis</th></tr><tr><td>Équipe Rivages (RIV)</td><td>Équipe de recherche"
            "</td><td>2017</td></tr><tr><td>Laboratoire Sociétés et Territoires de Gâtine "
            "(UMR 6690)</td><td>Unité de recherche</td><td>2017</td></tr></table>",
        ),
        "annuaire.html",
        {
            ("Armelle Quintric-Bah", "member_of", "Rivages", 2017, None),
            (
                "Armelle Quintric-Bah",
                "member_of",
                "Laboratoire Sociétés et Territoires de Gâtine",
                2017,
                None,
            ),
        },
        # (the row's kind cell names no unit)
        {("Armelle Quintric-Bah", "member_of", "Unité de recherche", 2017, None)},
    ),
    "an-appointments-item-names-a-company-by-its-trade-noun-after-the-position": (
        _html(
            "Wendeline Achterberg-Moyo | Faculty",
            "<h1>Wendeline Achterberg-Moyo</h1><p>Associate Professor of Mechanical "
            "Engineering</p><h2>Appointments</h2><ul>"
            "<li>2018–present &nbsp; Associate Professor, Carrowby University</li>"
            "<li>2012–2018 &nbsp; Senior Engineer, Tolland Dynamics (Hartwell, UK)</li>"
            "<li>2010–2012 &nbsp; Postdoctoral Fellow, Mirela Kowalczyk-Onu</li></ul>",
        ),
        "faculty.html",
        {("Wendeline Achterberg-Moyo", "employed_at", "Tolland Dynamics", 2012, 2018)},
        # (a host's name after a position is no company)
        {("Wendeline Achterberg-Moyo", "employed_at", "Mirela Kowalczyk-Onu", 2010, 2012)},
    ),
    "a-profile-copy-names-the-company-alone-under-the-position-its-dates-below": (
        "Rosalind Achebe-Varga\nPrincipal Engineer\n\nExperience\n\n"
        "Data Scientist\nTelford & Briggs Insights\n\nJul 2014 - Feb 2018 · 3 yrs 8 mos\n\n"
        "Postdoctoral Researcher\nMarguerite Okonjo\n\nMar 2012 - Jun 2014 · 2 yrs 4 mos\n",
        "profile.txt",
        {("Rosalind Achebe-Varga", "employed_at", "Telford & Briggs Insights", 2014, 2018)},
        # (a person's name under a position is a host, no company)
        {("Rosalind Achebe-Varga", "employed_at", "Marguerite Okonjo", 2012, 2014)},
    ),
}


SEVENTYTHIRD_BATCH_LAYOUTS = {
    "a-role-label-paragraph-above-a-list-gives-its-items-the-role": (
        _html(
            "Soutenance d'HDR d'Ysoline Marcadet-Kouyaté",
            "<h1>Soutenance d'HDR d'Ysoline Marcadet-Kouyaté</h1><p>Ysoline Marcadet-Kouyaté "
            "soutiendra son HDR le 3 avril 2025.</p><h3>Composition du jury</h3>"
            "<p><strong>Rapporteur·rices :</strong></p><ul><li>Pr Odilon Vasseur-Mba, "
            "Université de Gex</li><li>Dr Hanna Lindqvist-Aubry, DR, CNRS</li></ul>"
            "<p><strong>Examinateur·ices :</strong></p><ul><li>Pr Basile Ferrandou, "
            "Université de Nantua</li></ul>",
        ),
        "hdr.html",
        {
            ("Ysoline Marcadet-Kouyaté", "jury_reviewer", "Odilon Vasseur-Mba", 2025, 2025),
            ("Ysoline Marcadet-Kouyaté", "jury_reviewer", "Hanna Lindqvist-Aubry", 2025, 2025),
            ("Ysoline Marcadet-Kouyaté", "jury_examiner", "Basile Ferrandou", 2025, 2025),
        },
        {
            ("Ysoline Marcadet-Kouyaté", "jury_member", "Odilon Vasseur-Mba", 2025, 2025),
            ("Ysoline Marcadet-Kouyaté", "jury_member", "Basile Ferrandou", 2025, 2025),
        },
    ),
    "a-thesis-story-below-a-jury-list-names-the-candidates-advisors-not-juries": (
        _html(
            "Soutenance d'HDR d'Ysoline Marcadet-Kouyaté",
            "<h1>Soutenance d'HDR d'Ysoline Marcadet-Kouyaté</h1><p>Ysoline Marcadet-Kouyaté "
            "soutiendra son HDR le 3 avril 2025.</p><h3>Composition du jury</h3><ul><li>Pr "
            "Odilon Vasseur-Mba, Université de Gex, rapporteur</li></ul><p>Ysoline a effectué "
            "sa thèse (2008–2011) à l'Université de Belley sous la co-direction de Pr Aurèle "
            "Guichard et Dr Noémie Sanogo-Favre. Elle y a co-encadré trois thèses, dont celles "
            "de Théo Lambin (2015–2019) et de Lise Akakpo (2017–2021), toutes deux dirigées "
            "par Fabrice Orsat-Diouf.</p>",
        ),
        "hdr.html",
        {
            ("Ysoline Marcadet-Kouyaté", "advisor_phd", "Aurèle Guichard", 2008, 2011),
            ("Ysoline Marcadet-Kouyaté", "advisor_phd", "Noémie Sanogo-Favre", 2008, 2011),
            ("Théo Lambin", "advisor_phd", "Ysoline Marcadet-Kouyaté", 2015, 2019),
            ("Théo Lambin", "advisor_phd", "Fabrice Orsat-Diouf", 2015, 2019),
            ("Lise Akakpo", "advisor_phd", "Fabrice Orsat-Diouf", 2017, 2021),
        },
        {
            ("Théo Lambin", "jury_member", "Ysoline Marcadet-Kouyaté", 2019, 2019),
            ("Ysoline Marcadet-Kouyaté", "advisor_phd", "Fabrice Orsat-Diouf", 2015, 2019),
        },
    ),
    "a-thesis-the-owner-co-advised-directed-by-someone-else-is-the-students": (
        _html(
            "Ysoline Marcadet-Kouyaté",
            "<h1>Ysoline Marcadet-Kouyaté</h1><p>Maîtresse de conférences.</p><h2>Parcours"
            "</h2><p>J'ai co-encadré la thèse d'Anselme Rigaud-Touré (2016–2020), dirigée "
            "par Maxence Duplantier.</p>",
        ),
        "index.html",
        {("Anselme Rigaud-Touré", "advisor_phd", "Maxence Duplantier", 2016, 2020)},
        {("Ysoline Marcadet-Kouyaté", "advisor_phd", "Maxence Duplantier", 2016, 2020)},
    ),
    "a-defence-date-after-the-announcing-verb-dates-no-post": (
        _html(
            "Soutenance d'HDR d'Ysoline Marcadet-Kouyaté",
            "<h1>Soutenance d'HDR d'Ysoline Marcadet-Kouyaté</h1><p>Ysoline "
            "Marcadet-Kouyaté, maîtresse de conférences à l'Université de Belley et membre "
            "de l'équipe Chimie du Solide, soutiendra son HDR le 3 avril 2025.</p>",
        ),
        "hdr.html",
        {
            ("Ysoline Marcadet-Kouyaté", "employed_at", "Université de Belley", None, None),
            ("Ysoline Marcadet-Kouyaté", "member_of", "Chimie du Solide", None, None),
        },
        {("Ysoline Marcadet-Kouyaté", "employed_at", "Université de Belley", 2025, 2025)},
    ),
    "a-cv-table-of-juries-each-row-its-own-year-lists-the-owners-seats": (
        "Gaspard VILLEMUR-ASANTE\nProfesseur des universités, Université de Thoiry\n\n"
        "JURYS\n\nRapporteur de 5 thèses depuis 2020, dont :\n"
        "  2024   Rapporteur    Estelle Monclar (Université de Divonne)\n"
        "  2023   Président     Karim Ould-Brahim (Université de Thoiry)\n"
        "  2021   Examinateur   Ninon Perrodin (Université de Gex)\n",
        "cv.txt",
        {
            ("Estelle Monclar", "jury_reviewer", "Gaspard Villemur-Asante", 2024, 2024),
            ("Karim Ould-Brahim", "jury_president", "Gaspard Villemur-Asante", 2023, 2023),
            ("Ninon Perrodin", "jury_examiner", "Gaspard Villemur-Asante", 2021, 2021),
        },
        {("Gaspard Villemur-Asante", "jury_reviewer", "Estelle Monclar", 2024, 2024)},
    ),
    "a-text-bullet-wrapped-inside-a-titled-name-and-the-owners-co-direction-share": (
        "Gaspard VILLEMUR-ASANTE\nProfesseur des universités, Université de Thoiry\n\n"
        "ENCADREMENT\n\nThèses en cours\n"
        "  •  Léa-Rose Tchamba (depuis 2023), co-direction 40 % ; directrice : Pr Hélène\n"
        "     Vernhes-Larue.\n"
        "  •  Corentin Malaval (2021) ; Ophélie Brunet-Kassa (2023, co-encadrée avec Sofiane "
        "Aït-Kaci).\n",
        "cv.txt",
        {
            ("Léa-Rose Tchamba", "advisor_phd", "Hélène Vernhes-Larue", 2023, None),
            ("Léa-Rose Tchamba", "advisor_phd", "Gaspard Villemur-Asante", 2023, None),
            ("Ophélie Brunet-Kassa", "advisor_phd", "Sofiane Aït-Kaci", 2023, None),
        },
        {
            ("Léa-Rose Tchamba", "advisor_phd", "Hélène", 2023, None),
            ("Corentin Malaval", "advisor_phd", "Sofiane Aït-Kaci", 2021, None),
        },
    ),
    "a-cv-stamp-line-between-the-name-and-the-position-over-the-units": (
        "Gaspard VILLEMUR-ASANTE                                 CV — septembre 2025\n"
        "Professeur des universités — Section CNU 27\n"
        "Université de Thoiry — Laboratoire d'Informatique du Pays de Gex (LIPG)\n\n"
        "SITUATION\n\ndepuis 2024 :   Professeur des universités, Université de Thoiry\n",
        "cv.txt",
        {
            (
                "Gaspard Villemur-Asante",
                "member_of",
                "Laboratoire d'Informatique du Pays de Gex",
                None,
                None,
            )
        },
        set(),
    ),
    "inclusive-supervisor-labels-a-double-direction-and-a-professors-team": (
        _html(
            "Irène Moulinier-Adjei",
            "<h1>Irène Moulinier-Adjei</h1><h2>Parcours</h2><ul>"
            "<li>2018–2022 — Doctorat, Université de Sète-Lido. Directeur(trice)s de thèse : "
            "Dr Félix Bonnal et Pr Ama Ofori. Encadrant.e.s de proximité : Lucas Chabbert et "
            "Maud Riboulet.</li>"
            "<li>2013–2017 — Doctorat, Université de Lodève, sous la double direction de "
            "Pierre-Yves Garcin et Rokia Sanou.</li>"
            "<li>2022–2024 — Post-doctorante, Institut de Génomique de Nyon, dans l'équipe du "
            "Pr Matthias Oberli.</li></ul>",
        ),
        "cv.html",
        {
            ("Irène Moulinier-Adjei", "advisor_phd", "Félix Bonnal", 2018, 2022),
            ("Irène Moulinier-Adjei", "advisor_phd", "Ama Ofori", 2018, 2022),
            ("Irène Moulinier-Adjei", "advisor_phd", "Lucas Chabbert", 2018, 2022),
            ("Irène Moulinier-Adjei", "advisor_phd", "Maud Riboulet", 2018, 2022),
            ("Irène Moulinier-Adjei", "advisor_phd", "Pierre-Yves Garcin", 2013, 2017),
            ("Irène Moulinier-Adjei", "advisor_phd", "Rokia Sanou", 2013, 2017),
            ("Irène Moulinier-Adjei", "advisor_postdoc", "Matthias Oberli", 2022, 2024),
        },
        set(),
    ),
    "a-secondment-a-space-agency-a-lab-head-and-a-co-advisor-after-the-verb": (
        _html(
            "Clarisse Védrines-Sow",
            "<h1>Clarisse Védrines-Sow</h1><p>Je suis chargée de recherche CNRS au "
            "Laboratoire de Physique de Cajarc (LPC) depuis 2020. Depuis 2024, je suis en "
            "détachement à l'Agence Spatiale de Figeac. Le LPC est dirigé par Armand "
            "Delpouget, directeur de recherche CNRS.</p><h2>Encadrement</h2><p>Je co-encadre "
            "avec Sylvain Aubry la thèse de Noé Rakoto (depuis 2022).</p>",
        ),
        "index.html",
        {
            ("Clarisse Védrines-Sow", "employed_at", "Agence Spatiale de Figeac", 2024, None),
            ("Noé Rakoto", "advisor_phd", "Clarisse Védrines-Sow", 2022, None),
            ("Noé Rakoto", "advisor_phd", "Sylvain Aubry", 2022, None),
        },
        {("Clarisse Védrines-Sow", "advisor_phd", "Armand Delpouget", None, None)},
    ),
    "a-bio-under-a-publications-title-and-a-direction-de-travaux-heading": (
        _html(
            "Publications – Carnet de recherche",
            "<h1>Publications</h1><p>Bertrande Larrieu-Ndour est maîtresse de conférences "
            "en histoire moderne à l'Université de Dax-Adour et membre du Centre de Recherches "
            "Atlantiques (CRA).</p><h2>Articles</h2><ul><li>LARRIEU-NDOUR Bertrande, « Les "
            "veuves de marins », Annales du Midi, 2020.</li><li>LARRIEU-NDOUR Bertrande et "
            "DUFAU Jean, « Compter les navires », Histoire &amp; Mesure, 2021.</li></ul>"
            "<h2>Direction de travaux</h2><p>J'encadre en co-direction avec Mikel Etxeberri "
            "la thèse de Peio Oyhenart (depuis 2021).</p>",
        ),
        "publications.html",
        {
            ("Bertrande Larrieu-Ndour", "employed_at", "Université de Dax-Adour", None, None),
            (
                "Bertrande Larrieu-Ndour",
                "member_of",
                "Centre de Recherches Atlantiques",
                None,
                None,
            ),
            ("Peio Oyhenart", "advisor_phd", "Bertrande Larrieu-Ndour", 2021, None),
            ("Peio Oyhenart", "advisor_phd", "Mikel Etxeberri", 2021, None),
        },
        set(),
    ),
    "a-defence-page-venue-and-its-other-defences-sidebar-tell-nothing": (
        _html(
            "Soutenance de thèse de Mme Oumy SIDIBÉ",
            "<h1>Soutenance de thèse de Mme Oumy SIDIBÉ</h1><p><strong>Date et lieu :</strong> "
            "15 décembre 2025, amphithéâtre Haüy, Observatoire des Sciences de l'Univers de "
            "Gap.</p><p>Thèse préparée à l'Université de Gap sous la direction de M. Bastien "
            "ROUVIER.</p><h3>Autres soutenances à venir</h3><ul><li>Soutenance de thèse de M. "
            "Arthur VACHERON — 16/12/2025</li></ul>",
        ),
        "soutenance.html",
        {("Oumy Sidibé", "advisor_phd", "Bastien Rouvier", None, 2025)},
        {
            (
                "Oumy Sidibé",
                "studied_at",
                "Observatoire des Sciences de l'Univers de Gap",
                None,
                2025,
            ),
            ("Arthur Vacheron", "jury_member", "Oumy Sidibé", 2025, 2025),
        },
    ),
    "a-team-within-a-lab-and-each-unit-of-a-career-story-its-own-years": (
        _html(
            "Florent Mazaud-Ola",
            "<h1>Florent Mazaud-Ola</h1><p>Doctorant au Laboratoire de Robotique de Plérin "
            "(LRP), au sein de l'équipe Perception Marine.</p><h2>Biographie</h2><p>Ingénieur "
            "de l'École Navale de Brest (2003), docteur de l'Université de Quimper (2007), "
            "Florent Mazaud-Ola a été chargé de recherche CNRS au Laboratoire des Écoulements "
            "de Vizille de 2009 à 2016, puis a rejoint le Laboratoire d'Océanographie de "
            "Banyuls comme directeur de recherche en 2016.</p>",
        ),
        "index.html",
        {
            ("Perception Marine", "part_of", "Laboratoire de Robotique de Plérin", None, None),
            (
                "Florent Mazaud-Ola",
                "member_of",
                "Laboratoire des Écoulements de Vizille",
                2009,
                2016,
            ),
            (
                "Florent Mazaud-Ola",
                "member_of",
                "Laboratoire d'Océanographie de Banyuls",
                2016,
                None,
            ),
        },
        {("Laboratoire de Robotique de Plérin", "part_of", "Perception Marine", None, None)},
    ),
    "an-engineering-internship-tutor-and-a-second-object-after-puis": (
        _html(
            "Yaëlle Tessier-Bamba",
            "<h1>Yaëlle Tessier-Bamba</h1><h2>Parcours</h2><ul><li>2018 — Stage de fin "
            "d’études d’ingénieur (6 mois), BioMarine Sud, tutrice en entreprise : Carole "
            "Pujol-Ménard.</li></ul><h2>Encadrement</h2><p>J’ai co-encadré, avec Hugues "
            "Masclet, le stage de M2 de Pablo Iturbe (2023), puis le stage de M1 de Solène "
            "Cathary (2025) avec Xavier Llobet. Je fais partie d'un comité de suivi.</p>",
        ),
        "index.html",
        {
            ("Yaëlle Tessier-Bamba", "advisor_internship", "Carole Pujol-Ménard", 2018, 2018),
            ("Solène Cathary", "advisor_internship", "Yaëlle Tessier-Bamba", 2025, 2025),
            ("Solène Cathary", "advisor_internship", "Xavier Llobet", 2025, 2025),
            ("Pablo Iturbe", "advisor_internship", "Hugues Masclet", 2023, 2023),
        },
        {("Solène Cathary", "advisor_internship", "Hugues Masclet", 2025, 2025)},
    ),
    "an-offers-supervisor-line-naming-a-lab-is-a-membership": (
        "PROPOSITION DE STAGE DE MASTER 2\n\nLaboratoire d'accueil : Laboratoire d'Hydrologie "
        "de Lozère (LHL), Université de Mende\n\nEncadrant(e)s :\n"
        "   – Sylvie Bourgade-Okoye, maîtresse de conférences, LHL\n\n"
        "Candidature : envoyer CV et relevés de notes.\n",
        "stage.txt",
        {("Sylvie Bourgade-Okoye", "member_of", "Laboratoire d'Hydrologie de Lozère", None, None)},
        {
            (
                "Sylvie Bourgade-Okoye",
                "employed_at",
                "Laboratoire d'Hydrologie de Lozère",
                None,
                None,
            )
        },
    ),
}


SEVENTYFIRST_BATCH_LAYOUTS = {
    "a-labs-bracket-names-its-code-and-the-bodies-that-run-it": (
        "Maëlys KERGUELEN-ADJOVI\nMaîtresse de conférences en informatique\n"
        "Laboratoire d'Informatique de la Rance (LIRAN, UMR 5842, CNRS / Université de "
        "Dinan-Rance)\n\nPOSTES\nDepuis 2014   Maîtresse de conférences, Université de "
        "Dinan-Rance\n",
        "cv.txt",
        {
            ("Laboratoire d'Informatique de la Rance", "part_of", "CNRS", None, None),
            (
                "Laboratoire d'Informatique de la Rance",
                "part_of",
                "Université de Dinan-Rance",
                None,
                None,
            ),
        },
        {("Maëlys Kerguelen-Adjovi", "member_of", "UMR", None, None)},
    ),
    "a-header-line-of-bodies-below-the-labs-line": (
        "Corentin Abgrall-Mensah                                        CV – mars 2025\n"
        "Chargé de recherche CNRS\n"
        "Institut de Glaciologie du Trégor (IGT) – équipe Névés\n"
        "CNRS / Université du Trégor\n\n"
        "Situation actuelle\n   Depuis 2019    Chargé de recherche CNRS, Institut de "
        "Glaciologie du Trégor\n",
        "cv.txt",
        {
            ("Institut de Glaciologie du Trégor", "part_of", "CNRS", None, None),
            ("Institut de Glaciologie du Trégor", "part_of", "Université du Trégor", None, None),
        },
        {("CNRS", "part_of", "Université du Trégor", None, None)},
    ),
    "a-guillemet-trail-from-the-team-up-with-the-labs-code-in-brackets": (
        _html(
            "Gwendal Ropars-Diallo",
            "<h1>Gwendal Ropars-Diallo</h1><p><strong>Professeur des universités</strong><br>"
            "Équipe Analyse &amp; Calcul » Laboratoire de Mathématiques de Rance-Iroise "
            "(LMRI, UMR CNRS 6299) » Université Rance-Iroise</p><h2>Parcours</h2>"
            "<p>Je travaille sur les équations de Saint-Venant.</p>",
        ),
        "index.html",
        {
            (
                "Analyse & Calcul",
                "part_of",
                "Laboratoire de Mathématiques de Rance-Iroise",
                None,
                None,
            ),
            (
                "Laboratoire de Mathématiques de Rance-Iroise",
                "part_of",
                "Université Rance-Iroise",
                None,
                None,
            ),
            ("Laboratoire de Mathématiques de Rance-Iroise", "part_of", "CNRS", None, None),
        },
        # (read from the team up: the lab is no part of its own team; "UMR CNRS" no unit)
        {
            (
                "Laboratoire de Mathématiques de Rance-Iroise",
                "part_of",
                "Analyse & Calcul",
                None,
                None,
            ),
            ("Gwendal Ropars-Diallo", "member_of", "UMR CNRS", None, None),
        },
    ),
    "a-profile-cards-heading-trail-ends-on-an-acronym-the-footer-spells-out": (
        "<html><head><title>About | Imogen Achebe-Farrow</title></head><body>"
        "<h2>Imogen Achebe-Farrow</h2><h3>Senior Research Scientist</h3>"
        "<h3>Ice Physics Group › Cryosphere Division › HIPS</h3>"
        "<h1>Biography</h1><p>I joined HIPS in 2017 and work on sea-ice rheology.</p>"
        "<footer><p>HIPS is the Halloran Institute for Polar Science, a research institute "
        "of the Caldmoor Science Council.</p></footer></body></html>",
        "index.html",
        {
            ("Ice Physics Group", "part_of", "Cryosphere Division", None, None),
            ("Cryosphere Division", "part_of", "Halloran Institute for Polar Science", None, None),
            (
                "Imogen Achebe-Farrow",
                "employed_at",
                "Halloran Institute for Polar Science",
                2017,
                None,
            ),
        },
        {("Cryosphere Division", "part_of", "Ice Physics Group", None, None)},
    ),
    "a-funder-a-board-and-a-parent-ministry-employ-nobody": (
        _html(
            "Dr. Tamsin Okoro-Lindahl",
            "<h1>Dr. Tamsin Okoro-Lindahl</h1><p>Associate Professor of Hydrology</p>"
            "<h2>Biography</h2><p>Tamsin Okoro-Lindahl is an associate professor at "
            "Wrexley University. Her work is funded by the Halvorsen Foundation and the "
            "Caldmoor Water Trust Council, and she sits on the scientific advisory board of "
            "the Ocean Futures Foundation.</p><p>Wrexley University is an institute under "
            "Ministry of Education.</p>",
        ),
        "profile.html",
        {("Tamsin Okoro-Lindahl", "employed_at", "Wrexley University", None, None)},
        {
            ("Tamsin Okoro-Lindahl", "employed_at", "Halvorsen Foundation", None, None),
            ("Tamsin Okoro-Lindahl", "employed_at", "Caldmoor Water Trust Council", None, None),
            ("Tamsin Okoro-Lindahl", "employed_at", "Ocean Futures Foundation", None, None),
            ("Tamsin Okoro-Lindahl", "member_of", "Ocean Futures Foundation", None, None),
            ("Tamsin Okoro-Lindahl", "employed_at", "Ministry of Education", None, None),
        },
    ),
    "a-french-postdoc-funded-by-a-foundation-is-employed-by-its-host": (
        "Léonie VARIN-OUATTARA\nMaîtresse de conférences\n\nPOSTES OCCUPÉS\n"
        "2009 – 2010   Post-doctorante à l'Institut Fresnay de recherche en imagerie, "
        "financée par la Fondation Aubrac pour les sciences numériques\n",
        "cv.txt",
        {
            (
                "Léonie Varin-Ouattara",
                "employed_at",
                "Institut Fresnay de recherche en imagerie",
                2009,
                2010,
            )
        },
        {
            (
                "Léonie Varin-Ouattara",
                "employed_at",
                "Fondation Aubrac pour les sciences numériques",
                2009,
                2010,
            )
        },
    ),
    "a-directorys-employer-rows-and-a-hospitals-short-name-spelt-out-on-the-page": (
        _html(
            "Pr Armelle Rasoanaivo-Duclos – Annuaire",
            "<h1>Armelle Rasoanaivo-Duclos</h1><p>Professeure des universités – praticienne "
            "hospitalière</p><table><tr><th>Équipe</th><td>Équipe 2 « Rythmologie et "
            "insuffisance cardiaque » (RYTHMIC)</td></tr>"
            "<tr><th>Établissement</th><td>Université Drôme-Ardèche – campus de Valence-Sud, "
            "UFR de Santé</td></tr><tr><th>Service hospitalier</th><td>Service de cardiologie, "
            "Centre hospitalier universitaire de Valence-Drôme</td></tr></table>"
            "<h2>Parcours</h2><p>Elle a été cheffe de clinique au CHU de Valence-Drôme de "
            "2009 à 2013, puis dirige l'équipe RYTHMIC depuis 2021.</p>",
        ),
        "fiche.html",
        {
            ("Armelle Rasoanaivo-Duclos", "employed_at", "Université Drôme-Ardèche", None, None),
            (
                "Armelle Rasoanaivo-Duclos",
                "employed_at",
                "Centre Hospitalier Universitaire de Valence-Drôme",
                None,
                None,
            ),
            (
                "Armelle Rasoanaivo-Duclos",
                "employed_at",
                "Centre hospitalier universitaire de Valence-Drôme",
                2009,
                2013,
            ),
            # (the team's own years: "dirige l'équipe RYTHMIC depuis 2021")
            (
                "Armelle Rasoanaivo-Duclos",
                "member_of",
                "Rythmologie et insuffisance cardiaque",
                2021,
                None,
            ),
        },
        {
            ("Armelle Rasoanaivo-Duclos", "employed_at", "CHU de Valence-Drôme", 2009, 2013),
            ("Armelle Rasoanaivo-Duclos", "member_of", "RYTHMIC", 2021, None),
            (
                "Armelle Rasoanaivo-Duclos",
                "member_of",
                "Rythmologie et insuffisance cardiaque",
                2009,
                2013,
            ),
        },
    ),
    "a-ufr-named-in-sentence-case-runs-on-past-its-and": (
        "Nadège PERRAUDIN-MBAYE\nCV\n\nPOSTES OCCUPÉS\n"
        "Depuis 2012   Maîtresse de conférences, Université de Pau-Oloron, UFR Sciences "
        "et techniques\n",
        "cv.txt",
        {("Nadège Perraudin-Mbaye", "member_of", "UFR Sciences et techniques", 2012, None)},
        {("Nadège Perraudin-Mbaye", "member_of", "UFR Sciences", 2012, None)},
    ),
    "affiliated-with-a-centre-an-md-from-a-school-and-a-residency-at-a-hospital": (
        _html(
            "Dr. Obiageli Hartmann-Suarez",
            "<h1>Dr. Obiageli Hartmann-Suarez</h1><p>Attending Physician</p>"
            "<h2>Biography</h2><p>She is also affiliated with the Dunmore Centre for Vaccine "
            "Evaluation.</p><p>She earned her MD from Ellesby Medical School in 2006 and "
            "completed her pediatrics residency at St. Oswin's Hospital (2006–2009).</p>",
        ),
        "profile.html",
        {
            (
                "Obiageli Hartmann-Suarez",
                "member_of",
                "Dunmore Centre for Vaccine Evaluation",
                None,
                None,
            ),
            ("Obiageli Hartmann-Suarez", "studied_at", "Ellesby Medical School", None, 2006),
            ("Obiageli Hartmann-Suarez", "employed_at", "St. Oswin's Hospital", 2006, 2009),
        },
        set(),
    ),
    "a-company-after-a-position-beside-a-place-with-a-head-word": (
        _html(
            "Yann Kerbiriou-Sall",
            "<h1>Yann Kerbiriou-Sall</h1><p>Professeur de mathématiques appliquées</p>"
            "<h2>Parcours</h2><p>J'ai été maître de conférences à l'Université de Caen-Risle "
            "de 2008 à 2016, avec deux années en disponibilité passées comme ingénieur de "
            "recherche chez Hydrolis SA, une PME de modélisation.</p>"
            "<p>Before that I was an economist at the Bank of Ardmoor, and before that a "
            "senior analyst at Pellow &amp; Daughters Analytics.</p>",
        ),
        "index.html",
        {
            ("Yann Kerbiriou-Sall", "employed_at", "Hydrolis SA", 2008, 2016),
            ("Yann Kerbiriou-Sall", "employed_at", "Université de Caen-Risle", 2008, 2016),
            ("Yann Kerbiriou-Sall", "employed_at", "Pellow & Daughters Analytics", None, None),
        },
        set(),
    ),
    "a-profiles-copied-entries-title-employer-dates-and-a-description": (
        "Oskar Nwachukwu-Ferrand\nSenior Engineer at Tallow Grid Ltd\n\nExperience\n\n"
        "Tallow Grid Ltd\nFull-time · 6 yrs 2 mos\nSenior Research Engineer\n"
        "Jan 2022 - Present · 3 yrs 11 mos\n\n"
        "Seconded Analyst\nOffice for Grid Statistics · Secondment\n"
        "Mar 2021 - Sep 2021 · 7 mos\nOn secondment from Tallow Grid Ltd to the forecasting "
        "unit.\n\n"
        "Senior Scientific Advisor\nMinistry of Energy of Caldmoor\n"
        "Mar 2018 - Dec 2020 · 2 yrs 10 mos\nOffice of Scientific Advisory. On leave during "
        "this period.\n\n"
        "Licenses & certifications\n"
        "Chartered Engineer (CEng) · Institution of Grid Practitioners · Issued Jun 2021\n",
        "profile.txt",
        {
            ("Oskar Nwachukwu-Ferrand", "employed_at", "Tallow Grid Ltd", 2022, None),
            ("Oskar Nwachukwu-Ferrand", "employed_at", "Office for Grid Statistics", 2021, 2021),
            (
                "Oskar Nwachukwu-Ferrand",
                "employed_at",
                "Ministry of Energy of Caldmoor",
                2018,
                2020,
            ),
        },
        {
            (
                "Oskar Nwachukwu-Ferrand",
                "employed_at",
                "Institution of Grid Practitioners",
                None,
                None,
            ),
            ("Oskar Nwachukwu-Ferrand", "employed_at", "Office of Scientific Advisory", 2018, 2020),
            ("Oskar Nwachukwu-Ferrand", "employed_at", "Tallow Grid Ltd", 2021, 2021),
        },
    ),
    "a-french-secondment-to-a-bureau-not-a-room-nor-a-societys-board": (
        "Erwan LE BIHAN-TOURÉ\nDirecteur de recherche INRAE\n"
        "Unité Sols, Eaux et Territoires (SET, UMR 1402 INRAE / Institut Agro Kernevel)\n"
        "Bureau C-214\n\nEXPÉRIENCE PROFESSIONNELLE\n\n"
        "Depuis 2020        Directeur de recherche, INRAE, unité SET\n\n"
        "2018 – 2020        Mise à disposition auprès du Bureau de recherches géologiques et "
        "minières de l'Ouest (BRGMO)\n\n"
        "2008 – 2018        Chargé de recherche, INRA, unité SET\n\n"
        "FORMATION\n\n2002   Ingénieur agronome, École nationale supérieure agronomique de "
        "Kernevel\n\nRESPONSABILITÉS\n\nMembre du Bureau de la Société géologique de France\n",
        "cv.txt",
        {
            (
                "Erwan Le Bihan-Touré",
                "employed_at",
                "Bureau de recherches géologiques et minières de l'Ouest",
                2018,
                2020,
            ),
            ("Erwan Le Bihan-Touré", "employed_at", "INRA", 2008, 2018),
            ("Erwan Le Bihan-Touré", "member_of", "Unité Sols, Eaux et Territoires", 2020, None),
            ("Unité Sols, Eaux et Territoires", "part_of", "INRAE", None, None),
            (
                "Erwan Le Bihan-Touré",
                "studied_at",
                "École Nationale Supérieure Agronomique de Kernevel",
                None,
                2002,
            ),
        },
        {
            ("Erwan Le Bihan-Touré", "employed_at", "Bureau C-214", None, None),
            ("Erwan Le Bihan-Touré", "member_of", "Bureau de la Société", None, None),
            ("Erwan Le Bihan-Touré", "member_of", "INRA", 2008, 2018),
            ("Erwan Le Bihan-Touré", "member_of", "SET", 2020, None),
        },
    ),
    "an-inria-project-team-named-in-capitals-with-an-accent": (
        _html(
            "Solenn Quéau-Mbappé",
            "<h1>Solenn Quéau-Mbappé</h1><p>Professeure des universités</p><h2>Recherche</h2>"
            "<p>Je suis également membre associée de l'équipe-projet Inria ÉCUME, commune à "
            "Inria Rennes-Armor et à l'Université de Brest-Iroise.</p>",
        ),
        "index.html",
        {("Solenn Quéau-Mbappé", "member_of", "ÉCUME", None, None)},
        {("Solenn Quéau-Mbappé", "member_of", "Inria ÉCUME", None, None)},
    ),
    "a-staff-pages-title-spells-the-acronym-its-text-uses": (
        _html(
            "Idris Haraldsen-Oyelaran — Staff — Ferrymead Centre for Coastal Ecology",
            "<h1>Dr Idris Haraldsen-Oyelaran</h1>"
            "<p>Reader in Coastal Ecology · Deputy Director of FCCE</p>"
            "<h2>Research</h2><p>Idris studies salt marshes.</p>",
        ),
        "staff.html",
        {
            (
                "Idris Haraldsen-Oyelaran",
                "employed_at",
                "Ferrymead Centre for Coastal Ecology",
                None,
                None,
            )
        },
        {
            (
                "Idris Haraldsen-Oyelaran",
                "employed_at",
                "Deputy Director of Ferrymead Centre for Coastal Ecology",
                None,
                None,
            )
        },
    ),
    "a-company-between-middle-dots-after-the-years": (
        "---\ntitle: CV\nauthor: Liesel Moreau-Okafor\n---\n\n# Liesel Moreau-Okafor\n\n"
        "## Employment\n\n**2017–2021 · Quarrow & Finch Therapeutics** · Principal Scientist, "
        "Computational Biology\n",
        "cv.md",
        {("Liesel Moreau-Okafor", "employed_at", "Quarrow & Finch Therapeutics", 2017, 2021)},
        set(),
    ),
}


SEVENTIETH_BATCH_LAYOUTS = {
    "a-lab-alumni-page-signed-by-its-eponymous-head-with-card-name-lines": (
        "<html><head><title>Alumni — Vasquez-Holm Lab</title></head><body>"
        "<h1>Alumni</h1><p>I have had the joy of training these people. — Ottilie Vasquez-Holm"
        "</p><h3>Graduate students</h3><p><strong>Dr. Bram Achterveld-Nkosi</strong><br>PhD "
        "2019 · “Mitotic spindle scaling”<br>Now: Lecturer, Dunlow University</p>"
        "<h3>Former members</h3><p>Ines Roskilde-Mbah (lab manager 2016–2021) — now at Qorvane "
        "Bio.</p><p>Prof. Heikki Lanari-Obi (visiting scholar on sabbatical, 2020) — back at "
        "Pirkola University.</p></body></html>",
        "alumni.html",
        {("Bram Achterveld-Nkosi", "advisor_phd", "Ottilie Vasquez-Holm", None, 2019)},
        {
            ("Ines Roskilde-Mbah", "advisor_phd", "Ottilie Vasquez-Holm", 2016, 2021),
            ("Heikki Lanari-Obi", "advisor_other", "Ottilie Vasquez-Holm", 2020, 2020),
        },
    ),
    "a-roster-paragraph-each-sentence-opening-on-a-student-with-a-pronoun-co-advisor": (
        _html(
            "Corvin Blackwood-Essien",
            "<h1>Corvin Blackwood-Essien</h1><h2>Group</h2><p>I currently advise two PhD "
            "students. Maren Oduya-Lindahl joined in 2022 as my first student; she is "
            "co-advised by Prof. Teodor Hallström-Ike. Our newest member, Ji-ho Castellanos, "
            "arrived in 2024 and works on sheaves. Maren and Ji-ho collaborate with Ulla "
            "Brenner-Sow, a postdoc in Teodor's lab.</p>",
        ),
        "group.html",
        {
            ("Maren Oduya-Lindahl", "advisor_phd", "Corvin Blackwood-Essien", 2022, None),
            ("Maren Oduya-Lindahl", "advisor_phd", "Teodor Hallström-Ike", 2022, None),
            ("Ji-ho Castellanos", "advisor_phd", "Corvin Blackwood-Essien", 2024, None),
            ("Ulla Brenner-Sow", "advisor_postdoc", "Teodor Hallström-Ike", None, None),
        },
        {
            ("Corvin Blackwood-Essien", "advisor_phd", "Teodor Hallström-Ike", 2022, None),
            ("Corvin Blackwood-Essien", "advisor_postdoc", "Ulla Brenner-Sow", None, None),
        },
    ),
    "a-news-post-of-a-defence-then-its-committee-and-a-newcomer-co-hosted": (
        _html(
            "News – Astrid Mbeki-Fairholm",
            "<h1>Astrid Mbeki-Fairholm</h1><h2>Dr. Lior!</h2><p>Congratulations to my student "
            "Lior Vandersloot-Amadi, who successfully defended his PhD thesis today! Lior was "
            "co-advised by Prof. Sunniva Okafor-Lund. In May he starts at Brightwell "
            "Analytics.</p><p>Thanks to the examining committee, Dr. Wendel Kowalski-Ama and "
            "Prof. Farah Oyelowo-Brandt.</p><h2>Welcome</h2><p>Dr. Keziah Amundsen-Obi joined "
            "the group in March 2024 as a postdoctoral researcher. She is co-hosted by Ruben "
            "Achterberg-Sall.</p>",
        ),
        "news.html",
        {
            ("Lior Vandersloot-Amadi", "advisor_phd", "Sunniva Okafor-Lund", None, None),
            ("Keziah Amundsen-Obi", "advisor_postdoc", "Astrid Mbeki-Fairholm", 2024, None),
            ("Keziah Amundsen-Obi", "advisor_postdoc", "Ruben Achterberg-Sall", 2024, None),
        },
        {
            ("Astrid Mbeki-Fairholm", "advisor_phd", "Sunniva Okafor-Lund", None, None),
            ("Astrid Mbeki-Fairholm", "employed_at", "Brightwell Analytics", None, None),
            ("Astrid Mbeki-Fairholm", "jury_member", "Wendel Kowalski-Ama", None, None),
        },
    ),
    "a-french-post-congratulating-a-co-advised-student-then-the-jury-of-that-defence": (
        _html(
            "Actualités | Rozenn Quéré-Sankara",
            "<h1>Actualités</h1><h2>Soutenance d'Elouan</h2><p>Félicitations à Elouan "
            "Kerbrat-Mensah, que j'ai co-encadré avec Anne Le Duff-Ouattara, pour sa soutenance "
            "de thèse le 3 juillet 2024 ! Le jury était composé de Loïc Gaonac'h (rapporteur) et "
            "de Nadia Benslimane-Roux (présidente).</p><h2>Bravo Maëlys</h2><p>Bravo à Maëlys "
            "Trividic, stagiaire de M2 que j'ai encadrée de mars à août 2024 avec Elouan : elle "
            "poursuit en thèse à l'Université de Lannion-Trégor, sous la direction de Yann "
            "Corre-Adjovi.</p><footer>© Rozenn Quéré-Sankara</footer>",
        ),
        "actualites.html",
        {
            ("Elouan Kerbrat-Mensah", "advisor_phd", "Anne Le Duff-Ouattara", None, 2024),
            ("Elouan Kerbrat-Mensah", "jury_reviewer", "Loïc Gaonac'h", 2024, 2024),
            ("Maëlys Trividic", "advisor_internship", "Elouan Kerbrat-Mensah", 2024, 2024),
            ("Maëlys Trividic", "advisor_phd", "Yann Corre-Adjovi", None, None),
        },
        {
            ("Rozenn Quéré-Sankara", "jury_reviewer", "Loïc Gaonac'h", 2024, 2024),
            ("Rozenn Quéré-Sankara", "advisor_phd", "Yann Corre-Adjovi", None, None),
        },
    ),
    "a-third-person-french-bio-lists-students-past-semicolons-and-hosted-postdocs": (
        _html(
            "Perrine Hamon-Sidibé",
            "<h1>Perrine Hamon-Sidibé</h1><p>Perrine Hamon-Sidibé est directrice de recherche "
            "au CNRS. Elle a dirigé neuf thèses. Parmi ses anciens doctorants figurent Goulven "
            "Riou (2012) ; Anaëlle Le Dantec-Bah (2017), maîtresse de conférences ; et Titouan "
            "Morvan (2021). Elle a accueilli en post-doctorat Dr Salif Camara-Le Roy "
            "(2019-2021). Elle encadre actuellement Enora Lozac'h (depuis 2023, cotutelle avec "
            "Ibrahima Sow-Kerleau de l'Université de Thiès-Nord).</p>",
        ),
        "bio.html",
        {
            ("Anaëlle Le Dantec-Bah", "advisor_phd", "Perrine Hamon-Sidibé", None, 2017),
            ("Titouan Morvan", "advisor_phd", "Perrine Hamon-Sidibé", None, 2021),
            ("Salif Camara-Le Roy", "advisor_postdoc", "Perrine Hamon-Sidibé", 2019, 2021),
            ("Enora Lozac'h", "advisor_phd", "Ibrahima Sow-Kerleau", 2023, None),
        },
        set(),
    ),
    "an-activity-report-with-a-co-advisee-a-committee-list-and-a-grant-row": (
        _html(
            "Activity report — Tamsin Osei-Grünwald",
            "<h1>Activity report</h1><p>Faculty member: Tamsin Osei-Grünwald</p><h2>Graduate "
            "advising</h2><p>I am also co-advisor for Rasmus Achebe-Lindqvist (primary advisor: "
            "Dr. Priya Halvorsen-Mbeki, Physics).</p><h2>Committees</h2><p>Dissertation "
            "committee member for Yusra Blom (Chemistry), Piet Okoro-Sand (Physics) and Hana "
            "Fairlie (Biology).</p><h2>Grants</h2><table><tr><th>Sponsor</th><th>Role</th></tr>"
            "<tr><td>National Research Agency</td><td>Co-PI (PI: Dr. Oren Basset)</td></tr>"
            "</table>",
        ),
        "report.html",
        {
            ("Rasmus Achebe-Lindqvist", "advisor_phd", "Tamsin Osei-Grünwald", None, None),
            ("Rasmus Achebe-Lindqvist", "advisor_phd", "Priya Halvorsen-Mbeki", None, None),
            ("Piet Okoro-Sand", "jury_member", "Tamsin Osei-Grünwald", None, None),
            ("Hana Fairlie", "jury_member", "Tamsin Osei-Grünwald", None, None),
        },
        {("Tamsin Osei-Grünwald", "employed_at", "National Research Agency", None, None)},
    ),
    "a-french-team-page-denies-a-student-and-names-her-advisor-after-a-colon": (
        '+++\ntitle = "Équipe"\nauthor = "Soazig Le Berre-Diop"\n+++\n\n## Stagiaires\n\n'
        "Chaque année j'accueille des stagiaires. En 2024 : Lenaïg Corre (M2, co-encadrée avec "
        "Malo) et Pol Guivarch (M1). En 2023 : Nina Abgrall (M2).\n\n## Post-doctorat\n\n"
        "Malo Tanguy-Koné est post-doctorant dans l'équipe depuis 2023.\n\n## Précision\n\n"
        "Je ne suis pas la directrice de thèse de Gaëlle Rivoal-Ba : Gaëlle est doctorante de "
        "Yves Prigent-Mendy.\n",
        "equipe.md",
        {
            ("Lenaïg Corre", "advisor_internship", "Soazig Le Berre-Diop", 2024, 2024),
            ("Lenaïg Corre", "advisor_internship", "Malo Tanguy-Koné", 2024, 2024),
            ("Nina Abgrall", "advisor_internship", "Soazig Le Berre-Diop", 2023, 2023),
            ("Malo Tanguy-Koné", "advisor_postdoc", "Soazig Le Berre-Diop", 2023, None),
            ("Gaëlle Rivoal-Ba", "advisor_phd", "Yves Prigent-Mendy", None, None),
        },
        {("Gaëlle Rivoal-Ba", "advisor_phd", "Soazig Le Berre-Diop", None, None)},
    ),
}


# Batch 72 (worktree gen72, PDF CVs read through the PDF path): each layout drawn with fpdf
# where the PDF's text layer is the point, as text where the rule lies past it.
def _placed_pdf(pages: list[list[tuple]], *, header: tuple[str, str] | None = None) -> bytes:
    """A PDF of text placed by hand: each page a list of (x, y, text), (x, y, text, size,
    bold) or (x, y, text, size, bold, width: a justified paragraph) in millimetres, one cell
    a line (as LaTeX and Word set lines, each its own text
    box), a list of words for text a line's words 9 mm apart; *header* a running header's
    two cells (left, right), on every page."""
    from fpdf import FPDF

    font = Path("/usr/share/fonts/truetype/dejavu")

    class _Document(FPDF):
        def header(self):
            if header:
                self.set_font(family, "", 8)
                self.set_xy(10, 8)
                self.cell(95, 4, fit(header[0]))
                self.set_xy(140, 8)
                self.cell(60, 4, fit(header[1]), align="R")

    pdf = _Document()
    pdf.set_auto_page_break(False)
    if (font / "DejaVuSans.ttf").exists():
        family = "DejaVu"
        pdf.add_font(family, "", str(font / "DejaVuSans.ttf"))
        pdf.add_font(family, "B", str(font / "DejaVuSans-Bold.ttf"))

        def fit(text: str) -> str:
            return text

    else:  # without DejaVu, a core font: Latin-1 only
        family = "Helvetica"

        def fit(text: str) -> str:
            text = text.translate(LATIN1_FALLBACK)
            return text.encode("latin-1", "replace").decode("latin-1")

    for items in pages:
        pdf.add_page()
        for x, y, text, *style in items:
            size, bold, width = style + [10, False, 0][len(style) :]
            pdf.set_font(family, "B" if bold else "", size)
            if width:  # a justified paragraph, *width* mm wide, its lines 5 mm apart
                pdf.set_xy(x, y)
                pdf.multi_cell(width, 5, fit(text), align="J")
                continue
            for word in [text] if isinstance(text, str) else text:
                # (a list of words: each its own cell, 9 mm apart, a justified line
                # stretched wide)
                pdf.set_xy(x, y)
                pdf.cell(0, 5, fit(word))
                x += pdf.get_string_width(fit(word)) + 9
    return bytes(pdf.output())


def _framed_table_pdf(title: str, widths: tuple[float, ...], rows: list[tuple[str, ...]]) -> bytes:
    """A name line, a section title and a table of framed cells (fpdf's table: a long cell
    wraps, the short ones of its row sit at the row's mid-height)."""
    from fpdf import FPDF

    pdf = FPDF()
    pdf.add_page()
    font = Path("/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf")
    if font.exists():
        pdf.add_font("DejaVu", "", str(font))
        pdf.add_font("DejaVu", "B", str(font.with_name("DejaVuSans-Bold.ttf")))
        family = "DejaVu"

        def fit(text: str) -> str:
            return text

    else:  # without DejaVu, a core font: Latin-1 only
        family = "Helvetica"

        def fit(text: str) -> str:
            text = text.translate(LATIN1_FALLBACK)
            return text.encode("latin-1", "replace").decode("latin-1")

    pdf.set_font(family, "", 16)
    pdf.cell(0, 9, fit("Gwenola Ferrandière-Kouassi"), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 10)
    line = "Maîtresse de conférences, Université de Brenne-Indre"
    pdf.cell(0, 5, fit(line), new_x="LMARGIN", new_y="NEXT")
    pdf.ln(4)
    pdf.set_font(family, "", 12)
    pdf.cell(0, 7, fit(title), new_x="LMARGIN", new_y="NEXT")
    pdf.set_font(family, "", 8.5)
    with pdf.table(col_widths=widths, width=sum(widths), text_align="LEFT", line_height=4.5) as t:
        for row in rows:
            t.row(tuple(fit(cell) for cell in row))
    return bytes(pdf.output())


SEVENTYSECOND_BATCH_LAYOUTS = {
    "a-framed-table-row-reads-its-wrapped-cells-and-a-line-run-across-two-frames": (
        _framed_table_pdf(
            "Encadrement doctoral",
            (40, 22, 50, 14, 54),
            [
                ("Doctorant·e", "Période", "Co-encadrement", "Taux", "Devenir"),
                (
                    "Théo Rambaud-Sylla",
                    "2014 – 2017",
                    "Pr Hervé Gallardin-Koné (directeur de thèse)",
                    "50 %",
                    "MCF, Université de Blois-Loire",
                ),
                ("Inès Oukacha-Berthet", "depuis 2022", "—", "100 %", ""),
            ],
        ),
        "cv.pdf",
        {
            ("Théo Rambaud-Sylla", "advisor_phd", "Gwenola Ferrandière-Kouassi", 2014, 2017),
            ("Théo Rambaud-Sylla", "advisor_phd", "Hervé Gallardin-Koné", 2014, 2017),
            ("Inès Oukacha-Berthet", "advisor_phd", "Gwenola Ferrandière-Kouassi", 2022, None),
        },
        # (the header row's cells are no student: "Taux Devenir" was one line of two cells)
        {("Taux Devenir", "advisor_phd", "Gwenola Ferrandière-Kouassi", None, None)},
    ),
    "a-narrow-date-column-wraps-each-range-onto-two-lines-beside-its-entry": (
        _placed_pdf(
            [
                [
                    (12, 12, "Saorla Vandermeulen", 18, True),
                    (12, 22, "Assistant Professor, Harlow Vale University"),
                    (12, 34, "Education", 11, True),
                    (12, 42, "Sep 2012 –", 8),
                    (12, 46.2, "Jun 2017", 8),
                    (44, 42, "Ph.D. in Geophysics, University of Coldmere. Advisor: Prof."),
                    (44, 47, "Bartholomeus Achterveld."),
                    (12, 58, "Advising", 11, True),
                    (12, 66, "Aug 2022 –", 8),
                    (12, 70.2, "present", 8),
                    (44, 66, "Tobiah Engqvist-Morales, Ph.D. student."),
                    (12, 78, "Summer", 8),
                    (12, 82.2, "2023", 8),
                    (44, 78, "Jonah Castellano-Reyes, undergraduate summer intern."),
                ]
            ]
        ),
        "cv.pdf",
        {
            ("Saorla Vandermeulen", "advisor_phd", "Bartholomeus Achterveld", 2012, 2017),
            ("Tobiah Engqvist-Morales", "advisor_phd", "Saorla Vandermeulen", 2022, None),
            ("Jonah Castellano-Reyes", "advisor_internship", "Saorla Vandermeulen", 2023, 2023),
        },
        # (the range's second line is no date of the entry's second line)
        {("Saorla Vandermeulen", "advisor_phd", "Bartholomeus Achterveld", 2017, 2017)},
    ),
    "a-justified-line-cut-at-each-word-beside-its-year-is-no-table-row": (
        _placed_pdf(
            [
                [
                    (12, 12, "Saorla Vandermeulen", 18, True),
                    (12, 22, "Assistant Professor, Harlow Vale University"),
                    (12, 34, "Thesis committees", 11, True),
                    (12, 42, "2023", 8),
                    # (each word its own cell, the same gap apart: a stretched justified line)
                    (
                        44,
                        42,
                        "External examiner, Ph.D. thesis of Mathis Gravel-Tessandier,".split(),
                    ),
                    (44, 47, "Université de Sherbrooke-Est."),
                ]
            ]
        ),
        "cv.pdf",
        {("Mathis Gravel-Tessandier", "jury_examiner", "Saorla Vandermeulen", 2023, 2023)},
        set(),
    ),
    "a-cover-lists-supervisors-and-committee-one-name-a-line-under-their-labels": (
        _placed_pdf(
            [
                [
                    (20, 18, "KU Leuvenberg", 9),
                    (20, 23, "Arenberg-Brabant Doctoral School", 9),
                    (20, 70, "Membrane Crystallisation of Lithium Salts", 16, True),
                    (20, 100, "Jorinde Vanhaelewyn-Oseh", 13, True),
                    (20, 150, "Supervisors:", 9),
                    (20, 155, "Prof. dr. ir. Wouter Desmet-Claeys", 9),
                    (20, 160, "Prof. dr. Annelies Verhulst-Mbaya", 9),
                    (100, 150, "Members of the Examination Committee:", 9),
                    (100, 155, "Prof. dr. ir. Hendrik Van Ackere, chair", 9),
                    (100, 160, "Prof. dr. Sofie Geerts-Amrane", 9),
                    (100, 165, "Dr. Eline Desmedtova", 9),
                    (100, 170, "(Flemish Institute for Technological Research)", 9),
                    (100, 190, "Dissertation presented in partial fulfilment of the", 9),
                    (100, 195, "requirements for the degree of Doctor of Engineering", 9),
                    (100, 270, "September 2023", 9),
                ]
            ]
        ),
        "thesis.pdf",
        {
            ("Jorinde Vanhaelewyn-Oseh", "advisor_phd", "Wouter Desmet-Claeys", None, 2023),
            ("Jorinde Vanhaelewyn-Oseh", "advisor_phd", "Annelies Verhulst-Mbaya", None, 2023),
            ("Jorinde Vanhaelewyn-Oseh", "jury_president", "Hendrik Van Ackere", 2023, 2023),
            ("Jorinde Vanhaelewyn-Oseh", "jury_member", "Sofie Geerts-Amrane", 2023, 2023),
            ("Jorinde Vanhaelewyn-Oseh", "jury_member", "Eline Desmedtova", 2023, 2023),
            ("Jorinde Vanhaelewyn-Oseh", "studied_at", "KU Leuvenberg", None, 2023),
        },
        # (the university's abbreviated name on the letterhead is no person)
        {("Leuvenberg Ku", "jury_member", "Sofie Geerts-Amrane", None, None)},
    ),
    "a-cover-jury-sets-roles-mid-row-beside-a-band-of-turned-letters": (
        _placed_pdf(
            [
                [
                    *((4, 120 + 5 * i, letter, 14, True) for i, letter in enumerate("TAROTCOD")),
                    (24, 40, "Thèse de doctorat de l'Université de Sologne-Cher", 10),
                    (24, 50, "Thèse soutenue à Vierzon, le 14 décembre 2022, par", 11, True),
                    (24, 58, "Lucille AMBROISE-TCHAMBI", 15, True),
                    (24, 72, "Composition du jury", 10, True),
                    (24, 80, "Anne-Sophie DELAUNAY-OKAFORE", 9, True),
                    (24, 84.5, "Professeure, Université de Tours-Plessis", 8.5),
                    (140, 82.2, "Présidente", 9),
                    (24, 91, "Grégoire MAILLOCHET", 9, True),
                    (24, 95.5, "Directeur de recherche, CNRS", 8.5),
                    (140, 93.2, "Rapporteur & Examinateur", 9),
                    (24, 102, "Pierre-Yves CASTAGNET", 9, True),
                    (24, 106.5, "Maître de conférences, Université de Sologne-Cher", 8.5),
                    (140, 104.2, "Examinateur", 9),
                ]
            ]
        ),
        "these.pdf",
        {
            (
                "Lucille Ambroise-Tchambi",
                "jury_president",
                "Anne-Sophie Delaunay-Okafore",
                2022,
                2022,
            ),
            ("Lucille Ambroise-Tchambi", "jury_reviewer", "Grégoire Maillochet", 2022, 2022),
            ("Lucille Ambroise-Tchambi", "jury_examiner", "Pierre-Yves Castagnet", 2022, 2022),
        },
        set(),
    ),
    "a-line-whose-next-word-did-not-fit-wraps-an-institution-s-name": (
        _placed_pdf(
            [
                [
                    (12, 12, "Saorla Vandermeulen", 18, True),
                    (12, 22, "Seismologist"),
                    (12, 34, "Appointments", 11, True),
                    (12, 42, "2021 –", 8),
                    (
                        44,
                        42,
                        "Assistant Professor in the Department of Earth and Planetary Sciences "
                        "and in the Seismology Laboratory at Harlow Vale University.",
                        10,
                        False,
                        96,
                    ),
                    (12, 60, "2017 – 2021", 8),
                    (
                        44,
                        60,
                        "Postdoctoral Fellow, Institut de Physique du Globe de Brest-Iroise, in "
                        "the team of Dr. Maela Kerbrat-Lennon, on seismic noise.",
                        10,
                        False,
                        96,
                    ),
                ]
            ]
        ),
        "cv.pdf",
        {("Saorla Vandermeulen", "employed_at", "Harlow Vale University", 2021, None)},
        {("Saorla Vandermeulen", "employed_at", "Harlow Vale University", 2021, 2021)},
    ),
    "an-initial-ending-a-line-goes-on-with-its-family-name-on-the-next": (
        _placed_pdf(
            [
                [
                    (12, 12, "Anneliese Thorvald-Quayson", 18, True),
                    (12, 24, "Publications", 12, True),
                    (12, 32, "1."),
                    (20, 32, "G. Okwuosa-Fellner, A. Thorvald-Quayson, H. Sandoval-Ruizo, K."),
                    (20, 37, "Osei-Lindgrenn, R. Vasquez-Holmes. A genotyping pipeline for hair."),
                    (20, 42, "Molecular Ecology Resources 16: 1302-1315 (2016)."),
                ]
            ]
        ),
        "cv.pdf",
        {
            ("K. Osei-Lindgrenn", "coauthor", "R. Vasquez-Holmes", None, None),
            ("Anneliese Thorvald-Quayson", "coauthor", "K. Osei-Lindgrenn", None, None),
        },
        set(),
    ),
    "a-running-header-read-in-two-pieces-on-a-later-page-stays-out-of-the-list": (
        _placed_pdf(
            [
                [
                    (12, 16, "Anneliese Thorvald-Quayson", 18, True),
                    (12, 28, "Publications", 12, True),
                    (12, 36, "1. A. Thorvald-Quayson, M. Fairbrothers. Squirrels in refugia."),
                    (20, 41, "Biological Conservation 220: 45-53 (2018)."),
                    (12, 280, "2. A. Thorvald-Quayson, B. Ilunga-Sorens, K. Mbatha-Ferreira,"),
                ],
                [
                    (20, 20, "T. Nakashima-Bergen. Isolation by distance in island shrews."),
                    (20, 25, "Journal of Mammalogy 94: 1011-1020 (2013)."),
                ],
            ],
            header=("Anneliese Thorvald-Quayson — Curriculum Vitae", "updated March 2025"),
        ),
        "cv.pdf",
        # (the entry runs on across the page break, the header between its lines dropped)
        {
            ("Anneliese Thorvald-Quayson", "coauthor", "T. Nakashima-Bergen", None, None),
            ("B. Ilunga-Sorens", "coauthor", "T. Nakashima-Bergen", None, None),
        },
        set(),
    ),
    "a-bracket-wrapped-inside-a-hyphenated-given-name-is-mended": (
        render_pdf(
            "Rozenn Kerhervé-Adjoua\n\nEncadrement\n\n"
            "Je dirige la thèse d'Erwan Guillou-Nkembe (depuis 2021, co-direction avec Ma-\n"
            "thilde Cosquer-Bah, 50 %).\n"
        ),
        "cv.pdf",
        {
            ("Erwan Guillou-Nkembe", "advisor_phd", "Rozenn Kerhervé-Adjoua", 2021, None),
            ("Erwan Guillou-Nkembe", "advisor_phd", "Mathilde Cosquer-Bah", 2021, None),
        },
        {("Erwan Guillou-Nkembe", "advisor_phd", "Ma thilde Cosquer-Bah", 2021, None)},
    ),
    "a-title-without-its-dot-ends-the-line-before-the-advisors-name": (
        render_pdf(
            "Gwenola Pasquet-Ndoye\n\nCursus\n\n"
            "2008 – 2011 : Doctorat, Université de Poitiers-Clain, sous la direction de Pr\n"
            "Bernard Lacombe-Sall et de Dr Isaure Fontanelle\n"
        ),
        "cv.pdf",
        {
            ("Gwenola Pasquet-Ndoye", "advisor_phd", "Bernard Lacombe-Sall", 2008, 2011),
            ("Gwenola Pasquet-Ndoye", "advisor_phd", "Isaure Fontanelle", 2008, 2011),
        },
        set(),
    ),
    "a-long-numbered-french-section-title-opens-the-publications": (
        "Gwenola Pasquet-Ndoye\nMaîtresse de conférences\n\n"
        "8. Publications dans des revues internationales à comité de lecture\n\n"
        "[R12] C. Ávila-Marchand, G. Pasquet-Ndoye, U. Brandhorst-Yilmazer. Instabilités "
        "d'une flamme confinée. Journal of Fluid Mechanics 998, A12, 2025.\n",
        "cv.txt",
        {
            ("C. Ávila-Marchand", "coauthor", "Gwenola Pasquet-Ndoye", None, None),
            ("C. Ávila-Marchand", "coauthor", "U. Brandhorst-Yilmazer", None, None),
        },
        set(),
    ),
    "a-committee-member-label-among-the-students-advised-lists-juries": (
        "Tancrède Olawale-Bruns\nProfessor of Economics\n\nPh.D. advising\n\n"
        "Primary advisor: Nadine Farouk-Ellis (2023)\n\n"
        "Committee member: Svetla Iordache-Wynne (2022), Joon-ho Pakenhurst (2024)\n",
        "cv.txt",
        {
            ("Nadine Farouk-Ellis", "advisor_phd", "Tancrède Olawale-Bruns", None, 2023),
            ("Svetla Iordache-Wynne", "jury_member", "Tancrède Olawale-Bruns", 2022, 2022),
            ("Joon-ho Pakenhurst", "jury_member", "Tancrède Olawale-Bruns", 2024, 2024),
        },
        {("Svetla Iordache-Wynne", "advisor_phd", "Tancrède Olawale-Bruns", None, 2022)},
    ),
    "a-thesis-prepared-in-a-lab-run-by-a-research-body-studied-at-no-body": (
        "Lucille Ambroise-Tchambi\n\nTHÈSE DE DOCTORAT\n\n"
        "Thèse préparée dans l'Institut de Chimie Moléculaire de Sologne (Université de "
        "Sologne-Cher, CNRS), sous la direction d'Héloïse Vandenbosch\n",
        "these.txt",
        {("Lucille Ambroise-Tchambi", "advisor_phd", "Héloïse Vandenbosch", None, None)},
        {("Lucille Ambroise-Tchambi", "studied_at", "CNRS", None, None)},
    ),
    "an-internship-defence-jury-wrapped-in-a-pdf-is-no-thesis-jury": (
        render_pdf(
            "Séverine Matagne-Okoue\nMaîtresse de conférences, Université de Haute-Lys\n\n"
            "Autres jurys\n\n"
            "• Jury de soutenance des stages de M2 Informatique, Université de Haute-Lys (2019 –\n"
            "2024), présidé par Pr Odile Vasseur-Kamgue.\n"
            "• Membre du jury de l'agrégation externe de mathématiques (2022), présidente\n"
            ": Pr Hélène Brassart-Diouf.\n"
        ),
        "cv.pdf",
        set(),
        {
            ("Séverine Matagne-Okoue", "jury_member", "Odile Vasseur-Kamgue", 2024, 2024),
            ("Séverine Matagne-Okoue", "jury_member", "Hélène Brassart-Diouf", 2022, 2022),
        },
    ),
    "an-article-s-pages-wrapped-after-its-volume-start-no-dated-entry": (
        render_pdf(
            "Tancrède Olawale-Bruns\n\nPublications\n\n"
            "Olawale-Bruns, Tancrède. 2023. “Collateral Chains.” Review of Econ. Studies 90 (4):\n"
            "1991–2025.\n\n"
            "Ashdown-Satoh, Rupert, Tancrède Olawale-Bruns, and Ines\n"
            "Carvalho-Dunnet. 2022. “Shadow Banking.” Journal of Monetary Economics 128: 44–61.\n"
        ),
        "cv.pdf",
        {
            ("Rupert Ashdown-Satoh", "coauthor", "Tancrède Olawale-Bruns", None, None),
            ("Rupert Ashdown-Satoh", "coauthor", "Ines Carvalho-Dunnet", None, None),
        },
        set(),
    ),
    "a-masters-row-in-artificial-intelligence-names-its-advisor": (
        "# Maximilien Adebayo-Kerrigan\n\n## Education\n\n"
        "| Degree | Institution | Year | Advisor(s) |\n|---|---|---|---|\n"
        "| M.Sc., Artificial Intelligence | Polytechnic of Eastmere | 2011 | Dr. Harriet "
        "Okafore |\n",
        "cv.md",
        {("Maximilien Adebayo-Kerrigan", "advisor_other", "Harriet Okafore", 2011, 2011)},
        {("Artificial Intelligence", "advisor_other", "Harriet Okafore", None, 2011)},
    ),
}


SEVENTYFOURTH_BATCH_LAYOUTS = {
    "a-two-head-group-page-listing-students-under-each-supervisors-sub-heading": (
        "---\ntitle: People\n---\n\n# People of the Tidal Acoustics Group\n\n## Faculty\n\n"
        "* **Prof. Lydia Ashdown** — Professor (group lead)\n* **Dr. Olav Kemper** — Lecturer\n"
        "\n## Students of Prof. Ashdown\n\n* **Ruben Aaltonen-Pike** — PhD, 2021–present.\n"
        "* **Sabine Oyelaran-Voss** — PhD, 2022–present. Co-supervisor: Dr. Mireille Costa "
        "(University of Lanmere).\n\n## Students of Dr. Kemper\n\n* **Tariq Bellweather** — "
        "PhD, 2020–present.\n",
        "people.md",
        {
            ("Ruben Aaltonen-Pike", "advisor_phd", "Lydia Ashdown", 2021, None),
            ("Sabine Oyelaran-Voss", "advisor_phd", "Lydia Ashdown", 2022, None),
            ("Sabine Oyelaran-Voss", "advisor_phd", "Mireille Costa", 2022, None),
            ("Tariq Bellweather", "advisor_phd", "Olav Kemper", 2020, None),
        },
        {
            ("Ruben Aaltonen-Pike", "advisor_phd", "Olav Kemper", 2021, None),
            ("Tariq Bellweather", "advisor_phd", "Lydia Ashdown", 2020, None),
        },
    ),
    "a-french-team-page-with-doctorants-de-sub-headings-and-the-group-in-the-footer": (
        _html(
            "L'équipe – Groupe Optique Non Linéaire | Institut Photon de Kervel",
            "<h1>L'équipe</h1><h2>Chercheurs permanents</h2><ul><li><strong>Maïwenn Le Gall"
            "</strong> — professeure, Université de Kervel</li><li><strong>Corentin Abiven"
            "</strong> — chargé de recherche CNRS</li></ul><h2>Doctorant·e·s</h2>"
            "<h3>Doctorant·e·s de Maïwenn Le Gall</h3><ul><li>Nolwenn Ropars (depuis 2022)"
            "</li></ul><h3>Doctorant·e·s de Corentin Abiven</h3><ul><li>Yann Kerboriou "
            "(depuis 2021)</li></ul><h2>Séminaires invités</h2><p>Prof. Ingvild Hauge "
            "(Université de Tromsø-Sud).</p><footer><p>© 2026 Groupe ONL – Institut Photon de "
            "Kervel</p></footer>",
        ),
        "equipe.html",
        {
            ("Nolwenn Ropars", "advisor_phd", "Maïwenn Le Gall", 2022, None),
            ("Yann Kerboriou", "advisor_phd", "Corentin Abiven", 2021, None),
            ("Maïwenn Le Gall", "employed_at", "Université de Kervel", None, None),
        },
        {
            ("Nolwenn Ropars", "advisor_phd", "Corentin Abiven", 2022, None),
            ("Yann Kerboriou", "advisor_phd", "Maïwenn Le Gall", 2021, None),
            ("Yann Kerboriou", "advisor_phd", "Groupe Onl", 2021, None),
        },
    ),
    "a-unit-roster-table-whose-supervisor-cells-write-initials-the-prose-spells-out": (
        _html(
            "Members – Cardiac Imaging Unit",
            "<h1>Current members</h1><p>Head of unit: Prof. Dr. Henrike Salvatierra. Deputy "
            "head: Dr. Tobias Wennerholm. Group leader: Dr. Marguerite Hollenbeck.</p><table>"
            "<tr><th>Name</th><th>Position</th><th>Supervisor(s)</th><th>Funding</th>"
            "<th>Years</th></tr><tr><td>Ayesha Kowalczyk-Ode</td><td>PhD student</td><td>T. "
            "Wennerholm</td><td>BHF</td><td>2021–</td></tr><tr><td>Dr. Ingrid Paasche</td>"
            "<td>Postdoctoral fellow</td><td>M. Hollenbeck</td><td>EMBO</td><td>2022–</td>"
            "</tr></table>",
        ),
        "members.html",
        {
            ("Ayesha Kowalczyk-Ode", "advisor_phd", "Tobias Wennerholm", 2021, None),
            ("Ingrid Paasche", "advisor_postdoc", "Marguerite Hollenbeck", 2022, None),
        },
        {
            ("Ayesha Kowalczyk-Ode", "advisor_phd", "T. Wennerholm", 2021, None),
            ("Ayesha Kowalczyk-Ode", "advisor_phd", "Cardiac Imaging Unit", 2021, None),
        },
    ),
    "a-hugo-members-page-of-person-shortcode-cards-with-their-supervisors-in-the-bio": (
        "---\ntitle: Membres\n---\n\nL'équipe **HOULE** du laboratoire Océan Côtier.\n\n"
        "## Doctorant·es\n\n"
        '{{< person name="Aziliz Morvan-Tanguy" role="Doctorante (2022–2025)" '
        'bio="Encadrant·es : Gaël Quéré & Rosa Villanueva-Pons (Universidad de Laredo)." >}}'
        "\n\n"
        '{{< person name="Elouan Pichon" role="Doctorant (2023–)" '
        'bio="Thèse CIFRE. Direction : Gaël Quéré." >}}\n',
        "membres.md",
        {
            ("Aziliz Morvan-Tanguy", "advisor_phd", "Gaël Quéré", 2022, 2025),
            ("Aziliz Morvan-Tanguy", "advisor_phd", "Rosa Villanueva-Pons", 2022, 2025),
            ("Elouan Pichon", "advisor_phd", "Gaël Quéré", 2023, None),
        },
        set(),
    ),
    "a-lab-page-of-cards-with-a-fellowship-line-and-a-visitors-section": (
        _html(
            "People | Glacier Seismology Lab",
            "<h1>Lab members</h1><h2>Principal Investigator</h2><p>Henna Vaskelainen, Associate "
            "Professor</p><h2>Faculty</h2><ul><li><strong>Darius Okwuosa</strong> — Lecturer, "
            "University of Harrowfield</li></ul><h2>Postdoctoral researchers</h2><div><h3>Dr. "
            "Mira Solheim-Ade</h3><p>Marie Curie Fellow, 2024–</p></div><h2>Former Visitors"
            "</h2><ul><li>Prof. Anselm Kroeber (Rhenish Polytechnic), sabbatical visitor, "
            "2023.</li></ul>",
        ),
        "people.html",
        {("Darius Okwuosa", "employed_at", "University of Harrowfield", None, None)},
        {
            ("Marie Curie Fellow", "advisor_postdoc", "Henna Vaskelainen", 2024, None),
            ("Former Visitors", "member_of", "Glacier Seismology Lab", 2023, None),
        },
    ),
    "a-french-pi-group-page-au-sein-du-lab-and-an-inclusive-staff-heading": (
        "<html><head><title>Armelle Rospabé — Groupe</title></head><body><h1>Groupe</h1>"
        "<p>Je dirige depuis 2019 une petite équipe au sein du Laboratoire de Chimie de "
        "Pont-Ménez.</p></body></html>",
        "groupe.html",
        {("Armelle Rospabé", "member_of", "Laboratoire de Chimie de Pont-Ménez", 2019, None)},
        set(),
    ),
    "a-hugo-team-page-whose-staff-heading-is-in-inclusive-writing": (
        "---\ntitle: Membres\n---\n\nL'équipe **ONDINE** du laboratoire Géosciences de "
        "Lannivet.\n\n## Enseignant·es-chercheur·es\n\n- Goulven Le Moal — Maître de "
        "conférences, Université de Lannivet\n",
        "membres.md",
        {("Goulven Le Moal", "employed_at", "Université de Lannivet", None, None)},
        set(),
    ),
    "a-co-directed-lab-team-page-whose-faculty-paragraphs-state-their-own-doctorates": (
        _html(
            "Team — Bioacoustics Lab — Pellham Institute of Technology",
            "<h1>Our Team</h1><h2>Faculty</h2><p><strong>Oren Castellane-Bui</strong>, "
            "Professor of Biology. PhD, University of Marrowby, 2009.</p><p><strong>Ilse "
            "Vantongeren</strong>, Associate Professor. Ph.D., Dunmore College.</p>"
            "<h2>Collaborators</h2><p>Prof. Wilma Ostrander (Kessock University)</p>",
        ),
        "team.html",
        {
            ("Oren Castellane-Bui", "studied_at", "University of Marrowby", None, 2009),
            ("Ilse Vantongeren", "studied_at", "Dunmore College", None, None),
        },
        {("Wilma Ostrander", "studied_at", "Kessock University", None, None)},
    ),
    "a-group-alumni-table-naming-each-graduates-supervisor-by-family-name-in-brackets": (
        "---\ntitle: People\n---\n\n# People\n\n## Faculty\n\n* **Prof. Annika "
        "Vesterholm** — Professor\n* **Dr. Colm Ardagh** — Lecturer\n\n## Alumni\n\n"
        "| Name | Degree | Year | Now |\n|------|--------|------|-----|\n| Dr. Priya "
        "Castellanos-Uddin | PhD (Vesterholm) | 2022 | Lecturer, University of Brackley |\n"
        "| Dr. Joren Malouf | PhD (Ardagh) | 2024 | Scientist, Orrin Labs |\n"
        "| Dr. Hester Quill | PhD (Cambridge) | 2019 | Engineer |\n",
        "people.md",
        {
            ("Priya Castellanos-Uddin", "advisor_phd", "Annika Vesterholm", None, 2022),
            ("Joren Malouf", "advisor_phd", "Colm Ardagh", None, 2024),
        },
        {
            ("Priya Castellanos-Uddin", "advisor_phd", "Colm Ardagh", None, 2022),
            ("Joren Malouf", "advisor_phd", "Annika Vesterholm", None, 2024),
        },
    ),
    "a-pi-page-titled-by-its-owner-with-a-postdoctorants-section": (
        "<html><head><title>Armand Lestrohan — Membres du groupe</title></head><body>"
        "<h1>Membres du groupe</h1><h2>Doctorants que j'encadre</h2><ul><li>Ewen Caradec "
        "(depuis 2022)</li></ul><h2>Postdoctorants</h2><ul><li>Dr Sigrid Aalborg (2024–2025), "
        "financée par la Fondation X.</li></ul></body></html>",
        "groupe.html",
        {
            ("Ewen Caradec", "advisor_phd", "Armand Lestrohan", 2022, None),
            ("Sigrid Aalborg", "advisor_postdoc", "Armand Lestrohan", 2024, 2025),
        },
        set(),
    ),
}


SEVENTYSIXTH_BATCH_LAYOUTS = {
    "students-one-per-line-in-an-accordion-panel-keep-their-own-co-advisors": (
        _html(
            "Imogen Castellanos-Whyte",
            "<h1>Imogen Castellanos-Whyte</h1><p>I am an Assistant Professor of Psychology at "
            "Brackenridge College.</p><h2>Lab members</h2><ul class='accordion-items-container'>"
            "<li class='accordion-item'><h4><button><span>Graduate students</span></button></h4>"
            "<div class='accordion-item__dropdown'><p>Theo Abernathy-Park, PhD student (2023–)"
            "<br>Nadia Sfeir-Lindqvist, PhD student (2024–), co-advised with Dr. Raymond "
            "Okeke-Hart</p></div></li></ul>",
        ),
        "index.html",
        {
            ("Theo Abernathy-Park", "advisor_phd", "Imogen Castellanos-Whyte", 2023, None),
            ("Nadia Sfeir-Lindqvist", "advisor_phd", "Imogen Castellanos-Whyte", 2024, None),
            ("Nadia Sfeir-Lindqvist", "advisor_phd", "Raymond Okeke-Hart", 2024, None),
        },
        {("Theo Abernathy-Park", "advisor_phd", "Raymond Okeke-Hart", 2023, None)},
    ),
    "a-director-named-under-a-co-supervision-column-leaves-the-owner-advising": (
        _html(
            "Clémence Abadie-Rousset",
            "<h1>Clémence Abadie-Rousset</h1><p>Maîtresse de conférences à l'Université de "
            "Haute-Loire-Sud.</p><h2>Encadrement</h2><table><thead><tr><th>Doctorant·e</th>"
            "<th>Période</th><th>Co-encadrement</th></tr></thead><tbody><tr><td>Baptiste "
            "Olivares-Thuret</td><td>2018 – 2021</td><td>direction : Gérald Fontvieille "
            "(50 %)</td></tr></tbody></table>",
        ),
        "index.html",
        {
            ("Baptiste Olivares-Thuret", "advisor_phd", "Gérald Fontvieille", 2018, 2021),
            ("Baptiste Olivares-Thuret", "advisor_phd", "Clémence Abadie-Rousset", 2018, 2021),
        },
        set(),
    ),
    "a-card-title-led-by-its-dates-joins-the-subtitle-naming-place-and-host": (
        _html(
            "Clémence Abadie-Rousset",
            "<h1>Clémence Abadie-Rousset</h1><h2>Parcours</h2><div class='hextra-cards'>"
            "<a class='hextra-card' href='#'><span>2015 – 2017 · Post-doctorat</span><div>"
            "Politecnico di Valtellina, avec Lorenzo Baracchi-Setti</div></a><a class="
            "'hextra-card' href='#'><span>2012 – 2015 · Doctorat en automatique</span><div>"
            "Université de Rouergue-Causses</div></a></div>",
        ),
        "index.html",
        {
            ("Clémence Abadie-Rousset", "employed_at", "Politecnico di Valtellina", 2015, 2017),
            ("Clémence Abadie-Rousset", "advisor_postdoc", "Lorenzo Baracchi-Setti", 2015, 2017),
            ("Clémence Abadie-Rousset", "studied_at", "Université de Rouergue-Causses", 2012, 2015),
        },
        set(),
    ),
    "a-sentence-case-lab-name-spells-its-acronym-so-the-acronym-reads-as-the-lab": (
        _html(
            "Clémence Abadie-Rousset",
            "<h1>Clémence Abadie-Rousset</h1><p>Maîtresse de conférences à l'Université de "
            "Haute-Loire-Sud, je mène mes recherches au Laboratoire d'automatique et de signal "
            "du Velay (LASV).</p><h2>Parcours</h2><ul><li>2017 – : Maîtresse de conférences, "
            "Université de Haute-Loire-Sud, LASV</li></ul>",
        ),
        "index.html",
        {
            (
                "Clémence Abadie-Rousset",
                "member_of",
                "Laboratoire d'automatique et de signal du Velay",
                2017,
                None,
            )
        },
        {("Clémence Abadie-Rousset", "member_of", "LASV", 2017, None)},
    ),
    "a-doctoral-student-at-a-centre-spelt-by-its-acronym-joined-to-a-university-is-a-member": (
        _html(
            "Maëlle Quintrec-Benamar",
            "<h1>Maëlle Quintrec-Benamar</h1><p>Je suis doctorante en sociologie au Centre "
            "lyonnais d'études du travail et des mobilités (CLETRAM), rattaché à l'Université "
            "Lumière-Fourvière.</p>",
        ),
        "index.html",
        {
            (
                "Maëlle Quintrec-Benamar",
                "member_of",
                "Centre lyonnais d'études du travail et des mobilités",
                None,
                None,
            ),
            ("Maëlle Quintrec-Benamar", "studied_at", "Université Lumière-Fourvière", None, None),
        },
        {
            (
                "Maëlle Quintrec-Benamar",
                "studied_at",
                "Centre lyonnais d'études du travail et des mobilités",
                None,
                None,
            )
        },
    ),
    "a-team-named-in-sentence-case-before-its-umr-keeps-its-whole-name-and-the-lab": (
        _html(
            "Hervé Lacombe-Ndiaye",
            "<h1>Hervé Lacombe-Ndiaye</h1><p>Professeur des universités à l'Université de "
            "Garonne-Moyenne (depuis 2014), je dirige l'équipe Écologie des cours d'eau de "
            "l'UMR Dynamiques des Hydrosystèmes Fluviaux (DHF).</p>",
        ),
        "index.html",
        {
            ("Hervé Lacombe-Ndiaye", "member_of", "Écologie des cours d'eau", 2014, None),
            (
                "Hervé Lacombe-Ndiaye",
                "member_of",
                "UMR Dynamiques des Hydrosystèmes Fluviaux",
                2014,
                None,
            ),
        },
        {("Hervé Lacombe-Ndiaye", "member_of", "Écologie", 2014, None)},
    ),
    "an-institute-whose-unit-code-follows-its-bracketed-acronym-is-the-owners-lab": (
        _html(
            "Loïc Barthélémy-Assouline",
            "<h1>Loïc Barthélémy-Assouline</h1><p>Je suis chargé de recherche CNRS (depuis "
            "2016) à l'Institut de physique des plasmas de Saint-Aubrac (IPPSA), UMR 7711.</p>",
        ),
        "index.html",
        {
            ("Loïc Barthélémy-Assouline", "employed_at", "CNRS", 2016, None),
            (
                "Loïc Barthélémy-Assouline",
                "member_of",
                "Institut de physique des plasmas de Saint-Aubrac",
                2016,
                None,
            ),
        },
        {
            (
                "Loïc Barthélémy-Assouline",
                "employed_at",
                "Institut de physique des plasmas de Saint-Aubrac",
                2016,
                None,
            )
        },
    ),
    "a-thesis-director-named-beside-a-student-the-owner-lists-leaves-the-owner-co-advising": (
        _html(
            "Loïc Barthélémy-Assouline",
            "<h1>Loïc Barthélémy-Assouline</h1><h2>Encadrement</h2><dl><dt>Thèses</dt><dd><p>"
            "Abdelkrim Nait-Belkacem (depuis 2023, directeur de thèse : Sébastien "
            "Mauduit-Lenoir)</p></dd></dl><h2>Responsabilités</h2><p>Directeur adjoint de "
            "l'école doctorale, qui inscrit :</p><table><tr><th>Doctorant</th><th>Années</th>"
            "<th>Directeur·rice de thèse</th></tr><tr><td>Gaspard Le Hir</td><td>2023–</td>"
            "<td>Francis Abadie-Lenoir</td></tr></table>",
        ),
        "index.html",
        {
            ("Abdelkrim Nait-Belkacem", "advisor_phd", "Sébastien Mauduit-Lenoir", 2023, None),
            ("Abdelkrim Nait-Belkacem", "advisor_phd", "Loïc Barthélémy-Assouline", 2023, None),
        },
        {("Gaspard Le Hir", "advisor_phd", "Loïc Barthélémy-Assouline", 2023, None)},
    ),
    "joining-in-a-season-of-a-year-starts-the-post-by-full-or-short-name": (
        _html(
            "Imogen Castellanos-Whyte",
            "<h1>Imogen Castellanos-Whyte</h1><p>I am an Assistant Professor of Psychology at "
            "Brackenridge College. From 2019 to 2022 I was a postdoctoral fellow at Fenwick "
            "University. I joined Brackenridge in fall 2022.</p><h2>Earlier</h2><p>I joined "
            "Wexcombe Polytechnic in the spring of 2017 as a lab technician.</p>",
        ),
        "index.html",
        {
            ("Imogen Castellanos-Whyte", "employed_at", "Brackenridge College", 2022, None),
            ("Imogen Castellanos-Whyte", "employed_at", "Wexcombe Polytechnic", 2017, None),
        },
        {
            ("Imogen Castellanos-Whyte", "employed_at", "Brackenridge College", None, None),
            ("Imogen Castellanos-Whyte", "employed_at", "Wexcombe Polytechnic", 2017, 2017),
        },
    ),
    "a-phd-candidate-who-studies-a-topic-with-a-professor-names-the-advisor": (
        _html(
            "Wen-Hsuan Adeyemi-Karlsson",
            "<h1>Wen-Hsuan Adeyemi-Karlsson</h1><p>I am a fifth-year PhD candidate at "
            "Harrowgate University, where I study the rheology of the lower crust with Prof. "
            "Delphine Beauchamp-Oyelaran. I am also co-supervised by Dr. Matthias Quenneville."
            "</p><p>As an undergraduate I studied geology with great enthusiasm.</p>",
        ),
        "index.html",
        {
            (
                "Wen-Hsuan Adeyemi-Karlsson",
                "advisor_phd",
                "Delphine Beauchamp-Oyelaran",
                None,
                None,
            ),
            ("Wen-Hsuan Adeyemi-Karlsson", "advisor_phd", "Matthias Quenneville", None, None),
        },
        set(),
    ),
}


SEVENTYFIFTH_BATCH_LAYOUTS = {
    "a-spanish-tribunal-writes-each-role-before-its-member": (
        _html(
            "Dra. Itziar Goikoetxea Ruano",
            "<h1>Dra. Itziar Goikoetxea Ruano</h1><h2>Tribunal de tesis</h2><p>Lectura: 3 de "
            "mayo de 2016. Tribunal: presidente, Dr. Ramiro Otaduy Sanz (Universidad de "
            "Lerinda); secretaria, Dra. Amaia Etxeberria Lomas; vocal, Dr. Paulo Rezende "
            "Quintas.</p>",
        ),
        "tribunal.html",
        {
            ("Itziar Goikoetxea Ruano", "jury_president", "Ramiro Otaduy Sanz", None, None),
            ("Itziar Goikoetxea Ruano", "jury_member", "Amaia Etxeberria Lomas", None, None),
            ("Itziar Goikoetxea Ruano", "jury_examiner", "Paulo Rezende Quintas", None, None),
        },
        {
            ("Dra. Itziar Goikoetxea Ruano", "jury_president", "Ramiro Otaduy Sanz", None, None),
            ("Itziar Goikoetxea Ruano", "jury_member", "Ramiro Otaduy Sanz", None, None),
            ("Itziar Goikoetxea Ruano", "jury_examiner", "Amaia Etxeberria Lomas", None, None),
        },
    ),
    "spanish-and-portuguese-ranges-written-de-a": (
        _html(
            "Renata Bastos Carvalhal",
            "<h1>Renata Bastos Carvalhal</h1><h2>Experiência</h2><ul><li>De enero de 2012 a "
            "diciembre de 2014: investigadora postdoctoral en el Instituto de Óptica Marítima"
            "</li><li>desde outubro de 2021 — Investigadora Auxiliar, Universidade de Vilamar"
            "</li></ul>",
        ),
        "cv.html",
        {
            ("Renata Bastos Carvalhal", "employed_at", "Instituto de Óptica Marítima", 2012, 2014),
            ("Renata Bastos Carvalhal", "employed_at", "Universidade de Vilamar", 2021, None),
        },
        {
            ("Renata Bastos Carvalhal", "employed_at", "Instituto de Óptica Marítima", 2012, 2012),
            ("Renata Bastos Carvalhal", "employed_at", "Universidade de Vilamar", 2021, 2021),
        },
    ),
    "a-dutch-committee-that-consisted-of-its-chair-and-members": (
        _html(
            "Dr. Femke Akkerman-Osei",
            "<h1>Dr. Femke Akkerman-Osei</h1><p>Zij promoveerde in 2018 aan de Technische "
            "Universiteit Lindewaard. Promotor was prof. dr. Sjoerd Hoekstra.</p><h2>"
            "Promotiecommissie</h2><p>De promotiecommissie bestond uit: prof. dr. Lotte "
            "Brandsma (voorzitter), prof. dr. Gerben Wijnstra en dr. Ilona Kessels-Nwosu "
            "(opponent).</p><h2>Loopbaan</h2><p>Sinds 2022 is zij universitair docent bij de "
            "sectie Kustbeheer van de Rijksuniversiteit Lindewaard.</p>",
        ),
        "profiel.html",
        {
            ("Femke Akkerman-Osei", "advisor_phd", "Sjoerd Hoekstra", None, 2018),
            ("Femke Akkerman-Osei", "jury_president", "Lotte Brandsma", 2018, 2018),
            ("Femke Akkerman-Osei", "jury_reviewer", "Ilona Kessels-Nwosu", 2018, 2018),
            ("Femke Akkerman-Osei", "employed_at", "Rijksuniversiteit Lindewaard", 2022, None),
        },
        {
            ("Femke Akkerman-Osei", "advisor_phd", "Sjoerd Hoekstra", 2022, None),
            (
                "Femke Akkerman-Osei",
                "employed_at",
                "Kustbeheer van de Rijksuniversiteit Lindewaard",
                2022,
                None,
            ),
        },
    ),
    "a-swiss-doctorate-names-its-referent-and-a-dated-korreferentin-item": (
        _html(
            "Prof. Dr. Seraina Caflisch-Ndiaye",
            "<h1>Prof. Dr. Seraina Caflisch-Ndiaye</h1><h2>Curriculum Vitae</h2><ul><li>seit "
            "2021: Assistenzprofessorin, Eidgenössische Technische Hochschule Sarnen</li><li>"
            "2012–2016: Doktorat, Universität Thunau. Referent: Prof. Dr. Beat Zgraggen</li>"
            "</ul><h2>Prüfungskommissionen</h2><ul><li>2023: Korreferentin der Dissertation "
            "von Dr. Lorenz Imfeld, Universität Thunau</li></ul>",
        ),
        "cv.html",
        {
            (
                "Seraina Caflisch-Ndiaye",
                "employed_at",
                "Eidgenössische Technische Hochschule Sarnen",
                2021,
                None,
            ),
            ("Seraina Caflisch-Ndiaye", "studied_at", "Universität Thunau", 2012, 2016),
            ("Seraina Caflisch-Ndiaye", "advisor_phd", "Beat Zgraggen", 2012, 2016),
            ("Lorenz Imfeld", "jury_reviewer", "Seraina Caflisch-Ndiaye", 2023, 2023),
        },
        {("Lorenz Imfeld", "jury_member", "Seraina Caflisch-Ndiaye", 2023, 2023)},
    ),
    "an-austrian-lead-in-names-the-co-advisor-of-every-student-listed": (
        _html(
            "Mag. Dr. Katharina Wallnöfer-Osei",
            "<h1>Mag. Dr. Katharina Wallnöfer-Osei</h1><h2>Dissertationsbetreuung</h2><p>"
            "Gemeinsam mit Univ.-Prof. Dr. Florian Mayrhofer betreue ich folgende "
            "Doktorandinnen und Doktoranden:</p><ul><li>Lukas Brandauer, MSc (seit 2021)</li>"
            "<li>Sophie Kranebitter, MSc (seit 2023)</li></ul>",
        ),
        "team.html",
        {
            ("Lukas Brandauer", "advisor_phd", "Katharina Wallnöfer-Osei", 2021, None),
            ("Lukas Brandauer", "advisor_phd", "Florian Mayrhofer", 2021, None),
            ("Sophie Kranebitter", "advisor_phd", "Florian Mayrhofer", 2023, None),
        },
        {("Lukas Brandauer", "advisor_other", "Katharina Wallnöfer-Osei", 2021, None)},
    ),
    "hiring-boards-abroad-with-their-chairs-in-brackets-give-no-jury": (
        _html(
            "Gremien und Kommissionen – Prof. Dr. Kilian Ebenthaler",
            "<h1>Gremien, Kommissionen und Lehre</h1><h2>Comisiones y tribunales</h2><ul><li>"
            "Componente della commissione di concorso per un posto di professore associato, "
            "Università di Pietrarsa, 2023 (presidente: prof. Nicola Dell'Orto).</li><li>"
            "Membro da banca de seleção do concurso público para Professor Adjunto, 2020 "
            "(presidente: Profa. Dra. Sônia Magalhães Reis).</li></ul>",
        ),
        "gremien.html",
        set(),
        {
            ("Nicola Dell'Orto", "jury_member", "Kilian Ebenthaler", None, None),
            ("Sônia Magalhães Reis", "jury_member", "Kilian Ebenthaler", None, None),
            ("Nicola Dell'Orto", "jury_member", "Kommissionen und Lehre", None, None),
        },
    ),
    "a-portuguese-entry-with-postdoc-supervision-and-a-museum-host": (
        _html(
            "Profa. Dra. Lívia Caldas Yamamoto",
            "<h1>Lívia Caldas Yamamoto</h1><h2>Resumo</h2><p>Foi pesquisadora no Museu "
            "Amazônico de Zoologia de 2019 a 2021. Realizou pós-doutorado de 2016 a 2018, sob "
            "supervisão do Dr. Joaquim Neves Pardal.</p><h2>Orientações em andamento</h2><ul>"
            "<li><strong>Mestrado:</strong> Ana Clara Siqueira Lobo (início: 2024). "
            "Coorientadora; orientador: Prof. Dr. Heitor Barros Falcão.</li></ul>",
        ),
        "docente.html",
        {
            ("Lívia Caldas Yamamoto", "employed_at", "Museu Amazônico de Zoologia", 2019, 2021),
            ("Lívia Caldas Yamamoto", "advisor_postdoc", "Joaquim Neves Pardal", 2016, 2018),
            ("Ana Clara Siqueira Lobo", "advisor_other", "Heitor Barros Falcão", 2024, None),
            ("Ana Clara Siqueira Lobo", "advisor_other", "Lívia Caldas Yamamoto", 2024, None),
        },
        set(),
    ),
    "a-post-written-before-a-habilitation-and-an-institute-run-by-a-national-body": (
        _html(
            "Dr. Chiara Morlacchi-Ebong",
            "<h1>Dr. Chiara Morlacchi-Ebong</h1><h2>Curriculum Vitae</h2><ul><li>2018–2021: "
            "Oberassistentin und Habilitation, Universität Bernwil (Habilitation 2021)</li>"
            "<li>2014–2018: assegnista di ricerca presso l'Istituto di Geofisica Alpina del "
            "CNR</li></ul>",
        ),
        "cv.html",
        {
            ("Chiara Morlacchi-Ebong", "employed_at", "Universität Bernwil", 2018, 2021),
            ("Chiara Morlacchi-Ebong", "employed_at", "Istituto di Geofisica Alpina", 2014, 2018),
        },
        {
            (
                "Chiara Morlacchi-Ebong",
                "employed_at",
                "Istituto di Geofisica Alpina del CNR",
                2014,
                2018,
            ),
        },
    ),
    "a-jury-served-on-then-its-chair-named-after-the-participle": (
        _html(
            "Inês Valadão Figueira",
            "<h1>Inês Valadão Figueira</h1><h2>Júri de provas de doutoramento</h2><p>Provas de "
            "doutoramento de Tomás Bettencourt Leal (Universidade de Vilamar, março de 2024): "
            "arguente principal. Júri presidido pelo Professor Doutor Álvaro Nogueira Cunha.</p>",
        ),
        "cv.html",
        {
            ("Tomás Bettencourt Leal", "jury_examiner", "Inês Valadão Figueira", 2024, 2024),
            ("Tomás Bettencourt Leal", "jury_president", "Álvaro Nogueira Cunha", 2024, 2024),
        },
        {("Álvaro Nogueira Cunha", "jury_president", "Inês Valadão Figueira", 2024, 2024)},
    ),
    "an-italian-tutor-and-co-tutor-after-a-copula-with-lower-case-titles": (
        _html(
            "Federica Lo Bianco-Achebe — PhD candidate",
            "<h1>Federica Lo Bianco-Achebe</h1><p>I am a PhD student at the Scuola Superiore "
            "di Montecorvo. My tutor is prof.ssa Antonella Scarpelli and my co-tutor is dott. "
            "Marco Iannaccone-Diallo.</p>",
        ),
        "index.html",
        {
            ("Federica Lo Bianco-Achebe", "advisor_phd", "Antonella Scarpelli", None, None),
            ("Federica Lo Bianco-Achebe", "advisor_phd", "Marco Iannaccone-Diallo", None, None),
        },
        {("Federica Lo Bianco-Achebe", "advisor_phd", "Ssa Antonella Scarpelli", None, None)},
    ),
    "a-spanish-codirected-thesis-names-the-other-director-junto-con": (
        _html(
            "Dra. Nerea Zabaleta Urquiza",
            "<h1>Dra. Nerea Zabaleta Urquiza</h1><h2>Tesis doctorales dirigidas</h2><ol><li>"
            "Lucía Beltrán Oyanguren, en curso desde 2021. Codirectora de tesis, junto con el "
            "Dr. Álvaro Pazo Ribera.</li></ol>",
        ),
        "tesis.html",
        {
            ("Lucía Beltrán Oyanguren", "advisor_phd", "Nerea Zabaleta Urquiza", 2021, None),
            ("Lucía Beltrán Oyanguren", "advisor_phd", "Álvaro Pazo Ribera", 2021, None),
        },
        set(),
    ),
}


SEVENTYSEVENTH_BATCH_LAYOUTS = {
    "a-blogs-name-gives-its-owner-and-thanked-names-take-the-role-after-them": (
        "<html><head><title>Enfin docteur ! – Le blog de Corentin Mabillon-Sy</title></head>"
        "<body><h1>Enfin docteur !</h1><p>Le 14 octobre 2024, j'ai soutenu ma thèse à "
        "l'Université de Pontarlier-Doubs.</p><p>Merci à Gisèle Oberkampf, Vadim "
        "Rostand-Lebel et Inès Charbonnel-Kane, rapporteurs, pour leurs rapports, ainsi "
        "qu'à Maxime Toulzac, président du jury. Merci à Paul Ferrières pour sa relecture et "
        "à Nadège Siboni-Pradel, examinatrice, pour ses questions.</p></body></html>",
        "post.html",
        {
            ("Corentin Mabillon-Sy", "jury_reviewer", "Gisèle Oberkampf", 2024, 2024),
            ("Corentin Mabillon-Sy", "jury_reviewer", "Vadim Rostand-Lebel", 2024, 2024),
            ("Corentin Mabillon-Sy", "jury_reviewer", "Inès Charbonnel-Kane", 2024, 2024),
            ("Corentin Mabillon-Sy", "jury_president", "Maxime Toulzac", 2024, 2024),
            ("Corentin Mabillon-Sy", "jury_examiner", "Nadège Siboni-Pradel", 2024, 2024),
        },
        {
            ("Corentin Mabillon-Sy", "jury_reviewer", "Paul Ferrières", 2024, 2024),
            ("Corentin Mabillon-Sy", "jury_examiner", "Paul Ferrières", 2024, 2024),
        },
    ),
    "examiners-thanked-with-their-role-after-the-names-the-supervisor-no-member": (
        _html(
            "Anwen Pritchard-Osei",
            "<h1>Anwen Pritchard-Osei</h1><p>I defended my thesis at the University of "
            "Carrowmore in May 2022.</p><p>I am grateful to Prof. Declan Ashworth-Mbeki and "
            "Dr Ingrid Solvang, my examiners, for a lively discussion, and to Dr Rhiannon "
            "Tully, my supervisor, for everything.</p>",
        ),
        "index.html",
        {
            ("Anwen Pritchard-Osei", "jury_examiner", "Declan Ashworth-Mbeki", 2022, 2022),
            ("Anwen Pritchard-Osei", "jury_examiner", "Ingrid Solvang", 2022, 2022),
        },
        {
            ("Anwen Pritchard-Osei", "jury_examiner", "Rhiannon Tully", 2022, 2022),
            ("Anwen Pritchard-Osei", "jury_member", "Rhiannon Tully", 2022, 2022),
        },
    ),
    "the-owners-own-defence-under-a-service-heading-keeps-its-jury-the-owners": (
        _html(
            "Ebba Lindqvist-Moreau",
            "<h1>Service and examining</h1><h2>About my own PhD</h2><p>I obtained my PhD at "
            "Vasterhamn University in 2018, supervised by Prof. Olle Brandtzaeg. Defended on 3 "
            "May 2018 before a jury composed of Prof. Mirela Costache (chair), Dr. Tomasz "
            "Wielgosz and Prof. Aurelie Fontanet.</p>",
        ),
        "service.html",
        {
            ("Ebba Lindqvist-Moreau", "jury_president", "Mirela Costache", 2018, 2018),
            ("Ebba Lindqvist-Moreau", "jury_member", "Tomasz Wielgosz", 2018, 2018),
            ("Ebba Lindqvist-Moreau", "advisor_phd", "Olle Brandtzaeg", None, 2018),
        },
        {("Mirela Costache", "jury_president", "Ebba Lindqvist-Moreau", 2018, 2018)},
    ),
    "an-evaluation-committee-for-a-phd-defence-is-a-jury-a-funders-is-not": (
        _html(
            "Ebba Lindqvist-Moreau",
            "<h1>Ebba Lindqvist-Moreau</h1><h2>Thesis committees</h2><ul><li>Evaluation "
            "committee member for the PhD defence of Joris Vandecasteele, Leiestad University, "
            "2023</li></ul><h2>Service</h2><ul><li>Member of the evaluation committee of the "
            "Nordic Research Council for the doctoral fellowship of Pekka Rautanen, 2022</li></ul>",
        ),
        "cv.html",
        {("Joris Vandecasteele", "jury_member", "Ebba Lindqvist-Moreau", 2023, 2023)},
        {("Pekka Rautanen", "jury_member", "Ebba Lindqvist-Moreau", 2022, 2022)},
    ),
    "phd-theses-examined-is-a-jury-heading-and-its-aside-names-a-candidate": (
        _html(
            "Ebba Lindqvist-Moreau",
            "<h1>Ebba Lindqvist-Moreau</h1><h2>PhD theses examined</h2><ul><li>Marit Hovland, "
            "Trondvik University, 2024 (opponent)</li></ul><p>Also: evaluation committee member "
            "for the PhD defence of Lieselot Dewaele (Gentbrugge University, 2021).</p>",
        ),
        "index.html",
        {
            ("Marit Hovland", "jury_reviewer", "Ebba Lindqvist-Moreau", 2024, 2024),
            ("Lieselot Dewaele", "jury_member", "Ebba Lindqvist-Moreau", 2021, 2021),
        },
        {("Marit Hovland", "advisor_phd", "Ebba Lindqvist-Moreau", 2024, 2024)},
    ),
    "a-vivas-independent-chair-named-after-the-role-chairs-it": (
        _html(
            "Rowan Achebe-Finch",
            "<h1>Rowan Achebe-Finch</h1><p>My viva took place in June 2021. My examiners were "
            "Dr Saoirse Brennan (internal examiner) and Prof. Llewelyn Parry (external "
            "examiner). The faculty also appointed an independent chair, Dr Kofi Mensah-Hart, "
            "who kept the time.</p>",
        ),
        "viva.html",
        {
            ("Rowan Achebe-Finch", "jury_president", "Kofi Mensah-Hart", 2021, 2021),
            ("Rowan Achebe-Finch", "jury_examiner", "Saoirse Brennan", 2021, 2021),
        },
        {("Rowan Achebe-Finch", "jury_examiner", "Kofi Mensah-Hart", 2021, 2021)},
    ),
    "members-thanked-in-a-post-on-a-students-defence-sat-on-the-students-jury": (
        "---\ntitle: News\nauthor: Tamsin Eldridge-Vos\ndate: '2024-11-20'\n---\n\nMy student "
        "Ifeoma Okonkwo-Lind successfully defended her PhD thesis today. Many thanks to "
        "Benedikt Sauerwein and Maelle Kervran-Diaz, reviewers, for their careful reports.\n",
        "post.md",
        {
            ("Ifeoma Okonkwo-Lind", "jury_reviewer", "Benedikt Sauerwein", 2024, 2024),
            ("Ifeoma Okonkwo-Lind", "jury_reviewer", "Maelle Kervran-Diaz", 2024, 2024),
            ("Ifeoma Okonkwo-Lind", "advisor_phd", "Tamsin Eldridge-Vos", None, 2024),
        },
        {("Tamsin Eldridge-Vos", "jury_reviewer", "Benedikt Sauerwein", 2024, 2024)},
    ),
    "a-university-systems-campus-after-its-comma-stays-in-the-name": (
        _html(
            "Marisol Quintanar-Webb",
            "<h1>Marisol Quintanar-Webb</h1><h2>Education</h2><ul><li>Ph.D. in Chemistry, "
            "University of California, Santa Clarita Hills, 2016–2021</li></ul>",
        ),
        "index.html",
        {
            (
                "Marisol Quintanar-Webb",
                "studied_at",
                "University of California, Santa Clarita Hills",
                2016,
                2021,
            )
        },
        {("Marisol Quintanar-Webb", "studied_at", "University of California", 2016, 2021)},
    ),
}


SEVENTYEIGHTH_BATCH_LAYOUTS = {
    "a-supervision-tables-name-column-is-the-student-whatever-its-place": (
        _html(
            "Runa Ekdahl-Mwale",
            "<h1>Runa Ekdahl-Mwale</h1><p>Professor, Vesterby University</p>"
            "<h2>Doctoral supervision</h2><table><tr><th>Years</th><th>Level</th>"
            "<th>Name</th><th>Co-advisor</th><th>Outcome</th></tr>"
            "<tr><td>2019–2023</td><td>PhD (M)</td><td>Halvard Osei-Lindgren</td>"
            "<td>Marit Kolstad</td><td>defended</td></tr>"
            "<tr><td>2022</td><td>MSc (M)</td><td>Tuva Achebe-Rønne</td><td>–</td>"
            "<td>graduated</td></tr></table>",
        ),
        "supervision.html",
        {
            ("Halvard Osei-Lindgren", "advisor_phd", "Runa Ekdahl-Mwale", 2019, 2023),
            ("Halvard Osei-Lindgren", "advisor_phd", "Marit Kolstad", 2019, 2023),
            ("Tuva Achebe-Rønne", "advisor_other", "Runa Ekdahl-Mwale", 2022, 2022),
        },
        {
            ("Runa Ekdahl-Mwale", "advisor_phd", "Marit Kolstad", 2019, 2023),
        },
    ),
    "an-internships-table-with-a-name-column-lists-the-owners-interns": (
        "---\ntitle: Encadrement\nauthor: Gildas Nkoulou-Prigent\n---\n\n"
        "Je suis maître de conférences à l'Université de Guingamp-Trieux.\n\n"
        "## Masters et stages\n\n"
        "| Année | Niveau | Nom | Co-encadrant·e |\n|---|---|---|---|\n"
        "| 2023 | M1 (stage) | Lucie Pham-Derrien | Yvon Quéré-Abalo |\n",
        "encadrement.md",
        {
            ("Lucie Pham-Derrien", "advisor_internship", "Gildas Nkoulou-Prigent", 2023, 2023),
            ("Lucie Pham-Derrien", "advisor_internship", "Yvon Quéré-Abalo", 2023, 2023),
        },
        {
            ("Gildas Nkoulou-Prigent", "advisor_internship", "Yvon Quéré-Abalo", 2023, 2023),
        },
    ),
    "students-listed-by-given-name-and-initial-take-the-full-name-written-below": (
        "---\ntitle: People\nauthor: Dr. Imogen Varga-Esposito\n---\n\n"
        "## Current students\n\n- **Lior K.** (PhD, 2022–) — phonology.\n\n"
        "## Interns\n\n- **Leo W.**, undergraduate summer intern, 2023.\n\n"
        "Our lab shares a corridor with Dr. Tobias Renwick-Ade's group; his students Carla "
        "Mbeki-Sousa and Ivo Dunmore join our reading group.\n\n"
        "## Full names\n\nLior Katz-Obuya · Leo Wexford-Anand\n",
        "people.md",
        {
            ("Lior Katz-Obuya", "advisor_phd", "Imogen Varga-Esposito", 2022, None),
            ("Leo Wexford-Anand", "advisor_internship", "Imogen Varga-Esposito", 2023, 2023),
        },
        {
            ("Katz-Obuya Lior", "advisor_phd", "Imogen Varga-Esposito", 2022, None),
            ("Carla Mbeki-Sousa", "advisor_other", "Imogen Varga-Esposito", None, None),
            ("Carla Mbeki-Sousa", "advisor_phd", "Imogen Varga-Esposito", None, None),
        },
    ),
    "primary-supervisor-of-some-students-secondary-supervisor-of-another": (
        _html(
            "Dr Ewan Castellane-Obi",
            "<h1>Dr Ewan Castellane-Obi</h1><p>Lecturer, University of Dunmarrow</p>"
            "<h2>Postgraduate supervision</h2><p>Ewan is currently primary supervisor of "
            "Isla Mwangi-Reid (PhD, 2022–) and Piotr Halloran-Sesay (PhD, 2023–); secondary "
            "supervisor of Amina Corrie-Lund (PhD, 2021–, primary supervisor Dr Kenji "
            "Baird-Oyelaran).</p>",
        ),
        "profile.html",
        {
            ("Isla Mwangi-Reid", "advisor_phd", "Ewan Castellane-Obi", 2022, None),
            ("Piotr Halloran-Sesay", "advisor_phd", "Ewan Castellane-Obi", 2023, None),
            ("Amina Corrie-Lund", "advisor_phd", "Ewan Castellane-Obi", 2021, None),
            ("Amina Corrie-Lund", "advisor_phd", "Kenji Baird-Oyelaran", 2021, None),
        },
        {
            ("Piotr Halloran-Sesay", "advisor_phd", "Amina Corrie-Lund", 2023, None),
            ("Piotr Halloran-Sesay", "advisor_phd", "Kenji Baird-Oyelaran", 2023, None),
        },
    ),
    "a-mentoring-programmes-section-names-mentees-not-advisees": (
        _html(
            "Dr. Selin Okafor-Hale",
            "<h1>Dr. Selin Okafor-Hale</h1><p>Assistant Professor, Marlow Cross University</p>"
            "<h2>Mentoring programmes</h2><ul><li>Peer mentor for new faculty hires: Dr. "
            "Bram Ashcombe-Nuru (2023).</li></ul>",
        ),
        "service.html",
        set(),
        {
            ("Bram Ashcombe-Nuru", "advisor_other", "Selin Okafor-Hale", 2023, 2023),
        },
    ),
}


SEVENTYNINTH_BATCH_LAYOUTS = {
    "a-committee-made-of-names-its-first-member-too": (
        "Ottilie Brennan-Skov\n\nAbout\n\nI completed my doctorate at the University of "
        "Marlowe Vale (2018–2022). My thesis was defended in front of a committee made of "
        "Pr. Jasper Quennell (reviewer), Dr. Ines Valtonen (reviewer) and Pr. Rhoda Amberley "
        "(chair).\n",
        "index.txt",
        {
            ("Ottilie Brennan-Skov", "jury_reviewer", "Jasper Quennell", 2022, 2022),
            ("Ottilie Brennan-Skov", "jury_reviewer", "Ines Valtonen", 2022, 2022),
            ("Ottilie Brennan-Skov", "jury_president", "Rhoda Amberley", 2022, 2022),
        },
        set(),
    ),
    "examiner-for-phd-theses-label-lists-candidates-not-students": (
        "<html><body><h1>Imelda Strathmore-Achebe</h1><p>Professor of Statistics, "
        "University of Fennick.</p><h2>Examining</h2><p>Recent external examiner for PhD "
        "theses: Casimir Oyelowo-Hart (University of Dunmere, 2023), Petra Lindgaard "
        "(Selby College, 2021).</p></body></html>",
        "index.html",
        {
            ("Casimir Oyelowo-Hart", "jury_examiner", "Imelda Strathmore-Achebe", 2023, 2023),
            ("Petra Lindgaard", "jury_examiner", "Imelda Strathmore-Achebe", 2021, 2021),
        },
        {
            ("Casimir Oyelowo-Hart", "advisor_phd", "Imelda Strathmore-Achebe", None, 2023),
            ("Petra Lindgaard", "advisor_phd", "Imelda Strathmore-Achebe", None, 2021),
        },
    ),
    "an-advisor-line-under-a-phd-entry-over-the-next-masters-entry": (
        "Anselm Vrettos-Kuyper\nCurriculum Vitae\n\nEDUCATION\n"
        "  Ph.D. in Computer Science, University of Tallow Cross, 2013-2017\n"
        "      Advisor: Prof. Dr. Henrike Ostwald-Mensah\n"
        "  M.Sc. in Computer Science, University of Brisk, 2011-2013\n",
        "cv.txt",
        {("Anselm Vrettos-Kuyper", "advisor_phd", "Henrike Ostwald-Mensah", 2013, 2017)},
        {("Anselm Vrettos-Kuyper", "advisor_other", "Henrike Ostwald-Mensah", 2013, 2017)},
    ),
    "a-list-title-right-below-a-capitals-heading-is-a-sub-heading": (
        "Anselm Vrettos-Kuyper\nCurriculum Vitae\n\nPOSITIONS\n"
        "  2019-…  Associate Professor, University of Brisk\n\nSUPERVISION\n"
        "  Doctoral students\n    - Lotte Abernathy-Sow (2022-…, sole advisor)\n",
        "cv.txt",
        {("Lotte Abernathy-Sow", "advisor_phd", "Anselm Vrettos-Kuyper", 2022, None)},
        {("Lotte Abernathy-Sow", "advisor_other", "Anselm Vrettos-Kuyper", 2022, None)},
    ),
    "a-co-advisor-in-capitals-before-the-next-sentence": (
        "Maëlle CASTAGNÉ-RIVIÈRE\nMaîtresse de conférences\n\nENCADREMENT\n\nThèses\n"
        "- Firmin LAVERGNE (2019–2022), co-encadrement à 50 % avec Honorine DUPLESSY. "
        "Soutenue le 12/12/2022.\n",
        "cv.txt",
        {
            ("Firmin Lavergne", "advisor_phd", "Maëlle Castagné-Rivière", 2019, 2022),
            ("Firmin Lavergne", "advisor_phd", "Honorine Duplessy", 2019, 2022),
        },
        set(),
    ),
    "a-long-committee-field-line-keeps-the-entry-lines-dating-the-next-advisor": (
        "Anselm Vrettos-Kuyper\nCurriculum Vitae\n\nEDUCATION\n"
        "  Ph.D. in Computer Science, University of Tallow Cross, 2013-2017\n"
        "      Advisor: Prof. Dr. Henrike Ostwald-Mensah\n"
        "      Examination committee: Prof. Dr. Rune Halvard-Mikkelsen (external referee), "
        "Prof. Dr. Benedetta Carraro-Wynne (second referee), Prof. Dr. Henrike Ostwald-Mensah "
        "(chair)\n"
        "  M.Sc. in Computer Science, University of Brisk, 2011-2013\n"
        "      Master's thesis supervised by Gunnhild Sørvik-Amadi\n",
        "cv.txt",
        {("Anselm Vrettos-Kuyper", "advisor_other", "Gunnhild Sørvik-Amadi", 2011, 2013)},
        {("Anselm Vrettos-Kuyper", "advisor_other", "Gunnhild Sørvik-Amadi", None, None)},
    ),
    "an-acronym-after-an-adjective-is-one-word-of-a-groups-name": (
        "Wystan Okafor-Lind\n\nHi!\n\nI am a postdoctoral fellow at the Brackwater "
        "Institute of Technology, hosted by Prof. Mirela Szabo-Grant in the Computational "
        "PDE group.\n",
        "index.txt",
        {("Wystan Okafor-Lind", "advisor_postdoc", "Mirela Szabo-Grant", None, None)},
        {("Wystan Okafor-Lind", "member_of", "PDE", None, None)},
    ),
}

EIGHTYFIRST_BATCH_LAYOUTS = {
    "an-articleless-under-supervision-of-names-the-phd-advisor": (
        "<html><body><h1>Radek Wolny-Brzeski</h1><h2>Short CV</h2><p>I made my PhD (2011) at "
        "the University of Grzmiel under supervision of prof. Danuta Ostrowska-Lis.</p>"
        "</body></html>",
        "index.html",
        {("Radek Wolny-Brzeski", "advisor_phd", "Danuta Ostrowska-Lis", None, 2011)},
        set(),
    ),
    "after-phd-i-was-employed-the-group-head-is-no-phd-advisor": (
        "<html><body><h1>Radek Wolny-Brzeski</h1><h2>Short CV</h2><p>After PhD I was "
        "employed as researcher in Institut für Feldtheorie Marbach (2011-2013), where I "
        "worked in group of dr Gerold Pfannstiel.</p></body></html>",
        "index.html",
        set(),
        {("Radek Wolny-Brzeski", "advisor_phd", "Gerold Pfannstiel", 2011, 2013)},
    ),
    "a-lead-in-sentence-over-a-list-gives-the-students-kind": (
        "<html><body><h1>Radek Wolny-Brzeski</h1><p>Professor, University of Grzmiel</p>"
        "<h2>Students</h2><p>I am supervising 2 PhD students:</p><ul>"
        "<li>Zofia Kamińska-Ruth (since 2021)</li><li>Bartosz Leśniak (since 2023)</li>"
        "</ul></body></html>",
        "index.html",
        {
            ("Zofia Kamińska-Ruth", "advisor_phd", "Radek Wolny-Brzeski", 2021, None),
            ("Bartosz Leśniak", "advisor_phd", "Radek Wolny-Brzeski", 2023, None),
        },
        {
            ("Zofia Kamińska-Ruth", "advisor_other", "Radek Wolny-Brzeski", 2021, None),
            ("Bartosz Leśniak", "advisor_other", "Radek Wolny-Brzeski", 2023, None),
        },
    ),
    "member-of-a-committee-for-a-and-reviewer-of-b-each-their-own-role": (
        "<html><body><h1>Marta Ferrucci-Donati</h1><p>Researcher, University of Pelago</p>"
        "<h2>Service</h2><p>I was member of the committee for the defence of Ondřej Havlík "
        "(University of Brnov, 2023) and reviewer of the PhD thesis of Serena Aldobrandi "
        "(Politecnico di Vallese, 2022).</p></body></html>",
        "index.html",
        {
            ("Ondřej Havlík", "jury_member", "Marta Ferrucci-Donati", 2023, 2023),
            ("Serena Aldobrandi", "jury_reviewer", "Marta Ferrucci-Donati", 2022, 2022),
        },
        {("Ondřej Havlík", "jury_reviewer", "Marta Ferrucci-Donati", 2023, 2023)},
    ),
    "a-text-dumps-jury-lines-in-one-block-a-role-each": (
        "Henrika Lövgren-Aas\nSenior lecturer, University of Nordhamn\n\nCOMMITTEES\n\n"
        "Faculty opponent for Tuomas Ketola, University of Lahtela, 2021.\n"
        "Member of the grading committee for the defence of Ragna Solheim-Berg, Bergvik "
        "University, 2022.\n",
        "cv.txt",
        {("Ragna Solheim-Berg", "jury_member", "Henrika Lövgren-Aas", 2022, 2022)},
        {("Ragna Solheim-Berg", "jury_reviewer", "Henrika Lövgren-Aas", 2022, 2022)},
    ),
}


EIGHTIETH_BATCH_LAYOUTS = {
    "a-year-of-entry-line-starts-the-doctorate": (
        "<html><body><h1>Doctoral students</h1><h2>A</h2><div><h3>Ines Albrecht-Moyo</h3>"
        "<p>Year of entry: 2022</p><p>Supervisor(s): Dr Harmon Quillfeather</p>"
        "<p>Thesis title: <em>Porous catalysts</em></p></div></body></html>",
        "doctoral.html",
        {("Ines Albrecht-Moyo", "advisor_phd", "Harmon Quillfeather", 2022, None)},
        {("Ines Albrecht-Moyo", "advisor_phd", "Harmon Quillfeather", None, 2022)},
    ),
    "a-wiki-members-table-under-current-and-former-with-family-names-only": (
        "<html><body><h1>Members</h1><p>Lab head: Prof. Wilhelmina van der Stoep.</p>"
        "<h2>Current</h2><table><tr><th>Name</th><th>Status</th><th>Supervisor</th>"
        "<th>Since</th><th>Until</th><th>Now</th></tr>"
        "<tr><td>Wilhelmina van der Stoep</td><td>Professor</td><td></td><td>2010</td>"
        "<td></td><td></td></tr>"
        "<tr><td>Osvaldo Quintero-Baik</td><td>Assistant Professor</td><td></td><td>2019</td>"
        "<td></td><td></td></tr>"
        "<tr><td>Halvard Enge</td><td>PhD student</td><td>van der Stoep, Quintero-Baik</td>"
        "<td>2021</td><td></td><td></td></tr></table>"
        "<h2>Former</h2><table><tr><th>Name</th><th>Status</th><th>Supervisor</th>"
        "<th>Since</th><th>Until</th><th>Now</th></tr>"
        "<tr><td>Ragna Tveit</td><td>PhD student</td><td>van der Stoep</td><td>2013</td>"
        "<td>2017</td><td>Analyst, Nordbank</td></tr></table></body></html>",
        "members.html",
        {
            ("Halvard Enge", "advisor_phd", "Wilhelmina van der Stoep", 2021, None),
            ("Halvard Enge", "advisor_phd", "Osvaldo Quintero-Baik", 2021, None),
            ("Ragna Tveit", "advisor_phd", "Wilhelmina van der Stoep", 2013, 2017),
        },
        set(),
    ),
    "an-intern-apposed-to-a-name-is-the-subject-of-its-encadre-par": (
        "<html><body><h1>Membres</h1><h2>Équipe Synapses</h2><ul>"
        "<li>Marcelline Dutertre, chargée de recherche</li>"
        "<li>Gaël Kerouredan, stagiaire de master 2 (2026), encadré par Marcelline Dutertre"
        "</li></ul></body></html>",
        "membres.html",
        {("Gaël Kerouredan", "advisor_internship", "Marcelline Dutertre", 2026, 2026)},
        set(),
    ),
    "a-hyphenated-post-doctoral-fellows-heading-lists-postdocs-with-their-host": (
        "<html><body><h1>Members</h1><h2>Research scientists</h2><ul>"
        "<li>Aurore Blanchet-Mwangi, Inria researcher</li>"
        "<li>Teodor Rasmussen-Gil, CNRS researcher</li></ul>"
        "<h2>Post-doctoral fellows</h2><ul>"
        "<li>Dr. Kofi Amponsah-Ruel (2025–2026), with Teodor Rasmussen-Gil</li></ul>"
        "</body></html>",
        "members.html",
        {("Kofi Amponsah-Ruel", "advisor_postdoc", "Teodor Rasmussen-Gil", 2025, 2026)},
        set(),
    ),
    "a-wiki-table-family-name-with-a-capital-particle-resolves-to-the-full-name": (
        "<html><body><h1>Membres</h1><p>Responsable : Gwenola Le Bihan-Roz.</p>"
        "<h2>Actuels</h2><table><tr><th>Nom</th><th>Statut</th><th>Encadrant(e)</th>"
        "<th>Depuis</th><th>Jusqu'à</th></tr>"
        "<tr><td>Gwenola Le Bihan-Roz</td><td>Professeure</td><td></td><td>2012</td>"
        "<td></td></tr>"
        "<tr><td>Maëlys Corbel</td><td>Doctorante</td><td>Le Bihan-Roz</td><td>2022</td>"
        "<td></td></tr></table></body></html>",
        "membres.html",
        {("Maëlys Corbel", "advisor_phd", "Gwenola Le Bihan-Roz", 2022, None)},
        {("Maëlys Corbel", "advisor_phd", "Le Bihan-Roz", 2022, None)},
    ),
    "a-joint-unit-of-a-university-et-de-l-inserm-names-two-parents": (
        "<html><body><h1>Notre personnel</h1><p>Le Centre de recherche en biologie de "
        "Maurepaix est une unité mixte de l'Université de Maurepaix et de l'Inserm.</p>"
        "</body></html>",
        "personnel.html",
        set(),
        {
            (
                "Centre de recherche en biologie de Maurepaix",
                "part_of",
                "Université de Maurepaix et de l'Inserm",
                None,
                None,
            )
        },
    ),
}


EIGHTYTHIRD_BATCH_LAYOUTS = {
    "a-card-badge-above-the-name-heading-with-a-supervisors-line": (
        "<html><head><title>People | Wrenfield Lab</title></head><body><h1>People</h1>"
        "<div class='grid'><article data-position='pi'><span class='badge'>Principal "
        "Investigator</span><h3>Tobias Wrenfield</h3><p>Professor of Zoology</p></article>"
        "<article data-position='phd'><img alt='' src='a.jpg'/>"
        "<span class='badge'>PhD Student</span><h3>Oriane Castellanos-Mbeki</h3>"
        "<p>Supervisor(s): <!-- -->Tobias Wrenfield<!-- -->, <!-- -->Hilde Aamodt-Reyes</p>"
        "<p>In the lab since <!-- -->2022</p></article>"
        "<article data-position='postdoc'><span class='badge'>Postdoc</span>"
        "<h3>Dr. Kaveh Lindqvist-Oduya</h3><p>Co-advised by Tobias Wrenfield and Hilde "
        "Aamodt-Reyes</p><p>In the lab since 2025</p></article></div></body></html>",
        "people.html",
        {
            ("Oriane Castellanos-Mbeki", "advisor_phd", "Tobias Wrenfield", 2022, None),
            ("Oriane Castellanos-Mbeki", "advisor_phd", "Hilde Aamodt-Reyes", 2022, None),
            ("Kaveh Lindqvist-Oduya", "advisor_postdoc", "Tobias Wrenfield", 2025, None),
            ("Kaveh Lindqvist-Oduya", "advisor_postdoc", "Hilde Aamodt-Reyes", 2025, None),
        },
        set(),
    ),
    "a-wikijs-page-body-in-its-content-slot-with-toc-headings": (
        "<html><head><title>Members | Group Wiki</title></head><body><div id='root'>"
        "<page title='Members'><template slot='contents'><div>"
        "<h1 class='toc-header' id='members'><a class='toc-anchor' href='#members'>¶</a> "
        "Members</h1><h2 class='toc-header' id='phd'><a class='toc-anchor'>¶</a> PhD students"
        "</h2><ul><li><strong>Ilse Marchetti-Obi</strong> — since 2023; advisor: Ruairi "
        "Fennimore</li></ul></div></template><template slot='sidebar'><a href='/'>Home</a>"
        "</template></page></div></body></html>",
        "members.html",
        {("Ilse Marchetti-Obi", "advisor_phd", "Ruairi Fennimore", 2023, None)},
        set(),
    ),
    "middle-dot-entries-under-an-entering-class-heading": (
        "<html><head><title>Students | Dunmere Glacier Group</title></head><body>"
        "<h1>Graduate Students</h1><p>The group is led by Prof. Annika Dunmere-Sato.</p>"
        "<h3>Entering class of 2021</h3><ul><li>Bastian Oyelowo · PhD candidate · ice-shelf "
        "fracture</li><li>Ciara Moynihan-Tal · PhD student · advisor: Prof. Gideon Varga-Holm; "
        "Prof. Dunmere-Sato is on her committee</li></ul><h3>Entering class of 2025</h3>"
        "<ul><li>Teo Arrighi-Nakamura · PhD student (rotation, advisor to be confirmed)</li>"
        "</ul></body></html>",
        "students.html",
        {
            ("Bastian Oyelowo", "advisor_phd", "Annika Dunmere-Sato", 2021, None),
            ("Ciara Moynihan-Tal", "advisor_phd", "Gideon Varga-Holm", 2021, None),
        },
        {
            ("Teo Arrighi-Nakamura", "advisor_phd", "Annika Dunmere-Sato", 2025, None),
            ("Ciara Moynihan-Tal", "advisor_phd", "Annika Dunmere-Sato", 2021, None),
        },
    ),
    "a-lab-members-title-names-the-lab-not-a-unit-called-members": (
        "<html><head><title>Lab Members - Corrigan Imaging Lab - Confluence</title></head>"
        "<body><h1>Lab Members</h1><table><tr><th>Name</th><th>Role</th><th>Start</th></tr>"
        "<tr><td>Maeve Corrigan</td><td>Professor, PI</td><td>2014</td></tr>"
        "<tr><td>Jonas Ebbesen-Adu</td><td>Lab manager</td><td>2018</td></tr></table>"
        "</body></html>",
        "members.html",
        {("Jonas Ebbesen-Adu", "member_of", "Corrigan Imaging Lab", 2018, None)},
        {("Jonas Ebbesen-Adu", "member_of", "Members", 2018, None)},
    ),
    "french-team-page-posts-and-m-initial-director-in-a-table": (
        "<html><head><title>Équipe Houle et littoral | LMCA</title></head><body>"
        "<h1>Équipe Houle et littoral (HOL)</h1><h2>Permanent·e·s</h2><ul>"
        "<li>Sidonie Arcangeli-Diop — Professeure des universités, Université de Brest-Iroise "
        "(responsable d'équipe)</li><li>Mathis Kerhervé — Directeur de recherche CNRS</li>"
        "<li>Morgane Le Quellec — Maîtresse de conférences, Université de Brest-Iroise "
        "(depuis 2021)</li></ul><h2>Doctorant·e·s</h2><table><tr><th>Nom</th>"
        "<th>Début de thèse</th><th>Encadrant·e·s</th></tr><tr><td>Yanis Bouraoui</td>"
        "<td>octobre 2024</td><td>M. Le Quellec (directrice) ; co-direction : Mathis "
        "Kerhervé</td></tr></table></body></html>",
        "equipe.html",
        {
            ("Sidonie Arcangeli-Diop", "employed_at", "Université de Brest-Iroise", None, None),
            ("Mathis Kerhervé", "employed_at", "CNRS", None, None),
            ("Morgane Le Quellec", "employed_at", "Université de Brest-Iroise", 2021, None),
            ("Yanis Bouraoui", "advisor_phd", "Morgane Le Quellec", 2024, None),
            ("Yanis Bouraoui", "advisor_phd", "Mathis Kerhervé", 2024, None),
        },
        set(),
    ),
    "a-department-one-of-four-and-its-head-s-post-in-a-relative-clause": (
        "<html><head><title>Department of Tissue Physics – Ostrander Institute</title></head>"
        "<body><h1>Department of Tissue Physics</h1><p>The Department of Tissue Physics is "
        "one of four scientific departments of the Ostrander Institute for Biophysics. It is "
        "headed by Prof. Dr. Liesel Kamara-Voss, who is also Professor of Biophysics at the "
        "University of Halmbach.</p></body></html>",
        "department.html",
        {
            (
                "Department of Tissue Physics",
                "part_of",
                "Ostrander Institute for Biophysics",
                None,
                None,
            ),
            ("Liesel Kamara-Voss", "employed_at", "University of Halmbach", None, None),
        },
        set(),
    ),
    "a-group-named-to-its-acronym-and-a-card-s-post-line": (
        "<html><head><title>L'équipe — Groupe Catalyse pour l'hydrogène (CATHY)</title>"
        "</head><body><h1>L'équipe</h1><div><div><span class='badge'>PR</span>"
        "<h3>Bérénice Ould-Rabah</h3><p>Université de Saint-Lô-Cotentin</p></div>"
        "<div><span class='badge'>Doctorante</span><h3>Lisa Kervarec</h3>"
        "<p>Direction de thèse : Bérénice Ould-Rabah</p><p>Thèse débutée en 2024</p></div>"
        "</div></body></html>",
        "equipe.html",
        {
            ("Lisa Kervarec", "advisor_phd", "Bérénice Ould-Rabah", 2024, None),
            ("Lisa Kervarec", "member_of", "Catalyse pour l'hydrogène", None, None),
            ("Bérénice Ould-Rabah", "employed_at", "Université de Saint-Lô-Cotentin", None, None),
        },
        {("Lisa Kervarec", "member_of", "Catalyse", None, None)},
    ),
    "a-members-grid-opening-on-a-student-s-card-has-no-owner": (
        "<html><head><title>People | Sallow Lab</title></head><body><h1>People</h1><div>"
        "<article><span>PhD Student</span><h3>Noemi Asante-Ruiz</h3><p>Supervisor(s): "
        "Cyprian Sallow</p><p>MSc, University of Brackwater, 2021</p><p>Since 2022</p>"
        "</article><article><span>Postdoc</span><h3>Dr. Jarl Obiang-Holm</h3><p>Co-advised by "
        "Cyprian Sallow and Wenonah Pike</p><p>Since 2025</p></article><article><span>Lab "
        "Manager</span><h3>Ilka Venter</h3><p>Since 2019</p></article></div></body></html>",
        "people.html",
        {
            ("Noemi Asante-Ruiz", "advisor_phd", "Cyprian Sallow", 2022, None),
            ("Jarl Obiang-Holm", "advisor_postdoc", "Cyprian Sallow", 2025, None),
            ("Jarl Obiang-Holm", "advisor_postdoc", "Wenonah Pike", 2025, None),
        },
        {
            ("Jarl Obiang-Holm", "advisor_postdoc", "Noemi Asante-Ruiz", 2025, None),
            ("Noemi Asante-Ruiz", "advisor_phd", "Cyprian Sallow", 2021, None),
        },
    ),
    "a-visiting-professor-s-home-institution-employs-them": (
        "<html><head><title>Members – Oakhurst Soft Matter Group</title></head><body>"
        "<h1>Members</h1><h2>Visiting scientists</h2><ul><li>Prof. Taini Rautio-Mensah, "
        "sabbatical guest from Lakemere University (spring 2026)</li><li>Jonah Brill, "
        "visiting student from Lakemere University</li></ul></body></html>",
        "members.html",
        {("Taini Rautio-Mensah", "employed_at", "Lakemere University", None, None)},
        {("Jonah Brill", "employed_at", "Lakemere University", None, None)},
    ),
}


EIGHTYSIXTH_BATCH_LAYOUTS = {
    "a-profile-grid-row-keeps-its-dates-beside-its-role-and-place": (
        "<html><body><h1>Sigrun Okonjo-Vale</h1><h4>Education &amp; Career History</h4>"
        "<div class='table-row'><div class='position'><strong>Lecturer</strong></div>"
        "<div class='institution'>Brackwater University <small>(brackwater.ac.uk)</small></div>"
        "<div class='timeframe'><em>2022 – Present</em></div></div>"
        "<div class='table-row'><div class='position'><strong>PhD student</strong></div>"
        "<div class='institution'>Tamsin Institute of Science <small>(tamsin.edu)</small></div>"
        "<div class='timeframe'><em>2017 – 2022</em></div></div>"
        "<h4>Advisors, Relations &amp; Conflicts</h4>"
        "<div class='table-row'><div><strong>PhD Advisor</strong></div>"
        "<div><a href='#'>Ambrose Fielding-Nkemelu</a></div><div><small>****@tamsin.edu</small>"
        "</div><div><em>2017 – 2022</em></div></div>"
        "<div class='table-row'><div><strong>PhD Advisee</strong></div>"
        "<div><a href='#'>Juho Rantanen-Diop</a></div><div><em>2023 – Present</em></div></div>"
        "<div class='table-row'><div><strong>Coworker</strong></div>"
        "<div><a href='#'>Perdita Salcedo-Lund</a></div><div><em>2022 – Present</em></div></div>"
        "</body></html>",
        "profile.html",
        {
            ("Sigrun Okonjo-Vale", "employed_at", "Brackwater University", 2022, None),
            ("Sigrun Okonjo-Vale", "studied_at", "Tamsin Institute of Science", 2017, 2022),
            ("Sigrun Okonjo-Vale", "advisor_phd", "Ambrose Fielding-Nkemelu", 2017, 2022),
            ("Juho Rantanen-Diop", "advisor_phd", "Sigrun Okonjo-Vale", 2023, None),
        },
        {
            ("Sigrun Okonjo-Vale", "studied_at", "Brackwater University", None, None),
            ("Perdita Salcedo-Lund", "advisor_phd", "Sigrun Okonjo-Vale", 2022, None),
        },
    ),
    "middle-dot-relation-rows-name-advisees-and-no-coworker": (
        "<html><body><h1>Benedikt Aalto-Mensah</h1><h2>Advisors, Relations &amp; Conflicts</h2>"
        "<ul><li>Postdoc Advisor · <a href='#'>Clementine Oyarzun</a> · 2010 – 2013</li>"
        "<li>Postdoc Advisee · <a href='#'>Rafferty Nwankwo</a> · 2019 – 2021</li>"
        "<li>Coworker · <a href='#'>Dagny Solheim</a> · 2014 – 2019</li></ul></body></html>",
        "relations.html",
        {
            ("Benedikt Aalto-Mensah", "advisor_postdoc", "Clementine Oyarzun", 2010, 2013),
            ("Rafferty Nwankwo", "advisor_postdoc", "Benedikt Aalto-Mensah", 2019, 2021),
        },
        {
            ("Dagny Solheim", "advisor_phd", "Benedikt Aalto-Mensah", 2014, 2019),
            ("Benedikt Aalto-Mensah", "advisor_phd", "Dagny Solheim", 2014, 2019),
        },
    ),
    "a-family-tree-page-reads-parents-and-children-by-their-training-cell": (
        "<html><head><title>Chemistry Tree - Lucinda Abernethy-Sato</title></head><body>"
        "<h1>Lucinda Abernethy-Sato</h1><h2>Parents</h2><table>"
        "<tr><td><a href='#'>Horatio Vance-Obuya</a></td><td>grad student</td>"
        "<td>1998-2004</td><td>Pellham University</td></tr></table><h2>Children</h2><table>"
        "<tr><td><a href='#'>Milan Ostrowski-Pike</a></td><td>post-doc</td><td>2011-2014</td>"
        "<td>Corby Institute</td></tr>"
        "<tr><td><a href='#'>Ines Waldmeier</a></td><td>grad student</td><td>2015-</td>"
        "<td>Corby Institute</td></tr></table><h2>Collaborators</h2><table>"
        "<tr><td><a href='#'>Tobiah Reinholt</a></td><td>collaborator</td><td>2012-2016</td>"
        "<td>Corby Institute</td></tr></table></body></html>",
        "tree.html",
        {
            ("Lucinda Abernethy-Sato", "advisor_phd", "Horatio Vance-Obuya", 1998, 2004),
            ("Milan Ostrowski-Pike", "advisor_postdoc", "Lucinda Abernethy-Sato", 2011, 2014),
            ("Ines Waldmeier", "advisor_phd", "Lucinda Abernethy-Sato", 2015, None),
        },
        {
            ("Tobiah Reinholt", "advisor_phd", "Lucinda Abernethy-Sato", 2012, 2016),
            ("Tobiah Reinholt", "advisor_other", "Lucinda Abernethy-Sato", 2012, 2016),
        },
    ),
    "an-author-database-page-titled-family-first-with-record-author-lines": (
        "<html><head><title>zbMATH Open - Kettunen, Aino Marjatta</title></head><body>"
        "<h2>Kettunen, Aino Marjatta</h2><h3>Documents</h3>"
        "<div><strong>Kettunen, Aino Marjatta; Dubois-Ferrer, Anselme</strong></div>"
        "<div>Spectral gaps of random covers. (English) Zbl 07000001</div>"
        "<div>J. Spectr. Theory 12, No. 2, 455-480 (2022).</div>"
        "<div class='reviewer'>Reviewer: Gunnar Sollid (Tromsø)</div></body></html>",
        "author.html",
        {("Aino Marjatta Kettunen", "coauthor", "Anselme Dubois-Ferrer", None, None)},
        {
            ("Marjatta Aino", "coauthor", "Anselme Dubois-Ferrer", None, None),
            ("Aino Marjatta Kettunen", "coauthor", "Gunnar Sollid", None, None),
        },
    ),
    "a-hyphenated-range-before-a-place-and-a-rank-in-capitals": (
        "<html><body><h1>Orrin Castellanos-Weir</h1><h2>Positions</h2><ul>"
        "<li>2019-present Hallenbeck Institute for Physics SENIOR</li>"
        "<li>2009-2014 University of Rainford PHD</li></ul></body></html>",
        "author.html",
        {
            (
                "Orrin Castellanos-Weir",
                "employed_at",
                "Hallenbeck Institute for Physics",
                2019,
                None,
            ),
            ("Orrin Castellanos-Weir", "studied_at", "University of Rainford", 2009, 2014),
        },
        {
            (
                "Orrin Castellanos-Weir",
                "employed_at",
                "009-2014 University of Rainford PHD",
                2009,
                2014,
            ),
        },
    ),
    "a-knowledge-base-item-states-its-statements-with-their-qualifiers": (
        "<html><head><title>Philippa Ndiaye-Korhonen - Wikidata</title></head><body>"
        "<h1>Philippa Ndiaye-Korhonen (Q1)</h1><h2>Statements</h2>"
        "<div class='wikibase-statementgroupview listview-item' id='P69'>"
        "<div class='wikibase-statementgroupview-property-label'><a>educated at</a></div>"
        "<div class='wikibase-statementview listview-item'>"
        "<div class='wikibase-statementview-mainsnak'><div class='wikibase-snakview-value'>"
        "<a>Marlow Polytechnic</a></div></div>"
        "<div class='wikibase-statementview-qualifiers'><div class='wikibase-snakview'>"
        "<div class='wikibase-snakview-property'><a>start time</a></div>"
        "<div class='wikibase-snakview-value'>2001</div></div><div class='wikibase-snakview'>"
        "<div class='wikibase-snakview-property'><a>end time</a></div>"
        "<div class='wikibase-snakview-value'>2006</div></div></div>"
        "<div class='wikibase-statementview-references'><div class='wikibase-snakview'>"
        "<div class='wikibase-snakview-property'>retrieved</div>"
        "<div class='wikibase-snakview-value'>4 May 2020</div></div></div></div></div>"
        "<div class='wikibase-statementgroupview listview-item' id='P184'>"
        "<div class='wikibase-statementgroupview-property-label'><a>doctoral advisor</a></div>"
        "<div class='wikibase-statementview listview-item'>"
        "<div class='wikibase-statementview-mainsnak'><div class='wikibase-snakview-value'>"
        "<a>Leopold Achterberg</a></div></div></div></div>"
        "<div class='wikibase-statementgroupview listview-item' id='P185'>"
        "<div class='wikibase-statementgroupview-property-label'><a>doctoral student</a></div>"
        "<div class='wikibase-statementview listview-item'>"
        "<div class='wikibase-statementview-mainsnak'><div class='wikibase-snakview-value'>"
        "<a>Yasmin Eberhardt-Ola</a></div></div></div></div>"
        "<div class='wikibase-statementgroupview listview-item' id='P108'>"
        "<div class='wikibase-statementgroupview-property-label'><a>employer</a></div>"
        "<div class='wikibase-statementview listview-item'>"
        "<div class='wikibase-statementview-mainsnak'><div class='wikibase-snakview-value'>"
        "<a>Kessingham University</a></div></div>"
        "<div class='wikibase-statementview-qualifiers'><div class='wikibase-snakview'>"
        "<div class='wikibase-snakview-property'><a>start time</a></div>"
        "<div class='wikibase-snakview-value'>2010</div></div></div></div></div>"
        "</body></html>",
        "item.html",
        {
            ("Philippa Ndiaye-Korhonen", "studied_at", "Marlow Polytechnic", 2001, 2006),
            ("Philippa Ndiaye-Korhonen", "advisor_phd", "Leopold Achterberg", 2001, 2006),
            ("Yasmin Eberhardt-Ola", "advisor_phd", "Philippa Ndiaye-Korhonen", None, None),
            ("Philippa Ndiaye-Korhonen", "employed_at", "Kessingham University", 2010, None),
        },
        {("Philippa Ndiaye-Korhonen", "studied_at", "Marlow Polytechnic", 2001, 2020)},
    ),
    "an-infobox-plain-list-of-students-and-a-wiki-reference-caret": (
        "<html><head><title>Cordelia Yeboah-Strand - Wikipedia</title></head><body>"
        "<h1>Cordelia Yeboah-Strand</h1><table class='infobox biography vcard'><tbody>"
        "<tr><th colspan='2'>Cordelia Yeboah-Strand</th></tr>"
        "<tr><th scope='row'>Doctoral advisor</th><td><a href='#'>Emrys Vantongeren</a></td></tr>"
        "<tr><th scope='row'>Doctoral students</th><td><div class='plainlist'><ul>"
        "<li><a href='#'>Oskar Lindqvist-Ade</a></li><li>Mirela Dragomir</li>"
        "<li>Tadhg Ó Ceallaigh</li></ul></div></td></tr>"
        "<tr><th scope='row'>Other notable students</th><td>Priscilla Haugland</td></tr>"
        "</tbody></table><p><b>Dame Cordelia Yeboah-Strand</b> DBE FRS (born 1950) is a "
        "geochemist.</p><h2>References</h2><ol class='references'><li>^ Fairbrook, Lionel "
        '(2019). "Portrait of a geochemist". <i>Isotope News</i>. 12 (3): 4–9.</li></ol>'
        "</body></html>",
        "wiki.html",
        {
            ("Oskar Lindqvist-Ade", "advisor_phd", "Cordelia Yeboah-Strand", None, None),
            ("Mirela Dragomir", "advisor_phd", "Cordelia Yeboah-Strand", None, None),
            ("Tadhg Ó Ceallaigh", "advisor_phd", "Cordelia Yeboah-Strand", None, None),
        },
        {
            ("Priscilla Haugland", "advisor_phd", "Cordelia Yeboah-Strand", None, None),
            ("Fairbrook", "coauthor", "Lionel", None, None),
            ("Lionel", "coauthor", "Fairbrook", None, None),
        },
    ),
    "names-with-their-places-over-a-date-line-are-no-paper": (
        "<html><body><h1>Lorcan Featherstone-Abe</h1><h2>Workshop</h2>"
        "<p>Hallam Quist (Dorne U.), Bettany Ferreira-Lowe (Calder Lab.)</p>"
        "<p>Held on 12 May 2023 in Dorne.</p></body></html>",
        "workshop.html",
        set(),
        {
            ("Hallam Quist", "coauthor", "Bettany Ferreira-Lowe", None, None),
            ("Bettany Ferreira-Lowe", "coauthor", "Hallam Quist", None, None),
        },
    ),
    "a-card-titled-advisors-over-its-names-with-their-degrees": (
        "<html><body><h2>Wendeline Achebe-Roux</h2><div class='card'><div class='title'>"
        "Positions</div><ul><li>2011-2016 Grantham University PHD</li></ul></div>"
        "<div class='card'><div class='title'>Advisors</div><ul>"
        "<li>Thaddeus Ingram-Soto (PhD)</li><li>Lavinia Corrado (Master)</li></ul></div>"
        "</body></html>",
        "author.html",
        {
            ("Wendeline Achebe-Roux", "advisor_phd", "Thaddeus Ingram-Soto", 2011, 2016),
            ("Wendeline Achebe-Roux", "advisor_other", "Lavinia Corrado", None, None),
        },
        {("Wendeline Achebe-Roux", "advisor_phd", "Lavinia Corrado", 2011, 2016)},
    ),
    "an-affiliations-field-holds-one-dated-place-a-line": (
        "<html><body><h1>Gideon Tavares-Lund</h1><table>"
        "<tr><td>Affiliations:</td><td>2015- Marrowby University<br>2010-2015 Pelton Institute"
        "</td></tr><tr><td>Area:</td><td>olfaction</td></tr></table></body></html>",
        "tree.html",
        {
            ("Gideon Tavares-Lund", "employed_at", "Marrowby University", 2015, None),
            ("Gideon Tavares-Lund", "employed_at", "Pelton Institute", 2010, 2015),
        },
        set(),
    ),
    "a-range-opening-the-sentence-dates-the-postdoc-not-the-later-until": (
        "<html><body><h1>Leontyne Abara-Welch</h1><h2>Career</h2><p>From 1984 to 1986 she "
        "was a postdoctoral fellow in the laboratory of Casimir Hollingworth at the Denholm "
        "Institute, where she stayed on as a staff scientist until 1995.</p></body></html>",
        "bio.html",
        {("Leontyne Abara-Welch", "advisor_postdoc", "Casimir Hollingworth", 1984, 1986)},
        {("Leontyne Abara-Welch", "advisor_postdoc", "Casimir Hollingworth", None, 1995)},
    ),
    "start-and-end-cells-of-an-employers-table": (
        "<html><body><h1>Ruairi Castellane-Obi</h1><h2>Employers and affiliations</h2><table>"
        "<tr><th>Organization</th><th>Start</th><th>End</th></tr>"
        "<tr><td>Weymouth Institute of Linguistics</td><td>2013</td><td>2018</td></tr>"
        "</table></body></html>",
        "profile.html",
        {("Ruairi Castellane-Obi", "employed_at", "Weymouth Institute of Linguistics", 2013, 2018)},
        set(),
    ),
    "an-author-line-with-affiliations-over-its-e-print-is-a-paper-not-students": (
        "<html><head><title>Eamon Tregarthen-Sy - INSPIRE</title></head><body>"
        "<h2>Eamon Tregarthen-Sy</h2><div class='card'><div class='head'>Students</div><ul>"
        "<li>Kaito Brennan-Mora (PhD)</li></ul></div>"
        "<div class='item'><div class='title'>Sterile neutrinos at fixed-target experiments</div>"
        "<div>Eamon Tregarthen-Sy (Halwick U.), Soraya Mbeki-Lund (Dorne Lab.)</div>"
        "<div>e-Print: 2301.00001 [hep-ph] · Published in: Phys.Lett.B 840 (2023) 137</div></div>"
        "</body></html>",
        "author.html",
        {
            ("Kaito Brennan-Mora", "advisor_phd", "Eamon Tregarthen-Sy", None, None),
            ("Eamon Tregarthen-Sy", "coauthor", "Soraya Mbeki-Lund", None, None),
        },
        {
            ("Soraya Mbeki-Lund", "advisor_other", "Eamon Tregarthen-Sy", None, None),
            ("Soraya Mbeki-Lund", "advisor_phd", "Eamon Tregarthen-Sy", None, None),
        },
    ),
}


EIGHTYFIFTH_BATCH_LAYOUTS = {
    "a-university-named-with-its-seat-after-at-or-in-keeps-it": (
        "<html><head><title>Ifeoma Brightwater-Soll</title></head><body>"
        "<h1>Ifeoma Brightwater-Soll</h1><h2>Education</h2><ul>"
        "<li>Ph.D., Geology, University of Tamsworth at Ridgefield, 2016</li>"
        "<li>M.Sc., Geophysics, Kovalenko University in Lvivka, 2011</li>"
        "<li>B.Sc., University of Tamsworth in September 2008</li></ul></body></html>",
        "cv.html",
        {
            (
                "Ifeoma Brightwater-Soll",
                "studied_at",
                "University of Tamsworth at Ridgefield",
                None,
                2016,
            ),
            ("Ifeoma Brightwater-Soll", "studied_at", "Kovalenko University in Lvivka", None, 2011),
        },
        {
            (
                "Ifeoma Brightwater-Soll",
                "studied_at",
                "University of Tamsworth at Ridgefield",
                None,
                2008,
            ),
            (
                "Ifeoma Brightwater-Soll",
                "studied_at",
                "University of Tamsworth in September",
                None,
                2008,
            ),
            ("Ifeoma Brightwater-Soll", "studied_at", "University of Tamsworth", None, 2016),
        },
    ),
    "a-quebec-style-universite-a-its-city-is-one-name": (
        "<html><head><title>Éloïse Tremblay-Nakamura</title></head><body>"
        "<h1>Éloïse Tremblay-Nakamura</h1><h2>Expérience</h2><ul>"
        "<li>2018 – : Professeure adjointe, Université du Haut-Saguenois à Port-Lévis</li>"
        "<li>2016 – 2018 : Chargée de cours à l'Université de Montferrand-les-Bains à Rivel."
        "</li></ul><h2>Formation</h2><ul><li>Ph. D., Université de Montferrand-les-Bains, 2017</li>"
        "</ul></body></html>",
        "profil.html",
        {
            (
                "Éloïse Tremblay-Nakamura",
                "employed_at",
                "Université du Haut-Saguenois à Port-Lévis",
                2018,
                None,
            )
        },
        {
            ("Éloïse Tremblay-Nakamura", "employed_at", "Université du Haut-Saguenois", 2018, None),
            (
                "Éloïse Tremblay-Nakamura",
                "employed_at",
                "Université de Montferrand-les-Bains à Rivel",
                2016,
                2018,
            ),
        },
    ),
    "a-department-named-after-several-fields-keeps-its-commas": (
        "<html><head><title>Rasmus Okafor-Lind</title></head><body><h1>Rasmus Okafor-Lind</h1>"
        "<p>Professor, Department of Chemical, Biological and Materials Engineering, "
        "Ostmark University</p><p>Membre du Département de génie chimique, biologique et "
        "des matériaux, Université de Valbrune.</p></body></html>",
        "about.html",
        {
            ("Rasmus Okafor-Lind", "employed_at", "Ostmark University", None, None),
            (
                "Department of Chemical, Biological and Materials Engineering",
                "part_of",
                "Ostmark University",
                None,
                None,
            ),
        },
        {
            ("Rasmus Okafor-Lind", "member_of", "Department of Chemical", None, None),
            ("Department of Chemical", "part_of", "Ostmark University", None, None),
        },
    ),
    "a-programme-and-its-funder-in-brackets-are-no-breadcrumb": (
        "<html><head><title>Tiago Vasconcelos-Brandt</title></head><body>"
        "<h1>Tiago Vasconcelos-Brandt</h1><h2>Positions</h2><ul>"
        "<li>2020–2023: Postdoctoral fellow (PDJ/FAPEMA), Institute of Physics, "
        "Federal University of Alto Paraíba</li></ul></body></html>",
        "cv.html",
        {
            (
                "Tiago Vasconcelos-Brandt",
                "employed_at",
                "Federal University of Alto Paraíba",
                2020,
                2023,
            )
        },
        {("FAPEMA", "part_of", "PDJ", None, None), ("PDJ", "part_of", "FAPEMA", None, None)},
    ),
    "a-bracketed-funding-note-after-a-post-keeps-the-post-and-its-host": (
        "# Yannick Le Floch-Amari\n\n## Parcours\n\n"
        "- **2019–2021** — post-doctorant (financement région/ANR) à l'Université de "
        "Kerlouan, dans l'équipe de Morwenna Cadiou-Lenz.\n",
        "index.md",
        {
            ("Yannick Le Floch-Amari", "employed_at", "Université de Kerlouan", 2019, 2021),
            ("Yannick Le Floch-Amari", "advisor_postdoc", "Morwenna Cadiou-Lenz", 2019, 2021),
        },
        set(),
    ),
    "a-stay-during-a-master-is-an-internship-in-english-and-french": (
        "<html><head><title>Nadia Oyelowo-Kern</title></head><body><h1>Nadia Oyelowo-Kern</h1>"
        "<h2>About</h2><p>While a master student I spent a three-month research stay in the "
        "group of Prof. Leopold Harkavy-Strand (2015).</p><h2>Parcours</h2><p>Pendant mon "
        "master, j'ai fait un séjour de quatre mois chez le Pr Gaëlle Marrec-Oduya (2016).</p>"
        "</body></html>",
        "about.html",
        {
            ("Nadia Oyelowo-Kern", "advisor_internship", "Leopold Harkavy-Strand", 2015, 2015),
            ("Nadia Oyelowo-Kern", "advisor_internship", "Gaëlle Marrec-Oduya", 2016, 2016),
        },
        {
            ("Nadia Oyelowo-Kern", "advisor_other", "Leopold Harkavy-Strand", 2015, 2015),
            ("Nadia Oyelowo-Kern", "advisor_phd", "Gaëlle Marrec-Oduya", 2016, 2016),
        },
    ),
    "an-inp-named-by-its-city-is-an-institution-and-no-page-owner": (
        "<html><head><title>Recrutement – Ingénieur d'études – Lorvanne INP</title></head>"
        "<body><h1>Ingénieur d'études en calcul scientifique</h1><p>Affectation : "
        "Laboratoire de Mécanique des Fluides, Lorvanne INP.</p><p>Le comité de sélection est "
        "présidé par Mme Odile Varennes-Kaba.</p></body></html>",
        "offre.html",
        set(),
        {
            ("Lorvanne Inp", "member_of", "Laboratoire de Mécanique des Fluides", None, None),
            ("Lorvanne INP", "member_of", "Laboratoire de Mécanique des Fluides", None, None),
        },
    ),
    "a-teaching-post-at-a-city-inp-is-employment-there": (
        "<html><head><title>Mattéo Guillou-Serra</title></head><body><h1>Mattéo Guillou-Serra"
        "</h1><h2>Career</h2><ul><li>2019–2021: ATER, Lorvanne INP</li></ul></body></html>",
        "cv.html",
        {("Mattéo Guillou-Serra", "employed_at", "Lorvanne INP", 2019, 2021)},
        set(),
    ),
    "a-quebec-pre-title-before-a-codirectrice-is-no-part-of-her-name": (
        "<html><head><title>Olivier Bergeron-Mwale</title></head><body><h1>Olivier "
        "Bergeron-Mwale</h1><h2>Formation</h2><ul><li>Ph. D. en génie minier, Université de "
        "Rochebrune, 2012. Directeur : Pr Hugues Lapointe-Sarr; codirectrice : Pre Nadège "
        "Fortin-Albers.</li></ul></body></html>",
        "profil.html",
        {("Olivier Bergeron-Mwale", "advisor_phd", "Nadège Fortin-Albers", None, 2012)},
        {("Olivier Bergeron-Mwale", "advisor_phd", "Pre Nadège Fortin-Albers", None, 2012)},
    ),
    "a-profile-card-position-heading-over-an-organisation-heading-is-the-post": (
        "<html><head><title>Marisa Quental-Obi</title></head><body><div class='portrait'>"
        "<h2>Marisa Quental-Obi</h2><h3>Postdoctoral Researcher</h3>"
        "<h3>Graduate Program in Zoology, State University of Bonsucesso</h3></div>"
        "<h1>Biography</h1><p>I study the thermal ecology of lizards.</p></body></html>",
        "index.html",
        {("Marisa Quental-Obi", "employed_at", "State University of Bonsucesso", None, None)},
        {("Marisa Quental-Obi", "studied_at", "State University of Bonsucesso", None, None)},
    ),
    "a-school-one-graduated-from-as-an-engineer-is-studies": (
        "<html><head><title>Capucine Derrien-Malka</title></head><body><h1>Capucine "
        "Derrien-Malka</h1><p>J'ai intégré l'École nationale supérieure d'hydraulique de "
        "Valcros, dont je suis sortie ingénieure en 2012.</p></body></html>",
        "accueil.html",
        {
            (
                "Capucine Derrien-Malka",
                "studied_at",
                "École Nationale Supérieure d'hydraulique de Valcros",
                None,
                2012,
            )
        },
        {
            (
                "Capucine Derrien-Malka",
                "employed_at",
                "École Nationale Supérieure d'hydraulique de Valcros",
                2012,
                2012,
            )
        },
    ),
    "a-card-sentence-working-with-a-given-name-names-the-full-name-written": (
        "<html><head><title>People – Dune Lab</title></head><body><h1>People</h1>"
        "<h2>Principal Investigator</h2><h3>Dr. Ottoline Marchetti-Rowe</h3>"
        "<p>Associate Professor</p><h2>Visitors</h2><h3>Kwame Adjei-Lindholm</h3>"
        "<p>Visiting master student, 2024</p><p>Kwame spent a four-month stay in the lab while "
        "a master student, working with Ottoline on dune grasses.</p></body></html>",
        "people.html",
        {("Kwame Adjei-Lindholm", "advisor_internship", "Ottoline Marchetti-Rowe", 2024, 2024)},
        set(),
    ),
    "a-graduate-school-of-a-university-is-a-part-and-the-university-the-studies": (
        "<html><head><title>Hugo Salazar-Wiik</title></head><body><h1>Hugo Salazar-Wiik</h1>"
        "<p>I wrote my doctoral thesis at the Graduate School of Economics of the University "
        "of Tolvern under the supervision of Prof. Agathe Mbaye-Lorentz, and defended it in "
        "2020.</p></body></html>",
        "about.html",
        {
            ("Hugo Salazar-Wiik", "studied_at", "University of Tolvern", None, 2020),
            ("Graduate School of Economics", "part_of", "University of Tolvern", None, None),
        },
        {
            (
                "Hugo Salazar-Wiik",
                "studied_at",
                "Graduate School of Economics of the University of Tolvern",
                None,
                2020,
            )
        },
    ),
    "an-owners-own-sentence-with-a-given-name-makes-it-no-advisor-of-the-owner": (
        "<html><head><title>Actualités | Maëlle Tanguy-Oduro</title></head><body>"
        "<h1>Actualités</h1><h2>Soutenance de Youenn</h2><p>Félicitations à Youenn "
        "Kerhoas-Mbaye pour sa soutenance de thèse, que j'ai dirigée, le 3 mars 2024.</p>"
        "<h2>Stage</h2><p>Bravo à Corentin Le Bras, stagiaire de M2 que j'ai encadré de mars à "
        "août 2024 avec Youenn : il poursuit en thèse à Brest.</p></body></html>",
        "actualites.html",
        {("Corentin Le Bras", "advisor_internship", "Maëlle Tanguy-Oduro", 2024, 2024)},
        {("Maëlle Tanguy-Oduro", "advisor_internship", "Youenn Kerhoas-Mbaye", 2024, 2024)},
    ),
    "a-masthead-post-takes-the-years-of-the-one-ongoing-entry-naming-it-without-place": (
        "<html><head><title>Ines Marchbank-Oyo</title></head><body><header><div>"
        "<div>Ines Marchbank-Oyo</div><div>Senior Lecturer · Centre for Coastal Law · "
        "Ardwick University</div></div></header><main><h1>About</h1><p>I have been a senior "
        "lecturer since 2021. I teach maritime law.</p><h2>Earlier posts</h2><ul><li>2016–2021: "
        "Lecturer, Tamsford University</li></ul></main></body></html>",
        "index.html",
        {
            ("Ines Marchbank-Oyo", "employed_at", "Ardwick University", 2021, None),
            ("Ines Marchbank-Oyo", "employed_at", "Tamsford University", 2016, 2021),
        },
        {("Ines Marchbank-Oyo", "employed_at", "Ardwick University", None, None)},
    ),
    "a-post-in-a-team-of-a-laboratory-is-a-membership-of-both": (
        "<html><head><title>Sterenn Le Gall-Osei</title></head><body><h1>Sterenn Le Gall-Osei"
        "</h1><p>Chargée de recherche CNRS, équipe Géodésie Spatiale, Laboratoire de "
        "Géosciences de Kerlouan, Université de Kerlouan</p><h2>Recherche</h2><p>Je mesure la "
        "déformation des côtes.</p></body></html>",
        "index.html",
        {
            ("Sterenn Le Gall-Osei", "member_of", "Géodésie Spatiale", None, None),
            (
                "Sterenn Le Gall-Osei",
                "member_of",
                "Laboratoire de Géosciences de Kerlouan",
                None,
                None,
            ),
        },
        set(),
    ),
    "an-internship-sentence-after-the-degree-gives-no-membership-of-the-host-lab": (
        "# Lénaïg Roudaut-Abiola\n\n## Parcours\n\n"
        "- **2013–2014** — Master 2 Informatique, Université de Kerlouan. Pendant ce master, "
        "stage de recherche de six mois au laboratoire Lirmos-Ouest, encadré par Judicaël "
        "Penven-Sall.\n",
        "index.md",
        {("Lénaïg Roudaut-Abiola", "advisor_internship", "Judicaël Penven-Sall", 2013, 2014)},
        {("Lénaïg Roudaut-Abiola", "member_of", "Lirmos-Ouest", 2013, 2014)},
    ),
}


EIGHTYSECOND_BATCH_LAYOUTS = {
    "a-report-names-its-staff-member-and-its-numbered-parts-name-the-lists": (
        "ANNUAL ACTIVITY REPORT 2023\n\nStaff member:        Dr Linnea Obradovic-Hale\n"
        "Position:            Senior Lecturer, School of Physics\n\n"
        "B.1  Research candidates supervised as principal supervisor\n"
        "     (current at 31/12/2023)\n\n"
        "     1. Casimir Ndlovu-Berg          PhD    commenced 02/2021    on track\n"
        "     2. Ilse Marrow-Quaye             PhD    commenced 09/2022    on track\n\n"
        "B.2  Examination of doctoral theses\n\n"
        "     External examiner, PhD thesis of Torvald Asante-Lind, Kellmoor University (2023)\n",
        "report.txt",
        {
            ("Casimir Ndlovu-Berg", "advisor_phd", "Linnea Obradovic-Hale", 2021, None),
            ("Ilse Marrow-Quaye", "advisor_phd", "Linnea Obradovic-Hale", 2022, None),
            ("Torvald Asante-Lind", "jury_examiner", "Linnea Obradovic-Hale", 2023, 2023),
        },
        {("Torvald Asante-Lind", "advisor_phd", "Linnea Obradovic-Hale", None, 2023)},
    ),
    "rows-of-cells-each-with-their-labelled-lines-are-one-entry-each": (
        "Dr Linnea Obradovic-Hale\nSenior Lecturer, University of Kellmoor\n\n"
        "PhD completions\n\n"
        "     Oren Fairweather-Diop             PhD    conferred 07/2023   (principal supervisor)\n"
        "        Thesis: Spin transport in layered magnets\n"
        "     Magda Sorensen-Ike                PhD    conferred 11/2023   (associate supervisor)\n"
        "        Principal supervisor: Prof. Anselm Korte-Baptiste\n",
        "report.txt",
        {
            ("Oren Fairweather-Diop", "advisor_phd", "Linnea Obradovic-Hale", None, 2023),
            ("Magda Sorensen-Ike", "advisor_phd", "Linnea Obradovic-Hale", None, 2023),
            ("Magda Sorensen-Ike", "advisor_phd", "Anselm Korte-Baptiste", None, 2023),
        },
        {
            ("Oren Fairweather-Diop", "advisor_phd", "Anselm Korte-Baptiste", None, 2023),
            ("Oren Fairweather-Diop", "advisor_phd", "Linnea Obradovic-Hale", 2023, None),
        },
    ),
    "a-prospective-students-faq-names-the-current-and-former-students": (
        "<html><head><title>Prospective students – Ewan Tashkentov-Reyes</title></head><body>"
        "<h1>Prospective students</h1><h2>FAQ</h2><details><summary>Can I talk to your "
        "students?</summary><p>Sure. My current PhD students are Noor Halvorsen-Abiola "
        "(started 2022) and Piet Umeadi-Carvalho (started 2024).</p></details><details>"
        "<summary>Do you take summer interns?</summary><p>Every summer I mentor one or two "
        "interns through the department's research programme. In 2024 I mentored Lio "
        "Brannigan-Sesay and Aurora Kettleby; in 2023, Tamsin Obi-Lachance.</p></details>"
        "<p>© 2024 Ewan Tashkentov-Reyes</p></body></html>",
        "faq.html",
        {
            ("Noor Halvorsen-Abiola", "advisor_phd", "Ewan Tashkentov-Reyes", 2022, None),
            ("Piet Umeadi-Carvalho", "advisor_phd", "Ewan Tashkentov-Reyes", 2024, None),
            ("Lio Brannigan-Sesay", "advisor_internship", "Ewan Tashkentov-Reyes", 2024, 2024),
            ("Aurora Kettleby", "advisor_internship", "Ewan Tashkentov-Reyes", 2024, 2024),
            ("Tamsin Obi-Lachance", "advisor_internship", "Ewan Tashkentov-Reyes", 2023, 2023),
        },
        {("Aurora Kettleby", "advisor_phd", "Ewan Tashkentov-Reyes", None, 2023)},
    ),
    "a-narrated-postdoc-stay-keeps-its-own-range": (
        "<html><head><title>Ewan Tashkentov-Reyes</title></head><body><h1>Prospective "
        "students</h1><h2>FAQ</h2><p>My current PhD students "
        "are Noor Halvorsen-Abiola (started 2022) and Piet Umeadi-Carvalho.</p><p>What have "
        "your former students gone on to do?</p><p>My first PhD graduate, Dr. Odile "
        "Brandt-Osei (2018), is now a research scientist at Pellworth Robotics. Dr. Greer "
        "Mbatha-Lowell, who was a postdoc in my group from 2019 to 2021, now leads the vision "
        "team at Quillon Labs."
        "</p></body></html>",
        "index.html",
        {("Greer Mbatha-Lowell", "advisor_postdoc", "Ewan Tashkentov-Reyes", 2019, 2021)},
        {("Ewan Tashkentov-Reyes", "employed_at", "Pellworth Robotics", None, 2018)},
    ),
    "completed-doctorates-name-phd-students-and-their-places-are-theirs": (
        "<html><body><h1>Ysolde Farquhar-Ansah</h1><p>I am a Reader in the Department of "
        "Geography at the University of Brackenmoor.</p><h2>Group</h2><p>I currently work "
        "with two doctoral students. Hamid Oyelaran-Storm (since 2022) studies river "
        "incision at the Corran Field Station. I also host two postdoctoral researchers: "
        "Dr. Ines Vukovic-Abara, a Leverhulme fellow (2021–2024), and Dr. Tomas Rieke-Nwosu, "
        "who came to us from the University of Duncairn in 2023.</p><h2>Alumni</h2><p>Two "
        "students have completed their doctorates with me so far: Wren Obuya-Castell (2017) "
        "and Kofi Lindahl-Marsh (2020).</p><p>I have also supervised a number of master's "
        "dissertations, most recently those of Elsa Moravec-Idowu (MSc 2023) and Ruari "
        "Achebe-Lund (MSc 2024).</p></body></html>",
        "index.html",
        {
            ("Hamid Oyelaran-Storm", "advisor_phd", "Ysolde Farquhar-Ansah", 2022, None),
            ("Ines Vukovic-Abara", "advisor_postdoc", "Ysolde Farquhar-Ansah", 2021, 2024),
            ("Tomas Rieke-Nwosu", "advisor_postdoc", "Ysolde Farquhar-Ansah", 2023, 2023),
            ("Wren Obuya-Castell", "advisor_phd", "Ysolde Farquhar-Ansah", None, 2017),
            ("Kofi Lindahl-Marsh", "advisor_phd", "Ysolde Farquhar-Ansah", None, 2020),
            ("Elsa Moravec-Idowu", "advisor_other", "Ysolde Farquhar-Ansah", 2023, 2023),
            ("Ruari Achebe-Lund", "advisor_other", "Ysolde Farquhar-Ansah", 2024, 2024),
        },
        {
            ("Ysolde Farquhar-Ansah", "studied_at", "Corran Field Station", 2022, None),
            ("Ysolde Farquhar-Ansah", "employed_at", "University of Duncairn", 2023, None),
            ("Wren Obuya-Castell", "advisor_other", "Ysolde Farquhar-Ansah", 2017, 2017),
        },
    ),
    "a-cv-line-hosted-postdocs-most-recently-names-them": (
        "# Curriculum Vitae\n\n**Osric Delacroix-Bamba**, Professor, University of Fennick\n\n"
        "## Research supervision\n\n* Hosted 4 postdoctoral researchers, most recently Dr. "
        "Juno Akintola-Weir (2018–2021) and Dr. Vesna Halloran-Pike (2022–present).\n",
        "cv.md",
        {
            ("Juno Akintola-Weir", "advisor_postdoc", "Osric Delacroix-Bamba", 2018, 2021),
            ("Vesna Halloran-Pike", "advisor_postdoc", "Osric Delacroix-Bamba", 2022, None),
        },
        set(),
    ),
    "a-french-register-dates-registration-and-defence-columns": (
        "<html><body><h1>Fiche d'activité</h1><table><tr><th>Nom, prénom</th><td>ROUVIÈRE-ADJOVI "
        "Maëlys</td></tr><tr><th>Établissement</th><td>Université de Carnelle</td></tr></table>"
        "<h2>Encadrement doctoral</h2><table><tr><th>Doctorant</th><th>1ère inscription</th>"
        "<th>Soutenance</th><th>Co-encadrant</th><th>Taux</th></tr><tr><td>Lucien Haddad-Morel"
        "</td><td>2019</td><td>10/2022</td><td>Agathe Perrin-Oyono (MCF)</td><td>50 %</td></tr>"
        "<tr><td>Sacha Benali-Fourcade</td><td>2022</td><td>en cours</td><td>—</td><td>100 %</td>"
        "</tr></table></body></html>",
        "fiche.html",
        {
            ("Lucien Haddad-Morel", "advisor_phd", "Maëlys Rouvière-Adjovi", 2019, 2022),
            ("Lucien Haddad-Morel", "advisor_phd", "Agathe Perrin-Oyono", 2019, 2022),
            ("Sacha Benali-Fourcade", "advisor_phd", "Maëlys Rouvière-Adjovi", 2022, None),
        },
        set(),
    ),
    "a-follow-up-committee-of-another-s-doctoral-student-is-no-jury": (
        "<html><body><h1>Armelle Dutilleul-Ngono</h1><p>Maîtresse de conférences, Université "
        "de Carnelle</p><h2>Jurys et comités</h2><ul><li>Membre du comité de suivi individuel "
        "(CSI) de Mathis Okafor-Lemaire, doctorant de Pr. Régine Sauvageot-Diallo (2024).</li>"
        "</ul></body></html>",
        "index.html",
        {("Mathis Okafor-Lemaire", "advisor_phd", "Régine Sauvageot-Diallo", None, None)},
        {
            ("Régine Sauvageot-Diallo", "jury_member", "Armelle Dutilleul-Ngono", 2024, 2024),
            ("Mathis Okafor-Lemaire", "jury_member", "Armelle Dutilleul-Ngono", 2024, 2024),
        },
    ),
    "a-service-page-opens-on-the-owner-s-post": (
        "<html><head><title>Service — Dr. Petra Lindqvist-Amadi</title></head><body>"
        "<h1>Service &amp; Outreach</h1><p>I am an Associate Professor in the Department of "
        "Botany at Harrowfield University. This page lists my service roles.</p><h2>Committees"
        "</h2><ul><li>Search committee (2023), chaired by Prof. Ugo Bassey-Rand.</li></ul>"
        "<p>© 2024 Petra Lindqvist-Amadi</p></body></html>",
        "service.html",
        {("Petra Lindqvist-Amadi", "employed_at", "Harrowfield University", None, None)},
        set(),
    ),
    "year-headings-date-their-entries-and-a-co-mentor-label-co-advises": (
        "<html><body><h1>Halldora Mensah-Quist</h1><p>Group leader at the Veldmoor Institute."
        "</p><h2>Mentoring</h2><h3>2024</h3><ul><li>Intern mentored: Rafe Adichie-Storm, MSc "
        "internship, 5 months (co-mentor: Dr. Ottilie Brandvold)</li></ul><h3>2023</h3><ul>"
        "<li>PhD student: Yara Deschamps-Obi joined as a PhD student (primary mentor)</li>"
        "</ul></body></html>",
        "index.html",
        {
            ("Rafe Adichie-Storm", "advisor_internship", "Halldora Mensah-Quist", 2024, 2024),
            ("Rafe Adichie-Storm", "advisor_internship", "Ottilie Brandvold", 2024, 2024),
            ("Yara Deschamps-Obi", "advisor_phd", "Halldora Mensah-Quist", 2023, None),
        },
        {("Yara Deschamps-Obi", "advisor_phd", "Halldora Mensah-Quist", None, 2023)},
    ),
    "committees-of-students-both-advised-by-a-colleague-are-that-colleague-s": (
        "<html><body><h1>Lorcan Abernathy-Soto</h1><p>Professor, Quenby Polytechnic "
        "University</p><h2>Dissertation committees</h2><p>I have served on the Ph.D. "
        "committees of Nadia Ferreira-Oyelowo (2021) and Bram Kiplagat-Holt (2022), both "
        "advised by Prof. Sunniva Adeyemi-Crane.</p></body></html>",
        "index.html",
        {
            ("Nadia Ferreira-Oyelowo", "advisor_phd", "Sunniva Adeyemi-Crane", None, 2021),
            ("Bram Kiplagat-Holt", "advisor_phd", "Sunniva Adeyemi-Crane", None, 2022),
            ("Nadia Ferreira-Oyelowo", "jury_member", "Lorcan Abernathy-Soto", 2021, 2021),
        },
        {("Nadia Ferreira-Oyelowo", "advisor_phd", "Lorcan Abernathy-Soto", None, 2021)},
    ),
    "a-teaching-page-opening-on-the-owner-s-post-states-the-employer": (
        "<html><head><title>Enseignement | Ombeline Kerhervé-Sow</title></head><body><h1>"
        "Enseignement et responsabilités</h1><p>Maîtresse de conférences en histoire à "
        "l'Université de Pontcallec depuis 2018, je suis membre du Laboratoire d'histoire "
        "des sociétés littorales.</p><h2>Cours</h2><ul><li>L1 « Histoire moderne ». Chargés de "
        "TD : Bastien Ollivier-Ndiaye.</li></ul><p>© 2025 Ombeline Kerhervé-Sow</p></body>"
        "</html>",
        "enseignement.html",
        {("Ombeline Kerhervé-Sow", "employed_at", "Université de Pontcallec", 2018, None)},
        {("Bastien Ollivier-Ndiaye", "advisor_phd", "Ombeline Kerhervé-Sow", None, None)},
    ),
    "a-profile-header-s-post-over-its-unit-chain-names-the-employer": (
        "<html><body><h1>Dr Ansel Okonkwo-Reyes</h1><div>Lecturer in Organic Chemistry</div>"
        "<div>School of Chemistry, University of Wexcombe</div><h2>Research</h2><p>Catalysis."
        "</p></body></html>",
        "index.html",
        {("Ansel Okonkwo-Reyes", "employed_at", "University of Wexcombe", None, None)},
        set(),
    ),
}


# Batch 84 (other European languages, 4th round: Danish and Swedish defence pages, a Polish
# staff page, a German role table, a Spanish group's members and a Spanish blog post, a
# Dutch research portal, an Italian CV's tutoring): one case per general rule.
EIGHTYFOURTH_BATCH_LAYOUTS = {
    "a-defence-headline-candidate-then-defends-verb-and-the-sections-date-line": (
        _html(
            "Kommende ph.d.-forsvar – Det Naturvidenskabelige Fakultet",
            "<h1>Kommende ph.d.-forsvar</h1>"
            "<h2>Sigrid Holmgaard Winther forsvarer sin ph.d.-afhandling</h2>"
            "<p>Torsdag den 5. december 2024 kl. 10.00, Auditorium A</p>"
            "<p>Bedømmelsesudvalg:</p><ul>"
            "<li>Professor Aksel Brandt Juhl, Fjordby Universitet (formand)</li>"
            "<li>Lektor Riikka Halonen, Pohjola Universitet</li></ul>"
            "<p>Vejleder: Professor Bo Kragh Eskildsen</p>"
            "<h2>Ph.d.-forsvar: Nikolaj Vestergaard</h2>"
            "<p>Fredag den 6. december 2024 kl. 13.00</p>"
            "<p>Vejleder: Lektor Trine Mølgaard</p>"
            "<p>Bedømmelsesudvalget består af lektor Ole Brink (formand) og dr. Hanne Vos, "
            "Jysk Energicentrum.</p>",
        ),
        "forsvar.html",
        {
            ("Nikolaj Vestergaard", "jury_president", "Ole Brink", 2024, 2024),
            ("Nikolaj Vestergaard", "jury_member", "Hanne Vos", 2024, 2024),
            ("Sigrid Holmgaard Winther", "jury_president", "Aksel Brandt Juhl", 2024, 2024),
            ("Sigrid Holmgaard Winther", "jury_member", "Riikka Halonen", 2024, 2024),
            ("Sigrid Holmgaard Winther", "advisor_phd", "Bo Kragh Eskildsen", None, 2024),
            ("Nikolaj Vestergaard", "advisor_phd", "Trine Mølgaard", None, 2024),
        },
        {
            ("Sigrid Holmgaard Winther", "jury_president", "Fjordby Universitet", 2024, 2024),
            ("Sigrid Holmgaard Winther", "jury_member", "Aksel Brandt Juhl", 2024, 2024),
            ("Nikolaj Vestergaard", "jury_member", "Jysk Energicentrum", 2024, 2024),
        },
    ),
    "a-role-then-a-copula-then-a-titled-name-in-other-languages-and-in-english": (
        _html(
            "Ph.d.-forsvar: Jonas Fjeldsted Krog",
            "<h1>Ph.d.-forsvar: Jonas Fjeldsted Krog</h1>"
            "<p>Hovedvejleder er lektor Ida Skovgaard Bech, og bivejleder er seniorforsker "
            "Palle Aagaard fra Havforskningsinstitut Nord.</p>"
            "<h2>English summary</h2><p>His main supervisor is associate professor Ida "
            "Skovgaard Bech.</p>",
        ),
        "forsvar-krog.html",
        {
            ("Jonas Fjeldsted Krog", "advisor_phd", "Ida Skovgaard Bech", None, None),
            ("Jonas Fjeldsted Krog", "advisor_phd", "Palle Aagaard", None, None),
        },
        set(),
    ),
    "a-candidate-column-written-for-both-genders-and-a-students-degree-in-its-cell": (
        _html(
            "Prof. Dr. Hildegard Quast – Fachgebiet Regelungstechnik",
            "<h1>Prof. Dr. Hildegard Quast</h1><h2>Promovierende</h2><table>"
            "<tr><th>Name</th><th>Thema</th><th>Rolle</th><th>Status</th></tr>"
            "<tr><td>Emre Yavuzcan, M.Sc.</td><td>Modellprädiktive Regelung</td>"
            "<td>Erstbetreuerin</td><td>seit 2021</td></tr></table>"
            "<h2>Mitwirkung in Promotionsverfahren</h2><table>"
            "<tr><th>Kandidat/in</th><th>Hochschule</th><th>Funktion</th><th>Jahr</th></tr>"
            "<tr><td>Larissa Brockhoff</td><td>Universität Tannfeld</td>"
            "<td>Zweitgutachterin</td><td>2022</td></tr></table>",
        ),
        "quast.html",
        {
            ("Emre Yavuzcan", "advisor_phd", "Hildegard Quast", 2021, None),
            ("Larissa Brockhoff", "jury_reviewer", "Hildegard Quast", 2022, 2022),
        },
        {
            ("Emre Yavuzcan", "advisor_other", "Hildegard Quast", 2021, None),
            ("Hildegard Quast", "jury_reviewer", "Larissa Brockhoff", 2022, 2022),
        },
    ),
    "a-studies-clause-then-und-then-the-doctorates-own-year-before-bei": (
        _html(
            "Dr. Wiebke Arntzen – Vita",
            "<h1>Dr. Wiebke Arntzen</h1><h2>Vita</h2><p>Wiebke Arntzen studierte von 2002 "
            "bis 2008 Geophysik an der Universität Moorhagen und wurde dort 2013 bei Prof. "
            "Dr. Gernot Ellerbrock mit einer Arbeit über Mikrobeben promoviert.</p>",
        ),
        "arntzen.html",
        {
            ("Wiebke Arntzen", "advisor_phd", "Gernot Ellerbrock", None, 2013),
            ("Wiebke Arntzen", "studied_at", "Universität Moorhagen", 2002, 2008),
        },
        {("Wiebke Arntzen", "advisor_phd", "Gernot Ellerbrock", 2002, 2008)},
    ),
    "a-blog-titles-short-name-takes-its-json-ld-authors-full-one-and-el-dr": (
        "<html><head><title>¡Defendida! – el blog de Nerea Goikoetxea</title>"
        '<script type="application/ld+json">{"@type":"BlogPosting","author":{"@type":'
        '"Person","name":"Nerea Goikoetxea Arrieta"}}</script></head><body>'
        "<h1>¡Defendida!</h1><p>El 3 de junio de 2024 defendí mi tesis doctoral, dirigida "
        "por la Dra. Itziar Lasa Mendiola.</p><p>El tribunal estuvo formado por el Dr. "
        "Xabier Olano Ruiz (presidente) y la Dra. Amaia Etxeberria Gil (secretaria). "
        "Gracias también a la estancia que hice en 2022.</p></body></html>",
        "defendida.html",
        {
            ("Nerea Goikoetxea Arrieta", "advisor_phd", "Itziar Lasa Mendiola", None, 2024),
            ("Nerea Goikoetxea Arrieta", "jury_president", "Xabier Olano Ruiz", 2024, 2024),
            ("Nerea Goikoetxea Arrieta", "jury_member", "Amaia Etxeberria Gil", 2024, 2024),
        },
        {("Nerea Goikoetxea", "advisor_phd", "Itziar Lasa Mendiola", None, 2024)},
    ),
    "a-spanish-groups-doctoral-students-table-and-its-defended-theses-fields": (
        _html(
            "Miembros | Grupo de Acústica Ambiental",
            "<h1>Miembros del grupo</h1><h2>Personal investigador en formación</h2><table>"
            "<tr><th>Doctorando/a</th><th>Tema de tesis</th><th>Dirección</th>"
            "<th>Inicio</th></tr><tr><td>Marcos Villegas Ortuño</td><td>Ruido urbano</td>"
            "<td>Dra. Elena Cabrera Solís</td><td>2022</td></tr></table>"
            "<h2>Tesis doctorales defendidas</h2><ul><li><em>Barreras acústicas</em>. "
            "Doctora: Lidia Santamaría Peral. Directores: Dra. Elena Cabrera Solís y Dr. "
            "Tomás Iriarte Bolea. Fecha de lectura: 14/02/2020.</li></ul>",
        ),
        "miembros.html",
        {
            ("Marcos Villegas Ortuño", "advisor_phd", "Elena Cabrera Solís", 2022, None),
            ("Lidia Santamaría Peral", "advisor_phd", "Elena Cabrera Solís", None, 2020),
            ("Lidia Santamaría Peral", "advisor_phd", "Tomás Iriarte Bolea", None, 2020),
        },
        set(),
    ),
    "a-polish-promotor-list-with-the-owners-auxiliary-role-and-reviews-of-theses": (
        _html(
            "dr hab. inż. Marek Sosnowski – Katedra Energetyki",
            "<h1>dr hab. inż. Marek Sosnowski</h1><h2>Przebieg kariery naukowej</h2><ul>"
            "<li>2010–2011 – staż podoktorski, Technische Universität Elbhafen, w grupie "
            "prof. Dr. Ulrike Wendland</li></ul><h2>Promotorstwa</h2>"
            "<h3>Zakończone przewody doktorskie</h3><ol>"
            "<li>dr inż. Ewa Kopczyńska, „Kotły fluidalne”, obrona 2019 (promotor pomocniczy;"
            " promotor: prof. dr hab. inż. Jan Wierzchoń)</li>"
            "<li>dr inż. Adam Rybicki, „Pompy ciepła”, obrona 2021 (promotor)</li></ol>"
            "<h2>Recenzje rozpraw doktorskich</h2><ul>"
            "<li>Tomasz Gajewski, „Magazyny ciepła”, Politechnika Odrzańska, 2022</li></ul>",
        ),
        "sosnowski.html",
        {
            ("Marek Sosnowski", "advisor_postdoc", "Ulrike Wendland", 2010, 2011),
            ("Ewa Kopczyńska", "advisor_phd", "Marek Sosnowski", None, 2019),
            ("Ewa Kopczyńska", "advisor_phd", "Jan Wierzchoń", None, 2019),
            ("Adam Rybicki", "advisor_phd", "Marek Sosnowski", None, 2021),
            ("Tomasz Gajewski", "jury_reviewer", "Marek Sosnowski", 2022, 2022),
        },
        {
            ("Adam Rybicki", "advisor_other", "Marek Sosnowski", 2021, 2021),
            ("Tomasz Gajewski", "jury_member", "Marek Sosnowski", 2022, 2022),
        },
    ),
    "a-research-portals-recent-output-lists-coauthors": (
        _html(
            "Wouter Brinkhorst - Onderzoeksportaal",
            "<h1>Wouter Brinkhorst, dr.</h1><h2>Recente onderzoeksoutput</h2><ul>"
            "<li><h4>Zoutindringing in polders</h4><p>Brinkhorst, W., Oudeman, K. &amp; "
            "Zijlstra, R., 2022, In: Water &amp; Bodem 17, 2, p. 3–9.</p>"
            "<p>Onderzoeksoutput: Bijdrage aan tijdschrift › Artikel</p></li></ul>",
        ),
        "brinkhorst.html",
        {
            ("Wouter Brinkhorst", "coauthor", "K. Oudeman", None, None),
            ("K. Oudeman", "coauthor", "R. Zijlstra", None, None),
        },
        set(),
    ),
    "a-chair-heading-on-one-defences-page-names-the-jurys-president": (
        _html(
            "Disputation: Maja Lindqvist-Ek – Kalendarium",
            "<h1>Disputation: Maja Lindqvist-Ek</h1><p>Datum: 3 maj 2024</p>"
            "<h2>Opponent</h2><p>Professor Tor Halvorsen, Bergvik universitet</p>"
            "<h2>Betygsnämnd</h2><ul><li>Docent Karl Strömgren, Åby universitet</li></ul>"
            "<h2>Ordförande</h2><p>Professor Eva Sundqvist, Institutionen för fysik</p>"
            "<h2>Handledare</h2><p>Huvudhandledare: Professor Nils Edholm</p>",
        ),
        "disputation.html",
        {
            ("Maja Lindqvist-Ek", "jury_reviewer", "Tor Halvorsen", 2024, 2024),
            ("Maja Lindqvist-Ek", "jury_member", "Karl Strömgren", 2024, 2024),
            ("Maja Lindqvist-Ek", "jury_president", "Eva Sundqvist", 2024, 2024),
            ("Maja Lindqvist-Ek", "advisor_phd", "Nils Edholm", None, 2024),
        },
        {("Maja Lindqvist-Ek", "jury_member", "Docent Karl Strömgren", 2024, 2024)},
    ),
    "an-italian-cvs-teaching-and-tutoring-section-lists-the-theses-supervised": (
        "CURRICULUM VITAE\n\nDott.ssa Giada Ferrazzano\n\nATTIVITÀ DIDATTICA E DI TUTORAGGIO\n\n"
        " - Relatrice di tesi di laurea magistrale: Matteo Lanzoni (2021), Chiara "
        "Bertolucci (2023).\n",
        "cv_ferrazzano.txt",
        {
            ("Matteo Lanzoni", "advisor_other", "Giada Ferrazzano", 2021, 2021),
            ("Chiara Bertolucci", "advisor_other", "Giada Ferrazzano", 2023, 2023),
        },
        set(),
    ),
}


EIGHTYSEVENTH_BATCH_LAYOUTS = {
    "a-news-item-opening-on-a-linking-adverb-or-an-apposition-is-that-students": (
        "<html><head><title>Bienvenue aux nouveaux doctorants - LIRA</title></head><body>"
        "<h1>Bienvenue aux nouveaux doctorants !</h1>"
        "<p>Le laboratoire accueille trois nouveaux doctorants cette année.</p>"
        "<p><strong>Apolline Vernet-Sakho</strong> rejoint l'équipe Vision et Robotique (VIRO)."
        " Sa thèse est dirigée par Clément Aubrac-Lindqvist.</p>"
        "<p><strong>Hugo Ramanantsoa</strong> intègre l'équipe Réseaux Sûrs pour une thèse"
        " CIFRE, sous la direction de Noémie Castagnet-Fall.</p>"
        "<p><strong>Inès Bouchareb-Morel</strong>, diplômée du master Informatique de"
        " l'Université de Brenne, commence une thèse codirigée par Noémie Castagnet-Fall et"
        " Pavel Horáček-Diouf.</p>"
        "<p>Enfin, <strong>Titouan Graveleau</strong> rejoint l'équipe VIRO, sous la direction"
        " de Clément Aubrac-Lindqvist.</p></body></html>",
        "actualites.html",
        {
            ("Apolline Vernet-Sakho", "advisor_phd", "Clément Aubrac-Lindqvist", None, None),
            ("Apolline Vernet-Sakho", "member_of", "Vision et Robotique", None, None),
            ("Hugo Ramanantsoa", "advisor_phd", "Noémie Castagnet-Fall", None, None),
            ("Inès Bouchareb-Morel", "advisor_phd", "Noémie Castagnet-Fall", None, None),
            ("Inès Bouchareb-Morel", "advisor_phd", "Pavel Horáček-Diouf", None, None),
            ("Titouan Graveleau", "advisor_phd", "Clément Aubrac-Lindqvist", None, None),
            ("Titouan Graveleau", "member_of", "Vision et Robotique", None, None),
        },
        {
            ("Hugo Ramanantsoa", "advisor_phd", "Apolline Vernet-Sakho", None, None),
            ("Inès Bouchareb-Morel", "advisor_other", "Apolline Vernet-Sakho", None, None),
            ("Inès Bouchareb-Morel", "advisor_phd", "Apolline Vernet-Sakho", None, None),
            ("Titouan Graveleau", "member_of", "VIRO", None, None),
        },
    ),
    "a-team-acronym-spelling-the-words-after-et-keeps-them-in-the-name": (
        "<html><head><title>Ewen Le Goff-Samaké</title></head><body><h1>Ewen Le Goff-Samaké</h1>"
        "<p>Depuis octobre 2024, je prépare une thèse au sein de l'équipe Géochimie des Sols et"
        " des Eaux (GSE) du Laboratoire des Sciences de la Terre de Cornouaille (LSTC), sous la"
        " direction de Rozenn Kervella-Ba.</p></body></html>",
        "a-propos.html",
        {
            ("Ewen Le Goff-Samaké", "member_of", "Géochimie des Sols et des Eaux", 2024, None),
            ("Ewen Le Goff-Samaké", "advisor_phd", "Rozenn Kervella-Ba", 2024, None),
        },
        {("Ewen Le Goff-Samaké", "member_of", "Géochimie des Sols", 2024, None)},
    ),
    "a-lab-named-with-commas-keeps-the-nouns-its-acronym-spells": (
        "<html><head><title>Armelle Tissot-Ngom</title></head><body><h1>Armelle Tissot-Ngom</h1>"
        "<h2>Parcours</h2><p>J'ai été recrutée maîtresse de conférences à l'Université de"
        " Vassivière en 2014, au sein du Laboratoire Textes, Images et Sociétés (TeXIS).</p>"
        "</body></html>",
        "parcours.html",
        {
            (
                "Armelle Tissot-Ngom",
                "member_of",
                "Laboratoire Textes, Images et Sociétés",
                2014,
                None,
            )
        },
        {("Armelle Tissot-Ngom", "member_of", "Laboratoire Textes", 2014, None)},
    ),
    "post-doctoraux-in-the-masculine-plural-are-postdocs": (
        "<html><head><title>Rémi Castellane-Obi</title></head><body><h1>Rémi Castellane-Obi</h1>"
        "<h2>Encadrements</h2><p>J'ai eu la chance d'accueillir trois chercheurs"
        " post-doctoraux, parmi lesquels Sung-min Kwon-Dubreuil (2016-2018) et Ilona"
        " Wierzbicka-Laval (2020-2022).</p></body></html>",
        "encadrement.html",
        {
            ("Sung-min Kwon-Dubreuil", "advisor_postdoc", "Rémi Castellane-Obi", 2016, 2018),
            ("Ilona Wierzbicka-Laval", "advisor_postdoc", "Rémi Castellane-Obi", 2020, 2022),
        },
        {("Sung-min Kwon-Dubreuil", "advisor_other", "Rémi Castellane-Obi", 2016, 2018)},
    ),
    "a-jury-list-ending-on-et-preside-par-gives-the-last-member-her-own-role": (
        "# Mathurin Oyarzabal-Sène\n\nMon jury de thèse (2021) était composé de Lise"
        " Fromentin-Adjei et Ragnar Solbakken (rapporteurs), Pauline Ezeani-Drouet"
        " (examinatrice), et présidé par Gilles Marquant-Tiendrebeogo.\n",
        "bio.md",
        {
            ("Mathurin Oyarzabal-Sène", "jury_reviewer", "Lise Fromentin-Adjei", 2021, 2021),
            ("Mathurin Oyarzabal-Sène", "jury_examiner", "Pauline Ezeani-Drouet", 2021, 2021),
            (
                "Mathurin Oyarzabal-Sène",
                "jury_president",
                "Gilles Marquant-Tiendrebeogo",
                2021,
                2021,
            ),
        },
        {("Mathurin Oyarzabal-Sène", "jury_president", "Pauline Ezeani-Drouet", 2021, 2021)},
    ),
    "after-a-thesis-the-main-clause-joins-one-body-its-acronym-spells-as-a-post": (
        "# Aïcha Verdier-Nakamura\n\nAprès une thèse soutenue en 2021 à l'Université de"
        " Saint-Flour (dir. Bertrand Oudin-Mbeki), j'ai rejoint en 2022 le Centre d'Études"
        " Alpines et Observatoire des Glaciers du Queyras (CEAOGQ) comme post-doctorante.\n",
        "bio.md",
        {
            ("Aïcha Verdier-Nakamura", "studied_at", "Université de Saint-Flour", None, 2021),
            (
                "Aïcha Verdier-Nakamura",
                "employed_at",
                "Centre d'Études Alpines et Observatoire des Glaciers du Queyras",
                2022,
                None,
            ),
        },
        {
            (
                "Aïcha Verdier-Nakamura",
                "studied_at",
                "Centre d'Études Alpines et Observatoire des Glaciers du Queyras",
                2022,
                None,
            ),
            ("Aïcha Verdier-Nakamura", "studied_at", "Centre d'Études Alpines", 2022, None),
        },
    ),
    "a-profile-exports-contract-kind-is-no-acronym-and-aujourdhui-au-is-a-post": (
        "Loïc Abgrall-Nwosu\nIngénieur de recherche\n\nInfos\nAncien doctorant du Laboratoire"
        " de Signal de Morlaix, aujourd'hui au Centre de Recherche des Abers.\n\nExpérience\n\n"
        "Chercheur postdoctoral\nHavbruksinstituttet-Nord · CDD\njanv. 2020 - août 2021 · 1 an"
        " 8 mois\n",
        "profil.txt",
        {
            ("Loïc Abgrall-Nwosu", "employed_at", "Havbruksinstituttet-Nord", 2020, 2021),
            ("Loïc Abgrall-Nwosu", "employed_at", "Centre de Recherche des Abers", None, None),
        },
        {
            ("Loïc Abgrall-Nwosu", "studied_at", "Centre de Recherche des Abers", None, None),
            ("Loïc Abgrall-Nwosu", "member_of", "CDD", 2020, 2021),
        },
    ),
    "jai-auparavant-co-encadre-avec-b-la-these-de-a": (
        "<html><head><title>Solène Marchal-Udeh</title></head><body><h1>Solène Marchal-Udeh</h1>"
        "<h2>Parcours</h2><p>J'ai auparavant co-encadré, avec Yves Trémolières-Kane, la thèse"
        " de Noé Pradier-Asante, soutenue en 2019.</p></body></html>",
        "parcours.html",
        {
            ("Noé Pradier-Asante", "advisor_phd", "Solène Marchal-Udeh", None, 2019),
            ("Noé Pradier-Asante", "advisor_phd", "Yves Trémolières-Kane", None, 2019),
        },
        set(),
    ),
    "the-body-granting-a-rank-on-a-liste-daptitude-is-no-unit": (
        "<html><head><title>Pr Mamadou Sall-Diagne</title></head><body>"
        "<h1>Pr Mamadou Sall-Diagne</h1><h3>Parcours</h3><p>Recruté comme assistant à"
        " l'Université de Ziguinchor-Casamance en 2008, j'ai été inscrit sur la liste d'aptitude"
        " aux fonctions de Maître-Assistant du CAMES en 2011. J'ai été reçu au concours"
        " d'agrégation de physique du CAMES en 2017.</p></body></html>",
        "enseignant.html",
        {
            (
                "Mamadou Sall-Diagne",
                "employed_at",
                "Université de Ziguinchor-Casamance",
                2008,
                None,
            ),
        },
        {
            ("Mamadou Sall-Diagne", "member_of", "CAMES", 2011, None),
            ("Mamadou Sall-Diagne", "member_of", "CAMES", 2017, 2017),
        },
    ),
    "the-most-recent-theses-are-those-of-a-de-b-et-de-c": (
        "<html><head><title>Odile Ferrandi-Mensah</title></head><body>"
        "<h1>Odile Ferrandi-Mensah</h1>"
        "<h2>Encadrements</h2><p>J'ai encadré ou co-encadré six thèses, dont celles de Yanis"
        " Corbel (2008-2011) et de Maud Okeke-Lavigne (2011-2014). Les trois plus récentes sont"
        " celles d'Éric Taillandier-Sy (2016-2019), de Lou Basset-Kamara (2018-2021) et de"
        " Nour Haddad-Quentel (2020-2023).</p></body></html>",
        "encadrement.html",
        {
            ("Yanis Corbel", "advisor_phd", "Odile Ferrandi-Mensah", 2008, 2011),
            ("Éric Taillandier-Sy", "advisor_phd", "Odile Ferrandi-Mensah", 2016, 2019),
            ("Lou Basset-Kamara", "advisor_phd", "Odile Ferrandi-Mensah", 2018, 2021),
            ("Nour Haddad-Quentel", "advisor_phd", "Odile Ferrandi-Mensah", 2020, 2023),
        },
        set(),
    ),
}


# Batch 89 (researchers' pages in English from Africa, the Middle East, Latin America and
# Australasia): the owner's role as a heading over students, degree-and-role headings,
# "Thesis direction", a funder's acronym in a student entry, the lead-in of a co-supervised
# list, co-promoters, a lab "of the Technical University of X", engineering degrees, doctoral
# sandwich stays, examining headings read as names.
EIGHTYNINTH_BATCH_LAYOUTS = {
    "a-role-heading-over-students-is-the-owners-role": (
        "<html><head><title>Nadim Sarkis-Hobeika</title></head><body>"
        "<h1>Nadim Sarkis-Hobeika</h1><p>Associate Professor, Mount Sannine University.</p>"
        "<h2>Graduate Students</h2><h3>Thesis advisor</h3><ul>"
        "<li>Rima Tabet-Azar, PhD (expected 2027)</li>"
        "<li>Fadi Moukarzel, ME thesis (2020)</li></ul></body></html>",
        "profile.html",
        {
            ("Fadi Moukarzel", "advisor_other", "Nadim Sarkis-Hobeika", 2020, 2020),
        },
        {
            ("Nadim Sarkis-Hobeika", "advisor_phd", "Rima Tabet-Azar", None, None),
            ("Nadim Sarkis-Hobeika", "advisor_phd", "Fadi Moukarzel", None, None),
            ("Nadim Sarkis-Hobeika", "studied_at", "ME", None, None),
        },
    ),
    "a-degree-heading-with-the-owners-role-in-brackets-lists-students": (
        "CURRICULUM VITAE\n\nProf. Annelie Vermaak-Dube\n\nEMPLOYMENT\n\n"
        "2018 – present   Professor, Karoo Ridge University\n\n"
        "POSTGRADUATE STUDENTS SUPERVISED\n\n"
        "Masters (as supervisor / co-supervisor)\n\n"
        "   Pieter Lourens Swart         MSc Agric 2017    Supervisor\n"
        "   Lindiwe Grace Mthembu        MSc       2021    Co-supervisor\n",
        "cv.txt",
        {
            ("Pieter Lourens Swart", "advisor_other", "Annelie Vermaak-Dube", 2017, 2017),
            ("Lindiwe Grace Mthembu", "advisor_other", "Annelie Vermaak-Dube", 2021, 2021),
        },
        {
            ("Annelie Vermaak-Dube", "advisor_other", "Pieter Lourens Swart", 2017, 2017),
            ("Annelie Vermaak-Dube", "advisor_other", "Lindiwe Grace Mthembu", 2021, 2021),
        },
    ),
    "thesis-direction-lists-the-owners-students": (
        "---\ntitle: About\nauthor: Inés Barragán Olvera\n---\n\n# Inés Barragán Olvera\n\n"
        "Research Professor at the Autonomous University of Tepalcingo.\n\n"
        "## Thesis direction\n\n### Doctoral\n\n"
        "* **Rodrigo Anaya Cisneros** (2016–2020), *Optimal stopping on trees*.\n\n"
        "### Master's\n\n* Lucía Peralta Gómez (2019)\n",
        "about.md",
        {
            ("Rodrigo Anaya Cisneros", "advisor_phd", "Inés Barragán Olvera", 2016, 2020),
            ("Lucía Peralta Gómez", "advisor_other", "Inés Barragán Olvera", 2019, 2019),
        },
        set(),
    ),
    "a-funders-acronym-in-a-student-entry-is-no-exam-jury": (
        "<html><head><title>Talita Queiroz Lemos</title></head><body>"
        "<h1>Talita Queiroz Lemos</h1><p>Associate Professor, Federal University of Ipuranga.</p>"
        "<h2>Advising</h2><h3>Ph.D.</h3><ul>"
        "<li>Caio Ventura Paixão – 2020–present. CAPES fellowship.</li>"
        "<li>Marina Lobo Furtado – 2017–2021. CNPq fellowship.</li></ul></body></html>",
        "cv.html",
        {
            ("Caio Ventura Paixão", "advisor_phd", "Talita Queiroz Lemos", 2020, None),
            ("Marina Lobo Furtado", "advisor_phd", "Talita Queiroz Lemos", 2017, 2021),
        },
        set(),
    ),
    "a-co-advisor-heading-keeps-the-owner-beside-the-advisor-named": (
        "<html><head><title>Talita Queiroz Lemos</title></head><body>"
        "<h1>Talita Queiroz Lemos</h1><p>Associate Professor, Federal University of Ipuranga.</p>"
        "<h2>Advising</h2><h3>Ph.D. (as co-advisor / coorientadora)</h3><ul>"
        "<li>Otávio Reis Campelo – 2019–2023 (advisor: Prof. Dr. Ernesto Bauer-Lins).</li>"
        "</ul></body></html>",
        "cv.html",
        {
            ("Otávio Reis Campelo", "advisor_phd", "Talita Queiroz Lemos", 2019, 2023),
            ("Otávio Reis Campelo", "advisor_phd", "Ernesto Bauer-Lins", 2019, 2023),
        },
        set(),
    ),
    "a-lead-in-as-second-supervisor-keeps-the-owner": (
        "CURRICULUM VITAE\nDR. ACHIENG MERCY WAFULA\nSenior Lecturer, Lakeside University\n\n"
        "POSTGRADUATE SUPERVISION\n"
        "Completed PhD students (as second supervisor):\n"
        "  1. Daudi Kiprop Langat - PhD Statistics, 2020 (first supervisor: Prof. Esther "
        "Moraa Nyaboke)\n",
        "cv.txt",
        {
            ("Daudi Kiprop Langat", "advisor_phd", "Achieng Mercy Wafula", None, 2020),
            ("Daudi Kiprop Langat", "advisor_phd", "Esther Moraa Nyaboke", None, 2020),
        },
        set(),
    ),
    "a-co-promoter-label-names-the-owners-second-advisor": (
        "Jana Olivier-Sithole\nCURRICULUM VITAE\n\nQUALIFICATIONS\n\n"
        "PhD (Botany)      Karoo Ridge University     2012\n"
        "     Promoter: Prof. Gerrit van Heerden-Louw\n"
        "     Co-promoter: Dr. Thandi Mabuza-Kriel\n",
        "cv.txt",
        {
            ("Jana Olivier-Sithole", "advisor_phd", "Gerrit van Heerden-Louw", None, 2012),
            ("Jana Olivier-Sithole", "advisor_phd", "Thandi Mabuza-Kriel", None, 2012),
        },
        set(),
    ),
    "a-laboratory-of-the-technical-university-is-its-part": (
        "<html><head><title>Samir Aoun</title></head><body><h1>Samir Aoun</h1>"
        "<p>Samir Aoun joined Litani University in 2016. Before that he was a postdoctoral "
        "researcher at the Coastal Dynamics Laboratory of the Technical University of Harlingen "
        "(2014–2016).</p></body></html>",
        "bio.html",
        {
            ("Samir Aoun", "employed_at", "Technical University of Harlingen", 2014, 2016),
            (
                "Coastal Dynamics Laboratory",
                "part_of",
                "Technical University of Harlingen",
                None,
                None,
            ),
        },
        {
            (
                "Samir Aoun",
                "member_of",
                "Coastal Dynamics Laboratory of the Technical University of Harlingen",
                2014,
                2016,
            ),
        },
    ),
    "a-sandwich-scholars-host-advises-a-stay-no-post": (
        "<html><head><title>Efua Ansah-Baidoo</title></head><body><h1>Efua Ansah-Baidoo</h1>"
        "<p>Lecturer, Kintampo University.</p><h2>Education</h2>"
        "<ul><li>PhD, Kintampo University (2016)</li></ul>"
        "<p>As a DAAD sandwich scholar she spent 2014 at the Institute of Rural Economics, "
        "University of Weissbach, Germany, hosted by Prof. Dr. Konrad Albrecht.</p>"
        "</body></html>",
        "profile.html",
        {("Efua Ansah-Baidoo", "advisor_other", "Konrad Albrecht", 2014, 2014)},
        {("Efua Ansah-Baidoo", "employed_at", "University of Weissbach", 2014, 2014)},
    ),
    "an-examining-heading-is-no-student": (
        "CURRICULUM VITAE\nPROF. MUTHONI WAIRIMU KARIUKI\nAssociate Professor, Lakeside "
        "University\n\nPOSTGRADUATE SUPERVISION\nCompleted PhD students:\n"
        "  1. Kevin Otieno Were - PhD Epidemiology, 2019\n\nEXTERNAL EXAMINER\n"
        "  - External examiner, MSc Epidemiology, Tana River University (2016 - 2019).\n",
        "cv.txt",
        {("Kevin Otieno Were", "advisor_phd", "Muthoni Wairimu Kariuki", None, 2019)},
        {("External Examiner", "advisor_other", "Muthoni Wairimu Kariuki", 2016, 2019)},
    ),
}


EIGHTYEIGHTH_BATCH_LAYOUTS = {
    "a-spanish-doctorandos-heading-lists-students-with-double-surnames": (
        "<html><head><title>Miembros - Grupo de Óptica Cuántica</title></head><body>"
        "<h1>Miembros del grupo</h1><h2>Profesorado</h2><ul>"
        "<li>Dra. Inmaculada de los Remedios Barrueco-Ansó</li>"
        "<li>Dr. Bernardo Saavedra y Lluch</li></ul><h2>Doctorandos</h2><ul>"
        "<li>Nerea Oyarzábal Ituarte (desde 2022). Tesis dirigida por Bernardo Saavedra y "
        "Lluch y Inmaculada de los Remedios Barrueco-Ansó.</li>"
        "<li>Rubén Castañar Pou (desde 2023). Directora: Dra. I. R. Barrueco-Ansó.</li>"
        "</ul></body></html>",
        "miembros.html",
        {
            ("Nerea Oyarzábal Ituarte", "advisor_phd", "Bernardo Saavedra y Lluch", 2022, None),
            (
                "Nerea Oyarzábal Ituarte",
                "advisor_phd",
                "Inmaculada de los Remedios Barrueco-Ansó",
                2022,
                None,
            ),
            (
                "Rubén Castañar Pou",
                "advisor_phd",
                "Inmaculada de los Remedios Barrueco-Ansó",
                2023,
                None,
            ),
        },
        {("Rubén Castañar Pou", "advisor_phd", "R. Barrueco-Ansó", 2023, None)},
    ),
    "a-research-portal-thesis-record-turns-its-author-and-supervisors-round": (
        "<html><head><title>Marijke van Dalfsen - Research Portal</title></head><body>"
        "<h1>Marijke van Dalfsen, Dr.</h1><h2>Supervised work</h2><ul><li>"
        "<h3>Tidal sediment fluxes in a changing delta</h3>"
        "<p>Doctoral Thesis 1 (Research UT, graduation UT)</p>"
        "<p>Zwanenburg, Hidde, 8 Oct 2024, Universiteit Terhorne. 201 p.</p>"
        "<p>Supervisors: Dalfsen, M. van (Supervisor) &amp; Kooiman, R. ter (Co-supervisor)</p>"
        "</li></ul></body></html>",
        "profile.html",
        {
            ("Hidde Zwanenburg", "advisor_phd", "Marijke van Dalfsen", None, 2024),
            ("Hidde Zwanenburg", "advisor_phd", "R. ter Kooiman", None, 2024),
        },
        {("Hidde Zwanenburg", "advisor_phd", "R. Ter", None, 2024)},
    ),
    "sorting-forms-with-particles-after-the-initials-are-one-author-each": (
        "<html><head><title>Research output - Geert Hofstede-Lam</title></head><body>"
        "<h1>Geert Hofstede-Lam</h1><h2>Research output</h2><ul>"
        "<li>Hofstede-Lam, G., Berg, P. van den &amp; Velde, A. ter, 2022, In: Journal of "
        "Hydrology. 612, 128101.</li></ul></body></html>",
        "output.html",
        {
            ("Geert Hofstede-Lam", "coauthor", "P. van den Berg", None, None),
            ("Geert Hofstede-Lam", "coauthor", "A. ter Velde", None, None),
            ("P. van den Berg", "coauthor", "A. ter Velde", None, None),
        },
        {("Geert Hofstede-Lam", "coauthor", "P. Berg", None, None)},
    ),
    "an-arabic-article-hyphened-to-a-family-name-is-part-of-it": (
        "<html><head><title>Samir Haddad-Benali</title></head><body><h1>Samir Haddad-Benali</h1>"
        "<h2>Education</h2><ul><li>Ph.D., University of Wadi Tamr, 2014. Advisor: Prof. Layla "
        "al-Rashidi. Examiners: Dr. Karim el-Sayed (external), Dr. Huda Nasser (internal).</li>"
        '</ul><h2>Publications</h2><ol><li>S. Haddad-Benali, L. Al-Rashidi, "Sparse '
        'beamforming", IEEE Trans. Signal Process., 2015.</li></ol></body></html>',
        "cv.html",
        {
            ("Samir Haddad-Benali", "advisor_phd", "Layla al-Rashidi", None, 2014),
            ("Samir Haddad-Benali", "jury_examiner", "Karim el-Sayed", 2014, 2014),
            ("Samir Haddad-Benali", "coauthor", "Layla al-Rashidi", None, None),
        },
        {("Samir Haddad-Benali", "coauthor", "L. Al-Rashidi", None, None)},
    ),
    "an-apa-list-with-a-generational-suffix-and-a-mononym-keeps-every-author": (
        "# Papers\n\n1. Quillon, A., Marwick, Z., Suparman, & Whitcombe, T. J., Jr. (2021). "
        "Seagrass loss on sheltered coasts. *Oikos*, 8, 1-9.\n"
        "2. Barlow, D., III, & Quillon, A. (2023). Drone surveys of kelp. *Ecology*, 4, 1-5.\n",
        "papers.md",
        {
            ("A. Quillon", "coauthor", "Suparman", None, None),
            ("Suparman", "coauthor", "T. J. Whitcombe", None, None),
            ("Z. Marwick", "coauthor", "T. J. Whitcombe", None, None),
            ("D. Barlow", "coauthor", "A. Quillon", None, None),
        },
        {
            ("A. Quillon", "coauthor", "Jr", None, None),
            ("D. Barlow", "coauthor", "Iii", None, None),
        },
    ),
    "a-korean-student-written-family-first-with-a-hyphened-given-name": (
        "<html><head><title>Dong-hyun Seo</title></head><body><h1>Dong-hyun Seo</h1>"
        "<h2>Students</h2><h3>M.S. students</h3><ul><li>Yoon Ha-eun (2023 – 2025)</li></ul>"
        "</body></html>",
        "index.html",
        {("Ha-eun Yoon", "advisor_other", "Dong-hyun Seo", 2023, 2025)},
        {("Yoon Ha-eun", "advisor_other", "Dong-hyun Seo", 2023, 2025)},
    ),
    "an-icelandic-initial-does-not-end-a-co-supervisor-list": (
        "<html><head><title>Ragna Kolbeinsdóttir</title></head><body>"
        "<h1>Ragna Kolbeinsdóttir</h1><p>I work with Prof. Sveinn Þór Ármannsson.</p>"
        "<h2>PhD students</h2><ul><li>Hrefna Björk Lárusdóttir (2024 – ), co-supervised "
        "with S. Þ. Ármannsson</li></ul></body></html>",
        "index.html",
        {
            (
                "Hrefna Björk Lárusdóttir",
                "advisor_phd",
                "Sveinn Þór Ármannsson",
                2024,
                None,
            ),
            ("Hrefna Björk Lárusdóttir", "advisor_phd", "Ragna Kolbeinsdóttir", 2024, None),
        },
        set(),
    ),
    "examiners-told-after-the-defence-take-its-year-not-the-next-sentences": (
        "---\ntitle: About\n---\n\nI am a lecturer at the University of Ballykeel. I "
        "completed my PhD at the University of Ballykeel in 2015 under the supervision of "
        "Prof. Nuala Ní Fhloinn. My examiners were Dr. Tadhg Ó Ceallaigh (external) and Dr. "
        "Orla Devane (internal). I then spent three years (2015–2018) as a postdoc in "
        "Lisbon.\n\n*Eimear Ó Dálaigh*\n",
        "about.md",
        {
            ("Eimear Ó Dálaigh", "jury_examiner", "Tadhg Ó Ceallaigh", 2015, 2015),
            ("Eimear Ó Dálaigh", "jury_examiner", "Orla Devane", 2015, 2015),
        },
        {("Eimear Ó Dálaigh", "jury_examiner", "Tadhg Ó Ceallaigh", 2018, 2018)},
    ),
    "a-doctorate-abbreviation-opening-a-student-item-is-its-kind": (
        "<html><head><title>Ji-woo Han</title></head><body><h1>Ji-woo Han</h1>"
        "<h2>Students</h2><ul><li>Ph.D. Ada Quillfeather (2023 – )</li>"
        "<li>Ph.D. Lee Da-som (2022 – )</li></ul></body></html>",
        "index.html",
        {
            ("Ada Quillfeather", "advisor_phd", "Ji-woo Han", 2023, None),
            ("Da-som Lee", "advisor_phd", "Ji-woo Han", 2022, None),
        },
        {("D. Ada Quillfeather", "advisor_phd", "Ji-woo Han", 2023, None)},
    ),
    "a-spanish-former-members-list-tells-a-doctora-and-her-directores": (
        "<html><head><title>Miembros - Grupo de Robótica Marina</title></head><body>"
        "<h1>Miembros</h1><h2>Investigador principal</h2><p>Dr. Íñigo Zubeldia Arrieta</p>"
        "<h2>Antiguos miembros</h2><ul><li>Dra. Maite Goñi-Larrañaga — doctora en 2020 "
        "(directores: Íñigo Zubeldia Arrieta), ahora en la Universidad de Basaburua.</li>"
        "</ul></body></html>",
        "miembros.html",
        {("Maite Goñi-Larrañaga", "advisor_phd", "Íñigo Zubeldia Arrieta", None, 2020)},
        {("Maite Goñi-Larrañaga", "advisor_other", "Íñigo Zubeldia Arrieta", 2020, 2020)},
    ),
    "a-habilitated-supervisor-is-named-after-dr-habil": (
        "Bence Aradi-Kun\nCurriculum Vitae\n\nEDUCATION\n"
        "2012 – 2016   Ph.D. in Chemistry, Budavári University of Technology\n"
        "              Supervisor: Dr. habil. Zsolt Révész-Halmi\n",
        "cv.txt",
        {("Bence Aradi-Kun", "advisor_phd", "Zsolt Révész-Halmi", 2012, 2016)},
        set(),
    ),
}


NINETIETH_BATCH_LAYOUTS = {
    "a-service-item-leading-a-nested-list-of-thesis-juries-heads-its-sub-items": (
        "<html><body><h1>Gaëtane Lesueur-Abiola</h1><p>Maîtresse de conférences, Université "
        "de Quimperlé.</p><h2>Activités collectives</h2><ul><li>Relectrice pour la Revue "
        "d'Automatique</li><li>Participation à 4 jurys de thèse dont 1 comme rapporteure :<ul>"
        "<li>Noé Castagnet-Umba (Université de Morlaix, 2021), rapporteure</li>"
        "<li>Inès Varvaressos (Université de Quimperlé, 2023), examinatrice</li></ul></li>"
        "<li>Membre de comités de sélection (2022)</li></ul></body></html>",
        "cv.html",
        {
            ("Noé Castagnet-Umba", "jury_reviewer", "Gaëtane Lesueur-Abiola", 2021, 2021),
            ("Inès Varvaressos", "jury_examiner", "Gaëtane Lesueur-Abiola", 2023, 2023),
        },
        set(),
    ),
    "a-markdown-lead-in-item-with-counts-over-nested-jury-items": (
        "# Gaëtane Lesueur-Abiola\n\nMaîtresse de conférences, Université de Quimperlé.\n\n"
        "## Activités collectives\n\n- Relectrice pour la Revue d'Automatique\n"
        "- Participation à 4 jurys de thèse dont 1 comme rapporteure :\n"
        "  - Noé Castagnet-Umba (Université de Morlaix, 2021), rapporteure\n"
        "  - Inès Varvaressos (Université de Quimperlé, 2023), présidente du jury\n",
        "cv.md",
        {
            ("Noé Castagnet-Umba", "jury_reviewer", "Gaëtane Lesueur-Abiola", 2021, 2021),
            ("Inès Varvaressos", "jury_president", "Gaëtane Lesueur-Abiola", 2023, 2023),
        },
        set(),
    ),
    "a-service-list-phd-examiner-for-and-a-committee-of-someones-habilitation": (
        "<html><body><h1>Leopold Ashgrove-Tanaka</h1><p>Professor, University of Brenmouth</p>"
        "<h2>Service</h2><ul><li>Reviewer for the Journal of Fluvial Studies</li>"
        "<li>PhD examiner for Marit Solvang-Achebe (University of Tarnwick, 2022)</li>"
        "<li>Member of the committee of Fabrice Oyono-Lacombe's habilitation (Université de "
        "Castelnaudry, 2024)</li><li>Member of the editorial board of Fluvial Letters</li>"
        "<li>Member of the hiring committee for a lecturer post (2023)</li></ul></body></html>",
        "cv.html",
        {
            ("Marit Solvang-Achebe", "jury_examiner", "Leopold Ashgrove-Tanaka", 2022, 2022),
            ("Fabrice Oyono-Lacombe", "jury_member", "Leopold Ashgrove-Tanaka", 2024, 2024),
        },
        set(),
    ),
    "an-annual-report-paragraph-candidate-with-bracketed-supervisor-defended-on-a-day": (
        "<html><body><h1>Annual Report 2024</h1><h2>Doctoral defences</h2>"
        "<p><strong>Ysolde Karangwa-Pike</strong> (supervisor: Dr Anselm Vaaler) defended on "
        "12 March 2024. The jury comprised Dr Marguerite Ostrander (Tidewell Institute), "
        "reviewer; and Prof. Casimir Lindqvist-Ade, chair.</p></body></html>",
        "report.html",
        {
            ("Ysolde Karangwa-Pike", "advisor_phd", "Anselm Vaaler", None, 2024),
            ("Ysolde Karangwa-Pike", "jury_reviewer", "Marguerite Ostrander", 2024, 2024),
            ("Ysolde Karangwa-Pike", "jury_president", "Casimir Lindqvist-Ade", 2024, 2024),
        },
        {("Anselm Vaaler", "jury_member", "Ysolde Karangwa-Pike", 2024, 2024)},
    ),
}


NINETYFIRST_BATCH_LAYOUTS = {
    "an-irish-ollscoil-and-a-research-programme-employ-in-turn": (
        "<html><head><title>Dr Aoife Ní Riain</title></head><body><h1>Dr Aoife Ní Riain</h1>"
        "<p>Aoife Ní Riain is a hydrologist. After a postdoctoral fellowship at the "
        "Universidade do Vale Escuro she moved to the Burren Karst Research Programme "
        "(2015–2018), then joined Ollscoil na Coille as a lecturer in 2018.</p></body></html>",
        "profile.html",
        {
            ("Aoife Ní Riain", "employed_at", "Burren Karst Research Programme", 2015, 2018),
            ("Aoife Ní Riain", "employed_at", "Ollscoil na Coille", 2018, None),
            ("Aoife Ní Riain", "employed_at", "Universidade do Vale Escuro", None, None),
        },
        {("Aoife Ní Riain", "employed_at", "Ollscoil na Coille", 2018, 2018)},
    ),
    "a-company-by-its-dotted-legal-form-employs-and-puis-opens-its-clause": (
        "<html><head><title>Accueil – Maëlys Tronchet-Baud</title></head><body>"
        '<header><a class="brand" href="/">M. Tronchet-Baud</a></header><h1>Accueil</h1>'
        "<p>Après ma thèse, j'ai rejoint la Fondation Littorale de Kerhuon comme ingénieure "
        "(2012-2016), puis la société Sablinor S.A.R.L. (2016-2019), avant d'être recrutée "
        "au CNRS en 2019.</p></body></html>",
        "index.html",
        {
            ("Maëlys Tronchet-Baud", "employed_at", "Fondation Littorale de Kerhuon", 2012, 2016),
            ("Maëlys Tronchet-Baud", "employed_at", "Sablinor S.A.R.L.", 2016, 2019),
            ("Maëlys Tronchet-Baud", "employed_at", "CNRS", 2019, None),
        },
        {("M. Tronchet-Baud", "employed_at", "CNRS", 2019, None)},
    ),
    "an-english-cv-names-an-s-a-employer-and-a-finnish-yliopisto": (
        "# Teemu Rautavaara-Diaz\n\n## Experience\n\n"
        "**Data Scientist** — Veltrona Systems S.A., Geneva\n*2019 – 2022*\n\n"
        "## Education\n\n**MSc (Tech.)**, Pohjois-Karjalan Yliopisto, 2015\n",
        "cv.md",
        {
            ("Teemu Rautavaara-Diaz", "employed_at", "Veltrona Systems S.A.", 2019, 2022),
            ("Teemu Rautavaara-Diaz", "studied_at", "Pohjois-Karjalan Yliopisto", None, 2015),
        },
        set(),
    ),
}


NINETYTHIRD_BATCH_LAYOUTS = {
    "a-student-heading-says-the-items-brackets-name-the-supervisors": (
        "<html><head><title>Membres</title></head><body><h1>Membres</h1>"
        "<h2>Doctorants (encadrant·e·s)</h2><ul>"
        "<li>Anouk Ferrandis-Mbaye (depuis 2023 ; Lucien Quéré-Omari, Inès Vautrin)</li></ul>"
        "<h2>Anciens doctorants (devenir)</h2><ul>"
        "<li>Gaëtan Roblès-Nkoa (2017-2020 ; Lucien Quéré-Omari) — ingénieur chez Ondivex</li>"
        "</ul></body></html>",
        "membres.html",
        {
            ("Anouk Ferrandis-Mbaye", "advisor_phd", "Lucien Quéré-Omari", 2023, None),
            ("Anouk Ferrandis-Mbaye", "advisor_phd", "Inès Vautrin", 2023, None),
            ("Gaëtan Roblès-Nkoa", "advisor_phd", "Lucien Quéré-Omari", 2017, 2020),
        },
        set(),
    ),
    "a-bracket-under-a-student-heading-naming-no-role-names-no-supervisor": (
        "<html><head><title>Membres</title></head><body><h1>Membres</h1>"
        "<h2>Doctorants</h2><ul>"
        "<li>Anouk Ferrandis-Mbaye (depuis 2023 ; Lucien Quéré-Omari)</li></ul>"
        "</body></html>",
        "membres.html",
        set(),
        {("Anouk Ferrandis-Mbaye", "advisor_phd", "Lucien Quéré-Omari", 2023, None)},
    ),
    "a-department-table-lists-students-by-advisor-family-name-first": (
        "<html><head><title>Graduate Students by Advisor</title></head><body>"
        "<h1>Graduate Students by Advisor</h1><table><thead><tr><th>Advisor</th>"
        "<th>Student</th><th>Degree</th><th>Entered</th></tr></thead><tbody>"
        '<tr><td rowspan="2">Halloran, Bridget</td><td>Osei-Lindahl, Kwabena</td>'
        "<td>Ph.D.</td><td>2022</td></tr>"
        "<tr><td>Marchbanks, Ilse</td><td>Ph.D.</td><td>2024</td></tr>"
        "</tbody></table></body></html>",
        "grads.html",
        {
            ("Kwabena Osei-Lindahl", "advisor_phd", "Bridget Halloran", 2022, None),
            ("Ilse Marchbanks", "advisor_phd", "Bridget Halloran", 2024, None),
        },
        {("Bridget Halloran", "advisor_phd", "Kwabena Osei-Lindahl", 2022, None)},
    ),
    "a-card-whose-role-line-is-a-staff-role-is-no-advisee": (
        "<html><head><title>People — The Varnholt Lab</title></head><body>"
        "<h2>Lab Members</h2><figure><figcaption><p><strong>Mireille Varnholt, PhD</strong>"
        "<br>Principal Investigator</p></figcaption></figure>"
        "<figure><figcaption><p><strong>Tobiah Ekwueme-Stahl</strong><br>Graduate Student, "
        "Biophysics PhD Program<br>Joined 2023</p></figcaption></figure>"
        "<figure><figcaption><p><strong>Rosalind Achebe-Moor</strong><br>Lab Manager</p>"
        "</figcaption></figure></body></html>",
        "people.html",
        {("Tobiah Ekwueme-Stahl", "advisor_phd", "Mireille Varnholt", 2023, None)},
        {("Rosalind Achebe-Moor", "advisor_other", "Mireille Varnholt", None, None)},
    ),
}


NINETYSECOND_BATCH_LAYOUTS = {
    "a-europass-grid-dates-its-fields-in-numeric-months": (
        _label_grid_pdf(
            [
                ("", "Personal information"),
                ("First name(s) / Surname(s)", "Irati Loizaga Etxeberri"),
                ("", "Work experience"),
                ("Dates", "09/2017 - 12/2020"),
                ("Occupation or position held", "Postdoctoral fellow"),
                (
                    "Main activities and responsibilities",
                    "Metal hydrides, in the group of Prof. Dr. Joris Vanderveken.",
                ),
                ("Name and address of employer", "Hogeschool Brakel, Brakel (Belgium)"),
                ("", "Education and training"),
                ("Dates", "10/2013 - 07/2017"),
                ("Title of qualification awarded", "PhD in Chemistry"),
                (
                    "Principal subjects / occupational skills covered",
                    "Supervisors: Dr. Amaia Urkiola Sarasola and Dr. Tomás Lekunberri.",
                ),
                (
                    "Name and type of organisation providing education and training",
                    "Universidad de Arrasate-Deba",
                ),
                ("", "Additional information"),
                (
                    "Examination committees",
                    "Member of the PhD examination committee of Unai Garmendia Oses "
                    "(Universidad de Arrasate-Deba, 2023).",
                ),
            ]
        ),
        "cv.pdf",
        {
            ("Irati Loizaga Etxeberri", "employed_at", "Hogeschool Brakel", 2017, 2020),
            ("Irati Loizaga Etxeberri", "advisor_postdoc", "Joris Vanderveken", 2017, 2020),
            ("Irati Loizaga Etxeberri", "advisor_phd", "Amaia Urkiola Sarasola", 2013, 2017),
            ("Irati Loizaga Etxeberri", "advisor_phd", "Tomás Lekunberri", 2013, 2017),
            ("Unai Garmendia Oses", "jury_member", "Irati Loizaga Etxeberri", 2023, 2023),
        },
        set(),
    ),
    "a-cv-line-opens-on-the-role-noun-supervisor-of": (
        "# Ane Urrutia Bilbao\n\n## Experience\n\n"
        "- 2021 – present: Tenure-track researcher, Universidad de Valdecorza. Supervisor of "
        "the doctoral theses of Jon Markina Zubia (2021–2025) and Itziar Olano Ruiz (since "
        "2022).\n\n## Family\n\n- Directeur de thèse de mon directeur : Pello Agirre Lasa\n",
        "cv.md",
        {
            ("Jon Markina Zubia", "advisor_phd", "Ane Urrutia Bilbao", 2021, 2025),
            ("Itziar Olano Ruiz", "advisor_phd", "Ane Urrutia Bilbao", 2022, None),
        },
        {
            ("Pello Agirre Lasa", "advisor_phd", "Ane Urrutia Bilbao", None, None),
            ("Ane Urrutia Bilbao", "advisor_phd", "Pello Agirre Lasa", None, None),
        },
    ),
    "a-dissertation-committee-label-ends-a-wrapped-line-its-chair-directed": (
        _batch16_pdf(
            [
                ("B", "Wendell Achebe-Strand", ""),
                ("H", "Education", ""),
                ("T", "Ph.D., Economics, Marlow State University", "2020"),
                (
                    "T",
                    "Dissertation: Essays on Rural Credit Markets and Migration. "
                    "Dissertation Committee:",
                    "",
                ),
                ("T", "Hedda Lindvall (chair), Osei Brandt-Kamara, Lucinda Farrow.", ""),
            ]
        ),
        "cv.pdf",
        {
            ("Wendell Achebe-Strand", "advisor_phd", "Hedda Lindvall", None, 2020),
            ("Wendell Achebe-Strand", "jury_member", "Osei Brandt-Kamara", 2020, 2020),
            ("Wendell Achebe-Strand", "jury_member", "Lucinda Farrow", 2020, 2020),
        },
        {("Wendell Achebe-Strand", "advisor_phd", "Osei Brandt-Kamara", None, 2020)},
    ),
    "a-cv-title-stacks-the-given-name-over-the-family-name": (
        _placed_pdf(
            [
                [
                    (12, 12, "Linnea", 24, False),
                    (12, 23, "Oyelaran", 24, False),
                    (12, 36, "Postdoctoral Researcher in Linguistics"),
                    (46, 48, "Education", 13, False),
                    (12, 58, "2014–2018"),
                    (46, 58, "PhD in Linguistics, University of Harrowgate"),
                    (46, 64, "Supervisor: Prof. Edmund Castellane"),
                ]
            ]
        ),
        "cv.pdf",
        {
            ("Linnea Oyelaran", "advisor_phd", "Edmund Castellane", 2014, 2018),
            ("Linnea Oyelaran", "studied_at", "University of Harrowgate", 2014, 2018),
        },
        set(),
    ),
}

NINETYFIFTH_BATCH_LAYOUTS = {
    "a-lab-site-title-naming-its-field-is-no-person": (
        "<html><head><title>Our Team – Brodsky Lab | Marine Microbiology</title></head><body>"
        "<h1>Our Team</h1><h2>Principal Investigator</h2><h3>Dr. Wilma Brodsky</h3>"
        "<p>Associate Professor, University of Tarnwick.</p>"
        "<h2>Graduate Students</h2><h3>Ottilie Fenwick-Osei</h3>"
        "<p>PhD candidate (since 2022), co-supervised with Prof. Hamish Dervaux.</p>"
        "<h3>Lukas Ammerlaan</h3><p>PhD candidate, started 2024.</p></body></html>",
        "team.html",
        {
            ("Ottilie Fenwick-Osei", "advisor_phd", "Wilma Brodsky", 2022, None),
            ("Ottilie Fenwick-Osei", "advisor_phd", "Hamish Dervaux", 2022, None),
            ("Lukas Ammerlaan", "advisor_phd", "Wilma Brodsky", 2024, None),
        },
        {("Ottilie Fenwick-Osei", "advisor_phd", "Marine Microbiology", 2022, None)},
    ),
    "a-card-deck-sets-each-role-as-a-subtitle-and-its-pi-card-last": (
        "<html><head><title>People | Varnholt Imaging Lab</title></head><body><h1>People</h1>"
        "<h5>Ines Cardoso-Blum</h5><h6>Postdoctoral Scholar</h6><p>Joined in 2024.</p>"
        "<h5>Marek Oduya</h5><h6>Graduate Student</h6>"
        "<p>Physics PhD program, 2023–present. Jointly mentored with Dr. Elin Sørbø.</p>"
        "<h5>Gerda Varnholt, PhD</h5><h6>Principal Investigator</h6>"
        "<p>Professor of Physics, Kellmoor University.</p></body></html>",
        "people.html",
        {
            ("Ines Cardoso-Blum", "advisor_postdoc", "Gerda Varnholt", 2024, None),
            ("Marek Oduya", "advisor_phd", "Gerda Varnholt", 2023, None),
            ("Marek Oduya", "advisor_phd", "Elin Sørbø", 2023, None),
        },
        {("Graduate Student", "member_of", "Varnholt Imaging Lab", 2023, None)},
    ),
    "a-faculty-line-says-group-leader-in-brackets-and-alumni-arrows-say-where-they-went": (
        "<html><head><title>Tessaly Vision Group - Members</title></head><body>"
        "<h1>Tessaly Vision Group</h1><h2>Faculty</h2>"
        "<p>Prof. Rosalind Achterberg-Nye<br>Professor of Computer Science, Ulverdale"
        " University (group leader)</p><h2>Former members (where they went)</h2>"
        "<p>Dr. Piet Omondi-Lasse, PhD 2022 → Assistant Professor, Corran University<br>"
        "Wendeline Huart, MS 2021 → PhD student at Gleneagle Institute</p></body></html>",
        "members.html",
        {("Piet Omondi-Lasse", "advisor_phd", "Rosalind Achterberg-Nye", None, 2022)},
        {("Wendeline Huart", "advisor_phd", "Rosalind Achterberg-Nye", None, 2021)},
    ),
    "a-site-builder-paragraph-per-member-puts-the-topic-under-the-role-line": (
        "<html><head><title>Tessaly Vision Group - Members</title></head><body>"
        "<h1>Tessaly Vision Group</h1><h2>Faculty</h2>"
        "<p>Prof. Rosalind Achterberg-Nye<br>Professor of Computer Science, Ulverdale"
        " University (group leader)</p><h2>Current members</h2>"
        "<p>Anouk Sarpong-Veld — PhD student (2023–), co-advised by Dr. Caspar Lindqvist"
        "<br>Event cameras for drones, with Prof. Idris Mallory's group.</p>"
        "<p>Yorick Brandão — Postdoc (2025–)<br>Neural rendering.</p></body></html>",
        "members.html",
        {
            ("Anouk Sarpong-Veld", "advisor_phd", "Rosalind Achterberg-Nye", 2023, None),
            ("Anouk Sarpong-Veld", "advisor_phd", "Caspar Lindqvist", 2023, None),
            ("Yorick Brandão", "advisor_postdoc", "Rosalind Achterberg-Nye", 2025, None),
        },
        {("Anouk Sarpong-Veld", "advisor_phd", "Idris Mallory", 2023, None)},
    ),
}


NINETYFOURTH_BATCH_LAYOUTS = {
    "a-chair-s-team-card-gives-its-doctoral-student-s-betreuung-field": (
        "<html><head><title>Team – Lehrstuhl für Akustik – Universität Wendelstadt</title></head>"
        "<body><h1>Team</h1><h2>Lehrstuhlinhaberin</h2><p>Prof. Dr. Irmela Vosskamp-Nduka</p>"
        "<h2>Doktorand:innen</h2><h3>M.Sc. Jorinde Balthasar</h3><p>Thema: Raumakustik"
        "<br>Betreuung: Prof. Dr. Irmela Vosskamp-Nduka</p><p>seit 2021</p>"
        "<h3>Dipl.-Ing. Falk Oyelaran-Weiss</h3><p>Thema: Schallschutz<br>Betreuung: "
        "apl. Prof. Dr. Gernot Rehbock</p><p>seit 2022</p></body></html>",
        "team.html",
        {
            ("Jorinde Balthasar", "advisor_phd", "Irmela Vosskamp-Nduka", 2021, None),
            ("Falk Oyelaran-Weiss", "advisor_phd", "Gernot Rehbock", 2022, None),
        },
        {
            ("Jorinde Balthasar", "advisor_other", "Irmela Vosskamp-Nduka", 2021, None),
            ("Jorinde Balthasar", "advisor_phd", "Gernot Rehbock", 2022, None),
            ("Falk Oyelaran-Weiss", "advisor_phd", "Irmela Vosskamp-Nduka", 2021, None),
        },
    ),
    "a-team-page-s-alumni-item-brackets-its-betreuung-label": (
        "<html><head><title>Team – Lehrstuhl für Akustik – Universität Wendelstadt</title></head>"
        "<body><h1>Team</h1><h2>Ehemalige</h2><ul><li>Dr.-Ing. Ruven Tschakarow (Promotion "
        "2021, Betreuung: Prof. Dr. Irmela Vosskamp-Nduka) – heute Siemens AG</li>"
        "<li>Dr. Maite Olabarria (Postdoc 2019–2021, Projekt mit Prof. Dr. Gernot Rehbock)</li>"
        "</ul></body></html>",
        "team.html",
        {("Ruven Tschakarow", "advisor_phd", "Irmela Vosskamp-Nduka", None, 2021)},
        {("Maite Olabarria", "advisor_postdoc", "Gernot Rehbock", 2019, 2021)},
    ),
    "a-programme-mailbox-names-no-page-owner": (
        "<html><head><title>Dottorandi</title></head><body><h1>Dottorandi</h1>"
        "<p>Collegio dei docenti: Prof.ssa Marta Scianna (coordinatrice), Prof. Elio Varrone."
        " Per contatti scrivere a dottorato.fisica@univ.example.it.</p></body></html>",
        "dottorandi.html",
        set(),
        {
            ("Marta Scianna", "advisor_phd", "Dottorato Fisica", None, None),
            ("Elio Varrone", "advisor_phd", "Dottorato Fisica", None, None),
        },
    ),
}


NINETYNINTH_BATCH_LAYOUTS = {
    "a-thesis-portal-card-box-sets-its-title-as-a-heading-and-dates-the-defence-in-full": (
        "<html><head><title>Hortense Valladier | Theses.fr</title></head><body>"
        "<h1>Hortense Valladier</h1><h2>Directrice de thèse</h2>"
        "<div class='card'><span class='badge'>Soutenue</span><h3>Dynamique des dunes"
        " littorales</h3><p>par Anselme Kerdoncuff</p><p>sous la direction de Hortense"
        " Valladier et de Blaise Moutarde</p><p>Thèse de doctorat en Géographie — Université"
        " de Kerlann — Soutenue le 14-10-2021</p></div><h2>Rapporteure</h2>"
        "<div class='card'><span class='badge'>Soutenue</span><h3>Érosion des falaises"
        " crayeuses</h3><p>par Noémie Tshibanda</p><p>sous la direction de Gaspard Lheureux</p>"
        "<p>Thèse de doctorat en Géosciences — Université de Pontlevoy — Soutenue le"
        " 02-03-2023</p></div></body></html>",
        "personne.html",
        {
            ("Anselme Kerdoncuff", "advisor_phd", "Hortense Valladier", None, 2021),
            ("Anselme Kerdoncuff", "advisor_phd", "Blaise Moutarde", None, 2021),
            ("Noémie Tshibanda", "advisor_phd", "Gaspard Lheureux", None, 2023),
            ("Noémie Tshibanda", "jury_reviewer", "Hortense Valladier", 2023, 2023),
        },
        {
            ("Hortense Valladier", "advisor_phd", "Gaspard Lheureux", None, 2023),
            ("Hortense Valladier", "studied_at", "Université de Pontlevoy", None, 2023),
        },
    ),
    "a-research-portal-activity-titles-the-examination-then-a-colon-and-the-candidate": (
        "<html><head><title>Idunn Sæverud-Mensah - Brekkvik University Research Portal</title>"
        "</head><body><h1>Idunn Sæverud-Mensah</h1><h2>Activities</h2>"
        "<h3>Examination of PhD thesis: Casimir Wróblewski-Holm</h3>"
        "<p>Sæverud-Mensah, I. (Examiner)</p><p>3 Feb 2025</p>"
        "<p>Activity: Examination › Examination of PhD thesis</p>"
        "<h3>Journal of Fjord Ecology (Journal)</h3>"
        "<p>Sæverud-Mensah, I. (Editorial board member)</p><p>2021 → …</p></body></html>",
        "persons.html",
        {("Casimir Wróblewski-Holm", "jury_examiner", "Idunn Sæverud-Mensah", 2025, 2025)},
        set(),
    ),
    "a-portal-supervised-work-entry-names-a-co-supervisor-in-brackets-before-the-year": (
        "<html><head><title>Torvald Abernethy-Osei - Research Portal</title></head><body>"
        "<h1>Torvald Abernethy-Osei</h1><h2>Supervised work</h2><h3>Wave loads on floating"
        " wind turbines</h3><p>Linnea Haugsdal (Author), Abernethy-Osei, T. (Supervisor) &amp;"
        " Quaye, E. K. (Co-supervisor), 2022</p><p>Student thesis: PhD thesis</p>"
        "</body></html>",
        "supervised.html",
        {
            ("Linnea Haugsdal", "advisor_phd", "Torvald Abernethy-Osei", None, 2022),
            ("Linnea Haugsdal", "advisor_phd", "E. K. Quaye", None, 2022),
        },
        set(),
    ),
    "a-funding-panel-chaired-by-someone-in-professional-activities-is-no-jury": (
        "<html><head><title>Dr Wiremu Halloran-Cheng | Research Profiles</title></head><body>"
        "<h1>Dr Wiremu Halloran-Cheng</h1><h2>Professional activities</h2><ul>"
        "<li>Committee — Member, Ocean Futures Fund assessment panel (2020 – 2022), chaired"
        " by Prof. Delphine Otterbein</li><li>Examination — External examiner, PhD thesis of"
        " Sunniva Kolstad, University of Rarowhenua (2024)</li></ul></body></html>",
        "profile.html",
        {("Sunniva Kolstad", "jury_examiner", "Wiremu Halloran-Cheng", 2024, 2024)},
        {("Wiremu Halloran-Cheng", "jury_president", "Delphine Otterbein", 2022, 2022)},
    ),
    "an-orcid-record-in-spanish-names-its-panels-and-runs-its-ranges-to-el-presente": (
        "<html><head><title>Baltasar Ccori Mamani (0000-0001-0000-0000) - ORCID</title></head>"
        "<body><h1>Baltasar Ccori Mamani</h1><h2>Actividades</h2><h3>Empleo (1)</h3>"
        "<h4>Universidad Privada de Juliaca: Juliaca, PE</h4>"
        "<p>2018-01-01 hasta el presente | Profesor principal (Facultad de Geología)</p>"
        "<h3>Educación y calificaciones (1)</h3><h4>Universidad Austral de Tarapacá: Arica,"
        " CL</h4><p>2008-03-01 hasta 2013-12-15 | Ingeniero Geólogo</p><h3>Obras (1)</h3>"
        "<h4>Fallas activas del altiplano</h4><p>2022 | Artículo de revista</p>"
        "<p>Colaboradores: Baltasar Ccori Mamani; Yolanda Apaza Ticona</p></body></html>",
        "orcid.html",
        {
            ("Baltasar Ccori Mamani", "employed_at", "Universidad Privada de Juliaca", 2018, None),
            ("Baltasar Ccori Mamani", "studied_at", "Universidad Austral de Tarapacá", 2008, 2013),
            ("Baltasar Ccori Mamani", "coauthor", "Yolanda Apaza Ticona", None, None),
        },
        {("Baltasar Ccori Mamani", "employed_at", "Universidad Privada de Juliaca", 2018, 2018)},
    ),
}


NINETYSIXTH_BATCH_LAYOUTS = {
    "a-group-s-students-table-turns-its-names-and-labels-erst-and-zweitbetreuung": (
        "<html><head><title>Doktorand*innen: AG Limnologie - Universität Haselried</title></head>"
        "<body><h1>Doktorand*innen</h1><table><thead><tr><th>Name</th><th>Thema</th>"
        "<th>Erstbetreuung</th><th>Zweitbetreuung</th><th>seit</th></tr></thead><tbody>"
        "<tr><td>Okonkwo-Lenz, Adaeze</td><td>Algenblüten</td><td>Prof. Dr. Wigand Stellmacher"
        "</td><td>PD Dr. Solveig Amundsen</td><td>2022</td></tr></tbody></table></body></html>",
        "doktorandinnen.html",
        {
            ("Adaeze Okonkwo-Lenz", "advisor_phd", "Wigand Stellmacher", 2022, None),
            ("Adaeze Okonkwo-Lenz", "advisor_phd", "Solveig Amundsen", 2022, None),
        },
        {("Limnologie Ag", "member_of", "Universität Haselried", None, None)},
    ),
    "a-card-paragraph-under-a-gendered-heading-names-betreuung-and-zweitbetreuung": (
        "<html><head><title>Team - AG Limnologie - Universität Haselried</title></head><body>"
        "<h1>Team</h1><h2>Externe Doktorand:innen</h2><p><b>Dipl.-Geogr. Ruslan Temirov</b>"
        "<br>Thema: Sedimente<br>Betreuung: Prof. Dr. Wigand Stellmacher, Zweitbetreuung: "
        "Dr. Mireille Fonkou (Seeforschungsinstitut Halmsee)</p></body></html>",
        "team.html",
        {
            ("Ruslan Temirov", "advisor_phd", "Wigand Stellmacher", None, None),
            ("Ruslan Temirov", "advisor_phd", "Mireille Fonkou", None, None),
        },
        {("Dipl.-Geogr. Ruslan Temirov", "advisor_phd", "Wigand Stellmacher", None, None)},
    ),
    "a-german-passive-puts-betreut-and-begutachtet-after-their-agents": (
        "---\ntitle: Über mich\nauthor: Jorunn Abendroth\n---\n\n"
        "Promoviert habe ich 2019 an der Universität Kesselbach. Die Arbeit wurde von Prof. "
        "Dr. Oskar Wienholt betreut und von Prof. Dr. Oskar Wienholt und Prof. Dr. Nadia "
        "Ferrante begutachtet.\n",
        "index.md",
        {
            ("Jorunn Abendroth", "advisor_phd", "Oskar Wienholt", None, 2019),
            ("Jorunn Abendroth", "jury_reviewer", "Nadia Ferrante", 2019, 2019),
            ("Jorunn Abendroth", "jury_reviewer", "Oskar Wienholt", 2019, 2019),
        },
        {("Die Arbeit", "advisor_phd", "Oskar Wienholt", None, None)},
    ),
    "a-record-s-gendered-advisor-label-with-its-name-turned": (
        "<html><head><title>Brunnhofer, Elif: Magnonen in dünnen Schichten</title>"
        '<meta name="citation_author" content="Brunnhofer, Elif"></head><body>'
        "<h2>Magnonen in dünnen Schichten</h2><table>"
        "<tr><th>Verfasserangaben:</th><td>Elif Brunnhofer</td></tr>"
        "<tr><th>Betreuer*in:</th><td>Szymańska, Halina</td></tr>"
        "<tr><th>Dokumentart:</th><td>Dissertation</td></tr>"
        "<tr><th>Tag der mündlichen Prüfung:</th><td>03.05.2023</td></tr></table></body></html>",
        "frontdoor.html",
        {("Elif Brunnhofer", "advisor_phd", "Halina Szymańska", None, None)},
        set(),
    ),
    "a-post-of-a-subject-then-the-university-in-the-genitive": (
        "<html><head><title>Lebenslauf – Prof. Dr. Henrike Basaran</title></head><body>"
        "<h1>Prof. Dr. Henrike Basaran</h1><h2>Akademischer Werdegang</h2><table>"
        "<tr><td>2016–2020</td><td>Juniorprofessorin für Finanzmathematik der Technischen "
        "Universität Orlau</td></tr><tr><td>2012–2016</td><td>Wissenschaftliche Mitarbeiterin "
        "am Lehrstuhl für Stochastik der TU Orlau</td></tr></table></body></html>",
        "lebenslauf.html",
        {("Henrike Basaran", "employed_at", "Technische Universität Orlau", 2016, 2020)},
        {
            (
                "Henrike Basaran",
                "employed_at",
                "Finanzmathematik der Technische Universität Orlau",
                2016,
                2020,
            ),
            ("Henrike Basaran", "member_of", "Lehrstuhl für Stochastik der TU Orlau", 2012, 2016),
        },
    ),
    "a-swiss-korreferent-in-prose-and-an-austrian-rigorosum-examiner": (
        "<html><head><title>Dr. Kasimir Obwaller | Institut für Geschichte</title></head><body>"
        "<h1>Dr. Kasimir Obwaller</h1><h2>Zur Person</h2><p>Er promovierte 2015 an der "
        "Universität Thunwil. Sein Doktorvater war Prof. Dr. Beat Zwahlen; als Korreferentin "
        "wirkte Prof. Dr. Ottilie Marugg. Von 2016 bis 2020 war er Postdoc in Graz.</p>"
        "<h2>Rigorosen</h2><ul><li>Prüfer im Rigorosum von Mag.<sup>a</sup> Vesna Hribar "
        "(2023)</li><li>Mitglied im Habilitationskollegium der Fakultät</li></ul></body></html>",
        "person.html",
        {
            ("Kasimir Obwaller", "advisor_phd", "Beat Zwahlen", None, 2015),
            ("Kasimir Obwaller", "jury_reviewer", "Ottilie Marugg", 2015, 2015),
            ("Vesna Hribar", "jury_examiner", "Kasimir Obwaller", 2023, 2023),
        },
        {("Kasimir Obwaller", "member_of", "Habilitationskollegium der Fakultät", None, None)},
    ),
}


NINETYSEVENTH_BATCH_LAYOUTS = {
    "a-spanish-postdoc-stay-with-its-host-after-con-el": (
        "<html><head><title>Xóchitl Anaya Betancourt</title></head><body>"
        "<h1>Xóchitl Anaya Betancourt</h1><p>Investigadora titular.</p>"
        "<p>Me doctoré en Física en la Universidad de Zacapoaxtla (2009–2013). Luego realicé una"
        " estancia posdoctoral con la Dra. Wanjiru Odhiambo en el Instituto de Óptica de Lagos"
        " Altos (2014–2016).</p></body></html>",
        "index.html",
        {("Xóchitl Anaya Betancourt", "advisor_postdoc", "Wanjiru Odhiambo", 2014, 2016)},
        set(),
    ),
    "a-cvn-text-names-its-owner-in-apellidos-and-nombre-fields": (
        "CURRÍCULUM VITAE NORMALIZADO\n\nDatos personales\n"
        "Apellidos:                      Ugalde Berrocal\n"
        "Nombre:                         Amaia\n\n"
        "Dirección de tesis doctorales y/o trabajos fin de estudios\n"
        "1   Título del trabajo: Catálisis heterogénea en flujo continuo\n"
        "    Tipo de proyecto: Tesis Doctoral\n"
        "    Alumno/a: Saúl Quiñones Arteaga\n"
        "    Fecha de defensa: 03/03/2021\n",
        "cvn.txt",
        {("Saúl Quiñones Arteaga", "advisor_phd", "Amaia Ugalde Berrocal", None, 2021)},
        set(),
    ),
    "a-cvn-numbers-its-publications-with-a-bare-number": (
        "CURRÍCULUM VITAE NORMALIZADO\n\nDatos personales\n"
        "Apellidos:                      Ugalde Berrocal\n"
        "Nombre:                         Amaia\n\n"
        "Actividades científicas y tecnológicas\nProducción científica\n"
        "Publicaciones, documentos científicos y técnicos\n"
        "1   Amaia Ugalde Berrocal; Teodoro Valverde Ríos. (2019). Flow catalysis in\n"
        "    microreactors. Chemical Engineering Letters. 12, pp. 1-9.\n"
        "    Tipo de producción: Artículo científico\n",
        "cvn.txt",
        {("Amaia Ugalde Berrocal", "coauthor", "Teodoro Valverde Ríos", None, None)},
        set(),
    ),
    "a-definition-list-record-of-supervisions-with-middot-fields": (
        "<html><head><title>Rui Catarino Pestana</title></head><body>"
        "<h1>Rui Catarino Pestana</h1><h2>Orientações</h2><dl>"
        "<dt>Redes de sensores sem fios</dt><dd>Estudante: Inês Valadim Sarmento · Grau:"
        " Doutoramento · Papel: Orientador · Estado: Em curso · Início: 2023</dd>"
        "<dt>Visão computacional</dt><dd>Estudante: Kofi Mensah Agyei · Grau: Pós-doutoramento"
        " · Papel: Supervisor · Estado: Concluído · 2019–2021</dd></dl></body></html>",
        "index.html",
        {
            ("Inês Valadim Sarmento", "advisor_phd", "Rui Catarino Pestana", 2023, None),
            ("Kofi Mensah Agyei", "advisor_postdoc", "Rui Catarino Pestana", 2019, 2021),
        },
        set(),
    ),
    "a-lone-numbered-record-under-each-lattes-heading-is-an-item": (
        "<html><head><title>Currículo Lattes (Marília Fontes do Amaral)</title></head><body>"
        "<h2>Marília Fontes do Amaral</h2><h1>Orientações</h1><b>Tese de doutorado</b>"
        "<div><span>1.</span> Caio Bastos de Lima. Título da tese. 2020. Tese (Doutorado em"
        " Física) - Universidade Federal de Piraí. Orientador: Marília Fontes do Amaral.</div>"
        "<b>Dissertação de mestrado</b><div><span>1.</span> Jéssica Moura Tavares. Título."
        " 2017. Dissertação (Mestrado em Física) - Universidade Federal de Piraí. Orientador:"
        " Marília Fontes do Amaral.</div></body></html>",
        "lattes.html",
        {
            ("Caio Bastos de Lima", "advisor_phd", "Marília Fontes do Amaral", None, 2020),
            ("Jéssica Moura Tavares", "advisor_other", "Marília Fontes do Amaral", 2017, 2017),
        },
        set(),
    ),
    "a-catalan-page-directs-theses-and-sits-on-tribunals": (
        "<html><head><title>Jordina Casadevall Puig</title></head><body>"
        "<h1>Jordina Casadevall Puig</h1>"
        "<h2>Tesis doctorals dirigides</h2><ol><li>Ferran Sabaté Grau. <em>Títol</em>."
        " Universitat de Montblanc, 2022. Codirigida amb el Dr. Bernat Oliu Camps.</li></ol>"
        "<h2>Tribunals de tesi</h2><ul><li>Secretària del tribunal de la tesi doctoral"
        " d'Elisenda Pujol Riera (Universitat de Montblanc, 2021).</li></ul></body></html>",
        "index.html",
        {
            ("Ferran Sabaté Grau", "advisor_phd", "Jordina Casadevall Puig", None, 2022),
            ("Ferran Sabaté Grau", "advisor_phd", "Bernat Oliu Camps", None, 2022),
            ("Elisenda Pujol Riera", "jury_member", "Jordina Casadevall Puig", 2021, 2021),
        },
        set(),
    ),
    "a-co-director-named-after-con-la-by-its-role-after-the-name": (
        "<html><head><title>Remedios Alcaraz Funes</title></head><body>"
        "<h1>Remedios Alcaraz Funes</h1><p>Hice el doctorado (2008–2012) en la Universidad de"
        " Teruel Bajo bajo la dirección del Dr. Gaspar Villena Ortuño, con la Dra. Yuki"
        " Matsumoto Irigoyen como codirectora.</p><p>Imparto Álgebra con el Dr. Lope Zamora"
        " Gil como profesor responsable.</p></body></html>",
        "index.html",
        {
            ("Remedios Alcaraz Funes", "advisor_phd", "Gaspar Villena Ortuño", 2008, 2012),
            ("Remedios Alcaraz Funes", "advisor_phd", "Yuki Matsumoto Irigoyen", 2008, 2012),
        },
        {("Remedios Alcaraz Funes", "advisor_phd", "Lope Zamora Gil", None, None)},
    ),
    "a-follow-up-committee-and-a-hiring-board-are-no-jury-nor-post": (
        "<html><head><title>Leandro Vieira Caldas</title></head><body>"
        "<h1>Leandro Vieira Caldas</h1><p>Professor Auxiliar, Universidade de Vale Formoso.</p>"
        "<h2>Júris</h2><ul><li>2020 — Arguente nas provas de doutoramento de Sara Lemos Aguiar,"
        " Universidade de Vale Formoso.</li></ul><p>Integra a comissão de acompanhamento de"
        " tese de Tiago Brás Malheiro.</p><h2>Otros méritos</h2><ul><li>Vocal de la comisión"
        " de selección de una plaza de Profesor Titular de Universidad (Universidad de"
        " Bierzo Alto, 2022).</li></ul></body></html>",
        "index.html",
        {("Sara Lemos Aguiar", "jury_examiner", "Leandro Vieira Caldas", 2020, 2020)},
        {
            ("Tiago Brás Malheiro", "jury_member", "Leandro Vieira Caldas", None, None),
            ("Leandro Vieira Caldas", "employed_at", "Universidad de Bierzo Alto", 2022, 2022),
        },
    ),
}


NINETYEIGHTH_BATCH_LAYOUTS = {
    "a-jekyll-lab-portrait-link-holds-name-role-and-dates-spans": (
        "<html><head><title>Team | Ferrandi-Obi Lab</title></head><body><main>"
        "<h1>Team</h1><div class='portrait-wrapper'><a href='/members/rosa' class='portrait'>"
        "<img src='r.jpg'><span class='portrait-name'>Rosalind Ferrandi-Obi</span>"
        "<span class='portrait-role'><i></i><span>Principal Investigator</span></span></a></div>"
        "<h2>Current members</h2>"
        "<div class='portrait-wrapper'><a href='/members/tam' class='portrait'>"
        "<img src='t.jpg'><span class='portrait-name'>Tamsin Okonkwo-Hale</span>"
        "<span class='portrait-role'><i></i><span>PhD Student</span></span>"
        "<span class='portrait-description'>2022 &ndash; present, co-advised with "
        "Ravindra Menon</span></a></div>"
        "<div class='portrait-wrapper'><a href='/members/jo' class='portrait'>"
        "<img src='j.jpg'><span class='portrait-name'>Joaquim Lindahl</span>"
        "<span class='portrait-role'><i></i><span>Postdoctoral Fellow</span></span>"
        "<span class='portrait-description'>since 2024</span></a></div>"
        "</main></body></html>",
        "team.html",
        {
            ("Tamsin Okonkwo-Hale", "advisor_phd", "Rosalind Ferrandi-Obi", 2022, None),
            ("Tamsin Okonkwo-Hale", "advisor_phd", "Ravindra Menon", 2022, None),
            ("Joaquim Lindahl", "advisor_postdoc", "Rosalind Ferrandi-Obi", 2024, None),
        },
        set(),
    ),
    "a-card-s-graduate-student-role-is-no-person-and-a-speakers-list-no-students": (
        "<html><head><title>People — The Vasquez-Orr Lab</title></head><body><h1>People</h1>"
        "<h3>Marisol Vasquez-Orr</h3><p><em>Principal Investigator</em></p>"
        "<h3>Leopold Achebe-Lind</h3><p><em>Graduate Student (2021&ndash;)</em></p>"
        "<h3>Ines Marchetti</h3><p><em>MD/PhD Student (2023&ndash;), jointly mentored by "
        "Corwin Dalby</em></p>"
        "<h2>Lab Alumni</h2><p>Yuki Tanabe-Ross &mdash; PhD 2020</p>"
        "<h3>Visiting speakers 2025</h3><p>Hedda Brannstrom (Norvik Institute)</p>"
        "</body></html>",
        "people.html",
        {
            ("Leopold Achebe-Lind", "advisor_phd", "Marisol Vasquez-Orr", 2021, None),
            ("Ines Marchetti", "advisor_phd", "Marisol Vasquez-Orr", 2023, None),
            ("Ines Marchetti", "advisor_phd", "Corwin Dalby", 2023, None),
            ("Yuki Tanabe-Ross", "advisor_phd", "Marisol Vasquez-Orr", None, 2020),
        },
        {("Hedda Brannstrom", "advisor_other", "Marisol Vasquez-Orr", None, None)},
    ),
    "a-notion-roster-names-its-leader-in-the-intro-and-skips-the-committee": (
        "<html><head><title>Members</title></head><body><article class='page sans'>"
        "<h1 class='page-title'>Members</h1><p>People of the Halloran Group in the School of "
        "Physics, University of Westmarch. Group leader: Brigid Halloran.</p>"
        "<h2>Current members</h2><table class='collection-content'><thead><tr>"
        "<th><span class='icon property-icon'>Aa</span>Name</th>"
        "<th><span class='icon property-icon'>▾</span>Role</th>"
        "<th><span class='icon property-icon'>≡</span>Advisor</th>"
        "<th><span class='icon property-icon'>≡</span>Thesis committee</th>"
        "<th><span class='icon property-icon'>#</span>Start</th></tr></thead><tbody>"
        "<tr><td>Brigid Halloran</td><td>PI</td><td></td><td></td><td>2015</td></tr>"
        "<tr><td>Dario Kowalczyk</td><td>PhD</td><td></td><td>Fenna Ruud</td><td>2022</td></tr>"
        "<tr><td>Asha Mbeki-Lowe</td><td>MSc</td><td></td><td></td><td>2025</td></tr>"
        "<tr><td>Tobiah Renner</td><td>Research Engineer</td><td></td><td></td><td>2023</td></tr>"
        "</tbody></table></article></body></html>",
        "members.html",
        {
            ("Dario Kowalczyk", "advisor_phd", "Brigid Halloran", 2022, None),
            ("Asha Mbeki-Lowe", "advisor_other", "Brigid Halloran", 2025, None),
            ("Brigid Halloran", "employed_at", "University of Westmarch", None, None),
        },
        {
            ("Dario Kowalczyk", "advisor_phd", "Fenna Ruud", 2022, None),
            ("Dario Kowalczyk", "jury_member", "Fenna Ruud", None, None),
            ("Tobiah Renner", "advisor_other", "Brigid Halloran", 2023, None),
        },
    ),
    "a-drupal-views-row-is-one-card-its-supervisor-label-beside-the-value": (
        "<html><head><title>People | Tidal Flows Group | Marrow University</title></head><body>"
        "<h1>Tidal Flows Group</h1><div class='view-content'><h3>Research Staff</h3>"
        "<div class='views-row'><div class='views-field views-field-title'>"
        "<span class='field-content'><a href='/p/o'>Orla Brennan-Sato</a></span></div>"
        "<div class='views-field views-field-field-position'><div class='field-content'>"
        "Postdoctoral Research Associate (2023&ndash;2025)</div></div>"
        "<div class='views-field views-field-field-supervisor'><span class='views-label'>"
        "Supervisor: </span><div class='field-content'>Kasimir Odum</div></div></div>"
        "</div></body></html>",
        "people.html",
        {("Orla Brennan-Sato", "advisor_postdoc", "Kasimir Odum", 2023, 2025)},
        set(),
    ),
    "a-spanish-group-page-names-its-ip-and-a-codirector-by-first-surname": (
        "<html><head><title>Miembros | Grupo ALGAS</title></head><body>"
        "<h1>Miembros del grupo</h1><h2>Investigadora principal</h2>"
        "<p>Dra. Maite Urrutia Cabrera</p>"
        "<p>Profesora Titular de Ecología, Universidad de Brañosa.</p>"
        "<h2>Doctorandos</h2><ul><li>Íñigo Salaberri Roca (desde 2022). Tesis codirigida por "
        "Maite Urrutia y Tomás Ledesma Pardo.</li><li>Lucía Ferreiro Gil (desde 2024).</li></ul>"
        "<h2>Colaboradores</h2><p>Dr. Anselmo Quiroga (Universidad de Ribera).</p>"
        "</body></html>",
        "miembros.html",
        {
            ("Íñigo Salaberri Roca", "advisor_phd", "Maite Urrutia Cabrera", 2022, None),
            ("Íñigo Salaberri Roca", "advisor_phd", "Tomás Ledesma Pardo", 2022, None),
            ("Lucía Ferreiro Gil", "advisor_phd", "Maite Urrutia Cabrera", 2024, None),
        },
        {
            ("Íñigo Salaberri Roca", "advisor_phd", "Maite Urrutia", 2022, None),
            ("Titular de Ecología", "member_of", "ALGAS", None, None),
            ("Anselmo Quiroga", "member_of", "ALGAS", None, None),
        },
    ),
    "a-header-s-dashed-acronym-expansion-ends-with-its-line": (
        "<html><head><title>Équipe LUMEN – Membres | Laboratoire X</title></head><body>"
        "<header><p>ICSB – Institut de Chimie des Surfaces de Brévannes</p></header>"
        "<ol class='crumbs'><li>Accueil</li><li>Équipes de recherche</li></ol>"
        "<h1>Équipe LUMEN – Membres</h1><p>L'équipe LUMEN est l'une des trois équipes de "
        "l'ICSB.</p></body></html>",
        "membres.html",
        {("LUMEN", "part_of", "Institut de Chimie des Surfaces de Brévannes", None, None)},
        {
            (
                "LUMEN",
                "part_of",
                "Institut de Chimie des Surfaces de Brévannes Accueil Équipes",
                None,
                None,
            )
        },
    ),
    "a-lab-intro-s-second-sentence-opens-a-new-part-of-chain": (
        "<html><head><title>Team | Abernethy Lab</title></head><body><h1>Team</h1>"
        "<p>We are a research group in the Department of Zoology at Glenmoor University. Our "
        "lab is part of the Glenmoor Institute for Animal Behaviour. Lab head: Fiona "
        "Abernethy.</p>"
        "<h2>PhD students</h2><ul><li>Henrik Baptiste (2021–)</li></ul></body></html>",
        "team.html",
        {
            ("Henrik Baptiste", "advisor_phd", "Fiona Abernethy", 2021, None),
            ("Fiona Abernethy", "employed_at", "Glenmoor University", None, None),
        },
        {
            (
                "Glenmoor University",
                "part_of",
                "Glenmoor Institute for Animal Behaviour",
                None,
                None,
            ),
            ("Baptiste Henrik", "advisor_phd", "Fiona Abernethy", 2021, None),
        },
    ),
}


HUNDRED_THIRD_BATCH_LAYOUTS = {
    "a-defence-heading-over-its-jury-sub-heading-is-the-candidate-of-its-labels": (
        "<html><head><title>Soutenances à venir - École doctorale 88</title></head><body>"
        "<h1>Soutenances à venir</h1>"
        "<h2>Soutenance de thèse — Romane KERBRAT-ADJIBI</h2>"
        "<p>Le 4 décembre 2026 à 14h, amphithéâtre Lavoisier.</p>"
        "<h3>Composition du jury</h3><dl>"
        "<dt>Rapporteur</dt><dd>M. Oskar Lindfors, Professeur, Université de Turku-Aura</dd>"
        "<dt>Examinatrice</dt><dd>Mme Salma Ouedraogo, MCF, Université de Brenne</dd>"
        "<dt>Président du jury</dt><dd>M. Gaspard Théodoly, Professeur, Université de Brenne</dd>"
        "</dl>"
        "<h2>Soutenance de thèse — Yann LE MOUËL</h2>"
        "<p>Le 9 décembre 2026, salle du conseil.</p>"
        "<h3>Composition du jury</h3>"
        "<p>Rapporteure : Mme Ilaria Benvenuti, Professeure, Università di Lecco</p>"
        "</body></html>",
        "soutenances.html",
        {
            ("Romane Kerbrat-Adjibi", "jury_reviewer", "Oskar Lindfors", 2026, 2026),
            ("Romane Kerbrat-Adjibi", "jury_examiner", "Salma Ouedraogo", 2026, 2026),
            ("Romane Kerbrat-Adjibi", "jury_president", "Gaspard Théodoly", 2026, 2026),
            ("Yann Le Mouël", "jury_reviewer", "Ilaria Benvenuti", 2026, 2026),
        },
        {("Gaspard Théodoly", "jury_president", "Romane Kerbrat-Adjibi", None, None)},
    ),
    "a-defences-record-names-its-director-by-a-bare-label-before-the-co-advisor": (
        "<html><head><title>Thèses soutenues - Laboratoire de Mécanique de Quimperlé</title>"
        "</head><body><h1>Thèses soutenues</h1><h2>2024</h2>"
        "<h3>Surveillance acoustique des ouvrages hydrauliques en béton armé</h3>"
        "<p><strong>Doctorant :</strong> Anatole PRIGENT-NDIAYE</p>"
        "<p>Directrice : Véronika Halász — Co-encadrant : Erwan Guillou — "
        "Soutenue le 5 mai 2024</p>"
        "<h3>Fatigue des assemblages collés en milieu marin</h3>"
        "<p><strong>Doctorante :</strong> Maïwenn CORRE</p>"
        "<p>Directeur : Erwan Guillou — Soutenue le 12 février 2024</p></body></html>",
        "theses.html",
        {
            ("Anatole Prigent-Ndiaye", "advisor_phd", "Véronika Halász", None, 2024),
            ("Anatole Prigent-Ndiaye", "advisor_phd", "Erwan Guillou", None, 2024),
            ("Maïwenn Corre", "advisor_phd", "Erwan Guillou", None, 2024),
        },
        set(),
    ),
    "a-spip-members-article-titled-people-then-team-acronym-reads-its-lists": (
        "<html><head><title>Membres - CORALIS - LBMT</title></head><body>"
        "<h1>Membres</h1>"
        "<p>L'équipe CORALIS du Laboratoire de Biologie Marine de Tréguier étudie les récifs.</p>"
        "<h3>Permanents</h3><ul><li>Gaëlle Prat-Okafor, MCF Université de Tréguier</li>"
        "<li>Sven Aalto, CR CNRS</li></ul>"
        "<h3>Doctorants (dir. Gaëlle Prat-Okafor)</h3>"
        "<ul><li>Inès Bouchareb (depuis 2024), co-encadrement Sven Aalto</li></ul>"
        "<h3>Administratifs</h3><ul><li>Odile Menez, gestionnaire de l'équipe</li></ul>"
        "</body></html>",
        "membres.html",
        {
            ("Gaëlle Prat-Okafor", "employed_at", "Université de Tréguier", None, None),
            ("Sven Aalto", "employed_at", "CNRS", None, None),
            ("Inès Bouchareb", "advisor_phd", "Gaëlle Prat-Okafor", 2024, None),
            ("Inès Bouchareb", "advisor_phd", "Sven Aalto", 2024, None),
        },
        {("Odile Menez", "advisor_phd", "Gaëlle Prat-Okafor", None, None)},
    ),
    "a-team-named-with-an-accented-initial-and-an-acronym-after-et-in-a-joint-unit": (
        "<html><head><title>Clément Vauquelin-Sarr</title></head><body>"
        "<h1>Clément Vauquelin-Sarr</h1>"
        "<p>Professeur à l'Université de Montbrison, membre de l'équipe Écoulements de Fluides"
        " et Interfaces (EFI) du laboratoire GÉOMÉCA (UMR 5512, CNRS / Université de"
        " Montbrison).</p>"
        "<p>Auparavant maître de conférences, membre de l'équipe Analyse Spectrale et EDP du"
        " LMVO.</p></body></html>",
        "index.html",
        {
            ("Clément Vauquelin-Sarr", "employed_at", "Université de Montbrison", None, None),
            (
                "Clément Vauquelin-Sarr",
                "member_of",
                "Écoulements de Fluides et Interfaces",
                None,
                None,
            ),
            ("Clément Vauquelin-Sarr", "member_of", "GÉOMÉCA", None, None),
            ("Clément Vauquelin-Sarr", "member_of", "Analyse Spectrale et EDP", None, None),
        },
        {
            ("Clément Vauquelin-Sarr", "employed_at", "CNRS", None, None),
            ("Clément Vauquelin-Sarr", "member_of", "Écoulements", None, None),
        },
    ),
    "a-co-supervision-share-then-par-names-the-co-advisor": (
        "<html><head><title>Aurore Ducasse-Mwangi</title></head><body>"
        "<h1>Aurore Ducasse-Mwangi</h1><h2>Encadrement doctoral</h2><ul>"
        "<li>Hippolyte Garnache (depuis 2023), directrice de thèse ; co-encadrement à 40 %"
        " par Tiago Brandão.</li></ul></body></html>",
        "index.html",
        {
            ("Hippolyte Garnache", "advisor_phd", "Aurore Ducasse-Mwangi", 2023, None),
            ("Hippolyte Garnache", "advisor_phd", "Tiago Brandão", 2023, None),
        },
        set(),
    ),
    "a-plural-directors-label-lists-past-its-semicolon-and-a-quoted-title-is-no-place": (
        "<html><head><title>Soutenance de thèse de M. Ludovic ABGRALL</title></head><body>"
        "<h1>Soutenance de thèse de M. Ludovic ABGRALL</h1>"
        "<p>« Réduction catalytique du NO2 sur oxydes mixtes », le 2 juillet 2026.</p>"
        "<p>Directeurs de thèse : M. Anselme Ferrandon, Professeur, Université de Cholet ;"
        " Mme Dilnoza Karimova, Directrice de recherche, Institut de Chimie de Tachkent</p>"
        "</body></html>",
        "soutenance.html",
        {
            ("Ludovic Abgrall", "advisor_phd", "Anselme Ferrandon", None, 2026),
            ("Ludovic Abgrall", "advisor_phd", "Dilnoza Karimova", None, 2026),
        },
        {("Ludovic Abgrall", "studied_at", "NO2", None, None)},
    ),
}


HUNDRED_SECOND_BATCH_LAYOUTS = {
    "a-podcast-episode-speaks-for-its-guest-whose-turns-carry-a-label": (
        "<html><head><title>Ep. 12 — Ingrid Solheim-Achebe on glaciers and vivas</title></head>"
        "<body><h1>Ep. 12 — Ingrid Solheim-Achebe on glaciers and vivas</h1>"
        "<p><strong>This week Tomasz Brennan talks to Dr Ingrid Solheim-Achebe.</strong></p>"
        "<p><strong>TB:</strong> Who was your supervisor?</p>"
        "<p><strong>ISA:</strong> My supervisor was Callum Brodie-Nakata. Callum had been a"
        " student of Edda Rasmussen-Vey, so I am her academic granddaughter.</p>"
        "<p><strong>TB:</strong> And the viva?</p>"
        "<p><strong>ISA:</strong> My examiners were Professor Ruth Okonjo-Hale from the"
        " University of Selkirk as the external, and Dr Owain Pryderi as the internal.</p>"
        "</body></html>",
        "ep12.html",
        {
            ("Ingrid Solheim-Achebe", "advisor_phd", "Callum Brodie-Nakata", None, None),
            ("Callum Brodie-Nakata", "advisor_phd", "Edda Rasmussen-Vey", None, None),
            ("Ingrid Solheim-Achebe", "jury_examiner", "Ruth Okonjo-Hale", None, None),
            ("Ingrid Solheim-Achebe", "jury_examiner", "Owain Pryderi", None, None),
        },
        {
            ("Tomasz Brennan", "advisor_phd", "Callum Brodie-Nakata", None, None),
            ("Ingrid Solheim-Achebe", "advisor_phd", "Edda Rasmussen-Vey", None, None),
            ("Ingrid Solheim-Achebe", "studied_at", "ISA", None, None),
        },
    ),
    "an-alumni-interview-names-its-guide-and-a-committee-that-met-every-semester": (
        "<html><head><title>In conversation with Dr. Kavya Raghunathan-Bose – Alumni News"
        "</title></head><body><h1>In conversation with Dr. Kavya Raghunathan-Bose</h1>"
        "<p><strong>Q: Who was your PhD guide?</strong></p>"
        "<p>KRB: I did my PhD at the Malabar Institute of Science from 2009 to 2014. My guide"
        " was Prof. Suresh Iyengar-Das, and Dr. Meher Contractor was my co-guide. My doctoral"
        " committee – Prof. Alok Bhandari and Prof. Rina Thomas – met me every semester.</p>"
        "<p><strong>Q: And your own students?</strong></p>"
        "<p>KRB: My first PhD student, Rohan Mathew-Pillai, defended his thesis in May 2023."
        "</p></body></html>",
        "interview.html",
        {
            ("Kavya Raghunathan-Bose", "advisor_phd", "Suresh Iyengar-Das", 2009, 2014),
            ("Kavya Raghunathan-Bose", "advisor_phd", "Meher Contractor", 2009, 2014),
            ("Kavya Raghunathan-Bose", "studied_at", "Malabar Institute of Science", 2009, 2014),
            ("Rohan Mathew-Pillai", "advisor_phd", "Kavya Raghunathan-Bose", None, 2023),
        },
        {
            ("Kavya Raghunathan-Bose", "jury_member", "Alok Bhandari", 2014, 2014),
            ("Kavya Raghunathan-Bose", "jury_member", "Rina Thomas", 2014, 2014),
            ("Kavya Raghunathan-Bose", "studied_at", "KRB", 2009, 2014),
        },
    ),
    "an-obituary-counts-its-doctoral-students-and-is-signed-by-two-of-them": (
        "<html><head><title>Obituary: Leopold Asante-Marsh (1938–2024)</title></head><body>"
        "<h1>Obituary: Leopold Asante-Marsh (1938–2024)</h1>"
        "<p>By Greta Oyelowo and Haruto Lindfield, 2 May 2024</p>"
        "<p>Leopold read physics at the University of Carrick, graduating in 1960, and"
        " completed his doctorate at Wendmoor University in 1964 under Ivo Karadžić.</p>"
        "<h2>Students</h2><p>Among his 17 doctoral students were Greta Oyelowo, Haruto"
        " Lindfield and Beatriz Osei-Carvalho.</p>"
        "<p>Greta Oyelowo (Tamsin University) and Haruto Lindfield (University of Carrick)</p>"
        "</body></html>",
        "obituary.html",
        {
            ("Leopold Asante-Marsh", "studied_at", "University of Carrick", None, 1960),
            ("Leopold Asante-Marsh", "advisor_phd", "Ivo Karadžić", None, 1964),
            ("Greta Oyelowo", "advisor_phd", "Leopold Asante-Marsh", None, None),
            ("Haruto Lindfield", "advisor_phd", "Leopold Asante-Marsh", None, None),
            ("Beatriz Osei-Carvalho", "advisor_phd", "Leopold Asante-Marsh", None, None),
        },
        {
            ("Greta Oyelowo", "advisor_other", "Leopold Asante-Marsh", None, None),
            ("Haruto Lindfield", "advisor_other", "Leopold Asante-Marsh", None, None),
        },
    ),
    "an-award-page-titles-each-citation-by-its-prize-then-its-laureate": (
        "<html><head><title>2024 Society Awards</title></head><body><h1>2024 Society Awards</h1>"
        "<p>The Council announces this year's recipients.</p>"
        "<h2>Marrow Medal: Ines Valtonen-Obi</h2>"
        "<p>Professor Ines Valtonen-Obi of Harrowgate University receives the Marrow Medal."
        " She completed her doctorate at Kellsbridge University in 2001 with the late Amos"
        " Ferreira-Lund. She has supervised nine PhD students; one of them, Tariq"
        " Mensah-Holt, won this medal in 2019.</p></body></html>",
        "awards.html",
        {
            ("Ines Valtonen-Obi", "advisor_phd", "Amos Ferreira-Lund", None, 2001),
            ("Ines Valtonen-Obi", "studied_at", "Kellsbridge University", None, 2001),
            ("Tariq Mensah-Holt", "advisor_phd", "Ines Valtonen-Obi", None, None),
            ("Ines Valtonen-Obi", "employed_at", "Harrowgate University", None, None),
        },
        {
            (
                "Ines Valtonen-Obi",
                "employed_at",
                "Ines Valtonen-Obi of Harrowgate University",
                None,
                None,
            ),
        },
    ),
    "a-defence-story-lists-its-committee-in-a-sentence-with-its-external-examiner-last": (
        "<html><head><title>Spring defenses | Department of Geology</title></head><body>"
        "<h1>Spring defenses</h1><h2>Amara Quist-Nwosu</h2>"
        "<p>Amara Quist-Nwosu defended her dissertation on March 3. Amara was advised by"
        " Professor Helmut Varga-Reyes and spent a summer as a visiting student with Dr. Lene"
        " Bakke at the Fjordhavn Institute.</p>"
        "<p>The committee, chaired by Professor Walter Osei-Brandt, included Professors Mia"
        " Chen-Ruiz and Helmut Varga-Reyes and external examiner Dr. Joaquín Abara of the"
        " Tidewater Institute.</p></body></html>",
        "defenses.html",
        {
            ("Amara Quist-Nwosu", "advisor_phd", "Helmut Varga-Reyes", None, None),
            ("Amara Quist-Nwosu", "jury_president", "Walter Osei-Brandt", None, None),
            ("Amara Quist-Nwosu", "jury_member", "Mia Chen-Ruiz", None, None),
            ("Amara Quist-Nwosu", "jury_examiner", "Joaquín Abara", None, None),
        },
        {
            ("Amara Quist-Nwosu", "advisor_other", "Helmut Varga-Reyes", None, None),
            ("Amara Quist-Nwosu", "jury_member", "Professors Mia Chen-Ruiz", None, None),
        },
    ),
    "a-birthday-workshop-tells-its-honouree-s-academic-family": (
        "<html><head><title>About Marit | Curves and Beyond: a workshop for Marit"
        " Haugland-Obi's 65th</title></head><body><h1>About Marit</h1>"
        "<p>Marit did her Honours year at the University of Wattle Bay in 1979 and then moved"
        " to Corella University for her PhD.</p>"
        "<p>Marit has supervised 15 PhD students. Her first student, Ewan Tjandra (PhD 1992),"
        " is now at Brolga University, where he in turn supervised Paloma Reyes-Kidd and"
        " Jun Okafor. Paloma's own first doctoral student, Ilse Dahl, finished in 2021. Other"
        " students include Corin Walsh-Obi (PhD 1996), who co-supervised with Marit the"
        " thesis of Noor Haddad (PhD 2006), and Tove Lind (PhD 2002).</p></body></html>",
        "about.html",
        {
            ("Marit Haugland-Obi", "studied_at", "University of Wattle Bay", None, 1979),
            ("Ewan Tjandra", "advisor_phd", "Marit Haugland-Obi", None, 1992),
            ("Paloma Reyes-Kidd", "advisor_phd", "Ewan Tjandra", None, None),
            ("Jun Okafor", "advisor_phd", "Ewan Tjandra", None, None),
            ("Corin Walsh-Obi", "advisor_phd", "Marit Haugland-Obi", None, 1996),
            ("Noor Haddad", "advisor_phd", "Corin Walsh-Obi", None, 2006),
            ("Noor Haddad", "advisor_phd", "Marit Haugland-Obi", None, 2006),
            ("Ilse Dahl", "advisor_phd", "Paloma Reyes-Kidd", None, 2021),
            ("Tove Lind", "advisor_phd", "Marit Haugland-Obi", None, 2002),
        },
        {
            ("Marit Haugland-Obi", "studied_at", "Brolga University", None, 1992),
            ("Tove Lind", "advisor_phd", "Corin Walsh-Obi", None, None),
        },
    ),
}


HUNDRED_FIRST_BATCH_LAYOUTS = {
    "a-flemish-defence-headline-keeps-the-given-name-and-its-secretary-sits-on-the-jury": (
        "<html><head><title>Doctoraatsverdediging Wout Claerhout-Nasser</title></head><body>"
        "<h1>Doctoraatsverdediging Wout Claerhout-Nasser</h1>"
        "<p>Kristalgroei in microgravitatie</p>"
        "<table><tr><th>Wanneer</th><td>07-02-2025 om 16:00</td></tr>"
        "<tr><th>Waar</th><td>Aula Kouter</td></tr></table>"
        "<h2>Promotor</h2><p>Prof. dr. Hannelore Verschaeve</p>"
        "<h2>Examencommissie</h2><ul>"
        "<li>Voorzitter: Prof. dr. Ruben Wyffels</li>"
        "<li>Secretaris: Prof. dr. Lotte De Smedt (Universiteit Oostveld)</li></ul>"
        "<h3>Leden van de examencommissie</h3><ul><li>Dr. Imane Bouzidi</li></ul>"
        "</body></html>",
        "doctoraat.html",
        {
            ("Wout Claerhout-Nasser", "advisor_phd", "Hannelore Verschaeve", None, 2025),
            ("Wout Claerhout-Nasser", "jury_president", "Ruben Wyffels", 2025, 2025),
            ("Wout Claerhout-Nasser", "jury_member", "Lotte De Smedt", 2025, 2025),
            ("Wout Claerhout-Nasser", "jury_member", "Imane Bouzidi", 2025, 2025),
        },
        {("Lotte De Smedt", "jury_member", "Wout Claerhout-Nasser", None, None)},
    ),
    "an-italian-cv-s-co-tutor-di-names-the-student-and-the-tutor-in-brackets": (
        "Ginevra Tassinari-Obi\nCurriculum scientifico\n\n1. FORMAZIONE\n\n"
        "Nel 2012 ha conseguito la Laurea Magistrale in Fisica presso l'Università di Arcole,"
        " con una tesi svolta sotto la guida del Prof. Silvano Mureddu (relatore) e"
        " dell'Ing. Farid Rahimi (correlatore).\n\n"
        "2. ATTIVITÀ DI SUPERVISIONE\n\n"
        "È stata inoltre co-tutor di Oscar Lindahl (XXXVI ciclo, Università di Arcole, tesi"
        " discussa nel 2024; tutor Prof.ssa Carmela Pugliatti).\n",
        "cv-ginevra-tassinari-obi.txt",
        {
            ("Ginevra Tassinari-Obi", "advisor_other", "Farid Rahimi", 2012, 2012),
            ("Oscar Lindahl", "advisor_phd", "Ginevra Tassinari-Obi", None, 2024),
            ("Oscar Lindahl", "advisor_phd", "Carmela Pugliatti", None, 2024),
        },
        {("Ginevra Tassinari-Obi", "advisor_other", "Dell'Ing Farid Rahimi", 2012, 2012)},
    ),
    "an-italian-final-exam-commission-names-the-candidate-after-the-programme": (
        "Ginevra Tassinari-Obi\nCurriculum scientifico\n\n4. PARTECIPAZIONE A COMMISSIONI\n\n"
        "  - Commissario nella commissione giudicatrice dell'esame finale di Dottorato in"
        " Scienze della Terra di Benedetta Orlandini, Università di Valcorta, 2021.\n"
        "  - Componente della commissione giudicatrice della procedura selettiva per un posto"
        " di ricercatore RTD-A, Università di Valcorta (presidente: Prof. Aldo Mereu), 2022.\n",
        "cv-ginevra-tassinari-obi.txt",
        {("Benedetta Orlandini", "jury_examiner", "Ginevra Tassinari-Obi", 2021, 2021)},
        {("Ginevra Tassinari-Obi", "jury_president", "Aldo Mereu", 2022, 2022)},
    ),
    "an-assegno-s-responsabile-scientifico-hosts-the-postdoc-not-a-grant-s-pi": (
        "Ginevra Tassinari-Obi\nCurriculum scientifico\n\n2. POSIZIONI\n\n"
        "2016 - 2018   Assegnista di ricerca presso il Politecnico di Serralunga"
        " (responsabile scientifico: Prof. Tiziano Galvagno).\n\n"
        "3. PROGETTI\n\n"
        "Responsabile scientifica (PI) del progetto PRIN 2022 (coordinatore nazionale:"
        " Prof. Ugo Marcellini), 2023-2025.\n",
        "cv-ginevra-tassinari-obi.txt",
        {("Ginevra Tassinari-Obi", "advisor_postdoc", "Tiziano Galvagno", 2016, 2018)},
        {("Ginevra Tassinari-Obi", "advisor_postdoc", "Ugo Marcellini", 2023, 2025)},
    ),
    "a-dottorandi-entry-s-title-colon-is-no-label-over-a-list": (
        "<html><head><title>Dottorandi</title></head><body><h1>Dottorandi</h1>"
        "<h2>Dottori di ricerca</h2><ul><li><strong>Yusra Benkirane</strong> (XXXV ciclo),"
        " tesi discussa il 06/03/2023: <em>Sedimenti lacustri</em>. Tutor: Prof.ssa Nadia"
        " Scalzotto.</li></ul></body></html>",
        "dottorandi.html",
        {("Yusra Benkirane", "advisor_phd", "Nadia Scalzotto", None, 2023)},
        set(),
    ),
    "a-dutch-promoties-page-s-opponenten-are-the-candidate-s-reviewers": (
        "<html><head><title>Promoties - Sectie Hydrologie</title></head><body>"
        "<h1>Promoties</h1><h2>Afgeronde promoties</h2>"
        "<h3>Jelle Hoogendijk &ndash; 14 mei 2021</h3><ul>"
        "<li>promotor: prof. dr. Margriet Staal</li>"
        "<li>opponenten: prof. dr. Uwe Brandauer (Universität Lenzfeld), dr. Nora Aksoy</li>"
        "</ul><p>Paranimfen: Sem Kuiper en Fenna Bos.</p>"
        "<h3>Roel Smulders &ndash; 2 maart 2020</h3><ul>"
        "<li>promotor: prof. dr. Margriet Staal</li></ul></body></html>",
        "promoties.html",
        {
            ("Jelle Hoogendijk", "advisor_phd", "Margriet Staal", None, 2021),
            ("Jelle Hoogendijk", "jury_reviewer", "Uwe Brandauer", 2021, 2021),
            ("Jelle Hoogendijk", "jury_reviewer", "Nora Aksoy", 2021, 2021),
        },
        {
            ("Jelle Hoogendijk", "employed_at", "Universität Lenzfeld", None, None),
            ("Jelle Hoogendijk", "jury_member", "Sem Kuiper", 2021, 2021),
        },
    ),
    "a-dutch-homepage-says-ik-was-zijn-begeleider-and-lid-promotiecommissie-van": (
        "<html><head><title>Roos Kartodikromo</title></head><body><h1>Roos Kartodikromo</h1>"
        "<p>Universitair docent<br>Vakgroep Geschiedenis, Kunst en Cultuur<br>"
        "Universiteit Zeewolde</p>"
        "<h2>Afgeronde promoties</h2><ul><li>dr. Thom Veldkamp (2016&ndash;2020), <i>Handel"
        " in de Oostzee</i>. Ik was zijn dagelijks begeleider; promotor was prof. dr. Anke"
        " Roozendaal.</li></ul>"
        "<h2>MSc theses</h2><ul><li>Levi Mulder, <i>Frisian&ndash;Dutch trade</i> (2023)</li>"
        "</ul><h2>Commissies</h2><ul><li>2022 &ndash; Lid promotiecommissie van Bas Terpstra,"
        " Universiteit Hoorneman.</li>"
        "<li>2014 &ndash; Paranimf bij de promotie van Eva Dekker.</li></ul></body></html>",
        "index.html",
        {
            ("Thom Veldkamp", "advisor_phd", "Roos Kartodikromo", 2016, 2020),
            ("Thom Veldkamp", "advisor_phd", "Anke Roozendaal", 2016, 2020),
            ("Levi Mulder", "advisor_other", "Roos Kartodikromo", 2023, 2023),
            ("Bas Terpstra", "jury_member", "Roos Kartodikromo", 2022, 2022),
            (
                "Roos Kartodikromo",
                "member_of",
                "Vakgroep Geschiedenis, Kunst en Cultuur",
                None,
                None,
            ),
        },
        {
            ("Frisian Levi Mulder", "advisor_other", "Roos Kartodikromo", 2023, 2023),
            ("Eva Dekker", "jury_member", "Roos Kartodikromo", 2014, 2014),
            ("Roos Kartodikromo", "member_of", "Vakgroep Geschiedenis", None, None),
        },
    ),
}


HUNDREDTH_BATCH_LAYOUTS = {
    "a-common-cv-supervision-record-names-its-student-in-a-field": (
        render_pdf(
            "Ingrid Solvang-Mbeki\nProfessor, Westmarch University\n\n"
            "Student/Postdoctoral Supervision\n\nDoctorate [n=1]\n\n"
            "2018/9 - 2023/4 Principal Supervisor\nStudent Name: Tobiah Marchetti-Oyo\n"
            "Student Institution: Westmarch University\nStudent Degree Type: Doctorate\n"
            "Student Degree Status: Completed\nSupervision Role: Principal Supervisor\n\n"
            "Post-doctorate [n=1]\n\n2021/1 - 2022/12 Principal Supervisor\n"
            "Student Name: Leontine Achebe-Roux\nStudent Institution: Westmarch University\n"
            "Student Degree Type: Post-doctorate\nSupervision Role: Principal Supervisor\n"
        ),
        "ccv.pdf",
        {
            ("Tobiah Marchetti-Oyo", "advisor_phd", "Ingrid Solvang-Mbeki", 2018, 2023),
            ("Leontine Achebe-Roux", "advisor_postdoc", "Ingrid Solvang-Mbeki", 2021, 2022),
        },
        {
            ("Ingrid Solvang-Mbeki", "studied_at", "Westmarch University", 2018, 2023),
            ("Ingrid Solvang-Mbeki", "advisor_phd", "Supervision Role", 2018, 2023),
        },
    ),
    "a-common-cv-degree-names-its-supervisor-family-name-first": (
        render_pdf(
            "Ingrid Solvang-Mbeki\nProfessor, Westmarch University\n\nDegrees\n\n"
            "2009/9 - 2014/6 Doctorate, Doctor of Philosophy, Geology, University of Pellmoor\n"
            "Degree Status: Completed\nSupervisors: Haldane-Okoro, Fergus, 2009/9 - 2014/6\n"
        ),
        "ccv.pdf",
        {("Ingrid Solvang-Mbeki", "advisor_phd", "Fergus Haldane-Okoro", 2009, 2014)},
        {("Ingrid Solvang-Mbeki", "advisor_phd", "Haldane-Okoro Fergus", 2009, 2014)},
    ),
    "a-dotted-leader-joins-a-field-to-its-value": (
        render_pdf(
            "Mathurin Abadie-Sorel\n\nThèse de doctorat\n\n"
            "Période ..................... 2019 – 2022\n"
            "Directeur de thèse ............ Pr Anatole Vernhes\n"
            "Co-encadrante .................. Dr Rosine Kabongo (CR CNRS)\n"
        ),
        "dossier.pdf",
        {
            ("Mathurin Abadie-Sorel", "advisor_phd", "Anatole Vernhes", 2019, 2022),
            ("Mathurin Abadie-Sorel", "advisor_phd", "Rosine Kabongo", 2019, 2022),
        },
        {("Mathurin Abadie-Sorel", "employed_at", "CNRS", 2019, 2022)},
    ),
    "a-banner-ending-on-a-year-is-no-sentence-over-the-name": (
        render_pdf(
            "Dossier de candidature — Poste de maître de conférences — Session 2027\n\n"
            "PERPÉTUE NGANDO-LAURENT\n\nThèse\n\n"
            "2020 – 2023 Doctorat, Université de Chazelles, sous la direction de Pr Honoré "
            "Quintard.\n"
        ),
        "dossier.pdf",
        {("Perpétue Ngando-Laurent", "advisor_phd", "Honoré Quintard", 2020, 2023)},
        set(),
    ),
    "a-thesis-in-progress-under-doctoral-supervision-is-supervised": (
        "<html><head><title>Odile Ferrant-Diop</title></head><body><h1>Odile Ferrant-Diop</h1>"
        "<h2>Encadrement doctoral</h2><h3>Thèse en cours</h3>"
        "<ul><li>Bakary Lemoine-Touré (depuis octobre 2023). « Graphes dynamiques ». "
        "Direction : 100 %.</li></ul></body></html>",
        "cv.html",
        {("Bakary Lemoine-Touré", "advisor_phd", "Odile Ferrant-Diop", 2023, None)},
        {("Odile Ferrant-Diop", "studied_at", "Bakary Lemoine-Touré", 2023, None)},
    ),
    "a-wrapped-sous-la-responsabilite-still-names-the-intern-s-tutor": (
        render_pdf(
            "Clothilde Varenne-Oyelaran\n\nFormation\n\n"
            "2021 Master Chimie, Université de Vauzelles (mention Bien).\n"
            "Stage de M2 (6 mois) au Laboratoire de Catalyse, sous la\n"
            "responsabilité de Dr Aristide Moncorgé.\n"
        ),
        "cv.pdf",
        {("Clothilde Varenne-Oyelaran", "advisor_internship", "Aristide Moncorgé", 2021, 2021)},
        set(),
    ),
}


HUNDRED_FIFTH_BATCH_LAYOUTS = {
    "a-colleagues-json-ld-on-a-profile-headed-by-another-is-no-owner": (
        "<html><head><title>Ottoline Brackwater-Sy | Farrowgate Physics</title>"
        '<script type="application/ld+json">{"@context":"https://schema.org",'
        '"@type":"Person","name":"Desmond Kinsella-Obi","jobTitle":"Head of School"}'
        "</script></head><body><h1>Ottoline Brackwater-Sy</h1>"
        "<p>Lecturer, Farrowgate University.</p><p>I received my PhD from Merrin College"
        " in 2018, advised by Ulrike Sandvoss.</p></body></html>",
        "profile.html",
        {("Ottoline Brackwater-Sy", "advisor_phd", "Ulrike Sandvoss", None, 2018)},
        {("Desmond Kinsella-Obi", "advisor_phd", "Ulrike Sandvoss", None, 2018)},
    ),
    "a-flex-row-keeps-its-years-span-apart-from-the-co-advisors-name": (
        "<html><head><title>Hallvard Tjeldnes</title></head><body><h1>Hallvard Tjeldnes</h1>"
        "<h2>Students</h2><ul><li class='flex justify-between'><span><span>Wiremu Castellano"
        "</span> — PhD, co-advised with Bettina Oyelowo</span><span>2020–</span></li>"
        "<li class='flex justify-between'><span><span>Saoirse Mbatha</span> — PhD</span>"
        "<span>2023–</span></li></ul></body></html>",
        "index.html",
        {
            ("Wiremu Castellano", "advisor_phd", "Hallvard Tjeldnes", 2020, None),
            ("Wiremu Castellano", "advisor_phd", "Bettina Oyelowo", 2020, None),
            ("Saoirse Mbatha", "advisor_phd", "Hallvard Tjeldnes", 2023, None),
        },
        {("Saoirse Mbatha", "advisor_other", "Hallvard Tjeldnes", 2023, None)},
    ),
    "a-word-cv-labels-its-doctoral-list-with-a-bracketed-qualifier": (
        "<html><body><p class=MsoTitle>Dr Imogen Vasquez-Thorne</p>"
        "<h1>Research supervision</h1>"
        "<p class=MsoNormal><i>Doctoral students (as main supervisor unless stated)</i></p>"
        "<p class=MsoListParagraph>·&nbsp;&nbsp; Kofi Lindqvist (2021 – )</p>"
        "<p class=MsoListParagraph>·&nbsp;&nbsp; Anouk Ferreira (2022 – ), second supervisor;"
        " lead supervisor Prof. Radu Malinescu</p></body></html>",
        "cv.htm",
        {
            ("Kofi Lindqvist", "advisor_phd", "Imogen Vasquez-Thorne", 2021, None),
            ("Anouk Ferreira", "advisor_phd", "Radu Malinescu", 2022, None),
        },
        {("Kofi Lindqvist", "advisor_other", "Imogen Vasquez-Thorne", 2021, None)},
    ),
    "a-chemists-title-less-reference-ends-on-a-journal-abbreviation": (
        "<html><head><title>Publications - Léonie Charbonnel</title></head><body>"
        "<h1>Léonie Charbonnel</h1><h2>Publications</h2><ol>"
        "<li>L. Charbonnel, T. Abiodun, <i>Z. Kristallogr.</i> <b>14</b> (2016) 301.</li>"
        "<li>R. Haugland, L. Charbonnel, <i>J. Solid State Ionics</i> <b>90</b> (2023) 12.</li>"
        "</ol></body></html>",
        "publis.html",
        {
            ("Léonie Charbonnel", "coauthor", "T. Abiodun", None, None),
            ("R. Haugland", "coauthor", "Léonie Charbonnel", None, None),
        },
        {
            ("Léonie Charbonnel", "coauthor", "Z. Kristallogr", None, None),
            ("Léonie Charbonnel", "coauthor", "J. Solid", None, None),
        },
    ),
    "a-theses-label-with-a-colon-before-its-candidates": (
        "<HTML><HEAD><TITLE>Page de Gwenolé Rivoal</TITLE></HEAD><BODY>"
        "<FONT SIZE=5><B>Gwenolé RIVOAL</B></FONT><P><B>Jurys de thèse</B><P>"
        "Rapporteur des thèses de : Anaïs Perrot-Kaya (Brest, 2014), Idriss Lamrani"
        " (Vannes, 2018).</BODY></HTML>",
        "index.htm",
        {
            ("Anaïs Perrot-Kaya", "jury_reviewer", "Gwenolé Rivoal", 2014, 2014),
            ("Idriss Lamrani", "jury_reviewer", "Gwenolé Rivoal", 2018, 2018),
        },
        set(),
    ),
    "a-student-card-says-a-co-direction-without-a-supervision-cue": (
        "<html><head><title>Clémence Varaud</title></head><body><h1>Clémence Varaud</h1>"
        "<h2>Encadrement</h2><div class='carte'><p class='nom'>Yanis Bertholet</p>"
        "<p>Thèse soutenue en 2021 (2018 – 2021), co-dirigée avec Armelle Quintin."
        " Aujourd'hui ingénieur chez Flexal.</p></div></body></html>",
        "fiche.html",
        {
            ("Yanis Bertholet", "advisor_phd", "Clémence Varaud", 2018, 2021),
            ("Yanis Bertholet", "advisor_phd", "Armelle Quintin", 2018, 2021),
        },
        {("Yanis Bertholet", "advisor_other", "Clémence Varaud", 2018, 2021)},
    ),
    "an-hdr-row-under-the-doctorate-does-not-date-the-thesis-jury": (
        "<html><head><title>Karim Osterhout</title></head><body><h1>Karim Osterhout</h1>"
        "<h3>Parcours</h3><ul><li>2009 : doctorat de physique, Université de Brenlac."
        " Direction : Solène Marquet.</li><li>2017 : habilitation à diriger des recherches,"
        " Université de Brenlac</li></ul><p>Jury de thèse : Pavel Lindgren et Ayo Cardoso"
        " (rapporteurs).</p></body></html>",
        "cv.html",
        {
            ("Karim Osterhout", "jury_reviewer", "Pavel Lindgren", 2009, 2009),
            ("Karim Osterhout", "jury_reviewer", "Ayo Cardoso", 2009, 2009),
        },
        {("Karim Osterhout", "jury_reviewer", "Pavel Lindgren", 2017, 2017)},
    ),
    "a-degrees-field-acronym-is-no-organisation": (
        "<html><head><title>Maëlys Dorgeval</title></head><body><h1>Maëlys Dorgeval</h1>"
        "<h2>Formation</h2><ul><li>2014 : Master 2 Analyse numérique et EDP, Université"
        " de Carnoët</li></ul></body></html>",
        "cv.html",
        {("Maëlys Dorgeval", "studied_at", "Université de Carnoët", None, 2014)},
        {("Maëlys Dorgeval", "studied_at", "EDP", None, 2014)},
    ),
}


HUNDRED_FOURTH_BATCH_LAYOUTS = {
    "a-team-plugin-card-names-the-head-by-its-role-line-and-bios-date-the-joining": (
        "<html><head><title>Our Team – Saltmarsh Ecology Lab</title></head><body><main>"
        "<h1>Our Team</h1><p>The Saltmarsh Ecology Lab is a research group in the School of "
        "Life Sciences at Penrith Vale University.</p><div class='tmm_container'>"
        "<div class='tmm_member'><div class='tmm_names'><span class='tmm_fname'>Ingeborg"
        "</span> <span class='tmm_lname'>Achebe-Stroud</span></div>"
        "<div class='tmm_job'>Principal Investigator</div><div class='tmm_desc'>Ingeborg is "
        "a Reader in Ecology. She completed her PhD at Harlow Institute of Technology.</div>"
        "</div><div class='tmm_member'><div class='tmm_names'><span class='tmm_fname'>Rafael"
        "</span> <span class='tmm_lname'>Munteanu-Oduya</span></div>"
        "<div class='tmm_job'>PhD Student</div><div class='tmm_desc'>He joined the lab in "
        "2022 after an MSc at Dunfield College.</div></div></div></main></body></html>",
        "team.html",
        {
            ("Rafael Munteanu-Oduya", "advisor_phd", "Ingeborg Achebe-Stroud", 2022, None),
            ("Ingeborg Achebe-Stroud", "studied_at", "Harlow Institute of Technology", None, None),
            ("Ingeborg Achebe-Stroud", "employed_at", "Penrith Vale University", None, None),
        },
        {("Rafael Munteanu-Oduya", "advisor_phd", "Ingeborg Achebe-Stroud", None, 2022)},
    ),
    "a-uk-group-page-reads-each-pgr-card-s-supervisory-team": (
        "<html><head><title>Members - Coastal Engineering Group</title></head><body>"
        "<h1>Coastal Engineering Group: members</h1><h2>Academic staff</h2>"
        "<p>Professor Oluwaseun Hartley-Berg, Dr Marguerite Castellanos</p>"
        "<h2>PGR students</h2><h3>Teodor Lindqvist-Abara</h3>"
        "<p>Thesis: <em>Wave overtopping of seawalls</em> (started October 2022)<br>"
        "Supervisory team: Dr Marguerite Castellanos (primary), Professor Oluwaseun "
        "Hartley-Berg (secondary)<br>Funding: Doctoral Training Partnership</p>"
        "</body></html>",
        "members.html",
        {
            ("Teodor Lindqvist-Abara", "advisor_phd", "Marguerite Castellanos", 2022, None),
            ("Teodor Lindqvist-Abara", "advisor_phd", "Oluwaseun Hartley-Berg", 2022, None),
        },
        set(),
    ),
    "a-japanese-roster-s-m1-row-is-a-master-s-course-not-an-m1-internship": (
        "<html><head><title>Members | Kawase Laboratory – Quantum Optics</title></head><body>"
        "<h1>Members</h1><p>Kawase Laboratory belongs to the Graduate School of Science, "
        "Hoshino University. Prof. Ryota Kawase supervises its students.</p>"
        "<table><tr><th>Position</th><th>Name</th></tr>"
        "<tr><td>Professor</td><td>Ryota KAWASE</td></tr></table><h2>Students</h2>"
        "<table><tr><th>Year</th><th>Name</th><th>Theme</th></tr>"
        "<tr><td>D2</td><td>Miyu ARAKAWA</td><td>Squeezed light</td></tr>"
        "<tr><td>M1</td><td>Tomoki SEKIGUCHI</td><td>Optical cavities</td></tr>"
        "</table></body></html>",
        "members.html",
        {
            ("Miyu Arakawa", "advisor_phd", "Ryota Kawase", None, None),
            ("Tomoki Sekiguchi", "advisor_other", "Ryota Kawase", None, None),
            ("Ryota Kawase", "employed_at", "Hoshino University", None, None),
        },
        {("Tomoki Sekiguchi", "advisor_internship", "Ryota Kawase", None, None)},
    ),
    "an-alumni-table-s-bare-ms-and-bs-degree-cells-are-no-doctorates": (
        "---\ntitle: People\n---\n\nThe Dunmore Lab is led by Prof. Halima Oyelowo-Brandt.\n\n"
        "## Alumni\n\n| Name | Degree | Year | Thesis | Now at |\n|---|---|---|---|---|\n"
        "| Casimir Wojcik-Ambe | PhD | 2022 | Sleep and song | Postdoc, Fennick Institute |\n"
        "| Leilani Kahale | MS | 2020 | Circadian gating | Analyst, Tidewater Health |\n"
        "| Odile Marchetti | BS (honors) | 2019 | Juvenile tutoring | MD student |\n",
        "people.md",
        {
            ("Casimir Wojcik-Ambe", "advisor_phd", "Halima Oyelowo-Brandt", None, 2022),
            ("Leilani Kahale", "advisor_other", "Halima Oyelowo-Brandt", 2020, 2020),
            ("Odile Marchetti", "advisor_other", "Halima Oyelowo-Brandt", 2019, 2019),
        },
        {
            ("Leilani Kahale", "advisor_phd", "Halima Oyelowo-Brandt", None, 2020),
            ("Odile Marchetti", "advisor_phd", "Halima Oyelowo-Brandt", None, 2019),
        },
    ),
    "a-head-s-bio-under-its-heading-trained-as-a-postdoc-with-no-phd-advisor": (
        "---\ntitle: People\n---\n\n## Principal Investigator\n\n"
        "**Rosalind Akintola-Vance, PhD** — Associate Professor of Biology\n"
        "Rosalind received her PhD in Zoology from Carrick University in 2008 and trained as a "
        "postdoc with Dr. Emil Stavros at the Wendover Institute (2008–2013).\n\n"
        "## Graduate students\n\n* **Juniper Achterberg** — PhD student (2021–).\n",
        "people.md",
        {
            ("Rosalind Akintola-Vance", "advisor_postdoc", "Emil Stavros", 2008, 2013),
            ("Juniper Achterberg", "advisor_phd", "Rosalind Akintola-Vance", 2021, None),
        },
        {("Rosalind Akintola-Vance", "advisor_phd", "Emil Stavros", None, None)},
    ),
    "a-year-s-line-of-master-s-graduates-dates-each-of-them": (
        "<html><head><title>Members | Ogiwara Laboratory</title></head><body><h1>Members</h1>"
        "<h2>Staff</h2><p>Professor: Satoshi OGIWARA</p><h2>Alumni</h2>"
        "<h3>Master's degree</h3><p>2025: Kenta MORIOKA (Tobishima Motors), Ayane KUDO "
        "(Nishikawa Electric)</p></body></html>",
        "members.html",
        {
            ("Kenta Morioka", "advisor_other", "Satoshi Ogiwara", 2025, 2025),
            ("Ayane Kudo", "advisor_other", "Satoshi Ogiwara", 2025, 2025),
        },
        {("Kenta Morioka", "advisor_phd", "Satoshi Ogiwara", None, 2025)},
    ),
    "a-group-page-s-academic-staff-hold-their-posts-where-its-opening-says": (
        "<html><head><title>Members - Tidal Power Group - University of Quarrendon</title>"
        "</head><body>"
        "<h1>Tidal Power Group: members</h1><p>The Tidal Power Group is one of three research "
        "groups in the School of Engineering at the University of Quarrendon.</p>"
        "<h2>Academic staff</h2><table><tr><th>Name</th><th>Role</th></tr>"
        "<tr><td>Professor Annika Solheim-Adeyemi</td><td>Professor of Marine Energy</td></tr>"
        "<tr><td>Dr Teodoro Vance</td><td>Lecturer</td></tr></table>"
        "<h2>Seminars</h2><p>Visiting speakers included Professor Lucan Merriweather "
        "(Kestrel University).</p></body></html>",
        "members.html",
        {
            ("Annika Solheim-Adeyemi", "employed_at", "University of Quarrendon", None, None),
            ("Teodoro Vance", "employed_at", "University of Quarrendon", None, None),
        },
        {("Lucan Merriweather", "employed_at", "University of Quarrendon", None, None)},
    ),
    "a-showcase-card-s-post-line-over-its-employer-line": (
        "<html><head><meta name='author' content='Tamsin Okoro-Lindgren'>"
        "<title>People | Kelp Forest Group</title></head><body><h2>Principal Investigator</h2>"
        "<div><div>Tamsin Okoro-Lindgren</div><div>Senior Lecturer in Marine Biology</div>"
        "<div>Harrowgate University</div></div><h2>Grad Students</h2>"
        "<div><div>Ilario Benedetti</div><div>PhD Candidate (2022&ndash;)</div>"
        "<div>Harrowgate University</div></div></body></html>",
        "people.html",
        {
            ("Tamsin Okoro-Lindgren", "employed_at", "Harrowgate University", None, None),
            ("Ilario Benedetti", "advisor_phd", "Tamsin Okoro-Lindgren", 2022, None),
        },
        set(),
    ),
}


HUNDRED_SEVENTH_BATCH_LAYOUTS = {
    "a-news-rows-flag-after-the-host-ends-the-name": (
        "<html><head><title>Oskari Lindfors</title></head><body><h1>Oskari Lindfors</h1>"
        "<p>I am a PhD student at the University of Varkaus.</p><h2>news</h2><table>"
        '<tr><th scope="row">Jul 01, 2024</th><td>Started my research internship at'
        " Quellbrook AI in Zurich, hosted by Dr. Mireille Tchakounté 🇨🇭</td></tr>"
        '<tr><th scope="row">Mar 02, 2024</th><td>Paper accepted at ICLR 🎉</td></tr>'
        "</table></body></html>",
        "index.html",
        {("Oskari Lindfors", "advisor_internship", "Mireille Tchakounté", 2024, 2024)},
        set(),
    ),
    "an-australian-a-slash-prof-title-is-the-second-joint-supervisor": (
        "<html><head><title>Bao Tran Le</title></head><body><h1>Bao Tran Le</h1>"
        "<p>I am a PhD candidate in a joint degree between the Université de Fontclaire and"
        " Wattle Bay University. My thesis is jointly supervised by Prof. Armelle Quiniou"
        " (Université de Fontclaire) and A/Prof. Declan Moorcroft (Wattle Bay University)."
        "</p></body></html>",
        "index.html",
        {
            ("Bao Tran Le", "advisor_phd", "Armelle Quiniou", None, None),
            ("Bao Tran Le", "advisor_phd", "Declan Moorcroft", None, None),
        },
        set(),
    ),
    "a-lab-which-is-directed-by-its-head-names-no-advisor-and-a-summer-school-no-study": (
        "<html><head><title>Ilkka Saarinen-Obi</title></head><body><h1>Ilkka Saarinen-Obi</h1>"
        "<p>I am a third-year PhD student at Stellmoor University, advised by Prof. Hedda"
        " Vogt. I am part of the Stellmoor Robotics Lab, which is directed by Prof. Tobias"
        " Grunewald-Asare. In summer 2023 I attended the Halden Machine Learning Summer"
        " School.</p></body></html>",
        "index.html",
        {
            ("Ilkka Saarinen-Obi", "advisor_phd", "Hedda Vogt", None, None),
            ("Ilkka Saarinen-Obi", "member_of", "Stellmoor Robotics Lab", None, None),
        },
        {
            ("Ilkka Saarinen-Obi", "advisor_phd", "Tobias Grunewald-Asare", None, None),
            ("Ilkka Saarinen-Obi", "advisor_phd", "Tobias Grunewald-Asare", None, 2023),
            (
                "Ilkka Saarinen-Obi",
                "studied_at",
                "Halden Machine Learning Summer School",
                None,
                2023,
            ),
        },
    ),
    "a-student-representative-on-a-school-committee-has-no-jury": (
        "<html><head><title>CV - Priyanka Solanki-Berg</title></head><body>"
        "<h1>Priyanka Solanki-Berg</h1><p>PhD student, Tarnhill University.</p>"
        "<h2>Service</h2><ul><li>Reviewer for ICML 2024</li>"
        "<li>Student representative, Tarnhill Graduate School committee (chair: Prof. Ottavio"
        " Brancati), 2023</li></ul></body></html>",
        "cv.html",
        set(),
        {
            ("Priyanka Solanki-Berg", "jury_president", "Ottavio Brancati", 2023, 2023),
            ("Priyanka Solanki-Berg", "jury_member", "Ottavio Brancati", 2023, 2023),
        },
    ),
    "my-undergraduate-mentor-in-thanks-is-no-student-of-mine": (
        "<html><head><title>Kalani Oyama-Reeves</title></head><body><h1>Kalani Oyama-Reeves"
        "</h1><p>I am a PhD candidate in chemistry at Bellmere University.</p>"
        "<h2>Acknowledgements</h2><p>I am grateful to my labmates for endless support, and to"
        " my undergraduate mentor Noelani Akana-Whitby for getting me into science.</p>"
        "</body></html>",
        "index.html",
        set(),
        {
            ("Noelani Akana-Whitby", "advisor_phd", "Kalani Oyama-Reeves", None, None),
            ("Noelani Akana-Whitby", "advisor_other", "Kalani Oyama-Reeves", None, None),
            ("Noelani Akana-Whitby", "advisor_internship", "Kalani Oyama-Reeves", None, None),
        },
    ),
    "an-reu-entry-labels-its-pi-and-a-rotation-is-no-doctorate": (
        '---\ntitle: "Makoa Dela Cruz-Hale"\nauthor_profile: true\n---\n\n'
        "I'm a Ph.D. candidate at **Ridgecombe University**. My adviser is Prof. Ysolde"
        " Marchbank, and I am a member of the Marchbank Catalysis Group.\n\n"
        "Research experience\n------\n"
        "* **Summer 2021** — NSF REU, Corbel Institute of Technology. PI: Prof. Haruka"
        " Endo-Vance (mentored by graduate student Tomasz Reyes-Lund).\n"
        "* **Jan – Mar 2022** — Graduate rotation in the Pell Lab, under the guidance of"
        " Dr. Agnes Pell-Oduya.\n",
        "about.md",
        {
            ("Makoa Dela Cruz-Hale", "advisor_phd", "Ysolde Marchbank", None, None),
            ("Makoa Dela Cruz-Hale", "member_of", "Marchbank Catalysis Group", None, None),
            ("Makoa Dela Cruz-Hale", "advisor_internship", "Haruka Endo-Vance", 2021, 2021),
        },
        {
            ("Makoa Dela Cruz-Hale", "advisor_phd", "Haruka Endo-Vance", None, None),
            ("Makoa Dela Cruz-Hale", "advisor_phd", "Agnes Pell-Oduya", None, 2022),
            ("Makoa Dela Cruz-Hale", "advisor_phd", "Agnes Pell-Oduya", 2022, 2022),
            ("NSF REU", "part_of", "Corbel Institute of Technology", None, None),
        },
    ),
    "a-cotutelle-between-two-universities-in-their-countries": (
        "<html><head><title>Rahel Tesfaye</title></head><body><h1>Rahel Tesfaye</h1>"
        "<p>I am a PhD candidate in a cotutelle between the Université de Brennac in France"
        " and Yarra Vale University in Australia.</p></body></html>",
        "index.html",
        {
            ("Rahel Tesfaye", "studied_at", "Université de Brennac", None, None),
            ("Rahel Tesfaye", "studied_at", "Yarra Vale University", None, None),
        },
        {("Rahel Tesfaye", "studied_at", "France and Yarra Vale University", None, None)},
    ),
    "a-visiting-researcher-stay-of-months-has-a-host-no-postdoc-advisor": (
        "<html><head><title>Ragnhild Espeseth-Mora</title></head><body>"
        "<h1>Ragnhild Espeseth-Mora</h1><p>PhD student in ecology, University of Kvalsund."
        "</p><h2>Positions</h2><table><tr><td>2021 – now</td><td>Doctoral researcher,"
        " University of Kvalsund</td></tr><tr><td>2023 (4 months)</td><td>Visiting"
        " researcher, Tarrow Marine Station — host: Dr. Eamon Keohane-Diallo</td></tr>"
        "</table></body></html>",
        "index.html",
        {("Ragnhild Espeseth-Mora", "advisor_other", "Eamon Keohane-Diallo", 2023, 2023)},
        {("Ragnhild Espeseth-Mora", "advisor_postdoc", "Eamon Keohane-Diallo", 2023, 2023)},
    ),
}


HUNDRED_TENTH_BATCH_LAYOUTS = {
    "a-newsletter-section-of-defences-with-one-sub-heading-per-candidate-and-inclusive-labels": (
        "<html><head><title>Lettre de l'ED n°12 — mars 2025</title></head><body>"
        "<h1>Lettre de l'ED n°12 — mars 2025</h1><h2>Soutenances à venir</h2>"
        "<h3>Corentin Abalain — lundi 17 mars 2025, 14 h, amphi B</h3>"
        "<ul><li><strong>Directeur·rice :</strong> Pr Mathilde Queffelec"
        " (Université de Kerlann)</li>"
        "<li><strong>Rapporteur·e·s :</strong> Pr Ewa Sadowska (Université de Poznań-Warta),"
        " Dr Amadou Traoré (IRD)</li>"
        "<li><strong>Président·e :</strong> Pr Jeanne Le Roux</li>"
        "<li><strong>Membre invité·e :</strong> M. Hervé Nédélec (Océanopolis-Est)</li></ul>"
        "<h3>Lina Haddouche — jeudi 20 mars 2025, 10 h, salle 2</h3>"
        "<ul><li><strong>Directrice :</strong> Dr Soizic Morvan (CNRS)</li>"
        "<li><strong>Examinateur·rice·s :</strong> Pr Tomás Quiroga"
        " (Universidad de Valdivia-Sur)</li>"
        "</ul><h2>Séminaire</h2><p>Modérateur : Dr Gildas Prigent.</p></body></html>",
        "lettre.html",
        {
            ("Corentin Abalain", "advisor_phd", "Mathilde Queffelec", None, 2025),
            ("Corentin Abalain", "jury_reviewer", "Ewa Sadowska", 2025, 2025),
            ("Corentin Abalain", "jury_reviewer", "Amadou Traoré", 2025, 2025),
            ("Corentin Abalain", "jury_president", "Jeanne Le Roux", 2025, 2025),
            ("Corentin Abalain", "jury_member", "Hervé Nédélec", 2025, 2025),
            ("Lina Haddouche", "advisor_phd", "Soizic Morvan", None, 2025),
            ("Lina Haddouche", "jury_examiner", "Tomás Quiroga", 2025, 2025),
        },
        {
            ("Corentin Abalain", "employed_at", "Université de Kerlann", None, None),
            ("Corentin Abalain", "employed_at", "Université de Kerlann", 2025, 2025),
        },
    ),
    "a-pgr-bulletins-recent-vivas-each-under-its-passed-doctors-heading": (
        "<html><head><title>PGR Bulletin, Autumn 2024</title></head><body>"
        "<h1>PGR Bulletin &ndash; Autumn 2024</h1><h2>Congratulations to our recent vivas</h2>"
        "<h3>Dr Morwenna Tresize &ndash; passed with minor corrections</h3>"
        "<p>Viva held on 4 November 2024.</p><table>"
        "<tr><th>Supervisors</th><td>Prof. Idris Bamgbose, Dr Kirsty Abernethy</td></tr>"
        "<tr><th>Internal examiner</th><td>Dr Callum Fenwick</td></tr>"
        "<tr><th>External examiner</th><td>Prof. Annelies Verbruggen (Universiteit Zeeland)</td>"
        "</tr><tr><th>Independent chair</th><td>Dr Priti Sandhu</td></tr></table>"
        "<h3>Dr Yusuf Okafor-Reid &ndash; passed with no corrections</h3>"
        "<p>Viva held on 12 November 2024.</p><p><strong>Supervisor:</strong> Dr Elen Parry<br>"
        "<strong>Examiners:</strong> Prof. Hamid Zarei (external) and Dr Tessa Kilbride"
        " (internal)</p></body></html>",
        "bulletin.html",
        {
            ("Morwenna Tresize", "advisor_phd", "Idris Bamgbose", None, 2024),
            ("Morwenna Tresize", "advisor_phd", "Kirsty Abernethy", None, 2024),
            ("Morwenna Tresize", "jury_examiner", "Callum Fenwick", 2024, 2024),
            ("Morwenna Tresize", "jury_examiner", "Annelies Verbruggen", 2024, 2024),
            ("Morwenna Tresize", "jury_president", "Priti Sandhu", 2024, 2024),
            ("Yusuf Okafor-Reid", "advisor_phd", "Elen Parry", None, 2024),
            ("Yusuf Okafor-Reid", "jury_examiner", "Hamid Zarei", 2024, 2024),
            ("Yusuf Okafor-Reid", "jury_examiner", "Tessa Kilbride", 2024, 2024),
        },
        set(),
    ),
    "an-hdr-jury-says-examinatrices-et-examinateurs-in-full": (
        "<html><head><title>Soutenance d'HDR de Maëlle Quintin</title></head><body>"
        "<h1>Soutenance d'HDR de Maëlle Quintin</h1>"
        "<p>Maëlle Quintin soutiendra son habilitation le 5 juin 2025.</p>"
        "<p>Garant : Pr Roland Sittler<br>Rapporteurs :<br>– Pr Ilse Vandamme (KU Brabant)<br>"
        "Examinatrices et examinateurs :<br>– Dr Karim Benali (CNRS)<br>"
        "– Pr Oriane Falcoz (Université de Savoie-Nord)<br>"
        "Président du jury : Pr Gaston Mirabel</p>"
        "<p>Lien Zoom (hôte : Fabien Roux, service informatique).</p></body></html>",
        "hdr.html",
        {
            ("Maëlle Quintin", "jury_reviewer", "Ilse Vandamme", 2025, 2025),
            ("Maëlle Quintin", "jury_examiner", "Karim Benali", 2025, 2025),
            ("Maëlle Quintin", "jury_examiner", "Oriane Falcoz", 2025, 2025),
            ("Maëlle Quintin", "jury_president", "Gaston Mirabel", 2025, 2025),
        },
        {
            ("Maëlle Quintin", "jury_member", "Karim Benali", 2025, 2025),
            ("Maëlle Quintin", "jury_member", "Fabien Roux", 2025, 2025),
        },
    ),
    "a-quebec-defence-reads-its-colon-labels-and-leaves-past-defences-and-organiser-alone": (
        "<html><head><title>Soutenance de thèse de Mme Rosalie Dufresne-Achour</title></head>"
        "<body><h1>Soutenance de thèse de Mme Rosalie Dufresne-Achour</h1>"
        "<p>Date : mardi 9 février 2027, 13 h 30</p><h2>Membres du jury</h2><dl>"
        "<dt>Présidente-rapporteure</dt><dd>Mme Lucie Pelletier, professeure, Université de"
        " Rimouski-Est</dd><dt>Directeur de recherche</dt><dd>M. Gilles Thibodeau, professeur,"
        " Université de Rimouski-Est</dd><dt>Membre du jury</dt><dd>M. Karan Malhotra,"
        " professeur, Université de Gaspé-Nord</dd></dl><h2>Organisateur</h2>"
        "<p>Programme de doctorat — responsable : M. Réal Boucher</p>"
        "<h2>Soutenances passées</h2><ul><li>Soutenance de thèse de M. Hugo Lavallée — 2 février"
        " 2027</li></ul></body></html>",
        "soutenance.html",
        {
            ("Rosalie Dufresne-Achour", "advisor_phd", "Gilles Thibodeau", None, 2027),
            ("Rosalie Dufresne-Achour", "jury_member", "Karan Malhotra", 2027, 2027),
        },
        {
            ("Karan Malhotra", "jury_member", "Rosalie Dufresne-Achour", None, None),
            ("Hugo Lavallée", "jury_member", "Rosalie Dufresne-Achour", 2027, 2027),
            ("Rosalie Dufresne-Achour", "advisor_phd", "Réal Boucher", None, 2027),
        },
    ),
    "a-calendar-event-dates-the-committee-by-the-event-not-the-abstracts-years": (
        "<html><head><title>Dissertation Defense: Obinna Eze-Castellano - Calendar</title></head>"
        "<body><h1>Dissertation Defense: Obinna Eze-Castellano</h1>"
        "<p>Thursday, May 7, 2026 10:00am to 12:00pm</p>"
        "<p><strong>Abstract:</strong> Since 1998 the river has been dredged twice a year.</p>"
        "<p><strong>Advisor:</strong> Professor Marguerite Lindahl</p>"
        "<p><strong>Dissertation Committee:</strong></p><ul>"
        "<li>Professor Marguerite Lindahl (Chair)</li><li>Dr. Haruki Tanabe, Brightwater Lab</li>"
        "</ul><h3>More from Geosciences</h3><ul><li>Geo Colloquium Series: Dr. Ana Ruiz</li>"
        "</ul></body></html>",
        "event.html",
        {
            ("Obinna Eze-Castellano", "advisor_phd", "Marguerite Lindahl", None, 2026),
            ("Obinna Eze-Castellano", "jury_member", "Haruki Tanabe", 2026, 2026),
        },
        {
            ("Obinna Eze-Castellano", "advisor_phd", "Marguerite Lindahl", 1998, None),
            ("Obinna Eze-Castellano", "member_of", "Geo Colloquium Series", None, None),
        },
    ),
    "a-nordic-public-defence-names-its-custos-and-a-masters-holders-supervisors": (
        "<html><head><title>Public defence in geology: M.Sc. Sanna Heikkilä-Moreau</title>"
        "</head><body><h1>Public defence in geology: M.Sc. Sanna Heikkilä-Moreau</h1>"
        "<p>Friday 4 December 2026, 12:00</p><h2>Opponent and custos</h2>"
        "<p>Opponent: Professor Bjørn Aasland, Tromsø Arktiske Universitet</p>"
        "<p>Custos: Professor Pekka Lindroos, Karelian University of Joensuu-Lake</p>"
        "<h2>Supervisors</h2><ul><li>Dr Mireille Okonkwo, Karelian University of"
        " Joensuu-Lake</li></ul></body></html>",
        "defence.html",
        {
            ("Sanna Heikkilä-Moreau", "jury_reviewer", "Bjørn Aasland", 2026, 2026),
            ("Sanna Heikkilä-Moreau", "jury_president", "Pekka Lindroos", 2026, 2026),
            ("Sanna Heikkilä-Moreau", "advisor_phd", "Mireille Okonkwo", None, 2026),
        },
        {
            ("Sanna Heikkilä-Moreau", "advisor_other", "Mireille Okonkwo", None, None),
            (
                "Sanna Heikkilä-Moreau",
                "employed_at",
                "Karelian University of Joensuu-Lake",
                None,
                None,
            ),
        },
    ),
}


HUNDRED_NINTH_BATCH_LAYOUTS = {
    "a-profile-entry-stacks-its-title-and-place-as-a-column-of-spans": (
        "<html><head><title>Tove Amankwah-Lind | Profile</title></head><body>"
        "<h1>Tove Amankwah-Lind</h1><section><h2>Experience</h2><ul><li>"
        '<div class="display-flex flex-column"><span class="t-bold">Research Associate</span>'
        ' <span class="t-14">Glacier Dynamics Group, Norrvik Institute of Technology</span>'
        ' <span class="t-14">Oct 2015 - Jun 2018</span></div></li></ul>'
        "<h2>Education</h2><ul><li><span>Brenholt University</span> <span>Doctor of"
        " Philosophy - PhD, Geophysics</span> <span>2011 - 2015</span></li></ul>"
        "</section></body></html>",
        "profile.html",
        {
            ("Tove Amankwah-Lind", "member_of", "Glacier Dynamics Group", 2015, 2018),
            ("Tove Amankwah-Lind", "employed_at", "Norrvik Institute of Technology", 2015, 2018),
            ("Tove Amankwah-Lind", "studied_at", "Brenholt University", 2011, 2015),
        },
        {
            (
                "Tove Amankwah-Lind",
                "member_of",
                "Research Associate Glacier Dynamics Group",
                2015,
                2018,
            ),
            (
                "Tove Amankwah-Lind",
                "studied_at",
                "Brenholt University Doctor of Philosophy",
                2011,
                2015,
            ),
        },
    ),
    "an-academic-year-written-with-a-slash-is-a-range": (
        "<html><head><title>Parcours - Ysaline Morvan-Adjei</title></head><body>"
        "<h1>Ysaline Morvan-Adjei</h1><h2>Expérience professionnelle</h2><ul>"
        "<li>2012/13 : ATER, Université de Pontcroix.</li>"
        "<li>2013 – 2019 : Maîtresse de conférences, Université de Landéda.</li></ul>"
        "</body></html>",
        "parcours.html",
        {
            ("Ysaline Morvan-Adjei", "employed_at", "Université de Pontcroix", 2012, 2013),
            ("Ysaline Morvan-Adjei", "employed_at", "Université de Landéda", 2013, 2019),
        },
        {("Ysaline Morvan-Adjei", "employed_at", "Université de Pontcroix", 2012, 2012)},
    ),
    "a-conference-venue-a-project-partner-and-an-alumni-club-employ-no-one": (
        "---\ntitle: About\nauthor: Kwabena Sørlie-Acheampong\n---\n\n"
        "# About\n\n## Career\n\n**2020 – present** · Postdoctoral researcher, Torvik"
        " University.\n\n## Not career, but still\n\n- Talk at the Nordic Optics Meeting 2023"
        " (Halvard"
        " Convention Center).\n- Our project partner Lumetra AS lends us the laser.\n"
        "- I'm a member of the Torvik University Alumni Association.\n",
        "about.md",
        {("Kwabena Sørlie-Acheampong", "employed_at", "Torvik University", 2020, None)},
        {
            ("Kwabena Sørlie-Acheampong", "employed_at", "Halvard Convention Center", 2023, 2023),
            ("Kwabena Sørlie-Acheampong", "member_of", "Nordic Optics Meeting", 2023, 2023),
            ("Kwabena Sørlie-Acheampong", "employed_at", "Lumetra AS", None, None),
            (
                "Kwabena Sørlie-Acheampong",
                "member_of",
                "Torvik University Alumni Association",
                None,
                None,
            ),
        },
    ),
    "a-research-centre-after-membre-du-is-a-membership-not-a-post": (
        "<html><head><title>Élodie Gagnon-Mensah — Répertoire</title></head><body>"
        "<h1>Élodie Gagnon-Mensah</h1><p>Associate Professor, Department of Chemistry,"
        " University of Tadoussac; member of the Interuniversity Research Centre on Boreal"
        " Lakes</p></body></html>",
        "fiche.html",
        {
            ("Élodie Gagnon-Mensah", "employed_at", "University of Tadoussac", None, None),
            (
                "Élodie Gagnon-Mensah",
                "member_of",
                "Interuniversity Research Centre on Boreal Lakes",
                None,
                None,
            ),
        },
        {
            (
                "Élodie Gagnon-Mensah",
                "employed_at",
                "Interuniversity Research Centre on Boreal Lakes",
                None,
                None,
            )
        },
    ),
    "a-lab-page-lists-its-departments-and-their-teams-with-leaders": (
        "<html><head><title>Qui sommes-nous ? | Institut de Physique du Vercors</title>"
        "</head><body><h1>Qui sommes-nous ?</h1><p>L'Institut de Physique du Vercors (IPV)"
        " est une unité mixte de recherche (UMR 5123) placée sous la tutelle du CNRS, de"
        " l'Université de Villard et de l'Inria. L'institut est dirigé depuis 2021 par Rodrigue"
        " Ampofo-Lenoir (DR CNRS).</p>"
        "<h4>Département Matière Condensée et Surfaces</h4><p>Responsable : Oskar Lindqvist-Bah</p>"
        "<ul><li>Équipe Nanomagnétisme Appliqué — cheffe d'équipe : Hélène Tchoumba</li></ul>"
        "</body></html>",
        "qui-sommes-nous.html",
        {
            ("Institut de Physique du Vercors", "part_of", "CNRS", None, None),
            ("Institut de Physique du Vercors", "part_of", "Université de Villard", None, None),
            ("Institut de Physique du Vercors", "part_of", "Inria", None, None),
            (
                "Département Matière Condensée et Surfaces",
                "part_of",
                "Institut de Physique du Vercors",
                None,
                None,
            ),
            (
                "Nanomagnétisme Appliqué",
                "part_of",
                "Département Matière Condensée et Surfaces",
                None,
                None,
            ),
            ("Hélène Tchoumba", "member_of", "Nanomagnétisme Appliqué", None, None),
            ("Rodrigue Ampofo-Lenoir", "member_of", "Institut de Physique du Vercors", 2021, None),
            (
                "Oskar Lindqvist-Bah",
                "member_of",
                "Département Matière Condensée et Surfaces",
                None,
                None,
            ),
        },
        set(),
    ),
    "a-junior-chair-attached-to-a-lab-makes-the-school-no-part-of-it": (
        "<html><head><title>CV - Anouk Rabearivelo</title></head><body><h1>Anouk"
        " Rabearivelo</h1><h2>Expérience professionnelle</h2><ul><li>2019 – 2022 : Chaire"
        " de professeur junior, INSA de Lanvaux, rattachée à l'Institut de Génie des"
        " Procédés de Lanvaux.</li></ul></body></html>",
        "cv.html",
        {
            ("Anouk Rabearivelo", "employed_at", "INSA de Lanvaux", 2019, 2022),
            (
                "Anouk Rabearivelo",
                "member_of",
                "Institut de Génie des Procédés de Lanvaux",
                2019,
                2022,
            ),
        },
        {
            (
                "INSA de Lanvaux",
                "part_of",
                "Institut de Génie des Procédés de Lanvaux",
                None,
                None,
            ),
            (
                "Anouk Rabearivelo",
                "employed_at",
                "Institut de Génie des Procédés de Lanvaux",
                2019,
                2022,
            ),
        },
    ),
    "a-quebec-postdoctoral-supervisor-label-names-the-postdoc-advisor": (
        "<html><head><title>Jérémie Ouellet-Asante — Répertoire</title></head><body>"
        "<h1>Jérémie Ouellet-Asante</h1><h2>Cheminement professionnel</h2><table>"
        "<tr><th>Période</th><th>Poste</th><th>Établissement</th></tr>"
        "<tr><td>2016–2018</td><td>Stagiaire postdoctoral</td><td>Université de"
        " Kamouraska</td></tr><tr><td>2013–2015</td><td>Ingénieur</td><td>Géo-Rivages"
        " (société d'État)</td></tr></table><p>Superviseur postdoctoral : Annick"
        " Beaulieu-Dossou.</p>"
        "</body></html>",
        "fiche.html",
        {
            ("Jérémie Ouellet-Asante", "advisor_postdoc", "Annick Beaulieu-Dossou", 2016, 2018),
            ("Jérémie Ouellet-Asante", "employed_at", "Géo-Rivages", 2013, 2015),
        },
        set(),
    ),
    "an-affiliated-researcher-is-a-member-of-the-observatory": (
        "<html><head><title>Dr Mereana Holloway-Ito | Staff profile</title></head><body>"
        "<h1>Dr Mereana Holloway-Ito</h1><p>Senior Lecturer, University of Kaitoke.</p>"
        "<h2>Affiliations</h2><ul><li>Affiliated researcher, Southern Alps Seismic"
        " Observatory</li></ul></body></html>",
        "profile.html",
        {
            ("Mereana Holloway-Ito", "employed_at", "University of Kaitoke", None, None),
            ("Mereana Holloway-Ito", "member_of", "Southern Alps Seismic Observatory", None, None),
        },
        {("Mereana Holloway-Ito", "employed_at", "Southern Alps Seismic Observatory", None, None)},
    ),
}


HUNDRED_ELEVENTH_BATCH_LAYOUTS = {
    "a-seminar-agenda-entry-tells-its-candidates-own-defence-and-jury": (
        "<html><head><title>Séminaire de l'équipe Géométrie — archives</title></head><body>"
        "<h1>Séminaire de l'équipe Géométrie — archives</h1><h3>Mars 2025</h3><ul>"
        "<li><strong>20 mars, 14h30, salle 2-C01</strong> — Soutenance de thèse de Maïwenn "
        "Rouxel-Adjovi : <em>Flots de courbure et surfaces minimales.</em>"
        "<br />Thèse dirigée par Octave Deschamps-Ilunga."
        "<br />Jury : Sigrid Vallgren (Université de Malmstad, rapportrice), Ruben Castellví "
        "(Universitat de Tarragona-Ebre, rapporteur), Léonie Fabre-Nkemelu (examinatrice).</li>"
        "<li><strong>13 mars</strong> — Orateur : Yorick Papadimas (Université de Thessalie). "
        "Invité par Octave Deschamps-Ilunga.</li>"
        "<li><strong>6 mars</strong> — Soutenance d'HDR de Léonie Fabre-Nkemelu : "
        "<em>Quelques flots.</em><br />Garant : Octave Deschamps-Ilunga."
        "<br />Jury : Sigrid Vallgren (rapportrice), Ruben Castellví (rapporteur).</li>"
        "</ul></body></html>",
        "seminaire.html",
        {
            ("Maïwenn Rouxel-Adjovi", "advisor_phd", "Octave Deschamps-Ilunga", None, 2025),
            ("Maïwenn Rouxel-Adjovi", "jury_reviewer", "Sigrid Vallgren", 2025, 2025),
            ("Maïwenn Rouxel-Adjovi", "jury_reviewer", "Ruben Castellví", 2025, 2025),
            ("Maïwenn Rouxel-Adjovi", "jury_examiner", "Léonie Fabre-Nkemelu", 2025, 2025),
        },
        {
            ("Léonie Fabre-Nkemelu", "jury_reviewer", "Sigrid Vallgren", 2025, 2025),
            ("Yorick Papadimas", "advisor_phd", "Octave Deschamps-Ilunga", None, None),
        },
    ),
    "a-funded-projects-brand-is-no-owner-and-its-labelled-student-has-her-advisors": (
        "<html><head><title>Équipe &#8211; ANR TOURBIÈRES</title></head><body>"
        "<header><span class='site-title'>ANR TOURBIÈRES</span></header><h1>Équipe</h1>"
        "<h2>Coordination</h2><p>Coordinateur : Florent Gaudichon-Mbeki (LEMA, Université "
        "d'Aubrac).</p><h2>Personnels recrutés sur le projet</h2>"
        "<p>Post-doctorant (2023–2025) : Dr Idriss Benhamou-Lenoir, recruté au LEMA.</p>"
        "<p>Doctorant (2023–2026) : Gwenaël Tréguier-Sarr, contrat doctoral du projet. "
        "Thèse dirigée par Florent Gaudichon-Mbeki et co-encadrée par Apolline Ruaud.</p>"
        "<footer><p>Copyright © 2025 ANR TOURBIÈRES</p></footer></body></html>",
        "equipe.html",
        {
            ("Gwenaël Tréguier-Sarr", "advisor_phd", "Florent Gaudichon-Mbeki", 2023, 2026),
            ("Gwenaël Tréguier-Sarr", "advisor_phd", "Apolline Ruaud", 2023, 2026),
        },
        {
            ("Anr Tourbières", "advisor_phd", "Florent Gaudichon-Mbeki", 2023, 2026),
            ("Idriss Benhamou-Lenoir", "advisor_postdoc", "Florent Gaudichon-Mbeki", 2023, 2025),
        },
    ),
    "a-course-staff-card-bio-calls-the-ta-by-a-short-given-name": (
        "<html><head><title>Staff | CS 2150 Data Structures</title></head><body>"
        "<h1>Course staff</h1><h2>Instructor</h2><h3>Prof. Ottavia Brambilla-Kane</h3>"
        "<p>Office hours: Wed 10:00–11:00.</p><h2>Teaching assistants</h2>"
        "<h3>Alexandrina Vukovic-Osei</h3><p>Head TA · Office hours: Mon 15:00.</p>"
        "<p>Alexa is a third-year PhD student in Computer Science, advised by "
        "Prof. Desmond Achterhof.</p>"
        "<h3>Bartholomew Ingram-Suzuki</h3><p>Bart TA'd this course with Prof. "
        "Brambilla-Kane last year.</p></body></html>",
        "staff.html",
        {("Alexandrina Vukovic-Osei", "advisor_phd", "Desmond Achterhof", None, None)},
        {
            ("Alexandrina Vukovic-Osei", "advisor_phd", "Ottavia Brambilla-Kane", None, None),
            ("Bartholomew Ingram-Suzuki", "advisor_phd", "Ottavia Brambilla-Kane", None, None),
        },
    ),
    "an-obituary-on-a-journals-board-page-tells-the-deceaseds-thesis": (
        "<html><head><title>Comité de rédaction | Revue d'archéologie du Quercy</title></head>"
        "<body><h1>Comité de rédaction</h1><h3>Rédaction en chef</h3>"
        "<p>Rédactrice en chef : Bérénice Lafforgue (Université de Cahors-Lot)</p>"
        "<h3>In memoriam</h3><p>Honoré Castagnède-Bakari (1936-2024) nous a quittés cet hiver. "
        "Il avait soutenu en 1968 une thèse de doctorat sur les oppida du Causse, préparée "
        "sous la direction de Léopold Vayssière, avant de diriger la revue.</p>"
        "</body></html>",
        "equipe.html",
        {("Honoré Castagnède-Bakari", "advisor_phd", "Léopold Vayssière", None, 1968)},
        {("Bérénice Lafforgue", "advisor_phd", "Léopold Vayssière", None, 1968)},
    ),
    "an-award-announcement-names-a-paper-by-its-quoted-title-and-authors": (
        "<html><head><title>Committees | SLAM Workshop 2026</title></head><body>"
        "<h1>Committees</h1><h2>Program Committee</h2><ul>"
        "<li>Henrietta Vasquez-Lowe, Brightmoor University</li>"
        "<li>Sung-min Oh, Hallam Institute of Technology</li></ul>"
        "<h2>Best Paper Award 2025</h2><p>The 2025 award went to “Certified bounds for "
        "amortised samplers” by Ilaria Montefusco, Dawit Tessema and Rhiannon Pryce-Okoye. "
        "The award committee was chaired by Henrietta Vasquez-Lowe, with Sung-min Oh.</p>"
        "</body></html>",
        "committees.html",
        {
            ("Ilaria Montefusco", "coauthor", "Dawit Tessema", None, None),
            ("Ilaria Montefusco", "coauthor", "Rhiannon Pryce-Okoye", None, None),
            ("Dawit Tessema", "coauthor", "Rhiannon Pryce-Okoye", None, None),
        },
        {("Henrietta Vasquez-Lowe", "coauthor", "Sung-min Oh", None, None)},
    ),
    "an-ownerless-staff-line-lists-interns-one-naming-its-own-supervisor": (
        "<html><head><title>Le projet – ANR CALCITE</title></head><body><h1>Le projet</h1>"
        "<h2>Personnels recrutés sur le projet</h2><p>Stagiaires de master 2 (2025) : "
        "Maëlys Kerguelen (encadrée par Tancrède Oyono-Millet), Bastien Lacombe-Sidibé.</p>"
        "<footer><p>© 2025 ANR CALCITE</p></footer></body></html>",
        "projet.html",
        {("Maëlys Kerguelen", "advisor_internship", "Tancrède Oyono-Millet", None, None)},
        {("Bastien Lacombe-Sidibé", "advisor_internship", "Anr Calcite", 2025, 2025)},
    ),
    "an-english-seminar-agenda-entry-with-a-defence-its-advisor-and-committee": (
        "<html><head><title>Analysis Seminar</title></head><body><h1>Analysis Seminar</h1>"
        "<p>Organizers: Wendell Oyama and Priscilla Anand-Holt.</p><ul>"
        "<li><b>May 12, 2025, 2pm, Room 402</b> — PhD defense of Tobiah Marchetti-Uko: "
        "<i>Sharp trace inequalities.</i><br>Advisor: Wendell Oyama<br>Committee: Hester "
        "Villanueva (chair), Jakob Ferreira-Lind (external examiner)</li>"
        "<li><b>May 5, 2025</b> — Speaker: Ravi Obuya (Stanwick University). Host: Priscilla "
        "Anand-Holt.</li></ul></body></html>",
        "seminar.html",
        {
            ("Tobiah Marchetti-Uko", "advisor_phd", "Wendell Oyama", None, 2025),
            ("Tobiah Marchetti-Uko", "jury_president", "Hester Villanueva", 2025, 2025),
            ("Tobiah Marchetti-Uko", "jury_examiner", "Jakob Ferreira-Lind", 2025, 2025),
        },
        {("Ravi Obuya", "advisor_other", "Priscilla Anand-Holt", 2025, 2025)},
    ),
}


LAYOUTS = {
    f"{batch}:{layout}": case
    for batch, layouts in (
        ("unseen", UNSEEN_LAYOUTS),
        ("batch4", FOURTH_BATCH_LAYOUTS),
        ("batch6", SIXTH_BATCH_LAYOUTS),
        ("batch7", SEVENTH_BATCH_LAYOUTS),
        ("batch8", EIGHTH_BATCH_LAYOUTS),
        ("batch8b", EIGHTH_BATCH_SECOND_ROUND),
        ("batch9", NINTH_BATCH_LAYOUTS),
        ("batch10", TENTH_BATCH_LAYOUTS),
        ("batch11", ELEVENTH_BATCH_LAYOUTS),
        ("batch12", TWELFTH_BATCH_LAYOUTS),
        ("batch13", THIRTEENTH_BATCH_LAYOUTS),
        ("batch14", FOURTEENTH_BATCH_LAYOUTS),
        ("batch15", FIFTEENTH_BATCH_LAYOUTS),
        ("batch16", SIXTEENTH_BATCH_LAYOUTS),
        ("batch18", EIGHTEENTH_BATCH_LAYOUTS),
        ("batch19", NINETEENTH_BATCH_LAYOUTS),
        ("batch20", TWENTIETH_BATCH_LAYOUTS),
        ("batch21", TWENTYFIRST_BATCH_LAYOUTS),
        ("batch22", TWENTYSECOND_BATCH_LAYOUTS),
        ("batch23", TWENTYTHIRD_BATCH_LAYOUTS),
        ("batch24", TWENTYFOURTH_BATCH_LAYOUTS),
        ("batch25", TWENTYFIFTH_BATCH_LAYOUTS),
        ("batch26", TWENTYSIXTH_BATCH_LAYOUTS),
        ("batch27", TWENTYSEVENTH_BATCH_LAYOUTS),
        ("batch28", TWENTYEIGHTH_BATCH_LAYOUTS),
        ("batch29", TWENTYNINTH_BATCH_LAYOUTS),
        ("batch30", THIRTIETH_BATCH_LAYOUTS),
        ("batch31", THIRTYFIRST_BATCH_LAYOUTS),
        ("batch32", THIRTYSECOND_BATCH_LAYOUTS),
        ("batch33", THIRTYTHIRD_BATCH_LAYOUTS),
        ("batch34", THIRTYFOURTH_BATCH_LAYOUTS),
        ("batch35", THIRTYFIFTH_BATCH_LAYOUTS),
        ("batch36", THIRTYSIXTH_BATCH_LAYOUTS),
        ("batch37", THIRTYSEVENTH_BATCH_LAYOUTS),
        ("batch38", THIRTYEIGHTH_BATCH_LAYOUTS),
        ("batch39", THIRTYNINTH_BATCH_LAYOUTS),
        ("batch40", FORTIETH_BATCH_LAYOUTS),
        ("batch41", FORTYFIRST_BATCH_LAYOUTS),
        ("batch42", FORTYSECOND_BATCH_LAYOUTS),
        ("batch43", FORTYTHIRD_BATCH_LAYOUTS),
        ("misses_b27_b36", MISSES_B27_B36_LAYOUTS),
        ("batch45", FORTYFIFTH_BATCH_LAYOUTS),
        ("misses_b37_b43", MISSES_B37_B43_LAYOUTS),
        ("batch44", FORTYFOURTH_BATCH_LAYOUTS),
        ("batch48", FORTYEIGHTH_BATCH_LAYOUTS),
        ("batch46", FORTYSIXTH_BATCH_LAYOUTS),
        ("batch47", FORTYSEVENTH_BATCH_LAYOUTS),
        ("batch49", FORTYNINTH_BATCH_LAYOUTS),
        ("batch50", FIFTIETH_BATCH_LAYOUTS),
        ("batch53", FIFTYTHIRD_BATCH_LAYOUTS),
        ("batch55", FIFTYFIFTH_BATCH_LAYOUTS),
        ("batch51", FIFTYFIRST_BATCH_LAYOUTS),
        ("batch54", FIFTYFOURTH_BATCH_LAYOUTS),
        ("batch56", FIFTYSIXTH_BATCH_LAYOUTS),
        ("batch60", SIXTIETH_BATCH_LAYOUTS),
        ("batch58", FIFTYEIGHTH_BATCH_LAYOUTS),
        ("batch57", FIFTYSEVENTH_BATCH_LAYOUTS),
        ("batch59", FIFTYNINTH_BATCH_LAYOUTS),
        ("batch63", SIXTYTHIRD_BATCH_LAYOUTS),
        ("batch61", SIXTYFIRST_BATCH_LAYOUTS),
        ("batch62", SIXTYSECOND_BATCH_LAYOUTS),
        ("batch64", SIXTYFOURTH_BATCH_LAYOUTS),
        ("batch65", SIXTYFIFTH_BATCH_LAYOUTS),
        ("batch67", SIXTYSEVENTH_BATCH_LAYOUTS),
        ("batch66", SIXTYSIXTH_BATCH_LAYOUTS),
        ("batch68", SIXTYEIGHTH_BATCH_LAYOUTS),
        ("batch69", SIXTYNINTH_BATCH_LAYOUTS),
        ("batch73", SEVENTYTHIRD_BATCH_LAYOUTS),
        ("batch71", SEVENTYFIRST_BATCH_LAYOUTS),
        ("batch70", SEVENTIETH_BATCH_LAYOUTS),
        ("batch72", SEVENTYSECOND_BATCH_LAYOUTS),
        ("batch74", SEVENTYFOURTH_BATCH_LAYOUTS),
        ("batch76", SEVENTYSIXTH_BATCH_LAYOUTS),
        ("batch75", SEVENTYFIFTH_BATCH_LAYOUTS),
        ("batch77", SEVENTYSEVENTH_BATCH_LAYOUTS),
        ("batch78", SEVENTYEIGHTH_BATCH_LAYOUTS),
        ("batch79", SEVENTYNINTH_BATCH_LAYOUTS),
        ("batch81", EIGHTYFIRST_BATCH_LAYOUTS),
        ("batch80", EIGHTIETH_BATCH_LAYOUTS),
        ("batch83", EIGHTYTHIRD_BATCH_LAYOUTS),
        ("batch86", EIGHTYSIXTH_BATCH_LAYOUTS),
        ("batch85", EIGHTYFIFTH_BATCH_LAYOUTS),
        ("batch82", EIGHTYSECOND_BATCH_LAYOUTS),
        ("batch84", EIGHTYFOURTH_BATCH_LAYOUTS),
        ("batch87", EIGHTYSEVENTH_BATCH_LAYOUTS),
        ("batch89", EIGHTYNINTH_BATCH_LAYOUTS),
        ("batch88", EIGHTYEIGHTH_BATCH_LAYOUTS),
        ("batch90", NINETIETH_BATCH_LAYOUTS),
        ("batch91", NINETYFIRST_BATCH_LAYOUTS),
        ("batch93", NINETYTHIRD_BATCH_LAYOUTS),
        ("batch92", NINETYSECOND_BATCH_LAYOUTS),
        ("batch95", NINETYFIFTH_BATCH_LAYOUTS),
        ("batch94", NINETYFOURTH_BATCH_LAYOUTS),
        ("batch99", NINETYNINTH_BATCH_LAYOUTS),
        ("batch96", NINETYSIXTH_BATCH_LAYOUTS),
        ("batch97", NINETYSEVENTH_BATCH_LAYOUTS),
        ("batch98", NINETYEIGHTH_BATCH_LAYOUTS),
        ("batch103", HUNDRED_THIRD_BATCH_LAYOUTS),
        ("batch102", HUNDRED_SECOND_BATCH_LAYOUTS),
        ("batch101", HUNDRED_FIRST_BATCH_LAYOUTS),
        ("batch100", HUNDREDTH_BATCH_LAYOUTS),
        ("batch105", HUNDRED_FIFTH_BATCH_LAYOUTS),
        ("batch104", HUNDRED_FOURTH_BATCH_LAYOUTS),
        ("batch107", HUNDRED_SEVENTH_BATCH_LAYOUTS),
        ("batch110", HUNDRED_TENTH_BATCH_LAYOUTS),
        ("batch109", HUNDRED_NINTH_BATCH_LAYOUTS),
        ("batch111", HUNDRED_ELEVENTH_BATCH_LAYOUTS),
    )
    for layout, case in layouts.items()
}


@pytest.mark.parametrize("layout", sorted(LAYOUTS))
def test_new_layouts_state_their_facts_and_not_the_traps(layout):
    text, name, wanted, unwanted = LAYOUTS[layout]
    facts = _facts(text, name)
    assert wanted <= facts, sorted(wanted - facts)
    assert not unwanted & facts, sorted(unwanted & facts)


def test_a_restructuredtext_page_reads_no_file_and_no_raw_html(tmp_path):
    """Crawled reST is rendered by docutils with file insertion and ``raw`` switched off."""
    secret = tmp_path / "secret.txt"
    secret.write_text(":Advisor: Prof. Ilse Verborgen\n", encoding="utf-8")
    page = (
        "=================\nWendel Araujo-Fenn\n=================\n\n:Position: Reader\n\n"
        "Education\n=========\n\n2001--2005\n   Ph.D., Kessick University.\n\n"
        f"   :Advisor: Prof. Marit Oyelaran\n\n.. include:: {secret}\n\n"
        f".. csv-table:: Students\n   :file: {secret}\n\n"
        ".. raw:: html\n\n   <p>Advisor: Prof. Hugo Lindqvist-Amar</p>\n"
    )
    facts = _facts(page, "cv.rst")
    assert ("Wendel Araujo-Fenn", "advisor_phd", "Marit Oyelaran", 2001, 2005) in facts
    named = {name for fact in facts for name in (fact[0], fact[2])}
    assert not named & {"Ilse Verborgen", "Hugo Lindqvist-Amar"}, sorted(facts)


def test_a_restructuredtext_page_docutils_cannot_render_is_read_as_text():
    """Hundreds of nested lists exhaust docutils' recursion: the page is still read."""
    page = (
        "Wendel Araujo-Fenn\n==================\n\n:Position: Reader\n:Web: x\n\n"
        "Ph.D. 2005, Kessick University. Advisor: Prof. Marit Oyelaran.\n\n"
        + "".join("  " * depth + "* x\n\n" for depth in range(300))
    )
    facts = _facts(page, "cv.rst")
    assert any(f[1] == "advisor_phd" and f[2] == "Marit Oyelaran" for f in facts), sorted(facts)


def test_a_ris_export_with_windows_line_ends_keeps_its_unclosed_last_record():
    page = (
        "\ufeffTY  - JOUR\r\nAU  - Quist, Amabel\r\nAU  - Rendall, Osei\r\nTI  - Fjords\r\n"
        "PY  - 2020\r\nER  - \r\n\r\nTY  - JOUR\r\nAU  - Thorne, Bertil\r\nAU  - Quist, Amabel\r\n"
        "TI  - Sills\r\nPY  - 2021/05/01/\r\n"
    )
    facts = {(s, r, o) for s, r, o, _, _ in _facts(page, "refs.ris")}
    pairs = {tuple(sorted((s, o))) for s, r, o in facts if r == "coauthor"}
    assert pairs == {("Amabel Quist", "Osei Rendall"), ("Amabel Quist", "Bertil Thorne")}, facts


def test_a_phd_under_a_students_and_postdocs_heading_is_a_doctoral_student():
    """ "Postdocs" › "A. PhD, University X" is the postdoc's own degree, but a heading that
    also names students lists doctoral students by their PhD year."""
    page = _html(
        "Ilse Marrowby",
        "<h1>Ilse Marrowby</h1><h3>Students and postdocs</h3><ul>"
        "<li>Otto Feldane, PhD 2021 (now at Quarry Labs)</li>"
        "<li>Runa Castel, postdoc 2015-2017</li></ul>",
    )
    facts = _facts(page)
    assert ("Otto Feldane", "advisor_phd", "Ilse Marrowby", None, 2021) in facts, sorted(facts)
    assert ("Runa Castel", "advisor_postdoc", "Ilse Marrowby", 2015, 2017) in facts, sorted(facts)


def test_a_profile_export_saved_as_pdf_is_read_like_its_text():
    """The "Save to PDF" file itself, not only its text: the same sections and entries."""
    text, _, wanted, unwanted = TWENTYFOURTH_BATCH_LAYOUTS[
        "a-profile-export-reads-its-sections-without-blank-lines"
    ]
    facts = _facts(render_pdf(text), "Profile.pdf")
    assert wanted <= facts, sorted(wanted - facts)
    assert not unwanted & facts, sorted(unwanted & facts)


EXTRACT_MODULES = sorted(
    m.name for m in pkgutil.iter_modules(importlib.import_module("crawler.extract").__path__)
)


@pytest.mark.parametrize("name", EXTRACT_MODULES)
def test_the_examples_in_each_extraction_modules_docstrings_hold(name):
    """A docstring's example is documentation a reader trusts: it must run as written."""
    module = importlib.import_module(f"crawler.extract.{name}")
    assert doctest.testmod(module).failed == 0


def test_an_entry_read_in_another_order_keeps_the_pages_words_as_evidence():
    """ "A [Inria, depuis 2022, encadrée par B]" is read as "A (Inria, …)"; the claim's
    evidence is still the line as the page writes it, so the edge traces to its text."""
    line = "Maëlys Ferrandon [Inria, depuis 2022, encadrée par Octave Rimbault]"
    text = f"Rapport d'activité 2024\n\nDoctorants\n\n- {line}\n"
    claims = extract_document(text.encode(), "https://example.org/rapport.txt")
    advised = [c for c in claims if c.relation is Relation.ADVISOR_PHD]
    assert [(c.subject, c.object, c.start) for c in advised] == [
        ("Maëlys Ferrandon", "Octave Rimbault", 2022)
    ]
    assert all(c.evidence == line for c in advised)
