"""What a letter does with an item, read by the structure of its sentences: an act done now by this letter,
one done apart or later, one that points to another document, and a motie only begun. Made-up variants."""

from __future__ import annotations

from datetime import date

import pytest

from commitments.deadlines import find
from commitments.matching.cues import DELAY, DENIED_DELAY, PARTIAL
from commitments.matching.items import item_proposals, read_items
from commitments.matching.scoring import Candidate, LetterSide
from commitments.matching.service import propose
from commitments.matching.statements import (
    ahead,
    find_announcements,
    find_statements,
    promised_at,
    sends_now,
    without_unasserted,
)
from commitments.matching.text import spelt_out
from commitments.subject_words import content_words, stems
from tests.unit.test_match_scoring import _record

DAY = date(2025, 3, 12)
VWS = LetterSide("VWS", None, DAY)


def _letter(body: str) -> str:
    return f"Den Haag, 12 maart 2025\n\nGeachte voorzitter,\n\n{body}\n"


def _proposals(text: str, items: list[Candidate]) -> list[tuple[str, int]]:
    """What the acting statements and the item-driven reading each propose, in that order."""
    statements = find_statements(text, DAY) + find_announcements(text, DAY)
    side = LetterSide(VWS.ministry, VWS.post, DAY, ahead(text, DAY))
    found = [
        (p.statement.action.value, p.best.commitment_id) for p in propose(statements, items, side).proposals
    ]
    found += [
        (statement.action.value, score.commitment_id)
        for statement, score in item_proposals(read_items(text, DAY, 0, items), items, side)
    ]
    return found


@pytest.mark.parametrize(
    ("sentence", "now"),
    [
        ("Hierbij stuur ik u het rapport over de wachttijden in de ggz.", True),
        ("De cijfers over de wachttijden vindt u in de bijlage.", True),
        ("In de tabel hieronder vindt u de cijfers per regio.", True),
        ("Hierbij stuur ik u het rapport; zodra de evaluatie klaar is, volgt mijn reactie.", True),
        ("Over de uitkomsten bericht ik u afzonderlijk, zodra de gegevens bekend zijn.", False),
        ("De cijfers over de wachttijden vindt u, zoals ieder jaar, in het jaarverslag van de NZa.", False),
        ("In de Staat van Volksgezondheid en Zorg treft u de cijfers over de wachttijden aan.", False),
        ("Het advies stuur ik u apart toe.", False),
    ],
)
def test_an_act_of_sending_is_done_now_only_in_this_letter(sentence: str, now: bool) -> None:
    assert (sends_now(sentence) is not None) is now


def test_an_answer_found_in_another_document_fulfils_nothing() -> None:
    text = _letter(
        "De wachttijden in de jeugd-ggz blijven hoog. Informatie over de wachttijden per zorgregio vindt u, "
        "zoals gebruikelijk, in de halfjaarlijkse monitor wachttijden van de NZa."
    )
    monitor = Candidate.of(
        _record(1, "Halfjaarlijkse monitor wachttijden per zorgregio", "toezegging", ministry="VWS")
    )
    assert _proposals(text, [monitor]) == []


def test_a_motie_whose_work_is_only_set_going_is_not_carried_out() -> None:
    item = Candidate.of(
        _record(1, "Motie-Dijk over een landelijk meldpunt voor misstanden in de thuiszorg", ministry="VWS")
    )
    other = Candidate.of(_record(2, "Motie-Agema over de tarieven van de wijkverpleging", ministry="VWS"))
    asked = (
        "Het lid Dijk heeft in een motie gevraagd een landelijk meldpunt voor misstanden in de thuiszorg op "
        "te richten. "
    )
    for begun in (
        "De inrichting van dit meldpunt is sinds deze maand in gang gezet.",
        "De bouw van dit meldpunt is inmiddels opgestart.",
        "De inrichting van het meldpunt loopt; over de opening bericht ik u apart.",
    ):
        assert _proposals(_letter(asked + begun), [item, other]) == [], begun
    done = _letter(asked + "Dit meldpunt is sinds deze maand geopend.")
    assert ("fulfil", 1) in _proposals(done, [item, other])


@pytest.mark.parametrize(
    ("body", "new"),
    [
        # a moment moved: the moment after the word of moving is the new one, not a recalled one
        (
            "De brief over de arbeidsmarktagenda zorg en welzijn volgt nu in het derde kwartaal.",
            date(2025, 9, 30),
        ),
        ("Het advies over de eigen bijdrage volgt nu na de zomer.", date(2025, 9, 30)),
        # the new moment in the main clause, the comparison with the promise after it
        (
            "Het plan voor de jeugdzorgregio's stuur ik u na de zomer, later dan ik eerder heb gemeld.",
            date(2025, 9, 30),
        ),
        (
            "De visie op de huisartsenzorg ontvangt u in november, later dan ik u in januari had "
            "laten weten.",
            date(2025, 11, 30),
        ),
        # a finer moment beside "later dit jaar" says when
        (
            "Het onderzoek naar de wachttijden, dat ik u voor de zomer had beloofd, volgt later dit jaar, in "
            "oktober.",
            date(2025, 10, 31),
        ),
        # the moment moved in the sentence after the recalled promise
        (
            "In mijn brief van januari heb ik u gemeld dat de visie op de eerstelijnszorg in het voorjaar "
            "verschijnt. Door extra overleg met de huisartsen verschuift de publicatie naar het vierde "
            "kwartaal.",
            date(2025, 12, 31),
        ),
    ],
)
def test_the_new_moment_of_a_postponement_is_read_by_its_clause(body: str, new: date) -> None:
    [moved] = [
        statement for statement in find_statements(_letter(body), DAY) if statement.action.value == "postpone"
    ]
    assert moved.new_deadline is not None
    assert moved.new_deadline.date == new


