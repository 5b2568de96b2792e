"""The gold-format training file: analysts' reviewed events as the evaluation kit's JSONL.

One line per article (``id``, ``url``, ``title``, ``published``, ``language``, ``text``,
``gold``), exactly what ``protest-tracker train`` reads (see
``pipeline/learn/corpus.py``). Pure of Django: the caller (``web/gold_export.py``) picks the
articles and hands over :class:`ReviewedArticle` bundles; this module maps each reviewed
event's current values to the gold vocabulary, chooses its evidence and writes the lines.

* An event the analyst **rejected** (not a protest event) contributes nothing, so an article
  whose only events were rejected becomes a negative example (``gold: []``); one that also
  reports undecided events is skipped (nobody has said it reports no protest).
* ``evidence`` is the report's event evidence when it occurs verbatim in the article text,
  else the first sentence its evidence span covers (``None`` when neither can be found).
* Every string may go through ``redact`` (the names of the people table are withheld); an
  evidence string that no longer occurs in the redacted text is dropped, never mangled.
* An article that cannot be written faithfully (no text, an event without a usable day or
  month, a country outside the five) is skipped and counted, never half-written: a missing
  gold event would teach the learner that a real protest is not one.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from typing import IO, Any

from protest_tracker import codebook
from protest_tracker.export.progress import ProgressCallback, counted

#: The ``--format`` name of this export (kept apart from ``package.FORMATS``: it writes articles).
FORMAT = "gold"
#: Why a public gold export is refused.
PUBLIC_REFUSED = ("the gold export holds full article texts and is an internal training file; "
                  "it is never public: run it without --public (or with --internal)")
#: Countries the gold format accepts.
GOLD_COUNTRIES = frozenset({"KZ", "KG", "TJ", "TM", "UZ"})
#: Free-text event fields that may name people (redacted like the public exports do).
_TEXT_FIELDS = ("region", "city", "venue", "participants")
#: Characters that end a sentence when followed by white space (or that are line breaks).
_SENTENCE_END = re.compile(r"[.!?…。]+[\"'»”)\]]*\s+|\n+")

Redact = Callable[[str], str]


class UnusableArticle(ValueError):
    """An article that cannot become a faithful training record; ``reason`` is a short tag."""

    def __init__(self, reason: str) -> None:
        super().__init__(reason)
        self.reason = reason


@dataclass(frozen=True, slots=True)
class ReviewedReport:
    """One report row of an analyst-reviewed event.

    ``event`` holds the event's current (corrected) values with exchange-format names
    (``store.events.event_to_exchange``); ``spans`` the report's evidence
    ``[{field, text, start, end}]``; ``offsets_current`` is False when the report was read
    from an older revision of the article (its offsets then point into another text).
    """

    event: Mapping[str, Any]
    rejected: bool
    spans: Sequence[Mapping[str, Any]] = ()
    main_evidence: str | None = None
    offsets_current: bool = True


@dataclass(frozen=True, slots=True)
class ReviewedArticle:
    """An article with every report of it whose event an analyst has decided.

    ``undecided_events`` counts its other events (candidates, in review): an article whose
    decided events were all rejected is a negative only when it has none of those.
    """

    id: str
    text: str
    reports: tuple[ReviewedReport, ...]
    url: str | None = None
    title: str | None = None
    published: dt.date | str | None = None
    language: str | None = None
    undecided_events: int = 0


@dataclass(slots=True)
class GoldSummary:
    """What a gold export wrote: lines, positives, negatives, events, skipped articles by reason."""

    rows: int = 0
    positives: int = 0
    negatives: int = 0
    events: int = 0
    skipped: Counter = field(default_factory=Counter)


def gold_date(value: Any, precision: str | None) -> tuple[str, str]:
    """``(date, date_precision)`` in the gold vocabulary; a week becomes its month.

    Raises :class:`UnusableArticle` when there is no date or only the year is known.
    """
    text = str(value or "")
    if not re.match(r"^\d{4}-\d{2}", text):
        raise UnusableArticle("event without a day or month")
    if precision == "year" or len(text) < 7:
        raise UnusableArticle("event dated to the year only")
    if precision in ("month", "week") or len(text) == 7:
        return text[:7], "month"
    return text[:10], "day"


def _codes(values: Any, allowed: Iterable[str]) -> list[str]:
    allowed = set(allowed)
    return [str(v) for v in values or () if str(v) in allowed]


def _strings(values: Any, redact: Redact) -> list[str]:
    out = []
    for value in values or ():
        if isinstance(value, Mapping):  # a target stored as an object: keep its words
            value = value.get("name") or value.get("text") or ""
        if str(value).strip():
            out.append(redact(str(value).strip()))
    return out


def gold_event(
    values: Mapping[str, Any], *, evidence: str | None, redact: Redact
) -> dict[str, Any]:
    """One event's current values as a gold event (codebook codes are the gold strings)."""
    country = str(values.get("country") or "").upper()
    if country not in GOLD_COUNTRIES:
        raise UnusableArticle("event outside the five countries")
    date, precision = gold_date(values.get("date"), values.get("date_precision"))
    kind = values.get("event_type")
    event: dict[str, Any] = {"date": date, "date_precision": precision, "country": country}
    for name in _TEXT_FIELDS:
        text = str(values.get(name) or "").strip()
        event[name] = redact(text) if text else None
    event["event_type"] = kind if kind in codebook.EVENT_TYPES.codes else "other"
    event["size_min"], event["size_max"] = values.get("size_min"), values.get("size_max")
    event["demands"] = _strings(values.get("demands"), redact)
    event["grievance_categories"] = _codes(values.get("grievance_categories"),
                                           codebook.GRIEVANCES.codes)
    event["targets"] = _strings(values.get("targets"), redact)
    event["state_response"] = _codes(values.get("state_response"), codebook.STATE_RESPONSES.codes)
    event["evidence"] = evidence
    event["optional"] = False
    event["aggregate"] = bool(values.get("aggregate"))
    if values.get("pro_government"):
        event["pro_government"] = True
    if values.get("event_id"):
        event["event_id"] = str(values["event_id"])
    return event


