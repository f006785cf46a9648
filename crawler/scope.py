"""What a "site" is and which URLs belong to it, so the crawl stays where it was sent.

A site is a seed's scheme, host and port plus the seed's directory path: ``/~ada/`` and
``/~zed/`` on one host are two sites.  Scrapy's ``allow_domains`` cannot express this (and
matches nothing when a URL carries a port), hence our own check.

Examples
--------
>>> site_of("http://127.0.0.1:8000/~ada/cv.html")
'http://127.0.0.1:8000/~ada/'
>>> site_of("https://lab.example.org/~ada")
'https://lab.example.org/~ada/'
>>> canonical_url("HTTP://Lab.Example.org:80/~ada/index.html#top")
'http://lab.example.org/~ada/'
>>> in_site("http://lab.example.org/~ada/pubs/", "http://lab.example.org/~ada/")
True
>>> in_site("http://lab.example.org/~zed/", "http://lab.example.org/~ada/")
False
"""

from __future__ import annotations

from urllib.parse import urlsplit, urlunsplit

WEB_SCHEMES = ("http", "https")
DEFAULT_PORTS = {"http": 80, "https": 443}
# Directory index documents: ``dir/index.html`` and ``dir/`` are one page.
INDEX_DOCUMENTS = ("index.html", "index.htm", "index.php", "index.shtml")


def canonical_url(url: str) -> str:
    """The one spelling of ``url`` used for requests, dedup and claim sources."""
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    port = parts.port
    netloc = host if port in (None, DEFAULT_PORTS.get(scheme)) else f"{host}:{port}"
    path = parts.path or "/"
    head, _, last = path.rpartition("/")
    if last.lower() in INDEX_DOCUMENTS:
        path = head + "/"
    return urlunsplit((scheme, netloc, path, parts.query, ""))


def site_of(url: str) -> str:
    """The site a URL opens: its origin plus its directory path.

    A last segment without an extension names a directory (``/~ada`` is ``/~ada/``, as
    the server's redirect will confirm), so a seed typed without its slash is not widened
    to the whole host.
    """
    url = canonical_url(url)
    parts = urlsplit(url)
    path = parts.path
    last = path.rsplit("/", 1)[-1]
    if last and "." not in last:
        path += "/"
    directory = path[: path.rfind("/") + 1] or "/"
    return urlunsplit((parts.scheme, parts.netloc, directory, "", ""))


def in_site(url: str, site: str) -> bool:
    """Whether canonical ``url`` lies within ``site`` (same origin, under its path)."""
    return url.startswith(site)


def is_web_url(url: str) -> bool:
    parts = urlsplit(url)
    return parts.scheme.lower() in WEB_SCHEMES and bool(parts.hostname)
