"""Any text in, no exception out, and every mention's offsets slice out its surface."""

from __future__ import annotations

import datetime as dt
import functools

from hypothesis import given, settings
from hypothesis import strategies as st

from protest_tracker.pipeline.dates.recognise import find_dates
from protest_tracker.pipeline.fields.venues import find_venues
from protest_tracker.pipeline.places.gazetteer import Gazetteer
from protest_tracker.pipeline.sizes.recognise import find_sizes

WORDS = st.sampled_from(
    [
        "Алматы",
        "Алматыда",
        "в",
        "Жанаозене",
        "200",
        "1 000",
        "человек",
        "около",
        "более",
        "до",
        "4",
        "января",
        "2022",
        "года",
        "вчера",
        "понедельник",
        "Ош",
        "облусунда",
        "консульства",
        "КНР",
        "at",
        "least",
        "dozens",
        "of",
        "people",
        "May",
        "5",
        "-",
        "–",
        ".",
        ",",
        "\n",
        "қаңтарда",
        "жүздеген",
        "адам",
        "kecha",
        "Toshkentda",
        "yuzlab",
        "kishi",
        "площади",
        "Ала-Тоо",
        "12.03.2021",
        "2021-03-29",
        "%",
        "тенге",
        "суток",
        "ә",
        "ё",
        "İstanbul",
        "O‘zbekiston",
    ]
)
TEXTS = st.one_of(st.lists(WORDS, max_size=30).map(" ".join), st.text(max_size=200))


def spans_ok(text: str, mentions) -> bool:
    ends = [0]
    for m in mentions:
        assert text[m.start : m.end] == m.surface
        assert m.start >= ends[-1]
        ends.append(m.end)
    return True


@functools.cache
def shipped_gazetteer() -> Gazetteer:
    return Gazetteer.load()


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_places(text):
    mentions = shipped_gazetteer().find(text)
    assert spans_ok(text, mentions)
    assert all(m.kind in ("city", "region", "country", "foreign") for m in mentions)


@settings(max_examples=150, deadline=None)
@given(
    TEXTS,
    st.one_of(st.none(), st.dates(min_value=dt.date(1990, 1, 1), max_value=dt.date(2040, 12, 31))),
)
def test_dates(text, published):
    mentions = find_dates(text, language=None, published=published)
    assert spans_ok(text, mentions)
    for m in mentions:
        assert m.precision in ("day", "month", "year")
        assert len(m.value) == {"day": 10, "month": 7, "year": 4}[m.precision]
        if published is not None and m.relative:
            assert dt.date.fromisoformat(m.value) <= published


@settings(max_examples=150, deadline=None)
@given(TEXTS)
def test_sizes_and_venues(text):
    sizes = find_sizes(text, language=None)
    assert spans_ok(text, sizes)
    assert all(
        (m.low or 0) >= 0 and (m.high is None or m.low is None or m.high >= m.low) for m in sizes
    )
    assert spans_ok(text, find_venues(text, language=None))
