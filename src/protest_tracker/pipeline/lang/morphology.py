"""Turkic morphology shared by the recognisers: stem alternations that cue lists would otherwise
have to spell out word by word, and the ablative case endings.

Kazakh, Kyrgyz, Uzbek and Turkmen voice a stem's final velar stop before a suffix that
starts with a vowel: Kazakh *наразылық* "protest" → *наразылығы* "its protest", Kyrgyz
*нааразылык* → *нааразылыгы*, Uzbek *norozilik* → *noroziligi*, *qishloq* → *qishlog'i*. A cue
written as the stem (``"наразылық~"``) misses every voiced form. :func:`with_voiced_stems`
adds, after each plain stem ending in such a stop, the same stem with the voiced consonant.

Only stems of at least :data:`MIN_STEM_LETTERS` letters get the alternant: a short stem's
voiced form is too often a word of another language that the merged cue lists also read
(Kyrgyz *сабап* "beating" → *сабаб*, Uzbek and Tajik for "reason").
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Mapping
from typing import Any

#: the ablative endings ("from"; Kazakh, Kyrgyz and Uzbek, Cyrillic and Latin): "Бишкектен 40 шақырым",
#: "10-мартдан 15-мартгача", "Toshkentdan"
ABLATIVE_ENDINGS: tuple[str, ...] = ("дан", "ден", "тан", "тен", "нан", "нен", "dan", "den", "tan", "ten", "nan", "nen")

#: the languages whose packs get the alternants (``lang.pack`` applies them)
VOICING_LANGUAGES: tuple[str, ...] = ("kk", "ky", "uz", "tk")

#: voiceless stop at the end of a stem -> its voiced form(s) as a regular-expression fragment
#: (folded text: lower case, every apostrophe written ``'``)
#: (п → б as well in these languages, but our cue lists end in п mostly in converbs — таратып,
#: кармап — which do not alternate, and the one noun, себеп, is too short)
VOICING: dict[str, str] = {
    "қ": "ғ", "к": "г",
    "q": "(?:g'|ğ|ǵ|gh|g)", "k": "g",
}

#: shortest stem (letters, spaces left out) that gets a voiced alternant
MIN_STEM_LETTERS = 6

_PLAIN_STEM = re.compile(r"[^\W\d_][\w' ]*~")


def voiced_stem(fragment: str) -> str | None:
    """The voiced alternant of a plain stem fragment (``"наразылық~"`` → ``"наразылығ~"``), or
    ``None`` when the fragment is not a plain stem ending in a voiceless stop, or is too short."""
    if not _PLAIN_STEM.fullmatch(fragment):
        return None
    stem = fragment[:-1]
    voiced = VOICING.get(stem[-1])
    if voiced is None or sum(ch.isalpha() for ch in stem) < MIN_STEM_LETTERS:
        return None
    return f"{stem[:-1]}{voiced}~"


def with_voiced_stems(fragments: Iterable[str]) -> tuple[str, ...]:
    """``fragments`` with each voiced alternant right after its stem (order otherwise kept; an
    alternant the list already holds is not added again)."""
    given = tuple(fragments)
    out: list[str] = []
    for fragment in given:
        out.append(fragment)
        voiced = voiced_stem(fragment)
        if voiced is not None and voiced not in given and voiced not in out:
            out.append(voiced)
    return tuple(out)


def voice_slot(value: Any, kind: str) -> Any:
    """A pack slot with alternants added: ``cues`` slots and each label of ``map`` slots; other
    kinds (word tables, word lists read as whole words) are returned unchanged."""
    if kind == "cues":
        return with_voiced_stems(value)
    if kind == "map" and isinstance(value, Mapping):
        return {label: with_voiced_stems(fragments) for label, fragments in value.items()}
    return value
