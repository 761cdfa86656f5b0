"""Use cases of the reminder ledger: plan, re-plan, list, change a team's policy.

:func:`replan` is the hook the commitment services call, inside the use case's transaction, whenever a
deadline or status changes (the owner is read when a message is written); the rest are use cases that take
the unit of work.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from commitments.chat_kind import this_list
from commitments.errors import NotFound
from commitments.model import ACTIVE_STATUSES, Commitment, Team
from commitments.reminders.ledger import (
    DELIVERED,
    PENDING,
    Reminder,
    ReminderStatus,
    next_planned,
    sync_slots,
)
from commitments.reminders.planner import Slot, future_slots, next_digest, slot_moment
from commitments.reminders.policy import (
    ReminderPolicy,
    default_policy,
    parse_policy_change,
    policy_for,
    store_policy,
)
from commitments.reminders.sql import insert_if_absent
from commitments.unit_of_work import UnitOfWork


def replan(session: Session, item: Commitment, now: datetime, policy: ReminderPolicy | None = None) -> None:
    """Bring the commitment's reminder rows in line with its deadline, status and the team's policy at
    ``now`` (the use case's clock)."""
    if item.team_id is None:
        return
    team_id = item.team_id
    policy = policy or policy_for(session, team_id)
    existing = session.scalars(select(Reminder).where(Reminder.commitment_id == item.id)).all()
    deadline = None if item.is_closed else item.deadline
    delivered_on = {row.slot: policy.local(row.due_at).date() for row in existing if row.status in DELIVERED}

    def delivered(slot: Slot) -> bool:
        """This reminder went out on that day already: a new time of day must not send it twice."""
        return delivered_on.get(slot.name) == policy.local(slot.due_at).date()

    wanted = future_slots(deadline, policy, now, delivered) if deadline else []

    def still_due(row: Reminder) -> bool:
        return deadline is not None and slot_moment(row.slot, deadline, policy) == row.due_at

    for slot in sync_slots(existing, wanted, still_due, now):
        session.add(Reminder(commitment_id=item.id, team_id=team_id, slot=slot.name, due_at=slot.due_at))


def _plan_digest(
    session: Session, team_id: int, policy: ReminderPolicy, pending: Sequence[Reminder], now: datetime
) -> None:
    """Every replica plans digests at start and at night: the first to insert a slot wins, the others
    find it there (insert-if-absent, no error). A slot given up before (the digest moment moved away and
    back) is planned again, not left blocking its own insert."""
    wanted = next_digest(policy, now)
    if all(row.slot != wanted.name for row in pending):
        pending = [*pending, *_given_up(session, team_id, wanted.name)]
    missing = sync_slots(pending, [wanted], lambda row: True, now)
    session.flush()
    insert_if_absent(
        session,
        Reminder,
        [{"team_id": team_id, "slot": slot.name, "due_at": slot.due_at} for slot in missing],
        ["team_id", "slot"],
        index_where=Reminder.commitment_id.is_(None),
    )


def _given_up(session: Session, team_id: int, slot: str) -> Sequence[Reminder]:
    """The team's cancelled digest of ``slot``, if any."""
    return session.scalars(
        select(Reminder).where(
            Reminder.team_id == team_id,
            Reminder.commitment_id.is_(None),
            Reminder.slot == slot,
            Reminder.status == ReminderStatus.CANCELLED,
        )
    ).all()


def plan_digests(uow: UnitOfWork) -> None:
    """Make sure every team with open commitments has its next weekly digest in the ledger."""
    now, session = uow.now(), uow.session
    teams = session.scalars(
        select(Team.id).where(
            Team.id.in_(select(Commitment.team_id).where(Commitment.status.in_(ACTIVE_STATUSES)))
        )
    ).all()
    pending: dict[int, list[Reminder]] = defaultdict(list)
    rows = session.scalars(
        select(Reminder).where(Reminder.commitment_id.is_(None), Reminder.status.in_(PENDING))
    )
    for row in rows:
        pending[row.team_id].append(row)
    for team_id in teams:
        _plan_digest(session, team_id, policy_for(session, team_id), pending[team_id], now)


def next_due(uow: UnitOfWork, until: datetime) -> datetime | None:
    """The first moment after now and at the latest ``until`` at which a reminder or digest falls due."""
    return next_planned(uow.session, uow.now(), until)


def plan_next_digest(session: Session, team_id: int, now: datetime) -> None:
    """After a digest went out (or was skipped): plan the team's next one."""
    pending = session.scalars(
        select(Reminder).where(
            Reminder.team_id == team_id, Reminder.commitment_id.is_(None), Reminder.status.in_(PENDING)
        )
    ).all()
    _plan_digest(session, team_id, policy_for(session, team_id), pending, now)


def plan_first_digest(session: Session, team_id: int, now: datetime) -> None:
    """A new item: the team's weekly digest is planned now when none is, so a team that got its first item
    after the night's planning (:func:`plan_digests`) has one too, and ``/herinneringen`` names it."""
    planned = session.scalar(
        select(Reminder.id)
        .where(Reminder.team_id == team_id, Reminder.commitment_id.is_(None), Reminder.status.in_(PENDING))
        .limit(1)
    )
    if planned is None:
        plan_next_digest(session, team_id, now)


def _team(session: Session, chat_id: int) -> Team:
    team = Team.of_chat(session, chat_id)
    if team is None:
        raise NotFound(f"{this_list(chat_id).capitalize()} heeft nog geen toezeggingen.")
    return team


def replan_team(session: Session, team_id: int, now: datetime) -> None:
    """Re-plan every open commitment of a team and its digest, e.g. after a policy change."""
    policy = policy_for(session, team_id)
    items = session.scalars(
        select(Commitment).where(Commitment.team_id == team_id, Commitment.status.in_(ACTIVE_STATUSES))
    )
    for item in items:
        replan(session, item, now, policy)
    plan_next_digest(session, team_id, now)


def get_policy(uow: UnitOfWork, chat_id: int) -> ReminderPolicy:
    session = uow.session
    team = Team.of_chat(session, chat_id)
    return policy_for(session, team.id) if team else default_policy()


def set_policy(uow: UnitOfWork, chat_id: int, words: list[str]) -> ReminderPolicy:
    """Change a team's policy from ``/herinneringen 10,5,1 09:00`` and re-plan its reminders."""
    session = uow.session
    team = _team(session, chat_id)
    policy = parse_policy_change(words, policy_for(session, team.id))
    store_policy(session, team.id, policy)
    session.flush()
    replan_team(session, team.id, uow.now())
    return policy


def resume_team(uow: UnitOfWork, chat_id: int) -> bool:
    """Deliver to a paused team again (the bot was added back); returns whether it was paused."""
    session = uow.session
    team = Team.of_chat(session, chat_id)
    if team is None or not team.paused:
        return False
    team.paused = False
    return True


def team_paused(uow: UnitOfWork, chat_id: int) -> bool:
    """Whether delivery to this team stopped because the bot was removed from its chat."""
    session = uow.session
    team = Team.of_chat(session, chat_id)
    return team is not None and team.paused


@dataclass(frozen=True)
class PlannedReminder:
    """A pending reminder as ``/herinneringen`` and ``toezegbot reminders --json`` show it."""

    commitment_id: int
    kind: str
    due_at: datetime
    status: str

    def to_json(self) -> dict[str, Any]:
        return {
            "commitment_id": self.commitment_id,
            "kind": self.kind,
            "due_at": self.due_at.isoformat(),
            "status": self.status,
        }


def planned_reminders(uow: UnitOfWork, team: int | None = None) -> list[PlannedReminder]:
    """Pending reminders of commitments, earliest first, in the deployment's local time."""
    session = uow.session
    statement = (
        select(Reminder)
        .where(Reminder.commitment_id.is_not(None), Reminder.status.in_(PENDING))
        .order_by(Reminder.due_at, Reminder.commitment_id)
    )
    if team is not None:
        statement = statement.where(Reminder.team_id == _team(session, team).id)
    tz = default_policy().tz
    return [
        PlannedReminder(row.commitment_id, row.slot, row.due_at.astimezone(tz), row.status.value)
        for row in session.scalars(statement)
        if row.commitment_id is not None
    ]


def next_digest_moment(uow: UnitOfWork, chat_id: int) -> datetime | None:
    """When the team's next digest is planned, if any."""
    session = uow.session
    team = Team.of_chat(session, chat_id)
    if team is None:
        return None
    return session.scalar(
        select(Reminder.due_at)
        .where(
            Reminder.team_id == team.id,
            Reminder.commitment_id.is_(None),
            Reminder.status == ReminderStatus.PLANNED,
        )
        .order_by(Reminder.due_at)
        .limit(1)
    )


@dataclass(frozen=True)
class ReminderOverview:
    """What ``/herinneringen`` shows of a team: its policy, its planned reminders and next digest, and
    whether delivery is paused (the bot was removed from the chat)."""

    policy: ReminderPolicy
    planned: list[PlannedReminder]
    digest_at: datetime | None
    paused: bool


def reminder_overview(uow: UnitOfWork, chat_id: int) -> ReminderOverview:
    """The team's reminders as ``/herinneringen`` shows them, read in one unit of work."""
    return ReminderOverview(
        get_policy(uow, chat_id),
        planned_reminders(uow, chat_id),
        next_digest_moment(uow, chat_id),
        team_paused(uow, chat_id),
    )
