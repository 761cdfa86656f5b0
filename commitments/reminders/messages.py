"""The Dutch texts of reminders, in Telegram's HTML: everything that comes from users is escaped."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime
from html import escape

from commitments.dutch import dutch_date
from commitments.reminders.planner import BEFORE
from commitments.reminders.policy import ReminderPolicy
from commitments.titles import shorten

_USERNAME = re.compile(r"^[A-Za-z0-9_]{1,32}$")
MAX_LISTED = 25
MESSAGE_LIMIT = 4096  # Telegram's limit on a message's text


@dataclass(frozen=True)
class ReminderItem:
    """What a reminder message says about one commitment slot."""

    commitment_id: int
    title: str
    deadline: date
    owner: str | None
    slot: str
    due_at: datetime


def mention(owner: str | None) -> str:
    if not owner:
        return "nog geen eigenaar"
    return f"@{owner}" if _USERNAME.match(owner) else escape(owner)


def _state(deadline: date, today: date) -> str:
    """The deadline as it stands today."""
    if deadline < today:
        return f"termijn verstreken op {dutch_date(deadline)}, {(today - deadline).days} dagen geleden"
    if deadline == today:
        return f"termijn vandaag: {dutch_date(deadline)}"
    return f"termijn {dutch_date(deadline)}"


def _when(item: ReminderItem, today: date) -> str:
    """What the slot announces: "over 5 werkdagen" before the deadline, the state of it otherwise."""
    if item.slot.startswith(BEFORE):
        days = int(item.slot.removeprefix(BEFORE))
        return f"termijn over {days} {'werkdag' if days == 1 else 'werkdagen'}: {dutch_date(item.deadline)}"
    return _state(item.deadline, today)


def reminder_text(item: ReminderItem, policy: ReminderPolicy, now: datetime, late: bool) -> str:
    today = policy.local(now).date()
    text = f"⏰ <b>Herinnering</b> #{item.commitment_id}: {escape(item.title)}\n"
    text += f"{_when(item, today).capitalize()}\n{mention(item.owner)}"
    if late:
        planned = policy.local(item.due_at)
        text += f"\n<i>Te laat verstuurd; gepland voor {dutch_date(planned.date())} {planned:%H:%M}.</i>"
    return text


def list_title(title: str) -> str:
    """A title as one line of a list: shortened, then escaped."""
    return escape(shorten(title))


def bullet_list(lines: Sequence[str], budget: int) -> str:
    """At most ``MAX_LISTED`` lines within ``budget`` characters, then how many more there are, so a
    message of several lists stays under Telegram's limit."""
    shown: list[str] = []
    used = 0
    for line in lines[:MAX_LISTED]:
        bullet = f"• {line}"
        if used + len(bullet) + 1 > budget:
            break
        shown.append(bullet)
        used += len(bullet) + 1
    if len(shown) < len(lines):
        shown.append(f"… en nog {len(lines) - len(shown)}")
    return "\n".join(shown)


def catch_up_text(items: Sequence[ReminderItem], policy: ReminderPolicy, now: datetime) -> str:
    """One message for reminders missed longer ago than the grace period: each commitment once."""
    today = policy.local(now).date()
    latest: dict[int, ReminderItem] = {}
    for item in sorted(items, key=lambda item: item.due_at):
        latest[item.commitment_id] = item
    lines = [
        f"#{item.commitment_id} {list_title(item.title)}: {_state(item.deadline, today)} "
        + mention(item.owner)
        for item in sorted(latest.values(), key=lambda item: item.deadline)
    ]
    return (
        "🔁 <b>Gemiste herinneringen</b>\n"
        "Deze herinneringen konden niet op tijd worden verstuurd:\n" + bullet_list(lines, MESSAGE_LIMIT - 200)
    )
