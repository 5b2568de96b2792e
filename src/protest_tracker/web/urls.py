"""Public site URLs."""

from django.urls import path

from protest_tracker.web import views

urlpatterns = [
    path("", views.dashboard, name="dashboard"),
]
