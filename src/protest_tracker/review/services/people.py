"""People named in events: an admin marks a public figure's name as publishable (audited).

A Person row is sensitive: its name is withheld from every public output (``web/privacy.py``)
unless an admin decides that the person is a public figure — an official, an MP speaking at a
rally — whose name may be published. The decision is about the *name*: it applies to every
Person row of that name, to the rows of the person's events that hold another form of it
(Ерлана Жаксылыкова, found as a detainee in the same report) and to rows created later with the
same name (``store/people.py``). The linked events' ``updated_at`` moves, so API delta sync and the
site's caches pick up the change.
"""

from __future__ import annotations

from django.db import transaction
from django.db.models import Q
from django.utils import timezone

from protest_tracker.errors import ReviewError
from protest_tracker.review import permissions
from protest_tracker.store import audit
from protest_tracker.store.models import Event, Person
from protest_tracker.web.privacy import same_name

ACTION = "mark_public_figure"


class ReasonRequired(ReviewError):
    """Publishing a person's name needs a reason in the audit log."""


def do_set_person_publishable(actor, person: Person, publishable: bool, reason: str = "") -> list[Person]:
    """Set ``publishable`` on ``person`` and every row of the same name; admins only, one
    transaction, one audit row per changed Person. Returns the rows that changed."""
    permissions.check(actor, ACTION)
    reason = " ".join((reason or "").split())
    if publishable and not reason:
        raise ReasonRequired("say why this person is a public figure (e.g. the district akim)")
    batch = audit.new_batch()
    with transaction.atomic():
        near = Person.objects.filter(Q(name__iexact=person.name) | Q(events__in=person.events.all()))
        pks = {pk for pk, name in near.values_list("pk", "name") if pk == person.pk or same_name(name, person.name)}
        rows = list(Person.objects.select_for_update().filter(pk__in=pks).order_by("pk"))
        changed = [row for row in rows if row.publishable != publishable]
        for row in changed:
            row.publishable = publishable
            row.save(update_fields=["publishable"])
            audit.record(actor=actor, action="person_publishable", object_type="person", object_id=str(row.pk),
                         field="publishable", old=not publishable, new=publishable, reason=reason, batch=batch)
        if changed:
            Event.objects.filter(people__in=changed).update(updated_at=timezone.now())
    person.refresh_from_db(fields=["publishable"])
    return changed
