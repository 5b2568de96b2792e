"""Year clues for articles without a publication date or any stated year.

Facts about the region bound when a text can have been written: Astana was
called Nur-Sultan from March 2019 to September 2022; COVID-19 measures ran
2020–2022; Tokayev has been president since 2019, Mirziyoyev since 2016,
Japarov since 2021; Nazarbayev was president until 2019; the Nur Otan party
became Amanat in 2022. A date written with its weekday ("Friday, 3 May")
then fixes the year inside that window.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from protest_tracker.pipeline.dates import BIRTH_AFTER

_SITTING = r"(?:президент\w*|president) "
#: words before a president's name that make the clue say nothing about the text's date
_NOT_SITTING = re.compile(r"(?:former|late|ex-|бывш\w*|покойн\w*|первого|экс-)\s*$")
#: (pattern over folded text, first year, last year)
ERA_CLUES: tuple[tuple[str, int, int], ...] = (
    (r"нур-султан|нұр-сұлтан|nur[- ]sultan(?! nazarbay)|nursultan(?! nazarbay)|nur sultane?\b", 2019, 2022),
    (r"коронавирус|covid|ковид|пандеми|pandemic|локдаун|lockdown", 2020, 2022),
    (r"президент\w* (?:\w+ ){0,2}токаев|токаев\w*,? президент|president (?:\w+ ){0,3}to[kq]a[y]?ev|тоқаев", 2019, 2100),
    (r"президент\w* (?:\w+ ){0,2}мирзи[её]ев|president (?:\w+ ){0,2}mirziyoyev|mirziyoyev", 2016, 2100),
    (r"президент\w* (?:\w+ ){0,2}жапаров|president (?:\w+ ){0,2}japarov|japarov,? (?:the )?president", 2021, 2100),
    (_SITTING + r"(?:\w+ ){0,2}(?:назарбаев|nazarbayev|nazarbaev)", 1991, 2019),
    (_SITTING + r"(?:\w+ ){0,2}(?:атамбаев|atambayev|atambaev)", 2011, 2017),
    (_SITTING + r"(?:\w+ ){0,2}(?:жээнбеков|jeenbekov|zheenbekov)", 2017, 2020),
    # presidents by term (a "former"/"late" president says nothing about when the text was written)
    (_SITTING + r"(?:\w+ ){0,2}(?:каримов|karimov)", 1991, 2016),
    (_SITTING + r"(?:\w+ ){0,2}(?:акаев|akayev|akaev)", 1991, 2005),
    (_SITTING + r"(?:\w+ ){0,2}(?:бакиев|bakiyev|bakiev)", 2005, 2010),
    (_SITTING + r"(?:\w+ ){0,2}(?:отунбаев|otunbayev)", 2010, 2011),
    (_SITTING + r"(?:\w+ ){0,2}(?:ниязов|niyazov)", 1991, 2006),
    (_SITTING + r"(?:\w+ ){0,2}(?:гурбангулы|gurbanguly)", 2007, 2022),
    (_SITTING + r"(?:\w+ ){0,2}(?:сердар|serdar)", 2022, 2100),
    (r"\bamanat\b|«аманат»|партии аманат|партия аманат|\"аманат\"", 2022, 2100),
    (r"нур отан|nur otan|нұр отан", 1999, 2022),
    (r"вторжени\w* (?:\w+ ){0,2}украин|invasion of ukraine|war in ukraine|войн\w* в украине", 2022, 2100),
    (r"январск\w* событи|qantar|қаңтар оқиғасы|january 2022", 2022, 2100),
    (r"ввод\w* (?:\w+ ){0,2}одкб|войск\w* одкб|одкб\w* (?:\w+ ){0,3}(?:в|в отношении) казахстан"
     r"|csto (?:troops|forces|peacekeep)", 2022, 2022),
    (r"одкб|csto", 2002, 2100),
    (r"кемпир-?абад|kempir-?abad", 2022, 2100),
    (r"(?:каракалпак|karakalpak|qoraqalpog|қарақалпақ)\w*.{0,120}(?:конституц|constitution|konstitutsiya)"
     r"|(?:конституц|constitution|konstitutsiya)\w*.{0,120}(?:каракалпак|karakalpak|qoraqalpog)", 2022, 2100),
    (r"джордж\w* флойд|george floyd", 2020, 2100),
    (r"аннекси\w* крыма|присоединени\w* крыма|annexation of crimea|(?:вооруженн\w* сил\w*|войск\w*) (?:[\w-]+ ){0,3}(?:в|на) украин",
     2014, 2100),
    # Qantar: the Almaty riots of January 2022; the liquefied-gas price rise that set it off
    (r"(?:deadly |violent )?unrest (?:[\w-]+ ){0,4}(?:in|across) (?:the city of )?almaty|беспорядк\w* в алмат\w*"
     r"|алматин\w* (?:беспорядк|погром)\w*|қанды қаңтар|кровав\w* январ", 2022, 2100),
    (r"(?:январ|january|қаңтар)[\s\S]{0,400}(?:сжиженн\w* газ|liquefied (?:petroleum )?gas|lpg|сұйытылған газ)"
     r"|(?:сжиженн\w* газ|liquefied (?:petroleum )?gas|lpg|сұйытылған газ)[\s\S]{0,400}(?:январ|january|қаңтар)", 2022, 2022),
)
#: (pattern over folded text, year of the event) for "the Nth anniversary of ..." clues
ANNIVERSARY_EVENTS: tuple[tuple[str, int], ...] = (
    (r"жа[нң]а-?[оө]зен|zhanaozen|janaozen|zhanaozen", 2011),
    (r"андижан|andijan|andijon", 2005),
    (r"аксы|aksy", 2002),
    (r"апрельск\w* (?:революц|событ)|april revolution", 2010),
    (r"январск\w* событ|қаңтар оқиғ|january events|qantar", 2022),
)
_ANNIVERSARY = re.compile(
    r"(?:(\d{1,2})\s*-?\s*(?:th|st|nd|rd|й|ой|я|ая|ші|шы|чи|inchi)?\s*)?"
    r"(?:anniversary|летие|годовщин\w*|жылдығы\w*|жылдыгы\w*|yilligi\w*)"
)
_YEAR_AFTER = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_COMPILED = tuple((re.compile(p), lo, hi, p.startswith(_SITTING)) for p, lo, hi in ERA_CLUES)
_ANNIVERSARY_WORDS = ("anniversar", "летие", "годовщин", "жылдығ", "жылдыг", "yillig")
_EVENTS = tuple((re.compile(p), year) for p, year in ANNIVERSARY_EVENTS)


def anniversary_year(folded: str) -> int | None:
    """The year an anniversary phrase points to: the year of the event it commemorates (a year
    stated just after the phrase, else a known event named near it) plus N ("10th anniversary",
    "10-летие"; a bare "годовщина" or "first anniversary" counts as the first)."""
    if not any(word in folded for word in _ANNIVERSARY_WORDS):
        return None
    for match in _ANNIVERSARY.finditer(folded):
        if not match.group(1) and match.group(0).startswith("anniversar") \
                and not folded[max(0, match.start() - 6):match.start()].endswith("first "):
            continue  # a bare English "anniversary" does not say which one
        count = int(match.group(1)) if match.group(1) else 1
        if not 1 <= count <= 60:
            continue
        stated = _YEAR_AFTER.search(folded, match.end(), match.end() + 120)
        if stated:
            return int(stated.group(1)) + count
        near = folded[max(0, match.start() - 80): match.end() + 80]
        for pattern, year in _EVENTS:
            if pattern.search(near):
                return year + count
    return None


_STATED_YEAR = re.compile(r"(?:199|20[0-4])\d(?![\d.,/-]|\s*-\s*\d)")
_FUTURE_BEFORE = re.compile(r"(?<!\w)(?:до|к|by|until|till|through|gacha|дейін|чейин)\s*$")


def latest_stated_year(folded: str, *, latest_year: int) -> int | None:
    """The latest year the text names (not a deadline or plan: "до 2030", "by 2025"): a text is
    not written before the latest year it mentions."""
    years = [int(m.group(0)) for m in _STATED_YEAR.finditer(folded)
             if int(m.group(0)) <= latest_year and (m.start() == 0 or folded[m.start() - 1] not in "0123456789.,/-")
             and not _FUTURE_BEFORE.search(folded[max(0, m.start() - 8):m.start()])
             and not BIRTH_AFTER.match(folded[m.end():m.end() + 30])]
    return max(years) if years else None


#: events that fix a month (facts): a story of one of them that names no day took place then
MONTH_CLUES: tuple[tuple[str, str], ...] = (
    (r"ввод\w* (?:[\w-]+ ){0,2}(?:войск\w* )?одкб|войск\w* одкб|csto (?:troops|forces|peacekeep)", "2022-01"),
    (r"атауын өзгерт\w*|переименовани\w* (?:столицы|астаны)|renaming (?:of )?(?:the capital|astana)"
     r"|астана қаласын нұр-сұлтан", "2019-03"),
)
_MONTHS = tuple((re.compile(p), month) for p, month in MONTH_CLUES)


def era_month(folded: str, *, year: int) -> str | None:
    """The month (``YYYY-MM``) of a month-fixing event the text names, when it lies in ``year``."""
    for pattern, month in _MONTHS:
        if month.startswith(str(year)) and pattern.search(folded):
            return month
    return None


def era_window(folded: str, *, latest_year: int) -> tuple[int, int, list[str]]:
    """The years the text can date from, narrowed by every clue it contains (clues that would
    empty the window are ignored), and the clues used."""
    lo, hi = 1991, latest_year
    used = []
    year = anniversary_year(folded)
    if year is not None and year <= latest_year:
        lo = hi = year
        used.append(f"anniversary:{year}")
    stated = latest_stated_year(folded, latest_year=latest_year)
    if stated is not None and lo < stated <= hi:
        lo = stated
        used.append(f"stated:{stated}")
    has_president = "президент" in folded or "president" in folded
    for pattern, first, last, president in _COMPILED:
        if president and not has_president:
            continue
        match = pattern.search(folded)
        while match and president and _NOT_SITTING.search(folded[max(0, match.start() - 12):match.start()]):
            match = pattern.search(folded, match.end())
        if not match:
            continue
        new_lo, new_hi = max(lo, first), min(hi, last)
        if new_lo <= new_hi:
            lo, hi = new_lo, new_hi
            used.append(match.group(0))
    return lo, hi, used


def weekday_of(surface: str, stems: Iterable[tuple[str, int]]) -> int | None:
    """The weekday named in a date's surface text, if any."""
    lowered = surface.lower()
    for stem, number in stems:
        if re.search(rf"(?<!\w){re.escape(stem)}", lowered):
            return number
    return None


def year_from_weekdays(mentions: Sequence[Any], *, window: tuple[int, int],
                       stems: Iterable[tuple[str, int]]) -> int | None:
    """The latest year in ``window`` in which every weekday-stamped day/month falls on its weekday."""
    stems = tuple(stems)
    stamped = []
    for mention in mentions:
        if mention.precision != "day" or mention.relative:
            continue
        weekday = weekday_of(mention.surface, stems)
        if weekday is not None:
            stamped.append((int(mention.value[5:7]), int(mention.value[8:10]), weekday))
    if not stamped:
        return None
    for year in range(window[1], window[0] - 1, -1):
        try:
            if all(dt.date(year, m, d).weekday() == wd for m, d, wd in stamped):
                return year
        except ValueError:
            continue
    return None
