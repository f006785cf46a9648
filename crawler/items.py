"""What the homepage spider hands to the pipelines: one page read, or one URL that failed."""

from __future__ import annotations

from dataclasses import dataclass, field

from crawler.claims import Claim


@dataclass
class PageRead:
    """A fetched page and the claims read on it; stored atomically by StoreClaimsPipeline."""

    url: str
    site: str
    claims: list[Claim]
    status: int = 200
    content_hash: str | None = None
    etag: str | None = None
    last_modified: str | None = None
    # False when the page is byte-identical to what the store already holds: keep its claims.
    changed: bool = True
    # Problems that did not stop the page from being read (bad charset, link flood).
    notes: list[tuple[str, str]] = field(default_factory=list)
    # The URL asked for, when a redirect or index.html led to ``url``.
    request_url: str | None = None


@dataclass
class FetchFailure:
    """A URL that could not be read, and why (see crawler.faults.FaultKind)."""

    url: str
    site: str
    kind: str
    message: str
    request_url: str | None = None
