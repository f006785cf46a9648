"""`genealogy crawl` as a library call: one resumable crawl of seed sites into a workspace.

The crawl runs in a child process (Twisted's reactor cannot restart, and a caller may crawl
twice); the child dies with its parent (``PR_SET_PDEATHSIG``), so ``kill -9`` of the command
stops everything, and rerunning the same command resumes from the job's JOBDIR.  A job that
ends normally removes its JOBDIR: the next run of the command is a fresh re-crawl, made
cheap by the HTTP cache's conditional requests.
"""

from __future__ import annotations

import fcntl
import gc
import hashlib
import json
import logging
import os
import shutil
import subprocess
import sys
import tempfile
import time
from dataclasses import asdict, dataclass, field
from pathlib import Path

from crawler.reader import die_with_parent
from crawler.scope import canonical_url, is_web_url

# Finish reasons after which the job is complete and its JOBDIR can go.
COMPLETE_REASONS = ("finished", "closespider_pagecount", "closespider_itemcount")


QUIET_LOGGERS = (
    "scrapy.downloadermiddlewares.retry",
    "scrapy.core.downloader.handlers.http11",
    "scrapy.spidermiddlewares.httperror",
)


class SeedError(ValueError):
    """A crawl the user asked for cannot start (a seed that is not an http(s) URL, …)."""


class JobBusy(SeedError):
    """The same crawl (same seeds and limits, same workspace) is already running."""


@dataclass
class CrawlOptions:
    max_pages: int | None = None
    max_pages_per_site: int = 200
    depth: int = 3
    follow_people: int = 0
    frontier: str | None = None
    obey_robots: bool = True
    delay: float | None = None
    # Extra Scrapy settings for this run (timeouts in tests, politeness off in benchmarks).
    settings: dict = field(default_factory=dict)
    # Show the live progress display (on a terminal) / plain progress lines (otherwise).
    progress: bool = True


@dataclass
class CrawlSummary:
    pages: int = 0
    unchanged: int = 0
    duplicates: int = 0
    claims: int = 0
    errors: int = 0
    total_claims: int = 0
    total_pages: int = 0
    seconds: float = 0.0
    finish_reason: str = ""
    resumed: bool = False
    workspace: str = ""
    relations: dict[str, int] = field(default_factory=dict)
    error_kinds: dict[str, int] = field(default_factory=dict)

    def describe(self) -> str:
        rate = self.pages / self.seconds if self.seconds else 0.0
        lines = [
            f"crawl {self.finish_reason or 'ended'}{' (resumed)' if self.resumed else ''}:"
            f" {self.pages} pages read ({self.unchanged} unchanged, {self.duplicates}"
            f" duplicates), {self.claims} claims, {self.errors} errors in"
            f" {self.seconds:.1f} s ({rate:.1f} pages/s)",
        ]
        if self.relations:
            lines.append(
                "claims: " + ", ".join(f"{k} {v}" for k, v in sorted(self.relations.items()))
            )
        if self.error_kinds:
            lines.append(
                "errors: "
                + ", ".join(f"{k} {v}" for k, v in sorted(self.error_kinds.items()))
                + " (genealogy stats --errors)"
            )
        lines.append(
            f"store: {self.total_pages} pages, {self.total_claims} claims in {self.workspace}"
        )
        if self.finish_reason and self.finish_reason not in COMPLETE_REASONS:
            lines.append("interrupted: run the same command again to resume")
        return "\n".join(lines)


def check_seeds(seeds: list[str]) -> list[str]:
    """Canonical seed URLs, or SeedError naming the first one that is not a web URL."""
    urls = []
    for seed in seeds:
        try:
            url = canonical_url(seed)
            valid = is_web_url(url)
        except ValueError:
            valid = False
        if not valid:
            raise SeedError(f"not an http(s) URL: {seed!r}")
        urls.append(url)
    if not urls:
        raise SeedError("no seed URL given")
    return list(dict.fromkeys(urls))


def job_id(seeds: list[str], options: CrawlOptions) -> str:
    """Same seeds and limits → same job, so rerunning a killed command resumes it."""
    key = json.dumps(
        [
            sorted(seeds),
            options.max_pages,
            options.max_pages_per_site,
            options.depth,
            options.follow_people,
            options.obey_robots,
        ]
    )
    return hashlib.sha1(key.encode()).hexdigest()[:12]


def run_crawl(seeds: list[str], workspace: str | Path, options: CrawlOptions) -> CrawlSummary:
    """Crawl ``seeds`` into ``workspace``'s claims store; resume the job if it was killed."""
    urls = check_seeds(list(seeds))
    workspace = Path(workspace).resolve()
    crawl_dir = workspace / "crawl"
    crawl_dir.mkdir(parents=True, exist_ok=True)
    spec = {"seeds": urls, "workspace": str(workspace), "options": asdict(options)}
    handle, summary_path = tempfile.mkstemp(prefix="summary-", suffix=".json", dir=crawl_dir)
    os.close(handle)
    spec["summary"] = summary_path
    spec_path = Path(summary_path).with_suffix(".spec")
    spec_path.write_text(json.dumps(spec))
    lock = None if options.frontier else _lock_job(crawl_dir, job_id(urls, options))
    try:
        child = subprocess.Popen(
            [sys.executable, "-m", "crawler.run", str(spec_path)],
            preexec_fn=die_with_parent if sys.platform.startswith("linux") else None,
        )
        try:
            code = child.wait()
        except KeyboardInterrupt:
            # The child got the same SIGINT and is closing down gracefully; let it finish.
            code = child.wait()
        if code != 0:
            raise RuntimeError(f"crawl process exited with status {code}")
        return CrawlSummary(**json.loads(Path(summary_path).read_text()))
    finally:
        Path(summary_path).unlink(missing_ok=True)
        spec_path.unlink(missing_ok=True)
        if lock is not None:
            lock.close()


