"""The literal-prefix prefilter of the cue Lexicons skips regexes that cannot match, and changes
no result: every cue list of the language packs finds the same cues with and without it."""

from __future__ import annotations

import re

import pytest

from protest_tracker.pipeline.lexicon import Lexicon, literal_prefix


@pytest.mark.parametrize(("fragment", "prefix"), [
    ("митинг", "митинг"), ("собрал~", "собрал"), ("выразили несогласи~", "выразили"),
    (r"пода~ (?:[\w-]+ ){0,4}заявк~", "пода"), ("сотн?и", "сот"), ("a|b", None), ("(?:x|y)z", None),
    ("x~", None), (r"\d+ человек", None), ("protests?", "protest"),
])
def test_literal_prefix(fragment, prefix):
    assert literal_prefix(fragment) == prefix


def _without_prefilter(lexicon: Lexicon, folded: str) -> list[tuple[str, int, int]]:
    found = []
    for label, pattern in lexicon._patterns:
        found += [(label, m.start(), m.end()) for m in pattern.finditer(folded)]
    return sorted(found, key=lambda c: (c[1], c[2]))


TEXTS = [
    "вчера в алматы прошел митинг, собравшиеся выразили несогласие с ценами.",
    "workers went on strike and protesters blocked the road near the akimat.",
    "ереуілге шыққан жұмысшылар әкімдік алдына жиналды, наразылық акциясы өтті.",
    "ishchilar norozilik namoyishi o'tkazishdi, yo'lni to'sib qo'yishdi.",
    "нааразылык акциясына чыгышты, жолду тосуп, талап кылышты.",
]


def test_prefilter_changes_no_result():
    from protest_tracker.pipeline.events import cues as event_cues
    from protest_tracker.pipeline.fields import cues as field_cues
    from protest_tracker.pipeline.fields import response_cues

    lexicons = [v for module in (event_cues, field_cues, response_cues) for v in vars(module).values()
                if isinstance(v, Lexicon)]
    assert len(lexicons) >= 3
    for lexicon in lexicons:
        for text in TEXTS:
            fast = [(c.label, c.start, c.end) for c in lexicon.find(text)]
            assert fast == _without_prefilter(lexicon, text)
            assert lexicon.labels_in(text) == {label for label, _, _ in _without_prefilter(lexicon, text)}


def test_a_span_is_searched_inside_its_bounds_only():
    lexicon = Lexicon({"rally": ("rally",)})
    text = "a rally here. no cue there."
    assert [c.start for c in lexicon.find(text, 0, 13)] == [2]
    assert lexicon.find(text, 13) == []
    assert re.search("rally", text).start() == 2


def test_remembered_spans_give_the_same_fresh_results():
    lexicon = Lexicon({"rally": ("rally",), "strike": ("strik~",)})
    text = "a rally here. a strike there, another rally."
    first = lexicon.find(text, 0, 13)
    first.clear()  # a caller changing its list does not change what is remembered
    assert [(c.label, c.start) for c in lexicon.find(text, 0, 13)] == [("rally", 2)]
    assert [(c.label, c.start) for c in lexicon.find(text)] == [("rally", 2), ("strike", 16), ("rally", 38)]
    other = "strike " + text[7:]  # same length, other text: never the remembered answer
    assert [(c.label, c.start) for c in lexicon.find(other, 0, 13)] == [("strike", 0)]
    assert [(c.label, c.start) for c in lexicon.find(text, 0, 13)] == [("rally", 2)]


def _unfactored(fragments: tuple[str, ...]) -> re.Pattern[str]:
    from protest_tracker.pipeline.lexicon import _fragment

    return re.compile(r"(?<![\w'])(?:" + "|".join(_fragment(f) for f in fragments) + ")")


@pytest.mark.parametrize("fragments", [
    ("митинг~", "марш~", "мирн~ акци~", "(?:голодовк|голодал)~", "митингов~"),
    ("strike", "strik~", "s?trike", "walkout", "sit-in", "w+alk", "x|y~"),
    ("a", "ab~", "ac", r"\d+ people", "abc"),
])
def test_grouping_alternatives_by_first_letter_changes_no_match(fragments):
    lexicon = Lexicon({"cue": fragments})
    texts = ["мирные акции и митинги, марш и голодовка; митинговали у акимата",
             "a strike, a walkout and a sit-in; trike and walk y x ab abcd ac 12 people"]
    for text in texts:
        expected = [(m.start(), m.end()) for m in _unfactored(fragments).finditer(text)]
        assert [(c.start, c.end) for c in lexicon.find(text)] == expected
        assert lexicon.labels_in(text) == ({"cue"} if expected else set())
