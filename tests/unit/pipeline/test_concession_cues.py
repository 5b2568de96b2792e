"""Concession cues (traction's "concession won"): kinds in several languages, and the guards
that keep denials, demands and routine releases after booking from counting."""

from __future__ import annotations

import pytest

from protest_tracker.pipeline.fields.concessions import SUBSTANTIVE_KINDS, find_concessions


def kinds(text: str) -> list[str]:
    return [cue.kind for cue in find_concessions(text)]


@pytest.mark.parametrize(("text", "expected"), [
    ("The president accepted the cabinet's resignation on Wednesday morning.", ["resignation"]),
    ("A state commission cut the price of bottled gas to 50 tenge a litre.", ["price_rollback"]),
    ("Officials said the disputed articles would not be changed after all.", ["reversal"]),
    ("The electoral commission annulled the results of Sunday's vote.", ["reversal"]),
    ("The contractor agreed to raise wages by a fifth from next month.", ["demands_met"]),
    ("Three of the relatives held abroad have been released, families said.", ["release"]),
    ("The deputy mayor promised to pass the complaints on to the ministry.", ["promise"]),
    ("Вечером аким сообщил, что цены на газ снизили до прежнего уровня.", ["price_rollback"]),
    ("Президент заявил, что эти статьи меняться не будут.", ["reversal"]),
    ("Аким области подал в отставку.", ["resignation"]),
    ("Комиссия газдың бағасын 60 теңгеге дейін төмендету туралы шешім шығарды.", ["price_rollback"]),
    ("Prezident moddalar o'zgartirilmasligini aytdi.", ["reversal"]),
])
def test_kinds_in_several_languages(text, expected):
    assert kinds(text) == expected


@pytest.mark.parametrize("text", [
    "The regional governor did not resign despite the calls.",            # denial
    "Protesters demanded the resignation of the town's mayor.",           # demand
    "Жители требуют снизить цену на газ.",                                 # demand
    "Two picketers were released in the evening after paying a fine.",    # routine release after booking
    "Вечером их отпустили, составив протоколы.",                           # routine release after booking
    "Nobody was hurt and the crowd left by nine.",                        # nothing at all
])
def test_guards_keep_non_concessions_out(text):
    assert kinds(text) == []


def test_a_promise_is_no_concession_won_and_evidence_is_kept():
    [cue] = find_concessions("Officials promised a meeting.\n\nThe akim resigned on Friday.")[1:]
    assert cue.kind == "resignation" and cue.kind in SUBSTANTIVE_KINDS and "promise" not in SUBSTANTIVE_KINDS
    assert cue.surface == "resigned" and cue.sentence == "The akim resigned on Friday."
    assert cue.to_dict() == {"kind": "resignation", "cue": "resigned", "sentence": "The akim resigned on Friday."}
