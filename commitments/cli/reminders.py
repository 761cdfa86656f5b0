"""``toezegbot reminders``: the planned reminder moments per commitment."""

from __future__ import annotations

import json

import click

from commitments.cli.context import CliContext, pass_context
from commitments.dutch import REMINDER_STATES, reminder_label
from commitments.reminders.services import planned_reminders


@click.command()
@click.option("--team", type=int, help="Chat-id van het team (standaard: alle teams).")
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@pass_context
def reminders(ctx: CliContext, team: int | None, as_json: bool) -> None:
    """Toon de geplande herinneringen: wanneer wat verstuurd wordt."""
    planned = ctx.use_case(planned_reminders, team)
    if as_json:
        click.echo(json.dumps([reminder.to_json() for reminder in planned], ensure_ascii=False, indent=2))
        return
    if not planned:
        click.echo("Er staan geen herinneringen gepland.")
    for reminder in planned:
        due = reminder.due_at.strftime("%Y-%m-%d %H:%M")
        what = f"#{reminder.commitment_id}" if reminder.commitment_id else "team"
        state = REMINDER_STATES.get(reminder.status, reminder.status)
        click.echo(f"{due}  {what:<7} {reminder_label(reminder.kind):<28} {state}")
