"""Local files: ``.html``/``.htm``, ``.txt``, ``.md`` and ``.jsonl`` (exchange format); folders recurse.

JSONL is streamed line by line (each line its own article); other files are read
whole up to :data:`MAX_DOCUMENT_BYTES`. Binary and oversized files get a clear
skip reason instead of being half-read.
"""

from __future__ import annotations

import datetime as dt
import json
from collections.abc import Iterable, Iterator
from pathlib import Path

from protest_tracker import codebook, identity, model
from protest_tracker.ingest.encoding import decode_bytes
from protest_tracker.ingest.errors import IngestProblem
from protest_tracker.ingest.pages import article_from_page, extract_page
from protest_tracker.ingest.records import Collected, Failure, Item, Skipped, clean_text

HTML_SUFFIXES = frozenset({".html", ".htm"})
TEXT_SUFFIXES = frozenset({".txt", ".md"})
JSONL_SUFFIXES = frozenset({".jsonl"})
SUPPORTED_SUFFIXES = HTML_SUFFIXES | TEXT_SUFFIXES | JSONL_SUFFIXES
MAX_DOCUMENT_BYTES = 20 * 1024 * 1024
MAX_JSONL_LINE_BYTES = 5 * 1024 * 1024
#: Keys of an exchange-format input line that become Article fields; other keys go to metadata.
_ARTICLE_KEYS = frozenset({"id", "url", "title", "published", "language", "text", "outlet", "source_type"})
#: Keys never stored (answers of a gold set must not reach the pipeline).
_DROPPED_KEYS = frozenset({"gold", "events"})


def iter_paths(paths: Iterable[str | Path]) -> Iterator[Item]:
    """Yield an item per article found under ``paths`` (files or folders, folders recursively)."""
    for given in paths:
        path = Path(given)
        if not path.exists():
            yield Failure(str(path), "missing", "no such file or folder")
        elif path.is_dir():
            supported = 0
            for child in sorted(p for p in path.rglob("*") if p.is_file()):
                if any(part.startswith(".") for part in child.relative_to(path).parts):
                    continue
                if not child.resolve().is_relative_to(path.resolve()):
                    # A link inside a folder (e.g. from an unpacked archive) must not pull in other files.
                    yield Skipped(str(child), "link_outside_folder")
                    continue
                if child.suffix.lower() not in SUPPORTED_SUFFIXES:
                    yield Skipped(str(child), "unsupported_type")
                    continue
                supported += 1
                yield from read_file(child)
            if not supported:
                yield Failure(str(path), "empty", "folder holds no .html, .htm, .txt, .md or .jsonl file")
        else:
            yield from read_file(path)


def read_file(path: Path, *, origin: str = "file") -> Iterator[Item]:
    """Items from one file, by its suffix."""
    suffix = path.suffix.lower()
    if suffix not in SUPPORTED_SUFFIXES:
        yield Failure(str(path), "unsupported_type",
                      f"cannot ingest {suffix or 'files without a suffix'}; use .html, .htm, .txt, .md or .jsonl")
        return
    try:
        with path.open("rb") as handle:
            head = handle.read(8192)
    except OSError as exc:
        yield Failure(str(path), "unreadable", str(exc))
        return
    if b"\x00" in head:
        yield Failure(str(path), "binary", "file contains NUL bytes; not a text file")
        return
    if suffix in JSONL_SUFFIXES:
        yield from read_jsonl(path, origin=origin)
        return
    size = path.stat().st_size
    if size > MAX_DOCUMENT_BYTES:
        yield Failure(str(path), "too_large", f"{size:,} bytes is over the {MAX_DOCUMENT_BYTES:,}-byte cap per document")
        return
    try:
        yield _read_document(path, origin=origin)
    except IngestProblem as error:
        yield Failure.from_error(error, location=str(path))
    except Exception as error:  # one broken document (parser crash, deep HTML) never stops a run
        yield unexpected_failure(error, location=str(path))


