"""The structure of a Kamerbrief, read without its phrases: what the letter says it is about, what it
announces for later, and who or what it names, against look-alike items."""

from __future__ import annotations

from datetime import date

from commitments.matching.action import Action
from commitments.matching.scoring import Candidate, LetterSide, choose, rank, rarity, similarity
from commitments.matching.service import propose
from commitments.matching.statements import ahead, find_announcements, find_statements
from commitments.matching.text import same_name, same_stem
from tests.unit.test_match_scoring import _record

DAY = date(2025, 2, 11)
KGG = LetterSide("KGG", None, DAY)


def _letter(body: str, subject: str | None = None) -> str:
    head = f"Datum 11 februari 2025\nBetreft {subject}\n\n" if subject else "Den Haag, 11 februari 2025\n\n"
    return f"{head}Geachte voorzitter,\n\n{body}\n"


def _proposals(text: str, items: list[Candidate], letter: LetterSide = KGG) -> list[tuple[str, int]]:
    statements = find_statements(text, DAY) + find_announcements(text, DAY)
    side = LetterSide(letter.ministry, letter.post, DAY, ahead(text, DAY))
    result = propose(statements, items, side)
    return [(proposal.statement.action.value, proposal.best.commitment_id) for proposal in result.proposals]


def test_an_opening_that_says_what_the_letter_is_about_gives_one_statement_per_subject() -> None:
    text = _letter(
        "Met deze brief informeer ik uw Kamer over de voortgang van de aanpak van netcongestie en over de "
        "wachtrij voor aansluitingen op het elektriciteitsnet.\n\nVoortgang\n\nDe netbeheerders investeren."
    )
    found = [statement for statement in find_statements(text, DAY) if statement.own_subject]
    assert [statement.target.focus for statement in found] == [
        "de voortgang van de aanpak van netcongestie",
        "de wachtrij voor aansluitingen op het elektriciteitsnet",
    ]
    assert all(statement.action is Action.FULFIL for statement in found)


def test_the_letter_subject_answers_the_item_without_any_word_of_keeping_a_promise() -> None:
    text = _letter(
        "In deze brief ga ik in op de uitkomsten van het onderzoek naar de veiligheid van provinciale "
        "wegen.\n\nUitkomsten\n\nOp de N-wegen vielen 241 verkeersdoden.",
        subject="Onderzoek verkeersveiligheid provinciale wegen",
    )
    wanted = Candidate.of(
        _record(
            1, "Kamer informeren over uitkomsten onderzoek veiligheid N-wegen", "toezegging", ministry="KGG"
        )
    )
    other = Candidate.of(_record(2, "Brief over de veiligheid van e-bikes", "toezegging", ministry="KGG"))
    assert _proposals(text, [wanted, other]) == [("fulfil", 1)]


def test_a_subject_the_letter_announces_for_later_is_not_delivered() -> None:
    text = _letter(
        "Met deze brief informeer ik u over de voortgang van het project Vervanging Onderzeebootcapaciteit."
        "\n\nProject\n\nDe D-brief over de Vervanging Onderzeebootcapaciteit stuur ik uw Kamer eind 2025."
    )
    progress = Candidate.of(
        _record(
            1, "Voortgang vervanging onderzeeboten", "toezegging", ministry="KGG", deadline=date(2025, 3, 1)
        )
    )
    d_letter = Candidate.of(
        _record(2, "D-brief Vervanging Onderzeebootcapaciteit", "deliverable", ministry="KGG",
                deadline=date(2025, 12, 31))
    )  # fmt: skip
    assert _proposals(text, [progress, d_letter]) == [("fulfil", 1)]
    assert (
        "de brief kondigt dit nog aan"
        in rank(find_statements(text, DAY)[0], [d_letter], LetterSide("KGG", None, DAY, ahead(text, DAY)))[
            0
        ].evidence
    )


def test_an_interim_opening_answers_nothing() -> None:
    text = _letter(
        "Met deze brief informeer ik u over de eerste bevindingen van het onderzoek naar netcongestie. "
        "Over de uitkomsten zal ik u nader informeren.\n\nBevindingen\n\nDe wachtrij groeit."
    )
    assert not any(statement.own_subject for statement in find_statements(text, DAY))


