"""Russian person names with natasha (slovnet NER over navec embeddings), loaded lazily.

natasha ships its models inside the PyPI packages (``natasha/data``: navec news embeddings,
slovnet NER), so nothing is downloaded. :class:`RussianNames` loads them on first use — once per
pipeline, since each pipeline builds its own stage — with the lean loader of :mod:`.ner_model`
(the same spans as natasha's ``NewsNERTagger`` in about a fifth of the memory; the morphology
loads separately, when a name is first normalised), and tags a *batch* of short texts in one
call (slovnet pads a batch; one call per sentence would cost several times more), with BLAS
limited to one thread (threadpoolctl): on small matrices more threads only cost. Names are put
in the nominative with natasha's morphology dictionary (pymorphy), using the gender of the
given name: "Ерлана Жаксылыкова" -> "Ерлан Жаксылыков", "Айгуль Нурлановой" -> "Айгуль Нурланова".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})


@dataclass(slots=True)
class RussianNames:
    """natasha's NER and morphology, each loaded on first use (never at import or construction)."""

    _tagger: Any = field(default=None, repr=False)
    _morph: Any = field(default=None, repr=False)
    _threads: Any = field(default=None, repr=False)

    def _load_tagger(self) -> None:
        from threadpoolctl import ThreadpoolController

        from protest_tracker.pipeline.people.ner_model import load_tagger

        self._tagger = load_tagger()
        self._threads = ThreadpoolController()

    def persons(self, texts: Sequence[str]) -> list[list[tuple[int, int]]]:
        """Per text, the ``(start, end)`` offsets of every PER span natasha finds in it."""
        if not texts:
            return []
        if self._tagger is None:
            self._load_tagger()
        # slovnet multiplies small matrices: BLAS threads only add overhead (and spin on a busy machine)
        with self._threads.limit(limits=1, user_api="blas"):
            markups = list(self._tagger.map(list(texts)))
        return [[(s.start, s.stop) for s in markup.spans if s.type == "PER"] for markup in markups]

    def nominative(self, surface: str) -> str:
        """``surface`` (a Russian name, possibly declined) in the nominative. The words the
        dictionary knows as names must agree on one gender and case (the nominative first);
        when they do not, the name stays as written."""
        if self._morph is None:
            from natasha import MorphVocab

            self._morph = MorphVocab()
        words = surface.split()
        parses = [[p for p in self._morph.parse(w) if NAME_GRAMMEMES & p.tag.grammemes] for w in words]
        readings = [[(p.tag.gender, p.tag.case) for p in options] for options in parses if options]
        if not readings:
            return surface
        shared = [r for r in readings[0] if all(r in other for other in readings[1:])]
        if not shared or any(case == "nomn" for _, case in shared):
            return surface
        gender, case = shared[0]
        out = []
        for word, options in zip(words, parses, strict=True):
            chosen = next((p for p in options if (p.tag.gender, p.tag.case) == (gender, case)), None)
            form = chosen.inflect({"Nom", "Sing"}) if chosen is not None else None
            out.append(_cased(form.word, word) if form is not None else word)
        return " ".join(out)


def _cased(word: str, like: str) -> str:
    """``word`` (lower case from the dictionary) with the capitals of ``like`` (Касым-Жомарт)."""
    parts = word.split("-")
    shape = like.split("-")
    if len(parts) != len(shape):
        return word[:1].upper() + word[1:]
    return "-".join(p[:1].upper() + p[1:] if s[:1].isupper() else p for p, s in zip(parts, shape, strict=True))
