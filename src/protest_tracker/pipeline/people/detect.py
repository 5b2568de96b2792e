"""Pattern detection of people's names in a short text, and the role a name plays.

A *run* is up to four capitalised words in a row (initials included; no comma between them).
A run is a name when

* one of its words is a patronymic (Ерланович, Жақсылықұлы, Rustam o'g'li, Азамат уулу), or
* one has a surname's shape (Жаксылыков, Сапаровтың, Karimova, Раҳмонзода) and the run is not a
  lone word opening a sentence (Участников …) unless a title or an initial goes with it, or
* it has two words or more and a title stands just before it (активист Жанболат Мамай), or
* an honorific follows it (Жақсылықов мырза, Karimov aka).

It is not a name when a namesake word stands next to it (улица Абая, Abai Avenue, Navoiy
ko'chasi, имени Сатпаева) or when it is only a known place (a gazetteer name). Institution
and calendar words (Мажилис, Республики, Марта) never belong to a run.

Roles come from the nearest title before the name (within three words) or right after it
("…, организатор акции"), else from a detention verb within :data:`DETENTION_WINDOW`
characters, else from the field the name was found in (see ``stage.py``).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass

from protest_tracker.pipeline.lexicon import CueMatch, Lexicon
from protest_tracker.pipeline.people.shapes import (
    TITLE_ROLES,
    TITLES,
    TITLES_AFTER,
    Token,
    has_case_ending,
    is_namesake_word,
    is_non_name,
    is_patronymic,
    surname_base,
    tokens,
)

MAX_RUN = 4
#: words (not names) that may stand between a title and the name (организатор акции Ерлан …)
TITLE_GAP_WORDS = 3
#: characters between a name and a detention verb for the name to be the detainee's
DETENTION_WINDOW = 80
_SENTENCE_END = ".!?\n:;«\"„“'‘"


@dataclass(frozen=True, slots=True)
class NameSpan:
    """A name found in a text: offsets into it, the words as written, a role when a cue gave one."""

    start: int
    end: int
    surface: str
    role: str | None = None
    source: str = "pattern"


@dataclass(frozen=True, slots=True)
class Context:
    """One text to search: the article text, its folded form and the bounds of the region."""

    text: str
    folded: str
    start: int
    end: int
    titles: tuple[CueMatch, ...]
    detentions: tuple[CueMatch, ...]
    tokens: tuple[Token, ...]

    @classmethod
    def of(cls, text: str, folded: str, start: int, end: int, *, detention: Lexicon) -> Context:
        return cls(text, folded, start, end, tuple(TITLES.find(folded, start, end)),
                   tuple(detention.find(folded, start, end)), tuple(tokens(text, start, end)))


def opens_sentence(ctx: Context, index: int) -> bool:
    before = ctx.text[ctx.start:ctx.tokens[index].start].rstrip()
    return index == 0 or not before or before[-1] in _SENTENCE_END


def _in_title(ctx: Context, token: Token) -> bool:
    return any(m.start <= token.start and token.end <= m.end for m in ctx.titles)


def name_like(ctx: Context, token: Token) -> bool:
    return token.capital and not _in_title(ctx, token) and not is_non_name(token)


def runs(ctx: Context) -> list[list[int]]:
    """Indices of the runs of name-like words (a lower-case patronymic word may end one: uly)."""
    runs: list[list[int]] = []
    current: list[int] = []
    for i, token in enumerate(ctx.tokens):
        joined = bool(current) and not ctx.text[ctx.tokens[current[-1]].end:token.start].strip(" \t\u00a0")
        if name_like(ctx, token) and (not current or joined) and len(current) < MAX_RUN:
            current.append(i)
            continue
        previous = ctx.tokens[current[-1]] if current else None
        if (previous is not None and joined and is_patronymic(token) and len(current) < MAX_RUN
                and surname_base(previous) in (None, previous.folded)):  # not "Каримовнинг ўғли"
            current.append(i)
            runs.append(current)
            current = []
            continue
        if current:
            runs.append(current)
        current = [i] if name_like(ctx, token) else []
    if current:
        runs.append(current)
    return runs


def title_before(ctx: Context, start: int) -> CueMatch | None:
    """The title ending at most :data:`TITLE_GAP_WORDS` words before ``start`` (no sentence end between)."""
    best = None
    for m in ctx.titles:
        if m.end > start:
            continue
        gap = ctx.text[m.end:start]
        if any(ch in gap for ch in ".!?\n;") or sum(1 for t in ctx.tokens if m.end <= t.start < start) > TITLE_GAP_WORDS:
            continue
        best = m if best is None or m.end > best.end else best
    return best


def title_after(ctx: Context, end: int) -> CueMatch | None:
    """A title right after the name and a comma or dash ("Ерлан Жаксылыков, организатор акции")."""
    for m in ctx.titles:
        if m.start >= end and not ctx.text[end:m.start].strip(" ,—–-\t"):
            return m
    return None


def role_of(ctx: Context, start: int, end: int) -> str | None:
    """The role cues give a name at ``start:end`` (``None``: none did)."""
    cue = title_before(ctx, start) or title_after(ctx, end)
    if cue is not None and cue.label in ("organiser", "detainee"):
        return TITLE_ROLES[cue.label]
    if any(m.start - end <= DETENTION_WINDOW and start - m.end <= DETENTION_WINDOW for m in ctx.detentions):
        return "detainee"  # "задержала активиста …": the detention says more than the title
    return TITLE_ROLES[cue.label] if cue is not None else None


def _honorific_after(ctx: Context, last: int) -> bool:
    following = ctx.tokens[last + 1] if last + 1 < len(ctx.tokens) else None
    return following is not None and following.folded in TITLES_AFTER


def _namesake_next_to(ctx: Context, first: int, last: int) -> bool:
    """A namesake word just before or after the run (улица Абая, Абай даңғылы, Nazarbayev University)."""
    for i in (first - 1, last + 1):
        if 0 <= i < len(ctx.tokens) and is_namesake_word(ctx.tokens[i]):
            return True
    return False


def _trim_places(ctx: Context, run: list[int], is_place: Callable[[str], bool]) -> list[int]:
    """The run without place names at either end that have no name shape (Алматы Ерлан …)."""
    def place(i: int) -> bool:
        token = ctx.tokens[i]
        return not token.initial and surname_base(token) is None and not is_patronymic(token) and is_place(token.surface)

    while run and place(run[0]):
        run = run[1:]
    while run and place(run[-1]):
        run = run[:-1]
    return run


def accept(ctx: Context, run: Sequence[int], *, is_place: Callable[[str], bool]) -> bool:
    """Whether a run of capitalised words is a person's name (the rules of the module docstring)."""
    words = [ctx.tokens[i] for i in run]
    if not words or all(t.initial for t in words) or _namesake_next_to(ctx, run[0], run[-1]):
        return False
    if any(is_patronymic(t) for t in words):
        return True
    titled = title_before(ctx, words[0].start) is not None or title_after(ctx, words[-1].end) is not None
    honorific = _honorific_after(ctx, run[-1])
    if any(surname_base(t) is not None for t in words if not t.initial):
        lone = len(words) == 1 and opens_sentence(ctx, run[0])
        if len(words) == 1 and is_place(words[0].surface):
            return titled or honorific
        return not lone or titled or honorific
    named = [t for t in words if not t.initial]
    return (len(named) >= 2 and titled) or honorific


