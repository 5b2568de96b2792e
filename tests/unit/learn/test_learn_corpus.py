"""Training files are checked record by record: one clear error naming file, line and field."""

from __future__ import annotations

import json

import pytest

from protest_tracker.pipeline.learn.corpus import TrainingDataError, read_corpus


def _event(**changes):
    event = {"date": "2022-03-01", "date_precision": "day", "country": "KZ", "city": "Almaty",
             "event_type": "picket", "state_response": ["none_reported"], "grievance_categories": ["labour"],
             "evidence": "workers held a picket"}
    event.update(changes)
    return event


def _write(tmp_path, records, name="gold.jsonl"):
    path = tmp_path / name
    path.write_text("\n".join(r if isinstance(r, str) else json.dumps(r) for r in records) + "\n", "utf-8")
    return path


def _record(ident="a1", gold=None):
    return {"id": ident, "language": "en", "text": "In Almaty workers held a picket on 1 March.",
            "gold": [_event()] if gold is None else gold}


def test_a_good_file_reads_every_record(tmp_path):
    path = _write(tmp_path, [_record("a1"), _record("a2", gold=[])])
    records = read_corpus([path])
    assert [r["id"] for r in records] == ["a1", "a2"]


@pytest.mark.parametrize(("bad", "field", "line"), [
    ("{not json", "(record)", 2),
    (json.dumps([1, 2]), "(record)", 2),
    (json.dumps({"language": "en", "text": "x", "gold": []}), "id", 2),
    (json.dumps({"id": "b", "text": "", "gold": []}), "text", 2),
    (json.dumps({"id": "b", "text": "some text", "gold": {}}), "gold", 2),
    (json.dumps(_record("b", gold=[_event(country="RU")])), "gold[0].country", 2),
    (json.dumps(_record("b", gold=[_event(date="1 March")])), "gold[0].date", 2),
    (json.dumps(_record("b", gold=[_event(date="2022-02-30")])), "gold[0].date", 2),
    (json.dumps(_record("b", gold=[_event(event_type="flashmob")])), "gold[0].event_type", 2),
    (json.dumps(_record("b", gold=[_event(state_response=["teargas"])])), "gold[0].state_response", 2),
    (json.dumps(_record("b", gold=[_event(grievance_categories="labour")])), "gold[0].grievance_categories", 2),
    (json.dumps(_record("a1")), "id", 2),
])
def test_a_bad_record_names_file_line_and_field(tmp_path, bad, field, line):
    path = _write(tmp_path, [_record("a1"), bad])
    with pytest.raises(TrainingDataError) as caught:
        read_corpus([path])
    error = caught.value
    assert (error.path, error.line, error.field) == (str(path), line, field)
    assert str(path) in str(error) and f"line {line}" in str(error) and field in str(error)


def test_a_deeply_nested_line_is_a_clear_error(tmp_path):
    path = _write(tmp_path, [_record("a1"), "[" * 100000 + "]" * 100000])
    with pytest.raises(TrainingDataError, match="line 2"):
        read_corpus([path])


def test_an_unreadable_or_empty_file_is_an_error(tmp_path):
    with pytest.raises(TrainingDataError, match="cannot read"):
        read_corpus([tmp_path / "missing.jsonl"])
    (tmp_path / "empty.jsonl").write_text("\n", "utf-8")
    with pytest.raises(TrainingDataError, match="no records"):
        read_corpus([tmp_path / "empty.jsonl"])
