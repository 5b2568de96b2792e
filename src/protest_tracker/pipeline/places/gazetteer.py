"""Find place names in text: settlements, regions and countries of Central Asia, and places abroad.

The gazetteer is a derived file shipped in ``protest_tracker/data`` (built by
``scripts/build_gazetteer.py`` from GeoNames, geokz and curated tables, see ``docs/gazetteer.md``).

>>> gazetteer = Gazetteer.load()
>>> [m.place.city for m in gazetteer.find("Акция прошла в Жанаозене и в Алма-Ате.")]
['Zhanaozen', 'Almaty']

Matching works on word tokens (hyphens split words, so ``Алма-Ате`` is two tokens), folded with
:func:`~protest_tracker.pipeline.places.names.fold`. Every token may be an inflected form
(:func:`~protest_tracker.pipeline.places.names.word_forms`); the longest name wins. A mention must
start with a capital letter (or be a region word such as ``область`` that precedes a name), and a
name right after ``улица``/``lake``/``проспект`` or right before ``Street``/``Sea``/``көшесі`` is
not a place mention.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from pathlib import Path

from protest_tracker.errors import PipelineError
from protest_tracker.model import Place
from protest_tracker.pipeline.places.context import (
    BLOCK_AFTER,
    BLOCK_BEFORE,
    LOWER_STARTERS,
    PLACE_CASE_ENDINGS,
    PLACE_PREPOSITIONS,
    SETTLEMENT_WORDS,
)
from protest_tracker.pipeline.places.names import (
    adjective_stems,
    fold,
    is_cyrillic,
    tokens,
    word_forms,
)

KINDS = ("city", "region", "country", "foreign", "district", "site")
#: kinds of the places file as the extractor sees them: a district is region-level; a site (oil
#: field, mine, border post) keeps its own kind — it is often the topic ("the Kumtor mine's
#: nationalisation"), not where people gathered, so the extractor does not place events by it
MENTION_KIND = {"district": "region"}
_SQUARE = "площад"
_TINY_POPULATION = 1000
#: towns below this size whose name is also a weekday or month name need a settlement word
_CALENDAR_POPULATION = 50_000


@lru_cache(maxsize=1)
def _calendar_words() -> frozenset[str]:
    """Every weekday and month name of the language packs, folded, one word each."""
    from protest_tracker.pipeline import lang

    found: set[str] = set()
    for code in lang.LANGUAGES:
        for slot_name in ("WEEKDAYS", "MONTHS"):
            for entry in lang.slot(code, slot_name) or ():
                phrase = entry[0] if isinstance(entry, tuple) else str(entry)
                found.update(fold(word) for word in phrase.split()[:1])
    return frozenset(w for w in found if len(w) >= 3)


#: town names that are everyday words of a language (Uzbek "shu"/"шу": this)
_COMMON_WORDS = {"uz": frozenset({"shu", "шу"})}
_ADJECTIVE_CONFIDENCE = 0.7
_ADJECTIVE_POPULATION = 5000
_ADJECTIVE_BLOCK = ("район", "округ", "област", "облыс", "шоссе", "трасс", "улиц", "проспект", "тракт")
_SQUARE_CITY_POPULATION = 50_000
_SEPARATOR = re.compile(r"^[\s\-‐–]*$")
_CACHE_LIMIT = 200_000


class GazetteerError(PipelineError):
    """The shipped gazetteer file is missing or malformed."""


@dataclass(frozen=True)
class PlaceMention:
    """A place name found in a text: ``text[start:end] == surface``."""

    start: int
    end: int
    surface: str
    place: Place
    kind: str
    confidence: float

    @property
    def geonames_id(self) -> int | None:
        """The GeoNames id of the place (``None`` for regions, districts, sites and countries)."""
        return self.place.geonameid


@dataclass(frozen=True)
class _Entry:
    place: Place
    kind: str
    population: int


class Gazetteer:
    """Place names of the five countries plus countries and cities abroad; see the module doc."""

    def __init__(self, entries: list[_Entry], names: dict[str, tuple[int, ...]]) -> None:
        self._entries = entries
        self._names = names
        self._by_first: dict[str, list[tuple[str, ...]]] = {}
        for key in names:
            parts = tuple(key.split(" "))
            self._by_first.setdefault(parts[0], []).append(parts)
        for candidates in self._by_first.values():
            candidates.sort(key=len, reverse=True)
        self._forms_cache: dict[str, tuple[str, ...]] = {}

    @classmethod
    def load(cls, path: Path | None = None) -> Gazetteer:
        """Read the gazetteer from ``path`` (a folder) or from the files shipped with the package."""
        try:
            if path is None:
                folder = resources.files("protest_tracker") / "data"
                places_text = (folder / "gazetteer_places.tsv").read_text(encoding="utf-8")
                names_text = (folder / "gazetteer_names.tsv").read_text(encoding="utf-8")
            else:
                places_text = (Path(path) / "gazetteer_places.tsv").read_text(encoding="utf-8")
                names_text = (Path(path) / "gazetteer_names.tsv").read_text(encoding="utf-8")
        except OSError as exc:
            raise GazetteerError(f"cannot read the gazetteer files: {exc}") from exc
        entries, names = _parse_places(places_text), _parse_names(names_text)
        if any(index >= len(entries) for ids in names.values() for index in ids):
            raise GazetteerError("gazetteer_names.tsv refers to a place that does not exist")
        return cls(entries, names)

    def __len__(self) -> int:
        return len(self._entries)

    def _forms(self, folded: str) -> tuple[str, ...]:
        forms = self._forms_cache.get(folded)
        if forms is None:
            forms = word_forms(folded)
            if len(self._forms_cache) < _CACHE_LIMIT:
                self._forms_cache[folded] = forms
        return forms

    def find(self, text: str, *, language: str | None = None, sites: bool = False) -> list[PlaceMention]:
        """All place mentions in ``text``, left to right, longest match first, not overlapping.

        Names of all scripts are tried whatever ``language`` says; it only decides which everyday
        words of that language block a small town of the same name (Uzbek "shu"). Sites (oil fields, mines, border posts)
        are matched — so their names never read as towns — but returned only with ``sites=True``.
        """
        words = list(tokens(text))
        folded = [fold(surface) for _, _, surface in words]
        mentions: list[PlaceMention] = []
        i = 0
        while i < len(words):
            found = self._match_at(text, words, folded, i)
            confidence = None
            if found is None:
                found, confidence = self._adjective_at(words, folded, i), _ADJECTIVE_CONFIDENCE
            if found is None:
                i += 1
                continue
            length, key, exact = found
            if not self._settlement_supported(folded, i, length, key, language=language):
                i += 1
                continue
            start, end = words[i][0], words[i + length - 1][1]
            mention = self._mention(text, start=start, end=end, key=key, exact=exact)
            if sites or mention.kind != "site":
                mentions.append(mention if confidence is None else replace(mention, confidence=confidence))
            i += length
        return mentions

    def _match_at(
        self, text: str, words: list[tuple[int, int, str]], folded: list[str], i: int
    ) -> tuple[int, str, bool] | None:
        surface = words[i][2]
        if not surface[0].isupper() and not folded[i].startswith(LOWER_STARTERS):
            return None
        blocked = i > 0 and folded[i - 1] in BLOCK_BEFORE and _adjacent(text, words[i - 1], words[i])
        if blocked and not folded[i - 1].startswith(_SQUARE):
            return None
        best: tuple[int, str, bool] | None = None
        for form in self._forms(folded[i]):
            for parts in self._by_first.get(form, ()):
                # the longest name wins; among names of one length, an exact spelling
                if best is not None and (len(parts) < best[0] or (len(parts) == best[0] and best[2])):
                    break
                if len(parts) == 1 and not surface[0].isupper():
                    continue
                if self._rest_matches(text, words, folded, i, parts):
                    exact = form == folded[i] and all(
                        folded[i + k] == parts[k] for k in range(1, len(parts))
                    )
                    if best is None or len(parts) > best[0] or exact:
                        best = (len(parts), " ".join(parts), exact)
                    if exact:
                        break
        if best is None or (blocked and not self._city_genitive(best)):
            return None
        after = i + best[0]
        if (
            after < len(words)
            and folded[after] in BLOCK_AFTER
            and _adjacent(text, words[after - 1], words[after])
        ):
            return None
        return best

    def _settlement_supported(self, folded: list[str], i: int, length: int, key: str, *,
                              language: str | None) -> bool:
        """Whether the match may stand as a place. Two kinds of town count only next to a
        settlement word ("село Х", "Х ауылы", "village of Х", "Х qishlog'ida", within three
        words): a village under 1,000 people (GeoNames ``cities500``), and a one-word town under
        50,000 whose name is also a weekday or month in one of our languages ("Payshanba" is
        Thursday in Uzbek, "Juma" Friday) or an everyday word of the article's language ("Shu"
        opening an Uzbek sentence is "this"). A town GeoNames gives no population for (mostly a
        district seat) also counts after a preposition of place or in a Turkic place case."""
        entry = self._entries[self._names[key][0]]
        if entry.kind != "city":
            return True
        tiny = entry.population < _TINY_POPULATION and entry.place.geonameid is not None
        if not tiny and not (length == 1 and entry.population < _CALENDAR_POPULATION
                             and self._is_common_word(folded[i], language=language)):
            return True
        if entry.population == 0 and _used_as_place(folded, i, key=key):
            return True  # a district seat GeoNames gives no population for: "в Чимбае", "Жондорда"
        window = folded[max(0, i - 3) : i] + folded[i + length : i + length + 3]
        return any(word.startswith(SETTLEMENT_WORDS) for word in window)

    def _is_common_word(self, word: str, *, language: str | None) -> bool:
        common = _COMMON_WORDS.get(language or "", frozenset())
        return any(form in _calendar_words() or form in common for form in self._forms(word))

    def _adjective_at(
        self, words: list[tuple[int, int, str]], folded: list[str], i: int
    ) -> tuple[int, str, bool] | None:
        """"Бишкекского НИИ", "Хайдарканского комбината": a town's Russian adjective names the town
        (a town of 5,000+ people; not before "район", which names a city district)."""
        if not words[i][2][0].isupper() or not is_cyrillic(folded[i]):
            return None
        if i + 1 < len(words) and folded[i + 1].startswith(_ADJECTIVE_BLOCK):
            return None
        if i > 0 and folded[i - 1] in BLOCK_BEFORE:  # "улицы Ашхабадской" is a street
            return None
        for stem in adjective_stems(folded[i]):
            ids = self._names.get(stem)
            if ids:
                entry = self._entries[ids[0]]
                if entry.kind == "city" and entry.population >= _ADJECTIVE_POPULATION:
                    return 1, stem, False
        return None

    def _city_genitive(self, match: tuple[int, str, bool]) -> bool:
        """"площади Бишкека" (the square of a city) is a place; "площадь Абая" is a square's name."""
        entry = self._entries[self._names[match[1]][0]]
        return not match[2] and entry.kind == "city" and entry.population >= _SQUARE_CITY_POPULATION

    def _rest_matches(
        self,
        text: str,
        words: list[tuple[int, int, str]],
        folded: list[str],
        i: int,
        parts: tuple[str, ...],
    ) -> bool:
        if i + len(parts) > len(words):
            return False
        for k in range(1, len(parts)):
            if not _adjacent(text, words[i + k - 1], words[i + k]):
                return False
            if parts[k] not in self._forms(folded[i + k]):
                return False
        return True

    def _mention(self, text: str, *, start: int, end: int, key: str, exact: bool) -> PlaceMention:
        ids = self._names[key]
        entry = self._entries[ids[0]]
        confidence = 0.9 if exact else 0.8
        if entry.kind == "city" and entry.population < 5000:
            confidence -= 0.2
        if len(ids) > 1 and entry.kind == "city":
            rival = self._entries[ids[1]]
            if (
                rival.kind == "city"
                and rival.place.city != entry.place.city
                and rival.population * 3 > entry.population
            ):
                confidence -= 0.2
        return PlaceMention(
            start=start,
            end=end,
            surface=text[start:end],
            place=entry.place,
            kind=entry.kind,
            confidence=round(confidence, 2),
        )

    def lookup(self, name: str, *, country: str | None = None) -> Place | None:
        """The best place called ``name`` (any supported spelling or inflected form), or ``None``."""
        parts = [fold(surface) for _, _, surface in tokens(name)]
        if not parts:
            return None
        keys = [" ".join(parts)]
        keys.extend(" ".join([*parts[:-1], form]) for form in self._forms(parts[-1])[1:])
        for key in keys:
            for index in self._names.get(key, ()):
                place = self._entries[index].place
                if country is None or place.country == country.upper():
                    return place
        return None

    def places(self, *, kind: str | None = None) -> list[Place]:
        """Every place of the gazetteer (of one ``kind`` when given)."""
        return [e.place for e in self._entries if kind is None or e.kind == kind]


