"""When was an article published, judging by its address alone?

Used only when an article carries no publication date. Three kinds of evidence:

* a date written in the path (``/2019/04/30/``, ``/20201102/``, ``-2021-02-28/``): taken as the
  publication day (``url_path``);
* a year and month in the path without a day (``/2010/05/``, an archive page): the article is
  from that month, so its last day bounds the dates of the text (``url_month``, not exact);
* the numeric story id of the Radio Free Europe / Radio Liberty family of sites (rferl.org,
  azattyq.org, azattyk.org, ozodi.org, ozodlik.org, azathabar.com and their mirrors), which
  grows steadily with time. The id is placed between known (id, day) anchors and the day read off
  by linear interpolation (``outlet_id``). The estimate is good to a few weeks, so it is used to
  choose the *year* of day-and-month dates, never to resolve "yesterday" or "on Monday".

The anchors are year starts only (a coarse model of the id sequence, not a list of stories).
Ids up to a year outside the anchored range are extrapolated at the nearest year's rate; ids
further out give no estimate. The outlets' mirror hosts on CloudFront
(``<random>.cloudfront.net``) carry the same ids.

:func:`date_from_text_paths` reads the same kind of evidence from media paths left in a scraped
text (``/uploads/2022/12/``, ``/image/2020/02/25/``): a picture is uploaded when the story is
published, so the latest such path dates the story (``upload_path``, not exact).
"""

from __future__ import annotations

import datetime as dt
import re
from bisect import bisect_right
from dataclasses import dataclass

#: (story id, first day of a year), increasing in both: a coarse, year-level calibration of the
#: RFE/RL story-id sequence. Only year starts are kept (interpolated from public story ids and
#: their dates), so the table models the sequence rather than remembering particular stories.
RFERL_ANCHORS: tuple[tuple[int, dt.date], ...] = (
    (24_430_000, dt.date(2012, 1, 1)),
    (24_810_000, dt.date(2013, 1, 1)),
    (25_220_000, dt.date(2014, 1, 1)),
    (26_720_000, dt.date(2015, 1, 1)),
    (27_460_000, dt.date(2016, 1, 1)),
    (28_200_000, dt.date(2017, 1, 1)),
    (28_950_000, dt.date(2018, 1, 1)),
    (29_684_000, dt.date(2019, 1, 1)),
    (30_355_000, dt.date(2020, 1, 1)),
    (31_031_000, dt.date(2021, 1, 1)),
    (31_640_000, dt.date(2022, 1, 1)),
    (32_200_000, dt.date(2023, 1, 1)),
    (32_760_000, dt.date(2024, 1, 1)),
    (33_260_000, dt.date(2025, 1, 1)),
    (33_636_000, dt.date(2026, 1, 1)),
)
#: how far before the first anchor and after the last the id sequence is extrapolated (at the rate
#: of the nearest year): a year either way, so a new year's stories are dated before its anchor
#: is added, and ids far outside the calibration give no estimate
EXTRAPOLATE_DAYS = 366
RFERL_HOSTS = re.compile(
    r"(?:^|\.)(?:rferl\.org|azattyq\.org|azattyk\.org|azattyk\.kg|ozodi\.org|ozodlik\.org|"
    r"azathabar\.com|svoboda\.org|currenttime\.tv|[a-z0-9]+\.cloudfront\.net)$"
)
_HOST = re.compile(r"^[a-z][a-z0-9+.-]*://([^/:?#]+)", re.IGNORECASE)
_STORY_ID = re.compile(r"/(\d{8})\.html(?:$|[?#])")
_PATH_DATES = (
    re.compile(r"/((?:19|20)\d\d)/([01]\d)/([0-3]\d)(?:/|$|[-_])"),
    re.compile(r"[/_-]((?:19|20)\d\d)-([01]\d)-([0-3]\d)(?:/|$|[-_.])"),
    re.compile(r"/((?:19|20)\d\d)([01]\d)([0-3]\d)/"),
    re.compile(r"/((?:19|20)\d\d)/(\d{1,2})/(\d{1,2})(?:/|$)"),
)
_PATH_MONTH = re.compile(r"/((?:19|20)\d\d)/([01]?\d)(?:/|$)")
#: media paths in a text: "/uploads/2022/12/", "/image/2020/02/25/crop-1.jpg", "/2019/07/06/x.png"
_MEDIA_PATH = re.compile(
    r"(?:upload\w*|image\w*|img|media|files|photo\w*|pics?|storage|wp-content)"
    r"(?:/[\w.-]+)?/((?:19|20)\d\d)/([01]\d)/(?:([0-3]\d)/)?",
    re.IGNORECASE,
)


