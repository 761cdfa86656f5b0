"""Updates per second through the whole bot against a bare python-telegram-bot echo bot, in one run.

Both run on the fake Telegram server on loopback over real HTTP. The echo bot gives the ceiling that
python-telegram-bot plus HTTP allow on this machine; toezegbot answers ``/open`` in a served group from an
SQLite database holding a team's commitments (access check, query, rendering of a page of the list), with
Telegram's flood limits off in the rate limiter, as the fake server has none. The ratio is the share of the
ceiling the bot keeps.

    .venv/bin/python -m bench.bench_bot -n 500
"""

from __future__ import annotations

import argparse
import asyncio
import tempfile
import time
from datetime import date, timedelta
from pathlib import Path

from pydantic import SecretStr
from telegram import Update
from telegram.ext import AIORateLimiter, ApplicationBuilder, ContextTypes, MessageHandler, filters

from bot.app import build_application
from commitments import services
from commitments.db import Database
from config.settings import Settings
from offline_telegram.fake_api import AnyApplication, Chat, FakeTelegram, User, running_application
from tests.use_case import use_case

TEAM_ITEMS = 200


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    message = update.effective_message
    if message is not None and message.text:
        await message.reply_text(message.text)


def echo_application(fake: FakeTelegram) -> AnyApplication:
    """The smallest useful bot: answers every text with the same text, through ``fake``."""
    application = (
        ApplicationBuilder()
        .token(fake.token)
        .base_url(f"{fake.api_url}/bot")
        .base_file_url(f"{fake.api_url}/file/bot")
        .build()
    )
    application.add_handler(MessageHandler(filters.TEXT, _echo))
    return application


async def measure_updates_per_second(
    fake: FakeTelegram,
    application: AnyApplication,
    chat: Chat,
    user: User,
    n: int,
    *,
    text: str = "hallo",
    limit_seconds: float = 120.0,
) -> float:
    """Run ``application`` (not yet started), queue ``n`` texts at once, time until ``n`` more replies.

    One warm-up message goes first so start-up is not measured. ``text`` must be something the bot
    answers with exactly one message.
    """
    async with running_application(application):
        await fake.wait_for_messages(chat, _send_texts(fake, chat, user, text, 1), limit_seconds)
        started = time.perf_counter()
        await fake.wait_for_messages(chat, _send_texts(fake, chat, user, text, n), limit_seconds)
        return n / (time.perf_counter() - started)


def _send_texts(fake: FakeTelegram, chat: Chat, user: User, text: str, count: int) -> int:
    """Send ``count`` texts; return how many bot messages the chat should then hold."""
    target = len(fake.outbox(chat)) + count
    for _ in range(count):
        fake.send_text(chat, user, text)
    return target


async def bench_echo(n: int) -> float:
    async with FakeTelegram() as fake:
        user = User(1, "Bench")
        return await measure_updates_per_second(
            fake, echo_application(fake), fake.private_chat(user), user, n
        )


def _fill(db: Database, team: int) -> None:
    """A team with ``TEAM_ITEMS`` open commitments, a few overdue."""
    first = date.today() - timedelta(days=20)
    for number in range(TEAM_ITEMS):
        new = services.NewCommitment(
            title=f"Kamer informeren over onderwerp {number}",
            deadline=first + timedelta(days=3 * number),
            ministry=("JenV", "VWS", "BZK")[number % 3],
            refs=[f"28638-{100 + number}"],
            team=team,
        )
        use_case(db, services.add_commitment, new, "bench")


async def bench_toezegbot(n: int, directory: Path) -> float:
    db = Database(f"sqlite:///{directory / 'bench.db'}")
    db.ensure_schema()
    try:
        async with FakeTelegram() as fake:
            user, team = User(1, "Bench", username="bench"), fake.group_chat("Team bench")
            _fill(db, team.id)
            settings = Settings(
                telegram_token=SecretStr(fake.token),
                telegram_api_url=fake.api_url,
                allowed_chats=[team.id],
                data_dir=directory,
            )
            limiter = AIORateLimiter(overall_max_rate=0, group_max_rate=0)
            application = build_application(settings, db, rate_limiter=limiter)
            return await measure_updates_per_second(fake, application, team, user, n, text="/open")
    finally:
        db.dispose()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-n", type=int, default=500, help="updates to send to each bot (default 500)")
    arguments = parser.parse_args()
    echo = asyncio.run(bench_echo(arguments.n))
    with tempfile.TemporaryDirectory() as directory:
        bot = asyncio.run(bench_toezegbot(arguments.n, Path(directory)))
    print(f"bare python-telegram-bot echo bot: {echo:.0f} updates/s over {arguments.n} updates")
    print(
        f"toezegbot, /open over {TEAM_ITEMS} items on SQLite: {bot:.0f} updates/s over {arguments.n} updates"
    )
    print(f"ratio: toezegbot keeps {bot / echo:.2f} of the echo bot's rate ({echo / bot:.1f}x slower)")


if __name__ == "__main__":
    main()
