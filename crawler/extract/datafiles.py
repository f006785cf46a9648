"""Data files sites ship (YAML/JSON CV data, front-matter fields) → :class:`Document` blocks.

al-folio's ``_data/cv.yml``, JSON Resume, Hugo/Wowchemy author front matter: mappings become
sections, list entries become items whose fields are joined into one line ("PhD, University
of X, 2012"), so the same rules read them as they read a CV page.
"""

from __future__ import annotations

import json
import re
import tomllib
from pathlib import PurePosixPath
from urllib.parse import urlsplit

import yaml

from crawler.extract.delimited import without_markup
from crawler.extract.documents import Block, BlockKind, Document, DocumentFormat, data_file_syntax
from crawler.extract.lexicon import LEXICON
from crawler.extract.persons import name_from_piece
from crawler.extract.sections import heading_kind

DATE_KEYS = re.compile(r"^(?:start|end)(?:_?date)?$|^(?:date|year|years|dates|period)$", re.I)
# Container keys that add no meaning of their own (Wowchemy's education.courses).
TRANSPARENT_KEYS = ("courses", "items", "entries", "list", "contents", "data", "sections")
# The list a titled section record holds its entries in (online-cv: "info", "assignments").
SECTION_LIST_KEYS = ("contents", "items", "entries", "info", "assignments")
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
    "examiners",
    "reviewers",
)


def load_data_file(text: str, source: str, fmt: DocumentFormat) -> Document:
    document = Document(source, fmt)
    try:
        if fmt is DocumentFormat.JSON:
            data = json.loads(text)
        elif source.lower().endswith(".toml") or data_file_syntax(text[:6000]) == "toml":
            data = tomllib.loads(text)
        else:
            data = yaml.safe_load(text)
    except (ValueError, yaml.YAMLError):  # (TOMLDecodeError is a ValueError)
        return document
    document.meta["data"] = data if isinstance(data, dict | list) else None
    roster = _roster(data, _file_title(source))
    if roster:
        # A lab's members file: one person per record, no owner of its own.
        document.blocks = roster
        return document
    document.blocks = list(_blocks(data, ()))
    owner = _owner_field(data)
    if owner:
        document.meta["data:name"] = owner
    return document


def _front_author(author, handles: dict[str, str]) -> str | None:
    """One entry of a front matter's author list: a name, a Quarto ``{name: …}`` record, or
    a Hugo Blox author handle ("admin") that names a ``content/authors/<handle>`` profile."""
    if isinstance(author, dict):
        name = author.get("name")
        author = name if isinstance(name, str) else person_name(name or author)
    if not isinstance(author, str):
        return None
    return handles.get(author.strip(), author)


START_KEYS = (
    "startdate", "start_date", "start", "from", "date_start", "debut", "début", "date_debut",
    "date_début",
)  # fmt: skip
END_KEYS = ("enddate", "end_date", "end", "to", "until", "date_end", "fin", "date_fin")
CO_ADVISOR_KEYS = (
    "co_advisor", "co_advisors", "coadvisor", "co_supervisor", "co_supervisors",
    "cosupervisor", "co_encadrant", "co_encadrante", "co_encadrants", "coencadrant",
    "co_directeur", "codirecteur", "co_directrice", "codirectrice", "copromotor",
    "co_promotor", "codirection", "co_direction", "coencadrement", "co_encadrement",
    "cosupervision", "co_supervision", "external_advisor", "external_advisors",
    "external_supervisor", "second_advisor", "second_supervisor", "cosupervisor_ext",
    "co_supervisor_ext", "external_cosupervisor", "external_co_supervisor",
)  # fmt: skip


