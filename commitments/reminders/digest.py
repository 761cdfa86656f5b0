"""The weekly digest of a team: what is overdue, what falls due within two weeks, what closed last week."""

from __future__ import annotations

from datetime import datetime, timedelta

from sqlalchemy import ColumnElement, or_, select
from sqlalchemy.orm import Session

from commitments.model import ACTIVE_STATUSES, Commitment, EventType, HistoryEvent, MotieStatus
from commitments.reminders.notices import Digest, DigestItem, DigestSection, Section
from commitments.reminders.policy import ReminderPolicy

LOOK_AHEAD = timedelta(days=14)
LOOK_BACK = timedelta(days=7)


def _item(item: Commitment) -> DigestItem:
    return DigestItem(item.id, item.title, item.owner, item.deadline, item.status_label, item.estimate)


def _active(team_id: int) -> tuple[ColumnElement[bool], ...]:
    return (
        Commitment.team_id == team_id,
        Commitment.status.in_(ACTIVE_STATUSES),
        or_(Commitment.motie_status.is_(None), Commitment.motie_status == MotieStatus.OPEN),
    )


def weekly_digest(session: Session, team_id: int, policy: ReminderPolicy, now: datetime) -> Digest | None:
    """The team's digest, or None when there is nothing to report."""
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
    sections = (
        DigestSection(section, tuple(_item(item) for item in items))
        for section, items in (
            (Section.OVERDUE, overdue),
            (Section.SOON, soon),
            (Section.UNDATED, undated),
            (Section.CLOSED, closed),
        )
        if items
    )
    digest = Digest(today, tuple(sections))
    return digest if digest.sections else None
