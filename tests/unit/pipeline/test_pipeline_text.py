"""Normalisation keeps offsets; sentence splitting gives spans into the original text."""

from __future__ import annotations

from protest_tracker.pipeline.text import fold, junk_ratio, split_sentences


def test_fold_keeps_length_so_offsets_stay_valid():
    text = "Ёлка «Тошкент» — Oʻzbekiston’s İSTANBUL\u00a0rally"
    folded = fold(text)
    assert len(folded) == len(text)
    assert "елка" in folded and "o'zbekiston's" in folded and '"тошкент"' in folded


def test_sentences_carry_offsets_and_paragraphs():
    text = "Первый абзац. Второе предложение!\n\nВторой абзац начинается здесь. И т. д. конец."
    sentences = split_sentences(text)
    assert [s.paragraph for s in sentences] == [0, 0, 1, 1]
    for s in sentences:
        assert text[s.start:s.end] == s.text
    assert split_sentences(text, limit=14)[-1].end <= 14


def test_junk_ratio_tells_binary_from_text():
    assert junk_ratio("Обычный текст о митинге.") < 0.01
    assert junk_ratio("\x00\x01\x02\x03abc\x04\x05\x06") > 0.5