# A members file's record keys (Jekyll lab templates' ``_data/members.yml``, Hugo ``data/``).
# (a supervision file may name its records by what the person was: "doctorant: A")
ROSTER_NAME_KEYS = (
    "name", "full_name", "fullname", "nom", "student", "doctorant", "doctorante", "etudiant",
    "etudiante", "étudiant", "étudiante", "stagiaire", "candidate", "candidat",
)  # fmt: skip
ROSTER_ROLE_KEYS = (
    "position", "role", "title", "status", "group", "category", "level", "degree", "program",
    "programme", "niveau", "statut", "poste", "type",
)  # fmt: skip
ROSTER_ADVISOR_KEYS = (
    "advisor", "advisors", "adviser", "advisers", "supervisor", "supervisors", "promotor",
    "directeur", "directrice", "directeurs", "encadrant", "encadrants", "encadrante",
)  # fmt: skip
# An entry's fields that name people in a role ("encadrant = A", "directeurs = [B, C]",
# "jury = ..."): kept as "label: names" lines, so the label says what the names are.
ROLE_FIELD_KEYS = (
    *ROSTER_ADVISOR_KEYS, "directeurs_de_these", "direction", "mentor", "mentors", "host",
    "responsable", "jury", "committee", "examiners", "reviewers", "rapporteurs",
)  # fmt: skip
ROSTER_START_KEYS = (*START_KEYS, "since", "joined", "start_year", "annee_debut")
ROSTER_END_KEYS = (*END_KEYS, "left", "end_year", "annee_fin")


def _record_name(record: dict) -> str:
    return next(record[k] for k in ROSTER_NAME_KEYS if isinstance(record.get(k), str))


def _shown(entries: list) -> list:
    """The entries a theme shows: a demo record is kept hidden (``draft = true``)."""
    return [
        e
        for e in entries
        if not (isinstance(e, dict) and (e.get("draft") is True or e.get("hidden") is True))
    ]


def _people(entries: list, *, with_role: bool) -> list[dict] | None:
    """The entries as person records (keys folded), or None when they are not (mostly)
    people: a name that reads as a person's, and a position unless the group says it."""
    entries = _shown(entries)
    records = [
        {str(k).lower().replace("-", "_"): v for k, v in e.items()}
        for e in entries
        if isinstance(e, dict)
    ]
    people = [
        r
        for r in records
        if any(isinstance(r.get(k), str) for k in ROSTER_NAME_KEYS)
        and (not with_role or any(_scalar(r.get(k)) for k in ROSTER_ROLE_KEYS))
        # People, not employers: JSON Resume's work records also have a name and a position.
        and name_from_piece(_record_name(r))
    ]
    return people if people and len(people) >= len(entries) * 0.8 else None


def _file_title(source: str) -> str:
    """A data file's name as its title (``students.json`` → "Students"), as a theme
    shows ``site.data.students`` under that word."""
    stem = PurePosixPath(urlsplit(source).path).stem.replace("_", " ").replace("-", " ")
    return stem.strip().capitalize() or "Members"


