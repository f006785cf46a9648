"""Which wide Unicode encoding a page's first bytes show, for the spider (is this page text
or binary?) and the reader (how to turn it into text) alike: both must agree, and the spider
must not import the extraction stage to ask."""

from __future__ import annotations


def wide_encoding(body: bytes) -> str | None:
    """UTF-16 or UTF-32 (Windows "Unicode" saves, some CMS exports), read from the byte-order
    mark or from the NUL byte every ASCII character carries (``<\\x00h\\x00t\\x00``); None for
    bytes in any one-byte encoding or UTF-8."""
    head = body[:4]
    if len(head) < 4 or (0 not in head and head[:2] not in (b"\xff\xfe", b"\xfe\xff")):
        return None
    if head in (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff"):
        return "utf-32"
    if head[:2] in (b"\xff\xfe", b"\xfe\xff"):
        return "utf-16"
    if head[1] == head[3] == 0 and head[0] and head[2]:
        return "utf-16-le"
    if head[0] == head[2] == 0 and head[1] and head[3]:
        return "utf-16-be"
    return None


def writes_lead_byte(text: str, leads: tuple[bytes, ...]) -> bool:
    """Whether *text*, as UTF-8, holds one of the lead bytes *leads* (a block of code points:
    0xCC–0xCD for combining accents, 0xE3–0xED for kana, CJK and Hangul): a byte search,
    far cheaper than a regex scan of a whole page for a character class."""
    if text.isascii():
        return False
    encoded = text.encode("utf-8", "ignore")
    return any(lead in encoded for lead in leads)
