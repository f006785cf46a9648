"""The homepage spider's callbacks on saved fictional pages: no reactor, no network."""

from __future__ import annotations

import asyncio

import pytest
from scrapy.http import HtmlResponse, Request, Response
from scrapy.spidermiddlewares.httperror import HttpError
from scrapy.utils.test import get_crawler
from twisted.python.failure import Failure

import crawler.reader
from crawler.claims import Claim
from crawler.items import FetchFailure, PageRead
from crawler.pipelines.redact_contacts import RedactContactsPipeline
from crawler.pipelines.store_claims import StoreClaimsPipeline
from crawler.spiders.homepage import HomepageSpider
from crawler.store import ClaimStore

ADA = "http://lab.example.org/~ada/"


def fake_claims(body: bytes, url: str, content_type=None, extractor=None) -> list[Claim]:
    """A stand-in reader: Ada's page names her two advisors."""
    text = body.decode() if isinstance(body, bytes) else body
    if "Zed Marlow" not in text:
        return []
    return [
        Claim("Ada Quill", "advisor_phd", "Zed Marlow", url, "under … Zed Marlow", "test"),
        Claim("Ada Quill", "advisor_phd", "Orla Finch", url, "Co-advised … Orla Finch", "test"),
    ]


@pytest.fixture
def reads(monkeypatch):
    """Record every document handed to the reader, answer with fake_claims."""
    seen = []

    def read(body, url, content_type=None, extractor=None):
        seen.append((url, content_type))
        return fake_claims(body, url)

    monkeypatch.setattr(crawler.reader, "read_document", read)
    return seen


def make_spider(tmp_path, **kwargs) -> HomepageSpider:
    settings = {"GENEALOGY_EXTRACT_WORKERS": 0, "GENEALOGY_MAX_LINKS_PER_PAGE": 50}
    crawler = get_crawler(HomepageSpider, settings_dict=settings)
    spider = HomepageSpider.from_crawler(crawler, seeds=ADA, workspace=str(tmp_path), **kwargs)
    crawler.spider = spider
    return spider


def run(spider, response) -> list:
    async def collect():
        return [out async for out in spider.parse(response)]

    return asyncio.run(collect())


def with_state(meta: dict) -> dict:
    return {"genealogy": {"site": ADA, "depth": 0, "hops": 0, **meta}}


def split(outputs):
    pages = [o for o in outputs if isinstance(o, PageRead)]
    failures = [o for o in outputs if isinstance(o, FetchFailure)]
    requests = [o for o in outputs if isinstance(o, Request)]
    return pages, failures, requests


def test_home_page_yields_claims_and_follows_its_site_and_pdf(tmp_path, fixture_response, reads):
    spider = make_spider(tmp_path)
    response = fixture_response("ada-home.html", url=ADA, meta=with_state({}))
    pages, failures, requests = split(run(spider, response))

    assert not failures
    [page] = pages
    assert page.url == ADA and page.site == ADA
    assert ("Ada Quill", "advisor_phd", "Zed Marlow") in {c.triple for c in page.claims}
    urls = {r.url for r in requests}
    assert urls == {
        ADA + "publications.html",
        ADA + "cv/ada-quill-cv.pdf",  # PDFs are followed (LinkExtractor would drop them)
        ADA + "teaching/",  # fragment dropped
    }
    # index.html is the page itself; the photo, mailto and other sites are not followed.
    assert all(r.meta["genealogy"] == {"site": ADA, "depth": 1, "hops": 0} for r in requests)


def test_people_named_in_claims_are_followed_to_their_sites(tmp_path, fixture_response, reads):
    spider = make_spider(tmp_path, follow_people=1)
    response = fixture_response("ada-home.html", url=ADA, meta=with_state({}))
    _, _, requests = split(run(spider, response))

    person_links = {r.url: r.meta["genealogy"] for r in requests if not r.url.startswith(ADA)}
    assert person_links == {
        # by anchor text
        "http://lab.example.org/~zed/": {
            "site": "http://lab.example.org/~zed/",
            "depth": 0,
            "hops": 1,
        },
        # by the list item around a "homepage" link
        "https://finch.example.net/": {"site": "https://finch.example.net/", "depth": 0, "hops": 1},
    }


