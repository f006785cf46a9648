"""Organisation resolution: one node per institution, lab or team, whatever the page wrote.

Pages write "UGA", "Univ. Grenoble Alpes" and "Université Grenoble Alpes" for one
university, and "team DAO" or "DAO" for one team.  A curated alias file
(``graph/data/organisations.jsonl``, extended by ``genealogy import-ror``) maps acronyms,
translations and variants onto one entry with its ROR id and its parents; names it does not
know are grouped by an order- and language-tolerant key (:func:`org_key`).

Alias file rows (JSON lines)::

    {"name": "Laboratoire Jean Kuntzmann", "aliases": ["LJK"], "ror": "…",
     "type": "lab", "country": "FR", "parents": ["Université Grenoble Alpes"]}
"""

from __future__ import annotations

import hashlib
import json
import re
from collections import Counter
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import ClassVar

from crawler.claims import EntityKind
from crawler.names import fold, repair_text
from graph.nodes import EntityNode
from graph.org_lexicon import EQUIVALENT_WORDS, STOPWORDS, TEAM_WORDS

CURATED_ALIASES = Path(__file__).resolve().parent / "data" / "organisations.jsonl"
#: Written by :func:`graph.ror.import_ror` into a workspace; read after the curated file.
WORKSPACE_ALIASES = "organisations.ror.jsonl"

_NOT_WORD = re.compile(r"[^\w]+")


@lru_cache(maxsize=262144)
def org_key(text: str) -> str:
    """Key under which variants of one organisation name meet.

    Accents, case, punctuation, articles, "team"/"équipe" and the language of generic
    words ("Université"/"University"/"Univ.") are folded; words are sorted, so
    "Grenoble Alpes University" meets "Université Grenoble Alpes".

    >>> org_key("Univ. Grenoble-Alpes") == org_key("Grenoble Alpes University")
    True
    >>> org_key("team DAO") == org_key("DAO")
    True
    """
    words = _NOT_WORD.sub(" ", fold(repair_text(text)).replace("_", " ")).split()
    words = [EQUIVALENT_WORDS.get(word, word) for word in words if word not in STOPWORDS]
    core = [word for word in words if word not in TEAM_WORDS]
    return " ".join(sorted(core or words))


def org_id(key: str) -> str:
    """Stable, short, IRI-safe node id for an organisation key."""
    return "o-" + _slug(key) + "-" + hashlib.blake2b(key.encode(), digest_size=4).hexdigest()


def _slug(text: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "-", fold(text).encode("ascii", "ignore").decode()).strip("-")
    return slug[:40].rstrip("-") or "x"


@dataclass(frozen=True, slots=True)
class OrgEntry:
    """One organisation of the alias file."""

    name: str
    aliases: tuple[str, ...] = ()
    ror: str | None = None
    type: str | None = None
    country: str | None = None
    parents: tuple[str, ...] = ()

    @property
    def key(self) -> str:
        return org_key(self.name)

    @classmethod
    def from_dict(cls, row: dict) -> OrgEntry:
        return cls(
            name=row["name"],
            aliases=tuple(row.get("aliases") or ()),
            ror=row.get("ror") or None,
            type=row.get("type") or None,
            country=row.get("country") or None,
            parents=tuple(row.get("parents") or ()),
        )

    def to_dict(self) -> dict:
        row = {"name": self.name, "aliases": list(self.aliases)}
        for name in ("ror", "type", "country"):
            if getattr(self, name):
                row[name] = getattr(self, name)
        if self.parents:
            row["parents"] = list(self.parents)
        return row


