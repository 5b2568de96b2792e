"""Properties of the JSON-based parsers, checked on hostile files (tests/fuzz_strategies.py).

Each ``check_*`` takes one generated input, runs the parser on it and asserts the parser's contract:
it returns records or raises its documented error class; one bad record never loses the good ones
around it. Any other exception is a crash. The CI tests (tests/unit/ingest/test_fuzz_parsers.py)
and ``benchmarks/fuzz.py`` both run them through :data:`fuzz_targets.TARGETS`.
"""

from __future__ import annotations

import json
import re
import tempfile
from functools import cache
from pathlib import Path

from hypothesis import strategies as st

from fuzz_strategies import (
    HOSTILE_DATES,
    HOSTILE_TEXT,
    HUGE_INTS,
    JSON_VALUES,
    Good,
    dumps,
    encode,
    mixed_lines,
)
from protest_tracker.cli.link import read_jsonl as read_link_input
from protest_tracker.errors import LinkingError
from protest_tracker.ingest import files, telegram
from protest_tracker.ingest.errors import TelegramExportError
from protest_tracker.ingest.records import Collected, Failure, Skipped, clean_text
from protest_tracker.pipeline import runner
from protest_tracker.pipeline.learn.corpus import TrainingDataError, read_corpus


@cache
def workdir() -> Path:
    """One scratch folder per process for the files the parsers read."""
    return Path(tempfile.mkdtemp(prefix="fuzz-parsers-"))


def scratch(name: str, content: bytes) -> Path:
    path = workdir() / name
    path.write_bytes(content)
    return path


def nonblank_lines(content: bytes) -> int:
    """Non-blank lines as a binary file iterates them (split on ``\\n`` only)."""
    return sum(1 for piece in content.split(b"\n") if piece.strip())


def assert_storable(item: Collected) -> None:
    """What the store saves of ``item``: UTF-8 text, strict JSON metadata, no NUL."""
    stored = item.cleaned()
    for value in (stored.article.text, stored.article.title or "", stored.raw, stored.article.url or ""):
        assert "\x00" not in value
        value.encode("utf-8")
    json.dumps(stored.metadata, allow_nan=False, ensure_ascii=False).encode("utf-8")


def _exchange_line(good: Good) -> bytes:
    record = {"id": f"good-{good.number}", "text": good.text, "published": "2024-05-01"}
    return dumps(record, ascii_only=good.ascii_only).encode()


# ingest files: JSONL -------------------------------------------------------------------------

INGEST_JSONL = mixed_lines(good_line=_exchange_line)


def check_ingest_jsonl(case: tuple[bytes, dict[int, Good]]) -> None:
    content, goods = case
    items = list(files.read_jsonl(scratch("input.jsonl", content)))
    assert len(items) == nonblank_lines(content)
    collected = {item.metadata.get("input_id"): item for item in items
                 if isinstance(item, Collected) and isinstance(item.metadata.get("input_id"), str)}
    for item in items:
        assert isinstance(item, Collected | Failure)
        if isinstance(item, Collected):
            assert_storable(item)
    for good in goods.values():
        item = collected.get(f"good-{good.number}")
        assert item is not None, f"good record {good.number} lost"
        assert item.article.text == clean_text(good.text)


# ingest files: whole documents ---------------------------------------------------------------

DOCUMENTS = st.tuples(
    st.sampled_from([".txt", ".md", ".html", ".htm"]),
    st.one_of(st.binary(max_size=300),
              st.builds(encode, HOSTILE_TEXT, st.sampled_from(["utf-8", "cp1251", "koi8-r", "utf-16"])),
              st.builds(lambda n, enc: ("<html><body>" + "<div>" * n + "<p>" + Good(1).text).encode(enc),
                        st.sampled_from([10, 300, 5000]), st.sampled_from(["utf-8", "cp1251"])),
              st.builds(lambda enc, bom: (b"\xef\xbb\xbf" if bom else b"") + Good(2).text.encode(enc),
                        st.sampled_from(["utf-8", "cp1251", "koi8-r"]), st.booleans())))


def check_document(case: tuple[str, bytes]) -> None:
    suffix, content = case
    items = list(files.read_file(scratch("document" + suffix, content)))
    assert len(items) == 1 and isinstance(items[0], Collected | Failure)
    if isinstance(items[0], Collected):
        assert items[0].article.text.strip()
        assert_storable(items[0])
    if suffix in (".txt", ".md") and Good(2).text.encode("utf-8") in content.replace(b"\xef\xbb\xbf", b""):
        assert isinstance(items[0], Collected) and items[0].article.text == Good(2).text
    if suffix in (".txt", ".md") and content in (Good(2).text.encode("cp1251"), Good(2).text.encode("koi8-r")):
        assert isinstance(items[0], Collected) and items[0].article.text == Good(2).text


# extract: input records ----------------------------------------------------------------------

def check_extract_records(case: tuple[bytes, dict[int, Good]]) -> None:
    content, goods = case
    lines = list(runner.read_jsonl(scratch("extract.jsonl", content)))
    articles = list(runner.articles_from_lines(lines))
    assert len(lines) == len(articles) == nonblank_lines(content)
    for line, article in zip(lines, articles, strict=True):
        # the output line extract writes for each article: valid UTF-8 JSON
        json.dumps(runner.output_record(article, pipeline_version="fuzz"), ensure_ascii=False).encode("utf-8")
        if line.line in goods:
            good = goods[line.line]
            assert line.record is not None and article.text == good.text and article.id == f"good-{good.number}"


# train: gold files ---------------------------------------------------------------------------

