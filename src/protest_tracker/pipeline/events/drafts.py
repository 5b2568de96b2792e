"""Drafts of events and the builder that assembles them while claims are resolved (see segment)."""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from protest_tracker.pipeline.events.facts import SentenceFacts
from protest_tracker.pipeline.lang import words


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
    place_in_sentence: bool = True

    @property
    def key(self) -> tuple[str, str | None, str | None]:
        return (self.country, self.city, self.date)


@dataclass(slots=True)
class Claim:
    facts: SentenceFacts
    places: list[Any]
    level: int
    own_place: bool
    date: Any | None


@dataclass(slots=True)
class SegmentOptions:
    background_days: int = 60
    future_days: int = 1
    max_events: int = 12


_DEADLINE_BEFORE = re.compile(r"(?:until|till|by|до|по|дейін|чейин|gacha|то)\s+(?:at least\s+)?$", re.IGNORECASE)


#: a sentence that only dates what was just told ("Инцидент случился 3 августа", "It happened on May 3")
_OCCURRED = re.compile(
    r"(?<!\w)(?:произош\w+|случил\w+|состоял\w+|имел\w* место|took place|happened|occurred|болды|болган|"
    r"бўлиб ўтди|bo'lib o'tdi|ба вуқӯъ пайваст|рух дод)", re.IGNORECASE)


#: a verb of saying right before the date ("said on Monday", "заявили в понедельник"; language packs)
_SPEECH_BEFORE = re.compile(rf"(?<!\w)(?:{'|'.join(sorted(words('SPEECH_BEFORE_DATE'), key=len, reverse=True))})"
                            r"\s+(?:on\s+|в\s+|во\s+)?$", re.IGNORECASE)


def event_dates(facts: SentenceFacts, text: str = "") -> list[Any]:
    """Day/month dates of the sentence, except deadlines ("until November 12", "до 5 мая") and the
    day something was said ("the authorities said on Monday": the report's date, not the event's)."""
    return [d for d in facts.dates if d.precision in ("day", "month") and d.value
            and not (text and (_DEADLINE_BEFORE.search(text[max(0, d.start - 16):d.start])
                               or _SPEECH_BEFORE.search(text[max(0, d.start - 24):d.start])))]


def merge_undated(drafts: list[Draft]) -> list[Draft]:
    """Without a date there is no telling events apart: undated drafts merge into one per country
    (the one with most trigger sentences keeps its place; the others' sentences join it)."""
    undated: dict[str, list[Draft]] = {}
    kept = []
    for draft in drafts:
        if draft.date is None:
            undated.setdefault(draft.country, []).append(draft)
        else:
            kept.append(draft)
    for group in undated.values():
        main = max(group, key=lambda d: (len(d.triggers), d.city is not None, -min(d.triggers)))
        for other in group:
            if other is not main:
                main.triggers += [t for t in other.triggers if t not in main.triggers]
                main.sentences += [t for t in other.sentences if t not in main.sentences]
        kept.append(main)
    return kept


def fold_month_drafts(drafts: list[Draft]) -> list[Draft]:
    """A month-level draft ("in early January, protests spread") joins a day-level draft of that
    month in the same country when it names no other city of its own: it summarises, it is not a
    separate event."""
    days = [d for d in drafts if d.date and d.precision == "day"]
    kept = []
    for draft in drafts:
        if draft.date and draft.precision == "month":
            same_month = [d for d in days if d.country == draft.country and (d.date or "").startswith(draft.date[:7])
                          and (draft.city in (None, d.city) or not draft.place_in_sentence)]
            if same_month:
                main = min(same_month, key=lambda d: d.date or "")
                main.triggers += [t for t in draft.triggers if t not in main.triggers]
                main.sentences += [t for t in draft.sentences if t not in main.sentences]
                continue
        kept.append(draft)
    return kept


