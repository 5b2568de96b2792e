"""Finding one's way in the workspace: the public page of a published event, the two-factor page."""

from __future__ import annotations

import pytest
from django.test import Client

from protest_tracker.review.testing import make_event, make_user

pytestmark = pytest.mark.django_db


def test_published_event_links_to_its_public_page(clients):
    published, candidate = make_event(status="published"), make_event()
    page = clients["coder"].get(f"/review/event/{published.public_id}/").content.decode()
    assert f'href="/events/{published.public_id}" id="public-page"' in page
    other = clients["coder"].get(f"/review/event/{candidate.public_id}/").content.decode()
    assert 'id="public-page"' not in other


def test_two_factor_page_says_when_an_authenticator_is_already_on(clients):
    enrolled = clients["admin"].get("/accounts/2fa/setup/").content.decode()
    assert 'id="already-enrolled"' in enrolled and "keep working" in enrolled
    newcomer = Client()
    newcomer.force_login(make_user("nell", role="coder"))
    first_time = newcomer.get("/accounts/2fa/setup/").content.decode()
    assert "Set up two-factor authentication" in first_time and 'id="already-enrolled"' not in first_time


def test_campaign_status_is_not_wrapped_in_double_brackets(clients):
    from protest_tracker.store.models import Campaign

    campaign = Campaign.objects.create(public_id="CMP-KZ-00042", name="Water cuts (Zhanaozen)", status="candidate")
    event = make_event()
    event.campaign = campaign
    event.save()
    page = clients["coder"].get(f"/review/event/{event.public_id}/").content.decode()
    assert "CMP-KZ-00042 — Water cuts (Zhanaozen) · " in page and "))" not in page.split('id="event-campaign"')[1][:200]


def test_workspace_links_wait_for_the_second_factor(clients):
    newcomer = Client()
    newcomer.force_login(make_user("ada2", role="admin"))  # must enrol first
    setup_page = newcomer.get("/accounts/2fa/setup/").content.decode()
    assert 'href="/review/"' not in setup_page.split("</header>", 1)[0]
    verified_page = clients["admin"].get("/review/").content.decode()
    assert 'href="/review/">Review queue' in verified_page.split("</header>", 1)[0]