class OrgDirectory:
    """Every organisation the alias files know, looked up by any of its names.

    The first file read wins on a name claimed twice, so the curated file takes precedence
    over an imported ROR dump.

    >>> directory = OrgDirectory.default()
    >>> directory.lookup("UGA").name
    'Université Grenoble Alpes'
    >>> directory.lookup("Univ. Grenoble Alpes").name
    'Université Grenoble Alpes'
    """

    def __init__(self, entries: Iterable[OrgEntry] = ()):
        self._by_key: dict[str, OrgEntry] = {}
        self._entries: dict[str, OrgEntry] = {}
        for entry in entries:
            self.add(entry)

    def add(self, entry: OrgEntry) -> bool:
        """Add an entry unless its name is already known; return whether it was added."""
        if entry.key in self._by_key:
            return False
        self._entries[entry.key] = entry
        for name in (entry.name, *entry.aliases):
            self._by_key.setdefault(org_key(name), entry)
        return True

    def lookup(self, text: str) -> OrgEntry | None:
        return self._by_key.get(org_key(text))

    def entry(self, name: str) -> OrgEntry | None:
        return self._entries.get(org_key(name))

    def __len__(self) -> int:
        return len(self._entries)

    def __iter__(self):
        return iter(self._entries.values())

    @classmethod
    def from_files(cls, paths: Sequence[str | Path]) -> OrgDirectory:
        directory = cls()
        for path in paths:
            path = Path(path)
            if not path.exists():
                continue
            with path.open(encoding="utf-8") as handle:
                for line in handle:
                    if line.strip():
                        directory.add(OrgEntry.from_dict(json.loads(line)))
        return directory

    @classmethod
    def default(cls) -> OrgDirectory:
        return _default_directory()

    @classmethod
    def for_workspace(cls, workspace: str | Path | None) -> OrgDirectory:
        """The curated aliases, extended by the workspace's imported ROR entries."""
        if workspace is None:
            return cls.default()
        return cls.from_files([CURATED_ALIASES, Path(workspace) / WORKSPACE_ALIASES])


@lru_cache(maxsize=1)
def _default_directory() -> OrgDirectory:
    return OrgDirectory.from_files([CURATED_ALIASES])


@dataclass(slots=True)
class Organisation(EntityNode):
    """One resolved organisation node."""

    kind: ClassVar[EntityKind] = EntityKind.ORGANISATION

    type: str | None = None
    country: str | None = None
    parents: list[str] = field(default_factory=list)  # node ids, from the alias file

    def node_attrs(self, sources: list[str]) -> dict:
        attrs = EntityNode.node_attrs(self, sources)
        if self.type:
            attrs["type"] = self.type
        if self.country:
            attrs["country"] = self.country
        return attrs


@dataclass(slots=True)
class OrgResolution:
    """Surface form → node id, and the nodes."""

    node_of: dict[str, str]
    organisations: dict[str, Organisation]


def _display_score(form: str) -> tuple:
    """Fullest well-formed display name first: long, accented, not all capitals, and
    without a bare "team"/"équipe" word around the team's own name."""
    letters = [c for c in form if c.isalpha()]
    accents = sum(1 for c in letters if not c.isascii())
    shouting = len(letters) > 5 and all(c.isupper() for c in letters)
    decorated = any(word in TEAM_WORDS for word in fold(form).split())
    return (not shouting, not decorated, len(form.split()), accents, len(form))


def resolve_organisations(
    forms: Iterable[str], directory: OrgDirectory | None = None
) -> OrgResolution:
    """Group organisation names into nodes: alias file first, then :func:`org_key`.

    Parents named by the alias file are added as nodes too, so that team ⊂ lab ⊂ university
    chains are complete even when a page names only the team.

    >>> result = resolve_organisations(["UGA", "Université Grenoble Alpes", "team DAO", "DAO"])
    >>> sorted(o.name for o in result.organisations.values())
    ['DAO', 'Université Grenoble Alpes']
    """
    directory = directory or OrgDirectory.default()
    counts = Counter(form for form in forms if form and form.strip())
    groups: dict[str, list[str]] = {}
    entries: dict[str, OrgEntry] = {}
    for form in counts:
        entry = directory.lookup(form)
        key = entry.key if entry else org_key(form)
        if not key:
            continue
        groups.setdefault(key, []).append(form)
        if entry:
            entries[key] = entry
    # Parents from the alias file, transitively, become nodes as well.
    pending = list(entries.values())
    while pending:
        entry = pending.pop()
        for parent_name in entry.parents:
            parent = directory.entry(parent_name)
            if parent is not None and parent.key not in entries:
                entries[parent.key] = parent
                groups.setdefault(parent.key, [])
                pending.append(parent)

    node_of: dict[str, str] = {}
    organisations: dict[str, Organisation] = {}
    for key in sorted(groups):
        forms_here = groups[key]
        entry = entries.get(key)
        node = org_id(key)
        if entry is not None:
            name = entry.name
        else:
            name = max(forms_here, key=lambda f: (_display_score(f), counts[f], f))
            name = " ".join(name.split())
        aliases = sorted({name, *forms_here})
        org = Organisation(id=node, name=name, aliases=aliases)
        if entry is not None:
            if entry.ror:
                org.ids["ror"] = entry.ror
            org.type, org.country = entry.type, entry.country
            org.parents = [org_id(org_key(p)) for p in entry.parents if directory.entry(p)]
        organisations[node] = org
        for form in forms_here:
            node_of[form] = node
    return OrgResolution(node_of=node_of, organisations=organisations)