class DraftBuilder:
    """Holds drafts while claims are resolved."""

    def __init__(self, facts: Sequence[SentenceFacts], options: SegmentOptions, rejected: list[str], text: str) -> None:
        self.facts = facts
        self.text = text
        self.options = options
        self.rejected = rejected
        self.drafts: dict[tuple[str, str | None, str | None], Draft] = {}
        self.fallback_month: str | None = None  # the month of an event the text names, when no day is known

    def add(self, mention: Any, claim: Claim, *, date: Any, source: str, own_place: bool) -> Draft | None:
        if isinstance(date, tuple):
            value, precision, date_mention = date[0], date[1], date[2]
        elif date is not None:
            value, precision, date_mention = date.value, date.precision, date
        else:
            value, precision, date_mention = None, "day", None
        key = (mention.place.country, mention.place.city, value)
        draft = self.drafts.get(key)
        if draft is None:
            if len(self.drafts) >= self.options.max_events:
                self.rejected.append("too_many_events")
                return None
            draft = Draft(country=mention.place.country, city=mention.place.city, place=mention.place,
                          place_mention=mention, date=value, precision=precision, date_mention=date_mention,
                          date_source=source, place_in_sentence=own_place)
            self.drafts[key] = draft
        self.attach(draft, claim)
        return draft

    @staticmethod
    def attach(draft: Draft, claim: Claim) -> None:
        index = claim.facts.sentence.index
        if index not in draft.triggers:
            draft.triggers.append(index)
            draft.sentences.append(index)

    def find(self, mention: Any, *, date: str | None, broader: bool, near: int | None = None) -> Draft | None:
        """An existing draft for this place (and date, when given); region/country claims match any city in it."""
        place = mention.place
        found = []
        for draft in self.drafts.values():
            if draft.country != place.country or (date is not None and draft.date != date):
                continue
            if draft.city == place.city or (broader and (place.region is None or draft.place is None
                                                          or draft.place.region == place.region)):
                found.append(draft)
        if not found:
            return None
        if near is None:
            return found[0]
        return min(found, key=lambda d: min(abs(t - near) for t in d.triggers))

    def find_broader_draft(self, mention: Any) -> Draft | None:
        """A region- or country-level draft (no city) that contains this city mention."""
        place = mention.place
        for draft in self.drafts.values():
            if draft.city is None and draft.country == place.country and (
                    draft.place is None or draft.place.region in (None, place.region)):
                return draft
        return None

    def previous(self, claim: Claim) -> Draft | None:
        index = claim.facts.sentence.index
        before = [d for d in self.drafts.values() if any(t < index for t in d.triggers)]
        return max(before, key=lambda d: max(t for t in d.triggers if t < index)) if before else None

    def context_date(self, claim: Claim, reference: dt.date | None) -> tuple[tuple | None, str]:
        paragraph = claim.facts.sentence.paragraph
        index = claim.facts.sentence.index
        for f in self.facts[index + 1: index + 3]:  # "… перекрыли трассу. Это случилось 3 августа."
            if f.sentence.paragraph != paragraph and f.sentence.index != index + 1 or f.strong:
                break
            dates = event_dates(f, self.text)
            if dates and _OCCURRED.search(f.sentence.text):
                return (dates[0].value, dates[0].precision, dates[0]), "paragraph"
        for f in reversed(self.facts[: claim.facts.sentence.index]):
            if f.sentence.paragraph != paragraph:
                break
            dates = event_dates(f, self.text)
            if dates:
                return (dates[-1].value, dates[-1].precision, dates[-1]), "paragraph"
        previous = [d for d in self.drafts.values() if d.date and d.date_source == "sentence"
                    and min(d.triggers) < claim.facts.sentence.index]
        if previous:
            last = max(previous, key=lambda d: max(t for t in d.triggers if t < claim.facts.sentence.index))
            return (last.date, last.precision, last.date_mention), "previous_event"
        if reference is not None:
            return (reference.isoformat(), "day", None), "reference"
        if self.fallback_month is not None:
            return (self.fallback_month, "month", None), "era_month"
        return None, "unknown"

    def attach_followers(self) -> None:
        """Give each draft the non-trigger sentences that follow its triggers (up to two)."""
        owner: dict[int, Draft] = {}
        for draft in self.drafts.values():
            for t in draft.triggers:
                owner.setdefault(t, draft)
        current: Draft | None = None
        distance = 0
        for f in self.facts:
            index = f.sentence.index
            if index in owner:
                current, distance = owner[index], 0
                continue
            distance += 1
            if current is not None and distance <= 2 and index not in current.sentences:
                current.sentences.append(index)
