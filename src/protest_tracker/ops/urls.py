"""Operations URLs: the health check and the analysts' status page."""

from django.urls import path

from protest_tracker.ops import views

urlpatterns = [
    path("healthz", views.healthz, name="healthz"),
    path("ops/status/", views.status_page, name="ops-status"),
]
