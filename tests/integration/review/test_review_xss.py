"""Hostile article text, titles, comments and scraped HTML are rendered inert on the review pages."""

from __future__ import annotations

import pytest

from protest_tracker.review.services.edits import add_comment
from protest_tracker.review.testing import make_article, make_event

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]

PAYLOAD = '<script>alert("x")</script><img src=x onerror=alert(1)>'


def test_script_in_article_text_and_evidence_is_escaped(clients, users):
    text = f"Forty residents gathered. {PAYLOAD} They demanded gas."
    start = text.index("<script>")
    article = make_article(text=text, title=f"Title {PAYLOAD}",
                           raw=f"<html><body><p>Hello</p>{PAYLOAD}<a href=\"javascript:alert(2)\">x</a></body></html>")
    event = make_event(text=text, article=article, participants=PAYLOAD,
                       evidence=[{"field": "event", "text": text[start:start + 30], "start": start, "end": start + 30}])
    add_comment(event, PAYLOAD, actor=users["coder"])
    html = clients["admin"].get(f"/review/event/{event.public_id}/").content.decode()
    assert "<script>alert" not in html
    assert "<img src=x" not in html and "&lt;img src=x onerror=alert(1)&gt;" in html
    assert "&lt;script&gt;alert(&quot;x&quot;)&lt;/script&gt;" in html
    assert '<mark data-field="event" title="event">&lt;script&gt;' in html  # the mark wraps escaped text
    assert "javascript:alert" not in html  # nh3 dropped the link target of the scraped page
    assert "<p>Hello</p>" in html  # harmless markup of the scraped page survives
    for page in ("/review/", f"/review/event/{event.public_id}/audit/", f"/review/event/{event.public_id}/edit/"):
        assert "<script>alert" not in clients["admin"].get(page).content.decode()


def test_hostile_evidence_offsets_are_ignored(clients):
    text = "Short text."
    event = make_event(text=text, evidence=[{"field": "x\"><script>", "text": "nope", "start": 5, "end": 500},
                                            {"field": "city", "text": "text", "start": None, "end": None}])
    html = clients["viewer"].get(f"/review/event/{event.public_id}/").content.decode()
    assert '<mark data-field="city" title="city">text</mark>' in html
    assert 'x"><script>' not in html
