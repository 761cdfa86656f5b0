"""Structures read wrongly on a letter set the rules were not built on, in sentences written for these tests
(none copied from a letter): who acts (another organisation's expectation, a motie carried out), which clause
a moment belongs to, the tense (work that goes on), and the layout (a subject line that ends in "moties", a
list of moties, a coming report named with a neuter article)."""

from datetime import date

import pytest

from tests.unit.letter_frame import commitments_in, moties_in


def _kinds(body: str) -> list[str]:
    return sorted(item.kind for item in commitments_in(body))


@pytest.mark.parametrize(
    "head",
    [
        "Datum\n12 maart 2024\nBetreft\nVoortgang verkeersveiligheid en uitvoering moties\nOns kenmerk\n"
        "2024-0001234\n\nGeachte voorzitter,",
        "NOTA\n\nAan:        de Minister van Infrastructuur en Waterstaat\nVan:        directeur Wegen\n"
        "Datum:      12 maart 2024\n"
        "Onderwerp:  Kamerbrief voortgang verkeersveiligheid en uitvoering moties\n"
        "Ter:        beslissing",
    ],
)
def test_a_subject_line_ending_in_moties_names_no_motie(head: str) -> None:
    assert moties_in(head) == []


def test_a_subject_line_that_names_a_motie_with_its_reference_still_names_it() -> None:
    body = (
        "Betreft\nUitvoering motie Jansen (Kamerstuk 36 410 XVI, nr. 31)\nOns kenmerk\n2024-0001234\n\n"
        "Geachte voorzitter,\n\nIn deze brief schets ik de stand van zaken."
    )
    assert [item.refs for item in moties_in(body)] == [("36410-XVI-31",)]


@pytest.mark.parametrize(
    "intro",
    [
        "Met deze brief geef ik uitvoering aan de volgende moties:",
        "Hiermee beschouw ik de volgende moties als afgedaan:",
    ],
)
def test_a_motie_listed_in_full_is_quoted_there_not_where_it_is_called_by_its_alias_later(intro: str) -> None:
    body = (
        f"{intro}\n"
        "- de motie van het lid Jansen c.s. (Kamerstuk 36 410 XVI, nr. 31) over de rol van werkgevers;\n"
        "- de motie van het lid De Boer (Kamerstuk 36 410 XVI, nr. 37) over de taalscholen.\n"
        "Voor de motie-Jansen c.s. geldt daarbij dat de proef in alle gemeenten met werkgevers wordt gedaan."
    )
    moties = moties_in(body)
    assert [item.quote.lstrip("- ").startswith("de motie van het lid") for item in moties] == [True, True]
    assert [item.refs for item in moties] == [("36410-XVI-31",), ("36410-XVI-37",)]
    assert {item.motie_status for item in moties} == {"afgedaan"}


def test_a_motie_named_once_in_prose_is_quoted_in_its_sentence() -> None:
    body = (
        "Voor de motie-Jansen c.s. (Kamerstuk 36 410 XVI, nr. 31) geldt dat de proef in alle gemeenten loopt."
    )
    (motie,) = moties_in(body)
    assert motie.quote.startswith("Voor de motie-Jansen c.s.")


@pytest.mark.parametrize(
    "sentence",
    [
        "De uitkomsten van de dialoog deel ik met uw Kamer in het eerstvolgende verslag van de Raad.",
        "Over de afspraken met de provincies informeer ik u in het volgende jaarverslag.",
    ],
)
def test_a_coming_report_named_with_het_is_the_moment_of_a_present_message(sentence: str) -> None:
    (item,) = commitments_in(sentence)
    assert (item.kind, item.deadline, item.deadline_text is not None) == ("toezegging", None, True)


