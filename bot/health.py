"""The health endpoint: ``GET /healthz`` on its own small tornado server (``TOEZEGBOT_HEALTH_PORT``).

python-telegram-bot's webhook server (also tornado) offers no way to add a route, so the endpoint listens on a
port of its own, next to the webhook (on ``TOEZEGBOT_WEBHOOK_LISTEN``) or in polling mode alike. It answers
200 with :func:`commitments.status.collect`'s JSON when the database can be read, 503 otherwise; Docker's
HEALTHCHECK and compose ask it.
"""

from __future__ import annotations

import asyncio
import json

from tornado.httpserver import HTTPServer
from tornado.web import Application, RequestHandler

from commitments import status
from commitments.unit_of_work import Transactions
from config.settings import Settings

PATH = "/healthz"


class HealthServer:
    """Started with the bot (post_init) and stopped with it (post_shutdown)."""

    def __init__(self, settings: Settings, transactions: Transactions) -> None:
        if settings.health_port is None:
            raise ValueError("the health endpoint needs TOEZEGBOT_HEALTH_PORT")
        self.settings = settings
        self.port = settings.health_port
        self.transactions = transactions
        self._server: HTTPServer | None = None

    async def start(self) -> None:
        routes = [(PATH, _HealthHandler, {"health": self})]
        self._server = HTTPServer(Application(routes, log_function=lambda _: None))  # no access log
        self._server.listen(self.port, self.settings.webhook_listen)

    async def stop(self) -> None:
        if self._server is not None:
            self._server.stop()
            await self._server.close_all_connections()
            self._server = None

    async def report(self) -> status.BotStatus:
        return await asyncio.to_thread(self.transactions.run, status.collect, self.settings.tz)


class _HealthHandler(RequestHandler):
    def initialize(self, health: HealthServer) -> None:
        self.health = health

    async def get(self) -> None:
        report = await self.health.report()
        self.set_status(200 if report.healthy else 503)
        self.set_header("Content-Type", "application/json; charset=utf-8")
        self.finish(json.dumps(report.as_json()))
