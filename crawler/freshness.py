"""HTTP cache policy for re-crawls: always revalidate, so unchanged pages cost a 304.

Scrapy's RFC 2616 policy trusts a heuristic freshness (a tenth of a page's age since
Last-Modified) and would then skip the server entirely; a genealogy re-crawl wants to
see every change, so every cached page is revalidated with its ETag / Last-Modified.
"""

from __future__ import annotations

from scrapy.extensions.httpcache import RFC2616Policy


class RevalidatePolicy(RFC2616Policy):
    """Cache pages that carry a validator; ask the server again on every visit."""

    def is_cached_response_fresh(self, cachedresponse, request) -> bool:
        self._set_conditional_validators(request, cachedresponse)
        return False

    def is_cached_response_valid(self, cachedresponse, response, request) -> bool:
        # Only a 304 vouches for the cached copy; a 5xx is recorded as an error instead.
        return response.status == 304
