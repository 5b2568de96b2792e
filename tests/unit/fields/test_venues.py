"""Venue phrases in six languages map to labels and codebook venue types."""

from __future__ import annotations

import pytest

from protest_tracker.codebook import VENUE_TYPES
from protest_tracker.pipeline.fields.venue_words import VENUES
from protest_tracker.pipeline.fields.venues import VenueMention, find_venues


def labels(text: str) -> list[tuple[str, str]]:
    return [(m.venue, m.venue_type) for m in find_venues(text, language=None)]


def test_mention_fields_and_offsets():
    text = "Родственники снова стояли у консульства КНР в Алматы."
    [mention] = find_venues(text, language="ru")
    assert isinstance(mention, VenueMention)
    assert text[mention.start : mention.end] == mention.surface == "консульства КНР"
    assert (mention.venue, mention.venue_type) == ("Chinese consulate", "foreign_mission")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("пикет у генконсульства Китая", ("Chinese consulate", "foreign_mission")),
        ("пикет у генерального консульства КНР", ("Chinese consulate", "foreign_mission")),
        ("outside the Chinese consulate in Almaty", ("Chinese consulate", "foreign_mission")),
        ("Қытайдың бас консулдығы алдында", ("Chinese consulate", "foreign_mission")),
        ("у посольства России", ("Russian embassy", "foreign_mission")),
        ("возле акимата города", ("akimat", "local_government_building")),
        ("облыстық әкімдік алдында", ("akimat", "local_government_building")),
        ("viloyat hokimligi oldida", ("hokimiyat", "local_government_building")),
        ("у здания хокимията", ("hokimiyat", "local_government_building")),
        ("у мэрии Бишкека", ("city administration", "local_government_building")),
        ("айыл өкмөтүнүн алдында", ("ayil okmotu", "local_government_building")),
        ("на Старой площади", ("Old Square", "square")),
        ("на площади Ала-Тоо", ("Ala-Too Square", "square")),
        ("Ала-Тоо аянтында", ("Ala-Too Square", "square")),
        ("Республика алаңында", ("Republic Square", "square")),
        ("Mustaqillik maydonida", ("Independence Square", "square")),
        ("на центральной площади", ("central square", "square")),
        ("у Белого дома", ("White House", "national_government_building")),
        ("Ак үйдүн алдында", ("White House", "national_government_building")),
        ("у здания правительства", ("Government House", "national_government_building")),
        ("Жогорку Кеңештин алдында", ("Jogorku Kenesh", "national_government_building")),
        ("у Акорды", ("Ak Orda", "national_government_building")),
        ("у здания суда", ("court", "court")),
        ("сот ғимаратының алдында", ("court", "court")),
        ("у РОВД", ("police station", "police_station")),
        ("на нефтяном месторождении", ("oil field", "workplace")),
        ("мұнай кен орнында", ("oil field", "workplace")),
        ("перекрыли трассу", ("highway", "street_road")),
        ("blocked the highway", ("highway", "street_road")),
    ],
)
def test_venues(text, expected):
    assert labels(text)[0] == expected


def test_measures_and_labour_market_are_not_venues():
    assert labels("Квартира площадью 50 кв. м; рынок труда; 50 square metres") == []


def test_more_specific_label_wins():
    assert labels("у консульства КНР") == [("Chinese consulate", "foreign_mission")]
    assert labels("у консульства") == [("consulate", "foreign_mission")]


def test_generic_venues_have_lower_confidence():
    [ministry] = find_venues("в министерстве заявили", language="ru")
    [akimat] = find_venues("у акимата", language="ru")
    assert ministry.confidence < akimat.confidence


def test_every_label_uses_a_codebook_venue_type():
    assert {venue_type for _, venue_type, _ in VENUES} <= set(VENUE_TYPES.codes)


def test_trigger_words_find_what_one_big_pattern_finds():
    """The fast trigger-word search must agree with a plain alternation of every pattern."""
    import re

    parts = [
        f"(?P<v{i}>{'|'.join(f'(?:{p})' for p in patterns)})"
        for i, (_, _, patterns) in enumerate(VENUES)
    ]
    big = re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE)
    text = (
        "Утром у генконсульства Китая и у хокимията стояли люди, потом у РОВД и ИВС, на площади "
        "Ала-Тоо и у Белого дома. Protesters walked from Gorky Park to the UN office and the "
        "presidential office, then to the oil and gas condensate field. Ақорда, Мәжіліс, әкімдік, "
        "Жогорку Кеңеш, айыл өкмөтү, hokimligi, Mustaqillik maydoni, сотқа, СИЗО, мұнай кен орны."
    )
    expected = [(m.start(), m.end(), VENUES[int(m.lastgroup[1:])][0]) for m in big.finditer(text)]
    assert [(m.start, m.end, m.venue) for m in find_venues(text)] == expected
    assert len(expected) >= 20
