"""The error handler: domain refusals are shown as they are; anything else is logged with a reference id."""

from __future__ import annotations

import logging
import re
import secrets

from telegram import Update
from telegram.error import BadRequest, Forbidden, NetworkError

from bot.context import BotContext, say
from bot.render import ECHO_LIMIT, echo, esc
from commitments.errors import DomainError

log = logging.getLogger(__name__)

# a refusal quotes what the user typed between quotes: 'x' or ‘x’
_LONG_QUOTE = re.compile(rf"(['‘])([^'’]{{{ECHO_LIMIT + 1},}})(['’])")
SOMETHING_WRONG = (
    "Er ging iets mis (referentie {ref}). Probeer het zo nog eens; "
    "blijft het misgaan, noem dan deze referentie."
)


def refusal(message: str) -> str:
    """A domain refusal as HTML, with any long quoted user text cut first (and said to be)."""
    return esc(_LONG_QUOTE.sub(lambda quote: quote[1] + echo(quote[2]) + quote[3], message))


def reference() -> str:
    """A short id to find the log entry that goes with a user's report."""
    return secrets.token_hex(4).upper()


async def on_error(update: object, context: BotContext) -> None:
    """Answer a refusal in Dutch, or log the failure and answer "Er ging iets mis" with a reference id."""
    error = context.error
    if not isinstance(update, Update) or update.effective_chat is None:
        log.error("Fout buiten een gesprek", exc_info=error)
        return
    if isinstance(error, DomainError):
        await say(update, context, refusal(error.message))  # domain messages quote what the user typed
        return
    if isinstance(error, Forbidden):
        log.info("Chat %s is niet bereikbaar: %s", update.effective_chat.id, error)
        return
    if isinstance(error, BadRequest) and "message is not modified" in str(error).lower():
        return
    ref = reference()
    level = logging.WARNING if isinstance(error, NetworkError) else logging.ERROR
    log.log(level, "Fout %s bij update %s", ref, update.update_id, exc_info=error)
    try:
        await say(update, context, SOMETHING_WRONG.format(ref=ref))
    except Exception:  # the chat may be unreachable too; the log already has the reference
        log.warning("Kon de foutmelding %s niet sturen", ref, exc_info=True)
