"""Working days in the Netherlands: weekdays that are not a public holiday.

Reminders use these; a deadline itself stays the date that was promised.
"""

from __future__ import annotations

import datetime as dt
from functools import lru_cache
from typing import Any

import holidays

ONE_DAY = dt.timedelta(days=1)


@lru_cache(maxsize=1)
def _dutch_holidays() -> Any:
    # The object fills in each year on first use, so one instance serves every year.
    return holidays.country_holidays("NL")


def is_working_day(day: dt.date) -> bool:
    """Monday to Friday and not a Dutch public holiday (Koningsdag, Hemelvaart, Kerst, ...)."""
    return day.weekday() < 5 and day not in _dutch_holidays()


def next_working_moment(moment: dt.datetime) -> dt.datetime:
    """The same moment if it falls on a working day, else that time of day on the next working day.

    An aware moment keeps its time zone and local time of day (09:00 stays 09:00 across a DST change).
    """
    while not is_working_day(moment.date()):
        moment += ONE_DAY  # aware arithmetic in Python keeps the wall-clock time
    return moment


def _shift(day: dt.date, count: int, step: dt.timedelta) -> dt.date:
    if count < 0:
        raise ValueError("count must be 0 or more")
    while count:
        day += step
        if is_working_day(day):
            count -= 1
    return day


def working_days_before(day: dt.date, count: int) -> dt.date:
    """The working day ``count`` working days before ``day`` (``day`` itself not counted; 0 gives ``day``)."""
    return _shift(day, count, -ONE_DAY)


def working_days_after(day: dt.date, count: int) -> dt.date:
    """The working day ``count`` working days after ``day`` ("binnen tien werkdagen")."""
    return _shift(day, count, ONE_DAY)
