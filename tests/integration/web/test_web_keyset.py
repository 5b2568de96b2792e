"""Keyset pages of the event list: every event once, in order, stable while events are added."""

from __future__ import annotations

import datetime as dt

import pytest

from protest_tracker.store.models import Event
from protest_tracker.web import keyset

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


@pytest.fixture
def listed(make):
    """Seven events: ties on a date (ordered by id), and two undated ones (listed last)."""
    days = [dt.date(2024, 1, d) for d in (5, 5, 5, 3, 9, 1, 1)]
    events = [make.make_event(city=("Almaty", "Bishkek", "Khorog")[i % 3], date=d) for i, d in enumerate(days)]
    Event.objects.filter(pk__in=[events[5].pk, events[6].pk]).update(date=None)
    return events


def expected_order() -> list[str]:
    dated = Event.objects.filter(date__isnull=False).order_by("-date", "-id")
    undated = Event.objects.filter(date__isnull=True).order_by("-id")
    return [e.public_id for e in [*dated, *undated]]


def walk_json(client, size: int, *, between=None) -> list[str]:
    seen, url, pages = [], f"/events.json?size={size}", 0
    while url:
        body = client.get(url).json()
        seen += [e["event_id"] for e in body["events"]]
        url, pages = body["next"], pages + 1
        if between and pages == 1:
            between()
    return seen


@pytest.mark.parametrize("size", [1, 2, 3, 7, 50])
def test_pages_list_every_event_once_in_order(client, listed, size):
    assert walk_json(client, size) == expected_order()


def test_newer_pages_walk_back_to_the_first(client, listed):
    order = expected_order()
    first = client.get("/events.json?size=3").json()
    second = client.get(first["next"]).json()
    third = client.get(second["next"]).json()
    assert [e["event_id"] for e in third["events"]] == order[6:] and third["next"] is None
    back = client.get(third["previous"]).json()
    assert [e["event_id"] for e in back["events"]] == order[3:6]
    back = client.get(back["previous"]).json()
    assert [e["event_id"] for e in back["events"]] == order[:3] and back["previous"] is None
    assert first["previous"] is None and first["count"] == 7


def test_inserts_while_paging_neither_shift_nor_repeat_rows(client, listed, make):
    before = expected_order()

    def add_events():
        make.make_event(city="Almaty", date=dt.date(2024, 1, 9))  # newer than the page read: not listed again
        make.make_event(city="Almaty", date=dt.date(2023, 12, 31))  # older: shows up in its place

    seen = walk_json(client, 2, between=add_events)
    assert len(seen) == len(set(seen)) == 8
    assert [s for s in seen if s in before] == before


def test_html_pager_links_carry_tokens_and_filters(client, listed):
    page = client.get("/events?country=KZ").content.decode()
    assert "after=" not in page  # three Almaty events fit one page
    tokens = keyset.page(Event.objects.all(), after=None, before=None, size=2)
    assert tokens.older and tokens.newer is None
    html = client.get(f"/events?after={tokens.older}").content.decode()
    assert 'rel="prev"' in html and "before=" in html


@pytest.mark.parametrize("bad", ["nonsense", "eyJ4IjoxfQ", "WyJlIiwgIjIwMjQtMDEtMDEiLCAtMV0"])
def test_forged_tokens_are_a_plain_400(client, listed, bad):
    assert client.get(f"/events.json?after={bad}").status_code == 400
    assert client.get(f"/events?before={bad}").status_code == 400


def test_api_cursor_pages_are_stable_under_inserts(client, listed, make):
    first = client.get("/api/v1/events?limit=4").json()
    make.make_event(city="Bishkek", date=dt.date(2024, 2, 2))
    rest = client.get(f"/api/v1/events?limit=100&cursor={first['next_cursor']}").json()
    ids = [e["event_id"] for e in first["events"] + rest["events"]]
    assert len(ids) == len(set(ids)) == 8
