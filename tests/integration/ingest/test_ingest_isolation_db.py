"""One bad record never stops a batch, and control characters are stored alike on both backends.

Issue 12, defects 3, 5 and 7: a deeply nested JSON line (``RecursionError``), a Telegram message
with an impossible ``date_unixtime``, an export whose ``username`` is a number, a NUL in a channel
name (refused by PostgreSQL), and a bad byte in an ACLED/MMP CSV each used to lose every record
after it. Every file here is written by the test itself (invented text).
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from protest_tracker.ingest.records import clean_text, clean_value
from protest_tracker.store.imports import import_dataset
from protest_tracker.store.models import Article, Event, IngestFailure
from protest_tracker.store.sink import ingest_paths, ingest_telegram

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "ingest" / "datasets"
DEEP = "[" * 100_000 + "]" * 100_000


def test_clean_text_removes_controls_and_lone_surrogates():
    assert clean_text("a\x00b\x01c\x7f\td\ne\rf") == "abc\td\ne\rf"
    assert clean_text("one\x0btwo\x0cthree") == "one two three"
    assert clean_text("broken \ud800 pair") == "broken \ufffd pair"
    assert clean_text("Е\u0308ж") == "Ёж"  # NFC
    assert clean_value({"k\x00": ["v\x00", 1, float("nan")]}) == {"k": ["v", 1, None]}


def _line(**record) -> str:
    return json.dumps(record, ensure_ascii=True)


def test_a_bad_jsonl_line_is_its_own_failure_and_later_lines_load(tmp_path):
    lines = [
        _line(id="a", text="Workers rallied in Oral over unpaid wages.", url="https://news.example/a"),
        DEEP,  # RecursionError in the JSON parser
        '{"id": ' + "9" * 5000 + ', "text": "too long an integer"}',  # ValueError, not a JSONDecodeError
        _line(id="b", text="Nul\u0000 and bell\u0007 in a report from Aktau.", title="Aktau\u0000 rally",
              url="https://news.example/b", outlet="Steppe\u0000Wire"),
        '{"id": "c", "text": "A lone surrogate \\ud800 in Naryn.", "url": "https://news.example/c", "score": NaN}',
        _line(id="d", text="Pensioners picketed the akimat in Taraz.", url="https://news.example/d"),
    ]
    path = tmp_path / "batch.jsonl"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    summary = ingest_paths([path])
    assert (summary.new, summary.failed_total) == (4, 2)
    assert summary.failed == {"too_deep": 1, "bad_record": 1}
    assert {f.location for f in summary.failures} == {f"{path}:2", f"{path}:3"}
    assert IngestFailure.objects.filter(location=f"{path}:2", reason="too_deep").exists()
    nul = Article.objects.get(url="https://news.example/b")
    assert nul.text == "Nul and bell in a report from Aktau."
    assert (nul.title, nul.outlet) == ("Aktau rally", "SteppeWire")
    assert "\x00" not in nul.raw and "\x00" not in json.dumps(nul.metadata)
    surrogate = Article.objects.get(url="https://news.example/c")
    assert surrogate.text == "A lone surrogate \ufffd in Naryn." and surrogate.metadata["score"] is None
    assert Article.objects.filter(url="https://news.example/d").exists()
    assert ingest_paths([path]).unchanged == 4  # the cleaned text is what identifies the article


def _export(tmp_path: Path, data: dict) -> Path:
    path = tmp_path / "result.json"
    path.write_text(json.dumps(data, ensure_ascii=False), encoding="utf-8")
    return path


def test_telegram_bad_messages_and_odd_channel_fields_lose_nothing(tmp_path):
    messages = [
        {"id": 1, "type": "message", "date": "2024-03-01T10:00:00", "date_unixtime": "1709287200",
         "text": "Residents of Khorog gathered at the district office."},
        {"id": 2, "type": "message", "date": "2024-03-02T09:00:00", "date_unixtime": "99999999999999",
         "text": "Traders in Osh closed their stalls in protest."},  # beyond the calendar: ISO date used
        {"id": 3, "type": "message", "date": "2024-03-03", "text": ["a part that is ", 5]},  # bad part
        {"id": 4, "type": "message", "date": "2024-03-04", "date_unixtime": -5, "text": {"nested": DEEP[:50]}},
        {"id": 5, "type": "message", "date": "2024-03-05T08:00:00", "date_unixtime": "1709625600",
         "text": "Drivers blocked the road near Kulob.\u0000"},
    ]
    path = _export(tmp_path, {"name": "Valley\u0000 News", "type": "public_channel", "id": 1800000002,
                              "username": 5, "messages": messages})
    summary = ingest_telegram(path)
    assert summary.new == 3 and summary.failed == {"bad_message": 2}
    rows = {a.metadata["message_id"]: a for a in Article.objects.filter(origin="telegram")}
    assert sorted(rows) == [1, 2, 5]
    assert rows[2].published.isoformat() == "2024-03-02"
    assert rows[5].text == "Drivers blocked the road near Kulob."
    assert {a.outlet for a in rows.values()} == {"Valley News"}
    assert rows[1].url == "tg://channel/1800000002/1" and rows[1].metadata["username"] is None


def test_a_nested_telegram_export_is_one_clear_error(tmp_path):
    from protest_tracker.ingest.errors import TelegramExportError

    path = tmp_path / "result.json"
    path.write_text('{"messages": ' + DEEP + "}", encoding="utf-8")
    with pytest.raises(TelegramExportError, match="nested too deeply"):
        ingest_telegram(path)


def _acled_csv(tmp_path: Path, rows: int, *, bad_row: int, nul_row: int) -> Path:
    """``rows`` copies of the fixture's first ACLED row with their own ids; one with a byte that is not
    UTF-8 and one with a NUL in its notes (data row numbers, as the spreadsheet counts them)."""
    header, first = (FIXTURES / "acled_central_asia.csv").read_bytes().splitlines()[:2]
    body = [header]
    for number in range(2, rows + 2):
        row = first.replace(b"KAZ9001", f"KAZ{number:05d}".encode())
        if number == bad_row:
            row = row.replace(b"kindergarten", b"kinder\xffgarten")
        if number == nul_row:
            row = row.replace(b"kindergarten", b"kinder\x00garten")
        body.append(row)
    path = tmp_path / "acled.csv"
    path.write_bytes(b"\n".join(body) + b"\n")
    return path


def test_a_bad_byte_in_an_acled_csv_costs_only_its_row(tmp_path):
    path = _acled_csv(tmp_path, 200, bad_row=80, nul_row=120)
    summary = import_dataset(path, dataset="acled")
    assert (summary.rows, summary.imported) == (200, 199)
    [error] = summary.errors
    assert (error.row, error.column) == (80, "notes") and "0xff" in error.reason
    assert not Event.objects.filter(original_id="KAZ00080").exists()
    assert Event.objects.filter(source_dataset="acled").count() == 199
    assert "kindergarten" in Event.objects.get(original_id="KAZ00120").notes
    assert IngestFailure.objects.filter(location=f"{path}: row 80", reason="bad_row").exists()


def test_a_bad_byte_in_an_mmp_csv_costs_only_its_row(tmp_path):
    header, first = (FIXTURES / "mmp_central_asia.csv").read_bytes().splitlines()[:2]
    rows = [first.replace(b"7052019001", f"70520190{n:02d}".encode()) for n in range(10, 40)]
    rows[4] = rows[4].replace(b"Invented test row", b"Invented \xfe\xfe row")
    path = tmp_path / "mmp.csv"
    path.write_bytes(b"\n".join([header, *rows]) + b"\n")
    summary = import_dataset(path, dataset="mmp")
    assert (summary.rows, summary.imported) == (30, 29)
    assert [(e.row, e.column) for e in summary.errors] == [(6, "notes")]


def test_a_row_the_csv_reader_cannot_split_costs_only_that_row(tmp_path):
    header, first = (FIXTURES / "acled_central_asia.csv").read_bytes().splitlines()[:2]
    rows = [first.replace(b"KAZ9001", f"KAZ{n:05d}".encode()) for n in range(2, 8)]
    rows[2] = rows[2].replace(b"kindergarten", b"x" * (2 * 1024 * 1024))  # a cell over the 1 MiB cap
    path = tmp_path / "acled.csv"
    path.write_bytes(b"\n".join([header, *rows]) + b"\n")
    summary = import_dataset(path, dataset="acled")
    assert (summary.rows, summary.imported) == (6, 5)
    assert [(e.row, e.column) for e in summary.errors] == [(4, "(row)")]
    assert "field larger than field limit" in summary.errors[0].reason
