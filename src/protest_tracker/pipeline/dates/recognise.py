"""Find dates in news text and resolve them to ``YYYY-MM-DD`` / ``YYYY-MM`` / ``YYYY``.

>>> import datetime as dt
>>> [m.value for m in find_dates("Вчера, 4 января 2022 года, люди вышли", language="ru",
...                              published=dt.date(2022, 1, 5))]
['2022-01-04', '2022-01-04']

Covered: ISO (``2022-01-04``), dotted (``04.01.2022``) and slashed dates (``18/05/2020``); day +
month (+ year) in English, Russian, Kazakh (Cyrillic, Latin, Arabic script), Kyrgyz, Uzbek, Tajik
and Turkmen (``4 января 2022 года``, ``пятое января``, ``January 4, 2022``, ``on Jan. 4``, ``4
қаңтарда``, ``қаңтардың 4-і``, ``20 qyrkýiekten``, ``2022 жылғы 4 қаңтарда``, ``2022-yil
5-yanvarda``, ``5-nji iýulda``), two days of a month (``10 и 11 января``); month + year and month
alone (``в январе 2022 года``, ``in January``, ``мамыр айында``, ``may oyida`` -> month
precision); year phrases (``в 2022 году`` -> year precision); relative days, days of the month and
weekdays (``вчера``, ``5-го числа``, ``on Tuesday``, ``в прошлую среду``, ``кеше``, ``бүгүн``,
``kecha``, ``дирӯз``; see ``date_relative``), resolved from ``published``.

Year rule (see docs/gazetteer.md): a date without a year takes the latest year that does not put
it more than ``FUTURE_WINDOW`` after ``published``; with no ``published`` it takes the year of the nearest date in the text
that states one (``year_inferred`` is then true); with neither, it is skipped — a year is never
invented. Relative expressions are skipped when ``published`` is unknown.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, replace

from protest_tracker.pipeline.dates.patterns import Candidate, scan
from protest_tracker.pipeline.dates.relative import relative_candidates
from protest_tracker.pipeline.dates.spans import merge_spans

PRECISIONS = ("day", "month", "year")
#: a year-less day at most this far after publication is a coming day of the same year
FUTURE_WINDOW = dt.timedelta(days=31)
#: With no publication date, a year-less day takes the year of the nearest date that states one,
#: unless that date comes *after* it in the text and at least this many months later in the year:
#: then the year-less day (the lead's news) is the next year's ("14 May … killed in November 2021").
ROLL_GAP_MONTHS = 2
#: a year-less month this many months or more from its anchor's month lies across the new year
NEW_YEAR_GAP_MONTHS = 10
#: (position, year, month or None) of a date mention that states its year
Anchor = tuple[int, int, int | None]


@dataclass(frozen=True)
class DateMention:
    """A date expression: ``text[start:end] == surface``; ``value`` is ISO at ``precision``."""

    start: int
    end: int
    surface: str
    value: str
    precision: str
    relative: bool
    year_inferred: bool = False
    end_value: str | None = None  # last day of a range ("16–17 декабря"), else None


def find_dates(
    text: str,
    *,
    language: str | None = None,
    published: dt.date | None = None,
    reference_year: int | None = None,
    candidates: list[Candidate] | None = None,
) -> list[DateMention]:
    """All date mentions in ``text``, in order of position, not overlapping.

    ``candidates`` (from :func:`date_candidates` over the same text) saves scanning the text
    again when it is resolved against several publication dates.

    ``reference_year`` (optional, used only when ``published`` is unknown) is the latest year the
    text can date from, e.g. from era clues: a year-less date with a weekday takes the latest
    fitting year up to it, and a year-less date with no year stated anywhere in the text takes it
    (``year_inferred`` is true in both cases).
    """
    if candidates is None:
        candidates = date_candidates(text, language=language)
    anchors = [(c.start, c.year, c.month) for c in candidates if c.year is not None and not c.relative]
    mentions = []
    for candidate in candidates:
        mention = _resolve(
            text, candidate, anchors=anchors, published=published, reference_year=reference_year
        )
        if mention is not None:
            mentions.append(mention)
    return mentions


def date_candidates(text: str, *, language: str | None = None) -> list[Candidate]:
    """The scanned, non-overlapping date expressions of ``text`` (before year resolution)."""
    found = scan(text, language=language) + relative_candidates(text)
    candidates = merge_spans(text, _without_overlaps(_attach_weekdays(text, found)))
    return [c for c in candidates if not _birth_year(text, c)]


#: a bare year followed by "born" words is a birth year, not a date of the story
BIRTH_AFTER = re.compile(
    r"^\W{0,3}(?:\w+\W+)?(?:born|года рождения|г\. ?р\.|г\.р\.|туулган|туған|tug'ilgan|tug‘ilgan|туғилган|"
    r"родил\w*|рождения|соли таваллуд|таваллуд)",
    re.IGNORECASE,
)


_BIRTH_BEFORE = re.compile(r"(?:born|родил\w*|родивш\w*)\s*(?:in|в)?\s*$", re.IGNORECASE)


def _birth_year(text: str, c: Candidate) -> bool:
    if c.year is None or c.month is not None:
        return False
    return bool(BIRTH_AFTER.match(text[c.end:c.end + 30]) or _BIRTH_BEFORE.search(text[max(0, c.start - 16):c.start]))


def _attach_weekdays(text: str, candidates: list[Candidate]) -> list[Candidate]:
    """Merge "Monday, 17 February" / "8 февраля (четверг)" into one dated candidate."""
    weekdays = [c for c in candidates if c.relative and c.weekday is not None]
    used: set[int] = set()
    out = []
    for c in candidates:
        if c.relative or c.day is None or c.month is None:
            continue
        for index, w in enumerate(weekdays):
            gap = text[w.end : c.start] if w.end <= c.start else text[c.end : w.start]
            if w.start < c.end and c.start < w.end or len(gap) > 3 or gap.strip(" ,(") != "":
                continue
            used.add(index)
            c = replace(
                c,
                start=min(c.start, w.start),
                end=max(c.end, w.end + (gap.endswith("(") and text[w.end : w.end + 1] == ")")),
                weekday=w.weekday,
            )
            break
        out.append(c)
    out.extend(
        c
        for c in candidates
        if c.relative and not (c.weekday is not None and weekdays.index(c) in used)
    )
    out.extend(c for c in candidates if not c.relative and (c.day is None or c.month is None))
    return out


def _without_overlaps(candidates: list[Candidate]) -> list[Candidate]:
    chosen: list[Candidate] = []
    for candidate in sorted(candidates, key=lambda c: (c.start, -(c.end - c.start))):
        if chosen and candidate.start < chosen[-1].end:
            last = chosen[-1]
            if last.month is None and candidate.month is not None and candidate.year == last.year:
                # "в 2020 году 5 мая": the year is the start of a fuller date, not a date of its own
                chosen[-1] = replace(candidate, start=last.start)
            continue
        chosen.append(candidate)
    return chosen


def _resolve(
    text: str,
    c: Candidate,
    *,
    anchors: list[Anchor],
    published: dt.date | None,
    reference_year: int | None,
) -> DateMention | None:
    surface = text[c.start : c.end]
    if c.relative:
        if published is None:
            return None
        day = _relative_day(c, published)
        return DateMention(
            start=c.start,
            end=c.end,
            surface=surface,
            value=day.isoformat(),
            precision="day",
            relative=True,
        )
    year, inferred = c.year, False
    if year is None:
        year, inferred = _infer_year(
            c, anchors=anchors, published=published, reference_year=reference_year
        )
        if year is None:
            return None
    if c.month is None:
        return DateMention(
            start=c.start,
            end=c.end,
            surface=surface,
            value=f"{year:04d}",
            precision="year",
            relative=False,
        )
    if c.day is None:
        return DateMention(
            start=c.start,
            end=c.end,
            surface=surface,
            value=f"{year:04d}-{c.month:02d}",
            precision="month",
            relative=False,
            year_inferred=inferred,
        )
    try:
        value = dt.date(year, c.month, c.day)
        last = (dt.date(year + ((c.last_month or c.month) < c.month), c.last_month or c.month, c.last_day)
                if c.last_day else None)
    except ValueError:
        return None
    return DateMention(
        start=c.start,
        end=c.end,
        surface=surface,
        value=value.isoformat(),
        precision="day",
        relative=False,
        year_inferred=inferred,
        end_value=last.isoformat() if last else None,
    )


def _relative_day(c: Candidate, published: dt.date) -> dt.date:
    if c.day_of_month is not None:  # the latest such day of a month, on or before publication
        year, month = published.year, published.month
        for _ in range(3):
            try:
                day = dt.date(year, month, c.day_of_month)
            except ValueError:
                day = None
            if day is not None and day <= published:
                return day
            year, month = (year, month - 1) if month > 1 else (year - 1, 12)
        return published
    if c.weekday is None:
        return published - dt.timedelta(days=c.days_before or 0)
    back = (published.weekday() - c.weekday) % 7
    if back == 0 and c.strictly_past:
        back = 7
    return published - dt.timedelta(days=back)


def _infer_year(
    c: Candidate,
    *,
    anchors: list[Anchor],
    published: dt.date | None,
    reference_year: int | None,
) -> tuple[int | None, bool]:
    assert c.month is not None
    if published is not None:
        day = c.day or 1
        try:
            this_year = dt.date(published.year, c.month, day)
        except ValueError:  # 29 February
            return published.year - 1, False
        soon = this_year - published <= FUTURE_WINDOW  # a plan ("rally on 26 April"), not last year
        return (published.year if this_year <= published or soon else published.year - 1), False
    if c.weekday is not None and c.day is not None:
        return _year_from_weekday(c, anchors=anchors, reference_year=reference_year), True
    if anchors:
        start, year, month = min(anchors, key=lambda anchor: abs(anchor[0] - c.start))
        return year + _year_shift(c.month, anchor_month=month, before_anchor=c.start < start), True
    return reference_year, reference_year is not None


def _year_shift(month: int, *, anchor_month: int | None, before_anchor: bool) -> int:
    """How many years a year-less month lies from its anchor's year (-1, 0 or +1).

    Across the turn of a year the nearer year wins ("17 December" beside "from January 2025" is
    December 2024; "5 January" beside "December 2021" is January 2022). Otherwise a year-less day
    that comes before its anchor in the text (the lead's news) and months earlier in the year
    belongs to the next year ("14 May … killed in November 2021")."""
    if anchor_month is None:
        return 0
    gap = anchor_month - month
    if abs(gap) >= NEW_YEAR_GAP_MONTHS:
        return 1 if gap > 0 else -1
    return 1 if before_anchor and gap >= ROLL_GAP_MONTHS else 0


def _year_from_weekday(
    c: Candidate, *, anchors: list[Anchor], reference_year: int | None
) -> int | None:
    """The year in which day/month falls on the stated weekday.

    With years stated in the text: the first fitting year from the latest of them on (not after
    ``reference_year``). Without: the latest fitting year up to ``reference_year``.
    """
    assert c.month is not None and c.day is not None and c.weekday is not None
    if not anchors and reference_year is None:
        return None
    latest = max(anchor[1] for anchor in anchors) if anchors else None
    high = reference_year if reference_year is not None else (latest or 0) + 11
    low = latest if latest is not None else high - 11
    fitting = []
    for year in range(low, high + 1):
        try:
            if dt.date(year, c.month, c.day).weekday() == c.weekday:
                fitting.append(year)
        except ValueError:
            continue
    if not fitting:
        return None
    return fitting[0] if latest is not None else fitting[-1]
