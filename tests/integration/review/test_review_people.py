"""People's names end to end: ingest -> process (the real pipeline) -> Person rows -> withheld from
the public page, the API and public exports -> an admin marks a public figure (audited) -> shown.

The article is invented for the test. The event stage is the rule segmentation (``events.detect@2``)
so the test does not depend on the learned assembler's artefact; ``events.people@1`` runs as configured.
"""

from __future__ import annotations

import json

import pytest
from typer.testing import CliRunner

from protest_tracker.cli.main import app
from protest_tracker.model import EventCandidate, PersonMention
from protest_tracker.pipeline.config import build_pipeline, load_config
from protest_tracker.review.permissions import ActionDenied
from protest_tracker.review.services.people import ReasonRequired, do_set_person_publishable
from protest_tracker.store.models import Article, AuditLog, Event, Person
from protest_tracker.store.people import record_people
from protest_tracker.store.processing import process_pending
from protest_tracker.store.sink import ingest_paths
from protest_tracker.web.exporting import export_events

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]

TEXT = ("Бессрочный митинг в Жанаозене. 12 марта 2024 года около двухсот жителей Жанаозена вышли на митинг "
        "у здания акимата, требуя снизить цену на газ. Организатор акции Ерлан Жаксылыков заявил, что люди "
        "не разойдутся, пока их не услышат. Полиция задержала Ерлана Жаксылыкова вечером.")
NAME, DECLINED = "Жаксылыков", "Жаксылыкова"


@pytest.fixture(scope="module")
def pipeline():
    config = load_config()
    for entry in config["stages"]:
        if entry["use"] == "events.assemble@1":
            entry["use"], entry["options"] = "events.detect@2", {}
    return build_pipeline(config)


@pytest.fixture
def published(tmp_path, pipeline):
    source = tmp_path / "report.jsonl"
    source.write_text(json.dumps({"id": "zh-1", "url": "https://example.org/zh-1", "language": "ru",
                                  "published": "2024-03-12", "title": "Митинг в Жанаозене", "text": TEXT},
                                 ensure_ascii=False) + "\n", encoding="utf-8")
    ingest_paths([source])
    summary = process_pending(pipeline=pipeline)
    assert summary.articles == 1 and summary.new_events >= 1
    Event.objects.update(status="published")
    return Event.objects.get()


def _public_texts(client, event, tmp_path) -> dict[str, str]:
    def decoded(url: str) -> str:  # JSON may escape non-ASCII letters
        return json.dumps(client.get(url).json(), ensure_ascii=False)

    texts = {"page": client.get(f"/events/{event.public_id}").content.decode(),
             "page.json": decoded(f"/events/{event.public_id}.json"),
             "api": decoded(f"/api/v1/events/{event.public_id}"), "api list": decoded("/api/v1/events")}
    for fmt in ("csv", "json", "acled-csv"):
        result = export_events(fmt=fmt, output=tmp_path / f"export.{fmt}", public=True)
        texts[fmt] = result.path.read_text(encoding="utf-8")
    texts["json"] = json.dumps(json.loads(texts["json"]), ensure_ascii=False)
    out = tmp_path / "cli.csv"
    run = CliRunner().invoke(app, ["export", "--format", "csv", "--output", str(out), "--public"])
    assert run.exit_code == 0, run.output
    texts["cli csv"] = out.read_text(encoding="utf-8")
    return texts


def test_a_detected_organiser_is_recorded_withheld_and_published_by_an_admin(published, client, clients, users,
                                                                              tmp_path):
    person = Person.objects.get(name="Ерлан Жаксылыков")
    assert person.role == "organiser" and person.source_field == "organisers" and not person.publishable
    assert list(person.events.all()) == [published]
    assert NAME in published.organisers  # the machine put the name in a free-text field
    assert AuditLog.objects.filter(action="people", object_id=published.public_id).exists()

    for where, text in _public_texts(client, published, tmp_path).items():
        assert NAME not in text and DECLINED not in text, f"name leaked in {where}"
    assert "[name withheld]" in client.get(f"/events/{published.public_id}.json").json()["organisers"]

    # analysts see the name on the review page; a coder may not publish it
    page = clients["coder"].get(f"/review/event/{published.public_id}/").content.decode()
    assert "Ерлан Жаксылыков" in page and "Mark as public figure" not in page
    assert "Mark as public figure" in clients["admin"].get(f"/review/event/{published.public_id}/").content.decode()
    response = clients["coder"].post(f"/review/person/{person.pk}/publishable/",
                                      {"publishable": "1", "reason": "x", "event": published.public_id})
    assert response.status_code == 403
    with pytest.raises(ActionDenied):
        do_set_person_publishable(users["coder"], person, True, "he is a public figure")
    with pytest.raises(ReasonRequired):
        do_set_person_publishable(users["admin"], person, True, "")
    person.refresh_from_db()
    assert not person.publishable

    before = Event.objects.get(pk=published.pk).updated_at
    response = clients["admin"].post(f"/review/person/{person.pk}/publishable/",
                                      {"publishable": "1", "reason": "MP speaking at the rally",
                                       "event": published.public_id})
    assert response.status_code == 302
    person.refresh_from_db()
    assert person.publishable
    row = AuditLog.objects.get(action="person_publishable", object_id=str(person.pk))
    assert (row.actor_label, row.new_value, row.reason) == ("ada", True, "MP speaking at the rally")
    assert Event.objects.get(pk=published.pk).updated_at > before  # delta sync sees the change
    texts = _public_texts(client, published, tmp_path)
    assert [where for where in ("page.json", "api", "csv", "json", "cli csv") if NAME not in texts[where]] == []

    clients["admin"].post(f"/review/person/{person.pk}/publishable/", {"publishable": "0",
                                                                        "event": published.public_id})
    assert NAME not in json.dumps(client.get(f"/api/v1/events/{published.public_id}").json(), ensure_ascii=False)


def test_reprocessing_keeps_person_rows_and_links(published, pipeline):
    people = set(Person.objects.values_list("pk", "name", "role", "source_field"))
    assert people
    Article.objects.update(processed_version="")
    process_pending(pipeline=pipeline)
    assert set(Person.objects.values_list("pk", "name", "role", "source_field")) == people
    event = Event.objects.get()
    assert set(event.people.values_list("pk", flat=True)) == {pk for pk, *_ in people}


def test_record_people_is_idempotent_and_inherits_a_public_figure(published):
    candidate = EventCandidate(people=(PersonMention("Серик Абдрахманов", "other", "evidence", 1, 18),))
    first = record_people(published, candidate, actor="test")
    second = record_people(published, candidate, actor="test")
    assert [p.pk for p in first] == [p.pk for p in second]
    assert Person.objects.filter(name="Серик Абдрахманов").count() == 1
    Person.objects.filter(name="Серик Абдрахманов").update(publishable=True)
    other = EventCandidate(people=(PersonMention("Серик Абдрахманов", "participant", "participants", 1, 18),))
    assert record_people(published, other, actor="test")[0].publishable
