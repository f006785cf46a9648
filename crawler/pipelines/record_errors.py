"""URLs that could not be read, recorded per URL with the reason; the crawl goes on."""

from __future__ import annotations

from crawler.items import FetchFailure
from crawler.store import ClaimStore


class RecordErrorsPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.store: ClaimStore | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    def open_spider(self):
        self.store = ClaimStore(self.crawler.spider.workspace)

    def close_spider(self):
        if self.store is not None:
            self.store.close()

    def process_item(self, item):
        if not isinstance(item, FetchFailure):
            return item
        self.store.record_error(item.url, str(item.kind), item.message)
        journal = self.crawler.spider.journal
        journal.record_finished(item.url)
        if item.request_url and item.request_url != item.url:
            journal.record_finished(item.request_url)
        return item
