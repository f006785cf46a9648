"""HTTP cache policy for re-crawls: always revalidate, so unchanged pages cost a 304.

Scrapy's RFC 2616 policy trusts a heuristic freshness (a tenth of a page's age since
Last-Modified) and would then skip the server entirely; a genealogy re-crawl wants to
see every change, so every cached page is revalidated with its ETag / Last-Modified.
"""

from __future__ import annotations

import pickle
import sqlite3
import time
from pathlib import Path

from scrapy.extensions.httpcache import RFC2616Policy
from scrapy.utils.response import response_from_dict


class RevalidatePolicy(RFC2616Policy):
    """Cache pages that carry a validator; ask the server again on every visit."""

    def is_cached_response_fresh(self, cachedresponse, request) -> bool:
        self._set_conditional_validators(request, cachedresponse)
        return False

    def is_cached_response_valid(self, cachedresponse, response, request) -> bool:
        # Only a 304 vouches for the cached copy; a 5xx is recorded as an error instead.
        return response.status == 304


class SqliteCacheStorage:
    """The HTTP cache in one SQLite file of the workspace.

    Scrapy's filesystem storage writes six files and a folder per page (a third of the
    crawl's time on a busy disk); DBM files do not survive kill -9.  SQLite in WAL mode is
    one cheap insert per page and stays whole whatever happens to the process.  Inserts
    are committed in batches: a kill -9 loses at most the last second of a cache, which
    the next run simply fetches again.
    """

    FILENAME = "httpcache.sqlite"
    BATCH_PAGES = 50
    BATCH_SECONDS = 1.0

    def __init__(self, settings):
        self.directory = Path(settings["HTTPCACHE_DIR"])
        self.db: sqlite3.Connection | None = None
        self._fingerprinter = None
        self._pending = 0
        self._last_commit = time.monotonic()

    def open_spider(self, spider) -> None:
        self.directory.mkdir(parents=True, exist_ok=True)
        self.db = sqlite3.connect(self.directory / self.FILENAME, timeout=30)
        self.db.execute("PRAGMA journal_mode=WAL")
        self.db.execute("PRAGMA synchronous=NORMAL")
        self.db.execute(
            "CREATE TABLE IF NOT EXISTS responses"
            " (fingerprint TEXT PRIMARY KEY, stored_at REAL, response BLOB)"
        )
        self._fingerprinter = spider.crawler.request_fingerprinter

    def close_spider(self, spider) -> None:
        if self.db is not None:
            self.db.commit()
            self.db.close()
            self.db = None

    def retrieve_response(self, spider, request):
        key = self._fingerprinter.fingerprint(request).hex()
        row = self.db.execute(
            "SELECT stored_at, response FROM responses WHERE fingerprint = ?", (key,)
        ).fetchone()
        if row is None:
            return None
        request.meta["cache_timestamp"] = row[0]
        # Our own pickled dict of a response we stored, never crawled code.
        return response_from_dict(pickle.loads(row[1]))  # noqa: S301

    def store_response(self, spider, request, response) -> None:
        key = self._fingerprinter.fingerprint(request).hex()
        data = pickle.dumps(response.to_dict(), protocol=4)
        self.db.execute("INSERT OR REPLACE INTO responses VALUES (?,?,?)", (key, time.time(), data))
        self._pending += 1
        now = time.monotonic()
        if self._pending >= self.BATCH_PAGES or now - self._last_commit >= self.BATCH_SECONDS:
            self.db.commit()
            self._pending, self._last_commit = 0, now
