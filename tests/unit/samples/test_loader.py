"""The sample loader: bad lines are reported with their place, and the texts are our own."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from protest_tracker.errors import TrackerError
from protest_tracker.samples import SampleCorpusError, iter_sample_records, sample_articles_path

DEV_SET = Path(__file__).resolve().parents[3].parent / "shared" / "eval" / "dev.jsonl"


def test_the_bundled_file_ships_inside_the_package():
    path = sample_articles_path()
    assert path.name == "articles.jsonl" and path.parent.name == "samples"
    assert path.stat().st_size > 0


def test_a_malformed_line_is_named(tmp_path):
    good = {"id": "x-1", "text": "A report.", "gold": []}
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text(json.dumps(good) + "\n\n{not json\n", encoding="utf-8")
    records = iter_sample_records(corpus)
    assert next(records)["id"] == "x-1"
    with pytest.raises(SampleCorpusError, match=r"articles.jsonl:3: not valid JSON"):
        next(records)


def test_a_record_without_text_is_refused(tmp_path):
    corpus = tmp_path / "articles.jsonl"
    corpus.write_text(json.dumps({"id": "x-1", "title": "no text"}) + "\n", encoding="utf-8")
    with pytest.raises(TrackerError, match=r":1: a record needs an 'id' and a 'text'"):
        list(iter_sample_records(corpus))


def shingles(text: str, size: int = 6) -> set[str]:
    words = re.findall(r"\w+", text.lower())
    return {" ".join(words[i : i + size]) for i in range(len(words) - size + 1)}


@pytest.mark.skipif(
    not DEV_SET.is_file(), reason="the shared evaluation set is not next to this checkout"
)
def test_no_text_shares_a_six_word_run_with_the_dev_set():
    dev = set()
    with DEV_SET.open(encoding="utf-8") as handle:
        for line in handle:
            dev |= shingles(json.loads(line)["text"])
    for record in iter_sample_records():
        shared = shingles(record["text"]) & dev
        assert not shared, f"{record['id']} repeats dev.jsonl wording: {sorted(shared)[:3]}"
