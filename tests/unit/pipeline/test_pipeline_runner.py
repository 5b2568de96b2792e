"""The one runner and the one input parser: bad lines, bad fields and crashing stages never stop a batch."""

from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from protest_tracker.model import Article
from protest_tracker.pipeline.framework import BuiltStage, Pipeline, StageSpec, annotate
from protest_tracker.pipeline.runner import (
    MAX_TITLE_CHARS,
    InputError,
    article_from_record,
    articles_from_lines,
    atomic_output,
    output_record,
    parse_line,
    process_articles,
    read_jsonl,
)

DEEP = "[" * 200_000 + "]" * 200_000


def _boom_pipeline(bad_id: str) -> Pipeline:
    def boom(article: Article) -> Article:
        if article.id == bad_id:
            raise ZeroDivisionError("no luck")
        return annotate(article, seen=True)

    def build(*, options, resources):
        return boom

    return Pipeline([BuiltStage(StageSpec("test.boom", 1, build), boom)], name="t", version="1")


def test_bad_lines_get_their_file_line_and_reason_and_later_lines_go_on(tmp_path):
    source = tmp_path / "in.jsonl"
    lines = [b'{"id": "a", "text": "x"}', b"{broken", DEEP.encode(), b"", b'["a list"]',
             b'\xef\xbb\xbf{"id": "bom", "text": "y"}', b'{"id": "utf", "text": "caf\xe9"}',
             b'{"id": "z", "text": "last"}']
    source.write_bytes(b"\n".join(lines) + b"\n")
    parsed = list(read_jsonl(source))
    assert [p.line for p in parsed] == [1, 2, 3, 5, 6, 7, 8]
    assert {p.source for p in parsed} == {str(source)}
    errors = {p.line: p.error for p in parsed if p.record is None}
    assert errors[2].startswith("not JSON") and "nested too deeply" in errors[3]
    assert errors[5] == "not a JSON object (a list)"
    articles = list(articles_from_lines(parsed))
    assert [a.id for a in articles] == ["a", "line-2", "line-3", "line-5", "bom", "utf", "z"]
    assert articles[5].text == "caf\ufffd" and "invalid_utf8" in articles[5].flags
    failure = output_record(articles[2], pipeline_version="t/1+x")
    assert failure == {"id": "line-3", "events": [], "dropped": "malformed_record", "source": str(source),
                       "line": 3, "error": "not JSON (nested too deeply to parse)"}


def test_a_missing_file_is_an_input_error(tmp_path):
    with pytest.raises(InputError, match="cannot read"):
        read_jsonl(tmp_path / "absent.jsonl")


def test_qualified_ids_name_the_file():
    line = parse_line("{oops", source="/data/shard-7.jsonl", line=12)
    (article,) = articles_from_lines([line], qualify_ids=True)
    assert article.id == "shard-7.jsonl:line-12" and article.dropped == "malformed_record"


def test_fields_of_the_wrong_type_or_size_are_fixed_and_flagged():
    article = article_from_record({"id": ["x"], "text": {"a": 1}, "url": "https://e.org/" + "p" * 9000,
                                   "title": "T" * (MAX_TITLE_CHARS + 5), "published": [2021, 3],
                                   "language": {"code": "ru"}, "outlet": 12, "source_type": True})
    assert article.text == "" and article.url is None and article.language is None
    assert article.title == "T" * MAX_TITLE_CHARS and article.published is None and article.id == "empty"
    assert article.flags == ("id_malformed", "text_malformed", "url_too_long", "title_too_long",
                             "published_malformed", "language_malformed", "outlet_malformed",
                             "source_type_malformed")
    long_id = article_from_record({"id": "i" * 600, "text": "some words"})
    assert long_id.id.startswith("t") and long_id.flags == ("id_too_long",)
    numeric = article_from_record({"id": 42, "article_id": "ignored", "text": "words"})
    assert numeric.id == "42" and numeric.flags == ()
    assert article_from_record({"article_id": "b7", "text": "words"}).id == "b7"
    assert article_from_record("not a mapping").dropped == "malformed_record"  # type: ignore[arg-type]


JSON_VALUES = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=30),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner, max_size=3),
    max_leaves=10,
)
FIELDS = ("id", "article_id", "text", "url", "title", "published", "language", "outlet", "source_type")


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(FIELDS), JSON_VALUES))
def test_the_parser_never_raises(record):
    article = article_from_record(record)
    assert isinstance(article.id, str) and article.id and isinstance(article.text, str)
    json.dumps(output_record(article))


def test_parsing_a_record_nested_almost_to_the_limit_does_not_raise():
    depth = 900
    nested = json.loads("[" * depth + "]" * depth)
    article = article_from_record({"id": nested, "text": nested, "title": nested, "published": nested})
    assert article.flags == ("id_malformed", "text_malformed", "title_malformed", "published_malformed")


def test_a_stage_that_raises_on_one_article_drops_only_that_one():
    pipeline = _boom_pipeline("b")
    arrived_dropped = Article(id="d", text="").drop("malformed_record")
    articles = [Article(id="a", text="one"), Article(id="b", text="two"), arrived_dropped,
                Article(id="c", text="three")]
    results = list(process_articles(articles, pipeline=pipeline))
    assert [(r.id, r.dropped) for r in results] == [("a", None), ("b", "stage_error"),
                                                   ("d", "malformed_record"), ("c", None)]
    failed = results[1]
    assert failed.events == () and failed.flags[0].startswith("stage_error:stage test.boom@1 failed on article b")
    assert "ZeroDivisionError" in failed.annotations["stage_error"]
    assert results[2] is arrived_dropped
    assert pipeline.summary()[0] == {"stage": "test.boom@1", "in": 3, "out": 2,
                                     "dropped": {"stage_error": 1}, "notes": {}}


def test_atomic_output_keeps_the_old_file_when_writing_fails(tmp_path):
    target = tmp_path / "out.jsonl"
    target.write_text("old\n", encoding="utf-8")
    with pytest.raises(RuntimeError), atomic_output(target) as out:
        out.write("half")
        raise RuntimeError("crash")
    assert target.read_text("utf-8") == "old\n" and sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]
    with atomic_output(target) as out:
        out.write("new\n")
    assert target.read_text("utf-8") == "new\n" and sorted(p.name for p in tmp_path.iterdir()) == ["out.jsonl"]
    with pytest.raises(InputError, match="cannot write"), atomic_output(tmp_path / "no" / "dir.jsonl"):
        pass
