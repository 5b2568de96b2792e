"""Check events built from the sample corpus against the corpus's own gold (stdlib only).

An event *matches* a gold event of one of its articles when the country agrees, the place agrees
(the city, or the region when the gold names no city), the date falls within the gold date's
precision (a day-precision gold date allows one day either way: reports of one event in this
corpus disagree by a day, see README.md) and the event type is the same. An event that matches on
everything but the type is ``miscoded``; one with no gold event of its articles at that place and
date is a ``non-event``: it should never be public.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from typing import Any

MATCH, MISCODED, NON_EVENT = "match", "miscoded", "non-event"
#: Folded variants of one city (as in linking: the corpus writes the conventional English name).
_VARIANTS = {"nursultan": "astana", "uralsk": "oral", "khorugh": "khorog", "almaata": "almaty"}


@dataclass(frozen=True, slots=True)
class Finding:
    """How one event compares with the gold of its articles."""

    event_id: str
    verdict: str
    sample_ids: tuple[str, ...]
    event: str
    gold: tuple[str, ...]

    def line(self) -> str:
        return f"{self.event_id} {self.verdict:9} {self.event} [{', '.join(self.sample_ids)}]"


def _fold(name: str | None) -> str:
    if not name:
        return ""
    decomposed = unicodedata.normalize("NFKD", name.casefold())
    folded = "".join(c for c in decomposed if c.isalnum())
    return _VARIANTS.get(folded, folded)


def _day(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if len(value) >= 10 else None
    except ValueError:
        return None


def same_date(event_date: str | None, gold: Mapping[str, Any]) -> bool:
    """``event_date`` (ISO, possibly YYYY-MM) within the gold date's precision."""
    gold_date, precision = gold.get("date") or "", gold.get("date_precision") or "day"
    if not event_date or not gold_date:
        return False
    if precision == "year":
        return event_date[:4] == gold_date[:4]
    if precision == "month":
        return event_date[:7] == gold_date[:7]
    ours, theirs = _day(event_date), _day(gold_date)
    return ours is not None and theirs is not None and abs((ours - theirs).days) <= 1


def same_place(event: Mapping[str, Any], gold: Mapping[str, Any]) -> bool:
    """Same country and city; the region decides when either side names no city."""
    if event.get("country") != gold.get("country"):
        return False
    if event.get("city") and gold.get("city"):
        return _fold(event["city"]) == _fold(gold["city"])
    return bool(gold.get("region")) and _fold(event.get("region")) == _fold(gold.get("region"))


def judge(event: Mapping[str, Any], gold_events: Iterable[Mapping[str, Any]]) -> str:
    """``match``, ``miscoded`` (right place and date, other type) or ``non-event``."""
    verdict = NON_EVENT
    for gold in gold_events:
        if same_place(event, gold) and same_date(event.get("date"), gold):
            if gold.get("event_type") == event.get("event_type"):
                return MATCH
            verdict = MISCODED
    return verdict


def _describe(item: Mapping[str, Any]) -> str:
    place = item.get("city") or item.get("region") or item.get("country")
    return f"{item.get('date')} {place} {item.get('event_type')}"


def check_events(events: Iterable[Mapping[str, Any]], records: Iterable[Mapping[str, Any]]) -> list[Finding]:
    """One finding per event; each event carries ``sample_ids`` (the corpus ids of its articles).

    An event reported by several articles is judged against the gold of all of them together.
    """
    gold_by_id = {record["id"]: list(record.get("gold") or ()) for record in records}
    findings = []
    for event in events:
        ids = tuple(sorted(event.get("sample_ids") or ()))
        gold = [g for sample_id in ids for g in gold_by_id.get(sample_id, ())]
        findings.append(Finding(event_id=str(event.get("event_id")), verdict=judge(event, gold), sample_ids=ids,
                                event=_describe(event), gold=tuple(_describe(g) for g in gold)))
    return findings
