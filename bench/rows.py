"""One row of the benchmark table: the shape every ``bench/bench_*.py`` module returns.

Every benchmark module builds its rows with :func:`row` so that ``ratio`` and ``meets`` are
computed the same way everywhere and ``bench/results/*.json`` stay comparable across runs.
"""

from __future__ import annotations

import math

ROW_KEYS = (
    "figure",
    "unit",
    "value",
    "baseline",
    "baseline_name",
    "ratio",
    "target",
    "meets",
    "size",
)

SIZES = ("smoke", "default", "large")


def _number(x: float | int | None) -> float | None:
    if x is None:
        return None
    x = float(x)
    return None if math.isnan(x) else x


def row(
    figure: str,
    unit: str,
    value: float | None,
    baseline: float | None,
    baseline_name: str | None,
    target: float | None,
    higher_is_better: bool,
    size: str,
    *,
    note: str | None = None,
) -> dict:
    """One measurement, with the baseline measured in the same run.

    ``ratio`` is ``value / baseline`` (None when either is missing or the baseline is 0): read
    it with the unit's direction in mind (for seconds, below 1 is better). ``meets`` compares
    ``value`` with ``target`` in the direction given by ``higher_is_better`` (None without a
    target or a value). ``note`` (optional) says what a reader needs to interpret the figure,
    e.g. the size actually measured or why the value is missing.

    Examples
    --------
    >>> r = row("sparql_ancestors_ms", "ms", 2.0, 8.0, "rdflib in-memory", 50, False, "smoke")
    >>> r["ratio"], r["meets"]
    (0.25, True)
    >>> row("crawl_pages_per_s", "pages/s", None, 80.0, "bare scrapy", 50, True, "smoke")["meets"]
    """
    if size not in SIZES:
        raise ValueError(f"size must be one of {SIZES}, not {size!r}")
    value, baseline, target = _number(value), _number(baseline), _number(target)
    ratio = None
    if value is not None and baseline:
        ratio = round(value / baseline, 4)
    meets = None
    if value is not None and target is not None:
        meets = value >= target if higher_is_better else value <= target
    result = {
        "figure": figure,
        "unit": unit,
        "value": None if value is None else round(value, 6),
        "baseline": None if baseline is None else round(baseline, 6),
        "baseline_name": baseline_name,
        "ratio": ratio,
        "target": target,
        "meets": meets,
        "size": size,
    }
    if note:
        result["note"] = note
    return result


def failed_row(figure: str, size: str, message: str) -> dict:
    """The row a benchmark (or the harness) reports when a measurement could not be made."""
    return row(figure, "", None, None, None, None, True, size, note=message)


def is_well_formed(r: dict) -> bool:
    """True when ``r`` has every key of the table with values of the expected types."""
    if not isinstance(r, dict) or any(k not in r for k in ROW_KEYS):
        return False
    numeric = ("value", "baseline", "ratio", "target")
    if any(r[k] is not None and not isinstance(r[k], int | float) for k in numeric):
        return False
    if r["meets"] is not None and not isinstance(r["meets"], bool):
        return False
    return isinstance(r["figure"], str) and bool(r["figure"]) and r["size"] in SIZES