def _trim_opening(ctx: Context, run: list[int]) -> list[int]:
    """A run opening a sentence loses its first word when that word carries a case ending
    (Наразылыққа Айжан Ерланқызы -> Айжан Ерланқызы)."""
    if len(run) >= 2 and opens_sentence(ctx, run[0]) and has_case_ending(ctx.tokens[run[0]]) \
            and not is_patronymic(ctx.tokens[run[0]]) and surname_base(ctx.tokens[run[0]]) is None:
        return run[1:]
    return run


def find_names(ctx: Context, *, is_place: Callable[[str], bool]) -> list[NameSpan]:
    """Every name the patterns find in the context's region, left to right."""
    found = []
    for run in runs(ctx):
        run = _trim_places(ctx, _trim_opening(ctx, run), is_place)
        if not accept(ctx, run, is_place=is_place):
            continue
        start, end = ctx.tokens[run[0]].start, ctx.tokens[run[-1]].end
        found.append(NameSpan(start, end, ctx.text[start:end], role_of(ctx, start, end)))
    return found


def trim_span(ctx: Context, start: int, end: int, *, is_place: Callable[[str], bool]) -> list[tuple[int, int]]:
    """The names inside a span from the NER model: its runs of name-like words, without title,
    institution or lower-case words (депутат Мажилиса Бакытжан Базарбек -> Бакытжан Базарбек;
    "Asel X and Dana Y" -> two names), dropping namesakes (проспект Назарбаева) and lone places."""
    out: list[tuple[int, int]] = []
    parts: list[list[int]] = [[]]
    for i, token in enumerate(ctx.tokens):
        if start <= token.start and token.end <= end:
            if name_like(ctx, token):
                parts[-1].append(i)
            elif parts[-1]:
                parts.append([])
    for part in parts:
        if not part or all(ctx.tokens[i].initial for i in part) or _namesake_next_to(ctx, part[0], part[-1]):
            continue
        if len(part) == 1 and is_place(ctx.tokens[part[0]].surface):
            continue
        out.append((ctx.tokens[part[0]].start, ctx.tokens[part[-1]].end))
    return out
