"""The article's reference date ("now") and its date mentions, resolved against it.

Order of evidence, first that applies:

1. ``published`` (source ``published``);
2. a date in the address path (``url_date``), used exactly like a publication date;
3. an RFE/RL story-id estimate (``outlet_id``): day-and-month dates take the latest year that
   does not put them more than ``ESTIMATE_SLACK`` after the estimate; relative expressions are
   left out (the estimate is not exact to the day). A year and month in the address path
   (``url_month``, "/2010/05/") works the same way, bounded by the month's last day;
4. a media path left in the text (``upload_path``: "/uploads/2022/12/", "/image/2020/02/25/"),
   unless the text states a later year: a day is used like a publication date, a month like
   ``url_month``;
5. the latest full date stated in the text (``latest_date_in_text``);
6. era clues (``era.py``) in the text, title and address: a weekday stamped on a date picks the
   year inside the era window; otherwise the window's **first** year is taken (``era_guess``);
   without any clue, a weekday-stamped date still picks the latest fitting year (``weekday``);
   a day and month at the place of a well-known episode take that episode's year (``episode``,
   see ``episodes.py``); with nothing at all, ``prior_year`` is taken when the stage is given one (``year_prior``; off
   by default: a made-up year is a poor thing to store).
   Era clues that point *later* than every date stated in the text (an anniversary, "Nur-Sultan"
   beside a date of 2011) mark those stated dates as background and take precedence.

Sources 3, 4 and 6 are guesses: a guessed year costs nothing when wrong (an undated event cannot
match anyway) and is flagged (``reference_date_from_<source>``) and scored lower in confidence.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from protest_tracker.pipeline.dates.anchored import anchored_dates
from protest_tracker.pipeline.dates.bylines import HeadDate, head_dates
from protest_tracker.pipeline.dates.episodes import episode_year
from protest_tracker.pipeline.dates.era import (
    era_first_day,
    era_month,
    era_window,
    latest_stated_year,
    year_from_weekdays,
)
from protest_tracker.pipeline.dates.sources import SourceDate, date_from_text_paths, date_from_url
from protest_tracker.pipeline.dates.words import WEEKDAY_STEMS
from protest_tracker.pipeline.events.facts import reference_date

ESTIMATE_SLACK = dt.timedelta(days=45)
GUESSED_SOURCES = frozenset({"outlet_id", "upload_path", "era_guess", "weekday", "era_clues", "episode",
                             "year_prior"})
#: how far after an inexact source's day the story's dates may fall
SLACK = {"outlet_id": ESTIMATE_SLACK, "url_month": dt.timedelta(0), "upload_path": dt.timedelta(days=2)}


@dataclass(frozen=True)
class ArticleDating:
    """The reference date, where it came from, and the resolved date mentions."""

    reference: dt.date | None
    source: str
    dates: list[Any]
    synthetic: bool = False  # the reference is only a year's last day (no day of the text behind it)
    month_hint: str | None = None  # with a synthetic reference: the month of an event the text names

    @property
    def guessed(self) -> bool:
        return self.source in GUESSED_SOURCES


def date_article(
    *, published: dt.date | None, url: str | None, title: str, body: str, folded: str,
    language: str | None, find_dates: Callable[..., list[Any]], latest_year: int,
    prior_year: int | None = None,
) -> ArticleDating:
    """Resolve the dates of an article body (see the module docstring for the order); phrases
    such as "the next day" are then resolved from the date before them (``date_anchored``).
    A date stamp or byline at the head of the text (:mod:`.bylines`) is the publication date when
    none is given, and never a date mention of the story."""
    heads = head_dates(body, find_dates=find_dates, language=language)
    if heads:
        published = published or heads[0].day
        find_dates = _without_heads(find_dates, body=body, heads=heads)
    dating = _date_article(published=published, url=url, title=title, body=body, folded=folded,
                           language=language, find_dates=find_dates, latest_year=latest_year,
                           prior_year=prior_year)
    exact = dating.reference if dating.source in ("published", "url_date") else None
    usable = None if dating.synthetic else dating.reference
    dates = anchored_dates(body, dating.dates, exact_reference=exact, reference=usable)
    return ArticleDating(dating.reference, dating.source, dates, synthetic=dating.synthetic,
                         month_hint=dating.month_hint)


def _without_heads(find_dates: Callable[..., list[Any]], *, body: str,
                   heads: list[HeadDate]) -> Callable[..., list[Any]]:
    """``find_dates`` leaving out the body's stamp and byline dates (:mod:`.bylines`)."""

    def found(text: str, **options: Any) -> list[Any]:
        mentions = find_dates(text, **options)
        if text is not body:
            return mentions
        return [m for m in mentions if not any(h.start <= m.start and m.end <= h.end for h in heads)]

    return found


