"""Stateless hashed features for the learned field classifiers (no vocabulary, no fitted state).

A text is turned into hashed character n-grams in the spirit of scikit-learn's
``HashingVectorizer(analyzer="char_wb", alternate_sign=True)``: nothing is
learnt from the data, so training and inference compute the very same vector
from the same text and the parameters written in the artefact (``bits``,
``ngrams``, per-block ``salt``). The hash is a vectorised polynomial rolling
hash over the code points with a splitmix64 finaliser, computed with numpy;
it runs in microseconds per sentence, needs no scikit-learn at run time and
gives the same buckets on every platform (fixed-width unsigned arithmetic).

Each *block* (scope, title, whole article) uses its own salt, so the same
n-gram in the title and in the scope lands in different buckets. Counts are
signed (one hash bit picks the sign, which cancels collisions on average),
damped with ``log1p`` and L2-normalised per block. :func:`featurise` appends a
small dense block after the hashed space: the labels ``events.fields@1`` gave the
event (alone and crossed with one/several events in the article: for the only event
of an article the rules read grievances from the whole article), the language and
the event count.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from typing import Any

import numpy as np

from protest_tracker.codebook import EVENT_TYPES, GRIEVANCES, STATE_RESPONSES
from protest_tracker.pipeline.text import fold

LANGUAGES = ("en", "ru", "kk", "ky", "uz", "tg")
RESPONSE_LABELS = tuple(c for c in STATE_RESPONSES.codes if c != "none_reported")
GRIEVANCE_LABELS = GRIEVANCES.codes
TYPE_LABELS = EVENT_TYPES.codes
#: Text blocks: name → (salt, weight). The article block reads only the head of the article.
BLOCKS = {"scope": (1, 1.0), "title": (2, 0.5), "article": (3, 0.5)}
ARTICLE_CHARS = 6000

_NON_WORD = re.compile(r"[\W_]+")
_DIGIT = re.compile(r"\d")
_PRIME = np.uint64(0x100000001B3)
_MIX1 = np.uint64(0xBF58476D1CE4E5B9)
_MIX2 = np.uint64(0x94D049BB133111EB)
_SHIFT30, _SHIFT27, _SHIFT31 = np.uint64(30), np.uint64(27), np.uint64(31)
_TOP = np.uint64(63)


@dataclass(frozen=True, slots=True)
class HashSpec:
    """Parameters of the hashed space (stored in the artefact; the space has ``2**bits`` slots)."""

    bits: int = 18
    ngrams: tuple[int, ...] = (2, 3, 4, 5)

    @property
    def size(self) -> int:
        return 1 << self.bits

    def to_json(self) -> dict[str, object]:
        return {"bits": self.bits, "ngrams": list(self.ngrams)}

    @classmethod
    def from_json(cls, data: Mapping[str, Any]) -> HashSpec:
        return cls(bits=int(data["bits"]), ngrams=tuple(int(n) for n in data["ngrams"]))


def normalise(text: str) -> str:
    """The matching form the n-grams are read from: folded, digits as ``0``, one space between
    words, a space at both ends (so word starts and ends are n-grams of their own)."""
    words = _NON_WORD.sub(" ", _DIGIT.sub("0", fold(text))).strip()
    return f" {words} " if words else ""


def _mix(values: np.ndarray) -> np.ndarray:
    values = values ^ (values >> _SHIFT30)
    values = values * _MIX1
    values = values ^ (values >> _SHIFT27)
    values = values * _MIX2
    return values ^ (values >> _SHIFT31)


def hashed_counts(text: str, *, spec: HashSpec, salt: int) -> tuple[np.ndarray, np.ndarray]:
    """``(indices, values)`` of the block's signed, damped, L2-normalised n-gram counts.

    ``text`` is normalised here; indices are sorted and unique, values float64.
    """
    body = normalise(text)
    if not body:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    codes = np.frombuffer(body.encode("utf-32-le"), dtype=np.uint32).astype(np.uint64)
    parts: list[np.ndarray] = []
    with np.errstate(over="ignore"):
        for n in spec.ngrams:
            count = len(codes) - n + 1
            if count <= 0:
                continue
            rolling = np.full(count, np.uint64(salt * 1_000_003 + n), dtype=np.uint64)
            for offset in range(n):
                rolling = rolling * _PRIME + codes[offset:offset + count]
            parts.append(_mix(rolling))
    if not parts:
        return np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.float64)
    hashed = np.concatenate(parts)
    # bucket and sign packed in one integer: a plain sort (faster than argsort) groups the buckets
    keys = np.sort(((hashed & np.uint64(spec.size - 1)) << np.uint64(1) | (hashed >> _TOP)).astype(np.int64))
    buckets, signs = keys >> 1, 1.0 - 2.0 * (keys & 1)
    starts = np.flatnonzero(np.concatenate(([True], buckets[1:] != buckets[:-1])))
    unique, sums = buckets[starts], np.add.reduceat(signs, starts)
    keep = sums != 0
    unique, sums = unique[keep], sums[keep]
    values = np.sign(sums) * np.log1p(np.abs(sums))
    norm = float(np.sqrt(np.dot(values, values)))
    return unique, (values / norm if norm else values)


def combine(blocks: Sequence[tuple[np.ndarray, np.ndarray]], *, weights: Sequence[float]) -> tuple[np.ndarray, np.ndarray]:
    """One sparse vector from several blocks (buckets that collide across blocks are summed)."""
    indices = np.concatenate([b[0] for b in blocks]) if blocks else np.zeros(0, dtype=np.int64)
    values = np.concatenate([b[1] * w for b, w in zip(blocks, weights, strict=True)]) if blocks else np.zeros(0)
    if len(indices) == 0:
        return indices, values
    order = np.argsort(indices, kind="stable")
    indices, values = indices[order], values[order]
    unique, starts = np.unique(indices, return_index=True)
    return unique, np.add.reduceat(values, starts)


_COUNTS = ("single_event", "several_events")
#: Names of the dense features, in their fixed order (stored in the artefact).
DENSE_NAMES = (tuple(f"rule_type={t}" for t in TYPE_LABELS)
               + tuple(f"rule_response={r}" for r in RESPONSE_LABELS) + ("rule_response=none",)
               + tuple(f"rule_grievance={g}" for g in GRIEVANCE_LABELS) + ("rule_grievance=none",)
               + tuple(f"rule_response={r}|{n}" for r in RESPONSE_LABELS for n in _COUNTS)
               + tuple(f"rule_grievance={g}|{n}" for g in GRIEVANCE_LABELS for n in _COUNTS)
               + tuple(f"language={code}" for code in LANGUAGES) + _COUNTS)
_DENSE_INDEX = {name: i for i, name in enumerate(DENSE_NAMES)}


def dense_values(example: Any) -> np.ndarray:
    """Positions (in :data:`DENSE_NAMES`) of the dense features that hold for ``example``."""
    on = {f"rule_type={example.rule_type}", f"language={example.language}",
          _COUNTS[0] if example.n_events <= 1 else _COUNTS[1]}
    on |= {f"rule_response={r}" for r in example.rule_responses if r != "none_reported"}
    on |= {f"rule_grievance={g}" for g in example.rule_grievances}
    count = _COUNTS[0] if example.n_events <= 1 else _COUNTS[1]
    on |= {f"rule_response={r}|{count}" for r in example.rule_responses if r != "none_reported"}
    on |= {f"rule_grievance={g}|{count}" for g in example.rule_grievances}
    if not set(example.rule_responses) - {"none_reported"}:
        on.add("rule_response=none")
    if not example.rule_grievances:
        on.add("rule_grievance=none")
    return np.array(sorted(_DENSE_INDEX[name] for name in on if name in _DENSE_INDEX), dtype=np.int64)


def featurise(example: Any, *, spec: HashSpec) -> tuple[np.ndarray, np.ndarray]:
    """Sparse ``(indices, values)`` of one example: hashed blocks, then the dense block after
    ``spec.size``."""
    texts = {"scope": example.scope_text, "title": example.title,
             "article": example.article_text[:ARTICLE_CHARS]}
    blocks = [hashed_counts(texts[name], spec=spec, salt=salt) for name, (salt, _) in BLOCKS.items()]
    hashed = combine(blocks, weights=[weight for _, weight in BLOCKS.values()])
    on = dense_values(example)
    return np.concatenate([hashed[0], on + spec.size]), np.concatenate([hashed[1], np.ones(len(on))])