def _used_as_place(folded: Sequence[str], i: int, *, key: str) -> bool:
    """Whether the name at word ``i`` stands where a place does: after a preposition of place
    ("в", "in") or inflected with a Turkic place case ("Жондорда", "Chimboyga")."""
    word = folded[i]
    inflected = word != key.split(" ", 1)[0] and word.endswith(PLACE_CASE_ENDINGS)
    return inflected or (i > 0 and folded[i - 1] in PLACE_PREPOSITIONS)


def _adjacent(text: str, left: tuple[int, int, str], right: tuple[int, int, str]) -> bool:
    """Two tokens belong to one name only when separated by spaces or a hyphen (or ``St.``)."""
    gap = text[left[1] : right[0]]
    if _SEPARATOR.match(gap):
        return "\n" not in gap
    return gap.strip() == "." and fold(left[2]) in {"st", "d"}


def _parse_places(text: str) -> list[_Entry]:
    entries: list[_Entry] = []
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        cols = line.split("\t")
        if len(cols) != 11 or int(cols[0]) != len(entries) or cols[1] not in KINDS:
            raise GazetteerError(f"gazetteer_places.tsv line {number} is malformed")
        place = Place(
            country=cols[2],
            city=cols[3] or None,
            region=cols[4] or None,
            admin1_code=cols[5] or None,
            latitude=float(cols[6]) if cols[6] else None,
            longitude=float(cols[7]) if cols[7] else None,
            geo_precision=int(cols[8]),
            geonameid=int(cols[9]) if cols[9] else None,
        )
        kind = MENTION_KIND.get(cols[1], cols[1])
        entries.append(_Entry(place=place, kind=kind, population=int(cols[10])))
    return entries


def _parse_names(text: str) -> dict[str, tuple[int, ...]]:
    names: dict[str, tuple[int, ...]] = {}
    for number, line in enumerate(text.splitlines(), 1):
        if not line or line.startswith("#"):
            continue
        key, _, ids = line.partition("\t")
        if not key or not ids:
            raise GazetteerError(f"gazetteer_names.tsv line {number} is malformed")
        names[key] = tuple(int(v) for v in ids.split(","))
    return names
