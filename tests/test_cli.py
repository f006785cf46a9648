"""The command line: every command explains itself, and user mistakes are one clear line."""

from pathlib import Path

import pytest
from click.testing import CliRunner

from genealogy.cli import main

README = Path(__file__).resolve().parents[1] / "README.md"
COMMANDS = sorted(main.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    result = CliRunner().invoke(main, [command, "--help"])
    assert result.exit_code == 0, result.output
    assert "Example" in result.output
    assert "--workspace" in result.output


@pytest.mark.parametrize("command", COMMANDS)
def test_readme_documents_every_command(command):
    assert f"genealogy {command}" in README.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "args",
    [
        ["build"],
        ["stats"],
        ["export", "rdf"],
        ["query", "--saved", "ancestors", "--person", "Nobody"],
        ["crawl"],
    ],
)
def test_user_mistakes_give_one_line_and_non_zero_exit(tmp_path, args):
    result = CliRunner().invoke(main, [*args, "--workspace", str(tmp_path / "missing")])
    assert result.exit_code != 0
    assert result.exception is None or isinstance(result.exception, SystemExit)
    lines = [line for line in result.output.splitlines() if line.strip()]
    assert len(lines) == 1 and "error" in lines[0], result.output
    assert "Traceback" not in result.output


def test_extract_of_a_missing_file_is_a_user_error(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nope.html"), "--jsonl"])
    assert result.exit_code != 0
    assert "nope.html" in result.output
    assert "Traceback" not in result.output


def test_extract_skips_a_corrupt_pdf_with_a_warning_and_reads_the_rest(tmp_path):
    from crawler.store import ClaimStore

    site = tmp_path / "site"
    site.mkdir()
    (site / "cv.pdf").write_bytes(b"%PDF-1.4\n\x00\x01garbage")
    (site / "index.html").write_text(
        "<h1>Ada Quill</h1><p>I did my PhD under the supervision of Zed Marlow.</p>"
    )
    workspace = tmp_path / "ws"
    result = CliRunner().invoke(main, ["extract", str(site), "-w", str(workspace)])
    assert result.exit_code == 0, result.output
    assert "cv.pdf: unreadable PDF" in result.stderr and "1 unreadable, skipped" in result.stdout
    with ClaimStore(workspace) as store:
        assert [c.triple for c in store.claims()] == [("Ada Quill", "advisor_phd", "Zed Marlow")]
        assert [(e["url"], e["kind"]) for e in store.errors()] == [
            (str(site / "cv.pdf"), "extraction")
        ]


def test_build_merges_worker_shards_before_building(tmp_path):
    from crawler.claims import Claim
    from crawler.store import ClaimStore

    for shard, (student, advisor) in {
        "worker-a": ("Ada Quill", "Zed Marlow"),
        "worker-b": ("Una Pike", "Zed Marlow"),
    }.items():
        with ClaimStore(tmp_path / shard) as store:
            url = f"https://{shard}.example.org/"
            claim = Claim(student, "advisor_phd", advisor, url, f"{student} under {advisor}", "t")
            store.replace_page(url, [claim])
    workspace = tmp_path / "merged"
    args = ["build", "-w", str(workspace)]
    for shard in ("worker-a", "worker-b"):
        args += ["--shard", str(tmp_path / shard)]
    result = CliRunner().invoke(main, args)
    assert result.exit_code == 0, result.output
    assert "merged 2 pages" in result.output
    with ClaimStore(workspace) as store:
        assert store.count_claims() == 2
