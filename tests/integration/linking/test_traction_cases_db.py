"""Canonical traction cases through the real linking code on a real database (issue 11, item 3).

Each case is written here in our own words: articles with short texts (the concession cues are read
from them) and the candidates an extractor would give. The pipeline is stood in for; processing,
linking, campaign grouping, the duplicate policy and the traction verdict are the real code.
"""

from __future__ import annotations

import datetime as dt

import pytest

from protest_tracker import model
from protest_tracker.review.services.duplicates import merge_same_occasion
from protest_tracker.store.articles import save_article
from protest_tracker.store.models import AuditLog, Campaign, Event, EventTombstone
from protest_tracker.store.processing import process_pending
from protest_tracker.web.privacy import public_policy
from protest_tracker.web.traction_view import campaign_traction

pytestmark = [pytest.mark.django_db, pytest.mark.both_backends]


class StandIn:
    """Returns the candidates written for each article (looked up by its text)."""

    version_id = "cases/1"

    def __init__(self, articles):
        self.by_text = {a["text"]: a for a in articles}

    def run(self, article: model.Article) -> model.Article:
        events = tuple(model.EventCandidate.from_exchange(e) for e in self.by_text[article.text]["events"])
        return article.with_events(events)


def ev(date, city, *, groups=("residents",), grievances=("wages_prices_economy",), country="KZ", **extra):
    return {"date": date, "date_precision": "day", "country": country, "city": city, "participant_groups": list(groups),
            "grievance_categories": list(grievances), "event_type": extra.pop("event_type", "demonstration"),
            "confidence": 0.8, **extra}


def article(article_id, published, text, *events, language="en"):
    return {"id": article_id, "published": published, "text": text, "language": language, "events": list(events)}


def run(articles):
    for a in articles:
        save_article(model.Article(id=a["id"], text=a["text"], language=a["language"], outlet=f"outlet-{a['id'][-1]}",
                                   published=dt.date.fromisoformat(a["published"])), origin="file")
    process_pending(pipeline=StandIn(articles))
    merge_same_occasion()
    Event.objects.update(status="published", verification="verified")


def verdict_of(article_id):
    campaign = Campaign.objects.get(events__reports__article_id=article_id)
    traction = campaign_traction(campaign, policy=public_policy())
    return campaign, traction["verdict"], {c["code"]: c for c in traction["verdict"]["criteria"]}


PRICE = {"grievances": ("wages_prices_economy", "utilities"), "targets": ["price of car gas"],
         "target_categories": ["national_government"]}
JANUARY = [
    article("jan-1", "2022-01-02", "Hundreds of people in Zhanaozen filled the town square on Sunday after the "
            "price of car gas doubled overnight.", ev("2022-01-02", "Zhanaozen", region="Mangystau", size_min=400, **PRICE)),
    article("jan-2", "2022-01-03", "The gas-price protest reached Aktau, where a crowd of about three thousand "
            "stayed on the central square into the night.", ev("2022-01-03", "Aktau", region="Mangystau", size_min=3000, **PRICE)),
    article("jan-3", "2022-01-04", "A government commission cut the price of car gas to 50 tenge a litre in the "
            "region. In Aktobe police broke up a rally and detained several people; in Oral residents rallied too.",
            ev("2022-01-04", "Aktobe", region="Aktobe", size_min=500, state_response=["dispersal", "detention"], **PRICE),
            ev("2022-01-04", "Oral", region="West Kazakhstan", size_min=300, **PRICE)),
    article("jan-4", "2022-01-05", "Crowds stormed the city administration in Almaty; security forces opened fire "
            "and people were killed. The president accepted the government's resignation on Wednesday morning.",
            ev("2022-01-05", "Almaty", groups=("general_public",), size_min=10000, event_type="riot",
               state_response=["force_violence", "fatalities", "detention"], fatalities=12,
               grievances=("wages_prices_economy", "elections_political"), target_categories=["national_government"])),
]


def test_january_2022_is_one_campaign_that_gained_traction_and_won_concessions():
    run(JANUARY)
    campaign, verdict, c = verdict_of("jan-1")
    assert Campaign.objects.count() == 1 and campaign.events.count() == 5
    assert campaign.name.endswith("Zhanaozen and 4 other cities, January 2022")
    assert verdict["level"] == "gained" and verdict["concession_won"]
    assert verdict["answer"] == "Gained traction · Concession won"
    assert {"persistence", "spread", "scale", "backfire", "concession"} <= set(verdict["fired"])
    assert c["spread"]["figures"] == {"cities": 5, "regions": 4}
    assert c["persistence"]["dates"] == ["2022-01-02", "2022-01-03", "2022-01-04", "2022-01-05"]
    assert c["backfire"]["figures"]["repressed_on"] == "2022-01-04" and "Almaty" in c["backfire"]["figures"]["new_cities"]
    assert c["concession"]["figures"]["kinds"] == ["price_rollback", "resignation"]
    assert c["concession"]["dates"] == ["2022-01-04", "2022-01-05"]
    assert c["repression"]["figures"]["deaths_counted"] == 12 and not c["repression"]["counted"]


