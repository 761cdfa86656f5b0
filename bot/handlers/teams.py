"""/koppel (serve a chat, global admins only), /rol (give a member a role) and /bewindspersoon (who holds a
post)."""

from __future__ import annotations

from telegram import Update
from telegram.constants import ChatType
from telegram.error import BadRequest, Forbidden
from telegram.ext import CommandHandler

from bot.context import BotContext, Handlers, argument, chat_id, say, user_id
from bot.parsing import chat_to_link, member_and_role
from bot.render import esc
from commitments import teams
from commitments.chat_kind import this_list
from commitments.errors import InvalidInput
from commitments.ministries import find_posts

ROLE_LABELS = {"admin": "beheerder", "editor": "bewerker", "viewer": "kijker (alleen lezen)"}


async def link(update: Update, context: BotContext) -> None:
    """/koppel [CHAT_ID]: serve this chat (or the given one) from now on."""
    target = chat_to_link(argument(update))
    chat = update.effective_chat
    if target is None and chat is not None and chat.type == ChatType.PRIVATE:
        raise InvalidInput("Stuur /koppel in de groep die je wilt koppelen, of /koppel CHAT_ID vanuit hier.")
    title = (chat.title or "") if target is None and chat is not None else await _title_of(context, target)
    team = await context.use_case(
        teams.approve_team, target or chat_id(update), title, user_id(update), context.bot_data.allow
    )
    name = esc(team.title) if team.title else f"chat {team.chat_id}"
    if team.was_approved:
        await say(update, context, f"{name} was al gekoppeld; er is niets veranderd.")
        return
    await say(update, context, f"Gekoppeld: {name} kan Toezegbot nu gebruiken. Iedereen begint als bewerker.")


async def _title_of(context: BotContext, target: int | None) -> str:
    """The title of the chat ``/koppel CHAT_ID`` names, which Telegram must know with the bot in it: a
    mistyped id is refused, not linked."""
    if target is None:
        return ""
    try:
        found = await context.bot.get_chat(target)
    except (BadRequest, Forbidden):
        raise InvalidInput(
            f"Chat {target} vind ik niet: ik zit daar niet in, of het nummer klopt niet. Voeg mij eerst toe "
            "aan de groep; /koppel in die groep zelf kan ook."
        ) from None
    return found.title or ""


async def set_role(update: Update, context: BotContext) -> None:
    """/rol @naam admin|editor|viewer: change what a member may do in this team."""
    member, role = member_and_role(argument(update))
    changed = await context.use_case(
        teams.set_role, chat_id(update), member, role, user_id(update), context.bot_data.allow
    )
    name = esc(f"@{changed.username}" if changed.username else (changed.name or str(changed.user_id)))
    label, here = ROLE_LABELS[changed.role.value], this_list(chat_id(update))
    if changed.user_id is None:
        await say(
            update,
            context,
            f"{name} heeft in {here} nog niets geschreven, dus ik ken diegene nog niet. Zodra {name} hier "
            f"iets stuurt, is die {label}. Kijk na of de naam klopt.",
        )
        return
    await say(update, context, f"{name} is nu {label} in {here}.")


def _post_and_name(text: str) -> tuple[str, str]:
    """``"Minister van Justitie en Veiligheid" Van Weel`` or ``minister van JenV Van Weel``."""
    written = " ".join(text.split())
    if written[:1] in "\"“‘'" and written:
        closing = {"“": "”", "‘": "’"}.get(written[0], written[0])
        post, _, name = written[1:].partition(closing)
        return post, name
    found = find_posts(written)
    if not found or found[0].start != 0:
        raise InvalidInput(USE_HOLDER)
    return written[: found[0].end], written[found[0].end :]


USE_HOLDER = 'Gebruik: /bewindspersoon "Minister van Justitie en Veiligheid" Van Weel'


async def set_holder(update: Update, context: BotContext) -> None:
    """/bewindspersoon "post" naam: who holds a post now (admins of a group or of the bot); items stay with
    the post."""
    post, name = await context.use_case(
        teams.set_post_holder, user_id(update), context.bot_data.allow, *_post_and_name(argument(update))
    )
    await say(
        update,
        context,
        f"{esc(name)} is nu de {esc(post)}. /open {esc(name)} toont de open items van die post.",
    )


HANDLERS: Handlers = [
    CommandHandler("koppel", link),
    CommandHandler("rol", set_role),
    CommandHandler("bewindspersoon", set_holder),
]
