"""A delivery worker in its own process: ``python -m tests.e2e.reminder_worker DB API TOKEN START [options]``.

Its clock reads START (ISO) at the wall-clock moment ``--origin`` (default: when it starts) and runs on in
real time, so several processes can share one made-up "now". Without ``--until-done`` it runs one delivery
round (the crash test kills it mid-send); with it, it runs rounds until nothing due is left in the ledger,
then prints what it sent as JSON (the two-replica benchmark).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import time
from datetime import datetime, timedelta

from sqlalchemy import func, select
from telegram import Bot
from telegram.ext import AIORateLimiter, ExtBot
from telegram.request import HTTPXRequest

from bot.reminders import TelegramNotifier
from commitments.db import Database
from commitments.reminders.delivery import Deliverer, DeliveryOptions, DeliveryReport
from commitments.reminders.ledger import PENDING, Reminder
from commitments.reminders.pacing import SharedPacer, bot_key
from commitments.unit_of_work import Transactions
from tests.use_case import transaction


class Ticking:
    """A clock that reads ``start`` at the wall-clock moment ``origin`` and runs on in real time."""

    def __init__(self, start: datetime, origin: float | None = None) -> None:
        self.start = start
        self.origin = time.time() if origin is None else origin

    def __call__(self) -> datetime:
        return self.start + timedelta(seconds=time.time() - self.origin)


def nothing_due(db: Database, now: datetime) -> bool:
    with transaction(db) as session:
        due = select(func.count()).where(Reminder.status.in_(PENDING), Reminder.due_at <= now)
        return not session.scalar(due)


async def main(args: argparse.Namespace) -> None:
    db = Database(args.database_url)
    clock = Ticking(datetime.fromisoformat(args.start), args.origin)
    options = DeliveryOptions(
        lease=timedelta(seconds=args.lease), heartbeat=timedelta(seconds=args.heartbeat)
    )
    pacer = SharedPacer(bot_key(args.token)) if args.pace else None
    total = DeliveryReport()
    request = HTTPXRequest(connection_pool_size=32)
    base_url = f"{args.api_url}/bot"
    if args.ptb_rate_limiter:  # the benchmark's baseline: python-telegram-bot's limiter in this process
        bot: Bot = ExtBot(
            args.token, base_url=base_url, request=request, rate_limiter=AIORateLimiter(max_retries=0)
        )
    else:
        bot = Bot(args.token, base_url=base_url, request=request)
    async with bot:
        deliverer = Deliverer(Transactions(db), TelegramNotifier(bot), args.name, clock, options, pacer)
        while True:
            report = await deliverer.run()
            total.sent, total.retried = total.sent + report.sent, total.retried + report.retried
            if not args.until_done or await asyncio.to_thread(nothing_due, db, clock()):
                break
            await asyncio.sleep(args.tick)
    db.dispose()
    print(json.dumps({"worker": args.name, "sent": total.sent, "retried": total.retried}))


def arguments() -> argparse.Namespace:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("database_url")
    parser.add_argument("api_url")
    parser.add_argument("token")
    parser.add_argument("start", help="the clock's first moment, ISO 8601 with a zone")
    parser.add_argument("--origin", type=float, help="wall-clock seconds at which the clock reads START")
    parser.add_argument("--name", default="worker")
    parser.add_argument("--lease", type=float, default=DeliveryOptions.lease.total_seconds())
    parser.add_argument("--heartbeat", type=float, default=DeliveryOptions.heartbeat.total_seconds())
    parser.add_argument("--pace", action="store_true", help="take turns in the shared send rate")
    parser.add_argument("--ptb-rate-limiter", action="store_true", help="send through AIORateLimiter")
    parser.add_argument("--until-done", action="store_true")
    parser.add_argument("--tick", type=float, default=0.2, help="seconds between rounds (the bot: 30)")
    return parser.parse_args()


if __name__ == "__main__":
    asyncio.run(main(arguments()))
