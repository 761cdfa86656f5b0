"""Plain text: the answer to one of the bot's questions, or (in a private chat) a new commitment."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import MessageHandler, filters

from bot.access import require_change
from bot.context import BotContext, Handlers, chat_id, text_of
from bot.handlers import adding, changes
from commitments import drafts
from commitments.drafts import DraftRecord

Answer = Callable[[Update, BotContext, DraftRecord, str], Awaitable[None]]

ANSWERS: dict[str, Answer] = {
    "deadline": adding.answer_deadline,
    "post": adding.answer_post,
    "postpone": changes.answer_change,
    "drop": changes.answer_change,
    "assign": changes.answer_change,
}


def _question(update: Update, context: BotContext) -> DraftRecord | None:
    message = update.effective_message
    replied = message.reply_to_message if message else None
    if replied is None or replied.from_user is None or replied.from_user.id != context.bot.id:
        return None
    return drafts.question_for(context.db, chat_id(update), replied.message_id)


async def answer_or_propose(update: Update, context: BotContext) -> None:
    """Answer the question this message replies to; in a private chat other text proposes a commitment."""
    question = _question(update, context)
    if question is not None:
        require_change(context)
        await ANSWERS[question.payload["asking"]](update, context, question, text_of(update))
    elif update.effective_chat is not None and update.effective_chat.type == ChatType.PRIVATE:
        require_change(context)
        await adding.propose(update, context, text_of(update), strict=True)


HANDLERS: Handlers = [MessageHandler(filters.TEXT & ~filters.COMMAND, answer_or_propose)]
