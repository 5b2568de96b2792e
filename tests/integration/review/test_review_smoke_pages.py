"""Every review page renders for an admin with real data (queue, event, edit, audit, users, coding)."""

from __future__ import annotations

import pytest

from protest_tracker.review.testing import add_report, make_event

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


def test_pages_render_with_data(clients):
    event = make_event()
    add_report(event, text="A second outlet counted sixty people at the same akimat.", size_min=60, size_max=60)
    admin = clients["admin"]
    for url in ("/review/", f"/review/event/{event.public_id}/", f"/review/event/{event.public_id}/edit/",
                "/review/audit/", "/review/users/", "/review/coding/", "/review/coding/new/",
                f"/review/event/{event.public_id}/audit/", "/review/audit/user/ada/"):
        response = admin.get(url)
        assert response.status_code == 200, url
    page = admin.get(f"/review/event/{event.public_id}/").content.decode()
    assert '<mark data-field="size" title="size">forty residents</mark>' in page
    assert 'class="conflict"' in page  # the two reports disagree on the size
    assert "Approve and next" in page
