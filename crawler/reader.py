"""Claims from one fetched page, read beside the crawl on another core.

Scrapy is CPU-bound on one core; extraction costs as much again.  Running it in worker
processes lets the crawl fetch and follow links while pages are read, so the full crawl
keeps pace with a bare link-following spider.  With ``workers=0`` it runs inline (tests,
or a machine with one core).

The pool is our own rather than ``concurrent.futures.ProcessPoolExecutor``: the executor
runs two helper threads in the crawl process, and every page handed over made the reactor
wait for the GIL behind them (milliseconds per page, most of the crawl's time).  Here each
worker has two pipes watched by the crawl's own event loop: no thread, no lock, one
``pickle`` of (URL, content type, body) out and one of the claims back.  Each worker has
up to ``DOCUMENTS_AHEAD`` documents in hand, the rest wait here: the spider never waits for
a free worker (it follows a page's links before its claims are read), and Scrapy's own
limit on responses in progress holds the downloads back when extraction lags.
"""

from __future__ import annotations

import asyncio
import ctypes
import dataclasses
import importlib
import logging
import multiprocessing
import operator
import os
import pickle
import signal
import struct
import sys
import threading
from collections import deque
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field

from crawler.claims import Claim

logger = logging.getLogger(__name__)

PR_SET_PDEATHSIG = 1
# A document that takes longer than this is given up (pathological input) and recorded.
READ_TIMEOUT_S = 60.0
# Documents handed to one worker ahead of its answer: the next one is already in its pipe
# when it finishes a page, so it never waits for the crawl's event loop to send more.
DOCUMENTS_AHEAD = 2
# multiprocessing.Connection's framing: a big-endian signed length, then the bytes.
_FRAME = struct.Struct("!i")
_READ_CHUNK = 1 << 16

DEFAULT_EXTRACTOR = "crawler.extract.extract_document"
WARM_UP_PAGE = (
    b"<html><head><title>Ada Quill</title></head><body><h1>Ada Quill</h1>"
    b"<p>I did my PhD under the supervision of Zed Marlow.</p><h2>Publications</h2>"
    b"<ul><li>A. Quill and Z. Marlow. A study. In Proc. Fictive Conf., 2020.</li></ul>"
    b"</body></html>"
)


