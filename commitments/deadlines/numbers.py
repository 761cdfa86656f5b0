"""Dutch amounts as written in periods: "6", "zes", "vijfentwintig", "een half", "anderhalf"."""

from __future__ import annotations

import re
from fractions import Fraction

_UNITS = {
    "een": 1, "één": 1, "eén": 1, "twee": 2, "drie": 3, "vier": 4, "vijf": 5, "zes": 6, "zeven": 7,
    "acht": 8, "negen": 9, "tien": 10, "elf": 11, "twaalf": 12, "dertien": 13, "veertien": 14,
    "vijftien": 15, "zestien": 16, "zeventien": 17, "achttien": 18, "negentien": 19,
}  # fmt: skip
_TENS = {
    "twintig": 20, "dertig": 30, "veertig": 40, "vijftig": 50, "zestig": 60, "zeventig": 70,
    "tachtig": 80, "negentig": 90,
}  # fmt: skip
_HALVES = {"anderhalf": Fraction(3, 2), "anderhalve": Fraction(3, 2)}
_SIMPLE_UNITS = "|".join(sorted((w for w in _UNITS if _UNITS[w] < 10), key=len, reverse=True))
_COMPOUND_RX = re.compile(rf"({_SIMPLE_UNITS})[eë]n({'|'.join(_TENS)})")


def _alternation(words: list[str]) -> str:
    return "|".join(sorted(words, key=len, reverse=True))


# An amount, longest alternatives first so "vijfentwintig" is not read as "vijf".
NUMBER = (
    r"(?:\d{1,3}"
    rf"|(?:{_SIMPLE_UNITS})[eë]n(?:{_alternation(list(_TENS))})"
    rf"|{_alternation(list(_HALVES))}"
    rf"|een\s+halve?|{_alternation(list(_TENS) + list(_UNITS))})"
)


def parse_number(text: str) -> Fraction | None:
    """The value of an amount matched by :data:`NUMBER`, or None when it is not one."""
    word = " ".join(text.lower().split())
    if word.isdigit():
        return Fraction(int(word))
    if word in ("een half", "een halve"):
        return Fraction(1, 2)
    if word in _HALVES:
        return _HALVES[word]
    if word in _UNITS:
        return Fraction(_UNITS[word])
    if word in _TENS:
        return Fraction(_TENS[word])
    compound = _COMPOUND_RX.fullmatch(word)
    if compound:
        return Fraction(_UNITS[compound.group(1)] + _TENS[compound.group(2)])
    return None