def _roster(data, title: str = "Members") -> list[Block]:
    """The records of a members file, each as a list item "A, PhD student (2021–),
    advisors: B and C": a list of people each with a position (``_data/members.yml``), or
    groups of people under their role (``phd_students:``, ``alumni:``), else []."""
    keys = _record_keys(data) if isinstance(data, dict | list) else {}
    if isinstance(data, dict) and len(data) == 1:
        data = next(iter(data.values()))
    if isinstance(data, dict):
        data = _team_sections(data) or data
    if isinstance(data, list):
        people = _people(data, with_role=True) if len(data) >= 2 else None
        groups = [(title, people)] if people and len(people) >= 2 else []
    elif isinstance(data, dict) and all(isinstance(v, list) for v in data.values()):
        groups = [
            (str(k).replace("_", " ").capitalize(), _people(v, with_role=False))
            for k, v in data.items()
        ]
        if any(people is None for _, people in groups) or sum(len(p) for _, p in groups) < 2:
            return []
    else:
        return []
    from crawler.extract.sections import Context, SectionKind, contexts_in, heading_kind

    blocks, outer = [], ()
    if len(groups) > 1 and title != groups[0][0] and heading_kind(title) is SectionKind.STUDENTS:
        # ``encadrement.yml`` › ``stages:``: the file's name says whose these are (the
        # owner's students' internships, not internships of the owner's).
        blocks.append(Block(BlockKind.HEADING, title, 1, ()))
        outer = (title,)
    for title, people in groups:
        blocks.append(Block(BlockKind.HEADING, title, 1 + len(outer), outer))

        # A group's "year": when a current member joined, when a former one left, the
        # year of an internship.
        tense = (
            "point"
            if heading_kind(title) is SectionKind.INTERNSHIP
            or any(c is Context.INTERNSHIP for _, c in contexts_in(title))
            else "former"
            if LEXICON.pattern("ALUMNI").search(title)
            else "current"
        )
        level, section = 2 + len(outer), (*outer, title)
        for record in people:
            blocks.append(Block(BlockKind.ITEM, _member_line(record, tense, keys), level, section))
            bio = next((record[k] for k in BIO_KEYS if isinstance(record.get(k), str)), None)
            if bio and heading_kind(title) is not SectionKind.STUDENTS:
                # a head's card: the name, then the bio the page shows under it
                name = _record_name(record).strip()
                blocks.append(Block(BlockKind.HEADING, name, level + 1, section))
                blocks.append(Block(BlockKind.PARAGRAPH, bio.strip(), level + 2, (*section, name)))
    return blocks


BIO_KEYS = ("bio", "biography", "about", "description")


# A team file's sections (``sections: [{title: "PhD Students", members: [...]}]``), each
# rendered under its title; its heads' group (``pis:``) under the heads' heading.
SECTION_MEMBER_KEYS = ("members", "people", "persons", "entries")
SECTION_TITLE_KEYS = ("title", "heading", "name", "section", "label")
HEAD_GROUP_KEYS = {
    "pi": "Principal investigators",
    "pis": "Principal investigators",
    "principal_investigators": "Principal investigators",
    "leads": "Group leaders",
    "group_leaders": "Group leaders",
}
# A record's short key the file's other records name it by ("key: RO" › "supervisors: [RO]").
RECORD_KEY_FIELDS = ("key", "initials", "abbr", "abbreviation", "short", "handle")


def _team_sections(data: dict) -> dict[str, list] | None:
    """A team file's groups in the order the page shows them: its titled sections' member
    lists and its other lists of people by key; its scalar fields (the group's name, its
    department) left aside.  None unless the file has titled sections."""
    groups: dict[str, list] = {}
    sectioned = False
    for key, value in data.items():
        if isinstance(value, str | int | float | bool) or value is None:
            continue
        if not isinstance(value, list):
            return None
        records = [v for v in value if isinstance(v, dict)]
        members = [
            (title, people)
            for r in records
            if isinstance(title := _first_of(r, SECTION_TITLE_KEYS), str)
            and isinstance(people := _first_of(r, SECTION_MEMBER_KEYS), list)
        ]
        if records and len(members) == len(records):
            sectioned = True
            for title, people in members:
                groups.setdefault(title.strip(), []).extend(people)
        else:
            groups[HEAD_GROUP_KEYS.get(str(key).lower(), str(key))] = value
    return groups if sectioned else None


def _first_of(record: dict, keys: tuple[str, ...]):
    return next((record[k] for k in keys if k in record), None)


def _record_keys(data) -> dict[str, str]:
    """The short keys a file's person records carry, each to the record's name."""
    keys: dict[str, str] = {}
    stack = [data]
    while stack:
        item = stack.pop()
        if isinstance(item, list):
            stack.extend(item)
        elif isinstance(item, dict):
            key = next((item[k] for k in RECORD_KEY_FIELDS if isinstance(item.get(k), str)), None)
            if key and isinstance(item.get("name"), str) and 1 < len(key.strip()) <= 6:
                keys[key.strip()] = item["name"].strip()
            stack.extend(v for v in item.values() if isinstance(v, list | dict))
    return keys


