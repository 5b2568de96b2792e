"""``export --format gold`` from a database: analysts' decisions become a training file.

A small store is built through the real services (events created by the "pipeline", edited and
decided by analysts). The export must hold exactly the reviewed articles with the corrected values,
rejected-only articles as negatives, no unreviewed event, no person name; it must pass the
training reader, and ``train`` must run on it. Every text here was written for these tests.
"""

from __future__ import annotations

import datetime as dt
import json

import pytest
from typer.testing import CliRunner

from protest_tracker.cli.main import app
from protest_tracker.errors import ExportError
from protest_tracker.pipeline.learn.corpus import read_corpus
from protest_tracker.review.services.edits import edit_fields
from protest_tracker.review.services.status import change_status
from protest_tracker.review.testing import make_article, make_event, make_user
from protest_tracker.store.models import AuditLog, Event, Person
from protest_tracker.web.gold_export import export_gold

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]

NAME = "Aigul Serikova"
TEXTS = {
    "parents": ("SHYMKENT — About fifty parents gathered outside the city akimat in Shymkent on "
                "Tuesday, demanding a new school for their district. Police watched the rally but "
                f"did not intervene. {NAME}, one of the mothers, said the classrooms were "
                "overcrowded."),
    "oil": ("Hundreds of oil workers in Zhanaozen started a strike on Monday, demanding higher "
            "wages. The company promised to meet their representatives."),
    "heating": ("Около тридцати жителей Оша вышли на митинг у здания мэрии во вторник, требуя "
                "вернуть отопление в домах. Полиция задержала двух участников."),
    "traders": ("Dozens of market traders blocked the road in Bishkek on Tuesday, protesting "
                "against new taxes. The police dispersed the blockade after an hour."),
    "queue": ("Десятки человек собрались в понедельник у здания акимата в Таразе, чтобы получить "
              "новые удостоверения личности после сбоя в системе. Очередь растянулась на весь "
              "квартал."),
    "concert": ("Several hundred people gathered on the central square of Almaty on Monday for an "
                "open-air concert marking the city holiday. Families brought children and it ended "
                "with fireworks."),
    "pending": ("Residents of Aktobe picketed the water utility on Friday over a week without "
                "running water."),
    "opened": "Bus drivers in Karaganda stopped work on Thursday after their wages were cut again.",
    "mixed": ("Farmers rallied in Taldykorgan on Wednesday over land leases. A day earlier a crowd "
              "had queued in Tekeli for cheap flour."),
}


def _article(key: str, published: dt.date, language: str = "en"):
    article = make_article(text=TEXTS[key], published=published)
    article.language = language
    article.save(update_fields=["language"])
    return article


def _event(article, *, status: str = "candidate", **fields) -> Event:
    """A machine event whose evidence is the article's first sentence (with offsets)."""
    end = article.text.find(". ") + 1 or len(article.text)
    evidence = [{"field": "event", "text": article.text[:end], "start": 0, "end": end}]
    return make_event(text=article.text, article=article, evidence=evidence, status=status,
                      **fields)


@pytest.fixture
def store(settings):
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    coder, admin = make_user("cole", role="coder"), make_user("ada", role="admin", with_totp=True)
    made: dict[str, Event] = {}
    # the machine put the parents in Almaty with no response; an analyst corrected both, verified
    made["parents"] = _event(_article("parents", dt.date(2022, 3, 2)), date="2022-03-01",
                             city="Almaty", participants=f"parents with {NAME}")
    edit_fields(made["parents"], {"city": "Shymkent", "state_response": ["monitoring"]},
                actor=coder)
    change_status(made["parents"], "verified", actor=coder)
    Person.objects.create(name=NAME, role="organiser").events.add(made["parents"])
    made["oil"] = _event(_article("oil", dt.date(2022, 4, 12)), date="2022-04-11", city="Zhanaozen",
                         event_type="strike", state_response=["concession"],
                         grievance_categories=["labour"])
    change_status(made["oil"], "verified", actor=coder)
    change_status(made["oil"], "published", actor=admin)
    made["heating"] = _event(_article("heating", dt.date(2021, 10, 20), "ru"), date="2021-10-19",
                             country="KG", city="Osh", state_response=["detention"])
    change_status(made["heating"], "verified", actor=coder)
    made["traders"] = _event(_article("traders", dt.date(2022, 6, 8)), date="2022-06-07",
                             country="KG", city="Bishkek", event_type="road_blockade",
                             state_response=["dispersal"])
    change_status(made["traders"], "verified", actor=coder)
    for key, day, city in (("queue", dt.date(2022, 2, 15), "Taraz"),
                           ("concert", dt.date(2022, 5, 10), "Almaty")):
        made[key] = _event(_article(key, day, "ru" if key == "queue" else "en"),
                           date=(day - dt.timedelta(days=1)).isoformat(), city=city)
        change_status(made[key], "rejected", actor=coder)
    made["pending"] = _event(_article("pending", dt.date(2022, 7, 2)), date="2022-07-01",
                             city="Aktobe")
    made["opened"] = _event(_article("opened", dt.date(2022, 7, 8)), date="2022-07-07",
                            city="Karaganda")
    edit_fields(made["opened"], {"event_type": "strike"}, actor=coder)  # in review: not a decision
    mixed = _article("mixed", dt.date(2022, 8, 4))
    made["mixed_rejected"] = _event(mixed, date="2022-08-02", city="Tekeli")
    change_status(made["mixed_rejected"], "rejected", actor=coder)
    made["mixed_open"] = _event(mixed, date="2022-08-03", city="Taldykorgan")
    return made


