"""Review views."""

from django.contrib.auth.decorators import login_required
from django.shortcuts import render

from protest_tracker.store.models import Event


@login_required
def queue(request):
    events = Event.objects.select_related("campaign").order_by("status", "-date")[:200]
    return render(request, "review/queue.html", {"events": events})
