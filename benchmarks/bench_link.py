"""Benchmark: link N synthetic event candidates (default 100,000) and print time and peak memory.

    .venv/bin/python benchmarks/bench_link.py [--candidates 100000] [--seed 7]

The synthetic corpus mimics the region: five countries, ~40 cities, four years,
many small one-off protests, a share of events reported by 2-5 outlets (with
size and date noise), and a few long daily-picket campaigns. Prints the time of
each step (reading, coreference + merge, campaigns) and the peak RSS.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import resource
import time

from protest_tracker.linking.campaigns import cluster_campaigns
from protest_tracker.linking.coref import cluster_reports
from protest_tracker.linking.events import build_event
from protest_tracker.linking.reports import reports_from_records

CITIES = {
    "KZ": ["Almaty", "Astana", "Shymkent", "Aktau", "Zhanaozen", "Oral", "Atyrau", "Aktobe", "Karaganda", "Taraz",
           "Kyzylorda", "Semey", "Pavlodar", "Kostanay", "Petropavl", "Turkistan"],
    "KG": ["Bishkek", "Osh", "Jalal-Abad", "Karakol", "Naryn", "Talas", "Batken", "Tokmok"],
    "TJ": ["Dushanbe", "Khujand", "Khorog", "Kulob", "Bokhtar"],
    "UZ": ["Tashkent", "Nukus", "Samarkand", "Andijan", "Fergana", "Namangan", "Bukhara"],
    "TM": ["Ashgabat", "Turkmenabat", "Mary"],
}
GROUPS = ["workers", "residents", "mothers_families", "borrowers_mortgage", "students", "opposition", "activists",
          "entrepreneurs", "pensioners", "farmers", "relatives_of_detainees"]
GRIEVANCES = ["labour", "utilities", "housing_mortgage", "land_property", "elections_political", "social_benefits",
              "wages_prices_economy", "environment", "corruption_justice", "xinjiang_ethnic_kin"]
TYPES = ["demonstration", "picket", "strike", "road_blockade", "march", "hunger_strike"]
START = dt.date(2019, 1, 1)


def synthetic_records(candidates: int, *, seed: int) -> list[dict]:
    """About ``candidates`` candidates spread over extract records (one article, one event each)."""
    rnd = random.Random(seed)
    records: list[dict] = []
    n = 0
    while n < candidates:
        country = rnd.choice(list(CITIES))
        base = {
            "country": country, "city": rnd.choice(CITIES[country]), "event_type": rnd.choice(TYPES),
            "participant_groups": [rnd.choice(GROUPS)], "grievance_categories": rnd.sample(GRIEVANCES, 2),
            "target_categories": ["local_government"], "state_response": ["none_reported"],
        }
        day = START + dt.timedelta(days=rnd.randrange(4 * 365))
        size = rnd.choice([1, 5, 10, 20, 50, 200, 1000])
        campaign = rnd.random() < 0.01
        runs = rnd.randrange(20, 120) if campaign else 1
        for step in range(runs):
            when = day + dt.timedelta(days=step * rnd.randrange(1, 4))
            outlets = 1 if rnd.random() < 0.6 else rnd.randrange(2, 6)
            for outlet in range(outlets):
                shift = rnd.choice([0, 0, 0, 1]) if outlet else 0
                event = {**base, "date": (when + dt.timedelta(days=shift)).isoformat(), "date_precision": "day",
                         "size_min": max(1, int(size * rnd.uniform(0.6, 1.6)))}
                records.append({"id": f"syn-{n:07d}", "outlet": f"outlet{outlet}.example",
                                "language": rnd.choice(["ru", "en", "kk", "ky", "uz"]), "events": [event]})
                n += 1
    return records[:candidates]


def peak_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--candidates", type=int, default=100_000)
    parser.add_argument("--seed", type=int, default=7)
    args = parser.parse_args()
    records = synthetic_records(args.candidates, seed=args.seed)
    print(f"synthetic candidates: {len(records)} (memory after generation {peak_rss_mb():.0f} MB)")
    t0 = time.perf_counter()
    reports = reports_from_records(records)
    t1 = time.perf_counter()
    events = [build_event(cluster) for cluster in cluster_reports(reports)]
    t2 = time.perf_counter()
    campaigns, _ = cluster_campaigns(events)
    t3 = time.perf_counter()
    print(f"read {len(reports)} reports: {t1 - t0:.1f} s")
    print(f"coreference + merge -> {len(events)} events: {t2 - t1:.1f} s")
    print(f"campaigns -> {len(campaigns)}: {t3 - t2:.1f} s")
    print(f"total {t3 - t0:.1f} s ({len(reports) / (t3 - t0):.0f} candidates/s), peak RSS {peak_rss_mb():.0f} MB")


if __name__ == "__main__":
    main()
