"""The traction verdict: documented, dated criteria over a campaign's events (``docs/traction.md``).

Six criteria count — persistence, spread, scale, diversity, backfire and concessions won — and
one is shown as context (repression: that the state cracked down says it responded, not that the
campaign grew). Each criterion carries the figures and the dates that make it fire (or fall
short), so a reader can check it against the events. Every threshold is in :data:`THRESHOLDS`.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Iterable, Sequence
from dataclasses import asdict, dataclass
from typing import Any

from protest_tracker.codebook import PARTICIPANT_GROUPS, REPRESSIVE_RESPONSES, STATE_RESPONSES
from protest_tracker.linking.traction_parts import EventView, week_start

#: Groups too vague to say that someone new joined.
VAGUE_GROUPS = frozenset({"general_public"})
#: Concession kinds that are a concession won (a promise is not).
SUBSTANTIVE_CONCESSIONS = ("resignation", "price_rollback", "release", "reversal", "demands_met")
CONCESSION_LABELS = {"resignation": "resignation", "price_rollback": "price rollback", "release": "release",
                     "reversal": "decision reversed or dropped", "demands_met": "demands met", "promise": "promise"}


@dataclass(frozen=True, slots=True)
class Thresholds:
    """Every threshold of the verdict, in one place (documented in ``docs/traction.md``)."""

    run_gap_days: int = 2          # days of action at most this far apart form one run ("near days")
    sustained_run_days: int = 3    # persistence: a run of this many days of action ...
    recurrent_days: int = 5        # ... or this many days of action
    recurrent_weeks: int = 4       # ... in at least this many different weeks
    claimed_days: int = 30         # ... or an aggregate report claiming this long, with a run's worth of days
    spread_cities: int = 3         # spread: this many cities ...
    spread_areas: int = 2          # ... or this many regions (a city outside any region counts as one)
    large_size: int = 1000         # scale: a reported crowd this large, or a growing size trend
    coalition_groups: int = 3      # diversity: this many named groups, or one joining after the first week
    backfire_window_days: int = 14  # backfire: the windows before and after a repressive day
    gained_criteria: int = 3       # criteria fired for "Gained traction" (one or more: "Some traction")


THRESHOLDS = Thresholds()
LEVELS = {"gained": "Gained traction", "some": "Some traction", "not_yet": "Not yet",
          "no_events": "No published events yet"}


def _n(count: int, word: str) -> str:
    """"1 day", "3 days", "1 city", "2 cities"."""
    plural = word[:-1] + "ies" if word.endswith("y") and word[-2:-1] not in "aeiou" else word + "s"
    return f"{count} {word if count == 1 else plural}"


def _criterion(code: str, label: str, *, fired: bool, text: str, figures: dict[str, Any],
               dates: Iterable[dt.date], counted: bool = True) -> dict[str, Any]:
    return {"code": code, "label": label, "fired": bool(fired), "counted": counted, "text": text,
            "figures": figures, "dates": sorted({d.isoformat() for d in dates})}


def _first_seen(events: Sequence[EventView], key: Callable[[EventView], str | None]) -> dict[str, dt.date]:
    first: dict[str, dt.date] = {}
    for v in events:
        value = key(v)
        if value and v.start and (value not in first or v.start < first[value]):
            first[value] = v.start
    return dict(sorted(first.items(), key=lambda kv: (kv[1], kv[0])))


def runs(days: Sequence[dt.date], *, gap: int) -> list[list[dt.date]]:
    """Sorted days cut into runs: consecutive days at most ``gap`` days apart."""
    out: list[list[dt.date]] = []
    for day in sorted(set(days)):
        if out and (day - out[-1][-1]).days <= gap:
            out[-1].append(day)
        else:
            out.append([day])
    return out


def persistence(dated: Sequence[EventView], *, claimed_days: int, t: Thresholds) -> dict[str, Any]:
    days = sorted({d for v in dated for d in v.days()})
    longest = max(runs(days, gap=t.run_gap_days), key=len, default=[])
    weeks = len({week_start(d) for d in days})
    sustained = len(longest) >= t.sustained_run_days
    recurrent = len(days) >= t.recurrent_days and weeks >= t.recurrent_weeks
    claimed = claimed_days >= t.claimed_days and len(days) >= t.sustained_run_days
    span = (days[-1] - days[0]).days + 1 if days else 0
    text = (f"{_n(len(days), 'day')} of action in {_n(weeks, 'week')} over {_n(span, 'day')}"
            + (f"; longest run {_n(len(longest), 'day')} ({longest[0]} → {longest[-1]})" if longest else "")
            + (f"; reports claim {claimed_days} days" if claimed_days else ""))
    if not (sustained or recurrent or claimed):
        text += (f" — short of {t.sustained_run_days} days in a run (gaps of at most {t.run_gap_days} days)"
                 f" or {t.recurrent_days} days of action in {t.recurrent_weeks} weeks")
    return _criterion("persistence", "Persistence", fired=sustained or recurrent or claimed, text=text + ".",
                      figures={"days_of_action": len(days), "weeks_with_action": weeks, "span_days": span,
                               "longest_run_days": len(longest), "claimed_days": claimed_days},
                      dates=longest if sustained or not recurrent else days)


def spread(dated: Sequence[EventView], *, t: Thresholds) -> dict[str, Any]:
    cities = _first_seen(dated, lambda v: v.city)
    areas = _first_seen(dated, lambda v: v.area)
    fired = len(cities) >= t.spread_cities or len(areas) >= t.spread_areas
    later = list(cities.items())[1:]
    text = f"{_n(len(cities), 'city')} in {_n(len(areas), 'region')}"
    if later:
        first = next(iter(cities))
        text += f": from {first} to " + ", ".join(f"{c} ({d})" for c, d in later)
    return _criterion("spread", "Spread", fired=fired, text=text + ".",
                      figures={"cities": len(cities), "regions": len(areas)}, dates=[d for _, d in later])


def scale(dated: Sequence[EventView], *, size: dict[str, Any], t: Thresholds) -> dict[str, Any]:
    sized = sorted((v for v in dated if v.size), key=lambda v: (-(v.size or 0), v.start, v.event_id))
    if not sized:
        return _criterion("scale", "Scale", fired=False, text="No reported size.", figures={"largest": None,
                          "trend": size["direction"]}, dates=[])
    top = sized[0]
    fired = (top.size or 0) >= t.large_size or size["direction"] == "growing"
    text = (f"Largest reported crowd {top.size:,} ({top.city or top.area or 'place unknown'}, {top.start}); "
            f"size trend {size['direction']} over {_n(size['events_with_size'], 'sized event')}")
    return _criterion("scale", "Scale", fired=fired, text=text + ".",
                      figures={"largest": top.size, "trend": size["direction"]}, dates=[top.first_day])


def diversity(dated: Sequence[EventView], *, t: Thresholds) -> dict[str, Any]:
    first = min((v.start for v in dated if v.start), default=None)
    groups: dict[str, dt.date] = {}
    for v in dated:
        for g in v.groups:
            if g not in VAGUE_GROUPS and v.start and (g not in groups or v.start < groups[g]):
                groups[g] = v.start
    joined = {g: d for g, d in groups.items() if first and (d - first).days >= 7}
    fired = bool(joined) or len(groups) >= t.coalition_groups

    def label(g: str) -> str:
        return PARTICIPANT_GROUPS.label(g).lower() if g in PARTICIPANT_GROUPS else g

    parts = [f"{label(g)} ({'joined ' if g in joined else 'from '}{d})" for g, d in sorted(groups.items(), key=lambda kv: (kv[1], kv[0]))]
    text = _n(len(groups), "named participant group") + (": " + ", ".join(parts) if parts else "")
    return _criterion("diversity", "Diversity", fired=fired, text=text + ".",
                      figures={"groups": len(groups), "joined_later": sorted(joined)}, dates=joined.values())


def repression(dated: Sequence[EventView]) -> dict[str, Any]:
    hit = [v for v in dated if v.responses & REPRESSIVE_RESPONSES]
    lethal = [v for v in dated if "fatalities" in v.responses or v.fatalities]
    deaths = sum(v.fatalities or 0 for v in lethal)
    codes = sorted({c for v in hit for c in v.responses & REPRESSIVE_RESPONSES},
                   key=lambda c: STATE_RESPONSES.codes.index(c) if c in STATE_RESPONSES.codes else 99)
    text = (f"Repressive responses at {len(hit)} of {_n(len(dated), 'event')}"
            + (f" from {min(v.first_day for v in hit)} ({', '.join(STATE_RESPONSES.label(c).lower() for c in codes)})" if hit else "")
            + (f"; deaths reported on {', '.join(sorted({str(v.start) for v in lethal}))}" if lethal else "")
            + (f" ({deaths} counted)" if deaths else ""))
    return _criterion("repression", "Repression (context)", fired=bool(hit), counted=False, text=text + ".",
                      figures={"events": len(hit), "lethal_events": len(lethal), "deaths_counted": deaths},
                      dates=[v.start for v in hit if v.start])


def backfire(dated: Sequence[EventView], *, t: Thresholds) -> dict[str, Any]:
    window = dt.timedelta(days=t.backfire_window_days)
    repressed = sorted({v.start for v in dated if v.start and v.responses & REPRESSIVE_RESPONSES})
    for day in repressed:
        before = [v for v in dated if day - window < v.first_day <= day]
        after = [v for v in dated if day < v.first_day <= day + window]
        seen = {v.city for v in dated if v.first_day <= day}
        new = sorted({v.city for v in after if v.city and v.city not in seen})
        big_before = max((v.size for v in before if v.size), default=None)
        big_after = max((v.size for v in after if v.size), default=None)
        larger = bool(big_before and big_after and big_after > big_before)
        if len(after) > len(before) or new or larger:
            text = (f"After repression on {day}, within {t.backfire_window_days} days: {_n(len(after), 'event')} "
                    f"against {len(before)} before" + (f"; new cities {', '.join(new)}" if new else "")
                    + (f"; largest crowd {big_after:,} against {big_before:,}" if larger else ""))
            return _criterion("backfire", "Backfire", fired=True, text=text + ".", dates=[day, *(v.first_day for v in after)],
                              figures={"repressed_on": day.isoformat(), "events_before": len(before),
                                       "events_after": len(after), "new_cities": new})
    text = "No repression reported." if not repressed else (
        f"Protest did not grow within {t.backfire_window_days} days after repression ({', '.join(map(str, repressed))}).")
    return _criterion("backfire", "Backfire", fired=False, text=text, figures={"repressive_days": len(repressed)},
                      dates=repressed)


def concession(dated: Sequence[EventView]) -> dict[str, Any]:
    kinds: dict[str, tuple[dt.date, str]] = {}
    for v in dated:
        for cue in v.concessions:
            day = max(filter(None, (v.start, _day(cue.get("date")))))
            if cue["kind"] not in kinds or day < kinds[cue["kind"]][0]:
                kinds[cue["kind"]] = (day, cue.get("cue", ""))
    won = {k: kinds[k] for k in SUBSTANTIVE_CONCESSIONS if k in kinds}
    coded = [v.start for v in dated if "concession" in v.responses]
    if won:
        text = "Concession won: " + "; ".join(f"{CONCESSION_LABELS[k]} ({d}, “{cue}”)" for k, (d, cue) in won.items())
    elif "promise" in kinds:
        text = f"Only a promise ({kinds['promise'][0]}, “{kinds['promise'][1]}”): no concession won yet"
    elif coded:
        text = f"A concession is coded at {_n(len(coded), 'event')}, but no report names what was given"
    else:
        text = "No concession reported"
    return _criterion("concession", "Concession won", fired=bool(won), text=text + ".",
                      figures={"kinds": sorted(won), "promises": "promise" in kinds, "coded_events": len(coded)},
                      dates=[d for d, _ in won.values()])


def _day(value: Any) -> dt.date | None:
    try:
        return dt.date.fromisoformat(str(value)[:10]) if value else None
    except ValueError:
        return None


def assess(dated: Sequence[EventView], *, summary: dict[str, Any], t: Thresholds = THRESHOLDS) -> dict[str, Any]:
    """The verdict: level, the criteria (fired or not, with figures and dates) and caveats."""
    claimed = (summary.get("claimed_span") or {}).get("days", 0) if summary.get("aggregate_reports") else 0
    criteria = [persistence(dated, claimed_days=claimed, t=t), spread(dated, t=t),
                scale(dated, size=summary["size"], t=t), diversity(dated, t=t),
                backfire(dated, t=t), concession(dated), repression(dated)]
    fired = [c for c in criteria if c["counted"] and c["fired"]]
    level = ("no_events" if not dated else "gained" if len(fired) >= t.gained_criteria
             else "some" if fired else "not_yet")
    won = any(c["code"] == "concession" and c["fired"] for c in criteria)
    caveats = []
    if summary["repressive_share"] >= 0.3:
        caveats.append(f"{round(summary['repressive_share'] * 100)}% of its events met a repressive response.")
    if summary["size"]["direction"] == "shrinking":
        caveats.append("Reported crowds shrank over time.")
    return {"level": level, "label": LEVELS[level], "concession_won": won,
            "answer": LEVELS[level] + (" · Concession won" if won else ""),
            "fired": [c["code"] for c in fired], "criteria": criteria,
            "signals": [c["text"] for c in fired], "caveats": caveats, "thresholds": asdict(t)}