def _gold_line(good: Good) -> bytes:
    event = {"country": "KZ", "date": "2024-05-01", "event_type": "demonstration", "evidence": "акимату"}
    record = {"id": f"good-{good.number}", "text": good.text, "gold": [event] if good.number % 2 else []}
    return dumps(record, ascii_only=good.ascii_only).encode()


GOLD_FILES = mixed_lines(good_line=_gold_line)


def check_training_file(case: tuple[bytes, dict[int, Good]]) -> None:
    content, goods = case
    try:
        records = read_corpus([scratch("gold.jsonl", content)])
    except TrainingDataError as error:
        assert error.line not in goods, f"a good record (line {error.line}) was blamed: {error}"
        assert not goods or len(goods) < nonblank_lines(content), f"a file of good records was refused: {error}"
        return
    ids = {record["id"] for record in records}
    assert {f"good-{good.number}" for good in goods.values()} <= ids


# link: extract output read back --------------------------------------------------------------

LINK_INPUTS = mixed_lines(good_line=lambda good: dumps({"id": f"good-{good.number}", "events": []},
                                                        ascii_only=good.ascii_only).encode())
_LINE_NUMBER = re.compile(r":(\d+): ")


def check_link_input(case: tuple[bytes, dict[int, Good]]) -> None:
    content, goods = case
    try:
        records = read_link_input(scratch("events.jsonl", content))
    except LinkingError as error:
        blamed = _LINE_NUMBER.search(str(error))
        assert blamed is None or int(blamed.group(1)) not in goods, f"a good line was blamed: {error}"
        assert len(goods) < nonblank_lines(content), f"a file of good records was refused: {error}"
        return
    ids = {record["id"] for record in records if isinstance(record.get("id"), str)}
    assert {f"good-{good.number}" for good in goods.values()} <= ids


# Telegram Desktop exports --------------------------------------------------------------------

_PARTS = st.lists(st.one_of(HOSTILE_TEXT, JSON_VALUES, st.fixed_dictionaries(
    {"type": st.sampled_from(["link", "text_link", "bold", "url", 5]), "text": JSON_VALUES},
    optional={"href": JSON_VALUES})), max_size=4)
HOSTILE_MESSAGES = st.one_of(JSON_VALUES, st.fixed_dictionaries(
    {"id": st.one_of(st.integers(), HUGE_INTS, JSON_VALUES)},
    optional={"type": st.sampled_from(["message", "service", "", 7]), "text": st.one_of(HOSTILE_TEXT, _PARTS),
              "date_unixtime": st.one_of(HOSTILE_DATES, HUGE_INTS.map(str)), "date": HOSTILE_DATES,
              "edited": JSON_VALUES, "forwarded_from": JSON_VALUES}))


def _good_message(good: Good) -> dict:
    return {"id": 1000 + good.number, "type": "message", "date": "2024-05-01T10:00:00",
            "date_unixtime": "1714557600", "text": ["Ж", {"type": "bold", "text": good.text[1:]}]}


@st.composite
def telegram_exports(draw: st.DrawFn) -> tuple[bytes, list[Good | None], bool]:
    """``(file bytes, per message: its Good or None, whether the file is a well-formed export)``."""
    plan = draw(st.lists(st.one_of(st.builds(Good, st.integers(0, 50)), HOSTILE_MESSAGES), max_size=6))
    goods = [part if isinstance(part, Good) else None for part in plan]
    messages = [_good_message(part) if isinstance(part, Good) else part for part in plan]
    export = {"name": draw(st.one_of(HOSTILE_TEXT, JSON_VALUES)), "type": "public_channel",
              "id": draw(st.one_of(st.integers(), JSON_VALUES)),
              "username": draw(st.one_of(st.just("chan_1"), HOSTILE_TEXT, JSON_VALUES)), "messages": messages}
    text = dumps(export, ascii_only=draw(st.booleans()))
    if not text.isascii() and any("\ud800" <= ch <= "\udfff" for ch in text):
        text = dumps(export)  # Telegram writes UTF-8: a lone surrogate only ever comes escaped
    spoil = draw(st.sampled_from(["none", "none", "bom", "truncate", "cp1251", "deep", "bytes", "shape"]))
    if spoil == "truncate":
        return text.encode("utf-8", "surrogatepass")[: draw(st.integers(0, len(text)))], goods, False
    if spoil in ("cp1251", "bytes", "deep", "shape"):
        hostile = {"cp1251": encode(text, "cp1251"), "bytes": draw(st.binary(max_size=80)),
                   "deep": b'{"messages": ' + b"[" * 100_000, "shape": dumps(messages).encode()}[spoil]
        return hostile, goods, False
    return (b"\xef\xbb\xbf" if spoil == "bom" else b"") + text.encode("utf-8", "surrogatepass"), goods, True


def check_telegram(case: tuple[bytes, list[Good | None], bool]) -> None:
    content, goods, well_formed = case
    try:
        items = list(telegram.iter_export(scratch("result.json", content)))
    except TelegramExportError:
        assert not well_formed, "a well-formed export was refused"
        return
    if not well_formed:
        return  # e.g. cp1251 bytes that happen to be ASCII: still an export
    assert len(items) == len(goods)
    for item, good in zip(items, goods, strict=True):
        assert isinstance(item, Collected | Failure | Skipped)
        if isinstance(item, Collected):
            assert_storable(item)
        if good is not None:
            assert isinstance(item, Collected) and item.article.text == good.text, f"good message lost: {item}"
            assert item.metadata["message_id"] == 1000 + good.number
