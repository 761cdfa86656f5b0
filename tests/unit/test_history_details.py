"""What a change in an item's history says, in words: one reading for the card, the export and the CLI."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from commitments.records import HistoryRecord

AT = datetime(2026, 3, 2, 9, tzinfo=UTC)


def _event(event: str, old: str | None = None, new: str | None = None, **more: str) -> HistoryRecord:
    return HistoryRecord(AT, "anna", event, old, new, more.get("reason"), letter=more.get("letter"))


@pytest.mark.parametrize(
    ("event", "details"),
    [
        (_event("created", new="open"), []),
        # found in a user trial: "aangemaakt: reden: volgende keer van #1"; a creation says where it came from
        (_event("created", new="open", reason="volgende keer van #4"), ["volgende keer van #4"]),
        (_event("status_changed", "vervallen", "open"), ["vervallen → open"]),  # /heropen without a reason
        (
            _event("postponed", "2026-07-02", "2026-09-30", reason="drukte"),
            ["2 juli 2026 → 30 september 2026", "reden: drukte"],
        ),
        (_event("postponed", "voor de zomer", None), ["voor de zomer → geen termijn"]),
        (_event("edited", "Brief X", "Brief Y"), ["Brief X → Brief Y"]),
        (_event("edited", "titel: Brief: X", "titel: Brief Y"), ["titel: Brief: X → Brief Y"]),
        (
            _event("edited", "bewindspersoon: -", "bewindspersoon: Minister van BZK"),
            ["bewindspersoon: - → Minister van BZK"],
        ),
        (_event("edited", "eigenaar: jan", "eigenaar: @piet"), ["eigenaar: @jan → @piet"]),
        # found in a user trial: an empty owner was "-" in one line and "niemand" in the next
        (_event("edited", "eigenaar: -", "eigenaar: @piet"), ["eigenaar: niemand → @piet"]),
        (_event("edited", "eigenaar: piet", "eigenaar: niemand"), ["eigenaar: @piet → niemand"]),
        # found in a user trial: "soort: motie → product" beside "soort: deliverable → motie"
        (_event("edited", "soort: deliverable", "soort: motie"), ["soort: product → motie"]),
        (_event("edited", "soort: motie", "soort: product"), ["soort: motie → product"]),
        (_event("reassigned", None, "jan"), ["@jan"]),
        (_event("reassigned", "jan", "piet"), ["@jan → @piet"]),
        (_event("reassigned", "jan", "Jan de Vries"), ["@jan → Jan de Vries"]),  # a register's name, no user
        (_event("edited", None, "jan"), ["jan"]),
        (
            _event("status_changed", "open", "voldaan", letter="brief ‘Jeugdzorg’ van 20 februari 2026"),
            ["open → voldaan", "met brief ‘Jeugdzorg’ van 20 februari 2026"],
        ),
        (
            _event("status_changed", "open", "voldaan", reason="28638-180"),
            ["open → voldaan", "met Kamerstuk 28638-180"],
        ),
    ],
)
def test_a_change_in_words(event: HistoryRecord, details: list[str]) -> None:
    assert event.details() == details


@pytest.mark.parametrize(
    ("event", "label"),
    [
        (_event("postponed", "2026-07-02", "2026-09-30"), "uitgesteld"),
        # found in a user trial: undoing a postponement was "uitgesteld: 30 september → 31 maart"
        (_event("postponed", "2027-09-30", "2027-03-31", reason="ongedaan gemaakt"), "termijn vervroegd"),
        (_event("postponed", "voor de zomer", None), "uitgesteld"),
        (_event("status_changed", "open", "voldaan"), "status gewijzigd"),
    ],
)
def test_a_change_is_named_by_what_it_did(event: HistoryRecord, label: str) -> None:
    assert event.label == label
