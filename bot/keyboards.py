"""Inline keyboards and their callback data.

Callback data carry only a scope letter, an id and a short action, for example ``d:12:save``; their
grammar is in :mod:`bot.callbacks`. :func:`callback` is the one place that builds them and checks that the
decoder reads them back (and that they fit Telegram's 64 bytes).
"""

from __future__ import annotations

from collections.abc import Callable, Sequence

from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.callbacks import decode
from bot.render import PAGE_SIZE, pages_for
from commitments.records import CommitmentRecord


def callback(*parts: str | int) -> str:
    """Join parts into callback data, refusing anything the decoder would not read back."""
    data = ":".join(str(part) for part in parts)
    if decode(data) is None:
        raise ValueError(f"invalid callback data: {data!r}")
    return data


def _button(text: str, *parts: str | int) -> InlineKeyboardButton:
    return InlineKeyboardButton(text, callback_data=callback(*parts))


def draft_card(draft_id: int, warned: bool = False) -> InlineKeyboardMarkup:
    """Opslaan / Wijzig termijn / Wijzig bewindspersoon / Annuleer under a new card; ``warned`` (a past date
    or a look-alike was named): Toch opslaan / Overslaan."""
    save = (
        _button("💾 Toch opslaan", "d", draft_id, "force")
        if warned
        else _button("💾 Opslaan", "d", draft_id, "save")
    )
    return InlineKeyboardMarkup(
        [
            [save],
            [
                _button("📅 Wijzig termijn", "d", draft_id, "deadline"),
                _button("👤 Wijzig bewindspersoon", "d", draft_id, "post"),
            ],
            [_button("✖️ Overslaan" if warned else "✖️ Annuleer", "d", draft_id, "cancel")],
        ]
    )


def step_choice(draft_id: int, yes: str, action: str) -> InlineKeyboardMarkup:
    """A pending step's one choice (``q:<draft>:<action>``) and Annuleer."""
    return InlineKeyboardMarkup(
        [[_button(yes, "q", draft_id, action), _button("✖️ Annuleer", "q", draft_id, "cancel")]]
    )


def answer_or_new(draft_id: int) -> InlineKeyboardMarkup:
    """Under a message that could answer the bot's question or be a new commitment: which it is."""
    return InlineKeyboardMarkup(
        [
            [_button("↩️ Antwoord op de vraag", "q", draft_id, "answer")],
            [_button("➕ Nieuwe toezegging", "q", draft_id, "new")],
            [_button("✖️ Annuleer", "q", draft_id, "cancel")],
        ]
    )


def skip_duplicates(draft_id: int) -> InlineKeyboardMarkup:
    """Under the look-alikes of a letter's found items: save only the others."""
    return InlineKeyboardMarkup([[_button("💾 Dubbele overslaan", "f", draft_id, "fresh")]])


def commitment_card(item: CommitmentRecord, undo_event: int | None = None) -> InlineKeyboardMarkup:
    """The changes under a saved commitment (once it is closed: reopening and the history, and for a
    fulfilled recurring promise its next time); with ``undo_event``, an "Ongedaan maken" button for that
    change (:mod:`bot.undo`)."""
    history = _button("🕘 Geschiedenis", "c", item.id, "history")
    undo = [[_button("↩️ Ongedaan maken", "c", item.id, "undo", undo_event)]] if undo_event else []
    if not item.is_open:
        again = [[_button("🔁 Volgende keer", "c", item.id, "next")]] if item.can_follow_up else []
        return InlineKeyboardMarkup([*undo, *again, [_button("🔓 Heropen", "c", item.id, "reopen"), history]])
    return InlineKeyboardMarkup(
        [
            [
                _button("✅ Afgedaan", "c", item.id, "done"),
                _button("◐ Deels", "c", item.id, "partly"),
            ],
            [
                _button("📅 Uitstel", "c", item.id, "postpone"),
                _button("🗑 Vervallen", "c", item.id, "drop"),
            ],
            [_button("👤 Toewijzen", "c", item.id, "assign"), history],
            *undo,
        ]
    )


def reminder(commitment_id: int) -> InlineKeyboardMarkup:
    """Under a reminder: the obvious next acts on its item, handled as the same buttons under its card
    (Toon shows the card with its history and all its buttons)."""
    return InlineKeyboardMarkup(
        [
            [
                _button("✅ Afgedaan", "c", commitment_id, "done"),
                _button("📅 Uitstel", "c", commitment_id, "postpone"),
                _button("🔎 Toon", "c", commitment_id, "history"),
            ]
        ]
    )


def found_items(
    draft_id: int, count: int, chosen: Sequence[int] | None, page: int = 1, all_saves: int | None = None
) -> InlineKeyboardMarkup:
    """Save all (``all_saves`` of the ``count`` items: not those that are open items the letter acts on),
    choose some or drop the items found in a document; when choosing, one toggle per item of this page; and
    a pager when the items take more than one page."""
    pages = _pager_row(page, pages_for(count), lambda number: ("f", draft_id, "page", number))
    if chosen is None:
        return InlineKeyboardMarkup(
            [
                *([pages] if pages else []),
                [
                    _button(
                        f"💾 Alles opslaan ({count if all_saves is None else all_saves})",
                        "f",
                        draft_id,
                        "all",
                    )
                ],
                [_button("☑️ Kies", "f", draft_id, "pick"), _button("✖️ Weggooien", "f", draft_id, "drop")],
            ]
        )
    first = (page - 1) * PAGE_SIZE + 1
    toggles = [
        _button(f"{'✅' if number in chosen else '⬜'} {number}", "f", draft_id, "t", number)
        for number in range(first, min(count, first + PAGE_SIZE - 1) + 1)
    ]
    rows = [toggles[start : start + 4] for start in range(0, len(toggles), 4)]
    if pages:
        rows.append(pages)
    rows.append(
        [
            _button(f"💾 Gekozen opslaan ({len(chosen)})", "f", draft_id, "chosen"),
            _button("✖️ Weggooien", "f", draft_id, "drop"),
        ]
    )
    return InlineKeyboardMarkup(rows)


def _pager_row(
    page: int, pages: int, data: Callable[[int], tuple[str | int, ...]]
) -> list[InlineKeyboardButton]:
    """Previous / this page / next, or nothing for a single page; ``data`` gives a page's callback parts."""
    if pages <= 1:
        return []
    row = []
    if page > 1:
        row.append(_button("◀️ Vorige", *data(page - 1)))
    row.append(_button(f"{page}/{pages}", *data(page)))
    if page < pages:
        row.append(_button("Volgende ▶️", *data(page + 1)))
    return row


def pager(draft_id: int, page: int, pages: int) -> InlineKeyboardMarkup | None:
    """Previous / next buttons for a list of more than one page."""
    row = _pager_row(page, pages, lambda number: ("p", draft_id, "page", number))
    return InlineKeyboardMarkup([row]) if row else None
