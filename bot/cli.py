"""``toezegbot run`` (the bot: polling, or a webhook when TOEZEGBOT_WEBHOOK_URL is set) and ``toezegbot chat``
(the bot in the terminal through the fake Telegram server, no token needed), added to the domain CLI."""

from __future__ import annotations

import asyncio
import hashlib
from urllib.parse import urlparse

import click
from telegram import Update

from bot.app import build_application
from bot.logging_setup import configure_logging
from commitments.cli import main
from commitments.db import Database
from config.settings import Settings, SettingsError, load_settings


def _settings() -> Settings:
    """The settings, or one clear line naming the bad setting and exit code 2."""
    try:
        return load_settings()
    except SettingsError as exc:
        click.echo(f"Ongeldige instelling: {exc}", err=True)
        raise SystemExit(2) from None


def _database(settings: Settings) -> Database:
    database = Database(settings.effective_database_url)
    database.ensure_schema()
    return database


def _offline_chat(settings: Settings) -> None:
    """The terminal chat; for this session the local user is a global admin and the chat team is served."""
    from bot.chat_repl import CHAT_USER_ID, TEAM_CHAT_ID, run_chat  # the fake server is only needed offline

    configure_logging("WARNING", None)
    session = settings.model_copy(
        update={
            "admins": [*settings.admins, CHAT_USER_ID],
            "allowed_chats": [*settings.allowed_chats, CHAT_USER_ID, TEAM_CHAT_ID],
        }
    )
    asyncio.run(run_chat(session, _database(session), build_application))


def _serve(settings: Settings) -> None:
    token = settings.telegram_token.get_secret_value() if settings.telegram_token else ""
    configure_logging(settings.log_level, token)
    application = build_application(settings, _database(settings))
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
def run() -> None:
    """Start de bot (polling; met TOEZEGBOT_WEBHOOK_URL een webhook). Zonder token: de oefenchat."""
    settings = _settings()
    if settings.telegram_token is None:
        click.echo("Geen TOEZEGBOT_TELEGRAM_TOKEN ingesteld: ik start de oefenchat in de terminal.", err=True)
        _offline_chat(settings)
        return
    _serve(settings)


@click.command()
def chat() -> None:
    """Praat in de terminal met de bot, zonder Telegram en zonder token."""
    _offline_chat(_settings())


main.add_command(run)
main.add_command(chat)

__all__ = ["main"]
