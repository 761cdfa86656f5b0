"""The gate every update passes first (:data:`GATE_GROUP`), and the role check for changes.

Admission (whether the chat is served, the speaker's role, their open questions ended) is database work.
A handler whose first act is its use case (:func:`admits_in_use_case`) gets it done in the same unit of
work and the same trip off the event loop as that use case: the gate only notes the :class:`Admission`,
and :meth:`bot.context.BotContext.use_case` runs it first. Any other handler is admitted by the gate itself.
"""

from __future__ import annotations

import functools
from collections.abc import Callable
from functools import partial
from typing import Any, Concatenate, ParamSpec, TypeVar

from telegram import Update
from telegram.constants import ChatType
from telegram.ext import Application, ApplicationHandlerStop, filters

from bot.context import BotContext, Handler, off_loop, say
from bot.double_tap import HURRIED, hurried
from commitments.teams import Access, AllowLists, NotAllowed, Speaker, admit
from commitments.unit_of_work import Transactions, UnitOfWork

P = ParamSpec("P")
T = TypeVar("T")

GATE_GROUP = -2
"""The handler group of :func:`gate`: before it only what needs no access (the bot added back to a group)."""

HANDLER_GROUP = 0
"""The group of the bot's handlers, the first of which that matches an update handles it."""

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
    | {"ongedaan", "volgende", "koppel", "rol", "bewindspersoon"}
)
"""Commands that start a change of their own, and so close a question the person left open. Looking
something up (/open, /week, /help, …) or a mistyped command leaves the question answerable."""


def _command_name(update: Update) -> str:
    words = (update.message.text or "").split() if update.message else []
    return words[0].split("@")[0].lstrip("/").lower() if words and words[0].startswith("/") else ""


class Admission:
    """One update's admission: who asks where, and (once admitted) their :class:`Access`."""

    def __init__(self, update: Update, speaker: Speaker, allow: AllowLists) -> None:
        self.update = update
        self.speaker = speaker
        self.allow = allow
        name = _command_name(update) if filters.COMMAND.check_update(update) else ""
        self.command = name in STARTS_SOMETHING
        """Whether the update starts something of its own, so that the person's open questions end."""
        self.linking = name == "koppel"
        self.change = False
        """Whether the handler changes things, so that viewers are refused (:func:`editors_only`)."""
        self.access: Access | None = None

    def admit(self, uow: UnitOfWork) -> Access:
        """:func:`commitments.teams.admit` in ``uow``; the access is kept."""
        self.access = admit(uow, self.speaker, self.allow, command=self.command, linking=self.linking)
        return self.access

    def passes(self, access: Access) -> bool:
        """Whether the update goes on to its handler: a served chat, or a global admin's ``/koppel``."""
        return access.served or (access.global_admin and self.linking)

    def _then(
        self,
        uow: UnitOfWork,
        use_case: Callable[Concatenate[UnitOfWork, P], T],
        /,
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T | None:
        access = self.admit(uow)
        if not self.passes(access):
            return None
        if self.change and not access.can_change:
            raise NotAllowed(VIEWER_REFUSAL)
        return use_case(uow, *args, **kwargs)

    def _run(
        self,
        transactions: Transactions,
        use_case: Callable[Concatenate[UnitOfWork, P], T],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T | None:
        """Admission and then, if it passes, ``use_case`` in one unit of work (in a worker thread). When the
        use case fails, its rollback took the admission's writes along: they are written again on their own,
        so a refusal or an error keeps what the gate alone would have stored."""
        try:
            return transactions.run(self._then, use_case, *args, **kwargs)
        except Exception:
            if self.access is not None:
                transactions.run(self.admit)
            raise

    async def run(
        self,
        context: BotContext,
        use_case: Callable[Concatenate[UnitOfWork, P], T],
        *args: P.args,
        **kwargs: P.kwargs,
    ) -> T:
        """Admit, then run ``use_case`` when the update passes, in one trip off the event loop; otherwise
        refuse the chat (once) and stop the update."""
        transactions = context.bot_data.transactions
        try:
            result = await off_loop(
                context.bot_data, partial(self._run, transactions, use_case, *args, **kwargs)
            )
        finally:
            if self.access is not None:
                context.access = self.access
        await self._stop_unless_passed(context)
        return result  # type: ignore[return-value]  # None only when not passed, which stopped above

    async def settle(self, context: BotContext) -> None:
        """Admission alone, in a trip of its own: refuse and stop the update when it does not pass."""
        await off_loop(context.bot_data, partial(context.bot_data.transactions.run, self.admit))
        if self.access is not None:
            context.access = self.access
        await self._stop_unless_passed(context)
        if self.change:
            require_change(context)

    async def _stop_unless_passed(self, context: BotContext) -> None:
        if self.access is None or self.passes(self.access):
            return
        if self.access.refuse_now:
            await say(self.update, context, REFUSAL.format(chat_id=self.speaker.chat_id))
        raise ApplicationHandlerStop


def _admits_in_use_case(update: Update, application: Application[Any, Any, Any, Any, Any, Any]) -> bool:
    """Whether the handler that will take ``update`` (the first of its group that matches, as
    python-telegram-bot picks it) runs the admission inside its first use case."""
    for handler in application.handlers.get(HANDLER_GROUP, ()):
        check = handler.check_update(update)
        if check is not None and check is not False:
            return getattr(handler.callback, "admits_in_use_case", False) is True
    return False


async def gate(update: Update, context: BotContext) -> None:
    """Serve allowed chats only; refuse an unserved chat once, and never show it any data. A command that
    starts something (:data:`STARTS_SOMETHING`) ends the person's open questions in the chat (they moved
    on), in the same trip to the database: the gate's own, or that of the handler's first use case
    (:func:`admits_in_use_case`); the command's first answer says which (:func:`bot.context.say`)."""
    speaker = speaker_of(update)
    if speaker is None:
        raise ApplicationHandlerStop
    query = update.callback_query
    if query is not None:
        if hurried(query, context.bot_data.settings.double_tap_seconds):
            await query.answer(HURRIED)
            raise ApplicationHandlerStop
        await query.answer()  # stops the button's spinner, whatever follows
    admission = Admission(update, speaker, context.bot_data.allow)
    if _admits_in_use_case(update, context.application):
        context.admission = admission
    else:
        await admission.settle(context)


def admits_in_use_case(handler: Handler) -> Handler:
    """A handler whose first act is a use case (:meth:`bot.context.BotContext.use_case`): the gate leaves
    the admission to that use case, one unit of work and one trip off the event loop for both. Should the
    handler end before it (a typing error, nothing to do), the admission runs then, on its own, and a chat
    that is not served hears nothing but the refusal."""

    @functools.wraps(handler)
    async def admitted(update: Update, context: BotContext) -> None:
        try:
            await handler(update, context)
        finally:
            admission, context.admission = context.admission, None
            if admission is not None:
                await admission.settle(context)

    admitted.admits_in_use_case = True  # type: ignore[attr-defined]
    return admitted


def require_change(context: BotContext) -> None:
    """Refuse viewers (they may only query)."""
    if not context.access.can_change:
        raise NotAllowed(VIEWER_REFUSAL)


def editors_only(handler: Handler) -> Handler:
    """A handler that viewers are refused; under :func:`admits_in_use_case`, in its first use case."""

    @functools.wraps(handler)
    async def checked(update: Update, context: BotContext) -> None:
        if context.admission is not None:
            context.admission.change = True
        else:
            require_change(context)
        await handler(update, context)

    return checked
