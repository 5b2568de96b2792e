"""Test data for the public site: events, reports, campaigns and people, written directly to the store."""

from __future__ import annotations

import datetime as dt
import hashlib
import itertools
from typing import Any

from django.utils import timezone

from protest_tracker.store.events import allocate_public_id
from protest_tracker.store.models import Article, Campaign, Event, EventReport, Person

_counter = itertools.count(1)

CITIES = {
    "Almaty": ("KZ", "Almaty", 43.2567, 76.9286),
    "Zhanaozen": ("KZ", "Mangystau", 43.3412, 52.8619),
    "Astana": ("KZ", "Astana", 51.1605, 71.4704),
    "Bishkek": ("KG", "Bishkek", 42.8700, 74.5900),
    "Khorog": ("TJ", "Gorno-Badakhshan", 37.4897, 71.5531),
}


def make_article(*, outlet: str = "Example Daily", title: str = "A report", language: str = "ru",
                 published: dt.date | None = None, source_type: str = "independent") -> Article:
    """An article with a unique id and URL."""
    n = next(_counter)
    url = f"https://news.example.org/{n}"
    return Article.objects.create(
        id=hashlib.sha256(url.encode()).hexdigest()[:32], url=url, canonical_url=url, outlet=outlet,
        title=title, language=language, published=published, text=f"Report number {n}.",
        content_hash=hashlib.sha256(str(n).encode()).hexdigest(), fetched_at=timezone.now(),
        source_type=source_type)


def make_event(*, city: str = "Almaty", date: dt.date = dt.date(2024, 3, 4), status: str = "published",
               campaign: Campaign | None = None, reports: int = 1, outlet: str = "Example Daily",
               **fields: Any) -> Event:
    """An event in a known city (coordinates filled in) with ``reports`` supporting articles."""
    country, region, lat, lon = CITIES[city]
    values: dict[str, Any] = {
        "country": country, "region": region, "city": city, "latitude": lat, "longitude": lon, "geo_precision": 1,
        "event_type": "picket", "participant_groups": ["relatives_of_detainees"], "participants": "relatives",
        "grievance_categories": ["xinjiang_ethnic_kin"], "target_categories": ["foreign_state"],
        "state_response": ["monitoring"], "size_min": 8,
    }
    values.update(fields)
    values.setdefault("size_max", values["size_min"] + 2 if values["size_min"] is not None else None)
    event = Event.objects.create(public_id=allocate_public_id(country, date.year), date=date, status=status,
                                 campaign=campaign, **values)
    for i in range(reports):
        article = make_article(outlet=outlet if i == 0 else f"{outlet} {i}", published=date,
                               title=f"Picket in {city} on {date.isoformat()}")
        EventReport.objects.create(event=event, article=article, extracted={}, evidence=[])
    return event


def make_campaign(name: str = "Consulate pickets", public_id: str = "CMP-KZ-00001", **fields: Any) -> Campaign:
    return Campaign.objects.create(public_id=public_id, name=name, status="confirmed",
                                   grievance_categories=["xinjiang_ethnic_kin"], **fields)


def make_person(name: str, *events: Event, role: str = "participant") -> Person:
    person = Person.objects.create(name=name, role=role)
    person.events.add(*events)
    return person


def consulate_campaign(*, days: int = 60) -> Campaign:
    """A daily picket in Almaty that spreads to Zhanaozen and draws in activists, as in the demo story."""
    campaign = make_campaign()
    start = dt.date(2024, 2, 5)
    for n, day in enumerate(range(0, days, 3)):
        date = start + dt.timedelta(days=day)
        make_event(date=date, campaign=campaign, size_min=8 + day // 6, outlet=["Vlast", "Orda", "KazTAG"][n % 3],
                   state_response=["monitoring"] if day % 9 else ["detention", "fine"])
    make_event(city="Zhanaozen", date=start + dt.timedelta(days=40), campaign=campaign, size_min=30,
               participant_groups=["relatives_of_detainees", "activists"], outlet="RFE/RL")
    return campaign
