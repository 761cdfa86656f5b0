"""The health endpoint: ``GET /healthz`` on its own small aiohttp server (``TOEZEGBOT_HEALTH_PORT``).

python-telegram-bot's webhook server (tornado) offers no way to add a route, so the endpoint listens on a
port of its own, next to the webhook (on ``TOEZEGBOT_WEBHOOK_LISTEN``) or in polling mode alike. It answers
200 with :func:`commitments.status.collect`'s JSON when the database can be read, 503 otherwise; Docker's
HEALTHCHECK and compose ask it.
"""

from __future__ import annotations

import asyncio

from aiohttp import web

from commitments import status
from commitments.unit_of_work import Transactions
from config.settings import Settings

PATH = "/healthz"


class HealthServer:
    """Started with the bot (post_init) and stopped with it (post_shutdown)."""

    def __init__(self, settings: Settings, transactions: Transactions) -> None:
        self.settings = settings
        self.transactions = transactions
        self._runner: web.AppRunner | None = None

    async def start(self) -> None:
        app = web.Application()
        app.router.add_get(PATH, self._health)
        self._runner = web.AppRunner(app, access_log=None)
        await self._runner.setup()
        await web.TCPSite(self._runner, self.settings.webhook_listen, self.settings.health_port).start()

    async def stop(self) -> None:
        if self._runner is not None:
            await self._runner.cleanup()
            self._runner = None

    async def _health(self, _: web.Request) -> web.Response:
        report = await asyncio.to_thread(self.transactions.run, status.collect, self.settings.tz)
        return web.json_response(report.as_json(), status=200 if report.healthy else 503)
