"""Server-side SVG charts: no JavaScript, no inline styles (CSP-friendly), testable as text.

Each function returns safe markup (labels escaped). Sizes are in SVG user units; the CSS scales
the SVG to its container, never above its own width, and charts are drawn at about the width they
are shown at, so the 13-unit text reads at 11 px or more. Every chart has axis titles; x labels
are thinned so none overlap, and the first and last stay inside the chart.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from django.utils import dateformat
from django.utils.safestring import SafeString, mark_safe
from django.utils.translation import gettext

FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"'
FONT_SIZE = 13
AXIS = "#5f6b7a"
GRID = "#e3e7ec"
INK = "#1f2933"
#: average glyph width as a share of the font size (for laying out labels without a browser)
GLYPH = 0.6


@dataclass(frozen=True, slots=True)
class Series:
    """One stacked layer of a bar chart."""

    label: str
    colour: str
    values: Sequence[float]


def text_width(text: str, size: float = FONT_SIZE) -> float:
    """Estimated rendered width of ``text`` in user units."""
    return len(text) * size * GLYPH


def _nice_max(value: float) -> float:
    """An axis maximum of four equal, round, whole-number ticks covering ``value``."""
    tick = max(math.ceil(value / 4), 1)
    magnitude = 10 ** math.floor(math.log10(tick))
    for step in (1, 1.5, 2, 2.5, 3, 4, 5, 6, 8, 10):
        if tick <= step * magnitude and (step * magnitude) % 1 == 0:
            return step * magnitude * 4
    return tick * 4


def _fmt(value: float) -> str:
    return f"{value:,.0f}" if value >= 10 or value == int(value) else f"{value:.1f}"


def _day(day: dt.date) -> str:
    return dateformat.format(day, "j M Y")


def _open(width: int, height: int, title: str, summary: str) -> list[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" width="{width}" role="img" '
            f'class="chart" {FONT} font-size="{FONT_SIZE}" aria-label="{escape(title)}">',
            f"<title>{escape(title)}</title><desc>{escape(summary)}</desc>"]


def _y_axis(parts: list[str], *, top: float, bottom: float, left: float, right: float, ymax: float, title: str) -> None:
    for i in range(5):
        value = ymax * i / 4
        y = bottom - (bottom - top) * i / 4
        parts.append(f'<line x1="{left}" x2="{right}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{AXIS}">{_fmt(value)}</text>')
    middle = (top + bottom) / 2
    parts.append(f'<text class="axis-title" transform="translate(14 {middle:.1f}) rotate(-90)" text-anchor="middle" '
                 f'fill="{AXIS}">{escape(title)}</text>')


def _x_title(parts: list[str], *, left: float, right: float, y: float, title: str) -> None:
    parts.append(f'<text class="axis-title" x="{(left + right) / 2:.1f}" y="{y:.1f}" text-anchor="middle" '
                 f'fill="{AXIS}">{escape(title)}</text>')


def placed_labels(positions: dict[int, float], texts: dict[int, str], *, width: float, gap: float = 8) -> list[tuple[float, str, str]]:
    """``(x, anchor, text)`` for the labels that fit: left to right, a label that would overlap the
    previous one is dropped, and the first and last are anchored so they stay inside ``width``."""
    placed: list[tuple[float, str, str]] = []
    right_edge = -math.inf
    for index in sorted(texts):
        x, label = positions[index], texts[index]
        w = text_width(label)
        anchor, start = "middle", x - w / 2
        if start < 2:
            anchor, start = "start", max(x - 4, 2)
        elif x + w / 2 > width - 2:
            anchor, start = "end", min(x + 4, width - 2) - w
        if start < right_edge + gap:
            continue
        if anchor == "start":
            x = start
        elif anchor == "end":
            x = start + w
        placed.append((x, anchor, label))
        right_edge = start + w
    return placed


def week_labels(weeks: Sequence[dt.date]) -> dict[int, str]:
    """Which bars get an x label, for weekly or monthly bars, so that labels never crowd.

    Few bars: every bar. Weekly: the first week of each month (every third month when long).
    Monthly: every January (with the year), plus April, July and October when two years or less.
    The chart thins these further when they would still overlap at its width.
    """
    if len(weeks) <= 12:
        monthly = len(weeks) > 1 and (weeks[1] - weeks[0]).days > 7
        return {i: dateformat.format(w, "M Y" if monthly else "j M") for i, w in enumerate(weeks)}
    labels: dict[int, str] = {}
    if (weeks[1] - weeks[0]).days > 7:
        quarters = len(weeks) <= 24
        for i, month in enumerate(weeks):
            if month.month == 1 or i == 0:
                labels[i] = dateformat.format(month, "M Y") if quarters else str(month.year)
            elif quarters and month.month in (4, 7, 10):
                labels[i] = dateformat.format(month, "M")
        return labels
    every = 1 if len(weeks) <= 60 else 3
    previous = None
    for i, week in enumerate(weeks):
        key = (week.year, week.month)
        if key != previous:
            previous = key
            if (week.month - 1) % every == 0:
                labels[i] = dateformat.format(week, "M Y" if week.month == 1 or not labels else "M")
    return labels


def bar_chart(*, labels: dict[int, str], stacks: Sequence[Series], count: int, title: str,
              y_label: str | None = None, x_label: str | None = None, width: int = 560, height: int = 250) -> SafeString:
    """Stacked vertical bars; ``count`` bars, ``labels`` maps bar index -> x label."""
    y_label = y_label or gettext("number of events")
    x_label = x_label or gettext("week")
    left, right, top, bottom = 60, width - 12, 12, height - 44
    totals = [sum(s.values[i] or 0 for s in stacks) for i in range(count)]
    ymax = _nice_max(max(totals, default=0))
    summary = f"{title}: {count} bars, maximum {_fmt(max(totals, default=0))} {y_label}"
    parts = _open(width, height, title, summary)
    _y_axis(parts, top=top, bottom=bottom, left=left, right=right, ymax=ymax, title=y_label)
    slot = (right - left) / max(count, 1)
    bar = max(slot * 0.8, 1.0)
    for i in range(count):
        x = left + i * slot + (slot - bar) / 2
        base: float = bottom
        for series in stacks:
            value = series.values[i] or 0
            if value <= 0:
                continue
            h = (bottom - top) * value / ymax
            base -= h
            parts.append(f'<rect x="{x:.2f}" y="{base:.2f}" width="{bar:.2f}" height="{h:.2f}" '
                         f'fill="{escape(series.colour)}"><title>{escape(series.label)}: {_fmt(value)}</title></rect>')
    positions = {i: left + i * slot + slot / 2 for i in labels}
    for i in labels:
        parts.append(f'<line x1="{positions[i]:.1f}" x2="{positions[i]:.1f}" y1="{bottom}" y2="{bottom + 4}" stroke="{AXIS}"/>')
    for x, anchor, text in placed_labels(positions, labels, width=width):
        parts.append(f'<text class="x-label" x="{x:.1f}" y="{bottom + 17}" text-anchor="{anchor}" fill="{AXIS}">{escape(text)}</text>')
    parts.append(f'<line x1="{left}" x2="{right}" y1="{bottom}" y2="{bottom}" stroke="{AXIS}"/>')
    _x_title(parts, left=left, right=right, y=height - 6, title=x_label)
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every label above is escaped


def step_chart(*, start: dt.date, end: dt.date, steps: Sequence[tuple[dt.date, str]], title: str,
               y_label: str | None = None, x_label: str | None = None, width: int = 640, height: int = 260) -> SafeString:
    """A cumulative count rising by one at each ``(date, label)`` step, each step labelled."""
    y_label = y_label or gettext("cities (total)")
    x_label = x_label or gettext("date of the first event there")
    left, right, top, bottom = 60, width - 16, 16, height - 44
    span = max((end - start).days, 1)
    ymax = _nice_max(len(steps))
    parts = _open(width, height, title, f"{title}: {len(steps)} in total; " +
                  "; ".join(f"{label} from {day.isoformat()}" for day, label in steps))
    _y_axis(parts, top=top, bottom=bottom, left=left, right=right, ymax=ymax, title=y_label)

    def x_of(day: dt.date) -> float:
        return left + (right - left) * (day - start).days / span

    def y_of(value: float) -> float:
        return bottom - (bottom - top) * value / ymax

    path = [f"M{x_of(start):.1f},{y_of(0):.1f}"]
    for n, (day, _) in enumerate(steps, start=1):
        path.append(f"H{x_of(day):.1f}V{y_of(n):.1f}")
    path.append(f"H{x_of(end):.1f}")
    parts.append(f'<path d="{"".join(path)}" fill="none" stroke="#0072b2" stroke-width="2.5"/>')
    for n, (day, label) in enumerate(steps, start=1):
        x, y = x_of(day), y_of(n)
        parts.append(f'<circle cx="{x:.1f}" cy="{y:.1f}" r="4" fill="#0072b2"/>')
        full = f"{label} {_day(day)}"
        anchor, tx = ("end", x - 7) if x + 7 + text_width(full) > width - 2 else ("start", x + 7)
        parts.append(f'<text x="{tx:.1f}" y="{y - 6:.1f}" text-anchor="{anchor}" fill="{INK}" font-weight="600">'
                     f'{escape(label)} <tspan fill="{AXIS}" font-weight="400">{_day(day)}</tspan></text>')
    for day, anchor in ((start, "start"), (end, "end")):
        parts.append(f'<text class="x-label" x="{x_of(day):.1f}" y="{bottom + 17}" text-anchor="{anchor}" fill="{AXIS}">'
                     f'{_day(day)}</text>')
    parts.append(f'<line x1="{left}" x2="{right}" y1="{bottom}" y2="{bottom}" stroke="{AXIS}"/>')
    _x_title(parts, left=left, right=right, y=height - 6, title=x_label)
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - labels escaped


def hbar_chart(*, rows: Sequence[tuple[str, float, str, str]], title: str, maximum: float | None = None,
               x_label: str | None = None, width: int = 560, row_height: int = 28) -> SafeString:
    """Horizontal bars: ``(label, value, colour, note)``; ``note`` is printed after the bar.

    The label column is as wide as the longest label (up to 45% of the chart), and ``x_label``
    titles the bars from above.
    """
    x_label = x_label or title
    label_width = min(max((text_width(r[0]) for r in rows), default=60) + 12, width * 0.45)
    note_width = min(max((text_width(r[3]) for r in rows), default=40) + 10, width * 0.35)
    left, right, head = label_width, width - note_width, 24
    height = head + row_height * max(len(rows), 1) + 6
    top_value = maximum or max((r[1] for r in rows), default=1) or 1
    parts = _open(width, height, title, f"{title}: " + "; ".join(f"{r[0]} {r[3]}" for r in rows))
    parts.append(f'<text class="axis-title" x="{left}" y="15" fill="{AXIS}">{escape(x_label)}</text>')
    for i, (label, value, colour, note) in enumerate(rows):
        y = head + i * row_height
        w = max((right - left) * value / top_value, 1 if value else 0)
        parts.append(f'<text x="{left - 8}" y="{y + row_height / 2 + 4:.1f}" text-anchor="end" fill="{INK}">{escape(label)}</text>')
        parts.append(f'<rect x="{left}" y="{y + 4}" width="{w:.1f}" height="{row_height - 9}" rx="2" fill="{escape(colour)}"/>')
        parts.append(f'<text x="{left + w + 6:.1f}" y="{y + row_height / 2 + 4:.1f}" fill="{AXIS}">{escape(note)}</text>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - labels escaped
