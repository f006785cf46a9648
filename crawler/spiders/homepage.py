"""The `homepage` spider: researchers' sites from seed URLs, read into claims page by page.

Thin on purpose: scope is ``crawler.scope``, link selectors ``crawler.selectors``, reading
``crawler.reader`` (extraction in a worker process), storage the pipelines.

    scrapy crawl homepage -a seeds=https://lab.example.org/~ada/ [-a workspace=DIR]
        [-a depth=3] [-a max_pages_per_site=200] [-a max_pages=N] [-a follow_people=1]
"""

from __future__ import annotations

import hashlib
import os
import re
from collections import Counter
from pathlib import Path
from urllib.parse import urljoin, urlsplit

import scrapy
from scrapy.http import Response, TextResponse
from scrapy.settings import SETTINGS_PRIORITIES

from crawler import selectors
from crawler.charsets import wide_encoding
from crawler.claims import Claim, EntityKind, UnreadableDocument
from crawler.faults import FaultKind, classify_failure
from crawler.frontier import FrontierJournal
from crawler.items import FetchFailure, PageRead
from crawler.names import fold
from crawler.reader import DEFAULT_EXTRACTOR, PageReader
from crawler.scope import canonical_url, in_site, is_web_url, site_of
from crawler.store import ClaimStore

# Encodings tried, in order, when a page's declared charset does not decode it.
FALLBACK_ENCODINGS = ("utf-8", "cp1252", "latin-1")
_SEED_SPLIT = re.compile(r"[\s,]+")
# Resolved links remembered (then forgotten all at once): a bound on the spider's memory.
LINK_TARGETS_REMEMBERED = 200_000


