"""Theme template leftovers: sample content of academic themes that is not about anyone.

The known samples live in ``data/theme_samples.yml`` (academicpages, al-folio, Hugo
Academic, ...), so a new theme is a data addition.
"""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path

import yaml

from crawler.names import fold

DATA = Path(__file__).parent / "data" / "theme_samples.yml"


@lru_cache(maxsize=1)
def _samples() -> tuple[re.Pattern[str], frozenset[str]]:
    data = yaml.safe_load(DATA.read_text(encoding="utf-8")) or {}
    markers = [str(m) for m in data.get("markers", [])]
    pattern = re.compile("|".join(re.escape(m) for m in markers), re.I) if markers else None
    names = frozenset(fold(str(n)) for n in (*data.get("persons", []),
                                               *data.get("organisations", [])))
    return pattern, names


def is_template_text(text: str) -> bool:
    """Whether *text* contains known theme sample content."""
    pattern, _ = _samples()
    return bool(pattern and pattern.search(text))


def is_sample_entity(name: str) -> bool:
    """Whether *name* is a theme's sample person or organisation."""
    return fold(name) in _samples()[1]
