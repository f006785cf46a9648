"""The crawl frontier: what is still to fetch, surviving kill -9 and shared across machines.

Two pieces:

- ``FrontierJournal``: an append-only log in the JOBDIR of every page requested and every
  page finished (stored or recorded as an error).  Scrapy's JOBDIR keeps its queue and
  seen-set on disk, but requests already popped from the queue when the process dies are
  in the seen-set and nowhere else; the journal re-issues them on resume so a killed crawl
  ends with the same claims as an uninterrupted one.
- Redis frontier settings (scrapy-redis scheduler + dupefilter) and ``SharedFrontierIdle``:
  the smallest compatibility layer for Scrapy >= 2.16.  scrapy-redis' ``RedisSpider`` mixin
  still calls ``start_requests`` and is not used; our spider keeps ``async def start()``.
"""

from __future__ import annotations

import json
import os
import socket
import time
from collections import Counter
from pathlib import Path

from scrapy.exceptions import DontCloseSpider
from scrapy.utils.misc import load_object
from scrapy_redis.connection import get_redis_from_settings
from scrapy_redis.scheduler import Scheduler

JOURNAL_FILENAME = "frontier.jsonl"


class FrontierJournal:
    """Requested and finished pages of one job, replayed when the job resumes."""

    def __init__(self, jobdir: str | Path | None):
        self.requested: dict[str, dict] = {}
        self.finished: set[str] = set()
        self.site_pages: Counter[str] = Counter()
        self.content_hashes: dict[str, str] = {}
        self._file = None
        if jobdir is None:
            return
        path = Path(jobdir) / JOURNAL_FILENAME
        path.parent.mkdir(parents=True, exist_ok=True)
        if path.exists():
            self._replay(path)
        self._file = path.open("a", encoding="utf-8")
        if self._file.tell() and not path.read_bytes().endswith(b"\n"):
            self._file.write("\n")  # end the line a kill cut short before appending

    @property
    def resumed(self) -> bool:
        return bool(self.requested)

    def _replay(self, path: Path) -> None:
        with path.open(encoding="utf-8") as lines:
            for line in lines:
                try:
                    entry = json.loads(line)
                except ValueError:
                    continue  # the last line of a killed run may be cut short
                if "request" in entry:
                    self.requested[entry["request"]] = entry.get("meta", {})
                elif "finished" in entry:
                    url = entry["finished"]
                    self.finished.add(url)
                    if entry.get("hash"):
                        self.content_hashes.setdefault(entry["hash"], url)

    def pending(self) -> list[tuple[str, dict]]:
        """Pages requested by an earlier run of this job and never finished."""
        return [(url, meta) for url, meta in self.requested.items() if url not in self.finished]

    def record_request(self, url: str, meta: dict) -> None:
        self.requested[url] = meta
        self._write({"request": url, "meta": meta})

    def record_finished(self, url: str, content_hash: str | None = None) -> None:
        if url in self.finished:
            return
        self.finished.add(url)
        self._write({"finished": url, "hash": content_hash})

    def _write(self, entry: dict) -> None:
        if self._file is not None:
            # One unbuffered line per event: a kill -9 loses at most the line being written.
            self._file.write(json.dumps(entry, ensure_ascii=False) + "\n")
            self._file.flush()

    def close(self) -> None:
        if self._file is not None:
            self._file.close()
            self._file = None


# --- Redis: one queue and one duplicate filter shared by every worker -------------------

REDIS_KEY_PREFIX = "genealogy"


def redis_settings(url: str, job: str) -> dict:
    """Scrapy settings that put the scheduler queue and seen-set of ``job`` in Redis."""
    prefix = f"{REDIS_KEY_PREFIX}:{job}"
    return {
        "SCHEDULER": "crawler.frontier.SharedScheduler",
        "DUPEFILTER_CLASS": "scrapy_redis.dupefilter.RFPDupeFilter",
        "SCHEDULER_QUEUE_CLASS": "scrapy_redis.queue.FifoQueue",
        "SCHEDULER_QUEUE_KEY": f"{prefix}:requests",
        "SCHEDULER_DUPEFILTER_KEY": f"{prefix}:seen",
        # Workers come and go: the frontier outlives any one of them.
        "SCHEDULER_PERSIST": True,
        "SCHEDULER_IDLE_BEFORE_CLOSE": 0,
        "REDIS_URL": url,
        "GENEALOGY_REDIS_JOB": prefix,
        # Requests carry their site in meta; JOBDIR's disk queue is replaced by Redis.
        "JOBDIR": None,
        "EXTENSIONS": {"crawler.frontier.SharedFrontierIdle": 500},
    }


