"""Shared fixtures: a migrated database on SQLite always and on PostgreSQL when ``TEST_DATABASE_URL`` is set.

PostgreSQL runs get a throwaway database of their own (created here, dropped at the end), so parallel runs,
and the workers of one run (pytest-xdist, ``scripts/test``), never collide. Each test starts from empty
tables.
"""

from __future__ import annotations

import os
import shutil
import uuid
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import psycopg
import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from commitments.db import Database
from commitments.deadlines import calendar
from commitments.schema import metadata

BACKENDS = ["sqlite", "postgresql"]


@pytest.fixture(autouse=True)
def shipped_calendar(monkeypatch: pytest.MonkeyPatch) -> None:
    """Each test starts on the shipped calendar: one that puts corrections in force leaves no trace."""
    monkeypatch.setattr(calendar, "_configured", None)


def _admin_dsn(url: str) -> str:
    parsed = make_url(url).set(drivername="postgresql")
    return parsed.render_as_string(hide_password=False)


@contextmanager
def throwaway_postgres(base: str) -> Iterator[str]:
    """Create a uniquely named database next to ``base`` and drop it afterwards."""
    name = f"toezegbot_test_{uuid.uuid4().hex[:12]}"
    with psycopg.connect(_admin_dsn(base), autocommit=True) as connection:
        connection.execute(f'CREATE DATABASE "{name}"')
    try:
        yield make_url(base).set(database=name).render_as_string(hide_password=False)
    finally:
        with psycopg.connect(_admin_dsn(base), autocommit=True) as connection:
            connection.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')


@pytest.fixture(scope="session")
def postgres_url() -> Iterator[str | None]:
    """A fresh PostgreSQL database for this test run, or None when TEST_DATABASE_URL is unset."""
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        yield None
        return
    with throwaway_postgres(base) as url:
        yield url


@pytest.fixture(params=BACKENDS)
def empty_database_url(request: pytest.FixtureRequest, tmp_path: Path) -> Iterator[str]:
    """The URL of a database with no tables at all, on each back end."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'empty.db'}"
        return
    base = os.environ.get("TEST_DATABASE_URL")
    if not base:
        pytest.skip("TEST_DATABASE_URL is not set: PostgreSQL not tested in this run")
    with throwaway_postgres(base) as url:
        yield url


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """An SQLite file migrated once; each test gets a copy."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    database = Database(f"sqlite:///{path}")
    database.upgrade()
    database.dispose()
    return path


@pytest.fixture(scope="session")
def migrated_postgres(postgres_url: str | None) -> Iterator[Database | None]:
    if postgres_url is None:
        yield None
        return
    database = Database(postgres_url)
    database.upgrade()
    yield database
    database.dispose()


_RESTART_SEQUENCES = text(
    "SELECT setval(format('%I.%I', schemaname, sequencename), start_value, false)"
    " FROM pg_sequences WHERE schemaname = current_schema()"
)


def _empty_tables(database: Database) -> None:
    """Delete every row and restart the numbering, as ``TRUNCATE … RESTART IDENTITY`` would: a test leaves a
    few rows, and deleting them costs milliseconds where truncating thirteen tables costs a few tenths of a
    second (its file work), paid again by each of the hundreds of PostgreSQL tests."""
    with database.engine.begin() as connection:
        for table in reversed(metadata.sorted_tables):
            connection.execute(table.delete())
        connection.execute(_RESTART_SEQUENCES)


@pytest.fixture(params=BACKENDS)
def db(
    request: pytest.FixtureRequest,
    tmp_path: Path,
    sqlite_template: Path,
    migrated_postgres: Database | None,
) -> Iterator[Database]:
    """A migrated, empty database on each back end."""
    if request.param == "sqlite":
        path = tmp_path / "toezegbot.db"
        shutil.copy(sqlite_template, path)
        database = Database(f"sqlite:///{path}")
        yield database
        database.dispose()
        return
    if migrated_postgres is None:
        pytest.skip("TEST_DATABASE_URL is not set: PostgreSQL not tested in this run")
    _empty_tables(migrated_postgres)
    yield migrated_postgres


@pytest.fixture
def database_url(db: Database) -> str:
    """The URL of the ``db`` fixture, for code under test that opens its own connection."""
    return db.engine.url.render_as_string(hide_password=False)
