"""Field classifiers for one event: type, responses, grievances, targets, participants, size, flags.

Each classifier reads the event's *scope*: the sentences that report it (its
trigger sentences and the ones that follow them), plus the title for
article-wide fields. Every value found keeps its evidence span.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field

from protest_tracker.model import Evidence
from protest_tracker.pipeline.fields.counts import response_counts
from protest_tracker.pipeline.fields.cues import (
    FLAG_CUES,
    GROUP_CUES,
    TARGET_CUES,
)
from protest_tracker.pipeline.fields.demands import clause_after, demands
from protest_tracker.pipeline.fields.grievances import find_grievances, plausible
from protest_tracker.pipeline.fields.responses import find_responses, without_superseded_monitoring
from protest_tracker.pipeline.fields.types import event_type
from protest_tracker.pipeline.lexicon import CueMatch, Lexicon
from protest_tracker.pipeline.text import Sentence

#: responses read only from the event's own sentences, even when ``reactions`` is wider: an
#: article recalls earlier arrests and death tolls more often than it reports later ones
OWN_SCOPE_RESPONSES = frozenset({"detention", "fatalities"})


@dataclass(slots=True)
class Scope:
    """The text an event's fields are read from: spans of the article plus the folded title."""

    spans: list[tuple[int, int]]
    triggers: list[tuple[int, int]]
    title: str = ""


@dataclass(slots=True)
class FieldValues:
    """What the classifiers found; turned into an :class:`EventCandidate` by the stage."""

    event_type: str = "demonstration"
    state_response: tuple[str, ...] = ("none_reported",)
    response_counts: tuple[tuple[str, int], ...] = ()
    fatalities: int | None = None
    grievances: tuple[str, ...] = ()
    targets: tuple[str, ...] = ()
    target_categories: tuple[str, ...] = ()
    groups: tuple[str, ...] = ()
    participants: str | None = None
    organisers: str | None = None
    demands: tuple[str, ...] = ()
    pro_government: bool = False
    aggregate: bool = False
    protester_violence: bool = False
    evidence: list[Evidence] = field(default_factory=list)


def report_stretches(triggers: list[tuple[int, ...]], *, count: int) -> list[tuple[int, ...]]:
    """Per event, the sentences from each of its trigger sentences up to the next trigger
    sentence of any other event (a sentence that triggers two events belongs to both)."""
    owners: dict[int, set[int]] = {}
    for event, indices in enumerate(triggers):
        for index in indices:
            owners.setdefault(index, set()).add(event)
    stretches: list[list[int]] = [[] for _ in triggers]
    current: set[int] = set()  # the events whose report the sentence follows
    for index in range(count):
        current = owners.get(index, current)
        for event in current:
            stretches[event].append(index)
    return [tuple(s) for s in stretches]


def scope_for(sentences: Sequence[Sentence], indices: Iterable[int], triggers: Iterable[int], title: str) -> Scope:
    chosen = sorted(set(indices))
    return Scope(spans=[(sentences[i].start, sentences[i].end) for i in chosen],
                 triggers=[(sentences[i].start, sentences[i].end) for i in sorted(set(triggers))], title=title)


def _matches(lexicon: Lexicon, folded: str, spans: Iterable[tuple[int, int]]) -> list[CueMatch]:
    out: list[CueMatch] = []
    for start, end in spans:
        out.extend(lexicon.find(folded, start, end))
    return out


def _evidence(name: str, text: str, match: CueMatch, spans: Sequence[tuple[int, int]]) -> Evidence:
    for start, end in spans:
        if start <= match.start < end:
            return Evidence(name, text[start:end], start, end)
    return Evidence(name, text[match.start:match.end], match.start, match.end)


def labels_with_evidence(lexicon: Lexicon, name: str, text: str, folded: str,
                         spans: Sequence[tuple[int, int]]) -> tuple[list[str], list[Evidence]]:
    """Distinct labels found in ``spans`` (first occurrence order) with one evidence each."""
    labels: list[str] = []
    evidence: list[Evidence] = []
    for match in _matches(lexicon, folded, spans):
        if match.label in labels or not plausible(match.label, match, folded):
            continue
        labels.append(match.label)
        evidence.append(_evidence(f"{name}:{match.label}", text, match, spans))
    return labels, evidence


