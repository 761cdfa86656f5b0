"""Migrations run from empty to head, back to empty and up again, and match the model exactly."""

from datetime import UTC, date, datetime

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect, text

from commitments import services
from commitments.db import Database, alembic_config
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

        with database.engine.begin() as connection:
            config = alembic_config(database.engine)
            config.attributes["connection"] = connection
            command.downgrade(config, "base")
        assert set(inspect(database.engine).get_table_names()) <= {"alembic_version"}

        database.upgrade()
        assert database.is_current()
    finally:
        database.dispose()


def test_a_postponement_written_before_0010_is_still_undone(empty_database_url: str) -> None:
    """A history row from before the old deadline's phrase was kept upgrades with none, and undoing it still
    puts the old date back."""
    database = Database(empty_database_url)
    moment = datetime(2026, 3, 1, 12, tzinfo=UTC)
    try:
        with database.engine.begin() as connection:
            config = alembic_config(database.engine)
            config.attributes["connection"] = connection
            command.upgrade(config, "0009")
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
        undone = at(database, moment).run(services.undo_change, item, event, "anna")
        assert (undone.deadline, undone.deadline_text, undone.estimate) == (date(2026, 7, 2), None, False)
    finally:
        database.dispose()