class HomepageSpider(scrapy.Spider):
    name = "homepage"

    def __init__(
        self,
        seeds: str | list[str] = "",
        workspace: str | None = None,
        depth: int | str = 3,
        max_pages: int | str | None = None,
        max_pages_per_site: int | str = 200,
        follow_people: int | str = 0,
        *args,
        **kwargs,
    ):
        super().__init__(*args, **kwargs)
        if isinstance(seeds, str):
            seeds = [s for s in _SEED_SPLIT.split(seeds) if s]
        self.seeds = [canonical_url(s) for s in seeds]
        self.workspace = Path(workspace) if workspace else None
        self.depth = int(depth)
        self.max_pages = int(max_pages) if max_pages not in (None, "", "None") else None
        self.max_pages_per_site = int(max_pages_per_site)
        self.follow_people = int(follow_people)
        self.journal = FrontierJournal(None)
        self.reader = PageReader(0)
        self.store: ClaimStore | None = None
        self.scheduled: set[str] = set()
        self.nearest: dict[str, int] = {}  # URL → smallest depth it was found at
        self.site_pages: Counter[str] = Counter()
        self.content_hashes: dict[str, str] = {}
        self.link_targets: dict = {}  # href (with its base's origin or directory) → URL
        self.max_links = 2000

    @classmethod
    def from_crawler(cls, crawler, *args, **kwargs):
        spider = super().from_crawler(crawler, *args, **kwargs)
        settings = crawler.settings
        if spider.workspace is None:
            spider.workspace = Path(settings.get("GENEALOGY_WORKSPACE", "genealogy-data"))
        spider.workspace = spider.workspace.resolve()
        # Cache under the workspace unless the run chose a place (settings are still open).
        chosen = (settings.getpriority("HTTPCACHE_DIR") or 0) >= SETTINGS_PRIORITIES["cmdline"]
        if not settings.frozen and not chosen:
            cache = spider.workspace / "crawl" / "httpcache"
            settings.set("HTTPCACHE_DIR", str(cache), priority="spider")
        spider.max_links = settings.getint("GENEALOGY_MAX_LINKS_PER_PAGE", 2000)
        spider.reader = PageReader(
            _extract_workers(settings.get("GENEALOGY_EXTRACT_WORKERS", "auto")),
            settings.get("GENEALOGY_EXTRACTOR", DEFAULT_EXTRACTOR),
        )
        spider.journal = FrontierJournal(settings.get("JOBDIR"))
        spider.store = ClaimStore(
            spider.workspace, batch_pages=settings.getint("GENEALOGY_STORE_BATCH_PAGES", 1)
        )
        # Workers start now (their fork server loads the extractor once), ready for page one.
        spider.reader.warm_up()
        crawler.signals.connect(spider.closed_cleanup, scrapy.signals.spider_closed)
        return spider

    def closed_cleanup(self, spider=None, reason=None) -> None:
        self.reader.close()
        if self.store is not None:
            self.store.close()  # commits the last batch, which marks its pages finished
        self.journal.close()

    # --- requests -------------------------------------------------------------------

    async def start(self):
        if not self.seeds:
            raise ValueError("no seeds: run with -a seeds=URL[,URL…]")
        # Resuming a killed job: budgets as they were, and the pages it never finished.
        for url, meta in self.journal.requested.items():
            self.scheduled.add(url)
            self.site_pages[meta.get("site", site_of(url))] += 1
        for content_hash, url in self.journal.content_hashes.items():
            self.content_hashes.setdefault(content_hash, url)
        for url, meta in self.journal.pending():
            yield self._request(url, meta, resumed=True)
        for seed in self.seeds:
            request = self.page_request(seed, site_of(seed), depth=0, hops=0)
            if request is not None:
                yield request

    def page_request(self, url: str, site: str, *, depth: int, hops: int):
        """A request for ``url`` if it is new and within the page budgets, else None."""
        if url in self.scheduled:
            # Found again nearer its seed: if not read yet, it will be read at this depth
            # (so which links lie within --depth does not depend on fetch order).
            if depth < self.nearest.get(url, depth + 1):
                self.nearest[url] = depth
            return None
        if self.max_pages is not None and len(self.scheduled) >= self.max_pages:
            return None
        if self.site_pages[site] >= self.max_pages_per_site:
            return None
        self.scheduled.add(url)
        self.nearest[url] = depth
        self.site_pages[site] += 1
        meta = {"site": site, "depth": depth, "hops": hops}
        self.journal.record_request(url, meta)
        return self._request(url, meta)

    def _request(self, url: str, meta: dict, resumed: bool = False) -> scrapy.Request:
        return scrapy.Request(
            url,
            callback=self.parse,
            errback=self.fetch_failed,
            meta={"genealogy": dict(meta)},
            dont_filter=resumed,
        )

    # --- responses ------------------------------------------------------------------

    async def parse(self, response: Response):
        """Read one fetched page into a PageRead item, then follow its links."""
        state = response.meta.get("genealogy") or {"site": site_of(response.url), "depth": 0}
        requested = canonical_url(response.request.url if response.request else response.url)
        url = canonical_url(response.url)
        if state.get("depth", 0) == 0 and not in_site(url, state["site"]):
            # A seed (or a person's page) redirected elsewhere (http → https, a new host):
            # the site is where it landed.
            state = {**state, "site": site_of(url)}
            self.scheduled.add(url)
        site = state["site"]
        nearest = self.nearest.pop(requested, None)
        if nearest is not None and nearest < state.get("depth", 0):
            state = {**state, "depth": nearest}
        body = response.body
        content_type = _header(response, b"Content-Type")
        is_pdf = body.startswith(selectors.PDF_MAGIC) or "pdf" in (content_type or "").lower()
        if not is_pdf:
            fault = _unreadable(response, body)
            if fault is not None:
                yield FetchFailure(url, site, *fault, request_url=requested)
                return

        content_hash = hashlib.sha256(body).hexdigest()
        if content_hash not in self.content_hashes and self.store is not None:
            # A re-crawl may meet the mirror before the page stored last time.
            self.content_hashes[content_hash] = self.store.url_with_content(content_hash) or url
        first_url = self.content_hashes.setdefault(content_hash, url)
        if first_url != url:
            # Same bytes under another URL (index.html vs /, mirrors): read once.
            self.crawler.stats.inc_value("genealogy/pages/duplicate_content")
            self.journal.record_finished(url, content_hash)
            if requested != url:
                self.journal.record_finished(requested, content_hash)
            return

        before = self.store.page(url) if self.store is not None else None
        changed = before is None or before.get("content_hash") != content_hash
        page = PageRead(
            url=url,
            site=site,
            claims=[],
            status=response.status,
            content_hash=content_hash,
            etag=_header(response, b"ETag"),
            last_modified=_header(response, b"Last-Modified"),
            changed=changed,
            request_url=requested,
        )
        document, charset_note = (body, None) if is_pdf else _decoded(response, body)
        if charset_note is not None:
            page.notes.append(charset_note)
        links = not is_pdf and isinstance(response, TextResponse)
        if links and state.get("hops", 0) >= self.follow_people:
            # Which links to follow does not depend on the claims: follow them now, so the
            # frontier never waits for extraction (it runs on another core meanwhile).
            for request in self.follow_links(response, url, state, page):
                yield request
            links = False
        if changed or self.follow_people:
            try:
                page.claims = await self.reader.read(document, url, content_type)
            except UnreadableDocument as problem:
                # A corrupt or encrypted PDF: the page is known (not fetched again while
                # unchanged), with no claims and the reason.
                page.notes.append((FaultKind.EXTRACTION, str(problem)))
            except Exception as error:  # crawled input is untrusted: any reader failure
                message = " ".join(f"{type(error).__name__}: {error}".split())[:300]
                yield FetchFailure(url, site, FaultKind.EXTRACTION, message, request_url=requested)
                page = None
        requests = list(self.follow_links(response, url, state, page)) if links else []
        if page is not None:
            yield page
        for request in requests:
            yield request

    def follow_links(self, response: TextResponse, url: str, state: dict, page: PageRead | None):
        """Requests for in-site links within depth, and for links to people named here."""
        site = state["site"]
        depth = state.get("depth", 0)
        hops = state.get("hops", 0)
        claims = page.claims if page is not None else []
        people = _people(claims) if hops < self.follow_people else {}
        if depth >= self.depth and not people:
            return  # nothing on this page may be followed
        try:
            root = response.selector.root
        except (ValueError, AttributeError):  # not HTML after all
            return
        anchors = (a for a in root.iter(selectors.LINK_TAG) if a.get("href"))
        base = _base_url(response, root)
        targets = self._link_targets(base)
        for count, element in enumerate(anchors, start=1):
            if count > self.max_links:
                if page is not None:
                    total = count + sum(1 for _ in anchors)
                    page.notes.append(
                        (
                            FaultKind.LINK_FLOOD,
                            f"{total} links, followed the first {self.max_links}",
                        )
                    )
                return
            target = targets(element.get("href"))
            if target is None or target == url:
                continue
            if in_site(target, site):
                if depth < self.depth:
                    request = self.page_request(target, site, depth=depth + 1, hops=hops)
                    if request is not None:
                        yield request
                continue
            if people and _names_person(element, people):
                request = self.page_request(target, site_of(target), depth=0, hops=hops + 1)
                if request is not None:
                    self.crawler.stats.inc_value("genealogy/links/followed_person")
                    yield request

    def _link_targets(self, base: str):
        """``_link_target`` for one page's links, remembered across pages: navigation,
        colleague and publication links recur on every page of a site."""
        parts = urlsplit(base)
        origin = f"{parts.scheme}://{parts.netloc}"
        directory = origin + parts.path[: parts.path.rfind("/") + 1]
        known = self.link_targets
        if len(known) > LINK_TARGETS_REMEMBERED:
            known.clear()

        def target(href: str) -> str | None:
            if href.startswith(("http://", "https://")):
                key = href
            elif href.startswith("/") and not href.startswith("//"):
                key = (origin, href)
            elif href.startswith(("?", "//")):
                return _link_target(base, href)  # depends on more than the directory
            else:
                key = (directory, href)
            try:
                return known[key]
            except KeyError:
                found = known[key] = _link_target(base, href)
                return found

        return target

    def fetch_failed(self, failure):
        request = failure.request
        state = request.meta.get("genealogy") or {}
        # Recorded for the URL we asked for, not the last hop of its redirects.
        url = canonical_url(request.meta.get("redirect_urls", [request.url])[0])
        kind, message = classify_failure(failure)
        yield FetchFailure(url, state.get("site", site_of(url)), kind, message)


