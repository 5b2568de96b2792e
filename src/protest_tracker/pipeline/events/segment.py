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

Hard negatives are rejected with a counted reason: protests abroad (a foreign city,
"in <foreign country>", or the embassy of a republic whose own places are the only ones
the sentence names: "у посольства Казахстана", "Tajik embassy in Moscow"), calls and
cancelled actions, court cases, background and anniversaries, dates long before
the article or after it.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence
from functools import lru_cache
from typing import Any

from protest_tracker.pipeline.events.claim_rules import demand_only, is_possessor, split_parallel
from protest_tracker.pipeline.events.drafts import (
    Claim,
    Draft,
    DraftBuilder,
    SegmentOptions,
    event_dates,
    fold_month_drafts,
    merge_undated,
)
from protest_tracker.pipeline.events.facts import CENTRAL_ASIA, SentenceFacts
from protest_tracker.pipeline.lang import cue_map

_LOCATIVE_BEFORE = ("в ", "во ", "in ", "at ", "near ")
_LIST_GAP = re.compile(
    r"^(?:\s*(?:,|and|и|va|мен|жана|ва|ҳамда|және|hem|&)\s*)+$"
    # "in Taraz, and in the oil town Aktau", "в Алматы, а также в Шымкенте"
    r"|^\s*,?\s*(?:and|as well as|а также|и)\s+(?:also\s+)?(?:in|at|в|во)\s+(?:the\s+)?(?:[\w-]+\s+){0,3}$",
    re.IGNORECASE)
_LEVEL = {"city": 0, "region": 1, "country": 2}
_SINCE_BEFORE = re.compile(r"(?:since|начиная с|с|со)\s+$", re.IGNORECASE)


#: country code -> one pattern naming that republic's embassies and consulates (language packs;
#: written in lower case and matched against the lower-cased sentence: a case-insensitive
#: Unicode pattern is several times slower)
_MISSIONS = re.compile("|".join(f"(?P<{code}>{'|'.join(f'(?:{p})' for p in patterns)})"
                                for code, patterns in cue_map("HOME_MISSIONS", labels=sorted(CENTRAL_ASIA)).items()
                                if patterns))


@lru_cache(maxsize=512)
def home_missions(sentence: str) -> frozenset[str]:
    """The republics whose embassy or consulate the sentence names ("у посольства Узбекистана");
    cached: the rule segmentation and the candidate builder ask about the same sentences."""
    return frozenset(str(m.lastgroup) for m in _MISSIONS.finditer(sentence.lower()))


def _is_abroad(facts: SentenceFacts, text: str) -> bool:
    """True when the sentence places the action in a foreign city or 'in <foreign country>', or at
    an embassy of a republic whose own places are the only home places it names (a republic's
    embassy stands outside it; at the Kazakh embassy in Bishkek, Bishkek is named)."""
    missions = home_missions(facts.sentence.text)
    if missions and all(m.place.country in missions for m in facts.home_places):
        return True
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
            located = [m for m in mentions if not is_possessor(m, text)]
            chosen = _nearest(located or mentions, anchor)
            assert chosen is not None  # mentions is not empty
            group = _listed_with(mentions, chosen, text) if level == "city" else [chosen]
            unique = list({(m.place.country, m.place.city, m.place.region): m for m in group}.values())
            return unique, _LEVEL[level]
    return [], 3


def _parse(value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value if len(value) == 10 else value[:7] + "-01")
    except ValueError:
        return None


def _older_year_only(f: SentenceFacts, text: str, reference: dt.date) -> bool:
    """The sentence dates its protest only by a year before the article's ("в 2022 году …")."""
    if event_dates(f, text):
        return False
    years = [d for d in f.dates if d.precision == "year" and d.value and d.value[:4].isdigit()]
    return bool(years) and all(int(d.value[:4]) < reference.year for d in years)


_DATE_JOIN = re.compile(r"^[\s,]*(?:(?:и|and|а также|also|then|затем|а|продолжи\w*|continu\w*|on|в|до|to|till)\b[\s,]*){1,4}$",
                        re.IGNORECASE)


_CONTINUED = re.compile(r"продолж|continu|davom|давом|жалғас|уланты|идома", re.IGNORECASE)


def _sentence_date(f: SentenceFacts, text: str) -> Any | None:
    """The date of a protest sentence: one opening the sentence ("On July 1, …", "Вчера …") governs
    it; otherwise the date nearest the trigger."""
    dates = event_dates(f, text)
    opening = [d for d in dates if d.start - f.sentence.start <= 20]
    return opening[0] if opening else _nearest(dates, f.anchor())


def _joined_dates(claim: Claim, text: str) -> list[Any]:
    """Other days the claim's sentence joins to its date ("1 и 2 июля", "on May 14 and May 16")."""
    if claim.date is None or claim.date.precision != "day":
        return []
    extra = []
    for other in event_dates(claim.facts, text):
        if other is claim.date or other.precision != "day" or other.value == claim.date.value:
            continue
        left, right = sorted((claim.date, other), key=lambda m: m.start)
        gap = text[left.end:right.start]
        if len(gap) <= 60 and (_DATE_JOIN.match(gap) or _CONTINUED.search(gap)):
            extra.append(other)
    return extra


