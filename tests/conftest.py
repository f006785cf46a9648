"""Shared test fixtures: keep this file minimal (one helper per need, see STYLE.md)."""

from __future__ import annotations

import os
from pathlib import Path

import pytest

TESTS = Path(__file__).resolve().parent
PAGES = TESTS / "pages"


@pytest.fixture
def fixture_response():
    """Build a Scrapy response from a saved page under tests/pages/, with its real URL."""
    from scrapy.http import HtmlResponse, Request, Response

    def build(name: str, url: str, *, headers: dict | None = None, meta: dict | None = None):
        body = (PAGES / name).read_bytes()
        request = Request(url, meta=meta or {})
        if name.endswith(".pdf"):
            return Response(url=url, body=body, headers=headers, request=request)
        return HtmlResponse(url=url, body=body, headers=headers, request=request)

    return build


@pytest.fixture
def reader_on_path(monkeypatch):
    """Crawl subprocesses import the stand-in reader (``localsite``) from tests/."""
    paths = [str(TESTS), os.environ.get("PYTHONPATH", "")]
    monkeypatch.setenv("PYTHONPATH", os.pathsep.join(p for p in paths if p))
