"""Top-level URL configuration: each app owns its own urls module."""

from django.urls import include, path

urlpatterns = [
    path("", include("protest_tracker.review.urls")),
    path("", include("protest_tracker.web.urls")),
]
