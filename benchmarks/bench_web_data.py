"""Synthetic events for bench_web.py with realistic shapes (all numbers invented, no real reports).

* all five countries, weighted (Kazakhstan and Kyrgyzstan report most), and within a country a
  few cities take most events (Zipf-like weights, the capital first);
* dates from 1991 to 2026, denser in recent years, with bursts (weeks where one country has a
  wave of protests);
* campaigns of very different sizes (one of 500 events, the page bench_web times), a fifth of
  the events in one;
* several reports per event (1 + geometric, mean about 2.4) from outlets of skewed reach;
* the review statuses a live tracker holds, verified / machine-coded published events, and
  deletions (events removed afterwards, their ids in the tombstone table as ``deleted`` or ``merged``).
"""

from __future__ import annotations

import datetime as dt
import random
import sys

CITIES = {  # country -> [(region, city, lat, lon)], the most reported first
    "KZ": [("Almaty", "Almaty", 43.2567, 76.9286), ("Astana", "Astana", 51.1605, 71.4704),
           ("Mangystau", "Zhanaozen", 43.3412, 52.8619), ("Mangystau", "Aktau", 43.6481, 51.1722),
           ("Atyrau", "Atyrau", 47.1164, 51.8833), ("Shymkent", "Shymkent", 42.3, 69.6),
           ("Karaganda", "Karaganda", 49.8047, 73.1094), ("Aktobe", "Aktobe", 50.2839, 57.167),
           ("East Kazakhstan", "Oskemen", 49.9483, 82.6275), ("Zhambyl", "Taraz", 42.9, 71.3667)],
    "KG": [("Bishkek", "Bishkek", 42.87, 74.59), ("Osh", "Osh", 40.5283, 72.7985),
           ("Jalal-Abad", "Jalal-Abad", 40.9333, 73.0), ("Issyk-Kul", "Karakol", 42.4903, 78.3936),
           ("Naryn", "Naryn", 41.4287, 75.9911), ("Talas", "Talas", 42.5228, 72.2427)],
    "TJ": [("Dushanbe", "Dushanbe", 38.5598, 68.787), ("Gorno-Badakhshan", "Khorog", 37.4897, 71.5531),
           ("Sughd", "Khujand", 40.2826, 69.6222), ("Khatlon", "Bokhtar", 37.8364, 68.7803)],
    "UZ": [("Tashkent", "Tashkent", 41.2995, 69.2401), ("Karakalpakstan", "Nukus", 42.4531, 59.6103),
           ("Andijan", "Andijan", 40.7821, 72.3442), ("Samarkand", "Samarkand", 39.627, 66.975),
           ("Fergana", "Fergana", 40.3864, 71.7864)],
    "TM": [("Ashgabat", "Ashgabat", 37.95, 58.3833), ("Lebap", "Turkmenabat", 39.0733, 63.5786)],
}
COUNTRY_WEIGHTS = {"KZ": 45, "KG": 27, "UZ": 12, "TJ": 11, "TM": 5}
#: (first day, days, country): waves in which one country reports many events at once.
BURSTS = [(dt.date(2011, 12, 10), 30, "KZ"), (dt.date(2020, 10, 5), 21, "KG"), (dt.date(2022, 1, 2), 14, "KZ"),
          (dt.date(2022, 5, 14), 20, "TJ"), (dt.date(2022, 7, 1), 10, "UZ"), (dt.date(2019, 3, 1), 60, "KZ")]
STATUSES = [("published", 80), ("candidate", 9), ("in_review", 5), ("verified", 3), ("rejected", 3)]
FIRST, LAST = dt.date(1991, 1, 1), dt.date(2026, 6, 30)
BIG_CAMPAIGN = "CMP-KZ-00001"


def zipf(rng: random.Random, items: list, s: float = 1.1):
    return rng.choices(items, weights=[1 / (i + 1) ** s for i in range(len(items))])[0]


def some(rng: random.Random, codes: tuple[str, ...], most: int, empty: float = 0.0) -> list[str]:
    if rng.random() < empty:
        return []
    return sorted({zipf(rng, list(codes), 0.8) for _ in range(rng.randint(1, most))})


def next_number(sequence: dict, key: tuple[str, int]) -> int:
    """The next number of a public id per country and year (as the store hands them out)."""
    sequence[key] = sequence.get(key, 0) + 1
    return sequence[key]


