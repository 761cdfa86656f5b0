"""Reminders, catch-ups and digests rendered as Telegram HTML (the content comes from the domain)."""

from __future__ import annotations

import re
from datetime import date

from bot import render
from bot.reminder_texts import (
    MAX_LISTED,
    catch_up_messages,
    digest_messages,
    notice_messages,
    reminder_message,
)
from commitments.reminders.notices import (
    CatchUp,
    Digest,
    DigestItem,
    DigestSection,
    DueItem,
    ReminderItem,
    ReminderNotice,
    Section,
    catch_up,
    reminder_notice,
)
from commitments.reminders.planner import at_local
from commitments.reminders.policy import ReminderPolicy

POLICY = ReminderPolicy()
DEADLINE = date(2026, 11, 2)


def _item(days_left: int, title: str = "Brief over stikstof", owner: str | None = "jan") -> DueItem:
    return DueItem(12, title, owner, DEADLINE, days_left)


def _listed_ids(messages: list[str]) -> list[int]:
    return [int(found) for found in re.findall(r"^• #(\d+) ", "\n".join(messages), re.MULTILINE)]


def test_a_reminder_before_the_deadline_counts_working_days() -> None:
    text = reminder_message(ReminderNotice(_item(14), workdays_before=10))
    assert text == (
        "⏰ <b>Herinnering</b> #12: Brief over stikstof\nTermijn over 10 werkdagen: 2 november 2026\n@jan"
    )
    assert "over 1 werkdag:" in reminder_message(ReminderNotice(_item(1), workdays_before=1))


def test_a_reminder_on_the_day_and_after_it() -> None:
    assert "\nTermijn vandaag: 2 november 2026\n" in reminder_message(ReminderNotice(_item(0), None))
    overdue = reminder_message(ReminderNotice(_item(-7, owner=None), None))
    assert "\nTermijn verstreken op 2 november 2026, 7 dagen geleden\nnog geen eigenaar" in overdue


def test_an_estimated_deadline_says_schatting_and_one_day_is_singular() -> None:
    estimated = DueItem(12, "Brief", "jan", DEADLINE, 3, estimate=True)
    assert "2 november 2026 (schatting)" in reminder_message(ReminderNotice(estimated, workdays_before=3))
    assert "1 dag geleden" in reminder_message(ReminderNotice(_item(-1), None))
    item = DigestItem(12, "Brief", "jan", DEADLINE, "open", estimate=True)
    [digest] = digest_messages(Digest(DEADLINE, (DigestSection(Section.SOON, (item,)),)))
    assert "(2 november 2026, schatting)" in digest  # found in a user trial: a bracket within a bracket


def test_a_late_reminder_says_when_it_was_planned() -> None:
    item = ReminderItem(12, "Brief", DEADLINE, "jan", "on_day", at_local(DEADLINE, POLICY.local_time, POLICY))
    notice = reminder_notice(item, POLICY, at_local(date(2026, 11, 3), POLICY.local_time, POLICY), late=True)
    assert notice.item.days_left == -1
    assert reminder_message(notice).endswith(
        "\n<i>Te laat verstuurd; gepland voor 2 november 2026 09:00.</i>"
    )


def test_a_title_and_an_owner_with_html_characters_are_escaped() -> None:
    item = _item(3, title="Brief <b>over</b> stikstof & natuur", owner="Jan & <Piet>")
    reminder = reminder_message(ReminderNotice(item, None))
    assert "#12: Brief &lt;b&gt;over&lt;/b&gt; stikstof &amp; natuur\n" in reminder
    assert reminder.endswith("\nJan &amp; &lt;Piet&gt;")
    [catch_up_text] = catch_up_messages(CatchUp((item,)))
    assert "• #12 Brief &lt;b&gt;over&lt;/b&gt; stikstof &amp; natuur: termijn 2 november" in catch_up_text
    digest = Digest(
        date(2026, 11, 2),
        (DigestSection(Section.CLOSED, (DigestItem(12, "A <i> & B", "x", None, "voldaan"),)),),
    )
    [digest_text] = digest_messages(digest)
    assert "• #12 A &lt;i&gt; &amp; B (voldaan)" in digest_text
    assert "<i>" not in digest_text


def test_the_catch_up_names_each_commitment_once_by_deadline() -> None:
    moment = at_local(date(2026, 11, 1), POLICY.local_time, POLICY)
    items = [
        ReminderItem(1, "Later", date(2026, 12, 1), None, "before_10", moment),
        ReminderItem(2, "Eerder", date(2026, 11, 2), "jan", "before_5", moment),
        ReminderItem(1, "Later", date(2026, 12, 1), None, "before_5", moment.replace(day=2)),
    ]
    notice = catch_up(items, POLICY, at_local(date(2026, 11, 9), POLICY.local_time, POLICY))
    assert [(item.commitment_id, item.days_left) for item in notice.items] == [(2, -7), (1, 22)]
    [text] = notice_messages(notice)
    assert text == (
        "🔁 <b>Gemiste herinneringen</b>\nDeze herinneringen konden niet op tijd worden verstuurd:\n"
        "• #2 Eerder: termijn verstreken op 2 november 2026, 7 dagen geleden · @jan\n"
        "• #1 Later: termijn 1 december 2026 · nog geen eigenaar"
    )


