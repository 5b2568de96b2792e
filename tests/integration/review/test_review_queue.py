"""The queue: filters in the URL, next/previous, approve-and-next and bulk actions over HTTP."""

from __future__ import annotations

import datetime as dt

import pytest
from django.http import QueryDict

from protest_tracker.review.queue import filtered_events, neighbours, parse_filters
from protest_tracker.review.testing import make_article, make_event
from protest_tracker.store.models import Campaign, Event

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


@pytest.fixture
def events(db):
    campaign = Campaign.objects.create(public_id="CMP-1", name="Consulate pickets")
    almaty = make_event(date="2022-03-01", city="Almaty", grievance_categories=["xinjiang_ethnic_kin"],
                        confidence=0.9, article=make_article(text="Relatives picketed the consulate.", outlet="Vlast"))
    almaty.campaign = campaign
    almaty.save()
    bishkek = make_event(date="2022-02-01", country="KG", city="Bishkek", grievance_categories=["elections_political"],
                         confidence=0.4)
    rejected = make_event(date="2022-01-01", status="rejected")
    return {"almaty": almaty, "bishkek": bishkek, "rejected": rejected}


def ids(query: str) -> list[str]:
    return list(filtered_events(parse_filters(QueryDict(query))).values_list("city", flat=True))


def test_each_filter(events):
    assert ids("") == ["Almaty", "Bishkek"]  # open events, newest first
    assert ids("status=all") == ["Almaty", "Bishkek", "Zhanaozen"]
    assert ids("status=rejected") == ["Zhanaozen"]
    assert ids("country=KG") == ["Bishkek"]
    assert ids("date_from=2022-02-15") == ["Almaty"]
    assert ids("date_to=2022-02-15") == ["Bishkek"]
    assert ids("grievance=xinjiang_ethnic_kin") == ["Almaty"]
    assert ids("min_confidence=0.5") == ["Almaty"]
    assert ids("max_confidence=0.5") == ["Bishkek"]
    assert ids("source=Vlast") == ["Almaty"]
    assert ids("campaign=CMP-1") == ["Almaty"]
    assert ids("campaign=none") == ["Bishkek"]
    assert ids("q=bish") == ["Bishkek"]


def test_malformed_filters_are_reported_not_fatal(events, clients):
    filters = parse_filters(QueryDict("country=XX&date_from=soon&min_confidence=2&status=open"))
    assert set(filters.ignored) == {"country", "date_from", "min_confidence"}
    response = clients["viewer"].get("/review/?country=XX&grievance=nonsense")
    assert response.status_code == 200 and "Ignored malformed filter" in response.content.decode()


def test_filters_travel_in_the_url(events, clients):
    html = clients["viewer"].get("/review/?country=KZ&status=open").content.decode()
    assert f'/review/event/{events["almaty"].public_id}/?status=open&amp;country=KZ' in html
    assert "Bishkek" not in html


def test_next_and_previous(events):
    filters = parse_filters(QueryDict(""))
    assert neighbours(filters, events["almaty"].public_id) == (None, events["bishkek"].public_id)
    assert neighbours(filters, events["bishkek"].public_id) == (events["almaty"].public_id, None)
    assert neighbours(filters, events["rejected"].public_id) == (events["bishkek"].public_id, None)
    assert neighbours(filters, "KZ-1900-000001") == (None, None)


def test_neighbours_with_same_dates_and_undated_events(db):
    same = [make_event(date="2022-05-01") for _ in range(2)]
    undated = [make_event(date=None, country="KZ") for _ in range(2)]
    order = [same[0].public_id, same[1].public_id, undated[0].public_id, undated[1].public_id]
    filters = parse_filters(QueryDict(""))
    assert list(filtered_events(filters).values_list("public_id", flat=True)) == order
    walked = [order[0]]
    while (following := neighbours(filters, walked[-1])[1]) is not None:
        walked.append(following)
    assert walked == order
    assert [neighbours(filters, pid)[0] for pid in order] == [None, *order[:-1]]


def test_approve_and_next_keeps_the_queue(events, clients):
    first, second = events["almaty"], events["bishkek"]
    response = clients["coder"].post(f"/review/event/{first.public_id}/status/",
                                     {"status": "verified", "then": "next", "querystring": "status=open"})
    assert response["Location"] == f"/review/event/{second.public_id}/?status=open"
    response = clients["coder"].post(f"/review/event/{second.public_id}/status/",
                                     {"status": "rejected", "then": "next", "querystring": "status=open"})
    assert response["Location"] == "/review/?status=open"  # the queue is empty now
    assert Event.objects.get(pk=first.pk).status == "verified"
    assert Event.objects.get(pk=second.pk).status == "rejected"


def test_bulk_publish_by_admin(events, clients):
    Event.objects.filter(pk__in=[events["almaty"].pk, events["bishkek"].pk]).update(status="verified")
    chosen = [events["almaty"].public_id, events["bishkek"].public_id]
    clients["coder"].post("/review/bulk/", {"events": chosen, "action": "published"})
    assert not Event.objects.filter(status="published").exists()
    clients["admin"].post("/review/bulk/", {"events": chosen, "action": "published", "reason": "weekly release"})
    assert Event.objects.filter(status="published").count() == 2


def test_merged_event_url_redirects_to_the_survivor(events, clients):
    survivor, absorbed = events["almaty"], events["bishkek"]
    clients["coder"].post(f"/review/event/{survivor.public_id}/merge/", {"other": absorbed.public_id})
    response = clients["viewer"].get(f"/review/event/{absorbed.public_id}/")
    assert response.status_code == 302 and response["Location"] == f"/review/event/{survivor.public_id}/"
    assert clients["viewer"].get("/review/event/KZ-1999-999999/").status_code == 404


def test_edit_form_round_trip(events, clients):
    event = events["bishkek"]
    form = clients["coder"].get(f"/review/event/{event.public_id}/edit/").content.decode()
    assert 'value="xinjiang_ethnic_kin"' in form  # codebook choices offered
    bad = clients["coder"].post(f"/review/event/{event.public_id}/edit/", {"present_size_min": "1", "size_min": "many"})
    assert bad.status_code == 400 and "is not a whole number" in bad.content.decode()
    clients["coder"].post(f"/review/event/{event.public_id}/edit/", {
        "present_state_response": "1", "state_response": ["detention", "fine"],
        "present_date": "1", "date": "2022-02-02", "reason": "second source"})
    event.refresh_from_db()
    assert event.state_response == ["detention", "fine"] and event.date == dt.date(2022, 2, 2)


def test_htmx_request_gets_the_table_and_a_canonical_url(events, clients):
    response = clients["viewer"].get("/review/?country=KG&date_from=&q=", headers={"HX-Request": "true"})
    html = response.content.decode()
    assert "<html" not in html and "Bishkek" in html and "Almaty" not in html
    assert response["HX-Push-Url"] == "/review/?status=open&country=KG"
