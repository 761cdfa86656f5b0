"""CLI commands on the commitment store: add, list, show and the status changes."""

from __future__ import annotations

import json
from datetime import date, datetime

import click

from commitments import services
from commitments.cli.context import CliContext, pass_context
from commitments.deadline_input import read_deadline
from commitments.dutch import STATUS_LABELS, deadline_label
from commitments.edits import FIELDS, read_change
from commitments.ministries import post_and_ministry
from commitments.model import ACTIVE_STATUSES, Kind, Status
from commitments.records import CommitmentRecord

_KINDS = click.Choice([kind.value for kind in Kind])
_STATUSES = click.Choice(["actief", *(status.value for status in Status), "alle"])
_DATE = click.DateTime(formats=["%Y-%m-%d"])


def _echo_json(data: object) -> None:
    click.echo(json.dumps(data, ensure_ascii=False, indent=2))


def _line(item: CommitmentRecord, today: date) -> str:
    marker = "!" if item.is_overdue(today) else " "
    deadline = deadline_label(item.deadline, item.estimate, item.deadline_text)
    who = item.post or item.ministry or "-"
    owner = f"  (eigenaar: {item.owner})" if item.owner else ""
    return f"{marker} #{item.id:<5} {item.kind:<11} {deadline:<28} {who:<40} {item.title}{owner}"


@click.group()
def db() -> None:
    """Database beheren."""


@db.command("upgrade")
@pass_context
def upgrade(ctx: CliContext) -> None:
    """Breng het databaseschema naar de nieuwste versie."""
    ctx.db.upgrade()
    click.echo("Database is bijgewerkt.")


@click.command()
@click.option("--title", required=True, help="Korte omschrijving.")
@click.option("--kind", type=_KINDS, default=Kind.TOEZEGGING.value, show_default=True)
@click.option("--deadline", "deadline_text", help="Datum (2026-03-01) of frase ('voor het zomerreces').")
@click.option("--ministerie", "ministry", help="Ministerie, bijvoorbeeld JenV.")
@click.option("--post", help="Bewindspersoon, bijvoorbeeld 'Minister van Justitie en Veiligheid'.")
@click.option("--person", help="Naam van de bewindspersoon.")
@click.option("--ref", "refs", multiple=True, help="Kamerstuk, bijvoorbeeld 28638-178 (meerdere mogelijk).")
@click.option("--team", type=int, help="Chat-id van het team.")
@click.option("--owner", help="Eigenaar (naam of @gebruiker).")
@click.option("--quote", help="Het citaat waar de toezegging uit komt.")
@click.option("--allow-past", is_flag=True, help="Sta een termijn in het verleden toe.")
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@pass_context
def add(
    ctx: CliContext,
    title: str,
    kind: str,
    deadline_text: str | None,
    ministry: str | None,
    post: str | None,
    person: str | None,
    refs: tuple[str, ...],
    team: int | None,
    owner: str | None,
    quote: str | None,
    allow_past: bool,
    as_json: bool,
) -> None:
    """Leg een nieuwe toezegging, motie of product vast."""
    deadline = read_deadline(deadline_text, ctx.today()) if deadline_text else None
    who = post_and_ministry(post, ministry)
    item = ctx.use_case(
        services.add_commitment,
        services.NewCommitment(
            title=title,
            kind=Kind(kind),
            quote=quote,
            deadline=deadline.date if deadline else None,
            deadline_text=deadline.text if deadline else None,
            estimate=deadline.estimate if deadline else False,
            ministry=who.ministry,
            post=who.post,
            person=person,
            refs=refs,
            owner=owner,
            team=team,
        ),
        by=ctx.who(),
        allow_past=allow_past,
    )
    if as_json:
        _echo_json(item.to_json(with_history=True))
    else:
        click.echo(
            f"Vastgelegd als #{item.id}: {item.title} ({deadline_label(item.deadline, item.estimate)})"
        )


def _statuses(written: str) -> tuple[Status, ...]:
    """The statuses ``--status`` names; "alle" is every status (no filter)."""
    if written == "alle":
        return ()
    if written == "actief":
        return ACTIVE_STATUSES
    return (Status(written),)


@click.command("list")
@click.option(
    "--status", type=_STATUSES, default="actief", show_default=True, help="actief = open en deels voldaan."
)
@click.option("--kind", type=_KINDS)
@click.option("--ministerie", "ministry")
@click.option("--post")
@click.option("--owner")
@click.option("--team", type=int)
@click.option("--due-before", type=_DATE)
@click.option("--due-after", type=_DATE)
@click.option("--overdue", is_flag=True, help="Alleen verlopen items.")
@click.option("--text", help="Zoek in titel, citaat, post en namen.")
@click.option("--ref", help="Kamerstuk (28638-178) of dossier (28638).")
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@pass_context
def list_(
    ctx: CliContext,
    status: str,
    kind: str | None,
    ministry: str | None,
    post: str | None,
    owner: str | None,
    team: int | None,
    due_before: datetime | None,
    due_after: datetime | None,
    overdue: bool,
    text: str | None,
    ref: str | None,
    as_json: bool,
) -> None:
    """Toon toezeggingen, vroegste termijn eerst."""
    query = services.CommitmentQuery(
        team=team,
        statuses=_statuses(status),
        kind=Kind(kind) if kind else None,
        ministry=ministry,
        post=post,
        owner=owner,
        due_before=due_before.date() if due_before else None,
        due_after=due_after.date() if due_after else None,
        overdue_on=ctx.today() if overdue else None,
        text=text,
        ref=ref,
    )
    items = ctx.use_case(services.list_commitments, query)
    if as_json:
        _echo_json([item.to_json() for item in items])
        return
    today = ctx.today()
    for item in items:
        click.echo(_line(item, today))
    click.echo(f"{len(items)} {'item' if len(items) == 1 else 'items'}.")


