"""The bot token never reaches a log line or an exception text: ``redact`` and the log filter built on it."""

from __future__ import annotations

import io
import logging

from bot.logging_setup import REDACTED, install_redaction, redact

TOKEN = "123456789:AAHdqTcvCH1vGWJxfSeofSAs0K5PALDsaw"
SECRET = TOKEN.partition(":")[2]


def test_redact_hides_the_token_its_secret_half_and_its_url_form() -> None:
    text = (
        f"POST https://api.telegram.org/bot{TOKEN}/getMe failed; "
        f"retry bot{TOKEN.replace(':', '%3A')}/getMe; secret {SECRET}"
    )
    cleaned = redact(text, TOKEN)
    assert SECRET not in cleaned
    assert "123456789" not in cleaned.replace(REDACTED, "")
    assert cleaned.count(REDACTED) == 3


def test_redact_without_a_token_changes_nothing() -> None:
    assert redact("niets geheims", None) == "niets geheims"
    assert redact("niets geheims", "") == "niets geheims"


def test_log_records_and_their_tracebacks_are_redacted() -> None:
    logger = logging.getLogger("tests.redaction")
    logger.propagate = False
    stream = io.StringIO()
    handler = logging.StreamHandler(stream)
    logger.addHandler(handler)
    install_redaction(TOKEN, logger)
    try:
        try:
            try:
                raise ConnectionError(f"https://api.telegram.org/bot{TOKEN}/getUpdates")
            except ConnectionError as inner:
                raise RuntimeError(f"token {TOKEN} rejected") from inner
        except RuntimeError:
            logger.exception("start mislukt met %s", TOKEN)
    finally:
        logger.removeHandler(handler)
    output = stream.getvalue()
    assert "Traceback" in output
    assert SECRET not in output
    assert output.count(REDACTED) >= 3
