"""Turning domain records into Telegram HTML: cards, lists and pages, always under Telegram's limit.

Every string a person or a document supplied goes through :func:`esc`; every item shows its ``#ID`` and its
deadline as a Dutch date.
"""

from __future__ import annotations

import html
import re
from collections.abc import Callable, Iterable, Mapping, Sequence
from datetime import date, tzinfo

from commitments.clock import local_day
from commitments.dutch import (
    KIND_LABELS,
    STATUS_LABELS,
    deadline_label,
    dutch_date,
    recurrence_label,
)
from commitments.model import MotieStatus
from commitments.records import CommitmentRecord, HistoryRecord, ListedItem, PostCount
from commitments.services import NewCommitment, page_count
from commitments.usernames import bare_username

MAX_MESSAGE = 4096
"""Telegram's limit on a message's text, in UTF-16 units (counted here on the HTML, which is never shorter
than the text Telegram counts)."""
PAGE_SIZE = 8
TITLE_LIMIT = 240
FIELD_LIMIT = 80
LETTER_NAME_LIMIT = 200
"""A letter named in a list's heading: its subject and date ("brief ‘…’ van 10 december 2026"), which a long
subject would push past FIELD_LIMIT and lose."""
FULL_QUOTE_LIMIT = MAX_MESSAGE // 2
"""A quote in the full view of one item (/toon): whole but for a very long one, leaving room for its
history."""
ECHO_LIMIT = 200
OVERDUE = "⚠️"
CUT = "… <i>(ingekort: de rest past niet in één Telegram-bericht)</i>"
SHORTENED = " (ingekort)"
CANCEL_HINT = "‘annuleer’ stopt."
"""Ends every question the bot waits for an answer to: the words of ``commitments.pending.CANCEL_WORDS``
end it."""
_HTML_TOKEN = re.compile(r"<[^>]*>|&[#\w]+;|.", re.DOTALL)
_TAG = re.compile(r"<(/?)([a-zA-Z][\w-]*)")
_WORD = re.compile(r"[^\W\d_]+")


def esc(text: str) -> str:
    """Escape text for Telegram's HTML parse mode."""
    return html.escape(text, quote=False)


def addressed(mention: str, text: str) -> str:
    """``text`` (HTML) addressed to a person: "@jan, wat is de termijn?". The sentence goes on after the
    comma, so its capital goes; a word that is capitalised throughout or inside ("MinVWS", "EU") keeps it."""
    word = _WORD.match(text)
    if word is not None and word[0][0].isupper() and word[0][1:].islower():
        text = text[0].lower() + text[1:]
    return f"{mention}, {text}"


def short(text: str, limit: int) -> str:
    """``text`` escaped, cut (with "…") so the escaped form stays within ``limit`` UTF-16 units."""
    text = " ".join(text.split())
    escaped = esc(text)
    if telegram_length(escaped) <= limit:
        return escaped
    return _head(text, limit - 1, esc) + "…"


def echo(text: str) -> str:
    """Text a user typed, to quote back (plain, not yet escaped): beyond :data:`ECHO_LIMIT` UTF-16 units it
    is cut with "…" and says it was shortened, so that a long argument never crowds out the answer."""
    text = " ".join(text.split())
    if telegram_length(text) <= ECHO_LIMIT:
        return text
    return _head(text, ECHO_LIMIT) + "…" + SHORTENED


def _head(text: str, room: int, write: Callable[[str], str] = str) -> str:
    """The start of ``text``, each character as ``write`` makes it (escaped, say), within ``room`` UTF-16
    units: a character is never split, nor its escape."""
    kept: list[str] = []
    used = 0
    for char in text:
        written = write(char)
        used += telegram_length(written)
        if used > room:
            break
        kept.append(written)
    return "".join(kept)


def telegram_length(text: str) -> int:
    """Length as Telegram counts it: UTF-16 code units (one per character of ASCII text, which most of a
    list's fields are: counted without encoding them, as each line counts several)."""
    if text.isascii():
        return len(text)
    return len(text.encode("utf-16-le", errors="surrogatepass")) // 2


