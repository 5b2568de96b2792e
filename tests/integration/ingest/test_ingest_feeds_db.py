"""Feeds and pages into the database: summaries, fallbacks, conditional GET, revisions, failures."""

from __future__ import annotations

import dataclasses
from pathlib import Path

import pytest

from protest_tracker import identity
from protest_tracker.store.feed_sink import ingest_feeds, ingest_sources
from protest_tracker.store.models import Article, ArticleRevision, FeedState, IngestFailure, Source
from protest_tracker.store.sink import ingest_urls

pytestmark = pytest.mark.django_db
SITE = Path(__file__).resolve().parents[2] / "fixtures" / "ingest" / "site"


@pytest.mark.both_backends
def test_rss_feed_items_pages_and_fallbacks(site, policy):
    summary = ingest_feeds([site.url("/feed.rss")], policy=policy)
    assert (summary.fetched, summary.new, summary.failed_total) == (5, 5, 0)
    assert summary.fallback == 3  # 404 page, item without link, page disallowed by robots.txt
    rally = Article.objects.get(id=identity.article_id(url=site.url("/articles/en-rally.html")))
    assert rally.url == site.url("/articles/en-rally.html?utm_source=rss&utm_medium=feed")
    assert rally.canonical_url == site.url("/articles/en-rally.html")
    assert rally.title.startswith("Drivers rally over fuel prices")
    assert "regional administration" in rally.text and "Home" not in rally.text
    assert rally.language == "en" and rally.published.isoformat() == "2024-02-12"
    assert rally.origin == "feed" and rally.content_hash == identity.content_hash(rally.text)
    gone = Article.objects.get(url=site.url("/articles/gone.html"))
    assert gone.metadata["text_from"] == "feed_summary" and gone.metadata["page_error"] == "http_404"
    assert "перенесли" in gone.text and "<b>" not in gone.text
    assert gone.language == "ru"  # from the feed's <language>
    assert "/private/secret.html" not in site.paths()
    assert not Article.objects.filter(text__contains="purple giraffe").exists()


def test_conditional_get_then_force(site, policy):
    url = site.url("/feed.rss")
    ingest_feeds([url], policy=policy)
    state = FeedState.objects.get(url=url)
    assert state.etag and state.last_modified and state.last_outcome == "ok" and state.items_last_run == 5
    again = ingest_feeds([url], policy=policy)
    assert again.fetched == 0 and again.skipped["feed_not_modified"] == 1
    assert site.headers_for("/feed.rss")[1]["if-none-match"] == state.etag
    forced = ingest_feeds([url], policy=policy, force=True)
    assert (forced.fetched, forced.new, forced.unchanged) == (5, 0, 5)
    assert Article.objects.count() == 5


def test_atom_feed_with_undeclared_cp1251_page(site, policy):
    summary = ingest_feeds([site.url("/feed.atom")], policy=policy)
    assert (summary.new, summary.fallback, summary.failed_total) == (2, 0, 0)
    legacy = Article.objects.get(url=site.url("/articles/cp1251.html"))
    assert "перекрыли дорогу" in legacy.text and legacy.metadata["charset"] == "cp1251"
    strike = Article.objects.get(url=site.url("/articles/kk-strike.html"))
    assert strike.language == "kk" and "мұнайшылар" in strike.text.lower()


@pytest.mark.parametrize(("path", "reason"), [("/malformed.xml", "malformed_feed"),
                                               ("/not-a-feed.html", "malformed_feed"),
                                               ("/slow-feed.xml", "timeout"),
                                               ("/articles/gone.xml", "http_404")])
def test_broken_feeds_are_errors_not_empty_feeds(site, policy, path, reason):
    quick = dataclasses.replace(policy, retries=0, read_timeout=0.3)
    summary = ingest_feeds([site.url(path)], policy=quick)
    assert summary.stored == 0 and summary.failed[reason] == 1
    failure = IngestFailure.objects.get(location=site.url(path))
    assert failure.reason == reason and failure.detail
    assert FeedState.objects.get(url=site.url(path)).last_outcome == reason


def test_page_revision_is_stored_not_duplicated(site, policy):
    url = site.url("/articles/ru-picket.html")
    first = ingest_urls([url], policy=policy)
    assert first.new == 1
    html = (SITE / "articles" / "ru-picket.html").read_text(encoding="utf-8")
    site.overrides["/articles/ru-picket.html"] = html.replace("около двадцати", "около тридцати").encode()
    second = ingest_urls([url], policy=policy)
    third = ingest_urls([url], policy=policy)
    assert (second.revised, third.unchanged) == (1, 1)
    article = Article.objects.get(id=identity.article_id(url=url))
    assert article.revision == 2 and "около тридцати" in article.text
    assert ArticleRevision.objects.get(article=article).text.count("около двадцати") == 1
    assert Article.objects.count() == 1


def test_failed_urls_are_recorded_and_resolved_later(site, policy):
    url = site.url("/flaky-later.html")
    summary = ingest_urls([url, site.url("/private/secret.html")], policy=policy)
    assert summary.failed == {"http_404": 1, "robots_disallowed": 1}
    assert IngestFailure.objects.filter(resolved=False).count() == 2
    site.overrides["/flaky-later.html"] = (
        b"<html lang='en'><body><article><p>" + b"Now the page exists and tells a long story. " * 10
        + b"</p></article></body></html>")
    later = ingest_urls([url], policy=policy)
    assert later.new == 1
    assert IngestFailure.objects.get(location=url).resolved


def test_sources_file_feeds_are_fetched_with_source(site, policy, tmp_path):
    toml = tmp_path / "sources.toml"
    toml.write_text(f'''
[[source]]
slug = "steppe-news"
name = "Steppe News"
homepage = "{site.base}/"
country = "KZ"
languages = ["ru", "en"]
source_type = "independent"
feeds = ["{site.url('/feed.rss')}"]

[[source]]
slug = "steppe-telegram"
name = "Steppe News (Telegram)"
homepage = "https://t.me/steppe_news_test"
source_type = "telegram"
telegram = "steppe_news_test"
''', encoding="utf-8")
    summary = ingest_sources(toml, policy=policy)
    assert summary.new == 5 and summary.skipped["no_feed"] == 1
    source = Source.objects.get(slug="steppe-news")
    assert source.feed_urls == [site.url("/feed.rss")] and source.country == "KZ"
    assert Article.objects.filter(source=source).count() == 5
    assert set(Article.objects.values_list("outlet", flat=True)) == {"Steppe News"}
    assert set(Article.objects.values_list("source_type", flat=True)) == {"independent"}


def test_non_page_content_and_mislabelled_charset(site, policy):
    summary = ingest_urls([site.url("/report.pdf"), site.url("/mislabelled.html")], policy=policy)
    assert summary.failed == {"unsupported_content_type": 1} and summary.new == 1
    page = Article.objects.get(url=site.url("/mislabelled.html"))
    assert "перекрыли дорогу" in page.text and "\ufffd" not in page.text


def test_feed_title_is_the_outlet_without_a_source(site, policy):
    ingest_feeds([site.url("/feed.atom")], policy=policy)
    assert set(Article.objects.values_list("outlet", flat=True)) == {"Valley Herald (test feed)"}
