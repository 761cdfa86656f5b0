"""Moties in a letter: one item per motie, with its reference, its status and the quote of its mention."""

from datetime import date

import pytest

from commitments.extraction import Found, extract

LETTER = """Den Haag, 15 maart 2024

{body}

De Minister van Volksgezondheid, Welzijn en Sport,
E.J. Kuipers
"""


def _items(body: str) -> tuple[Found, ...]:
    """What extraction finds in ``body`` set in :data:`LETTER` (of a minister of VWS)."""
    return extract(LETTER.format(body=body), date(2024, 3, 15), today=date(2024, 3, 15)).commitments


def _moties(body: str) -> list[Found]:
    items = _items(body)
    return [item for item in items if item.kind == "motie"]


def test_a_motie_discharged_in_the_next_sentence_keeps_its_reference_and_its_mention() -> None:
    mention = (
        "De motie van het lid Westerveld (Kamerstuk 25 424, nr. 650) verzoekt de regering om de zorg voor "
        "ouderen te versterken."
    )
    body = f"{mention} Met de afspraken in het Integraal Zorgakkoord beschouw ik deze motie als uitgevoerd."
    (item,) = _moties(body)
    assert item.refs == ("25424-650",)
    assert item.motie_status == "afgedaan"
    assert " ".join(item.quote.split()).startswith(mention)


def test_de_motie_two_sentences_later_points_back_at_the_motie_named_before() -> None:
    body = (
        "De motie van de leden Ceder en Van Kent (Kamerstuk 29 861, nr. 115) verzoekt de regering om "
        "arbeidsmigranten te informeren over hun rechten. In het afgelopen jaar is het informatiepunt "
        "uitgebreid. Hiermee beschouw ik de motie als afgedaan."
    )
    (item,) = _moties(body)
    assert (item.refs, item.motie_status) == (("29861-115",), "afgedaan")
    assert item.quote.endswith("over hun rechten.")


def test_a_motie_that_is_met_or_carried_out_is_afgedaan() -> None:
    met = (
        "De motie van de leden Van der Plas en Vermeer (Kamerstuk 35 334, nr. 298) verzoekt de regering de "
        "mestverwerking te vergroten. Aan deze motie kom ik tegemoet met de Subsidieregeling mestverwerking."
    )
    given = (
        "Uw Kamer heeft mij in de motie van het lid Boswijk (Kamerstuk 21 501-02, nr. 2950) verzocht te "
        "pleiten voor een tribunaal. Op 14 januari is een akkoord bereikt. Hiermee is aan de motie "
        "uitvoering gegeven."
    )
    assert [item.motie_status for item in _moties(met)] == ["afgedaan"]
    assert [item.motie_status for item in _moties(given)] == ["afgedaan"]


def test_a_motie_still_being_carried_out_is_open_and_its_dictum_does_not_decide() -> None:
    body = (
        "De motie van het lid Van Baarle (Kamerstuk 29 861, nr. 120) verzoekt de regering een verbod te "
        "onderzoeken. De uitvoering van deze motie loopt nog; ik verwacht uw Kamer hierover voor het einde "
        "van het jaar te informeren."
    )
    items = _items(body)
    assert [(item.kind, item.motie_status) for item in items] == [("motie", "open"), ("toezegging", None)]
    assert items[0].deadline is None  # the promise's moment is not the motie's


def test_a_motie_after_a_discharged_list_does_not_take_the_list_status() -> None:
    body = (
        "De volgende moties beschouw ik als afgedaan:\n"
        "• de motie van het lid Kwint over het lerarentekort (Kamerstuk 27 923, nr. 442).\n\n"
        "De motie van het lid Westerveld over zij-instroom (Kamerstuk 36 200 VIII, nr. 87) voer ik uit via "
        "de subsidieregeling."
    )
    assert [(item.refs, item.motie_status) for item in _moties(body)] == [
        (("27923-442",), "afgedaan"),
        (("36200-VIII-87",), "open"),
    ]


