"""A campaign's stored traction is dropped by every change of its inputs and, read again, equals a
traction computed from its events (edits, status changes, merges, splits, reports, articles, deletions)."""

from __future__ import annotations

import datetime as dt

import pytest

from protest_tracker.review.services.edits import edit_fields, move_to_campaign
from protest_tracker.review.services.merge import merge_events, split_event
from protest_tracker.review.services.status import change_status
from protest_tracker.review.testing import make_user
from protest_tracker.store.campaign_sync import merge_campaigns
from protest_tracker.store.models import Article, Campaign, Event, EventReport
from protest_tracker.web.summary import matches_events
from protest_tracker.web.summary_models import CampaignTraction
from protest_tracker.web.traction_view import stored_tractions_current

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


@pytest.fixture
def admin():
    return make_user("traction-admin", role="admin")


@pytest.fixture
def campaign(make):
    campaign = make.consulate_campaign(days=30)
    other = make.make_campaign(name="Other", public_id="CMP-KG-00002")
    make.make_event(city="Bishkek", campaign=other, size_min=100)
    return campaign


def read_all(client) -> None:
    """Read every public campaign's page: each stores its traction."""
    for campaign in Campaign.objects.all():
        assert client.get(f"/api/v1/campaigns/{campaign.public_id}").status_code in (200, 404)


def assert_dropped_and_current(client, campaign: Campaign) -> None:
    assert not CampaignTraction.objects.filter(campaign_id=campaign.pk).exists()  # the change dropped it
    read_all(client)
    assert stored_tractions_current()
    assert matches_events()


def test_reading_stores_and_reuses_the_traction(campaign, client):
    first = client.get(f"/api/v1/campaigns/{campaign.public_id}").json()
    assert CampaignTraction.objects.filter(campaign_id=campaign.pk).exists()
    assert client.get(f"/api/v1/campaigns/{campaign.public_id}").json() == first
    assert first["traction"]["summary"]["events"] == campaign.events.filter(status="published").count()


def test_edits_and_status_changes_drop_it(campaign, client, admin):
    read_all(client)
    event = campaign.events.order_by("date").first()
    edit_fields(event, {"size_min": 400, "size_max": 500}, actor=admin)  # not a summary field
    assert_dropped_and_current(client, campaign)
    change_status(event, "in_review", actor=admin)
    assert_dropped_and_current(client, campaign)
    move_to_campaign(campaign.events.order_by("date").last(), None, actor=admin)
    assert_dropped_and_current(client, campaign)


def test_merges_splits_and_moves_drop_it(campaign, client, admin):
    read_all(client)
    first, second = campaign.events.order_by("date")[:2]
    merge_events(first, second, actor=admin)
    assert_dropped_and_current(client, campaign)
    EventReport.objects.create(event=first, article=Article.objects.exclude(event_reports__event=first).first())
    assert_dropped_and_current(client, campaign)
    survivor = Event.objects.get(pk=first.pk)
    split_event(survivor, [survivor.reports.order_by("pk").last().pk], actor=admin)
    assert_dropped_and_current(client, campaign)
    other = Campaign.objects.get(public_id="CMP-KG-00002")
    merge_campaigns(campaign, [other], actor=admin)  # QuerySet.update() and refresh_summary_for
    assert_dropped_and_current(client, campaign)


def test_articles_and_deletions_drop_it(campaign, client):
    read_all(client)
    article = Article.objects.filter(event_reports__event__campaign=campaign).first()
    article.text = "The akimat agreed to the protesters' demands and released the detainees."
    article.published = dt.date(2024, 5, 1)
    article.save()
    assert_dropped_and_current(client, campaign)
    campaign.events.order_by("date").first().delete()
    assert_dropped_and_current(client, campaign)
    EventReport.objects.filter(event__campaign=campaign).first().delete()
    assert_dropped_and_current(client, campaign)


def test_warming_stores_every_public_campaign_once_and_readers_reuse_it(campaign, client, admin):
    from protest_tracker.web.traction_view import public_campaigns, warm_tractions

    public = set(public_campaigns().values_list("pk", flat=True))
    assert warm_tractions() == len(public) >= 2
    assert set(CampaignTraction.objects.values_list("campaign_id", flat=True)) == public
    assert stored_tractions_current()
    assert warm_tractions() == 0  # nothing left to compute
    before = CampaignTraction.objects.get(campaign_id=campaign.pk).traction
    assert client.get(f"/api/v1/campaigns/{campaign.public_id}").json()["traction"]["summary"]["events"] \
        == before["summary"]["events"]
    edit_fields(campaign.events.order_by("date").first(), {"size_min": 400, "size_max": 500}, actor=admin)
    assert warm_tractions() == 1  # only the changed campaign
    assert stored_tractions_current()
