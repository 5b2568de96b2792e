"""English: number and crowd-size words, settlement and venue words.

Lower-case words and stems as the recogniser named in each slot's comment reads them;
see :mod:`protest_tracker.pipeline.lang` for the slots and how they are merged.
"""

from __future__ import annotations

#: number word -> value ('*' ends a stem)
NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20, "thirty": 30,
    "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90,
    "hundred": 100, "thousand": 1000, "a hundred": 100, "a thousand": 1000,
}

#: thousand/hundred words -> factor
MULTIPLIERS: dict[str, int] = {
    "thousand": 1000, "hundred": 100, "dozen": 12,
}

#: vague quantity -> (low, high)
VAGUE_QUANTITIES: dict[str, tuple[int | None, int | None]] = {
    "tens of thousands": (20000, None), "hundreds of thousands": (200000, None),
    "several thousand": (2000, None), "a few thousand": (2000, None), "thousands": (2000, None),
    "several hundred": (200, None), "a few hundred": (200, None), "hundreds": (200, None),
    "several dozen": (20, None), "a few dozen": (20, None), "dozens": (20, None),
    "two dozen": (24, 24), "a dozen": (12, 12), "a handful": (3, 10), "several": (3, 9),
    "a few": (3, 9), "a group of": (3, None), "a crowd of": (20, None), "scores": (20, None),
}

#: nouns that make a number a crowd
PEOPLE_NOUNS: tuple[str, ...] = (
    "people", "person", "persons", "protester*", "protestor*", "demonstrator*", "resident*", "worker*", "women",
    "woman", "men", "man", "mothers", "mother", "relative*", "activist*", "participant*",
    "supporter*", "student*", "villager*", "miner*", "employee*", "driver*", "trader*", "vendor*",
    "farmer*", "pensioner*", "citizen*", "locals", "parents", "youths", "individuals", "picketer*",
    "striker*", "members", "families", "ralliers", "marchers", "teachers", "doctors", "debtors",
    "veterans", "opponents", "shareholders", "investors",
)

#: nouns that make a number no crowd
NOT_PEOPLE_NOUNS: tuple[str, ...] = (
    "tenge", "som", "soms", "dollar*", "year*", "day*", "hour*", "minute*", "km", "kilomet*",
    "percent", "per", "somoni", "ton*", "hectare*", "article*", "times", "house*", "apartment*",
    "a.m", "p.m", "am", "pm", "o'clock",
)

#: 'about' before a number
SIZE_ABOUT_BEFORE: tuple[str, ...] = (
    "about", "around", "approximately", "roughly", "some", "nearly", "almost", "close to",
    "an estimated", "estimated",
)

#: 'more than' before a number
SIZE_MORE_BEFORE: tuple[str, ...] = (
    "more than", "over", "at least", "upwards of", "in excess of",
)

#: 'up to' before a number
SIZE_UPTO_BEFORE: tuple[str, ...] = (
    "up to", "as many as",
)

#: 'about' after a number
SIZE_ABOUT_AFTER: tuple[str, ...] = ()

#: 'more than' after a number
SIZE_MORE_AFTER: tuple[str, ...] = ()

#: 'up to' after a number
SIZE_UPTO_AFTER: tuple[str, ...] = ()

#: words that introduce a village or district (folded prefixes)
SETTLEMENT_WORDS: tuple[str, ...] = (
    "village", "town", "settlement", "district",
)