def fit(text: str, limit: int = MAX_MESSAGE) -> str:
    """``text`` within one message: whole lines while they fit (lines are complete HTML), then :data:`CUT`
    saying the rest was left out; a first line that alone is too long is cut inside, its tags closed."""
    if telegram_length(text) <= limit:
        return text
    room = limit - telegram_length("\n" + CUT)
    kept: list[str] = []
    used = 0
    for line in text.split("\n"):
        used += telegram_length(line) + (1 if kept else 0)
        if used > room:
            break
        kept.append(line)
    if not kept:
        return _cut_html(text.split("\n", 1)[0], room) + CUT
    return "\n".join(kept) + "\n" + CUT


def split(lines: Sequence[str], continued: str) -> list[str]:
    """``lines`` (each complete HTML; one may span several lines of text) as messages within
    :data:`MAX_MESSAGE` UTF-16 units: whole lines while they fit, then a next message that opens with
    ``continued`` (a heading saying so). Nothing is left out; only a line too long for a message of its own
    is cut, by :func:`fit`."""
    messages: list[list[str]] = [[]]
    used = 0
    for line in lines:
        current = messages[-1]
        if current and used + 1 + telegram_length(line) > MAX_MESSAGE:
            current = [continued]
            messages.append(current)
            used = telegram_length(continued)
        room = MAX_MESSAGE - used - (1 if current else 0)
        if telegram_length(line) > room:
            line = fit(line, room)
        used += telegram_length(line) + (1 if current else 0)
        current.append(line)
    return ["\n".join(message) for message in messages if message]


def _cut_html(line: str, room: int) -> str:
    """The start of one line of Telegram HTML within ``room`` UTF-16 units, cut between characters (never
    inside a tag or an entity), with the tags still open closed again."""
    out: list[str] = []
    open_tags: list[str] = []
    used = 0
    for token in _HTML_TOKEN.findall(line):
        tag = _TAG.match(token)
        closing = sum(len(name) + 3 for name in open_tags)
        if tag and tag[1]:
            if open_tags and open_tags[-1] == tag[2].lower():
                open_tags.pop()
            out.append(token)
            used += telegram_length(token)
            continue
        cost = telegram_length(token) + (len(tag[2]) + 3 if tag else 0)
        if used + cost + closing > room:
            break
        if tag:
            open_tags.append(tag[2].lower())
        out.append(token)
        used += telegram_length(token)
    return "".join(out) + "".join(f"</{name}>" for name in reversed(open_tags))


def _who(post: str | None, ministry: str | None, person: str | None) -> str:
    label = post or ministry or "onbekende bewindspersoon"
    if person:
        label = f"{label} ({person})"
    return short(label, FIELD_LIMIT)


def _deadline(day: date | None, estimate: bool, text: str | None) -> str:
    return short(deadline_label(day, estimate, text), FIELD_LIMIT)


def item_line(item: CommitmentRecord | ListedItem, today: date) -> str:
    """One line of a list: overdue marker, ``#ID``, deadline, kind, who and the title."""
    marker = f"{OVERDUE} " if item.is_overdue(today) else "• "
    status = "" if item.status == "open" else f" [{esc(_status(item))}]"
    owner = f" · @{short(item.owner, FIELD_LIMIT)}" if item.owner else ""
    return (
        f"{marker}<b>#{item.id}</b> · {_deadline(item.deadline, item.estimate, item.deadline_text)} · "
        f"{esc(KIND_LABELS.get(item.kind, item.kind))}{status} · "
        f"{short(item.ministry or item.post or '-', FIELD_LIMIT)}{owner}\n"
        f"    {short(item.title, TITLE_LIMIT)}"
    )


def _status(item: CommitmentRecord | ListedItem) -> str:
    key = item.motie_status if item.motie_status == "afgedaan" else item.status
    return STATUS_LABELS.get(key or "", key or "")


def _history_line(event: HistoryRecord, tz: tzinfo) -> str:
    label = event.label
    details = "; ".join(short(part, TITLE_LIMIT) for part in event.details())
    suffix = f": {details}" if details else ""
    return f"– {dutch_date(local_day(event.at, tz))}, {label} door {short(event.by, FIELD_LIMIT)}{suffix}"


