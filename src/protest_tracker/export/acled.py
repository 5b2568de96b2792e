"""The ACLED-compatible CSV: ACLED's 31 columns in ACLED's order, then our own columns.

Crosswalk (documented in docs/exports.md): ``event_type`` / ``sub_event_type`` come from
:func:`protest_tracker.codebook.acled_event`; actors use ACLED's current string form
("Protesters", "Rioters", "State forces") rather than the retired numeric codes. ``admin1`` /
``admin2`` come from the gazetteer (:mod:`.admin_units`), ``notes`` from English templates over
codebook labels (:mod:`.acled_notes`, never the article's words), ``fatalities`` from the event or
the count reported with its ``fatalities`` response. Who vouched for the event (``verification``)
is in ``notes`` and in our own ``verification`` column.
"""

from __future__ import annotations

import csv
import datetime as dt
from collections.abc import Iterable
from typing import IO, Any

from protest_tracker import codebook
from protest_tracker.export.acled_notes import acled_notes, fatalities
from protest_tracker.export.admin_units import admin_index
from protest_tracker.export.cells import neutralise, to_cell
from protest_tracker.export.fields import COLUMNS, flat_record
from protest_tracker.export.progress import ProgressCallback, counted

ACLED_COLUMNS: tuple[str, ...] = (
    "event_id_cnty", "event_date", "year", "time_precision", "disorder_type", "event_type",
    "sub_event_type", "actor1", "assoc_actor_1", "inter1", "actor2", "assoc_actor_2", "inter2",
    "interaction", "civilian_targeting", "iso", "region", "country", "admin1", "admin2", "admin3",
    "location", "latitude", "longitude", "geo_precision", "source", "source_scale", "notes",
    "fatalities", "tags", "timestamp",
)
#: ACLED's region for our five countries.
ACLED_REGION = "Caucasus and Central Asia"
#: Our columns appended after ACLED's (prefixed where a name would clash).
EXTRA_COLUMNS: tuple[str, ...] = tuple(
    ("cat_" + c.name if c.name in ACLED_COLUMNS else c.name) for c in COLUMNS
)
#: State responses that put state forces on the other side of the event.
_STATE_ACTOR_RESPONSES = codebook.REPRESSIVE_RESPONSES


def _timestamp(value: Any) -> str:
    if not value:
        return ""
    try:
        moment = dt.datetime.fromisoformat(str(value))
    except ValueError:
        return ""
    if moment.tzinfo is None:
        moment = moment.replace(tzinfo=dt.UTC)
    return str(int(moment.timestamp()))


def _source_scale(source_types: Iterable[str]) -> str:
    scales = []
    for code in source_types:
        scale = codebook.SOURCE_TYPES.get(code).acled if code in codebook.SOURCE_TYPES else "Other"
        if scale and scale not in scales:
            scales.append(scale)
    return "-".join(scales)


def acled_row(record: dict[str, Any]) -> dict[str, Any]:
    """One record as ACLED's columns (values as ACLED writes them)."""
    flat = flat_record(record)
    event_type, sub_event_type = codebook.acled_event(
        flat.get("event_type") or "other", flat["state_response"], protester_violence=bool(flat["protester_violence"]))
    rioters = event_type == "Riots"
    country = codebook.COUNTRIES.get(flat.get("country") or "", {})
    country_name = country.get("name", flat.get("country") or "")
    state_involved = bool(set(flat["state_response"]) & _STATE_ACTOR_RESPONSES)
    actor1_kind = "Rioters" if rioters else "Protesters"
    date = flat.get("date") or ""
    precision = codebook.TIME_PRECISION.get(flat["date_precision"]).acled if flat.get("date_precision") in codebook.TIME_PRECISION else "1"
    sources = record.get("sources") or []
    size_band = codebook.SIZE_CATEGORIES.get(flat["size_category"]).acled or "crowd size=no report"
    admin1, admin2 = admin_index().admin_units(flat)
    return {
        "event_id_cnty": flat["event_id"],
        "event_date": date,
        "year": date[:4],
        "time_precision": precision,
        "disorder_type": "Demonstrations",
        "event_type": event_type,
        "sub_event_type": sub_event_type,
        "actor1": f"{actor1_kind} ({country_name})",
        "assoc_actor_1": "; ".join(
            f"{codebook.PARTICIPANT_GROUPS.label(g)} ({country_name})" for g in flat["participant_groups"] if g in codebook.PARTICIPANT_GROUPS),
        "inter1": actor1_kind,
        "actor2": f"Police Forces of {country_name}" if state_involved else "",
        "assoc_actor_2": "",
        "inter2": "State forces" if state_involved else "",
        "interaction": f"State forces-{actor1_kind}" if state_involved else f"{actor1_kind} only",
        "civilian_targeting": "",
        "iso": country.get("iso_numeric", ""),
        "region": ACLED_REGION,
        "country": country_name,
        "admin1": admin1,
        "admin2": admin2,
        "admin3": "",
        "location": flat.get("city") or admin1,
        "latitude": flat.get("latitude"),
        "longitude": flat.get("longitude"),
        "geo_precision": flat.get("geo_precision") or "",
        "source": flat["source_outlets"],
        "source_scale": _source_scale(s.get("source_type") for s in sources if s.get("source_type")),
        "notes": acled_notes(flat, admin1=admin1, admin2=admin2, country_name=country_name),
        "fatalities": fatalities(flat),  # None (an empty cell) when deaths are reported without a number
        "tags": size_band,
        "timestamp": _timestamp(flat.get("updated_at")),
    }


def write_acled_csv(records: Iterable[dict[str, Any]], stream: IO[str], *, progress: ProgressCallback | None = None) -> int:
    """Write the ACLED-compatible CSV (ACLED columns, then ours); returns the number of rows."""
    writer = csv.writer(stream, lineterminator="\n")
    writer.writerow(list(ACLED_COLUMNS) + list(EXTRA_COLUMNS))
    text_columns = {"actor1", "assoc_actor_1", "actor2", "admin1", "admin2", "location", "source", "notes"}
    count = 0
    for record in counted(records, progress):
        row = acled_row(record)
        cells = [neutralise(str(row[c])) if c in text_columns else ("" if row[c] is None else str(row[c]))
                 for c in ACLED_COLUMNS]
        flat = flat_record(record)
        cells += [to_cell(column, flat[column.name]) for column in COLUMNS]
        writer.writerow(cells)
        count += 1
    return count