def _lines(path) -> dict[str, dict]:
    return {r["id"]: r for r in map(json.loads, path.read_text("utf-8").splitlines())}


def test_gold_export_holds_reviewed_articles_with_corrected_values(tmp_path, store):
    result = export_gold(output=tmp_path / "gold.jsonl")
    records = _lines(result.path)
    by_event = {key: event.reports.get().article_id for key, event in store.items()}
    reviewed = ("parents", "oil", "heating", "traders", "queue", "concert")
    assert set(records) == {by_event[k] for k in reviewed}
    assert (result.summary.positives, result.summary.negatives, result.summary.events) == (4, 2, 4)
    assert result.summary.skipped == {"rejected events beside undecided ones": 1}
    (parents,) = records[by_event["parents"]]["gold"]
    corrected = (parents["city"], parents["date"], parents["state_response"])
    assert corrected == ("Shymkent", "2022-03-01", ["monitoring"])
    assert parents["evidence"].startswith("SHYMKENT — About fifty parents")
    assert parents["evidence"] in records[by_event["parents"]]["text"]
    assert records[by_event["queue"]]["gold"] == [] and records[by_event["concert"]]["gold"] == []
    assert records[by_event["heating"]]["language"] == "ru"
    assert records[by_event["oil"]]["gold"][0]["event_type"] == "strike"
    assert AuditLog.objects.get(action="export", object_id="gold").new_value["rows"] == 6


def test_gold_export_passes_the_training_reader_and_withholds_names(tmp_path, store):
    path = export_gold(output=tmp_path / "gold.jsonl").path
    records = read_corpus([path])
    assert len(records) == 6
    text = path.read_text("utf-8")
    for part in (NAME, *NAME.split()):
        assert part not in text
    assert "[name withheld]" in text
    for key in ("pending", "opened", "mixed_open"):
        assert store[key].public_id not in text


def test_new_reports_since_the_decision_make_an_event_undecided(tmp_path, store):
    Event.objects.filter(pk=store["traders"].pk).update(needs_review=True)
    records = _lines(export_gold(output=tmp_path / "gold.jsonl").path)
    assert store["traders"].reports.get().article_id not in records


def test_gold_is_never_public(tmp_path, store):
    with pytest.raises(ExportError, match="never public"):
        export_gold(output=tmp_path / "gold.jsonl", public=True)
    done = CliRunner().invoke(app, ["export", "--format", "gold", "--public",
                                    "--output", str(tmp_path / "g.jsonl")])
    assert done.exit_code == 1 and "never public" in done.output
    assert not (tmp_path / "g.jsonl").exists()


def test_cli_writes_the_gold_file(tmp_path, store):
    done = CliRunner().invoke(app, ["export", "--format", "gold",
                                    "--output", str(tmp_path / "g.jsonl")])
    assert done.exit_code == 0, done.output
    assert "wrote 6 article(s)" in " ".join(done.output.split())
    assert len(read_corpus([tmp_path / "g.jsonl"])) == 6


@pytest.mark.slow
def test_train_runs_on_the_exported_file(tmp_path, store):
    export_gold(output=tmp_path / "gold.jsonl")
    done = CliRunner().invoke(app, ["train", "--corpus", str(tmp_path / "gold.jsonl"), "--output",
                                    str(tmp_path / "models")])
    assert done.exit_code == 0, done.output
    assert (tmp_path / "models" / "assembler.json").exists()
    assert (tmp_path / "models" / "MODEL_CARD.md").exists()