def test_people_hops_are_bounded(tmp_path, fixture_response, reads):
    spider = make_spider(tmp_path, follow_people=1)
    response = fixture_response("ada-home.html", url=ADA, meta=with_state({"hops": 1}))
    _, _, requests = split(run(spider, response))
    assert requests and all(r.url.startswith(ADA) for r in requests)


def test_depth_limit_stops_following(tmp_path, fixture_response, reads):
    spider = make_spider(tmp_path, depth=2)
    response = fixture_response("ada-home.html", url=ADA, meta=with_state({"depth": 2}))
    pages, _, requests = split(run(spider, response))
    assert len(pages) == 1 and requests == []


def test_pages_per_site_budget(tmp_path, fixture_response, reads):
    spider = make_spider(tmp_path, max_pages_per_site=2)
    spider.page_request(ADA, ADA, depth=0, hops=0)  # the seed takes one slot
    response = fixture_response("ada-home.html", url=ADA, meta=with_state({}))
    _, _, requests = split(run(spider, response))
    assert len(requests) == 1


def test_same_content_under_two_urls_is_read_once(tmp_path, fixture_response, reads):
    spider = make_spider(tmp_path)
    first = fixture_response("ada-home-copy.html", url=ADA, meta=with_state({}))
    second = fixture_response("ada-home-copy.html", url=ADA + "mirror/", meta=with_state({}))
    assert len(split(run(spider, first))[0]) == 1
    assert run(spider, second) == []
    assert [url for url, _ in reads] == [ADA]


def test_unchanged_page_is_not_read_again(tmp_path, fixture_response, reads):
    spider = make_spider(tmp_path)
    response = fixture_response("ada-home.html", url=ADA, meta=with_state({}))
    [page] = split(run(spider, response))[0]
    spider.store.replace_page(page.url, page.claims, content_hash=page.content_hash)

    again = make_spider(tmp_path)
    [page] = split(run(again, response))[0]
    assert page.changed is False and page.claims == []
    assert len(reads) == 1


def test_binary_served_as_html_is_recorded(tmp_path, fixture_response, reads):
    spider = make_spider(tmp_path)
    response = fixture_response("binary-as-html.html", url=ADA + "x.html", meta=with_state({}))
    [failure] = run(spider, response)
    assert isinstance(failure, FetchFailure) and failure.kind == "binary"
    assert reads == []


def test_pdf_is_read_and_not_parsed_for_links(tmp_path, fixture_response, reads):
    spider = make_spider(tmp_path)
    url = ADA + "cv/ada-quill-cv.pdf"
    headers = {"Content-Type": "application/pdf"}
    response = fixture_response("cv-stub.pdf", url=url, headers=headers, meta=with_state({}))
    pages, failures, requests = split(run(spider, response))
    assert len(pages) == 1 and not failures and not requests
    assert reads == [(url, "application/pdf")]


def test_reader_failure_is_recorded_and_links_still_followed(
    tmp_path, fixture_response, monkeypatch
):
    def broken(*args, **kwargs):
        raise ValueError("corrupt document")

    monkeypatch.setattr(crawler.reader, "read_document", broken)
    spider = make_spider(tmp_path)
    response = fixture_response("ada-home.html", url=ADA, meta=with_state({}))
    pages, failures, requests = split(run(spider, response))
    assert not pages and requests
    assert [(f.url, f.kind) for f in failures] == [(ADA, "extraction")]
    assert "corrupt document" in failures[0].message


def test_http_error_is_recorded_per_url(tmp_path):
    spider = make_spider(tmp_path)
    request = Request(ADA + "gone.html", meta=with_state({}))
    response = HtmlResponse(ADA + "gone.html", status=404, body=b"", request=request)
    failure = Failure(HttpError(response))
    failure.request = request
    [item] = list(spider.fetch_failed(failure))
    assert (item.url, item.kind, item.message) == (ADA + "gone.html", "not_found", "HTTP 404")


def test_store_pipeline_replaces_a_changed_page(tmp_path):
    spider = make_spider(tmp_path)
    pipeline = StoreClaimsPipeline(spider.crawler)
    old = Claim("Ada Quill", "advisor_phd", "Zed Marlow", ADA, "…", "test")
    new = Claim("Ada Quill", "advisor_phd", "Orla Finch", ADA, "…", "test")
    pipeline.process_item(PageRead(ADA, ADA, [old], content_hash="a"))
    pipeline.process_item(PageRead(ADA, ADA, [new], content_hash="b"))
    pipeline.process_item(PageRead(ADA, ADA, [], content_hash="b", changed=False))
    spider.closed_cleanup()
    with ClaimStore(tmp_path) as store:
        assert [c.triple for c in store.claims()] == [("Ada Quill", "advisor_phd", "Orla Finch")]
        assert store.page(ADA)["content_hash"] == "b"


