"""Reminders, catch-ups and weekly digests as Telegram HTML.

The domain says what a notice holds (:mod:`commitments.reminders.notices`); here it gets its Dutch words
and markup. Everything a person typed is escaped, titles in lists are shortened to one line, and a notice
too long for one message continues in the next (counted in UTF-16 units, as Telegram counts).
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.render import esc, fit, split
from commitments.dutch import deadline_label, dutch_date
from commitments.reminders.notices import (
    CatchUp,
    Digest,
    DigestItem,
    DigestSection,
    DueItem,
    Notice,
    ReminderNotice,
    Section,
)
from commitments.titles import shorten
from commitments.usernames import shown_username

MAX_LISTED = 25
"""Items a list shows before it says how many more there are and which command shows them all."""

_HEADINGS = {
    Section.OVERDUE: "Termijn verstreken ({count})",
    Section.SOON: "Binnen twee weken ({count})",
    Section.UNDATED: "Zonder termijn ({count}): stel er een in met /wijzig ID termijn …",
    Section.CLOSED: "Afgesloten afgelopen week ({count})",
}
_SHOWN_BY = {Section.OVERDUE: "/verlopen", Section.SOON: "/maand", Section.UNDATED: "/open"}
"""The command that lists a whole section; a section without one is listed whole here."""


def _mention(owner: str | None) -> str:
    """The owner as a Telegram mention when it is a username, else as typed (escaped)."""
    if not owner:
        return "nog geen eigenaar"
    return esc(shown_username(owner))


def _title(title: str) -> str:
    """A title as one line of a list: shortened, then escaped."""
    return esc(shorten(title))


def _state(item: DueItem) -> str:
    """The deadline as it stands on the day of sending."""
    deadline = deadline_label(item.deadline, item.estimate)
    if item.days_left < 0:
        ago = -item.days_left
        return f"termijn verstreken op {deadline}, {ago} {'dag' if ago == 1 else 'dagen'} geleden"
    if item.days_left == 0:
        return f"termijn vandaag: {deadline}"
    return f"termijn {deadline}"


def _when(notice: ReminderNotice) -> str:
    """What the reminder announces: "over 5 werkdagen" before the deadline, the state of it otherwise."""
    days = notice.workdays_before
    if days is None:
        return _state(notice.item)
    unit = "werkdag" if days == 1 else "werkdagen"
    return f"termijn over {days} {unit}: {deadline_label(notice.item.deadline, notice.item.estimate)}"


def reminder_message(notice: ReminderNotice) -> str:
    item = notice.item
    text = f"⏰ <b>Herinnering</b> #{item.commitment_id}: {esc(item.title)}\n"
    text += f"{_when(notice).capitalize()}\n{_mention(item.owner)}"
    if notice.planned_for is not None:
        planned = notice.planned_for
        text += f"\n<i>Te laat verstuurd; gepland voor {dutch_date(planned.date())} {planned:%H:%M}.</i>"
    return fit(text)


def _listed(lines: Sequence[str], shown_by: str | None) -> list[str]:
    """Bullets: all of them when no command lists them, else at most :data:`MAX_LISTED`, then how many more
    there are and the command that shows them."""
    if shown_by is None:
        return [f"• {line}" for line in lines]
    shown = [f"• {line}" for line in lines[:MAX_LISTED]]
    if len(lines) > MAX_LISTED:
        shown.append(f"… en nog {len(lines) - MAX_LISTED}: {shown_by} toont ze allemaal")
    return shown


def catch_up_messages(notice: CatchUp) -> list[str]:
    heading = "🔁 <b>Gemiste herinneringen</b>"
    lines = [
        f"#{item.commitment_id} {_title(item.title)}: {_state(item)} · {_mention(item.owner)}"
        for item in notice.items
    ]
    intro = f"{heading}\nDeze herinneringen konden niet op tijd worden verstuurd:"
    return split([intro, *_listed(lines, "/open")], f"{heading} (vervolg)")


def _digest_line(section: Section, item: DigestItem) -> str:
    if section is Section.CLOSED:
        return f"#{item.commitment_id} {_title(item.title)} ({esc(item.status)})"
    if section is Section.UNDATED:
        return f"#{item.commitment_id} {_title(item.title)} {_mention(item.owner)}"
    # in brackets already: "(17 december 2026, schatting)", not a bracket within a bracket
    deadline = deadline_label(item.deadline, estimate=False) + (
        ", schatting" if item.estimate and item.deadline else ""
    )
    return f"#{item.commitment_id} {_title(item.title)} ({deadline}) {_mention(item.owner)}"


def _section_lines(section: DigestSection) -> list[str]:
    """The section's lines; its heading goes with its first item, so no message ends on a heading."""
    lines = [_digest_line(section.section, item) for item in section.items]
    bullets = _listed(lines, _SHOWN_BY.get(section.section))
    heading = _HEADINGS[section.section].format(count=len(section.items))
    return [f"\n<b>{heading}</b>\n{bullets[0]}", *bullets[1:]]


def digest_messages(digest: Digest) -> list[str]:
    heading = f"📋 <b>Weekoverzicht {dutch_date(digest.day)}</b>"
    lines = [heading]
    for section in digest.sections:
        lines.extend(_section_lines(section))
    return split(lines, f"{heading} (vervolg)")


def notice_messages(notice: Notice) -> list[str]:
    """The messages that carry ``notice``, in order, each within Telegram's limit."""
    if isinstance(notice, ReminderNotice):
        return [reminder_message(notice)]
    if isinstance(notice, CatchUp):
        return catch_up_messages(notice)
    return digest_messages(notice)
