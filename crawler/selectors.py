"""Where links and their context sit in a page: the only selectors the spider uses."""

from __future__ import annotations

from scrapy.linkextractors import IGNORED_EXTENSIONS

# Links are anchors with an href; their text and enclosing block name the person they
# point to.  (Iterated on the lxml tree: 100,000 links must not cost 100,000 Selectors.)
LINK_TAG = "a"
# Block elements whose text is the "context" of a link (a list item naming a student).
CONTEXT_TAGS = frozenset({"li", "p", "td", "dd", "dt", "tr", "h1", "h2", "h3", "h4", "div"})

# Scrapy's list of non-page extensions, minus the PDFs we read (CVs, theses).
SKIPPED_EXTENSIONS = frozenset(ext for ext in IGNORED_EXTENSIONS if ext != "pdf")

# Anchor texts that only point ("homepage", "site web"): the person is named around them.
POINTER_TEXTS = frozenset(
    {
        "", "home", "homepage", "home page", "web", "website", "web site", "webpage",
        "web page", "page", "site", "link", "url", "here", "personal page", "personal website",
        "page perso", "page personnelle", "site web", "site personnel", "lien", "ici",
        "webseite", "pagina web", "sitio web", "pagina personale",
    }
)  # fmt: skip

PDF_MAGIC = b"%PDF-"
# Signatures of binary formats sometimes served as text/html.
BINARY_MAGICS = (
    b"\x89PNG",
    b"\xff\xd8\xff",  # JPEG
    b"GIF8",
    b"PK\x03\x04",  # zip, docx, xlsx
    b"\x1f\x8b",  # gzip
    b"\x7fELF",
    b"MZ",
    b"BZh",
    b"\xfd7zXZ",
    b"RIFF",
    b"OggS",
    b"\x00\x00\x01\x00",
)
