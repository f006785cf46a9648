"""`genealogy stats`: figures from the store and the graph, and the review lists."""

from __future__ import annotations

import json

from click.testing import CliRunner

from crawler.claims import Claim
from crawler.store import ClaimStore
from genealogy.cli import main
from graph.build import build_workspace
from graph.report import workspace_report

ADA = "https://ada.example.org/"
ZED = "https://zed.example.net/"


def fill(workspace) -> None:
    with ClaimStore(workspace) as store:
        store.replace_page(
            ADA,
            [
                Claim("Ada Quill", "advisor_phd", "Zed Marlow", ADA, "PhD (2012)", "t", start=2012),
                Claim("Ada Quill", "employed_at", "UGA", ADA, "MCF at UGA", "t"),
                Claim("A. Quill", "coauthor", "Rhea Tamm", ADA + "pubs", "A. Quill, R. Tamm", "t"),
            ],
        )
        store.replace_page(
            ZED,
            [Claim("Ada QUILL", "advisor_phd", "Zed Marlow", ZED, "Ada (2013)", "t", start=2013)],
        )
        store.record_error("https://gone.example/", "http-404", "Not Found")


def test_report_before_build_gives_store_figures_and_says_to_build(tmp_path):
    fill(tmp_path)
    report = workspace_report(tmp_path)
    assert (report.pages, report.claims, report.graph_built) == (2, 4, False)
    assert "genealogy build" in report.describe()


def test_report_counts_graph_and_lists_merges_conflicts_and_errors(tmp_path):
    fill(tmp_path)
    build_workspace(tmp_path)
    report = workspace_report(tmp_path)
    figures = report.as_dict()
    assert figures["persons"] == 3 and figures["organisations"] >= 1
    assert figures["edges"]["advisor_phd"] == 1 and figures["edges"]["coauthor"] == 1
    (merge,) = [m for m in figures["merges"] if m["name"] == "Ada Quill"]
    assert set(merge["forms"]) == {"A. Quill", "Ada QUILL"}
    (conflict,) = figures["conflicts"]
    assert conflict["subject"] == "Ada Quill" and conflict["relation"] == "advisor_phd"
    assert conflict["sources"] == [ADA, ZED]
    assert figures["errors"] == [
        {"url": "https://gone.example/", "kind": "http-404", "message": "Not Found"}
    ]
    json.dumps(figures)  # --json must be able to print it

    short = report.describe()
    assert "persons        3" in short and "Not Found" not in short
    full = report.describe(conflicts=True, errors=True, merges=True)
    assert "Ada Quill ← " in full and "A. Quill" in full
    (line,) = [x for x in full.splitlines() if "—advisor_phd→" in x]
    assert "Zed Marlow" in line and "2012" in line and "2013" in line
    assert "https://gone.example/" in full and "Not Found" in full


def test_stats_command_prints_the_report_and_json(tmp_path):
    fill(tmp_path)
    build_workspace(tmp_path)
    result = CliRunner().invoke(main, ["stats", "--conflicts", "-w", str(tmp_path)])
    assert result.exit_code == 0, result.output
    assert "conflicts:" in result.output and "Zed Marlow" in result.output
    result = CliRunner().invoke(main, ["stats", "--json", "-w", str(tmp_path)])
    assert json.loads(result.output)["persons"] == 3
