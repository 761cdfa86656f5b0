"""Start-up failures of the installed ``toezegbot`` program, run as a subprocess: one Dutch line on standard
error, a non-zero exit, and the token printed nowhere."""

from __future__ import annotations

import asyncio
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from bot.logging_setup import redact
from offline_telegram.fake_api import FakeTelegram

PROGRAM = shutil.which("toezegbot", path=str(Path(sys.executable).parent))
SECRET_TOKEN = "987654321:AAH-this-is-the-secret-half-0123456789"


def _run(
    tmp_path: Path, *args: str, stdin: int | None = subprocess.DEVNULL, **env: str
) -> subprocess.CompletedProcess[str]:
    assert PROGRAM is not None, "toezegbot is not installed in this environment"
    environment = (
        {key: value for key, value in os.environ.items() if not key.startswith("TOEZEGBOT_")}
        | {"TOEZEGBOT_CONFIG_FILE": str(tmp_path / "none.toml"), "TOEZEGBOT_DATA_DIR": str(tmp_path)}
        | env
    )
    return subprocess.run(
        [PROGRAM, *args],
        env=environment,
        stdin=stdin,
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )


def _one_line(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode != 0
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    return lines[0]


def test_no_network_is_one_dutch_line(tmp_path: Path) -> None:
    result = _run(
        tmp_path, "run", TOEZEGBOT_TELEGRAM_TOKEN="1:x", TOEZEGBOT_TELEGRAM_API_URL="http://127.0.0.1:9"
    )
    assert result.returncode == 1
    assert _one_line(result) == (
        "Telegram is niet bereikbaar (http://127.0.0.1:9): controleer de netwerkverbinding en "
        "TOEZEGBOT_TELEGRAM_API_URL."
    )
    assert "1:x" not in result.stderr


def test_a_token_telegram_refuses_is_one_line_without_the_token(tmp_path: Path) -> None:
    async def refused() -> subprocess.CompletedProcess[str]:
        async with FakeTelegram() as fake:  # knows another token: answers 401 Unauthorized
            return await asyncio.to_thread(
                _run,
                tmp_path,
                "run",
                TOEZEGBOT_TELEGRAM_TOKEN=SECRET_TOKEN,
                TOEZEGBOT_TELEGRAM_API_URL=fake.api_url,
            )

    result = asyncio.run(refused())
    assert result.returncode == 1
    assert _one_line(result) == (
        "Telegram weigert het token in TOEZEGBOT_TELEGRAM_TOKEN. Controleer het of vraag een nieuw aan bij "
        "@BotFather."
    )
    assert SECRET_TOKEN.partition(":")[2] not in result.stderr + result.stdout


@pytest.mark.parametrize("command", [["run"], ["list"], ["reminders"], ["import", "x.csv"]])
def test_an_unreachable_database_is_one_dutch_line_for_every_command(
    tmp_path: Path, command: list[str]
) -> None:
    (tmp_path / "x.csv").write_text("titel\nBrief\n", "utf-8")
    result = _run(
        tmp_path,
        *[str(tmp_path / part) if part.endswith(".csv") else part for part in command],
        TOEZEGBOT_TELEGRAM_TOKEN=SECRET_TOKEN,
        TOEZEGBOT_DATABASE_URL="postgresql://toezegbot@127.0.0.1:9/toezegbot",
    )
    assert result.returncode == 1
    line = _one_line(result)
    assert line.startswith("De database is niet bereikbaar (")
    assert line.endswith("Controleer TOEZEGBOT_DATABASE_URL.")
    assert SECRET_TOKEN.partition(":")[2] not in result.stderr


def test_without_a_token_and_without_a_terminal_run_refuses_in_one_line(tmp_path: Path) -> None:
    result = _run(tmp_path, "run")
    assert result.returncode == 2
    assert _one_line(result).startswith("Geen TOEZEGBOT_TELEGRAM_TOKEN ingesteld: zonder token start alleen")


def test_redact_replaces_the_token_and_its_secret_half() -> None:
    secret = SECRET_TOKEN.partition(":")[2]
    assert (
        redact(f"url /bot{SECRET_TOKEN}/getMe and {secret}", SECRET_TOKEN)
        == "url /bot[TOKEN]/getMe and [TOKEN]"
    )
    assert redact("1:x werd geweigerd; x blijft", "1:x") == "[TOKEN] werd geweigerd; x blijft"
    assert redact("niets", None) == "niets"
