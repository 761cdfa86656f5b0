"""trial9 #2, #4, #8, #9: a promise recalled and restated is one item; a bare "de staatssecretaris" in a
minister's letter is that post; an expected passive act of others is no promise; a motie carried out keeps
no yearly deadline."""

from datetime import date

from commitments.letter_arrival import letter_from_text
from tests.unit.letter_frame import DAY, commitments_in


def _items(body: str) -> list[tuple[str, date | None, str | None, str]]:
    return [(item.kind, item.deadline, item.actor, item.quote) for item in commitments_in(body)]


def test_a_recalled_promise_restated_by_its_one_subject_word_is_one_item_with_the_new_moment() -> None:
    for body in (
        "In mijn eerdere brief heb ik toegezegd u voor 1 maart 2024 te informeren over de mondzorg. Omdat de "
        "gesprekken nog lopen, lukt dat niet. Ik informeer u nu voor 1 oktober 2024 over de mondzorg.",
        "In mijn brief van 3 januari heb ik u toegezegd voor 1 maart 2024 te informeren over de handreiking "
        "gegevensdeling. Het opstellen vraagt meer tijd. Ik stuur u de handreiking uiterlijk 1 oktober 2024.",
    ):
        (item,) = commitments_in(body)
        assert item.deadline == date(2024, 10, 1)
        assert item.antecedent is not None
        assert "toegezegd" in item.antecedent


def test_a_new_thing_after_a_recalled_promise_stays_an_item_of_its_own() -> None:
    body = (
        "In mijn eerdere brief heb ik toegezegd u voor 1 maart 2024 te informeren over de mondzorg. Omdat de "
        "gesprekken nog lopen, lukt dat niet. Ik stuur u voor 1 oktober 2024 een rapport over de "
        "huisartsenzorg."
    )
    found = commitments_in(body)
    assert [item.deadline for item in found if item.deadline and item.deadline > DAY] == [date(2024, 10, 1)]
    restated = [item for item in found if "huisartsenzorg" in item.quote]
    assert len(restated) == 1
    assert restated[0].antecedent is None


def test_a_promise_another_post_made_is_recalled_and_its_restatement_is_that_posts_item() -> None:
    for recall in (
        "De staatssecretaris heeft toegezegd u in het voorjaar een plan van aanpak voor de wachtlijsten "
        "te sturen.",
        "Eerder heeft de staatssecretaris toegezegd u in het voorjaar een plan van aanpak voor de "
        "wachtlijsten te sturen.",
    ):
        restated = "De staatssecretaris stuurt u het plan van aanpak voor 1 november 2024."
        body = f"{recall} Het plan is niet gereed. {restated}"
        (item,) = commitments_in(body)
        assert item.deadline == date(2024, 11, 1)
        assert item.actor == "Staatssecretaris van Infrastructuur en Waterstaat"


def test_a_bare_other_role_in_a_ministers_letter_is_that_post_of_the_ministry() -> None:
    for body in (
        "De staatssecretaris zal de Kamer voor 1 juni 2024 een plan van aanpak sturen over de sporen.",
        "Daarnaast zal de staatssecretaris uw Kamer voor 1 juni 2024 informeren over de spoorveiligheid.",
    ):
        assert [actor for _, _, actor, _ in _items(body)] == [
            "Staatssecretaris van Infrastructuur en Waterstaat"
        ]
    # look-alikes: the sender's own role is the sender; a post named in full is that post
    own = "De minister zal de Kamer voor 1 juni 2024 informeren over de spoorveiligheid."
    assert [actor for _, _, actor, _ in _items(own)] == ["Minister van Infrastructuur en Waterstaat"]
    named = "De staatssecretaris van Financiën zal de Kamer voor 1 juni 2024 informeren over de heffing."
    assert [actor for _, _, actor, _ in _items(named)] == ["Staatssecretaris van Financiën"]


def test_an_expected_passive_act_with_no_one_named_is_no_promise() -> None:
    for body in (
        "Ik heb de gemeenten een brief gestuurd. Ik verwacht dat de nieuwe werkwijze in de loop van 2024 "
        "landelijk wordt ingevoerd.",
        "Wij verwachten dat de nieuwe regels in het najaar door de sector worden toegepast.",
    ):
        assert _items(body) == []


def test_an_expectation_of_the_governments_own_act_or_product_stays_a_promise() -> None:
    for body in (
        "Ik verwacht dat het wetsvoorstel voor 1 juni 2024 aan uw Kamer wordt gezonden.",
        "Ik verwacht dat het rapport over de spoorveiligheid voor 1 juni 2024 gereed is.",
        "Ik verwacht u voor 1 juni 2024 te informeren over de spoorveiligheid.",
    ):
        assert len(_items(body)) == 1, body


MOTIE = (
    "Met deze brief ga ik ook in op de motie van het lid Jansen over de bezetting van de "
    "jeugdinrichtingen.\n\n"
    "De motie van het lid Jansen c.s. (Kamerstuk 24 587, nr. 912) verzoekt de regering de bezetting van de "
    "jeugdinrichtingen jaarlijks aan de Kamer te rapporteren. {status}"
)


def test_a_motie_carried_out_gets_no_yearly_deadline_but_an_open_one_does() -> None:
    for closing in (
        "In de bijlage treft u de rapportage over 2023 aan. Hiermee beschouw ik de motie als afgedaan.",
        "De rapportage over 2023 is bijgevoegd. Daarmee beschouw ik de motie als uitgevoerd.",
    ):
        (motie,) = [item for item in commitments_in(MOTIE.format(status=closing)) if item.kind == "motie"]
        assert motie.motie_status == "afgedaan"
        assert (
            "24587-912" in motie.refs
        )  # the motie named in the opening line is still found, with its number
        assert motie.deadline is None
        assert motie.recurring is None
    still_open = "Ik zal hier uitvoering aan geven."
    (motie,) = [item for item in commitments_in(MOTIE.format(status=still_open)) if item.kind == "motie"]
    assert motie.motie_status != "afgedaan"
    assert motie.recurring == "yearly"


def test_a_restated_recall_is_titled_by_what_was_recalled_and_a_bare_deze_by_what_it_stands_for() -> None:
    letter = (
        "Den Haag, 15 maart 2024\n\nGeachte voorzitter,\n\n"
        "In mijn brief van 3 januari heb ik toegezegd u voor 1 maart te informeren over de handreiking "
        "gegevensdeling. Het opstellen vraagt meer tijd. Ik stuur u de handreiking uiterlijk 1 oktober "
        "2024.\n\n"
        "De evaluatie van de Wet luchtvaart ligt op schema. U ontvangt deze zoals toegezegd eind 2024.\n\n"
        "Het rapport over de spoorveiligheid is bijna klaar. U ontvangt dit voorjaar de evaluatie van de Wet "
        "bodembescherming.\n\n"
        "De Minister van Infrastructuur en Waterstaat,\nM. Harbers\n"
    )
    found = letter_from_text(letter, 0, "brief.txt", "x", DAY)
    assert [item.title for item in found.items] == [
        "Kamer informeren over de handreiking gegevensdeling",
        "Evaluatie van de Wet luchtvaart",
        "Evaluatie van de Wet bodembescherming",
    ]