#: venue label -> patterns over raw text, case-insensitive; {china}, {russia}, {usa} stand for FOREIGN_STATE_NAMES merged across languages (see fields.venue_words)
VENUE_WORDS: dict[str, tuple[str, ...]] = {
    "Chinese consulate": (
        "Chinese (?:general )?consulate(?: general)?",
        "consulate(?:[- ]general)? of (?:the )?(?:People's Republic of )?China", "PRC consulate",
    ),
    "Chinese embassy": (
        "Chinese embassy", "embassy of (?:the )?(?:People's Republic of )?China",
    ),
    "Russian embassy": (
        "Russian embassy", "embassy of (?:the )?Russia(?:n Federation)?",
    ),
    "US embassy": (
        "embassy of the United States",
    ),
    "UN office": (
        r"(?-i:UN|UNDP|ООН|ПРООН|БҰҰ|БУУ|BMT)(?: office\w*| buildings?)?",
        r"United Nations office\w*",
    ),
    "embassy": (
        "embass(?:y|ies)",
    ),
    "consulate": (
        "consulate(?:[- ]general)?",
    ),
    "White House": (
        "(?-i:White House)",
    ),
    "Ak Orda": (
        "Ak ?Orda",
    ),
    "Jogorku Kenesh": (
        "Jogorku Kenesh",
    ),
    "parliament": (
        r"parliament\w*", r"(?-i:Мажилис\w*|Мәжіліс\w*|Mazhilis|Majilis)", r"Oliy Majlis\w*",
    ),
    "Government House": (
        "Government House", r"government building\w*", "House of Government", "House of Ministries",
    ),
    "presidential administration": (
        "presidential (?:administration|office|residence|palace)",
    ),
    "GKNB building": (
        "State Committee for National Security", "Committee for National Security",
    ),
    "ministry": (
        "ministr(?:y|ies)",
    ),
    "akimat": (
        r"akimat\w*",
    ),
    "hokimiyat": (
        r"khokimiyat\w*",
    ),
    "ayil okmotu": (
        "ayil okmotu", "aiyl okmotu",
    ),
    "city administration": (
        "city hall", "mayor'?s office", "city administration",
    ),
    "regional administration": (
        "governor'?s office",
    ),
    "Old Square": (
        "Old Square",
    ),
    "Ala-Too Square": (
        "Ala-?Too [Ss]quare",
    ),
    "Republic Square": (
        "Republic Square",
    ),
    "Independence Square": (
        "Independence Square",
    ),
    "Astana Square": (
        "Astana Square",
    ),
    "central square": (
        "central square",
    ),
    "court": (
        "court(?:house|room)?s?", "sud|sudi|sudda|sudga|sudiga|sudida",
    ),
    "police station": (
        "pre-?trial detention(?: cent(?:er|re))?", "detention cent(?:er|re)", "penal colony",
    ),
    "oil field": (
        "oil ?fields?", "gas fields?", "oil and gas (?:condensate )?fields?",
    ),
    "mine": (
        "(?:coal|gold|copper|uranium) mines?",
    ),
    "factory": (
        "factor(?:y|ies)", "(?:metals|steel|cement|processing|power) plant",
    ),
    "company office": (
        r"company(?:'s)? (?:head )?office\w*", "company headquarters", "head office",
    ),
    "highway": (
        r"highway\w*",
    ),
    "railway": (
        r"railway line\w*", "rail(?:way)? tracks?",
    ),
    "bridge": (
        r"bridge\w*",
    ),
    "street": (
        r"street\w*", r"avenue\w*",
    ),
    "railway station": (
        r"railway station\w*", r"train station\w*",
    ),
    "airport": (
        r"airport\w*",
    ),
    "park": (
        r"(?-i:[A-Z]\w+ Park)", "park",
    ),
    "monument": (
        r"monument\w*", r"memorial\w*", "statue",
    ),
    "market": (
        r"bazaar\w*", "marketplace",
    ),
    "prosecutor's office": (
        r"prosecutor'?s office\w*", "prosecutor general'?s office",
    ),
}

#: names of foreign states whose missions are protest venues (regex alternatives)
FOREIGN_STATE_NAMES: dict[str, tuple[str, ...]] = {
    "china": (
        "China", "PRC",
    ),
    "russia": (
        "Russia",
    ),
    "usa": (
        r"U\.?S\.?", "United States", "American",
    ),
}

#: country code -> patterns over lower-cased raw text naming that republic's embassy or
#: consulate: a protest there is held abroad (unless a place of another republic is named)
HOME_MISSIONS: dict[str, tuple[str, ...]] = {
    "KZ": (r"(?:embassy|consulate|mission) of (?:the republic of )?kazakhstan", r"kazakh(?:stan(?:i|'s)?)? (?:embassy|consulate)"),
    "KG": (r"(?:embassy|consulate|mission) of (?:the )?(?:kyrgyz republic|kyrgyzstan)", r"kyrgyz(?:stan(?:i|'s)?)? (?:embassy|consulate)"),
    "TJ": (r"(?:embassy|consulate|mission) of (?:the republic of )?tajikistan", r"tajik(?:istan(?:i|'s)?)? (?:embassy|consulate)"),
    "UZ": (r"(?:embassy|consulate|mission) of (?:the republic of )?uzbekistan", r"uzbek(?:istan(?:i|'s)?)? (?:embassy|consulate)"),
    "TM": (r"(?:embassy|consulate|mission) of turkmenistan", r"turkmen(?:istan(?:i|'s)?)? (?:embassy|consulate)"),
}
