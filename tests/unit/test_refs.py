"""Kamerstuk references in every written form of CONVENTIONS.md."""

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from commitments import refs
from commitments.refs import find_refs, normalise_ref, ref_alone, refs_in
from commitments.scan import fold, matches_at


@pytest.mark.parametrize(
    ("written", "expected"),
    [
        ("Kamerstuk 28 638, nr. 178", "28638-178"),
        ("Kamerstukken II 2019/20, 28 638, nr. 178", "28638-178"),
        ("Kamerstukken II, 2016–2017, 34 550 I, nr. 8", "34550-I-8"),
        ("Kamerstukken II 2021/22, 35925 VII nr. 159", "35925-VII-159"),
        ("28638-178", "28638-178"),
        ("kst-28638-178", "28638-178"),
        ("(Kamerstuk 35 570 VI, nr. 50)", "35570-VI-50"),
        ("35570-VI-50", "35570-VI-50"),
        ("Kamerstuk 34 000 XIII, nr. 12", "34000-XIII-12"),
        ("34000-XIII-12", "34000-XIII-12"),
        ("21 501-32, nr. 1740", "21501-32-1740"),
        ("21501-32-1740", "21501-32-1740"),
        ("Kamerstuk 32 637, E", "32637-E"),
        ("32 637, E", "32637-E"),
        ("Kamerstukken I 2017/18, 30 880 AA", "30880-AA"),
        ("CII, G", "CII-G"),
        ("28638 178", "28638-178"),
        ("28638/178", "28638-178"),
        ("kamerstuk 28 638, nr 178", "28638-178"),
    ],
)
def test_normalise_written_forms(written: str, expected: str) -> None:
    assert normalise_ref(written) == expected


@pytest.mark.parametrize(
    "written", ["hallo", "2020-12-31", "2019/20", "", "28 638 VI, nrs. 225 en 226", "nr. 5"]
)
def test_not_one_reference(written: str) -> None:
    assert normalise_ref(written) is None


def test_several_numbers_give_several_refs() -> None:
    text = "Zie Kamerstuk 28 638 VI, nrs. 225 en 226 en Kamerstukken II 2020/21, 35570 VII, nr. 104."
    assert refs_in(text) == ["28638-VI-225", "28638-VI-226", "35570-VII-104"]


def test_a_number_named_again_after_en_is_of_the_same_dossier() -> None:
    text = "de moties op Kamerstuk 21 501 XX, nr. 14, nr. 19 en nr. 23 van de begroting"
    assert refs_in(text) == ["21501-XX-14", "21501-XX-19", "21501-XX-23"]


def test_a_list_of_numbers_stops_where_the_next_dossier_starts() -> None:
    text = "Kamerstukken 28 638, nr. 178 en 31 015, nr. 123; Kamerstuk 28 638, nrs. 170, 171 en 172."
    assert refs_in(text) == ["28638-178", "31015-123", "28638-170", "28638-171", "28638-172"]


def test_spans_point_at_the_words() -> None:
    text = "Zoals gemeld (Kamerstuk 28 638, nr. 178) volgt"
    (match,) = find_refs(text)
    assert text[match.start : match.end] == "Kamerstuk 28 638, nr. 178"


def test_dates_amounts_and_years_are_not_references() -> None:
    text = "Op 2020-12-31 is € 12 500 besteed; in 2019-2020 en 2019/20 volgt 1 500 meer, art. 12, lid 3."
    assert refs_in(text) == []


@pytest.mark.parametrize(
    "text",
    [
        "Vaststelling van de begrotingsstaten voor het jaar 2026\nNr. 11",
        "Vergaderjaar 2018-2019\n\nNr. 96",
        "Stcr. 2017 nr. 8697",
    ],
)
def test_a_year_before_a_number_is_not_a_dossier(text: str) -> None:
    assert refs_in(text) == []


def test_four_digit_dossier_with_explicit_prefix() -> None:
    assert refs_in("Kamerstuk 2134, nr. 5") == ["2134-5"]


def test_budget_chapter_list_is_not_an_eerste_kamer_letter() -> None:
    assert refs_in("Kamerstukken I 2020/21, 35570 VII / 35619/35620, nr. K") == []


@pytest.mark.parametrize(
    "ref", ["28638-178", "35570-VI-50", "21501-32-1740", "34000-XIII-12", "32637-E", "30880-AA", "CII-G"]
)
def test_normalising_is_idempotent(ref: str) -> None:
    assert normalise_ref(ref) == ref


# Pieces of written references and of what resembles them, for random texts.
_PIECES = [
    "Kamerstuk ", "Kamerstukken II ", "KST ", "kſt-", "Kst. ", "EK ", "TK", "tek", "2019/20, ", "28 638",
    "28\u00a0638", "366001", "1234567", "21501-32", "28638-178", "-", ", nr. 5", " nrs. 1 en 2", "no 3",
    " Nr.4", " VI", ", E", "İ", "a", " ", "\n", "/", ".", "12345-6", "nrſ. 7", "NO", "\u00a0 ", ",", "\n\n ",
    "1", "2", " XVIII", "-12",
]  # fmt: skip


@settings(max_examples=300)
@given(st.lists(st.sampled_from(_PIECES), max_size=12))
def test_trying_the_reference_patterns_at_their_possible_starts_finds_what_finditer_finds(
    pieces: list[str],
) -> None:
    text = "".join(pieces)
    written, compact = refs._starts(text, fold(text))
    for pattern, starts in ((refs._WRITTEN, written), (refs._COMPACT, compact)):
        expected = [(match.span(), match.groupdict()) for match in pattern.finditer(text)]
        assert [(match.span(), match.groupdict()) for match in matches_at(pattern, text, starts)] == expected


def test_a_text_without_two_digits_in_a_row_has_no_reference() -> None:
    """The quick test before the patterns: no dossier number, no reference; one short number is not one."""
    assert find_refs("Zoals toegezegd in het overleg, nr. 7 van de agenda, stuur ik u de brief.") == []
    assert [ref.ref for ref in find_refs("Zie Kamerstuk 12 345, nr. 6 en kst-67890-12.")] == [
        "12345-6",
        "67890-12",
    ]


@pytest.mark.parametrize("written", ["28638-180", "Kamerstuk 28638, nr. 180", "(28638-180)"])
def test_a_reference_typed_alone_is_that_reference(written: str) -> None:
    assert ref_alone(written) == "28638-180"


@pytest.mark.parametrize(
    "written",
    ["eerste rapportage verstuurd, 28638-180", "met Kamerstuk 28638, nr. 180 de cijfers", "de cijfers"],
)
def test_a_note_that_names_a_reference_is_no_reference_alone(written: str) -> None:
    """A note such as /deels's "what was delivered" keeps its words: only a reference alone is one."""
    assert ref_alone(written) is None
