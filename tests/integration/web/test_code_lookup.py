"""The ``has_any_code`` lookup: exact codes on both backends, and on PostgreSQL the partial index of
each code (migration web.0006, ``web.code_indexes``) answers it (the plan names it), so a code
filter does not read every row of a country."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection

from protest_tracker.store.fields import has_any_code
from protest_tracker.web import code_indexes
from protest_tracker.web.filters import Filters
from protest_tracker.web.summary_models import EventSummary
from protest_tracker.web.summary_queries import summary_q

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]

LISTS = {
    "a": ["local_government"],
    "b": ["local-government"],  # "_" is not a wildcard
    "c": ["localXgovernment"],
    "d": ["government"],  # a suffix of a code is another code
    "e": ["local_government", "police"],
    "f": [],
}


@pytest.fixture
def rows():
    for city, codes in LISTS.items():
        EventSummary.objects.create(day=dt.date(2024, 1, 1), country="KZ", city=city, event_type="rally",
                                    target_categories=codes, response="none_reported", grievance="other",
                                    published=True, events=1)


def cities(*codes: str) -> set[str]:
    return set(EventSummary.objects.filter(has_any_code("target_categories", codes)).values_list("city", flat=True))


def test_only_rows_holding_one_of_the_codes(rows):
    assert cities("local_government") == {"a", "e"}
    assert cities("government") == {"d"}
    assert cities("police", "government") == {"d", "e"}
    assert cities("nothing") == set()
    assert cities("local_government", "local_government") == {"a", "e"}


def test_combines_with_other_conditions_and_negation(rows):
    kept = EventSummary.objects.filter(has_any_code("target_categories", ["local_government"]), city="e")
    assert list(kept.values_list("city", flat=True)) == ["e"]
    left = EventSummary.objects.exclude(has_any_code("target_categories", ["local_government"]))
    assert set(left.values_list("city", flat=True)) == {"b", "c", "d", "f"}


@pytest.mark.parametrize("bad", [[], [""], ["a|b"], [3], ["x') > 0 OR (1"]])
def test_a_malformed_code_is_refused(rows, bad):
    with pytest.raises(ValueError, match="has_any_code"):
        list(EventSummary.objects.filter(target_categories__has_any_code=bad))


@pytest.mark.postgres
def test_every_code_of_every_code_list_has_its_index():
    """A code added to the codebook needs its index (``aggregates rebuild`` creates it; so should a migration)."""
    assert code_indexes.existing(connection) == set(code_indexes.wanted())
    assert len(code_indexes.wanted()) == sum(len(v.codes) for _, v in code_indexes.CODE_COLUMNS.values())


@pytest.mark.postgres
@pytest.mark.parametrize(("param", "code", "index"), [
    ("target", "local_government", "summary_tc_local_government"),
    ("response", "detention", "summary_sr_detention"),
    ("grievance", "labour", "summary_gc_labour"),
    ("participants", "residents", "summary_pg_residents")])
def test_postgresql_answers_a_code_filter_from_the_code_index(rows, param, code, index):
    """The lookup's SQL must be the index's predicate to the character, or the index is never used."""
    filters = Filters.from_query({"country": ["KZ"], param: [code]})
    assert filters.values[param]  # a code the facet knows
    query = EventSummary.objects.filter(summary_q(filters), published=True)
    sql, params = query.values("day", "campaign_id").query.sql_with_params()
    with connection.cursor() as cursor:
        cursor.execute("SET LOCAL enable_seqscan = off")  # a six-row table is otherwise scanned
        cursor.execute("SET LOCAL enable_bitmapscan = off")
        cursor.execute(f"EXPLAIN {sql}", params)
        plan = "\n".join(row[0] for row in cursor.fetchall())
    assert f"Index Only Scan using {index}" in plan, plan