def _lock_job(crawl_dir: Path, job: str):
    """Hold the job's lock for the run: two processes must not share one JOBDIR.

    The kernel drops the lock when the process dies, so kill -9 never leaves it behind.
    """
    jobs = crawl_dir / "jobs"
    jobs.mkdir(parents=True, exist_ok=True)
    handle = (jobs / f"{job}.lock").open("w")
    try:
        fcntl.flock(handle, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError:
        handle.close()
        raise JobBusy(
            f"this crawl is already running into {crawl_dir.parent} (job {job});"
            " wait for it or stop it first"
        ) from None
    return handle


def crawl_settings(seeds: list[str], workspace: Path, options: CrawlOptions) -> dict:
    """Scrapy settings for one run on top of crawler/settings.py."""
    crawl_dir = workspace / "crawl"
    job = job_id(seeds, options)
    overrides: dict = {
        "GENEALOGY_WORKSPACE": str(workspace),
        "HTTPCACHE_DIR": str(crawl_dir / "httpcache"),
        "JOBDIR": str(crawl_dir / "jobs" / job),
        "ROBOTSTXT_OBEY": options.obey_robots,
        "LOG_LEVEL": "WARNING",
    }
    if options.delay is not None:
        overrides["DOWNLOAD_DELAY"] = options.delay
        overrides["AUTOTHROTTLE_START_DELAY"] = options.delay
        if options.delay == 0:
            overrides.update(
                AUTOTHROTTLE_ENABLED=False,
                DOWNLOAD_DELAY_JITTER=0,
                CONCURRENT_REQUESTS_PER_DOMAIN=16,
            )
    if options.progress:
        overrides["EXTENSIONS"] = {"crawler.progress.CrawlProgress": 600}
    if options.frontier:
        from crawler.frontier import redis_settings

        frontier = redis_settings(options.frontier, job)
        extensions = {**overrides.get("EXTENSIONS", {}), **frontier.pop("EXTENSIONS")}
        overrides.update(frontier, EXTENSIONS=extensions)
    overrides.update(options.settings)
    return overrides


def crawl_in_this_process(seeds: list[str], workspace: Path, options: CrawlOptions) -> dict:
    """Run the crawl here (the child process of run_crawl); return the summary fields."""
    from scrapy.crawler import CrawlerProcess
    from scrapy.settings import Settings

    from crawler.spiders.homepage import HomepageSpider
    from crawler.store import ClaimStore

    settings = Settings()
    settings.setmodule("crawler.settings", priority="project")
    overrides = crawl_settings(seeds, workspace, options)
    extensions = overrides.pop("EXTENSIONS", {})
    settings.update(overrides, priority="cmdline")
    for name, order in extensions.items():
        settings["EXTENSIONS"][name] = order
    jobdir = settings.get("JOBDIR")
    resumed = bool(jobdir) and (Path(jobdir) / "frontier.jsonl").exists()
    started = time.monotonic()
    process = CrawlerProcess(settings)
    # Faults are recorded per URL and summed up at the end; Scrapy's own line per fault
    # would only scroll the progress display away.
    for name in QUIET_LOGGERS:
        logging.getLogger(name).setLevel(logging.CRITICAL)
    crawler = process.create_crawler(HomepageSpider)
    process.crawl(
        crawler,
        seeds=seeds,
        workspace=str(workspace),
        depth=options.depth,
        max_pages=options.max_pages,
        max_pages_per_site=options.max_pages_per_site,
        follow_people=options.follow_people,
    )
    # Everything loaded so far (Scrapy, lexicons, settings) lives as long as the crawl: out
    # of the collector's sight, so its full collections only walk what pages create.
    gc.freeze()
    process.start()
    stats = crawler.stats.get_stats()
    reason = str(stats.get("finish_reason", ""))
    if jobdir and reason in COMPLETE_REASONS:
        shutil.rmtree(jobdir, ignore_errors=True)
    with ClaimStore(workspace) as store:
        total_claims, total_pages = store.count_claims(), store.count_pages()
    prefix = "genealogy/claims/"
    error_prefix = "genealogy/errors/"
    return asdict(
        CrawlSummary(
            pages=stats.get("genealogy/pages", 0),
            unchanged=stats.get("genealogy/pages/unchanged", 0),
            duplicates=stats.get("genealogy/pages/duplicate_content", 0),
            claims=stats.get("genealogy/claims", 0),
            errors=stats.get("genealogy/errors", 0),
            total_claims=total_claims,
            total_pages=total_pages,
            seconds=time.monotonic() - started,
            finish_reason=reason,
            resumed=resumed,
            workspace=str(workspace),
            relations={k[len(prefix) :]: v for k, v in stats.items() if k.startswith(prefix)},
            error_kinds={
                k[len(error_prefix) :]: v for k, v in stats.items() if k.startswith(error_prefix)
            },
        )
    )


def _child_main(spec_path: str) -> None:
    spec = json.loads(Path(spec_path).read_text())
    options = CrawlOptions(**spec["options"])
    summary = crawl_in_this_process(spec["seeds"], Path(spec["workspace"]), options)
    Path(spec["summary"]).write_text(json.dumps(summary))


if __name__ == "__main__":
    _child_main(sys.argv[1])
