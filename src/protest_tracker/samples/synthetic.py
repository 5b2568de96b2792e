"""Synthetic articles for benchmarks, rewritten from the sample corpus (never verbatim copies).

Each article starts from one report of ``articles.jsonl`` (project-written) and is
rewritten: its cities become other towns of the same country from the gazetteer
(same case ending), every date and year moves by one random shift (the
publication date with them), numbers are scaled, sentences after the lead are
shuffled within their paragraph, a paragraph may be left out, one or two
paragraphs of another report in the same language may be added, and the outlet
comes from a list of invented names. The same ``seed`` gives the same articles;
articles are produced one at a time, so a million stream to a file in constant
memory::

    python -m protest_tracker.samples.synthetic --count 1000000 --seed 1 --output articles.jsonl
"""

from __future__ import annotations

import argparse
import datetime as dt
import json
import random
import re
from collections.abc import Iterator
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from typing import Any

from protest_tracker.samples import iter_input_records, iter_sample_records
from protest_tracker.samples.rewrite import (
    EN_MONTHS,
    RU_MONTHS,
    City,
    Slot,
    gazetteer_cities,
    template_of,
)

#: Invented outlet names (none is a real outlet).
OUTLETS = ("Steppe Wire", "Valley Herald", "Open Asia Desk", "Вестник Степи", "Ночной курьер",
           "Регион-Инфо", "Caspian Morning", "Тянь-Шань сегодня", "Oasis Post", "Горный край")
#: How far dates move: up to about four years either way.
MAX_SHIFT_DAYS = 1460
#: Invented bylines: (Latin, Cyrillic) given names and family names.
GIVEN = (("Aigul", "Айгуль"), ("Bakyt", "Бакыт"), ("Dilnoza", "Дильноза"), ("Erlan", "Ерлан"),
         ("Farida", "Фарида"), ("Gulnara", "Гульнара"), ("Ilyas", "Ильяс"), ("Kamila", "Камила"),
         ("Marat", "Марат"), ("Nodira", "Нодира"), ("Olzhas", "Олжас"), ("Rustam", "Рустам"),
         ("Saule", "Сауле"), ("Timur", "Тимур"), ("Zarina", "Зарина"), ("Azamat", "Азамат"),
         ("Madina", "Мадина"), ("Nurlan", "Нурлан"), ("Shakhlo", "Шахло"), ("Daniyar", "Данияр"))
FAMILY = (("Abenova", "Абенова"), ("Baiterekova", "Байтерекова"), ("Karimova", "Каримова"),
          ("Sadykova", "Садыкова"), ("Tokhtarova", "Тохтарова"), ("Umarova", "Умарова"),
          ("Yusupova", "Юсупова"), ("Zhumabaeva", "Жумабаева"), ("Alieva", "Алиева"), ("Nazarova", "Назарова"),
          ("Rakhimova", "Рахимова"), ("Ismailova", "Исмаилова"), ("Kasymova", "Касымова"),
          ("Mirzaeva", "Мирзаева"), ("Orozova", "Орозова"), ("Sultanova", "Султанова"),
          ("Temirova", "Темирова"), ("Valieva", "Валиева"), ("Ergasheva", "Эргашева"), ("Osmonova", "Осмонова"))
MALE = frozenset({"Bakyt", "Erlan", "Ilyas", "Marat", "Olzhas", "Rustam", "Timur", "Azamat", "Nurlan", "Daniyar"})
_SHIFTS = 2 * MAX_SHIFT_DAYS
_STEP = 1013  # coprime to _SHIFTS: k -> shift is a bijection on each run of _SHIFTS articles
_SENTENCE_END = re.compile(r"(?<=[.!?»])\s+(?=[A-ZА-ЯЁӘҒҚҢӨҰҮҺІ«\"])")


@dataclass(frozen=True, slots=True)
class Base:
    """One sample report, cut into templates: title and paragraphs."""

    record: dict[str, Any]
    published: dt.date
    title: list[str | Slot]
    paragraphs: list[list[str | Slot]]


def _bases() -> list[Base]:
    outlets = {r["id"]: r.get("source_type") for r in iter_sample_records()}
    bases = []
    for record in iter_input_records():
        published = dt.date.fromisoformat(record["published"])
        language, year = record.get("language"), published.year
        paragraphs = [template_of(p, language=language, year=year) for p in record["text"].split("\n\n") if p]
        record = {**record, "source_type": outlets.get(record["id"])}
        bases.append(Base(record, published, template_of(record.get("title") or "", language=language, year=year),
                          paragraphs))
    return bases


