"""Event stages: ``relevance.protest@1``, ``events.detect@2``, ``events.fields@1``, ``events.confidence@3``."""

from __future__ import annotations

import datetime as dt
from collections import Counter
from dataclasses import dataclass, field, replace
from typing import Any

from protest_tracker.model import Article, EventCandidate, Evidence
from protest_tracker.pipeline.dates.holidays import holiday_dates
from protest_tracker.pipeline.dates.reference import date_article
from protest_tracker.pipeline.events.confidence import event_confidence
from protest_tracker.pipeline.events.cues import CAUSE_CUES, TRIGGERS
from protest_tracker.pipeline.events.drafts import Draft, SegmentOptions
from protest_tracker.pipeline.events.facts import (
    CENTRAL_ASIA,
    dominant_city,
    sentence_facts,
)
from protest_tracker.pipeline.events.segment import segment
from protest_tracker.pipeline.fields.classify import classify, report_stretches, scope_for
from protest_tracker.pipeline.framework import StageSpec, annotate, note, with_flags
from protest_tracker.pipeline.places.anchors import without_distance_anchors
from protest_tracker.pipeline.places.datelines import without_dateline_places
from protest_tracker.pipeline.places.rules import (
    LANGUAGE_COUNTRY,
    capital_mention,
    clean_places,
    landmark_mentions,
    names_unknown_place,
    new_settlements,
    source_country,
    without_routes,
)
from protest_tracker.pipeline.recognisers import Recognisers


class ProtestRelevance:
    """Document relevance: drop articles with no protest wording at all (sentence cues kept).

    With ``require_strong`` (the rule pipeline) an article needs a strong cue (rally, strike,
    picket); without it a weak one (gathered, demanded, discontent) is enough and the learned
    assembler decides whether a gathering was a protest."""

    def __init__(self, *, require_strong: bool = True) -> None:
        self.require_strong = require_strong

    def __call__(self, article: Article) -> Article:
        folded = article.annotations["folded"]
        limit = article.annotations.get("process_limit", len(folded))
        title_hits = TRIGGERS.find(article.annotations.get("folded_title", ""))
        hits = TRIGGERS.find(folded, 0, limit)
        strong = [m for m in hits if m.label == "strong"]
        wanted = ("strong",) if self.require_strong else ("strong", "weak")
        if not any(m.label in wanted for m in (*hits, *title_hits)):
            return article.drop("no_protest_language")
        return annotate(article, protest_cues=len(strong), title_protest=bool(title_hits))


@dataclass(frozen=True, slots=True)
class EventContext:
    """The article as the event decisions see it (computed once by :meth:`DetectEvents.context`)."""

    dating: Any
    facts: list[Any]
    title_places: list[Any]
    dominant: Any | None
    places: list[Any]
    #: oil fields, mines, border posts… named in the body (never an event place for the rules)
    sites: list[Any] = field(default_factory=list)


#: The latest year an undated article can be from, when neither the configuration nor the article
#: (its fetch time) says: the pipeline never reads today's date, so a run is reproducible.
LATEST_YEAR = 2026


def _latest_year(article: Article, configured: int) -> int:
    """The latest year the article can be from: the year it was fetched, else the configured one."""
    fetched = article.fetched_at.year if article.fetched_at else None
    return max(configured, fetched) if fetched else configured


