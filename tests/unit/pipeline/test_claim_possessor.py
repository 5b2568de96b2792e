"""A city in the Turkic genitive names whose people they are, unless a part of the city follows."""

from __future__ import annotations

from dataclasses import dataclass

import pytest

from protest_tracker.pipeline.events.claim_rules import is_possessor


@dataclass
class Mention:
    start: int
    end: int


def mention_of(city: str, text: str) -> Mention:
    start = text.index(city)
    return Mention(start, start + len(city))


@pytest.mark.parametrize(("text", "expected"), [
    # sentences written for this test
    ("Ош шаарынын тургундары Бишкекке келишти.", True),          # the residents of Osh
    ("Жители Оша приехали в Бишкек.", True),                      # "жители" before the city
    ("Ош шаарынын борборунда митинг болду.", False),              # in the centre of Osh
    ("Ош шаарынын Кулатов кичирайонунда айдоочулар чогулду.", False),  # a named microdistrict
    ("Алматы қаласының Алатау ауданында тұрғындар жиналды.", False),   # a named district
    ("Алматы қаласының ауданында тұрғындар жиналды.", False),     # "district" itself
])
def test_genitive_city(text: str, expected: bool) -> None:
    city = text.split()[0] if not text.startswith("Жители") else "Оша"
    assert is_possessor(mention_of(city, text), text) is expected
