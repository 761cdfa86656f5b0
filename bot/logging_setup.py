"""Logging for the bot: one format, quiet HTTP clients, and the bot token redacted from every record.

httpx logs each request URL at INFO, and the Bot API puts the token in the URL, so httpx and httpcore are
set to WARNING; the :class:`RedactToken` filter on the handlers is the second line of defence, also for
tracebacks.
"""

from __future__ import annotations

import logging

REDACTED = "[TOKEN]"
NOISY_LOGGERS = ("httpx", "httpcore", "apscheduler", "alembic")
MIN_SECRET = 8
"""A secret shorter than this is not replaced on its own: it would blank ordinary words."""


def secrets_of(token: str) -> list[str]:
    """What of ``token`` must never be printed: the token as written and URL-encoded, and its secret half
    (longest first, so the whole token is replaced before its parts)."""
    if not token:
        return []
    secret = token.partition(":")[2]
    parts = {token.replace(":", "%3A"), token.replace(":", "%3a"), secret}
    values = {token, *(part for part in parts if len(part) >= MIN_SECRET)}  # the whole token, however short
    return sorted(values, key=len, reverse=True)


def redact(text: str, token: str | None) -> str:
    """``text`` with the bot token (and its secret half) replaced by ``[TOKEN]``: for log records,
    exception texts and anything else that might reach a terminal."""
    if not token:
        return text
    for secret in secrets_of(token):
        text = text.replace(secret, REDACTED)
    return text


class RedactToken(logging.Filter):
    """Replace the token (and its secret half) wherever it would be written: message, arguments, traceback."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self._token = token

    def _clean(self, text: str) -> str:
        return redact(text, self._token)

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._token:
            return True
        record.msg = self._clean(record.getMessage())
        record.args = None
        if record.exc_info and not record.exc_text:
            record.exc_text = logging.Formatter().formatException(record.exc_info)
        if record.exc_text:
            record.exc_text = self._clean(record.exc_text)
        if record.stack_info:
            record.stack_info = self._clean(record.stack_info)
        return True


def quiet_http_clients() -> None:
    """Keep the HTTP clients from logging request URLs (they hold the token)."""
    for name in NOISY_LOGGERS:
        logging.getLogger(name).setLevel(logging.WARNING)


def configure_logging(level: str, token: str | None) -> None:
    """Set up the root logger once for the bot process."""
    logging.basicConfig(format="%(asctime)s %(levelname)s %(name)s: %(message)s", level=level.upper())
    quiet_http_clients()
    if token:
        install_redaction(token)


def install_redaction(token: str, logger: logging.Logger | None = None) -> None:
    """Put the redacting filter on every handler of ``logger`` (default: the root logger)."""
    redaction = RedactToken(token)
    for handler in (logger or logging.getLogger()).handlers:
        if not any(isinstance(existing, RedactToken) for existing in handler.filters):
            handler.addFilter(redaction)
