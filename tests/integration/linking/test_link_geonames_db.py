"""The GeoNames id is stored on events and incremental linking in the database compares it."""

from __future__ import annotations

import pytest
from linking_db_support import FixturePipeline, event_with, save

from protest_tracker.store.events import event_to_exchange
from protest_tracker.store.models import Event
from protest_tracker.store.processing import process_pending

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]

KULOB = 1221194
AKSU_PAVLODAR, AKSU_TURKISTAN = 1524298, 1525462


def record(article: str, *, country: str, city: str, geonames_id: int | None, groups: list[str],
           published: str = "2023-05-03") -> dict:
    """One article with one event (own wording; the evidence makes each article text unique)."""
    event = {"date": "2023-05-02", "date_precision": "day", "country": country, "city": city,
             "geonames_id": geonames_id, "event_type": "demonstration", "participant_groups": groups,
             "confidence": 0.7, "evidence": f"{article}: people gathered in {city}"}
    return {"id": article, "outlet": f"{article}.example", "language": "en", "published": published,
            "events": [event]}


def test_spelling_variants_with_one_id_become_one_event_that_keeps_the_id():
    records = [record("geo-a", country="TJ", city="Kulob", geonames_id=KULOB, groups=["traders"]),
               record("geo-b", country="TJ", city="Kulyab", geonames_id=KULOB, groups=["traders"],
                      published="2023-05-04")]
    save(records)
    process_pending(pipeline=FixturePipeline(records), campaigns=False)
    event = event_with("geo-a")
    assert event == event_with("geo-b") and Event.objects.count() == 1
    assert event.geonames_id == KULOB and "city" not in event.conflicts
    assert event_to_exchange(event)["geonames_id"] == KULOB
    assert event.reports.get(article_id="geo-b").extracted["geonames_id"] == KULOB


def test_namesakes_with_different_ids_stay_two_events():
    records = [record("geo-c", country="KZ", city="Aksu", geonames_id=AKSU_PAVLODAR, groups=["workers"]),
               record("geo-d", country="KZ", city="Aksu", geonames_id=AKSU_TURKISTAN, groups=["workers"])]
    save(records)
    process_pending(pipeline=FixturePipeline(records), campaigns=False)
    assert event_with("geo-c") != event_with("geo-d")
    assert {e.geonames_id for e in Event.objects.all()} == {AKSU_PAVLODAR, AKSU_TURKISTAN}


def test_events_without_ids_still_link_by_name():
    records = [record("geo-e", country="KZ", city="Aksu", geonames_id=None, groups=["workers"]),
               record("geo-f", country="KZ", city="Aksu", geonames_id=AKSU_PAVLODAR, groups=["workers"])]
    save(records)
    process_pending(pipeline=FixturePipeline(records), campaigns=False)
    event = event_with("geo-e")
    assert event == event_with("geo-f") and event.geonames_id == AKSU_PAVLODAR
