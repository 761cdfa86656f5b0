"""A team's reminder policy: when before a deadline, how often while overdue, and when the weekly digest goes.

The defaults come from the settings; a team that changes its policy with ``/herinneringen`` gets a row in
``reminder_policies``. The time zone is the deployment's (``TOEZEGBOT_TIMEZONE``), not a team setting.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import datetime, time
from zoneinfo import ZoneInfo

from sqlalchemy import Boolean, ForeignKey, Integer, String, Time
from sqlalchemy.orm import Mapped, Session, mapped_column

from commitments.dutch import WEEKDAY_NAMES
from commitments.errors import InvalidInput
from commitments.model import Base, UTCDateTime
from config.settings import Settings, get_settings

MAX_DAYS_BEFORE = 60


@dataclass(frozen=True)
class ReminderPolicy:
    """When a team is reminded. ``days_before`` counts working days and is sorted, largest first."""

    days_before: tuple[int, ...] = (10, 5, 1)
    on_day: bool = True
    overdue_every_days: int = 7
    local_time: time = time(9, 0)
    digest_weekday: int = 0
    digest_time: time = time(9, 0)
    timezone: str = "Europe/Amsterdam"

    @classmethod
    def from_settings(cls, settings: Settings) -> ReminderPolicy:
        return cls(
            days_before=tuple(settings.reminder_days_before),
            overdue_every_days=settings.overdue_every_days,
            local_time=settings.reminder_time,
            digest_weekday=settings.digest_weekday,
            digest_time=settings.digest_time,
            timezone=settings.timezone,
        )

    @property
    def tz(self) -> ZoneInfo:
        return ZoneInfo(self.timezone)

    def local(self, moment: datetime) -> datetime:
        return moment.astimezone(self.tz)

    def describe(self) -> str:
        """One Dutch line, e.g. "10, 5 en 1 werkdagen vooraf, op de dag zelf, elke 7 dagen zolang …"."""
        parts = []
        if self.days_before:
            numbers = [str(day) for day in self.days_before]
            listed = numbers[0] if len(numbers) == 1 else ", ".join(numbers[:-1]) + " en " + numbers[-1]
            parts.append(f"{listed} {'werkdag' if self.days_before == (1,) else 'werkdagen'} vooraf")
        if self.on_day:
            parts.append("op de dag zelf")
        every = "elke dag" if self.overdue_every_days == 1 else f"elke {self.overdue_every_days} dagen"
        parts.append(f"{every} zolang de termijn verstreken is")
        digest = f"overzicht op {WEEKDAY_NAMES[self.digest_weekday]} om {self.digest_time:%H:%M}"
        return f"{', '.join(parts)}; om {self.local_time:%H:%M} op werkdagen; {digest}"


class PolicyRow(Base):
    """A team's own policy; teams without a row use the defaults from the settings."""

    __tablename__ = "reminder_policies"

    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"), primary_key=True)
    days_before: Mapped[str] = mapped_column(String(64))
    on_day: Mapped[bool] = mapped_column(Boolean, default=True)
    overdue_every_days: Mapped[int] = mapped_column(Integer)
    local_time: Mapped[time] = mapped_column(Time)
    digest_weekday: Mapped[int] = mapped_column(Integer)
    digest_time: Mapped[time] = mapped_column(Time)
    updated_at: Mapped[datetime] = mapped_column(UTCDateTime)


def default_policy() -> ReminderPolicy:
    return ReminderPolicy.from_settings(get_settings())


def policy_for(session: Session, team_id: int) -> ReminderPolicy:
    """The team's stored policy, or the defaults from the settings."""
    row = session.get(PolicyRow, team_id)
    if row is None:
        return default_policy()
    return replace(
        default_policy(),
        days_before=tuple(int(day) for day in row.days_before.split(",") if day),
        on_day=row.on_day,
        overdue_every_days=row.overdue_every_days,
        local_time=row.local_time,
        digest_weekday=row.digest_weekday,
        digest_time=row.digest_time,
    )


def store_policy(session: Session, team_id: int, policy: ReminderPolicy) -> None:
    row = session.get(PolicyRow, team_id)
    if row is None:
        row = PolicyRow(team_id=team_id)
        session.add(row)
    row.days_before = ",".join(str(day) for day in policy.days_before)
    row.on_day = policy.on_day
    row.overdue_every_days = policy.overdue_every_days
    row.local_time = policy.local_time
    row.digest_weekday = policy.digest_weekday
    row.digest_time = policy.digest_time


_TIME = re.compile(r"^([01]?\d|2[0-3])[:.]([0-5]\d)$")
_HOUR = re.compile(r"^([01]?\d|2[0-3])(?:u|uur)?$")
"""A whole hour ("9", "9u"), read as a time only where no number of days can stand (the digest's)."""


def _clock(word: str, digest: bool) -> time | None:
    """The time ``word`` names ("09:00", "9.30"; after "overzicht" also a whole hour), else None."""
    found = _TIME.match(word)
    if found:
        return time(int(found.group(1)), int(found.group(2)))
    hour = _HOUR.match(word) if digest else None
    return time(int(hour.group(1))) if hour else None


DIGEST_WORDS = ("overzicht", "weekoverzicht")
"""After one of these, a time is the weekly digest's (``overzicht vrijdag 16:00``), not the reminders'."""
USAGE = "Gebruik bijvoorbeeld /herinneringen 10,5,1 09:00 of /herinneringen overzicht vrijdag 16:00."


def parse_policy_change(words: list[str], current: ReminderPolicy) -> ReminderPolicy:
    """Read ``10,5,1 09:00 overzicht vrijdag 16:00`` (each part optional, "0" for no advance reminders) into
    a new policy: a time before "overzicht" is the reminders', after it the digest's; a weekday is the
    digest's. After "overzicht" a bare number is an hour (``overzicht zondag 9``: 09:00), never days
    before: those belong to the reminders, and would be replaced without a word."""
    policy, digest, digest_set = current, False, False
    for word in words:
        lowered = word.lower()
        if lowered in DIGEST_WORDS:
            digest = True
            continue
        digest_set = digest_set or digest
        if lowered in WEEKDAY_NAMES:
            policy = replace(policy, digest_weekday=WEEKDAY_NAMES.index(lowered))
            continue
        moment = _clock(word, digest)
        if moment is not None:
            policy = replace(policy, digest_time=moment) if digest else replace(policy, local_time=moment)
            continue
        not_understood = InvalidInput(f"‘{word}’ begrijp ik niet. {USAGE}")
        if digest:
            raise not_understood
        try:
            days = sorted({int(part) for part in word.split(",") if part.strip()}, reverse=True)
        except ValueError:
            raise not_understood from None
        if any(day < 0 or day > MAX_DAYS_BEFORE for day in days):
            raise InvalidInput(f"Het aantal werkdagen vooraf moet tussen 0 en {MAX_DAYS_BEFORE} liggen.")
        policy = replace(policy, days_before=tuple(day for day in days if day > 0))
    if digest and not digest_set:  # "overzicht" alone would change nothing, yet be answered "aangepast"
        raise InvalidInput(f"Geef na ‘overzicht’ een dag of tijd. {USAGE}")
    return policy