@dataclass(frozen=True)
class SourceDate:
    """A publication day read from an address; ``exact`` is false for an id-based estimate."""

    day: dt.date
    kind: str  # "url_path" | "url_month" | "outlet_id" | "upload_path"
    exact: bool


def date_from_url(url: str | None, *, latest: dt.date | None = None) -> SourceDate | None:
    """The publication day an article's address implies, if any (see the module docstring).

    ``latest`` (default: today) bounds what is plausible: later days are ignored.
    """
    if not url:
        return None
    latest = latest or dt.date.today()
    for pattern in _PATH_DATES:
        match = pattern.search(url)
        if match is None:
            continue
        try:
            day = dt.date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
        except ValueError:
            continue
        if dt.date(1991, 1, 1) <= day <= latest:
            return SourceDate(day=day, kind="url_path", exact=True)
    month = _PATH_MONTH.search(url)
    if month is not None:
        month_end = _month_end(int(month.group(1)), int(month.group(2)))
        if month_end is not None and dt.date(1991, 1, 1) <= month_end <= latest:
            return SourceDate(day=month_end, kind="url_month", exact=False)
    host = _HOST.match(url.strip())
    story = _STORY_ID.search(url)
    if host is None or story is None or not RFERL_HOSTS.search(host.group(1).lower()):
        return None
    estimate = estimate_from_story_id(int(story.group(1)))
    if estimate is None or estimate > latest:
        return None
    return SourceDate(day=estimate, kind="outlet_id", exact=False)


def estimate_from_story_id(story_id: int) -> dt.date | None:
    """Interpolate a publication day for an RFE/RL story id between the anchors, or extrapolate
    it up to :data:`EXTRAPOLATE_DAYS` beyond them; ``None`` further out."""
    ids = [anchor_id for anchor_id, _ in RFERL_ANCHORS]
    index = max(1, bisect_right(ids, story_id))
    index = min(index, len(ids) - 1)
    (low_id, low_day), (high_id, high_day) = RFERL_ANCHORS[index - 1], RFERL_ANCHORS[index]
    share = (story_id - low_id) / (high_id - low_id)
    day = low_day + dt.timedelta(days=round(share * (high_day - low_day).days))
    first, last = RFERL_ANCHORS[0][1], RFERL_ANCHORS[-1][1]
    if not first - dt.timedelta(days=EXTRAPOLATE_DAYS) <= day <= last + dt.timedelta(days=EXTRAPOLATE_DAYS):
        return None
    return day


def date_from_text_paths(text: str, *, latest: dt.date) -> SourceDate | None:
    """The latest day (or month's last day) of the media paths in ``text`` (see the module
    docstring), not after ``latest``; ``None`` without any."""
    best: SourceDate | None = None
    for match in _MEDIA_PATH.finditer(text):
        year, month, day = int(match.group(1)), int(match.group(2)), match.group(3)
        try:
            found = dt.date(year, month, int(day)) if day else _month_end(year, month)
        except ValueError:
            continue
        if found is not None and dt.date(1991, 1, 1) <= found <= latest and (best is None or found > best.day):
            best = SourceDate(day=found, kind="upload_path", exact=day is not None)
    return best


def _month_end(year: int, month: int) -> dt.date | None:
    if not 1 <= month <= 12:
        return None
    following = dt.date(year + month // 12, month % 12 + 1, 1)
    return following - dt.timedelta(days=1)
