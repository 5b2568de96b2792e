"""Distance anchors: a place named to say how far away another one is.

"Villagers some 650 kilometres southwest of the capital, Tashkent, clashed with police", "в 25 км
от Тараза", "Бишкектен 40 шақырым жерде": the city after "N km from" (or, in the Turkic languages,
the city in the ablative before "N km") only locates the place where people gathered; it is not
that place. Such a mention is dropped from the article's places, as the newsroom city of a
dateline is (:mod:`protest_tracker.pipeline.places.datelines`); other mentions of the same city stay.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

from protest_tracker.pipeline.lang.morphology import ABLATIVE_ENDINGS

_NUMBER = r"\d[\d\s,.]*"
_UNIT = r"(?:km|kilomet(?:er|re)s?|miles?|км|километр\w*|шақырым\w*|чакырым\w*|chaqirim\w*|чақирим\w*)"
_DIRECTION = r"(?:(?:north|south|east|west)(?:-?(?:east|west))?(?:ern)?|к (?:северу|югу|западу|востоку|северо-\w+|юго-\w+))"
#: "650 kilometers (400 miles) southwest of", "25 км от", "в 30 километрах к югу от"
_BEFORE_PLACE = re.compile(
    rf"{_NUMBER}\s*-?\s*{_UNIT}\.?(?:\s*\([^)]{{0,24}}\))?(?:,?\s*or\s+{_NUMBER}\s*miles,?)?"
    rf"\s+(?:{_DIRECTION}\s+)?(?:of|from|away from|от)\s+", re.IGNORECASE)
#: what may stand between the phrase and the city: "the capital,", "the city of", "областного центра"
_BETWEEN = re.compile(
    r"(?:the\s+)?(?:(?:[\w’'-]+\s+)?(?:capital|city|town|village|cent(?:re|er))(?:\s+of)?,?\s+"
    r"|(?:города|г\.|села|поселка|посёлка|столицы|(?:областного|районного) центра)\s+)?", re.IGNORECASE)
#: a Turkic ablative city before the distance: "Бишкектен 40 шақырым", "Toshkentdan 60 km"
_WORD = re.compile(r"[\w'’-]+")
_DISTANCE = re.compile(rf"\s+{_NUMBER}\s*-?\s*{_UNIT}", re.IGNORECASE)
#: how far after the distance phrase the city may start (past "the capital," and the like)
_REACH = 40


def anchor_spans(text: str) -> list[tuple[int, int]]:
    """Where a city may stand right after an English or Russian distance phrase: (start, end)."""
    spans = []
    for match in _BEFORE_PLACE.finditer(text):
        between = _BETWEEN.match(text, match.end())
        start = between.end() if between else match.end()
        spans.append((match.end(), min(start, match.end() + _REACH) + 1))
    return spans


def without_distance_anchors(places: Sequence[Any], *, text: str) -> list[Any]:
    """``places`` less the mentions that only say how far another place is (see the module doc)."""
    spans = anchor_spans(text)
    kept = []
    for mention in places:
        after_phrase = any(start <= mention.start < end for start, end in spans)
        word = _WORD.match(text, mention.start)
        ablative = bool(word and word.group(0).lower().endswith(ABLATIVE_ENDINGS) and _DISTANCE.match(text, word.end()))
        if not (after_phrase or ablative):
            kept.append(mention)
    return kept