def sentence_at(text: str, position: int) -> str:
    """The sentence of ``text`` that holds ``position`` (stripped)."""
    start = 0
    for match in _SENTENCE_END.finditer(text):
        if match.end() > position:
            return text[start:match.start() + len(match.group().rstrip())].strip()
        start = match.end()
    return text[start:].strip()


def choose_evidence(text: str, report: ReviewedReport) -> str | None:
    """The report's event evidence if it occurs verbatim in ``text``, else the first sentence
    its evidence span covers (the event span first, then the other fields' spans)."""
    spans = sorted(report.spans, key=lambda s: (s.get("field") or "event") != "event")
    main = (report.main_evidence or next((str(s.get("text") or "") for s in spans), "")).strip()
    if main and main in text:
        return main
    for span in spans:
        start, end = span.get("start"), span.get("end")
        snippet = str(span.get("text") or "").strip()
        if (report.offsets_current and isinstance(start, int) and isinstance(end, int)
                and 0 <= start < end <= len(text)):
            return sentence_at(text, start) or None
        position = text.find(snippet) if len(snippet) >= 3 else -1
        if position >= 0:
            return sentence_at(text, position) or None
    return None


def gold_record(article: ReviewedArticle, *, redact: Redact | None = None) -> dict[str, Any]:
    """The gold-format line of ``article``; :class:`UnusableArticle` when it cannot be written."""
    redact = redact or (lambda value: value)
    if not (article.text or "").strip():
        raise UnusableArticle("article without text")
    if not article.reports:
        raise UnusableArticle("no reviewed event")
    text = redact(article.text)
    gold: list[dict[str, Any]] = []
    seen: set[str] = set()
    for report in article.reports:
        if report.rejected:
            continue
        key = str(report.event.get("event_id") or id(report))
        if key in seen:
            continue
        seen.add(key)
        evidence = choose_evidence(article.text, report)
        evidence = redact(evidence) if evidence else None
        if evidence and evidence not in text:
            evidence = None
        gold.append(gold_event(report.event, evidence=evidence, redact=redact))
    if not gold and article.undecided_events:
        raise UnusableArticle("rejected events beside undecided ones")
    gold.sort(key=lambda e: (e["date"], e["country"], e["city"] or "", e.get("event_id", "")))
    url = article.url or None
    published = article.published
    if isinstance(published, dt.date):
        published = published.isoformat()
    return {
        "id": article.id,
        "url": url if url and redact(url) == url else None,
        "title": redact(article.title) if article.title else None,
        "published": published or None,
        "language": article.language or None,
        "text": text,
        "gold": gold,
    }


def write_gold(
    articles: Iterable[ReviewedArticle], stream: IO[str], *, redact: Redact | None = None,
    check: Callable[[dict[str, Any]], None] | None = None, progress: ProgressCallback | None = None,
) -> GoldSummary:
    """Write one JSON line per usable article; ``check`` may refuse a record (``ValueError``)."""
    summary = GoldSummary()
    for article in counted(articles, progress):
        try:
            record = gold_record(article, redact=redact)
            if check is not None:
                check(record)
        except UnusableArticle as exc:
            summary.skipped[exc.reason] += 1
            continue
        except ValueError as exc:
            summary.skipped[f"invalid record: {exc}"] += 1
            continue
        stream.write(json.dumps(record, ensure_ascii=False, sort_keys=False) + "\n")
        summary.rows += 1
        summary.events += len(record["gold"])
        if record["gold"]:
            summary.positives += 1
        else:
            summary.negatives += 1
    return summary
