"""Counts of detained, fined, charged and killed people, and the fields classifier that reports them."""

from __future__ import annotations

import pytest

from protest_tracker.pipeline.fields.classify import Scope, classify
from protest_tracker.pipeline.fields.counts import response_counts
from protest_tracker.pipeline.text import fold


def counts(sentence: str, *responses: str) -> dict[str, int]:
    found, evidence = response_counts(sentence, fold(sentence), spans=[(0, len(sentence))], responses=responses)
    for item in evidence:
        assert sentence[item.start:item.end] == item.text
    return found


@pytest.mark.parametrize(("sentence", "response", "expected"), [
    ("Police detained 14 people near the monument.", "detention", 14),
    ("Around 300 protesters were detained in the capital.", "detention", 300),
    ("По данным МВД, задержаны 27 участников акции.", "detention", 27),
    ("Полиция задержала более 40 человек.", "detention", 40),
    ("Қала орталығында 8 белсенді ұсталды.", "detention", 8),
    ("Милиция аянттан 12 жаранды кармады.", "detention", 12),
    ("Namoyishda 9 kishi ushlandi.", "detention", 9),
    ("Ду нафар фаъол боздошт шуданд.", "detention", 2),
    ("Three organisers were fined by the court.", "fine", 3),
    ("В ходе столкновений погибли 6 человек.", "fatalities", 6),
    ("Dozens were detained after the march.", "detention", 20),
])
def test_counts_in_each_language(sentence, response, expected):
    assert counts(sentence, response) == {response: expected}


@pytest.mark.parametrize("sentence", [
    "They were detained on 12 March.",
    "Two activists were fined 30,000 tenge each.",
    "In 2019 the organisers were detained.",
    "Активиста задержали на 15 суток.",
])
def test_dates_money_and_terms_are_not_counts(sentence):
    assert counts(sentence, "detention", "fine").get("detention") is None
    assert counts(sentence, "detention", "fine").get("fine") in (None, 2)


def test_only_responses_the_event_has_are_counted():
    assert counts("12 people were detained and 3 died.", "detention") == {"detention": 12}


def test_largest_figure_is_kept_as_a_lower_bound():
    sentence = "Police detained 5 people in the morning; by evening 23 people had been detained."
    assert counts(sentence, "detention") == {"detention": 23}


def test_classify_reports_counts_and_fatalities_with_evidence():
    text = ("On May 16 about 500 residents of Khorog rallied against the governor. "
            "Security forces opened fire; 3 protesters were killed and 25 people were detained.")
    folded = fold(text)
    first = text.index("On May")
    second = text.index("Security")
    scope = Scope(spans=[(first, second - 1), (second, len(text))], triggers=[(first, second - 1)])
    values = classify(text, folded, scope)
    assert {"force_violence", "fatalities", "detention"} <= set(values.state_response)
    assert dict(values.response_counts) == {"detention": 25, "fatalities": 3}
    assert values.fatalities == 3
    spans = [e for e in values.evidence if e.field.startswith("response_count:")]
    assert {e.field for e in spans} == {"response_count:detention", "response_count:fatalities"}
    assert all(text[e.start:e.end] == e.text for e in spans)


def test_responses_can_be_read_from_a_wider_scope_than_the_report():
    text = ("On June 3 about 80 workers of a copper plant in Zhezkazgan stopped work over unpaid wages. "
            "The plant has been losing money for years. "
            "A week later the regional governor ordered the company to pay the arrears.")
    folded = fold(text)
    ends = [text.index("The plant") - 1, text.index("A week") - 1, len(text)]
    spans = [(0, ends[0]), (ends[0] + 1, ends[1]), (ends[1] + 1, ends[2])]
    narrow = Scope(spans=spans[:2], triggers=spans[:1])
    assert classify(text, folded, narrow).state_response == ("none_reported",)
    wide = Scope(spans=spans, triggers=spans[:1])
    assert classify(text, folded, narrow, reactions=wide).state_response == ("concession",)
