"""RSS/Atom feeds: conditional fetch, deliberate ``bozo`` checks, then each item's page.

feedparser is only ever given bytes we fetched ourselves (never a URL), so a
timeout or a refused address is an error, not an empty feed.
"""

from __future__ import annotations

import datetime as dt
import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass

import feedparser
import lxml.html

from protest_tracker import identity, model
from protest_tracker.ingest.errors import FeedParseError, IngestProblem
from protest_tracker.ingest.http import Fetcher
from protest_tracker.ingest.pages import fetch_article
from protest_tracker.ingest.records import Collected, Failure, Item

#: feedparser's bozo exceptions that do not make a feed unreadable.
BENIGN_BOZO = ("CharacterEncodingOverride", "NonXMLContentType")


@dataclass(frozen=True, slots=True)
class FeedState:
    """Validators from the last successful fetch, sent back as If-None-Match / If-Modified-Since."""

    etag: str | None = None
    last_modified: str | None = None

    def headers(self) -> dict[str, str]:
        headers = {}
        if self.etag:
            headers["If-None-Match"] = self.etag
        if self.last_modified:
            headers["If-Modified-Since"] = self.last_modified
        return headers


@dataclass(frozen=True, slots=True)
class FeedEntry:
    link: str | None
    title: str | None
    summary: str
    published: dt.date | None
    entry_id: str | None


@dataclass(frozen=True, slots=True)
class FeedFetch:
    """A fetched feed: ``not_modified`` (304) or its entries, plus the state to store for next time."""

    url: str
    not_modified: bool
    state: FeedState
    entries: tuple[FeedEntry, ...] = ()
    language: str | None = None
    title: str | None = None
    warning: str | None = None


def _plain(html: str) -> str:
    if not html or not html.strip():
        return ""
    try:
        text = lxml.html.fromstring(html).text_content()
    except (ValueError, lxml.etree.ParserError):
        text = html
    return unicodedata.normalize("NFC", " ".join(text.split()))


def _date(entry) -> dt.date | None:
    """The item's date; ``None`` when absent or impossible (feedparser passes ``0000-00-00`` on as year -1)."""
    for key in ("published_parsed", "updated_parsed"):
        value = entry.get(key)
        if value:
            try:
                return dt.date(value.tm_year, value.tm_mon, value.tm_mday)
            except (ValueError, TypeError, OverflowError):
                continue
    return None


def parse_feed(content: bytes, *, url: str, content_type: str | None = None) -> tuple[feedparser.FeedParserDict, str | None]:
    """Parse feed bytes; raise :class:`FeedParseError` when they are not a readable feed.

    Returns the parsed feed and a warning when feedparser recovered from an XML error.
    """
    headers = {"content-type": content_type} if content_type else {}
    parsed = feedparser.parse(content, response_headers=headers, sanitize_html=True, resolve_relative_uris=True)
    warning = None
    if parsed.get("bozo"):
        problem = parsed.get("bozo_exception")
        name = type(problem).__name__
        if name not in BENIGN_BOZO:
            if not parsed.entries:
                raise FeedParseError(url, f"malformed feed: {name}: {problem}")
            warning = f"feed is not well-formed ({name}: {problem}); {len(parsed.entries)} item(s) recovered"
    if not parsed.get("version") and not parsed.entries:
        raise FeedParseError(url, "not an RSS or Atom feed (no feed version and no items)")
    return parsed, warning


def read_feed(url: str, fetcher: Fetcher, *, state: FeedState | None = None) -> FeedFetch:
    """Fetch ``url`` (conditionally when ``state`` is given) and parse it; raises on any failure."""
    response = fetcher.get(url, headers=(state or FeedState()).headers())
    new_state = FeedState(etag=response.headers.get("etag"), last_modified=response.headers.get("last-modified"))
    if response.not_modified:
        return FeedFetch(url=url, not_modified=True, state=state or new_state)
    parsed, warning = parse_feed(response.content, url=url, content_type=response.headers.get("content-type"))
    entries = tuple(
        FeedEntry(
            link=entry.get("link") or None,
            title=_plain(entry.get("title") or "") or None,
            summary=_plain(entry.get("summary") or entry.get("description") or ""),
            published=_date(entry),
            entry_id=entry.get("id") or None,
        )
        for entry in parsed.entries
    )
    language = (parsed.feed.get("language") or "").strip().lower()[:2] or None
    return FeedFetch(url=url, not_modified=False, state=new_state, entries=entries, language=language,
                     title=parsed.feed.get("title"), warning=warning)


def collect_entries(feed: FeedFetch, fetcher: Fetcher, *, outlet: str | None = None,
                    source_type: str | None = None, source_slug: str | None = None) -> Iterator[Item]:
    """Each entry's page as a :class:`Collected`; the feed summary when the page cannot be had."""
    for entry in feed.entries:
        feed_meta = {"feed_url": feed.url, "feed_entry_id": entry.entry_id}
        if entry.link:
            try:
                item = fetch_article(entry.link, fetcher, outlet=outlet, source_type=source_type,
                                     origin="feed", source_slug=source_slug)
            except IngestProblem as error:
                yield _from_summary(entry, feed, error=error, outlet=outlet, source_type=source_type,
                                    source_slug=source_slug)
                continue
            article = item.article
            if article.published is None or article.language is None or article.title is None:
                article = model.Article(**{**_fields(article), "published": article.published or entry.published,
                                           "language": article.language or feed.language,
                                           "title": article.title or entry.title})
            yield Collected(article=article, origin="feed", raw=item.raw,
                            metadata={**item.metadata, **feed_meta}, source_slug=source_slug)
        else:
            yield _from_summary(entry, feed, error=None, outlet=outlet, source_type=source_type,
                                source_slug=source_slug)


def _fields(article: model.Article) -> dict:
    return {name: getattr(article, name) for name in article.__slots__}


def _from_summary(entry: FeedEntry, feed: FeedFetch, *, error: IngestProblem | None, outlet: str | None,
                  source_type: str | None, source_slug: str | None) -> Item:
    where = entry.link or f"{feed.url}#{entry.entry_id or entry.title}"
    text = "\n\n".join(part for part in (entry.title, entry.summary) if part)
    if not entry.summary:
        reason = error.reason if error else "no_link"
        detail = (error.message if error else "feed item has no link") + "; and the feed item has no summary"
        return Failure(location=where, reason=reason, detail=detail, source_slug=source_slug)
    why = f"page not fetched ({error.reason}: {error.message})" if error else "feed item has no link"
    article = model.Article(
        id=identity.article_id(url=entry.link, text=text), text=text, url=entry.link, title=entry.title,
        published=entry.published, language=feed.language, outlet=outlet, source_type=source_type,
        fetched_at=dt.datetime.now(dt.UTC), content_hash=identity.content_hash(text),
    )
    metadata = {"feed_url": feed.url, "feed_entry_id": entry.entry_id, "text_from": "feed_summary",
                "page_error": error.reason if error else None}
    return Collected(article=article, origin="feed", raw=entry.summary, metadata=metadata,
                     source_slug=source_slug, note=f"{where}: {why}; stored the feed summary instead")
