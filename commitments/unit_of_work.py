"""The unit of work: one transaction and one clock per use case.

A use case (a handler, a CLI command, a reminder step, an import) is a function ``use_case(uow, ...)``. It
reads and writes through ``uow.session`` (or plain statements, :meth:`UnitOfWork.core`) and asks ``uow`` what
time it is; it never commits. Whoever runs it (:meth:`Transactions.run`) commits once when it returns and
rolls everything back when it raises, so a use case that writes several rows stores all of them or none.

The session is made when a use case first asks for it: the bot's gate and its lists, which run on every
update, mostly read and write plain rows, and setting up and closing an ORM session was a fair share of
their cost. Plain statements run first get a connection of their own; a session asked for after them joins
that connection's transaction, so a unit of work always has one transaction.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import Connection, CursorResult, Engine, Executable, event, inspect
from sqlalchemy.orm import Session, UOWTransaction
from sqlalchemy.orm.exc import StaleDataError

from commitments.clock import Clock
from commitments.db import Database
from commitments.errors import ConflictError

P = ParamSpec("P")
T = TypeVar("T")


class UnitOfWork:
    """What a use case works with: the transaction (through :attr:`session` or :meth:`core`) and the clock."""

    def __init__(self, engine: Engine, clock: Clock) -> None:
        self.clock = clock
        self._engine = engine
        self._session: Session | None = None
        self._connection: Connection | None = None

    @property
    def session(self) -> Session:
        """The transaction's ORM session, made on first use (on the connection that :meth:`core` opened)."""
        if self._session is None:
            self._session = Session(
                self._connection or self._engine,
                expire_on_commit=False,
                info={"clock": self.clock},
                join_transaction_mode="control_fully",  # the session commits or rolls back core's transaction
            )
        return self._session

    def now(self) -> datetime:
        return self.clock.now()

    def core(self, statement: Executable, values: dict[str, Any] | None = None) -> CursorResult[Any]:
        """Run a statement that reads or writes plain rows (no mapped objects) on the transaction's
        connection: the same transaction as :attr:`session`, without the ORM's work per statement (a fair
        share of a short query's cost). Rows written this way are not seen by objects already loaded."""
        if self._session is not None:
            return self._session.connection().execute(statement, values)
        if self._connection is None:
            self._connection = self._engine.connect()
        return self._connection.execute(statement, values)

    def flush(self) -> None:
        """Write the session's pending changes now (plain statements are written as they run)."""
        if self._session is not None:
            self._session.flush()

    def rollback(self) -> None:
        """Undo everything this unit of work wrote so far; it goes on in a new transaction."""
        if self._session is not None:
            self._session.rollback()
        elif self._connection is not None:
            self._connection.rollback()

    def _commit(self) -> None:
        if self._session is not None:
            self._session.commit()
        elif self._connection is not None:
            self._connection.commit()

    def _close(self) -> None:
        if self._session is not None:
            self._session.close()
        if self._connection is not None:
            self._connection.close()

    def today(self) -> date:
        return self.clock.today()


CREATED = ("created_at", "at", "updated_at")
"""The columns that say when a row was written; ``updated_at`` also moves with every change."""


@event.listens_for(Session, "before_flush")
def _stamp_times(session: Session, _flush: UOWTransaction, _instances: object) -> None:
    """Rows take their times from the unit of work's clock, so a test's clock (or an undo window compared
    with ``uow.now()``) sees the same time as the rows it wrote."""
    now = session.info["clock"].now()
    for row in session.new:
        for name in CREATED:
            if name in inspect(row).mapper.columns and getattr(row, name) is None:
                setattr(row, name, now)
    for row in session.dirty:
        if "updated_at" in inspect(row).mapper.columns and session.is_modified(row):
            row.updated_at = now


class Transactions:
    """Starts units of work on one database with one clock."""

    def __init__(self, db: Database, clock: Clock | None = None) -> None:
        self.db = db
        self.clock = clock or Clock()

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """A unit of work committed once when the block ends normally, rolled back otherwise.

        A concurrent change of the same row (a stale version) becomes a :class:`ConflictError` in Dutch.
        """
        uow = UnitOfWork(self.db.engine, self.clock)
        try:
            yield uow
            uow._commit()
        except StaleDataError:
            uow.rollback()
            raise ConflictError(
                "Iemand anders heeft dit item net gewijzigd; er is niets opgeslagen. "
                "Bekijk het en probeer opnieuw."
            ) from None
        except BaseException:
            uow.rollback()
            raise
        finally:
            uow._close()

    def run(self, use_case: Callable[Concatenate[UnitOfWork, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """``use_case(uow, *args, **kwargs)`` in a unit of work of its own."""
        with self.unit_of_work() as uow:
            return use_case(uow, *args, **kwargs)
