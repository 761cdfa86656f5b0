"""Trying a pattern only where it can start finds what ``finditer`` finds (commitments/scan.py)."""

import re

from hypothesis import given
from hypothesis import strategies as st

from commitments.extraction import metadata, moments
from commitments.scan import fold, matches_at, word_starts

_PIECES = [
    "De minister van Financiën,", "de Staatssecretaris van Defensie, J. Tuinman", "DE MINISTER-PRESIDENT,",
    "Met vriendelijke groet", "HOOGACHTEND", "met de meeste hoogachting", "bij de Defensiebegroting",
    "gelijktijdig met de OCW-begroting 2026", "tegelijk  met de begroting", "Met de BZK-begroting voor 2025",
    "? de minister van BZK,", "! de staatssecretaris van EZK,", "x. de minister,", "mét", "İ", "ı", "ſ",
    "K", ". ", "! ", "?", "\n", " ", "*", "|", "\t", "x", "de", ",",
]  # fmt: skip


@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_the_whole_letter_patterns_tried_at_their_starts_find_what_finditer_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    folded = fold(text)
    tried = [
        (metadata.SIGNATURE_LINE, metadata._signature_starts(text)),
        (metadata.CLOSINGS, word_starts(folded, metadata._CLOSING_WORDS)),
        (moments.DEPARTMENTAL_BUDGET, word_starts(folded, moments._BUDGET_LEADS)),
    ]
    for pattern, starts in tried:
        expected = [(match.span(), match.groups()) for match in pattern.finditer(text)]
        assert [(match.span(), match.groups()) for match in matches_at(pattern, text, starts)] == expected


@given(st.text(alphabet="aAiIİıſsSkK\u212a.\n -", max_size=30))
def test_folding_keeps_every_position_and_finds_what_a_case_insensitive_pattern_finds(text: str) -> None:
    folded = fold(text)
    assert len(folded) == len(text)
    for word in ("is", "ski", "kas"):
        found = {match.start() for match in re.finditer(f"(?={word})", text, re.IGNORECASE)}
        assert word_starts(folded, (word,)) == found
