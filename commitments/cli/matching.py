"""CLI commands ``match`` and ``match-eval``: which open commitments a letter fulfils or postpones, and the
score of that against the labelled cases. The JSON output of ``match`` is a contract (issue 8)."""

from __future__ import annotations

import json
import tempfile
from datetime import datetime
from pathlib import Path

import click

from commitments.cli.context import CliContext, pass_context
from commitments.db import Database
from commitments.dutch import dutch_date
from commitments.extraction import DocumentError, read_document
from commitments.letter_arrival import Letter
from commitments.matching.evaluate import evaluate
from commitments.matching.service import MatchResult, match_extraction, match_letter, register_letter
from commitments.unit_of_work import UnitOfWork


@click.command("match")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option("--date", "day", type=click.DateTime(formats=["%Y-%m-%d"]), help="Briefdatum (JJJJ-MM-DD).")
@click.option("--team", type=int, help="Chat-id van het team; zonder: alle open items.")
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@pass_context
def match_command(ctx: CliContext, file: Path, day: datetime | None, team: int | None, as_json: bool) -> None:
    """Welke open toezeggingen en moties een Kamerbrief afdoet of uitstelt (alleen voorstellen)."""
    try:
        document = read_document(file)
    except DocumentError as exc:
        raise click.ClickException(exc.message) from None
    if document.notice:  # a long letter is read only in part: the user must know
        click.echo(document.notice, err=True)
    letter_date = day.date() if day else None
    result = ctx.use_case(match_letter, document.text, letter_date, team, start=document.body_start)
    if as_json:
        click.echo(json.dumps(result.to_json(), ensure_ascii=False, indent=2))
    else:
        click.echo(describe(result))


def describe(result: MatchResult) -> str:
    """The proposals as lines a person reads."""
    if not result.proposals:
        return "Geen voorstellen: deze brief lijkt geen open toezegging af te doen of uit te stellen."
    lines = []
    for proposal in result.fulfils:
        best = proposal.best
        verb = "deels af te doen" if proposal.partial else "af te doen"
        lines.append(f"Lijkt #{best.commitment_id} {verb} ({best.label}; {best.value:.0%})")
        lines.append(f"  bewijs: {'; '.join(best.evidence)}")
    for proposal in result.postpones:
        best, deadline = proposal.best, proposal.statement.new_deadline
        why = f"({best.label}; {best.value:.0%})"
        if deadline and deadline.date:
            lines.append(f"Lijkt #{best.commitment_id} uit te stellen tot {dutch_date(deadline.date)} {why}")
        else:  # a delay without a day: the moment as written ("zo spoedig mogelijk"), if any
            moment = f" (‘{' '.join(deadline.text.split())}’)" if deadline else ""
            lines.append(f"Meldt uitstel van #{best.commitment_id} zonder nieuwe datum{moment} {why}")
        lines.append(f"  reden: {proposal.statement.reason or 'niet genoemd'}")
        lines.append(f"  bewijs: {'; '.join(best.evidence)}")
    return "\n".join(lines)


@click.command("match-eval")
@click.argument(
    "folders", nargs=-1, required=True, type=click.Path(exists=True, file_okay=False, path_type=Path)
)
@click.option("--details", is_flag=True, help="Toon per geval wat mis ging (niet voor een geheime toetsset).")
def match_eval_command(folders: tuple[Path, ...], details: bool) -> None:
    """Precisie en recall van het koppelen van brieven aan open items, per map met gevallen (JSON)."""
    reports = []
    with tempfile.TemporaryDirectory() as scratch:
        db = Database(f"sqlite:///{Path(scratch) / 'evaluatie.db'}")
        try:
            db.upgrade()
            first = 1
            for folder in folders:
                try:
                    report = evaluate(db, folder, first_team=first)
                except ValueError as exc:
                    raise click.ClickException(str(exc)) from None
                first += len(report.outcomes)
                reports.append((folder, report))
        finally:
            db.dispose()
    for folder, report in reports:
        click.echo(f"{folder}:")
        click.echo(report.summary())
        for name, group in report.groups().items():
            click.echo(f"  deel {name}: {group.summary().replace(chr(10), '; ')}")
        if details and report.details():
            click.echo(report.details())
        click.echo("")


def _propose_and_register(
    uow: UnitOfWork, letter: Letter, team: int | None, by: str
) -> tuple[MatchResult, tuple[int, list[int]]]:
    """What the letter seems to fulfil among the open items (before its own are saved), then the letter
    and its new items registered: the command's one unit of work."""
    proposals = match_extraction(uow, letter.extraction, team, start=letter.body_start)
    return proposals, register_letter(uow, letter.extraction, letter.filename, letter.content_hash, team, by)


def save_extraction(ctx: CliContext, letter: Letter, team: int | None) -> str:
    """``extract --save``: register the letter, save its new commitments, and propose what it seems to
    fulfil or postpone among the open items (proposals only: ``done`` and ``postpone`` act on them).
    Returns what to tell the user."""
    proposals, (document_id, saved) = ctx.use_case(_propose_and_register, letter, team, ctx.who())
    if saved:
        numbers = ", ".join(f"#{number}" for number in saved)
        told = f"Brief opgeslagen als document #{document_id}, met {len(saved)} nieuwe items: {numbers}."
    else:
        told = f"Brief staat als document #{document_id}; geen nieuwe items opgeslagen."
    return f"{told}\n{describe(proposals)}"
