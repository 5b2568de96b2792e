"""Turkmen: only the shapes of names (surnames in -ow/-ýew, patronymics in -owiç); the words
around names are a known gap (see :data:`protest_tracker.pipeline.lang.KNOWN_GAPS`)."""

from __future__ import annotations

PERSON_TITLES: dict[str, tuple[str, ...]] = {}
TITLES_AFTER_NAME: tuple[str, ...] = ()
#: patronymic endings (Berdimuhamedowiç, -owna)
PATRONYMIC_ENDINGS: tuple[str, ...] = ("owiç", "ewiç", "owna", "ewna")
#: endings of surnames in the nominative (Atajanow, Berdiýewa)
SURNAME_ENDINGS: tuple[str, ...] = ("ow", "owa", "ew", "ewa", "ýew", "ýewa")
NAME_CASE_ENDINGS: tuple[str, ...] = ()
NAMESAKE_WORDS: tuple[str, ...] = ()
NON_NAME_WORDS: tuple[str, ...] = ()
