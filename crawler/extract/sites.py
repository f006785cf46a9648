"""A directory read as one site: its config names the owner and fills ``{{ site.* }}``.

Jekyll ``_config.yml``, Hugo ``config.toml``/``hugo.yaml``/``config/_default/*``, Quarto
``_quarto.yml``, Hugo/Wowchemy ``content/authors/*/_index.md``, Jekyll ``_data/*.yml``,
Eleventy ``_data/site.json``, MkDocs ``mkdocs.yml``, Pelican ``pelicanconf.py`` and Sphinx
``conf.py`` (read as text: their ``NAME = "value"`` literals only, never run), al-folio's
``first_name``/``last_name``, a theme's profile data (``_data/data.yml`` ``sidebar.name``), a
Quarto/Hugo "about" page; Hugo Blox author handles (``content/authors/<handle>``,
``data/authors/<handle>.yaml``); Zola's ``[extra]``; Astro's ``src/config.ts`` ``author``
(read as text); an R distill ``_site.yml`` and a postcards home page; the YAML files a Quarto
listing names.
"""

from __future__ import annotations

import ast
import json
import re
import tomllib
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import yaml

CONFIG_FILES = (
    "_config.yml",
    "_config.yaml",
    "config.toml",
    "config.yaml",
    "config.yml",
    "hugo.toml",
    "hugo.yaml",
    "hugo.yml",
    "_quarto.yml",
    "_quarto.yaml",
    "config/_default/config.toml",
    "config/_default/params.toml",
    "config/_default/params.yaml",
    "config/_default/hugo.toml",
    "config/_default/hugo.yaml",
    "config/_default/config.yaml",
    "mkdocs.yml",
    "mkdocs.yaml",
)
# Site-wide data an Eleventy/Jekyll template reads as ``{{ site.author }}`` or
# ``{{ metadata.author.name }}``: placeholders (and the owner), also read as data files.
GLOBAL_DATA = tuple(
    f"_data/{stem}.{ext}"
    for stem in ("site", "metadata", "author", "settings")
    for ext in ("json", "yml", "yaml")
)
# Pelican's and Sphinx's settings are Python: only top-level ``NAME = "literal"`` lines are
# read (AUTHOR, SITENAME; author, project), never the file run.
PYTHON_SETTINGS = (
    "pelicanconf.py",
    "conf.py",
    "docs/conf.py",
    "doc/conf.py",
    "docs/source/conf.py",
    "source/conf.py",
)
_PY_ASSIGNMENT = re.compile(
    r"""^([A-Za-z_][A-Za-z0-9_]*)\s*=\s*(u?(?:"[^"\n]*"|'[^'\n]*'))\s*(?:#.*)?$""", re.M
)
# A theme's data file that holds the profile (online-cv's ``_data/data.yml`` ``sidebar``,
# JSON Resume's ``basics``): its name is the owner's.
PROFILE_KEYS = ("sidebar", "basics", "profile", "author", "person", "owner")
PROFILE_DATA_LIMIT = 200_000
# Root pages that are the owner's profile when their front matter says so (Quarto's
# ``about:`` template, Hugo's ``type: about``): their title is the owner's name.
ABOUT_PAGES = (
    "index.qmd",
    "about.qmd",
    "index.md",
    "about.md",
    "_index.md",
    "index.Rmd",
    "index.rmd",
    "about.Rmd",
    "about.rmd",
)
# An R Markdown page rendered by a profile template (``output: postcards::trestles``).
_PROFILE_OUTPUT = re.compile(r"^postcards::")
# R Markdown websites' settings (distill, rmarkdown ``_site.yml``): placeholders; an owner
# only when it reads as a person's (its ``name:`` is the site's slug).
R_SITE_FILES = ("_site.yml", "_site.yaml")
READABLE = (
    ".html",
    ".htm",
    ".md",
    ".markdown",
    ".qmd",
    ".rmd",
    ".txt",
    ".pdf",
    ".bib",
    ".yml",
    ".yaml",
    ".json",
    ".jemdoc",
    ".tex",
    ".njk",
    ".liquid",
)
# Folders of theme code, build output and vendored packages: not the site's content.
SKIPPED_DIRS = {
    ".git",
    "_site",
    "public",
    "node_modules",
    "vendor",
    "_layouts",
    "_includes",
    "_sass",
    "assets",
    "static/css",
    "resources",
    ".github",
    "themes",
    "layouts",
    ".quarto",
    "_freeze",
    "__pycache__",
    ".venv",
    "site-packages",
    "_plugins",
}
DATA_DIRS = ("_data", "data", "content/authors", "_bibliography", "bibliography")
# Hugo Blox's newer author profiles: ``data/authors/<handle>.yaml`` (``name: {display, given,
# family}``, ``is_owner: true``), the handle a publication's ``authors:`` lists.
AUTHOR_DATA = ("data/authors", "_data/authors")
# JavaScript/TypeScript site settings (Astro's ``src/config.ts`` ``SITE = {author: "…"}``,
# ``src/consts.ts``): read as text, their ``author: "literal"`` only, never run.
SCRIPT_SETTINGS = (
    "src/config.ts",
    "src/config.js",
    "src/config.mjs",
    "src/consts.ts",
    "src/consts.js",
    "src/site.config.ts",
    "site.config.ts",
    "site.config.js",
)
_SCRIPT_AUTHOR = re.compile(
    r"""(?m)^\s*(?:export\s+const\s+)?(?:SITE_)?author\s*[:=]\s*(["'`])([^"'`\n]{3,80})\1""", re.I
)
# A Quarto listing's ``contents:`` may name YAML files of items (``publications.yml``):
# they are the site's data wherever they sit.
LISTING_PAGES = ("*.qmd", "*/*.qmd")