def title_abroad(title_places: Sequence[Any], title: str) -> bool:
    """The title places its story abroad: a foreign place and no home city or region."""
    home = [m for m in title_places if m.kind in ("city", "region") and m.place.country in CENTRAL_ASIA]
    return not home and any(m.kind == "foreign" or m.place.country not in CENTRAL_ASIA for m in title_places
                            if m.place.city or title[max(0, m.start - 4):m.start].lower().endswith(_LOCATIVE_BEFORE))


def hard_negative(f: SentenceFacts, text: str) -> str | None:
    """The reason this protest sentence reports no event, or ``None``."""
    if f.sentence.text.rstrip(" \"'»”").endswith("?"):
        return "question"
    q = f.qualifiers
    if _is_abroad(f, text):
        return "abroad"
    for reason in ("diplomatic", "not_held", "future_call", "court_case", "background"):
        if reason in q and not (reason == "future_call" and demand_only(f, text)):
            return "call_or_plan" if reason == "future_call" else reason
    return None


def time_reason(value: str | None, precision: str, reference: dt.date | None, options: SegmentOptions) -> str | None:
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
    reference: dt.date | None, options: SegmentOptions | None = None, title: str = "",
    language: str | None = None, fallback_month: str | None = None, vetoed: set[int] | None = None,
) -> tuple[list[Draft], list[str]]:
    """Drafts (merged by country + city + date) and the reasons candidates were rejected; the
    indices of the sentences rejected as hard negatives are added to ``vetoed`` when given."""
    options = options or SegmentOptions()
    rejected: list[str] = []
    claims: list[Claim] = []
    abroad_context = title_abroad(title_places, title)
    for f in facts:
        if not f.strong:
            continue
        reason = hard_negative(f, text)
        if reason == "abroad" and not claims:
            abroad_context = True  # the story's first protest happened abroad
        if reason is None and abroad_context and not f.cities and not any(m.kind == "region" for m in f.home_places):
            reason = "abroad"  # a protest abroad, mentioned again without a home place
        if reason is None and reference is not None and _older_year_only(f, text, reference):
            reason = "background_date"
        if reason is None:
            places, level = _own_places(f, text)
            date = _sentence_date(f, text)
            if date is not None and len(places) >= 2 and _SINCE_BEFORE.search(text[max(0, date.start - 14):date.start]):
                reason = "wave_summary"  # "since April 24 there have been rallies in A, B and C"
        if reason:
            rejected.append(reason)
            if vetoed is not None:
                vetoed.add(f.sentence.index)
            continue
        claims.append(Claim(f, places, level, bool(places), date))
    title_home = [m for m in title_places if m.kind != "foreign" and m.place.country in CENTRAL_ASIA]
    title_place = min(title_home, key=lambda m: _LEVEL.get(m.kind, 3)) if title_home else None
    builder = DraftBuilder(facts, options, rejected, text)
    builder.fallback_month = fallback_month
    last: Draft | None = None
    dated = sorted((c for c in claims if c.date is not None), key=lambda c: (c.level > 0, c.facts.sentence.index))
    for claim in dated:  # pass 1: dated claims, city-level first
        assert claim.date is not None  # only dated claims
        if claim.level == 2:
            claim.places = _country_city(claim, facts, builder) or claim.places
        if time_reason(claim.date.value, claim.date.precision, reference, options):
            rejected.append(time_reason(claim.date.value, claim.date.precision, reference, options) or "")
            continue
        places = claim.places or _context_place(claim, last, title_place, dominant, facts)
        if not places:
            rejected.append("no_home_place")
            continue
        broad = places[0].kind in ("region", "country")
        if broad:
            target = builder.find(places[0], date=claim.date.value, broader=True)
            if target is None and claim.own_place and reference is not None \
                    and claim.date.value == reference.isoformat():  # a report-date line joins the story's event
                target = builder.find(places[0], date=None, broader=True, near=claim.facts.sentence.index)
            if target is not None:
                builder.attach(target, claim)
                last = target
                continue
        for mention in places:
            last = builder.add(mention, claim, date=claim.date, source="sentence", own_place=claim.own_place) or last
            for extra in _joined_dates(claim, text):  # "began on 1 July and continued on 2 July"
                if not time_reason(extra.value, extra.precision, reference, options):
                    builder.add(mention, claim, date=extra, source="sentence", own_place=claim.own_place)
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
            if date is not None and time_reason(date[0], date[1], reference, options):
                rejected.append(time_reason(date[0], date[1], reference, options) or "")
                continue
            builder.add(mention, claim, date=date, source=source, own_place=claim.own_place)
    builder.attach_followers()
    drafts = fold_month_drafts(merge_undated(list(builder.drafts.values())))
    return split_parallel(drafts, facts=list(facts), text=text, language=language), rejected


def _country_city(claim: Claim, facts: Sequence[SentenceFacts], builder: DraftBuilder) -> list[Any]:
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
    """Where a claim that names no place happened: the previous event nearby (two paragraphs),
    else the title's place, else the article's dominant city."""
    if last is not None and last.place_mention is not None:
        nearest = min(last.triggers, key=lambda t: abs(t - claim.facts.sentence.index))
        if abs(claim.facts.sentence.paragraph - facts[nearest].sentence.paragraph) <= 1:
            return [last.place_mention]
    for option in (title_place, dominant):
        if option is not None:
            return [option]
    return []
