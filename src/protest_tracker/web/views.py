"""Public views."""

from django.shortcuts import render

from protest_tracker.store.models import Event


def dashboard(request):
    events = Event.objects.filter(status="published").order_by("-date")[:200]
    return render(request, "web/dashboard.html", {"events": events})