@dataclass
class SiteContext:
    """What a site's config tells: the owner's name and the values of its placeholders."""

    owner: str | None = None
    placeholders: dict[str, str] = field(default_factory=dict)
    root: str | None = None
    # Hugo Blox author handles ("admin" in a publication's ``authors:``) → names.
    handles: dict[str, str] = field(default_factory=dict)


def _load(path: Path):
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".toml":
            return tomllib.loads(text)
        return yaml.safe_load(text)
    except (OSError, yaml.YAMLError, tomllib.TOMLDecodeError, ValueError):
        return None


def _json(path: Path):
    try:
        return json.loads(path.read_text(encoding="utf-8", errors="replace"))
    except (OSError, ValueError):
        return None


def _flatten(data, prefix: str = "", out: dict | None = None) -> dict[str, str]:
    out = {} if out is None else out
    if isinstance(data, dict):
        for key, value in data.items():
            _flatten(value, f"{prefix}{key}.", out)
    elif isinstance(data, str | int | float) and not isinstance(data, bool):
        key = prefix.rstrip(".")
        out[key] = str(data)
        out.setdefault(key.split(".")[-1], str(data))
    return out


def _owner_from(data: dict) -> str | None:
    author = data.get("author")
    if isinstance(author, dict) and isinstance(author.get("name"), str):
        return author["name"]
    if isinstance(author, str):
        return author
    params = data.get("params")
    if isinstance(params, dict):
        found = _owner_from(params)
        if found:
            return found
    for key in ("website", "extra"):  # Quarto's ``website:``, Zola's ``[extra]``
        nested = data.get(key)
        if isinstance(nested, dict):
            found = _owner_from(nested)
            if found:
                return found
    first, last = data.get("first_name"), data.get("last_name")
    if isinstance(first, str) and isinstance(last, str) and first.strip() and last.strip():
        return f"{first.strip()} {last.strip()}"  # al-folio's first_name / last_name
    for key in ("name", "site_author", "AUTHOR"):  # MkDocs, Pelican
        if isinstance(data.get(key), str):
            return data[key]
    return None


def _python_settings(path: Path) -> dict[str, str]:
    """The string settings of a ``pelicanconf.py`` or Sphinx ``conf.py``, read as text
    (never executed)."""
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
    except OSError:
        return {}
    settings = {}
    for name, literal in _PY_ASSIGNMENT.findall(text):
        try:
            value = ast.literal_eval(literal)
        except (ValueError, SyntaxError):
            continue
        if isinstance(value, str):
            settings[name] = value
    return settings


def _person(name: str | None) -> str | None:
    """*name* when it reads as a person's ("Loïc Vermorel", not "The Basalt team")."""
    from crawler.extract.owner import _name_shaped

    return _name_shaped(name) if name else None


def _profile_owner(root: Path) -> str | None:
    """The name in a data file's profile record (``sidebar: {name: …}``)."""
    for folder in ("_data", "data"):
        if not (root / folder).is_dir():
            continue
        for path in sorted((root / folder).iterdir()):
            if path.suffix not in (".yml", ".yaml", ".json") or not path.is_file():
                continue
            if path.stat().st_size > PROFILE_DATA_LIMIT:
                continue
            data = _json(path) if path.suffix == ".json" else _load(path)
            if not isinstance(data, dict):
                continue
            for key in PROFILE_KEYS:
                record = data.get(key)
                if isinstance(record, dict) and (name := _person(record.get("name"))):
                    return name
    return None


def _about_owner(root: Path) -> str | None:
    """The title of a root page whose front matter makes it the owner's profile."""
    from crawler.extract.markdown import split_front_matter
    from crawler.extract.owner import _name_shaped

    for name in ABOUT_PAGES:
        path = root / name
        if not path.is_file():
            continue
        front, _ = split_front_matter(path.read_text(encoding="utf-8", errors="replace")[:20000])
        output = front.get("output")
        outputs = output if isinstance(output, dict) else {str(output): None}
        about = (
            isinstance(front.get("about"), dict)
            or front.get("type") == "about"
            or any(_PROFILE_OUTPUT.match(str(key)) for key in outputs)
        )
        if about and isinstance(front.get("title"), str):
            return _name_shaped(front["title"])
    return None


