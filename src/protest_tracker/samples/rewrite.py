"""Templates for rewriting the sample corpus: where its texts name cities, dates, years and numbers.

:func:`template_of` cuts a text once into literal pieces and *slots*; filling a
template (:mod:`protest_tracker.samples.synthetic`) puts another city of the
same country, a shifted date, a shifted year or a scaled number into each slot.
Cities are the shipped gazetteer's (towns of 20,000+ people): an English
(Latin) text is matched on the gazetteer's Latin spellings, a Cyrillic one on
its Russian-letter spellings followed by a short case ending (``Бишкеке``,
``Астане``), and a replacement keeps that ending on a city whose name ends the
same way (consonant, ``-а``/``-я``, or an indeclinable vowel).
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from difflib import SequenceMatcher
from functools import cache, partial
from importlib import resources

from protest_tracker.pipeline.places.rules import transliterate

RU_MONTHS = ("января", "февраля", "марта", "апреля", "мая", "июня", "июля", "августа", "сентября",
             "октября", "ноября", "декабря")
EN_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September",
             "October", "November", "December")
RUSSIAN = set("абвгдеёжзийклмнопрстуфхцчшщъыьэюя-")
CYRILLIC_LANGUAGES = ("ru", "kk", "ky")


@dataclass(frozen=True, slots=True)
class City:
    country: str
    latin: str
    cyrillic: str

    def kind(self) -> str:
        """How a Russian case ending attaches: ``a`` (stem + ending), ``c`` (name + ending), ``v`` (none)."""
        last = self.cyrillic[-1:]
        return "a" if last in "ая" else "v" if last in "иоуыэюе" else "c"

    def stem(self) -> str:
        return self.cyrillic[:-1] if self.kind() == "a" else self.cyrillic


@dataclass(frozen=True, slots=True)
class Slot:
    """A place in a template: ``kind`` is city, ru_date, en_date, year or number."""

    kind: str
    city: City | None = None
    ending: str = ""
    month: int = 0
    day: int = 0
    year: int = 0
    number: int = 0
    order: str = ""  # en_date: "md" (February 4) or "dm" (4 February)
    written: str = ""  # the text the slot replaces (kept when no replacement fits)
    shape: str = ""  # city: how the written word takes its ending (see City.kind)


def _cap(key: str) -> str:
    return "-".join(part[:1].upper() + part[1:] for part in " ".join(
        w[:1].upper() + w[1:] for w in key.split(" ")).split("-"))


@cache
def gazetteer_cities(min_population: int = 20_000) -> tuple[tuple[City, ...], dict[str, City], dict[str, City]]:
    """The gazetteer's towns: (cities, Latin spelling → city, Cyrillic spelling → city)."""
    folder = resources.files("protest_tracker") / "data"
    places: dict[int, tuple[str, str]] = {}
    for line in (folder / "gazetteer_places.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        cols = line.split("\t")
        if cols[1] == "city" and cols[10].isdigit() and int(cols[10]) >= min_population:
            places[int(cols[0])] = (cols[2], cols[3])
    latin: dict[int, list[str]] = {}
    cyrillic: dict[int, list[str]] = {}
    for line in (folder / "gazetteer_names.tsv").read_text(encoding="utf-8").splitlines()[1:]:
        key, _, ids = line.partition("\t")
        first = int(ids.split(",")[0].split()[0])
        if first not in places or len(key) < 4:
            continue
        if set(key) <= RUSSIAN | {" "}:
            cyrillic.setdefault(first, []).append(_cap(key))
        elif key.isascii() and key.replace(" ", "").replace("-", "").isalpha():
            latin.setdefault(first, []).append(_cap(key))
    cities: list[City] = []
    by_latin: dict[str, City] = {}
    by_cyrillic: dict[str, City] = {}
    for ident in sorted(set(cyrillic) & set(latin)):
        country, name = places[ident]
        best = max(cyrillic[ident], key=partial(_likeness_key, latin=name))
        if "-" in name:  # the gazetteer's keys spell Tash-Kumyr "таш кумыр"
            best = best.replace(" ", "-")
        city = City(country, name, best)
        cities.append(city)
        for spelling in [name, *latin[ident]]:
            by_latin.setdefault(spelling, city)
        for spelling in cyrillic[ident]:
            by_cyrillic.setdefault(spelling, city)
    return tuple(cities), by_latin, by_cyrillic


def _likeness(cyrillic: str, latin: str) -> float:
    return SequenceMatcher(None, transliterate(cyrillic).lower(), latin.lower()).ratio()


def _likeness_key(cyrillic: str, *, latin: str) -> tuple[float, str]:
    """Sort key of a Cyrillic spelling: how like the Latin name it reads, then the spelling."""
    return _likeness(cyrillic, latin), cyrillic


@cache
def _patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    _, by_latin, by_cyrillic = gazetteer_cities()
    months_ru = "|".join(RU_MONTHS)
    months_en = "|".join(EN_MONTHS)
    common = (rf"(?P<ru_date>\b(?P<rd>[0-3]?\d) (?P<rm>{months_ru})\b)"
              rf"|(?P<en_md>\b(?P<em>{months_en}) (?P<ed>[0-3]?\d)\b)"
              rf"|(?P<en_dm>\b(?P<ed2>[0-3]?\d) (?P<em2>{months_en})\b)"
              r"|(?P<year>\b(?:199\d|20[0-3]\d)\b)|(?P<number>\b[1-9]\d{1,3}\b)")
    names_latin = "|".join(sorted(map(re.escape, by_latin), key=len, reverse=True))
    stems = sorted({c.stem() if spelling == c.cyrillic else spelling for spelling, c in by_cyrillic.items()},
                   key=len, reverse=True)
    latin = re.compile(rf"{common}|(?P<city>\b(?:{names_latin})\b)")
    cyr = re.compile(rf"{common}|(?P<city>\b(?:{'|'.join(map(re.escape, stems))})(?P<end>[а-яё]{{0,3}})\b)")
    return latin, cyr


def template_of(text: str, *, language: str | None, year: int) -> list[str | Slot]:
    """``text`` as literal pieces and :class:`Slot`s (``year``: the year of its publication)."""
    _, by_latin, by_cyrillic = gazetteer_cities()
    stems = {c.stem(): c for c in by_cyrillic.values()}
    cyrillic = language in CYRILLIC_LANGUAGES
    pattern = _patterns()[1 if cyrillic else 0]
    parts: list[str | Slot] = []
    position = 0
    for match in pattern.finditer(text):
        slot = _slot(match, cyrillic=cyrillic, year=year, by_latin=by_latin, by_cyrillic=by_cyrillic, stems=stems)
        if slot is None:
            continue
        parts += [text[position:match.start()], slot]
        position = match.end()
    parts.append(text[position:])
    return parts


def _slot(match: re.Match[str], *, cyrillic: bool, year: int, by_latin: dict[str, City],
          by_cyrillic: dict[str, City], stems: dict[str, City]) -> Slot | None:
    group = match.lastgroup
    found = match.groupdict()
    if found["ru_date"]:
        return _date("ru_date", year, RU_MONTHS.index(found["rm"]) + 1, int(found["rd"]))
    if found["en_md"]:
        return _date("en_date", year, EN_MONTHS.index(found["em"]) + 1, int(found["ed"]), order="md")
    if found["en_dm"]:
        return _date("en_date", year, EN_MONTHS.index(found["em2"]) + 1, int(found["ed2"]), order="dm")
    if found["year"]:
        return Slot("year", year=int(found["year"]))
    if found["number"]:
        return Slot("number", number=int(found["number"]))
    if group in ("city", "end") and found["city"]:
        written = found["city"]
        if not cyrillic:
            return Slot("city", city=by_latin[written], written=written)
        ending = found["end"] or ""
        word = written[:len(written) - len(ending)]
        if written in by_cyrillic:  # the name as listed (nominative)
            return Slot("city", city=by_cyrillic[written], written=written)
        city = by_cyrillic.get(word) or stems.get(word)
        if city is None:
            return None
        shape = "a" if word in stems and word not in by_cyrillic else City("", "", word).kind()
        return Slot("city", city=city, ending=ending, written=written, shape=shape)
    return None


def _date(kind: str, year: int, month: int, day: int, *, order: str = "") -> Slot | None:
    try:
        dt.date(year, month, day)
    except ValueError:
        return None
    return Slot(kind, year=year, month=month, day=day, order=order)