@pytest.mark.parametrize(
    ("body", "new"),
    [
        # a schedule changed is a delay; the new moment follows in a sentence of intent
        (
            "Het tijdpad van het wetsvoorstel over de zorgverzekering is aangepast. Het wordt nu in juni "
            "afgerond en u ontvangt het na de zomer.",
            date(2025, 9, 30),
        ),
        (
            "De planning voor de visie op de acute zorg is bijgesteld. Ik verwacht u de visie in oktober te "
            "sturen.",
            date(2025, 10, 31),
        ),
        # the moment missed stands between "niet" and "gereed"
        (
            "Het advies over de jeugdbescherming zal niet in april beschikbaar zijn. De commissie verwacht "
            "het advies in juli op te leveren.",
            date(2025, 7, 31),
        ),
        # "laat op zich wachten" is a delay; the moment comes in the next sentence
        (
            "Het toegezegde overzicht van de zorgkosten per gemeente laat op zich wachten. Ik verwacht het u "
            "in november te sturen.",
            date(2025, 11, 30),
        ),
    ],
)
def test_a_delay_in_other_words_is_read_by_its_structure(body: str, new: date) -> None:
    [moved] = [s for s in find_statements(_letter(body), DAY) if s.action.value == "postpone"]
    assert moved.new_deadline is not None
    assert moved.new_deadline.date == new


def test_a_schedule_kept_is_no_delay() -> None:
    body = (
        "Gelet op de gesprekken met de gemeenten is besloten dat de planning van het actieplan niet opnieuw "
        "wordt aangepast. Het actieplan ontvangt u, zoals toegezegd, voor de zomer."
    )
    assert [s for s in find_statements(_letter(body), DAY) if s.action.value == "postpone"] == []


def test_a_delay_repeated_without_its_object_repeats_the_one_stated() -> None:
    evaluation = Candidate.of(
        _record(
            1, "Kamer informeren over de evaluatie van de Wet verplichte ggz", "toezegging", ministry="VWS",
            deadline=date(2025, 3, 31),
        )
    )  # fmt: skip
    advice = Candidate.of(
        _record(
            2, "Advies van de Gezondheidsraad over de vaccinatiegraad", "toezegging", ministry="VWS",
            deadline=date(2025, 6, 30),
        )
    )  # fmt: skip
    text = _letter(
        "Ik heb toegezegd u voor 1 april te informeren over de evaluatie van de Wet verplichte ggz. De "
        "onderzoekers hebben meer tijd nodig; ik stuur u de evaluatie in september.\n\n"
        "Het advies van de Gezondheidsraad over de vaccinatiegraad wacht ik af.\n\n"
        "Het spijt mij dat ik u later informeer dan ik heb toegezegd."
    )
    assert _proposals(text, [evaluation, advice]) == [("postpone", 1), ("postpone", 1)]


def test_a_reference_several_items_hold_tells_them_apart_by_their_words() -> None:
    """Two promises made in one debate carry the debate's report as their reference: naming it identifies
    neither, so the subject decides, and one item alone is not proposed on the reference."""
    debate = "31839-812"
    waiting = Candidate.of(
        _record(1, "Kamer informeren over de wachtlijsten in de jeugdzorg", "toezegging", ministry="VWS",
                refs=(debate,), deadline=date(2025, 6, 30))
    )  # fmt: skip
    tariffs = Candidate.of(
        _record(2, "Kamer informeren over de tarieven van jeugdhulpaanbieders", "toezegging", ministry="VWS",
                refs=(debate,), deadline=date(2025, 6, 30))
    )  # fmt: skip
    text = _letter(
        "In het commissiedebat jeugd (Kamerstuk 31 839, nr. 812) heb ik toegezegd u te informeren over de "
        "tarieven van jeugdhulpaanbieders. Hierbij stuur ik u het onderzoek naar die tarieven."
    )
    assert _proposals(text, [waiting, tariffs]) == [("fulfil", 2)]
    named = Candidate.of(_record(3, "Motie-Ceder over pleegzorg", ministry="VWS", refs=("31839-999",)))
    text = _letter("Hiermee geef ik uitvoering aan de motie (Kamerstuk 31 839, nr. 999).")
    assert _proposals(text, [named, waiting]) == [("fulfil", 3), ("fulfil", 3)]


def test_a_remainder_still_to_come_makes_the_answer_partial() -> None:
    item = Candidate.of(
        _record(1, "Kamer informeren over de inspectie van de sluizen in de Maas", "toezegging",
                ministry="VWS", deadline=date(2025, 6, 30))
    )  # fmt: skip
    other = Candidate.of(_record(2, "Brief over de vaargeulen in de Waddenzee", "toezegging", ministry="VWS"))
    body = (
        "Ik heb toegezegd u te informeren over de inspectie van de sluizen in de Maas. Hierbij stuur ik u de "
        "resultaten voor de eerste twaalf sluizen.\n\nDe inspectie van de overige zes sluizen vraagt meer "
        "onderzoek. {rest}"
    )
    later = "Die inspectie wordt naar verwachting in september afgerond."
    assert _proposals(_letter(body.format(rest=later)), [item, other])[0] == ("partial", 1)
    done = "Daar zijn geen bijzonderheden gevonden."
    assert _proposals(_letter(body.format(rest=done)), [item, other])[0] == ("fulfil", 1)


def test_a_motie_named_by_its_members_is_no_subject_word() -> None:
    assert content_words("Motie-Van Dijk over de wachtlijsten") == ["dijk", "wachtlijsten"]
    assert "van" not in stems(content_words("motie-Van Dijk"))
    assert stems(["zorg-en-welzijn"]) == ["zorg-en-welzijn", "zorg", "welzijn"]


def test_an_act_the_letter_says_must_still_happen_is_not_done() -> None:
    sampling = Candidate.of(
        _record(1, "Motie-Paulusma/Tielen over een steekproef van de zorgkosten bij ouderen", ministry="VWS")
    )
    other = Candidate.of(_record(2, "Motie-Paulusma over de mantelzorgwoning", ministry="VWS"))
    text = _letter(
        "De ouderenzorg staat onder druk door de vergrijzing. Het kabinet investeert daarom in preventie.\n\n"
        "In de monitor wordt ook gekeken naar de zorgkosten bij ouderen. Die steekproef moet ook invulling "
        "geven aan de motie van de leden Paulusma en Tielen; of dat volstaat, hangt af van de uitkomsten."
    )
    assert _proposals(text, [sampling, other]) == []


