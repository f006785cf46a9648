"""Reading pages in worker processes: claims come back, a crash or a hang costs one page."""

from __future__ import annotations

import asyncio
from concurrent.futures.process import BrokenProcessPool

import pytest

import crawler.reader
from crawler.reader import PageReader

MARKED = "localsite.read_marked_claims"
PAGE = b"<p>claim: Ada Quill|advisor_phd|Zed Marlow</p>"


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
