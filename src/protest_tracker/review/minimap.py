"""A small server-side SVG map of the event's position on the five countries' outlines.

Outlines come from the shipped, simplified ``data/boundaries_ca.geojson`` (Natural Earth,
public domain; see data/ATTRIBUTION.md). No JavaScript, no inline styles (CSP-friendly):
the SVG uses presentation attributes only.
"""

from __future__ import annotations

import json
import math
from functools import lru_cache
from pathlib import Path

from django.utils.html import format_html
from django.utils.safestring import SafeString, mark_safe

OUTLINES = Path(__file__).resolve().parents[1] / "data" / "boundaries_ca.geojson"
WEST, EAST, SOUTH, NORTH = 46.0, 88.0, 35.0, 56.0
WIDTH = 100.0
#: Equirectangular projection squeezed by cos(mid-latitude), so shapes look right at 45° N.
HEIGHT = round(WIDTH * (NORTH - SOUTH) / ((EAST - WEST) * math.cos(math.radians((NORTH + SOUTH) / 2))), 2)


def project(longitude: float, latitude: float) -> tuple[float, float]:
    """SVG user coordinates of a point (clamped to the map)."""
    x = (longitude - WEST) / (EAST - WEST) * WIDTH
    y = (NORTH - latitude) / (NORTH - SOUTH) * HEIGHT
    return round(min(max(x, 0.0), WIDTH), 2), round(min(max(y, 0.0), HEIGHT), 2)


@lru_cache(maxsize=1)
def country_paths() -> tuple[tuple[str, str], ...]:
    """``(country code, SVG path data)`` per country; empty when the outlines file is absent."""
    if not OUTLINES.exists():
        return ()
    data = json.loads(OUTLINES.read_text(encoding="utf-8"))
    paths = []
    for feature in data.get("features", []):
        properties = feature.get("properties") or {}
        if properties.get("level") != 0:
            continue
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates", []) if geometry.get("type") == "MultiPolygon" else [geometry.get("coordinates", [])]
        parts = []
        for polygon in polygons:
            for ring in polygon[:1]:  # the outer ring is enough at this size
                points = [project(lon, lat) for lon, lat, *_ in ring]
                if len(points) > 2:
                    parts.append("M" + "L".join(f"{x},{y}" for x, y in points) + "Z")
        paths.append((str(properties.get("country", "")), "".join(parts)))
    return tuple(paths)


def minimap_svg(*, latitude: float | None, longitude: float | None, country: str = "") -> SafeString:
    """The map as inline SVG: the event's country shaded, a red dot at the position (when known)."""
    pieces = [format_html('<svg class="minimap" viewBox="0 0 {} {}" role="img" aria-label="{}">', WIDTH, HEIGHT,
                          "Position of the event in Central Asia")]
    pieces.append(format_html('<rect x="0" y="0" width="{}" height="{}" fill="#eef3f7"/>', WIDTH, HEIGHT))
    for code, path in country_paths():
        fill = "#dbe7d3" if code == country else "#f7f7f2"
        pieces.append(format_html('<path d="{}" fill="{}" stroke="#8a9aa8" stroke-width="0.25"/>', path, fill))
    if latitude is not None and longitude is not None:
        x, y = project(longitude, latitude)
        pieces.append(format_html('<circle cx="{}" cy="{}" r="1.4" fill="#c0392b" stroke="#fff" stroke-width="0.4"/>',
                                  x, y))
    pieces.append("</svg>")
    return mark_safe("".join(str(p) for p in pieces))  # noqa: S308 - built with format_html from numbers