def test_a_motie_recalled_by_its_request_and_then_done_is_carried_out() -> None:
    request = "verzoekt de regering de openingstijden van de jeugdloketten te verlengen tot in de avond"
    opening = Candidate.of(
        _record(
            1, "Motie-Bikker over langere openingstijden van de jeugdloketten", ministry="VWS", quote=request
        )
    )
    other = Candidate.of(
        _record(2, "Motie-Bikker over de privacy van jongeren in de jeugdzorg", ministry="VWS")
    )
    text = _letter(
        "Ouders konden de jeugdloketten alleen overdag bereiken.\n\nUw Kamer heeft mij in een motie verzocht "
        "de openingstijden van de jeugdloketten te verlengen tot in de avond. Ik heb de gemeenten daarover "
        "benaderd. Zij hebben hun roosters herzien. Sinds januari kunnen ouders tot negen uur terecht. "
        "Hiermee is bereikt wat de motie beoogde."
    )
    # the acting statement ("bereikt wat de motie beoogde", its request four sentences back), the item reading
    assert _proposals(text, [opening, other]) == [("fulfil", 1), ("fulfil", 1)]


def _evening_hours() -> list[Candidate]:
    request = "verzoekt de regering de openingstijden van de jeugdloketten te verlengen tot in de avond"
    return [
        Candidate.of(
            _record(1, "Motie-Bikker over langere openingstijden van de jeugdloketten", ministry="VWS",
                    quote=request)
        ),
        Candidate.of(_record(2, "Motie-Bikker over de privacy van jongeren in de jeugdzorg", ministry="VWS")),
    ]  # fmt: skip


@pytest.mark.parametrize(
    "body",
    [
        # the Kamer asked the government, as a motie does, and what it asked is done
        "In maart heeft uw Kamer de regering verzocht de openingstijden van de jeugdloketten te verlengen "
        "tot in de avond. Sinds januari kunnen ouders tot negen uur terecht. Daarmee is gedaan waar uw Kamer "
        "om vroeg.",
        "Uw Kamer heeft het kabinet gevraagd de openingstijden van de jeugdloketten te verlengen tot in de "
        "avond. De gemeenten hebben hun roosters herzien. Hiermee is gedaan wat de Kamer verzocht.",
    ],
)
def test_the_kamer_asking_the_government_is_a_motie_and_its_request_done_carries_it_out(body: str) -> None:
    assert ("fulfil", 1) in _proposals(_letter(body), _evening_hours())
    assert not [found for found in _proposals(_letter(body), _evening_hours()) if found[1] == 2]


def test_a_committee_asking_for_a_letter_is_no_motie() -> None:
    body = (
        "De vaste commissie heeft verzocht om een brief over de openingstijden van de jeugdloketten. Sinds "
        "januari kunnen ouders tot negen uur terecht. Daarmee is gedaan waar de commissie om vroeg."
    )
    [statement] = [s for s in find_statements(_letter(body), DAY) if s.quote.startswith("Daarmee")] or [None]
    assert statement is None or statement.target.kind != "motie"


def test_a_paragraph_names_its_topic_first_and_its_delay_later() -> None:
    heat = Candidate.of(
        _record(1, "Brief over de verkenning naar een warmtefonds voor huurders",
                "toezegging", ministry="VWS", deadline=date(2025, 6, 30))
    )  # fmt: skip
    water = Candidate.of(
        _record(2, "Kamer informeren over de verkenning naar drinkwaterbesparing", "toezegging",
                ministry="VWS", deadline=date(2025, 6, 30))
    )  # fmt: skip
    text = _letter(
        "Voor het warmtefonds voor huurders ligt dat anders. De verhuurders vragen meer tijd om hun cijfers "
        "aan te leveren. Ook moet ik de opzet afstemmen met de gemeenten. Ik wil u een verkenning sturen "
        "waarin die inbreng is verwerkt. De brief over de verkenning stuur ik u daarom niet voor de zomer, "
        "maar in het vierde kwartaal."
    )
    statements = find_statements(text, DAY)
    side = LetterSide(VWS.ministry, VWS.post, DAY, ahead(text, DAY))
    [moved] = propose(statements, [heat, water], side).postpones
    assert moved.best.commitment_id == 1
    assert moved.statement.new_deadline is not None
    assert moved.statement.new_deadline.date == date(2025, 12, 31)


def test_the_moment_denied_is_the_old_deadline() -> None:
    text = _letter(
        "De brief over de verkenning naar een warmtefonds stuur ik u daarom niet voor de zomer, maar in het "
        "vierde kwartaal."
    )
    [moved] = find_statements(text, DAY)
    assert moved.old_deadline == date(2025, 7, 3)  # the day before the summer recess of 2025
    assert moved.new_deadline is not None
    assert moved.new_deadline.date == date(2025, 12, 31)


@pytest.mark.parametrize(
    ("body", "new"),
    [
        # a cause given by a preposition ends before the main clause's verb, which holds the new moment
        (
            "Het plan voor de mondzorg zou ik u voor 1 april sturen. Wegens ziekte bij de projectleiding "
            "wordt dit het derde kwartaal.",
            date(2025, 9, 30),
        ),
        # a promise recalled in a subordinate clause with "zou" last, the new moment in the main clause
        (
            "Het rapport over de ambulancezorg, waarvan ik u voor 1 april een afschrift zou sturen, zal naar "
            "verwachting in augustus gereed zijn.",
            date(2025, 8, 31),
        ),
        # one moment denied for another, with an aside between "niet" and the moment denied
        (
            "Het overzicht van de wachttijden in de geboortezorg stuur ik u niet, zoals eerder gemeld, in "
            "april, maar in oktober.",
            date(2025, 10, 31),
        ),
    ],
)
def test_a_promise_recalled_or_a_cause_given_in_a_clause_of_its_own(body: str, new: date) -> None:
    [moved] = [s for s in find_statements(_letter(body), DAY) if s.action.value == "postpone"]
    assert moved.new_deadline is not None
    assert moved.new_deadline.date == new


@pytest.mark.parametrize(
    "passing",
    [
        "De motie-Tielen over de regionale wachtlijstbemiddeling in de ggz betrek ik bij de uitwerking.",
        "Eerder informeerde ik u over de regionale wachtlijstbemiddeling in de ggz. Die gebruik ik nu.",
    ],
)
def test_a_paragraph_after_the_letters_own_subject_is_its_body(passing: str) -> None:
    """Once the first sentence has said what the letter does, an item named in the next paragraph is only
    mentioned there, not what the letter answers."""
    agenda = Candidate.of(
        _record(1, "Brief over de arbeidsmarktagenda zorg en welzijn", "toezegging", ministry="VWS")
    )
    motie = Candidate.of(
        _record(2, "Motie-Tielen over regionale wachtlijstbemiddeling in de ggz", ministry="VWS")
    )
    opening = "Met deze brief informeer ik u over de voortgang van de arbeidsmarktagenda zorg en welzijn."
    text = _letter(f"{opening}\n\n{passing}")
    assert ("fulfil", 2) not in _proposals(text, [agenda, motie])
    assert ("fulfil", 1) in _proposals(text, [agenda, motie])


