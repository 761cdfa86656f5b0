"""A PNG overview of open and overdue commitments per bewindspersoon and per ministry.

Drawn on matplotlib's Agg canvas directly (no pyplot), so it needs no display and keeps no global state
between requests.
"""

from __future__ import annotations

import io
import textwrap
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from matplotlib.axes import Axes
from matplotlib.backends.backend_agg import FigureCanvasAgg
from matplotlib.figure import Figure
from matplotlib.ticker import MaxNLocator

from commitments.dutch import dutch_date
from commitments.records import PostCount

MAX_POSTS = 15
_ON_TIME, _OVERDUE = "#4C78A8", "#E45756"


@dataclass(frozen=True)
class _Bar:
    label: str
    open: int
    overdue: int


def _per_post(counts: Sequence[PostCount]) -> list[_Bar]:
    bars = [
        _Bar(count.post or f"{count.ministry or 'onbekend'} (geen bewindspersoon)", count.open, count.overdue)
        for count in counts
    ]
    bars.sort(key=lambda bar: (-bar.open, bar.label))
    return bars[:MAX_POSTS]


def _per_ministry(counts: Sequence[PostCount]) -> list[_Bar]:
    totals: dict[str, tuple[int, int]] = {}
    for count in counts:
        label = count.ministry or "onbekend"
        open_, overdue = totals.get(label, (0, 0))
        totals[label] = (open_ + count.open, overdue + count.overdue)
    bars = [_Bar(label, open_, overdue) for label, (open_, overdue) in totals.items()]
    bars.sort(key=lambda bar: (-bar.open, bar.label))
    return bars


def _draw(axes: Axes, bars: Sequence[_Bar], title: str) -> None:
    """Horizontal stacked bars: the overdue part in red, the rest in blue, busiest at the top."""
    labels = [textwrap.fill(bar.label, 38) for bar in reversed(bars)]
    overdue = [bar.overdue for bar in reversed(bars)]
    on_time = [bar.open - bar.overdue for bar in reversed(bars)]
    positions = range(len(bars))
    axes.barh(positions, on_time, color=_ON_TIME, label="open, op tijd")
    axes.barh(positions, overdue, left=on_time, color=_OVERDUE, label="verlopen")
    axes.set_yticks(list(positions), labels, fontsize=8)
    axes.set_title(title, fontsize=11, loc="left")
    axes.set_xlabel("aantal")
    axes.xaxis.set_major_locator(MaxNLocator(integer=True))
    for position, bar in zip(positions, reversed(bars), strict=True):
        axes.annotate(f" {bar.open} ({bar.overdue} verlopen)", (bar.open, position), va="center", fontsize=7)
    axes.margins(x=0.25)


def overview_figure(counts: Sequence[PostCount], today: date) -> Figure:
    """The chart; with nothing open, a picture that says so. The legend stands above the charts, outside
    them, so it covers no bar however long the bars are."""
    counts = [count for count in counts if count.open > 0]
    posts, ministries = _per_post(counts), _per_ministry(counts)
    height = 2.0 + 0.32 * (len(posts) + len(ministries)) if counts else 2.5
    figure = Figure(figsize=(9, height), dpi=100, layout="constrained")
    FigureCanvasAgg(figure)
    figure.suptitle(f"Openstaande toezeggingen op {dutch_date(today)}", fontsize=13)
    if not counts:
        axes = figure.add_subplot()
        axes.set_axis_off()
        axes.text(0.5, 0.5, "Er staan geen toezeggingen open.", ha="center", va="center", fontsize=12)
    else:
        top, bottom = figure.subplots(2, 1, height_ratios=[max(len(posts), 1), max(len(ministries), 1)])
        _draw(top, posts, "Per bewindspersoon")
        _draw(bottom, ministries, "Per ministerie")
        figure.legend(*top.get_legend_handles_labels(), loc="outside upper right", ncols=2, fontsize=8)
    return figure


def overview_png(counts: Sequence[PostCount], today: date) -> bytes:
    """The chart (:func:`overview_figure`) as PNG bytes."""
    buffer = io.BytesIO()
    overview_figure(counts, today).savefig(buffer, format="png")
    return buffer.getvalue()
