"""Analysts' campaign decisions survive regrouping (SQLite in WAL mode; PostgreSQL in the second run).

An event is *pinned* when an analyst moved it (to another campaign or to none) or
when it is ``in_review``/``verified``/``published``: ``process`` never moves it and
flags it ``needs_review`` when regrouping would have. Campaign names follow the
events a campaign really holds, and an analyst's name is kept.
"""

from __future__ import annotations

import pytest
from linking_db_support import FixturePipeline, event_with, save

from linking_support import load
from protest_tracker.linking.campaign_names import campaign_title
from protest_tracker.review.services.edits import move_to_campaign
from protest_tracker.store import audit
from protest_tracker.store.campaign_sync import merge_campaigns, recompute_campaigns, split_campaign
from protest_tracker.store.linking_rows import linked_event_of
from protest_tracker.store.models import AuditLog, Campaign, Event
from protest_tracker.store.processing import process_pending
from protest_tracker.store.roles import create_user

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]

MORTGAGE = ("fx-almaty-mortgage-0", "fx-almaty-mortgage-1", "fx-almaty-mortgage-2")
#: The three mortgage rallies moved before the consulate pickets began (so their group comes first).
EARLIER = {"2021-03-01": "2020-12-01", "2021-03-29": "2020-12-29", "2021-04-26": "2021-01-26"}


@pytest.fixture
def analyst():
    return create_user("aigerim", password="a-long-test-passphrase-17", role="coder")


def processed(records, *, first: int | None = None) -> None:
    save(records[:first] if first else records)
    process_pending(pipeline=FixturePipeline(records))


def system_campaign_updates(public_id: str, *, after: int = 0) -> int:
    """How many times linking changed the event's campaign after audit row ``after``."""
    return AuditLog.objects.filter(object_type="event", object_id=public_id, field="campaign", id__gt=after,
                                   actor_label__startswith="system").count()


def last_audit_id() -> int:
    return AuditLog.objects.order_by("-id").values_list("id", flat=True).first() or 0


def name_follows_events(campaign: Campaign) -> bool:
    members = campaign.events.exclude(status="rejected").prefetch_related("reports__article")
    return campaign.name == campaign_title([linked_event_of(e) for e in members])


def test_an_analysts_move_to_no_campaign_survives_process(analyst):
    records = load("daily_picket")
    processed(records, first=14)
    picket = event_with("fx-picket-05")
    campaign = picket.campaign
    assert campaign is not None
    move_to_campaign(picket, None, actor=analyst, reason="a different group's picket")
    moved_at = last_audit_id()
    processed(records)  # new articles arrive, the campaign is regrouped
    picket.refresh_from_db()
    assert picket.campaign is None and picket.needs_review is True
    assert system_campaign_updates(picket.public_id, after=moved_at) == 0
    [flag] = AuditLog.objects.filter(object_id=picket.public_id, action="flag")
    assert flag.actor_label == "system:linking" and campaign.public_id in flag.reason
    # unpinned events still join the campaign, and its name follows the events it holds
    campaign.refresh_from_db()
    assert campaign.events.count() == 16 and event_with("fx-zhanaozen-solidarity").campaign == campaign
    assert name_follows_events(campaign)
    # the same proposal is not flagged again, and a second regrouping changes nothing
    picket.needs_review = False
    picket.save()
    again = recompute_campaigns()
    assert (again.moved_events, again.flagged_events, again.created, again.deleted) == (0, 0, 0, 0)
    picket.refresh_from_db()
    assert picket.campaign is None and picket.needs_review is False


def test_an_analysts_move_to_a_candidate_campaign_survives_process(analyst):
    records = load("daily_picket")
    processed(records, first=20)
    picket, mortgage = event_with("fx-picket-07"), event_with("fx-almaty-mortgage-0")
    picket_campaign, mortgage_campaign = picket.campaign, mortgage.campaign
    assert mortgage_campaign.status == "candidate" and picket_campaign != mortgage_campaign
    move_to_campaign(picket, mortgage_campaign, actor=analyst)
    moved_at = last_audit_id()
    save(records)
    summary = process_pending(pipeline=FixturePipeline(records))
    assert summary.articles == 1 and summary.campaign_moves_flagged == 1
    picket.refresh_from_db()
    assert picket.campaign == mortgage_campaign and picket.needs_review is True
    assert system_campaign_updates(picket.public_id, after=moved_at) == 0
    assert AuditLog.objects.filter(object_id=picket.public_id, action="flag",
                                   reason__contains=picket_campaign.public_id).exists()
    assert set(mortgage_campaign.events.values_list("city", flat=True)) == {"Almaty"}
    assert mortgage_campaign.events.count() == 4


