"""The ``toezegbot`` command line. Each command module holds one concern; this module only assembles them."""

from __future__ import annotations

import importlib
from collections.abc import Sequence
from typing import Any

import click

from commitments.cli.dutch_click import DutchContext, in_dutch, run
from commitments.errors import DomainError, PastDeadline

# Each command's module is imported when that command runs, so ``toezegbot --help`` and a light command such
# as ``deadline`` do not pay for SQLAlchemy, the extraction rules, matplotlib or the bot. The short help is
# the one line ``--help`` shows; tests/unit/test_cli_lazy.py checks it against each command's own docstring.
COMMANDS: dict[str, tuple[str, str, str]] = {
    "db": ("commitments.cli.store_commands", "db", "Database beheren."),
    "add": ("commitments.cli.store_commands", "add", "Leg een nieuwe toezegging, motie of product vast."),
    "list": ("commitments.cli.store_commands", "list_", "Toon toezeggingen, vroegste termijn eerst."),
    "show": ("commitments.cli.store_commands", "show", "Toon één toezegging met haar geschiedenis."),
    "done": ("commitments.cli.store_commands", "done", "Markeer als voldaan (een motie: afgedaan)."),
    "partly": ("commitments.cli.store_commands", "partly", "Markeer als deels voldaan."),
    "postpone": (
        "commitments.cli.store_commands",
        "postpone",
        'Stel de termijn uit ("1 april 2026" of "voor het zomerreces"), met reden.',
    ),
    "drop": ("commitments.cli.store_commands", "drop", "Laat een toezegging vervallen, met reden."),
    "reassign": (
        "commitments.cli.store_commands",
        "reassign",
        "Wijs een toezegging toe aan een nieuwe eigenaar.",
    ),
    "reopen": (
        "commitments.cli.store_commands",
        "reopen",
        "Open een afgesloten, deels voldane of vervallen toezegging (of afgedane motie) weer.",
    ),
    "edit": (
        "commitments.cli.store_commands",
        "edit",
        'Wijzig titel, termijn, bewindspersoon, ministerie, soort of eigenaar ("edit 12 termijn eind 2027").',
    ),
    "deadline": (
        "commitments.cli.deadline",
        "deadline",
        'Bepaal de termijn in TEXT (een frase zoals "voor het zomerreces", of een hele zin).',
    ),
    "extract": (
        "commitments.cli.extract",
        "extract_command",
        "Toezeggingen, moties en deliverables uit een Kamerbrief (PDF, DOCX, HTML, tekst).",
    ),
    "parse": (
        "commitments.cli.extract",
        "parse_command",
        'Een chatbericht ("/nieuw MinJenV: Kamer voor de zomer informeren ...") als concept-toezegging.',
    ),
    "eval": (
        "commitments.cli.extract",
        "eval_command",
        "Precision, recall, F1, soort- en termijnnauwkeurigheid tegen een map met brieven en labels.json.",
    ),
    "export": (
        "commitments.cli.integrations",
        "export",
        "Exporteer toezeggingen als CSV, XLSX of agendabestand.",
    ),
    "import": (
        "commitments.cli.integrations",
        "import_",
        "Importeer een register uit een CSV- of XLSX-bestand: alles of niets.",
    ),
    "import-tk": (
        "commitments.cli.integrations",
        "import_tk",
        "Haal het toezeggingenregister van de Tweede Kamer op voor één ministerie.",
    ),
    "match": (
        "commitments.cli.matching",
        "match_command",
        "Welke open toezeggingen en moties een Kamerbrief afdoet of uitstelt (alleen voorstellen).",
    ),
    "match-eval": (
        "commitments.cli.matching",
        "match_eval_command",
        "Precisie en recall van het koppelen van brieven aan open items, per map met gevallen (JSON).",
    ),
    "reminders": (
        "commitments.cli.reminders",
        "reminders",
        "Toon de geplande herinneringen: wanneer wat verstuurd wordt.",
    ),
    "status": (
        "commitments.cli.status",
        "status_command",
        "Hoe het met de bot gaat: database, herinneringen, laatste verzending en laatste import.",
    ),
}


class _Group(click.Group):
    """Shows domain errors (already in Dutch) as one line instead of a traceback, speaks Dutch, and imports a
    command's module only when that command is asked for (see :data:`COMMANDS`)."""

    context_class = DutchContext

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*COMMANDS, *self.commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.commands or cmd_name not in COMMANDS:
            return self.commands.get(cmd_name)
        module, attribute, _ = COMMANDS[cmd_name]
        command: click.Command = getattr(importlib.import_module(module), attribute)
        in_dutch([command])
        return command

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        """The list of commands from :data:`COMMANDS`, without importing a single one of them."""
        limit = formatter.width - 6 - max(len(name) for name in self.list_commands(ctx))
        rows = [(name, COMMANDS[name][2]) for name in COMMANDS if name not in self.commands]
        rows += [(name, command.get_short_help_str(limit)) for name, command in self.commands.items()]
        with formatter.section("Commands"):
            formatter.write_dl(sorted(rows))

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> Any:
        if not standalone_mode:
            return super().main(args, prog_name, complete_var, False, **extra)
        return run(self, super().main, args, prog_name, complete_var, **extra)

    def invoke(self, ctx: click.Context) -> object:
        try:
            return super().invoke(ctx)
        except DomainError as exc:
            hint = " Met --allow-past leg je deze datum toch vast." if isinstance(exc, PastDeadline) else ""
            raise click.ClickException(exc.message + hint) from None


@click.group(cls=_Group)
@click.version_option(package_name="toezegbot")
def main() -> None:
    """Toezegbot: houd bij wat bewindspersonen de Tweede Kamer hebben toegezegd."""