JUNE = date(2025, 6, 1)


@pytest.mark.parametrize(
    "opening",
    [
        "Zoals toegezegd ontvangt u de evaluatie van de subsidieregeling voor dorpshuizen vóór 1 juni 2025.",
        "Tijdens het debat heb ik toegezegd u te informeren over de subsidieregeling voor dorpshuizen.",
        "De vaste commissie heeft verzocht om een reactie op de evaluatie van de subsidieregeling voor "
        "dorpshuizen.",
    ],
)
def test_an_opening_that_takes_up_a_promise_leaves_the_next_paragraph_to_the_body(opening: str) -> None:
    taken_up = Candidate.of(
        _record(1, "Evaluatie subsidieregeling dorpshuizen", "toezegging", ministry="VWS", deadline=JUNE)
    )
    passing = Candidate.of(
        _record(2, "Brief over de personeelstekorten in de kraamzorg", "toezegging", ministry="VWS")
    )
    text = _letter(f"{opening}\n\nDe personeelstekorten in de kraamzorg baren mij intussen zorgen.")
    assert all(found != 2 for _, found in _proposals(text, [taken_up, passing]))


@pytest.mark.parametrize(
    ("acronym", "words", "run"),
    [
        ("ibo", "het Interdepartementaal Beleidsonderzoek bijstand", "interdepartementaal beleidsonderzoek"),
        ("scp", "een studie van het Sociaal en Cultureel Planbureau", "sociaal cultureel planbureau"),
        ("rvs", "de Raad voor Volksgezondheid en Samenleving", "raad volksgezondheid"),
        ("bos", "een beleidsonderzoek naar de zorg", ""),
        ("ibo", "de langdurige zorg", ""),
    ],
)
def test_an_abbreviation_is_spelt_out_by_the_initials_of_words_and_compound_parts(
    acronym: str, words: str, run: str
) -> None:
    assert spelt_out(acronym, content_words(words)) == run.split()


def test_an_abbreviation_matches_the_item_that_spells_it_out_and_back() -> None:
    titles = (
        "Interdepartementaal Beleidsonderzoek naar de bekostiging van de kinderopvang",
        "IBO woningcorporaties toezenden",
        "Brief over de bekostiging van de wijkverpleging",
    )
    items = [
        Candidate.of(_record(n, title, "toezegging", ministry="VWS")) for n, title in enumerate(titles, 1)
    ]
    assert _proposals(_letter("Met deze brief bied ik u het IBO kinderopvang aan."), items) == [("fulfil", 1)]
    assert _proposals(
        _letter("U ontvangt hierbij het Interdepartementaal Beleidsonderzoek woningcorporaties."), items
    ) == [("fulfil", 2)]


def test_a_kamerstuk_two_items_share_does_not_lend_one_the_act_done_to_the_other() -> None:
    answered = Candidate.of(
        _record(
            1,
            "Uitkomst overleg over de inkoop van hulpmiddelen",
            "toezegging",
            ministry="VWS",
            refs=("29689-900",),
        )
    )
    mentioned = Candidate.of(
        _record(2, "Evaluatie van de rolstoelpool", "toezegging", ministry="VWS", refs=("29689-900",))
    )
    text = _letter(
        "In mijn brief van 3 december (Kamerstuk 29 689, nr. 900) heb ik toegezegd u te informeren over de "
        "uitkomst van het overleg over de inkoop van hulpmiddelen. Hierbij informeer ik u daarover.\n\n"
        "Gemeenten en leveranciers spreken een landelijk inkoopkader af.\n\n"
        "Zoals eerder gemeld loopt de evaluatie van de rolstoelpool nog."
    )
    assert all(found != 2 for _, found in _proposals(text, [answered, mentioned]))


@pytest.mark.parametrize(
    ("sentence", "delay"),
    [
        ("De kosten stijgen niet in de eerste plaats door de lonen, maar door de energieprijzen.", False),
        ("Het tekort ontstaat niet in de wijkteams, maar bij de specialistische aanbieders.", False),
        ("De evaluatie verschijnt niet in juni, maar in oktober.", True),
        ("Ik stuur u het plan niet, zoals gemeld, voor 1 mei, maar uiterlijk 1 september.", True),
        ("De subsidie opent niet op 1 januari maar pas op 1 maart.", True),
    ],
)
def test_not_this_but_that_is_a_delay_only_between_two_moments(sentence: str, delay: bool) -> None:
    assert bool(DELAY.search(sentence)) is delay


@pytest.mark.parametrize(
    ("sentence", "moved"),
    [
        ("De herziening van de Drinkwaterwet wordt in het voorjaar van 2026 bij uw Kamer ingediend.", True),
        (
            "De herziening van de Drinkwaterwet wordt, zoals gepland, in het voorjaar van 2026 ingediend.",
            False,
        ),
        (
            "De herziening van de Drinkwaterwet ligt op schema: indiening volgt in het voorjaar van 2026.",
            False,
        ),
        ("Volgens planning dien ik de herziening van de Drinkwaterwet in het voorjaar van 2026 in.", False),
    ],
)
def test_a_moment_ahead_said_to_be_on_schedule_moves_nothing(sentence: str, moved: bool) -> None:
    item = Candidate.of(
        _record(
            1, "Herziening Drinkwaterwet indienen", "deliverable", ministry="VWS", deadline=date(2025, 12, 31)
        )
    )
    assert (_proposals(_letter(sentence), [item]) != []) is moved


@pytest.mark.parametrize(
    ("sentence", "recalled"),
    [
        ("Het jaarbeeld van de monitor, dat u in mei zou ontvangen, is inmiddels verstuurd.", True),
        ("Het jaarbeeld, dat in mei zou verschijnen, heeft u vorige week ontvangen.", True),
        ("Het jaarbeeld van de monitor ontvangt u in mei.", False),
        ("Het jaarbeeld zou ik u in mei sturen, maar het komt in juli.", False),
    ],
)
def test_a_moment_in_a_recalled_plan_is_the_old_one(sentence: str, recalled: bool) -> None:
    first = find(sentence, DAY)[0]
    assert promised_at(sentence, first) is recalled


