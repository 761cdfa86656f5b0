"""What every CLI command shares: the settings and the database, opened on first use."""

from __future__ import annotations

import getpass
from collections.abc import Callable
from datetime import date
from functools import cached_property
from typing import TYPE_CHECKING, Concatenate, ParamSpec, TypeVar

import click

from commitments.clock import Clock
from commitments.deadlines import CalendarError, configure_calendar
from config.settings import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from commitments.db import Database
    from commitments.unit_of_work import Transactions, UnitOfWork

P = ParamSpec("P")
T = TypeVar("T")


class CliContext:
    """Lazily loaded settings and database, so ``--help`` works even with a broken configuration.

    Made when a command runs: it then puts the administrator's calendar corrections (in the data
    directory) into force for every deadline this process resolves.
    """

    def __init__(self) -> None:
        try:
            configure_calendar(self.settings.data_dir)
        except CalendarError as exc:
            raise click.ClickException(f"Ongeldige kalendercorrectie: {exc}") from None

    @cached_property
    def settings(self) -> Settings:
        try:
            return load_settings()
        except SettingsError as exc:
            raise click.ClickException(f"Ongeldige instelling: {exc}") from None

    @cached_property
    def db(self) -> Database:
        from commitments.db import Database  # SQLAlchemy and Alembic only for the commands that store

        database = Database(self.settings.effective_database_url)
        database.ensure_schema()
        return database

    @cached_property
    def clock(self) -> Clock:
        return Clock(self.settings.tz)

    @cached_property
    def transactions(self) -> Transactions:
        """Units of work on the store, with the team's clock (a long job takes one per step)."""
        from commitments.unit_of_work import Transactions

        return Transactions(self.db, self.clock)

    def use_case(
        self, use_case: Callable[Concatenate[UnitOfWork, P], T], *args: P.args, **kwargs: P.kwargs
    ) -> T:
        """Run the command's use case in one unit of work (one transaction) on the store."""
        return self.transactions.run(use_case, *args, **kwargs)

    def today(self) -> date:
        return self.clock.today()

    @staticmethod
    def who() -> str:
        return f"cli:{getpass.getuser()}"


pass_context = click.make_pass_decorator(CliContext, ensure=True)
