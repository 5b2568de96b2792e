"""The recognisers the event stages use, bundled so they are loaded once per pipeline.

Places come from :mod:`protest_tracker.pipeline.places.gazetteer`, dates from
:mod:`protest_tracker.pipeline.dates.recognise`, sizes from :mod:`~protest_tracker.pipeline.sizes.recognise`
and venues from :mod:`~protest_tracker.pipeline.fields.venues`.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any

_DETAINEE_AFTER = re.compile(
    r"^\W{0,3}(?:\w+\W+){0,3}(?:задерж|арест|detain|arrest|ұстал|кармал|ushlan|погиб|killed|died|ранен|injur|fined|оштраф)",
    re.IGNORECASE,
)


#: "relatives of detainees", "родственники задержанных": the people are protesters, not detainees
_KIN_OF_DETAINEES = re.compile(
    r"^\W{0,3}(?:\w+\W+){0,2}(?:of (?:the )?(?:detainees|detained|arrested|prisoners)|задержанн\w*|арестованн\w*|"
    r"ұсталған\w*|камалган\w*)",
    re.IGNORECASE,
)
#: "police detained 12 people", "задержали 12 человек": a count of detainees, not of the crowd
_DETAINEE_BEFORE = re.compile(
    r"(?:detained|arrested|fined|задержали|задержаны|арестовали|оштрафовали|ұстады|кармады|ushladi)\W+"
    r"(?:(?:at least|about|some|around|более|около|не менее)\W+)?$",
    re.IGNORECASE,
)
_POPULATION_BEFORE = re.compile(
    r"(?:hub|city|town|population|home|nation|country) of\s*$|(?:насчитывает|населением|население|численностью)\s*$",
    re.IGNORECASE,
)


@dataclass(frozen=True, slots=True)
class Recognisers:
    """Loaded recognisers: ``find_places(text, language=)`` and ``find_dates(text, language=, published=)``."""

    gazetteer: Any
    dates: Callable[..., list[Any]]
    sizes: Callable[..., list[Any]] | None = None
    venues: Callable[..., list[Any]] | None = None

    @classmethod
    def load(cls) -> Recognisers:
        """Load the shipped gazetteer and bind the date, size and venue recognisers."""
        from protest_tracker.pipeline.dates.recognise import find_dates
        from protest_tracker.pipeline.fields.venues import find_venues
        from protest_tracker.pipeline.places.gazetteer import Gazetteer
        from protest_tracker.pipeline.sizes.recognise import find_sizes

        return cls(gazetteer=Gazetteer.load(), dates=find_dates, sizes=find_sizes, venues=find_venues)

    def find_places(self, text: str, *, language: str | None, sites: bool = False) -> list[Any]:
        """Place mentions; with ``sites`` also oil fields, mines, border posts and reservoirs."""
        return self.gazetteer.find(text, language=language, sites=sites) if text else []

    def find_dates(self, text: str, *, language: str | None, published: Any) -> list[Any]:
        return list(self.dates(text, language=language, published=published)) if text else []

    def date_finder(self, text: str, *, language: str | None) -> Callable[..., list[Any]]:
        """``find_dates`` for one text, scanning it once however many times it is resolved."""
        from protest_tracker.pipeline.dates import recognise as date_module
        if self.dates is not date_module.find_dates or not text:
            return self.find_dates
        candidates = date_module.date_candidates(text, language=language)

        def find(body: str, *, language: str | None, published: Any) -> list[Any]:
            if body is not text:
                return self.find_dates(body, language=language, published=published)
            return date_module.find_dates(body, language=language, published=published, candidates=candidates)

        return find

    def size_for(self, text: str, spans: Sequence[tuple[int, int]], *, language: str | None,
                 fallback: Sequence[tuple[int, int]] = ()) -> Any | None:
        """The largest crowd size in ``spans`` (else in ``fallback``); counts of detainees or
        victims and population figures ("a city of 1.8 million people") are skipped."""
        if self.sizes is None:
            return None
        for group in (spans, fallback):
            found = []
            for start, end in group:
                for mention in self.sizes(text[start:end], language=language):
                    after = text[start + mention.end: start + mention.end + 40]
                    before = text[max(0, start + mention.start - 30): start + mention.start]
                    detainees = _DETAINEE_AFTER.search(after) and not _KIN_OF_DETAINEES.search(after)
                    if detainees or _DETAINEE_BEFORE.search(before) or _POPULATION_BEFORE.search(before):
                        continue
                    found.append(_shift(mention, start))
            if found:
                return max(found, key=lambda m: (m.low or m.high or 0))
        return None

    def venue_for(self, text: str, spans: Sequence[tuple[int, int]], *, language: str | None) -> Any | None:
        if self.venues is None:
            return None
        for start, end in spans:
            found = self.venues(text[start:end], language=language)
            if found:
                return _shift(found[0], start)
        return None


def _shift(mention: Any, offset: int) -> Any:
    """The mention with absolute offsets (mentions are frozen dataclasses with start/end)."""
    from dataclasses import replace

    return replace(mention, start=mention.start + offset, end=mention.end + offset)
