"""Year clues for articles without a publication date or any stated year.

Facts about the region bound when a text can have been written: Astana was
called Nur-Sultan from March 2019 to September 2022; COVID-19 measures ran
2020–2022; Tokayev has been president since 2019, Mirziyoyev since 2016,
Japarov since 2021; Nazarbayev was president until 2019; the Nur Otan party
became Amanat in 2022. A "former"/"ousted" president puts the text after that
president's term. "The 68th anniversary of Victory" (1945 + 68), "the 20th anniversary
of independence" (1991 + 20) and "ten years ago, in 2011" name the year itself. A date
written with its weekday ("Friday, 3 May") then fixes the year inside that window.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from typing import Any

from protest_tracker.pipeline.dates.recognise import BIRTH_AFTER

_SITTING = r"(?:президент\w*|president|prezident\w*) "
#: the July 2022 Karakalpakstan unrest over constitutional amendments (ru/en/kk/ky/uz spellings)
_KARAKALPAK = r"(?:каракалпак|karakalpak|qoraqalpo[gq]|қарақалпақ|қорақалпоғ)"
_CONSTITUTION = r"(?:конституц|constitution|konstitutsiya|башмыйзам|asosiy qonun|асосий қонун)"
_KARAKALPAK_CONSTITUTION = rf"{_KARAKALPAK}\w*.{{0,120}}{_CONSTITUTION}|{_CONSTITUTION}\w*.{{0,120}}{_KARAKALPAK}"
_ZHANAOZEN = r"(?:жаңаөзен|жаңаозен|жанаозен|zhanaozen|janaozen|jañaözen|zhanaozen)"
_GAS_PRICE = (r"(?:газ\w* (?:\w+ ){0,2}(?:баға|баас|цен|кымбат|қымбат)|цен\w* на (?:сжиженн\w* )?газ"
              r"|gas prices?|price of (?:liquefied )?gas|gaz narx)")
_ZHANAOZEN_GAS = rf"{_ZHANAOZEN}[\s\S]{{0,300}}{_GAS_PRICE}|{_GAS_PRICE}[\s\S]{{0,300}}{_ZHANAOZEN}"
#: words before a president's name that make the clue say nothing about the text's date
#: ... and words that put the text after the end of that president's term
_FORMER = re.compile(
    r"(?:former|late|ex-|ousted|toppled|deposed|overthrown|ousting of|overthrow of|ouster of|бывш\w*"
    r"|покойн\w*|экс-|сверг\w*|свержени\w*|собиқ|sobiq|бұрынғы|мурунку|мурдагы|marhum)\s*$"
)
_FIRST = re.compile(r"(?:первого|первый|first|тұңғыш|биринчи|birinchi)\s*$")
#: (pattern over folded text, first year, last year[, first day "MM-DD" of the first year]): with a
#: first day, a text naming the clue was written on or after that day (Astana became Nur-Sultan on
#: 20 March 2019, Japarov took office on 28 January 2021…), so an undated "1 March" is not of that year
ERA_CLUES: tuple[tuple[str, int, int] | tuple[str, int, int, str], ...] = (
    (r"нур-султан|нұр-сұлтан|nur[- ]sultan(?! nazarbay)|nursultan(?! nazarbay)|nur sultane?\b", 2019, 2022, "03-20"),
    (r"коронавирус|covid|ковид|пандеми|pandemic|локдаун|lockdown", 2020, 2022),
    (r"президент\w* (?:\w+ ){0,2}токаев|токаев\w*,? президент|president (?:\w+ ){0,3}to[kq]a[y]?ev|тоқаев|toqaev",
     2019, 2100, "03-20"),
    (r"президент\w* (?:\w+ ){0,2}мирзи[её]ев|president (?:\w+ ){0,2}mirziyoyev|mirziyoyev", 2016, 2100, "09-08"),
    (r"президент\w* (?:\w+ ){0,2}жапаров|president (?:\w+ ){0,2}japarov|japarov,? (?:the )?president", 2021, 2100, "01-28"),
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
    (r"\bamanat\b|«аманат»|партии аманат|партия аманат|\"аманат\"", 2022, 2100, "03-01"),
    (r"нур отан|nur otan|нұр отан", 1999, 2022),
    (r"вторжени\w* (?:\w+ ){0,2}украин|invasion of ukraine|war in ukraine|войн\w* в украине", 2022, 2100, "02-24"),
    (r"январск\w* событи|qantar|қаңтар оқиғасы|january 2022", 2022, 2100),
    (r"ввод\w* (?:\w+ ){0,2}одкб|войск\w* одкб|одкб\w* (?:\w+ ){0,3}(?:в|в отношении) казахстан"
     r"|csto (?:troops|forces|peacekeep)", 2022, 2022),
    (r"одкб|csto", 2002, 2100),
    (r"кемпир-?абад|kempir-?abad", 2022, 2100),
    (_KARAKALPAK_CONSTITUTION, 2022, 2100, "06-25"),
    # the January 2022 unrest began in Zhanaozen over the price of liquefied gas
    (_ZHANAOZEN_GAS, 2022, 2022),
    (r"джордж\w* флойд|george floyd", 2020, 2100, "05-25"),
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
    (r"побед\w*|victory|жеңіс\w*|жеңиш\w*|ғалаба\w*|g'alaba\w*|ғалаба", 1945),
    (r"независимост\w*|independence|тәуелсіздi\w*|тәуелсіздік\w*|көз карандысыздык\w*|mustaqillig\w*"
     r"|мустақиллиг\w*|истиқлол\w*", 1991),
)
_ANNIVERSARY = re.compile(
    r"(?:(\d{1,2})\s*-?\s*(?:th|st|nd|rd|й|ой|я|ая|ші|шы|чи|inchi)?\s*)?"
    r"(?:anniversary|летие|годовщин\w*|жылдығы\w*|жылдыгы\w*|yilligi\w*)"
)
_YEAR_AFTER = re.compile(r"(?<!\d)((?:19|20)\d\d)(?!\d)")
_COMPILED = tuple((re.compile(clue[0]), clue[1], clue[2], clue[0].startswith(_SITTING)) for clue in ERA_CLUES)
_FIRST_DAYS = tuple((re.compile(clue[0]), clue[1], clue[3]) for clue in ERA_CLUES if len(clue) > 3)
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
        if not 1 <= count <= 100:
            continue
        right_after = folded[match.end(): match.end() + 40]  # "68-й годовщины Победы"
        for pattern, year in _EVENTS:
            if pattern.search(right_after):
                return year + count
        stated = _YEAR_AFTER.search(folded, match.end(), match.end() + 120)
        if stated:
            return int(stated.group(1)) + count
        near = folded[max(0, match.start() - 80): match.end() + 80]
        for pattern, year in _EVENTS:
            if pattern.search(near):
                return year + count
    return None


#: small counts written as words (en, ru, kk, ky, uz) in "ten years ago", "он жыл бұрын"
COUNT_WORDS = {
    "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9,
    "ten": 10, "twenty": 20, "thirty": 30, "два": 2, "три": 3, "пять": 5, "десять": 10,
    "двадцать": 20, "тридцать": 30, "екі": 2, "үш": 3, "бес": 5, "он": 10, "жиырма": 20,
    "отыз": 30, "эки": 2, "беш": 5, "жыйырма": 20, "ikki": 2, "uch": 3, "besh": 5, "o'n": 10,
    "yigirma": 20, "o'ttiz": 30,
}
_COUNT = rf"(\d{{1,2}}|{'|'.join(sorted(COUNT_WORDS, key=len, reverse=True))})"
#: "10 years ago, in 2011", "он жыл бұрынғы ... 2011", "15 years after the 1997 accord"
_YEARS_LATER = re.compile(
    rf"(?<!\w){_COUNT}\s*(?:-?\s*)?(?:years?|лет|года|жыл|йил|yil)\s+"
    r"(?:ago|after|since|назад|спустя|после|бұрын\w*|мурун\w*|oldin\w*|олдин\w*|кейін|кийин|keyin)(?!\w)"
)


def years_later_year(folded: str) -> int | None:
    """The year a "N years ago/after" phrase points to: a year stated within 80 characters of it
    (the last of a range such as "1992-97"), plus N."""
    for match in _YEARS_LATER.finditer(folded):
        word = match.group(1)
        count = int(word) if word.isdigit() else COUNT_WORDS[word]
        near = folded[max(0, match.start() - 80): match.end() + 80]
        stated = re.search(r"(?<!\d)((?:19|20)\d\d)(?:\s*[-–]\s*((?:19|20)?\d\d))?(?!\d)", near)
        if stated is None or not 1 <= count <= 60:
            continue
        year = int(stated.group(1))
        if stated.group(2):
            tail = stated.group(2)
            year = int(tail) if len(tail) == 4 else year // 100 * 100 + int(tail)
        return year + count
    return None


_STATED_YEAR = re.compile(r"(?:199|20[0-4])\d(?![\d.,/-]|\s*-\s*\d)")
_FUTURE_BEFORE = re.compile(r"(?<!\w)(?:до|к|by|until|till|through|gacha|дейін|чейин)\s*$")
#: a year that names a document ("the 1993 Constitution", "Конституция 1995 года", "1995 жылғы
#: Конституция", "закон 2004 года") says when the document was adopted, not when the text was written
_DOCUMENT = r"(?:constitution|конституци|konstitutsi|konstitusi|закон|заң|zań|zan|мыйзам|qonun|кодекс|code|kodeks)"
_DOCUMENT_AFTER = re.compile(
    r"^\W{0,2}(?:-?\s?(?:жылғы|жылгы|жылдагы|жылдын|jylghy|jylǵy|yilgi|йилги|года|г\.|year's)\W{0,3})?"
    + _DOCUMENT)
#: between the document and its year: short words ("от", "of", "РК") or the country, not "в"/"in"
#: (a year after "в"/"in" is when something happened)
_DOCUMENT_BEFORE = re.compile(
    r"(?<!\w)" + _DOCUMENT + r"\w*\W{1,3}(?:(?:(?!(?:в|во|in|на)\W)[\w-]{1,4}|республик\w*|respublika\w*|republic|"
    r"казахстан\w*|kazakhstan|қазақстан\w*|кыргыз\w*|kyrgyz\w*|узбекистан\w*|uzbekistan|o'zbekiston\w*|"
    r"таджикистан\w*|tajikistan)\W{1,3}){0,2}$")


def _dates_the_text(folded: str, match: re.Match[str]) -> bool:
    """Whether a stated year says when the text was written at earliest: not part of a longer
    number, not a deadline ("до 2030"), a birth year or the year of a document."""
    start, end = match.start(), match.end()
    return ((start == 0 or folded[start - 1] not in "0123456789.,/-")
            and not _FUTURE_BEFORE.search(folded[max(0, start - 8):start])
            and not BIRTH_AFTER.match(folded[end:end + 30])
            and not _DOCUMENT_AFTER.match(folded[end:end + 40])
            and not _DOCUMENT_BEFORE.search(folded[max(0, start - 40):start]))


def latest_stated_year(folded: str, *, latest_year: int) -> int | None:
    """The latest year the text names (not a deadline or plan: "до 2030", "by 2025"): a text is
    not written before the latest year it mentions."""
    years = [int(m.group(0)) for m in _STATED_YEAR.finditer(folded)
             if int(m.group(0)) <= latest_year and _dates_the_text(folded, m)]
    return max(years) if years else None


#: events that fix a month (facts): a story of one of them that names no day took place then
MONTH_CLUES: tuple[tuple[str, str], ...] = (
    (r"ввод\w* (?:[\w-]+ ){0,2}(?:войск\w* )?одкб|войск\w* одкб|csto (?:troops|forces|peacekeep)", "2022-01"),
    (r"атауын өзгерт\w*|переименовани\w* (?:столицы|астаны)|renaming (?:of )?(?:the capital|astana)"
     r"|астана қаласын нұр-сұлтан", "2019-03"),
    (_KARAKALPAK_CONSTITUTION, "2022-07"),
    (_ZHANAOZEN_GAS, "2022-01"),
    (r"аннекси\w* крыма|присоединени\w* крыма|annexation of crimea"
     r"|(?:вооруженн\w* сил\w*|войск\w*) (?:[\w-]+ ){0,3}(?:в|на) украин", "2014-03"),
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
    year = anniversary_year(folded) or years_later_year(folded)
    if year is not None and 1991 <= year <= latest_year:
        lo = hi = year
        used.append(f"anniversary:{year}")
    stated = latest_stated_year(folded, latest_year=latest_year)
    if stated is not None and lo < stated <= hi:
        lo = stated
        used.append(f"stated:{stated}")
    has_president = "президент" in folded or "president" in folded or "prezident" in folded
    for pattern, first, last, president in _COMPILED:
        if president and not has_president:
            continue
        match = pattern.search(folded)
        while match and president:
            before = folded[max(0, match.start() - 12):match.start()]
            if _FORMER.search(before):  # "former president X": written after X's term
                first, last = last, 2100
            elif _FIRST.search(before):
                match = pattern.search(folded, match.end())
                continue
            break
        if not match:
            continue
        new_lo, new_hi = max(lo, first), min(hi, last)
        if new_lo <= new_hi:
            lo, hi = new_lo, new_hi
            used.append(match.group(0))
    return lo, hi, used


def era_first_day(folded: str, *, year: int) -> dt.date | None:
    """The latest first day, in ``year``, of the era clues the text names that begin in that year
    (see :data:`ERA_CLUES`): the text was written on or after it."""
    days = [dt.date(year, int(day[:2]), int(day[3:])) for pattern, first, day in _FIRST_DAYS
            if first == year and pattern.search(folded)]
    return max(days, default=None)


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
