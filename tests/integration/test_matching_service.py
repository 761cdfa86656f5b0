"""Matching letters against the store, accepting proposals, and saving a letter (on SQLite and PostgreSQL)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date
from pathlib import Path

import pytest

from commitments import services
from commitments.db import Database
from commitments.errors import InvalidInput, NotFound
from commitments.export.service import export_rows
from commitments.extraction import extract, read_document
from commitments.matching.action import Action
from commitments.matching.service import (
    accept_fulfilment,
    accept_postponement,
    accept_proposal,
    match_letter,
    match_stored,
    register_letter,
)
from commitments.model import Kind, letter_name
from commitments.pending import ProposalStep
from commitments.services import NewCommitment, NewDeadline
from tests.use_case import on, use_case

LETTERS = Path(__file__).resolve().parents[1] / "fixtures" / "matching" / "letters"
TEAM, OTHER = -100, -200


def _letter(name: str) -> str:
    return (LETTERS / name).read_text("utf-8")


def _add(db: Database, title: str, team: int = TEAM, **fields: object) -> int:
    return use_case(db, services.add_commitment, NewCommitment(title=title, team=team, **fields), "test").id  # type: ignore[arg-type]


def test_fulfilment_proposed_with_evidence_and_json_contract(db: Database) -> None:
    wanted = _add(db, "Motie Kuik over een landelijke meldplicht", kind=Kind.MOTIE, refs=("28638-180",))
    _add(db, "Motie Kuik over registratie door gemeenten", kind=Kind.MOTIE, refs=("28638-181",))
    text = _letter("twee-gelijke-moties.txt")
    data = use_case(db, match_letter, text, None, TEAM).to_json()
    [fulfil] = data["fulfils"]
    assert fulfil["commitment_id"] == wanted
    assert fulfil["partial"] is False
    assert "motie 28638-180 genoemd" in fulfil["evidence"]
    assert text[fulfil["start"] : fulfil["end"]] == fulfil["quote"]
    assert set(fulfil) == {"commitment_id", "score", "partial", "evidence", "quote", "start", "end"}
    assert data["postpones"] == []


def test_other_teams_items_are_never_proposed(db: Database) -> None:
    _add(db, "Motie Kuik over een landelijke meldplicht", team=OTHER, kind=Kind.MOTIE, refs=("28638-180",))
    result = use_case(db, match_letter, _letter("twee-gelijke-moties.txt"), None, TEAM)
    assert result.proposals == ()


def test_postponement_proposed_and_accepted_into_the_history(db: Database) -> None:
    item = _add(
        db,
        "Kamer informeren over de evaluatie van de Wet verplichte ggz",
        deadline=date(2025, 4, 1),
        ministry="VWS",
    )
    [postpone] = use_case(db, match_letter, _letter("uitstel-evaluatie.txt"), None, TEAM).to_json()[
        "postpones"
    ]
    assert postpone["commitment_id"] == item
    assert postpone["new_deadline"] == "2025-04-30"
    assert "meer tijd nodig" in postpone["reason"]
    record, changed = use_case(
        db,
        accept_postponement,
        item,
        NewDeadline(date(2025, 4, 30), "uiterlijk 30 april"),
        postpone["reason"],
        "anna",
        TEAM,
    )
    assert changed
    assert record.deadline == date(2025, 4, 30)
    moved = next(event for event in record.history if event.event == "postponed")
    assert (moved.old, moved.new, moved.reason) == ("2025-04-01", "2025-04-30", postpone["reason"])


def test_an_undated_letter_is_matched_on_the_unit_of_works_clock(db: Database) -> None:
    item = _add(
        db,
        "Kamer informeren over de evaluatie van de Wet verplichte ggz",
        deadline=date(2025, 4, 1),
        ministry="VWS",
    )
    undated = _letter("uitstel-evaluatie.txt").replace("Datum 20 maart 2025\n", "")
    for today, moved_to in ((date(2025, 3, 20), "2025-04-30"), (date(2026, 3, 20), "2026-04-30")):
        [postpone] = on(db, today).run(match_letter, undated, None, TEAM).to_json()["postpones"]
        assert (postpone["commitment_id"], postpone["new_deadline"]) == (
            item,
            moved_to,
        )  # "uiterlijk 30 april"


def test_accepting_a_fulfilment_closes_and_names_the_letter(db: Database) -> None:
    item = _add(db, "Motie Bikker over vroegsignalering", kind=Kind.MOTIE, refs=("24515-712",))
    document = read_document(LETTERS / "motie-afgedaan.txt")
    document_id, _saved = use_case(
        db,
        register_letter,
        extract(document.text, today=date(2025, 7, 3)),
        "motie-afgedaan.txt",
        "abc",
        TEAM,
        "anna",
    )
    record = use_case(
        db, accept_fulfilment, item, "anna", TEAM, document_id=document_id, kamerstuk="24515-720"
    )
    assert record.motie_status == "afgedaan"
    assert record.fulfilled_by == "24515-720"
    assert [(e.event, e.reason, e.letter) for e in record.history[1:]] == [
        ("status_changed", "24515-720", "brief Kamerstuk 24515-720")
    ]
    assert not any("document #" in f"{event.new} {event.reason}" for event in record.history)
    partly = use_case(
        db, accept_fulfilment, _add(db, "Overgangsregeling derogatie"), "anna", TEAM, partial=True
    )
    assert partly.status == "deels_voldaan"


def test_a_letter_without_a_kamerstuk_is_named_in_the_export(db: Database) -> None:
    """Found in a user trial: the card said "afgedaan met de brief ‘…’", the export an empty "Nagekomen met"
    and only "gewijzigd" in the history."""
    item = _add(db, "Motie Bikker over vroegsignalering", kind=Kind.MOTIE)
    found = extract(_letter("motie-afgedaan.txt"), today=date(2025, 7, 3))
    extraction = replace(found, letter=replace(found.letter, kamerstuk=None))  # not numbered yet
    document_id, _saved = use_case(db, register_letter, extraction, "motie-afgedaan.txt", "abc", TEAM, "anna")
    letter = use_case(db, accept_fulfilment, item, "anna", TEAM, document_id=document_id).history[-1].letter
    assert letter is not None
    assert letter.startswith("brief ")
    row = next(row for row in use_case(db, export_rows, TEAM) if row["id"] == item)
    assert row["fulfilled_by"] == letter
    assert f"status gewijzigd: open → afgedaan, met {letter}" in str(row["history"])
    assert ": gewijzigd" not in str(row["history"])
    use_case(db, services.reopen, item, "anna", "toch niet", team=TEAM)
    use_case(db, services.fulfil, item, "anna", team=TEAM)  # closed again by hand, without a letter
    row = next(row for row in use_case(db, export_rows, TEAM) if row["id"] == item)
    assert row["fulfilled_by"] is None


def test_accepting_for_another_team_is_refused(db: Database) -> None:
    item = _add(db, "Motie Bikker over vroegsignalering", team=OTHER, kind=Kind.MOTIE)
    with pytest.raises(NotFound):
        use_case(db, accept_fulfilment, item, "anna", TEAM)
    assert use_case(db, services.get_commitment, item).status == "open"


def test_register_letter_saves_new_items_once(db: Database) -> None:
    extraction = extract(_letter("zelfde-dossier-niets.txt"), today=date(2024, 2, 14))
    document_id, saved = use_case(
        db, register_letter, extraction, "voortgang.txt", "hash-1", TEAM, "cli:test"
    )
    assert saved
    items = [use_case(db, services.get_commitment, number, TEAM) for number in saved]
    assert {item.document_id for item in items} == {document_id}
    assert use_case(db, register_letter, extraction, "voortgang.txt", "hash-1", TEAM, "cli:test") == (
        document_id,
        [],
    )


def test_items_saved_from_the_letter_itself_are_not_candidates(db: Database) -> None:
    text = _letter("twee-gelijke-moties.txt")
    document_id, _saved = use_case(
        db, register_letter, extract(text, today=date(2023, 12, 5)), "brief.txt", "hash-2", TEAM, "test"
    )
    mine = _add(db, "Motie Kuik meldplicht", kind=Kind.MOTIE, refs=("28638-180",), document_id=document_id)
    result = use_case(db, match_letter, text, date(2023, 12, 5), TEAM, exclude_document=document_id)
    assert mine not in {proposal.best.commitment_id for proposal in result.proposals}


def test_a_postponement_to_the_same_deadline_writes_nothing(db: Database) -> None:
    item = _add(
        db, "Kamer informeren over de evaluatie van de Wet verplichte ggz", deadline=date(2025, 4, 30)
    )
    record, changed = use_case(
        db,
        accept_postponement,
        item,
        NewDeadline(date(2025, 4, 30), "uiterlijk 30 april"),
        None,
        "anna",
        TEAM,
    )
    assert not changed
    assert [event.event for event in record.history] == ["created"]


def test_a_letter_is_named_by_kamerstuk_then_subject_then_file() -> None:
    assert letter_name("Voortgang", date(2024, 2, 14), "x.pdf", "31753-190") == "brief Kamerstuk 31753-190"
    assert (
        letter_name("Voortgang  aanpak", date(2024, 2, 14), "x.pdf")
        == "brief ‘Voortgang aanpak’ van 14 februari 2024"
    )
    assert letter_name(None, None, "x.pdf") == "brief x.pdf"


def test_a_postponement_to_before_the_items_deadline_is_no_proposal(db: Database) -> None:
    """A letter's new moment earlier than the deadline the item has now (it was moved on meanwhile, or the
    letter is older than the item) does not postpone it: accepting would move the item back."""
    _add(
        db,
        "Kamer informeren over de evaluatie van de Wet verplichte ggz",
        deadline=date(2027, 12, 31),
        ministry="VWS",
    )
    assert use_case(db, match_letter, _letter("uitstel-evaluatie.txt"), None, TEAM).postpones == ()


def test_a_letter_sent_again_proposes_nothing_for_what_was_saved_from_it(db: Database) -> None:
    """Found in a user trial: letter 47 sent a second time proposed to fulfil the open motie that its first
    sending had saved. The bot matches before the letter is registered anew, so it names the letter by its
    content hash."""
    text = _letter("twee-gelijke-moties.txt")
    document_id, _saved = use_case(
        db, register_letter, extract(text, today=date(2023, 12, 5)), "brief.txt", "hash-47", TEAM, "test"
    )
    mine = _add(db, "Motie Kuik meldplicht", kind=Kind.MOTIE, refs=("28638-180",), document_id=document_id)
    unnamed = match_stored(db.url, extract(text, date(2023, 12, 5), today=date(2023, 12, 5)), TEAM)
    assert mine in {proposal.best.commitment_id for proposal in unnamed.proposals}  # the case at hand
    named = match_stored(
        db.url, extract(text, date(2023, 12, 5), today=date(2023, 12, 5)), TEAM, content_hash="hash-47"
    )
    assert mine not in {proposal.best.commitment_id for proposal in named.proposals}


@pytest.mark.parametrize(
    "state",
    [
        "wordt later uitgevoerd; de uitvoering wacht op de herziening van de Waterwet",
        "vraagt meer tijd, omdat ik eerst met de waterschappen wil overleggen",
        "is nog niet uitgevoerd: de gesprekken met de waterschappen lopen",
    ],
)
def test_an_item_without_a_deadline_is_never_postponed(db: Database, state: str) -> None:
    """A motie has no term: "not yet carried out" states where it stands, and the moment in the next
    sentence belongs to what that sentence speaks of."""
    _add(
        db,
        "Motie-Brouwer over het vergroten van de bergingscapaciteit in beekdalen",
        kind=Kind.MOTIE,
        refs=("27625-611",),
        ministry="IenW",
    )
    text = (
        "Den Haag, 3 maart 2025\n\nGeachte voorzitter,\n\n"
        f"De motie van het lid Brouwer over het vergroten van de bergingscapaciteit in beekdalen (Kamerstuk "
        f"27 625, nr. 611) {state}. Het jaarbericht over de staat van de dijken ontvangt u in het najaar.\n\n"
        "De Minister van Infrastructuur en Waterstaat\n"
    )
    assert use_case(db, match_letter, text, None, TEAM).postpones == ()


def _postponement(
    commitment: int, alternatives: list[int], deadline: date | None, letter_hash: str
) -> ProposalStep:
    """The chat's copy of a postponement proposal, as the bot keeps it in a draft."""
    return ProposalStep(
        action=Action.POSTPONE,
        commitment=commitment,
        alternatives=alternatives,
        label="toezegging",
        score=0.8,
        quote="De brief volgt later.",
        deadline=deadline,
        deadline_text="zo spoedig mogelijk" if deadline is None else "eind mei",
        reason="meer tijd nodig",
        letter={"filename": "brief.txt", "content_hash": letter_hash},
    )


