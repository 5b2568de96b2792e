"""Telegram Desktop channel exports (``result.json``).

``text`` is a string or a list of strings and entity objects (``{"type": "link",
"text": ...}``, ``{"type": "text_link", "text": ..., "href": ...}``, bold, …).
Each post becomes an article whose URL is ``https://t.me/<username>/<id>`` when
the channel's username is known, else the stable pseudo-URL
``tg://channel/<channel-id>/<message-id>``. Service messages are skipped;
messages without text and malformed messages are reported one by one: whatever is wrong with one
message (an impossible ``date_unixtime``, a part of an unexpected type) is that message's failure,
and the messages after it are still read. A channel name or username of the wrong type is ignored
rather than failing the export; every text goes through :func:`~protest_tracker.ingest.records.clean_text`.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Iterator
from pathlib import Path
from typing import Any

from protest_tracker import identity, model
from protest_tracker.ingest.errors import TelegramExportError
from protest_tracker.ingest.records import Collected, Failure, Item, Skipped, clean_text

MAX_EXPORT_BYTES = 1024 * 1024 * 1024
_LINK_TYPES = ("link", "text_link", "url")
#: What Telegram allows in a public username (5-32 in practice; we only need it safe in a URL).
_USERNAME = re.compile(r"[A-Za-z0-9_]{1,64}")


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
    except RecursionError:
        raise TelegramExportError(location, "JSON nested too deeply to read") from None
    if not isinstance(data, dict) or not isinstance(data.get("messages"), list):
        raise TelegramExportError(location, "not a Telegram Desktop channel export: expected an object with a "
                                            "'messages' list (export one chat as JSON, not the whole account)")
    return data


def _published(message: dict[str, Any]) -> dt.date | None:
    """The post's date: ``date_unixtime`` when it is a real moment, else the ISO ``date``, else none."""
    unix = message.get("date_unixtime")
    if isinstance(unix, str | int) and not isinstance(unix, bool) and str(unix).isdigit() and len(str(unix)) <= 12:
        try:
            return dt.datetime.fromtimestamp(int(unix), dt.UTC).date()
        except (OverflowError, OSError, ValueError):
            pass  # beyond the calendar: fall back to the ISO date
    return model.parse_published(message.get("date"))


def _username(given: str | None, data: dict[str, Any]) -> str | None:
    """The channel's public username (``@`` dropped) when it is a string a URL can hold, else ``None``."""
    value = given if given else data.get("username")
    value = value.strip().lstrip("@") if isinstance(value, str) else ""
    return value if _USERNAME.fullmatch(value) else None


def _channel_id(data: dict[str, Any]) -> int | str | None:
    value = data.get("id")
    if isinstance(value, int) and not isinstance(value, bool):
        return value
    return value if isinstance(value, str) and _USERNAME.fullmatch(value) else None


def iter_export(path: Path, *, username: str | None = None, source_slug: str | None = None) -> Iterator[Item]:
    """Yield one item per message of the export at ``path``."""
    data = load_export(path)
    name = data.get("name")
    channel = clean_text(name if isinstance(name, str) and name.strip() else path.parent.name or "telegram").strip()
    channel_id = _channel_id(data)
    username = _username(username, data)
    for index, message in enumerate(data["messages"]):
        message_id = message.get("id") if isinstance(message, dict) else None
        where = f"{path}#message={message_id if isinstance(message_id, int) else f'index {index}'}"
        try:
            yield _message_item(message, where=where, path=path, channel=channel or "telegram",
                                channel_id=channel_id, username=username, source_slug=source_slug)
        except Exception as exc:  # one broken message never loses the ones after it
            detail = "nested too deeply" if isinstance(exc, RecursionError) else f"{type(exc).__name__}: {exc}"
            yield Failure(where, "bad_message", f"could not be read: {detail}"[:500], source_slug=source_slug)


def _message_item(message: Any, *, where: str, path: Path, channel: str, channel_id: int | str | None,
                  username: str | None, source_slug: str | None) -> Item:
    """One message as an item (see :func:`iter_export`)."""
    if not isinstance(message, dict):
        return Failure(where, "bad_message", f"message is a {type(message).__name__}, expected an object")
    if message.get("type") == "service":
        return Skipped(where, "service_message")
    message_id = message.get("id")
    if not isinstance(message_id, int) or isinstance(message_id, bool):
        return Failure(where, "bad_message", "message has no numeric 'id'")
    try:
        text, links = flatten_text(message.get("text"))
    except ValueError as exc:
        return Failure(where, "bad_message", str(exc))
    text = clean_text(text).strip()
    if not text:
        return Failure(where, "no_text", "message has no text (media only?)")
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
    return Collected(article=article, origin="telegram", raw=raw, metadata=metadata, source_slug=source_slug)
