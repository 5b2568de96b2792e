"""Top-level URL configuration: each app owns its own urls module."""

from django.urls import include, path

from protest_tracker.web.api import api

urlpatterns = [
    path("", include("protest_tracker.review.urls")),
    path("", include("protest_tracker.ops.urls")),  # /healthz, /ops/status/
    path("i18n/", include("django.conf.urls.i18n")),  # set_language: the header's language switcher
    path("api/v1/", api.urls),  # the public REST API (web/api.py); outside the "web" namespace for ninja
    path("", include("protest_tracker.web.urls")),
]