@pytest.mark.parametrize(
    ("sentence", "said"),
    [
        ("Of daarmee aan de motie is voldaan, bezie ik na de zomer.", False),
        ("Ik beoordeel later of met deze stap aan het verzoek is voldaan.", True),  # "of" mid-clause
        ("Het onderzoek raakt aan de motie; of de motie is uitgevoerd, weet ik pas in mei.", False),
        ("Zodra het register is ingericht, is de toezegging nagekomen.", True),  # the main clause asserts
        ("Ik geef invulling aan de motie zodra de wet is aangenomen.", True),
        ("Als de gemeenten zijn akkoord gegaan, is de motie uitgevoerd.", True),
        ("Hiermee beschouw ik de motie als afgedaan.", True),  # "als" inside the clause is no condition
        ("De motie of het verzoek van de commissie is daarmee uitgevoerd.", True),
    ],
)
def test_a_clause_of_whether_or_condition_asserts_nothing(sentence: str, said: bool) -> None:
    """Only the asserted part is kept; the test reads whether a done-participle survives."""
    kept = without_unasserted(sentence)
    assert len(kept) == len(sentence)
    assert (
        any(word in kept for word in ("voldaan", "nagekomen", "invulling", "uitgevoerd", "afgedaan")) is said
    )


def test_a_motie_the_letter_leaves_undecided_where_it_names_it_is_not_carried_out() -> None:
    youth = Candidate.of(
        _record(1, "Motie-Kuiken over de wachttijden voor dyslexiezorg bij kinderen", ministry="VWS")
    )
    other = Candidate.of(_record(2, "Motie-Kuiken over de inkoop van hulpmiddelen", ministry="VWS"))
    undecided = _letter(
        "De wachttijden voor dyslexiezorg bij kinderen zijn in kaart gebracht en inmiddels verkort. "
        "Dit raakt aan de motie-Kuiken; of daarmee aan de motie is voldaan, bezie ik zodra de cijfers "
        "over heel 2025 bekend zijn."
    )
    assert ("fulfil", 1) not in _proposals(undecided, [youth, other])
    decided = _letter(
        "De wachttijden voor dyslexiezorg bij kinderen zijn in kaart gebracht en inmiddels verkort. "
        "Daarmee is voldaan aan de motie-Kuiken."
    )
    assert ("fulfil", 1) in _proposals(decided, [youth, other])


@pytest.mark.parametrize(
    ("sentence", "denied"),
    [
        ("De aanbesteding van de veerdienst loopt geen vertraging op.", True),
        ("Het advies wordt niet uitgesteld.", True),
        ("Ik stuur u de notitie niet later dan 1 juli.", True),
        ("De aanbesteding van de veerdienst loopt vertraging op.", False),
        ("Het advies is uitgesteld, niet tot de zomer maar tot het najaar.", False),
    ],
)
def test_a_delay_denied_is_none(sentence: str, denied: bool) -> None:
    assert (DENIED_DELAY.search(sentence) is not None) is denied


def test_an_item_said_to_run_without_delay_is_not_postponed() -> None:
    ferry = Candidate.of(
        _record(1, "Aanbesteding van de veerdienst naar de Waddeneilanden", "deliverable", ministry="VWS",
                deadline=date(2025, 6, 30))
    )  # fmt: skip
    other = Candidate.of(_record(2, "Evaluatie van de tarieven van het openbaar vervoer", "toezegging",
                                 ministry="VWS", deadline=date(2025, 6, 30)))  # fmt: skip
    body = (
        "Met deze brief informeer ik u over de bereikbaarheid van de eilanden. Het kabinet investeert daarin "
        "fors.\n\nDe bewoners maken zich zorgen over de dienstregeling. Ik spreek daarover met de gemeenten."
        "\n\nDe aanbesteding van de veerdienst naar de Waddeneilanden loopt {} op. De nieuwe schepen varen "
        "vanaf 2027."
    )
    assert _proposals(_letter(body.format("geen vertraging")), [ferry, other]) == []
    assert _proposals(_letter(body.format("vertraging")), [ferry, other]) == [("postpone", 1)]


@pytest.mark.parametrize(
    ("kept", "postponed"),
    [
        ("Met deze brief doe ik die toezegging gestand.", False),
        ("Daarover heb ik met de provincies gesproken.", True),
    ],
)
def test_a_promise_kept_in_its_own_paragraph_is_not_delayed_by_the_next(kept: str, postponed: bool) -> None:
    text = _letter(
        "In het commissiedebat Water van 3 oktober 2024 heb ik uw Kamer toegezegd u te informeren over de "
        f"versterking van de dijken langs de Maas. {kept}\n\nHet versterkingsprogramma ligt op koers. "
        "Wel heeft de stikstofuitspraak de vergunningverlening voor twee dijkvakken vertraagd."
    )
    actions = [statement.action.value for statement in find_statements(text, DAY)]
    assert ("postpone" in actions) is postponed


@pytest.mark.parametrize(
    ("sentence", "delay"),
    [
        ("Die toezegging kan ik helaas niet binnen de afgesproken tijd nakomen.", True),
        ("Ik laat u weten dat ik die afspraak niet op tijd kan waarmaken.", True),
        ("Die toezegging kan ik nakomen.", False),
        (
            "Het is niet nodig de regeling te wijzigen, en de toezegging kan ik nakomen.",
            False,
        ),  # another clause
    ],
)
def test_a_promise_not_kept_is_read_over_the_whole_clause(sentence: str, delay: bool) -> None:
    assert (DELAY.search(sentence.replace("helaas ", "")) is not None) is delay


