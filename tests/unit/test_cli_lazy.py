"""The command line loads a command's module only when that command runs (issue 13: a fast start)."""

from __future__ import annotations

import importlib
import subprocess
import sys
from pathlib import Path

import click
import pytest

from commitments.cli import COMMANDS

HEAVY = (
    "sqlalchemy",
    "telegram",
    "matplotlib",
    "commitments.extraction",
    "commitments.matching",
    "pydantic",
    "offline_telegram",
    "aiohttp",
    "tornado",
)


@pytest.mark.parametrize("name", sorted(COMMANDS))
def test_the_listed_help_is_the_commands_own(name: str) -> None:
    module, attribute, short_help = COMMANDS[name]
    command = getattr(importlib.import_module(module), attribute)
    assert isinstance(command, click.Command)
    assert command.name == name
    assert command.get_short_help_str(limit=1000) == short_help


def _loaded_after(*arguments: str) -> set[str]:
    """The heavy packages imported by ``toezegbot ARGUMENTS`` (run in a fresh interpreter)."""
    probe = (
        "import sys\n"
        "from bot.cli import main\n"
        f"try:\n    main.main({list(arguments)!r}, prog_name='toezegbot', standalone_mode=False)\n"
        "except SystemExit:\n    pass\n"
        f"print(' '.join(m for m in {HEAVY!r} if m in sys.modules))\n"
    )
    result = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True)
    return set(result.stdout.split("\n")[-2].split())


def test_help_imports_no_heavy_package() -> None:
    assert _loaded_after("--help") == set()


def test_the_deadline_command_needs_neither_the_database_nor_the_bot() -> None:
    assert _loaded_after("deadline", "eind 2026") <= {"pydantic"}  # the settings: calendar corrections


@pytest.mark.parametrize("arguments", [("list",), ("list", "--overdue", "--json")])
def test_reading_the_register_does_not_load_the_extractor(
    arguments: tuple[str, ...], tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """A pending question names a letter's action; that must not load the letter reader (1 s of regexes)."""
    monkeypatch.setenv("TOEZEGBOT_DATABASE_URL", f"sqlite:///{tmp_path}/register.sqlite")
    assert "commitments.extraction" not in _loaded_after(*arguments)
    assert "sqlalchemy" in _loaded_after(*arguments)  # the look-alike: the command did read the register