def picket_days():
    """Relatives of people held in Xinjiang at the consulate: twice a week, then every other day after
    the arrests (pickets on consecutive days would be linked as one event: the one-day tolerance)."""
    start = dt.date(2021, 2, 1)
    early = [start + dt.timedelta(days=d) for d in (0, 3, 7, 10, 14)]
    return early + [start + dt.timedelta(days=d) for d in range(16, 100, 2)]


def test_the_consulate_pickets_gain_traction_by_persistence_growth_and_backfire():
    articles = []
    for n, day in enumerate(picket_days()):
        arrested = n == 4
        text = (f"Picket number {n + 1}: relatives of people held in Xinjiang stood outside the Chinese consulate in "
                f"Almaty on {day:%d %B} with portraits of their family members."
                + (" Police detained three of them and a court fined them." if arrested else ""))
        articles.append(article(f"cons-{n:02d}", day.isoformat(), text, ev(
            day.isoformat(), "Almaty", groups=("relatives_of_detainees",), grievances=("xinjiang_ethnic_kin",),
            venue="Chinese consulate", event_type="picket", size_min=5 + n // 4, target_categories=["foreign_state"],
            state_response=["detention", "fine"] if arrested else ["monitoring"])))
    run(articles)
    campaign, verdict, c = verdict_of("cons-00")
    assert Campaign.objects.count() == 1 and campaign.events.count() == len(articles)
    assert verdict["level"] == "gained", verdict["criteria"]
    assert {"persistence", "scale", "backfire"} <= set(verdict["fired"]) and not c["spread"]["fired"]
    assert c["persistence"]["figures"]["days_of_action"] == len(articles) and c["persistence"]["figures"]["span_days"] == 99
    assert c["scale"]["figures"]["trend"] == "growing"
    assert c["backfire"]["figures"]["repressed_on"] == "2021-02-15"
    assert c["backfire"]["figures"]["events_after"] > c["backfire"]["figures"]["events_before"]


def test_a_two_day_local_action_has_not_yet_and_two_days_79_days_apart_are_not_persistence():
    water = {"grievances": ("utilities",), "venue": "akimat", "size_min": 25}
    mortgage = {"groups": ("borrowers_mortgage",), "grievances": ("housing_mortgage",), "venue": "akimat"}
    run([article("oral-1", "2021-12-06", "About 25 residents of a district in Oral came to the akimat over water cuts.",
                  ev("2021-12-06", "Oral", **water)),
         article("oral-2", "2021-12-08", "The residents came back to the akimat on Wednesday; the taps were still dry.",
                  ev("2021-12-08", "Oral", **water)),
         article("mort-1", "2021-04-05", "Mortgage borrowers gathered at the Almaty akimat.", ev("2021-04-05", "Almaty", **mortgage)),
         article("mort-2", "2021-06-22", "Mortgage borrowers returned to the Almaty akimat.", ev("2021-06-22", "Almaty", **mortgage))])
    _, verdict, c = verdict_of("oral-1")
    assert verdict["level"] == "not_yet" and verdict["answer"] == "Not yet" and verdict["fired"] == []
    _, verdict, c = verdict_of("mort-1")
    assert not c["persistence"]["fired"] and c["persistence"]["figures"]["span_days"] == 79
    assert verdict["level"] == "not_yet"


def test_a_campaign_with_a_concession_says_so():
    strike = {"groups": ("workers",), "grievances": ("labour",), "event_type": "strike", "size_min": 150}
    run([article("oil-1", "2021-06-07", "Oilfield service workers in Zhanaozen stopped work over pay.",
                  ev("2021-06-07", "Zhanaozen", **strike)),
         article("oil-2", "2021-06-10", "The contractor agreed to raise wages by a quarter and the strikers went back.",
                  ev("2021-06-10", "Zhanaozen", **strike))])
    _, verdict, c = verdict_of("oil-1")
    assert verdict["concession_won"] and verdict["answer"].endswith("· Concession won")
    assert c["concession"]["figures"]["kinds"] == ["demands_met"] and c["concession"]["dates"] == ["2021-06-10"]


def test_one_occasion_split_by_an_article_becomes_one_event_through_the_merge_service():
    nukus = {"country": "UZ", "groups": ("ethnic_community",), "grievances": ("elections_political",)}
    run([article("uz-1", "2022-07-02", "Thousands marched in Nukus on Friday against the draft amendments.",
                 ev("2022-07-01", "Nukus", region="Karakalpakstan", **nukus)),
         article("uz-2", "2022-07-03", "Friday's march in Karakalpakstan; on Saturday crowds gathered at the parliament.",
                 ev("2022-07-02", "Nukus", region="Karakalpakstan", venue="parliament building", **nukus),
                 ev("2022-07-01", None, region="Karakalpakstan", **nukus))])
    july_first = Event.objects.filter(date=dt.date(2022, 7, 1))
    assert july_first.count() == 1  # not the same protest twice
    [tombstone] = EventTombstone.objects.filter(reason="merged")
    assert tombstone.merged_into == july_first.get().public_id
    assert AuditLog.objects.filter(action="merge", actor_label="system:linking",
                                   object_id=july_first.get().public_id).exists()
    assert merge_same_occasion().merged == []  # nothing left to merge