def test_the_deadline_of_a_motie_is_the_moment_it_asks_for_even_when_past() -> None:
    body = (
        "Op 12 januari 2023 heeft uw Kamer de motie van het lid Wuite (Kamerstuk 36 200 IV, nr. 13) "
        "aangenomen, waarin de regering wordt verzocht de Kamer in het eerste kwartaal van 2023 "
        "te informeren."
    )
    (item,) = _moties(body)
    assert (item.deadline, item.deadline_text) == (date(2023, 3, 31), "in het eerste kwartaal van 2023")


def test_every_motie_of_an_enumeration_in_one_sentence_is_one_record() -> None:
    body = (
        "Met deze brief geef ik uitvoering aan de motie van het lid Jansen (Kamerstuk 36 200 XVI, nr. 14), "
        "de motie van de leden De Vries en Bakker (Kamerstuk 36 200 XVI, nr. 22) en de motie-Pietersen "
        "(Kamerstuk 36 200 XVI, nr. 31)."
    )
    assert [item.refs for item in _moties(body)] == [
        ("36200-XVI-14",),
        ("36200-XVI-22",),
        ("36200-XVI-31",),
    ]


def test_a_plural_mention_names_one_record_per_motie() -> None:
    body = (
        "In de moties Jansen (Kamerstuk 36 200 XVI, nr. 14) en De Vries (Kamerstuk 36 200 XVI, nr. 22) "
        "wordt de regering verzocht de regels aan te passen."
    )
    assert [item.refs for item in _moties(body)] == [("36200-XVI-14",), ("36200-XVI-22",)]


def test_a_motie_named_again_under_its_alias_is_one_record_and_the_later_mention_decides() -> None:
    body = (
        "De motie van het lid Jansen (Kamerstuk 36 200 XVI, nr. 14) verzoekt de regering de Kamer voor "
        "1 juni te informeren. Ik heb hierover met de sector gesproken. Met deze brief voer ik de "
        "motie-Jansen uit."
    )
    (item,) = _moties(body)
    assert (item.refs, item.motie_status) == (("36200-XVI-14",), "afgedaan")


def test_a_motie_named_in_a_heading_is_quoted_where_a_sentence_names_it() -> None:
    body = (
        "Motie Bruins\n\n"
        "Uw Kamer heeft de motie van het lid Bruins (Kamerstuk 29 689, nr. 1201) aangenomen, die de "
        "regering verzoekt de wachtlijsten in de ggz te halveren. Met de afspraken in het akkoord voer ik "
        "deze motie uit."
    )
    (item,) = _moties(body)
    assert item.quote.startswith("Uw Kamer heeft de motie van het lid Bruins")
    assert item.refs == ("29689-1201",)


def test_a_heading_moties_is_no_motie() -> None:
    body = "Moties\n\nIk zal uw Kamer voor de zomer informeren over de uitvoering."
    assert _moties(body) == []


def test_a_motie_opening_a_sentence_leaves_the_promise_of_that_sentence_its_own_record() -> None:
    body = (
        "Conform de motie van het lid Van Dijk c.s. (Kamerstuk 36 200 XVI, nr. 21) zend ik uw Kamer medio "
        "juli een brief over de voortgang van het programma."
    )
    items = _items(body)
    assert [(item.kind, " ".join(item.quote.split())) for item in items] == [
        ("motie", "Conform de motie van het lid Van Dijk c.s. (Kamerstuk 36 200 XVI, nr. 21)"),
        ("toezegging", "zend ik uw Kamer medio juli een brief over de voortgang van het programma."),
    ]
    assert items[1].deadline == date(2024, 7, 20)


def test_the_motie_s_own_words_in_the_next_sentence_belong_to_it_and_give_its_moment() -> None:
    body = (
        "Uw Kamer heeft de motie van het lid Jansen c.s. aangenomen (Kamerstuk 36 200 XVI, nr. 14). "
        "De motie verzoekt de regering om uiterlijk 1 juli 2024 een wetsvoorstel in te dienen."
    )
    items = _items(body)
    assert [item.kind for item in items] == ["motie"]
    assert items[0].deadline == date(2024, 7, 1)
    assert "verzoekt de regering" in items[0].quote


