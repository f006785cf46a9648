"""What `make demo` runs: serve the fictional demo web, crawl it, build, export, query, score.

Every stage runs through the real command line (``python -m genealogy.cli ...``) in a child
process, exactly as a user would type it, so the demo exercises what the README promises.
The demo workspace is started afresh each run: the server's port changes from run to run,
and page URLs with a stale port would otherwise sit beside the new ones.
"""

from __future__ import annotations

import argparse
import shutil
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from demo.serve import DEMO_DIR, DemoWeb

REPO_ROOT = DEMO_DIR.parent
DEFAULT_WORKSPACE = Path("genealogy-data") / "demo"
# Where `genealogy export relations` writes by default, inside the workspace.
RELATIONS_FILE = Path("exports") / "relations.jsonl"
EXPECTED = DEMO_DIR / "expected.jsonl"
ALIASES = DEMO_DIR / "aliases.jsonl"
SCORE_SCRIPT = Path(__file__).resolve().parents[2] / "shared" / "eval" / "score.py"
# A demo researcher with three generations of advisors above him (a real ancestors answer).
ANCESTORS_OF = "Rafael Quintero-Vidal"
STEP_TIMEOUT = 300


class StepFailed(Exception):
    """A command of the demo exited non-zero; the message holds its stderr."""


@dataclass
class Step:
    title: str
    args: list[str]


def demo_steps(seeds: list[str], workspace: Path) -> list[Step]:
    """The commands of the demo, in order (the crawl uses no delay: the server is ours)."""
    ws = ["--workspace", str(workspace)]
    return [
        Step("crawl the demo web", ["crawl", *seeds, "--delay", "0", *ws]),
        Step("build the graph", ["build", *ws]),
        Step("export the explorer page", ["export", "html", *ws]),
        Step("export RDF (Turtle)", ["export", "rdf", "--format", "ttl", *ws]),
        Step("export RDF (JSON-LD)", ["export", "rdf", "--format", "jsonld", *ws]),
        Step("export relations", ["export", "relations", *ws]),
        Step(
            f"academic ancestors of {ANCESTORS_OF}",
            ["query", "--saved", "ancestors", "--person", ANCESTORS_OF, *ws],
        ),
        Step("counts", ["stats", *ws]),
    ]


def run_cli(args: list[str], *, cwd: Path = REPO_ROOT) -> str:
    """Run ``genealogy ARGS`` in a child process; return stdout or raise StepFailed."""
    command = [sys.executable, "-m", "genealogy.cli", *args]
    try:
        done = subprocess.run(
            command, cwd=cwd, capture_output=True, text=True, timeout=STEP_TIMEOUT, check=False
        )
    except subprocess.TimeoutExpired:
        raise StepFailed(f"`genealogy {args[0]}` did not finish in {STEP_TIMEOUT} s") from None
    if done.returncode != 0:
        detail = (done.stderr or done.stdout).strip() or "(no output)"
        raise StepFailed(f"`genealogy {' '.join(args)}` exited {done.returncode}:\n{detail}")
    return done.stdout


def fresh_workspace(workspace: Path) -> Path:
    """Empty the demo workspace (only it: a folder named ``demo`` or a new one)."""
    workspace = workspace.resolve()
    if workspace.exists():
        if workspace.name != "demo" and any(workspace.iterdir()):
            raise StepFailed(f"refusing to empty {workspace}: the demo workspace must be */demo")
        shutil.rmtree(workspace)
    workspace.mkdir(parents=True)
    return workspace


def score_relations(relations: Path) -> str:
    """Score the exported relations against the demo's gold with ../shared/eval/score.py."""
    if not SCORE_SCRIPT.exists():
        return f"scoring skipped: {SCORE_SCRIPT} not found (it lives beside the repository)"
    done = subprocess.run(
        [
            sys.executable,
            str(SCORE_SCRIPT),
            str(relations),
            "--gold",
            str(EXPECTED),
            "--aliases",
            str(ALIASES),
            "--show",
            "10",
        ],
        capture_output=True,
        text=True,
        timeout=STEP_TIMEOUT,
        check=False,
    )
    if done.returncode != 0:
        raise StepFailed(f"score.py exited {done.returncode}:\n{done.stderr.strip()}")
    return done.stdout


def output_paths(workspace: Path) -> list[Path]:
    exports = workspace / "exports"
    return sorted(exports.iterdir()) if exports.is_dir() else []


def run_demo(workspace: Path = DEFAULT_WORKSPACE, *, score: bool = True) -> int:
    started = time.monotonic()
    web = DemoWeb()
    try:
        workspace = fresh_workspace(workspace)
        web.start()
        print(f"demo web serving {web.base_url} (fictional sites, robots.txt obeyed)")
        for step in demo_steps(web.seed_urls(), workspace):
            print(f"\n== {step.title}: genealogy {' '.join(_shown(step.args, workspace))}")
            step_started = time.monotonic()
            output = run_cli(step.args)
            print(output.rstrip() or "(no output)")
            print(f"   ({time.monotonic() - step_started:.1f} s)")
        if score:
            print("\n== relations scored against demo/expected.jsonl")
            print(score_relations(workspace / RELATIONS_FILE).rstrip())
        print("\n== outputs")
        for path in output_paths(workspace):
            print(f"  {path}")
        print(f"\ndemo finished in {time.monotonic() - started:.1f} s; workspace {workspace}")
        return 0
    except StepFailed as failure:
        print(f"\ndemo failed: {failure}", file=sys.stderr)
        return 1
    finally:
        web.stop()


def _shown(args: list[str], workspace: Path) -> list[str]:
    """The command as printed: long seed lists shortened, the workspace relative."""
    shown, seeds = [], 0
    for arg in args:
        if arg.startswith("http://"):
            seeds += 1
            if seeds > 2:
                continue
        shown.append(_relative(arg, workspace))
    if seeds > 2:
        shown.insert(3, f"… ({seeds} seeds)")
    return shown


def _relative(arg: str, workspace: Path) -> str:
    if not arg.startswith(str(workspace)):
        return arg
    try:
        return str(Path(arg).relative_to(Path.cwd()))
    except ValueError:
        return arg


def main(argv: list[str] | None = None) -> None:
    parser = argparse.ArgumentParser(description="Run the end-to-end demo on the demo web.")
    parser.add_argument(
        "--workspace",
        type=Path,
        default=DEFAULT_WORKSPACE,
        help="demo workspace, emptied first (default: genealogy-data/demo)",
    )
    parser.add_argument("--no-score", action="store_true", help="skip scoring the relations")
    args = parser.parse_args(argv)
    sys.exit(run_demo(args.workspace, score=not args.no_score))


if __name__ == "__main__":
    main()