def _show(ctx: CliContext, item: CommitmentRecord, as_json: bool) -> None:
    if as_json:
        _echo_json(item.to_json(with_history=True))
        return
    status = STATUS_LABELS[item.motie_status if item.motie_status == "afgedaan" else item.status]
    click.echo(f"#{item.id} {item.kind}: {item.title}")
    click.echo(f"  status:    {status}")
    click.echo(f"  termijn:   {deadline_label(item.deadline, item.estimate, item.deadline_text)}")
    click.echo(f"  wie:       {item.post or '-'} ({item.ministry or '-'}) {item.person or ''}".rstrip())
    click.echo(f"  kamerstuk: {', '.join(item.refs) or '-'}")
    click.echo(f"  eigenaar:  {item.owner or '-'}")
    if item.quote:
        click.echo(f"  citaat:    {item.quote}")
    click.echo("  geschiedenis:")
    for event in item.history:
        details = "; ".join(event.details())
        at = event.at.astimezone(ctx.settings.tz)  # stored in UTC, shown in the team's time
        click.echo(f"    {at:%Y-%m-%d %H:%M} {event.by}: {event.label}" + (f": {details}" if details else ""))


@click.command()
@click.argument("commitment_id", type=int)
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@pass_context
def show(ctx: CliContext, commitment_id: int, as_json: bool) -> None:
    """Toon één toezegging met haar geschiedenis."""
    _show(ctx, ctx.use_case(services.get_commitment, commitment_id), as_json)


@click.command()
@click.argument("commitment_id", type=int)
@click.option("--kamerstuk", help="Het Kamerstuk waarmee de toezegging is nagekomen.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def done(ctx: CliContext, commitment_id: int, kamerstuk: str | None, as_json: bool) -> None:
    """Markeer als voldaan (een motie: afgedaan)."""
    _show(ctx, ctx.use_case(services.fulfil, commitment_id, ctx.who(), kamerstuk), as_json)


@click.command()
@click.argument("commitment_id", type=int)
@click.option("--kamerstuk", help="Het Kamerstuk dat een deel afdoet.")
@click.option("--reason", help="Wat er nog openstaat.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def partly(
    ctx: CliContext, commitment_id: int, kamerstuk: str | None, reason: str | None, as_json: bool
) -> None:
    """Markeer als deels voldaan."""
    _show(ctx, ctx.use_case(services.partly_fulfil, commitment_id, ctx.who(), kamerstuk, reason), as_json)


@click.command()
@click.argument("commitment_id", type=int)
@click.argument("new_deadline")
@click.option("--reason", required=True, help="Waarom de termijn verschuift.")
@click.option(
    "--allow-past", is_flag=True, help="Sta een nieuwe termijn in het verleden of vóór de huidige toe."
)
@click.option("--json", "as_json", is_flag=True)
@pass_context
def postpone(
    ctx: CliContext, commitment_id: int, new_deadline: str, reason: str, allow_past: bool, as_json: bool
) -> None:
    """Stel de termijn uit ("1 april 2026" of "voor het zomerreces"), met reden."""
    today = ctx.today()
    deadline = read_deadline(new_deadline, today)
    item = ctx.use_case(services.postpone, commitment_id, ctx.who(), deadline, reason, allow_past)
    _show(ctx, item, as_json)


@click.command()
@click.argument("commitment_id", type=int)
@click.option("--reason", required=True, help="Waarom de toezegging vervalt.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def drop(ctx: CliContext, commitment_id: int, reason: str, as_json: bool) -> None:
    """Laat een toezegging vervallen, met reden."""
    _show(ctx, ctx.use_case(services.drop, commitment_id, ctx.who(), reason), as_json)


@click.command()
@click.argument("commitment_id", type=int)
@click.argument("owner")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def reassign(ctx: CliContext, commitment_id: int, owner: str, as_json: bool) -> None:
    """Wijs een toezegging toe aan een nieuwe eigenaar."""
    _show(ctx, ctx.use_case(services.reassign, commitment_id, ctx.who(), owner), as_json)


@click.command()
@click.argument("commitment_id", type=int)
@click.option("--reason", help="Waarom de toezegging weer open gaat.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def reopen(ctx: CliContext, commitment_id: int, reason: str | None, as_json: bool) -> None:
    """Open een afgesloten, deels voldane of vervallen toezegging (of afgedane motie) weer."""
    _show(ctx, ctx.use_case(services.reopen, commitment_id, ctx.who(), reason), as_json)


@click.command()
@click.argument("commitment_id", type=int)
@click.argument("field", type=click.Choice(FIELDS))
@click.argument("value", nargs=-1)
@click.option("--allow-past", is_flag=True, help="Sta een termijn in het verleden toe.")
@click.option("--json", "as_json", is_flag=True)
@pass_context
def edit(
    ctx: CliContext, commitment_id: int, field: str, value: tuple[str, ...], allow_past: bool, as_json: bool
) -> None:
    """Wijzig titel, termijn, bewindspersoon, ministerie, soort of eigenaar ("edit 12 termijn eind 2027")."""
    today = ctx.today()
    change = read_change(field, " ".join(value), today)
    _show(ctx, ctx.use_case(services.edit, commitment_id, ctx.who(), change, allow_past), as_json)