def test_both_moties_of_a_list_take_the_status_a_later_sentence_gives_them_together() -> None:
    body = (
        "Moties\n\n• Motie van het lid Bikker over kinderopvang (Kamerstuk 36 410, nr. 12)\n"
        "• Motie van de leden Six Dijkstra en Van der Werf over privacy (Kamerstuk 36 410, nr. 16)\n\n"
        "Beide moties worden met deze brief afgedaan."
    )
    assert [(item.refs, item.motie_status) for item in _moties(body)] == [
        (("36410-12",), "afgedaan"),
        (("36410-16",), "afgedaan"),
    ]


def test_a_motie_whose_reference_closes_a_relative_clause_is_named_by_it() -> None:
    body = (
        "De motie die door de leden Jansen en De Vries is ingediend (Kamerstuk 36 200 XVI, nr. 22) "
        "verzoekt de regering een onderzoek te doen."
    )
    assert [item.refs for item in _moties(body)] == [("36200-XVI-22",)]


def test_the_motie_s_words_after_a_colon_belong_to_it() -> None:
    body = (
        "De motie van het lid Jansen (Kamerstuk 36 200 XVI, nr. 14):\n\n"
        "verzoekt de regering om voor 1 juni 2024 een plan te presenteren.\n\n"
        "Ik zal uw Kamer voor de zomer informeren."
    )
    items = _items(body)
    assert [item.kind for item in items] == ["motie", "toezegging"]
    assert "verzoekt de regering" in items[0].quote
    assert items[0].deadline == date(2024, 6, 1)


def test_a_motie_in_an_enumeration_takes_the_status_of_the_words_that_govern_it() -> None:
    body = (
        "Met het rapport wordt uitvoering gegeven aan de wettelijke evaluatiebepaling, aan de toezegging van "
        "mijn ambtsvoorganger en aan de motie De Vries waarin het kabinet wordt opgeroepen de regeling te "
        "evalueren."
    )
    assert [item.motie_status for item in _moties(body)] == ["afgedaan"]


def test_a_quoted_motie_text_belongs_to_the_motie_and_makes_no_promises_of_its_own() -> None:
    body = (
        "De motie van het lid Jansen (Kamerstuk 36 200 XVI, nr. 14) luidt als volgt:\n\n"
        "De Kamer,\n\ngehoord de beraadslaging,\n\n"
        "constaterende dat het kabinet in 2024 een nieuwe wet zal indienen;\n\n"
        "overwegende dat de regering voor de zomer een besluit zal nemen;\n\n"
        "verzoekt de regering de Kamer voor 1 juni 2024 te informeren,\n\n"
        "en gaat over tot de orde van de dag.\n\n"
        "Ik zal uw Kamer voor 1 juni informeren."
    )
    items = _items(body)
    assert [item.kind for item in items] == ["motie", "toezegging"]
    assert "en gaat over tot de orde van de dag" in items[0].quote
    assert items[0].deadline == date(2024, 6, 1)


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # several moties in one reference: one item each, with its own number
        (
            "Hiermee voer ik de moties-Bikker en -Tielen (Kamerstuk 36 200 XVI, nrs. 12 en 15) uit.",
            [(("36200-XVI-12",), "afgedaan"), (("36200-XVI-15",), "afgedaan")],
        ),
        (
            "In deze brief ga ik in op de moties van de leden Hertzberger en Van Meenen (Kamerstuk 31 293, "
            "nrs. 640 en 655), die nog in uitvoering zijn.",
            [(("31293-640",), "open"), (("31293-655",), "open")],
        ),
        # a number alone after the first motie's full reference shares its dossier
        (
            "Met deze brief voer ik de moties van de leden Bikker (Kamerstuk 36 200 XVI, nr. 12) en Tielen "
            "(nr. 15) uit.",
            [(("36200-XVI-12",), "afgedaan"), (("36200-XVI-15",), "afgedaan")],
        ),
        (
            "Ik ga in op de moties van de leden Kat (Kamerstuk 35 925 VII, nr. 40), Bushoff (nr. 41) en "
            "Inge van Dijk (nr. 48).",
            [(("35925-VII-40",), "open"), (("35925-VII-41",), "open"), (("35925-VII-48",), "open")],
        ),
    ],
)
def test_several_moties_named_by_their_numbers(
    body: str, expected: list[tuple[tuple[str, ...], str]]
) -> None:
    assert [(item.refs, item.motie_status) for item in _moties(body)] == expected


