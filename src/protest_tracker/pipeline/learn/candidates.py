"""Candidate events for the learned assembler: every (place, date) an article could report.

The recognisers (places, dates, cue words) and the hand-written segmentation are
candidate generators here, not verdicts. For each protest sentence the generator
pairs the places it can be about (named in the sentence, in the sentences just
before, in the title, the article's dominant city) with the dates it can be about
(named in the sentence, earlier in the paragraph, in the next sentence, the
reference date). Candidates are keyed by country + city + date, so support from
several sentences adds up, and each carries a feature vector (:data:`FEATURES`)
that a trained model scores. The rule drafts are candidates too, flagged ``rule``.
"""

from __future__ import annotations

import datetime as dt
import math
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from typing import Any

from protest_tracker.pipeline.events.claim_rules import is_possessor
from protest_tracker.pipeline.events.drafts import Draft, SegmentOptions, event_dates
from protest_tracker.pipeline.events.facts import CENTRAL_ASIA
from protest_tracker.pipeline.events.segment import hard_negative, title_abroad
from protest_tracker.pipeline.learn.candidate_dates import days_before, later_days, out_of_window

PLACE_SOURCES = ("sentence", "near", "next", "title", "dominant", "rule")
DATE_SOURCES = ("sentence", "paragraph", "next", "reference", "rule", "none")
QUALIFIER_LABELS = ("future_call", "not_held", "court_case", "background", "diplomatic", "non_protest_crowd")
LANGUAGES = ("en", "ru", "kk", "ky", "uz", "tg")

FEATURES: tuple[str, ...] = (
    "rule", "rule_date_only", "n_strong", "n_weak", "share_strong",
    *(f"place_{s}" for s in PLACE_SOURCES), *(f"date_{s}" for s in DATE_SOURCES),
    "kind_city", "kind_region", "kind_country", "kind_site", "city_mentions", "city_in_title", "city_dominant",
    "first_mention_pos", "country_share", "majority_country", "possessor", "mention_confidence",
    "precision_month", "date_relative", "year_inferred", "reference_guessed", "no_reference",
    "days_before_ref", "log_days_before", "future", "older_60", "older_365",
    "trigger_date_chars", "trigger_place_chars",
    *(f"q_{q}" for q in QUALIFIER_LABELS), "foreign_in_support", "title_foreign",
    "first_sentence_pos", "first_paragraph", "n_candidates", "n_rule", "has_published",
    "dates_same_place", "places_same_date", "support_rank", "title_protest",
    *(f"lang_{lang}" for lang in LANGUAGES),
    "sent_max", "sent_mean", "sent_first", "doc_sent_max", "doc_sent_rank", "doc_text",
)
INDEX = {name: i for i, name in enumerate(FEATURES)}


@dataclass(slots=True)
class Candidate:
    """One (country, city, date) the article could report, with the sentences that support it."""

    country: str
    city: str | None
    date: str | None
    precision: str
    place_mention: Any
    date_mention: Any | None
    place_sources: set[str] = field(default_factory=set)
    date_sources: set[str] = field(default_factory=set)
    triggers: set[int] = field(default_factory=set)
    weak: set[int] = field(default_factory=set)
    rule: bool = False
    date_chars: int = 9999
    place_chars: int = 9999
    features: list[float] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str | None, str | None]:
        return (self.country, self.city, self.date)

    def as_prediction(self) -> dict[str, Any]:
        """The candidate as a predicted event for scoring (country, city, date, precision)."""
        return {"country": self.country, "city": self.city, "date": self.date, "date_precision": self.precision}

    def to_draft(self, *, facts: Sequence[Any]) -> Draft:
        """A segmentation draft for this candidate (so the field stages work on it unchanged)."""
        triggers = sorted(self.triggers or self.weak)
        sentences = list(triggers)
        for t in triggers:  # the two sentences after each trigger belong to its scope
            for j in (t + 1, t + 2):
                if j < len(facts) and j not in sentences and not facts[j].strong:
                    sentences.append(j)
        date_source = next((s for s in DATE_SOURCES if s in self.date_sources), "none")
        return Draft(country=self.country, city=self.city, place=self.place_mention.place,
                     place_mention=self.place_mention, date=self.date, precision=self.precision,
                     date_mention=self.date_mention, date_source=date_source, sentences=sentences,
                     triggers=triggers, place_in_sentence="sentence" in self.place_sources)


def _home(mentions: Sequence[Any]) -> list[Any]:
    return [m for m in mentions if m.kind != "foreign" and m.place.country in CENTRAL_ASIA]


