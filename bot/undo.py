"""Ongedaan maken: the answer to a change that can be undone carries the button for ten minutes
(:data:`commitments.services.UNDO_WINDOW`), then a job takes it away; a later change shown on the same
message replaces that job, so the later change keeps its button the full ten minutes. The button names the
change's history event; :func:`commitments.services.undo_change` undoes it while nothing changed the item
since."""

from __future__ import annotations

import logging
from typing import cast

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import JobQueue

from bot import keyboards
from bot.context import BotContext, chat_id, edit, say
from commitments import services
from commitments.errors import DomainError
from commitments.records import CommitmentRecord

log = logging.getLogger(__name__)


def _change_event(item: CommitmentRecord) -> int | None:
    """The history event of the item's last change, if it is a status change or a postponement."""
    last = item.history[-1] if item.history else None
    return last.id if last is not None and last.event in services.UNDOABLE else None


async def show_change(
    update: Update, context: BotContext, text: str, item: CommitmentRecord, undo: bool
) -> None:
    """``text`` with the card's buttons, in place of the pressed message or as a new one; with ``undo``,
    "Ongedaan maken" for the change just made, taken away after ten minutes."""
    event = _change_event(item) if undo else None
    keyboard = keyboards.commitment_card(item, event)
    query = update.callback_query
    if query is not None and query.message is not None:
        await edit(update, text, keyboard)
        message_id = query.message.message_id
    else:
        message_id = (await say(update, context, text, keyboard)).message_id
    jobs = cast("JobQueue[BotContext] | None", context.job_queue)
    if jobs is None:
        return
    name = f"_drop_undo:{chat_id(update)}:{message_id}"
    for earlier in jobs.get_jobs_by_name(name):  # its change is no longer the one under this message
        earlier.schedule_removal()
    if event is not None:
        jobs.run_once(
            _drop_undo,
            services.UNDO_WINDOW,
            data=(chat_id(update), message_id, item.id),
            chat_id=chat_id(update),
            name=name,
        )


async def _drop_undo(context: BotContext) -> None:
    """Ten minutes on: take "Ongedaan maken" away (the service refuses it by then anyway). Only the buttons
    change: the text tells how the item stood then, and is never written again from a later state."""
    if context.job is None or not isinstance(context.job.data, tuple):
        return
    chat, message_id, commitment_id = context.job.data
    try:
        item = await context.use_case(services.get_commitment, commitment_id, chat)
        await context.bot.edit_message_reply_markup(
            chat, message_id, reply_markup=keyboards.commitment_card(item)
        )
    except (DomainError, BadRequest):  # the item or the message is gone, or the markup was changed already
        log.info("Knop 'Ongedaan maken' van #%s bleef staan", commitment_id)
