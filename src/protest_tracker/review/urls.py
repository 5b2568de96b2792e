"""Review workspace URLs (login and the queue)."""

from django.contrib.auth import views as auth_views
from django.urls import path

from protest_tracker.review import views

urlpatterns = [
    path("accounts/login/", auth_views.LoginView.as_view(), name="login"),
    path("accounts/logout/", auth_views.LogoutView.as_view(), name="logout"),
    path("review/", views.queue, name="review-queue"),
]