class DetectEvents:
    """Segment protest sentences into events (one per date + place), rejecting hard negatives."""

    def __init__(self, *, recognisers: Recognisers, background_days: int = 60, future_days: int = 1,
                 max_events: int = 12, latest_year: int | None = None, prior_year: int | None = None) -> None:
        self.recognisers = recognisers
        self.prior_year = prior_year
        self.latest_year = latest_year or LATEST_YEAR
        self.options = SegmentOptions(background_days=background_days, future_days=future_days,
                                      max_events=max_events)

    def context(self, article: Article) -> tuple[Article, EventContext]:
        """What the event decisions work from: dating, places, per-sentence facts, fallbacks."""
        text, folded = article.text, article.annotations["folded"]
        limit = article.annotations.get("process_limit", len(text))
        body = text[:limit]
        language = article.language
        dating = date_article(published=article.published, url=article.url, title=article.title or "",
                              body=body, folded=folded[:limit], language=language,
                              find_dates=self.recognisers.date_finder(body, language=language),
                              latest_year=_latest_year(article, self.latest_year),
                              prior_year=self.prior_year)
        reference, dates = dating.reference, dating.dates
        lookup = self.recognisers.gazetteer.lookup
        title_places = without_routes(self.recognisers.find_places(article.title or "", language=language),
                                      text=article.title or "", lookup=lookup)
        found = self.recognisers.find_places(body, language=language, sites=True)
        sites = [m for m in found if m.kind == "site"]
        places = clean_places([m for m in found if m.kind != "site"], text=body,
                              title_places=title_places, lookup=lookup)
        countries = Counter(m.place.country for m in places if m.place.country in CENTRAL_ASIA)
        main_country = countries.most_common(1)[0][0] if countries else None
        outlet_country = source_country(article.url)
        # a village named by its settlement word in an article that names no country or town of
        # the region is in the outlet's country, else the country of the article's language
        places += new_settlements(body, known=places, default_country=main_country or outlet_country
                                  or LANGUAGE_COUNTRY.get(language or ""))
        places += landmark_mentions(folded[:limit], gazetteer=self.recognisers.gazetteer)
        places = without_distance_anchors(without_dateline_places(places, text=body), text=body)
        dates = holiday_dates(body, dates, reference=reference, country=main_country)
        sentences = article.annotations["sentences"]
        facts = sentence_facts(text=text, folded=folded, sentences=sentences, places=places, dates=dates)
        dominant = dominant_city(facts, title_places)
        fallback_country = outlet_country
        fallback_flag = "place_from_source_country"
        if fallback_country is None and article.language in LANGUAGE_COUNTRY and not names_unknown_place(
                [f.sentence.text for f in facts if f.strong]):
            fallback_country, fallback_flag = LANGUAGE_COUNTRY[article.language], "place_from_language"
        if dominant is None and fallback_country and not places and not title_places:
            dominant = capital_mention(fallback_country, gazetteer=self.recognisers.gazetteer)
            article = with_flags(article, fallback_flag)
        return article, EventContext(dating=dating, facts=facts, title_places=title_places,
                                     dominant=dominant, places=places, sites=sites)

    def __call__(self, article: Article) -> Article:
        article, ctx = self.context(article)
        drafts, rejected = self.rule_drafts(article, ctx)
        return self.emit(article, ctx, drafts, rejected)

    def rule_drafts(self, article: Article, ctx: EventContext, *,
                    vetoed: set[int] | None = None) -> tuple[list[Draft], list[str]]:
        """The hand-written segmentation's drafts (one per date + place) and rejection reasons;
        the sentences it rejected as hard negatives are added to ``vetoed``."""
        dating = ctx.dating
        return segment(ctx.facts, text=article.text, title_places=ctx.title_places, dominant=ctx.dominant,
                       reference=None if dating.synthetic else dating.reference, options=self.options,
                       title=article.title or "", language=article.language,
                       fallback_month=dating.month_hint if dating.synthetic else None, vetoed=vetoed)

    @staticmethod
    def emit(article: Article, ctx: EventContext, drafts: list[Draft], rejected: list[str],
             *, extra_support: list[dict[str, Any]] | None = None) -> Article:
        """The article with one event per draft, its scopes, support facts and rejection notes."""
        text, sentences, facts, dating = article.text, article.annotations["sentences"], ctx.facts, ctx.dating
        reference, ref_source = dating.reference, dating.source
        events = tuple(_candidate(d, sentences, text) for d in drafts)
        scopes = tuple((tuple(d.sentences), tuple(d.triggers)) for d in drafts)
        extras = extra_support or [{}] * len(drafts)
        support = tuple({"date_source": d.date_source, "place_in_sentence": d.place_in_sentence,
                         "triggers": len(d.triggers), "date_guessed": dating.guessed, "qualified": sorted(set().union(
                             *(facts[i].qualifiers for i in d.triggers))), **extra}
                        for d, extra in zip(drafts, extras, strict=True))
        background = tuple(f.sentence.index for f in facts if _older_dates_only(f.dates, reference))
        article = annotate(article, event_scopes=scopes, event_support=support, rejected=tuple(rejected),
                           background_sentences=background,
                           reference_date=reference.isoformat() if reference else None,
                           reference_source=ref_source)
        if ref_source not in ("published", "none"):
            article = with_flags(article, f"reference_date_from_{ref_source}")
        article = note(article, *(f"rejected:{r}" for r in rejected))
        if not events:
            article = note(article, "no_event")
        return article.with_events(events)


