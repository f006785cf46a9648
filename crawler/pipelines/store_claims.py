"""Pages and failed URLs into the claims store: one transaction per page, a changed page
replaces its claims, a failure is recorded per URL and the crawl goes on.

The store is the spider's own (opened and closed with it): one connection per crawl."""

from __future__ import annotations

from crawler.items import FetchFailure, PageRead
from crawler.store import ClaimStore


class StoreClaimsPipeline:
    def __init__(self, crawler):
        self.crawler = crawler

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler)

    @property
    def store(self) -> ClaimStore:
        return self.crawler.spider.store

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
        """Marked done in the resume journal under the URL read and the URL asked for."""
        journal = self.crawler.spider.journal
        journal.record_finished(item.url, content_hash)
        if item.request_url and item.request_url != item.url:
            journal.record_finished(item.request_url, content_hash)
