"""A directory read as one site: its config names the owner and fills ``{{ site.* }}``.

Jekyll ``_config.yml``, Hugo ``config.toml``/``hugo.yaml``/``config/_default/*``, Quarto
``_quarto.yml``, Hugo/Wowchemy ``content/authors/*/_index.md``, Jekyll ``_data/*.yml``.
"""

from __future__ import annotations

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
)
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


@dataclass
class SiteContext:
    """What a site's config tells: the owner's name and the values of its placeholders."""

    owner: str | None = None
    placeholders: dict[str, str] = field(default_factory=dict)
    root: str | None = None


def _load(path: Path):
    try:
        text = path.read_text(encoding="utf-8", errors="replace")
        if path.suffix == ".toml":
            return tomllib.loads(text)
        return yaml.safe_load(text)
    except (OSError, yaml.YAMLError, tomllib.TOMLDecodeError, ValueError):
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
    website = data.get("website")
    if isinstance(website, dict):
        found = _owner_from(website)
        if found:
            return found
    if isinstance(data.get("name"), str):
        return data["name"]
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
    authors = root / "content" / "authors"
    if context.owner is None and authors.is_dir():
        from crawler.extract.markdown import split_front_matter

        for index in sorted(authors.glob("*/_index.md")):
            front, _ = split_front_matter(index.read_text(encoding="utf-8", errors="replace"))
            if isinstance(front.get("title"), str):
                context.owner = front["title"]
                break
    if context.owner:
        context.placeholders.setdefault("author.name", context.owner)
        context.placeholders.setdefault("name", context.owner)
    return context


def site_files(root: Path) -> Iterator[Path]:
    """Every readable page, data file and PDF of a site folder, in a stable order."""
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
        if path.suffix.lower() in (".yml", ".yaml", ".json") and not any(
            relative.startswith(d + "/") for d in DATA_DIRS
        ):
            continue
        yield path
