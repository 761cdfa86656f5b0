"""The ``toezegbot`` command line. Each command module holds one concern; this module only assembles them."""

from __future__ import annotations

import click

from commitments.cli.deadline import deadline
from commitments.cli.extract import eval_command, extract_command, parse_command
from commitments.cli.integrations import export, import_, import_tk
from commitments.cli.matching import match_command, match_eval_command
from commitments.cli.reminders import reminders
from commitments.cli.status import status_command
from commitments.cli.store_commands import add, db, done, drop, list_, partly, postpone, reassign, show
from commitments.errors import DomainError


class _Group(click.Group):
    """Shows domain errors (already in Dutch) as one line instead of a traceback."""

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except DomainError as exc:
            raise click.ClickException(exc.message) from None


@click.group(cls=_Group)
@click.version_option(package_name="toezegbot")
def main() -> None:
    """Toezegbot: houd bij wat bewindspersonen de Tweede Kamer hebben toegezegd."""


for command in (
    db,
    add,
    list_,
    show,
    done,
    partly,
    postpone,
    drop,
    reassign,
    deadline,
    extract_command,
    parse_command,
    eval_command,
    export,
    import_,
    import_tk,
    match_command,
    match_eval_command,
    reminders,
    status_command,
):
    main.add_command(command)
