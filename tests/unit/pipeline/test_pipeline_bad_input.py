"""Bad input never crashes the pipeline and is never lost."""

from __future__ import annotations

from protest_tracker.pipeline.runner import article_from_record, output_record


def test_empty_and_junk_text_are_dropped_with_a_reason(extract):
    assert extract("").dropped == "empty_text"
    assert extract("   \n\t ").dropped == "empty_text"
    junk = bytes(range(256)).decode("latin-1") * 40
    assert extract("\x00\x01\x02\x03\x04\x05" * 200 + junk).dropped == "binary_or_junk"


def test_huge_article_is_processed_in_part(extract):
    filler = "Погода в городе остаётся тёплой, в парках много людей. " * 100_000
    article = extract("12 июня в Атырау прошёл митинг жителей у здания акимата. " + filler,
                      published="2022-06-13", language="ru")
    assert len(article.text) > 5_000_000
    assert "processed_in_part" in article.flags
    assert [(e.city, e.date) for e in article.events] == [("Atyrau", "2022-06-12")]


def test_missing_or_malformed_published_and_mixed_scripts(extract):
    record = {"id": "x", "text": "Митинг в Бишкеке прошёл 3 марта 2021 года. Protesters shouted «Кет!» and left.",
              "published": "yesterday-ish"}
    article = article_from_record(record)
    assert article.published is None and "published_malformed" in article.flags
    processed = extract(record["text"], published=None)
    assert [(e.city, e.date) for e in processed.events] == [("Bishkek", "2021-03-03")]


def test_unknown_language_is_marked_and_processed_as_far_as_possible(extract):
    article = extract("Am Samstag protestierten Hunderte Menschen in Almaty gegen die Regierung.",
                      published="2022-01-10")
    assert article.language == "de" and "language_unknown" in article.flags
    assert article.dropped is None


def test_output_record_keeps_dropped_articles(extract):
    article = extract("")
    record = output_record(article, pipeline_version="default/1+x")
    assert record == {"id": "t1", "events": [], "dropped": "empty_text", "pipeline_version": "default/1+x"}


def test_record_without_id_gets_a_stable_one():
    article = article_from_record({"text": "Some text", "url": "https://example.org/a?utm_source=x"})
    assert article.id.startswith("u") and article_from_record({"text": "Some text"}).id.startswith("t")
