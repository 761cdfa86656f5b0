"""Which reminders a commitment gets and when: pure functions of the deadline, the policy and the clock.

Reminder moments fall on Dutch working days (no weekends, no public holidays) at the policy's local time,
converted to UTC through ``zoneinfo`` so a daylight-saving switch keeps 09:00 at 09:00 local.

Slots are named ``before_<n>`` (n working days before the deadline), ``on_day`` and ``overdue_<k>`` (the
k-th weekly reminder after the deadline). A deadline on a weekend or holiday is reminded "on the day" on the
last working day before it; where that coincides with ``before_1``, only ``on_day`` remains.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta

from commitments.deadlines.workdays import is_working_day, next_working_moment, working_days_before
from commitments.reminders.policy import ReminderPolicy

ON_DAY = "on_day"
BEFORE = "before_"
OVERDUE = "overdue_"
DIGEST = "digest_"

_LONGEST_HOLIDAY_SHIFT = 7  # days: a moment never moves further than this to reach a working day


@dataclass(frozen=True, order=True)
class Slot:
    """One reminder moment of a commitment (or a team's digest); ``due_at`` is in UTC."""

    due_at: datetime
    name: str


_SATURDAY = 5
"""``date.weekday()`` of the first weekend day."""


def at_local(day: date, clock: time, policy: ReminderPolicy) -> datetime:
    """``clock`` on ``day`` in the policy's time zone, as UTC."""
    return datetime.combine(day, clock, tzinfo=policy.tz).astimezone(UTC)


def _working_moment(day: date, clock: time, policy: ReminderPolicy) -> datetime:
    """``clock`` local time on ``day``, or on the first working day after it, as UTC."""
    return next_working_moment(datetime.combine(day, clock, tzinfo=policy.tz)).astimezone(UTC)


def _on_day(deadline: date) -> date:
    return deadline if is_working_day(deadline) else working_days_before(deadline, 1)


def advance_slots(deadline: date, policy: ReminderPolicy) -> list[Slot]:
    """The reminders up to and including the deadline, earliest first."""
    by_day: dict[date, str] = {}
    for days in policy.days_before:
        by_day[working_days_before(deadline, days)] = f"{BEFORE}{days}"
    if policy.on_day:
        by_day[_on_day(deadline)] = ON_DAY
    return sorted(Slot(at_local(day, policy.local_time, policy), name) for day, name in by_day.items())


def overdue_slot(deadline: date, policy: ReminderPolicy, k: int) -> Slot:
    day = deadline + timedelta(days=k * policy.overdue_every_days)
    return Slot(_working_moment(day, policy.local_time, policy), f"{OVERDUE}{k}")


def _nothing_delivered(slot: Slot) -> bool:
    return False


def next_overdue_slot(
    deadline: date,
    policy: ReminderPolicy,
    now: datetime,
    delivered: Callable[[Slot], bool] = _nothing_delivered,
) -> Slot:
    """The first weekly overdue reminder after ``now`` that has not gone out already."""
    days_late = (policy.local(now).date() - deadline).days
    k = max(1, (days_late - _LONGEST_HOLIDAY_SHIFT) // policy.overdue_every_days)
    while (slot := overdue_slot(deadline, policy, k)).due_at <= now or delivered(slot):
        k += 1
    return slot


def future_slots(
    deadline: date,
    policy: ReminderPolicy,
    now: datetime,
    delivered: Callable[[Slot], bool] = _nothing_delivered,
) -> list[Slot]:
    """The reminders still to come after ``now``: the advance ones and the next overdue one.

    ``delivered`` names the slots that already went out (e.g. earlier the same day, before the team chose
    another time): those are not planned again.
    """
    slots = [slot for slot in advance_slots(deadline, policy) if slot.due_at > now and not delivered(slot)]
    return [*slots, next_overdue_slot(deadline, policy, now, delivered)]


def slot_moment(name: str, deadline: date, policy: ReminderPolicy) -> datetime | None:
    """When the named slot is due for this deadline and policy, or None if the policy has no such slot."""
    if name.startswith(OVERDUE):
        return overdue_slot(deadline, policy, int(name.removeprefix(OVERDUE))).due_at
    return next((slot.due_at for slot in advance_slots(deadline, policy) if slot.name == name), None)


def next_digest(policy: ReminderPolicy, now: datetime) -> Slot:
    """The team's next weekly digest after ``now``; a holiday moves it to the next working day. A weekend day
    the team chose (``overzicht zondag``) is kept as chosen: they asked for it outside working days."""
    today = policy.local(now).date()
    nominal = today + timedelta(days=(policy.digest_weekday - today.weekday()) % 7)
    weekend = policy.digest_weekday >= _SATURDAY
    while True:
        moment = at_local if weekend else _working_moment
        due_at = moment(nominal, policy.digest_time, policy)
        if due_at > now:
            return Slot(due_at, f"{DIGEST}{nominal.isoformat()}")
        nominal += timedelta(days=7)
