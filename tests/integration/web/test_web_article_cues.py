"""Concession cues stored per article: a traction recomputed after a change reads no texts, an
edited or deleted article drops its cues, and cues of another version are computed again."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from protest_tracker.pipeline.fields.concessions import CONCESSIONS_VERSION, find_concessions
from protest_tracker.review.services.edits import edit_fields
from protest_tracker.review.testing import make_user
from protest_tracker.store.models import Article
from protest_tracker.web.article_cues import cues_by_article, stored_current
from protest_tracker.web.summary import matches_events
from protest_tracker.web.summary_models import ArticleConcessions, CampaignTraction

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]

CONCEDED = "After the rally the akim resigned."


@pytest.fixture
def campaign(make):
    campaign = make.consulate_campaign(days=20)
    article = Article.objects.filter(event_reports__event__campaign=campaign).order_by("pk").first()
    article.text = CONCEDED
    article.save()
    return campaign


def articles_of(campaign) -> list[str]:
    return sorted(set(Article.objects.filter(event_reports__event__campaign=campaign).values_list("pk", flat=True)))


def traction(client, campaign) -> dict:
    """Read the campaign's API record (which computes and stores its traction); the stored traction."""
    assert client.get(f"/api/v1/campaigns/{campaign.public_id}").status_code == 200
    return CampaignTraction.objects.get(campaign_id=campaign.pk).traction


def texts_read(queries) -> int:
    return sum(1 for q in queries if '"text"' in q["sql"] and "store_article" in q["sql"])


def test_recomputing_a_traction_reads_no_texts_once_the_cues_are_stored(campaign, client):
    admin = make_user("cues-admin", role="admin")
    with CaptureQueriesContext(connection) as first:
        before = traction(client, campaign)
    assert texts_read(first.captured_queries) >= 1
    assert set(ArticleConcessions.objects.values_list("article_id", flat=True)) >= set(articles_of(campaign))
    edit_fields(campaign.events.order_by("date").first(), {"size_min": 300, "size_max": 400}, actor=admin)
    with CaptureQueriesContext(connection) as again:
        after = traction(client, campaign)  # the stored traction was dropped: computed again
    assert texts_read(again.captured_queries) == 0
    assert won(after) == won(before) == (True, "resignation")  # the cue came from the stored row
    assert stored_current() and matches_events()


def won(traction: dict) -> tuple[bool, str]:
    criterion = next(c for c in traction["verdict"]["criteria"] if c["code"] == "concession")
    return criterion["fired"], "resignation" if "resign" in criterion["text"] else criterion["text"]


def test_the_stored_cues_are_those_of_the_text(campaign):
    ids = articles_of(campaign)
    cues = cues_by_article(ids)
    for pk in ids:
        assert cues[pk] == [c.to_dict() for c in find_concessions(Article.objects.get(pk=pk).text)]
    conceded = [pk for pk in ids if cues[pk]]
    assert len(conceded) == 1 and "resignation" in {c["kind"] for c in cues[conceded[0]]}
    assert cues_by_article(ids) == cues  # read back from the table


def test_an_edited_or_deleted_article_drops_its_cues(campaign):
    ids = articles_of(campaign)
    cues_by_article(ids)
    article = Article.objects.get(pk=[pk for pk in ids if cues_by_article([pk])[pk]][0])
    article.text = "The crowd went home; nobody from the akimat came out."
    article.save()
    assert not ArticleConcessions.objects.filter(article_id=article.pk).exists()
    assert cues_by_article([article.pk])[article.pk] == []
    other = Article.objects.get(pk=ids[-1])
    other.delete()
    assert not ArticleConcessions.objects.filter(article_id=other.pk).exists()
    assert stored_current()


def test_cues_of_another_version_are_computed_again_and_a_tampered_row_is_caught(campaign):
    ids = articles_of(campaign)
    cues_by_article(ids)
    ArticleConcessions.objects.update(version="old", cues=[])
    assert any(cues_by_article(ids).values())  # not the stale empty lists
    assert set(ArticleConcessions.objects.values_list("version", flat=True)) == {CONCESSIONS_VERSION}
    assert stored_current()
    ArticleConcessions.objects.filter(article_id=ids[0]).update(cues=[{"kind": "release", "cue": "x", "sentence": "x"}])
    assert not stored_current()
    assert not matches_events()
