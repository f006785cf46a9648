"""The claims store: idempotent per-page replacement, errors, and survival of a reopen."""

import sqlite3

import pytest

from crawler.claims import Claim
from crawler.store import STORE_FILENAME, ClaimStore

PAGE = "https://quill.example.org/cv.html"


def _claim(obj: str, source: str = PAGE) -> Claim:
    return Claim("Ada Quill", "advisor_phd", obj, source, f"advised by {obj}", "test.rule")


def test_recrawl_of_a_page_adds_no_duplicates(tmp_path):
    with ClaimStore(tmp_path) as store:
        store.replace_page(PAGE, [_claim("Zed Marlow"), _claim("Zed Marlow")])
        store.replace_page(PAGE, [_claim("Zed Marlow")])
        assert store.count_claims() == 1
        assert store.count_pages() == 1


def test_a_changed_page_replaces_its_old_claims_only(tmp_path):
    other = "https://marlow.example.org/"
    with ClaimStore(tmp_path) as store:
        store.replace_page(PAGE, [_claim("Zed Marlow")])
        store.replace_page(other, [_claim("Ivo Brenn", other)])
        store.replace_page(PAGE, [_claim("Una Pike")])
        objects = sorted(c.object for c in store.claims())
    assert objects == ["Ivo Brenn", "Una Pike"]


def test_claims_survive_reopening_and_store_uses_wal(tmp_path):
    with ClaimStore(tmp_path) as store:
        store.replace_page(PAGE, [_claim("Zed Marlow")], etag='"v1"')
    with ClaimStore(tmp_path) as store:
        assert [c.object for c in store.claims()] == ["Zed Marlow"]
        assert store.page(PAGE)["etag"] == '"v1"'
    mode = sqlite3.connect(tmp_path / STORE_FILENAME).execute("PRAGMA journal_mode").fetchone()
    assert mode[0] == "wal"


def test_errors_are_recorded_and_cleared_when_the_page_is_read(tmp_path):
    with ClaimStore(tmp_path) as store:
        store.record_error(PAGE, "http_500", "server error")
        assert store.errors() == [{"url": PAGE, "kind": "http_500", "message": "server error"}]
        store.replace_page(PAGE, [])
        assert store.errors() == []


def test_a_failing_write_leaves_the_previous_claims_intact(tmp_path):
    class Broken:
        def __iter__(self):
            yield _claim("Una Pike")
            raise RuntimeError("extractor crashed mid-page")

    with ClaimStore(tmp_path) as store:
        store.replace_page(PAGE, [_claim("Zed Marlow")])
        try:
            store.replace_page(PAGE, Broken())
        except RuntimeError:
            pass
        assert [c.object for c in store.claims()] == ["Zed Marlow"]


def test_a_page_is_found_by_its_content(tmp_path):
    with ClaimStore(tmp_path) as store:
        store.replace_page(PAGE, [_claim("Zed Marlow")], content_hash="abc")
        assert store.url_with_content("abc") == PAGE
        assert store.url_with_content("def") is None


def _committed_claims(workspace) -> list[str]:
    """What another process (a crash survivor, `genealogy build`) sees in the file."""
    db = sqlite3.connect(workspace / STORE_FILENAME)
    try:
        return [row[0] for row in db.execute("SELECT object FROM claims ORDER BY id")]
    finally:
        db.close()


def test_a_batch_is_committed_every_n_pages_and_then_says_so(tmp_path):
    done = []
    with ClaimStore(tmp_path, batch_pages=2) as store:
        store.replace_page(PAGE, [_claim("Zed Marlow")])
        store.when_committed(lambda: done.append(PAGE))
        assert _committed_claims(tmp_path) == [] and done == []
        assert store.page(PAGE) is not None  # the crawl sees its own batch
        other = "https://marlow.example.org/"
        store.replace_page(other, [_claim("Ivo Brenn", other)])
        assert _committed_claims(tmp_path) == ["Zed Marlow", "Ivo Brenn"]
        assert done == [PAGE]
        store.when_committed(lambda: done.append("now"))
        assert done == [PAGE, "now"]  # nothing pending: at once


def test_closing_commits_the_last_batch(tmp_path):
    with ClaimStore(tmp_path, batch_pages=50) as store:
        store.replace_page(PAGE, [_claim("Zed Marlow")])
    assert _committed_claims(tmp_path) == ["Zed Marlow"]


def test_a_failing_page_in_a_batch_leaves_its_neighbours_and_its_old_claims(tmp_path):
    # A value SQLite cannot store fails the insert after the page's old claims were deleted.
    unstorable = Claim("Ada Quill", "advisor_phd", "Una Pike", PAGE, "…", "test", start=[2015])
    other = "https://marlow.example.org/"
    with ClaimStore(tmp_path, batch_pages=50) as store:
        store.replace_page(PAGE, [_claim("Zed Marlow")])
        store.commit()
        store.replace_page(other, [_claim("Ivo Brenn", other)])
        with pytest.raises(sqlite3.Error):
            store.replace_page(PAGE, [_claim("Una Pike"), unstorable])
        store.commit()
    assert sorted(_committed_claims(tmp_path)) == ["Ivo Brenn", "Zed Marlow"]


def test_stored_claims_read_back_equal_to_what_was_written(tmp_path):
    claim = Claim(
        "Ada Quill",
        "studied_at",
        "University of Examples",
        PAGE,
        "PhD, 2015-2019",
        "test",
        confidence=0.7,
        start=2015,
        end=2019,
    )
    with ClaimStore(tmp_path, batch_pages=10) as store:
        store.replace_page(PAGE, [claim])
        assert list(store.claims()) == [claim]
