"""Mass Mobilization Project (v5 CSV) rows as event candidates."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from pathlib import Path

from protest_tracker import model
from protest_tracker.ingest import crosswalk
from protest_tracker.ingest.dataset_fields import check_fields, crowd_size
from protest_tracker.ingest.datasets import (
    BadValue,
    DatasetRow,
    OutOfScope,
    RowOutcome,
    parse_int,
    read_outcomes,
)

MMP_COLUMNS = (
    "id", "country", "ccode", "year", "region", "protest", "protestnumber", "startday", "startmonth",
    "startyear", "endday", "endmonth", "endyear", "protesterviolence", "location", "participants_category",
    "participants", "protesteridentity", "protesterdemand1", "protesterdemand2", "protesterdemand3",
    "protesterdemand4", "stateresponse1", "stateresponse2", "stateresponse3", "stateresponse4",
    "stateresponse5", "stateresponse6", "stateresponse7", "sources", "notes",
)
REQUIRED_COLUMNS = ("id", "country", "protest", "startday", "startmonth", "startyear")
#: The MMP column each event field comes from (row errors name the column).
FIELD_COLUMNS = {
    "date": "startyear", "end_date": "endyear", "country": "country", "city": "location",
    "participants": "protesteridentity", "size_min": "participants", "size_max": "participants",
    "size_text": "participants",
}
_NATIONWIDE = frozenset({"", "national", "nationwide", "national level", "countrywide", "various"})


def read_mmp(path: Path) -> Iterator[RowOutcome]:
    """One outcome per data row of an MMP CSV (a bad row is its own :class:`RowError`)."""
    return read_outcomes(path, required=REQUIRED_COLUMNS, dataset="MMP", id_column="id", parse=parse_mmp_row)


def _date(row: dict[str, str], prefix: str, *, required: bool) -> dt.date | None:
    year = parse_int(row, f"{prefix}year", low=1900, high=2100, required=required)
    month = parse_int(row, f"{prefix}month", low=1, high=12, required=required)
    day = parse_int(row, f"{prefix}day", low=1, high=31, required=required)
    if year is None or month is None or day is None:
        return None
    try:
        return dt.date(year, month, day)
    except ValueError:
        raise BadValue(f"{prefix}day", f"{year}-{month:02d}-{day:02d} is not a calendar date") from None


def _codes(row: dict[str, str], prefix: str, count: int, table: dict[str, str]) -> tuple[str, ...]:
    found: list[str] = []
    for index in range(1, count + 1):
        column = f"{prefix}{index}"
        value = row.get(column, "").strip().lower()
        if value in ("", "."):
            continue
        if value not in table:
            raise BadValue(column, f"{row[column]!r} is not an MMP category ({', '.join(sorted(set(table)))})")
        if table[value] not in found:
            found.append(table[value])
    return tuple(found)


def parse_mmp_row(number: int, row: dict[str, str]) -> RowOutcome:
    """A :class:`DatasetRow`, or :class:`OutOfScope`; raises :class:`BadValue` for a malformed cell."""
    original_id = row.get("id", "")
    if not original_id:
        raise BadValue("id", "is empty")
    if original_id.endswith(".0") and original_id[:-2].isdigit():
        original_id = original_id[:-2]
    country = crosswalk.country_code(row.get("country", ""))
    if country is None:
        return OutOfScope(number, "other_country", f"country {row.get('country') or '(empty)'} is outside the five")
    protest = parse_int(row, "protest", low=0, high=1, required=True)
    if protest == 0:
        return OutOfScope(number, "not_a_protest", "protest = 0 (a country-year without protest)")
    start = _date(row, "start", required=True)
    assert start is not None  # a required date is there or raised BadValue
    end = _date(row, "end", required=False)
    if end is not None and end < start:
        raise BadValue("endday", f"end date {end} is before the start date {start}")
    category = row.get("participants_category", "")
    if category and category not in crosswalk.MMP_SIZES:
        raise BadValue("participants_category", f"{category!r} is not an MMP size category")
    size_min, size_max = crosswalk.MMP_SIZES.get(category, (None, None))
    if size_min is None and row.get("participants"):
        size_min, size_max = crowd_size(row["participants"], column="participants")
    location = row.get("location", "")
    candidate = check_fields(model.EventCandidate(
        date=start.isoformat(),
        end_date=end.isoformat() if end and end != start else None,
        country=country,
        city=None if location.lower() in _NATIONWIDE else location,
        geo_precision=None if location.lower() in _NATIONWIDE else 1,
        event_type="demonstration",
        participants=row.get("protesteridentity") or None,
        participant_groups=("general_public",),
        size_min=size_min,
        size_max=size_max,
        size_text=row.get("participants") or category or None,
        grievance_categories=_codes(row, "protesterdemand", 4, crosswalk.MMP_DEMANDS),
        target_categories=("national_government",),
        state_response=_codes(row, "stateresponse", 7, crosswalk.MMP_RESPONSES),
        protester_violence=parse_int(row, "protesterviolence", low=0, high=1) == 1,
        aggregate=end is not None and end != start,
        confidence=1.0,
    ), columns=FIELD_COLUMNS)
    notes = "\n".join(part for part in (row.get("notes", ""), f"MMP sources: {row.get('sources') or 'n/a'}") if part)
    return DatasetRow(number, original_id, candidate, notes=notes)
