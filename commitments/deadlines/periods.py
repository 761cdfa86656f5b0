"""Calendar arithmetic for deadline rules: month ends, seasons, periods, year inference."""

from __future__ import annotations

import calendar as _cal
import datetime as dt
from collections.abc import Callable
from fractions import Fraction

from dateutil.relativedelta import relativedelta

from commitments.deadlines.workdays import working_days_after

ONE_DAY = dt.timedelta(days=1)
# Largest amount accepted in "binnen N <unit>"; more is not a deadline but a typo or a number.
MAX_AMOUNT = 120

# Season -> (month, day) it starts and ends (CONVENTIONS: voorjaar 06-20, zomer 09-22, najaar 12-21,
# winter 03-20 of the next year).
SEASONS = {
    "voorjaar": ((3, 21), (6, 20)),
    "zomer": ((6, 21), (9, 22)),
    "najaar": ((9, 23), (12, 21)),
    "winter": ((12, 22), (3, 20)),
}


def month_end(year: int, month: int) -> dt.date:
    return dt.date(year, month, _cal.monthrange(year, month)[1])


def season_bounds(season: str, year: int) -> tuple[dt.date, dt.date]:
    """First and last day of the season that starts in ``year`` (winter ends the next year)."""
    (sm, sd), (em, ed) = SEASONS[season]
    return dt.date(year, sm, sd), dt.date(year + (1 if season == "winter" else 0), em, ed)


def season_end_ahead(reference: dt.date, season: str, *, not_begun: bool) -> dt.date | None:
    """The last day of the season a phrase without a year names: with ``not_begun`` ("komend najaar",
    "volgende winter") the next one that has not begun yet; else ("dit najaar", "in het najaar") the first
    one that has not ended, as CONVENTIONS places a moment without a year: on 7 December both are 21
    December of this year, however little of the season is left."""
    if not_begun:
        start = upcoming(reference + ONE_DAY, lambda y: season_bounds(season, y)[0])
        return None if start is None else season_bounds(season, start.year)[1]
    return upcoming(reference, lambda y: season_bounds(season, y)[1])


def _safe(build: Callable[[int], dt.date | None], year: int) -> dt.date | None:
    try:
        return build(year)
    except (ValueError, OverflowError):  # 29 februari in a common year, year out of range
        return None


def upcoming(reference: dt.date, build: Callable[[int], dt.date | None]) -> dt.date | None:
    """The first ``build(year)`` on or after the reference date, trying the years around it."""
    for year in range(reference.year - 1, reference.year + 9):
        day = _safe(build, year)
        if day is not None and day >= reference:
            return day
    return None


def latest_before(reference: dt.date, build: Callable[[int], dt.date | None]) -> dt.date | None:
    """The last ``build(year)`` on or before the reference date ("jl.", "sinds", "afgelopen")."""
    for year in range(reference.year + 1, reference.year - 9, -1):
        day = _safe(build, year)
        if day is not None and day <= reference:
            return day
    return None


def nearest(reference: dt.date, build: Callable[[int], dt.date | None]) -> dt.date | None:
    """The ``build(year)`` closest to the reference date, before or after it."""
    options = [d for d in (upcoming(reference, build), latest_before(reference, build)) if d is not None]
    return min(options, key=lambda d: abs(d - reference), default=None)


def add_period(reference: dt.date, amount: Fraction, unit: str) -> dt.date | None:
    """The reference date plus ``amount`` of ``unit`` (a canonical unit, see ``UNITS``); None if absurd."""
    if amount <= 0 or amount > MAX_AMOUNT:
        return None
    if unit == "werkdag":
        return working_days_after(reference, round(amount))
    if unit in ("dag", "week"):
        return reference + dt.timedelta(days=round(amount * (7 if unit == "week" else 1)))
    months = amount * {"maand": 1, "kwartaal": 3, "halfjaar": 6, "jaar": 12}[unit]
    whole = int(months)
    return reference + relativedelta(months=whole, days=round((months - whole) * 30))


UNITS = {
    "dag": "dag", "dagen": "dag", "werkdag": "werkdag", "werkdagen": "werkdag", "week": "week",
    "weken": "week", "maand": "maand", "maanden": "maand", "kwartaal": "kwartaal", "kwartalen": "kwartaal",
    "halfjaar": "halfjaar", "jaar": "jaar", "jaren": "jaar",
}  # fmt: skip
