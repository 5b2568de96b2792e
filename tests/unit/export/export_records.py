"""Event records as the web layer hands them to the writers (written for these tests)."""

from __future__ import annotations

import datetime as dt
from typing import Any


def record(n: int = 1, **overrides: Any) -> dict[str, Any]:
    """A plausible record; ``n`` varies the id, date and numbers."""
    base: dict[str, Any] = {
        "event_id": f"KZ-2024-{n:06d}",
        "date": (dt.date(2024, 1, 1) + dt.timedelta(days=n % 300)).isoformat(),
        "date_precision": "day", "end_date": None, "country": "KZ", "region": "Almaty", "city": "Almaty",
        "venue": "the consulate", "venue_type": "foreign_mission", "latitude": 43.2567 + n / 1e5,
        "longitude": 76.9286, "geo_precision": 1, "event_type": "picket",
        "participants": "relatives of detained people", "participant_groups": ["relatives_of_detainees"],
        "organisers": None, "size_min": 5 + n % 7, "size_max": 10 + n % 7, "size_text": "about ten people",
        "grievance_categories": ["xinjiang_ethnic_kin"], "demands": ["release our relatives"],
        "targets": ["China"], "target_categories": ["foreign_state"], "state_response": ["monitoring"],
        "response_counts": {}, "protester_violence": False, "pro_government": False, "aggregate": False,
        "fatalities": None, "injuries": None, "campaign_id": "CMP-KZ-00001", "status": "published",
        "confidence": 0.9, "updated_at": "2024-05-01T10:00:00+00:00",
        "sources": [{"article_id": f"a{n}", "outlet": "Vlast", "title": "A picket", "url": f"https://example.org/{n}",
                     "published": "2024-05-01", "language": "ru", "source_type": "independent"}],
        "n_sources": 1,
    }
    base.update(overrides)
    return base


def records(count: int) -> list[dict[str, Any]]:
    """``count`` records with a few hard cases mixed in (formulas, quotes, commas, newlines, no place)."""
    rows = [record(i) for i in range(1, count + 1)]
    if count >= 4:
        rows[0].update(participants="=HYPERLINK(\"http://evil\")", venue="+7 777 ...", demands=["-fix it", "a, b"])
        rows[1].update(size_text="'=already quoted", organisers="@group", latitude=None, longitude=None, geo_precision=None)
        rows[2].update(state_response=["detention", "force_violence"], response_counts={"detention": 12}, fatalities=1,
                       participants="line one\nline two, with \"quotes\"")
        rows[3].update(event_type="riot", protester_violence=True, date="2024-03", date_precision="month",
                       country="KG", city="Bishkek", region="Bishkek", participant_groups=[], grievance_categories=[])
    return rows
