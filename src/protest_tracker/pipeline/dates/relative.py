"""Relative date expressions for :mod:`protest_tracker.pipeline.dates.recognise`: days ("вчера", "кеше",
"kecha", "дирӯз", "вчерашней акции"), weekdays ("в прошлую среду", "on Tuesday", "Дүйсенбі",
"dushanba") and days of the month ("5-го числа").

They only become dates against a publication date; a weekday or day that is a deadline ("до
пятницы", "by Friday", "до 5 числа") is left out.
"""

from __future__ import annotations

import re

from protest_tracker.pipeline.dates.patterns import Candidate, alternation, first_letters
from protest_tracker.pipeline.dates.words import (
    ADJECTIVE_IDIOM_NOUNS,
    PAST_QUALIFIERS,
    RELATIVE_ADJECTIVES,
    RELATIVE_DAYS,
    TAJIK_MONDAY,
    WEEKDAY_STEMS,
)

#: "5-го числа", "5 числа" (not "каждого месяца", not a deadline "до 5 числа")
_DAY_OF_MONTH = re.compile(
    r"(?<![\w.,])(?P<day>[0-3]?[0-9])(?:\s?-?\s?(?:го|е|ого))?\s+числа(?!\w)(?!\s+(?:каждого|следующего))",
    re.IGNORECASE,
)
_RELATIVE = re.compile(
    rf"(?<!\w){first_letters([*RELATIVE_DAYS, *RELATIVE_ADJECTIVES])}(?:{alternation(list(RELATIVE_DAYS))}"
    rf"|(?:{alternation(list(RELATIVE_ADJECTIVES))})(?!\s+(?:{alternation(list(ADJECTIVE_IDIOM_NOUNS))})))(?!\w)",
    re.IGNORECASE,
)
_RELATIVE_WORDS = {**RELATIVE_DAYS, **RELATIVE_ADJECTIVES}
_WEEKDAY_STARTS = [*PAST_QUALIFIERS, "эт", "this", "on", *(s for s, _ in WEEKDAY_STEMS), TAJIK_MONDAY]
_WEEKDAY = re.compile(
    rf"(?<!\w){first_letters(_WEEKDAY_STARTS)}(?:(?P<qual>(?:{alternation(list(PAST_QUALIFIERS))})\w*|эт\w+|this|on)\s+)?"
    rf"(?P<wd>{alternation([s for s, _ in WEEKDAY_STEMS])}|{re.escape(TAJIK_MONDAY)})\w*",
    re.IGNORECASE,
)


_FUTURE_BEFORE = re.compile(r"(?<!\w)(?:до|к|ко|by|until|till|next)\s+$", re.IGNORECASE)


def relative_candidates(text: str) -> list[Candidate]:
    """Relative days, weekdays and days of the month of ``text``, resolved later from
    the publication date."""
    out = []
    for match in _DAY_OF_MONTH.finditer(text):
        day = int(match.group("day"))
        if 1 <= day <= 31 and not _FUTURE_BEFORE.search(text, max(0, match.start() - 6), match.start()):
            out.append(Candidate(start=match.start(), end=match.end(), relative=True, day_of_month=day))
    for match in _RELATIVE.finditer(text):
        out.append(
            Candidate(
                start=match.start(),
                end=match.end(),
                relative=True,
                days_before=_RELATIVE_WORDS[re.sub(r"\s+", " ", match.group().lower())],
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
