"""A letter that discharges a motie in the store: the bot proposes; only a person's Ja changes anything."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from bot.handlers import matching
from commitments import services
from commitments.isolation import LimitExceeded
from commitments.model import Kind
from commitments.services import NewCommitment
from offline_telegram.fake_api import SentMessage
from tests.e2e.crafted import press_crafted
from tests.e2e.harness import TIMEOUT, World, button
from tests.use_case import use_case

LETTERS = Path(__file__).resolve().parents[1] / "fixtures" / "matching" / "letters"
LETTER = LETTERS / "twee-gelijke-moties.txt"
POSTPONING = LETTERS / "uitstel-evaluatie.txt"


def _moties(w: World) -> tuple[int, int]:
    def add(title: str, ref: str) -> int:
        new = NewCommitment(title=title, kind=Kind.MOTIE, refs=(ref,), ministry="JenV", team=w.team_a.id)
        return use_case(w.db, services.add_commitment, new, "test").id

    return (
        add("Motie Kuik over een landelijke meldplicht voor slachtoffers van mensenhandel", "28638-180"),
        add("Motie Kuik over de <registratie> van slachtoffers door gemeenten", "28638-181"),
    )


UNDATED_DELAY = """Aan de Voorzitter van de Tweede Kamer der Staten-Generaal

Datum 3 februari 2025
Betreft Uitstel verkenning bodemdaling veenweidegebieden

Geachte voorzitter,

In het commissiedebat van 10 oktober 2024 heb ik toegezegd u voor 1 maart te informeren over de verkenning
naar bodemdaling in veenweidegebieden. Dit komt later doordat de provincies meer tijd nodig hebben om hun
metingen aan te leveren. Ik informeer u zo spoedig mogelijk.

De Minister van Landbouw, Visserij, Voedselzekerheid en Natuur,

