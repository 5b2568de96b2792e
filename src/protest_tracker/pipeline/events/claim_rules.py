"""Sentence-level rules behind segmentation that need a closer look at the words around a cue.

* :func:`demand_only`: "farmers rallied to call for cheaper diesel" reports a protest; the
  call/plan hard negative must not fire on demand words that follow the protest verb.
* :func:`split_parallel`: "six rallies are under way in the centre of Bishkek … traders went to
  the Government House … a women's group picketed the White House": when the article counts
  several actions, the sentences of one city-and-day draft that name different venues are
  separate events.
* :func:`is_possessor`: in Kyrgyz and Kazakh a city in the genitive ("Каракол шаарынын
  тургундары", the residents of Karakol) names whose cause it is, not where the action was.
"""

from __future__ import annotations

import re
from typing import Any

from protest_tracker.pipeline.events.cues import QUALIFIERS
from protest_tracker.pipeline.events.drafts import Draft
from protest_tracker.pipeline.events.facts import SentenceFacts
from protest_tracker.pipeline.fields.venues import find_venues

#: "call for", "called on", "urged", "призвали" after a protest verb state what protesters demanded
_DEMAND_CALL = re.compile(
    r"^(?:call\w* (?:for|on)|urg\w+|призва\w*|призыва\w*|потребова\w*|шақыр\w*|чакыр\w*|chaqir\w*|даъват\w*)",
    re.IGNORECASE,
)


def demand_only(f: SentenceFacts, text: str) -> bool:
    """Every call/plan cue of the sentence is a demand word placed after its first strong trigger
    ("farmers rallied to call for cheaper diesel"): the protest happened, it is no call."""
    strong = [t.start - f.sentence.start for t in f.triggers if t.label == "strong"]
    if not strong:
        return False
    folded = text[f.sentence.start:f.sentence.end].lower()
    calls = [c for c in QUALIFIERS.find(folded) if c.label == "future_call"]
    return bool(calls) and all(c.start > min(strong) and _DEMAND_CALL.match(c.surface) for c in calls)


#: Turkic genitive after a city ("Жаңаөзен қаласының тұрғындары", "Ош шаарынын тургундары"):
#: the city owns the noun that follows (its residents), it is not where the action took place —
#: unless that noun is a part of the city ("Бишкек шаарынын борборунда", in the centre of Bishkek;
#: a named district or microdistrict)
_GENITIVE_AFTER = re.compile(
    r"^(?:\s+(?:шаарынын|қаласының|каласынын|shahrining|шаҳрининг)|нын|нин|нун|нүн|дын|дин|тын|тин|"
    r"ның|нің|дың|дің|тың|тің)\s+(?P<noun>\w+)", re.IGNORECASE)
_PART_OF_CITY = re.compile(r"^(?:борбор|аянт|көчө|чет|орто|орталы|алаң|көше|шет|markaz|maydon|ko'cha|марказ|майдон|"
                           r"кичирайон|микрорайон|мкр|район|аудан|tuman|туман|mahalla|маҳалла)",
                           re.IGNORECASE)


#: "жители Оша приехали в Бишкек", "residents of Osh rallied in Bishkek": where people are from
_RESIDENTS_BEFORE = re.compile(r"(?:жител\w*|уроженц\w*|выходц\w*|residents of|natives of|people from)\s+$",
                               re.IGNORECASE)


def is_possessor(mention: Any, text: str) -> bool:
    """Whether a city mention names whose people they are, not where the action was: the Turkic
    genitive ("Ош шаарынын тургундары") or "residents of"/"жители" before it."""
    if _RESIDENTS_BEFORE.search(text[max(0, mention.start - 16):mention.start]):
        return True
    match = _GENITIVE_AFTER.match(text[mention.end:mention.end + 40])
    if match is None:
        return False
    noun = match.group("noun")
    # a capitalised word names a part of the city ("Ош шаарынын Кулатов кичирайону", its Kulatov
    # microdistrict), as do the nouns of _PART_OF_CITY; its residents are a common noun
    return not (_PART_OF_CITY.match(noun) or noun[:1].isupper())


#: the article counts several protest actions ("шесть митингов", "two rallies", "several pickets")
_PARALLEL = re.compile(
    r"(?<!\w)(?:несколько|два|две|три|четыре|пять|шесть|семь|восемь|\d+)\s+(?:митинг|акци|пикет)\w*"
    r"|(?<!\w)(?:several|two|three|four|five|six|seven|multiple|separate|\d+)\s+(?:rallies|protests|pickets|demonstrations)",
    re.IGNORECASE,
)


def split_parallel(drafts: list[Draft], *, facts: list[SentenceFacts], text: str, language: str | None) -> list[Draft]:
    """Split city-and-day drafts whose trigger sentences name different venues (see the module
    docstring); only in articles that count several protest actions."""
    if not _PARALLEL.search(text):
        return drafts
    out = []
    for draft in drafts:
        if draft.city is None or draft.precision != "day" or len(draft.triggers) < 2:
            out.append(draft)
            continue
        groups: dict[str, list[int]] = {}
        for index in draft.triggers:
            sentence = facts[index].sentence
            venues = find_venues(sentence.text, language=language)
            key = venues[0].venue if venues else ""
            groups.setdefault(key, []).append(index)
        named = [k for k in groups if k]
        if len(named) < 2:
            out.append(draft)
            continue
        first = min(named, key=lambda k: min(groups[k]))
        for key in named:
            triggers = sorted(groups[key] + (groups.get("", []) if key == first else []))
            sentences = [i for i in draft.sentences if i in triggers or (key == first and i not in draft.triggers)]
            out.append(Draft(country=draft.country, city=draft.city, place=draft.place,
                             place_mention=draft.place_mention, date=draft.date, precision=draft.precision,
                             date_mention=draft.date_mention, date_source=draft.date_source,
                             sentences=sentences, triggers=triggers, place_in_sentence=draft.place_in_sentence))
    return out
