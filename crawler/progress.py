"""Crawl progress driven by Scrapy signals: a live Rich display on a terminal, log lines otherwise.

Shows pages done and queued, claims, errors, the rate and the busiest sites.
"""

from __future__ import annotations

import sys
import time
from collections import Counter

from scrapy import signals

from crawler.items import FetchFailure, PageRead

PLAIN_EVERY_S = 10.0
TOP_SITES = 8


class CrawlProgress:
    def __init__(self, crawler, stream=None):
        self.crawler = crawler
        self.stream = stream or sys.stderr
        self.live = None
        self.started = time.monotonic()
        self.last_line = self.started
        self.pages = 0
        self.claims = 0
        self.errors = 0
        self.sites: Counter[str] = Counter()
        self.site_claims: Counter[str] = Counter()
        self.site_errors: Counter[str] = Counter()
        crawler.signals.connect(self.spider_opened, signals.spider_opened)
        crawler.signals.connect(self.item_scraped, signals.item_scraped)
        crawler.signals.connect(self.spider_closed, signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def queued(self) -> int:
        try:
            engine = self.crawler.engine
        except RuntimeError:  # not crawling (yet)
            return 0
        slot = getattr(engine, "_slot", None) or getattr(engine, "slot", None)
        scheduler = getattr(slot, "scheduler", None)
        try:
            return len(scheduler) if scheduler is not None else 0
        except TypeError:
            return 0

    def spider_opened(self, spider=None) -> None:
        self.started = self.last_line = time.monotonic()
        if self.stream.isatty():
            from rich.console import Console
            from rich.live import Live

            console = Console(file=self.stream)
            # The table is drawn at each refresh (4 per second), not rebuilt per page.
            self.live = Live(
                console=console,
                get_renderable=self.render,
                refresh_per_second=4,
                transient=False,
            )
            self.live.start()

    def item_scraped(self, item, response=None, spider=None) -> None:
        if isinstance(item, PageRead):
            self.pages += 1
            self.sites[item.site] += 1
            if item.changed:
                self.claims += len(item.claims)
                self.site_claims[item.site] += len(item.claims)
        elif isinstance(item, FetchFailure):
            self.errors += 1
            self.site_errors[item.site] += 1
        if self.live is None:
            now = time.monotonic()
            if now - self.last_line >= PLAIN_EVERY_S:
                self.last_line = now
                print(self.line(), file=self.stream, flush=True)

    def rate(self) -> float:
        elapsed = time.monotonic() - self.started
        return self.pages / elapsed if elapsed > 0 else 0.0

    def line(self) -> str:
        return (
            f"crawl: {self.pages} pages, {self.queued} queued, {self.claims} claims,"
            f" {self.errors} errors, {self.rate():.1f} pages/s, {len(self.sites)} sites"
        )

    def render(self):
        from rich.table import Table

        table = Table(title=self.line(), title_justify="left", expand=False)
        table.add_column("site")
        table.add_column("pages", justify="right")
        table.add_column("claims", justify="right")
        table.add_column("errors", justify="right")
        for site, pages in self.sites.most_common(TOP_SITES):
            table.add_row(
                site, str(pages), str(self.site_claims[site]), str(self.site_errors[site])
            )
        return table

    def spider_closed(self, spider=None, reason=None) -> None:
        if self.live is not None:
            self.live.stop()  # draws the final table
            self.live = None
        else:
            print(self.line(), file=self.stream, flush=True)
