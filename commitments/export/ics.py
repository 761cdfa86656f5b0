"""An iCalendar file of a team's deadlines: one all-day event per dated, still active commitment.

The UID is stable per commitment and team and SEQUENCE follows the item's version, so a calendar that
subscribes to or re-imports the file updates events instead of doubling them.
"""

from __future__ import annotations

from collections.abc import Iterable
from datetime import timedelta

from icalendar import Calendar, Event

from commitments.dutch import KIND_LABELS, deadline_label
from commitments.records import CommitmentRecord

PRODID = "-//toezegbot//Toezeggingen//NL"


def event_uid(item: CommitmentRecord) -> str:
    team = "geen-team" if item.team is None else str(item.team)
    return f"toezegging-{item.id}-team-{team}@toezegbot"


def _description(item: CommitmentRecord) -> str:
    lines = [
        f"Termijn: {deadline_label(item.deadline, item.estimate)}",
        f"Soort: {KIND_LABELS[item.kind]}",
        f"Bewindspersoon: {item.post or '-'}" + (f" ({item.person})" if item.person else ""),
        f"Ministerie: {item.ministry or '-'}",
        f"Kamerstuk: {', '.join(item.refs) or '-'}",
        f"Eigenaar: {item.owner or '-'}",
    ]
    if item.deadline_text:
        lines.append(f"Termijn zoals geschreven: {item.deadline_text}")
    if item.quote:
        lines.append(f"Citaat: {item.quote}")
    return "\n".join(lines)


def _event(item: CommitmentRecord) -> Event:
    assert item.deadline is not None
    event = Event()
    event.add("uid", event_uid(item))
    event.add("dtstamp", item.updated_at)
    event.add("last-modified", item.updated_at)
    event.add("sequence", item.version)
    event.add("dtstart", item.deadline)
    event.add("dtend", item.deadline + timedelta(days=1))
    event.add("summary", f"#{item.id} {item.title}" + (" (schatting)" if item.estimate else ""))
    event.add("description", _description(item))
    event.add("categories", [KIND_LABELS[item.kind]])
    event.add("transp", "TRANSPARENT")
    return event


def calendar_ics(items: Iterable[CommitmentRecord], name: str) -> bytes:
    """The calendar named ``name`` with an event for each item that is open and has a date."""
    calendar = Calendar()
    calendar.add("prodid", PRODID)
    calendar.add("version", "2.0")
    calendar.add("calscale", "GREGORIAN")
    calendar.add("x-wr-calname", name)
    for item in sorted(items, key=lambda item: item.id):
        if item.is_open and item.deadline is not None:
            calendar.add_component(_event(item))
    return bytes(calendar.to_ical())