class CandidateBuilder:
    """Collects candidates for one article from its sentence facts (see the module doc)."""

    def __init__(self, *, text: str, facts: Sequence[Any], ctx: Any, language: str | None,
                 published: bool, title_protest: bool, title: str = "") -> None:
        self.text, self.facts, self.ctx, self.title = text, facts, ctx, title
        self.language = language
        self.published = published
        self.title_protest = title_protest
        self.reference: dt.date | None = None if ctx.dating.synthetic else ctx.dating.reference
        self.found: dict[tuple[str, str | None, str | None], Candidate] = {}

    def add(self, mention: Any, date: Any | None, *, sentence: int, place_source: str,
            date_source: str, strong: bool = True, anchor: int | None = None) -> Candidate:
        if isinstance(date, tuple):
            value, precision, date_mention = date
        elif date is not None:
            value, precision, date_mention = date.value, date.precision, date
        else:
            value, precision, date_mention = None, "day", None
        if precision == "month" and value:
            value = value[:7]
        place = mention.place
        key = (place.country, place.city, value)
        cand = self.found.get(key)
        if cand is None:
            cand = Candidate(place.country, place.city, value, precision if precision in ("day", "month") else "day",
                             place_mention=mention, date_mention=date_mention)
            self.found[key] = cand
        cand.place_sources.add(place_source)
        cand.date_sources.add(date_source)
        if sentence >= 0:
            (cand.triggers if strong else cand.weak).add(sentence)
        if anchor is not None:
            if date_mention is not None and date_source == "sentence":
                cand.date_chars = min(cand.date_chars, abs(date_mention.start - anchor))
            if place_source == "sentence":
                cand.place_chars = min(cand.place_chars, abs(mention.start - anchor))
        return cand

    def from_sentences(self, *, options: SegmentOptions, vetoed: set[int] | frozenset[int] = frozenset()) -> None:
        """Candidates from every protest sentence that the hard-negative rules let through: a
        sentence about a protest abroad, a call or plan, an action not held, a court case,
        background or a question makes no candidate, and neither does a date long before the
        article or after it (the same vetoes as the rule segmentation: published events must
        never come from them, whatever a model trained on a few hundred articles would say).
        ``vetoed`` holds the sentences the rule segmentation rejected (old years, wave summaries…)."""
        facts, text = self.facts, self.text
        ref = self.reference
        abroad = title_abroad(self.ctx.title_places, self.title)
        for f in facts:
            if not f.triggers:
                continue
            reason = hard_negative(f, text)
            if reason == "abroad":
                abroad = True
            own_home = any(m.kind in ("city", "region") for m in _home(f.places))
            if reason or (abroad and not own_home) or f.sentence.index in vetoed:
                continue
            index, paragraph, anchor = f.sentence.index, f.sentence.paragraph, f.anchor()
            places = [(m, "sentence") for m in _home(f.places)]
            sites = [(m, "sentence") for m in self.ctx.sites if f.sentence.start <= m.start < f.sentence.end]
            if not any(m.kind == "city" for m, _ in places):
                for j, source in ((index - 1, "near"), (index - 2, "near"), (index + 1, "next")):
                    if 0 <= j < len(facts) and abs(facts[j].sentence.paragraph - paragraph) <= 1:
                        places += [(m, source) for m in facts[j].cities[:2]]
                places += [(m, "title") for m in _home(self.ctx.title_places)[:2]]
                if self.ctx.dominant is not None:
                    places.append((self.ctx.dominant, "dominant"))
            dates: list[tuple[Any, str]] = [(d, "sentence") for d in event_dates(f, text)]
            dates += [(day, "sentence") for d, _ in list(dates) for day in later_days(d)]
            if not dates:
                for g in reversed(facts[max(0, index - 3): index]):
                    if g.sentence.paragraph != paragraph:
                        break
                    found = event_dates(g, text)
                    if found:
                        dates.append((found[-1], "paragraph"))
                        break
                if index + 1 < len(facts):
                    dates += [(d, "next") for d in event_dates(facts[index + 1], text)[:1]]
                if ref is not None:
                    dates.append(((ref.isoformat(), "day", None), "reference"))
                if not dates:
                    dates.append((None, "none"))
            dates = [(d, source) for d, source in dates if not out_of_window(d, ref, options)]
            for mention, place_source in places[:6] + sites[:2]:
                for date, date_source in dates[:6]:
                    self.add(mention, date, sentence=index, place_source=place_source,
                             date_source=date_source, strong=f.strong, anchor=anchor)

    def from_rules(self, drafts: Sequence[Draft]) -> None:
        for d in drafts:
            if d.place_mention is None:
                continue
            date = (d.date, d.precision, d.date_mention) if d.date else None
            cand = self.add(d.place_mention, date, sentence=-1, place_source="rule",
                            date_source="rule" if d.date else "none")
            cand.rule = True
            cand.triggers.update(d.triggers)

    def candidates(self) -> list[Candidate]:
        found = list(self.found.values())
        self._featurise(found)
        return found

    def _featurise(self, found: list[Candidate]) -> None:
        facts, text, ctx = self.facts, self.text, self.ctx
        n_sent = max(1, len(facts))
        home = [m for f in facts for m in _home(f.places)]
        city_counts = Counter((m.place.country, m.place.city) for m in home if m.kind == "city")
        country_counts = Counter(m.place.country for m in home)
        majority = country_counts.most_common(1)[0][0] if country_counts else None
        first_pos: dict[tuple[str, str | None], float] = {}
        for m in sorted(home, key=lambda m: m.start):
            first_pos.setdefault((m.place.country, m.place.city), m.start / max(1, len(text)))
        title_keys = {(m.place.country, m.place.city) for m in _home(ctx.title_places)}
        title_foreign = any(m.kind == "foreign" or m.place.country not in CENTRAL_ASIA for m in ctx.title_places)
        dominant = ctx.dominant
        dom_key = (dominant.place.country, dominant.place.city) if dominant is not None else None
        rule_keys = {(c.country, c.city) for c in found if c.rule}
        dates_per_place = Counter((c.country, c.city) for c in found)
        places_per_date = Counter(c.date for c in found)
        support = sorted({len(c.triggers) for c in found}, reverse=True)
        lang = self.language or "und"
        for c in found:
            v = [0.0] * len(FEATURES)

            def put(name: str, value: float, v: list[float] = v) -> None:
                v[INDEX[name]] = float(value)

            supports = sorted(c.triggers | c.weak)
            put("rule", c.rule)
            put("rule_date_only", (not c.rule) and (c.country, c.city) in rule_keys)
            put("n_strong", len(c.triggers))
            put("n_weak", len(c.weak))
            put("share_strong", len(c.triggers) / max(1, sum(len(x.triggers) for x in found)))
            for s in c.place_sources:
                put(f"place_{s}", 1)
            for s in c.date_sources:
                put(f"date_{s}", 1)
            kind = c.place_mention.kind if c.place_mention.kind in ("city", "region", "country", "site") else "city"
            put(f"kind_{kind}", 1)
            put("city_mentions", city_counts.get((c.country, c.city), 0) if c.city else 0)
            put("city_in_title", (c.country, c.city) in title_keys)
            put("city_dominant", dom_key == (c.country, c.city))
            put("first_mention_pos", first_pos.get((c.country, c.city), 1.0))
            put("country_share", country_counts.get(c.country, 0) / max(1, sum(country_counts.values())))
            put("majority_country", c.country == majority)
            put("possessor", is_possessor(c.place_mention, text) if c.place_mention.end <= len(text) else 0)
            put("mention_confidence", getattr(c.place_mention, "confidence", 1.0))
            dm = c.date_mention
            put("precision_month", c.precision == "month")
            put("date_relative", bool(getattr(dm, "relative", False)))
            put("year_inferred", bool(getattr(dm, "year_inferred", False)))
            put("reference_guessed", bool(ctx.dating.guessed))
            put("no_reference", self.reference is None)
            days = days_before(c.date, self.reference)
            if days is not None:
                put("days_before_ref", max(-30, min(400, days)))
                put("log_days_before", math.log1p(abs(days)) * (1 if days >= 0 else -1))
                put("future", days < -1)
                put("older_60", days > 60)
                put("older_365", days > 365)
            put("trigger_date_chars", min(c.date_chars, 400))
            put("trigger_place_chars", min(c.place_chars, 400))
            quals = Counter(q for i in supports for q in facts[i].qualifiers)
            for q in QUALIFIER_LABELS:
                put(f"q_{q}", quals.get(q, 0) / max(1, len(supports)))
            put("foreign_in_support", any(facts[i].foreign for i in supports))
            put("title_foreign", title_foreign)
            put("first_sentence_pos", (supports[0] / n_sent) if supports else 1.0)
            put("first_paragraph", bool(supports) and facts[supports[0]].sentence.paragraph == 0)
            put("n_candidates", len(found))
            put("n_rule", sum(x.rule for x in found))
            put("has_published", self.published)
            put("dates_same_place", dates_per_place[(c.country, c.city)])
            put("places_same_date", places_per_date[c.date])
            put("support_rank", support.index(len(c.triggers)) if len(c.triggers) in support else 9)
            put("title_protest", self.title_protest)
            if lang in LANGUAGES:
                put(f"lang_{lang}", 1)
            c.features = v


def protest_sentences(facts: Sequence[Any]) -> list[int]:
    """Indices of the sentences with a protest cue (the ones candidates come from)."""
    return [f.sentence.index for f in facts if f.triggers]


def add_sentence_scores(found: Sequence[Candidate], scores: Mapping[int, float]) -> None:
    """Fill the sentence-model features of each candidate from per-sentence scores."""
    best = max(scores.values(), default=0.0)
    for c in found:
        own = [scores[i] for i in sorted(c.triggers | c.weak) if i in scores]
        c.features[INDEX["sent_max"]] = max(own, default=0.0)
        c.features[INDEX["sent_mean"]] = sum(own) / len(own) if own else 0.0
        c.features[INDEX["sent_first"]] = own[0] if own else 0.0
        c.features[INDEX["doc_sent_max"]] = best
        c.features[INDEX["doc_sent_rank"]] = best - max(own, default=0.0)


def add_document_score(found: Sequence[Candidate], score: float) -> None:
    """Fill the document-model feature (same for every candidate of the article)."""
    for c in found:
        c.features[INDEX["doc_text"]] = score