def _extract_workers(value) -> int:
    """One extraction worker per core this process may run on ("auto").

    Extraction costs several times what fetching and storing a page does, so with two
    cores both go to workers and the crawl's own process takes its share beside them.
    """
    if value in (None, "", "auto"):
        try:
            return len(os.sched_getaffinity(0)) or 1
        except AttributeError:  # not Linux
            return os.cpu_count() or 1
    return int(value)


def _header(response: Response, name: bytes) -> str | None:
    value = response.headers.get(name)
    return value.decode("latin-1") if value else None


def _unreadable(response: Response, body: bytes) -> tuple[str, str] | None:
    """Why a non-PDF response cannot be read as a page, or None when it can."""
    if wide_encoding(body):
        return None  # UTF-16/32 text: its ASCII characters carry NUL bytes
    head = body[:1024]
    if head.startswith(selectors.BINARY_MAGICS) or b"\x00" in head:
        declared = _header(response, b"Content-Type") or "no Content-Type"
        return FaultKind.BINARY, f"binary content served as {declared}"
    if not isinstance(response, TextResponse):
        declared = _header(response, b"Content-Type") or "no Content-Type"
        return FaultKind.UNSUPPORTED, f"not a page: {declared}"
    return None


def _decoded(response: Response, body: bytes) -> tuple[bytes | str, tuple | None]:
    """The page as text for the reader, and a charset note when its declared one was wrong.

    Scrapy decodes with the declared charset (header, BOM, <meta>) and replaces what does
    not decode; a page whose bytes contradict its declaration is decoded again with the
    first fallback that reads it whole.
    """
    if not isinstance(response, TextResponse) or wide_encoding(body):
        return body, None  # (the reader turns UTF-16/32 bytes into text itself)
    text = response.text
    if "\ufffd" not in text or b"\xef\xbf\xbd" in body:  # a literal U+FFFD is the page's own
        return text, None
    for encoding in FALLBACK_ENCODINGS:
        try:
            fixed = body.decode(encoding)
        except UnicodeDecodeError:
            continue
        return fixed, (
            FaultKind.CHARSET,
            f"not {response.encoding} as declared; read as {encoding}",
        )
    return text, (FaultKind.CHARSET, f"undecodable as {response.encoding}")