@pytest.mark.parametrize(
    ("recall", "proposed"),
    [
        ("In het debat van 4 februari heb ik toegezegd u voor het kerstreces te informeren over", True),
        ("In het debat van 4 februari zegde ik toe u voor het kerstreces te informeren over", True),
        ("Uw Kamer is in het debat van 4 februari toegezegd dat zij voor het kerstreces hoort over", True),
        # without a recalled promise, a letter months ahead of the deadline is an interim letter
        ("In het debat van 4 februari is uitgebreid gesproken over", False),
    ],
)
def test_a_promise_recalled_and_kept_now_is_fulfilled_however_early(recall: str, proposed: bool) -> None:
    subject = "de bereikbaarheid van de huisartsenposten op de Waddeneilanden"
    text = _letter(f"{recall} {subject}. Met deze brief informeer ik u over {subject}.")
    items = [
        Candidate.of(
            _record(
                1, f"Brief over {subject}", kind="toezegging", ministry="VWS", deadline=date(2025, 12, 19)
            )
        ),
        Candidate.of(
            _record(2, "Kamer informeren over de tandartstarieven", kind="toezegging", ministry="VWS")
        ),
    ]
    assert (("fulfil", 1) in _proposals(text, items)) is proposed


def _short_subject_items(*titles: tuple[str, str]) -> list[Candidate]:
    return [
        Candidate.of(_record(number, title, kind="toezegging", ministry=ministry, deadline=date(2025, 4, 1)))
        for number, (title, ministry) in enumerate(titles, start=1)
    ]


@pytest.mark.parametrize(
    "sentence",
    [
        "Hierbij stuur ik u, zoals toegezegd, de brief over de zwerfafvalbestrijding.",
        "Met deze brief informeer ik u over de eerste cijfers van de zwerfafvalbestrijding.",
    ],
)
def test_an_item_of_one_specific_word_is_named_by_the_object_of_an_act(sentence: str) -> None:
    items = _short_subject_items(
        ("Een brief over de zwerfafvalbestrijding", "VWS"), ("Brief over de tandartstarieven", "VWS")
    )
    assert {item for _, item in _proposals(_letter(sentence), items)} == {1}


@pytest.mark.parametrize(
    ("titles", "sentence"),
    [
        # two items of the ministry with the one subject: neither
        (
            (("Een brief over de zwerfafvalbestrijding", "VWS"), ("Brief zwerfafvalbestrijding", "VWS")),
            "Hierbij stuur ik u, zoals toegezegd, de brief over de zwerfafvalbestrijding.",
        ),
        # another ministry's item
        (
            (("Een brief over de zwerfafvalbestrijding", "IenW"), ("Brief over de tandartstarieven", "IenW")),
            "Hierbij stuur ik u de brief over de zwerfafvalbestrijding.",
        ),
        # the subject is not what the object is about ("de gevolgen … voor gemeenten")
        (
            (("Een brief over de zwerfafvalbestrijding", "VWS"), ("Brief over de tandartstarieven", "VWS")),
            "Met deze brief informeer ik u over de gevolgen van de zwerfafvalbestrijding voor de gemeenten.",
        ),
    ],
)
def test_a_short_subject_named_in_passing_or_shared_is_no_proposal(
    titles: tuple[tuple[str, str], ...], sentence: str
) -> None:
    assert _proposals(_letter(sentence), _short_subject_items(*titles)) == []


def test_a_name_of_letters_and_digits_is_a_subject_word() -> None:
    """ "de aanschaf van de C-390", "de A27": a type or a road is what an item is about."""
    assert content_words("Kamer informeren over de aanschaf van C-390's en de A27 in 2026") == [
        "aanschaf",
        "c-390",
        "a27",
    ]
    table = _letter(
        "In de bijlage vindt u de stand van zaken van de toezeggingen.\n\nToezegging\n\nVindplaats\n\n"
        "Stand van zaken\n\n"
        "De minister zal de Kamer voor de zomer informeren over de aanschaf van C-390's\n\n"
        "Commissiedebat 4 februari 2025\n\nAfgedaan. Zie de brief van 1 maart 2025.\n"
    )
    items = [
        Candidate.of(
            _record(1, "Kamer informeren over de aanschaf van C-390's", kind="toezegging", ministry="VWS")
        ),
        Candidate.of(
            _record(2, "Kamer informeren over de aanschaf van fregatten", kind="toezegging", ministry="VWS")
        ),
    ]
    assert _proposals(table, items) == [("fulfil", 1)]


def test_a_delay_read_from_the_item_has_the_cause_stated_beside_it() -> None:
    text = _letter(
        "Het onderzoek naar de bereikbaarheid van de Waddeneilanden is vertraagd. Als gevolg van een staking "
        "bij de veerdiensten konden de tellingen niet doorgaan. Het onderzoek volgt in september 2025."
    )
    item = _record(
        1,
        "Onderzoek naar de bereikbaarheid van de Waddeneilanden",
        kind="toezegging",
        ministry="VWS",
        deadline=date(2025, 4, 1),
    )
    other = _record(2, "Brief over de tandartstarieven", kind="toezegging", ministry="VWS")
    items = [Candidate.of(item), Candidate.of(other)]
    [(statement, score)] = item_proposals(read_items(text, DAY, 0, items), items, VWS)
    assert (statement.action.value, score.commitment_id) == ("postpone", 1)
    assert statement.reason is not None
    assert statement.reason.startswith("Als gevolg van een staking")


# --- wordings of tests/fixtures/matching-battery ---------------------------------------------------------


def _evaluation() -> Candidate:
    return Candidate.of(
        _record(
            1,
            "Evaluatie van het preventieakkoord naar de Kamer sturen",
            "toezegging",
            ministry="VWS",
            deadline=date(2025, 2, 28),
        )
    )


def _prevention() -> list[Candidate]:
    """The evaluation and two look-alikes of the same ministry."""
    return [
        _evaluation(),
        Candidate.of(_record(2, "Kamer informeren over de suikertaks", "toezegging", ministry="VWS")),
        Candidate.of(_record(3, "Motie-Tielen over een preventiefonds", ministry="VWS")),
    ]


_ABOUT = "Roken, overgewicht en alcohol kosten veel gezondheid. Gemeenten zetten zich daar samen voor in."


@pytest.mark.parametrize(
    "sentence",
    [
        "Met enige vertraging stuur ik u hierbij de evaluatie van het preventieakkoord.",
        "Hierbij ontvangt u, later dan toegezegd, de evaluatie van het preventieakkoord.",
    ],
)
def test_a_promise_kept_late_is_fulfilled_not_postponed(sentence: str) -> None:
    assert _proposals(_letter(f"{sentence} {_ABOUT}"), _prevention()) == [("fulfil", 1)]


