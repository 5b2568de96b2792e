"""Files, Telegram exports and ACLED/MMP imports into the database (idempotent, nothing lost)."""

from __future__ import annotations

import shutil
import unicodedata
from pathlib import Path

import pytest

from protest_tracker import identity
from protest_tracker.ingest.errors import DatasetError, TelegramExportError
from protest_tracker.store.imports import import_dataset
from protest_tracker.store.models import Article, AuditLog, Event, IngestFailure
from protest_tracker.store.sink import ingest_paths, ingest_telegram

pytestmark = pytest.mark.django_db
FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "ingest"


def _counts() -> tuple[int, int, int]:
    return Article.objects.count(), IngestFailure.objects.count(), Event.objects.count()


@pytest.mark.both_backends
def test_files_and_folders_ingested_once(tmp_path):
    summary = ingest_paths([FIXTURES / "files" / "articles.jsonl", FIXTURES / "files" / "folder"])
    assert (summary.new, summary.unchanged) == (5, 0)
    assert summary.failed == {"bad_json": 1, "bad_record": 2, "no_text": 1, "binary": 1}
    assert summary.skipped == {"unsupported_type": 1}
    counts = _counts()
    again = ingest_paths([FIXTURES / "files" / "articles.jsonl", FIXTURES / "files" / "folder"])
    assert (again.new, again.unchanged) == (0, 5)
    assert _counts() == counts  # failures refreshed, not duplicated
    rally = Article.objects.get(url="https://valley-herald.test/ru/2024/05/bishkek-rally")
    assert rally.outlet == "Valley Herald" and rally.source_type == "independent"
    assert rally.metadata["input_id"] == "s-1" and "gold" not in rally.metadata
    strike = Article.objects.get(id=identity.article_id(text=Article.objects.get(title="Hunger strike in Khujand").text))
    assert strike.source_type == "" and strike.metadata["source_type_given"] == "made-up-type"
    assert strike.metadata["section"] == "asia" and strike.published.isoformat() == "2024-06-02"
    note = Article.objects.get(title="Пенсионеры Оша собрались у мэрии")
    assert note.text.startswith("# Пенсионеры") and note.origin == "file"
    html = Article.objects.get(title__startswith="Пикет дольщиков")
    assert "Главная" not in html.text and html.language == "ru"


def test_changed_file_is_a_revision(tmp_path):
    page = tmp_path / "note.txt"
    page.write_text("Farmers in Jalal-Abad asked for irrigation water.\n\nThey met the governor.", encoding="utf-8")
    ingest_paths([page])
    page.write_text("Farmers in Jalal-Abad asked for irrigation water.\n\nThey met the governor on Monday.",
                    encoding="utf-8")
    summary = ingest_paths([page])
    # a file has no URL: its id comes from the text, so an edited file is a new article
    assert summary.new == 1 and Article.objects.count() == 2


def test_text_is_nfc_and_cyrillic_bytes_decoded(tmp_path):
    decomposed = unicodedata.normalize("NFD", "Жаңаөзен: мұнайшылар йә")
    (tmp_path / "nfd.txt").write_text(decomposed + "\n\nӘкімдік алдында жиналды.", encoding="utf-8")
    shutil.copy(FIXTURES / "site" / "articles" / "koi8r.html", tmp_path / "koi8r.html")
    summary = ingest_paths([tmp_path])
    assert summary.new == 2
    for article in Article.objects.all():
        assert unicodedata.is_normalized("NFC", article.text)
    assert Article.objects.filter(text__contains="перекрыли движение").exists()


def test_empty_folder_and_missing_path_fail(tmp_path):
    summary = ingest_paths([tmp_path / "missing.jsonl", tmp_path])
    assert summary.stored == 0 and summary.failed == {"missing": 1, "empty": 1}


