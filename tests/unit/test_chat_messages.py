"""When a chat message is a proposed commitment, and the card it proposes."""

from datetime import date

import pytest

from commitments.chat_messages import (
    cards_for_message,
    commitments_in_message,
    names_more_than_a_day,
    reads_as_commitment,
    stands_alone,
)
from commitments.errors import InvalidInput
from commitments.extraction import parse_message
from commitments.model import Kind

TODAY = date(2026, 3, 2)


def test_a_plain_message_needs_a_description_and_a_deadline_post_or_kamerstuk() -> None:
    assert reads_as_commitment(
        parse_message("De minister stuurt voor de zomer een brief over jeugdzorg", TODAY, {})
    )
    assert reads_as_commitment(
        parse_message("Staatssecretaris VWS stuurt een brief over jeugdzorg", TODAY, {})
    )
    assert reads_as_commitment(
        parse_message("Brief over de jeugdzorg (Kamerstuk 28 638, nr. 178)", TODAY, {})
    )
    assert not reads_as_commitment(parse_message("Goedemorgen allemaal, hoe gaat het?", TODAY, {}))
    assert not reads_as_commitment(parse_message("brief voor de zomer", TODAY, {}))  # too few words


@pytest.mark.parametrize(
    "message",
    [
        "Het regent vandaag in Den Haag",
        "Morgen is de vergadering in Utrecht",
        "We gaan vrijdag met het hele team lunchen",
    ],
)
def test_a_word_of_time_alone_does_not_make_talk_a_commitment(message: str) -> None:
    """Found in a user trial: "Het regent vandaag in Den Haag" became a card titled "Regent in Den Haag"."""
    assert not reads_as_commitment(parse_message(message, TODAY, {}))


@pytest.mark.parametrize(
    "message",
    [
        "Brief over de jeugdzorg voor de zomer",
        "Kamer informeren over de jeugdzorg voor 1 maart",
        "Evaluatie van de Wmo voor het zomerreces",
        "Voor de zomer de stikstofaanpak naar de Kamer",
        "Motie Jansen over de mantelzorg voor de zomer uitvoeren",
    ],
)
def test_a_word_of_time_with_an_act_a_product_or_the_kamer_is_a_commitment(message: str) -> None:
    assert reads_as_commitment(parse_message(message, TODAY, {}))


def test_who_and_when_make_a_short_subject_a_commitment() -> None:
    """ "De minister van EZ stuurt voor Prinsjesdag de groeibrief": who, what and when, though the what
    ("Groeibrief") is one word."""
    draft = parse_message("De minister van EZ stuurt voor Prinsjesdag de groeibrief", TODAY, {})
    assert draft.title == "Groeibrief"
    assert reads_as_commitment(draft)
    assert reads_as_commitment(parse_message("Rapport Kamerstuk 28 638, nr. 178 voor de zomer", TODAY, {}))


def test_plain_only_refuses_a_short_note_that_does_not_read_as_a_commitment() -> None:
    note = "Brief over mondzorg"
    assert commitments_in_message(note, TODAY, {}, plain=True) == []
    assert commitments_in_message(note, TODAY, {}) != []  # /nieuw says it is one
    assert commitments_in_message("   ", TODAY, {}) == []


@pytest.mark.parametrize("text", ["asdfkjh qwerty", "Goedemorgen allemaal, hoe gaat het?", "blabla test"])
@pytest.mark.parametrize("plain", [False, True])
def test_a_message_without_any_sign_of_a_promise_gives_no_card_with_or_without_nieuw(
    text: str, plain: bool
) -> None:
    """Found in a user trial: "/nieuw asdfkjh qwerty" in the group made a card, the same typed in private
    was refused; one rule for both: no deadline, bewindspersoon, Kamerstuk or thing promised, no card."""
    assert commitments_in_message(text, TODAY, {}, plain=plain) == []


@pytest.mark.parametrize(
    "text", ["asdfkjh qwerty voor 1 maart", "Minister van VWS: qwerty", "Qwerty-rapport"]
)
def test_one_sign_of_a_promise_makes_nieuw_give_a_card(text: str) -> None:
    assert commitments_in_message(text, TODAY, {}) != []


@pytest.mark.parametrize(
    "text", ["De minister", "voor het zomerreces", "🎉🎉🎉", "Minister van VWS voor 1 maart", "<b></b>"]
)
def test_a_message_that_names_nothing_promised_gives_no_card(text: str) -> None:
    """Found in a user trial: "/nieuw De minister", "/nieuw voor het zomerreces" and "/nieuw 🎉🎉🎉" made a
    card, though "/nieuw <b></b>" was refused."""
    assert commitments_in_message(text, TODAY, {}) == []


@pytest.mark.parametrize(
    ("text", "title"), [("Defensie: F-35", "F-35"), ("Jaarverslag 2026", "Jaarverslag 2026")]
)
def test_one_thing_named_is_enough(text: str, title: str) -> None:
    [new] = commitments_in_message(text, TODAY, {})
    assert new.title == title


def test_the_new_item_carries_what_the_message_says() -> None:
    [new] = commitments_in_message("MinJenV: motie over de handreiking voor 1 juni 2026 @anna", TODAY, {})
    assert (new.kind, new.ministry, new.deadline, new.owner) == (Kind.MOTIE, "JenV", date(2026, 6, 1), "anna")


def test_geen_termijn_in_the_message_saves_without_a_deadline() -> None:
    [card] = cards_for_message("De minister stuurt een brief over jeugdzorg, geen termijn", TODAY, {})
    assert card.no_deadline
    assert card.new.deadline is None
    [asked] = cards_for_message("De minister stuurt een brief over jeugdzorg", TODAY, {})
    assert not asked.no_deadline
    assert cards_for_message("Goedemorgen allemaal, hoe gaat het?", TODAY, {}, plain=True) == []


