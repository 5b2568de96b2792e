"""Regression tests for the crashes the parser fuzzing found (benchmarks/fuzz.py), one per defect."""

from __future__ import annotations

import json

import pytest

from fuzz_markup import StubFetcher
from protest_tracker.cli.link import read_jsonl as read_link_input
from protest_tracker.errors import LinkingError
from protest_tracker.ingest import feeds, files
from protest_tracker.ingest.errors import SourcesFileError
from protest_tracker.ingest.records import Collected
from protest_tracker.ingest.sources import load_sources
from protest_tracker.pipeline import runner
from protest_tracker.pipeline.learn.corpus import TrainingDataError, read_corpus

TEXT = "Жители вышли к акимату Алматы, требуя снизить цены на газ."


def test_extract_record_with_a_lone_surrogate_gives_a_utf8_output_line(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_text('{"text": "a \\ud800 b"}\n{"id": "x\\udfff", "text": "ok"}\n{"text": "next"}\n', encoding="utf-8")
    articles = list(runner.articles_from_lines(runner.read_jsonl(path)))
    assert [a.text for a in articles] == ["a \ufffd b", "ok", "next"] and articles[1].id == "x\ufffd"
    for article in articles:
        json.dumps(runner.output_record(article), ensure_ascii=False).encode("utf-8")


def test_ingest_jsonl_first_line_after_a_bom_is_read(tmp_path):
    path = tmp_path / "in.jsonl"
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps({"id": "a", "text": TEXT}).encode() + b"\r\n")
    items = list(files.read_jsonl(path))
    assert len(items) == 1 and isinstance(items[0], Collected) and items[0].article.text == TEXT


@pytest.mark.parametrize(("line", "reason"), [
    (b"[" * 100_000, "JSON nested too deeply"), (b'{"id": ' + b"9" * 5000 + b"}", "not valid JSON"),
    (b'{"id": "\xe9t\xe9"}', "not UTF-8"),
])
def test_link_input_bad_line_is_a_linking_error_naming_the_line(tmp_path, line, reason):
    path = tmp_path / "events.jsonl"
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "events": []}\n' + line + b"\n")
    with pytest.raises(LinkingError, match=f":2: {reason}"):
        read_link_input(path)
    path.write_bytes(b'\xef\xbb\xbf{"id": "a", "events": []}\n')
    assert read_link_input(path) == [{"id": "a", "events": []}]


@pytest.mark.parametrize("value", ["9" * 5000, "[" * 5000])
def test_sources_file_with_a_huge_number_or_deep_array_is_a_sources_error(tmp_path, value):
    path = tmp_path / "sources.toml"
    path.write_text(f'[[source]]\nslug = "a"\nname = "A"\nfeeds = {value}\n', encoding="utf-8")
    with pytest.raises(SourcesFileError, match="not valid TOML"):
        load_sources(path)


def test_gold_file_reads_text_with_line_separators_after_a_bom(tmp_path):
    path = tmp_path / "gold.jsonl"
    record = {"id": "a", "text": TEXT + "\u2028" + TEXT + "\u0085", "gold": []}
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(record, ensure_ascii=False).encode() + b"\n")
    assert read_corpus([path]) == [record]


def test_gold_file_with_a_huge_integer_names_the_line(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text('{"id": "a", "text": "t", "gold": []}\n{"id": ' + "9" * 5000 + "}\n", encoding="utf-8")
    with pytest.raises(TrainingDataError) as caught:
        read_corpus([path])
    assert caught.value.line == 2 and caught.value.field == "(record)"


def test_feed_item_with_an_impossible_date_is_kept_without_a_date():
    url = "https://feeds.test/atom"
    content = (b'<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><title>t</title>'
               b"<entry><title>A</title><summary>" + TEXT.encode() + b"</summary>"
               b"<updated>0000-00-00</updated></entry></feed>")
    fetched = feeds.read_feed(url, StubFetcher(url, content))
    assert len(fetched.entries) == 1 and fetched.entries[0].published is None
    assert TEXT in fetched.entries[0].summary
