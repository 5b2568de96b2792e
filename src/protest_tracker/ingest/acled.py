"""ACLED CSV exports (the 31 columns of the 2023 layout) as event candidates."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

from protest_tracker import model
from protest_tracker.ingest import crosswalk
from protest_tracker.ingest.dataset_fields import check_fields, crowd_size, parse_count
from protest_tracker.ingest.datasets import (
    BadValue,
    DatasetRow,
    OutOfScope,
    RowOutcome,
    parse_date,
    parse_float,
    parse_int,
    read_outcomes,
)

ACLED_COLUMNS = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type", "sub_event_type",
    "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2", "interaction",
    "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3", "location", "latitude",
    "longitude", "geo_precision", "source", "source_scale", "notes", "fatalities", "tags", "timestamp",
)
#: The columns a row cannot do without; the others may be absent from a trimmed export.
REQUIRED_COLUMNS = ("event_id_cnty", "event_date", "event_type", "sub_event_type", "country")
#: The ACLED column each event field comes from (row errors name the column).
FIELD_COLUMNS = {
    "date": "event_date", "date_precision": "time_precision", "country": "country", "region": "admin1",
    "city": "location", "participants": "assoc_actor_1", "size_min": "tags", "size_max": "tags",
    "size_text": "tags",
}


def read_acled(path: Path) -> Iterator[RowOutcome]:
    """One outcome per data row of an ACLED CSV export (a bad row is its own :class:`RowError`)."""
    return read_outcomes(path, required=REQUIRED_COLUMNS, dataset="ACLED", id_column="event_id_cnty",
                         parse=parse_acled_row)


def _crowd_tag(tags: str) -> str:
    for tag in tags.split(";"):
        key, _, value = tag.strip().partition("=")
        if key.strip().lower() == "crowd size":
            return value.strip()
    return ""


def parse_acled_row(number: int, row: dict[str, str]) -> RowOutcome:
    """A :class:`DatasetRow`, or :class:`OutOfScope`; raises :class:`BadValue` for a malformed cell."""
    original_id = row.get("event_id_cnty", "")
    if not original_id:
        raise BadValue("event_id_cnty", "is empty")
    country = crosswalk.country_code(row.get("country", "")) or crosswalk.country_code(row.get("iso", ""))
    if country is None:
        return OutOfScope(number, "other_country", f"country {row.get('country') or row.get('iso') or '(empty)'} is outside the five")
    if row.get("event_type", "").lower() not in crosswalk.ACLED_EVENT_TYPES:
        return OutOfScope(number, "not_a_protest", f"event type {row.get('event_type') or '(empty)'} is not a protest or riot")
    sub = row.get("sub_event_type", "")
    if sub.lower() not in crosswalk.ACLED_SUB_EVENTS:
        raise BadValue("sub_event_type", f"{sub!r} is not a Protests or Riots sub-event type")
    event_type, responses = crosswalk.ACLED_SUB_EVENTS[sub.lower()]
    date = parse_date(row, "event_date")
    precision_code = row.get("time_precision", "") or "1"
    if precision_code not in crosswalk.ACLED_TIME_PRECISION:
        raise BadValue("time_precision", f"{precision_code!r} is not 1, 2 or 3")
    precision = crosswalk.ACLED_TIME_PRECISION[precision_code]
    latitude = parse_float(row, "latitude", low=-90, high=90)
    longitude = parse_float(row, "longitude", low=-180, high=180)
    fatalities = parse_count(row, "fatalities", field="fatalities")
    if fatalities:
        responses = (*responses, "fatalities")
    crowd = _crowd_tag(row.get("tags", ""))
    size_min, size_max = crowd_size(crowd, column="tags") if crowd and crowd.lower() != "no report" else (None, None)
    actors = row.get("assoc_actor_1", "")
    candidate = check_fields(model.EventCandidate(
        date=date.isoformat()[:7] if precision == "month" else date.isoformat(),
        date_precision=precision,
        country=country,
        region=row.get("admin1") or None,
        city=row.get("location") or None,
        latitude=latitude,
        longitude=longitude,
        geo_precision=parse_int(row, "geo_precision", low=1, high=3),
        event_type=event_type,
        participants=actors or row.get("actor1") or None,
        participant_groups=crosswalk.participant_groups(actors),
        size_min=size_min,
        size_max=size_max,
        size_text=crowd or None,
        state_response=responses,
        protester_violence=event_type == "riot",
        fatalities=fatalities,
        confidence=1.0,
    ), columns=FIELD_COLUMNS)
    notes = "\n".join(part for part in (
        row.get("notes", ""),
        f"ACLED {row.get('event_type')} / {sub}; source: {row.get('source') or 'n/a'}"
        + (f" ({row['source_scale']})" if row.get("source_scale") else ""),
    ) if part)
    return DatasetRow(number, original_id, candidate, notes=notes,
                      extra={"timestamp": row.get("timestamp", ""), "tags": row.get("tags", "")})
