"""Pages and failed URLs into the claims store: a changed page replaces its claims, a
failure is recorded per URL and the crawl goes on.

The store is the spider's own (opened and closed with it): one connection per crawl,
writing in batches of ``GENEALOGY_STORE_BATCH_PAGES`` pages per transaction (each page
still all or nothing), committed at least every ``GENEALOGY_STORE_COMMIT_S`` seconds.  A
page is marked finished in the resume journal only once its batch is committed, so a
kill -9 never leaves a page marked done whose claims were lost.
"""

from __future__ import annotations

from twisted.internet.task import LoopingCall

from crawler.items import FetchFailure, PageRead
from crawler.store import ClaimStore


class StoreClaimsPipeline:
    def __init__(self, crawler):
        self.crawler = crawler
        self.commit_every_s = crawler.settings.getfloat("GENEALOGY_STORE_COMMIT_S", 1.0)
        self._timer: LoopingCall | None = None

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def store(self) -> ClaimStore:
        return self.crawler.spider.store

    def open_spider(self) -> None:
        # Pages of a slow stretch of the crawl are not left uncommitted for long.
        self._timer = LoopingCall(self.store.commit)
        self._timer.start(self.commit_every_s, now=False)

    def close_spider(self) -> None:
        if self._timer is not None and self._timer.running:
            self._timer.stop()
        self.store.commit()

    def process_item(self, item):
        if isinstance(item, PageRead):
            if item.changed:
                self.store.replace_page(
                    item.url,
                    item.claims,
                    status=item.status,
                    content_hash=item.content_hash,
                    etag=item.etag,
                    last_modified=item.last_modified,
                )
            # Recorded after the page: replace_page clears the URL's earlier errors.
            for kind, message in item.notes:
                self.store.record_error(item.url, str(kind), message)
            self._finished(item, item.content_hash)
        elif isinstance(item, FetchFailure):
            self.store.record_error(item.url, str(item.kind), item.message)
            self._finished(item, None)
        return item

    def _finished(self, item: PageRead | FetchFailure, content_hash: str | None) -> None:
        """Marked done in the resume journal, under the URL read and the URL asked for,
        once what the store holds of it is committed."""
        journal = self.crawler.spider.journal
        urls = [item.url]
        if item.request_url and item.request_url != item.url:
            urls.append(item.request_url)

        def record() -> None:
            for url in urls:
                journal.record_finished(url, content_hash)

        self.store.when_committed(record)
