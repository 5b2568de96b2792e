"""Folding and case-ending removal shared by the gazetteer and its build script."""

from __future__ import annotations

from protest_tracker.pipeline.places.names import fold, name_key, word_forms


def test_fold_keeps_cyrillic_and_strips_latin_marks_and_apostrophes():
    assert fold("Qŭnghirot") == "qunghirot"
    assert fold("Farg‘ona") == fold("Farg'ona") == fold("Fargʻona") == "fargona"
    assert fold("Ёлки") == "елки"
    assert fold("Жаңаөзен") == "жаңаөзен"
    assert fold("İstanbul") == "istanbul"
    assert fold("Йошкар") == "йошкар"


def test_name_key_joins_hyphenated_and_spaced_names():
    assert name_key("Alma-Ata") == name_key("Alma Ata") == "alma ata"
    assert name_key("  Нур-Султан ") == "нур султан"


def test_word_forms_cover_russian_and_turkic_endings():
    assert "жанаозен" in word_forms("жанаозене")
    assert "ата" in word_forms("ате")
    assert "москва" in word_forms("москве")
    assert "семей" in word_forms("семее")
    assert "мангистауская" in word_forms("мангистауской")
    assert "алматы" in word_forms("алматыдағы")
    assert "бишкек" in word_forms("бишкекте")
    assert "ош" in word_forms("ошто")
    assert "облысы" in word_forms("облысында")
    assert "toshkent" in word_forms("toshkentda")
    assert word_forms("ош")[0] == "ош"
