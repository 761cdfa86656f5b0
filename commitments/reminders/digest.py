"""The weekly digest of a team: what is overdue, what falls due within two weeks, what closed last week."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from commitments.dutch import dutch_date
from commitments.model import ACTIVE_STATUSES, Commitment, EventType, HistoryEvent, MotieStatus
from commitments.reminders.messages import MESSAGE_LIMIT, bullet_list, list_title, mention
from commitments.reminders.policy import ReminderPolicy

LOOK_AHEAD = timedelta(days=14)
LOOK_BACK = timedelta(days=7)
SECTION_BUDGET = (MESSAGE_LIMIT - 300) // 3


def _line(item: Commitment) -> str:
    deadline = dutch_date(item.deadline) if item.deadline else "geen termijn"
    return f"#{item.id} {list_title(item.title)} ({deadline}) {mention(item.owner)}"


def _active(team_id: int) -> tuple[ColumnElement[bool], ...]:
    return (
        Commitment.team_id == team_id,
        Commitment.status.in_(ACTIVE_STATUSES),
        or_(Commitment.motie_status.is_(None), Commitment.motie_status == MotieStatus.OPEN),
    )


def digest_text(session: Session, team_id: int, policy: ReminderPolicy, now: datetime) -> str | None:
    """The digest's HTML, or None when there is nothing to report."""
    today = policy.local(now).date()
    by_deadline = (Commitment.deadline, Commitment.id)
    overdue = session.scalars(
        select(Commitment).where(*_active(team_id), Commitment.deadline < today).order_by(*by_deadline)
    ).all()
    soon = session.scalars(
        select(Commitment)
        .where(*_active(team_id), Commitment.deadline.between(today, today + LOOK_AHEAD))
        .order_by(*by_deadline)
    ).all()
    undated = session.scalars(
        select(Commitment).where(*_active(team_id), Commitment.deadline.is_(None)).order_by(Commitment.id)
    ).all()
    closed = session.scalars(
        select(Commitment)
        .where(
            Commitment.team_id == team_id,
            Commitment.status.not_in(ACTIVE_STATUSES),
            Commitment.id.in_(
                select(HistoryEvent.commitment_id).where(
                    HistoryEvent.event == EventType.STATUS_CHANGED, HistoryEvent.at >= now - LOOK_BACK
                )
            ),
        )
        .order_by(Commitment.id)
    ).all()
    if not (overdue or soon or undated or closed):
        return None
    sections = [
        (f"Termijn verstreken ({len(overdue)})", [_line(c) for c in overdue]),
        (f"Binnen twee weken ({len(soon)})", [_line(c) for c in soon]),
        (
            f"Zonder termijn ({len(undated)}): stel er een in met /wijzig ID termijn …",
            [f"#{c.id} {list_title(c.title)} {mention(c.owner)}" for c in undated],
        ),
        (
            f"Afgesloten afgelopen week ({len(closed)})",
            [f"#{c.id} {list_title(c.title)} ({c.status_label})" for c in closed],
        ),
    ]
    shown = [f"<b>{title}</b>\n{bullet_list(lines, SECTION_BUDGET)}" for title, lines in sections if lines]
    return "\n\n".join([f"📋 <b>Weekoverzicht {dutch_date(today)}</b>", *shown])
