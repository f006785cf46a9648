"""Crawl statistics under namespaced keys: pages read, claims per relation, per site."""

from __future__ import annotations

from collections import Counter

from crawler.items import FetchFailure, PageRead


class CountClaimsPipeline:
    def __init__(self, stats):
        self.stats = stats

    @classmethod
    def from_crawler(cls, crawler):
        return cls(crawler.stats)

    def process_item(self, item):
        inc = self.stats.inc_value
        if isinstance(item, PageRead):
            inc("genealogy/pages")
            inc(f"genealogy/sites/{item.site}")
            if not item.changed:
                inc("genealogy/pages/unchanged")
            for kind, _ in item.notes:  # recorded as errors of the URL too
                inc("genealogy/errors")
                inc(f"genealogy/errors/{kind}")
            if item.changed and item.claims:
                # One update per relation, not per claim: pages carry dozens of claims.
                inc("genealogy/claims", len(item.claims))
                relations = Counter(claim.relation for claim in item.claims)
                for relation, count in relations.items():
                    inc(f"genealogy/claims/{relation.value}", count)
        elif isinstance(item, FetchFailure):
            inc("genealogy/errors")
            inc(f"genealogy/errors/{item.kind}")
        return item
