"""State responses of one event: response cues read in their context, plus police presence.

A cue is kept only when its sentence reports it as a response to the protest (see
:mod:`protest_tracker.pipeline.events.context_cues`): not denied, not hypothetical, not demanded, not the
cause of the protest nor a description of the protesters, not an older case; deaths only in a
sentence about the protest or a clash and not in custody, accidents or fires.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from protest_tracker.model import Evidence
from protest_tracker.pipeline.events.context_cues import (
    BROKEN_PROMISE,
    CAUSE_AFTER,
    CAUSE_BEFORE,
    CAUSE_RIGHT_BEFORE,
    CROWD_WORDS,
    DESPITE_AFTER,
    DESPITE_BEFORE,
    HYPOTHETICAL_AFTER,
    HYPOTHETICAL_BEFORE,
    NEGATED_FORM,
    NEGATED_INSIDE,
    NEGATION_AFTER,
    NEGATION_BEFORE,
    NOT_PROTEST_DEATH,
    OLDER_AFTER,
    OLDER_IN_CLAUSE,
    PROTESTER_PROMISE_AFTER,
    RELEASE_IN_CLAUSE,
    VIOLENT_CONTEXT,
    WARNING_WORD,
)
from protest_tracker.pipeline.fields.response_cues import (
    AUTHORITY_CUES,
    CROWD_DIALOGUE_CUES,
    POLICE_CUES,
    STATE_RESPONSE_CUES,
    TAKEAWAY_CUES,
    WARNING_CUES,
)
from protest_tracker.pipeline.lexicon import CueMatch

#: Responses that show the state acted (police merely present adds "monitoring" only without them).
ACTIVE_RESPONSES = frozenset({"monitoring", "dispersal", "detention", "force_violence", "fine",
                              "administrative_arrest", "criminal_charge", "fatalities"})
_NO_HYPOTHETICAL = frozenset({"concession", "monitoring"})
_CUSTODY = frozenset({"detention", "administrative_arrest", "criminal_charge"})
_NEAR_BREAK = re.compile(r"[,;:.!?()\n—–«»\"]")
_CLAUSE_BREAK = re.compile(r"[;.!?\n]")
_ADMINISTRATIVE_AFTER = re.compile(r"^.{0,60}?(?:unauthori[sz]ed|unsanctioned|illegal (?:rally|gathering|protest)|administrative)")
_POLICE_AS_SOURCE = re.compile(r"^\W*(?:[\w'-]+\W+){0,2}?(?:said|say|says|reported|told|сообщ\w*|заяв\w*|хабарла\w*|маалымда\w*)")


def _objects_before(stems: str, *, gap: int) -> re.Pattern[str]:
    """One of ``stems`` (a word start) and at most ``gap`` more words, ending where the cue begins."""
    return re.compile(rf"(?:{stems})\w*\W+(?:[\w'-]+\W+){{0,{gap}}}$")


#: Turkic verbs with a second sense, told apart by the object before them: "disperse" that also
#: means "spread" ("видео таратты", "materiallar tarqatish") and "detain" that also means "hold"
#: ("плакаттарды кармап", "плакат ұстап")
_OTHER_SENSE_BEFORE = {
    "dispersal": _objects_before(
        "видео|бейнежазба|ақпарат|хабар|мәлімдеме|үндеу|парақ|листовк|materiallar|material|материал|ma'lumot|"
        "маълумот|маалымат|video|xabar|фото|сурет|пост", gap=2),
    "detention": _objects_before(
        "плакат|баннер|транспарант|ураан|ұран|шиор|shior|желек|жалау|байрақ|bayroq|байроқ|сүрөт|сурет|rasm|"
        "portret|портрет|plakat", gap=1),
}
#: "distributors" (таратушылар, tarqatuvchi): a noun of the "spread" sense
_SPREADER = re.compile(r"(?:ушы|уші|уучу|uvchi|увчи)\w*$")
#: a demand asked about ("талабы орындалды ма?")
_QUESTION_AFTER = re.compile(r"\s+(?:ма|ме|ба|бе|па|пе|мы|ми|mi)\s*\?")
#: a talk with the press ("told Azattyq's reporter", "in an interview with Ozodlik") is no dialogue
_PRESS_TALK = re.compile(r"(?:тілші|tilshi|мухбир|muxbir|журналист|jurnalist|корреспондент|reporter|azattyq|азаттық|"
                         r"ozodlik|озодлик|eltuz|радио|radio|интервью|interview|suhbatdosh|суҳбатдош|сұхбат)")
_SOURCE_BEFORE = re.compile(r"(?:according to|по данным|по информации|сообщили в|в пресс-службе|press service of)\W+(?:[\w'-]+\W+){0,2}$")


def _sentence_of(match: CueMatch, spans: Sequence[tuple[int, int]]) -> tuple[int, int, int]:
    """The span holding the match and where its context starts (the previous span of the scope)."""
    previous = None
    for start, end in spans:
        if start <= match.start < end:
            return start, end, previous if previous is not None else start
        previous = start
    return match.start, match.end, match.start


def _windows(folded: str, match: CueMatch, sentence: tuple[int, int]) -> tuple[str, str, str]:
    """The words just before the cue (to a comma), its clause before it, and the words after it."""
    before = folded[max(sentence[0], match.start - 200):match.start]
    breaks = list(_NEAR_BREAK.finditer(before))
    near = before[breaks[-1].end():] if breaks else before
    clause_breaks = list(_CLAUSE_BREAK.finditer(before))
    clause = before[clause_breaks[-1].end():] if clause_breaks else before
    after = folded[match.end:min(sentence[1], match.end + 80)]
    stop = _NEAR_BREAK.search(after)
    return near, clause, after[: stop.start() if stop else len(after)]


def response_reported(label: str, match: CueMatch, folded: str, sentence: tuple[int, int],
                      context_start: int | None = None) -> bool:
    """Whether a response cue found in ``sentence`` reports that response to this protest
    (``context_start``: where the text that may name the protest begins, e.g. the previous sentence)."""
    near, clause, after = _windows(folded, match, sentence)
    if NEGATION_BEFORE.search(near) or NEGATION_AFTER.search(after) or NEGATED_FORM.search(match.surface):
        return False
    if OLDER_IN_CLAUSE.search(clause) or OLDER_AFTER.search(after):
        return False
    if label not in _NO_HYPOTHETICAL and (HYPOTHETICAL_BEFORE.search(near) or HYPOTHETICAL_AFTER.search(after)):
        return False
    if label != "concession" and (CAUSE_BEFORE.search(near) or CAUSE_RIGHT_BEFORE.search(near)):
        return False  # "их требования удовлетворены": the demands are the subject of a concession
    if CAUSE_AFTER.search(after):
        return False
    if label in _CUSTODY and RELEASE_IN_CLAUSE.search(clause):
        return False
    if label == "monitoring" and WARNING_WORD.match(match.surface) and (
            DESPITE_BEFORE.search(near) or DESPITE_AFTER.search(after)):
        return False
    if label == "criminal_charge" and match.surface.startswith("charged") and _ADMINISTRATIVE_AFTER.search(
            folded[match.end:min(sentence[1], match.end + 80)]):
        return False
    other_sense = _OTHER_SENSE_BEFORE.get(label)
    if other_sense is not None and other_sense.search(near):
        return False
    if label == "dispersal" and _SPREADER.search(match.surface):
        return False
    if label == "concession" and _QUESTION_AFTER.match(folded, match.end):
        return False
    if label == "dialogue_meeting" and (_PRESS_TALK.search(f"{near} {match.surface} {after}")
                                        or NEGATED_INSIDE.search(match.surface)):
        return False
    if label == "fatalities":
        start, end = sentence
        context = VIOLENT_CONTEXT.find(folded, sentence[0] if context_start is None else context_start, end)
        return bool(context) and not NOT_PROTEST_DEATH.find(folded, start, end)
    if label == "concession":
        if match.surface.startswith("обещанн") or BROKEN_PROMISE.search(near):
            return False
        if match.surface.startswith(("обеща", "пообеща", "promis", "уәде", "убада", "va'da", "ваъда")):
            return not PROTESTER_PROMISE_AFTER.search(folded[match.end:min(sentence[1], match.end + 40)])
    return True


def _contained(inner: CueMatch, outer: CueMatch) -> bool:
    return (outer.start <= inner.start and inner.end <= outer.end and (outer.end - outer.start) > (inner.end - inner.start))


def _candidates(folded: str, spans: Sequence[tuple[int, int]]) -> list[CueMatch]:
    found: list[CueMatch] = []
    previous = None
    for start, end in spans:
        found.extend(STATE_RESPONSE_CUES.find(folded, start, end))
        if CROWD_WORDS.find(folded, start if previous is None else previous, end):
            found.extend(CROWD_DIALOGUE_CUES.find(folded, start, end))
        police = police_on_scene(folded, (start, end))
        if police:
            found.extend(TAKEAWAY_CUES.find(folded, start, end))
        if police or AUTHORITY_CUES.find(folded, start, end):
            found.extend(WARNING_CUES.find(folded, start, end))
        previous = start
    found.sort(key=lambda m: (m.start, m.end))
    return [m for m in found if not any(o.label != m.label and _contained(m, o) for o in found)]


def police_on_scene(folded: str, sentence: tuple[int, int]) -> CueMatch | None:
    """The first mention of police in the sentence that is not a news source ("police said")."""
    for match in POLICE_CUES.find(folded, *sentence):
        after = folded[match.end:min(sentence[1], match.end + 40)]
        before = folded[max(sentence[0], match.start - 40):match.start]
        if not _POLICE_AS_SOURCE.search(after) and not _SOURCE_BEFORE.search(before):
            return match
    return None


def without_superseded_monitoring(labels: Sequence[str], evidence: Sequence[Evidence]) -> tuple[list[str], list[Evidence]]:
    """Drop "monitoring" when any other response is reported.

    Police watching, cordons and warnings are the response only when the state did nothing more:
    the codebook maps "monitoring" to ACLED's *peaceful protest* (no intervention), and a report of
    detentions, dispersal or a meeting with officials names what the state did instead. Out of fold
    (seeds 0 and 1), "monitoring" beside another response agreed with the gold in 10 of 35 events,
    alone in 21 of 40 (docs/evaluation.md)."""
    if "monitoring" not in labels or len(labels) == 1:
        return list(labels), list(evidence)
    return ([label for label in labels if label != "monitoring"],
            [e for e in evidence if e.field != "state_response:monitoring"])


def find_responses(text: str, folded: str, spans: Sequence[tuple[int, int]]) -> tuple[list[str], list[Evidence]]:
    """The responses reported in ``spans`` (first-occurrence order), each with its sentence as evidence;
    "monitoring" when police are on the scene and nothing more is reported."""
    labels: list[str] = []
    evidence: list[Evidence] = []
    for match in _candidates(folded, spans):
        if match.label in labels:
            continue
        start, end, context_start = _sentence_of(match, spans)
        if response_reported(match.label, match, folded, (start, end), context_start):
            labels.append(match.label)
            evidence.append(Evidence(f"state_response:{match.label}", text[start:end], start, end))
    if not set(labels) & ACTIVE_RESPONSES:
        for start, end in spans:
            police = police_on_scene(folded, (start, end))
            if police is not None and response_reported("monitoring", police, folded, (start, end)):
                labels.append("monitoring")
                evidence.append(Evidence("state_response:monitoring", text[start:end], start, end))
                break
    return labels, evidence
