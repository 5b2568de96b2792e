"""Public holidays named instead of a date: "rallied on Independence Day", "в День Победы".

Protests in the region are often timed to a holiday, and reports then name the holiday rather
than the day. Fixed-date holidays (facts): Independence Day differs by country (Kazakhstan
16 December, Kyrgyzstan 31 August, Uzbekistan 1 September, Tajikistan 9 September,
Turkmenistan 27 September); Victory Day is 9 May, International Women's Day 8 March and Labour
Day 1 May everywhere. The year is the reference date's (the year before when the holiday would
fall after it).
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Sequence

from protest_tracker.pipeline.dates.recognise import DateMention

INDEPENDENCE_DAYS = {"KZ": (12, 16), "KG": (8, 31), "UZ": (9, 1), "TJ": (9, 9), "TM": (9, 27)}

#: (pattern, (month, day) or None for Independence Day, whose day depends on the country)
HOLIDAYS: tuple[tuple[str, tuple[int, int] | None], ...] = (
    (r"independence day|д(?:ень|ня|не|нем|нём) независимости|тәуелсіздік күн\w*|көз карандысыздык күн\w*"
     r"|mustaqillik kun\w*|мустақиллик кун\w*|рӯзи истиқлол\w*|garaşsyzlyk gün\w*", None),
    (r"victory day|д(?:ень|ня|не|нем|нём) победы|жеңіс күн\w*|жеңиш күн\w*|g'alaba kun\w*|ғалаба кун\w*|рӯзи ғалаба", (5, 9)),
    (r"international women's day|women's day|международн\w* женск\w* д(?:ень|ня|нем)", (3, 8)),
    (r"labou?r day|may day|праздник\w* (?:весны и )?труда|д(?:ень|ня|не|нем|нём) труда", (5, 1)),
)
_HOLIDAYS = tuple((re.compile(rf"(?<![\w'])(?:{p})(?!\w)", re.IGNORECASE), day) for p, day in HOLIDAYS)


def holiday_dates(
    text: str, mentions: Sequence[DateMention], *, reference: dt.date | None, country: str | None,
) -> list[DateMention]:
    """``mentions`` plus the holidays named in ``text`` as day dates, ordered by position."""
    if reference is None:
        return list(mentions)
    taken = [(m.start, m.end) for m in mentions]
    found = []
    for pattern, fixed in _HOLIDAYS:
        month_day = fixed or INDEPENDENCE_DAYS.get(country or "")
        if month_day is None:
            continue
        for match in pattern.finditer(text):
            start, end = match.span()
            if any(s < end and start < e for s, e in taken):
                continue
            day = dt.date(reference.year, *month_day)
            if day > reference:
                day = dt.date(reference.year - 1, *month_day)
            found.append(DateMention(start=start, end=end, surface=match.group(0), value=day.isoformat(),
                                     precision="day", relative=False, year_inferred=True))
            taken.append((start, end))
    return sorted([*mentions, *found], key=lambda m: m.start)
