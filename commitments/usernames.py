"""Telegram usernames as people type them ("@jan") and as they are stored and compared ("jan")."""

from __future__ import annotations

import re

from commitments.errors import InvalidInput

_USERNAME = re.compile(r"@?[A-Za-z0-9_]{3,32}")
_STORED_USERNAME = re.compile(r"[A-Za-z0-9_]{1,32}")


def bare_username(name: str) -> str:
    """``name`` without the "@" (or several) typed before it: how an owner or a member's username is stored,
    searched and matched, whether it was typed with "@" or not."""
    return name.lstrip("@")


def typed_username(text: str) -> str:
    """A Telegram username a person typed, as ``@naam``; a Dutch :class:`InvalidInput` for anything else."""
    cleaned = text.strip()
    if not _USERNAME.fullmatch(cleaned):
        raise InvalidInput("Geef een gebruikersnaam, bijvoorbeeld @jan.")
    return "@" + bare_username(cleaned)


ONE_OWNER = "Een toezegging heeft één eigenaar; geef één gebruikersnaam, bijvoorbeeld @jan."


def refuse_several_owners(text: str) -> None:
    """Refuse more than one owner typed ("@piet @kees", "@piet en @kees") as such, not as no username."""
    if sum(word.startswith("@") for word in text.split()) > 1:
        raise InvalidInput(ONE_OWNER)


def owner_username(text: str) -> str:
    """The one owner a person typed, as ``@naam`` (:func:`refuse_several_owners`)."""
    refuse_several_owners(text)
    return typed_username(text)


def shown_username(name: str) -> str:
    """An owner as a person reads it: a Telegram username with "@" ("@jan"), whether stored with it or not; a
    name that is no username ("Jan de Vries", from a register) as written."""
    bare = bare_username(name)
    return f"@{bare}" if _STORED_USERNAME.fullmatch(bare) else name
