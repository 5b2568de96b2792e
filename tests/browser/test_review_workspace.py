"""The review workspace in real headless Chromium: log in, enrol TOTP, approve three events with the
keyboard, edit a field, merge two events, read the audit log, publish — nothing leaves 127.0.0.1."""

from __future__ import annotations

import base64
import time

import pytest
from django_otp.oath import TOTP

from protest_tracker.review.testing import PASSWORD, make_event, make_user
from protest_tracker.store.models import AuditLog, Campaign, Event, EventTombstone

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def code_for(secret: str) -> str:
    key = base64.b32decode(secret + "=" * (-len(secret) % 8))
    generator = TOTP(key)
    generator.time = time.time()
    return f"{generator.token():06d}"


@pytest.fixture
def corpus(db):
    campaign = Campaign.objects.create(public_id="CMP-1", name="Gas price protests")
    texts = [
        "About forty residents gathered outside the akimat in Zhanaozen on Monday over the gas price.",
        "Drivers blocked the road near Aktau for two hours; police watched from a distance.",
        "Some twenty mothers of large families waited at the akimat in Shymkent asking for housing.",
        "Oil workers in Zhanaozen stopped work demanding the wage rise they were promised.",
        "A second report on the Zhanaozen gas-price rally counted about fifty residents.",
    ]
    cities = ["Zhanaozen", "Aktau", "Shymkent", "Zhanaozen", "Zhanaozen"]
    days = ["2022-01-10", "2022-01-09", "2022-01-08", "2022-01-07", "2022-01-06"]
    events = [make_event(text=t, city=c, date=d) for t, c, d in zip(texts, cities, days, strict=True)]
    events[0].campaign = campaign
    events[0].save()
    return events


def test_analyst_reviews_in_the_browser(page, live_server, corpus, screenshot_dir):
    make_user("analyst", role="admin")
    console_errors: list[str] = []
    page.on("console", lambda message: console_errors.append(message.text) if message.type == "error" else None)
    base = live_server.url

    page.goto(f"{base}/review/")
    assert "/accounts/login/" in page.url
    page.fill("#id_username", "analyst")
    page.fill("#id_password", PASSWORD)
    page.click("main button[type=submit]")
    page.wait_for_url("**/accounts/2fa/setup/**")
    assert page.locator(".qr svg").count() == 1
    page.fill("#id_token", code_for(page.inner_text("#totp-secret")))
    page.click("main button[type=submit]")
    page.wait_for_url(f"{base}/review/")
    assert page.locator("table.queue tbody tr").count() == 5
    page.screenshot(path=str(screenshot_dir / "review-queue.png"), full_page=True)

    page.keyboard.press("j")  # open the first event of the queue
    page.wait_for_url(f"**/review/event/{corpus[0].public_id}/**")
    for index in range(3):  # approve-and-next, three times, with the keyboard only
        page.keyboard.press("a")
        page.wait_for_url(f"**/review/event/{corpus[index + 1].public_id}/**")
    assert [Event.objects.get(pk=e.pk).status for e in corpus[:3]] == ["verified"] * 3

    page.keyboard.press("e")  # edit the fourth event
    page.wait_for_url("**/edit/**")
    page.select_option("#f_event_type", "strike")
    page.fill("#f_size_min", "120")
    page.fill("#f_reason", "the second outlet is more precise")
    page.click("#edit-save")
    page.wait_for_url(f"**/review/event/{corpus[3].public_id}/**")
    assert page.inner_text('dd[data-field="event_type"]') == "Strike"

    survivor, absorbed = corpus[0], corpus[4]
    page.goto(f"{base}/review/event/{survivor.public_id}/")
    page.fill("#merge-other", absorbed.public_id)
    page.fill("#merge-form input[name=reason]", "same rally")
    page.click("#merge-submit")
    page.wait_for_load_state()
    assert EventTombstone.objects.get(public_id=absorbed.public_id).merged_into == survivor.public_id
    assert page.locator(".report").count() == 2
    audit_text = page.inner_text("#audit")
    assert "merge" in audit_text and absorbed.public_id in audit_text and "status" in audit_text
    page.screenshot(path=str(screenshot_dir / "review-event.png"), full_page=True)

    page.goto(f"{base}/review/event/{corpus[3].public_id}/audit/")
    assert "the second outlet is more precise" in page.inner_text("main")

    # publish what was verified, as a bulk action on the filtered queue
    page.goto(f"{base}/review/?status=verified")
    for box in page.locator("input[name=events]").all():
        box.check()
    page.select_option("select[name=action]", "published")
    page.fill(".bulk-actions input[name=reason]", "first release")
    page.click(".bulk-actions button[type=submit]")
    page.wait_for_load_state()
    assert Event.objects.filter(status="published").count() == 3
    assert AuditLog.objects.filter(action="status", new_value="published", reason="first release").count() == 3

    assert page.requests.foreign() == []
    assert not [e for e in console_errors if "Content Security Policy" in e or "Refused" in e], console_errors
