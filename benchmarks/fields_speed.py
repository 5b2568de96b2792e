#!/usr/bin/env python3
"""Speed of the field recognisers (gazetteer, dates, sizes, venues) on a JSONL corpus.

Usage: python benchmarks/fields_speed.py [--input articles.jsonl] [--repeat 5]
Default input: the project's sample corpus. Prints the gazetteer load time and articles/s.
"""

from __future__ import annotations

import argparse
import json
import time
from pathlib import Path

from protest_tracker.model import parse_published
from protest_tracker.pipeline.dates.recognise import find_dates
from protest_tracker.pipeline.fields.venues import find_venues
from protest_tracker.pipeline.places.gazetteer import Gazetteer
from protest_tracker.pipeline.sizes.recognise import find_sizes
from protest_tracker.samples import sample_articles_path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--input", type=Path, default=None)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = args.input or sample_articles_path()
    records = [
        json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()
    ]
    started = time.perf_counter()
    gazetteer = Gazetteer.load()
    print(f"gazetteer load: {time.perf_counter() - started:.3f} s ({len(gazetteer)} places)")
    chars = sum(len(r.get("text") or "") for r in records)
    print(f"{len(records)} articles, {chars / max(len(records), 1):.0f} characters on average")
    tasks = {
        "places": lambda r: gazetteer.find(r["text"], language=r.get("language")),
        "dates": lambda r: find_dates(
            r["text"], language=r.get("language"), published=parse_published(r.get("published"))
        ),
        "sizes": lambda r: find_sizes(r["text"], language=r.get("language")),
        "venues": lambda r: find_venues(r["text"], language=r.get("language")),
    }
    for name, task in tasks.items():
        task(records[0])  # warm up (compiles patterns)
        started = time.perf_counter()
        for _ in range(args.repeat):
            for record in records:
                task(record)
        elapsed = time.perf_counter() - started
        print(f"{name:7s} {args.repeat * len(records) / elapsed:8.0f} articles/s")


if __name__ == "__main__":
    main()
