"""Evidence highlighting builds HTML from escaped pieces; scraped HTML is cleaned by nh3."""

from __future__ import annotations

from protest_tracker.review.evidence import highlight, sanitise_html


def test_spans_are_marked_and_everything_else_escaped():
    text = "A <b>crowd</b> of 40 & more"
    html = str(highlight(text, [{"field": "size", "text": "40", "start": 18, "end": 20}]))
    assert html == 'A &lt;b&gt;crowd&lt;/b&gt; of <mark data-field="size" title="size">40</mark> &amp; more'


def test_overlapping_and_out_of_range_spans():
    text = "abcdefghij"
    html = str(highlight(text, [
        {"field": "a", "start": 0, "end": 5}, {"field": "b", "start": 3, "end": 8},
        {"field": "c", "start": 8, "end": 99}, {"field": "d", "text": "hij"},
    ]))
    assert html == '<mark data-field="a" title="a">abcde</mark>fg<mark data-field="d" title="d">hij</mark>'


def test_field_names_cannot_break_out_of_the_attribute():
    html = str(highlight("xyz", [{"field": '"><script>', "start": 0, "end": 1}]))
    assert "<script>" not in html and "&quot;&gt;&lt;script&gt;" in html


def test_empty_text():
    assert str(highlight("", [{"field": "x", "start": 0, "end": 3}])) == ""


def test_scraped_html_is_sanitised():
    raw = ('<div onclick="x()"><p>Rally <em>today</em></p><script>steal()</script>'
           '<img src="https://tracker.example/p.gif"><a href="javascript:alert(1)">bad</a>'
           '<a href="https://example.org/">ok</a><style>body{}</style></div>')
    html = str(sanitise_html(raw))
    assert "<p>Rally <em>today</em></p>" in html
    for banned in ("<script", "steal()", "onclick", "<img", "javascript:", "<style", "<div"):
        assert banned not in html
    assert 'href="https://example.org/"' in html and "noopener" in html