@pytest.mark.both_backends
def test_telegram_both_text_shapes():
    first = ingest_telegram(FIXTURES / "telegram" / "result_string_text.json")
    assert (first.new, first.skipped["service_message"], first.failed["no_text"]) == (2, 1, 1)
    second = ingest_telegram(FIXTURES / "telegram" / "result_list_text.json", username="valley_live")
    assert second.new == 2 and second.failed == {"bad_message": 3}
    post = Article.objects.get(url="https://t.me/valley_live/10")
    assert post.text.startswith("Срочно: в Нукусе") and "https://valley-herald.test/nukus-water" in post.text
    assert post.metadata["links"] == ["https://valley-herald.test/nukus-water", "https://valley-herald.test/video/42"]
    assert post.source_type == "telegram" and post.outlet == "Valley Herald Live"
    assert post.published.isoformat() == "2024-02-01" and post.origin == "telegram"
    plain = Article.objects.get(url="tg://channel/1700000001/2")
    assert plain.metadata["message_id"] == 2 and plain.metadata["channel"] == "Степные вести · срочно"
    assert ingest_telegram(FIXTURES / "telegram" / "result_string_text.json").unchanged == 2
    failure = IngestFailure.objects.get(reason="no_text")
    assert failure.location.endswith("result_string_text.json#message=3")


@pytest.mark.parametrize(("name", "message"), [("truncated.json", "truncated or corrupt"),
                                               ("wrong_shape.json", "not a Telegram Desktop channel export")])
def test_broken_telegram_export_is_one_clear_error(name, message):
    ingest_telegram(FIXTURES / "telegram" / "result_string_text.json")
    before = Article.objects.count()
    with pytest.raises(TelegramExportError, match=message):
        ingest_telegram(FIXTURES / "telegram" / name)
    assert Article.objects.count() == before
    assert IngestFailure.objects.filter(location__endswith=name, reason="bad_telegram_export").exists()


@pytest.mark.both_backends
def test_acled_import_maps_rows_and_reports_broken_ones():
    summary = import_dataset(FIXTURES / "datasets" / "acled_central_asia.csv", dataset="acled")
    assert (summary.rows, summary.imported, summary.existing) == (10, 4, 0)
    assert summary.out_of_scope == {"other_country": 1, "not_a_protest": 1}
    assert [(e.row, e.column) for e in summary.errors] == [
        (8, "latitude"), (9, "event_date"), (10, "sub_event_type"), (11, "event_id_cnty")]
    almaty = Event.objects.get(source_dataset="acled", original_id="KAZ9001")
    assert (almaty.status, almaty.country, almaty.city, almaty.date.isoformat()) == ("candidate", "KZ", "Almaty", "2025-05-16")
    assert (almaty.size_min, almaty.size_max, almaty.size_text) == (50, 50, "around 50")
    assert set(almaty.participant_groups) == {"workers", "mothers_families"}
    assert not almaty.state_response and "kindergarten" in almaty.notes
    nukus = Event.objects.get(original_id="UZB9003")
    assert nukus.date_precision == "month" and set(nukus.state_response) == {"force_violence", "fatalities"}
    assert Event.objects.get(original_id="TJK9004").event_type == "riot"
    assert AuditLog.objects.filter(action="create", object_id=almaty.public_id).exists()
    assert AuditLog.objects.filter(action="import", object_type="dataset").count() == 1
    assert IngestFailure.objects.filter(reason="bad_row").count() == 4
    again = import_dataset(FIXTURES / "datasets" / "acled_central_asia.csv", dataset="acled")
    assert (again.imported, again.existing) == (0, 4) and Event.objects.count() == 4


@pytest.mark.both_backends
def test_mmp_import_maps_rows_and_reports_broken_ones():
    summary = import_dataset(FIXTURES / "datasets" / "mmp_central_asia.csv", dataset="mmp")
    assert (summary.rows, summary.imported) == (7, 2)
    assert summary.out_of_scope == {"other_country": 1, "not_a_protest": 1}
    assert [(e.row, e.column) for e in summary.errors] == [
        (6, "startmonth"), (7, "protesterdemand1"), (8, "participants_category")]
    almaty = Event.objects.get(source_dataset="mmp", original_id="7052019001")
    assert set(almaty.grievance_categories) == {"wages_prices_economy", "rights_freedoms"}
    assert set(almaty.state_response) == {"concession", "dispersal"}
    assert (almaty.size_min, almaty.size_max) == (100, 999)
    bishkek = Event.objects.get(original_id="7032010001")
    assert bishkek.end_date.isoformat() == "2010-04-07" and bishkek.protester_violence
    assert set(bishkek.state_response) == {"force_violence", "fatalities", "detention"}
    assert import_dataset(FIXTURES / "datasets" / "mmp_central_asia.csv", dataset="mmp").existing == 2


def test_wrong_csv_is_one_clear_error():
    with pytest.raises(DatasetError, match="missing column"):
        import_dataset(FIXTURES / "datasets" / "not_acled.csv", dataset="acled")
    assert Event.objects.count() == 0
