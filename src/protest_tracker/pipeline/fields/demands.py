"""What an event demanded: the clause a demand cue introduces, in the word order of its language.

In Russian and English what is demanded follows the cue ("требуя выплатить зарплату", "demanding
the payment of wages"). Kazakh, Kyrgyz, Uzbek and Tajik put it before the demand noun, which only a
light verb follows ("баспана беруді талап етті", "ish haqini to'lashni talab qilishdi"): there the
demand is the clause that ends at the noun — its last word in an object form — or the words in
quotes before a quoting word ("«…» деп талап етті"). The words of each language are in the packs
(slots ``DEMAND_AFTER_OBJECT``, ``OBJECT_ENDINGS``, ``QUOTING_WORDS``; numbers from
``NUMBER_WORDS``).
"""

from __future__ import annotations

import re

from protest_tracker.model import Evidence
from protest_tracker.pipeline.lang import words
from protest_tracker.pipeline.lexicon import CueMatch
from protest_tracker.pipeline.sizes.tokens import word_key, word_table, word_value
from protest_tracker.pipeline.sizes.words import NUMBER_WORDS
from protest_tracker.pipeline.text import fold

_CLAUSE_END = re.compile(r"[.;!?\n]|, (?:а|но|and|but|while|однако)\b")
_CLAUSE_START = re.compile(r"[.;!?\n]|,\s")
_WORD = re.compile(r"\S+")
_DEMAND_AFTER_OBJECT = tuple(fold(w) for w in words("DEMAND_AFTER_OBJECT"))
_OBJECT_ENDINGS = tuple(words("OBJECT_ENDINGS"))
_QUOTING_WORD = re.compile(r"\s*\b(?:" + "|".join(map(re.escape, words("QUOTING_WORDS"))) + r")$", re.IGNORECASE)
#: numbers end like objects ("жеті талап қойды": seven demands) but are none
_NUMBERS = word_table(NUMBER_WORDS)
#: at most this many words of a verb-final clause are kept (the object, not the whole sentence)
MAX_DEMAND_WORDS = 10
MAX_DEMANDS = 3


def clause_after(text: str, start: int, *, limit: int = 160) -> str:
    """The clause that starts at ``start``, up to a sentence end or a contrasting conjunction."""
    piece = text[start:start + limit]
    end = _CLAUSE_END.search(piece)
    return piece[: end.start() if end else len(piece)].strip(" ,:—-\"«»")


def clause_before(text: str, end: int, *, limit: int = 160) -> tuple[str, int]:
    """The demanded clause that ends at ``end`` — back to a sentence end or a comma, at most
    :data:`MAX_DEMAND_WORDS` words, or the words in quotes before a quoting word — and where it
    starts; ``("", end)`` when the word before ``end`` is not an object."""
    start = max(0, end - limit)
    piece = text[start:end]
    boundaries = list(_CLAUSE_START.finditer(piece))
    cut = boundaries[-1].end() if boundaries else 0
    quoting = _QUOTING_WORD.search(piece[cut:].rstrip())
    clause = piece[cut:cut + quoting.start()] if quoting else piece[cut:].rstrip()
    if clause.endswith(("»", "”", '"')):  # a quoted demand: only the words in quotes
        opening = max(clause.rfind(q, 0, len(clause) - 1) for q in ("«", "“", '"'))
        if opening < 0:
            return "", end
        inner = clause[opening + 1:-1].strip()
        return inner, start + cut + clause.index(inner, opening) if inner else end
    found = list(_WORD.finditer(clause))
    if start > 0 and cut == 0 and found and found[0].start() == 0:
        found = found[1:]  # cut by the limit inside a word
    found = found[-MAX_DEMAND_WORDS:]
    if not found or not _is_object(found[-1].group().rstrip(".,;:!?»”\"")):
        return "", end
    first = found[0].start()
    return clause[first:].strip(" ,:—-\"«»“”"), start + cut + first


def _is_object(word: str) -> bool:
    return word.lower().endswith(_OBJECT_ENDINGS) and word_value(word_key(word), _NUMBERS) is None


def demands(text: str, folded: str, cues: list[CueMatch]) -> tuple[list[str], list[Evidence]]:
    """Up to :data:`MAX_DEMANDS` distinct demanded clauses, from the ``demand`` cues among ``cues``
    (the flag cues found in ``folded``), each with its evidence span."""
    found: list[str] = []
    evidence: list[Evidence] = []
    for match in cues:
        if match.label != "demand":
            continue
        if folded[match.start:match.end].startswith(_DEMAND_AFTER_OBJECT):
            clause, start = clause_before(text, match.start)
            span = (start, match.end)
        else:
            clause = clause_after(text, match.end)
            span = (match.start, match.end + len(clause) + 1)
        if len(clause) >= 4 and clause not in found:
            found.append(clause)
            evidence.append(Evidence("demands", text[span[0]:span[1]].strip(), span[0], span[1]))
        if len(found) >= MAX_DEMANDS:
            break
    return found, evidence

