"""The gate every update passes first (:data:`GATE_GROUP`), and the role check for changes."""

from __future__ import annotations

import functools

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import ApplicationHandlerStop, filters

from bot.context import BotContext, Handler, say
from commitments.teams import NotAllowed, Speaker, admit

GATE_GROUP = -2
"""The handler group of :func:`gate`: before it only what needs no access (the bot added back to a group)."""

REFUSAL = (
    "Deze chat is niet aangesloten op Toezegbot, dus ik kan hier niets laten zien. "
    "Vraag een beheerder van de bot om hem te koppelen met /koppel (chat-id <code>{chat_id}</code>)."
)
VIEWER_REFUSAL = (
    "Je kunt in deze groep alleen kijken, niet wijzigen. Vraag een beheerder om je rol aan te passen."
)


def speaker_of(update: Update) -> Speaker | None:
    """Who wrote in which chat; None for updates that are not a message or a button press."""
    chat, user = update.effective_chat, update.effective_user
    if chat is None or user is None or (update.message is None and update.callback_query is None):
        return None
    return Speaker(
        chat_id=chat.id,
        user_id=user.id,
        private=chat.type == ChatType.PRIVATE,
        username=user.username,
        name=user.full_name,
        chat_title=chat.title or chat.full_name or "",
    )


STARTS_SOMETHING = frozenset(
    {"nieuw", "brief", "afgedaan", "deels", "uitstel", "vervallen", "toewijzen", "heropen", "wijzig"}
    | {"ongedaan", "koppel", "rol", "bewindspersoon"}
)
"""Commands that start a change of their own, and so close a question the person left open. Looking
something up (/open, /week, /help, …) or a mistyped command leaves the question answerable."""


def _command_name(update: Update) -> str:
    words = (update.message.text or "").split() if update.message else []
    return words[0].split("@")[0].lstrip("/").lower() if words and words[0].startswith("/") else ""


async def gate(update: Update, context: BotContext) -> None:
    """Serve allowed chats only; refuse an unserved chat once, and never show it any data. A command that
    starts something (:data:`STARTS_SOMETHING`) ends the person's open questions in the chat (they moved
    on), in the same trip to the database; the command's first answer says which (:func:`bot.context.say`)."""
    speaker = speaker_of(update)
    if speaker is None:
        raise ApplicationHandlerStop
    if update.callback_query is not None:
        await update.callback_query.answer()  # stops the button's spinner, whatever follows
    name = _command_name(update) if filters.COMMAND.check_update(update) else ""
    linking = name == "koppel"
    context.access = await context.use_case(
        admit, speaker, context.bot_data.allow, command=name in STARTS_SOMETHING, linking=linking
    )
    if context.access.served or (context.access.global_admin and linking):
        return
    if context.access.refuse_now:
        await say(update, context, REFUSAL.format(chat_id=speaker.chat_id))
    raise ApplicationHandlerStop


def require_change(context: BotContext) -> None:
    """Refuse viewers (they may only query)."""
    if not context.access.can_change:
        raise NotAllowed(VIEWER_REFUSAL)


def editors_only(handler: Handler) -> Handler:
    """A handler that viewers are refused."""

    @functools.wraps(handler)
    async def checked(update: Update, context: BotContext) -> None:
        require_change(context)
        await handler(update, context)

    return checked
