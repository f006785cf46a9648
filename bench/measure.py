"""Measuring a benchmark's work: wall time and peak memory of one stage in its own process.

Peak RSS is a per-process high-water mark, so heavy work runs in a fresh (spawned, not
forked) interpreter: the figure is that stage's memory, not the harness's.
"""

from __future__ import annotations

import resource
import time
from collections.abc import Callable
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from multiprocessing import get_context
from typing import Any


@dataclass(frozen=True)
class Measured:
    """What one isolated call returned, how long it took and its process's peak RSS."""

    result: Any
    seconds: float
    peak_rss_mb: float


def peak_rss_mb() -> float:
    """This process's peak resident set size so far, in MiB (Linux reports KiB)."""
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _timed_call(func: Callable, args: tuple, kwargs: dict) -> Measured:
    began = time.perf_counter()
    result = func(*args, **kwargs)
    return Measured(result, time.perf_counter() - began, peak_rss_mb())


def in_subprocess(func: Callable, *args: Any, **kwargs: Any) -> Measured:
    """Call ``func(*args, **kwargs)`` in a fresh interpreter; ``func`` must be importable.

    ``seconds`` covers the call only (not the interpreter start); the result must pickle.
    Exceptions raised by ``func`` propagate.
    """
    with ProcessPoolExecutor(max_workers=1, mp_context=get_context("spawn")) as pool:
        return pool.submit(_timed_call, func, args, kwargs).result()
