"""Frozen dataclasses, exchange round trips, identity of reports, configuration parsing."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest

from protest_tracker import config, identity, model
from protest_tracker.errors import ConfigurationError
from protest_tracker.pipeline.runner import article_from_record


def make_event() -> model.EventCandidate:
    return model.EventCandidate(
        date="2021-03-29", country="KZ", region="Almaty", city="Almaty", venue="Chinese consulate",
        venue_type="foreign_mission", event_type="picket", participants="relatives of detainees",
        participant_groups=("relatives_of_detainees",), size_min=10, size_max=10,
        grievance_categories=("xinjiang_ethnic_kin", "detention_release"), demands=("release of relatives",),
        targets=("Chinese government",), target_categories=("foreign_state",),
        state_response=("monitoring", "detention"), response_counts=(("detention", 3),),
        evidence=(model.Evidence("event", "a picket took place", 0, 19), model.Evidence("size", "ten people")),
        confidence=0.8,
    )


def test_event_candidate_is_frozen():
    event = make_event()
    with pytest.raises(dataclasses.FrozenInstanceError):
        event.city = "Astana"


def test_exchange_round_trip_keeps_every_field():
    event = make_event()
    record = event.to_exchange()
    assert record["evidence"] == "a picket took place"
    assert record["response_counts"] == {"detention": 3}
    assert model.EventCandidate.from_exchange(record) == event


def test_from_exchange_accepts_the_minimal_gold_shape():
    event = model.EventCandidate.from_exchange({"date": "2022-01", "country": "KZ", "city": None,
                                                 "state_response": "detention", "evidence": "text"})
    assert event.date_precision == "month"
    assert event.state_response == ("detention",)
    assert event.evidence == (model.Evidence("event", "text"),)
    assert event.place.geo_precision == 3


def test_article_output_record_and_published_parsing():
    article = model.Article(id="a1", text="x", published=model.parse_published("2021-02-09T10:00:00"))
    assert article.published == dt.date(2021, 2, 9)
    out = article.with_events((make_event(),)).to_output_record()
    assert out["id"] == "a1" and len(out["events"]) == 1 and out["published"] == "2021-02-09"
    assert article.drop("not_relevant").to_output_record()["dropped"] == "not_relevant"
    for bad in ("", None, "yesterday", "2021-13-45"):
        assert model.parse_published(bad) is None


@pytest.mark.parametrize(
    ("url", "canonical"),
    [
        ("HTTPS://WWW.Vlast.kz/novosti/123/?utm_source=tg&b=2&a=1#comments", "https://vlast.kz/novosti/123?a=1&b=2"),
        ("http://24.kg:80/obschestvo//1/", "http://24.kg/obschestvo/1"),
        ("https://kun.uz/news?fbclid=XYZ", "https://kun.uz/news"),
    ],
)
def test_canonical_url(url, canonical):
    assert identity.canonical_url(url) == canonical


def test_article_ids_are_stable_and_distinguish_url_from_text():
    a = identity.article_id(url="https://vlast.kz/a?utm_medium=x")
    assert a == identity.article_id(url="https://www.vlast.kz/a#top") and a.startswith("u")
    t = identity.article_id(text="Пикет  у консульства\n")
    assert t == identity.article_id(text="Пикет у консульства") and t.startswith("t")
    with pytest.raises(ValueError):
        identity.article_id()


def test_content_hash_is_nfc_and_whitespace_insensitive():
    assert identity.content_hash("й  x") == identity.content_hash("й x")
    assert identity.content_hash("\u0439") == identity.content_hash("\u0438\u0306")
    assert identity.content_hash("Жаңаөзен") != identity.content_hash("Жанаозен")


@pytest.mark.parametrize(
    ("url", "engine", "name"),
    [
        ("sqlite:///db.sqlite3", "sqlite", None),
        ("sqlite:////tmp/x.db", "sqlite", "/tmp/x.db"),
        ("postgres://u:p%40ss@db.local:5433/tracker", "postgresql", "tracker"),
        ("postgresql://127.0.0.1/tracker", "postgresql", "tracker"),
    ],
)
def test_database_urls(url, engine, name):
    parsed = config.parse_database_url(url)
    assert parsed.engine == engine
    if name:
        assert parsed.name == name
    assert "p@ss" not in parsed.describe()


@pytest.mark.parametrize(
    ("url", "message"),
    [("", "empty"), ("mysql://x/y", "not supported"), ("sqlite://relative.db", "sqlite:///"),
     ("postgres://host:5432/", "names no database"), ("postgres://host:port/db", "port"), ("nonsense", "not supported")],
)
def test_malformed_database_urls_name_the_problem(url, message):
    with pytest.raises(ConfigurationError, match=message):
        config.parse_database_url(url)


def test_secret_key_is_generated_once_and_private(tmp_path, monkeypatch):
    monkeypatch.delenv("PROTEST_TRACKER_SECRET_KEY", raising=False)
    monkeypatch.setenv("PROTEST_TRACKER_HOME", str(tmp_path / "home"))
    first = config.secret_key()
    assert len(first) > 40 and config.secret_key() == first
    assert (tmp_path / "home" / "secret_key").stat().st_mode & 0o777 == 0o600
    monkeypatch.setenv("PROTEST_TRACKER_SECRET_KEY", "from-env")
    assert config.secret_key() == "from-env"


def test_input_records_never_fail_on_odd_values():
    article = article_from_record({"text": 12345, "published": "last Tuesday", "url": 7})
    assert article.text == "12345" and article.url is None and article.published is None
    assert article.flags == ("text_malformed", "url_malformed", "published_malformed")
    assert article.id == identity.article_id(text="12345")
    full = article_from_record({"id": "x", "text": "t", "published": "2021-02-09", "language": "ru",
                                "url": "https://vlast.kz/a", "title": "T"})
    assert (full.id, full.published, full.language, full.flags) == ("x", dt.date(2021, 2, 9), "ru", ())
    assert article_from_record(full.to_input_record()) == full
