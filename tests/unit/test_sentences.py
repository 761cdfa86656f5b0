import pytest

from commitments.extraction.normalise import analysis_view, join_hyphenation
from commitments.extraction.sentences import split_sentences


def _texts(text: str) -> list[str]:
    return [sentence.text for sentence in split_sentences(text)]


def test_abbreviations_do_not_end_a_sentence() -> None:
    text = "Zie Kamerstuk 28 638, nr. 178 en art. 5 o.a. bij de politie. Daarna volgt meer."
    assert _texts(text) == [
        "Zie Kamerstuk 28 638, nr. 178 en art. 5 o.a. bij de politie.",
        "Daarna volgt meer.",
    ]


def test_jl_and_as_end_a_sentence_only_before_a_sentence_opening() -> None:
    text = "Op 3 november a.s. wordt het aangeboden. Het overleg van 5 december jl. Ik kom erop terug."
    assert _texts(text) == [
        "Op 3 november a.s. wordt het aangeboden.",
        "Het overleg van 5 december jl.",
        "Ik kom erop terug.",
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "De motie-Van der Staaij c.s. over uitstapprogramma's is aangenomen. Ik voer haar uit.",
            ["De motie-Van der Staaij c.s. over uitstapprogramma's is aangenomen.", "Ik voer haar uit."],
        ),
        (
            "Het gaat om de motie-Omtzigt c.s. Hierover informeer ik u.",
            ["Het gaat om de motie-Omtzigt c.s.", "Hierover informeer ik u."],
        ),
        (
            "Motie Kuik c.s. (Kamerstuk 35 570 VI, nr. 50) verzoekt de regering dit.",
            ["Motie Kuik c.s. (Kamerstuk 35 570 VI, nr. 50) verzoekt de regering dit."],
        ),
        (
            "In de brief van 1 maart jl. Daarin stond het.",
            ["In de brief van 1 maart jl.", "Daarin stond het."],
        ),
        (
            "Zie de brief van 1 maart jl. (Kamerstuk 31 839, nr. 5).",
            ["Zie de brief van 1 maart jl. (Kamerstuk 31 839, nr. 5)."],
        ),
        ("Zie nr. 5 en nrs. 6 en 7. Dat volstaat.", ["Zie nr. 5 en nrs. 6 en 7.", "Dat volstaat."]),
        (
            "Dit raakt o.a. De Nederlandsche Bank en de AFM.",
            ["Dit raakt o.a. De Nederlandsche Bank en de AFM."],
        ),
    ],
)
def test_abbreviations_of_moties_and_dates(text: str, expected: list[str]) -> None:
    assert _texts(text) == expected


def test_a_start_offset_splits_only_the_rest_and_keeps_positions() -> None:
    text = "SOURCE: https://example.org\n\nHierbij bericht ik u over de brief. Die volgt later."
    start = text.index("Hierbij")
    found = split_sentences(text, start)
    assert [(text[s.start : s.end], s.text) for s in found] == [
        ("Hierbij bericht ik u over de brief.", "Hierbij bericht ik u over de brief."),
        ("Die volgt later.", "Die volgt later."),
    ]


def test_initials_and_footnote_markers() -> None:
    text = "Het rapport is gepubliceerd.1 De Staatssecretaris, M.G.J. Harbers zal het sturen."
    assert _texts(text) == [
        "Het rapport is gepubliceerd.1",
        "De Staatssecretaris, M.G.J. Harbers zal het sturen.",
    ]


def test_headings_list_items_and_footnote_lines_are_their_own_units() -> None:
    text = (
        "Jonge slachtoffergroepen\nUit de monitor blijkt dit.\n"
        "Moties:\n- Motie Kuik (Kamerstuk 35 570 VI, nr. 50) over X;\n- Motie Mutluer over Y.\n"
        "Ook blijft het kabinet zich, samen met\n\n1 Kamerstuk 28 638, nr. 164.\n de partners, inzetten."
    )
    texts = _texts(text)
    assert texts[0] == "Jonge slachtoffergroepen"
    assert "- Motie Kuik (Kamerstuk 35 570 VI, nr. 50) over X;" in texts
    assert "1 Kamerstuk 28 638, nr. 164." in texts
    assert texts[-1] == "de partners, inzetten."


def test_a_page_break_inside_a_sentence_does_not_split_it() -> None:
    text = "de toezegging die is gemaakt aan\n\nde Kamer om het te delen."
    assert _texts(text) == ["de toezegging die is gemaakt aan\n\nde Kamer om het te delen."]


def test_hyphenation_is_joined_except_for_suspended_compounds() -> None:
    assert join_hyphenation("daadwer-\nkelijk en bron-\nen transitie-\nlanden") == (
        "daadwerkelijk en bron-\nen transitielanden"
    )


def test_analysis_view_maps_back_to_the_original() -> None:
    original = "Het is daadwer-\nkelijk een [motie Mutluer](#) met **nadruk**."
    view = analysis_view(original)
    assert view.text == "Het is daadwerkelijk een motie Mutluer met nadruk."
    start = view.text.index("daadwerkelijk")
    span = view.span_in_original(start, start + len("daadwerkelijk"))
    assert original[span[0] : span[1]] == "daadwer-\nkelijk"


def test_the_view_joins_only_a_lower_case_word_broken_at_a_line_end() -> None:
    original = "bron-\nen, BTW-\nplicht, a - \nb, -\nx, ver-\r\n  der en 2-\n3"
    assert analysis_view(original).text == "bron-\nen, BTW-\nplicht, a - \nb, -\nx, verder en 2-\n3"


def test_every_view_character_maps_to_the_same_character_of_the_original() -> None:
    original = (
        "**Vet** begin, daadwer-\nkelijk [een link](https://x.nl) en **nog** een daad-\n  werk-\nelijk eind"
    )
    view = analysis_view(original)
    for position, character in enumerate(view.text):
        start, end = view.span_in_original(position, position + 1)
        assert (end - start, original[start]) == (1, character)
    assert view.span_in_original(len(view.text), len(view.text)) == (len(original), len(original))


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        (
            "2 Reactie van het kabinet\n\nReactie op de inbreng van de leden van de SP-fractie\n"
            "Het onderzoek wordt in mei afgerond.",
            "Reactie op de inbreng van de leden van de SP-fractie",
        ),
        (
            "Deel B Antwoorden\nAntwoord op vraag 7\nIk stuur u de lijst voor de zomer.",
            "Antwoord op vraag 7",
        ),
    ],
)
def test_a_heading_after_a_blank_line_or_another_heading_is_its_own_unit(text: str, heading: str) -> None:
    texts = _texts(text)
    assert heading in texts
    assert texts[-1][:2] in {"He", "Ik"}


def test_a_short_line_after_a_blank_line_that_runs_on_in_lower_case_is_not_a_heading() -> None:
    sentence = "Het advies van de\nRaad voor het Openbaar Bestuur\nwordt in juni besproken."
    assert _texts(f"Reactie van het kabinet\n\n{sentence}")[-1] == sentence