def _base_url(response: TextResponse, root) -> str:
    """The page's ``<base href>`` (only read in ``<head>``, as browsers do) or its URL.

    A direct child lookup, not an XPath over the whole document, on every page."""
    base = root.find("head/base")
    href = base.get("href") if base is not None else None
    return urljoin(response.url, href.strip()) if href else response.url


def _link_target(base: str, href: str | None) -> str | None:
    """The canonical URL an href points to, or None for non-pages (mailto:, images, …)."""
    if not href:
        return None
    href = href.strip()
    if href.startswith(("#", "mailto:", "javascript:", "tel:", "data:")):
        return None
    try:
        target = canonical_url(urljoin(base, href))
        if not is_web_url(target):
            return None
    except ValueError:  # malformed host or port
        return None
    path = urlsplit(target).path
    extension = path.rsplit(".", 1)[-1].lower() if "." in path.rsplit("/", 1)[-1] else ""
    if extension in selectors.SKIPPED_EXTENSIONS:
        return None
    return target


def _people(claims: list[Claim]) -> dict[str, str]:
    """Folded name → name, for every person named in a page's claims."""
    names = {}
    for claim in claims:
        for name, kind in ((claim.subject, claim.subject_kind), (claim.object, claim.object_kind)):
            if kind is EntityKind.PERSON and len(fold(name)) > 3:
                names[fold(name)] = name
    return names


def _names_person(element, people: dict[str, str]) -> bool:
    """Whether a link's text names a person, or it only points ("homepage") from within
    a block (list item, paragraph) that names exactly one person."""
    text = fold(element.text_content())
    if text in people or any(name in text for name in people if " " in name):
        return True
    if text.strip("()[]: ") not in selectors.POINTER_TEXTS and not text.startswith("http"):
        return False
    block = element.getparent()
    while block is not None and block.tag not in selectors.CONTEXT_TAGS:
        block = block.getparent()
    if block is None:
        return False
    context = fold(block.text_content())
    if len(context) > 300:
        return False  # a whole section, not the context of one link
    return sum(1 for name in people if name in context) == 1
