"""Facet filters shared by the dashboard, the list views and the API. Their state lives in the URL.

Parameters (each may repeat; values of one facet are OR-ed, facets are AND-ed):
``country``, ``admin1``, ``city``, ``type``, ``grievance``, ``response``, ``target``, ``participants``,
``campaign``, ``verification`` (``verified`` / ``machine-coded``) and the date range ``from`` / ``to`` (ISO dates, inclusive).
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import reduce
from operator import or_
from urllib.parse import urlencode

from django.db.models import Q
from django.utils.translation import gettext_lazy as _

from protest_tracker import codebook, codebook_i18n
from protest_tracker.errors import TrackerError
from protest_tracker.store.fields import has_code


class InvalidFilter(TrackerError):
    """A filter parameter has a value outside its vocabulary or format (HTTP 400)."""


@dataclass(frozen=True, slots=True)
class Facet:
    """A URL parameter, the model field it filters and its vocabulary (None = free text)."""

    param: str
    field: str
    label: str
    vocabulary: codebook.Vocabulary | None = None
    multi_valued: bool = False

    @property
    def codes(self) -> tuple[str, ...] | None:
        """The accepted values, or None when any text is accepted."""
        if self.param == "country":
            return tuple(codebook.COUNTRIES)
        return self.vocabulary.codes if self.vocabulary else None

    def choices(self) -> list[tuple[str, str]]:
        """(code, label) pairs for a select box."""
        if self.param == "country":
            return [(code, codebook_i18n.country(code)) for code in codebook.COUNTRIES]
        return codebook_i18n.choices(self.vocabulary) if self.vocabulary else []


FACETS: tuple[Facet, ...] = (
    Facet("country", "country", _("Country")),
    Facet("admin1", "region", _("Region")),
    Facet("city", "city", _("City")),
    Facet("type", "event_type", _("Event type"), codebook.EVENT_TYPES),
    Facet("grievance", "grievance_categories", _("Grievance"), codebook.GRIEVANCES, True),
    Facet("response", "state_response", _("State response"), codebook.STATE_RESPONSES, True),
    Facet("target", "target_categories", _("Target"), codebook.TARGETS, True),
    Facet("participants", "participant_groups", _("Participants"), codebook.PARTICIPANT_GROUPS, True),
    Facet("campaign", "campaign__public_id", _("Campaign")),
    Facet("verification", "verification", _("Verification"), codebook.VERIFICATION),
)
MAX_VALUES = 50


def _parse_date(name: str, value: str | None) -> dt.date | None:
    if not value:
        return None
    try:
        return dt.date.fromisoformat(value)
    except ValueError:
        raise InvalidFilter(f"{name}: {value!r} is not a date (YYYY-MM-DD)") from None


@dataclass(frozen=True, slots=True)
class Filters:
    """The chosen facet values and date range."""

    values: dict[str, tuple[str, ...]] = field(default_factory=dict)
    date_from: dt.date | None = None
    date_to: dt.date | None = None

    @classmethod
    def from_query(cls, query: Mapping) -> Filters:
        """Parse a ``QueryDict`` (or a dict of lists); raises :class:`InvalidFilter`."""
        getlist = query.getlist if hasattr(query, "getlist") else (lambda k: list(query.get(k) or []))
        values: dict[str, tuple[str, ...]] = {}
        for facet in FACETS:
            chosen = tuple(dict.fromkeys(v.strip() for v in getlist(facet.param) if v and v.strip()))
            if len(chosen) > MAX_VALUES:
                raise InvalidFilter(f"{facet.param}: at most {MAX_VALUES} values")
            for value in chosen:
                if facet.codes is not None and value not in facet.codes:
                    raise InvalidFilter(f"{facet.param}: {value!r} is not one of {', '.join(facet.codes)}")
            if chosen:
                values[facet.param] = chosen
        first = getlist("from")[:1]
        last = getlist("to")[:1]
        date_from = _parse_date("from", first[0] if first else None)
        date_to = _parse_date("to", last[0] if last else None)
        if date_from and date_to and date_from > date_to:
            raise InvalidFilter(f"from: {date_from.isoformat()} is after to: {date_to.isoformat()} (swap them?)")
        return cls(values=values, date_from=date_from, date_to=date_to)

    def q(self) -> Q:
        """The Django filter for these choices."""
        conditions = Q()
        for facet in FACETS:
            chosen = self.values.get(facet.param)
            if not chosen:
                continue
            if facet.multi_valued:
                conditions &= reduce(or_, (has_code(facet.field, v) for v in chosen))
            else:
                conditions &= Q(**{f"{facet.field}__in": list(chosen)})
        if self.date_from:
            conditions &= Q(date__gte=self.date_from)
        if self.date_to:
            conditions &= Q(date__lte=self.date_to)
        return conditions

    def pairs(self) -> list[tuple[str, str]]:
        """The query-string pairs that reproduce these filters."""
        pairs = [(param, v) for param, chosen in self.values.items() for v in chosen]
        if self.date_from:
            pairs.append(("from", self.date_from.isoformat()))
        if self.date_to:
            pairs.append(("to", self.date_to.isoformat()))
        return pairs

    def querystring(self, **extra: str | Sequence[str]) -> str:
        """``a=b&...`` for these filters plus ``extra`` parameters."""
        pairs = self.pairs()
        for key, value in extra.items():
            pairs += [(key, v) for v in ([value] if isinstance(value, str) else value)]
        return urlencode(pairs)

    def is_empty(self) -> bool:
        return not self.values and not self.date_from and not self.date_to
