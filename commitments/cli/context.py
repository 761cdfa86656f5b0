"""What every CLI command shares: the settings and the database, opened on first use."""

from __future__ import annotations

import getpass
from datetime import date, datetime
from functools import cached_property
from typing import TYPE_CHECKING

import click

from commitments.deadlines import CalendarError, configure_calendar
from config.settings import Settings, SettingsError, load_settings

if TYPE_CHECKING:
    from commitments.db import Database


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

    def today(self) -> date:
        return datetime.now(self.settings.tz).date()

    @staticmethod
    def who() -> str:
        return f"cli:{getpass.getuser()}"


pass_context = click.make_pass_decorator(CliContext, ensure=True)
