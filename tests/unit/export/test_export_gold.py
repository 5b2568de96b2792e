"""The gold-format writer: reviewed events in the gold vocabulary, evidence, negatives, privacy.

Fixture texts are invented for these tests (no article of the evaluation kit is quoted).
"""

from __future__ import annotations

import io
import json

import pytest

from protest_tracker.export.gold import (
    ReviewedArticle,
    ReviewedReport,
    UnusableArticle,
    choose_evidence,
    gold_date,
    gold_record,
    sentence_at,
    write_gold,
)
from protest_tracker.pipeline.learn.corpus import read_corpus

TEXT = ("Teachers in Taraz walked out of their schools on Tuesday. They asked the akimat for the "
        "overdue wages. Police watched from a distance, and Daulet Kemelbayev spoke for the group.")
EVENT = {
    "event_id": "KZ-2022-000007", "date": "2022-03-01", "date_precision": "day", "country": "KZ",
    "region": "Jambyl Region", "city": "Taraz", "venue": "", "event_type": "strike",
    "participants": "teachers led by Daulet Kemelbayev", "size_min": None, "size_max": None,
    "demands": ["pay the overdue wages"], "targets": ["akimat"],
    "grievance_categories": ["labour", "bogus"], "state_response": ["monitoring"],
    "aggregate": False, "pro_government": False, "status": "verified",
}


def _report(**overrides) -> ReviewedReport:
    values = {"event": EVENT, "rejected": False,
              "spans": [{"field": "event", "text": TEXT[:57], "start": 0, "end": 57}]}
    return ReviewedReport(**{**values, **overrides})


def _article(*reports: ReviewedReport, **overrides) -> ReviewedArticle:
    values = {"id": "a1", "text": TEXT, "reports": reports or (_report(),),
              "url": "https://news.example/1", "title": "A strike in Taraz",
              "published": "2022-03-02", "language": "en"}
    return ReviewedArticle(**{**values, **overrides})


def test_a_reviewed_event_becomes_a_gold_event_with_current_values():
    record = gold_record(_article())
    assert [record[k] for k in ("id", "url", "published", "language", "text")] == [
        "a1", "https://news.example/1", "2022-03-02", "en", TEXT]
    (event,) = record["gold"]
    assert event["date"] == "2022-03-01" and event["date_precision"] == "day"
    place = (event["country"], event["city"], event["region"], event["venue"])
    assert place == ("KZ", "Taraz", "Jambyl Region", None)
    assert event["event_type"] == "strike" and event["state_response"] == ["monitoring"]
    assert event["grievance_categories"] == ["labour"]  # unknown codes never reach the trainer
    assert event["evidence"] == TEXT[:57] and event["evidence"] in record["text"]
    assert event["optional"] is False and event["aggregate"] is False
    assert "pro_government" not in event


@pytest.mark.parametrize(("value", "precision", "expected"), [
    ("2022-03-01", "day", ("2022-03-01", "day")),
    ("2022-03", "month", ("2022-03", "month")),
    ("2022-03-07", "week", ("2022-03", "month")),
])
def test_dates_in_the_gold_vocabulary(value, precision, expected):
    assert gold_date(value, precision) == expected


@pytest.mark.parametrize(("value", "precision"),
                         [(None, "day"), ("2022", "year"), ("2022-01-01", "year")])
def test_an_event_without_day_or_month_makes_the_article_unusable(value, precision):
    with pytest.raises(UnusableArticle):
        gold_record(_article(_report(event={**EVENT, "date": value, "date_precision": precision})))


def test_an_event_outside_the_five_countries_makes_the_article_unusable():
    with pytest.raises(UnusableArticle, match="outside"):
        gold_record(_article(_report(event={**EVENT, "country": "RU"})))


def test_only_rejected_events_make_a_negative_unless_others_are_undecided():
    rejected = _report(rejected=True)
    assert gold_record(_article(rejected))["gold"] == []
    with pytest.raises(UnusableArticle, match="undecided"):
        gold_record(_article(rejected, undecided_events=1))
    both = gold_record(_article(rejected, _report(event={**EVENT, "event_id": "KZ-2022-000008"})))
    assert [e["event_id"] for e in both["gold"]] == ["KZ-2022-000008"]


def test_evidence_falls_back_to_the_sentence_the_span_covers():
    start = TEXT.index("overdue")
    edited = _report(spans=[{"field": "event", "text": "they demanded the overdue wages",
                             "start": start, "end": start + 7}])
    assert choose_evidence(TEXT, edited) == "They asked the akimat for the overdue wages."
    stale = _report(spans=[{"field": "event", "text": "gone", "start": 0, "end": 4},
                           {"field": "place", "text": "akimat", "start": 999, "end": 1005}],
                    offsets_current=False)
    assert choose_evidence(TEXT, stale) == "They asked the akimat for the overdue wages."
    assert choose_evidence(TEXT, _report(spans=[])) is None


def test_sentence_at_finds_the_sentence_around_a_position():
    assert sentence_at("One. Two words here! Three", 6) == "Two words here!"
    assert sentence_at("First line\nSecond line", 14) == "Second line"


def test_redaction_reaches_text_title_and_fields_and_keeps_evidence_verbatim():
    def redact(value: str) -> str:
        return value.replace("Daulet Kemelbayev", "[name withheld]")

    start = TEXT.index("Police")
    span = {"field": "event", "text": TEXT[start:], "start": start, "end": len(TEXT)}
    report = _report(spans=[span])
    record = gold_record(_article(report, title="Daulet Kemelbayev leads a strike"), redact=redact)
    line = json.dumps(record, ensure_ascii=False)
    assert "Kemelbayev" not in line and "[name withheld]" in record["title"]
    assert record["gold"][0]["evidence"] in record["text"]
    assert record["gold"][0]["participants"] == "teachers led by [name withheld]"


def test_written_file_passes_the_training_reader(tmp_path):
    articles = [_article(), _article(_report(rejected=True), id="a2"),
                _article(_report(event={**EVENT, "date": None}), id="a3"),
                _article(id="a4", text="  ")]
    stream = io.StringIO()
    summary = write_gold(articles, stream)
    assert (summary.rows, summary.positives, summary.negatives, summary.events) == (2, 1, 1, 1)
    assert sum(summary.skipped.values()) == 2
    path = tmp_path / "gold.jsonl"
    path.write_text(stream.getvalue(), encoding="utf-8")
    records = read_corpus([path])
    assert [r["id"] for r in records] == ["a1", "a2"] and records[1]["gold"] == []


def test_a_record_the_check_refuses_is_skipped_not_written():
    def refuse(record):
        raise ValueError("nope")

    stream = io.StringIO()
    summary = write_gold([_article()], stream, check=refuse)
    assert summary.rows == 0 and stream.getvalue() == ""
    assert list(summary.skipped) == ["invalid record: nope"]
