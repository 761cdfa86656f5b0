"""Migrations run from empty to head, back to empty and up again, and match the model exactly."""

from alembic import command
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from commitments.db import Database, alembic_config
from commitments.schema import metadata


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
