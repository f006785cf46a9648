"""Crawl progress: a live table on a terminal, plain lines otherwise, fed by Scrapy signals."""

from __future__ import annotations

import io

from scrapy import signals
from scrapy.utils.test import get_crawler

from crawler.claims import Claim
from crawler.items import FetchFailure, PageRead
from crawler.progress import CrawlProgress

ADA = "http://lab.example.org/~ada/"
ZED = "http://lab.example.org/~zed/"


class Terminal(io.StringIO):
    def isatty(self) -> bool:
        return True


def feed(progress: CrawlProgress, crawler) -> None:
    claim = Claim("Ada Quill", "advisor_phd", "Zed Marlow", ADA, "…", "test")
    crawler.signals.send_catch_log(signals.spider_opened, spider=None)
    for item in (
        PageRead(ADA, ADA, [claim]),
        PageRead(ADA + "cv.pdf", ADA, [claim, claim]),
        PageRead(ZED, ZED, []),
        FetchFailure(ZED + "gone", ZED, "not_found", "HTTP 404"),
    ):
        crawler.signals.send_catch_log(signals.item_scraped, item=item, response=None, spider=None)
    crawler.signals.send_catch_log(signals.spider_closed, spider=None, reason="finished")


def test_plain_lines_when_not_a_terminal():
    crawler = get_crawler()
    stream = io.StringIO()
    progress = CrawlProgress(crawler, stream=stream)
    feed(progress, crawler)
    last = stream.getvalue().strip().splitlines()[-1]
    assert last.startswith("crawl: 3 pages, 0 queued, 3 claims, 1 errors,")
    assert last.endswith("2 sites")


def test_live_table_per_site_on_a_terminal():
    crawler = get_crawler()
    stream = Terminal()
    progress = CrawlProgress(crawler, stream=stream)
    feed(progress, crawler)
    screen = stream.getvalue()
    rows = {
        cells[1]: cells[2:5]
        for line in screen.splitlines()
        if (cells := [cell.strip() for cell in line.split("│")]) and len(cells) == 6
    }
    assert rows[ADA] == ["2", "3", "0"]  # pages, claims, errors
    assert rows[ZED] == ["1", "0", "1"]
