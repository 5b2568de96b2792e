"""Readers for the build-time inputs of ``build_gazetteer.py`` (curated tables, name choice)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from protest_tracker.pipeline.geo_names import fold

CURATED = Path(__file__).resolve().parent / "gazetteer_curated"

_RU_TO_LATIN = {
    "а": "a",
    "б": "b",
    "в": "v",
    "г": "g",
    "д": "d",
    "е": "e",
    "ж": "zh",
    "з": "z",
    "и": "i",
    "й": "y",
    "к": "k",
    "л": "l",
    "м": "m",
    "н": "n",
    "о": "o",
    "п": "p",
    "р": "r",
    "с": "s",
    "т": "t",
    "у": "u",
    "ф": "f",
    "х": "kh",
    "ц": "ts",
    "ч": "ch",
    "ш": "sh",
    "щ": "shch",
    "ъ": "",
    "ы": "y",
    "ь": "",
    "э": "e",
    "ю": "yu",
    "я": "ya",
    "-": "-",
    " ": " ",
}


@dataclass(frozen=True)
class PlaceRow:
    """One row of ``gazetteer_places.tsv``."""

    kind: str
    country: str
    city: str | None
    region: str | None
    admin1: str | None
    latitude: float | None
    longitude: float | None
    precision: int
    geonameid: int | None
    population: int

    def cells(self) -> list[str]:
        def text(value: object) -> str:
            return "" if value is None else str(value)

        return [
            self.kind,
            self.country,
            text(self.city),
            text(self.region),
            text(self.admin1),
            text(None if self.latitude is None else round(self.latitude, 5)),
            text(None if self.longitude is None else round(self.longitude, 5)),
            str(self.precision),
            text(self.geonameid),
            str(self.population),
        ]


@dataclass(frozen=True)
class RegionRow:
    admin1: str
    english: str
    capital: str
    standalone: tuple[str, ...]
    with_word: tuple[str, ...]
    adjectives: tuple[str, ...]

    def capital_coordinates(
        self, places: list[PlaceRow], by_city: dict[tuple[str, str | None], int]
    ) -> tuple[float, float]:
        if "," in self.capital:
            lat, lon = (float(v) for v in self.capital.split(","))
            return lat, lon
        place = places[by_city[(self.admin1[:2], self.capital)]]
        assert place.latitude is not None and place.longitude is not None
        return place.latitude, place.longitude


def read_curated_tsv(name: str) -> list[list[str]]:
    """Rows of a curated TSV, comments and blank lines skipped."""
    rows = []
    for line in (CURATED / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            rows.append(line.split("\t"))
    return rows


def _split(cell: str) -> tuple[str, ...]:
    return tuple(v for v in cell.split("|") if v)


def load_regions() -> list[RegionRow]:
    return [
        RegionRow(
            admin1=r[0],
            english=r[1],
            capital=r[2],
            standalone=_split(r[3]),
            with_word=_split(r[4]),
            adjectives=_split(r[5]),
        )
        for r in read_curated_tsv("regions.tsv")
    ]


def load_curated_names() -> dict[int, tuple[str, list[str]]]:
    """geonameid -> (conventional English name, extra variants)."""
    out = {}
    for row in read_curated_tsv("city_names.tsv"):
        out[int(row[0])] = (row[1], list(_split(row[2])) if len(row) > 2 else [])
    return out


def _transliterate(russian: str) -> str:
    return "".join(_RU_TO_LATIN.get(ch, "?") for ch in russian.lower())


def english_city_name(row: dict) -> str:
    """A conventional English name: the Latin variant that matches the Russian name, else GeoNames'."""
    latin = {fold(v): v for v in row["alternatenames"] if v.isascii()}
    guesses = [
        _transliterate(v)
        for v in [row["name"], *row["alternatenames"]]
        if v and all(ch in _RU_TO_LATIN for ch in v.lower())
    ]
    primary = row["asciiname"].rstrip("'’").replace("’", "").replace("'", "") or row["name"]
    if fold(primary) in {fold(g) for g in guesses}:
        return primary
    for guess in guesses:
        chosen = latin.get(fold(guess))
        if chosen:
            return chosen if chosen[:1].isupper() else chosen.title()
    return primary
