"""Well-known episodes of protest in the region: a place and days of the year that fix the year.

Half of the reports a tracker reads come without a publication date, and many of those never
state a year: "on 16 December oil workers in Zhanaozen…". When the text gives no year at all (no
publication date, no date in the address, no stated year, no weekday that fits one year), a day
and month at a place where a well-documented episode happened on those days is taken to be that
episode, and the year is flagged as guessed (``reference_date_from_episode``), like every other
guess in :mod:`.reference`. A stated year, a weekday or an era clue always wins over an episode.

The table holds historical facts (place, dates, year), each with a line saying what happened;
patterns are written for folded text (lower case, ``ё``→``е``) in the scripts the region uses.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

_ZHANAOZEN = r"жаңаөзен|жаңаозен|жанаозен|zhanaozen|janaozen|jañaözen|zhanaozen|жанаөзен|janaoz[eя]n"
_KHOROG = r"хорог|хоруг|khorog|khorugh|xorug|horog|хоруғ|gbao|гбао|бадахшан|badakhshan|badaxshon"
_NUKUS = r"нукус|nukus|нөкис|nokis|каракалпак|karakalpak|qoraqalpo|қарақалпақ|қорақалпоғ|каракалпакстан"
_ANDIJAN = r"андижан|андижон|andijan|andijon|әндіжан"
_BISHKEK = r"бишкек|bishkek|бішкек|bişkek|bishkekte"


@dataclass(frozen=True, slots=True)
class Episode:
    """Days (month, first day, last day) at a place that date one episode to its year."""

    place: str
    month: int
    first_day: int
    last_day: int
    year: int
    what: str


EPISODES: tuple[Episode, ...] = (
    Episode(_ZHANAOZEN + r"|шетпе|shetpe", 12, 15, 18, 2011,
            "the oil workers' strike in Zhanaozen ended in shootings on 16 December 2011, then Shetpe"),
    Episode(_ZHANAOZEN, 1, 1, 11, 2022, "the gas-price protest that began in Zhanaozen on 2 January 2022"),
    Episode(_KHOROG, 5, 14, 25, 2022, "rallies in Khorog and the security operation in GBAO, May 2022"),
    Episode(_KHOROG, 11, 25, 30, 2021, "rallies in Khorog after a killing by the police, late November 2021"),
    Episode(_KHOROG, 7, 21, 31, 2012, "the security operation in Khorog, July 2012"),
    Episode(_NUKUS, 7, 1, 3, 2022, "the Karakalpakstan protests over the constitution, 1–2 July 2022"),
    Episode(_ANDIJAN, 5, 12, 14, 2005, "the Andijan uprising and shootings, 13 May 2005"),
    Episode(r"аксы|aksy|кербен|kerben", 3, 17, 20, 2002, "the Aksy shootings, 17 March 2002"),
    Episode(r"\bош\b|\bоша\b|\bоше\b|\bosh\b", 6, 10, 14, 2010, "the violence in Osh, 10–14 June 2010"),
    Episode(r"талас|talas", 4, 6, 7, 2010, "the seizure of the Talas administration, 6 April 2010"),
    Episode(_BISHKEK, 4, 6, 8, 2010, "the April 2010 uprising in Bishkek"),
    Episode(_BISHKEK, 10, 5, 15, 2020, "the protests after the parliamentary election, October 2020"),
    Episode(_BISHKEK, 3, 24, 24, 2005, "the Tulip Revolution, 24 March 2005"),
    Episode(r"узген|өзгөн|uzgen|ozgon|жалал-абад|jalal-abad|джалал-абад|жалалабад", 3, 4, 22, 2005,
            "the seizures of administrations in the south before the Tulip Revolution, March 2005"),
)
_COMPILED = tuple((re.compile(e.place), e) for e in EPISODES)


def episode_year(folded: str, mentions: Sequence[Any], *, window: tuple[int, int]) -> tuple[int, str] | None:
    """The year of the one episode whose place the text names and whose days a date mention falls
    on (``None`` when none, or when two episodes of different years both fit)."""
    days = set()
    for mention in mentions:
        if getattr(mention, "relative", False) or len(mention.value) < 7:
            continue
        month = int(mention.value[5:7])
        day = int(mention.value[8:10]) if mention.precision == "day" and len(mention.value) == 10 else None
        days.add((month, day))
    if not days:
        return None
    found: dict[int, str] = {}
    for pattern, episode in _COMPILED:
        if not window[0] <= episode.year <= window[1]:
            continue
        if any(month == episode.month and (day is None or episode.first_day <= day <= episode.last_day)
               for month, day in days) and pattern.search(folded):
            found.setdefault(episode.year, episode.what)
    if len(found) != 1:
        return None
    return next(iter(found.items()))
