"""Trying a pattern only where it can start. A pattern that opens with one of a few words, or with digits, is
matched at the positions of those words in a long letter instead of being tried by the regular expression
engine at every character of it (which costs about as much as reading the letter again for each pattern)."""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterable, Iterator

_LOWER_PIECE = 1 << 16
# Letters that match an ASCII letter only when case is ignored: "İ" ("i"), "ı", "ſ"; the Kelvin sign
# lower-cases to "k" by itself.
_DOTTED_CAPITAL_I = "\u0130"


def lower_in_pieces(text: str) -> str:
    """``text.lower()`` piece by piece: lower-casing a whole non-ASCII text at once takes a scratch buffer of
    12 bytes a character (240 MB for a 20 MB letter). A long text is lower-cased once for all the passes
    that read a whole letter (see :func:`_once`)."""
    if len(text) <= _LOWER_PIECE:
        return text.lower()
    return _once(_lower_long, text)


def _lower_long(text: str) -> str:
    return "".join(text[at : at + _LOWER_PIECE].lower() for at in range(0, len(text), _LOWER_PIECE))


def fold(text: str) -> str:
    """``text`` in lower case character for character (positions stay), with the letters that match an
    ASCII letter only when case is ignored folded to it: a lower-case word found in it is where a
    case-insensitive pattern may find that word in ``text``."""
    return _fold(text) if len(text) <= _LOWER_PIECE else _once(_fold, text)


@functools.lru_cache(maxsize=4)  # a letter's lower case and its folding, for the last two letters
def _once(transform: Callable[[str], str], text: str) -> str:
    """``transform(text)``, remembered for the last long texts: the finders of a letter's metadata, moments,
    references and moties each read the whole letter in lower case, and a long letter costs a lower-casing
    of all of it each time. (The cache keeps the last two letters alive; the reader's budget bounds them.)"""
    return transform(text)


def _fold(text: str) -> str:
    if _DOTTED_CAPITAL_I in text:  # its lower case is two characters
        text = text.replace(_DOTTED_CAPITAL_I, "i")
    folded = lower_in_pieces(text)
    if "ı" in folded or "ſ" in folded:
        folded = folded.replace("ı", "i").replace("ſ", "s")
    return folded


def word_starts(folded: str, words: Iterable[str]) -> set[int]:
    """Where one of the lower-case ``words`` starts in ``folded`` (see :func:`fold`); or, for a pattern that
    heeds case, where one of its ``words`` as written starts in the text itself."""
    starts: set[int] = set()
    for word in words:
        at = folded.find(word)
        while at >= 0:
            starts.add(at)
            at = folded.find(word, at + 1)
    return starts


def matches_at(
    pattern: re.Pattern[str], text: str, starts: Iterable[int], stop: int | None = None
) -> Iterator[re.Match[str]]:
    """What ``pattern.finditer(text, 0, stop)`` finds, for a pattern that matches no empty string and can
    start only at one of ``starts`` (a position more is tried in vain): it is tried there, in order."""
    stop = len(text) if stop is None else stop
    end = 0
    for at in sorted(starts):
        if at >= end:
            match = pattern.match(text, at, stop)
            if match:
                yield match
                end = match.end()


# Escapes a twin keeps as they are: classes and boundaries that do not depend on case, and escaped
# punctuation. Another escape (a character code such as "\x41", a named character) is refused.
_CASELESS_ESCAPES = frozenset("bBwWsSdDAZ") | frozenset(
    chr(code) for code in range(128) if not chr(code).isalnum()
)


def has_twin(pattern: re.Pattern[str]) -> bool:
    """Whether ``pattern`` is case-insensitive throughout, so :func:`folded_twin` can make its twin (a part
    marked case-sensitive, "(?-i:IND)", would match folded text no more)."""
    return bool(pattern.flags & re.IGNORECASE) and "(?-i" not in pattern.pattern


def folded_twin(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """The case-sensitive twin of a case-insensitive ``pattern``, for folded text (see :func:`fold`): where
    ``pattern`` matches a text, its twin matches the folded text, with the same spans; only the groups read
    in lower case.

    Why: the regular expression engine compares each character of a case-insensitive pattern through a
    Unicode case lookup, which makes a search about twice as slow as one of the twin on text folded once."""
    if not has_twin(pattern):
        raise ValueError(
            f"not a case-insensitive pattern throughout, which a twin cannot keep: {pattern.pattern!r}"
        )
    return re.compile(_folded_source(pattern.pattern), pattern.flags & ~re.IGNORECASE)


def _folded_source(source: str) -> str:
    """The source of a case-insensitive pattern for a case-sensitive twin that matches folded text: its
    letters folded; a character class keeps its members and gains them folded ("[A-Zx]" becomes "[A-Zxa-z]",
    as "À-ÿ" holds letters without an upper case beside the capitals); escapes and group names stay as
    they are."""
    out: list[str] = []
    at = 0
    while at < len(source):
        character = source[at]
        if character == "\\":
            _check_escape(source, at)
            out.append(source[at : at + 2])
            at += 2
        elif source.startswith(("(?P<", "(?P="), at):
            stop = source.index(">" if source[at + 3] == "<" else ")", at) + 1
            out.append(source[at:stop])
            at = stop
        elif character == "[":
            stop = _class_end(source, at)
            out.append(_folded_class(source[at + 1 : stop]))
            at = stop + 1
        else:
            out.append(fold(character))
            at += 1
    return "".join(out)


def _check_escape(source: str, at: int) -> None:
    if source[at + 1 : at + 2] not in _CASELESS_ESCAPES:
        raise ValueError(f"an escape a folded twin cannot keep: {source[at : at + 2]!r} in {source!r}")


def _class_end(source: str, at: int) -> int:
    """The position of the "]" that closes the character class opened at ``at``."""
    position = at + 1
    if source[position : position + 1] == "^":
        position += 1
    if source[position : position + 1] == "]":  # a "]" first is a member
        position += 1
    while source[position] != "]":
        position += 2 if source[position] == "\\" else 1
    return position


def _folded_class(content: str) -> str:
    """A character class (its content without the brackets) that also holds its letters folded."""
    members: list[str] = []  # single characters and escapes, "-" of a range included
    at = 0
    while at < len(content):
        if content[at] == "\\":
            _check_escape(content, at)
            members.append(content[at : at + 2])
            at += 2
        else:
            members.append(content[at])
            at += 1
    if not any(len(member) == 1 and fold(member) != member for member in members):
        return f"[{content}]"
    if content.startswith("^"):
        raise ValueError(f"a negated class with letters, which a folded twin cannot keep: [{content}]")
    ranges = []
    for index, member in enumerate(members):
        if member == "-" and 0 < index < len(members) - 1 and len(members[index - 1]) == 1:
            ranges.append(f"{fold(members[index - 1])}-{fold(members[index + 1])}")
    singles = [
        fold(member)
        for index, member in enumerate(members)
        if len(member) == 1
        and fold(member) != member
        and not (index > 0 and members[index - 1] == "-")
        and not (index + 1 < len(members) and members[index + 1] == "-")
    ]
    return f"[{content}{''.join(ranges)}{''.join(singles)}]"
