"""The reminder ledger on SQLite and PostgreSQL: regeneration, uniqueness, claims, leases, concurrency."""

from __future__ import annotations

import contextlib
import json
import logging
import threading
from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import time_machine
from click.testing import CliRunner
from sqlalchemy import delete, event, select
from sqlalchemy.exc import IntegrityError

from commitments import services, status
from commitments.cli import main as toezegbot
from commitments.db import Database
from commitments.model import Team
from commitments.reminders import ledger
from commitments.reminders import services as reminders
from commitments.reminders.ledger import Reminder, ReminderStatus, claim, finish
from tests.use_case import at, transaction, use_case

AMS = ZoneInfo("Europe/Amsterdam")
TEAM = -100
NOW = datetime(2026, 11, 23, 12, 0, tzinfo=AMS)  # Monday
LEASE = timedelta(minutes=10)


@pytest.fixture
def clock() -> Iterator[time_machine.Traveller]:
    with time_machine.travel(NOW, tick=False) as traveller:
        yield traveller


def add(db: Database, deadline: date, team: int = TEAM, owner: str = "jan") -> int:
    new = services.NewCommitment(title="Brief over <stikstof>", deadline=deadline, team=team, owner=owner)
    return use_case(db, services.add_commitment, new, by="test").id


def rows(db: Database, commitment_id: int) -> dict[str, tuple[datetime, ReminderStatus]]:
    with transaction(db) as session:
        found = session.scalars(select(Reminder).where(Reminder.commitment_id == commitment_id))
        return {row.slot: (row.due_at.astimezone(AMS), row.status) for row in found}


def at9(day: date) -> datetime:
    return datetime(day.year, day.month, day.day, 9, tzinfo=AMS)


def planned(db: Database, commitment_id: int) -> dict[str, datetime]:
    return {slot: due for slot, (due, status) in rows(db, commitment_id).items() if status == "planned"}


def test_a_new_commitment_gets_its_default_reminders(db: Database, clock: time_machine.Traveller) -> None:
    item = add(db, date(2026, 12, 11))
    assert planned(db, item) == {
        "before_10": at9(date(2026, 11, 27)),
        "before_5": at9(date(2026, 12, 4)),
        "before_1": at9(date(2026, 12, 10)),
        "on_day": at9(date(2026, 12, 11)),
        "overdue_1": at9(date(2026, 12, 18)),
    }


def test_past_slots_are_not_planned_for_a_new_commitment(db: Database, clock: time_machine.Traveller) -> None:
    item = add(db, date(2026, 11, 26))  # Thursday: before_10 and before_5 lie in the past
    assert set(planned(db, item)) == {"before_1", "on_day", "overdue_1"}


def test_postponing_moves_pending_reminders_and_rearms_sent_ones(
    db: Database, clock: time_machine.Traveller
) -> None:
    clock.move_to(at9(date(2026, 11, 16)))
    item = add(db, date(2026, 12, 4))
    clock.move_to(at9(date(2026, 11, 20)) + timedelta(minutes=1))  # before_10 is due
    with transaction(db) as session:
        ids = claim(session, "w", datetime.now(UTC), LEASE, 10)
        finish(session, ids, "w", status=ReminderStatus.SENT, message_id=1)
    assert rows(db, item)["before_10"][1] == "sent"

    new = services.NewDeadline(date(2027, 1, 15))
    use_case(db, services.postpone, item, "test", new, "ministerraad later", team=TEAM)  # on 20 November
    assert planned(db, item) == {
        "before_10": at9(date(2026, 12, 31)),  # 1 January is a holiday
        "before_5": at9(date(2027, 1, 8)),
        "before_1": at9(date(2027, 1, 14)),
        "on_day": at9(date(2027, 1, 15)),
        "overdue_1": at9(date(2027, 1, 22)),
    }


def test_a_new_reminder_time_never_resends_what_went_out_that_day(
    db: Database, clock: time_machine.Traveller
) -> None:
    clock.move_to(at9(date(2026, 11, 16)))
    upcoming = add(db, date(2026, 12, 4))  # before_10 on Friday 20 November
    overdue = add(db, date(2026, 11, 6))  # its second weekly overdue reminder on 20 November too
    use_case(db, reminders.set_policy, TEAM, ["10,5,1", "06:50"])
    clock.move_to(at9(date(2026, 11, 20)).replace(hour=6, minute=51))
    with transaction(db) as session:
        now = datetime.now(UTC)
        ids = claim(session, "w", now, LEASE, 10)
        finish(session, ids, "w", status=ReminderStatus.SENT, message_id=1, sent_at=now)

    use_case(db, reminders.set_policy, TEAM, ["10,5,1", "09:00"])  # later the same morning
    assert rows(db, upcoming)["before_10"][1] == "sent"
    assert "before_10" not in planned(db, upcoming)
    assert rows(db, overdue)["overdue_2"][1] == "sent"
    assert planned(db, overdue) == {"overdue_3": at9(date(2026, 11, 27))}  # the weekly chain goes on
    counts = use_case(db, status.collect, AMS).reminders
    assert counts is not None
    assert counts.sent_today == 2
    assert counts.last_delivery is not None