def test_deze_toezegging_points_back_to_the_promise_recalled_before() -> None:
    text = _letter(
        "In het commissiedebat van 5 december heb ik toegezegd uw Kamer te informeren over de mogelijkheden "
        "voor het delen van aansluitingen op bedrijventerreinen. Daarmee is deze toezegging afgedaan."
    )
    kept = [s for s in find_statements(text, DAY) if s.quote == "Daarmee is deze toezegging afgedaan."]
    assert len(kept) == 1
    assert kept[0].target.focus.startswith("de mogelijkheden voor het delen van aansluitingen")


def test_a_moment_ahead_postpones_only_an_item_due_clearly_earlier() -> None:
    text = _letter(
        "Ik ben in gesprek met de provincies over een toekomstperspectief voor de regio Groningen. "
        "Ik verwacht uw Kamer hierover in het najaar van 2025 te informeren."
    )
    [announced] = find_announcements(text, DAY)
    assert announced.action is Action.POSTPONE
    assert announced.announced
    assert "toekomstperspectief" in announced.target.words  # "hierover": the sentence before
    due_before = Candidate.of(
        _record(1, "Kamer informeren over toekomstperspectief Groningen na gesprekken met provincies",
                "toezegging", ministry="KGG", deadline=date(2025, 6, 30))
    )  # fmt: skip
    due_then = Candidate.of(
        _record(1, "Kamer informeren over toekomstperspectief Groningen na gesprekken met provincies",
                "toezegging", ministry="KGG", deadline=date(2025, 11, 30))
    )  # fmt: skip
    assert _proposals(text, [due_before]) == [("postpone", 1)]
    assert _proposals(text, [due_then]) == []  # restated with its own moment: no action


def test_a_reply_to_the_commission_answers_the_reply_not_the_bill() -> None:
    text = _letter(
        "In reactie op de brieven van de vaste commissie d.d. 5 juni jl. over het wetsvoorstel versterking "
        "Groningen laat ik u het volgende weten. Het wetsvoorstel volgt zo spoedig mogelijk."
    )
    reply = Candidate.of(
        _record(1, "Reactie op brieven commissie over wetsvoorstel versterking Groningen", "toezegging",
                ministry="KGG")
    )  # fmt: skip
    bill = Candidate.of(_record(2, "Wetsvoorstel versterking Groningen", "deliverable", ministry="KGG"))
    assert _proposals(text, [reply, bill]) == [("fulfil", 1)]


def test_members_names_allow_a_slip_but_short_names_must_be_equal() -> None:
    assert same_name("koekkoek", "koekoek")
    assert same_name("kwint", "kwindt")
    assert not same_name("podt", "pott")
    assert not same_name("bromet", "bruins")
    text = _letter(
        "De volgende moties beschouw ik als afgedaan:\n- de motie van de leden Podt en Koekkoek over "
        "kleinschalige opvang voor alleenstaande minderjarige vreemdelingen."
    )
    slip = Candidate.of(
        _record(
            1, "Motie-Podt/Koekoek over kleinschalige opvang van alleenstaande minderjarigen", ministry="KGG"
        )
    )
    other = Candidate.of(_record(2, "Motie-Podt over opvang van statushouders", ministry="KGG"))
    [best] = [choose(rank(statement, [slip, other], KGG)) for statement in find_statements(text, DAY)]
    assert best is not None
    assert best.commitment_id == 1
    assert "indieners: Podt, Koekkoek" in best.evidence


def test_a_compound_counts_for_its_part() -> None:
    assert same_stem("netaansluit", "aansluit")
    assert same_stem("voortgangsbrief", "voortgang")
    assert same_stem("verkeersveil", "veil")  # "verkeersveiligheid" and "veiligheid"
    assert not same_stem("plan", "planning")  # too short to be a compound's first part
    item = Candidate.of(_record(1, "Netaansluitingen delen op bedrijventerreinen", "toezegging"))
    assert similarity("het delen van aansluitingen op bedrijventerreinen", item) > 0.6


