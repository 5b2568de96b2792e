"""The headroom variants: the assembler's choices with one decision taken from the gold."""

from protest_tracker.model import Article
from protest_tracker.pipeline.learn.assembler import Prepared
from protest_tracker.pipeline.learn.candidates import Candidate
from protest_tracker.pipeline.learn.headroom import Scored, best_clear, headroom


def _cand(city: str | None, date: str) -> Candidate:
    return Candidate(country="KZ", city=city, date=date, precision="day", place_mention=None, date_mention=None)


def _scored(cands: list[Candidate], probs: list[float]) -> Scored:
    prepared = Prepared(Article(id="a", text=""), None, [], [], cands)
    return Scored(prepared, probs, threshold=0.7, doc_threshold=0.2, rule_threshold=0.7)


def _gold(city: str | None, date: str, **extra: object) -> dict:
    return {"country": "KZ", "city": city, "date": date, "date_precision": "day", **extra}


def test_best_clear_skips_a_candidate_that_clashes_with_a_better_one():
    cands = [_cand("Aktau", "2022-01-04"), _cand("Aktau", "2022-01-04"), _cand("Atyrau", "2022-01-04")]
    # the second Aktau reading is the same event read twice: the third candidate comes next
    assert best_clear(cands, [0.9, 0.8, 0.3], 2) == [cands[0], cands[2]]
    assert best_clear(cands, [0.9, 0.8, 0.3], 0) == []


def test_each_variant_fixes_only_its_own_decision():
    report = {"id": "r", "gold": [_gold("Aktau", "2022-01-04"), _gold("Zhanaozen", "2022-01-02")]}
    ban = {"id": "b", "gold": []}  # a ban on rallies: no event
    records = [report, ban]
    scored = {
        # the assembler keeps only the best (the second is under the event threshold)
        0: _scored([_cand("Aktau", "2022-01-04"), _cand("Zhanaozen", "2022-01-02"), _cand("Astana", "2022-01-05")],
                   [0.9, 0.5, 0.4]),
        1: _scored([_cand("Almaty", "2022-03-01")], [0.6]),
    }
    room = headroom(records, scored)
    assert (room["as_run"]["tp"], room["as_run"]["fp"], room["as_run"]["fn"]) == (1, 1, 1)
    assert (room["perfect_document"]["tp"], room["perfect_document"]["fp"]) == (1, 0)
    assert (room["perfect_count"]["tp"], room["perfect_count"]["fp"]) == (2, 0)
    assert room["perfect_count"]["document_f1"] == 1.0
    assert (room["candidate_ceiling"]["tp"], room["candidate_ceiling"]["fp"], room["candidate_ceiling"]["fn"]) == (2, 0, 0)


def test_the_ceiling_counts_a_gold_event_no_candidate_matches_as_missed():
    records = [{"id": "r", "gold": [_gold("Oral", "2022-01-04"), _gold("Aktobe", "2022-01-04", optional=True)]}]
    room = headroom(records, {0: _scored([_cand("Astana", "2022-01-04"), _cand("Aktobe", "2022-01-04")], [0.9, 0.5])})
    assert (room["candidate_ceiling"]["tp"], room["candidate_ceiling"]["fp"], room["candidate_ceiling"]["fn"]) == (0, 0, 1)
    assert room["as_run"]["fp"] == 1  # Astana; the optional Aktobe event counts neither way
