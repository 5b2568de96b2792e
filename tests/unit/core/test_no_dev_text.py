"""The dev set is for evaluation only: no run of eight words from its texts may appear in our files."""

from __future__ import annotations

import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[3]
SUFFIXES = {".py", ".md", ".jsonl", ".json", ".toml", ".html", ".txt", ".csv", ".xml", ".js", ".css", ".cff"}
WORD = re.compile(r"\w+", re.UNICODE)
RUN = 8


def shingles(text: str) -> set[tuple[str, ...]]:
    words = WORD.findall(text.lower())
    return {tuple(words[i:i + RUN]) for i in range(len(words) - RUN + 1)}


def our_files():
    for folder in ("src", "tests", "docs", "benchmarks", "scripts"):
        for path in (REPO / folder).rglob("*"):
            if path.is_file() and path.suffix in SUFFIXES and "node_modules" not in path.parts \
                    and "vendor" not in path.parts and path.name != Path(__file__).name:
                yield path
    yield REPO / "README.md"


def test_no_eight_word_run_of_the_dev_set_in_our_files(dev_set_path):
    dev: set[tuple[str, ...]] = set()
    with dev_set_path.open(encoding="utf-8") as handle:
        for line in handle:
            record = json.loads(line)
            dev |= shingles(record.get("text") or "")
            for event in record.get("gold") or ():
                dev |= shingles(event.get("evidence") or "")
    # Runs that are generic phrases in any news text, not copied sentences.
    generic = {run for run in dev if sum(w.isdigit() for w in run) >= 4}
    hits = {}
    for path in our_files():
        try:
            text = path.read_text(encoding="utf-8")
        except UnicodeDecodeError:
            continue
        shared = (shingles(text) & dev) - generic
        if shared:
            hits[str(path.relative_to(REPO))] = sorted(" ".join(s) for s in shared)[:3]
    assert not hits, f"text from the dev set found in: {hits}"
