"""Extend the organisation aliases from a ROR data dump the user downloaded.

The Research Organization Registry publishes its whole registry as a zip of JSON
(schema v1 or v2).  ``genealogy import-ror FILE`` reads it (no network) and writes the
workspace's ``organisations.ror.jsonl`` in the alias-file format; the curated file still
wins wherever both name one organisation.  Acronyms shared by several ROR records
("LIP", "IMT") are dropped: an acronym that names two institutions identifies neither.
"""

from __future__ import annotations

import json
import os
import tempfile
import zipfile
from collections import Counter
from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path

from graph.organisations import (
    CURATED_ALIASES,
    WORKSPACE_ALIASES,
    OrgDirectory,
    OrgEntry,
    org_key,
)

#: ROR record types → our organisation types.
ROR_TYPES = {
    "education": "university",
    "facility": "institute",
    "government": "institute",
    "nonprofit": "institute",
    "healthcare": "institute",
    "company": "company",
    "archive": "institute",
    "funder": "funder",
    "other": "institute",
}


class RorImportError(Exception):
    """The file is not a ROR dump (message is one line)."""


@dataclass(frozen=True, slots=True)
class RorImportSummary:
    read: int
    added: int
    path: Path

    def describe(self) -> str:
        return f"{self.added} of {self.read} ROR organisations added to {self.path}"


def _short_id(ror_id: str) -> str:
    return ror_id.rstrip("/").rsplit("/", 1)[-1]


def _load_records(path: Path) -> list[dict]:
    try:
        if zipfile.is_zipfile(path):
            with zipfile.ZipFile(path) as archive:
                members = [n for n in archive.namelist() if n.endswith(".json")]
                if not members:
                    raise RorImportError(f"{path}: no JSON file in the zip")
                # Newer dumps ship both schemas; v2 is the maintained one.
                members.sort(key=lambda n: ("v2" not in n, n))
                with archive.open(members[0]) as handle:
                    records = json.load(handle)
        else:
            with path.open(encoding="utf-8") as handle:
                records = json.load(handle)
    except (OSError, ValueError, zipfile.BadZipFile) as error:
        raise RorImportError(f"{path}: cannot read a ROR dump ({error})") from None
    if not isinstance(records, list) or (records and not isinstance(records[0], dict)):
        raise RorImportError(f"{path}: not a ROR dump (expected a JSON list of records)")
    return records


def _read_record(record: dict) -> dict | None:
    """Name, aliases, acronyms, type, country and parent ids of one v1 or v2 record."""
    if record.get("status", "active") == "withdrawn" or "id" not in record:
        return None
    if "names" in record:  # schema v2
        names = record["names"]
        display = next((n["value"] for n in names if "ror_display" in n.get("types", ())), None)
        aliases = [
            n["value"]
            for n in names
            if n["value"] != display and {"label", "alias"} & set(n.get("types", ()))
        ]
        acronyms = [n["value"] for n in names if "acronym" in n.get("types", ())]
        country = next(
            (
                loc.get("geonames_details", {}).get("country_code")
                for loc in record.get("locations", ())
            ),
            None,
        )
    else:  # schema v1
        display = record.get("name")
        aliases = list(record.get("aliases", ())) + [
            label["label"] for label in record.get("labels", ()) if label.get("label")
        ]
        acronyms = list(record.get("acronyms", ()))
        country = (record.get("country") or {}).get("country_code")
    if not display:
        return None
    types = [t.lower() for t in record.get("types", ())]
    parents = [
        _short_id(rel["id"])
        for rel in record.get("relationships", ())
        if rel.get("type", "").lower() == "parent" and rel.get("id")
    ]
    return {
        "ror": _short_id(record["id"]),
        "name": display,
        "aliases": aliases,
        "acronyms": acronyms,
        "type": next((ROR_TYPES[t] for t in types if t in ROR_TYPES), None),
        "country": country,
        "parents": parents,
    }


def ror_entries(records: Iterable[dict], countries: Iterable[str] = ()) -> list[OrgEntry]:
    """Alias-file entries for ROR records (optionally only some countries)."""
    rows = [row for row in map(_read_record, records) if row]
    acronym_use = Counter(org_key(a) for row in rows for a in set(row["acronyms"]))
    names_by_ror = {row["ror"]: row["name"] for row in rows}
    wanted = {c.upper() for c in countries}
    entries = []
    for row in rows:
        if wanted and (row["country"] or "").upper() not in wanted:
            continue
        acronyms = [a for a in row["acronyms"] if acronym_use[org_key(a)] == 1]
        entries.append(
            OrgEntry(
                name=row["name"],
                aliases=tuple(dict.fromkeys(row["aliases"] + acronyms)),
                ror=row["ror"],
                type=row["type"],
                country=row["country"],
                parents=tuple(names_by_ror[p] for p in row["parents"] if p in names_by_ror),
            )
        )
    return entries


def import_ror(
    path: str | Path, workspace: str | Path, *, countries: Iterable[str] = ()
) -> RorImportSummary:
    """Read a ROR dump and write the workspace's extra aliases; curated names win."""
    path, workspace = Path(path), Path(workspace)
    if not path.exists():
        raise RorImportError(f"{path}: no such file")
    records = _load_records(path)
    curated = OrgDirectory.from_files([CURATED_ALIASES])
    curated_rors = {entry.ror for entry in curated if entry.ror}
    added = []
    for entry in ror_entries(records, countries):
        if entry.ror in curated_rors:
            continue
        if curated.add(entry):
            added.append(entry)
    workspace.mkdir(parents=True, exist_ok=True)
    target = workspace / WORKSPACE_ALIASES
    fd, tmp = tempfile.mkstemp(prefix=".ror-", suffix=".tmp", dir=workspace)
    with os.fdopen(fd, "w", encoding="utf-8") as handle:
        for entry in sorted(added, key=lambda e: e.name):
            handle.write(json.dumps(entry.to_dict(), ensure_ascii=False) + "\n")
    os.replace(tmp, target)
    return RorImportSummary(read=len(records), added=len(added), path=target)
