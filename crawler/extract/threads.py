"""Forum threads and social timelines: one author per post.

A thread page has no owner: each post is written by the person named in its header, so
"I'm a PhD student at X, working with B" is that author's.  Each post becomes a small page
of its own (the author as title and heading, the post's body below) read by the same
rules; replies that name nobody's relation ("I was in the same group") state nothing.

A social timeline (a Mastodon profile, an aggregator's "social wall", a tweet embedded in a
news item) mixes the page's own text with posts by many accounts: a boosted post is its
author's, not the profile owner's.  Each post is read as its author's page (consecutive
posts by one author, a thread, as one page), and the page with its posts cut out is read
as before (a profile's bio, the news item around an embed).
"""

from __future__ import annotations

import html
import re

from lxml import etree
from lxml import html as lxml_html

# (post container, author's display name, post body): the classes forum engines print.
_POST_SELECTORS = (
    ("topic-post", "full-name", "cooked"),  # Discourse
)
# The same for social timelines, whose page keeps text of its own beside the posts.
_SOCIAL_SELECTORS = (
    ("h-entry", "display-name__html", "e-content"),  # Mastodon's server-rendered statuses
    ("feed-item", "j-poster", "j-message"),  # Juicer's social wall
    ("main-feed-activity-card", "base-main-card__title", "attributed-text-segment-list__content"),
)
# Posts embedded by their site's script: a <blockquote> with the post's text in a <p>, then
# "— Author (@handle) date" (Twitter/X, Bluesky, Mastodon embeds).
_EMBED_CLASSES = ("twitter-tweet", "bluesky-embed", "mastodon-embed")
# The author's name before the handle or date in an embed's signature line.
_EMBED_AUTHOR = re.compile(r"^\s*[—–-]?\s*([^(@\n]+?)\s*(?:\(|@|$)")


def _with_class(name: str) -> str:
    return f"contains(concat(' ', normalize-space(@class), ' '), ' {name} ')"


def _markers():
    yield from (post for post, _, _ in _POST_SELECTORS)
    yield from (author for _, author, _ in _SOCIAL_SELECTORS)
    yield from _EMBED_CLASSES


_MARKERS = tuple(_markers())


def may_be_thread(body: bytes | str) -> bool:
    """A cheap look before parsing: does the page print a forum engine's post class, or a
    social timeline's?"""
    return any(
        (marker.encode() if isinstance(body, bytes) else marker) in body for marker in _MARKERS
    )


def _page(author: str, contents: list[str]) -> str:
    title = html.escape(author)
    return (
        f"<html><head><title>{title}</title></head><body><h1>{title}</h1>"
        f"{''.join(contents)}</body></html>"
    )


def _forum_posts(tree) -> list[str] | None:
    for post_class, author_class, body_class in _POST_SELECTORS:
        pages = []
        for post in tree.xpath(f"//*[{_with_class(post_class)}]"):
            authors = post.xpath(f".//*[{_with_class(author_class)}]")
            bodies = post.xpath(f".//*[{_with_class(body_class)}]")
            author = authors[0].text_content().strip() if authors else ""
            if not author or not bodies:
                continue
            pages.append(
                _page(author, [etree.tostring(bodies[0], encoding="unicode", method="html")])
            )
        if pages:
            return pages
    return None


def _author_name(element) -> str:
    """The display name an author element shows: its heading when it has one (a wall's
    poster box also holds the avatar and the date)."""
    headings = element.xpath(".//h2 | .//h3 | .//h4 | .//strong")
    return (headings[0] if headings else element).text_content().strip()


def _without_hashtags(body):
    """The body without its hashtag and bare-address links ("… and Dr B. #PhDone
    pic.twitter.com/x1"): a post's tags and media links are no words of its sentences, and
    glued to the last one they spoil the name before."""
    for link in body.xpath(
        ".//a[starts-with(normalize-space(.), '#') or "
        "(contains(., '/') and not(contains(normalize-space(.), ' ')))]"
    ):
        link.drop_tree()
    return body


def _social_posts(tree) -> list[tuple[object, str, str]]:
    """(post element, author, body HTML) of every social post, in page order."""
    posts = []
    for post_class, author_class, body_class in _SOCIAL_SELECTORS:
        for post in tree.xpath(f"//*[{_with_class(post_class)}]"):
            authors = post.xpath(f".//*[{_with_class(author_class)}]")
            bodies = post.xpath(f".//*[{_with_class(body_class)}]")
            if authors and bodies and (author := _author_name(authors[0])):
                body = etree.tostring(
                    _without_hashtags(bodies[0]), encoding="unicode", method="html"
                )
                posts.append((post, author, body))
    for embed_class in _EMBED_CLASSES:
        for post in tree.xpath(f"//blockquote[{_with_class(embed_class)}]"):
            paragraphs = post.xpath("p")
            if not paragraphs:
                continue
            signature = (paragraphs[-1].tail or "").strip()
            if (match := _EMBED_AUTHOR.match(signature)) and match.group(1).strip():
                bodies = "".join(
                    etree.tostring(
                        _without_hashtags(p), encoding="unicode", method="html", with_tail=False
                    )
                    for p in paragraphs
                )
                posts.append((post, match.group(1).strip(), bodies))
    if len(posts) > 1:  # each selector found its own posts: back to the page's order
        order = {element: index for index, element in enumerate(tree.iter())}
        posts.sort(key=lambda post: order[post[0]])
    return posts


def thread_posts(text: str) -> list[str] | None:
    """Each post of a forum thread as a page of its own, or None for any other page; on a
    social timeline, also the page without its posts."""
    if not any(marker in text for marker in _MARKERS):
        return None
    try:
        tree = lxml_html.fromstring(text)
    except (etree.ParserError, ValueError):
        return None
    if pages := _forum_posts(tree):
        return pages
    posts = _social_posts(tree)
    if not posts:
        return None
    pages: list[str] = []
    threads: list[tuple[str, list[str]]] = []
    for post, author, body in posts:
        if threads and threads[-1][0] == author:
            threads[-1][1].append(body)  # "2/3": the same account's thread goes on
        else:
            threads.append((author, [body]))
        if (parent := post.getparent()) is not None:
            parent.remove(post)
    pages.extend(_page(author, bodies) for author, bodies in threads)
    pages.append(etree.tostring(tree, encoding="unicode", method="html"))
    return pages
