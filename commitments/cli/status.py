"""``toezegbot status``: the operator's view (database, reminders, last delivery, last register import)."""

from __future__ import annotations

import json

import click

from commitments import status
from commitments.cli.context import CliContext, pass_context
from commitments.db import Database
from commitments.unit_of_work import Transactions


@click.command("status")
@click.option("--team", type=int, help="Chat-id van één team; zonder: de hele bot.")
@click.option("--json", "as_json", is_flag=True, help="Als JSON (voor monitoring).")
@pass_context
def status_command(ctx: CliContext, team: int | None, as_json: bool) -> None:
    """Hoe het met de bot gaat: database, herinneringen, laatste verzending en laatste import.

    Eindigt met code 1 als de database niet bereikbaar of niet leesbaar is.
    """
    # no ensure_schema(): a database that cannot be reached is what this command reports, not a failure
    database = Database(ctx.settings.effective_database_url)
    try:
        report = Transactions(database, ctx.clock).run(status.collect, ctx.settings.tz, team)
    finally:
        database.dispose()
    if as_json:
        click.echo(json.dumps(report.as_json(), ensure_ascii=False, indent=2))
    else:
        click.echo("\n".join(status.describe(report, ctx.settings.tz)))
    if not report.healthy:
        raise SystemExit(1)
