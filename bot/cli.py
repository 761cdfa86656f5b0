"""``toezegbot run`` (the bot: polling, or a webhook when TOEZEGBOT_WEBHOOK_URL is set) and ``toezegbot chat``
(the bot in the terminal through the fake Telegram server, no token needed; the extra ``toezegbot[offline]``),
added to the domain CLI.

:func:`cli` is the ``toezegbot`` program: it runs every command under one handler that turns a failure at
start-up (no network, a token Telegram refuses, an unreachable database, a port in use) into one Dutch line
and exit code 1, with the token redacted from whatever is printed.
"""

from __future__ import annotations

import asyncio
import hashlib
import logging
import os
import sys
import traceback
from typing import TYPE_CHECKING
from urllib.parse import urlparse

import click

from bot.logging_setup import configure_logging, redact
from commitments.cli import main

if TYPE_CHECKING:
    from collections.abc import Awaitable, Callable
    from datetime import datetime, timedelta

    from bot.context import BotApplication
    from commitments.db import Database
    from config.settings import Settings

    # offline_telegram.chat_repl.chat_in_terminal: settings, database, the bot's build_application and what
    # moves the bot's clock forward
    OfflineChat = Callable[
        [
            Settings,
            Database,
            Callable[[Settings, Database], BotApplication],
            Callable[[timedelta], Awaitable[datetime]],
        ],
        None,
    ]

# The bot, Telegram, SQLAlchemy and the settings are imported where they are used: ``toezegbot --help`` and
# the domain's light commands (``deadline``) start without them.

OFFLINE_CHAT_ENTRY_POINT = "toezegbot.offline_chat"
NO_OFFLINE_CHAT = (
    "De oefenchat is niet geïnstalleerd (ontbreekt: {missing}): installeer hem met "
    'pip install "toezegbot[offline]" (in de broncode: scripts/start), of zet het token van @BotFather in '
    "TOEZEGBOT_TELEGRAM_TOKEN."
)
NO_TOKEN_HERE = (
    "Geen TOEZEGBOT_TELEGRAM_TOKEN ingesteld: zonder token start alleen de oefenchat, en die kan alleen in "
    "een terminal. Zet het token van @BotFather in TOEZEGBOT_TELEGRAM_TOKEN."
)


def _settings() -> Settings:
    """The settings, or one clear line naming the bad setting and exit code 2."""
    from config.settings import SettingsError, load_settings

    try:
        return load_settings()
    except SettingsError as exc:
        click.echo(f"Ongeldige instelling: {exc}", err=True)
        raise SystemExit(2) from None


def _database(settings: Settings) -> Database:
    from commitments.db import Database

    database = Database(settings.effective_database_url)
    database.ensure_schema()
    return database


def _installed_offline_chat() -> OfflineChat:
    """The offline chat of the extra ``toezegbot[offline]`` (the package offline_telegram, with aiohttp),
    found through its entry point so that the bot never imports it; without it one Dutch line, exit 1."""
    from importlib.metadata import entry_points

    missing = "offline_telegram"
    for entry_point in entry_points(group=OFFLINE_CHAT_ENTRY_POINT, name="chat"):
        try:
            chat: OfflineChat = entry_point.load()
        except ModuleNotFoundError as error:
            missing = error.name or entry_point.value
        else:
            return chat
    click.echo(NO_OFFLINE_CHAT.format(missing=missing), err=True)
    raise SystemExit(1)


def _offline_chat(chat: OfflineChat, settings: Settings) -> None:
    """The terminal chat with the real bot on the configured database, on a clock that ``/klok`` moves."""
    from bot.app import build_application
    from bot.time_travel import TimeTravel

    configure_logging("WARNING", None)
    travel = TimeTravel()
    chat(settings, _database(settings), travel.builder(build_application), travel.forward)


async def _check_telegram(settings: Settings, token: str) -> None:
    """Ask Telegram who we are once, so a refused token or no network stops start-up with our own line
    (python-telegram-bot would log a traceback first)."""
    from telegram import Bot

    async with Bot(token, base_url=f"{settings.telegram_api_url}/bot") as bot:
        await bot.get_me()


