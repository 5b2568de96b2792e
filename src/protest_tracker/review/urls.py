"""Review workspace URLs: accounts (log-in, 2FA), queue, event pages and actions, audit, users, coding."""

from django.contrib.auth import views as auth_views
from django.urls import path

from protest_tracker.review.views import (
    accounts,
    actions,
    audit,
    coding,
    event,
    people,
    queue,
    users,
)

urlpatterns = [
    path("accounts/login/", accounts.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("accounts/2fa/setup/", accounts.two_factor_setup, name="review-2fa-setup"),
    path("accounts/2fa/verify/", accounts.two_factor_verify, name="review-2fa-verify"),
    path("review/", queue.queue, name="review-queue"),
    path("review/bulk/", queue.bulk, name="review-bulk"),
    path("review/event/<str:public_id>/", event.event_page, name="review-event"),
    path("review/event/<str:public_id>/status/", actions.set_status, name="review-status"),
    path("review/event/<str:public_id>/verify/", actions.verify, name="review-verify"),
    path("review/event/<str:public_id>/edit/", actions.edit, name="review-edit"),
    path("review/event/<str:public_id>/comment/", actions.comment, name="review-comment"),
    path("review/event/<str:public_id>/campaign/", actions.campaign, name="review-campaign"),
    path("review/event/<str:public_id>/merge/", actions.merge, name="review-merge"),
    path("review/event/<str:public_id>/split/", actions.split, name="review-split"),
    path("review/event/<str:public_id>/audit/", audit.event_audit, name="review-event-audit"),
    path("review/person/<int:person_id>/publishable/", people.set_publishable, name="review-person-publishable"),
    path("review/audit/", audit.all_audit, name="review-audit"),
    path("review/audit/user/<str:username>/", audit.user_audit, name="review-user-audit"),
    path("review/corrections.jsonl", audit.corrections_jsonl, name="review-corrections"),
    path("review/users/", users.user_list, name="review-users"),
    path("review/users/<str:username>/", users.user_change, name="review-user-change"),
    path("review/coding/", coding.coding_home, name="review-coding"),
    path("review/coding/new/", coding.new_sample, name="review-coding-new"),
    path("review/coding/assignment/<int:assignment_id>/", coding.code_assignment, name="review-code"),
    path("review/coding/<int:sample_id>/", coding.sample_report, name="review-agreement"),
    path("review/coding/<int:sample_id>/adjudicate/", coding.adjudicate, name="review-adjudicate"),
]
