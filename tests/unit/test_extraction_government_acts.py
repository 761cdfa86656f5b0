"""Government acts stated without "zal" on letters the rules were not built on (issue 11), in sentences
written for these tests: a passive or present tense with a moment ahead whose subject is what the government
acts on or one of its own services, beside the same structures with another party as the actor."""

from datetime import date

import pytest

from commitments.extraction.detect import Mode
from tests.unit.letter_frame import commitments_in


@pytest.mark.parametrize("mode", [Mode.RULES, Mode.COMBINED])
@pytest.mark.parametrize(
    ("sentence", "kind", "deadline"),
    [
        # a negation in the clause of what follows from the act does not deny the act
        (
            "Het streven is om het nieuwe boekingssysteem medio 2024 te openen, zodat reizigers hun kaartje "
            "thuis kunnen kopen en niet langer aan het loket hoeven te wachten.",
            "deliverable",
            date(2024, 6, 30),
        ),
        # an infinitive with "te" names a purpose, not a forecast of a quantity
        (
            "De nieuwe opleidingsroutes voor verpleegkundigen, met ruimte om verder te groeien in het vak, "
            "worden in het najaar van 2024 ingevoerd.",
            "deliverable",
            date(2024, 12, 21),
        ),
        # a named unit in a passive is what the government acts on, not another party acting
        (
            "Het Wachtwoordcentrum wordt per 1 september 2024 uitgebreid met tien medewerkers.",
            "deliverable",
            date(2024, 9, 1),
        ),
        # a preposition after a name is no verb of the name ("Het Reisloket met ...")
        (
            "Het Reisloket met de langste wachttijden wordt in juli 2024 gesloten.",
            "deliverable",
            date(2024, 7, 31),
        ),
        # a service of the government is the government acting
        (
            "Deze zomer begint DUO daarnaast met het uitbetalen van de tegemoetkoming.",
            "deliverable",
            date(2024, 9, 22),
        ),
        # a separable verb, its particle closing the clause
        (
            "De nieuwe parkeerregeling gaat op 1 juli a.s. in; bewoners krijgen dan een tweede vergunning.",
            "deliverable",
            date(2024, 7, 1),
        ),
        (
            "In het najaar van 2024 past de Belastingdienst zijn aangifteformulieren aan.",
            "deliverable",
            date(2024, 12, 21),
        ),
        # a product whose making the government commissions needs no moment
        ("Daarom laat ik een onafhankelijke evaluatie uitvoeren door een bureau.", "deliverable", None),
        # a service of the government as the subject of a present act with a dated moment
        ("De IND beslist voor 1 juli 2024 op alle openstaande aanvragen.", "deliverable", date(2024, 7, 1)),
        # the government's own work named in a relative clause of the subject
        (
            "De resultaten van de pilot met deelfietsen, die ik samen met de gemeente Groningen uitvoer, "
            "worden in het najaar van 2024 verwacht.",
            "deliverable",
            date(2024, 12, 21),
        ),
    ],
)
def test_government_acts_stated_without_zal_are_promises(
    sentence: str, kind: str, deadline: date | None, mode: Mode
) -> None:
    assert [(item.kind, item.deadline) for item in commitments_in(sentence, mode)] == [(kind, deadline)]


@pytest.mark.parametrize(
    "sentence",
    [
        # the act itself negated stays out
        "Het streven is om het nieuwe boekingssysteem medio 2024 te openen, maar dat zal niet lukken.",
        # another party acts, its possessive "zijn" is no passive
        "De Raad voor Cultuur publiceert naar verwachting eind 2024 zijn advies over de musea.",
        # another party acts in the present ("De Reisdesk" is a name, "start" its verb)
        "De Stichting Reisdesk start in het najaar van 2024 met een eigen loket.",
        # an independent body acts
        "Deze zomer begint het CBS daarnaast met een nieuwe enquête onder huishoudens.",
        # another party as the subject after the verb
        "Deze zomer start de Onderzoeksraad voor Veiligheid met een onderzoek naar de veerponten.",
        "In het najaar van 2024 past de gemeente Utrecht haar parkeerregels aan.",
        # a quantity that rises, in a separable verb
        "Het aantal aanvragen loopt in het najaar van 2024 verder op.",
        # what the government lets weigh is no product it commissions
        "Ik laat de uitkomsten van het onderzoek meewegen in mijn besluit.",
        # an independent body as the subject of a present act
        "Het CBS beslist voor 1 juli 2024 over de nieuwe indeling van de regio's.",
        # the product of work that a relative clause of the subject gives to another party
        "De resultaten van de pilot met deelfietsen, die de gemeente Groningen zelf uitvoert, worden in het "
        "najaar van 2024 verwacht.",
        # a forecast of a quantity
        "Het aantal opleidingsplaatsen wordt in het najaar van 2024 naar verwachting verder uitgebreid en "
        "zal daardoor stijgen.",
    ],
)
def test_acts_of_others_and_denied_acts_are_no_promises(sentence: str) -> None:
    assert commitments_in(sentence, Mode.RULES) == ()


def test_a_motie_quoted_after_an_introduction_takes_the_moment_of_its_quoted_words() -> None:
    body = (
        "Tijdens het debat is de motie van het lid Jansen (Kamerstuk 31 305, nr. 400) aangenomen. De "
        "motie luidt als volgt:\n\n«verzoekt de regering, samen met de provincies een plan voor veilige "
        "fietsroutes op te stellen en dit voor 1 december 2024 met de Kamer te delen»\n\nHet plan is in "
        "voorbereiding."
    )
    motie = next(item for item in commitments_in(body) if item.kind == "motie")
    assert (motie.refs, motie.deadline, motie.motie_status) == (("31305-400",), date(2024, 12, 1), "open")
    assert motie.quote.startswith("Tijdens het debat is de motie")


def test_two_main_clauses_each_with_a_moment_of_their_own_are_two_promises() -> None:
    items = commitments_in(
        "Het servicepunt wordt per 1 oktober 2024 uitgebreid met vijf medewerkers, en in de loop van volgend "
        "jaar wordt een tweede vestiging geopend in Zwolle."
    )
    assert [(item.kind, item.deadline, item.quote.split()[0]) for item in items] == [
        ("deliverable", date(2024, 10, 1), "Het"),
        ("deliverable", date(2025, 12, 31), "in"),
    ]


def test_a_main_clause_without_a_moment_of_its_own_stays_with_the_promise() -> None:
    (item,) = commitments_in(
        "Het servicepunt wordt per 1 oktober 2024 uitgebreid met vijf medewerkers, en de openingstijden "
        "worden verruimd."
    )
    assert (item.deadline, item.quote.endswith("verruimd.")) == (date(2024, 10, 1), True)