def commitment_card(item: CommitmentRecord, today: date, history_tz: tzinfo | None = None) -> str:
    """A saved commitment with everything known about it; with ``history_tz`` also its history, each
    change on its day in that time zone (where the team works)."""
    overdue = f" {OVERDUE} verlopen" if item.is_overdue(today) else ""
    lines = [
        f"<b>#{item.id}</b> · {esc(KIND_LABELS.get(item.kind, item.kind))} · {esc(_status(item))}{overdue}",
        f"<b>{short(item.title, TITLE_LIMIT * 2)}</b>",
        f"Termijn: {_deadline(item.deadline, item.estimate, item.deadline_text)}",
        f"Bewindspersoon: {_who(item.post, item.ministry, item.person)}",
    ]
    if item.recurring:
        follows = f" (volgt op #{item.follows})" if item.follows else ""
        lines.append(f"Terugkerend: {short(recurrence_label(item.recurring), FIELD_LIMIT)}{follows}")
    if item.refs:
        lines.append(f"Kamerstukken: {short(', '.join(item.refs), TITLE_LIMIT)}")
    if item.owner:
        lines.append(f"Eigenaar: @{short(item.owner, FIELD_LIMIT)}")
    if item.fulfilled_by:
        lines.append(f"Afgedaan met: {short(item.fulfilled_by, FIELD_LIMIT)}")
    if item.source:
        lines.append(f"Uit: {short(item.source, TITLE_LIMIT)}")
    if item.quote:  # whole in the full view (/toon), so a long promise can be read in the chat
        quote_limit = FULL_QUOTE_LIMIT if history_tz is not None else TITLE_LIMIT * 2
        lines.append(f"<i>“{short(item.quote, quote_limit)}”</i>")
    if history_tz is not None and item.history:
        lines.append("\n<b>Geschiedenis</b>")
        lines.extend(_history_line(event, history_tz) for event in item.history)
    return fit("\n".join(lines))


ASKED_DEADLINE = "nog onbekend, zie de vraag hieronder"
"""The deadline line of a card that asks for it: not "geen termijn", which the person has yet to choose."""


def _new_lines(new: NewCommitment, asking_deadline: bool) -> list[str]:
    unread = asking_deadline and new.deadline_text is None
    lines = [
        f"Soort: {esc(KIND_LABELS.get(new.kind.value, new.kind.value))}",
        f"Omschrijving: {short(new.title, TITLE_LIMIT)}",
        f"Termijn: {ASKED_DEADLINE if unread else _deadline(new.deadline, new.estimate, new.deadline_text)}",
        f"Bewindspersoon: {_who(new.post, new.ministry, new.person)}",
    ]
    if new.recurring:  # as the saved card says it
        lines.append(f"Terugkerend: {short(recurrence_label(new.recurring), FIELD_LIMIT)}")
    if new.refs:
        lines.append(f"Kamerstukken: {short(', '.join(new.refs), TITLE_LIMIT)}")
    if new.owner:
        lines.append(f"Eigenaar: @{short(bare_username(new.owner), FIELD_LIMIT)}")
    return lines


NEW_KIND = {"toezegging": "Nieuwe toezegging", "motie": "Nieuwe motie", "deliverable": "Nieuw product"}


def draft_card(new: NewCommitment, asking_deadline: bool = False) -> str:
    """A new commitment waiting for "Opslaan" (or, ``asking_deadline``, for its deadline first)."""
    heading = NEW_KIND.get(new.kind.value, NEW_KIND["toezegging"])
    return fit("\n".join([f"<b>{heading} – klopt dit?</b>", *_new_lines(new, asking_deadline)]))


def saved(item: CommitmentRecord, today: date) -> str:
    """Confirmation after saving, with the card."""
    return fit(f"Opgeslagen als <b>#{item.id}</b>.\n\n{commitment_card(item, today)}")