def test_a_post_named_without_van_is_read_like_one_with_it() -> None:
    """ "Staatssecretaris Financiën" as civil servants write it, like "staatssecretaris FIN"."""
    draft = parse_message("Staatssecretaris Financiën informeert de Kamer dit najaar over box 3", TODAY, {})
    assert (draft.post, draft.ministry) == ("Staatssecretaris van Financiën", "FIN")
    assert draft.title == "Kamer informeren over box 3"


def test_a_message_stands_alone_when_it_says_who_promises_what_by_when() -> None:
    today = date(2026, 12, 7)
    alone = [
        "De minister van SZW stuurt voor 1 maart 2027 een brief over de kinderopvangtoeslag.",
        "Staatssecretaris van Financiën: voor Prinsjesdag de evaluatie van de box 3-regeling",
    ]
    answers = [
        "1 maart wegens vertraging bij de uitvoering",  # a new deadline and its reason
        "Minister van SZW",  # the post a card asked for
        "de minister van OCW wacht op de gemeenten",  # a reason
        "voor het zomerreces",
    ]
    assert all(stands_alone(parse_message(text, today, {})) for text in alone)
    assert not any(stands_alone(parse_message(text, today, {})) for text in answers)


def test_an_answer_to_what_day_names_more_than_a_day_when_it_has_a_subject_of_its_own() -> None:
    """Found in a user trial: while a card asked for its deadline, "Kamer wordt voor de zomer geïnformeerd
    over stikstof" became the card's deadline and was lost as a promise of its own."""
    today = date(2026, 12, 7)
    promises = [
        "Kamer wordt voor de zomer geïnformeerd over de mestregels",
        "De minister van Defensie stuurt de Kamer een brief over de munitievoorraad",
    ]
    days = ["voor de zomer", "uiterlijk eind volgend jaar", "1 maart 2027", "volgende week vrijdag", "morgen"]
    assert all(names_more_than_a_day(parse_message(text, today, {})) for text in promises)
    assert not any(names_more_than_a_day(parse_message(text, today, {})) for text in days)


def test_a_typed_motie_on_a_budget_or_a_task_done_by_a_ministry_gets_its_minister() -> None:
    motie = parse_message(
        "Motie-De Vries over de bijstand (Kamerstuk 36 600 XV, nr. 12) uitvoeren", TODAY, {}
    )
    assert (motie.post, motie.ministry) == ("Minister van Sociale Zaken en Werkgelegenheid", "SZW")
    answer = parse_message(
        "Kamervragen over de sluizen: beantwoording door IenW binnen drie weken", TODAY, {}
    )
    assert (answer.post, answer.ministry) == ("Minister van Infrastructuur en Waterstaat", "IenW")


@pytest.mark.parametrize(
    "text",
    [
        "De minister van LVVN heeft op 12 februari de visserijbrief gestuurd",
        "De staatssecretaris deelde vorige week het plan over de jeugdzorg met de Kamer",
    ],
)
def test_a_message_that_tells_what_already_happened_is_refused_in_dutch(text: str) -> None:
    with pytest.raises(InvalidInput, match=r"^Dit lijkt al gebeurd \(‘(heeft … gestuurd|deelde)’\)"):
        commitments_in_message(text, TODAY, {})


def test_only_the_promise_still_to_come_gets_a_card() -> None:
    [new] = commitments_in_message(
        "LVVN heeft op 12 februari de visserijbrief gestuurd en stuurt voor 1 juni een brief over"
        " de mosselen",
        TODAY,
        {},
    )
    assert (new.title, new.deadline) == ("Brief over de mosselen", date(2026, 6, 1))


@pytest.mark.parametrize(
    ("message", "addressed"),
    [
        # trial 10: a note to a colleague or a request to the bot became a toezegging card
        ("Ik stuur je voor vrijdag de notitie over de jeugdzorg", "stuur je"),
        ("Herinner me donderdag aan de nota over stikstof", "Herinner me"),
        ("Kun je me voor maandag het overzicht van de mondzorg mailen?", "je me"),
    ],
)
@pytest.mark.parametrize("plain", [True, False])
def test_a_message_to_a_person_is_no_promise_to_the_kamer(message: str, addressed: str, plain: bool) -> None:
    with pytest.raises(InvalidInput, match=rf"^Dit bericht is aan een persoon gericht \(‘{addressed}’\)"):
        commitments_in_message(message, TODAY, {}, plain=plain)


@pytest.mark.parametrize(
    "message",
    [  # look-alikes: the Kamer or a bewindspersoon is named, so a promise to the Kamer is there
        "Ik stuur je de brief die de minister voor de zomer aan de Kamer stuurt",
        "De minister van VWS stuurt voor 1 juni een brief over de mondzorg; ik stuur je het concept",
    ],
)
def test_a_message_to_a_person_that_names_a_promise_to_the_kamer_keeps_it(message: str) -> None:
    assert commitments_in_message(message, TODAY, {})


def test_the_colleague_a_promise_is_forwarded_to_is_no_part_of_its_title() -> None:
    for message in (
        "Ik stuur je de brief die de minister voor de zomer aan de Kamer stuurt",
        "Ik stuur jullie de brief die de minister voor de zomer aan de Kamer stuurt",
    ):
        [new] = commitments_in_message(message, TODAY, {})
        assert new.title == "Brief die de minister aan de Kamer stuurt"
