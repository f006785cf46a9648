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
TRANSPARENT_KEYS = ("courses", "items", "entries", "list", "contents", "data", "sections")
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


# A person's name written as parts: CSL-JSON {"family", "given"}, ORCID {"given-names":
# {"value": ...}, "family-name": ...}, {"firstName", "lastName"}.
GIVEN_KEYS = ("given", "given-names", "given_names", "firstname", "first_name", "first-name")
FAMILY_KEYS = ("family", "family-name", "family_name", "lastname", "last_name", "last-name")


def person_name(data) -> str | None:
    """ "Given Family" from a name written as parts, else None."""
    if not isinstance(data, dict):
        return None
    parts: dict[str, str] = {}
    for key, value in data.items():
        if isinstance(value, dict):
            value = value.get("value")
        lowered = str(key).lower()
        if isinstance(value, str) and value.strip():
            if lowered in GIVEN_KEYS:
                parts["given"] = value.strip()
            elif lowered in FAMILY_KEYS:
                parts["family"] = value.strip()
    if "family" not in parts:
        return None
    return f"{parts.get('given', '')} {parts['family']}".strip()


def _owner_field(data) -> str | None:
    if isinstance(data, dict):
        # RenderCV keeps the person and their sections under ``cv``.
        for key in ("basics", "author", "person", "profile", "cv"):
            if isinstance(data.get(key), dict):
                name = data[key].get("name")
                if isinstance(name, str):
                    return name
                name = person_name(name)
                if name:
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


# A person record's contact fields: never facts, never output.
CONTACT_KEYS = ("email", "phone", "telephone", "mobile", "fax")
ROLE_KEYS = ("role-title", "role_title", "role", "position")
# Parts of an entry that state no fact (ORCID's postal address, identifier records).
SKIPPED_PARTS = (
    "address",
    "disambiguated_organization",
    "source",
    "external_ids",
    "url",
    # JSON Resume's basics: where the person lives, their social profiles.
    "location",
    "profiles",
)


def _year_of(value) -> str:
    match = re.search(r"(?:19|20)\d\d", str(value))
    return match.group() if match else str(value)


def _entry_text(entry: dict) -> str:
    """One list entry (a dict) as a CV line: dates first, then the other fields in order."""
    start = end = None
    parts: list[str] = []
    extra: list[str] = []
    # The role first ("Senior Lecturer, Department X, University Y"), as a CV line puts it.
    items = sorted(entry.items(), key=lambda kv: str(kv[0]).lower() not in ROLE_KEYS)
    for key, value in items:
        key_text = str(key)
        lowered = key_text.lower().replace("-", "_")
        if lowered in ("startdate", "start_date", "start", "from"):
            start = _year_of(value)
            continue
        if lowered in ("enddate", "end_date", "end", "to", "until"):
            end = _year_of(value) if value is not None else None  # null: still ongoing
            continue
        if lowered in SKIPPED_PARTS:
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
                "visibility",
                "path",
                "host",
                "uri",
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
            nested = _entry_text(value)
            # An organisation written as its own record ({"name": "University X", ...}).
            (parts if nested and "\n" not in nested and len(nested) <= 120 else extra).append(
                nested
            )
    head = ", ".join(parts)
    if start or end:
        head = f"{start or ''} – {end or 'present'}: {head}" if start else f"{head}, {end}"
    return "\n".join([head, *[e for e in extra if e]]).strip()


def _author_list(entry: dict) -> str | None:
    """A publication record's authors (CSL-JSON name parts or plain strings), editors left
    out, as one author list: "Ada Quill, Zed Marlow"."""
    for key in ("author", "authors"):
        value = entry.get(key)
        if not isinstance(value, list) or not value:
            continue
        names = [person_name(v) if isinstance(v, dict) else _scalar(v) for v in value]
        names = [n for n in names if n]
        if (names and any(isinstance(v, dict) for v in value)) or len(names) > 1:
            return ", ".join(names)
    return None


def _holds_sections(data: dict) -> bool:
    """A person record that carries its CV sections as a mapping of lists (RenderCV's
    ``cv: {name, email, sections: {education: [...]}}``): a container, not one entry."""
    return any(
        isinstance(value, dict) and any(isinstance(v, list) for v in value.values())
        for value in data.values()
    )


def _blocks(data, section: tuple[str, ...], level: int = 1):
    if isinstance(data, dict):
        authors = _author_list(data)
        if authors:
            # One publication record: its authors are what it states about people.
            yield Block(BlockKind.ITEM, authors, level, (*section, "Publications"))
            return
        title = data.get("title") if isinstance(data.get("title"), str) else None
        contents = data.get("contents") or data.get("items") or data.get("entries")
        if title and isinstance(contents, list):
            yield Block(BlockKind.HEADING, title, level, section)
            yield from _blocks(contents, (*section, title), level + 1)
            return
        if any(_scalar(v) for v in data.values()) and section and not _holds_sections(data):
            text = _entry_text(data)
            if text:
                yield Block(BlockKind.ITEM, text, level, section)
            return
        for key, value in data.items():
            if str(key).lower().replace("-", "_") in SKIPPED_PARTS:
                continue
            if _scalar(value) is not None:
                if str(key).lower() not in CONTACT_KEYS:
                    yield Block(BlockKind.PARAGRAPH, f"{key}: {value}", level, section)
                continue
            if str(key).lower() in TRANSPARENT_KEYS and section:
                yield from _blocks(value, section, level)
                continue
            # RenderCV's section keys are snake case ("doctoral_students_supervised").
            heading = str(key).replace("_", " ")
            yield Block(BlockKind.HEADING, heading, level, section)
            yield from _blocks(value, (*section, heading), level + 1)
    elif isinstance(data, list):
        for entry in data:
            if isinstance(entry, dict):
                yield from _blocks(entry, section, level)
            elif _scalar(entry):
                yield Block(BlockKind.ITEM, _scalar(entry), level, section)
            elif isinstance(entry, list):
                yield from _blocks(entry, section, level)
