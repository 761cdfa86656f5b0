"""The few statements whose SQL differs between SQLite and PostgreSQL, written once for both."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from sqlalchemy import ColumnElement, Float, cast, func, literal_column
from sqlalchemy.dialects import postgresql, sqlite
from sqlalchemy.orm import InstrumentedAttribute, Session

SQLITE_EPOCH_SECONDS = "(julianday('now') - 2440587.5) * 86400.0"


def insert_if_absent(
    session: Session,
    model: type[Any],
    rows: Sequence[dict[str, Any]],
    index_elements: Sequence[str],
    index_where: ColumnElement[bool] | None = None,
) -> None:
    """Insert ``rows``, silently skipping those a unique index already holds (a concurrent writer won).

    Unlike catching the IntegrityError, this never aborts the transaction, so a race between replicas
    is no error at all.
    """
    if not rows:
        return
    dialect = sqlite if session.get_bind().dialect.name == "sqlite" else postgresql
    statement = dialect.insert(model).on_conflict_do_nothing(
        index_elements=list(index_elements), index_where=index_where
    )
    session.execute(statement, list(rows))


def database_now(session: Session) -> ColumnElement[float]:
    """The database's clock in seconds since the epoch, read when the statement runs: one clock for all
    replicas, whatever their own clocks say."""
    if session.get_bind().dialect.name == "sqlite":
        return literal_column(SQLITE_EPOCH_SECONDS, Float)
    return cast(func.extract("epoch", func.clock_timestamp()), Float)


def later_of(
    session: Session, *values: ColumnElement[float] | InstrumentedAttribute[float]
) -> ColumnElement[float]:
    """The greatest of ``values`` (SQLite's two-argument ``max``, PostgreSQL's ``greatest``)."""
    name = "max" if session.get_bind().dialect.name == "sqlite" else "greatest"
    return getattr(func, name)(*values)  # type: ignore[no-any-return]
