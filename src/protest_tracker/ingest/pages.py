"""Main text, title, date and language of an HTML page (trafilatura), and single-URL ingest."""

from __future__ import annotations

import datetime as dt
import re
import unicodedata
from dataclasses import dataclass
from typing import Any

import trafilatura

from protest_tracker import identity, model
from protest_tracker.ingest.encoding import decode_bytes
from protest_tracker.ingest.errors import ContentError, ExtractionError, IngestProblem
from protest_tracker.ingest.http import Fetcher
from protest_tracker.ingest.records import Collected, Failure

_HTML_LANG = re.compile(r"""<html[^>]*\slang\s*=\s*["']?([A-Za-z]{2,3})""", re.IGNORECASE)
_CANONICAL = re.compile(r"""<link[^>]+rel=["']canonical["'][^>]*>""", re.IGNORECASE)
#: Content types we read as pages (anything else, e.g. PDF or images, is refused with a reason).
TEXTUAL_TYPES = ("html", "xml", "text/")
#: Less main text than this is not an article (a menu, a cookie notice).
MIN_TEXT_CHARS = 25
MIN_RECALL_CHARS = 100
_HREF = re.compile(r"""href=["']([^"']+)["']""", re.IGNORECASE)


@dataclass(frozen=True, slots=True)
class PageContent:
    """What was read from a page. ``language`` comes from the page's markup, when it declares one."""

    text: str
    title: str | None
    published: dt.date | None
    language: str | None
    canonical_url: str | None


def declared_language(html: str, *, content_language: str | None = None) -> str | None:
    """The two-letter language from ``<html lang>`` or a ``Content-Language`` header, if any."""
    match = _HTML_LANG.search(html[:4096])
    value = match.group(1) if match else (content_language or "")
    value = value.strip().lower()[:2]
    return value or None


def extract_page(html: str, *, url: str | None = None, content_language: str | None = None) -> PageContent:
    """Extract the main content of ``html``; raise :class:`ExtractionError` when there is none."""
    document: Any = None  # trafilatura's Document
    for precision in (True, False):
        candidate: Any = trafilatura.bare_extraction(html, url=url, with_metadata=True, favor_precision=precision,
                                                favor_recall=not precision, include_comments=False)
        found = len((candidate.text or "").strip()) if candidate is not None else 0
        # the recall pass picks up menus and footers on empty pages: only trust it for real text
        if found >= (MIN_TEXT_CHARS if precision else MIN_RECALL_CHARS):
            document = candidate
            break
    if document is None:
        raise ExtractionError(url or "(page)", "no main text found in the page")
    text = unicodedata.normalize("NFC", document.text.strip())
    canonical = _CANONICAL.search(html[:65536])
    href = _HREF.search(canonical.group(0)) if canonical else None
    return PageContent(
        text=text,
        title=unicodedata.normalize("NFC", document.title.strip()) if document.title else None,
        published=model.parse_published(document.date),
        language=declared_language(html, content_language=content_language),
        canonical_url=href.group(1) if href and href.group(1).startswith(("http://", "https://")) else None,
    )


def article_from_page(page: PageContent, *, url: str | None, source_type: str | None = None,
                      outlet: str | None = None) -> model.Article:
    """A :class:`model.Article` for an extracted page (id from the URL, else from the text)."""
    return model.Article(
        id=identity.article_id(url=url, text=page.text),
        text=page.text,
        url=url,
        title=page.title,
        published=page.published,
        language=page.language,
        outlet=outlet,
        source_type=source_type,
        fetched_at=dt.datetime.now(dt.UTC),
        content_hash=identity.content_hash(page.text),
    )


def fetch_article(url: str, fetcher: Fetcher, *, outlet: str | None = None, source_type: str | None = None,
                  origin: str = "url", source_slug: str | None = None) -> Collected:
    """Fetch and extract one article page; raises an :class:`IngestProblem` on failure."""
    response = fetcher.get(url)
    content_type = response.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type and not any(kind in content_type for kind in TEXTUAL_TYPES):
        raise ContentError(url, f"not a web page (Content-Type {content_type})", reason="unsupported_content_type")
    html, charset = decode_bytes(response.content, http_charset=response.charset)
    page = extract_page(html, url=response.final_url, content_language=response.headers.get("content-language"))
    article = article_from_page(page, url=response.final_url, outlet=outlet, source_type=source_type)
    metadata = {"requested_url": url, "final_url": response.final_url, "charset": charset,
                "http_status": response.status, "canonical_link": page.canonical_url}
    return Collected(article=article, origin=origin, raw=html, metadata=metadata, source_slug=source_slug)


def ingest_urls(urls: list[str], fetcher: Fetcher, *, origin: str = "url"):
    """Yield a :class:`Collected` or a :class:`Failure` for each URL."""
    for url in urls:
        try:
            yield fetch_article(url, fetcher, origin=origin)
        except IngestProblem as error:
            yield Failure.from_error(error, location=url)
