"""How the structure of a sentence decides its promises (issue 11), in sentences written for these tests:
clauses joined by a semicolon that each hold a promise with its own moment, a clause that holds the only
promise of its sentence, the sentences that stay one promise, and who the subject of a sentence is."""

from datetime import date

from tests.unit.letter_frame import commitments_in


def test_clauses_that_each_promise_by_their_own_moment_are_two_promises() -> None:
    items = commitments_in(
        "Het wetsvoorstel dien ik in het najaar in; de handreiking voor gemeenten wordt in mei gepubliceerd."
    )
    assert [(item.kind, item.deadline) for item in items] == [
        ("deliverable", date(2024, 12, 21)),
        ("deliverable", date(2024, 5, 31)),
    ]
    assert items[1].quote.startswith("de handreiking")


def test_the_clause_that_holds_the_promise_is_the_promise_with_its_own_moment() -> None:
    (item,) = commitments_in(
        "De verkenning naar de uitstroom van inspecteurs binnen drie jaar na hun aanstelling rond ik nog af; "
        "het onderzoek "
        "start na de zomer."
    )
    assert item.quote == "het onderzoek start na de zomer."
    assert (item.kind, item.deadline) == ("deliverable", date(2024, 9, 30))


def test_a_clause_that_prepares_what_the_other_promises_by_a_moment_stays_one_promise() -> None:
    (item,) = commitments_in(
        "Ik zal de Raad van State om voorlichting vragen; de uitkomst deel ik in het najaar met uw Kamer."
    )
    assert item.quote.startswith("Ik zal de Raad van State")
    assert (item.kind, item.deadline) == ("toezegging", date(2024, 12, 21))


def test_a_semicolon_within_brackets_joins_no_clauses() -> None:
    (item,) = commitments_in(
        "Ik stuur uw Kamer voor de zomer het verslag van de werkgroep (samenstelling; opdracht; leden) toe."
    )
    assert item.quote.startswith("Ik stuur uw Kamer")
    assert item.quote.endswith("toe.")


def test_a_party_named_after_a_capitalised_preposition_is_not_the_subject() -> None:
    (item,) = commitments_in(
        "Voor de Rijnbrug bij Arnhem geldt dat de vervanging van het wegdek volgens planning in oktober "
        "wordt afgerond."
    )
    assert (item.kind, item.deadline) == ("deliverable", date(2024, 10, 31))


def test_a_party_that_opens_the_sentence_is_still_its_subject() -> None:
    assert commitments_in("De Nederlandse Zorgautoriteit publiceert in oktober haar nieuwe marktscan.") == ()
