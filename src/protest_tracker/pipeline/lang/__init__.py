"""Language packs: the words of each language in one place, in named slots.

Like spaCy's ``lang/<code>/``, every language the tracker reads has a package
``lang/<code>/`` (``ru``, ``kk``, ``ky``, ``uz``, ``tg``, ``tk``, ``en``) that defines every
slot of :data:`SLOTS`: protest triggers, hard-negative qualifiers, event-type cues, state
responses, grievances, number and size words, settlement words … Where a language is written
in two scripts (Kazakh, Uzbek) the slot holds both forms. A pack holds *words*, nothing else:
the regular-expression machinery, priorities and decisions stay in the field modules, which
build their :class:`~protest_tracker.pipeline.lexicon.Lexicon` objects and tables by merging
a slot across all languages with :func:`words`, :func:`cue_map` and :func:`table`.

Cues are merged across languages (an article in Kazakh may quote Russian), in the order of
:data:`LANGUAGES`; within a language the pack's order is kept (in a Lexicon the first
alternative that matches at a position wins). An empty slot is a gap: it must be listed in
:data:`KNOWN_GAPS` with the reason (``tests/unit/pipeline/test_language_packs.py`` prints the
language × slot matrix and fails on an unlisted gap).
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable
from functools import cache
from types import ModuleType
from typing import Any

from protest_tracker.pipeline.lang.morphology import VOICING_LANGUAGES, voice_slot

#: the languages with a pack, in merge order
LANGUAGES: tuple[str, ...] = ("ru", "kk", "ky", "uz", "tg", "tk", "en")

#: slot name -> what it holds; "cues" slots hold Lexicon fragments, "map" slots label -> fragments,
#: "table" slots a word -> value dict
SLOTS: dict[str, str] = {
    # protest.py
    "PROTEST_TRIGGERS_STRONG": "cues", "PROTEST_TRIGGERS_WEAK": "cues", "FUTURE_CALL": "cues",
    "NOT_HELD": "cues", "COURT_CASE": "cues", "BACKGROUND": "cues", "DIPLOMATIC": "cues",
    "NON_PROTEST_CROWD": "cues", "BANS": "cues", "DESPITE": "cues", "EVENT_TYPES": "map", "CAUSE_WORDS": "cues",
    "CAUSE_WORDS_EXTRA": "cues",
    # responses.py
    "DETENTION_VERBS": "cues", "STATE_RESPONSES": "map", "TAKEAWAY_VERBS": "cues", "DIALOGUE_VERBS": "cues",
    "WARNING_WORDS": "cues", "AUTHORITY_WORDS": "cues", "POLICE_WORDS": "cues", "VIOLENT_CONTEXT": "cues",
    "OTHER_DEATH_CONTEXT": "cues", "CROWD_WORDS": "cues", "CONCESSION_KINDS": "map",
    # fields.py
    "GRIEVANCES": "map", "TARGETS": "map", "GROUPS": "map", "FLAGS": "map", "DEMAND_AFTER_OBJECT": "words",
    "OBJECT_ENDINGS": "words", "QUOTING_WORDS": "words",
    # words.py (venue patterns are read from raw text, case-insensitively)
    "NUMBER_WORDS": "table", "MULTIPLIERS": "table", "VAGUE_QUANTITIES": "table", "PEOPLE_NOUNS": "words",
    "NOT_PEOPLE_NOUNS": "words", "SIZE_ABOUT_BEFORE": "words", "SIZE_MORE_BEFORE": "words",
    "SIZE_UPTO_BEFORE": "words", "SIZE_ABOUT_AFTER": "words", "SIZE_MORE_AFTER": "words",
    "SIZE_UPTO_AFTER": "words", "SETTLEMENT_WORDS": "words", "VENUE_WORDS": "map", "FOREIGN_STATE_NAMES": "map",
    "HOME_MISSIONS": "map",
    # dates.py
    "MONTHS": "words", "WEEKDAYS": "words", "RELATIVE_DAYS": "table", "PAST_CUES": "words",
    "SPEECH_BEFORE_DATE": "words",
    # people.py (people's names: titles before a name, honorifics after it, name shapes)
    "PERSON_TITLES": "map", "TITLES_AFTER_NAME": "cues", "PATRONYMIC_ENDINGS": "words",
    "SURNAME_ENDINGS": "words", "NAME_CASE_ENDINGS": "words", "NAMESAKE_WORDS": "words", "NON_NAME_WORDS": "words",
}

#: Turkmen: no Turkmen-language article in the gold corpus yet (news from Turkmenistan reaches the
#: tracker in Russian and English); only the protest nouns and the date words are written.
_TK_WRITTEN = ("PROTEST_TRIGGERS_STRONG", "MONTHS", "WEEKDAYS", "RELATIVE_DAYS", "PAST_CUES",
               "PATRONYMIC_ENDINGS", "SURNAME_ENDINGS")
_TK_GAP = "Turkmen pack not written beyond protest nouns and dates (no tk articles yet)"
#: Tajik: the one slot left empty, and why.
_TG_IZOFA = ("Tajik: the venue patterns of the tg pack name the state after the noun (izofa: сафорати Чин), "
            "so no {china} placeholder reads them yet")
_POSTPOSITION = "the language puts this qualifier before the number (see SIZE_*_BEFORE)"
_PREPOSITION = "Turkic 'up to' is a postposition (дейін, чейин, gacha): see SIZE_UPTO_AFTER"

#: (language, slot) pairs that are knowingly empty, with the reason
KNOWN_GAPS: dict[tuple[str, str], str] = {
    **{("tk", name): _TK_GAP for name in SLOTS if name not in _TK_WRITTEN},
    ("tg", "FOREIGN_STATE_NAMES"): _TG_IZOFA,
    ("tg", "MONTHS"): "Tajik writes the Russian month names (ru pack) after моҳи (dates.words.MONTH_NOUNS_BEFORE)",
    **{(code, "DIALOGUE_VERBS"): "the meeting phrases of this language name the protesters themselves: "
                                  "STATE_RESPONSES dialogue_meeting" for code in ("ru", "en")},
    **{(code, name): _POSTPOSITION for code in ("ru", "en") for name in ("SIZE_ABOUT_AFTER", "SIZE_MORE_AFTER",
                                                                        "SIZE_UPTO_AFTER")},
    ("tg", "SIZE_ABOUT_AFTER"): _POSTPOSITION,
    ("tg", "SIZE_UPTO_AFTER"): _POSTPOSITION,
    ("ky", "SIZE_MORE_BEFORE"): "Kyrgyz says 'more than' after the number (ашык, ашуун): SIZE_MORE_AFTER",
    **{(code, "SIZE_UPTO_BEFORE"): _PREPOSITION for code in ("kk", "ky", "uz")},
    **{(code, "TITLES_AFTER_NAME"): "titles and honorifics stand before the name in this language "
                                    "(PERSON_TITLES)" for code in ("ru", "en")},
    **{(code, "SPEECH_BEFORE_DATE"): "the verb of saying follows the date in this language's word order "
                                     "(\"дүйсенбі күні мәлімдеді\"); not read yet" for code in ("kk", "ky", "uz", "tg")},
    ("en", "NAME_CASE_ENDINGS"): "English names are not declined (a possessive 's is cut by the tokeniser)",
    **{(code, name): "what is demanded follows the demand word in this language (\"требуя …\", "
                     "\"demanding …\")" for code in ("ru", "en")
       for name in ("DEMAND_AFTER_OBJECT", "OBJECT_ENDINGS", "QUOTING_WORDS")},
    **{("tg", name): "Tajik marks the demanded object with -ро and quotes with гуфта; not read yet"
       for name in ("OBJECT_ENDINGS", "QUOTING_WORDS")},
}


#: the modules of a pack; together they define every slot (each slot in exactly one of them)
PARTS: tuple[str, ...] = ("protest", "responses", "fields", "words", "dates", "people")

#: the parts whose cue slots get the voiced stems of :mod:`~protest_tracker.pipeline.lang.morphology`
#: in the languages that voice them (word tables, venue patterns and names are left as written)
VOICED_PARTS: tuple[str, ...] = ("protest", "responses", "fields")


@cache
def pack(code: str) -> ModuleType:
    """The language pack of ``code`` (``"ru"``, ``"kk"`` …): one namespace holding the public
    names of its :data:`PARTS`, listed in ``__all__``. In a language of
    :data:`~protest_tracker.pipeline.lang.morphology.VOICING_LANGUAGES` the cue slots of
    :data:`VOICED_PARTS` also hold each stem's voiced alternant."""
    if code not in LANGUAGES:
        raise KeyError(f"no language pack for {code!r}")
    merged = ModuleType(f"protest_tracker.pipeline.lang.{code}")
    names = []
    for part in PARTS:
        module = importlib.import_module(f"protest_tracker.pipeline.lang.{code}.{part}")
        for name, value in vars(module).items():
            if name.isupper() and not name.startswith("_"):
                if hasattr(merged, name):
                    raise ValueError(f"{code}: slot {name} defined twice (second in {part})")
                if code in VOICING_LANGUAGES and part in VOICED_PARTS and name in SLOTS:
                    value = voice_slot(value, SLOTS[name])
                setattr(merged, name, value)
                names.append(name)
    setattr(merged, "__all__", sorted(names))  # noqa: B010 (a module's attribute, set at run time)
    return merged


