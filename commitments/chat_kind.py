"""Whether a Telegram chat is a group or a private chat, and how a message names the chat's list.

Telegram gives a person (so a private chat) a positive id and a group a negative one, so the chat id alone
tells them apart. A group's list is the team's; a private chat's list is the person's own, and a text there
must not speak of a group.
"""

from __future__ import annotations


def is_group(chat_id: int) -> bool:
    """Whether the chat is a group (or supergroup), not a private chat with one person."""
    return chat_id < 0


def this_list(chat_id: int) -> str:
    """How a text names this chat's list: "deze groep" in a group, "je eigen lijst" in a private chat (use
    ``.capitalize()`` at the start of a sentence)."""
    return "deze groep" if is_group(chat_id) else "je eigen lijst"


def whose_list(chat_id: int) -> str | None:
    """Under a list in a private chat: that it is the person's own list, not their team's (which a group's
    list plainly is)."""
    if is_group(chat_id):
        return None
    return "Je eigen lijst, die alleen jij ziet; de lijst van een team staat in de groep van dat team."
