"""``events.people@1``: the people named in each event's fields and evidence.

For every event the stage reads short texts only — the sentences and passages of its evidence
and the values of its free-text fields (organisers, participants, demands, targets, size) —
never the whole article. Each distinct passage of an article is read once (events share
sentences). Patterns (:mod:`.detect`) run in every language; in the languages of
``ner_languages`` (Russian) natasha's NER runs too, in one batch per article and only on the
passages where a name can be (a run of two capitalised words, or one that is not a place and
does not open the sentence). Each name becomes a :class:`~protest_tracker.model.PersonMention`
with its role, the field it was found in (``evidence`` for an evidence sentence) and its
offsets into the article.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

from protest_tracker.model import Article, EventCandidate, PersonMention
from protest_tracker.pipeline.framework import StageSpec
from protest_tracker.pipeline.lang import words
from protest_tracker.pipeline.lexicon import Lexicon
from protest_tracker.pipeline.people.detect import (
    Context,
    NameSpan,
    find_names,
    opens_sentence,
    role_of,
    runs,
    trim_span,
)
from protest_tracker.pipeline.people.ner import RussianNames
from protest_tracker.pipeline.people.shapes import plain_name
from protest_tracker.pipeline.text import fold

#: detention verbs of every language (the packs' DETENTION_VERBS slot)
DETENTION = Lexicon({"detention": words("DETENTION_VERBS")})
#: the role a name takes from the field it stands in, when no cue gives one
FIELD_ROLES = {"organisers": "organiser", "participants": "participant"}
#: when one name has several roles in an event, the first of these wins
ROLE_ORDER = ("organiser", "detainee", "participant", "other")
_PLACE_CACHE = 20000
#: characters of context natasha sees on either side of a possible name
NER_CONTEXT = 80


def field_texts(event: EventCandidate) -> list[tuple[str, str]]:
    """``(field, value)`` for each free-text value of the event."""
    values = [("organisers", event.organisers), ("participants", event.participants),
              ("size_text", event.size_text)]
    values += [("demands", v) for v in event.demands] + [("targets", v) for v in event.targets]
    return [(name, value) for name, value in values if value and value.strip()]


class EventPeople:
    """Detect person names per event (see the module docstring)."""

    def __init__(self, *, recognisers: Any, ner: bool = True, ner_languages: tuple[str, ...] = ("ru",)) -> None:
        self.recognisers = recognisers
        self.ner = ner
        self.ner_languages = tuple(ner_languages)
        self._russian = RussianNames()  # loads natasha on first use only
        self._places: dict[str, bool] = {}

    def is_place(self, word: str) -> bool:
        """Whether the gazetteer knows ``word`` as a place (cached per stage)."""
        known = self._places.get(word)
        if known is None:
            known = self.recognisers.gazetteer.lookup(word) is not None
            if len(self._places) < _PLACE_CACHE:
                self._places[word] = known
        return known

    def __call__(self, article: Article) -> Article:
        if not article.events:
            return article
        text, folded = article.text, article.annotations.get("folded") or fold(article.text)
        per_event = [self.regions(event, text) for event in article.events]
        spans = _union([(s, e) for regions in per_event for _, s, e, _ in regions if s is not None and e is not None])
        found = [name for names in self.names_in(text, folded, spans, language=article.language).values()
                 for name in names]
        events = []
        for event, regions in zip(article.events, per_event, strict=True):
            mentions = self.mentions(regions, found, text=text, language=article.language)
            events.append(replace(event, people=mentions))
        return article.with_events(tuple(events))

    def regions(self, event: EventCandidate, text: str) -> list[tuple[str, int | None, int | None, str]]:
        """``(field, start, end, value)``: the event's evidence passages and its field values
        (located in the article; a value not found there is read on its own, offsets ``None``)."""
        out: list[tuple[str, int | None, int | None, str]] = []
        for evidence in event.evidence:
            if evidence.start is not None and evidence.end is not None and evidence.end > evidence.start:
                out.append(("evidence", evidence.start, evidence.end, evidence.text))
        around = [(e.start, e.end) for e in event.evidence if e.start is not None and e.end is not None]
        for name, value in field_texts(event):
            at = next((text.find(value, s, e) for s, e in around if text.find(value, s, e) >= 0), -1)
            at = at if at >= 0 else text.find(value)
            out.append((name, at, at + len(value), value) if at >= 0 else (name, None, None, value))
        return out

    def names_in(self, text: str, folded: str, spans: list[tuple[int, int]], *,
                 language: str | None) -> dict[tuple[int, int], list[NameSpan]]:
        """The names of each passage: patterns everywhere, natasha where it applies (one batch of
        short windows around the capitalised words the patterns left unexplained)."""
        contexts = {span: Context.of(text, folded, *span, detention=DETENTION) for span in spans}
        found = {span: find_names(ctx, is_place=self.is_place) for span, ctx in contexts.items()}
        if self.ner and language in self.ner_languages:
            windows = [(span, window) for span, ctx in contexts.items()
                       for window in self._windows(ctx, found[span])]
            tagged = self._russian.persons([text[a:b] for _, (a, b) in windows])
            for (span, (a, _)), persons in zip(windows, tagged, strict=True):
                ctx = contexts[span]
                for start, end in persons:
                    for s, e in trim_span(ctx, a + start, a + end, is_place=self.is_place):
                        found[span].append(NameSpan(s, e, text[s:e], role_of(ctx, s, e), source="ner"))
            found = {span: [self._without_opening(n) for n in names] for span, names in found.items()}
        return {span: _merged(names) for span, names in found.items()}

    def _without_opening(self, name: NameSpan) -> NameSpan:
        """``name`` without the verb or adverb that opened its sentence (Russian morphology)."""
        if " " not in name.surface or not _cyrillic(name.surface):
            return name
        cut = self._russian.leading_non_name(name.surface)
        return replace(name, start=name.start + cut, surface=name.surface[cut:]) if cut else name

    def _windows(self, ctx: Context, known: list[NameSpan]) -> list[tuple[int, int]]:
        """Windows of :data:`NER_CONTEXT` characters around each run of capitalised words that the
        patterns did not take for a name and that may be one (two words or more, or one word that is
        neither a place nor the first of its sentence)."""
        windows: list[tuple[int, int]] = []
        for run in runs(ctx):
            first, last = ctx.tokens[run[0]], ctx.tokens[run[-1]]
            if any(n.start <= first.start and last.end <= n.end for n in known):
                continue
            if len(run) == 1 and (opens_sentence(ctx, run[0]) or self.is_place(first.surface)):
                continue
            start = max(ctx.start, first.start - NER_CONTEXT)
            end = min(ctx.end, last.end + NER_CONTEXT)
            start = next((t.start for t in ctx.tokens if t.start >= start), first.start)
            end = next((t.end for t in reversed(ctx.tokens) if t.end <= end), last.end)
            if windows and start <= windows[-1][1]:
                windows[-1] = (windows[-1][0], max(end, windows[-1][1]))
            else:
                windows.append((start, end))
        return windows

    def mentions(self, regions: list[tuple[str, int | None, int | None, str]], found: list[NameSpan], *,
                 text: str, language: str | None) -> tuple[PersonMention, ...]:
        """The event's people (the names inside its regions): each name once, with the field whose
        value holds it."""
        fields = [(name, s, e) for name, s, e, _ in regions if name != "evidence" and s is not None and e is not None]
        located = [(s, e) for _, s, e, _ in regions if s is not None and e is not None]
        names = [n for n in found if any(s <= n.start and n.end <= e for s, e in located)]
        for name, s, _, value in regions:
            if s is None:  # a value not found in the text: read on its own, without offsets
                ctx = Context.of(value, fold(value), 0, len(value), detention=DETENTION)
                names += [replace(n, start=-1, end=-1, role=n.role or FIELD_ROLES.get(name))
                          for n in find_names(ctx, is_place=self.is_place)]
        best: dict[str, PersonMention] = {}
        for span in names:
            field = next((f for f, s, e in fields if s <= span.start and span.end <= e), "evidence")
            role = span.role or FIELD_ROLES.get(field, "other")
            name = self.normalise(span.surface, language=language)
            offsets = (None, None) if span.start < 0 else (span.start, span.end)
            mention = PersonMention(name=name, role=role, field=field, start=offsets[0], end=offsets[1])
            key = name.casefold()
            if key not in best or ROLE_ORDER.index(role) < ROLE_ORDER.index(best[key].role):
                best[key] = mention
        return tuple(sorted(best.values(), key=lambda m: (m.start if m.start is not None else -1, m.name)))

    def normalise(self, surface: str, *, language: str | None) -> str:
        """The name in its dictionary form: natasha's morphology for Russian, else the last word
        without its case ending (Сапаровтың -> Сапаров)."""
        surface = " ".join(surface.split())
        if self.ner and language in self.ner_languages and _cyrillic(surface):
            return self._russian.nominative(surface)
        return plain_name(surface)


def _union(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """Overlapping or touching spans as one (each passage of the article is read once)."""
    out: list[tuple[int, int]] = []
    for start, end in sorted(spans):
        if out and start <= out[-1][1]:
            out[-1] = (out[-1][0], max(out[-1][1], end))
        else:
            out.append((start, end))
    return out


def _cyrillic(text: str) -> bool:
    return any("\u0400" <= ch <= "\u04ff" for ch in text)


def _merged(names: list[NameSpan]) -> list[NameSpan]:
    """Overlapping names as one: the longer span wins, its role or else the other's."""
    out: list[NameSpan] = []
    for name in sorted(names, key=lambda n: (n.start, -(n.end - n.start))):
        if out and name.start < out[-1].end:
            last = out[-1]
            if name.end - name.start > last.end - last.start:
                out[-1] = replace(name, role=name.role or last.role)
            elif last.role is None and name.role:
                out[-1] = replace(last, role=name.role)
            continue
        out.append(name)
    return out


def build(*, options: dict[str, Any], resources: dict[str, Any]) -> EventPeople:
    """The registry factory (the shared recognisers, for the gazetteer)."""
    from protest_tracker.pipeline.recognisers import Recognisers

    if "recognisers" not in resources:
        resources["recognisers"] = Recognisers.load()
    options = dict(options)
    if "ner_languages" in options:
        options["ner_languages"] = tuple(options["ner_languages"])
    return EventPeople(recognisers=resources["recognisers"], **options)


STAGES = (
    StageSpec("events.people", 1, build, requires=("events",), assigns=("events.people",),
              description="people named in each event's fields and evidence (patterns; natasha for Russian)"),
)
