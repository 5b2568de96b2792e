"""A ban on rallies reports no rally; a rally held despite a ban does (sentences written for these tests)."""

from __future__ import annotations

import pytest

from protest_tracker.pipeline.events.cues import BAN_CUES
from protest_tracker.pipeline.text import fold


@pytest.mark.parametrize(("sentence", "labels"), [
    ("Власти Бишкека запретили проведение митингов в центре города до 1 мая.", {"ban"}),
    ("Суд продлил запрет на пикеты у здания парламента.", {"ban"}),
    ("Rallies were banned in central Bishkek until May 1.", {"ban"}),
    ("Rallies on the main square and near the government buildings have been banned until June.", {"ban"}),
    ("A district court banned peaceful protests outside the consulate.", {"ban"}),
    ("Сначала ей отказали, а затем запретили выходить с пикетом.", {"ban"}),
    ("The city imposed a ban on protests near the embassy.", {"ban"}),
    ("Бишкекте митинг өткөрүүгө тыюу салынды.", {"ban"}),
    ("Алаңда митинг өткізуге тыйым салынды.", {"ban"}),
    ("Shahar markazida miting o'tkazish taqiqlandi.", {"ban"}),
    ("Несмотря на запрет на митинги, активисты вышли на площадь.", {"ban", "despite"}),
    ("Activists rallied despite a ban on protests.", {"ban", "despite"}),
    # a banner is not a ban; a banned party is not a banned rally
    ("Protesters unfurled a banner outside the akimat.", set()),
    ("Protesters rallied outside the akimat and police banned journalists from filming.", set()),
    ("Сторонники запрещённой партии провели пикет.", set()),
])
def test_ban_cues(sentence: str, labels: set[str]) -> None:
    folded = fold(sentence)
    assert BAN_CUES.labels_in(folded, 0, len(folded)) == labels


def test_a_ban_is_no_event(extract) -> None:
    ru = extract("Власти Бишкека запретили проведение митингов в центре города до 1 мая.",
                 published="2024-03-01", language="ru")
    en = extract("Rallies were banned in downtown Bishkek until May 1, the city court said on Friday.",
                 published="2024-03-01", language="en")
    assert ru.events == () and en.events == ()


def test_a_rally_despite_a_ban_is_an_event(extract) -> None:
    article = extract("Вчера, несмотря на запрет на митинги, около тридцати человек вышли на площадь Ала-Тоо "
                      "в Бишкеке с плакатами.", published="2024-03-02", language="ru")
    assert [(e.country, e.city, e.date) for e in article.events] == [("KG", "Bishkek", "2024-03-01")]