def organisers(text: str, folded: str, scope: Scope) -> tuple[str | None, Evidence | None]:
    for match in _matches(FLAG_CUES, folded, scope.spans):
        if match.label == "organiser":
            clause = clause_after(text, match.end, limit=90)
            if clause:
                return clause, Evidence("organisers", text[match.start:match.end + len(clause)],
                                        match.start, match.end + len(clause))
    return None, None


def participants(text: str, folded: str, scope: Scope) -> tuple[list[str], str | None, list[Evidence]]:
    """Participant group codes (trigger sentences first) and the words that named the first group."""
    for spans in (scope.triggers, scope.spans):
        matches = _matches(GROUP_CUES, folded, spans)
        if matches:
            groups = list(dict.fromkeys(m.label for m in matches))[:3]
            first = min(matches, key=lambda m: m.start)
            words = text[first.start:first.end]
            return groups, words, [_evidence("participants", text, first, spans)]
    return ["general_public"], None, []


def classify(text: str, folded: str, scope: Scope, *, topics: Scope | None = None,
             reactions: Scope | None = None) -> FieldValues:
    """Every field of one event from its scope (grievances and demands from ``topics`` when given:
    for the only event of an article, the whole article explains what it was about; state responses
    and their counts from ``reactions`` when given: for the only event, the article's sentences that
    are not background report how the state reacted to it)."""
    topics = topics or scope
    reactions = reactions or scope
    values = FieldValues()
    values.event_type, type_evidence = event_type(text, folded, scope.triggers)
    if type_evidence:
        values.evidence.append(type_evidence)
    responses, ev = find_responses(text, folded, reactions.spans)
    if reactions.spans != scope.spans:  # custody and deaths elsewhere in the article are often another day's
        own, _ = find_responses(text, folded, scope.spans)
        narrow = [label for label in responses if label in OWN_SCOPE_RESPONSES and label not in own]
        responses = [label for label in responses if label not in narrow]
        ev = [e for e in ev if e.field.split(":", 1)[1] not in narrow]
    responses, ev = without_superseded_monitoring(responses, ev)
    values.state_response = tuple(responses) or ("none_reported",)
    counts, count_evidence = response_counts(text, folded, spans=reactions.spans, responses=responses)
    values.response_counts = tuple(sorted(counts.items()))
    values.fatalities = counts.get("fatalities")
    ev += count_evidence
    values.evidence += ev
    grievances, ev = find_grievances(text, folded, spans=topics.spans, triggers=scope.triggers, title=scope.title,
                                      event_type=values.event_type)
    values.grievances = tuple(grievances)
    values.evidence += ev
    demand_list, ev = demands(text, folded, _matches(FLAG_CUES, folded, topics.spans))
    values.demands = tuple(demand_list)
    values.evidence += ev
    target_spans = [(e.start, e.end) for e in ev if e.start is not None and e.end is not None] + list(scope.triggers)
    targets, tev = labels_with_evidence(TARGET_CUES, "target", text, folded, target_spans)
    values.target_categories = tuple(targets)
    surfaces = {m.label: text[m.start:m.end] for m in reversed(_matches(TARGET_CUES, folded, target_spans))}
    values.targets = tuple(surfaces[label] for label in targets if label in surfaces)[:3]
    values.evidence += tev
    groups, words, ev = participants(text, folded, scope)
    values.groups, values.participants = tuple(groups), words
    values.evidence += ev
    values.organisers, org_ev = organisers(text, folded, scope)
    if org_ev:
        values.evidence.append(org_ev)
    flags, ev = labels_with_evidence(FLAG_CUES, "flag", text, folded, scope.triggers)
    values.pro_government = "pro_government" in flags
    values.aggregate = "aggregate" in flags
    values.protester_violence = "protester_violence" in flags or values.event_type == "riot"
    values.evidence += [e for e in ev if e.field.split(":")[1] in ("pro_government", "aggregate", "protester_violence")]
    if values.pro_government:
        values.groups = tuple(dict.fromkeys(("government_supporters", *values.groups)))
    return values