# A theme's role codes ("role: phd", "role: msc"), spelt out as the people page shows them.
ROLE_CODES = {
    "phd": "PhD student",
    "msc": "MSc student",
    "ms": "MS student",
    "masters": "Master's student",
    "undergrad": "undergraduate student",
    "ugrad": "undergraduate student",
    "bsc": "undergraduate student",
    "postdoc": "postdoctoral researcher",
    "intern": "intern",
}


def _member_line(record: dict, tense: str = "current", keys: dict | None = None) -> str:
    roles = [_scalar(record[k]) for k in ROSTER_ROLE_KEYS if _scalar(record.get(k))]
    # ("role: alumni" beside "degree: PhD": the record's group, then what the person was)
    kept = [r for r in roles if not LEXICON.pattern("ALUMNI").fullmatch(str(r).strip())]
    role = kept[0] if kept and len(kept) < len(roles) else roles[0] if roles else None
    role = ROLE_CODES.get(str(role).strip().lower(), role) if role else None
    text = f"{_record_name(record).strip()}, {role}" if role else _record_name(record).strip()
    start = next((_year_of(record[k]) for k in ROSTER_START_KEYS if _scalar(record.get(k))), None)
    end = next((_year_of(record[k]) for k in ROSTER_END_KEYS if _scalar(record.get(k))), None)
    years = _scalar(record.get("years")) or _scalar(record.get("period"))
    year = (
        _scalar(record.get("year")) or _scalar(record.get("annee")) or _scalar(record.get("année"))
    )
    if year and not (start or end or years):
        years = {"former": f"–{year}", "current": f"{year}–"}.get(tense, year)
    if start or end:
        text += f" ({start or ''}–{end or ''})"
    elif years:
        text += f" ({years})"
    advisors, co_advisors = _named(record, ROSTER_ADVISOR_KEYS), _named(record, CO_ADVISOR_KEYS)
    if keys:
        # "supervisors: [RO, DH]": the heads' records' keys, written out as their names
        advisors = [keys.get(a, a) for a in advisors]
        co_advisors = [keys.get(a, a) for a in co_advisors]
    if advisors:
        advisors += co_advisors
        label = "advisors" if len(advisors) > 1 else "advisor"
        text += f", {label}: {' and '.join(advisors)}"
    elif co_advisors:  # an owner's students file: the owner co-supervised with them
        text += ", co-supervised with " + " and ".join(co_advisors)
    return text


def _named(record: dict, keys: tuple[str, ...]) -> list[str]:
    names = []
    for key in keys:
        value = record.get(key)
        values = value if isinstance(value, list) else [value]
        names.extend(v.strip() for v in values if isinstance(v, str) and v.strip())
    return names


def front_matter_blocks(front: dict, handles: dict[str, str] | None = None) -> list[Block]:
    """CV-like front-matter fields as blocks (Hugo author pages, publication pages)."""
    blocks: list[Block] = []
    for key, value in front.items():
        if str(key).lower() == "sections" and isinstance(value, list):
            blocks.extend(_landing_blocks(value))
            continue
        if str(key).lower() not in FRONT_MATTER_CV_KEYS:
            continue
        key_text = str(key)
        if key_text.lower() in ("authors", "author", "citation"):
            if isinstance(value, str) and ("&" in value or "<" in value):
                # academicpages' "citation: 'A, N., &amp; B, G. (2021). <i>Venue</i>'":
                # HTML-escaped, with markup
                value = without_markup(value)
            names = (
                [_front_author(a, handles or {}) for a in value] if isinstance(value, list) else []
            )
            authors = (
                _front_author(value, handles or {}) or ""
                if isinstance(value, str | dict)
                else ", ".join(n for n in names if n)
            )
            if authors:
                blocks.append(Block(BlockKind.ITEM, authors, 1, ("Publications",)))
            continue
        role = FRONT_MATTER_JURY_ROLES.get(key_text.lower())
        if role and isinstance(value, list):
            # "examiners: [A, B]" in a thesis's front matter: its jury, each in that role
            value = [f"{role}: {v}" for v in value if isinstance(v, str)]
            key_text = "Jury"
        blocks.extend(_blocks(value, (key_text,)))
    return blocks