def test_contact_details_never_reach_the_store():
    claim = Claim(
        "Ada Quill",
        "employed_at",
        "Lab of Examples",
        ADA,
        "Ada Quill, Lab of Examples, ada.quill@lab.example.org, +33 4 00 00 00 00",
        "test",
    )
    email_party = Claim("ada@lab.example.org", "coauthor", "Zed Marlow", ADA, "…", "test")
    page = RedactContactsPipeline().process_item(PageRead(ADA, ADA, [claim, email_party]))
    [kept] = page.claims
    assert "@" not in kept.evidence and "00 00" not in kept.evidence
    assert kept.evidence.startswith("Ada Quill, Lab of Examples")


def test_wrong_charset_is_read_with_a_fallback_and_noted(tmp_path, monkeypatch):
    documents = []

    def read(body, url, content_type=None, extractor=None):
        documents.append(body)
        return []

    monkeypatch.setattr(crawler.reader, "read_document", read)
    spider = make_spider(tmp_path)
    body = "<html><body><p>Études à l'École Normale Fictive</p></body></html>".encode("latin-1")
    response = HtmlResponse(
        ADA + "fr.html",
        body=body,
        headers={"Content-Type": "text/html; charset=utf-8"},
        request=Request(ADA + "fr.html", meta=with_state({})),
    )
    [page] = split(run(spider, response))[0]
    assert documents == ["<html><body><p>Études à l'École Normale Fictive</p></body></html>"]
    assert [kind for kind, _ in page.notes] == ["charset"]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16", "utf-32"])
def test_a_utf16_page_is_read_not_taken_for_binary(tmp_path, monkeypatch, encoding):
    """A Windows "Unicode" save (with or without its byte-order mark) carries NUL bytes."""
    documents = []

    def read(body, url, content_type=None, extractor=None):
        documents.append(body)
        return []

    monkeypatch.setattr(crawler.reader, "read_document", read)
    spider = make_spider(tmp_path)
    body = "<html><body><p>PhD under Zed Marlow</p></body></html>".encode(encoding)
    response = HtmlResponse(
        ADA + "wide.html",
        body=body,
        headers={"Content-Type": "text/html"},
        request=Request(ADA + "wide.html", meta=with_state({})),
    )
    pages, failures, _ = split(run(spider, response))
    assert not failures and len(pages) == 1
    assert documents == [body]  # the reader decodes UTF-16/32 itself


def test_a_flood_of_links_is_capped_and_noted(tmp_path, fixture_response, reads):
    spider = make_spider(tmp_path)  # GENEALOGY_MAX_LINKS_PER_PAGE = 50
    links = "".join(f'<a href="p{i}.html">{i}</a>' for i in range(400))
    response = HtmlResponse(
        ADA,
        body=f"<html><body>{links}</body></html>".encode(),
        request=Request(ADA, meta=with_state({})),
    )
    pages, _, requests = split(run(spider, response))
    assert len(requests) == 50
    assert [kind for kind, _ in pages[0].notes] == ["link_flood"]


def test_malformed_html_still_yields_links(tmp_path, reads):
    spider = make_spider(tmp_path)
    body = b"<html><body><p>Zed Marlow<div><a href='pubs.html'>pubs<td></b><a href=cv.pdf>cv"
    response = HtmlResponse(ADA, body=body, request=Request(ADA, meta=with_state({})))
    pages, failures, requests = split(run(spider, response))
    assert len(pages) == 1 and not failures
    assert {r.url for r in requests} == {ADA + "pubs.html", ADA + "cv.pdf"}