def test_words_every_item_shares_count_less_than_rare_ones() -> None:
    items = [
        Candidate.of(_record(1, "Rapportage lerarentekort regionale aanpak", "toezegging")),
        Candidate.of(_record(2, "Rapportage lerarentekort zij-instromers", "toezegging")),
        Candidate.of(_record(3, "Rapportage lerarentekort pabo", "toezegging")),
    ]
    weights = rarity(items)
    assert weights["lerarentekort"] < weights["pabo"]
    told = "de rapportage over het lerarentekort en de regionale aanpak"
    assert similarity(told, items[0], weights=weights) > similarity(told, items[0]) - 0.01
    assert similarity(told, items[1], weights=weights) < similarity(told, items[1])


def test_an_item_of_another_day_is_another_item() -> None:
    text = _letter(
        "Hierbij bied ik u de geannoteerde agenda aan voor de Raad Buitenlandse Zaken van 27 januari."
    )
    report = Candidate.of(
        _record(1, "Verslag Raad Buitenlandse Zaken van 16 december", "deliverable", ministry="KGG")
    )
    [statement] = [s for s in find_statements(text, DAY) if s.own_subject]
    [score] = rank(statement, [report], KGG)
    assert "andere dag (16 december)" in score.evidence
    assert choose([score]) is None


def test_a_request_recalled_in_the_body_and_answered_here_is_fulfilled() -> None:
    text = _letter(
        "Met deze brief informeer ik u over de voortgang van de aanpak van netcongestie.\n\nKosten\n\n"
        "Tijdens het commissiedebat heeft het lid Kröger gevraagd naar de kosten van de verzwaring van het "
        "elektriciteitsnet op het platteland. Hieronder ga ik daarop in. De kosten bedragen 3 miljard euro."
    )
    [answer] = [s for s in find_statements(text, DAY) if "Kröger" in s.quote]
    assert answer.action is Action.FULFIL
    costs = Candidate.of(
        _record(
            1, "Kosten verzwaring elektriciteitsnet platteland (vraag Kröger)", "toezegging", ministry="KGG"
        )
    )
    progress = Candidate.of(_record(2, "Voortgang aanpak netcongestie", "toezegging", ministry="KGG"))
    assert sorted(_proposals(text, [costs, progress])) == [("fulfil", 1), ("fulfil", 2)]
    elsewhere = text.replace("Hieronder ga ik daarop in.", "Daar kom ik later op terug.")
    assert not any("Kröger" in s.quote for s in find_statements(elsewhere, DAY))


def test_a_moment_shifted_in_plain_words_is_a_postponement() -> None:
    text = _letter(
        "De evaluatie van de Warmtewet verschuift naar het voorjaar van 2026, omdat de gegevens van de "
        "netbeheerders later beschikbaar komen."
    )
    [moved] = find_statements(text, DAY)
    assert moved.action is Action.POSTPONE
    assert moved.new_deadline is not None
    assert moved.new_deadline.text == "het voorjaar van 2026"


def test_an_act_with_the_object_first_still_acts() -> None:
    text = _letter(
        "De motie van de leden Van der Plas en Vermeer verzoekt de regering de mestverwerking te vergroten. "
        "Aan deze motie kom ik tegemoet met de Subsidieregeling mestverwerking."
    )
    acts = [s for s in find_statements(text, DAY) if s.quote.startswith("Aan deze motie")]
    assert [s.action for s in acts] == [Action.FULFIL]
    assert acts[0].target.members == ("plas", "vermeer")


def test_subjects_listed_in_the_introduction_and_a_request_answered_there() -> None:
    text = _letter(
        "Met deze brief informeer ik uw Kamer over de stand van zaken op het terrein van de "
        "Koninkrijksrelaties. Op verzoek van uw Kamer ga ik in op de coördinerende rol voor Caribisch "
        "Nederland. Daarnaast informeer ik uw Kamer over de volgende onderwerpen:\n"
        "• Het Bestuursakkoord Bonaire;\n• Het Bestuurlijk akkoord Aruba.\n\nCoördinatie\n\nDe eilanden."
    )
    focuses = [s.target.focus for s in find_statements(text, DAY) if s.own_subject]
    assert "de coördinerende rol voor Caribisch Nederland" in focuses
    assert "Het Bestuursakkoord Bonaire" in focuses
    assert "Het Bestuurlijk akkoord Aruba" in focuses
    past = text.replace("Daarnaast informeer ik uw Kamer", "In mei heb ik uw Kamer geïnformeerd")
    assert "Het Bestuursakkoord Bonaire" not in [s.target.focus for s in find_statements(past, DAY)]
