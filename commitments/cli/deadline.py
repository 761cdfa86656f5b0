"""``toezegbot deadline``: resolve a deadline phrase or sentence, one at a time or as JSON lines."""

from __future__ import annotations

import datetime as dt
import json
import sys
from typing import Any, TextIO

import click

from commitments.cli.context import CliContext, pass_context
from commitments.deadlines import Calendar, Deadline, default_calendar, find, typed_deadline
from commitments.deadlines.rules import IMPOSSIBLE_DATE
from commitments.deadlines.typed import no_such_day


def _iso(day: dt.date | None) -> str | None:
    return day.isoformat() if day else None


def _match(m: Deadline) -> dict[str, Any]:
    return {
        "start": m.start,
        "end": m.end,
        "phrase": m.text,
        "date": _iso(m.date),
        "estimate": m.estimate,
        "recurring": m.recurring,
        "rule": m.rule,
    }


def answer(text: str, reference: dt.date, calendar: Calendar) -> dict[str, Any]:
    """The JSON answer for one text: the primary deadline on top, every match below."""
    matches = find(text, reference, calendar)
    best = typed_deadline(text, reference)  # as the chat reads it: one reading of what a person types
    if best is not None and best.date is not None and best.date < reference:
        best = None  # "eind 2025" on a later day: found, but no deadline to come
    return {
        "text": text,
        "date": _iso(best.date) if best else None,
        "estimate": best.estimate if best else False,
        "recurring": best.recurring if best else None,
        "rule": best.rule if best else None,
        "matches": [_match(m) for m in matches],
    }


def _batch(lines: TextIO, default_ref: dt.date, calendar: Calendar) -> None:
    """One answer line per input line, in order; a bad line gets an ``error`` answer, not a crash."""
    for line in lines:
        try:
            item = json.loads(line)
            if not isinstance(item, dict) or not isinstance(item.get("text"), str):
                raise ValueError('expected an object with a string "text"')
            ref = item.get("ref")
            reference = dt.date.fromisoformat(ref) if ref else default_ref
            result = answer(item["text"], reference, calendar)
        except (ValueError, TypeError) as exc:
            result = {"text": None, "error": str(exc)}
        click.echo(json.dumps(result, ensure_ascii=False))


def _show(result: dict[str, Any], reference: dt.date) -> None:
    """The answer in Dutch, then every phrase found; a phrase that was found but lies before the reference
    date is named as such, so the two lines never contradict each other."""
    if result["rule"] is None and result["matches"]:
        click.echo(f"geen komende termijn: wat gevonden is, ligt vóór de peildatum {reference.isoformat()}")
    elif result["rule"] is None:
        click.echo("geen termijn gevonden")
    elif result["rule"] == IMPOSSIBLE_DATE:  # "0 maart": refused as in the chat, never another day
        phrase = next(m["phrase"] for m in result["matches"] if m["rule"] == IMPOSSIBLE_DATE)
        click.echo(no_such_day(phrase))
    elif result["date"] is None:
        click.echo(f"geen datum (vraag een datum): {result['rule']}")
    else:
        notes = [n for n in ("schatting" if result["estimate"] else "", result["recurring"] or "") if n]
        extra = f" ({', '.join(notes)})" if notes else ""
        click.echo(f"{result['date']}{extra} [{result['rule']}]")
    for m in result["matches"]:
        phrase = " ".join(m["phrase"].split())
        click.echo(f"  {m['start']}-{m['end']} {phrase!r}: {m['date'] or '-'} [{m['rule']}]")


@click.command("deadline")
@click.argument("text", required=False)
@click.option(
    "--ref",
    "reference",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    default=None,
    help="Peildatum (de datum van de brief), JJJJ-MM-DD; standaard vandaag.",
)
@click.option("--json", "as_json", is_flag=True, help="Uitvoer als JSON.")
@click.option(
    "--batch",
    is_flag=True,
    help='Lees JSON-regels {"text": ..., "ref": ...} van standaardinvoer; schrijf JSON-regels.',
)
@pass_context
def deadline(
    ctx: CliContext, text: str | None, reference: dt.datetime | None, as_json: bool, batch: bool
) -> None:
    """Bepaal de termijn in TEXT (een frase zoals "voor het zomerreces", of een hele zin)."""
    ref = reference.date() if reference else ctx.today()
    if batch == (text is not None):
        raise click.UsageError("geef een TEKST, of --batch met JSON-regels op de standaardinvoer")
    calendar = default_calendar()
    if batch:
        _batch(sys.stdin, ref, calendar)
        return
    assert text is not None
    result = answer(text, ref, calendar)
    if as_json:
        click.echo(json.dumps(result, ensure_ascii=False))
    else:
        _show(result, ref)
