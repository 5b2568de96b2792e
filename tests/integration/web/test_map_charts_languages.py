"""Issue 11 items 5-7 without a browser: the shipped map layers, chart layout rules, the Russian
catalogue (complete, compiled by our own .mo writer) and the interface language per request."""

from __future__ import annotations

import gettext
import io
import json
from pathlib import Path

import pytest

from protest_tracker import codebook, codebook_i18n
from protest_tracker.i18n import LOCALE_DIR, compile_catalogs, mo_bytes, parse_po
from protest_tracker.web import palette, svg

pytestmark = pytest.mark.django_db
PO = LOCALE_DIR / "ru" / "LC_MESSAGES" / "django.po"


def test_basemap_layers_are_small_local_and_attributed(client):
    response = client.get("/basemap.geojson")
    assert response["Content-Type"] == "application/geo+json" and len(response.content) < 300_000
    data = json.loads(response.content)
    layers = {f["properties"]["layer"] for f in data["features"]}
    assert layers == {"land", "lake", "river", "region", "place"}
    places = {f["properties"]["name"]: f["properties"] for f in data["features"] if f["properties"]["layer"] == "place"}
    assert places["Almaty"]["name_ru"] == "Алматы" and places["Astana"]["rank"] == 1
    assert places["Bishkek"]["country"] == "KG"
    for feature in data["features"]:  # clipped to Central Asia plus a margin
        points = json.dumps(feature["geometry"]["coordinates"])
        numbers = [float(n) for n in points.replace("[", " ").replace("]", " ").replace(",", " ").split()]
        assert all(40 < x < 95 for x in numbers[0::2]) and all(30 < y < 60 for y in numbers[1::2])
    assert "Natural Earth" in data["attribution"] and "GeoNames" in data["attribution"]


def test_event_types_differ_by_shape_and_colour_blind_safe_colour():
    styles = {code: (palette.colours("event_types")[code], palette.shape("event_types", code))
              for code in codebook.EVENT_TYPES.codes}
    assert len(set(styles.values())) == len(styles)  # no two types look the same
    assert len({styles[c][1] for c in ("picket", "sit_in", "road_blockade")}) == 3
    assert {item["shape"] for item in palette.legend("state_responses")} == {"triangle", "circle"}


def test_chart_labels_never_overlap_and_stay_inside():
    texts = {i: "Sep 2024" for i in range(0, 40)}
    placed = svg.placed_labels({i: 10 + i * 14 for i in texts}, texts, width=570)
    spans = [(x - svg.text_width(t) / 2 if a == "middle" else x if a == "start" else x - svg.text_width(t),
              t) for x, a, t in placed]
    lefts = [left for left, _ in spans]
    assert len(placed) < len(texts) and lefts == sorted(lefts)
    assert all(b - a >= svg.text_width("Sep 2024") for a, b in zip(lefts, lefts[1:], strict=False))
    assert all(left >= 0 and left + svg.text_width(t) <= 570 for left, t in spans)
    chart = svg.bar_chart(labels={0: "Jan", 5: "Feb"}, count=6, title="T", stacks=[svg.Series("s", "#000000", [1] * 6)])
    assert chart.count('class="axis-title"') == 2 and 'font-size="13"' in chart
    bars = svg.hbar_chart(rows=[("Workers", 3, "#000000", "3")], title="Who", x_label="events")
    assert 'class="axis-title"' in bars


def test_every_codebook_value_has_a_russian_label():
    for vocabulary in (v for v in vars(codebook).values() if isinstance(v, codebook.Vocabulary)):
        missing = set(vocabulary.codes) - set(codebook_i18n.LABELS_RU.get(vocabulary.name, {}))
        assert not missing, f"{vocabulary.name}: {sorted(missing)}"
    assert codebook_i18n.label(codebook.EVENT_TYPES, "picket", language="ru") == "Пикет"
    assert codebook_i18n.label(codebook.EVENT_TYPES, "sit_in", language="kk") == "Sit-in / occupation"  # no Kazakh label: English


def test_russian_catalogue_is_complete_and_compiles_like_msgfmt():
    catalog = parse_po(PO.read_text(encoding="utf-8"))
    untranslated = [key for key, value in catalog.items() if key and not all(value.split("\x00"))]
    assert untranslated == []
    translations = gettext.GNUTranslations(io.BytesIO(mo_bytes(catalog)))
    assert translations.gettext("Dashboard") == "Обзор"
    assert translations.ngettext("%(counter)s event", "%(counter)s events", 3) == "%(counter)s события"
    assert translations.ngettext("%(counter)s event", "%(counter)s events", 11) == "%(counter)s событий"
    assert all(isinstance(path, Path) and path.stat().st_size > 1000 for path in compile_catalogs())


def test_the_interface_follows_the_language_cookie_or_the_browser(client, make):
    compile_catalogs()
    make.make_event(event_type="picket")
    assert "Protest events in Central Asia" in client.get("/").content.decode()
    page = client.get("/", HTTP_ACCEPT_LANGUAGE="ru").content.decode()
    assert "Протестные события в Центральной Азии" in page and 'lang="ru"' in page
    points = client.get("/map.geojson", HTTP_ACCEPT_LANGUAGE="ru").json()
    assert points["features"][0]["properties"]["label"] == "Пикет"
    response = client.post("/i18n/setlang/", {"language": "ru", "next": "/events"})
    assert response.status_code == 302 and response.url == "/events"
    assert "Нет опубликованных событий" not in client.get("/events").content.decode()  # one event is listed
    assert "Скачать" in client.get("/events").content.decode()
    exported = b"".join(client.get("/events.csv").streaming_content).decode()
    assert "picket" in exported and "Пикет" not in exported  # exports keep codes, whatever the interface language
