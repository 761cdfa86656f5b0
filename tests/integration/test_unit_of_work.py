"""The unit of work: one transaction per use case, committed once by whoever runs it, and the clock."""

from __future__ import annotations

from datetime import UTC, date, datetime
from zoneinfo import ZoneInfo

import pytest

from commitments import drafts, services
from commitments.clock import Clock
from commitments.db import Database
from commitments.errors import InvalidInput
from commitments.model import DraftKind
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
    assert use_case(db, services.count_commitments, CommitmentQuery(team=TEAM)) == 2


def test_a_use_case_that_fails_after_writing_stores_nothing(db: Database) -> None:
    with pytest.raises(InvalidInput):
        use_case(db, _two_items_then, InvalidInput("halverwege mis"))
    assert use_case(db, services.count_commitments, CommitmentQuery(team=TEAM)) == 0


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
