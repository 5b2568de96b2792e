"""Place and date keys for linking: folded city names, distances, day intervals (stdlib only).

Linking compares places by GeoNames id when both reports carry one (see
:func:`protest_tracker.linking.similarity.same_settlement`), else by a *folded*
city key (case, diacritics, hyphens and spaces removed; a few well-known variants
mapped to one name) and, when both reports carry coordinates, by great-circle distance. Dates become closed
intervals of proleptic ordinals so that day, week and month precision compare
with one rule.
"""

from __future__ import annotations

import calendar
import datetime as dt
import math
import unicodedata

#: Folded variant -> folded conventional name. Facts about names, not a gazetteer:
#: the pipeline resolves places; this only absorbs the variants reports still carry.
CITY_VARIANTS: dict[str, str] = {
    "almaata": "almaty",
    "алматы": "almaty",
    "алмаата": "almaty",
    "nursultan": "astana",
    "нурсултан": "astana",
    "астана": "astana",
    "akmola": "astana",
    "tselinograd": "astana",
    "uralsk": "oral",
    "уральск": "oral",
    "орал": "oral",
    "khorugh": "khorog",
    "хорог": "khorog",
    "novyuzen": "zhanaozen",
    "жанаозен": "zhanaozen",
    "жаңаөзен": "zhanaozen",
    "janaozen": "zhanaozen",
    "zhanaozen": "zhanaozen",
    "бишкек": "bishkek",
    "frunze": "bishkek",
    "ташкент": "tashkent",
    "toshkent": "tashkent",
    "душанбе": "dushanbe",
    "нукус": "nukus",
    "nukus": "nukus",
    "shymkent": "shymkent",
    "chimkent": "shymkent",
    "шымкент": "shymkent",
    "ошь": "osh",
    "ош": "osh",
    "jalalabad": "jalalabad",
    "djalalabad": "jalalabad",
    "khujand": "khujand",
    "khodjent": "khujand",
    "leninabad": "khujand",
    "aktau": "aktau",
    "shevchenko": "aktau",
    "ақтау": "aktau",
    "актау": "aktau",
}

#: Two coordinates closer than this (km) count as the same place when the city names differ.
SAME_PLACE_KM = 20.0


def fold(text: str | None) -> str:
    """Lower-case ``text`` without diacritics, spaces, hyphens, apostrophes or dots."""
    if not text:
        return ""
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    kept = []
    for char in decomposed:
        if unicodedata.combining(char) and char not in "\u0306\u0308":
            continue
        if char.isalnum():
            kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept))


def city_key(city: str | None) -> str:
    """The folded, variant-merged key of a city name ('' when there is none)."""
    folded = fold(city)
    return CITY_VARIANTS.get(folded, folded)


def distance_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres (haversine)."""
    phi1, phi2 = math.radians(lat1), math.radians(lat2)
    dphi = phi2 - phi1
    dlmb = math.radians(lon2 - lon1)
    a = math.sin(dphi / 2) ** 2 + math.cos(phi1) * math.cos(phi2) * math.sin(dlmb / 2) ** 2
    return 2 * 6371.0088 * math.asin(min(1.0, math.sqrt(a)))


def parse_day(value: str | None) -> dt.date | None:
    """A ``YYYY-MM-DD`` string as a date; ``None`` when absent or not a full date."""
    if not value or len(value) < 10:
        return None
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def day_interval(date: str | None, precision: str | None, end_date: str | None = None) -> tuple[int, int] | None:
    """The closed interval of day ordinals a reported date stands for, or ``None`` when undated.

    ``day`` -> that day (to ``end_date`` when given); ``week`` -> seven days from the date;
    ``month`` (or a ``YYYY-MM`` value) -> the whole month; ``year`` -> the whole year.
    """
    if not date:
        return None
    precision = precision or "day"
    try:
        if len(date) == 4 or precision == "year":
            year = int(date[:4])
            return dt.date(year, 1, 1).toordinal(), dt.date(year, 12, 31).toordinal()
        if len(date) == 7 or precision == "month":
            year, month = int(date[:4]), int(date[5:7])
            last = calendar.monthrange(year, month)[1]
            return dt.date(year, month, 1).toordinal(), dt.date(year, month, last).toordinal()
        start = dt.date.fromisoformat(date[:10]).toordinal()
    except ValueError:
        return None
    if precision == "week":
        return start, start + 6
    end = parse_day(end_date)
    if end is not None and end.toordinal() >= start:
        return start, end.toordinal()
    return start, start


def interval_gap(a: tuple[int, int], b: tuple[int, int]) -> int:
    """Days between two closed intervals (0 when they overlap)."""
    if a[1] < b[0]:
        return b[0] - a[1]
    if b[1] < a[0]:
        return a[0] - b[1]
    return 0
