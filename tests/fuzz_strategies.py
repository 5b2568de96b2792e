"""Hostile inputs for the parser properties (tests/fuzz_properties.py), shared by the CI tests and
``benchmarks/fuzz.py``: one definition, so the long profile runs exactly what CI runs.

Every input file mixes *good* records, whose content is known (``good-<n>`` ids, their texts), with
hostile ones: arbitrary bytes, deep nesting, integers past every limit, NUL and other control
characters, lone surrogates, cp1251 / koi8-r bytes where UTF-8 belongs, BOMs, CRLF, truncation,
values of the wrong JSON type, impossible dates and giant fields. The properties then check that
the good records come out whatever surrounds them.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from hypothesis import strategies as st

#: Texts that look like reports (long enough for every reader that wants "real" text).
GOOD_TEXT = "Жители {n} вышли к акимату Алматы, требуя снизить цены на газ; собрались около 200 человек."
CONTROL = st.sampled_from(["\x00", "\x01", "\x07", "\x0b", "\x0c", "\x1b", "\x7f", "\u2028", "\u0085",
                           "\ufeff", "\ud800", "\udfff", "\r", "\r\n", "\t"])
#: Text with the characters parsers trip on, at any place.
HOSTILE_TEXT = st.lists(st.one_of(st.text(max_size=12), CONTROL,
                                  st.sampled_from(["Жанаозен", "қаңтар", "O‘zbekiston", "<b>", "&amp;",
                                                   "]]>", '"', "'", ",", ";", "\\", "{", "["])),
                        max_size=12).map("".join)
HUGE_INTS = st.one_of(st.integers(min_value=2**31 - 2, max_value=2**31 + 2),
                      st.integers(min_value=2**63 - 1, max_value=2**64 + 1),
                      st.integers(min_value=10**19, max_value=10**40), st.integers(max_value=-(2**31)))
#: Dates a reader may be handed: real, impossible, out of every range, of the wrong type.
HOSTILE_DATES = st.one_of(st.sampled_from(["2024-02-30", "0000-00-00", "9999-12-31T25:61:99", "2024-13-01",
                                           "-1", "1e309", "16 May 2025", "99999-01-01", "", " ", "NaN"]),
                          st.dates().map(str), HUGE_INTS, st.floats(), HOSTILE_TEXT)
ENCODINGS = st.sampled_from(["utf-8", "utf-8-sig", "cp1251", "koi8-r", "utf-16", "latin-1"])


def encode(text: str, encoding: str) -> bytes:
    """``text`` in ``encoding``, unencodable characters replaced (a file as a wrong tool wrote it)."""
    return text.encode(encoding, errors="replace" if encoding != "utf-8" else "surrogatepass")


# JSON ----------------------------------------------------------------------------------------

JSON_SCALARS = st.one_of(st.none(), st.booleans(), st.integers(), HUGE_INTS,
                         st.floats(allow_nan=True, allow_infinity=True), HOSTILE_TEXT)
JSON_VALUES = st.recursive(JSON_SCALARS, lambda inner: st.one_of(
    st.lists(inner, max_size=3), st.dictionaries(st.text(max_size=6), inner, max_size=3)), max_leaves=8)


def dumps(value: object, *, ascii_only: bool = True) -> str:
    """JSON text Python writes (``NaN``/``Infinity`` included, lone surrogates escaped)."""
    return json.dumps(value, ensure_ascii=ascii_only)


@dataclass(frozen=True, slots=True)
class Good:
    """A planted good record: its number (id ``good-<n>``) and how it is written."""

    number: int
    ascii_only: bool = True
    crlf: bool = False
    bom: bool = False

    @property
    def text(self) -> str:
        return GOOD_TEXT.format(n=self.number) + (" строка\u2028перевод" if not self.ascii_only else "")


def _deep(depth: int, opener: str) -> str:
    closer = {"[": "]", "{\"a\":": "}"}[opener]
    return opener * depth + "1" + closer * depth


#: One hostile JSONL line (bytes, no trailing newline; it may hold newlines of its own).
HOSTILE_JSON_LINES = st.one_of(
    st.binary(max_size=64),
    st.builds(_deep, st.sampled_from([990, 3000, 100_000]), st.sampled_from(["[", "{\"a\":"])).map(str.encode),
    st.integers(min_value=4301, max_value=6000).map(lambda n: ('{"text": ' + "9" * n + "}").encode()),
    st.builds(lambda v: dumps(v).encode(), JSON_VALUES),
    st.builds(lambda d, enc: encode(dumps(d, ascii_only=False), enc),
              st.dictionaries(st.sampled_from(["id", "url", "text", "title", "published", "language", "outlet",
                                               "source_type", "gold", "events", "article_id"]),
                              JSON_VALUES, max_size=6), ENCODINGS),
    st.builds(lambda d, cut: dumps(d, ascii_only=False).encode("utf-8", "surrogatepass")[:cut],
              st.fixed_dictionaries({"text": HOSTILE_TEXT, "published": HOSTILE_DATES}), st.integers(0, 40)),
    st.just(b'{"text": "' + b"x" * 200_000 + b'"}'),
    st.just(b"\xef\xbb\xbf{\"text\": \"\\u0000\\ud800\"}\r"),
)


@st.composite
def mixed_lines(draw: st.DrawFn, *, good_line: object, hostile: st.SearchStrategy[bytes] = HOSTILE_JSON_LINES,
                max_size: int = 6) -> tuple[bytes, dict[int, Good]]:
    """A JSONL file of good and hostile lines: ``(content, {line number: Good})``.

    ``good_line(good) -> bytes`` writes one good record (one physical line)."""
    parts = draw(st.lists(st.one_of(st.builds(Good, st.just(0), st.booleans(), st.booleans(), st.booleans()),
                                    hostile), min_size=1, max_size=max_size))
    content, goods = b"", {}
    for part in parts:
        if isinstance(part, Good):
            if content and not content.endswith(b"\n"):
                content += b"\n"
            good = Good(len(goods), part.ascii_only, part.crlf, part.bom and not content)
            goods[content.count(b"\n") + 1] = good
            content += (b"\xef\xbb\xbf" if good.bom else b"") + good_line(good) + (b"\r\n" if good.crlf else b"\n")
        else:
            content += part + b"\n"
    return content, goods
