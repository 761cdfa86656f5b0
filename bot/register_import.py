"""The daily import of the Tweede Kamer's register, per team (``TOEZEGBOT_TK_IMPORT_TIME`` and
``TOEZEGBOT_TK_IMPORT_TEAMS=-1001234567890:JenV,...``).

Each pair gets a daily job on the JobQueue. The import itself (network first, then one transaction) runs in
a thread; when it changed anything the team gets one line saying what. A failure is logged and kept for
``/status``; the next day simply tries again from the same high-water mark.
"""

from __future__ import annotations

import asyncio
import logging

from bot.context import BotApplication, BotContext
from bot.render import esc
from commitments.errors import DomainError
from commitments.ministries import ministry_code
from commitments.tk_register.importer import import_from_api
from config.settings import Settings, SettingsError

log = logging.getLogger(__name__)

BY = "toezeggingenregister (dagelijkse import)"


def job_name(team: int, ministry: str) -> str:
    return f"tk-import:{team}:{ministry}"


async def daily_import(context: BotContext) -> None:
    """Import one ministry into one team (the job's data) and tell the team what changed, if anything."""
    if context.job is None or not isinstance(context.job.data, tuple):
        raise LookupError("the daily import runs as a job with (team, ministry) as its data")
    team, code = context.job.data
    try:
        # a long job with network reads: each of its steps is a unit of work of its own, all off the loop
        counts = await asyncio.to_thread(
            import_from_api,
            context.bot_data.transactions,
            context.settings.tk_api_url,
            code,
            None,
            team,
            BY,
        )
    except DomainError as exc:
        log.warning(
            "dagelijkse import van het register voor chat %s (%s) mislukt: %s", team, code, exc.message
        )
        return
    log.info("dagelijkse import van het register voor chat %s (%s): %s", team, code, counts.summary())
    if counts.new or counts.updated or counts.linked or counts.withdrawn:
        await context.bot.send_message(
            team, f"📥 Toezeggingenregister van de Tweede Kamer ({esc(code)}) bijgewerkt: {counts.summary()}."
        )


def install_register_import(application: BotApplication, settings: Settings) -> None:
    """Plan the daily import of every configured team and ministry; nothing without an import time."""
    if settings.tk_import_time is None or not settings.tk_import_teams:
        return
    if application.job_queue is None:
        raise RuntimeError("the daily import needs python-telegram-bot's job queue (the [job-queue] extra)")
    moment = settings.tk_import_time.replace(tzinfo=settings.tz)
    for team, written in settings.tk_import_teams:
        code = ministry_code(written)
        if code is None:
            raise SettingsError(
                f"TOEZEGBOT_TK_IMPORT_TEAMS: onbekend ministerie '{written}' voor chat {team}"
            )
        application.job_queue.run_daily(daily_import, moment, data=(team, code), name=job_name(team, code))
