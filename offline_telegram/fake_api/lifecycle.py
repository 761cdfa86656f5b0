"""Run a python-telegram-bot ``Application`` inside the current event loop, as ``run_polling`` would.

``Application.run_polling`` owns the event loop and blocks; tests, the offline chat and the benchmark
already run in a loop, so they use :func:`running_application` instead. The order of the steps (and
the post_init/post_stop/post_shutdown hooks) is the one ``run_polling`` follows.
"""

from __future__ import annotations

import asyncio
from collections.abc import AsyncIterator
from contextlib import asynccontextmanager
from typing import Any

from telegram import Update
from telegram.ext import Application

AnyApplication = Application[Any, Any, Any, Any, Any, Any]


@asynccontextmanager
async def running_application(application: AnyApplication) -> AsyncIterator[AnyApplication]:
    """Initialise, start and poll ``application`` for the duration of the ``async with`` block."""
    updater = application.updater
    if updater is None:
        raise ValueError("the application was built without an updater, so it cannot poll")
    await application.initialize()
    try:
        if application.post_init:
            await application.post_init(application)
        await updater.start_polling(allowed_updates=Update.ALL_TYPES)
        await application.start()
        try:
            yield application
        finally:
            if updater.running:
                await updater.stop()
            if application.running:
                await application.stop()
                if application.post_stop:
                    await application.post_stop(application)
    finally:
        await application.shutdown()
        if application.post_shutdown:
            await application.post_shutdown(application)


def handling(application: AnyApplication) -> bool:
    """Whether ``application`` still has an update in hand: fetched but not taken up, being handled, or a
    ``block=False`` handler of one still running. python-telegram-bot runs the last two as tasks named
    ``Application:BOT_ID:process_…`` (:meth:`Application.create_task`), which is how they are found."""
    if not application.update_queue.empty() or application.update_processor.current_concurrent_updates:
        return True
    prefix = f"Application:{application.bot.id}:process_"
    return any(task.get_name().startswith(prefix) and not task.done() for task in asyncio.all_tasks())