def test_a_delay_of_a_thing_still_to_come_postpones_it() -> None:
    text = _letter(
        "Hierbij informeer ik u dat de evaluatie van het preventieakkoord met vertraging verschijnt, "
        f"in juni. {_ABOUT}"
    )
    assert {action for action, _ in _proposals(text, _prevention())} == {"postpone"}


def _heat_plan() -> Candidate:
    return Candidate.of(
        _record(1, "Plan van aanpak hittegolven voor kwetsbare ouderen", "toezegging", ministry="VWS")
    )


@pytest.mark.parametrize(
    "opening",
    [
        "Met de GGD's werk ik aan een plan van aanpak voor hittegolven voor kwetsbare ouderen.",
        "Aan het plan van aanpak voor hittegolven voor kwetsbare ouderen wordt met de GGD's hard gewerkt.",
    ],
)
def test_work_still_going_on_delivers_nothing(opening: str) -> None:
    text = _letter(f"{opening} De zomer van vorig jaar was de warmste ooit gemeten.")
    assert _proposals(text, [_heat_plan()]) == []


def test_what_was_worked_on_and_is_sent_now_is_delivered() -> None:
    text = _letter(
        "Hierbij stuur ik u het plan van aanpak voor hittegolven voor kwetsbare ouderen, waaraan ik met de "
        "GGD's heb gewerkt."
    )
    assert ("fulfil", 1) in _proposals(text, [_heat_plan()])


@pytest.mark.parametrize(
    "sending",
    [
        "De staatssecretaris biedt haar u hierbij aan, mede namens de minister.",
        "Het kabinet zendt u die evaluatie hierbij toe.",
    ],
)
def test_a_promise_recalled_and_sent_in_the_third_person_is_fulfilled(sending: str) -> None:
    text = _letter(
        "De staatssecretaris heeft uw Kamer in het debat toegezegd de evaluatie van het preventieakkoord te "
        f"sturen. Die evaluatie is afgerond. {sending} {_ABOUT}"
    )
    assert ("fulfil", 1) in _proposals(text, _prevention())


def test_a_third_person_sending_ahead_delivers_nothing() -> None:
    text = _letter(
        "De staatssecretaris heeft uw Kamer in het debat toegezegd de evaluatie van het preventieakkoord te "
        f"sturen. De staatssecretaris stuurt u die evaluatie na de zomer. {_ABOUT}"
    )
    assert "fulfil" not in {action for action, _ in _proposals(text, _prevention())}


def _study() -> list[Candidate]:
    return [
        Candidate.of(
            _record(
                1,
                "Onderzoek naar de inzet van zorgrobots in verpleeghuizen naar de Kamer sturen",
                "toezegging",
                ministry="VWS",
                deadline=date(2025, 6, 30),
            )
        ),
        Candidate.of(_record(2, "Kamer informeren over personeelstekorten in de ouderenzorg", "toezegging")),
    ]


@pytest.mark.parametrize(
    "withdrawal",
    ["Ik trek die toezegging daarom in.", "Ik zie daarom af van dat onderzoek."],
)
def test_a_promise_withdrawn_is_postponed_without_a_new_moment(withdrawal: str) -> None:
    text = _letter(
        "Vorig jaar heb ik toegezegd een onderzoek te laten doen naar de inzet van zorgrobots in "
        "verpleeghuizen. De Europese Commissie voert precies dat onderzoek nu voor alle lidstaten uit. "
        f"{withdrawal}\n\nOver de personeelstekorten in de ouderenzorg informeer ik u eind dit jaar."
    )
    statements = [s for s in find_statements(text, DAY) if s.action.value == "postpone"]
    assert [s.new_deadline for s in statements] == [None]
    assert ("postpone", 1) in _proposals(text, _study())


def test_giving_up_something_else_withdraws_no_promise() -> None:
    text = _letter(
        "Ik zie af van een verbod op zorgrobots in de thuiszorg. Het onderzoek naar de inzet van zorgrobots "
        "in verpleeghuizen stuur ik u, zoals toegezegd, voor de zomer."
    )
    assert "postpone" not in {action for action, _ in _proposals(text, _study())}


def _moties_on_care() -> list[Candidate]:
    return [
        Candidate.of(_record(1, "Motie-Tielen over een meldpunt voor ouderenmishandeling", ministry="VWS")),
        Candidate.of(_record(2, "Motie-Dijk over de eigen bijdrage in de Wmo", ministry="VWS")),
    ]


@pytest.mark.parametrize(
    "closing",
    ["Hiermee is de motie afgedaan.", "Daarmee beschouw ik de motie als uitgevoerd."],
)
def test_the_motie_is_the_one_named_last_even_a_paragraph_before(closing: str) -> None:
    text = _letter(
        "In deze brief ga ik in op de ouderenzorg. Daarover hebben wij vaak gedebatteerd. "
        "De motie van het lid Tielen vroeg om een landelijk meldpunt voor ouderenmishandeling. Ouderen en "
        "hun naasten wisten vaak niet waar zij terechtkonden.\n\n"
        "Sinds 1 januari is het meldpunt bereikbaar. Gemeenten verwijzen er actief naar. "
        f"In de eerste maand kwamen tweehonderd meldingen binnen. {closing}"
    )
    assert _proposals(text, _moties_on_care())[:1] == [("fulfil", 1)]


def test_the_motie_is_not_one_named_before_another() -> None:
    text = _letter(
        "In deze brief ga ik in op de ouderenzorg. Daarover hebben wij vaak gedebatteerd. "
        "De motie van het lid Tielen vroeg om een landelijk meldpunt voor ouderenmishandeling.\n\n"
        "De motie van het lid Dijk vroeg de eigen bijdrage in de Wmo te verlagen. Per 1 januari is de "
        "bijdrage verlaagd. Hiermee is de motie afgedaan."
    )
    closing = [s for s in find_statements(text, DAY) if s.quote.startswith("Hiermee")]
    assert [s.target.members for s in closing] == [("dijk",)]


@pytest.mark.parametrize(
    ("sentence", "partial"),
    [
        ("In deze brief geef ik de cijfers, voor zover die nu beschikbaar zijn.", True),
        ("Hierbij stuur ik u de gegevens, voor zover deze al bekend zijn.", True),
        # look-alike: a restriction of what the writer knows, not of what is delivered
        ("Voor zover ik weet, zijn alle gemeenten aangesloten.", False),
    ],
)
def test_what_is_given_only_as_far_as_it_is_there_now_is_a_part(sentence: str, partial: bool) -> None:
    assert (PARTIAL.search(sentence) is not None) is partial


