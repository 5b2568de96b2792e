"""The privacy rules of everything public: which events, which fields, how exact.

* Only ``published`` events (and nothing at all for anonymous users when
  ``PUBLIC_REQUIRES_LOGIN`` is on).
* Never analyst identities (audit actors, ``confirmed_by``), analyst notes or conflicts.
* Names of people in :class:`~protest_tracker.store.models.Person` are withheld from every
  free-text field unless ``PUBLIC_SHOW_PERSON_NAMES`` is on, or an admin marked the person as a
  public figure (``publishable``).
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
#: Case endings a declined name may take after its stem: Russian (Cyrillic and transliterated),
#: Kazakh / Kyrgyz / Uzbek suffixes. A closed list, so that places named after people
#: (Nurlanovka) and other words stay readable.
_ENDINGS_TEXT = """
    а у ом ым им ой ою ей ею е ы и ов ев ых их ыми ими ам ами ах ого его ому ему ую ая я ю ем ём ям ями ях
    тың тің дың дің ның нің тын тин дын дин нын нин ға ге га го гө на не ты ті ды ді ны ні н та те да де
    нда нде тан тен дан ден нан нен пен бен мен тар тер дар дер лар лер нинг ни
    a u om ym im oy oi oyu ey e y i ov ev ykh ikh ymi imi am ami akh ogo ego omu emu uyu aya ya yu em yam
    yakh ning nin ni ga ge go da de dan den ta te tan ten nan nen pen ben men lar ler dar der tar ter s es
    yn in nyn
"""
NAME_ENDINGS = tuple(sorted(set(_ENDINGS_TEXT.split()), key=len, reverse=True))
#: Final letters dropped before the endings (nominative endings: Иванова → Иванов-ой).
NOMINATIVE_ENDINGS = frozenset("аяеоиыйьaeiouy")


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
            alternatives = "|".join(_inflected(p) for p in sorted(parts, key=len, reverse=True))
            endings = "|".join(map(re.escape, NAME_ENDINGS))
            pattern = re.compile(rf"(?<!\w)(?:{alternatives})(?:{endings})?(?!\w)", re.IGNORECASE)
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


def _inflected(part: str) -> str:
    """The stem pattern of ``part`` (the caller appends the optional :data:`NAME_ENDINGS`).

    A single-word part loses one final vowel (its nominative ending), which may come back:
    Орманова → Орманов(а)?, so Ормановой and Ормановтың match too. Multi-word names stay as written.
    """
    if " " in part:
        return re.escape(part)
    dropped = part[-1] if len(part) > MIN_NAME_PART and part[-1].lower() in NOMINATIVE_ENDINGS else ""
    stem = part[:-1] if dropped else part
    vowel = f"(?:{re.escape(dropped)})?" if dropped else ""
    return f"{re.escape(stem)}{vowel}"


def same_name(first: str, second: str) -> bool:
    """Whether two recorded names are forms of one name, word by word (Ерлан Жаксылыков and
    Ерлана Жаксылыкова; not Ерлан Жаксылыков and Ерлан Сапаров)."""
    a, b = first.split(), second.split()
    if len(a) != len(b):
        return False
    endings = "|".join(map(re.escape, NAME_ENDINGS))

    def matches(word: str, other: str) -> bool:
        return re.fullmatch(rf"{_inflected(word)}(?:{endings})?", other, re.IGNORECASE) is not None

    return all(x.casefold() == y.casefold() or matches(x, y) or matches(y, x) for x, y in zip(a, b, strict=True))


def person_names() -> list[str]:
    """The redaction list: every recorded person name, except those an admin marked as a public
    figure's (``Person.publishable``; a name is withheld while any row of it is not publishable)."""
    from protest_tracker.store.models import Person

    return list(Person.objects.filter(publishable=False).values_list("name", flat=True).distinct())


def public_policy() -> PublicPolicy:
    """The settings' policy with the names currently in the database."""
    show = bool(getattr(settings, "PUBLIC_SHOW_PERSON_NAMES", False))
    return PublicPolicy.from_settings(names=() if show else person_names())


def may_see_public_site(user) -> bool:
    """False when ``PUBLIC_REQUIRES_LOGIN`` is on and ``user`` is anonymous."""
    return not getattr(settings, "PUBLIC_REQUIRES_LOGIN", False) or bool(getattr(user, "is_authenticated", False))
