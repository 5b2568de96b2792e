"""People named in extracted events, recorded as :class:`~protest_tracker.store.models.Person` rows.

The processing step calls :func:`record_people` for every report it links: each
:class:`~protest_tracker.model.PersonMention` of the candidate becomes (or finds) the Person row
with the same name, role and source field, linked to the event. Re-running is idempotent (the
same rows, the same links) and reprocessing never deletes a Person row. Publishing a name is a
decision about the *name* (an admin marks a public figure: ``review/services/people.py``), so a
new row inherits ``publishable`` from an existing row of the same name.
"""

from __future__ import annotations

from typing import Any

from protest_tracker import model
from protest_tracker.store import audit
from protest_tracker.store.models import Event, Person

#: longest name stored (Person.name); a longer "name" is a detector error, not a person
MAX_NAME = 200
ROLES = frozenset({"participant", "organiser", "detainee", "other"})


def record_people(event: Event, candidate: model.EventCandidate, *, actor: Any, batch: str = "") -> list[Person]:
    """Create or find the Person rows of ``candidate.people`` and link them to ``event``.

    The new links are audited (one ``people`` row per event and call, with Person ids only).
    Call inside the caller's transaction."""
    people: list[Person] = []
    for mention in candidate.people:
        name = " ".join(mention.name.split())
        if not name or len(name) > MAX_NAME:
            continue
        role = mention.role if mention.role in ROLES else "other"
        field = (mention.field or "")[:32]
        person = Person.objects.filter(name=name, role=role, source_field=field).order_by("pk").first()
        if person is None:
            public = Person.objects.filter(name__iexact=name, publishable=True).exists()
            person = Person.objects.create(name=name, role=role, source_field=field, publishable=public)
        people.append(person)
    if not people:
        return people
    linked = set(event.people.filter(pk__in=[p.pk for p in people]).values_list("pk", flat=True))
    new = [p for p in people if p.pk not in linked]
    if new:
        event.people.add(*new)
        audit.record(actor=actor, action="people", object_type="event", object_id=event.public_id,
                     field="people", new=sorted({p.pk for p in new}), batch=batch,
                     reason="names detected in a report (withheld from public outputs)")
    return people
