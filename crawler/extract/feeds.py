"""News feeds (Atom ``<feed>``, RSS ``<rss><channel>``) → one HTML page: the feed's title
over one ``<article>`` per entry, its title a heading over its content.

An entry's content is HTML escaped inside the XML (``&lt;p&gt;A defended …``): read as a
plain text, its markup would glue onto names.  The entry authors (``<author><name>``) are
the news items' writers, no part of the news: they are left out.

>>> page = feed_to_html(
...     '<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>News</title>'
...     '<entry><title>Ada Quill joins</title><author><name>Zed Marlow</name></author>'
...     '<content type="html">&lt;p&gt;Ada Quill joins us.&lt;/p&gt;</content></entry></feed>')
>>> "<h2>Ada Quill joins</h2><p>Ada Quill joins us.</p>" in page, "Zed" in page
(True, False)
"""

from __future__ import annotations

import html
import re

from lxml import etree

FEED_HEAD = re.compile(
    r"\A(?:\ufeff)?\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:feed|rss)\b", re.S
)
_TITLE_TAGS = ("title",)
_CONTENT_TAGS = ("content", "encoded", "description", "summary")


def _local(tag: object) -> str:
    return tag.rsplit("}", 1)[-1].lower() if isinstance(tag, str) else ""


def _child_text(element, names: tuple[str, ...]) -> str:
    for name in names:
        for child in element:
            if _local(child.tag) == name and (child.text or "").strip():
                return child.text.strip()
    return ""


def feed_to_html(text: str) -> str | None:
    """The feed *text* as an HTML page, or None when *text* is no Atom or RSS feed."""
    if FEED_HEAD.match(text[:2000]) is None:
        return None
    parser = etree.XMLParser(recover=True, resolve_entities=False, no_network=True)
    try:
        root = etree.fromstring(text.lstrip("\ufeff").encode("utf-8"), parser)
    except (etree.XMLSyntaxError, ValueError):
        return None
    if root is None:
        return None
    channel = next((c for c in root if _local(c.tag) == "channel"), root)
    title = _child_text(channel, _TITLE_TAGS)
    parts = [f"<!DOCTYPE html><html><head><title>{html.escape(title)}</title></head><body>"]
    parts.append(f"<h1>{html.escape(title)}</h1>")
    for entry in channel:
        if _local(entry.tag) not in ("entry", "item"):
            continue
        heading = _child_text(entry, _TITLE_TAGS)
        # an Atom title of type="html" and every content field hold escaped markup
        parts.append(f"<article><h2>{heading}</h2>{_child_text(entry, _CONTENT_TAGS)}</article>")
    parts.append("</body></html>")
    return "".join(parts)
