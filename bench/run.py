"""``make bench``: run every ``bench/bench_*.py`` module and print one table of figures.

Each module exposes ``run(size, workdir) -> list[dict]`` (rows built with ``bench.rows.row``).
Each runs in its own interpreter, with a share of the run's time budget, so that its peak
memory is its own and a crash, a hang or a missing module becomes a row saying so rather
than stopping the run.
Results go to ``bench/results/latest.json`` (a list of rows); ``--reference`` also writes
``bench/results/reference.json`` with the machine description.

Usage: ``python -m bench.run [--size smoke|default|large] [--only NAME ...] [--reference]``.
"""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import signal
import subprocess
import sys
import tempfile
import time
import traceback
from datetime import UTC, datetime
from pathlib import Path

from bench.rows import SIZES, failed_row, is_well_formed
from bench.world import CACHE_ENV

BENCH_DIR = Path(__file__).resolve().parent
RESULTS_DIR = BENCH_DIR / "results"
REPO = BENCH_DIR.parent

# The stable figure names the issue promises, and the module that owes each one: a figure
# no module reported still gets a row, so a gap is visible in the table.
EXPECTED_FIGURES = {
    "crawl_pages_per_s": "crawl",
    "redis_2_workers_speedup": "crawl",
    "extract_ms_per_html_page": "extract",
    "extract_ms_per_pdf_page": "extract",
    "build_s_300k": "build",
    "build_peak_rss_mb_300k": "build",
    "sparql_ancestors_ms": "sparql",
    "sparql_descendants_ms": "sparql",
    "explorer_person_view_s": "explorer",
    "resolution_f1_world": "resolution",
}

# Seconds the whole run may take: each module gets an equal share of what is left when it
# starts (so a quick module leaves more to the next), and is stopped and reported as timed
# out beyond it.  "default" is the ≤ 15 minutes `make bench` promises on 2 cores.
RUN_BUDGET_S = {"smoke": 600, "default": 900, "large": 6 * 3600}
MIN_MODULE_BUDGET_S = 60
# Quick modules first, so the time they leave flows to the long ones (measured at "default").
SLOW_LAST = ("sparql", "build", "crawl")


def discover() -> list[str]:
    """Names of the benchmark modules present (``bench_crawl.py`` → ``crawl``), sorted."""
    return sorted(p.stem.removeprefix("bench_") for p in BENCH_DIR.glob("bench_*.py"))


def run_module(name: str, size: str, workdir: Path) -> list[dict]:
    """Run one benchmark module in this process; any failure becomes a row saying so."""
    workdir.mkdir(parents=True, exist_ok=True)
    try:
        module = importlib.import_module(f"bench.bench_{name}")
        rows = module.run(size, workdir)
    except Exception as error:  # noqa: BLE001 - a broken benchmark must not stop the run
        last = traceback.extract_tb(error.__traceback__)[-1]
        where = f"{Path(last.filename).name}:{last.lineno}"
        message = f"bench_{name} raised {type(error).__name__}: {error} ({where})"
        return [failed_row(f"{name}_error", size, message.splitlines()[0])]
    if not isinstance(rows, list) or not rows:
        return [failed_row(f"{name}_error", size, f"bench_{name}.run returned no rows")]
    checked = []
    for r in rows:
        if is_well_formed(r):
            checked.append(r)
        else:
            figure = r.get("figure", f"{name}_row") if isinstance(r, dict) else f"{name}_row"
            checked.append(failed_row(str(figure), size, f"bench_{name}: malformed row {r!r}"))
    return checked


def run_isolated(name: str, size: str, workdir: Path, budget_s: float) -> list[dict]:
    """Run one module in a fresh interpreter with a time budget; rows come back as JSON."""
    workdir.mkdir(parents=True, exist_ok=True)
    out = workdir / "rows.json"
    out.unlink(missing_ok=True)
    command = [sys.executable, "-m", "bench.run", "--child", name, "--size", size]
    command += ["--workdir", str(workdir), "--child-out", str(out)]
    log = workdir / "log.txt"
    with open(log, "w") as handle:
        # Its own process group, so that servers or browsers it started stop with it.
        process = subprocess.Popen(
            command, cwd=REPO, stdout=handle, stderr=subprocess.STDOUT, start_new_session=True
        )
        try:
            process.wait(timeout=budget_s)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
            message = f"bench_{name} timed out after {budget_s:.0f}s"
            return [failed_row(f"{name}_error", size, message)]
        except BaseException:  # Ctrl-C: the child's session would not receive it
            os.killpg(process.pid, signal.SIGKILL)
            raise
    if process.returncode != 0 or not out.exists():
        tail = log.read_text(errors="replace").strip().splitlines()[-1:] or ["no output"]
        message = f"bench_{name} exited {process.returncode}: {tail[0][:200]}"
        return [failed_row(f"{name}_error", size, message)]
    return json.loads(out.read_text())


def missing_figures(rows: list[dict], modules: list[str], size: str) -> list[dict]:
    """Rows for the promised figures of ``modules`` that no row reports."""
    present = {r["figure"] for r in rows}
    found = set(discover())
    missing = []
    for figure, module in EXPECTED_FIGURES.items():
        if module not in modules or figure in present:
            continue
        why = "not reported by" if module in found else "no module"
        missing.append(failed_row(figure, size, f"{why} bench/bench_{module}.py"))
    return missing