def _older_dates_only(dates: list[Any], reference: dt.date | None) -> bool:
    """Every date in the sentence lies in a year before the article's (background, not this event)."""
    years = [int(d.value[:4]) for d in dates if d.value and d.value[:4].isdigit()]
    return bool(years) and reference is not None and all(y < reference.year for y in years)


def _candidate(draft: Draft, sentences: Any, text: str) -> EventCandidate:
    first = sentences[draft.triggers[0]]
    evidence = [Evidence("event", first.text, first.start, first.end)]
    mention = draft.place_mention
    if mention is not None and mention.start < len(text) and text[mention.start:mention.end] == mention.surface:
        evidence.append(Evidence("place", mention.surface, mention.start, mention.end))
    if draft.date_mention is not None:
        evidence.append(Evidence("date", draft.date_mention.surface, draft.date_mention.start, draft.date_mention.end))
    elif draft.date:
        evidence.append(Evidence("date", f"reference date {draft.date}"))
    place = draft.place
    return EventCandidate(
        date=draft.date[:7] if draft.date and draft.precision == "month" else draft.date,
        date_precision=draft.precision if draft.precision in ("day", "month") else "day",
        country=draft.country, region=place.region if place else None, city=draft.city,
        latitude=place.latitude if place else None, longitude=place.longitude if place else None,
        geo_precision=place.geo_precision if place else None, evidence=tuple(evidence),
        geonames_id=place.geonameid if place else None,
        flags=(f"date_from_{draft.date_source}",) + (("date_unknown",) if not draft.date else ()),
    )


#: The target a venue implies (a protest at a consulate addresses that foreign state).
VENUE_TARGETS = {"foreign_mission": "foreign_state", "local_government_building": "local_government",
                 "national_government_building": "national_government", "court": "courts",
                 "police_station": "law_enforcement", "workplace": "company"}


class EventFields:
    """Fill the fields of each event (type, responses, grievances, targets, participants, size, venue)."""

    def __init__(self, *, recognisers: Recognisers, whole_text_for_single: bool = False) -> None:
        self.recognisers = recognisers
        self.whole_text_for_single = whole_text_for_single

    def __call__(self, article: Article) -> Article:
        if not article.events:
            return article
        text, folded = article.text, article.annotations["folded"]
        sentences = article.annotations["sentences"]
        title = article.annotations.get("folded_title", "")
        scopes = article.annotations["event_scopes"]
        events = []
        first_trigger = min((min(t) for _, t in scopes if t), default=0)
        lead = tuple(i for i in range(max(0, first_trigger - 2), first_trigger))
        background = set(article.annotations.get("background_sentences", ()))
        stretches = report_stretches([triggers for _, triggers in scopes], count=len(sentences))
        for event, (indices, triggers), stretch in zip(article.events, scopes, stretches, strict=True):
            if triggers and min(triggers) == first_trigger:
                indices = lead + tuple(indices)  # the lead sentences before the first report belong to it
            indices = tuple(i for i in indices if i not in background or i in triggers)
            scope = scope_for(sentences, indices, triggers, title)
            wide = scope
            if len(article.events) == 1:
                topical = [s.index for s in sentences if s.index in triggers or _topical(folded, s)]
                wide = scope_for(sentences, tuple(topical) + tuple(indices), triggers, title)
                # the only event: a response reported anywhere outside the background is its own
                told = tuple(s.index for s in sentences if s.index not in background)
            else:
                # one of several: a response told after its report and before another's is its own
                told = (*indices, *(i for i in stretch if i not in background))
            reactions = scope_for(sentences, told, triggers, title)
            values = classify(text, folded, wide if self.whole_text_for_single else scope, topics=wide,
                              reactions=reactions)
            size = self.recognisers.size_for(text, scope.triggers, language=article.language, fallback=scope.spans)
            venue = self.recognisers.venue_for(text, scope.triggers, language=article.language)
            extra = list(values.evidence)
            updates: dict[str, Any] = {}
            if size is not None:
                updates.update(size_min=size.low, size_max=size.high, size_text=size.surface)
                extra.append(Evidence("size", size.surface, size.start, size.end))
            if venue is not None:
                updates.update(venue=venue.venue, venue_type=venue.venue_type)
                extra.append(Evidence("venue", venue.surface, venue.start, venue.end))
                implied = VENUE_TARGETS.get(venue.venue_type)
                if implied and implied not in values.target_categories:
                    values.target_categories += (implied,)
                    values.targets += (venue.surface,)
            events.append(replace(
                event, event_type=values.event_type, state_response=values.state_response,
                grievance_categories=values.grievances, demands=values.demands, targets=values.targets,
                target_categories=values.target_categories, participants=values.participants,
                participant_groups=values.groups, organisers=values.organisers,
                pro_government=values.pro_government, aggregate=values.aggregate,
                protester_violence=values.protester_violence, response_counts=values.response_counts,
                fatalities=values.fatalities, evidence=event.evidence + tuple(extra), **updates,
            ))
        return article.with_events(tuple(events))


