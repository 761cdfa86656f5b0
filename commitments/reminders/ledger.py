"""The reminder ledger: one row per reminder slot, the single source of truth for what is sent and when.

Rows are derived from commitments (and, for digests, from teams) by :mod:`commitments.reminders.services`;
the scheduler only wakes the delivery up. A row moves ``planned -> claimed -> sent | late``, or to
``cancelled`` (its reason went away) or ``failed`` (Telegram refused it for good). A claim is a lease that
its worker renews (:func:`renew`, ``claimed_at`` is the last renewal): a row not renewed for longer than the
lease is claimable again, which is how a crash mid-send is recovered.
"""

from __future__ import annotations

import enum
from collections.abc import Callable, Iterable, Sequence
from datetime import datetime, timedelta
from typing import TYPE_CHECKING, Any

from sqlalchemy import (
    BigInteger,
    ColumnElement,
    ForeignKey,
    Index,
    Integer,
    String,
    Text,
    UniqueConstraint,
    case,
    func,
    or_,
    select,
    text,
    update,
)
from sqlalchemy.orm import Mapped, Session, mapped_column

from commitments.model import Base, Team, UTCDateTime, _enum

if TYPE_CHECKING:
    from commitments.reminders.planner import Slot


class ReminderStatus(enum.StrEnum):
    PLANNED = "planned"
    CLAIMED = "claimed"
    SENT = "sent"
    LATE = "late"
    CANCELLED = "cancelled"
    FAILED = "failed"


PENDING = (ReminderStatus.PLANNED, ReminderStatus.CLAIMED)
DELIVERED = (ReminderStatus.SENT, ReminderStatus.LATE)


class Reminder(Base):
    """One reminder slot of a commitment, or a team's digest (``commitment_id`` is then empty)."""

    __tablename__ = "reminders"
    __table_args__ = (
        UniqueConstraint("commitment_id", "slot"),
        Index("ix_reminders_status_due_at", "status", "due_at"),
        Index("ix_reminders_team_status_due_at", "team_id", "status", "due_at"),
        Index(
            "ix_reminders_team_digest",
            "team_id",
            "slot",
            unique=True,
            sqlite_where=text("commitment_id IS NULL"),
            postgresql_where=text("commitment_id IS NULL"),
        ),
    )

    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    commitment_id: Mapped[int | None] = mapped_column(ForeignKey("commitments.id", ondelete="CASCADE"))
    team_id: Mapped[int] = mapped_column(ForeignKey("teams.id", ondelete="CASCADE"))
    slot: Mapped[str] = mapped_column(String(32))
    due_at: Mapped[datetime] = mapped_column(UTCDateTime)
    status: Mapped[ReminderStatus] = mapped_column(
        _enum(ReminderStatus, "reminder_status"), default=ReminderStatus.PLANNED
    )
    attempts: Mapped[int] = mapped_column(Integer, default=0)
    retry_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    claimed_by: Mapped[str | None] = mapped_column(String(64))
    sent_at: Mapped[datetime | None] = mapped_column(UTCDateTime)
    message_id: Mapped[int | None] = mapped_column(BigInteger)
    last_error: Mapped[str | None] = mapped_column(Text)


def _rearm(row: Reminder, due_at: datetime) -> None:
    """Plan the row again; ``sent_at`` stays, so ``/status`` still knows when the last reminder went out."""
    row.due_at = due_at
    row.status = ReminderStatus.PLANNED
    row.attempts = 0
    row.retry_at = row.claimed_at = row.claimed_by = row.message_id = row.last_error = None


def sync_slots(
    existing: Iterable[Reminder],
    wanted: Sequence[Slot],
    still_due: Callable[[Reminder], bool],
    now: datetime,
) -> list[Slot]:
    """Make the existing rows match the ``wanted`` future slots; returns the slots that need a new row.

    A planned row that is due but not sent yet (missed during downtime) is kept while ``still_due`` says its
    reason stands. A delivered row is planned again only when its slot moved (a postponement; the caller
    leaves out of ``wanted`` what went out on the same day already); a claimed row is left to its sender.
    """
    wanted_by_name = {slot.name: slot for slot in wanted}
    for row in existing:
        if row.status == ReminderStatus.CLAIMED:
            wanted_by_name.pop(row.slot, None)
            continue
        slot = wanted_by_name.pop(row.slot, None)
        if slot is None:
            if row.status == ReminderStatus.PLANNED and not (row.due_at <= now and still_due(row)):
                row.status = ReminderStatus.CANCELLED
        elif row.status == ReminderStatus.PLANNED:
            row.due_at = slot.due_at
        elif row.status == ReminderStatus.CANCELLED or row.due_at != slot.due_at:
            _rearm(row, slot.due_at)
    return list(wanted_by_name.values())


