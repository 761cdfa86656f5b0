"""What a reminder, a catch-up and a weekly digest say, as data: the bot decides how it looks.

Nothing here is formatted for a chat: titles and owners are as the team typed them, deadlines are dates
with the days left counted on the day the message goes out.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from enum import Enum

from commitments.reminders.planner import BEFORE
from commitments.reminders.policy import ReminderPolicy


@dataclass(frozen=True)
class ReminderItem:
    """A claimed reminder slot of one commitment, before it becomes a message."""

    commitment_id: int
    title: str
    deadline: date
    owner: str | None
    slot: str
    due_at: datetime
    estimate: bool = False


@dataclass(frozen=True)
class DueItem:
    """A commitment with a deadline, as it stands on the day of sending."""

    commitment_id: int
    title: str
    owner: str | None
    deadline: date
    days_left: int
    """Days from the day of sending to the deadline: 0 on the day itself, negative once it has passed."""
    estimate: bool = False
    """The deadline is an estimate (a recess date not yet confirmed): said as "schatting"."""


@dataclass(frozen=True)
class ReminderNotice:
    """One reminder about one commitment."""

    item: DueItem
    workdays_before: int | None
    """The working days before the deadline this reminder was planned for; None on the day or after it."""
    planned_for: datetime | None = None
    """The local moment it was planned for, when it goes out late."""


@dataclass(frozen=True)
class CatchUp:
    """Reminders missed for longer than the grace period, each commitment once, by deadline."""

    items: tuple[DueItem, ...]


class Section(Enum):
    OVERDUE = "overdue"
    SOON = "soon"
    UNDATED = "undated"
    CLOSED = "closed"


@dataclass(frozen=True)
class DigestItem:
    commitment_id: int
    title: str
    owner: str | None
    deadline: date | None
    status: str
    """The status in Dutch words ("open", "voldaan", "afgedaan", …)."""
    estimate: bool = False


@dataclass(frozen=True)
class DigestSection:
    section: Section
    items: tuple[DigestItem, ...]


@dataclass(frozen=True)
class Digest:
    """A team's weekly digest: only the sections that have items, in the order of :class:`Section`."""

    day: date
    sections: tuple[DigestSection, ...]


Notice = ReminderNotice | CatchUp | Digest
"""Everything the deliverer sends."""


def _due(item: ReminderItem, today: date) -> DueItem:
    days_left = (item.deadline - today).days
    return DueItem(item.commitment_id, item.title, item.owner, item.deadline, days_left, item.estimate)


def reminder_notice(item: ReminderItem, policy: ReminderPolicy, now: datetime, late: bool) -> ReminderNotice:
    """The reminder for ``item`` sent at ``now``; ``late`` when it goes out after its planned moment."""
    before = int(item.slot.removeprefix(BEFORE)) if item.slot.startswith(BEFORE) else None
    planned = policy.local(item.due_at) if late else None
    return ReminderNotice(_due(item, policy.local(now).date()), before, planned)


def catch_up(items: Sequence[ReminderItem], policy: ReminderPolicy, now: datetime) -> CatchUp:
    """One message for reminders missed longer ago than the grace period: each commitment once (its newest
    slot), earliest deadline first."""
    today = policy.local(now).date()
    latest: dict[int, ReminderItem] = {}
    for item in sorted(items, key=lambda item: item.due_at):
        latest[item.commitment_id] = item
    by_deadline = sorted(latest.values(), key=lambda item: item.deadline)
    return CatchUp(tuple(_due(item, today) for item in by_deadline))
