"""The offline chat is the extra ``toezegbot[offline]``: the program finds it through its entry point and
opens it, and without the extra ``toezegbot chat`` and ``toezegbot run`` (no token, in a terminal) say in
one Dutch line how to install it."""

from __future__ import annotations

import os
import pty
import re
import shutil
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

PROGRAM = shutil.which("toezegbot", path=str(Path(sys.executable).parent))
WITHOUT_AIOHTTP = (
    "import sys\n"
    "sys.modules['aiohttp'] = None  # as if toezegbot[offline] were not installed\n"
    "from bot.cli import cli\n"
    "sys.argv = ['toezegbot', *sys.argv[1:]]\n"
    "cli()\n"
)
NOT_INSTALLED = (
    "De oefenchat is niet geïnstalleerd (ontbreekt: aiohttp): installeer hem met "
    'pip install "toezegbot[offline]" (in de broncode: scripts/start), of zet het token van @BotFather in '
    "TOEZEGBOT_TELEGRAM_TOKEN."
)


def _environment(tmp_path: Path) -> dict[str, str]:
    return {key: value for key, value in os.environ.items() if not key.startswith("TOEZEGBOT_")} | {
        "TOEZEGBOT_CONFIG_FILE": str(tmp_path / "none.toml"),
        "TOEZEGBOT_DATA_DIR": str(tmp_path),
    }


def test_the_chat_command_opens_the_installed_offline_chat(tmp_path: Path) -> None:
    assert PROGRAM is not None, "toezegbot is not installed in this environment"
    result = subprocess.run(
        [PROGRAM, "chat"],
        env=_environment(tmp_path),
        input="/start\n/stop\n",
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("Toezegbot — offline chat.")
    assert "\nbot: " in result.stdout  # the real bot answered /start
    assert "staat niet in TOEZEGBOT_ADMINS" not in result.stdout  # the chat's user administers the bot
    assert result.stdout.rstrip().endswith("Tot ziens!")


@pytest.mark.parametrize("command", ["chat", "run"])
def test_without_the_extra_one_dutch_line_says_how_to_install_it(tmp_path: Path, command: str) -> None:
    primary, terminal = pty.openpty()  # run opens the chat only for a terminal
    try:
        result = subprocess.run(
            [sys.executable, "-c", WITHOUT_AIOHTTP, command],
            env=_environment(tmp_path),
            stdin=terminal,
            capture_output=True,
            text=True,
            timeout=120,
            check=False,
        )
    finally:
        os.close(terminal)
        os.close(primary)
    assert (result.returncode, result.stdout, result.stderr) == (1, "", NOT_INSTALLED + "\n")


def test_moving_the_clock_of_the_real_bot_brings_the_reminders_that_fell_due(tmp_path: Path) -> None:
    """``/klok`` in ``toezegbot chat`` moves the real bot's clock: a commitment due in ten days gets its
    reminder once the clock is nine days ahead, and the clock never goes back."""
    assert PROGRAM is not None, "toezegbot is not installed in this environment"
    due = date.today() + timedelta(days=10)
    lines = [
        f"/nieuw VWS: Kamer informeren over de mondzorg uiterlijk {due.isoformat()}",
        "1",
        "/klok +9 dagen",
        "/klok 2020-01-01",
        "/stop",
    ]
    result = subprocess.run(
        [PROGRAM, "chat"],
        env=_environment(tmp_path),
        input="".join(f"{line}\n" for line in lines),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    output = result.stdout
    saved = output.index("Opgeslagen als #1.")
    reminded = re.search(
        r"⏰ Herinnering #1: Kamer informeren over de mondzorg|Gemiste herinneringen", output
    )
    assert reminded is not None, output
    assert saved < reminded.start() < output.index("(de klok gaat alleen vooruit")
    assert "(de klok van de bot staat nu op " in output