def test_a_motie_named_among_the_topics_of_the_letter_is_quoted_by_its_mention() -> None:
    """Found in a user trial: a motie named in the letter's opening sentence ("Met deze brief informeer ik
    uw Kamer over de voortgang …") got that sentence as its quote and title."""
    body = (
        "Met deze brief informeer ik uw Kamer over de stand van de jeugdzorg en over de motie van het lid "
        "Bakker (Kamerstuk 31 839, nr. 902).\n\nDe wachtlijsten zijn in 2023 korter geworden."
    )
    (item,) = _moties(body)
    assert item.refs == ("31839-902",)
    assert " ".join(item.quote.split()) == "motie van het lid Bakker (Kamerstuk 31 839, nr. 902)"


def test_a_motie_carried_out_in_the_letters_opening_sentence_is_quoted_whole() -> None:
    body = (
        "Met deze brief voer ik de motie van het lid Bakker (Kamerstuk 31 839, nr. 902) uit over de "
        "wachtlijsten in de jeugdzorg."
    )
    (item,) = _moties(body)
    assert item.motie_status == "afgedaan"
    assert item.quote.startswith("Met deze brief")


@pytest.mark.parametrize(
    "body",
    [
        "Vraag 2\nHoe verhoudt dit zich tot de motie-De Vries over de wachtlijsten (Kamerstuk 36 200 XVI, "
        "nr. 21)?\n\nAntwoord 2\nDie motie verzoekt de regering «de wachtlijsten voor 1 juli te halveren». "
        "Zodra de cijfers bekend zijn, informeer ik uw Kamer over de uitvoering van de motie-De Vries.",
        "Kunt u ingaan op de motie van het lid Bakker (Kamerstuk 36 200 XVI, nr. 30)?\n\nAntwoord\nDeze "
        "motie verzoekt de regering «een meldpunt in te richten». Over de motie-Bakker bericht ik u na de "
        "zomer.",
    ],
)
def test_a_motie_named_in_a_question_is_quoted_where_the_answer_gives_its_words(body: str) -> None:
    (motie,) = _moties(body)
    assert "verzoekt de regering" in motie.quote
    assert "informeer ik" not in motie.quote
    assert "bericht ik" not in motie.quote


def test_a_motie_named_before_its_words_is_quoted_with_them_there() -> None:  # the look-alike
    body = (
        "Op 5 maart heeft uw Kamer de motie van het lid Smit aangenomen (Kamerstuk 36 200 XVI, nr. 40). "
        "Die motie verzoekt de regering «een plan op te stellen». Ik zal het plan, zoals de motie vraagt, "
        "voor de zomer aan uw Kamer sturen."
    )
    (motie,) = _moties(body)
    assert motie.quote.startswith("Op 5 maart heeft uw Kamer de motie")


@pytest.mark.parametrize(
    "body",
    [
        "Tot slot: de motie van het lid Jansen over de bibliotheken (Kamerstuk 34 104, nr. 12) is door uw "
        "Kamer verworpen; daarop ga ik niet verder in.",
        "De motie-Pietersen over de veerpont (Kamerstuk 31 305, nr. 400) werd bij de stemmingen niet "
        "aangenomen.",
    ],
)
def test_a_motie_the_kamer_voted_down_is_no_item(body: str) -> None:
    assert _moties(body) == []


def test_a_motie_that_speaks_of_a_rejected_plan_is_still_an_item() -> None:
    body = (
        "De motie van het lid Jansen (Kamerstuk 34 104, nr. 12) vraagt een alternatief voor het verworpen "
        "plan; die motie voer ik dit jaar uit."
    )
    (motie,) = _moties(body)
    assert motie.refs == ("34104-12",)
