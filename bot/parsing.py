"""Reading the arguments people type after a command; every refusal is a Dutch :class:`InvalidInput`."""

from __future__ import annotations

import difflib
import re
from collections.abc import Iterable
from datetime import date

from commitments.deadline_input import find_deadline, leading_deadline, read_deadline
from commitments.dutch import REASON_WORD
from commitments.errors import InvalidInput
from commitments.model import Role
from commitments.services import NewDeadline
from commitments.usernames import typed_username

ROLE_WORDS = {
    "admin": Role.ADMIN,
    "beheerder": Role.ADMIN,
    "editor": Role.EDITOR,
    "bewerker": Role.EDITOR,
    "redacteur": Role.EDITOR,
    "viewer": Role.VIEWER,
    "kijker": Role.VIEWER,
    "lezer": Role.VIEWER,
}
MAX_ID = 2**31 - 1
"""The largest id of a record of ours (a commitment, a draft): primary keys are INTEGER, 32 bits on
PostgreSQL."""
MAX_TELEGRAM_ID = 2**63 - 1
"""Chat and user ids are BIGINT: 64 bits."""
_ID = re.compile(r"#?([0-9]+)")
_SHOWN_DIGITS = 24
CLOSE_COMMAND = 0.75
"""How alike (difflib's ratio) a typed command must be to one of ours to be taken for a typo of it: one
letter off or two swapped in a four-letter command ("/opne") is 0.75."""
_NUMERIC_DATE = re.compile(r"\d{1,4}[-/]\d{1,2}(?:[-/]\d{1,4})?")  # "1-7-2026", "2026-07-01", "1/7"


def whole_number(text: str, largest: int = MAX_TELEGRAM_ID) -> int | None:
    """``text`` as an integer from ``-largest - 1`` to ``largest`` (ASCII digits, maybe a leading minus),
    else None: a number the database cannot hold never reaches a query."""
    digits = text.removeprefix("-")
    if not digits or not (digits.isascii() and digits.isdigit()) or len(digits) > len(str(largest)):
        return None
    value = int(text)
    return value if -largest - 1 <= value <= largest else None


def _shown(number: str) -> str:
    return number if len(number) <= _SHOWN_DIGITS else number[:_SHOWN_DIGITS] + "…"


def split_id(text: str, example: str) -> tuple[int, str]:
    """The commitment number at the start of ``text`` ("12" or "#12") and the rest."""
    parts = text.split(maxsplit=1)
    match = _ID.fullmatch(parts[0]) if parts else None
    if match is None:
        raise InvalidInput(f"Geef het nummer van de toezegging, bijvoorbeeld {example}.")
    number = whole_number(match[1], MAX_ID)
    if not number:
        raise InvalidInput(f"Er is geen toezegging #{_shown(match[1])}.")  # as services says it
    return number, parts[1].strip() if len(parts) == 2 else ""


def split_deadline(text: str, today: date) -> tuple[NewDeadline, str]:
    """A new deadline at the start of ``text`` and the reason after it ("1 maart 2026 wegens drukte"): the
    longest opening the deadline reader reads whole, so that its modifiers stay with it ("eind Q3 2027
    wegens vertraging": not "Q3 2027" with the reason "eind wegens vertraging"). Without such an opening the
    phrase may stand anywhere, the rest being the reason."""
    parts = text.split(maxsplit=1)
    if not parts:
        raise InvalidInput("Geef een nieuwe termijn, bijvoorbeeld ‘1 maart’ of ‘voor het zomerreces’.")
    if _NUMERIC_DATE.fullmatch(parts[0]):
        return read_deadline(parts[0], today), parts[1].strip() if len(parts) == 2 else ""
    before, reason = split_reason(text)
    if before and reason:  # "gisteren wegens drukte": what comes before the reason is the day, read whole
        return read_deadline(before, today), reason
    opening = leading_deadline(text, today)
    if opening is not None:
        deadline, end = opening
        return deadline, _reason(text[end:])
    deadline, phrase = find_deadline(text, today)
    return deadline, _reason(f"{text[: phrase.start]} {text[phrase.stop :]}")


def _reason(text: str) -> str:
    return " ".join(text.split()).strip(" ,;:-")


_BECAUSE = re.compile(rf"\s{REASON_WORD}\s", re.I)
"""A word that starts a reason; what comes before it names the new deadline."""


def split_reason(text: str) -> tuple[str, str]:
    """``text`` split before its first word that gives a reason ("binnenkort want wachten op advies": the
    phrase "binnenkort" and the reason "want wachten op advies"); without one, ``("", text)``."""
    found = _BECAUSE.search(text)
    if found is None:
        return "", _reason(text)
    return _reason(text[: found.start()]), _reason(text[found.start() :])


def member_and_role(text: str) -> tuple[int | str, Role]:
    """``@naam viewer`` or ``123456 editor``."""
    words = text.split()
    if len(words) != 2 or words[1].lower() not in ROLE_WORDS:
        raise InvalidInput("Gebruik: /rol @naam admin|editor|viewer, bijvoorbeeld /rol @jan viewer.")
    who, role = words[0], ROLE_WORDS[words[1].lower()]
    if who.lstrip("-").isdigit():
        number = whole_number(who)
        if number is None:
            raise InvalidInput(f"{_shown(who)} is geen Telegram-gebruikersnummer; gebruik liever @naam.")
        return number, role
    return typed_username(who), role


def chat_to_link(text: str) -> int | None:
    """The chat id after /koppel, or None to link the current chat."""
    cleaned = text.strip()
    if not cleaned:
        return None
    number = whole_number(cleaned)
    if number is None:
        raise InvalidInput("Gebruik /koppel in de groep zelf, of /koppel CHAT_ID vanuit een privégesprek.")
    return number


def close_command(typed: str, commands: Iterable[str]) -> str | None:
    """The command of ours that ``typed`` (a command name without "/", not one of ours) most likely meant,
    a typo such as "afgdaan" for "afgedaan"; None when none is alike enough."""
    matches = difflib.get_close_matches(typed.lower(), sorted(commands), n=1, cutoff=CLOSE_COMMAND)
    return matches[0] if matches else None