def event_date(rng: random.Random, country: str) -> dt.date:
    if rng.random() < 0.12:
        for first, days, burst_country in rng.sample(BURSTS, len(BURSTS)):
            if burst_country == country:
                return first + dt.timedelta(days=rng.randrange(days))
    span = (LAST - FIRST).days
    return FIRST + dt.timedelta(days=int(span * rng.random() ** 0.45))  # denser towards the present


def generate(count: int, *, seed: int = 7, batch: int = 5000) -> None:
    """``count`` events with their reports and articles, campaigns and tombstones (summary rebuilt at the end)."""
    from django.db import transaction
    from django.utils import timezone

    from protest_tracker import codebook
    from protest_tracker.store.models import Article, Campaign, Event, EventReport, EventTombstone
    from protest_tracker.web import summary

    rng = random.Random(seed)
    summary.disconnect()  # a bulk load: one rebuild at the end instead of a recount per deleted event
    campaigns = [Campaign.objects.create(public_id=BIG_CAMPAIGN, name="Consulate pickets", status="confirmed")]
    campaigns += Campaign.objects.bulk_create([Campaign(public_id=f"CMP-XX-{i:05d}", name=f"Campaign {i}", status="candidate")
                                               for i in range(2, max(count // 400, 2) + 1)])
    countries, weights = list(COUNTRY_WEIGHTS), list(COUNTRY_WEIGHTS.values())
    statuses, status_weights = zip(*STATUSES, strict=True)
    now, article_no = timezone.now(), 0
    sequence: dict[tuple[str, int], int] = {}
    for offset in range(0, count, batch):
        events, reports = [], []
        for i in range(offset, min(offset + batch, count)):
            big = i % max(count // 500, 1) == 0 and i // max(count // 500, 1) < 500
            country = "KZ" if big else rng.choices(countries, weights)[0]
            region, city, lat, lon = zipf(rng, CITIES[country])
            date = event_date(rng, country)
            status = "published" if big else rng.choices(statuses, status_weights)[0]
            campaign = campaigns[0] if big else (zipf(rng, campaigns[1:], 0.9) if rng.random() < 0.2 and len(campaigns) > 1 else None)
            events.append(Event(
                public_id=f"{country}-{date.year}-{next_number(sequence, (country, date.year)):06d}", date=date,
                country=country, region=region, city=city,
                latitude=lat, longitude=lon, geo_precision=1, status=status, campaign=campaign,
                verification=("verified" if rng.random() < 0.6 else "machine-coded") if status == "published" else "",
                event_type="picket" if big else zipf(rng, list(codebook.EVENT_TYPES.codes), 0.9),
                grievance_categories=some(rng, codebook.GRIEVANCES.codes, 2, empty=0.05),
                state_response=some(rng, codebook.STATE_RESPONSES.codes[1:], 2, empty=0.35),
                participant_groups=some(rng, codebook.PARTICIPANT_GROUPS.codes, 2),
                target_categories=some(rng, codebook.TARGETS.codes, 1),
                size_min=rng.choice([None, 1, 5, 12, 40, 150, 2000]), participants="synthetic participants"))
            n_reports = 1
            while n_reports < 20 and rng.random() < 0.58:
                n_reports += 1
            for _ in range(n_reports):
                article_no += 1
                reports.append((len(events) - 1, Article(
                    id=f"bench{article_no:027d}", url=f"https://example.org/{article_no}", title=f"Report {article_no}",
                    outlet=f"Outlet {zipf(rng, list(range(60)), 1.0)}", published=date, content_hash=str(article_no),
                    fetched_at=now, text="A synthetic report of a protest.", language="ru")))
        with transaction.atomic():
            created = Event.objects.bulk_create(events)
            Article.objects.bulk_create([a for _, a in reports])
            EventReport.objects.bulk_create([EventReport(event=created[k], article=a, extracted={}, evidence=[])
                                             for k, a in reports])
        print(f"  generated {min(offset + batch, count):,} events", file=sys.stderr)
    _delete_some(rng, count, EventTombstone, Event)
    summary.rebuild()
    summary.connect()


def _delete_some(rng: random.Random, count: int, tombstone, event) -> None:
    """Remove 2% of the events (not of the big campaign) and leave their tombstones, as a live tracker does."""
    from django.db import transaction

    ids = list(event.objects.filter(campaign__public_id__isnull=True).values_list("pk", "public_id")[: count // 50 * 3])
    gone = rng.sample(ids, min(len(ids), count // 50))
    with transaction.atomic():
        for start in range(0, len(gone), 2000):
            part = gone[start:start + 2000]
            event.objects.filter(pk__in=[pk for pk, _ in part]).delete()
            tombstone.objects.bulk_create([tombstone(public_id=public_id, reason=rng.choice(["deleted", "merged"]))
                                           for _, public_id in part])


def replicate_postgres(total: int) -> None:
    """PostgreSQL: grow the generated events to ``total`` with copies made in SQL (minutes instead of hours).

    Copy *k* of each event gets a new id, a date moved by up to ±45 days (so bursts stay bursts),
    its own articles and reports, and leaves the big campaign (which keeps its 500 events); public
    ids are renumbered per country and year at the end. The summary is rebuilt afterwards.
    """
    from django.db import connection, transaction

    from protest_tracker.web import summary

    with connection.cursor() as cursor:
        cursor.execute("SELECT max(id), count(*) FROM store_event")
        top, base = cursor.fetchone()
        cursor.execute("SELECT id FROM store_campaign WHERE public_id = %s", [BIG_CAMPAIGN])
        big = cursor.fetchone()[0]
    columns = [f.column for f in _event_fields() if f.column not in ("id", "public_id", "date", "campaign_id")]
    listed = ", ".join(columns)
    copies = -(-total // base) - 1
    for k in range(1, copies + 1):
        limit = min(base, total - base * k)
        with transaction.atomic(), connection.cursor() as cursor:
            cursor.execute(f"""
                INSERT INTO store_event (id, public_id, date, campaign_id, {listed})
                SELECT id + {k} * {top}, 'T-' || (id + {k} * {top}), date + ((hashtext(id::text || '{k}') % 46)),
                       NULLIF(campaign_id, {big}), {listed}
                FROM store_event WHERE id <= {top} ORDER BY id LIMIT {limit}""")
            article_columns = ", ".join(_columns("Article"))
            article_values = ", ".join(ARTICLE_COPY.get(c, "a." + c).format(k=k) for c in _columns("Article"))
            cursor.execute(f"""
                INSERT INTO store_article ({article_columns}) SELECT {article_values}
                FROM store_article a JOIN store_eventreport r ON r.article_id = a.id
                WHERE r.event_id IN (SELECT id - {k} * {top} FROM store_event WHERE id > {k} * {top} AND id <= {k + 1} * {top})""")
            report_columns = [c for c in _columns("EventReport") if c != "id"]
            report_values = ", ".join(REPORT_COPY.get(c, "r." + c).format(k=k, top=top) for c in report_columns)
            cursor.execute(f"""
                INSERT INTO store_eventreport ({", ".join(report_columns)}) SELECT {report_values}
                FROM store_eventreport r
                WHERE r.event_id IN (SELECT id - {k} * {top} FROM store_event WHERE id > {k} * {top} AND id <= {k + 1} * {top})""")
        print(f"  copied to {base * k + limit:,} events", file=sys.stderr)
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("""
            UPDATE store_event e SET public_id = e.country || '-' || extract(year FROM e.date)::int || '-'
                   || lpad((n.number + 500000)::text, 6, '0')
            FROM (SELECT id, row_number() OVER (PARTITION BY country, extract(year FROM date) ORDER BY id) AS number
                  FROM store_event WHERE public_id LIKE 'T-%%') n
            WHERE e.id = n.id""")  # copies count from 500001 per country and year: no clash with the base
        cursor.execute("SELECT setval(pg_get_serial_sequence('store_event', 'id'), (SELECT max(id) FROM store_event))")
    summary.rebuild()


#: How a copy's article and report columns differ from the original's (others are copied as they are).
ARTICLE_COPY = {"id": "'c{k:02d}' || substr(a.id, 6)", "url": "a.url || '?c={k}'", "canonical_url": "''",
                "content_hash": "a.content_hash || '-{k}'"}
REPORT_COPY = {"event_id": "r.event_id + {k} * {top}", "article_id": "'c{k:02d}' || substr(r.article_id, 6)"}


def _event_fields():
    from protest_tracker.store.models import Event

    return Event._meta.concrete_fields


def _columns(model: str) -> list[str]:
    from django.apps import apps

    return [f.column for f in apps.get_model("store", model)._meta.concrete_fields]
