"""A shared Redis frontier: two crawl workers split one crawl, nothing fetched twice.

Needs ``redis-server`` on PATH (apt package ``redis-server``); the fixture starts one on a
free port of 127.0.0.1 and stops it by PID.
"""

from __future__ import annotations

import shutil
import threading
from collections import Counter
from pathlib import Path

import pytest
from localsite import LocalSite, Page, marked_page

from bench.bench_crawl import RedisServer
from crawler.frontier import FrontierJournal
from crawler.run import CrawlOptions, run_crawl
from crawler.store import ClaimStore

pytestmark = [pytest.mark.redis, pytest.mark.usefixtures("reader_on_path")]

READER = {"GENEALOGY_EXTRACTOR": "localsite.read_marked_claims", "GENEALOGY_EXTRACT_WORKERS": 0}


@pytest.fixture
def redis_url(tmp_path):
    if shutil.which("redis-server") is None:
        pytest.fail("redis-server is not installed (apt-get install -y redis-server)")
    with RedisServer(tmp_path) as server:
        yield server.url(0)


def lab_web(pages: int) -> dict[str, Page]:
    """One lab site: an index linking ten pages, each linking ten more, and so on."""
    web = {"/robots.txt": Page(b"User-agent: *\n", content_type="text/plain")}
    for i in range(pages):
        links = [(f"p{j}.html", f"Page {j}") for j in range(10 * i + 1, 10 * i + 11) if j < pages]
        path = "/lab/" if i == 0 else f"/lab/p{i}.html"
        claims = [(f"Student {i}", "advisor_phd", f"Advisor {i % 7}")]
        web[path] = Page(marked_page(f"Page {i}", claims, links))
    return web


def claims_of(*workspaces: Path) -> list[tuple]:
    rows = []
    for workspace in workspaces:
        with ClaimStore(workspace) as store:
            rows += [c.triple for c in store.claims()]
    return sorted(rows)


def test_two_workers_share_one_frontier(tmp_path, redis_url):
    options = {"delay": 0, "progress": False, "depth": 10, "max_pages_per_site": 1000}
    with LocalSite(lab_web(150), delay=0.01) as web:
        seed = web.url("/lab/")
        run_crawl([seed], tmp_path / "single", CrawlOptions(**options, settings=READER))
        single_log = len(web.log)

        shared = CrawlOptions(**options, frontier=redis_url, settings=READER)
        workers = [tmp_path / "worker-1", tmp_path / "worker-2"]
        summaries = {}

        def work(workspace: Path) -> None:
            summaries[workspace] = run_crawl([seed], workspace, shared)

        threads = [threading.Thread(target=work, args=(w,)) for w in workers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=180)
        fetched = Counter(path for path, _, _ in web.log[single_log:] if path != "/robots.txt")

    single = claims_of(tmp_path / "single")
    assert len(single) == 150
    # The union of the workers' claims is the single-process crawl's, nothing twice.
    assert claims_of(*workers) == single
    assert max(fetched.values()) == 1 and len(fetched) == 150
    assert all(summaries[w].pages > 0 for w in workers), "both workers took part"


def test_journal_replays_unfinished_requests(tmp_path):
    journal = FrontierJournal(tmp_path)
    journal.record_request("http://a.example/", {"site": "http://a.example/", "depth": 0})
    journal.record_request("http://a.example/b", {"site": "http://a.example/", "depth": 1})
    journal.record_finished("http://a.example/", "hash-a")
    journal.close()
    with (tmp_path / "frontier.jsonl").open("a") as torn:
        torn.write('{"request": "http://a.example/c", "me')  # killed mid-line

    resumed = FrontierJournal(tmp_path)
    assert resumed.resumed
    assert resumed.pending() == [("http://a.example/b", {"site": "http://a.example/", "depth": 1})]
    assert resumed.content_hashes == {"hash-a": "http://a.example/"}


def test_two_workers_on_the_demo_web_read_what_one_reads(tmp_path, redis_url, monkeypatch):
    """The same on the demo web with the real extraction library."""
    from demo.serve import DemoWeb

    monkeypatch.delenv("GENEALOGY_EXTRACTOR", raising=False)
    # Deep enough to reach every page: at a depth limit, which pages fall just beyond it
    # depends on the order concurrent fetches finish, in one process or in two.
    options = {"delay": 0, "progress": False, "depth": 10}
    with DemoWeb() as web:
        seeds = web.seed_urls()
        run_crawl(seeds, tmp_path / "single", CrawlOptions(**options))
        shared = CrawlOptions(**options, frontier=redis_url)
        workers = [tmp_path / "worker-1", tmp_path / "worker-2"]
        threads = [threading.Thread(target=run_crawl, args=(seeds, w, shared)) for w in workers]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join(timeout=180)

    single = set(claims_of(tmp_path / "single"))
    assert len(single) > 50
    assert set(claims_of(*workers)) == single
