"""Reading pages in worker processes: claims come back, a crash or a hang costs one page."""

from __future__ import annotations

import asyncio
import os
import subprocess
import sys
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path

import pytest

import crawler.reader
from crawler.reader import PageReader

MARKED = "localsite.read_marked_claims"
PAGE = b"<p>claim: Ada Quill|advisor_phd|Zed Marlow</p>"
# Seconds each page keeps localsite.read_slowly busy: one stuck page, two quick ones.
DELAYS = [b"30", b"0", b"0"]


def read_all(reader: PageReader, documents) -> list:
    async def go():
        results = []
        for body, url in documents:
            try:
                results.append([c.triple for c in await reader.read(body, url, None)])
            except Exception as error:  # the outcome is what the test compares
                results.append(type(error).__name__)
        return results

    try:
        return asyncio.run(go())
    finally:
        reader.close()


def test_claims_come_back_from_a_worker_process():
    reader = PageReader(1, MARKED)
    assert read_all(reader, [(PAGE, "http://a.example/")]) == [
        [("Ada Quill", "advisor_phd", "Zed Marlow")]
    ]


def test_a_crashing_worker_fails_its_page_and_the_next_page_is_read():
    reader = PageReader(1, MARKED)
    reader.extractor = "localsite.read_by_crashing"
    outcome = []

    async def crash_then_read():
        with pytest.raises(BrokenProcessPool):
            await reader.read(PAGE, "http://a.example/crash", None)
        reader.extractor = MARKED
        outcome.append(await reader.read(PAGE, "http://a.example/next", None))

    try:
        asyncio.run(crash_then_read())
    finally:
        reader.close()
    assert [c.source for c in outcome[0]] == ["http://a.example/next"]


def test_a_stuck_document_times_out_without_stalling_the_rest(monkeypatch):
    monkeypatch.setattr(crawler.reader, "READ_TIMEOUT_S", 2.0)
    reader = PageReader(1, "localsite.read_slowly")
    assert read_all(reader, [(b"30", "http://a.example/stuck"), (b"0", "http://a.example/")]) == [
        "TimeoutError",
        [],
    ]


def test_many_pages_at_once_each_get_their_own_claims_from_two_workers():
    reader = PageReader(2, MARKED)
    pages = [
        (f"<p>claim: Student {i}|advisor_phd|Ada Quill</p>".encode(), f"http://a.example/{i}")
        for i in range(40)
    ]

    async def all_at_once():
        return await asyncio.gather(*(reader.read(body, url, None) for body, url in pages))

    try:
        results = asyncio.run(all_at_once())
    finally:
        reader.close()
    assert [[(c.subject, c.source) for c in claims] for claims in results] == [
        [(f"Student {i}", f"http://a.example/{i}")] for i in range(40)
    ]


def test_a_big_document_goes_through_the_pipe_whole():
    reader = PageReader(1, MARKED)
    body = b"<p>" + b"filler " * 2_000_000 + b"</p><p>claim: Ada Quill|coauthor|Zed Marlow</p>"
    assert read_all(reader, [(body, "http://a.example/big")]) == [
        [("Ada Quill", "coauthor", "Zed Marlow")]
    ]


def test_pages_queued_behind_a_stuck_one_are_read_by_a_fresh_worker(monkeypatch):
    monkeypatch.setattr(crawler.reader, "READ_TIMEOUT_S", 2.0)
    reader = PageReader(1, "localsite.read_slowly")

    async def stuck_then_others():
        return await asyncio.gather(
            *(reader.read(body, f"http://a.example/{i}", None) for i, body in enumerate(DELAYS)),
            return_exceptions=True,
        )

    try:
        outcome = asyncio.run(stuck_then_others())
    finally:
        reader.close()
    assert [type(o).__name__ if isinstance(o, Exception) else o for o in outcome] == [
        "TimeoutError",
        [],
        [],
    ]


def test_a_reader_error_reaches_the_page_with_its_message():
    reader = PageReader(1, MARKED)
    corrupt = b"%PDF-1.4 no end marker"
    [(outcome, message)] = _errors(reader, [(corrupt, "http://a.example/cv.pdf")])
    assert outcome == "ValueError" and "corrupt PDF" in message


def _errors(reader: PageReader, documents) -> list[tuple[str, str]]:
    async def go():
        out = []
        for body, url in documents:
            try:
                await reader.read(body, url, None)
                out.append(("ok", ""))
            except Exception as error:
                out.append((type(error).__name__, str(error)))
        return out

    try:
        return asyncio.run(go())
    finally:
        reader.close()


def test_pages_are_read_in_line_when_no_worker_can_start(monkeypatch, caplog):
    def cannot_start(self):
        raise OSError("process limit reached")

    monkeypatch.setattr(PageReader, "_start_worker", cannot_start)
    reader = PageReader(2, MARKED)
    assert read_all(reader, [(PAGE, "http://a.example/")]) == [
        [("Ada Quill", "advisor_phd", "Zed Marlow")]
    ]
    assert "process limit reached" in caplog.text


def test_starting_the_workers_does_not_hold_up_the_crawl(tmp_path):
    # The extractor's module cannot finish importing until the gate file exists: a start
    # that waited for the workers would still be waiting when the crawl asks for pages.
    # (A fresh interpreter: its fork server starts, and loads the extractor, on demand.)
    gate = tmp_path / "gate"
    script = f"""
import asyncio, pathlib
from crawler.reader import PageReader
reader = PageReader(1, "gated_reader.read_marked_claims")
reader.warm_up()
print("returned before the workers were ready:", not (reader._pool or reader._started))
pathlib.Path({str(gate)!r}).touch()
async def go():
    return [c.triple for c in await reader.read({PAGE!r}, "http://a.example/", None)]
try:
    print(asyncio.run(go()))
finally:
    reader.close()
"""
    tests = Path(__file__).parent
    env = {**os.environ, "GENEALOGY_TEST_IMPORT_GATE": str(gate)}
    env["PYTHONPATH"] = os.pathsep.join([str(tests), str(tests.parent), env.get("PYTHONPATH", "")])
    out = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert out.stdout.splitlines() == [
        "returned before the workers were ready: True",
        "[('Ada Quill', 'advisor_phd', 'Zed Marlow')]",
    ], out.stderr
