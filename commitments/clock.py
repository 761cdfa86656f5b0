"""The domain's clock: what time it is, and which day it is where the team works."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo


def utcnow() -> datetime:
    return datetime.now(UTC)


def local_day(moment: datetime, tz: tzinfo) -> date:
    """The calendar day, where the team works (``tz``), of a moment stored in UTC: an event at 00:30 in
    Amsterdam is of that day, not of the UTC day before it. Every day shown or exported for a stored moment
    (a history line, the day an item was stored or last changed) is this one."""
    return moment.astimezone(tz).date()


@dataclass(frozen=True)
class Clock:
    """``now`` in UTC, and the calendar day in the team's time zone ``tz``; ``source`` is where the time
    comes from (a test passes a fixed moment)."""

    tz: tzinfo = UTC
    source: Callable[[], datetime] = field(default=utcnow, compare=False)

    def now(self) -> datetime:
        """The current moment, time-zone aware (UTC)."""
        return self.source()

    def today(self) -> date:
        """The current day where the team works."""
        return local_day(self.now(), self.tz)