def test_sharing_with_the_kamer_in_the_present_without_a_moment_is_no_promise() -> None:
    assert commitments_in("De uitkomsten van de dialoog deel ik met uw Kamer.") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Zoals aangekondigd stuur ik u, gelijktijdig met dit pakket, een overzicht van de regelingen die de "
        "komende jaren worden geëvalueerd.",
        "Ik stuur u een lijst van de projecten die in 2025 worden afgerond.",
    ],
)
def test_a_present_message_whose_moment_is_only_that_of_what_its_subject_is_about_is_this_letter(
    sentence: str,
) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik stuur u in mei een overzicht van de projecten die in 2025 worden afgerond.",
        "De uitvoering daarvan is voorzien in de Defensienota die later dit jaar verschijnt.",
    ],
)
def test_a_moment_of_the_promise_itself_or_of_its_product_still_counts(sentence: str) -> None:
    assert len(commitments_in(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "Het Rijksvastgoedbedrijf verwacht de aanbesteding in het tweede kwartaal van 2025 te kunnen gunnen.",
        "De Dienst Uitvoering Onderwijs verwacht de nieuwe regeling per 1 september uit te voeren.",
        "Rijkswaterstaat verwacht de werkzaamheden voor de zomer af te ronden.",
    ],
)
def test_what_a_named_organisation_expects_is_its_forecast_not_a_promise(sentence: str) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Daarnaast verwacht ik de aanbesteding in het tweede kwartaal van 2025 te gunnen.", "deliverable"),
        ("Het kabinet verwacht het wetsvoorstel in juni in te dienen.", "deliverable"),
        ("Ik verwacht uw Kamer in mei te informeren over de aanbesteding.", "toezegging"),
    ],
)
def test_what_the_writer_or_the_cabinet_expects_to_do_is_a_promise(sentence: str, kind: str) -> None:
    assert _kinds(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Het verzoek van de motie van het lid Mulder (Kamerstuk 35 483, nr. 40), om de Kamer te informeren "
        "over de uitvoerbaarheid, neem ik mee in de volgende voortgangsbrief.",
        "De motie van het lid Mulder (Kamerstuk 35 483, nr. 40), die vraagt de Kamer te informeren over het "
        "stelsel, betrek ik bij de volgende voortgangsrapportage.",
    ],
)
def test_a_motie_that_opens_the_sentence_handled_in_a_coming_letter_is_the_motie_alone(sentence: str) -> None:
    assert _kinds(sentence) == ["motie"]


@pytest.mark.parametrize(
    "sentence",
    [
        "De motie van het lid Mulder (Kamerstuk 35 483, nr. 40) neem ik mee in de voortgangsbrief die u voor "
        "1 juli ontvangt.",
        "De uitkomsten van het overleg over de motie van het lid Mulder (Kamerstuk 35 483, nr. 40) neem ik "
        "mee in de volgende voortgangsbrief.",
    ],
)
def test_a_dated_letter_or_other_results_taken_into_one_are_a_promise_beside_the_motie(sentence: str) -> None:
    assert _kinds(sentence) == ["motie", "toezegging"]


@pytest.mark.parametrize(
    "sentence",
    [
        "De landelijke aanpak van adresfraude wordt in 2026 voortgezet; daarvoor is € 9 miljoen per jaar "
        "beschikbaar.",
        "Het programma Schoon Water wordt in 2025 voortgezet.",
        "We zetten de campagne volgend jaar voort in vijf regio's.",
    ],
)
def test_work_that_goes_on_is_no_act_by_a_moment(sentence: str) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Het programma wordt in 2025 uitgebreid naar vijf regio's.", "deliverable"),
        ("Over de vraag of de proef wordt voortgezet, informeer ik uw Kamer voor de zomer.", "toezegging"),
    ],
)
def test_a_new_act_or_a_message_about_going_on_is_a_promise(sentence: str, kind: str) -> None:
    assert _kinds(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "In deze brief ga ik in op de stand van zaken rond de wachtlijsten.",
        "Ik stuur u een overzicht van de proeven die volgend jaar starten, en ga ik in op de uitvoering van "
        "enkele moties.",
    ],
)
def test_going_into_a_subject_without_a_moment_of_its_own_is_what_this_letter_does(sentence: str) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        ("In het najaar ga ik nader in op de resultaten van de proef.", date(2024, 12, 21)),
        ("Ik ga de regeling in juni aanpassen.", date(2024, 6, 30)),
    ],
)
def test_going_into_a_subject_by_a_moment_ahead_or_going_to_act_is_a_promise(
    sentence: str, deadline: date
) -> None:
    (item,) = commitments_in(sentence)
    assert item.deadline == deadline