def slot(code: str, name: str) -> Any:
    """One slot of one language (``KeyError`` for a slot not in :data:`SLOTS`)."""
    if name not in SLOTS:
        raise KeyError(f"unknown slot {name!r}")
    return getattr(pack(code), name)


def words(name: str, languages: Iterable[str] = LANGUAGES) -> tuple[Any, ...]:
    """A word/cue slot merged across languages (duplicates kept: order is behaviour); its items
    are strings, or tuples where the slot holds them (``MONTHS``: stem, month, needs a day)."""
    return tuple(w for code in languages for w in slot(code, name))


def cue_map(name: str, labels: Iterable[str], languages: Iterable[str] = LANGUAGES) -> dict[str, tuple[str, ...]]:
    """A label → fragments slot merged across languages, in the label order the caller gives
    (a pack label the caller does not know is an error: it would be silently ignored)."""
    order = tuple(labels)
    merged: dict[str, list[str]] = {label: [] for label in order}
    for code in languages:
        for label, fragments in slot(code, name).items():
            if label not in merged:
                raise KeyError(f"{code}.{name}: unknown label {label!r}")
            merged[label].extend(fragments)
    return {label: tuple(fragments) for label, fragments in merged.items()}


def table(name: str, languages: Iterable[str] = LANGUAGES) -> dict[str, Any]:
    """A word → value slot merged across languages (a later language may not change a value)."""
    merged: dict[str, Any] = {}
    for code in languages:
        for key, value in slot(code, name).items():
            if merged.get(key, value) != value:
                raise ValueError(f"{code}.{name}: {key!r} has two values")
            merged[key] = value
    return merged


def matrix() -> dict[str, dict[str, int]]:
    """slot → language → number of entries (fragments, summed over labels for "map" slots)."""
    out: dict[str, dict[str, int]] = {}
    for name, kind in SLOTS.items():
        row = {}
        for code in LANGUAGES:
            value = slot(code, name)
            row[code] = sum(len(v) for v in value.values()) if kind == "map" else len(value)
        out[name] = row
    return out