def test_closing_cancels_pending_reminders(db: Database, clock: time_machine.Traveller) -> None:
    done, dropped, partly = (add(db, date(2026, 12, 11)) for _ in range(3))
    use_case(db, services.fulfil, done, "test", team=TEAM)
    use_case(db, services.drop, dropped, "test", "niet meer nodig", team=TEAM)
    use_case(db, services.partly_fulfil, partly, "test", team=TEAM)
    assert planned(db, done) == planned(db, dropped) == {}
    assert {status for _, status in rows(db, done).values()} == {"cancelled"}
    assert len(planned(db, partly)) == 5  # deels voldaan is still open work


def test_reassigning_keeps_the_plan(db: Database, clock: time_machine.Traveller) -> None:
    item = add(db, date(2026, 12, 11))
    before = rows(db, item)
    use_case(db, services.reassign, item, "test", "@piet", team=TEAM)
    assert rows(db, item) == before  # the owner is read when the message is written


def test_a_missed_reminder_survives_a_replan_while_still_valid(
    db: Database, clock: time_machine.Traveller
) -> None:
    clock.move_to(at9(date(2026, 11, 16)))
    item = add(db, date(2026, 12, 4))
    clock.move_to(at9(date(2026, 11, 20)) + timedelta(hours=3))  # before_10 due, bot was down
    use_case(db, reminders.set_policy, TEAM, ["10,1"])
    assert set(planned(db, item)) == {"before_10", "before_1", "on_day", "overdue_1"}
    assert rows(db, item)["before_5"][1] == "cancelled"


def test_a_policy_change_replans_the_team(db: Database, clock: time_machine.Traveller) -> None:
    item = add(db, date(2026, 12, 11))
    other_team = add(db, date(2026, 12, 11), team=-200)
    policy = use_case(db, reminders.set_policy, TEAM, ["3", "14:00"])
    assert policy.days_before == (3,)
    assert planned(db, item) == {
        "before_3": at9(date(2026, 12, 8)).replace(hour=14),
        "on_day": at9(date(2026, 12, 11)).replace(hour=14),
        "overdue_1": at9(date(2026, 12, 18)).replace(hour=14),
    }
    assert len(planned(db, other_team)) == 5
    assert use_case(db, reminders.get_policy, TEAM).days_before == (3,)
    assert use_case(db, reminders.next_digest_moment, TEAM) == at9(date(2026, 11, 30))


def test_each_slot_exists_once(db: Database, clock: time_machine.Traveller) -> None:
    item = add(db, date(2026, 12, 11))
    due = datetime.now(UTC)
    with transaction(db) as session:
        team_id = session.scalars(select(Team.id)).one()
    duplicates = (
        [Reminder(commitment_id=item, team_id=team_id, slot="on_day", due_at=due)],
        [Reminder(team_id=team_id, slot="digest_2026-11-30", due_at=due) for _ in range(2)],
    )
    for duplicate in duplicates:
        with pytest.raises(IntegrityError):
            _insert(db, duplicate)


def _insert(db: Database, new_rows: list[Reminder]) -> None:
    with transaction(db) as session:
        session.add_all(new_rows)


def test_planned_reminders_for_cli_and_chat(db: Database, clock: time_machine.Traveller) -> None:
    item = add(db, date(2026, 12, 11))
    add(db, date(2026, 12, 11), team=-200)
    listed = use_case(db, reminders.planned_reminders, TEAM)
    assert [entry.to_json() for entry in listed][:2] == [
        {
            "commitment_id": item,
            "kind": "before_10",
            "due_at": "2026-11-27T09:00:00+01:00",
            "status": "planned",
        },
        {
            "commitment_id": item,
            "kind": "before_5",
            "due_at": "2026-12-04T09:00:00+01:00",
            "status": "planned",
        },
    ]
    assert len(listed) == 5
    assert len(use_case(db, reminders.planned_reminders)) == 10


