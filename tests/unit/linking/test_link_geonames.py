"""Same place = same GeoNames id when both reports carry one; folded names otherwise."""

from __future__ import annotations

from linking_support import candidate
from protest_tracker.linking.coref import candidate_pairs, cluster_reports
from protest_tracker.linking.evaluation import gold_clusters
from protest_tracker.linking.merge import conflicts_of, merge_reports
from protest_tracker.linking.reports import report_from_candidate
from protest_tracker.linking.similarity import features, pair_score, place_score, same_settlement
from protest_tracker.model import EventCandidate

KULOB = 1221194  # GeoNames: Kulob, Khatlon (also written Kulyab, Kulyob)
AKSU_PAVLODAR, AKSU_TURKISTAN = 1524298, 1525462  # two towns called Aksu, 1,100 km apart


def tajik(**fields):
    return candidate(country="TJ", date="2023-05-02", participant_groups=["traders"], **fields)


def kazakh(**fields):
    return candidate(country="KZ", date="2023-05-02", participant_groups=["workers"], **fields)


def feats(c: EventCandidate, article: str):
    return features(report_from_candidate(c, article_id=article))


def test_spelling_variants_of_one_settlement_are_the_same_place_by_id():
    a, b = feats(tajik(city="Kulob", geonames_id=KULOB), "a"), feats(tajik(city="Kulyab", geonames_id=KULOB), "b")
    assert same_settlement(a, b) and place_score(a, b) == 1.0
    assert pair_score(a, b) is not None
    # without the ids the two spellings are different names far from any coordinates: apart
    bare_a, bare_b = feats(tajik(city="Kulob"), "a"), feats(tajik(city="Kulyab"), "b")
    assert not same_settlement(bare_a, bare_b) and pair_score(bare_a, bare_b) is None


def test_namesakes_with_different_ids_are_different_places():
    pavlodar = kazakh(city="Aksu", geonames_id=AKSU_PAVLODAR, latitude=52.04, longitude=76.93)
    turkistan = kazakh(city="Aksu", geonames_id=AKSU_TURKISTAN, latitude=42.42, longitude=69.83)
    a, b = feats(pavlodar, "a"), feats(turkistan, "b")
    assert not same_settlement(a, b) and place_score(a, b) is None and pair_score(a, b) is None
    # the old name rule would have called them one place
    assert pair_score(feats(kazakh(city="Aksu"), "a"), feats(kazakh(city="Aksu"), "b")) is not None


def test_without_an_id_on_both_sides_the_folded_name_decides():
    with_id, without = feats(tajik(city="Kulob", geonames_id=KULOB), "a"), feats(tajik(city="kulob"), "b")
    assert same_settlement(with_id, without) and place_score(with_id, without) == 1.0
    other = feats(tajik(city="Khorog"), "c")
    assert not same_settlement(with_id, other)
    # a region-level report (no city) keeps no id and links as before
    region_only = feats(tajik(city=None, region="Khatlon", geonames_id=KULOB), "d")
    assert region_only.geonames_id is None and place_score(with_id, region_only) == 0.5


def test_blocking_and_clustering_bring_spelling_variants_together():
    reports = [report_from_candidate(tajik(city="Kulob", geonames_id=KULOB), article_id="a"),
               report_from_candidate(tajik(city="Kulyab", geonames_id=KULOB), article_id="b"),
               report_from_candidate(kazakh(city="Aksu", geonames_id=AKSU_PAVLODAR), article_id="c"),
               report_from_candidate(kazakh(city="Aksu", geonames_id=AKSU_TURKISTAN), article_id="d")]
    assert (0, 1) in candidate_pairs([features(r) for r in reports])
    clusters = [sorted(r.article_id for r in group) for group in cluster_reports(reports)]
    assert sorted(clusters) == [["a", "b"], ["c"], ["d"]]


def test_merged_event_keeps_the_id_and_flags_no_city_conflict_for_variants():
    reports = [report_from_candidate(tajik(city="Kulob", geonames_id=KULOB, confidence=0.9), article_id="a"),
               report_from_candidate(tajik(city="Kulyab", geonames_id=KULOB), article_id="b")]
    headline, conflicts, flags = merge_reports(reports)
    assert headline.city == "Kulob" and headline.geonames_id == KULOB
    assert "city" not in conflicts and "conflict:city" not in flags
    # one report without an id: the names decide, and they differ
    mixed = [reports[0], report_from_candidate(tajik(city="Kulyab"), article_id="c")]
    assert "city" in conflicts_of(mixed)
    namesakes = [report_from_candidate(kazakh(city="Aksu", geonames_id=AKSU_PAVLODAR), article_id="a"),
                 report_from_candidate(kazakh(city="Aksu", geonames_id=AKSU_TURKISTAN), article_id="b")]
    assert conflicts_of(namesakes)["city"] == {"a": "Aksu", "b": "Aksu"}


def test_headline_id_belongs_to_the_headline_city():
    reports = [report_from_candidate(tajik(city="Kulob"), article_id="a"),
               report_from_candidate(tajik(city="Kulob"), article_id="b"),
               report_from_candidate(tajik(city="Khorog", geonames_id=1221328), article_id="c")]
    headline, _, _ = merge_reports(reports)
    assert headline.city == "Kulob" and headline.geonames_id is None


def test_exchange_round_trip_and_tolerant_reading():
    event = tajik(city="Kulob", geonames_id=KULOB)
    record = event.to_exchange()
    assert record["geonames_id"] == KULOB
    assert EventCandidate.from_exchange(record).geonames_id == KULOB
    assert event.place is not None and event.place.geonameid == KULOB
    for raw, expected in (("1221194", KULOB), ("", None), ("abc", None), (-3, None), (True, None), (None, None)):
        assert EventCandidate.from_exchange({"country": "TJ", "geonames_id": raw}).geonames_id == expected


def test_gold_clusters_compare_ids_when_both_events_carry_one():
    def article(name, city, gid):
        return {"id": name, "gold": [{"date": "2023-05-02", "country": "KZ", "city": city, "geonames_id": gid}]}

    same_name = [article("a", "Aksu", AKSU_PAVLODAR), article("b", "Aksu", AKSU_TURKISTAN)]
    assert all(len(c) == 1 for c in gold_clusters(same_name))
    assert [sorted(c) for c in gold_clusters(same_name[:1] + [article("c", "Aksu", None)])] == [["a#0", "c#0"]]
