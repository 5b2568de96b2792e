"""The privacy rules of everything public: which events, which fields, how exact.

* Only ``published`` events (and nothing at all for anonymous users when
  ``PUBLIC_REQUIRES_LOGIN`` is on).
* Never analyst identities (audit actors, ``confirmed_by``), analyst notes or conflicts.
* Names of people in :class:`~protest_tracker.store.models.Person` are withheld from every
  free-text field unless ``PUBLIC_SHOW_PERSON_NAMES`` is on.
* Coordinates are rounded to ``PUBLIC_COORDINATE_DECIMALS`` when it is set.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from django.conf import settings

WITHHELD = "[name withheld]"
#: Parts of a name shorter than this are not redacted on their own (initials, particles).
MIN_NAME_PART = 4


@dataclass(frozen=True, slots=True)
class PublicPolicy:
    """How public output is cut: coordinate rounding and the names to withhold."""

    coordinate_decimals: int | None = None
    show_person_names: bool = False
    names: tuple[str, ...] = ()
    _pattern: re.Pattern | None = field(default=None, compare=False, repr=False)

    @classmethod
    def from_settings(cls, *, names: Iterable[str] = ()) -> PublicPolicy:
        """The policy configured in Django settings, withholding ``names``."""
        show = bool(getattr(settings, "PUBLIC_SHOW_PERSON_NAMES", False))
        return cls.build(coordinate_decimals=getattr(settings, "PUBLIC_COORDINATE_DECIMALS", None),
                         show_person_names=show, names=() if show else names)

    @classmethod
    def build(cls, *, coordinate_decimals: int | None, show_person_names: bool, names: Iterable[str]) -> PublicPolicy:
        """A policy with its redaction pattern compiled once."""
        parts: set[str] = set()
        for name in names:
            name = " ".join(str(name).split())
            if not name:
                continue
            parts.add(name)
            parts.update(p for p in re.split(r"[\s\-]+", name) if len(p) >= MIN_NAME_PART)
        pattern = None
        if parts and not show_person_names:
            alternatives = "|".join(re.escape(p) for p in sorted(parts, key=len, reverse=True))
            pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?!\w)", re.IGNORECASE)
        return cls(coordinate_decimals=coordinate_decimals, show_person_names=show_person_names,
                   names=tuple(sorted(parts)), _pattern=pattern)

    def text(self, value: str | None) -> str | None:
        """``value`` with every withheld name replaced."""
        if not value or self._pattern is None:
            return value
        return self._pattern.sub(WITHHELD, value)

    def coordinate(self, value: float | None) -> float | None:
        """``value`` rounded as configured."""
        if value is None or self.coordinate_decimals is None:
            return value
        return round(value, self.coordinate_decimals)

    def metadata(self) -> dict:
        """What an export states about its privacy cuts."""
        return {
            "coordinate_decimals": self.coordinate_decimals,
            "coordinates_coarsened": self.coordinate_decimals is not None,
            "person_names": "included" if self.show_person_names else "withheld",
        }


def person_names() -> list[str]:
    """Every recorded person name (the redaction list)."""
    from protest_tracker.store.models import Person

    return list(Person.objects.values_list("name", flat=True))


def public_policy() -> PublicPolicy:
    """The settings' policy with the names currently in the database."""
    show = bool(getattr(settings, "PUBLIC_SHOW_PERSON_NAMES", False))
    return PublicPolicy.from_settings(names=() if show else person_names())


def may_see_public_site(user) -> bool:
    """False when ``PUBLIC_REQUIRES_LOGIN`` is on and ``user`` is anonymous."""
    return not getattr(settings, "PUBLIC_REQUIRES_LOGIN", False) or bool(getattr(user, "is_authenticated", False))
