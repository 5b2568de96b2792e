"""Grievance categories of one event, read where the text says what the protest was about.

Cues count first in the sentences that state the cause — the trigger sentences, sentences with a
demand or cause marker ("требуя", "against", "талап", "qarshi") — and the title; the other
sentences of the scope are read only when those say nothing. A cue is skipped where it is a
setting rather than a cause ("во время карантина", "during the pandemic"), a name ("human rights
defenders", "tear gas"), or a detail of a workplace dispute (a COVID test or toxic fumes among the
demands of a strike about pay is still a labour grievance).
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from protest_tracker.model import Evidence
from protest_tracker.pipeline.events.cues import CAUSE_CUES
from protest_tracker.pipeline.fields.cues import FLAG_CUES, GRIEVANCE_CUES
from protest_tracker.pipeline.lang import words
from protest_tracker.pipeline.lexicon import CueMatch, Lexicon

MAX_GRIEVANCES = 4
#: Categories that, inside a sentence about the main grievance, are details of it: a COVID test among
#: a strike's demands is part of a labour dispute; human rights of Uyghurs part of the Xinjiang cause.
DETAILS_OF = {
    "labour": frozenset({"covid", "environment", "wages_prices_economy", "social_benefits"}),
    "xinjiang_ethnic_kin": frozenset({"rights_freedoms", "interethnic"}),
}
#: Cue words that name who organised the protest rather than what it was about: they count only
#: when nothing else is found ("an opposition rally" with no stated cause is about politics).
_ORGANISER_WORDS = ("оппозиц", "opposition", "оппозиция", "оппозиционер", "muxolif")
#: Extra markers of a sentence that states the cause ("the reason was", "в поддержку").
EXTRA_CAUSE_CUES = Lexicon({"cause": words("CAUSE_WORDS_EXTRA")})
_TEAR_GAS = re.compile(r"(?:слезоточ|tear|нервно|сжижен|lpg|liquefied|автогаз|ko'zdan yosh|жаш чыгаруучу|жаш агызуучу|"
                       r"жас ағызатын|yosh oqizuvchi)\S*\s*$")
_GAS_AFTER = re.compile(r"^\S*\s*(?:ашковар|баллон|cylinder|canister)")
#: gas as a price (motor fuel: prices, not a household service) or as the oil-and-gas industry
_GAS_PRICE_BEFORE = re.compile(r"(?:цен\w*\s+на|prices?\s+(?:of|for)|мұнай-|нефте-?|oil[- ]and[- ])\s*$")
_GAS_PRICE_AFTER = re.compile(r"^\S*\s*(?:бағас|баас|нарх|narx|price|prices)")
_SETTING_BEFORE = re.compile(r"(?:во время|в период|в условиях|несмотря на|during|amid|despite|in times of|кезінде|пайтида|"
                             r"учурунда|davrida)\W+(?:[\w'-]+\W+){0,1}$")
_NOT_A_CAUSE_AFTER = re.compile(r"^\W*(?:activist|defender|group|organi[sz]ation|watch|cent(?:er|re)|bureau|lawyer|monitor|"
                                r"commissioner|ombudsman|council|қорғаушы|коргоочу|himoyachi)")
_AGAINST_RELEASE = re.compile(r"(?:недовольств\w*|недовольн\w*|против|against|protest\w*|возмущ\w*|операци\w*(?: по)?)"
                              r"\W+(?:[\w'-]+\W+){0,2}$")
_CASE_AFTER = re.compile(r"^\W*(?:дел[уоа]|case|иш[иі]|ishi|иши)")
_CONTEXT = 24


def plausible(label: str, match: CueMatch, folded: str) -> bool:
    """Whether a grievance cue names a cause here (not tear gas, a setting or an organisation's name)."""
    before = folded[max(0, match.start - _CONTEXT): match.start]
    after = folded[match.end: match.end + _CONTEXT]
    if label == "utilities" and (_TEAR_GAS.search(before) or _GAS_AFTER.search(after)):
        return False
    if label == "utilities" and match.surface.startswith(("газ", "gas", "gaz")) and (
            _GAS_PRICE_BEFORE.search(before) or _GAS_PRICE_AFTER.search(after)):
        return False
    if label in ("covid", "environment") and _SETTING_BEFORE.search(before):
        return False
    if label == "detention_release" and _AGAINST_RELEASE.search(folded[max(0, match.start - 60): match.start]):
        return False  # protesting against someone's release, or a police operation to free a hostage
    if label == "other" and _CASE_AFTER.search(after):
        return False  # a court case named after a border dispute is about the detainees
    return not (label in ("rights_freedoms", "corruption_justice") and _NOT_A_CAUSE_AFTER.search(after))


def _states_cause(folded: str, span: tuple[int, int]) -> bool:
    if CAUSE_CUES.find(folded, *span) or EXTRA_CAUSE_CUES.find(folded, *span):
        return True
    return any(m.label == "demand" for m in FLAG_CUES.find(folded, *span))


def _found(folded: str, spans: Sequence[tuple[int, int]]) -> list[tuple[CueMatch, tuple[int, int]]]:
    out: list[tuple[CueMatch, tuple[int, int]]] = []
    for span in spans:
        out.extend((m, span) for m in GRIEVANCE_CUES.find(folded, *span) if plausible(m.label, m, folded))
    return out


def _without_details(found: list[tuple[CueMatch, tuple[int, int]]]) -> list[tuple[CueMatch, tuple[int, int]]]:
    """Drop categories that only occur in sentences about a main grievance they are details of
    (:data:`DETAILS_OF`), and organiser words when any other cue was found."""
    for main, details in DETAILS_OF.items():
        main_spans = {span for m, span in found if m.label == main}
        if not main_spans:
            continue
        detail_only = {m.label for m, _ in found if m.label in details}
        detail_only -= {m.label for m, span in found if m.label in details and span not in main_spans}
        found = [(m, span) for m, span in found if m.label not in detail_only]
    organiser = [(m, s) for m, s in found if m.label == "elections_political" and m.surface.startswith(_ORGANISER_WORDS)]
    if organiser and len(organiser) < len(found):
        political = any(m.label == "elections_political" and (m, s) not in organiser for m, s in found)
        found = [(m, s) for m, s in found if (m, s) not in organiser or political]
    return found


def find_grievances(text: str, folded: str, *, spans: Sequence[tuple[int, int]], triggers: Sequence[tuple[int, int]],
                    title: str = "", event_type: str = "demonstration") -> tuple[list[str], list[Evidence]]:
    """Grievance codes of an event (at most :data:`MAX_GRIEVANCES`) with one evidence sentence each;
    a strike whose text names no cause is a labour dispute."""
    trigger_set = set(triggers)
    strong = [s for s in spans if s in trigger_set or _states_cause(folded, s)]
    weak = [s for s in spans if s not in strong]
    found = _without_details(_found(folded, strong))
    title_labels = [m.label for m in GRIEVANCE_CUES.find(title) if plausible(m.label, m, title)] if title else []
    if len({m.label for m, _ in found} | set(title_labels)) <= 1:
        found = _without_details(found + _found(folded, weak))
    labels: list[str] = []
    evidence: list[Evidence] = []
    for match, (start, end) in sorted(found, key=lambda pair: pair[0].start):
        if match.label not in labels:
            labels.append(match.label)
            evidence.append(Evidence(f"grievance:{match.label}", text[start:end], start, end))
    labels += [label for label in dict.fromkeys(title_labels) if label not in labels]
    kept = labels[:MAX_GRIEVANCES] or (["labour"] if event_type == "strike" else [])
    return kept, [e for e in evidence if e.field.split(":", 1)[1] in kept]
