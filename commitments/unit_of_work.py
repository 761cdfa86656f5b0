"""The unit of work: one transaction and one clock per use case.

A use case (a handler, a CLI command, a reminder step, an import) is a function ``use_case(uow, ...)``. It
reads and writes through ``uow.session`` and asks ``uow`` what time it is; it never commits. Whoever runs it
(:meth:`Transactions.run`) commits once when it returns and rolls everything back when it raises, so a use
case that writes several rows stores all of them or none.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import date, datetime
from typing import Any, Concatenate, ParamSpec, TypeVar

from sqlalchemy import CursorResult, Executable, event, inspect
from sqlalchemy.orm import Session, UOWTransaction, sessionmaker
from sqlalchemy.orm.exc import StaleDataError

from commitments.clock import Clock
from commitments.db import Database
from commitments.errors import ConflictError

P = ParamSpec("P")
T = TypeVar("T")


class UnitOfWork:
    """What a use case works with: the transaction's session and the clock."""

    def __init__(self, session: Session, clock: Clock) -> None:
        self.session = session
        self.clock = clock

    def now(self) -> datetime:
        return self.clock.now()

    def core(self, statement: Executable, values: dict[str, Any] | None = None) -> CursorResult[Any]:
        """Run a statement that reads or writes plain rows (no mapped objects) on the transaction's
        connection: the same transaction as :attr:`session`, without the ORM's work per statement (a fair
        share of a short query's cost). Rows written this way are not seen by objects already loaded."""
        return self.session.connection().execute(statement, values)

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
        self._sessions = sessionmaker(db.engine, expire_on_commit=False, info={"clock": self.clock})

    @contextmanager
    def unit_of_work(self) -> Iterator[UnitOfWork]:
        """A unit of work committed once when the block ends normally, rolled back otherwise.

        A concurrent change of the same row (a stale version) becomes a :class:`ConflictError` in Dutch.
        """
        session = self._sessions()
        try:
            yield UnitOfWork(session, self.clock)
            session.commit()
        except StaleDataError:
            session.rollback()
            raise ConflictError(
                "Iemand anders heeft dit item net gewijzigd; er is niets opgeslagen. "
                "Bekijk het en probeer opnieuw."
            ) from None
        except BaseException:
            session.rollback()
            raise
        finally:
            session.close()

    def run(self, use_case: Callable[Concatenate[UnitOfWork, P], T], *args: P.args, **kwargs: P.kwargs) -> T:
        """``use_case(uow, *args, **kwargs)`` in a unit of work of its own."""
        with self.unit_of_work() as uow:
            return use_case(uow, *args, **kwargs)