def found_items(
    items: Sequence[NewCommitment],
    source: str,
    today: date,
    chosen: Sequence[int] | None = None,
    page: int = 1,
) -> str:
    """One page of the numbered list of what a document contains (numbers run over all pages); a deadline
    already past is marked as a saved item's is, so the person sees it before choosing."""
    name = short(source, LETTER_NAME_LIMIT)
    if not items:
        return f"In {name} heb ik geen toezeggingen, moties of producten gevonden."
    lines = [f"<b>Gevonden in {name}: {len(items)}</b>"]
    first = (page - 1) * PAGE_SIZE
    for number, item in enumerate(items[first : first + PAGE_SIZE], start=first + 1):
        mark = ("✅ " if number in chosen else "⬜ ") if chosen is not None else ""
        discharged = item.motie_status is MotieStatus.AFGEDAAN
        done = f" [{STATUS_LABELS['afgedaan']}]" if discharged else ""
        past = item.deadline is not None and item.deadline < today and not discharged
        overdue = f" {OVERDUE} verlopen" if past else ""
        lines.append(
            f"{mark}<b>{number}.</b> {esc(KIND_LABELS.get(item.kind.value, item.kind.value))}{done} · "
            f"{_deadline(item.deadline, item.estimate, item.deadline_text)}{overdue} · "
            f"{_who(item.post, item.ministry, item.person)}\n    {short(item.title, 160)}"
        )
    pages = pages_for(len(items))
    if pages > 1:
        lines.append(f"\nPagina {page} van {pages}")
    if chosen is not None:
        lines.append("\nTik de nummers aan die je wilt bewaren en kies dan ‘Gekozen opslaan’.")
    return fit("\n".join(lines))


def pages_for(total: int) -> int:
    """How many pages a list of ``total`` items takes in the chat."""
    return page_count(total, PAGE_SIZE)


def list_page(
    heading: str,
    items: Iterable[CommitmentRecord | ListedItem],
    page: int,
    total: int,
    today: date,
    note: str | None = None,
) -> str:
    """One page of a list; ``heading`` is already HTML, ``note`` (plain text) goes under it."""
    lines = [f"<b>{heading}</b> ({total})", *([f"<i>{esc(note)}</i>"] if note else [])]
    for group, items_of_group in _by_deadline(items):
        lines.extend([*([group] if group else []), *(item_line(item, today) for item in items_of_group)])
    if total == 0:
        lines.append("Niets gevonden.")
    pages = pages_for(total)
    if pages > 1:
        lines.append(f"\nPagina {page} van {pages}")
    return fit("\n".join(lines))


_UNDATED_OPEN = "<i>Zonder termijn</i> (stel er een in met /wijzig ID termijn …)"
_UNDATED_CLOSED = "<i>Afgesloten, zonder termijn</i>"


def _by_deadline(
    items: Iterable[CommitmentRecord | ListedItem],
) -> list[tuple[str | None, list[CommitmentRecord | ListedItem]]]:
    """A page's items in their order, grouped under a heading: the dated ones (none), the open ones without a
    deadline (with how to set one) and the closed ones without a deadline (a closed item needs none)."""
    dated: list[CommitmentRecord | ListedItem] = []
    undated: dict[bool, list[CommitmentRecord | ListedItem]] = {True: [], False: []}
    for item in items:
        (dated if item.deadline is not None else undated[item.is_open]).append(item)
    groups = [(None, dated), (_UNDATED_OPEN, undated[True]), (_UNDATED_CLOSED, undated[False])]
    return [(heading, group) for heading, group in groups if group]


def ministers(rows: Sequence[PostCount], holders: Mapping[str, str] | None = None) -> str:
    """Open and overdue counts per ministry and, under it, per post (with who holds it, when known)."""
    names = holders or {}
    if not rows:
        return "Er staan geen open toezeggingen."
    by_ministry: dict[str, list[PostCount]] = {}
    for row in rows:
        by_ministry.setdefault(row.ministry or "onbekend", []).append(row)
    lines = ["<b>Open toezeggingen per ministerie en bewindspersoon</b>"]
    ordered = sorted(by_ministry.items(), key=lambda entry: -sum(row.open for row in entry[1]))
    for ministry, posts in ordered:
        open_count = sum(row.open for row in posts)
        overdue = sum(row.overdue for row in posts)
        lines.append(f"\n<b>{short(ministry, FIELD_LIMIT)}</b>: {open_count} open, {overdue} verlopen")
        lines.extend(
            f"  • {_who(row.post, None, names.get(row.post or ''))}: {row.open} open, {row.overdue} verlopen"
            for row in posts
        )
    return fit("\n".join(lines))