# Front-matter keys that list a thesis's jury by one role ("examiners: [A, B]").
FRONT_MATTER_JURY_ROLES = {"examiners": "Examiner", "reviewers": "Reviewer"}


# Hugo Blox landing-page blocks whose items are CV entries (experience, education).
LANDING_CV_BLOCKS = ("experience", "education", "resume-experience", "accomplishments")


def _landing_blocks(sections: list) -> list[Block]:
    """A Hugo Blox landing page's ``sections: - block: experience`` items, each under its
    block's title, as the rendered page lists them (and its ``block: markdown`` prose)."""
    blocks: list[Block] = []
    for section in sections:
        if not isinstance(section, dict):
            continue
        content = section.get("content")
        if section.get("block") == "markdown" and isinstance(content, dict):
            # "block: markdown" › "text: I'm A, a postdoc in …": the landing page's prose
            text, title = content.get("text"), content.get("title")
            if isinstance(text, str) and text.strip():
                if isinstance(title, str) and title.strip():
                    blocks.append(Block(BlockKind.HEADING, title.strip(), 1, ()))
                section_path = (title.strip(),) if isinstance(title, str) and title.strip() else ()
                blocks.extend(
                    Block(BlockKind.PARAGRAPH, part.strip(), 0, section_path)
                    for part in re.split(r"\n\s*\n", text)
                    if part.strip()
                )
            continue
        if section.get("block") not in LANDING_CV_BLOCKS:
            continue
        if not isinstance(content, dict) or not isinstance(content.get("items"), list):
            continue
        title = content.get("title")
        title = title if isinstance(title, str) and title else str(section["block"]).title()
        blocks.append(Block(BlockKind.HEADING, title, 1, ()))
        blocks.extend(_blocks(content["items"], (title,), 2))
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
        # (a group site's data file names its head: ``[pi] name = …``, ``owner: {name: …}``)
        for key in ("basics", "author", "person", "profile", "cv", "pi", "owner"):
            if isinstance(data.get(key), dict):
                name = data[key].get("name")
                if isinstance(name, str):
                    return name
                name = person_name(name)
                if name:
                    return name
        label = _map_label(data)
        if label and label[0].lower() in OWNER_LABELS:
            return label[1]
        for key, value in data.items():
            if str(key).lower() in OWNER_LABELS and isinstance(value, str):
                return value
    if isinstance(data, list):
        for entry in data:
            found = _owner_field(entry)
            if found:
                return found
    return None


OWNER_LABELS = ("name", "full name", "fullname", "full_name", "nom", "nom complet")


def _map_label(data: dict) -> tuple[str, str] | None:
    """A label/value row (al-folio's ``type: map`` CV rows ``{name: Full Name, value: X}``)
    as (label, value), else None."""
    if len(data) == 2 and _scalar(data.get("name")) and _scalar(data.get("value")):
        return _scalar(data["name"]), _scalar(data["value"])
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
        if lowered in START_KEYS:
            start = _year_of(value)
            continue
        if lowered in END_KEYS:
            # null or '' (Hugo Blox): still ongoing
            end = _year_of(value) if value not in (None, "") else None
            continue
        if lowered in SKIPPED_PARTS:
            continue
        if lowered in CO_ADVISOR_KEYS:
            # a students list's "co_encadrant: B": the owner supervised with B
            names = [n for n in (value if isinstance(value, list) else [value]) if _scalar(n)]
            if names:
                parts.append("co-supervised with " + " and ".join(map(str, names)))
            continue
        if lowered in ROLE_FIELD_KEYS and (line := _role_field(key_text, value)):
            extra.append(line)
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
                elif isinstance(item, dict) and len(item) == 1 and _scalar(*item.values()):
                    # "- Directrice de thèse : A" is a one-key mapping to YAML: a label line
                    ((key, value),) = item.items()
                    extra.append(f"{key}: {_scalar(value)}")
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


