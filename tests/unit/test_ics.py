"""The deadline calendar: one all-day event per dated open item, stable UIDs, Dutch text."""

from __future__ import annotations

from dataclasses import replace
from datetime import UTC, date, datetime

from icalendar import Calendar, Event

from commitments.export.ics import calendar_ics
from commitments.records import CommitmentRecord

STAMP = datetime(2026, 1, 2, 10, 0, tzinfo=UTC)
BASE = CommitmentRecord(
    id=12,
    kind="toezegging",
    title="Brief over de handreiking",
    quote="Ik zal uw Kamer voor het zomerreces informeren.",
    deadline=date(2026, 7, 2),
    deadline_text="voor het zomerreces",
    estimate=True,
    recurring=None,
    status="open",
    motie_status=None,
    ministry="JenV",
    post="Minister van Justitie en Veiligheid",
    person="D. Yesilgöz",
    refs=("28638-178",),
    owner="anna",
    team=-1001,
    document_id=None,
    fulfilled_by=None,
    created_at=STAMP,
    updated_at=STAMP,
    version=3,
)


def _events(data: bytes) -> list[Event]:
    return [event for event in Calendar.from_ical(data).walk("VEVENT") if isinstance(event, Event)]


def test_one_all_day_event_per_dated_open_item() -> None:
    items = [
        BASE,
        replace(BASE, id=13, deadline=None, deadline_text="binnenkort"),
        replace(BASE, id=14, status="voldaan"),
        replace(BASE, id=15, kind="motie", motie_status="afgedaan"),
        replace(BASE, id=16, status="deels_voldaan", estimate=False, deadline=date(2026, 3, 31)),
    ]
    calendar = Calendar.from_ical(calendar_ics(items, "Toezeggingen – Team JenV"))
    assert str(calendar["X-WR-CALNAME"]) == "Toezeggingen – Team JenV"
    events = list(calendar.walk("VEVENT"))
    assert [str(event["UID"]) for event in events] == [
        "toezegging-12-team--1001@toezegbot",
        "toezegging-16-team--1001@toezegbot",
    ]
    first = events[0]
    assert first.decoded("DTSTART") == date(2026, 7, 2)
    assert first.decoded("DTEND") == date(2026, 7, 3)
    assert str(first["SUMMARY"]) == "#12 Brief over de handreiking (schatting)"
    assert str(events[1]["SUMMARY"]) == "#16 Brief over de handreiking"
    assert first.decoded("SEQUENCE") == 3
    description = str(first["DESCRIPTION"])
    for part in (
        "Termijn: 2 juli 2026 (schatting)",
        "Bewindspersoon: Minister van Justitie en Veiligheid (D. Yesilgöz)",
        "Ministerie: JenV",
        "Kamerstuk: 28638-178",
        "Eigenaar: anna",
        "Termijn zoals geschreven: voor het zomerreces",
        "Citaat: Ik zal uw Kamer voor het zomerreces informeren.",
    ):
        assert part in description


def test_the_same_items_give_the_same_file_and_uids_differ_per_team() -> None:
    assert calendar_ics([BASE], "x") == calendar_ics([BASE], "x")
    other_team = _events(calendar_ics([replace(BASE, team=-2002)], "x"))[0]
    no_team = _events(calendar_ics([replace(BASE, team=None)], "x"))[0]
    assert str(other_team["UID"]) == "toezegging-12-team--2002@toezegbot"
    assert str(no_team["UID"]) == "toezegging-12-team-geen-team@toezegbot"


def test_an_empty_calendar_is_still_valid() -> None:
    calendar = Calendar.from_ical(calendar_ics([], "Toezeggingen"))
    assert str(calendar["VERSION"]) == "2.0"
    assert list(calendar.walk("VEVENT")) == []