def machine() -> dict:
    """What the figures were measured on."""
    cpu = ""
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
        mem_kb = int(Path("/proc/meminfo").read_text().split()[1])
    except OSError:
        mem_kb = 0
    try:
        commit = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=REPO, capture_output=True, text=True
        ).stdout.strip()
    except OSError:
        commit = ""
    return {
        "date": datetime.now(UTC).isoformat(timespec="seconds"),
        "cpu": cpu,
        "cores": os.cpu_count(),
        "memory_gb": round(mem_kb / 1024 / 1024, 1),
        "load_1min": round(os.getloadavg()[0], 2),
        "python": platform.python_version(),
        "platform": platform.platform(),
        "git_commit": commit,
    }


def _format(x: float | None) -> str:
    if x is None:
        return "—"
    if x == 0 or 0.01 <= abs(x) < 100_000:
        return f"{x:.3g}" if abs(x) < 100 else f"{x:,.0f}"
    return f"{x:.2e}"


def _clip(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def load_rows(path: Path) -> list[dict]:
    """Rows of a results file: ``latest.json`` (a list) or ``reference.json`` (with machine)."""
    data = json.loads(Path(path).read_text(encoding="utf-8"))
    return data["rows"] if isinstance(data, dict) else data


def table(rows: list[dict], previous: list[dict] | None = None) -> str:
    """The one table: figure, value, baseline, ratio, target, meets (and notes).

    With ``previous`` rows (an earlier run), a column shows each figure's earlier value.
    """
    header = ("figure", "value", "unit", "baseline", "baseline name", "ratio", "target", "meets")
    before = {(r["figure"], r["size"]): r["value"] for r in previous or ()}
    if previous is not None:
        header += ("previous",)
    lines = []
    for r in rows:
        meets = {True: "yes", False: "NO", None: "—"}[r["meets"]]
        line = (
            r["figure"],
            _format(r["value"]),
            r["unit"],
            _format(r["baseline"]),
            _clip(r["baseline_name"] or "—", 40),
            _format(r["ratio"]),
            _format(r["target"]),
            meets,
        )
        if previous is not None:
            line += (_format(before.get((r["figure"], r["size"]))),)
        lines.append(line)
    widths = [max(len(h), *(len(line[i]) for line in lines)) for i, h in enumerate(header)]
    out = ["  ".join(h.ljust(w) for h, w in zip(header, widths, strict=True)).rstrip()]
    out.append("  ".join("-" * w for w in widths))
    for r, line in zip(rows, lines, strict=True):
        text = "  ".join(c.ljust(w) for c, w in zip(line, widths, strict=True)).rstrip()
        if r.get("note"):
            text += f"\n    ↳ {r['note']}"
        out.append(text)
    return "\n".join(out)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--size", choices=SIZES, default="default")
    parser.add_argument("--only", action="append", default=[], help="module name, repeatable")
    parser.add_argument("--workdir", type=Path, help="scratch directory (default: a temp dir)")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "latest.json")
    parser.add_argument("--reference", action="store_true", help="also write reference.json")
    parser.add_argument("--budget", type=float, help="seconds for the whole run (default by size)")
    parser.add_argument("--list", action="store_true", help="list the modules and exit")
    parser.add_argument("--compare", type=Path, help="an earlier results file to show beside")
    parser.add_argument("--child", help=argparse.SUPPRESS)
    parser.add_argument("--child-out", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args(argv)

    if args.child:
        rows = run_module(args.child, args.size, args.workdir)
        args.child_out.write_text(json.dumps(rows, ensure_ascii=False))
        return 0
    modules = discover()
    if args.list:
        print("\n".join(modules))
        return 0
    selected = sorted(
        args.only or modules, key=lambda m: SLOW_LAST.index(m) + 1 if m in SLOW_LAST else 0
    )
    unknown = [name for name in selected if name not in modules]
    if unknown:
        print(f"no benchmark module bench/bench_{unknown[0]}.py", file=sys.stderr)
        return 2
    described = machine()  # before the run: the load it started under
    began = time.perf_counter()
    deadline = began + (args.budget or RUN_BUDGET_S[args.size])
    rows: list[dict] = []
    with tempfile.TemporaryDirectory(prefix="bench-") as scratch:
        root = args.workdir or Path(scratch)
        # One cache of generated worlds for every module of this run (bench.world).
        os.environ.setdefault(CACHE_ENV, str(root / "worlds"))
        for done, name in enumerate(selected):
            started = time.perf_counter()
            share = (deadline - started) / (len(selected) - done)
            budget = max(MIN_MODULE_BUDGET_S, share)
            print(f"[bench] {name} ({args.size}, ≤ {budget:.0f}s) …", file=sys.stderr, flush=True)
            module_rows = run_isolated(name, args.size, root / name, budget)
            seconds = time.perf_counter() - started
            print(f"[bench] {name}: {len(module_rows)} rows in {seconds:.0f}s", file=sys.stderr)
            rows.extend(module_rows)
    expected = selected if args.only else sorted(set(EXPECTED_FIGURES.values()))
    rows.extend(missing_figures(rows, expected, args.size))
    print(table(rows, load_rows(args.compare) if args.compare else None))
    print(f"\n{len(rows)} figures in {time.perf_counter() - began:.0f}s · {args.size} size")
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(rows, indent=1, ensure_ascii=False) + "\n")
    if args.reference:
        reference = {
            "machine": described,
            "size": args.size,
            "seconds": round(time.perf_counter() - began),
            "load_1min_at_end": round(os.getloadavg()[0], 2),
            "rows": rows,
        }
        (RESULTS_DIR / "reference.json").write_text(
            json.dumps(reference, indent=1, ensure_ascii=False) + "\n"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