def test_claims_take_due_rows_once_and_respect_the_lease(db: Database, clock: time_machine.Traveller) -> None:
    first, second = add(db, date(2026, 12, 11)), add(db, date(2026, 12, 18))
    now = at9(date(2026, 11, 27)).astimezone(UTC)  # first's before_10 is due; second's is not
    with transaction(db) as session:
        taken = claim(session, "a", now, LEASE, 10)
    assert len(taken) == 1
    assert rows(db, first)["before_10"][1] == "claimed"
    with transaction(db) as session:
        assert claim(session, "b", now + LEASE - timedelta(seconds=1), LEASE, 10) == []
        # worker a died: after the lease, b may take the row, and a late "sent" from a changes nothing
        assert claim(session, "b", now + LEASE + timedelta(seconds=1), LEASE, 10) == taken
        assert finish(session, taken, "a", status=ReminderStatus.SENT) == 0
        assert finish(session, taken, "b", status=ReminderStatus.SENT, message_id=7) == 1
    assert rows(db, second)["before_10"][1] == "planned"


def test_paused_teams_and_pending_retries_are_not_claimed(
    db: Database, clock: time_machine.Traveller
) -> None:
    add(db, date(2026, 12, 11))
    add(db, date(2026, 12, 11), team=-200)
    now = at9(date(2026, 11, 27)).astimezone(UTC)
    with transaction(db) as session:
        session.scalars(select(Team).where(Team.chat_id == -200)).one().paused = True
    with transaction(db) as session:
        taken = claim(session, "a", now, LEASE, 10)
        assert len(taken) == 1
        finish(session, taken, "a", status=ReminderStatus.PLANNED, retry_at=now + timedelta(minutes=1))
    with transaction(db) as session:
        assert claim(session, "a", now + timedelta(seconds=59), LEASE, 10) == []
        assert claim(session, "a", now + timedelta(minutes=1), LEASE, 10) == taken


