"""Data files sites ship (YAML/JSON CV data, front-matter fields) → :class:`Document` blocks.

al-folio's ``_data/cv.yml``, JSON Resume, Hugo/Wowchemy author front matter: mappings become
sections, list entries become items whose fields are joined into one line ("PhD, University
of X, 2012"), so the same rules read them as they read a CV page.
"""

from __future__ import annotations

import json
import re

import yaml

from crawler.extract.documents import Block, BlockKind, Document, DocumentFormat

DATE_KEYS = re.compile(r"^(?:start|end)(?:_?date)?$|^(?:date|year|years|dates|period)$", re.I)
# Container keys that add no meaning of their own (Wowchemy's education.courses).
TRANSPARENT_KEYS = ("courses", "items", "entries", "list", "contents", "data")
NAME_KEYS = ("name", "full name", "fullname", "full_name", "title")
# Front-matter keys that carry CV content (others are layout settings).
FRONT_MATTER_CV_KEYS = (
    "education",
    "experience",
    "organizations",
    "organisations",
    "work",
    "positions",
    "employment",
    "affiliations",
    "authors",
    "author",
    "citation",
    "advisors",
    "supervisors",
    "students",
    "jury",
)


def load_data_file(text: str, source: str, fmt: DocumentFormat) -> Document:
    document = Document(source, fmt)
    try:
        data = json.loads(text) if fmt is DocumentFormat.JSON else yaml.safe_load(text)
    except (ValueError, yaml.YAMLError):
        return document
    document.meta["data"] = data if isinstance(data, dict | list) else None
    document.blocks = list(_blocks(data, ()))
    owner = _owner_field(data)
    if owner:
        document.meta["data:name"] = owner
    return document


def front_matter_blocks(front: dict) -> list[Block]:
    """CV-like front-matter fields as blocks (Hugo author pages, publication pages)."""
    blocks: list[Block] = []
    for key, value in front.items():
        if str(key).lower() not in FRONT_MATTER_CV_KEYS:
            continue
        key_text = str(key)
        if key_text.lower() in ("authors", "author", "citation"):
            authors = (
                value
                if isinstance(value, str)
                else ", ".join(str(a) for a in value if isinstance(a, str))
                if isinstance(value, list)
                else ""
            )
            if authors:
                blocks.append(Block(BlockKind.ITEM, authors, 1, ("Publications",)))
            continue
        blocks.extend(_blocks(value, (key_text,)))
    return blocks


def _owner_field(data) -> str | None:
    if isinstance(data, dict):
        for key in ("basics", "author", "person", "profile"):
            if isinstance(data.get(key), dict):
                name = data[key].get("name")
                if isinstance(name, str):
                    return name
        for key, value in data.items():
            if str(key).lower() in ("name", "full name", "fullname", "full_name") and isinstance(
                value, str
            ):
                return value
    if isinstance(data, list):
        for entry in data:
            found = _owner_field(entry)
            if found:
                return found
    return None


def _scalar(value) -> str | None:
    if isinstance(value, str | int | float) and not isinstance(value, bool):
        text = str(value).strip()
        return text or None
    return None


def _year_of(value) -> str:
    match = re.search(r"(?:19|20)\d\d", str(value))
    return match.group() if match else str(value)


def _entry_text(entry: dict) -> str:
    """One list entry (a dict) as a CV line: dates first, then the other fields in order."""
    start = end = None
    parts: list[str] = []
    extra: list[str] = []
    for key, value in entry.items():
        key_text = str(key)
        lowered = key_text.lower().replace("-", "_")
        if lowered in ("startdate", "start_date", "start", "from"):
            start = _year_of(value)
            continue
        if lowered in ("enddate", "end_date", "end", "to", "until"):
            end = _year_of(value)
            continue
        scalar = _scalar(value)
        if scalar is not None:
            if lowered in (
                "url",
                "website",
                "link",
                "image",
                "logo",
                "icon",
                "email",
                "phone",
                "type",
                "id",
            ):
                continue
            parts.append(scalar)
        elif isinstance(value, list):
            for item in value:
                if _scalar(item):
                    extra.append(_scalar(item))
                elif isinstance(item, dict):
                    extra.append(_entry_text(item))
        elif isinstance(value, dict):
            extra.append(_entry_text(value))
    head = ", ".join(parts)
    if start or end:
        head = f"{start or ''} – {end or 'present'}: {head}" if start else f"{head}, {end}"
    return "\n".join([head, *[e for e in extra if e]]).strip()


def _blocks(data, section: tuple[str, ...], level: int = 1):
    if isinstance(data, dict):
        title = data.get("title") if isinstance(data.get("title"), str) else None
        contents = data.get("contents") or data.get("items") or data.get("entries")
        if title and isinstance(contents, list):
            yield Block(BlockKind.HEADING, title, level, section)
            yield from _blocks(contents, (*section, title), level + 1)
            return
        if any(_scalar(v) for v in data.values()) and section:
            text = _entry_text(data)
            if text:
                yield Block(BlockKind.ITEM, text, level, section)
            return
        for key, value in data.items():
            if _scalar(value) is not None:
                yield Block(BlockKind.PARAGRAPH, f"{key}: {value}", level, section)
                continue
            if str(key).lower() in TRANSPARENT_KEYS and section:
                yield from _blocks(value, section, level)
                continue
            yield Block(BlockKind.HEADING, str(key), level, section)
            yield from _blocks(value, (*section, str(key)), level + 1)
    elif isinstance(data, list):
        for entry in data:
            if isinstance(entry, dict):
                yield from _blocks(entry, section, level)
            elif _scalar(entry):
                yield Block(BlockKind.ITEM, _scalar(entry), level, section)
            elif isinstance(entry, list):
                yield from _blocks(entry, section, level)
