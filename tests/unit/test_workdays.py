"""Working days: reminders move off weekends and Dutch public holidays."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest

from commitments.deadlines.workdays import (
    is_working_day,
    next_working_moment,
    working_days_after,
    working_days_before,
)

D = dt.date
AMS = ZoneInfo("Europe/Amsterdam")


@pytest.mark.parametrize(
    ("day", "working"),
    [
        (D(2024, 4, 26), True),  # a Friday
        (D(2024, 4, 27), False),  # Saturday (and Koningsdag)
        (D(2025, 4, 26), False),  # Koningsdag 2025 moved to Saturday 26 April
        (D(2023, 4, 27), False),  # Koningsdag on a Thursday
        (D(2024, 12, 25), False),
        (D(2024, 12, 26), False),
        (D(2025, 1, 1), False),
        (D(2025, 4, 21), False),  # Tweede Paasdag
        (D(2025, 5, 29), False),  # Hemelvaartsdag
        (D(2025, 6, 9), False),  # Tweede Pinksterdag
        (D(2025, 6, 10), True),
        (D(2024, 3, 17), False),  # Sunday
    ],
)
def test_is_working_day(day: D, working: bool) -> None:
    assert is_working_day(day) is working


def test_moment_on_a_working_day_stays() -> None:
    moment = dt.datetime(2024, 3, 15, 9, 0, tzinfo=AMS)
    assert next_working_moment(moment) == moment


def test_moment_moves_past_weekend_and_holiday_keeping_local_time() -> None:
    # Saturday 20 April 2019 09:00: Sunday is Pasen, Monday Tweede Paasdag -> Tuesday 23 April 09:00
    moved = next_working_moment(dt.datetime(2019, 4, 20, 9, 0, tzinfo=AMS))
    assert moved == dt.datetime(2019, 4, 23, 9, 0, tzinfo=AMS)
    assert (moved.hour, moved.minute, moved.tzinfo) == (9, 0, AMS)


def test_local_time_survives_the_change_to_summer_time() -> None:
    moved = next_working_moment(dt.datetime(2025, 3, 29, 9, 30, tzinfo=AMS))  # Saturday, DST starts Sunday
    assert moved.isoformat() == "2025-03-31T09:30:00+02:00"


def test_naive_moment() -> None:
    assert next_working_moment(dt.datetime(2024, 12, 25, 8, 0)) == dt.datetime(2024, 12, 27, 8, 0)


def test_working_days_before() -> None:
    assert working_days_before(D(2024, 3, 13), 0) == D(2024, 3, 13)
    assert working_days_before(D(2024, 3, 13), 1) == D(2024, 3, 12)
    assert working_days_before(D(2024, 3, 18), 1) == D(2024, 3, 15)  # Monday -> Friday
    # back over Tweede Paasdag, the weekend and Goede Vrijdag (a holiday in the ``holidays`` NL table)
    assert working_days_before(D(2025, 4, 22), 2) == D(2025, 4, 16)
    assert working_days_before(D(2025, 1, 2), 5) == D(2024, 12, 23)  # over Kerst and Nieuwjaar


def test_working_days_after() -> None:
    assert working_days_after(D(2024, 4, 19), 10) == D(2024, 5, 3)
    assert working_days_after(D(2024, 12, 24), 1) == D(2024, 12, 27)


def test_negative_count_is_refused() -> None:
    with pytest.raises(ValueError, match="0 or more"):
        working_days_before(D(2024, 3, 13), -1)
