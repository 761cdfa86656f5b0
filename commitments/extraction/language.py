"""Is a text Dutch? Counted by its function words, which every Dutch letter is full of."""

from __future__ import annotations

import re

DUTCH_FUNCTION_WORDS = frozenset(
    [
        "de",
        "het",
        "een",
        "en",
        "van",
        "in",
        "op",
        "te",
        "dat",
        "die",
        "is",
        "zijn",
        "met",
        "voor",
        "niet",
        "aan",
        "er",
        "om",
        "ook",
        "als",
        "bij",
        "door",
        "naar",
        "over",
        "wordt",
        "worden",
        "dit",
        "deze",
        "u",
        "uw",
        "ik",
        "wij",
        "we",
        "zal",
        "zullen",
        "heeft",
        "hebben",
        "kan",
        "tot",
        "nog",
        "wel",
        "geen",
        "of",
    ]
)
MIN_WORDS = 25
MIN_DUTCH_SHARE = 0.25

_WORD = re.compile(r"[a-zà-ÿ]+", re.IGNORECASE)


def dutch_share(text: str) -> float:
    """The share of words in ``text`` that are Dutch function words (0.0 for a text without words)."""
    words = [word.lower() for word in _WORD.findall(text[:50_000])]
    if not words:
        return 0.0
    return sum(word in DUTCH_FUNCTION_WORDS for word in words) / len(words)


def looks_dutch(text: str) -> bool:
    """True unless the text has enough words and (almost) none of them are Dutch function words."""
    words = _WORD.findall(text[:50_000])
    return len(words) < MIN_WORDS or dutch_share(text) >= MIN_DUTCH_SHARE
