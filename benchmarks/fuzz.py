"""Long fuzz profile: every parser's Hypothesis property on N inputs in all (default 100,000).

    nice .venv/bin/python benchmarks/fuzz.py [--inputs 100000] [--only feeds,pages] [--seed 1]
                                             [--jobs 4] [--failures DIR]

Runs the properties the CI suite runs on a short profile (tests/fuzz_targets.py: feeds, pages,
Telegram exports, ACLED and MMP CSV, ``ingest files`` JSONL and documents, ``extract`` input records,
``train`` gold files, ``link`` input, the sources TOML), the inputs split evenly across parsers,
each share run as tasks of up to 2,500 inputs with their own seeds over ``--jobs`` worker
processes. Inputs are counted inside each property (inputs actually executed, not examples asked for); a run
that Hypothesis ends early is resumed until the parser's share is reached. Crashes (exceptions
other than the parser's documented error) and property violations are counted and fuzzing goes on;
the first failing input of each distinct one is written to ``--failures`` (a temporary folder by
default). Hypothesis' example database is off and its folder is a temporary one, so nothing is
written into the repository.
Prints a table (parser, inputs, crashes, violations, seconds summed over tasks) and exits 1 on any crash or violation.
"""

from __future__ import annotations

import argparse
import re
import sys
import tempfile
import time
from concurrent.futures import ProcessPoolExecutor
from pathlib import Path

from hypothesis.configuration import set_hypothesis_home_dir
from rich.console import Console
from rich.table import Table

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT / "tests"))

from fuzz_targets import TARGETS, Outcome, run_target  # noqa: E402

#: Inputs per task: a parser's share runs as several tasks with their own seeds, spread over workers.
CHUNK = 2_500


def _chunk(name: str, quota: int, seed: int | None) -> tuple[str, Outcome]:
    """Run ``name`` until ``quota`` inputs were executed (a run Hypothesis ends early is resumed)."""
    outcome = Outcome()
    started = time.perf_counter()
    for rounds in range(50):
        before = outcome.inputs
        run_target(TARGETS[name], examples=quota - outcome.inputs, outcome=outcome, collect=True,
                   seed=None if seed is None else seed + 7919 * rounds)
        if outcome.inputs >= quota or outcome.inputs == before:
            break
    outcome.seconds = time.perf_counter() - started
    return name, outcome


def fuzz(*, names: list[str], inputs: int, seed: int | None, jobs: int, console: Console) -> dict[str, Outcome]:
    """Run each named target on its share of ``inputs`` (in chunks of at most :data:`CHUNK` inputs,
    each with its own seed, over ``jobs`` worker processes); the outcome per target."""
    share, extra = divmod(inputs, len(names))
    tasks = []
    for index, name in enumerate(names):
        quota = share + (index < extra)
        for number, start in enumerate(range(0, quota, CHUNK)):
            tasks.append((name, min(CHUNK, quota - start), None if seed is None else seed * 100_003 + 1009 * index
                          + number))
    outcomes = {name: Outcome() for name in names}
    with ProcessPoolExecutor(max_workers=jobs) as pool:
        for name, part in pool.map(_chunk, *zip(*tasks, strict=True)):
            total = outcomes[name]
            total.inputs += part.inputs
            total.crashes += part.crashes
            total.violations += part.violations
            total.seconds += part.seconds
            for signature, report in part.first.items():
                total.first.setdefault(signature, report)
            console.print(f"{name}: +{part.inputs:,} inputs ({total.inputs:,} so far), {part.crashes} crash(es), "
                          f"{part.violations} violation(s), {part.seconds:.0f} s")
    return outcomes


def write_failures(outcomes: dict[str, Outcome], folder: Path) -> list[Path]:
    """One file per distinct failure: its first input and traceback."""
    written = []
    for name, outcome in outcomes.items():
        for number, (signature, report) in enumerate(outcome.first.items(), start=1):
            path = folder / f"{name}-{number:02d}.txt"
            path.write_text(f"{name}: {signature}\n\n{report}", encoding="utf-8", errors="backslashreplace")
            written.append(path)
    return written


def table(outcomes: dict[str, Outcome]) -> Table:
    result = Table(title="Parser fuzzing (long profile)")
    for column in ("parser", "inputs run", "crashes", "violations", "seconds (all workers)"):
        result.add_column(column, justify="left" if column == "parser" else "right")
    for name, outcome in outcomes.items():
        result.add_row(name, f"{outcome.inputs:,}", str(outcome.crashes), str(outcome.violations),
                       f"{outcome.seconds:.0f}")
    total = Outcome(inputs=sum(o.inputs for o in outcomes.values()),
                    crashes=sum(o.crashes for o in outcomes.values()),
                    violations=sum(o.violations for o in outcomes.values()),
                    seconds=sum(o.seconds for o in outcomes.values()))
    result.add_row("all", f"{total.inputs:,}", str(total.crashes), str(total.violations), f"{total.seconds:.0f}",
                   style="bold")
    return result


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--inputs", type=int, default=100_000, help="inputs in all, split across parsers")
    parser.add_argument("--only", default="", help=f"comma-separated parsers (of {', '.join(TARGETS)})")
    parser.add_argument("--seed", type=int, default=None, help="Hypothesis seed (default: random)")
    parser.add_argument("--failures", type=Path, default=None, help="folder for failing inputs")
    parser.add_argument("--jobs", type=int, default=1, help="worker processes (run under nice on a shared machine)")
    args = parser.parse_args(argv)
    names = [n for n in re.split(r"[,\s]+", args.only) if n] or list(TARGETS)
    unknown = sorted(set(names) - set(TARGETS))
    if unknown or args.inputs < len(names):
        parser.error(f"unknown parser(s): {', '.join(unknown)}" if unknown else "--inputs below the parser count")
    # Hypothesis keeps caches (not only its example database) in ./.hypothesis: keep them out of the tree
    set_hypothesis_home_dir(tempfile.mkdtemp(prefix="fuzz-hypothesis-"))
    console = Console()
    outcomes = fuzz(names=names, inputs=args.inputs, seed=args.seed, jobs=max(1, args.jobs), console=console)
    console.print(table(outcomes))
    if not any(o.first for o in outcomes.values()):
        return 0
    folder = args.failures or Path(tempfile.mkdtemp(prefix="fuzz-failures-"))
    folder.mkdir(parents=True, exist_ok=True)
    for path in write_failures(outcomes, folder):
        console.print(f"failing input: {path}")
    return 1


if __name__ == "__main__":
    sys.exit(main())
