"""The one way articles go through a pipeline, and the exchange format read and written around it.

Every path that runs the pipeline — ``protest-tracker extract``, ``eval``,
``backfill`` (each Dask partition) and the database command ``process`` — calls
:func:`process_articles`: lazy, one article in memory at a time, one result per
article. A stage that raises on one article does not stop the stream: that
article comes out dropped with reason ``stage_error`` (counted under the failing
stage, flag ``stage_error:<message>``) and the next article goes on.

Input records have one parser, :func:`article_from_record` (the model layer
has none: it may not import the pipeline). It never raises: a field of the
wrong type or an absurd size is coerced or left out and the article is flagged
``<field>_malformed`` or ``<field>_too_long``.

Input lines are read by :func:`read_jsonl` / :func:`iter_lines`: a line that is
not JSON, is nested too deeply to parse (``RecursionError``) or is not an object
becomes an :class:`InputLine` with its file, line number and reason, and later
lines go on. :func:`articles_from_lines` turns such a line into an article
dropped as ``malformed_record`` so it still gets its output line.
:func:`atomic_output` writes an output file through a temporary file in the
same folder, renamed into place only when everything was written.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import re
import tempfile
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any, Protocol

from protest_tracker.errors import PipelineError
from protest_tracker.identity import article_id
from protest_tracker.model import Article, parse_published
from protest_tracker.pipeline.errors import StageFailure
from protest_tracker.pipeline.framework import annotate, with_flags

#: Longest accepted value per optional string field; longer ones are cut (title) or left out.
MAX_ID_CHARS = 512
MAX_URL_CHARS = 8192
MAX_TITLE_CHARS = 2000
MAX_SHORT_CHARS = 200  # language, outlet, source_type
#: Lone UTF-16 surrogates (JSON ``"\\ud800"``): no UTF-8 output can hold them; they become U+FFFD.
_SURROGATES = re.compile("[\ud800-\udfff]")


class InputError(PipelineError):
    """An input file cannot be read (or an output file cannot be written)."""


class Pipelined(Protocol):
    """What :func:`process_articles` needs of a pipeline (``Pipeline`` or a test stand-in)."""

    @property
    def version_id(self) -> str: ...

    def run(self, article: Article) -> Article: ...


@dataclass(frozen=True, slots=True)
class InputLine:
    """One non-blank input line: its record, or the reason it has none."""

    source: str
    line: int
    record: dict[str, Any] | None
    error: str | None = None
    flags: tuple[str, ...] = ()


def parse_line(raw: bytes | str, *, source: str, line: int) -> InputLine:
    """Parse one JSONL line; never raises (bad UTF-8 is replaced and flagged ``invalid_utf8``)."""
    flags: tuple[str, ...] = ()
    text: str
    if isinstance(raw, bytes):
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text, flags = raw.decode("utf-8", errors="replace"), ("invalid_utf8",)
    else:
        text = raw
    try:
        record = json.loads(text.lstrip("\ufeff"))
    except json.JSONDecodeError as exc:
        return InputLine(source, line, None, f"not JSON ({exc.msg} at column {exc.colno})")
    except RecursionError:
        return InputLine(source, line, None, "not JSON (nested too deeply to parse)")
    except ValueError as exc:  # e.g. an integer literal too long to convert
        return InputLine(source, line, None, f"not JSON ({str(exc)[:120]})")
    if not isinstance(record, dict):
        return InputLine(source, line, None, f"not a JSON object (a {type(record).__name__})")
    return InputLine(source, line, record, None, flags)


def iter_lines(lines: Iterable[bytes | str], *, source: str, first_line: int = 1,
               on_bytes: Callable[[int], Any] | None = None) -> Iterator[InputLine]:
    """:func:`parse_line` over ``lines`` (numbered from ``first_line``), skipping blank ones."""
    for number, raw in enumerate(lines, first_line):
        if on_bytes:
            on_bytes(len(raw))
        if raw.strip():
            yield parse_line(raw, source=source, line=number)


def read_jsonl(path: Path, *, on_bytes: Callable[[int], Any] | None = None) -> Iterator[InputLine]:
    """Every non-blank line of the JSONL file at ``path``, lazily. Opening is checked first, so a
    missing file raises :class:`InputError` here, before anything is written."""
    try:
        handle = Path(path).open("rb")  # noqa: SIM115 - closed by _lines_of when exhausted
    except OSError as exc:
        raise InputError(f"cannot read {path}: {exc.strerror or exc}") from exc
    return _lines_of(handle, source=str(path), on_bytes=on_bytes)


def _lines_of(handle: IO[bytes], *, source: str, on_bytes: Callable[[int], Any] | None) -> Iterator[InputLine]:
    with handle:
        yield from iter_lines(handle, source=source, on_bytes=on_bytes)


def _text_field(record: Mapping[str, Any], key: str, *, limit: int, cut: bool,
                flags: list[str]) -> str | None:
    """A string field: non-strings are left out (``<key>_malformed``); over ``limit`` it is cut
    when ``cut`` else left out (``<key>_too_long``)."""
    value = record.get(key)
    if value is None or value == "":
        return None
    if not isinstance(value, str):
        flags.append(f"{key}_malformed")
        return None
    if len(value) > limit:
        flags.append(f"{key}_too_long")
        return _scrub(value[:limit]) if cut else None
    return _scrub(value)


def _scrub(value: str) -> str:
    """``value`` with lone surrogates replaced, so ids, hashes and output lines can be UTF-8."""
    return _SURROGATES.sub("\ufffd", value)


def article_from_record(record: Mapping[str, Any]) -> Article:
    """An :class:`Article` from an exchange-format input record. Never raises.

    Missing fields are tolerated; a missing id is derived from the URL or text
    (the ingest rule). A number as text becomes its string form; other
    non-string values are left out; each fix adds a flag (``text_malformed``,
    ``url_too_long``, ``published_malformed``, …). Lone surrogates (``"\\ud800"``) in the
    id and text fields become U+FFFD, so the id, the hashes and the output line are UTF-8.
    """
    if not isinstance(record, Mapping):
        return with_flags(Article(id="malformed-record", text="").drop("malformed_record"),
                          "record_malformed")
    flags: list[str] = []
    text = record.get("text")
    if isinstance(text, int | float) and not isinstance(text, bool):
        text = str(text)
        flags.append("text_malformed")
    elif not isinstance(text, str):
        if text is not None:
            flags.append("text_malformed")
        text = ""
    text = _scrub(text)
    url = _text_field(record, "url", limit=MAX_URL_CHARS, cut=False, flags=flags)
    title = _text_field(record, "title", limit=MAX_TITLE_CHARS, cut=True, flags=flags)
    raw_date = record.get("published")
    published = parse_published(raw_date) if isinstance(raw_date, str | int | dt.date) else None
    if raw_date not in (None, "") and published is None:
        flags.append("published_malformed")
    language = _text_field(record, "language", limit=MAX_SHORT_CHARS, cut=False, flags=flags)
    outlet = _text_field(record, "outlet", limit=MAX_SHORT_CHARS, cut=True, flags=flags)
    source_type = _text_field(record, "source_type", limit=MAX_SHORT_CHARS, cut=False, flags=flags)
    ident = _record_id(record, url=url, text=text, flags=flags)
    return Article(id=ident, text=text, url=url, title=title, published=published,
                   language=language, outlet=outlet, source_type=source_type,
                   flags=tuple(dict.fromkeys(flags)))


def _record_id(record: Mapping[str, Any], *, url: str | None, text: str, flags: list[str]) -> str:
    value = record.get("id")
    if value is None or value == "":
        value = record.get("article_id")
    if isinstance(value, int) and not isinstance(value, bool):
        value = str(value)
    if isinstance(value, str) and value.strip():
        if len(value) <= MAX_ID_CHARS:
            return _scrub(value)
        flags.insert(0, "id_too_long")
    elif value not in (None, ""):
        flags.insert(0, "id_malformed")
    return article_id(url=url, text=text) if (url or text) else "empty"


def failure_article(line: InputLine, *, qualify_id: bool = False) -> Article:
    """The stand-in article of an unreadable line: dropped ``malformed_record``, no events.

    Its id is ``line-N`` (``<file name>:line-N`` with ``qualify_id``, for many files)."""
    ident = f"line-{line.line}"
    if qualify_id:
        ident = f"{Path(line.source).name}:{ident}"
    error = {"source": line.source, "line": line.line, "reason": line.error or "unreadable"}
    return annotate(Article(id=ident, text="").drop("malformed_record"), input_error=error)


def articles_from_lines(lines: Iterable[InputLine], *, qualify_ids: bool = False) -> Iterator[Article]:
    """One article per input line: parsed, or the dropped stand-in of an unreadable line."""
    for line in lines:
        if line.record is None:
            yield failure_article(line, qualify_id=qualify_ids)
            continue
        article = article_from_record(line.record)
        yield with_flags(article, *line.flags) if line.flags else article


def run_isolated(article: Article, *, pipeline: Pipelined) -> Article:
    """``pipeline.run(article)``, except that an article that arrives dropped passes untouched
    and a stage failure comes back as the article dropped with reason ``stage_error``."""
    if article.dropped:
        return article
    try:
        return pipeline.run(article)
    except StageFailure as exc:
        message = str(exc)
        failed = annotate(article.drop("stage_error"), stage_error=message[:1000])
        return with_flags(failed, f"stage_error:{message[:200]}")


def process_articles(articles: Iterable[Article], *, pipeline: Pipelined) -> Iterator[Article]:
    """Each article after the pipeline, lazily and in order; one result per article, never an
    exception for one article's sake (see :func:`run_isolated`)."""
    for article in articles:
        yield run_isolated(article, pipeline=pipeline)


