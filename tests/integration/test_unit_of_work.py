"""The unit of work: one transaction per use case, committed once by whoever runs it, and the clock."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest
from sqlalchemy import bindparam, func, insert, select
from sqlalchemy.exc import IntegrityError

from commitments import drafts, services
from commitments.clock import Clock
from commitments.db import Database
from commitments.errors import InvalidInput
from commitments.model import DraftKind, Team
from commitments.services import CommitmentQuery, NewCommitment
from commitments.unit_of_work import Transactions, UnitOfWork
from tests.use_case import at, use_case

TEAM = -1001


def _two_items_then(uow: UnitOfWork, error: Exception | None) -> None:
    services.add_commitment(uow, NewCommitment(title="Eerste", team=TEAM), "test")
    services.add_commitment(uow, NewCommitment(title="Tweede", team=TEAM), "test")
    if error is not None:
        raise error


def test_services_in_one_unit_of_work_are_stored_together(db: Database) -> None:
    use_case(db, _two_items_then, None)
    assert len(use_case(db, services.list_commitments, CommitmentQuery(team=TEAM))) == 2


def test_a_use_case_that_fails_after_writing_stores_nothing(db: Database) -> None:
    with pytest.raises(InvalidInput):
        use_case(db, _two_items_then, InvalidInput("halverwege mis"))
    assert len(use_case(db, services.list_commitments, CommitmentQuery(team=TEAM))) == 0


def test_the_clock_gives_the_teams_day() -> None:
    late = datetime(2026, 12, 31, 23, 30, tzinfo=UTC)
    assert Clock(ZoneInfo("Europe/Amsterdam"), lambda: late).today() == date(2027, 1, 1)
    assert Clock(source=lambda: late).today() == date(2026, 12, 31)


def test_a_use_case_asks_its_unit_of_work_what_time_it_is(db: Database) -> None:
    moment = datetime(2026, 3, 2, 9, tzinfo=UTC)
    listing = {"type": "list", "command": "open", "arg": ""}
    draft = Transactions(db, Clock(source=lambda: moment)).run(
        drafts.save_draft, TEAM, 1, DraftKind.LIST, listing
    )
    assert (draft.created_at, draft.expires_at) == (moment, moment + drafts.LIFETIME)


def test_rows_carry_the_time_of_the_unit_of_work_that_wrote_them(db: Database) -> None:
    """A fixed clock far from the real time shows that no row takes the system's time instead."""
    written, changed = datetime(2031, 5, 4, 10, tzinfo=UTC), datetime(2031, 5, 6, 15, tzinfo=UTC)
    item = at(db, written).run(services.add_commitment, NewCommitment(title="Brief", team=TEAM), "test")
    closed = at(db, changed).run(services.drop, item.id, "test", "niet meer nodig", team=TEAM)
    assert (closed.created_at, closed.updated_at) == (written, changed)
    assert [event.at for event in closed.history] == [written, changed]


_TEAM_ROW = insert(Team).values(
    chat_id=bindparam("chat"), title="Plain", approved=True, created_at=datetime(2026, 3, 2, tzinfo=UTC)
)
_TEAMS = select(func.count()).select_from(Team)


def _plain_then_session(uow: UnitOfWork, error: Exception | None) -> int:
    """A plain write first (the unit of work's own connection), then the session, which must see it."""
    uow.core(_TEAM_ROW, {"chat": -2001})
    uow.session.add(Team(chat_id=-2002, title="Object", approved=True))
    uow.session.flush()
    seen = uow.session.scalar(_TEAMS) or 0
    if error is not None:
        raise error
    return seen


def _session_then_plain(uow: UnitOfWork) -> int:
    uow.session.add(Team(chat_id=-2003, title="Object", approved=True))
    uow.session.flush()
    uow.core(_TEAM_ROW, {"chat": -2004})
    return uow.core(_TEAMS).scalar_one()


def _plain_only(uow: UnitOfWork, error: Exception | None) -> None:
    uow.core(_TEAM_ROW, {"chat": -2005})
    if error is not None:
        raise error


def _teams(db: Database) -> int:
    return use_case(db, lambda uow: uow.core(_TEAMS).scalar_one())


def test_plain_rows_and_objects_share_one_transaction_in_either_order(db: Database) -> None:
    assert use_case(db, _plain_then_session, None) == 2
    assert use_case(db, _session_then_plain) == 4
    assert _teams(db) == 4


def test_a_failing_use_case_undoes_plain_rows_and_objects_alike(db: Database) -> None:
    with pytest.raises(InvalidInput):
        use_case(db, _plain_then_session, InvalidInput("mis"))
    with pytest.raises(InvalidInput):
        use_case(db, _plain_only, InvalidInput("mis"))
    assert _teams(db) == 0
    use_case(db, _plain_only, None)
    assert _teams(db) == 1


def _conflict_then_retry(uow: UnitOfWork) -> int:
    """A plain write, then an object that breaks a unique constraint: the rollback undoes both, and the unit
    of work goes on in a new transaction."""
    uow.core(_TEAM_ROW, {"chat": -2006})
    uow.session.add(Team(chat_id=-2006, title="Twin", approved=True))
    with pytest.raises(IntegrityError):
        uow.flush()
    uow.rollback()
    uow.core(_TEAM_ROW, {"chat": -2007})
    return uow.core(_TEAMS).scalar_one()


def test_a_rollback_within_the_unit_of_work_undoes_what_came_before_it(db: Database) -> None:
    assert use_case(db, _conflict_then_retry) == 1
    assert _teams(db) == 1
