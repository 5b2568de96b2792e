"""Plain data passed between ingest, pipeline, linking and store.

Frozen dataclasses, standard library only: no Django, no I/O. A pipeline stage
takes an :class:`Article` and returns a new one (``dataclasses.replace``); the
events it finds are :class:`EventCandidate` values, each carrying the
:class:`Evidence` for its fields.

``EventCandidate.to_exchange`` / ``from_exchange`` convert to and from the
exchange format of the evaluation kit (one JSON object per event).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from typing import Any


@dataclass(frozen=True, slots=True)
class Evidence:
    """The text a field value was read from: ``text == article.text[start:end]`` when offsets are known."""

    field: str
    text: str
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"field": self.field, "text": self.text, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> Evidence:
        return cls(field=str(data.get("field") or "event"), text=str(data.get("text") or ""),
                   start=data.get("start"), end=data.get("end"))


@dataclass(frozen=True, slots=True)
class PersonMention:
    """A person named in an event (SENSITIVE): ``name`` (nominative where known), ``role`` (organiser,
    participant, detainee, other), the ``field`` it was read from, offsets into the article or ``None``."""

    name: str
    role: str = "other"
    field: str = "evidence"
    start: int | None = None
    end: int | None = None

    def to_dict(self) -> dict[str, Any]:
        return {"name": self.name, "role": self.role, "field": self.field, "start": self.start, "end": self.end}

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> PersonMention:
        return cls(name=str(data.get("name") or ""), role=str(data.get("role") or "other"),
                   field=str(data.get("field") or "evidence"), start=data.get("start"), end=data.get("end"))


@dataclass(frozen=True, slots=True)
class Place:
    """A resolved place: a settlement (geo precision 1-2) or only a region (3)."""

    country: str
    city: str | None = None
    region: str | None = None
    admin1_code: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int = 1
    geonameid: int | None = None


@dataclass(frozen=True, slots=True)
class EventCandidate:
    """One protest event as read from one article (before linking across reports)."""

    date: str | None = None
    date_precision: str = "day"
    end_date: str | None = None
    country: str | None = None
    region: str | None = None
    city: str | None = None
    venue: str | None = None
    venue_type: str | None = None
    latitude: float | None = None
    longitude: float | None = None
    geo_precision: int | None = None
    #: GeoNames id of the settlement (``None`` for regions, places abroad or unknown places)
    geonames_id: int | None = None
    event_type: str = "demonstration"
    participants: str | None = None
    participant_groups: tuple[str, ...] = ()
    organisers: str | None = None
    size_min: int | None = None
    size_max: int | None = None
    size_text: str | None = None
    grievance_categories: tuple[str, ...] = ()
    demands: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    target_categories: tuple[str, ...] = ()
    state_response: tuple[str, ...] = ()
    response_counts: tuple[tuple[str, int], ...] = ()
    protester_violence: bool = False
    pro_government: bool = False
    aggregate: bool = False
    fatalities: int | None = None
    injuries: int | None = None
    evidence: tuple[Evidence, ...] = ()
    confidence: float = 0.5
    flags: tuple[str, ...] = ()
    #: people named in the event's fields and evidence (``events.people@1``); never published
    people: tuple[PersonMention, ...] = ()

    @property
    def place(self) -> Place | None:
        if not self.country:
            return None
        return Place(country=self.country, city=self.city, region=self.region,
                     latitude=self.latitude, longitude=self.longitude,
                     geo_precision=self.geo_precision or (1 if self.city else 3),
                     geonameid=self.geonames_id)

    def evidence_for(self, name: str) -> tuple[Evidence, ...]:
        return tuple(e for e in self.evidence if e.field == name)

    def to_exchange(self) -> dict[str, Any]:
        """This event in the exchange format (``../shared/eval/README.md``), plus our extra keys."""
        main = self.evidence_for("event") or self.evidence
        return {
            "date": self.date,
            "date_precision": self.date_precision,
            "end_date": self.end_date,
            "country": self.country,
            "region": self.region,
            "city": self.city,
            "venue": self.venue,
            "venue_type": self.venue_type,
            "latitude": self.latitude,
            "longitude": self.longitude,
            "geo_precision": self.geo_precision,
            "geonames_id": self.geonames_id,
            "event_type": self.event_type,
            "participants": self.participants,
            "participant_groups": list(self.participant_groups),
            "organisers": self.organisers,
            "size_min": self.size_min,
            "size_max": self.size_max,
            "size_text": self.size_text,
            "grievance_categories": list(self.grievance_categories),
            "demands": list(self.demands),
            "targets": list(self.targets),
            "target_categories": list(self.target_categories),
            "state_response": list(self.state_response),
            "response_counts": dict(self.response_counts),
            "protester_violence": self.protester_violence,
            "pro_government": self.pro_government,
            "aggregate": self.aggregate,
            "fatalities": self.fatalities,
            "injuries": self.injuries,
            "evidence": main[0].text if main else None,
            "evidence_spans": [e.to_dict() for e in self.evidence],
            "confidence": round(self.confidence, 3),
            "flags": list(self.flags),
            "people": [p.to_dict() for p in self.people],
        }

    @classmethod
    def from_exchange(cls, data: Mapping[str, Any]) -> EventCandidate:
        """Read an event in the exchange format; unknown keys are ignored, missing ones default."""
        spans = tuple(Evidence.from_dict(e) for e in data.get("evidence_spans") or ())
        if not spans and data.get("evidence"):
            spans = (Evidence(field="event", text=str(data["evidence"])),)

        def strings(key: str) -> tuple[str, ...]:
            value = data.get(key) or ()
            if isinstance(value, str):
                value = (value,)
            return tuple(str(v) for v in value)

        counts = data.get("response_counts") or {}
        return cls(
            date=data.get("date"),
            date_precision=data.get("date_precision") or ("month" if len(data.get("date") or "") == 7 else "day"),
            end_date=data.get("end_date"),
            country=data.get("country"),
            region=data.get("region"),
            city=data.get("city"),
            venue=data.get("venue"),
            venue_type=data.get("venue_type"),
            latitude=data.get("latitude"),
            longitude=data.get("longitude"),
            geo_precision=data.get("geo_precision"),
            geonames_id=_optional_int(data.get("geonames_id")),
            event_type=data.get("event_type") or "demonstration",
            participants=data.get("participants"),
            participant_groups=strings("participant_groups"),
            organisers=data.get("organisers"),
            size_min=data.get("size_min"),
            size_max=data.get("size_max"),
            size_text=data.get("size_text"),
            grievance_categories=strings("grievance_categories"),
            demands=strings("demands"),
            targets=strings("targets"),
            target_categories=strings("target_categories"),
            state_response=strings("state_response"),
            response_counts=tuple(sorted((str(k), int(v)) for k, v in dict(counts).items())),
            protester_violence=bool(data.get("protester_violence")),
            pro_government=bool(data.get("pro_government")),
            aggregate=bool(data.get("aggregate")),
            fatalities=data.get("fatalities"),
            injuries=data.get("injuries"),
            evidence=spans,
            confidence=float(data["confidence"]) if data.get("confidence") is not None else 0.5,
            flags=strings("flags"),
            people=tuple(PersonMention.from_dict(p) for p in data.get("people") or ()
                         if isinstance(p, Mapping) and p.get("name")),
        )


@dataclass(frozen=True, slots=True)
class Article:
    """A news report (or Telegram post) with what the pipeline learnt about it.

    ``id`` is :func:`protest_tracker.identity.article_id` of the canonical URL, or
    of the text when there is no URL. ``published`` is the publication date when
    known. ``flags`` carries markers such as ``language_unknown``;
    ``dropped`` the reason a stage dropped the article (it is then counted, not
    lost). ``annotations`` is free-form per-stage output (read-only mapping).
    """

    id: str
    text: str
    url: str | None = None
    title: str | None = None
    published: dt.date | None = None
    language: str | None = None
    outlet: str | None = None
    source_type: str | None = None
    fetched_at: dt.datetime | None = None
    content_hash: str | None = None
    events: tuple[EventCandidate, ...] = ()
    flags: tuple[str, ...] = ()
    dropped: str | None = None
    annotations: Mapping[str, Any] = field(default_factory=dict)

    def with_events(self, events: tuple[EventCandidate, ...]) -> Article:
        return replace(self, events=events)

    def drop(self, reason: str) -> Article:
        return replace(self, dropped=reason, events=())

    def to_input_record(self) -> dict[str, Any]:
        """The article as an input line of the exchange format."""
        return {
            "id": self.id,
            "url": self.url,
            "title": self.title,
            "published": self.published.isoformat() if self.published else None,
            "language": self.language,
            "text": self.text,
        }

    def to_output_record(self) -> dict[str, Any]:
        """The article's events as an output line of the exchange format."""
        record: dict[str, Any] = {"id": self.id, "events": [e.to_exchange() for e in self.events]}
        if self.language:
            record["language"] = self.language
        if self.published:
            record["published"] = self.published.isoformat()
        if self.dropped:
            record["dropped"] = self.dropped
        if self.flags:
            record["flags"] = list(self.flags)
        return record


def parse_published(value: Any) -> dt.date | None:
    """A publication date from an exchange record: ISO date or datetime; ``None`` when absent or malformed."""
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    text = str(value).strip()
    for candidate in (text, text[:10]):
        try:
            return dt.date.fromisoformat(candidate)
        except ValueError:
            continue
    return None


def _optional_int(value: Any) -> int | None:
    """A positive integer id from an exchange record (int or digit string); ``None`` otherwise."""
    if isinstance(value, bool) or value is None:
        return None
    if isinstance(value, int):
        return value if value > 0 else None
    text = str(value).strip()
    return int(text) if text.isdigit() and int(text) > 0 else None