class _Rewrite:
    """The choices for one article: date shift, number scale, city replacements."""

    def __init__(self, rnd: random.Random, *, shift: int) -> None:
        self.rnd = rnd
        self.shift = dt.timedelta(days=shift)
        self.scale = rnd.uniform(0.6, 1.7)
        self.cities: dict[City, City] = {}

    def city(self, slot: Slot, *, cyrillic: bool) -> str:
        old = slot.city
        assert old is not None
        if old not in self.cities:
            shape = slot.shape or old.kind()
            options = _cities_by_country_and_kind().get((old.country, shape)) or [old]
            self.cities[old] = self.rnd.choice(options)
        new = self.cities[old]
        if not cyrillic:
            return new.latin
        if not slot.ending:
            return new.cyrillic
        return new.stem() + slot.ending if new.kind() == (slot.shape or old.kind()) else slot.written

    def fill(self, template: list[str | Slot], *, cyrillic: bool) -> str:
        out = []
        for part in template:
            if isinstance(part, str):
                out.append(part)
            elif part.kind == "city":
                out.append(self.city(part, cyrillic=cyrillic))
            elif part.kind == "year":
                out.append(str(part.year + round(self.shift.days / 365.25)))
            elif part.kind == "number":
                out.append(str(max(2, round(part.number * self.scale))))
            else:
                day = dt.date(part.year, part.month, part.day) + self.shift
                if part.kind == "ru_date":
                    out.append(f"{day.day} {RU_MONTHS[day.month - 1]}")
                elif part.order == "md":
                    out.append(f"{EN_MONTHS[day.month - 1]} {day.day}")
                else:
                    out.append(f"{day.day} {EN_MONTHS[day.month - 1]}")
        return "".join(out)


@cache
def _cities_by_country_and_kind() -> dict[tuple[str, str], list[City]]:
    grouped: dict[tuple[str, str], list[City]] = {}
    for city in gazetteer_cities()[0]:
        grouped.setdefault((city.country, city.kind()), []).append(city)
    return grouped


def _shuffled(text: str, rnd: random.Random) -> str:
    sentences = _SENTENCE_END.split(text)
    if len(sentences) > 2 and rnd.random() < 0.5:
        rnd.shuffle(sentences)
    return " ".join(sentences)


def _shift_and_byline(k: int, seed: int) -> tuple[int, int]:
    """Date shift and byline of the ``k``-th article (from 0): a different pair for every ``k`` below
    ``_SHIFTS * len(GIVEN) * len(FAMILY)`` (2.3 million), so no two articles are the same text."""
    index = ((k + seed * 7919) * _STEP) % _SHIFTS
    shift = index - MAX_SHIFT_DAYS + (index >= MAX_SHIFT_DAYS)  # -1460..-1, 1..1460
    return shift, (k // _SHIFTS + seed) % (len(GIVEN) * len(FAMILY))


def _byline(index: int, day: dt.date, *, cyrillic: bool) -> str:
    given, family = GIVEN[index % len(GIVEN)], FAMILY[index // len(GIVEN)]
    if given[0] in MALE:
        family = (family[0][:-1], family[1][:-1])  # Karimova -> Karimov
    if cyrillic:
        return f"Автор: {given[1]} {family[1]}, {day.day} {RU_MONTHS[day.month - 1]} {day.year} года."
    return f"By {given[0]} {family[0]}, {day.day} {EN_MONTHS[day.month - 1]} {day.year}."


def synthetic_articles(count: int, *, seed: int = 1) -> Iterator[dict[str, Any]]:
    """``count`` rewritten articles (exchange input records, ids ``syn-<seed>-NNNNNNN``), lazily;
    every text differs from every other and from every sample report."""
    bases = _bases()
    by_language: dict[str, list[Base]] = {}
    for base in bases:
        by_language.setdefault(base.record.get("language") or "", []).append(base)
    rnd = random.Random(seed)
    for n in range(1, count + 1):
        base = rnd.choice(bases)
        language = base.record.get("language") or ""
        cyrillic = language in ("ru", "kk", "ky")
        shift, byline = _shift_and_byline(n - 1, seed)
        rewrite = _Rewrite(rnd, shift=shift)
        first, *rest = [rewrite.fill(p, cyrillic=cyrillic) for p in base.paragraphs] or [""]
        rest = [_shuffled(p, rnd) for p in rest]
        if len(rest) > 1 and rnd.random() < 0.3:
            del rest[rnd.randrange(len(rest))]
        if rnd.random() < 0.3:  # combine: paragraphs of another report in the same language
            other = rnd.choice(by_language[language])
            extra = [rewrite.fill(p, cyrillic=cyrillic) for p in other.paragraphs[1:]]
            rest += rnd.sample(extra, min(len(extra), rnd.randint(1, 2)))
        published = base.published + rewrite.shift
        yield {
            "id": f"syn-{seed}-{n:07d}", "url": f"https://synthetic.example/{language}/{seed}/{n}",
            "title": rewrite.fill(base.title, cyrillic=cyrillic), "published": published.isoformat(),
            "language": language or None, "outlet": rnd.choice(OUTLETS),
            "source_type": base.record.get("source_type"),
            "text": "\n\n".join([first, *rest, _byline(byline, published, cyrillic=cyrillic)]),
            "rewritten_from": base.record["id"],
        }


def write_synthetic(path: Path, *, count: int, seed: int = 1) -> int:
    """Stream ``count`` synthetic articles to the JSONL file ``path``; returns the bytes written."""
    size = 0
    with Path(path).open("w", encoding="utf-8") as out:
        for record in synthetic_articles(count, seed=seed):
            line = json.dumps(record, ensure_ascii=False) + "\n"
            size += len(line.encode("utf-8"))
            out.write(line)
    return size


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description="Write synthetic articles rewritten from the sample corpus.")
    parser.add_argument("--count", type=int, required=True)
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--output", type=Path, required=True)
    args = parser.parse_args(argv)
    size = write_synthetic(args.output, count=args.count, seed=args.seed)
    print(f"{args.count} articles, {size / 1e6:.1f} MB: {args.output}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
