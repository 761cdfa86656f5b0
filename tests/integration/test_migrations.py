"""Migrations run from empty to head, back to empty and up again, and match the model exactly."""

import json
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import Connection, inspect, text

from commitments import services
from commitments.db import Database, alembic_config, migrating
from commitments.matching.action import Action
from commitments.matching.service import accept_offered
from commitments.schema import metadata
from tests.use_case import at


def test_empty_to_head_to_base_and_back(empty_database_url: str) -> None:
    database = Database(empty_database_url)
    try:
        assert not database.is_current()
        database.ensure_schema()
        assert database.is_current()
        tables = set(inspect(database.engine).get_table_names())
        assert set(metadata.tables) <= tables

        with database.engine.connect() as connection:
            differences = compare_metadata(MigrationContext.configure(connection), metadata)
        assert differences == [], "the model changed without a migration"

        with migrating(database.engine) as connection:
            config = alembic_config(database.engine)
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        assert set(inspect(database.engine).get_table_names()) <= {"alembic_version"}

        database.upgrade()
        assert database.is_current()
    finally:
        database.dispose()


@contextmanager
def _at_revision(database: Database, revision: str) -> Iterator[Connection]:
    """A transaction on ``database`` migrated up to ``revision``: rows written as they were then."""
    with migrating(database.engine) as connection:
        config = alembic_config(database.engine)
        config.attributes["connection"] = connection
        command.upgrade(config, revision)
        yield connection


def test_a_postponement_written_before_0010_is_still_undone(empty_database_url: str) -> None:
    """A history row from before the old deadline's phrase was kept upgrades with none, and undoing it still
    puts the old date back."""
    database = Database(empty_database_url)
    moment = datetime(2026, 3, 1, 12, tzinfo=UTC)
    try:
        with _at_revision(database, "0009") as connection:
            item = connection.execute(
                text(
                    "INSERT INTO commitments (kind, title, deadline, deadline_text, estimate, status,"
                    " created_at, updated_at, version) VALUES ('toezegging', 'Brief', '2027-03-01',"
                    " 'maart 2027', false, 'open', :at, :at, 2) RETURNING id"
                ),
                {"at": moment},
            ).scalar_one()
            event = connection.execute(
                text(
                    "INSERT INTO history (commitment_id, at, by, event, old, new, reason) VALUES"
                    " (:item, :at, 'anna', 'postponed', '2026-07-02', '2027-03-01', 'drukte') RETURNING id"
                ),
                {"item": item, "at": moment},
            ).scalar_one()
        database.upgrade()
        undone = at(database, moment).run(services.undo_change, item, event, "anna").item
        assert (undone.deadline, undone.deadline_text, undone.estimate) == (date(2026, 7, 2), None, False)
    finally:
        database.dispose()


def test_a_proposal_waiting_from_before_0012_can_still_be_accepted(empty_database_url: str) -> None:
    """A letter's proposal kept in the nested shape of before 0012 is a typed step after the upgrade, and
    accepting it still does what the letter says (a postponement to the letter's date) and registers it."""
    database = Database(empty_database_url)
    moment = datetime(2026, 3, 1, 12, tzinfo=UTC)
    found = {
        "action": "postpone",
        "commitment": 0,
        "label": "toezegging",
        "score": 0.8,
        "quote": "De brief volgt in mei.",
        "deadline": "2027-05-31",
        "deadline_text": "eind mei",
        "estimate": False,
        "reason": "meer tijd nodig",
        "alternatives": [],
    }
    letter = {"filename": "brief.txt", "content_hash": "ef" * 32, "subject": "Pilot"}
    try:
        with _at_revision(database, "0011") as connection:
            team = connection.execute(
                text(
                    "INSERT INTO teams (chat_id, title, approved, paused, created_at) VALUES"
                    " (-1, 'Team', true, false, :at) RETURNING id"
                ),
                {"at": moment},
            ).scalar_one()
            found["commitment"] = connection.execute(
                text(
                    "INSERT INTO commitments (kind, title, deadline, estimate, status, team_id,"
                    " created_at, updated_at, version) VALUES ('toezegging', 'Pilot', '2027-03-01', false,"
                    " 'open', :team, :at, :at, 1) RETURNING id"
                ),
                {"team": team, "at": moment},
            ).scalar_one()
            draft = connection.execute(
                text(
                    "INSERT INTO drafts (team_chat_id, user_id, kind, payload, created_at, expires_at)"
                    " VALUES (-1, 7, 'match', :payload, :at, :until) RETURNING id"
                ),
                {
                    "payload": json.dumps({"match": found, "letter": letter}),
                    "at": moment,
                    "until": moment + timedelta(days=1),
                },
            ).scalar_one()
        database.upgrade()
        step, item, changed = at(database, moment).run(accept_offered, draft, -1, "anna", None)
        assert (step.action, step.deadline, step.letter) == (Action.POSTPONE, date(2027, 5, 31), letter)
        assert (item.deadline, changed) == (date(2027, 5, 31), True)
    finally:
        database.dispose()


def test_items_keep_their_history_and_references_when_a_migration_copies_their_table(
    empty_database_url: str,
) -> None:
    """0013 adds a constraint to ``commitments``, which SQLite can only do by copying the table and dropping
    the old one: the rows that cascade from it (history, Kamerstukken) must survive the drop."""
    database = Database(empty_database_url)
    moment = datetime(2026, 3, 1, 12, tzinfo=UTC)
    try:
        with _at_revision(database, "0012") as connection:
            item = connection.execute(
                text(
                    "INSERT INTO commitments (kind, title, estimate, status, created_at, updated_at, version)"
                    " VALUES ('toezegging', 'Brief', false, 'open', :at, :at, 1) RETURNING id"
                ),
                {"at": moment},
            ).scalar_one()
            connection.execute(
                text(
                    "INSERT INTO history (commitment_id, at, by, event, new) VALUES"
                    " (:item, :at, 'anna', 'created', 'Brief')"
                ),
                {"item": item, "at": moment},
            )
            connection.execute(
                text("INSERT INTO commitment_refs (commitment_id, ref) VALUES (:item, '28638-178')"),
                {"item": item},
            )
        database.upgrade()
        kept = at(database, moment).run(services.get_commitment, item)
        assert ([event.event for event in kept.history], kept.refs) == (["created"], ("28638-178",))
    finally:
        database.dispose()
