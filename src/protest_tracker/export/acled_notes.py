"""ACLED's ``notes``: one English sentence per fact, built from codebook labels only.

Never the reported words of an article (participants, demands, venue, size text): those are in
the article's language and inflected ("Аналардың held a demonstration…"). Every part comes from a
code, a number, a date or a gazetteer name, so the notes read the same whatever the source language:

    On 2022-01-05, workers held a demonstration in Zhanaozen (Mangystau). Grievances: Labour.
    Response: Detention (12). Size: 200. Coding: verified by an analyst.
"""

from __future__ import annotations

from typing import Any

from protest_tracker import codebook

#: What the ``verification`` column means, said in the notes.
CODING = {
    "verified": "Coding: verified by an analyst.",
    "machine-coded": "Coding: machine-coded, not checked by an analyst.",
}


def _count(value: Any) -> int | None:
    return value if isinstance(value, int) and not isinstance(value, bool) and value >= 0 else None


def fatalities(flat: dict[str, Any]) -> int | None:
    """People killed: the event's count, else the count reported with the ``fatalities`` response;
    ``None`` when the response says people died but no report gives a number; else 0."""
    counts = flat.get("response_counts") or {}
    for value in (flat.get("fatalities"), counts.get("fatalities")):
        if _count(value):
            return value
    return None if "fatalities" in (flat.get("state_response") or ()) else 0


def action_noun(event_type: str | None) -> str:
    """``a demonstration``, ``a sit-in``, ``an other action``…: the codebook label's first form, lower case."""
    code = event_type if event_type is not None and event_type in codebook.EVENT_TYPES else "other"
    noun = codebook.EVENT_TYPES.label(code).split(" / ")[0].lower()
    return ("an " if noun[:1] in "aeiou" else "a ") + noun


def _who(groups: list[str], *, pro_government: bool) -> str:
    labels = [codebook.PARTICIPANT_GROUPS.label(g).lower() for g in groups if g in codebook.PARTICIPANT_GROUPS]
    if not labels:
        return "government supporters" if pro_government else "protesters"
    return labels[0] if len(labels) == 1 else ", ".join(labels[:-1]) + " and " + labels[-1]


def _when(flat: dict[str, Any]) -> str:
    date = flat.get("date")
    if not date:
        return "On an unknown date"
    return f"In {date}" if flat.get("date_precision") in ("month", "year") else f"On {date}"


def _where(admin1: str, admin2: str, country_name: str) -> str:
    if admin2 and admin1:
        return f" in {admin2} ({admin1})"
    if admin1 or admin2:
        return f" in {admin1 or admin2}"
    return f" in {country_name}" if country_name else ""


def _responses(flat: dict[str, Any]) -> str:
    counts = flat.get("response_counts") or {}
    parts = []
    for code in flat.get("state_response") or ():
        if code not in codebook.STATE_RESPONSES or code == "none_reported":
            continue
        count = _count(counts.get(code))
        label = codebook.STATE_RESPONSES.label(code)
        parts.append(f"{label} ({count})" if count is not None else label)
    return ", ".join(parts)


def _size(flat: dict[str, Any]) -> str:
    low, high = flat.get("size_min"), flat.get("size_max")
    if low is None and high is None:
        return ""
    if low is None:
        return f"up to {high}"
    return f"{low}–{high}" if high and high != low else str(low)


def acled_notes(flat: dict[str, Any], *, admin1: str, admin2: str, country_name: str) -> str:
    """The notes of one flat record (see :func:`protest_tracker.export.fields.flat_record`)."""
    who = _who(list(flat.get("participant_groups") or ()), pro_government=bool(flat.get("pro_government")))
    sentences = [f"{_when(flat)}, {who} held {action_noun(flat.get('event_type'))}"
                 f"{_where(admin1, admin2, country_name)}."]
    if flat.get("pro_government"):
        sentences.append("A government-backed rally.")
    grievances = [codebook.GRIEVANCES.label(g) for g in flat.get("grievance_categories") or () if g in codebook.GRIEVANCES]
    if grievances:
        sentences.append("Grievances: " + "; ".join(grievances) + ".")
    responses = _responses(flat)
    if responses:
        sentences.append(f"Response: {responses}.")
    killed = fatalities(flat)
    if killed is None:
        sentences.append("Fatalities: reported, number unknown.")
    elif killed:
        sentences.append(f"Fatalities: {killed}.")
    if flat.get("injuries"):
        sentences.append(f"Injuries: {flat['injuries']}.")
    size = _size(flat)
    sentences.append(f"Size: {size}." if size else "Size: not reported.")
    if flat.get("verification") in CODING:
        sentences.append(CODING[flat["verification"]])
    return " ".join(sentences)
