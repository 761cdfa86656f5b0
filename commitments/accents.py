"""Letters without their accents, for comparing what people write: the one folding that every reader of
names and words uses (posts and ministries, a message's verbs, subject words, spreadsheet headers), so that
"Financiën" and "financien", "ﬁscaal" (a ligature, as PDFs write it) and "fiscaal", "Straße" and "Strasse"
are one word to all of them."""

from __future__ import annotations

import unicodedata
from functools import cache


def fold(text: str) -> str:
    """``text`` in lower case without its diacritics, a ligature as its letters ("ﬁ": "fi", "ĳ": "ij") and
    "ß" as "ss": Unicode's case folding, then its compatibility decomposition without the combining marks.
    A character may become more letters (or none), so a span found in the result is one of ``text`` through
    :func:`places`."""
    if text.isascii():
        return text.lower()
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def places(text: str) -> list[int]:
    """Where each character of :func:`fold` of ``text`` comes from in ``text``, and ``len(text)`` after the
    last: a span ``(start, end)`` of the folded text is ``text[places[start] : places[end]]``."""
    if text.isascii():
        return list(range(len(text) + 1))
    found = [at for at, char in enumerate(text) for _ in range(len(_folded_char(char)))]
    found.append(len(text))
    return found


@cache
def _folded_char(char: str) -> str:
    return fold(char)
