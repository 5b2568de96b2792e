"""natasha's Russian NER (slovnet over navec news embeddings), loaded lean.

natasha's own loaders keep far more than slovnet's numpy inference uses: navec's ``Navec.load``
builds a Python list, a count list and a dict over its 250K words (slovnet never looks a word up
in navec: it has its own word vocabulary) and precomputes norms and centroid products for
similarity queries (a transient of about 100 MB), and slovnet's pack loader turns its own
250K-word vocabulary into a Python list and dict. Here:

* :func:`load_embedding` reads only what the NER model is given from the navec archive — the
  archive id and the product-quantisation arrays (``codes``: the centroids, read; ``indexes``:
  one byte per word and sub-vector, memory-mapped from the tar member);
* :class:`CompactVocab` keeps slovnet's word vocabulary as one UTF-8 blob with line offsets and a
  sorted table of the words' hashes (about 9 MB instead of about 35 MB); a lookup hashes the word,
  bisects the table and confirms the match against the blob;
* :func:`load_tagger` assembles slovnet's ``NER`` from the model pack with these two.

The tagging is slovnet's own code, so its output is natasha's, span for span
(``tests/unit/pipeline/test_people_ner_model.py`` compares the two).
"""

from __future__ import annotations

import gzip
import json
import tarfile
from array import array
from bisect import bisect_left
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import numpy as np

#: the navec archive protocol this reader understands
NAVEC_PROTOCOL = 1
UNK, PAD = "<unk>", "<pad>"


@dataclass(frozen=True, slots=True)
class EmbeddingMeta:
    id: str
    protocol: int


@dataclass(frozen=True, slots=True)
class QuantisedVectors:
    """The product-quantised vectors: ``indexes[word, part]`` picks a centroid of ``codes[part]``."""

    indexes: np.ndarray  # (words, parts) uint8
    codes: np.ndarray  # (parts, centroids, part width) float32


@dataclass(frozen=True, slots=True)
class LeanEmbedding:
    """What slovnet's ``inject_navec`` reads of an embedding: ``meta.id`` and ``pq``."""

    meta: EmbeddingMeta
    pq: QuantisedVectors


def load_embedding(path: str | Path) -> LeanEmbedding:
    """The id and quantised vectors of a navec archive (its vocabulary is not read). The
    ``indexes`` (25 MB for 250K words) are memory-mapped from the archive, read-only: only the
    pages of the words actually looked up become resident, and processes share them."""
    with tarfile.open(path) as tar:
        meta = json.loads(_member(tar, "meta.json"))
        if meta.get("protocol") != NAVEC_PROTOCOL:
            raise ValueError(f"{path}: navec protocol {meta.get('protocol')!r}, expected {NAVEC_PROTOCOL}")
        member = tar.getmember("pq.bin")
    header = 4 * 4
    with open(path, "rb") as handle:
        handle.seek(member.offset_data)
        words, _dim, parts, centroids = (int(n) for n in np.frombuffer(handle.read(header), np.uint32))
        handle.seek(member.offset_data + header + words * parts)
        codes = np.frombuffer(handle.read(member.size - header - words * parts), np.float32)
    indexes = np.memmap(path, dtype=np.uint8, mode="r", offset=member.offset_data + header, shape=(words, parts))
    vectors = QuantisedVectors(indexes.view(np.ndarray), codes.reshape(parts, centroids, -1))
    return LeanEmbedding(EmbeddingMeta(str(meta["id"]), NAVEC_PROTOCOL), vectors)


class CompactVocab:
    """A word -> id vocabulary (the id of a word is its line number) in a few flat arrays.

    The interface is the one slovnet's encoder uses: :meth:`encode` (unknown words give
    ``unk_id``) and ``pad_id``. Hashes are Python's ``hash`` of the UTF-8 bytes, valid within
    the process that built the table only: a pickled vocabulary rebuilds it (:meth:`__reduce__`).
    """

    def __init__(self, blob: bytes) -> None:
        if not blob:
            raise ValueError("empty vocabulary")
        self._blob = blob
        ends = np.flatnonzero(np.frombuffer(blob, np.uint8) == ord("\n"))
        if not blob.endswith(b"\n"):
            ends = np.append(ends, len(blob))
        starts = np.concatenate(([0], ends[:-1] + 1))
        hashes = np.fromiter((hash(line) for line in _lines(blob)), dtype=np.int64, count=len(ends))
        order = np.argsort(hashes, kind="stable")  # equal hashes keep line order
        self._hashes = array("q", hashes[order].tobytes())
        self._ids = array("i", order.astype(np.int32).tobytes())
        self._starts = array("i", starts.astype(np.int32).tobytes())
        self._ends = array("i", ends.astype(np.int32).tobytes())
        self.unk_id: int | None = None
        self.unk_id = self.encode(UNK)
        self.pad_id = self.encode(PAD)

    @classmethod
    def from_gzip(cls, data: bytes) -> CompactVocab:
        return cls(gzip.decompress(data))

    def __reduce__(self) -> tuple[type[CompactVocab], tuple[bytes]]:
        """Pickled as its text: the hash table is rebuilt where it is unpickled (string hashes
        differ between processes)."""
        return type(self), (self._blob,)

    def __len__(self) -> int:
        return len(self._ids)

    def encode(self, word: str) -> int | None:
        """The id of ``word`` (its last line when it is listed twice), else ``unk_id``."""
        key = word.encode("utf-8")
        digest = hash(key)
        at = bisect_left(self._hashes, digest)
        found = self.unk_id
        while at < len(self._hashes) and self._hashes[at] == digest:
            line = self._ids[at]
            start, end = self._starts[line], self._ends[line]
            if end - start == len(key) and self._blob.startswith(key, start):
                found = line
            at += 1
        return found

    def decode(self, line: int) -> str:
        return self._blob[self._starts[line]:self._ends[line]].decode("utf-8")


def load_tagger(*, batch_size: int = 8) -> Any:
    """slovnet's NER over natasha's news models (shipped in the natasha wheel), loaded lean.
    ``tagger.map(texts)`` yields one markup per text, with ``spans`` (``start``, ``stop``, ``type``)."""
    from natasha.data import NEWS_EMBEDDING, NEWS_NER
    from slovnet.api import NER
    from slovnet.const import SHAPE, TAG
    from slovnet.exec.encoders import TagEncoder
    from slovnet.exec.infer import NERInfer, TagDecoder
    from slovnet.exec.model import NER as NERModel
    from slovnet.exec.pack import Pack

    with Pack(NEWS_NER) as pack:
        pack.load_meta().check_protocol()
        model = pack.load_model(NERModel)
        arrays = dict(pack.load_arrays(model.weights))
        words = CompactVocab.from_gzip(pack.read("vocabs/word.gz"))
        shapes, tags = pack.load_vocab(SHAPE), pack.load_vocab(TAG)
    model = model.inject_arrays(arrays).inject_navec(load_embedding(NEWS_EMBEDDING))
    return NER(NERInfer(model, TagEncoder(words, shapes, batch_size), TagDecoder(tags)), batch_size)


def _lines(blob: bytes) -> Iterator[bytes]:
    """The lines of ``blob`` one at a time (no list of 250K objects at once)."""
    start = 0
    while (end := blob.find(b"\n", start)) >= 0:
        yield blob[start:end]
        start = end + 1
    if start < len(blob):
        yield blob[start:]


def _member(tar: tarfile.TarFile, name: str) -> bytes:
    handle = tar.extractfile(name)
    if handle is None:
        raise ValueError(f"{tar.name!r}: {name} is not a file")
    with handle:
        return handle.read()
