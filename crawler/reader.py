"""Claims from one fetched page, read beside the crawl on another core.

Scrapy is CPU-bound on one core; extraction costs as much again.  Running it in a worker
process lets the crawl fetch and follow links while pages are read, so the full crawl
keeps pace with a bare link-following spider.  With ``workers=0`` it runs inline (tests,
or a machine with one core).
"""

from __future__ import annotations

import asyncio
import ctypes
import importlib
import multiprocessing
import os
import signal
import sys
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool

from crawler.claims import Claim

PR_SET_PDEATHSIG = 1
# A document that takes longer than this is given up (pathological input) and recorded.
READ_TIMEOUT_S = 60.0


DEFAULT_EXTRACTOR = "crawler.extract.extract_document"


def read_document(
    body: bytes, url: str, content_type: str | None, extractor: str = DEFAULT_EXTRACTOR
) -> list[Claim]:
    """Run the extraction function on one document (in whichever process we are).

    ``extractor`` is a dotted path, looked up per call so a test can substitute a reader.
    """
    module, _, name = extractor.rpartition(".")
    extract_document = getattr(importlib.import_module(module), name)
    return list(extract_document(body, url, content_type=content_type))


def die_with_parent(sig: int = signal.SIGKILL) -> None:
    """Linux: have the kernel send ``sig`` to this process when its parent dies (even by
    kill -9).

    The crawl runs as a child of `genealogy crawl`, and extraction workers as children of
    the crawl; without this, killing the command would leave them running.
    """
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, sig)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


def _import_extractor(extractor: str) -> None:
    importlib.import_module(extractor.rpartition(".")[0])


class PageReader:
    """Hands documents to extraction worker processes and awaits their claims."""

    def __init__(self, workers: int = 1, extractor: str = DEFAULT_EXTRACTOR):
        self.workers = max(0, workers)
        self.extractor = extractor
        self._pool: ProcessPoolExecutor | None = None
        self._slots: asyncio.Semaphore | None = None

    def _executor(self) -> ProcessPoolExecutor:
        if self._pool is None:
            # spawn, not fork: the crawl process runs a reactor and threads.
            context = multiprocessing.get_context("spawn")
            self._pool = ProcessPoolExecutor(
                self.workers, mp_context=context, initializer=die_with_parent
            )
        return self._pool

    def warm_up(self) -> None:
        """Start the workers and import the extractor now, while the first pages download."""
        if self.workers:
            for _ in range(self.workers):
                self._executor().submit(_import_extractor, self.extractor)

    async def read(self, body: bytes | str, url: str, content_type: str | None) -> list[Claim]:
        if not self.workers:
            return read_document(body, url, content_type, self.extractor)
        if self._slots is None:
            self._slots = asyncio.Semaphore(self.workers)
        # One document per worker at a time: the timeout then measures reading, not queueing.
        async with self._slots:
            for attempt in (1, 2):
                pool = self._executor()
                future = pool.submit(read_document, body, url, content_type, self.extractor)
                try:
                    return await asyncio.wait_for(asyncio.wrap_future(future), READ_TIMEOUT_S)
                except TimeoutError:
                    self._discard_pool(pool)  # the only way to stop a stuck worker
                    raise
                except BrokenProcessPool:
                    # A worker died (on this document or a neighbour's): once more, fresh.
                    self._discard_pool(pool)
                    if attempt == 2:
                        raise
        raise AssertionError("unreachable")

    def _discard_pool(self, pool: ProcessPoolExecutor) -> None:
        if self._pool is not pool:
            return  # already replaced by a neighbour's failure
        self._pool = None
        for process in list(getattr(pool, "_processes", {}).values()):
            process.kill()
        pool.shutdown(wait=False, cancel_futures=True)

    def close(self) -> None:
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
