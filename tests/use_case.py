"""Running a use case in tests: one unit of work of its own, as the bot and the CLI run it."""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, time
from typing import Concatenate, ParamSpec, TypeVar

from sqlalchemy.orm import Session

from commitments.clock import Clock
from commitments.db import Database
from commitments.unit_of_work import Transactions, UnitOfWork

P = ParamSpec("P")
T = TypeVar("T")


def use_case(
    db: Database, function: Callable[Concatenate[UnitOfWork, P], T], *args: P.args, **kwargs: P.kwargs
) -> T:
    """``function(uow, *args, **kwargs)`` in a unit of work on ``db`` (the system clock, in UTC)."""
    return Transactions(db).run(function, *args, **kwargs)


@contextmanager
def transaction(db: Database) -> Iterator[Session]:
    """A session in a unit of work of its own, for a test that sets rows up or reads them directly."""
    with Transactions(db).unit_of_work() as uow:
        yield uow.session


def at(db: Database, moment: datetime) -> Transactions:
    """Units of work whose clock stands still at ``moment``."""
    return Transactions(db, Clock(source=lambda: moment))


def on(db: Database, day: date) -> Transactions:
    """Units of work whose clock stands still at noon (UTC) on ``day``."""
    return at(db, datetime.combine(day, time(12), UTC))