def _date_article(
    *, published: dt.date | None, url: str | None, title: str, body: str, folded: str,
    language: str | None, find_dates: Callable[..., list[Any]], latest_year: int,
    prior_year: int | None,
) -> ArticleDating:
    if published is not None:
        return ArticleDating(published, "published", find_dates(body, language=language, published=published))
    from_url = date_from_url(url, latest=dt.date(latest_year, 12, 31))
    if from_url is not None and from_url.exact:
        return ArticleDating(from_url.day, "url_date", find_dates(body, language=language, published=from_url.day))
    if from_url is None:
        from_url = _upload_date(body, folded, latest_year=latest_year)
        if from_url is not None and from_url.exact:
            return ArticleDating(from_url.day, "upload_path",
                                 find_dates(body, language=language, published=from_url.day))
    if from_url is not None:
        bound = from_url.day + SLACK.get(from_url.kind, ESTIMATE_SLACK)
        dates = _absolute(find_dates(body, language=language, published=bound))
        return ArticleDating(_latest_day(dates) or from_url.day, from_url.kind, dates)
    reference, source = reference_date(published=None, text=body, language=language, find_dates=find_dates)
    if reference is not None:
        lo, _, clues = era_window(_clue_text(folded, title, url), latest_year=latest_year)
        if not clues or lo <= reference.year:  # else the stated dates are background
            return ArticleDating(reference, source, find_dates(body, language=language, published=reference))
    return _from_era(url=url, title=title, body=body, folded=folded, language=language,
                     find_dates=find_dates, latest_year=latest_year, prior_year=prior_year)


def _from_era(
    *, url: str | None, title: str, body: str, folded: str, language: str | None,
    find_dates: Callable[..., list[Any]], latest_year: int, prior_year: int | None,
) -> ArticleDating:
    lo, hi, clues = era_window(_clue_text(folded, title, url), latest_year=latest_year)
    probe = _absolute(find_dates(body, language=language, published=dt.date(hi, 12, 31)))
    year = year_from_weekdays(probe, window=(lo, hi), stems=WEEKDAY_STEMS)
    source = "era_clues" if clues else "weekday"
    if year is None:
        episode = episode_year(_clue_text(folded, title, url), probe, window=(lo, hi))
        if episode is not None:
            year, source = episode[0], "episode"
    if year is None and clues:
        year, source = lo, "era_guess"
    if year is None and prior_year is not None and lo <= prior_year <= hi:
        year, source = prior_year, "year_prior"
    if year is None:
        return ArticleDating(None, "none", find_dates(body, language=language, published=None))
    dates = _absolute(find_dates(body, language=language, published=dt.date(year, 12, 31)))
    latest = _latest_day(dates)
    first_day = era_first_day(_clue_text(folded, title, url), year=year) if source == "era_guess" else None
    if first_day is not None and latest is not None and latest < first_day and year < hi:
        year += 1  # "1 March" in a text naming Nur-Sultan (from 20 March 2019) is not of 2019
        dates = _absolute(find_dates(body, language=language, published=dt.date(year, 12, 31)))
        latest = _latest_day(dates)
    hint = era_month(_clue_text(folded, title, url), year=year) if latest is None else None
    return ArticleDating(latest or dt.date(year, 12, 31), source, dates, synthetic=latest is None, month_hint=hint)


def _upload_date(body: str, folded: str, *, latest_year: int) -> SourceDate | None:
    """A media path's date (a day counts as exact), unless the text names a later year."""
    found = date_from_text_paths(body, latest=dt.date(latest_year, 12, 31))
    if found is None:
        return None
    stated = latest_stated_year(folded, latest_year=latest_year)
    return None if stated is not None and stated > found.day.year else found


def _absolute(mentions: list[Any]) -> list[Any]:
    return [m for m in mentions if not m.relative]


def _latest_day(mentions: list[Any]) -> dt.date | None:
    days = [m.value for m in mentions if m.precision == "day"]
    return dt.date.fromisoformat(max(days)) if days else None


def _clue_text(folded: str, title: str, url: str | None) -> str:
    return " ".join((folded, title.lower(), _slug_words(url)))


def _slug_words(url: str | None) -> str:
    """The words of an address path ("miting_nur_sultan" -> "miting nur sultan"), for era clues."""
    if not url:
        return ""
    path = re.sub(r"^[a-z]+://[^/]*", "", url.lower())
    return re.sub(r"[/_.?=&%+]+", " ", path).replace("-", " ")
