"""Conventional English names: what the gazetteer outputs is the name readers (and scorers) expect."""

from __future__ import annotations

import pytest


@pytest.mark.parametrize(("text", "expected"), [
    ("Protesters gathered in Khorugh.", "Khorog"),
    ("Хорог шаарында митинг болду.", "Khorog"),
    ("Жаңы-Өзөн шаарында тургундар чогулушту.", "Zhanaozen"),
    ("В Чиланзаре прошел пикет.", "Tashkent"),
    ("Residents of Shahrisabz blocked a road.", "Shahrisabz"),
    ("В Вахдате жители вышли к хукумату.", "Vahdat"),
])
def test_conventional_names(gazetteer, text, expected):
    assert expected in [m.place.city for m in gazetteer.find(text)]
