"""Scoring of predicted events against gold events, with the definitions of the evaluation kit.

Matching within one article: same country, same city after normalisation,
and agreeing dates (day precision: same day, or ±1 day when lenient; month
precision: same month); pairs are taken greedily, best date agreement first,
each event once. Gold events marked ``optional`` neither count as hits nor as
misses, and a prediction matched to one is not a false positive. Document
level: does the article report any (non-optional) event. On matched events
(lenient): event-type accuracy, state-response and grievance-category P/R/F1
(``none_reported`` ignored), size accuracy (ranges overlap within a factor 1.5).
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

#: Former names and transliterations folded to one key (facts about place names).
CITY_VARIANTS = {
    "astana": ("nur-sultan", "nursultan", "akmola", "tselinograd", "aqmola"),
    "almaty": ("alma-ata", "almaata"),
    "zhanaozen": ("janaozen", "zhana ozen", "jana ozen", "novy uzen", "novyy uzen", "zhanaozen city"),
    "khorog": ("khorugh", "khorogh"),
    "oral": ("uralsk",),
    "oskemen": ("ust-kamenogorsk", "ust kamenogorsk"),
    "semey": ("semipalatinsk",),
    "karagandy": ("karaganda", "qaraghandy"),
    "aktobe": ("aqtobe", "aktyubinsk"),
    "aktau": ("aqtau", "shevchenko"),
    "shymkent": ("chimkent", "shimkent"),
    "kyzylorda": ("qyzylorda", "kzyl-orda"),
    "petropavlovsk": ("petropavl",),
    "kostanay": ("qostanay", "kustanai"),
    "taldykorgan": ("taldyqorghan",),
    "jalal-abad": ("jalalabad", "dzhalal-abad"),
    "bishkek": ("frunze",),
    "khujand": ("khodjent", "khojand", "leninabad"),
    "kulob": ("kulyab",),
    "andijan": ("andijon",),
    "fergana": ("fargona", "ferghana"),
    "samarkand": ("samarqand",),
    "bukhara": ("buxoro",),
    "tashkent": ("toshkent",),
    "nukus": ("nokis",),
    "ashgabat": ("ashkhabad", "asgabat"),
    "turkmenabat": ("chardzhou",),
}
_ALIAS = {variant: key for key, variants in CITY_VARIANTS.items() for variant in variants}


def city_key(name: str | None) -> str:
    """Comparable form of a city name: ASCII, lower case, no apostrophes or 'city' suffix, aliases folded."""
    if not name:
        return ""
    ascii_name = unicodedata.normalize("NFKD", str(name)).encode("ascii", "ignore").decode()
    key = ascii_name.lower().strip()
    for mark in ("'", "’", "`"):
        key = key.replace(mark, "")
    for suffix in (" city", " town", " village"):
        key = key.removesuffix(suffix)
    return spelling_key(_ALIAS.get(key, key))


#: Romanisation variants of one sound, folded in this order (Zhetybai/Jetybay, Qarshi/Karshi).
SPELLING_FOLDS = (("dzh", "j"), ("zh", "j"), ("kh", "h"), ("q", "k"), ("gh", "g"), ("yy", "i"), ("y", "i"),
                  ("w", "v"))


def spelling_key(name: str) -> str:
    """Letters only, romanisation variants folded, a doubled letter written once — the kit's
    last step, so two spellings of one transliterated name compare equal."""
    key = "".join(ch for ch in name if ch.isalpha())
    for variant, common in SPELLING_FOLDS:
        key = key.replace(variant, common)
    return "".join(ch for i, ch in enumerate(key) if i == 0 or key[i - 1] != ch)


def date_agreement(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> int:
    """2 exact, 1 within one day (day precision only), 0 no agreement."""
    gold_date, pred_date = gold.get("date") or "", pred.get("date") or ""
    if not gold_date or not pred_date:
        return 0
    if len(gold_date) == 7 or gold.get("date_precision") == "month":
        return 2 if pred_date[:7] == gold_date[:7] else 0
    if pred_date == gold_date:
        return 2
    if len(pred_date) != 10:
        return 0
    try:
        gap = abs((dt.date.fromisoformat(pred_date) - dt.date.fromisoformat(gold_date)).days)
    except ValueError:
        return 0
    return 1 if gap <= 1 else 0


def required_events(golds: Sequence[Mapping[str, Any]]) -> list[Mapping[str, Any]]:
    """The gold events that count (``optional`` ones are neither hits nor misses)."""
    return [g for g in golds if not g.get("optional")]


def match_events(golds: Sequence[Mapping[str, Any]], preds: Sequence[Mapping[str, Any]], *,
                 strict: bool) -> list[tuple[int, int]]:
    """Greedy one-to-one matching; returns ``(gold_index, pred_index)`` pairs."""
    candidates = []
    for gi, gold in enumerate(golds):
        for pi, pred in enumerate(preds):
            if str(gold.get("country") or "").upper() != str(pred.get("country") or "").upper():
                continue
            if city_key(gold.get("city")) != city_key(pred.get("city")):
                continue
            agreement = date_agreement(gold, pred)
            if agreement == 2 or (agreement == 1 and not strict):
                candidates.append((-agreement, gi, pi))
    taken_g: set[int] = set()
    taken_p: set[int] = set()
    pairs = []
    for _, gi, pi in sorted(candidates):
        if gi not in taken_g and pi not in taken_p:
            taken_g.add(gi)
            taken_p.add(pi)
            pairs.append((gi, pi))
    return pairs


@dataclass(slots=True)
class Tally:
    tp: int = 0
    fp: int = 0
    fn: int = 0

    def add(self, tp: int = 0, fp: int = 0, fn: int = 0) -> None:
        self.tp, self.fp, self.fn = self.tp + tp, self.fp + fp, self.fn + fn

    def prf(self) -> dict[str, float | int]:
        precision = self.tp / (self.tp + self.fp) if self.tp + self.fp else 0.0
        recall = self.tp / (self.tp + self.fn) if self.tp + self.fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return {"precision": round(precision, 3), "recall": round(recall, 3), "f1": round(f1, 3),
                "tp": self.tp, "fp": self.fp, "fn": self.fn}


@dataclass(slots=True)
class Score:
    """Running totals; ``report()`` gives the figures."""

    articles: int = 0
    document: Tally = field(default_factory=Tally)
    strict: Tally = field(default_factory=Tally)
    lenient: Tally = field(default_factory=Tally)
    responses: Tally = field(default_factory=Tally)
    grievances: Tally = field(default_factory=Tally)
    counters: Counter = field(default_factory=Counter)

    def report(self) -> dict[str, Any]:
        c = self.counters
        return {
            "articles": self.articles,
            "document": self.document.prf(),
            "event_strict": self.strict.prf(),
            "event_lenient": self.lenient.prf(),
            "matched_fields": {
                "event_type_accuracy": round(c["type_ok"] / c["type_n"], 3) if c["type_n"] else None,
                "state_response": self.responses.prf(),
                "grievance_categories": self.grievances.prf(),
                "size_accuracy": round(c["size_ok"] / c["size_n"], 3) if c["size_n"] else None,
            },
        }


def _set_tally(tally: Tally, gold: Iterable[str] | None, pred: Iterable[str] | None) -> None:
    g = set(gold or ()) - {"none_reported"}
    p = set(pred or ()) - {"none_reported"}
    tally.add(tp=len(g & p), fp=len(p - g), fn=len(g - p))


def _size_range(event: Mapping[str, Any]) -> tuple[float, float] | None:
    """An event's (low, high) size, one bound standing for both when only one is given."""
    low, high = event.get("size_min"), event.get("size_max")
    low, high = (low if low is not None else high), (high if high is not None else low)
    return None if low is None or high is None else (low, high)


