"""The event page's SVG map: projection bounds and markup without inline styles."""

from __future__ import annotations

from protest_tracker.review.minimap import HEIGHT, WIDTH, country_paths, minimap_svg, project


def test_projection_corners_and_clamping():
    assert project(46.0, 56.0) == (0.0, 0.0)
    assert project(88.0, 35.0) == (WIDTH, HEIGHT)
    assert project(10.0, 80.0) == (0.0, 0.0)  # outside the region: clamped to the edge
    x, y = project(76.9, 43.25)  # Almaty lies in the east, south of the middle
    assert 70 < x < 76 and HEIGHT * 0.5 < y < HEIGHT * 0.7


def test_svg_has_the_five_countries_and_the_dot():
    assert {code for code, _ in country_paths()} == {"KZ", "KG", "TJ", "TM", "UZ"}
    svg = str(minimap_svg(latitude=43.25, longitude=76.9, country="KZ"))
    assert svg.startswith("<svg") and svg.count("<path") == 5 and "<circle" in svg
    assert "style=" not in svg
    assert "<circle" not in str(minimap_svg(latitude=None, longitude=None))
