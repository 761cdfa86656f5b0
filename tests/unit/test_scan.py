"""Trying a pattern only where it can start finds what ``finditer`` finds (commitments/scan.py)."""

import re
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.deadlines import finder
from commitments.extraction import detect, metadata, moments
from commitments.extraction.sentences import split_sentences
from commitments.extraction.train import TUNING_LETTERS
from commitments.scan import fold, folded_twin, has_twin, matches_at, word_starts

_PIECES = [
    "De minister van Financiën,", "de Staatssecretaris van Defensie, J. Tuinman", "DE MINISTER-PRESIDENT,",
    "Met vriendelijke groet", "HOOGACHTEND", "met de meeste hoogachting", "bij de Defensiebegroting",
    "gelijktijdig met de OCW-begroting 2026", "tegelijk  met de begroting", "Met de BZK-begroting voor 2025",
    "? de minister van BZK,", "! de staatssecretaris van EZK,", "x. de minister,", "mét", "İ", "ı", "ſ",
    "K", ". ", "! ", "?", "\n", " ", "*", "|", "\t", "x", "de", ",",
    # a post after "de" in any case and spacing, on a line or after a sentence ("x. De\n MİNİSTER, ...")
    "minister van BZK,", "MİNİSTER,", "ſtaatssecretaris,", "\u00a0", "D", "e", "\n\n", "De",
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


_DEVSET = Path(__file__).resolve().parents[3] / "shared" / "devset"


def _spans(pattern: re.Pattern[str], text: str) -> list[tuple[int, int]]:
    return [match.span() for match in pattern.finditer(text)]


@pytest.mark.skipif(not _DEVSET.is_dir(), reason="the development set is not beside the project")
@pytest.mark.parametrize(
    "pattern",
    [pattern for pattern in dict.fromkeys(detect._PATTERNS) if id(pattern) in detect._TWINS],
    ids=lambda pattern: pattern.pattern[:40],
)
def test_a_folded_twin_finds_the_spans_of_its_pattern_in_every_sentence(pattern: re.Pattern[str]) -> None:
    twin = detect._TWINS[id(pattern)]
    for name in TUNING_LETTERS:  # letters 56-76 are set aside for measurement
        text = (_DEVSET / name).read_text("utf-8")
        for sentence in split_sentences(text):
            assert _spans(twin, fold(sentence.text)) == _spans(pattern, sentence.text), sentence.text


@given(st.text(alphabet="aAiIİıſsSkK\u212aßẞ×ÿŸéÉ .\n-", max_size=30))
def test_a_folded_twin_reads_letters_as_the_case_insensitive_pattern_does(text: str) -> None:
    for source in (r"\bis\b", r"[A-Za-zÀ-ÿ]+", r"s[kK]i", r"(?P<Kas>KAS)\s?(?P=Kas)", r"[Éé]+|\w+-?ſ"):
        pattern = re.compile(source, re.IGNORECASE)
        assert _spans(folded_twin(pattern), fold(text)) == _spans(pattern, text)


def test_a_pattern_a_folded_twin_cannot_keep_is_refused() -> None:
    for source, flags in (
        (r"\x41b", re.IGNORECASE),
        (r"[^A-Z]", re.IGNORECASE),
        ("ab", 0),
        (r"(?-i:A)b", re.I),
    ):
        with pytest.raises(ValueError, match="twin cannot keep"):
            folded_twin(re.compile(source, flags))


def test_the_extractor_searches_a_pattern_with_a_case_sensitive_part_as_written() -> None:
    services = re.compile(r"\bde\s+(?-i:IND)\b", re.IGNORECASE)  # "IND", not the word "ind"
    assert not has_twin(services)
    assert has_twin(re.compile(r"\bde\s+dienst\b", re.IGNORECASE))


def test_a_long_letter_is_folded_once_for_all_its_passes_and_as_its_pieces_are() -> None:
    piece = "Uw Kamer ontvangt İn ſeptember de BRIEF.\n"
    letter = piece * 4000  # longer than a piece that is lower-cased at once
    folded = fold(letter)
    assert folded == fold(piece) * 4000
    assert fold(letter) is folded  # remembered, not folded again
    assert fold(piece) == "uw kamer ontvangt in september de brief.\n"


_DEADLINE_PIECES = [
    "1 ", "31 ", "MAART", "Mei", "mrt.", "2025", "1999", "dit ", "Volgend ", "jaar", "voor ", "VÓÓR ", "het ",
    "zomerreces", "Kerst", "eind ", "Q2 ", "kwartaal", "helft ", "eerste ", "binnen ", "drie ", "maanden",
    "jaarlijks", "İ", "ı", "ſeptember", "K", "\u212a", " ", "\n", ".", "-", "/", "a.s.", "z.s.m.",
    "Prinsjesdag",
]  # fmt: skip


@given(st.lists(st.sampled_from(_DEADLINE_PIECES), max_size=14))
def test_the_deadline_finder_reads_through_its_twins_what_each_pattern_finds(pieces: list[str]) -> None:
    text = "".join(pieces)
    for index, rule in enumerate(finder.RULES):
        for lo, hi in ((0, len(text)), (len(text) // 3, len(text) - 2)):
            expected = [(match.span(), match.groups()) for match in rule.pattern.finditer(text, lo, hi)]
            found = finder._matches(rule, finder._TWINS[index], text, fold(text), [(lo, hi, hi)])
            assert [(match.span(), match.groups()) for match in found] == expected
