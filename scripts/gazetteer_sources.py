"""Readers for the build-time inputs of ``build_gazetteer.py`` (curated tables, name choice)."""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from protest_tracker.pipeline.places.names import fold

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


#: administrative words GeoNames' Uzbek records put after a town's name ("Chimboy Shahri": the town
#: of Chimboy), folded
UZBEK_ADMIN_WORDS = ("shahri", "shaharchasi", "shahar", "qishlogi", "tumani")


def uzbek_town_name(row: dict) -> str | None:
    """The conventional name of a record named "X Shahri" (and the like): its Russian name "Gorod
    X" where GeoNames holds one (Chimboy Shahri -> Chimbay, Mo‘ynoq Shahri -> Muynak), else X with
    the Russian "kh" for Uzbek "x" where GeoNames holds that spelling (Paxtakor -> Pakhtakor), else
    X. ``None`` for a name without such a word."""
    words = row["name"].split()
    if len(words) < 2 or fold(words[-1]) not in UZBEK_ADMIN_WORDS:
        return None
    for alternate in row["alternatenames"]:
        if alternate.startswith("Gorod ") and alternate.isascii():
            return alternate.removeprefix("Gorod ").rstrip("'’")
    bare = " ".join(words[:-1])
    latin = {v.lower(): v for v in row["alternatenames"] if v.isascii()}
    return latin.get(bare.lower().replace("x", "kh"), bare)


def english_city_name(row: dict) -> str:
    """A conventional English name: the Latin variant that matches the Russian name, else GeoNames'
    (an Uzbek "X Shahri" record's without the administrative word, see :func:`uzbek_town_name`)."""
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
    return uzbek_town_name(row) or primary



#: words that, after a district's name, make the district's key ("Кордай ауданы", "Korday district")
DISTRICT_WORDS = ("ауданы", "аудан", "району", "район", "district", "rayon", "audany")
_HOMOGLYPHS = str.maketrans("AaEeOoCcPpXxKkMHTB", "АаЕеОоСсРрХхКкМНТВ")
_RU_ADJECTIVE = ("ский", "цкий", "ный", "ной", "ий", "ый", "ой")


def _cyrillic_name(name: str) -> str:
    """geokz writes a few Russian names with a Latin capital (``Aршалинский``)."""
    return name.translate(_HOMOGLYPHS) if any("\u0400" <= ch <= "\u04ff" for ch in name) else name


def district_names(props: dict) -> list[str]:
    """Name keys of a Kazakh district (rayon): always with a district word, never the bare name."""
    russian, kazakh, english = _cyrillic_name(props["ADM2_RU"]), props["ADM2_KK"], props["ADM2_EN"]
    names = []
    if russian.endswith(_RU_ADJECTIVE):  # "Кордайский" -> the key form "кордайская район"
        names.append(f"{russian[:-2]}ая район")
    else:
        names.extend(f"{russian} {word}" for word in ("район", "району"))
    names.extend(f"{kazakh} {word}" for word in ("ауданы", "аудан", "району", "район"))
    names.extend(f"{english} {word}" for word in ("district", "rayon", "audany"))
    return names


def is_district(props: dict) -> bool:
    """A rayon, not a city of regional significance (KATO's second pair is 30+ for districts)."""
    russian = _cyrillic_name(props["ADM2_RU"])
    return russian.endswith(_RU_ADJECTIVE) or int(str(props["KATO"])[2:4]) >= 30


def centroid(geometry: dict) -> tuple[float, float]:
    """(lat, lon): the mean vertex of the largest outer ring (good enough for a district)."""
    polygons = geometry["coordinates"] if geometry["type"] == "MultiPolygon" else [geometry["coordinates"]]
    ring = max((polygon[0] for polygon in polygons), key=len)
    return sum(p[1] for p in ring) / len(ring), sum(p[0] for p in ring) / len(ring)


@dataclass(frozen=True)
class SiteRow:
    """A curated oil/gas field, mine, reservoir, border post (``site``) or settlement."""

    kind: str
    country: str
    english: str
    admin1: str
    latitude: float
    longitude: float
    names: tuple[str, ...]


def load_sites() -> list[SiteRow]:
    rows = []
    for kind, country, english, admin1, coords, names in read_curated_tsv("sites.tsv"):
        lat, lon = (float(v) for v in coords.split(","))
        rows.append(SiteRow(kind, country, english, admin1, lat, lon, _split(names)))
    return rows