@pytest.mark.parametrize(
    "sentence",
    [
        "Het lid Jansen vroeg om de Kamer voor het kerstreces te informeren.",
        "De Kamer vroeg om een brief over de wachtlijsten voor de zomer.",
        "De fractie van de SP vraagt de minister voor de zomer te rapporteren over de tarieven.",
    ],
)
def test_what_the_kamer_or_a_member_asks_for_is_their_request(sentence: str) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Zoals het lid Jansen vroeg, informeer ik de Kamer voor het kerstreces.",
        "Uw Kamer vroeg om de rapportage; ik stuur u die in mei.",
    ],
)
def test_the_writer_answering_a_request_of_the_kamer_is_a_promise(sentence: str) -> None:
    assert _kinds(sentence) == ["toezegging"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Als de Kamer instemt, zal ik de regeling per 1 januari 2025 invoeren.",
        "Indien uw Kamer daarom vraagt, stuur ik u de rapportage in juni.",
        "Ik ben bereid, als u dat wenst, de evaluatie voor de zomer te sturen.",
    ],
)
def test_a_plan_that_waits_for_the_kamer_s_own_choice_is_an_offer(sentence: str) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        (
            "Als de pilot in Zwolle slaagt, breid ik de proef in juni uit naar vijf andere regio's.",
            "deliverable",
        ),
        ("Zodra de Kamer over de nota heeft gedebatteerd, informeer ik u over de uitwerking.", "toezegging"),
    ],
)
def test_a_plan_that_waits_for_an_event_is_a_promise(sentence: str, kind: str) -> None:
    assert _kinds(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "Duitsland voert de maatregel per 1 januari 2025 in.",
        "Frankrijk zal de grenscontroles voor de zomer uitbreiden.",
        "De Franse regering voert de heffing per 1 juli in.",
        "De regering van Suriname neemt in juni een besluit.",
    ],
)
def test_what_another_state_does_is_no_promise_of_this_government(sentence: str) -> None:
    assert commitments_in(sentence) == ()


def test_the_government_acting_like_another_state_is_a_promise() -> None:
    (item,) = commitments_in("Ik voer de maatregel per 1 januari 2025 in, net als Duitsland.")
    assert (item.kind, item.deadline) == ("deliverable", date(2025, 1, 1))


@pytest.mark.parametrize(
    "sentence",
    [
        "De rapportage wordt opgesteld door het RIVM, dat daarvoor in april de gegevens verzamelt.",
        "De analyse wordt gemaakt door de NZa, die in mei de cijfers verzamelt.",
    ],
)
def test_a_moment_only_in_a_clause_on_another_party_is_that_party_s(sentence: str) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    ("sentence", "deadline"),
    [
        ("Ik stuur u het advies van de Raad, dat in mei verschijnt.", date(2024, 5, 31)),
        (
            "De uitvoering daarvan is voorzien in de Defensienota, die later dit jaar verschijnt.",
            date(2024, 12, 31),
        ),
    ],
)
def test_a_clause_on_the_product_itself_gives_the_promise_its_moment(sentence: str, deadline: date) -> None:
    (item,) = commitments_in(sentence)
    assert item.deadline == deadline


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Ik stuur u de analyse in mei, zodat u die zou kunnen betrekken bij het debat.", "toezegging"),
        (
            "Ik zal de regeling per 1 juli aanpassen, zodat gemeenten eventuele knelpunten kunnen melden.",
            "deliverable",
        ),
    ],
)
def test_a_possibility_in_a_clause_of_purpose_or_an_adjective_leaves_the_promise(
    sentence: str, kind: str
) -> None:
    assert _kinds(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "De twee moties zijn nog niet uitgevoerd; ik kom op beide terug in de volgende voortgangsbrief.",
        "Ik kom op deze vraag terug bij de evaluatie van de regeling.",
        "Ik zie geen aanleiding de tarieven nu te verhogen, maar kom daarop terug in de jaarrapportage.",
        "Ik heb nog geen besluit genomen en kom op de kosten terug bij de Voorjaarsnota.",
    ],
)
def test_coming_back_to_a_named_subject_or_with_a_shared_subject_is_a_toezegging(sentence: str) -> None:
    assert _kinds(sentence) == ["toezegging"]


