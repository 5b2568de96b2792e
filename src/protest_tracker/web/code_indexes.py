"""Partial covering indexes of the event summary, one per code of each code list (PostgreSQL).

A dashboard filtered by one code (``?country=KG&target=local_government``) counts, draws and
lists the summary rows holding that code: a substring test over every row of the country, about
90 ms per query at 1M events and three queries per page. Each index here holds only the rows with
one code (its predicate is :func:`~protest_tracker.store.fields.code_test_sql`, the SQL of the
``has_any_code`` lookup), keyed by country and day and carrying every column the dashboard reads,
so PostgreSQL answers such a query with an index-only scan of the matching rows (9 ms;
docs/performance.md). PostgreSQL keeps them itself on every insert and delete: nothing to recount.

The set follows the codebook: migration ``web.0006`` creates it, ``aggregates rebuild`` creates any
that is missing (a code added later), and a test fails while one is missing. SQLite has no use for
them (its scan of 100k rows is fast enough) and gets none.
"""

from __future__ import annotations

from protest_tracker import codebook
from protest_tracker.store.fields import code_test_sql

#: Summary code-list column -> (short name for index names, its vocabulary).
CODE_COLUMNS = {
    "state_response": ("sr", codebook.STATE_RESPONSES),
    "grievance_categories": ("gc", codebook.GRIEVANCES),
    "target_categories": ("tc", codebook.TARGETS),
    "participant_groups": ("pg", codebook.PARTICIPANT_GROUPS),
}
#: The columns the dashboard, the timeline, the map and the campaign list read (index-only scans).
INCLUDED = ("published", "verification", "region", "city", "latitude", "longitude", "event_type", "response",
            "grievance", "campaign_id", "events")
TABLE = "web_eventsummary"


def index_name(column: str, code: str) -> str:
    return f"summary_{CODE_COLUMNS[column][0]}_{code}"[:63]


def wanted() -> dict[str, str]:
    """Every index there should be: name -> its ``CREATE INDEX`` statement."""
    return {index_name(column, code): (
        f"CREATE INDEX IF NOT EXISTS {index_name(column, code)} ON {TABLE} (country, day) "
        f"INCLUDE ({', '.join(INCLUDED)}) WHERE {code_test_sql(column, code)}")
        for column, (_, vocabulary) in CODE_COLUMNS.items() for code in vocabulary.codes}


def existing(connection) -> set[str]:
    """The names of the code indexes the database has."""
    with connection.cursor() as cursor:
        cursor.execute("SELECT indexname FROM pg_indexes WHERE tablename = %s", [TABLE])
        return {name for (name,) in cursor.fetchall()} & set(wanted())


def ensure(connection) -> list[str]:
    """Create the missing code indexes (PostgreSQL; nothing elsewhere); returns their names."""
    if connection.vendor != "postgresql":
        return []
    missing = {name: sql for name, sql in wanted().items() if name not in existing(connection)}
    with connection.cursor() as cursor:
        for sql in missing.values():
            cursor.execute(sql)
    return sorted(missing)


def drop(connection) -> None:
    """Drop every code index (the migration's reverse)."""
    if connection.vendor != "postgresql":
        return
    with connection.cursor() as cursor:
        for name in wanted():
            cursor.execute(f"DROP INDEX IF EXISTS {name}")
