"""Event detection and segmentation: protest sentences → one draft per date + place.

Every sentence with a protest trigger that is not a hard negative makes a
*claim*: the places it names (the city nearest the trigger and the cities
listed with it; else a region or country it names) and the date it names
(nearest the trigger). Claims are then resolved in two passes:

1. claims with their own date become drafts, merged by country + city + date;
   a claim without a place of its own takes the place of the previous event
   in the same stretch of text, else the title's, else the article's
   dominant city;
2. claims without a date attach to an existing draft for the same place (or,
   for a region/country-level claim, to a draft in that country); only when
   there is none do they make a new draft, dated by the previous event in the
   paragraph, a date named earlier in the paragraph, or the reference date.

Hard negatives are rejected with a counted reason: protests abroad, calls and
cancelled actions, court cases, background and anniversaries, dates long before
the article or after it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from protest_tracker.pipeline.facts import CENTRAL_ASIA, SentenceFacts

_LOCATIVE_BEFORE = ("в ", "во ", "in ", "at ", "near ")
_LIST_GAP = re.compile(r"^(?:\s*(?:,|and|и|va|мен|жана|ва|ҳамда|және|hem|&)\s*)+$", re.IGNORECASE)
_LEVEL = {"city": 0, "region": 1, "country": 2}


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
    background_days: int = 45
    future_days: int = 1
    max_events: int = 12


def _is_abroad(facts: SentenceFacts, text: str) -> bool:
    """True when the sentence places the action in a foreign city or 'in <foreign country>'."""
    if any(m.kind in ("city", "region") for m in facts.home_places):
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


def _listed_with(mentions: Sequence[Any], chosen: Any, text: str) -> list[Any]:
    """``chosen`` plus the mentions joined to it by list separators ("Almaty, Astana and Shymkent")."""
    ordered = sorted(mentions, key=lambda m: m.start)
    i = ordered.index(chosen)
    group = [chosen]
    for step in (-1, 1):
        j = i
        while 0 <= j + step < len(ordered):
            a, b = (ordered[j + step], ordered[j]) if step < 0 else (ordered[j], ordered[j + step])
            if not _LIST_GAP.match(text[a.end:b.start]):
                break
            j += step
            group.append(ordered[j])
    return sorted(group, key=lambda m: m.start)


def _own_places(f: SentenceFacts, text: str) -> tuple[list[Any], int]:
    anchor = f.anchor()
    for level in ("city", "region", "country"):
        mentions = [m for m in f.home_places if m.kind == level]
        if mentions:
            chosen = _nearest(mentions, anchor)
            group = _listed_with(mentions, chosen, text) if level == "city" else [chosen]
            unique = list({(m.place.country, m.place.city, m.place.region): m for m in group}.values())
            return unique, _LEVEL[level]
    return [], 3


_DEADLINE_BEFORE = re.compile(r"(?:until|till|by|до|по|дейін|чейин|gacha|то)\s+(?:at least\s+)?$", re.IGNORECASE)


def _event_dates(facts: SentenceFacts, text: str = "") -> list[Any]:
    """Day/month dates of the sentence, except deadlines ("until November 12", "до 5 мая")."""
    return [d for d in facts.dates if d.precision in ("day", "month") and d.value
            and not (text and _DEADLINE_BEFORE.search(text[max(0, d.start - 16):d.start]))]


def _parse(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value if len(value) == 10 else value[:7] + "-01")
    except ValueError:
        return None


def _hard_negative(f: SentenceFacts, text: str) -> str | None:
    """The reason this protest sentence reports no event, or ``None``."""
    q = f.qualifiers
    if _is_abroad(f, text):
        return "abroad"
    for reason in ("diplomatic", "not_held", "future_call", "court_case", "background"):
        if reason in q:
            return "call_or_plan" if reason == "future_call" else reason
    return None


def _time_reason(value: str | None, precision: str, reference: dt.date | None, options: SegmentOptions) -> str | None:
    when = _parse(value)
    if reference is None or when is None:
        return None
    limit = options.background_days + (31 if precision == "month" else 0)
    start = reference.replace(day=1) if precision == "month" else reference
    if (start - when).days > limit:
        return "background_date"
    if precision == "day" and (when - reference).days > options.future_days:
        return "future_date"
    return None


def segment(
    facts: Sequence[SentenceFacts], *, text: str, title_places: Sequence[Any], dominant: Any | None,
    reference: dt.date | None, options: SegmentOptions | None = None,
) -> tuple[list[Draft], list[str]]:
    """Drafts (merged by country + city + date) and the reasons candidates were rejected."""
    options = options or SegmentOptions()
    rejected: list[str] = []
    claims: list[Claim] = []
    for f in facts:
        if not f.strong:
            continue
        reason = _hard_negative(f, text)
        if reason:
            rejected.append(reason)
            continue
        places, level = _own_places(f, text)
        claims.append(Claim(f, places, level, bool(places), _nearest(_event_dates(f, text), f.anchor())))
    title_home = [m for m in title_places if m.kind != "foreign" and m.place.country in CENTRAL_ASIA]
    title_place = min(title_home, key=lambda m: _LEVEL.get(m.kind, 3)) if title_home else None
    builder = _Builder(facts, options, rejected, text)
    last: Draft | None = None
    dated = sorted((c for c in claims if c.date is not None), key=lambda c: (c.level > 0, c.facts.sentence.index))
    for claim in dated:  # pass 1: dated claims, city-level first
        if claim.level == 2:
            claim.places = _country_city(claim, facts, builder) or claim.places
        if _time_reason(claim.date.value, claim.date.precision, reference, options):
            rejected.append(_time_reason(claim.date.value, claim.date.precision, reference, options) or "")
            continue
        places = claim.places or _context_place(claim, last, title_place, dominant, facts)
        if not places:
            rejected.append("no_home_place")
            continue
        if claim.level > 0 and claim.own_place:
            target = (builder.find(places[0], date=claim.date.value, broader=True)
                      or builder.find(places[0], date=None, broader=True, near=claim.facts.sentence.index))
            if target is not None:
                builder.attach(target, claim)
                last = target
                continue
        for mention in places:
            last = builder.add(mention, claim, date=claim.date, source="sentence", own_place=claim.own_place) or last
    for claim in claims:  # pass 2: undated claims
        if claim.date is not None:
            continue
        if claim.level == 2:
            claim.places = _country_city(claim, facts, builder) or claim.places
        places = claim.places or _context_place(claim, builder.previous(claim), title_place, dominant, facts)
        if not places:
            rejected.append("no_home_place")
            continue
        for mention in places:
            target = (builder.find(mention, date=None, broader=claim.level > 0, near=claim.facts.sentence.index)
                      or builder.find_broader_draft(mention))
            if target is not None:
                builder.attach(target, claim)
                continue
            date, source = builder.context_date(claim, reference)
            if date is not None and _time_reason(date[0], date[1], reference, options):
                rejected.append(_time_reason(date[0], date[1], reference, options) or "")
                continue
            builder.add(mention, claim, date=date, source=source, own_place=claim.own_place)
    builder.attach_followers()
    return list(builder.drafts.values()), rejected


def _country_city(claim: Claim, facts: Sequence[SentenceFacts], builder: _Builder) -> list[Any]:
    """For a claim naming only a country: a city of that country named in the neighbouring
    sentences of its paragraph, else the city of an existing event in that country."""
    country = claim.places[0].place.country if claim.places else None
    index, paragraph = claim.facts.sentence.index, claim.facts.sentence.paragraph
    for offset in (1, -1, 2, -2):
        j = index + offset
        if 0 <= j < len(facts) and facts[j].sentence.paragraph == paragraph:
            cities = [m for m in facts[j].cities if m.place.country == country]
            if cities:
                return [cities[0]]
    existing = [d for d in builder.drafts.values() if d.country == country and d.city and d.place_mention]
    return [existing[0].place_mention] if existing else []


def _context_place(claim: Claim, last: Draft | None, title_place: Any, dominant: Any, facts: Sequence[SentenceFacts]) -> list[Any]:
    if last is not None and last.place_mention is not None:
        last_paragraph = facts[last.triggers[-1]].sentence.paragraph
        if claim.facts.sentence.paragraph - last_paragraph <= 1:
            return [last.place_mention]
    for option in (title_place, dominant):
        if option is not None:
            return [option]
    return []


class _Builder:
    """Holds drafts while claims are resolved."""

    def __init__(self, facts: Sequence[SentenceFacts], options: SegmentOptions, rejected: list[str], text: str) -> None:
        self.facts = facts
        self.text = text
        self.options = options
        self.rejected = rejected
        self.drafts: dict[tuple[str, str | None, str | None], Draft] = {}

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
        for f in reversed(self.facts[: claim.facts.sentence.index]):
            if f.sentence.paragraph != paragraph:
                break
            dates = _event_dates(f, self.text)
            if dates:
                return (dates[-1].value, dates[-1].precision, dates[-1]), "paragraph"
        if reference is not None:
            return (reference.isoformat(), "day", None), "reference"
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
