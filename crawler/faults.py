"""Why a URL could not be read: one vocabulary for every fault the web throws at the crawl.

Each fault is recorded per URL in the claims store (``genealogy stats --errors``) and the
crawl goes on.
"""

from __future__ import annotations

from enum import StrEnum

from scrapy.exceptions import IgnoreRequest
from scrapy.spidermiddlewares.httperror import HttpError
from twisted.internet.defer import CancelledError
from twisted.internet.error import (
    ConnectionLost,
    ConnectionRefusedError,
    DNSLookupError,
    TCPTimedOutError,
    TimeoutError,
)
from twisted.web._newclient import ResponseFailed, ResponseNeverReceived


class FaultKind(StrEnum):
    NOT_FOUND = "not_found"  # 404, 410
    HTTP_ERROR = "http_error"  # any other 4xx / 5xx
    TIMEOUT = "timeout"
    CONNECTION = "connection"  # refused, reset, DNS
    REDIRECT_LOOP = "redirect_loop"
    TOO_LARGE = "too_large"  # over DOWNLOAD_MAXSIZE
    ROBOTS = "robots"  # disallowed by robots.txt: not fetched, on purpose
    BINARY = "binary"  # bytes that are no text, whatever the Content-Type says
    UNSUPPORTED = "unsupported"  # a content type we do not read (images, archives)
    CHARSET = "charset"  # undecodable text: read with replacement characters
    EXTRACTION = "extraction"  # the reader failed on this document (corrupt PDF, …)
    LINK_FLOOD = "link_flood"  # more links than we follow from one page
    OTHER = "other"


def classify_failure(failure) -> tuple[FaultKind, str]:
    """Turn a Twisted failure from a request's errback into (kind, one-line message)."""
    error = failure.value
    if isinstance(error, HttpError):
        status = error.response.status
        kind = FaultKind.NOT_FOUND if status in (404, 410) else FaultKind.HTTP_ERROR
        return kind, f"HTTP {status}"
    message = _one_line(error)
    if isinstance(error, IgnoreRequest):
        lowered = message.lower()
        if "robots.txt" in lowered:
            return FaultKind.ROBOTS, "disallowed by robots.txt"
        if "redirect" in lowered:  # "redirect loop: …", "max redirections reached"
            return FaultKind.REDIRECT_LOOP, message or "too many redirections"
        return FaultKind.OTHER, message or "request ignored"
    name = type(error).__name__
    if isinstance(error, TimeoutError | TCPTimedOutError) or "Timeout" in name:
        return FaultKind.TIMEOUT, message or "timed out"
    if isinstance(error, CancelledError) or name == "DownloadCancelledError":
        return FaultKind.TOO_LARGE, message or "response larger than the size cap"
    if "maxsize" in message or "max size" in message:
        return FaultKind.TOO_LARGE, message
    if isinstance(error, DNSLookupError | ConnectionRefusedError | ConnectionLost) or name in (
        "DownloadConnectionRefusedError",
        "CannotResolveHostError",
        "DownloadFailedError",
        "ResponseDataLossError",
    ):
        return FaultKind.CONNECTION, message or type(error).__name__
    if isinstance(error, ResponseFailed | ResponseNeverReceived):
        reasons = " ".join(_one_line(reason.value) for reason in error.reasons)
        if "size" in reasons:
            return FaultKind.TOO_LARGE, reasons
        return FaultKind.CONNECTION, reasons or type(error).__name__
    return FaultKind.OTHER, f"{type(error).__name__}: {message}"


def _one_line(error: BaseException) -> str:
    return " ".join(str(error).split())[:300]
