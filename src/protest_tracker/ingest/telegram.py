"""Telegram Desktop channel exports (``result.json``).

``text`` is a string or a list of strings and entity objects (``{"type": "link",
"text": ...}``, ``{"type": "text_link", "text": ..., "href": ...}``, bold, …).
Each post becomes an article whose URL is ``https://t.me/<username>/<id>`` when
the channel's username is known, else the stable pseudo-URL
``tg://channel/<channel-id>/<message-id>``. Service messages are skipped;
messages without text and malformed messages are reported one by one.
"""

from __future__ import annotations

import datetime as dt
import json
import unicodedata
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from protest_tracker import identity, model
from protest_tracker.ingest.errors import TelegramExportError
from protest_tracker.ingest.records import Collected, Failure, Item, Skipped

MAX_EXPORT_BYTES = 1024 * 1024 * 1024
_LINK_TYPES = ("link", "text_link", "url")


def flatten_text(value: Any) -> tuple[str, list[str]]:
    """``(plain text, links)`` from a ``text`` field that is a string or a list of parts."""
    if value is None:
        return "", []
    if isinstance(value, str):
        return value, []
    if not isinstance(value, list):
        raise ValueError(f"'text' is a {type(value).__name__}, expected a string or a list")
    pieces: list[str] = []
    links: list[str] = []
    for part in value:
        if isinstance(part, str):
            pieces.append(part)
        elif isinstance(part, dict):
            text = part.get("text")
            pieces.append(text if isinstance(text, str) else "")
            if part.get("type") == "text_link" and isinstance(part.get("href"), str):
                links.append(part["href"])
            elif part.get("type") in _LINK_TYPES and isinstance(text, str):
                links.append(text)
        else:
            raise ValueError(f"a part of 'text' is a {type(part).__name__}, expected a string or an object")
    return "".join(pieces), links


def load_export(path: Path) -> dict[str, Any]:
    """Read and check the top level of an export; raise :class:`TelegramExportError` naming the problem."""
    location = str(path)
    try:
        size = path.stat().st_size
    except OSError as exc:
        raise TelegramExportError(location, f"cannot read the export ({exc.strerror or exc})") from None
    if size > MAX_EXPORT_BYTES:
        raise TelegramExportError(location, f"export of {size:,} bytes is over the {MAX_EXPORT_BYTES:,}-byte cap")
    try:
        with path.open("r", encoding="utf-8-sig") as handle:
            data = json.load(handle)
    except UnicodeDecodeError as exc:
        raise TelegramExportError(location, f"not UTF-8 text ({exc.reason})") from None
    except json.JSONDecodeError as exc:
        raise TelegramExportError(location, f"not valid JSON (truncated or corrupt): {exc.msg} at line "
                                            f"{exc.lineno}, column {exc.colno}") from None
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        raise TelegramExportError(location, "not a Telegram Desktop channel export: expected an object with a "
                                            "'messages' list (export one chat as JSON, not the whole account)")
    return data


def _published(message: dict[str, Any]) -> dt.date | None:
    unix = message.get("date_unixtime")
    if isinstance(unix, str | int) and str(unix).isdigit():
        return dt.datetime.fromtimestamp(int(unix), dt.UTC).date()
    return model.parse_published(message.get("date"))


def iter_export(path: Path, *, username: str | None = None, source_slug: str | None = None) -> Iterator[Item]:
    """Yield one item per message of the export at ``path``."""
    data = load_export(path)
    channel = str(data.get("name") or path.parent.name or "telegram")
    channel_id = data.get("id")
    username = (username or data.get("username") or "").lstrip("@") or None
    for index, message in enumerate(data["messages"]):
        where = f"{path}#message={message.get('id', f'index {index}') if isinstance(message, dict) else f'index {index}'}"
        if not isinstance(message, dict):
            yield Failure(where, "bad_message", f"message is a {type(message).__name__}, expected an object")
            continue
        if message.get("type") == "service":
            yield Skipped(where, "service_message")
            continue
        message_id = message.get("id")
        if not isinstance(message_id, int):
            yield Failure(where, "bad_message", "message has no numeric 'id'")
            continue
        try:
            text, links = flatten_text(message.get("text"))
        except ValueError as exc:
            yield Failure(where, "bad_message", str(exc))
            continue
        text = unicodedata.normalize("NFC", text.strip())
        if not text:
            yield Failure(where, "no_text", "message has no text (media only?)")
            continue
        if username:
            url = f"https://t.me/{username}/{message_id}"
        elif channel_id is not None:
            url = f"tg://channel/{channel_id}/{message_id}"
        else:
            url = None
        first_line = text.splitlines()[0].strip()
        article = model.Article(
            id=identity.article_id(url=url, text=text), text=text, url=url,
            title=first_line[:120] + ("…" if len(first_line) > 120 else ""),
            published=_published(message), outlet=channel[:200], source_type="telegram",
            fetched_at=dt.datetime.now(dt.UTC), content_hash=identity.content_hash(text),
        )
        metadata = {
            "channel": channel, "channel_id": channel_id, "username": username, "message_id": message_id,
            "date": message.get("date"), "links": links, "edited": message.get("edited"),
            "forwarded_from": message.get("forwarded_from"), "export": str(path),
        }
        raw = json.dumps(message, ensure_ascii=False)
        yield Collected(article=article, origin="telegram", raw=raw, metadata=metadata, source_slug=source_slug)
