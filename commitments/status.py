"""How the bot is doing, for operators: database reachable, the reminder ledger's counts, the last delivery
and the last import of the Tweede Kamer's register. Read by ``/status``, ``toezegbot status`` and the health
endpoint. Only reads; every count is one aggregate query on the ledger's ``(status, due_at)`` rows.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field
from datetime import datetime, time
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import ColumnElement, and_, func, or_, select, text
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from commitments.clock import local_day
from commitments.dutch import dutch_date
from commitments.model import Team
from commitments.reminders.ledger import Reminder, ReminderStatus
from commitments.tk_register.marks import RegisterImportState
from commitments.unit_of_work import UnitOfWork


@dataclass(frozen=True)
class ReminderCounts:
    """The ledger in numbers. ``late`` and ``sent_today`` count rows delivered since local midnight."""

    planned: int
    due: int
    waiting_for_retry: int
    sent_today: int
    late_today: int
    failed: int
    last_delivery: datetime | None


@dataclass(frozen=True)
class ImportRun:
    """Where one team's import of one ministry stands."""

    team: int | None
    ministry: str
    last_success_at: datetime | None
    last_summary: str | None
    last_attempt_at: datetime | None
    last_error: str | None


@dataclass(frozen=True)
class BotStatus:
    checked_at: datetime
    database: bool
    problem: str | None = None
    reminders: ReminderCounts | None = None
    imports: list[ImportRun] = field(default_factory=list)

    @property
    def healthy(self) -> bool:
        return self.database and self.problem is None

    def as_json(self) -> dict[str, Any]:
        """The stable JSON of ``toezegbot status --json`` and the health endpoint (timestamps in ISO 8601)."""

        def plain(value: Any) -> Any:
            if isinstance(value, datetime):
                return value.isoformat()
            if isinstance(value, dict):
                return {key: plain(item) for key, item in value.items()}
            if isinstance(value, list):
                return [plain(item) for item in value]
            return value

        data = plain(asdict(self))
        data["healthy"] = self.healthy
        return data  # type: ignore[no-any-return]


def _count(*conditions: ColumnElement[bool]) -> Any:
    return func.count().filter(and_(*conditions))


def reminder_counts(session: Session, now: datetime, midnight: datetime, team: int | None) -> ReminderCounts:
    """One aggregate over the ledger (of one team's chat id, or all)."""
    ready = or_(Reminder.retry_at.is_(None), Reminder.retry_at <= now)
    statement = select(
        _count(Reminder.status == ReminderStatus.PLANNED, Reminder.due_at > now),
        _count(
            Reminder.status.in_((ReminderStatus.PLANNED, ReminderStatus.CLAIMED)),
            Reminder.due_at <= now,
            ready,
        ),
        _count(Reminder.status == ReminderStatus.PLANNED, Reminder.retry_at > now),
        _count(Reminder.status == ReminderStatus.SENT, Reminder.sent_at >= midnight),
        _count(Reminder.status == ReminderStatus.LATE, Reminder.sent_at >= midnight),
        _count(Reminder.status == ReminderStatus.FAILED),
        func.max(Reminder.sent_at),  # a re-planned row keeps the moment it last went out
    )
    if team is not None:
        statement = statement.join(Team, Team.id == Reminder.team_id).where(Team.chat_id == team)
    planned, due, waiting, sent, late, failed, last = session.execute(statement).one()
    if isinstance(last, datetime) and last.tzinfo is None:  # SQLite gives aggregates back naive (UTC)
        last = last.replace(tzinfo=now.tzinfo)
    return ReminderCounts(planned, due, waiting, sent, late, failed, last)


def import_runs(session: Session, team: int | None) -> list[ImportRun]:
    statement = (
        select(RegisterImportState, Team.chat_id)
        .outerjoin(Team, Team.id == RegisterImportState.team_id)
        .order_by(Team.chat_id, RegisterImportState.ministry)
    )
    if team is not None:
        statement = statement.where(Team.chat_id == team)
    return [
        ImportRun(
            chat, row.ministry, row.last_success_at, row.last_summary, row.last_attempt_at, row.last_error
        )
        for row, chat in session.execute(statement)
    ]


def first_line(error: BaseException) -> str:
    """What went wrong in one line: the driver's own error under a database error, else the error's text,
    else its type."""
    cause = getattr(error, "orig", None) or error
    return next((line.strip() for line in str(cause).splitlines() if line.strip()), type(error).__name__)


def collect(uow: UnitOfWork, tz: ZoneInfo, team: int | None = None) -> BotStatus:
    """The status now; a database that cannot be reached or read is reported, never raised."""
    now = uow.now()
    midnight = datetime.combine(local_day(now, tz), time(0), tzinfo=tz)
    session = uow.session
    try:
        session.execute(text("SELECT 1"))
    except DBAPIError as exc:
        session.rollback()
        return BotStatus(now, database=False, problem=f"database niet bereikbaar: {first_line(exc)}")
    try:
        counts = reminder_counts(session, now, midnight, team)
        runs = import_runs(session, team)
    except DBAPIError as exc:
        session.rollback()
        return BotStatus(now, database=True, problem=f"database niet leesbaar: {first_line(exc)}")
    return BotStatus(now, database=True, reminders=counts, imports=runs)


def _moment(value: datetime | None, tz: ZoneInfo) -> str:
    if value is None:
        return "nog nooit"
    local = value.astimezone(tz)
    return f"{dutch_date(local.date())} {local:%H:%M}"


def describe(status: BotStatus, tz: ZoneInfo) -> list[str]:
    """The status as Dutch lines of plain text (escape them before putting them in HTML)."""
    lines = [f"Database: {'bereikbaar' if status.database else 'NIET bereikbaar'}"]
    if status.problem:
        lines.append(f"Probleem: {status.problem}")
    counts = status.reminders
    if counts is not None:
        lines.append(
            f"Herinneringen: {counts.planned} gepland, {counts.due} nu aan de beurt, "
            f"{counts.waiting_for_retry} wachten op een nieuwe poging, "
            f"{counts.sent_today} vandaag verstuurd, {counts.late_today} vandaag te laat verstuurd, "
            f"{counts.failed} mislukt"
        )
        lines.append(f"Laatste verzending: {_moment(counts.last_delivery, tz)}")
    if status.database and status.problem is None and not status.imports:
        lines.append("Import Tweede Kamer: nog niet gedraaid")
    for run in status.imports:
        team = f"team {run.team}" if run.team is not None else "zonder team"
        line = (
            f"Import Tweede Kamer ({run.ministry}, {team}): laatst gelukt {_moment(run.last_success_at, tz)}"
        )
        if run.last_summary and run.last_success_at:
            line += f" ({run.last_summary})"
        if run.last_error:
            line += f"; laatste poging {_moment(run.last_attempt_at, tz)} mislukt: {run.last_error}"
        lines.append(line)
    return lines
