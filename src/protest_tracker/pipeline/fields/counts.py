"""Counts of people detained, fined, charged or killed, where a sentence reports them.

"police detained 12 people", "23 участника митинга задержаны", "задержали около 100 человек",
"10 адам ұсталды", "15 kishi ushlandi", "18 people died" → ``{"detention": 12}`` and so on. A count
is read only for a response the event has (so a denied or demanded detention gives no count);
when a response is counted several times in the scope, the largest figure is kept (a lower bound).
Vague quantities follow the size convention: "dozens"/"десятки" → 20, "hundreds"/"сотни" → 200.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence

from protest_tracker.model import Evidence

_WORD_NUMBERS = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
    "eleven": 11, "twelve": 12, "fifteen": 15, "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "a dozen": 12,
    "dozens": 20, "hundreds": 200, "двое": 2, "трое": 3, "четверо": 4, "пятеро": 5, "шестеро": 6, "семеро": 7,
    "десятки": 20, "сотни": 200, "десятков": 20, "сотен": 200, "ондаған": 20, "жүздеген": 200, "ондогон": 20,
    "жүздөгөн": 200, "екі": 2, "үш": 3, "төрт": 4, "бес": 5, "эки": 2, "үч": 3, "беш": 5, "ikki": 2, "uch": 3,
    "to'rt": 4, "besh": 5, "икки": 2, "ду": 2, "се": 3, "чор": 4, "панҷ": 5, "o'nlab": 20, "yuzlab": 200, "ўнлаб": 20, "юзлаб": 200, "даҳҳо": 20, "садҳо": 200,
}
_QUALIFIER = (r"(?:(?:около|более|свыше|не менее|по меньшей мере|как минимум|порядка|примерно|почти|about|around|"
              r"at least|more than|over|some|nearly|almost|roughly|кемінде|шамамен|кеминде|болжол менен|kamida|"
              r"taxminan|камида|тахминан)\s+)?")
_NUMBER = r"(\d{1,3}(?:[  ]\d{3})*|\d+|" + "|".join(sorted((re.escape(w) for w in _WORD_NUMBERS), key=len, reverse=True)) + ")"
_PEOPLE = r"(?:[\w'-]+\s+){0,3}?"
#: Words allowed between a verb and the number after it ("задержаны уже 23", "detained a total of 40").
_GAP = r"(?:(?:уже|еще|всего|в общей сложности|a total of|in total|also|yet another|another|ещё)\s+)?"
_VERBS = {
    "detention": (r"задержан\w*|задержал\w*|арестован\w*|detained|arrested|taken into custody|rounded up|ұсталд\w*|"
                  r"ұсталған\w*|ұстады|кармалд\w*|кармалган\w*|кармады|камакка алын\w*|ushladi|qo'lga oldi|ushland\w*|qo'lga olin\w*|hibsga olin\w*|"
                  r"ушланд\w*|қўлга олин\w*|боздошт\w*|дастгир\w*"),
    "fine": r"оштрафован\w*|fined|айыппұл салын\w*|айып пул салын\w*|jarimaga tortil\w*|жаримага тортил\w*",
    "criminal_charge": r"charged with|обвинен\w* в|привлечен\w* к уголовн\w*",
    "fatalities": (r"погиб\w*|убит\w*|killed|died|dead|lost their lives|қаза тап\w*|мерт бол\w*|каза бол\w*|"
                   r"курман бол\w*|halok bo'l\w*|ҳалок бўл\w*|ҳалок шуд\w*|кушта шуд\w*"),
}
#: Words after a number that make it something other than a count of people.
_NOT_PEOPLE = re.compile(
    r"^[.,]\d|^\s*(?:%|тенге|tenge|сом|som|сомони|долл\w*|\$|руб\w*|сут\w*|days?|дн\w*|дней|час\w*|hours?|лет|years?|жыл\w*|"
    r"йил\w*|yil\w*|тыс\w*|thousand|млн|million|января|февраля|марта|апреля|мая|июня|июля|августа|сентября|октября|"
    r"ноября|декабря|january|february|march|april|may|june|july|august|september|october|november|december|"
    r"-?(?:го|ого|е|я|th|st|nd|rd)\b)"
)


def _value(raw: str) -> int | None:
    raw = raw.strip()
    if raw in _WORD_NUMBERS:
        return _WORD_NUMBERS[raw]
    digits = re.sub(r"\D", "", raw)
    if not digits:
        return None
    value = int(digits)
    return None if 1900 <= value <= 2100 or value > 100000 or value == 0 else value


def _patterns(label: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    verbs = _VERBS[label]
    before = re.compile(rf"(?<![\w'])(?:{_QUALIFIER}){_NUMBER}(?![\w'])(\s+{_PEOPLE}(?:(?:were|was|have been|had been|"
                        rf"были|был[аио]?)\s+)?)(?:{verbs})(?![\w'])")
    after = re.compile(rf"(?<![\w'])(?:{verbs})\s+{_GAP}{_QUALIFIER}{_NUMBER}(?![\w'])")
    return before, after


_COMPILED = {label: _patterns(label) for label in _VERBS}
#: "40 relatives of detainees", "40 родственников задержанных": the people are kin, not the detained.
_KIN = re.compile(r"relatives|famil|родственник|родных|близких|матер|жен[аы]? |туыс|тууган|qarindosh|хешу")


def _counts_in(folded: str, span: tuple[int, int], label: str) -> Iterable[tuple[int, int, int]]:
    """(value, start, end) for each count of ``label`` in the span."""
    piece = folded[span[0]:span[1]]
    for pattern in _COMPILED[label]:
        for match in pattern.finditer(piece):
            number = match.group(1)
            if match.lastindex and match.lastindex >= 2 and _KIN.search(match.group(2) or ""):
                continue
            tail = piece[match.end(1):match.end(1) + 16]
            if _NOT_PEOPLE.match(tail):
                continue
            value = _value(number)
            if value is not None:
                yield value, span[0] + match.start(), span[0] + match.end()


def response_counts(text: str, folded: str, *, spans: Sequence[tuple[int, int]],
                    responses: Iterable[str]) -> tuple[dict[str, int], list[Evidence]]:
    """The largest count reported for each of ``responses`` in ``spans``, with its evidence."""
    counts: dict[str, int] = {}
    evidence: dict[str, Evidence] = {}
    for label in (r for r in responses if r in _COMPILED):
        for span in spans:
            for value, start, end in _counts_in(folded, span, label):
                if value > counts.get(label, 0):
                    counts[label] = value
                    evidence[label] = Evidence(f"response_count:{label}", text[start:end], start, end)
    return counts, list(evidence.values())