def output_record(article: Article, *, pipeline_version: str | None = None) -> dict[str, Any]:
    """The exchange-format output line for ``article`` (plus our diagnostic keys).

    An unreadable input line gives ``{"id", "events": [], "dropped": "malformed_record",
    "error", "source", "line"}``."""
    error = article.annotations.get("input_error") if article.dropped == "malformed_record" else None
    if isinstance(error, Mapping):
        return {"id": article.id, "events": [], "dropped": "malformed_record",
                "error": error["reason"], "source": error["source"], "line": error["line"]}
    record = article.to_output_record()
    if pipeline_version:
        record["pipeline_version"] = pipeline_version
    return record


@contextmanager
def atomic_output(path: Path) -> Iterator[IO[str]]:
    """A text handle whose content replaces ``path`` only when the block ends without an error
    (temporary file in the same folder, then ``os.replace``); on error the old file stays."""
    path = Path(path)
    try:
        handle = tempfile.NamedTemporaryFile(  # noqa: SIM115 - closed by the with below
            "w", encoding="utf-8", dir=path.parent, delete=False, prefix=f".{path.name}.", suffix=".tmp")
    except OSError as exc:
        raise InputError(f"cannot write {path}: {exc.strerror or exc}") from exc
    try:
        with handle:
            yield handle
        os.replace(handle.name, path)
    except BaseException:
        Path(handle.name).unlink(missing_ok=True)
        raise
