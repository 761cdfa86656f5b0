"""CLI commands that move commitments in and out: export, spreadsheet import, the Kamer's register."""

from __future__ import annotations

import sys
from datetime import datetime
from pathlib import Path

import click

from commitments.cli.context import CliContext, pass_context
from commitments.export import service
from commitments.tk_register.client import DEFAULT_API_URL
from commitments.tk_register.importer import import_from_api

_DATE = click.DateTime(formats=["%Y-%m-%d"])


@click.command()
@click.option("--team", type=int, help="Chat-id van het team; zonder: alle teams.")
@click.option(
    "--format", "table_format", type=click.Choice(["csv", "xlsx"]), default="csv", show_default=True
)
@click.option(
    "--ics", is_flag=True, help="Een agendabestand (iCalendar) met de termijnen in plaats van een tabel."
)
@click.option(
    "--output", type=click.Path(dir_okay=False, path_type=Path), help="Bestand; zonder: standaarduitvoer."
)
@pass_context
def export(ctx: CliContext, team: int | None, table_format: str, ics: bool, output: Path | None) -> None:
    """Exporteer toezeggingen als CSV, XLSX of agendabestand."""
    if ics:
        data = ctx.use_case(service.deadline_calendar, team)
    else:
        data = ctx.use_case(service.export_table, team, "xlsx" if table_format == "xlsx" else "csv")
    if output is not None:
        output.write_bytes(data)
        click.echo(f"Geschreven naar {output}.", err=True)
    elif table_format == "xlsx" and not ics:
        raise click.UsageError("Een XLSX-bestand gaat niet naar het scherm: geef --output BESTAND.xlsx.")
    else:
        sys.stdout.buffer.write(data)


@click.command("import")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--team", type=int, help="Chat-id van het team dat de toezeggingen krijgt.")
@click.option("--dry-run", is_flag=True, help="Alleen controleren, niets opslaan.")
@click.option(
    "--dubbel",
    "duplicates",
    type=click.Choice(["opslaan", "overslaan"]),
    help="Rijen die lijken op een open toezegging van het team toch opslaan of overslaan.",
)
@pass_context
def import_(ctx: CliContext, file: Path, team: int | None, dry_run: bool, duplicates: str | None) -> None:
    """Importeer een register uit een CSV- of XLSX-bestand: alles of niets."""
    report = ctx.use_case(
        service.import_table, file.read_bytes(), file.name, team, ctx.who(), dry_run, duplicates
    )
    for skipped in report.skipped:
        click.echo(f"Overgeslagen: {skipped}", err=True)
    if report.ignored_columns:
        click.echo("Genegeerde kolommen: " + ", ".join(report.ignored_columns), err=True)
    if not report.ok:
        for error in report.errors:
            click.echo(str(error), err=True)
        raise click.ClickException(f"Niets geïmporteerd: {len(report.errors)} fout(en) in {file.name}.")
    if dry_run:
        click.echo(f"Controle geslaagd: {report.stored} toezegging(en) kunnen worden geïmporteerd.")
    else:
        click.echo(f"{report.stored} toezegging(en) geïmporteerd.")


@click.command("import-tk")
@click.option("--ministerie", "ministry", required=True, help="Ministerie, bijvoorbeeld JenV.")
@click.option(
    "--sinds",
    "since",
    type=_DATE,
    help="Alleen toezeggingen gewijzigd op of na deze datum (JJJJ-MM-DD); zonder: wat veranderde sinds de "
    "vorige import van dit team en ministerie (de eerste keer: alles).",
)
@click.option("--team", type=int, help="Chat-id van het team dat de toezeggingen krijgt.")
@click.option(
    "--api-url", help=f"Adres van de OData-API (standaard TOEZEGBOT_TK_API_URL, {DEFAULT_API_URL})."
)
@pass_context
def import_tk(
    ctx: CliContext, ministry: str, since: datetime | None, team: int | None, api_url: str | None
) -> None:
    """Haal het toezeggingenregister van de Tweede Kamer op voor één ministerie."""
    counts = import_from_api(
        ctx.transactions,
        api_url or ctx.settings.tk_api_url,
        ministry,
        since.date() if since else None,
        team,
        ctx.who(),
    )
    click.echo(f"Register geïmporteerd: {counts.summary()}.")