def read_document(
    body: bytes | str, url: str, content_type: str | None, extractor: str = DEFAULT_EXTRACTOR
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
    the crawl's fork server (which exits with the crawl); without this, killing the command
    would leave them running.
    """
    if not sys.platform.startswith("linux"):
        return
    parent = os.getppid()
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, sig)
    if os.getppid() != parent:  # the parent died before prctl took effect
        os._exit(1)


# A claim crosses the pipe as a tuple of its fields: a third of the bytes of the pickled
# object, and rebuilt here for half the cost (dozens of claims per page).
claim_row = operator.attrgetter(*(f.name for f in dataclasses.fields(Claim)))


def serve_documents(requests, answers, extractor: str) -> None:
    """A worker process: read each document sent on ``requests``, answer on ``answers``.

    Answers are ``(True, claim rows)`` or ``(False, exception)``, in the order of requests.
    The worker ends when the crawl closes its end of ``requests`` (or dies).
    """
    die_with_parent()
    # Ctrl-C reaches the whole process group: the crawl shuts down gracefully and closes
    # our pipe; a KeyboardInterrupt here would only lose the page being read.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    if extractor == DEFAULT_EXTRACTOR:
        importlib.import_module("crawler.reader_warmup")  # a no-op when forked warm
    else:
        importlib.import_module(extractor.rpartition(".")[0])
    while True:
        try:
            message = requests.recv_bytes()
        except (EOFError, OSError):
            return
        extractor, url, content_type, body = pickle.loads(message)
        try:
            answer = (
                True,
                [claim_row(claim) for claim in read_document(body, url, content_type, extractor)],
            )
        except Exception as error:  # crawled input is untrusted: the crawl records it
            answer = (False, error)
        try:
            payload = pickle.dumps(answer, pickle.HIGHEST_PROTOCOL)
        except Exception:  # an exception (or claim) that does not pickle
            error = answer[1]
            payload = pickle.dumps((False, RuntimeError(f"{type(error).__name__}: {error}")))
        answers.send_bytes(payload)


def _worker_context(extractor: str) -> multiprocessing.context.BaseContext:
    """Workers are forked from a fork server that loaded (and warmed) the extractor once.

    Not plain fork: the crawl process runs a reactor and maybe threads.  The fork server is
    a fresh interpreter started on the first worker; it exits when the crawl does.
    """
    if "forkserver" not in multiprocessing.get_all_start_methods():
        return multiprocessing.get_context("spawn")
    context = multiprocessing.get_context("forkserver")
    preload = ["crawler.reader", extractor.rpartition(".")[0]]
    if extractor == DEFAULT_EXTRACTOR:
        preload.append("crawler.reader_warmup")
    context.set_forkserver_preload(preload)
    return context


@dataclass
class _Job:
    body: bytes | str
    url: str
    content_type: str | None
    future: asyncio.Future
    attempts: int = 0


@dataclass
class _Worker:
    """One worker process and the crawl's ends of its two pipes (non-blocking)."""

    process: multiprocessing.process.BaseProcess
    send_fd: int
    receive_fd: int
    jobs: deque[_Job] = field(default_factory=deque)  # sent, answered in this order
    outgoing: bytearray = field(default_factory=bytearray)
    incoming: bytearray = field(default_factory=bytearray)
    timer: asyncio.TimerHandle | None = None
    writing: bool = False


class PageReader:
    """Hands documents to extraction worker processes and awaits their claims."""

    def __init__(self, workers: int = 1, extractor: str = DEFAULT_EXTRACTOR):
        self.workers = max(0, workers)
        self.extractor = extractor
        self._pool: list[_Worker] = []
        self._waiting: deque[_Job] = deque()  # not yet sent to a worker
        self._loop: asyncio.AbstractEventLoop | None = None
        self._context = _worker_context(extractor)
        self._starting: threading.Thread | None = None
        self._started: deque[_Worker] = deque()  # started in the background, not yet pooled
        self._failed: Exception | None = None  # why the background start failed

    # --- workers ------------------------------------------------------------------

    def warm_up(self) -> None:
        """Start the workers in the background, so they load the extractor while the crawl
        starts and pages download.

        The first worker waits for its fork server to import and warm the extractor (about a
        second); started in line, that second stalled the crawl before its first request.
        The thread only waits on the fork server, then ends: none runs beside the crawl.
        """
        if self._starting is not None or len(self._pool) >= self.workers:
            return
        self._starting = threading.Thread(
            target=self._start_pool, args=(self.workers - len(self._pool),), daemon=True
        )
        self._starting.start()

    def _start_pool(self, count: int) -> None:
        try:
            for _ in range(count):
                self._started.append(self._start_worker())
                self._wake()
        except Exception as error:  # no process could start (a limit, a broken install)
            self._failed = error
            self._wake()

    def _wake(self) -> None:
        loop = self._loop  # (read after the change: _attach drains what it finds)
        if loop is not None and not loop.is_closed():
            loop.call_soon_threadsafe(self._enlist)

    def _enlist(self) -> None:
        """Pool the workers the background start has ready, and hand them documents."""
        while self._started:
            worker = self._started.popleft()
            self._pool.append(worker)
            if self._loop is not None:
                self._loop.add_reader(worker.receive_fd, self._receive, worker)
        if self._failed is not None and not self._pool:
            logger.warning("extraction workers did not start (%s): reading in line", self._failed)
            self.workers = 0  # the crawl goes on, slower, rather than waiting for none
            while self._waiting:
                job = self._waiting.popleft()
                if not job.future.done():
                    try:
                        job.future.set_result(
                            read_document(job.body, job.url, job.content_type, self.extractor)
                        )
                    except Exception as error:  # crawled input is untrusted: recorded
                        job.future.set_exception(error)
        self._dispatch()

    def _start_worker(self) -> _Worker:
        requests_in, requests_out = self._context.Pipe(duplex=False)
        answers_in, answers_out = self._context.Pipe(duplex=False)
        process = self._context.Process(
            target=serve_documents,
            args=(requests_in, answers_out, self.extractor),
            daemon=True,
            name="genealogy-reader",
        )
        process.start()
        requests_in.close()
        answers_out.close()
        # Keep only the descriptors: the event loop reads and writes them without blocking.
        worker = _Worker(process, os.dup(requests_out.fileno()), os.dup(answers_in.fileno()))
        requests_out.close()
        answers_in.close()
        os.set_blocking(worker.send_fd, False)
        os.set_blocking(worker.receive_fd, False)
        return worker

    def _attach(self, loop: asyncio.AbstractEventLoop) -> None:
        if self._loop is loop:
            return
        self._loop = loop
        for worker in self._pool:
            loop.add_reader(worker.receive_fd, self._receive, worker)
        self.warm_up()
        self._enlist()

    def _hang_up(self, worker: _Worker) -> None:
        """Stop watching ``worker`` and close its request pipe (it ends after its page)."""
        if worker.timer is not None:
            worker.timer.cancel()
            worker.timer = None
        if worker.send_fd < 0:
            return
        if self._loop is not None and not self._loop.is_closed():
            self._loop.remove_reader(worker.receive_fd)
            self._loop.remove_writer(worker.send_fd)
        os.close(worker.send_fd)
        worker.send_fd = -1

    def _stop_worker(self, worker: _Worker, kill: bool = False) -> None:
        self._hang_up(worker)
        if kill:
            worker.process.kill()
        worker.process.join(timeout=5)
        if worker.process.is_alive():
            worker.process.kill()
            worker.process.join(timeout=5)
        os.close(worker.receive_fd)

    def _replace(self, worker: _Worker, failed: BaseException) -> None:
        """Kill ``worker``; fail its current document, hand the others to a fresh one."""
        self._stop_worker(worker, kill=True)
        fresh = self._start_worker()  # (the fork server is warm by now: no wait)
        self._pool[self._pool.index(worker)] = fresh
        self._loop.add_reader(fresh.receive_fd, self._receive, fresh)
        jobs = list(worker.jobs)
        for job in jobs[1:]:
            job.attempts -= 1  # a neighbour's failure does not count against it
        if jobs and not (isinstance(failed, BrokenProcessPool) and jobs[0].attempts < 2):
            # Read once more after a death (a kill from outside, a crash), never twice.
            current = jobs.pop(0)
            if not current.future.done():
                current.future.set_exception(failed)
        self._waiting.extendleft(reversed(jobs))
        self._dispatch()

    # --- documents ----------------------------------------------------------------

    async def read(self, body: bytes | str, url: str, content_type: str | None) -> list[Claim]:
        if not self.workers:
            return read_document(body, url, content_type, self.extractor)
        loop = asyncio.get_running_loop()
        self._attach(loop)
        job = _Job(body, url, content_type, loop.create_future())
        self._waiting.append(job)
        self._dispatch()
        return await job.future

    def _dispatch(self) -> None:
        while self._waiting and self._pool:
            worker = min(self._pool, key=lambda w: len(w.jobs))
            if len(worker.jobs) >= DOCUMENTS_AHEAD:
                return
            job = self._waiting.popleft()
            if job.future.done():  # cancelled while waiting (the crawl is closing)
                continue
            job.attempts += 1
            payload = pickle.dumps(
                (self.extractor, job.url, job.content_type, job.body), pickle.HIGHEST_PROTOCOL
            )
            worker.jobs.append(job)
            worker.outgoing += _FRAME.pack(len(payload))
            worker.outgoing += payload
            if len(worker.jobs) == 1:
                self._start_timer(worker)
            self._send(worker)

    def _start_timer(self, worker: _Worker) -> None:
        """The timeout of the document the worker reads now (not of those queued)."""
        if worker.timer is not None:
            worker.timer.cancel()
        worker.timer = self._loop.call_later(READ_TIMEOUT_S, self._timed_out, worker)

    def _timed_out(self, worker: _Worker) -> None:
        worker.timer = None
        if worker in self._pool:  # the only way to stop a stuck worker
            self._replace(worker, TimeoutError(f"no answer in {READ_TIMEOUT_S:.0f} s"))

    def _send(self, worker: _Worker) -> None:
        try:
            while worker.outgoing:
                written = os.write(worker.send_fd, worker.outgoing)
                del worker.outgoing[:written]
        except BlockingIOError:
            pass  # the pipe is full: the worker is reading; send the rest when it drains
        except OSError:
            return  # the worker died: its answer pipe says so
        if worker.outgoing and not worker.writing:
            worker.writing = True
            self._loop.add_writer(worker.send_fd, self._send, worker)
        elif not worker.outgoing and worker.writing:
            worker.writing = False
            self._loop.remove_writer(worker.send_fd)

    def _receive(self, worker: _Worker) -> None:
        try:
            chunk = os.read(worker.receive_fd, _READ_CHUNK)
        except BlockingIOError:
            return
        except OSError:
            chunk = b""
        if not chunk:
            self._replace(worker, BrokenProcessPool("the extraction worker died on this page"))
            return
        worker.incoming += chunk
        while len(worker.incoming) >= _FRAME.size:
            (size,) = _FRAME.unpack_from(worker.incoming)
            end = _FRAME.size + size
            if len(worker.incoming) < end:
                return
            payload = bytes(worker.incoming[_FRAME.size : end])
            del worker.incoming[:end]
            self._answered(worker, payload)

    def _answered(self, worker: _Worker, payload: bytes) -> None:
        job = worker.jobs.popleft()
        if worker.jobs:
            self._start_timer(worker)
        elif worker.timer is not None:
            worker.timer.cancel()
            worker.timer = None
        try:
            ok, value = pickle.loads(payload)
        except Exception as error:  # an exception type that cannot be rebuilt here
            ok, value = False, RuntimeError(f"unreadable answer: {type(error).__name__}")
        if not job.future.done():
            if ok:
                job.future.set_result([Claim(*row) for row in value])
            else:
                job.future.set_exception(value)
        self._dispatch()

    def close(self) -> None:
        """Stop the workers: each ends when its request pipe closes, after its page."""
        if self._starting is not None:
            self._starting.join(READ_TIMEOUT_S)  # (bounded: the fork server is starting)
            self._starting = None
        pool, self._pool = [*self._pool, *self._started], []
        self._started.clear()
        for worker in pool:
            self._hang_up(worker)
        for worker in pool:
            self._stop_worker(worker)
        for job in [*self._waiting, *(job for worker in pool for job in worker.jobs)]:
            if not job.future.done() and not job.future.get_loop().is_closed():
                job.future.cancel()
        self._waiting.clear()
        self._loop = None
