"""Run a python-telegram-bot ``Application`` inside the current event loop, as ``run_polling`` would.

``Application.run_polling`` owns the event loop and blocks; tests, the offline chat and the benchmark
already run in a loop, so they use :func:`running_application` instead. The order of the steps (and
the post_init/post_stop/post_shutdown hooks) is the one ``run_polling`` follows.
"""

from __future__ import annotations

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
