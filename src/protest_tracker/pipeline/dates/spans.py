"""Day spans that cross a month: one candidate from the first day to the last.

"с 30 декабря по 2 января", "3 March – 5 April", "11-марттан 11-апрелге чейин", "11 наурыздан
11 сәуірге дейін", "11 martdan 11 aprelgacha". The scanner reads each day on its own; read that
way the last day of a span looks like a date of the story (a ban "until 11 April" became the
reference day of an undated article). Merged, the span starts where the text starts it and keeps
its last day as ``last_day`` / ``last_month`` (``DateMention.end_value``).

Spans inside one month ("16–17 декабря") are read by the scanner itself.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace

from protest_tracker.pipeline.dates.patterns import Candidate
from protest_tracker.pipeline.lang.morphology import ABLATIVE_ENDINGS

#: the words or dash between the two days of a span
_JOINER = re.compile(r"\s*(?:[-–—]|по|до|to|till|until|through)\s*", re.IGNORECASE)
#: Turkic "from … to": the first day in the ablative, the last in the dative or before "until"
_ABLATIVE_END = re.compile(rf"(?:{'|'.join(ABLATIVE_ENDINGS)})$", re.IGNORECASE)
_DATIVE_END = re.compile(r"(?:га|ге|ка|ке|ға|ғе|қа|қе|ga|ge|ka|ke|gacha|гача|ғача|qadar|қадар)$",
                         re.IGNORECASE)
_UNTIL_AFTER = re.compile(r"^\s*(?:дейін|чейин|шейин|гача|gacha|qadar|қадар|дар)\b", re.IGNORECASE)
#: the longest span read as one (a longer one is two dates of their own)
MAX_SPAN = dt.timedelta(days=366)


def merge_spans(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """``candidates`` (in text order, not overlapping) with each cross-month span made one."""
    out: list[Candidate] = []
    index = 0
    while index < len(candidates):
        merged = _span(text, candidates[index], candidates[index + 1]) if index + 1 < len(candidates) else None
        out.append(merged or candidates[index])
        index += 2 if merged else 1
    return out


def _span(text: str, first: Candidate, last: Candidate) -> Candidate | None:
    if not (_full_day(first) and _full_day(last)) or first.last_day is not None or first.month == last.month:
        return None
    gap = text[first.end:last.start]
    if len(gap) > 8:
        return None
    joined = bool(_JOINER.fullmatch(gap))
    turkic = (not gap.strip() and _ABLATIVE_END.search(text[first.start:first.end])
              and (_DATIVE_END.search(text[last.start:last.end]) or _UNTIL_AFTER.match(text[last.end:last.end + 12])))
    if not (joined or turkic):
        return None
    assert first.month is not None and first.day is not None and last.month is not None and last.day is not None
    year = first.year
    if year is None and last.year is not None:
        year = last.year if first.month <= last.month else last.year - 1
    # without a stated year any leap year will do: only the span's length is checked
    start_year = year if year is not None else 2000
    end_year = start_year + (last.month < first.month)
    if last.year is not None and year is not None and last.year != end_year:
        return None  # "3 March 2020 – 5 April 2022": two dates, not one span
    try:
        begin = dt.date(start_year, first.month, first.day)
        end = dt.date(end_year, last.month, last.day)
    except ValueError:
        return None
    if not dt.timedelta(0) < end - begin <= MAX_SPAN:
        return None
    return replace(first, end=last.end, year=year, last_day=last.day, last_month=last.month)


def _full_day(c: Candidate) -> bool:
    return not c.relative and c.day is not None and c.month is not None
