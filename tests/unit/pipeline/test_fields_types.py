"""Event type: type cues that are denied, threatened, the police's doing or banners carried do not count."""

from __future__ import annotations

import pytest

from protest_tracker.pipeline.fields.types import event_type
from protest_tracker.pipeline.text import fold


def type_of(sentence: str) -> str:
    label, evidence = event_type(sentence, fold(sentence), [(0, len(sentence))])
    if evidence is not None:
        assert sentence[evidence.start:evidence.end] == evidence.text
    return label


@pytest.mark.parametrize(("sentence", "expected"), [
    ("Около сотни жителей перекрыли трассу Бишкек — Ош.", "road_blockade"),
    ("Шахтеры объявили голодовку и отказались подниматься на поверхность.", "hunger_strike"),
    ("Workers at the plant went on strike on Monday.", "strike"),
    ("Жұмысшылар ереуілге шықты.", "strike"),
    ("Activists unfurled a banner on the bridge.", "other"),
])
def test_type_cues(sentence, expected):
    assert type_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    ("По словам участников, во время митинга погромов и поджогов не было.", "demonstration"),
    ("The mothers threatened to go on hunger strike if nobody listened to them.", "demonstration"),
    ("Аналар әкім шықпаса аштық жариялайтындарын айтты.", "demonstration"),
    ("Полиция перекрыла движение по улице, где собрались участники митинга.", "demonstration"),
    ("Hundreds rallied in the square, waving banners and flags.", "demonstration"),
])
def test_type_cues_that_do_not_count(sentence, expected):
    assert type_of(sentence) == expected


@pytest.mark.parametrize(("sentence", "expected"), [
    # protesters storming or seizing a building, clashes with the police, hostages: a riot
    ("Наразылар облыс әкімдігіне басып кірді.", "riot"),
    ("Жиналғандар полиция жасағымен қақтығысып қалды.", "riot"),
    ("Нааразылар облустук администрациянын имаратын басып алышты.", "riot"),
    ("Намойишчилар ҳокимлик биносини босиб олишди.", "riot"),
    ("Namoyishchilar militsiya xodimlari bilan to'qnashdi.", "riot"),
    ("Сторонники оппозиции захватили здание администрации района.", "riot"),
    ("Участники акции взяли главу района в заложники.", "riot"),
    ("The crowd seized the regional administration building.", "riot"),
    ("Protesters were holding the district governor and his deputy hostage.", "riot"),
    # a picket in Kazakh and Kyrgyz is written as in Russian
    ("Бір топ ана консулдық алдында пикетке шықты.", "picket"),
    ("Жаштар элчиликтин алдында пикет өткөрүштү.", "picket"),
    # Kazakh "шеру" names any rally; marching is the verb, or a march held
    ("Жүзге жуық адам алаңға шеруге шықты.", "demonstration"),
    ("Наразылар орталық көшемен шерулетіп әкімдікке барды.", "march"),
    ("Әйелдер қала орталығында бейбіт шеру өткізді.", "march"),
])
def test_riot_picket_and_march_cues_by_language(sentence, expected):
    assert type_of(sentence) == expected


def test_a_surname_is_no_march():
    assert type_of("Тұрғындар Шеруалиеваның үйі алдына жиналды.") == "demonstration"
