"""Ingest throughput for local files into SQLite: articles/s for JSONL and for HTML, and peak RSS.

    .venv/bin/python benchmarks/bench_ingest.py [--jsonl 5000] [--html 500]

Builds a synthetic corpus (invented text) in a temporary folder, migrates a fresh
SQLite database there, and times ``store.sink.ingest_paths`` (a first run that stores
everything, then a re-run where every article is unchanged).
"""

from __future__ import annotations

import argparse
import json
import os
import resource
import tempfile
import time
from pathlib import Path

PARAGRAPH = ("Жители микрорайона {n} собрались у здания акимата и потребовали провести газ до зимы. "
             "Представитель акимата вышел к ним и пообещал ответ через неделю. Полиция наблюдала. ")


def build_corpus(folder: Path, *, jsonl: int, html: int) -> tuple[Path, Path]:
    """Write ``jsonl`` records to one JSONL file and ``html`` pages to a folder."""
    records = folder / "corpus.jsonl"
    with records.open("w", encoding="utf-8") as handle:
        for n in range(jsonl):
            handle.write(json.dumps({"id": f"b{n}", "url": f"https://bench.test/news/{n}", "title": f"№{n}",
                                     "published": "2024-03-01", "language": "ru",
                                     "text": PARAGRAPH.format(n=n) * 6}, ensure_ascii=False) + "\n")
    pages = folder / "pages"
    pages.mkdir()
    for n in range(html):
        body = "".join(f"<p>{PARAGRAPH.format(n=n * 10 + k)}</p>" for k in range(6))
        (pages / f"page-{n}.html").write_text(
            f'<html lang="ru"><head><meta charset="utf-8"><title>Страница {n}</title></head><body>'
            f"<nav>Меню</nav><article><h1>Страница {n}</h1>{body}</article><footer>подвал</footer></body></html>",
            encoding="utf-8")
    return records, pages


def timed(label: str, paths: list[Path], count: int) -> None:
    from protest_tracker.store.sink import ingest_paths

    started = time.perf_counter()
    summary = ingest_paths(paths)
    seconds = time.perf_counter() - started
    print(f"{label:<22} {count:>6} articles in {seconds:6.2f} s = {count / seconds:7.1f} articles/s   "
          f"[{summary.describe()}]")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--jsonl", type=int, default=5000)
    parser.add_argument("--html", type=int, default=500)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as temp:
        folder = Path(temp)
        os.environ["DATABASE_URL"] = f"sqlite:///{folder / 'bench.db'}"
        os.environ["PROTEST_TRACKER_HOME"] = str(folder)
        from protest_tracker.cli.context import setup_django
        from protest_tracker.store.setup import migrate

        setup_django(create=True)
        migrate()
        records, pages = build_corpus(folder, jsonl=args.jsonl, html=args.html)
        timed("JSONL, first run", [records], args.jsonl)
        timed("JSONL, re-run", [records], args.jsonl)
        timed("HTML, first run", [pages], args.html)
        timed("HTML, re-run", [pages], args.html)
        peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        print(f"peak RSS {peak:.0f} MiB (cpu count {os.cpu_count()})")


if __name__ == "__main__":
    main()
