"""Benchmark: the backup → restore drill on an existing store, timed, with every table compared.

    .venv/bin/python benchmarks/bench_backup_drill.py --database sqlite:////tmp/bench-process-x/bench.db
    .venv/bin/python benchmarks/bench_backup_drill.py --database postgresql://postgres@127.0.0.1:5432/NAME

Runs ``protest-tracker backup`` on the store, ``protest-tracker restore`` into a new database (a
temporary SQLite file, or a throwaway database on the same PostgreSQL server, dropped afterwards),
then compares every table's row count and content fingerprint (``protest_tracker.ops.tables``) of
the two. Prints the tables, rows, whether every table is identical, and the seconds of each step.
A store to drill: ``benchmarks/bench_process.py --articles 5000 --keep [--database URL]``.
"""

from __future__ import annotations

import argparse
import json
import os
import subprocess
import sys
import tempfile
import time
import uuid
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

PRINTS = ("import json; from protest_tracker.cli.context import setup_django; setup_django(); "
          "from protest_tracker.ops.tables import fingerprints; print(json.dumps(fingerprints()))")


def _run(args: list[str], *, env: dict[str, str]) -> tuple[float, str]:
    """Run a command with ``env`` on top of ours: (seconds, stdout); raises with its stderr if it fails."""
    started = time.perf_counter()
    done = subprocess.run(args, capture_output=True, text=True, env={**os.environ, **env}, check=False)
    if done.returncode != 0:
        raise RuntimeError(f"{' '.join(args[:4])}… failed:\n{done.stderr[-2000:]}")
    return time.perf_counter() - started, done.stdout


def _cli(*args: str, env: dict[str, str]) -> float:
    return _run([sys.executable, "-m", "protest_tracker.cli", *args], env=env)[0]


def _prints(url: str, env: dict[str, str]) -> tuple[float, dict[str, list]]:
    seconds, out = _run([sys.executable, "-c", PRINTS], env={**env, "DATABASE_URL": url})
    return seconds, json.loads(out)


def drill(*, database: str, folder: Path) -> dict:
    """Back up ``database``, restore it into a new database, compare; the figures."""
    env = {"PROTEST_TRACKER_HOME": str(folder / "home"), "DATABASE_URL": database}
    postgres = database.startswith(("postgres://", "postgresql://"))
    backup = folder / ("drill.dump" if postgres else "drill.db")
    dropdb: list[str] = []
    if postgres:
        parts = urlsplit(database)
        name = f"drill_{uuid.uuid4().hex[:10]}"
        server = ["-h", parts.hostname or "127.0.0.1", "-p", str(parts.port or 5432), "-U", parts.username or "postgres"]
        _run(["createdb", *server, name], env={})
        dropdb = ["dropdb", *server, "--if-exists", name]
        target = urlunsplit(parts._replace(path=f"/{name}"))
    else:
        target = f"sqlite:///{folder / 'restored.db'}"
    try:
        backup_s = _cli("backup", "--output", str(backup), env=env)
        restore_s = _cli("restore", str(backup), env={**env, "DATABASE_URL": target})
        source_s, before = _prints(database, env)
        target_s, after = _prints(target, env)
    finally:
        if dropdb:
            _run(dropdb, env={})
    differ = sorted(t for t in set(before) | set(after) if before.get(t) != after.get(t))
    return {"backend": "postgresql" if postgres else "sqlite", "tables": len(before),
            "rows": sum(rows for rows, _ in before.values()), "identical": not differ, "differ": differ,
            "backup_bytes": backup.stat().st_size, "backup_s": backup_s, "restore_s": restore_s,
            "compare_s": source_s + target_s}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--database", required=True, help="DATABASE_URL of the store to drill")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory(prefix="bench-drill-") as folder:
        result = drill(database=args.database, folder=Path(folder))
    print(f"{result['backend']}: {result['tables']} tables, {result['rows']:,} rows; backup "
          f"{result['backup_bytes'] / 2**20:.1f} MiB in {result['backup_s']:.1f} s, restore {result['restore_s']:.1f} s, "
          f"compare {result['compare_s']:.1f} s; every table identical: {'yes' if result['identical'] else 'no'}"
          + (f" (differ: {', '.join(result['differ'])})" if result["differ"] else ""))


if __name__ == "__main__":
    main()
