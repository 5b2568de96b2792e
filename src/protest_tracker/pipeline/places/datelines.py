"""Datelines: where a report was filed is not always where people gathered.

Agency copy opens with the city it was filed from: "ALMATY, Kazakhstan --", "DUSHANBE, MAY 13 2016
(The Conway Bulletin) —", "БИШКЕК, 16-фев. — Sputnik.", "10:51, 01 декабря 2023, Бишкек - 24.kg".
When the lead that follows names a place of its own ("DUSHANBE … students marched through Khujand",
"АЛМАТЫ, 9 сәуір – Sputnik. Атырауда … митинг"), the dateline's city is the newsroom's, and its
mention is dropped. When the lead names no place, the dateline is the only place the report gives
and stays (in most agency copy it is where the event was).

The shape is language-independent: a paragraph that opens with a city name in capitals (or an
agency time stamp, or "(AFP)"-style credit) and reaches a dash within a few words — or ends at the
credit itself ("BISHKEK, Kyrgyzstan (AP) Protesters…").
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

#: how far into the text a dateline may stand (a title line or "date …" line may come first)
_SEARCH_CHARS = 400
#: how much of the lead after the dateline is read for a place of its own
_LEAD_CHARS = 300
_HOME = frozenset({"KZ", "KG", "TJ", "TM", "UZ"})

_DATELINE = re.compile(
    r"(?m)^(?:date \d{4}-\d{2}-\d{2}\s+)?(?:by [^\n]{1,30}? )?"
    r"(?P<stamp>\d{1,2}:\d{2},\s*\d{1,2}\s+\w+\s+\d{4},\s*)?"
    r"(?P<city>[^\W\d_]+(?:[-’'/][^\W\d_]+)?)"
    r"(?P<rest>(?:[,./(]\s*[^\n—–]{0,45}?)?)"
    # a dash ends the dateline, or an agency credit does ("BISHKEK, Kyrgyzstan (AP) Protesters…")
    r"(?:\s*(?:—|–|--|-)\s|(?<=\(AFP\))\s|(?<=\(AP\))\s|(?<=\(Reuters\))\s)")
_CREDIT = re.compile(r"\((?:AFP|AP|Reuters)\)")


def dateline_span(text: str) -> tuple[int, int] | None:
    """Offsets of the article's dateline (city, date and credit up to the dash), if it has one."""
    for match in _DATELINE.finditer(text[:_SEARCH_CHARS]):
        letters = [ch for ch in match.group("city") if ch.isalpha()]
        capitals = sum(ch.isupper() for ch in letters) / max(1, len(letters))
        if (len(letters) >= 3 and capitals >= 0.7) or match.group("stamp") or _CREDIT.search(match.group("rest")):
            return match.start(), match.end()
    return None


def without_dateline_places(places: Sequence[Any], *, text: str) -> list[Any]:
    """``places`` less the dateline's, when the lead after the dateline names a place in the five
    republics (a city or a region) of its own."""
    span = dateline_span(text)
    if span is None:
        return list(places)
    start, end = span
    inside = [m for m in places if start <= m.start < end]
    lead = [m for m in places if end <= m.start < end + _LEAD_CHARS
            and m.kind in ("city", "region") and m.place.country in _HOME]
    if not inside or not lead:
        return list(places)
    return [m for m in places if not start <= m.start < end]