def test_reviewed_events_keep_their_campaign_or_their_lack_of_one():
    records = load("daily_picket")
    processed(records)
    verified, in_review = event_with("fx-picket-03"), event_with("fx-almaty-mortgage-1")
    picket_campaign = verified.campaign
    reviewed_at = last_audit_id()
    Event.objects.filter(pk=verified.pk).update(status="verified", campaign=None)
    Event.objects.filter(pk=in_review.pk).update(status="in_review", campaign=picket_campaign)
    summary = recompute_campaigns()
    verified.refresh_from_db()
    in_review.refresh_from_db()
    assert verified.campaign is None and in_review.campaign == picket_campaign
    assert verified.needs_review and in_review.needs_review and summary.flagged_events == 2
    assert summary.moved_events == 0
    assert system_campaign_updates(verified.public_id, after=reviewed_at) == 0
    assert system_campaign_updates(in_review.public_id, after=reviewed_at) == 0


def test_names_follow_the_events_a_campaign_really_holds():
    """The campaign keeps its published pickets; the machine-placed mortgage rallies leave it."""
    records = load("daily_picket")
    for record in records:
        if record["id"] in MORTGAGE:
            record["published"] = EARLIER[record["published"]]
            record["events"] = [{**e, "date": EARLIER[e["date"]]} for e in record["events"]]
    processed(records)
    picket_campaign = event_with("fx-picket-00").campaign
    mortgage_ids = [event_with(a).pk for a in MORTGAGE]
    Campaign.objects.exclude(pk=picket_campaign.pk).delete()
    Event.objects.filter(pk__in=mortgage_ids).update(campaign=picket_campaign)
    Event.objects.filter(campaign=picket_campaign).exclude(pk__in=mortgage_ids).update(status="published")
    recompute_campaigns()
    picket_campaign.refresh_from_db()
    assert picket_campaign.events.count() == 17
    assert not picket_campaign.events.filter(pk__in=mortgage_ids).exists()
    assert picket_campaign.name.startswith("Relatives of detainees") and name_follows_events(picket_campaign)
    mortgage_campaign = Campaign.objects.get(events__pk=mortgage_ids[0])
    assert mortgage_campaign.events.count() == 3 and name_follows_events(mortgage_campaign)
    assert "mortgage" in mortgage_campaign.name.lower()


def test_an_analysts_name_is_never_overwritten(analyst):
    records = load("daily_picket")
    processed(records)
    picket_campaign = event_with("fx-picket-00").campaign
    audit.record(actor=analyst, action="edit", object_type="campaign", object_id=picket_campaign.public_id,
                 field="name", old=picket_campaign.name, new="Consulate pickets")
    Campaign.objects.filter(pk=picket_campaign.pk).update(name="Consulate pickets")
    mortgage_campaign = event_with("fx-almaty-mortgage-0").campaign
    Campaign.objects.filter(pk=mortgage_campaign.pk).update(name="Mortgage holders", status="confirmed")
    Event.objects.filter(pk=event_with("fx-picket-14").pk).update(campaign=None)  # regrouping puts it back
    summary = recompute_campaigns()
    assert summary.moved_events == 1
    picket_campaign.refresh_from_db()
    mortgage_campaign.refresh_from_db()
    assert picket_campaign.events.count() == 17
    assert (picket_campaign.name, mortgage_campaign.name) == ("Consulate pickets", "Mortgage holders")


def test_merge_and_split_rename_from_the_events_unless_the_analyst_named_it(analyst):
    records = load("daily_picket")
    processed(records)
    picket_campaign = event_with("fx-picket-00").campaign
    target = event_with("fx-almaty-mortgage-0").campaign
    merge_campaigns(target, [picket_campaign], actor=analyst)  # the 3 mortgage rallies take in 17 pickets
    target.refresh_from_db()
    assert target.events.count() == 20 and target.name.startswith("Relatives of detainees")
    assert name_follows_events(target)
    assert AuditLog.objects.filter(object_id=target.public_id, field="name", actor_label="system:linking",
                                   reason__contains="after a merge by aigerim").exists()
    mortgage_ids = [event_with(a).public_id for a in MORTGAGE]
    split_off = split_campaign(target, mortgage_ids, actor=analyst)
    target.refresh_from_db()
    assert name_follows_events(split_off) and name_follows_events(target)
    assert target.name.startswith("Relatives of detainees") and "mortgage" in split_off.name.lower()
    solidarity = [event_with("fx-zhanaozen-solidarity").public_id]
    named = split_campaign(target, solidarity, actor=analyst, name="Zhanaozen solidarity")
    merge_campaigns(named, [split_off], actor=analyst)
    recompute_campaigns()
    named.refresh_from_db()
    assert named.name == "Zhanaozen solidarity" and named.events.count() == 4