def _take(
    session: Session, worker: str, now: datetime, limit: int | None, *where: ColumnElement[bool]
) -> list[int]:
    """Claim the rows matching ``where``, earliest first, in one statement.

    On PostgreSQL the candidates are locked with ``FOR UPDATE SKIP LOCKED``, so concurrent workers take
    disjoint rows; SQLite serialises writers, so the same statement is atomic there too.
    """
    paused = select(Team.id).where(Team.paused.is_(True))
    candidates = (
        select(Reminder.id)
        .where(*where, Reminder.team_id.not_in(paused))
        .order_by(Reminder.due_at)
        .limit(limit)
        .with_for_update(skip_locked=True, of=Reminder)
    )
    statement = (
        update(Reminder)
        .where(Reminder.id.in_(candidates))
        .values(
            status=ReminderStatus.CLAIMED,
            claimed_by=worker,
            claimed_at=now,
            attempts=Reminder.attempts + 1,
        )
        .returning(Reminder.id)
        .execution_options(synchronize_session=False)
    )
    return sorted(session.scalars(statement))


def _ready(now: datetime) -> tuple[ColumnElement[bool], ...]:
    return (
        Reminder.status == ReminderStatus.PLANNED,
        or_(Reminder.retry_at.is_(None), Reminder.retry_at <= now),
    )


def next_planned(session: Session, after: datetime, until: datetime) -> datetime | None:
    """The first moment after ``after`` (or ``after`` itself) and at the latest ``until`` at which a planned
    row may go out: when it falls due, or, for a row given back to wait (its chat's turn to send lay a few
    seconds ahead, a retry after a failure), when it may be tried again, though it fell due before ``after``.
    A clock moved forward stops there, so that what waited for its turn goes out then, on time, instead of
    at the end of the jump as if the bot had been down. Rows of a paused team wait for no moment."""
    ready = case((Reminder.retry_at > Reminder.due_at, Reminder.retry_at), else_=Reminder.due_at)
    first = session.scalar(
        select(func.min(ready)).where(
            Reminder.status == ReminderStatus.PLANNED,
            or_(Reminder.due_at > after, Reminder.retry_at.is_not(None)),
            ready <= until,
            Reminder.team_id.not_in(select(Team.id).where(Team.paused.is_(True))),
        )
    )
    return None if first is None else max(first, after)


def claim(session: Session, worker: str, now: datetime, lease: timedelta, limit: int) -> list[int]:
    """Atomically take up to ``limit`` due rows for ``worker``: abandoned claims first, then planned rows.

    Each query is a range on the ``(status, due_at)`` index in its own order, so its cost follows the
    number of due rows, not the size of the ledger.
    """
    abandoned = (
        Reminder.status == ReminderStatus.CLAIMED,
        Reminder.due_at <= now,
        Reminder.claimed_at < now - lease,
    )
    ids = _take(session, worker, now, limit, *abandoned)
    if len(ids) < limit:
        ids += _take(session, worker, now, limit - len(ids), Reminder.due_at <= now, *_ready(now))
    return ids


def claim_backlog(session: Session, worker: str, now: datetime, teams: Sequence[int]) -> list[int]:
    """Take every other due row of ``teams`` too: after downtime a team's misses, spread over many
    batches, are then sent together (old ones folded into one message)."""
    if not teams:
        return []
    return _take(
        session, worker, now, None, Reminder.team_id.in_(teams), Reminder.due_at <= now, *_ready(now)
    )


def renew(session: Session, worker: str, now: datetime) -> int:
    """The heartbeat: ``worker`` is alive, so its claims hold for another lease; returns how many."""
    statement = (
        update(Reminder)
        .where(Reminder.status == ReminderStatus.CLAIMED, Reminder.claimed_by == worker)
        .values(claimed_at=now)
        .execution_options(synchronize_session=False)
    )
    return session.execute(statement).rowcount  # type: ignore[attr-defined, no-any-return]


def finish(session: Session, ids: Sequence[int], worker: str, **values: Any) -> int:
    """Update rows still claimed by ``worker`` (a lost lease makes this a no-op); returns how many."""
    if not ids:
        return 0
    statement = (
        update(Reminder)
        .where(
            Reminder.id.in_(ids),
            Reminder.status == ReminderStatus.CLAIMED,
            Reminder.claimed_by == worker,
        )
        .values(**values)
        .execution_options(synchronize_session=False)
    )
    return session.execute(statement).rowcount  # type: ignore[attr-defined, no-any-return]
