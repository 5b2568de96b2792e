"""English: the words around people's names and the shapes of transliterated Central Asian names.

Title cues are Lexicon fragments for folded text (``~`` ends a stem); endings and namesake
words are lower-case. See :mod:`protest_tracker.pipeline.people` for how they are read.
"""

from __future__ import annotations

#: role -> titles and descriptions that stand before a name
PERSON_TITLES: dict[str, tuple[str, ...]] = {
    "organiser": ("organiser~", "organizer~", "organised by", "organized by", "led by", "leader~",
                  "coordinator~", "initiator~"),
    "participant": ("activist~", "protester~", "protestor~", "demonstrator~", "participant~", "resident~",
                    "striker~", "picketer~", "pensioner~"),
    "detainee": ("detainee~", "detained", "arrested", "jailed"),
    "official": ("akim~", "hokim~", "mayor~", "governor~", "minister~", "president~", "deputy~", "mp",
                 "lawmaker~", "spokes~", "official~", "prosecutor~", "judge~", "police chief~"),
    "honorific": ("mr", "mrs", "ms", "journalist~", "blogger~", "lawyer~", "human rights defender~",
                  "politician~", "mother", "father", "son", "brother", "sister", "widow~"),
}

#: honorifics that follow a name: none in English (a known gap)
TITLES_AFTER_NAME: tuple[str, ...] = ()

#: patronymic endings and words of transliterated names
PATRONYMIC_ENDINGS: tuple[str, ...] = ("ovich", "evich", "ovna", "evna", "uly", "kyzy", "qizi", "uulu")

#: endings of transliterated surnames
SURNAME_ENDINGS: tuple[str, ...] = ("ov", "ova", "ev", "eva", "yev", "yeva", "in", "ina", "zoda", "zade")

#: English names are not declined (a known gap)
NAME_CASE_ENDINGS: tuple[str, ...] = ()

#: stems of words that make a neighbouring name a street, place or institution (Abai Avenue,
#: named after …), and capitalised words that are never a person's name
NAMESAKE_WORDS: tuple[str, ...] = (
    "market", "bazaar", "district", "village", "region", "province", "house", "mosque", "stadium",
    "street", "avenue", "square", "named", "university", "prospekt", "boulevard", "airport",
    "foundation", "park",
)

#: stems of capitalised words that are never a person's name (institutions, countries, platforms)
NON_NAME_WORDS: tuple[str, ...] = (
    "the", "a", "an", "general", "colonel", "this", "that", "these", "those", "democratic", "party", "movement", "national",
    "opposition", "alliance", "union", "choice", "human", "rights", "front", "committee", "council",
    "association", "centre", "center", "social", "republican", "people's", "social-democratic",
    "police", "district", "village", "region", "province", "city", "parliament", "mazhilis",
    "senate", "kazakhstan", "kremlin", "berlin", "ukrain", "kyiv", "kiev", "kyrgyzstan",
    "uzbekistan", "tajikistan", "turkmenistan", "russia", "china", "god", "allah", "internet",
    "telegram", "facebook", "instagram", "youtube", "tiktok", "whatsapp",
)