def _read_document(path: Path, *, origin: str) -> Collected:
    data = path.read_bytes()
    text, charset = decode_bytes(data)
    text = clean_text(text)
    metadata = {"path": str(path), "charset": charset}
    if path.suffix.lower() in HTML_SUFFIXES:
        page = extract_page(text, url=None)
        article = article_from_page(page, url=page.canonical_url)
        return Collected(article=article, origin=origin, raw=text, metadata=metadata)
    body = text.strip()
    if not body:
        raise IngestProblem(str(path), "file is empty", reason="no_text")
    first = body.splitlines()[0].strip()
    title = first.lstrip("#").strip() if len(first) <= 200 else None
    article = model.Article(id=identity.article_id(text=body), text=body, title=title or None,
                            fetched_at=dt.datetime.now(dt.UTC), content_hash=identity.content_hash(body))
    return Collected(article=article, origin=origin, raw=text, metadata=metadata)


def read_jsonl(path: Path, *, origin: str = "file") -> Iterator[Item]:
    """Stream an exchange-format JSONL file; each bad line is a :class:`Failure` naming its line number."""
    try:
        handle = path.open("rb")
    except OSError as exc:
        yield Failure(str(path), "unreadable", str(exc))
        return
    with handle:
        for number, raw in enumerate(handle, start=1):
            where = f"{path}:{number}"
            if len(raw) > MAX_JSONL_LINE_BYTES:
                yield Failure(where, "too_large", f"line of {len(raw):,} bytes is over the {MAX_JSONL_LINE_BYTES:,}-byte cap")
                continue
            if not raw.strip():
                continue
            yield _jsonl_item(raw, location=where, origin=origin)


def _jsonl_item(raw: bytes, *, location: str, origin: str) -> Item:
    """One JSONL line as an item; whatever goes wrong becomes this line's :class:`Failure`."""
    try:
        line = raw.decode("utf-8").lstrip("\ufeff")  # a BOM (Windows editors write one) is not JSON
        record = json.loads(line)
        return record_to_item(record, location=location, raw=line.strip(), origin=origin)
    except UnicodeDecodeError as exc:
        return Failure(location, "bad_encoding", f"line is not UTF-8 ({exc.reason} at byte {exc.start})")
    except json.JSONDecodeError as exc:
        return Failure(location, "bad_json", f"not valid JSON: {exc.msg} (column {exc.colno})")
    except IngestProblem as error:
        return Failure.from_error(error, location=location)
    except Exception as error:  # one bad line never stops the file
        return unexpected_failure(error, location=location)


def unexpected_failure(error: Exception, *, location: str) -> Failure:
    """The failure of one record that broke a reader in an unforeseen way (named, never raised)."""
    if isinstance(error, RecursionError):
        return Failure(location, "too_deep", "nested too deeply to read (a JSON or HTML bomb?)")
    return Failure(location, "bad_record", f"could not be read: {type(error).__name__}: {error}"[:500])


def record_to_item(record: object, *, location: str, raw: str, origin: str) -> Collected:
    """An exchange-format input record as a :class:`Collected`; raises for a record without text."""
    if not isinstance(record, dict):
        raise IngestProblem(location, f"expected a JSON object, got {type(record).__name__}", reason="bad_record")
    text = record.get("text")
    text = clean_text(text).strip() if isinstance(text, str) else ""
    if not text:
        raise IngestProblem(location, "record has no text (the 'text' key is missing or empty)", reason="no_text")
    url = _optional_text(record.get("url"))
    published = model.parse_published(record.get("published"))
    if record.get("published") and published is None:
        raise IngestProblem(location, f"'published' is not an ISO date: {record.get('published')!r}",
                            reason="bad_record")
    source_type = _optional_text(record.get("source_type"))
    article = model.Article(
        id=identity.article_id(url=url, text=text), text=text, url=url,
        title=_optional_text(record.get("title")), published=published,
        language=(_optional_text(record.get("language")) or "")[:8] or None,
        outlet=(_optional_text(record.get("outlet")) or "")[:200] or None,
        source_type=source_type if source_type in codebook.SOURCE_TYPES else None,
        fetched_at=dt.datetime.now(dt.UTC), content_hash=identity.content_hash(text),
    )
    metadata = {key: value for key, value in record.items() if key not in _ARTICLE_KEYS | _DROPPED_KEYS}
    if source_type and source_type not in codebook.SOURCE_TYPES:
        metadata["source_type_given"] = source_type
    if record.get("id") is not None:
        metadata["input_id"] = record["id"]
    metadata["path"] = location.rsplit(":", 1)[0]
    return Collected(article=article, origin=origin, raw=raw, metadata=metadata)


def _optional_text(value: object) -> str | None:
    return clean_text(value).strip() or None if isinstance(value, str) else None
