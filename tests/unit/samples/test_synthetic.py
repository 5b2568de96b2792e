"""The synthetic-article generator: rewritten (not copied) reports, all different, the same for a seed."""

from __future__ import annotations

import datetime as dt
import json
import re
from itertools import islice

from protest_tracker.pipeline.runner import article_from_record
from protest_tracker.samples import iter_input_records
from protest_tracker.samples.rewrite import RU_MONTHS, Slot, gazetteer_cities, template_of
from protest_tracker.samples.synthetic import synthetic_articles, write_synthetic


def test_articles_are_distinct_and_none_is_a_sample_verbatim():
    samples = {r["id"]: r for r in iter_input_records()}
    articles = list(synthetic_articles(3000, seed=5))
    texts = [a["text"] for a in articles]
    assert len(set(texts)) == len(texts)
    assert len({a["id"] for a in articles}) == len(articles)
    assert not set(texts) & {r["text"] for r in samples.values()}
    assert not {a["title"] for a in articles[:200]} <= {r["title"] for r in samples.values()}
    assert len({a["rewritten_from"] for a in articles}) == len(samples)  # every report is used
    # rewritten, not just signed: most articles also moved their city or dates
    moved = sum(a["published"] != samples[a["rewritten_from"]]["published"] for a in articles)
    assert moved == len(articles)
    changed_lead = sum(a["text"].split("\n\n")[0] != samples[a["rewritten_from"]]["text"].split("\n\n")[0]
                       for a in articles)
    assert changed_lead > 0.6 * len(articles)


def test_same_seed_same_articles_other_seed_other_articles():
    first = list(synthetic_articles(300, seed=11))
    assert first == list(synthetic_articles(300, seed=11))
    other = list(synthetic_articles(300, seed=12))
    assert [a["text"] for a in first] != [a["text"] for a in other]
    assert list(islice(synthetic_articles(10**9, seed=11), 300)) == first  # lazy: nothing built ahead


def test_articles_are_valid_exchange_input(tmp_path):
    path = tmp_path / "syn.jsonl"
    size = write_synthetic(path, count=200, seed=2)
    lines = path.read_text(encoding="utf-8").splitlines()
    assert len(lines) == 200 and size == path.stat().st_size
    for record in map(json.loads, lines):
        article = article_from_record(record)
        assert article.flags == () and article.text and article.published
        assert dt.date(2010, 1, 1) < article.published < dt.date(2030, 1, 1)


def test_a_russian_city_keeps_its_case_ending_and_dates_shift_together():
    cities, by_latin, by_cyrillic = gazetteer_cities()
    bishkek = by_latin["Bishkek"]
    assert bishkek.country == "KG" and bishkek.cyrillic == "Бишкек"
    template = template_of("Бишкек. 4 февраля. Около 40 жителей Бишкека вышли на площадь в 2021 году.",
                           language="ru", year=2021)
    slots = [p for p in template if isinstance(p, Slot)]
    assert [s.kind for s in slots] == ["city", "ru_date", "number", "city", "year"]
    assert slots[3].ending == "а" and slots[3].city == bishkek
    assert (slots[1].month, slots[1].day) == (2, 4)
    # every generated Russian article names its dates with a real month name
    for article in islice((a for a in synthetic_articles(500, seed=3) if a["language"] == "ru"), 50):
        for day, month in re.findall(r"\b(\d{1,2}) ([а-я]+ря|[а-я]+ля|[а-я]+та|мая|июня|июля|августа)\b",
                                     article["text"]):
            assert month in RU_MONTHS and 1 <= int(day) <= 31
