"""Invented news articles for load tests and benchmarks (``process`` over thousands of articles).

Every text is made here from short templates in our own words (Russian and English); nothing
comes from a real article. Cities are the gazetteer's own (towns of 40,000+ people in the five
countries, with the Cyrillic spelling the gazetteer knows), dates spread over 2019-2024, and
the mix mimics a feed: one-off protests, an event reported again by a second outlet a day
later, daily pickets that repeat in one city, and a share of articles about no protest at all.

    from article_generator import generate_articles
    records = generate_articles(2000, seed=7)   # ingest-file records (id, text, published, ...)
"""

from __future__ import annotations

import datetime as dt
import random
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache
from importlib import resources

from protest_tracker.pipeline.places.rules import transliterate

RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
             "октября", "ноября", "декабря")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
START = dt.date(2019, 1, 1)
DAYS = 6 * 365
#: Letters a Russian-language report would spell a city with (no Kazakh/Tajik extras).
RUSSIAN = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя -")

WHO = (("рабочие местного завода", "workers of the local plant"),
       ("жители микрорайона", "residents of a housing estate"),
       ("многодетные матери", "mothers of large families"),
       ("предприниматели городского рынка", "traders of the city market"),
       ("фермеры района", "farmers of the district"),
       ("водители автобусов", "bus drivers"),
       ("дольщики недостроенного дома", "buyers of flats in an unfinished block"))
WHY = (("требовали выплатить долги по зарплате", "demanding unpaid wages"),
       ("выступали против повышения тарифов на отопление", "protesting against higher heating tariffs"),
       ("требовали выделить им жилье", "demanding housing"),
       ("протестовали против изъятия земли", "protesting against the seizure of their land"),
       ("требовали отремонтировать дорогу", "demanding that the road be repaired"),
       ("выступали против закрытия рынка", "protesting against the closure of the market"))
WHAT = (("вышли на митинг", "held a rally"), ("провели пикет", "picketed the town hall"),
        ("объявили забастовку", "went on strike"), ("перекрыли дорогу", "blocked a road"))
THEN = (("Полиция задержала {n} участников.", "Police detained {n} participants."),
        ("К протестующим вышел заместитель акима и пообещал разобраться.",
         "A deputy governor came out to the protesters and promised to look into it."),
        ("Акция прошла мирно, полиция не вмешивалась.", "The protest was peaceful; police did not intervene."))
OUTLETS = ("Вестник Степи", "Ночной курьер", "Steppe Wire", "Valley Herald", "Регион-Инфо", "Open Asia Desk")
QUIET = (("В городе {city} открылась новая библиотека, на церемонии выступили школьники.",
          "A new library opened in {city}; schoolchildren performed at the ceremony."),
         ("Синоптики обещают в городе {city} снег и гололед до конца недели.",
          "Forecasters expect snow and ice in {city} until the end of the week."))


@dataclass(frozen=True, slots=True)
class City:
    country: str
    en: str
    ru: str


def _likeness(a: str, b: str) -> float:
    return SequenceMatcher(None, a.lower(), b.lower()).ratio()


@cache
def gazetteer_cities(min_population: int = 40_000) -> tuple[City, ...]:
    """Towns of the shipped gazetteer with their English and (Russian-letter) Cyrillic names."""
    folder = resources.files("protest_tracker") / "data"
    places: dict[int, tuple[str, str, int]] = {}
    for line in (folder / "gazetteer_places.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if cols[1] == "city" and cols[10].isdigit() and int(cols[10]) >= min_population:
            places[int(cols[0])] = (cols[2], cols[3], int(cols[10]))
    spellings: dict[int, list[str]] = {}
    for line in (folder / "gazetteer_names.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        key, _, ids = line.partition("\t")
        first = int(ids.split(",")[0].split()[0])
        if first in places and set(key) <= RUSSIAN and any(c.isalpha() for c in key):
            spellings.setdefault(first, []).append("-".join(part.capitalize() for part in key.split("-")))
    # the Cyrillic spelling closest to the English name (Нукус rather than the Karakalpak Ноқис)
    cyrillic = {i: max(names, key=lambda n, i=i: (_likeness(transliterate(n), places[i][1]), n))
                for i, names in spellings.items()}
    return tuple(City(places[i][0], places[i][1], " ".join(w.capitalize() for w in cyrillic[i].split()))
                 for i in sorted(cyrillic))


def _protest(rnd: random.Random, *, city: City, day: dt.date, lang: str, seed: tuple[int, ...]) -> tuple[str, str]:
    who, why, what, then = (pool[i] for pool, i in zip((WHO, WHY, WHAT, THEN), seed, strict=True))
    size = rnd.choice((15, 30, 40, 60, 100, 150, 200, 300, 500))
    detained = rnd.randint(2, 12)
    pick = 0 if lang == "ru" else 1
    if lang == "ru":
        date = f"{day.day} {RU_MONTHS[day.month - 1]}"
        title = f"В городе {city.ru} {who[0]} {what[0]}"
        text = (f"{city.ru}, {date}. Около {size} человек — {who[0]} — {what[0]} в центре города {city.ru}. "
                f"Участники {why[0]}. ")
    else:
        date = f"{day.day} {EN_MONTHS[day.month - 1]} {day.year}"
        title = f"{who[1].capitalize()} {what[1]} in {city.en}"
        text = (f"{city.en}, {date}. About {size} {who[1]} {what[1]} in the centre of {city.en}, "
                f"{why[1]}. ")
    return title, text + then[pick].format(n=detained)


def generate_articles(count: int, *, seed: int = 7) -> list[dict]:
    """``count`` invented articles as ingest-file records (ids ``gen-000001`` …), in a fixed order."""
    rnd = random.Random(seed)
    cities = gazetteer_cities()
    records: list[dict] = []
    recent: list[tuple[City, dt.date, tuple[int, ...]]] = []
    for n in range(1, count + 1):
        lang = "ru" if rnd.random() < 0.6 else "en"
        roll = rnd.random()
        if roll < 0.1:  # no protest: dropped by the pipeline
            city, day = rnd.choice(cities), START + dt.timedelta(days=rnd.randrange(DAYS))
            title, text = "Новости города" if lang == "ru" else "City news", rnd.choice(QUIET)[lang != "ru"]
            text = text.format(city=city.ru if lang == "ru" else city.en)
        else:
            if roll < 0.35 and recent:  # the same event again, or the next day of a picket
                city, day, shape = rnd.choice(recent[-50:])
                day += dt.timedelta(days=rnd.choice((0, 0, 1)))
            else:
                city, day = rnd.choice(cities), START + dt.timedelta(days=rnd.randrange(DAYS))
                shape = (rnd.randrange(len(WHO)), rnd.randrange(len(WHY)), rnd.randrange(len(WHAT)),
                         rnd.randrange(len(THEN)))
                recent.append((city, day, shape))
            title, text = _protest(rnd, city=city, day=day, lang=lang, seed=shape)
        published = day + dt.timedelta(days=rnd.choice((0, 0, 1)))
        records.append({
            "id": f"gen-{n:06d}", "url": f"https://news.example/{lang}/{n:06d}", "title": title,
            "text": f"{text} (#{n})", "language": lang, "published": published.isoformat(),
            "outlet": rnd.choice(OUTLETS), "source_type": "independent",
        })
    return records
