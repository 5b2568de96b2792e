"""A place named to say how far another one is does not host the event (texts written for these
tests)."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from protest_tracker.pipeline.places.anchors import without_distance_anchors


def _mention(text: str, surface: str, *, city: str) -> SimpleNamespace:
    start = text.index(surface)
    return SimpleNamespace(start=start, end=start + len(surface), kind="city", place=SimpleNamespace(city=city))


@pytest.mark.parametrize(("text", "anchor", "kept"), [
    ("Farmers in Gallaorol, some 200 kilometers southwest of the capital, Tashkent, blocked a road.",
     "Tashkent", "Gallaorol"),
    ("Miners in Zhezdi, 40 km (25 miles) from Zhezkazgan, stayed underground.", "Zhezkazgan", "Zhezdi"),
    ("Жители поселка Каратау, в 25 км от Тараза, вышли к акимату.", "Тараза", "Каратау"),
    ("Жители Сокулука, в 30 километрах к западу от столицы Бишкека, перекрыли трассу.", "Бишкека", "Сокулука"),
    ("Бишкектен 40 шақырым жердегі Сокулук ауылының тұрғындары жол жапты.", "Бишкек", "Сокулук"),
    ("Toshkentdan 60 km uzoqlikdagi Chinoz tumanida aholi yo'lni to'sdi.", "Toshkent", "Chinoz"),
])
def test_the_distance_anchor_is_dropped(text: str, anchor: str, kept: str) -> None:
    places = [_mention(text, anchor, city=anchor), _mention(text, kept, city=kept)]
    assert [m.place.city for m in without_distance_anchors(places, text=text)] == [kept]


@pytest.mark.parametrize(("text", "surface"), [
    ("Protesters in Tashkent marched 5 kilometers to the parliament building.", "Tashkent"),
    ("Колонна прошла 3 км по Бишкеку до площади Ала-Тоо.", "Бишкеку"),
    ("Бишкекте 40 адам жиналды.", "Бишкек"),  # a locative, not an ablative before a distance
])
def test_a_city_that_is_no_anchor_stays(text: str, surface: str) -> None:
    places = [_mention(text, surface, city=surface)]
    assert without_distance_anchors(places, text=text) == places


def test_the_same_city_named_again_elsewhere_stays() -> None:
    text = "Villagers 60 km from Osh blocked the road. Later a rally gathered in Osh itself."
    first, second = text.index("Osh"), text.rindex("Osh")
    places = [SimpleNamespace(start=first, end=first + 3, kind="city", place=SimpleNamespace(city="Osh")),
              SimpleNamespace(start=second, end=second + 3, kind="city", place=SimpleNamespace(city="Osh"))]
    assert [m.start for m in without_distance_anchors(places, text=text)] == [second]
