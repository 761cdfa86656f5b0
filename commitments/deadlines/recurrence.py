"""How often a recurring promise comes due ("jaarlijks", "elk half jaar"), and when it comes due next."""

from __future__ import annotations

from datetime import date

from dateutil.relativedelta import relativedelta

RECURRENCE_MONTHS = {"yearly": 12, "half-yearly": 6, "quarterly": 3, "monthly": 1}
"""The recurrences a deadline can carry, by their stored name, and the months between two times."""


def next_due(last: date, recurring: str, today: date) -> date:
    """The first time after ``today`` that a promise of ``recurring`` comes due, counted in whole periods
    from ``last`` (its last due day): a yearly report due 1 June that was sent late is next due 1 June of
    the year after, not a year after it was sent. A :class:`KeyError` for a recurrence that is not known."""
    months = RECURRENCE_MONTHS[recurring]
    periods = 1
    while last + relativedelta(months=months * periods) <= today:
        periods += 1
    return last + relativedelta(months=months * periods)
