"""Per-sentence facts the event stages work from: cues, qualifiers, places and dates.

Every offset here is absolute (into ``article.text``). Place and date mentions
come from the gazetteer and the date recogniser, run once over the whole text
and bucketed by sentence.
"""

from __future__ import annotations

import datetime as dt
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from typing import Any

from protest_tracker.pipeline.events.cues import BAN_CUES, QUALIFIERS, TRIGGERS
from protest_tracker.pipeline.lexicon import CueMatch
from protest_tracker.pipeline.text import Sentence

CENTRAL_ASIA = frozenset({"KZ", "KG", "TJ", "TM", "UZ"})


@dataclass(slots=True)
class SentenceFacts:
    """What one sentence says that matters for segmentation."""

    sentence: Sentence
    triggers: list[CueMatch] = field(default_factory=list)
    qualifiers: set[str] = field(default_factory=set)
    places: list[Any] = field(default_factory=list)
    dates: list[Any] = field(default_factory=list)

    @property
    def strong(self) -> bool:
        return any(t.label == "strong" for t in self.triggers)

    @property
    def weak(self) -> bool:
        return bool(self.triggers) and not self.strong

    @property
    def home_places(self) -> list[Any]:
        """Mentions of places in the five countries (cities, regions, the countries themselves)."""
        return [p for p in self.places if p.kind != "foreign" and p.place.country in CENTRAL_ASIA]

    @property
    def cities(self) -> list[Any]:
        return [p for p in self.home_places if p.kind == "city"]

    @property
    def foreign(self) -> list[Any]:
        return [p for p in self.places if p.kind == "foreign" or p.place.country not in CENTRAL_ASIA]

    def anchor(self) -> int:
        """Offset of the first strong trigger (or of the sentence start)."""
        strong = [t.start for t in self.triggers if t.label == "strong"]
        return min(strong) if strong else self.sentence.start


def _bucket(mentions: Sequence[Any], sentences: Sequence[Sentence]) -> list[list[Any]]:
    buckets: list[list[Any]] = [[] for _ in sentences]
    j = 0
    for mention in sorted(mentions, key=lambda m: m.start):
        while j < len(sentences) and sentences[j].end <= mention.start:
            j += 1
        if j < len(sentences) and sentences[j].start <= mention.start:
            buckets[j].append(mention)
    return buckets


def sentence_facts(
    *, text: str, folded: str, sentences: Sequence[Sentence], places: Sequence[Any], dates: Sequence[Any],
) -> list[SentenceFacts]:
    """Facts for each sentence (``folded`` is the same-length folded ``text``)."""
    place_buckets = _bucket(places, sentences)
    date_buckets = _bucket(dates, sentences)
    out = []
    for sentence, sentence_places, sentence_dates in zip(sentences, place_buckets, date_buckets, strict=True):
        facts = SentenceFacts(sentence, places=sentence_places, dates=sentence_dates)
        facts.triggers = TRIGGERS.find(folded, sentence.start, sentence.end)
        if facts.triggers:
            facts.qualifiers = QUALIFIERS.labels_in(folded, sentence.start, sentence.end)
            bans = BAN_CUES.labels_in(folded, sentence.start, sentence.end)
            if "ban" in bans and "despite" not in bans:
                facts.qualifiers.add("not_held")  # a ban on rallies reports no rally
        out.append(facts)
    return out


def reference_date(
    *, published: dt.date | None, text: str, language: str | None,
    find_dates: Callable[..., list[Any]],
) -> tuple[dt.date | None, str]:
    """The date "now" for the article: its publication date, or else the latest full date in the text."""
    if published is not None:
        return published, "published"
    stated: list[dt.date] = []
    inferred: list[dt.date] = []
    for mention in find_dates(text, language=language, published=None):
        if mention.precision != "day" or mention.relative:
            continue
        try:
            value = dt.date.fromisoformat(mention.value)
        except (TypeError, ValueError):
            continue
        (inferred if getattr(mention, "year_inferred", False) else stated).append(value)
    best = max(stated) if stated else (max(inferred) if inferred else None)
    return best, ("latest_date_in_text" if best else "none")


def dominant_city(facts: Sequence[SentenceFacts], title_places: Sequence[Any]) -> Any | None:
    """The home city mentioned most (title mentions count double; ties go to the earliest)."""
    counts: Counter = Counter()
    first: dict[tuple[str, str], Any] = {}
    for mention in title_places:
        if mention.kind == "city" and mention.place.country in CENTRAL_ASIA:
            key = (mention.place.country, mention.place.city)
            counts[key] += 2
            first.setdefault(key, mention)
    for f in facts:
        for mention in f.cities:
            key = (mention.place.country, mention.place.city)
            counts[key] += 1
            first.setdefault(key, mention)
    if not counts:
        return None
    key, _ = max(counts.items(), key=lambda kv: kv[1])
    return first[key]
