"""Server-side SVG charts: no JavaScript, no inline styles (CSP-friendly), testable as text.

Each function returns safe markup (labels escaped). Sizes are in SVG user units; the CSS
scales the SVG to its container.
"""

from __future__ import annotations

import datetime as dt
import math
from collections.abc import Sequence
from dataclasses import dataclass
from html import escape

from django.utils.safestring import SafeString, mark_safe

FONT = 'font-family="system-ui, -apple-system, Segoe UI, Roboto, sans-serif"'
AXIS = "#5f6b7a"
GRID = "#e3e7ec"


@dataclass(frozen=True, slots=True)
class Series:
    """One stacked layer of a bar chart."""

    label: str
    colour: str
    values: Sequence[float]


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


def _open(width: int, height: int, title: str, summary: str) -> list[str]:
    return [f'<svg xmlns="http://www.w3.org/2000/svg" viewBox="0 0 {width} {height}" role="img" '
            f'class="chart" {FONT} font-size="12" aria-label="{escape(title)}">',
            f"<title>{escape(title)}</title><desc>{escape(summary)}</desc>"]


def _y_axis(parts: list[str], *, top: float, bottom: float, left: float, right: float, ymax: float) -> None:
    for i in range(5):
        value = ymax * i / 4
        y = bottom - (bottom - top) * i / 4
        parts.append(f'<line x1="{left}" x2="{right}" y1="{y:.1f}" y2="{y:.1f}" stroke="{GRID}"/>')
        parts.append(f'<text x="{left - 6}" y="{y + 4:.1f}" text-anchor="end" fill="{AXIS}">{_fmt(value)}</text>')


def week_labels(weeks: Sequence[dt.date]) -> dict[int, str]:
    """Which bars get an x label, for weekly or monthly bars, so that labels never crowd.

    Few bars: every bar. Weekly: the first week of each month (every third month when long).
    Monthly: every January (with the year), plus April, July and October when two years or less.
    """
    if len(weeks) <= 12:
        monthly = len(weeks) > 1 and (weeks[1] - weeks[0]).days > 7
        return {i: w.strftime("%b %Y" if monthly else "%d %b") for i, w in enumerate(weeks)}
    labels: dict[int, str] = {}
    if (weeks[1] - weeks[0]).days > 7:
        quarters = len(weeks) <= 24
        for i, month in enumerate(weeks):
            if month.month == 1 or i == 0:
                labels[i] = month.strftime("%b %Y") if quarters else str(month.year)
            elif quarters and month.month in (4, 7, 10):
                labels[i] = month.strftime("%b")
        return labels
    every = 1 if len(weeks) <= 60 else 3
    previous = None
    for i, week in enumerate(weeks):
        key = (week.year, week.month)
        if key != previous:
            previous = key
            if (week.month - 1) % every == 0:
                labels[i] = week.strftime("%b %Y" if week.month == 1 or not labels else "%b")
    return labels


def bar_chart(*, labels: dict[int, str], stacks: Sequence[Series], count: int, title: str,
              y_label: str = "events", width: int = 640, height: int = 240) -> SafeString:
    """Stacked vertical bars; ``count`` bars, ``labels`` maps bar index -> x label."""
    left, right, top, bottom = 44, width - 10, 12, height - 28
    totals = [sum(s.values[i] or 0 for s in stacks) for i in range(count)]
    ymax = _nice_max(max(totals, default=0))
    summary = f"{title}: {count} bars, maximum {_fmt(max(totals, default=0))} {y_label}"
    parts = _open(width, height, title, summary)
    _y_axis(parts, top=top, bottom=bottom, left=left, right=right, ymax=ymax)
    slot = (right - left) / max(count, 1)
    bar = max(slot * 0.8, 1.0)
    for i in range(count):
        x = left + i * slot + (slot - bar) / 2
        base = bottom
        for series in stacks:
            value = series.values[i] or 0
            if value <= 0:
                continue
            h = (bottom - top) * value / ymax
            base -= h
            parts.append(f'<rect x="{x:.2f}" y="{base:.2f}" width="{bar:.2f}" height="{h:.2f}" '
                         f'fill="{escape(series.colour)}"><title>{escape(series.label)}: {_fmt(value)}</title></rect>')
    for i, text in labels.items():
        x = left + i * slot + slot / 2
        parts.append(f'<line x1="{x:.1f}" x2="{x:.1f}" y1="{bottom}" y2="{bottom + 4}" stroke="{AXIS}"/>')
        parts.append(f'<text x="{x:.1f}" y="{bottom + 16}" text-anchor="middle" fill="{AXIS}">{escape(text)}</text>')
    parts.append(f'<line x1="{left}" x2="{right}" y1="{bottom}" y2="{bottom}" stroke="{AXIS}"/>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - every label above is escaped


def step_chart(*, start: dt.date, end: dt.date, steps: Sequence[tuple[dt.date, str]], title: str,
               width: int = 640, height: int = 260) -> SafeString:
    """A cumulative count rising by one at each ``(date, label)`` step, each step labelled."""
    left, right, top, bottom = 44, width - 150, 14, height - 28
    span = max((end - start).days, 1)
    ymax = _nice_max(len(steps))
    parts = _open(width, height, title, f"{title}: {len(steps)} in total; " +
                  "; ".join(f"{label} from {day.isoformat()}" for day, label in steps))
    _y_axis(parts, top=top, bottom=bottom, left=left, right=right, ymax=ymax)

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
        parts.append(f'<text x="{x + 7:.1f}" y="{y - 6:.1f}" fill="#1f2933" font-weight="600">'
                     f'{escape(label)} <tspan fill="{AXIS}" font-weight="400">{day.strftime("%d %b %Y")}</tspan></text>')
    for day, anchor in ((start, "start"), (end, "end")):
        parts.append(f'<text x="{x_of(day):.1f}" y="{bottom + 16}" text-anchor="{anchor}" fill="{AXIS}">'
                     f'{day.strftime("%d %b %Y")}</text>')
    parts.append(f'<line x1="{left}" x2="{right}" y1="{bottom}" y2="{bottom}" stroke="{AXIS}"/>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - labels escaped


def hbar_chart(*, rows: Sequence[tuple[str, float, str, str]], title: str, maximum: float | None = None,
               width: int = 640, row_height: int = 26) -> SafeString:
    """Horizontal bars: ``(label, value, colour, note)``; ``note`` is printed after the bar."""
    left, right = 190, width - 190
    height = row_height * max(len(rows), 1) + 8
    top_value = maximum or max((r[1] for r in rows), default=1) or 1
    parts = _open(width, height, title, f"{title}: " + "; ".join(f"{r[0]} {r[3]}" for r in rows))
    for i, (label, value, colour, note) in enumerate(rows):
        y = 4 + i * row_height
        w = max((right - left) * value / top_value, 1 if value else 0)
        parts.append(f'<text x="{left - 8}" y="{y + row_height / 2 + 4:.1f}" text-anchor="end" fill="#1f2933">{escape(label)}</text>')
        parts.append(f'<rect x="{left}" y="{y + 3}" width="{w:.1f}" height="{row_height - 8}" rx="2" fill="{escape(colour)}"/>')
        parts.append(f'<text x="{left + w + 6:.1f}" y="{y + row_height / 2 + 4:.1f}" fill="{AXIS}">{escape(note)}</text>')
    parts.append("</svg>")
    return mark_safe("".join(parts))  # noqa: S308 - labels escaped
