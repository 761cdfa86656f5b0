"""CLI commands ``extract``, ``parse`` and ``eval``: commitments from a letter, a draft from a chat message,
and the score against hand labels. The JSON output of ``extract`` and ``parse`` is read by evaluation tooling
and by the bot, so its shape is a contract."""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path

import click

from commitments import services
from commitments.cli.context import CliContext, pass_context
from commitments.cli.matching import save_extraction
from commitments.extraction import DocumentError, parse_promises
from commitments.extraction.detect import Mode
from commitments.extraction.documents import file_bytes
from commitments.extraction.evaluate import evaluate
from commitments.letter_arrival import read_letter


def _day(value: str | None) -> date | None:
    if value is None:
        return None
    try:
        return date.fromisoformat(value)
    except ValueError:
        raise click.BadParameter(f"geen datum in de vorm JJJJ-MM-DD: {value}", param_hint="--date") from None


def _print_json(payload: object) -> None:
    click.echo(json.dumps(payload, ensure_ascii=False, indent=2))


@click.command("extract")
@click.argument("file", type=click.Path(exists=True, dir_okay=False, path_type=Path))
@click.option(
    "--date", "day", help="Datum om termijnen tegen op te lossen (JJJJ-MM-DD); standaard de briefdatum."
)
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@click.option("--save", is_flag=True, help="Sla de brief en de gevonden nieuwe items op.")
@click.option("--team", type=int, help="Chat-id van het team (bij --save).")
@click.option(
    "--zonder-model", "rules_only", is_flag=True, help="Alleen de regels, zonder het getrainde model."
)
@pass_context
def extract_command(
    ctx: CliContext,
    file: Path,
    day: str | None,
    as_json: bool,
    save: bool,
    team: int | None,
    rules_only: bool,
) -> None:
    """Toezeggingen, moties en deliverables uit een Kamerbrief (PDF, DOCX, HTML, tekst)."""
    mode = Mode.RULES if rules_only else Mode.COMBINED
    try:
        letter = read_letter(file_bytes(file), file.name, ctx.today(), _day(day), mode)
    except DocumentError as exc:
        raise click.ClickException(exc.message) from None
    if letter.notice:  # a long letter is read only in part: the user must know
        click.echo(letter.notice, err=True)
    extraction = letter.extraction
    if save:
        click.echo(save_extraction(ctx, letter, team), err=as_json)
    if as_json:
        _print_json(extraction.to_json())
        return
    meta = extraction.letter
    click.echo(f"Brief: {meta.date or 'zonder datum'}, {meta.sender or 'afzender onbekend'}")
    for item in extraction.commitments:
        deadline = item.deadline.isoformat() if item.deadline else (item.deadline_text or "geen termijn")
        status = f", {item.motie_status}" if item.motie_status else ""
        click.echo(f"- [{item.kind}{status}] {deadline}: {' '.join(item.quote.split())}")


@click.command("parse")
@click.argument("message")
@click.option("--date", "day", help="Datum van vandaag voor termijnen (JJJJ-MM-DD).")
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@click.option(
    "--team", type=int, help="Chat-id van het team wiens bewindspersonen bekend zijn (standaard: alle)."
)
@pass_context
def parse_command(ctx: CliContext, message: str, day: str | None, as_json: bool, team: int | None) -> None:
    """Een chatbericht ("/nieuw MinJenV: Kamer voor de zomer informeren ...") als concept-toezegging.

    Namen van bewindspersonen uit eerdere items worden herkend, zoals in de chat. Een bericht met meer
    toezeggingen geeft er elk een, zoals de chat een kaart per toezegging toont: in JSON een lijst van
    dezelfde objecten (één toezegging blijft één object)."""
    drafts = parse_promises(message, _day(day) or ctx.today(), ctx.use_case(services.known_people, team))
    shown = [draft.to_json() for draft in drafts]
    if as_json:
        _print_json(shown[0] if len(shown) == 1 else shown)
        return
    for number, fields in enumerate(shown, start=1):
        if number > 1:
            click.echo()
        if len(shown) > 1:
            click.echo(f"toezegging {number} van {len(shown)}")
        for key, value in fields.items():
            click.echo(f"{key}: {value}")


@click.command("eval")
@click.argument("folder", type=click.Path(exists=True, file_okay=False, path_type=Path))
@click.option("--letters", help="Alleen deze brieven, bijvoorbeeld 21-34 (nummers in de bestandsnaam).")
@click.option(
    "--zonder-model", "rules_only", is_flag=True, help="Alleen de regels, zonder het getrainde model."
)
@click.option(
    "--alleen-model", "model_only", is_flag=True, help="Alleen het getrainde model, zonder de regels."
)
@click.option(
    "--cv",
    is_flag=True,
    help="Leave-one-letter-out: elke brief gescoord door een model dat zonder die brief is getraind "
    "(regels, model en samen).",
)
@click.option(
    "--extra",
    "extra",
    multiple=True,
    type=click.Path(exists=True, file_okay=False, path_type=Path),
    help="Bij --cv: nog een map met brieven en labels.json (bijvoorbeeld tests/fixtures/heldout).",
)
def eval_command(
    folder: Path, letters: str | None, rules_only: bool, model_only: bool, cv: bool, extra: tuple[Path, ...]
) -> None:
    """Precision, recall, F1, soort- en termijnnauwkeurigheid tegen een map met brieven en labels.json."""
    if rules_only and model_only:
        raise click.UsageError("kies --zonder-model of --alleen-model, niet allebei")
    only = None
    if letters:
        first, _, last = letters.partition("-")
        if not (first.isdigit() and (not last or last.isdigit())):
            raise click.BadParameter(f"geen reeks brieven zoals 21-34: {letters}", param_hint="--letters")
        only = [f"letter-{number:02d}.txt" for number in range(int(first), int(last or first) + 1)]
    if cv:
        try:
            from commitments.extraction.train import cross_validate, load_letters
        except ImportError:
            raise click.ClickException(
                "--cv traint het model opnieuw en heeft scikit-learn nodig, dat alleen met de "
                'testhulpmiddelen wordt geïnstalleerd: scripts/bootstrap "[test]".'
            ) from None

        validation = cross_validate(load_letters([(folder, only), *((path, None) for path in extra)]))
        for title, report in (
            ("alleen regels (op deze brieven afgesteld: optimistisch)", validation.rules),
            ("alleen model", validation.model),
            ("regels en model samen", validation.combined),
        ):
            click.echo(f"== {title}, leave-one-letter-out\n{report.summary()}\n")
        click.echo(f"drempels (op alle brieven gekozen): {validation.thresholds}")
        return
    mode = Mode.RULES if rules_only else Mode.MODEL if model_only else Mode.COMBINED
    report = evaluate(folder, only, mode)
    click.echo(report.summary())
    details = report.details()
    if details:
        click.echo("")
        click.echo(details)
