"""Dates at a page's head: a date stamp ("date 2022-07-04") and byline lines ("14 декабря 2022, 10:17").

A news page says at its head when it was published: a stamp left in the text, or a short line
that holds one date with perhaps a time, a weekday, a section or the outlet's name ("Лента
событий 05 Окт 2020 12:36", "Jamiyat | 18:09 / 18.12.2021", "By bne IntelliNews April 12,
2023"). That date is when the story was told — the day its "yesterday" and "on Friday" count
from — not a day of the events it reports. :func:`head_dates` finds those lines; the dating
(:mod:`protest_tracker.pipeline.dates.reference`) takes the first as the publication date when
none is given and leaves every such date out of the story's date mentions.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

#: how far into the body a byline may stand
HEAD_LINES = 8
HEAD_CHARS = 500
#: a byline is short and holds at most this many words besides its date and time
MAX_LINE = 60
MAX_OTHER_WORDS = 3

_DATE_STAMP = re.compile(r"\A\s*date\s+(\d{4}-\d{2}-\d{2})\b")
_TIME = re.compile(r"(?<!\d)\d{1,2}[:.]\d{2}(?::\d{2})?(?!\d)(?:\s*(?:am|pm|utc|gmt))?", re.IGNORECASE)
_WORD = re.compile(r"[^\W\d_]+")
#: a byline's date has a written year (four digits, or two after a dotted day and month)
_YEARISH = re.compile(r"(?<!\d)(?:19|20)\d\d(?!\d)|\d{1,2}[./-]\d{1,2}[./-]\d\d")


@dataclass(frozen=True)
class HeadDate:
    """A publication date at the page's head and the span of its line (or stamp) in the body."""

    day: dt.date
    start: int
    end: int


def date_stamp(body: str) -> HeadDate | None:
    """A stamp at the very head of the text ("date 2022-07-04 …"), up to the end of its date."""
    match = _DATE_STAMP.match(body)
    if match is None:
        return None
    try:
        return HeadDate(dt.date.fromisoformat(match.group(1)), 0, match.end(1))
    except ValueError:
        return None


def head_dates(body: str, *, find_dates: Callable[..., list[Any]], language: str | None) -> list[HeadDate]:
    """The stamp and the byline lines among the body's first lines, in order."""
    found = [stamp] if (stamp := date_stamp(body)) is not None else []
    next_start = 0
    for line in body[:HEAD_CHARS].split("\n")[:HEAD_LINES]:
        start, next_start = next_start, next_start + len(line) + 1
        if not line.strip() or len(line.strip()) > MAX_LINE or (found and start < found[0].end):
            continue
        day = _byline_day(line, find_dates=find_dates, language=language)
        if day is not None:
            found.append(HeadDate(day, start, start + len(line)))
    return found


def _byline_day(line: str, *, find_dates: Callable[..., list[Any]], language: str | None) -> dt.date | None:
    if not _YEARISH.search(line):
        return None
    mentions = find_dates(line, language=language, published=None)
    full = [m for m in mentions if m.precision == "day" and not m.relative and not m.year_inferred]
    if len(mentions) != 1 or len(full) != 1:
        return None
    mention = full[0]
    rest = _TIME.sub(" ", line[:mention.start] + " " + line[mention.end:])
    if len(_WORD.findall(rest)) > MAX_OTHER_WORDS:
        return None
    try:
        return dt.date.fromisoformat(mention.value)
    except ValueError:
        return None
