"""Pages into the claims store: one transaction per page, a changed page replaces its claims."""

from __future__ import annotations

from crawler.items import PageRead
from crawler.store import ClaimStore


class StoreClaimsPipeline:
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
        if not isinstance(item, PageRead):
            return item
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
        journal = self.crawler.spider.journal
        journal.record_finished(item.url, item.content_hash)
        if item.request_url and item.request_url != item.url:
            journal.record_finished(item.request_url, item.content_hash)
        return item
