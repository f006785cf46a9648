"""Real crawls of a small fictional web served on 127.0.0.1: scope, faults, resume, freshness."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections import Counter
from pathlib import Path

import pytest
from localsite import LocalSite, Page, marked_page

from crawler.run import CrawlOptions, SeedError, run_crawl
from crawler.store import ClaimStore

pytestmark = [pytest.mark.slow, pytest.mark.usefixtures("reader_on_path")]

READER = "localsite.read_marked_claims"
# Politeness off and short fuses, so faults show up in seconds.
FAST = {
    "GENEALOGY_EXTRACTOR": READER,
    "GENEALOGY_EXTRACT_WORKERS": 0,
    "DOWNLOAD_TIMEOUT": 2,
    "RETRY_TIMES": 0,
    "DOWNLOAD_MAXSIZE": 100_000,
    "DOWNLOAD_WARNSIZE": 0,
}


def faulty_web() -> dict[str, Page]:
    pubs = marked_page(
        "Publications",
        claims=[("Ada Quill", "coauthor", "Bo Tern")],
        links=[("deep.html", "Older work")],
    )
    home = marked_page(
        "Ada Quill",
        claims=[("Ada Quill", "advisor_phd", "Zed Marlow")],
        links=[
            ("index.html", "Home"),
            ("pubs.html", "Publications"),
            ("mirror.html", "Publications (mirror)"),
            ("cv.pdf", "CV"),
            ("corrupt.pdf", "Old CV"),
            ("private/notes.html", "Notes"),
            ("missing.html", "Gone"),
            ("broken.html", "Broken"),
            ("slow.html", "Slow"),
            ("loop.html", "Loop"),
            ("big.html", "Big"),
            ("blob.html", "Blob"),
            ("latin.html", "Latin"),
            ("/~zed/", "Zed Marlow"),
        ],
    )
    latin = "<html><body><p>claim: Ada Quill|studied_at|École Normale Fictive</p></body></html>"
    return {
        "/robots.txt": Page(
            b"User-agent: *\nDisallow: /~ada/private/\n", content_type="text/plain"
        ),
        "/~ada/": Page(home),
        "/~ada/index.html": Page(home),
        "/~ada/pubs.html": Page(pubs),
        "/~ada/mirror.html": Page(pubs),
        "/~ada/deep.html": Page(marked_page("Deep", [("Ada Quill", "member_of", "Team Ink")])),
        "/~ada/cv.pdf": Page(
            b"%PDF-1.4\nclaim: Ada Quill|employed_at|Fictive Institute\n%%EOF\n",
            content_type="application/pdf",
        ),
        "/~ada/corrupt.pdf": Page(b"%PDF-1.4\n\x00\x01garbage", content_type="application/pdf"),
        "/~ada/private/notes.html": Page(marked_page("Private", [("X Y", "coauthor", "Z W")])),
        "/~ada/broken.html": Page(b"oops", status=500),
        "/~ada/slow.html": Page(marked_page("Slow"), sleep=6),
        "/~ada/loop.html": Page(redirect="/~ada/loop2.html"),
        "/~ada/loop2.html": Page(redirect="/~ada/loop.html"),
        "/~ada/big.html": Page(marked_page("Big", filler=30_000)),
        "/~ada/blob.html": Page(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 8),
        "/~ada/latin.html": Page(latin.encode("latin-1")),
        "/~zed/": Page(marked_page("Zed Marlow", [("Zed Marlow", "advisor_phd", "Old Master")])),
    }


def triples(workspace) -> list[tuple[str, str, str]]:
    with ClaimStore(workspace) as store:
        return sorted(c.triple for c in store.claims())


def test_faults_are_recorded_per_url_and_the_crawl_goes_on(tmp_path):
    with LocalSite(faulty_web()) as web:
        summary = run_crawl(
            [web.url("/~ada/")], tmp_path, CrawlOptions(delay=0, progress=False, settings=FAST)
        )
        fetched = Counter(web.fetched())
        root = web.url("")

    assert triples(tmp_path) == sorted(
        [
            ("Ada Quill", "advisor_phd", "Zed Marlow"),
            ("Ada Quill", "coauthor", "Bo Tern"),
            ("Ada Quill", "member_of", "Team Ink"),
            ("Ada Quill", "employed_at", "Fictive Institute"),  # the PDF link was followed
            ("Ada Quill", "studied_at", "École Normale Fictive"),  # latin-1 served as utf-8
        ]
    )
    with ClaimStore(tmp_path) as store:
        errors = {e["url"][len(root) :]: e["kind"] for e in store.errors()}
        pages = {path for path in faulty_web() if store.page(root + path)}
    assert errors == {
        "/~ada/private/notes.html": "robots",
        "/~ada/missing.html": "not_found",
        "/~ada/broken.html": "http_error",
        "/~ada/slow.html": "timeout",
        "/~ada/loop.html": "redirect_loop",
        "/~ada/big.html": "too_large",
        "/~ada/blob.html": "binary",
        "/~ada/corrupt.pdf": "extraction",
        "/~ada/latin.html": "charset",
    }
    # index.html and / are one page; the mirror's copy of pubs.html is read once.
    assert "/~ada/index.html" not in pages and fetched["/~ada/index.html"] == 0
    assert len(pages & {"/~ada/pubs.html", "/~ada/mirror.html"}) == 1
    # Robots obeyed, and the crawl stayed on Ada's site (Zed's is another site on the host).
    assert fetched["/robots.txt"] == 1 and fetched["/~ada/private/notes.html"] == 0
    assert fetched["/~zed/"] == 0
    assert summary.errors == len(errors) and summary.total_claims == 5


def test_follow_people_leaves_the_site_for_a_named_person(tmp_path):
    with LocalSite(faulty_web()) as web:
        options = CrawlOptions(delay=0, progress=False, follow_people=1, settings=FAST)
        run_crawl([web.url("/~ada/")], tmp_path, options)
        assert web.fetched("/~zed/") == ["/~zed/"]
    assert ("Zed Marlow", "advisor_phd", "Old Master") in triples(tmp_path)


def test_a_seed_redirected_elsewhere_is_crawled_where_it_landed(tmp_path):
    site = faulty_web()
    site["/old-home"] = Page(redirect="/~ada/")
    with LocalSite(site) as web:
        options = CrawlOptions(delay=0, progress=False, settings=FAST)
        run_crawl([web.url("/old-home")], tmp_path, options)
    assert ("Ada Quill", "member_of", "Team Ink") in triples(tmp_path)  # two links deep


def test_max_pages_bounds_the_crawl(tmp_path):
    with LocalSite(faulty_web()) as web:
        options = CrawlOptions(delay=0, progress=False, max_pages=3, settings=FAST)
        summary = run_crawl([web.url("/~ada/")], tmp_path, options)
        pages_fetched = [p for p in web.fetched() if p != "/robots.txt"]
    assert len(pages_fetched) == 3 and summary.pages + summary.errors <= 3


def test_bad_seed_is_one_clear_error(tmp_path):
    with pytest.raises(SeedError, match="not an http"):
        run_crawl(["ftp://example.org/"], tmp_path, CrawlOptions())


def test_recrawl_revalidates_and_replaces_a_changed_page(tmp_path):
    web_pages = faulty_web()
    with LocalSite(web_pages) as web:
        seed = web.url("/~ada/")
        options = CrawlOptions(delay=0, progress=False, settings=FAST)
        run_crawl([seed], tmp_path, options)
        first_log = len(web.log)
        web_pages["/~ada/deep.html"] = Page(
            marked_page("Deep", [("Ada Quill", "member_of", "Team Quill")])
        )
        summary = run_crawl([seed], tmp_path, options)
        second = web.log[first_log:]

    conditional = {path: status for path, headers, status in second if "If-None-Match" in headers}
    assert conditional["/~ada/"] == 304 and conditional["/~ada/pubs.html"] == 304
    assert conditional["/~ada/deep.html"] == 200  # changed: served again in full
    got = triples(tmp_path)
    assert ("Ada Quill", "member_of", "Team Quill") in got
    assert ("Ada Quill", "member_of", "Team Ink") not in got
    assert len(got) == 5 and summary.unchanged >= 3


def chain_web(pages: int) -> dict[str, Page]:
    """A site of ``pages`` pages, each stating one claim and linking to the next two."""
    web = {"/robots.txt": Page(b"User-agent: *\n", content_type="text/plain")}
    for i in range(pages):
        links = [(f"p{j}.html", f"page {j}") for j in (2 * i + 1, 2 * i + 2) if j < pages]
        path = "/lab/" if i == 0 else f"/lab/p{i}.html"
        web[path] = Page(
            marked_page(f"Page {i}", [(f"Student {i}", "advisor_phd", "Ada Quill")], links)
        )
    return web


def genealogy_crawl(seed: str, workspace: Path, marker: str = "") -> subprocess.Popen:
    command = [
        sys.executable, "-m", "genealogy.cli", "crawl", seed, "--delay", "0.02",
        "--depth", "20", "--max-pages-per-site", "1000", "--workspace", str(workspace),
    ]  # fmt: skip
    env = {**os.environ, "GENEALOGY_EXTRACTOR": READER, "GENEALOGY_TEST_MARKER": marker}
    return subprocess.Popen(command, env=env, stdout=subprocess.PIPE, stderr=subprocess.STDOUT)


def test_kill_9_then_rerun_resumes_with_the_same_claims(tmp_path):
    pages = 240
    with LocalSite(chain_web(pages)) as web:
        seed = web.url("/lab/")
        reference = genealogy_crawl(seed, tmp_path / "reference")
        assert reference.wait(timeout=120) == 0

        killed = tmp_path / "killed"
        marker = f"kill-{os.getpid()}-{time.time_ns()}"
        crawl = genealogy_crawl(seed, killed, marker)
        deadline = time.monotonic() + 60
        while time.monotonic() < deadline and _stored_pages(killed) < pages // 4:
            time.sleep(0.1)
        os.kill(crawl.pid, signal.SIGKILL)
        crawl.wait(timeout=10)
        assert _survivors(marker) == [], "the crawl and its workers die with the command"
        stored_when_killed = _stored_pages(killed)
        assert 0 < stored_when_killed < pages, "kill -9 must land mid-crawl"

        rerun = genealogy_crawl(seed, killed)
        output = rerun.communicate(timeout=120)[0].decode()
        assert rerun.returncode == 0, output

    assert "(resumed)" in output
    expected = triples(tmp_path / "reference")
    assert len(expected) == pages
    assert triples(killed) == expected  # same claims, none duplicated
    with ClaimStore(killed) as store:
        assert store.count_pages() == pages and not store.errors()


def _survivors(marker: str) -> list[int]:
    """PIDs of processes started by the killed command (they inherit its environment)."""
    needle = f"GENEALOGY_TEST_MARKER={marker}".encode()
    for _ in range(50):  # bounded wait: the kernel delivers the parent-death signals
        alive = []
        for entry in Path("/proc").iterdir():
            try:
                if entry.name.isdigit() and needle in (entry / "environ").read_bytes():
                    alive.append(int(entry.name))
            except OSError:
                continue
        if not alive:
            return []
        time.sleep(0.1)
    return alive


def _stored_pages(workspace: Path) -> int:
    if not (workspace / "claims.sqlite").exists():
        return 0
    with ClaimStore(workspace) as store:
        return store.count_pages()


def test_the_same_crawl_twice_at_once_is_refused(tmp_path):
    from crawler.run import JobBusy, _lock_job, check_seeds, job_id

    seeds = check_seeds(["http://127.0.0.1:9/~ada/"])
    options = CrawlOptions()
    held = _lock_job(tmp_path / "crawl", job_id(seeds, options))
    try:
        with pytest.raises(JobBusy, match="already running"):
            run_crawl(seeds, tmp_path, options)
    finally:
        held.close()
