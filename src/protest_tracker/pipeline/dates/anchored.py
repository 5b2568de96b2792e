"""Dates stated relative to another date of the text: "the next day", "a day earlier",
"на следующий день", "днем ранее", "келесі күні", "эртеси күнү", "ertasi kuni".

Each phrase is resolved from the nearest full (day-precision, non-relative) date before it within
``ANCHOR_WINDOW`` characters; without one, from the article's exact reference date (its
publication date) when there is one; otherwise it is left out. The result is an ordinary
:class:`~protest_tracker.pipeline.dates.recognise.DateMention` whose ``surface`` is the phrase itself.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from protest_tracker.pipeline.dates.recognise import DateMention

ANCHOR_WINDOW = 1000

#: (pattern, days after the anchor)
ANCHORED_PHRASES: tuple[tuple[str, int], ...] = (
    (r"(?:on )?the (?:next|following) day|a day later|(?:on )?the day after(?=\s*[,.;])|next day", 1),
    (r"two days later", 2),
    (r"(?:on )?the previous day|a day earlier|(?:on )?the day before(?=\s*[,.;])", -1),
    (r"two days earlier", -2),
    (r"на следующий день|на другой день|дн[её]м позже|спустя сутки|на следующие сутки", 1),
    (r"через два дня|два дня спустя", 2),
    (r"дн[её]м ранее|за день до этого|накануне(?=\s*[,.]|\s+(?:в|во|утром|вечером|дн[её]м)\s)", -1),
    (r"келесі күні|ертесіне|ертеңіне", 1),
    (r"бір күн бұрын|бір күн бұрын", -1),
    (r"эртеси(?: күнү)?|кийинки күнү", 1),
    (r"бир күн мурун|мурунку күнү", -1),
    (r"ertasi(?: kuni)?|эртаси(?: куни)?|эртасига", 1),
    (r"bir kun oldin|бир кун олдин", -1),
    (r"рӯзи дигар|фардои он", 1),
)
#: (pattern, months before the reference month): month-precision phrases
MONTH_PHRASES: tuple[tuple[str, int], ...] = (
    (r"(?:earlier |early |late |later )?this month|в (?:начале |конце |середине )?(?:этого|текущего) месяца"
     r"|в этом месяце|ушул айда\w*|ушул айдын (?:башында|аягында|ортосунда)|осы айда\w*|осы айдың (?:басында|соңында)"
     r"|shu oy(?:da|ning boshida)|шу ой(?:да|нинг бошида)|дар ҳамин моҳ|моҳи ҷорӣ", 0),
    (r"last month|в прошлом месяце|в конце прошлого месяца|в начале прошлого месяца|өткөн айда|өткен айда"
     r"|o'tgan oy(?:da)?|ўтган ой(?:да)?|моҳи гузашта", 1),
)
_MONTHS = tuple((re.compile(rf"(?<!\w)(?:{p})(?!\w)", re.IGNORECASE), back) for p, back in MONTH_PHRASES)
# one pass over the text: a named group per phrase list, its shift looked up by group name
_PHRASES = re.compile(
    r"(?<!\w)(?:" + "|".join(f"(?P<p{i}>{p})" for i, (p, _) in enumerate(ANCHORED_PHRASES)) + r")(?!\w)",
    re.IGNORECASE,
)
_SHIFTS = {f"p{i}": shift for i, (_, shift) in enumerate(ANCHORED_PHRASES)}


def anchored_dates(
    text: str, mentions: Sequence[DateMention], *, exact_reference: dt.date | None = None,
    reference: dt.date | None = None,
) -> list[DateMention]:
    """``mentions`` plus the anchored phrases of ``text`` resolved to days, ordered by position;
    with a ``reference`` date (exact or not), "this month"/"last month" phrases resolve to months."""
    taken = [(m.start, m.end) for m in mentions]
    anchors = [m for m in mentions if m.precision == "day" and not m.relative and m.value]
    found: list[DateMention] = []
    for match in _PHRASES.finditer(text):
        start, end = match.span()
        if any(s < end and start < e for s, e in taken):
            continue
        anchor_day, inferred = _anchor(anchors, start, exact_reference)
        if anchor_day is None:
            continue
        day = anchor_day + dt.timedelta(days=_SHIFTS[match.lastgroup or ""])
        found.append(DateMention(start=start, end=end, surface=match.group(0), value=day.isoformat(),
                                 precision="day", relative=False, year_inferred=inferred))
        taken.append((start, end))
    if reference is not None:
        found += _month_phrases(text, reference, taken)
    return sorted([*mentions, *found], key=lambda m: m.start)


def _anchor(
    anchors: Sequence[DateMention], position: int, exact_reference: dt.date | None,
) -> tuple[dt.date | None, bool]:
    before = [m for m in anchors if m.end <= position and position - m.end <= ANCHOR_WINDOW]
    if before:
        nearest = max(before, key=lambda m: m.end)
        try:
            return dt.date.fromisoformat(nearest.value), nearest.year_inferred
        except ValueError:
            return None, False
    return exact_reference, False


def _month_phrases(text: str, reference: dt.date, taken: list[tuple[int, int]]) -> list[DateMention]:
    found = []
    for pattern, back in _MONTHS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            index = reference.year * 12 + reference.month - 1 - back
            value = f"{index // 12:04d}-{index % 12 + 1:02d}"
            found.append(DateMention(start=start, end=end, surface=match.group(0), value=value,
                                     precision="month", relative=False))
            taken.append((start, end))
    return found
