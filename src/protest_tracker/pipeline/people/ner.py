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

import re
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

NAME_GRAMMEMES = frozenset({"Name", "Surn", "Patr"})
#: A masculine surname in the nominative (-ов, -ев, -ин): no other case of a surname ends so.
MASCULINE_SURNAME = re.compile(r"\w{2,}(?:ов|ев|ёв|ин|ын)$")
#: Parts of speech (OpenCorpora tags) no word of a person's name has: verbs and participles,
#: adverbs, prepositions, conjunctions, particles, pronouns, predicatives, interjections.
NOT_NAME_POS = frozenset({"VERB", "INFN", "PRTF", "PRTS", "GRND", "ADVB", "PREP", "CONJ", "PRCL", "NPRO",
                          "PRED", "INTJ", "COMP"})


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

    def _load_morph(self) -> Any:
        if self._morph is None:
            from natasha import MorphVocab

            self._morph = MorphVocab()
        return self._morph

    def leading_non_name(self, surface: str) -> int:
        """How many characters open ``surface`` before the name: the words in front of it (one word
        always stays) that the dictionary never reads as a name and reads first as a verb, adverb,
        preposition or the like — a capitalised sentence opening caught with the name ("Выступил
        Бауыржан Темирханов", "Затем Темирханов", "Вчера Айдос Садыков")."""
        words = list(re.finditer(r"\S+", surface))
        if len(words) < 2:
            return 0
        morph = self._load_morph()
        cut = 0
        for word, following in zip(words, words[1:], strict=False):
            parses = morph.parse(word.group().strip(",.;:!?«»\"'()"))
            if not parses or any(NAME_GRAMMEMES & p.tag.grammemes for p in parses) \
                    or parses[0].tag.POS not in NOT_NAME_POS:
                break
            cut = following.start()
        return cut

    def nominative(self, surface: str) -> str:
        """``surface`` (a Russian name, possibly declined) in the nominative. The words the
        dictionary knows as names must agree on one gender and case (the nominative first);
        when they do not, the name stays as written."""
        self._load_morph()
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
            if MASCULINE_SURNAME.search(word):  # Темирханов is its own nominative, not Темирхан's genitive plural
                out.append(word)
                continue
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