def size_agrees(gold: Mapping[str, Any], pred: Mapping[str, Any]) -> bool | None:
    """``None`` when the gold has no size; else whether the ranges overlap within a factor 1.5."""
    gold_range = _size_range(gold)
    if gold_range is None:
        return None
    pred_range = _size_range(pred)
    if pred_range is None:
        return False
    (g_lo, g_hi), (p_lo, p_hi) = gold_range, pred_range
    return p_lo <= g_hi * 1.5 and p_hi >= g_lo / 1.5


def score_article(score: Score, golds: Sequence[Mapping[str, Any]], preds: Sequence[Mapping[str, Any]]) -> None:
    """Add one article to ``score``."""
    score.articles += 1
    required = required_events(golds)
    has_gold, has_pred = bool(required), bool(preds)
    if golds and not required and has_pred:
        return
    score.document.add(tp=int(has_gold and has_pred), fp=int(has_pred and not has_gold),
                       fn=int(has_gold and not has_pred))
    for strict, tally in ((True, score.strict), (False, score.lenient)):
        pairs = match_events(golds, preds, strict=strict)
        hits = [(gi, pi) for gi, pi in pairs if not golds[gi].get("optional")]
        tally.add(tp=len(hits), fp=len(preds) - len(pairs), fn=len(required) - len(hits))
        if strict:
            continue
        for gi, pi in hits:
            gold, pred = golds[gi], preds[pi]
            score.counters["type_n"] += 1
            score.counters["type_ok"] += int(gold.get("event_type") == pred.get("event_type"))
            _set_tally(score.responses, gold.get("state_response"), pred.get("state_response"))
            _set_tally(score.grievances, gold.get("grievance_categories"), pred.get("grievance_categories"))
            agrees = size_agrees(gold, pred)
            if agrees is not None:
                score.counters["size_n"] += 1
                score.counters["size_ok"] += int(agrees)
