"""Merge the claims stores of crawl workers on several machines into one workspace.

Workers on one machine can share a workspace (SQLite in WAL mode takes concurrent
writers); workers on several machines each write their own workspace (a shard: SQLite
must not live on a network file system) and the shards are merged here before
``genealogy build``.  Merging is idempotent: a page's claims replace what the target held
for that page, so merging twice, or a page crawled by two workers, adds no duplicate.

    python -m crawler.shards TARGET_WORKSPACE SHARD_WORKSPACE...
"""

from __future__ import annotations

import sqlite3
import sys
from collections import defaultdict
from pathlib import Path

from crawler.faults import FaultKind
from crawler.store import STORE_FILENAME, ClaimStore

NOTE_KINDS = {FaultKind.CHARSET.value, FaultKind.LINK_FLOOD.value}


def _page_urls(shard: Path) -> list[str]:
    # Read-only listing of the shard's pages (ClaimStore has lookups, not a listing).
    uri = f"file:{shard / STORE_FILENAME}?mode=ro"
    with sqlite3.connect(uri, uri=True) as db:
        return [url for (url,) in db.execute("SELECT url FROM pages ORDER BY url")]


def merge_shards(workspace: str | Path, shards: list[str | Path]) -> tuple[int, int]:
    """Copy every page (with its claims) and error of ``shards`` into ``workspace``.

    Returns (pages, claims) merged.
    """
    pages = claims_merged = 0
    with ClaimStore(workspace) as target:
        for shard in map(Path, shards):
            if not (shard / STORE_FILENAME).exists():
                raise FileNotFoundError(f"no claims store in {shard}")
            with ClaimStore(shard) as source:
                by_page = defaultdict(list)
                for claim in source.claims():
                    by_page[claim.source].append(claim)
                for url in _page_urls(shard):
                    page = source.page(url)
                    claims_merged += target.replace_page(
                        url,
                        by_page.get(url, []),
                        status=page["status"],
                        content_hash=page["content_hash"],
                        etag=page["etag"],
                        last_modified=page["last_modified"],
                    )
                    pages += 1
                for error in source.errors():
                    # Notes on pages that were read (charset, link flood) go with the page.
                    if error["kind"] in NOTE_KINDS or target.page(error["url"]) is None:
                        target.record_error(error["url"], error["kind"], error["message"])
    return pages, claims_merged


def main(argv: list[str]) -> int:
    if len(argv) < 2:
        print(
            "usage: python -m crawler.shards TARGET_WORKSPACE SHARD_WORKSPACE...", file=sys.stderr
        )
        return 2
    try:
        pages, claims = merge_shards(argv[0], argv[1:])
    except FileNotFoundError as error:
        print(f"crawler.shards: error: {error}", file=sys.stderr)
        return 1
    print(f"merged {pages} pages, {claims} claims into {argv[0]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
