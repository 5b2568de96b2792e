"""Regular expressions behind :func:`protest_tracker.pipeline.dates.recognise.find_dates`.

``scan`` returns raw :class:`Candidate` values (possibly overlapping, years possibly missing);
``dates`` chooses among them and resolves years and relative expressions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from protest_tracker.pipeline.dates.words import (
    DAY_JOINERS,
    DAY_SUFFIXES,
    MAY_RU_FORMS,
    MONTH_ABBREVIATIONS,
    MONTH_NOUNS_AFTER,
    MONTH_NOUNS_BEFORE,
    MONTH_STEMS,
    RU_ORDINAL_STEMS,
    YEAR_WORDS,
)


@dataclass(frozen=True)
class Candidate:
    start: int
    end: int
    year: int | None = None
    month: int | None = None
    day: int | None = None
    relative: bool = False
    days_before: int | None = None
    weekday: int | None = None
    strictly_past: bool = False
    last_day: int | None = None
    last_month: int | None = None  # a span into a later month (dates/spans.py)
    day_of_month: int | None = None  # "5-го числа": that day of the publication month (relative)


def alternation(words: list[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def first_letters(words: list[str]) -> str:
    """A lookahead for the first letters of ``words`` (either case): lets a long alternation
    be skipped quickly at positions where none of its words can start."""
    letters = {c for w in words for c in (w[:1].lower(), w[:1].upper())}
    return "(?=[" + "".join(re.escape(c) for c in sorted(letters)) + "])"


_STEMS = sorted(MONTH_STEMS, key=lambda s: len(s[0]), reverse=True)
_MONTH = (
    rf"(?:(?:{alternation([s for s, _, _ in MONTH_STEMS if s != 'ма'])})\w*"
    rf"|(?:{alternation(list(MAY_RU_FORMS))})(?!\w)"
    rf"|(?:{alternation(list(MONTH_ABBREVIATIONS))})\.?(?!\w))"
)
_YEAR = r"(?P<year>(?:19[5-9][0-9]|20[0-4][0-9]))"
_YEAR_WORD = rf"(?:\s*-?\s*(?:{alternation(list(YEAR_WORDS))})(?!\w))?"
_DAY = r"(?P<day>[0-3]?[0-9])"
_DAY_SUFFIX = rf"(?:\s?-?\s?(?:{alternation(list(DAY_SUFFIXES))})(?!\w))?"
_JOIN = rf"(?:[-–—]|по|to|до|{alternation(list(DAY_JOINERS))})"
_B = r"(?<![\w.,])"  # no digit/letter (or decimal separator) right before
# what may follow the day of "қаңтардың 4-і", "желтоқсанның 16-сында", "iyulning 5-kuni",
# "iýulyň 5-inde", "мая 5-и"
_GENITIVE_DAY_END = (
    r"(?:\s?-?\s?(?:с?[іыиiuү](?:нд[еаө]|н[еа]|н[еа]н|nde|nda)?|ші|шы|нде|нда|де|да|не|на"
    r"|kuni|куни|күні|күнү|inde|ynda|unda|ünde))?(?!\w)"
)

_PATTERNS = {
    "iso": re.compile(
        rf"{_B}{_YEAR}-(?P<month>[01][0-9])-(?P<day>[0-3][0-9])(?!\w|\.[0-9]|-[0-9])"
    ),
    "dotted": re.compile(
        rf"{_B}(?P<day>[0-3]?[0-9])\.(?P<month>[01]?[0-9])\.(?P<year>(?:19|20)[0-9]{{2}})(?!\w|\.[0-9])"
    ),
    # "18/05/2020" (day first) or "11/15/2021" (month first when the day cannot be a month)
    "slashed": re.compile(
        rf"{_B}(?<!/)(?P<day>[0-3]?[0-9])/(?P<month>[0-3]?[0-9])/(?P<year>(?:19|20)[0-9]{{2}})(?![\w/]|\.[0-9])"
    ),
    "dmy": re.compile(
        rf"{_B}(?:(?:с|from|between)\s+)?{_DAY}{_DAY_SUFFIX}"
        rf"(?:\s*-?\s*{_JOIN}\s*(?P<last>[0-3]?[0-9]){_DAY_SUFFIX})?"  # "9-жана 10-июнда"
        rf"(?:\s+of)?[\s\-]*(?P<mon>{_MONTH})"
        rf"(?:[\s,]+(?:соли\s+|of\s+)?{_YEAR}{_YEAR_WORD})?",
        re.IGNORECASE,
    ),
    "ymd": re.compile(
        rf"{_B}{_YEAR}{_YEAR_WORD}[\s,]*{_DAY}{_DAY_SUFFIX}[\s\-]*(?P<mon>{_MONTH})", re.IGNORECASE
    ),
    "year_month": re.compile(rf"{_B}{_YEAR}{_YEAR_WORD}[\s,]*(?P<mon>{_MONTH})", re.IGNORECASE),
    "year_alone": re.compile(
        rf"(?:(?<!\w)(?:в|in|since|с|по|of)\s+|{_B}(?=[0-9]{{4}}\s*-?\s*(?:году|года|жылы|yilda|йилда|соли)(?!\w))){_YEAR}{_YEAR_WORD}(?![\w.]|\s*-\s*[0-9])",
        re.IGNORECASE,
    ),
}
# patterns that start with a month word: tried only where the month finder found one
_MONTH_WORDS = [s for s, _, _ in MONTH_STEMS] + list(MAY_RU_FORMS) + list(MONTH_ABBREVIATIONS)
_MONTH_FINDER = re.compile(rf"(?<!\w){first_letters(_MONTH_WORDS)}(?P<mon>{_MONTH})", re.IGNORECASE)
_AT_MONTH = {
    "mdy": re.compile(
        rf"(?P<mon>{_MONTH})\s+{_DAY}(?:st|nd|rd|th)?"
        rf"(?:\s*(?:[-–—]|to|and|&)\s*(?P<last>[0-3]?[0-9])(?:st|nd|rd|th)?)?(?![\w:])"
        rf"(?:,?\s+{_YEAR})?",
        re.IGNORECASE,
    ),
    "genitive": re.compile(
        rf"(?P<mon>{_MONTH})\s+{_DAY}{_GENITIVE_DAY_END}",
        re.IGNORECASE,
    ),
    "month_year": re.compile(
        rf"(?P<mon>{_MONTH})(?:\s+of)?[\s,]+(?:соли\s+)?{_YEAR}{_YEAR_WORD}", re.IGNORECASE
    ),
    # "мамыр айында", "may oyida", "iyul oyining 5-kuni", "июль айынын 5-күнү"
    "month_noun": re.compile(
        rf"(?P<mon>{_MONTH})\s+(?:{alternation(list(MONTH_NOUNS_AFTER))})(?!\w)"
        rf"(?:\s+{_DAY}{_GENITIVE_DAY_END})?",
        re.IGNORECASE,
    ),
}
_YEAR_BEFORE = re.compile(rf"{_B}{_YEAR}{_YEAR_WORD}[\s,]*$", re.IGNORECASE)
#: a year with its year word right before a day ("2022-yil 1-2-iyul", "2020 году 5 мая"); a bare
#: year there closes the date before it ("Шымкент, 6 маусым 2020  6 маусымда")
_YEAR_WORD_BEFORE = re.compile(rf"{_B}{_YEAR}\s*-?\s*(?:{alternation(list(YEAR_WORDS))})[\s,]*$", re.IGNORECASE)
_NOUN_BEFORE = re.compile(rf"(?<!\w)(?:{alternation(list(MONTH_NOUNS_BEFORE))})\s+$", re.IGNORECASE)
_ORDINAL_BEFORE = re.compile(
    rf"(?<!\w)(?:(?P<tens>двадцать|тридцать)\s+)?(?P<unit>{alternation(list(RU_ORDINAL_STEMS))})"
    r"(?:ое|ого|ье|ьего|ым|ом|ому)\s+$",
    re.IGNORECASE,
)


def ordinal_day(match: re.Match) -> int:
    """The day number of a Russian ordinal matched by ``_ORDINAL_BEFORE``."""
    tens = {"двадцать": 20, "тридцать": 30}.get((match.group("tens") or "").lower(), 0)
    return tens + RU_ORDINAL_STEMS[match.group("unit").lower().replace("ё", "е")]


_PREPOSITION_BEFORE = re.compile(
    r"(?<!\w)(?:в|во|in|since|during|early|late|mid|end of|beginning of|начале|конце|середине"
    r"|начала|конца|середины)\s*-?\s*$",
    re.IGNORECASE,
)
_GENITIVE_SUFFIXES = (
    "дың",
    "дің",
    "тың",
    "тің",
    "ның",
    "нің",
    "дын",
    "дин",
    "тын",
    "тин",
    "нын",
    "нин",
    "дун",
    "дүн",
    "нун",
    "нүн",
    "ning",
    "нинг",
    "yň",
    "iň",
    "uň",
    "üň",
)
_LOCATIVE_SUFFIXES = (
    "да",
    "де",
    "та",
    "те",
    "нда",
    "нде",
    "ында",
    "інде",
    "унда",
    "үндө",
    "ында",
    "da",
    "oyida",
    "е",
)
#: "в начале мая": a part of the month makes "мая" a month, not a verb or a name
_PART_OF = ("начал", "конц", "середин")


def month_number(word: str) -> tuple[int, bool] | None:
    """``(month, needs_context)`` for a matched month word, or ``None``."""
    folded = re.sub(r"\s+", " ", word.lower()).rstrip(".")
    if folded in MONTH_ABBREVIATIONS:
        return MONTH_ABBREVIATIONS[folded], False
    if folded in MAY_RU_FORMS:
        return 5, True
    for stem, month, needs_context in _STEMS:
        if stem != "ма" and folded.startswith(stem):
            return month, needs_context
    return None


def _english_lowercase(word: str, language: str | None) -> bool:
    """An English month word written in lower case ("march", "may") is a verb, not a month."""
    folded = word.lower()
    english = (
        folded.startswith(tuple(s for s, _, _ in MONTH_STEMS[:12]))
        or folded.rstrip(".") in MONTH_ABBREVIATIONS
    )
    uzbek = folded.startswith(("mart", "may")) and language == "uz"
    return english and word[:1].islower() and not uzbek


def scan(text: str, *, language: str | None) -> list[Candidate]:
    """Every absolute date-like expression of ``text`` (overlaps allowed); relative ones
    ("вчера", "on Tuesday") come from :mod:`~protest_tracker.pipeline.dates.relative`."""
    found: list[Candidate] = []
    for name, pattern in _PATTERNS.items():
        for match in pattern.finditer(text):
            start = match.start()
            groups = match.groupdict()
            if name == "dmy" and match.group("last") is None:
                start = match.start("day")  # "с 4 января": the preposition is not part of it
            if name == "dmy" and groups["year"] is None:  # "2022-yil 1-2-iyul": the year before
                year = _YEAR_WORD_BEFORE.search(text, max(0, start - 24), start)
                if year is not None:
                    groups, start = {**groups, "year": year.group("year")}, year.start()
            candidate = _candidate(name, groups, start, match.end(), language=language)
            if candidate is not None:
                found.append(candidate)
    for hit in _MONTH_FINDER.finditer(text):
        for name, pattern in _AT_MONTH.items():
            at_month = pattern.match(text, hit.start())
            if at_month is None:
                continue
            groups, start = at_month.groupdict(), at_month.start()
            if name == "month_noun":  # "2022 yil iyul oyida": the year before belongs to it
                year = _YEAR_BEFORE.search(text, max(0, start - 24), start)
                if year is not None:
                    groups, start = {**groups, "year": year.group("year")}, year.start()
            candidate = _candidate(name, groups, start, at_month.end(), language=language)
            if candidate is not None:
                found.append(candidate)
        ordinal = _ORDINAL_BEFORE.search(text, max(0, hit.start() - 32), hit.start())
        if ordinal is not None:  # "пятое января", "с первого ноября 2021 года"
            year = _AT_MONTH["month_year"].match(text, hit.start())
            groups = {"mon": hit.group(), "day": str(ordinal_day(ordinal)),
                      "year": year.group("year") if year else None}
            end = year.end() if year else hit.end()
            candidate = _candidate("dmy", groups, ordinal.start(), end, language=language)
            if candidate is not None:
                found.append(candidate)
        window = max(0, hit.start() - 16)
        groups = {
            "mon": hit.group(),
            "prep": _PREPOSITION_BEFORE.search(text, window, hit.start()),
            "noun": _NOUN_BEFORE.search(text, window, hit.start()),
        }
        candidate = _candidate("month_alone", groups, hit.start(), hit.end(), language=language)
        if candidate is not None:
            found.append(candidate)
    return found


def _candidate(
    name: str, groups: dict, start: int, end: int, *, language: str | None
) -> Candidate | None:
    year = int(groups["year"]) if groups.get("year") else None
    day = int(groups["day"]) if groups.get("day") else None
    if name == "year_alone":
        return Candidate(start=start, end=end, year=year)
    if name == "slashed" and int(groups["month"]) > 12 >= (day or 0):
        groups, day = {**groups, "month": str(day)}, int(groups["month"])  # month first
    if name in ("iso", "dotted", "slashed"):
        month = int(groups["month"])
        if not 1 <= month <= 12 or not day or day > 31:
            return None
        return Candidate(start=start, end=end, year=year, month=month, day=day)
    mon = groups["mon"]
    resolved = month_number(mon)
    if resolved is None or _english_lowercase(mon, language):
        return None
    month, needs_context = resolved
    if day is not None and not 1 <= day <= 31:
        return None
    if name == "genitive" and not mon.lower().endswith(_GENITIVE_SUFFIXES):
        return None
    if name == "mdy" and not mon.isascii():
        return None
    if name == "month_alone":
        prep = groups.get("prep")
        safe_may = prep is not None and (
            mon in ("мае", "May") or (mon == "мая" and prep.group().lower().startswith(_PART_OF))
        )
        if groups.get("noun"):  # "моҳи май": the month noun makes any month word safe
            needs_context, prep = False, groups["noun"]
        if (needs_context and not safe_may) or mon.rstrip(".").lower() in MONTH_ABBREVIATIONS:
            return None
        if not prep and not mon.lower().endswith(_LOCATIVE_SUFFIXES):
            return None
    if name in ("month_year", "year_month") and needs_context and mon.lower() in ("мая", "мае"):
        needs_context = False
    if name in ("month_year", "year_month", "month_alone") or (name == "month_noun" and day is None):
        return Candidate(start=start, end=end, year=year, month=month)
    last = int(groups["last"]) if groups.get("last") else None
    if last is not None and (day is None or not day < last <= 31):
        return None
    return Candidate(start=start, end=end, year=year, month=month, day=day, last_day=last)