def _role_field(key: str, value) -> str | None:
    """ "encadrant: A", "directeurs: B and C": a role field as its label line, or None
    when its value names nobody (a ``host: example.org``)."""
    values = value if isinstance(value, list) else [value]
    names = [" ".join(str(v).split()) for v in values if _scalar(v)]
    if not names or any("/" in n or ("." in n and " " not in n) for n in names):
        return None
    return f"{key.replace('_', ' ').capitalize()}: {' and '.join(names)}"


# The fields that make a record with an author string a publication's.
_PUBLICATION_KEYS = frozenset(
    ("date", "year", "journal", "venue", "doi", "path", "url", "booktitle", "publication")
)
_AUTHOR_SEPARATORS = re.compile(r"\s*(?:[,;]|\band\b|\bet\b|&)\s*(?:and\s+|et\s+)?")


def _author_list(entry: dict) -> str | None:
    """A publication record's authors (CSL-JSON name parts or plain strings), editors left
    out, as one author list: "Ada Quill, Zed Marlow"."""
    for key in ("author", "authors"):
        value = entry.get(key)
        if isinstance(value, str) and _PUBLICATION_KEYS.intersection(entry) and "title" in entry:
            # A listing's item (Quarto ``publications.yml``, Jekyll ``_data/papers.yml``):
            # "A, B and C" written as one string beside the work's title and date.
            names = [n for n in _AUTHOR_SEPARATORS.split(value) if n.strip()]
            if len(names) > 1 and all(len(n.split()) <= 5 for n in names):
                return ", ".join(n.strip() for n in names)
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
        # (online-cv's sections: {title: "Formation", info: [...]}, projects' "assignments")
        contents = next(
            (data[k] for k in SECTION_LIST_KEYS if isinstance(data.get(k), list) and data[k]), None
        )
        if title and isinstance(contents, list):
            yield Block(BlockKind.HEADING, title, level, section)
            yield from _blocks(contents, (*section, title), level + 1)
            return
        if (
            section
            and isinstance(data.get("keywords"), list)
            and isinstance(data.get("name"), str)
            and set(data) <= {"name", "keywords", "level"}
            and heading_kind(data["name"]) is not None
        ):
            # JSON Resume has no supervision section: "interests": [{"name": "Supervision",
            # "keywords": ["PhD: A (2022–)", …]}] is a section under its name, one item a line.
            yield Block(BlockKind.HEADING, data["name"], level, section)
            yield from _blocks(data["keywords"], (*section, data["name"]), level + 1)
            return
        label = _map_label(data)
        if label:
            yield Block(BlockKind.PARAGRAPH, f"{label[0]}: {label[1]}", level, section)
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
            if (
                isinstance(value, list)
                and value
                and all(isinstance(r, dict) and "reference" in r for r in value)
            ):
                # JSON Resume's "references": referees, each with the letter's words (no
                # bibliography)
                heading = "referees"
            yield Block(BlockKind.HEADING, heading, level, section)
            people = _people(value, with_role=True) if isinstance(value, list) else None
            if people and len(people) == len(_shown(value)):
                # "[[encadrement]] nom = A, type = Thèse": one student per record.
                lines = (_member_line(r, "current") for r in people)
                yield from (Block(BlockKind.ITEM, t, level + 1, (*section, heading)) for t in lines)
                continue
            yield from _blocks(value, (*section, heading), level + 1)
    elif isinstance(data, list):
        for entry in data:
            if isinstance(entry, dict):
                yield from _blocks(entry, section, level)
            elif _scalar(entry):
                yield Block(BlockKind.ITEM, _scalar(entry), level, section)
            elif isinstance(entry, list):
                yield from _blocks(entry, section, level)
