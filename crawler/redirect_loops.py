"""Name redirect loops for what they are.

Scrapy's duplicate filter silently drops the request that closes a loop (A → B → A), so
the page would vanish without a trace; this middleware turns it into an error recorded
for the URL, like any other fault.
"""

from __future__ import annotations

from urllib.parse import urljoin

from scrapy.exceptions import IgnoreRequest

from crawler.scope import canonical_url


class RedirectLoopMiddleware:
    """Placed after RedirectMiddleware (higher order), so it sees 3xx responses first."""

    def process_response(self, request, response, spider=None):
        location = response.headers.get(b"Location")
        if not 300 <= response.status < 400 or not location:
            return response
        target = canonical_url(urljoin(request.url, location.decode("latin-1")))
        chain = [*request.meta.get("redirect_urls", []), request.url]
        if target in {canonical_url(url) for url in chain}:
            raise IgnoreRequest(f"redirect loop: {' → '.join(chain)} → {target}")
        return response
