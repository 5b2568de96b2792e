"""Campaign names: who (and why), the form of action, the characteristic venue and the place."""

from __future__ import annotations

import itertools

from linking_support import single_event as event
from protest_tracker.linking.campaign_names import campaign_title


def consulate_events():
    return [
        event("c1", "2021-02-04", venue="consulate"),
        event("c2", "2021-02-22", venue="Chinese consulate"),
        event("c3", "2021-03-15", venue="Chinese consulate general"),
        event("c4", "2021-05-11", venue=None, event_type="demonstration"),
        event("c5", "2021-07-09", city="Zhanaozen", venue="city akimat"),
        event("c6", "2021-09-14", city="Astana", venue="Chinese embassy"),
        event("agg", "2021-02", date_precision="month", aggregate=True, venue="Chinese consulate"),
    ]


def test_the_consulate_pickets_are_named_by_group_cause_form_venue_and_city():
    assert campaign_title(consulate_events()) == (
        "Relatives of detainees (Xinjiang / ethnic kin in China) — pickets at the Chinese consulate general, "
        "Almaty and 2 other cities, February–September 2021")


def test_names_do_not_depend_on_the_order_of_events():
    events = consulate_events()
    names = {campaign_title(list(order)) for order in itertools.islice(itertools.permutations(events), 0, 5040, 97)}
    assert len(names) == 1


def test_a_venue_is_named_only_when_it_characterises_the_campaign():
    common = {"groups": ("residents",), "grievances": ("wages_prices_economy",), "targets": ()}
    wave = [event("j1", "2022-01-02", city="Zhanaozen", venue="square", event_type="demonstration", **common),
            event("j2", "2022-01-03", city="Aktau", venue="square", event_type="march", **common),
            event("j3", "2022-01-04", city="Aktobe", venue="regional akimat", event_type="riot", **common),
            event("j4", "2022-01-04", city="Almaty", venue=None, event_type="road_blockade", **common)]
    # one square per town is not one venue; four different forms are "protests"; ties go to the earliest city
    assert campaign_title(wave) == ("Local residents (Wages, prices, economy) — protests, Zhanaozen and 3 other cities, "
                                   "January 2022")


def test_related_groups_count_together_and_a_named_place_takes_no_article():
    khorog = [event("k1", "2021-11-25", city="Khorog", venue="Ala-Too Square", groups=("ethnic_community",),
                    grievances=(), event_type="sit_in"),
              event("k2", "2021-11-26", city="Khorog", venue="Ala-Too Square", groups=("residents", "students"),
                    grievances=(), event_type="sit_in")]
    assert campaign_title(khorog) == "Local residents — sit-ins at Ala-Too Square, Khorog, November 2021"


def test_a_venue_that_only_names_the_town_and_missing_parts_are_left_out():
    nukus = [event(f"n{d}", f"2022-07-0{d}", city=None, region="Karakalpakstan", venue="central Nukus",
                   groups=("general_public",), grievances=("other",), targets=()) for d in (1, 2)]
    assert campaign_title(nukus) == "Protesters — pickets, Karakalpakstan, July 2022"
    town = [event(f"t{d}", f"2022-07-0{d}", city="Nukus", venue="central Nukus") for d in (1, 2)]
    assert campaign_title(town).endswith("— pickets, Nukus, July 2022")
    assert campaign_title([]) == "Protest series"