A.B. Voorbeeld
"""


async def _proposal(w: World, postponing: bool = False, letter: bytes | None = None) -> SentMessage:
    ask = await w.send(w.team_a, w.alice, "/brief")
    before = len(w.fake.outbox(w.team_a))
    content = letter or (POSTPONING if postponing else LETTER).read_bytes()
    w.fake.send_document(w.team_a, w.alice, "brief.txt", content, reply_to=ask.message_id)
    messages = await w.fake.wait_for_messages(w.team_a, before + 2, TIMEOUT)
    return next(message for message in messages[before:] if "Deze brief " in message.text)


def _evaluation(w: World, deadline: date) -> int:
    new = NewCommitment(
        title="Kamer informeren over de evaluatie van de Wet verplichte ggz",
        deadline=deadline,
        ministry="VWS",
        team=w.team_a.id,
    )
    return use_case(w.db, services.add_commitment, new, "test").id


async def test_yes_closes_the_motie_with_the_letter_in_its_history(w: World) -> None:
    wanted, other = _moties(w)
    async with w.running():
        proposal = await _proposal(w)
        assert f"Deze brief lijkt #{wanted} af te doen (motie 28638-180;" in proposal.text
        assert proposal.text.split("\n")[0].endswith("Afdoen?")
        assert "\nWaarom: motie 28638-180 genoemd" in proposal.text  # its evidence, in words
        assert [b["text"].split(" ", 1)[1] for b in proposal.buttons] == ["Ja", "Nee", "Andere kiezen"]
        assert all(len(b["callback_data"].encode()) <= 64 for b in proposal.buttons)
        done = await w.press(w.team_a, w.alice, proposal, button(proposal, "Ja"))
        assert f"#{wanted} is afgedaan met de brief ‘Meldplicht slachtoffers mensenhandel’" in done.text
    item = use_case(w.db, services.get_commitment, wanted, w.team_a.id)
    assert item.motie_status == "afgedaan"
    # one act, one line: the closing names the letter
    assert [(e.event, e.new, e.letter) for e in item.history] == [
        ("created", item.title, None),
        ("status_changed", "afgedaan", "brief ‘Meldplicht slachtoffers mensenhandel’ van 5 december 2023"),
    ]
    assert not any("document #" in f"{event.new} {event.reason}" for event in item.history)
    assert use_case(w.db, services.get_commitment, other, w.team_a.id).status == "open"


async def test_an_accepted_proposal_can_be_undone(w: World) -> None:
    wanted, _ = _moties(w)
    postponed = _evaluation(w, date(2025, 4, 1))
    async with w.running():
        proposal = await _proposal(w)
        done = await w.press(w.team_a, w.alice, proposal, button(proposal, "Ja"))
        undone = await w.press(w.team_a, w.alice, done, button(done, "Ongedaan maken"))
        assert f"Ongedaan gemaakt: #{wanted} is weer open." in undone.text
        listing = await _proposal(w, postponing=True)
        moved = await w.press(w.team_a, w.alice, listing, button(listing, "Ja"))
        back = await w.press(w.team_a, w.alice, moved, button(moved, "Ongedaan maken"))
        assert f"Ongedaan gemaakt: #{postponed} heeft weer als termijn 1 april 2025." in back.text
    motie = use_case(w.db, services.get_commitment, wanted, w.team_a.id)
    assert (motie.status, motie.motie_status, motie.fulfilled_by) == ("open", "open", None)
    letter = "brief ‘Meldplicht slachtoffers mensenhandel’ van 5 december 2023"
    assert [(e.event, e.new, e.reason, e.letter) for e in motie.history[-2:]] == [
        ("status_changed", "afgedaan", None, letter),
        ("status_changed", "open", "ongedaan gemaakt", None),
    ]
    item = use_case(w.db, services.get_commitment, postponed, w.team_a.id)
    assert item.deadline == date(2025, 4, 1)
    assert (item.history[-1].event, item.history[-1].reason) == ("postponed", "ongedaan gemaakt")


async def test_no_changes_nothing(w: World) -> None:
    wanted, _ = _moties(w)
    async with w.running():
        proposal = await _proposal(w)
        declined = await w.press(w.team_a, w.alice, proposal, button(proposal, "Nee"))
        assert f"Niets gewijzigd; #{wanted}" in declined.text
    item = use_case(w.db, services.get_commitment, wanted, w.team_a.id)
    assert item.status == "open"
    assert [event.event for event in item.history] == ["created"]


async def test_choose_another_lists_candidates_escaped(w: World) -> None:
    wanted, other = _moties(w)
    async with w.running():
        proposal = await _proposal(w)
        listing = await w.press(w.team_a, w.alice, proposal, button(proposal, "Andere kiezen"))
        labels = [b["text"] for b in listing.buttons]
        assert labels[0].startswith(f"#{wanted} ")
        assert labels[0].endswith("(voorstel)")
        assert any(label.startswith(f"#{other} Motie Kuik over de <registratie>") for label in labels)
        picked = await w.press(w.team_a, w.alice, listing, button(listing, f"#{other}"))
        assert f"#{other} is afgedaan" in picked.text
        assert "&lt;registratie&gt;" in (picked.html or "")
    assert use_case(w.db, services.get_commitment, other, w.team_a.id).motie_status == "afgedaan"
    assert use_case(w.db, services.get_commitment, wanted, w.team_a.id).status == "open"


async def test_an_item_the_proposal_did_not_offer_cannot_be_picked(w: World) -> None:
    """A forged "pick" of another item of the team is refused in Dutch; nothing changes."""
    wanted, other = _moties(w)
    unrelated = _evaluation(w, date(2025, 4, 1))
    async with w.running():
        proposal = await _proposal(w)
        listing = await w.press(w.team_a, w.alice, proposal, button(proposal, "Andere kiezen"))
        draft = button(listing, f"#{other}").split(":")[1]
        before = len(w.fake.outbox(w.team_a))
        press_crafted(w.fake, w.team_a, w.alice, listing.message_id, f"m:{draft}:pick:{unrelated}")
        refusal = (await w.fake.wait_for_messages(w.team_a, before + 1, TIMEOUT))[before]
        assert f"#{unrelated} stond niet tussen de voorgestelde items" in refusal.text
        picked = await w.press(w.team_a, w.alice, listing, button(listing, f"#{other}"))
        assert f"#{other} is afgedaan" in picked.text  # the draft survived the refusal
    assert use_case(w.db, services.get_commitment, unrelated, w.team_a.id).history[-1].event == "created"
    assert use_case(w.db, services.get_commitment, wanted, w.team_a.id).status == "open"


async def test_picking_another_item_for_a_delay_without_a_date_asks_its_new_deadline(w: World) -> None:
    """ "Andere kiezen" on a postponement that names no new date asks for the picked item's new deadline,
    as "Nieuwe termijn" under the proposal does, instead of failing on the missing date."""

    def add(title: str) -> int:
        new = NewCommitment(title=title, deadline=date(2025, 3, 1), ministry="LVVN", team=w.team_a.id)
        return use_case(w.db, services.add_commitment, new, "test").id

    proposed = add("Kamer informeren over de verkenning naar bodemdaling in veenweidegebieden")
    picked = add("Kamer informeren over de verkenning naar bodemdaling in kleigebieden")
    async with w.running():
        proposal = await _proposal(w, letter=UNDATED_DELAY.encode())
        assert "zonder nieuwe datum" in proposal.text
        assert [b["text"].split(" ", 1)[1] for b in proposal.buttons] == [
            "Nieuwe termijn",
            "Nee",
            "Andere kiezen",
        ]
        listing = await w.press(w.team_a, w.alice, proposal, button(proposal, "Andere kiezen"))
        before = len(w.fake.outbox(w.team_a))
        taken = await w.press(w.team_a, w.alice, listing, button(listing, f"#{picked} "))
        assert f"De nieuwe termijn van #{picked} vraag ik hieronder." in taken.text
        question = (await w.fake.wait_for_messages(w.team_a, before + 1, TIMEOUT))[before]
        # the letter's reason is kept: only the day is asked (found in a user trial: both were lost)
        assert f"wat wordt de nieuwe termijn van #{picked}? (Reden: Dit komt later" in question.text
        answer = await w.send(w.team_a, w.alice, "1 juni 2027", reply_to=question.message_id)
        assert f"#{picked} is uitgesteld" in answer.text
    item = use_case(w.db, services.get_commitment, picked, w.team_a.id)
    assert item.deadline == date(2027, 6, 1)
    assert item.history[-1].details() == [
        "1 maart 2025 → 1 juni 2027",
        "met brief ‘Uitstel verkenning bodemdaling veenweidegebieden’ van 3 februari 2025",
        "reden: Dit komt later doordat de provincies meer tijd nodig hebben om hun metingen aan te leveren.",
    ]
    assert use_case(w.db, services.get_commitment, proposed, w.team_a.id).deadline == date(2025, 3, 1)


async def test_look_alike_candidates_get_buttons_that_tell_them_apart(w: World) -> None:
    shared = "Motie Kuik over een landelijke meldplicht voor slachtoffers van mensenhandel, te melden"

    def add(title: str, ref: str) -> int:
        new = NewCommitment(title=title, kind=Kind.MOTIE, refs=(ref,), ministry="JenV", team=w.team_a.id)
        return use_case(w.db, services.add_commitment, new, "test").id

    wanted = add(f"{shared} bij CoMensha", "28638-180")
    other = add(f"{shared} bij gemeenten", "28638-181")
    async with w.running():
        proposal = await _proposal(w)
        listing = await w.press(w.team_a, w.alice, proposal, button(proposal, "Andere kiezen"))
        first, second = (b["text"] for b in listing.buttons[:2])
        assert first.startswith(f"#{wanted} ")
        assert second.startswith(f"#{other} ")
        assert "CoMensha" in first
        assert "gemeenten" in second
        assert f"#{wanted} {shared} bij CoMensha" in listing.text  # the whole titles above the buttons
        assert f"#{other} {shared} bij gemeenten" in listing.text
        assert all(len(b["text"]) <= 64 for b in listing.buttons)


async def test_the_original_proposal_can_still_be_chosen_from_the_list(w: World) -> None:
    wanted, other = _moties(w)
    async with w.running():
        proposal = await _proposal(w)
        listing = await w.press(w.team_a, w.alice, proposal, button(proposal, "Andere kiezen"))
        picked = await w.press(w.team_a, w.alice, listing, button(listing, f"#{wanted} "))
        assert f"#{wanted} is afgedaan" in picked.text
    assert use_case(w.db, services.get_commitment, wanted, w.team_a.id).motie_status == "afgedaan"
    assert use_case(w.db, services.get_commitment, other, w.team_a.id).status == "open"


async def test_a_postponement_names_the_letter_by_its_subject(w: World) -> None:
    item_id = _evaluation(w, date(2025, 4, 1))
    async with w.running():
        proposal = await _proposal(w, postponing=True)
        assert f"Deze brief lijkt #{item_id} uit te stellen tot" in proposal.text
        done = await w.press(w.team_a, w.alice, proposal, button(proposal, "Ja"))
        assert f"#{item_id} is uitgesteld" in done.text
    item = use_case(w.db, services.get_commitment, item_id, w.team_a.id)
    assert item.deadline == date(2025, 4, 30)
    subject = "Uitstel evaluatie Wet verplichte geestelijke gezondheidszorg"
    assert [(e.event, e.new, e.letter) for e in item.history[1:]] == [
        ("postponed", "2025-04-30", f"brief ‘{subject}’ van 20 maart 2025")
    ]


async def test_a_promise_the_postponement_restates_is_listed_as_the_stored_item_not_as_new(w: World) -> None:
    """The letter's "Ik verwacht u uiterlijk 30 april te informeren" is the postponed item's new moment: the
    listing names it as that item, and not even "Alles opslaan" stores it twice (trial 11: it did)."""
    item_id = _evaluation(w, date(2025, 4, 1))
    async with w.running():
        await _proposal(w, postponing=True)
        listing = next(m for m in w.fake.outbox(w.team_a) if "Alles opslaan" in str(m.buttons))
        assert f"⚠️ 1. is #{item_id} " in listing.text  # the promise recalled
        assert f"⚠️ 2. is #{item_id} " in listing.text  # its new moment
        assert "Dubbele overslaan" not in str(listing.buttons)  # nothing is merely alike
        answer = await w.press(w.team_a, w.alice, listing, button(listing, "Alles opslaan"))
        assert "niets nieuws om op te slaan" in answer.text
    stored = use_case(w.db, services.list_commitments, services.CommitmentQuery(team=w.team_a.id))
    assert [item.id for item in stored] == [item_id]


async def test_a_letter_sent_again_does_not_propose_the_postponement_it_already_made(w: World) -> None:
    """Found in a user trial: sent again, a letter proposed the same postponement again, though the item's
    history records it by that letter; accepting it then moved nothing."""
    item_id = _evaluation(w, date(2025, 4, 1))
    async with w.running():
        proposal = await _proposal(w, postponing=True)
        done = await w.press(w.team_a, w.alice, proposal, button(proposal, "Ja"))
        assert f"#{item_id} is uitgesteld" in done.text
        ask = await w.send(w.team_a, w.alice, "/brief")
        before = len(w.fake.outbox(w.team_a))
        w.fake.send_document(w.team_a, w.alice, "brief.txt", POSTPONING.read_bytes(), reply_to=ask.message_id)
        answers = await w.fake.wait_for_messages(w.team_a, before + 1, TIMEOUT)
        await w.send(w.team_a, w.alice, "/help")  # whatever the letter brings has been said by now
        again = [message.text for message in w.fake.outbox(w.team_a)[before:]]
        assert answers
        assert not any(f"lijkt #{item_id}" in text for text in again), again
    item = use_case(w.db, services.get_commitment, item_id, w.team_a.id)
    assert [event.event for event in item.history] == ["created", "postponed"]


async def test_a_letter_sent_again_after_its_postponement_was_undone_proposes_it_again(w: World) -> None:
    """Found in a user trial: after "Ongedaan maken" on a letter's postponement, the letter sent again no
    longer proposed it, nor named the item as its look-alike: the undone change counted as done."""
    item_id = _evaluation(w, date(2025, 4, 1))
    async with w.running():
        proposal = await _proposal(w, postponing=True)
        done = await w.press(w.team_a, w.alice, proposal, button(proposal, "Ja"))
        undone = await w.press(w.team_a, w.alice, done, button(done, "Ongedaan maken"))
        assert f"#{item_id} heeft weer als termijn 1 april 2025" in undone.text
        ask = await w.send(w.team_a, w.alice, "/brief")
        before = len(w.fake.outbox(w.team_a))
        w.fake.send_document(w.team_a, w.alice, "brief.txt", POSTPONING.read_bytes(), reply_to=ask.message_id)
        await w.fake.wait_for_messages(w.team_a, before + 1, TIMEOUT)
        await w.send(w.team_a, w.alice, "/help")  # whatever the letter brings has been said by now
        again = [message.text for message in w.fake.outbox(w.team_a)[before:]]
    assert any(f"Deze brief lijkt #{item_id} uit te stellen tot" in text for text in again), again
    assert any(f"⚠️ 1. is #{item_id} " in text for text in again), again


async def test_a_postponement_to_the_deadline_already_set_changes_nothing_and_says_so(w: World) -> None:
    item_id = _evaluation(w, date(2025, 4, 30))
    async with w.running():
        proposal = await _proposal(w, postponing=True)
        assert f"#{item_id} uit te stellen tot" in proposal.text
        answer = await w.press(w.team_a, w.alice, proposal, button(proposal, "Ja"))
        assert f"De termijn van #{item_id} staat al op 30 april 2025" in answer.text
        assert "Niets gewijzigd" in answer.text
    item = use_case(w.db, services.get_commitment, item_id, w.team_a.id)
    assert item.deadline == date(2025, 4, 30)
    assert [event.event for event in item.history] == ["created"]


async def test_matching_past_the_workers_limits_says_so_after_the_listing(
    w: World, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Matching runs in the worker process; past its time or memory the found items still stand and the
    chat hears, in Dutch, that the open items were not compared."""

    async def over_the_limit(*_args: object) -> None:
        raise LimitExceeded("Het lezen van dit bestand duurde langer dan 25 seconden.")

    _moties(w)
    monkeypatch.setattr(matching, "run_isolated", over_the_limit)
    async with w.running():
        ask = await w.send(w.team_a, w.alice, "/brief")
        before = len(w.fake.outbox(w.team_a))
        w.fake.send_document(w.team_a, w.alice, "brief.txt", LETTER.read_bytes(), reply_to=ask.message_id)
        listing, refusal = (await w.fake.wait_for_messages(w.team_a, before + 2, TIMEOUT))[before:]
    assert listing.text.startswith("Gevonden in brief ‘Meldplicht slachtoffers mensenhandel’")
    assert refusal.text.startswith("Of deze brief open toezeggingen afdoet of uitstelt, kon ik niet nagaan")
    assert not refusal.buttons


async def test_a_proposal_without_look_alikes_has_the_same_three_buttons(w: World) -> None:
    """Found in a user trial: a proposal with no other candidate offered Ja and Nee only, the next three
    buttons. "Andere kiezen" is always there and then says that no other open item came close."""
    new = NewCommitment(
        title="Kamer informeren over de verkenning naar bodemdaling in veenweidegebieden",
        deadline=date(2025, 3, 1),
        ministry="LVVN",
        team=w.team_a.id,
    )
    only = use_case(w.db, services.add_commitment, new, "test").id
    async with w.running():
        proposal = await _proposal(w, letter=UNDATED_DELAY.encode())
        assert f"#{only}" in proposal.text
        assert [b["text"].split(" ", 1)[1] for b in proposal.buttons][1:] == ["Nee", "Andere kiezen"]
        listing = await w.press(w.team_a, w.alice, proposal, button(proposal, "Andere kiezen"))
        assert "Geen ander open item lijkt op deze brief" in listing.text
        assert [b["text"].split(" ", 1)[0] for b in listing.buttons] == [f"#{only}", "✖️"]
