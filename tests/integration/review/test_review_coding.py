"""Double coding: assignment, blind coding, agreement report, disagreements and adjudication."""

from __future__ import annotations

import pytest

from protest_tracker.errors import ReviewError
from protest_tracker.review.models import CodingAssignment
from protest_tracker.review.permissions import ActionDenied
from protest_tracker.review.services.coding import (
    adjudicate,
    agreement_report,
    create_sample,
    disagreements,
    draw_sample,
    submit_coding,
)
from protest_tracker.review.testing import make_event, make_user
from protest_tracker.store.models import AuditLog

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]

FIELDS = ("event_type", "grievance_categories", "protester_violence")


@pytest.fixture
def sample(users):
    second_coder = make_user("cleo", role="coder")
    events = [make_event() for _ in range(4)]
    return create_sample(name="January", events=events, coder_a=users["coder"], coder_b=second_coder,
                         actor=users["admin"], fields=FIELDS)


def code(sample, coder, answers):
    for assignment, values in zip(sample.assignments.filter(coder=coder).order_by("event__public_id"), answers,
                                  strict=True):
        submit_coding(assignment, values, actor=coder)


def test_sample_rules(users):
    event = make_event()
    with pytest.raises(ActionDenied):
        create_sample(name="x", events=[event], coder_a=users["coder"], coder_b=users["admin"], actor=users["coder"])
    with pytest.raises(ReviewError):
        create_sample(name="x", events=[event], coder_a=users["coder"], coder_b=users["coder"], actor=users["admin"])
    with pytest.raises(ReviewError):
        create_sample(name="x", events=[event], coder_a=users["coder"], coder_b=users["viewer"], actor=users["admin"])
    assert len(draw_sample(range(10), size=3, seed=1)) == 3 and len(draw_sample(range(2), size=3)) == 2


def test_agreement_and_adjudication(sample, users):
    cole, cleo = sample.coder_a, sample.coder_b
    assert CodingAssignment.objects.filter(sample=sample).count() == 8
    with pytest.raises(ActionDenied):
        submit_coding(sample.assignments.filter(coder=cole).first(), {"event_type": "march"}, actor=cleo)
    code(sample, cole, [
        {"event_type": "picket", "grievance_categories": ["utilities"], "protester_violence": ""},
        {"event_type": "picket", "grievance_categories": ["utilities", "labour"], "protester_violence": ""},
        {"event_type": "strike", "grievance_categories": ["labour"], "protester_violence": "1"},
        {"event_type": "strike", "grievance_categories": [], "protester_violence": ""},
    ])
    code(sample, cleo, [
        {"event_type": "picket", "grievance_categories": ["utilities"], "protester_violence": ""},
        {"event_type": "demonstration", "grievance_categories": ["utilities"], "protester_violence": ""},
        {"event_type": "strike", "grievance_categories": ["labour"], "protester_violence": "1"},
        {"event_type": "strike", "grievance_categories": [], "protester_violence": ""},
    ])
    rows = {row["field"]: row for row in agreement_report(sample)}
    assert rows["event_type"]["n"] == 4 and rows["event_type"]["percent"] == 0.75
    # event_type values (picket,picket) (picket,demonstration) (strike,strike) (strike,strike):
    # n=8, n_picket=3, n_demo=1, n_strike=4; D_o pairs=2; expected pairs=2*(3*1+3*4+1*4)=38; alpha=1-7*2/38
    assert rows["event_type"]["alpha"] == pytest.approx(1 - 7 * 2 / 38)
    assert rows["protester_violence"]["percent"] == 1.0 and rows["protester_violence"]["alpha"] == 1.0
    assert rows["grievance_categories"]["percent"] == 0.75
    found = disagreements(sample)
    assert [(d.field, d.value_a, d.value_b) for d in found] == [
        ("event_type", "picket", "demonstration"),
        ("grievance_categories", ["labour", "utilities"], ["utilities"]),
    ]
    target = found[0].event
    with pytest.raises(ActionDenied):
        adjudicate(sample, target, "event_type", "picket", actor=cole)
    adjudicate(sample, target, "event_type", "picket", actor=users["admin"])
    target.refresh_from_db()
    assert target.event_type == "picket"
    assert AuditLog.objects.filter(object_id=target.public_id, action="edit", field="event_type").exists()
    assert [d.is_resolved for d in disagreements(sample)] == [True, False]


def test_coding_pages(sample, clients, users):
    assignment = sample.assignments.filter(coder=users["coder"]).first()
    page = clients["coder"].get(f"/review/coding/assignment/{assignment.pk}/")
    html = page.content.decode()
    assert page.status_code == 200 and 'name="event_type"' in html and 'name="city"' not in html
    assert clients["viewer"].get(f"/review/coding/assignment/{assignment.pk}/").status_code == 403
    other = sample.assignments.exclude(coder=users["coder"]).first()
    assert clients["coder"].get(f"/review/coding/assignment/{other.pk}/").status_code == 403
    response = clients["coder"].post(f"/review/coding/assignment/{assignment.pk}/", {
        "event_type": "picket", "grievance_categories": ["utilities"]})
    assert response.status_code == 302
    assignment.refresh_from_db()
    assert assignment.values["event_type"] == "picket" and assignment.submitted_at
    report = clients["admin"].get(f"/review/coding/{sample.pk}/").content.decode()
    assert "Krippendorff" in report and "1 of 8 codings submitted" in report
