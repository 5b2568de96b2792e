"""Regular expressions behind :func:`protest_tracker.pipeline.dates.find_dates`.

``scan`` returns raw :class:`Candidate` values (possibly overlapping, years possibly missing);
``dates`` chooses among them and resolves years and relative expressions.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from protest_tracker.pipeline.date_words import (
    MAY_RU_FORMS,
    MONTH_ABBREVIATIONS,
    MONTH_STEMS,
    PAST_QUALIFIERS,
    RELATIVE_DAYS,
    TAJIK_MONDAY,
    WEEKDAY_STEMS,
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


def _alternation(words: list[str]) -> str:
    ordered = sorted(set(words), key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


_STEMS = sorted(MONTH_STEMS, key=lambda s: len(s[0]), reverse=True)
_MONTH = (
    rf"(?:(?:{_alternation([s for s, _, _ in MONTH_STEMS if s != 'ма'])})\w*"
    rf"|(?:{_alternation(list(MAY_RU_FORMS))})(?!\w)"
    rf"|(?:{_alternation(list(MONTH_ABBREVIATIONS))})\.?(?!\w))"
)
_YEAR = r"(?P<year>(?:19[5-9][0-9]|20[0-4][0-9]))"
_YEAR_WORD = rf"(?:\s*-?\s*(?:{_alternation(list(YEAR_WORDS))})(?!\w))?"
_DAY = r"(?P<day>[0-3]?[0-9])"
_DAY_SUFFIX = r"(?:\s?-?\s?(?:го|ого|е|ое|ші|шы|сі|сы|і|ы|inchi|nchi|chi|st|nd|rd|th)(?!\w))?"
_B = r"(?<![\w.,])"  # no digit/letter (or decimal separator) right before

_PATTERNS = {
    "iso": re.compile(
        rf"{_B}{_YEAR}-(?P<month>[01][0-9])-(?P<day>[0-3][0-9])(?!\w|\.[0-9]|-[0-9])"
    ),
    "dotted": re.compile(
        rf"{_B}(?P<day>[0-3]?[0-9])\.(?P<month>[01]?[0-9])\.(?P<year>(?:19|20)[0-9]{{2}})(?!\w|\.[0-9])"
    ),
    "dmy": re.compile(
        rf"{_B}(?:(?:с|from|between)\s+)?{_DAY}{_DAY_SUFFIX}"
        rf"(?:\s*(?:[-–—]|по|to|до)\s*(?P<last>[0-3]?[0-9]){_DAY_SUFFIX})?"
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
_MONTH_FINDER = re.compile(rf"(?<!\w)(?P<mon>{_MONTH})", re.IGNORECASE)
_AT_MONTH = {
    "mdy": re.compile(
        rf"(?P<mon>{_MONTH})\s+{_DAY}(?:st|nd|rd|th)?"
        rf"(?:\s*(?:[-–—]|to)\s*(?P<last>[0-3]?[0-9])(?:st|nd|rd|th)?)?(?![\w:])"
        rf"(?:,?\s+{_YEAR})?",
        re.IGNORECASE,
    ),
    "genitive": re.compile(
        rf"(?P<mon>{_MONTH})\s+{_DAY}\s?-?\s?(?:і|ы|сі|сы|ші|шы|нде|нда|де|да|не|на|и)?(?!\w)",
        re.IGNORECASE,
    ),
    "month_year": re.compile(
        rf"(?P<mon>{_MONTH})(?:\s+of)?[\s,]+{_YEAR}{_YEAR_WORD}", re.IGNORECASE
    ),
}
_PREPOSITION_BEFORE = re.compile(
    r"(?<!\w)(?:в|во|in|since|during|early|late|mid|end of|beginning of|начале|конце|середине)\s*-?\s*$",
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
_RELATIVE = re.compile(rf"(?<!\w)(?:{_alternation(list(RELATIVE_DAYS))})(?!\w)", re.IGNORECASE)
_WEEKDAY = re.compile(
    rf"(?<!\w)(?:(?P<qual>(?:{_alternation(list(PAST_QUALIFIERS))})\w*|эт\w+|this|on)\s+)?"
    rf"(?P<wd>{_alternation([s for s, _ in WEEKDAY_STEMS])}|{re.escape(TAJIK_MONDAY)})\w*",
    re.IGNORECASE,
)


_FUTURE_BEFORE = re.compile(r"(?<!\w)(?:до|к|ко|by|until|till|next)\s+$", re.IGNORECASE)


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
    """Every date-like expression of ``text`` (overlaps allowed)."""
    found: list[Candidate] = []
    for name, pattern in _PATTERNS.items():
        for match in pattern.finditer(text):
            start = match.start()
            if name == "dmy" and match.group("last") is None:
                start = match.start("day")  # "с 4 января": the preposition is not part of it
            candidate = _candidate(name, match.groupdict(), start, match.end(), language=language)
            if candidate is not None:
                found.append(candidate)
    for hit in _MONTH_FINDER.finditer(text):
        for name, pattern in _AT_MONTH.items():
            match = pattern.match(text, hit.start())
            if match is not None:
                candidate = _candidate(
                    name, match.groupdict(), match.start(), match.end(), language=language
                )
                if candidate is not None:
                    found.append(candidate)
        groups = {
            "mon": hit.group(),
            "prep": _PREPOSITION_BEFORE.search(text, max(0, hit.start() - 16), hit.start()),
        }
        candidate = _candidate("month_alone", groups, hit.start(), hit.end(), language=language)
        if candidate is not None:
            found.append(candidate)
    found.extend(_relatives(text))
    return found


def _candidate(
    name: str, groups: dict, start: int, end: int, *, language: str | None
) -> Candidate | None:
    year = int(groups["year"]) if groups.get("year") else None
    day = int(groups["day"]) if groups.get("day") else None
    if name == "year_alone":
        return Candidate(start=start, end=end, year=year)
    if name in ("iso", "dotted"):
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
        safe_may = bool(groups.get("prep")) and mon in ("мае", "May")
        if (needs_context and not safe_may) or mon.rstrip(".").lower() in MONTH_ABBREVIATIONS:
            return None
        if not groups.get("prep") and not mon.lower().endswith(_LOCATIVE_SUFFIXES):
            return None
    if name in ("month_year", "year_month") and needs_context and mon.lower() in ("мая", "мае"):
        needs_context = False
    if name in ("month_year", "year_month", "month_alone"):
        return Candidate(start=start, end=end, year=year, month=month)
    last = int(groups["last"]) if groups.get("last") else None
    if last is not None and (day is None or not day < last <= 31):
        return None
    return Candidate(start=start, end=end, year=year, month=month, day=day, last_day=last)


def _relatives(text: str) -> list[Candidate]:
    out = []
    for match in _RELATIVE.finditer(text):
        out.append(
            Candidate(
                start=match.start(),
                end=match.end(),
                relative=True,
                days_before=RELATIVE_DAYS[re.sub(r"\s+", " ", match.group().lower())],
            )
        )
    for match in _WEEKDAY.finditer(text):
        word = re.sub(r"\s+", " ", match.group("wd").lower())
        if word == TAJIK_MONDAY and not match.group("wd").split()[-1][:1].islower():
            continue
        if _FUTURE_BEFORE.search(text, max(0, match.start() - 6), match.start()):
            continue  # "до пятницы", "by Friday", "until Monday": a deadline, not an event day
        weekday = (
            0
            if word == TAJIK_MONDAY
            else next(n for stem, n in WEEKDAY_STEMS if word.startswith(stem))
        )
        qualifier = (match.group("qual") or "").lower()
        start = match.start() if qualifier and qualifier != "on" else match.start("wd")
        out.append(
            Candidate(
                start=start,
                end=match.end(),
                relative=True,
                weekday=weekday,
                strictly_past=qualifier.startswith(PAST_QUALIFIERS),
            )
        )
    return out
