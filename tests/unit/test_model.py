"""Status transitions on the domain model, without a database."""

from collections.abc import Callable
from datetime import date

import pytest

from commitments.errors import EarlierDeadline, InvalidInput, InvalidTransition
from commitments.model import Commitment, EventType, Kind, MotieStatus, Status

TODAY = date(2026, 3, 1)


def _open(kind: Kind = Kind.TOEZEGGING) -> Commitment:
    return Commitment(
        id=1,
        kind=kind,
        title="Kamer informeren",
        status=Status.OPEN,
        deadline=date(2026, 4, 1),
        motie_status=MotieStatus.OPEN if kind == Kind.MOTIE else None,
    )


def test_fulfil_records_kamerstuk_and_history() -> None:
    item = _open()
    item.fulfil("anna", "28638-180")
    assert item.status == Status.VOLDAAN
    assert item.fulfilled_by == "28638-180"
    (event,) = item.history
    assert (event.event, event.by, event.old, event.new) == (
        EventType.STATUS_CHANGED,
        "anna",
        "open",
        "voldaan",
    )


def test_fulfilling_a_motie_discharges_it() -> None:
    item = _open(Kind.MOTIE)
    item.fulfil("anna")
    assert item.motie_status == MotieStatus.AFGEDAAN
    assert item.status_label == "afgedaan"


CLOSE_AGAIN: dict[str, Callable[[Commitment], None]] = {
    "fulfil": lambda item: item.fulfil("bert"),
    "drop": lambda item: item.drop("bert", "niet meer nodig"),
    "partly": lambda item: item.partly_fulfil("bert"),
    "postpone": lambda item: item.postpone("bert", date(2026, 9, 1), "later", TODAY),
}


@pytest.mark.parametrize("action", CLOSE_AGAIN)
def test_closed_item_cannot_be_changed_again(action: str) -> None:
    item = _open()
    item.fulfil("anna")
    with pytest.raises(InvalidTransition, match="al afgesloten"):
        CLOSE_AGAIN[action](item)
    assert len(item.history) == 1


def test_postpone_keeps_old_and_new_deadline_and_reason() -> None:
    item = _open()
    item.postpone("anna", date(2026, 7, 2), "Advies komt later", TODAY, "voor het zomerreces", estimate=True)
    assert item.status == Status.OPEN
    assert item.deadline == date(2026, 7, 2)
    assert item.deadline_text == "voor het zomerreces"
    assert item.estimate
    (event,) = item.history
    assert (event.event, event.old, event.new, event.reason) == (
        EventType.POSTPONED,
        "2026-04-01",
        "2026-07-02",
        "Advies komt later",
    )


def test_postpone_to_the_past_needs_saying_so() -> None:
    item = _open()
    with pytest.raises(InvalidInput, match="verleden"):
        item.postpone("anna", date(2026, 2, 1), "vergissing", TODAY)
    assert item.deadline == date(2026, 4, 1)
    item.postpone("anna", date(2026, 2, 1), "terugdatering", TODAY, allow_past=True)
    assert item.deadline == date(2026, 2, 1)


def test_postpone_to_before_the_current_deadline_needs_saying_so() -> None:
    item = _open()  # due 1 April 2026
    with pytest.raises(
        EarlierDeadline, match=r"15 maart 2026 is eerder dan de huidige termijn \(1 april 2026\)"
    ):
        item.postpone("anna", date(2026, 3, 15), "sneller klaar", TODAY)
    assert item.deadline == date(2026, 4, 1)
    item.postpone("anna", date(2026, 3, 15), "sneller klaar", TODAY, allow_past=True)
    assert item.deadline == date(2026, 3, 15)
    item.postpone("anna", date(2026, 3, 16), "een dag later", TODAY)  # later than now: no question
    assert item.deadline == date(2026, 3, 16)


def test_postpone_needs_a_reason() -> None:
    with pytest.raises(InvalidInput, match="reden"):
        _open().postpone("anna", date(2026, 7, 1), "  ", TODAY)


def test_drop_needs_a_reason_and_closes() -> None:
    item = _open()
    with pytest.raises(InvalidInput):
        item.drop("anna", "")
    item.drop("anna", "Wetsvoorstel ingetrokken")
    assert item.status == Status.VERVALLEN
    assert item.history[-1].reason == "Wetsvoorstel ingetrokken"


def test_partly_fulfilled_stays_active_until_fulfilled() -> None:
    item = _open()
    item.partly_fulfil("anna", reason="Deel 1 verstuurd")
    assert item.status == Status.DEELS_VOLDAAN
    assert not item.is_closed
    item.fulfil("anna", "28638-181")
    assert [(event.old, event.new) for event in item.history] == [
        ("open", "deels voldaan"),
        ("deels voldaan", "voldaan"),
    ]


def test_partly_fulfilling_twice_is_refused_and_writes_nothing() -> None:
    """Found in a user trial: a second /deels said "deels afgedaan" again and wrote "open → deels voldaan"."""
    item = _open()
    item.partly_fulfil("anna", reason="Eerste helft verstuurd")
    with pytest.raises(InvalidTransition, match="staat al op deels voldaan"):
        item.partly_fulfil("anna", reason="Nog eens")
    assert [(event.old, event.new) for event in item.history] == [("open", "deels voldaan")]


def test_reassign_records_old_and_new_owner() -> None:
    item = _open()
    item.owner = "piet"
    item.reassign("anna", "klaas")
    assert item.owner == "klaas"
    assert (item.history[-1].old, item.history[-1].new) == ("piet", "klaas")


def test_reassigning_to_the_owner_it_has_changes_nothing_and_says_so() -> None:
    item = _open()
    item.owner = "marieke"
    with pytest.raises(InvalidInput, match="al toegewezen aan @marieke"):
        item.reassign("anna", "Marieke")
    assert item.history == []


def test_an_edit_that_changes_nothing_names_the_field_with_its_article() -> None:
    """Found in a user trial: "De ministerie van #1 is al …" (ministerie is a het-word)."""
    item = _open()
    item.ministry = "IenW"
    with pytest.raises(InvalidInput, match=r"^Het ministerie van #1 is al ‘IenW’"):
        item.edit("anna", "ministerie", "ministry", "IenW", "IenW")
    item.title = "Kamer informeren"
    with pytest.raises(InvalidInput, match=r"^De titel van #1 is al"):
        item.edit("anna", "titel", "title", "Kamer informeren", "Kamer informeren")