def site_context(root: Path) -> SiteContext:
    """Read a site folder's config files into a :class:`SiteContext`."""
    context = SiteContext(root=str(root))
    for name in CONFIG_FILES:
        path = root / name
        if not path.is_file():
            continue
        data = _load(path)
        if not isinstance(data, dict):
            continue
        _flatten(data, "", context.placeholders)
        context.owner = context.owner or _owner_from(data)
    for name in GLOBAL_DATA:
        path = root / name
        data = (_json(path) if name.endswith(".json") else _load(path)) if path.is_file() else None
        if isinstance(data, dict):
            _flatten(data, f"{path.stem}.", context.placeholders)
            context.owner = context.owner or _owner_from(data)
    for name in PYTHON_SETTINGS:
        if (root / name).is_file():
            settings = _python_settings(root / name)
            for key, value in settings.items():
                context.placeholders.setdefault(key, value)
            context.owner = context.owner or _person(_owner_from(settings))
    for name in R_SITE_FILES:
        data = _load(root / name) if (root / name).is_file() else None
        if isinstance(data, dict):
            _flatten(data, "", context.placeholders)
            context.owner = context.owner or _person(_owner_from(data))
    for name in SCRIPT_SETTINGS:
        path = root / name
        if path.is_file() and not context.owner:
            found = _SCRIPT_AUTHOR.search(path.read_text(encoding="utf-8", errors="replace"))
            context.owner = _person(found.group(2)) if found else None
    context.owner = context.owner or _profile_owner(root)
    _author_data(root, context)
    authors = root / "content" / "authors"
    if authors.is_dir():
        from crawler.extract.markdown import split_front_matter

        for index in sorted(authors.glob("*/_index.md")):
            front, _ = split_front_matter(index.read_text(encoding="utf-8", errors="replace"))
            if isinstance(front.get("title"), str):
                context.handles[index.parent.name] = front["title"]
                context.owner = context.owner or front["title"]
    context.owner = context.owner or _about_owner(root)
    if context.owner:
        context.placeholders.setdefault("author.name", context.owner)
        context.placeholders.setdefault("name", context.owner)
    return context


def _author_data(root: Path, context: SiteContext) -> None:
    """Hugo Blox ``data/authors/<handle>.yaml`` profiles: each handle's name, and the owner
    (the profile marked ``is_owner``, else the only one)."""
    from crawler.extract.datafiles import person_name

    profiles = []
    for folder in AUTHOR_DATA:
        if not (root / folder).is_dir():
            continue
        for path in sorted((root / folder).iterdir()):
            if path.suffix not in (".yml", ".yaml", ".json") or not path.is_file():
                continue
            data = _json(path) if path.suffix == ".json" else _load(path)
            if not isinstance(data, dict):
                continue
            name = data.get("name")
            if isinstance(name, dict):
                display = name.get("display")
                name = person_name(name) or (_person(display) if isinstance(display, str) else None)
            name = _person(name) if isinstance(name, str) else None
            if name:
                handle = data.get("slug") if isinstance(data.get("slug"), str) else path.stem
                context.handles.setdefault(handle, name)
                profiles.append((data.get("is_owner") is True, name))
    owners = [name for owner, name in profiles if owner] or (
        [profiles[0][1]] if len(profiles) == 1 else []
    )
    if owners:
        context.owner = context.owner or owners[0]


def _listed_data(root: Path) -> set[Path]:
    """The YAML files a Quarto page's ``listing: contents:`` names (its items)."""
    from crawler.extract.markdown import split_front_matter

    found = set()
    for pattern in LISTING_PAGES:
        for page in root.glob(pattern):
            front, _ = split_front_matter(
                page.read_text(encoding="utf-8", errors="replace")[:20000]
            )
            listings = front.get("listing")
            for listing in listings if isinstance(listings, list) else [listings]:
                contents = listing.get("contents") if isinstance(listing, dict) else None
                for item in contents if isinstance(contents, list) else [contents]:
                    if isinstance(item, str) and item.endswith((".yml", ".yaml", ".json")):
                        path = (page.parent / item).resolve()
                        if path.is_file() and path.is_relative_to(root.resolve()):
                            found.add(path)
    return found


def site_files(root: Path) -> Iterator[Path]:
    """Every readable page, data file and PDF of a site folder, in a stable order."""
    listed = _listed_data(root)
    for path in sorted(root.rglob("*")):
        if not path.is_file() or path.suffix.lower() not in READABLE:
            continue
        relative = path.relative_to(root).as_posix()
        parts = relative.split("/")
        if any(
            part in SKIPPED_DIRS or (part.startswith(".") and part != ".") for part in parts[:-1]
        ):
            continue
        if path.name in CONFIG_FILES or relative in CONFIG_FILES:
            continue
        if (
            path.suffix.lower() in (".yml", ".yaml", ".json")
            and not any(relative.startswith(d + "/") for d in DATA_DIRS)
            and path.resolve() not in listed
        ):
            continue
        yield path