@pytest.mark.parametrize(
    "sentence",
    [
        "Ik kom terug op de vraag van de leden van de VVD-fractie.",
        "De gemeenten zien geen aanleiding de tarieven te verhogen, maar komen daarop terug in hun "
        "jaarverslag.",
    ],
)
def test_coming_back_from_somewhere_or_others_coming_back_is_no_promise(sentence: str) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "De motie van het lid Jansen (Kamerstuk 36 410, nr. 3) is nog niet uitgevoerd; ik zal daar bij de "
        "uitvoeringsregeling op terugkomen.",
        "Het kabinet reageert bij de Miljoenennota op de aanbevelingen van de commissie.",
        "Over de structurele dekking van de kosten kom ik terug bij de Voorjaarsnota.",
        "Over dit punt kom ik na de zomer terug.",
        "De motie van het lid Jansen (Kamerstuk 36 410, nr. 3) betrek ik bij het onderzoek, waarvan de "
        "resultaten uw Kamer medio 2025 bereiken.",
    ],
)
def test_reacting_coming_back_or_results_that_reach_the_kamer_are_a_toezegging(sentence: str) -> None:
    assert [item.kind for item in commitments_in(sentence) if item.kind != "motie"] == ["toezegging"]


@pytest.mark.parametrize(
    ("sentence", "kind"),
    [
        ("Het kabinet zet in het najaar een reactiecentrum op voor de regio.", "deliverable"),
        ("Ik zal de regeling voor de zomer aanpassen, zodat gemeenten de doelen bereiken.", "deliverable"),
        ("Over twee weken kom ik terug met een besluit over de subsidie.", "deliverable"),
    ],
)
def test_a_product_named_after_a_reaction_or_goals_reached_make_no_toezegging(
    sentence: str, kind: str
) -> None:
    assert _kinds(sentence) == [kind]


@pytest.mark.parametrize(
    "sentence",
    [
        "U ontvangt de Personeelsvisie 2035 uiterlijk eind maart 2025.",
        "Uw Kamer ontvangt het Jaarplan Zorgverzekeraars in september.",
        "Het overzicht van de lopende evaluaties wordt ieder voorjaar als bijlage bij de Voorjaarsnota "
        "gevoegd.",
    ],
)
def test_the_kamer_receiving_a_capitalised_product_or_an_enclosure_of_another_document_is_a_promise(
    sentence: str,
) -> None:
    assert len(commitments_in(sentence)) == 1


@pytest.mark.parametrize(
    "sentence",
    [
        "In september publiceert de Onderzoeksraad zijn rapport over de spoorwegen.",
        "Het overzicht van de lopende evaluaties treft u als bijlage bij deze brief aan.",
    ],
)
def test_another_party_after_the_verb_or_an_enclosure_of_this_letter_is_no_promise(sentence: str) -> None:
    assert commitments_in(sentence) == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "In het Masterplan Lezen, dat ik u in het eerste kwartaal toestuur, werk ik de verdeling uit.",
        "In de Nota Ruimte, die ik u voor de zomer stuur, leg ik de keuzes vast.",
    ],
)
def test_a_named_document_after_in_is_no_other_party_acting(sentence: str) -> None:
    assert _kinds(sentence) == ["toezegging"]


def test_a_named_party_opening_the_sentence_still_acts_for_itself() -> None:  # the look-alike
    assert commitments_in("De Onderzoeksraad publiceert in mei zijn rapport over de veiligheid.") == ()


@pytest.mark.parametrize(
    "sentence",
    [
        "Uw Kamer ontvangt de uitvoeringstoetsen van de drie diensten tegelijk met het wetsvoorstel.",
        "Over de onderhandelingen informeer ik uw Kamer in de geannoteerde agenda's van de komende Raden.",
        "Ik stuur u de reactie van de Raad van State tegelijk met het ontwerpbesluit.",
    ],
)
def test_a_message_due_with_another_product_or_a_coming_document_is_a_toezegging(sentence: str) -> None:
    (item,) = commitments_in(sentence)
    assert (item.kind, item.deadline) == ("toezegging", None)


def test_a_bill_the_kamer_receives_is_still_a_deliverable() -> None:  # the look-alike
    (item,) = commitments_in("Uw Kamer ontvangt het wetsvoorstel tegelijk met de uitvoeringstoetsen.")
    assert item.kind == "deliverable"