class SharedScheduler(Scheduler):
    """scrapy-redis' scheduler without the calls Scrapy >= 2.16 deprecates.

    (``stats.inc_value(spider=…)`` and ``spider.log``); queue, dupefilter and persistence
    are scrapy-redis' own.
    """

    def open(self, spider):
        self.spider = spider
        self.queue = load_object(self.queue_cls)(
            server=self.server,
            spider=spider,
            key=self.queue_key % {"spider": spider.name},
            serializer=self.serializer,
        )
        if not self.df:
            self.df = load_object(self.dupefilter_cls).from_spider(spider)
        if self.flush_on_start:
            self.flush()
        if len(self.queue):
            spider.logger.info("joining a shared frontier of %d requests", len(self.queue))

    def enqueue_request(self, request):
        if not request.dont_filter and self.df.request_seen(request):
            self.df.log(request, self.spider)
            return False
        if self.stats:
            self.stats.inc_value("scheduler/enqueued/redis")
        self.queue.push(request)
        return True

    def next_request(self):
        request = self.queue.pop(self.idle_before_close)
        if request and self.stats:
            self.stats.inc_value("scheduler/dequeued/redis")
        return request


def worker_id() -> str:
    return f"{socket.gethostname()}-{os.getpid()}"


class SharedFrontierIdle:
    """Keep an idle worker alive while another worker may still add pages to the queue.

    Each worker publishes a heartbeat (busy while it schedules, downloads or reads pages);
    a worker whose local queue is empty closes only when the shared queue is empty, no
    other worker has been busy lately, and ``GENEALOGY_REDIS_GRACE`` seconds have passed.
    """

    HEARTBEAT_S = 1.0
    POLL_S = 0.2
    # A busy heartbeat older than this is a worker that died without saying goodbye.
    STALE_S = 15.0

    def __init__(self, crawler, server, prefix: str, grace: float):
        from scrapy import signals

        self.crawler = crawler
        self.server = server
        self.key = f"{prefix}:workers"
        self.queue_key = crawler.settings.get("SCHEDULER_QUEUE_KEY")
        self.grace = grace
        self.me = worker_id()
        self.last_beat = 0.0
        self.idle_since: float | None = None
        for signal in (signals.request_scheduled, signals.response_received, signals.item_scraped):
            crawler.signals.connect(self.busy, signal)
        crawler.signals.connect(self.spider_idle, signals.spider_idle)
        crawler.signals.connect(self.spider_closed, signals.spider_closed)

    @classmethod
    def from_crawler(cls, crawler):
        settings = crawler.settings
        return cls(
            crawler,
            get_redis_from_settings(settings),
            settings.get("GENEALOGY_REDIS_JOB", REDIS_KEY_PREFIX),
            settings.getfloat("GENEALOGY_REDIS_GRACE", 3.0),
        )

    def _beat(self, busy: bool, force: bool = False) -> None:
        now = time.time()
        if force or now - self.last_beat >= self.HEARTBEAT_S:
            self.last_beat = now
            self.server.hset(self.key, self.me, json.dumps({"busy": busy, "at": now}))

    def busy(self, *args, **kwargs) -> None:
        self._beat(True)

    def _others_busy(self, now: float) -> bool:
        for worker, raw in self.server.hgetall(self.key).items():
            if worker.decode() == self.me:
                continue
            beat = json.loads(raw)
            if beat["busy"] and now - beat["at"] < self.STALE_S:
                return True
        return False

    def spider_idle(self, spider=None) -> None:
        now = time.time()
        self._beat(False, force=True)
        queued = self.server.llen(self.queue_key) if self.queue_key else 0
        if queued or self._others_busy(now):
            self.idle_since = None
            self._poll_soon()
            raise DontCloseSpider
        if self.idle_since is None:
            self.idle_since = now
        if now - self.idle_since < self.grace:
            self._poll_soon()
            raise DontCloseSpider

    def _poll_soon(self) -> None:
        """Look at the shared queue again shortly, not at the engine's 5 s heartbeat."""
        slot = getattr(self.crawler.engine, "_slot", None)
        nextcall = getattr(slot, "nextcall", None)
        if nextcall is not None:
            nextcall.schedule(self.POLL_S)

    def spider_closed(self, spider=None, reason=None) -> None:
        self.server.hdel(self.key, self.me)
