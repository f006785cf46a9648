"""Forum threads (Discourse "Introduce yourself!"): one author per post.

A thread page has no owner: each post is written by the person named in its header, so
"I'm a PhD student at X, working with B" is that author's.  Each post becomes a small page
of its own (the author as title and heading, the post's body below) read by the same
rules; replies that name nobody's relation ("I was in the same group") state nothing.
"""

from __future__ import annotations

import html

from lxml import etree
from lxml import html as lxml_html

# (post container, author's display name, post body): the classes forum engines print.
_POST_SELECTORS = (
    ("topic-post", "full-name", "cooked"),  # Discourse
)


def _with_class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def may_be_thread(body: bytes | str) -> bool:
    """A cheap look before parsing: does the page print a forum engine's post class?"""
    return any(
        (post.encode() if isinstance(body, bytes) else post) in body
        for post, _, _ in _POST_SELECTORS
    )


def thread_posts(text: str) -> list[str] | None:
    """Each post of a forum thread as a page of its own, or None for any other page."""
    for post_class, author_class, body_class in _POST_SELECTORS:
        if post_class not in text:
            continue
        try:
            tree = lxml_html.fromstring(text)
        except (etree.ParserError, ValueError):
            return None
        posts = tree.xpath(f"//*[{_with_class(post_class)}]")
        pages = []
        for post in posts:
            authors = post.xpath(f".//*[{_with_class(author_class)}]")
            bodies = post.xpath(f".//*[{_with_class(body_class)}]")
            author = authors[0].text_content().strip() if authors else ""
            if not author or not bodies:
                continue
            title = html.escape(author)
            content = etree.tostring(bodies[0], encoding="unicode", method="html")
            pages.append(
                f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
                f"{content}</body></html>"
            )
        if pages:
            return pages
    return None