def test_accepting_a_proposal_acts_only_on_an_item_it_offered(db: Database) -> None:
    proposed = _add(db, "Kamer informeren over de pilot deelmobiliteit", deadline=date(2027, 2, 1))
    offered = _add(db, "Kamer informeren over de pilot deeltaxi", deadline=date(2027, 2, 1))
    elsewhere = _add(db, "Kamer informeren over de havenstrategie", deadline=date(2027, 2, 1))
    found = _postponement(proposed, [offered], date(2027, 5, 31), "ab" * 32)
    with pytest.raises(InvalidInput, match=f"#{elsewhere} stond niet tussen"):
        use_case(db, accept_proposal, TEAM, "test", found, elsewhere)
    assert use_case(db, services.get_commitment, elsewhere, TEAM).deadline == date(2027, 2, 1)
    item, changed = use_case(db, accept_proposal, TEAM, "test", found, offered)
    assert (item.deadline, changed) == (date(2027, 5, 31), True)


def test_a_postponement_without_a_new_date_is_refused_in_dutch_not_crashed_on(db: Database) -> None:
    proposed = _add(db, "Kamer informeren over de pilot deelmobiliteit", deadline=date(2027, 2, 1))
    found = _postponement(proposed, [], None, "cd" * 32)
    with pytest.raises(InvalidInput, match=f"geen nieuwe termijn; geef die zelf op met /uitstel {proposed}"):
        use_case(db, accept_proposal, TEAM, "test", found, proposed)
    assert use_case(db, services.get_commitment, proposed, TEAM).deadline == date(2027, 2, 1)


