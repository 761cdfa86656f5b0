"""The form of a plain chat message, before it is read as a commitment: a question, or only a greeting.

A commitment is told as a statement (who promises what, by when); a question ends in a question mark or opens
with a question word ("Wat staat er open?", "wanneer komt de brief over X"), and a message of greetings,
thanks and emoji alone says nothing to record. Neither is a commitment, whatever else it names.
"""

from __future__ import annotations

import re
import unicodedata
from enum import Enum

QUESTION_WORDS = frozenset(
    [
        "wat",
        "wie",
        "wiens",
        "welke",
        "welk",
        "wanneer",
        "waar",
        "waarom",
        "waarover",
        "waarvoor",
        "waarmee",
        "waaraan",
        "hoe",
        "hoeveel",
        "hoelang",
        "hoezo",
    ]
)
"""Dutch interrogative pronouns and adverbs. Opening a clause that a comma closes ("Wanneer het rapport er is,
stuurt de minister …") they are a conjunction, not a question."""
THANKS = frozenset(
    [
        "bedankt",
        "dank",
        "dankje",
        "dankjewel",
        "dankuwel",
        "thanks",
        "thx",
        "merci",
    ]
)
GREETINGS = frozenset(
    [
        "hoi",
        "hallo",
        "hai",
        "hey",
        "hee",
        "hi",
        "hoihoi",
        "dag",
        "goedemorgen",
        "goedemiddag",
        "goedenavond",
        "morgen",
        "middag",
        "avond",
        "doei",
        "groetjes",
        "groet",
        "groeten",
        "ciao",
    ]
)
FILLERS = frozenset(
    [
        "je",
        "jij",
        "u",
        "jullie",
        "wel",
        "heel",
        "erg",
        "zeer",
        "hartelijk",
        "hartstikke",
        "alvast",
        "allemaal",
        "iedereen",
        "weer",
        "nog",
        "ook",
        "hoor",
        "even",
        "en",
        "bot",
        "ok",
        "oké",
        "oke",
        "okay",
        "prima",
        "top",
        "super",
        "mooi",
        "fijn",
    ]
)
"""What may stand beside a greeting or thanks in a message that is nothing more ("heel erg bedankt hoor")."""
WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")


class Form(Enum):
    QUESTION = "question"
    THANKS = "thanks"
    GREETING = "greeting"
    EMOJI = "emoji"


def message_form(text: str) -> Form | None:
    """Whether ``text`` is a question, thanks, a greeting or emoji alone; None for anything else, which may
    be a commitment."""
    words = [word.lower() for word in WORD.findall(text)]
    if not words:  # "🙂", "👍": symbols alone, no number
        symbols = any(unicodedata.category(char) == "So" for char in text)
        return Form.EMOJI if symbols and not any(char.isdigit() for char in text) else None
    if text.rstrip().endswith("?") or (words[0] in QUESTION_WORDS and "," not in text):
        return Form.QUESTION
    if all(word in THANKS | GREETINGS | FILLERS for word in words):
        if any(word in THANKS for word in words):
            return Form.THANKS
        if any(word in GREETINGS for word in words):
            return Form.GREETING
    return None
