"""The SQLAlchemy store: engine and schema migrations (Alembic) for SQLite and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Connection, Engine, create_engine, event
from sqlalchemy.engine import make_url


def _normalise_url(url: str) -> str:
    """Use psycopg 3 for plain ``postgresql://`` URLs."""
    parsed = make_url(url)
    if parsed.drivername in {"postgresql", "postgres"}:
        return parsed.set(drivername="postgresql+psycopg").render_as_string(hide_password=False)
    return url


def _sqlite_pragmas(dbapi_connection: Any, _record: object) -> None:
    """Foreign keys on; wait for a lock instead of failing; write-ahead logging, so readers never wait for
    a writer and a commit appends to the log without waiting for the disk (a power cut can lose the last
    commits, never the file's consistency)."""
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA busy_timeout=5000")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.close()


def make_engine(url: str) -> Engine:
    """An engine for ``url``; an SQLite file's folder is created on first use."""
    url = _normalise_url(url)
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    if parsed.database and parsed.database != ":memory:":
        Path(parsed.database).expanduser().parent.mkdir(parents=True, exist_ok=True)
    engine = create_engine(url, connect_args={"check_same_thread": False})
    event.listen(engine, "connect", _sqlite_pragmas)
    return engine


@contextmanager
def migrating(engine: Engine) -> Iterator[Connection]:
    """A transaction to migrate the schema in. On SQLite, foreign keys are off meanwhile (and checked
    after): a migration that changes a table's constraints copies it and drops the old one, and with them
    on, dropping ``commitments`` would delete every item's history and references through their cascades."""
    with engine.connect() as connection:
        sqlite = connection.dialect.name == "sqlite"
        if sqlite:
            connection.exec_driver_sql("PRAGMA foreign_keys=OFF")  # outside a transaction, or it is ignored
            connection.commit()
        try:
            with connection.begin():
                yield connection
                if sqlite and connection.exec_driver_sql("PRAGMA foreign_key_check").first() is not None:
                    raise RuntimeError("migration left rows that point at nothing; rolled back")
        finally:
            if sqlite:
                connection.exec_driver_sql("PRAGMA foreign_keys=ON")
                connection.commit()


def alembic_config(engine: Engine) -> Config:
    """Alembic's configuration pointing at the migrations shipped inside the package."""
    config = Config()
    config.set_main_option("script_location", "commitments:migrations")
    config.set_main_option("sqlalchemy.url", engine.url.render_as_string(hide_password=False))
    return config


class Database:
    """Owns the engine and the schema; use cases reach it through units of work
    (:class:`commitments.unit_of_work.Transactions`)."""

    def __init__(self, url: str) -> None:
        self.engine = make_engine(url)

    @property
    def url(self) -> str:
        """The URL the engine was made with, password included (for a worker process of this host)."""
        return self.engine.url.render_as_string(hide_password=False)

    def upgrade(self) -> None:
        """Bring the schema to the newest migration."""
        with migrating(self.engine) as connection:
            config = alembic_config(self.engine)
            config.attributes["connection"] = connection
            command.upgrade(config, "head")

    def is_current(self) -> bool:
        """Whether the schema is at the newest migration."""
        head = ScriptDirectory.from_config(alembic_config(self.engine)).get_current_head()
        with self.engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision() == head

    def ensure_schema(self) -> None:
        """Upgrade when the schema is behind, so a fresh install works without a separate step."""
        if not self.is_current():
            self.upgrade()

    def dispose(self) -> None:
        self.engine.dispose()
