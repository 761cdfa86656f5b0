"""One folding of letters for every reader of names and words: accents off, ligatures and ß as letters."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from commitments.accents import fold, places
from commitments.export.tabular import read_csv
from commitments.ministries import ministry_code
from commitments.subject_words import plain


@pytest.mark.parametrize(
    ("written", "folded"),
    [
        ("Financiën", "financien"),
        ("GEÏNFORMEERD", "geinformeerd"),
        ("ﬁscale ﬂexibiliteit", "fiscale flexibiliteit"),  # ligatures as PDFs write them
        ("Koninkrĳksrelaties", "koninkrijksrelaties"),  # the Dutch ij as one character
        ("Straße, STRAẞE", "strasse, strasse"),
        ("İzmir", "izmir"),
        ("plain ascii", "plain ascii"),
    ],
)
def test_fold_takes_accents_off_and_writes_ligatures_and_sharp_s_as_letters(
    written: str, folded: str
) -> None:
    assert fold(written) == folded


def test_a_ligature_and_sharp_s_read_the_same_for_posts_subject_words_and_headers() -> None:
    """Before, posts kept "ﬁ" and "ĳ" as they were while subject words and headers wrote them as letters."""
    assert ministry_code("Binnenlandse Zaken en Koninkrĳksrelaties") == "BZK"
    assert ministry_code("Binnenlandse Zaken en Koninkrijksrelaties") == "BZK"
    assert plain("ﬁscale Koninkrĳksrelaties Straße") == "fiscale koninkrijksrelaties strasse"
    sheet = read_csv("Titel;Verantwoordelĳke\nPlan sturen;@anna\n".encode())
    assert sheet.rows[0].cells == {"title": "Plan sturen", "owner": "@anna"}


@given(st.text(alphabet="aAéÉëﬁĳßẞİ… .-xyz", max_size=30))
def test_places_say_where_each_folded_character_comes_from(text: str) -> None:
    folded, spots = fold(text), places(text)
    assert len(spots) == len(folded) + 1
    assert spots[-1] == len(text)
    assert spots == sorted(spots)
    for at, origin in enumerate(spots[:-1]):
        assert folded[at] in fold(text[origin])
