"""The claims store: one SQLite file per workspace, the only place claims are persisted.

It lives beside the contract (not in ``graph``) because the crawler writes it and must not
import ``graph``.  WAL mode and one transaction per page mean a killed crawl loses nothing
already stored and never leaves half a page behind; a re-crawl replaces a page's claims
instead of adding duplicates.

A crawl writes with ``batch_pages`` > 1: pages go into one open transaction (a savepoint
each, so a failed page still leaves no half) committed every ``batch_pages`` pages or on
``commit()``; a kill -9 loses only the uncommitted batch, which the crawl's journal has not
marked finished either (``when_committed``), so a resumed crawl reads those pages again.
"""

from __future__ import annotations

import sqlite3
import time
from collections.abc import Callable, Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from crawler.claims import CLAIM_FIELDS, Claim

STORE_FILENAME = "claims.sqlite"

_SCHEMA = """
CREATE TABLE IF NOT EXISTS claims (
    id INTEGER PRIMARY KEY,
    subject TEXT NOT NULL,
    subject_kind TEXT NOT NULL,
    relation TEXT NOT NULL,
    object TEXT NOT NULL,
    object_kind TEXT NOT NULL,
    start INTEGER,
    "end" INTEGER,
    source TEXT NOT NULL,
    evidence TEXT NOT NULL,
    confidence REAL NOT NULL,
    extractor TEXT NOT NULL,
    claim_key TEXT NOT NULL UNIQUE
);
CREATE INDEX IF NOT EXISTS claims_source ON claims(source);
CREATE TABLE IF NOT EXISTS pages (
    url TEXT PRIMARY KEY,
    status INTEGER,
    content_hash TEXT,
    etag TEXT,
    last_modified TEXT,
    fetched_at REAL NOT NULL,
    claims INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX IF NOT EXISTS pages_content ON pages(content_hash);
CREATE TABLE IF NOT EXISTS errors (
    url TEXT NOT NULL,
    kind TEXT NOT NULL,
    message TEXT NOT NULL,
    at REAL NOT NULL,
    PRIMARY KEY (url, kind)
);
"""