def _topical(folded: str, sentence: Any) -> bool:
    """Whether a sentence says what a protest was about (a trigger, a demand or a cause marker)."""
    return bool(TRIGGERS.find(folded, sentence.start, sentence.end)
                or CAUSE_CUES.find(folded, sentence.start, sentence.end))


class EventConfidence:
    """A confidence per event; events below ``min_confidence`` are removed (and counted), except
    that with ``keep_best`` an article keeps its most confident event (flagged ``low_confidence``):
    the article still reports a protest even when no single event in it is well supported.

    An article whose text dates none of its events (each takes the publication date, or has no
    date) reports no event unless one of them reaches ``min_undated_article_confidence``: out of
    fold such articles are more often analyses, statements and trials than reports
    (docs/evaluation.md)."""

    def __init__(self, *, min_confidence: float = 0.0, keep_best: bool = True,
                 min_undated_article_confidence: float = 0.0) -> None:
        self.min_confidence = min_confidence
        self.keep_best = keep_best
        self.min_undated_article_confidence = min_undated_article_confidence

    def __call__(self, article: Article) -> Article:
        support = article.annotations.get("event_support", ())
        scored = [replace(event, confidence=event_confidence(event, facts, language=article.language))
                  for event, facts in zip(article.events, support, strict=False)]
        if (scored and all(_DATED_BY_REFERENCE in e.flags or not e.date for e in scored)
                and max(e.confidence for e in scored) < self.min_undated_article_confidence):
            return note(article, *["rejected:undated_article"] * len(scored)).with_events(())
        kept = [e for e in scored if e.confidence >= self.min_confidence]
        if not kept and scored and self.keep_best:
            best = max(scored, key=lambda e: e.confidence)
            kept = [replace(best, flags=best.flags + ("low_confidence",))]
        removed = len(scored) - len(kept)
        if removed:
            article = note(article, *["rejected:low_confidence"] * removed)
        return article.with_events(tuple(kept))


#: the flag of an event whose date is the reference (publication) date, not a date in the text
_DATED_BY_REFERENCE = "date_from_reference"


def stage_factory(cls: type, *, needs_recognisers: bool = False) -> Any:
    """The registry factory of a stage class (the shared recognisers loaded once per pipeline)."""

    def build(*, options: dict[str, Any], resources: dict[str, Any]) -> Any:
        if needs_recognisers:
            if "recognisers" not in resources:
                resources["recognisers"] = Recognisers.load()
            return cls(recognisers=resources["recognisers"], **options)
        return cls(**options)

    return build


STAGES = (
    StageSpec("relevance.protest", 1, stage_factory(ProtestRelevance), requires=("folded",),
              assigns=("protest_cues",), description="drop articles without any protest wording"),
    StageSpec("events.detect", 2, stage_factory(DetectEvents, needs_recognisers=True),
              requires=("folded", "sentences", "language"),
              assigns=("events", "event_scopes", "event_support", "rejected"),
              description="one event per date + place; hard negatives rejected with a reason"),
    StageSpec("events.fields", 1, stage_factory(EventFields, needs_recognisers=True), requires=("events", "event_scopes"),
              assigns=("events.fields",), description="type, responses, grievances, targets, participants, size"),
    StageSpec("events.confidence", 3, stage_factory(EventConfidence), requires=("events", "event_support"),
              assigns=("events.confidence",), description="confidence per event, optional threshold"),
)
