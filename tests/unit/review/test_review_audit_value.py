"""Audit values render as plain text at any depth (no Python reprs such as ['KZ-2021-000001'])."""

from __future__ import annotations

from protest_tracker.review.templatetags.review_tags import audit_value


def test_nested_values_read_as_text():
    assert audit_value(None) == "—"
    assert audit_value(["detention", "fine"]) == "detention, fine"
    assert audit_value({"into": "CMP-KZ-00007", "events": ["KZ-2021-000001"]}) == "into: CMP-KZ-00007, events: KZ-2021-000001"
    conflicts = {"date": [{"value": "2022-01-05", "report": "a1"}, {"value": "2022-01-06", "report": "b2"}]}
    assert audit_value(conflicts) == "date: (value: 2022-01-05, report: a1), (value: 2022-01-06, report: b2)"
    assert "[" not in audit_value(conflicts) and "'" not in audit_value(conflicts)
