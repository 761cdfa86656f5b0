"""A delivery worker in its own process, for the crash test: ``python -m tests.e2e.reminder_worker``.

Arguments: database URL, fake Bot API URL, bot token, the frozen "now" (ISO). It runs one delivery round.
"""

from __future__ import annotations

import asyncio
import sys
from datetime import datetime

from telegram import Bot

from bot.reminders import TelegramNotifier
from commitments.db import Database
from commitments.reminders.delivery import Deliverer


async def main(database_url: str, api_url: str, token: str, now: datetime) -> None:
    db = Database(database_url)
    async with Bot(token, base_url=f"{api_url}/bot") as bot:
        await Deliverer(db, TelegramNotifier(bot, timeout=60), "doomed-worker", clock=lambda: now).run()


if __name__ == "__main__":
    url, api, token, moment = sys.argv[1:5]
    asyncio.run(main(url, api, token, datetime.fromisoformat(moment)))