def test_concurrent_claimers_never_share_a_row(db: Database, clock: time_machine.Traveller) -> None:
    with transaction(db) as session:
        team = Team(chat_id=TEAM)
        session.add(team)
        session.flush()
        due = datetime(2026, 11, 23, 8, tzinfo=UTC)
        session.add_all(Reminder(team_id=team.id, slot=f"digest_{n}", due_at=due) for n in range(600))
    now = datetime.now(UTC)
    taken: dict[str, list[int]] = {}
    start = threading.Barrier(6)

    def worker(name: str) -> None:
        start.wait()
        mine = taken.setdefault(name, [])
        while True:
            with transaction(db) as session:
                ids = claim(session, name, now, LEASE, 7)
            if not ids:
                return
            mine.extend(ids)

    threads = [threading.Thread(target=worker, args=(f"w{n}",)) for n in range(6)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    everything = [row for ids in taken.values() for row in ids]
    assert len(everything) == len(set(everything)) == 600
    if db.engine.dialect.name == "postgresql":
        assert sum(1 for ids in taken.values() if ids) > 1, "the workers should have shared the work"


def test_cli_lists_the_planned_moments_as_json(
    db: Database, database_url: str, clock: time_machine.Traveller
) -> None:
    item = add(db, date(2026, 12, 11))
    add(db, date(2026, 12, 18), team=-200)
    result = CliRunner().invoke(
        toezegbot, ["reminders", "--team", str(TEAM), "--json"], env={"TOEZEGBOT_DATABASE_URL": database_url}
    )
    assert result.exit_code == 0, result.output
    listed = json.loads(result.output)
    assert listed[0] == {
        "commitment_id": item,
        "kind": "before_10",
        "due_at": "2026-11-27T09:00:00+01:00",
        "status": "planned",
    }
    assert [entry["kind"] for entry in listed] == ["before_10", "before_5", "before_1", "on_day", "overdue_1"]
    everything = CliRunner().invoke(toezegbot, ["reminders"], env={"TOEZEGBOT_DATABASE_URL": database_url})
    assert everything.output.count("gepland") == 10  # the text is Dutch; the JSON keeps the slot keys
    assert "10 werkdagen vooraf" in everything.output
    assert "before_" not in everything.output


def test_two_replicas_planning_digests_at_once_log_no_error(
    db: Database, clock: time_machine.Traveller, caplog: pytest.LogCaptureFixture
) -> None:
    """Both replicas plan the weekly digests at start and at 00:05; the one that inserts second finds the
    rows there instead of failing on the unique index."""
    for team in range(1, 41):
        add(db, date(2026, 12, 11), team=-team)
    with transaction(db) as session:
        session.execute(delete(Reminder).where(Reminder.commitment_id.is_(None)))
    other = Database(db.engine.url.render_as_string(hide_password=False))  # the other replica's pool
    both_insert = threading.Barrier(2, timeout=2)

    def meet_at_insert(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        """Hold each replica at its INSERT until the other got there too: both read 'no digest yet'."""
        if statement.startswith("INSERT INTO reminders"):
            with contextlib.suppress(threading.BrokenBarrierError):
                both_insert.wait()

    errors: list[BaseException] = []

    def replica(database: Database) -> None:
        try:
            at(database, NOW.astimezone(UTC)).run(reminders.plan_digests)
        except BaseException as exc:
            errors.append(exc)

    for database in (db, other):
        event.listen(database.engine, "before_cursor_execute", meet_at_insert)
    try:
        threads = [threading.Thread(target=replica, args=(database,)) for database in (db, other)]
        for thread in threads:
            thread.start()
        for thread in threads:
            thread.join()
    finally:
        for database in (db, other):
            event.remove(database.engine, "before_cursor_execute", meet_at_insert)
        other.dispose()
    assert errors == []
    assert not [record for record in caplog.records if record.levelno >= logging.ERROR]
    with transaction(db) as session:
        digests = session.scalars(select(Reminder.team_id).where(Reminder.commitment_id.is_(None))).all()
    assert len(digests) == len(set(digests)) == 40


def test_a_team_s_first_item_plans_its_digest(db: Database, clock: time_machine.Traveller) -> None:
    """Without waiting for the night's planning: /herinneringen names the next digest from the start."""
    assert use_case(db, reminders.next_digest_moment, -300) is None
    add(db, date(2027, 2, 1), team=-300)
    add(db, date(2027, 3, 1), team=-300)
    assert use_case(db, reminders.next_digest_moment, -300) == at9(date(2026, 11, 30))
    with transaction(db) as session:
        digests = session.scalars(select(Reminder).where(Reminder.commitment_id.is_(None))).all()
    assert len(digests) == 1


def test_a_new_digest_moment_moves_the_digest_already_planned(
    db: Database, clock: time_machine.Traveller
) -> None:
    add(db, date(2027, 2, 1))
    assert use_case(db, reminders.next_digest_moment, TEAM) == at9(date(2026, 11, 30))
    for words, moment in (
        (["overzicht", "16:00"], at9(date(2026, 11, 23)).replace(hour=16)),  # later today: still this week
        (["overzicht", "vrijdag", "10:00"], at9(date(2026, 11, 27)).replace(hour=10)),
        (
            ["overzicht", "maandag", "16:00"],
            at9(date(2026, 11, 23)).replace(hour=16),
        ),  # a slot given up before
    ):
        use_case(db, reminders.set_policy, TEAM, words)
        assert use_case(db, reminders.next_digest_moment, TEAM) == moment
        with transaction(db) as session:
            digests = session.scalars(
                select(Reminder).where(Reminder.commitment_id.is_(None), Reminder.status == "planned")
            ).all()
        assert [row.due_at for row in digests] == [moment], words
    assert use_case(db, reminders.get_policy, TEAM).local_time == time(9, 0)  # the reminders' time stays


def test_a_clock_moved_forward_stops_where_a_row_given_back_to_wait_may_go(
    db: Database, clock: time_machine.Traveller
) -> None:
    """Found in a user trial: five reminders due at 09:00 in one group, ``/klok`` to 10:00: the two that
    waited a few seconds for the chat's turn went out at 10:00 as "Te laat verstuurd", since the clock
    stopped only where a row fell due. A row missed with no retry planned (the bot was down) is no stop."""
    item = add(db, date(2026, 12, 11))
    due = at9(date(2026, 11, 27))
    until = due + timedelta(hours=1)
    with transaction(db) as session:
        ids = claim(session, "w", due + timedelta(seconds=1), LEASE, 10)
        assert len(ids) == 1
        assert ledger.next_planned(session, due + timedelta(seconds=1), until) is None  # nothing waits
        finish(session, ids, "w", status=ReminderStatus.PLANNED, retry_at=due + timedelta(seconds=5))
    with transaction(db) as session:
        for after, stop in (
            (due + timedelta(seconds=1), due + timedelta(seconds=5)),  # its turn ahead: the clock stops there
            (due + timedelta(seconds=9), due + timedelta(seconds=9)),  # its turn came: it goes now
        ):
            assert ledger.next_planned(session, after, until) == stop
        team = session.scalars(select(Team).where(Team.chat_id == TEAM)).one()
        team.paused = True
        assert ledger.next_planned(session, due + timedelta(seconds=1), until) is None
    assert planned(db, item)["before_10"] == due


def test_a_row_missed_while_the_bot_was_down_is_no_stop(db: Database, clock: time_machine.Traveller) -> None:
    add(db, date(2026, 12, 11))
    due = at9(date(2026, 11, 27))
    with transaction(db) as session:
        assert ledger.next_planned(session, due + timedelta(hours=2), due + timedelta(hours=3)) is None
        assert ledger.next_planned(session, due - timedelta(hours=1), due + timedelta(hours=3)) == due
