"""The bot's clock in the offline chat, which ``/klok`` there moves forward to try reminders by hand.

Only ``toezegbot chat`` uses it: the real bot runs on the system's clock. The clock never goes back, so what
the bot stored (history, reminders sent) never lies ahead of its own time.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from datetime import datetime, timedelta, tzinfo
from typing import TYPE_CHECKING

from bot.reminders import run_reminders_now
from commitments.clock import Clock, utcnow
from commitments.reminders.services import next_due

if TYPE_CHECKING:
    from bot.context import BotApplication
    from commitments.db import Database
    from config.settings import Settings

BuildApplication = Callable[..., "BotApplication"]


class TimeTravel:
    """The system's clock plus an offset that only grows, and the one application that runs on it."""

    def __init__(self) -> None:
        self.offset = timedelta(0)
        self._application: BotApplication | None = None

    def now(self) -> datetime:
        return utcnow() + self.offset

    def builder(self, build_application: BuildApplication) -> Callable[[Settings, Database], BotApplication]:
        """``build_application`` with this clock (in the settings' time zone), remembering what it built."""

        def build(settings: Settings, db: Database) -> BotApplication:
            self._application = build_application(settings, db, clock=self.clock(settings.tz))
            return self._application

        return build

    def clock(self, tz: tzinfo) -> Clock:
        return Clock(tz, source=self.now)

    async def forward(self, by: timedelta) -> datetime:
        """Move the clock ``by`` (not negative) ahead, let the bot do what fell due meanwhile, and return the
        new time.

        The clock stops at each moment a reminder or digest falls due on the way and the bot sends it then,
        so what falls due during the jump goes out on time and in order (a reminder planned after one went
        out, the next weekly digest, included), as if the time had passed; not as the late reminders and
        catch-up of a bot that was down."""
        target = self.now() + by
        application = self._application
        if by and application is not None:
            transactions = application.bot_data.transactions
            while (stop := await asyncio.to_thread(transactions.run, next_due, target)) is not None:
                self._move_to(stop)
                await run_reminders_now(application)
        self._move_to(target)
        if by and application is not None:
            await run_reminders_now(application)
        return self.now()

    def _move_to(self, moment: datetime) -> None:
        """Let the clock read ``moment`` now, if that is not behind it."""
        self.offset = max(self.offset, moment - utcnow())
