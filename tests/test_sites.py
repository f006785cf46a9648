"""Whole sites: each ``tests/sites/<name>/`` folder read as one site (config, data files,
pages, PDFs) scores F1 1.0 against ``<name>.expected.jsonl``, scored as ``test_heldout``
scores a page (accent/case folding, coauthor unordered, optional rows neither missed nor
false).  The trees come from ``tests/sites/make_sites.py`` (fictional people); run this file
as a script for each site's misses and extras.
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pytest
from test_heldout import dated_matches, score_document

from crawler.extract import extract_targets

SITES = Path(__file__).resolve().parent / "sites"


def sites() -> list[Path]:
    return sorted(p for p in SITES.iterdir() if p.is_dir())


def _gold(site: Path) -> list[dict]:
    path = site.with_name(f"{site.name}.expected.jsonl")
    return [json.loads(x) for x in path.read_text(encoding="utf-8").splitlines() if x.strip()]


def _predicted(site: Path) -> list[dict]:
    return [c.to_dict() for _, claims in extract_targets([str(site)]) for c in claims]


def test_the_site_corpus_covers_several_generators_in_both_languages():
    names = [site.name for site in sites()]
    assert len(names) >= 6
    assert any(n.startswith("fr_") for n in names) and any(n.startswith("en_") for n in names)
    assert all((SITES / f"{n}.expected.jsonl").exists() for n in names)


@pytest.mark.parametrize("site", sites(), ids=lambda p: p.name)
def test_a_whole_site_states_exactly_its_gold_facts(site):
    predicted, gold = _predicted(site), _gold(site)
    _, missed, extra = score_document(predicted, gold)
    assert (sorted(missed), sorted(extra)) == ([], [])
    dated, exact = dated_matches(predicted, gold)
    assert exact == dated


if __name__ == "__main__":
    for site in sites():
        tp, missed, extra = score_document(_predicted(site), _gold(site))
        print(f"{site.name:20} tp={len(tp):3} missed={len(missed):3} extra={len(extra):3}")
        for key in sorted(missed):
            print("   missed ", " | ".join(key))
        for key in sorted(extra):
            print("   extra  ", " | ".join(key))
    sys.exit(0)
