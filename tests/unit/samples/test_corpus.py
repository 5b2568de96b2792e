"""The bundled sample corpus: format, gold annotations against the codebook, and its promised content."""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter, defaultdict
from urllib.parse import urlsplit

from protest_tracker import codebook
from protest_tracker.model import EventCandidate
from protest_tracker.samples import (
    INPUT_KEYS,
    iter_input_records,
    sample_articles_path,
)

ARTICLE_KEYS = {
    "id",
    "url",
    "title",
    "published",
    "language",
    "outlet",
    "source_type",
    "text",
    "gold",
}
GOLD_KEYS = {
    "date",
    "date_precision",
    "country",
    "region",
    "city",
    "venue",
    "event_type",
    "participants",
    "size_min",
    "size_max",
    "demands",
    "grievance_categories",
    "targets",
    "state_response",
    "evidence",
    "optional",
    "aggregate",
    "notes",
    "pro_government",
    # our additions for linking and the demo
    "venue_type",
    "participant_groups",
    "target_categories",
    "response_counts",
    "event_key",
    "campaign",
}
LANGUAGE_RANGES = {"ru": (22, 28), "en": (17, 23), "kk": (5, 7), "ky": (1, 2), "uz": (1, 2)}
KAZAKH_ONLY = set("әғқұіӘҒҚҰІ")  # letters Kazakh uses and Kyrgyz and Russian do not
KYRGYZ_LETTERS = set("ңөүҢӨҮ")


def test_every_line_is_a_json_object():
    lines = sample_articles_path().read_text(encoding="utf-8").splitlines()
    assert lines, "the corpus is empty"
    for number, line in enumerate(lines, 1):
        assert isinstance(json.loads(line), dict), f"line {number} is not an object"


def test_ids_are_unique_and_name_the_language(records):
    ids = [r["id"] for r in records]
    assert len(ids) == len(set(ids))
    for record in records:
        assert record.keys() >= ARTICLE_KEYS, record["id"]
        assert re.fullmatch(rf"sample-{record['language']}-\d{{3}}", record["id"]), record["id"]


def test_urls_are_synthetic_and_unique_except_the_revision(records):
    by_url = defaultdict(list)
    for record in records:
        host = urlsplit(record["url"]).hostname or ""
        assert record["url"].startswith("https://") and host.endswith(".example"), record["url"]
        by_url[record["url"]].append(record)
    repeated = [group for group in by_url.values() if len(group) > 1]
    assert len(repeated) == 1, "exactly one URL is published twice (the revision)"
    first, second = sorted(repeated[0], key=lambda r: r.get("revision", 1))
    assert second["revision_of"] == first["id"] and second["revision"] == 2
    assert first["text"] != second["text"]
    assert "revision_of" not in first
    assert second["gold"][0]["response_counts"].get("detention"), (
        "the update adds the number detained"
    )
    assert not first["gold"][0]["response_counts"]


def test_article_metadata(records):
    for record in records:
        dt.date.fromisoformat(record["published"])
        assert record["source_type"] in codebook.SOURCE_TYPES, record["id"]
        assert record["outlet"] and record["title"], record["id"]
        words = len(record["text"].split())
        assert 80 <= words <= 250, f"{record['id']} has {words} words"


def test_languages_are_as_stated(records):
    for record in records:
        text, language = record["text"], record["language"]
        letters = [c for c in text if c.isalpha()]
        cyrillic = sum("\u0400" <= c <= "\u04ff" for c in letters) / len(letters)
        if language in {"ru", "kk", "ky"}:
            assert cyrillic > 0.95, record["id"]
        else:
            assert cyrillic == 0, record["id"]
        if language == "ru":
            assert not set(text) & (KAZAKH_ONLY | KYRGYZ_LETTERS), record["id"]
        if language == "kk":
            assert set(text) & KAZAKH_ONLY, record["id"]
        if language == "ky":
            assert set(text) & KYRGYZ_LETTERS and not set(text) & KAZAKH_ONLY, record["id"]
        if language == "uz":
            assert "‘" in text or "’" in text, f"{record['id']}: Uzbek Latin uses o‘ g‘ and ’"


def test_counts_are_in_the_promised_ranges(records):
    assert 50 <= len(records) <= 60
    languages = Counter(r["language"] for r in records)
    for language, (low, high) in LANGUAGE_RANGES.items():
        assert low <= languages[language] <= high, (language, languages[language])
    negatives = [r for r in records if not r["gold"]]
    assert 8 <= len(negatives) <= 12
    assert all(r.get("negative_kind") for r in negatives)


def test_gold_events_use_the_codebook(events):
    for record, event in events:
        where = f"{record['id']} {event['date']}"
        assert event.keys() == GOLD_KEYS, where
        assert event["country"] in codebook.COUNTRIES, where
        assert event["event_type"] in codebook.EVENT_TYPES, where
        assert event["venue_type"] is None or event["venue_type"] in codebook.VENUE_TYPES, where
        assert event["date_precision"] in {"day", "month"}, where
        for code in event["grievance_categories"]:
            assert code in codebook.GRIEVANCES, (where, code)
        for code in event["participant_groups"]:
            assert code in codebook.PARTICIPANT_GROUPS, (where, code)
        for code in event["target_categories"]:
            assert code in codebook.TARGETS, (where, code)
        assert event["state_response"], where
        for code in event["state_response"]:
            assert code in codebook.STATE_RESPONSES, (where, code)
        if "none_reported" in event["state_response"]:
            assert event["state_response"] == ["none_reported"], where
        assert set(event["response_counts"]) <= set(event["state_response"]), where
        assert all(isinstance(n, int) and n > 0 for n in event["response_counts"].values()), where
        assert all(
            isinstance(event[k], bool) for k in ("optional", "aggregate", "pro_government")
        ), where


def test_evidence_is_verbatim(events):
    for record, event in events:
        assert event["evidence"] and event["evidence"] in record["text"], record["id"]


def test_dates_are_valid_and_not_after_publication(events):
    for record, event in events:
        published = dt.date.fromisoformat(record["published"])
        if event["date_precision"] == "day":
            day = dt.date.fromisoformat(event["date"])
            assert day <= published, record["id"]
            assert (published - day).days <= 31, f"{record['id']}: background older than a month"
        else:
            assert re.fullmatch(r"\d{4}-\d{2}", event["date"]), record["id"]
            assert event["date"] <= record["published"][:7], record["id"]


def test_sizes_are_consistent(events):
    for record, event in events:
        low, high = event["size_min"], event["size_max"]
        for size in (low, high):
            assert size is None or (isinstance(size, int) and size > 0), record["id"]
        if low is not None and high is not None:
            assert low <= high, record["id"]
        if event["event_type"] == "single_person_picket":
            assert (low, high) == (1, 1), record["id"]


def test_gold_events_load_into_the_model(events):
    for _record, event in events:
        candidate = EventCandidate.from_exchange(event)
        assert candidate.country == event["country"]
        assert candidate.state_response == tuple(event["state_response"])
        assert candidate.evidence[0].text == event["evidence"]


def test_input_records_carry_only_the_exchange_keys(records):
    inputs = list(iter_input_records())
    assert len(inputs) == len(records)
    assert all(tuple(item) == INPUT_KEYS for item in inputs)
    assert inputs[0]["text"] == records[0]["text"]
