"""The domain's clock: what time it is, and which day it is where the team works."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, tzinfo


def utcnow() -> datetime:
    return datetime.now(UTC)


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
        return self.now().astimezone(self.tz).date()
