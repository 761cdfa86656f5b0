"""Updates per second through python-telegram-bot, against the fake Telegram server on loopback.

A bare echo bot gives the ceiling that python-telegram-bot plus HTTP allow on this machine; the same
:func:`measure_updates_per_second` applied to the real bot shows how much of it the bot keeps.

    .venv/bin/python -m bench.bench_bot -n 500
"""

from __future__ import annotations

import argparse
import asyncio
import time

from telegram import Update
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

from bot.fake_api import AnyApplication, Chat, FakeTelegram, User, running_application


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


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("-n", type=int, default=500, help="updates to send (default 500)")
    arguments = parser.parse_args()
    rate = asyncio.run(bench_echo(arguments.n))
    print(f"bare python-telegram-bot echo bot: {rate:.0f} updates/s over {arguments.n} updates")


if __name__ == "__main__":
    main()