HEADER = "Aan de Voorzitter van de Tweede Kamer der Staten-Generaal\n\nDen Haag, 7 december 2026\n"
SIGNED = "\nDe minister van Onderwijs, Cultuur en Wetenschap,\n"


def test_a_letter_sending_its_subject_as_promised_fulfils_it_however_early(db: Database) -> None:
    """Delivered nine months before it is due: not an interim letter on the subject, since it says it sends
    the promised thing itself."""
    early = _add(db, "Plan van aanpak laaggeletterdheid", deadline=date(2027, 9, 30), ministry="OCW")
    text = (
        f"{HEADER}Betreft: Plan van aanpak laaggeletterdheid\n\n"
        "Hierbij stuur ik u, zoals toegezegd, het plan van aanpak laaggeletterdheid.\n"
        f"{SIGNED}"
    )
    [fulfil] = use_case(db, match_letter, text, date(2026, 12, 7), TEAM).fulfils
    assert (fulfil.best.commitment_id, fulfil.partial) == (early, False)
    interim = (
        f"{HEADER}Betreft: Laaggeletterdheid\n\nIn deze brief schets ik hoe het met de aanpak van "
        f"laaggeletterdheid staat.\n{SIGNED}"
    )
    assert use_case(db, match_letter, interim, date(2026, 12, 7), TEAM).fulfils == ()


def test_a_letter_sending_the_first_part_of_its_subject_fulfils_it_partly(db: Database) -> None:
    report = _add(db, "Monitor gelijke kansen", deadline=date(2026, 12, 31), ministry="OCW")
    text = (
        f"{HEADER}Betreft: Monitor gelijke kansen\n\n"
        "Hierbij stuur ik u het eerste deel van de monitor gelijke kansen. Het tweede deel ontvangt u in "
        "het voorjaar van 2027.\n"
        f"{SIGNED}"
    )
    [fulfil] = use_case(db, match_letter, text, date(2026, 12, 7), TEAM).fulfils
    assert (fulfil.best.commitment_id, fulfil.partial) == (report, True)
