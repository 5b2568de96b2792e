"""Voiced stems: a cue written as a Turkic stem also reads the stem's voiced form."""

from __future__ import annotations

import pytest

from protest_tracker.pipeline.events.cues import TRIGGERS
from protest_tracker.pipeline.lang import slot
from protest_tracker.pipeline.lang.morphology import voice_slot, voiced_stem, with_voiced_stems
from protest_tracker.pipeline.text import fold


@pytest.mark.parametrize(("fragment", "voiced"), [
    ("наразылық~", "наразылығ~"),              # Kazakh Cyrillic қ → ғ
    ("нааразылык~", "нааразылыг~"),            # Kyrgyz к → г
    ("norozilik~", "norozilig~"),              # Uzbek Latin k → g
    ("qoraqalpoq~", "qoraqalpo(?:g'|ğ|ǵ|gh|g)~"),  # Latin q: Uzbek g', Kazakh ğ, ǵ, gh
    ("адам укук~", "адам укуг~"),              # the last word of a phrase
])
def test_voiced_stem_of_a_plain_stem(fragment: str, voiced: str) -> None:
    assert voiced_stem(fragment) == voiced


@pytest.mark.parametrize("fragment", [
    "талап~",            # five letters: its voiced form is another language's word
    "наразылық",         # a whole word, not a stem
    "наразы~",           # ends in a vowel
    "таратып~",          # п is left alone (converbs do not alternate)
    r"жол~ (?:[\w-]+ ){0,1}жап~",  # a pattern, not a plain stem
    "~",
])
def test_no_alternant(fragment: str) -> None:
    assert voiced_stem(fragment) is None


def test_alternants_follow_their_stem_once() -> None:
    assert with_voiced_stems(["ереуіл~", "наразылық~", "наразылығ~", "шеру~"]) == (
        "ереуіл~", "наразылық~", "наразылығ~", "шеру~")
    assert with_voiced_stems(["әкімдік~", "шеру~"]) == ("әкімдік~", "әкімдіг~", "шеру~")


def test_voice_slot_by_kind() -> None:
    assert voice_slot({"strike": ("ереуіл~", "тәртіпсіздік~")}, "map") == {
        "strike": ("ереуіл~", "тәртіпсіздік~", "тәртіпсіздіг~")}
    assert voice_slot(("бийлик~",), "cues") == ("бийлик~", "бийлиг~")
    table = {"мың": 1000}
    assert voice_slot(table, "table") is table


def test_packs_hold_alternants_only_in_voicing_languages() -> None:
    assert "наразылығ~" in slot("kk", "PROTEST_TRIGGERS_STRONG")
    assert "norozilig~" in slot("uz", "PROTEST_TRIGGERS_STRONG")
    assert not any(fragment.endswith("ғ~") for fragment in slot("ru", "PROTEST_TRIGGERS_STRONG"))


@pytest.mark.parametrize("sentence", [
    "Мұнайшылардың наразылығы екінші күнге созылды.",     # kk: the workers' protest went on
    "Айылдыктардын нааразылыгы басылган жок.",              # ky: the villagers' protest did not die down
    "Dehqonlarning noroziligi kuchaydi.",                    # uz: the farmers' protest grew
])
def test_triggers_read_the_voiced_form(sentence: str) -> None:
    assert any(match.label == "strong" for match in TRIGGERS.find(fold(sentence)))
