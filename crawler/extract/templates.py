"""Theme template leftovers: sample content of academic themes that is not about anyone.

The known samples live in ``data/theme_samples.yml`` (academicpages, al-folio, Hugo
Academic, ...), so a new theme is a data addition.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

import yaml

from crawler.names import fold

DATA = Path(__file__).parent / "data" / "theme_samples.yml"


@lru_cache(maxsize=1)
def _samples() -> tuple[tuple[str, ...], frozenset[str]]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8")) or {}
    markers = tuple(str(m).casefold() for m in data.get("markers", []))
    names = frozenset(
        fold(str(n)) for n in (*data.get("persons", []), *data.get("organisations", []))
    )
    return markers, names


def is_template_text(text: str) -> bool:
    """Whether *text* contains known theme sample content."""
    lowered = text.casefold()
    return any(map(lowered.__contains__, _samples()[0]))


@lru_cache(maxsize=1 << 14)
def is_sample_entity(name: str) -> bool:
    """Whether *name* is a theme's sample person or organisation, or a placeholder
    ("Prof. Sample Advisor", "University of Example").  Cached: a site names the same
    people and places page after page."""
    folded = fold(name)
    return folded in _samples()[1] or not _placeholders().isdisjoint(folded.split())


@lru_cache(maxsize=1)
def _placeholders() -> frozenset[str]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8")) or {}
    return frozenset(fold(str(w)) for w in data.get("placeholder_words", []))
