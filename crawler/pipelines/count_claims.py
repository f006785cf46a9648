"""Crawl statistics under namespaced keys: pages read, claims per relation, per site."""

from __future__ import annotations

from crawler.items import FetchFailure, PageRead


class CountClaimsPipeline:
    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        if isinstance(item, PageRead):
            self.stats.inc_value("genealogy/pages")
            self.stats.inc_value(f"genealogy/sites/{item.site}")
            if not item.changed:
                self.stats.inc_value("genealogy/pages/unchanged")
            for kind, _ in item.notes:  # recorded as errors of the URL too
                self.stats.inc_value("genealogy/errors")
                self.stats.inc_value(f"genealogy/errors/{kind}")
            for claim in item.claims if item.changed else ():
                self.stats.inc_value("genealogy/claims")
                self.stats.inc_value(f"genealogy/claims/{claim.relation.value}")
        elif isinstance(item, FetchFailure):
            self.stats.inc_value("genealogy/errors")
            self.stats.inc_value(f"genealogy/errors/{item.kind}")
        return item
