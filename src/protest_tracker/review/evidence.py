"""Article text with its evidence spans marked, built from escaped segments (never trusting the text)."""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any

import nh3
from django.utils.html import escape, format_html
from django.utils.safestring import SafeString, mark_safe


def _spans(text: str, evidence: Iterable[Mapping[str, Any]]) -> list[tuple[int, int, str]]:
    """Valid (start, end, field) spans, sorted, overlaps dropped; spans without offsets are located by text."""
    found = []
    for item in evidence or ():
        start, end, snippet = item.get("start"), item.get("end"), str(item.get("text") or "")
        if not (isinstance(start, int) and isinstance(end, int) and 0 <= start < end <= len(text)):
            position = text.find(snippet) if snippet else -1
            if position < 0:
                continue
            start, end = position, position + len(snippet)
        found.append((start, end, str(item.get("field") or "event")))
    found.sort()
    kept: list[tuple[int, int, str]] = []
    for span in found:
        if kept and span[0] < kept[-1][1]:
            continue
        kept.append(span)
    return kept


def highlight(text: str, evidence: Iterable[Mapping[str, Any]]) -> SafeString:
    """``text`` escaped, with each evidence span wrapped in ``<mark data-field=…>``.

    Every piece of the article goes through ``escape``; only our own tags are trusted.
    """
    text = text or ""
    pieces: list[str] = []
    cursor = 0
    for start, end, field in _spans(text, evidence):
        pieces.append(escape(text[cursor:start]))
        pieces.append(format_html('<mark data-field="{}" title="{}">{}</mark>', field, field, text[start:end]))
        cursor = end
    pieces.append(escape(text[cursor:]))
    return mark_safe("".join(str(p) for p in pieces))  # noqa: S308 - every piece is escaped above


#: Tags kept when showing a scraped HTML payload (no scripts, styles, images or forms).
SAFE_TAGS = {"p", "br", "b", "strong", "i", "em", "ul", "ol", "li", "blockquote", "h2", "h3", "h4", "a"}


def sanitise_html(raw: str) -> SafeString:
    """Scraped HTML reduced by nh3 to harmless text markup (links get rel=noopener noreferrer)."""
    cleaned = nh3.clean(raw or "", tags=SAFE_TAGS, attributes={"a": {"href"}}, url_schemes={"http", "https"},
                        link_rel="noopener noreferrer nofollow")
    return mark_safe(cleaned)  # noqa: S308 - sanitised by nh3
