"""POST action: an admin marks (or unmarks) a person named in events as a public figure."""

from __future__ import annotations

from django.contrib import messages
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext
from django.views.decorators.http import require_POST

from protest_tracker.errors import ReviewError
from protest_tracker.review import permissions
from protest_tracker.review.services.people import ACTION, do_set_person_publishable
from protest_tracker.store.models import Event, Person


@require_POST
@permissions.require(ACTION)
def set_publishable(request, person_id: int):
    """Publish (``publishable=1``, with a reason) or withhold again a person's name; back to the event."""
    person = get_object_or_404(Person, pk=person_id)
    publishable = request.POST.get("publishable") == "1"
    try:
        changed = do_set_person_publishable(request.user, person, publishable, request.POST.get("reason", ""))
    except ReviewError as exc:
        messages.error(request, str(exc))
    else:
        text = (gettext("%(name)s may now appear in public outputs (%(n)s record(s) changed).") if publishable
                else gettext("%(name)s is withheld from public outputs (%(n)s record(s) changed)."))
        messages.success(request, text % {"name": person.name, "n": len(changed)})
    public_id = request.POST.get("event", "")
    if public_id and Event.objects.filter(public_id=public_id).exists():
        return redirect(f"/review/event/{public_id}/#people")
    return redirect("/review/")
