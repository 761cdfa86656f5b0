"""trial10 #6: a letter item's title names its object, never a bare verb phrase, a pronoun or a bare noun the
paragraph says more of. Made-up sentences."""

from __future__ import annotations

from datetime import date

import pytest

from commitments.titles import completed, recalled_thing, subject_title

TODAY = date(2026, 12, 8)


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # what the Kamer is informed about, put first
        (
            "Over de jeugd-ggz informeer ik u, zoals toegezegd, voor 1 april 2027.",
            "Kamer informeren over de jeugd-ggz",
        ),
        (
            "Over de uitkomsten van de pilots berichten wij de Kamer in het najaar.",
            "Kamer informeren over de uitkomsten van de pilots",
        ),
        # an aside emptied of its moment leaves no commas behind
        (
            "Verder informeer ik u jaarlijks, voor 1 mei, over de voortgang van de hervormingsagenda.",
            "Kamer informeren over de voortgang van de hervormingsagenda",
        ),
        (
            "Daarnaast informeer ik u, in het voorjaar, over de stand van de netcongestie.",
            "Kamer informeren over de stand van de netcongestie",
        ),
        # the verb of sending after the thing, with who sends and to whom
        ("De gevraagde cijfers zal ik u uiterlijk 1 maart doen toekomen.", "Gevraagde cijfers"),
        ("Ik streef ernaar het verslag voor het zomerreces naar uw Kamer te versturen.", "Verslag"),
        # a relative clause that recalls promising the opening noun phrase
        (
            "De brief over de mondzorg die ik u voor 1 maart heb toegezegd, ontvangt u niet voor 1 maart "
            "maar voor de zomer.",
            "Brief over de mondzorg",
        ),
        (
            "Het plan voor de wijkzorg dat wij in mei hadden beloofd, volgt in september.",
            "Plan voor de wijkzorg",
        ),
        # a motie's request ends where the main clause resumes
        (
            "De motie van het lid Jansen (Kamerstuk 31 839, nr. 12), die de regering verzoekt een landelijk "
            "tarief te onderzoeken, voer ik uit; ik informeer u in het najaar van 2027.",
            "Motie Jansen: landelijk tarief te onderzoeken",
        ),
    ],
)
def test_a_letter_sentence_is_titled_by_its_object(sentence: str, title: str) -> None:
    motie = sentence.startswith("De motie")
    assert subject_title(sentence, TODAY, motie=motie) == title


@pytest.mark.parametrize(
    ("sentence", "title"),
    [
        # look-alikes: "over" not fronted before the act of informing; a relative clause on a letter sent
        (
            "Over de begroting heb ik gesproken; ik informeer u voor de zomer.",
            "Over de begroting heb ik gesproken",
        ),
        (
            "De brief die ik u vorige week stuurde, bevat een fout die ik voor 1 maart herstel.",
            "Brief die ik u",
        ),
        # a motie's request with an aside of its own is kept whole
        (
            "De motie van het lid Jansen verzoekt de regering een plan te maken, samen met de gemeenten.",
            "Motie Jansen: plan te maken, samen met de gemeenten",
        ),
    ],
)
def test_look_alikes_keep_their_words(sentence: str, title: str) -> None:
    assert subject_title(sentence, TODAY, motie=sentence.startswith("De motie")).startswith(title)


def test_the_thing_recalled_in_a_relative_clause() -> None:
    assert recalled_thing("Het rapport over de zorgkosten, dat ik u had toegezegd, komt later.") == (
        "Het rapport over de zorgkosten"
    )
    assert recalled_thing("De evaluatie die ik in maart heb aangekondigd, volgt in mei.") == "De evaluatie"
    assert (
        recalled_thing("De brief die ik u vorige week stuurde, bevat een fout.") is None
    )  # sent, not promised
    assert recalled_thing("Ik heb toegezegd u een brief te sturen.") is None  # no relative clause


@pytest.mark.parametrize(
    ("title", "before", "expected"),
    [
        # a bare noun the paragraph names in full
        ("Evaluatie", ["De evaluatie van de Jeugdwet is vertraagd."], "Evaluatie van de Jeugdwet"),
        (
            "Brief",
            [
                "De afstemming vraagt meer tijd.",
                "Het verzoek om een brief over de stand van zaken in het dossier "
                "(ingezonden 11 januari) kan niet worden voldaan.",
            ],
            "Brief over de stand van zaken in het dossier",
        ),
        # no subject of its own, or the promise itself: what the paragraph recalls as promised
        (
            "Informeer u",
            [
                "Dat lukt niet op tijd.",
                "Ik heb u toegezegd uiterlijk 16 december een brief over de voorraad te sturen.",
            ],
            "Brief over de voorraad",
        ),
        (
            "Toegezegde informatie",
            ["In het debat heb ik toegezegd u in januari te informeren over de planning van de spoorlijn."],
            "Kamer informeren over de planning van de spoorlijn",
        ),
    ],
)
def test_a_title_that_names_no_object_is_completed_from_its_paragraph(
    title: str, before: list[str], expected: str
) -> None:
    assert completed(title, before, TODAY) == expected


@pytest.mark.parametrize(
    ("title", "before"),
    [
        # look-alikes: a title with its own object, a bare noun the paragraph says no more of, nothing
        # recalled
        (
            "Kamer informeren over de wachttijden",
            ["Ik heb u toegezegd een brief over de voorraad te sturen."],
        ),
        ("Evaluatie", ["De evaluatie is vertraagd."]),
        ("Informeer u", ["Dat lukt niet op tijd."]),
    ],
)
def test_a_title_with_its_object_or_nothing_to_add_stays(title: str, before: list[str]) -> None:
    assert completed(title, before, TODAY) == title