def _serve(settings: Settings) -> None:
    from telegram import Update

    from bot.app import build_application

    token = settings.telegram_token.get_secret_value() if settings.telegram_token else ""
    configure_logging(settings.log_level, token)
    database = _database(settings)
    asyncio.run(_check_telegram(settings, token))
    application = build_application(settings, database)
    if not settings.webhook_url:
        application.run_polling(allowed_updates=Update.ALL_TYPES)
        return
    application.run_webhook(
        listen=settings.webhook_listen,
        port=settings.webhook_port,
        url_path=urlparse(settings.webhook_url).path.lstrip("/"),
        webhook_url=settings.webhook_url,
        secret_token=hashlib.sha256(token.encode()).hexdigest()[:64],
        allowed_updates=Update.ALL_TYPES,
    )


@click.command()
@click.option(
    "--alleen-telegram",
    "telegram_only",
    is_flag=True,
    help="Alleen de echte bot: zonder token stoppen in plaats van de oefenchat te openen (zo start Docker).",
)
def run(telegram_only: bool) -> None:
    """Start de bot (polling; met TOEZEGBOT_WEBHOOK_URL een webhook). Zonder token: de oefenchat."""
    settings = _settings()
    if settings.telegram_token is None:
        if telegram_only or not sys.stdin.isatty():
            click.echo(NO_TOKEN_HERE, err=True)
            raise SystemExit(2)
        offline = _installed_offline_chat()
        click.echo("Geen TOEZEGBOT_TELEGRAM_TOKEN ingesteld: ik start de oefenchat in de terminal.", err=True)
        _offline_chat(offline, settings)
        return
    _serve(settings)


@click.command()
def chat() -> None:
    """Praat in de terminal met de bot, zonder Telegram en zonder token."""
    settings = _settings()
    _offline_chat(_installed_offline_chat(), settings)


main.add_command(run)
main.add_command(chat)


def _first_line(text: str) -> str:
    return next((line.strip() for line in text.splitlines() if line.strip()), "")


def startup_problem(error: BaseException, api_url: str) -> str:
    """One Dutch line for what went wrong; the exception's own text only where it helps (the database's)."""
    from sqlalchemy.exc import DBAPIError
    from telegram.error import InvalidToken, NetworkError, TelegramError

    if isinstance(error, InvalidToken):
        return (
            "Telegram weigert het token in TOEZEGBOT_TELEGRAM_TOKEN. "
            "Controleer het of vraag een nieuw aan bij @BotFather."
        )
    if isinstance(error, NetworkError):
        return (
            f"Telegram is niet bereikbaar ({api_url}): controleer de netwerkverbinding en "
            "TOEZEGBOT_TELEGRAM_API_URL."
        )
    if isinstance(error, TelegramError):
        return f"Telegram weigert te starten: {_first_line(error.message)}"
    if isinstance(error, DBAPIError):
        reason = _first_line(str(error.orig)) if error.orig is not None else type(error).__name__
        return f"De database is niet bereikbaar ({reason}). Controleer TOEZEGBOT_DATABASE_URL."
    if isinstance(error, OSError):
        return f"Starten lukt niet: {_first_line(error.strerror or str(error))}."
    return f"Onverwachte fout bij het starten: {type(error).__name__}: {_first_line(str(error))}"


def _token_and_api() -> tuple[str | None, str]:
    """The token to redact and the Bot API address, from the settings as far as they can be read."""
    from config.settings import DEFAULT_API_URL, SettingsError, load_settings

    try:
        settings = load_settings()
    except SettingsError:
        return os.environ.get("TOEZEGBOT_TELEGRAM_TOKEN"), DEFAULT_API_URL
    token = settings.telegram_token.get_secret_value() if settings.telegram_token else None
    return token, settings.telegram_api_url


def cli() -> None:
    """The ``toezegbot`` program: every command, with start-up failures as one Dutch line and exit code 1.

    With TOEZEGBOT_LOG_LEVEL=DEBUG the (redacted) traceback follows the line.
    """
    try:
        main.main(prog_name="toezegbot")
    except Exception as error:
        token, api_url = _token_and_api()
        click.echo(redact(startup_problem(error, api_url), token), err=True)
        if os.environ.get("TOEZEGBOT_LOG_LEVEL", "").upper() == "DEBUG":
            click.echo(redact("".join(traceback.format_exception(error)), token), err=True)
        logging.shutdown()
        raise SystemExit(1) from None


__all__ = ["cli", "main"]