def _isolation() -> list[Candidate]:
    return [
        Candidate.of(
            _record(1, "Motie-Bontenbal over een isolatieloket", ministry="VWS", refs=("32813-1480",))
        ),
        Candidate.of(
            _record(2, "Motie-Kops over het behoud van cv-ketels", ministry="VWS", refs=("32813-1485",))
        ),
    ]


@pytest.mark.parametrize(
    ("state", "done"),
    [
        ("Uitgevoerd: het loket is sinds 1 september open", True),
        ("Afgerond", True),
        # look-alike: a row whose state says the work goes on
        ("Loopt: wordt betrokken bij de herziening van het Bouwbesluit", False),
    ],
)
def test_a_table_rows_state_cell_says_whether_its_motie_is_done(state: str, done: bool) -> None:
    text = _letter(
        "In deze brief geef ik de stand van de moties over de verduurzaming van woningen.\n\n"
        "| Motie | Verzoek | Stand |\n|---|---|---|\n"
        f"| Motie-Bontenbal (32 813, nr. 1480) | een isolatieloket voor huurders | {state} |\n\n"
        "Het loket heeft veel aanvragen ontvangen, vooral van huurders van particuliere verhuurders."
    )
    assert (("fulfil", 1) in _proposals(text, _isolation())) is done


@pytest.mark.parametrize(
    ("body", "new"),
    [
        # a relative clause on a word of the cause belongs to the cause; "wil" inside it is no intent
        (
            "Ik heb toegezegd u voor de zomer een overzicht van de zorgkosten te sturen. Het overzicht vergt "
            "meer tijd, omdat het CBS de cijfers wil vergelijken met die van de gemeenten, die hun gegevens "
            "pas in september aanleveren. Ik stuur u het overzicht daarom in november.",
            date(2025, 11, 30),
        ),
        # the consequence of the delay, in the present, names the new moment without a word of intent
        (
            "In het debat van 4 februari heb ik toegezegd dit voorjaar een besluit te nemen over de eigen "
            "bijdrage. De NZa heeft meer tijd nodig voor haar advies. Het besluit neem ik daarom na de "
            "zomer.",
            date(2025, 9, 30),
        ),
        (
            "Ik heb u beloofd voor 1 mei een reactie te geven op het advies over de wijkverpleging. Het "
            "advies laat op zich wachten. Die reactie geef ik u daardoor in oktober.",
            date(2025, 10, 31),
        ),
    ],
)
def test_the_new_moment_after_a_delay_is_the_consequence_not_the_cause(body: str, new: date) -> None:
    [moved] = [s for s in find_statements(_letter(body), DAY) if s.action.value == "postpone"]
    assert moved.new_deadline is not None
    assert moved.new_deadline.date == new


@pytest.mark.parametrize(
    "body",
    [
        # look-alikes: the moment stands only in the cause, or in what was done "daarom" already
        "Ik heb toegezegd u voor de zomer een overzicht van de zorgkosten te sturen. Dat overzicht vergt "
        "meer tijd, omdat het CBS het wil vergelijken met de cijfers van de gemeenten, die pas in september "
        "komen.",
        "Ik heb toegezegd u voor de zomer een overzicht van de zorgkosten te sturen. Dat overzicht heeft "
        "vertraging opgelopen. De onderzoekers hebben daarom in februari een tweede uitvraag gedaan.",
    ],
)
def test_a_moment_of_the_cause_or_of_the_past_is_no_new_moment(body: str) -> None:
    [moved] = [s for s in find_statements(_letter(body), DAY) if s.action.value == "postpone"]
    assert moved.new_deadline is None or moved.new_deadline.date is None


@pytest.mark.parametrize(
    "body",
    [
        "In het debat van 4 februari heb ik toegezegd in een verkenning te onderzoeken of een keurmerk voor "
        "de thuiszorg wenselijk is. De beroepsgroep voert vanaf 2026 zelf een keurmerk in. Die toezegging "
        "trek ik daarom in.",
        "Ik heb uw Kamer beloofd een verkenning te laten doen naar de wenselijkheid van een keurmerk voor de "
        "thuiszorg. Omdat de beroepsgroep vanaf 2026 zelf een keurmerk invoert, zie ik af van die "
        "verkenning.",
        "Ik trek mijn toezegging om de wenselijkheid van een keurmerk voor de thuiszorg te verkennen in, nu "
        "de beroepsgroep dat vanaf 2026 zelf regelt.",
    ],
)
def test_a_withdrawn_promise_is_a_postponement_without_a_new_moment(body: str) -> None:
    item = _record(
        1,
        "Verkenning naar de wenselijkheid van een keurmerk voor de thuiszorg",
        kind="toezegging",
        ministry="VWS",
        deadline=date(2025, 6, 30),
        quote="Ik laat in een verkenning onderzoeken of een keurmerk voor de thuiszorg wenselijk is en "
        "informeer uw Kamer medio 2025 over de uitkomst.",
    )
    other = _record(2, "Keurmerk voor kinderopvang", kind="toezegging", ministry="SZW")
    statements = find_statements(_letter(body), DAY)
    assert [(s.action.value, s.new_deadline) for s in statements] == [("postpone", None)]
    # the statement and the item-driven reading agree: the item, postponed, never fulfilled
    assert set(_proposals(_letter(body), [Candidate.of(item), Candidate.of(other)])) == {("postpone", 1)}


@pytest.mark.parametrize(
    "body",
    [
        # look-alikes: money set aside, a motie withdrawn by its member, a policy given up, none a promise
        "Ik trek vanaf 2026 jaarlijks 5 miljoen euro uit voor een keurmerk voor de thuiszorg.",
        "Het lid Dijk heeft de motie over een keurmerk voor de thuiszorg ingetrokken.",
        "Van een landelijk verbod op lachgasballonnen zie ik af.",
    ],
)
def test_what_is_not_a_promise_given_up_postpones_nothing(body: str) -> None:
    assert [s for s in find_statements(_letter(body), DAY) if s.action.value == "postpone"] == []