def test_a_long_catch_up_says_how_many_more_and_where_to_see_them() -> None:
    items = tuple(DueItem(n, f"Brief {n}", None, DEADLINE, 3) for n in range(MAX_LISTED + 4))
    messages = catch_up_messages(CatchUp(items))
    assert _listed_ids(messages) == list(range(MAX_LISTED))
    assert messages[-1].endswith("\n… en nog 4: /open toont ze allemaal")


def _digest_item(number: int, title: str, deadline: date | None = DEADLINE) -> DigestItem:
    return DigestItem(number, title, "jan", deadline, "open")


def test_the_digest_has_a_heading_and_one_block_per_section() -> None:
    digest = Digest(
        date(2026, 11, 23),
        (
            DigestSection(Section.OVERDUE, (_digest_item(1, "Te laat"),)),
            DigestSection(Section.UNDATED, (_digest_item(2, "Motie Kuik", None),)),
        ),
    )
    assert notice_messages(digest) == [
        "📋 <b>Weekoverzicht 23 november 2026</b>\n\n"
        "<b>Termijn verstreken (1)</b>\n• #1 Te laat (2 november 2026) @jan\n\n"
        "<b>Zonder termijn (1): stel er een in met /wijzig ID termijn …</b>\n• #2 Motie Kuik @jan"
    ]


def test_a_long_section_says_which_command_lists_it_whole() -> None:
    overdue = tuple(_digest_item(n, f"Brief {n}") for n in range(MAX_LISTED + 3))
    soon = tuple(_digest_item(100 + n, f"Brief {n}") for n in range(MAX_LISTED + 1))
    digest = Digest(
        date(2026, 11, 23), (DigestSection(Section.OVERDUE, overdue), DigestSection(Section.SOON, soon))
    )
    [text] = digest_messages(digest)
    assert f"<b>Termijn verstreken ({MAX_LISTED + 3})</b>" in text
    assert "\n… en nog 3: /verlopen toont ze allemaal\n" in text
    assert text.endswith("\n… en nog 1: /maand toont ze allemaal")


def test_a_digest_of_astral_titles_splits_at_telegrams_utf16_limit_without_losing_an_item() -> None:
    title = "🇳🇱 Brief <over> stikstof & 🙂🙂🙂 natuur " * 3  # flags and emoji: two UTF-16 units each
    overdue = tuple(_digest_item(n, f"{n} {title}") for n in range(MAX_LISTED))
    closed = tuple(_digest_item(100 + n, f"{n} {title}") for n in range(40))  # listed whole, no command
    digest = Digest(
        date(2026, 11, 23), (DigestSection(Section.OVERDUE, overdue), DigestSection(Section.CLOSED, closed))
    )
    messages = digest_messages(digest)
    assert len(messages) >= 3
    assert all(render.telegram_length(message) <= render.MAX_MESSAGE for message in messages)
    assert sum(len(message) for message in messages[:2]) > render.MAX_MESSAGE  # so no one message would do
    assert _listed_ids(messages) == [*range(MAX_LISTED), *range(100, 140)]
    assert messages[0].startswith("📋 <b>Weekoverzicht 23 november 2026</b>\n")
    continued = "📋 <b>Weekoverzicht 23 november 2026</b> (vervolg)\n"
    assert all(message.startswith(continued) for message in messages[1:])
    assert not any(render.CUT in message for message in messages)


def test_the_split_counts_utf16_units_not_characters() -> None:
    """Fewer than 4,096 characters but more than 4,096 UTF-16 units: two messages, as Telegram needs."""
    closed = tuple(_digest_item(n, "🙂" * 79) for n in range(30))
    digest = Digest(date(2026, 11, 23), (DigestSection(Section.CLOSED, closed),))
    messages = digest_messages(digest)
    assert len("\n".join(messages)) < render.MAX_MESSAGE  # counted in characters, it would seem to fit
    assert len(messages) == 2
    assert all(render.telegram_length(message) <= render.MAX_MESSAGE for message in messages)
    assert _listed_ids(messages) == list(range(30))


def test_a_section_heading_never_ends_a_message() -> None:
    filler = tuple(_digest_item(n, "🙂" * 79) for n in range(MAX_LISTED))
    digest = Digest(
        date(2026, 11, 23),
        (DigestSection(Section.OVERDUE, filler), DigestSection(Section.CLOSED, filler[:10])),
    )
    for message in digest_messages(digest):
        assert not message.rstrip().endswith("</b>")


def test_split_moves_whole_lines_on_and_cuts_only_a_line_too_long_for_any_message() -> None:
    messages = render.split(["kop", "a" * 3000, "b" * 3000, "🙂" * 2100], "kop (vervolg)")
    assert messages[:2] == ["kop\n" + "a" * 3000, "kop (vervolg)\n" + "b" * 3000]
    assert messages[2].startswith("kop (vervolg)\n🙂🙂")
    assert messages[2].endswith(render.CUT)  # says it was cut, never a bare "…"
    assert all(render.telegram_length(message) <= render.MAX_MESSAGE for message in messages)
    assert len(messages) == 3
