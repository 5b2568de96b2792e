"""Event detection and segmentation: protest sentences → one draft per date + place.

For each sentence that reports a protest action (a strong trigger) the place
is the home city named in it, else the place of the previous event in the same
stretch of text, else the title's or the article's dominant city. The date is
the date named in it (nearest the trigger), else the previous event's date in
the same paragraph, else a date named earlier in the paragraph, else the
reference date (publication date, or the latest date in the text). Hard
negatives are rejected with a counted reason: protests abroad, calls and
cancelled actions, court cases, background and anniversaries, dates long
before the article or after it.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from protest_tracker.pipeline.facts import CENTRAL_ASIA, SentenceFacts

_LOCATIVE_BEFORE = ("в ", "во ", "in ", "at ", "near ")


@dataclass(slots=True)
class Draft:
    """An event being assembled: where, when, and which sentences report it."""

    country: str
    city: str | None
    place: Any | None
    place_mention: Any | None
    date: str | None
    precision: str
    date_mention: Any | None
    date_source: str
    sentences: list[int] = field(default_factory=list)
    triggers: list[int] = field(default_factory=list)

    @property
    def key(self) -> tuple[str, str | None, str | None]:
        return (self.country, self.city, self.date)


@dataclass(slots=True)
class SegmentOptions:
    background_days: int = 45
    future_days: int = 1
    max_events: int = 12


def _is_abroad(facts: SentenceFacts, text: str) -> bool:
    """True when the sentence places the action in a foreign city or 'in <foreign country>'."""
    if facts.home_places:
        return False
    for mention in facts.foreign:
        if mention.place.city:
            return True
        before = text[max(0, mention.start - 4): mention.start].lower()
        if before.endswith(_LOCATIVE_BEFORE) or mention.surface.lower().endswith(("да", "де", "та", "те", "da", "de")):
            return True
    return False


def _nearest(mentions: Sequence[Any], anchor: int) -> Any | None:
    if not mentions:
        return None
    return min(mentions, key=lambda m: (abs(m.start - anchor), m.start))


def _event_dates(facts: SentenceFacts) -> list[Any]:
    return [d for d in facts.dates if d.precision in ("day", "month") and d.value]


def _parse(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value if len(value) == 10 else value[:7] + "-01")
    except ValueError:
        return None


def segment(
    facts: Sequence[SentenceFacts], *, text: str, title_places: Sequence[Any], dominant: Any | None,
    reference: dt.date | None, options: SegmentOptions | None = None,
) -> tuple[list[Draft], list[str]]:
    """Drafts (merged by country + city + date) and the reasons candidates were rejected."""
    options = options or SegmentOptions()
    rejected: list[str] = []
    drafts: dict[tuple[str, str | None, str | None], Draft] = {}
    title_city = next((m for m in title_places if m.kind == "city" and m.place.country in CENTRAL_ASIA), None)
    last: Draft | None = None
    last_paragraph = -1
    paragraph_date: Any | None = None
    for f in facts:
        sentence = f.sentence
        if sentence.paragraph != last_paragraph:
            paragraph_date = None
            last_paragraph = sentence.paragraph
        own_dates = _event_dates(f)
        if not f.strong:
            if own_dates:
                paragraph_date = own_dates[-1]
            if last is not None and sentence.index - last.sentences[-1] <= 2:
                last.sentences.append(sentence.index)
            continue
        reason = _hard_negative(f, text)
        if reason:
            rejected.append(reason)
            if own_dates:
                paragraph_date = own_dates[-1]
            continue
        anchor = f.anchor()
        # where
        mentions = f.cities or [m for m in f.home_places if m.kind == "region"]
        places: list[Any] = []
        if mentions:
            places = list({(m.place.country, m.place.city, m.place.region): m for m in mentions}.values())
        elif last is not None and last.place is not None and sentence.paragraph - _paragraph_of(facts, last) <= 1:
            places = [last.place_mention]
        elif title_city is not None:
            places = [title_city]
        elif dominant is not None:
            places = [dominant]
        elif f.home_places:
            places = [f.home_places[0]]
        if not places:
            rejected.append("no_home_place")
            continue
        # when
        date_mention = _nearest(own_dates, anchor)
        source = "sentence"
        if date_mention is None and last is not None and last.date_mention is not None \
                and _paragraph_of(facts, last) == sentence.paragraph:
            date_mention, source = last.date_mention, "previous_event"
        if date_mention is None and paragraph_date is not None:
            date_mention, source = paragraph_date, "paragraph"
        if date_mention is not None:
            date_value, precision = date_mention.value, date_mention.precision
        elif reference is not None:
            date_value, precision, source = reference.isoformat(), "day", "reference"
        else:
            date_value, precision, source = None, "day", "unknown"
        when = _parse(date_value)
        if reference is not None and when is not None:
            if precision == "day" and (reference - when).days > options.background_days:
                rejected.append("background_date")
                continue
            if precision == "month" and (reference.replace(day=1) - when).days > options.background_days + 31:
                rejected.append("background_date")
                continue
            if (when - reference).days > options.future_days and precision == "day":
                rejected.append("future_date")
                continue
        for mention in places:
            draft = Draft(country=mention.place.country, city=mention.place.city, place=mention.place,
                          place_mention=mention, date=date_value, precision=precision,
                          date_mention=date_mention, date_source=source)
            existing = drafts.get(draft.key)
            if existing is None:
                if len(drafts) >= options.max_events:
                    rejected.append("too_many_events")
                    continue
                drafts[draft.key] = draft
                existing = draft
            existing.sentences.append(sentence.index)
            existing.triggers.append(sentence.index)
            last = existing
        if own_dates:
            paragraph_date = own_dates[-1]
    return list(drafts.values()), rejected


def _paragraph_of(facts: Sequence[SentenceFacts], draft: Draft) -> int:
    return facts[draft.triggers[-1]].sentence.paragraph if draft.triggers else -1


def _hard_negative(f: SentenceFacts, text: str) -> str | None:
    """The reason this protest sentence reports no event, or ``None``."""
    q = f.qualifiers
    if _is_abroad(f, text):
        return "abroad"
    if "not_held" in q:
        return "not_held"
    if "future_call" in q:
        return "call_or_plan"
    if "court_case" in q:
        return "court_case"
    if "background" in q:
        return "background"
    if "non_protest_crowd" in q and not any(t.label == "strong" for t in f.triggers):
        return "non_protest_crowd"
    return None
