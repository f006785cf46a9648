"""Extraction: one document (or one site folder) → claims.  Pure functions, no Scrapy.

The spider and ``genealogy extract`` share this API:

- :func:`extract_document` reads one document (HTML, Markdown + front matter, PDF, BibTeX,
  YAML/JSON CV data, plain text; format sniffed from the content) into claims;
- :func:`extract_targets` reads files, directories (one site each) and http(s) URLs;
- :class:`SiteContext` carries what a site's config says (owner, placeholders);
- :class:`ExtractionError` is a user's mistake, as one line;
- :class:`UnreadableDocument` is a document's fault (a corrupt PDF): recorded, not fatal.
"""

from __future__ import annotations

import urllib.error
import urllib.request
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path

from crawler.claims import Claim, UnreadableDocument
from crawler.extract.sites import SiteContext, site_context, site_files

__all__ = [
    "ExtractionError",
    "SiteContext",
    "UnreadableDocument",
    "extract_document",
    "extract_targets",
]

FETCH_TIMEOUT = 20
FETCH_LIMIT = 20 * 1024 * 1024


class ExtractionError(Exception):
    """A target that cannot be read (missing file, unreadable URL): one line for the user."""


def extract_document(
    body: bytes | str,
    source: str,
    *,
    content_type: str | None = None,
    site: SiteContext | None = None,
) -> list[Claim]:
    """Claims stated by one document.

    >>> claims = extract_document("<h1>Ada Quill</h1><p>I did my PhD under the supervision "
    ...                           "of Zed Marlow.</p>", "https://example.org/~ada/")
    >>> [c.triple for c in claims]
    [('Ada Quill', 'advisor_phd', 'Zed Marlow')]
    """
    from crawler.extract.engine import extract

    return extract(body, source, content_type=content_type, site=site)


def _fetch(url: str) -> tuple[bytes, str | None]:
    request = urllib.request.Request(url, headers={"User-Agent": "academic-genealogy/0.1"})
    try:
        with urllib.request.urlopen(request, timeout=FETCH_TIMEOUT) as response:  # noqa: S310
            return response.read(FETCH_LIMIT), response.headers.get("Content-Type")
    except (urllib.error.URLError, OSError, ValueError) as error:
        reason = getattr(error, "reason", None) or error
        raise ExtractionError(f"cannot read {url}: {reason}") from None


def extract_targets(
    targets: Iterable[str], on_unreadable: Callable[[str, str], None] | None = None
) -> Iterator[tuple[str, list[Claim]]]:
    """(source, claims) for every document of the targets: files, site folders, URLs.

    A document no reader can open is passed to *on_unreadable* (source, one-line reason)
    and the rest are still read; without it, :class:`UnreadableDocument` is raised.
    """

    def read(body: bytes, source: str, **options) -> Iterator[tuple[str, list[Claim]]]:
        try:
            claims = extract_document(body, source, **options)
        except UnreadableDocument as problem:
            if on_unreadable is None:
                raise
            on_unreadable(source, str(problem))
            return
        yield source, claims

    for target in targets:
        if target.startswith(("http://", "https://")):
            body, content_type = _fetch(target)
            yield from read(body, target, content_type=content_type)
            continue
        path = Path(target)
        if path.is_dir():
            site = site_context(path)
            for file in site_files(path):
                yield from read(file.read_bytes(), str(file), site=site)
            continue
        if not path.is_file():
            raise ExtractionError(f"no such file or directory: {target}")
        try:
            body = path.read_bytes()
        except OSError as error:
            raise ExtractionError(f"cannot read {target}: {error.strerror}") from None
        yield from read(body, str(path))
