"""Click in Dutch: "Gebruik:", "Opties", Dutch help for --help and --version, and errors without "Error:".

Click's own words come from gettext without a Dutch catalogue, so they are translated here, at the two
places they reach the user: the help page (:class:`DutchFormatter`) and an error (:func:`dutch_error`).
"""

from __future__ import annotations

import re
import sys
from collections.abc import Callable, Iterable
from typing import Any, NoReturn

import click

HEADINGS = {"Options": "Opties", "Commands": "Opdrachten", "Arguments": "Argumenten"}
METAVARS = {"TEXT": "TEKST", "INTEGER": "GETAL", "FILE": "BESTAND", "PATH": "PAD", "[%Y-%m-%d]": "JJJJ-MM-DD"}
PHRASES = (
    ("Show this message and exit.", "Toon deze hulp en stop."),
    ("Show the version and exit.", "Toon de versie en stop."),
    ("[default: ", "[standaard: "),
    ("[required]", "[verplicht]"),
)
ERRORS = (
    (r"No such command '(.+?)'\.", r"Onbekende opdracht ‘\1’."),
    (r"No such option: (\S+)", r"Onbekende optie: \1"),
    (r"No such option '(.+?)'\.", r"Onbekende optie ‘\1’."),
    (r"Missing argument '(.+?)'\.", r"Ontbrekend argument \1."),
    (r"Missing option '(.+?)'\.", r"Ontbrekende optie \1."),
    (r"Option '(.+?)' requires an argument\.", r"Optie \1 heeft een waarde nodig."),
    (r"Got unexpected extra arguments? \((.+?)\)", r"Onverwacht extra argument (\1)"),
    (r"Invalid value for (.+?): ", r"Ongeldige waarde voor \1: "),
    (r"'([^']*)' is not one of (.+)\.", r"‘\1’ is niet een van \2."),
    (r"'([^']*)' is not a valid integer( range)?\.", r"‘\1’ is geen geheel getal."),
    (r"'([^']*)' does not match the formats? (.+)\.", r"‘\1’ past niet bij het formaat \2."),
    (r"(?:File|Directory|Path) '(.+?)' does not exist\.", r"‘\1’ bestaat niet."),
    (r"(?:File|Path) '(.+?)' is a directory\.", r"‘\1’ is een map, geen bestand."),
    (r"Directory '(.+?)' is a file\.", r"‘\1’ is een bestand, geen map."),
    (r"(?:File|Directory|Path) '(.+?)' is not readable\.", r"‘\1’ kan ik niet lezen."),
    (r"Did you mean (.+)\?", r"Bedoel je \1?"),
    (r"\(Possible options: (.+)\)", r"(mogelijk: \1)"),
)


def _dutch(text: str) -> str:
    for english, dutch in PHRASES:
        text = text.replace(english, dutch)
    return text


def _metavars(term: str) -> str:
    return " ".join(METAVARS.get(word, word) for word in term.split(" "))


def dutch_error(message: str) -> str:
    """Click's English error message in Dutch."""
    for pattern, replacement in ERRORS:
        message = re.sub(pattern, replacement, message)
    return message


class DutchFormatter(click.HelpFormatter):
    def write_usage(self, prog: str, args: str = "", prefix: str | None = None) -> None:
        args = args.replace("[OPTIONS]", "[OPTIES]").replace("COMMAND [ARGS]", "OPDRACHT [ARGUMENTEN]")
        super().write_usage(prog, args, prefix="Gebruik: ")

    def write_heading(self, heading: str) -> None:
        super().write_heading(HEADINGS.get(heading, heading))

    def write_dl(self, rows: Iterable[tuple[str, str]], col_max: int = 30, col_spacing: int = 2) -> None:
        super().write_dl([(_metavars(term), _dutch(text)) for term, text in rows], col_max, col_spacing)


class DutchContext(click.Context):
    formatter_class = DutchFormatter


def in_dutch(commands: Iterable[click.Command]) -> None:
    """Give every command (and its subcommands) the Dutch context."""
    for command in commands:
        command.context_class = DutchContext
        if isinstance(command, click.Group):
            in_dutch(command.commands.values())


def run(group: click.Group, main: Callable[..., Any], *args: Any, **extra: Any) -> NoReturn:
    """Run ``group`` through click's ``main`` (not standalone): a refusal is one Dutch line (and for a usage
    error, the usage)."""
    in_dutch([group])
    try:
        code = main(*args, standalone_mode=False, **extra)
    except click.UsageError as error:
        if error.ctx is not None:
            click.echo(error.ctx.get_usage(), err=True)
            click.echo(f"Zie ‘{error.ctx.command_path} --help’ voor uitleg.", err=True)
        click.echo(dutch_error(error.format_message()), err=True)
        sys.exit(error.exit_code)
    except click.ClickException as error:
        click.echo(dutch_error(error.format_message()), err=True)
        sys.exit(error.exit_code)
    except click.Abort:
        click.echo("Afgebroken.", err=True)
        sys.exit(1)
    sys.exit(code if isinstance(code, int) else 0)