class ClaimStore:
    """Claims, crawled pages and per-URL errors of one workspace.

    Examples
    --------
    >>> import tempfile
    >>> from crawler.claims import Claim
    >>> store = ClaimStore(tempfile.mkdtemp())
    >>> c = Claim("Ada Quill", "advisor_phd", "Zed Marlow", "https://a.example/", "…", "test")
    >>> store.replace_page("https://a.example/", [c, c])
    1
    >>> store.count_claims()
    1
    """

    def __init__(self, workspace: str | Path, batch_pages: int = 1):
        self.workspace = Path(workspace)
        self.workspace.mkdir(parents=True, exist_ok=True)
        self.path = self.workspace / STORE_FILENAME
        self.batch_pages = max(1, batch_pages)
        self._db = sqlite3.connect(self.path, timeout=30, isolation_level=None)
        self._db.execute("PRAGMA journal_mode=WAL")
        self._db.execute("PRAGMA synchronous=NORMAL")
        self._db.executescript(_SCHEMA)
        self._batched = 0  # pages written in the open batch transaction
        self._on_commit: list[Callable[[], None]] = []

    def close(self) -> None:
        self.commit()
        self._db.close()

    def commit(self) -> None:
        """End the open batch: its pages are stored, then ``when_committed`` callbacks run."""
        if self._db.in_transaction:
            self._db.execute("COMMIT")
        self._batched = 0
        callbacks, self._on_commit = self._on_commit, []
        for callback in callbacks:
            callback()

    def when_committed(self, callback: Callable[[], None]) -> None:
        """Run ``callback`` once what was written so far is committed (now, if it is)."""
        if self._db.in_transaction:
            self._on_commit.append(callback)
        else:
            callback()

    def __enter__(self) -> ClaimStore:
        return self

    def __exit__(self, *exc) -> None:
        self.close()

    @contextmanager
    def _transaction(self):
        """One page, all or nothing: its own transaction, or a savepoint in the batch."""
        if self.batch_pages == 1:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
            return
        if not self._db.in_transaction:
            self._db.execute("BEGIN IMMEDIATE")
        self._db.execute("SAVEPOINT page")
        try:
            yield
        except BaseException:
            self._db.execute("ROLLBACK TO page")
            self._db.execute("RELEASE page")
            raise
        self._db.execute("RELEASE page")
        self._batched += 1
        if self._batched >= self.batch_pages:
            self.commit()

    def replace_page(
        self,
        source: str,
        claims: Iterable[Claim],
        *,
        status: int | None = 200,
        content_hash: str | None = None,
        etag: str | None = None,
        last_modified: str | None = None,
    ) -> int:
        """Atomically replace everything read from ``source``; return the claims stored."""
        rows = {_key(c): c for c in claims}
        with self._transaction():
            self._db.execute("DELETE FROM claims WHERE source = ?", (source,))
            self._db.executemany(
                "INSERT OR IGNORE INTO claims (subject, subject_kind, relation, object,"
                ' object_kind, start, "end", source, evidence, confidence, extractor, claim_key)'
                " VALUES (?,?,?,?,?,?,?,?,?,?,?,?)",
                [(*_values(c), key) for key, c in rows.items()],
            )
            self._db.execute(
                "INSERT OR REPLACE INTO pages VALUES (?,?,?,?,?,?,?)",
                (source, status, content_hash, etag, last_modified, time.time(), len(rows)),
            )
            self._db.execute("DELETE FROM errors WHERE url = ?", (source,))
        return len(rows)

    def record_error(self, url: str, kind: str, message: str) -> None:
        """Remember why ``url`` could not be read; the crawl goes on."""
        self._db.execute(
            "INSERT OR REPLACE INTO errors VALUES (?,?,?,?)",
            (url, kind, message[:500], time.time()),
        )

    def page(self, url: str) -> dict | None:
        cur = self._db.execute(
            "SELECT url, status, content_hash, etag, last_modified, fetched_at, claims"
            " FROM pages WHERE url = ?",
            (url,),
        )
        row = cur.fetchone()
        if row is None:
            return None
        names = ("url", "status", "content_hash", "etag", "last_modified", "fetched_at")
        return dict(zip((*names, "claims"), row, strict=True))

    def url_with_content(self, content_hash: str) -> str | None:
        """The stored page whose bytes hash to ``content_hash`` (mirrors are read once)."""
        row = self._db.execute(
            "SELECT url FROM pages WHERE content_hash = ? ORDER BY url LIMIT 1", (content_hash,)
        ).fetchone()
        return row[0] if row else None

    def claims(self) -> Iterator[Claim]:
        cols = ", ".join(f'"{name}"' for name in CLAIM_FIELDS)
        for row in self._db.execute(f"SELECT {cols} FROM claims ORDER BY id"):
            yield Claim.from_dict(dict(zip(CLAIM_FIELDS, row, strict=True)))

    def errors(self) -> list[dict]:
        cur = self._db.execute("SELECT url, kind, message FROM errors ORDER BY url")
        return [{"url": u, "kind": k, "message": m} for u, k, m in cur]

    def count_claims(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM claims").fetchone()[0]

    def count_pages(self) -> int:
        return self._db.execute("SELECT COUNT(*) FROM pages").fetchone()[0]


def _values(claim: Claim) -> tuple:
    """The claim's row in CLAIM_FIELDS order (what ``to_dict`` gives, without its deep copy:
    this runs for every claim of every page on the crawl's core)."""
    return (
        claim.subject,
        claim.subject_kind.value,
        claim.relation.value,
        claim.object,
        claim.object_kind.value,
        claim.start,
        claim.end,
        claim.source,
        claim.evidence,
        claim.confidence,
        claim.extractor,
    )


def _key(claim: Claim) -> str:
    subject, relation, obj, start, end, source = claim.key
    start = "" if start is None else start
    end = "" if end is None else end
    return f"{subject}\x1f{relation}\x1f{obj}\x1f{start}\x1f{end}\x1f{source}"