@pytest.mark.parametrize(
    ("body", "reason"),
    [
        (
            b"%PDF-1.6\n1 0 obj<</Filter/Standard/V 4>>endobj\ntrailer<</Encrypt 1 0 R>>\n%%EOF",
            "encrypted PDF",
        ),
        (b"%PDF-1.4\n\x00\x01garbage", "unreadable PDF"),
    ],
)
def test_a_pdf_no_reader_can_open_is_kept_as_a_page_with_the_reason(tmp_path, body, reason):
    spider = make_spider(tmp_path)  # the real reader, inline
    url = ADA + "cv.pdf"
    response = Response(url, body=body, request=Request(url, meta=with_state({})))
    pages, failures, _ = split(run(spider, response))
    [page] = pages
    assert not failures and page.claims == []
    [(kind, message)] = page.notes
    assert kind == "extraction" and message.startswith(reason)


def test_a_page_found_again_nearer_its_seed_is_read_at_that_depth(
    tmp_path, fixture_response, reads
):
    spider = make_spider(tmp_path, depth=2)
    spider.page_request(ADA, ADA, depth=2, hops=0)  # first found deep…
    spider.page_request(ADA, ADA, depth=1, hops=0)  # …then one level up, before it was read
    response = fixture_response("ada-home.html", url=ADA, meta=with_state({"depth": 2}))
    _, _, requests = split(run(spider, response))
    assert requests and all(r.meta["genealogy"]["depth"] == 2 for r in requests)


def test_a_page_is_marked_finished_only_once_its_claims_are_committed(tmp_path):
    settings = {
        "GENEALOGY_EXTRACT_WORKERS": 0,
        "GENEALOGY_STORE_BATCH_PAGES": 2,
        "JOBDIR": str(tmp_path / "job"),
    }
    crawler = get_crawler(HomepageSpider, settings_dict=settings)
    spider = HomepageSpider.from_crawler(crawler, seeds=ADA, workspace=str(tmp_path))
    crawler.spider = spider
    pipeline = StoreClaimsPipeline(crawler)
    claim = Claim("Ada Quill", "advisor_phd", "Zed Marlow", ADA, "…", "test")
    pipeline.process_item(PageRead(ADA, ADA, [claim], content_hash="a"))
    assert ADA not in spider.journal.finished  # a kill now: the resumed crawl reads it again
    pipeline.process_item(FetchFailure(ADA + "gone.html", ADA, "not_found", "HTTP 404"))
    assert not spider.journal.finished
    pipeline.process_item(PageRead(ADA + "cv.html", ADA, [], content_hash="b"))  # 2nd page
    assert spider.journal.finished == {ADA, ADA + "gone.html", ADA + "cv.html"}
    pipeline.process_item(PageRead(ADA + "pubs.html", ADA, [], content_hash="c"))
    assert ADA + "pubs.html" not in spider.journal.finished
    pipeline.close_spider()
    assert ADA + "pubs.html" in spider.journal.finished
    spider.closed_cleanup()
    with ClaimStore(tmp_path) as store:
        assert store.count_pages() == 3 and [e["url"] for e in store.errors()] == [
            ADA + "gone.html"
        ]


def test_year_spans_in_evidence_are_not_taken_for_phone_numbers():
    claim = Claim("Ada Quill", "studied_at", "University of Examples", ADA, "PhD, 2015-2019", "t")
    page = RedactContactsPipeline().process_item(PageRead(ADA, ADA, [claim]))
    assert [c.evidence for c in page.claims] == ["PhD, 2015-2019"]


def test_the_same_relative_link_on_pages_of_two_folders_leads_to_two_pages(tmp_path, reads):
    spider = make_spider(tmp_path)
    found = []
    for folder in (ADA, ADA + "teaching/"):
        body = (
            f"<html><body><h1>{folder}</h1><a href='notes.html'>notes</a>"
            "<a href='/~ada/cv.pdf'>cv</a></body>"
        ).encode()
        response = HtmlResponse(folder, body=body, request=Request(folder, meta=with_state({})))
        found.append(sorted(r.url for r in split(run(spider, response))[2]))
    assert found == [[ADA + "cv.pdf", ADA + "notes.html"], [ADA + "teaching/notes.html"]]


def test_links_resolve_against_the_pages_base_element(tmp_path, reads):
    spider = make_spider(tmp_path)
    body = b"<html><head><base href='/~ada/pubs/'></head><body><a href='2024.html'>2024</a>"
    response = HtmlResponse(ADA, body=body, request=Request(ADA, meta=with_state({})))
    assert [r.url for r in split(run(spider, response))[2]] == [ADA + "pubs/2024.html"]
